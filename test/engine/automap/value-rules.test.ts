// Rules of the auto-mapper about values, the whole file's resolution and files without headers, asked for by the
// fifth held-out corpus part (issue 12). Each rule is tested on the corpus's case and on others (languages,
// spellings, counter-cases that must not change), as ./general-rules.test.ts does for headers.
import { detectHeaderRow, suggestMapping } from '../../../src/engine/automap';
import { sniffValue } from '../../../src/engine/automap/sniff';

const mapOf = (headers: string[], opts = {}) => Object.fromEntries(suggestMapping(headers, opts).map((s) => [s.header, s.field]));
const rowsOf = (...cols: string[][]) => cols[0].map((_, r) => cols.map((c) => c[r]));

describe('1. an abbreviation with a dot ("S.No", "Sr.No") is no web address, and no data cell of a header row', () => {
  it.each(['S.No', 'Sr.No', 'Ref.Nr', 'Acc.No', 'St.Louis', 'Art.Nr'])('"%s" is text', (v) => {
    expect(sniffValue(v)).toBe('text');
  });
  it.each(['example.com', 'EXAMPLE.COM', 'Example.com', 'acme.co.uk', 'shop.example.de/kontakt', 'x.com', 'www.Example.Com'])('"%s" is a web address', (v) => {
    expect(sniffValue(v)).toBe('url');
  });

  // A CRM's target report (index:61697168362): a title, branch, period and export lines above a table whose first
  // column is "S.No".
  it('finds the header row under title and meta rows when its first cell is "S.No"', () => {
    const rows = [['ATS CRM - Target Report Export'], ['Branch', 'Main Branch'], ['Period', 'May 2026'], ['Exported By', 'Office Admin'],
      ['Exported At', '2026-06-01 09:30:12'], [], ['S.No', 'User Name', 'Email', 'Role', 'Base Target', 'Achieved', 'Status'],
      ['1', 'Rohit Sharma', 'rohit.sharma@example.in', 'Sales Executive', '500000', '545000', 'Achieved']];
    expect(detectHeaderRow(rows, { defaultCountry: 'IN' })).toMatchObject({ row: 7, found: 'lower' });
    const de = [['Mitgliederliste'], ['Stand', 'Mai 2026'], [], ['Lfd.Nr', 'Vorname', 'Nachname', 'E-Mail'], ['1', 'Anna', 'Weber', 'anna@example.de']];
    expect(detectHeaderRow(de, { defaultCountry: 'DE' })).toMatchObject({ row: 4, found: 'lower' });
    expect(detectHeaderRow([['Sr.No', 'Name', 'Email'], ['1', 'Ann Lee', 'ann@example.com']])).toEqual({ row: 1, found: 'first' });
  });

  it('a website column of bare domains still votes for website', () => {
    const rows = rowsOf(['acme.com', 'Example.org', 'BETA.IO']);
    expect(mapOf(['Links'], { sampleRows: rows }).Links).toBe('website');
  });
});
