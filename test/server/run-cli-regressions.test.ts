// Regressions found by black-box runs of `contact-import run` (and the server code under it).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadXlsx, saveXlsx, workbookFromRows } from '../../testbed';
import { HISTORY_TAB } from '../../src/server/historytab';
import { MAX_TAB_NAME, PROBLEM_ROWS_PREFIX, problemTabName } from '../../src/server/tabs';
import { book, exec, fakeHubspotUpsert, runCli, testServer } from './helpers';
import { runEnv } from '../../src/server/run/env';

let env = runEnv();
let api = testServer(env);
beforeEach(() => {
  env = runEnv();
  api = testServer(env);
});


const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-run-reg-'));
const run = runCli;

async function people(name: string, rows: unknown[][]): Promise<string> {
  const file = path.join(dir, name);
  await saveXlsx(workbookFromRows({ People: rows as never }), file);
  return file;
}

describe('contact-import run: unusable destinations and outputs are refused up front (exit 2, one line, nothing run)', () => {
  const cases: Array<[string, Record<string, unknown>, Record<string, string>, RegExp]> = [
    ['an http URL that is not loopback', { type: 'hubspot', baseUrl: 'http://crm.example.com', token: 'pat-1234567890' }, {}, /bad settings in .*: The HubSpot base URL "http:\/\/crm\.example\.com" uses http — use https:\/\//],
    ['a webhook on plain http elsewhere', { type: 'webhook', url: 'http://hooks.example.com/in' }, {}, /bad settings in .*: The webhook URL "http:\/\/hooks\.example\.com\/in" uses http/],
    ['HubSpot without any token', { type: 'hubspot' }, {}, /bad settings in .*: No HubSpot token/],
    ['HighLevel without any token', { type: 'highlevel', locationId: 'loc' }, {}, /bad settings in .*: No HighLevel token/],
  ];
  it.each(cases)('%s', async (_what, destination, env, message) => {
    const savedEnv = process.env.CONTACT_IMPORT_TOKEN;
    delete process.env.CONTACT_IMPORT_TOKEN;
    Object.assign(process.env, env);
    try {
      const file = await people('dest.xlsx', [['Name', 'Email'], ['Ann', 'ann@x.com']]);
      const settings = path.join(dir, 'dest.json');
      fs.writeFileSync(settings, JSON.stringify({ destination }));
      const out = path.join(dir, `dest-${Math.random().toString(36).slice(2)}.xlsx`);
      const r = await run([file, '--out', out, '--settings', settings, '--json']);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/Resume|nothing will be imported twice/);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      if (savedEnv === undefined) delete process.env.CONTACT_IMPORT_TOKEN;
      else process.env.CONTACT_IMPORT_TOKEN = savedEnv;
    }
  });

  it('an --out in a folder that does not exist is refused before the run, naming the folder', async () => {
    const file = await people('nodir.xlsx', [['Name', 'Email'], ['Ann', 'ann@x.com']]);
    const r = await run([file, '--out', path.join(dir, 'missing', 'out.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot write ".*out\.xlsx": the folder ".*missing" does not exist\./);
    expect(r.out).toBe('');
  });
});

describe('the add-on refuses an import to a CRM destination that cannot work before starting it', () => {
  it('no History block is written, and the message is the configuration problem (not "Resume")', () => {
    const tb = book([['Name', 'Email'], ['Ann', 'ann@x.com']], {}, { destination: { type: 'hubspot', baseUrl: 'http://crm.example.com' } });
    env.crm = { token: 'pat-1234567890' };
    try {
      expect(() => exec(tb, () => api.startImport())).toThrow(/The HubSpot base URL "http:\/\/crm\.example\.com" uses http/);
      expect(tb.workbook.sheet(HISTORY_TAB)).toBeFalsy();
      // and nothing is left running: a later import is not "already running"
      expect(() => exec(tb, () => api.startImport())).not.toThrow(/already running/);
    } finally {
      env.crm = undefined;
    }
  });
});

describe('contact-import run writes the problem rows tab into RESULT.xlsx', () => {
  it('failed and skipped rows (not those already imported) with their original columns plus Error, under a name .xlsx can keep', async () => {
    const file = await people('prob.xlsx', [
      ['Name', 'Email', 'Notes'],
      ['Ann', 'ann@x.com', 'hi'],
      ['Bob', 'bob@gmail', '=HYPERLINK("x")'],
      ['Dup', 'ann@x.com', ''],
    ]);
    const out1 = path.join(dir, 'prob1.xlsx');
    const r1 = await run([file, '--out', out1, '--json']);
    expect(r1.code).toBe(1);
    const runId = JSON.parse(r1.out).runId as string;
    const wb = await loadXlsx(out1); // a name over 31 characters would have made saving fail
    const tabs = wb.sheets.filter((s) => s.name.startsWith(PROBLEM_ROWS_PREFIX));
    expect(tabs).toHaveLength(1);
    const tab = tabs[0];
    expect(tab.name.length).toBeLessThanOrEqual(MAX_TAB_NAME);
    expect(runId.endsWith(tab.name.slice(tab.name.indexOf('…') + 1))).toBe(true);
    const rows = Array.from({ length: tab.lastRow() }, (_, r) => tab.rowFor(r, 4));
    expect(rows[0]).toEqual(['Name', 'Email', 'Notes', 'Error']);
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['Bob', 'bob@gmail', '=HYPERLINK("x")'],
      ['Dup', 'ann@x.com', ''],
    ]);
    expect(String(rows[1][3])).toMatch(/^Invalid email address "bob@gmail"/);
    expect(String(rows[2][3])).toMatch(/^Duplicate email found/);
    for (let r = 0; r < tab.lastRow(); r++) for (let c = 0; c < 4; c++) expect(tab.formula(r, c)).toBeUndefined();

    // A re-run on RESULT.xlsx works on the user's sheet, not on the problem rows tab, and lists only real problems.
    const out2 = path.join(dir, 'prob2.xlsx');
    const r2 = await run([out1, '--out', out2, '--json']);
    expect(JSON.parse(r2.out)).toMatchObject({ sheet: 'People', total: 3, skipped: 1, errors: 2 });
    const wb2 = await loadXlsx(out2);
    const tabs2 = wb2.sheets.filter((s) => s.name.startsWith(PROBLEM_ROWS_PREFIX));
    expect(tabs2).toHaveLength(2);
    const newest = tabs2.find((s) => s.name !== tab.name)!;
    expect(newest.lastRow()).toBe(3); // header + Bob + Dup; Ann (already imported) is not a problem
  });

  it('a clean run makes no problem rows tab', async () => {
    const file = await people('clean.xlsx', [['Name', 'Email'], ['Ann', 'ann@x.com']]);
    const out = path.join(dir, 'clean-out.xlsx');
    expect((await run([file, '--out', out])).code).toBe(0);
    expect((await loadXlsx(out)).sheets.some((s) => s.name.startsWith(PROBLEM_ROWS_PREFIX))).toBe(false);
  });
});

describe('problemTabName keeps within Excel\'s 31 characters and stays unique', () => {
  const taken = (names: string[]) => (n: string) => names.includes(n);
  const cases: Array<[string, string, string[], string]> = [
    ['a short id is kept whole', 'R-1-AB12', [], 'Problem rows R-1-AB12'],
    ['a full run id keeps its unique tail', 'R-20250131140509-AB12', [], 'Problem rows R-…140509-AB12'],
    ['taken once', 'R-20250131140509-AB12', ['Problem rows R-…140509-AB12'], 'Problem rows R-…140509-AB12 (2)'],
    ['taken up to 10', 'R-20250131140509-AB12', ['Problem rows R-…140509-AB12', ...Array.from({ length: 8 }, (_, i) => `Problem rows R-…140509-AB12 (${i + 2})`)], 'Problem rows R-…140509-AB1 (10)'],
  ];
  it.each(cases)('%s', (_what, runId, names, expected) => {
    const name = problemTabName(runId, taken(names));
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(MAX_TAB_NAME);
  });
});

describe("a CRM's warning on an imported row makes it a Warning", () => {
  it('"Not sent to HubSpot: Tags" is counted in Warnings, listed in History and shown in the status column', async () => {
    const hubspot = fakeHubspotUpsert();
    const run = (args: string[]) => runCli(args, { crmIo: hubspot.io });
    {
      const file = await people('tags.xlsx', [['Name', 'Email', 'Tags'], ['Ann', 'ann@x.com', 'vip, lead'], ['Bob', 'bob@x.com', '']]);
      const settings = path.join(dir, 'hs-tags.json');
      fs.writeFileSync(settings, JSON.stringify({ destination: { type: 'hubspot', token: 'pat-na1-0123456789' } }));
      const out = path.join(dir, 'tags-out.xlsx');
      const r = await run([file, '--out', out, '--settings', settings, '--json']);
      expect(r.code).toBe(0);
      const j = JSON.parse(r.out);
      expect(j).toMatchObject({ total: 2, created: 2, warnings: 1, errors: 0 });
      expect(j.rows[0]).toMatchObject({ line: 2, result: 'warning', action: 'created', id: 'H1' });
      expect(j.rows[0].message).toMatch(/^Not sent to HubSpot: Tags/);
      expect(j.rows[1]).toEqual({ line: 3, result: 'success', action: 'created', id: 'H2' });
      const wb = await loadXlsx(out);
      const hist = wb.sheet('History')!;
      expect(hist.cell(2, 13)).toBe(1); // Warnings
      expect(hist.cell(3, 2)).toBe('Warning');
      expect(String(hist.cell(3, 8))).toMatch(/^Line 2: created as H1, without some values: Not sent to HubSpot: Tags/);
      expect(hist.lastRow()).toBe(4); // the plain success is counted, not listed
      expect(wb.sheet('People')!.cell(1, 3)).toBe('Imported with warnings (created H1)');
    }
  });
});

describe('the Check summary accounts for every row', () => {
  const rows = [['Name', 'Email'], ['Ann', 'ann@x.com'], ['Bob', 'bob@'], ['Cy', 'cy@x.com'], ['Dee', 'dee@x.com']];
  const cases: Array<[string, Record<string, unknown>, { ready: number; errors: number; alreadyImported: number; skipped: number }]> = [
    // After importing Ann and Cy, Cy changes and Dee is new.
    ['Create and update', { mode: 'upsert' }, { ready: 2, errors: 1, alreadyImported: 1, skipped: 0 }],
    // Create only: Cy (changed) matches an existing contact, so it will be skipped.
    ['Create only', { mode: 'create' }, { ready: 1, errors: 1, alreadyImported: 1, skipped: 1 }],
  ];
  it.each(cases)('%s: ready + errors + alreadyImported + skipped = total', (_mode, settings, expected) => {
    const tb = book(rows.slice(0, 4), {}, settings);
    exec(tb, () => api.runToEnd('import'));
    tb.uncounted(() => {
      const v = tb.sheetData('People').values;
      v[3]![0] = 'Cy Changed';
      v[4] = ['Dee', 'dee@x.com'];
    });
    const p = exec(tb, () => api.runToEnd('check'));
    expect(p.check).toMatchObject({ total: 4, ...expected });
    const c = p.check!;
    expect(c.ready + c.errors + c.alreadyImported + c.skipped).toBe(c.total);
  });
});
