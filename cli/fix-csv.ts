// contact-import fix FILE.csv --out OUT.csv: the CSV file fixed, streaming (any length, in bounded memory): rows are
// read (cli/csv), fixed a batch at a time with the engine's suggestions (engine/fix), checked again for the exit code,
// and written to OUT.csv in the file's own delimiter, encoding (with its byte order mark, if it had one) and line
// ends (cli/csv/write.ts, atomically through cli/atomic.ts). Cells nobody fixes are written as they were read.
//
// A batch's suggestions are made with the mapping of the first batch (auto-mapping reads the first 20 rows, as
// validate does), so every row is read alike. A name split inserts its two columns in every row. What the fix writes
// is made safe to open in a spreadsheet (a value that would start a formula gets a leading apostrophe); what it
// cannot write is left as it was and counted: a value longer than a cell holds, or one the file's encoding (such
// as Windows-1252) has no character for.
import { detectHeaderRow, HEADER_SEARCH_ROWS } from '../src/engine/automap';
import { fixChanges, suggestFixes, type FixKind, type NameSplitPlan, type Suggestion } from '../src/engine/fix';
import { isEmptyCell } from '../src/engine/formats/text';
import type { Mapping, Settings } from '../src/engine/types';
import { SheetValidator } from '../src/engine/validate';
import { UsageError } from './args';
import { encodable } from './csv/decode';
import { csvRows, type Peeked } from './csv/read';
import { EncodedCsvWriter, sheetSafe } from './csv/write';
import type { ChangeLog, FixOutcome } from './fix-output';
import type { ByteSource } from './input';
import { LIMITS } from './limits';
import { STREAM_VALIDATOR } from './validate';

/** Data rows fixed at a time (the first batch holds the sample rows auto-mapping reads). */
const BATCH_ROWS = 2000;

export interface CsvFixOptions {
  file: string;
  out: string;
  settings: Settings;
  /** The settings file set a header row (else it is found, as validate does). */
  headerRowSet: boolean;
  only?: readonly FixKind[];
  includeReview: boolean;
}

export async function fixCsvFile(src: ByteSource, first: Peeked, o: CsvFixOptions, log: ChangeLog): Promise<FixOutcome> {
  const csv = await csvRows(src, o.file, first, /\.tsv$/i.test(o.file) ? { delimiter: '\t' } : {});
  const it = csv.rows[Symbol.asyncIterator]();
  const ahead: string[][] = [];
  let h = o.settings.headerRow;
  if (!o.headerRowSet) {
    while (ahead.length < HEADER_SEARCH_ROWS) {
      const r = await it.next();
      if (r.done) break;
      ahead.push(r.value);
    }
    h = detectHeaderRow(ahead, { defaultCountry: o.settings.defaultCountry }).row;
  }
  const settings: Settings = { ...o.settings, headerRow: Math.max(h, 1) };
  const next = async (): Promise<IteratorResult<string[]>> => (ahead.length ? { value: ahead.shift()!, done: false } : it.next());

  let writer: EncodedCsvWriter | null = null;
  const write = async (row: readonly string[]) => {
    writer ??= new EncodedCsvWriter(o.out, { delimiter: csv.delimiter() ?? ',', encoding: csv.encoding, bom: csv.bom, lineEnd: csv.lineEnd });
    if (!writer.row(row)) await writer.drain();
  };
  const outcome: FixOutcome = { review: 0, skipped: 0, failures: 0 };
  let header: string[] | null = h === 0 ? [] : null;
  let mapping: Mapping | undefined = settings.mapping;
  let split: NameSplitPlan | null = null;
  let validator: SheetValidator | null = null;
  let batch: string[][] = [];
  let batchLine = 0;
  let line = 0;

  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    const firstLine = batchLine;
    batch = [];
    const res = suggestFixes({ headers: header!, rows, firstLine, settings, ...(mapping ? { mapping } : {}), ...(o.only ? { only: o.only } : {}) });
    if (!validator) {
      // The plan of the whole file, from its first batch: the mapping, and whether Name is split into two columns.
      mapping = res.mapping;
      split = o.includeReview && h > 0 ? res.nameSplit : null;
      const headers = [...header!];
      const plan: Mapping = { ...mapping };
      if (split) {
        headers.splice(split.insertAt, 0, ...split.headers);
        split.headers.forEach((hd, i) => (plan[hd] = split!.fields[i]));
      }
      validator = new SheetValidator(headers, settings, plan, undefined, STREAM_VALIDATOR);
      if (h > 0) await write(headers);
    }
    const approved: Suggestion[] = [];
    for (const s of res.suggestions) {
      if (s.kind === 'name' && !split) {
        if (s.confidence === 'review' && !o.includeReview) outcome.review++;
        continue;
      }
      if (s.confidence === 'review' && !o.includeReview) outcome.review++;
      else if (s.to.length > LIMITS.cellChars || !encodable(s.to, csv.encoding) || (s.parts && !encodable(s.parts.firstName + s.parts.lastName, csv.encoding))) outcome.skipped++;
      else approved.push(s);
    }
    const { changes } = fixChanges(approved, split);
    const out = split ? rows.map((r) => withColumns(r, split!.insertAt)) : rows;
    for (const c of changes) {
      const to = c.write.type === 'date' ? c.write.ymd : c.write.text;
      out[c.line - firstLine][c.col] = sheetSafe(to);
      if (!log.add({ line: c.line, column: c.column, kind: c.kind, from: c.from, to, confidence: c.confidence })) await log.drain();
    }
    for (let i = 0; i < out.length; i++) {
      const vr = validator.addRow(out[i], firstLine + i);
      if (vr && vr.result === 'failure') outcome.failures++;
      await write(out[i]);
    }
  };

  let done = false;
  try {
    for (let r = await next(); !r.done; r = await next()) {
      const row = r.value;
      line++;
      if (line < h) {
        await write(row);
        continue;
      }
      if (line === h) {
        if (row.every(isEmptyCell)) throw noHeader(o.file, h);
        header = row;
        continue;
      }
      if (!batch.length) batchLine = line;
      batch.push(row);
      if (batch.length >= BATCH_ROWS) await flush();
    }
    if (!header) throw noHeader(o.file, h);
    await flush();
    // A file with a header and no rows: the header alone.
    if (!writer) await write(header);
    await (writer as EncodedCsvWriter | null)?.commit();
    done = true;
  } finally {
    if (!done) {
      (writer as EncodedCsvWriter | null)?.abort();
      await it.return?.();
    }
  }
  return outcome;
}

/** A row with two empty cells at `at` (a name split's columns), padded to reach it. */
function withColumns(row: readonly string[], at: number): string[] {
  const r = [...row];
  while (r.length < at) r.push('');
  r.splice(at, 0, '', '');
  return r;
}

const noHeader = (file: string, h: number) =>
  new UsageError(`"${file}" has no header row at line ${h}; the header row names the columns (set headerRow in the settings if it is lower down).`);
