// .xlsx reading benchmark (issue 17): the project's one reader (testbed/ooxml/) on a generated workbook of 100,000
// rows x 15 columns (validate.bench's realistic mix, saved by saveXlsx: shared strings, numbers, dates, booleans).
//
// - `xlsx-stream`: `validate`'s path, streamXlsxSheet over every row. Its FLOOR, measured in the same process: the
//   same worksheet and shared-strings parts only unpacked (inflated and decoded to text), the least any reader
//   must do. Peak: the heap's growth while the rows stream (sampled every 1,000 rows, nothing kept), which stays
//   flat however long the sheet is.
// - `xlsx-load`: `run`'s path, loadXlsx into a test-bed workbook. Its PEER: exceljs reading the same file (the
//   reader both commands used before). Peak: the heap's growth with the loaded workbook alive.
//
// Timing: best of 3 runs of each, after a warm-up.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { streamXlsxSheet } from '../cli/xlsx';
import { loadXlsx, saveXlsx, workbookFromRows } from '../testbed';
import { ZipArchive } from '../testbed/ooxml/zip';
import { generate, HEADERS } from './validate.bench';
import type { BenchResult } from './types';

const ROWS = 100_000;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function best(n: number, fn: () => Promise<unknown>): Promise<number> {
  let t = Infinity;
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    t = Math.min(t, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return t;
}

/** Inflates and decodes the parts a sheet read needs, keeping nothing: the least work of any reader. */
async function unpackOnly(file: string): Promise<number> {
  const zip = await ZipArchive.open(file, Infinity);
  let chars = 0;
  try {
    for (const part of ['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']) {
      const dec = new TextDecoder('utf-8');
      for await (const chunk of zip.stream(part)) chars += dec.decode(chunk, { stream: true }).length;
    }
  } finally {
    await zip.close();
  }
  return chars;
}

export default async function xlsxBench(): Promise<BenchResult[]> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-xlsx-'));
  try {
    const file = path.join(dir, 'book.xlsx');
    await saveXlsx(workbookFromRows({ Leads: [HEADERS, ...generate(ROWS).rows] }), file);
    const fileMB = mb(fs.statSync(file).size);
    gc?.();

    // Warm-up.
    await unpackOnly(file);
    for await (const _ of (await streamXlsxSheet(file, {})).rows) void _;

    let streamPeak = 0;
    let rowsRead = 0;
    const floor = await best(3, () => unpackOnly(file));
    const stream = await best(3, async () => {
      gc?.();
      const base = process.memoryUsage().heapUsed;
      rowsRead = 0;
      for await (const _ of (await streamXlsxSheet(file, {})).rows) {
        if (++rowsRead % 1000 === 0) streamPeak = Math.max(streamPeak, process.memoryUsage().heapUsed - base);
      }
    });

    let loadPeak = 0;
    let peerPeak = 0;
    const load = await best(3, async () => {
      gc?.();
      const base = process.memoryUsage().heapUsed;
      const wb = await loadXlsx(file);
      loadPeak = Math.max(loadPeak, process.memoryUsage().heapUsed - base);
      if (wb.sheets[0].lastRow() !== ROWS + 1) throw new Error('xlsx bench: the workbook did not load whole');
    });
    const peer = await best(3, async () => {
      gc?.();
      const base = process.memoryUsage().heapUsed;
      const x = new ExcelJS.Workbook();
      await x.xlsx.readFile(file);
      peerPeak = Math.max(peerPeak, process.memoryUsage().heapUsed - base);
    });

    return [
      {
        name: 'xlsx-stream',
        rows: rowsRead,
        columns: HEADERS.length,
        fileMB,
        seconds: Math.round(stream * 1000) / 1000,
        rowsPerSec: Math.round(rowsRead / stream),
        peakMB: mb(streamPeak),
        peakKind: 'heap growth while streaming, sampled every 1,000 rows',
        ratio: Math.round((stream / floor) * 100) / 100,
        floorSeconds: Math.round(floor * 1000) / 1000,
        floor: 'unpacking the sheet and shared strings only',
      },
      {
        name: 'xlsx-load',
        rows: ROWS + 1,
        columns: HEADERS.length,
        fileMB,
        seconds: Math.round(load * 1000) / 1000,
        rowsPerSec: Math.round((ROWS + 1) / load),
        peakMB: mb(loadPeak),
        peakKind: 'heap growth with the loaded workbook alive',
        ratio: Math.round((load / peer) * 100) / 100,
        floorSeconds: Math.round(peer * 1000) / 1000,
        floor: 'peer: exceljs reading the same file',
        peerPeakMB: mb(peerPeak),
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
