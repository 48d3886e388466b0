// planImport: the counts come from a check's own accumulator; a finished check that still stands is reused; a
// check that takes longer than one call is driven by the sidebar, never a TypeError.
import { onEdit } from '../../src/server/onedit';
import { load } from '../../src/server/store';
import { quotaNote } from '../../src/server/importplan';
import { requestsFor } from '../../src/crm/registry';
import { book, exec, HEAD, serverForEachTest } from './helpers';

const { env, api } = serverForEachTest();

function world() {
  const tb = book([HEAD, ['Ann', 'a@x.com', '', ''], ['Bob', 'b@', '', '']]);
  tb.triggers.onEdit = (e) => onEdit(e as never);
  exec(tb, () => api.startImport());
  tb.uncounted(() => {
    const s = tb.sheetData('People');
    s.values[1]![0] = 'Ann B';
    s.values[3] = ['Cy', 'c@x.com', '', '', ''];
  });
  return tb;
}
const lastCheckId = (tb: ReturnType<typeof book>) => exec(tb, () => load('lastCheck')?.runId);

describe('planImport', () => {
  it('a check counts its planned creates and updates', () => {
    const tb = world();
    const p = exec(tb, () => api.startCheck());
    expect(p.check).toMatchObject({ total: 3, ready: 2, create: 1, update: 1, errors: 1, alreadyImported: 0, skipped: 0 });
  });

  it('reuses the finished check when nothing changed since: no second check', () => {
    const tb = world();
    const c = exec(tb, () => api.startCheck());
    const before = tb.counter.snapshot();
    expect(exec(tb, () => api.planImport())).toEqual({ create: 1, update: 1, skip: 0, fail: 1, total: 3, destination: 'Contacts tab', requests: 0 });
    const after = tb.counter.snapshot();
    expect(lastCheckId(tb)).toBe(c.runId);
    expect((after['Range.setBackgrounds'] ?? 0) - (before['Range.setBackgrounds'] ?? 0)).toBe(0);
    expect((after['Range.getNotes'] ?? 0) - (before['Range.getNotes'] ?? 0)).toBe(0);
  });

  it('checks again after an edit, a settings change or an import', () => {
    const tb = world();
    const c1 = exec(tb, () => api.startCheck());
    tb.edit('People!B3', 'b@x.com'); // Bob's email fixed: a create
    expect(exec(tb, () => api.planImport())).toMatchObject({ create: 2, update: 1, fail: 0, total: 3 });
    const c2 = lastCheckId(tb);
    expect(c2).not.toBe(c1.runId);
    exec(tb, () => api.saveSettings({ mode: 'create' }));
    expect(exec(tb, () => api.planImport())).toMatchObject({ create: 2, update: 0, skip: 1, fail: 0, total: 3 });
    expect(lastCheckId(tb)).not.toBe(c2);
    exec(tb, () => api.startImport());
    expect(exec(tb, () => api.planImport())).toMatchObject({ create: 0, update: 0, skip: 3, fail: 0, total: 3 });
  });

  it('a check longer than one call: its progress comes back (no TypeError), and the finished check is used', () => {
    const tb = world();
    env.budgets.sliceMs = 0;
    env.budgets.menuMs = 0;
    env.budgets.chunkRows = 1;
    const v = exec(tb, () => api.planImport());
    expect(v).toMatchObject({ create: 0, update: 0, skip: 0, fail: 0, total: 0, destination: 'Contacts tab' });
    expect(v.check).toMatchObject({ kind: 'check', status: 'Processing', done: 1, total: 3 });
    // A second call continues the same check rather than starting over.
    const v2 = exec(tb, () => api.planImport());
    expect(v2.check).toMatchObject({ runId: v.check!.runId, status: 'Processing', done: 2 });
    let p = v2.check!;
    while (p.status === 'Processing') p = exec(tb, () => api.continueRun(p.runId));
    expect(exec(tb, () => api.planImport())).toEqual({ create: 1, update: 1, skip: 0, fail: 1, total: 3, destination: 'Contacts tab', requests: 0 });
    expect(lastCheckId(tb)).toBe(v.check!.runId);
  });
});

describe('planImport: the requests an import to a CRM makes, before it starts', () => {
  it('counts each destination kind’s requests for the rows it will send (HighLevel: one upsert a row, plus its custom fields read)', () => {
    const tb = world();
    exec(tb, () => api.saveSettings({ mode: 'upsert', destination: { type: 'highlevel', locationId: 'loc-1' } } as never));
    const p = exec(tb, () => api.planImport());
    expect(p).toMatchObject({ destination: 'HighLevel', total: 3 });
    expect(p.create + p.update).toBe(2);
    expect(p.requests).toBe(requestsFor({ type: 'highlevel', locationId: 'loc-1' }, 2, 'upsert'));
    expect(p.requests).toBe(3);
    expect(p.quotaNote).toBeUndefined();
  });

  it('HubSpot batches 100 rows a request; a webhook too', () => {
    expect(requestsFor({ type: 'hubspot' }, 250, 'upsert')).toBe(3);
    expect(requestsFor({ type: 'webhook', url: 'https://example.com/h' }, 250, 'upsert')).toBe(3);
    expect(requestsFor({ type: 'contacts' }, 250, 'upsert')).toBe(0);
  });

  it('warns past a tenth of a personal account’s 20,000 UrlFetch calls a day, and says a run past the day stops and resumes', () => {
    expect(quotaNote(1_999, 'HighLevel')).toBeUndefined();
    expect(quotaNote(10_001, 'HighLevel')).toBe(
      'This import makes about 10,001 requests to HighLevel: 50% of the 20,000 a day Google allows a personal account (100,000 for Google Workspace), shared with every add-on and script you run today.',
    );
    expect(quotaNote(25_000, 'HighLevel')).toMatch(/^This import makes about 25,000 requests to HighLevel, more than the 20,000 a day .* resume it the next day: nothing is lost or sent twice\.$/);
  });
});
