// Date cells in a spreadsheet whose time zone is not the script's. Apps Script runs the script in the manifest's
// zone (Etc/UTC: the process here is in UTC too, test/setup/utc.ts) and hands a date cell over as the instant of its
// local midnight in the *spreadsheet's* zone. The day typed must be the day checked, imported, fingerprinted,
// reverted and shown in History, in every zone: east of UTC (Tokyo, Kolkata's half hour, Kiritimati's +14), west
// (Los Angeles, Pago Pago's -11), with daylight saving (London, Lord Howe's half-hour DST, São Paulo's DST that
// started at midnight), and with the local mean times of 1900-1920 (offsets with seconds).
import * as vm from 'node:vm';
import fc from 'fast-check';
import { rowFingerprintOf } from '../../src/engine/fingerprint';
import { createTestbed, workbookFromRows } from '../../testbed';
import { zonedParts, zonedToDate } from '../../testbed/values';
import { resetExecutionCache } from '../../src/server/run/execution';
import { save } from '../../src/server/store';
import { exec, values, contacts, serverForEachTest } from './helpers';

const { env, api } = serverForEachTest();

const HEAD = ['Name', 'Email', 'Date of birth'];
const CONTACTS_HEAD = [...HEAD, 'Contact ID', 'Created at', 'Updated at', 'Source run', 'Source line', 'Row fingerprint'];

const ZONES = [
  'Pacific/Kiritimati', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Europe/London', 'America/Los_Angeles',
  'Pacific/Pago_Pago', 'America/Sao_Paulo', 'Etc/UTC',
];

const ymd = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The day a date cell of the sheet shows (the sheet's own display, in its zone). */
function shownDay(tb: ReturnType<typeof createTestbed>, sheet: string, r: number, c: number): string {
  const p = zonedParts(tb.sheetData(sheet).cell(r, c) as Date, tb.workbook.timeZone);
  return ymd(p.year, p.month, p.day);
}

/** Whether the zone's clocks show the day `day` at all. */
function exists(day: string, zone: string): boolean {
  const [y, m, d] = day.split('-').map(Number);
  const p = zonedParts(zonedToDate(y, m, d, 0, 0, 0, 0, zone), zone);
  return ymd(p.year, p.month, p.day) === day;
}

/** A People sheet with Ann's date of birth typed as `typed`, and a Contacts tab where Ann's is typed as `before`. */
function world(zone: string, typed: string, before: string) {
  const tb = createTestbed({
    timeZone: zone,
    workbook: workbookFromRows(
      {
        People: [HEAD, ['Ann', 'ann@x.com', '']],
        Contacts: [CONTACTS_HEAD, ['Ann', 'ann@x.com', '', 'C-A', '2024-01-01 10:00:00', '2024-01-01 10:00:00', 'R-old', '', 'fp-old']],
      },
      { timeZone: zone },
    ),
  });
  resetExecutionCache();
  env.budgets.chunkRows = 1000;
  tb.edit('People!C2', typed); // a person typing the date: Sheets stores the instant of its midnight in `zone`
  tb.edit('Contacts!C2', before);
  tb.run(() => save('settings', { listSuccesses: true }));
  tb.uncounted(() => (tb.workbook.activeSheetId = tb.sheetData('People').id));
  return tb;
}

/** Check, import, revert; returns what each step shows of Ann's date of birth. */
function roundTrip(zone: string, typed: string, before: string) {
  const tb = world(zone, typed, before);
  const check = exec(tb, () => api.runToEnd('check'));
  const checkedNote = tb.sheetData('People').notes[1]?.[2] ?? '';
  const imp = exec(tb, () => api.runToEnd('import'));
  const after = contacts(tb)[0];
  const hist = values(tb, 'History');
  const line = hist.find((r) => r[0] === '' && String(r[2]) === 'Success');
  const details = line ? JSON.parse(String(line[9])) : {};
  // An update that changed nothing leaves nothing to revert.
  if (typed === before) {
    expect(() => exec(tb, () => api.revertRun(imp.runId))).toThrow(/left nothing to revert/);
    return { tb, check, checkedNote, imp, after, details, revert: null, reverted: shownDay(tb, 'Contacts', 1, 2) };
  }
  const revert = exec(tb, () => api.revertRun(imp.runId));
  const reverted = contacts(tb)[0]['Date of birth'];
  return { tb, check, checkedNote, imp, after, details, revert, reverted };
}

describe('the process runs in UTC, as Apps Script runs the script in the manifest\'s Etc/UTC', () => {
  it('local time is UTC here', () => {
    expect(new Date(2024, 0, 5).getTimezoneOffset()).toBe(0);
    expect(new Date(2024, 0, 5).toISOString()).toBe('2024-01-05T00:00:00.000Z');
  });
});

describe('date cells of a sheet in another time zone than the script\'s', () => {
  it('a Tokyo sheet: a typed 1990-09-08 is checked, imported, shown in History and reverted as 1990-09-08', () => {
    const r = roundTrip('Asia/Tokyo', '1990-09-08', '1970-01-01');
    // The cell really holds the instant of Tokyo's midnight: a UTC reading of it is a day early.
    expect((r.tb.sheetData('People').cell(1, 2) as Date).toISOString()).toBe('1990-09-07T15:00:00.000Z');
    expect(r.check.check).toMatchObject({ ready: 1, errors: 0, warnings: 0 });
    expect(r.checkedNote).toBe('');
    expect(r.imp.result).toMatchObject({ updated: 1, errors: 0 });
    expect(r.after['Date of birth']).toBe('1990-09-08');
    expect(r.details).toMatchObject({ dateOfBirth: '1990-09-08', _previous: { dateOfBirth: '1970-01-01' } });
    expect(r.reverted).toBe('1970-01-01');
    // The status column says the row was reverted, and the History stamps are Tokyo's wall clock.
    expect(String(values(r.tb, 'People')[1][3])).toMatch(/^Reverted \(contact C-A restored by R-/);
  });

  it('History\'s Started and Finished, and the Created/Updated stamps, are the spreadsheet\'s wall clock', () => {
    const tb = createTestbed({ timeZone: 'Asia/Tokyo', workbook: workbookFromRows({ People: [HEAD, ['Bo', 'bo@x.com', '']] }, { timeZone: 'Asia/Tokyo' }) });
    resetExecutionCache();
    tb.uncounted(() => (tb.workbook.activeSheetId = tb.sheetData('People').id));
    const t0 = Date.now();
    exec(tb, () => api.runToEnd('import'));
    const tokyo = (t: number) => {
      const p = zonedParts(new Date(t), 'Asia/Tokyo');
      return `${ymd(p.year, p.month, p.day)} ${String(p.hour).padStart(2, '0')}`;
    };
    const summary = values(tb, 'History')[2];
    const bo = contacts(tb)[0];
    for (const stamp of [summary[1], summary[2], bo['Created at'], bo['Updated at']]) {
      expect(typeof stamp).toBe('string');
      // The same day and hour as Tokyo's clock now (the run takes well under the hour it could straddle).
      expect([tokyo(t0), tokyo(Date.now())]).toContain(String(stamp).slice(0, 13));
    }
  });

  it('a typed date of birth equal to the contact\'s is not a change: Updated at stays', () => {
    const r = roundTrip('Asia/Kolkata', '2024-01-05', '2024-01-05');
    expect(r.imp.result).toMatchObject({ updated: 1, errors: 0 });
    expect(r.after['Updated at']).toBe('2024-01-01 10:00:00');
    expect(r.details).toMatchObject({ dateOfBirth: '2024-01-05' });
    expect(r.details._previous).toBeUndefined();
    expect(String(values(r.tb, 'People')[1][3])).toBe('Imported (updated C-A, matched on Email)');
  });

  it('the fingerprint of a date cell is its day, whatever the sheet\'s zone', () => {
    const fields = ['name', 'email', 'dateOfBirth'];
    const expected = rowFingerprintOf(['Ann', 'ann@x.com', new Date(Date.UTC(1990, 8, 8))], fields);
    for (const zone of ['Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      const r = roundTrip(zone, '1990-09-08', '1970-01-01');
      expect(r.after['Row fingerprint']).toBe(expected);
    }
  });

  it('the sidebar\'s sample of a date column and a date header are the days the sheet shows', () => {
    const tb = createTestbed({ timeZone: 'Asia/Tokyo', workbook: workbookFromRows({ People: [['Name', 'Email', ''], ['Ann', 'ann@x.com', '']] }, { timeZone: 'Asia/Tokyo' }) });
    tb.edit('People!C1', '2024-09-08'); // a header that is a date
    tb.edit('People!C2', '1990-09-08');
    tb.uncounted(() => (tb.workbook.activeSheetId = tb.sheetData('People').id));
    resetExecutionCache();
    const state = exec(tb, () => api.getSidebarState());
    const col = state.columns.find((c) => c.index === 2);
    expect(col).toMatchObject({ header: '2024-09-08', sample: '1990-09-08' });
  });

  it('problem rows exported to a new tab keep the date cells the sheet holds', () => {
    const tb = createTestbed({ timeZone: 'Asia/Tokyo', workbook: workbookFromRows({ People: [HEAD, ['', 'not-an-email', '']] }, { timeZone: 'Asia/Tokyo' }) });
    tb.edit('People!C2', '1990-09-08');
    tb.uncounted(() => (tb.workbook.activeSheetId = tb.sheetData('People').id));
    resetExecutionCache();
    const imp = exec(tb, () => api.runToEnd('import'));
    expect(imp.result).toMatchObject({ errors: 1 });
    const out = exec(tb, () => api.exportProblemRows(imp.runId));
    const cell = tb.sheetData(out.sheetName).cell(1, 2);
    expect((cell as Date).getTime()).toBe((tb.sheetData('People').cell(1, 2) as Date).getTime());
    expect(shownDay(tb, out.sheetName, 1, 2)).toBe('1990-09-08');
  });

  it('property: random days 1900-2100 in every zone are checked, imported, fingerprinted, reverted and shown as typed', () => {
    const fields = ['name', 'email', 'dateOfBirth'];
    const day = fc.integer({ min: Date.UTC(1900, 0, 1) / 864e5, max: Date.UTC(2100, 11, 31) / 864e5 }).map((n) => {
      const d = new Date(n * 864e5);
      return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    });
    // London's and Lord Howe's DST changes, São Paulo's midnight ones, Kiritimati's dateline move, LMT years.
    const edges = fc.constantFrom(
      '1900-01-01', '1905-06-30', '1916-05-21', '1941-10-01', '1968-02-18', '1971-10-31', '1990-03-25', '1990-10-28',
      '1994-12-30', '1995-01-01', '2018-11-04', '2024-03-31', '2024-10-27', '2024-04-07', '2024-10-06', '2100-12-31',
    );
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.oneof(day, edges), fc.oneof(day, edges), (zone, typed, before) => {
        // Kiritimati skipped 1994-12-31 altogether: no cell can show that day there.
        fc.pre(exists(typed, zone) && exists(before, zone));
        const r = roundTrip(zone, typed, before);
        expect(shownDay(r.tb, 'People', 1, 2)).toBe(typed);
        expect(r.check.check).toMatchObject({ errors: 0, warnings: 0 });
        expect(r.checkedNote).toBe('');
        expect(r.after['Date of birth']).toBe(typed);
        expect(r.after['Row fingerprint']).toBe(rowFingerprintOf(['Ann', 'ann@x.com', new Date(`${typed}T00:00:00Z`)], fields));
        expect(r.details.dateOfBirth).toBe(typed);
        if (before !== typed) expect(r.details._previous).toEqual({ dateOfBirth: before });
        expect(r.reverted).toBe(typed === before ? typed : before);
      }),
      { numRuns: 60, seed: 0x7a5e },
    );
  });
});

describe('the add-on does not depend on the process\'s own zone', () => {
  // Jest's `process.env` is a copy: the real one is what Date's local time follows.
  const realEnv = (vm.runInThisContext('process') as NodeJS.Process).env;
  beforeAll(() => {
    realEnv.TZ = 'America/Los_Angeles';
  });
  afterAll(() => {
    realEnv.TZ = 'UTC';
  });

  it('with the process in Los Angeles and the sheet in Tokyo, 1990-09-08 stays 1990-09-08', () => {
    expect(new Date(2024, 0, 5).getTimezoneOffset()).toBe(480);
    const r = roundTrip('Asia/Tokyo', '1990-09-08', '1970-01-01');
    expect(r.after['Date of birth']).toBe('1990-09-08');
    expect(r.details).toMatchObject({ dateOfBirth: '1990-09-08', _previous: { dateOfBirth: '1970-01-01' } });
    expect(r.reverted).toBe('1970-01-01');
  });
});
