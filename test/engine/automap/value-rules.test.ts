// Rules of the auto-mapper about values, the whole file's resolution and files without headers, asked for by the
// fifth held-out corpus part (issue 12). Each rule is tested on the corpus's case and on others (languages,
// spellings, counter-cases that must not change), as ./general-rules.test.ts does for headers.
import { detectHeaderRow, suggestMapping } from '../../../src/engine/automap';
import { isCompanyText, isNamePartText, isPossiblePhoneText, isStreetText, isValidPhoneText, sniffValue } from '../../../src/engine/automap/sniff';

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

describe('3. street lines in Spanish, Portuguese, Italian and French postal forms', () => {
  it.each([
    ['es', 'Av. 18 de Julio 1234'], ['es', 'Bv. Artigas 567 apto 3'], ['es', 'Bvar. España 2101'], ['es', 'Rambla República de México 5515'],
    ['es', 'C/ Mayor 5, 2º B'], ['es', 'Ctra. de Valencia km 3'], ['es', 'Pje. Los Aromos 45'], ['es', 'Cno. Carrasco 4410'],
    ['pt', 'R. Augusta 1200'], ['pt', 'Rua das Flores 12'], ['pt', 'Trav. do Carmo 8'], ['pt', 'Pça. da Sé 3'],
    ['it', 'V.le Europa 12'], ['it', 'C.so Vittorio Emanuele 45'], ['it', 'P.zza Garibaldi 3'], ['it', 'Viale Monza 8'],
    ['fr', '12 bd Haussmann'], ['fr', '3 imp. des Lilas'], ['fr', '14 rte de Lyon'],
  ])('[%s] "%s" is a street line', (_lang, v) => {
    expect(isStreetText(v)).toBe(true);
  });
  it.each(['Ana Ruiz', 'R. Smith', 'Acme BV', 'Acme B.V. 2', 'C/ 12', 'Rodrigo 12', 'Vendas 2024'])('"%s" is not', (v) => {
    expect(isStreetText(v)).toBe(false);
  });

  // A lottery draw's input file without a header row (Uruguay, index:71568642324).
  it('a Uruguayan file without headers: its address column is the street', () => {
    const rows = [['1.234.567-2', 'Sofía', 'Pereira', '099 123 456', 'sofia.pereira@example.com.uy', 'Av. 18 de Julio 1234'],
      ['4.567.890-1', 'Matías', 'Rodríguez', '098765432', 'matias.r@example.com', 'Bv. Artigas 567 apto 3'],
      ['3.210.987-6', 'Valentina', 'Silva', '+598 94 555 111', 'vsilva@example.com.uy', 'Rambla República de México 5515']];
    expect(suggestMapping(['', '', '', '', '', ''], { sampleRows: rows, defaultCountry: 'UY' }).map((s) => s.field)).toEqual(
      [null, 'firstName', 'lastName', 'phone', 'email', 'address1']);
  });
});

describe('3b. a column no header word names, of street lines, is the street when no header names one', () => {
  const streets = { fr: ['14 rue Victor Hugo', '2 place du Marché', '7 allée des Pins'], it: ['Via Brennero 12, 38122 Trento (TN)', 'Via Roma 3, 38068 Rovereto (TN)', 'P.zza Duomo 1, 38122 Trento'],
    es: ['Av. Corrientes 1234', 'C/ Mayor 5', 'Calle Falsa 123'], de: ['Hauptstraße 5', 'Am Markt 3a, Lindenweg 2', 'Bahnhofstr. 12'], en: ['12 Main St', '45 Harbor View Rd', '9 Elm Ave'] };
  it.each([['fr', 'N° et voie'], ['it', 'Indirizzo completo'], ['es', 'Domicilio particular'], ['de', 'Anschrift komplett'], ['en', 'Line A']] as const)(
    '[%s] "%s" over street lines beside a town column (or of whole addresses) is the street', (lang, h) => {
      const rows = rowsOf(['Ann', 'Bob', 'Cy'], streets[lang], ['Lyon', 'Trento', 'Bonn']);
      expect(mapOf(['Name', h, 'City'], { sampleRows: rows })[h]).toBe('address1');
    });
  it('whole addresses need no town column', () => {
    expect(mapOf(['Nome', 'Indirizzo completo'], { sampleRows: rowsOf(['Ada', 'Bruno'], streets.it.slice(0, 2)), defaultCountry: 'IT' })['Indirizzo completo']).toBe('address1');
  });
  it('not an event\'s venue: one street for every row, or street lines without the rest of an address', () => {
    expect(mapOf(['Name', 'Venue', 'City'], { sampleRows: rowsOf(['Ann', 'Bob'], ['1 Arena Way', '1 Arena Way'], ['Leeds', 'York']) }).Venue).toBeNull();
    expect(mapOf(['Name', 'Meeting Point'], { sampleRows: rowsOf(['Ann', 'Bob'], ['12 Main St', '4 Elm Rd']) })['Meeting Point']).toBeNull();
  });
  it('not when a header already names the street, nor for a column the lexicon says is not the contact\'s', () => {
    const rows = rowsOf(['12 Main St', '4 Elm Rd'], ['9 Oak Ave', '3 Pine St']);
    expect(suggestMapping(['Street', 'Directions'], { sampleRows: rows }).map((s) => s.field)).toEqual(['address1', null]);
    expect(mapOf(['Name', 'Shipping Street'], { sampleRows: rowsOf(['Ann', 'Bob'], ['12 Main St', '4 Elm Rd']) })['Shipping Street']).not.toBe('address1');
  });
});

describe('4. values overrule what a header cannot be', () => {
  it.each([
    ['pt', 'Conta', ['5678', '00012345', '4410']], ['fr', 'Organisation (...)', ['8', '7', '9']], ['en', 'Organization', ['3', '4', '5']],
    ['es', 'Empresa', ['102', '311', '87']], ['de', 'Firma', ['12', '7', '44']], ['en', 'Name', ['1', '2', '3']], ['nl', 'Achternaam', ['10', '20', '30']],
  ])('[%s] a name or company column of numbers ("%s") is not imported', (_lang, h, vals) => {
    expect(mapOf(['Email', h], { sampleRows: rowsOf(['a@example.com', 'b@example.com', 'c@example.com'], vals) })[h]).toBeNull();
  });
  it('not a name column with names, nor an ambiguous "Contact" of phone numbers', () => {
    expect(mapOf(['Email', 'Conta'], { sampleRows: rowsOf(['a@example.com', 'b@example.com'], ['Acme Ltda', 'Beta SA']) }).Conta).toBe('companyName');
    expect(mapOf(['Name', 'Contact'], { sampleRows: rowsOf(['Ann Lee', 'Bob Ray'], ['0256316623', '0244123456']), defaultCountry: 'GH' }).Contact).toBe('phone');
  });

  it.each([['fr', 'Email validé', ['1', '1', '0']], ['en', 'Email verified', ['1', '0', '1']], ['es', 'Email confirmado', ['sí', 'no', 'sí']], ['de', 'E-Mail bestätigt', ['0', '1', '1']]])(
    '[%s] a weak email header over flags ("%s") is not imported', (_lang, h, vals) => {
      expect(mapOf(['Email', h], { sampleRows: rowsOf(['a@example.com', 'b@example.com', 'c@example.com'], vals) })[h]).toBeNull();
    });
  it('a plain "Email" over flags is kept, with a lower confidence', () => {
    expect(suggestMapping(['Email'], { sampleRows: [['1'], ['0'], ['1']] })[0]).toMatchObject({ field: 'email', confidence: 0.5 });
  });

  it.each(['Group', 'Groups', 'Tags', 'Gruppe', 'Categoría'])('"%s" of true/false is no tags', (h) => {
    expect(mapOf(['Email', h], { sampleRows: rowsOf(['a@example.com', 'b@example.com'], ['false', 'true']) })[h]).toBeNull();
    expect(mapOf(['Email', h], { sampleRows: rowsOf(['a@example.com', 'b@example.com'], ['VIP', 'Newsletter']) })[h]).toBe('tags');
  });

  it.each([['en', 'State_id'], ['en', 'stateId'], ['de', 'matnr'], ['de', 'Kundennummer'], ['nl', 'lidnummer'], ['de', 'Steuernr'], ['en', 'Record UUID']])(
    '[%s] "%s" never becomes a phone by its digits', (_lang, h) => {
      const rows = rowsOf(['Ann', 'Bob', 'Cy'], ['7712093341', '2125550143', '4155550199']);
      expect(String(mapOf(['Name', h], { sampleRows: rows })[h])).not.toMatch(/phone/i);
    });
  it.each(['Telnr', 'Handynummer', 'telefoonnummer', 'Number', 'Contact'])('"%s" of phone numbers still is a phone', (h) => {
    const rows = rowsOf(['Ann', 'Bob', 'Cy'], ['(212) 555-0143', '(415) 555-0199', '(646) 555-0122']);
    expect(mapOf(['Name', h], { sampleRows: rows })[h]).toBe('phone');
  });
  it('a weak place header over numbers names no place', () => {
    expect(mapOf(['Name', 'State_id'], { sampleRows: rowsOf(['Ann', 'Bob'], ['7712093341', '7712094410']) }).State_id).toBeNull();
    expect(mapOf(['Name', 'State'], { sampleRows: rowsOf(['Ann', 'Bob'], ['MI', 'OH']) }).State).toBe('state');
  });

  it.each([['https://api.calendly.com/organizations/AAAA', 'https://api.calendly.com/organizations/BBBB'], ['https://example.com/api/teams/4', 'https://example.com/api/teams/7'],
    ['https://crm.example.com/v2/users/91', 'https://crm.example.com/v2/users/92']])('a column of API addresses (%s) is no website', (...vals) => {
    expect(mapOf(['Name', 'Team'], { sampleRows: rowsOf(['Ann', 'Bob'], vals) }).Team).toBeNull();
  });
  it('a column of web addresses still is the website', () => {
    expect(mapOf(['Name', 'Homepage URL'], { sampleRows: rowsOf(['Ann', 'Bob'], ['https://acme.com/about', 'https://beta.io']) })['Homepage URL']).toBe('website');
    expect(mapOf(['Name', 'Team'], { sampleRows: rowsOf(['Ann', 'Bob'], ['https://acme.com', 'https://www.beta.io/en']) }).Team).toBe('website');
  });
});

describe('5. of two equally sure headers for a one-value field, the field\'s own plain name wins', () => {
  it.each([
    ['en', ['Source Name', 'Source'], 'Source'], ['en', ['Given Name', 'First Name'], 'First Name'], ['es', ['Localidad', 'Ciudad'], 'Ciudad'],
    ['pt', ['Localidade', 'Cidade'], 'Cidade'], ['fr', ['Localité', 'Ville'], 'Ville'], ['it', ['Località', 'Città'], 'Città'],
    ['de', ['Ort', 'Stadt'], 'Stadt'], ['en', ['given_name', 'first_name'], 'first_name'], ['en', ['givenName', 'firstName'], 'firstName'],
  ])('[%s] %j: "%s"', (_lang, headers, winner) => {
    const rows = rowsOf(['Ann', 'Bob'], ['x1', 'x2'], ['y1', 'y2']);
    const m = mapOf(['Email', ...headers], { sampleRows: rows.map((r) => ['a@example.com', ...r.slice(1)]) });
    expect(headers.filter((h) => m[h] !== null)).toEqual([winner]);
  });
  it('the first column still wins between two plain names, or two qualified ones', () => {
    expect(suggestMapping(['Ciudad', 'Localidad', 'City']).map((s) => s.field)).toEqual(['city', null, null]);
    expect(suggestMapping(['Given Name', 'Forename']).map((s) => s.field)).toEqual(['firstName', null]);
  });
  it('a surer header still wins over a plain name', () => {
    expect(suggestMapping(['Lead Source', 'Canal']).map((s) => s.field)).toEqual(['source', null]);
  });
});

describe('6. the main phone and email hold values of their kind', () => {
  it('a door-phone name ("Interphone": BERNARD) never takes the main phone from the mobile', () => {
    const rows = [['06 11 22 33 44', '05 56 12 34 56', 'BERNARD'], ['', '04 90 63 12 12', 'ROUX']];
    const m = mapOf(['Téléphone portable', 'Téléphone fixe', 'Interphone'], { sampleRows: rows, defaultCountry: 'FR' });
    expect([m['Téléphone portable'], m['Téléphone fixe']]).toEqual(['phone', 'additionalPhones']);
  });
  it('a phone column empty in every sample row ("Skype Phone Number") never takes the main phone from a filled one', () => {
    const rows = [['(217) 555-0143', '(217) 555-0178', ''], ['', '(217) 555-0178', '']];
    expect(suggestMapping(['Mobile Phone Number', 'Home Phone Number', 'Phone'], { sampleRows: rows }).map((s) => s.field)).toEqual(
      ['phone', 'additionalPhones', 'additionalPhones']);
    expect(suggestMapping(['Telefon', 'Handy'], { sampleRows: [['', '0151 2345678'], ['', '0170 1234567']], defaultCountry: 'DE' }).map((s) => s.field)).toEqual(
      ['additionalPhones', 'phone']);
  });
  it('an email column without an "@" never takes the main email', () => {
    const rows = [['-', 'ann@example.com'], ['n/a', 'bob@example.com']];
    expect(suggestMapping(['Email', 'Work Email'], { sampleRows: rows }).map((s) => s.field)).toEqual(['additionalEmails', 'email']);
  });
  it('counter-cases: the primary header stays first when both hold values, and without samples', () => {
    const rows = [['(212) 555-0143', '(646) 555-0199'], ['(212) 555-0111', '']];
    expect(suggestMapping(['Phone', 'Mobile'], { sampleRows: rows }).map((s) => s.field)).toEqual(['phone', 'additionalPhones']);
    expect(suggestMapping(['Phone', 'Mobile']).map((s) => s.field)).toEqual(['phone', 'additionalPhones']);
    // Brazilian mobiles whose digits pass an id's check digit are still phones' digits.
    expect(suggestMapping(['Mobile', 'Office Phone'], { sampleRows: [['51999999999', '5133334444']], defaultCountry: 'BR' }).map((s) => s.field)).toEqual(
      ['phone', 'additionalPhones']);
  });
});

describe('6b. two people in a row: one is the contact, the other one\'s columns are not imported', () => {
  // WooCommerce Event Tickets' attendee export: the attendee's columns, then the purchaser's.
  it('the attendee before the purchaser', () => {
    const m = mapOf(['TicketID', 'Attendee First Name', 'Attendee Last Name', 'Attendee Email', 'Attendee Telephone', 'Purchaser First Name',
      'Purchaser Last Name', 'Purchaser Email', 'Purchaser Phone', 'Purchaser Company']);
    expect(m).toMatchObject({ 'Attendee First Name': 'firstName', 'Attendee Last Name': 'lastName', 'Attendee Email': 'email', 'Attendee Telephone': 'phone',
      'Purchaser First Name': null, 'Purchaser Last Name': null, 'Purchaser Email': null, 'Purchaser Phone': null, 'Purchaser Company': null });
  });
  it.each([
    ['en', ['Buyer Name', 'Buyer Email', 'Guest Name', 'Guest Email'], ['Guest Name', 'Guest Email']],
    ['en', ['buyerName', 'buyerEmail', 'participantName', 'participantEmail'], ['participantName', 'participantEmail']],
    ['de', ['Käufer Name', 'Käufer E-Mail', 'Teilnehmer Name', 'Teilnehmer E-Mail'], ['Teilnehmer Name', 'Teilnehmer E-Mail']],
    ['en', ['purchaser_first_name', 'purchaser_email', 'attendee_first_name', 'attendee_email'], ['attendee_first_name', 'attendee_email']],
  ])('[%s] the participant\'s columns, not the buyer\'s: %j', (_lang, headers, kept) => {
    const m = mapOf(headers);
    expect(headers.filter((h) => m[h] !== null)).toEqual(kept);
  });
  // A camp's registration export: the registrant (no role word), then the child attending.
  it('the registrant without a role word before the attendee', () => {
    const m = mapOf(['First Name', 'Last Name', 'Phone', 'E-Mail', 'Attendee First Name', 'Attendee Last Name', 'Attendee E-Mail', 'Attendee Phone']);
    expect(Object.values(m)).toEqual(['firstName', 'lastName', 'phone', 'email', null, null, null, null]);
  });
  it('counter-cases: one person written two ways keeps both', () => {
    // Clever's students.csv: the student's names without a role word, the student's email with one.
    expect(Object.values(mapOf(['First_name', 'Last_name', 'Student_email']))).toEqual(['firstName', 'lastName', 'email']);
    // The one who paid is another role, not the attendee written two ways: beside a named attendee, all of the buyer's
    // columns are left out (the ninth part's ticket exports: "Purchaser city" beside "Attendee first name").
    expect(Object.values(mapOf(['Attendee Name', 'Attendee Email', 'Buyer Email']))).toEqual(['name', 'email', null]);
    expect(Object.values(mapOf(['Name', 'Email', 'Member Email']))).toEqual(['name', 'email', 'additionalEmails']);
  });
});

describe('2. a file without a header row: which name column is the first name, a mentor\'s column, dates of birth', () => {
  const noHeader = (rows: string[][], defaultCountry = 'US') => suggestMapping(rows[0].map(() => ''), { sampleRows: rows, defaultCountry }).map((s) => s.field);

  it.each([
    ['de', [['Wagner', 'Aaron'], ['Schmitt', 'Julia'], ['Becker', 'Tobias']], ['lastName', 'firstName']],
    ['nl', [['Jansen', 'Daan'], ['Bakker', 'Noor'], ['Visser', 'Sem']], ['lastName', 'firstName']],
    ['es', [['García', 'María'], ['López', 'Javier'], ['Fernández', 'Lucía']], ['lastName', 'firstName']],
    ['it', [['Rossi', 'Giuseppe'], ['Bianchi', 'Giulia'], ['Esposito', 'Francesca']], ['lastName', 'firstName']],
    ['en', [['Emily', 'Carter'], ['James', 'Nolan'], ['Sarah', 'Brooks']], ['firstName', 'lastName']],
    ['fr', [['Camille', 'Dubois'], ['Julien', 'Moreau'], ['Céline', 'Fournier']], ['firstName', 'lastName']],
    ['pt', [['Silva', 'João'], ['Santos', 'Ana'], ['Oliveira', 'Mariana']], ['lastName', 'firstName']],
  ])('[%s] common given names tell the first name: %j', (_lang, rows, want) => {
    expect(noHeader(rows)).toEqual(want);
  });
  it('an email that tells still decides, and names unknown to the list keep the first column as the first name', () => {
    expect(noHeader([['Aaron', 'Wagner', 'wagner.aaron@example.de'], ['Julia', 'Schmitt', 'schmitt.julia@example.de']])).toEqual(['lastName', 'firstName', 'email']);
    expect(noHeader([['Zoltar', 'Quimby'], ['Xandor', 'Pell']])).toEqual(['firstName', 'lastName']);
  });

  // A Dutch school's student list: number, first name, infix, family name, mentor, class.
  it('reads first and last name around a Dutch infix column, and no mentor addressed by title', () => {
    const rows = [['123456', 'Daan', '', 'Visser', 'Mw. Smit', '2B'], ['123457', 'Noor', 'van der', 'Linden', 'Mw. Smit', '2B'], ['123460', 'Sem', 'de', 'Jong', 'Dhr. Peters', '3A']];
    expect(noHeader(rows, 'NL')).toEqual([null, 'firstName', null, 'lastName', null, null]);
  });
  it.each(['Mw. Smit', 'Dhr. Peters', 'Herr Weber', 'Mme Roux', 'Sra. Gómez', 'Dott. Bianchi', 'Mr. Jones'])('"%s" is no name part', (v) => {
    expect(isNamePartText(v)).toBe(false);
  });
  it.each(['Smit', 'de Boer', 'Jörg H.', 'Herrera', 'Frank', 'Mwangi'])('"%s" still is one', (v) => {
    expect(isNamePartText(v)).toBe(true);
  });

  it.each([
    ['de', [['Wagner', 'Aaron', 'Goethestraße 12', '53113', 'Bonn', '12.03.1995'], ['Schmitt', 'Julia', 'Am Rain 4', '50667', 'Köln', '30.11.1988'], ['Becker', 'Tobias', 'Hauptstr. 77', '40213', 'Düsseldorf', '01.07.2001']], 'DE'],
    ['en', [['Ann Lee', 'ann@example.com', '1990-04-12'], ['Bob Ray', 'bob@example.com', '1975-11-02']], 'US'],
    ['fr', [['Camille', 'Dubois', '14/02/1983'], ['Julien', 'Moreau', '03/09/1979']], 'FR'],
  ])('[%s] a date column of birth-like years in a list of people is the date of birth', (_lang, rows, country) => {
    const f = noHeader(rows, country);
    expect(f[f.length - 1]).toBe('dateOfBirth');
  });
  it('not recent dates, not two date columns, not without names', () => {
    const year = new Date().getFullYear();
    expect(noHeader([['Ann Lee', 'ann@example.com', `${year - 1}-04-12`], ['Bob Ray', 'bob@example.com', `${year}-01-02`]])).toEqual(['name', 'email', null]);
    expect(noHeader([['Ann Lee', '1990-04-12', '1999-01-01'], ['Bob Ray', '1975-11-02', '2001-05-05']])).toEqual(['name', null, null]);
    expect(noHeader([['4411', '1990-04-12'], ['4412', '1975-11-02']])).toEqual([null, null]);
  });
});

describe('a "Departamento" is the region beside an address, a company\'s department without one', () => {
  it.each([
    [['Nome Completo', 'Email', 'Departamento', 'Cargo'], null],
    [['Nombre', 'Correo', 'Teléfono', 'Departamento', 'Puesto'], null],
    [['nome', 'e-mail', 'departamento'], null],
    [['Nombre', 'Ciudad', 'Departamento', 'País'], 'state'],
    [['Nombre', 'Dirección', 'Departamento', 'Email'], 'state'],
    [['Nombre', 'Municipio', 'Departamento'], 'state'],
    [['Nombre', 'Código postal', 'Departamento'], 'state'],
  ] as const)('%j: Departamento %s', (headers, field) => {
    const m = mapOf([...headers]);
    const key = headers.find((h) => /^departamento$/i.test(h))!;
    expect(m[key] ?? null).toBe(field);
  });
  it('a billing address beside it is an address: the department is the region (read before the address group is chosen)', () => {
    // The unqualified group (the region) is then the main address and the billing city gives way to it, as billing
    // columns do; before, the billing city gave way first and the department, left alone, was dropped too: no address.
    expect(mapOf(['Departamento', 'Nombre', 'Email', 'Ciudad de facturación']).Departamento).toBe('state');
  });
  it('a department header with more words is read by its first ("Departamento (área)")', () => {
    expect(mapOf(['Nombre', 'Email', 'Departamento (área)'])['Departamento (área)'] ?? null).toBe(null);
  });
  it('alone in a file (no person, no address) it stays the region, as the lexicon has it', () => {
    expect(mapOf(['Departamento']).Departamento).toBe('state');
    expect(mapOf(['Departamento', 'Total']).Departamento).toBe('state');
  });
  it('a region header that is no department word keeps the state without an address beside it', () => {
    expect(mapOf(['Nombre', 'Email', 'Provincia']).Provincia).toBe('state');
    expect(mapOf(['Name', 'Email', 'State']).State).toBe('state');
  });
});

describe('an id compound is no phone compound because a phone word hides inside it', () => {
  it.each(['Bestellnummer', 'Stellennummer', 'Kundennummer', 'Auftragsnr'])('"%s" over 10-digit values does not turn phone', (h) => {
    const rows = rowsOf(['4155550123', '4155550187', '4155550199'], ['Ann', 'Bo', 'Cy']);
    expect(mapOf([h, 'Name'], { sampleRows: rows, defaultCountry: 'US' })[h] ?? null).not.toBe('phone');
  });
  it.each(['Telefonnummer', 'Handynummer', 'Festnetznummer', 'Rufnummer', 'Telnr'])('"%s" is still a phone', (h) => {
    const rows = rowsOf(['030 1234567', '030 7654321'], ['Ann', 'Bo']);
    expect(mapOf([h, 'Name'], { sampleRows: rows, defaultCountry: 'DE' })[h]).toBe('phone');
  });
});

describe('a date of birth read from values is at least ten years back from the year the file is read in', () => {
  const file = (year: number) => suggestMapping(['', '', ''], {
    noHeader: true, currentYear: year, defaultCountry: 'DE',
    sampleRows: [['Anna', 'Weber', '12.03.2012'], ['Jonas', 'Schmitt', '30.11.2011'], ['Lea', 'Fischer', '01.02.2013']],
  }).map((s) => s.field);
  it('children born 2011-2013 are no dates of birth by this rule in 2020, and are in 2030', () => {
    expect(file(2020)[2]).toBe(null);
    expect(file(2030)[2]).toBe('dateOfBirth');
  });
});

describe('sixth part: a file name is no web address', () => {
  it.each(['kunde-sabine-lorenz.pdf', 'Vertrag_2024.docx', 'scan.JPG', 'liste.xlsx', 'export.csv', 'foto.jpeg', 'logo.png',
    'anhang.zip', 'notizen.txt', 'contrato.doc', 'fattura.xls', 'bild.gif'])('"%s" is no url', (v) => {
    expect(sniffValue(v)).not.toBe('url');
  });
  it.each(['example.com', 'acme.co.uk', 'EXAMPLE.COM', 'shop.example.de/kontakt', 'https://files.example.com/a.pdf', 'www.example.zip'])('"%s" stays a url', (v) => {
    expect(sniffValue(v)).toBe('url');
  });
  it('a column of file names beside a name is not the website ("Dateiname Mandat")', () => {
    const rows = rowsOf(['kunde-sabine-lorenz.pdf', 'kunde-dirk-kaiser.pdf'], ['Sabine Lorenz', 'Dirk Kaiser']);
    expect(mapOf(['Dateiname Mandat', 'Name'], { sampleRows: rows })['Dateiname Mandat'] ?? null).toBe(null);
  });
});

describe('sixth part: a header ending in a separate number word is a record\'s number, never a phone by its digits', () => {
  const rows = rowsOf(['6036007275', '6036007299', '6036007301'], ['Ann', 'Bo', 'Cy']);
  it.each(['HauptZielOrgaNr', 'Kunden Nr', 'Mitglieds-Nr.', 'Member No.', 'order_no', 'Vertrags Nummer', 'Socio Nro'])('"%s" over 10-digit values does not turn phone', (h) => {
    const m = mapOf([h, 'Name'], { sampleRows: rows, defaultCountry: 'US' });
    expect(['phone', 'additionalPhones']).not.toContain(m[h] ?? null);
  });
  it.each(['Phone No', 'Tel. Nr.', 'Mobile no', 'Contact Number', 'Contact No', 'WhatsApp Nr', 'Telefon Nummer'])('"%s" is still a phone', (h) => {
    expect(mapOf([h, 'Name'], { sampleRows: rows, defaultCountry: 'US' })[h]).toBe('phone');
  });
});

describe('sixth part: a "Departamento" beside a rival region column ("Estado") is still the department', () => {
  const h = ['ID', 'Nombre', 'Email', 'Teléfono', 'Departamento', 'Estado'];
  it('an HR report with Departamento (IT, Operaciones) and Estado (Activo, De vacaciones): neither is the state', () => {
    const rows = rowsOf(['7', '12'], ['Alberto Campos', 'Irene Soto'], ['a@example.es', 'i@example.es'], ['+34 611 234 567', '644 321 987'], ['IT', 'Operaciones'], ['Activo', 'De vacaciones']);
    const m = mapOf(h, { sampleRows: rows, defaultCountry: 'ES' });
    expect(m.Departamento ?? null).toBe(null);
    expect(m.Estado ?? null).toBe(null);
  });
  it.each([['Em férias'], ['On leave'], ['Im Urlaub'], ['De baja']])('"%s" is a staff status', (v) => {
    expect(sniffValue(v)).toBe('status');
  });
  it('without a person the department stays the region; beside a city it is the region', () => {
    expect(mapOf(['Departamento', 'Estado']).Departamento).toBe('state');
    expect(mapOf(['Nombre', 'Email', 'Departamento', 'Ciudad']).Departamento).toBe('state');
  });
  it('an "Estado" holding places beside a person is the state', () => {
    const rows = rowsOf(['Ana', 'Rui'], ['SP', 'RJ']);
    expect(mapOf(['Nome', 'Estado'], { sampleRows: rows, defaultCountry: 'BR' }).Estado).toBe('state');
  });
});

describe('sixth part: files without a header row: a split street line, phones as dialled at home, a lone given-name column', () => {
  const fields = (rows: string[][], country: string) =>
    suggestMapping(rows[0].map(() => ''), { noHeader: true, defaultCountry: country, sampleRows: rows }).map((s) => s.field);
  it('a German address book: postal code, street name, house number, landline and mobile', () => {
    const f = fields([
      ['Tobias', 'Reinhardt', '14.3.1977', '34117', 'Wilhelmshöher Allee', '12', '0561555014', '01515550187', ''],
      ['Melanie', 'Göbel', '2.11.1990', '48143', 'Ludgeristraße', '7', '0251555093', '01705550129', ''],
    ], 'DE');
    expect(f).toEqual(['firstName', 'lastName', 'dateOfBirth', 'postalCode', 'address1', null, 'phone', 'additionalPhones', null]);
  });
  it.each([
    [['Hauptstraße', 'Marktplatz', 'Lindenweg'], ['5', '12a', '3']],
    [['Kerkstraat', 'Dorpsweg', 'Stationsplein'], ['14', '2', '7 B']],
  ])('a street name beside house numbers is the street (%j)', (streets, numbers) => {
    const f = fields(streets.map((s, r) => [s, numbers[r]]), 'DE');
    expect(f).toEqual(['address1', null]);
  });
  it('a column of words beside small numbers is no street ("Berlin | 3")', () => {
    expect(fields([['Berlin', '3'], ['Hamburg', '5'], ['Köln', '2']], 'DE')[0]).not.toBe('address1');
  });
  it('a three-column list: a given name, a phone as dialled at home, an email', () => {
    expect(fields([['Kerem', '01605550142', 'kerem.y@gmail.example.com'], ['Svenja', '0176555019', 'svenja91@web.example.de']], 'DE'))
      .toEqual(['name', 'phone', 'email']);
    expect(fields([['Marie', '06 12 34 56 78', 'x1@example.fr'], ['Camille', '07 98 76 54 32', 'x2@example.fr']], 'FR'))
      .toEqual(['name', 'phone', 'email']);
  });
  it('no given name without a person column, nor words the email does not spell and no common name holds', () => {
    expect(fields([['Kerem', '2024'], ['Svenja', '2025']], 'DE')[0]).toBe(null);
    expect(fields([['Blau', 'a@example.de'], ['Grün', 'b@example.de']], 'DE')[0]).toBe(null);
  });
  it('zero-padded ids and postal codes are no phones', () => {
    expect(fields([['00012345', 'a@example.de'], ['00012399', 'b@example.de']], 'DE')[0]).toBe(null);
    expect(fields([['01067', 'a@example.de'], ['01069', 'b@example.de']], 'DE')[0]).not.toBe('phone');
  });
});

describe('sixth part: a bare "Code" as the first column, over a number for each row, is the record\'s id', () => {
  it.each([
    ['Código', ['42', '118'], 'ES'], ['Código', ['101', '102'], 'BR'], ['Codice', ['1048', '1312'], 'IT'], ['Code', ['7', '9'], 'FR'], ['Cod.', ['5012', '5013'], 'IT'],
  ])('"%s" over %j first is the External ID', (h, ids, country) => {
    const rows = rowsOf(ids, ['Ana Ruiz', 'Rui Sá'], ['a@example.com', 'b@example.com']);
    expect(mapOf([h, 'Nombre', 'Email'], { sampleRows: rows, defaultCountry: country })[h]).toBe('externalId');
  });
  it('not in the middle of a file (a donation category\'s "Code": 1, 2), nor over codes with letters, repeated values or beside an id', () => {
    const mid = rowsOf(['Ana Ruiz', 'Rui Sá'], ['1', '2'], ['Tithe', 'Budget']);
    expect(mapOf(['Name', 'Code', 'Category Name'], { sampleRows: mid }).Code ?? null).toBe(null);
    expect(mapOf(['codigo', 'nome'], { sampleRows: rowsOf(['A12', 'B07'], ['Ana', 'Rui']) }).codigo ?? null).toBe(null);
    expect(mapOf(['Code', 'Name'], { sampleRows: rowsOf(['3', '3'], ['Ana', 'Rui']) }).Code ?? null).toBe(null);
    expect(mapOf(['Código', 'ID', 'Nombre'], { sampleRows: rowsOf(['1', '2'], ['77', '78'], ['Ana', 'Rui']) })['Código'] ?? null).toBe(null);
  });
});

describe('seventh part: six digits run together are no phone, and a weak phone header over short codes holds none', () => {
  it.each([['230010', 'DE'], ['410020', 'DE'], ['123456', 'FR'], ['654321', 'NL'], ['100234', 'IT']])('"%s" (%s) is no phone', (v, c) => {
    expect(sniffValue(v, { defaultCountry: c })).not.toBe('phone');
  });
  it.each([['089123456', 'DE'], ['0171 2223334', 'DE'], ['1712223334', 'DE'], ['0612345678', 'NL'], ['+49 30 123456', 'US'], ['06 12 34 56 78', 'FR']])('"%s" (%s) is still a phone', (v, c) => {
    expect(sniffValue(v, { defaultCountry: c })).toBe('phone');
  });
  // An SAP HR export (de-sap-hr-mitarbeiter-medizintechnik): the cost centre no longer votes for the main phone.
  it('a cost centre of six digits does not take the main phone from the mobile', () => {
    const rows = rowsOf(['0171 2223334', '0151 9876543'], ['230010', '410020'], ['01', '03']);
    expect(mapOf(['Handynummer', 'Kostenstelle', 'Dienstart'], { sampleRows: rows, defaultCountry: 'DE' })).toEqual({ Handynummer: 'phone', Kostenstelle: null, Dienstart: null });
  });
  it.each([['Dienstart', ['01', '03']], ['Dienstart', ['1', '12']], ['Telefon-Typ', ['2', '4']]])('"%s" over %j is no phone', (h, vs) => {
    const rows = rowsOf(['Ana', 'Rui'], vs);
    expect(mapOf(['Name', h], { sampleRows: rows, defaultCountry: 'DE' })[h] ?? null).toBe(null);
  });
  it('a weak phone header over numbers with a label, or a strong one over anything, stays', () => {
    expect(mapOf(['Name', 'phone numbers'], { sampleRows: rowsOf(['Ann', 'Lee'], ['Phone: 312-555-0111', 'Phone: 773-555-0190']) })['phone numbers']).toBe('phone');
    expect(mapOf(['Name', 'Telefon'], { sampleRows: rowsOf(['Ana', 'Rui'], ['01', '03']), defaultCountry: 'DE' }).Telefon).toBe('phone');
  });
});

describe('seventh part: a website header over words without a dot holds no web address', () => {
  // A Google Form for a training (en-gforms-training-attendance): "Domain" is the trainee's field, Python or MERN.
  it.each([
    ['Domain', ['Python', 'MERN']], ['Dominio', ['Marketing', 'Finanzas']], ['Domaine', ['Santé', 'Éducation']], ['Domein', ['ICT', 'Zorg']],
    ['Company Domain', ['Retail', 'Fintech']], ['website_domain', ['Healthcare', 'Logistics']],
  ])('"%s" over %j is not mapped', (h, vs) => {
    expect(mapOf(['Full Name', h], { sampleRows: rowsOf(['Ana Ruiz', 'Rui Sá'], vs) })[h] ?? null).toBe(null);
  });
  it.each([
    ['Website', ['https://acme.com', 'www.beta.de']], ['Company Website', ['acme.com', 'example.org']], ['Web', ['Acme.Com', 'Beta.Io']],
  ])('"%s" over %j stays the website', (h, vs) => {
    expect(mapOf(['Full Name', h], { sampleRows: rowsOf(['Ana Ruiz', 'Rui Sá'], vs) })[h]).toBe('website');
  });
  // (The website until the sixteenth part: the corpus's parts chose "not imported" for a bare domain, a company's key.)
  it.each([['Domain', ['acme.com', 'example.org']], ['Domain', ['Acme.Com', 'Beta.Io']], ['Dominio', ['empresa.es', '']]])(
    '"%s" over %j (a company\'s domain) is not the contact\'s website', (h, vs) => {
      expect(mapOf(['Full Name', h], { sampleRows: rowsOf(['Ana Ruiz', 'Rui Sá'], vs) })[h]).toBeNull();
    },
  );
  it('the field\'s full name is kept over words, less sure', () => {
    const s = suggestMapping(['Website'], { sampleRows: rowsOf(['Python', 'MERN']) })[0];
    expect(s.field).toBe('website');
    expect(s.confidence).toBeLessThan(0.8);
  });
});

describe('seventh part: a region column of compass points is no state; a trainee\'s and a lead\'s stage is a status', () => {
  it.each([
    ['REGIAO', ['Norte', 'Nordeste'], 'BR'], ['Regio', ['Midden', 'Noord'], 'NL'], ['Region', ['Midwest', 'Northeast'], 'US'], ['Regione', ['Nord', 'Sud'], 'IT'],
    ['Región', ['Centro', 'Noroeste'], 'MX'], ['region', ['Nord-Est', 'Sud-Ouest'], 'FR'], ['State', ['North', 'South East'], 'AU'], ['Bundesland', ['Nord', 'Süd'], 'DE'],
  ])('"%s" over %j is not mapped', (h, vs, c) => {
    expect(mapOf(['Nome', 'Cidade', h], { sampleRows: rowsOf(['Ana', 'Rui'], ['Manaus', 'Belém'], vs), defaultCountry: c })[h] ?? null).toBe(null);
  });
  it.each([
    ['Region', ['Lombardia', 'Toscana'], 'IT'], ['REGIAO', ['Minas Gerais', 'Bahia'], 'BR'], ['Regio', ['Noord-Holland', 'Zuid-Holland'], 'NL'],
    ['State', ['North Carolina', 'South Dakota'], 'US'], ['Région', ['Nord-Pas-de-Calais', 'Occitanie'], 'FR'],
  ])('"%s" over %j stays the state', (h, vs, c) => {
    expect(mapOf(['Nome', 'Cidade', h], { sampleRows: rowsOf(['Ana', 'Rui'], ['Manaus', 'Belém'], vs), defaultCountry: c })[h]).toBe('state');
  });
  // A driving school's pupils (es-autoescuela-alumnos-importar): "Estado" is the pupil's, active or in practice.
  it.each([['Activo', 'En prácticas'], ['NUEVO', 'EN PROCESO'], ['Cerrado', 'Abierto'], ['Em andamento', 'Novo']])('"Estado" over "%s", "%s" is a status', (a, b) => {
    expect(mapOf(['Nombre', 'Estado'], { sampleRows: rowsOf(['Ana', 'Rui'], [a, b]) }).Estado ?? null).toBe(null);
  });
  it.each(['En prácticas', 'EN PROCESO', 'Nuevo', 'In Bearbeitung', 'en cours', 'In behandeling', 'Em andamento', 'Closed'])('"%s" is a status', (v) => {
    expect(sniffValue(v)).toBe('status');
  });
  it('"Estado" over places stays the state', () => {
    expect(mapOf(['Nombre', 'Ciudad', 'Estado'], { sampleRows: rowsOf(['Ana', 'Rui'], ['Monterrey', 'Puebla'], ['Nuevo León', 'Puebla']) }).Estado).toBe('state');
  });
});

describe('seventh part: a login of email addresses is the email; an empty second "Email" is a leftover', () => {
  // A sailing club's Google Form (es-gform-club-nautico-molokai): members log in with their email.
  it.each(['Nome utente', 'Username', 'user_name', 'userName', 'Login', 'Benutzername', 'Nombre de usuario', "Nom d'utilisateur", 'Gebruikersnaam', 'Usuário'])(
    '"%s" over email addresses is the email when the file has none', (h) => {
      const rows = rowsOf(['socio1@example.es', 'marina.p@example.com'], ['Joan Ferrer', 'Marina Pons']);
      expect(mapOf([h, 'Nombre y Apellido'], { sampleRows: rows })[h]).toBe('email');
    });
  it('not beside another email column, nor over user names, nor under a header of someone else', () => {
    const rows = rowsOf(['socio1@example.es', 'marina.p@example.com'], ['joan@example.es', 'marina@example.com']);
    expect(mapOf(['Username', 'Email'], { sampleRows: rows })).toEqual({ Username: null, Email: 'email' });
    // (over handles, the file's only id of the person, it is the External ID: the twenty-sixth part's rule; never the email)
    expect(mapOf(['Username', 'Name'], { sampleRows: rowsOf(['jferrer', 'mpons'], ['Joan Ferrer', 'Marina Pons']) }).Username).toBe('externalId');
    expect(mapOf(['Referred by', 'Name'], { sampleRows: rowsOf(['ann@example.com', 'lee@example.com'], ['Joan Ferrer', 'Marina Pons']) })['Referred by']).toBe(null);
  });
  // A family event's Google Form (en-gforms-family-event-referral): the form's own "Email Address" left uncollected.
  it('of two columns that both call themselves the email, the empty one is not imported', () => {
    const rows = rowsOf(['', ''], ['Denise Harper', 'Carlos Medina'], ['denise@example.com', 'cm@example.net']);
    expect(mapOf(['Email Address', 'Full Name', 'Email'], { sampleRows: rows })).toEqual({ 'Email Address': null, 'Full Name': 'name', Email: 'email' });
    expect(mapOf(['E-Mail', 'Name', 'E-Mail-Adresse'], { sampleRows: rows, defaultCountry: 'DE' })).toEqual({ 'E-Mail': null, Name: 'name', 'E-Mail-Adresse': 'email' });
    const phones = rowsOf(['', ''], ['Ann Lee', 'Bo Chan'], ['(310) 555-0177', '(213) 555-0142']);
    expect(mapOf(['Phone', 'Name', 'Telephone'], { sampleRows: phones })).toEqual({ Phone: null, Name: 'name', Telephone: 'phone' });
  });
  it.each(['Email 2', 'Secondary Email', 'Other Email', 'Tertiary Email', 'Adresse de courrier 2'])('an empty "%s" still adds to the additional emails', (h) => {
    const rows = rowsOf(['denise@example.com', 'cm@example.net'], ['', '']);
    expect(mapOf(['Email', h], { sampleRows: rows })[h]).toBe('additionalEmails');
  });
});

describe('seventh part: beside an unqualified address, a mailing address filled as often is the contact\'s', () => {
  const fieldsOf = (h: string[], rows: string[][], c = 'US') => suggestMapping(h, { sampleRows: rows, defaultCountry: c }).map((s) => s.field);
  // A skip-traced property list (en-property-list-skip-traced-wide): the parcel's address first, the owner's mailing address later.
  it('a property list: the owner\'s mailing address, not the parcel\'s', () => {
    const h = ['Address', 'City', 'State', 'Zip', 'APN', 'Mailing Address', 'Mailing City', 'Mailing State', 'Mailing Zip', 'Phone 1'];
    const rows = [['123 Main St', 'Houston', 'TX', '77084', '123-456-007-0001', 'PO Box 1184', 'Houston', 'TX', '77001', '(713) 555-0123'],
      ['4410 Pine Hollow Dr', 'Katy', 'TX', '77494', '045-221-003-0040', '4410 Pine Hollow Dr', 'Katy', 'TX', '77494', '(281) 555-0178']];
    expect(fieldsOf(h, rows)).toEqual([null, null, null, null, null, 'address1', 'city', 'state', 'postalCode', 'phone']);
  });
  it.each([
    [['Address', 'City', 'Mailing_Address', 'Mailing_City'], 'US'], [['site_address', 'site_city', 'mailingAddress', 'mailingCity'], 'US'],
    [['Address', 'City', 'Postal Address', 'Postal City'], 'AU'], [['Adres', 'Plaats', 'Correspondentieadres', 'Correspondentie plaats'], 'NL'],
  ])('%j: the mailing columns', (h, c) => {
    const rows = [['12 Main St', 'Springfield', 'PO Box 12', 'Springfield'], ['3 Oak Ave', 'Shelby', '3 Oak Ave', 'Shelby']];
    const f = fieldsOf(h, rows, c);
    expect(f.slice(2)).toEqual(['address1', 'city']);
    expect(f.slice(0, 2).filter((x) => x === 'address1' || x === 'city')).toEqual([]);
  });
  it('a mailing address filled less often ("if different") leaves the unqualified one', () => {
    const rows = [['1 Main St', 'Austin', '', ''], ['3 Oak St', 'Waco', 'PO Box 4', 'Waco'], ['5 Pine St', 'Waco', '', '']];
    expect(fieldsOf(['Address', 'City', 'Mailing Address (if different)', 'Mailing City'], rows)).toEqual(['address1', 'city', null, null]);
  });
  it('Salesforce\'s mailing and other addresses, and an address beside a postal code, stay as they were', () => {
    const sf = [['1 Main St', 'Austin', '2 Elm St', 'Dallas'], ['3 Oak St', 'Waco', '', '']];
    expect(fieldsOf(['Mailing Street', 'Mailing City', 'Other Street', 'Other City'], sf)).toEqual(['address1', 'city', null, null]);
    const gb = [['1 Main St', 'Leeds', 'LS1 4AP'], ['2 High St', 'York', 'YO1 7HH']];
    expect(fieldsOf(['Address', 'City', 'Postal Code'], gb, 'GB')).toEqual(['address1', 'city', 'postalCode']);
  });
});

describe('seventh part: files without a header row: a lead\'s stage is no name, shared files\' links are no website', () => {
  const fields = (rows: string[][], country: string) => suggestMapping(rows[0].map(() => ''), { sampleRows: rows, defaultCountry: country }).map((s) => s.field);
  // A car dealer's Google Form pasted without its header (es-pe-ventas-vehiculos-gform-sin-encabezado).
  it('a full name of four words is the name when a town and a stage in capitals stand later', () => {
    const rows = [['Jorge Luis Quispe Mamani', '987 654 321', 'https://drive.example.com/open?id=1aB', 'Arequipa', 'EN PROCESO'],
      ['Rosa Elena Huamán', '912345678', 'https://drive.example.com/open?id=2cD', 'Lima', 'NUEVO'],
      ['Carlos Mendoza Ríos', '923 456 789', 'https://drive.example.com/open?id=3eF', 'Cusco', 'CERRADO']];
    expect(fields(rows, 'PE')).toEqual(['name', 'phone', null, null, null]);
  });
  it.each([
    [['Anna', 'NEU', 'a@example.de'], ['Jonas', 'OFFEN', 'j@example.de'], 'DE'], [['Marie', 'Nouveau', 'm@example.fr'], ['Louis', 'En cours', 'l@example.fr'], 'FR'],
    [['Ana', 'Novo', 'a@example.com.br'], ['Rui', 'Fechado', 'r@example.com.br'], 'BR'], [['Lisa', 'Open', 'l@example.com'], ['Mark', 'Won', 'm@example.com'], 'US'],
  ])('a stage beside a given name is no last name (%j)', (a, b, c) => {
    expect(fields([a, b], c)[1]).toBe(null);
  });
  it('a family name in capitals beside a given name is still read as one', () => {
    expect(fields([['DUPONT', 'Marie', 'm@example.fr'], ['MARTIN', 'Louis', 'l@example.fr']], 'FR')).toEqual(['lastName', 'firstName', 'email']);
  });
  it.each([
    'https://drive.google.com/open?id=1aB', 'https://drive.google.com/file/d/1aB/view', 'https://docs.google.com/document/d/1x/edit',
    'https://www.dropbox.com/s/abc/scan.pdf?dl=0', 'https://1drv.ms/b/s!Abc', 'https://acme.sharepoint.com/:b:/s/team/Eabc',
  ])('links to shared files ("%s") vote for no website, nor a street', (link) => {
    const rows = [['Ana Ruiz', link, 'a@example.com'], ['Rui Sá', link.replace(/1aB|abc|Abc|1x/, 'zz9'), 'r@example.com']];
    expect(fields(rows, 'US')[1]).toBe(null);
  });
  it('a home page still votes for the website', () => {
    expect(fields([['Ana Ruiz', 'https://www.acme.com', 'a@example.com'], ['Rui Sá', 'https://beta.example.org/', 'r@example.com']], 'US')[1]).toBe('website');
  });
  it.each(['https://drive.example.com/open?id=1aB', 'www.parkdrive.example.com/2', 'info2@drive-in.example.com'])('"%s" is no street line', (v) => {
    expect(isStreetText(v)).toBe(false);
  });
});

describe('seventh part: a column no header names, of the file\'s country\'s regions, is the state beside an address', () => {
  const base = (h: string, vs: string[], c: string) =>
    mapOf(['Name', 'Street', 'Postal code', h], { sampleRows: rowsOf(['Ana Ruiz', 'Rui Sá', 'Bo Chan'], ['Main St 1', 'High St 2', 'Elm St 3'], ['12345', '23456', '34567'], vs), defaultCountry: c })[h];
  it.each([
    ['UF_ESTADO', ['AM', 'PA', 'SP'], 'BR'], ['Cantone', ['Ticino', 'Ticino', 'Graubünden'], 'CH'], ['PR', ['OR', 'OR', 'CA'], 'IT'], ['PV', ['BG', 'BS', 'MI'], 'IT'],
    ['BL', ['Bayern', 'Baden-Württemberg', 'Hessen'], 'DE'], ['Prov', ['Noord-Holland', 'Utrecht', 'Zeeland'], 'NL'], ['St', ['TX', 'CA', 'NY'], 'US'],
    ['Prov', ['ON', 'QC', 'BC'], 'CA'], ['Reg', ['Lombardia', 'Veneto', 'Lazio'], 'IT'], ['Xyz', ['Île-de-France', 'Bretagne', 'Occitanie'], 'FR'],
    ['Comunidad', ['Andalucía', 'Cataluña', 'Galicia'], 'ES'], ['Edo', ['Jalisco', 'Nuevo León', 'Puebla'], 'MX'],
  ])('"%s" over %j (%s) is the state', (h, vs, c) => {
    expect(base(h, vs, c)).toBe('state');
  });
  it.each([
    ['Ort_', ['Berlin', 'Hamburg', 'Bremen'], 'DE'], ['Xyz', ['München', 'Bayern', 'Köln'], 'DE'], ['Code', ['AM', 'PA', 'XX'], 'BR'],
    ['Herkunft', ['DE', 'FR', 'AT'], 'DE'], ['Kat', ['A', 'B', 'C'], 'IT'], ['Country', ['US', 'CA', 'MX'], 'US'],
  ])('"%s" over %j (%s) is not', (h, vs, c) => {
    expect(base(h, vs, c)).not.toBe('state');
  });
  it('not without an address, nor beside a header that names the state', () => {
    expect(mapOf(['Name', 'Xyz'], { sampleRows: rowsOf(['Ana', 'Rui'], ['Bayern', 'Hessen']), defaultCountry: 'DE' }).Xyz ?? null).toBe(null);
    const rows = rowsOf(['Bonn', 'Köln'], ['NRW', 'NRW'], ['Bayern', 'Hessen']);
    expect(mapOf(['Stadt', 'Bundesland', 'Xyz'], { sampleRows: rows, defaultCountry: 'DE' })).toMatchObject({ Bundesland: 'state', Xyz: null });
  });
  // An address dump without its header row (de-adressen-dump-ohne-kopfzeile): the Land after the phones and the website.
  it('a file without a header row: the Land is the state', () => {
    const rows = [['Jonas', 'Hofmann', 'Leopoldstraße 12', '80802', 'München', '089123456', 'Bayern', 'DE'],
      ['Petra', 'Lange', 'Sendlinger Str. 40', '80331', 'München', '089765432', 'Bayern', 'DE'],
      ['Ali', 'Şahin', 'Karlstraße 7', '76133', 'Karlsruhe', '0721445566', 'Baden-Württemberg', 'DE']];
    expect(suggestMapping(rows[0].map(() => ''), { sampleRows: rows, defaultCountry: 'DE' }).map((s) => s.field))
      .toEqual(['firstName', 'lastName', 'address1', 'postalCode', 'city', 'phone', 'state', 'country']);
  });
});

describe('seventh part: without a header row, a second column of numbers as dialled at home beside a phone is a phone too', () => {
  const fields = (rows: string[][], country: string) => suggestMapping(rows[0].map(() => ''), { sampleRows: rows, defaultCountry: country }).map((s) => s.field);
  it.each([
    ['DE', [['Jonas Hofmann', '089123456', '0170123456'], ['Petra Lange', '089765432', '0171987654']]],
    ['NL', [['Daan de Vries', '0301234567', '0612345678'], ['Iris Kramer', '0201234567', '0687654321']]],
    ['DE', [['Jonas Hofmann', '089123456', '0170123456'], ['Petra Lange', '089765432', ''], ['Ali Şahin', '0721445566', '0151234567']]],
  ])('(%s) the second column adds to the phones', (c, rows) => {
    expect(fields(rows, c).slice(1)).toEqual(['phone', 'additionalPhones']);
  });
  it('not without a phone beside it, nor short numbers', () => {
    expect(fields([['Jonas Hofmann', '0170123456'], ['Petra Lange', '0171987654']], 'DE')[1]).toBe(null);
    expect(fields([['Jonas Hofmann', '089123456', '01234567'], ['Petra Lange', '089765432', '01234599']], 'DE')[2]).toBe(null);
  });
});

describe('seventh part: without a header row, a business named after the person beside it, and where each lead came from', () => {
  const fields = (rows: string[][], country: string) => suggestMapping(rows[0].map(() => ''), { sampleRows: rows, defaultCountry: country }).map((s) => s.field);
  // Prospects pasted from a CSV without its header (fr-prospects-coller-csv-sans-entete).
  it('French prospects: the business, the person, the email, the source', () => {
    const rows = [['Boulangerie Lemaire', 'Anne Lemaire', 'anne@lemaire.example.fr', 'Gérante', 'salon'],
      ['Studio Kaplan', 'David Kaplan', 'david@kaplan.example.com', 'Fondateur', 'recommandation'],
      ['Transports Vidal', 'Sylvie Vidal', 's.vidal@vidal.example.fr', 'Directrice achats', 'linkedin']];
    expect(fields(rows, 'FR')).toEqual(['companyName', 'name', 'email', null, 'source']);
  });
  it.each([
    ['DE', [['Jonas Müller', 'Garage Müller', 'Messe'], ['Petra Schmidt', 'Bäckerei Schmidt', 'Empfehlung']], ['name', 'companyName', 'source']],
    ['IT', [['Pizzeria Rossi', 'Mario Rossi', 'passaparola'], ['Ottica Bianchi', 'Giulia Bianchi', 'fiera']], ['companyName', 'name', 'source']],
    ['ES', [['Taller García', 'Carlos García', 'Feria'], ['Farmacia López', 'Lucía López', 'Recomendación']], ['companyName', 'name', 'source']],
    ['NL', [['Bakkerij Jansen', 'Sanne Jansen', 'beurs'], ['Kapsalon Bakker', 'Lotte Bakker', 'Google']], ['companyName', 'name', 'source']],
  ])('(%s) %j', (c, rows, want) => {
    expect(fields(rows, c)).toEqual(want);
  });
  it('two people of one family are no business, nor is a name beside a different one', () => {
    expect(fields([['Anne Lemaire', 'Paul Lemaire', 'a@example.fr'], ['David Kaplan', 'Sara Kaplan', 'd@example.fr']], 'FR')).not.toContain('companyName');
    expect(fields([['Anne Lemaire', 'Yvette Lemaire', 'a@example.fr'], ['David Kaplan', 'Sara Kaplan', 'd@example.fr'], ['Marc Vidal', 'Odile Vidal', 'm@example.fr']], 'FR')).not.toContain('companyName');
    expect(fields([['Anne Lemaire', 'Paul Durand', 'a@example.fr'], ['David Kaplan', 'Sara Petit', 'd@example.fr']], 'FR')).not.toContain('companyName');
  });
  it('one channel for every row, or words that are no channel, are no source', () => {
    expect(fields([['Anne Lemaire', 'salon', 'a@example.fr'], ['David Kaplan', 'salon', 'd@example.fr']], 'FR')[1]).toBe(null);
    expect(fields([['Anne Lemaire', 'bleu', 'a@example.fr'], ['David Kaplan', 'vert', 'd@example.fr']], 'FR')[1]).toBe(null);
  });
});

describe('seventh part: a bare "name" beside the person\'s first and last names, over words with numbers, is a thing\'s', () => {
  // A webshop's fulfilment rows (mixed-nl-webshop-fulfilment-orders-wide): "name" is the product ordered.
  it.each([
    ['name', ['Het Grote Puzzelboek 2026', 'Kruiswoordpuzzel Deluxe']], ['Name', ['T-Shirt XL 2-pack', 'Mug 330 ml']],
    ['naam', ['Fiets 28 inch', 'Helm M']], ['Name', ['Kurs 3: Yoga', 'Kurs 7: Pilates']],
  ])('"%s" over %j is not imported', (h, vs) => {
    const rows = rowsOf(['Ingrid', 'Ruud'], ['de Boer', 'Hoekstra'], vs);
    expect(mapOf(['customerFirstname', 'customerLastname', h], { sampleRows: rows })[h] ?? null).toBe(null);
  });
  it('a name with an id in brackets, names without numbers, or a name without first and last name columns stay', () => {
    const ids = rowsOf(['Ann', 'Bo'], ['Lee', 'Chan'], ['Ann Lee (4521)', 'Bo Chan [77]']);
    expect(mapOf(['First Name', 'Last Name', 'Name'], { sampleRows: ids }).Name).toBe('name');
    const plain = rowsOf(['Ann', 'Bo'], ['Lee', 'Chan'], ['Ann Lee', 'Bo Chan']);
    expect(mapOf(['First Name', 'Last Name', 'Name'], { sampleRows: plain }).Name).toBe('name');
    // QuickBooks' customer names hold numbers ("1 Up Construction"): without first and last name columns, still the name.
    expect(mapOf(['Name', 'Email'], { sampleRows: rowsOf(['1 New Project', '1 Up Construction'], ['a@example.com', 'b@example.com']) }).Name).toBe('name');
  });
});

describe('seventh part: two-letter region codes under a header that names the state stay the state', () => {
  it.each([
    ['Estado', ['SP', 'RJ', 'AM'], 'BR'], ['UF', ['AM', 'PA', 'MG'], 'BR'], ['State', ['CA', 'PA', 'DE'], 'US'], ['Province', ['ON', 'NL', 'PE'], 'CA'],
    ['Provincia', ['BG', 'BS', 'MI'], 'IT'], ['Kanton', ['BE', 'GE', 'TI'], 'CH'], ['uf_estado', ['AM', 'PA', 'SE'], 'BR'],
  ])('"%s" over %j (%s) is the state', (h, vs, c) => {
    const rows = rowsOf(['Ana Ruiz', 'Rui Sá', 'Bo Chan'], ['Rua A 1', 'Rua B 2', 'Rua C 3'], ['Manaus', 'Belém', 'Aracaju'], vs);
    expect(mapOf(['Nome', 'Endereço', 'Cidade', h], { sampleRows: rows, defaultCountry: c })[h]).toBe('state');
  });
});

describe('eighth part: without a header row, street names without numbers, then the rest of the address block', () => {
  const fields = (rows: string[][], country: string) =>
    suggestMapping(rows[0].map(() => ''), { noHeader: true, defaultCountry: country, sampleRows: rows }).map((s) => s.field);
  it('a UK address book: house name or number, street, town, county, country, post code', () => {
    const rows = rowsOf(['Pemberton', 'Okonkwo', 'Fairbairn'], ['Alice Mary', 'Chidi', 'Ross'], ['01632 960123', '', '0131 496 0542'], ['020 7946 0811', '0161 496 0733', ''],
      ['07700 900321', '07700 900654', '07700 900987'], ['alice.pemberton@example.co.uk', 'chidi.okonkwo@example.co.uk', 'ross.fairbairn@example.co.uk'],
      ['Rose Cottage', '14', '3F2'], ['Mill Lane', 'Wilmslow Road', 'Marchmont Crescent'], ['Little Shelford', 'Manchester', 'Edinburgh'],
      ['Cambridgeshire', 'Greater Manchester', 'Midlothian'], ['England', 'England', 'Scotland'], ['CB22 5EX', 'M14 5TQ', 'EH9 1HD']);
    expect(fields(rows, 'GB')).toEqual(['lastName', 'firstName', 'additionalPhones', 'additionalPhones', 'phone', 'email', null, 'address1', 'city', 'state', 'country', 'postalCode']);
  });
  it.each([
    ['US', ['Main Street', 'Oak Avenue', 'Elm Drive'], ['Springfield', 'Columbus', 'Austin'], ['IL', 'OH', 'TX'], ['62704', '43215', '73301']],
    ['CA', ['Maple Crescent', 'King Street', 'Bay Road'], ['Toronto', 'Ottawa', 'Halifax'], ['ON', 'ON', 'NS'], ['M5V 2T6', 'K1P 5J2', 'B3H 1A1']],
    ['AU', ['Sunset Parade', 'Pacific Highway', 'George Street'], ['Gold Coast', 'Gosford', 'Sydney'], ['QLD', 'NSW', 'NSW'], ['4217', '2250', '2000']],
    ['IE', ['Mill Road', 'Church Street', 'Abbey Lane'], ['Ennis', 'Galway', 'Kilkenny'], ['Clare', 'Galway', 'Kilkenny'], ['V95 X2Y3', 'H91 E2K3', 'R95 A6F2']],
    ['GB', ['Station Road', 'The Green Close', 'Bath Street'], ['Leeds', 'York', 'Glasgow'], ['West Yorkshire', 'North Yorkshire', 'Glasgow City'], ['LS1 4AP', 'YO1 7HH', 'G2 4JR']],
  ])('(%s) street names, town, region and postal code after the person', (country, street, town, region, postal) => {
    const rows = rowsOf(['Ada Lovelace', 'Ben Carter', 'Cleo Hart'], ['ada@example.com', 'ben@example.com', 'cleo@example.com'], street, town, region, postal);
    expect(fields(rows, country)).toEqual(['name', 'email', 'address1', 'city', 'state', 'postalCode']);
  });
  it('street names, then the post code and the town (most of Europe)', () => {
    const rows = rowsOf(['Noor de Vries', 'Sem Bakker'], ['Dorpsstraat', 'Kerkweg'], ['1012 AB', '3511 CD'], ['Amsterdam', 'Utrecht']);
    expect(fields(rows, 'NL')).toEqual(['name', 'address1', 'postalCode', 'city']);
  });
  it('a street name without a postal code after it is left alone (a name after a street could be a person\'s)', () => {
    const rows = rowsOf(['Ada Lovelace', 'Ben Carter'], ['Mill Lane', 'Wilmslow Road'], ['Manchester', 'Leeds'], ['Notes here', 'Call back']);
    expect(fields(rows, 'GB').slice(1)).toEqual([null, null, null]);
  });
  it('English street types read as street words', () => {
    for (const s of ['12 Marchmont Crescent', '4 Rose Grove', '9 Sunset Parade', '3 Kensington Gardens', '7 Stable Mews', '21 Harbour Esplanade']) expect(isStreetText(s)).toBe(true);
  });
  it('Scotland, Wales and Northern Ireland are countries', () => {
    for (const s of ['Scotland', 'Wales', 'Northern Ireland']) expect(sniffValue(s)).toBe('country');
  });
});

describe('eighth part: without a header row, the phone filled in more rows is the main one', () => {
  const fields = (rows: string[][], country: string) =>
    suggestMapping(rows[0].map(() => ''), { noHeader: true, defaultCountry: country, sampleRows: rows }).map((s) => s.field);
  it.each([
    ['GB', ['01632 960123', '', '0131 496 0542'], ['07700 900321', '07700 900654', '07700 900987'], ['additionalPhones', 'phone']],
    ['DE', ['0561 555014', '', '089 765432'], ['0151 5550187', '0170 5550129', '0176 5550190'], ['additionalPhones', 'phone']],
    ['FR', ['01 42 68 53 00', '04 78 42 10 10', ''], ['06 12 34 56 78', '07 61 22 33 44', '06 98 76 54 32'], ['additionalPhones', 'phone']],
    ['DE', ['0561 555014', '0251 555093', '089 765432'], ['0151 5550187', '', '0176 5550190'], ['phone', 'additionalPhones']],
    ['DE', ['0561 555014', '0251 555093', '089 765432'], ['0151 5550187', '0170 5550129', '0176 5550190'], ['phone', 'additionalPhones']],
  ])('(%s) the fuller column first, the first column on a tie', (country, a, b, want) => {
    const rows = rowsOf(['Ada Lovelace', 'Ben Carter', 'Cleo Hart'], a, b);
    expect(fields(rows, country).slice(1)).toEqual(want);
  });
  it('under headers, the headers decide', () => {
    const rows = rowsOf(['Ada', 'Ben', 'Cleo'], ['01632 960123', '', '0131 496 0542'], ['07700 900321', '07700 900654', '07700 900987']);
    expect(mapOf(['Name', 'Phone', 'Other phone'], { sampleRows: rows, defaultCountry: 'GB' })).toEqual({ Name: 'name', Phone: 'phone', 'Other phone': 'additionalPhones' });
  });
});

describe('eighth part: without a header row, of two name columns the one with legal forms is the company', () => {
  const fields = (rows: string[][], country: string) =>
    suggestMapping(rows[0].map(() => ''), { noHeader: true, defaultCountry: country, sampleRows: rows }).map((s) => s.field);
  it.each([
    ['DE', ['Schreinerei Holzwurm GmbH', 'Praxis Dr. Lenz', 'Bäckerei Sommer'], ['Tobias Reuter', 'Dr. Carola Lenz', 'Gerda Sommer']],
    ['GB', ['Harbour Joinery Ltd', 'Smith Dental', 'Green Leaf Cafe'], ['Tom Harris', 'Dr. Jane Smith', 'Priya Patel']],
    ['FR', ['Boulangerie Martin SARL', 'Cabinet Dupont', 'Atelier Roux'], ['Paul Martin', 'Claire Dupont', 'Hugo Roux']],
    ['ES', ['Talleres Ruiz S.L.', 'Clínica Dra. Vega', 'Panadería Sol'], ['Marta Ruiz', 'Dra. Elena Vega', 'Luis Sol']],
    ['IT', ['Falegnameria Rossi S.p.A.', 'Studio Bianchi', 'Forno Verdi'], ['Marco Rossi', 'Giulia Bianchi', 'Luca Verdi']],
    ['NL', ['Bakkerij Jansen B.V.', 'Praktijk De Wit', 'Kapsalon Mooi'], ['Piet Jansen', 'Anna de Wit', 'Sanne Mooi']],
  ])('(%s) the business column before the person column', (country, firms, people) => {
    const rows = rowsOf(firms, people, ['info@a.example', 'b@b.example', 'c@c.example']);
    expect(fields(rows, country)).toEqual(['companyName', 'name', 'email']);
  });
  it('the person column first, then the business column', () => {
    const rows = rowsOf(['Tobias Reuter', 'Carola Lenz'], ['Schreinerei Holzwurm GmbH', 'Lenz Praxis'], ['t@a.example', 'c@b.example']);
    expect(fields(rows, 'DE')).toEqual(['name', 'companyName', 'email']);
  });
  it('a single column of people, one with a legal form among them, stays the names', () => {
    const rows = rowsOf(['Tobias Reuter', 'Carola Lenz', 'Holzwurm GmbH', 'Gerda Sommer'], ['t@a.example', 'c@b.example', 'h@c.example', 'g@d.example']);
    expect(fields(rows, 'DE')).toEqual(['name', 'email']);
  });
  it('two columns of people, no legal form: no company', () => {
    const rows = rowsOf(['Tobias Reuter', 'Carola Lenz'], ['Gerda Sommer', 'Jonas Weber'], ['t@a.example', 'c@b.example']);
    expect(fields(rows, 'DE')).not.toContain('companyName');
  });
});

describe('eighth part: the UK\'s and Ireland\'s counties are regions, for a column no header names beside an address', () => {
  it.each([
    ['GB', ['Cambridgeshire', 'Greater Manchester', 'Midlothian']],
    ['GB', ['West Yorkshire', 'Kent', 'County Durham']],
    ['GB', ['Co. Antrim', 'Fermanagh', 'Gwynedd']],
    ['IE', ['Co. Clare', 'Kerry', 'Tipperary']],
    ['IE', ['County Mayo', 'Meath', 'Galway']],
  ])('(%s) %j is the state', (country, counties) => {
    const rows = rowsOf(['Ada Lovelace', 'Ben Carter', 'Cleo Hart'], ['12 Mill Lane', '3 Bridge Street', '9 Abbey Road'], ['Ely', 'Bolton', 'Dalkeith'], counties);
    expect(mapOf(['Name', 'Street', 'Town', 'Lieutenancy'], { sampleRows: rows, defaultCountry: country }).Lieutenancy).toBe('state');
  });
  it('(IE) a column of towns that are also counties alone stays unmapped', () => {
    const rows = rowsOf(['Ada Lovelace', 'Ben Carter'], ['12 Mill Lane', '3 Bridge Street'], ['Galway', 'Cork']);
    expect(mapOf(['Name', 'Street', 'Lieutenancy'], { sampleRows: rows, defaultCountry: 'IE' }).Lieutenancy ?? null).toBe(null);
  });
  it('(US) English counties are no US states', () => {
    const rows = rowsOf(['Ada Lovelace', 'Ben Carter'], ['12 Mill Lane', '3 Bridge Street'], ['Ely', 'Bolton'], ['Cambridgeshire', 'Kent']);
    expect(mapOf(['Name', 'Street', 'Town', 'Lieutenancy'], { sampleRows: rows, defaultCountry: 'US' }).Lieutenancy ?? null).toBe(null);
  });
});

describe('eighth part: a weak id header over words written as names holds the names of things, not ids', () => {
  const rows = (vals: string[]) => rowsOf(vals, ['Ada Lee', 'Ben Ray', 'Cleo Hart']);
  it.each([
    ['Voice ID', ['Puck', 'Aoede', 'Charon']],
    ['Theme ID', ['Ocean', 'Forest Green', 'Sunset']],
    ['Badge ID', ['Gold', 'Silver', 'Bronze']],
    ['Okta ID', ['Émilie', 'Zoë', "O'Neil"]],
  ])('"%s" over %j is not imported', (h, vals) => {
    expect(mapOf([h, 'Name'], { sampleRows: rows(vals) })[h] ?? null).toBe(null);
  });
  it.each([
    ['Okta ID', ['vc_101', 'vc_102', 'vc_103']],
    ['Okta ID', ['00u1ab2CD3', '00u1ab2CD4', '00u1ab2CD5']],
    ['Badge ID', ['ABC', 'DEF', 'GHI']],
    ['Okta ID', ['fprieto', 'jlopez', 'mruiz']],
    ['Customer ID', ['Puck', 'Aoede', 'Charon']],
  ])('"%s" over %j stays the External ID', (h, vals) => {
    expect(mapOf([h, 'Name'], { sampleRows: rows(vals) })[h]).toBe('externalId');
  });
});

describe('eighth part: digits run together without the trunk "0", where numbers are written with it, are no landline', () => {
  it.each([['411000124', 'FR'], ['401000017', 'FR'], ['30123456', 'DE'], ['205551234', 'NL'], ['2079460811', 'GB'], ['298765432', 'AU'], ['14255000', 'AT']])('"%s" (%s) is a number, not a phone', (v, c) => {
    expect(sniffValue(v, { defaultCountry: c })).toBe('number');
  });
  it.each([['612345678', 'FR'], ['1712223334', 'DE'], ['612345678', 'NL'], ['7911123456', 'GB'], ['33612345678', 'FR'], ['0411000124', 'FR'], ['01 42 68 53 00', 'FR'],
    ['912345678', 'ES'], ['3331234567', 'IT'], ['0612345678', 'IT'], ['21987654321', 'BR']])('"%s" (%s) is still a phone', (v, c) => {
    expect(sniffValue(v, { defaultCountry: c })).toBe('phone');
  });
  // The header rule reads a customer's account number as the External ID (general-rules.test.ts, eighth part); here
  // what matters is that its digits never make it a phone, and the phone keeps its own values.
  it('a French customer account column beside the phone is no phone; the phone keeps its values', () => {
    const rows = rowsOf(['Dupont SARL', 'Martin SAS'], ['01 42 68 53 00', '612345678'], ['411000124', '411000310']);
    expect(mapOf(['Nom', 'Téléphone', 'Numéro de Compte'], { sampleRows: rows, defaultCountry: 'FR' })).toMatchObject({ Téléphone: 'phone', 'Numéro de Compte': 'externalId' });
    expect(mapOf(['Nom', 'Téléphone', 'Code Client', 'Numéro de Compte'], { sampleRows: rowsOf(['Dupont SARL'], ['01 42 68 53 00'], ['C001'], ['411000124']), defaultCountry: 'FR' })).toMatchObject(
      { Téléphone: 'phone', 'Code Client': 'externalId', 'Numéro de Compte': null });
  });
  it('(DE) a column of mobiles whose "0" a spreadsheet dropped, under no header word, still reads as phones', () => {
    const rows = rowsOf(['Anna Weber', 'Jonas Koch'], ['1712223334', '15112345678']);
    expect(mapOf(['Name', 'Kontakt 2'], { sampleRows: rows, defaultCountry: 'DE' })['Kontakt 2']).toBe('phone');
  });
});

describe('eighth part: a person\'s phone named by a person\'s word and a phone\'s ("Student mobile") holds the phone', () => {
  const rows = rowsOf(['Harper Lewis', 'Mateo Ruiz'], ['(614) 555-0116', '(614) 555-0129']);
  it.each(['Student mobile', 'Student phone', 'Member mobile'])('"%s" over phone numbers is the phone', (h) => {
    expect(mapOf(['Student', h], { sampleRows: rows, defaultCountry: 'US' })[h]).toBe('phone');
  });
  it('a name header over plain numbers without a phone word stays unmapped', () => {
    const r = rowsOf(['Harper Lewis', 'Mateo Ruiz'], ['5678', '5679']);
    expect(mapOf(['Student', 'Student'], { sampleRows: r, defaultCountry: 'US' })['Student (2)'] ?? null).toBe(null);
  });
});

describe('eighth part: a street line split into its number and its name', () => {
  it.each([
    ['AU', ['24', '3/115'], ['Sunset Parade', 'Pacific Hwy'], ['Chain Valley Bay', 'Charlestown'], ['2259', '2290']],
    ['US', ['1204', '58'], ['Portage Avenue', 'Birchwood Drive'], ['Winnipeg', 'Fargo'], ['58102', '58103']],
    ['GB', ['14', '3a'], ['Mill Lane', 'Wilmslow Road'], ['Ely', 'Manchester'], ['CB7 4AA', 'M14 5TQ']],
  ])('(%s) "Street Number" holds house numbers, the street names beside them are the street', (country, num, street, town, postal) => {
    const rows = rowsOf(['Aaron Whitfield', 'Grace Pham'], num, street, town, postal);
    expect(mapOf(['Customer Name', 'Street Number', 'Street Name', 'City', 'Postal Code'], { sampleRows: rows, defaultCountry: country })).toEqual(
      { 'Customer Name': 'name', 'Street Number': null, 'Street Name': 'address1', City: 'city', 'Postal Code': 'postalCode' });
  });
  // A house number alone is never imported (general-rules.test.ts, eighth part), whatever its column holds.
  it('a street header over whole street lines is kept beside a house number column', () => {
    const rows = rowsOf(['Ann Lee', 'Bo Ray'], ['24 Sunset Parade', '3/115 Pacific Hwy'], ['24', '3/115'], ['Gosford', 'Sydney']);
    expect(mapOf(['Name', 'Street', 'Street Number', 'City'], { sampleRows: rows, defaultCountry: 'AU' })).toEqual({ Name: 'name', Street: 'address1', 'Street Number': null, City: 'city' });
  });
  it('without a town or postal code, street names beside house numbers are left alone', () => {
    const rows = rowsOf(['Ann Lee', 'Bo Ray'], ['24', '3'], ['Sunset Parade', 'Pacific Hwy']);
    expect(mapOf(['Name', 'No', 'Thoroughfare'], { sampleRows: rows, defaultCountry: 'AU' }).Thoroughfare ?? null).toBe(null);
  });
});

describe('eighth part: a weak id header over dates, years or months of a year holds since when, not an id', () => {
  it.each([
    ['Mitglied seit', ['2019', '03/2022']],
    ['Mitglied seit', ['2023-05-01', '']],
    ['Voice ID', ['01.04.2015', '15.01.2023']],
    ['Badge ID', ['2021', '2024']],
  ])('"%s" over %j is not imported', (h, vals) => {
    const rows = rowsOf(['Anna Weber', 'Jonas Koch'], vals);
    expect(mapOf(['Name', h], { sampleRows: rows, defaultCountry: 'DE' })[h] ?? null).toBe(null);
  });
  it.each([
    ['Badge ID', ['2021', '']],
    ['Badge ID', ['2021-0042', '2021-0117']],
    ['Customer ID', ['2019', '2020']],
  ])('"%s" over %j stays the External ID', (h, vals) => {
    const rows = rowsOf(['Anna Weber', 'Jonas Koch'], vals);
    expect(mapOf(['Name', h], { sampleRows: rows, defaultCountry: 'DE' })[h]).toBe('externalId');
  });
});

describe('eighth part: portfolio networks (Behance, Dribbble) are social profiles, no website', () => {
  it.each([
    ['LinkedIn / Portfolio', ['https://linkedin.com/in/marcuslindgren', 'https://www.behance.net/aishabello']],
    ['Portfolio link', ['https://dribbble.com/ana', 'https://www.behance.net/bo']],
    ['Links', ['https://www.threads.net/@ana', 'https://pinterest.com/bo/']],
  ])('"%s" over %j is not the website', (h, vals) => {
    const rows = rowsOf(['Ana Lee', 'Bo Ray'], vals);
    expect(mapOf(['Full Name', h], { sampleRows: rows })[h] ?? null).toBe(null);
  });
  it('a portfolio on its own domain is the website', () => {
    const rows = rowsOf(['Ana Lee', 'Bo Ray'], ['https://analee.design', 'https://www.boray.studio']);
    expect(mapOf(['Full Name', 'Portfolio'], { sampleRows: rows }).Portfolio).toBe('website');
  });
});

describe('eighth part: a weak name header over yes/no marks, even one, holds a flag', () => {
  it.each([
    ['Ehrenmitglied', ['', 'x']],
    ['Ehrenmitglied', ['X', '']],
    ['Ehrenmitglied', ['', '✓']],
    ['Gründungsmitglied', ['', 'x']],
  ])('"%s" over %j is not imported', (h, vals) => {
    const m = mapOf(['Vorname', 'Nachname', h], { sampleRows: rowsOf(['Anna', 'Jonas'], ['Weber', 'Koch'], vals) });
    expect(m[h] ?? null).toBe(null);
  });
  it('a name column with a real name under the mark stays the name', () => {
    expect(mapOf(['Name'], { sampleRows: rowsOf(['', 'Xaver Huber']) }).Name).toBe('name');
  });
});

describe('a weak email header without one email under it holds something else', () => {
  it.each([
    ['Cor principal (#RRGGBB)', ['#1E5AA8', '#2F7D32', '#C62828']],
    ['Courrier préféré', ['Lettre', 'Colis', 'Lettre']],
  ])('"%s" over %j is not imported', (h, vals) => {
    const rows = rowsOf(['ana@example.com', 'bo@example.com', 'cy@example.com'], vals);
    expect(mapOf(['E-mail', h], { sampleRows: rows })[h] ?? null).toBeNull();
  });
  it('a strong email header keeps its field, less sure; a weak one over emails keeps it', () => {
    const rows = rowsOf(['Ana', 'Bo', 'Cy'], ['n/a', 'none', '-']);
    expect(mapOf(['Name', 'Email'], { sampleRows: rows }).Email).toBe('email');
    const emails = rowsOf(['Ana', 'Bo'], ['ana@example.com', 'bo@example.com']);
    expect(mapOf(['Name', 'Correo principal'], { sampleRows: emails })['Correo principal']).toBe('email');
  });
});

// The value rules read a sample value by its first 300 characters (src/engine/automap/index.ts): a hostile cell of
// 50,000 characters is read like its start, and a file of 1,000 name columns without a header row is mapped whole.
describe('hostile sample values and wide files without a header row', () => {
  const fieldsOf = (headers: string[], opts = {}) => suggestMapping(headers, opts).map((x) => x.field);
  it('a cell of 50,000 characters is read by its start', () => {
    const huge = 'A' + 'a'.repeat(50_000) + '1';
    const brackets = 'ab' + '('.repeat(50_000);
    expect(fieldsOf(['Email', 'Name', 'Notes'], { sampleRows: [['ann@example.com', 'Ann Lee', huge], ['bo@example.com', 'Bo Ray', brackets]] })).toEqual(['email', 'name', null]);
    expect(fieldsOf(['First Name', 'Last Name', 'Name'], { sampleRows: [['Ann', 'Lee', brackets], ['Bo', 'Ray', brackets]] })).toEqual(['firstName', 'lastName', 'name']);
    const longEmail = `${'x'.repeat(400)}@example.com`;
    expect(fieldsOf(['Email'], { sampleRows: [[longEmail], [longEmail]] })).toEqual(['email']);
  });
  it('a file of 1,000 name columns without a header row gets a suggestion for each, and no column twice the same one-value field', () => {
    const names = ['Anna Meyer', 'Jonas Koch', 'Lena Fischer', 'Paul Wagner'];
    const rows = Array.from({ length: 20 }, (_, r) => Array.from({ length: 1000 }, (_, c) => names[(r + c) % 4]));
    const s = suggestMapping(rows[0].map(() => ''), { sampleRows: rows });
    expect(s).toHaveLength(1000);
    expect(s.filter((x) => x.field === 'name').length).toBeLessThanOrEqual(1);
    expect(s.filter((x) => x.field === 'companyName').length).toBeLessThanOrEqual(1);
  });
});

describe('after the ninth part: a booking\'s or a registration\'s status under "Estado" or "State" is no region', () => {
  const rowsOf = (...cols: string[][]) => cols[0].map((_, r) => cols.map((c) => c[r]));
  it.each([
    ['Estado', ['confirmada', 'pendiente', 'cancelada'], 'ES'], ['Estado', ['Confirmado', 'Pago', 'Aguardando'], 'BR'], ['Etat', ['confirmée', 'en attente', 'annulée'], 'FR'],
    ['Stato', ['confermata', 'in attesa', 'annullata'], 'IT'], ['Staat', ['bevestigd', 'in afwachting', 'betaald'], 'NL'], ['State', ['accepted', 'checked in', 'no show'], 'US'],
  ])('"%s" over %j is not the state', (h, values, country) => {
    const m = suggestMapping(['Nombre', 'Email', h], { sampleRows: rowsOf(['Ana', 'Luis', 'Eva'], ['a@example.com', 'l@example.com', 'e@example.com'], values), defaultCountry: country });
    expect(m[2].field).toBeNull();
  });
  it.each([['Estado', ['Jalisco', 'Nuevo León', 'Puebla'], 'MX'], ['Estado', ['SP', 'RJ', 'MG'], 'BR'], ['State', ['TX', 'CA', 'NY'], 'US']])(
    '"%s" over regions %j stays the state', (h, values, country) => {
      const m = suggestMapping(['Nombre', 'Email', h], { sampleRows: rowsOf(['Ana', 'Luis', 'Eva'], ['a@example.com', 'l@example.com', 'e@example.com'], values), defaultCountry: country });
      expect(m[2].field).toBe('state');
    },
  );
});

describe('the default country is read whatever its case', () => {
  it('"de" reads German numbers as "DE" does, in the mapping and in the header-row search', () => {
    const rows = [['Anna Weber', '030 12345678', '0170 1234567'], ['Jonas Becker', '089 98765432', '0151 2345678']];
    const upper = suggestMapping(['Name', 'Nummer', 'Mobil'], { sampleRows: rows, defaultCountry: 'DE' }).map((s) => s.field);
    expect(suggestMapping(['Name', 'Nummer', 'Mobil'], { sampleRows: rows, defaultCountry: 'de' }).map((s) => s.field)).toEqual(upper);
    expect(isValidPhoneText('030 12345678', 'de')).toBe(true);
    expect(isPossiblePhoneText('0170 1234567', 'de')).toBe(true);
    expect(detectHeaderRow([['', '030 12345678', ''], ['Anna Weber', '030 12345678', '0170 1234567']], { defaultCountry: 'de' })).toEqual(
      detectHeaderRow([['', '030 12345678', ''], ['Anna Weber', '030 12345678', '0170 1234567']], { defaultCountry: 'DE' }));
  });
});

describe('tenth part: a date header, due dates, digit-and-dash numbers and a lone status say what a column is not', () => {
  const people = { Name: ['Anna Weber', 'Jonas Koch', 'Lena Fischer'], Email: ['a@example.de', 'j@example.de', 'l@example.de'] };
  const withPeople = (h: string, values: string[], country = 'DE') =>
    suggestMapping(['Name', 'Email', h], { sampleRows: rowsOf(people.Name, people.Email, values), defaultCountry: country, currentYear: 2026 })[2].field;
  const stamps = ['1771930800', '1772535600', '1712223334'];
  it.each(['signondate', 'Anmeldedatum', 'Fecha alta', 'Data cadastro', "Date d'inscription", 'Data iscrizione', 'Aanmelddatum', 'created_timestamp'])(
    '"%s" over ten-digit Unix timestamps is no phone', (h) => {
      expect(withPeople(h, stamps)).toBeNull();
    },
  );
  it.each(['Sonstiges', 'Kontakt', 'Mobile data', 'Mandate'])('"%s" over the same digits (mobiles whose "0" was dropped) is still a phone', (h) => {
    expect(['phone', 'additionalPhones']).toContain(withPeople(h, stamps));
  });

  it.each([['Data Vencimento', ['2026-04-10', '2026-05-05', '2027-01-10'], 'BR'], ['Fecha de vencimiento', ['10/04/2026', '05/05/2026', ''], 'ES']])(
    'a weak birth-date header "%s" over due dates of this year or later is no date of birth', (h, values, country) => {
      expect(withPeople(h, values, country)).not.toBe('dateOfBirth');
    },
  );
  it.each([['Data Nascimento', 'BR'], ['Geburtsdatum', 'DE'], ['Date of birth', 'US'], ['Fecha de nacimiento', 'ES']])('"%s" over dates of past years stays the date of birth', (h, country) => {
    expect(withPeople(h, ['1980-04-10', '1992-05-05', '2001-01-10'], country)).toBe('dateOfBirth');
  });

  it.each([['Conta', ['12345-6', '98765-4', '55501-2']], ['Company', ['2024/118', '2024/119', '2025/7']], ['Firma', ['10.200.3', '10.200.4', '']]])(
    'a name or company header "%s" over digits joined by dashes, dots or slashes holds numbers', (h, values) => {
      expect(withPeople(h, values)).toBeNull();
    },
  );
  it.each([['Company', ['3M Deutschland', '7-Eleven Inc.', 'Acme 2000 GmbH']], ['Firma', ['Müller & Söhne', 'B2B Handel', 'K 2']]])('"%s" over names with digits stays the company', (h, values) => {
    expect(withPeople(h, values)).toBe('companyName');
  });

  it.each([['Estado', 'En curso', 'EC'], ['Estado', 'Pendiente', 'ES'], ['Status', 'In Bearbeitung', 'DE'], ['State', 'in progress', 'US'], ['Stato', 'In corso', 'IT'], ['Etat', 'En cours', 'FR'], ['Staat', 'In behandeling', 'NL']])(
    '"%s" over one value, a status ("%s"), is not the state', (h, v) => {
      expect(suggestMapping(['Nombre', h], { sampleRows: [['Ana Ruiz', v], ['Luis Mora', '']] })[1].field).not.toBe('state');
    },
  );
  it.each([['Estado', 'Pichincha', 'EC'], ['Estado', 'Jalisco', 'MX'], ['State', 'TX', 'US']])('"%s" over one region ("%s") stays the state', (h, v, country) => {
    expect(suggestMapping(['Nombre', h], { sampleRows: [['Ana Ruiz', v], ['Luis Mora', '']], defaultCountry: country })[1].field).toBe('state');
  });
});

describe('tenth part: bare letter codes under a header of words that names no country are that header\'s codes', () => {
  const map = (h: string, values: string[], country = 'FR') =>
    suggestMapping(['Nom', 'Courriel', h], { sampleRows: rowsOf(['Perrin', 'Lemaire', 'Roux'], ['c@example.fr', 'a@example.fr', 'r@example.fr'], values), defaultCountry: country })[2].field;
  it.each([
    ['Règlement', ['CHE', 'ESP', 'CHE'], 'FR'], ['Database', ['CR', 'MF', 'CR'], 'US'], ['Kürzel', ['MF', 'CR', 'AT'], 'DE'], ['Turno', ['MA', 'MA', 'TF'], 'ES'],
    ['Turma', ['GA', 'GB', 'GA'], 'BR'], ['Reparto', ['CH', 'PE', 'CH'], 'IT'], ['Ploeg', ['BE', 'CA', 'BE'], 'NL'],
  ])('"%s" over %j is no country', (h, values, country) => {
    expect(map(h, values, country)).not.toBe('country');
  });
  it.each([['Страна', ['RU', 'RU', 'KZ']], ['Nat', ['DEU', 'FRA', 'ITA']], ['Zielmarkt', ['Deutschland', 'Österreich', 'Schweiz']], ['Mercado', ['España', 'Francia', 'Portugal']], ['Country', ['DE', 'FR', 'AT']], ['Pays', ['FRA', 'BEL', 'CHE']]])(
    '"%s" over %j is the country', (h, values) => {
      expect(map(h, values)).toBe('country');
    },
  );
  it('a file without a header row still reads a column of codes as the country', () => {
    const rows = [['Anna Weber', 'anna@example.de', 'DE'], ['Jonas Koch', 'jonas@example.de', 'AT'], ['Lena Roux', 'lena@example.fr', 'FR']];
    expect(suggestMapping(['', '', ''], { sampleRows: rows, defaultCountry: 'DE' })[2].field).toBe('country');
  });
});

describe('tenth part: a name column over the names of businesses, in a file with no company column, is the company', () => {
  const withAddress = (h: string, values: string[]) =>
    suggestMapping([h, 'Email', 'Plaats'], { sampleRows: rowsOf(values, ['a@example.com', 'b@example.com', 'c@example.com'], ['Wijchen', 'Beuningen', 'Nijmegen']) })[0].field;
  it.each([
    ['naam', ['Slagerij Hendriks', 'Eetcafé De Zwaan', 'Bakkerij Jansen']], ['Name', ['Riverside Bakery', 'Main Street Pharmacy', 'Hotel Europa']],
    ['Name', ['Bäckerei Krause', 'Metzgerei Hofmann', 'Gasthaus Linde']], ['Nombre', ['Panadería San José', 'Farmacia Central', 'Restaurante El Faro']],
    ['Nome', ['Padaria Estrela', 'Farmácia Popular', 'Oficina do Zé']], ['Nom complet', ['Boulangerie Martin', 'Pharmacie du Centre', 'Salon Chic']],
    ['Nome', ['Panificio Rossi', 'Farmacia Centrale', 'Ristorante Da Mario']], ['Name', ['Acme GmbH', 'Beta Ltd.', 'Stadtbäckerei Wolf']],
  ])('"%s" over %j is the company', (h, values) => {
    expect(withAddress(h, values)).toBe('companyName');
  });
  it.each([['naam', ['Pieter Kapper', 'Anna Bakker', 'Jan de Vries']], ['Nom complet', ['Marie Boulanger', 'Luc Boucher', 'Anne Roux']], ['Name', ['Hans Metzger', 'Eva Winkel', 'Jonas Koch']], ['Name', ['Acme GmbH', 'Anna Meyer', 'Jonas Koch']]])(
    '"%s" over %j stays the name', (h, values) => {
      expect(withAddress(h, values)).toBe('name');
    },
  );
  it('beside a company column, the name column stays the person\'s', () => {
    const m = suggestMapping(['Name', 'Firma'], { sampleRows: rowsOf(['Bäckerei Krause', 'Metzgerei Hofmann'], ['Krause GmbH', 'Hofmann KG']) });
    expect(m.map((s) => s.field)).toEqual(['name', 'companyName']);
  });
});

describe('tenth part: a lone "Département" of a list of people is a department, unless its values are the country\'s regions', () => {
  const staff = (h: string, values: string[], country: string) =>
    suggestMapping(['Prénom', 'Nom', 'Courriel', h], { sampleRows: rowsOf(['Karine', 'Olivier'], ['Côté', 'Tremblay'], ['k@example.ca', 'o@example.ca'], values), defaultCountry: country })[3].field;
  it.each([
    ['Département', ['Caisse', 'Réception'], 'CA'], ['Département', ['Comptabilité', 'Ventes'], 'FR'], ['Departement', ['Financiën', 'Inkoop'], 'NL'],
    ['Departamento', ['Ventas', 'Finanzas'], 'ES'], ['Departamento', ['Financeiro', 'Comercial'], 'BR'], ['Dipartimento', ['Vendite', 'Amministrazione'], 'IT'],
  ])('"%s" over %j is not the state', (h, values, country) => {
    expect(staff(h, values, country)).toBeNull();
  });
  it.each([['Département', ['Vienne', 'Aisne'], 'FR'], ['Département', ['Yvelines', "Val-d'Oise"], 'FR'], ['Département', ['Haute-Garonne', 'Bouches-du-Rhône'], 'FR']])(
    '"%s" over the country\'s départements %j stays the state', (h, values, country) => {
      expect(staff(h, values, country)).toBe('state');
    },
  );
  // (Until the sixteenth part, beside an address "Département" stayed the state whatever its values: now the values of a
  // country whose regions are known decide there too, as they do for a bare "Region".)
  it('beside an address, "Département" is the state over the country\'s départements, not over a company\'s departments', () => {
    const m = suggestMapping(['Nom', 'Ville', 'Département'], { sampleRows: rowsOf(['Côté', 'Roux'], ['Sherbrooke', 'Lyon'], ['Caisse', 'Réception']), defaultCountry: 'FR' });
    expect(m[2].field).toBeNull();
    const d = suggestMapping(['Nom', 'Ville', 'Département'], { sampleRows: rowsOf(['Côté', 'Roux'], ['Versailles', 'Lyon'], ['Yvelines', 'Rhône']), defaultCountry: 'FR' });
    expect(d[2].field).toBe('state');
    const co = suggestMapping(['Nombre', 'Ciudad', 'Departamento'], { sampleRows: rowsOf(['Ana', 'Luis'], ['Medellín', 'Cali'], ['Antioquia', 'Valle del Cauca']), defaultCountry: 'CO' });
    expect(co[2].field).toBe('state');
  });
  it('a column no header names, of French départements beside an address, is the state', () => {
    const m = suggestMapping(['Nom', 'Code postal', 'Commune', 'Zone'], { sampleRows: rowsOf(['Perrin', 'Lemaire'], ['78000', '31000'], ['Versailles', 'Toulouse'], ['Yvelines', 'Haute-Garonne']), defaultCountry: 'FR' });
    expect(m[3].field).toBe('state');
  });
});

describe('tenth part: a weak region header over towns written with their region is the city', () => {
  const one = (h: string, values: string[], country: string) => suggestMapping(['Name', h], { sampleRows: rowsOf(['Ann Lee', 'Bob Ray', 'Cy Fox'], values), defaultCountry: country })[1].field;
  it.each([
    ['City, State', ['Atlanta, GA', 'Miami, FL', 'Denver, CO'], 'US'], ['Stadt, Bundesland', ['München, Bayern', 'Köln, Nordrhein-Westfalen', 'Leipzig, Sachsen'], 'DE'],
    ['Ciudad, Provincia', ['Sevilla, Andalucía', 'Gijón, Asturias', 'Vigo, Galicia'], 'ES'], ['Plaats, Provincie', ['Zwolle, Overijssel', 'Delft, Zuid-Holland', 'Assen, Drenthe'], 'NL'],
    ['Estado', ['Campinas, SP', 'Niterói, RJ', 'Santos, SP'], 'BR'], ['Région', ['Lyon, Rhône', 'Lille, Nord', 'Brest, Finistère'], 'FR'], ['Region', ['Lyon, France', 'Graz, Austria', 'Bern, Switzerland'], 'US'],
  ])('"%s" over %j is the city', (h, values, country) => {
    expect(one(h, values, country)).toBe('city');
  });
  it.each([['Estado', ['SP', 'RJ', 'MG'], 'BR'], ['Region', ['Bayern', 'Sachsen', 'Hessen'], 'DE'], ['State', ['Austin, TX', 'Dallas, TX', 'Reno, NV'], 'US'], ['Provincia', ['Bergamo, BG', 'Brescia, BS', 'Lecce, LE'], 'IT'], ['Region', ['North, East', 'South, West', 'Central, North'], 'US']])(
    '"%s" over %j is not read as the city (regions alone, or a strong region header)', (h, values, country) => {
      expect(one(h, values, country)).not.toBe('city');
    },
  );
});

describe('tenth part, files without a header row: account roles are no names, and practices and offices are businesses', () => {
  it.each([
    ['EMPLOYEE', 'DE'], ['Student', 'DE'], ['Mitarbeiter', 'DE'], ['ALUMNO', 'ES'], ['Funcionário', 'BR'], ['Étudiant', 'FR'], ['Dipendente', 'IT'], ['Medewerker', 'NL'],
  ])('a column of "%s" in every row is no last name; the names beside it are', (role, country) => {
    const rows = [[role, 'Sabine', 'Krämer', 'sabine.kraemer@example.de'], [role, 'Tobias', 'Wolff', 't.wolff@example.de'], [role, 'Elif', 'Demir', 'elif.demir@example.de']];
    expect(suggestMapping(['', '', '', ''], { sampleRows: rows, defaultCountry: country }).map((s) => s.field)).toEqual([null, 'firstName', 'lastName', 'email']);
  });
  it('a family name that is no role word, the same in every row, is still a last name', () => {
    const rows = [['Sabine', 'Krämer', 'sabine@example.de'], ['Tobias', 'Krämer', 'tobias@example.de'], ['Elif', 'Krämer', 'elif@example.de']];
    expect(suggestMapping(['', '', ''], { sampleRows: rows, defaultCountry: 'DE' }).map((s) => s.field)).toEqual(['firstName', 'lastName', 'email']);
  });
  it.each([
    [['Whitfield Law Office', 'Okafor & Reyes LLC', 'Brandvold Family Law'], 'US'], [['Kanzlei Brandt', 'Rechtsanwälte Vogel & Roth', 'Praxis am Markt'], 'DE'],
    [['Bufete Ruiz', 'Abogados Castro', 'Lopez y Asociados'], 'ES'], [['Escritório Silva', 'Advogados Reis', 'Costa Ltda'], 'BR'], [['Cabinet Dupont', 'Avocats Martin', 'Étude Roux'], 'FR'],
    [['Studio Legale Rossi', 'Avvocati Bianchi', 'Notaio Verdi'], 'IT'], [['Advocatenkantoor De Vries', 'Notariskantoor Smit', 'Jansen Advocaten'], 'NL'],
  ])('a column of %j beside people is the company', (firms, country) => {
    const rows = firms.map((f, r) => [['Dana', 'Samuel', 'Ingrid'][r], ['Whitfield', 'Okafor', 'Brandvold'][r], `p${r}@example.com`, f]);
    expect(suggestMapping(['', '', '', ''], { sampleRows: rows, defaultCountry: country })[3].field).toBe('companyName');
  });
});

describe('tenth part, files without a header row: the first address block is the contact\'s, its streets with or without a street word', () => {
  it.each([
    ['NL', ['Oude Delft 41', 'Voorstraat 88'], ['2611 CB', '2611 JS'], ['Delft', 'Delft'], ['Hoofdstraat 5', 'Parklaan 22'], ['7461 AA', '3581 PN'], ['Rijssen', 'Utrecht']],
    ['DE', ['Wiehre 5', 'Poppelsdorfer Allee 12'], ['79100', '53115'], ['Freiburg', 'Bonn'], ['Hauptstraße 1', 'Lindenweg 3'], ['10115', '80331'], ['Berlin', 'München']],
    ['FR', ['Le Bourg 3', '12 rue Victor Hugo'], ['71000', '69003'], ['Mâcon', 'Lyon'], ['5 avenue Foch', '3 place Bellecour'], ['75016', '69002'], ['Paris', 'Lyon']],
  ])('%s: the first block is the address, the parents\' block after it is not', (country, street, postal, town, street2, postal2, town2) => {
    const rows = [0, 1].map((r) => [['Pieter', 'Marloes'][r], ['Kok', 'Meer'][r], street[r], postal[r], town[r], `p${r}@example.com`, street2[r], postal2[r], town2[r]]);
    expect(suggestMapping(rows[0].map(() => ''), { sampleRows: rows, defaultCountry: country }).map((s) => s.field)).toEqual(
      ['firstName', 'lastName', 'address1', 'postalCode', 'city', 'email', null, null, null]);
  });
  it('a name and a number without a street word, with no postal code after it, is no street', () => {
    const rows = [['Pieter Kok', 'Team Delft 4', 'p@example.nl'], ['Marloes Meer', 'Oude Garde 2', 'm@example.nl']];
    expect(suggestMapping(['', '', ''], { sampleRows: rows, defaultCountry: 'NL' })[1].field).toBeNull();
  });
  it.each(['7711 AB', '3771 CD', '12345 SA', '2611 BV'])('"%s", a postal code, is no company with a legal form', (v) => {
    expect(isCompanyText(v)).toBe(false);
  });
  it.each(['Volvo AB', '3M AG', 'Beta B.V.', 'Gamma S.A.'])('"%s" is a company', (v) => {
    expect(isCompanyText(v)).toBe(true);
  });
});

describe('tenth part, files without a header row: one email or link is enough, and an empty form\'s "http://" is nothing', () => {
  const rows = [['Martin', 'Krause', 'martin.krause@example.de', 'm.krause@firma.example', 'http://www.martin-krause.example', 'http://', 'martin.krause.bn'],
    ['Claudia', 'Fischer', 'claudia.fischer@example.net', '', 'http://', 'http://', 'claudia.fischer']];
  it('a column with one email address in the sample is one more email; one with one link is the website, before a chat handle\'s', () => {
    expect(suggestMapping(rows[0].map(() => ''), { sampleRows: rows, defaultCountry: 'DE' }).map((s) => s.field)).toEqual(
      ['firstName', 'lastName', 'email', 'additionalEmails', 'website', null, null]);
  });
  it.each(['http://', 'https://', 'http://www.', 'HTTP://'])('"%s" alone is an empty value', (v) => {
    expect(sniffValue(v)).toBe('empty');
  });
  it.each(['http://example.com', 'https://www.example.de/kontakt', 'www.example.org'])('"%s" is a web address', (v) => {
    expect(sniffValue(v)).toBe('url');
  });
  it('with a header row, one email under a header that says nothing is still not enough', () => {
    expect(suggestMapping(['Name', 'Notiz'], { sampleRows: [['Ann Lee', 'ann@example.com'], ['Bob Ray', '']] })[1].field).toBeNull();
  });
});

describe('tenth part, files without a header row: a first column of record numbers in a list of contacts is the External ID', () => {
  const fields = (first: string[], withEmail = true, country = 'NL') => {
    const rows = first.map((f, r) => [f, ['Pieter', 'Marloes', 'Sem'][r], ['Kok', 'Meer', 'Jong'][r], ...(withEmail ? [`p${r}@example.nl`] : [])]);
    return suggestMapping(rows[0].map(() => ''), { sampleRows: rows, defaultCountry: country }).map((s) => s.field);
  };
  it.each([[['1721', '1804', '1999']], [['100245', '100246', '100250']]])('%j is the External ID', (first) => {
    expect(fields(first)[0]).toBe('externalId');
  });
  it.each([[['1', '2', '3']], [['12', '13', '14']], [['1721', '1721', '1804']], [['0172', '0180', '0199']]])('%j (a row counter, a repeated or a zero-led number) is not', (first) => {
    expect(fields(first)[0]).toBeNull();
  });
  it('nor in a list without an email or a phone (a class list: first name, last name)', () => {
    expect(fields(['123456', '123457', '123460'], false)[0]).toBeNull();
  });
});

describe('tenth part: a weak name header over ways of reaching someone holds a channel, not a name', () => {
  const second = (h: string, values: string[]) => suggestMapping(['Email', h], { sampleRows: rowsOf(['a@example.com', 'b@example.com', 'c@example.com'], values) })[1].field;
  it.each([
    ['Preferred Contact', ['Email', '', 'Phone']], ['Kontakt', ['Telefon', 'Brief', 'E-Mail']], ['Contacto', ['Correo', 'Teléfono', 'WhatsApp']], ['Contato', ['Telefone', 'E-mail', 'WhatsApp']],
    ['Contact', ['Courriel', 'Téléphone', 'SMS']], ['Contatto', ['Telefono', 'Email', 'Lettera']], ['Contact', ['Telefoon', 'E-mail', 'Post']],
  ])('"%s" over %j is not imported', (h, values) => {
    expect(second(h, values)).toBeNull();
  });
  it.each([['Contact', ['Ann Lee', 'Bob Ray', 'Cy Fox']], ['Kontakt', ['Anna Weber', 'Jonas Koch', '']], ['Name', ['Email', 'Phone', 'Text']]])('"%s" over %j stays a name', (h, values) => {
    expect(second(h, values)).toBe('name');
  });
});

describe('tenth part: a weak town header over two-letter codes holds regions or countries, never towns', () => {
  const second = (h: string, values: string[], country = 'US') => suggestMapping(['Name', h], { sampleRows: rowsOf(['Ann Lee', 'Bob Ray', 'Cy Fox'], values), defaultCountry: country })[1].field;
  it.each([['Residence', 'US'], ['Residencia', 'ES'], ['Residência', 'BR'], ['Résidence', 'FR'], ['Residenza', 'IT'], ['Wohnsitz', 'DE']])('"%s" over ru, cy, de is the country', (h, country) => {
    expect(second(h, ['ru', 'cy', 'de'], country)).toBe('country');
  });
  it.each([['Residence', ['TX', 'ca', 'NY'], 'US'], ['Residência', ['SP', 'rj', 'MG'], 'BR']])('"%s" over the default country\'s region codes %j is the state', (h, values, country) => {
    expect(second(h, values, country)).toBe('state');
  });
  it('over codes that are neither, it is nothing', () => {
    expect(second('Residence', ['xx', 'zz', 'qq'])).toBeNull();
  });
  it.each([['Residence', ['Atlanta', 'Miami', 'Denver']], ['Ort', ['ru', 'cy', 'de']]])('"%s" over %j stays the city (towns, or a strong town header)', (h, values) => {
    expect(second(h, values, 'DE')).toBe('city');
  });
});

describe('tenth part: a company column over people\'s names, in a file with no name column, is the name', () => {
  const first = (h: string, values: string[]) => suggestMapping([h, 'Email'], { sampleRows: rowsOf(values, ['a@example.com', 'b@example.com', 'c@example.com']) })[0].field;
  it.each([
    ['ragione_sociale', ['BIANCHI LUCIA', 'VERDI ANDREA', 'ROSSI MARIA GRAZIA']], ['Company', ['Mary Johnson', 'David Miller', 'Susan Clark']], ['Firma', ['Weber, Anna', 'Koch, Jonas', 'Schulz, Lena']],
    ['Empresa', ['Lucía Prieto', 'Javier Ruiz', 'Carmen Gil']], ['Empresa', ['João Costa', 'Ana Reis', 'Pedro Lima']], ['Société', ['Claire Petit', 'Julie Moreau', 'Louis Girard']], ['Bedrijf', ['Daan Visser', 'Noor Bakker', 'Sem de Jong']],
  ])('"%s" over %j is the name', (h, values) => {
    expect(first(h, values)).toBe('name');
  });
  it.each([
    ['Company', ['Lakeside Fabrication', 'Pioneer Packaging Inc.', 'Mary Johnson']], ['Firma', ['Anna Weber Design und Beratung', 'Jonas Koch', 'Lena Schulz']],
    ['ragione_sociale', ['BIANCHI SRL', 'VERDI ANDREA', 'ROSSI MARIA']], ['Company', ['Acme', 'Globex', 'Initech']],
  ])('"%s" over %j stays the company', (h, values) => {
    expect(first(h, values)).toBe('companyName');
  });
  it('beside a name column, the company column stays the company', () => {
    const m = suggestMapping(['Name', 'Company'], { sampleRows: rowsOf(['Ann Lee', 'Bob Ray'], ['Mary Johnson', 'David Miller']) });
    expect(m[1].field).toBe('companyName');
  });
});

describe('tenth part: an email header read by a typo, without one email under it, holds something else', () => {
  const second = (h: string, values: string[]) => suggestMapping(['Name', h], { sampleRows: rowsOf(['Ann Lee', 'Bob Ray'], values) })[1].field;
  it.each([['AdresseParl', ['Deutscher Bundestag', 'Deutscher Bundestag']], ['Courrier', ['Reçu', 'Envoyé']]])('"%s" over %j is not an email', (h, values) => {
    expect(second(h, values)).toBeNull();
  });
  it.each(['Emial', 'E-Mial Adresse', 'Correo electronco', 'Courriell'])('"%s" over email addresses stays the email', (h) => {
    expect(second(h, ['ann@example.com', 'bob@example.com'])).toBe('email');
  });
});

describe('eleventh part: a phone its header names (a mobile, a typed phone) is the main phone before a column read as a phone by its values alone', () => {
  const fieldsOf = (headers: string[], cols: string[][], country = 'PE') => suggestMapping(headers, { sampleRows: rowsOf(...cols), defaultCountry: country }).map((s) => s.field);
  const mobiles = ['987 654 321', '956 123 478', '943 210 765'];
  // A Peruvian coordinators' list: the mobile, then a number for direct dialling, under a word no lexicon holds.
  it.each([
    [['CELULAR', 'NUMERO_DIRECTO'], [mobiles, ['51912345678', '51923456789', '51934567890']], 'PE'],
    [['NUMERO_DIRECTO', 'CELULAR'], [['51912345678', '51923456789', '51934567890'], mobiles], 'PE'],
    [['TELEFONO COOPERATIVA', 'CELULAR'], [['032 812 345', '07 2845 120', '022 345 678'], ['0991234567', '0987654321', '0998765432']], 'EC'],
    [['Zentrale', 'Handy'], [['030 1234567', '089 7654321', '040 2345678'], ['0151 23456789', '0170 1234567', '0160 9876543']], 'DE'],
    [['Vaste lijn', 'Mobiel'], [['020 1234567', '030 7654321', '010 2345678'], ['06 12345678', '06 87654321', '06 11223344']], 'NL'],
  ])('%j: the named mobile is the main phone', (headers, cols, country) => {
    const fields = fieldsOf(headers, cols, country);
    const mobile = headers.findIndex((h) => /celular|handy|mobiel/i.test(h));
    expect(fields[mobile]).toBe('phone');
    expect(fields[1 - mobile]).toBe('additionalPhones');
  });
  // What must not change: a plain "Phone" header is the main one before anything; a typed phone that is no mobile ("Work
  // Phone") does not pass a column read by its values; two columns read by their values go by how full they are.
  it('a plain "Phone" stays the main phone before a named mobile', () => {
    expect(fieldsOf(['Mobile', 'Phone'], [['(415) 555-0134', '(415) 555-0177'], ['(212) 555-0101', '(212) 555-0102']], 'US')).toEqual(['additionalPhones', 'phone']);
  });
  // Any phone its header names, a mobile or not, passes one read by its values alone: a number under a word no lexicon
  // holds may be anyone's, or no phone at all ("Téléphone personnel" of French Outlook, read by its name).
  it('a typed phone that is no mobile passes a column read by its values too', () => {
    expect(fieldsOf(['Numero directo', 'Work Phone'], [['(415) 555-0134', '(415) 555-0177'], ['(212) 555-0101', '(212) 555-0102']], 'US')).toEqual(['additionalPhones', 'phone']);
  });
  it('a named mobile with no number in it does not pass a column of numbers', () => {
    expect(fieldsOf(['Numero directo', 'Celular'], [['987 654 321', '956 123 478'], ['sí', 'no']], 'PE')[0]).toBe('phone');
  });
});

describe('eleventh part: a phone, website or date header over yes/no values is none of them, whatever its strength', () => {
  const second = (h: string, values: string[], country = 'BR') => suggestMapping(['Nome', h], { sampleRows: rowsOf(['Ana Souza', 'Rui Lima', 'Eva Dias'], values), defaultCountry: country })[1].field;
  // A Brazilian mailing list's "whatsapp" column says whether the contact takes messages there.
  it.each([
    ['whatsapp', ['sim', 'não', 'sim']], ['WhatsApp', ['yes', 'no', 'yes']], ['Telefone', ['Sim', 'Não', 'Não']], ['Phone', ['true', 'false', 'true']],
    ['Website', ['oui', 'non', 'oui']], ['Birthday', ['yes', 'no', 'yes']], ['Geburtsdatum', ['ja', 'nein', 'ja']],
    ['Handy', ['x', '', 'x', 'x']],
  ])('"%s" over %j is not imported', (h, values) => {
    expect(second(h, values)).toBeNull();
  });
  // What must not change: numbers under the same headers, one answer alone, a few yes/no among numbers.
  it.each([
    ['whatsapp', ['11 98765-4321', '21 99876-5432', '31 91234-5678'], 'phone'], ['Email', ['ana@example.com', 'rui@example.com', 'eva@example.com'], 'email'],
    ['Telefone', ['sim', '', ''], 'phone'], ['Telefone', ['11 98765-4321', 'não', '21 99876-5432', '31 91234-5678', '11 3456-7890'], 'phone'],
    // A strong email header is kept, less sure (../automap.test.ts).
    ['Email', ['yes', 'no', 'no'], 'email'],
  ])('"%s" over %j stays %s', (h, values, field) => {
    expect(second(h, values)).toBe(field);
  });
  it('a checkbox custom field over yes/no is still that field', () => {
    const m = suggestMapping(['Name', 'VIP'], { sampleRows: rowsOf(['Ann Lee', 'Bob Ray'], ['yes', 'no']), customFields: [{ key: 'vip', label: 'VIP', type: 'checkbox' as const }] });
    expect(m[1].field).toBe('vip');
  });
});

describe('eleventh part: links that open a chat (wa.me, api.whatsapp.com, t.me, m.me) are no website', () => {
  const second = (h: string, values: string[]) => suggestMapping(['Name', h], { sampleRows: rowsOf(['Ann Lee', 'Bob Ray', 'Eva Dias'], values), defaultCountry: 'PE' })[1].field;
  it.each([
    ['ENLACE_WHATSAPP', ['https://wa.me/51987654321', 'https://wa.me/51956123478', 'https://wa.me/51943210765']],
    ['Link WhatsApp', ['https://api.whatsapp.com/send?phone=5511987654321', 'https://api.whatsapp.com/send?phone=5521998765432', 'https://api.whatsapp.com/send?phone=5531912345678']],
    ['Link', ['https://t.me/annlee', 'https://t.me/bobray', 'telegram.me/evadias']],
    ['Lien', ['https://m.me/ann.lee', 'https://m.me/bob.ray', 'http://m.me/eva.dias']],
    ['', ['wa.me/51987654321', 'wa.me/51956123478', 'wa.me/51943210765']],
  ])('"%s" over %j is not the website', (h, values) => {
    expect(second(h, values)).toBeNull();
  });
  // What must not change: web addresses whose host only ends or starts like a chat link's, and a website header's own name.
  it.each([
    ['Link', ['https://start.me/p/annlee', 'https://www.example.com', 'https://smart.me/bob']],
    ['Link', ['https://www.team-me.example.com', 'https://bobray.example.org', 'https://www.evadias.example.pe']],
    ['', ['https://www.example.com', 'https://acme.example.pe', 'https://www.evadias.example.pe']],
    ['Website', ['https://wa.me/51987654321', 'https://wa.me/51956123478', 'https://wa.me/51943210765']],
  ])('"%s" over %j stays the website', (h, values) => {
    expect(second(h, values)).toBe('website');
  });
});

describe('eleventh part: a column under a registry number\'s name (ADELI, RPPS, FINESS, NPI, LANR, BSNR, BIG) is never a phone by its digits', () => {
  const third = (h: string, values: string[], country: string) =>
    suggestMapping(['Name', 'Telephone', h], { sampleRows: rowsOf(['Ann Lee', 'Bob Ray', 'Eva Dias'], ['', '', ''], values), defaultCountry: country })[2].field;
  // A French doctors' export: "adeli" holds nine digits, a French phone number without its "0".
  it.each([
    ['adeli', ['751234567', '691234568', '331234569'], 'FR'], ['N° ADELI', ['751234567', '691234568', '331234569'], 'FR'],
    ['finess', ['750712184', '690781810', '330781196'], 'FR'], ['numero_finess', ['750712184', '690781810', '330781196'], 'FR'],
    ['RPPS', ['0612345678', '0712345678', '0145678912'], 'FR'], ['NPI Number', ['2125550101', '4155550134', '3125550188'], 'US'],
    ['BSNR', ['0301234567', '0891234567', '0401234567'], 'DE'], ['BIG', ['0612345678', '0687654321', '0611223344'], 'NL'],
  ])('"%s" over %j is no phone', (h, values, country) => {
    expect(third(h, values, country)).toBeNull();
  });
  // What must not change: a header naming a phone, and a header the registers do not name, over the same digits.
  it.each([
    ['Téléphone cabinet', ['0145678912', '0478123456', '0556123456'], 'FR'], ['Accueil', ['01 45 67 89 12', '04 78 12 34 56', '05 56 12 34 56'], 'FR'],
    ['Numero directo', ['2125550101', '4155550134', '3125550188'], 'US'], ['Bigphone', ['0612345678', '0201234567', '0301234567'], 'NL'],
  ])('"%s" over %j is still a phone', (h, values, country) => {
    expect(['phone', 'additionalPhones']).toContain(third(h, values, country));
  });
});

describe('eleventh part: without a header, a column of regions named as their towns, after the town column, is the state', () => {
  const fieldsOf = (cols: string[][], country: string) => suggestMapping(cols.map(() => ''), { sampleRows: rowsOf(...cols), defaultCountry: country }).map((s) => s.field);
  // An invoicing program's customer file: tax id, name, street, town, postal code, province, phone; Spain's provinces
  // are named after their capitals.
  it('a Spanish customer file: the province after the postal code is the state', () => {
    expect(fieldsOf([['12345678Z', '23456789D', '34567890V'], ['Elena Márquez Gil', 'Tomás Ortega', 'Rosa Ibáñez Pardo'],
      ['Calle Alfonso I 12', 'Paseo Sagasta 40, 3ºB', 'Calle Delicias 7'], ['Zaragoza', 'Zaragoza', 'Huesca'], ['50003', '50006', '22003'],
      ['Zaragoza', 'Zaragoza', 'Huesca'], ['976123456', '654987321', '974220318']], 'ES')).toEqual([null, 'name', 'address1', 'city', 'postalCode', 'state', 'phone']);
  });
  it.each([
    ['ES', [['Calle Mayor 5', 'Avenida de la Paz 12', 'Calle Real 3'], ['Utebo', 'Jaca', 'Alcañiz'], ['50180', '22700', '44600'], ['Zaragoza', 'Huesca', 'Teruel']]],
    ['ES', [['Calle Mayor 5', 'Avenida de la Paz 12', 'Calle Real 3'], ['Sevilla', 'Málaga', 'Cádiz'], ['41001', '29001', '11001'], ['Sevilla', 'Málaga', 'Cádiz']]],
    ['DE', [['Hauptstraße 5', 'Bahnhofstraße 12', 'Lindenweg 3'], ['10115', '20095', '28195'], ['Berlin', 'Hamburg', 'Bremen'], ['Berlin', 'Hamburg', 'Bremen']]],
  ])('[%s] %j: the last column is the state', (country, cols) => {
    expect(fieldsOf(cols, country)[cols.length - 1]).toBe('state');
  });
  // What must not change: towns alone, and a column of such towns before the address, are not the state.
  it('a column of provincial capitals before the street is not the state', () => {
    const fields = fieldsOf([['Ana Ruiz', 'Luis Gil', 'Eva Sanz'], ['Sevilla', 'Toledo', 'Zaragoza'], ['Calle Mayor 5', 'Avenida de la Paz 12', 'Calle Real 3'], ['41001', '45001', '50001'], ['Dos Hermanas', 'Talavera', 'Utebo']], 'ES');
    expect(fields[1]).not.toBe('state');
  });
  it('the town column itself stays the city', () => {
    expect(fieldsOf([['Calle Mayor 5', 'Avenida de la Paz 12', 'Calle Real 3'], ['Sevilla', 'Málaga', 'Cádiz'], ['41001', '29001', '11001']], 'ES')).toEqual(['address1', 'city', 'postalCode']);
  });
  it('a column of towns after the town column that are no regions stays unmapped', () => {
    expect(fieldsOf([['Calle Mayor 5', 'Avenida de la Paz 12', 'Calle Real 3'], ['Sevilla', 'Málaga', 'Cádiz'], ['41001', '29001', '11001'], ['Dos Hermanas', 'Marbella', 'Jerez']], 'ES')[3]).toBeNull();
  });
  it('under a header the lexicon does not read ("Sede": an office\'s town), after "Ciudad" and "CP", it is not the state', () => {
    const m = suggestMapping(['Calle', 'Ciudad', 'CP', 'Sede'], { sampleRows: rowsOf(['Calle Mayor 5', 'Calle Real 3'], ['Utebo', 'Jaca'], ['50180', '22700'], ['Madrid', 'Barcelona']), defaultCountry: 'ES' });
    expect(m[3].field).not.toBe('state');
  });
});

describe('eleventh part: a name header over a code for each row (letters, then digits) holds the record\'s id, not a name', () => {
  const fieldsOf = (headers: string[], cols: string[][]) => suggestMapping(headers, { sampleRows: rowsOf(...cols) }).map((s) => s.field);
  const given = ['Thomas', 'Mary', 'William'];
  const family = ['Ashworth', 'Ashworth', 'Pickering'];
  // A genealogy program's people table: "Person" is its own id of each person, beside the surname and given names.
  it.each([
    ['Person', ['[I0001]', '[I0002]', '[I0017]']], ['Customer', ['C-1001', 'C-1002', 'C-1015']], ['Member', ['M0042', 'M0043', 'M0107']],
    ['Cliente', ['CLI_0042', 'CLI_0043', 'CLI_0107']], ['Kunde', ['K-201', 'K-202', 'K-215']],
  ])('"%s" over %j is the External ID', (h, values) => {
    expect(fieldsOf([h, 'Surname', 'Given'], [values, family, given])).toEqual(['externalId', 'lastName', 'firstName']);
  });
  it('beside an id column of its own, it is not imported', () => {
    expect(fieldsOf(['ID', 'Person', 'Surname'], [['17', '18', '19'], ['[I0001]', '[I0002]', '[I0017]'], family])).toEqual(['externalId', null, 'lastName']);
  });
  it('a first or last name header over codes is not imported', () => {
    expect(fieldsOf(['First Name', 'Email'], [['F0001', 'F0002'], ['a@example.com', 'b@example.com']])[0]).toBeNull();
  });
  // What must not change: names with numbers or codes among them, repeated codes, a company's name with a number.
  it.each([
    ['Person', ['Thomas Ashworth', 'Mary Ashworth', 'William Pickering'], 'name'], ['Customer', ['Sofia Lind', 'Omar Haddad', 'Jo Park'], 'name'],
    ['Company', ['Studio 54', 'Route 66 Diner', 'Acme 2000'], 'companyName'], ['Company', ['3M', 'K2 Sports', 'B52 Bar'], 'companyName'],
    ['Name', ['Ann Lee (4521)', 'Bob Ray (4522)', 'Eva Dias (4523)'], 'name'], ['Person', ['[I0001]', 'Mary Ashworth', '[I0017]'], 'name'],
  ])('"%s" over %j stays %s', (h, values, field) => {
    expect(fieldsOf([h, 'Email'], [values, ['a@example.com', 'b@example.com', 'c@example.com']])[0]).toBe(field);
  });
});

describe('eleventh part: a column read as a phone by its values alone, holding another phone column\'s numbers again, is not imported', () => {
  const fieldsOf = (headers: string[], cols: string[][], country = 'PE') => suggestMapping(headers, { sampleRows: rowsOf(...cols), defaultCountry: country }).map((s) => s.field);
  const mobiles = ['987 654 321', '956 123 478', '943 210 765'];
  it.each([
    [['CELULAR', 'NUMERO_DIRECTO'], [mobiles, ['51987654321', '51956123478', '51943210765']]],
    [['CELULAR', 'NUMERO_DIRECTO'], [mobiles, ['+51 987 654 321', '+51 956 123 478', '']]],
    [['NUMERO_DIRECTO', 'Celular'], [['51987654321', '51956123478', '51943210765'], mobiles]],
  ])('%j: the copy is not imported', (headers, cols) => {
    const fields = fieldsOf(headers, cols);
    expect(fields[headers.findIndex((h) => /celular/i.test(h))]).toBe('phone');
    expect(fields[headers.findIndex((h) => /directo/i.test(h))]).toBeNull();
  });
  // What must not change: the same numbers written alike (left as they were), other numbers, numbers the same in
  // one row only, two headers that name phones.
  it.each([
    [['CELULAR', 'NUMERO_DIRECTO'], [mobiles, mobiles], ['phone', 'additionalPhones']],
    [['CELULAR', 'NUMERO_DIRECTO'], [mobiles, ['014567890', '016543210', '012345678']], ['phone', 'additionalPhones']],
    [['CELULAR', 'NUMERO_DIRECTO'], [mobiles, ['51987654321', '014567890', '012345678']], ['phone', 'additionalPhones']],
    [['Celular', 'Teléfono'], [mobiles, ['51987654321', '51956123478', '51943210765']], ['additionalPhones', 'phone']],
  ])('%j keeps both', (headers, cols, want) => {
    expect(fieldsOf(headers, cols)).toEqual(want);
  });
});
