// The compact duplicate index: the same answers as a Map of the values, at 12 bytes a value.
import fc from 'fast-check';
import { HashedSeenIndex } from '../../cli/seen-index';

describe('HashedSeenIndex', () => {
  it('answers like a Map of first lines, whatever the values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.integer({ min: 2, max: 1e6 })), { maxLength: 300 }), (ops) => {
        const idx = new HashedSeenIndex();
        const map = new Map<string, number>();
        for (const [k, line] of ops) {
          expect(idx.get(k)).toBe(map.get(k));
          if (!map.has(k)) {
            idx.set(k, line);
            map.set(k, line);
          }
        }
        for (const k of map.keys()) expect(idx.get(k)).toBe(map.get(k));
        expect(idx.size).toBe(map.size);
      }),
    );
  });

  it('holds values in 12 bytes each, plus free slots (a table is between 35% and 70% full)', () => {
    const idx = new HashedSeenIndex();
    const n = 100_000;
    for (let i = 0; i < n; i++) idx.set(`person${i}@example.com`, i + 2);
    expect(idx.size).toBe(n);
    for (let i = 0; i < n; i += 97) expect(idx.get(`person${i}@example.com`)).toBe(i + 2);
    expect(idx.get(`person${n}@example.com`)).toBeUndefined();
    expect(idx.get('PERSON1@example.com')).toBeUndefined();
    expect(idx.bytes).toBeLessThanOrEqual((n * 12) / 0.35);
  });
});
