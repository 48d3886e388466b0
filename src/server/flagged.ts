// The marks in the checked sheet: clear them, walk to the next flagged cell, select a cell the sidebar names.
import { NOTE_MARK, openSource, paintRows } from './source';
import { checkedSheet } from './sourcesheet';
import { a1 } from './util';
import { UserError } from './errors';

export function clearMarks(): void {
  {
    const { sheet, headerRow } = checkedSheet();
    const src = openSource(sheet, headerRow);
    if (src.lastRow < src.firstRow || src.dataCols < 1) return;
    // No row has a mark now: paintRows puts back the user's colour and note wherever it finds ours.
    paintRows(src, src.firstRow, new Array<null>(src.lastRow - src.firstRow + 1).fill(null));
  }
}

export function nextProblem(): string | null {
  {
    const { sheet, headerRow } = checkedSheet();
    const src = openSource(sheet, headerRow);
    if (src.lastRow < src.firstRow || src.dataCols < 1) return null;
    const notes = sheet.getRange(src.firstRow, 1, src.lastRow - src.firstRow + 1, src.dataCols).getNotes();
    const cur = sheet.getParent().getActiveSheet().getSheetId() === sheet.getSheetId() ? sheet.getActiveCell() : null;
    const curRow = cur ? cur.getRow() : 0;
    const curCol = cur ? cur.getColumn() : 0;
    let first: [number, number] | null = null;
    let next: [number, number] | null = null;
    for (let r = 0; r < notes.length && !next; r++) {
      for (let c = 0; c < notes[r].length; c++) {
        if (!notes[r][c] || notes[r][c].indexOf(NOTE_MARK) < 0) continue;
        const row = src.firstRow + r;
        const col = c + 1;
        if (!first) first = [row, col];
        if (row > curRow || (row === curRow && col > curCol)) {
          next = [row, col];
          break;
        }
      }
    }
    const target = next ?? first;
    if (!target) return null;
    sheet.activate();
    const range = sheet.getRange(target[0], target[1]);
    sheet.setActiveRange(range);
    return a1(target[0], target[1]);
  }
}

export function selectCell(cell: string): void {
  {
    if (!/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(cell)) throw new UserError(`"${cell}" is not a cell address like C7.`);
    const { sheet } = checkedSheet();
    sheet.activate();
    sheet.setActiveRange(sheet.getRange(cell));
  }
}
