// Never download a browser at install: the build machines cannot, and scripts/browser.ts
// resolves a system Chrome/Chromium (or an existing Puppeteer cache) instead.
module.exports = { skipDownload: true };
