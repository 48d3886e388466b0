// The command line and .xlsx files, end to end: both commands read a workbook the same way (the one reader),
// validate reads what run writes, hostile files end in one line of ours with bounded memory, and run's output
// replaces the file it writes atomically — a Ctrl-C at any point or a full disk never leaves it unreadable.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadXlsx, saveXlsx, workbookFromRows } from '../../testbed';
import { streamXlsxSheet, readXlsx } from '../../cli/xlsx';
import { compoundFile, craftXlsx, deflatedRepeat, row, str, zip } from '../testbed/fixtures/craft-xlsx';
import { runCli } from '../server/helpers';

jest.setTimeout(600_000);

const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'contact-import.js');
const LIBREOFFICE = join(root, 'test', 'testbed', 'fixtures', 'libreoffice-book.xlsx');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ci-xlsx-io-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const e: NodeJS.ProcessEnv = { ...process.env, TZ: 'UTC', ...env };
  delete e.CONTACT_IMPORT_TOKEN;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: e });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}
const put = (name: string, bytes: Buffer | string) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const oneLine = (s: string) => expect(s).toMatch(/^contact-import( run)?: [^\n]*\n$/);

describe('validate reads every workbook run writes', () => {
  it('run → validate → run → fix: the result (with its History, Contacts and problem tabs) reads back, a re-run skips what was imported, and fix writes into it', async () => {
    const book = join(dir, 'round.xlsx');
    await saveXlsx(workbookFromRows({ Leads: [['Name', 'Email', 'Phone'], ['Ann', 'ann@x.com', '(415) 555-0101'], ['Bob', 'bob@', '415 555 0102'], ['Cy', 'cy@x.com', '']] }), book);
    const result = join(dir, 'round-result.xlsx');
    const r1 = await runCli([book, '--out', result, '--json']);
    expect([r1.code, r1.err]).toEqual([1, '']);
    expect((await loadXlsx(result)).sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Leads', 'Contacts', 'History']));

    const v = cli(['validate', result, '--sheet', 'Leads', '--json']);
    expect(v.stderr).toBe('');
    expect(v.code).toBe(1);
    const j = JSON.parse(v.stdout);
    expect(j.mapping).toEqual({ Name: 'name', Email: 'email', Phone: 'phone', 'Import status': null });
    expect(j.rows.map((r: { line: number; result: string }) => [r.line, r.result])).toEqual([[2, 'success'], [3, 'failure'], [4, 'success']]);
    for (const tab of ['History', 'Contacts']) expect(cli(['validate', result, '--sheet', tab, '--json']).code).not.toBe(2);

    const again = join(dir, 'round-again.xlsx');
    const r2 = await runCli([result, '--out', again, '--json']);
    const j2 = JSON.parse(r2.out);
    expect(j2).toMatchObject({ total: 3, created: 0, skipped: 2, errors: 1, notCarriedOver: [] });
    expect(cli(['validate', again, '--sheet', 'Leads']).code).toBe(1);

    // fix on the re-run's result: the phones as E.164, the sheet (checked by the runs) checked again, a Fix block on
    // top of the runs' blocks in History, the undo journal beside them; everything else read back as it was.
    const fixed = join(dir, 'round-fixed.xlsx');
    const f = cli(['fix', again, '--out', fixed, '--json']);
    expect([f.code, f.stderr]).toEqual([1, '']); // Bob's email still fails
    const fj = JSON.parse(f.stdout);
    expect(fj).toMatchObject({ sheet: 'Leads', changed: 2, counts: { phone: 2 }, failures: 1, notCarriedOver: [] });
    expect(fj.changes).toEqual([
      { line: 2, column: 'Phone', kind: 'phone', from: '(415) 555-0101', to: '+14155550101', confidence: 'safe' },
      { line: 3, column: 'Phone', kind: 'phone', from: '415 555 0102', to: '+14155550102', confidence: 'safe' },
    ]);
    const fb = await loadXlsx(fixed);
    expect(fb.sheets.map((x) => x.name)).toEqual(expect.arrayContaining(['Leads', 'Contacts', 'History', 'Contact Import fixes']));
    const vf = cli(['validate', fixed, '--sheet', 'Leads', '--json']);
    expect(vf.code).toBe(1);
    expect(JSON.parse(vf.stdout).rows.map((r: { contact: { phone?: string } }) => r.contact.phone)).toEqual(['+14155550101', '+14155550102', undefined]);
    const r3 = await runCli([fixed, '--out', join(dir, 'round-after-fix.xlsx'), '--json']);
    expect(JSON.parse(r3.out)).toMatchObject({ total: 3, created: 0, errors: 1, notCarriedOver: [] });
  });

  it('a workbook LibreOffice wrote, with a sheet of the user\'s named "History", reads in both commands', async () => {
    const v = cli(['validate', LIBREOFFICE, '--sheet', 'History', '--json']);
    expect(v.code).toBe(1); // read: its columns are simply not contact fields
    expect(JSON.parse(v.stdout).mapping).toEqual({ 'My own history': null, Amount: null });
    const leads = JSON.parse(cli(['validate', LIBREOFFICE, '--json']).stdout);
    expect(leads.rows[0].contact).toEqual({ name: 'Ann Lee', email: 'ann@example.com', website: 'https://example.com/ann' });
    expect(leads.rows.map((r: { line: number }) => r.line)).toEqual([2, 3, 4]);
    const r = await runCli([LIBREOFFICE, '--sheet', 'Leads', '--out', join(dir, 'lo-result.xlsx'), '--json']);
    expect(JSON.parse(r.out)).toMatchObject({ status: 'Completed', total: 3, created: 3, notCarriedOver: [] });
  });

  it('streamXlsxSheet gives the rows as they stream, the same values as the full readers, and errors naming the file', async () => {
    const s = await streamXlsxSheet(LIBREOFFICE, { sheet: 'leads' });
    expect(s.name).toBe('Leads');
    const rows = [];
    for await (const r of s.rows) rows.push(r);
    const full = (await readXlsx(LIBREOFFICE, 'Leads')).rows;
    expect(rows.map((r) => [...r, ...new Array(full[0].length - r.length).fill('')])).toEqual(full);
    const wb = await loadXlsx(LIBREOFFICE);
    const leads = wb.sheet('Leads')!;
    rows.forEach((r, i) => r.forEach((v, c) => expect([i, c, v]).toEqual([i, c, leads.cell(i, c)])));
    await expect(streamXlsxSheet(LIBREOFFICE, { sheet: 'People' })).rejects.toThrow('There is no sheet named "People". Sheets in the file: "Leads", "History".');
    await expect(streamXlsxSheet(join(dir, 'nope.xlsx'), {})).rejects.toThrow(`Cannot read "${join(dir, 'nope.xlsx')}": no such file.`);
    await expect(streamXlsxSheet(dir, {})).rejects.toThrow(`Cannot read "${dir}": it is a folder.`);
    // Rows arrive before the whole sheet is read; a problem found further on is the same kind of one-line error.
    let xml = '';
    for (let r = 1; r <= 5000; r++) xml += row(r, str(`A${r}`, `row ${r}`));
    const late = put('late.xlsx', craftXlsx({ sheets: [{ name: 'S', xml: xml + row(4000, str('A4000', 'again')) }] }));
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const r of (await streamXlsxSheet(late, {})).rows) seen.push(r[0]);
      })(),
    ).rejects.toThrow(`Cannot read "${late}" as an .xlsx workbook: its rows are out of order (row 4000 comes after row 5000).`);
    expect(seen.slice(0, 2)).toEqual(['row 1', 'row 2']);
  });
});

describe('files that are not what they claim: one line of ours from each command, exit 2', () => {
  const book = (name: string, extra: Parameters<typeof craftXlsx>[0]) => put(name, craftXlsx(extra));
  const cases: Array<[string, () => string, RegExp]> = [
    ['a PNG renamed .xlsx', () => put('png.xlsx', Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex')), /as an \.xlsx workbook: it is not an Excel workbook( but a PNG image)? \(an \.xlsx file is a zip archive\)\. If it is a CSV file, name it \.csv\.$/],
    ['a password-protected .xlsx (not "an old .xls")', () => put('locked.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage'])), /as an \.xlsx workbook: it is password-protected\. Open it in Excel, remove the password \(File > Info > Protect Workbook > Encrypt with Password\), save it and try again\.$/],
    [
      'an odd sheet-name attribute (no XML parser position)',
      () =>
        book('odd.xlsx', {
          sheets: [{ name: 'S', xml: row(1, str('A1', 'x')) }],
          workbookXml: '<?xml version="1.0"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name sheetId="1" r:id="rId1"/></sheets></workbook>',
        }),
      /as an \.xlsx workbook: its part "xl\/workbook\.xml" is not well-formed XML: the attribute name of <sheet> has no value in quotes\. Open the file in Excel or LibreOffice and save it again\.$/,
    ],
    [
      'a zip bomb (a part claiming 2 GB)',
      () => put('bomb.xlsx', zip([{ name: 'xl/workbook.xml', data: '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="S" sheetId="1" r:id="rId1" xmlns:r="r"/></sheets></workbook>' }, { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' }, { name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>', claimSize: 2 ** 31 }])),
      /as an \.xlsx workbook: it decompresses to more than 1 GB \(the cap on an \.xlsx's size once unpacked\), so it is refused as a possible zip bomb\. Split the workbook into smaller files\.$/,
    ],
  ];
  it.each(cases)('%s', (_what, make, re) => {
    const file = make();
    const v = cli(['validate', file, '--json']);
    const r = cli(['run', file, '--out', join(dir, 'never.xlsx')]);
    for (const x of [v, r]) {
      expect([x.code, x.stdout]).toEqual([2, '']);
      oneLine(x.stderr);
      expect(x.stderr).toContain(`Cannot read "${file}"`);
      expect(x.stderr.trimEnd()).toMatch(re);
      expect(x.stderr).not.toMatch(/jszip|sax|\d+:\d+:|https?:\/\/|TypeError|at .*\.js/);
    }
    expect(readdirSync(dir)).not.toContain('never.xlsx');
  });

  it('a value at XFD1048576: validate (which streams files of any size) checks its one row; run, which loads a spreadsheet, refuses it in our words (no "10000000 cells" from the Sheets engine)', () => {
    const file = book('far.xlsx', { sheets: [{ name: 'S', xml: row(1, str('A1', 'Name')) + row(1048576, str('XFD1048576', 'x')) }] });
    const v = cli(['validate', file, '--json'], { NODE_OPTIONS: '--max-old-space-size=160' });
    expect([v.code, v.stderr]).toEqual([1, '']);
    const doc = JSON.parse(v.stdout) as { mapping: Record<string, string | null>; summary: unknown; rows: Array<{ line: number; issues: Array<{ code: string }> }> };
    expect(Object.keys(doc.mapping)).toHaveLength(16384);
    expect(doc.mapping['Column XFD']).toBeNull();
    expect(doc.summary).toEqual({ total: 1, success: 0, warning: 0, failure: 1 });
    expect(doc.rows.map((r) => [r.line, r.issues.map((i) => i.code)])).toEqual([[1048576, ['required_missing']]]);
    const r = cli(['run', file, '--out', join(dir, 'never.xlsx')]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    oneLine(r.stderr);
    expect(r.stderr).toContain(`Cannot read "${file}"`);
    expect(r.stderr.trimEnd()).toMatch(/the sheet "S" reaches cell XFD1048576, more than the 10,000,000 cells a Google Sheets spreadsheet holds/);
    expect(r.stderr).not.toMatch(/10000000 cells|TypeError|at .*\.js/);
    expect(readdirSync(dir)).not.toContain('never.xlsx');
  });

  it('run names what a PNG renamed .xlsx is (not jszip\'s text)', () => {
    const file = put('png2.xlsx', Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'));
    expect(cli(['run', file, '--out', join(dir, 'never.xlsx')]).stderr).toBe(
      `contact-import run: Cannot read "${file}" as an .xlsx workbook: it is not an Excel workbook but a PNG image (an .xlsx file is a zip archive). If it is a CSV file, name it .csv.\n`,
    );
  });
});

describe('memory stays bounded on files that claim or inflate to a lot', () => {
  // The commands run with a 160 MB heap: a reader that held what these files claim or inflate to would die of it.
  const small = { NODE_OPTIONS: '--max-old-space-size=160' };

  it('a sheet whose dimension, columns and last row claim A1:XFD1048576 over 3 rows: both commands read the 3 rows', () => {
    const file = put('dim.xlsx', craftXlsx({
      sheets: [{
        name: 'S',
        before: '<dimension ref="A1:XFD1048576"/><cols><col min="1" max="16384" width="12" customWidth="1"/></cols>',
        xml: row(1, str('A1', 'Name'), str('B1', 'Email')) + row(2, str('A2', 'Ann'), str('B2', 'ann@x.com')) + row(3, str('A3', 'Bob'), str('B3', 'bob@x.com')) + '<row r="1048576" customFormat="1"><c r="XFD1048576"/></row>',
      }],
    }));
    const v = cli(['validate', file, '--json'], small);
    expect([v.code, v.stderr]).toEqual([0, '']);
    expect(JSON.parse(v.stdout).summary).toEqual({ total: 2, success: 2, warning: 0, failure: 0 });
    const r = cli(['run', file, '--out', join(dir, 'dim-out.xlsx'), '--json'], small);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout)).toMatchObject({ total: 2, created: 2 });
  });

  it('a cell that inflates to 300 MB: kept to its first 50,001 characters, the rest streams by; run lists it', () => {
    const pre = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row(1, str('A1', 'Name'), str('B1', 'Email'), str('C1', 'Notes'))}<row r="2">${str('A2', 'Ann')}${str('B2', 'ann@x.com')}`;
    const post = `</row>${row(3, str('A3', 'Bob'), str('B3', 'bob@x.com'), str('C3', 'short'))}</sheetData></worksheet>`;
    const part = deflatedRepeat('x'.repeat(1024), 300 * 1024, pre + '<c r="C2" t="inlineStr"><is><t>', '</t></is></c>' + post);
    expect(part.size).toBeGreaterThan(300 * 1024 * 1024);
    const base = craftXlsx({ sheets: [{ name: 'S', xml: '' }] });
    const file = put('inflate.xlsx', rezip(base, 'xl/worksheets/sheet1.xml', part));
    const v = cli(['validate', file, '--json'], small);
    expect([v.code, v.stderr]).toEqual([0, '']);
    // Notes is not imported: the long cell is a warning on its row, which still imports.
    const rows = JSON.parse(v.stdout).rows as Array<{ line: number; result: string; issues: Array<{ column: string; code: string }> }>;
    expect(rows.map((r) => [r.line, r.result, r.issues.map((i) => `${i.column}:${i.code}`)])).toEqual([[2, 'warning', ['Notes:cell_too_long']], [3, 'success', []]]);
    const out = join(dir, 'inflate-out.xlsx');
    const r = cli(['run', file, '--out', out, '--json'], small);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout).notCarriedOver).toEqual([
      '"S": text longer than the 50,000 characters a cell holds, cut to its first 50,001 characters in C2 (314,572,800 characters)',
    ]);
  });
});

/** The crafted package with one part replaced by pre-deflated bytes. */
function rezip(pkg: Buffer, name: string, raw: { deflated: Buffer; size: number; crc: number }): Buffer {
  const { inflateRawSync } = require('node:zlib') as typeof import('node:zlib');
  const entries = [];
  let p = 0;
  while (pkg.readUInt32LE(p) === 0x04034b50) {
    const method = pkg.readUInt16LE(p + 8);
    const csize = pkg.readUInt32LE(p + 18);
    const nlen = pkg.readUInt16LE(p + 26);
    const n = pkg.subarray(p + 30, p + 30 + nlen).toString('utf8');
    const body = pkg.subarray(p + 30 + nlen, p + 30 + nlen + csize);
    entries.push(n === name ? { name, data: '', raw } : { name: n, data: method === 8 ? inflateRawSync(body) : Buffer.from(body) });
    p += 30 + nlen + csize;
  }
  return zip(entries);
}

describe('run speaks the command line\'s words, never the sidebar\'s or the Sheets engine\'s', () => {
  it('no mapped column: the settings file, not "Open the sidebar"', async () => {
    const file = put('nomap.xlsx', craftXlsx({ sheets: [{ name: 'S', xml: row(1, str('A1', 'Foo'), str('B1', 'Bar')) + row(2, str('A2', 'x'), str('B2', 'y')) }] }));
    const out = join(dir, 'nomap-out.xlsx');
    const r = await runCli([file, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `contact-import run: No column is mapped to a contact field. Map at least a Name, Email or Phone column with "mapping" in the settings file, or name the columns so that they are recognised (such as "Email"). Nothing was written to "${out}".\n`,
    );
  });

  it('a stopped import: its reason in our words, and no "Choose Resume"', async () => {
    // A service error in the middle of the import, after the chunk reached its destination (an over-long cell no
    // longer stops a run: it fails its row alone).
    const file = put('stop.xlsx', craftXlsx({ sheets: [{ name: 'S', xml: row(1, str('A1', 'Name'), str('B1', 'Email')) + row(2, str('A2', 'Ann'), str('B2', 'ann@x.com')) }] }));
    const fault = (point: string) => {
      if (point === 'after-destination') throw new Error('Service Spreadsheets failed while accessing document with id 1a2b..');
    };
    const r = await runCli([file, '--out', join(dir, 'long-out.xlsx')], { fault });
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).not.toMatch(/Resume|sidebar|\.\.|maximum of 50000/);
    expect(r.err).toMatch(/^contact-import run: The import stopped: .*\. Nothing was written to ".*long-out\.xlsx"\.\n$/);
  });

  it('an add-on tab given as --sheet: --sheet, not "Open the sheet"', async () => {
    // The add-on's Contacts tab (as made before markers: its header says so; a sheet of the user's that is named
    // "Contacts" is theirs to import, test/cli/run.tabs.test.ts).
    const head = ['Name', 'Contact ID', 'Created at', 'Updated at', 'Source run', 'Source line', 'Row fingerprint'].map((h, i) => str(`${String.fromCharCode(65 + i)}1`, h)).join('');
    const file = put('tab.xlsx', craftXlsx({ sheets: [{ name: 'Leads', xml: row(1, str('A1', 'Name')) + row(2, str('A2', 'Ann')) }, { name: 'Contacts', xml: row(1, head) }] }));
    const r = await runCli([file, '--sheet', 'Contacts', '--out', join(dir, 'tab-out.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^contact-import run: "Contacts" is one of the add-on's tabs\. Give --sheet the sheet that holds the contacts to import\. Nothing was written/);
  });

  it('what the result does not carry over is listed, in text and in JSON', async () => {
    const file = put('extras.xlsx', craftXlsx({
      sheets: [{ name: 'Leads', xml: row(1, str('A1', 'Name'), str('B1', 'Email')) + row(2, str('A2', 'Ann'), str('B2', 'ann@x.com')), after: '<conditionalFormatting sqref="A1:A2"><cfRule type="cellIs" priority="1" operator="greaterThan"><formula>2</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" sqref="B2"><formula1>"a,b"</formula1></dataValidation></dataValidations>' }],
    }));
    const out = join(dir, 'extras-out.xlsx');
    const t = await runCli([file, '--out', out]);
    expect(t.out).toContain(`Not carried over from ${file} to ${out}:\n  "Leads": conditional formatting\n  "Leads": data validation (drop-down lists and input rules)\nWrote ${out}\n`);
    const j = await runCli([file, '--out', out, '--json']);
    expect(JSON.parse(j.out).notCarriedOver).toEqual(['"Leads": conditional formatting', '"Leads": data validation (drop-down lists and input rules)']);
  });
});

describe('run --out writes atomically', () => {
  async function people(name: string, n: number): Promise<string> {
    const rows: unknown[][] = [['Name', 'Email', 'Phone', 'City']];
    for (let i = 0; i < n; i++) rows.push([`Person ${i}`, `p${i}@example.com`, '', 'Paris']);
    const p = join(dir, name);
    await saveXlsx(workbookFromRows({ Leads: rows as never }), p);
    return p;
  }
  const temps = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

  it('a full disk (a file-size limit) leaves the input as it was, with one line of ours and no temporary file', async () => {
    const sub = mkdtempSync(join(dir, 'full-'));
    const book = join(sub, 'book.xlsx');
    copyFileSync(await people('full.xlsx', 120), book);
    const before = readFileSync(book);
    // ulimit -f 8: no file over 8 KB may be written; the result is larger.
    const r = spawnSync('/bin/sh', ['-c', `ulimit -f 8; exec "${process.execPath}" "${bin}" run "${book}" --out "${book}"`], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`contact-import run: Cannot write "${book}": the file would be larger than this system allows (EFBIG). The file was left as it was.\n`);
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(temps(sub)).toEqual([]);
  });

  it('a kill -INT at random points of `run BOOK --out BOOK`, 50 times, never leaves BOOK unreadable', async () => {
    const original = await people('kill-original.xlsx', 120);
    const originalRows = (await readXlsx(original)).rows;
    const sub = mkdtempSync(join(dir, 'kill-'));
    const book = join(sub, 'book.xlsx');
    // How long a whole run takes here, to spread the first 25 kills over it.
    copyFileSync(original, book);
    const t0 = Date.now();
    const full = await runChild(book, () => undefined);
    const runMs = Date.now() - t0;
    expect(full.code).toBe(0);
    const outcomes = { original: 0, result: 0, midWrite: 0 };
    for (let i = 0; i < 50; i++) {
      copyFileSync(original, book);
      const start = statSync(book);
      let sawTemp = false;
      const res = await runChild(book, (child) => {
        if (i < 25) {
          // Anywhere in the run: startup, reading, importing, writing.
          setTimeout(() => child.kill('SIGINT'), Math.floor(Math.random() * runMs));
        } else {
          // While the result is being written (a temporary file appears, or BOOK itself changes), after 0-10 ms.
          const poll = setInterval(() => {
            let changed: boolean;
            try {
              const st = statSync(book);
              changed = st.size !== start.size || st.mtimeMs !== start.mtimeMs;
            } catch {
              changed = true;
            }
            if (temps(sub).length || changed) {
              clearInterval(poll);
              sawTemp = true;
              setTimeout(() => child.kill('SIGINT'), Math.floor(Math.random() * 10));
            }
          }, 1);
          child.once('exit', () => clearInterval(poll));
        }
      });
      // Whatever happened, BOOK reads: either as it was, or as the finished result.
      const rows = (await readXlsx(book)).rows;
      if (rows[0].includes('Import status')) outcomes.result++;
      else {
        expect(rows).toEqual(originalRows);
        outcomes.original++;
        if (sawTemp && res.signal === 'SIGINT') outcomes.midWrite++;
      }
      expect([i, temps(sub)]).toEqual([i, []]);
    }
    expect(outcomes.original + outcomes.result).toBe(50);
    if (process.env.SHOW_KILLS) console.log(JSON.stringify(outcomes));
    // The second half was aimed at the write itself: most of those kills landed while the temporary file was written.
    expect(outcomes.midWrite).toBeGreaterThanOrEqual(15);
  });
});

/** Runs `run BOOK --out BOOK` in a child, lets `act` aim at it, and waits for it to end. */
function runChild(book: string, act: (child: ReturnType<typeof spawn>) => void): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'run', book, '--out', book], { cwd: root, env: { ...process.env, TZ: 'UTC' }, stdio: 'ignore' });
    child.once('exit', (code, signal) => resolve({ code, signal }));
    act(child);
  });
}
