// "Export problem rows": a run's failed and skipped rows (not those already imported unchanged), with their original
// columns and an Error column, in a new tab, ready to fix and import again.
import { fitCell, MAX_CELL_CHARS } from './cells';
import { sheetRow } from './dates';
import { readBlock, runBlock } from './historytab';
import { openSource, readRows } from './source';
import { ensureSize, insertTab, PROBLEM_ROWS_TAB, problemTabName, sheetNamed } from './tabs';
import { UserError } from './errors';

export function exportProblemRows(runId?: string): { sheetName: string; rows: number } {
  {
    const { hist, block: b } = runBlock(runId);
    const lines = readBlock(hist, b.row).filter((l) => (l.result === 'Failure' || l.result === 'Skipped') && l.code !== 'already_imported');
    const book = SpreadsheetApp.getActiveSpreadsheet();
    const source = sheetNamed(book, b.sheet);
    if (!source) throw new UserError(`The sheet "${b.sheet}" that run ${b.runId} imported is gone.`);
    const src = openSource(source);
    const data = readRows(src, src.firstRow, src.lastRow);
    const header = [...src.headers.map((h) => String(h)), 'Error'];
    const out: unknown[][] = [header];
    for (const l of lines) {
      const row = data[l.line - src.firstRow];
      if (!row) continue;
      // Date cells go back as the instants the sheet holds (readRows gave the engine's civil dates). A value longer
      // than a cell (a file's; a sheet's cannot be) is cut to fit, and the Error column says so.
      const cells = sheetRow(row, src.zone).map((v) => (v === null || v === undefined ? '' : v));
      const cut = cells.flatMap((v, c) => (typeof v === 'string' && v.length > MAX_CELL_CHARS ? [`${header[c]} was cut to fit a cell (it held ${v.length.toLocaleString('en-US')} characters)`] : []));
      const error = l.description.replace(/^Line \d+:\s*/, '') + (cut.length ? ` ${cut.join('; ')}.` : '');
      out.push([...cells.map((v) => (typeof v === 'string' ? fitCell(v) : v)), fitCell(error)]);
    }
    const name = problemTabName(b.runId, (n) => !!sheetNamed(book, n));
    const sh = insertTab(book, name, { marker: PROBLEM_ROWS_TAB });
    // A new tab has 1000 rows and 26 columns: past them getRange throws "The coordinates of the range are outside
    // the dimensions of the sheet." Grow it first (1,200 problem rows, or a sheet with 40 columns).
    ensureSize(sh, out.length, header.length);
    const range = sh.getRange(1, 1, out.length, header.length);
    range.setNumberFormat('@');
    range.setValues(out.map((r) => r.map((v) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date ? v : String(v)))));
    sh.getRange(1, 1, 1, header.length).setFontWeight('bold');
    sh.setFrozenRows(1);
    return { sheetName: name, rows: out.length - 1 };
  }
}
