// The whole-file rules of the auto-mapper: whose column it is, primary before alternate, one address group,
// values that break ties and fill gaps but never overrule a strong header, and what the confidence means.
import { suggestMapping } from '../../../src/engine/automap';

const fieldsOf = (headers: string[], opts = {}) => suggestMapping(headers, opts).map((s) => s.field);
const mapOf = (headers: string[], opts = {}) => Object.fromEntries(suggestMapping(headers, opts).map((s) => [s.header, s.field]));
const rowsOf = (...cols: string[][]) => cols[0].map((_, r) => cols.map((c) => c[r]));

describe('whose column is it', () => {
  it.each([
    "Mother's Email", 'Mother Phone', 'Father Name', 'Spouse Email', 'Sister Phone', 'Emergency Contact Phone', 'Emergency Contact Name',
    'Assistant Email', "Assistant's Phone", 'Manager Email', 'Parent/Guardian Phone', 'Guardian Email', 'Deal Name', 'Opportunity Name',
    'Deal Owner', 'Account ID', 'AccountId', 'IP Address', 'OPTIN_IP', 'Device', 'Device Type', 'Shipping Address', 'Shipping City',
    'Ship To Street', 'Shipping Phone', 'Guest 2 Email Primary', 'Attendee 2 Name', 'Telefono della madre', 'Correo del padre',
    'E-mail da mãe', 'Téléphone du conjoint', 'Notfallkontakt Telefon', 'Email del tutore', 'Telefoon ouder', 'Order ID', 'Campaign Name',
    'Referrer Email', 'Contact Manager Email', 'Deal - Owner', 'Organization - Address', 'Phone (Mother)', 'Email (emergency contact)',
    'Owner Email', 'Lead Owner Email', 'Sales Rep Phone',
  ])('"%s" is not the contact\'s own field', (h) => {
    expect(mapOf(['Email', 'Phone', 'Name', h])[h]).toBeNull();
    expect(fieldsOf(['Email', 'Phone', 'Name', h]).slice(0, 3)).toEqual(['email', 'phone', 'name']);
  });

  it.each([
    'Número Documento', 'Tipo de documento', 'Ruc de la empresa', 'Nro. de DNI', 'Passport Number', 'CPF do titular', 'Player Image',
    'Photo URL', 'qr_code_url', 'Profile Picture', 'Foto del perfil', 'eth_address', 'solana_address', 'Wallet Address', 'Event URL',
    'Booking Link URL', 'Notfalltelefon', 'Elterntelefon', 'Lieferanschrift', 'Afleveradres', 'E-Mail: Angezeigter Name',
    'Reset-Link', 'Referral link', 'Zoom Link', 'Meeting Link', 'Calendly link', 'Upload entry file', 'CV (PDF)', 'Anhang',
    'Upload your resume', 'Archivo adjunto',
  ])('"%s" is no contact field, even over values that look like one', (h) => {
    const rows = rowsOf(['ann@example.com', 'bob@example.com'], ['(212) 736-5000', '(415) 555-0123'], ['Ann Lee', 'Bob Ray'], ['https://example.com/a', 'https://example.com/b']);
    expect(mapOf(['Email', 'Phone', 'Name', h], { sampleRows: rows })[h]).toBeNull();
  });

  it.each(['Item Name', 'Geburtsstadt', 'Ciudad de nacimiento', 'Birth City', 'Radiotéléphone', 'Ausweisnummer', 'Reference', 'Referencia'])(
    '"%s" names no contact field', (h) => {
      expect(mapOf(['Email', 'Phone', 'Name', h])[h]).toBeNull();
    },
  );

  it('reads one-word compounds (Dutch, German) by their last part, with their qualifier', () => {
    expect(fieldsOf(['Clublidnummer', 'Firmenadresse', 'Diensthandy'])).toEqual(['externalId', 'address1', 'phone']);
    expect(fieldsOf(['Straße', 'Rechnungsadresse', 'Telefon', 'Zweittelefon'])).toEqual(['address1', null, 'phone', 'additionalPhones']);
    expect(fieldsOf(['Factuuradres'])).toEqual(['address1']);
  });

  it('reads Dutch primary and other columns, plurals included', () => {
    expect(fieldsOf(['primair emailadres', 'overige emailadressen', 'primair telefoonnummer', 'overige telefoonnummers', 'adressen', 'postcodes', 'steden'])).toEqual(
      ['email', 'additionalEmails', 'phone', 'additionalPhones', 'address1', 'postalCode', 'city']);
  });

  it('reads "X for Y" by its head: what follows "for" is a purpose (Apollo\'s "Company Name for Emails")', () => {
    expect(fieldsOf(['Company Name for Emails', 'Email'])).toEqual(['companyName', 'email']);
    expect(fieldsOf(['Email', 'Phone for SMS'])).toEqual(['email', 'phone']);
    expect(fieldsOf(['Nombre', 'Teléfono para SMS'])).toEqual(['name', 'phone']);
    // A purpose in words the lexicon does not know is not dropped: a phone for the hard of hearing is no contact phone.
    expect(fieldsOf(['Telefon', 'Telefon für Hörbehinderte'])).toEqual(['phone', null]);
  });

  it('says why', () => {
    const s = suggestMapping(["Mother's Email", 'Deal Name', 'Client IP Address', 'Shipping City']);
    expect(s.map((x) => x.reason)).toEqual([
      'About someone else (mother)', 'About another record (deal)', 'About another record (ip)', "A shipping address, not the contact's own",
    ]);
  });

  it("maps billing or primary address columns when they are the file's only address", () => {
    expect(fieldsOf(['Email', 'Billing Street', 'Billing City', 'Billing State', 'Billing Zip', 'Billing Country'])).toEqual(
      ['email', 'address1', 'city', 'state', 'postalCode', 'country']);
    expect(fieldsOf(['Email', 'Primary Address Line 1', 'Primary City', 'Primary Zip'])).toEqual(['email', 'address1', 'city', 'postalCode']);
    expect(fieldsOf(['Street', 'City', 'Billing Street', 'Billing City'])).toEqual(['address1', 'city', null, null]);
    expect(fieldsOf(['Billing Street', 'Billing City', 'Shipping Street', 'Shipping City'])).toEqual(['address1', 'city', null, null]);
  });

  it('uses a billing phone or email only when the file has none of its own', () => {
    expect(fieldsOf(['Billing Phone Number'])).toEqual(['phone']);
    expect(fieldsOf(['Phone', 'Billing Phone'])).toEqual(['phone', null]);
    expect(fieldsOf(['Email', 'Billing Email'])).toEqual(['email', null]);
  });

  it('a company or deal record in the file gives at most the company name', () => {
    expect(fieldsOf(['Person - Name', 'Organization - Name', 'Organization - Address', 'Deal - Value'])).toEqual(['name', 'companyName', null, null]);
  });

  it("takes a link for the website only when it names nothing else (\"Link\", \"Website Link\")", () => {
    const rows = rowsOf(['ann@example.com', 'bob@example.com'], ['https://ann.example', 'https://bob.example']);
    expect(fieldsOf(['Email', 'Link'], { sampleRows: rows })).toEqual(['email', 'website']);
    expect(fieldsOf(['Email', 'Website Link'], { sampleRows: rows })).toEqual(['email', 'website']);
    expect(fieldsOf(['Email', 'Password reset link'], { sampleRows: rows })).toEqual(['email', null]);
  });

  it("reads a login's name as an account, not the person's name", () => {
    const rows = rowsOf(['ann@example.com', 'bob@example.com'], ['Ann', 'Bob'], ['Lee', 'Ray'], ['alee', 'bray']);
    // (the account: as the file's only id of the person, a login of handles is the External ID, the twenty-sixth part's
    // rule; beside an id of the person it is not imported)
    for (const h of ['LoginName', 'Login name', 'login_name', 'Nom de connexion']) {
      expect(fieldsOf(['Email', 'First Name', 'Last Name', h], { sampleRows: rows })).toEqual(['email', 'firstName', 'lastName', 'externalId']);
    }
    const withId = rows.map((r, i) => [String(10 + i), ...r]);
    for (const h of ['LoginName', 'Login name', 'login_name', 'Nom de connexion']) {
      expect(fieldsOf(['ID', 'Email', 'First Name', 'Last Name', h], { sampleRows: withId })).toEqual(['externalId', 'email', 'firstName', 'lastName', null]);
    }
  });

  it("takes another system's number for the person as the External ID, an event registration's not", () => {
    for (const h of ['Roll Number', 'Roll No', 'Kennung', 'Matrikelnummer', 'Matricola', 'Matricule', 'Studentnummer', 'Legajo', 'Member ID', 'guest_id']) {
      expect([h, fieldsOf(['Email', h])[1]]).toEqual([h, 'externalId']);
    }
    for (const h of ['Attendee ID', 'Registrant ID', 'attendee_id', 'Order ID', 'Ticket ID']) expect([h, fieldsOf(['Email', h])[1]]).toEqual([h, null]);
  });
});

describe('primary before alternate', () => {
  it.each([
    [['Phone', 'Mobile'], ['phone', 'additionalPhones']],
    [['Mobile', 'Phone'], ['additionalPhones', 'phone']],
    [['Email 2', 'Email 1'], ['additionalEmails', 'email']],
    [['Alternate Email', 'Email'], ['additionalEmails', 'email']],
    [['Other Phone', 'Home Phone', 'Primary Phone'], ['additionalPhones', 'additionalPhones', 'phone']],
    [['Telefone2', 'Telefone1'], ['additionalPhones', 'phone']],
    [['Telefono secondario', 'Cellulare'], ['additionalPhones', 'phone']],
    [['E-mail 2 Address', 'E-mail Address'], ['additionalEmails', 'email']],
    [['Phone (Work)', 'Phone (Primary)'], ['additionalPhones', 'phone']],
    [['E-Mail (privat)', 'E-Mail'], ['additionalEmails', 'email']],
  ])('%j -> %j', (h, want) => {
    expect(fieldsOf(h)).toEqual(want);
  });

  it.each([
    [['Work Phone', 'Home Phone', 'Mobile Phone'], ['additionalPhones', 'additionalPhones', 'phone']],
    [['Telefon geschäftlich', 'Telefon privat', 'Handy'], ['additionalPhones', 'additionalPhones', 'phone']],
    [['Téléphone bureau', 'Portable'], ['additionalPhones', 'phone']],
    [['Office Phone', 'Fax', 'WhatsApp'], ['additionalPhones', null, 'phone']],
    [['Home Phone', 'Cellulare'], ['additionalPhones', 'phone']],
    // An untyped or primary phone stays the main one (primary before typed).
    [['Primary Phone', 'Mobile Phone'], ['phone', 'additionalPhones']],
    [['Haupttelefon', 'Mobiltelefon', 'Autotelefon', 'Weiteres Telefon'], ['phone', 'additionalPhones', 'additionalPhones', 'additionalPhones']],
  ])('typed phones only: the mobile is the main phone wherever it stands, %j -> %j', (h, want) => {
    expect(fieldsOf(h)).toEqual(want);
  });

  it("keeps the contact's own unqualified address when a qualified group repeats every part of it (Apollo)", () => {
    expect(fieldsOf(['City', 'State', 'Country', 'Company Address', 'Company City', 'Company State', 'Company Country'])).toEqual(
      ['city', 'state', 'country', null, null, null, null]);
    // An unqualified part the qualified group lacks still joins it.
    expect(fieldsOf(['Home Street', 'Home City', 'Zip'])).toEqual(['address1', 'city', 'postalCode']);
  });

  it('maps one address group: an alternate group never over the primary one', () => {
    expect(fieldsOf(['Alt Street', 'Alt City', 'Street', 'City', 'Zip'])).toEqual([null, null, 'address1', 'city', 'postalCode']);
    expect(fieldsOf(['Address 2 - Street', 'Address 2 - City', 'Address 1 - Street', 'Address 1 - City'])).toEqual([null, null, 'address1', 'city']);
    expect(fieldsOf(['Other Street', 'Other City', 'Mailing Street', 'Mailing City'])).toEqual([null, null, 'address1', 'city']);
    // An unqualified column joins the richer group: Home Street, Home City with a bare Country.
    expect(fieldsOf(['Home Street', 'Home City', 'Country', 'Business Street'])).toEqual(['address1', 'city', 'country', null]);
    const s = suggestMapping(['Street', 'Alt Street']);
    expect(s[1].reason).toMatch(/Another address group is the main address/);
  });
});

describe('the values choose among headers that say less', () => {
  it('uses the address group the values fill when a writer leaves one empty', () => {
    const h = ['Rue (bureau)', 'Ville (bureau)', 'Code postal (bureau)', 'Rue (domicile)', 'Ville (domicile)', 'Code postal (domicile)'];
    expect(fieldsOf(h, { sampleRows: rowsOf([''], [''], [''], ['Rue du Rhône 12'], ['Sion'], ['1950']) })).toEqual([null, null, null, 'address1', 'city', 'postalCode']);
    expect(fieldsOf(h, { sampleRows: rowsOf(['5 place Bellecour'], ['Lyon'], ['69002'], ['Rue du Rhône 12'], ['Sion'], ['1950']) })).toEqual(['address1', 'city', 'postalCode', null, null, null]);
  });

  it('reads "Residenza" as the town, or as the street when it holds street lines', () => {
    expect(fieldsOf(['Nome', 'Residenza'], { sampleRows: rowsOf(['Sara', 'Luca'], ['Bologna', 'Firenze']) })).toEqual(['name', 'city']);
    expect(fieldsOf(['Nome', 'Residenza'], { sampleRows: rowsOf(['Sara', 'Luca'], ['Via Roma 2', 'Via Po 10, Torino']) })).toEqual(['name', 'address1']);
  });

  it('drops a "State" or "Estado" that holds statuses', () => {
    expect(fieldsOf(['Email', 'State'], { sampleRows: rowsOf(['a@example.com', 'b@example.com'], ['active', 'Active']) })).toEqual(['email', null]);
    expect(fieldsOf(['Email', 'State'], { sampleRows: rowsOf(['a@example.com', 'b@example.com'], ['CA', 'New York']) })).toEqual(['email', 'state']);
    expect(fieldsOf(['Nombre', 'Estado'], { sampleRows: rowsOf(['Ana', 'Luis'], ['Activo', 'Inactivo']) })).toEqual(['name', null]);
    expect(fieldsOf(['Nome', 'Estado'], { sampleRows: rowsOf(['Ana', 'Luis'], ['SP', 'RJ']) })).toEqual(['name', 'state']);
    // Two-letter states that are also country codes (Minas Gerais, Pará, Espírito Santo; California) stay states.
    expect(fieldsOf(['Nome', 'Estado'], { sampleRows: rowsOf(['Ana', 'Luis', 'Rui'], ['MG', 'PA', 'ES']) })).toEqual(['name', 'state']);
    expect(fieldsOf(['Name', 'Region'], { sampleRows: rowsOf(['Ann', 'Bo'], ['CA', 'CA']) })).toEqual(['name', 'state']);
    // A header that only means a place keeps it, whatever the values.
    expect(fieldsOf(['Email', 'Province'], { sampleRows: rowsOf(['a@example.com', 'b@example.com'], ['active', 'active']) })).toEqual(['email', 'state']);
  });

  it('drops a weak header over yes/no values, never a strong one', () => {
    const flags = rowsOf(['Giulia', 'Marco'], ['Ferri', 'Bassi'], ['true', 'false']);
    expect(fieldsOf(['Nome', 'Cognome', 'Studente'], { sampleRows: flags })).toEqual(['firstName', 'lastName', null]);
    expect(fieldsOf(['First Name', 'Last Name', 'Company'], { sampleRows: flags })).toEqual(['firstName', 'lastName', 'companyName']);
  });

  it('takes a bare phone type for a phone only among phone columns or over phone values', () => {
    // A hand-made list: Handy, Büro, Privat stand together.
    expect(fieldsOf(['Name', 'Handy', 'Büro', 'Privat'], { sampleRows: rowsOf(['Ann', 'Bo'], ['+4915155061987', ''], ['', '+49236581811'], ['', '']) })).toEqual(
      ['name', 'phone', 'additionalPhones', 'additionalPhones']);
    // Outlook's office location and private flag, far from its phone columns.
    const outlook = ['Telefon geschäftlich', 'Mobiltelefon', 'Beruf', 'Büro', 'E-Mail-Adresse', 'Priorität', 'Privat'];
    const rows = rowsOf(['+49 30 1234567'], ['+49 151 23456789'], [''], [''], ['max@example.de'], ['Normal'], ['Aus']);
    expect(fieldsOf(outlook, { sampleRows: rows, defaultCountry: 'DE' })).toEqual(['additionalPhones', 'phone', null, null, 'email', null, null]);
    // Far from the others, but holding phone numbers.
    const far = rowsOf(['+49 30 1234567'], [''], ['030 98765432']);
    expect(fieldsOf(['Telefon', 'Notizen', 'Büro'], { sampleRows: far, defaultCountry: 'DE' })).toEqual(['phone', null, 'additionalPhones']);
  });
});

describe('values: fill gaps and break ties, never overrule a strong header', () => {
  it('fills an unnamed column whose values are emails or valid phones', () => {
    const rows = rowsOf(['ann@example.com', 'bob@example.org', 'cy@example.net'], ['(212) 736-5000', '(415) 555-0123', '+1 617 555 0100']);
    const s = suggestMapping(['Column A', 'Column B'], { sampleRows: rows });
    expect(s.map((x) => [x.field, x.basis])).toEqual([['email', 'values'], ['phone', 'values']]);
  });

  it('never takes dates or a national id for phones, even under an unknown header', () => {
    const rows = rowsOf(['2021-03-16', '2022-11-02', '2023-01-30'], ['20210316', '20221102', '20230130'], ['RSSMRA85T10A562S', 'BRTSLV85A70B157A', 'RMNPRC91H16Z133Z']);
    expect(fieldsOf(['Subscription date', 'Registration', 'Tax code'], { sampleRows: rows, defaultCountry: 'DE' })).toEqual([null, null, null]);
    expect(fieldsOf(['Column A', 'Column B', 'Column C'], { sampleRows: rows, defaultCountry: 'IT' })).toEqual([null, null, null]);
  });

  it('needs a phone valid for the default country (or written with +)', () => {
    const be = rowsOf(['0496 31 21 03', '0478 11 52 74', '0471 23 45 67']);
    expect(fieldsOf(['Column A'], { sampleRows: be, defaultCountry: 'BE' })).toEqual(['phone']);
    expect(fieldsOf(['Column A'], { sampleRows: be, defaultCountry: 'US' })).toEqual([null]);
  });

  it('breaks a tie for an ambiguous header ("Contact" may hold a name, an email or a phone)', () => {
    const emails = rowsOf(['ann@example.com', 'bob@example.org']);
    const names = rowsOf(['Ann Lee', 'Bob Ray']);
    expect(suggestMapping(['Contact'], { sampleRows: emails })[0]).toMatchObject({ field: 'email', basis: 'both' });
    expect(suggestMapping(['Contact'], { sampleRows: names })[0]).toMatchObject({ field: 'name', basis: 'header' });
  });

  it('keeps a strong header whatever its values, with a lower confidence when they disagree', () => {
    const rows = rowsOf(['ann@example.com', 'bob@example.org', 'cy@example.net']);
    const [s] = suggestMapping(['Phone'], { sampleRows: rows });
    expect(s.field).toBe('phone');
    expect(s.confidence).toBe(0.5);
    expect(s.reason).toMatch(/do not look like phone numbers/);
    const [d] = suggestMapping(['Phone'], { sampleRows: rowsOf(['2021-03-16', '2021-04-01', '2021-05-02']) });
    expect(d.field).toBe('phone');
  });
});

describe('confidence that means something', () => {
  it('header only, values only, and both agreeing', () => {
    const rows = rowsOf(['ann@example.com', 'bob@example.org'], ['ann@example.com', 'bob@example.org'], ['Acme', 'Beta']);
    const [both, values, header] = suggestMapping(['Email', 'Column B', 'Company'], { sampleRows: rows });
    expect(both).toMatchObject({ field: 'email', basis: 'both' });
    expect(values).toMatchObject({ field: 'additionalEmails', basis: 'values' });
    expect(header).toMatchObject({ field: 'companyName', basis: 'header' });
    expect(both.confidence).toBe(1);
  });

  it('a column mapped by its values alone is less sure than any column mapped by its header', () => {
    const headers = ['Email', 'E-mail 2 Address', 'Customer Email', 'Emial', 'Contact', 'Telefono', 'Mob', 'What is your phone number?', 'Cell Phone', 'Column J', 'Column K'];
    const rows = rowsOf(...headers.map((_, i) => (i < 5 || i === 9 ? ['a@example.com', 'b@example.com'] : ['(212) 736-5000', '(415) 555-0123'])));
    const s = suggestMapping(headers, { sampleRows: rows });
    const byHeader = s.filter((x) => x.basis === 'header' || x.basis === 'both').map((x) => x.confidence);
    const byValues = s.filter((x) => x.basis === 'values').map((x) => x.confidence);
    expect(byValues.length).toBe(2);
    expect(Math.max(...byValues)).toBeLessThan(Math.min(...byHeader));
  });
});

describe('typos', () => {
  it('forgives a misspelt word, never a header made of known words', () => {
    expect(fieldsOf(['Emial Address', 'Frist Name'])).toEqual(['email', 'firstName']);
    // "email_valid" is one letter from "Email Value", but both its words are known: a flag about the email.
    expect(fieldsOf(['Email', 'email_valid', 'phone_cleaned'])).toEqual(['email', null, null]);
    expect(fieldsOf(['Mailing Addr', 'Addr L2'])).toEqual(['address1', null]);
  });
});

describe('question-style headers (Google Forms)', () => {
  it.each([
    ['What is your phone number?', 'phone'], ['What is your email address?', 'email'], ['What is your first and last name?', 'name'],
    ['What is your full name?', 'name'], ['¿Cuál es tu correo electrónico?', 'email'], ['Qual é o seu telefone?', 'phone'],
    ['Quel est votre prénom ?', 'firstName'], ['Wie lautet Ihre E-Mail-Adresse?', 'email'], ['Qual è il tuo numero di telefono?', 'phone'],
    ['Wat is uw telefoonnummer?', 'phone'], ['Which mobile platform do you primarily use?', null], ['What is your GitHub username?', null],
    ['How did you hear about this event?', null], ['Year in college?', null], ['In-game name (IGN)', null],
    ['¿Para qué empresa trabajas?', 'companyName'], ['¿Cuál es tu cargo?', null], ['What company are you with?', 'companyName'],
    ['What would you play as?', null], ['Qual é o seu WhatsApp?', 'phone'], ['¿Cuál es tu WhatsApp?', 'phone'], ['What is your WhatsApp number?', 'phone'],
    ['Your WhatsApp', 'phone'], ['¿En qué ciudad vives?', 'city'],
  ])('%s -> %s', (h, f) => {
    expect(suggestMapping(['Timestamp', h])[1].field).toBe(f);
  });
});

describe('a file without a header row', () => {
  it('maps names, emails, phones and streets by content', () => {
    const rows = [
      ['1', 'Hans', 'de Boer', 'hdebo@example.nl', '06 12345678', 'Kerkstraat 12'],
      ['2', 'Marie', 'Verkerk', 'marie@example.nl', '06 23456789', 'Dorpsweg 4'],
      ['3', 'Jantien', 'Gerards', 'jg@example.com', '06 34567890', 'Laan van Meerdervoort 80'],
    ];
    const s = suggestMapping(['', '', '', '', '', ''], { sampleRows: rows, defaultCountry: 'NL' });
    expect(s.map((x) => x.field)).toEqual([null, 'firstName', 'lastName', 'email', 'phone', 'address1']);
    expect(s.every((x) => !x.field || x.basis === 'values')).toBe(true);
  });

  it('reads one full-name column as the name', () => {
    const rows = [['Ada Lovelace', 'ada@example.com'], ['Alan Turing', 'alan@example.com']];
    expect(fieldsOf(['', ''], { sampleRows: rows })).toEqual(['name', 'email']);
  });

  it('reads a column of legal forms or organizations as the company, before any name', () => {
    const rows = [
      ['Anna', 'Berg', 'Acme GmbH', 'anna@example.de'],
      ['Ben', 'Sá', 'Beta Ltd.', 'ben@example.com'],
      ['Clara', 'Ab', 'Universität Mannheim', 'clara@example.de'],
      ['Dev', 'Rao', 'Gamma S.A.', 'dev@example.com'],
    ];
    const s = suggestMapping(['', '', '', ''], { sampleRows: rows, defaultCountry: 'DE' });
    expect(s.map((x) => x.field)).toEqual(['firstName', 'lastName', 'companyName', 'email']);
    expect(s[2].confidence).toBeLessThan(0.5);
    // People whose family name reads as a short legal form ("Sá", "Ab") stay people.
    const people = [['João Sá', 'joao@example.pt'], ['Maria Ab', 'maria@example.se'], ['Ana Sa', 'ana@example.pt']];
    expect(fieldsOf(['', ''], { sampleRows: people })).toEqual(['name', 'email']);
  });

  it('does not read names from the values of a file that has headers', () => {
    const rows = [['Data Analysis', 'ada@example.com'], ['Machine Learning', 'alan@example.com']];
    expect(fieldsOf(['Workshop', 'Email'], { sampleRows: rows })).toEqual([null, 'email']);
  });
});
