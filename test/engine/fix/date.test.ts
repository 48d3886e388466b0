import fc from 'fast-check';
import { suggestFixes } from '../../../src/engine/fix';
import { fixOf, importRead, settingsWith } from './helpers';

describe('date fixes', () => {
  test.each([
    ['Sep 8 2024', '2024-09-08'],
    ['September 8, 2024', '2024-09-08'],
    ['8th Sep 2024', '2024-09-08'],
    ['2024/9/8', '2024-09-08'],
    ['2024.09.08', '2024-09-08'],
    ['12/25/2024', '2024-12-25'],
    ['Sun, 08 Sep 2024', '2024-09-08'],
    ['5/5/2024', '2024-05-05'],
  ])('%s has one reading: safe, to %s', (from, to) => {
    const f = fixOf('dateOfBirth', from);
    expect(f).toMatchObject({ kind: 'date', rule: 'date-format', from, to, confidence: 'safe' });
    expect(f!.message).toBe(`Write the date as ${to} (yyyy-mm-dd).`);
    const read = importRead('dateOfBirth', from);
    expect(read.ok && read.value).toBe(to);
  });

  test('under DMY, 13/08/2024 has one reading (safe), 09/08/2024 two (review, both shown)', () => {
    expect(fixOf('dateOfBirth', '13/08/2024', { dateOrder: 'DMY' })).toMatchObject({ to: '2024-08-13', confidence: 'safe' });
    const f = fixOf('dateOfBirth', '09/08/2024', { dateOrder: 'DMY' });
    expect(f).toMatchObject({ rule: 'date-ambiguous', to: '2024-08-09', alternative: '2024-09-08', confidence: 'review', group: 'day first' });
    expect(f!.message).toBe('"09/08/2024" reads as 2024-08-09 (day first, as in Settings) or as 2024-09-08 (month first); check which one is meant before writing 2024-08-09.');
  });

  test('an ambiguous date with a time of day is still ambiguous', () => {
    expect(fixOf('dateOfBirth', '09/08/2024 10:30')).toMatchObject({ rule: 'date-ambiguous', to: '2024-09-08', alternative: '2024-08-09' });
    expect(fixOf('dateOfBirth', '09.08.2024', { dateOrder: 'DMY' })).toMatchObject({ rule: 'date-ambiguous', to: '2024-08-09' });
  });

  test('09/08/2024 under the default MDY: review, read month first, the day-first reading shown', () => {
    const f = fixOf('dateOfBirth', '09/08/2024');
    expect(f).toMatchObject({ rule: 'date-ambiguous', to: '2024-09-08', alternative: '2024-08-09', confidence: 'review', group: 'month first' });
    expect(f!.message).toContain('2024-09-08');
    expect(f!.message).toContain('2024-08-09');
  });

  test('never an ambiguous date when the date order is only assumed (the user never chose one): that reading is a guess', () => {
    expect(fixOf('dateOfBirth', '09/08/2024', { dateOrderAssumed: true })).toBeNull();
    // A date with one reading is no guess.
    expect(fixOf('dateOfBirth', '12/25/2024', { dateOrderAssumed: true })).toMatchObject({ to: '2024-12-25', confidence: 'safe' });
    const r = suggestFixes({ headers: ['Birthday'], rows: [['09/08/2024'], ['Sep 8 2024']], firstLine: 2, settings: settingsWith(), dateOrderAssumed: true });
    expect(r.suggestions.map((s) => s.from)).toEqual(['Sep 8 2024']);
  });

  test('a bare number read as a spreadsheet date is review', () => {
    expect(fixOf('dateOfBirth', 45543)).toMatchObject({ rule: 'date-serial', from: '45543', to: '2024-09-08', confidence: 'review' });
  });

  test('a date with a time of day, which the import drops, is review', () => {
    const f = fixOf('dateOfBirth', 'Sep 8, 2024 10:30 PM');
    expect(f).toMatchObject({ rule: 'date-time', to: '2024-09-08', confidence: 'review' });
    expect(f!.message).toContain('time of day is dropped');
  });

  test('never: two-digit years, impossible dates, text already yyyy-mm-dd, real date cells, checkboxes', () => {
    for (const v of ['9/8/24', '09-08-24', 'Sep 8 24', 'Feb 30 2024', '2023-02-29', 'sometime in May', '2024-09-08', 'not a date']) {
      expect(fixOf('dateOfBirth', v)).toBeNull();
    }
    expect(fixOf('dateOfBirth', new Date(2024, 8, 8))).toBeNull();
    expect(fixOf('dateOfBirth', true)).toBeNull();
  });

  test('property: a numeric date is safe exactly when its two readings agree or one is impossible', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1900, max: 2100 }), fc.constantFrom('MDY', 'DMY'), fc.constantFrom('/', '-', '.'), (a, b, y, order, sep) => {
        const text = `${String(a).padStart(2, '0')}${sep}${String(b).padStart(2, '0')}${sep}${y}`;
        const over = { dateOrder: order };
        const f = fixOf('dateOfBirth', text, over);
        const read = importRead('dateOfBirth', text, over);
        const other = importRead('dateOfBirth', text, { dateOrder: order === 'MDY' ? 'DMY' : 'MDY' });
        if (!read.ok) {
          expect(f).toBeNull();
          return;
        }
        expect(f).not.toBeNull();
        expect(f!.to).toBe(read.value);
        const ambiguous = other.ok && other.value !== read.value;
        expect(f!.confidence).toBe(ambiguous ? 'review' : 'safe');
        if (ambiguous) expect(f!.alternative).toBe(other.ok && other.value);
      }),
      { numRuns: 500 },
    );
  });
});
