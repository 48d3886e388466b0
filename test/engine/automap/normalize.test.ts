// How a header is read (./src/engine/automap/normalize.ts): its words, whatever the spelling, and the typo lookup. The
// words of a header read before are kept, so each call must still hand out its own copy.
import { compactHeader, headerTokens, osaDistance } from '../../../src/engine/automap';
import { fuzzyLookup, withoutMojibake } from '../../../src/engine/automap/normalize';

describe('headerTokens', () => {
  it.each([
    ['Teléfono', ['telefono']], ['telefono_movil', ['telefono', 'movil']], ['telefonoMovil', ['telefono', 'movil']], ['Straße', ['strasse']],
    ['Phone1', ['phone', '1']], ['Order #', ['order', 'no']], ['mobileNumber__c', ['mobile', 'number']], ['E-mail Address', ['email', 'address']],
  ])('"%s" reads as %j', (h, words) => {
    expect(headerTokens(h)).toEqual(words);
  });

  it('hands out a copy each time: a caller that changes the words changes no later reading', () => {
    const first = headerTokens('First Name');
    first.push('changed');
    first[0] = 'x';
    expect(headerTokens('First Name')).toEqual(['first', 'name']);
    expect(compactHeader('First Name')).toBe('firstname');
  });

  it('reads thousands of different headers the same way after its store of read headers is emptied', () => {
    for (let i = 0; i < 25000; i++) headerTokens(`Column ${i} Name`);
    expect(headerTokens('Column 7 Name')).toEqual(['column', '7', 'name']);
    expect(headerTokens('Teléfono')).toEqual(['telefono']);
  });
});

describe('German written without umlauts', () => {
  it.each([
    ['Buero', ['buro']], ['Telefon geschaeftlich', ['telefon', 'geschaftlich']], ['GeschaeftsTelefon', ['geschafts', 'telefon']], ['Primaer Email', ['primar', 'email']],
  ])('"%s" reads as %j, as its umlaut spelling does', (h, words) => {
    expect(headerTokens(h)).toEqual(words);
    expect(headerTokens(h.replace(/ae/g, 'ä').replace(/ue/g, 'ü'))).toEqual(words);
  });
  it.each([
    ['Quelle', ['quelle']], ['Fuente', ['fuente']], ['Moeder', ['moeder']], ['Due Date', ['due', 'date']], ['Rue', ['rue']], ['Revenue', ['revenue']], ['Value', ['value']], ['Venue', ['venue']], ['Samuel', ['samuel']],
  ])('"%s" is read as written: a known word, a short one, or one whose other spelling is no known word', (h, words) => {
    expect(headerTokens(h)).toEqual(words);
  });
});

describe('fuzzyLookup', () => {
  const table: Array<[string, string | null, number]> = [['email', 'email', 1], ['emailaddress', 'email', 1], ['firstname', 'firstName', 1], ['fax', null, 1], ['faxnumber', null, 0.9]];
  it('finds the closest name with the same first letter, the same in a table read again', () => {
    expect(fuzzyLookup('emial', table)).toMatchObject({ field: 'email', match: 'email' });
    expect(fuzzyLookup('frist name'.replace(' ', ''), table)).toMatchObject({ field: 'firstName', match: 'firstname' });
    expect(fuzzyLookup('emial', table)).toMatchObject({ field: 'email', match: 'email' });
    expect(fuzzyLookup('xmail', table)).toBeNull();
    expect(fuzzyLookup('faxnumbr', table)).toBeNull();
  });
  it('reads a table that is not an array the same way', () => {
    expect(fuzzyLookup('emial', new Map(table.map((e) => [e[0], e])).values())).toMatchObject({ field: 'email', match: 'email' });
  });
  it('osaDistance counts a swap of two letters as one edit', () => {
    expect(osaDistance('emial', 'email')).toBe(1);
  });
});

describe('a header in UTF-8 read as Windows-1252', () => {
  it.each([['TelÃ©fono', 'Teléfono'], ['StraÃŸe', 'Straße'], ['CÃ³digo Postal', 'Código Postal'], ['NÂº socio', 'Nº socio'], ['Ã‰tat', 'État']])(
    '"%s" reads as the UTF-8 it was, "%s"', (h, clean) => {
      expect(withoutMojibake(h)).toBe(clean);
      expect(headerTokens(h)).toEqual(headerTokens(clean));
    },
  );
  it.each([['Größe', 'Größe'], ['Ãrea', 'Ãrea'], ['Â', 'Â'], ['Ã', 'Ã'], ['São Paulo', 'São Paulo'], ['Ã€ propos', 'À propos'], ['Ã x', 'Ã x']])('"%s" is read as "%s"', (h, text) => {
    expect(withoutMojibake(h)).toBe(text);
  });
});
