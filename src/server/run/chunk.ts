// One chunk of a check or an import: validate its rows, plan each one, send what is left to the destination.
import { plannedStatus, type LineOutcome } from '../../engine/history';
import { rowFingerprintOf } from '../../engine/fingerprint';
import type { PushRow } from '../../engine/destination';
import type { PlanDecision } from '../../engine/plan';
import { limitStart, planOne } from '../../engine/planner';
import type { ValidatedRow } from '../../engine/types';
import { bumpVersionStamp, SYNC_VERSION_KEY } from '../contactkeys';
import type { CellMark } from '../source';
import { paintRows, writeStatuses } from '../source';
import { warningsOf } from './context';
import type { RunEnv } from './env';
import { newEdits, watchEdits } from './edited';
import { validateUpTo, type Exec } from './execution';
import { finishRows, marksFor, notImported, outcomeFrom, toOutcome, toPlanned } from './outcomes';
import { saveRun, type RunState } from './state';
import { accumulateCheck } from './summary';

export function processChunk(env: RunEnv, state: RunState, e: Exec, hist: GoogleAppsScript.Spreadsheet.Sheet | null): { message: string; resumable: boolean } | null {
  const from = state.cursor;
  const to = Math.min(state.lastRow, from + e.chunkRows - 1);
  // Rows before the cursor are done: forget their results (a chunk cut short keeps its unfinished rows).
  for (const line of e.validated.keys()) {
    if (line >= from) break;
    e.validated.delete(line);
  }
  // A new window of rows is read: rows edited since the run last looked are read again with it (run/edited.ts).
  if (to > e.valuesTo) watchEdits(state, e, newEdits(state));
  validateUpTo(e, to);
  const n = to - from + 1;
  const statuses: string[] = new Array<string>(n).fill('');
  const marks: Array<Map<number, CellMark> | null> = new Array<Map<number, CellMark> | null>(n).fill(null);
  const rows: Array<{ vr: ValidatedRow; fp: string } | null> = [];
  for (let line = from; line <= to; line++) {
    const vr = e.validated.get(line) ?? null;
    if (!vr) {
      rows.push(null);
      continue;
    }
    rows.push({ vr, fp: rowFingerprintOf(e.values[line - e.src.firstRow], e.fieldsByCol) });
  }
  let stop: { message: string; resumable: boolean } | null = null;

  if (state.kind === 'check') {
    // Plan without writing: the Contacts tab predicts create / update / skip; other destinations say "ready".
    const count = { value: state.limitCount ?? limitStart(e.planner) };
    // A row already imported names its contact: the Contacts tab's ids, when a check left them unread.
    if (e.contacts && rows.some((r) => r && e.index.byFingerprint(r.fp) !== undefined)) e.contacts.ensureIds();
    rows.forEach((r, i) => {
      if (!r) return;
      const d = planOne(r.vr, r.fp, e.planner, count);
      const planned = toPlanned(d, r.vr, warningsOf(r.vr), !!e.contacts);
      statuses[i] = plannedStatus(planned);
      marks[i] = marksFor(r.vr, d, e.fieldsByCol);
      accumulateCheck(state, r.vr, d, from + i, e);
    });
    state.limitCount = count.value;
  } else {
    // Rows the run itself rejects; the rest go to the destination.
    const outcomes = new Map<number, LineOutcome>();
    const push: PushRow[] = [];
    const byLine = new Map<number, { vr: ValidatedRow; fp: string }>();
    // The record limit's running count (CRMs; the Contacts tab counts its own contacts): the rows this run sent
    // before this chunk, plus this chunk's rows as they are planned. Only rows the chunk ends up covering are kept.
    const limitFrom = state.limitCount ?? 0;
    const count = { value: limitFrom };
    const counted: number[] = [];
    const finishChunk = (to: number) => {
      if (!e.contacts) state.limitCount = limitFrom + counted.filter((l) => l <= to).length;
      return finishRows(env, state, e, hist, from, to, rows, outcomes, stop);
    };
    rows.forEach((r) => {
      if (!r) return;
      byLine.set(r.vr.line, r);
      const before = count.value;
      const d = preDecide(r.vr, r.fp, e, state, count);
      if (count.value > before) counted.push(r.vr.line);
      if (d) outcomes.set(r.vr.line, toOutcome(d, r.vr));
      else if (state.failing) outcomes.set(r.vr.line, notImported(r.vr.line, state.failing, r.vr.contact));
      else push.push({ line: r.vr.line, contact: r.vr.contact, fingerprint: r.fp });
    });
    if (push.length) {
      const ctx = {
        runId: state.runId,
        mode: state.settings.mode,
        matchOn: state.settings.matchOn,
        dontUpdateEmpty: state.settings.dontUpdateEmpty,
        deadline: env.now() + env.budgets.sliceMs,
        source: state.sheetName,
        mappedFields: e.mappedFields,
        attempts: e.attempts,
      };
      const res = e.dest!.push(push, ctx);
      // The CRM's outage streak outlives the execution, so the retry policy's caps hold across calls.
      if (e.attempts.outage) state.outage = { ...e.attempts.outage };
      else delete state.outage;
      // The sync record changed: onEdit's cached index of it no longer applies.
      if (e.sync) bumpVersionStamp(SYNC_VERSION_KEY);
      for (const o of res.outcomes) {
        const r = byLine.get(o.line);
        if (!r) continue;
        outcomes.set(o.line, outcomeFrom(o, r.vr, warningsOf(r.vr), e));
      }
      if (res.stop) stop = res.stop;
      // Rows without an outcome (a stop, or the destination's deadline) are pushed again: the chunk ends before
      // the first of them, and the cursor stays there.
      const missing = push.filter((p) => !outcomes.has(p.line)).map((p) => p.line);
      if (missing.length) {
        const firstMissing = Math.min(...missing);
        for (const l of [...outcomes.keys()]) if (l >= firstMissing) outcomes.delete(l);
        // When they were first sent, as a bound that outlives this execution (see AttemptLog).
        const since = e.attempts.earliest(missing);
        if (since !== undefined) state.sent = { since: Math.min(since, state.sent?.since ?? since), from: firstMissing, to };
        return finishChunk(firstMissing - 1);
      }
      delete state.sent;
      delete e.attempts.carried;
    }
    env.fault?.('after-destination', state.chunks);
    return finishChunk(to);
  }
  paintRows(e.src, from, marks);
  writeStatuses(e.src, from, statuses);
  state.cursor = to + 1;
  state.chunks++;
  // A check's last chunk is not saved: its caller finishes the run at once, in the same execution and under the same
  // lock, and the finish removes the state. Should the finish not happen, the run resumes from the chunk before and
  // checks these rows again (painting and the status column are written whole, so a second pass changes nothing).
  if (state.cursor <= state.lastRow) saveRun(env, state);
  return stop;
}

/**
 * The run's own rejections before the destination: failed rows, and for CRMs suppression, "already imported", the
 * pre-check and the record limit (the shared planner; `count` is the limit's running count of rows sent).
 */
function preDecide(vr: ValidatedRow, fp: string, e: Exec, state: RunState, count: { value: number }): PlanDecision | null {
  if (e.contacts) {
    if (vr.result !== 'failure') return null; // the Contacts tab plans the rest itself (the same planRow)
    return planOne(vr, fp, e.planner, { value: 0 });
  }
  const d = planOne(vr, fp, e.planner, count);
  // A row this run already sent (a replayed chunk) goes to the destination, which reports it as it was; it took
  // its place under the limit when it was sent.
  if (d.kind === 'skip' && d.code === 'already_imported' && e.sync?.sentBy(state.runId, vr.line, fp)) {
    count.value++;
    return null;
  }
  if (d.kind === 'fail' || d.kind === 'skip') return d;
  return null;
}
