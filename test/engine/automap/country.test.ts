// The file's own country (../../../src/engine/automap/country.ts): phones, postal codes and regions are read in the
// country the file's values show when the settings' default does not fit them.
import { suggestMapping } from '../../../src/engine/automap';
import { fileCountry, headerLanguage } from '../../../src/engine/automap/country';
import { isValidPhoneText } from '../../../src/engine/automap/sniff';

const rowsOf = (...cols: string[][]) => cols[0].map((_, r) => cols.map((c) => c[r]));

describe('the language of the headers', () => {
  it.each([
    [['Vorname', 'Nachname', 'Telefon', 'PLZ', 'Ort'], 'de'], [['Voornaam', 'Achternaam', 'Telefoon', 'Postcode', 'Woonplaats'], 'nl'],
    [['Nome', 'Cognome', 'Telefono', 'CAP'], 'it'], [['Prénom', 'Nom', 'Téléphone', 'Code postal', 'Ville'], 'fr'],
    [['First Name', 'Last Name', 'Phone', 'Zip'], 'en'], [['Email', 'E-Mail'], undefined], [[], undefined],
  ] as const)('%j is written in %s', (headers, lang) => {
    expect(headerLanguage(headers)).toBe(lang);
  });
});

describe('the file\'s country', () => {
  const de = rowsOf(['Anna', 'Ben', 'Cem'], ['0170 1234567', '07121 345678', '0711 2233445']);
  it('stays the default when most phone numbers fit it, whatever the headers\' language', () => {
    expect(fileCountry(['Vorname', 'Telefon'], rowsOf(['Anna', 'Ben'], ['(512) 555-0143', '(737) 555-0109']), 'US', [1])).toBe('US');
    expect(fileCountry(['Vorname', 'Telefon'], de, 'DE', [1])).toBe('DE');
  });
  it.each([
    [['Vorname', 'Telefon'], de, 'DE'],
    [['Voornaam', 'Telefoon'], rowsOf(['Sanne', 'Daan', 'Lotte'], ['06-12345678', '020-6231234', '0570-612345']), 'NL'],
    [['Nome', 'Telefono'], rowsOf(['Luca', 'Sara', 'Gino'], ['347 123 4567', '333 9876543', '02 4567890']), 'IT'],
    [['Nombre', 'Teléfono'], rowsOf(['Ana', 'Luis', 'Eva'], ['612 345 678', '699 112 233', '915 123 456']), 'ES'],
    [['Nome', 'Telefone'], rowsOf(['Ana', 'Rui', 'Lia'], ['(11) 98765-4321', '(21) 99876-5432', '(31) 3222-1100']), 'BR'],
  ] as const)('%j over numbers written at home, read with the default "US": %#', (headers, rows, country) => {
    expect(fileCountry(headers, rows, 'US', [1])).toBe(country);
  });
  it('reads only the phone columns it is given: ids and seasons elsewhere are no evidence', () => {
    const rows = rowsOf(['(512) 555-0143', '(737) 555-0109', '(210) 555-0188'], ['2026-2027', '2026-2027', '2025-2026'], ['2026000417', '2026000418', '2026000419']);
    expect(fileCountry(['Phone', 'Season', 'Number'], rows, 'US', [0])).toBe('US');
  });
  it('without a language (no header row), read with the default "US": a country whose plan the numbers fit; a chosen country is kept', () => {
    const it = rowsOf(['Giorgio Lombardi', 'Anna Verdi', 'Luca Neri'], ['347 123 4567', '333 9876543', '338 2223344']);
    const country = fileCountry([], it, 'US');
    expect(country).not.toBe('US');
    expect(it.every((r) => isValidPhoneText(r[1], country))).toBe(true);
    expect(fileCountry([], it, 'ES')).toBe('ES');
    expect(fileCountry([], rowsOf(['Ann', 'Bob'], ['(512) 555-0143', '(737) 555-0109']), 'US')).toBe('US');
  });
  it('a Chilean RUT ("12.345.678-5") is no phone number to read the country by', () => {
    expect(fileCountry([], rowsOf(['Ana', 'Luis', 'Eva'], ['12.345.678-5', '15.678.901-2', '9.876.543-K']), 'US')).toBe('US');
  });
  it('a file without a header row, read with the default "US": its Italian and Spanish numbers are phones', () => {
    const it = rowsOf(['Giorgio Lombardi', 'Anna Verdi', 'Luca Neri'], ['3471234567', '3339876543', '3382223344'], ['g.l@example.it', 'a.v@example.it', 'l.n@example.it']);
    expect(suggestMapping(['', '', ''], { sampleRows: it }).map((s) => s.field)).toEqual(['name', 'phone', 'email']);
    const es = rowsOf(['Ana Ruiz', 'Luis Gil', 'Eva Sanz'], ['634128907', '617552301', '699112233'], ['a@example.es', 'l@example.es', 'e@example.es']);
    expect(suggestMapping(['', '', ''], { sampleRows: es }).map((s) => s.field)).toEqual(['name', 'phone', 'email']);
  });
  it('a German list read with the default "US": a second column of German numbers under a header no lexicon names is a phone too', () => {
    const rows = rowsOf(['Anna', 'Ben', 'Cem'], ['0711 2233445', '07121 345678', '0621 998877'], ['0170 1234567', '0151 22334455', '0176 9988776']);
    const fields = suggestMapping(['Vorname', 'Telefon', 'Erreichbar unter'], { sampleRows: rows }).map((s) => s.field);
    expect(fields).toEqual(['firstName', 'phone', 'additionalPhones']);
  });
  it('without a phone header, the columns no header names are read: a German list\'s "Tell" of German numbers is the phone', () => {
    const rows = rowsOf(['Anna', 'Ben', 'Cem'], ['Maier', 'Huber', 'Yilmaz'], ['0911 445566', '089 12345678', '0711 2233445']);
    expect(suggestMapping(['Vorname', 'Nachname', 'Tell'], { sampleRows: rows }).map((s) => s.field)).toEqual(['firstName', 'lastName', 'phone']);
  });
  it('numbers written with "+" name the country, read with the default "US"; a chosen country is kept; a mix names none', () => {
    const nl = rowsOf(['Sanne', 'Daan', 'Lotte'], ['+31612345678', '+31 6 87654321', '+31 20 6231234']);
    expect(fileCountry([], nl, 'US')).toBe('NL');
    expect(fileCountry([], nl, 'DE')).toBe('DE');
    expect(fileCountry([], rowsOf(['A', 'B', 'C'], ['+44 7700 900321', '+49 170 1234567', '+33 6 12 34 56 78']), 'US')).toBe('US');
  });
  it('a Dutch file without a header row, read with the default "US": its "+31" numbers make "2611 AB" a postal code', () => {
    const rows = rowsOf(['Sanne de Vries', 'Daan Bakker', 'Lotte Visser'], ['Oude Delft 57', 'Phoenixstraat 12', 'Voorstraat 88'], ['2611 BC', '2611 AK', '2611 JS'],
      ['Delft', 'Delft', 'Delft'], ['+31612345678', '+31687654321', '+31611223344']);
    expect(suggestMapping(['', '', '', '', ''], { sampleRows: rows }).map((s) => s.field)).toEqual(['name', 'address1', 'postalCode', 'city', 'phone']);
  });
});
