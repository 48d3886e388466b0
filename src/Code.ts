// Apps Script entry module: only the globals Apps Script calls. scripts/build.mjs turns every export
// into a top-level `function NAME() {}` in dist/Code.js. Behaviour lives in src/server and src/engine.
export { onOpen, onInstall, showSidebar } from './server/menu';
