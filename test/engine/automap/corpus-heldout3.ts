// The third held-out part of the auto-mapping corpus (see corpus-format.ts): 59 header sets from sources none of the
// other parts use, found in the public code index (CSV files, importer tests and fixtures, export writers and their
// documentation) and written down, with the mapping a careful person would choose by the field definitions and the
// issue's rules, BEFORE the mapper was run on them and before the lexicon was read. "index:N" names the index file the
// header text was read from (the index does not name its repository); the kind says what the file is.
// Sample values are made up in the shape of each file's own (no personal data from the sources is copied).
//
// The choices, written once so every set follows them (the same as the second held-out part's):
// - Primary before alternate: an untyped phone is the main phone, a mobile next to it an additional phone; numbered
//   phones and emails: the first is the main one, the others additional.
// - Whose column: billing columns only when the file has nothing of the contact's own; shipping never; a parent's,
//   a teacher's, an account holder's never; a company's domain, industry or size never.
// - Another system's id of this person (customer, member, subscriber, relation, card, roll or user id) is the
//   External ID; a column named "Contact ID" in a CRM's or membership system's export is the Contact ID, as in the
//   tuning part; order, ticket, barcode, attendee and row numbers are not imported.
// - Status columns (active, subscribed, payment state, "Estado" holding Activo/Inactivo), booleans (verified,
//   owner, admin, consent), IP addresses, links that are not the person's site, free-form locations, job titles,
//   salutations, house numbers on their own, national ids and bank details are not imported.
// - "Data Source", "Quelle", "origem", "Source" are the Source; "Tags", "Etiquetas", "Tag" are Tags; teams, roles
//   and levels are not.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout3' }, table);

export const HELDOUT3: CorpusSet[] = [
  // ------------------------------------------------------------------------------------------------ German
  set({ id: 'de-kunden-import-hausnummer', kind: 'customer import fixture (semicolons, house number apart)', lang: 'de', defaultCountry: 'DE', source: 'index:62314748120 (a customer import test, Python)' }, `
    Vorname | firstName | Anna | Jan
    Nachname | lastName | Lindner | Meyer
    Straße | address1 | Lindenstr. | Bergweg
    Hausnummer | - | 4 | 12
    PLZ | postalCode | 30159 | 30161
    Ort | city | Hannover | Hannover
    Telefon | phone | 0511 1234567 |
    E-Mail | email | anna@example.com |
  `),
  set({ id: 'de-kunden-vorlage-mobil', kind: 'customer import template (phone and mobile)', lang: 'de', defaultCountry: 'DE', source: 'index:57387866825 (a car-care app\'s customer template, TypeScript)' }, `
    Vorname | firstName | Max |
    Nachname | lastName | Muster |
    Firma | companyName | | Glanzwerk GmbH
    E-Mail | email | max@example.de | info@example.de
    Telefon | phone | 0221 123456 | 0221 654321
    Mobil | additionalPhones | 0171 2345678 |
    Strasse | address1 | Musterweg 1 | Industriestr. 5
    PLZ | postalCode | 50667 | 50859
    Ort | city | Köln | Köln
    Typ | - | privat | firma
    Notiz | - | | Stammkunde
  `),
  set({ id: 'de-ratsinfo-personen', kind: 'council member import fixture (bank details, mandate dates)', lang: 'de', defaultCountry: 'DE', source: 'index:70375036700 (a council information system\'s import test)' }, `
    kennung | externalId | P1 | P2
    anrede | - | Frau | Herr
    titel | - | Dr. |
    vorname | firstName | Erika | Max
    nachname | lastName | Musterfrau | Mustermann
    email | email | erika@example.org | max@example.org
    telefon | phone | 0123 4567890 |
    adresse | address1 | Am Markt 1, 12345 Musterdorf |
    kontoinhaber | - | Erika Musterfrau |
    iban | - | DE02120300000000202051 |
    bic | - | BYLADEM1001 |
    zustellweg | - | Portal | E-Mail
    mandat_beginn | - | 01.11.2021 | 01.11.2021
    mandat_ende | - | |
    aktiv | - | ja |
  `),
  set({ id: 'de-shop-reset-links', kind: 'shop customer export (password reset links)', lang: 'de', defaultCountry: 'CH', source: 'index:44672000510 (a Magento console command writing a customer CSV)' }, `
    Email | email | kunde1@example.ch | kunde2@example.ch
    Vorname | firstName | Linda | Stefan
    Nachname | lastName | Gross | Lanz
    Sprache | - | de | fr
    Reset-Link | - | https://shop.example.ch/customer/account/createPassword/?token=ab12 | https://shop.example.ch/customer/account/createPassword/?token=cd34
  `),
  set({ id: 'de-referenten-import', kind: 'speaker import fixture', lang: 'de', defaultCountry: 'DE', source: 'index:59116968515 (an event organiser\'s import test, Java)' }, `
    Vorname | firstName | Max | Kathrin
    Nachname | lastName | Referent | Weber
    Email | email | max@ref.example | kathrin@ref.example
    Position | - | Experte | Leiterin
    Organisation | companyName | TechCorp | Stadtwerke
    LoginName | - | max | kweber
  `),
  set({ id: 'de-xing-profil', kind: 'XING profile export parser fixture', lang: 'de', defaultCountry: 'DE', source: 'index:10966710167 (a XING export parser test)' }, `
    Vorname | firstName | Max | Erika
    Nachname | lastName | Mustermann | Muster
    E-Mail | email | max@example.com | erika@example.com
    Telefon | phone | +49170123456 | +49 30 1234567
    Stadt | city | Berlin | Hamburg
  `),
  set({ id: 'de-leads-scoring-export', kind: 'lead export (company domain, industry, size, score)', lang: 'de', defaultCountry: 'DE', source: 'index:52904287128 (a lead scoring app\'s CSV export)' }, `
    Vorname | firstName | Jonas | Mia
    Nachname | lastName | Becker | Wolf
    E-Mail | email | jonas@acme.example | mia.wolf@beta.example
    Telefon | phone | +49 89 1234567 |
    Unternehmen | companyName | Acme GmbH | Beta AG
    Domain | - | acme.example | beta.example
    Branche | - | Software | Logistik
    Größe | - | 51-200 | 1000+
    Land | country | Deutschland | Österreich
    Standort | - | München, Bayern | Wien
    Jobtitel | - | CTO | Einkauf
    Score | - | 82 | 47
    Grade | - | A | C
  `),
  set({ id: 'de-crm-kontakte-quelle', kind: 'CRM contact export (source, created)', lang: 'de', defaultCountry: 'DE', source: 'index:6717461620 (a CRM\'s contact export, React)' }, `
    Vorname | firstName | Lena | Paul
    Nachname | lastName | Schmidt | Braun
    E-Mail | email | lena@example.de | paul@example.de
    Telefon | phone | 0151 23456789 | 030 9876543
    Quelle | source | Website | Messe
    Erstellt | - | 2026-03-01T10:00:00Z | 2026-03-04T08:12:00Z
  `),
  set({ id: 'de-kontakte-firma-tag', kind: 'contact import test (position, company, tag)', lang: 'de', defaultCountry: 'DE', source: 'index:70456050169 (a contact import test, C#)' }, `
    Vorname | firstName | Ada | Grace
    Nachname | lastName | King | Hopper
    E-Mail | email | ada@example.test | grace@example.test
    Telefon | phone | | +49 30 1234567
    Position | - | CEO | Admiral
    Firma | companyName | Analytical Engines | Navy Labs
    Tag | tags | VIP | Partner
  `),
  set({ id: 'de-kunden-kasse', kind: 'point-of-sale customer export (discount, revenue, visits)', lang: 'de', defaultCountry: 'DE', source: 'index:49622414035 (a point-of-sale app\'s customer export)' }, `
    Vorname | firstName | Sabine | Tom
    Nachname | lastName | Keller | Frank
    E-Mail | email | sabine@example.de | tom@example.de
    Telefon | phone | 0176 11223344 |
    Typ | - | Stammkunde | Neukunde
    Rabatt | - | 10 | 0
    Status | - | aktiv | aktiv
    Gesamtumsatz | - | 1.240,50 € | 89,90 €
    Bestellungen | - | 14 | 1
    Letzter Besuch | - | 12.05.2026 | 02.06.2026
    Erstellt | - | 03.01.2025 | 02.06.2026
    Notizen | - | mag Espresso |
  `),
  set({ id: 'de-kontakte-api-export', kind: 'contact API CSV export (documented sample)', lang: 'de', defaultCountry: 'DE', source: 'index:22312410224 (a contact API\'s README)' }, `
    Vorname | firstName | Max | Anna
    Nachname | lastName | Mustermann | Schmidt
    E-Mail | email | max@example.com | anna@example.com
    Telefon | phone | +49123456789 | +49987654321
    Firma | companyName | TechCorp | DesignCo
    Position | - | Software Engineer | Designer
    Stadt | city | Berlin | München
    Land | country | Deutschland | Deutschland
  `),
  set({ id: 'de-kundenexport-titel', kind: 'customer export with a title line and a blank line above the headers', lang: 'de', defaultCountry: 'DE', source: 'index:69684507065 (an import file reader test)', above: [['Kundenexport 2026-01-01'], ['']] }, `
    Vorname | firstName | Ada | Grace
    Nachname | lastName | Lovelace | Hopper
    Notizen | - | Rechnung, Mahnung | Vertrag, Angebot
  `),
  // ------------------------------------------------------------------------------------------------ Google Forms
  set({ id: 'google-forms-candidates-email2', kind: 'Google Forms responses (a second email question)', lang: 'en', defaultCountry: 'IN', source: 'index:68441347795 (a candidate import dialog test)' }, `
    Timestamp | - | 1/1/2026 10:00:00 | 1/2/2026 11:30:00
    Email address | email | old@example.com | priya@example.com
    Full Name | name | Test Candidate | Priya Nair
    Mobile Number (WhatsApp) | phone | 9812345670 | 9876501234
    Email Address2 | additionalEmails | correct@example.com |
  `),
  set({ id: 'google-forms-quiz-marksheet', kind: 'Google Forms quiz responses (institute webmail, roll number)', lang: 'en', defaultCountry: 'IN', source: 'index:334462854 (a quiz marksheet generator)' }, `
    Timestamp | - | 9/14/2022 10:02:11 | 9/14/2022 10:03:40
    Email Address | email | student.one@example.com | student.two@example.com
    Google_Score | - | 14 / 20 | 11 / 20
    Name | name | Arjun Rao | Meera Iyer
    IITP webmail | additionalEmails | arjun_2101cs01@iitp.example.in | meera_2101cs02@iitp.example.in
    Phone(10 digit only) | phone | 9876543210 | 9123456780
    Score_After_Negative | - | 12.5 | 9
    Roll Number | externalId | 2101CS01 | 2101CS02
  `),
  set({ id: 'google-forms-course-profile', kind: 'Google Forms responses (a course\'s profile form)', lang: 'en', source: 'index:49028908541 (a course roster script)' }, `
    Timestamp | - | 8/31/2023 19:08:16 | 8/31/2023 20:11:02
    Email Address | email | ohjun@example.edu | kim@example.edu
    uniqname | - | ohjun | kimsy
    Preferred Name (First and Last) | name | Oh Jun | Sarah Kim
    Preferred Pronouns | - | he/him | she/her
    Preferred OS | - | macOS | Linux
    Preferred IDE | - | VS Code | Vim
    (optional) Hometown (format: Ann Arbor, MI or Seoul, South Korea) | - | Seoul, South Korea | Ann Arbor, MI
    Profile Picture (jpg, 360x360, uniqname.jpg) | - | https://drive.google.com/open?id=1abc | https://drive.google.com/open?id=2def
    Emoji 1 Name | - | rocket | tada
  `),
  set({ id: 'google-forms-what-you-need', kind: 'Google Forms responses (a free-text question)', lang: 'en', source: 'index:60511627886 (a Google Forms CSV parser test)' }, `
    Timestamp | - | 5/10/2026 09:15:00 | 5/10/2026 10:30:00
    Email Address | email | anna@example.com | priya@example.com
    Full name | name | Anna Smith | Priya Shah
    What do you need? | - | Replay, workbook | Line one
  `),
  set({ id: 'google-forms-officers', kind: 'Google Forms responses (position held)', lang: 'en', source: 'index:58011744507 (an officer roster plan with a Forms CSV sample)' }, `
    Timestamp | - | 2026-08-01 | 2026-08-01
    Email Address | email | john@example.edu | jane@example.edu
    Full Name | name | Smith, John | Jane Doe
    Position | - | President |
  `),
  set({ id: 'google-forms-art-entries', kind: 'Google Forms responses (a student entry form, teacher named)', lang: 'en', source: 'index:24912801356 (an art contest entry script)' }, `
    Timestamp | - | 10/2/2021 18:22:01 | 10/3/2021 09:10:45
    Email Address | email | parent1@example.com | parent2@example.com
    Student first name | firstName | Lily | Omar
    Student last name | lastName | Chen | Haddad
    Grade | - | 4 | 7
    Teacher's  name | - | Ms. Park | Mr. Lopez
    Select the art category for submission | - | Visual Arts | Photography
    Upload entry file | - | https://drive.google.com/open?id=3ghi | https://drive.google.com/open?id=4jkl
    Artist's statement | - | My cat at sunset | Light on water
  `),
  // ------------------------------------------------------------------------------------------------ French
  set({ id: 'fr-piscine-clients-modele', kind: 'customer import template with comment lines above the headers', lang: 'fr', defaultCountry: 'FR', source: 'index:9895722721 (a pool company\'s import templates)', above: [['# TEMPLATE IMPORT CLIENTS - Delmas Piscine'], ['# Instructions: Remplissez les lignes ci-dessous'], ['# Type: particulier ou professionnel'], ['#']] }, `
    type | - | particulier | professionnel
    prenom | firstName | Jean | Marie
    nom | lastName | Dupont | Martin
    entreprise | companyName | | Hôtel des Palmiers
    email | email | jean.dupont@example.fr | contact@hotel.example
    telephone | phone | 0123456789 | 0198765432
    mobile | additionalPhones | 0612345678 | 0687654321
    adresse | address1 | 15 rue de la Piscine | 25 avenue de la Plage
    code_postal | postalCode | 75001 | 06000
    ville | city | Paris | Nice
    notes | - | Client depuis 2020 |
  `),
  set({ id: 'fr-ad-users', kind: 'directory user list (username and password)', lang: 'fr', defaultCountry: 'FR', source: 'index:12149918612 (an Active Directory provisioning README)' }, `
    Prenom | firstName | Amber | Aya
    Nom | lastName | Lussier | Chandonnet
    Username | - | Amber.Lussier | Aya.Chandonnet
    Password | - | P@ssword2024 | P@ssword2024
    Mail | email | Amber.Lussier@lan.example | Aya.Chandonnet@lan.example
  `),
  set({ id: 'fr-users-export-roles', kind: 'user export (active flag, roles)', lang: 'fr', defaultCountry: 'FR', source: 'index:17111933521 (a PHP admin\'s user export)' }, `
    is_active | - | 1 | 0
    email | email | claire@example.fr | marc@example.fr
    prenom | firstName | Claire | Marc
    nom | lastName | Petit | Roux
    roles | - | [ROLE_ADMIN] | [ROLE_USER]
  `),
  set({ id: 'fr-membres-club', kind: 'club member file (id, sign-up date, active flag)', lang: 'fr', defaultCountry: 'FR', source: 'index:18361447115 (a sports club manager\'s README)' }, `
    ID | externalId | 1 | 2
    Nom | lastName | Doe | Smith
    Prénom | firstName | John | Jane
    Email | email | john@example.com | jane@example.com
    Téléphone | phone | 0123456789 | 0987654321
    Date Inscription | - | 2024-01-15 | 2024-02-20
    Actif | - | 1 | 1
  `),
  set({ id: 'fr-clients-formations', kind: 'training client export (verified flag, last login)', lang: 'fr', defaultCountry: 'FR', source: 'index:54501063665 (a training platform\'s admin export)' }, `
    ID | externalId | 41 | 42
    Nom | lastName | Bernard | Moreau
    Prénom | firstName | Julie | Hugo
    Email | email | julie@example.fr | hugo@example.fr
    Téléphone | phone | 06 12 34 56 78 |
    Entreprise | companyName | Atelier Bleu | Moreau SARL
    Fonction | - | Gérante | Comptable
    Date inscription | - | 12/03/2026 | 15/03/2026
    Dernière connexion | - | 01/06/2026 |
    Email vérifié | - | true | false
    Nombre formations | - | 3 | 0
  `),
  set({ id: 'fr-participants-billet', kind: 'event participant export with a title line above the headers', lang: 'fr', defaultCountry: 'FR', source: 'index:2603223228 (an event admin\'s participant export)', above: [['Liste des participants - Lyon (12/05/2026)'], ['']] }, `
    Nom | lastName | Garnier | Lefèvre
    Prénom | firstName | Paul | Inès
    Email | email | paul.garnier@example.fr | ines@example.fr
    Téléphone | phone | 0611223344 | 0755667788
    Date de naissance | dateOfBirth | 14/02/1990 | 03/09/1985
    N° Billet | - | TK-00412 | TK-00413
  `),
  set({ id: 'fr-clients-ville-statut', kind: 'customer export (city, status, sign-up date)', lang: 'fr', defaultCountry: 'FR', source: 'index:45331042146 (a customer admin page\'s export)' }, `
    Nom | lastName | Fontaine | Girard
    Prénom | firstName | Léa | Nathan
    Email | email | lea@example.fr | nathan@example.fr
    Téléphone | phone | 0478123456 | 0662001122
    Ville | city | Lyon | Grenoble
    Statut | - | Actif | Prospect
    Date d'inscription | - | 2026-01-04 | 2026-02-19
  `),
  // ------------------------------------------------------------------------------------------------ Dutch
  set({ id: 'nl-sportlink-leden', kind: 'sports club member import (Sportlink relation number, team)', lang: 'nl', defaultCountry: 'NL', source: 'index:61945319058 (a club back office\'s browser test)' }, `
    Relatienummer | externalId | DSV-1 | DSV-2
    Voornaam | firstName | Noa | Daan
    Achternaam | lastName | Jansen | de Vries
    E-mailadres | email | noa@example.invalid | daan@example.invalid
    Team | - | JO13-1 | JO19-1
    Actief voor seizoen | - | Ja | Nee
  `),
  set({ id: 'nl-leden-rol', kind: 'association member import (role)', lang: 'nl', defaultCountry: 'NL', source: 'index:70985575565 (an association app\'s import test)' }, `
    Voornaam | firstName | Piet | Vera
    Achternaam | lastName | Penning | Vorstand
    E-mail | email | penning@voorbeeld.example | vera@voorbeeld.example
    Rol | - | Bestuur | Lid
  `),
  set({ id: 'nl-aanmeldingen-opleiding', kind: 'student application import (date of birth, course, year)', lang: 'nl', defaultCountry: 'NL', source: 'index:54502595041 (a school admin\'s import test, Laravel)' }, `
    voornaam | firstName | Yasmin | Sem
    achternaam | lastName | Demir | Bakker
    geboortedatum | dateOfBirth | 14-03-2004 | 01-02-2005
    email | email | yasmin@example.com | sem@example.com
    opleiding | - | ISLTH | Theologie
    leerjaar | - | 1 | 2
  `),
  set({ id: 'nl-subsidie-burgers', kind: 'citizen import file (phone, bank account)', lang: 'nl', defaultCountry: 'NL', source: 'index:13057793446 (a subsidy service\'s bulk import script)' }, `
    Voornaam | firstName | Arnulfo | Fenna
    Achternaam | lastName | Mercati | Visser
    Email | email | arnulfo@example.nl | fenna@example.nl
    telefoonnummer | phone | +31642557177 | 0612345678
    Connect rekening | - | NL06BUNQ9900092430 | NL91ABNA0417164300
  `),
  set({ id: 'nl-contactcsv-naam', kind: 'contact CSV reader test (given, family and display name)', lang: 'nl', defaultCountry: 'NL', source: 'index:19540650009 (a contact CSV reader test, Java)' }, `
    Voornaam | firstName | Fred | Blaise
    Achternaam | lastName | Bloggs | Pascal
    Naam | name | Frederick Bloggs | B. Pascal
    E-mailadres | email | fred@example.test | blaise.pascal@example.test
  `),
  // ------------------------------------------------------------------------------------------------ Spanish
  set({ id: 'es-plantilla-profesorado', kind: 'teacher import template (shift, families)', lang: 'es', defaultCountry: 'ES', source: 'index:71407612178 (a school app\'s import template)' }, `
    nombre | firstName | Ana | Luis
    apellidos | lastName | Pérez García | Martín Sanz
    email | email | ana@centro.example | luis@centro.example
    turno | - | mañana | tarde
    familias | - | Administración y Gestión | Comercio y Marketing
  `),
  set({ id: 'es-citas-whatsapp', kind: 'appointment reminder import (date and time next to the phone)', lang: 'es', defaultCountry: 'ES', source: 'index:54914016923 (a clinic reminder importer test, Laravel)' }, `
    nombre | firstName | Ana | Jorge
    apellidos | lastName | Pérez | Ruiz
    telefono | phone | 600123123 | 611222333
    fecha | - | 2026-06-24 | 2026-06-25
    hora | - | 15:30 | 09:00
  `),
  set({ id: 'es-clientas-titulo', kind: 'customer list with a title line and a blank line above the headers', lang: 'es', defaultCountry: 'ES', source: 'index:62144653552 (a CSV delimiter test)', above: [['Listado de clientas 2026'], ['']] }, `
    Nombre | firstName | María | Nora
    Apellidos | lastName | Soler | Ruiz
    Email | email | maria@example.com | nora@example.com
  `),
  set({ id: 'es-plantilla-alumnos', kind: 'student import template', lang: 'es', defaultCountry: 'ES', source: 'index:66253258401 (an academy app\'s template download)' }, `
    Nombre | firstName | Lucía | Pablo
    Apellidos | lastName | Navarro | Iglesias
    Email | email | lucia@example.es | pablo@example.es
    Teléfono | phone | 612345678 | 699887766
  `),
  set({ id: 'es-usuarios-dni-perfiles', kind: 'user export (national id, active flag, profiles)', lang: 'es', defaultCountry: 'ES', source: 'index:35369828042 (a user CSV export, Kotlin)' }, `
    DNI | - | 12345678Z | 87654321X
    Nombre | firstName | Elena | Sergio
    Apellidos | lastName | Castro | Molina
    Email | email | elena@example.es | sergio@example.es
    Teléfono | phone | 654321987 |
    Activo | - | true | false
    Fecha Registro | - | 2025-10-01 | 2025-11-12
    Perfiles | - | ALUMNO:c1 | PROFESOR:c2
  `),
  set({ id: 'es-informe-clientes-provincia', kind: 'report section: statistics lines, then a "CLIENTES" title above the headers', lang: 'es', defaultCountry: 'ES', source: 'index:28125447220 (a farm visits report export)', above: [['Total de Visitas', '14'], ['Visitas Realizadas', '9'], ['Visitas Confirmadas', '3'], ['Visitas Pendientes', '2'], [''], ['CLIENTES']] }, `
    Nombre | firstName | Manuel | Pilar
    Apellidos | lastName | Ortega | Serrano
    Email | email | manuel@example.es | pilar@example.es
    Teléfono | phone | 953123456 | 679001122
    Provincia | state | Jaén | Córdoba
  `),
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-contatos-wizard', kind: 'contact import wizard fixture (company, labels)', lang: 'pt', defaultCountry: 'BR', source: 'index:62558170198 (a CRM\'s import test)' }, `
    Nome | firstName | Maria | João
    Sobrenome | lastName | Silva | Souza
    E-mail | email | maria@exemplo.com | joao@exemplo.com
    Telefone | phone | (11) 98888-7777 | +55 11 97777-6666
    Empresa | companyName | Acme | Beta
    Etiquetas | tags | vip;quente |
  `),
  set({ id: 'pt-sympla-participantes', kind: 'Sympla participant export (ticket, order, payment state)', lang: 'pt', defaultCountry: 'BR', source: 'index:59498942917 (an event check-in app\'s upload test)' }, `
    Ordem de inscrição | - | 1 | 2
    Nº ingresso | - | ABC1-23 | ABC1-24
    Nome | firstName | William | Carla
    Sobrenome | lastName | Marques | Dias
    Tipo de ingresso | - | Lote 1 | Lote 1
    Valor | - | R$ 0,00 | R$ 50,00
    Data compra | - | 2025-03-13 20:25:38 | 2025-03-14 09:02:11
    Nº pedido | - | 4F2K9 | 4F2L1
    Email | email | william@example.com | carla@example.com
    Estado de pagamento | - | Aprovado | Pendente
    Check-in | - | Não | Sim
    Data Check-in (*) | - | | 2025-03-20 19:01:00
    Cupom de Desconto | - | gratis |
    Identificador de Parceiro | - | |
    Método de pagamento | - | gratis | pix
  `),
  set({ id: 'pt-agenda-relacionamento', kind: 'address book export (number, relationship, birthday, social network)', lang: 'pt', defaultCountry: 'BR', source: 'index:48714412075 (an address book exporter, Java)' }, `
    Nome | firstName | Bruno | Larissa
    Sobrenome | lastName | Costa | Mendes
    Numero | phone | (21) 99876-5432 | (31) 3222-1100
    Relacionamento | - | Amigo | Trabalho
    Endereço | address1 | Rua das Flores, 12 | Av. Afonso Pena, 1500
    Aniversario | dateOfBirth | 12/04/1992 | 30/11/1988
    RedeSocial | - | @brunocosta | @lari.mendes
  `),
  set({ id: 'pt-pessoas-nascimento', kind: 'person list (date of birth before the phone)', lang: 'pt', defaultCountry: 'BR', source: 'index:42793089096 (a person file writer, C#)' }, `
    Nome | firstName | Rafael | Beatriz
    Sobrenome | lastName | Almeida | Rocha
    Data de Nascimento | dateOfBirth | 05/07/1995 | 22/01/2001
    Telefone | phone | (41) 99123-4567 | (41) 3333-2222
    Email | email | rafael@example.com.br | bia@example.com.br
  `),
  set({ id: 'pt-leads-stand', kind: 'lead export from a trade-show stand (origin, consent)', lang: 'pt', defaultCountry: 'BR', source: 'index:59413585451 (a lead capture app\'s export)' }, `
    nome | name | Felipe Araújo | Juliana Lima
    telefone | phone | 11987654321 | 21976543210
    email | email | felipe@example.com | juliana@example.com
    origem | source | stand | site
    codigo | - | A12 | B07
    codigoStand | - | ST-3 | ST-3
    consentimento | - | sim | não
    data | - | 2026-05-10T14:00:00.000Z | 2026-05-10T15:20:00.000Z
  `),
  set({ id: 'pt-contatos-cidade', kind: 'contact import sample (full name, city)', lang: 'pt', defaultCountry: 'BR', source: 'index:71449101446 (a contact import helper\'s sample CSV)' }, `
    Nome | name | João Victor Fuchs | Ademar Fiorini
    Telefone | phone | (54) 98110-8228 | (54) 99123-4567
    Email | email | joao@example.com.br | fiorini@example.com.br
    Cidade | city | Erechim | Passo Fundo
  `),
  set({ id: 'pt-telegram-membros', kind: 'Telegram group member export (user id, admin and owner flags)', lang: 'pt', defaultCountry: 'BR', source: 'index:69749806973 (a messaging export tool\'s changelog, frozen CSV schema)' }, `
    TELEGRAM_ID | externalId | 123456789 | 987654321
    NOME | firstName | Lucas | Ana
    SOBRENOME | lastName | Pereira |
    USERNAME | - | lucasp | ana_r
    NUMERO | phone | 5511987654321 |
    ADMIN | - | true | false
    OWNER | - | false | false
  `),
  // ------------------------------------------------------------------------------------------------ Italian
  set({ id: 'it-rubrica-tre-telefoni', kind: 'address book export (three phones, three emails)', lang: 'it', defaultCountry: 'IT', source: 'index:12076837956 (an address book exporter, Java)' }, `
    NOME | firstName | Giulia | Marco
    COGNOME | lastName | Ferri | Conti
    TELEFONO1 | phone | 3471234567 | 0612345678
    TELEFONO2 | additionalPhones | 0298765432 |
    TELEFONO3 | additionalPhones | |
    EMAIL1 | email | giulia@example.it | marco@example.it
    EMAIL2 | additionalEmails | g.ferri@lavoro.example |
    EMAIL3 | additionalEmails | |
  `),
  set({ id: 'it-registrazioni-ticino', kind: 'registration form log (house number, NAP, sex, hobby)', lang: 'it', defaultCountry: 'CH', source: 'index:6192945171 (a registration form handler, PHP)' }, `
    DataEOra | - | 2024-05-02 14:11:09 | 2024-05-03 08:40:51
    Nome | firstName | Chiara | Luca
    Cognome | lastName | Bernasconi | Rossi
    Datadinascita | dateOfBirth | 1998-03-21 | 2001-11-02
    Indirizzo | address1 | Via Nassa | Via Cantonale
    Civico | - | 5 | 18
    Citta | city | Lugano | Bellinzona
    Nap | postalCode | 6900 | 6500
    Numero | phone | 091 234 56 78 | 079 123 45 67
    Email | email | chiara@example.ch | luca@example.ch
    Sesso | - | F | M
    Hobby | - | Lettura | Calcio
    Professione | - | Architetta | Studente
  `),
  set({ id: 'it-atleti-cintura', kind: 'martial arts athlete import (belt, sign-up date)', lang: 'it', defaultCountry: 'IT', source: 'index:68651644896 (an academy app\'s import test)' }, `
    Nome | firstName | Marco | Sara
    Cognome | lastName | Rossi | Gallo
    Cintura | - | bianca | blu
    Telefono | phone | 06 1234567 | 347 765 4321
    Data iscrizione | - | 01/09/2024 | 15/09/2024
  `),
  set({ id: 'it-associazione-tessere', kind: 'association member import (card number, member type)', lang: 'it', defaultCountry: 'IT', source: 'index:70880267961 (a membership plugin\'s test suite)' }, `
    Tessera | externalId | 3 | 50
    Tipo | - | ordinario | volontario
    Nome | firstName | Omar | Nuova
    Cognome | lastName | Ordini | Persona
    Email | email | omar@example.com | nuova@example.com
  `),
  // ------------------------------------------------------------------------------------------------ vendor exports
  set({ id: 'shopify-customers-nl', kind: 'Shopify customers export (Default Address columns, no company)', lang: 'en', defaultCountry: 'NL', source: 'index:71327659351 (a Shopify CSV importer test, Laravel)' }, `
    Customer ID | externalId | '123 | '124
    First Name | firstName | Anna | Geen
    Last Name | lastName | Jansen | Email
    Email | email | Anna@Example.com |
    Accepts Email Marketing | - | yes | no
    Default Address Address1 | address1 | Dorpsstraat 1 |
    Default Address City | city | Utrecht |
    Default Address Country Code | country | NL |
    Default Address Zip | postalCode | '1234AB |
    Phone | phone | '+31612345678 |
    Tags | tags | vip, horeca |
  `),
  set({ id: 'shopify-customers-metafields', kind: 'Shopify customers export (metafield columns)', lang: 'mixed', defaultCountry: 'CO', source: 'index:70334433202 (a Shopify customers CSV parser test)' }, `
    Customer ID | externalId | '111 | 1
    First Name | firstName | Ana | Sal
    Last Name | lastName | Pérez | Ón
    Email | email | ANA@Correo.example | salon@example.co
    Accepts Email Marketing | - | yes | no
    Default Address Company | companyName | | Salón Bella SAS
    Default Address Address1 | address1 | Calle 1 # 2-3 |
    Default Address Address2 | - | Apto 4 |
    Default Address City | city | Bogotá | Medellín
    Default Address Province Code | state | DC | ANT
    Default Address Country Code | country | CO | CO
    Default Address Zip | postalCode | 110111 |
    Default Address Phone | additionalPhones | '+573001112233 |
    Phone | phone | | '+573000000000
    Accepts SMS Marketing | - | no | yes
    Total Spent | - | 150000.00 | 0.00
    Total Orders | - | 3 | 0
    Note | - | |
    Tax Exempt | - | no | no
    Tags | tags | newsletter, gw_form |
    Accepts WhatsApp Marketing | - | no | no
    Fecha de nacimiento (customer.metafields.facts.birth_date) | dateOfBirth | '1990-05-02 |
    GW Referral link (customer.metafields.growave.referral_link) | - | https://shop.example.co/r/ana | https://shop.example.co/r/sal
  `),
  set({ id: 'mailchimp-audience-full', kind: 'Mailchimp audience export (rating, opt-in IP, coordinates)', lang: 'en', defaultCountry: 'MX', source: 'index:39215757838 (a migration guide\'s Mailchimp export sample)' }, `
    Email Address | email | juan@example.com | ana@example.com
    First Name | firstName | Juan | Ana
    Last Name | lastName | Pérez | Ruiz
    Address | address1 | | Av. Reforma 222
    Phone Number | phone | | 55 1234 5678
    Member Rating | - | 4 | 2
    Optin Time | - | 2024-01-15 10:30:00 | 2024-02-01 08:00:00
    Optin IP | - | 192.168.1.1 | 10.0.0.7
    Confirm Status | - | subscribed | subscribed
    Latitude | - | 19.4326 | 20.6597
    Longitude | - | -99.1332 | -103.3496
    Tags | tags | customer, vip | newsletter
    MEMBER_RATING | - | 4 | 2
    OPTIN_TIME | - | 2024-01-15 10:30:00 | 2024-02-01 08:00:00
    CONFIRM_STATUS | - | subscribed | subscribed
  `),
  set({ id: 'mailchimp-staff-export', kind: 'Mailchimp-compatible export (tags, birthday)', lang: 'en', defaultCountry: 'FR', source: 'index:61386374577 (a staff app\'s Mailchimp export, Rust)' }, `
    Email Address | email | lucie@example.fr | omar@example.fr
    First Name | firstName | Lucie | Omar
    Last Name | lastName | Blanc | Benali
    Address | address1 | 3 rue Vieille | 
    Phone | phone | 06 11 22 33 44 |
    Tags | tags | Atelier bois, Atelier métal | Atelier bois
    Birthday | dateOfBirth | 04/12 | 11/30
  `),
  set({ id: 'mailchimp-company-birthday', kind: 'Mailchimp import test (company after birthday)', lang: 'en', source: 'index:39749545069 (a Mailchimp CSV parsing test)' }, `
    Email Address | email | mike@example.com | andy@example.com
    First Name | firstName | Mike | Andy
    Last Name | lastName | Knobel | Shirk
    Address | address1 | |
    Phone Number | phone | 713-817-5649 | 13095334000
    Birthday | dateOfBirth | |
    Company | companyName | | Bloom Growth
  `),
  set({ id: 'kit-convertkit-subscribers', kind: 'Kit (ConvertKit) subscriber export ("State" as subscription state)', lang: 'en', source: 'index:66025848641 (a skill\'s documented Kit export sample)' }, `
    Subscriber ID | externalId | 12345 | 12346
    First Name | firstName | Sarah | Tom
    Last Name | lastName | Chen | Reed
    Email Address | email | sarah@acme.example | tom@example.com
    State | - | active | cancelled
    Created At | - | 2026-01-15 | 2026-02-03
    Source | source | landing_page | import
    Tags | tags | founder|saas | newsletter
    Last Subscribed Through | - | Lead Magnet: Marketing Stack | Homepage form
  `),
  set({ id: 'wild-apricot-members', kind: 'Wild Apricot member export fixture (contact id and member id)', lang: 'en', source: 'index:38819969802 (a membership migration\'s test fixtures)' }, `
    Contact ID | contactId | WA001 | WA002
    Member ID | externalId | M001 | M002
    First name | firstName | Alice | Bob
    Last name | lastName | Anderson | Baker
    Email | email | alice@example.com | bob@example.com
    Phone | phone | 805-555-0101 | 805-555-0102
    Member since | - | 01/15/2024 | 06/01/2023
    Membership level | - | Newcomer | 2nd Year
  `),
  set({ id: 'gym-members-export', kind: 'gym member export (plan, dates, balance)', lang: 'en', defaultCountry: 'IN', source: 'index:69731312729 (a gym admin\'s member export)' }, `
    Member ID | externalId | GYM-0012 | GYM-0013
    First Name | firstName | Rohan | Sneha
    Last Name | lastName | Mehta | Kulkarni
    Phone | phone | 9820012345 | 9930098765
    Email | email | rohan@example.in | sneha@example.in
    Status | - | active | expired
    Plan | - | Quarterly | Monthly
    Start Date | - | 2026-01-01 | 2025-11-10
    End Date | - | 2026-03-31 | 2025-12-09
    Total Paid | - | 4500 | 1500
    Balance Due | - | 0 | 500
  `),
  set({ id: 'pharmacy-program-patients', kind: 'patient program flat file (data source, card number, consent, mobile)', lang: 'en', source: 'index:25625288775 (a patient flat-file loader\'s model)' }, `
    Program Identifier | - | 50777445 | 50777445
    Data Source | source | WEB 3RD PARTY | CALL CENTER
    Card Number | - | 342121211 | 342121212
    Member ID | externalId | 43233 | 43234
    First Name | firstName | Load | Maria
    Last Name | lastName | Test | Lopez
    Date of Birth | dateOfBirth | 4/29/00 | 11/02/71
    Address 1 | address1 | 3100 S Ashley Drive | 77 Mill Rd
    Address 2 | - | | Unit 2
    City | city | Chandler | Mesa
    State | state | AZ | AZ
    Zip code | postalCode | 85286 | 85201
    Telephone number | phone | | (480) 555-0134
    Email Address | email | test0@example.com | maria@example.com
    CONSENT | - | Y | N
    Mobile Phone | additionalPhones | 6025550191 | 4805550172
  `),
  set({ id: 'woocommerce-orders-shipping-only', kind: 'WooCommerce orders CSV (billing contact, shipping address only)', lang: 'en', defaultCountry: 'AU', source: 'index:52656404444 (a WooCommerce CSV parser test)' }, `
    order_id | - | 12345 | 12346
    order_date | - | 2024-01-15 | 2024-01-16
    status | - | processing | completed
    billing_first_name | firstName | Jane | Sam
    billing_last_name | lastName | Smith | Lee
    billing_email | email | jane@example.com | sam@example.com
    billing_phone | phone | 0400000000 | 0412345678
    shipping_address_1 | - | 1 Main St | 22 King St
    shipping_city | - | Sydney | Newtown
    shipping_state | - | NSW | NSW
    shipping_postcode | - | 2000 | 2042
    shipping_country | - | AU | AU
    order_total | - | 99.99 | 45.00
    order_currency | - | AUD | AUD
  `),
  set({ id: 'woocommerce-orders-billing-shipping', kind: 'WooCommerce orders export (billing and shipping groups)', lang: 'en', source: 'index:15393368575 (a WooCommerce order converter\'s README)' }, `
    order_id | - | 5012 | 5013
    order_date | - | 2023-11-02 10:14:00 | 2023-11-02 11:40:00
    billing_first_name | firstName | Kevin | Laura
    billing_last_name | lastName | Price | Hill
    billing_email | email | kevin@example.com | laura@example.com
    billing_phone | phone | (312) 555-0144 | 773-555-0190
    billing_address_1 | address1 | 500 W Madison St | 18 Oak Park Ave
    billing_address_2 | - | Suite 210 |
    billing_city | city | Chicago | Oak Park
    billing_state | state | IL | IL
    billing_postcode | postalCode | 60661 | 60302
    billing_country | country | US | US
    shipping_first_name | - | Kevin | Laura
    shipping_last_name | - | Price | Hill
    shipping_address_1 | - | 500 W Madison St | 9 Lake St
    shipping_address_2 | - | Suite 210 |
    shipping_city | - | Chicago | Evanston
    shipping_state | - | IL | IL
    shipping_postcode | - | 60661 | 60201
    shipping_country | - | US | US
    order_total | - | 129.00 | 42.50
    payment_method | - | stripe | paypal
    order_status | - | completed | processing
  `),
  set({ id: 'woocommerce-orders-sql', kind: 'WooCommerce orders pulled by SQL (customer id, IP address)', lang: 'en', defaultCountry: 'CN', source: 'index:20983359161 (a WooCommerce order export shell script)' }, `
    order_id | - | 881 | 882
    date_created_gmt | - | 2025-02-01 03:12:44 | 2025-02-01 05:40:10
    date_updated_gmt | - | 2025-02-01 03:15:02 | 2025-02-02 01:00:00
    total_sales | - | 39.90 | 120.00
    shipping_total | - | 5.00 | 0.00
    net_total | - | 34.90 | 120.00
    total_amount | - | 39.90 | 120.00
    status | - | wc-completed | wc-processing
    customer_id | externalId | 17 | 0
    currency | - | USD | USD
    payment_method | - | stripe | paypal
    payment_method_title | - | Credit card | PayPal
    billing_first_name | firstName | Wei | Li
    billing_last_name | lastName | Zhang | Na
    billing_email | email | wei@example.com | lina@example.com
    billing_phone | phone | +86 138 0013 8000 | 13912345678
    billing_country | country | CN | CN
    ip_address | - | 203.0.113.24 | 198.51.100.7
  `),
];
