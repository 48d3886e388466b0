import { readOptions, splitList } from '../../../src/engine/formats';

describe('splitList', () => {
  test.each([
    ['Blue, Yellow, Green', ['Blue', 'Yellow', 'Green']],
    ['Blue; Yellow; Green', ['Blue', 'Yellow', 'Green']],
    ['Blue. Yellow. Green', ['Blue', 'Yellow', 'Green']],
    ['Blue.Yellow.Green', ['Blue', 'Yellow', 'Green']],
    ['Blue\nYellow\r\nGreen', ['Blue', 'Yellow', 'Green']],
    ['Blue,Yellow;Green', ['Blue', 'Yellow', 'Green']],
    ['  Blue ,, ;  Yellow ,', ['Blue', 'Yellow']],
    ['Blue, blue, BLUE, Green', ['Blue', 'Green']],
    ['vip, St. Louis, example.com', ['vip', 'St. Louis', 'example.com']],
    ['Light   Blue, light blue', ['Light Blue']],
    ['single', ['single']],
    ['', []],
    ['  ', []],
    [' , ; . ', []],
  ])('%j -> %j', (text, expected) => {
    expect(splitList(text)).toEqual(expected);
  });
  test('non-text cells are one value, never split', () => {
    expect(splitList(1.5)).toEqual(['1.5']);
    expect(splitList(true)).toEqual(['TRUE']);
    expect(splitList(null)).toEqual([]);
    expect(splitList(new Date(2024, 8, 8))).toEqual(['2024-09-08']);
  });
});

const COLORS = ['Blue', 'Yellow', 'Green', 'Light Blue'];
const TITLES = ['Dr.', 'Mr.', 'Ms', 'Prof. Dr.', 'Yes, please'];
const SINGLE = { multiple: false };
const MULTI = { multiple: true };

describe('readOptions: multiple options', () => {
  test.each([
    ['Blue, Yellow, Green', ['Blue', 'Yellow', 'Green']],
    ['blue; YELLOW', ['Blue', 'Yellow']],
    ['Blue. Green', ['Blue', 'Green']],
    ['green\nblue', ['Green', 'Blue']],
    [' light   blue , blue', ['Light Blue', 'Blue']],
    ['Blue, blue, BLUE', ['Blue']],
    ['Blue, Green.', ['Blue', 'Green']],
    ['', []],
  ])('%j -> %j', (text, expected) => {
    expect(readOptions(text, COLORS, MULTI)).toEqual({ ok: true, value: expected });
  });
  test.each([
    ['Dr.', ['Dr.']],
    ['dr., mr.', ['Dr.', 'Mr.']],
    ['Dr. Mr.', ['Dr.', 'Mr.']],
    ['Dr.Mr.', ['Dr.', 'Mr.']],
    ['Prof. Dr., Ms', ['Prof. Dr.', 'Ms']],
    ['Prof. Dr.', ['Prof. Dr.']],
    ['Ms. Dr.', ['Ms', 'Dr.']],
    ['Yes, please', ['Yes, please']],
    ['Yes, please; Dr.', ['Yes, please', 'Dr.']],
  ])('options containing separators: %j -> %j', (text, expected) => {
    expect(readOptions(text, TITLES, MULTI)).toEqual({ ok: true, value: expected });
  });
  test('unknown values fail the cell and are named, with the allowed values', () => {
    expect(readOptions('Blue, Purple', COLORS, MULTI)).toEqual({
      ok: false,
      error: {
        code: 'invalid_option',
        message: 'Invalid option "Purple" in "Blue, Purple": it is not one of the allowed values. Use values of: Blue, Yellow, Green, Light Blue.',
      },
    });
    const r = readOptions('Purple; Pink; Blue', COLORS, MULTI);
    expect(!r.ok && r.error.message).toContain('Invalid options "Purple", "Pink" in "Purple; Pink; Blue"');
  });
  test('a long options list is cut in the message', () => {
    const many = Array.from({ length: 40 }, (_, i) => `Option ${i + 1}`);
    const r = readOptions('Nope', many, MULTI);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toContain('Option 1, Option 2');
    expect(r.error.message).toContain('and 30 more');
    expect(r.error.message).not.toContain('Option 40');
  });
  test('an empty options list accepts anything, split like tags', () => {
    expect(readOptions('a, b, A', [], MULTI)).toEqual({ ok: true, value: ['a', 'b'] });
  });
});

describe('readOptions: single option', () => {
  test.each([
    ['Blue', 'Blue'],
    ['  bLuE ', 'Blue'],
    ['light blue', 'Light Blue'],
    ['Blue.', 'Blue'],
    ['Blue, blue', 'Blue'],
  ])('%j -> %j', (text, expected) => {
    expect(readOptions(text, COLORS, SINGLE)).toEqual({ ok: true, value: expected });
  });
  test('option values with dots and commas', () => {
    expect(readOptions('dr.', TITLES, SINGLE)).toEqual({ ok: true, value: 'Dr.' });
    expect(readOptions('yes, PLEASE', TITLES, SINGLE)).toEqual({ ok: true, value: 'Yes, please' });
    expect(readOptions('Prof. Dr.', TITLES, SINGLE)).toEqual({ ok: true, value: 'Prof. Dr.' });
  });
  test('numbers and booleans from Sheets match their text', () => {
    expect(readOptions(2, ['1', '2', '3'], SINGLE)).toEqual({ ok: true, value: '2' });
    expect(readOptions(true, ['True', 'False'], SINGLE)).toEqual({ ok: true, value: 'True' });
  });
  test('several values: too_many_options', () => {
    expect(readOptions('Blue, Green', COLORS, SINGLE)).toEqual({
      ok: false,
      error: {
        code: 'too_many_options',
        message: 'Too many options in "Blue, Green": this field takes only one value. Keep one of: Blue, Yellow, Green, Light Blue.',
      },
    });
    const r = readOptions('Dr. Mr.', TITLES, SINGLE);
    expect(!r.ok && r.error.code).toBe('too_many_options');
  });
  test('an unknown value: invalid_option', () => {
    expect(readOptions('Purple', COLORS, SINGLE)).toEqual({
      ok: false,
      error: {
        code: 'invalid_option',
        message: 'Invalid option "Purple": it is not one of the allowed values. Use one of: Blue, Yellow, Green, Light Blue.',
      },
    });
  });
  test('an empty cell is an invalid_option', () => {
    const r = readOptions('', COLORS, SINGLE);
    expect(!r.ok && r.error.code).toBe('invalid_option');
    expect(!r.ok && r.error.message).toContain('empty');
  });
  test('an empty options list accepts the value as written', () => {
    expect(readOptions('  Anything   goes ', [], SINGLE)).toEqual({ ok: true, value: 'Anything goes' });
  });
});
