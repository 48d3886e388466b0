// Report text and JSON for a validation: the CLI's output (readable summary, or the exact --json shape).
import { fieldLabel } from './fields';
import type { Contact, CustomField, Issue, Mapping, RowResult, ValidatedRow, ValidationSummary } from './types';

export interface ValidationOutput {
  mapping: Mapping;
  summary: ValidationSummary;
  rows: ValidatedRow[];
  problems?: string[];
}

/**
 * The CLI's --json document: exactly {mapping, summary, rows: [{line, result, issues, contact}]}. An issue whose cell
 * Fix can correct carries `suggestion: {kind, from, to, confidence, message}`.
 */
export interface ValidationJson {
  mapping: Mapping;
  summary: { total: number; success: number; warning: number; failure: number };
  rows: Array<{
    line: number;
    result: RowResult;
    issues: Array<Pick<Issue, 'line' | 'column' | 'field' | 'severity' | 'code' | 'message' | 'suggestion'>>;
    contact: Contact;
  }>;
}

export function validationJson(r: ValidationOutput): ValidationJson {
  return {
    mapping: { ...r.mapping },
    summary: { total: r.summary.total, success: r.summary.success, warning: r.summary.warning, failure: r.summary.failure },
    rows: r.rows.map((row) => ({
      line: row.line,
      result: row.result,
      issues: row.issues.map((i) => ({
        line: i.line,
        column: i.column,
        field: i.field,
        severity: i.severity,
        code: i.code,
        message: i.message,
        ...(i.suggestion ? { suggestion: { ...i.suggestion } } : {}),
      })),
      contact: row.contact,
    })),
  };
}

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

/** "Line 7, Email: Invalid email address ..." (row issues have no column: "Line 7: ..."). */
export function issueLine(i: Pick<Issue, 'line' | 'column' | 'message'>): string {
  return `Line ${i.line}${i.column ? `, ${i.column}` : ''}: ${i.message}`;
}

export interface ReportOptions {
  /** Shown in the title, e.g. the file name. */
  source?: string;
  customFields?: readonly CustomField[];
  /** Show the mapping (default true). */
  showMapping?: boolean;
  /** Show at most this many problem lines (default: all). */
  maxProblems?: number;
}

/** A readable summary: the counts, the mapping, then the problems by line (errors and warnings). */
export function formatReport(r: ValidationOutput, opts: ReportOptions = {}): string {
  const out: string[] = [];
  const s = r.summary;
  out.push(`${opts.source ? `${opts.source}: ` : ''}${plural(s.total, 'row')} checked`);
  out.push(`  Success: ${s.success}`);
  out.push(`  Warning: ${s.warning}   (imported, with a field skipped or doubtful)`);
  out.push(`  Failure: ${s.failure}   (not imported until fixed)`);

  if (opts.showMapping !== false) {
    out.push('', 'Columns:');
    const entries = Object.entries(r.mapping);
    const w = Math.min(40, Math.max(0, ...entries.map(([h]) => h.length)));
    for (const [h, f] of entries) {
      out.push(`  ${h.padEnd(w)}  -> ${f ? `${fieldLabel(f, opts.customFields)} (${f})` : "Don't import"}`);
    }
  }

  if (r.problems && r.problems.length) {
    out.push('', 'Mapping problems:');
    for (const p of r.problems) out.push(`  ${p}`);
  }

  const issues: Issue[] = [];
  for (const row of r.rows) for (const i of row.issues) issues.push(i);
  if (issues.length) {
    const errors = issues.filter((i) => i.severity === 'error').length;
    out.push('', `Problems by line (${plural(errors, 'error')}, ${plural(issues.length - errors, 'warning')}):`);
    const max = opts.maxProblems ?? Infinity;
    let shown = 0;
    for (const i of issues) {
      if (shown >= max) break;
      out.push(`  ${i.severity === 'error' ? 'Error  ' : 'Warning'}  ${issueLine(i)}`);
      shown++;
    }
    if (issues.length > shown) out.push(`  ... and ${issues.length - shown} more (use --json for all of them)`);
  } else if (s.total) {
    out.push('', 'No problems found.');
  }
  return out.join('\n') + '\n';
}
