// A blank row in the Contacts tab: every write still lands on the row of its contact. (The tab used to be read
// without its blank rows, while writes went to "position + 2": an update after a gap wrote one row too high,
// and new contacts overwrote the last contact.)
import { book, exec, values, contacts, HEAD, serverForEachTest } from './helpers';
import type { InputCell } from '../../testbed';

const { api } = serverForEachTest();

const CONTACTS_HEAD = [...HEAD, 'Contact ID', 'Created at', 'Updated at', 'Source run', 'Source line', 'Row fingerprint'];
const sys = (id: string) => [id, '2024-01-01 10:00:00', '2024-01-01 10:00:00', 'R-old', '', 'fp-' + id];

function withGap(people: InputCell[][]) {
  return book(people, {
    Contacts: [
      CONTACTS_HEAD,
      ['Ann', 'ann@x.com', '', 'Paris', ...sys('C-A')],
      ['', '', '', '', '', '', '', '', '', ''],
      ['Bob', 'bob@x.com', '', 'Rome', ...sys('C-B')],
      ['Cy', 'cy@x.com', '', 'Oslo', ...sys('C-C')],
    ],
  });
}

const people = (): InputCell[][] => [HEAD, ['Bob New', 'bob@x.com', '', ''], ['Zed', 'zed@x.com', '', 'Lima']];
const activate = (tb: ReturnType<typeof book>) => tb.uncounted(() => (tb.workbook.activeSheetId = tb.sheetData('People').id));

describe('Contacts tab with a blank row', () => {
  it('an update after the gap lands on its contact and a new contact is appended, the gap and Cy untouched', () => {
    const tb = withGap(people());
    activate(tb);
    const p = exec(tb, () => api.startImport());
    expect(p.result).toMatchObject({ created: 1, updated: 1, errors: 0 });
    const v = values(tb, 'Contacts');
    expect(v.map((r) => r[0])).toEqual(['Name', 'Ann', '', 'Bob New', 'Cy', 'Zed']);
    expect(v.map((r) => r[4])).toEqual(['Contact ID', 'C-A', '', 'C-B', 'C-C', expect.stringMatching(/^C-/)]);
    expect(v[2].every((c) => c === '')).toBe(true);
    expect(v[4].slice(0, 4)).toEqual(['Cy', 'cy@x.com', '', 'Oslo']);
    expect(v[3].slice(0, 4)).toEqual(['Bob New', 'bob@x.com', '', 'Rome']);
  });

  it('create only: the new contact is appended after the last row', () => {
    const tb = withGap([HEAD, ['Zed', 'zed@x.com', '', 'Lima'], ['Yan', 'yan@x.com', '', '']]);
    activate(tb);
    exec(tb, () => api.saveSettings({ mode: 'create' } as never));
    expect(exec(tb, () => api.startImport()).result).toMatchObject({ created: 2 });
    expect(values(tb, 'Contacts').map((r) => r[0])).toEqual(['Name', 'Ann', '', 'Bob', 'Cy', 'Zed', 'Yan']);
  });

  it('the record limit counts contacts, not blank rows', () => {
    const tb = withGap([HEAD, ['Zed', 'zed@x.com', '', ''], ['Yan', 'yan@x.com', '', '']]);
    activate(tb);
    exec(tb, () => api.saveSettings({ recordLimit: 4 }));
    const p = exec(tb, () => api.startImport());
    expect(p.result).toMatchObject({ created: 1, errors: 1 });
    expect(values(tb, 'People')[2][4]).toBe('Error: Max number of contacts reached (4)');
  });

  it('revert removes the created contact and restores the updated one, keeping the gap and the others', () => {
    const tb = withGap(people());
    activate(tb);
    const p = exec(tb, () => api.startImport());
    exec(tb, () => api.revertRun(p.runId));
    const v = values(tb, 'Contacts');
    expect(v.map((r) => r[0])).toEqual(['Name', 'Ann', '', 'Bob', 'Cy']);
    const c = contacts(tb);
    expect(c.find((x) => x.Email === 'bob@x.com')).toMatchObject({ Name: 'Bob', 'Contact ID': 'C-B', City: 'Rome' });
    expect(c.find((x) => x.Email === 'cy@x.com')).toMatchObject({ Name: 'Cy', 'Contact ID': 'C-C' });
    // A re-run after the revert sees the tab as it is: Bob is updated again, Zed created again.
    expect(exec(tb, () => api.startImport()).result).toMatchObject({ created: 1, updated: 1 });
    expect(values(tb, 'Contacts').map((r) => r[0])).toEqual(['Name', 'Ann', '', 'Bob New', 'Cy', 'Zed']);
  });
});
