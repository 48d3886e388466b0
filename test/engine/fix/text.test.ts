import fc from 'fast-check';
import { cleanText } from '../../../src/engine/fix';
import { splitList } from '../../../src/engine/formats';
import { fixOf } from './helpers';

describe('text fixes: spaces', () => {
  test.each([
    ['Ann  Lee', 'Ann Lee'],
    [' Acme Corp ', 'Acme Corp'],
    ['New\u00a0York', 'New York'],
    ['Zoë\u200b Smith', 'Zoë Smith'],
    ['\ufeffParis', 'Paris'],
    ['Main\tSt', 'Main St'],
    ['10\u202f000 Paris', '10 000 Paris'],
  ])('%j -> %j (safe)', (from, to) => {
    expect(fixOf('companyName', from)).toMatchObject({ kind: 'text', rule: 'text-spaces', from, to, confidence: 'safe' });
  });

  test('line breaks of a text stay; the spaces around them go', () => {
    expect(fixOf('address1', 'Line one  \n  Line two')).toMatchObject({ to: 'Line one\nLine two' });
  });

  test('joiners inside words and emoji are kept (they are not spaces)', () => {
    expect(fixOf('companyName', 'Family 👨\u200d👩\u200d👧 Shop')).toBeNull();
  });

  test('ids lose only what the import trims: the ends', () => {
    expect(fixOf('externalId', ' AB  12 ')).toMatchObject({ rule: 'text-spaces', to: 'AB  12' });
    expect(fixOf('externalId', 'AB  12')).toBeNull();
  });

  test('never: clean text, a cell of spaces only, a number or a date in a text field', () => {
    expect(fixOf('city', 'Paris')).toBeNull();
    expect(fixOf('city', '   ')).toBeNull();
    expect(fixOf('postalCode', 2108)).toBeNull();
    expect(fixOf('city', new Date(2024, 0, 1))).toBeNull();
  });

  test('property: cleanText is idempotent and leaves no double space, edge space or invisible mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\u00a0', '\u200b', '\t', '\n', '\ufeff', 'é', '\u202f', '\u3000') }), (s) => {
        const t = cleanText(s);
        expect(cleanText(t)).toBe(t);
        expect(t).not.toMatch(/ {2}|[\u00a0\u200b\ufeff\t\u202f\u3000]|^ | $/);
      }),
    );
  });
});

describe('text fixes: list separators', () => {
  test.each([
    ['vip; lead', 'vip, lead'],
    ['vip,lead', 'vip, lead'],
    ['vip\nlead', 'vip, lead'],
    ['vip ,  lead', 'vip, lead'],
    ['vip, VIP, lead', 'vip, lead'],
    ['vip;', 'vip'],
  ])('%j -> %j (safe)', (from, to) => {
    expect(fixOf('tags', from)).toMatchObject({ kind: 'text', rule: 'text-list', from, to, confidence: 'safe' });
  });

  test('a list separated by dots is review', () => {
    const f = fixOf('tags', 'Blue. Yellow. Green');
    expect(f).toMatchObject({ rule: 'text-list-dots', to: 'Blue, Yellow, Green', confidence: 'review' });
    expect(f!.message).toContain('St. Louis');
  });

  test('never: a clean list, one value, a value whose dot would be read differently once rewritten', () => {
    expect(fixOf('tags', 'vip, lead')).toBeNull();
    expect(fixOf('tags', 'vip')).toBeNull();
    // "Dr. Who;" is one tag for the import; written "Dr. Who" it would read as two ("Dr", "Who"): left alone.
    expect(fixOf('tags', 'Dr. Who;')).toBeNull();
  });

  test('property: a list fix reads back as the same items', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z. ]{0,8}$/), { maxLength: 5 }), fc.constantFrom(',', ';', '\n', ' ; ', '.'), (items, sep) => {
        const cell = items.join(sep);
        const f = fixOf('tags', cell);
        if (f === null) return;
        expect(splitList(f.to)).toEqual(splitList(cell));
      }),
      { numRuns: 500 },
    );
  });
});
