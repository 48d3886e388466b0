// Apps Script entry module: only the globals Apps Script calls. scripts/build.mjs turns every export into a
// top-level `function NAME() {}` in dist/Code.js. Behaviour lives in src/server and src/engine; the runs work in
// Apps Script's environment (src/server/run/env.ts: Date.now and today's time budgets).
import { serverApi } from './server/api';
import { menuHandlers } from './server/menu';
import { appsScriptEnv } from './server/run/env';

const {
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
  suggestFixes,
  applyFixes,
  undoFixes,
  nextProblemCell,
  cellProblem,
  saveToken,
  forgetToken,
  testConnection,
} = serverApi(appsScriptEnv());

const {
  menuCheckSheet,
  menuImport,
  menuResume,
  menuNextProblem,
  menuClearMarks,
  menuExportProblemRows,
  menuRevertLastRun,
  menuOpenHistory,
} = menuHandlers(appsScriptEnv());

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
  suggestFixes,
  applyFixes,
  undoFixes,
  nextProblemCell,
  cellProblem,
  testConnection,
  saveToken,
  forgetToken,
  menuCheckSheet,
  menuImport,
  menuResume,
  menuNextProblem,
  menuClearMarks,
  menuExportProblemRows,
  menuRevertLastRun,
  menuOpenHistory,
};
