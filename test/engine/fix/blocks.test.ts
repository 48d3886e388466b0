import { maxGapFor, planWriteBlocks, type GridCell, type PlannedWrite } from '../../../src/engine/fix';

const text = (value: string, numberFormat = 'General'): GridCell => ({ value, numberFormat, formula: '' });

function grid(cells: Record<string, GridCell>) {
  return (line: number, col: number): GridCell => cells[`${line}:${col}`] ?? { value: '', numberFormat: 'General', formula: '' };
}
const w = (line: number, col: number, value: string, numberFormat: string | null = null): PlannedWrite => ({ line, col, entry: { value, numberFormat } });

describe('planWriteBlocks', () => {
  test('consecutive cells of a column make one block; columns never share one', () => {
    const b = planWriteBlocks([w(2, 1, "'a"), w(3, 1, "'b"), w(2, 4, "'c")], grid({}));
    expect(b).toEqual([
      { col: 1, firstLine: 2, values: ["'a", "'b"], numberFormats: null },
      { col: 4, firstLine: 2, values: ["'c"], numberFormats: null },
    ]);
  });

  test('a small gap is covered by fillers written back as they are (text with the apostrophe rule, numbers, dates, empty)', () => {
    const d = new Date(2024, 0, 1);
    const g = grid({ '3:0': text('=not formula', '@'), '4:0': text('+1 x'), '5:0': { value: 7, numberFormat: '0.00', formula: '' }, '6:0': { value: d, numberFormat: 'M/d/yyyy', formula: '' } });
    const b = planWriteBlocks([w(2, 0, "'x"), w(8, 0, "'y")], g);
    expect(b).toEqual([{ col: 0, firstLine: 2, values: ["'x", '=not formula', "'+1 x", 7, d, '', "'y"], numberFormats: null }]);
  });

  test('number formats: when a write sets one, the block sets every cell\'s (fillers and text writes keep theirs)', () => {
    const g = grid({ '2:0': text('a', '@'), '3:0': { value: 5, numberFormat: '0.00', formula: '' } });
    const b = planWriteBlocks([w(2, 0, 'a2'), w(4, 0, '2024-09-08', 'yyyy-mm-dd')], g);
    expect(b).toEqual([{ col: 0, firstLine: 2, values: ['a2', 5, '2024-09-08'], numberFormats: ['@', '0.00', 'yyyy-mm-dd'] }]);
  });

  test('a formula cell is never rewritten: it ends the block', () => {
    const g = grid({ '3:0': { value: 2, numberFormat: 'General', formula: '=1+1' } });
    const b = planWriteBlocks([w(2, 0, "'x"), w(4, 0, "'y")], g);
    expect(b.map((x) => [x.firstLine, x.values.length])).toEqual([[2, 1], [4, 1]]);
  });

  test('a gap wider than maxGap starts a new block; maxGap 0 touches only the written cells', () => {
    expect(planWriteBlocks([w(2, 0, "'x"), w(10, 0, "'y")], grid({}), 6).length).toBe(2);
    expect(planWriteBlocks([w(2, 0, "'x"), w(10, 0, "'y")], grid({}), 7).length).toBe(1);
    expect(planWriteBlocks([w(2, 0, "'x"), w(4, 0, "'y")], grid({}), 0).map((b) => b.values)).toEqual([["'x"], ["'y"]]);
  });

  test('a later write of the same cell wins', () => {
    expect(planWriteBlocks([w(2, 0, "'x"), w(2, 0, "'y")], grid({}))[0].values).toEqual(["'y"]);
  });

  test('maxGapFor: the gap whose rewrite costs as much as one more write call', () => {
    expect(maxGapFor({ writeCallMs: 10, writeCellMs: 0.15 })).toBe(66);
    expect(maxGapFor({ writeCallMs: 10, writeCellMs: 0 })).toBe(Infinity);
  });
});
