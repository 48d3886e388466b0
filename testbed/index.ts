// The Apps Script test bed: emulated services, typed against @types/google-apps-script. See README.md.
export { createTestbed, installGlobals, Testbed, GLOBAL_NAMES, MimeType, restrictedGlobals } from './testbed';
export type { TestbedGlobals, TestbedOptions, EditEvent, EditResult, OpenEvent, TriggerAuthMode } from './testbed';
export { CallCounter } from './counter';
export { NotEmulatedError } from './emulate';
export { Workbook, SheetData, workbookFromRows, snapshotWorkbook, snapshotSheet, MAX_CELLS, MAX_COLUMNS } from './workbook';
export type { InputCell, WorkbookSnapshot, SheetSnapshot, SnapshotOptions, JsonCell } from './workbook';
export type { CellValue } from './values';
export { parseEntry, displayValue, evaluateFormula } from './values';
export { parseA1, toA1, columnToLetters, lettersToColumn, quoteSheetName } from './a1';
export { UiRecorder, Button, ButtonSet, formulaCells, sheetDataOf } from './spreadsheet';
export type { RecordedMenu, RecordedHtml, RecordedAlert, RecordedToast, MenuEntry, FormulaWrite } from './spreadsheet';
export {
  PROPERTY_VALUE_MAX_BYTES, PROPERTY_STORE_MAX_BYTES, LOCK_TIMEOUT_MESSAGE, findProjectRoot, PropertyStore, Clock,
  CACHE_MAX_ITEMS, CACHE_KEEP_ITEMS,
} from './services';
export type { LogEntry } from './services';
export { shutdownFetchWorker, fetchSync } from './urlfetch';
export type { FetchHandler, FetchReply, FetchRecord, WireRequest } from './urlfetch';
export { startServerInChild } from './server';
export type { ChildServer } from './server';
export { loadXlsx, saveXlsx, xlsxBuffer } from './xlsx';
export { scriptRunValue } from './scriptrun';
export { CostModel, costSpec, loadCosts, findCostsFile, CATEGORIES, COSTS_ENV, EXCEEDED_MESSAGE } from './model';
export type { AppsScriptCosts, Category, CostSpec, CostTotals, ExecutionCost, ExecutionKind, MethodCost } from './model';
export { Concurrency } from './concurrent';
export type { CallInfo, ConcurrentExecution, ConcurrencyOptions, ExecutionOutcome, StartOptions } from './concurrent';
export { appsScriptBundle } from './script';
