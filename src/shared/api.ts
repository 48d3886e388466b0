// The contract between the sidebar (browser) and the server (Apps Script), as it survives google.script.run:
// plain objects, strings, numbers, booleans, arrays and null only. No Date, no class instances, no functions.
// The sidebar's promise wrapper (sidebar/api.ts) is keyed on ServerApi, so a rename breaks the type check.
import type {
  CustomField,
  CustomFieldType,
  DateOrder,
  FieldKey,
  Mapping,
  MatchKey,
  Mode,
  Policy,
  UserRef,
} from '../engine/types';
import type { RunCounts } from '../engine/history';
import type { FixConfidence, FixGroup, FixKind, FixRule } from '../engine/fix';
import type { PhoneFormat } from '../engine/types';

/** The engine's types the sidebar uses, so it imports nothing from src/ but src/shared. */
export type { CustomField, CustomFieldType, DateOrder, FieldKey, Mapping, MatchKey, Mode, Policy, UserRef };
export type { FixConfidence, FixGroup, FixKind, FixRule, PhoneFormat };

/**
 * A destination kind: "contacts" (the Contacts tab), "hubspot", "highlevel", "webhook", "google-contacts". The server's
 * registry (src/crm/registry.ts) holds the kinds and derives its own union of them; the sidebar learns them from
 * SidebarState.destinations, so it spells none.
 */
export type DestinationType = string;

/** Settings as the sidebar sees and edits them. Tokens never appear here. */
export interface SettingsView {
  mode: Mode;
  matchOn: MatchKey[];
  dontUpdateEmpty: boolean;
  policy: Policy;
  defaultCountry: string;
  dateOrder: DateOrder;
  users: UserRef[];
  customFields: CustomField[];
  recordLimit: number | null;
  listSuccesses: boolean;
  /** How Fix writes phone numbers: "e164" (+14155550132) or "international" (+1 415 555 0132). */
  phoneFormat: PhoneFormat;
  destination: DestinationView;
}

/**
 * The destination as the sidebar edits it: its type, whether it is connected, and the value of each of its form
 * fields (DestinationDescriptor.fields) by key, as text ('' when empty): baseUrl, locationId, url, label, ….
 */
export interface DestinationView {
  type: DestinationType;
  /** Whether a token is stored for this destination (or it needs none), and its last 4 characters. Never the token. */
  connected: boolean;
  tokenLast4: string;
  [field: string]: string | boolean;
}

/** A field of a destination's Settings form, declared by its module (src/crm/registry.ts). */
export interface DestinationField {
  key: string;
  /** 'url' fields follow the URL rule (src/shared/url.ts). */
  kind: 'text' | 'url';
  label: string;
  required: boolean;
  placeholder?: string;
  /** Shown after the credential (the optional base URL), not before it. */
  after?: boolean;
}

/**
 * What a destination needs to connect: nothing (the Contacts tab), a token the user pastes (kept in their
 * UserProperties only; `optional` for a webhook), or the user's own Google account (nothing to paste).
 */
export type DestinationCredential =
  | { kind: 'none' }
  | { kind: 'token'; label: string; optional?: boolean }
  | { kind: 'google'; note: string };

/** One destination kind as the sidebar's Settings form shows it: the registry's declaration, sent by the server. */
export interface DestinationDescriptor {
  type: DestinationType;
  /** The option in "Import into". */
  option: string;
  credential: DestinationCredential;
  fields: DestinationField[];
}

export interface FieldOption {
  key: FieldKey;
  label: string;
  custom: boolean;
  /** Required by the chosen mode (e.g. one of name/phone/email to create; the match keys to update). */
  requiredGroup?: 'identity' | 'matchKey';
}

export interface ColumnView {
  index: number;
  header: string;
  sample: string;
  /** The mapped field, or null for "Don't import". */
  field: FieldKey | null;
  /** The auto-mapping's suggestion and its confidence (0..1). */
  suggested: FieldKey | null;
  confidence: number;
  /** Why the suggestion: the column's header, its values, or both agreeing. Absent when nothing is suggested. */
  basis?: 'header' | 'values' | 'both';
  /** The auto-mapper's reason, in words. */
  reason?: string;
}

export interface SidebarState {
  sheetName: string;
  headerRow: number;
  /** One per sheet column; none when the sheet has neither a header row nor data (mappingProblems says so). */
  columns: ColumnView[];
  fields: FieldOption[];
  /** True when the saved mapping was re-applied because the headers match. */
  mappingSaved: boolean;
  /** Why the mapping is not enough for the mode, in words; empty when it is. */
  mappingProblems: string[];
  settings: SettingsView;
  templates: string[];
  /** A run that was interrupted and can be resumed, if any. */
  pendingRun: RunProgress | null;
  lastRun: RunSummaryView | null;
  /**
   * Set when the active sheet is one of the add-on's own tabs (Contacts, History, …): the state is then about
   * the sheet last checked or imported, and this says so.
   */
  sheetNote?: string;
  /** Set when the header row was found elsewhere than row 1, or not at all: what to tell the user. */
  headerNote?: string;
  /** Row 1 looks like data, not headers: the Map step offers "My data has no header row". */
  noHeaderRow?: boolean;
  /** The destination kinds the Settings form offers, in order, each with its form (from the registry). */
  destinations: DestinationDescriptor[];
}

export interface ProblemGroup {
  message: string;
  severity: 'error' | 'warning';
  count: number;
  /** A1 notation of the first flagged cell of the group, e.g. "C7". */
  firstCell: string;
}

export interface CheckSummaryView {
  total: number;
  ready: number;
  warnings: number;
  errors: number;
  duplicates: number;
  /** Rows already imported unchanged (a re-run will skip them). ready + errors + alreadyImported + skipped = total. */
  alreadyImported: number;
  /** Other rows the import will skip (Create only, a record was found). */
  skipped: number;
  /** Of the ready rows: the ones planned as creates (a CRM's "ready to import" rows count here) and as updates. */
  create?: number;
  update?: number;
  groups: ProblemGroup[];
}

export type RunStatus = 'Processing' | 'Completed' | 'Failed';

export interface RunProgress {
  runId: string;
  kind: 'check' | 'import';
  done: number;
  total: number;
  status: RunStatus;
  /** Set when the work is finished. */
  check?: CheckSummaryView;
  result?: RunSummaryView;
  /** Reason, when Failed; why it stopped, when stopped. */
  message?: string;
  /**
   * Set when the destination stopped the run, resumable (an endpoint out of reach, a quota, a daily limit): it stays
   * Processing but waits for the user's Resume (resumeRun); continueRun does not work on it. `message` says why.
   */
  stopped?: boolean;
}

export interface ImportPlanView {
  create: number;
  update: number;
  skip: number;
  fail: number;
  total: number;
  destination: string;
  /**
   * The HTTP requests the import will make to its destination (each a UrlFetch call in Apps Script, lookups included;
   * at least this many, when the destination first reads its contacts). 0 for the Contacts tab.
   */
  requests: number;
  /** Set when the requests take a noticeable share of the daily UrlFetch quota (or more than it): what to expect. */
  quotaNote?: string;
  /**
   * Set when the plan's check did not finish within one call: its progress. Drive it with continueRun(runId), then
   * call planImport again (the finished check is reused). The counts are 0 meanwhile.
   */
  check?: RunProgress;
}

/** A run's counts (Total records, Created, Updated, Skipped, Errors, Warnings), and what the sidebar shows with them. */
export interface RunSummaryView extends RunCounts {
  runId: string;
  status: RunStatus;
  successes: number;
  /** A1 of the run's summary row in the History tab, for the "open History" link. */
  historyCell: string;
  /** Where the run sent its contacts, as History's Destination column says it: "Contacts tab", "HubSpot", … */
  destination: string;
  message?: string;
  reverted?: boolean;
  /** False when the run cannot be reverted (its destination has no revert: see the README's Destinations). */
  revertible?: boolean;
  /**
   * The add-on's tabs that have another name than their own because a sheet of the user's has it, one sentence each
   * ('Your sheet "History" was left as it is: the add-on's History is the tab "History (Contact Import)".'). Absent
   * when there is none.
   */
  tabNotes?: string[];
}

// ---- Fix in place (src/server/fix*.ts): suggestions after a check, applying them, undoing a batch.

/** A fix batch kept for undo (the newest 20), as the sidebar lists them. */
export interface FixBatchView {
  /** "F-20240908103000-AB12". */
  id: string;
  time: string;
  user: string;
  sheet: string;
  /** Cells the batch changed. */
  cells: number;
  /** "312 phone numbers, 4 email addresses". */
  summary: string;
}

/** What Fix can do on the sheet now: the suggestions grouped (engine/fix groupFixes), and the batches to undo. */
export interface FixesView {
  sheetName: string;
  /** Cells with a suggestion (a name split counts its Name cell once). */
  total: number;
  /** Of them, the `safe` ones: what "Apply all safe fixes" writes. */
  safe: number;
  /** By kind (phone, date, email, text, option, name), safe before review, bigger first. */
  groups: FixGroup[];
  /** Recent fix batches, newest first. */
  batches: FixBatchView[];
}

/** A cell the sidebar names for "Apply" from its note: its line (sheet row), 0-based column and, to be sure it is
 * the fix that was shown, what the fix changes (from, to). */
export interface FixCellRef {
  line: number;
  col: number;
  kind?: FixKind;
  from?: string;
  to?: string;
}

/** What the user chose to apply: groups by key (Apply), every safe suggestion (Apply all safe fixes), cells. */
export interface FixSelectionView {
  groups?: string[];
  allSafe?: boolean;
  cells?: FixCellRef[];
}

/** The fix a cell can get, as its note's Apply shows it. */
export interface CellFixView {
  kind: FixKind;
  rule: FixRule;
  confidence: FixConfidence;
  from: string;
  to: string;
  message: string;
  alternative?: string;
}

/** A cell of the checked sheet: where it is, our part of its note (the problems), and its fix, if any. */
export interface CellProblemView {
  a1: string;
  line: number;
  col: number;
  column: string;
  /** The messages of our mark (the user's own note left out); empty when the cell is not flagged. */
  messages: string[];
  fix: CellFixView | null;
}

/** The result of Apply: the batch written, and the re-check it started (drive it with continueRun). */
export interface FixAppliedView {
  /** null when nothing was left to write (every chosen cell changed since). */
  fixId: string | null;
  /** Cells written (a name split counts its two new cells). */
  changed: number;
  /** "312 phone numbers, 4 email addresses". */
  summary: string;
  /** Chosen cells not written: they changed since the suggestion, or became formulas. */
  skipped: number;
  /** A1 of the batch's block in the History tab ("'History'!A3"), '' when none was written. */
  historyCell: string;
  /** The check of the sheet that re-checks the changed cells (their marks clear, the counts update); null when it could not start. */
  check: RunProgress | null;
}

/** The result of Undo fixes. */
export interface FixUndoneView {
  fixId: string;
  /** The undo's own id in History ("U-…"). */
  undoId: string;
  /** Cells put back exactly (value, type, number format). */
  restored: number;
  /** Cells edited since the fix: left as they are, listed here (the first 50) and in History. */
  left: number;
  leftCells: Array<{ line: number; column: string; now: string | null; reason: string }>;
  /** Columns a name split added, removed again. */
  removedColumns: string[];
  message: string;
  historyCell: string;
  check: RunProgress | null;
}

export interface ConnectionView {
  ok: boolean;
  message: string;
  connected: boolean;
  tokenLast4: string;
}

/** Every function the sidebar may call. Each is exported from src/Code.ts under the same name (as properties: they
 * are plain functions, bound to nothing). */
export interface ServerApi {
  getSidebarState: () => SidebarState;
  saveMapping: (mapping: Mapping) => SidebarState;
  /** "My data has no header row": inserts a header row above row 1, named after the mapping's fields. */
  useNoHeaderRow: (mapping: Mapping) => SidebarState;
  /** "Row 1 is my header row": keeps row 1 as this sheet's header row. */
  useHeaderRowOne: () => SidebarState;
  saveSettings: (settings: Partial<SettingsView>) => SidebarState;
  saveTemplate: (name: string) => SidebarState;
  applyTemplate: (name: string) => SidebarState;
  deleteTemplate: (name: string) => SidebarState;

  /** Starts (or restarts) a check of the active sheet; runs chunks until the time slice ends. */
  startCheck: () => RunProgress;
  /** Continues the check or import in progress; the sidebar calls it until status is not Processing. */
  continueRun: (runId: string) => RunProgress;
  clearMarks: () => void;
  /** Selects the next flagged cell after the current selection; null when there is none. */
  nextProblem: () => string | null;
  /** Selects a cell by A1 notation in the checked sheet. */
  selectCell: (a1: string) => void;

  planImport: () => ImportPlanView;
  startImport: () => RunProgress;
  /** Resumes an interrupted run (time-out, exception, closed sidebar). */
  resumeRun: () => RunProgress | null;
  exportProblemRows: (runId?: string) => { sheetName: string; rows: number };
  rerunRemaining: () => RunProgress;
  revertRun: (runId?: string) => RunSummaryView;
  openHistory: (runId?: string) => void;

  /** Fix in place: the suggestions for the active sheet of contacts, grouped, and the fix batches to undo. */
  suggestFixes: () => FixesView;
  /** Writes the chosen suggestions under the document lock, records the batch (History, undo journal), starts a re-check. */
  applyFixes: (selection: FixSelectionView) => FixAppliedView;
  /** Undoes a fix batch (the newest when none is named), cell by cell: cells edited since are left and listed. */
  undoFixes: (fixId?: string) => FixUndoneView;
  /** Selects the next flagged cell (as nextProblem) and says what is wrong with it and its fix; null when none. */
  nextProblemCell: () => CellProblemView | null;
  /** Selects a cell of the checked sheet by A1 and says what is wrong with it and its fix. */
  cellProblem: (a1: string) => CellProblemView;

  saveToken: (destination: DestinationType, token: string) => ConnectionView;
  forgetToken: (destination: DestinationType) => ConnectionView;
  testConnection: () => ConnectionView;
}

export type ServerFunctionName = keyof ServerApi;
