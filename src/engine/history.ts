// The words and rows of a run's record: History tab rows, descriptions in seed 000's style ("Line 14: is being
// skipped, a record was found for Contact (matched on Email)"), the status column's verdicts and seed 001's
// counts. Pure: no I/O.
import { MATCH_LABELS } from '../shared/labels';
import type { Contact, MatchKey, OutcomeCode, RowOutcome } from './types';

/** The History tab's columns. Summary rows use SUMMARY_HEADERS, line rows use LINE_HEADERS (same sheet columns). */
export const SUMMARY_HEADERS = [
  'Run ID', 'Started', 'Finished', 'User', 'Sheet', 'Destination', 'Mode', 'Status',
  'Total records', 'Created', 'Updated', 'Skipped', 'Errors', 'Warnings', 'Message',
] as const;
export const LINE_HEADERS = ['', 'Line', 'Result', 'Action', 'Matched on', 'Name', 'Email', 'Phone', 'Description', 'Details'] as const;
/**
 * The line column after Details (K): the cause of a skip or a failure as data (an issue's code, already_imported,
 * run_failed), so what reads History back (Export problem rows) decides by it, never by the Description's words.
 */
export const LINE_CODE_HEADER = 'Code';
export const HISTORY_WIDTH = SUMMARY_HEADERS.length;

export type HistoryResult = 'Success' | 'Warning' | 'Failure' | 'Skipped';

/** The final outcome of one line, with what History needs to describe it. */
export interface LineOutcome extends RowOutcome {
  /** Warning texts for a row imported without some fields. */
  warnings?: string[];
  /** Set for a failed duplicate row. */
  duplicateOf?: number;
  /** The row's normalized payload. */
  contact: Contact;
  /** Previous values of fields an update changed. */
  previous?: Contact;
  /**
   * The row's cells as typed, for History's Name, Email and Phone when the normalized value is missing (an
   * invalid email or phone is not in `contact`), so the user can find the row.
   */
  raw?: { name?: string; email?: string; phone?: string };
}

export interface RunCounts {
  total: number;
  created: number;
  updated: number;
  skipped: number;
  errors: number;
  warnings: number;
}

export function emptyCounts(): RunCounts {
  return { total: 0, created: 0, updated: 0, skipped: 0, errors: 0, warnings: 0 };
}

/** Each outcome adds to exactly one of created/updated/skipped/errors; warnings counts imported rows with warnings. */
export function countOutcome(c: RunCounts, o: LineOutcome): void {
  c.total++;
  if (o.action === 'created') c.created++;
  else if (o.action === 'updated') c.updated++;
  else if (o.action === 'skipped') c.skipped++;
  else c.errors++;
  if ((o.action === 'created' || o.action === 'updated') && o.warnings && o.warnings.length) c.warnings++;
}

export function resultOf(o: LineOutcome): HistoryResult {
  if (o.action === 'failed') return 'Failure';
  if (o.action === 'skipped') return 'Skipped';
  return o.warnings && o.warnings.length ? 'Warning' : 'Success';
}

export function actionOf(o: LineOutcome): 'created' | 'updated' | 'skipped' {
  return o.action === 'created' || o.action === 'updated' ? o.action : 'skipped';
}

/** "Line 14: is being skipped, a record was found for Contact (matched on Email)". */
export function describe(o: LineOutcome): string {
  const p = `Line ${o.line}: `;
  if (o.action === 'failed' || o.action === 'skipped') return p + (o.message ?? (o.action === 'failed' ? 'failed' : 'is being skipped'));
  const how = o.action === 'created' ? 'created' : `updated (matched on ${o.matchedOn ? MATCH_LABELS[o.matchedOn] : '?'})`;
  const id = o.id ? ` as ${o.id}` : '';
  if (o.warnings && o.warnings.length) return `${p}${how}${id}, without some values: ${o.warnings.join('; ')}`;
  return `${p}${how}${id}`;
}

/** The status column's verdict after an import. */
export function importedStatus(o: LineOutcome): string {
  const warn = o.warnings && o.warnings.length ? ' with warnings' : '';
  switch (o.action) {
    case 'created':
      return `Imported${warn} (created${o.id ? ' ' + o.id : ''})`;
    case 'updated':
      return `Imported${warn} (updated${o.id ? ' ' + o.id : ''}, matched on ${o.matchedOn ? MATCH_LABELS[o.matchedOn] : '?'})`;
    case 'skipped':
      if (o.code === 'already_imported') return 'Already imported (unchanged)';
      return `Skipped: ${(o.message ?? '').replace(/^is being skipped,?\s*/, '')}`;
    default:
      if (o.duplicateOf) return `Duplicate of line ${o.duplicateOf}`;
      return `Error: ${o.message ?? ''}`;
  }
}

/**
 * The contact an import's status (written by importedStatus) says the row created or updated, or null for any other
 * text (a skip, a failure, a check's status, a user's text). The inverse of importedStatus for imported rows.
 */
export function parseImportedStatus(status: unknown): { action: 'created' | 'updated'; id: string } | null {
  const t = typeof status === 'string' ? status : '';
  const created = /^Imported(?: with warnings)? \(created (\S+)\)$/.exec(t);
  if (created) return { action: 'created', id: created[1] };
  const updated = /^Imported(?: with warnings)? \(updated (\S+), matched on [^)]*\)$/.exec(t);
  if (updated) return { action: 'updated', id: updated[1] };
  return null;
}

/**
 * A row's status when it was edited during the import after the run read it: the run imported the value before the
 * edit (`imported` is what its status said), and a re-run sends the new one (its fingerprint differs).
 */
export function editedStatus(imported: { action: 'created' | 'updated'; id?: string }, fix: boolean): string {
  const what = `${imported.action}${imported.id ? ` ${imported.id}` : ''}`;
  return `Edited during the import: imported with the value before your edit (${what}) — ${fix ? 'fix the marked cells, then run' : 'run'} Import again to send it`;
}

/** What a row's import status (importedStatus or editedStatus) says the run did to it, or null for any other text. */
export function parseImportAction(status: unknown): { action: 'created' | 'updated'; id?: string } | null {
  const t = typeof status === 'string' ? status : '';
  const m = /^(?:Imported(?: with warnings)? \(|Edited during the import: imported with the value before your edit \()(created|updated)(?: ([^\s,)]+))?[,)]/.exec(t);
  if (!m) return null;
  return m[2] ? { action: m[1] as 'created' | 'updated', id: m[2] } : { action: m[1] as 'created' | 'updated' };
}

/** Whether a status is editedStatus's. */
export function isEditedStatus(status: unknown): boolean {
  return typeof status === 'string' && status.startsWith('Edited during the import: ');
}

export type Planned =
  | { kind: 'create'; warnings?: string[] }
  | { kind: 'update'; matchedOn: MatchKey; warnings?: string[] }
  | { kind: 'ready'; warnings?: string[] }
  | { kind: 'skip'; code: OutcomeCode; message: string }
  | { kind: 'fail'; message: string; duplicateOf?: number };

/** The status column's verdict after a check: the planned action. */
export function plannedStatus(p: Planned): string {
  const warn = 'warnings' in p && p.warnings && p.warnings.length ? ' (with warnings)' : '';
  switch (p.kind) {
    case 'create':
      return `Ready to create${warn}`;
    case 'update':
      return `Will update (matched on ${MATCH_LABELS[p.matchedOn]})${warn}`;
    case 'ready':
      return `Ready to import${warn}`;
    case 'skip':
      if (p.code === 'already_imported') return 'Already imported (unchanged)';
      return `Will skip: ${p.message.replace(/^is being skipped,?\s*/, '')}`;
    default:
      if (p.duplicateOf) return `Duplicate of line ${p.duplicateOf}`;
      return `Error: ${p.message}`;
  }
}

/**
 * The planned action a status written by plannedStatus says, or null for any other text (an import's status, a
 * user's text, nothing). The inverse of plannedStatus's first word, for readers of the status column.
 */
export function parsePlannedStatus(status: unknown): Planned['kind'] | null {
  const t = typeof status === 'string' ? status : '';
  if (t.startsWith('Ready to create')) return 'create';
  if (t.startsWith('Ready to import')) return 'ready';
  if (t.startsWith('Will update (matched on ')) return 'update';
  if (t === 'Already imported (unchanged)' || t.startsWith('Will skip: ')) return 'skip';
  if (t.startsWith('Error: ') || t.startsWith('Duplicate of line ')) return 'fail';
  return null;
}

/** Details: the row's payload as JSON (plus the previous values of an update, so it can be undone by hand). */
export function detailsJson(o: LineOutcome): string {
  const d: Record<string, unknown> = { ...o.contact };
  if (o.id) d.contactId = d.contactId ?? o.id;
  if (o.previous && Object.keys(o.previous).length) d._previous = o.previous;
  return JSON.stringify(d);
}

function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  return Array.isArray(v) ? v.join(', ') : String(v);
}

export function displayName(c: Contact): string {
  if (c.name) return text(c.name);
  return [text(c.firstName), text(c.lastName)].filter(Boolean).join(' ');
}

/**
 * One History line row, A..J: '', Line, Result, Action, Matched on, Name, Email, Phone, Description, Details.
 * Column B (Line) is filled by the writer (a link to the source row); this returns the number there.
 */
export function lineRow(o: LineOutcome): (string | number)[] {
  return [
    '',
    o.line,
    resultOf(o),
    actionOf(o),
    o.matchedOn ? MATCH_LABELS[o.matchedOn] : '',
    // The normalized value, else the cell as typed (an invalid email or phone is not in the contact). Always text:
    // the History tab's columns are plain-text formatted, so "=…" stays text.
    displayName(o.contact) || (o.raw?.name ?? ''),
    text(o.contact.email) || (o.raw?.email ?? ''),
    text(o.contact.phone) || (o.raw?.phone ?? ''),
    describe(o),
    detailsJson(o),
  ];
}

/** Whether a line is listed in History: everything that is not a plain success, and successes on request. */
export function listed(o: LineOutcome, listSuccesses: boolean): boolean {
  return listSuccesses || resultOf(o) !== 'Success';
}
