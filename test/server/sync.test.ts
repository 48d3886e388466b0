import { SYNC_HEADER, destinationId } from '../../src/server/sync';
import { SYNC_TAB } from '../../src/server/tabs';
import { createTestbed, loadXlsx, xlsxBuffer, formulaCells, type InputCell } from '../../testbed';
import { book, exec, values, HEAD, serverForEachTest } from './helpers';
import { save } from '../../src/server/store';

const { env, api } = serverForEachTest();

/** A CRM behind a DriverIO: a webhook receiver or HubSpot's batch upsert, over a map of contacts by email. */
class FakeCrm {
  store = new Map<string, { id: string; props: Record<string, unknown> }>();
  received: number[] = []; // lines, in the order they arrived
  requests = 0;
  private seq = 0;
  fetchAll(requests: Array<{ url: string; payload?: string }>) {
    return requests.map((req) => {
      this.requests++;
      const body = JSON.parse(req.payload ?? '{}');
      if (req.url.includes('/batch/upsert')) {
        const results = body.inputs.map((inp: { id: string; properties: Record<string, unknown> }) => {
          const k = inp.id.toLowerCase();
          const cur = this.store.get(k);
          const id = cur?.id ?? `H${++this.seq}`;
          this.store.set(k, { id, props: inp.properties });
          return { id, new: !cur, properties: { email: inp.id } };
        });
        return { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ status: 'COMPLETE', results }) };
      }
      const results = body.contacts.map((c: { line: number; contact: Record<string, unknown> }) => {
        this.received.push(c.line);
        const k = String(c.contact.email ?? c.contact.phone).toLowerCase();
        const cur = this.store.get(k);
        const id = cur?.id ?? `W${++this.seq}`;
        this.store.set(k, { id, props: c.contact });
        return { line: c.line, id, action: cur ? 'updated' : 'created', ...(cur ? { matchedOn: 'email' } : {}) };
      });
      return { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ results }) };
    });
  }
  sleep() {}
  now() {
    return Date.now();
  }
}

const WEBHOOK = { type: 'webhook', url: 'https://hooks.example.com/contacts/3f9a' };
const rows = (): InputCell[][] => [
  HEAD,
  ['Ann', 'ann@x.com', '', 'Paris'],
  ['Bob', 'bob@', '', ''],
  ['Cy', '', '+1 415 555 0100', 'Oslo'],
  ['=HYPERLINK("http://evil","x")', 'dee@x.com', '', '-1'],
];

function withCrm(crm: FakeCrm, token?: string) {
  env.crm = { io: crm, ...(token ? { token } : {}) };
}

afterEach(() => {
  env.crm = undefined;
  env.fault = undefined;
});

describe('The sync record: "already imported" for CRM destinations', () => {
  it('a re-run to the same webhook sends only new or changed rows; the rest are already imported', () => {
    const crm = new FakeCrm();
    withCrm(crm);
    const tb = book(rows(), {}, { destination: WEBHOOK });
    const p1 = exec(tb, () => api.startImport());
    expect(p1.result).toMatchObject({ status: 'Completed', total: 4, created: 3, errors: 1, skipped: 0 });
    expect(crm.received.sort()).toEqual([2, 4, 5]);
    // the hidden sync tab
    const sync = tb.workbook.sheet(SYNC_TAB)!;
    expect(sync.hidden).toBe(true);
    const v = values(tb, SYNC_TAB);
    expect(v[0]).toEqual([...SYNC_HEADER]);
    const dest = destinationId(WEBHOOK);
    expect(dest).toMatch(/^Webhook hooks\.example\.com #[0-9a-z]+$/);
    expect(v.slice(1).map((r) => [r[0], r[1], r[3], r[4], r[5], r[6]])).toEqual([
      [dest, 'ann@x.com', 'W1', p1.runId, '2', 'created'],
      [dest, '+14155550100', 'W2', p1.runId, '4', 'created'],
      [dest, 'dee@x.com', 'W3', p1.runId, '5', 'created'],
    ]);
    expect(formulaCells(sync)).toEqual([]);
    expect(tb.workbook.activeSheet().name).toBe('People');

    // the check predicts it, and a re-run sends nothing
    const check = exec(tb, () => api.startCheck());
    expect(check.check).toMatchObject({ total: 4, errors: 1 });
    expect(values(tb, 'People').slice(1).map((r) => r[4])).toEqual(['Already imported (unchanged)', expect.stringMatching(/^Error: Invalid email/), 'Already imported (unchanged)', 'Already imported (unchanged)']);
    crm.received = [];
    const p2 = exec(tb, () => api.startImport());
    expect(crm.received).toEqual([]);
    expect(p2.result).toMatchObject({ total: 4, created: 0, updated: 0, skipped: 3, errors: 1 });
    const r = p2.result!;
    expect(r.created + r.updated + r.skipped + r.errors).toBe(r.total);
    expect(values(tb, 'People')[1][4]).toBe('Already imported (unchanged)');
    exec(tb, () => api.saveSettings({ listSuccesses: true }));

    // a changed row is sent again, and its record replaced
    tb.uncounted(() => (tb.sheetData('People').values[1]![3] = 'Lyon'));
    const p3 = exec(tb, () => api.startImport());
    expect(crm.received).toEqual([2]);
    expect(p3.result).toMatchObject({ updated: 1, skipped: 2, errors: 1 });
    expect(values(tb, 'People')[1][4]).toBe('Imported (updated W1, matched on Email)');
    const hist = values(tb, 'History');
    expect(hist.find((h) => h[1] === 4 && h[0] === '')![8]).toBe('Line 4: is being skipped, it was already imported to the webhook and has not changed since (id W2)');
    // changed back: the latest record counts, so it is sent again
    tb.uncounted(() => (tb.sheetData('People').values[1]![3] = 'Paris'));
    crm.received = [];
    exec(tb, () => api.startImport());
    expect(crm.received).toEqual([2]);
  });

  it('another destination gets every row', () => {
    const crm = new FakeCrm();
    withCrm(crm);
    const tb = book(rows(), {}, { destination: WEBHOOK });
    exec(tb, () => api.startImport());
    exec(tb, () => api.saveSettings({ destination: { type: 'webhook', url: 'https://other.example.com/in', baseUrl: '', locationId: '', connected: false, tokenLast4: '' } }));
    crm.received = [];
    crm.store.clear();
    const p = exec(tb, () => api.startImport());
    expect(crm.received.sort()).toEqual([2, 4, 5]);
    expect(p.result).toMatchObject({ created: 3 });
  });

  it('a replayed chunk never sends a row twice and reports it as it was', () => {
    const data: InputCell[][] = [HEAD, ...Array.from({ length: 10 }, (_, i) => [`P${i}`, `p${i}@x.com`, '', ''])];
    for (const point of ['after-destination', 'after-history'] as const) {
      const crm = new FakeCrm();
      withCrm(crm);
      const tb = book(data, {}, { destination: WEBHOOK });
      env.budgets.chunkRows = 3;
      let thrown = 0;
      env.fault = (p, chunk) => {
        if (p === point && chunk === 1 && thrown++ === 0) throw new Error('boom');
      };
      expect(() => exec(tb, () => api.startImport())).toThrow(/stopped: boom/);
      env.fault = undefined;
      const p = exec(tb, () => api.resumeRun())!;
      expect(crm.received.sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expect(p.result).toMatchObject({ total: 10, created: 10, skipped: 0 });
      expect(values(tb, 'People').slice(1).every((r) => /^Imported \(created W\d+\)$/.test(String(r[4])))).toBe(true);
      expect(values(tb, 'History').filter((h) => h[0] === '' && h[1] !== 'Line')).toHaveLength(0);
    }
  });

  it('survives the .xlsx round trip (the CLI): a re-run of the saved workbook sends nothing', async () => {
    const crm = new FakeCrm();
    withCrm(crm);
    const tb = book(rows(), {}, { destination: WEBHOOK });
    exec(tb, () => api.startImport());
    const wb = await loadXlsx(await xlsxBuffer(tb.workbook));
    expect(wb.sheet(SYNC_TAB)!.hidden).toBe(true);
    const tb2 = createTestbed({ workbook: wb });
    tb2.run(() => save('settings', { destination: WEBHOOK }));
    crm.received = [];
    const p = exec(tb2, () => api.runToEnd('import'));
    expect(crm.received).toEqual([]);
    expect(p.result).toMatchObject({ total: 4, skipped: 3, errors: 1 });
  });

  it('HubSpot: the record names the account without the token; a run there cannot be reverted', () => {
    const crm = new FakeCrm();
    const token = 'pat-na1-0123456789abcdef';
    withCrm(crm, token);
    const tb = book(rows(), {}, { destination: { type: 'hubspot' } });
    const p1 = exec(tb, () => api.startImport());
    expect(p1.result).toMatchObject({ created: 2, errors: 2 }); // no email: HubSpot cannot upsert Cy
    expect(p1.result!.revertible).toBe(false);
    const requests = crm.requests;
    const p2 = exec(tb, () => api.startImport());
    expect(crm.requests).toBe(requests);
    expect(p2.result).toMatchObject({ skipped: 2, errors: 2 });
    const v = values(tb, SYNC_TAB);
    expect(v[1][0]).toMatch(/^HubSpot api\.hubapi\.com key #[0-9a-z]{6}$/);
    for (const s of tb.workbook.sheets) for (const row of values(tb, s.name)) for (const c of row) expect(String(c)).not.toContain(token.slice(4));
    // another token (another account): everything goes again
    withCrm(crm, 'pat-na1-ffffffffffffffff');
    exec(tb, () => api.startImport());
    expect(crm.requests).toBeGreaterThan(requests);
    expect(() => exec(tb, () => api.revertRun(p1.runId))).toThrow(`Run ${p1.runId} sent its contacts to HubSpot. Revert works on the Contacts tab and Google Contacts only: change or remove those contacts in HubSpot.`);
  });

  it('writes the sync record with a constant number of calls per chunk', () => {
    const calls = (n: number) => {
      const crm = new FakeCrm();
      withCrm(crm);
      const data = [HEAD, ...Array.from({ length: n }, (_, i) => [`P${i}`, i % 10 === 0 ? `bad${i}@` : `p${i}@x.com`, '', 'X'])];
      const tb = book(data, {}, { destination: WEBHOOK });
      env.budgets.chunkRows = 500;
      exec(tb, () => api.startImport());
      const first = tb.counter.total();
      exec(tb, () => api.startImport()); // all already imported
      return [first, tb.counter.total() - first];
    };
    const [a, b, c] = [calls(1000), calls(2000), calls(3000)];
    expect(c[0] - b[0]).toBe(b[0] - a[0]);
    expect(c[1] - b[1]).toBe(b[1] - a[1]);
  });
});
