// The add-on's own tabs: which sheets they are, their names, and the one way the add-on finds or creates a tab.
//
// Every tab the add-on makes carries a marker: developer metadata on the sheet, key TAB_MARKER, value the tab's own
// name ("History", "Contact Import sync", "Problem rows"), visible to this script project only. The add-on finds its
// tabs by the marker, never by a name alone, so a user's own sheet named "History" or "Contacts" is never written to:
// when the name is taken by a sheet that is not the add-on's, the tab is made under a free name ("History (Contact
// Import)"), and the import says so (tabNotes). A tab made before markers existed, or one that lost its marker (a
// workbook that went through another program) is recognised by its name and its header signature, and marked then.
// In an .xlsx (the CLI) the marker travels as a defined name (testbed/xlsx.ts).
//
// "Do not import" is the user's own list of emails and phones: the add-on never writes it and finds it by its name.
// Every lookup of a sheet by name goes through this module: findTab for the add-on's tabs, sheetNamed for a user's.
// Inserting a sheet makes it the active sheet in Sheets; every tab the add-on creates goes through insertTab(), which
// puts the user back on the sheet they were on.
import { SUMMARY_HEADERS } from '../engine/history';
import { FIX_JOURNAL_TAB } from '../engine/fix/batch';
import { sheetNameOf } from './util';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The developer metadata key of the add-on's marker on its tabs. */
export const TAB_MARKER = 'contactImport.tab';

export const CONTACTS_TAB = 'Contacts';
export const HISTORY_TAB = 'History';
export const SUPPRESSION_TAB = 'Do not import';
/** Hidden: per-destination record of what was sent to a CRM (src/server/sync.ts). */
export const SYNC_TAB = 'Contact Import sync';
/** Hidden: the previous values of contacts each run updated in the Contacts tab (src/server/undo.ts). */
export const UNDO_TAB = 'Contact Import undo';
/** Hidden: the record of each Fix batch (src/engine/fix/batch.ts). */
export { FIX_JOURNAL_TAB };
export const PROBLEM_ROWS_PREFIX = 'Problem rows ';
/** The marker of a problem rows tab, whose name is its run's ("Problem rows R-…"). */
export const PROBLEM_ROWS_TAB = 'Problem rows';

/** The add-on's tabs that are never a sheet of contacts. A problem rows tab is one: it is made to be fixed and imported again. */
const OWN_TABS: readonly string[] = [CONTACTS_TAB, HISTORY_TAB, SYNC_TAB, UNDO_TAB, FIX_JOURNAL_TAB];
/** The tabs people read, whose free name a run mentions (the hidden ones are bookkeeping). */
const SHOWN_TABS: readonly string[] = [CONTACTS_TAB, HISTORY_TAB];

// Header rows, the signatures of the tabs made before markers.
/** The Contacts tab's bookkeeping columns, after the mapped fields' labels. */
export const CONTACTS_SYSTEM_COLUMNS = ['Contact ID', 'Created at', 'Updated at', 'Source run', 'Source line', 'Row fingerprint'] as const;
export const SYNC_HEADER = ['Destination', 'Key', 'Fingerprint', 'Remote ID', 'Run', 'Line', 'Action', 'Matched on', 'Synced at'] as const;
export const UNDO_HEADER = ['Run', 'Line', 'Contact ID', 'Matched on', 'Changes', 'Updated at before', 'Updated at after', 'Fingerprint before', 'Fingerprint after'] as const;

const startsWith = (row: readonly string[], head: readonly string[]) => head.every((h, i) => row[i] === h);
/** Row 1 of each tab, as the add-on has always written it (History's first 8 columns never changed). */
const SIGNATURES: Readonly<Record<string, (row: readonly string[]) => boolean>> = {
  [HISTORY_TAB]: (r) => startsWith(r, SUMMARY_HEADERS.slice(0, 8)),
  [CONTACTS_TAB]: (r) => CONTACTS_SYSTEM_COLUMNS.every((h) => r.includes(h)),
  [SYNC_TAB]: (r) => startsWith(r, SYNC_HEADER),
  [UNDO_TAB]: (r) => startsWith(r, UNDO_HEADER),
};

/** Excel's limit on a sheet name: a workbook saved or downloaded as .xlsx (the CLI's RESULT.xlsx) must keep it. */
export const MAX_TAB_NAME = 31;
const FREE_SUFFIX = ' (Contact Import)';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * A user's sheet by name, as Sheets tells tab names apart: without regard to case ("contacts" and "Contacts" cannot
 * both exist). The exact name first (1 call), then a case-insensitive match (1 + one per sheet) when there is none.
 * The one lookup of a sheet by name (a run's source sheet as History names it, "Do not import", a free name).
 */
export function sheetNamed(ss: Book, name: string): Sheet | null {
  const listed = sheetLists.get(ss);
  if (listed) return listed.find((s) => same(s.name, name))?.sheet ?? null;
  const exact = ss.getSheetByName(name);
  if (exact) return exact;
  const list = ss.getSheets().map((sheet) => ({ sheet, name: sheetNameOf(sheet) }));
  sheetLists.set(ss, list);
  return list.find((s) => same(s.name, name))?.sheet ?? null;
}

/**
 * The sheets and their names, listed by sheetNamed when a name had no exact match, by spreadsheet handle: the later
 * lookups of the same handle (one execution's: a handle does not outlive it) use the list, no call. insertTab forgets
 * it (the add-on inserts, renames or deletes a tab nowhere else).
 */
const sheetLists = new WeakMap<Book, Array<{ sheet: Sheet; name: string }>>();

/** The sheet's marker: the add-on tab it is ("History", "Problem rows"), or null. 1 call, plus 1 per metadata. */
export function tabMarker(sheet: Sheet): string | null {
  for (const m of sheet.getDeveloperMetadata()) if (m.getKey() === TAB_MARKER) return m.getValue();
  return null;
}

function mark(sheet: Sheet, tab: string): void {
  sheet.addDeveloperMetadata(TAB_MARKER, tab, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}

/** Row 1 of sheets whose signature was read, by handle: the caller that goes on to read the header takes it (rowOneRead). */
const rowOne = new WeakMap<Sheet, unknown[]>();

/** Whether an unmarked sheet's row 1 is the header the add-on writes on `tab` (1 call: the row, whole). */
function hasSignature(sheet: Sheet, tab: string): boolean {
  const sig = SIGNATURES[tab];
  if (!sig) return false;
  const row = sheet.getRange('1:1').getValues()[0];
  rowOne.set(sheet, row);
  return sig(row.map((v) => String(v).trim()));
}

/**
 * Row 1 as hasSignature read it from this handle (the sheet's whole width), once: a tab found by its signature has its
 * header read already. Undefined when it was not read (a tab found by its marker).
 */
export function rowOneRead(sheet: Sheet): unknown[] | undefined {
  const row = rowOne.get(sheet);
  rowOne.delete(sheet);
  return row;
}

/** The add-on tab a sheet of this name may be (its own name or a free name made from it), else null. No call. */
function tabForName(name: string): string | null {
  if (name.startsWith(PROBLEM_ROWS_PREFIX)) return PROBLEM_ROWS_TAB;
  for (const tab of OWN_TABS) {
    if (same(name, tab) || same(name, `${tab}${FREE_SUFFIX}`.slice(0, MAX_TAB_NAME))) return tab;
    const n = / \((\d+)\)$/.exec(name);
    const base = n ? name.slice(0, n.index) : '';
    if (base && tab.toLowerCase().startsWith(base.toLowerCase())) return tab;
  }
  return null;
}

/**
 * The add-on's tab `tab` (HISTORY_TAB, SYNC_TAB, …), or null when there is none yet: the sheet marked as that tab,
 * whatever its name now; else a sheet of that name made before markers (its header signature says so), which is
 * marked now. A sheet of that name that is not the add-on's is never returned. 1 read (the finder), plus the
 * signature's 3-4 calls only for an unmarked sheet of that name.
 */
export function findTab(ss: Book, tab: string): Sheet | null {
  const found = ss.createDeveloperMetadataFinder().withKey(TAB_MARKER).withValue(tab).find();
  if (found.length) return pick(found.map((m) => m.getLocation().getSheet()).filter((s): s is Sheet => !!s), tab);
  return legacyTab(sheetNamed(ss, tab), tab);
}

/** A sheet of a tab's name made before markers (no marker, the tab's header), marked now; else null (2-4 calls). */
function legacyTab(named: Sheet | null, tab: string, marker = named ? tabMarker(named) : null): Sheet | null {
  if (!named || marker !== null || !hasSignature(named, tab)) return null;
  mark(named, tab);
  return named;
}

/** Of several sheets marked as one tab (a copy of the tab keeps its marker): the one of its own name, else the first. */
function pick(sheets: Sheet[], tab: string): Sheet | null {
  if (sheets.length < 2) return sheets[0] ?? null;
  return sheets.find((s) => same(s.getName(), tab)) ?? sheets.find((s) => tabForName(s.getName()) === tab) ?? sheets[0];
}

/**
 * Several of the add-on's tabs at once (and "Do not import"), keyed by their name in lower case, for onEdit, which
 * runs on every edit: by the sheets' names (1 + one call per sheet), each candidate's marker read from the sheet
 * itself (1-3 calls; a tab under its own name or a free name made from it: "Contacts (Contact Import)"), and no
 * finder read. A tab the user renamed to another name is not found here (findTab finds it: a run, a check).
 */
export function findTabs(ss: Book, tabs: string[]): Map<string, Sheet> {
  const out = new Map<string, Sheet>();
  const want = new Map(tabs.map((t) => [t.toLowerCase(), t]));
  for (const s of ss.getSheets()) {
    const name = s.getName();
    const key = name.toLowerCase();
    if (key === SUPPRESSION_TAB.toLowerCase()) {
      if (want.has(key) && !out.has(key)) out.set(key, s);
      continue;
    }
    const tab = tabForName(name);
    if (tab === null || !want.has(tab.toLowerCase()) || out.has(tab.toLowerCase())) continue;
    const marker = tabMarker(s);
    if (marker === tab || (marker === null && same(name, tab) && legacyTab(s, tab, marker))) out.set(tab.toLowerCase(), s);
  }
  return out;
}

/**
 * What a sheet is to the add-on: one of its tabs (its marker's name, PROBLEM_ROWS_TAB for a problem rows tab),
 * SUPPRESSION_TAB for "Do not import", or null for a sheet of the user's. `renamed`: the marker is read whatever the
 * sheet's name (1 call), so a tab of the add-on's that the user renamed is still the add-on's. Without it (onEdit, on
 * every keystroke) the marker is read only when the name is one the add-on gives: a sheet of any other name is the
 * user's at no cost.
 */
export function tabOf(sheet: Sheet, opts: { renamed?: boolean } = {}): string | null {
  const name = sheetNameOf(sheet);
  if (same(name, SUPPRESSION_TAB)) return SUPPRESSION_TAB;
  const tab = tabForName(name);
  if (tab === null && !opts.renamed) return null;
  const marker = tabMarker(sheet);
  if (tab === null) return marker;
  if (marker !== null) return marker;
  // Made before markers: a problem rows tab by its run's name, the others by name and header.
  if (tab === PROBLEM_ROWS_TAB) return /^Problem rows R-/.test(name) ? PROBLEM_ROWS_TAB : null;
  return same(name, tab) && hasSignature(sheet, tab) ? tab : null;
}

/**
 * Whether a sheet is one of the add-on's own tabs, renamed or not, never a sheet of contacts to check or import (tabOf): Contacts,
 * History, the hidden ones, and the user's "Do not import" list. A problem rows tab is not: it is made to be fixed
 * and imported again (seeds 000 and 001), so it is a source sheet.
 */
export function isAddonTab(sheet: Sheet): boolean {
  const t = tabOf(sheet, { renamed: true });
  return t !== null && t !== PROBLEM_ROWS_TAB;
}

/** The first visible sheet of the user's (not a tab of the add-on's, nor a problem rows tab): what `run` imports by default. */
export function firstUserSheet(ss: Book): Sheet | null {
  return ss.getSheets().find((s) => !s.isSheetHidden() && tabOf(s, { renamed: true }) === null) ?? null;
}

/**
 * A name for a new tab: `tab` when no sheet has it, else "<tab> (Contact Import)", else "<tab> (2)", "(3)" …, each
 * within the 31 characters an .xlsx allows.
 */
export function freeTabName(tab: string, taken: (name: string) => boolean): string {
  if (!taken(tab)) return tab;
  const named = `${tab}${FREE_SUFFIX}`;
  if (named.length <= MAX_TAB_NAME && !taken(named)) return named;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = tab.slice(0, MAX_TAB_NAME - suffix.length) + suffix;
    if (!taken(name)) return name;
  }
}

/**
 * Inserts the add-on's tab `tab` under a free name (freeTabName: a user's sheet of that name is left alone), marks
 * it (as `opts.marker`, default `tab`), and leaves the user's active sheet as it was (Sheets activates a new sheet).
 * Optionally hidden. 4 Spreadsheet calls, plus 1 to hide, plus the lookups of a taken name.
 */
export function insertTab(ss: Book, tab: string, opts: { hidden?: boolean; marker?: string } = {}): Sheet {
  const name = freeTabName(tab, (n) => !!sheetNamed(ss, n));
  const prev = ss.getActiveSheet();
  const sh = ss.insertSheet(name);
  sheetLists.delete(ss);
  if (prev) ss.setActiveSheet(prev);
  mark(sh, opts.marker ?? tab);
  if (opts.hidden) {
    try {
      sh.hideSheet();
    } catch {
      /* a sheet cannot be hidden when it is the only visible one; it stays visible */
    }
  }
  return sh;
}

/** A tab's name as an A1 reference writes it: 'History (Contact Import)'!A3. */
export function quoteTab(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * What to tell the user about the add-on's tabs that have another name than their own because a sheet of theirs has
 * it: one sentence each ('Your sheet "History" was left as it is: the add-on's History is the tab "History (Contact
 * Import)".'). 1 read, plus 2 per such tab.
 */
export function tabNotes(ss: Book): string[] {
  const notes: string[] = [];
  for (const m of ss.createDeveloperMetadataFinder().withKey(TAB_MARKER).find()) {
    const tab = m.getValue() ?? '';
    const sheet = m.getLocation().getSheet();
    if (!sheet || !SHOWN_TABS.includes(tab)) continue;
    const name = sheet.getName();
    if (same(name, tab)) continue;
    const theirs = sheetNamed(ss, tab);
    if (theirs && theirs.getSheetId() !== sheet.getSheetId()) {
      notes.push(`Your sheet "${theirs.getName()}" was left as it is: the add-on's ${tab} is the tab "${name}".`);
    }
  }
  return notes;
}

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

/**
 * A hidden bookkeeping tab (the sync record, the undo journal, the fix journal): made by insertTab, trimmed to its
 * header's width (every row it adds costs its columns; `trim` false: a tab that adds few rows), the header in bold
 * plain text, frozen.
 */
export function insertBookkeepingTab(ss: Book, tab: string, header: readonly string[], opts: { trim?: boolean } = {}): Sheet {
  const sh = insertTab(ss, tab, { hidden: true });
  if (opts.trim !== false) trimColumns(sh, header.length);
  const r = sh.getRange(1, 1, 1, header.length);
  r.setNumberFormat('@');
  r.setValues([[...header]]);
  r.setFontWeight('bold');
  sh.setFrozenRows(1);
  return sh;
}
