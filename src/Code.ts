// Apps Script entry module: only the globals Apps Script calls. scripts/build.mjs turns every export
// into a top-level `function NAME() {}` in dist/Code.js. Behaviour lives in src/server and src/engine.
export { onOpen, onInstall, showSidebar } from './server/menu';
export { onEdit } from './server/onedit';
export {
  getSidebarState,
  saveMapping,
  useNoHeaderRow,
  useHeaderRowOne,
  saveSettings,
  saveTemplate,
  applyTemplate,
  deleteTemplate,
  startCheck,
  continueRun,
  clearMarks,
  nextProblem,
  selectCell,
  planImport,
  startImport,
  resumeRun,
  exportProblemRows,
  rerunRemaining,
  revertRun,
  openHistory,
  testConnection,
  menuCheckSheet,
  menuImport,
  menuResume,
  menuNextProblem,
  menuClearMarks,
  menuExportProblemRows,
  menuRevertLastRun,
  menuOpenHistory,
} from './server/api';
export { saveToken, forgetToken } from './server/connection';
