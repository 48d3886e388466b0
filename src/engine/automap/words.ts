// The word lists of the header lexicon (./lexicon.ts), as data: headers known to hold something else than a contact
// field, key words inside longer headers, and the words that say whose column it is or which one of several.
import type { StandardFieldKey } from '../types';
import type { Lang } from './lexicon';

// --------------------------------------------------------------------------------- known headers that are no field

/** Headers that hold something else than a contact field: job title, notes, status, system dates... */
export const NOT_FIELDS: Partial<Record<Lang, readonly string[]>> = {
  en: ['Email Domain', 'E-mail Domain', 'Mail Domain', 'FQDN', 'Hostname', 'Host Name', 'MX Record', 'Profile Photo', 'Profile Picture', 'Profile Image', 'Photo URL', 'Avatar URL', 'Country of Birth', 'Birth Country', 'Citizenship', 'Lang', 'Locale', 'Terms', 'Terms Accepted', 'Contact Type', 'Stage', 'Lifecycle Stage', 'Lead Status', 'Status', 'Title', 'Job Title', 'Position', 'Role', 'Department', 'Notes', 'Note',
    'Description', 'Comments', 'Comment', 'Remarks', 'County', 'Gender', 'Sex', 'Age', 'Salutation', 'Prefix', 'Suffix', 'Middle Name', 'Middle',
    'Additional Name', 'Nickname', 'Maiden Name', 'Initials', 'User Principal Name', 'UPN', 'Score', 'Rating', 'Member Rating', 'Priority', 'Type', 'Language', 'Timezone',
    'Time Zone', 'Currency', 'Industry', 'Revenue', 'Annual Revenue', 'Employees', 'Number of Employees', 'Latitude', 'Longitude', 'Photo',
    'Picture', 'Avatar', 'Image', 'Fax', 'Business Fax', 'Home Fax', 'Other Fax', 'Fax Number', 'Pager', 'Assistant', 'Manager', 'Spouse', 'Children',
    'Anniversary', 'Office Location', 'Location', 'Profession', 'Occupation', 'Hobby', 'Short Name', 'File As', 'Email Opt Out', 'Unsubscribed',
    'Do Not Call', 'Do Not Email', 'Email Status', 'Phone Status', 'Persona', 'Password', 'Deal', 'Deals', 'Opportunity', 'Timestamp', 'Date',
    'Time', 'Quantity', 'Amount', 'Price', 'Total', 'Balance', 'Subject', 'Message', 'Action', 'Year', 'Month', 'Day', 'Active', 'Enabled',
    'Verified', 'Consent', 'Opt In', 'Opt-In', 'Subscribed', 'Marketing Consent', 'Marital Status', 'Nationality', 'Religion', 'Education',
    'Company Size', 'Employee Count', 'Twitter', 'Facebook', 'Instagram', 'LinkedIn', 'LinkedIn URL', 'LinkedIn Profile', 'Skype', 'Skype ID',
    'Domain', 'Domain Name', 'Company Domain Name', 'Company Phone Number', 'State of Origin', 'Telegram', 'TikTok', 'YouTube', 'GitHub', 'Username', 'User Name', 'Login', 'Pass', 'Passwd', 'Pwd', 'Messenger ID', 'Messenger',
    'IM', 'IM Address', 'Jabber', 'ICQ', 'AIM', 'MSN', 'Screen Name', 'Handle', 'IP', 'IP Address', 'Device',
    'Browser', 'User Agent', 'Referrer', 'Referer', 'Landing Page', 'Page', 'Form', 'Form Name', 'Campaign', 'Campaign Name', 'Medium',
    'UTM Medium', 'UTM Campaign', 'UTM Content', 'UTM Term', 'Checked In', 'Check-in Time', 'Attendance', 'Event', 'Event Name', 'Event Date',
    'Ticket', 'Ticket Type', 'Order', 'Order ID', 'Order Number', 'Invoice', 'Invoice Number', 'Product', 'Plan', 'Tax ID', 'VAT', 'VAT Number',
    'SSN', 'National ID', 'Passport', 'Social Security Number', 'Relationship', 'Relation', 'Emergency Contact', 'Next of Kin', 'Parent',
    'Guardian', 'Mother', 'Father', 'Bidder Number', 'Paid Until', 'Contractor', 'Customer Type', 'Lead Score', 'NPS', 'CSAT', 'Survey Name',
    'Company Phone', 'Company Main Phone', 'Corporate Phone', 'Corporate Phone Number', 'Main Company Phone', 'Mailing List', 'Newsletter', 'Unsubscribe', 'Bounced', 'Bounce', 'Favorite', 'Favourite', 'Starred',
    // Indian English's job title ("Designation"); a wedding guest's side (bride's or groom's), a team's side: no typo of "Site"
    'Designation', 'Side',
    // an intercom's or a door's code, or the name on the bell (a parcel file's "Interphone", "Digicode"): no phone
    'Interphone', 'Door Code', 'Entry Code', 'Buzzer', 'Digicode', 'Code interphone', 'Code porte', 'Portero', 'Portero automático',
    'Interfone', 'Gegensprechanlage', 'Klingel', 'Türcode', 'Citofono', 'Codice citofono', 'Parlofoon', 'Intercom code', 'Deurcode',
    // owner of another record: the account's, the company's (Salesforce's "Account Owner" beside the "Contact Owner")
    'Account Owner', 'Account Owner Name', 'Company Owner', 'Organization Owner', 'Organisation Owner', 'Propietario de la cuenta',
    'Proprietário da conta', 'Propriétaire du compte', 'Proprietario account', 'Accounteigenaar',
    // counts of people, one letter from a member's number ("Número de socios" is not "Número de socio")
    'Number of Members', 'Número de socios', 'Número de miembros', 'Número de sócios', 'Nombre de membres', "Nombre d'adhérents", 'Anzahl Mitglieder',
    'Numero di soci', 'Numero soci', 'Aantal leden',
    // an employer's cost centre (SAP HR's "Kostenstelle": "230010" is no phone), a fax by its long name, a follow-up to
    // do ("Follow Up": "Follow up needed", no typo of "Followers"), an organisation's contact persons in the plural
    // (other people than the record), accounts in other systems ("Accounts": "stripe:cust_...", no typo of "Account")
    'Cost Center', 'Cost Centre', 'Cost Center Code', 'Cost Centre Code', 'Telefax', 'Telefax Number', 'Follow Up', 'Follow-up Date', 'Next Follow Up',
    'Contact Persons', 'Accounts', 'Linked Accounts', 'Connected Accounts', 'External Accounts',
    // a bank account's number is never an id nor a phone (an IBAN's, a direct debit's), in the seven languages
    'Bank Account', 'Bank Account Number', 'Bank Account No', 'Número de cuenta bancaria', 'Cuenta bancaria', 'Número da conta',
    'Conta bancária', 'Conta corrente', 'Compte bancaire', 'Numéro de compte bancaire', 'RIB', 'Kontonummer', 'Kontonr', 'Konto-Nr', 'Bankkonto',
    'Bankverbindung', 'Numero conto', 'Numero di conto', 'Conto corrente', 'Numero conto corrente', 'Conto bancario', 'Rekeningnummer', 'Rekeningnr',
    'Bankrekening', 'Bankrekeningnummer',
    // a place that is no town: a stand or pitch, a seat, a parking space, a workplace, a birthplace
    'Pitch', 'Pitch Number', 'Stand', 'Stand Number', 'Stall', 'Booth', 'Booth Number', 'Seat', 'Seat Number', 'Parking Space', 'Parking Spot',
    'Workplace', 'Place of Birth', 'Birthplace', 'Birth Place', 'City of Birth', 'Country of Birth',
    // the channel someone prefers to be contacted by ("Preferred Contact": Email, Phone), no contact's name; and a lead's
    // interest in the singular, the product or offer asked about ("Interesse": Casa, Plano Pro), not the plural "Interests"
    // (tags), in the seven languages
    'Preferred Contact', 'Preferred Contact Method', 'Contact Method', 'Contact Preference', 'Preferred Method of Contact', 'Contact Via',
    'Contacto preferido', 'Medio de contacto', 'Forma de contacto', 'Preferencia de contacto', 'Contato preferido', 'Meio de contato',
    'Forma de contato', 'Contact préféré', 'Moyen de contact', 'Mode de contact', 'Préférence de contact', 'Bevorzugter Kontakt',
    'Kontaktweg', 'Bevorzugter Kontaktweg', 'Kontaktart bevorzugt', 'Contatto preferito', 'Modalità di contatto', 'Mezzo di contatto',
    'Voorkeur contact', 'Contactvoorkeur', 'Voorkeurscontact', 'Contactwijze',
    'Interest', 'Interés', 'Interesse', 'Intérêt'],
  es: ['Foto de perfil', 'Imagen de perfil', 'Dominio', 'País de nacimiento', 'Nacionalidad', 'Ciudadanía', 'Tipo de contacto', 'Apellido materno', 'Segundo apellido', 'Apellido M', 'Apellido Mat', 'Ap Materno', 'Ap Mat', 'Cargo', 'Puesto', 'Puesto de trabajo', 'Notas', 'Nota', 'Observaciones', 'Comentarios', 'Comentario', 'Sexo', 'Género', 'Edad',
    'Fecha', 'Hora', 'Fecha de alta', 'Fecha de registro', 'Fecha de creación', 'Idioma', 'Profesión', 'Ocupación', 'Empleados', 'Sector',
    'Actividad', 'Estado civil', 'Nacionalidad', 'Cantidad', 'Importe', 'Monto', 'Precio', 'Total', 'DNI', 'NIF', 'CIF', 'RUT', 'CUIT', 'CUIL',
    'CURP', 'RFC', 'Cédula', 'Pasaporte', 'Usuario', 'Contraseña', 'Clave', 'Respuesta', 'Partido', 'Foto', 'Favorito', 'Estatus',
    'Centro de coste', 'Centro de costo', 'Centro de costos', 'Seguimiento', 'Personas de contacto', 'Cuentas',
    'Lugar de nacimiento', 'Ciudad de nacimiento', 'País de nacimiento', 'Lugar de trabajo', 'Plaza de aparcamiento', 'Asiento', 'Puesto de venta'],
  // (a "Corretora" is a brokerage firm, not its broker, the "Corretor" who follows a lead: ./crmnames.ts)
  pt: ['Foto de perfil', 'Foto perfil', 'Domínio', 'País de nascimento', 'Nacionalidade', 'Cidadania', 'Corretora', 'Tipo de contato', 'Cargo', 'Função', 'Profissão', 'Ocupação', 'Notas', 'Observações', 'Comentários', 'Sexo', 'Gênero', 'Género', 'Idade', 'Data',
    'Hora', 'Data de cadastro', 'Data de criação', 'Idioma', 'Setor', 'Estado civil', 'Nacionalidade', 'Valor', 'Preço', 'Total', 'CPF',
    'CNPJ', 'RG', 'NIF', 'Passaporte', 'Usuário', 'Senha', 'Foto', 'Situação', 'Status', 'Centro de custo', 'Centro de custos', 'Acompanhamento',
    'Pessoas de contato', 'Pessoas de contacto', 'Contas', 'Local de nascimento', 'Cidade de nascimento', 'Naturalidade', 'Local de trabalho',
    'Vaga de estacionamento', 'Assento', 'Barraca'],
  fr: ['Photo', 'Photo de profil', 'Domaine', 'Pays de naissance', 'Citoyenneté', 'Type de contact', 'Poste', 'Fonction', 'Titre', 'Profession', 'Métier', 'Notes', 'Remarques', 'Commentaires', 'Commentaire', 'Observations', 'Sexe',
    'Genre', 'Civilité', 'Âge', 'Date', 'Heure', "Date d'inscription", 'Date de création', 'Date adhésion', "Date d'adhésion", 'Langue',
    'Secteur', 'Statut', 'Montant', 'Prix', 'Total', 'Cotisation', 'Nationalité', 'Situation familiale', 'Quartier', 'Promo', 'Promotion',
    'Numéro de sécurité sociale', 'NIR', 'SIRET', 'SIREN', 'TVA', 'Mot de passe', 'Droit image', 'Droit à l\'image', 'Charte', 'Centre de coût',
    'Centre de coûts', 'Centre de frais', 'Télécopie', 'Relance', 'Date de relance', 'Personnes de contact', 'Comptes',
    'Lieu de naissance', 'Ville de naissance', 'Pays de naissance', 'Lieu de travail', 'Place de parking', 'Emplacement', 'Emplacements', 'Siège'],
  de: ['Foto', 'Profilbild', 'Profilfoto', 'Bild', 'Domain', 'Referenzen', 'LfdNr', 'Lfd Nr', 'Laufende Nummer', 'Kontaktart', 'Kontakttyp', 'Position', 'Funktion', 'Titel', 'Anrede', 'Abteilung', 'Bereich', 'Beruf', 'Notizen', 'Notiz', 'Bemerkung', 'Bemerkungen',
    'Kommentar', 'Kommentare', 'Geschlecht', 'Alter', 'Datum', 'Uhrzeit', 'Anmeldedatum', 'Erstellt am', 'Sprache', 'Branche', 'Status',
    'Betrag', 'Preis', 'Summe', 'Familienstand', 'Staatsangehörigkeit', 'Nationalität', 'Steuer-ID', 'Steuernummer', 'USt-IdNr',
    'Sozialversicherungsnummer', 'Standort', 'Fax', 'Faxnummer', 'Benutzername', 'Passwort', 'Mitarbeiter', 'Kostenstelle', 'Kostenstellen',
    'Kostenstellennummer', 'KSt', 'Telefax', 'Telefaxnummer', 'Fax-Nr', 'Faxnr', 'Wiedervorlage', 'Kontaktpersonen', 'Ansprechpersonen', 'Konten',
    // an HR export's kind of service, its unit and rank (SAP HR, public service lists): no typo of "Dienstnr" (the office phone)
    'Dienstart', 'Dienststelle', 'Dienstgrad', 'Beschäftigungsart',
    // a bank account's holder (beside an IBAN): no typo of "Kontaktinhaber" (the contact's owner in Salesforce's German UI)
    'Kontoinhaber', 'Kontoinhaberin', 'Konto-Inhaber', 'Kontoinhaber Name',
    // a place that is no town (a stand, a pitch, a workplace, a seat, a birthplace)
    'Standplatz', 'Standplätze', 'Stellplatz', 'Stellplätze', 'Arbeitsplatz', 'Parkplatz', 'Parkplätze', 'Sitzplatz', 'Stehplatz', 'Zeltplatz',
    'Campingplatz', 'Liegeplatz', 'Marktstand', 'Geburtsort', 'Geburtsland', 'Geburtsstadt'],
  it: ['Foto', 'Foto profilo', 'Immagine profilo', 'Dominio', 'Stato di nascita', 'Paese di nascita', 'Nazione di nascita', 'Cittadinanza', 'Nazionalità', 'Tipo di contatto', 'Ruolo', 'Qualifica', 'Mansione', 'Professione', 'Note', 'Commenti', 'Osservazioni', 'Sesso', 'Genere', 'Età', 'Data', 'Ora',
    'Data di iscrizione', 'Data inserimento', 'Data registrazione', 'Lingua', 'Settore', 'Stato civile', 'Nazionalità', 'Importo',
    'Prezzo', 'Totale', 'Codice fiscale', 'Partita IVA', 'P.IVA', 'Luogo di nascita', 'Nome utente', 'Password', 'Valido', 'Collegio',
    'Commissione', 'Gruppo partito', 'Titolo', 'Centro di costo', 'Centro di costi', 'Centro costo', 'Ricontatto', 'Persone di contatto', 'Referenti',
    'Comune di nascita', 'Città di nascita', 'Luogo di lavoro', 'Posto auto', 'Posteggio', 'Piazzola', 'Stallo', 'Bancarella'],
  // a race's start (bib) number: the entry's, not the person's (no typo of "Stamnummer"); a contact's type in the
  // singular, in every language here, is one record type (Dynamics 365's "Contact Type"; "Kontaktart": Privat, Firma), no
  // typo of the plural "Contact Types" (./lexicon.ts)
  nl: ['Foto', 'Profielfoto', 'Pasfoto', 'Profielafbeelding', 'Domein', 'Geboorteland', 'Nationaliteit', 'Contactsoort', 'Startnummer', 'Functie', 'Functietitel', 'Afdeling', 'Beroep', 'Opmerkingen', 'Opmerking', 'Notities', 'Notitie', 'Geslacht', 'Leeftijd',
    'Datum', 'Tijd', 'Inschrijfdatum', 'Aanmeldingsdatum', 'Taal', 'Branche', 'Sector', 'Bedrag', 'Prijs', 'Totaal', 'BSN', 'Burgerservicenummer',
    'KvK-nummer', 'BTW-nummer', 'Huisnummer', 'Toevoeging', 'Tussenvoegsel', 'Aanhef', 'Aanspreektitel', 'Aanspreekvorm', 'Titel', 'Gebruikersnaam', 'Wachtwoord', 'Status',
    'Kostenplaats', 'Kostenplaatsnummer', 'Kostencentrum', 'Telefax', 'Opvolging', 'Contactpersonen',
    // a place that is no town: a market stand or pitch, a workshop, a parking or camping place, a seat, a birthplace (a
    // flea market's "Standplaatsen": "A12 & A13"; no compound of "plaats")
    'Standplaats', 'Standplaatsen', 'Werkplaats', 'Werkplaatsen', 'Parkeerplaats', 'Parkeerplaatsen', 'Zitplaats', 'Zitplaatsen', 'Staanplaats',
    'Ligplaats', 'Kampeerplaats', 'Kampeerplaatsen', 'Stageplaats', 'Geboorteplaats', 'Speelplaats', 'Werkplek', 'Marktkraam', 'Kraam'],
};

/** Address lines that are not the street line the contact fields hold (address1 only). */
export const EXTRA_ADDRESS_LINES: readonly string[] = [
  'Address Line 2', 'Address 2', 'Street 2', 'Street Line 2', 'Address Line 3', 'Street 3', 'Address Extended Address', 'Address PO Box',
  'PO Box', 'Address Formatted', 'Formatted Address', 'Apartment', 'Suite', 'Unit', 'Apt', 'Address2', 'Address3', 'Street Line 3',
  'Dirección 2', 'Piso', 'Apartamento', 'Complemento', 'Bairro', 'Nº', 'Complément', "Complément d'adresse", 'Adresse 2',
  'Boîte postale', 'Adresszusatz', 'Hausnummer', 'Hausnr', 'Postfach', 'Numero civico', 'Civico', 'Interno', 'Indirizzo 2', 'Huisnummer',
  'Toevoeging', 'Postbus',
  // a house number alone, beside its street's name (an address parser's output, job sheets, Latin American and Dutch
  // forms): the corpus imports the street line, not its number apart
  'Street Number', 'Street No', 'Street Nr', 'Street #', 'House Number', 'House No', 'House Nr', 'Building Number', 'Street Num', 'House Num',
  'Número de calle', 'Número de la calle', 'Número exterior', 'Número interior', 'Núm exterior', 'No exterior', 'Número de casa',
  'Número da rua', 'Número da casa', 'Número do endereço', 'Número do imóvel', 'Numéro de rue', 'Numéro de voie', 'Numéro de maison', 'N° de rue',
  'Hausnummer Zusatz', 'Hnr', 'Haus-Nr', 'N civico', 'Numero della via', 'Huisnr', 'Huisnummer toevoeging', 'Huisnummertoevoeging',
  // a post-office box in the other languages (Google Contacts' "PO Box" as its Spanish, Portuguese and Italian exports write it)
  'Apartado postal', 'Apartado de correos', 'Caixa postal', 'Casella postale', 'BP',
  // key word first, the line number after (Spanish, Portuguese, French, German, Italian, Dutch exports of "Address Line 2")
  'Dirección línea 2', 'Dirección línea 3', 'Línea de dirección 2', 'Línea 2', 'Endereço linha 2', 'Endereço linha 3', 'Linha de endereço 2',
  'Linha 2', 'Adresse ligne 2', 'Adresse ligne 3', "Ligne d'adresse 2", 'Ligne 2', 'Adresszeile 2', 'Adresse Zeile 2', 'Indirizzo riga 2',
  'Indirizzo linea 2', 'Riga indirizzo 2', 'Adresregel 2', 'Adres regel 2', 'Adresregel 3',
];

// --------------------------------------------------------------------------------------------------- word lists

/** Key words inside a longer header, with the field they point to (the last key word of the header decides). */
export const HEAD_WORDS: ReadonlyArray<[string, StandardFieldKey, number]> = [
  ['email', 'email', 0.75], ['emails', 'email', 0.75], ['mail', 'email', 0.7], ['correo', 'email', 0.75], ['courriel', 'email', 0.75], ['pec', 'email', 0.7],
  ['phone', 'phone', 0.75], ['phones', 'phone', 0.75], ['mobile', 'phone', 0.75], ['cell', 'phone', 0.75], ['tel', 'phone', 0.75],
  ['telephone', 'phone', 0.75], ['cellphone', 'phone', 0.75], ['whatsapp', 'phone', 0.7], ['telefono', 'phone', 0.75], ['telefone', 'phone', 0.75],
  ['celular', 'phone', 0.75], ['movil', 'phone', 0.75], ['telefon', 'phone', 0.75], ['telefoon', 'phone', 0.75], ['cellulare', 'phone', 0.75],
  ['handy', 'phone', 0.7], ['portable', 'phone', 0.7], ['telemovel', 'phone', 0.75], ['mobiel', 'phone', 0.75], ['mobil', 'phone', 0.7],
  ['telefonnummer', 'phone', 0.75], ['telefoonnummer', 'phone', 0.75], ['fone', 'phone', 0.7], ['gsm', 'phone', 0.7],
  ['birthday', 'dateOfBirth', 0.75], ['birthdate', 'dateOfBirth', 0.75], ['dob', 'dateOfBirth', 0.75], ['nacimiento', 'dateOfBirth', 0.75],
  ['nascimento', 'dateOfBirth', 0.75], ['naissance', 'dateOfBirth', 0.75], ['geburtsdatum', 'dateOfBirth', 0.75], ['nascita', 'dateOfBirth', 0.75],
  ['geboortedatum', 'dateOfBirth', 0.75], ['cumpleanos', 'dateOfBirth', 0.75],
  ['zip', 'postalCode', 0.75], ['zipcode', 'postalCode', 0.75], ['postcode', 'postalCode', 0.75], ['postal', 'postalCode', 0.7], ['plz', 'postalCode', 0.7],
  ['cep', 'postalCode', 0.7], ['cap', 'postalCode', 0.6], ['postleitzahl', 'postalCode', 0.75],
  ['city', 'city', 0.7], ['town', 'city', 0.7], ['ciudad', 'city', 0.7], ['cidade', 'city', 0.7], ['ville', 'city', 0.7], ['stadt', 'city', 0.7],
  ['citta', 'city', 0.7], ['plaats', 'city', 0.7], ['woonplaats', 'city', 0.7], ['localidad', 'city', 0.7], ['comune', 'city', 0.65],
  ['state', 'state', 0.65], ['province', 'state', 0.65], ['provincia', 'state', 0.65], ['region', 'state', 0.6], ['bundesland', 'state', 0.65], ['provincie', 'state', 0.65],
  ['country', 'country', 0.7], ['countryname', 'country', 0.7], ['pais', 'country', 0.7], ['pays', 'country', 0.7], ['paese', 'country', 0.7], ['nazione', 'country', 0.7],
  ['street', 'address1', 0.7], ['address', 'address1', 0.7], ['addr', 'address1', 0.65], ['direccion', 'address1', 0.7], ['endereco', 'address1', 0.7], ['adresse', 'address1', 0.7],
  ['indirizzo', 'address1', 0.7], ['adres', 'address1', 0.7], ['strasse', 'address1', 0.7], ['str', 'address1', 0.7], ['straat', 'address1', 0.7], ['domicilio', 'address1', 0.65],
  ['website', 'website', 0.7], ['url', 'website', 0.65], ['homepage', 'website', 0.7], ['webpage', 'website', 0.7], ['web', 'website', 0.6],
  ['sito', 'website', 0.65], ['site', 'website', 0.6], ['webseite', 'website', 0.7], ['domain', 'website', 0.6], ['dominio', 'website', 0.6],
  ['link', 'website', 0.55], ['links', 'website', 0.55], ['enlace', 'website', 0.55], ['lien', 'website', 0.55], ['collegamento', 'website', 0.55],
  ['company', 'companyName', 0.7], ['organization', 'companyName', 0.7], ['organisation', 'companyName', 0.7], ['employer', 'companyName', 0.7],
  ['empresa', 'companyName', 0.7], ['entreprise', 'companyName', 0.7], ['societe', 'companyName', 0.7], ['firma', 'companyName', 0.7],
  ['unternehmen', 'companyName', 0.7], ['azienda', 'companyName', 0.7], ['bedrijf', 'companyName', 0.7], ['organizacion', 'companyName', 0.7],
  ['tags', 'tags', 0.7], ['tag', 'tags', 0.7], ['etiquetas', 'tags', 0.7], ['labels', 'tags', 0.65],
  ['followers', 'followers', 0.7],
  ['owner', 'owner', 0.7], ['propietario', 'owner', 0.7], ['proprietario', 'owner', 0.7], ['eigenaar', 'owner', 0.7],
  ['name', 'name', 0.7], ['namenszeile', 'name', 0.7], ['nombre', 'name', 0.65], ['nome', 'name', 0.65], ['nom', 'name', 0.6], ['naam', 'name', 0.65],
  ['surname', 'lastName', 0.7], ['apellido', 'lastName', 0.7], ['apellidos', 'lastName', 0.7], ['sobrenome', 'lastName', 0.7], ['cognome', 'lastName', 0.7],
  ['nachname', 'lastName', 0.7], ['achternaam', 'lastName', 0.7], ['vorname', 'firstName', 0.7], ['voornaam', 'firstName', 0.7], ['prenom', 'firstName', 0.7],
  ['source', 'source', 0.65], ['origen', 'source', 0.65], ['origem', 'source', 0.65], ['origine', 'source', 0.6], ['quelle', 'source', 0.65], ['fonte', 'source', 0.6],
];

/** Words after a key word that do not change it: "Phone Number", "Email Value", "Zip Code", "Telefonnummer Nr". */
export const FILLER_WORDS: ReadonlySet<string> = new Set(['number', 'numbers', 'nummern', 'nummers', 'numeros', 'numeri', 'no', 'num', 'nr', 'nro', 'numero', 'code', 'iso', 'value', 'id', 'line', 'address', 'adres', 'adresse', 'direccion', 'endereco', 'indirizzo', 'de', 'do', 'da', 'di', 'du', 'del', 'van', 'principal', 'principale', 'primary', 'main']);

/** Linking words and articles a one-word header leaves out: "DateNaissance" is "Date de naissance", "NumeroTelefono"
 *  "Número de teléfono", "NomFamille" "Nom de famille", "GeboorteDatum" "Geboorte datum". */
export const JOINING_WORDS: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'dello', 'delle', 'degli', 'dei', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'd', 'l', 'la', 'le', 'el', 'lo', 'of',
  'the', 'van', 'von', 'der', 'den', 'het', 'y', 'e', 'et', 'and', 'und', 'en', 'op', 'em', 'au', 'im', 'am', 'on',
]);

/** Plural endings: "clients", "clientes", "Patienten", "Kunden", "klanten" (Italian plurals change the last letter: see pluralOf). */
const PLURAL_ENDINGS = ['es', 's', 'en', 'n'];
/** Inflection endings a person word may carry: the plurals, and the German genitive ("des Käufers", "Mitglieds",
 *  "Namens"). Only these: "Leader" is no "lead", "Personal" no "persona". */
const INFLECTION_ENDINGS = ['ns', ...PLURAL_ENDINGS];

/** The word of `set` that `w` is, as written or inflected ("Käufers" -> kaufer, "Patienten" -> patient); undefined for none. */
export function inflectedFrom(w: string, set: ReadonlySet<string>): string | undefined {
  if (set.has(w)) return w;
  for (const e of INFLECTION_ENDINGS) if (w.length - e.length >= 3 && w.endsWith(e) && set.has(w.slice(0, -e.length))) return w.slice(0, -e.length);
  return undefined;
}

/** The word of `set` of which `w` is a plural ("clientes", "alumnos", "Patienten", "klanten", Italian "clienti", "soci"). */
export function pluralOf(w: string, set: ReadonlySet<string>): string | undefined {
  for (const e of PLURAL_ENDINGS) if (w.length - e.length >= 3 && w.endsWith(e) && set.has(w.slice(0, -e.length))) return w.slice(0, -e.length);
  if (w.length >= 4 && w.endsWith('i')) return [w.slice(0, -1) + 'e', w.slice(0, -1) + 'o', w + 'o'].find((x) => set.has(x));
  return undefined;
}

/** Words that, in a longer header, turn a name word into the first or the last name. */
export const FIRST_WORDS: ReadonlySet<string> = new Set(['first', 'given', 'forename', 'fname', 'vorname', 'prenom', 'voornaam', 'primeiro', 'primer', 'pila', 'nombres', 'roepnaam', 'rufname', 'given name']);
export const LAST_WORDS: ReadonlySet<string> = new Set(['last', 'surname', 'family', 'lname', 'nachname', 'familienname', 'zuname', 'apellido', 'apellidos', 'sobrenome', 'cognome', 'achternaam', 'familienaam', 'ultimo']);

/** Words naming another person than the contact: their columns are never the contact's own. */
export const OTHER_PEOPLE: ReadonlySet<string> = new Set([
  // en
  'mother', 'mom', 'mum', 'father', 'dad', 'parent', 'parents', 'guardian', 'spouse', 'partner', 'wife', 'husband', 'sister', 'brother',
  'sibling', 'child', 'children', 'kid', 'kids', 'son', 'daughter', 'relative', 'relation', 'kin', 'emergency', 'assistant', 'assistants', 'asst',
  'manager', 'managers', 'boss', 'supervisor', 'referrer', 'referred', 'referee', 'sponsor', 'tutor', 'teacher', 'doctor', 'physician', 'agent',
  'recruiter', 'landlord', 'tenant', 'beneficiary', 'witness', 'reference', 'references', 'secretary', 'caregiver', 'nanny', 'grandparent',
  // a team's or a group's leader ("lider_email" of an organisation chart, "Team Leader Email", "E-Mail Leiter")
  'leader', 'lider', 'leiter', 'leiterin', 'leider',
  // a team's or a player's coach ("Team Coach Phone", "Coach Email" of a youth league's roster; an assigned coach is the owner: ./keyword.ts)
  'coach', 'coaches', 'entrenador', 'entrenadora', 'treinador', 'treinadora', 'entraineur', 'entraineuse', 'allenatore', 'allenatrice',
  'counselor', 'counsellor', 'consejero', 'consejera', 'orientador', 'orientadora', 'conselheiro', 'conselheira', 'studienberater', 'decaan',
  // es / pt
  'madre', 'padre', 'padres', 'hermana', 'hermano', 'esposo', 'esposa', 'conyuge', 'hijo', 'hija', 'hijos', 'apoderado', 'emergencia',
  'jefe', 'mae', 'pai', 'pais', 'irma', 'irmao', 'marido', 'mulher', 'conjuge', 'filho', 'filha', 'responsavel', 'emergencia',
  'assistente', 'chefe', 'tutora', 'encarregado',
  // fr
  'mere', 'pere', 'soeur', 'frere', 'epoux', 'epouse', 'conjoint', 'conjointe', 'enfant', 'enfants', 'fils', 'fille', 'tuteur', 'urgence',
  'assistante', 'parrain', 'marraine', 'superviseur', 'superviseuse', 'supervisora', 'supervisore',
  // de
  'mutter', 'vater', 'eltern', 'elternteil', 'elternteile', 'erziehungsberechtigter', 'erziehungsberechtigte', 'schwester', 'bruder', 'ehepartner', 'ehemann', 'ehefrau', 'kind', 'kinder', 'sohn', 'tochter', 'notfall',
  'notfallkontakt', 'assistent', 'assistentin', 'vorgesetzter', 'vorgesetzte', 'erziehungsberechtigter', 'erziehungsberechtigte', 'vormund',
  // a pupil's guardian in German school software ("Erzieher: E-Mail", "Erzieher Name"), a nursery's educator elsewhere
  'erzieher', 'erzieherin',
  // it
  'genitore', 'genitori', 'sorella', 'fratello', 'coniuge', 'marito', 'moglie', 'figlio', 'figlia', 'figli', 'tutore', 'emergenza',
  // nl
  'moeder', 'vader', 'ouder', 'ouders', 'zus', 'broer', 'echtgenoot', 'echtgenote', 'zoon', 'dochter', 'voogd', 'nood', 'noodgeval', 'noodcontact',
  'assistente', 'leidinggevende',
  // the guests someone brings or invites, plural (a scheduling tool's "Guest Email(s)" beside its "Invitee Email"), and
  // the companions on a booking: other people than the one who booked
  'guests', 'invitados', 'convidados', 'invites', 'gaeste', 'gaste', 'ospiti', 'gasten', 'companions', 'acompanantes', 'acompanhantes',
  'accompagnants', 'begleitpersonen', 'accompagnatori', 'begeleiders',
  // a relative, one word: "Familienmitglied", "Familielid", Italian "Familiare" ("Nome del familiare")
  'familienmitglied', 'familienmitglieder', 'familielid', 'familieleden', 'familiare', 'familiari',
  // a child's parents as families call them ("E-mail mama", "Tel papa" of a youth team; "Pap Courriel"). (Not a sender: a
  // parcel's "Remetente" is the shop, a payment's "Absender E-Mail-Adresse" of a PayPal export the contact who paid.)
  'mama', 'mam', 'papa', 'pap',
]);
/** Phrases naming another person than the contact: a family member ("Family Member Name(s)": "Family Name" alone is the
 *  last name), the manager someone reports to (BambooHR's and Salesforce's "Reports To", "Reports To Email"). */
export const OTHER_PEOPLE_PHRASES: readonly string[] = [
  'family member', 'family members', 'household member', 'household members', 'miembro de la familia', 'miembros de la familia', 'membro da familia',
  'membros da familia', 'membre de la famille', 'membres de la famille', 'membro della famiglia', 'membri della famiglia',
  'reports to', 'report to', 'reporting to', 'reporta a', 'se reporta a', 'rend compte a', 'berichtet an', 'riporta a', 'rapporteert aan',
  // a pupil's legal guardian ("Tel portable resp. légal 1"); not a firm's legal representative, the person to write to in
  // a list of companies ("representanteLegal")
  'responsable legal', 'resp legal', 'gesetzlicher vertreter', 'gesetzliche vertreterin', 'legal guardian',
  // the contact a gift is soft-credited to (CiviCRM's contribution import: "Soft credit first name")
  'soft credit', 'soft credi',
];
/** A guest, in the singular: with a plural mark ("Guest Email(s)", "Invité(s)") the header is about several of them. */
export const GUEST_WORDS: ReadonlySet<string> = new Set(['guest', 'invitado', 'convidado', 'invite', 'gast', 'ospite', 'companion', 'acompanante',
  'acompanhante', 'accompagnant', 'begleitperson', 'accompagnatore', 'begeleider']);
/** Messaging services whose account is a handle, not a phone line: "Skype Phone Number" (Planning Center), "Numéro Skype". */
export const MESSENGER_WORDS: ReadonlySet<string> = new Set(['skype', 'discord', 'slack', 'msn', 'icq', 'jabber', 'xmpp', 'hangouts', 'gtalk', 'lync',
  'wechat', 'weixin', 'qq']);
/** A social or professional profile, a portfolio: a link to it is not the contact's website ("LinkedIn / Portfolio",
 *  "GitHub Profile", "Behance"), unless a website word is named too ("Website / Portfolio"). */
export const PROFILE_WORDS: ReadonlySet<string> = new Set(['linkedin', 'portfolio', 'portafolio', 'portefolio', 'portafoglio', 'behance', 'dribbble', 'github',
  'gitlab', 'xing', 'viadeo', 'twitter', 'facebook', 'instagram', 'tiktok', 'youtube', 'profile', 'perfil', 'profil', 'profilo', 'profiel']);

/** Key words of a link: a "link" is the contact's website only when nothing else is named ("Reset-Link", "Referral link",
 *  "Zoom link" are links to something else); the same check as "url", "web", "site" and "domain" in ./header.ts. */
export const LINK_WORDS: ReadonlySet<string> = new Set(['url', 'web', 'site', 'domain', 'link', 'links', 'enlace', 'lien', 'collegamento']);


/** A form's note in parentheses, read away before the header is matched: "Nom (obligatoire)", "Telefon (Pflichtfeld)",
 *  "Email (optional)" (form builders and import templates mark required and optional fields so). */
export const NOTE_WORDS: ReadonlySet<string> = new Set([
  'required', 'optional', 'mandatory', 'obligatory', 'compulsory', 'if', 'any', 'not', 'needed',
  'obligatorio', 'obligatoria', 'opcional', 'requerido', 'requerida', 'obrigatorio', 'obrigatoria', 'facultativo', 'facultativa',
  'obligatoire', 'facultatif', 'optionnel', 'optionnelle', 'requis', 'requise',
  'pflichtfeld', 'pflicht', 'erforderlich', 'freiwillig', 'optionales',
  'obbligatorio', 'obbligatoria', 'facoltativo', 'opzionale', 'richiesto',
  'verplicht', 'optioneel', 'vereist', 'niet',
  // a note on the format ("[MUST BE IN THE E.164 FORMAT]", "(format JJ/MM/AAAA)")
  'must', 'be', 'in', 'the', 'format', 'formato', 'formaat', 'use', 'e', 'g', 'eg', 'ex', 'z', 'b', 'zb', 'bsp', 'ej', 'es', 'bijv', 'dd', 'mm', 'yyyy', 'yy', 'jj', 'aaaa', 'tt', 'jjjj',
]);
/** Words of headers that describe a field rather than hold its value ("Email Opt Out", "Phone Verified", "Email Status"). */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set([
  'opt', 'optout', 'optin', 'out', 'unsubscribe', 'unsubscribed', 'status', 'verified', 'verification', 'bounce', 'bounced', 'consent', 'count',
  'sent', 'opened', 'clicked', 'type', 'label', 'labels', 'format', 'valid', 'validity', 'subscription', 'subscribed', 'preference', 'preferences',
  'dnd', 'display', 'yomi', 'phonetic', 'fax', 'pager', 'radio', 'funk', 'birth', 'birthplace', 'geburts', 'nacimiento', 'nascimento',
  'naissance', 'nascita', 'geboorte', 'quality', 'score', 'size', 'industry', 'revenue', 'employees', 'file', 'user', 'username',
  'middle', 'nick', 'nickname', 'maiden', 'job', 'list', 'pet', 'date', 'time', 'total', 'certainty', 'evidence', 'confidence', 'cleaned', 'clean',
  'normalized', 'formatted', 'opted', 'marketing', 'accepts', 'allowed', 'blacklisted', 'blocked', 'domain', 'provider', 'carrier', 'extension',
  // do-not-call flags: "Phone 1 DNC", "Mobile TPS" (the UK register), "Telefon Robinsonliste", "Bloctel"
  'dnc', 'tps', 'robinson', 'robinsonliste', 'bloctel',
  'ext', 'platform', 'frequency', 'permission', 'enabled', 'notifications', 'notification', 'query', 'snippet', 'notes', 'note', 'lookup',
  'estado', 'situacao', 'statut', 'stato', 'valido', 'valida', 'fecha', 'data', 'datum', 'hora', 'heure', 'uhrzeit', 'ora',
  // validated, verified, confirmed, in the other languages: "Email validé", "Correo verificado", "E-Mail bestätigt"
  'valide', 'validee', 'validado', 'validada', 'validato', 'validata', 'verifie', 'verifiee', 'verificado', 'verificada', 'verificato', 'verificata',
  'verifiziert', 'bestaetigt', 'bestatigt', 'geverifieerd', 'gevalideerd', 'bevestigd',
  // an arrival or a departure, in the seven languages: "Chegada no País", "Arrival City", "Fecha de llegada" date a
  // journey, no address of the contact's
  'arrival', 'arrivals', 'departure', 'llegada', 'chegada', 'arrivee', 'ankunft', 'einreise', 'abreise', 'arrivo', 'partenza', 'aankomst', 'vertrek',
]);

/** Words of system dates and times: "Created", "Last Modified", "Fecha de alta", "Erstellt am". */
export const SYSTEM_DATE_WORDS: ReadonlySet<string> = new Set([
  'created', 'create', 'creation', 'modified', 'modify', 'modification', 'updated', 'update', 'changed', 'timestamp', 'confirm', 'confirmed',
  'added', 'imported', 'synced', 'sync', 'edited', 'deleted', 'archived', 'cdate', 'udate', 'mdate', 'registered', 'registration', 'signup',
  'joined', 'since', 'expires', 'expiry', 'expiration', 'until', 'start', 'end', 'closing', 'closed', 'conversion',
  'alta', 'registro', 'creacion', 'modificacion', 'actualizacion', 'cadastro', 'criacao', 'atualizacao', 'inscription', 'adhesion', 'creation',
  'mise', 'erstellt', 'geaendert', 'geandert', 'aktualisiert', 'anmeldung', 'registrierung', 'iscrizione', 'inserimento', 'registrazione',
  'aggiornamento', 'aangemaakt', 'gewijzigd', 'inschrijving', 'aanmelding', 'checkin', 'checkout',
  // since and until, in the other languages: "Mitglied seit", "Miembro desde", "Membre depuis", "Socio dal", "Lid sinds",
  // "Kunde bis" date a membership or a customer relation, no id and no name
  'seit', 'desde', 'depuis', 'sinds', 'dal', 'bis', 'hasta', 'beitritt', 'eintritt', 'eintrittsdatum', 'beitrittsdatum',
]);
/**
 * Head nouns of a source column. A source with a date word is still the source when the source word is the head:
 * last in English, German and Dutch ("Creation Source", "Signup Source", Square's "Creation Source"), first before a
 * linking word in the Romance languages ("Source d'inscription", "Fuente de registro", "Origem do cadastro").
 */
export const SOURCE_WORDS: ReadonlySet<string> = new Set(['source', 'origin', 'fuente', 'origen', 'procedencia', 'fonte', 'origem', 'origine', 'provenance',
  'quelle', 'herkunft', 'provenienza', 'bron', 'herkomst']);
/** What a sign-up comes through, after a source word and a linking word ("Source du formulaire", "Origen del lead",
 *  "Fonte do cadastro"): the source of the contact, not of something else ("Fuente de ingresos" is income's). */
export const SIGNUP_WORDS: ReadonlySet<string> = new Set(['form', 'formulaire', 'formulario', 'formular', 'formulars', 'modulo', 'formulier', 'lead',
  'leads', 'contact', 'contacto', 'contato', 'contatto', 'kontakt', 'inscription', 'inscripcion', 'inscricao', 'registro', 'registration', 'cadastro',
  'anmeldung', 'registrierung', 'iscrizione', 'aanmelding', 'registratie', 'signup', 'demande', 'solicitud', 'anfrage', 'aanvraag', 'richiesta', 'prospect']);
export const SYSTEM_DATE_PHRASES: readonly string[] = [
  'last activity', 'last contacted', 'last seen', 'last engagement', 'last changed', 'last viewed', 'last login', 'last opened', 'last clicked',
  'last email', 'last call', 'last meeting', 'first seen', 'first contact', 'opt in', 'date added', 'created by', 'modified by', 'updated by',
  'last modified', 'last updated', 'connected on', 'last service', 'member of', 'join date', 'check in',
];

/** Words of a question-style header (Google Forms) that carry no meaning: "What is your phone number?". */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'what', 'whats', 'which', 'who', 'where', 'when', 'how', 'is', 'are', 'do', 'does', 'your', 'you', 'please', 'enter', 'provide', 'give', 'type',
  'the', 'a', 'an', 'of', 'to', 'for', 'can', 'we', 'reach', 'at', 'us', 's', 'best', 'current', 'preferred', 'here', 'below',
  'cual', 'cuales', 'es', 'son', 'tu', 'su', 'sus', 'por', 'favor', 'indique', 'indica', 'ingrese', 'ingresa', 'escribe', 'escriba', 'el', 'la',
  'los', 'las', 'de', 'del', 'un', 'una', 'qual', 'quais', 'e', 'o', 'os', 'seu', 'sua', 'informe', 'digite', 'do', 'da', 'quel', 'quelle',
  'quels', 'quelles', 'est', 'votre', 'vos', 'ton', 'ta', 'indiquez', 'saisissez', 'le', 'les', 'd', 'l', 'wie', 'was', 'ist', 'lautet',
  'ihre', 'ihr', 'deine', 'dein', 'bitte', 'geben', 'sie', 'an', 'der', 'die', 'das', 'il', 'lo', 'tuo', 'tua', 'suo', 'inserisci',
  'inserire', 'indicare', 'wat', 'uw', 'je', 'jouw', 'graag', 'vul', 'in', 'het', 'een',
]);

/** Possessives that open a form's field ("Votre nom", "Your Email", "Tu teléfono", "Ihre E-Mail", "Il tuo nome", "Uw
 *  adres"): the rest names the field, read as if alone ("Votre nom" beside "Votre prénom" is the family name). */
export const POSSESSIVE_WORDS: ReadonlySet<string> = new Set(['your', 'tu', 'tus', 'su', 'sus', 'seu', 'sua', 'teu', 'tua', 'votre', 'vos', 'ton', 'ta',
  'tes', 'ihr', 'ihre', 'ihren', 'dein', 'deine', 'deinen', 'tuo', 'tuoi', 'suo', 'uw', 'jouw', 'je']);
/** Articles before such a possessive: "Il tuo nome", "La tua email", "O seu nome", "A sua morada". */
export const POSSESSIVE_ARTICLES: ReadonlySet<string> = new Set(['il', 'la', 'el', 'o', 'a', 'i', 'le', 'los', 'las', 'os', 'as']);

/** First words of a yes/no question: "Are you a consultant?", "Do you have a car?", "Êtes-vous adhérent ?", "Sind Sie
 *  Mitglied?", "Sei socio?", "Ben je lid?" ask whether, not for the value. */
export const YES_NO_WORDS: ReadonlySet<string> = new Set(['are', 'is', 'do', 'does', 'did', 'have', 'has', 'will', 'would', 'eres', 'tienes', 'tiene',
  'estas', 'voce', 'tem', 'possui', 'etes', 'avez', 'sind', 'bist', 'haben', 'hast', 'sei', 'hai', 'ben', 'bent', 'heb', 'hebt', 'heeft']);

/** Nouns of people: a number after one of them is another person ("Guest 2 Email", "Attendee 3 Name"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(['guest', 'attendee', 'person', 'contact', 'member', 'participant', 'player', 'student', 'invitado', 'asistente', 'participante', 'convidado', 'invite', 'gast', 'teilnehmer', 'ospite', 'partecipante', 'deelnemer', 'traveler', 'traveller', 'passenger', 'adult', 'child', 'occupant']);

/** A contact person in one word ("Ansprechpartner", "Contactpersoon", "Interlocuteur", "Referente", "POC"): in a list of
 *  organisations, the contact (./people.ts), whose own columns are named after them ("E-Mail Ansprechpartner": ./keyword.ts). */
export const CONTACT_PERSON_WORDS: ReadonlySet<string> = new Set(['contactpersoon', 'kontaktperson', 'ansprechpartner', 'ansprechpartnerin', 'ansprechperson', 'interlocuteur', 'referente', 'poc']);

/** An organisation's numbered contact persons, written together without linking words ("Contact Person 1 Email",
 *  "Kontaktperson 1 Nachname", "Persona de contacto 2 Teléfono", "Ansprechpartner 1 E-Mail"): other people than the
 *  record, even number 1 (the record is the organisation; Swiss and German CRM contact exports). */
export const CONTACT_PERSON_PHRASES: readonly string[] = [
  'contactperson', 'kontaktperson', 'ansprechpartner', 'ansprechpartnerin', 'ansprechperson', 'personacontacto', 'pessoacontato',
  'pessoacontacto', 'personnecontact', 'personacontatto', 'contactpersoon', 'interlocuteur', 'referente',
];

/** Header words for a place that also mean a status: "State" in Kit (active), "Estado" (Activo). Statuses in the values drop them. */
export const AMBIGUOUS_STATE_WORDS: ReadonlySet<string> = new Set(['state', 'estado', 'stato', 'etat', 'staat']);

/** Prefix segments of "Object - Field" headers (Pipedrive "Person - Email - Work") naming the contact itself. */
export const SELF_OBJECTS: ReadonlySet<string> = new Set(['person', 'contact', 'lead', 'customer', 'client', 'subscriber', 'member', 'attendee', 'persona', 'pessoa', 'personne', 'persoon', 'kontakt', 'contatto', 'contacto', 'contato', 'klant', 'cliente', 'kunde']);
/** The person a school's, a clinic's or a club's file is about, before one of their fields ("Student mobile", "Patient
 *  phone", "Alumno teléfono", "Schüler Handy", "Student Date of Birth"): that person's own field, as "Customer Email". */
export const FILE_PERSON_WORDS: ReadonlySet<string> = new Set(['student', 'pupil', 'learner', 'patient', 'participant', 'athlete', 'volunteer', 'alumno', 'alumna',
  'estudiante', 'paciente', 'participante', 'miembro', 'socio', 'atleta', 'voluntario', 'aluno', 'aluna', 'estudante', 'membro', 'eleve', 'etudiant', 'etudiante',
  'membre', 'adherent', 'benevole', 'schueler', 'schuler', 'schulerin', 'schuelerin', 'studierende', 'patientin', 'teilnehmer', 'teilnehmerin', 'mitglied',
  'studente', 'alunno', 'alunna', 'paziente', 'partecipante', 'iscritto', 'leerling', 'deelnemer', 'lid', 'patient', 'user']);
/** Prefix segments naming another record: only its name can be the contact's company. */
export const OTHER_RECORD_PREFIXES: ReadonlySet<string> = new Set(['organization', 'organisation', 'org', 'company', 'account', 'deal', 'opportunity', 'activity', 'product', 'order', 'ticket', 'note', 'project']);

/** A bare "Name" in these languages: the full name alone, the last name next to a first-name column (French
 * "Nom" + "Prénom", German "Name" + "Vorname"), the first name next to a last-name column (Italian "Nome" +
 * "Cognome", Spanish "Nombre" + "Apellidos", English "Name" + "Surname"). */
export const BARE_NAME_WORDS: ReadonlySet<string> = new Set(['name', 'nombre', 'nome', 'nom', 'naam', 'navn', 'nimi', 'imie']);

// ------------------------------------------------------------------------------------- words the header reader uses

/** Words a group number follows: "Address 2", "Email 3", "Phone 2", "Telefone2". */
export const INDEXED_WORDS: ReadonlySet<string> = new Set(['address', 'addr', 'street', 'email', 'mail', 'phone', 'tel', 'telephone', 'telefone', 'telefono', 'telefon', 'telefoon', 'mobile', 'cell', 'organization', 'website', 'url', 'line', 'l', 'number', 'numero', 'contact', 'direccion', 'endereco', 'adresse', 'indirizzo', 'adres', 'correo']);
/** The last word of a header about another column's metadata ("Phone 1 - Type", "E-mail 1 - Label"). */
export const METADATA_LAST: ReadonlySet<string> = new Set(['type', 'label', 'labels', 'kind', 'tipo', 'etiqueta', 'typ', 'art', 'etichetta', 'soort', 'rotulo']);
/** What such a metadata header is about. */
export const METADATA_SUBJECTS: ReadonlySet<string> = new Set(['email', 'phone', 'address', 'website', 'organization', 'im', 'relation', 'event', 'custom', 'field', 'mobile', 'url', 'group', 'telefono', 'telefone', 'correo', 'telefon']);
/** What may stand before "URL" in a header that holds the contact's website ("Company Website URL", "Sito ufficiale"). */
export const OWN_URL_WORDS: ReadonlySet<string> = new Set(['company', 'personal', 'business', 'web', 'website', 'site', 'home', 'homepage', 'main', 'own', 'official', 'ufficiale', 'oficial', 'empresa', 'azienda', 'entreprise', 'firma', 'bedrijf', 'organization', 'page',
  // the contact's own, personal ("Persoonlijke URL", "Persönliche Website", "URL personnelle", "Sito personale", "Página pessoal")
  'persoonlijke', 'persoonlijk', 'eigen', 'personliche', 'personlich', 'personlichen', 'eigene', 'privat', 'private', 'privee', 'personnel',
  'personnelle', 'personale', 'pessoal', 'propio', 'propia', 'proprio', 'propria']);
/** Words of the contact's owner ("Owner Email", "Sales Rep Phone"): the owner's columns, not the contact's. */
export const OWNER_WORDS: ReadonlySet<string> = new Set(['owner', 'responsible', 'rep', 'salesperson', 'seller', 'assignee', 'assigned', 'asignado',
  'asignada', 'atribuido', 'assegnato', 'toegewezen', 'zugewiesen', 'assigne', 'attribue', 'propietario', 'proprietario', 'proprietaire', 'eigenaar', 'besitzer', 'vendedor', 'commercial', 'commerciale', 'responsable', 'responsabile', 'verantwortlich', 'accountmanager', 'advisor', 'adviser', 'asesor']);
/** A property's owner, numbered ("Owner 1 First Name", "Owner 2 Last Name": PropStream's and skip-trace lists'): a
 *  contact's owner in a CRM is never numbered. */
export const PROPERTY_OWNER_WORDS: ReadonlySet<string> = new Set(['owner', 'propietario', 'proprietario', 'proprietaire', 'eigenaar', 'besitzer', 'eigentumer', 'eigentuemer', 'dono']);
/** The other words of a header naming the owner itself: "Assigned User Name" (SugarCRM, SuiteCRM), "assigned_user_name",
 *  "Assigned to", "Owner Full Name", "Nombre del responsable". */
export const OWNER_NAME_WORDS: ReadonlySet<string> = new Set([
  // ("Sales Rep Name", "Sales Owner")
  'sales', 'user', 'to', 'by', 'a', 'an', 'aan', 'name', 'full', 'fullname', 'username', 'login', 'nombre', 'nom', 'nome', 'naam', 'usuario', 'utilisateur',
  'utente', 'gebruiker', 'benutzer', 'del', 'de', 'du', 'do', 'da', 'della', 'van', 'der', 'des', 'al',
  // the staff member a lead or a client is assigned to ("Assigned Agent", "Assigned Coach", "Agente asignado")
  'agent', 'agente', 'coach', 'counselor', 'counsellor', 'consultant', 'consultor', 'consulente', 'berater', 'recruiter', 'staff',
  // a driving school's or a sports school's instructor ("Moniteur assigné", "Assigned Instructor")
  'instructor', 'instructeur', 'moniteur', 'monitrice', 'fahrlehrer', 'instrutor', 'istruttore',
  // a clinic's doctor or therapist assigned to a patient ("Dottore assegnato", "Assigned Therapist", "Médico asignado"), and
  // a help desk's or a call centre's operator ("Operatore assegnato")
  'doctor', 'dottore', 'medico', 'medecin', 'arzt', 'arts', 'therapist', 'terapeuta', 'therapeut', 'therapeute', 'physiotherapist', 'fisioterapista',
  'fisioterapeuta', 'physiotherapeut', 'operator', 'operatore', 'operador', 'operateur',
]);
/** Assigned, in the seven languages: "Assigned Agent" names the staff member the contact is assigned to, their owner. */
export const ASSIGNED_WORDS: ReadonlySet<string> = new Set(['assigned', 'assignee', 'asignado', 'asignada', 'atribuido', 'assegnato', 'toegewezen', 'zugewiesen',
  'assigne', 'attribue', 'assegnata', 'atribuida', 'zugewiesener', 'zugewiesene']);
/** A mobile phone's header, in the seven languages: Mobile, Cell, Handy, Mobil(telefon), Portable, Celular, Móvil, Telemóvel, Cellulare, Mobiel, GSM. */
export const RE_MOBILE = /mobil|mobiel|cell|celular|handy|portable|movil|telemovel|gsm|whatsapp|sms/;
/** Words that make an email column metadata: its display name ("E-mail Display Name", "E-Mail: Angezeigter Name"). */
export const DISPLAY_WORDS: ReadonlySet<string> = new Set(['display', 'angezeigter', 'anzeigename', 'affiche', 'affichage', 'visualizzato', 'weergavenaam', 'weergegeven', 'weergave', 'mostrado']);

/**
 * Legal forms and kinds of organization that end or start a company's name ("Acme GmbH", "Beta Ltd.", "Gamma S.A.",
 * "Universität Mannheim"): in a file without a header row, a column of these is the company name. Legal forms from
 * the ISO 20275 Entity Legal Forms code list (GLEIF), written as people abbreviate them, dots dropped.
 */
export const COMPANY_WORDS: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'ltd', 'limited', 'plc', 'corp', 'corporation', 'company', 'gmbh', 'ag', 'kg', 'ohg', 'ug', 'gbr', 'kgaa',
  'ev', 'sa', 'sas', 'sasu', 'sarl', 'eurl', 'sl', 'slu', 'sau', 'srl', 'srls', 'spa', 'sapa', 'snc', 'ltda', 'eireli', 'lda', 'bv', 'nv', 'vof',
  'cv', 'pty', 'oy', 'ab', 'asa', 'aps', 'group', 'holding', 'holdings', 'gruppe', 'grupo', 'gruppo', 'groupe', 'university', 'universitat',
  'universitaet', 'universidad', 'universidade', 'universite', 'universita', 'universiteit', 'college', 'institute', 'institut', 'instituto',
  'istituto', 'hochschule', 'foundation', 'stiftung', 'fundacion', 'fundacao', 'fondation', 'fondazione', 'stichting', 'association',
  'asociacion', 'associacao', 'associazione', 'vereniging', 'verein',
]);

