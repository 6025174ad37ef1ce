// The end-to-end tests' shared pieces, by job: serving the build (serve.mjs), browsers and pages (browser.mjs), and
// what the page must show (oracle.mjs). Test files import them from here.
export * from './serve.mjs';
export * from './browser.mjs';
export * from './oracle.mjs';
