// The add-on's own tabs: their names, and the one way the add-on creates a tab. Inserting a sheet makes it the
// active sheet in Sheets; every tab the add-on creates (Contacts, History, the hidden bookkeeping tabs, a problem
// rows tab) goes through insertTab(), which puts the user back on the sheet they were on.

export const CONTACTS_TAB = 'Contacts';
export const HISTORY_TAB = 'History';
export const SUPPRESSION_TAB = 'Do not import';
/** Hidden: per-destination record of what was sent to a CRM (src/server/sync.ts). */
export const SYNC_TAB = 'Contact Import sync';
/** Hidden: the previous values of contacts each run updated in the Contacts tab (src/server/undo.ts). */
export const UNDO_TAB = 'Contact Import undo';
export const PROBLEM_ROWS_PREFIX = 'Problem rows ';

const OWN_TABS = new Set([CONTACTS_TAB, HISTORY_TAB, SUPPRESSION_TAB, SYNC_TAB, UNDO_TAB].map((n) => n.toLowerCase()));

/**
 * Whether a tab is one of the add-on's own tabs, never a sheet of contacts to check or import. A "Problem rows"
 * tab is not: it is made to be fixed and imported again (seeds 000 and 001), so it is a source sheet.
 */
export function isAddonTab(name: string): boolean {
  return OWN_TABS.has(name.trim().toLowerCase());
}

/**
 * A tab by name, as Sheets tells tab names apart: without regard to case ("contacts" and "Contacts" cannot both
 * exist: insertSheet('Contacts') throws "A sheet with the name … already exists" when there is a "contacts"). The
 * exact name first (1 call), then a case-insensitive match (1 more call) when there is none.
 */
export function findTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): GoogleAppsScript.Spreadsheet.Sheet | null {
  const exact = ss.getSheetByName(name);
  if (exact) return exact;
  const n = name.toLowerCase();
  return ss.getSheets().find((s) => s.getName().toLowerCase() === n) ?? null;
}

/** Several tabs by name at once, without regard to case (1 + one call per tab of the spreadsheet). */
export function findTabs(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, names: string[]): Map<string, GoogleAppsScript.Spreadsheet.Sheet> {
  const want = new Set(names.map((n) => n.toLowerCase()));
  const out = new Map<string, GoogleAppsScript.Spreadsheet.Sheet>();
  for (const s of ss.getSheets()) {
    const n = s.getName().toLowerCase();
    if (want.has(n) && !out.has(n)) out.set(n, s);
  }
  return out;
}

/**
 * Inserts a tab and leaves the user's active sheet as it was (Sheets activates a new sheet). Optionally hidden.
 * 2 Spreadsheet calls, plus 1 to hide.
 */
export function insertTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, opts: { hidden?: boolean } = {}): GoogleAppsScript.Spreadsheet.Sheet {
  const prev = ss.getActiveSheet();
  const sh = ss.insertSheet(name);
  if (prev) ss.setActiveSheet(prev);
  if (opts.hidden) {
    try {
      sh.hideSheet();
    } catch {
      /* a sheet cannot be hidden when it is the only visible one; it stays visible */
    }
  }
  return sh;
}

/** Excel's limit on a sheet name: a workbook saved or downloaded as .xlsx (the CLI's RESULT.xlsx) must keep it. */
export const MAX_TAB_NAME = 31;

/**
 * The name of a run's problem rows tab: "Problem rows R-20250131140509-AB12" when it fits in 31 characters, else
 * the run id's unique tail ("Problem rows R-…140509-AB12", which History's Run ID ends with); " (2)", " (3)" … when
 * taken.
 */
export function problemTabName(runId: string, taken: (name: string) => boolean): string {
  const full = `${PROBLEM_ROWS_PREFIX}${runId}`;
  const base = full.length <= MAX_TAB_NAME ? full : `${PROBLEM_ROWS_PREFIX}R-…${runId.slice(-11)}`.slice(0, MAX_TAB_NAME);
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, MAX_TAB_NAME - suffix.length) + suffix;
    if (!taken(name)) return name;
  }
}

/**
 * Deletes rows [at, at + n) of an add-on tab. Sheets refuses to delete every non-frozen row ("Sorry, it is not
 * possible to delete all non-frozen rows."): a revert that removes every contact of a Contacts tab without spare
 * rows, for example. Then the rows that must stay (as few as the rule needs) are kept at the start of the span and
 * cleared (values, formats, notes), and only the rest is deleted. Every deletion of rows in the add-on goes through
 * here. 3-5 Spreadsheet calls.
 */
export function deleteRows(sh: GoogleAppsScript.Spreadsheet.Sheet, at: number, n: number): void {
  if (n < 1) return;
  const maxRows = sh.getMaxRows();
  const frozen = Math.max(0, sh.getFrozenRows());
  // At least one row beyond the frozen ones must remain.
  const keep = Math.max(0, Math.min(n, frozen + 1 - (maxRows - n)));
  if (n > keep) sh.deleteRows(at + keep, n - keep);
  if (keep) {
    const r = sh.getRange(at, 1, keep, Math.max(1, sh.getMaxColumns()));
    r.clear();
    r.clearNote();
  }
}

/**
 * Grows a sheet to at least `rows` × `cols` (Sheets' ranges must stay inside the sheet's size). 2 calls, plus 1 for
 * each dimension that grows.
 */
export function ensureSize(sh: GoogleAppsScript.Spreadsheet.Sheet, rows: number, cols: number): void {
  const maxRows = sh.getMaxRows();
  if (rows > maxRows) sh.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sh.getMaxColumns();
  if (cols > maxCols) sh.insertColumnsAfter(maxCols, cols - maxCols);
}

/**
 * Drops the columns of a tab the add-on just made beyond the `width` it uses (Sheets makes 26): every row inserted
 * later costs a write of each of its cells, used or not. 1-2 calls.
 */
export function trimColumns(sh: GoogleAppsScript.Spreadsheet.Sheet, width: number): void {
  const maxCols = sh.getMaxColumns();
  if (maxCols > width && width >= 1) sh.deleteColumns(width + 1, maxCols - width);
}
