// The header lexicon is data: every synonym it lists maps to its field, in every spelling people use (with and
// without accents, snake_case, camelCase, spaced, upper case), and every vendor convention cites its source.
import { suggestMapping } from '../../../src/engine/automap';
import { FIELD_NAMES, LANGS, NOT_FIELDS, VENDOR_HEADERS } from '../../../src/engine/automap/lexicon';
import { STANDARD_FIELD_KEYS } from '../../../src/engine/types';

const field = (h: string) => suggestMapping([h])[0].field;

/** The spellings of one name: as written, accents dropped, upper case, snake_case, camelCase, kebab, no spaces. */
function variants(name: string): string[] {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
  const words = plain.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const camel = words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase())).join('');
  return [name, plain, name.toUpperCase(), words.join('_').toLowerCase(), camel, words.join('-'), `  ${name}  `];
}

describe('the lexicon', () => {
  it('lists every standard field with synonyms in all seven languages', () => {
    const byField = new Map<string, Set<string>>();
    for (const tier of FIELD_NAMES) {
      for (const [lang, names] of Object.entries(tier.names)) if (names?.length) byField.set(tier.field, new Set([...(byField.get(tier.field) ?? []), lang]));
    }
    for (const key of STANDARD_FIELD_KEYS) {
      if (key === 'additionalEmails' || key === 'additionalPhones' || key === 'followers') continue; // platform list fields
      expect([key, [...(byField.get(key) ?? [])].sort()]).toEqual([key, [...LANGS].sort()]);
    }
  });

  const synonyms: Array<[string, string, string]> = [];
  for (const tier of FIELD_NAMES) for (const [lang, names] of Object.entries(tier.names)) for (const n of names ?? []) synonyms.push([lang, n, tier.field]);
  it.each(synonyms)('[%s] "%s" -> %s, in every spelling', (_lang, name, f) => {
    // A synonym alone in a file: its field, or the list field its single-valued field feeds (never another one).
    for (const v of variants(name)) expect([v, field(v)]).toEqual([v, f]);
  });

  const notFields: Array<[string, string]> = [];
  for (const [lang, names] of Object.entries(NOT_FIELDS)) for (const n of names ?? []) notFields.push([lang, n]);
  it.each(notFields)('[%s] "%s" is known not to be a contact field', (_lang, name) => {
    for (const v of variants(name)) expect([v, field(v)]).toEqual([v, null]);
  });

  it.each(VENDOR_HEADERS.map((v) => [v.vendor, v] as const))('%s: cites its source and maps each header', (_name, v) => {
    expect(v.source).toMatch(/https:\/\/|github:|index:\d+|RFC|help|destination/);
    for (const [header, spec] of Object.entries(v.headers)) {
      const want = Array.isArray(spec) ? spec[0] : spec;
      expect([header, field(header)]).toEqual([header, want]);
    }
  });
});

describe('languages, side by side', () => {
  it.each([
    ['de', ['Vorname', 'Nachname', 'Straße', 'PLZ', 'Ort', 'Telefon', 'Handy', 'E-Mail', 'Geburtsdatum', 'Firma', 'Land'],
      ['firstName', 'lastName', 'address1', 'postalCode', 'city', 'phone', 'additionalPhones', 'email', 'dateOfBirth', 'companyName', 'country']],
    ['es', ['Nombre', 'Apellidos', 'Dirección', 'Código postal', 'Población', 'Provincia', 'Teléfono', 'Móvil', 'Correo electrónico', 'Fecha de nacimiento'],
      ['firstName', 'lastName', 'address1', 'postalCode', 'city', 'state', 'phone', 'additionalPhones', 'email', 'dateOfBirth']],
    ['pt', ['Nome', 'Sobrenome', 'Endereço', 'CEP', 'Cidade', 'Estado', 'Telefone', 'Celular', 'E-mail', 'Data de nascimento', 'Empresa'],
      ['firstName', 'lastName', 'address1', 'postalCode', 'city', 'state', 'phone', 'additionalPhones', 'email', 'dateOfBirth', 'companyName']],
    ['fr', ['Civilité', 'Nom', 'Prénom', 'Adresse', 'Code postal', 'Ville', 'Pays', 'Téléphone', 'Portable', 'Courriel', 'Date de naissance', 'Société'],
      [null, 'lastName', 'firstName', 'address1', 'postalCode', 'city', 'country', 'phone', 'additionalPhones', 'email', 'dateOfBirth', 'companyName']],
    ['it', ['Nome', 'Cognome', 'Indirizzo', 'CAP', 'Città', 'Provincia', 'Telefono', 'Cellulare', 'Email', 'Codice fiscale', 'Data di nascita'],
      ['firstName', 'lastName', 'address1', 'postalCode', 'city', 'state', 'phone', 'additionalPhones', 'email', null, 'dateOfBirth']],
    ['nl', ['Voornaam', 'Tussenvoegsel', 'Achternaam', 'Straat', 'Huisnummer', 'Postcode', 'Woonplaats', 'Telefoonnummer', 'Mobiel', 'E-mailadres', 'Geboortedatum'],
      ['firstName', null, 'lastName', 'address1', null, 'postalCode', 'city', 'phone', 'additionalPhones', 'email', 'dateOfBirth']],
    // Mexico: two surnames (the paternal one is the last name), RFC and CURP (tax and population ids) not imported.
    ['es-MX', ['Nombre(s)', 'Apellido paterno', 'Apellido materno', 'Correo', 'Celular', 'Calle', 'Colonia', 'Municipio', 'Estado', 'C.P.', 'RFC', 'CURP'],
      ['firstName', 'lastName', null, 'email', 'phone', 'address1', null, 'city', 'state', 'postalCode', null, null]],
    ['it-residenza', ['Nome e cognome', 'Indirizzo email', 'Numero di cellulare', 'Città di residenza'], ['name', 'email', 'phone', 'city']],
    ['en-abbreviated', ['Full name', 'E-mail', 'Tel.', 'Addr.', 'Pcode', 'Ctry'], ['name', 'email', 'phone', 'address1', 'postalCode', 'country']],
  ] as const)('%s contact list', (_lang, headers, want) => {
    expect(suggestMapping([...headers]).map((s) => s.field)).toEqual(want);
  });

  it('reads a bare "Name" by the columns next to it', () => {
    expect(suggestMapping(['Nom', 'Prénom']).map((s) => s.field)).toEqual(['lastName', 'firstName']);
    expect(suggestMapping(['Name', 'Vorname']).map((s) => s.field)).toEqual(['lastName', 'firstName']);
    expect(suggestMapping(['Naam', 'Voornaam']).map((s) => s.field)).toEqual(['lastName', 'firstName']);
    expect(suggestMapping(['Nome', 'Cognome']).map((s) => s.field)).toEqual(['firstName', 'lastName']);
    expect(suggestMapping(['Nombre', 'Apellidos']).map((s) => s.field)).toEqual(['firstName', 'lastName']);
    expect(suggestMapping(['Name', 'Surname']).map((s) => s.field)).toEqual(['firstName', 'lastName']);
    expect(suggestMapping(['Nome']).map((s) => s.field)).toEqual(['name']);
    expect(suggestMapping(['Name', 'First Name', 'Last Name']).map((s) => s.field)).toEqual(['name', 'firstName', 'lastName']);
    const [nome] = suggestMapping(['Nome', 'Cognome']);
    expect(nome.reason).toMatch(/next to a last-name column/);
  });
});
