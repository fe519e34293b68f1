import puppeteer from 'puppeteer';
import { findBrowser, CHROME_ARGS } from './lib/browser.ts';
const b = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_ARGS });
const p = await b.newPage();
const [w, h, path, out, y] = process.argv.slice(2);
await p.setViewport({ width: +w, height: +h, deviceScaleFactor: 1 });
await p.goto('http://127.0.0.1:4173' + path, { waitUntil: 'networkidle0' });
if (y) { await p.evaluate((y) => scrollTo(0, y), +y); await new Promise((r) => setTimeout(r, 800)); }
await p.screenshot({ path: out });
await b.close();
