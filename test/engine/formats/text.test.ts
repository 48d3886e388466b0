import { cellText, isEmptyCell } from '../../../src/engine/formats';

describe('cellText', () => {
  test.each([
    ['', ''],
    ['  hello  ', 'hello'],
    ['\u00a0x\u00a0', 'x'],
    ['\ufeffName\u200b', 'Name'],
    ['\u202aAnn Lee\u202c', 'Ann Lee'],
    ['\u200e\u200f x \u2066\u2069', 'x'],
    ['\u00adx\u2060', 'x'],
    ['\u202a\u202c', ''],
    [null, ''],
    [undefined, ''],
    [1234, '1234'],
    [0, '0'],
    [-0, '0'],
    [-12.5, '-12.5'],
    [0.1 + 0.2, '0.3'],
    [1.1 * 3, '3.3'],
    [14155550123, '14155550123'],
    [4.15555e9, '4155550000'],
    [9007199254740991, '9007199254740991'],
    [true, 'TRUE'],
    [false, 'FALSE'],
  ])('%j -> %j', (value, expected) => {
    expect(cellText(value)).toBe(expected);
  });
  test('a Date gives its calendar date in the script time zone', () => {
    expect(cellText(new Date(2024, 8, 8, 23, 30))).toBe('2024-09-08');
    expect(cellText(new Date(2024, 0, 1))).toBe('2024-01-01');
    expect(cellText(new Date(NaN))).toBe('');
  });
});

describe('isEmptyCell', () => {
  test.each([[''], ['   '], ['\n\t'], [null], [undefined], ['\u200b']])('%j is empty', (value) => {
    expect(isEmptyCell(value)).toBe(true);
  });
  test.each([[0], [false], ['0'], ['x'], [new Date(2024, 0, 1)]])('%j is not empty', (value) => {
    expect(isEmptyCell(value)).toBe(false);
  });
});
