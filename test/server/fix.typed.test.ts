// What Apply leaves in a cell after Sheets' typed-entry conversion, for each kind: text stays text (a phone is
// never a number or a formula, "=…" never a formula, "TRUE" never a boolean), a date becomes a real date cell
// shown yyyy-mm-dd on its own calendar day in any spreadsheet time zone; and Undo gives each cell its type back.
import { dayOf } from '../../src/server/dates';
import { exec, serverForEachTest } from './helpers';
import { fixWorld, SHEET, sheetOf } from './fix.helpers';
import type { Testbed } from '../../testbed';

const { api } = serverForEachTest();

const cellOf = (tb: Testbed, a1: string) =>
  tb.uncounted(() => {
    const r = sheetOf(tb).getRange(a1);
    return { value: r.getValue() as unknown, formula: r.getFormula(), format: r.getNumberFormat(), display: r.getDisplayValue() };
  });

describe('typed-entry conversion of written values', () => {
  it('phones stay text in any number format, in E.164 and in international format', () => {
    const rows = [['Name', 'Phone', 'Mobile'], ['Ann', '(415) 555-0132', '415.555.0133'], ['Bob', '415 555 0134', '+1 (415) 555-0135'], ['Cy', 4155550136, '']];
    for (const phoneFormat of ['e164', 'international']) {
      const tb = fixWorld(rows, { settings: { phoneFormat, mapping: { Name: 'name', Phone: 'phone', Mobile: 'additionalPhones' } } });
      tb.uncounted(() => {
        sheetOf(tb).getRange('B3').setNumberFormat('@');
        sheetOf(tb).getRange('B4').setNumberFormat('0');
      });
      const formulas = tb.formulaWrites.length;
      const r = exec(tb, () => api.applyFixes({ allSafe: true }));
      expect(r.changed).toBe(5);
      const want = phoneFormat === 'e164'
        ? ['+14155550132', '+14155550134', '+14155550136', '+14155550133', '+14155550135']
        : ['+1 415 555 0132', '+1 415 555 0134', '+1 415 555 0136', '+1 415 555 0133', '+1 415 555 0135'];
      const got = ['B2', 'B3', 'B4', 'C2', 'C3'].map((a1) => cellOf(tb, a1));
      expect(got.map((c) => c.value)).toEqual(want);
      expect(got.map((c) => c.formula)).toEqual(['', '', '', '', '']);
      // The user's number formats stay ("@" on B3, "0" on B4 and C3).
      expect(got.map((c) => c.format)).toEqual(['0.###############', '@', '0', '0.###############', '0']);
      expect(tb.formulaWrites.slice(formulas).filter((w) => w.sheet === SHEET)).toEqual([]);
    }
  });

  // The process runs in UTC (test/setup/utc.ts); the spreadsheet in each of these zones (Tokyo: 9 hours ahead).
  it.each(['Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'Etc/UTC'])('dates become date cells shown yyyy-mm-dd, on their own day, in %s', (timeZone) => {
    const rows = [['Name', 'Birthday'], ['Ann', 'Sep 8 2024'], ['Bob', '2024/9/8'], ['Cy', '13 August 1990'], ['Di', '12/31/1999']];
    const tb = fixWorld(rows, { timeZone, settings: { mapping: { Name: 'name', Birthday: 'dateOfBirth' } } });
    tb.uncounted(() => sheetOf(tb).getRange('B3').setNumberFormat('@'));
    exec(tb, () => api.applyFixes({ allSafe: true }));
    const want = ['2024-09-08', '2024-09-08', '1990-08-13', '1999-12-31'];
    ['B2', 'B3', 'B4', 'B5'].forEach((a1, i) => {
      const c = cellOf(tb, a1);
      expect(c.value).toBeInstanceOf(Date);
      expect(dayOf(c.value as Date, timeZone)).toBe(want[i]);
      expect(c.display).toBe(want[i]);
      expect(c.format).toBe('yyyy-mm-dd');
    });
  });

  it('text that looks like a formula, a number, a boolean or a date stays text', () => {
    const rows = [['Name', 'Company', 'Color'], ['  =1+2  ', ' -5 ', 'true'], ['Bob', '  TRUE ', '007'], ['Cy', ' 2024-09-08 ', '+x'], ['  @Ann  ', ' =SUM(A1:A3) ', ''], ['+1 415  555 0132', '-  Acme', '']];
    const settings = { mapping: { Name: 'name', Company: 'companyName', Color: 'color' }, customFields: [{ key: 'color', label: 'Color', type: 'singleOption', options: ['TRUE', '007', '+X'] }] };
    const tb = fixWorld(rows, { settings });
    const formulas = tb.formulaWrites.length;
    const r = exec(tb, () => api.applyFixes({ allSafe: true }));
    expect(r.changed).toBe(10);
    const cells = ['A2', 'B2', 'B3', 'B4', 'C2', 'C4', 'A5', 'B5', 'A6', 'B6'].map((a1) => cellOf(tb, a1));
    expect(cells.map((c) => c.value)).toEqual(['=1+2', '-5', 'TRUE', '2024-09-08', 'TRUE', '+X', '@Ann', '=SUM(A1:A3)', '+1 415 555 0132', '- Acme']);
    // Shown as written: none is a formula, a number or an error.
    expect(cells.map((c) => c.formula)).toEqual(Array(10).fill(''));
    expect(cells.map((c) => c.display)).toEqual(['=1+2', '-5', 'TRUE', '2024-09-08', 'TRUE', '+X', '@Ann', '=SUM(A1:A3)', '+1 415 555 0132', '- Acme']);
    expect(tb.formulaWrites.slice(formulas).filter((w) => w.sheet === SHEET)).toEqual([]);
  });

  it('undo gives each cell back its value, type and number format', () => {
    const rows = [['Name', 'Phone', 'Birthday'], ['Ann', 4155550132, 45543], ['Bob', '(415) 555-0133', '09/08/2024']];
    const tb = fixWorld(rows, { timeZone: 'Pacific/Kiritimati', settings: { mapping: { Name: 'name', Phone: 'phone', Birthday: 'dateOfBirth' } } });
    tb.uncounted(() => {
      sheetOf(tb).getRange('B2').setNumberFormat('#,##0');
      sheetOf(tb).getRange('C2').setNumberFormat('0.00');
      sheetOf(tb).getRange('C3').setNumberFormat('@');
    });
    const before = ['B2', 'B3', 'C2', 'C3'].map((a1) => cellOf(tb, a1));
    const f = exec(tb, () => api.suggestFixes());
    exec(tb, () => api.applyFixes({ groups: f.groups.map((g) => g.key) }));
    expect(cellOf(tb, 'C2').value).toBeInstanceOf(Date);
    expect(cellOf(tb, 'C3').value).toBeInstanceOf(Date);
    exec(tb, () => api.undoFixes());
    expect(['B2', 'B3', 'C2', 'C3'].map((a1) => cellOf(tb, a1))).toEqual(before);
    expect(before.map((c) => typeof c.value)).toEqual(['number', 'string', 'number', 'string']);
  });
});

describe('a cell from its note (Next problem)', () => {
  it('says what is wrong with the cell and the fix it can get; Apply writes that fix', () => {
    const rows = [['Name', 'Email', 'Phone'], ['Ann', 'ann@x.com', '123-456-7890'], ['Bob', 'bob@gmial.com', '+14155550100']];
    const tb = fixWorld(rows, { settings: {} });
    exec(tb, () => api.startCheck());
    const c = exec(tb, () => api.nextProblemCell())!;
    expect(c).toEqual({
      a1: 'C2',
      line: 2,
      col: 2,
      column: 'Phone',
      messages: ['The phone number "123-456-7890" looks possible but is not a valid number for US (+1); it was kept as +11234567890. Check the digits, or write it in E.164 with its country code, such as +1 415 555 0123.'],
      fix: { kind: 'phone', rule: 'phone-not-valid', confidence: 'review', from: '123-456-7890', to: '+11234567890', message: 'This number looks possible but is not valid for its country: check the digits before writing +11234567890.' },
    });
    expect(tb.uncounted(() => sheetOf(tb).getActiveCell().getA1Notation())).toBe('C2');
    // A cell that is not flagged can still have a fix (a domain typo): no problem listed, the fix offered.
    const typo = exec(tb, () => api.cellProblem('B3'));
    expect(typo).toMatchObject({ a1: 'B3', messages: [], fix: { kind: 'email', rule: 'email-typo', to: 'bob@gmail.com', message: 'Did you mean bob@gmail.com?' } });
    exec(tb, () => api.applyFixes({ cells: [{ line: c.line, col: c.col, kind: c.fix!.kind, from: c.fix!.from, to: c.fix!.to }] }));
    expect(cellOf(tb, 'C2').value).toBe('+11234567890');
    // Written as E.164, the number is still not valid for its country: still flagged (re-checked), nothing more to fix.
    expect(exec(tb, () => api.nextProblemCell())).toMatchObject({ a1: 'C2', fix: null, messages: [expect.stringMatching(/^The phone number "\+11234567890" looks possible but is not a valid number/)] });
  });

  it('refuses what is not a cell address', () => {
    const tb = fixWorld();
    expect(() => exec(tb, () => api.cellProblem('=A1'))).toThrow('"=A1" is not a cell address like C7.');
  });
});
