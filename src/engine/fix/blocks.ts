// Batched writes: the cells a fix (or its undo) writes, gathered into column blocks so the writer makes one
// setValues call (and one setNumberFormats call when formats change) per block instead of one per cell.
//
// A block covers consecutive lines of one column. Between two written cells it also covers the cells in between
// ("fillers") when the gap is at most `maxGap`: a filler is written back as exactly what it holds (text with the
// apostrophe rule of write.ts, numbers, booleans and dates as themselves, empty as empty) and its number format is
// kept, so it does not change. A formula cell is never a filler (writing its formula back would be touching it):
// it ends the block. With maxGap 0 only the written cells are touched.
//
// Why fillers: under the Apps Script cost model a write call costs as much as rewriting ~65 cells
// (writeCallMs 10 / writeCellMs 0.15 in /work/shared/apps-script-costs.json), and fixable cells are scattered: one
// call per cell would not fit 10% of a 10,000 x 15 sheet in one execution. maxGapFor(costs) gives the break-even gap.
import type { CellValue } from '../types';
import { textEntry, type CellEntry } from './write';

/** One cell to write: its line, 0-based column, and entry (write.ts entryFor / restoreEntry). */
export interface PlannedWrite {
  line: number;
  col: number;
  entry: CellEntry;
}

/** A cell as the writer read it before writing: value, number format and formula ('' when none). */
export interface GridCell {
  value: CellValue;
  numberFormat: string;
  formula: string;
}

/** One range to write: rows firstLine.. of column `col` (0-based). Set numberFormats first (when not null), then values. */
export interface WriteBlock {
  col: number;
  firstLine: number;
  values: CellValue[];
  numberFormats: string[] | null;
}

/** The largest gap worth covering with fillers: a new block's write calls cost more than rewriting the gap. */
export function maxGapFor(costs: { writeCallMs: number; writeCellMs: number }): number {
  return costs.writeCellMs > 0 ? Math.floor(costs.writeCallMs / costs.writeCellMs) : Infinity;
}

/** maxGapFor the cost model's figures at the time of writing (10 ms a call, 0.15 ms a cell), rounded down. */
export const DEFAULT_MAX_GAP = 60;

/**
 * The blocks that write `writes` (one per cell: a later write of the same cell wins), reading the cells of each
 * block from `grid` (the fillers' values, the number formats kept). Blocks come by column, then line.
 */
export function planWriteBlocks(writes: readonly PlannedWrite[], grid: (line: number, col: number) => GridCell, maxGap = DEFAULT_MAX_GAP): WriteBlock[] {
  const byCol = new Map<number, Map<number, CellEntry>>();
  for (const w of writes) {
    let m = byCol.get(w.col);
    if (m === undefined) byCol.set(w.col, (m = new Map<number, CellEntry>()));
    m.set(w.line, w.entry);
  }
  const blocks: WriteBlock[] = [];
  for (const col of Array.from(byCol.keys()).sort((a, b) => a - b)) {
    const cells = byCol.get(col)!;
    const lines = Array.from(cells.keys()).sort((a, b) => a - b);
    let cur: { firstLine: number; entries: CellEntry[]; formats: string[]; anyFormat: boolean } | null = null;
    const close = () => {
      if (cur === null) return;
      blocks.push({ col, firstLine: cur.firstLine, values: cur.entries.map((e) => e.value), numberFormats: cur.anyFormat ? cur.formats : null });
      cur = null;
    };
    let last = -1;
    for (const line of lines) {
      const entry = cells.get(line)!;
      if (cur !== null) {
        const gap = line - last - 1;
        const fillers: Array<{ entry: CellEntry; format: string }> = [];
        if (gap <= maxGap) {
          for (let l = last + 1; l < line; l++) {
            const g = grid(l, col);
            if (g.formula) break;
            fillers.push({ entry: { value: fillerValue(g), numberFormat: null }, format: g.numberFormat });
          }
        }
        if (gap <= maxGap && fillers.length === gap) {
          for (const f of fillers) {
            cur.entries.push(f.entry);
            cur.formats.push(f.format);
          }
        } else close();
      }
      if (cur === null) cur = { firstLine: line, entries: [], formats: [], anyFormat: false };
      cur.entries.push(entry);
      cur.formats.push(entry.numberFormat ?? grid(line, col).numberFormat);
      if (entry.numberFormat !== null) cur.anyFormat = true;
      last = line;
    }
    close();
  }
  return blocks;
}

/** What a filler is written back as, so that it holds exactly what it held. */
function fillerValue(g: GridCell): CellValue {
  const v = g.value;
  if (typeof v === 'string') return textEntry(v, g.numberFormat);
  if (v === null || v === undefined) return '';
  return v;
}
