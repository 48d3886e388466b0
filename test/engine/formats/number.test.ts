import { readMonetary, readNumber } from '../../../src/engine/formats';

type Cell = Parameters<typeof readNumber>[0];

describe('readNumber', () => {
  test.each([
    ['1.23', 1.23],
    ['1234', 1234],
    ['.123', 0.123],
    ['-5', -5],
    ['+7', 7],
    ['0', 0],
    ['-0', 0],
    ['  42  ', 42],
    ['5.', 5],
    ['1,234', 1234],
    ['1,234,567.5', 1234567.5],
    ['-1,000', -1000],
    ['1.5E+10', 1.5e10],
    ['2e-3', 0.002],
    [1234, 1234],
    [0.1 + 0.2, 0.1 + 0.2],
    [-7.25, -7.25],
  ])('%j -> %d', (value, expected) => {
    expect(readNumber(value as Cell)).toEqual({ ok: true, value: expected });
  });
  test.each([
    ['12abc', 'contains letters'],
    ['abc', 'no digits'],
    ['1,2,3', 'commas are misplaced'],
    ['1,23,4', 'commas are misplaced'],
    ['12,34,567', 'commas are misplaced'],
    ['1,5', 'commas are misplaced'],
    ['1.234,5', 'comma comes after the decimal point'],
    ['1.2.3', 'more than one decimal point'],
    ['1 234', 'spaces between digits'],
    ['12%', 'percent'],
    ['$12', 'not written as a number'],
    ['-', 'no digits'],
    ['', 'empty'],
    ['1e999', 'too large'],
  ])('%j is refused: %s', (text, why) => {
    const r = readNumber(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_number');
    expect(r.error.message.startsWith(`Invalid number "${text}": `)).toBe(true);
    expect(r.error.message).toContain(why);
    expect(r.error.message).toContain('such as 1234, 1.23 or .123');
  });
  test('non-numeric cells', () => {
    for (const v of [true, new Date(2024, 0, 1), null, NaN, Infinity] as Cell[]) {
      const r = readNumber(v);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.code).toBe('invalid_number');
    }
  });
});

describe('readMonetary', () => {
  test.each([
    ['1234', 1234],
    ['1,234,234.33', 1234234.33],
    ['1,234', 1234],
    ['$1,234.50', 1234.5],
    ['$ 12', 12],
    ['€12.5', 12.5],
    ['£ 1,000', 1000],
    ['¥500', 500],
    ['-$5', -5],
    ['$-5', -5],
    ['-5.25', -5.25],
    ['.5', 0.5],
    ['  99.99 ', 99.99],
    [1234.56, 1234.56],
  ])('%j -> %d', (value, expected) => {
    expect(readMonetary(value as Cell)).toEqual({ ok: true, value: expected });
  });
  test.each([
    ['1,23,4', 'commas are misplaced'],
    ['1,2,3', 'commas are misplaced'],
    ['12abc', 'contains letters'],
    ['USD 12', 'contains letters'],
    ['12 €', 'not written as a number'],
    ['--5', 'not written as a number'],
    ['-$-5', 'not written as a number'],
    ['1e5', 'contains letters'],
    ['$', 'no digits'],
    ['1.234,56', 'comma comes after the decimal point'],
  ])('%j is refused: %s', (text, why) => {
    const r = readMonetary(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_monetary');
    expect(r.error.message.startsWith(`Invalid amount "${text}": `)).toBe(true);
    expect(r.error.message).toContain(why);
    expect(r.error.message).toContain('1,234,234.33');
  });
  test('a checkbox value is refused', () => {
    expect(readMonetary(true).ok).toBe(false);
  });
});

describe('huge cells', () => {
  test('a 200,000-digit run ending in a letter is refused with its reason', () => {
    const r = readNumber('1'.repeat(200_000) + 'x');
    expect(r).toEqual({ ok: false, error: { code: 'invalid_number', message: expect.stringContaining('it contains letters') } });
  });
  test('a 200,000-digit number is too large', () => {
    const r = readNumber('1'.repeat(200_000));
    expect(r).toEqual({ ok: false, error: { code: 'invalid_number', message: expect.stringContaining('it is too large') } });
  });
  test.each(['1', '12.', '12.5', '.5', '-1.5e3', '+7'])('%s still reads as a number', (t) => {
    expect(readNumber(t)).toEqual({ ok: true, value: Number(t) });
  });
});
