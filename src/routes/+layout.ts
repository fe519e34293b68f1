// The whole site is static: every route is prerendered at build time, and no page loads
// SvelteKit's client. What a reader can do beyond reading is one small module loaded by the
// pages as a module script (src/lib/client/enhance.ts).
export const prerender = true;
export const csr = false;
