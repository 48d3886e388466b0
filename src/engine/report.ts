// Report text and JSON for a validation: the CLI's output (a readable summary, the --json document, or one
// --ndjson object per row). The JSON of an issue is the engine's Issue as it is, without the internal column
// index, so a field added to Issue reaches every JSON output without a change here.
import { fieldLabel } from './fields';
import type { Contact, CustomField, Issue, Mapping, RowResult, Severity, ValidatedRow, ValidationSummary } from './types';

export interface ValidationOutput {
  mapping: Mapping;
  summary: ValidationSummary;
  rows: ValidatedRow[];
  problems?: string[];
}

/** An issue as the JSON outputs print it: every field of the Issue but the internal column index. */
export type IssueJson = Omit<Issue, 'col'>;

export interface RowJson {
  line: number;
  result: RowResult;
  issues: IssueJson[];
  contact: Contact;
}

/**
 * The CLI's --json document: exactly {mapping, summary, rows: [{line, result, issues, contact}]}. An issue whose cell
 * Fix can correct carries `suggestion: {kind, from, to, confidence, message}`.
 */
export interface ValidationJson {
  mapping: Mapping;
  summary: ValidationSummary;
  rows: RowJson[];
}

export function issueJson(i: Issue): IssueJson {
  const { col: _col, ...rest } = i;
  return rest;
}

export function rowJson(row: ValidatedRow): RowJson {
  return { line: row.line, result: row.result, issues: row.issues.map(issueJson), contact: row.contact };
}

/** The document's head, in its key order: {mapping, summary} (rows follow in the --json document). */
export function summaryJson(mapping: Mapping, s: ValidationSummary): { mapping: Mapping; summary: ValidationSummary } {
  return { mapping: { ...mapping }, summary: { total: s.total, success: s.success, warning: s.warning, failure: s.failure } };
}

export function validationJson(r: ValidationOutput): ValidationJson {
  return { ...summaryJson(r.mapping, r.summary), rows: r.rows.map(rowJson) };
}

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

/** "Line 7, Email: Invalid email address ..." (row issues have no column: "Line 7: ..."). */
export function issueLine(i: Pick<Issue, 'line' | 'column' | 'message'>): string {
  return `Line ${i.line}${i.column ? `, ${i.column}` : ''}: ${i.message}`;
}

/** The problems of one column and kind: how many, and the first few. */
export interface ProblemGroup {
  severity: Severity;
  /** null for a row-level problem. */
  column: string | null;
  code: string;
  count: number;
  /** The first issues, in line order (at most the collector's perGroup). */
  first: Issue[];
}

/**
 * The problems of a validation, grouped by severity, column and kind (code), in order of first appearance. Keeps
 * every count but only the first `perGroup` issues of each group, so its memory does not grow with the rows.
 */
export class ProblemGroups {
  errors = 0;
  warnings = 0;
  /** By column index (-1 for row issues) and severity, then by code: in order of first appearance. */
  private readonly byPlace = new Map<number, Map<string, ProblemGroup>>();
  private readonly order: ProblemGroup[] = [];

  constructor(readonly perGroup: number) {}

  add(issues: readonly Issue[]): void {
    for (let k = 0; k < issues.length; k++) {
      const i = issues[k];
      this.count(this.group(i.severity, i.column, i.code, i.col), i);
    }
  }

  /** The group of an issue of this severity, column and code (a new group comes last in the order). */
  group(severity: Severity, column: string | null, code: string, col: number | undefined): ProblemGroup {
    const place = ((col ?? -1) + 1) * 2 + (severity === 'error' ? 1 : 0);
    let codes = this.byPlace.get(place);
    if (!codes) this.byPlace.set(place, (codes = new Map<string, ProblemGroup>()));
    let g = codes.get(code);
    if (!g) {
      g = { severity, column, code, count: 0, first: [] };
      codes.set(code, g);
      this.order.push(g);
    }
    return g;
  }

  /**
   * Counts one issue of group `g`, keeping it while the group lists fewer than perGroup (`full(g)` says when it is
   * no longer kept, so a caller that has the issue only in a compact form needs to build it only before).
   */
  count(g: ProblemGroup, issue: Issue | undefined): void {
    if (g.severity === 'error') this.errors++;
    else this.warnings++;
    g.count++;
    if (g.first.length < this.perGroup) {
      if (!issue) throw new Error(`The problem group ${g.code} needs its issue.`);
      g.first.push(issue);
    }
  }

  /** True when group `g` keeps no more issues. */
  full(g: ProblemGroup): boolean {
    return g.first.length >= this.perGroup;
  }

  list(): ProblemGroup[] {
    return this.order.slice();
  }

  /** Every row's issues collected, keeping all of them (perGroup unbounded). */
  static of(rows: readonly ValidatedRow[], perGroup = Infinity): ProblemGroups {
    const g = new ProblemGroups(perGroup);
    for (const r of rows) g.add(r.issues);
    return g;
  }
}

export interface ReportOptions {
  /** Shown in the title, e.g. the file name. */
  source?: string;
  customFields?: readonly CustomField[];
  /** Show the mapping (default true). */
  showMapping?: boolean;
  /**
   * Applied to every piece of text that comes from the user's file or settings (names, headers, messages) before
   * it is printed: the CLI escapes control characters with it. Default: unchanged.
   */
  text?: (s: string) => string;
}

export interface ReportInput {
  mapping: Mapping;
  summary: ValidationSummary;
  problems?: readonly string[];
  groups: ProblemGroups;
}

/**
 * A readable summary: the counts, the mapping, then the problems grouped by column and kind, each group with its
 * count and its first lines ("Error    Line 7, Email: ...").
 */
export function formatReport(r: ReportInput, opts: ReportOptions = {}): string {
  const t = opts.text ?? ((s: string) => s);
  const out: string[] = [];
  const s = r.summary;
  out.push(`${opts.source ? `${t(opts.source)}: ` : ''}${plural(s.total, 'row')} checked`);
  out.push(`  Success: ${s.success}`);
  out.push(`  Warning: ${s.warning}   (imported, with a field skipped or doubtful)`);
  out.push(`  Failure: ${s.failure}   (not imported until fixed)`);

  if (opts.showMapping !== false) {
    out.push('', 'Columns:');
    const entries = Object.entries(r.mapping).map(([h, f]) => [t(h), f] as const);
    const w = Math.min(40, Math.max(0, ...entries.map(([h]) => h.length)));
    for (const [h, f] of entries) {
      out.push(`  ${h.padEnd(w)}  -> ${f ? `${t(fieldLabel(f, opts.customFields))} (${t(f)})` : "Don't import"}`);
    }
  }

  if (r.problems && r.problems.length) {
    out.push('', 'Mapping problems:');
    for (const p of r.problems) out.push(`  ${t(p)}`);
  }

  const g = r.groups;
  const groups = g.list();
  if (groups.length) {
    const per = g.perGroup === Infinity ? '' : `, at most ${plural(g.perGroup, 'line')} each`;
    out.push('', `Problems (${plural(g.errors, 'error')}, ${plural(g.warnings, 'warning')}) in ${plural(groups.length, 'group')} by column and kind${per}:`);
    let hidden = 0;
    for (const p of groups) {
      out.push('', `${p.column === null ? 'Row' : t(p.column)}: ${p.code} (${plural(p.count, p.severity)})`);
      for (const i of p.first) out.push(`  ${i.severity === 'error' ? 'Error  ' : 'Warning'}  ${t(issueLine(i))}`);
      if (p.count > p.first.length) {
        out.push(`  ... and ${p.count - p.first.length} more`);
        hidden += p.count - p.first.length;
      }
    }
    if (hidden) out.push('', `${plural(hidden, 'problem')} not listed: raise --max-problems, or use --json or --ndjson for every one of them.`);
  } else if (s.total) {
    out.push('', 'No problems found.');
  }
  return out.join('\n') + '\n';
}
