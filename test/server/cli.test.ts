import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { loadXlsx, saveXlsx, workbookFromRows } from '../../testbed';
import { runCommand } from '../../cli/run';

function sink() {
  let text = '';
  const w = new Writable({ write(chunk, _e, cb) { text += chunk.toString(); cb(); } });
  return { w, text: () => text };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-run-'));

async function run(args: string[]) {
  const out = sink();
  const err = sink();
  const code = await runCommand(args, out.w, err.w);
  return { code, out: out.text(), err: err.text() };
}

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
