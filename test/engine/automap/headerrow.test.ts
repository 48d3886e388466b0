// Header row detection: row 1, lower down under a title or notes (within the first HEADER_SEARCH_ROWS rows), or none at all.
import { detectHeaderRow, HEADER_SEARCH_ROWS, locateHeaders, NO_HEADER_MESSAGE, suggestMapping, columnKeys } from '../../../src/engine/automap';
import { ZOOM_ABOVE } from './corpus-heldout2';

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

  it.each([
    ['a race\'s ranking', [['Competición: Copa de Otoño'], ['Circuito: Motorland'], ['Fecha de exportación: 14/10/2026'], [''], ['=== RANKING ==='],
      ['Posición', 'Piloto', 'Vehículo', 'Mejor Vuelta', 'Vueltas'], ['1', 'Hugo Navarro', 'Kart 125', '00:48.312', '45'], ['2', 'Lucía Prieto', 'Kart 125', '00:48.977', '45']], 6],
    ['a request list', [['SOLICITUD DE CENTROS'], ['Fecha de exportación:', '03/02/2026'], [''], ['Orden', 'Profesor', 'Estado Plaza', 'Código Centro', 'Zona'],
      ['1', 'Elena Martín', 'Solicitada', '41008921', 'Sevilla Este']], 4],
    ['a German club list', [['Mannschaftsaufstellung Saison 2026'], [''], ['Rückennummer', 'Spieler', 'Position', 'Jahrgang'], ['7', 'Jonas Berg', 'Sturm', '2008']], 3],
  ])('finds the headers the lexicon does not know under title lines of one or two cells (%s)', (_kind, rows, row) => {
    expect(detectHeaderRow(rows)).toMatchObject({ row, found: 'lower' });
  });

  it('counter-cases: no title lines, a narrow table, or a wide row of data under a title keep row 1', () => {
    expect(detectHeaderRow([['Posición', 'Piloto', 'Vehículo', 'Mejor Vuelta'], ['1', 'Hugo Navarro', 'Kart 125', '00:48.312']])).toEqual({ row: 1, found: 'first' });
    expect(detectHeaderRow([['Race'], ['Pos', 'Driver', 'Kart'], ['1', 'Hugo', 'K125']])).toEqual({ row: 1, found: 'first' });
    expect(detectHeaderRow([['Ranking'], ['1', 'Hugo Navarro', 'Kart 125', '00:48.312', '45'], ['2', 'Lucía Prieto', 'Kart 125', '00:48.977', '45']])).toEqual({ row: 1, found: 'first' });
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

  it("takes the wider table of a report: Zoom's attendee table below its host section (row 9)", () => {
    const rows = [
      ...ZOOM_ABOVE,
      ['Attended', 'User Name (Original Name)', 'First Name', 'Last Name', 'Email', 'Phone', 'Registration Time', 'Approval Status', 'Join Time', 'Leave Time', 'Time in Session (minutes)', 'Is Guest', 'Country/Region Name'],
      ['Yes', 'Asha Rao', 'Asha', 'Rao', 'asha.rao@example.com', '9845344750', '08/08/2026 09:00:00 PM', 'approved', '08/09/2026 10:50:00 AM', '08/09/2026 02:29:00 PM', '219', 'No', 'India'],
    ];
    expect(detectHeaderRow(rows, { defaultCountry: 'IN' })).toEqual({ row: 9, found: 'lower', message: 'The headers are in row 9; rows 1 to 8 above them (a title, notes or blank lines) are not read.' });
    // A header row only a little wider lower down (a data row that reads like headers) does not move it.
    expect(detectHeaderRow([['Name', 'Status'], ['Member', 'Active', 'Paris'], ['Ann', 'Active']])).toEqual({ row: 1, found: 'first' });
  });

  it('reads a first row of street lines as data', () => {
    const rows = [['Dora Drake', 'Flower Road 13, Duckburg, Callisota'], ['Harold Pine', 'Privet Drive 4, Little Whinging, UK']];
    expect(detectHeaderRow(rows)).toEqual({ row: 0, found: 'none', message: NO_HEADER_MESSAGE });
    // Extra address lines are headers, not streets.
    expect(detectHeaderRow([['Name', 'Street 1', 'Street 2'], ['Ann', '1 Main St', 'Apt 4']])).toEqual({ row: 1, found: 'first' });
  });

  it.each([
    ['DE', [['anna@example.de', '0151 23456789', 'Anna Schmidt'], ['ben@example.de', '0170 1234567', 'Ben Meyer']]],
    ['IT', [['giulia@example.it', '347 123 4567', 'Giulia Ferri'], ['marco@example.it', '339 765 4321', 'Marco Bassi']]],
    ['ES', [['lucia@example.es', '612 34 56 78', 'Lucía Ortega'], ['jorge@example.es', '655 44 33 22', 'Jorge Navarro']]],
  ] as const)('a file whose first line is an email, a phone and a name (%s) has no header row, and maps by content', (country, data) => {
    const rows = data.map((r) => [...r]);
    const loc = locateHeaders(rows, { defaultCountry: country });
    expect(loc.headerRow).toBe(0);
    expect(suggestMapping(columnKeys(loc.headers), { sampleRows: loc.rows, defaultCountry: country }).map((s) => s.field)).toEqual(['email', 'phone', 'name']);
  });

  const byContent = (data: string[][], country: string) => {
    const loc = locateHeaders(data, { defaultCountry: country });
    expect(loc.headerRow).toBe(0);
    return suggestMapping(columnKeys(loc.headers), { sampleRows: loc.rows, defaultCountry: country }).map((s) => s.field);
  };

  it.each([
    // Street, town, region, postal code (US; a German list in the same order).
    ['US', [['Ann Lee', '12 Main St', 'Springfield', 'IL', '62704'], ['Bob Ray', '400 Oak Avenue', 'Portland', 'Oregon', '97205-1234']],
      ['name', 'address1', 'city', 'state', 'postalCode']],
    ['DE', [['Gerd', 'Albers', 'Bayernstraße 5', 'München', 'Bayern', '80331'], ['Hans', 'Krüger', 'Maxstr. 1', 'Mannheim', 'B-W', '68199']],
      ['firstName', 'lastName', 'address1', 'city', 'state', 'postalCode']],
    // Street, postal code, town (most of Europe), in the default country's format.
    ['NL', [['Jan de Vries', 'Herengracht 12', '1016 BS', 'Amsterdam'], ['Femke Bakker', 'Kerkstraat 10', '3511 LK', 'Utrecht']], ['name', 'address1', 'postalCode', 'city']],
    ['FR', [['Claire Dupont', '5 place Bellecour', '69002', 'Lyon'], ['Luc Martin', '12 rue de Rivoli', '75004', 'Paris']], ['name', 'address1', 'postalCode', 'city']],
    ['GB', [['Ann Lee', '10 Downing Street', 'London', 'SW1A 2AA'], ['Bob Ray', '221B Baker Street', 'London', 'NW1 6XE']], ['name', 'address1', 'city', 'postalCode']],
  ])('a file without a header row reads the address block after a street line (%s)', (country, data, want) => {
    expect(byContent(data, country)).toEqual(want);
  });

  it('reads no address block without a street line, and no postal code from row numbers, amounts or dates', () => {
    expect(byContent([['ann@example.com', 'Springfield', '62704'], ['bob@example.com', 'Portland', '97205']], 'US')).toEqual(['email', null, null]);
    expect(byContent([['Ann Lee', '12 Main St', '1', '12.50'], ['Bob Ray', '400 Oak Avenue', '2', '9.99']], 'US')).toEqual(['name', 'address1', null, null]);
    expect(byContent([['Ann Lee', '12 Main St', '2021-03-16'], ['Bob Ray', '400 Oak Avenue', '2022-11-02']], 'US')).toEqual(['name', 'address1', null]);
    // Digits in the town's place: no town.
    expect(byContent([['Ann Lee', '12 Main St', 'Unit 4'], ['Bob Ray', '400 Oak Avenue', 'Suite 210']], 'US')).toEqual(['name', 'address1', null]);
  });

  it('keeps row 1 for headers it does not know, above data', () => {
    expect(detectHeaderRow([['Foo', 'Bar'], ['x', 'y']])).toEqual({ row: 1, found: 'first' });
    expect(detectHeaderRow([])).toEqual({ row: 1, found: 'first' });
  });

  it(`searches the first ${HEADER_SEARCH_ROWS} rows only (at least the 10 the issue asks for)`, () => {
    expect(HEADER_SEARCH_ROWS).toBeGreaterThanOrEqual(10);
    const blank = Array.from({ length: HEADER_SEARCH_ROWS }, () => ['']);
    expect(detectHeaderRow([...blank, ['Name', 'Email']])).toEqual({ row: 1, found: 'first' });
    expect(detectHeaderRow([...blank.slice(1), ['Name', 'Email'], ['Ann', 'a@example.com']])).toMatchObject({ row: HEADER_SEARCH_ROWS, found: 'lower' });
  });

  it('finds the table under a report\'s summary block of a dozen lines (an RSVP export, a check-in report)', () => {
    const summary = [['Wedding RSVP export'], ['Generated', '2026-05-02'], [], ['Invited', '120'], ['Attending', '86'], ['Declined', '21'], ['Pending', '13'],
      ['Meals: beef', '30'], ['Meals: fish', '28'], ['Meals: vegetarian', '28'], ['Children', '9'], [], []];
    const table = [['First Name', 'Last Name', 'Email', 'Phone', 'RSVP', 'Meal'], ['Eleanor', 'Whitcombe', 'eleanor@example.com', '+44 7700 900456', 'Yes', 'Fish']];
    expect(detectHeaderRow([...summary, ...table])).toMatchObject({ row: 14, found: 'lower' });
    // A wide data row below a header row found early never takes over: it holds data.
    const people = Array.from({ length: 20 }, (_, i) => [`P${i}`, `p${i}@example.com`, '', '', '', '']);
    expect(detectHeaderRow([['Name', 'Email'], ...people, ['Ann', 'ann@example.com', '+1 415 555 0100', 'Acme', 'CEO', 'Austin']])).toEqual({ row: 1, found: 'first' });
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

describe('eleventh part: a common given name over given names in row 1, where no cell is a known column name, is data', () => {
  // A ski school's list of participants pasted from Excel without a header row: given names, then family names.
  it.each([
    ['de', [['Anna', 'Oberhuber'], ['Maximilian', 'Kirchmair'], ['Zoe', 'Gschwandtner'], ['Lukas', 'Walch']]],
    ['nl', [['Daan', 'Visser'], ['Noor', 'Bakker'], ['Sem', 'de Jong'], ['Julia', 'Mulder']]],
    ['fr', [['Camille', 'Petit', 'Lyon'], ['Lucas', 'Moreau', 'Paris'], ['Marie', 'Girard', 'Nantes']]],
    ['es', [['Carmen', 'Ruiz Soto'], ['Juan Carlos', 'Prieto'], ['Lucía', 'Gil'], ['Pedro', 'Lima']]],
    ['it', [['Giulia'], ['Marco'], ['Laura'], ['Matteo']]],
  ])('[%s] %j has no header row', (_lang, rows) => {
    expect(detectHeaderRow(rows)).toMatchObject({ row: 0, found: 'none' });
  });
  it('its columns are read as first and last names', () => {
    const loc = locateHeaders([['Anna', 'Oberhuber'], ['Maximilian', 'Kirchmair'], ['Zoe', 'Gschwandtner'], ['Lukas', 'Walch']], { defaultCountry: 'DE' });
    expect(suggestMapping(loc.headers.map(String), { sampleRows: loc.rows, defaultCountry: 'DE' }).map((s) => s.field)).toEqual(['firstName', 'lastName']);
  });
  // What must not change: a header word over given names, known or not; given names as the heads of a timesheet's
  // columns; a known column name beside a given name.
  it.each([
    [[['Vorname', 'Nachname'], ['Anna', 'Oberhuber'], ['Lukas', 'Walch']]],
    [[['Spieler', 'Verein'], ['Anna', 'TV Beuel'], ['Lukas', 'TTC Bonn'], ['Jonas', 'TV Beuel']]],
    [[['Schüler', 'Klasse'], ['Anna', '4b'], ['Lukas', '3a']]],
    [[['Maria', 'Anna', 'Paul'], ['8', '6', '7.5'], ['4', '8', '8']]],
    [[['Anna', 'Email'], ['Lukas', 'lukas@example.de'], ['Jonas', 'jonas@example.de']]],
    [[['Emma', 'Oliver'], ['Mon', 'Tue'], ['Wed', 'Thu']]],
  ])('%j keeps row 1 as its header row', (rows) => {
    expect(detectHeaderRow(rows)).toEqual({ row: 1, found: 'first' });
  });
});

describe('a phone number of any country in row 1 is data, whatever the default country', () => {
  it.each([
    [[['Giorgio Lombardi', '347 123 4567'], ['Anna Verdi', '333 9876543'], ['Luca Neri', '338 2223344']]],
    [[['Morel', 'Pascal', '11/02/1975', '06 11 47 58 69'], ['Petit', 'Anne', '03/07/1982', '07 22 33 44 55']]],
    [[['J.P.', 'Dongen', 'Delft', '015-2123456'], ['A.', 'Kramer', 'Tilburg', '013-5432109']]],
  ])('%j has no header row, read with the default "US"', (rows) => {
    expect(detectHeaderRow(rows).row).toBe(0);
  });
  it.each([
    [[['Name', 'Phone', '2024'], ['Ann', '(512) 555-0143', '3'], ['Bob', '(737) 555-0109', '4']]],
    [[['Name', 'Tel.'], ['Ann', '0170 1234567'], ['Bob', '0151 22334455']]],
  ])('%j keeps row 1 as its header row (a year is no phone)', (rows) => {
    expect(detectHeaderRow(rows)).toEqual({ row: 1, found: 'first' });
  });
});
