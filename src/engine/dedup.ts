// Match keys: the normalized value a contact is matched on, inside the sheet (duplicates) and against a
// destination (create vs update). Emails compare in lower case, phones by their E.164 number without the
// extension, Contact ID and External ID exactly (trimmed by the reader).
import { phoneKey } from './formats';
import type { ContactValue, Issue, MatchKey, ValidatedRow } from './types';

/** The normalized match value of a contact's field, or null when the field holds nothing to match on. */
export function matchValue(key: MatchKey, v: ContactValue | undefined): string | null {
  if (typeof v !== 'string' || !v) return null;
  if (key === 'email') return v.toLowerCase();
  // A normalized phone is "+<digits>", maybe followed by " ext. <digits>": without a space it is its own key.
  if (key === 'phone') return v.indexOf(' ') === -1 ? v : phoneKey(v);
  return v;
}

/**
 * The duplicate check's memory: for each normalized match value, the line of the first row that holds it.
 * A Map by default; a caller that validates millions of rows can give a compact index instead (the CLI hashes
 * the values). Saving and restoring it (DuplicateCheck.export / import) needs the default Map.
 */
export interface SeenIndex {
  get(key: string): number | undefined;
  set(key: string, line: number): void;
}

/** A match key's column, and the first line of each value seen in it. */
export interface MatchColumn {
  key: MatchKey;
  column: string;
  col: number;
  label: string;
  seen: SeenIndex;
}

/** Issues in the order a row lists them: row issues first, then by column. */
export function byColumn(a: Issue, b: Issue): number {
  return (a.col ?? -1) - (b.col ?? -1);
}

/** The issue of a row (at `line`) whose value `v` in match column `m` was first held by line `first`. */
export function duplicateIssue(m: Omit<MatchColumn, 'seen'>, line: number, v: ContactValue, first: number): Issue {
  const what = m.key === 'email' ? 'email' : m.key === 'phone' ? 'phone' : m.label;
  return {
    line,
    column: m.column,
    field: m.key,
    severity: 'error',
    code: 'duplicate_in_sheet',
    message: `Duplicate ${what} found: ${JSON.stringify(String(v))} is a duplicate of line ${first}, matched on ${m.label}. Keep one row per contact: remove this row or merge it into line ${first}.`,
    col: m.col,
  };
}

/**
 * The duplicate check inside the sheet: the first importable row holding a match value owns it; a later row with
 * the same value (on any match key, in matchOn order) fails as its duplicate. Its memory can be saved and restored
 * across executions (export / import).
 */
export class DuplicateCheck {
  /** Per match key: the row's normalized value, while a row is checked. */
  private readonly norm: Array<string | null>;

  /** `cols`: per matchOn key (in order), its column, or null when it is not mapped. */
  constructor(
    private readonly matchOn: readonly MatchKey[],
    private readonly cols: ReadonlyArray<MatchColumn | null>,
  ) {
    this.norm = cols.map(() => null);
  }

  /** Per matchOn key (in order), its column and memory, or null when it is not mapped. */
  get columns(): ReadonlyArray<MatchColumn | null> {
    return this.cols;
  }

  /** Checks a row against the earlier ones (rows must come in sheet order): a duplicate fails, with its issue. */
  check(vr: ValidatedRow): void {
    const mc = this.cols;
    const norm = this.norm;
    let anyKey = false;
    for (let i = 0; i < mc.length; i++) {
      norm[i] = null;
      const m = mc[i];
      if (!m) continue;
      const v = vr.contact[m.key];
      if (v === undefined) continue;
      const k = matchValue(m.key, v);
      if (k === null) continue;
      norm[i] = k;
      anyKey = true;
      const first = m.seen.get(k);
      if (first !== undefined) {
        const issue = duplicateIssue(m, vr.line, v, first);
        vr.issues.push(issue);
        if (vr.issues.length > 1) vr.issues.sort(byColumn);
        vr.result = 'failure';
        vr.duplicateOf = { line: first, matchedOn: m.key };
        return;
      }
    }
    if (vr.result === 'failure' || !anyKey) return;
    for (let i = 0; i < mc.length; i++) {
      const k = norm[i];
      if (k !== null) mc[i]!.seen.set(k, vr.line);
    }
  }

  /**
   * The duplicate check's memory of the rows whose lines are in [from, to]: for each match key, the first line of
   * each normalized value. A run that works in several executions saves it as it goes (in pieces, each a delta)
   * and hands the pieces to restore() in the next execution, instead of validating every earlier row again.
   * The seen values of a line come only from that line, so a slice by line is exact.
   */
  save(from = -Infinity, to = Infinity): string {
    const s = this.cols.map((m) => {
      if (!m) return null;
      const flat: Array<string | number> = [];
      if (!(m.seen instanceof Map)) throw new Error('exportSeen needs the default duplicate index (a Map).');
      for (const [k, line] of m.seen as Map<string, number>) if (line >= from && line <= to) flat.push(k, line);
      return flat;
    });
    return JSON.stringify({ v: 1, layout: this.layout(), s });
  }

  /**
   * Restores the memory saved by save() (one or more pieces, in any order). All or nothing: when a piece is
   * unreadable or was saved for another column layout (other match keys, other columns), it throws and changes
   * nothing. Rows read afterwards must come after the saved lines, in sheet order.
   */
  restore(pieces: readonly string[]): void {
    const layout = this.layout();
    const parsed = pieces.map((p) => {
      const o = JSON.parse(p) as { v?: unknown; layout?: unknown; s?: unknown };
      if (!o || o.v !== 1 || o.layout !== layout || !Array.isArray(o.s) || o.s.length !== this.cols.length) {
        throw new Error('The saved duplicate-check state does not fit this sheet\'s columns.');
      }
      const s = o.s as Array<Array<string | number> | null>;
      s.forEach((flat, i) => {
        if ((flat === null) !== (this.cols[i] === null)) throw new Error('The saved duplicate-check state does not fit this sheet\'s columns.');
        if (flat && (!Array.isArray(flat) || flat.length % 2 !== 0)) throw new Error('The saved duplicate-check state is unreadable.');
        if (flat) for (let j = 0; j < flat.length; j += 2) {
          if (typeof flat[j] !== 'string' || typeof flat[j + 1] !== 'number') throw new Error('The saved duplicate-check state is unreadable.');
        }
      });
      return s;
    });
    for (const s of parsed) {
      s.forEach((flat, i) => {
        const m = this.cols[i];
        if (!flat || !m) return;
        for (let j = 0; j < flat.length; j += 2) {
          const k = flat[j] as string;
          const line = flat[j + 1] as number;
          const cur = m.seen.get(k);
          if (cur === undefined || line < cur) m.seen.set(k, line);
        }
      });
    }
  }

  /** What the saved memory depends on: the match keys in order, and the column each is read from. */
  private layout(): string {
    return this.cols.map((m, i) => (m ? `${m.key}@${m.col}` : `${this.matchOn[i]}@-`)).join(',');
  }
}
