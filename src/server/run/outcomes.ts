// What a chunk leaves behind: each row's marks and status, its History line, and its outcome in the counts.
import { countOutcome, importedStatus, listed, type LineOutcome, type Planned } from '../../engine/history';
import { cellText } from '../../engine/formats/text';
import type { PlanDecision } from '../../engine/plan';
import type { FieldKey, MatchKey, OutcomeCode, RowOutcome, ValidatedRow } from '../../engine/types';
import { appendLines, writeSummary } from '../historytab';
import { marksForIssues, paintRows, writeStatuses, type CellMark } from '../source';
import type { RunEnv } from './env';
import type { Exec } from './execution';
import { saveRun, type RunState } from './state';
import { summaryOf } from './summary';

export function finishRows(
  env: RunEnv,
  state: RunState,
  e: Exec,
  hist: GoogleAppsScript.Spreadsheet.Sheet | null,
  from: number,
  to: number,
  rows: Array<{ vr: ValidatedRow; fp: string } | null>,
  outcomes: Map<number, LineOutcome>,
  stop: { message: string; resumable: boolean } | null,
): { message: string; resumable: boolean } | null {
  const n = to - from + 1;
  if (n <= 0) return stop;
  const statuses: string[] = new Array<string>(n).fill('');
  const marks: Array<Map<number, CellMark> | null> = new Array<Map<number, CellMark> | null>(n).fill(null);
  const lines: LineOutcome[] = [];
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    if (!r) continue;
    const o = outcomes.get(r.vr.line);
    if (!o) continue;
    const raw = rawIdentity(e, r.vr.line);
    if (raw) o.raw = raw;
    statuses[i] = importedStatus(o);
    marks[i] = marksForOutcome(r.vr, o, e.fieldsByCol);
    countOutcome(state.counts, o);
    env.onOutcome?.(o);
    if (listed(o, state.settings.listSuccesses)) lines.push(o);
  }
  paintRows(e.src, from, marks);
  writeStatuses(e.src, from, statuses);
  if (hist) {
    appendLines(hist, state.historyRow, state.historyWritten, lines, state.sheetId);
    state.historyWritten += lines.length;
    writeSummary(hist, state.historyRow, summaryOf(state), true);
  }
  env.fault?.('after-history', state.chunks);
  state.cursor = to + 1;
  state.chunks++;
  saveRun(env, state);
  return stop;
}

const RAW_FIELDS = ['name', 'firstName', 'lastName', 'email', 'phone'] as const;

/** The row's Name, Email and Phone cells as typed (trimmed text), for History when a value did not normalize. */
function rawIdentity(e: Exec, line: number): LineOutcome['raw'] | undefined {
  const row = e.values[line - e.src.firstRow];
  if (!row) return undefined;
  const got: Partial<Record<(typeof RAW_FIELDS)[number], string>> = {};
  e.fieldsByCol.forEach((f, c) => {
    if (!f || !(RAW_FIELDS as readonly string[]).includes(f) || got[f as (typeof RAW_FIELDS)[number]] !== undefined) return;
    const v = row[c];
    const t = cellText(v);
    if (t) got[f as (typeof RAW_FIELDS)[number]] = t;
  });
  const name = got.name ?? [got.firstName, got.lastName].filter(Boolean).join(' ');
  const raw: NonNullable<LineOutcome['raw']> = {};
  if (name) raw.name = name;
  if (got.email) raw.email = got.email;
  if (got.phone) raw.phone = got.phone;
  return Object.keys(raw).length ? raw : undefined;
}

export function toOutcome(d: PlanDecision, vr: ValidatedRow): LineOutcome {
  if (d.kind === 'fail') {
    return { line: vr.line, action: 'failed', code: d.code, message: d.message, matchedOn: d.matchedOn, fields: d.fields, contact: vr.contact, ...(vr.duplicateOf && d.code === 'duplicate_in_sheet' ? { duplicateOf: vr.duplicateOf.line } : {}) };
  }
  if (d.kind === 'skip') return { line: vr.line, action: 'skipped', code: d.code, message: d.message, matchedOn: d.matchedOn, fields: d.fields, contact: vr.contact };
  return { line: vr.line, action: 'failed', message: 'Not imported.', contact: vr.contact };
}

export function outcomeFrom(o: RowOutcome, vr: ValidatedRow, warnings: string[], e: Exec): LineOutcome {
  const base: LineOutcome = {
    line: o.line,
    action: o.action,
    id: o.id,
    matchedOn: o.matchedOn,
    message: o.message,
    code: o.code,
    ...(o.fields ? { fields: o.fields } : {}),
    contact: vr.contact,
  };
  if (o.action === 'created' || o.action === 'updated') {
    // A destination's message on an imported row is a warning about it ("Not sent to HubSpot: Tags …"): the row
    // counts as a Warning, like a value the check dropped.
    const all = o.message ? [...warnings, o.message] : warnings;
    delete base.message;
    if (all.length) base.warnings = all;
    const prev = e.contacts?.previous.get(o.line);
    if (prev) base.previous = prev;
  }
  return base;
}

export function toPlanned(d: PlanDecision, vr: ValidatedRow, warnings: string[], contactsTab: boolean): Planned {
  const w = warnings.length ? { warnings } : {};
  switch (d.kind) {
    case 'create':
      return contactsTab ? { kind: 'create', ...w } : { kind: 'ready', ...w };
    case 'update':
      return { kind: 'update', matchedOn: d.matchedOn, ...w };
    case 'skip':
      return { kind: 'skip', code: d.code, message: d.message };
    default:
      return { kind: 'fail', message: d.message, ...(vr.duplicateOf && d.code === 'duplicate_in_sheet' ? { duplicateOf: vr.duplicateOf.line } : {}) };
  }
}

/** A skip or a failure as its marks need it: the cause as data (code, matchedOn, fields) and its text. */
interface Cause {
  kind: 'fail' | 'skip';
  code?: OutcomeCode;
  message: string;
  matchedOn?: MatchKey;
  fields?: FieldKey[];
}

/** The mark a cause puts on a row whose cells were valid: an error on its fields, or a warning on the key it matched. */
function causeMark(vr: ValidatedRow, c: Cause): { severity: 'error' | 'warning'; message: string; fields?: string[] } | undefined {
  if (c.kind === 'fail' && vr.result !== 'failure') return { severity: 'error', message: c.message, fields: c.fields };
  if (c.kind === 'skip' && c.code === 'already_exists' && c.matchedOn) return { severity: 'warning', message: `This row ${c.message}.`, fields: c.fields ?? [c.matchedOn] };
  return undefined;
}

/** A checked row's marks: its issues, and the plan's cause when it fails or skips a valid row. */
export function marksFor(vr: ValidatedRow, d: PlanDecision, fieldsByCol: (string | null)[]): Map<number, CellMark> | null {
  return marksForIssues(vr.issues, fieldsByCol, d.kind === 'fail' || d.kind === 'skip' ? causeMark(vr, d) : undefined);
}

/** A row the run never sent because it failed first (code run_failed): a later run picks it up. */
export function notImported(line: number, reason: string, contact: LineOutcome['contact']): LineOutcome {
  return { line, action: 'failed', code: 'run_failed', message: `Not imported: the run failed — ${reason}`, contact };
}

/** An imported row's marks: its issues, and the outcome's cause when the run or the destination failed or skipped it. */
function marksForOutcome(vr: ValidatedRow, o: LineOutcome, fieldsByCol: (string | null)[]): Map<number, CellMark> | null {
  // The run failed before the row: nothing in its cells to fix, the status column and History say why.
  if (o.code === 'run_failed') return marksForIssues(vr.issues, fieldsByCol);
  const kind = o.action === 'failed' ? 'fail' : o.action === 'skipped' ? 'skip' : null;
  if (!kind) return marksForIssues(vr.issues, fieldsByCol);
  const cause: Cause = { kind, code: o.code, message: o.message ?? (kind === 'fail' ? 'failed' : ''), matchedOn: o.matchedOn, fields: o.fields };
  return marksForIssues(vr.issues, fieldsByCol, causeMark(vr, cause));
}
