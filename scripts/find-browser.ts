/** Prints the browser the project will use, or says how to get one (exit 1). */
import { BrowserNotFoundError, findBrowser } from './lib/browser';

try {
	console.log(findBrowser());
} catch (error) {
	if (!(error instanceof BrowserNotFoundError)) throw error;
	console.error(error.message);
	process.exit(1);
}
