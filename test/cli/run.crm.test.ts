import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadXlsx, saveXlsx, workbookFromRows } from '../../testbed';
import { fakeHubspotUpsert, runCli } from '../server/helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-run-'));
const run = runCli;

describe('contact-import run', () => {
  it('imports an .xlsx, writes the result, and a second run is a re-run', async () => {
    const book = path.join(dir, 'book.xlsx');
    await saveXlsx(workbookFromRows({ People: [['Name', 'Email', 'Phone'], ['Ann', 'ann@x.com', '+1 415 555 0100'], ['Bob', 'bob@', ''], ['=HYPERLINK("x")', 'c@x.com', '']] }), book);
    const out1 = path.join(dir, 'r1.xlsx');
    const r1 = await run([book, '--out', out1, '--json']);
    expect(r1.err).toBe('');
    expect(r1.code).toBe(1);
    const j = JSON.parse(r1.out);
    expect(j).toMatchObject({ status: 'Completed', total: 3, created: 2, updated: 0, skipped: 0, errors: 1, warnings: 0, sheet: 'People', destination: 'Contacts tab' });
    expect(j.rows.map((r: { line: number; result: string; action: string }) => [r.line, r.result, r.action])).toEqual([[2, 'success', 'created'], [3, 'failure', 'failed'], [4, 'success', 'created']]);
    const wb = await loadXlsx(out1);
    expect(wb.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['People', 'Contacts', 'History']));
    const contacts = wb.sheet('Contacts')!;
    expect(contacts.cell(2, 0)).toBe('=HYPERLINK("x")');
    expect(contacts.formula(2, 0)).toBeUndefined();
    const people = wb.sheet('People')!;
    expect(String(people.cell(2, 3))).toMatch(/^Error: Invalid email/);

    const out2 = path.join(dir, 'r2.xlsx');
    const r2 = await run([out1, '--out', out2, '--json']);
    const j2 = JSON.parse(r2.out);
    expect(j2).toMatchObject({ total: 3, created: 0, skipped: 2, errors: 1 });
    expect(j2.rows[0]).toMatchObject({ line: 2, result: 'skipped', action: 'skipped' });
    expect(j2.rows[0].message).toMatch(/already imported/);
    const wb2 = await loadXlsx(out2);
    expect(wb2.sheet('Contacts')!.lastRow()).toBe(3);
  });

  it('a CRM daily limit ends the CLI run Failed with the reason; running again on the result sends only the rest', async () => {
    // HubSpot's batch upsert, 2 rows per batch; the second batch of the first run hits the daily limit.
    const hubspot = fakeHubspotUpsert();
    hubspot.dailyLimitAt = 2;
    const run = (args: string[]) => runCli(args, { crmIo: hubspot.io, budgets: { chunkRows: 2 } });
    {
      const book = path.join(dir, 'crm.xlsx');
      await saveXlsx(workbookFromRows({ People: [['Name', 'Email'], ...Array.from({ length: 5 }, (_, i) => [`P${i}`, `p${i}@x.com`])] }), book);
      const settings = path.join(dir, 'hubspot.json');
      fs.writeFileSync(settings, JSON.stringify({ destination: { type: 'hubspot', token: 'pat-na1-0123456789' } }));
      const out1 = path.join(dir, 'crm1.xlsx');
      const r1 = await run([book, '--out', out1, '--settings', settings, '--json']);
      expect(r1.code).toBe(2);
      const j1 = JSON.parse(r1.out);
      // Every row ends in one outcome and the counts add up to the sheet's 5 rows: the 3 rows never sent fail with
      // the run's reason (this used to expect total 2, leaving 3 rows without an outcome).
      expect(j1).toMatchObject({ status: 'Failed', total: 5, created: 2, errors: 3 });
      expect(j1.rows.slice(2).map((r: { line: number; action: string; message: string }) => [r.line, r.action, r.message.replace(/ is reached.*/, '')])).toEqual(
        [4, 5, 6].map((line) => [line, 'failed', "Not imported: the run failed — HubSpot's daily API limit"]),
      );
      expect(j1.message).toMatch(/daily API limit is reached.*Run the command again on .*crm1\.xlsx later/);
      const wb1 = await loadXlsx(out1);
      expect(wb1.sheet('History')!.cell(2, 7)).toBe('Failed');
      expect(String(wb1.sheet('History')!.cell(2, 14))).toMatch(/daily API limit/);
      hubspot.dailyLimitAt = 0;
      hubspot.sentEmails.length = 0;
      const r2 = await run([out1, '--out', path.join(dir, 'crm2.xlsx'), '--settings', settings, '--json']);
      expect(r2.code).toBe(0);
      expect(JSON.parse(r2.out)).toMatchObject({ status: 'Completed', total: 5, created: 3, skipped: 2 });
      expect(hubspot.sentEmails.sort()).toEqual(['p2@x.com', 'p3@x.com', 'p4@x.com']);
    }
  });

  it('exits 2 on unusable input with a clear message', async () => {
    expect((await run(['nope.xlsx', '--out', path.join(dir, 'x.xlsx')])).code).toBe(2);
    const bad = path.join(dir, 's.json');
    fs.writeFileSync(bad, JSON.stringify({ mode: 'merge' }));
    const book = path.join(dir, 'b2.xlsx');
    await saveXlsx(workbookFromRows({ People: [['Name'], ['Ann']] }), book);
    const r = await run([book, '--out', path.join(dir, 'y.xlsx'), '--settings', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/mode must be one of/);
    expect((await run([book])).err).toMatch(/--out/);
    const ok = await run([book, '--out', path.join(dir, 'z.xlsx')]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Created 1/);
  });
});
