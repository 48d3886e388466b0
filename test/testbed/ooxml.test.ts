// The project's one .xlsx reader (testbed/ooxml/), through both of its doors: loadXlsx (the whole workbook, as
// `run` loads it) and cli/xlsx.ts (one sheet's values, as `validate` streams it). The files are built from raw XML
// parts, so each test holds exactly what Excel, LibreOffice or a hostile tool writes.
import { createTestbed, loadXlsx, type Workbook } from '../../testbed';
import { readXlsx, streamXlsxSheet } from '../../cli/xlsx';
import { shiftFormula } from '../../testbed/ooxml/formula';
import { xlsxCaps } from '../../testbed/ooxml/package';
import { compoundFile, craftXlsx, deflatedRepeat, num, row, str, zip, type CraftBook } from './fixtures/craft-xlsx';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Dates are compared in UTC: the CLI's reader gives local dates, the test bed's the workbook's (UTC) ones.
process.env.TZ = 'UTC';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ooxml-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What getValues() gives for the first sheet once loaded (as `run` sees it), in UTC. */
async function sheetValues(buf: Buffer): Promise<unknown[][]> {
  const tb = createTestbed({ workbook: await loadXlsx(buf) });
  return tb.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getDataRange().getValues());
}

/** Both readers agree; returns the values. (Jest runs in UTC here, so local dates are UTC dates.) */
async function bothReaders(buf: Buffer): Promise<unknown[][]> {
  const full = (await readXlsx(buf)).rows;
  const loaded = await sheetValues(buf);
  expect(full).toEqual(loaded);
  const file = join(dir, `both-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, buf);
  const streamed: unknown[][] = [];
  for await (const r of (await streamXlsxSheet(file, {})).rows) streamed.push(r);
  const width = Math.max(...streamed.map((r) => r.length));
  expect(streamed.map((r) => [...r, ...new Array(width - r.length).fill('')])).toEqual(full);
  return full;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="4"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="&quot;day &quot;0"/><numFmt numFmtId="166" formatCode="[h]:mm"/><numFmt numFmtId="167" formatCode="[Red]0.00"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><color rgb="FFC00000"/><name val="Calibri"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills>
<borders count="1"><border/></borders>
<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0"/><xf numFmtId="167" fontId="0" fillId="0" borderId="0"/><xf numFmtId="2" fontId="1" fillId="2" borderId="0"/></cellXfs>
</styleSheet>`;

const book = (xml: string, extra: Partial<CraftBook> = {}) => craftXlsx({ sheets: [{ name: 'S', xml }], styles: STYLES, ...extra });
const utc = (y: number, m: number, d: number, h = 0, mi = 0) => new Date(Date.UTC(y, m - 1, d, h, mi));

describe('every cell type of the .xlsx standard', () => {
  it('n, s, str, inlineStr, b, e and d each read as Sheets shows them, the same by both readers', async () => {
    const v = await bothReaders(
      book(
        row(1, num('A1', 42.5), '<c r="B1" t="s"><v>0</v></c>', '<c r="C1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>', str('D1', 'inline'), '<c r="E1" t="b"><v>1</v></c>', '<c r="F1" t="b"><v>0</v></c>', '<c r="G1" t="e"><v>#N/A</v></c>', '<c r="H1" t="d"><v>2024-09-08</v></c>') +
          row(2, '<c r="A2" t="n"><v>-1.5E-3</v></c>', '<c r="B2" t="s"><v>1</v></c>', '<c r="C2" t="str"><v>plain str</v></c>', '<c r="D2" t="inlineStr"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>inline</t></r></is></c>', '<c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c>'),
        { strings: ['shared', '<r><t>rich </t></r><r><rPr><i/></rPr><t>shared</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh>'] },
      ),
    );
    expect(v).toEqual([
      [42.5, 'shared', 'ab', 'inline', true, false, '#N/A', utc(2024, 9, 8)],
      [-0.0015, 'rich shared', 'plain str', 'rich inline', '#DIV/0!', '', '', ''],
    ]);
  });

  it('t="d" ISO dates are the right day (2024-09-08 is not 1905-07-16), with times, before 1900, and never invented', async () => {
    const d = (ref: string, text: string) => `<c r="${ref}" t="d"><v>${text}</v></c>`;
    const v = await bothReaders(
      book(
        row(1, d('A1', '2024-09-08'), d('B1', '1850-03-04'), d('C1', '2024-09-08T10:30:00'), d('D1', '2024-09-08T00:00:00Z'), d('E1', '2024-09-08T10:30:00.250+02:00')) +
          row(2, d('A2', '2024-02-30'), d('B2', 'soon'), d('C2', '2024-13-01'), d('D2', 'T10:30'), d('E2', '2023-02-29')),
      ),
    );
    expect(v[0]).toEqual([utc(2024, 9, 8), utc(1850, 3, 4), utc(2024, 9, 8, 10, 30), utc(2024, 9, 8), new Date(Date.UTC(2024, 8, 8, 10, 30, 0, 250))]);
    // Not real dates stay the text they are (nothing is rolled over or lost); a time alone is Sheets' 1899-12-30.
    expect(v[1]).toEqual(['2024-02-30', 'soon', '2024-13-01', utc(1899, 12, 30, 10, 30), '2023-02-29']);
  });

  it('numbers in a date format are dates (built-in 14, custom yyyy-mm-dd, [h]:mm); quoted or bracketed letters are not', async () => {
    const v = await bothReaders(book(row(1, num('A1', 45543, 1), num('B1', 45543, 2), num('C1', 45543, 3), num('D1', 1.5, 4), num('E1', 45543, 5), num('F1', -18198, 2), num('G1', 36925.4375, 2))));
    expect(v).toEqual([[utc(2024, 9, 8), utc(2024, 9, 8), 45543, utc(1899, 12, 31, 12), 45543, utc(1850, 3, 4), utc(2001, 2, 3, 10, 30)]]);
  });

  it('the 1904 date system counts from 1904-01-01', async () => {
    const v = await bothReaders(book(row(1, num('A1', 0, 1), num('B1', 43_007, 1)), { workbookPr: 'date1904="1"' }));
    expect(v).toEqual([[utc(1904, 1, 1), utc(2021, 9, 30)]]);
  });

  it("a serial no date can stand for stays a number, instead of an 'Invalid date' for the whole book", async () => {
    const v = await bothReaders(book(row(1, num('A1', '1e300', 1), str('B1', 'x'))));
    expect(v).toEqual([[1e300, 'x']]);
  });

  it('_xHHHH_ escapes are decoded; cells and rows without r= follow the previous one; gaps are empty', async () => {
    const v = await bothReaders(book('<row><c t="inlineStr"><is><t>line_x000D_two</t></is></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row><row r="5"><c r="B5"><v>5</v></c></row>'));
    expect(v).toEqual([['line\rtwo', 2, '', ''], ['', '', 3, 4], ['', '', '', ''], ['', '', '', ''], ['', 5, '', '']]);
  });

  it('rich text and hyperlinks give their text; x: prefixed parts (as .NET tools write them) read the same', async () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const sheet = `<?xml version="1.0"?><x:worksheet xmlns:x="${ns}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>prefixed</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(await bothReaders(craftXlsx({ sheets: [{ name: 'S', xml: sheet }] }))).toEqual([['prefixed', 7]]);
  });
  it("odd rich text (a run without text, an empty string, runs in a hyperlink) reads as its text, never a TypeError on 'richText'", async () => {
    const buf = craftXlsx({
      sheets: [{
        name: 'S',
        xml: row(1, '<c r="A1" t="inlineStr"><is/></c>', '<c r="B1" t="inlineStr"><is><r><rPr><b/></rPr></r><r><t>x</t></r></is></c>', '<c r="C1" t="s"><v>0</v></c>', '<c r="D1" t="s"><v>1</v></c>', str('E1', 'end')),
        after: '<hyperlinks><hyperlink ref="D1" r:id="rId1"/><hyperlink ref="A1:E1" location="S!A1"/></hyperlinks>',
        rels: { rId1: { type: 'hyperlink', target: 'https://example.com/', external: true } },
      }],
      strings: ['<t/>', '<r><rPr><u/><color theme="4" tint="0.4"/></rPr><t>linked</t></r><r><t xml:space="preserve"> text</t></r>'],
    });
    expect(await bothReaders(buf)).toEqual([['', 'x', '', 'linked text', 'end']]);
    const s = (await loadXlsx(buf)).sheets[0];
    expect(s.links[0]?.[3]).toEqual({ target: 'https://example.com/', text: 'linked text' });
    expect(s.links[0]?.[4]).toEqual({ target: '#S!A1', text: 'end' });
    expect(s.richText[0]?.[3]?.runs[0]).toEqual({ text: 'linked', font: { underline: true } });
  });
});

describe('shared and array formulas', () => {
  it('each cell of a shared formula gets its own formula, moved by its offset (=C2 filled down is not =C2 everywhere)', async () => {
    const sheet =
      row(1, str('A1', 'N'), str('B1', 'Copy'), str('C1', 'Mix')) +
      row(2, num('A2', 1), '<c r="B2"><f t="shared" ref="B2:B4" si="0">A2*2</f><v>2</v></c>', '<c r="C2"><f t="shared" ref="C2:D3" si="1">$A2+A$1+$A$1+SUM(A:A)+ROW(2:2)+LOG10+LOG10(1)&amp;"A2"&amp;\'Sheet 2\'!A2</f><v>0</v></c>', '<c r="D2"><f t="shared" si="1"/><v>0</v></c>') +
      row(3, num('A3', 2), '<c r="B3"><f t="shared" si="0"/><v>4</v></c>', '<c r="C3"><f t="shared" si="1"/><v>0</v></c>', '<c r="D3"><f t="shared" si="1"/><v>0</v></c>') +
      row(4, num('A4', 3), '<c r="B4"><f t="shared" si="0"/><v>6</v></c>');
    const wb = await loadXlsx(book(sheet));
    const s = wb.sheets[0];
    expect([1, 2, 3].map((r) => s.formula(r, 1))).toEqual(['=A2*2', '=A3*2', '=A4*2']);
    expect(s.formula(1, 2)).toBe(`=$A2+A$1+$A$1+SUM(A:A)+ROW(2:2)+LOG10+LOG10(1)&"A2"&'Sheet 2'!A2`);
    expect(s.formula(1, 3)).toBe(`=$A2+B$1+$A$1+SUM(B:B)+ROW(2:2)+LOH10+LOG10(1)&"A2"&'Sheet 2'!B2`);
    expect(s.formula(2, 2)).toBe(`=$A3+A$1+$A$1+SUM(A:A)+ROW(3:3)+LOG11+LOG10(1)&"A2"&'Sheet 2'!A3`);
    expect(s.formula(2, 3)).toBe(`=$A3+B$1+$A$1+SUM(B:B)+ROW(3:3)+LOH11+LOG10(1)&"A2"&'Sheet 2'!B3`);
    expect([1, 2, 3].map((r) => s.cell(r, 1))).toEqual([2, 4, 6]); // the cached results
  });

  it('moves references the way Excel copies a formula', () => {
    expect(shiftFormula('A1+$B1+C$1+$D$1', 2, 1)).toBe('B3+$B3+D$1+$D$1');
    expect(shiftFormula('SUM(A1:B2)*Sheet2!C3+\'My sheet\'!A1', 1, 0)).toBe('SUM(A2:B3)*Sheet2!C4+\'My sheet\'!A2');
    expect(shiftFormula('A1', -1, 0)).toBe('#REF!');
    expect(shiftFormula('XFD1+A1048576', 1, 1)).toBe('#REF!+#REF!');
    expect(shiftFormula('"A1 stays"&A1&"say ""B2"""', 1, 1)).toBe('"A1 stays"&B2&"say ""B2"""');
    expect(shiftFormula('Table1[[#This Row],[A1]]+1E5+1.5E+3+A1', 1, 0)).toBe('Table1[[#This Row],[A1]]+1E5+1.5E+3+A2');
    expect(shiftFormula('IF(#REF!,TRUE,A1)', 1, 0)).toBe('IF(#REF!,TRUE,A2)');
    expect(shiftFormula('_xlfn.XLOOKUP(A1,B:B,C:C)', 0, 1)).toBe('_xlfn.XLOOKUP(B1,C:C,D:D)');
    expect(shiftFormula('Sheet1:Sheet3!A1+A1A', 1, 0)).toBe('Sheet1:Sheet3!A2+A1A');
  });

  it('an array formula keeps its range through a save, and a filled-down block is written cell by cell', async () => {
    const sheet =
      row(1, num('A1', 1), '<c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>2</v></c>', '<c r="C1"><f t="array" ref="C1:C2">A1:A2*3</f><v>3</v></c>') +
      row(2, num('A2', 2), '<c r="B2"><f t="shared" si="0"/><v>4</v></c>', num('C2', 6));
    const wb = await loadXlsx(book(sheet));
    const { xlsxBuffer } = await import('../../testbed');
    const again = await loadXlsx(await xlsxBuffer(wb));
    const s = again.sheets[0];
    expect(s.formula(0, 1)).toBe('=A1*2');
    expect(s.formula(1, 1)).toBe('=A2*2');
    expect(s.formula(0, 2)).toBe('=A1:A2*3');
    expect(s.formula(1, 2)).toBeUndefined();
    expect(s.arrayFormulas[0]?.[2]).toEqual({ rows: 2, cols: 1 });
    expect(s.cell(1, 2)).toBe(6);
  });
});

/** The reader's message for a file, as XlsxError gives it (loadXlsx) — and the same from readXlsx. */
async function refusal(buf: Buffer): Promise<string> {
  const a = await loadXlsx(buf).then(() => 'read', (e: Error) => `${e.name}: ${e.message}`);
  const b = await readXlsx(buf).then(() => 'read', (e: Error) => `${e.name}: ${e.message}`);
  expect(b).toBe(a);
  return a;
}

describe('files that are not workbooks, or are damaged: one message of ours each', () => {
  const head = row(1, str('A1', 'Name'));
  it('names what the file really is', async () => {
    expect(await refusal(Buffer.alloc(0))).toBe('XlsxError: the file is empty');
    expect(await refusal(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))).toBe(
      'XlsxError: it is not an Excel workbook but a PNG image (an .xlsx file is a zip archive). If it is a CSV file, name it .csv',
    );
    expect(await refusal(Buffer.from('Name,Email\nAnn,a@x.com\n'))).toBe('XlsxError: it is not an Excel workbook (an .xlsx file is a zip archive). If it is a CSV file, name it .csv');
    expect(await refusal(compoundFile(['Workbook']))).toBe('XlsxError: it is an old Excel .xls workbook (Excel 97-2003). Save it as .xlsx (or .csv) and try again');
    // Excel saves a password-protected .xlsx as a compound file too: it is not "an old .xls".
    expect(await refusal(compoundFile(['EncryptionInfo', 'EncryptedPackage']))).toBe(
      'XlsxError: it is password-protected. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save it and try again',
    );
    const docx = zip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w:document/>' }]);
    expect(await refusal(docx)).toBe('XlsxError: it is not an Excel workbook but a Word document');
    const ods = zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true }, { name: 'content.xml', data: '<x/>' }]);
    expect(await refusal(ods)).toBe('XlsxError: it is not an Excel workbook but an OpenDocument file (.ods); save it as .xlsx');
  });

  it('a damaged zip: cut short, a wrong checksum, an encrypted entry', async () => {
    const good = book(head);
    expect(await refusal(good.subarray(0, good.length - 30))).toBe('XlsxError: it is not a zip archive, which an .xlsx workbook is');
    // Flip one byte of the compressed worksheet: its checksum no longer matches, or it no longer inflates.
    const bad = Buffer.from(good);
    bad[bad.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) + 'xl/worksheets/sheet1.xml'.length + 20] ^= 0xff;
    expect(await refusal(bad)).toMatch(/^XlsxError: the file is damaged: the part "xl\/worksheets\/sheet1\.xml" (does not match its checksum|cannot be decompressed)/);
    const enc = Buffer.from(good);
    for (let i = enc.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i >= 0; i = enc.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4)) enc[i + 8] |= 1;
    expect(await refusal(enc)).toBe('XlsxError: it is encrypted (a password-protected zip). Remove the password and save it again');
  });

  it('XML that is not well-formed is named by its part and its fault, never by a parser position', async () => {
    const wbXml = (sheet: string) =>
      `<?xml version="1.0"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheet}</sheets></workbook>`;
    expect(await refusal(craftXlsx({ sheets: [{ name: 'S', xml: head }], workbookXml: wbXml('<sheet name sheetId="1" r:id="rId1"/>') }))).toBe(
      'XlsxError: its part "xl/workbook.xml" is not well-formed XML: the attribute name of <sheet> has no value in quotes. Open the file in Excel or LibreOffice and save it again',
    );
    expect(await refusal(craftXlsx({ sheets: [{ name: 'S', xml: head }], workbookXml: wbXml('<sheet name="S" sheetId="1"/>') }))).toBe(
      'XlsxError: its list of sheets is damaged (a sheet has no relationship id)',
    );
    expect(await refusal(book('<row r="1"><c r="A1"><v>1</v></row>'))).toBe(
      'XlsxError: its part "xl/worksheets/sheet1.xml" is not well-formed XML: the element <c> is closed by </row>. Open the file in Excel or LibreOffice and save it again',
    );
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`;
    expect(await refusal(craftXlsx({ sheets: [{ name: 'S', xml: bomb }] }))).toMatch(/is not well-formed XML: it declares a document type, which an \.xlsx part never does/);
    const latin1 = Buffer.from('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>caf\xe9</t></is></c></row></sheetData></worksheet>', 'latin1');
    expect(await refusal(craftXlsx({ sheets: [{ name: 'S', xml: '<worksheet/>' }], parts: { 'xl/worksheets/sheet1.xml': latin1 } }))).toMatch(/its text is not valid UTF-8/);
  });

  it('cells out of place: rows out of order, past row 1,048,576 or column ZZZ, a shared string that does not exist', async () => {
    expect(await refusal(book(row(2, num('A2', 1)) + row(1, num('A1', 1))))).toBe('XlsxError: its rows are out of order (row 1 comes after row 2)');
    expect(await refusal(book(row(1_048_577, num('A1048577', 1))))).toBe('XlsxError: it has a row numbered 1048577, past the 1,048,576 rows a sheet can have');
    expect(await refusal(book(row(1, num('AAAA1', 1))))).toBe('XlsxError: it has a cell at AAAA1, past column ZZZ, the widest a sheet can be');
    expect(await refusal(book(row(1, '<c r="A1" t="s"><v>7</v></c>'), { strings: ['only one'] }))).toBe('XlsxError: the cell A1 refers to shared string 7, but the file has 1');
  });
});

describe('sheet names a run could not save back are refused when loading, not after the run', () => {
  it('two names differing only in case, a name over 31 characters', async () => {
    const two = craftXlsx({ sheets: [{ name: 'Leads', xml: row(1, str('A1', 'x')) }, { name: 'LEADS', xml: row(1, str('A1', 'y')) }] });
    await expect(loadXlsx(two)).rejects.toThrow('it has two sheets named "Leads" and "LEADS", and sheet names must differ by more than case. Rename one and try again');
    expect((await readXlsx(two, 'LEADS')).rows).toEqual([['y']]); // validate reads it: the exact name wins
    const long = craftXlsx({ sheets: [{ name: 'x'.repeat(32), xml: row(1, str('A1', 'x')) }] });
    await expect(loadXlsx(long)).rejects.toThrow(`the sheet name "${'x'.repeat(32)}" is not one an .xlsx can hold (Excel allows 31 characters at most, no * ? : \\ / [ ], and no quote at either end). Rename the sheet and try again`);
  });
});

describe('caps: memory stays bounded whatever the file claims', () => {
  it('a sheet dimension claiming A1:XFD1048576 is ignored: the sheet is as big as its cells', async () => {
    const buf = craftXlsx({ sheets: [{ name: 'S', before: '<dimension ref="A1:XFD1048576"/>', xml: row(1, str('A1', 'Name')) + row(2, str('A2', 'Ann')) }] });
    const wb: Workbook = await loadXlsx(buf);
    expect([wb.sheets[0].maxRows, wb.sheets[0].maxCols]).toEqual([1000, 26]);
    expect((await readXlsx(buf)).rows).toEqual([['Name'], ['Ann']]);
  });

  it('cells that reach past what a spreadsheet holds are refused in our words, not Sheets\' "10000000 cells"', async () => {
    const buf = book(row(1, str('A1', 'Name')) + row(1_048_576, num('XFD1048576', 1)));
    const msg = 'XlsxError: the sheet "S" reaches cell XFD1048576, more than the 10,000,000 cells a Google Sheets spreadsheet holds (rows × columns, all sheets together). Delete the unused rows and columns, or split the workbook';
    expect(await refusal(buf)).toBe(msg);
  });

  it('a cell longer than a Sheets cell is cut at 50,001 characters (so its row fails, never silently passes) and listed', async () => {
    const long = 'x'.repeat(60_000);
    const buf = book(row(1, str('A1', 'Notes'), `<c r="B1" t="inlineStr"><is><t>${long}</t></is></c>`, `<c r="C1" t="str"><v>${long}</v></c>`));
    const rows = (await readXlsx(buf)).rows;
    expect(rows[0][1]).toBe('x'.repeat(50_001));
    expect(rows[0][2]).toBe('x'.repeat(50_001));
    const wb = await loadXlsx(buf);
    expect(wb.notKept).toEqual(['"S": text longer than the 50,000 characters a cell holds, cut to its first 50,001 characters in B1 (60,000 characters), C1 (60,000 characters)']);
  });

  it('past the unpacked-size cap a file is refused, whether its headers claim the size or lie about it', async () => {
    const caps = { ...xlsxCaps(), decompressedBytes: 1_000_000 };
    const big = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${' '.repeat(2_000_000)}</sheetData></worksheet>`;
    const claims = craftXlsx({ sheets: [{ name: 'S', xml: big }] });
    const why = 'it decompresses to more than 0.95 MB (the cap on an .xlsx\'s size once unpacked), so it is refused as a possible zip bomb. Split the workbook into smaller files';
    await expect(loadXlsx(claims, { caps })).rejects.toThrow(why);
    // The same part, with headers that claim 1 KB: counting what actually inflates stops it.
    const bytes = deflatedRepeat(' ', 2_000_000, '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>', '</sheetData></worksheet>');
    const liar = craftXlsx({ sheets: [{ name: 'S', xml: '<worksheet/>' }] });
    const patched = replaceEntry(liar, 'xl/worksheets/sheet1.xml', bytes, 1024);
    await expect(loadXlsx(patched, { caps })).rejects.toThrow(why);
    // Under the cap, the same bytes read fine.
    expect((await loadXlsx(patched)).sheets[0].lastRow()).toBe(0);
  });
});

/** The package with one entry's data replaced by pre-deflated bytes, its headers claiming `claim` bytes. */
function replaceEntry(pkg: Buffer, name: string, raw: { deflated: Buffer; size: number; crc: number }, claim: number): Buffer {
  // Rebuild from the crafted parts: simplest is to re-zip every entry of the original with the replacement.
  const entries = listEntries(pkg).map((e) => (e.name === name ? { name, data: '', raw, claimSize: claim } : e));
  return zip(entries);
}

/** Every entry of a zip this test built (stored or deflated), as ZipEntry inputs. */
function listEntries(pkg: Buffer): Array<{ name: string; data: Buffer }> {
  const { inflateRawSync } = require('node:zlib') as typeof import('node:zlib');
  const out: Array<{ name: string; data: Buffer }> = [];
  let p = 0;
  while (pkg.readUInt32LE(p) === 0x04034b50) {
    const method = pkg.readUInt16LE(p + 8);
    const csize = pkg.readUInt32LE(p + 18);
    const nlen = pkg.readUInt16LE(p + 26);
    const xlen = pkg.readUInt16LE(p + 28);
    const name = pkg.subarray(p + 30, p + 30 + nlen).toString('utf8');
    const body = pkg.subarray(p + 30 + nlen + xlen, p + 30 + nlen + xlen + csize);
    out.push({ name, data: method === 8 ? inflateRawSync(body) : Buffer.from(body) });
    p += 30 + nlen + xlen + csize;
  }
  return out;
}
