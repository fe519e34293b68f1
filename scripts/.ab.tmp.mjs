import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { createServer } from 'node:http';
import { readdirSync } from 'node:fs';
import sirv from 'sirv';
import { CHROME_ARGS, findBrowser } from './lib/browser.ts';
const fonts = readdirSync('build/_app/immutable/assets').filter((f) => /-normal\..*\.woff2$/.test(f));
const link = fonts.map((f) => `</_app/immutable/assets/${f}>; rel=preload; as=font; type="font/woff2"; crossorigin`).join(', ');
import { startStaticServer } from './lib/static-server.ts';
async function start(withLink) {
  const { server } = await startStaticServer('build', 0);
  if (withLink) server.prependListener('request', (req, res) => { if (!/\.\w+$/.test(req.url.split('?')[0])) res.setHeader('link', link); });
  return server;
}
const A = await start(false), B = await start(true);
const path = process.argv[2] ?? '/';
async function run(server) {
  const chrome = await chromeLauncher.launch({ chromePath: findBrowser(), chromeFlags: [...CHROME_ARGS, '--headless=new'] });
  try {
    const { lhr } = await lighthouse(`http://127.0.0.1:${server.address().port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const a = (id) => Math.round(lhr.audits[id].numericValue);
    return [a('largest-contentful-paint'), a('first-contentful-paint'), a('total-blocking-time'), lhr.categories.performance.score * 100];
  } finally { await chrome.kill(); }
}
const rounds = Number(process.argv[3] ?? 3);
for (let i = 0; i < rounds; i++) { console.log('A', ...(await run(A))); console.log('B', ...(await run(B))); }
A.close(); B.close();
