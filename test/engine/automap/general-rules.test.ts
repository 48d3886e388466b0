// General rules of the auto-mapper that real exports it had never seen asked for (issue 12): each rule is tested on
// several real-looking headers, in the seven languages where the rule is about words. The corpus (./corpus-*.ts)
// measures the mapper; these pin the rules down one by one.
import { locateHeaders, suggestMapping } from '../../../src/engine/automap';
import { typoTieBreak } from '../../../src/engine/automap/normalize';
import { sniffValue } from '../../../src/engine/automap/sniff';

const fieldsOf = (headers: string[], opts = {}) => suggestMapping(headers, opts).map((s) => s.field);
const mapOf = (headers: string[], opts = {}) => Object.fromEntries(suggestMapping(headers, opts).map((s) => [s.header, s.field]));
const rowsOf = (...cols: string[][]) => cols[0].map((_, r) => cols.map((c) => c[r]));

describe('1. the owner: "Assigned User Name" is the owner, the owner\'s own columns are not the contact\'s', () => {
  // SugarCRM / SuiteCRM exports: "...","Assistant Phone","Assigned User Name","Assigned User ID","Date Created"...
  // (index:9023914936, a SugarCRM contacts export template; index:9403678741, its accounts export with "Assigned
  // User Name","Assigned To"); EspoCRM's field is assignedUserName; SuiteCRM's database column assigned_user_name.
  it.each(['Assigned User Name', 'assigned_user_name', 'assignedUserName', 'Assigned to', 'Assigned User', 'Owner Full Name', 'Nombre del responsable', 'Nom du propriétaire', 'Responsible person'])(
    '"%s" is the owner', (h) => {
      expect(mapOf(['Email', 'Phone', 'Name', h])[h]).toBe('owner');
    },
  );

  it.each(['Responsible Person Email', 'Assigned User Email', 'assigned_user_email', 'Assigned User Id', 'assigned_user_id', 'Owner Phone', 'Owner Email', 'Assigned User Phone', 'Email del responsable', 'Téléphone du propriétaire'])(
    '"%s" is the owner\'s, not the contact\'s, even over values of its kind', (h) => {
      const rows = rowsOf(['ann@example.com', 'bob@example.com'], ['(212) 736-5000', '(415) 555-0123'], ['Ann Lee', 'Bob Ray'], ['rep@example.com', '(646) 555-0111']);
      expect(mapOf(['Email', 'Phone', 'Name', h], { sampleRows: rows })[h]).toBeNull();
    },
  );

  it('a SugarCRM contact export keeps the contact\'s columns and takes the owner by name', () => {
    expect(fieldsOf(['First Name', 'Last Name', 'Email Address', 'Office Phone', 'Assistant Phone', 'Assigned User Name', 'Assigned User ID'])).toEqual(
      ['firstName', 'lastName', 'email', 'phone', null, 'owner', null]);
    // The whole header of index:9023914936.
    const sugar = ['First Name', 'Last Name', 'ID', 'Salutation', 'Title', 'Department', 'Account Name', 'Email Address', 'Non Primary E-mails',
      'Mobile Phone', 'Office Phone', 'Home Phone', 'Other Phone', 'Fax', 'Primary Address Street', 'Primary Address City', 'Primary Address State',
      'Primary Address Postal Code', 'Primary Address Country', 'Alternate Address Street', 'Alternate Address City', 'Description', 'Birthdate',
      'Lead Source', 'Campaign ID', 'Reports To ID', 'Assistant', 'Assistant Phone', 'Assigned User Name', 'Assigned User ID', 'Date Created', 'Created By ID'];
    expect(fieldsOf(sugar)).toEqual(['firstName', 'lastName', 'externalId', null, null, null, 'companyName', 'email', 'additionalEmails', 'phone',
      'additionalPhones', 'additionalPhones', 'additionalPhones', null, 'address1', 'city', 'state', 'postalCode', 'country', null, null, null,
      'dateOfBirth', 'source', null, null, null, null, 'owner', null, null, null]);
  });
});

describe('2. an insurance policy is another record: no id, phone or name of the contact', () => {
  // An Italian broker's client list: ragione_sociale, cognome, nome, numero_polizza, compagnia, data_scadenza
  // (index:68855514174); an insurance form: assicuratore, numero_polizza (index:56693771559).
  it('an Italian broker\'s client list keeps the client and drops the policy', () => {
    expect(fieldsOf(['ragione_sociale', 'cognome', 'nome', 'email', 'telefono', 'numero_polizza', 'assicuratore', 'data_scadenza'])).toEqual(
      ['companyName', 'lastName', 'firstName', 'email', 'phone', null, null, null]);
  });

  it.each([
    ['en', 'Policy Number'], ['en', 'Policy No'], ['en', 'Policy Type'], ['en', 'Insurer'], ['en', 'Insurer Phone'], ['en', 'Insurance Company'],
    ['es', 'Número de póliza'], ['es', 'Póliza'], ['es', 'Aseguradora'], ['pt', 'Apólice'], ['pt', 'Nº da apólice'], ['pt', 'Seguradora'],
    ['fr', 'Numéro de police'], ['fr', 'Assureur'], ['fr', 'Mutuelle'], ['de', 'Versicherungsnummer'], ['de', 'Versicherung'], ['de', 'Krankenkasse'],
    ['it', 'Polizza'], ['it', 'Numero polizza'], ['it', 'Compagnia assicurazione'], ['nl', 'Polisnummer'], ['nl', 'Verzekeraar'], ['nl', 'Zorgverzekering'],
  ])('[%s] "%s" is not the contact\'s, whatever its values look like', (_lang, h) => {
    const rows = rowsOf(['ann@example.com', 'bob@example.com'], ['Ann Lee', 'Bob Ray'], ['(212) 736-5000', '(415) 555-0123']);
    const s = suggestMapping(['Email', 'Name', h], { sampleRows: rows });
    expect([s[2].field, s[2].reason]).toEqual([null, expect.stringMatching(/insurance policy/)]);
    expect(fieldsOf(['Email', 'Name', 'ID', h])).toEqual(['email', 'name', 'externalId', null]);
  });
});

describe('3. a library card, licence or member card number is the External ID when the file has no better id', () => {
  it.each([
    ['en', 'Library Card Number'], ['en', "Driver's License Number"], ['en', 'Drivers Licence No'], ['en', 'Licence Number'], ['en', 'Member Card Number'],
    ['en', 'Loyalty Card No'], ['es', 'Número de licencia de conducir'], ['es', 'Tarjeta de socio'], ['pt', 'Número da CNH'], ['pt', 'Cartão de sócio'], ['es', 'Carnet de conducir'], ['pt', 'Carteira de motorista'], ['it', 'Carta di guida'],
    ['fr', 'N° de permis de conduire'], ['fr', 'Carte de membre'], ['de', 'Führerscheinnummer'], ['de', 'Bibliotheksausweis'], ['de', 'Mitgliedskarte'],
    ['it', 'Numero patente'], ['it', 'Tessera biblioteca'], ['nl', 'Rijbewijsnummer'], ['nl', 'Bibliotheekpas'], ['nl', 'Lidkaart'],
  ])('[%s] "%s" is the External ID, not a phone (its digits look like one)', (_lang, h) => {
    // A form that asks for a library card number (index:52937550218: name "libraryCardNumber", label "Library Card Number").
    const rows = rowsOf(['ann@example.com', 'bob@example.com', 'cy@example.com'], ['2125550143', '4155550199', '6465550122']);
    expect(mapOf(['Email', h], { sampleRows: rows })[h]).toBe('externalId');
  });

  // A school library's reader list: vorname;nachname;geburtsdatum;klasse;art;email;bibliotheksnummer (index:71354091665).
  it('reads a library\'s reader list: its number is the External ID', () => {
    expect(fieldsOf(['vorname', 'nachname', 'geburtsdatum', 'klasse', 'art', 'email', 'bibliotheksnummer'])).toEqual(
      ['firstName', 'lastName', 'dateOfBirth', null, null, 'email', 'externalId']);
    expect(fieldsOf(['Name', 'Email', 'Library Number'])).toEqual(['name', 'email', 'externalId']);
    expect(fieldsOf(['Nombre', 'Número de biblioteca'])).toEqual(['name', 'externalId']);
    expect(fieldsOf(['Name', 'Library', 'Library Branch'])).toEqual(['name', null, null]);
  });

  it.each(['Customer ID', 'Member Number', 'Kundennummer', 'Numéro client'])('gives way to a better id ("%s")', (id) => {
    const s = suggestMapping([id, 'Email', 'Library Card Number', 'Driver License Number']);
    expect(s.map((x) => x.field)).toEqual(['externalId', 'email', null, null]);
    expect(s[2].reason).toMatch(new RegExp(`card or licence; "${id}" is the contact's own`));
  });

  it.each(['Permis de conduire', "Driver's License", 'Carnet de conducir', 'Führerschein'])('"%s" holding yes/no says whether the contact has one: no id', (h) => {
    const rows = rowsOf(['ann@example.com', 'bob@example.com', 'cy@example.com'], ['Oui', 'Non', 'Yes']);
    expect(mapOf(['Email', h], { sampleRows: rows })[h]).toBeNull();
  });

  it.each(['Card Number', 'Card Last4', 'Card Exp Month', 'License Type', 'License Expiry'])('a payment card or a licence\'s details are no id ("%s")', (h) => {
    expect(mapOf(['Email', h])[h]).toBeNull();
  });
});

describe('4. one-word headers without their linking word', () => {
  // A French school list: codeEleve, nom, prenom, sexe, adresse, dateNaissance, codePostal, ville, tel (index:12811137192);
  // a Chilean one: rut, nombre, apellidoP, apellidoM, correo, fechaNacimiento, telefono, direccion (index:47258366278).
  it('reads whole lists written that way', () => {
    // "codeEleve" (the pupil's code) is the school's number for the person, as "Code client" and "Numéro étudiant" are.
    expect(fieldsOf(['codeEleve', 'nom', 'prenom', 'sexe', 'adresse', 'dateNaissance', 'codePostal', 'ville', 'tel'])).toEqual(
      ['externalId', 'lastName', 'firstName', null, 'address1', 'dateOfBirth', 'postalCode', 'city', 'phone']);
    expect(fieldsOf(['rut', 'nombre', 'apellidoP', 'apellidoM', 'correo', 'fechaNacimiento', 'telefono', 'direccion'])).toEqual(
      [null, 'firstName', 'lastName', null, 'email', 'dateOfBirth', 'phone', 'address1']);
  });

  it.each([
    ['DateNaissance', 'dateOfBirth'], ['date_naissance', 'dateOfBirth'], ['dateNaissance', 'dateOfBirth'], ['FechaNacimiento', 'dateOfBirth'],
    ['fecha_nacimiento', 'dateOfBirth'], ['DataNascimento', 'dateOfBirth'], ['DataNascita', 'dateOfBirth'], ['Geburtsdatum', 'dateOfBirth'],
    ['GeboorteDatum', 'dateOfBirth'], ['FechaNac', 'dateOfBirth'], ['NumeroTelefono', 'phone'], ['numero_telefono', 'phone'], ['NumeroTelephone', 'phone'],
    ['CodigoPostal', 'postalCode'], ['CodePostal', 'postalCode'], ['CodiceAvviamentoPostale', 'postalCode'], ['NomeCompleto', 'name'],
    ['NombreCompleto', 'name'], ['CorreoElectronico', 'email'], ['DireccionCorreo', 'email'], ['NomFamille', 'lastName'], ['CiudadResidencia', 'city'],
    ['PaisResidencia', 'country'], ['NombreEmpresa', 'companyName'], ['NomSociete', 'companyName'], ['TelefoneContato', 'phone'],
  ])('"%s" -> %s', (h, f) => {
    expect(suggestMapping([h])[0]).toMatchObject({ field: f, confidence: 1 });
  });

  it.each(['Vorname Name', 'Nachname, Vorname', 'Voornaam Achternaam', 'Apellido Nombre', 'Nombre Apellido'])('two name nouns ("%s") are the full name; "First Name" is one noun', (h) => {
    expect(fieldsOf(['Email', h])).toEqual(['email', 'name']);
    expect(fieldsOf(['Email', 'First Name', 'Last Name'])).toEqual(['email', 'firstName', 'lastName']);
  });

  it('a name of its own keeps its meaning: "FechaAlta" (Fecha de alta) is a system date, "NomeCompleto" the full name', () => {
    expect(fieldsOf(['FechaAlta', 'NomeCompleto'])).toEqual([null, 'name']);
  });

  it('"País" is the country; Portuguese "pais" is the parents only after a linking word', () => {
    expect(fieldsOf(['Email', 'País de residencia', 'Telefone dos pais'])).toEqual(['email', 'country', null]);
  });
});

describe('5. key word first, its qualifier after (es, pt, fr, it): primary before additional, as in English', () => {
  it.each([
    ['es', ['Teléfono', 'Teléfono Móvil', 'Teléfono Trabajo'], ['phone', 'additionalPhones', 'additionalPhones']],
    ['es', ['Teléfono Móvil', 'Teléfono Casa'], ['phone', 'additionalPhones']],
    ['pt', ['Telefone Residencial', 'Telefone Celular'], ['additionalPhones', 'phone']],
    ['fr', ['Téléphone Domicile', 'Téléphone Portable', 'Téléphone Autre'], ['additionalPhones', 'phone', 'additionalPhones']],
    ['it', ['Telefono Ufficio', 'Telefono Cellulare'], ['additionalPhones', 'phone']],
    ['nl', ['Telefoon Werk', 'Telefoon Mobiel', 'Telefoon Thuis'], ['additionalPhones', 'phone', 'additionalPhones']],
    ['nl', ['Telefoon', 'Telefoon Mobiel'], ['phone', 'additionalPhones']],
    ['de', ['Telefon Privat', 'Telefon Mobil'], ['additionalPhones', 'phone']],
    ['es', ['Email Trabajo', 'Correo Personal', 'Correo Alternativo'], ['email', 'additionalEmails', 'additionalEmails']],
    ['es', ['Correo', 'Correo Secundario'], ['email', 'additionalEmails']],
    ['pt', ['E-mail Trabalho', 'E-mail'], ['additionalEmails', 'email']],
    ['fr', ['Courriel Autre', 'Courriel Travail'], ['additionalEmails', 'email']],
    ['it', ['Email Lavoro', 'Email Ufficio'], ['email', 'additionalEmails']],
  ] as Array<[string, string[], string[]]>)('[%s] %j -> %j', (_lang, headers, expected) => {
    expect(fieldsOf(headers)).toEqual(expected);
  });

  // Spanish forms label the lines "Dirección línea 1", "Dirección línea 2 (opcional)", then Ciudad, Provincia, Código
  // postal, País (index:66863804251, index:8543132581).
  // Outlook's CSV export in Spanish types its addresses with the key word first and a linking word: "Calle del
  // trabajo", "Código postal del trabajo", "Calle del domicilio", "Ciudad de residencia" (index:11118370884,
  // index:44409036983); "Departamento" is the department, "Segundo nombre" the middle name.
  it('reads Outlook in Spanish: one typed address group, the middle name and the second email', () => {
    const outlook = ['Nombre', 'Segundo nombre', 'Apellidos', 'Organización', 'Departamento', 'Puesto', 'Calle del trabajo', 'Ciudad de trabajo',
      'Provincia o estado de trabajo', 'Código postal del trabajo', 'País o región del trabajo', 'Calle del domicilio', 'Ciudad de residencia',
      'Código postal de residencia', 'Otra calle', 'Teléfono del trabajo', 'Móvil', 'Teléfono principal', 'Dirección de correo electrónico',
      'Dirección del correo electrónico 2'];
    expect(fieldsOf(outlook)).toEqual(['firstName', null, 'lastName', 'companyName', null, null, 'address1', 'city', 'state', 'postalCode', 'country',
      null, null, null, null, 'additionalPhones', 'additionalPhones', 'phone', 'email', 'additionalEmails']);
    // A table built from a Spanish Outlook export (index:11118370884).
    const real = ['Title', 'Nombre', 'Segundo nombre', 'Apellidos', 'Organización', 'Puesto', 'Calle del trabajo', 'Ciudad de trabajo',
      'Provincia o estado de trabajo', 'Código postal del trabajo', 'País o región del trabajo', 'Otra calle', 'Otra ciudad', 'Otro código postal',
      'Teléfono del trabajo', 'Teléfono del trabajo 2', 'Particular', 'Teléfono movil', 'Otro teléfono', 'Categorías', 'Dirección de correo electrónico',
      'Dirección de correo electrónico 2', 'Dirección del correo electrónico 3', 'Notas', 'Página web'];
    expect(fieldsOf(real)).toEqual([null, 'firstName', null, 'lastName', 'companyName', null, 'address1', 'city', 'state', 'postalCode', 'country',
      null, null, null, 'additionalPhones', 'additionalPhones', 'additionalPhones', 'phone', 'additionalPhones', 'tags', 'email', 'additionalEmails',
      'additionalEmails', null, 'website']);
    // The home group alone is one group, whichever word types it.
    expect(fieldsOf(['Calle del domicilio', 'Ciudad de residencia', 'Código postal de residencia'])).toEqual(['address1', 'city', 'postalCode']);
    expect(fieldsOf(['Nombre', 'Residenza', 'Via'])).toEqual(['name', 'city', 'address1']);
  });

  // Outlook in Dutch (index:369253317): "Werkadres, straat", "Land/regio (werk)", "Huisadres, plaats", "Ander adres,
  // straat", "Land/regio (anders)", "Hoofdtelefoon bedrijf", "E-mail, weergegeven naam 2"...
  it('reads Outlook in Dutch: the business group whole, the other groups, the company\'s phone and the display names left out', () => {
    const outlook = ['Voornaam', 'Middelste naam', 'Achternaam', 'Achtervoegsel', 'Bedrijf', 'Werkadres, straat', 'Werkadres 2, straat', 'Werkadres, plaats',
      'Werkadres, provincie', 'Werkadres, postcode', 'Land/regio (werk)', 'Huisadres, straat', 'Huisadres, plaats', 'Land/regio (thuis)',
      'Ander adres, straat', 'Land/regio (anders)', 'Telefoon op werk', 'Hoofdtelefoon bedrijf', 'Mobiele telefoon', 'Hoofdtelefoon', 'Teksttelefoon',
      'E-mailadres', 'E-mailadres 2', 'E-mail, weergegeven naam 2', 'Locatie', 'Priv', 'Sofinummer', 'Initialen', 'Verjaardag', 'Webpagina'];
    expect(fieldsOf(outlook)).toEqual(['firstName', null, 'lastName', null, 'companyName', 'address1', null, 'city', 'state', 'postalCode', 'country',
      null, null, null, null, null, 'additionalPhones', null, 'additionalPhones', 'phone', null, 'email', 'additionalEmails', null, null, null, null,
      null, 'dateOfBirth', 'website']);
  });

  // Outlook in Portuguese writes "Rua do endereço comercial", "Cidade do endereço residencial" (index:59345069987);
  // in Italian "Via (uff.)", "Città (ab.)": the street, the town... of the business or home address.
  it('reads Outlook in Portuguese and Italian: the address part of a typed address', () => {
    expect(fieldsOf(['Nome', 'Sobrenome', 'Departamento', 'Rua do endereço comercial', 'Cidade do endereço comercial', 'Estado do endereço comercial',
      'CEP do endereço comercial', 'País/Região do endereço comercial', 'Rua do endereço residencial', 'Cidade do endereço residencial', 'Página da Web'])).toEqual(
      ['firstName', 'lastName', null, 'address1', 'city', 'state', 'postalCode', 'country', null, null, 'website']);
    expect(fieldsOf(['Nome', 'Cognome', 'Via (uff.)', 'Città (uff.)', 'CAP (uff.)', 'Via (ab.)', 'Città (ab.)', 'Telefono uff.', 'Telefono principale'])).toEqual(
      ['firstName', 'lastName', 'address1', 'city', 'postalCode', null, null, 'additionalPhones', 'phone']);
  });

  it.each(['Segundo nombre', 'Second prénom', 'Secondo nome'])('"%s" (a middle name) is not the name', (h) => {
    expect(fieldsOf(['Email', h])).toEqual(['email', null]);
  });

  it.each([
    ['es', ['Dirección Línea 1', 'Dirección Línea 2 (opcional)', 'Ciudad', 'Código Postal']],
    ['es', ['direccion_linea_1', 'direccion_linea_2', 'ciudad', 'codigo_postal']],
    ['pt', ['Endereço Linha 1', 'Endereço Linha 2', 'Cidade', 'CEP']],
    ['fr', ['Adresse Ligne 1', 'Adresse Ligne 2', 'Ville', 'Code Postal']],
    ['it', ['Indirizzo Riga 1', 'Indirizzo Riga 2', 'Città', 'CAP']],
    ['de', ['Adresszeile 1', 'Adresszeile 2', 'Ort', 'PLZ']],
    ['nl', ['Adresregel 1', 'Adresregel 2', 'Plaats', 'Postcode']],
  ])('[%s] the second address line is not the street: %j', (_lang, headers) => {
    expect(fieldsOf(headers)).toEqual(['address1', null, 'city', 'postalCode']);
  });

  it.each(['Telefoon Mobiel', 'Telefon Mobil', 'Teléfono Móvil', 'Telefone Celular', 'Téléphone Portable', 'Telefono Cellulare'])('"%s" is a typed phone read as surely as its English form', (h) => {
    expect(suggestMapping([h])[0]).toMatchObject({ field: 'phone', confidence: expect.any(Number) });
    expect(suggestMapping([h])[0].confidence).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['Email Empresa', 'Correo de la empresa', 'E-mail Empresa', 'Email Azienda', 'Courriel Entreprise'])('"%s" is the contact\'s work email, as "Company Email"', (h) => {
    expect(suggestMapping(['Nombre', h])[1]).toMatchObject({ field: 'email' });
  });
  it.each(['Teléfono Empresa', 'Telefone Empresa', 'Telefono Azienda', 'Téléphone Société', 'Telefon Firma'])('"%s" is the company\'s phone, as "Company Phone"', (h) => {
    expect(fieldsOf(['Email', h])).toEqual(['email', null]);
  });
  it('"commercial(e)" after its key word is the business kind; alone it is the owner (the salesperson)', () => {
    expect(fieldsOf(['Email', 'Adresse commerciale', 'Ville', 'Commercial'])).toEqual(['email', 'address1', 'city', 'owner']);
    expect(fieldsOf(['Email', 'Indirizzo commerciale', 'Città', 'Commerciale'])).toEqual(['email', 'address1', 'city', 'owner']);
  });

  it('"Nombre Empresa" stays the company name', () => {
    expect(fieldsOf(['Nombre', 'Nombre Empresa'])).toEqual(['name', 'companyName']);
  });
});

describe('6. a typo as close to two names: the one with its very letters, then the one whose stem it starts with', () => {
  it.each([
    ['Emial', 'email'], ['Adress', 'address1'], ['Telphone', 'phone'], ['Frist Name', 'firstName'], ['Lsat Name', 'lastName'], ['Staet', 'state'],
    ['Fotne', 'source'], ['Nombrse', 'firstName'], ['Contactnubmer', 'phone'], ['Compnay', 'companyName'], ['Vornmae', 'firstName'], ['Ciudda', 'city'],
  ])('"%s" -> %s', (h, f) => {
    const s = suggestMapping([h])[0];
    expect([s.field, s.reason]).toEqual([f, expect.stringMatching(/typo/)]);
  });

  it('breaks a tie by the letters, then by the shared start', () => {
    expect(typoTieBreak('staet', 'state', 'stadt')).toBeLessThan(0);
    expect(typoTieBreak('staet', 'stadt', 'state')).toBeGreaterThan(0);
    expect(typoTieBreak('fotne', 'fonte', 'fone')).toBeLessThan(0);
    expect(typoTieBreak('emial', 'email', 'emil')).toBeLessThan(0);
    expect(typoTieBreak('telx', 'tely', 'txxx')).toBeLessThan(0);
  });

  it('a generic custom attribute is no typo of a field: "Attribut 2" is not "Attribué à" (the owner)', () => {
    expect(fieldsOf(['Attribut 1', 'Attribut 2', 'Attribute 3', 'Atributo 2', 'Custom 1', 'Campo personalizado 1', 'Champ personnalisé 2', 'Eigen veld 1'])).toEqual(
      [null, null, null, null, null, null, null, null]);
    // Free fields: "Champ libre 1", "Campo libero 2", "Zusatzfeld 1", "Vrij veld 1"; over phone-like values too.
    const rows = rowsOf(['a@example.com', 'b@example.com'], ['2125550143', '4155550199'], ['2125550144', '4155550198'], ['2125550145', '4155550197'], ['2125550146', '4155550196']);
    expect(fieldsOf(['Email', 'Champ libre 1', 'Campo libero 2', 'Zusatzfeld 1', 'Vrij veld 1'], { sampleRows: rows })).toEqual(['email', null, null, null, null]);
  });
});

// French Outlook exports type every address column: "Rue (bureau)", "Ville (bureau)"...; a list that kept only the
// street typed ("Home Street") and the rest plain is one address.
describe("7. a typed street alone joins the unqualified address block when it is the file's only street", () => {
  it.each([
    [['Email', 'Home Street', 'City', 'Postal code', 'Country']],
    [['Email', 'Business Street', 'City', 'Zip', 'Country']],
    [['Email', 'Rue (bureau)', 'Ville', 'Code postal', 'Pays']],
    [['Email', 'Straße privat', 'Ort', 'PLZ', 'Land']],
    [['Email', 'Billing Address', 'City', 'Zip', 'Country']],
  ])('%j is one address', (headers) => {
    const s = suggestMapping(headers);
    expect(s.map((x) => x.field)).toEqual(['email', 'address1', 'city', 'postalCode', 'country']);
    expect(s[1].reason).toMatch(/the file's only street/);
  });

  it('not an alternate or shipping street, nor one of two', () => {
    expect(fieldsOf(['Other Street', 'City', 'Zip'])).toEqual([null, 'city', 'postalCode']);
    expect(fieldsOf(['Shipping Street', 'City', 'Zip'])).toEqual([null, 'city', 'postalCode']);
    expect(fieldsOf(['Home Street', 'Business Street', 'City', 'Zip'])).toEqual([null, null, 'city', 'postalCode']);
  });
});

describe('8. no header row: first and last name in the order the email addresses write them', () => {
  const noHeader = (...cols: string[][]) => fieldsOf(cols.map(() => ''), { sampleRows: rowsOf(...cols), noHeader: true });
  it.each([
    ['last, first (john.smith@)', ['Smith', 'Doe', 'Brown'], ['John', 'Jane', 'Bob'], ['john.smith@example.com', 'jane.doe@example.com', 'bob.brown@example.org'], ['lastName', 'firstName', 'email']],
    ['last, first (john_smith@, jsmith@)', ['García', 'Rossi', 'Dupont'], ['José', 'Marco', 'Marie'], ['jose_garcia@example.es', 'mrossi@example.it', 'marie.dupont@example.fr'], ['lastName', 'firstName', 'email']],
    ['first, last (jsmith@)', ['John', 'Jane', 'Bob'], ['Smith', 'Doe', 'Brown'], ['jsmith@example.com', 'jdoe@example.com', 'bbrown@example.com'], ['firstName', 'lastName', 'email']],
    ['first, last (johnsmith@)', ['Anna', 'Pieter', 'Lotte'], ['de Vries', 'Jansen', 'Bakker'], ['annadevries@example.nl', 'pieter.jansen@example.nl', 'lotte.bakker@example.nl'], ['firstName', 'lastName', 'email']],
    ['first, last (initials say nothing: gabriella.c@)', ['Gabriella', 'Luca'], ['Cocchi', 'Bianchi'], ['gabriella.c@example.it', 'lucab@example.com'], ['firstName', 'lastName', 'email']],
  ])('%s', (_what, a, b, email, expected) => {
    expect(noHeader(a, b, email)).toEqual(expected);
  });

  it('the email column may stand before the names', () => {
    expect(noHeader(['john.smith@example.com', 'jane.doe@example.com'], ['Smith', 'Doe'], ['John', 'Jane'])).toEqual(['email', 'lastName', 'firstName']);
  });

  it('a name alone before the @ is the first name ("ada@")', () => {
    expect(noHeader(['Lovelace', 'Hopper'], ['Ada', 'Grace'], ['ada@example.com', 'grace@example.com'])).toEqual(['lastName', 'firstName', 'email']);
  });

  it('one column "Smith, John" (family name, a comma, the given name) is the full name; "Springfield, IL" and "Lyon, France" are not', () => {
    expect(noHeader(['Smith, John', 'de Boer, Anna', 'Rossi, Marco'], ['john@example.com', 'anna@example.nl', 'marco@example.it'])).toEqual(['name', 'email']);
    expect(noHeader(['Springfield, IL', 'Austin, TX'], ['Lyon, France', 'Madrid, Spain'], ['a@example.com', 'b@example.com'])).toEqual([null, null, 'email']);
  });

  it('without emails, a family name in capitals comes first (DUPONT | Marie)', () => {
    expect(noHeader(['DUPONT', 'MARTIN', 'BERNARD'], ['Marie', 'Paul', 'Luc'])).toEqual(['lastName', 'firstName']);
    expect(noHeader(['Marie', 'Paul', 'Luc'], ['Dupont', 'Martin', 'Bernard'])).toEqual(['firstName', 'lastName']);
  });
});

describe('also: national ids, French company names, tags that are labels', () => {
  // A Brazilian ticketing export: Ordem de inscrição;Nº ingresso;Nome;Sobrenome;Tipo de ingresso;...;Nº pedido;Email
  // (index:59498942917); a hotel's reservations: ID_RESERVA;NOME;SOBRENOME;QUARTO;...;CPF;EMAIL (index:30352297388).
  it('tickets and bookings are other records, in the other languages too', () => {
    expect(fieldsOf(['Ordem de inscrição', 'Nº ingresso', 'Nome', 'Sobrenome', 'Tipo de ingresso', 'Nº pedido', 'Email'])).toEqual(
      [null, null, 'firstName', 'lastName', null, null, 'email']);
    const rows = rowsOf(['1023456789', '1023456790'], ['Ana', 'Rui'], ['Souza', 'Lima'], ['ana@example.com', 'rui@example.com']);
    expect(fieldsOf(['ID_RESERVA', 'NOME', 'SOBRENOME', 'EMAIL'], { sampleRows: rows, defaultCountry: 'BR' })).toEqual([null, 'firstName', 'lastName', 'email']);
    expect(fieldsOf(['Booking ID', 'Numéro de billet', 'Name'])).toEqual([null, null, 'name']);
  });

  // Thunderbird's address book CSV: ..., "Birth Year", "Birth Month", "Birth Day", "Custom 1"..."Custom 4", "Notes".
  it('a birth date in parts: the day column alone is no date of birth', () => {
    expect(fieldsOf(['First Name', 'Birth Year', 'Birth Month', 'Birth Day', 'Custom 1'])).toEqual(['firstName', null, null, null, null]);
    expect(fieldsOf(['First Name', 'Birth Day'])).toEqual(['firstName', 'dateOfBirth']);
  });

  it.each(['Messenger ID', 'IM', 'ICQ'])('an instant-messaging handle ("%s") is no id', (h) => {
    expect(fieldsOf(['Email', h])).toEqual(['email', null]);
  });

  it.each(['Pass', 'Pwd', 'Clave'])('a password ("%s") is no typo of "País"', (h) => {
    expect(fieldsOf(['Usuario', h, 'Email'])).toEqual([null, null, 'email']);
  });

  it.each(['NIE', 'NIF', 'DNI', 'DNI/NIE', 'NIF/CIF', 'Nº DNI', 'Número NIE', 'Documento (DNI/NIE)'])('Spanish "%s" is no contact field, over phone-like values', (h) => {
    const rows = rowsOf(['ann@example.com', 'bob@example.com'], ['2125550143', '4155550199']);
    expect(mapOf(['Email', h], { sampleRows: rows })[h]).toBeNull();
  });

  it.each(['Société', 'Raison sociale', 'RaisonSociale', 'Nom de la société', 'Dénomination sociale', 'Dénomination', 'Nom commercial', 'Organisme', 'Établissement'])(
    'French "%s" is the company', (h) => {
      expect(fieldsOf(['Nom', 'Prénom', h])).toEqual(['lastName', 'firstName', 'companyName']);
    },
  );

  it.each(['Catégorie', 'Grupo', 'Gruppe', 'Groep', 'Gruppo', 'Group', 'Kontaktgruppe', 'Grupo de contactos'])('"%s" holding labels is the tags, holding numbers or dates it is not', (h) => {
    expect(mapOf(['Email', h], { sampleRows: rowsOf(['a@example.com', 'b@example.com', 'c@example.com'], ['VIP', 'Clientes', 'Newsletter']) })[h]).toBe('tags');
    expect(mapOf(['Email', h], { sampleRows: rowsOf(['a@example.com', 'b@example.com', 'c@example.com'], ['1', '2', '14']) })[h]).toBeNull();
    expect(mapOf(['Email', h], { sampleRows: rowsOf(['a@example.com', 'b@example.com', 'c@example.com'], ['2021-03-16', '2022-01-02', '2023-05-06']) })[h]).toBeNull();
  });
});

describe('9. a word fuzzy-matched or split into an unrelated field is no field', () => {
  it.each(['Designation', 'Destination', 'Donation', 'Combination', 'Destinazione', 'Donación', 'Designación', 'Désignation', 'Destinação'])(
    '"%s" is no country (a Latin noun in -nation, no compound of "nation")', (h) => {
      expect(fieldsOf(['Name', 'Email', h])).toEqual(['name', 'email', null]);
    },
  );

  it('"Side" (a wedding guest\'s side, a team\'s) is no typo of "Site"', () => {
    expect(mapOf(['First Name', 'Last Name', 'Side'], { sampleRows: rowsOf(['Ann', 'Bob'], ['Lee', 'Ray'], ['Bride', 'Groom']) }).Side).toBeNull();
    expect(fieldsOf(['Name', 'Site'])).toEqual(['name', 'website']);
  });

  it.each([
    ['en', 'Campus Name'], ['en', 'CampusName'], ['en', 'Envelope Name'], ['en', 'co_name'], ['en', 'CO Name'], ['es', 'Nombre del campus'],
    ['es', 'Nombre en el sobre'], ['fr', "Nom sur l'enveloppe"], ['de', 'Name auf dem Umschlag'], ['it', 'Nome sulla busta'], ['nl', 'Naam op envelop'],
  ])('[%s] "%s" is a campus\'s, an envelope\'s or a care-of name, not the contact\'s', (_lang, h) => {
    expect(mapOf(['First Name', 'Last Name', 'Email', h])[h]).toBeNull();
  });
});

describe('10. other people and other records: counselors, real-estate properties, schools, stores, households', () => {
  it.each(['Counselor Email', 'Counsellor Phone', 'Counselor Name', 'Correo del consejero', 'Email do orientador', 'Telefoon decaan'])(
    '"%s" is the counselor\'s, not the contact\'s', (h) => {
      const rows = rowsOf(['Ann', 'Bob'], ['ann@example.com', 'bob@example.com'], ['rep@example.com', '(646) 555-0111']);
      expect(mapOf(['Name', 'Email', h], { sampleRows: rows })[h]).toBeNull();
    },
  );

  it.each([['en', 'Property City', 'Property Zip', 'Property Address'], ['es', 'Ciudad del inmueble', 'CP del inmueble', 'Dirección del inmueble'],
    ['pt', 'Cidade do imóvel', 'CEP do imóvel', 'Endereço do imóvel'], ['fr', "Ville de l'immeuble", "Code postal de l'immeuble", "Adresse de l'immeuble"],
    ['de', 'Ort der Immobilie', 'PLZ der Immobilie', 'Adresse der Immobilie'], ['it', "Città dell'immobile", "CAP dell'immobile", "Indirizzo dell'immobile"]])(
    '[%s] a real-estate property\'s address is not the owner\'s (%s)', (_lang, city, zip, street) => {
      expect(fieldsOf(['Name', street, city, zip, 'Mailing Address', 'Mailing City'])).toEqual(['name', null, null, null, 'address1', 'city']);
    },
  );

  it.each(['SchoolID', 'School ID', 'store_id', 'Store ID', 'website_id', 'CampusID', 'Household ID', 'ID Escuela', 'ID da escola', 'Schul-ID', 'ID scuola'])(
    '"%s" is the id of a place or a household, not the contact\'s', (h) => {
      expect(fieldsOf(['Name', 'Email', h])).toEqual(['name', 'email', null]);
    },
  );

  it.each([['es', 'Id Empleado'], ['es', 'ID de empleado'], ['pt', 'ID Funcionário'], ['pt', 'ID do colaborador'], ['fr', 'ID employé'], ['de', 'Mitarbeiter-ID'],
    ['it', 'ID dipendente'], ['nl', 'Medewerker ID'], ['en', 'Staff ID'], ['en', 'UoA ID number'], ['en', 'UoM ID'], ['en', 'NUS ID No']])(
    '[%s] "%s" is the person\'s id in their employer\'s or university\'s system', (_lang, h) => {
      expect(fieldsOf(['Name', 'Email', h])).toEqual(['name', 'email', 'externalId']);
    },
  );
});

describe('11. plurals, abbreviations and flags of the key words', () => {
  it.each(['Phone numbers', 'phone numbers', 'Telephone Numbers', 'Números de teléfono', 'Numeri di telefono', 'Telefonnummern', 'Telefoonnummers'])(
    '"%s" (plural) is the phone', (h) => {
      expect(fieldsOf(['Name', h])).toEqual(['name', 'phone']);
    },
  );

  it('German abbreviations: "Privatnr" and "Dienstnr" are phones, "Privatadr" and "Adr" the street', () => {
    expect(fieldsOf(['Nachname', 'Vorname', 'Privatadr', 'Privatnr', 'E-Mail'])).toEqual(['lastName', 'firstName', 'address1', 'phone', 'email']);
    expect(fieldsOf(['Name', 'Adr', 'Dienstnr', 'Privatnummer'])).toEqual(['name', 'address1', 'phone', 'additionalPhones']);
  });

  it.each(['Phone 2 DNC', 'Phone 1 DNC', 'Mobile TPS', 'Telefon Robinsonliste', 'Téléphone Bloctel'])('"%s" is a do-not-call flag, no phone', (h) => {
    const rows = rowsOf(['Ann Lee', 'Bob Ray'], ['(212) 736-5000', '(415) 555-0123'], ['N', 'Y']);
    expect(mapOf(['Name', 'Phone 1', h], { sampleRows: rows })[h]).toBeNull();
  });
});

describe('12. the owner as an advisor, a club as a tag, a column with values over an empty one', () => {
  it.each(['AdmissionsAdvisor', 'Admissions Advisor', 'Enrollment Advisor', 'Advisor', 'Asesor', 'Asesor comercial', 'Adviseur'])('"%s" is the owner', (h) => {
    expect(mapOf(['First Name', 'Last Name', 'Email', h])[h]).toBe('owner');
  });
  it.each(['Advisor Email', 'Advisor Phone'])('"%s" is the owner\'s, not the contact\'s', (h) => {
    expect(mapOf(['Name', 'Email', 'Phone', h])[h]).toBeNull();
  });

  it.each([['de', 'Verein'], ['de', 'Vereinsname'], ['en', 'Club'], ['es', 'Club'], ['pt', 'Clube'], ['fr', 'Nom du club'], ['it', 'Società sportiva'], ['nl', 'Vereniging']])(
    // (the company until part 15: held-out parts 10 to 15 chose a tag five sets to one, a group the player belongs to)
    '[%s] a roster\'s "%s" is a tag (a group the player belongs to, not an employer)', (_lang, h) => {
      expect(mapOf(['Name', 'Email', h])[h]).toBe('tags');
      expect(fieldsOf(['Name', 'Company', h])).toEqual(['name', 'companyName', 'tags']);
    },
  );

  it('an empty column loses a one-value field to one with values (SuiteCRM: an empty "Address" after the Primary Address group)', () => {
    const headers = ['First Name', 'Primary Address Street', 'Primary Address City', 'Address'];
    const rows = rowsOf(['Ann', 'Bob'], ['1 Main St', '2 Oak Ave'], ['Springfield', 'Dayton'], ['', '']);
    expect(fieldsOf(headers, { sampleRows: rows })).toEqual(['firstName', 'address1', 'city', null]);
    const filled = rowsOf(['Ann', 'Bob'], ['', ''], ['Springfield', 'Dayton'], ['1 Main St', '2 Oak Ave']);
    expect(fieldsOf(headers, { sampleRows: filled })).toEqual(['firstName', null, 'city', 'address1']);
  });

  it('Magento\'s customer import: "_website" and "_store" are its own, "_address_company" is the company', () => {
    expect(fieldsOf(['email', '_website', '_store', 'firstname', 'lastname', '_address_city', '_address_company', '_address_street', 'website_id', 'store_id', '_id'])).toEqual(
      ['email', null, null, 'firstName', 'lastName', 'city', 'companyName', 'address1', null, null, 'externalId']);
    expect(fieldsOf(['Name', 'Address Company', 'Company Address'])).toEqual(['name', 'companyName', 'address1']);
  });
});

describe('13. typed phones in one word, links that count, a town column holding whole addresses', () => {
  it.each(['TelefonGeschaeft', 'Telefon Geschäft', 'TelefonGeschäft', 'Telefon geschäftlich'])('"%s" is a typed phone: the mobile stays the main one', (h) => {
    const rows = rowsOf(['Ann', 'Bob'], ['044 668 18 00', '031 311 22 33'], ['079 123 45 67', '076 555 44 33']);
    expect(fieldsOf(['Vorname', h, 'Mobiltelefon'], { sampleRows: rows, defaultCountry: 'CH' })).toEqual(['firstName', 'additionalPhones', 'phone']);
  });

  it.each(['Links', 'Link', 'Enlaces', 'Liens'])('"%s" holding counts is no website; holding links it is', (h) => {
    expect(mapOf(['Name', h], { sampleRows: rowsOf(['Ann', 'Bob', 'Cy'], ['2', '4', '0']) })[h]).toBeNull();
    expect(mapOf(['Name', h], { sampleRows: rowsOf(['Ann', 'Bob', 'Cy'], ['https://ann.example', 'https://bob.example', 'cy.example.org']) })[h]).toBe('website');
  });

  it.each([
    ['NL', 'Plaats', ['Dijk 24A, 6127 AG Grevenbicht', 'Markt 3, 6131 EK Sittard']],
    ['DE', 'Ort', ['Uferstraße 3, 69120 Heidelberg', 'Hauptstr. 90, 69117 Heidelberg']],
    ['US', 'City', ['12 Elm St, Springfield, IL 62701', '400 Oak Ave, Dayton, OH 45402']],
    ['ES', 'Ciudad', ['Calle Mayor 5, 28013 Madrid', 'Av. Diagonal 200, 08018 Barcelona']],
    ['FR', 'Ville', ['12 rue de la Paix, 75002 Paris', '3 place Bellecour, 69002 Lyon']],
    ['IT', 'Città', ['Via Roma 10, 00184 Roma', 'Corso Como 2, 20154 Milano']],
  ])('[%s] a town column ("%s") holding whole addresses is the street address', (country, h, values) => {
    expect(mapOf(['Name', h], { sampleRows: rowsOf(['Ann', 'Bob'], values), defaultCountry: country })[h]).toBe('address1');
    // Towns, or towns with their region, stay the town.
    expect(mapOf(['Name', h], { sampleRows: rowsOf(['Ann', 'Bob'], ['Grevenbicht', 'Ann Arbor, MI']), defaultCountry: country })[h]).toBe('city');
    // Next to a street column, it is the town.
    expect(mapOf(['Name', 'Street', h], { sampleRows: rowsOf(['Ann', 'Bob'], ['Elm St 1', 'Oak Ave 2'], values), defaultCountry: country })[h]).toBe('city');
  });
});

describe('14. values that say a weak header holds something else: social profiles, VAT numbers, codes of another thing', () => {
  it.each(['Any links you want to add (Eg LinkedIn, Github, Personal Website, etc.)', 'Links', 'Profile', 'Enlaces', 'Liens'])(
    '"%s" holding LinkedIn and GitHub profiles is no website', (h) => {
      const rows = rowsOf(['Ann', 'Bob', 'Cy'], ['https://github.com/example-ada', 'https://linkedin.com/in/example-grace', 'www.linkedin.com/in/cy']);
      expect(suggestMapping(['Name', h], { sampleRows: rows })[1].field).toBeNull();
    },
  );
  it('a "Website" column keeps its profiles (the header says so), so does a file without a header row; a column of sites is a website', () => {
    const rows = rowsOf(['Ann', 'Bob'], ['https://linkedin.com/in/ann', 'https://github.com/bob']);
    expect(fieldsOf(['Name', 'Website'], { sampleRows: rows })).toEqual(['name', 'website']);
    expect(fieldsOf(['', ''], { sampleRows: rowsOf(['Ann Lee', 'Bob Ray'], ['https://linkedin.com/in/ann', 'https://linkedin.com/in/bob']) })[1]).toBe('website');
    expect(fieldsOf(['Name', 'Links'], { sampleRows: rowsOf(['Ann', 'Bob'], ['https://ann.example', 'https://bob.example.org']) })).toEqual(['name', 'website']);
  });

  it.each([['AT', 'UID', 'ATU12345678', 'ATU87654321'], ['DE', 'ID', 'DE123456789', 'DE987654321'], ['FR', 'Identifiant', 'FR12345678901', 'FRAB123456789'],
    ['NL', 'ID', 'NL123456789B01', 'NL987654321B02'], ['IT', 'Identificativo', 'IT12345678901', 'IT10987654321'], ['ES', 'Identificador', 'ESB12345678', 'ESA87654321'],
    ['CH', 'UID', 'CHE-123.456.789 MWST', 'CHE-987.654.321']])(
    '[%s] "%s" holding VAT numbers is no id', (_c, h, a, b) => {
      expect(mapOf(['Name', 'Email', h], { sampleRows: rowsOf(['Ann', 'Bob'], ['a@example.com', 'b@example.com'], [a, b]) })[h]).toBeNull();
      expect(mapOf(['Name', 'Email', h], { sampleRows: rowsOf(['Ann', 'Bob'], ['a@example.com', 'b@example.com'], ['10041', '10042']) })[h]).toBe('externalId');
    },
  );

  it.each(['Entity Code', 'Type Code', 'Código de tipo', 'Code entité', 'Codice ente'])('"%s" holding three-letter codes is no country', (h) => {
    expect(mapOf(['Name', h], { sampleRows: rowsOf(['Ann', 'Bob', 'Cy'], ['IND', 'IND', 'ORG']) })[h]).toBeNull();
  });
  it('three-letter codes under an unknown header that names no code are still countries', () => {
    expect(mapOf(['Name', 'Residence'], { sampleRows: rowsOf(['Ann', 'Bob', 'Cy'], ['DEU', 'FRA', 'ITA']) }).Residence).not.toBeNull();
    expect(mapOf(['Name', 'Nat'], { sampleRows: rowsOf(['Ann', 'Bob', 'Cy'], ['DEU', 'FRA', 'ITA']) }).Nat).toBe('country');
  });
});

describe("15. Odoo's contacts by their technical names: parent_id is the company, category_id the tags", () => {
  // Odoo's res.partner: company_type / is_company, parent_id ("Related Company"), category_id ("Tags"), "x/id" and "x/name".
  it.each([['company_type'], ['is_company']])('with "%s", "parent_id" is the related company', (sig) => {
    expect(fieldsOf(['id', 'name', sig, 'parent_id', 'email', 'category_id/id'])).toEqual(['externalId', 'name', null, 'companyName', 'email', 'tags']);
    expect(fieldsOf(['name', sig, 'parent_id/name', 'category_id/name', 'category_id'])).toEqual(['name', null, 'companyName', 'tags', 'tags']);
  });
  it('elsewhere "parent_id" is a parent\'s id (a school\'s list), and a company column keeps the company', () => {
    expect(fieldsOf(['student_id', 'name', 'parent_id', 'email'])).toEqual(['externalId', 'name', null, 'email']);
    expect(fieldsOf(['name', 'is_company', 'parent_id', 'company'])).toEqual(['name', null, null, 'companyName']);
  });
  it('a category id holding numbers is no tag', () => {
    expect(mapOf(['Email', 'category_id'], { sampleRows: rowsOf(['a@example.com', 'b@example.com'], ['3', '14']) }).category_id).toBeNull();
  });
});

describe('16. the fifth part: a thing\'s name is no person\'s name, and a name or company with an id is a code', () => {
  // A college application's "Programme Name", a giving report's "Category Name", a CRM's "Location Friendly Name",
  // Planning Center's and Givebutter's "Household Name", a donor import's "Household Full Name".
  it.each(['Programme Name', 'Program Name', 'programme_name', 'programName', 'Category Name', 'Location Friendly Name', 'Location Name',
    'Household Name', 'Household Full Name', 'Course Name', 'Class Name', 'Branch Name', 'Package Name', 'campaign_name', 'Store Name',
    'Venue Name', 'Membership Name', '¿Cuál es el nombre del curso?', 'Quel est le nom de la formation ?', 'Nome do curso', 'Kursname', 'Cursusnaam'])(
    '"%s" is not the contact\'s name', (h) => {
      expect(mapOf(['Email', h])[h]).toBeNull();
      expect(fieldsOf(['Name', 'Email', h])).toEqual(['name', 'email', null]);
    },
  );
  it.each([['Full Name', 'name'], ['Family Name', 'lastName'], ['Customer Name', 'name'], ['Student Name', 'name'], ['Contact Name', 'name'],
    ['Nombre completo', 'name'], ['Nom de famille', 'lastName'], ['Company Name', 'companyName'], ['Club Name', 'tags']])(
    '"%s" stays %s', (h, f) => {
      expect(mapOf(['Email', h])[h]).toBe(f);
    },
  );

  it.each(['Id entreprise', 'Company Number', 'Company Code', 'Código de empresa', 'Codice azienda', 'Numéro de société', 'Organisation No', 'Name Code'])(
    '"%s" is a code, not the company or the name, whatever its values', (h) => {
      expect(mapOf(['Email', h])[h]).toBeNull();
      expect(mapOf(['Email', h], { sampleRows: rowsOf(['a@example.com', 'b@example.com'], ['C1', 'C2']) })[h]).toBeNull();
      expect(mapOf(['Email', h], { sampleRows: rowsOf(['a@example.com', 'b@example.com'], ['Acme Ltd', 'Beta GmbH']) })[h]).toBeNull();
    },
  );
  it.each(['Company', 'Company Name', "Nom de l'entreprise", 'Empresa', 'Firma', 'Nome azienda'])('"%s" stays the company', (h) => {
    expect(mapOf(['Email', h])[h]).toBe('companyName');
  });
});

describe('17. the fifth part: a source is the source, even of a sign-up or a creation', () => {
  // Square's customer directory: "Creation Source" (Instant Profile, Directory...); a French contest's "Source d'inscription".
  it.each(['Creation Source', 'Signup Source', 'Registration Source', 'creation_source', 'registrationSource', "Source d'inscription",
    'Origine de la création', 'Fuente de registro', 'Origen del alta', 'Origem do cadastro', 'Fonte di iscrizione', 'Quelle der Registrierung',
    'Registrierungsquelle', 'Bron van aanmelding'])(
    '"%s" is the Source', (h) => {
      expect(mapOf(['Email', h])[h]).toBe('source');
    },
  );
  it.each(['Creation Date', 'Source Created', 'Date de création', "Date d'inscription", 'Fecha de registro', 'Source of Truth Updated', 'Lead Source Date'])(
    '"%s" is still no source', (h) => {
      expect(mapOf(['Email', h])[h]).toBeNull();
    },
  );
});

describe('18. the fifth part: ids of the person in a role are the External ID, ids of other things are not', () => {
  // A practice's "Patienten-Nr", an Italian supplier export's "ID Fornitore", a gym's "ID Utente", a French contest's
  // "ID du membre", Givebutter's "Contact External ID", Etsy's "Buyer User ID", a CRM leads export's "Lead ID", a
  // German university's "matnr".
  it.each(['Patienten-Nr', 'Patientennummer', 'Patient No', 'Numéro de patient', 'Número de paciente', 'Codice paziente', 'ID du membre', 'ID Utente',
    'User ID', 'ID Usuario', 'userId', 'Buyer User ID', 'Lead ID', 'lead_id', 'ID Fornitore', 'Supplier ID', 'Lieferantennummer', 'Contact External ID',
    'Customer External ID', 'matnr', 'Matr.-Nr.', 'Mitgliedernummer'])(
    '"%s" is the External ID', (h) => {
      expect(mapOf(['Email', h])[h]).toBe('externalId');
    },
  );
  it('a user id yields to the customer\'s or member\'s own number', () => {
    expect(fieldsOf(['Name', 'User ID', 'Member ID'])).toEqual(['name', null, 'externalId']);
    expect(fieldsOf(['ID Utente', 'Codice cliente', 'Email'])).toEqual([null, 'externalId', 'email']);
  });
  it.each(['mandate_id', 'Mandate ID', 'Contract ID', 'ID contrat', 'aanspreektitel_id', 'salutation_id', 'tag_id', 'Tag ID', 'Assigned User ID',
    'Created By User ID', 'Owner User ID', 'Order Customer ID', 'Player No', 'Donation ID'])(
    '"%s" is no id of the contact', (h) => {
      expect(mapOf(['Email', h])[h]).toBeNull();
      expect(mapOf(['Email', h], { sampleRows: rowsOf(['a@example.com', 'b@example.com'], ['MD0004QWERTY', 'MD0007ASDFGH']) })[h]).toBeNull();
    },
  );
  it('an owner word reads as an actor only in an id: a typed phone stays a phone, a vendor\'s id stays an id', () => {
    expect(fieldsOf(['Email', 'Commercial Phone Number', 'Owner Phone Number', 'Intercom ID'])).toEqual(['email', 'phone', null, 'externalId']);
  });
  it.each(['N. Empleados', 'Number of Members', 'N° patients', 'Nr. Mitglieder', 'Número de socios'])('"%s" counts people, it is no id', (h) => {
    expect(mapOf(['Email', h])[h]).toBeNull();
  });
  it('a card\'s holder name is the name only when the file has none of its own (a billing column)', () => {
    expect(fieldsOf(['Email', 'Name on Card'])).toEqual(['email', 'name']);
    expect(fieldsOf(['Name', 'Email', 'Name on Card'])).toEqual(['name', 'email', null]);
  });
  it('the contact\'s own object before a known name is that name; another attendee\'s is not', () => {
    expect(fieldsOf(['Attendee Name', 'Attendee Email', 'Attendee Company', 'Attendee 2 Company'])).toEqual(['name', 'email', 'companyName', null]);
    expect(fieldsOf(['Lead Email', 'Lead Phone', 'Lead Company', 'Customer Type'])).toEqual(['email', 'phone', 'companyName', null]);
  });
});

describe('19. the fifth part: lexicon gaps, form possessives, yes/no questions', () => {
  it.each([
    ['es', 'P.Contacto', 'name'], ['es', 'Pers. contacto', 'name'], ['es', 'Persona de contacto', 'name'], ['pt', 'P. Contato', 'name'],
    ['it', 'Intestatario', 'name'], ['es', 'Titular', 'name'], ['fr', 'Titulaire', 'name'],
    ['it', 'Indirizzo completo', 'address1'], ['en', 'Full Address', 'address1'], ['es', 'Dirección completa', 'address1'], ['pt', 'Endereço completo', 'address1'],
    ['fr', 'Adresse complète', 'address1'], ['de', 'Vollständige Adresse', 'address1'], ['nl', 'Volledig adres', 'address1'], ['fr', 'N° et voie', 'address1'],
    ['pt', 'NASC', 'dateOfBirth'], ['de', 'gebdat', 'dateOfBirth'], ['de', 'Geb.Datum', 'dateOfBirth'], ['de', 'Geb.-Dat.', 'dateOfBirth'],
    ['fr', "Nom d'usage", 'lastName'], ['fr', 'Nom de structure', 'companyName'],
    ['en', 'Consultant', 'owner'], ['fr', 'Consultant', 'owner'], ['es', 'Consultor', 'owner'], ['nl', 'Consulent', 'owner'],
    ['en', 'State of Residence', 'state'], ['it', 'Provincia di residenza', 'state'], ['fr', 'Ville de résidence', 'city'],
  ])('[%s] "%s" is %s', (_lang, h, f) => {
    expect(mapOf(['Email', h])[h]).toBe(f);
  });

  it('a full address is the street line alone, a formatted copy beside the address columns', () => {
    expect(fieldsOf(['Name', 'Indirizzo completo'], { sampleRows: rowsOf(['Ann', 'Bob'], ['Via Brennero 12, 38122 Trento (TN)', 'Via Roma 3, 38068 Rovereto (TN)']) })).toEqual(['name', 'address1']);
    expect(fieldsOf(['Address', 'City', 'Zip', 'Full Address'])).toEqual(['address1', 'city', 'postalCode', null]);
  });
  it('the name someone goes by wins over the birth name', () => {
    expect(fieldsOf(['Nom de naissance', "Nom d'usage", 'Prénom'])).toEqual([null, 'lastName', 'firstName']);
    expect(fieldsOf(['Nom de naissance', 'Prénom'])).toEqual(['lastName', 'firstName']);
  });
  it('a bank account\'s holder is not the contact', () => {
    expect(fieldsOf(['Name', 'Email', 'Kontoinhaber', 'IBAN'])).toEqual(['name', 'email', null, null]);
  });
  it.each([['Primary Email', 'Email Addresses'], ['Email', 'E-mails'], ['E-Mail', 'E-Mail-Adressen'], ['Courriel', 'Adresses e-mail'], ['Email', 'Indirizzi email']])(
    'plural "%s" beside "%s": the list adds to the main email; alone it is the email', (main, plural) => {
      expect(fieldsOf([main, plural])).toEqual(['email', 'additionalEmails']);
      expect(fieldsOf(['Name', plural])).toEqual(['name', 'email']);
    },
  );
  it.each([
    [['Votre nom', 'Votre prénom', 'Votre email'], ['lastName', 'firstName', 'email']],
    [['Votre nom', 'Votre email'], ['name', 'email']],
    [['Il tuo nome', 'Il tuo cognome', 'La tua email'], ['firstName', 'lastName', 'email']],
    [['Tu nombre', 'Tus apellidos', 'Tu teléfono'], ['firstName', 'lastName', 'phone']],
    [['Ihr Name', 'Ihr Vorname', 'Ihre E-Mail'], ['lastName', 'firstName', 'email']],
    [['Your Email', 'Your Phone', 'Your Company'], ['email', 'phone', 'companyName']],
    [['Uw naam', 'Uw adres'], ['name', 'address1']],
  ])('a form\'s possessive is read away: %j', (headers, want) => {
    expect(fieldsOf(headers)).toEqual(want);
  });
  it.each(['Are you a consultant?', 'Are you a member?', 'Do you have a phone number?', 'Êtes-vous adhérent ?', 'Sind Sie Mitglied?', 'Ben je lid?'])(
    '"%s" asks whether, not for the value', (h) => {
      expect(mapOf(['Email', h])[h]).toBeNull();
    },
  );
  it('questions that ask for the value still map', () => {
    expect(fieldsOf(['What is your phone number?', '¿Cuál es tu correo?'])).toEqual(['phone', 'email']);
  });
  it.each(['Interphone', 'Code interphone', 'Digicode', 'Intercom code', 'Citofono', 'Gegensprechanlage', 'Portero'])('"%s" (an intercom) is no phone', (h) => {
    expect(mapOf(['Email', 'Téléphone portable', h])).toEqual({ Email: 'email', 'Téléphone portable': 'phone', [h]: null });
  });
  it.each(['Account Owner', 'Company Owner', 'Organization Owner', 'Propietario de la cuenta', 'Propriétaire du compte', 'Deal Owner', 'Opportunity Owner'])(
    '"%s" is another record\'s owner, not the contact\'s', (h) => {
      expect(mapOf(['Email', h])[h]).toBeNull();
      expect(fieldsOf(['Email', 'Contact Owner', h])).toEqual(['email', 'owner', null]);
    },
  );
});

describe('20. the fifth part: guests are other people, a messenger account is no phone', () => {
  // Calendly's scheduled events: "Invitee Email" is the contact, "Guest Email(s)" the people they invited.
  it.each(['Guest Email(s)', 'Guest Name(s)', 'Guests', 'Guests Emails', 'Invité(s)', 'Invités', 'Invitados', 'Convidados', 'Gäste', 'Ospiti', 'Gasten', 'Begleitpersonen'])(
    '"%s" is about other people', (h) => {
      const rows = rowsOf(['ann@example.com', 'bob@example.com'], ['cy@example.com, di@example.com', 'ed@example.com']);
      expect(mapOf(['Invitee Email', h], { sampleRows: rows })[h]).toBeNull();
    },
  );
  it('a guest list\'s own guest columns stay the contact\'s; "Email(s)" stays the contact\'s emails', () => {
    expect(fieldsOf(['Guest Name', 'Guest Email', 'Guest Phone'])).toEqual(['name', 'email', 'phone']);
    expect(fieldsOf(['Name', 'Email', 'Email(s)'])).toEqual(['name', 'email', 'additionalEmails']);
  });
  // Planning Center's people export: "Skype Phone Number" beside "Mobile Phone Number".
  it.each(['Skype Phone Number', 'Skype Number', 'Numéro Skype', 'Número de Skype', 'Skype-Nummer', 'Numero Skype', 'Skype nummer', 'Numero di Skype', 'Discord'])(
    '"%s" is a messenger\'s handle, not a phone', (h) => {
      expect(fieldsOf(['Name', 'Mobile Phone Number', h], { sampleRows: rowsOf(['Ann', 'Bob'], ['(217) 555-0143', '(217) 555-0144'], ['+1 217 555 0199', 'live:bob']) })).toEqual(['name', 'phone', null]);
    },
  );
});

describe('21. the fifth part: a key word before its person, flags of a field, combined town lines, a source\'s name', () => {
  it.each([['Nombre del comprador', 'name'], ['Nome do aluno', 'name'], ['Name des Käufers', 'name'], ['Prénom du participant', 'firstName'],
    ['Téléphone de l\'adhérent', 'phone'], ['Correo del socio', 'email']])(
    '"%s" is the person\'s own %s', (h, f) => {
      expect(mapOf(['Notes', h])[h]).toBe(f);
    },
  );
  it.each(['Nombre del producto', 'Nombre de los padres', 'Nom du fichier', 'Nome da empresa'])('"%s" is not the person\'s name', (h) => {
    expect(mapOf(['Email', h])[h]).not.toBe('name');
  });
  it.each(['Email validé', 'Correo verificado', 'E-mail verificado', 'E-Mail bestätigt', 'Email verificata', 'E-mail geverifieerd'])(
    '"%s" is a flag about the email, not a second one', (h) => {
      expect(mapOf(['Name', 'Email', h], { sampleRows: rowsOf(['Ann', 'Bob'], ['a@example.com', 'b@example.com'], ['1', '0']) })[h]).toBeNull();
    },
  );
  it('a combined town line is the town alone, a copy beside a town column', () => {
    expect(fieldsOf(['Name', 'City/State/Zip'], { sampleRows: rowsOf(['Ann', 'Bob'], ['Dayton, OH 45402', 'Lansing, MI 48933']) })).toEqual(['name', 'city']);
    expect(fieldsOf(['Address', 'City', 'State', 'Zip', 'City State Zip'])).toEqual(['address1', 'city', 'state', 'postalCode', null]);
  });
  it('a bare "Source" wins over a "Source Name"; alone, the source name is the source', () => {
    expect(fieldsOf(['Email', 'Source Name', 'Source'])).toEqual(['email', null, 'source']);
    expect(fieldsOf(['Email', 'Source Name'])).toEqual(['email', 'source']);
  });
});

describe('22. the fifth part: the number text messages go to is a mobile', () => {
  it.each(['Text Reminder Number', 'Texting Number', 'Text Message Number', 'Número para SMS', 'Numéro SMS', 'SMS-Nummer', 'Numero per SMS', 'SMS-nummer'])(
    '"%s" is a phone; beside an untyped phone it adds to the others', (h) => {
      expect(mapOf(['Email', h])[h]).toBe('phone');
      expect(fieldsOf(['Email', 'Phone', h])).toEqual(['email', 'phone', 'additionalPhones']);
    },
  );
});

describe('review mends', () => {
  // 1. The file's own columns name no one ("Email" alone): the roles rank among themselves, the payer's columns are
  // another person's (not even additional emails).
  it.each([
    ['en', ['Email', 'Attendee Name', 'Attendee Email', 'Purchaser Name', 'Purchaser Email']],
    ['en', ['Email', 'Participant Name', 'Participant Email', 'Buyer Name', 'Buyer Email']],
    ['es', ['Email', 'Nombre del participante', 'Email del participante', 'Nombre del comprador', 'Email del comprador']],
    ['fr', ['E-mail', 'Nom du participant', 'E-mail du participant', "Nom de l'acheteur", "E-mail de l'acheteur"]],
    ['pt', ['Email', 'Nome do convidado', 'Email do convidado', 'Nome do comprador', 'Email do comprador']],
    ['de', ['E-Mail', 'Name des Teilnehmers', 'E-Mail des Teilnehmers', 'Name des Käufers', 'E-Mail des Käufers']],
  ])('[%s] %j: the attendee is the contact, the purchaser\'s columns are not imported', (_lang, headers) => {
    const s = suggestMapping(headers);
    expect(s.map((x) => x.field)).toEqual(['email', 'name', 'additionalEmails', null, null]);
    expect(s[4].reason).toMatch(/Another person's/);
  });

  // 2. Role words inflected: the German genitive, the English plural.
  it.each([
    ['de', 'Name des Käufers', 'E-Mail des Käufers'],
    ['de', 'Name des Teilnehmers', 'E-Mail des Teilnehmers'],
    ['en', 'Attendees Name', 'Attendees Email'],
  ])('[%s] "%s", "%s" are another person\'s beside the file\'s own name and email', (_lang, name, email) => {
    expect(fieldsOf(['Name', 'Email', name, email])).toEqual(['name', 'email', null, null]);
    expect(suggestMapping(['Name', 'Email', name, email])[3].reason).toMatch(/Another person's/);
  });

  // 3. Only inflection endings make a person word: "Leader" is no "lead", "Personal"/"personale" no "persona".
  it.each([['de', 'Leadernummer'], ['it', 'ID personale']])('[%s] "%s" is not the person\'s register number', (_lang, h) => {
    expect(mapOf(['Notes', h])[h]).toBeNull();
  });
  it.each(['Leader ID', 'Personal ID'])('"%s" is not read as the contact\'s own id', (h) => {
    expect(suggestMapping(['Notes', h])[1].reason).not.toMatch(/contact's id/);
  });
  it.each(['Patientennummer', 'Kundennummer', 'Mitgliedsnummer', 'Customer ID', 'Número de paciente'])('"%s" is still the External ID', (h) => {
    expect(mapOf(['Notes', h])[h]).toBe('externalId');
  });

  // 4. A German genitive singular after "Nummer des" is one person's number, not a count.
  it.each(['Nummer des Mitglieds', 'Nummer des Kunden', 'Nummer des Teilnehmers'])('[de] "%s" is the External ID', (h) => {
    expect(mapOf(['Notes', h])[h]).toBe('externalId');
  });

  // 5. Counts of people, one letter from a known name, are not imported (no typo of "Número de cliente", "Nombre de cliente").
  it.each([
    ['es', 'Número de clientes'], ['es', 'Número de alumnos'], ['fr', 'Nombre de clients'], ['fr', 'Nombre de patients'],
    ['it', 'Numero di clienti'], ['pt', 'Número de alunos'],
  ])('[%s] "%s" is a count, not imported', (_lang, h) => {
    const s = suggestMapping(['Notes', h])[1];
    expect([s.field, s.reason]).toEqual([null, expect.stringMatching(/count of people/)]);
  });

  // 6. A glued "id" ends a known word only ("CustomerID", "userid"), never any word. (Guards: a one-word header's glued
  // "id" with no known word before it led to no id before either; the code now says what its comment says.)
  it.each(['Madrid', 'Valid', 'Android'])('"%s" is no id', (h) => {
    expect(mapOf(['Notes', h])[h]).toBeNull();
  });
  it.each(['CustomerID', 'userid', 'MEMBERID'])('"%s" is the External ID', (h) => {
    expect(mapOf(['Notes', h])[h]).toBe('externalId');
  });
});

describe('sixth part: a form\'s note in a header is read away, a recovery email or phone is an alternate', () => {
  // Google Workspace's user upload template: "First Name [Required]","Last Name [Required]","Email Address [Required]",
  // "Password [Required]",...,"Recovery Email","Home Phone","Recovery Phone [MUST BE IN THE E.164 FORMAT]"...
  it('Google Workspace\'s template keeps the main email and phone', () => {
    expect(fieldsOf(['First Name [Required]', 'Last Name [Required]', 'Email Address [Required]', 'Recovery Email', 'Recovery Phone [MUST BE IN THE E.164 FORMAT]', 'Mobile Phone'])).toEqual(
      ['firstName', 'lastName', 'email', 'additionalEmails', 'additionalPhones', 'phone']);
  });

  it.each([
    ['en', 'Email (optional)', 'email'], ['en', 'Phone *', 'phone'], ['en', '* Last Name', 'lastName'], ['en', 'city [required]', 'city'],
    ['es', 'Correo electrónico (obligatorio)', 'email'], ['es', 'Teléfono (opcional)', 'phone'], ['pt', 'Cidade (obrigatório)', 'city'],
    ['fr', 'Prénom (obligatoire)', 'firstName'], ['fr', 'Ville (facultatif)', 'city'], ['de', 'Telefon (Pflichtfeld)', 'phone'], ['de', 'Ort [optional]', 'city'],
    ['it', 'Cognome (obbligatorio)', 'lastName'], ['nl', 'Woonplaats (verplicht)', 'city'], ['nl', 'E-mailadres *', 'email'],
  ])('[%s] "%s" is %s', (_lang, h, f) => {
    expect(mapOf(['Notes', h])[h]).toBe(f);
  });

  it.each([['Recovery Email', 'additionalEmails'], ['recovery_phone', 'additionalPhones'], ['E-mail de récupération', 'additionalEmails'], ['Correo de recuperación', 'additionalEmails']])(
    '"%s" beside the main one is %s', (h, f) => {
      expect(mapOf(['Email', 'Phone', h])[h]).toBe(f);
    });

  it('a parenthesis that is no note still qualifies its header, and a note on an unknown header maps nothing', () => {
    expect(mapOf(['Email', 'Phone', 'Phone (Mobile)', 'Email (Work)'])).toEqual({ Email: 'email', Phone: 'phone', 'Phone (Mobile)': 'additionalPhones', 'Email (Work)': 'additionalEmails' });
    expect(mapOf(['Email', 'Password [Required]', 'Notes [internal]'])).toEqual({ Email: 'email', 'Password [Required]': null, 'Notes [internal]': null });
  });
});

describe('sixth part: the name of a floor, a room or a building is a thing\'s, not the person\'s', () => {
  // Google Workspace's user upload template: "Building ID","Floor Name","Floor Section".
  it.each(['Floor Name', 'Building Name', 'Room name', 'building_name', 'Nombre de la sala', 'Nom du bâtiment', 'Nome dell\'edificio', 'Naam gebouw', 'Gebäudename', 'Nome do prédio'])(
    '"%s" is not the contact\'s name', (h) => {
      expect(mapOf(['Email', 'First Name', 'Last Name', h])[h]).toBeNull();
    });
  it('the person\'s own name stays', () => {
    expect(fieldsOf(['Email', 'Name', 'Floor'])).toEqual(['email', 'name', null]);
    expect(fieldsOf(['Full Name', 'Email', 'Floor Name'])).toEqual(['name', 'email', null]);
  });
});

describe('sixth part: a registration, student or legacy number is the External ID; a driver\'s id is the person\'s, a supervisor\'s not', () => {
  it.each([
    ['en', 'Registration No'], ['en', 'Reg No'], ['en', 'Registration Number'], ['en', 'registration_number'], ['nl', 'Stamnummer'], ['nl', 'Leerlingnummer'],
    ['de', 'Schülernummer'], ['pt', 'ID_Original'], ['en', 'Original ID'], ['en', 'Legacy ID'], ['en', 'Old ID'], ['es', 'ID antiguo'], ['fr', 'Ancien ID'],
    ['it', 'ID originale'], ['de', 'Alte ID'], ['nl', 'Oude ID'], ['it', 'ID Driver'], ['de', 'Fahrer-ID'], ['fr', 'ID chauffeur'], ['es', 'ID conductor'],
  ])('[%s] "%s" is the External ID', (_lang, h) => {
    expect(mapOf(['Email', 'First Name', 'Last Name', h])[h]).toBe('externalId');
  });
  it.each(['Superviseur ID', 'Supervisora ID', 'ID supervisore', 'Startnummer', 'Registration Date', 'Date of Registration', 'Old Email'])('"%s" is not the External ID', (h) => {
    expect(mapOf(['Email', 'First Name', 'Last Name', h])[h]).not.toBe('externalId');
  });
});

describe('sixth part: a village is the town; a contact type is a tag', () => {
  it.each([['en', 'Village'], ['es', 'Pueblo'], ['pt', 'Aldeia'], ['fr', 'Village'], ['de', 'Dorf'], ['it', 'Villaggio'], ['nl', 'Dorp'], ['en', 'VILLAGE']])(
    '[%s] "%s" is the city', (_lang, h) => {
      expect(mapOf(['Name', 'Email', h])[h]).toBe('city');
    });
  it('a "City" column wins over its village', () => {
    expect(fieldsOf(['Name', 'City', 'Village'])).toEqual(['name', 'city', null]);
  });
  it.each([['en', 'Contact Types'], ['en', 'contact_types'], ['es', 'Tipos de contacto'], ['pt', 'Tipos de contato'], ['fr', 'Types de contact'], ['de', 'Kontakttypen'], ['it', 'Tipi di contatto'], ['nl', 'Contacttypes']])(
    '[%s] "%s" (several types) is the tags', (_lang, h) => {
      expect(mapOf(['Name', 'Email', h])[h]).toBe('tags');
    });
  it('a singular "Contact Type" (a record type, Dynamics 365) is not imported', () => {
    expect(mapOf(['Name', 'Email', 'Contact Type'])['Contact Type']).toBeNull();
  });
});

describe('sixth part: a personal URL is the contact\'s own website', () => {
  it.each([['nl', 'Persoonlijke URL'], ['nl', 'persoonlijke_url'], ['nl', 'Persoonlijke website'], ['de', 'Persönliche Website'], ['de', 'Eigene Website'], ['en', 'Personal URL'], ['es', 'URL personal']])(
    '[%s] "%s" is the website', (_lang, h) => {
      expect(mapOf(['Email', 'Name', h])[h]).toBe('website');
    });
  it.each(['Referral URL', 'Reset Link', 'Zoom link', 'Unsubscribe URL'])('"%s" is a link to something else', (h) => {
    expect(mapOf(['Email', 'Name', h])[h]).toBeNull();
  });
});

describe('sixth part: a direct dial-in number (DDI) is a phone', () => {
  // Xero's contacts export: "PhoneNumber","FaxNumber","MobileNumber","DDINumber".
  it('Xero\'s DDI number adds to the main phone', () => {
    expect(fieldsOf(['EmailAddress', 'PhoneNumber', 'DDINumber'])).toEqual(['email', 'phone', 'additionalPhones']);
  });
  it.each(['DDI', 'DDI Number', 'Direct Dial', 'direct_dial_number'])('"%s" is a phone', (h) => {
    expect(fieldsOf(['Email', h])).toEqual(['email', 'phone']);
  });
});

describe('sixth part: an organisation\'s numbered contact persons are other people, number 1 too', () => {
  // A Swiss tradesman's CRM export: "Name","Vorname",...,"Kontaktperson 1 Vorname","Kontaktperson 1 Nachname".
  it('the record\'s own name stays, a bare "Name" beside "Vorname" the last name', () => {
    expect(fieldsOf(['Vorname', 'Name', 'E-Mail', 'Kontaktperson 1 Vorname', 'Kontaktperson 1 Nachname'])).toEqual(['firstName', 'lastName', 'email', null, null]);
  });
  it.each([['en', 'Contact Person 1 Email'], ['en', 'contact_person_2_phone'], ['es', 'Persona de contacto 1 Teléfono'], ['pt', 'Pessoa de contato 1 E-mail'],
    ['fr', 'Personne de contact 1 Téléphone'], ['de', 'Ansprechpartner 1 E-Mail'], ['it', 'Referente 1 Email'], ['nl', 'Contactpersoon 1 Telefoon']])(
    '[%s] "%s" is not the contact\'s', (_lang, h) => {
      expect(mapOf(['Name', 'Email', 'Phone', h])[h]).toBeNull();
    });
  it.each([['Contact Person', 'name'], ['Address 1', 'address1'], ['Phone 1', 'phone'], ['Contact Email', 'email']])('"%s" without a numbered contact person stays %s', (h, f) => {
    expect(mapOf([h])[h]).toBe(f);
  });
});

describe('sixth part: review mends (a note that is no note, a district, a singular contact type)', () => {
  it('a bracket that says how the column is used is no note: Google Workspace\'s "New Primary Email [UPLOAD ONLY]" is not read as an email', () => {
    expect(mapOf(['Email Address [Required]', 'New Primary Email [UPLOAD ONLY]'])['New Primary Email [UPLOAD ONLY]']).toBeNull();
    expect(mapOf(['Email', 'Birthday (format DD/MM/YYYY)'])['Birthday (format DD/MM/YYYY)']).toBe('dateOfBirth');
  });
  it.each(['Kontaktart', 'Kontakttyp', 'Contact Type', 'Type de contact'])('"%s" (one record type) is not imported, even beside a town', (h) => {
    expect(mapOf(['Name', 'Ort', h])[h]).toBeNull();
  });
  it('"Ortsteil" (a district of a town) is not the town', () => {
    expect(mapOf(['Name', 'Ortsteil'])['Ortsteil']).not.toBe('city');
  });
});

describe('seventh part: a cost centre, a telefax, a follow-up, accounts in other systems and contact persons in the plural are no contact field', () => {
  // SAP HR's staff export: "Personalnummer","Nachname","Vorname","Kostenstelle" ("230010"), "Handynummer".
  it.each([['de', 'Kostenstelle'], ['de', 'KSt'], ['en', 'Cost Center'], ['en', 'cost_centre'], ['es', 'Centro de costo'], ['pt', 'Centro de custo'],
    ['fr', 'Centre de coûts'], ['it', 'Centro di costo'], ['nl', 'Kostenplaats']])('[%s] "%s" is not imported, even over values that look like phones', (_lang, h) => {
    const rows = rowsOf(['Anna', 'Ben'], ['230010', '410020'], ['0171 2223334', '0151 9876543']);
    expect(fieldsOf(['Vorname', h, 'Handynummer'], { sampleRows: rows })).toEqual(['firstName', null, 'phone']);
  });
  it.each(['Dienstart', 'Dienststelle', 'Dienstgrad'])('"%s" (an HR export\'s kind of service, unit, rank) is no typo of "Dienstnr", even over "01", "03"', (h) => {
    const rows = rowsOf(['Anna', 'Ben'], ['0171 2223334', '0151 9876543'], ['01', '03']);
    expect(fieldsOf(['Vorname', 'Handynummer', h], { sampleRows: rows })).toEqual(['firstName', 'phone', null]);
  });
  it('"Dienstnr" stays a phone', () => {
    expect(mapOf(['Name', 'Telefon', 'Dienstnr'])['Dienstnr']).toBe('additionalPhones');
  });
  it.each(['Telefax', 'Telefaxnummer', 'Télécopie', 'Fax-Nr'])('"%s" (a fax) adds no phone', (h) => {
    expect(fieldsOf(['Name', 'Telefon', h])).toEqual(['name', 'phone', null]);
  });
  it.each(['Follow Up', 'Follow-up', 'follow_up', 'Wiedervorlage', 'Relance', 'Seguimiento', 'Opvolging'])('"%s" (a follow-up to do) is no follower', (h) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBeNull();
  });
  it.each(['Followers', 'Follower'])('"%s" stays the followers', (h) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBe('followers');
  });
  it('a billing platform\'s "Accounts" ("stripe:cust_...") is no company: the billing company is', () => {
    const rows = rowsOf(['ap@northwind.example.com'], ['Northwind Outfitters'], ['Portland'], ['stripe:cust_Q1a2B3c4D5e6F7']);
    expect(fieldsOf(['Email', 'Billing Company', 'Billing City', 'Accounts'], { sampleRows: rows })).toEqual(['email', 'companyName', 'city', null]);
  });
  it.each(['Account', 'Account Name'])('a singular "%s" stays the company', (h) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBe('companyName');
  });
  it.each([['nl', 'contactpersonen'], ['de', 'Kontaktpersonen'], ['en', 'Contact Persons'], ['es', 'Personas de contacto'], ['pt', 'Pessoas de contato'],
    ['fr', 'Personnes de contact'], ['it', 'Referenti']])('[%s] "%s" (several contact persons of an organisation) is not the name', (_lang, h) => {
    expect(mapOf(['Bedrijfsnaam', 'E-mail', h])[h]).toBeNull();
  });
  it.each([['nl', 'Contactpersoon'], ['de', 'Ansprechpartner'], ['en', 'Contact Person'], ['it', 'Referente']])('[%s] a singular "%s" stays the name', (_lang, h) => {
    expect(mapOf(['E-mail', h])[h]).toBe('name');
  });
});

describe('seventh part: a register\'s number for the person is the External ID ("Identifier" is "ID" written out; a constituent is the person)', () => {
  it.each([['en', 'Employee Identifier'], ['en', 'employee_identifier'], ['en', 'Customer Identifier'], ['pt', 'Identificador do cliente'], ['fr', 'Identifiant client'],
    ['en', 'PRN'], ['en', 'PRN No'], ['en', 'College Number'], ['nl', 'Bondsnummer'], ['es', 'Numero de Control'], ['es', 'Número de control'],
    ['en', 'LGL Constituent ID'], ['en', 'LGl Constituent ID'], ['en', 'Constituent ID'], ['pt', 'ID_Registro'], ['es', 'ID del registro']])(
    '[%s] "%s" is the External ID', (_lang, h) => {
      expect(mapOf(['Email', 'First Name', 'Last Name', h])[h]).toBe('externalId');
    });
  it.each(['Account Identifier', 'Device Identifier', 'Order Identifier', 'Mandaat ID', 'mandaat_id', 'Mandat ID', 'ID mandato', 'Fecha de registro', 'Registration ID'])(
    '"%s" is not the External ID', (h) => {
      expect(mapOf(['Email', 'First Name', 'Last Name', h])[h]).not.toBe('externalId');
    });
  it('a federation\'s member number beside a direct-debit mandate\'s id: the member number is the id', () => {
    expect(fieldsOf(['Bondsnummer', 'Voornaam', 'Achternaam', 'Mandaat ID'])).toEqual(['externalId', 'firstName', 'lastName', null]);
  });
});

describe('seventh part: regions by their local names (a canton, a British county in Thunderbird, Italian "PR", Brazil\'s "UF")', () => {
  it.each([['it', 'Cantone'], ['fr', 'Canton'], ['de', 'Kanton'], ['it', 'Sigla provincia'], ['pt', 'UF_ESTADO'], ['pt', 'Estado (UF)'], ['pt', 'uf_estado']])(
    '[%s] "%s" is the state', (_lang, h) => {
      expect(mapOf(['Nome', 'Email', 'Città', h])[h]).toBe('state');
    });
  it('Italian two-letter province codes under "Prov." are the state, not the country they also spell (BG, BS)', () => {
    const rows = rowsOf(['Mario Rossi', 'Sara Bianchi'], ['Bergamo', 'Brescia'], ['BG', 'BS'], ['Italia', 'Italia']);
    expect(fieldsOf(['Nome', 'Città', 'Prov.', 'Paese'], { sampleRows: rows })).toEqual(['name', 'city', 'state', 'country']);
  });
  it('Thunderbird\'s en-GB export: the home county is the state, the home post code the postal code', () => {
    expect(fieldsOf(['First Name', 'Last Name', 'Primary Email', 'Home Address', 'Home City', 'Home County', 'Home Post Code', 'Home Country', 'Work County'])).toEqual(
      ['firstName', 'lastName', 'email', 'address1', 'city', 'state', 'postalCode', 'country', null]);
  });
  it.each(['County', 'Country'])('a bare "%s" is not the state (a US county is below the state)', (h) => {
    expect(mapOf(['Name', 'City', 'State', h])[h]).not.toBe('state');
  });
  it.each(['Com_Residenza', 'Com. residenza', 'Comune di residenza'])('"%s" (the comune someone lives in) is the city', (h) => {
    expect(mapOf(['Nome', 'Cognome', h])[h]).toBe('city');
  });
});

describe('seventh part: a category numbered in Roman numerals, a customer\'s collections and email lists are tags; a sales representative is the owner', () => {
  it.each(['Kat I', 'Kat II', 'Kat. III', 'Kategorie I', 'Category II', 'KAT_II'])('"%s" is the tags', (h) => {
    expect(mapOf(['Name', 'Vorname', 'E-Mail', h])[h]).toBe('tags');
  });
  it('a Roman "II" numbers the alternate one as "2" does', () => {
    expect(fieldsOf(['Name', 'Phone', 'Phone II'])).toEqual(['name', 'phone', 'additionalPhones']);
    expect(fieldsOf(['Name', 'Address', 'Address II'])).toEqual(['name', 'address1', null]);
  });
  it.each(['Collections', 'Email Lists'])('"%s" is the tags', (h) => {
    expect(mapOf(['Email', 'First Name', 'Last Name', h])[h]).toBe('tags');
  });
  it.each([['pt', 'Representante'], ['pt', 'Representante comercial'], ['es', 'Representante de ventas'], ['en', 'Sales Representative'], ['fr', 'Représentant commercial']])(
    '[%s] "%s" is the owner', (_lang, h) => {
      expect(mapOf(['Razão Social', 'E-mail', h])[h]).toBe('owner');
    });
  it.each(['Representante legal', 'Représentant légal'])('a legal representative ("%s") is no owner', (h) => {
    expect(mapOf(['Nombre', 'Email', h])[h]).not.toBe('owner');
  });
});

describe('seventh part: a ticket\'s holder is the contact of a ticket export; the ticket\'s own columns and the order\'s are not', () => {
  // Tito's ticket export: "Number","Ticket Created Date","Ticket","Ticket Full Name","Ticket First Name","Ticket Last Name",
  // "Ticket Email","Ticket Company Name","Ticket Phone Number","Event","Void Status","Price","Ticket Reference",...,"Order Name","Order Email".
  it('Tito\'s export: the ticket holder\'s name, email, company and phone; the order\'s (the buyer\'s) are not imported', () => {
    const tito = ['Number', 'Ticket Created Date', 'Ticket', 'Ticket Full Name', 'Ticket First Name', 'Ticket Last Name', 'Ticket Email', 'Ticket Company Name',
      'Ticket Phone Number', 'Event', 'Price', 'Ticket Reference', 'Unique Ticket URL', 'Order Name', 'Order Email', 'Order Company Name', 'Order Phone Number'];
    expect(fieldsOf(tito)).toEqual([null, null, null, 'name', 'firstName', 'lastName', 'email', 'companyName', 'phone', null, null, null, null, null, null, null, null]);
  });
  it.each([['Ticket Holder Name', 'name'], ['Ticket Holder Email', 'email'], ['ticket_email', 'email'], ['TicketFirstName', 'firstName'], ['Ticket Phone', 'phone'],
    ['Billet Email', 'email']])('"%s" is the holder\'s %s', (h, f) => {
    expect(mapOf(['Order ID', h])[h]).toBe(f);
  });
  it.each(['Ticket Name', 'Ticket Type', 'Ticket Number', 'Ticket ID', 'Ticket Price', 'Ticket Reference', 'Ticket Email Status', 'Ticket Secondary Email', 'Ticket Created Date'])(
    '"%s" is the ticket\'s, not its holder\'s', (h) => {
      expect(mapOf(['Email', h])[h]).toBeNull();
    });
  it('the holder is the contact before the one who paid ("Purchaser Name" first)', () => {
    expect(fieldsOf(['Purchaser Name', 'Purchaser Email', 'Ticket Full Name', 'Ticket Email'])).toEqual([null, null, 'name', 'email']);
  });
  it('a file\'s own person is the contact before a ticket\'s holder', () => {
    expect(fieldsOf(['First Name', 'Last Name', 'Email', 'Ticket First Name', 'Ticket Last Name'])).toEqual(['firstName', 'lastName', 'email', null, null]);
  });
});

describe('seventh part: a property\'s numbered owners: owner 1 is the contact, the others other people; a CRM\'s owner is never numbered', () => {
  // PropStream / skip-trace lists: "Address","City","State","Zip",...,"Owner 1 First Name","Owner 1 Last Name","Owner 2 First Name",...
  it('a skip-traced property list', () => {
    expect(fieldsOf(['Owner 1 First Name', 'Owner 1 Last Name', 'Owner 2 First Name', 'Owner 2 Last Name', 'Phone 1', 'Email 1'])).toEqual(
      ['firstName', 'lastName', null, null, 'phone', 'email']);
  });
  it.each([['Owner 1 First Name', 'firstName'], ['owner_1_last_name', 'lastName'], ['Owner1FirstName', 'firstName'], ['Owner 1 Full Name', 'name'], ['Owner 1 Email', 'email'],
    ['Propietario 1 Nombre', 'name'], ['Eigentümer 1 Nachname', 'lastName']])('"%s" is the property owner\'s %s', (h, f) => {
    expect(mapOf(['APN', h])[h]).toBe(f);
  });
  it.each(['Owner 2 First Name', 'Owner 3 Last Name', 'owner_2_email', 'Eigentümer 2 Nachname'])('"%s" is another person\'s', (h) => {
    expect(mapOf(['Email', 'Name', h])[h]).toBeNull();
  });
  it.each(['Owner First Name', 'Owner Email', 'Owner Phone', 'Owner 1 Mailing Address'])('"%s" (not a numbered owner\'s name) is not the contact\'s', (h) => {
    expect(mapOf(['Email', 'Name', 'Phone', h])[h]).toBeNull();
  });
  it.each(['Owner', 'Owner Name', 'Contact Owner'])('"%s" stays the contact\'s owner', (h) => {
    expect(mapOf(['Email', 'Name', h])[h]).toBe('owner');
  });
});

describe('seventh part: the manager someone reports to, a family member and a provider are other people or another record', () => {
  // BambooHR's roster: "Employee #","First Name","Last Name","Work Email","Reports To","Reports To Email".
  it('BambooHR: the work email is the contact\'s, the manager\'s email is not imported', () => {
    const rows = rowsOf(['Rohan'], ['Sharma'], ['rohan.sharma@contoso.example.com'], ['Kavya Iyer'], ['kavya.iyer@acme.example.co']);
    expect(fieldsOf(['First Name', 'Last Name', 'Work Email', 'Reports To', 'Reports To Email'], { sampleRows: rows })).toEqual(['firstName', 'lastName', 'email', null, null]);
  });
  it.each([['en', 'Reports To Email'], ['en', 'reports_to_email'], ['en', 'Reporting To Name'], ['es', 'Reporta a (email)'], ['de', 'Berichtet an E-Mail'],
    ['en', 'Family Member Name(s)'], ['en', 'Family Member Email'], ['en', 'Household Member Name'], ['es', 'Nombre del miembro de la familia'], ['pt', 'Telefone do membro da família'],
    ['fr', 'Téléphone du membre de la famille'], ['it', 'Nome del familiare'], ['de', 'Familienmitglied Name'], ['nl', 'Familielid telefoon']])('[%s] "%s" is not the contact\'s', (_lang, h) => {
    expect(mapOf(['Name', 'Email', 'Phone', h])[h]).toBeNull();
  });
  it.each([['Family Name', 'lastName'], ['Reporting Email', 'email'], ['Household Name', null]])('"%s" stays %s', (h, f) => {
    expect(mapOf(['First Name', 'Phone', h])[h]).toBe(f);
  });
  // A course booking platform's invoice export: "Kunde Rechnungsadresse ..." beside "Anbieter Rechnungsadresse ..." (the provider's).
  it.each([['de', 'Anbieter Rechnungsadresse Firma'], ['de', 'Anbieter Name'], ['de', 'E-Mail-Anbieter'], ['es', 'Empresa proveedor'], ['fr', 'Société fournisseur'],
    ['it', 'Email fornitore'], ['nl', 'Bedrijfsnaam leverancier'], ['pt', 'Nome do fornecedor']])('[%s] "%s" (a provider\'s) is not the contact\'s', (_lang, h) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBeNull();
  });
});

describe('seventh part: the contact\'s own object before a longer header is read as that header', () => {
  // A course booking platform's invoice export: "Kunde Rechnungsadresse Vorname", ..., "Kunde Rechnungsadresse Ort", "Anbieter Rechnungsadresse ...".
  it('the customer\'s billing address is the address when the file has no other; the provider\'s is not', () => {
    expect(fieldsOf(['Kunde Rechnungsadresse Vorname', 'Kunde Rechnungsadresse Nachname', 'Kunde Rechnungsadresse Strasse', 'Kunde Rechnungsadresse PLZ',
      'Kunde Rechnungsadresse Ort', 'Anbieter Rechnungsadresse Firma', 'Anbieter Rechnungsadresse Ort'])).toEqual(
      ['firstName', 'lastName', 'address1', 'postalCode', 'city', null, null]);
  });
  it.each([['Customer Billing City', 'city'], ['Contact Mailing Street', 'address1'], ['Cliente Dirección de facturación', 'address1'], ['Klant Factuuradres Plaats', 'city'],
    ['Customer Home Phone Number', 'phone']])('"%s" is the %s', (h, f) => {
    expect(mapOf(['Name', h])[h]).toBe(f);
  });
  it('a billing city stays below the contact\'s own city', () => {
    expect(fieldsOf(['Name', 'City', 'Customer Billing City'])).toEqual(['name', 'city', null]);
  });
  it.each(['Contact Owner Email', 'Kunde seit', 'Customer Type Code', 'Customer Shipping City'])('"%s" is not the contact\'s field', (h) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBeNull();
  });
});

describe('seventh part: key words before the file\'s person are that person\'s, with or without a linking word', () => {
  it.each([['es', 'Primer Nombre del Alumno', 'firstName'], ['es', 'Apellido Paterno del Alumno', 'lastName'], ['pt', 'NOME_COMPRADOR', 'name'], ['pt', 'EMAIL_CLIENTE', 'email'],
    ['pt', 'Telefone Aluno', 'phone'], ['it', 'COGNOME NOME ATLETA', 'name'], ['it', 'Nome Atleta', 'name'], ['it', 'Email atleta', 'email'], ['es', 'Nombre del comprador', 'name'],
    ['fr', 'Email du participant', 'email'], ['de', 'Name des Käufers', 'name'], ['fr', 'Prénom du participant', 'firstName']])('[%s] "%s" is the %s', (_lang, h, f) => {
    expect(mapOf(['Ciudad', h])[h]).toBe(f);
  });
  it('a Mexican school\'s pupils with their tutor: the pupil\'s names, not the tutor\'s', () => {
    expect(fieldsOf(['Numero de Control', 'Primer Nombre del Alumno', 'Segundo Nombre del Alumno', 'Apellido Paterno', 'Apellido Materno', 'Primer Nombre del Tutor',
      'Apellido Paterno del Tutor'])).toEqual(['externalId', 'firstName', null, 'lastName', null, null, null]);
  });
  it.each(['Nome del prodotto cliente', 'Nombre del Tutor', 'Segundo Nombre del Alumno', 'Email Status Cliente'])('"%s" is not the person\'s field', (h) => {
    expect(mapOf(['Ciudad', h])[h]).toBeNull();
  });
  it.each(['Athlete ID', 'ID atleta'])('"%s" is the External ID', (h) => {
    expect(mapOf(['Email', h])[h]).toBe('externalId');
  });
});

describe('CRM exports in their other display languages: the contact owner, Pipedrive\'s person, vendors\' contact ids, a reference number', () => {
  it.each(['Kontaktinhaber', 'Lead-Inhaber', 'Proprietário do contato', 'Dono do Lead', 'Proprietario del contatto', 'Eigenaar van contactpersoon', 'Contacteigenaar', 'Propriétaire du contact', 'Propietario del contacto'])(
    '"%s" is the contact owner', (h) => {
      expect(mapOf(['E-Mail', 'Name', h])[h]).toBe('owner');
    },
  );
  it.each(['Kontoinhaber', 'Kontoinhaberin'])('"%s" (a bank account\'s holder, beside an IBAN) is no owner, not even by a typo', (h) => {
    expect(fieldsOf(['Name', 'Email', h, 'IBAN'])).toEqual(['name', 'email', null, null]);
  });
  it('Pipedrive\'s export in Dutch: the person\'s columns are the contact\'s', () => {
    expect(fieldsOf(['Persoon - Naam', 'Persoon - E-mail', 'Persoon - Telefoon', 'Persoon - Organisatie', 'Deal - Titel'])).toEqual(['name', 'email', 'phone', 'companyName', null]);
  });
  it.each(['Apollo Contact Id', 'Salesforce Contact ID', 'Zoho Contact ID', 'Legacy Contact ID', 'Old Contact ID', 'CRM Contact ID'])(
    '"%s" is the contact\'s id in another system: the External ID', (h) => {
      expect(mapOf(['Email', h])[h]).toBe('externalId');
    },
  );
  it('a bare "Contact ID" stays the Contact ID; a parent\'s or an emergency contact\'s id is someone else\'s', () => {
    expect(fieldsOf(['Email', 'Contact ID'])).toEqual(['email', 'contactId']);
    expect(fieldsOf(['Email', 'Parent Contact ID', 'Emergency Contact ID'])).toEqual(['email', null, null]);
  });
  it.each(['Reference ID', 'Reference Id'])('"%s" is a record\'s number, not a referee', (h) => {
    expect(mapOf(['Email', h])[h]).toBe('externalId');
  });
  it.each(['Reference', 'Reference Name', 'Reference Phone', 'Reference Email'])('"%s" is a referee\'s, another person\'s', (h) => {
    expect(mapOf(['Email', 'Phone', 'Name', h])[h]).toBeNull();
  });
});

describe('Spanish "asistente": an event\'s attendee, or the contact\'s assistant beside the contact\'s own name', () => {
  it('a ticket export\'s "... del asistente" columns are the contact; the buyer\'s are another person\'s', () => {
    expect(fieldsOf(['Nº de pedido', 'Nombre completo del asistente', 'Correo electrónico del asistente', 'Teléfono del asistente', 'Nombre del comprador', 'Correo del comprador'])).toEqual(
      [null, 'name', 'email', 'phone', null, null]);
    expect(fieldsOf(['Nombre del asistente', 'Correo del asistente', 'Empresa'])).toEqual(['name', 'email', 'companyName']);
  });
  it('Outlook\'s export in Spanish: the assistant\'s name and phone beside the contact\'s own are another person\'s', () => {
    expect(fieldsOf(['Nombre', 'Apellidos', 'Dirección de correo electrónico', 'Teléfono del trabajo', 'Nombre del asistente', 'Teléfono del asistente'])).toEqual(
      ['firstName', 'lastName', 'email', 'phone', null, null]);
    expect(fieldsOf(['Nombre', 'Apellidos', 'Teléfono del trabajo', 'Teléfono del asistente'])).toEqual(['firstName', 'lastName', 'phone', null]);
  });
  it('an assistant in the other languages is always another person', () => {
    expect(fieldsOf(['Email', "Assistant's Name", "Assistant's Phone"])).toEqual(['email', null, null]);
    expect(fieldsOf(['E-Mail', 'Name Assistent', 'Telefon Assistentin'])).toEqual(['email', null, null]);
  });
});

describe('Google Contacts\' numbered columns as its exports in other languages write them', () => {
  it.each([
    [['Nombre', 'Apellido', 'Correo electrónico 1 - Valor', 'Correo electrónico 2 - Valor', 'Teléfono 1 - Valor', 'Dirección 1 - Calle', 'Dirección 1 - Ciudad', 'Organización 1 - Nombre'],
      ['firstName', 'lastName', 'email', 'additionalEmails', 'phone', 'address1', 'city', 'companyName']],
    [['Vorname', 'Nachname', 'E-Mail 1 - Wert', 'Telefon 1 - Wert', 'Adresse 1 - Straße', 'Adresse 1 - Ort', 'Adresse 1 - PLZ'], ['firstName', 'lastName', 'email', 'phone', 'address1', 'city', 'postalCode']],
    [['Prénom', 'Nom', 'Adresse e-mail 1 - Valeur', 'Téléphone 1 - Valeur', 'Adresse 1 - Rue', 'Adresse 1 - Ville'], ['firstName', 'lastName', 'email', 'phone', 'address1', 'city']],
    [['Nome', 'Sobrenome', 'Telefone 1 - Valor', 'Endereço 1 - Rua', 'Organização 1 - Nome'], ['firstName', 'lastName', 'phone', 'address1', 'companyName']],
    [['Nome', 'Cognome', 'Telefono 1 - Valore', 'Indirizzo 1 - Via', 'Organizzazione 1 - Nome'], ['firstName', 'lastName', 'phone', 'address1', 'companyName']],
    [['Voornaam', 'Achternaam', 'Telefoon 1 - Waarde', 'Adres 1 - Straat', 'Organisatie 1 - Naam'], ['firstName', 'lastName', 'phone', 'address1', 'companyName']],
  ])('%j', (headers, want) => {
    expect(fieldsOf(headers)).toEqual(want);
  });
  it('a second address group is never mapped over the first, in any language', () => {
    expect(fieldsOf(['Dirección 2 - Calle', 'Dirección 2 - Ciudad', 'Dirección 1 - Calle', 'Dirección 1 - Ciudad'])).toEqual([null, null, 'address1', 'city']);
    expect(fieldsOf(['Address 2 - Street', 'Address 2 - City', 'Address 1 - Street', 'Address 1 - City'])).toEqual([null, null, 'address1', 'city']);
  });
  it('an organisation\'s other columns and a label column stay unmapped', () => {
    expect(fieldsOf(['Email', 'Organización 1 - Cargo', 'Teléfono 1 - Etiqueta', 'Dirección 1 - Apartado postal'])).toEqual(['email', null, null, null]);
  });
});

describe('eighth part: a house number alone is not imported, a street\'s name is the street line', () => {
  it.each(['Street Number', 'street_number', 'streetNumber', 'House Number', 'houseNumber', 'Street No', 'House No', 'Street #', 'Address Number', 'Road No',
    'Número de calle', 'Número exterior', 'Número da rua', 'Numéro de rue', 'Numéro de voie', 'Hausnummer', 'Hausnr', 'Numero civico', 'Huisnummer', 'Adresse Nr'])(
    '"%s" is not imported', (h) => {
      expect(mapOf(['Name', h, 'City'])[h]).toBeNull();
    },
  );

  it.each(['Street Name', 'street_name', 'streetName', 'Road Name', 'Nombre de la calle', 'Nome da rua', 'Nom de rue', 'Nom de la voie', 'Straßenname', 'Strassenname', 'Nome della via', 'Straatnaam'])(
    '"%s" is the street line when the file has no other', (h) => {
      expect(mapOf(['Name', 'Street Number', h, 'City'])[h]).toBe('address1');
    },
  );

  it('a whole address column wins over a street\'s name; the counter-cases keep their fields', () => {
    expect(fieldsOf(['Name', 'Address', 'Street Name', 'City'])).toEqual(['name', 'address1', null, 'city']);
    expect(fieldsOf(['Name', 'Street Address', 'Address Line 1', 'N° et voie', 'Número de teléfono'])).toEqual(['name', 'address1', null, null, 'phone']);
    expect(fieldsOf(['Name', 'Street Address 2'])).toEqual(['name', 'address1']);
  });
});

describe('eighth part: the date someone joined or left is no id and no name; a kind of member is no name', () => {
  it.each(['Mitglied seit', 'Mitglied_seit', 'Member since', 'memberSince', 'Miembro desde', 'Socio desde', 'Membre depuis', 'Client depuis', 'Socio dal',
    'Cliente dal', 'Lid sinds', 'Klant sinds', 'Sócio desde', 'Kunde seit', 'Mitglied bis', 'Miembro hasta'])(
    '"%s" is not imported, whatever its values', (h) => {
      const rows = rowsOf(['Ann Lee', 'Bob Ray'], ['2019', '03/2022']);
      expect(mapOf(['Name', h], { sampleRows: rows })[h]).toBeNull();
    },
  );

  it.each(['Ehrenmitglied', 'Fördermitglied', 'Gründungsmitglied', 'Vorstandsmitglied', 'Stammkunde', 'Neumitglied', 'Ehrenvorsitzender'])(
    '"%s" (a flag or a kind of member) is not a name', (h) => {
      const rows = rowsOf(['Ann Lee', 'Bob Ray'], ['', 'x']);
      expect(mapOf(['Name', h], { sampleRows: rows })[h]).toBeNull();
    },
  );

  it('a name word at a compound\'s end, and the bare person words, keep their fields', () => {
    expect(fieldsOf(['Email', 'Kundenname'])).toEqual(['email', 'name']);
    expect(fieldsOf(['Email', 'Hauptansprechpartner'])).toEqual(['email', 'name']);
    expect(fieldsOf(['Email', 'Mitglied'])).toEqual(['email', 'name']);
    expect(fieldsOf(['Email', 'Mitgliedsnummer', 'Date of Birth'])).toEqual(['email', 'externalId', 'dateOfBirth']);
  });
});

describe('eighth part: another object\'s name or link, a place that is no town', () => {
  it.each(['Produkt Name', 'Produktname', 'Artikelname', 'Artikel Name', 'Product Name', 'Item Name', 'Nombre del producto', 'Nome do produto', 'Nom du produit',
    'Nome prodotto', 'Productnaam', 'Ordernummer'])(
    '"%s" is another record\'s, not the contact\'s name', (h) => {
      const rows = rowsOf(['ann@example.com', 'bob@example.com'], ['Feuerlöscher 6 kg Schaum', 'Löschdecke 120x180']);
      expect(mapOf(['Email', h], { sampleRows: rows })[h]).toBeNull();
    },
  );

  it.each(['Invoice URL', 'invoice_url', 'invoiceLink', 'Invoice Link', 'Billing URL', 'URL de la factura', 'Link da fatura', 'Lien de la facture', 'Rechnung URL',
    'Link fattura', 'Factuur URL', 'Receipt URL', 'Order URL', 'Quote URL'])(
    '"%s" is a link to a bill or an order, not the website, whatever its values', (h) => {
      const rows = rowsOf(['ann@example.com', 'bob@example.com'], ['https://example.test/internal/13623', 'https://example.test/internal/13710']);
      expect(mapOf(['Email', h], { sampleRows: rows })[h]).toBeNull();
    },
  );

  it.each(['Standplaatsen', 'Standplaats', 'Werkplaats', 'Parkeerplaats', 'Zitplaats', 'Geboorteplaats', 'Standplatz', 'Arbeitsplatz', 'Parkplatz', 'Sitzplatz',
    'Geburtsort', 'Pitch', 'Booth Number', 'Place of Birth', 'Lugar de nacimiento', 'Local de nascimento', 'Lieu de naissance', 'Emplacement', 'Posto auto'])(
    '"%s" is a place that is no town', (h) => {
      const rows = rowsOf(['Ann Lee', 'Bob Ray'], ['A12 & A13', 'C4']);
      expect(mapOf(['Name', h], { sampleRows: rows })[h]).toBeNull();
    },
  );

  it('the counter-cases keep their fields: towns, billing addresses, a website', () => {
    expect(fieldsOf(['Name', 'Woonplaats'])).toEqual(['name', 'city']);
    expect(fieldsOf(['Name', 'Wohnort'])).toEqual(['name', 'city']);
    expect(fieldsOf(['Name', 'Billing Address', 'Billing City', 'Company URL'])).toEqual(['name', 'address1', 'city', 'website']);
    expect(fieldsOf(['Name', 'Rechnungsadresse', 'Webseite'])).toEqual(['name', 'address1', 'website']);
  });
});

describe('eighth part: the file\'s person before a field is that person\'s field', () => {
  it.each([
    ['Student mobile', 'phone'], ['student_mobile', 'phone'], ['studentMobile', 'phone'], ['Patient phone', 'phone'], ['Alumno teléfono', 'phone'], ['Aluno celular', 'phone'],
    ['Élève portable', 'phone'], ['Schüler Handy', 'phone'], ['Studente cellulare', 'phone'], ['Leerling mobiel', 'phone'],
    ['Student Date of Birth (YYYY-MM-DD)', 'dateOfBirth'], ['Student Date of Birth', 'dateOfBirth'], ['Patient Date of Birth', 'dateOfBirth'], ['Student DOB', 'dateOfBirth'],
    ['Member email', 'email'], ['Student Address', 'address1'], ['Student Last Name', 'lastName'],
  ])('"%s" is the person\'s %s', (h, field) => {
    expect(mapOf(['Name', h])[h]).toBe(field);
  });

  it.each(['Child DOB', 'Parent Phone', 'Mother Mobile', 'Guardian mobile', 'Student Status', 'Patient Type', 'Member Since', 'Student_pincode'])('"%s" is someone else\'s or no field', (h) => {
    expect(mapOf(['Name', h])[h]).toBeNull();
  });

  it('a student roster with its guardian keeps the student\'s columns', () => {
    expect(fieldsOf(['Student Name', 'Student mobile', 'Student Date of Birth (YYYY-MM-DD)', 'Parent Name', 'Parent Phone'])).toEqual(['name', 'phone', 'dateOfBirth', null, null]);
  });
});

describe('eighth part: an account\'s or a card\'s number is never a phone; the contact\'s account or membership number is the External ID', () => {
  it.each(['numéro de compte', 'Numéro de Compte', 'N° de compte', 'Acct_Num', 'acctNum', 'Acct No', 'Account No', 'Numero Tessera', 'Nr tessera', 'N. tessera', 'Numero di tessera',
    'Membership Number', 'Número de afiliado', 'Numéro d\'adhésion'])(
    '"%s" is the External ID', (h) => {
      const rows = rowsOf(['Ann Lee', 'Bob Ray'], ['411000124', '411000310']);
      expect(mapOf(['Name', h], { sampleRows: rows })[h]).toBe('externalId');
    },
  );

  it('a Spanish account number (a Mexican university\'s student number) is the External ID, below a customer\'s', () => {
    expect(fieldsOf(['Nombre', 'Número de cuenta'])).toEqual(['name', 'externalId']);
    expect(fieldsOf(['Número de cliente', 'Nombre', 'Número de cuenta'])).toEqual(['externalId', 'name', null]);
  });

  it.each(['Card Number', 'Numéro de carte', 'Número de tarjeta', 'Kartennummer', 'Kaartnummer', 'Credit Card Number', 'Debit Card Number', 'Bank Account Number', 'Numéro de compte bancaire', 'Número de cuenta bancaria', 'Número da conta', 'Kontonummer',
    'Numero conto', 'Conto corrente', 'Rekeningnummer', 'IBAN'])(
    '"%s" (a bank or payment number) is no id and no phone, whatever its digits', (h) => {
      const rows = rowsOf(['Ann Lee', 'Bob Ray'], ['(212) 736-5000', '(415) 555-0123'], ['411000124', '411000310']);
      expect(mapOf(['Name', 'Phone', h], { sampleRows: rows })[h]).toBeNull();
    },
  );

  it('a customer code wins over an account number; an account\'s name stays the company', () => {
    expect(fieldsOf(['Code Client', 'Dénomination', 'Numéro de Compte'])).toEqual(['externalId', 'companyName', null]);
    expect(fieldsOf(['Account Name', 'Account Number', 'Email'])).toEqual(['companyName', 'externalId', 'email']);
    expect(fieldsOf(['Name', 'Library Card Number'])).toEqual(['name', 'externalId']);
  });
});

describe('eighth part: how a lead was won, a profile link, another record\'s id, a public agency', () => {
  it.each(['Marketing Method', 'Marketing Channel', 'marketing_channel', 'leadChannel', 'Lead Channel', 'Acquisition Source', 'Acquisition Method', 'Canal de adquisición',
    'Canal de captação', "Canal d'acquisition", 'Marketingkanal', 'Akquisekanal', 'Canale di acquisizione', 'Acquisitiekanaal'])('"%s" is the source', (h) => {
    expect(mapOf(['Name', h])[h]).toBe('source');
  });

  it.each(['LinkedIn / Portfolio', 'Portfolio', 'Portfolio URL', 'GitHub Profile', 'Behance', 'Profile URL', 'Perfil de LinkedIn', 'Profil Xing', 'Facebook Page'])(
    '"%s" is a profile, not the website, whatever its values', (h) => {
      const rows = rowsOf(['Ann Lee', 'Bob Ray'], ['https://linkedin.com/in/marcuslindgren', 'https://www.behance.net/aishabello']);
      expect(mapOf(['Name', h], { sampleRows: rows })[h]).toBeNull();
    },
  );

  it('a website named beside a profile, and a company\'s legal name, keep their fields', () => {
    expect(fieldsOf(['Name', 'Website / Portfolio'])).toEqual(['name', 'website']);
    expect(fieldsOf(['Name', 'Personal Website'])).toEqual(['name', 'website']);
    expect(fieldsOf(['Name', 'Empresa (Razão Social)'])).toEqual(['name', 'companyName']);
  });

  it.each(['Application ID', 'application_id', 'applicationId', 'Voice ID', 'Entry ID', 'Submission ID', 'Response ID', 'Job ID', 'Request ID', 'App ID'])(
    '"%s" is another record\'s id', (h) => {
      expect(mapOf(['Name', h])[h]).toBeNull();
    },
  );

  it('the person\'s ids keep theirs', () => {
    expect(fieldsOf(['Name', 'Applicant ID'])).toEqual(['name', 'externalId']);
    expect(fieldsOf(['Name', 'Import ID'])).toEqual(['name', 'externalId']);
    expect(fieldsOf(['Name', 'UoA ID'])).toEqual(['name', 'externalId']);
  });

  it.each(['Agency', 'Agency Name', 'Agencia', 'Agência', 'Agenzia', 'Behörde', 'Instantie'])('"%s" is the company, below a company column', (h) => {
    expect(mapOf(['Name', h])[h]).toBe('companyName');
    expect(mapOf(['Name', 'Company', h])[h]).toBeNull();
  });
});

describe('eighth part: an internal code is the record\'s id in its own system; a project\'s is another record\'s', () => {
  it.each(['Codice Interno Risorse', 'Codice interno', 'codice_interno', 'Internal Code', 'internalCode', 'Código interno', 'Code interne', 'Interne Code'])('"%s" is the External ID', (h) => {
    expect(mapOf(['Nome', 'Cognome', h])[h]).toBe('externalId');
  });

  it.each(['Codice Progetto Interno', 'Project ID', 'Projekt-ID', 'Internal Order Code', 'Numero interno', 'Telefono interno'])('"%s" is no id of the contact\'s', (h) => {
    expect(mapOf(['Nome', 'Cognome', h])[h]).toBeNull();
  });
});

describe('a municipality is the town; an institution\'s name the company; an external code the External ID; a corporate phone the company\'s', () => {
  it.each([['Municipality', 'city'], ['City/Municipality', 'city'], ['Nome da instituição', 'companyName'], ['Nombre de la institución', 'companyName'],
    ['codigo_externo', 'externalId'], ['External Code', 'externalId'], ['Code externe', 'externalId'], ['Codice esterno', 'externalId'], ['Externer Code', 'externalId']])(
    '"%s" -> %s', (h, f) => {
      expect(mapOf(['Email', h])[h]).toBe(f);
    },
  );
  it('"Corporate Phone" beside the contact\'s own phones is the company\'s switchboard, not imported', () => {
    expect(fieldsOf(['Email', 'Mobile Phone', 'Work Direct Phone', 'Corporate Phone'])).toEqual(['email', 'phone', 'additionalPhones', null]);
  });
});

describe('after the ninth part: the one who paid is not the attendee; a bare "ID" of events numbers the events', () => {
  const rows2 = (...cols: string[][]) => rowsOf(...cols);
  it.each([
    [['Attendee first name', 'Attendee last name', 'Attendee email', 'Purchaser city', 'Purchaser state', 'Purchaser country']],
    [['Attendee First Name', 'Attendee Last Name', 'Attendee Email', 'Purchaser Name', 'Purchaser Email', 'Purchaser City']],
    [['Attendee First Name', 'Attendee Last Name', 'Attendee Email', 'Buyer first name', 'Buyer email', 'Purchaser state', 'Purchaser User ID']],
    [['Nombre del participante', 'Email del participante', 'Ciudad del comprador', 'Nombre del comprador']],
    [['Teilnehmer Vorname', 'Teilnehmer Nachname', 'Teilnehmer E-Mail', 'Käufer Stadt', 'Käufer Land']],
  ])('%j: the attendee is the contact, every column of the one who paid is not imported', (headers) => {
    const m = mapOf(headers);
    for (const h of headers) {
      if (/purchaser|buyer|comprador|käufer/i.test(h)) expect([h, m[h]]).toEqual([h, null]);
      else expect([h, m[h]]).not.toEqual([h, null]);
    }
  });

  it('without a named attendee, the one who paid is the contact, address and all', () => {
    expect(fieldsOf(['Order ID', 'Purchaser Name', 'Purchaser Email', 'Purchaser city', 'Purchaser state', 'Ticket Type'])).toEqual(
      [null, 'name', 'email', 'city', 'state', null]);
  });

  it('the file\'s own first and last name beside a "Student Name" is not taken for two people', () => {
    expect(fieldsOf(['First Name', 'Last Name', 'Email', 'Student Name'])).toEqual(['firstName', 'lastName', 'email', 'name']);
  });

  it.each([
    ['Event ID'], ['Ticket Type'], ['Attendee Name'], ['Participant'], ['checkin_at'], ['Data Richiesta'], ['Bewerbungsdatum'], ['Mensagem'],
    ['Message'], ['Appointment Date'], ['Fecha de la cita'], ['Anfrage'], ['Submission Date'], ['Nom de l\'événement'],
  ])('a bare "ID" beside "%s" numbers the file\'s events, not the contact', (other) => {
    expect(mapOf(['ID', 'First Name', 'Last Name', 'Email', other]).ID).toBeNull();
  });

  it.each([['Date d\'inscription'], ['Company'], ['Tags'], ['Created At'], ['Orders Count'], ['Réservations']])(
    'a bare "ID" beside "%s" stays the contact\'s id', (other) => {
      expect(mapOf(['ID', 'First Name', 'Last Name', 'Email', other]).ID).toBe('externalId');
    },
  );

  it.each([['Category', 'Ticket Type'], ['Kategorie', 'Ticket-Code'], ['Categoria', 'Evento'], ['Catégorie', 'Participant'], ['Categoría', 'Fecha de la cita'], ['Categorie', 'Evenement']])(
    'a bare "%s" beside "%s" is the ticket\'s or the race\'s category, not tags', (h, other) => {
      expect(mapOf(['First Name', 'Last Name', 'Email', h, other])[h]).toBeNull();
    },
  );

  it.each([['Category', 'Company'], ['Categorie', 'Klantnummer'], ['Categoria', 'Telefone'], ['Catégorie', 'Date Inscription']])(
    'a bare "%s" beside "%s" stays the contact\'s tags', (h, other) => {
      expect(mapOf(['First Name', 'Last Name', 'Email', h, other])[h]).toBe('tags');
    },
  );

  // (This rule chose the named id over a bare first "ID"; the tenth part's choice, "of two ids of the person, the first",
  // which every later part follows, replaced it: the named id wins where the bare "ID" does not open the file, or numbers
  // invoices, "of two ids" block below.)
  it.each(['User ID', 'Member ID', 'Customer ID', 'Student ID'])('beside a bare "ID" that does not open the file, "%s" is the External ID', (h) => {
    const m = mapOf(['Name', 'ID', h, 'Email'], { sampleRows: rows2(['Ana Lee', 'Bo Li'], ['88', '89'], ['412', '415'], ['a@example.com', 'b@example.com']) });
    expect([m.ID, m[h]]).toEqual([null, 'externalId']);
  });
  it.each(['User ID', 'Member ID', 'Customer ID', 'Student ID'])('after a bare "ID" opening the file, "%s" is not imported: the first id is the External ID', (h) => {
    const m = mapOf(['ID', h, 'Name', 'Email'], { sampleRows: rows2(['88', '89'], ['412', '415'], ['Ana Lee', 'Bo Li'], ['a@example.com', 'b@example.com']) });
    expect([m.ID, m[h]]).toEqual(['externalId', null]);
  });
});

describe('after the ninth part: German compounds with a joining "s" type their column', () => {
  it('"GeschaeftsTelefon" and "Geschäftsadresse" parts are the business ones, "Privat..." the home ones', () => {
    expect(fieldsOf(['Vorname', 'Nachname', 'Mobile', 'GeschaeftsTelefon', 'PrivatStrasse', 'PrivatPlz', 'PrivatOrt', 'GeschaeftsStrasse', 'GeschaeftsPlz', 'GeschaeftsOrt'], { defaultCountry: 'CH' })).toEqual(
      ['firstName', 'lastName', 'phone', 'additionalPhones', 'address1', 'postalCode', 'city', null, null, null]);
    expect(fieldsOf(['Vorname', 'Nachname', 'Mobil', 'GeschäftsTelefon', 'PrivatTelefon'], { defaultCountry: 'DE' })).toEqual(
      ['firstName', 'lastName', 'phone', 'additionalPhones', 'additionalPhones']);
  });
});

describe('tenth part: an assigned user, a street and its number, a town with its state, an orchestra, a preferred channel, an interest, an arrival', () => {
  it.each(['Asignado', 'Atribuído', 'Assigné', 'Zugewiesen', 'Assegnato', 'Toegewezen', 'Assigned'])('a bare "%s" is the owner', (h) => {
    expect(mapOf(['Nombre', 'Email', h])[h]).toBe('owner');
  });

  it.each(['Via e Numero', 'Via e civico', 'Calle y número', 'Straße und Hausnummer', 'Straat en huisnummer'])('"%s" is the street line', (h) => {
    expect(mapOf(['Nome', 'Email', h, 'CAP', 'Città'])[h]).toBe('address1');
  });
  it.each(['Numero civico', 'Número de calle', 'Hausnummer'])('"%s" alone is still a house number, no street', (h) => {
    expect(mapOf(['Nome', 'Email', 'Via', h])[h]).toBeNull();
  });

  it.each(['City, State', 'City & State', 'Ciudad, Estado', 'Cidade/UF', 'Ville, Province', 'Ort, Bundesland', 'Città, Provincia', 'Plaats, Provincie'])(
    '"%s" ("Atlanta, GA") is the town', (h) => {
      const rows = rowsOf(['Ann Lee', 'Bo Li'], ['Atlanta, GA', 'Miami, FL']);
      expect(mapOf(['Name', h], { sampleRows: rows })[h]).toBe('city');
    },
  );
  it('beside its own "City" column, "City, State" is a formatted copy', () => {
    expect(fieldsOf(['Name', 'City', 'State', 'City, State'])).toEqual(['name', 'city', 'state', null]);
  });

  it.each(['Orkest', 'Orchestra', 'Orquesta', 'Orquestra', 'Orchestre', 'Orchester', 'Koor', 'Chor', 'Coro'])('a music society\'s "%s" is the member\'s tags', (h) => {
    expect(mapOf(['Voornaam', 'Achternaam', 'E-mail', h])[h]).toBe('tags');
  });
  it.each(['Ensembles', 'Instrument', 'Rol'])('"%s" is not imported', (h) => {
    expect(mapOf(['Voornaam', 'Achternaam', 'E-mail', h])[h]).toBeNull();
  });

  it.each(['Preferred Contact', 'Preferred Contact Method', 'Contacto preferido', 'Contato preferido', 'Contact préféré', 'Bevorzugter Kontakt', 'Contatto preferito', 'Voorkeur contact'])(
    '"%s" (Email, Phone) is a preference, no name', (h) => {
      const rows = rowsOf(['Ruth', 'Eli'], ['Abernathy', 'Abernathy'], ['Email', '']);
      expect(mapOf(['First Name', 'Last Name', h], { sampleRows: rows })[h]).toBeNull();
    },
  );
  it.each(['Contact', 'Contact Person', 'Contacto'])('"%s" alone still holds a name', (h) => {
    const rows = rowsOf(['Ruth Abernathy', 'Eli Abernathy'], ['ruth@example.com', 'eli@example.com']);
    expect(mapOf([h, 'Email'], { sampleRows: rows })[h]).toBe('name');
  });

  it.each(['Interesse', 'Interest', 'Interés', 'Intérêt'])('a lead\'s singular "%s" (the offer asked about) is not imported', (h) => {
    expect(mapOf(['Nome', 'Email', h])[h]).toBeNull();
  });
  it.each(['Interesses', 'Interests', 'Intereses', 'Interessen', 'Interessi'])('the plural "%s" stays the tags', (h) => {
    expect(mapOf(['Nome', 'Email', h])[h]).toBe('tags');
  });

  it.each(['Chegada no País', 'Arrival City', 'Ciudad de llegada', 'Ville d\'arrivée', 'Ankunft Ort', 'Città di arrivo', 'Plaats van aankomst', 'Departure Country'])(
    '"%s" dates or places a journey, no address of the contact\'s', (h) => {
      expect(mapOf(['Nome', 'Email', h])[h]).toBeNull();
    },
  );
  it.each(['País de residência', 'Country', 'Ciudad'])('"%s" stays an address field', (h) => {
    expect(mapOf(['Nome', 'Email', h])[h]).not.toBeNull();
  });

  it.each(['Come conosciuto', 'Come ci ha conosciuto', 'How heard', 'Comment connu', 'Wie gefunden', 'Hoe gevonden', 'como_conheceu'])(
    'the short question "%s" is the source', (h) => {
      expect(mapOf(['Nome', 'Email', h])[h]).toBe('source');
    },
  );
  it.each(['Come conosciuto l\'evento', 'How heard about the course'])('"%s" (about something else) is not the source', (h) => {
    expect(mapOf(['Nome', 'Email', h])[h]).toBeNull();
  });
});

describe('tenth part: a login\'s id, a glued user id after other words, a university\'s code for its student, a register\'s record id', () => {
  it.each(['LoginID', 'Login ID', 'login_id', 'ID de acceso', 'Anmelde-ID', 'tmp userid', 'old customerid', 'codigo_universitario', 'Código de estudiante',
    'Código do estudante', 'id_anagrafica_exp', 'Codice anagrafica', 'ID ficha', 'Relatie ID'])('"%s" is the External ID', (h) => {
    expect(mapOf(['First Name', 'Last Name', 'Email', h])[h]).toBe('externalId');
  });
  it.each(['Login', 'Login Name', 'Username', 'Número de estudiantes', 'Account ID', 'Order ID', 'Owner User ID'])('"%s" is not', (h) => {
    expect(mapOf(['First Name', 'Last Name', 'Email', h])[h]).toBeNull();
  });
  it('a user id beside a member id loses to it', () => {
    expect(fieldsOf(['Member ID', 'tmp userid', 'Name', 'Email'])).toEqual(['externalId', null, 'name', 'email']);
  });
});

describe('tenth part: a list role (a tenant, a teacher, a recipient, a pilot) is the contact of a file that names no one else', () => {
  it.each(['Tenant Name', 'Nombre del Profesor', 'Nome do professor', 'Nom de l\'enseignant', 'Name des Lehrers', 'Nome del docente', 'Naam leraar',
    'Piloto', 'Pilote', 'destinatario', 'Destinataire', 'Empfänger', 'Ontvanger', 'Recipient Name', 'Beneficiario'])(
    '"%s" beside an email and a phone only is the name', (h) => {
      expect(mapOf([h, 'Email', 'Phone'])[h]).toBe('name');
    },
  );
  it.each(['Tenant Name', 'Nombre del Profesor', 'Piloto', 'destinatario', 'Recipient Name'])('"%s" beside the file\'s own name is someone else', (h) => {
    expect(mapOf(['First Name', 'Last Name', h, 'Email'])[h]).toBeNull();
    expect(mapOf(['Nombre completo', h, 'Email'])[h]).toBeNull();
  });
  it.each(['Destinataire', 'Tenant Name'])('"%s" in a file of companies is someone else', (h) => {
    expect(mapOf(['Code client', 'Dénomination', 'Adresse', h])[h]).toBeNull();
  });
  it('the role\'s email and phone are the contact\'s only where the file has none of its own', () => {
    expect(fieldsOf(['Tenant First Name', 'Tenant Last Name', 'Tenant Email', 'Tenant Phone', 'Unit'])).toEqual(['firstName', 'lastName', 'email', 'phone', null]);
    expect(fieldsOf(['Tenant Name', 'Tenant Email', 'Email', 'Landlord Name'])).toEqual(['name', null, 'email', null]);
  });
  it.each(['Emergency Contact Name', 'Parent Name', 'Nombre de la madre', 'Manager Name', 'Teacher Email'])('"%s" alone is never the contact\'s name', (h) => {
    expect(mapOf([h, 'Email', 'Phone'])[h]).toBeNull();
  });
  it.each(['Nom de la personne inscrite', 'Nombre de la persona registrada', 'Nome da pessoa inscrita'])('"%s" (a person word and its adjective) is the name', (h) => {
    expect(mapOf(['ID de réservation', h, 'Courriel'])[h]).toBe('name');
  });
});

describe('tenth part: a customer beside its contact person is the company; a job\'s company; a company\'s PEC; an address\'s name; a PO box\'s postal code', () => {
  it.each([
    ['Customer Name', 'Contact Name'], ['Client Name', 'Contact Person'], ['Nombre del cliente', 'Persona de contacto'], ['Nome do cliente', 'Pessoa de contato'],
    ['Nom du client', 'Interlocuteur'], ['Kunde', 'Ansprechpartner'], ['Nome cliente', 'Referente'], ['Klantnaam', 'Contactpersoon'],
  ])('"%s" beside "%s" is the company, the contact the person', (customer, contact) => {
    const m = mapOf(['Customer Number', customer, contact, 'Email']);
    expect([m[customer], m[contact]]).toEqual(['companyName', 'name']);
  });
  it('a customer name without a contact person, or beside a company column, stays the name', () => {
    expect(fieldsOf(['Customer Name', 'Email', 'Phone'])).toEqual(['name', 'email', 'phone']);
    expect(fieldsOf(['Customer Name', 'Company', 'Contact Email'])).toEqual(['name', 'companyName', 'email']);
    expect(fieldsOf(['ContactName', 'EmailAddress', 'FirstName', 'LastName'])[1]).toBe('email');
  });

  it.each([
    [['ID', 'Candidate Name', 'Email', 'Job Title', 'Company', 'Applied At'], 'Company'],
    [['ID', 'Bewerbungsdatum', 'Vorname', 'Nachname', 'Stellentitel', 'Unternehmen'], 'Unternehmen'],
    [['Nombre', 'Correo', 'Puesto', 'Empresa', 'Fecha de postulación'], 'Empresa'],
    [['Nom', 'Courriel', 'Poste', 'Entreprise', 'Date de candidature'], 'Entreprise'],
    [['Naam', 'E-mail', 'Vacature', 'Bedrijf', 'Sollicitatiedatum'], 'Bedrijf'],
  ])('in a file of job applications %j, "%s" is the company applied to', (headers, h) => {
    expect(mapOf(headers)[h]).toBeNull();
  });
  it('a contact list with a job title keeps its company; an applicant\'s current employer stays hers', () => {
    expect(mapOf(['Name', 'Email', 'Job Title', 'Company'])).toMatchObject({ Company: 'companyName' });
    expect(mapOf(['Name', 'Email', 'Job Title', 'Applied At', 'Current Employer'])['Current Employer']).toBe('companyName');
  });

  it.each(['PEC Azienda', 'PEC Società', 'PEC Ditta'])('"%s" is the company\'s certified email, not imported', (h) => {
    expect(mapOf(['Nome', 'Cognome', 'Email', h])[h]).toBeNull();
  });
  it.each(['PEC', 'Email PEC', 'Email Azienda'])('"%s" stays an email of the contact\'s', (h) => {
    expect(mapOf(['Nome', 'Cognome', 'Email', h])[h]).toBe('additionalEmails');
  });

  it.each(['address_name', 'Address Name', 'Street Address Name'])('"%s" (Praxis Dr. Baumann) is an address\'s name line, not the person\'s', (h) => {
    expect(mapOf(['firstname', 'name', h, 'address', 'city'])[h]).toBeNull();
  });
  it.each(['Street Name', 'Name', 'Company Name'])('"%s" is still read as before', (h) => {
    expect(mapOf(['Email', h])[h]).not.toBeNull();
  });

  it.each(['Postfach PLZ', 'PO Box Zip', 'Code postal BP', 'Casella postale CAP', 'Postbus postcode', 'KU_RECH_POSTFACH_PLZ'])('"%s" is a PO box\'s postal code, not the street\'s', (h) => {
    expect(fieldsOf(['Name', 'Straße', h, 'PLZ', 'Ort'])).toEqual(['name', 'address1', null, 'postalCode', 'city']);
  });
});

describe('tenth part: "Str", the German street abbreviated, is a key word', () => {
  it.each(['KU_RECH_STR', 'Kunde Str', 'Priv Str', 'Rechnung Str'])('"%s" is the street line', (h) => {
    expect(mapOf(['Name', h, 'PLZ', 'Ort'])[h]).toBe('address1');
  });
  it.each(['Str Nr', 'Str-Nr'])('"%s" is a house number', (h) => {
    expect(mapOf(['Name', 'Straße', h, 'PLZ', 'Ort'])[h]).toBeNull();
  });
});

describe('tenth part: a short tag glued after known headers, on several columns, says which address or phone they are', () => {
  it('a parliament directory\'s offices: the first tagged address and phone are the main ones', () => {
    expect(fieldsOf(['Nachname', 'Vorname', 'PLZParl', 'OrtParl', 'TelefonnummerParl', 'PLZWK', 'OrtWK', 'TelefonnummerWK', 'TelefonnummerReg', 'PLZReg'])).toEqual(
      ['lastName', 'firstName', 'postalCode', 'city', 'phone', null, null, 'additionalPhones', 'additionalPhones', null]);
  });
  it.each([
    [['Name', 'StreetHQ', 'CityHQ', 'ZipHQ', 'PhoneHQ', 'PhoneBr']], [['Nombre', 'CiudadSede', 'TelefonoSede', 'CiudadSuc']],
  ])('%j: the tagged columns are read as their known names', (headers) => {
    const f = fieldsOf(headers);
    expect(f.filter((x) => x !== null).length).toBeGreaterThanOrEqual(3);
  });
  it.each(['MobilePay', 'PhoneOK', 'CityXY'])('"%s", a tag no other column has, is not imported', (h) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBeNull();
  });
  it.each(['Telefon privat', 'PhoneWork', 'EmailAlt', 'City of Birth'])('"%s" is read as before, by its qualifiers', (h) => {
    const before = { 'Telefon privat': 'phone', PhoneWork: 'phone', EmailAlt: 'email', 'City of Birth': null } as Record<string, string | null>;
    expect(mapOf(['Name', h])[h]).toBe(before[h]);
  });
});

describe('tenth part: a German "Namenszeile" (an address label\'s name line) is the full name', () => {
  it.each(['Namenszeile', 'AusgabeGesNamenszeile', 'Gesamt Namenszeile'])('"%s" is the name', (h) => {
    expect(mapOf(['Nachname', 'Vorname', h, 'E-Mail'])[h]).toBe('name');
  });
  it('a second name line beside a name is not the name', () => {
    expect(mapOf(['Name', 'Namenszeile 2', 'E-Mail'])['Namenszeile 2']).toBeNull();
  });
});

describe('tenth part: a place\'s name ("City Name", "State Name") is the place', () => {
  it.each([['City Name', 'city'], ['Town Name', 'city'], ['State Name', 'state'], ['Province Name', 'state'], ['Nom de la ville', 'city'], ['Nome provincia', 'state']])(
    '"%s" is the %s', (h, field) => {
      expect(mapOf(['Name', 'Email', h])[h]).toBe(field);
    },
  );
  it.each(['Company Name', 'Event Name', 'Street Name'])('"%s" is read as before', (h) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBe({ 'Company Name': 'companyName', 'Event Name': null, 'Street Name': 'address1' }[h]);
  });
});

describe('tenth part: an email\'s confirmation is the email only in a file with no other one', () => {
  it.each(['Confirmation Email', 'Bestätigung E-Mail', 'KU_BESTAETIGUNG_EMAIL_01', 'Confirmar correo', 'Confirmação de e-mail', 'Email de confirmation', 'Conferma email', 'Bevestiging e-mail'])(
    '"%s" beside the email is not a second address; alone it is the email', (h) => {
      const rows = rowsOf(['Ann Lee', 'Bo Li'], ['ann@example.com', 'bo@example.com'], ['ann@example.com', 'bo@example.com']);
      expect(mapOf(['Name', 'Email', h], { sampleRows: rows })[h]).toBeNull();
      expect(mapOf(['Name', h], { sampleRows: rowsOf(['Ann Lee', 'Bo Li'], ['ann@example.com', 'bo@example.com']) })[h]).toBe('email');
    },
  );
  it.each(['Confirmation Phone', 'Work Email'])('"%s" is read as before', (h) => {
    expect(mapOf(['Name', 'Email', 'Phone', h])[h]).not.toBeNull();
  });
});

describe('tenth part: a billing full name beside the contact\'s own first and last name is the payer\'s', () => {
  it.each([['Nome', 'Cognome', 'Fattura Nome'], ['First Name', 'Last Name', 'Billing Name'], ['Vorname', 'Nachname', 'Rechnung Name'], ['Prénom', 'Nom de famille', 'Nom facturation']])(
    'beside "%s" and "%s", "%s" is not imported', (first, last, billing) => {
      expect(fieldsOf([first, last, 'Email', billing])).toEqual(['firstName', 'lastName', 'email', null]);
    },
  );
  it('alone, the billing name is the name; billing name parts beside an own full name are left as they were', () => {
    expect(fieldsOf(['Billing Name', 'Email'])).toEqual(['name', 'email']);
    expect(fieldsOf(['Email', 'Billing First Name', 'Billing Last Name'])).toEqual(['email', 'firstName', 'lastName']);
  });
});

describe('before the eleventh part: German written without umlauts reads as with them', () => {
  it.each([['Telefon Buero', 'phone'], ['Geschaeftsadresse', 'address1'], ['Telefon geschaeftlich', 'phone'], ['Buerotelefon', 'phone']])('"%s" is the %s, as with its umlaut', (h, field) => {
    const umlaut = h.replace(/ae/g, 'ä').replace(/ue/g, 'ü');
    expect([mapOf(['Name', h])[h], mapOf(['Name', umlaut])[umlaut]]).toEqual([field, field]);
  });
});

describe('before the eleventh part: a mobile with its type words only is the phone', () => {
  it.each(['Mobile Work', 'Mobil privat', 'Mobil priv.', 'Handy dienstlich', 'Cell Work', 'Mobile Personal', 'Home Mobile', 'Mobil, privat'])('"%s" is the phone', (h) => {
    expect(fieldsOf(['Name', h])).toEqual(['name', 'phone']);
  });
  it('beside the phone it is an additional phone; type words with no phone of their own stay unmapped', () => {
    expect(fieldsOf(['Name', 'Telefon', 'Mobil privat'])).toEqual(['name', 'phone', 'additionalPhones']);
    expect(fieldsOf(['Name', 'Business Home', 'Company Direct'])).toEqual(['name', null, null]);
  });
  it.each([['Tel. geschäftl.', 'phone'], ['Tel. dienstl.', 'phone']])('an abbreviated type word: "%s" is the %s', (h, field) => {
    expect(mapOf(['Name', h])[h]).toBe(field);
  });
});

describe('before the eleventh part: a street and its house number in one column are the street line', () => {
  it.each(['Street and number', 'Street & No.', 'Street + No', 'Straße und Hausnr', 'Str. u. Hnr.', 'Straße, Nr.', 'Rua e número', 'Rue et numéro', 'Via e civico', 'Straat en huisnummer', 'Calle y número'])(
    '"%s" is the street line', (h) => {
      expect(fieldsOf(['Name', h, 'PLZ'])).toEqual(['name', 'address1', 'postalCode']);
    },
  );
  it.each([['Street Number', null], ['Straße Nr.', null], ['Hausnummer', null], ['Street, City', 'city'], ['Strasse + Hausnummer', 'address1']])('"%s" is read as before (%s)', (h, field) => {
    expect(mapOf(['Name', h])[h]).toBe(field);
  });
});

describe('before the eleventh part: abbreviated and regional names', () => {
  it.each([['KdNr', 'externalId'], ['Kd.-Nr.', 'externalId'], ['Sachbearbeiter', 'owner'], ['Concelho', 'city'], ['Wohnsitz Gemeinde', 'city']])('"%s" is the %s', (h, field) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBe(field);
  });
});

describe('before the eleventh part: a register\'s own codes in its first column, and a business beside its contact person', () => {
  it('a first column "Codice" over codes of letters and numbers, one for each row, is the External ID; elsewhere it is not', () => {
    const rows = rowsOf(['C001', 'C002', 'CL0042'], ['Rossi Srl', 'Bianchi Mario', 'Verdi snc'], ['info@rossi.example', 'mario@example.it', 'verdi@example.it']);
    expect(fieldsOf(['Codice', 'Denominazione', 'Email'], { sampleRows: rows })).toEqual(['externalId', 'companyName', 'email']);
    // (A code written with a hyphen, "KY-0142", was once read as a ticket's; the twenty-fourth part's rules read it as the
    // register's, as four files of the corpus write their people's codes, "EMP-014", "PROF-012", "AL-0031", against one.)
    const hyphened = rowsOf(['KY-0142', 'KY-0143', 'KY-0144'], ['Ana', 'Luis', 'Eva'], ['a@example.com', 'l@example.com', 'e@example.com']);
    expect(fieldsOf(['Código', 'Nombre', 'Email'], { sampleRows: hyphened })[0]).toBe('externalId');
    expect(fieldsOf(['Nombre', 'Código', 'Email'], { sampleRows: rowsOf(['Ana', 'Luis'], ['C001', 'C002'], ['a@example.com', 'l@example.com']) })[1]).toBeNull();
  });
  it('a first column "Code" of a file of events numbers the events', () => {
    const rows = rowsOf(['1001', '1002'], ['Ana Gil', 'Luis Paz'], ['a@example.com', 'l@example.com'], ['Gala 2026', 'Gala 2026']);
    expect(fieldsOf(['Code', 'Name', 'Email', 'Event'], { sampleRows: rows })[0]).toBeNull();
    expect(fieldsOf(['Code', 'Name', 'Email'], { sampleRows: rows.map((r) => r.slice(0, 3)) })[0]).toBe('externalId');
  });
  it('of two name columns, the one over businesses\' names, a different one in each row, is the company; the contact person is the name', () => {
    const rows = rowsOf(['Bakkerij De Molen', 'Jansen Installatie BV', 'Kapsalon Knip'], ['Piet de Vries', 'Anja Jansen', 'Mila Smit'], ['info@demolen.nl', 'info@jansen.nl', 'knip@example.nl']);
    expect(fieldsOf(['Naam', 'Contactpersoon', 'E-mail'], { sampleRows: rows })).toEqual(['companyName', 'name', 'email']);
    const same = rowsOf(["Luigi's Trattoria", "Luigi's Trattoria"], ['Ann Lee', 'Bob Ray'], ['ann@example.com', 'bob@example.com']);
    expect(fieldsOf(['Restaurant Name', 'Customer Name', 'Email'], { sampleRows: same })[0]).not.toBe('companyName');
  });
  it.each([['Internet', 'www.muster.de', 'website'], ['Relatiecode', 'ABCD12E', 'externalId'], ['Réf. tiers', 'CU2301-0001', 'externalId'], ['Nom tiers', 'SARL Dupont', 'companyName'], ['Corretor', 'Juliana', 'owner'], ['Makelaar', 'Kees', 'owner']])(
    '"%s" is the %s', (h, v, field) => {
      expect(fieldsOf(['Email', h], { sampleRows: [['a@example.com', v], ['b@example.com', v]] })[1]).toBe(field);
    },
  );
  it('"Internet" over yes/no is no website', () => {
    expect(fieldsOf(['Email', 'Internet'], { sampleRows: [['a@example.com', 'ja'], ['b@example.com', 'nein'], ['c@example.com', 'ja']] })[1]).toBeNull();
  });
});

describe('before the eleventh part: a database\'s abbreviated column names', () => {
  it.each([
    ['cust_fname', 'firstName'], ['cust_lname', 'lastName'], ['addr_ln_1', 'address1'], ['zip_cd', 'postalCode'], ['zipcd', 'postalCode'], ['ph_no', 'phone'],
    ['email_addr', 'email'], ['birth_dt', 'dateOfBirth'], ['cntry_cd', 'country'], ['st_cd', 'state'], ['cty', 'city'], ['org_nm', 'companyName'],
    ['cust_no', 'externalId'], ['mbr_no', 'externalId'], ['fst_nm', 'firstName'], ['lst_nm', 'lastName'], ['lead_src', 'source'], ['strasse_hnr', 'address1'],
    ['vorn', 'firstName'], ['nachn', 'lastName'], ['tel_port', 'phone'], ['fec_nac', 'dateOfBirth'], ['dt_nasc', 'dateOfBirth'],
  ])('"%s" is read written out: the %s', (h, field) => {
    expect(fieldsOf([h, 'Notes'])[0]).toBe(field);
  });
  it('"co_name" is left as it was (a company, a county or care of), and an unabbreviated header reads as before', () => {
    expect(fieldsOf(['Email', 'co_name'])[1]).toBeNull();
    expect(fieldsOf(['Street Number', 'Country Code'])).toEqual([null, 'country']);
  });
});

describe('eleventh part: a property\'s owner, a provider, an insured person is the contact of a file that names no one else', () => {
  const rows = rowsOf(['GUTIERREZ MARIA L', 'THORNTON FAMILY TRUST'], ['12 Main St', '400 Oak Ave'], ['Salem', 'Bend']);
  it.each(['Owner Name', 'Owner', 'Propietario'])('"%s" beside a mailing address and no other name is the name', (h) => {
    expect(fieldsOf([h, 'Mailing Address', 'City'], { sampleRows: rows })[0]).toBe('name');
  });
  it('beside the contact\'s own name, or with no address, email or phone of the file\'s own, the owner is the contact owner', () => {
    expect(fieldsOf(['Name', 'Owner Name', 'Email'])).toEqual(['name', 'owner', 'email']);
    expect(fieldsOf(['Owner Name', 'Status'])[0]).toBe('owner');
    expect(fieldsOf(['Contact Owner', 'Email'])[0]).toBe('owner');
    // A bare "Owner" beside an email and a phone only is a CRM lead sheet's owner; with a name word, a vet clinic's client.
    expect(fieldsOf(['Email', 'Phone', 'Owner'], { sampleRows: [['ann@x.com', '(617) 555-0100', 'jose garcia']] })[2]).toBe('owner');
    expect(fieldsOf(['Owner Name', 'Phone', 'Pet Name'], { sampleRows: [['Ritika Sharma', '(617) 555-0100', 'Bruno']] })[0]).toBe('name');
  });
  it('a property owner\'s columns ("eigenaar_voornaam", "eigenaar_email") are the contact\'s when the file names no one else; an owner\'s email beside the contact\'s is not', () => {
    expect(fieldsOf(['straat', 'eigenaar_voornaam', 'eigenaar_achternaam', 'eigenaar_email'])).toEqual(['address1', 'firstName', 'lastName', 'email']);
    expect(fieldsOf(['Voornaam', 'Achternaam', 'E-mail', 'eigenaar_email'])).toEqual(['firstName', 'lastName', 'email', null]);
  });
  it.each(['Provider Name', 'Segurado', 'Eigentümer', 'Asegurado', 'Assuré'])('"%s" is the name in a file that names no one else, not beside a name', (h) => {
    expect(fieldsOf([h, 'Email'])).toEqual(['name', 'email']);
    expect(fieldsOf(['Name', h, 'Email'])).toEqual(['name', null, 'email']);
  });
});

describe('eleventh part: groups, a practice, registers\' numbers, other records, a sign-up\'s source', () => {
  it.each([
    ['Teams', 'tags'], ['Group Name', 'tags'], ['Customer Group', 'tags'], ['Grupo cliente', 'tags'], ['Adressgruppe', 'tags'], ['Kundengruppe', 'tags'],
    ['cabinet', 'companyName'], ['NOMBRE DE LA COOPERATIVA', 'companyName'], ['Debiteurnummer', 'externalId'], ['Lerarennummer', 'externalId'],
    ['idpersona', 'externalId'], ['codcli', 'externalId'], ['codigo_end_postal', 'postalCode'], ['nascita', 'dateOfBirth'], ['Geburt', 'dateOfBirth'],
    ['toll_free', 'phone'], ['Source du formulaire', 'source'], ['Origen del lead', 'source'], ['Quelle der Anfrage', 'source'],
    ['Lease ID', null], ['Listing ID', null], ['AbonnementId', null], ['Matter Name', null], ['Credential Name', null], ['Corretora', null],
    ['Fuente de ingresos', null], ['Nome fantasia', null],
  ])('"%s" is %s', (h, field) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBe(field);
  });
  it('a register\'s number for the person over numbers like years is still the id', () => {
    expect(fieldsOf(['Debiteurnummer', 'Naam'], { sampleRows: [['2001', 'Bakkerij Smit'], ['2002', 'Kapsalon Knip'], ['2015', 'Garage Vos']] })[0]).toBe('externalId');
  });
});

describe('eleventh part: a customer\'s or a member\'s reference is their number; a bare reference is a referee', () => {
  it.each(['Customer Reference', 'Référence adhérent', 'Referencia cliente', 'Referência do cliente', 'Référence Bénéficiaire', 'Kundenreferenz', 'Referentie klant'])(
    '"%s" is the External ID', (h) => {
      expect(mapOf(['Name', 'Email', h])[h]).toBe('externalId');
    },
  );
  it.each(['Reference', 'Reference Name', 'Order Reference', 'Reference Email'])('"%s" is not imported', (h) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBeNull();
  });
  it('a header in UTF-8 read as Windows-1252 maps as written ("TelÃ©fono", "CÃ³digo Postal")', () => {
    expect(fieldsOf(['Nombre', 'TelÃ©fono', 'CÃ³digo Postal', 'PaÃ­s'])).toEqual(['name', 'phone', 'postalCode', 'country']);
  });
});

describe('eleventh part: a header listing a whole address\'s parts is the street line', () => {
  it.each(['Street Address, City, State, ZIP', 'Straße, PLZ, Ort', 'Dirección, ciudad, código postal', 'Adresse / CP / Ville'])('"%s" is the street line', (h) => {
    expect(fieldsOf(['Name', h])).toEqual(['name', 'address1']);
  });
  it.each([['City, State, Zip', 'city'], ['PLZ/Ort', 'postalCode'], ['Street, City', 'city']])('"%s" is read as before (%s)', (h, field) => {
    expect(fieldsOf(['Name', h])[1]).toBe(field);
  });
});

describe('eleventh part: a recruiting tool\'s candidates', () => {
  it('"Candidate ID" is the External ID and the recruiter the owner; the recruiter\'s email is not the candidate\'s', () => {
    expect(fieldsOf(['Candidate ID', 'First Name', 'Last Name', 'Email', 'Recruiter', 'Recruiter Email'])).toEqual(['externalId', 'firstName', 'lastName', 'email', 'owner', null]);
  });
  it.each(['Applicant ID', 'Bewerber-Nr', 'ID candidato'])('"%s" is the External ID', (h) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBe('externalId');
  });
});

describe('eleventh part: invoicing tools\' names, a finance department\'s email, a fiscal address, a sales representative', () => {
  it.each([
    ['Nombre fiscal', 'companyName'], ['Nombre comercial', 'companyName'], ['Nome comercial', 'companyName'], ['Firmenbezeichnung', 'companyName'],
    ['Vertreter', 'owner'], ['Vendedor responsável', 'owner'], ['Dirección fiscal', 'address1'], ['Domicilio fiscal', 'address1'], ['Indirizzo fiscale', 'address1'],
  ])('"%s" is the %s', (h, field) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBe(field);
  });
  it.each(['E-mail financeiro', 'Email comptabilité', 'Buchhaltung E-Mail', 'Finance Email'])('"%s" is the email of a file with no other, not beside it', (h) => {
    expect(fieldsOf(['Name', h])).toEqual(['name', 'email']);
    expect(fieldsOf(['Name', 'Email', h])).toEqual(['name', 'email', null]);
  });
  it('a fiscal address beside the contact\'s own address is not imported', () => {
    expect(fieldsOf(['Nombre', 'Dirección', 'Dirección fiscal'])).toEqual(['name', 'address1', null]);
  });
});

describe('eleventh part: French Outlook\'s personal phone and email', () => {
  it.each([['Téléphone personnel', 'phone'], ['Adresse e-mail personnelle', 'email'], ['Adresse e-mail professionnelle', 'email']])('"%s" is the %s', (h, field) => {
    expect(mapOf(['Nom', h])[h]).toBe(field);
  });
});

describe('twelfth part: members\' bare name words, bilingual headers, requesters, case managers, licences, internal numbers', () => {
  it.each([['Nom Adhérent', 'Prénom Adhérent'], ['Name / nom', 'Vorname / prénom'], ['Name / Nom / Cognome', 'Vorname / Prénom / Nome']])('"%s" beside "%s" is the last name', (last, first) => {
    expect(fieldsOf([last, first, 'Email'])).toEqual(['lastName', 'firstName', 'email']);
  });
  it('a bilingual header whose parts name no contact field is not imported, whatever its values; a German gender form is one header', () => {
    const rows = [['Ann Lee', 'Luxembourg'], ['Bo Li', 'Portugal']];
    expect(fieldsOf(['Name', 'Gebuertsland / Pays de naissance / Country of birth'], { sampleRows: rows })[1]).toBeNull();
    expect(fieldsOf(['Name', "Candidate's Family Name / Nom de famille du candidat"])[1]).toBe('lastName');
    expect(fieldsOf(['Vorname', 'Nachname', 'Name des/r Vorgesetzten'])[2]).toBeNull();
  });
  it.each([
    ['Requester', 'name'], ['Case Manager', 'owner'], ['Agent Name', 'owner'], ['Fallmanager', 'owner'], ['Lizenznummer', 'externalId'], ['InterneNr', 'externalId'],
    ['lidnr.', 'externalId'], ['Gewinnungskanal', 'source'], ['Lieu', 'city'], ['Luogo', 'city'], ['CITTADINANZA', null], ['Stato di nascita', null],
    ['Exam Name', null], ['VereinName', null], ['modulo_id', null], ['LfdNr', null], ['Lizenz', null], ['Shipment Address', null],
  ])('"%s" is %s', (h, field) => {
    expect(mapOf(['Email', h])[h]).toBe(field);
  });
  it('beside an exam\'s name, the candidate\'s name is the name', () => {
    expect(fieldsOf(['Exam Name', 'Candidate Name', 'Email'])).toEqual([null, 'name', 'email']);
  });
});

describe('twelfth part: values that are no phone and no place', () => {
  it.each(['2026-02', '02/2026', '2026/02', '1999-12'])('a year and its month ("%s") is a date, never a phone', (v) => {
    expect(suggestMapping(['Name', 'Entgeltzeitraum'], { sampleRows: [['Ann', v], ['Bo', v], ['Cy', v]], defaultCountry: 'DE' })[1].field).toBeNull();
  });
  it('a code\'s header is never a phone by its digits', () => {
    const rows = [['Ann', '0100123456'], ['Bo', '0100234567'], ['Cy', '0100345678']];
    expect(suggestMapping(['Nome', 'COD. CONTRATTO'], { sampleRows: rows, defaultCountry: 'IT' })[1].field).toBeNull();
    expect(suggestMapping(['Nome', 'Recapito'], { sampleRows: rows, defaultCountry: 'IT' })[1].field).toBe('phone');
  });
  it('a place header over numbers or amounts only names no place, however strong; over towns it stays', () => {
    expect(fieldsOf(['Owner', 'Land Value'], { sampleRows: [['A', '$210,000'], ['B', '185000'], ['C', '96,500']] })[1]).toBeNull();
    expect(fieldsOf(['Nombre', 'Ciudad (DANE)'], { sampleRows: [['A', '05360'], ['B', '05001'], ['C', '05001']] })[1]).toBeNull();
    expect(fieldsOf(['Nombre', 'Ciudad'], { sampleRows: [['A', 'Medellín'], ['B', 'Bello']] })[1]).toBe('city');
  });
  it('a subscription\'s status under "Estado" is no region', () => {
    expect(fieldsOf(['Nombre', 'Estado'], { sampleRows: [['A', 'Suscrito'], ['B', 'Cancelado'], ['C', 'Suscrito']] })[1]).toBeNull();
  });
});

describe('twelfth part: an id written first, of a system named by its acronym', () => {
  it.each(['Identifiant ENT', 'ID SAP', 'Id CRM'])('"%s" is the External ID', (h) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBe('externalId');
  });
  it.each(['ID Pedido', 'Id Nome', 'ID Evento'])('"%s" is not', (h) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBeNull();
  });
});

describe('thirteenth part: a table\'s marker shared by its headers, and what the part\'s other misses pointed to', () => {
  it('a database dump\'s table suffix or prefix on most headers is read away ("nom_adh", "cust_email")', () => {
    expect(fieldsOf(['id_adh', 'nom_adh', 'prenom_adh', 'email_adh', 'ville_adh', 'cp_adh'])).toEqual(['externalId', 'lastName', 'firstName', 'email', 'city', 'postalCode']);
    expect(fieldsOf(['xq_email', 'xq_phone', 'xq_city', 'xq_notes'])).toEqual(['email', 'phone', 'city', null]);
  });
  it('a prefix on a few headers only names another record\'s columns and stays ("LV-Name", "LV-Ort" beside a lecturer\'s own)', () => {
    expect(fieldsOf(['Vorname', 'Nachname', 'Email', 'Titel', 'Anrede', 'LV-Name', 'LV-Ort', 'LV-Art'])).toEqual(['firstName', 'lastName', 'email', null, null, null, null, null]);
  });
  it.each([
    ['Counselor', 'owner'], ['Assigned Trainer', 'owner'], ['Matric number', 'externalId'], ['PassNummer', 'externalId'], ['Id_Huesped', 'externalId'],
    ['numero_iscrizione', 'externalId'], ['UUID', 'externalId'], ['Division Name', null], ['price_name', null], ['csrf_test_name', null],
    ['Retailer Name', null], ['Roster Name', null], ['Account First Name', null], ['Referenzen', null], ['lang', null], ['terms', null],
    ['Purchase ID', null], ['Evaluation ID', null],
  ])('"%s" is %s', (h, field) => {
    expect(mapOf(['Email', h])[h]).toBe(field);
  });
  it('a typed German phone in parentheses ("Telefon (Arbeit)") is typed: the mobile is the main phone', () => {
    expect(fieldsOf(['Name', 'Telefon (Arbeit)', 'Telefon (Mobil)'])).toEqual(['name', 'additionalPhones', 'phone']);
  });
  it('a named tool\'s id gives way to the file\'s own bare id, not to a weaker one', () => {
    expect(fieldsOf(['id', 'stripe_customer_id', 'email'])).toEqual(['externalId', null, 'email']);
    expect(fieldsOf(['Reference ID', 'Square Customer ID', 'Email'])).toEqual([null, 'externalId', 'email']);
  });
  it('a source column over amounts is no source; over referring sites\' addresses it stays', () => {
    expect(fieldsOf(['Nome', 'VALOR ORIGEM'], { sampleRows: [['A', '180,00'], ['B', '180,00'], ['C', '95,50']] })[1]).toBeNull();
    expect(fieldsOf(['Name', 'Source'], { sampleRows: [['A', 'https://google.com'], ['B', 'https://facebook.com']] })[1]).toBe('source');
  });
  it('without a header row, a column of salutations is no first name', () => {
    const rows = [['Herr', 'Luca', 'Gmür', 'luca@example.ch'], ['Frau', 'Seraina', 'Zogg', 'seraina@example.ch'], ['Frau', 'Nina', 'Baumann', 'nina@example.ch']];
    expect(suggestMapping(['', '', '', ''], { sampleRows: rows, defaultCountry: 'CH' }).map((s) => s.field)).toEqual([null, 'firstName', 'lastName', 'email']);
  });
});

describe('an ERP\'s integration code', () => {
  it.each(['Código de Integração', 'Integration ID', 'Código de integración'])('"%s" is the External ID', (h) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBe('externalId');
  });
});

describe('fourteenth part: owners of businesses, yes/no under a name word, internal numbers, codes that are no streets', () => {
  it('a business\'s owner is its contact beside the business\'s name (a salon platform\'s report); a list role is not', () => {
    expect(fieldsOf(['Business Name', 'Owner Name', 'Owner Email', 'City'])).toEqual(['companyName', 'name', 'email', 'city']);
    expect(fieldsOf(['Empresa', 'Destinataire', 'Email'])[1]).toBeNull();
  });
  it.each([['lid', ['ja', 'nee', 'ja']], ['Socio', ['Si', 'No', 'Si']]])('"%s" over yes/no is no name, however strong', (h, values) => {
    expect(fieldsOf(['Email', h], { sampleRows: values.map((v, i) => [`a${i}@example.com`, v]) })[1]).toBeNull();
  });
  it.each([['InternNummer', 'externalId'], ['Internnummer', 'externalId'], ['real_name', 'name'], ['Head of Household', 'name'], ['Elternteil 1 - Vorname', null]])('"%s" is %s', (h, field) => {
    expect(mapOf(['Email', h])[h]).toBe(field);
  });
  it('without a header row, a contract\'s codes ("CT-2026-00418") are no street lines', () => {
    const rows = [['CT-2026-00418', 'Willem Hoekstra', 'w.hoekstra@example.nl'], ['CT-2026-00421', 'Sevda Arslan', 's.arslan@example.nl']];
    expect(suggestMapping(['', '', ''], { sampleRows: rows, defaultCountry: 'NL' })[0].field).not.toBe('address1');
  });
});

describe('fifteenth part: vendors\' record ids, plurals, codes of people, assigned staff, clubs, projects', () => {
  it('a vendor\'s own record id is the External ID (the Contact ID is the add-on\'s own); beside the contact\'s id it is the row\'s record', () => {
    expect(mapOf(['Record ID', 'First Name', 'Email'])['Record ID']).toBe('externalId');
    expect(mapOf(['Record Id', 'Contact Owner', 'Email'])['Record Id']).toBe('externalId');
    expect(mapOf(['hs_object_id', 'email'])['hs_object_id']).toBe('externalId');
    // a HubSpot survey export: the response's record, the contact's id beside it
    expect(fieldsOf(['Record ID', 'Contact Id', 'Rating'])).toEqual([null, 'contactId', null]);
  });
  it.each([['Téléphones', 'Mobiles'], ['Teléfonos', 'Celulares'], ['Telefones', 'Celulares'], ['Telefoni', 'Cellulari'], ['Telefoons', 'Handys']])(
    'phone words in the plural are read as the singular: "%s" the main phone, "%s" an additional one', (phone, mobile) => {
      expect(fieldsOf(['Nom', 'Email', phone, mobile])).toEqual(['name', 'email', 'phone', 'additionalPhones']);
    },
  );
  it.each(['cod_cliente', 'COD_ALUNO', 'CodiceVolontario', 'ID voluntario', 'Vrijwilligersnummer'])('"%s" (a code or number of the person) is the External ID', (h) => {
    expect(mapOf(['Nome', 'Email', h])[h]).toBe('externalId');
  });
  it.each(['Assigned Agent', 'Assigned Coach', 'Agente asignado', 'Assigned Agent Name'])('"%s" (the staff member the contact is assigned to) is the owner', (h) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBe('owner');
  });
  it.each(['Assigned Agent Phone', 'Assigned Agent Email', 'Agent Phone'])('"%s" is the assigned staff member\'s, not the contact\'s', (h) => {
    expect(mapOf(['Name', 'Email', 'Phone', h])[h]).toBeNull();
  });
  it.each(['sv_nummer', 'SV-Nummer', 'SVNR', 'AHV-Nr'])('"%s" is a national id, never a phone, whatever its values', (h) => {
    const rows = [['Anna', '0170 1234567', '12 120685 F 123'], ['Ben', '0171 7654321', '65 270293 P 456']];
    expect(mapOf(['Vorname', 'Telefon', h], { sampleRows: rows, defaultCountry: 'DE' })[h]).toBeNull();
  });
  it.each([['Devedor', 'pt'], ['Deudor', 'es'], ['Ponto focal', 'pt'], ['Punto focal', 'es'], ['Schuldner', 'de']])('"%s" [%s] names the person the file is about', (h) => {
    expect(mapOf(['Email', h])[h]).toBe('name');
  });
  it('a debtor\'s number under "Debiteur" is no name', () => {
    const rows = [['10023', 'a@example.nl'], ['10024', 'b@example.nl'], ['10031', 'c@example.nl']];
    expect(fieldsOf(['Debiteur', 'E-mail'], { sampleRows: rows, defaultCountry: 'NL' })[0]).not.toBe('name');
  });
  it.each(['Project Address', 'IndirizzoSedeProgetto', 'ProvinciaSedeProgetto', 'Ciudad del proyecto', 'Projektort'])('"%s" is a project\'s place, not the contact\'s, whatever its values', (h) => {
    const rows = [['Anna', 'Via Ostiense 12'], ['Luca', 'Via Duomo 5'], ['Sara', 'Corso Italia 3']];
    expect(mapOf(['Nome', h], { sampleRows: rows, defaultCountry: 'IT' })[h]).toBeNull();
  });
  it('without a header row, a house number\'s addition in a column of its own does not hide the postal code and the town after it', () => {
    const rows = [['J.P.', 'Dongen', 'Dorpsstraat', '12', 'a', '2611 AB', 'Delft', '015-2123456'], ['A.', 'Kramer', 'Lindelaan', '3', '', '5041 CD', 'Tilburg', '013-5432109'],
      ['M.E.', 'Graaf', 'Molenweg', '88', 'bis', '7411 EF', 'Deventer', '0570-612345']];
    const fields = fieldsOf(['', '', '', '', '', '', '', ''], { sampleRows: rows, defaultCountry: 'NL' });
    expect(fields.slice(2, 7)).toEqual(['address1', null, null, 'postalCode', 'city']);
  });
});

describe('an id the rows share', () => {
  it.each([['busreis_id', ['12', '12', '14']], ['ClasseID', ['4', '4', '5']], ['Disbursement ID', ['DSB-0211', 'DSB-0211', 'DSB-0304']]])(
    'a weak id repeating in the sample rows ("%s") is no one\'s own id', (h, values) => {
      const rows = values.map((v, i) => [v, `p${i}@example.com`]);
      expect(fieldsOf([h, 'Email'], { sampleRows: rows })[0]).toBeNull();
      const distinct = values.map((v, i) => [`${v}${i}`, `p${i}@example.com`]);
      expect(fieldsOf([h, 'Email'], { sampleRows: distinct })[0]).toBe('externalId');
    },
  );
  it('a named id stays, whatever repeats (one customer, several rows)', () => {
    const rows = [['100001', 'a@example.com'], ['100001', 'a@example.com'], ['100245', 'b@example.com']];
    expect(fieldsOf(['Client Number', 'Email'], { sampleRows: rows })[0]).toBe('externalId');
    expect(fieldsOf(['Customer ID', 'Email'], { sampleRows: rows })[0]).toBe('externalId');
  });
});

describe('typos: one edit in a short header, no plurals of a name', () => {
  it.each([['regimen', 'state'], ['REGIONAL', 'state'], ['NOME RESP', 'firstName'], ['Deelnemers', 'name'], ['Sources', 'source'], ['Participants', 'name']])(
    '"%s" is no typo of a %s header', (h, field) => {
      expect(mapOf(['Email', h])[h]).not.toBe(field);
    },
  );
  it.each([['poscode', 'postalCode'], ['adress', 'address1'], ['Telephon', 'phone'], ['fecha_nacim', 'dateOfBirth'], ['telefoonnumer', 'phone'], ['Emial', 'email'], ['Frist Name', 'firstName']])(
    '"%s" is still a typo of a %s header', (h, field) => {
      expect(mapOf(['Nom', h])[h]).toBe(field);
    },
  );
});

describe('sixteenth part: areas of the file\'s own, companies\' domains and copies, street lines under a number\'s header', () => {
  it.each([['Regio', ['Noord', 'Oost', 'Zuid'], 'NL'], ['Region', ['Schwarzwald', 'Neckar', 'Allgäu'], 'DE'], ['Region', ['Africa', 'Latin America', 'Asia-Pacific'], 'US']])(
    'a bare "%s" over %j, no regions of %s, is an area of the file\'s own', (h, values, country) => {
      const rows = values.map((v, i) => [`p${i}@example.com`, 'Town', v]);
      expect(fieldsOf(['Email', 'City', h], { sampleRows: rows, defaultCountry: country })[2]).toBeNull();
    },
  );
  it.each([['Regio', ['Noord-Holland', 'Gelderland', 'Utrecht'], 'NL'], ['Region', ['Bayern', 'Hessen', 'Sachsen'], 'DE'], ['Region', ['CA', 'NY', 'TX'], 'US'],
    ['Región', ['Metropolitana', 'Biobío', 'Maule'], 'CL']])('a bare "%s" over %j (regions of %s, or of a country whose regions are not known) is the state', (h, values, country) => {
    const rows = values.map((v, i) => [`p${i}@example.com`, 'Town', v]);
    expect(fieldsOf(['Email', 'City', h], { sampleRows: rows, defaultCountry: country })[2]).toBe('state');
  });
  it.each(['Company Domain Name', 'Domain', 'Dominio', 'Domaine'])('"%s" (a company\'s domain) is not the contact\'s website', (h) => {
    expect(mapOf(['Email', h])[h]).toBeNull();
  });
  it('"Straße Nr." over whole street lines is the street line; over numbers alone, the house number', () => {
    const lines = [['Rosenstraße 12', '68159'], ['Neckarstraße 7', '69117'], ['Am Hang 3', '74821']];
    expect(fieldsOf(['Straße Nr.', 'PLZ'], { sampleRows: lines, defaultCountry: 'DE' })[0]).toBe('address1');
    const numbers = [['12', '68159'], ['7', '69117'], ['3', '74821']];
    expect(fieldsOf(['Straße Nr.', 'PLZ'], { sampleRows: numbers, defaultCountry: 'DE' })[0]).toBeNull();
  });
  it('a person\'s header again with "Company" before it is the company\'s (Highrise)', () => {
    const headers = ['Name', 'Phone number - Work', 'Email address - Work', 'Company Phone number - Work', 'Company Email address - Work', 'Company Name'];
    expect(fieldsOf(headers)).toEqual(['name', 'phone', 'email', null, null, 'companyName']);
  });
  it.each(['Ansprechpartner', 'Contact Person', 'Persona de contacto', 'Contactpersoon'])('a bare "Name" beside "%s" is the organization\'s', (h) => {
    expect(fieldsOf(['Name', h, 'E-Mail'])).toEqual(['companyName', 'name', 'email']);
    expect(fieldsOf(['Name', 'Contact Name', 'E-Mail'])[0]).toBe('name');
  });
});

describe('sixteenth part: notes after a header, a birth, yes/no that reads as province codes, departments, offices', () => {
  it.each([['Firmenname (company name) optional', 'companyName'], ['Telefon Pflichtfeld', 'phone'], ['Email - required', 'email'], ['Phone optional', 'phone'],
    ['birth', 'dateOfBirth'], ['Born', 'dateOfBirth'], ['Domain name', null], ['sede_id', null], ['branch_id', null], ['Moniteur assigné', 'owner'],
    ['Assigned Instructor', 'owner'], ['Captured By', 'owner'], ['razao', 'companyName'], ['Structure', 'companyName']])('"%s" is %s', (h, field) => {
    expect(mapOf(['Nom', h])[h]).toBe(field);
  });
  it('"SI", "NO" alone (yes and no) are no Italian province codes; with other codes they are', () => {
    const yes = [['Via Roma 1', 'Bari', 'SI'], ['Via Po 2', 'Modugno', 'SI'], ['Via Dante 3', 'Bitonto', 'NO']];
    expect(fieldsOf(['Indirizzo', 'Comune', '4 ORE'], { sampleRows: yes, defaultCountry: 'IT' })).toEqual(['address1', 'city', null]);
    const codes = [['Via Roma 1', 'Siena', 'SI'], ['Via Po 2', 'Milano', 'MI'], ['Via Dante 3', 'Roma', 'RM']];
    expect(fieldsOf(['Indirizzo', 'Comune', ''], { sampleRows: codes, defaultCountry: 'IT' })[2]).toBe('state');
  });
  it('a Brazilian staff list\'s "Departamento" (Operação, Administrativo) is no region: its "UF" is the state', () => {
    const rows = [['Ana', 'Operação', 'Campinas', 'SP'], ['Rui', 'Administrativo', 'Santos', 'SP'], ['Lia', 'Operação', 'Niterói', 'RJ']];
    expect(fieldsOf(['Nome', 'Departamento', 'Cidade', 'UF'], { sampleRows: rows, defaultCountry: 'BR' })).toEqual(['name', null, 'city', 'state']);
  });
});

describe('a user name column of people\'s full names', () => {
  it('"User Name" over full names is the name, the file\'s only one; over handles it is a login', () => {
    const names = [['Aisha Bello', 'a@example.com'], ['Connor Walsh', 'c@example.com'], ['Mei Lin Tan', 'm@example.com']];
    expect(fieldsOf(['User Name', 'Email'], { sampleRows: names })).toEqual(['name', 'email']);
    const handles = [['abello', 'a@example.com'], ['cwalsh', 'c@example.com'], ['mltan', 'm@example.com']];
    // (a login of handles, the file's only id of the person, is the External ID: the twenty-sixth part's rule)
    expect(fieldsOf(['User Name', 'Email'], { sampleRows: handles })).toEqual(['externalId', 'email']);
    expect(fieldsOf(['User Name', 'Invitee Name', 'Email'], { sampleRows: names.map((r) => [r[0], r[0], r[1]]) })).toEqual([null, 'name', 'email']);
  });
});

describe('seventeenth part: references, ISO codes, points of contact, therapists, numbers glued to a header', () => {
  it.each([['Ref_Externe', 'externalId'], ['External Reference', 'externalId'], ['isocode', 'country'], ['ISO Code', 'country'], ['RM Name', 'owner'],
    ['Relationship Manager', 'owner'], ['Fisioterapeuta', 'owner'], ['Terapeuta', 'owner'], ['Therapist', 'owner'], ['Company phone number', null],
    ['Student State of Origin', null], ['TelefoonNr', 'phone'], ['PhoneNo', 'phone']])('"%s" is %s', (h, field) => {
    expect(mapOf(['Nome', 'Email', h])[h]).toBe(field);
  });
  it('a bare "Name" beside a "Point Of Contact" is the organization\'s', () => {
    expect(fieldsOf(['Name', 'Point Of Contact', 'Email'])).toEqual(['companyName', 'name', 'email']);
  });
  it('a register\'s numbers past the years people write (2051, 2052) are ids, not years', () => {
    const rows = [['2051', 'Ben Ali'], ['2052', 'Sami Trabelsi'], ['2053', 'Leila Ayari']];
    expect(fieldsOf(['N° Fiche', 'Nom complet'], { sampleRows: rows })[0]).toBe('externalId');
    const years = [['2019', 'Ben Ali'], ['2021', 'Sami Trabelsi'], ['2023', 'Leila Ayari']];
    expect(fieldsOf(['N° Fiche', 'Nom complet'], { sampleRows: years })[0]).toBeNull();
  });
  it('a bare "Region" or "Departamento" over another country\'s regions than the default one\'s stays the state', () => {
    const de = [['a@example.com', 'München', 'Bayern'], ['b@example.com', 'Kassel', 'Hessen'], ['c@example.com', 'Leipzig', 'Sachsen']];
    expect(fieldsOf(['Email', 'City', 'Region'], { sampleRows: de })[2]).toBe('state');
    const br = [['a@example.com', 'Campinas', 'SP'], ['b@example.com', 'Niterói', 'RJ'], ['c@example.com', 'Belém', 'PA']];
    expect(fieldsOf(['Email', 'Cidade', 'Estado'], { sampleRows: br })[2]).toBe('state');
  });
  it('without a header row, a postal code and a town before the street line are read as such', () => {
    const rows = [['10231', 'Jürgen Kessler', '72762', 'Reutlingen', 'Lederstraße 41', '07121 345678'], ['10232', 'Sabine Wolff', '72764', 'Reutlingen', 'Am Heilbrunnen 7', '0171 2233445'],
      ['10240', 'Autohaus Brandt GmbH', '72770', 'Reutlingen-Betzingen', 'Steinachstraße 112', '07121 990011']];
    const fields = fieldsOf(['', '', '', '', '', ''], { sampleRows: rows, defaultCountry: 'DE' });
    expect(fields.slice(2, 6)).toEqual(['postalCode', 'city', 'address1', 'phone']);
  });
});

describe('eighteenth part: decimals, snake_case codes, kind words glued on, Mac Roman letters, départements by number', () => {
  it.each([['BREITENGRAD', ['47.9959', '47.9801', '47.9882']], ['lng', ['-7.84213', '-7.85102', '-7.83991']], ['Gewicht', ['72.500', '81.250', '64.125']]])(
    '"%s" over decimals %j is no phone, in any country', (h, values) => {
      for (const country of ['DE', 'US', 'FR']) {
        expect(fieldsOf(['Name', 'Telefon', h], { sampleRows: values.map((v, i) => [`P ${i}`, '0711 2233445', v]), defaultCountry: country })[2]).toBeNull();
      }
    },
  );
  it('a snake_case code header ("code_structure") is never a phone by its digits', () => {
    const rows = [['Camille', '06 12 34 56 78', '0130500400'], ['Théo', '07 98 76 54 32', '0130500400'], ['Manon', '06 45 67 89 01', '0130501200']];
    expect(fieldsOf(['prenom', 'telephone', 'code_structure'], { sampleRows: rows, defaultCountry: 'FR' })).toEqual(['firstName', 'phone', null]);
  });
  it.each([['Straßegeschäftlich', 'address1'], ['Ortgeschäftlich', 'city'], ['Postleitzahlgeschäftlich', 'postalCode'], ['Handyprivat', 'phone']])(
    '"%s" (a kind word glued after a known header) is %s', (h, field) => {
      expect(mapOf(['Name', h])[h]).toBe(field);
    },
  );
  it.each([['straﬂe', 'address1'], ['Gesch‰ftsname', 'companyName'], ['Grˆﬂe', null], ['M¸nchen Straﬂe', 'address1']])('"%s" (German read as Mac Roman) is %s', (h, field) => {
    expect(mapOf(['Name', h])[h]).toBe(field);
  });
  it.each([['Owner Alias', 'owner'], ['Erzieher: E-Mail', null], ['Erzieher Name', null]])('"%s" is %s', (h, field) => {
    expect(mapOf(['Name', 'E-Mail', h])[h]).toBe(field);
  });
  it('a French "Département" over its numbers (86, 44, 2A) is the state; numbers under no header are no départements', () => {
    const rows = [['Zoé', '86', '86000', '50'], ['Mathis', '44', '44100', '30'], ['Léna', '2A', '20000', '20']];
    expect(fieldsOf(['Prénom', 'Département', 'Code postal', ''], { sampleRows: rows, defaultCountry: 'FR' })).toEqual(['firstName', 'state', 'postalCode', null]);
  });
});

describe('nineteenth part: tools named in camelCase, German "zu Hause", a flag under an address header, a category of the customer, regions of a file from elsewhere', () => {
  it.each(['ActiveCampaign ID', 'MailChimp ID', 'SendinBlue ID', 'HighLevel ID', 'GoHighLevel Contact ID', 'QuickBooks ID'])('"%s" is another tool\'s id of the contact: the External ID', (h) => {
    expect(mapOf(['Email', h])[h]).toBe('externalId');
  });
  it('a campaign\'s id is still another record\'s', () => {
    expect(mapOf(['Email', 'Campaign ID', 'Active Campaign'])).toEqual({ Email: 'email', 'Campaign ID': null, 'Active Campaign': null });
  });
  it.each([['Telefon zu Hause', 'phone'], ['telefon_zu_hause', 'phone'], ['E-Mail zu Hause', 'email'], ['Adresse zu Hause', 'address1'], ['Telefon daheim', 'phone'], ['Handy unterwegs', 'phone']])(
    '"%s" (a home or on-the-go kind word after the key word) is %s', (h, field) => {
      expect(mapOf(['Vorname', h])[h]).toBe(field);
    },
  );
  it('a mobile\'s number word apart ("mobil_nummer", "handy nummer") is read with a kind word after it', () => {
    expect(fieldsOf(['vorname', 'mobil_nummer_zu_hause', 'handy nummer privat', 'mobiel nummer werk'])).toEqual(['firstName', 'phone', 'additionalPhones', 'additionalPhones']);
    expect(fieldsOf(['vorname', 'Handy Nr.', 'mobil nr'])).toEqual(['firstName', 'phone', 'additionalPhones']);
  });
  it('an address header over numbers of one or two digits (which address is the default) is no street line; a street line stays', () => {
    const rows = [['c.lehmann@example.de', '1'], ['p.graf@example.de', '1'], ['y.aydin@example.de', '2']];
    expect(fieldsOf(['email', 'default_address'], { sampleRows: rows, defaultCountry: 'DE' })).toEqual(['email', null]);
    expect(fieldsOf(['email', 'Address'], { sampleRows: rows.map(([e], i) => [e, `${i + 12} Main St`]) })).toEqual(['email', 'address1']);
  });
  it.each(['Catégorie de client', 'Categoria do cliente', 'Categoría del socio', 'Catégorie client', 'Kategorie des Kunden'])('"%s" (the customer\'s or member\'s category) is the tags', (h) => {
    expect(mapOf(['Email', h])[h]).toBe('tags');
  });
  it.each(['telf', 'Telf.', 'Teléf.', 'Tlfno', 'Número telefónico', 'Numero telefonico', 'Fono', 'Contact No', 'Contact No.', 'Portable personnel', 'Numéro de téléphone personnel'])(
    '"%s" names a phone by its header, whatever country its numbers are read in', (h) => {
      const rows = [['Ana', '06 12 34 56 78'], ['Luis', '07 81 22 90 14']];
      expect(mapOf(['Nombre', h], { sampleRows: rows })[h]).toBe('phone');
    },
  );
  it('without a header row, read with the default "US", a Dutch or a UK address block is read by its postal codes\' shape', () => {
    const nl = [['Anna', 'de Vries', 'anna@example.nl', 'Oude Delft 41', '2611 CB', 'Delft'], ['Bram', 'Jansen', 'bram@example.nl', 'Voorstraat 88', '2611 JS', 'Delft'],
      ['Sanne', 'Bakker', 'sanne@example.nl', 'Phoenixstraat 12', '5041 CD', 'Tilburg']];
    expect(fieldsOf(['', '', '', '', '', ''], { sampleRows: nl }).slice(3)).toEqual(['address1', 'postalCode', 'city']);
    const uk = [['Tom Hale', 'tom@example.co.uk', '12 Mill Lane', 'Little Shelford', 'Cambridgeshire', 'CB22 5EX'],
      ['Amy Ross', 'amy@example.co.uk', '48 Wilmslow Road', 'Manchester', 'Greater Manchester', 'M14 5TQ'], ['Ian Cole', 'ian@example.co.uk', '3 High Street', 'Leeds', 'West Yorkshire', 'LS1 4AP']];
    expect(fieldsOf(['', '', '', '', '', ''], { sampleRows: uk }).slice(2)).toEqual(['address1', 'city', 'state', 'postalCode']);
  });
  it.each([['PIS', ['120.45678.90-1', '123.98765.43-2', '128.11223.34-5']], ['RUT', ['12.345.678-5', '9.876.543-K', '15.222.333-1']], ['NIT', ['900.123.456-7', '830.045.112-3', '901.222.333-4']],
    ['Medicare Number', ['4148431533', '2123456701', '3950123456']]])('"%s" over %j (national and health ids) is no phone, read with the default "US"', (h, values) => {
    const rows = values.map((v, i) => [`P${i} Silva`, `(212) 555-01${i}2`, v]);
    expect(fieldsOf(['Name', 'Phone', h], { sampleRows: rows })).toEqual(['name', 'phone', null]);
  });
  it('"Fon" (as German letterheads write it) is the phone', () => {
    expect(fieldsOf(['Name', 'Fon', 'Fax'])).toEqual(['name', 'phone', null]);
  });
  it.each(['Group Member', 'Group Leader', 'Category Lead', 'List Member'])('"%s" (English: a person of the group, not the person\'s group) is not the tags', (h) => {
    expect(mapOf(['Email', h])[h]).toBeNull();
  });
  it('a "Departamento" of a Spanish file read with the default "US" is the state, whatever regions it holds; an English file\'s sales areas are not', () => {
    const co = [['Ana', 'ana@example.co', 'Medellín', 'Antioquia'], ['Luis', 'luis@example.co', 'Envigado', 'Antioquia'], ['Sara', 'sara@example.co', 'Cali', 'Valle del Cauca']];
    expect(fieldsOf(['Nombre', 'Correo', 'Ciudad', 'Departamento'], { sampleRows: co })[3]).toBe('state');
    const en = [['Ana', 'ana@example.org', 'Nairobi', 'Africa'], ['Luis', 'luis@example.org', 'Lima', 'Latin America'], ['Sara', 'sara@example.org', 'Oslo', 'Europe']];
    expect(fieldsOf(['Name', 'Email', 'City', 'Region'], { sampleRows: en })[3]).toBeNull();
    const nl = [['Anna', 'anna@example.nl', 'Groningen', 'Noord'], ['Lucas', 'lucas@example.nl', 'Enschede', 'Oost'], ['Sara', 'sara@example.nl', 'Breda', 'Zuid']];
    expect(fieldsOf(['Naam', 'E-mail', 'Woonplaats', 'Regio'], { sampleRows: nl, defaultCountry: 'NL' })[3]).toBeNull();
    // (a Dutch file read with "US": the Netherlands' and Belgium's regions are known, and these are none of them)
    expect(fieldsOf(['Naam', 'E-mail', 'Woonplaats', 'Regio'], { sampleRows: nl })[3]).toBeNull();
  });
});

describe('twentieth part: shipping words in brackets, numbers of records first, typos unsaid by values, contact persons', () => {
  it.each(['Adresse 1 (livraison)', 'Prénom (livraison)', 'Nombre (envío)', 'Phone (Shipping)', 'Address (Shipping)'])('"%s" (a shipping word in brackets) is the recipient\'s, not the contact\'s', (h) => {
    expect(mapOf(['Email', h])[h]).toBeNull();
  });
  it('billing columns in brackets are the contact\'s when the file\'s other group is the shipping one', () => {
    expect(fieldsOf(['Prénom (facturation)', 'Ville (facturation)', 'Prénom (livraison)', 'Ville (livraison)'])).toEqual(['firstName', 'city', null, null]);
  });
  it('a first "Nummer" over numbers that do not count the rows is the External ID; over 1, 2, 3 it numbers the rows', () => {
    const rows = (ns: string[]) => ns.map((n, i) => [n, `Person ${i}`, `p${i}@example.de`]);
    expect(fieldsOf(['Nummer', 'Name', 'E-Mail'], { sampleRows: rows(['42', '43', '57']) })[0]).toBe('externalId');
    expect(fieldsOf(['Nr.', 'Name', 'E-Mail'], { sampleRows: rows(['1', '2', '3']) })[0]).toBeNull();
  });
  it('a typo of a postal code or a region over values of no such kind is not mapped', () => {
    expect(fieldsOf(['email', 'pmode'], { sampleRows: [['a@example.nl', 'ideal'], ['b@example.nl', 'cod']] })[1]).toBeNull();
    expect(fieldsOf(['email', 'stats'], { sampleRows: [['a@example.nl', '{}'], ['b@example.nl', '{}']] })[1]).toBeNull();
    expect(fieldsOf(['email', 'poscode'], { sampleRows: [['a@example.nl', '9351 AB'], ['b@example.nl', '8401 CD']], defaultCountry: 'NL' })[1]).toBe('postalCode');
  });
  it.each([['Naam contactpersoon', 'name'], ['E-Mail Ansprechpartner', 'email'], ['geslachtsnaam', 'lastName'], ['contactnummer', 'phone'], ['Emirate', 'state'],
    ['Loyalty Tier', 'tags'], ['Tier', null], ['Emirates ID', null], ['Aadhaar Number', null], ['NRIC', null]])('"%s" is %s', (h, field) => {
    expect(mapOf(['Bedrijf', h])[h]).toBe(field);
  });
  it('without a header row, two columns of given and family names are data', () => {
    const rows = [['Brian', 'Keller'], ['Chloe', 'Nguyen'], ['Marcus', 'Whitfield']];
    expect(locateHeaders(rows).headerRow).toBe(0);
  });
});

describe('of two ids of the person, the first: an id opening the file before a named one further on', () => {
  const people = (ids: (i: number) => string[]) => [0, 1, 2].map((i) => [...ids(i), `p${i}@example.com`]);
  it.each([['ID', 'Customer Number'], ['id', 'matricula'], ['uuid', 'klantnummer'], ['id', 'user_id'], ['id_funcionario', 'Matrícula'],
    ['Identifiant Client', 'Référence Client']])('"%s" first, then "%s": the first is the External ID', (first, second) => {
    expect(fieldsOf([first, second, 'Email'], { sampleRows: people((i) => [`${1040 + i}`, `C-${2200 + i}`]) })).toEqual(['externalId', null, 'email']);
  });
  it('the named id is the External ID when the bare id is not the first column', () => {
    expect(fieldsOf(['Email', 'id', 'Customer Number'], { sampleRows: people((i) => [`${1040 + i}`, `C-${2200 + i}`]).map((r) => [r[2], r[0], r[1]]) }))
      .toEqual(['email', null, 'externalId']);
  });
  it('in a file of invoices (prices, totals) the first id numbers the invoices: the customer\'s number is the person\'s', () => {
    const rows = people((i) => [`2025-004${i}`, `K10${i}7`]).map((r) => [...r, '119,95']);
    expect(fieldsOf(['id', 'klantnummer', 'email', 'totaalIncBtw'], { sampleRows: rows })).toEqual([null, 'externalId', 'email', null]);
    expect(fieldsOf(['id', 'COD_ALUNO', 'email', 'VALOR'], { sampleRows: rows })).toEqual([null, 'externalId', 'email', null]);
  });
  it('a company\'s VAT number is no amount: the first id still wins', () => {
    const rows = people((i) => [`${1040 + i}`, `u-${300 + i}`]).map((r, i) => [...r, `NL00${i}123456B01`]);
    expect(fieldsOf(['id', 'user_id', 'email', 'btw_nummer'], { sampleRows: rows })[0]).toBe('externalId');
  });
  it('without a header row, a first column of register codes ("S014", "PROF-014") in a list of contacts is the External ID; a row counter is not', () => {
    const rows = (codes: string[]) => codes.map((c, i) => [c, `Persona ${i}`, `p${i}@example.es`]);
    for (const codes of [['S014', 'S015', 'S027'], ['PROF-014', 'PROF-015', 'PROF-021'], ['1017', '1018', '1022']]) {
      expect(fieldsOf(['', '', ''], { sampleRows: rows(codes), noHeader: true })[0]).toBe('externalId');
    }
    for (const codes of [['1', '2', '3'], ['S000', 'S014', 'S014'], ['014', '015', '016']]) {
      expect(fieldsOf(['', '', ''], { sampleRows: rows(codes), noHeader: true })[0]).toBeNull();
    }
  });
  it.each(['Team', 'Team Name', 'Mannschaft', 'Equipo', 'Équipe', 'Squadra', 'Teamnaam'])('"%s" names a group the person belongs to: Tags (the tenth part\'s choice)', (h) => {
    expect(mapOf(['Name', 'Email', h], { sampleRows: [['Ana Lee', 'a@example.com', 'U17'], ['Bo Li', 'b@example.com', 'Damen 1']] })[h]).toBe('tags');
  });
  it.each(['Team Lead', 'Team Size', 'Team ID'])('"%s" is no group of the person', (h) => {
    expect(mapOf(['Name', 'Email', h])[h]).not.toBe('tags');
  });
  it('a bare "Estado" or "Stato" over statuses is no region; over regions or region codes it is the state, and an English "State" always', () => {
    const rows = (vs: string[]) => vs.map((v, i) => [`p${i}@example.es`, 'Madrid', v]);
    expect(fieldsOf(['Email', 'Ciudad', 'Estado'], { sampleRows: rows(['Nuevo', 'Respondido', 'Nuevo']), defaultCountry: 'ES' })[2]).toBeNull();
    expect(fieldsOf(['Email', 'Città', 'Stato'], { sampleRows: rows(['attivo', 'sospeso', 'attivo']), defaultCountry: 'IT' })[2]).toBeNull();
    expect(fieldsOf(['Email', 'City', 'State'], { sampleRows: rows(['Abu Dhabi', 'Oslo', 'Beirut']) })[2]).toBe('state');
    expect(fieldsOf(['Email', 'City', 'State'], { sampleRows: rows(['California', 'Texas', 'Ohio']) })[2]).toBe('state');
    expect(fieldsOf(['Email', 'City', 'State'], { sampleRows: rows(['BW', 'BY', 'BW']), defaultCountry: 'DE' })[2]).toBe('state');
    expect(fieldsOf(['Email', 'Ciudad', 'Estado'], { sampleRows: rows(['Jalisco', 'Nuevo León', 'Puebla']), defaultCountry: 'MX' })[2]).toBe('state');
  });
});

describe('twenty-first part: a referral\'s channels, statuses, records\' numbers, groups\' names', () => {
  const rows = (vs: string[]) => vs.map((v, i) => [`Person ${i}`, `p${i}@example.com`, v]);
  it.each(['Referred By', 'Referido por', 'referidoPor', 'Recommandé par', 'Empfohlen von', 'Indicado por', 'Segnalato da'])('"%s" over channels as well as names is the Source', (h) => {
    expect(fieldsOf(['Name', 'Email', h], { sampleRows: rows(['Dr. Rao', 'Google', 'Instagram']) })[2]).toBe('source');
    expect(fieldsOf(['Name', 'Email', h], { sampleRows: rows(['Direct', 'Admin Kunle', 'Direct']) })[2]).toBe('source');
  });
  it('"Referred By" over people\'s names only, or beside a source of the file\'s own, is not imported', () => {
    expect(fieldsOf(['Name', 'Email', 'Referred By'], { sampleRows: rows(['Tanya Ellis', 'Marek Zieliński', '']) })[2]).toBeNull();
    expect(fieldsOf(['Name', 'Email', 'Referred By', 'Lead Source'], { sampleRows: rows(['Google', 'Tanya Ellis', '']).map((r) => [...r, 'Web']) })).toEqual(['name', 'email', null, 'source']);
    expect(fieldsOf(['Name', 'Email', 'referrer'], { sampleRows: rows(['https://www.google.ch/', 'https://www.facebook.com/', '']) })[2]).toBeNull();
  });
});

describe('twenty-first part: registers\' numbers, owners, groups, whole names', () => {
  const rows = (vs: string[]) => vs.map((v, i) => [`Persona ${i}`, `p${i}@example.com`, v]);
  it.each(['Registro', 'Número Registro', 'Numero de registro', 'Inscrição'])('"%s" over numbers one per person is the External ID; over dates it is not imported', (h) => {
    expect(fieldsOf(['Nome', 'Email', h], { sampleRows: rows(['1045', '1046', '1052']) })[2]).toBe('externalId');
    expect(fieldsOf(['Nome', 'Email', h], { sampleRows: rows(['REG2026-014', 'REG2026-027', 'REG2026-031']) })[2]).toBe('externalId');
    expect(fieldsOf(['Nome', 'Email', h], { sampleRows: rows(['2024-03-01', '2024-03-02', '2024-03-05']) })[2]).toBeNull();
    expect(fieldsOf(['Nome', 'Email', h], { sampleRows: rows(['1045', '1045', '1052']) })[2]).toBeNull();
  });
  it('beside an id of the file\'s own, a registration\'s number is not imported', () => {
    expect(fieldsOf(['ID', 'Nome', 'Email', 'Registro'], { sampleRows: rows(['1045', '1046', '1052']).map((r, i) => [`${i + 1}`, ...r]) })[3]).toBeNull();
  });
  it('without a header row, a first row that starts with a given name as common as a family name ("Jordan") over given names is data', () => {
    expect(locateHeaders([['Jordan', 'Whitfield', 'Boston Glory'], ['Kai', 'Nakamura', 'Seattle Cascades'], ['Marisol', 'Ortega', 'Austin Sol']]).headerRow).toBe(0);
    expect(locateHeaders([['Spieler', 'Verein'], ['Kai', 'TSV'], ['Marisol', 'SV']]).headerRow).toBe(1);
  });
  it('an owner column of yes and no is no owner', () => {
    expect(fieldsOf(['Nome', 'Email', 'proprietario'], { sampleRows: [['Ana', 'a@example.com', 'sim'], ['Rui', 'r@example.com', 'não'], ['Eva', 'e@example.com', 'sim']] })[2]).toBeNull();
    expect(fieldsOf(['Nome', 'Email', 'Owner'], { sampleRows: [['Ana', 'a@example.com', 'Dana Lee'], ['Rui', 'r@example.com', 'Marc Roy']] })[2]).toBe('owner');
  });
  it.each(['reparto_id', 'department_id', 'Abteilung-ID', 'type_id', 'LIDTYPE_ID', 'tipo_id'])('"%s" is the id of another record, not the person\'s', (h) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBeNull();
  });
  it('columns read by their values alone never outrank an address group their headers name', () => {
    const rows = [['Via Napoli 45', 'Pozzuoli', 'Italia', 'Italia'], ['Viale Marconi 120', 'Roma', 'Italia', 'Italia'], ['Via Po 3', 'Torino', 'Italia', 'Francia']];
    expect(fieldsOf(['Indirizzo di Residenza', 'Comune di Residenza', 'Nazione di Residenza', "Nazione Reperibilita'"], { sampleRows: rows, defaultCountry: 'IT' }))
      .toEqual(['address1', 'city', 'country', null]);
  });
  it('a name\'s header over a whole number for each row ("Debiteur": 10234) is the record\'s id; over phone numbers it is not', () => {
    expect(fieldsOf(['Debiteur', 'Plaats'], { sampleRows: [['10234', 'Utrecht'], ['10871', 'Gouda'], ['11002', 'Delft']], defaultCountry: 'NL' })[0]).toBe('externalId');
    expect(fieldsOf(['Debiteur', 'Plaats'], { sampleRows: [['10234', 'Utrecht'], ['10234', 'Gouda']], defaultCountry: 'NL' })[0]).toBeNull();
  });
  it.each(['Dottore assegnato', 'Medico assegnato', 'Assigned Doctor', 'Operatore assegnato'])('"%s" is the user in charge of the contact: the owner', (h) => {
    expect(mapOf(['Nome', 'Email', h])[h]).toBe('owner');
  });
  it.each(['gilde_naam', 'Guild', 'clan', 'Chapter'])('"%s" names a group the person belongs to: Tags', (h) => {
    expect(mapOf(['Naam', 'Email', h])[h]).toBe('tags');
  });
  it('a customer name column of businesses named by their trade ("Blue Ridge Hardware", "Lakeside Dental Supply") is the company', () => {
    const rows = [['Acme Corp', 'a@example.com'], ['Blue Ridge Hardware', 'b@example.com'], ['Lakeside Dental Supply', 'c@example.com']];
    expect(fieldsOf(['Customer Name', 'Email'], { sampleRows: rows })[0]).toBe('companyName');
    expect(fieldsOf(['Customer Name', 'Email'], { sampleRows: [['Ann Baker', 'a@example.com'], ['Bo Mason', 'b@example.com']] })[0]).toBe('name');
  });
  it('a file\'s only name column headed "First Name" over whole names is the Name; over two given names it stays the first name', () => {
    const rows = (vs: string[]) => vs.map((v, i) => [v, `p${i}@example.com`]);
    expect(fieldsOf(['First Name', 'Email'], { sampleRows: rows(['Ron Pearson', 'Tina Gallo', 'Sam Ortiz']) })[0]).toBe('name');
    expect(fieldsOf(['First Name', 'Email'], { sampleRows: rows(['José Luis', 'Ana María', 'Juan Carlos']) })[0]).toBe('firstName');
    expect(fieldsOf(['First Name', 'Last Name', 'Email'], { sampleRows: rows(['Ron Pearson', 'Tina Gallo']).map((r) => [r[0], 'X', r[1]]) })[0]).toBe('firstName');
  });
  it('an owner\'s email ("Rep Email", "Assigned Agent Email") is the owner when no column names the owner; beside one it is not imported', () => {
    const rows = [['Ana Lee', 'a@example.com', 'gary@dist.example'], ['Bo Li', 'b@example.com', 'monica@dist.example']];
    expect(fieldsOf(['Name', 'Email', 'Rep Email'], { sampleRows: rows })[2]).toBe('owner');
    expect(fieldsOf(['Name', 'Email', 'Assigned Agent Email'], { sampleRows: rows })[2]).toBe('owner');
    expect(fieldsOf(['Name', 'Email', 'Sales Rep Email', 'Sales Rep'], { sampleRows: rows.map((r) => [...r, 'Gary Pruitt']) })).toEqual(['name', 'email', null, 'owner']);
  });
});

describe('twenty-second part: an attendance grid\'s days in the header row', () => {
  it('dates over columns of marks are the days of a grid: the row is the header row', () => {
    const rows = [['Naam', 'Voornaam', 'Monday, April 07, 2014', 'Tuesday, April 08, 2014', 'Wednesday, April 09, 2014'],
      ['Mertens', 'Lien', 'x', 'x', ''], ['Aerts', 'Seppe', 'x', '', 'x'], ['Vermeulen', 'Jana', '', 'x', 'x']];
    expect(locateHeaders(rows).headerRow).toBe(1);
  });
  it('dates over other values are data: a file without a header row', () => {
    const rows = [['Lien Mertens', 'lien@example.be', '2014-04-07'], ['Seppe Aerts', 'seppe@example.be', '2014-04-08']];
    expect(locateHeaders(rows).headerRow).toBe(0);
  });
  it.each(['HubSpot Record ID', 'HubSpot Contact ID', 'Salesforce Record ID', 'Zoho Record Id'])('"%s" is the contact\'s id in that CRM: the External ID', (h) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBe('externalId');
  });
  it.each(['HubSpot Company ID', 'Salesforce Account ID'])('"%s" is another record\'s id', (h) => {
    expect(mapOf(['Name', 'Email', h])[h]).toBeNull();
  });
  it.each([['Typ', ['Privatkunde', 'Geschäftskunde', 'Privatkunde']], ['Tipo', ['Cliente', 'Fornecedor', 'Cliente']], ['ContactType', ['Customer', 'Supplier', 'Customer']],
    ['type', ['interessent', 'kunde', 'kunde']]] as const)('"%s" over kinds of contact (%j) is Tags', (h, vs) => {
    expect(fieldsOf(['Name', 'Email', h], { sampleRows: vs.map((v, i) => [`P ${i}`, `p${i}@example.com`, v]) })[2]).toBe('tags');
  });
  it.each([['Typ', ['Firma', 'Person', 'Firma']], ['Type', ['particulier', 'entreprise', 'particulier']], ['Type', ['one-time', 'monthly', 'one-time']], ['Tipo', ['vip', 'standard', 'vip']]] as const)(
    '"%s" over %j (the record\'s own kind, or something else\'s) is not imported', (h, vs) => {
      expect(fieldsOf(['Name', 'Email', h], { sampleRows: vs.map((v, i) => [`P ${i}`, `p${i}@example.com`, v]) })[2]).toBeNull();
    });
  it('"CPostal" is the postal code', () => {
    expect(mapOf(['Nombre', 'CPostal']).CPostal).toBe('postalCode');
  });
  it.each([['Choix', ['Visite guidée', 'Conférence']], ['Keyword', ['padaria campinas', 'dentista campinas']], ['Direction', ['DRH', 'DAF']],
    ['Référentiel', ['Développement web', 'Data']], ['prof_adh', ['Infirmière', 'Artisan']]] as const)('"%s", close to a known name, over %j is not mapped', (h, vs) => {
    expect(fieldsOf(['Email', h], { sampleRows: vs.map((v, i) => [`p${i}@example.fr`, v]) })[1]).toBeNull();
  });
  it.each([['adress', ['Kerkstraat 12', 'Dorpsweg 3'], 'address1'], ['poscode', ['9351 AB', '8401 CD'], 'postalCode'], ['Telephon', ['0664 5550181', '0664 5550192'], 'phone']] as const)(
    'a misspelt "%s" over %j is still %s', (h, vs, field) => {
      expect(fieldsOf(['Email', h], { sampleRows: vs.map((v, i) => [`p${i}@example.nl`, v]), defaultCountry: h === 'Telephon' ? 'AT' : 'NL' })[1]).toBe(field);
    });
});

describe('twenty-third part: a date\'s format after its header', () => {
  it.each(['Date of Birth DD/MM/YYYY', 'geburts_datum_TT.MM.JJJJ', 'Geburtsdatum TT.MM.JJJJ', 'fecha_nacimiento_dd_mm_aaaa', 'Data di nascita gg/mm/aaaa'])('"%s" is the date of birth', (h) => {
    expect(mapOf(['Name', h])[h]).toBe('dateOfBirth');
  });
  it.each(['Start Date DD/MM/YYYY', 'Member Since MM/YYYY'])('"%s" is still a system date', (h) => {
    expect(mapOf(['Name', h])[h]).toBeNull();
  });
  it.each(['Landesverband', 'Kreisverband', 'Ortsverband', 'Bundesverband'])('"%s", an association\'s branch the member belongs to, is Tags', (h) => {
    expect(mapOf(['Name', 'E-Mail', h])[h]).toBe('tags');
  });
  it('"Dienstverband" (an employment relation) is not', () => {
    expect(mapOf(['Naam', 'E-mail', 'Dienstverband']).Dienstverband).toBeNull();
  });
  it('a group\'s email or phone beside the contact\'s own is the group\'s', () => {
    const rows = [['a@example.it', '333 1234567', 'napoli5@example.org', '081 7654321'], ['b@example.it', '347 7654321', 'salerno2@example.org', '089 234567']];
    expect(fieldsOf(['EMAIL', 'CELLULARE', 'EMAIL GRUPPO', 'TELEFONO GRUPPO'], { sampleRows: rows, defaultCountry: 'IT' })).toEqual(['email', 'phone', null, null]);
    expect(fieldsOf(['Group Email'], { sampleRows: [['napoli5@example.org'], ['salerno2@example.org']] })).toEqual(['email']);
  });
  it('a name column over businesses beside first and last names is the company\'s (Xero\'s "ContactName"); over people it stays the name', () => {
    const rows = (names: string[]) => names.map((n, i) => [n, `First${i}`, `Last${i}`, `p${i}@example.com`]);
    expect(fieldsOf(['*ContactName', 'FirstName', 'LastName', 'EmailAddress'], { sampleRows: rows(['Acme Constructions', 'Toowoomba Tyres', 'Range Plumbing']) })[0]).toBe('companyName');
    expect(fieldsOf(['ContactName', 'FirstName', 'LastName', 'EmailAddress'], { sampleRows: rows(['Sarah Whitlock', 'Ben Nguyen', 'Mia Rossi']) })[0]).toBe('name');
  });
});

describe('twenty-fourth part: pupils, register numbers, sites and regions', () => {
  it.each([['Élèves', 'name'], ['Alumnos', 'name'], ['Leerling', 'name'], ['NIA', 'externalId'], ['WWW', 'website'], ['Gouvernorat', 'state'], ['Wilaya', 'state']] as const)('"%s" is %s', (h, field) => {
    expect(mapOf(['Email', h])[h]).toBe(field);
  });
  it('a first "codigo" over a register\'s codes written with a hyphen ("AL-0031") is the External ID', () => {
    expect(fieldsOf(['codigo', 'nombre', 'email'], { sampleRows: [['AL-0031', 'Ana', 'a@example.es'], ['AL-0032', 'Bea', 'b@example.es']] })[0]).toBe('externalId');
  });
  it('a Spanish, Portuguese or Italian "Segmento" (a company\'s market, "Varejo", "Tecnologia") is not imported; a "Segment" of a mailing list is Tags', () => {
    expect(fieldsOf(['Nome', 'Email', 'segmento'], { sampleRows: [['Ana', 'a@example.com.br', 'Varejo'], ['Rui', 'r@example.com.br', 'Tecnologia']] })[2]).toBeNull();
    expect(fieldsOf(['Name', 'Email', 'Segment'], { sampleRows: [['Ana', 'a@example.de', 'Neukunde'], ['Rui', 'r@example.de', 'Bestandskunde']] })[2]).toBe('tags');
  });
});

describe('twenty-fifth part: a postal code written with its hyphen is never a phone', () => {
  it.each([['40020-000', 'BR'], ['44001-000', 'BR'], ['1000-001', 'PT'], ['00-950', 'PL']] as const)('"%s" (%s) is no phone', (v, country) => {
    expect(sniffValue(v, { defaultCountry: country })).not.toBe('phone');
  });
  it('a Brazilian phone written with its hyphen still is one', () => {
    expect(sniffValue('(71) 99876-5432', { defaultCountry: 'BR' })).toBe('phone');
  });
});

describe('twenty-sixth and twenty-seventh parts: logins, codes, photos, coaches, first ids', () => {
  const handles = (n: number) => [['jvisser', 'Jan', 'j@example.nl'], ['mdekker', 'Mia', 'm@example.nl'], ['tpost', 'Tom', 't@example.nl']].slice(0, n);
  it.each(['gebruikersnaam', 'Username', 'Usuario', 'Login Name', 'Nome utente'])('a login column "%s" of handles, the file\'s only id of the person, is the External ID', (h) => {
    expect(fieldsOf([h, 'Voornaam', 'Email'], { sampleRows: handles(3) })[0]).toBe('externalId');
  });
  it('beside an id of the person, a login is not imported', () => {
    const rows = handles(3).map((r, i) => [String(100 + i), ...r]);
    expect(fieldsOf(['ID', 'Username', 'First Name', 'Email'], { sampleRows: rows })).toEqual(['externalId', null, 'firstName', 'email']);
  });
  it('a login column of emails or of full names is read as the email or the name, not as an id', () => {
    expect(fieldsOf(['Username', 'Phone'], { sampleRows: [['ana@example.com', '+12025550143'], ['bo@example.com', '+12025550187']] })[0]).toBe('email');
    expect(fieldsOf(['User Name', 'Email'], { sampleRows: [['Aisha Bello', 'a@example.com'], ['Connor Walsh', 'c@example.com']] })[0]).toBe('name');
  });
  it('a login that repeats in the sample rows is no one\'s id', () => {
    expect(fieldsOf(['Username', 'Email'], { sampleRows: [['admin', 'a@example.com'], ['admin', 'b@example.com']] })[0]).toBeNull();
  });
  it.each([['ComuneNascitaCodice', ['015146', '063049', '058091']], ['Reservation number', ['3331234567', '3471234567', '3209876543']], ['Booking No', ['3331234568', '3471234568', '3209876544']]] as const)('"%s" over digits that could be phones is no phone', (h, vs) => {
    const rows = vs.map((v, i) => [`p${i}@example.com`, v]);
    expect(fieldsOf(['Email', h], { sampleRows: rows, defaultCountry: 'IT' })[1]).toBeNull();
  });
  it('a phone\'s number word keeps its phone ("Mobile number", "WhatsApp Nr")', () => {
    const rows = [['a@example.com', '+12025550143', '+12025550199'], ['b@example.com', '+12025550187', '+12025550122']];
    expect(fieldsOf(['Email', 'Mobile number', 'WhatsApp Nr'], { sampleRows: rows })).toEqual(['email', 'phone', 'additionalPhones']);
  });
  it.each(['adres_id', 'Address ID', 'address_id'])('"%s" is an address record\'s id, not the street', (h) => {
    expect(mapOf(['Email', h])[h]).toBeNull();
  });
  it('"Sales Rep Name" names the owner; "Sales Rep Email" stays the owner\'s, not the contact\'s', () => {
    expect(fieldsOf(['Email', 'Sales Rep Name', 'Sales Rep Email'])).toEqual(['email', 'owner', null]);
  });
  it.each(['profielfoto', 'Profilbild', 'Profile Photo', 'Foto profilo', 'Photo de profil'])('"%s" over image links is no website', (h) => {
    expect(fieldsOf(['Email', h], { sampleRows: [['a@example.nl', 'https://cdn.example.nl/p/fw.jpg'], ['b@example.nl', 'https://cdn.example.nl/p/ab.jpg']] })[1]).toBeNull();
  });
  it('links to image or document files are no website, under no header that names one', () => {
    expect(fieldsOf(['Email', 'Extra'], { sampleRows: [['a@example.de', 'https://static.example.de/u/12/scan.pdf'], ['b@example.de', 'https://cdn.example.de/img/7.png']] })[1]).toBeNull();
    expect(fieldsOf(['Email', 'Extra'], { sampleRows: [['a@example.de', 'https://www.example.de'], ['b@example.de', 'https://example.org/about']] })[1]).toBe('website');
  });
  it('a weak key word over file names ("doc_comprobante_domicilio": cfe_dic.pdf) is no address', () => {
    expect(fieldsOf(['email', 'doc_comprobante_domicilio'], { sampleRows: [['a@example.mx', 'cfe_dic.pdf'], ['b@example.mx', 'recibo_luz.jpg']] })[1]).toBeNull();
    expect(fieldsOf(['email', 'domicilio'], { sampleRows: [['a@example.mx', 'Av. Juárez 12'], ['b@example.mx', 'Calle 5 de Mayo 40']] })[1]).toBe('address1');
  });
  it('a first "Numéro" or "code" over a register\'s codes ("ADH-0001", "BEN-2026-014") is the External ID', () => {
    expect(fieldsOf(['Numéro', 'Nom', 'Email'], { sampleRows: [['ADH-0001', 'Roux', 'a@example.fr'], ['ADH-0002', 'Faure', 'b@example.fr']] })[0]).toBe('externalId');
    expect(fieldsOf(['code', 'nom', 'email'], { sampleRows: [['BEN-2026-014', 'Roux', 'a@example.fr'], ['BEN-2026-015', 'Faure', 'b@example.fr']] })[0]).toBe('externalId');
    expect(fieldsOf(['code', 'nom', 'email'], { sampleRows: [['A', 'Roux', 'a@example.fr'], ['B', 'Faure', 'b@example.fr']] })[0]).toBeNull();
  });
  it('a team\'s coach is someone else; an assigned coach is the owner', () => {
    expect(fieldsOf(['Player Email', 'Team Coach Phone', 'Team Coach Email', 'Player Home Phone'])).toEqual(['email', null, null, 'phone']);
    expect(mapOf(['Email', 'Assigned Coach'])['Assigned Coach']).toBe('owner');
  });
  it('of two ids, a first acronym\'s id filled in every row leads ("SIS ID" before "Student Number"); one with gaps does not', () => {
    const rows = [['100231', 'Ana', 'S-20231'], ['100232', 'Bo', 'S-20232']];
    expect(fieldsOf(['SIS ID', 'First Name', 'Student Number'], { sampleRows: rows })).toEqual(['externalId', 'firstName', null]);
    const gaps = [['', 'Ana', 'S-20231'], ['CW-1182', 'Bo', 'S-20232']];
    expect(fieldsOf(['SIS ID', 'First Name', 'Student Number'], { sampleRows: gaps })).toEqual([null, 'firstName', 'externalId']);
  });
  it('"Medio enterado" (how they heard of the school) is the Source', () => {
    expect(mapOf(['Nombre', 'Medio enterado'])['Medio enterado']).toBe('source');
  });
});

describe('twenty-sixth and twenty-seventh parts, continued: shared ids, vague names, pasted towns', () => {
  it('a typo of the owner\'s name over flags ("ausserDienst": 0) is no owner', () => {
    expect(fieldsOf(['Name', 'Email', 'ausserDienst'], { sampleRows: [['Kai Brandt', 'k@example.de', '0'], ['Lea Vogt', 'l@example.de', '1']] })[2]).toBeNull();
  });
  it('a bare "Site" over places or slugs is no website; "Website" over the same is kept, less sure', () => {
    const rows = [['a@example.fr', 'PARIS'], ['b@example.fr', 'LYON'], ['c@example.fr', 'LILLE']];
    expect(fieldsOf(['email', 'site'], { sampleRows: rows })[1]).toBeNull();
    expect(fieldsOf(['email', 'Site'], { sampleRows: [['a@example.fr', 'www.atelier.example'], ['b@example.fr', 'https://b.example']] })[1]).toBe('website');
    expect(fieldsOf(['email', 'Website'], { sampleRows: rows })[1]).toBe('website');
  });
  it.each(['Email Domain', 'FQDN', 'Hostname', 'MX Record'])('"%s" over domains is no website', (h) => {
    expect(fieldsOf(['Email', h], { sampleRows: [['a@holm.example', 'holm.example'], ['b@example.se', 'example.se']] })[1]).toBeNull();
  });
  it('a login is the External ID when the file\'s only other id is a shared one (a department\'s "afdelings_id")', () => {
    const rows = [['jvisser', 'Visser', 'j@example.nl', '3'], ['mdekker', 'Dekker', 'm@example.nl', '3'], ['tpost', 'Post', 't@example.nl', '5']];
    expect(fieldsOf(['gebruikersnaam', 'achternaam', 'email', 'afdelings_id'], { sampleRows: rows })).toEqual(['externalId', 'lastName', 'email', null]);
  });
  it('a vague header read as the name ("contactinfo") over values with digits holds no names; over names it stays', () => {
    expect(fieldsOf(['email', 'contactinfo'], { sampleRows: [['a@example.nl', 'tst. 4412'], ['b@example.nl', 'tst. 4413']] })[1]).toBeNull();
    expect(fieldsOf(['email', 'Contact'], { sampleRows: [['a@example.fr', 'Paul Martin'], ['b@example.fr', 'Sylvie Renaud']] })[1]).toBe('name');
  });
  it('without a header row, place names before the country\'s region codes are the town and its region', () => {
    const rows = [['+5511987654321', 'Valdir Santana', 'São Bernardo do Campo', 'SP'], ['+5531998765432', 'Rogério Cunha', 'Belo Horizonte', 'MG'], ['+5548991234567', 'Adriana Koch', 'Florianópolis', 'SC']];
    expect(fieldsOf(['', '', '', ''], { sampleRows: rows, defaultCountry: 'BR', noHeader: true })).toEqual(['phone', 'name', 'city', 'state']);
    // (codes that are no region of the country stay unread)
    const other = rows.map((r) => [...r.slice(0, 3), 'XQ']);
    expect(fieldsOf(['', '', '', ''], { sampleRows: other, defaultCountry: 'BR', noHeader: true }).slice(2)).toEqual([null, null]);
  });
});

describe('twenty-eighth and twenty-ninth parts: a report\'s heading block, pasted names, whose column', () => {
  it('"Tenant Name" over businesses, the contact\'s name as the file names no one else, is the company', () => {
    const rows = [['Kabulonga Pharmacy', 'info@kabulonga.example.zm'], ['Chipata Road Clinic', 'admin@chipata.example.zm'], ['Lusaka Dental Clinic', 'desk@lusaka.example.zm']];
    expect(fieldsOf(['Tenant Name', 'Email'], { sampleRows: rows })).toEqual(['companyName', 'email']);
    expect(fieldsOf(['Tenant Name', 'Email'], { sampleRows: [['Mary Banda', 'm@example.zm'], ['John Phiri', 'j@example.zm']] })).toEqual(['name', 'email']);
  });
  it('a pupil\'s legal guardian ("Tel portable resp. légal 1") is someone else', () => {
    const phones = [['a@example.fr', '06 12 34 56 78'], ['b@example.fr', '06 98 76 54 32'], ['c@example.fr', '07 11 22 33 44']];
    expect(fieldsOf(['Mail', 'Tel portable resp. légal 1'], { sampleRows: phones, defaultCountry: 'FR' })[1]).toBeNull();
    expect(mapOf(['Email', 'Legal Guardian Phone'])['Legal Guardian Phone']).toBeNull();
  });
  it('links to one site\'s pages ("https://app.example.com/prospects/1042") are no website; websites that differ are', () => {
    const pages = [['a@example.com', 'https://app.example.com/prospects/1042'], ['b@example.com', 'https://app.example.com/prospects/1043']];
    expect(fieldsOf(['Email', 'Sherpa Page'], { sampleRows: pages })[1]).toBeNull();
    expect(fieldsOf(['Email', 'link'], { sampleRows: pages })[1]).toBeNull();
    const sites = [['a@example.com', 'https://www.holm.example/about'], ['b@example.com', 'https://orbis.example/team']];
    expect(fieldsOf(['Email', 'link'], { sampleRows: sites })[1]).toBe('website');
    // (social profiles on one network are each person's own page)
    const profiles = [['a@example.de', 'https://de.linkedin.com/in/christa-knoll'], ['b@example.de', 'https://de.linkedin.com/in/annareuter']];
    expect(fieldsOf(['', ''], { sampleRows: profiles, noHeader: true })[1]).toBe('website');
  });
  it('a row as wide that names contact fields takes over from a heading row that names none ("Event Id | Event Name")', () => {
    const rows = [['Event Id', 'Event Name'], ['14', 'Career Fair 2025'], [], ['Lista de Participantes'], ['Student Number', 'Email'], ['2021145', 'a2021145@alunos.example'], ['2022310', 'a2022310@alunos.example']];
    expect(locateHeaders(rows).headerRow).toBe(5);
    // (a heading row that names a field stays the header row)
    const named = [['Name', 'Email'], ['Ann Lee', 'ann@example.com'], ['Student Number', 'Email'], ['2021145', 'b@example.com']];
    expect(locateHeaders(named).headerRow).toBe(1);
  });
  it('pasted Italian surnames and given names ("Ferretti | Giacomo") have no header row', () => {
    expect(locateHeaders([['Ferretti', 'Giacomo'], ['Morelli', 'Arianna'], ['Cirillo', 'Kevin']], { defaultCountry: 'IT' }).headerRow).toBe(0);
  });
  it.each(['Department Name', 'Jersey Name', 'Nombre del departamento', 'Abteilungsname'])('"%s" is no person\'s name', (h) => {
    expect(mapOf(['Email', h])[h]).toBeNull();
  });
  it('"Contact Info" over notes on when to call holds no names', () => {
    expect(fieldsOf(['Email', 'Contact Info'], { sampleRows: [['a@example.com', 'Call after 5pm'], ['b@example.com', 'Prefers text']] })[1]).toBeNull();
  });
  it.each([['data_nasc_paciente', 'dateOfBirth'], ['fecha_nacimiento_alumno', 'dateOfBirth']] as const)('"%s", a known name before the person of the file, is theirs: %s', (h, field) => {
    expect(mapOf(['email', h])[h]).toBe(field);
  });
  it('a date word before another date ("Fecha alta paciente") stays no field', () => {
    expect(mapOf(['email', 'Fecha alta paciente'])['Fecha alta paciente']).toBeNull();
  });
  it.each(['lider_email', 'Team Leader Email', 'E-Mail Leiter'])('"%s" is a leader\'s, not the contact\'s', (h) => {
    expect(fieldsOf(['email', h])).toEqual(['email', null]);
  });
  it('an invoice\'s id ("id facture") is another record\'s', () => {
    expect(mapOf(['Nom', 'id facture'])['id facture']).toBeNull();
  });
  it('an owner\'s header over consent answers ("COMERCIAL": Acepta, No Acepta) is no owner', () => {
    expect(fieldsOf(['EMAIL', 'COMERCIAL'], { sampleRows: [['a@example.es', 'Acepta'], ['b@example.es', 'No Acepta'], ['c@example.es', 'Acepta']] })[1]).toBeNull();
    expect(fieldsOf(['EMAIL', 'COMERCIAL'], { sampleRows: [['a@example.es', 'Ana Ruiz'], ['b@example.es', 'Luis Gil']] })[1]).toBe('owner');
  });
});

describe('thirtieth and thirty-first parts: names in one cell, patients, parts of a birth date, statuses', () => {
  it('a number with a suffix ("0001234.REV", an archive\'s record) is no web address; a domain with a letter is', () => {
    expect(sniffValue('0001234.REV')).not.toBe('url');
    expect(sniffValue('studio-bela.example')).toBe('url');
    expect(sniffValue('4you.example')).toBe('url');
  });
  it.each([['Apellidos y nombres', 'name'], ['APELLIDOS Y NOMBRES', 'name'], ['Estabelecimento', 'companyName'], ['Establecimiento', 'companyName'], ['Paciente', 'name'], ['Paziente', 'name'], ['Patient', 'name'], ['RagSocCli', 'companyName'], ['Rag. Soc.', 'companyName'], ['CodiceAllievo', 'externalId']] as const)('"%s" is %s', (h, field) => {
    expect(mapOf(['Email', h])[h]).toBe(field);
  });
  it.each(['Subject Name', 'Nombre de la asignatura'])('"%s" is no person\'s name', (h) => {
    expect(mapOf(['Email', h])[h]).toBeNull();
  });
  it('a birth date in three columns ("Geburtsjahr", "Geburtsmonat", "Geburtstag"): the day alone is no date of birth', () => {
    const rows = [['Heike', '1971', '4', '18'], ['Jens', '1985', '11', '2']];
    expect(fieldsOf(['Vorname', 'Geburtsjahr', 'Geburtsmonat', 'Geburtstag'], { sampleRows: rows })).toEqual(['firstName', null, null, null]);
    expect(fieldsOf(['Vorname', 'Geburtstag'], { sampleRows: [['Heike', '18.04.1971'], ['Jens', '02.11.1985']] })[1]).toBe('dateOfBirth');
  });
  it('"Estado" over a lead\'s statuses ("nueva", "contactada") is no state, whatever the file\'s country', () => {
    const rows = [['Rosa Martínez', '4510 Bellaire Blvd', 'nueva'], ['Luis Herrera', '2210 Westheimer Rd', 'contactada'], ['Ana Soto', '918 Main St', 'ganada']];
    expect(fieldsOf(['Nombre', 'Dirección', 'Estado'], { sampleRows: rows })[2]).toBeNull();
    expect(fieldsOf(['Email', 'Estado'], { sampleRows: [['a@example.mx', 'Jalisco'], ['b@example.mx', 'Nuevo León']], defaultCountry: 'MX' })[1]).toBe('state');
  });
  it('a code\'s header in a compound ("CodFiscale") is never a phone by its digits', () => {
    const rows = [['+39 02 1234567', '02345678901'], ['+39 06 7654321', '03456789012']];
    expect(fieldsOf(['Tel1', 'CodFiscale'], { sampleRows: rows, defaultCountry: 'IT' })[1]).toBeNull();
  });
});

describe('thirty-second part: vendors\' wide exports', () => {
  it('a first row of names with a middle initial ("Lorna K. Pruitt", "Pruitt, Lorna K.") is data, not headers', () => {
    const rows = [['Lorna', 'Pruitt', 'Lorna K. Pruitt', 'Pruitt, Lorna K.'], ['Dwayne', 'Castillo', 'Dwayne M. Castillo', 'Castillo, Dwayne M.'], ['Esther', 'Navarro', 'Esther J. Navarro', 'Navarro, Esther J.']];
    expect(locateHeaders(rows).headerRow).toBe(0);
    expect(locateHeaders([['First', 'Last', 'Full Name', 'Nachname, Vorname'], ...rows]).headerRow).toBe(1);
  });
  it.each(['Phone 1 (Type)', 'Phone 1 (Country Code)', 'Phone (Ext)'])('"%s", a property of the phone in parentheses, is not the phone', (h) => {
    expect(fieldsOf(['Email', 'Phone 1', h], { sampleRows: [['a@example.com', '+85221234567', 'Mobile'], ['b@example.com', '+61291234567', 'Home']] })[2]).toBeNull();
  });
  it('a type or a person in parentheses still says which ("Phone (Mobile)", "Vorname (Kind)" is the child\'s)', () => {
    expect(mapOf(['Email', 'Phone (Mobile)'])['Phone (Mobile)']).toBe('phone');
    expect(mapOf(['E-Mail', 'Vorname (Kind)'])['Vorname (Kind)']).toBeNull();
  });
  it.each(['tel_fax', 'Fax privé'])('"%s" is a fax number, no phone', (h) => {
    expect(fieldsOf(['tel_cell', h], { sampleRows: [['0171 5550187', '040 3344559'], ['0160 5550122', '0431 908879']], defaultCountry: 'DE' })[1]).toBeNull();
  });
  it.each(['Addresses 1 Country ISO2 code', 'adr_one_countryname'])('"%s" is the country', (h) => {
    expect(mapOf(['Email', h])[h]).toBe('country');
  });
  it('"loginname" of handles, the file\'s only id, is the External ID', () => {
    expect(fieldsOf(['email', 'loginname'], { sampleRows: [['a@example.de', 'ohansen'], ['b@example.de', 'pkorte']] })[1]).toBe('externalId');
  });
});

describe('before the thirty-third part: a groupware\'s field names, glued keys, abbreviations', () => {
  it('Tine 2.0\'s and EGroupware\'s field names: the business address ("adr_one_*") is the address, the private one not over it', () => {
    const rows = [['Karsten', 'Voss', 'Speicherstadt 4', 'Hamburg', '20095', 'Am Deich 2', 'Kiel']];
    expect(fieldsOf(['n_given', 'n_family', 'adr_one_street', 'adr_one_locality', 'adr_one_postalcode', 'adr_two_street', 'adr_two_locality'], { sampleRows: rows, defaultCountry: 'DE' }))
      .toEqual(['firstName', 'lastName', 'address1', 'city', 'postalCode', null, null]);
  });
  it.each([['BILLINGCITY', 'city'], ['companycity', 'city'], ['customermail', 'email']] as const)('"%s", a known word glued to a four-letter key, is %s', (h, field) => {
    expect(mapOf(['Name', h])[h]).toBe(field);
  });
  it('"Zusatzname", an addition to the name, is still no name', () => {
    expect(mapOf(['Vorname', 'Nachname', 'Zusatzname'])['Zusatzname']).toBeNull();
  });
  it('"Hauptnummer" (Apple Contacts in German) is the main phone, a mobile beside it an additional one', () => {
    expect(fieldsOf(['Vorname', 'Hauptnummer', 'Mobiltelefon'], { sampleRows: [['Jana', '0711 2290400', '0172 5566123'], ['Urs', '0621 1577300', '0157 33412098']], defaultCountry: 'DE' }))
      .toEqual(['firstName', 'phone', 'additionalPhones']);
  });
  it('Dutch initials ("Voorletters") beside a last name are the first name when the file has no given name', () => {
    const rows = [['J.H.', 'Bakker', 'Zwolle'], ['A.', 'de Vries', 'Deventer']];
    expect(fieldsOf(['Voorletters', 'Achternaam', 'Woonplaats'], { sampleRows: rows })).toEqual(['firstName', 'lastName', 'city']);
    expect(fieldsOf(['Voorletters', 'Voornaam', 'Achternaam'], { sampleRows: [['J.H.', 'Jan', 'Bakker'], ['A.', 'Anna', 'de Vries']] })).toEqual([null, 'firstName', 'lastName']);
  });
  it('"ddn_adh", the member\'s date de naissance abbreviated, is the date of birth', () => {
    const rows = [['Perrin', 'Anne', '1972-06-18'], ['Gauthier', 'Luc', '1990-11-02'], ['Diallo', 'Fatou', '1958-03-27']];
    expect(fieldsOf(['nom_adh', 'prenom_adh', 'ddn_adh'], { sampleRows: rows, defaultCountry: 'FR' })).toEqual(['lastName', 'firstName', 'dateOfBirth']);
  });
});

describe('thirty-third and thirty-fourth parts: header rows of codes and property paths, words of clubs, parliaments and brokers', () => {
  it('a row of register codes and yes/no answers ("mbr-0041 | Yes") is data: the row above it is the header row', () => {
    const rows = [['External Identifier', 'Opt Out'], ['mbr-0041', 'Yes'], ['mbr-0042', 'No'], ['mbr-0057', '']];
    expect(locateHeaders(rows).headerRow).toBe(1);
    expect(fieldsOf(['External Identifier', 'Opt Out'], { sampleRows: rows.slice(1) })).toEqual(['externalId', null]);
  });
  it('dotted property paths ("addresses.city", "emailAddresses.email") are a header row, though they read as new domains', () => {
    const rows = [['firstName', 'lastName', 'emailAddresses.email', 'addresses.city', 'addresses.zipCode'], ['Roos', 'Verbeek', 'roos@verbeek.example', 'Oss', '5341 GH'], ['Maarten', 'Dijk', 'm@dijk.example', 'Zwolle', '8011 AB']];
    expect(locateHeaders(rows, { defaultCountry: 'NL' }).headerRow).toBe(1);
    expect(locateHeaders(rows.slice(1), { defaultCountry: 'NL' }).headerRow).toBe(0);
  });
  it.each([['Anzeigename', 'name'], ['Arbeitsstelle', 'companyName'], ['Contraente', 'name'], ['social_reason', 'companyName'], ['P.C.', 'postalCode'], ['Bondsnr', 'externalId'],
    ['Contact Subtype', 'tags'], ['acquisition', 'source'], ['Apporteur', 'source'], ['Fraktion', 'tags'], ['Gremien', 'tags'], ['Groupe politique', 'tags'], ['Political Affiliation', 'tags'], ['Sparte', 'tags'], ['Fractielabel', 'tags']] as const)('"%s" is %s', (h, field) => {
    expect(mapOf(['Email', h])[h]).toBe(field);
  });
  it('"Geboren" over dates is the date of birth; over years alone it is not imported', () => {
    expect(fieldsOf(['Naam', 'Geboren'], { sampleRows: [['Lotte Mertens', '14/02/2012'], ['Jens Peeters', '30/06/2012']] })[1]).toBe('dateOfBirth');
    expect(fieldsOf(['Naam', 'Geboren'], { sampleRows: [['Lotte Mertens', '1991'], ['Jens Peeters', '2008'], ['Kees Vos', '1975']] })[1]).toBeNull();
  });
});

describe('thirty-third and thirty-fourth parts, continued: parents by their names, shipments, zeros, towns, nicknames', () => {
  it.each(['E-mail mama', 'Tel papa', 'Pap Courriel'])('"%s" is a parent\'s, not the contact\'s', (h) => {
    const rows = [['Lotte', 'lotte@mail.example', '0475 00 11 22', 'katrien@mail.example'], ['Jens', 'jens@mail.example', '0476 33 44 55', 'tom.m@mail.example']];
    expect(fieldsOf(['Voornaam', 'E-mail', 'Tel', h], { sampleRows: rows, defaultCountry: 'BE' })[3]).toBeNull();
  });
  it('the recipient ("Destinatário"), the file\'s only person, is the contact, with the address of the role', () => {
    const rows = [['Silvana Prado', 'Rua das Flores 12', 'Campinas'], ['Otávio Ramos', 'Av. Brasil 400', 'Santos']];
    expect(fieldsOf(['Destinatário', 'Endereço destinatário', 'Cidade destinatário'], { sampleRows: rows, defaultCountry: 'BR' })).toEqual(['name', 'address1', 'city']);
  });
  it('a payment\'s sender ("Absender E-Mail-Adresse" of a PayPal export) is the contact who paid', () => {
    const rows = [['Jana Reuter', 'jana@mail.example', 'shop@example.de'], ['Moritz Albers', 'moritz@mail.example', 'shop@example.de']];
    expect(fieldsOf(['Name', 'Absender E-Mail-Adresse', 'Empfänger E-Mail-Adresse'], { sampleRows: rows })[1]).toBe('email');
  });
  it('"Soft credit first name", the contact a gift is credited to, is someone else\'s', () => {
    expect(fieldsOf(['First Name', 'Email', 'Soft credit first name', 'Soft credit contact email'], { sampleRows: [['Ada', 'ada@example.org', 'Jenna', 'jenna@example.org']] })).toEqual(['firstName', 'email', null, null]);
  });
  it('"Estado" over a shipment\'s statuses ("Entregado", "En ruta") is no state', () => {
    expect(fieldsOf(['Nombre', 'Estado'], { sampleRows: [['Ana Soto', 'Entregado'], ['Luis Gil', 'En ruta'], ['Eva Paz', 'Novedad']] })[1]).toBeNull();
  });
  it('an id holding zeros only ("visitor_user_id": 0, 0, 0) is no id; the customer\'s number after it is', () => {
    const rows = [['0', 'K-20451', 'k.hahn@mail.example'], ['0', 'K-18870', 'uwe.p@mail.example']];
    expect(fieldsOf(['visitor_user_id', 'customers_number', 'email_address'], { sampleRows: rows })).toEqual([null, 'externalId', 'email']);
  });
  it('Italian "Paese" over towns is the town; over countries the country', () => {
    expect(fieldsOf(['Nominativo', 'Paese'], { sampleRows: [['Rossi Mario', 'Avigliana'], ['Bianchi Anna', 'Condove']], defaultCountry: 'IT' })[1]).toBe('city');
    expect(fieldsOf(['Nominativo', 'Paese'], { sampleRows: [['Rossi Mario', 'Italia'], ['Bianchi Anna', 'Svizzera']], defaultCountry: 'IT' })[1]).toBe('country');
  });
  it('a typed column alone ("Country of Residence") beside an unqualified address block without its field joins the block', () => {
    expect(fieldsOf(['Name', 'City', 'Country of Residence'], { sampleRows: [['Thandi Mokoena', 'Cape Town', 'South Africa'], ['Amara Obi', 'Lagos', 'Nigeria']] })).toEqual(['name', 'city', 'country']);
  });
  it.each(['Número de Compras', 'Nombre de commandes'])('"%s", a count of orders or purchases, is not the contact\'s', (h) => {
    expect(fieldsOf(['Nome', h], { sampleRows: [['Ana Souza', '2'], ['Rui Lima', '5']] })[1]).toBeNull();
  });
  it('"Geschäftliche Rufnummer" and "Private Rufnummer" are phones', () => {
    const rows = [['Urs Meier', '079 123 45 67', '061 691 22 33', '061 500 10 20'], ['Eva Huber', '078 765 43 21', '061 681 44 55', '']];
    expect(fieldsOf(['Name', 'Mobile Rufnummer', 'Private Rufnummer', 'Geschäftliche Rufnummer'], { sampleRows: rows, defaultCountry: 'CH' })).toEqual(['name', 'phone', 'additionalPhones', 'additionalPhones']);
  });
  it('"Apelido" beside "Nome" is a nickname read with Brazil, the last name read with Portugal', () => {
    const rows = [['Rafael Cunha Prado', 'Rafa'], ['Sérgio Antunes', 'Serginho']];
    expect(fieldsOf(['Nome', 'Apelido'], { sampleRows: rows, defaultCountry: 'BR' })).toEqual(['name', null]);
    expect(fieldsOf(['Nome', 'Apelido'], { sampleRows: [['Leonor', 'Marques'], ['Gonçalo', 'Pereira']], defaultCountry: 'PT' })).toEqual(['firstName', 'lastName']);
  });
  it('without a header row, whole names beside two columns of single words that are no given names: the whole names are the name', () => {
    const rows = [['Javiera Muñoz Soto', '1990-04-12', 'Visual', 'Norte'], ['Benjamín Fuentes', '2008-09-30', 'Auditiva', 'Centro'], ['Rosa Elena Tapia', '1956-01-22', 'Motora', 'Sur']];
    const m = suggestMapping(['', '', '', ''], { sampleRows: rows, noHeader: true, defaultCountry: 'CL' }).map((s) => s.field);
    expect(m[0]).toBe('name');
    expect([m[2], m[3]]).toEqual([null, null]);
  });
});

describe('thirty-fifth part: owners\' lists of properties, an empty id beside a login, regional words', () => {
  it('in a list of properties\' owners, the property\'s address is the owner\'s when the file has no other; beside the owner\'s own, not', () => {
    const rows = [['14-032-118', 'Dale R Whitcomb', '418 Walnut St'], ['14-032-207', 'Estate of Lois Parker', '1202 River Rd']];
    expect(fieldsOf(['Parcel Number', 'Owner Name', 'Property Address'], { sampleRows: rows })).toEqual([null, 'name', 'address1']);
    const mailing = [['Janet Ruiz', '118 Pine St', '55 Harbor View Dr'], ['Harold Becker', '4020 Maple Ave', 'PO Box 812']];
    expect(fieldsOf(['Owner Name', 'Property Address', 'Owner Address'], { sampleRows: mailing })).toEqual(['name', null, 'address1']);
  });
  it('in a list of buyers\' leads, naming no owner, the property\'s address is the property they look at', () => {
    const rows = [['123 Main St, Kansas City, MO 64108', 'Joyce', 'Whitman', 'joyce@example.com'], ['780 NW Barry Rd, Kansas City, MO 64155', 'Brent', 'Tolliver', 'brent@example.net']];
    expect(fieldsOf(['Property Address', 'First Name', 'Last Name', 'Email'], { sampleRows: rows })[0]).toBeNull();
  });
  it('a login beside an id column empty in every row ("Kundennummer") is the External ID; beside a filled one it is left out', () => {
    const rows = [['Ute', 'Brandl', 'brandl-u', ''], ['Timo', 'Vogt', 'vogt-t', '']];
    expect(fieldsOf(['Vorname', 'Nachname', 'Login', 'Kundennummer'], { sampleRows: rows })).toEqual(['firstName', 'lastName', 'externalId', null]);
    const filled = [['Ute', 'Brandl', 'brandl-u', 'K-101'], ['Timo', 'Vogt', 'vogt-t', 'K-102']];
    expect(fieldsOf(['Vorname', 'Nachname', 'Login', 'Kundennummer'], { sampleRows: filled })).toEqual(['firstName', 'lastName', null, 'externalId']);
  });
  it.each([['GEZINSNAAM', 'lastName'], ['Numero tesseramento', 'externalId']] as const)('"%s" is %s', (h, field) => {
    expect(mapOf(['Email', h])[h]).toBe(field);
  });
  it('"Kontaktperson" beside a "Name" of businesses is the name, and "Name" the company', () => {
    const rows = [['Lichtblick Fotografie', 'Jana Reuter', 'info@lichtblick.example'], ['Gut Sonnenhof Catering', 'Moritz Albers', 'kontakt@sonnenhof.example']];
    expect(fieldsOf(['Name', 'Kontaktperson', 'E-Mail'], { sampleRows: rows })).toEqual(['companyName', 'name', 'email']);
  });
  it('"ESTADO" over an appointment\'s statuses ("atendida", "programada") is no state', () => {
    expect(fieldsOf(['Nombre', 'ESTADO'], { sampleRows: [['Ana Soto', 'atendida'], ['Luis Gil', 'programada'], ['Eva Paz', 'cancelada']] })[1]).toBeNull();
  });
});

describe('thirty-sixth part: SaaS exports (PayPal, Twingle, Kommo, RD Station, Hotmart), a tax id\'s two names, residence abbreviated', () => {
  it('PayPal\'s activity download: the payer\'s email is the contact\'s, the recipient\'s and the receipt\'s id are not', () => {
    const rows = [['Ellis Marwood', 'ellis.marwood@mail.example', 'shop@fernhill.example', '', '4JX81203MK5560412'], ['Noor Bakri', 'noor.bakri@post.example', 'shop@fernhill.example', '2207-1193-4410-8821', '9TR44571BB2209833']];
    expect(fieldsOf(['Name', 'From Email Address', 'To Email Address', 'Receipt ID', 'Transaction ID'], { sampleRows: rows })).toEqual(['name', 'email', null, null, null]);
  });
  it('a user\'s own columns ("user_firstname", "user_city", a donation export\'s donor) are the contact\'s; "User Email" is left to the values', () => {
    const rows = [['Hanna', 'Bauer', 'Köln', 'Wendt Architektur'], ['Kerem', 'Yildiz', 'Leipzig', '']];
    expect(fieldsOf(['user_firstname', 'user_lastname', 'user_city', 'user_company'], { sampleRows: rows })).toEqual(['firstName', 'lastName', 'city', 'companyName']);
    expect(mapOf(['Invitee Email', 'User Email'])['User Email']).not.toBe('email');
    expect(mapOf(['Email', 'User Principal Name'])['User Principal Name']).toBeNull();
  });
  it('a tax id named twice ("P.IVA / CF") is never a phone, whatever its digits', () => {
    const rows = [['Birrificio Alto', '0456 789123', '04567891230'], ['Bar Sole', '0761 554433', '07654321098']];
    expect(fieldsOf(['Ragione sociale', 'Telefono', 'P.IVA / CF'], { sampleRows: rows, defaultCountry: 'IT' })[2]).toBeNull();
  });
  it.each([['Usuário responsável', 'owner'], ['Empresa do contato', 'companyName'], ['Origem da primeira conversão', 'source'], ['Comprador(a)', 'name'], ['Nom légal', 'companyName']] as const)('"%s" is %s', (h, field) => {
    expect(mapOf(['Email', h])[h]).toBe(field);
  });
  it('a legal name beside a trade name is the company; the trade name is not imported', () => {
    expect(fieldsOf(['Nom commercial', 'Nom légal'], { sampleRows: [['Bureau Morel', 'Bureau Morel SARL'], ['Ingévia', 'Ingévia SAS']] })).toEqual([null, 'companyName']);
  });
  it('"Res." is the residence, abbreviated: "Indirizzo Res.", "Comune Res.", "Cap Res." are the address', () => {
    const rows = [['Rosario', 'Musumeci', 'Via Etnea', 'Catania', '95124', 'CT'], ['Francesca', 'Grasso', 'Corso Italia', 'Acireale', '95024', 'CT']];
    expect(fieldsOf(['Nome', 'Cognome', 'Indirizzo Res.', 'Comune Res.', 'Cap Res.', 'Provincia Res.'], { sampleRows: rows, defaultCountry: 'IT' }))
      .toEqual(['firstName', 'lastName', 'address1', 'city', 'postalCode', 'state']);
  });
});

describe('thirty-sixth part, continued: a postal code and its town in one column, a parent glued to a field', () => {
  it.each(['PLZ Ort', 'PLZ/Ort Kombination', 'Postcode en gemeente'])('"%s" over "34117 Kassel" is the town', (h) => {
    const rows = [['Miriam Kessler', '34117 Kassel'], ['Jonas Weidner', '35037 Marburg'], ['Lotte Sommer', '2440 Geel']];
    expect(fieldsOf(['Name', h], { sampleRows: rows })[1]).toBe('city');
  });
  it('"emailouder1", a parent\'s email glued into one word, is not the contact\'s', () => {
    const rows = [['Noor', 'noor@mail.example', 'ellen.visser@mail.example'], ['Sem', 'sem@mail.example', 'm.smit@post.example']];
    expect(fieldsOf(['voornaam', 'email', 'emailouder1'], { sampleRows: rows })[2]).toBeNull();
  });
});

describe('a read of the session\'s rules: the cases each must leave alone', () => {
  it('a header row of years ("FY-2023") is still a header row; a row of register codes ("mbr-0041") is data', () => {
    expect(locateHeaders([['Name', 'Email', 'FY-2023', 'FY-2024'], ['Ann Lee', 'ann@example.com', '1200', '1400'], ['Bob Ray', 'bob@example.com', '900', '950']]).headerRow).toBe(1);
  });
  it('data rows with domains of field words ("firma.de", "mail.de") are no header row', () => {
    const rows = [['Anna Berg', 'firma.de', 'Berlin'], ['Jonas Weber', 'mail.de', 'Hamburg'], ['Lea Vogt', 'post.de', 'Köln']];
    expect(locateHeaders(rows).headerRow).toBe(0);
  });
  it('"Legal Name" over people\'s names is no company; "Depto" in a Chilean address is no region', () => {
    expect(fieldsOf(['Preferred Name', 'Legal Name'], { sampleRows: [['Kate', 'Katherine Miller'], ['Bob', 'Robert Hayes']] })[1]).not.toBe('companyName');
    expect(fieldsOf(['Calle', 'Número', 'Depto', 'Comuna'], { sampleRows: [['Los Aromos', '123', '4B', 'Maipú'], ['Av. Pajaritos', '2340', '12', 'Puente Alto']], defaultCountry: 'CL' })[2]).not.toBe('state');
  });
  it('a CRM\'s lead owner ("Lead Owner") is no property owner: a buyer\'s property stays out', () => {
    const rows = [['123 Main St', 'Joyce', 'Whitman', 'Sam Rivera'], ['780 NW Barry Rd', 'Brent', 'Tolliver', 'Nora Blake']];
    expect(fieldsOf(['Property Address', 'First Name', 'Last Name', 'Lead Owner'], { sampleRows: rows })).toEqual([null, 'firstName', 'lastName', 'owner']);
  });
  it('a spaced "User Phone" beside an invitee (Calendly\'s host) is not read as the contact\'s by its header; joined, it is', () => {
    const rows = [['Dana Cole', 'dana@example.com', 'Kara Lindqvist', '+1 415 555 0101'], ['Eli Park', 'eli@example.com', 'Tom Abara', '+1 415 555 0102']];
    const spaced = suggestMapping(['Invitee Name', 'Invitee Email', 'User Name', 'User Phone'], { sampleRows: rows });
    expect(spaced.slice(0, 2).map((x) => x.field)).toEqual(['name', 'email']);
    expect(spaced[3].basis).not.toBe('header');
    expect(suggestMapping(['user_firstname', 'user_phone'], { sampleRows: [['Hanna', '+49 221 555 0101']] })[1].basis).toBe('header');
  });
  it('"Correo de compra", the buyer\'s email, is still the email', () => {
    expect(fieldsOf(['Nombre', 'Correo de compra'], { sampleRows: [['Ana Soto', 'ana@example.es'], ['Luis Gil', 'luis@example.es']] })[1]).toBe('email');
  });
  it('"PLZ Ort" over postal codes alone is not the town', () => {
    expect(fieldsOf(['Name', 'PLZ Ort'], { sampleRows: [['Miriam Kessler', '34117'], ['Jonas Weidner', '35037']] })[1]).not.toBe('city');
  });
  it.each(['GST Number', 'GSTIN', 'ABN'])('"%s", a business\'s tax number, is never a phone', (h) => {
    const rows = [['Sai Logistics Pvt Ltd', '9845012345', '29AAFCS1234K1Z9'], ['Kaveri Foods', '9876012345', '33AAACK5678M1Z2']];
    expect(fieldsOf(['Company Name', 'Phone', h], { sampleRows: rows, defaultCountry: 'IN' })[2]).toBeNull();
  });
});

describe('thirty-eighth part: rows without a header row whose cells read as headers', () => {
  it('a row of a pharmacy, its street with a house number, a postal code and a town is data, not headers', () => {
    const rows = [["Pharmacie de l'Hôtel de Ville", "3 place de l'Hôtel de Ville", '67000', 'Strasbourg'], ['Pharmacie Saint-Michel', '58 boulevard Saint-Michel', '75006', 'Paris'], ['Pharmacie des Quais', '9 quai de la Loire', '37000', 'Tours']];
    expect(locateHeaders(rows).headerRow).toBe(0);
    expect(locateHeaders([['Nom', 'Adresse', 'Code Postal', 'Ville'], ...rows]).headerRow).toBe(1);
  });
  it('a rarer given name on top ("Amara | Osei") over single names with a common one among them is data', () => {
    expect(locateHeaders([['Amara', 'Osei'], ['Felix', 'Brandt'], ['Nadia', 'Rahimi']]).headerRow).toBe(0);
    expect(locateHeaders([['Vorname', 'Nachname'], ['Felix', 'Brandt'], ['Nadia', 'Rahimi']]).headerRow).toBe(1);
  });
});
