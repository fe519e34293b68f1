/**
 * Scales and layouts place marks at full floating-point precision
 * (x="238.86709231218236"); a hundredth of a viewBox unit is far below a
 * pixel at any size a chart is shown or printed. Only attribute values are
 * touched, never the text a chart shows.
 */
const LONG_NUMBER = /-?\d*\.\d{3,}/g;

const shorten = (number: string) => {
	const rounded = Number(Number(number).toFixed(2));
	return String(rounded === 0 ? 0 : rounded);
};

/** The markup with every number in an attribute rounded to two decimal places. */
export function compactNumbers(markup: string): string {
	return markup.replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(LONG_NUMBER, shorten)}"`);
}
