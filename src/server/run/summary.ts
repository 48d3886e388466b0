// What a run reports: the History summary row, the check's counts and problem groups, the sidebar's views.
import type { PlanDecision } from '../../engine/plan';
import type { ValidatedRow } from '../../engine/types';
import { MODE_LABELS } from '../../shared/labels';
import { isRevertible } from '../../crm/registry';
import type { CheckSummaryView, RunProgress, RunSummaryView } from '../../shared/api';
import type { SummaryFields } from '../historytab';
import { a1 } from '../util';
import type { Exec } from './execution';
import type { RunState } from './state';

export function summaryOf(s: RunState, finished = ''): SummaryFields {
  return {
    runId: s.runId,
    started: s.startedAt,
    finished,
    user: s.user,
    sheet: s.sheetName,
    destination: s.destination,
    mode: MODE_LABELS[s.settings.mode],
    status: s.status,
    counts: s.counts,
    message: s.message ?? '',
  };
}

function groupMessage(m: string): string {
  return m.replace(/"(?:[^"\\]|\\.)*"/, '"…"');
}

export function accumulateCheck(state: RunState, vr: ValidatedRow, d: PlanDecision, line: number, e: Exec): void {
  const c = state.check;
  state.counts.total++;
  if (vr.duplicateOf) c.duplicates++;
  if (d.kind === 'fail') c.errors++;
  else if (d.kind === 'create' || d.kind === 'update') {
    c.ready++;
    if (d.kind === 'create') c.create = (c.create ?? 0) + 1;
    else c.update = (c.update ?? 0) + 1;
    if (vr.result === 'warning') c.warnings++;
  } else if (d.code === 'already_imported') c.alreadyImported = (c.alreadyImported ?? 0) + 1;
  else c.skipped = (c.skipped ?? 0) + 1;
  const add = (severity: 'error' | 'warning', code: string, message: string, col: number) => {
    // Grouped by kind of problem (severity, column, code); the message is the first one, its value elided.
    const key = `${severity}|${col}|${code}`;
    const g = c.groups[key];
    if (g) g.count++;
    else if (Object.keys(c.groups).length < MAX_GROUPS) {
      const text = groupMessage(message);
      c.groups[key] = { message: text.length > 160 ? text.slice(0, 157) + '...' : text, severity, count: 1, firstCell: a1(line, col + 1) };
    }
  };
  const firstMapped = Math.max(0, e.fieldsByCol.findIndex((f) => !!f));
  for (const i of vr.issues) add(i.severity, i.code, i.column ? `${i.column}: ${i.message}` : i.message, i.col ?? firstMapped);
  if (d.kind === 'fail' && vr.result !== 'failure') {
    // The group's cell: the one field the cause is about, else the row's first email or phone cell.
    const on: string[] = d.fields?.length === 1 ? d.fields : ['email', 'phone'];
    add('error', d.code, d.message, Math.max(0, e.fieldsByCol.findIndex((f) => !!f && on.includes(f))));
  }
}

const MAX_GROUPS = 30;

export function checkView(s: RunState): CheckSummaryView {
  const groups = Object.values(s.check.groups).sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1));
  return {
    total: s.counts.total,
    ready: s.check.ready,
    warnings: s.check.warnings,
    errors: s.check.errors,
    duplicates: s.check.duplicates,
    alreadyImported: s.check.alreadyImported ?? 0,
    skipped: s.check.skipped ?? 0,
    create: s.check.create ?? 0,
    update: s.check.update ?? 0,
    groups,
  };
}

export function summaryView(s: RunState): RunSummaryView {
  const c = s.counts;
  return {
    runId: s.runId,
    status: s.status,
    total: c.total,
    created: c.created,
    updated: c.updated,
    skipped: c.skipped,
    errors: c.errors,
    warnings: c.warnings,
    successes: c.created + c.updated,
    historyCell: s.historyRow ? `'History'!A${s.historyRow}` : '',
    destination: s.destination,
    revertible: isRevertible(s.settings.destination.type),
    ...(s.message ? { message: s.message } : {}),
  };
}

export function progress(s: RunState): RunProgress {
  const p: RunProgress = {
    runId: s.runId,
    kind: s.kind,
    done: Math.min(s.lastRow, s.cursor - 1) - s.firstRow + 1,
    total: s.lastRow - s.firstRow + 1,
    status: s.status,
  };
  if (s.message) p.message = s.message;
  if (s.stopped && s.status === 'Processing') p.stopped = true;
  if (s.status !== 'Processing' || s.cursor > s.lastRow) {
    if (s.kind === 'check') p.check = checkView(s);
    else p.result = summaryView(s);
  }
  return p;
}
