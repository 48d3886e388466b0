// Saving and loading workbooks as .xlsx: what a workbook keeps through loadXlsx → (a run) → saveXlsx, against a
// file LibreOffice wrote, and what it says when it cannot keep something. Nothing is dropped without a word.
//
// fixtures/libreoffice-book.xlsx was written by LibreOffice 7.4 from fixtures/libreoffice-book.fods:
//   soffice --headless --convert-to xlsx libreoffice-book.fods
// It holds filled-down formulas, an array formula, a merged range, a hidden row and column, hyperlinks, rich text,
// a note, bold, colors, ISO-formatted dates (1850 among them) and a sheet of the user's named "History".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestbed, loadXlsx, saveXlsx, snapshotWorkbook, workbookFromRows, xlsxBuffer } from '../../testbed';
import { craftXlsx, num, row, str } from './fixtures/craft-xlsx';

const LIBREOFFICE = join(__dirname, 'fixtures', 'libreoffice-book.xlsx');
const utc = (y: number, m: number, d: number, h = 0, mi = 0) => new Date(Date.UTC(y, m - 1, d, h, mi));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'testbed-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('.xlsx round trip', () => {
  it('keeps values, formulas, backgrounds, font colors, notes, frozen rows, widths and sheet order', async () => {
    const when = new Date(Date.UTC(2024, 8, 8, 10, 30));
    const tb = createTestbed({
      workbook: workbookFromRows({
        Contacts: [
          ['Name', 'Email', 'Phone', 'Score', 'VIP', 'Since', 'Link'],
          ['Ada', 'ada@example', '+1 415 555 0100', 42.5, true, when, { formula: '=HYPERLINK("https://a.test","Ada")', value: 'Ada' }],
          ['=not a formula', '', '007', 0, false, '', ''],
        ],
        History: [['Run', 'Rows'], [1, 3]],
      }),
    });
    const sheet = tb.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Contacts')!;
    sheet.getRange('B2:C2').setBackgrounds([['#f4cccc', '#fff2cc']]).setNotes([['Email has no domain.', 'Check the phone.']]);
    sheet.getRange('B2').setFontColor('#cc0000');
    sheet.getRange('A1:G1').setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 240);
    tb.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('History')!.hideSheet();

    const file = join(dir, 'roundtrip.xlsx');
    await saveXlsx(tb.workbook, file);
    const back = await loadXlsx(file);

    const tb2 = createTestbed({ workbook: back });
    const ss2 = tb2.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss2.getSheets().map((s) => s.getName())).toEqual(['Contacts', 'History']);
    const s2 = ss2.getSheetByName('Contacts')!;
    expect(s2.getDataRange().getValues()).toEqual(sheet.getDataRange().getValues());
    expect(s2.getRange('C2').getValue()).toBe('+1 415 555 0100'); // text stays text
    expect(s2.getRange('A3').getValue()).toBe('=not a formula');
    expect(s2.getRange('A3').getFormula()).toBe('');
    expect(s2.getRange('F2').getValue()).toEqual(when);
    expect(s2.getRange('G2').getFormula()).toBe('=HYPERLINK("https://a.test","Ada")');
    expect(s2.getDataRange().getBackgrounds()).toEqual(sheet.getDataRange().getBackgrounds());
    expect(s2.getDataRange().getNotes()).toEqual(sheet.getDataRange().getNotes());
    expect(s2.getDataRange().getFontColors()).toEqual(sheet.getDataRange().getFontColors());
    expect(s2.getRange('A1:G1').getFontWeights()).toEqual([new Array(7).fill('bold')]);
    expect(s2.getFrozenRows()).toBe(1);
    expect(s2.getColumnWidth(2)).toBe(240);
    expect(ss2.getSheetByName('History')!.isSheetHidden()).toBe(true);
    expect(ss2.getSheetByName('History')!.getDataRange().getValues()).toEqual([['Run', 'Rows'], [1, 3]]);
    // the whole rendered state matches (ids aside)
    const strip = (s: ReturnType<typeof snapshotWorkbook>) => s.sheets.map(({ sheetId: _id, maxRows: _r, maxColumns: _c, ...rest }) => rest);
    expect(strip(snapshotWorkbook(back))).toEqual(strip(snapshotWorkbook(tb.workbook)));
  });

  it("refuses sheet names Excel can't hold, with a clear message", async () => {
    const wb = workbookFromRows({ 'Q1/Q2 [draft]': [['x']] });
    await expect(xlsxBuffer(wb)).rejects.toThrow(`The sheet name "Q1/Q2 [draft]" can't be saved to .xlsx`);
    const long = workbookFromRows({ ['x'.repeat(32)]: [['x']] });
    await expect(xlsxBuffer(long)).rejects.toThrow('31 characters at most');
  });

  it('reads dates as wall-clock time in the workbook time zone', async () => {
    const tb = createTestbed({ timeZone: 'America/New_York' });
    const s = tb.globals.SpreadsheetApp.getActiveSheet();
    s.getRange('A1').setValue('2024-09-08 09:15');
    const buf = await xlsxBuffer(tb.workbook);
    const ny = await loadXlsx(buf, { timeZone: 'America/New_York' });
    expect(ny.sheets[0].cell(0, 0)).toEqual(new Date('2024-09-08T13:15:00Z'));
    const utc = await loadXlsx(buf);
    expect(utc.sheets[0].cell(0, 0)).toEqual(new Date('2024-09-08T09:15:00Z'));
  });
});

describe('a workbook LibreOffice wrote', () => {
  it('is read whole: values, each row its own formula, the array formula, merges, hidden rows and columns, links, rich text, notes', async () => {
    const wb = await loadXlsx(LIBREOFFICE);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Leads', 'History']);
    const s = wb.sheets[0];
    const tb = createTestbed({ workbook: wb });
    const values = tb.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Leads')!.getDataRange().getValues());
    expect(values).toEqual([
      ['Name', 'Email', 'Joined', 'Score', 'Double', 'Running', 'Tripled', 'Internal', 'Website', 'Notes'],
      ['Ann Lee', 'ann@example.com', utc(2024, 9, 8), 10, 20, 10, 30, 'secret', 'example.com/ann', 'VIP lead from Paris'],
      ['Bob Hidden', 'bob@example.com', utc(1850, 3, 4), 20, 40, 30, 60, 'secret', '', true],
      ['Cy Merged', '', utc(2001, 2, 3, 10, 30), 30, 60, 60, 90, 'secret', 'write to Cy', '#DIV/0!'],
    ]);
    expect([1, 2, 3].map((r) => s.formula(r, 4))).toEqual(['=D2*2', '=D3*2', '=D4*2']);
    expect([1, 2, 3].map((r) => s.formula(r, 5))).toEqual(['=SUM($D$2:D2)', '=SUM($D$2:D3)', '=SUM($D$2:D4)']);
    expect(s.formula(1, 6)).toBe('=D2:D4*3');
    expect(s.arrayFormulas[1]?.[6]).toEqual({ rows: 3, cols: 1 });
    expect(s.merges[3]?.[0]).toEqual({ rows: 1, cols: 2 });
    expect(s.hiddenRows[2]).toBe(true);
    expect(s.hiddenCols[7]).toBe(true);
    expect(s.links[1]?.[8]).toEqual({ target: 'https://example.com/ann', text: 'example.com/ann' });
    expect(s.links[3]?.[8]).toEqual({ target: 'mailto:cy@example.com', text: 'write to Cy' });
    expect(s.richText[1]?.[9]).toEqual({
      text: 'VIP lead from Paris',
      runs: [
        { text: 'VIP ', font: { size: 10, name: 'Arial' } },
        { text: 'lead', font: { bold: true, size: 10, name: 'Arial' } },
        { text: ' from ', font: { size: 10, name: 'Arial' } },
        { text: 'Paris', font: { italic: true, size: 10, name: 'Arial', color: '#ff0000' } },
      ],
    });
    expect(s.notes[1]?.[9]).toBe('Called on Monday');
    expect(s.fontWeights[0]).toEqual(new Array(10).fill('bold'));
    expect([s.backgrounds[2]?.[1], s.fontColors[2]?.[1]]).toEqual(['#ffff00', '#c00000']);
    expect(wb.sheets[1].values).toEqual([['My own history', 'Amount'], ['Kept', 12.5]]);
    expect(wb.notKept).toEqual([]);
  });

  it('gives all of it back when saved: the saved file reads the same', async () => {
    const wb = await loadXlsx(LIBREOFFICE);
    const file = join(dir, 'again.xlsx');
    expect(await saveXlsx(wb, file)).toEqual([]);
    const back = await loadXlsx(file);
    for (const [a, b] of wb.sheets.map((s, i) => [s, back.sheets[i]] as const)) {
      for (const layer of ['values', 'formulas', 'arrayFormulas', 'merges', 'hiddenRows', 'hiddenCols', 'links', 'richText', 'notes', 'backgrounds', 'fontColors', 'fontWeights'] as const) {
        expect([a.name, layer, b[layer]]).toEqual([a.name, layer, a[layer]]);
      }
    }
    expect(back.notKept).toEqual([]);
  });
});

describe('what a save cannot keep is said', () => {
  it('a merge the run wrote into, a link or rich text on a cell the run changed', async () => {
    const wb = await loadXlsx(LIBREOFFICE);
    const tb = createTestbed({ workbook: wb });
    tb.run(() => {
      const sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Leads')!;
      sh.getRange('B4').setValue('cy@example.com'); // inside the merge A4:B4
      sh.getRange('I2').setValue('example.com/ann-lee'); // the hyperlinked cell
      sh.getRange('J2').setValue('VIP'); // the rich text
    });
    const lost = await saveXlsx(wb, join(dir, 'changed.xlsx'));
    expect(lost).toEqual([
      '"Leads": the merge of A4:B4 (the run wrote into it)',
      '"Leads": the hyperlinks of I2 (the run changed those cells)',
      '"Leads": the rich-text formatting of J2 (the run changed those cells)',
    ]);
    const back = (await loadXlsx(join(dir, 'changed.xlsx'))).sheets[0];
    expect([back.cell(3, 1), back.cell(1, 8), back.cell(1, 9)]).toEqual(['cy@example.com', 'example.com/ann-lee', 'VIP']);
    expect(back.links[3]?.[8]).toEqual({ target: 'mailto:cy@example.com', text: 'write to Cy' }); // untouched ones stay
  });

  it('a link that is also rich text keeps both', async () => {
    const buf = craftXlsx({
      sheets: [{ name: 'S', xml: row(1, '<c r="A1" t="s"><v>0</v></c>'), after: '<hyperlinks><hyperlink ref="A1" r:id="rId9"/></hyperlinks>', rels: { rId9: { type: 'hyperlink', target: 'https://a.test/', external: true } } }],
      strings: ['<r><rPr><b/></rPr><t>bold</t></r><r><t> link</t></r>'],
    });
    const back = (await loadXlsx(await xlsxBuffer(await loadXlsx(buf)))).sheets[0];
    expect(back.links[0]?.[0]).toEqual({ target: 'https://a.test/', text: 'bold link' });
    expect(back.richText[0]?.[0]).toEqual({ text: 'bold link', runs: [{ text: 'bold', font: { bold: true } }, { text: ' link' }] });
  });
});

describe('what the file held that the test bed does not keep is listed, once per kind', () => {
  it('conditional formatting, validation, drawings, tables, filters, protection, names, chart sheets, borders, fonts…', async () => {
    const styles = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><i/><sz val="11"/><name val="Calibri"/></font><font><sz val="18"/><name val="Georgia"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="darkGrid"><fgColor rgb="FF00FF00"/></patternFill></fill></fills>
<borders count="2"><border/><border><left style="thin"><color auto="1"/></left></border></borders>
<cellXfs count="5"><xf fontId="0" fillId="0" borderId="0"/><xf fontId="0" fillId="0" borderId="1"/><xf fontId="1" fillId="0" borderId="0"/><xf fontId="2" fillId="2" borderId="0"><alignment horizontal="center" wrapText="1"/></xf><xf fontId="0" fillId="0" borderId="0"><alignment horizontal="general" vertical="bottom"/></xf></cellXfs></styleSheet>`;
    const buf = craftXlsx({
      styles,
      workbookExtra: '<definedNames><definedName name="Leads_Range">Leads!$A$1:$B$3</definedName><definedName name="_xlnm._FilterDatabase" hidden="1">Leads!$A$1:$B$3</definedName></definedNames>',
      sheets: [
        {
          name: 'Leads',
          before: '<sheetPr><tabColor rgb="FF0000FF"/></sheetPr>',
          xml: row(1, num('A1', 1, 1), num('B1', 2, 2)) + '<row r="2" ht="30" customHeight="1"><c r="A2" s="3"><v>3</v></c><c r="B2" s="4"><v>4</v></c></row><row r="3" outlineLevel="1"><c r="A3" s="1"><v>5</v></c></row>',
          after:
            '<sheetProtection sheet="1" objects="1"/><autoFilter ref="A1:B3"/><conditionalFormatting sqref="A1:A3"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>2</formula></cfRule></conditionalFormatting>' +
            '<dataValidations count="1"><dataValidation type="list" sqref="B1:B3"><formula1>"a,b"</formula1></dataValidation></dataValidations><drawing r:id="rId1"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts>' +
            '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"><x14:sparklineGroups xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"/></ext></extLst>',
        },
        { name: 'Other', xml: row(1, str('A1', 'x')), after: '<sheetProtection objects="1"/>' },
      ],
    });
    const wb = await loadXlsx(buf);
    expect(wb.sheets[0].tabColor).toBe('#0000ff');
    expect(wb.notKept).toEqual([
      '"Leads": row heights',
      '"Leads": grouped rows and columns (outline)',
      '"Leads": sheet protection',
      '"Leads": filters',
      '"Leads": conditional formatting',
      '"Leads": data validation (drop-down lists and input rules)',
      '"Leads": charts, pictures and shapes',
      '"Leads": tables (Format as Table)',
      '"Leads": sparklines',
      '"Leads": cell borders (2 cells)',
      '"Leads": fonts other than bold and color (face, size, italic, underline, strikethrough) (2 cells)',
      '"Leads": alignment, wrapping and text rotation (1 cell)',
      '"Leads": patterned or gradient fills (1 cell)',
      'named ranges',
    ]);
  });

  it('a chart sheet is named; LibreOffice\'s empty <workbookProtection/> is not protection', async () => {
    const buf = craftXlsx({
      sheets: [{ name: 'S', xml: row(1, str('A1', 'x')) }],
      workbookXml:
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookProtection/><sheets><sheet name="S" sheetId="1" r:id="rId1"/><sheet name="Chart1" sheetId="2" r:id="rId7"/></sheets><pivotCaches><pivotCache cacheId="1" r:id="rId8"/></pivotCaches></workbook>',
      workbookRels:
          '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
    });
    const wb = await loadXlsx(buf);
    expect(wb.sheets.map((s) => s.name)).toEqual(['S']);
    expect(wb.notKept).toEqual(['pivot tables', 'the chart sheet "Chart1"']);
  });
});
