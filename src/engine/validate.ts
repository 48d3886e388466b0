// Row rules: reads every mapped cell through its field's reader, decides errors vs warnings, checks the fields
// a row needs for the mode, and finds duplicates inside the sheet.
//
// DECISIONS
// - Blank rows: a row whose cells are all empty (the "Import status" column aside) is not a contact: it is not
//   counted, not reported and gets no result (Sheets' data ranges often end in blank rows). A row with data
//   only in unmapped columns is NOT blank: it is reported (required_missing), so nothing disappears silently.
// - What the row needs (required_missing, a row error with column null and field null):
//     create: one of Name, First name, Last name, Phone or Email (the seed's "Either of Contact Name, Phone,
//             or Email");
//     update: one of the matchOn keys (the seed: "as per the Duplicate Settings");
//     upsert: either of the above (a row with only a Contact ID can update the contact it names).
//   The value must be present and readable. When the only identity or key is present but unreadable, the row
//   error is that cell's own error (e.g. "Invalid email address ...") rather than a second, vaguer message.
// - Errors vs warnings for a cell that cannot be read:
//     error   when the field is a match key (in matchOn, or contactId / externalId, which always identify a
//             contact), when it is the value the row relies on to be created/updated (see above), or when the
//             policy is "fail-row" (the seed's manual CSV import: any failing mapped column fails the row);
//     warning otherwise (policy "skip-field"): the row is imported without that field, which is left out of
//             the contact.
//   A reader's own warning (e.g. a phone that is possible but not valid for its country) keeps the value and
//   stays a warning under both policies: the value is not a failure, only doubtful.
// - Duplicates inside the sheet: matched on settings.matchOn, in order, with normalized values (emails in lower
//   case, phones by their E.164 number without extension, ids exactly). The first row that can be imported
//   owns the value; each later row with the same value gets a duplicate_in_sheet error naming that line and
//   the key it matched on. Rows that fail for other reasons are still checked (so the user sees every
//   problem at once) but never become the first of a group, since they will not be imported.
// - Several columns may feed a list field (additionalEmails, additionalPhones, tags, followers, multiple-option
//   custom fields): their values are merged in column order, without repeats (case-insensitive). Additional
//   emails / phones that repeat the row's main email / phone are dropped.
// - Issue.column is the column key: the header text, made unique for repeated headers ("Email (2)") and named
//   "Column C" for an empty header (see automap.columnKeys). Issue.col is the 0-based column index.
import { dict } from '../shared/dict';
import { applyMapping, autoMapping, columnKeys, columnLetter, STATUS_HEADER } from './automap';
import { byColumn, DuplicateCheck, matchValue, type MatchColumn, type SeenIndex } from './dedup';

export type { SeenIndex };
import { fieldIndex, IDENTITY_FIELDS, type FieldDef } from './fields';
import { columnFixer } from './fix/column';
import type { CellFixer } from './fix/types';
import { cellText, isEmptyCell, readerFor, type Reader } from './formats';
import type {
  CellValue,
  Contact,
  FieldKey,
  Issue,
  Mapping,
  Settings,
  ValidatedRow,
  ValidationSummary,
} from './types';

interface ColumnReader {
  col: number;
  column: string;
  field: FieldKey;
  def: FieldDef;
  read: Reader;
  /** A bad value here is always an error: a match key or an id. */
  key: boolean;
  /** Counts towards what the row needs (identity for create, match key for update). */
  needed: boolean;
  /** Plain text (text, largeText, ids): read with cellText, never fails. */
  text: boolean;
  /** Several columns may feed the field: values merge. */
  multi: boolean;
  /** The column's Fix suggester (engine/fix), asked only about cells with an issue. */
  fix: CellFixer | null;
}

export interface ValidateInput {
  headers: CellValue[];
  rows: CellValue[][];
  /** Sheet line of rows[0]: settings.headerRow + 1. */
  firstLine: number;
  settings: Settings;
  /** Overrides settings.mapping; when both are absent, columns are auto-mapped. */
  mapping?: Mapping;
}


export interface ValidatorOptions {
  /** Builds one empty index per match key (default: a Map). */
  seenIndex?: () => SeenIndex;
  /**
   * A cell longer than this (a file's cell; a sheet's cannot be) is not read. In a mapped column it is an error on
   * its row (cell_too_long: the row fails); in a column that is not imported, a warning (the row still imports, but
   * the file will not go into a spreadsheet as it is). Default: no limit.
   */
  maxCellChars?: number;
  /**
   * Builds each row's empty contact (default: dict(), no prototype). The CLI passes shared/dict record(): the same
   * keys, nothing inherited, faster to fill; objects that never go through Apps Script's serializers.
   */
  newContact?: () => Contact;
  /**
   * Flatten each issue's message as it is made (default true: a kept issue then holds one string). False where most
   * issues are dropped at once (validate's worker threads keep only each group's first few): no copy for them.
   */
  flattenMessages?: boolean;
}

export interface ValidateResult {
  /** Column key -> field key or null, for every column. */
  mapping: Mapping;
  /** One per non-blank row, in sheet order. */
  rows: ValidatedRow[];
  summary: ValidationSummary;
  /** Problems with the mapping as a whole, in words (empty when none). */
  problems: string[];
}


const LABELS_OR = (labels: string[]): string =>
  labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

export const REQUIRED_MESSAGE = 'Required fields to create/update contacts are missing';

/** A validator for one sheet layout: the column plan is built once; rows are then read one by one. */
export class SheetValidator {
  readonly mapping: Mapping;
  readonly keys: string[];
  readonly problems: string[] = [];
  private readonly readers: ColumnReader[];
  private readonly statusCol: number;
  private readonly settings: Settings;
  private readonly needHint: string;
  /** The duplicate check across rows (dedup.ts). */
  private readonly duplicates: DuplicateCheck;
  private readonly maxCellChars: number;
  /** The columns that are read (mapped), for the cell limit's check of the others. */
  private readonly readCols: Set<number>;
  private readonly hasAdditional: boolean;
  private readonly newContact: () => Contact;
  private readonly flattenMessages: boolean;

  constructor(headers: CellValue[], settings: Settings, mapping?: Mapping, sampleRows?: CellValue[][], options: ValidatorOptions = {}) {
    this.settings = settings;
    this.maxCellChars = options.maxCellChars ?? Infinity;
    this.newContact = options.newContact ?? dict;
    this.flattenMessages = options.flattenMessages ?? true;
    const newSeen = options.seenIndex ?? (() => new Map<string, number>());
    const fields = fieldIndex(settings.customFields);
    const keys = columnKeys(headers);
    this.keys = keys;
    const given = mapping ?? settings.mapping;
    const m = given ?? autoMapping(keys, { customFields: settings.customFields, sampleRows, defaultCountry: settings.defaultCountry });
    const plan = applyMapping(headers, m, settings.customFields);
    this.mapping = dict();
    keys.forEach((k, i) => (this.mapping[k] = plan.fields[i]));
    this.statusCol = keys.findIndex((k) => k.toLowerCase() === STATUS_HEADER.toLowerCase());

    const matchSet = new Set<string>(settings.matchOn);
    const mode = settings.mode;
    this.readers = [];
    plan.fields.forEach((field, col) => {
      if (!field) return;
      const def = fields.get(field)!;
      const key = matchSet.has(field) || field === 'contactId' || field === 'externalId';
      const needed =
        mode === 'create'
          ? IDENTITY_FIELDS.includes(field as never)
          : mode === 'update'
            ? matchSet.has(field)
            : IDENTITY_FIELDS.includes(field as never) || matchSet.has(field);
      this.readers.push({ col, column: keys[col], field, def, read: readerFor(def, settings), key, needed, text: def.kind === 'text' || def.kind === 'id', multi: def.multiColumn, fix: columnFixer(def, settings) });
    });
    this.readCols = new Set(this.readers.map((r) => r.col));

    this.duplicates = new DuplicateCheck(
      settings.matchOn,
      settings.matchOn.map((k) => {
        const r = this.readers.find((x) => x.field === k);
        return r ? { key: k, column: r.column, col: r.col, label: r.def.label, seen: newSeen() } : null;
      }),
    );
    this.hasAdditional = this.readers.some((r) => r.field === 'additionalEmails' || r.field === 'additionalPhones');

    const identityLabels = ['Name', 'Phone', 'Email'];
    const keyLabels = settings.matchOn.map((k) => fields.get(k)!.label);
    if (mode === 'create') this.needHint = `add ${article('N')} ${LABELS_OR(identityLabels)}.`;
    else if (mode === 'update') this.needHint = `add ${article(keyLabels[0] ?? 'x')} ${LABELS_OR(keyLabels)} to find the contact to update.`;
    else {
      const extra = keyLabels.filter((l) => !identityLabels.includes(l));
      this.needHint = `add ${article('N')} ${LABELS_OR([...identityLabels, ...extra])}.`;
    }

    // Whole-mapping problems.
    if (given) {
      const known = new Set(keys.map((k) => k.toLowerCase()));
      for (const h of Object.keys(given)) {
        if (given[h] && !known.has(h.trim().toLowerCase())) this.problems.push(`The mapping names a column "${h}" that is not in the header row; it is ignored.`);
      }
    }
    if (!this.readers.length) this.problems.push('No column is mapped to a contact field, so nothing can be imported. Map at least one column.');
    else if (!this.readers.some((r) => r.needed)) {
      const what = mode === 'update' ? LABELS_OR(keyLabels) : LABELS_OR(mode === 'create' ? identityLabels : [...identityLabels, ...keyLabels.filter((l) => !identityLabels.includes(l))]);
      this.problems.push(`Mode "${mode}" needs a column mapped to ${what}; every row will fail until one is mapped.`);
    }
  }

  /**
   * Reads one row (no duplicate check). Returns null for a blank row.
   * `line` is the row's sheet line number.
   */
  readRow(row: CellValue[], line: number): ValidatedRow | null {
    const contact: Contact = this.newContact();
    // Issues in column order. A cell that cannot be read is pushed as a provisional warning; its severity is
    // settled after the loop, once we know whether the row has what the mode needs.
    let issues: Issue[] | null = null;
    let failed: ColumnReader[] | null = null;
    let failedAt: number[] | null = null;
    let any = false;
    let has = false; // has what the mode needs
    // Cells of mapped columns over the cell limit are not read: each is an error of its own (below).
    let long: number[] | null = null;
    let longNeeded = false;
    const readers = this.readers;
    for (let i = 0; i < readers.length; i++) {
      const r = readers[i];
      const v = row[r.col];
      if (v === '' || v === null || v === undefined) continue;
      if (typeof v === 'string' && v.length > this.maxCellChars) {
        if (!(long ??= []).includes(r.col)) long.push(r.col);
        if (r.needed) longNeeded = true;
        continue;
      }
      if (r.text) {
        // Text and ids: no reader result to build; an all-blank cell is empty. A string that starts and ends
        // with a visible ASCII character is its own cellText (nothing to trim or strip), the common case.
        const t = typeof v === 'string' && plainEdges(v) ? v : cellText(v);
        if (t === '') continue;
        any = true;
        contact[r.field] = t;
        if (r.needed) has = true;
        continue;
      }
      if (typeof v === 'string' && maybeBlank(v) && isEmptyCell(v)) continue;
      any = true;
      const res = r.read(v);
      if (res.ok) {
        const value = res.value;
        if (value === '' || (Array.isArray(value) && value.length === 0)) continue;
        if (r.multi && contact[r.field] !== undefined) contact[r.field] = mergeList(contact[r.field] as string[], value as string[]);
        else contact[r.field] = value;
        if (r.needed) has = true;
        if (res.warning) {
          (issues ??= []).push(withFix({ line, column: r.column, field: r.field, severity: 'warning', code: res.warning.code, message: res.warning.message, col: r.col }, r, v, res));
        }
      } else {
        (failed ??= []).push(r);
        (failedAt ??= []).push((issues ??= []).length);
        issues.push(withFix({ line, column: r.column, field: r.field, severity: 'warning', code: res.error.code, message: res.error.message, col: r.col }, r, v, res));
      }
    }
    // Cells of the columns not imported, over the limit: a warning each (below).
    let longUnread: number[] | null = null;
    if (this.maxCellChars !== Infinity) {
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === 'string' && v.length > this.maxCellChars && !this.readCols.has(c)) (longUnread ??= []).push(c);
      }
    }
    if (!any && long === null && longUnread === null && this.isBlank(row)) return null;
    if (this.hasAdditional) dropRepeatedMain(contact);

    let error = false;
    let neededFailed = longNeeded;
    if (long !== null) {
      error = true;
      issues ??= [];
      for (const c of long) issues.push(this.longCellIssue(row[c] as string, c, line));
    }
    if (longUnread !== null) {
      issues ??= [];
      for (const c of longUnread) issues.push(this.longCellIssue(row[c] as string, c, line));
    }
    if (long !== null || longUnread !== null) issues!.sort(byColumn);
    if (failed) {
      const failRow = this.settings.policy === 'fail-row';
      for (let j = 0; j < failed.length; j++) {
        const r = failed[j];
        const issue = issues![failedAt![j]];
        if (r.needed) neededFailed = true;
        if (r.key || failRow || (!has && r.needed)) {
          issue.severity = 'error';
          error = true;
        } else issue.message += ' This field is left out of the import.';
      }
    }
    if (!has && !neededFailed) {
      error = true;
      (issues ??= []).unshift({ line, column: null, field: null, severity: 'error', code: 'required_missing', message: `${REQUIRED_MESSAGE}: ${this.needHint}`, col: undefined });
    }
    if (issues && this.flattenMessages) for (let j = 0; j < issues.length; j++) flatten(issues[j].message);
    return { line, result: error ? 'failure' : issues ? 'warning' : 'success', issues: issues ?? [], contact };
  }

  private longCellIssue(v: string, col: number, line: number): Issue {
    const column = this.keys[col] ?? `Column ${columnLetter(col)}`;
    const n = (x: number) => x.toLocaleString('en-US');
    const read = this.readCols.has(col);
    return {
      line,
      column,
      field: read ? this.mapping[column] : null,
      severity: read ? 'error' : 'warning',
      code: 'cell_too_long',
      message: read
        ? `The cell has ${n(v.length)} characters, more than a cell can hold (${n(this.maxCellChars)}); it was not read. Shorten it, or split it over several columns.`
        : `The cell has ${n(v.length)} characters, more than a spreadsheet cell can hold (${n(this.maxCellChars)}). Its column is not imported, so the row still imports; shorten the cell before the file goes into a spreadsheet.`,
      col,
    };
  }

  /** Reads a row and checks it against the earlier rows for duplicates. */
  addRow(row: CellValue[], line: number): ValidatedRow | null {
    const vr = this.readRow(row, line);
    if (vr) this.checkDuplicate(vr);
    return vr;
  }

  /** The duplicate check alone, for rows read with readRow (rows must come in sheet order). */
  checkDuplicate(vr: ValidatedRow): void {
    this.duplicates.check(vr);
  }

  /** The match keys' columns and memories (DuplicateCheck.columns), for a caller that checks duplicates itself. */
  get matchColumns(): ReadonlyArray<MatchColumn | null> {
    return this.duplicates.columns;
  }

  /** The duplicate check's memory of the rows whose lines are in [from, to] (DuplicateCheck.export). */
  exportSeen(from = -Infinity, to = Infinity): string {
    return this.duplicates.save(from, to);
  }

  /** Restores the memory saved by exportSeen() (DuplicateCheck.import). */
  importSeen(pieces: readonly string[]): void {
    this.duplicates.restore(pieces);
  }

  private isBlank(row: CellValue[]): boolean {
    for (let c = 0; c < row.length; c++) {
      if (c === this.statusCol) continue;
      if (!isEmptyCell(row[c])) return false;
    }
    return true;
  }
}

/** The issue, with the fix of its cell when the column's suggester has one (issue path only: no cost on clean cells). */
function withFix(issue: Issue, r: ColumnReader, v: CellValue, res: ReturnType<Reader>): Issue {
  const f = r.fix && r.fix(v, res);
  if (f) issue.suggestion = { kind: f.kind, from: f.from, to: f.to, confidence: f.confidence, message: f.message };
  return issue;
}

/** The additional emails / phones never repeat the main email / phone ("Phone" and "Mobile" both filled alike). */
function dropRepeatedMain(contact: Contact): void {
  for (const [main, list, key] of [['email', 'additionalEmails', 'email'], ['phone', 'additionalPhones', 'phone']] as const) {
    const m = contact[main];
    const l = contact[list];
    if (typeof m !== 'string' || !Array.isArray(l)) continue;
    const mk = matchValue(key, m);
    const kept = l.filter((x) => matchValue(key, x) !== mk);
    if (kept.length === l.length) continue;
    if (kept.length) contact[list] = kept;
    else delete contact[list];
  }
}

/**
 * Messages are built by concatenation, which V8 keeps as a tree of string pieces. Reading a character
 * flattens the tree into one string, so a kept issue holds one string instead of a dozen small objects
 * (fewer objects for the garbage collector to copy: measurably faster on large sheets).
 */
function flatten(s: string): void {
  s.charCodeAt(0);
}

function plainEdges(v: string): boolean {
  const a = v.charCodeAt(0);
  const b = v.charCodeAt(v.length - 1);
  return a > 32 && a < 127 && b > 32 && b < 127;
}

/** False when the string surely has a visible first character (the common case), without trimming it. */
function maybeBlank(v: string): boolean {
  const c = v.charCodeAt(0);
  return (
    c <= 32 || c === 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) ||
    (c >= 0x205f && c <= 0x2069) || c === 0x3000 || c === 0xfeff
  );
}

function mergeList(a: string[], b: string[]): string[] {
  const out = a.slice();
  const seen = new Set(a.map((x) => String(x).toLowerCase()));
  for (const x of b) {
    const k = String(x).toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}


/** Validates a whole sheet: every non-blank row, with the duplicate check across rows. */
export function validateRows(input: ValidateInput): ValidateResult {
  const v = new SheetValidator(input.headers, input.settings, input.mapping, input.rows.slice(0, 20));
  const out: ValidatedRow[] = [];
  const summary: ValidationSummary = { total: 0, success: 0, warning: 0, failure: 0 };
  const rows = input.rows;
  for (let i = 0; i < rows.length; i++) {
    const vr = v.addRow(rows[i] ?? [], input.firstLine + i);
    if (!vr) continue;
    out.push(vr);
  }
  for (const vr of out) {
    summary.total++;
    summary[vr.result]++;
  }
  return { mapping: v.mapping, rows: out, summary, problems: v.problems };
}

/**
 * Validates one row on its own (the onEdit trigger): same rules, no duplicate check across rows.
 * Returns null for a blank row.
 */
export function validateRow(input: { headers: CellValue[]; row: CellValue[]; line: number; settings: Settings; mapping?: Mapping }): ValidatedRow | null {
  return new SheetValidator(input.headers, input.settings, input.mapping).readRow(input.row, input.line);
}
