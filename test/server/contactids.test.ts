// A check that matches on no Contact ID reads the Contacts tab's ids only when a row already imported names one.
import { ContactsTab } from '../../src/server/contacts';
import { keyNormalizer } from '../../src/server/run/context';
import { loadSettings } from '../../src/server/config';
import { book, exec, values, HEAD, serverForEachTest } from './helpers';

const { api } = serverForEachTest();

const contactsTab = [
  ['Name', 'Email', 'Phone', 'City', 'Contact ID', 'Created at', 'Updated at', 'Source run', 'Source line', 'Row fingerprint'],
  ...Array.from({ length: 50 }, (_, i) => [`E${i}`, `e${i}@x.com`, '', '', `C-E${i}`, '', '', '', '', '']),
];

describe('the Contacts tab\'s ids in a check', () => {
  it('are left unread with the keys, then read in one call when asked, and the index is the same as with them', () => {
    // 20,000 contacts: the columns between Phone and Row fingerprint cost more than a read call (read apart).
    const big = [contactsTab[0], ...Array.from({ length: 20_000 }, (_, i) => [`E${i}`, `e${i}@x.com`, '', '', `C-E${i}`, '', '', '', '', i % 3 ? `fp${i}` : ''])];
    big[5] = ['', '', '', '', 'C-ONLY-ID', '', '', '', '', '']; // a row with an id and nothing else
    const tb = book([HEAD], { Contacts: big });
    const got = tb.run(() => {
      const settings = loadSettings();
      const opts = { settings, normalize: keyNormalizer(settings), now: () => '' };
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const full = new ContactsTab(ss, opts, 'plan');
      let lazy: ContactsTab | null = null;
      const m = tb.model.measure(() => (lazy = new ContactsTab(ss, { ...opts, lazyIds: true }, 'plan')));
      const idsBefore = lazy!.index.records.map((r) => r.id);
      const n = tb.model.measure(() => {
        lazy!.ensureIds();
        lazy!.ensureIds(); // once
      });
      return { full: full.index.records, lazy: lazy!.index.records, idsBefore, keysCells: m.cellsRead, idCells: n.cellsRead, idCalls: n.byMethod['Range.getValues']?.calls };
    });
    expect(got.idsBefore.every((id) => id === '')).toBe(true);
    expect(got.keysCells).toBeLessThan(3 * 20_000 + 100); // Email and Phone, Row fingerprint, headers: no Contact ID
    expect([got.idCells, got.idCalls]).toEqual([20_000, 1]);
    // The row that holds only an id has nothing a check matches on (a slot without its id here; a record limit reads
    // every cell, never this way); every other record is as with the ids read.
    expect(got.lazy.map((r, i) => (i === 4 ? { ...r, id: got.full[4].id } : r))).toEqual(got.full);
    expect(got.lazy.filter((r) => r.fingerprint).every((r) => r.id.startsWith('C-E'))).toBe(true);
  });

  it('are read when a row of a check was already imported (the Contacts tab\'s decisions as before)', () => {
    const tb = book([HEAD, ['Ann', 'e1@x.com', '', 'Paris'], ['Bo', 'bo@x.com', '', 'Rome']], { Contacts: contactsTab });
    exec(tb, () => api.runToEnd('check'));
    expect(values(tb, 'People').slice(1).map((r) => String(r[4]))).toEqual([expect.stringMatching(/^Will update/), 'Ready to create']);
    exec(tb, () => api.runToEnd('import'));
    const p = exec(tb, () => api.runToEnd('check'));
    expect(p.check).toMatchObject({ total: 2, alreadyImported: 2 });
    expect(values(tb, 'People').slice(1).map((r) => String(r[4]))).toEqual(['Already imported (unchanged)', 'Already imported (unchanged)']);
  });

  it('are read with the keys when the sheet maps a Contact ID column (rows match on it)', () => {
    const tb = book([['Name', 'Email', 'Contact ID'], ['Ann', 'new@x.com', 'C-E7'], ['Bo', 'bo@x.com', 'C-NOPE']], { Contacts: contactsTab });
    exec(tb, () => api.runToEnd('check'));
    const status = values(tb, 'People').slice(1).map((r) => String(r[3]));
    expect(status[0]).toMatch(/^Will update.*Contact ID/);
    expect(status[1]).toMatch(/not valid or not in your sub-account/);
  });
});
