import { packRecords, textParts } from '../../src/engine/packed';

describe('textParts', () => {
  it('cuts a text into pieces of n characters that join back to it', () => {
    expect(textParts('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
    expect(textParts('', 3)).toEqual([]);
  });
  it('never splits a surrogate pair: the piece ends one character early', () => {
    const parts = textParts('ab😀cd', 3);
    expect(parts).toEqual(['ab', '😀c', 'd']);
    expect(parts.join('')).toBe('ab😀cd');
  });
});

describe('packRecords', () => {
  it('packs records in order into JSON arrays of at most maxChars characters', () => {
    const records = ['[1]', '[2]', '[3]', '[4]'];
    const packs = packRecords(records, 8, 100);
    expect(packs.map((p) => p.count)).toEqual([2, 2]);
    expect(packs.flatMap((p) => JSON.parse(p.parts.join('')) as unknown[])).toEqual([[1], [2], [3], [4]]);
  });
  it('cuts a pack longer than a part into parts that join back to its JSON', () => {
    const packs = packRecords(['"xxxxxxxxxx"'], 100, 5);
    expect(packs).toHaveLength(1);
    expect(packs[0].parts.every((p) => p.length <= 5)).toBe(true);
    expect(JSON.parse(packs[0].parts.join(''))).toEqual(['xxxxxxxxxx']);
  });
  it('gives no pack for no records', () => {
    expect(packRecords([], 10, 10)).toEqual([]);
  });
});
