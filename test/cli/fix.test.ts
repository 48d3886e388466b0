// contact-import fix: CSV files fixed streaming in their own delimiter, encoding and line ends; workbooks fixed by the
// add-on's own server code, with the History block and the undo data that Undo fixes reads after the round trip.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fixCommand } from '../../cli/fix';
import { FIX_JOURNAL_TAB, FIX_MODE } from '../../src/engine/fix';
import { serverApi } from '../../src/server/api';
import { runEnv } from '../../src/server/run/env';
import { resetExecutionCache } from '../../src/server/run/execution';
import { createTestbed, loadXlsx, saveXlsx, workbookFromRows, type InputCell } from '../../testbed';
import { cli } from './spawn-cli';

jest.setTimeout(120_000);
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ci-fix-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const put = (name: string, bytes: Buffer | string) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const at = (name: string) => join(dir, name);

async function fix(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const sink = () => {
    let text = '';
    return { w: new Writable({ write(chunk, _e, cb) { text += chunk.toString(); cb(); } }), text: () => text };
  };
  const out = sink();
  const err = sink();
  const code = await fixCommand(args, out.w, err.w);
  return { code, out: out.text(), err: err.text() };
}

/** Windows-1252 bytes of text made of Latin-1 characters and the euro sign. */
const cp1252 = (text: string) => Buffer.from(text.replace(/€/g, '\u0080'), 'latin1');

describe('fix FILE.csv', () => {
  it('writes the same delimiter, encoding and line ends; only the fixed cells change', async () => {
    const text = 'Name;Email;Phone;Price;Notes\r\nRenée  Dupont;" RENEE@x.fr ";(415) 555-0132;5 €;"un; deux"\r\nZoë;zoe@x.fr;+1 415 555 0133;€;café\r\n';
    const file = put('w1252.csv', cp1252(text));
    const r = await fix(file, '--out', at('w1252-out.csv'));
    expect([r.code, r.err]).toEqual([0, '']);
    const bytes = readFileSync(at('w1252-out.csv'));
    expect(bytes.toString('latin1').replace(/\u0080/g, '€')).toBe('Name;Email;Phone;Price;Notes\r\nRenée Dupont;renee@x.fr;+14155550132;5 €;"un; deux"\r\nZoë;zoe@x.fr;+14155550133;€;café\r\n');
    expect(bytes.includes(0x80)).toBe(true); // the euro sign, as Windows-1252 writes it
    expect(r.out).toContain('Fixed 4 cells of ');
    expect(r.out).toContain(`Wrote ${at('w1252-out.csv')}`);
  });

  it('UTF-8 with a byte order mark, tabs (.tsv) and LF line ends stay so; UTF-16 with its byte order mark too', async () => {
    const tsv = put('bom.tsv', '\ufeffName\tPhone\nAnn\t(415) 555-0132\n');
    expect((await fix(tsv, '--out', at('bom-out.tsv'))).code).toBe(0);
    expect(readFileSync(at('bom-out.tsv'), 'utf8')).toBe('\ufeffName\tPhone\nAnn\t+14155550132\n');
    const utf16 = put('u16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name,Phone\r\nJosé,(415) 555-0132\r\n', 'utf16le')]));
    expect((await fix(utf16, '--out', at('u16-out.csv'))).code).toBe(0);
    const b = readFileSync(at('u16-out.csv'));
    expect([b[0], b[1]]).toEqual([0xff, 0xfe]);
    expect(b.subarray(2).toString('utf16le')).toBe('Name,Phone\r\nJosé,+14155550132\r\n');
  });

  it('--json prints every change; --only picks the kinds; review suggestions only with --include-review', async () => {
    const file = put('kinds.csv', 'Name,Email,Phone,Birthday\nAnn  Lee,ann@gmial.com,(415) 555-0132,09/08/2024\nBob Stone, BOB@x.com,123-456-7890,Sep 8 2024\n');
    const only = await fix(file, '--out', at('kinds-phone.csv'), '--only', 'phone', '--json');
    expect(only.code).toBe(0);
    expect(JSON.parse(only.out)).toEqual({
      file,
      out: at('kinds-phone.csv'),
      changed: 1,
      counts: { phone: 1, date: 0, email: 0, text: 0, option: 0, name: 0 },
      review: 1,
      skipped: 0,
      failures: 0,
      changes: [{ line: 2, column: 'Phone', kind: 'phone', from: '(415) 555-0132', to: '+14155550132', confidence: 'safe' }],
    });
    const all = JSON.parse((await fix(file, '--out', at('kinds-all.csv'), '--include-review', '--json')).out);
    expect(all.review).toBe(0);
    expect(all.changes).toEqual([
      { line: 2, column: 'Name', kind: 'text', from: 'Ann  Lee', to: 'Ann Lee', confidence: 'safe' },
      { line: 2, column: 'First name', kind: 'name', from: '', to: 'Ann', confidence: 'review' },
      { line: 2, column: 'Last name', kind: 'name', from: '', to: 'Lee', confidence: 'review' },
      { line: 2, column: 'Email', kind: 'email', from: 'ann@gmial.com', to: 'ann@gmail.com', confidence: 'review' },
      { line: 2, column: 'Phone', kind: 'phone', from: '(415) 555-0132', to: '+14155550132', confidence: 'safe' },
      { line: 2, column: 'Birthday', kind: 'date', from: '09/08/2024', to: '2024-09-08', confidence: 'review' },
      { line: 3, column: 'First name', kind: 'name', from: '', to: 'Bob', confidence: 'review' },
      { line: 3, column: 'Last name', kind: 'name', from: '', to: 'Stone', confidence: 'review' },
      { line: 3, column: 'Email', kind: 'email', from: ' BOB@x.com', to: 'bob@x.com', confidence: 'safe' },
      { line: 3, column: 'Phone', kind: 'phone', from: '123-456-7890', to: '+11234567890', confidence: 'review' },
      { line: 3, column: 'Birthday', kind: 'date', from: 'Sep 8 2024', to: '2024-09-08', confidence: 'safe' },
    ]);
    expect(readFileSync(at('kinds-all.csv'), 'utf8')).toBe(
      'Name,First name,Last name,Email,Phone,Birthday\nAnn Lee,Ann,Lee,ann@gmail.com,+14155550132,2024-09-08\nBob Stone,Bob,Stone,bob@x.com,+11234567890,2024-09-08\n',
    );
  });

  it('what it writes never starts a formula in a spreadsheet; what the encoding cannot hold is left and counted', async () => {
    const settings = put('opt.json', JSON.stringify({ customFields: [{ key: 'town', label: 'Town', type: 'singleOption', options: ['Plzeň', 'Paris'] }] }));
    const file = put('formula.csv', cp1252('Name,Company,Town\nZoë,  =1+2  ,plzen\nBob,  @home ,paris\n'));
    const r = await fix(file, '--out', at('formula-out.csv'), '--settings', settings, '--json');
    const j = JSON.parse(r.out);
    expect(j.skipped).toBe(1); // "Plzeň": Windows-1252 has no ň
    expect(j.changes.map((c: { to: string }) => c.to)).toEqual(['=1+2', '@home', 'Paris']);
    expect(readFileSync(at('formula-out.csv'), 'latin1')).toBe("Name,Company,Town\nZoë,'=1+2,plzen\nBob,'@home,Paris\n");
  });

  it('keeps the lines above a header row lower down, and fixes every row alike past the first batch', async () => {
    const first = (i: number) => ['Ann', 'Bob', 'Cy', 'Di', 'Ed'][i % 5] + 'abcdefghij'[Math.floor(i / 5) % 10];
    const rows = Array.from({ length: 4500 }, (_, i) => `${first(i)} Lee,(415) 555-${String(1000 + i)},x${i}@X.com`);
    const file = put('long.csv', ['Export of 2024-09-08', '', 'Full name,Phone,Email', ...rows].join('\n') + '\n');
    const r = await fix(file, '--out', at('long-out.csv'), '--include-review', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.counts).toEqual({ phone: 4500, date: 0, email: 4500, text: 0, option: 0, name: 9000 });
    const lines = readFileSync(at('long-out.csv'), 'utf8').split('\n');
    expect(lines.slice(0, 4)).toEqual(['Export of 2024-09-08', '', 'Full name,First name,Last name,Phone,Email', 'Anna Lee,Anna,Lee,+14155551000,x0@x.com']);
    expect(lines[3 + 4499]).toBe(`${first(4499)} Lee,${first(4499)},Lee,+14155555499,x4499@x.com`);
    expect(lines.length).toBe(3 + 4500 + 1);
  });

  it('exit 1 when rows still fail after the fix; --out may name the input itself', async () => {
    const file = put('fails.csv', 'Name,Email\nAnn,ANN@x.com\nBob,bob@\n');
    const r = await fix(file, '--out', file);
    expect(r.code).toBe(1);
    expect(r.out).toContain('1 row still fails a check');
    expect(readFileSync(file, 'utf8')).toBe('Name,Email\nAnn,ann@x.com\nBob,bob@\n');
  });

  it.each([
    [['x.csv'], /^contact-import fix: Give --out OUT: the fixed file to write\.\n$/],
    [['x.csv', '--out', 'y.xlsx'], /must be a CSV file/],
    [['x.csv', '--out', 'y.csv', '--sheet', 'S'], /--sheet only applies to \.xlsx files/],
    [['x.csv', '--out', 'y.csv', '--only', 'phone,zip'], /^contact-import fix: Unknown kind of fix "zip"\. --only takes one or more of phone, date, email, text, option, name, separated by commas\.\n$/],
    [['nope.csv', '--out', 'y.csv'], /^contact-import fix: Cannot read "[^"]*nope\.csv": no such file\.\n$/],
    [['old.xls', '--out', 'y.csv'], /an old Excel \.xls file/],
    [['x.csv', '--out', 'y.csv', '--bogus'], /Unknown option "--bogus" for fix/],
  ])('unusable input %j: exit 2, one line', async (args, message) => {
    put('x.csv', 'Name,Phone\nAnn,(415) 555-0132\n');
    const r = await fix(...args.map((a) => (/\.(csv|xlsx|xls)$/.test(a) ? at(a) : a)));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.split('\n').length).toBe(2);
  });
});

const book: InputCell[][] = [
  ['Name', 'Email', 'Phone', 'Birthday'],
  ['Ann Lee', 'ann@gmial.com', '(415) 555-0132', 'Sep 8 2024'],
  ['Bob Stone', ' BOB@x.com', 4155550133, '09/08/2024'],
];

describe('fix BOOK.xlsx', () => {
  it('writes the fixed sheet, its History block and the undo data; Undo fixes after the round trip puts every cell back', async () => {
    const file = at('book.xlsx');
    await saveXlsx(workbookFromRows({ Leads: book.map((r) => [...r]) }), file);
    const r = await fix(file, '--out', at('book-fixed.xlsx'), '--json');
    expect([r.code, r.err]).toEqual([0, '']);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ sheet: 'Leads', changed: 4, review: 4, counts: { phone: 2, date: 1, email: 1 }, notCarriedOver: [] });
    expect(j.fixId).toMatch(/^F-/);
    const wb = await loadXlsx(at('book-fixed.xlsx'));
    expect(wb.sheets.map((s) => [s.name, s.hidden])).toEqual([['Leads', false], [FIX_JOURNAL_TAB, true], ['History', false]]);
    const tb = createTestbed({ workbook: wb });
    const leads = tb.sheetData('Leads');
    expect([1, 2].map((r0) => [leads.cell(r0, 1), leads.cell(r0, 2)])).toEqual([['ann@gmial.com', '+14155550132'], ['bob@x.com', '+14155550133']]);
    expect(leads.cell(1, 3)).toBeInstanceOf(Date);
    const hist = tb.sheetData('History');
    expect([hist.cell(2, 0), hist.cell(2, 6)]).toEqual([j.fixId, FIX_MODE]);
    expect(hist.formula(3, 1)).toMatch(/^=HYPERLINK\("#gid=\d+&range=C2",2\)$/);

    // Opened again (as Sheets would open the file): Undo fixes from the add-on.
    resetExecutionCache();
    tb.uncounted(() => (tb.workbook.activeSheetId = leads.id));
    const u = tb.run(() => serverApi(runEnv()).undoFixes(j.fixId));
    expect(u).toMatchObject({ restored: 4, left: 0 });
    const back = tb.uncounted(() => tb.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Leads')!.getRange(1, 1, 3, 4).getValues());
    expect(back).toEqual(book);
  });

  it('through the command itself: exit codes, and a sheet checked before is checked again', async () => {
    const file = at('checked.xlsx');
    await saveXlsx(workbookFromRows({ Leads: [['Name', 'Email', 'Import status'], ['Ann', ' ANN@x.com', 'Ready to create'], ['Bob', 'bob@', 'Error: …']] }), file);
    const r = cli('fix', file, '--out', at('checked-fixed.xlsx'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // Bob's email still fails
    expect(r.stdout).toContain('Fixed 1 cell of "Leads" of ');
    const tb = createTestbed({ workbook: await loadXlsx(at('checked-fixed.xlsx')) });
    const leads = tb.sheetData('Leads');
    expect([leads.cell(1, 1), leads.cell(1, 2), leads.cell(2, 2)]).toEqual(['ann@x.com', 'Ready to create', expect.stringMatching(/^Error: Invalid email address "bob@"/)]);
    expect(cli('fix', at('missing.xlsx'), '--out', at('x.xlsx')).code).toBe(2);
    expect(cli('fix', file, '--out', at('x.csv')).stderr).toMatch(/^contact-import fix: --out "[^"]+x\.csv" must end in \.xlsx/);
  });
});
