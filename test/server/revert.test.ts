import { UNDO_TAB } from '../../src/server/tabs';
import { PACKED, UndoJournal } from '../../src/server/undo';
import { book, exec, values, contacts, HEAD, serverForEachTest } from './helpers';
import type { InputCell } from '../../testbed';

const { env, api } = serverForEachTest();

const people = (): InputCell[][] => [
  HEAD,
  ['Ann', 'ann@x.com', '+14155550100', 'Paris'],
  ['Bob', 'bob@y.com', '', 'Rome'],
  ['Cy', 'cy@z.com', '', 'Oslo'],
];

function edit(tb: ReturnType<typeof book>, sheet: string, row: number, col: number, v: InputCell) {
  tb.uncounted(() => (tb.sheetData(sheet).values[row]![col] = v as never));
}

/** Sets a Contacts cell by header, as a person (or another tool) would. */
function editContact(tb: ReturnType<typeof book>, email: string, header: string, v: string) {
  tb.uncounted(() => {
    const s = tb.sheetData('Contacts');
    const head = s.values[0] as string[];
    const r = s.values.findIndex((row) => row && row[head.indexOf('Email')] === email);
    s.values[r]![head.indexOf(header)] = v;
  });
}

describe('Revert run restores updated contacts', () => {
  it('restores only the fields the run changed, and leaves contacts changed since, saying so in History', () => {
    const tb = book(people());
    exec(tb, () => api.startImport());
    const first = contacts(tb);
    // run 2 updates Ann (Name, City) and Bob (City) and Cy (Name)
    edit(tb, 'People', 1, 0, 'Ann B');
    edit(tb, 'People', 1, 3, 'Lyon');
    edit(tb, 'People', 2, 3, 'Milan');
    edit(tb, 'People', 3, 0, 'Cy C');
    const p2 = exec(tb, () => api.startImport());
    expect(p2.result).toMatchObject({ updated: 3, created: 0 });
    // since then: someone edits Bob's City by hand; run 3 changes Cy's Name again and Ann's Phone (a field
    // run 2 did not change)
    editContact(tb, 'bob@y.com', 'City', 'Turin');
    edit(tb, 'People', 3, 0, 'Cy D');
    edit(tb, 'People', 1, 2, '+14155550199');
    const p3 = exec(tb, () => api.startImport());
    expect(p3.result).toMatchObject({ updated: 2 });

    const r = exec(tb, () => api.revertRun(p2.runId));
    expect(r.message).toMatch(new RegExp(`^Reverted run ${p2.runId}: removed 0 created contacts, restored 1 updated contact to their previous values\\. 2 updated contacts changed since and were left as they are \\(C-\\S+, C-\\S+\\); see History\\.$`));
    const now = contacts(tb);
    const ann = now.find((c) => c.Email === 'ann@x.com')!;
    const bob = now.find((c) => c.Email === 'bob@y.com')!;
    const cy = now.find((c) => c.Email === 'cy@z.com')!;
    // Ann: run 2's fields back; the Phone edited since (not changed by run 2) stays
    expect(ann).toMatchObject({ Name: 'Ann', City: 'Paris', Phone: '+14155550199' });
    // run 3 wrote Ann's row last: 'Updated at' becomes the revert's time, and the fingerprint is cleared, so a
    // re-run looks at her row again
    expect(ann['Row fingerprint']).toBe('');
    expect(ann['Updated at']).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/);
    // Bob and Cy were changed since: left as they are
    expect(bob.City).toBe('Turin');
    expect(cy.Name).toBe('Cy D');
    expect(now.map((c) => c['Contact ID'])).toEqual(first.map((c) => c['Contact ID']));
    // History: the revert block (no counts), one line per contact left as it is
    const h = values(tb, 'History');
    expect(h[2].slice(6, 8)).toEqual([`Revert of ${p2.runId}`, 'Completed']);
    expect(h[2].slice(8, 14)).toEqual(['', '', '', '', '', '']);
    const lines = h.slice(3).filter((x) => x[0] === '' && /was not restored/.test(String(x[8])));
    expect(lines.map((x) => x[8])).toEqual([
      expect.stringMatching(new RegExp(`^Line 3: contact ${bob['Contact ID']} was not restored: City changed since run ${p2.runId} updated it; it is left as it is$`)),
      expect.stringMatching(new RegExp(`^Line 4: contact ${cy['Contact ID']} was not restored: Name changed since run ${p2.runId} updated it; it is left as it is$`)),
    ]);
    expect(lines.map((x) => [x[2], x[3]])).toEqual([['Skipped', 'skipped'], ['Skipped', 'skipped']]);
    // the journal no longer holds run 2
    expect(values(tb, UNDO_TAB).some((x) => x[0] === p2.runId)).toBe(false);
    // a re-run of the same rows updates Ann again (her fingerprint was cleared), and Bob and Cy are unchanged
    const again = exec(tb, () => api.startImport());
    expect(again.result).toMatchObject({ updated: 1, skipped: 2 });
    expect(contacts(tb).find((c) => c.Email === 'ann@x.com')).toMatchObject({ Name: 'Ann B', City: 'Lyon' });
  });

  it("an update that changes nothing leaves 'Updated at' alone", () => {
    const tb = book(people());
    exec(tb, () => api.startImport());
    const before = contacts(tb);
    tb.uncounted(() => {
      const s = tb.sheetData('Contacts');
      s.values[1]![5] = '2020-01-01 00:00:00'; // Created at
      s.values[1]![6] = '2020-01-01 00:00:00'; // Updated at
    });
    edit(tb, 'People', 1, 1, 'ANN@X.COM'); // same contact, same values: a new fingerprint only
    const p = exec(tb, () => api.startImport());
    expect(p.result).toMatchObject({ updated: 1, skipped: 2 });
    const ann = contacts(tb)[0];
    expect(ann['Updated at']).toBe('2020-01-01 00:00:00');
    expect(ann['Row fingerprint']).not.toBe(before[0]['Row fingerprint']);
    // and reverting it restores nothing and removes nothing
    expect(() => exec(tb, () => api.revertRun(p.runId))).toThrow(/left nothing to revert/);
  });

  it('a resumed chunk reports the updates it already made as updated, once, and they can be reverted', () => {
    const rows: InputCell[][] = [HEAD, ...Array.from({ length: 12 }, (_, i) => [`P${i}`, `p${i}@x.com`, '', 'A'])];
    const tb = book(rows);
    exec(tb, () => api.startImport());
    const first = contacts(tb);
    tb.uncounted(() => {
      const s = tb.sheetData('People');
      for (let r = 1; r <= 12; r++) s.values[r]![3] = 'B';
    });
    env.budgets.chunkRows = 5;
    let thrown = 0;
    env.fault = (point, chunk) => {
      if (point === 'after-destination' && chunk === 1 && thrown++ === 0) throw new Error('boom');
    };
    expect(() => exec(tb, () => api.startImport())).toThrow(/stopped: boom/);
    env.fault = undefined;
    const p = exec(tb, () => api.resumeRun())!;
    expect(p.result).toMatchObject({ total: 12, updated: 12, skipped: 0, created: 0, errors: 0 });
    expect(values(tb, 'People').slice(1).map((x) => x[4])).toEqual(first.map((c) => `Imported (updated ${c['Contact ID']}, matched on Email)`));
    // Packed: a row of records per chunk of 5 (5, 5, 2), the replayed chunk's updates journaled once.
    expect(values(tb, UNDO_TAB).filter((x) => x[0] === p.runId).map((x) => [x[1], x[2]])).toEqual([[PACKED, '5'], [PACKED, '5'], [PACKED, '2']]);
    expect(tb.run(() => new UndoJournal(SpreadsheetApp.getActiveSpreadsheet()).entries(p.runId).map((e) => e.line))).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    exec(tb, () => api.revertRun(p.runId));
    expect(contacts(tb)).toEqual(first);
  });

  it('a journaled update that never reached the Contacts tab is made on resume', () => {
    const rows: InputCell[][] = [HEAD, ['Ann', 'ann@x.com', '', 'A']];
    const tb = book(rows);
    exec(tb, () => api.startImport());
    edit(tb, 'People', 1, 3, 'B');
    // the Contacts tab's write fails once, after the journal was written
    const { RangeImpl } = require('../../testbed/spreadsheet');
    const original = RangeImpl.prototype.setValues;
    let failed = false;
    RangeImpl.prototype.setValues = function (this: { getSheet(): { getName(): string } }, ...args: unknown[]) {
      if (!failed && this.getSheet().getName() === 'Contacts') {
        failed = true;
        throw new Error('Service Spreadsheets timed out');
      }
      return original.apply(this, args);
    };
    try {
      expect(() => exec(tb, () => api.startImport())).toThrow(/timed out/);
    } finally {
      RangeImpl.prototype.setValues = original;
    }
    expect(failed).toBe(true);
    expect(values(tb, UNDO_TAB)).toHaveLength(2); // journaled
    expect(contacts(tb)[0].City).toBe('A');
    const p = exec(tb, () => api.resumeRun())!;
    expect(p.result).toMatchObject({ total: 1, updated: 1 });
    expect(contacts(tb)[0].City).toBe('B');
    exec(tb, () => api.revertRun(p.runId));
    expect(contacts(tb)[0].City).toBe('A');
  });
});
