// (One set written for this half was dropped when the parts were merged: part 30 had found the same file.)
// The thirty-first held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Italian,
// Dutch, English and mixed-language files; the other half, corpus-heldout31a.ts, holds the other languages): 50 header
// sets (543 columns, 241 of them expected to map; 12 Spanish, 12 Italian, 9 Dutch, 12 English, 5 mixed; 2 files
// without a header row (an inspection archive, a patient file), 2 with lines above it (a "sep=;" line; an audit
// title, its figures and a blank line); 4 sets of 20 to 26 columns, 2 of 18) from sources
// none of the other parts use, found in the public code index with exact-string searches for everyday header lines in
// these languages (import templates and their tests, admin exports of shops, marketplaces, ticketing and booking apps,
// member, pupil, choir, club and gym lists, database seeds and tables, form handlers and model bindings, files a
// program writes without a header line) and written down, with the mapping a careful person would choose by the field
// definitions and the rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper.
// "index:N" names the index file the header text was read from (the index does not name its repository); the kind
// says what the file is. Sample values are made up in the shape of each file's own (no personal data or example rows
// from the sources are copied). A trailing empty column (a header line ending in the separator) is written as "".
// Byte-order marks and leading spaces of a header cell cannot be written in the table and are left out (a set's
// comment says where). Wide files are kept whole (none is wider than 26 columns). No set's headers repeat an older
// part's (each was compared lower-cased).
//
// The choices are the fourth held-out part's (corpus-heldout4.ts), which every part follows:
// - Primary before alternate: an untyped phone is the main phone, a mobile next to it an additional phone; with
//   typed phones only, the mobile is the main phone; numbered phones and emails: the first is the main one, the
//   others additional.
// - Whose column: billing columns only when the file has nothing of the contact's own; shipping never; a parent's,
//   a relative's, an emergency contact's, an assistant's, a manager's, an account's or a deal's never; a company's
//   domain, industry or size never; an alternate address group never over the primary one.
// - Another system's id of this person (customer, member, subscriber, user, employee id) is the External ID; a
//   column named "Contact ID" in a CRM's export is the Contact ID; order, ticket, attendee and row numbers are not
//   imported. An owner or assigned user is the Contact owner.
// - Status columns, booleans (opt-outs, consent, active), IP addresses, links that are not the person's site,
//   free-form locations, job titles, departments, salutations, genders, house numbers on their own, second address
//   lines, national ids and bank details, notes and descriptions are not imported.
// - Source columns ("Lead Source", "Origem", "Quelle") are the Source; tags, labels, categories and groups are Tags.
// Added after the ninth part, where the parts' writers had chosen differently (later parts follow these):
// - A bare "ID" column of a contact list is the External ID. A customer's account number is the External ID too; a
//   bank account number never.
// - "How did you hear about us?" is the Source; the same question about an event or a course is not imported.
// The tenth part's recurring choices, kept here:
// - A full-name column next to first and last name columns is the Name as well.
// - A school class, a grade, a year group or a cohort is not imported; a column that names a group the person belongs
//   to (a team, a club, a group membership) is Tags. A role is not imported (like a job title).
// - Of two ids of the person, the first is the External ID and the other is not imported.
// - In a school or club list the pupil or member is the contact: parents' columns are not imported; in a list of
//   parents the parent is the contact.
// Older second halves' recurring choices, kept here:
// - Tax and identity numbers (CPF, CNPJ, RUT, DNI, cédula, CUIT, codice fiscale, partita IVA, social security number),
//   passwords and PINs are not imported.
// - Spanish-style second surnames are not imported: the first surname is the Last name.
// - When the rows are companies, the company's (legal) name is the Company name and a contact-person column is the
//   Name; a trade name beside a legal name is not imported.
// - A neighbourhood (bairro, colonia) is not imported; a login or a code the person is filed under in another program
//   is the External ID, like a user id.
// - A registration list's own row id is not imported, like attendee numbers.
// - Where a town and the area above it are given, the town is the City and the first-level area (province, UF,
//   provincia) the State.
// Where these are silent, a set says in a comment what was chosen and why. The sixteenth part's second half made these
// choices more than once, kept here:
// - An employer named in a staff or trainee list ("Empresa", "Azienda", "Structure", "Établissement" of a teacher) is
//   the person's company; the college of a student is not an employer and is not imported.
// - A landing page, an "origem" or an "Origine" a lead came through is the Source; a sub-origin beside it is not
//   imported.
// - What a charge, a booking, a form or a course is about (amounts, due dates, seats, courses, tracks, shifts,
//   skills) is not a contact field.
// The seventeenth part's second half made these choices more than once, kept here:
// - A kind of membership ("Tipo Socio", "Tipo": ordinario, honorario, juvenil) is a category the member is filed under:
//   Tags. A member's plan or fee level beside a kind code is not imported.
// - The therapist or physiotherapist assigned to a patient is the user in charge of the contact: the Contact owner.
// - The sports club or school house a person is registered with is a group the person belongs to: Tags.
// - A booking's or an order's own code, dates, covers and amounts are not contact fields.
// The eighteenth part's second half made these choices more than once, kept here:
// - The school, college or university a student or applicant attends is not an employer and is not imported; the
//   employer a mentor, a teacher or a candidate names is the person's company.
// - A group the person comes with or is registered with (a youth group, a parish, a scout group) is Tags; the
//   group's own address, phone, codes and e-mail are not imported.
// The fifteenth part's first half, for Dutch files, kept here:
// - A Dutch "tussenvoegsel" (van, de, van der) in a column of its own is not imported (the last name column is still
//   the Last name); initials ("Voorletters") alone are the First name, the only given-name column the file has.
// Choices this half makes more than once:
// - In an order, ticket or booking export the buyer or the guest is the contact (name, e-mail, phone); the order's or
//   booking's own id, items, dates, amounts, payment and shipping columns are not imported. Where a ticket export
//   also lists each ticket's holder, the holder is the attendee and the contact, and the buyer's columns are like
//   billing columns: not imported.
// - A single address column that holds the whole address (street, number, town) is the Address line 1.
// - The id column of a table of people or clients (a customer, user, employee or pupil id or code) is the External
//   ID; the id of a booking, a sale, an order or a log row is not imported.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout31' }, table);
/** A header the table format cannot hold (a line starting with "#" is a comment there), put back after parsing. */
const withHeader = (s: CorpusSet, column: number, header: string): CorpusSet => ({ ...s, headers: s.headers.map((h, i) => (i === column ? header : h)) });

export const HELDOUT31B: CorpusSet[] = [
  // ------------------------------------------------------------------------------------------------------------ Spanish
  set({ id: 'es-partner-workshops-email-log-export-phones', kind: 'partner workshop list of a car-parts network, e-mail log export to Excel (semicolon)', lang: 'es', source: 'index:33119291200 (a Symfony controller\'s createExcelTicket, PHP)', defaultCountry: 'ES' }, `
    # The rows are workshops: the workshop's name is the Company name and the contact person the Name. The partner
    # code is the External ID, the workshop code a second id (not imported). Typed phones only: the first mobile is
    # the main phone, the others additional. "error" is the log's message; the header line ends in the separator.
    id | - | 1201 | 1202 | 1207
    Código Socio | externalId | S-0412 | S-0413 | S-0588
    Código Taller | - | T-10233 | T-10240 | T-11802
    Taller | companyName | Talleres Hermanos Ruiz | Autoelectricidad Norte | Mecánica Rápida Vallecas
    Contacto | name | José Ruiz | Begoña Arrieta | Luis Peña
    Fijo 1 | additionalPhones | 913456789 | 944123456 | 917778899
    Fijo 2 | additionalPhones | "" | 944123457 | ""
    Movil 1 | phone | 655443322 | 688112233 | 611223344
    Movil 2 | additionalPhones | "" | "" | 622334455
    Población | city | Getafe | Bilbao | Madrid
    Provincia | state | Madrid | Vizcaya | Madrid
    Dirección | address1 | C/ Leganés 44 | Polígono Artunduaga, nave 7 | Av. de la Albufera 210
    error | - | "" | Email no válido | ""
    "" | - | "" | "" | ""
  `),
  set({ id: 'es-bike-shop-clients-import-example-nif', kind: 'client file of an old shop program, example CSV in a bike shop app\'s importer test', lang: 'es', source: 'index:70884166056 (a bike shop app\'s legacy import tests, made-up example CSV, JavaScript)', defaultCountry: 'ES' }, `
    # The client code of the old program is the External ID; "Nombre" holds the whole name: the Name.
    Cód | externalId | 17 | 18 | 25
    Nombre | name | Jordi Puig Serra | Núria Vila | Club Ciclista Montseny
    Dirección | address1 | Carrer de Mallorca 120 | Passeig de Gràcia 8, 2n | Carrer Major 3
    C.Postal | postalCode | 08036 | 08007 | 08460
    Población | city | Barcelona | Barcelona | Santa Maria de Palautordera
    Provincia | state | Barcelona | Barcelona | Barcelona
    Teléfono | phone | 933214567 | 616554433 | 938671122
    NIF | - | 38123456L | 47987654T | G08123456
  `),
  set({ id: 'es-coach-company-drivers-csv-26', kind: 'driver list CSV of a coach company, its fields in a database seed\'s comment', lang: 'es', source: 'index:43158395132 (a bus operations app\'s SQL seed, "Campos CSV" of the drivers)', defaultCountry: 'ES' }, `
    # The rows are employees (drivers): the driver code is the External ID and "Nombre" holds the whole name. The
    # alias, the identity and licence dates, the employment dates, the state and the social security number are not
    # contact fields.
    Código | externalId | 101 | 102 | 115
    NIF | - | 12345678Z | 87654321X | 11223344B
    Caducidad DNI | - | 30/11/2028 | 26/05/2027 | 17/01/2029
    Tipo | - | Conductor | Conductor | Conductor eventual
    Nombre | name | RAFAEL GÓMEZ PRIETO | JULIÁN CASADO LEÓN | SUSANA MARÍN ORTIZ
    Alias | - | RAFA | JULI | SUSI
    Domicilio | address1 | C/ San Roque 14 | Av. Extremadura 3, 1ºA | C/ Huertas 27
    Población | city | Mérida | Badajoz | Almendralejo
    Provincia | state | Badajoz | Badajoz | Badajoz
    Cod.Postal | postalCode | 06800 | 06001 | 06200
    Pais | country | España | España | España
    Teléfono | phone | 627112233 | 607445566 | 633778899
    E-mail | email | rgomez@autocares.example | jcasado@autocares.example | smarin@autocares.example
    Fecha de Nacimiento | dateOfBirth | 14/03/1973 | 02/07/1980 | 21/11/1991
    Clase de permiso | - | D | D+E | D
    Fecha caducidad permiso | - | 30/11/2028 | 26/05/2027 | 17/01/2029
    Alta Empresa | - | 13/02/2023 | 01/06/2019 | 10/10/2025
    Fecha baja empresa | - | "" | "" | ""
    Estado | - | Activo | Activo | Activo
    Fecha revisión médica | - | 12/01/2025 | 03/03/2025 | 20/09/2025
    Núm. Seguridad Social | - | 06-1002643127 | 06-0058083971 | 06-1018440181
    Fecha fin contrato | - | "" | "" | 31/12/2025
    Fecha fin pruebas | - | "" | "" | 10/01/2026
    Fecha fin CAP | - | 15/06/2027 | 09/09/2026 | 01/02/2030
    Fecha descarga tacógrafo | - | 01/03/2025 | 28/02/2025 | 05/03/2025
    Fecha caducidad tacógrafo | - | 30/06/2029 | 14/08/2028 | 10/10/2030
  `),
  set({ id: 'es-energy-sales-export-sep-line-18', kind: 'energy-contract sales export of a sales-agent CRM ("sep=;" line above the header)', lang: 'es', source: 'index:59757937405 (a sales CRM worker\'s sales CSV export, JavaScript)', defaultCountry: 'ES', above: [['sep=;']] }, `
    # The file starts with a byte-order mark (left out). Each row is a sale: the client's name, phones, e-mail and
    # address are imported; typed phones only, so the mobile is the main phone. The sales agent is the Contact
    # owner; the energy company and product of the contract are not the client's employer.
    ID | - | 3301 | 3302 | 3310
    Cliente | name | Francisco Javier Sanz | Rosa María León | Ainhoa Urrutia
    DNI | - | 12345678Z | 23456789D | 34567890V
    Móvil | phone | 612345678 | 699001122 | 655778899
    Teléfono fijo | additionalPhones | 912345678 | "" | 943112233
    Email | email | fjsanz@correo.example | rosam.leon@correo.example | ainhoa.urrutia@correo.example
    IBAN | - | ES9121000418450200051332 | ES7921000813610123456789 | ES1000492352082414205416
    Dirección | address1 | C/ Alcalá 200, 4ºC | Av. Constitución 15 | C/ Mayor 2
    Código postal | postalCode | 28028 | 41001 | 20003
    Población | city | Madrid | Sevilla | Donostia
    Provincia | state | Madrid | Sevilla | Gipuzkoa
    CUPS luz | - | ES0021000001234567AB | ES0031406712345678CD | ""
    CUPS gas | - | "" | ES0230000000123456EF | ES0217901000876543GH
    Compañía | - | Iberdrola | Endesa | Naturgy
    Producto | - | Plan Estable | One Luz + Gas | Tarifa Por Uso
    Estado | - | Firmada | Pendiente | Activada
    Comercial | owner | Marta Gil | Sergio Romero | Marta Gil
    Creada | - | 2025-03-04 10:12:33 | 2025-03-05 17:40:02 | 2025-03-07 09:05:48
  `),
  set({ id: 'es-invoicing-plugin-clients-import-nif', kind: 'client CSV of an old invoicing program, column comment in an import plugin', lang: 'es', source: 'index:29174502931 (an invoicing software\'s import plugin controller, PHP)', defaultCountry: 'ES' }, `
    Cód. | externalId | 430001 | 430002 | 430015
    Nombre | name | Distribuciones Ortega S.L. | Manuel Prieto Díaz | Farmacia Central
    Dirección | address1 | Pol. Ind. El Oliveral, C/ A 4 | C/ Colón 22 | Plaza de España 1
    C.P. | postalCode | 46394 | 46004 | 46940
    Población | city | Ribarroja del Turia | Valencia | Manises
    Provincia | state | Valencia | Valencia | Valencia
    Teléfono | phone | 961667788 | 963521144 | 961540033
    N.I.F. | - | B96123456 | 22554433K | E46998877
  `),
  set({ id: 'es-staff-export-surname-and-name-salary', kind: 'staff list export of a company desktop app (Argentina)', lang: 'es', source: 'index:55951733975 (a WinForms staff form\'s CSV export, C#)', defaultCountry: 'AR' }, `
    # "Apellido y Nombre" holds the whole name: the Name. Position, pay category, year of entry, sector, activity and
    # salary are not contact fields.
    Apellido y Nombre | name | Gómez, Martín | Ledesma, Carolina | Paz, Ricardo
    Domicilio | address1 | San Martín 1450 | Belgrano 320, 2º B | Av. Colón 88
    Localidad | city | Rosario | Córdoba | Mendoza
    Provincia | state | Santa Fe | Córdoba | Mendoza
    Código Postal | postalCode | S2000 | X5000 | M5500
    Puesto | - | Operario | Administrativa | Supervisor
    Categoría | - | Oficial | Administrativo A | Encargado
    Año Ingreso | - | 2015 | 2020 | 2011
    Sector Asignado | - | Producción | Administración | Depósito
    Actividad | - | Metalúrgica | Comercio | Logística
    Sueldo Nominal | - | 850000 | 920000 | 1100000
  `),
  set({ id: 'es-usability-test-participants-table', kind: 'usability test participant table of a PHP survey site', lang: 'es', source: 'index:23985799149 (a PHP class inserting into PruebasUsabilidad)', defaultCountry: 'ES' }, `
    # A usability test's results (level, time, result, comments, proposals, rating) are not contact fields.
    nombre | firstName | Adrián | Beatriz | Gonzalo
    apellidos | lastName | Márquez Soler | Rivas | Peña Olmo
    email | email | adrian.marquez@correo.example | beatriz.rivas@correo.example | gonzalo.pena@correo.example
    telefono | phone | 634556677 | 678990011 | 645223344
    edad | - | 24 | 37 | 52
    sexo | - | Hombre | Mujer | Hombre
    nivel | - | Básico | Avanzado | Medio
    tiempo | - | 312 | 145 | 260
    resultado | - | Completado | Completado | Abandonado
    comentarios | - | El menú es confuso | Todo claro | No encontré el carrito
    propuestas | - | Buscador más visible | "" | Botón de compra mayor
    valoracion | - | 3 | 5 | 2
  `),
  set({ id: 'es-employees-csv-two-surnames-affiliation', kind: 'employee CSV written by a company data exercise (departments and employees)', lang: 'es', source: 'index:1334411361 (a Java program writing empleados.csv)', defaultCountry: 'ES' }, `
    # The employee id is the External ID; the second surname is not imported. The bank account, the social security
    # number and the department are not contact fields.
    ID | externalId | 1 | 2 | 3
    nif | - | 12345678Z | 87654321X | 45678912M
    Nombre | firstName | Laura | Diego | Carmen
    Apellido1 | lastName | Ortiz | Navas | Benítez
    Apellido2 | - | Pardo | Gil | Arroyo
    cuenta | - | ES7620770024003102575766 | ES9000246912501234567891 | ES4021000418401234567891
    N__de_afiliacion_a_la_Seguridad_Social | - | 281234567840 | 281987654321 | 411122334455
    email | email | laura.ortiz@empresa.example | diego.navas@empresa.example | carmen.benitez@empresa.example
    departamento | - | Contabilidad | Ventas | Informática
  `),
  set({ id: 'es-vocational-students-import-degree-year', kind: 'student import CSV of a vocational school app (Excel in Spanish, semicolons), its controller test', lang: 'es', source: 'index:60516977574 (a Spring app\'s student import controller test, Java)', defaultCountry: 'ES' }, `
    # The degree (DAM, DAW, SMR) and the year are the course: not imported.
    nombre | firstName | Iván | Claudia | Héctor
    apellido1 | lastName | Cabello | Marín | Soto
    apellido2 | - | Ruiz | "" | Vera
    dni | - | 12345678Z | 23456789D | 34567890V
    correo | email | ivan.cabello@alumnos-ies.example | claudia.marin@alumnos-ies.example | hector.soto@alumnos-ies.example
    grado | - | DAM | DAW | SMR
    anio | - | 2026 | 2025 | 2026
  `),
  set({ id: 'es-genetics-patients-file-no-header', kind: 'patient file of a genetics program, saved one patient a line (no header line)', lang: 'es', source: 'index:9233979698 (a Java controller saving patients, "esquema: nHist;nombre;apellido1;...")', defaultCountry: 'ES', noHeader: true }, `
    # The history number is the patient's id in the program: the External ID. The second surname, sex, birth year and
    # DNA data are not imported.
    "" | externalId | 1001 | 1002 | 1007
    "" | firstName | Rosario | Emilio | Paula
    "" | lastName | Castro | Vidal | Herrera
    "" | - | Luna | Pons | ""
    "" | - | M | H | M
    "" | - | 1958 | 1972 | 1990
    "" | - | 2 | 1 | 3
    "" | - | ACGTTGCA,TTGACCGA | GGCATTAC | CATGCATG,AATTCCGG,GTACGTAC
  `),
  set({ id: 'es-payroll-employees-csv-seniority-group', kind: 'employee CSV of a payroll exercise (contribution groups, department)', lang: 'es', source: 'index:14969333194 (a Java payroll program writing the employees CSV)', defaultCountry: 'ES' }, `
    # The trailing "id" is the employee's id: the External ID. NIF, account, seniority, social security number,
    # professional and contribution groups and the department are not imported.
    NIF | - | 12345678-Z | 23456789-D | 34567890-V
    Nombre | firstName | Ana Belén | Marcos | Verónica
    Apellido1 | lastName | Carrasco | Fuentes | Ibarra
    Apellido2 | - | Nieto | Lago | ""
    Cuenta | - | ES1720852066623456789011 | ES6621000418401234567891 | ES9121000418450200051332
    Antiguedad | - | 01/03/2012 | 15/09/2018 | 07/01/2021
    NSS | - | 281234567840 | 331234567812 | 081234567855
    Grupo_profesional | - | Técnico | Administrativo | Directivo
    Grupo_Cotizacion | - | 2 | 5 | 1
    Email | email | ab.carrasco@nominas.example | marcos.fuentes@nominas.example | v.ibarra@nominas.example
    Departamento | - | Producción | Administración | Dirección
    id | externalId | 4 | 5 | 6
  `),
  set({ id: 'es-university-users-import-format-action', kind: 'user import CSV format of a university management app (Costa Rica)', lang: 'es', source: 'index:55823046116 (a Python backend\'s import_users_from_csv, format comment)', defaultCountry: 'CR' }, `
    # The national id (cédula), the user type and the action (alta, baja) are not imported; the second surname
    # neither.
    cedula | - | 112340567 | 205670891 | 303450678
    nombre | firstName | Fabiola | Andrés | Melissa
    apellido1 | lastName | Araya | Jiménez | Chaves
    apellido2 | - | Rojas | Mora | Solís
    correo | email | fabiola.araya@u.example | andres.jimenez@u.example | melissa.chaves@u.example
    telefono | phone | 8812-3344 | 7011-2233 | 6123-4455
    tipo_usuario | - | estudiante | profesor | estudiante
    accion | - | crear | actualizar | crear
  `),
  // ------------------------------------------------------------------------------------------------------------ Italian
  set({ id: 'it-contact-form-messages-table', kind: 'contact-form message table of a PHP site', lang: 'it', source: 'index:28206969713 (a PHP contact form saving into contatti)', defaultCountry: 'IT' }, `
    nome | firstName | Emanuele | Silvia | Carlo
    cognome | lastName | Piras | Fabbri | Orlando
    email | email | emanuele.piras@posta.example | silvia.fabbri@posta.example | carlo.orlando@posta.example
    telefono | phone | 3401234987 | 3386547890 | 0516543210
    messaggio | - | Vorrei un preventivo per il sito | Richiesta informazioni | Quando siete aperti?
    data | - | 2025-02-03 12:44:10 | 2025-02-05 09:12:55 | 2025-02-07 18:30:02
  `),
  set({ id: 'it-prepaid-membership-csv-sex-birthplace', kind: 'prepaid membership CSV of an association platform, offline rows without e-mail (its parser test)', lang: 'it', source: 'index:55670693598 (a membership platform\'s prepaid CSV parser tests, TypeScript)', defaultCountry: 'IT' }, `
    # Place and province of birth are not imported; the residence address, town and province are the address.
    Nome | firstName | Davide | Francesca | Tommaso
    Cognome | lastName | Ferraro | Longo | Cattaneo
    Sesso | - | M | F | M
    Data di nascita | dateOfBirth | 14/02/1993 | 30/08/1987 | 05/12/2000
    Luogo di Nascita | - | Palermo | Bologna | Como
    Provincia di nascita | - | pa | bo | co
    Indirizzo di residenza (via e numero civico) | address1 | Via Libertà 40 | Via Emilia 112 | Via Milano 7
    Città di residenza | city | Palermo | Imola | Cantù
    Provincia di residenza | state | pa | bo | co
  `),
  set({ id: 'it-administrator-clients-table-vat', kind: 'client table of a property administrator\'s desktop program', lang: 'it', source: 'index:42600999035 (a WinForms data layer inserting into TblClienti, C#)', defaultCountry: 'IT' }, `
    # The rows are clients (mostly companies and condominiums): the business name is the Company name. The untyped
    # phone is the main phone, the mobile an additional phone. VAT number and tax code are not imported.
    RagSocCli | companyName | Condominio Via Verdi 12 | Studio Tecnico Ferri | Bar Centrale snc
    Indirizzo | address1 | Via Verdi 12 | Corso Vittorio Emanuele 45 | Piazza Duomo 2
    Cap | postalCode | 20121 | 10121 | 37121
    Città | city | Milano | Torino | Verona
    Provincia | state | MI | TO | VR
    Tel1 | phone | 02 8765432 | 011 5432109 | 045 8001122
    Cell1 | additionalPhones | 347 1234567 | "" | 335 7654321
    PartitaIva | - | "" | 09876543210 | 01234567890
    CodFiscale | - | 97012345678 | FRRMRA70A01L219K | 01234567890
    Data | - | 2024-01-15 | 2023-06-30 | 2024-03-01
    Note | - | Amministrazione dal 2024 | "" | Pagamento a 30 gg
  `),
  set({ id: 'it-suppliers-table-short-name', kind: 'supplier table of a small business desktop program', lang: 'it', source: 'index:42534022796 (a WinForms data layer inserting into TblForitori, C#)', defaultCountry: 'IT' }, `
    # The short name a supplier is filed under is like a trade name beside the business name: not imported.
    RagSocForni | companyName | Idraulica Rossi srl | Ferramenta Gallo | Elettroforniture Sud spa
    Indirizzo | address1 | Via dell'Industria 8 | Via Roma 101 | Zona ASI lotto 14
    cap | postalCode | 40013 | 80142 | 81025
    Città | city | Castel Maggiore | Napoli | Marcianise
    Tel1 | phone | 051 712233 | 081 5544332 | 0823 456789
    Cell1 | additionalPhones | 338 1122334 | "" | 349 9988776
    PartitaIva | - | 02345678901 | 03456789012 | 04567890123
    CodFiscale | - | 02345678901 | GLLNTN65B12F839X | 04567890123
    Abbreviato | - | IDRROSSI | FERGALLO | ELSUD
  `),
  set({ id: 'it-pharma-crm-clients-export-agent-advisor', kind: 'client export of a pharmacy-network CRM (pharmacies with agent and advisor)', lang: 'it', source: 'index:12674383923 (a CodeIgniter controller\'s csv_export of clients by state, PHP)', defaultCountry: 'IT' }, `
    # The rows are pharmacies: the client code is the External ID and the name the Company name. The agent who
    # follows the client is the Contact owner; the advisor is a second person in charge (not imported).
    cod_cliente | externalId | 1042 | 1043 | 1107
    denominazione | companyName | Farmacia San Marco | Farmacia Comunale 3 | Farmacia Dr. Sala
    indirizzo | address1 | Via San Marco 14 | Viale Europa 220 | Piazza Garibaldi 5
    localita | city | Padova | Vicenza | Rovigo
    provincia | state | PD | VI | RO
    agente | owner | Bortolin | Zanetti | Bortolin
    advisor | - | Ferro | Ferro | Marchi
    stato | - | attivo | prospect | attivo
    flusso_lavoro | - | visita | primo contatto | rinnovo
  `),
  set({ id: 'it-places-export-bom-categories-place-id', kind: 'business places export of a lead-finding tool (its CSV test, byte-order mark)', lang: 'it', source: 'index:70634293262 (a places search tool\'s CSV export tests, TypeScript)', defaultCountry: 'IT' }, `
    # The file starts with a byte-order mark (left out). The rows are businesses: the name is the Company name; the
    # categories are Tags and the Google place id the External ID.
    Denominazione | companyName | Farmacia Aurelia | Panificio Bianchi | Ottica Moderna
    Indirizzo | address1 | Via Aurelia 312, Roma | Via Tuscolana 88, Roma | Piazza Bologna 4, Roma
    Categorie | tags | Farmacia | Panetteria | Ottico
    Telefono | phone | 06 6621234 | 06 7845123 | 06 4423311
    Sito web | website | farmaciaaurelia.example | "" | otticamoderna.example
    Place ID | externalId | ChIJa1b2c3d4E5 | ChIJf6g7h8i9J0 | ChIJk1l2m3n4O5
  `),
  set({ id: 'it-places-export-coordinates-maps-link', kind: 'business places export with coordinates and map links (its CSV test)', lang: 'it', source: 'index:70162243127 (a places search tool\'s CSV export tests with coordinates, TypeScript)', defaultCountry: 'IT' }, `
    # As the export without coordinates; latitude, longitude and the map link are not contact fields.
    Denominazione | companyName | Ferramenta Cola | Studio Dentistico Riva | Bar Pasticceria Eden
    Indirizzo | address1 | Via Casilina 501 | Via Nomentana 77 | Largo Argentina 12
    Latitudine | - | 41,87412 | 41,91820 | 41,89570
    Longitudine | - | 12,54101 | 12,51244 | 12,47690
    Categorie | tags | Ferramenta | Dentista | Bar;Pasticceria
    Telefono | phone | 06 2415566 | 06 8551234 | 06 6871122
    Sito web | website | "" | studioriva.example | edenpasticceria.example
    Place ID | externalId | ChIJp1q2r3s4T5 | ChIJu6v7w8x9Y0 | ChIJz1a2b3c4D5
    Link Google Maps | - | https://maps.google.com/?cid=101 | https://maps.google.com/?cid=102 | https://maps.google.com/?cid=103
  `),
  set({ id: 'it-parent-meetings-form-responses-teachers', kind: 'Google Forms responses for parent-teacher meetings, a booking tool\'s test fixture', lang: 'it', source: 'index:446634311 (a parent-teacher meeting tool\'s tests, CSV_1, Go)', defaultCountry: 'IT' }, `
    # The respondent is a pupil's family, filed under the pupil's name. "Indirizzo" is the school track (not an
    # address); class and section are not imported, nor the yes/no answers per teacher.
    Data invio | - | 2016-11-14 08:16:34 | 2016-11-14 08:27:17 | 2016-11-14 09:02:51
    Indirizzo IP | - | 79.45.10.22 | 87.15.200.31 | 93.40.12.7
    Cognome | lastName | Galli | Pace | Orsini
    Nome | firstName | Sofia | Edoardo | Gaia
    Classe | - | 2 | 4 | 1
    Sezione | - | C | A | B
    Indirizzo | - | Economico sociale | Scienze umane | Economico sociale
    AGOSTONI Elena | - | Sì | No | Sì
    ANTOCI Francesca | - | No | Sì | No
    BALSAMO Consiglia | - | No | No | Sì
    COSENZA Ernst | - | Sì | No | No
  `),
  set({ id: 'it-school-pupils-query-code-class', kind: 'pupil list of a school survey site (columns of its query, classic ASP)', lang: 'it', source: 'index:39419869561 (a classic ASP page selecting pupils of a class)', defaultCountry: 'IT' }, `
    # The pupil code in the school program is the External ID.
    CodiceAllievo | externalId | AL2031 | AL2032 | AL2040
    Cognome | lastName | Marchetti | Donati | Fiore
    Nome | firstName | Alice | Leonardo | Giada
    Classe | - | 3A | 3A | 3B
  `),
  set({ id: 'it-student-table-seed-section-sex', kind: 'student table seed of a school database exercise', lang: 'it', source: 'index:13176936006 (a SQL script creating and filling Studente)', defaultCountry: 'IT' }, `
    Cognome | lastName | Serra | Palumbo | Vitale
    Nome | firstName | Elena | Giacomo | Marta
    Classe | - | 1 | 2 | 3
    Sezione | - | A | B | A
    Sesso | - | f | m | f
  `),
  set({ id: 'it-museums-register-ticket-office-22', kind: 'register of museums and cultural sites downloaded to CSV (places with their contacts)', lang: 'it', source: 'index:14429055406 (a shell script writing musei.csv from a ministry database)', defaultCountry: 'IT' }, `
    # The rows are museums: the name is the Company name, with its address, site, e-mail and phone. "localita" is a
    # part of the town, "comune" the town (City), "provincia" the State; the region above it is not imported. The
    # ticket office's own phone, fax and e-mail are not the museum's main ones: not imported.
    denominazione | companyName | Museo Civico Archeologico | Pinacoteca Comunale | Museo della Carta
    indirizzo | address1 | Piazza della Cattedrale 2 | Via Garibaldi 18 | Località Cartiera 1
    localita | - | Centro storico | "" | Valle dei Mulini
    cap | postalCode | 06034 | 62100 | 84011
    comune | city | Foligno | Macerata | Amalfi
    provincia | state | PG | MC | SA
    regione | - | Umbria | Marche | Campania
    latitudine | - | 42,9560 | 43,2990 | 40,6340
    longitudine | - | 12,7030 | 13,4530 | 14,6030
    orario | - | 10-13 / 15-18 | 9-19 | 10-18
    chiusurasettimanale | - | lunedì | lunedì | ""
    accessibilita | - | Sì | Sì | No
    sitoweb | website | www.museifoligno.example | www.pinacotecamacerata.example | www.museodellacarta.example
    email | email | info@museifoligno.example | pinacoteca@comune-mc.example | info@museodellacarta.example
    telefono | phone | 0742 330584 | 0733 256361 | 089 8304561
    fax | - | 0742 330585 | "" | ""
    telefono-biglietteria | - | 0742 330586 | 0733 256362 | ""
    fax-biglietteria | - | "" | "" | ""
    email-biglietteria | - | biglietteria@museifoligno.example | "" | ""
    costo | - | 6 euro | 5 euro | 4 euro
    riduzioni | - | under 18, over 65 | studenti | gruppi
    orario-biglietteria | - | 10-12.30 / 15-17.30 | 9-18.30 | 10-17.30
  `),
  set({ id: 'it-vehicle-inspection-owners-no-header', kind: 'vehicle inspection archive converted to monthly CSV files (no header line written)', lang: 'it', source: 'index:44445724765 (an inspection centre app converting MCTC files to CSV, JavaScript)', defaultCountry: 'IT', noHeader: true }, `
    # The program defines a header line but writes only the rows: the columns follow it (file name, CAP, owner's
    # first name, vehicle type, town, plate, make, outcome, surname or company name, address, province, date). The
    # surname or company name of the owner is the Last name.
    "" | - | 0001234.REV | 0001235.REV | 0001240.REV
    "" | postalCode | 00181 | 00040 | 00012
    "" | firstName | ROBERTO | "" | ANNALISA
    "" | - | AUTOVETTURA | AUTOCARRO | AUTOVETTURA
    "" | city | ROMA | ARICCIA | GUIDONIA MONTECELIO
    "" | - | GH123KL | FB456MN | EZ789PQ
    "" | - | FIAT | IVECO | TOYOTA
    "" | - | REGOLARE | REGOLARE | RIPETERE
    "" | lastName | COLONNA | EDILIZIA CASTELLI SRL | MORETTI
    "" | address1 | VIA APPIA NUOVA 400 | VIA DEI LAGHI 12 | VIA ROMA 55
    "" | state | RM | RM | RM
    "" | - | 14032025 | 18032025 | 21032025
  `),
  // -------------------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-salon-clients-export-last-visit', kind: 'client export of a salon app\'s settings page (sample CSV)', lang: 'nl', source: 'index:15462758816 (a salon app\'s data export settings, TypeScript)', defaultCountry: 'NL' }, `
    ID | externalId | 1 | 2 | 3
    Naam | name | Esther van Dijk | Nadia Jansen | Linda Smits
    Email | email | esther.vandijk@post.example | nadia.jansen@post.example | linda.smits@post.example
    Telefoon | phone | 06-23456789 | 06-34567890 | 06-45678901
    Adres | address1 | Julianastraat 8 | Beukenlaan 21 | Dorpsstraat 112
    Laatste Bezoek | - | 2025-03-02 | 2025-02-18 | 2025-03-11
  `),
  set({ id: 'nl-insurance-agents-register-extract-26', kind: 'insurance agents register extract (intermediaries with office and postbox address)', lang: 'nl', source: 'index:6953879863 (a Java string test printing an agents extract header and row)', defaultCountry: 'NL' }, `
    # The rows are intermediary firms: the firm's name (IPDT_NAAM) is the Company name and the relation number the
    # External ID. The office address is the address (house numbers on their own are not imported); the postbox
    # address group is an alternate one: not imported. Chamber of commerce numbers and licence data are not imported.
    EXTRACTIEDATUM | - | 2025-03-01 | 2025-03-01 | 2025-03-01
    RELATIENUMMER_AGT | externalId | 241877 | 243905 | 250112
    STATUS | - | AA | AA | RY
    DATUM_LAATSTE_WIJZIGING | - | 20240611 | 20231102 | 20250115
    CODE_SUBAGENT | - | 0 | 1 | 0
    HOOFDAGENT | - | "" | 241877 | ""
    TELEFOONNR | phone | 0180 412233 | 010 4556677 | 0499 371122
    STRAAT | address1 | Dorpsstraat | Coolsingel | Markt
    HUISNUMMER | - | 12 | 104 | 3
    HUISNUMMER_TOEV | - | "" | A | ""
    PLAATS | city | Ridderkerk | Rotterdam | Best
    STRAAT_POSTBUS | - | Postbus | "" | Postbus
    HUISNUMMER_POSTBUS | - | 45 | "" | 210
    PLAATS_POSTBUS | - | Ridderkerk | "" | Best
    POSTCODE_KANTOOR | postalCode | 2981 AB | 3012 AD | 5681 BH
    POSTCODE_POSTBUS | - | 2980 AA | "" | 5680 AE
    EMAIL_ADRES | email | info@dorpsadvies.example | kantoor@maasassuranties.example | post@marktfinance.example
    KVK_NR | - | 24123456 | 24987654 | 17456789
    KVK_NR_VESTIGING | - | "" | 000012345678 | ""
    SAMENV_VERMOGEN | - | J | J | N
    SAMENV_PENSIOENEN | - | N | J | N
    IPDT_NAAM | companyName | Dorps Advies B.V. | Maas Assuranties | Markt Finance & Verzekeringen
    AANSTELL_DAT | - | 20150101 | 20190301 | 20120601
    ROYEMENTSDAT | - | "" | "" | 20241231
    WFD_VERG_NR | - | 12011234 | 12045678 | 12009876
    BRANCHETYPE | - | A | A | B
  `),
  withHeader(set({ id: 'nl-contest-pupils-sheet-class-password', kind: 'pupil registration sheet of a computing contest platform (header row marked "##")', lang: 'nl', source: 'index:23253384198 (a contest site\'s Dutch messages, spreadsheet.header.info)', defaultCountry: 'BE' }, `
    # The header cell "##Klas" (the sheet marks its header row with "##") is written here as "Klas" and put back
    # after parsing. The class, sex and password are not imported; the contest id is the External ID. "Naam" next to
    # "Voornaam" is the surname.
    Klas | - | 3A | 3A | 4B
    Naam | lastName | Peeters | Janssens | Wouters
    Voornaam | firstName | Lena | Arthur | Noor
    E-mailadres | email | lena.peeters@leerling.example | arthur.janssens@leerling.example | ""
    M/V | - | V | M | V
    Bebras ID | externalId | BE-24-00412 | BE-24-00413 | BE-24-00590
    Wachtwoord | - | "" | "" | ""
  `), 0, '##Klas'),
  set({ id: 'nl-webshop-users-salutation-house-number', kind: 'customer account table of a webshop (registration form insert)', lang: 'nl', source: 'index:15021477905 (a PHP registration handler inserting users)', defaultCountry: 'NL' }, `
    # Salutation, "tussenvoegsel", house number, addition and password are not imported.
    aanhef | - | Dhr. | Mevr. | Mevr.
    voornaam | firstName | Pieter | Sanne | Joke
    tussenvoegsel | - | van | "" | de
    achternaam | lastName | Dam | Kramer | Wit
    land | country | Nederland | Nederland | België
    telefoonnummer | phone | 06-12312312 | 06-45645645 | +32 478 123456
    stad | city | Zwolle | Groningen | Antwerpen
    adres | address1 | Thorbeckegracht | Oosterstraat | Meir
    huisnummer | - | 21 | 8 | 112
    toevoeging | - | "" | a | ""
    postcode | postalCode | 8011 VM | 9711 NN | 2000
    email | email | p.vandam@post.example | sanne.kramer@post.example | joke.dewit@post.example
    wachtwoord | - | "" | "" | ""
  `),
  set({ id: 'nl-permit-reminders-export-language', kind: 'permit expiry reminder list of a small office tool (CSV export)', lang: 'nl', source: 'index:21132294150 (a permit reminder page\'s exporteerCSV, JavaScript)', defaultCountry: 'NL' }, `
    # "Klantnaam" is the customer's name (people and firms alike): the Name. The expiry date, language and reminder
    # flags are not contact fields.
    Klantnaam | name | Transport Hendriks | M. Yilmaz | Bakkerij Smeets
    Email | email | planning@hendriks-transport.example | m.yilmaz@post.example | info@bakkerijsmeets.example
    Vervaldatum | - | 31-03-2026 | 15-05-2026 | 01-09-2026
    Taal | - | NL | EN | NL
    Waarschuwing | - | 60 dagen | 30 dagen | 60 dagen
    Aangeschreven | - | Ja | Nee | Nee
  `),
  set({ id: 'nl-permit-reminders-export-permit-number', kind: 'permit expiry reminder list with permit numbers (CSV export)', lang: 'nl', source: 'index:21208292335 (a permit reminder page\'s exporteerCSV with permit numbers, JavaScript)', defaultCountry: 'NL' }, `
    # As the export without numbers; the permit number is the permit's, not the customer's.
    Klantnaam | name | Garage Verbeek | L. de Vries | Hoveniersbedrijf Groen
    Email | email | info@garageverbeek.example | l.devries@post.example | admin@groenhoveniers.example
    Vergunningsnummer | - | VG-2024-0311 | VG-2023-1187 | VG-2025-0042
    Vervaldatum | - | 30-06-2026 | 12-02-2026 | 18-11-2026
    Taal | - | NL | NL | DE
    Waarschuwing | - | 90 dagen | 30 dagen | 60 dagen
    Aangeschreven | - | Nee | Ja | Nee
  `),
  set({ id: 'nl-shop-customers-table-mobile-address-id', kind: 'customer table of a Java webshop (its insert statement)', lang: 'nl', source: 'index:14607690208 (a Java DAO saving klanten)', defaultCountry: 'NL' }, `
    # The customer id is the External ID; the address id points to another table (not imported). The mobile is the
    # only phone: the Phone.
    id | externalId | 101 | 102 | 103
    achternaam | lastName | Meijer | Smits | Bos
    voornaam | firstName | Karin | Hugo | Ilse
    tussenvoegsel | - | "" | "" | van den
    email | email | karin.meijer@post.example | hugo.smits@post.example | ilse.vdbos@post.example
    geboortedatum | dateOfBirth | 1984-06-11 | 1979-02-23 | 1995-10-30
    adres_id | - | 55 | 56 | 61
    mobielenummer | phone | 0612345670 | 0623456781 | 0634567892
  `),
  set({ id: 'nl-business-customers-registration-kvk-vat', kind: 'customer table of a B2B webshop registration (company, phones, chamber of commerce)', lang: 'nl', source: 'index:8080074 (a PHP registration handler inserting into klant)', defaultCountry: 'NL' }, `
    # Two typed phones (telephone and mobile): the mobile is the main phone. The chamber of commerce and VAT numbers
    # are not imported.
    voornaam | firstName | Erik | Monique | Jan-Willem
    achternaam | lastName | Postma | Verbruggen | Sanders
    telnummer | additionalPhones | 050-3123456 | 076-5201234 | ""
    mobnummer | phone | 06-18273645 | 06-29384756 | 06-30495867
    bedrijfsnaam | companyName | Postma Installaties | Verbruggen Schoonmaak B.V. | Sanders ICT
    adres | address1 | Zernikelaan 14 | Haagweg 301 | Kanaalweg 8
    postcode | postalCode | 9747 AA | 4814 GB | 3526 KM
    plaats | city | Groningen | Breda | Utrecht
    kvknummer | - | 02012345 | 20123456 | 30123456
    btwnummer | - | NL001234567B01 | NL812345678B01 | NL823456789B01
  `),
  set({ id: 'nl-ebike-fleet-import-template-relation-20', kind: 'vehicle fleet import template of an e-bike lease app (vehicles with the relation they are placed with)', lang: 'nl', source: 'index:56422505974 (an e-bike fleet app\'s import dialog, downloadTemplate, React)', defaultCountry: 'NL' }, `
    # The rows are bikes placed with a relation (a hotel, a company): the relation's name is the Company name, its
    # creditor number the External ID and its address the address. "Tenaamstelling" is the person the bike is
    # registered to, the relation's contact: the Name. Plate, model, colour, maintenance and contract columns are the
    # bike's.
    Barcode | - | BC-0101 | BC-0102 | BC-0140
    Kenteken | - | EW-0101-A | EW-0102-A | EW-0140-B
    Model | - | e-Chopper Pro | e-Chopper Pro | City Cruiser
    Tenaamstelling | name | Marco de Ridder | Marco de Ridder | Linda Vos
    Uitvoering | - | Standaard | Standaard | Luxe
    Kleur | - | Rood | Zwart | Wit
    Crediteur nr. | externalId | CR-2201 | CR-2201 | CR-2317
    Relatienaam | companyName | Hotel Duinzicht | Hotel Duinzicht | Fietsverhuur Vos
    Adres | address1 | Boulevard 12 | Boulevard 12 | Stationsplein 3
    Postcode | postalCode | 2202 NA | 2202 NA | 1811 KD
    Plaats | city | Noordwijk | Noordwijk | Alkmaar
    Land | country | Nederland | Nederland | Nederland
    Laatste onderhoud | - | 2025-03-01 | 2025-03-01 | 2025-01-15
    Volgend onderhoud | - | 2025-09-01 | 2025-09-01 | 2025-07-15
    Opmerking | - | "" | Nieuwe accu | ""
    Actief | - | Ja | Ja | Nee
    Contract Type | - | Lease | Lease | Huur
    Begindatum | - | 2024-04-01 | 2024-04-01 | 2023-05-01
    Einddatum | - | 2027-03-31 | 2027-03-31 | 2025-04-30
    Object status | - | In gebruik | In onderhoud | Retour
  `),
  // ------------------------------------------------------------------------------------------------------------ English
  set({ id: 'en-flash-sale-audit-purchases-ledger', kind: 'ticket flash-sale audit CSV: campaign figures, then the purchases ledger', lang: 'en', source: 'index:57473345827 (a campus events app\'s exportFlashSaleAuditCSV, TypeScript)', above: [['CampusConnect Official Flash Sale & Stripe Dynamic Pricing Audit'], ['Generated At', '2025-04-02T16:20:11.512Z'], ['Campaign ID', 'fs_8841'], ['Event Title', 'Spring Formal 2025'], ['Ticket Tier', 'Early Bird'], ['Original Price', '$40'], ['Discounted Price', '$28 (-30%)'], ['Total Tickets Sold', '112 of 150'], ['Gross Realized Revenue', '$3136'], ['Liquidation Velocity', '3.7 tickets/minute'], ['Conversion Rate', '18.4%'], ['Price Elasticity Coefficient', '-1.42'], [], ['-- DETAILED FLASH SALE PURCHASES LEDGER --']] }, `
    Order ID | - | fso_1a2b3c | fso_4d5e6f | fso_7g8h9i
    Buyer Name | name | Jasmine Ortiz | Tyler Brooks | Mei Chen
    Buyer Email | email | jortiz@students.example | tbrooks@students.example | mchen@students.example
    Tickets | - | 2 | 1 | 4
    Unit Price ($) | - | 28 | 28 | 28
    Total Paid ($) | - | 56 | 28 | 112
    Stripe Intent | - | pi_3PqR1aLkdIwH | pi_3PqR2bLkdIwH | pi_3PqR3cLkdIwH
    Purchased At | - | 2025-04-02T15:01:22.004Z | 2025-04-02T15:03:47.918Z | 2025-04-02T15:09:10.233Z
  `),
  set({ id: 'en-ticketing-attendee-export-holders', kind: 'event ticketing platform\'s attendee CSV (buyer and ticket holder per row)', lang: 'en', source: 'index:52950032379 (a ticketing service\'s GenerateAttendeeCsv, C#)' }, `
    # Each row is a ticket: its holder is the attendee and the contact; the buyer who paid is like a billing contact.
    Order ID | - | 50231 | 50231 | 50244
    Buyer Name | - | Rachel Kim | Rachel Kim | Derek Foster
    Buyer Email | - | rachel.kim@mail.example | rachel.kim@mail.example | dfoster@mail.example
    Order Date | - | 2025-05-01 14:22 | 2025-05-01 14:22 | 2025-05-03 09:10
    Ticket Code | - | TK-9F2A7C | TK-9F2A7D | TK-A1B2C3
    Ticket Type | - | General Admission | General Admission | VIP
    Ticket Price | - | 35.00 | 35.00 | 90.00
    Holder Name | name | Rachel Kim | Daniel Kim | Derek Foster
    Holder Email | email | rachel.kim@mail.example | daniel.kim@mail.example | dfoster@mail.example
    Holder Phone | phone | (206) 555-0147 | (206) 555-0192 | (425) 555-0133
    Checked In | - | Yes | No | Yes
    Check-in Time | - | 2025-05-10 18:04 | "" | 2025-05-10 17:51
    Order Total | - | 70.00 | 70.00 | 90.00
  `),
  set({ id: 'en-ticket-sales-import-posh-fees', kind: 'ticket sales CSV from an event platform, an importer\'s parser test', lang: 'en', source: 'index:61363092798 (an events app\'s CSV import parser tests, TypeScript)' }, `
    Order ID | - | ord-7781 | ord-7782 | ord-7790
    Buyer Name | name | Chloe Adams | Marcus Green | Priya Desai
    Buyer Email | email | chloe.adams@mail.example | marcus.green@mail.example | priya.desai@mail.example
    Quantity | - | 2 | 1 | 3
    Ticket Type | - | General Admission | VIP | General Admission
    Total | - | 50.00 | 60.00 | 75.00
    Fees | - | 3.50 | 4.20 | 5.25
    Currency | - | USD | USD | USD
    Purchase Date | - | 2026-06-02T18:00:00Z | 2026-06-03T21:14:00Z | 2026-06-05T12:30:00Z
  `),
  set({ id: 'en-event-revenue-export-coupon', kind: 'event organiser\'s revenue export (bookings with payment details)', lang: 'en', source: 'index:56848140056 (an events platform\'s export service, exportRevenue, TypeScript)' }, `
    Order ID | - | bk_01HV2K | bk_01HV3M | bk_01HV7Q
    Buyer Name | name | Olivia Turner | Ethan Price | Sofia Alvarez
    Buyer Email | email | olivia.turner@mail.example | ethan.price@mail.example | sofia.alvarez@mail.example
    Ticket Type | - | Early Bird | Standard | Standard
    Amount Paid | - | 25.00 | 40.00 | 32.00
    Currency | - | USD | USD | USD
    Payment Status | - | confirmed | confirmed | pending_payment
    Transaction Date | - | 2025-06-01 10:12 | 2025-06-02 19:45 | 2025-06-04 08:03
    Coupon Used | - | "" | "" | FRIEND20
  `),
  set({ id: 'en-resort-bookings-export-accommodation', kind: 'resort booking API\'s CSV export of bookings', lang: 'en', source: 'index:33433199138 (a resort booking controller\'s CSV export, JavaScript)' }, `
    Booking ID | - | BK-20250412-001 | BK-20250413-004 | BK-20250415-002
    Guest Name | name | Hannah Wright | Samuel Okafor | Lucy Bennett
    Email | email | hannah.wright@mail.example | samuel.okafor@mail.example | lucy.bennett@mail.example
    Phone | phone | +1 970-555-0118 | +1 303-555-0164 | +1 720-555-0109
    Check In | - | 2025-05-02 | 2025-05-09 | 2025-05-16
    Check Out | - | 2025-05-05 | 2025-05-11 | 2025-05-20
    Guests | - | 2 | 4 | 3
    Accommodation | - | Lakeside Cabin | Family Lodge | Treehouse Suite
    Total Amount | - | 840 | 1120 | 1560
    Status | - | confirmed | pending | confirmed
    Created At | - | 2025-04-12 | 2025-04-13 | 2025-04-15
  `),
  set({ id: 'en-hotel-no-show-report-penalty', kind: 'hotel\'s no-show report CSV (reporting module documentation)', lang: 'en', source: 'index:37990439349 (a hotel booking backend\'s reports documentation, "No-Show Report CSV")' }, `
    Date | - | 2025-01-15 | 2025-01-18 | 2025-01-21
    Booking ID | - | 231 | 247 | 262
    Guest Name | name | Noah Patel | Grace Liu | Owen Clarke
    Email | email | noah.patel@mail.example | grace.liu@mail.example | owen.clarke@mail.example
    Phone | phone | +14155550123 | +16175550178 | +13125550134
    Room Type | - | Deluxe Room | Standard Twin | Suite
    Check-in Date | - | 2025-01-15 | 2025-01-18 | 2025-01-21
    Check-out Date | - | 2025-01-17 | 2025-01-19 | 2025-01-24
    Total Amount | - | 1000.00 | 420.00 | 2100.00
    Penalty Charged | - | 500.00 | 210.00 | 700.00
  `),
  set({ id: 'en-resort-room-bookings-gcash-reference', kind: 'resort admin\'s booking export with GCash payment details (Philippines)', lang: 'en', source: 'index:54518912842 (a resort admin page\'s exportBookingsData, JavaScript)', defaultCountry: 'PH' }, `
    # The GCash number is the wallet a guest paid from (payment details): not imported.
    Booking ID | - | RB-1042 | RB-1043 | RB-1051
    Guest Name | name | Maria Santos | Jose Reyes | Angelica Cruz
    Email | email | maria.santos@mail.example | jose.reyes@mail.example | angelica.cruz@mail.example
    Phone | phone | 0917 123 4567 | 0928 765 4321 | 0995 222 3344
    Room Type | - | Deluxe | Family Room | Standard
    Check-in | - | 2025-04-18 | 2025-04-19 | 2025-05-01
    Check-out | - | 2025-04-20 | 2025-04-21 | 2025-05-02
    GCash Number | - | 09171234567 | 09287654321 | 09952223344
    Reference Number | - | 1009 876 543210 | 1009 876 543987 | 1010 112 223344
    Guests | - | 2 | 5 | 2
    Status | - | confirmed | pending | confirmed
    Special Requests | - | Early check-in | Extra bed | ""
  `),
  set({ id: 'en-heritage-hotel-bookings-export-inr-15', kind: 'hotel admin\'s booking export for Excel (India)', lang: 'en', source: 'index:68833919329 (a hotel site\'s admin booking export, C#)', defaultCountry: 'IN' }, `
    Booking ID | - | HB-3021 | HB-3022 | HB-3030
    Guest Name | name | Arjun Mehta | Sneha Iyer | Vikram Rao
    Email | email | arjun.mehta@mail.example | sneha.iyer@mail.example | vikram.rao@mail.example
    Phone | phone | +91 98200 12345 | +91 99876 54321 | +91 90000 11223
    Room Number | - | 204 | 310 | 105
    Suite Type | - | Maharaja Suite | Heritage Room | Garden Suite
    Package | - | Honeymoon | Room Only | Breakfast Included
    Check-In Date | - | 2025-11-02 | 2025-11-05 | 2025-12-20
    Check-Out Date | - | 2025-11-05 | 2025-11-07 | 2025-12-24
    Guests | - | 2 | 1 | 4
    Total Amount (INR) | - | 54000 | 18000 | 72000
    Reservation Status | - | Confirmed | Confirmed | Pending
    Payment Status | - | Paid | Paid | Unpaid
    Transaction ID | - | pay_NxA12bC3 | pay_NxB45dE6 | ""
    Booking Date | - | 2025-10-01 | 2025-10-12 | 2025-10-30
  `),
  set({ id: 'en-marketplace-orders-export-items', kind: 'marketplace admin\'s orders report export (buyer, items)', lang: 'en', source: 'index:56578782505 (a marketplace backend\'s admin report export, JavaScript)' }, `
    Order ID | - | 812 | 813 | 820
    Buyer Name | name | Ben Carter | Ava Mitchell | Jamal Hughes
    Buyer Email | email | ben.carter@mail.example | ava.mitchell@mail.example | jamal.hughes@mail.example
    Total Price | - | 64.98 | 19.99 | 142.50
    Status | - | completed | pending | shipped
    Date Placed | - | 2025-03-01 | 2025-03-02 | 2025-03-04
    Items | - | Vintage Lamp (x1); Desk Organizer (x2) | Notebook Set (x1) | Oak Side Table (x1)
  `),
  set({ id: 'en-saas-billing-invoices-bulk-export', kind: 'SaaS admin billing page, selected invoices exported to CSV', lang: 'en', source: 'index:63133947696 (a SaaS admin dashboard\'s orders table bulk export, JavaScript)' }, `
    Invoice ID | - | INV-2025-0142 | INV-2025-0143 | INV-2025-0151
    Customer Name | name | Hailey Simmons | Victor Ramos | Nora Lindqvist
    Customer Email | email | hailey@brightloop.example | victor.ramos@mail.example | nora@fjordlabs.example
    Plan | - | Pro | Starter | Enterprise
    Amount (USD) | - | 49 | 19 | 499
    Status | - | Paid | Refunded | Paid
    Date | - | 2025-04-01 | 2025-04-02 | 2025-04-05
  `),
  set({ id: 'en-razorpay-transactions-export-provider', kind: 'SaaS admin\'s payment transactions export (India)', lang: 'en', source: 'index:70723586434 (a SaaS admin transactions page, exportCSV, React)', defaultCountry: 'IN' }, `
    Payment ID | - | pay_PQ12rs34TU | pay_PQ56vw78XY | pay_PR90ab12CD
    Customer Name | name | Siddharth Kulkarni | Meera Pillai | Farhan Qureshi
    Customer Email | email | sid.kulkarni@mail.example | meera.pillai@mail.example | farhan.q@mail.example
    Plan | - | Growth Monthly | Starter Annual | Growth Monthly
    Amount (INR) | - | 1999 | 9999 | 1999
    Currency | - | INR | INR | INR
    Status | - | captured | captured | failed
    Provider | - | razorpay | razorpay | razorpay
    Date | - | 2025-08-01 | 2025-08-03 | 2025-08-03
  `),
  set({ id: 'en-billing-payments-export-invoice-ref', kind: 'SaaS billing dashboard\'s payments CSV (customer e-mail only)', lang: 'en', source: 'index:55215545452 (a SaaS app\'s billing admin page, payments export, TypeScript)' }, `
    Transaction ID | - | txn_01J8K2 | txn_01J8K7 | txn_01J8M1
    Invoice Ref | - | INV-7781 | INV-7782 | INV-7790
    Customer Email | email | billing@acornstudio.example | ops@pinecrest.example | lena.fox@mail.example
    Plan | - | Team | Business | Solo
    Amount | - | 120.00 | 480.00 | 12.00
    Currency | - | USD | USD | EUR
    Status | - | succeeded | succeeded | pending
    Date | - | 2025-09-01 | 2025-09-01 | 2025-09-02
  `),
  // -------------------------------------------------------------------------------------------------------------- mixed
  set({ id: 'mixed-real-estate-leads-export-es-en-agent', kind: 'real-estate CRM\'s lead export (Spanish name header among English ones)', lang: 'mixed', source: 'index:58664532092 (a real-estate CRM worker\'s leads CSV export, TypeScript)', defaultCountry: 'MX' }, `
    # The lead's id in the CRM is the External ID; the agent the lead is assigned to is the Contact owner.
    ID | externalId | 301 | 302 | 315
    Nombre | name | Alejandra Torres | Luis Hernández | Paola Medina
    Email | email | alejandra.torres@correo.example | luis.hdz@correo.example | paola.medina@correo.example
    Phone | phone | 55 1234 5678 | 33 8765 4321 | 81 2345 6789
    Status | - | nuevo | contactado | calificado
    Score | - | 72 | 45 | 88
    Agent | owner | Ricardo Vega | Ana Lucía Ponce | Ricardo Vega
    Source | source | Facebook | Portal | Referido
    Created At | - | 2025-02-10 12:00:00 | 2025-02-11 09:30:00 | 2025-02-14 17:45:00
  `),
  set({ id: 'mixed-spa-booking-drafts-es-en-20', kind: 'spa pre-booking table read by its review dashboard (Spanish and English column names, Mexico)', lang: 'mixed', source: 'index:69452968394 (a spa dashboard\'s data module, reservas_draft columns, JavaScript)', defaultCountry: 'MX' }, `
    # Each row is a booking draft: the client's name, e-mail and phone are imported; everything else is the booking's.
    id | - | 5012 | 5013 | 5020
    nombre | name | Regina Castañeda | Daniel Ibarra | Ximena Luna
    email | email | regina.c@correo.example | daniel.ibarra@correo.example | ximena.luna@correo.example
    phone | phone | +52 55 1234 5678 | +52 33 2345 6789 | +52 998 345 6789
    nombre_servicio | - | Masaje relajante 60 min | Jacuzzi + masaje | Masaje descontracturante
    servicio | - | masaje | combo | masaje
    masaje_inicio | - | 2025-05-10T11:00:00-06:00 | 2025-05-10T13:00:00-06:00 | 2025-05-11T10:00:00-06:00
    jacuzzi_inicio | - | "" | 2025-05-10T12:00:00-06:00 | ""
    monto_pagado | - | 950 | 1600 | 1100
    moneda_pago | - | MXN | MXN | MXN
    estado_reserva | - | pendiente_pago | requiere_revision_pago | confirmado
    reserva_confirmada | - | false | false | true
    pago_recibido | - | false | true | true
    horario_pendiente | - | false | false | false
    motivo_revision | - | "" | monto no coincide | ""
    comprobante_revision_at | - | "" | 2025-05-08T18:22:10Z | 2025-05-07T09:14:33Z
    comprobante_revision_datos | - | "" | {"monto":1500} | {"monto":1100}
    retencion_expira_at | - | 2025-05-08T20:00:00Z | "" | ""
    intentos_pago | - | 1 | 2 | 1
    procesando_desde | - | "" | "" | 2025-05-07T09:15:00Z
  `),
  set({ id: 'mixed-users-csv-import-format-es-en', kind: 'users.csv format of a budgeting app\'s data import (Spanish documentation, mixed column names)', lang: 'mixed', source: 'index:67123020681 (an import module\'s README, "Formatos de Archivo Esperados")', defaultCountry: 'AR' }, `
    # The user's id is the External ID; "nombre" holds the whole name.
    id | externalId | 1 | 2 | 3
    nombre | name | Gabriela Ríos | Tomás Aguirre | Lucía Bravo
    email | email | gabriela.rios@correo.example | tomas.aguirre@correo.example | lucia.bravo@correo.example
    phoneNumber | phone | 1145678901 | 3514567890 | 2614567123
    isDeleted | - | false | false | true
    createdAt | - | 2024-01-05T10:00:00.000Z | 2024-02-11T14:30:00.000Z | 2024-03-20T09:15:00.000Z
    updatedAt | - | 2024-01-05T10:00:00.000Z | 2024-06-01T08:00:00.000Z | 2024-07-02T12:45:00.000Z
  `),
  set({ id: 'mixed-crm-users-profile-query-pt-en-15', kind: 'user profiles of a sales CRM (Portuguese and English column names, Brazil)', lang: 'mixed', source: 'index:62446016485 (a CRM\'s user profile page, its users query, React)', defaultCountry: 'BR' }, `
    # The profile id is the External ID and the auth id a second id (not imported). "phone" and "telefone" are two
    # untyped phones: the first is the main one.
    id | externalId | 6f1b2c3d | 7a2c3d4e | 8b3d4e5f
    auth_user_id | - | a1b2c3d4-0001 | a1b2c3d4-0002 | a1b2c3d4-0003
    nome | name | Camila Rocha | Eduardo Lima | Patrícia Souza
    email | email | camila.rocha@empresa.example | eduardo.lima@empresa.example | patricia.souza@empresa.example
    phone | phone | +55 11 99876-5432 | +55 41 98765-4321 | ""
    telefone | additionalPhones | (11) 3456-7890 | "" | (51) 3222-1100
    avatar_url | - | https://cdn.example/avatars/1.png | "" | https://cdn.example/avatars/3.png
    role | - | vendedor | gerente | vendedor
    scopes | - | {leads} | {leads,relatorios} | {leads}
    is_active | - | true | true | false
    unit_id | - | 3 | 1 | 5
    hierarchy_level | - | 3 | 2 | 3
    cidade | city | São Paulo | Curitiba | Porto Alegre
    uf | state | SP | PR | RS
    created_at | - | 2024-05-02T12:00:00Z | 2023-11-20T09:30:00Z | 2024-08-14T16:45:00Z
  `),
  set({ id: 'mixed-shop-clients-table-nl-es', kind: 'client table of a Dutch shop run on a Spanish-named database (Dutch and Spanish column names)', lang: 'mixed', source: 'index:655063594 (a PHP handler inserting into clientes)', defaultCountry: 'NL' }, `
    # The client code is the External ID. "voornaam" is the given name and NOMBRECLIENTE holds the surname (beside the
    # salutation, initials and "tussenvoegsel", which are not imported). TELEFONO1 is the main phone; the second
    # landline and the mobiles are additional phones. The newsletter flag and the remarks are not imported.
    CODCLIENTE | externalId | 2041 | 2042 | 2043
    aanhef | - | Dhr. | Mevr. | Dhr.
    voornaam | firstName | Gert | Anja | Mustafa
    voorletters | - | G.J. | A. | M.
    tussenvoegsel | - | van den | "" | ""
    NOMBRECLIENTE | lastName | Broek | Timmermans | Öztürk
    DIRECCION1 | address1 | Molenweg 5 | Lange Nieuwstraat 19 | Vaartweg 88
    CODPOSTAL | postalCode | 5271 AA | 3512 PD | 1217 SM
    POBLACION | city | Sint-Michielsgestel | Utrecht | Hilversum
    geboortedatum | dateOfBirth | 12-05-1961 | 03-09-1979 | 22-01-1990
    TELEFONO1 | phone | 073-5512233 | 030-2314455 | 035-6217788
    TELEFONO2 | additionalPhones | "" | 030-2314456 | ""
    E_MAIL | email | g.vdbroek@post.example | anja.timmermans@post.example | m.ozturk@post.example
    MOBIL | additionalPhones | 06-22334455 | 06-33445566 | 06-44556677
    MOBIL2 | additionalPhones | "" | "" | 06-55667788
    nieuwsbrief | - | ja | nee | ja
    opmerkingen | - | Vaste klant | "" | Levert zelf aan
  `),
];
