// The typed-entry plan checked against the test bed's emulation of Sheets' typed entry (testbed/values.ts
// parseEntry): what the writer enters is stored exactly as the fix means it.
import fc from 'fast-check';
import { DATE_FORMAT, entryFor, holds, restoreEntry, storeCell, storedAfter, storedText, stillFrom, TEXT_FORMAT, type StoredCell } from '../../../src/engine/fix';
import { cellText } from '../../../src/engine/formats';
import { parseEntry } from '../../../testbed';
import { zonedParts } from '../../../testbed/values';

const ZONES = ['Etc/UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'Australia/Lord_Howe'];
const FORMATS = ['0.###############', TEXT_FORMAT, '0', '0.00', 'yyyy-mm-dd', 'M/d/yyyy', '$#,##0.00'];

/** What Sheets stores when the writer follows an entry in a cell of number format `format`. */
function store(entry: { value: unknown; numberFormat: string | null }, format: string, tz: string) {
  const f = entry.numberFormat ?? format;
  if (typeof entry.value !== 'string') return { value: entry.value, format: f };
  const e = parseEntry(entry.value, tz, f === TEXT_FORMAT);
  return e.kind === 'formula' ? { formula: e.formula, format: f } : { value: e.value, format: f };
}

const risky = fc.oneof(
  fc.string(),
  fc.constantFrom('+14155550132', '+1 415 555 0132', '=SUM(A1)', '-5', '@home', "'quoted", '007', 'TRUE', 'false', '2024-09-08', '9/8/2024', '10:30', '12%', '$5', '1,234', '1e3', ' +1 ', ''),
  fc.tuple(fc.constantFrom('=', '+', '-', '@', "'", '0', ' '), fc.string()).map(([a, b]) => a + b),
);

describe('text writes survive typed entry', () => {
  test('a phone in E.164 stays text, never a number or a formula, whatever the cell\'s format', () => {
    for (const format of FORMATS) {
      const e = entryFor({ type: 'text', text: '+14155550132' }, format);
      expect(e.numberFormat).toBeNull();
      expect(store(e, format, 'Etc/UTC')).toEqual({ value: '+14155550132', format });
    }
    expect(entryFor({ type: 'text', text: '+14155550132' }, '0.###############').value).toBe("'+14155550132");
    expect(entryFor({ type: 'text', text: '+14155550132' }, TEXT_FORMAT).value).toBe('+14155550132');
  });

  test('property: any non-empty text is stored verbatim as text, and the cell keeps its number format', () => {
    fc.assert(
      fc.property(risky.filter((t) => t !== ''), fc.constantFrom(...FORMATS), fc.constantFrom(...ZONES), (text, format, tz) => {
        expect(store(entryFor({ type: 'text', text }, format), format, tz)).toEqual({ value: text, format });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('date writes become real date cells on the right day', () => {
  test('property: yyyy-mm-dd becomes a date cell shown as yyyy-mm-dd on that calendar day, in any time zone and any prior format', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), fc.constantFrom(...FORMATS), fc.constantFrom(...ZONES), (d, format, tz) => {
        const ymd = d.toISOString().slice(0, 10);
        const e = entryFor({ type: 'date', ymd }, format);
        expect(e.numberFormat).toBe(DATE_FORMAT);
        const s = store(e, format, tz);
        expect(s.format).toBe('yyyy-mm-dd');
        expect(s.value).toBeInstanceOf(Date);
        const p = zonedParts(s.value as Date, tz);
        expect(`${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`).toBe(ymd);
        expect([p.hour, p.minute, p.second]).toEqual([0, 0, 0]);
      }),
      { numRuns: 2000 },
    );
  });

  test('the day survives a clock change at midnight (America/Santiago, Asia/Beirut, America/Havana)', () => {
    for (const [tz, ymd] of [['America/Santiago', '2024-09-08'], ['Asia/Beirut', '2024-03-31'], ['America/Havana', '2024-03-10']]) {
      const s = store(entryFor({ type: 'date', ymd }, '0.###############'), '0.###############', tz);
      const p = zonedParts(s.value as Date, tz);
      expect(`${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`).toBe(ymd);
    }
  });
});

describe('records and restores', () => {
  const cells: Array<[unknown, string]> = [
    ['(415) 555-0132', '0.###############'],
    ['=not a formula', TEXT_FORMAT],
    ['+1 415 555 0132', TEXT_FORMAT],
    [4155550132, '0'],
    [0.1 + 0.2, '0.00'],
    [true, '0.###############'],
    [new Date(Date.UTC(2024, 8, 8, 14, 30)), 'M/d/yyyy H:mm:ss'],
    ['', '0.###############'],
    ["'lead", '0.###############'],
  ];

  test.each(cells)('%p (%s) is restored exactly: value, type and number format', (value, format) => {
    const before = storeCell(value as never, format);
    // After a fix: text keeps the cell's format; a date fix set yyyy-mm-dd.
    for (const now of [format, DATE_FORMAT, TEXT_FORMAT]) {
      const e = restoreEntry(before, now);
      expect(e.numberFormat).toBe(now === format ? null : format);
      const s = store(e, now, 'Asia/Kolkata');
      expect(s.format).toBe(format);
      if (value instanceof Date) expect((s.value as Date).getTime()).toBe(value.getTime());
      else expect(s.value).toBe(value);
    }
  });

  test('property: restoring any text in any format gives back that text', () => {
    fc.assert(
      fc.property(risky, fc.constantFrom(...FORMATS), fc.constantFrom(...FORMATS), (text, format, now) => {
        const before = storeCell(text, format);
        expect(store(restoreEntry(before, now), now, 'Etc/UTC')).toEqual({ value: text, format });
      }),
      { numRuns: 1000 },
    );
  });

  test('holds: what the fix wrote is recognised; anything else is an edit', () => {
    const before = storeCell('(415) 555-0132', '0.###############');
    const after = storedAfter({ type: 'text', text: '+14155550132' }, before);
    expect(after).toEqual({ t: 'text', v: '+14155550132', f: '0.###############' });
    expect(holds(after, '+14155550132')).toBe(true);
    expect(holds(after, 14155550132)).toBe(false);
    expect(holds(after, '+14155550133')).toBe(false);
    const day = storedAfter({ type: 'date', ymd: '2024-09-08' }, storeCell('Sep 8 2024', '0.###############'));
    expect(day).toEqual({ t: 'day', v: '2024-09-08', f: DATE_FORMAT });
    // The engine's Dates are civil date-times (UTC fields = the wall clock the sheet shows).
    expect(holds(day, new Date(Date.UTC(2024, 8, 8)))).toBe(true);
    expect(holds(day, new Date(Date.UTC(2024, 8, 9)))).toBe(false);
    expect(holds(day, '2024-09-08')).toBe(false);
    expect(holds({ t: 'empty', f: '' }, '')).toBe(true);
    expect(holds({ t: 'empty', f: '' }, ' ')).toBe(false);
    const when = new Date(2024, 0, 1, 10);
    expect(holds(storeCell(when, ''), new Date(when.getTime()))).toBe(true);
    expect(holds(storeCell(when, ''), new Date(when.getTime() + 1))).toBe(false);
  });

  test('storedText shows a recorded cell as text', () => {
    const d = new Date(2024, 8, 8, 23, 30);
    const shown = (c: StoredCell) => storedText(c);
    expect(shown(storeCell(4155550132, '0'))).toBe('4155550132');
    expect(shown(storeCell(true, ''))).toBe('TRUE');
    expect(shown(storeCell(d, ''))).toBe(cellText(d));
    expect(shown(storeCell('', ''))).toBe('');
  });

  test('stillFrom: a suggestion is stale once its cell changed', () => {
    expect(stillFrom({ from: '(415) 555-0132' }, '(415) 555-0132')).toBe(true);
    expect(stillFrom({ from: '(415) 555-0132' }, '(415) 555-0133')).toBe(false);
    expect(stillFrom({ from: '4155550132' }, 4155550132)).toBe(true);
    expect(stillFrom({ from: '4155550132' }, '4155550132 ')).toBe(false);
    expect(stillFrom({ from: 'TRUE' }, true)).toBe(false);
  });
});
