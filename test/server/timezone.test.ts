// Date cells east of UTC. In Apps Script a date cell reads as the Date of its local midnight; its day is the one in
// the script's time zone (the process's own), which toISOString (UTC) would make a day early east of UTC.
import * as vm from 'node:vm';
import { createTestbed, workbookFromRows, type InputCell } from '../../testbed';
import { resetExecutionCache } from '../../src/server/run/execution';
import { exec, values, contacts, serverForEachTest } from './helpers';

const { env, api } = serverForEachTest();

// Jest's `process.env` is a copy: the real one is what Date's local time follows.
const realEnv = (vm.runInThisContext('process') as NodeJS.Process).env;
const savedTz = realEnv.TZ;
beforeAll(() => {
  realEnv.TZ = 'Asia/Tokyo';
});
afterAll(() => {
  if (savedTz === undefined) delete realEnv.TZ;
  else realEnv.TZ = savedTz;
});

const HEAD = ['Name', 'Email', 'Date of birth'];
const CONTACTS_HEAD = [...HEAD, 'Contact ID', 'Created at', 'Updated at', 'Source run', 'Source line', 'Row fingerprint'];

function world(dob: InputCell, incoming: string) {
  const tb = createTestbed({
    timeZone: 'Asia/Tokyo',
    scriptTimeZone: 'Asia/Tokyo',
    workbook: workbookFromRows(
      {
        People: [HEAD, ['Ann', 'ann@x.com', incoming]],
        Contacts: [CONTACTS_HEAD, ['Ann', 'ann@x.com', dob, 'C-A', '2024-01-01 10:00:00', '2024-01-01 10:00:00', 'R-old', '', 'fp-old']],
      },
      { timeZone: 'Asia/Tokyo' },
    ),
  });
  resetExecutionCache();
  env.budgets.chunkRows = 1000;
  tb.uncounted(() => (tb.workbook.activeSheetId = tb.sheetData('People').id));
  return tb;
}

describe('Date cells in the Contacts tab, east of UTC', () => {
  it('the time zone really is east of UTC here (else these tests would pass by accident)', () => {
    expect(new Date(2024, 0, 5).toISOString().slice(0, 10)).toBe('2024-01-04');
  });

  it('a typed date of birth equal to the row\'s is not a change: Updated at stays', () => {
    const tb = world(new Date(2024, 0, 5), '2024-01-05');
    const p = exec(tb, () => api.startImport());
    expect(p.result).toMatchObject({ updated: 1, errors: 0 });
    const ann = contacts(tb)[0];
    expect(ann['Updated at']).toBe('2024-01-01 10:00:00');
    expect(String(values(tb, 'People')[1][3])).toBe('Imported (updated C-A, matched on Email)');
  });

  it('a revert puts back the day that was there, not the UTC instant', () => {
    const tb = world(new Date(2024, 0, 5), '2024-01-06');
    const p = exec(tb, () => api.startImport());
    expect(contacts(tb)[0]['Date of birth']).toBe('2024-01-06');
    exec(tb, () => api.revertRun(p.runId));
    const dob = contacts(tb)[0]['Date of birth'];
    expect(dob instanceof Date ? [dob.getFullYear(), dob.getMonth() + 1, dob.getDate()].join('-') : dob).toBe('2024-01-05');
  });
});
