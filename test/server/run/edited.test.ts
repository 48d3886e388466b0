// Rows edited while an import is in progress, in-process (src/server/run/edited.ts): between two executions of a
// run, onEdit gets the lock and re-checks a row the run has passed; the run's next execution takes the record.
import { onEdit } from '../../../src/server/onedit';
import { book, contacts, exec, fakeHubspotUpsert, HEAD, serverForEachTest, values } from '../helpers';

const { env, api } = serverForEachTest();
const EDITED = /^Edited during the import: imported with the value before your edit \(created C-\S+\) — run Import again to send it$/;

function sheet(n: number, settings?: Record<string, unknown>) {
  const rows = [HEAD, ...Array.from({ length: n }, (_, i) => [`P${i}`, `p${i}@example.com`, '', 'Springfield'])];
  const tb = book(rows, {}, settings);
  tb.triggers.onEdit = (e) => onEdit(e as never);
  return tb;
}

const status = (tb: ReturnType<typeof sheet>, line: number) => String(values(tb, 'People')[line - 1][4]);

describe('an edit between two executions of an import', () => {
  it('a row the run passed says it was imported with the value before the edit; History counts it once; a re-run sends it', () => {
    const tb = sheet(8);
    env.budgets.chunkRows = 3;
    // One chunk (lines 2-4): the run stays in progress.
    const p = exec(tb, () => api.runToEnd('import', 0));
    expect(p).toMatchObject({ status: 'Processing', done: 3 });
    expect(status(tb, 3)).toMatch(/^Imported \(created C-/);
    // The user edits a row the run passed and one it has not reached; onEdit gets the lock at once.
    expect(tb.edit('People!D3', 'Shelbyville').error).toBeUndefined();
    expect(status(tb, 3)).toMatch(EDITED);
    expect(tb.edit('People!D7', 'Ogdenville').error).toBeUndefined();
    expect(status(tb, 7)).toBe('');
    // The record waits for the run's next execution, which takes it.
    expect(Object.keys(tb.properties.document.toObject()).filter((k) => k.startsWith('ci.edit.'))).toHaveLength(2);
    const end = exec(tb, () => api.resumeToEnd());
    expect(end).toMatchObject({ status: 'Completed', done: 8 });
    expect(Object.keys(tb.properties.document.toObject()).filter((k) => k.startsWith('ci.edit.'))).toEqual([]);
    const byLine = new Map(contacts(tb).map((c) => [Number(c['Source line']), c.City]));
    expect(byLine.get(3)).toBe('Springfield');
    expect(byLine.get(7)).toBe('Ogdenville');
    expect(status(tb, 3)).toMatch(EDITED);
    expect(status(tb, 7)).toMatch(/^Imported \(created C-/);
    const summary = values(tb, 'History').find((r) => /^R-/.test(String(r[0])))!;
    expect(summary[14]).toBe('1 row was edited during the import after it read it (line 3): imported with the value before the edit, as its status says. Run Import again to send the new value.');
    expect(end?.result?.message).toBe(summary[14]);
    // Import again: line 3 is updated with the new value, the rest is already imported.
    exec(tb, () => api.runToEnd('import'));
    expect(contacts(tb).find((c) => Number(c['Source line']) === 3)?.City).toBe('Shelbyville');
    expect(status(tb, 3)).toMatch(/^Imported \(updated C-\S+, matched on Email\)$/);
    expect(status(tb, 7)).toBe('Already imported (unchanged)');
  });

  it('a row edited back to what was imported, or broken, says so', () => {
    const tb = sheet(6);
    env.budgets.chunkRows = 3;
    exec(tb, () => api.runToEnd('import', 0));
    tb.edit('People!D2', 'Shelbyville');
    expect(status(tb, 2)).toMatch(EDITED);
    tb.edit('People!D2', 'Springfield');
    expect(status(tb, 2)).toBe('Already imported (unchanged)');
    tb.edit('People!B3', 'broken@');
    expect(status(tb, 3)).toMatch(/^Edited during the import: imported with the value before your edit \(created C-\S+\) — fix the marked cells, then run Import again to send it$/);
    exec(tb, () => api.resumeToEnd());
    expect(status(tb, 2)).toBe('Already imported (unchanged)');
    expect(status(tb, 3)).toMatch(/fix the marked cells, then run Import again to send it$/);
    expect(tb.sheetData('People').notes[2]?.[1] ?? '').toMatch(/Invalid email/);
  });

  it('a CRM import: the row is sent again by the re-run (its fingerprint in the sync record differs)', () => {
    const hub = fakeHubspotUpsert();
    env.crm = { token: 'pat-1234567890', io: hub.io };
    env.budgets.chunkRows = 3;
    const tb = sheet(6, { destination: { type: 'hubspot' } });
    exec(tb, () => api.runToEnd('import', 0));
    expect(status(tb, 2)).toMatch(/^Imported \(created H\d+\)$/);
    tb.edit('People!A2', 'Ann Edited');
    expect(status(tb, 2)).toMatch(/^Edited during the import: imported with the value before your edit \(created H\d+\) — run Import again to send it$/);
    const end = exec(tb, () => api.resumeToEnd());
    expect(end?.result?.message).toBe('1 row was edited during the import after it read it (line 2): imported with the value before the edit, as its status says. Run Import again to send the new value.');
    expect(hub.sentEmails.filter((x) => x === 'p0@example.com')).toHaveLength(1);
    exec(tb, () => api.runToEnd('import'));
    expect(hub.sentEmails.filter((x) => x === 'p0@example.com')).toHaveLength(2);
    expect(hub.sentEmails).toHaveLength(7);
    expect(status(tb, 2)).toMatch(/^Imported \(updated H\d+, matched on Email\)$/);
    expect(status(tb, 3)).toBe('Already imported (unchanged)');
  });
});
