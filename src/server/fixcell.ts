// One cell as the sidebar's Next problem shows it: where it is, what our mark's note says is wrong with it, and
// the fix Fix in place would write there (its own kind; a name split is applied from its group), so the user can
// apply that one fix from the cell.
import { columnKeys } from '../engine/automap';
import { fixCellA1, suggestFixes } from '../engine/fix';
import type { CellProblemView } from '../shared/api';
import { readGrid } from './fixgrid';
import { nextProblem, selectCell } from './flagged';
import { runSettings } from './run/start';
import { FIX_NOTE, NOTE_MARK } from './source';
import { checkedSheet } from './sourcesheet';
import { UserError } from './errors';

const COLOUR_LINE = /^\(Cell colour before the check: #[0-9a-fA-F]{3,8}\)$/;

/** Our mark's messages in a note (the user's own part and the colour record left out; the fix line too). */
export function markMessages(note: string): string[] {
  const i = note.indexOf(NOTE_MARK);
  if (i < 0) return [];
  return note
    .slice(i + NOTE_MARK.length)
    .split('\n')
    .filter((l) => l.trim() !== '' && !COLOUR_LINE.test(l) && !l.startsWith(FIX_NOTE));
}

/** The cell at `a1` of the checked sheet: its problems and its fix (4 reads of one row). */
export function describeCell(a1: string): CellProblemView {
  const m = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(a1);
  if (!m) throw new UserError(`"${a1}" is not a cell address like C7.`);
  const { sheet } = checkedSheet();
  const { settings, src } = runSettings(sheet);
  const line = Number(m[2]);
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const keys = columnKeys(src.headers);
  const note = sheet.getRange(line, col + 1).getNote();
  const view: CellProblemView = { a1, line, col, column: keys[col] ?? a1.replace(/\d+$/, ''), messages: markMessages(note), fix: null };
  if (line < src.firstRow || col >= src.dataCols) return view;
  const grid = readGrid(src, line, line);
  const found = suggestFixes({ headers: src.headers, rows: grid.values, firstLine: line, settings, mapping: settings.mapping, formulas: grid.formulas });
  const s = found.suggestions.find((x) => x.col === col && x.kind !== 'name');
  if (s) {
    view.fix = { kind: s.kind, rule: s.rule, confidence: s.confidence, from: s.from, to: s.to, message: s.message, ...(s.alternative !== undefined ? { alternative: s.alternative } : {}) };
    view.a1 = fixCellA1(s);
  }
  return view;
}

/** Selects a cell by A1 and describes it. */
export function cellProblem(a1: string): CellProblemView {
  selectCell(a1);
  return describeCell(a1);
}

/** Next problem, with the selected cell described. */
export function nextProblemCell(): CellProblemView | null {
  const a1 = nextProblem();
  return a1 ? describeCell(a1) : null;
}
