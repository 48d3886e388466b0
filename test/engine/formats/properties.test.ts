import fc from 'fast-check';
import {
  cellText,
  phoneKey,
  readCheckbox,
  readDate,
  readEmail,
  readEmailList,
  readMonetary,
  readNumber,
  readOptions,
  readPhone,
  readPhoneList,
  readUrl,
  readUsers,
  splitList,
} from '../../../src/engine/formats';
import type { CellValue, DateOrder } from '../../../src/engine/types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => (n < 10 ? '0' : '') + n;
const ord = (d: number) => d + (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th');

/** Every accepted text shape, for a date: [shape, dateOrder it needs, text]. */
function shapes(y: number, m: number, d: number): Array<[string, DateOrder | 'any', string]> {
  const mon = MONTHS[m - 1];
  const mmm = mon.slice(0, 3);
  const out: Array<[string, DateOrder | 'any', string]> = [];
  for (const sep of ['-', '/', '.']) {
    out.push([`YYYY${sep}MM${sep}DD`, 'any', `${y}${sep}${pad(m)}${sep}${pad(d)}`]);
    out.push([`YYYY${sep}M${sep}D`, 'any', `${y}${sep}${m}${sep}${d}`]);
    out.push([`MM${sep}DD${sep}YYYY`, 'MDY', `${pad(m)}${sep}${pad(d)}${sep}${y}`]);
    out.push([`M${sep}D${sep}YYYY`, 'MDY', `${m}${sep}${d}${sep}${y}`]);
    out.push([`DD${sep}MM${sep}YYYY`, 'DMY', `${pad(d)}${sep}${pad(m)}${sep}${y}`]);
    out.push([`D${sep}M${sep}YYYY`, 'DMY', `${d}${sep}${m}${sep}${y}`]);
  }
  for (const name of [mmm, mon, mmm.toUpperCase(), mon.toLowerCase()]) {
    for (const day of [String(d), pad(d), ord(d), pad(d) + 'th']) {
      out.push(['DD MMM YYYY', 'any', `${day} ${name} ${y}`]);
      out.push(['MMM DD YYYY', 'any', `${name} ${day} ${y}`]);
      out.push(['YYYY MMM DD', 'any', `${y} ${name} ${day}`]);
      out.push(['DD-MMM-YYYY', 'any', `${day}-${name}-${y}`]);
      out.push(['MMM-DD-YYYY', 'any', `${name}-${day}-${y}`]);
      out.push(['YYYY-MMM-DD', 'any', `${y}-${name}-${day}`]);
      out.push(['DD MMM, YYYY', 'any', `${day} ${name}, ${y}`]);
      out.push(['MMM DD, YYYY', 'any', `${name} ${day}, ${y}`]);
    }
  }
  return out;
}

const validDate = fc
  .record({ y: fc.integer({ min: 1000, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .filter(({ y, m, d }) => new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d);

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date(),
);

describe('properties', () => {
  test('any valid date written in any accepted shape reads back to the same yyyy-mm-dd', () => {
    fc.assert(
      fc.property(validDate, ({ y, m, d }) => {
        const expected = `${y}-${pad(m)}-${pad(d)}`;
        for (const [shape, order, text] of shapes(y, m, d)) {
          const orders: DateOrder[] = order === 'any' ? ['MDY', 'DMY'] : [order];
          for (const dateOrder of orders) {
            const r = readDate(text, { dateOrder });
            if (!r.ok || r.value !== expected) throw new Error(`${shape} ${JSON.stringify(text)} ${dateOrder}: ${JSON.stringify(r)}`);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test('an impossible day is never rolled over', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 31 }), (y, m, d) => {
        const exists = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        const r = readDate(`${y}-${m}-${d}`, { dateOrder: 'MDY' });
        return exists ? r.ok && r.value === `${y}-${pad(m)}-${pad(d)}` : !r.ok && r.error.code === 'invalid_date';
      }),
    );
  });

  test('a Date object, its serial number and its text agree', () => {
    fc.assert(
      fc.property(validDate.filter(({ y }) => y >= 1900), ({ y, m, d }) => {
        const expected = `${y}-${pad(m)}-${pad(d)}`;
        const serial = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
        const a = readDate(new Date(y, m - 1, d, 12), { dateOrder: 'MDY' });
        const b = readDate(serial + 0.25, { dateOrder: 'MDY' });
        return a.ok && a.value === expected && b.ok && b.value === expected;
      }),
    );
  });

  test('readEmail is idempotent and case-insensitive', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const r = readEmail(email);
        if (!r.ok) return true; // fast-check also generates RFC-only forms (quoted parts) that we refuse
        const again = readEmail(r.value);
        const upper = readEmail(email.toUpperCase());
        return again.ok && again.value === r.value && upper.ok && upper.value === r.value && r.value === r.value.toLowerCase();
      }),
    );
  });

  test('ordinary addresses are accepted', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9_+-]{1,12}(\.[a-z0-9_+-]{1,8})?$/), fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,6}$/), (local, labels, tld) => {
        const email = `${local}@${labels.join('.')}.${tld}`;
        const r = readEmail(email);
        return r.ok && r.value === email;
      }),
    );
  });

  test('readPhone of its own output returns the same value', () => {
    const usNational = fc.tuple(fc.integer({ min: 200, max: 999 }), fc.integer({ min: 200, max: 999 }), fc.integer({ min: 0, max: 9999 }));
    const style = fc.constantFrom(
      (a: number, b: number, c: string) => `(${a}) ${b}-${c}`,
      (a: number, b: number, c: string) => `${a}.${b}.${c}`,
      (a: number, b: number, c: string) => `+1 ${a} ${b} ${c}`,
      (a: number, b: number, c: string) => `1-${a}-${b}-${c}`,
    );
    const ext = fc.option(fc.integer({ min: 1, max: 99999 }), { nil: undefined });
    fc.assert(
      fc.property(usNational, style, ext, ([a, b, c], fmt, x) => {
        const text = fmt(a, b, String(c).padStart(4, '0')) + (x === undefined ? '' : ` x${x}`);
        const r = readPhone(text, { defaultCountry: 'US' });
        if (!r.ok) return r.error.code === 'invalid_phone';
        expect(r.value).toBe(`+1${a}${b}${String(c).padStart(4, '0')}` + (x === undefined ? '' : ` ext. ${x}`));
        const again = readPhone(r.value, { defaultCountry: 'GB' });
        expect(again.ok && again.value).toBe(r.value);
        expect(again.ok && again.warning?.code).toBe(r.warning?.code);
        expect(phoneKey(r.value)).toBe(`+1${a}${b}${String(c).padStart(4, '0')}`);
        return true;
      }),
    );
  });

  test('readPhone is idempotent on arbitrary digit strings, whatever it decides', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[0-9 ()-]{1,20}$/), fc.constantFrom('US', 'GB', 'FR', 'IN'), (text, defaultCountry) => {
        const r = readPhone(text, { defaultCountry });
        if (!r.ok) return true;
        const again = readPhone(r.value, { defaultCountry: 'US' });
        return again.ok && again.value === r.value && (again.warning === undefined) === (r.warning === undefined);
      }),
    );
  });

  test('splitList is stable: splitting a joined list gives the list back', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const items = splitList(text);
        expect(splitList(items.join(', ') + ',')).toEqual(items);
        for (const item of items) expect(item).toBe(item.trim());
        expect(new Set(items.map((i) => i.toLowerCase())).size).toBe(items.length);
      }),
    );
  });

  test('readNumber reads back any finite number written by String()', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const r = readNumber(String(n));
        return r.ok && r.value === (n === 0 ? 0 : n);
      }),
    );
  });

  test('readMonetary reads amounts with thousands separators and a currency symbol', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('', '$', '€ ', '£'), (whole, cents, sym) => {
        const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        const r = readMonetary(`${sym}${grouped}.${pad(cents)}`);
        return r.ok && r.value === Number(`${whole}.${pad(cents)}`);
      }),
    );
  });

  test('no reader throws, whatever the cell holds; every problem quotes a value and has a known code', () => {
    const users = ['Adam Smith'];
    const options = ['Blue', 'Dr.'];
    fc.assert(
      fc.property(anyCell, (value) => {
        const results = [
          readDate(value, { dateOrder: 'MDY' }),
          readDate(value, { dateOrder: 'DMY' }),
          readPhone(value, { defaultCountry: 'US' }),
          readPhoneList(value, { defaultCountry: 'GB' }),
          readEmail(value),
          readEmailList(value),
          readNumber(value),
          readMonetary(value),
          readCheckbox(value),
          readOptions(value, options, { multiple: true }),
          readOptions(value, options, { multiple: false }),
          readUsers(value, users, { multiple: true }),
          readUsers(value, users, { multiple: false }),
          readUrl(value),
        ];
        splitList(value);
        cellText(value);
        for (const r of results) {
          if (!r.ok) {
            expect(r.error.message).toMatch(/"/);
            expect(r.error.message.length).toBeLessThan(700);
            expect(r.error.message).not.toMatch(/\bline \d|\bcolumn\b/i);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
