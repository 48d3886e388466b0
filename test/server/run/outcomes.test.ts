import type { DriverIO } from '../../../src/crm/session';
// Regressions from the black-box review of the import run: Contact ID semantics on the Contacts tab, CRM pre-checks
// that Check and the import agree on, History's Name/Email/Phone for rows whose values did not normalize, every row
// of a failed run ending in an outcome, and created-vs-updated after lost answers across executions.
import { loadRun } from '../../../src/server/run/state';
import { TOKEN_REJECTED } from '../../../src/server/destinations/crm';
import type { InputCell } from '../../../testbed';
import { book, cell, contacts, exec, values, HEAD, serverForEachTest } from '../helpers';

const { env, api } = serverForEachTest();

afterEach(() => {
  env.crm = undefined;
  env.budgets.chunkRows = 1000;
});

const json = (status: number, body: unknown) => ({ status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** HubSpot's batch upsert over a map by email, with creation times; `lose` writes and then loses the answer. */
class FakeHubSpot {
  store = new Map<string, { id: string; createdAt: string }>();
  requests = 0;
  lose = 0;
  status401 = false;
  /** Answer 401 to every request after this many. */
  status401After?: number;
  emails: string[] = [];
  /** One clock for the driver and the CRM's creation times; waits advance it (no real sleeping). */
  t = Date.now();
  private seq = 0;
  fetchAll(reqs: Array<{ url: string; payload?: string }>) {
    return reqs.map((req) => {
      this.requests++;
      if (this.status401 || (this.status401After !== undefined && this.requests > this.status401After)) return json(401, { status: 'error', message: 'Authentication credentials not found.' });
      const inputs = JSON.parse(req.payload!).inputs as Array<{ id: string }>;
      const results = inputs.map((inp) => {
        this.emails.push(inp.id);
        const cur = this.store.get(inp.id);
        const rec = cur ?? { id: `H${++this.seq}`, createdAt: new Date(++this.t).toISOString() };
        this.store.set(inp.id, rec);
        return { id: rec.id, new: !cur, createdAt: rec.createdAt, updatedAt: new Date(this.t).toISOString(), properties: { email: inp.id } };
      });
      if (this.lose > 0) {
        this.lose--;
        return { networkError: 'Address unavailable: connection reset' };
      }
      return json(200, { status: 'COMPLETE', results });
    });
  }
  sleep(ms: number) {
    this.t += ms;
  }
  now() {
    return this.t;
  }
}

function withCrm(io: DriverIO) {
  env.crm = { io, token: 'pat-na1-0123456789abcdef' };
}

function status(tb: ReturnType<typeof book>, sheet = 'People'): unknown[] {
  return values(tb, sheet).map((r) => r[r.length - 1]);
}

describe('Contact ID on the Contacts tab: the strongest key; an unknown one fails (seed 003)', () => {
  const HEADID = ['Contact ID', 'Name', 'Email', 'City'];

  test.each(['upsert', 'update', 'create'] as const)('%s: an unknown Contact ID fails with the seed wording, keeps the value, creates nothing', (mode) => {
    const tb = book([HEADID, ['', 'Ann', 'ann@x.com', 'Paris']]);
    exec(tb, () => api.startImport());
    const annId = String(contacts(tb)[0]['Contact ID']);
    tb.uncounted(() => {
      const v = tb.sheetData('People').values;
      v[1] = [annId, 'Ann B', 'other@x.com', 'Lyon', ''];
      v[2] = ['C-DELETED42', 'Zed', 'zed@x.com', 'Rome', ''];
    });
    exec(tb, () => api.saveSettings({ mode }));
    const p = exec(tb, () => api.startImport());
    const st = status(tb);
    // The known ID matches first (matchOn is Email, Phone; the email points nowhere)
    if (mode === 'create') {
      expect(st[1]).toBe('Skipped: a record was found for Contact (matched on Contact ID)');
      expect(p.result).toMatchObject({ total: 2, created: 0, updated: 0, skipped: 1, errors: 1 });
    } else {
      expect(st[1]).toBe(`Imported (updated ${annId}, matched on Contact ID)`);
      expect(p.result).toMatchObject({ total: 2, created: 0, updated: 1, skipped: 0, errors: 1 });
      expect(contacts(tb)[0]).toMatchObject({ 'Contact ID': annId, Name: 'Ann B', Email: 'other@x.com', City: 'Lyon' });
    }
    expect(st[2]).toBe(
      'Error: Contact is not valid or not in your sub-account: no contact in the Contacts tab has Contact ID "C-DELETED42" — it is not ' +
        "one of this spreadsheet's contacts, it is invalid, or its contact was deleted. Use the Contact ID of an existing contact from " +
        'the Contacts tab, or clear the cell to import the row as a new contact.',
    );
    expect(contacts(tb)).toHaveLength(1); // no new contact under another id
    expect(values(tb, 'People')[2][0]).toBe('C-DELETED42'); // the user's value is kept
    expect(cell(tb, 'People', 'A3').bg).not.toBe('#ffffff'); // the Contact ID cell is marked
    expect(cell(tb, 'People', 'C3').bg).toBe('#ffffff');
    const h = values(tb, 'History');
    expect(h.some((r) => String(r[8]).startsWith('Line 3: Contact is not valid or not in your sub-account'))).toBe(true);
  });

  it('Check predicts the same', () => {
    const tb = book([HEADID, ['C-NOPE', 'Ann', 'ann@x.com', 'Paris']]);
    const p = exec(tb, () => api.runToEnd('check'));
    expect(p.check).toMatchObject({ total: 1, ready: 0, errors: 1 });
    expect(String(status(tb)[1])).toMatch(/^Error: Contact is not valid or not in your sub-account: .*"C-NOPE"/);
  });
});

describe('CRM pre-checks: Check flags what the import will fail, with the same message', () => {
  const rows = (): InputCell[][] => [HEAD, ['Ann', 'ann@x.com', '', ''], ['Bob', '', '+1 415 555 0100', ''], ['Cy', '', '', 'Oslo']];
  const cases = [
    ['hubspot', { type: 'hubspot' }, [3, 4], 'HubSpot matches contacts on Email, and this row has no Email. Add the email to import it to HubSpot.'],
    ['highlevel', { type: 'highlevel', locationId: 'loc1' }, [4], 'HighLevel matches contacts on Email or Phone, and this row has neither. Add one to import it to HighLevel.'],
  ] as const;
  test.each(cases)('%s', (_name, destination, badLines, message) => {
    const sent: string[] = [];
    withCrm({
      fetchAll: (reqs: Array<{ url: string; payload?: string }>) =>
        reqs.map((req) => {
          sent.push(req.payload ?? '');
          if (req.url.includes('/batch/upsert')) {
            const inputs = JSON.parse(req.payload!).inputs as Array<{ id: string }>;
            return json(200, { results: inputs.map((inp, i) => ({ id: `H${i + 1}`, new: true, properties: { email: inp.id } })) });
          }
          return json(201, { new: true, contact: { id: 'hl' + sent.length } });
        }),
      sleep: () => undefined,
      now: () => Date.now(),
    });
    const tb = book(rows(), {}, { destination });
    const c = exec(tb, () => api.runToEnd('check'));
    const checked = status(tb);
    expect(c.check).toMatchObject({ total: 3, ready: 3 - badLines.length, errors: badLines.length });
    for (const line of badLines) {
      expect(checked[line - 1]).toBe(`Error: ${message}`);
      expect(cell(tb, 'People', `A${line}`).bg).not.toBe('#ffffff'); // the identity cells are marked
      expect(cell(tb, 'People', `A${line}`).note).toContain(message);
    }
    expect(checked[1]).toBe('Ready to import');
    const p = exec(tb, () => api.startImport());
    expect(p.result).toMatchObject({ total: 3, created: 3 - badLines.length, errors: badLines.length });
    const imported = status(tb);
    for (const line of badLines) expect(imported[line - 1]).toBe(`Error: ${message}`);
    expect(sent.join('\n')).not.toContain('"Cy"'); // never sent
  });
});

describe("History's Name, Email and Phone show the cell as typed when the value did not normalize", () => {
  it('an invalid email and phone are shown as text, never as a formula', () => {
    const tb = book([HEAD, ['Ann', '=1+2', '+1 415 555', ''], ['', 'bob@', '12', 'Rome']]);
    exec(tb, () => api.startImport());
    const h = values(tb, 'History');
    const line2 = h.find((r) => r[1] === 2)!;
    const line3 = h.find((r) => r[1] === 3)!;
    expect(line2.slice(5, 8)).toEqual(['Ann', '=1+2', '+1 415 555']);
    expect(line3.slice(5, 8)).toEqual(['', 'bob@', '12']);
    const row2 = h.indexOf(line2) + 1;
    expect(cell(tb, 'History', `G${row2}`).formula).toBeFalsy();
    expect(tb.formulaWrites.filter((f) => !/^=HYPERLINK\("#gid=/.test(f.formula))).toEqual([]); // only the line links
  });
});

describe('a run that fails (a rejected token) still gives every row one outcome', () => {
  it('rows never sent fail with the run\'s reason in the status column, History and the counts; a re-run picks them up', () => {
    const crm = new FakeHubSpot();
    withCrm(crm);
    const data: InputCell[][] = [HEAD, ...Array.from({ length: 6 }, (_, i) => [`P${i}`, i === 4 ? 'bad@' : `p${i}@x.com`, '', ''])];
    const tb = book(data, {}, { destination: { type: 'hubspot' } });
    env.budgets.chunkRows = 2;
    crm.status401After = 1; // the token is revoked after the first batch
    let p = exec(tb, () => api.startImport());
    while (p.status === 'Processing') p = exec(tb, () => api.continueRun(p.runId));
    expect(p.status).toBe('Failed');
    expect(p.result).toMatchObject({ status: 'Failed', total: 6, created: 2, updated: 0, skipped: 0, errors: 4, message: TOKEN_REJECTED });
    const r = p.result!;
    expect(r.created + r.updated + r.skipped + r.errors).toBe(6);
    const st = status(tb);
    const reason = `Error: Not imported: the run failed — ${TOKEN_REJECTED}`;
    expect(st.slice(1)).toEqual([expect.stringMatching(/^Imported \(created H1\)/), expect.stringMatching(/^Imported \(created H2\)/), reason, reason, expect.stringMatching(/^Error: Invalid email/), reason]);
    expect(cell(tb, 'People', 'A4').bg).toBe('#ffffff'); // nothing in the cells to fix
    const h = values(tb, 'History');
    expect(h[2].slice(7, 9)).toEqual(['Failed', 6]);
    const lines = h.slice(3).filter((x) => x[0] === '');
    expect(lines.map((x) => x[1])).toEqual([4, 5, 6, 7]);
    expect(lines.filter((x) => x[8] === `Line ${x[1]}: Not imported: the run failed — ${TOKEN_REJECTED}`).map((x) => x[1])).toEqual([4, 5, 7]);
    expect(tb.run(() => loadRun())).toBeNull();
    // Reconnected: a re-run sends the rows that failed, and only those.
    crm.status401After = undefined;
    crm.emails.length = 0;
    const again = exec(tb, () => api.runToEnd('import'));
    expect(again.result).toMatchObject({ status: 'Completed', total: 6, created: 3, skipped: 2, errors: 1 });
    expect(crm.emails.sort()).toEqual(['p2@x.com', 'p3@x.com', 'p5@x.com']);
  });
});

describe('created vs updated after a lost answer, resumed in a new execution', () => {
  it('the contacts a lost answer hid are reported created (the run keeps when it first sent them)', () => {
    const crm = new FakeHubSpot();
    crm.store.set('p0@x.com', { id: 'H0', createdAt: '2020-01-01T00:00:00.000Z' }); // existed before the run
    crm.lose = 5; // written five times, answer lost every time: the retries run out, the run stops resumably
    withCrm(crm);
    const data: InputCell[][] = [HEAD, ...Array.from({ length: 4 }, (_, i) => [`P${i}`, `p${i}@x.com`, '', ''])];
    const tb = book(data, {}, { destination: { type: 'hubspot' } });
    const first = exec(tb, () => api.runToEnd('import'));
    expect(first.status).toBe('Processing');
    // The transport's stop (issue 16): the host and the reason in our words, the run waiting for Resume.
    expect(first.message).toBe('The endpoint could not be reached: api.hubapi.com (the connection was refused). Nothing was lost; resume when it is back.');
    expect(first.stopped).toBe(true);
    expect(crm.store.size).toBe(4); // written, but no row has an outcome
    // A new execution (the sidebar's Resume): the per-row times are gone, the run's bound is not.
    const done = exec(tb, () => api.resumeRun());
    expect(done!.result).toMatchObject({ status: 'Completed', total: 4, created: 3, updated: 1 });
    expect(status(tb).slice(1)).toEqual(['Imported (updated H0, matched on Email)', 'Imported (created H1)', 'Imported (created H2)', 'Imported (created H3)']);
  });
});
