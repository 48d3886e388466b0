// Header row detection: row 1, lower down under a title or notes (within the first 10 rows), or none at all.
import { detectHeaderRow, locateHeaders, NO_HEADER_MESSAGE, suggestMapping, columnKeys } from '../../../src/engine/automap';

describe('detectHeaderRow', () => {
  it('finds the usual header row in row 1, and says nothing about it', () => {
    expect(detectHeaderRow([['Name', 'Email', 'Phone'], ['Ann', 'ann@example.com', '(212) 736-5000']])).toEqual({ row: 1, found: 'first' });
    expect(detectHeaderRow([['Vorname', 'Nachname', 'Handy'], ['Hans', 'Meier', '0151 23456789']], { defaultCountry: 'DE' })).toEqual({ row: 1, found: 'first' });
  });

  it("finds LinkedIn's headers under its notes (row 4) and says which row was used", () => {
    const rows = [
      ['Notes:', '', '', ''],
      ['When exporting your connection data, you may notice that some of the email addresses are missing.', '', '', ''],
      ['', '', '', ''],
      ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
      ['Anjula', 'Batra', 'https://www.linkedin.com/in/a', '', 'Prepfully', 'Manager', '30 May 2024'],
    ];
    expect(detectHeaderRow(rows)).toEqual({ row: 4, found: 'lower', message: 'The headers are in row 4; rows 1 to 3 above them (a title, notes or blank lines) are not read.' });
  });

  it('skips a title and blank lines above the headers', () => {
    const rows = [['Club members 2024'], [''], ['Nom', 'Prénom', 'Courriel', 'Tél'], ['Martin', 'Claire', 'claire@example.fr', '05 49 12 34 56']];
    expect(detectHeaderRow(rows, { defaultCountry: 'FR' })).toMatchObject({ row: 3, found: 'lower' });
    expect(detectHeaderRow([[''], ['Email', 'Name'], ['a@example.com', 'Ann']])).toEqual({
      row: 2, found: 'lower', message: 'The headers are in row 2; row 1 above them (a title, notes or blank lines) is not read.',
    });
  });

  it('says "Row 1 looks like data, not headers" when the first row is data', () => {
    const rows = [['1', 'Hans', 'de Boer', 'hdebo@example.nl'], ['2', 'Marie', 'Verkerk', 'marie@example.nl']];
    expect(detectHeaderRow(rows)).toEqual({ row: 0, found: 'none', message: NO_HEADER_MESSAGE });
    expect(NO_HEADER_MESSAGE).toMatch(/^Row 1 looks like data, not headers/);
    // A first row of names and a date, repeated kinds below.
    expect(detectHeaderRow([['Raoul', 'Ortado', '', 'Capgemini', 'Lead Business Analyst', '11 Jun 2021'], ['Natalie', 'Herrlein', '', 'ARA', 'Co-Founder', '11 Jun 2021']])).toMatchObject({ row: 0 });
    // Only names, but values repeated in the rows below: data, not headers.
    expect(detectHeaderRow([['Adéla Cenková', 'Adéla C.', 'rodina'], ['Aneta Cenková', 'Aneta C.', 'rodina'], ['Irena M.', 'Irena M.', 'rodina']])).toMatchObject({ row: 0 });
    // An email, a phone, a name.
    expect(detectHeaderRow([['ann@example.com', '(212) 736-5000', 'Ann Lee']])).toMatchObject({ row: 0 });
  });

  it('keeps row 1 for headers it does not know, above data', () => {
    expect(detectHeaderRow([['Foo', 'Bar'], ['x', 'y']])).toEqual({ row: 1, found: 'first' });
    expect(detectHeaderRow([])).toEqual({ row: 1, found: 'first' });
  });

  it('searches the first 10 rows only', () => {
    const blank = Array.from({ length: 10 }, () => ['']);
    expect(detectHeaderRow([...blank, ['Name', 'Email']])).toEqual({ row: 1, found: 'first' });
    expect(detectHeaderRow([...blank.slice(1), ['Name', 'Email'], ['Ann', 'a@example.com']])).toMatchObject({ row: 10, found: 'lower' });
  });
});

describe('locateHeaders', () => {
  it('uses the header row the settings set, without guessing', () => {
    const rows = [['Report'], ['Name', 'Email'], ['Ann', 'a@example.com']];
    expect(locateHeaders(rows, { headerRow: 1 })).toMatchObject({ headerRow: 1, headers: ['Report'], firstLine: 2, info: { row: 1, found: 'settings' } });
    expect(locateHeaders(rows)).toMatchObject({ headerRow: 2, headers: ['Name', 'Email'], rows: [['Ann', 'a@example.com']], firstLine: 3 });
  });

  it('without a header row: every row is data, from line 1, and the columns are mapped by content', () => {
    const rows = [['Pedro', 'Lopez', '55 6688 1122', 'pedro@example.com'], ['Juana', 'Gomez', '99 2211 3344', 'juana@example.com']];
    const loc = locateHeaders(rows, { defaultCountry: 'MX' });
    expect(loc).toMatchObject({ headerRow: 0, headers: ['', '', '', ''], rows, firstLine: 1 });
    const keys = columnKeys(loc.headers);
    expect(keys).toEqual(['Column A', 'Column B', 'Column C', 'Column D']);
    expect(suggestMapping(keys, { sampleRows: loc.rows, defaultCountry: 'MX' }).map((s) => s.field)).toEqual(['firstName', 'lastName', 'phone', 'email']);
  });
});
