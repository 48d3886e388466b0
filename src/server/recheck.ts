// Re-checking rows in place, as Check would: their current values are read, validated and planned by the same
// planner (src/engine/planner.ts), and their marks and status written. onEdit does it for the rows a person edited;
// a run does it for rows edited after it read them (src/server/run/edited.ts). Duplicates across rows are
// re-evaluated by the next full check.
//
// What it plans against is not read on every call: the Contacts tab's index, the CRM sync record's and the "Do not
// import" list are cached while their tab is unchanged (src/server/run/context.ts cachedPlanner). The record limit's
// running count is Check's: the destination's start count plus the rows above whose status says they take a place
// (one read of the status column).
import { applyMapping } from '../engine/automap';
import { rowFingerprintOf } from '../engine/fingerprint';
import { parsePlannedStatus, plannedStatus } from '../engine/history';
import type { PlanDecision } from '../engine/plan';
import { limitStart, planOne, type Planner } from '../engine/planner';
import type { CellValue, Mapping, Settings } from '../engine/types';
import { SheetValidator } from '../engine/validate';
import { cachedPlanner, warningsOf } from './run/context';
import { marksFor, toPlanned } from './run/outcomes';
import { paintRows, readRows, writeStatuses, type CellMark, type SourceInfo } from './source';

/** Decides a re-checked row's status from its fresh plan and the status it has now (the run: an imported row). */
export type StatusRule = (planned: string, d: PlanDecision, current: string, line: number) => string;

export interface Recheck {
  src: SourceInfo;
  settings: Settings;
  mapping: Mapping;
  /** Rows whose status is not just the plan's: the status column is read with the values. */
  status?: StatusRule;
}

/** A re-check's shared part: the validator, the columns' fields and the planner, built once for several ranges. */
interface Prepared {
  validator: SheetValidator;
  fieldsByCol: (string | null)[];
  planner: Planner;
}

function prepare(r: Recheck): Prepared {
  const validator = new SheetValidator(r.src.headers, r.settings, r.mapping);
  const fieldsByCol = applyMapping(r.src.headers, validator.mapping, r.settings.customFields).fields;
  return { validator, fieldsByCol, planner: cachedPlanner(r.src.sheet.getParent(), r.settings) };
}

/** Re-checks each range of rows (in order, within the data area): 1 read, 1 paint and 1 status write a range. */
export function recheckRanges(r: Recheck, ranges: Array<[number, number]>): number {
  let n = 0;
  let p: Prepared | null = null;
  for (const [a, b] of ranges) {
    const r0 = Math.max(a, r.src.firstRow);
    const r1 = Math.min(b, r.src.lastRow);
    if (r1 < r0) continue;
    p ??= prepare(r);
    n += recheckRange(r, p, r0, r1);
  }
  return n;
}

function recheckRange(r: Recheck, p: Prepared, r0: number, r1: number): number {
  const { src } = r;
  const values = readRows(src, r0, r1);
  const current = r.status && src.statusExists ? src.sheet.getRange(r0, src.statusCol, r1 - r0 + 1, 1).getValues().map(([v]) => String(v ?? '')) : [];
  const count = { value: limitCount(src, r0, p.planner) };
  const statuses: string[] = [];
  const marks: Array<Map<number, CellMark> | null> = [];
  values.forEach((row: CellValue[], i) => {
    const line = r0 + i;
    const vr = p.validator.readRow(row, line);
    if (!vr) {
      statuses.push('');
      marks.push(null);
      return;
    }
    const d = planOne(vr, rowFingerprintOf(row, p.fieldsByCol), p.planner, count);
    const planned = plannedStatus(toPlanned(d, vr, warningsOf(vr), p.planner.contactsTab));
    statuses.push(r.status ? r.status(planned, d, current[i] ?? '', line) : planned);
    marks.push(marksFor(vr, d, p.fieldsByCol));
  });
  paintRows(src, r0, marks);
  writeStatuses(src, r0, statuses);
  return values.length;
}

/**
 * The record limit's running count before line r0, as Check counted it: the start count plus the rows above whose
 * status is a planned action that takes a place (1 read of the status column; none without a limit).
 */
function limitCount(src: SourceInfo, r0: number, planner: Planner): number {
  const start = limitStart(planner);
  if (planner.settings.recordLimit === undefined || r0 <= src.firstRow || !src.statusExists) return start;
  const above = src.sheet.getRange(src.firstRow, src.statusCol, r0 - src.firstRow, 1).getValues();
  let n = start;
  for (const [s] of above) {
    const kind = parsePlannedStatus(s);
    if (kind === 'create' || (!planner.contactsTab && (kind === 'ready' || kind === 'update'))) n++;
  }
  return n;
}
