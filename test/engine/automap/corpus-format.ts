// The auto-mapping corpus: real header sets from public exports, fixtures and hand-made lists, each with the
// mapping a person would choose and, where known, sample values shaped like the file's own (the values are made
// up: no personal data from the sources is copied here).
//
// A set is written as a table, one column a line:   header | field | sample 1 | sample 2 | ...
// "-" is "not imported" (null). An empty header (a file without a header row) is written as "" before the bar.
// Lines starting with "#" are comments.
import type { CellValue, FieldKey } from '../../../src/engine/types';

export interface CorpusSet {
  id: string;
  /** "tune": the part the lexicon and rules were built on; "heldout", "heldout2": never tuned on, measured only. */
  part: 'tune' | 'heldout' | 'heldout2' | 'heldout3' | 'heldout4' | 'heldout5' | 'heldout6' | 'heldout7' | 'heldout8' | 'heldout9' | 'heldout10' | 'heldout11' | 'heldout12' | 'heldout13' | 'heldout14' | 'heldout15' | 'heldout16' | 'heldout17' | 'heldout18' | 'heldout19' | 'heldout20' | 'heldout21' | 'heldout22' | 'heldout23' | 'heldout24' | 'heldout25' | 'heldout26' | 'heldout27' | 'heldout28' | 'heldout29' | 'heldout30' | 'heldout31' | 'heldout32' | 'heldout33' | 'heldout34' | 'heldout35' | 'heldout36' | 'heldout38';
  /** What kind of file, for the report: a vendor export, an importer fixture or a hand-made list. */
  kind: string;
  /** en, es, pt, fr, de, it, nl, or mixed. */
  lang: string;
  /** Where the header set comes from: "github:owner/repo path", a documentation URL, or the public code index. */
  source: string;
  /** ISO country for phone numbers written without +country code (settings' defaultCountry). Default US. */
  defaultCountry?: string;
  /** Rows above the header row (title lines, blank lines), when the file has them. */
  above?: string[][];
  /** The file has no header row: its first line is data. */
  noHeader?: boolean;
  headers: string[];
  expected: (FieldKey | null)[];
  /** Sample rows under the headers (cells in header order). */
  rows: string[][];
}

export function corpusSet(meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows'>, table: string): CorpusSet {
  const headers: string[] = [];
  const expected: (FieldKey | null)[] = [];
  const columns: string[][] = [];
  for (const raw of table.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 2) throw new Error(`${meta.id}: a corpus line needs "header | field": ${line}`);
    const header = cells[0] === '""' ? '' : cells[0];
    headers.push(header);
    expected.push(cells[1] === '-' ? null : (cells[1]));
    columns.push(cells.slice(2).map((c) => (c === '""' ? '' : c)));
  }
  const height = Math.max(0, ...columns.map((c) => c.length));
  const rows = Array.from({ length: height }, (_, r) => columns.map((c) => c[r] ?? ''));
  return { ...meta, headers, expected, rows };
}

/** A set with a first column the table format cannot hold (a header "#": a line starting with "#" is a comment there). */
export function withFirstColumn(header: string, field: CorpusSet['expected'][number], values: string[], s: CorpusSet): CorpusSet {
  return {
    ...s,
    headers: [header, ...s.headers],
    expected: [field, ...s.expected],
    rows: s.rows.map((r, i) => [values[i] ?? '', ...r]),
  };
}

export interface Score {
  columns: number;
  predicted: number;
  relevant: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Precision, recall and F1 over all columns. A column counts as predicted when it is mapped to a field, relevant
 * when its expected field is not null, and correct when both are the same field.
 */
export function score(pairs: Array<{ expected: (FieldKey | null)[]; got: (FieldKey | null)[] }>): Score {
  let columns = 0;
  let predicted = 0;
  let relevant = 0;
  let correct = 0;
  for (const { expected, got } of pairs) {
    expected.forEach((e, i) => {
      columns++;
      const g = got[i] ?? null;
      if (g) predicted++;
      if (e) relevant++;
      if (e && g === e) correct++;
    });
  }
  const precision = predicted ? correct / predicted : 1;
  const recall = relevant ? correct / relevant : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { columns, predicted, relevant, correct, precision, recall, f1 };
}

/** Maps a corpus set as the CLI reads a file: the header row is found first, then the columns are mapped. */
export function mapCorpusSet(s: CorpusSet, engine: {
  locateHeaders: (rows: CellValue[][], o: { defaultCountry?: string }) => { headerRow: number; headers: CellValue[]; rows: CellValue[][] };
  columnKeys: (h: readonly CellValue[]) => string[];
  suggestMapping: (keys: string[], o: { sampleRows: CellValue[][]; defaultCountry?: string }) => Array<{ field: FieldKey | null; confidence: number; basis?: string; reason?: string }>;
}) {
  const file: CellValue[][] = [...(s.above ?? []), ...(s.noHeader ? [] : [s.headers]), ...s.rows].map((r) => r.slice());
  const loc = engine.locateHeaders(file, { defaultCountry: s.defaultCountry });
  const width = s.headers.length;
  const headers = loc.headers.concat(new Array<CellValue>(width).fill('')).slice(0, width);
  const keys = engine.columnKeys(headers);
  const suggestions = engine.suggestMapping(keys, { sampleRows: loc.rows.slice(0, 20), defaultCountry: s.defaultCountry });
  return { headerRow: loc.headerRow, fields: suggestions.map((x) => x.field), suggestions };
}

/** The header row the set's file has: 0 without one, else under the rows above it. */
export function expectedHeaderRow(s: CorpusSet): number {
  return s.noHeader ? 0 : (s.above?.length ?? 0) + 1;
}
