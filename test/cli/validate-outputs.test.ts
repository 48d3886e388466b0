// validate's outputs: --ndjson, the grouped report with --max-problems, --clean (and its CRM formats), --rejects,
// the progress line, and text that is safe on a terminal.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../cli/csv/parse';
import { sheetSafe } from '../../cli/csv/write';
import { ProgressLine } from '../../cli/progress';
import { cli, cliOnTerminal, root } from './spawn-cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ci-outputs-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(text: string | Buffer, name = `f${n++}.csv`): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const out = (name: string) => join(dir, `${name}-${n++}.csv`);
const csvOf = (p: string) => parseCsv(readFileSync(p, 'utf8'));

const CONTACTS =
  'Name,Email,Phone,Birthday,Tags,Notes\r\n' +
  'Ann Lee,Ann@Example.COM,(415) 555-0132,Sep 8th 2024,"VIP; Lead",hi\r\n' +
  'Bob,bob@x,123-456-7890,,,\r\n' +
  'Cy Young,cy@example.com,123-456-7890,2/30/2020,Lead,\r\n' +
  'Di,ANN@example.com,,,,\r\n' +
  '=HYPERLINK("http://evil"),eve@example.com,+44 20 7946 0958,1990-01-02,,@SUM(1)\r\n';

describe('--ndjson', () => {
  it('prints one object per row, then {mapping, summary}, equal to --json', () => {
    const p = file(CONTACTS);
    const j = cli('validate', p, '--json');
    const nd = cli('validate', p, '--ndjson');
    expect(nd.code).toBe(j.code);
    expect(nd.code).toBe(1);
    const lines = nd.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const objects = lines.map((l) => JSON.parse(l));
    const doc = JSON.parse(j.stdout);
    expect(objects.slice(0, -1)).toEqual(doc.rows);
    expect(objects[objects.length - 1]).toEqual({ mapping: doc.mapping, summary: doc.summary });
    expect(Object.keys(objects[0])).toEqual(['line', 'result', 'issues', 'contact']);
  });

  it('stops with one line when the program reading it closes the output', () => {
    const p = file('Name,Email\r\n' + Array.from({ length: 50000 }, (_, i) => `P${i},p${i}@x.com\r\n`).join(''));
    const bin = join(root, 'bin', 'contact-import.js');
    const r = spawnSync('sh', ['-c', '"$0" "$1" validate "$2" --ndjson 2>"$3" | head -c 10 >/dev/null', process.execPath, bin, p, join(dir, 'epipe.err')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'epipe.err'), 'utf8')).toBe('contact-import: The output was closed before the end (the program reading it stopped); nothing more was written.\n');
  });

  it('cannot be used with --json', () => {
    const r = cli('validate', file(CONTACTS), '--json', '--ndjson');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('contact-import: --json and --ndjson cannot be used together: choose one.\n');
  });
});

describe('the readable report', () => {
  const many = () => file('Email,Phone\r\n' + Array.from({ length: 27 }, (_, i) => `bad${i}@,555-01\r\n`).join('') + 'ok@x.com,\r\n');

  it('lists at most 20 problems of a group by default, with the count of all of them', () => {
    const r = cli('validate', many());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('28 rows checked');
    expect(r.stdout).toContain('Problems (54 errors, 0 warnings) in 2 groups by column and kind, at most 20 lines each:');
    const email = r.stdout.slice(r.stdout.indexOf('\nEmail: invalid_email (27 errors)\n'));
    const block = email.split('\n\n')[0].split('\n').filter(Boolean);
    expect(block).toHaveLength(1 + 20 + 1);
    expect(block[1]).toMatch(/^ {2}Error {4}Line 2, Email: Invalid email address "bad0@"/);
    expect(block[20]).toMatch(/Line 21, Email/);
    expect(block[21]).toBe('  ... and 7 more');
    expect(r.stdout).toContain('\nPhone: invalid_phone (27 errors)\n');
    expect(r.stdout).toContain('14 problems not listed: raise --max-problems, or use --json or --ndjson for every one of them.');
  });

  it('--max-problems N lists N of each group; 0 lists the counts only', () => {
    const three = cli('validate', many(), '--max-problems', '3');
    expect(three.stdout).toContain('at most 3 lines each');
    expect([...three.stdout.matchAll(/^ {2}Error {4}Line/gm)]).toHaveLength(6);
    expect(three.stdout).toContain('  ... and 24 more');
    const none = cli('validate', many(), '--max-problems=0');
    expect(none.stdout).not.toMatch(/Line \d+, /);
    expect(none.stdout).toContain('Email: invalid_email (27 errors)\n  ... and 27 more');
    for (const bad of ['-1', 'ten', '1.5']) {
      const r = cli('validate', many(), '--max-problems', bad);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`contact-import: --max-problems needs a whole number of 0 or more, not "${bad}".\n`);
    }
  });
});

describe('--clean', () => {
  it('writes the rows that would import, normalized, under the fields\' labels', () => {
    const target = out('clean');
    const r = cli('validate', file(CONTACTS), '--clean', target);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Wrote 3 rows that would import to ${target}.`);
    expect(csvOf(target)).toEqual([
      ['Name', 'Email', 'Phone', 'Date of birth', 'Tags'],
      ['Ann Lee', 'ann@example.com', '+14155550132', '2024-09-08', 'VIP;Lead'],
      // Cy imports with a warning: the bad date is left out, the doubtful phone kept.
      ['Cy Young', 'cy@example.com', '+11234567890', '', 'Lead'],
      // Text a spreadsheet would run as a formula starts with an apostrophe; an E.164 phone stays as it is.
      [`'=HYPERLINK("http://evil")`, 'eve@example.com', '+442079460958', '1990-01-02', ''],
    ]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reads back as the same contacts (the clean file is itself a valid contact file)', () => {
    const src = file('First Name,Last Name,E-mail,Mobile,Phone,DOB,Company,Tags,Score\r\nAnn,Lee,ANN@X.COM,(415) 555-0132,+44 20 7946 0958,09/08/1980,Acme,"a, b",1.5\r\nBo,,bo@x.com,,,1 Jan 1970,,,7\r\n');
    const settings = file(JSON.stringify({ customFields: [{ key: 'score', label: 'Score', type: 'number' }] }), 's.json');
    const target = out('clean');
    const first = JSON.parse(cli('validate', src, '--settings', settings, '--json', '--clean', target).stdout);
    const again = JSON.parse(cli('validate', target, '--settings', settings, '--json').stdout);
    expect(again.rows.map((r: { contact: unknown }) => r.contact)).toEqual(first.rows.map((r: { contact: unknown }) => r.contact));
    expect(again.summary).toEqual({ total: 2, success: 2, warning: 0, failure: 0 });
  });

  it.each<[string, string[], string[]]>([
    ['hubspot', ['email', 'firstname', 'lastname', 'phone', 'mobilephone', 'company', 'date_of_birth', 'score'], ['ann@x.com', 'Ann', 'Lee', '+14155550132', '+442079460958', 'Acme', '1980-09-08', '1.5']],
    ['salesforce', ['FirstName', 'LastName', 'Email', 'Phone', 'MobilePhone', 'Birthdate', 'score__c'], ['Ann', 'Lee', 'ann@x.com', '+14155550132', '+442079460958', '1980-09-08', '1.5']],
    [
      'google-contacts',
      ['First Name', 'Last Name', 'E-mail 1 - Value', 'Phone 1 - Value', 'Phone 2 - Value', 'Organization Name', 'Birthday', 'Labels'],
      ['Ann', 'Lee', 'ann@x.com', '+14155550132', '+442079460958 ::: +33142685300', 'Acme', '1980-09-08', 'a ::: b'],
    ],
    [
      'highlevel',
      ['First Name', 'Last Name', 'Email', 'Phone', 'Additional Phones', 'Company Name', 'Date Of Birth', 'Tags', 'Score'],
      ['Ann', 'Lee', 'ann@x.com', '+14155550132', '+442079460958,+33142685300', 'Acme', '1980-09-08', 'a,b', '1.5'],
    ],
  ])('--clean-format %s: the CRM\'s own import headers', (format, headers, row) => {
    const src = file('Name,Email,Phone,Mobile,Other Phone,DOB,Company,Tags,Score\r\nAnn Lee,ANN@X.COM,(415) 555-0132,+44 20 7946 0958,+33 1 42 68 53 00,09/08/1980,Acme,"a, b",1.5\r\n');
    const settings = file(JSON.stringify({ customFields: [{ key: 'score', label: 'Score', type: 'number' }] }), `s-${format}.json`);
    const target = out(format);
    const r = cli('validate', src, '--settings', settings, '--clean', target, '--clean-format', format);
    expect(r.code).toBe(0);
    const rows = csvOf(target);
    expect(rows[0]).toEqual(headers);
    expect(rows[1]).toEqual(row);
    if (format === 'hubspot') expect(r.stderr).toBe('contact-import: note: the hubspot clean file has no column for: Tags (HubSpot has no tags property).\n');
    if (format === 'salesforce') expect(r.stderr).toMatch(/no column for: Company name \(a Salesforce contact's company is its Account\); Tags/);
    if (format === 'google-contacts') expect(r.stderr).toMatch(/no column for: Score \(Google Contacts has no custom fields of an account\)/);
  });

  it.each([
    [['--clean-format', 'hubspot'], '--clean-format applies to the clean file: add --clean OUT.csv.'],
    [['--clean', 'x.csv', '--clean-format', 'pipedrive'], 'Unknown --clean-format "pipedrive". Use one of: hubspot, salesforce, google-contacts, highlevel (or leave it out for the field labels).'],
  ])('refuses %j', (args, message) => {
    const r = cli('validate', file(CONTACTS), ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`contact-import: ${message}\n`);
  });

  it('never overwrites the file being checked, nor writes both outputs to one file, nor starts without a folder to write to', () => {
    const src = file(CONTACTS);
    expect(cli('validate', src, '--clean', src).stderr).toBe(`contact-import: --clean "${src}" is the file being checked; write to another file.\n`);
    expect(cli('validate', src, '--rejects', join(dir, '.', src.slice(dir.length + 1))).code).toBe(2);
    expect(cli('validate', src, '--clean', join(dir, 'a.csv'), '--rejects', join(dir, 'a.csv')).stderr).toBe('contact-import: --clean and --rejects name the same file; give each its own.\n');
    const r = cli('validate', src, '--clean', join(dir, 'no-such-folder', 'c.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^contact-import: Cannot write --clean ".*c\.csv": no such file \(its folder does not exist\)\.\n$/);
    expect(readFileSync(src, 'utf8')).toBe(CONTACTS);
  });

  it('is written whole or not at all: an unusable file leaves an existing target as it was', () => {
    const target = out('keep');
    writeFileSync(target, 'precious\r\n');
    const r = cli('validate', file('Name,Email\r\nAnn,a@x.com\r\n' + 'Bo,b@x.com\r\n'.repeat(50000) + 'Cy,"never closed\r\n'), '--clean', target, '--rejects', out('rej'), '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^contact-import: Cannot read ".*": Line 50003: a quoted field is never closed; add the closing quote \(".*\n$/);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(readFileSync(target, 'utf8')).toBe('precious\r\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('--rejects', () => {
  it('writes the failing rows: Line, Error, then the original columns as they were', () => {
    const target = out('rejects');
    const r = cli('validate', file(CONTACTS), '--rejects', target);
    expect(r.stdout).toContain(`Wrote 2 failing rows to ${target}.`);
    expect(csvOf(target)).toEqual([
      ['Line', 'Error', 'Name', 'Email', 'Phone', 'Birthday', 'Tags', 'Notes'],
      ['3', expect.stringMatching(/^Email: Invalid email address "bob@x"/), 'Bob', 'bob@x', '123-456-7890', '', '', ''],
      ['5', expect.stringMatching(/^Email: Duplicate email found: "ann@example.com" is a duplicate of line 2/), 'Di', 'ANN@example.com', '', '', '', ''],
    ]);
  });

  it('joins a row\'s errors, and takes a workbook\'s cells as the sheet shows them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Leads');
    ws.addRow(['Email', 'Phone', 'Score', 'Since']);
    ws.addRow(['x@', 'call me', 12.5, new Date(Date.UTC(2020, 0, 31))]);
    ws.addRow(['ok@x.com', '', 3, '']);
    const p = join(dir, 'rej.xlsx');
    await wb.xlsx.writeFile(p);
    const target = out('rejects');
    const settings = file(JSON.stringify({ policy: 'fail-row' }), 'fr.json');
    expect(cli('validate', p, '--settings', settings, '--rejects', target).code).toBe(1);
    const rows = csvOf(target);
    expect(rows).toHaveLength(2);
    expect(rows[1][0]).toBe('2');
    expect(rows[1][1]).toMatch(/^Email: Invalid email address "x@".*; Phone: Could not read the phone number "call me"/);
    expect(rows[1].slice(2)).toEqual(['x@', 'call me', '12.5', '2020-01-31']);
  });
});

describe('the progress line', () => {
  const big = () => file('Name,Email\r\n' + Array.from({ length: 30000 }, (_, i) => `P${i},p${i}@x.com\r\n`).join(''));

  it('shows rows/s and the share read on a terminal, and clears itself', () => {
    const r = cliOnTerminal(['validate', big()]);
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- the control characters are what the test looks for
    expect(r.output).toMatch(/\rRead [\d,]+ rows {2}[\d,]+ rows\/s {2}\d+% read\x1b\[K/);
    expect(r.output).toContain('\r\x1b[K');
    expect(r.output).toContain('30000 rows checked');
  });

  it('is not shown with --quiet, nor when stderr is not a terminal', () => {
    expect(cliOnTerminal(['validate', big(), '--quiet']).output).not.toContain('rows/s');
    const r = cli('validate', big());
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('rows/s');
  });

  it('says rows, rows/s and the share read, a few times a second at most', () => {
    const written: string[] = [];
    let now = 0;
    const err = { write: (s: string) => written.push(s), isTTY: true } as unknown as NodeJS.WritableStream;
    const p = new ProgressLine(err, true, () => 0.375, () => now);
    expect(ProgressLine.isTerminal(err)).toBe(true);
    now = 1000;
    p.update(41_200);
    now = 1100;
    p.update(50_000); // too soon: not written
    now = 2000;
    p.update(82_400);
    p.done();
    expect(written).toEqual(['\rRead 41,200 rows  41,200 rows/s  37% read\x1b[K', '\rRead 82,400 rows  41,200 rows/s  37% read\x1b[K', '\r\x1b[K']);
    expect(ProgressLine.text(10, 1000, null)).toBe('Read 10 rows  10 rows/s');
  });
});

describe('terminal safety', () => {
  const ESC = '\x1b';

  it('escapes control characters of cells, headers and paths in the report; a one-line error stays one line', () => {
    const rows = 'Bo,bo@x.com\r\n'.repeat(100);
    const p = file(`Name,E${ESC}[31mmail\r\n"Ann${ESC}[2J\nLee",x${ESC}]0;pwned\x07@\x9b31m\r\n${rows}`);
    const r = cli('validate', p);
    // eslint-disable-next-line no-control-regex -- the control characters are what the test looks for
    expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(r.stdout).toContain('E\\x1b[31mmail');
    expect(r.stdout).toContain('\\x1b]0;pwned\\x07@\\x9b31m');
    const odd = join(dir, `new\nline${ESC}[1m.csv`);
    writeFileSync(odd, 'Name\r\n"open\r\n');
    const e = cli('validate', odd);
    expect(e.code).toBe(2);
    expect(e.stderr.split('\n')).toHaveLength(2);
    expect(e.stderr).toContain('new\\nline\\x1b[1m.csv');
    const missing = cli('validate', join(dir, `gone\r\n${ESC}c.csv`));
    expect(missing.stderr).toMatch(/^contact-import: Cannot read ".*gone\\r\\n\\x1bc\.csv": no such file\.\n$/);
  });

  it('escapes a sheet name and the sheets it lists', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Leads').addRow(['Email']);
    const p = join(dir, 'sheets.xlsx');
    await wb.xlsx.writeFile(p);
    const r = cli('validate', p, '--sheet', `X${ESC}[2J\nY`);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('contact-import: There is no sheet named "X\\x1b[2J\\nY". Sheets in the file: "Leads".\n');
  });

  it('JSON holds no raw control character and reads back the same text', () => {
    const p = file(`Name,Notes\r\nAn\u202en${ESC}[31m!,x\x85y\u2028z\r\n${'Bo,ok\r\n'.repeat(50)}`);
    for (const flag of ['--json', '--ndjson']) {
      const r = cli('validate', p, flag);
      // eslint-disable-next-line no-control-regex -- the control characters are what the test looks for
      expect(r.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u202e]/);
      const row = JSON.parse(r.stdout.split('\n')[0]);
      expect((row.rows ? row.rows[0] : row).contact.name).toBe(`An\u202en${ESC}[31m!`);
    }
  });

  it('cells that a spreadsheet would run as formulas are written as text', () => {
    expect(['=1+1', '+cmd|x', '-2+cmd|x', '@SUM(A1)', '+A1', '-HYPERLINK("x")', '\tx', '\rx'].map(sheetSafe)).toEqual(["'=1+1", "'+cmd|x", "'-2+cmd|x", "'@SUM(A1)", "'+A1", `'-HYPERLINK("x")`, "'\tx", "'\rx"]);
    const plain = ['+14155550123', '+1 415 555 0123 ext. 12', '+442079460958 ::: +33142685300', '-12.5', '-2+3', 'plain', '', 'a=b'];
    expect(plain.map(sheetSafe)).toEqual(plain);
  });
});

describe('Windows-1252 files through the command', () => {
  it('keep smart quotes, dashes, the euro sign and the other 24 characters of 0x80-0x9F', () => {
    const bytes = [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f];
    const csv = Buffer.concat([
      Buffer.from('Name;Email;Notes\r\nJos\xe9 \x93Pepe\x94 O\x92Neil \x96 Sr.;jose@x.com;', 'latin1'),
      Buffer.from(bytes),
      Buffer.from('\r\n', 'latin1'),
    ]);
    const r = cli('validate', file(csv), '--json');
    expect(r.code).toBe(0);
    const row = JSON.parse(r.stdout).rows[0];
    expect(row.contact.name).toBe('José “Pepe” O’Neil – Sr.');
    expect(file('x', 'dummy')).toBeTruthy();
    const settings = file(JSON.stringify({ mapping: { Name: 'name', Email: 'email', Notes: 'source' } }), 'src.json');
    const all = JSON.parse(cli('validate', file(csv), '--settings', settings, '--json').stdout).rows[0].contact.source;
    expect(all).toBe('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
    expect([...all]).toHaveLength(27);
  });
});

describe('what is not a text CSV file is refused, saying what to do', () => {
  it.each<[string, Buffer, RegExp]>([
    ['a PNG named .csv', Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(2000, 0x00)]), /binary file/],
    ['UTF-16 without a byte order mark', Buffer.from('Name,Email\r\nAnn,a@x.com\r\n', 'utf16le'), /UTF-16 text without a byte order mark/],
    ['Shift-JIS', Buffer.from('96bc914f2c8381815b838b2c936498620d0a8e52936391be98592c7461726f406578616d706c652e6a702c30332d313233342d353637380d0a8db293a189d48e712c68616e616b6f406578616d706c652e6a702c3039302d313233342d353637380d0a', 'hex'), /Shift-JIS/],
  ])('%s', (_n, bytes, why) => {
    const p = file(bytes);
    const r = cli('validate', p);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^contact-import: "${p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" is not a text CSV file: `));
    expect(r.stderr).toMatch(why);
    expect(r.stderr).toMatch(/save it as "CSV UTF-8" \(or export the contacts as CSV\), then try again\.\n$/);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('an .xlsx named .csv still reads as a workbook (not refused as binary)', () => {
    expect(existsSync(join(root, 'samples', 'playground', 'contacts.xlsx'))).toBe(true);
    const p = file(readFileSync(join(root, 'samples', 'playground', 'contacts.xlsx')));
    expect(cli('validate', p, '--json').code).not.toBe(2);
  });
});
