import { readCheckbox } from '../../../src/engine/formats';

type Cell = Parameters<typeof readCheckbox>[0];

describe('readCheckbox', () => {
  test.each([
    [true, true], [false, false], [1, true], [0, false],
    ['true', true], ['FALSE', false], ['True', true], ['yes', true], ['No', false], ['YES', true],
    ['1', true], ['0', false], ['y', true], ['N', false], ['on', true], ['OFF', false],
    ['checked', true], ['Unchecked', false], ['  yes ', true],
  ])('%j -> %s', (value, expected) => {
    expect(readCheckbox(value as Cell)).toEqual({ ok: true, value: expected });
  });
  test.each([['maybe'], ['2'], ['x'], ['yes please'], [2], [0.5], ['']])('%j is refused', (value) => {
    const r = readCheckbox(value);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_checkbox');
    expect(r.error.message).toContain(`"${String(value)}"`);
    expect(r.error.message).toContain('Use TRUE or FALSE');
  });
  test('a date and an empty cell say why', () => {
    const d = readCheckbox(new Date(2024, 0, 1));
    expect(!d.ok && d.error.message).toContain('"2024-01-01": it is a date');
    const e = readCheckbox(null);
    expect(!e.ok && e.error.message).toContain('empty');
  });
});
