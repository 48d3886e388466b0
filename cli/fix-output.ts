// What `contact-import fix` reports: every change (line, column, kind, from, to, confidence) as the fix makes it,
// spooled for --json or kept (the first ones) for the readable summary; and the summary itself. Shared by the CSV
// and the .xlsx paths (cli/fix-csv.ts, cli/fix-xlsx.ts).
import { FIX_KINDS, fixCounts, fixCountsText, type FixConfidence, type FixCounts, type FixKind } from '../src/engine/fix';
import { JsonSpool } from './json-output';
import { writeOut } from './streams';
import { printable } from './terminal';

/** One cell the fix wrote, as --json prints it. */
export interface ChangeJson {
  line: number;
  column: string;
  kind: FixKind;
  from: string;
  to: string;
  confidence: FixConfidence;
}

/** What a fix did, beside its changes. */
export interface FixOutcome {
  /** The .xlsx sheet fixed. */
  sheet?: string;
  /** The batch's id in the workbook's History and undo journal (.xlsx). */
  fixId?: string | null;
  /** Suggestions of `review` confidence not applied (without --include-review). */
  review: number;
  /** Suggestions not written: a value too long for a cell, or one the file's encoding cannot hold. */
  skipped: number;
  /** Rows that still fail a check after the fix (the exit code's 1). */
  failures: number;
  /** The .xlsx: what the input held that the output does not keep. */
  notCarriedOver?: string[];
}

/** How many changes the readable summary lists. */
export const LISTED_CHANGES = 20;

/** Receives the changes as they are made: spooled for --json, the first few kept otherwise; counted per kind. */
export class ChangeLog {
  private readonly spool: JsonSpool | null;
  readonly first: ChangeJson[] = [];
  private readonly kinds: Array<Pick<ChangeJson, 'kind'>> = [];
  count = 0;

  constructor(json: boolean) {
    this.spool = json ? new JsonSpool('contact-import-changes.json') : null;
  }

  /** False when the caller should await drain(). */
  add(c: ChangeJson): boolean {
    this.count++;
    this.kinds.push({ kind: c.kind });
    if (this.first.length < LISTED_CHANGES) this.first.push(c);
    return this.spool ? this.spool.add(c) : true;
  }

  drain(): Promise<void> {
    return this.spool ? this.spool.drain() : Promise.resolve();
  }

  counts(): FixCounts {
    return fixCounts(this.kinds);
  }

  abort(): void {
    this.spool?.abort();
  }

  /** Writes the --json document ({file, out, …, changes: […]}) or the readable summary to `out`. */
  async finish(out: NodeJS.WritableStream, file: string, target: string, o: FixOutcome): Promise<void> {
    const counts = this.counts();
    const head = {
      file,
      out: target,
      ...(o.sheet !== undefined ? { sheet: o.sheet } : {}),
      ...(o.fixId !== undefined ? { fixId: o.fixId } : {}),
      changed: this.count,
      counts: Object.fromEntries(FIX_KINDS.map((k) => [k, counts[k]])),
      review: o.review,
      skipped: o.skipped,
      failures: o.failures,
      ...(o.notCarriedOver ? { notCarriedOver: o.notCarriedOver } : {}),
    };
    if (this.spool) return this.spool.finish(out, head, 'changes');
    const lines: string[] = [];
    const name = o.sheet !== undefined ? `"${o.sheet}" of ${file}` : file;
    lines.push(this.count ? `Fixed ${this.count} ${this.count === 1 ? 'cell' : 'cells'} of ${name}: ${fixCountsText(counts)}.` : `Nothing to fix in ${name}.`);
    for (const c of this.first) lines.push(`  Line ${c.line}, ${c.column}: ${show(c.from)} → ${show(c.to)} (${c.kind}${c.confidence === 'review' ? ', review' : ''})`);
    if (this.count > this.first.length) lines.push(`  … and ${this.count - this.first.length} more (--json lists every change).`);
    if (o.fixId) lines.push(`Recorded as fix ${o.fixId} in the History tab; Undo fixes in the add-on puts the cells back.`);
    if (o.review) lines.push(`${o.review} ${o.review === 1 ? 'suggestion' : 'suggestions'} to review ${o.review === 1 ? 'was' : 'were'} not applied: add --include-review to apply ${o.review === 1 ? 'it' : 'them'}.`);
    if (o.skipped) lines.push(`${o.skipped} ${o.skipped === 1 ? 'suggestion was' : 'suggestions were'} not applied: the value would not fit in a cell, or the file's encoding cannot hold it.`);
    if (o.failures) lines.push(`${o.failures} ${o.failures === 1 ? 'row still fails' : 'rows still fail'} a check: contact-import validate ${target} says why.`);
    if (o.notCarriedOver?.length) {
      lines.push(`Not carried over from ${file} to ${target}:`);
      for (const what of o.notCarriedOver) lines.push(`  ${what}`);
    }
    lines.push(`Wrote ${target}`);
    await writeOut(out, lines.map(printable).join('\n') + '\n');
  }
}

const show = (v: string) => (v === '' ? 'empty' : `"${v}"`);
