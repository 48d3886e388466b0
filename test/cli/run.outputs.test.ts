// contact-import run (cli/run.ts): what it refuses up front, the problem rows tab it writes into RESULT.xlsx, and a
// CRM's warnings on imported rows.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadXlsx, saveXlsx, workbookFromRows } from '../../testbed';
import { MAX_TAB_NAME, PROBLEM_ROWS_PREFIX } from '../../src/server/tabs';
import { fakeHubspotUpsert, runCli } from '../server/helpers';

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
