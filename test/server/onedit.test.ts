// onEdit does not read the whole Contacts tab on every edit: the tab's index is cached for one version of the tab
// (its last row plus a stamp every write to it changes), and the statuses are the same as with a fresh read.
import { onEdit } from '../../src/server/onedit';
import { ContactIndex, makeNormalizer } from '../../src/engine/plan';
import { book, exec, measureEdit, values, HEAD, serverForEachTest } from './helpers';
import type { InputCell } from '../../testbed';
import type { Contact } from '../../src/engine/types';

const { api } = serverForEachTest();

function sheet(n: number): InputCell[][] {
  const rows: InputCell[][] = [HEAD];
  for (let i = 0; i < n; i++) rows.push([`P${i}`, `p${i}@x.com`, `+1415555${String(1000 + i)}`, 'Paris']);
  return rows;
}

const status = (tb: ReturnType<typeof book>, line: number) => String(values(tb, 'People')[line - 1][4]);

describe('onEdit and the Contacts tab', () => {
  it('a second edit makes fewer Spreadsheet calls than the first, and reads no Contacts values', () => {
    const tb = book(sheet(300));
    tb.triggers.onEdit = (e) => onEdit(e as never);
    exec(tb, () => api.runToEnd('import'));
    tb.uncounted(() => tb.sheetData('People').values.push(['New', 'new@x.com', '', 'Rome', '']));
    exec(tb, () => api.startCheck());
    const measure = (a1: string, text: string) => measureEdit(tb, a1, text);
    const first = measure('People!A2', 'P0 renamed');
    expect(status(tb, 2)).toBe('Will update (matched on Email)');
    const second = measure('People!A3', 'P1 renamed');
    expect(status(tb, 3)).toBe('Will update (matched on Email)');
    expect(second.spreadsheet).toBeLessThan(first.spreadsheet);
    // The first read the Contacts tab (getDataRange, then its header and its key columns: 2 getValues, issue 9);
    // the second only the edited row and the header.
    expect(first.dataRange - second.dataRange).toBe(1);
    expect(first.getValues - second.getValues).toBe(2);
    expect(tb.counter.total('UrlFetchApp')).toBe(0);
    // The new row, unchanged, stays "Ready to create"; a row put back as imported is "Already imported".
    tb.edit('People!D302', 'Lyon');
    expect(status(tb, 302)).toBe('Ready to create');
    tb.edit('People!A2', 'P0');
    expect(status(tb, 2)).toBe('Already imported (unchanged)');
  });

  it('an import, a revert or an edit of the Contacts tab changes the version: the next edit sees the new contacts', () => {
    const tb = book([HEAD, ['Ann', 'ann@x.com', '', 'Paris'], ['Bob', 'bob@x.com', '', 'Rome']]);
    tb.triggers.onEdit = (e) => onEdit(e as never);
    exec(tb, () => api.startCheck());
    tb.edit('People!D2', 'Lyon');
    expect(status(tb, 2)).toBe('Ready to create'); // cached: no contact yet
    const p = exec(tb, () => api.startImport());
    tb.edit('People!D2', 'Nice');
    expect(status(tb, 2)).toBe('Will update (matched on Email)');
    exec(tb, () => api.revertRun(p.runId));
    tb.edit('People!D2', 'Oslo');
    expect(status(tb, 2)).toBe('Ready to create');
    exec(tb, () => api.startImport());
    tb.edit('People!D3', 'Turin');
    expect(status(tb, 3)).toBe('Will update (matched on Email)');
    // Someone changes Bob's email in the Contacts tab by hand (the same number of rows).
    tb.edit('Contacts!B3', 'robert@x.com');
    tb.edit('People!D3', 'Milan');
    expect(status(tb, 3)).toBe('Ready to create');
  });

  it('the compact index plans like the index it was made from', () => {
    const normalize = makeNormalizer();
    const ix = new ContactIndex(normalize);
    ix.add({ id: 'C-1', contact: { email: 'A@x.com', phone: '+14155550100' }, fingerprint: 'f1' });
    ix.add({ id: 'C-2', contact: { externalId: 'E2', email: 'b@x.com' }, fingerprint: 'f2' });
    ix.replace(1, { id: 'C-2', contact: { externalId: 'E2', email: 'b2@x.com' }, fingerprint: 'f3' });
    const back = ContactIndex.fromCompact(JSON.parse(JSON.stringify(ix.toCompact())), normalize);
    expect(back.size).toBe(2);
    for (const q of <Contact[]>[{ email: 'a@X.com' }, { email: 'b@x.com' }, { email: 'b2@x.com' }, { phone: '+1 415 555 0100' }, { externalId: 'E2' }, { contactId: 'C-2' }, { contactId: 'C-9' }, { email: 'z@x.com' }]) {
      expect(back.find(q, ['contactId', 'externalId', 'email', 'phone'])).toEqual(ix.find(q, ['contactId', 'externalId', 'email', 'phone']));
    }
    for (const fp of ['f1', 'f2', 'f3']) expect(back.byFingerprint(fp)).toBe(ix.byFingerprint(fp));
    expect(back.records.map((r) => r.id)).toEqual(['C-1', 'C-2']);
  });
});
