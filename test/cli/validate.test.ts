// Spawns the real command (node bin/contact-import.js) on CSV and XLSX fixtures.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli, root } from './spawn-cli';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ci-validate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('contact-import validate (CSV)', () => {
  it('prints exactly {mapping, summary, rows} with --json and exits 0 when no row fails', () => {
    const csv = file('ok.csv', 'Name,E-mail,Phone,Birthday,Tags,Notes\r\nAnn Lee,Ann@Example.com,(415) 555-0132,Sep 8th 2024,"VIP; Lead",hi\r\nBob,,123-456-7890,,,\r\n');
    const r = cli('validate', csv, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      mapping: { Name: 'name', 'E-mail': 'email', Phone: 'phone', Birthday: 'dateOfBirth', Tags: 'tags', Notes: null },
      summary: { total: 2, success: 1, warning: 1, failure: 0 },
      rows: [
        { line: 2, result: 'success', issues: [], contact: { name: 'Ann Lee', email: 'ann@example.com', phone: '+14155550132', dateOfBirth: '2024-09-08', tags: ['VIP', 'Lead'] } },
        {
          line: 3,
          result: 'warning',
          issues: [{
            line: 3, column: 'Phone', field: 'phone', severity: 'warning', code: 'phone_not_valid_for_country', message: expect.stringContaining('"123-456-7890"'),
            // Fix in place (issue 11): the issue carries the fix Fix would make.
            suggestion: { kind: 'phone', from: '123-456-7890', to: '+11234567890', confidence: 'review', message: 'This number looks possible but is not valid for its country: check the digits before writing +11234567890.' },
          }],
          contact: { name: 'Bob', phone: '+11234567890' },
        },
      ],
    });
    expect(r.stdout.endsWith('}\n')).toBe(true);
  });

  it('exits 1 when a row fails, with duplicates, numbers as numbers and the settings applied', () => {
    const settings = file('s1.json', JSON.stringify({
      mode: 'create', policy: 'fail-row', headerRow: 2,
      customFields: [{ key: 'score', label: 'Score', type: 'number' }, { key: 'vip', label: 'VIP', type: 'checkbox' }],
    }));
    const csv = file('fail.csv', 'Exported by CRM\nEmail,Score,VIP\na@x.com,"1,234.5",yes\nA@X.com,2,no\nb@x.com,abc,1\n');
    const r = cli('validate', csv, '--settings', settings, '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ total: 3, success: 1, warning: 0, failure: 2 });
    expect(out.rows[0]).toEqual({ line: 3, result: 'success', issues: [], contact: { email: 'a@x.com', score: 1234.5, vip: true } });
    expect(out.rows[1].issues).toEqual([{
      line: 4, column: 'Email', field: 'email', severity: 'error', code: 'duplicate_in_sheet',
      message: expect.stringContaining('duplicate of line 3, matched on Email'),
    }]);
    expect(out.rows[2].issues.map((i: { code: string; severity: string }) => `${i.severity}:${i.code}`)).toEqual(['error:invalid_number']);
    expect(Object.keys(out.rows[2].issues[0])).toEqual(['line', 'column', 'field', 'severity', 'code', 'message']);
  });

  it('prints a readable summary without --json: counts, then problems grouped by column and kind, by line in each group', () => {
    const r = cli('validate', join(root, 'samples', 'contacts.csv'), '--settings', join(root, 'samples', 'settings.json'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^contacts\.csv: 40 rows checked\n {2}Success: \d+\n {2}Warning: \d+ .*\n {2}Failure: \d+ /);
    expect(r.stdout).toContain('Line 11, Email: Invalid email address "jane@@example.com"');
    expect(r.stdout).toContain('Line 12: Required fields to create/update contacts are missing: add a Name, Phone or Email.');
    expect(r.stdout).toMatch(/Line 13, Email: Duplicate email found: .*duplicate of line 2, matched on Email/);
    // Groups follow the order of their first problem; the lines of a group are in order.
    const groups = r.stdout.slice(r.stdout.indexOf('\nProblems (')).split('\n\n').slice(1).map((g) => [...g.matchAll(/ Line (\d+)/g)].map((m) => Number(m[1])));
    expect(groups.length).toBeGreaterThan(3);
    for (const lines of groups) expect(lines).toEqual([...lines].sort((a, b) => a - b));
    const firsts = groups.map((g) => g[0]);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });

  it('the sample\'s JSON agrees with its readable summary', () => {
    const r = cli('validate', join(root, 'samples', 'contacts.csv'), '--settings', join(root, 'samples', 'settings.json'), '--json');
    const out = JSON.parse(r.stdout);
    expect(out.summary.total).toBe(40);
    expect(out.rows).toHaveLength(40);
    expect(out.summary.success + out.summary.warning + out.summary.failure).toBe(40);
    expect(out.mapping.Created).toBeNull();
    expect(out.mapping.Mobile).toBe('additionalPhones');
  });

  it('reads semicolon CSV and Windows-1252 files', () => {
    const latin = file('latin.csv', Buffer.from('Name;Email\nJos\xe9;jose@x.com\n', 'latin1'));
    const out = JSON.parse(cli('validate', latin, '--json').stdout);
    expect(out.rows[0].contact).toEqual({ name: 'José', email: 'jose@x.com' });
  });

  it.each([
    ['UTF-16 LE with BOM, tab-delimited (Excel "Unicode Text")', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\tEmail\r\nJosé\tjose@x.com\r\n', 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Name,Email\nJosé,jose@x.com\n', 'utf16le').swap16()])],
    ['UTF-8 BOM, CRLF, semicolons, trailing blank rows and columns', Buffer.from('\ufeffName;Email;;\r\nJosé;jose@x.com;;\r\n;;;\r\n\r\n', 'utf8')],
  ])('reads %s', (_n, bytes) => {
    const r = cli('validate', file('enc.csv', bytes), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ total: 1, success: 1, warning: 0, failure: 0 });
    expect(out.rows[0]).toEqual({ line: 2, result: 'success', issues: [], contact: { name: 'José', email: 'jose@x.com' } });
  });

  it('trailing empty columns are not columns of the sheet; an empty column with data further down is', () => {
    const r = cli('validate', file('trail.csv', 'Name;Email;;;\r\nAnn;a@x.com;;;\r\nBob;b@x.com;;x;\r\n;;;;\r\n'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).mapping).toEqual({ Name: 'name', Email: 'email', 'Column C': null, 'Column D': null });
    const r2 = cli('validate', file('trail2.csv', 'Name,Email,,\nAnn,a@x.com,,\n'), '--json');
    expect(JSON.parse(r2.stdout).mapping).toEqual({ Name: 'name', Email: 'email' });
  });

  it('prints help and exits 0', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/contact-import validate FILE\.csv\|FILE\.xlsx \[--sheet NAME\] \[--settings settings\.json\] \[--json\]/);
    expect(cli('help').code).toBe(0);
  });
});

describe('contact-import validate: unusable input exits 2 with a one-line message', () => {
  const noTrace = (s: string) => expect(s).not.toMatch(/\n\s+at /);
  it.each<[string, () => string[], RegExp]>([
    ['missing file', () => ['validate', join(dir, 'nope.csv')], /Cannot read ".*nope\.csv": no such file\./],
    ['no file argument', () => ['validate', '--json'], /validate needs a file/],
    ['unknown flag', () => ['validate', file('a.csv', 'Name\nA\n'), '--jsn'], /Unknown option "--jsn" for validate/],
    ['unknown command', () => ['check', 'x.csv'], /Unknown command "check"/],
    ['not a csv/xlsx', () => ['validate', file('a.pdf', 'x')], /is not a \.csv or \.xlsx file/],
    ['settings missing', () => ['validate', file('b.csv', 'Name\nA\n'), '--settings', join(dir, 'none.json')], /Cannot read the settings file .*: no such file/],
    ['settings not JSON', () => ['validate', file('c.csv', 'Name\nA\n'), '--settings', file('bad.json', '{mode: create}')], /is not valid JSON/],
    ['settings invalid', () => ['validate', file('d.csv', 'Name\nA\n'), '--settings', file('inv.json', '{"mode":"merge","defaultCountry":"ZZ"}')], /has 2 problems: mode must be one of .*"merge"\. defaultCountry "ZZ"/],
    ['settings null', () => ['validate', file('d2.csv', 'Name\nA\n'), '--settings', file('null.json', 'null')], /has a problem: Settings must be a JSON object, not null\./],
    ['settings a list', () => ['validate', file('d3.csv', 'Name\nA\n'), '--settings', file('list.json', '[]')], /has a problem: Settings must be a JSON object, not a list\./],
    ['settings wrong types and unknown keys', () => ['validate', file('d4.csv', 'Name\nA\n'), '--settings', file('types.json', '{"headerRow":"2","matchOn":"email","colour":1}')], /has 3 problems: Unknown setting "colour".* matchOn must be a list.* headerRow must be a whole number/],
    ['settings file is a folder', () => ['validate', file('d5.csv', 'Name\nA\n'), '--settings', dir], /Cannot read the settings file .*: it is a folder\./],
    ['file is a folder', () => ['validate', join(dir, 'sub.csv')], /Cannot read ".*sub\.csv": it is a folder\./],
    ['missing --settings value', () => ['validate', file('d6.csv', 'Name\nA\n'), '--settings'], /--settings needs a value\./],
    ['missing --sheet value', () => ['validate', file('d7.csv', 'Name\nA\n'), '--sheet'], /--sheet needs a value\./],
    ['empty xlsx', () => ['validate', file('empty.xlsx', '')], /Cannot read ".*empty\.xlsx" as an \.xlsx workbook: the file is empty\.$/m],
    // A compound file's signature (what an old .xls starts with), named .csv: read by the one .xlsx reader, in run's words.
    ['old .xls bytes named .csv', () => ['validate', file('old.csv', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]))], /is an old Excel \.xls workbook \(Excel 97-2003\)\. Save it as \.xlsx \(or \.csv\) and try again/],
    ['unclosed quote', () => ['validate', file('e.csv', 'Name\n"Ann\n')], /Line 2: a quoted field is never closed/],
    ['no header row', () => ['validate', file('f.csv', '')], /has no header row at line 1/],
    ['--sheet on a CSV', () => ['validate', file('g.csv', 'Name\nA\n'), '--sheet', 'X'], /--sheet only applies to \.xlsx files/],
    ['broken xlsx', () => ['validate', file('h.xlsx', 'not a zip')], /Cannot read ".*h\.xlsx" as an \.xlsx workbook: it is not an Excel workbook/],
  ])('%s', (_n, args, re) => {
    mkdirSync(join(dir, 'sub.csv'), { recursive: true });
    const r = cli(...args());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^contact-import: [^\n]*\n$/);
    expect(r.stderr).toMatch(re);
    noTrace(r.stderr);
  });

  it('says the run command is not available when cli/run.ts is absent, or runs it', () => {
    const r = cli('run', '--help');
    if (r.stderr.includes('not available')) {
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('contact-import: The run command is not available in this build.\n');
    } else {
      expect(readFileSync(join(root, 'cli', 'run.ts'), 'utf8')).toContain('runCommand');
    }
  });
});

describe('contact-import validate (XLSX)', () => {
  let xlsx: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const notes = wb.addWorksheet('Notes');
    notes.addRow(['nothing here']);
    const ws = wb.addWorksheet('Contacts');
    ws.addRow(['First Name', 'Email', 'Phone', 'DOB', 'Score', 'Subscribed', 'Website', 'Import status']);
    ws.addRow(['Ann', { text: 'ann@x.com', hyperlink: 'mailto:ann@x.com' }, 4155550132, new Date(Date.UTC(1985, 9, 28)), 42, true, { richText: [{ text: 'acme' }, { text: '.com' }] }, 'Imported']);
    ws.addRow([{ richText: [{ text: 'B' }, { text: 'ob' }] }, 'bob@x', '+44 20 7946 0958', '2/30/2020', { formula: '1+1', result: 2 }, false, '', '']);
    ws.addRow([]);
    ws.addRow(['Cy', 'ANN@X.COM', '', 45000, '', '', '', '']);
    xlsx = join(dir, 'book.xlsx');
    await wb.xlsx.writeFile(xlsx);
  });

  const settingsFile = () =>
    file('x.json', JSON.stringify({ customFields: [{ key: 'score', label: 'Score', type: 'number' }, { key: 'sub', label: 'Subscribed', type: 'checkbox' }] }));

  it('reads the named sheet: numbers, booleans, Dates, rich text, formulas, hyperlinks', () => {
    const r = cli('validate', xlsx, '--sheet', 'Contacts', '--settings', settingsFile(), '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.mapping).toEqual({ 'First Name': 'firstName', Email: 'email', Phone: 'phone', DOB: 'dateOfBirth', Score: 'score', Subscribed: 'sub', Website: 'website', 'Import status': null });
    expect(out.summary).toEqual({ total: 3, success: 1, warning: 0, failure: 2 });
    expect(out.rows[0]).toEqual({
      line: 2, result: 'success', issues: [],
      contact: { firstName: 'Ann', email: 'ann@x.com', phone: '+14155550132', dateOfBirth: '1985-10-28', score: 42, sub: true, website: 'https://acme.com' },
    });
    expect(out.rows[1].line).toBe(3);
    expect(out.rows[1].contact).toMatchObject({ firstName: 'Bob', phone: '+442079460958', score: 2, sub: false });
    expect(out.rows[1].issues.map((i: { column: string; severity: string }) => `${i.column}:${i.severity}`)).toEqual(['Email:error', 'DOB:warning']);
    expect(out.rows[2]).toMatchObject({ line: 5, result: 'failure', contact: { firstName: 'Cy', email: 'ann@x.com', dateOfBirth: '2023-03-15' } });
    expect(out.rows[2].issues[0].message).toContain('duplicate of line 2, matched on Email');
  });

  it('merged cells: only the top-left cell holds the value (as Sheets gives them); other cells are empty', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow(['Name', 'Email', 'Company']);
    ws.addRow(['Ann', 'ann@x.com', 'Acme']);
    ws.addRow(['Bob Lee', '', '']);
    ws.mergeCells('A3:B3');
    ws.mergeCells('C2:C3');
    const p = join(dir, 'merged.xlsx');
    await wb.xlsx.writeFile(p);
    const r = cli('validate', p, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rows).toEqual([
      { line: 2, result: 'success', issues: [], contact: { name: 'Ann', email: 'ann@x.com', companyName: 'Acme' } },
      { line: 3, result: 'success', issues: [], contact: { name: 'Bob Lee' } },
    ]);
  });

  it('a Date cell outside the years 1000-9999 is flagged, not written as a 5-digit year', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow(['Email', 'Birthday']);
    ws.addRow(['a@x.com', new Date(Date.UTC(10000, 0, 1))]);
    const p = join(dir, 'fardate.xlsx');
    await wb.xlsx.writeFile(p);
    const out = JSON.parse(cli('validate', p, '--json').stdout);
    expect(out.rows[0]).toMatchObject({ line: 2, result: 'warning', contact: { email: 'a@x.com' } });
    expect(out.rows[0].issues).toEqual([expect.objectContaining({ column: 'Birthday', code: 'invalid_date', severity: 'warning', message: expect.stringContaining('the year 10000 is out of range') })]);
  });

  it('an .xlsx workbook saved under a .csv name is read as the workbook it is', () => {
    const p = file('really-a-book.csv', readFileSync(xlsx));
    const out = JSON.parse(cli('validate', p, '--json').stdout);
    expect(out.mapping).toEqual({ 'nothing here': null });
  });

  it('uses the first sheet by default', () => {
    const out = JSON.parse(cli('validate', xlsx, '--json').stdout);
    expect(out.mapping).toEqual({ 'nothing here': null });
  });

  it('lists the sheets when --sheet names none of them', () => {
    const r = cli('validate', xlsx, '--sheet', 'People');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('contact-import: There is no sheet named "People". Sheets in the file: "Notes", "Contacts".\n');
  });
});
