// The eighteenth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files and English ones from schools, churches, events, shops, nonprofits and Google Forms; the
// other half, corpus-heldout18a.ts, holds English, German, Dutch and mixed-language files): 56 header sets (536
// columns, 268 of them expected to map; 12 Spanish, 12 Portuguese, 12 French, 12 Italian, 8 English; 4 files without a
// header row, 2 with a line above it (a "sep=," line, a "Relatório gerado em" title); 5 sets of 20 to 41 columns)
// from sources none of the other parts use, found in the public code index with exact-string searches for everyday
// header lines in these languages (member, client, patient, pupil, employee, volunteer, mentor and participant lists,
// club, association and church registers, shop, CRM and admin exports, importer templates and their tests, Google
// Forms responses, database tables and survey exports) and written down, with the mapping a careful person would
// choose by the field definitions and the rules, BEFORE the mapper was run on them and without reading the
// lexicon or the mapper. "index:N" names the index file the header text was read from (the index does not name its
// repository); the kind says what the file is. Sample values are made up in the shape of each file's own (no personal
// data or example rows from the sources are copied). A trailing empty column (a header line ending in the separator)
// is written as "". Leading and trailing spaces of a header cell and byte-order marks cannot be written in the table
// and are left out (a set's comment says where). Wide files are kept to their first columns, stopping at a column
// boundary. No set's headers repeat an older part's (each was compared lower-cased).
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
// Choices this half makes more than once:
// - The school, college or university a student or applicant attends is not an employer and is not imported; the
//   employer a mentor, a teacher or a candidate names is the person's company.
// - A group the person comes with or is registered with (a youth group, a parish, a scout group) is Tags; the
//   group's own address, phone, codes and e-mail are not imported.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout18' }, table);
/** A header the table format cannot hold (a line starting with "#" is a comment there), put back after parsing. */
const withHeader = (s: CorpusSet, column: number, header: string): CorpusSet => ({ ...s, headers: s.headers.map((h, i) => (i === column ? header : h)) });

export const HELDOUT18B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-salon-clientes-plantilla-nacimiento-notas', kind: 'Spanish beauty salon booking app\'s client import template (first name, surnames, phone, e-mail, birth date, notes)', lang: 'es', defaultCountry: 'ES', source: 'index:70132422402 (a salon app\'s import page, CSV templates per kind, TypeScript)' }, `
    Nombre | firstName | Carmen | Iñaki | Rocío
    # "Apellidos" holds both surnames in one cell: it is the Last name.
    Apellidos | lastName | Herrero Vidal | Etxeberria | Campos Rubio
    Teléfono | phone | 634 218 905 | 677 402 118 | 615 990 247
    Email | email | carmen.herrero@example.es | inaki.etxe@example.com | ""
    Fecha de nacimiento | dateOfBirth | 03/09/1987 | "" | 21/01/1995
    Notas | - | Alergia al látex | "" | Prefiere las tardes
  `),
  set({ id: 'es-co-conductores-export-licencia', kind: 'Colombian transport company\'s driver list exported to CSV from its admin page (cédula, name, surnames, phone, e-mail, licence type, status, experience, age)', lang: 'es', defaultCountry: 'CO', source: 'index:67093294820 (a fleet admin\'s drivers page, CSV export, React)' }, `
    Cédula | - | 1032456789 | 80123456 | 1019876543
    Nombre | firstName | Wilson | Yesenia | Camilo
    Apellidos | lastName | Moreno Díaz | Castaño | Parra Ruiz
    Teléfono | phone | 3124567890 | 3009871234 | 3175554321
    Email | email | wmoreno@example.co | "" | camilo.parra@example.com
    Tipo Licencia | - | C2 | B1 | C3
    Estado | - | activo | vacaciones | activo
    Experiencia | - | 12 | 4 | 8
    Edad | - | 45 | 31 | 38
  `),
  set({ id: 'es-contactos-export-id-provincia-pais', kind: 'Spanish contact book API\'s CSV export with a UTF-8 BOM (id, first name, surnames, phone, e-mail, province, country)', lang: 'es', defaultCountry: 'ES', source: 'index:71253210577 (a NestJS contacts service, CSV export, TypeScript)' }, `
    # The source writes a byte-order mark before "ID", which the table cannot hold.
    ID | externalId | 1 | 2 | 3
    Nombre | firstName | Alberto | Marta | Xavier
    Apellidos | lastName | Pardo Gil | Santana | Puig i Ferrer
    Teléfono | phone | 612 345 098 | 928 456 123 | 93 412 56 78
    Email | email | alberto.pardo@example.es | msantana@example.com | xpuig@example.cat
    Provincia | state | Zaragoza | Las Palmas | Barcelona
    País | country | España | España | España
  `),
  set({ id: 'es-ar-inmobiliaria-personas-plantilla-domicilio', kind: 'Argentine real-estate app\'s people import template (name, surname, DNI, e-mail, phone, home address, notes)', lang: 'es', defaultCountry: 'AR', source: 'index:60734964498 (a real-estate app\'s CSV import module, templates per resource, TypeScript)' }, `
    nombre | firstName | Graciela | Fabián | Romina
    apellido | lastName | Funes | Aguirre | Videla
    dni | - | 20345678 | 31456789 | 35987654
    email | email | graciela.funes@example.com.ar | faguirre@example.com | ""
    telefono | phone | 2615123456 | 2614987654 | 2616345678
    domicilio | address1 | Belgrano 845 | Av. Las Heras 1320 | Paso de los Andes 77
    notas | - | Inquilina | Propietario | Interesada en alquilar
  `),
  set({ id: 'es-ar-motos-clientes-plantilla-direccion', kind: 'Argentine motorcycle shop app\'s client import template, a semicolon CSV with a byte-order mark (name, surname, DNI, e-mail, phone, address)', lang: 'es', defaultCountry: 'AR', source: 'index:12243401632 (a motorcycle shop app\'s import templates, TypeScript)' }, `
    # The source writes a byte-order mark before "Nombre", which the table cannot hold.
    Nombre | firstName | Leandro | Agustina | Ramiro
    Apellido | lastName | Correa | Paz | Medina
    DNI | - | 33456123 | 40123789 | 28765432
    Email | email | leandro.correa@example.com | agus.paz@example.com.ar | rmedina@example.com
    Telefono | phone | 1156781234 | 1143219876 | 1167894321
    Direccion | address1 | Av. Cabildo 2345, CABA | Mitre 560, Avellaneda | Calle 12 N° 1433, La Plata
  `),
  set({ id: 'es-iglesia-personas-tabla-sincronizacion', kind: 'church management app\'s people table, the columns its sync inserts for each person (church id, name, surname, e-mail, phone, status, assigned user, service day and shift, group, notes, joining and birth dates, spiritual status, baptisms, discipleship, occupation, timestamps)', lang: 'es', defaultCountry: 'AR', source: 'index:56129367684 (a church app\'s legacy-to-Postgres sync, JavaScript)' }, `
    iglesiaId | - | 1 | 1 | 1
    nombre | firstName | Estela | Hernán | Yamila
    apellido | lastName | Barrios | Ojeda | Céspedes
    email | email | estela.barrios@example.com | "" | yami.cespedes@example.com.ar
    telefono | phone | 3815123456 | 3814678901 | 3816234567
    estado | - | ACTIVO | ACTIVO | INACTIVO
    # The assigned user and the group are given as row ids of other tables of this database, which name nobody
    # outside it: not imported.
    asignadoAUserId | - | 4 | 7 | ""
    cultoDia | - | domingo | domingo | miércoles
    cultoTurno | - | 1 | 2 | 1
    grupoId | - | 3 | "" | 5
    notas | - | Vino por una amiga | "" | Pidió oración
    fechaIngreso | - | 2024-03-10 | 2025-01-19 | 2023-08-06
    fechaNacimiento | dateOfBirth | 1979-06-14 | 1992-11-02 | 2001-04-25
    estadoEspiritual | - | NUEVO_CREYENTE | MIEMBRO | NUEVO_CREYENTE
    bautizadoAgua | - | false | true | false
    bautizadoEspiritu | - | false | true | false
    discipuladoCompletado | - | false | true | false
    ocupacion | - | Docente | Comerciante | Estudiante
    createdAt | - | 2024-03-10T14:22:05.000Z | 2025-01-19T12:01:44.000Z | 2023-08-06T20:15:31.000Z
    updatedAt | - | 2024-06-02T09:12:00.000Z | 2025-01-19T12:01:44.000Z | 2024-11-30T18:40:09.000Z
  `),
  set({ id: 'es-pacientes-crud-campos-imagen', kind: 'clinic admin\'s patient list, the fields its CRUD grid shows and exports (id, name, surname, e-mail, phone, city, address, notes, photo)', lang: 'es', defaultCountry: 'CO', source: 'index:16051829622 (a CodeIgniter grocery CRUD controller for patients, PHP)' }, `
    # The id is the patient's own number, entered by hand and unique: a bare "id" of a contact list is the External ID.
    id | externalId | 1098234567 | 63456789 | 1005678123
    nombre | firstName | Karen | Édgar | Luisa Fernanda
    apellido | lastName | Pinzón | Ardila | Quintero
    email | email | karen.pinzon@example.co | edgar.ardila@example.com | lfquintero@example.co
    telefono | phone | 3157896541 | 6076345678 | 3002345987
    ciudad | city | Bucaramanga | Floridablanca | Girón
    direccion | address1 | Calle 36 # 27-50 | Cra 8 # 4-21 | Calle 30 # 25-08
    observaciones | - | Control en 3 meses | "" | Hipertensa
    imagen | - | foto_1098234567.jpg | foto_63456789.jpg | ""
  `),
  set({ id: 'es-ar-empleados-tabla-volcado-sqlite', kind: 'Argentine shop\'s employees table, a database dump\'s INSERT column list (id, name, surname, e-mail, phone, DNI, address, hire date, active, created at)', lang: 'es', defaultCountry: 'AR', source: 'index:66806865448 (a SQLite database dump of a shop app, SQL)' }, `
    id | externalId | 1 | 2 | 3
    nombre | firstName | Juan Ignacio | Celeste | Marcos
    apellido | lastName | Bustamante | Rey | Almirón
    email | email | "" | celeste.rey@example.com | malmiron@example.com.ar
    telefono | phone | 342456789 | 3424123456 | 3425987123
    dni | - | 34123987 | 38456721 | 29876543
    direccion | address1 | "" | San Jerónimo 2540 | Bv. Pellegrini 1120
    fecha_ingreso | - | 1782432000 | 1790294400 | 1774569600
    activo | - | 1 | 1 | 0
    created_at | - | 1781806535 | 1790294811 | 1774570022
  `),
  set({ id: 'es-co-usuarios-export-cedula-tipo', kind: 'Colombian web app\'s user table written to a semicolon CSV for Excel (cédula, name, surnames, e-mail, phone, address, city, country, user type)', lang: 'es', defaultCountry: 'CO', source: 'index:1508475548 (a PHP script exporting the user table to user.csv)' }, `
    Cedula | - | 1017234567 | 43567890 | 98765432
    Nombre | firstName | Sebastián | Luz Marina | Óscar
    Apellidos | lastName | Giraldo Henao | Restrepo | Valencia Mejía
    Email | email | sgiraldo@example.co | luzma.restrepo@example.com | oscar.valencia@example.co
    Telefono | phone | 3216549870 | 6044567890 | 3148765432
    Direccion | address1 | Cra 70 # 44-20 | Calle 10 Sur # 50-15 | Cra 43A # 1-50
    Ciudad | city | Medellín | Envigado | Medellín
    Pais | country | Colombia | Colombia | Colombia
    Tipo Usuario | - | cliente | cliente | administrador
  `),
  set({ id: 'es-atletismo-inscripcion-club-sin-cabecera', kind: 'Spanish athletics competition app\'s club entry file, one athlete a line separated by ";" with no header row (first name, surnames, e-mail, sex, birth date, DNI); the file\'s first line, the club\'s name, is left out here', lang: 'es', noHeader: true, defaultCountry: 'ES', source: 'index:40942212966 (a Java athletics app\'s club file parser)' }, `
    "" | firstName | Nerea | Pablo | Aitana
    "" | lastName | Fernández Suárez | Menéndez | Álvarez Rico
    "" | email | nerea.fs@example.es | pablo.menendez@example.com | aitana.alvarez@example.es
    "" | - | femenino | masculino | femenino
    "" | dateOfBirth | 14-02-2001 | 30-07-1998 | 09-11-2004
    "" | - | 71234567K | 10987654M | 53456789Z
  `),
  set({ id: 'es-pilates-socias-migracion-plan-cuota', kind: 'Spanish pilates studio app\'s member migration CSV from the previous program (name, surnames, e-mail, plan, fee, fee start date, sessions left)', lang: 'es', defaultCountry: 'ES', source: 'index:62571825175 (a studio app\'s end-to-end member migration test, TypeScript)' }, `
    Nombre | firstName | Lorena | Begoña | Irene
    Apellidos | lastName | Mateo Sanz | Urrutia | Casado
    Email | email | lorena.mateo@example.es | bego.urrutia@example.com | irene.casado@example.es
    # What the fee is about (plan, amount, sessions) is not a contact field.
    Plan | - | Bono 10 | Mensual 2x semana | Bono 5
    Cuota | - | 85,00 € | 102,00 € | 49,00 €
    Fecha de alta de la cuota | - | 01/03/2024 | 15/09/2023 | 02/01/2025
    Sesiones restantes | - | 5 | "" | 3
  `),
  set({ id: 'es-ar-prode-usuarios-export-fin', kind: 'Argentine football pool promo app\'s user list written to a semicolon file on the device (name, surname, DNI, e-mail, phone, finish time)', lang: 'es', defaultCountry: 'AR', source: 'index:4576108773 (a Cordova promo app saving its users, JavaScript)' }, `
    # The source writes "Fin " with a trailing space, which the table cannot hold.
    Nombre | firstName | Facundo | Milagros | Nahuel
    Apellido | lastName | Herrera | Vega | Suárez
    DNI | - | 38123456 | 41987654 | 36555123
    Email | email | facu.herrera@example.com | mili.vega@example.com.ar | nsuarez@example.com
    Telefono | phone | 11 3456-7890 | 351 612-3456 | 11 2233-4455
    Fin | - | 2026-06-14 18:22:10 | 2026-06-14 18:25:47 | 2026-06-15 11:02:31
  `),
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-br-mentores-google-forms-disponibilidade', kind: 'Brazilian mentoring programme\'s mentor sign-up, its Google Forms responses CSV (timestamp, e-mail, name, WhatsApp, LinkedIn, education, employer, role, bio, experience, skills, availability per weekday, comments)', lang: 'pt', defaultCountry: 'BR', source: 'index:6731125335 (a mentoring platform\'s form CSV importer tests, Rust)' }, `
    Carimbo de data/hora | - | 12/08/2026 19:02:11 | 13/08/2026 08:45:30 | 14/08/2026 22:10:05
    Endereço de e-mail | email | renata.moura@example.com.br | thiago.lima@example.com | bia.campos@example.com.br
    Nome e sobrenome | name | Renata Moura | Thiago Lima | Beatriz Campos
    # WhatsApp is the only phone the form asks for: the Phone.
    Whatsapp | phone | (11) 98765-4321 | (41)991234567 | (31) 99876-5432
    Linkedin | - | https://www.linkedin.com/in/renatamoura | linkedin.com/in/thiagolima | ""
    Formação acadêmica (curso e instituição) | - | Administração, FGV | Ciência da Computação, UFPR | Design, UFMG
    # The employer a mentor names is the person's company.
    Empresa/Instituição que trabalha | companyName | Banco Horizonte | Pinhão Tecnologia | Estúdio Ipê
    Cargo/Ocupação atual | - | Gerente de Produto | Engenheiro de Dados | Designer Sênior
    Mini bio | - | 10 anos em produtos digitais | Apaixonado por dados | Designer e professora
    Qual sua experiência? | - | Liderança de times | Pipelines e BI | UX e pesquisa
    Quais os conhecimentos/habilidades você pode compartilhar com as pessoas mentoradas? | - | Carreira em produto | SQL e Python | Portfólio
    → Arraste para o lado para ver todos os horários  [Seg (21/08)] | - | 19:00, 20:00 | "" | 09:00
    → Arraste para o lado para ver todos os horários  [Ter (22/08)] | - | "" | 20:00, 21:00 | ""
    → Arraste para o lado para ver todos os horários  [Qua (23/08)] | - | 19:00 | "" | 10:00, 11:00
    → Arraste para o lado para ver todos os horários  [Qui (24/08)] | - | "" | 21:00 | ""
    → Arraste para o lado para ver todos os horários  [Sex (25/08)] | - | 18:00 | "" | ""
    → Arraste para o lado para ver todos os horários  [Sáb (26/08)] | - | "" | 10:00, 11:00 | 09:00, 10:00
    Gostaria de fazer algum comentário ou sugestão? | - | "" | Ótima iniciativa! | ""
  `),
  set({ id: 'pt-pt-salao-clientes-telemovel-aniversario', kind: 'Portuguese hair salon app\'s client list import, a semicolon CSV as Excel in Portugal saves it (name, mobile, e-mail, birthday)', lang: 'pt', defaultCountry: 'PT', source: 'index:69283310811 (a salon app\'s import core tests, JavaScript)' }, `
    Nome | name | Joana Ferreira | Miguel Santos | Inês Carvalho
    Telemóvel | phone | 912 345 678 | 936123456 | 968 765 432
    Email | email | joana.ferreira@example.pt | miguel.s@example.com | ""
    # The birthday of a client list is the day and year of birth: the Date of birth.
    Aniversário | dateOfBirth | 04/03/1990 | "" | 17/11/1985
  `),
  set({ id: 'pt-br-pediatria-pacientes-mae-telefones', kind: 'Brazilian paediatric clinic app\'s patient import sheet (name, birth date, phones, mother, notes)', lang: 'pt', defaultCountry: 'BR', source: 'index:71208075564 (a clinic app\'s import end-to-end checks, JavaScript)' }, `
    Nome | name | Heitor Schmitt | Valentina Kraus | Lorenzo Borba
    Data de nascimento | dateOfBirth | 12/02/2021 | 30/09/2019 | 05/06/2023
    # The phones are the family's numbers the clinic calls: the patient's Phone.
    Telefones | phone | (47) 99912-3456 | 47 98877-6655 | (47) 3433-1122
    # The mother's name is another person's: not imported.
    Mãe | - | Daiane Schmitt | Priscila Kraus | Fernanda Borba
    Observações | - | Alergia a dipirona | "" | Prematuro
  `),
  set({ id: 'pt-br-clientes-csv-id-cpf-endereco', kind: 'Brazilian store exercise saving its clients to CLIENTE.CSV, a semicolon file for Excel (client id, CPF, name, birth date, phone, street, neighbourhood, city, state, CEP)', lang: 'pt', defaultCountry: 'BR', source: 'index:44097034919 (a C# console store writing its client file)' }, `
    Id do Cliente | externalId | 1 | 2 | 3
    CPF | - | 123.456.789-09 | 987.654.321-00 | 456.789.123-45
    Nome | name | Rogério Alves | Patrícia Nunes | Cláudio Teixeira
    Data de nascimento | dateOfBirth | 14/05/1978 | 22/10/1990 | 03/01/1965
    Telefone | phone | (11) 94567-8901 | (21) 3344-5566 | (31) 98765-1234
    Logradouro | address1 | Rua Augusta, 1500 | Av. Atlântica, 320 | Rua da Bahia, 88
    Bairro | - | Consolação | Copacabana | Centro
    Cidade | city | São Paulo | Rio de Janeiro | Belo Horizonte
    Estado | state | SP | RJ | MG
    CEP | postalCode | 01305-100 | 22010-000 | 30160-010
  `),
  set({ id: 'pt-br-clientes-export-cidade-cadastro', kind: 'Brazilian client management app\'s client list exported to CSV (name, e-mail, phone, city, state, sign-up date)', lang: 'pt', defaultCountry: 'BR', source: 'index:57086594009 (a client list export service, PDF and CSV, TypeScript)' }, `
    Nome | name | Débora Castro | Gustavo Pires | Aline Rezende
    Email | email | debora.castro@example.com.br | gpires@example.com | aline.rezende@example.com.br
    Telefone | phone | (62) 99123-4567 | (62) 3241-5566 | (64) 98456-7890
    Cidade | city | Goiânia | Anápolis | Rio Verde
    Estado | state | GO | GO | GO
    Data Cadastro | - | 02/03/2026 | 15/04/2026 | 28/05/2026
  `),
  set({ id: 'pt-br-erp-contas-crm-cnpj-segmento', kind: 'Brazilian ERP\'s CRM accounts mirrored in a database, the columns an app reads (id, CNPJ or CPF, name, e-mail, phone, city, state, inactive, segment, updated at)', lang: 'pt', defaultCountry: 'BR', source: 'index:53445867190 (an app\'s ERP client helpers, a Supabase select, TypeScript)' }, `
    id | externalId | 3845120011 | 3845120057 | 3845120102
    cnpj_cpf | - | 12.345.678/0001-90 | 98.765.432/0001-10 | 123.456.789-09
    # The accounts are mostly businesses (with a segment and a CNPJ): the name is the Company name.
    nome | companyName | Agropecuária Santa Luzia Ltda | Mercado Bom Preço ME | Oficina do Juca
    email | email | financeiro@santaluzia.example | compras@bompreco.example | juca.oficina@example.com
    telefone | phone | (16) 3322-4455 | (16) 99876-1234 | (16) 3611-2233
    cidade | city | Ribeirão Preto | Sertãozinho | Jaboticabal
    estado | state | SP | SP | SP
    inativo | - | false | false | false
    segmento | - | Agronegócio | Varejo | Serviços
    updated_at | - | 2026-05-12T10:22:31.000Z | 2026-05-14T16:05:12.000Z | 2026-04-30T08:41:55.000Z
  `),
  set({ id: 'pt-br-treinadores-csv-matricula-salario', kind: 'Brazilian gym management exercise\'s trainer file, a semicolon CSV with its header (id, name, e-mail, phone, CPF, registration, salary, role, shift)', lang: 'pt', defaultCountry: 'BR', source: 'index:66161828497 (a Java gym system\'s trainer repository writing a CSV)' }, `
    id | externalId | 1 | 2 | 3
    nome | name | Felipe Rocha | Camila Duarte | Anderson Melo
    email | email | felipe.rocha@example.com | camila.duarte@example.com.br | amelo@example.com
    telefone | phone | (85) 98888-1234 | (85) 99777-4321 | (85) 98123-5678
    cpf | - | 111.222.333-96 | 444.555.666-01 | 777.888.999-34
    # The staff registration number is a second id of the person: not imported.
    matricula | - | TR-0012 | TR-0019 | TR-0023
    salario | - | 3200.00 | 2850.00 | 3500.00
    cargo | - | Personal | Instrutora | Coordenador
    turno | - | Manhã | Noite | Tarde
  `),
  set({ id: 'pt-br-prestadores-servicos-import-valores', kind: 'Brazilian home services marketplace\'s provider import, a semicolon CSV shown as the expected format (name, surname, e-mail, phone, services and prices separated by "|")', lang: 'pt', defaultCountry: 'BR', source: 'index:49179129762 (a services app\'s provider import page, PHP)' }, `
    nome | firstName | Josué | Cristiane | Wellington
    sobrenome | lastName | Bezerra | Farias | Lins
    email | email | josue.bezerra@example.com | cris.farias@example.com.br | wlins@example.com
    telefone | phone | (82) 99604-1122 | (82) 98877-3344 | (81) 99123-4455
    # What a provider offers and charges (services, prices) is not a contact field. The source separates several
    # services with "|", which the table cannot hold: "/" stands for it here.
    servicos | - | Pintura/Elétrica | Diarista | Hidráulica/Jardinagem
    valores | - | 200.00/150.00 | 120.00 | 180.00/90.00
  `),
  set({ id: 'pt-br-cadastro-selenium-termos-arquivo', kind: 'Brazilian form-filling robot\'s input sheet, a semicolon CSV of people to register (name, surname, e-mail, address, complement, country, state, CEP, sex, two consents, a file to upload)', lang: 'pt', defaultCountry: 'BR', source: 'index:9003510365 (a Python Selenium script reading cadastro.csv)' }, `
    Nome | firstName | Larissa | Diego | Vanessa
    Sobrenome | lastName | Tavares | Monteiro | Lopes
    Email | email | larissa.tavares@example.com | diego.monteiro@example.com.br | vlopes@example.com
    Endereço | address1 | Rua das Palmeiras, 45 | Av. Brasil, 2300 | Rua XV de Novembro, 901
    Complemento | - | Apto 12 | "" | Sala 3
    Pais | country | Brasil | Brasil | Brasil
    Estado | state | PR | SC | PR
    CEP | postalCode | 80010-010 | 88015-200 | 80020-310
    SEXO | - | F | M | F
    Aceito_Termos_Contrato | - | Sim | Sim | Sim
    Aceito_Dados_Roubados | - | Não | Não | Não
    Arquivo | - | C:\\fotos\\larissa.jpg | C:\\fotos\\diego.jpg | C:\\fotos\\vanessa.jpg
  `),
  set({ id: 'pt-br-escola-alunos-plano-turmas-creditos', kind: 'Brazilian sports school\'s minimum pupil import template from its planning notes (CPF, phone, name, surname, e-mail, branch, level, plan, plan dates, classes per week, chosen classes, make-up credits, last payment, payment method)', lang: 'pt', defaultCountry: 'BR', source: 'index:46612061141 (a school management app\'s planning document, CSV template)' }, `
    cpf | - | 12345678909 | 98765432100 | 45678912344
    telefone | phone | 5521998765432 | 5521987654321 | 5521976543210
    nome | firstName | Rafaela | Bruno | Letícia
    sobrenome | lastName | Gomes | Cardoso | Pacheco
    email | email | rafaela.gomes@example.com | bruno.cardoso@example.com.br | leticia.p@example.com
    # The branch the pupil trains at is where the plan is used, not a group of contacts: not imported.
    unidade | - | Copacabana | Barra | Copacabana
    nivel | - | Intermediario | Iniciante | Avancado
    plano_tipo | - | mensal | trimestral | mensal
    plano_inicio | - | 2026-10-01 | 2026-09-01 | 2026-10-15
    plano_fim | - | 2026-11-01 | 2026-12-01 | 2026-11-15
    aulas_por_semana | - | 2 | 3 | 1
    turmas_selecionadas | - | 2a 07:00,4a 07:00 | 3a 18:00,5a 18:00,6a 18:00 | sab 09:00
    creditos_reposicao | - | 1 | 0 | 2
    creditos_pacote10 | - | 0 | 0 | 6
    ultimo_pagamento | - | 2026-09-28 | 2026-08-30 | 2026-10-14
    metodo_pagamento | - | PIX | cartao | PIX
  `),
  set({ id: 'pt-br-membros-portal-usuario-senha-perfil', kind: 'Brazilian portal CMS\'s member import file, a semicolon CSV checked by its header line (name, surname, e-mail, user name, password, profile)', lang: 'pt', defaultCountry: 'BR', source: 'index:2762120987 (a portal CMS\'s member import controller, C#)' }, `
    Nome | firstName | Eduardo | Sílvia | Henrique
    Sobrenome | lastName | Nascimento | Prado | Viana
    Email | email | eduardo.nascimento@example.gov.br | silvia.prado@example.com | henrique.viana@example.gov.br
    # The user name the member logs in with is the code the person is filed under there: the External ID.
    Usuario | externalId | enascimento | sprado | hviana
    Senha | - | Tr0c@r123 | Mud@r456 | Nov@789x
    Perfil | - | Editor | Leitor | Administrador
  `),
  withHeader(set({ id: 'pt-br-questionario-eus-relatorio-titulo-largo', kind: 'Brazilian medical society\'s endoscopic ultrasound survey report, a semicolon export with a "Relatório gerado em" line above the header (row number, name, surname, e-mail, sign-up and change dates, language, access level, statuses, workplaces and their cities, answers; the first 41 of its 160 or so columns)', lang: 'pt', defaultCountry: 'BR', above: [['Relatório gerado em 03/12/2026 09:14:52']], source: 'index:38293550139 (a survey site\'s admin export page, PHP)' }, `
    # The first column, headed "#" (a line starting with "#" is a comment here, so withHeader puts the header back),
    # numbers the rows of the report: not imported.
    (#) | - | 1 | 2 | 3
    nome | firstName | Ricardo | Marina | Paulo
    sobrenome | lastName | Azevedo | Couto | Siqueira
    email | email | ricardo.azevedo@example.com.br | marina.couto@example.com | psiqueira@example.org.br
    data_cadastro | - | 2026-03-02 10:11:45 | 2026-03-05 18:30:02 | 2026-03-09 07:55:19
    data_modificacao_cadastro | - | 2026-03-10 09:00:12 | 2026-03-05 18:30:02 | 2026-04-01 21:14:40
    idioma | - | pt | pt | es
    nivel_acesso | - | Usuário | Usuário | Administrador
    status_usuario | - | Ativo | Ativo | Ativo
    status_questionario | - | Concluído | Iniciado | Não iniciado
    # The first institution the respondent works at is the person's employer: the Company name; the others, and
    # the "city/country" cells beside them, are not imported.
    instituicao_1 | companyName | Hospital São Lucas | Santa Casa de Curitiba | Hospital das Clínicas
    cidade_pais_1 | - | Porto Alegre/Brasil | Curitiba/Brasil | São Paulo/Brasil
    instituicao_2 | - | Clínica Gastro Sul | "" | ""
    cidade_pais_2 | - | Canoas/Brasil | "" | ""
    instituicao_3 | - | "" | "" | ""
    cidade_pais_3 | - | "" | "" | ""
    q1_sexo | - | Masculino | Feminino | Masculino
    q2_idade | - | c | b | d
    q3_formacao_medica_gastroenterologia | - | a | a | ""
    q3_formacao_medica_cirurgia | - | "" | "" | b
    q4_cpre | - | a | c | a
    q5a_governo_hospital | - | x | "" | x
    q5a_governo_nao_hospitalar | - | "" | "" | ""
    q5b_privada_hospital | - | x | x | ""
    q5b_privada_nao_hospitalar | - | "" | x | ""
    q5c_independente_hospital | - | "" | "" | ""
    q5c_independente_nao_hospitalar | - | "" | "" | x
    q6_treinamento_eus | - | a | b | a
    q7_instituicao_1 | - | Hospital Israelita | Hospital Pequeno Príncipe | Hospital das Clínicas
    q7_cidade_pais_1 | - | São Paulo/Brasil | Curitiba/Brasil | São Paulo/Brasil
    q7_instituicao_2 | - | "" | "" | ""
    q7_cidade_pais_2 | - | "" | "" | ""
    q7_instituicao_3 | - | "" | "" | ""
    q7_cidade_pais_3 | - | "" | "" | ""
    q8a_anorretal | - | b | a | c
    q8b_esofago | - | c | b | c
    q8c_gastroduodenal | - | c | b | d
    q8d_mediastino | - | a | a | b
    q8e_pancreato_biliar_ampular | - | d | c | e
    q8f_fna | - | c | a | d
    q8g_terapeutica | - | a | "" | b
  `), 0, '#'),
  // ---------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-ci-concours-coranique-inscriptions-google-forms', kind: 'Ivorian student association\'s competition sign-up collected with Google Forms, the CSV its app imports (timestamp, surname, first name, phone, school, level, recitation questions, availability)', lang: 'fr', defaultCountry: 'CI', source: 'index:67503801872 (a competition app\'s specification, CSV import model)' }, `
    Horodateur | - | 2026-01-15 14:23:10 | 2026-01-15 16:02:44 | 2026-01-16 09:11:05
    Nom | lastName | Traoré | Coulibaly | Bamba
    Prénom | firstName | Moussa | Aïcha | Ismaël
    Numéro de téléphone | phone | +225 07 08 12 34 56 | +225 05 44 21 98 76 | 01 02 03 04 05
    # The school or university the student attends is not an employer: not imported.
    Établissement | - | ESATIC | Université FHB | INP-HB
    Niveau coranique | - | je lis aisément | débutant | je lis aisément
    Hadiths AN NAWAWI | - | OUI | NON | OUI
    Mémorisation S87-114 | - | OUI | NON | NON
    Disponibilité 19h-20h | - | Oui | Oui | Non
  `),
  set({ id: 'fr-ma-enseignants-modele-import-vacataire', kind: 'Moroccan private engineering school\'s teacher import template (surname, first name, e-mail, phone, speciality, department, grade, office, status, yearly and weekly hours, employer of part-time staff)', lang: 'fr', defaultCountry: 'MA', source: 'index:70993471637 (a school timetable app\'s teacher management page, CSV model, React)' }, `
    nom | lastName | EL AMRANI | BENNANI | OUAZZANI
    prenom | firstName | Youssef | Salma | Hamza
    email | email | youssef.elamrani@example.ma | salma.bennani@example.ma | h.ouazzani@example.com
    telephone | phone | +212661234567 | "" | +212 6 70 12 34 56
    specialite | - | Réseaux | Mathématiques | Génie civil
    departement | - | Informatique | Sciences | BTP
    grade | - | Professeur | Maître de conférences | Vacataire
    bureau | - | G-112 | B-05 | ""
    statut | - | permanent | permanent | vacataire
    service_annuel_heures | - | 192 | 192 | 60
    max_heures_semaine | - | 18 | 16 | 8
    # A part-time teacher's employer is the person's company (empty for permanent staff).
    entreprise | companyName | "" | "" | Bureau d'études Atlas
  `),
  set({ id: 'fr-association-adherents-import-code-structure', kind: 'French youth association\'s member import format from its design notes (member code, surname, first name, e-mail, phone, role code, unit code)', lang: 'fr', defaultCountry: 'FR', source: 'index:58522616686 (a camp planning app\'s specification, user import section)' }, `
    # The association's member code is its id of the person: the External ID.
    code_adherent | externalId | 100245871 | 100312904 | 100298553
    nom | lastName | Lefèvre | Moreau | Girard
    prenom | firstName | Camille | Théo | Manon
    email | email | camille.lefevre@example.fr | theo.moreau@example.com | manon.girard@example.fr
    telephone | phone | 06 12 34 56 78 | 07 98 76 54 32 | 06 45 67 89 01
    # Codes of the person's role and of the local unit, which name nothing by themselves: not imported.
    code_fonction | - | 210 | 330 | 210
    code_structure | - | 0130500400 | 0130500400 | 0130501200
  `),
  set({ id: 'fr-photographe-commandes-reglees-usb', kind: 'French school photographer\'s paid orders file, a semicolon CSV with a byte-order mark (order reference, surname, first name, e-mail, phone, photo and USB key counts, amount, payment mode and dates)', lang: 'fr', defaultCountry: 'FR', source: 'index:46292977486 (a photo ordering site\'s order management, PHP)' }, `
    # The source writes a byte-order mark before "Ref", which the table cannot hold. The order reference is not imported.
    Ref | - | CMD-2026-0412 | CMD-2026-0413 | CMD-2026-0420
    Nom | lastName | Petit | Roux | Fournier
    Prenom | firstName | Élodie | Julien | Sophie
    Email | email | elodie.petit@example.fr | julien.roux@example.com | s.fournier@example.fr
    Tel | phone | 06 11 22 33 44 | 0677889900 | 07 55 44 33 22
    Nb photos | - | 4 | 2 | 6
    Nb USB | - | 0 | 1 | 1
    Montant | - | 24,00 | 32,00 | 51,00
    Reglement | - | Chèque | Espèces | Chèque
    Date reglement | - | 12/06/2026 | 12/06/2026 | 13/06/2026
    Date encaissement souhaitee | - | 01/07/2026 | "" | 15/07/2026
    Date encaissement reelle | - | "" | "" | ""
  `),
  set({ id: 'fr-rh-salaries-import-contrat-manager', kind: 'French HR app\'s employee import sample, a semicolon CSV (id, surname, first name, e-mail, phone, job role, department, site, status, entry and exit dates, contract type, working time, manager\'s e-mail)', lang: 'fr', defaultCountry: 'FR', source: 'index:14283235351 (an HR app\'s setup script writing employee samples, PowerShell)' }, `
    # The id is empty for new employees and the app's own number for known ones: the External ID.
    id | externalId | "" | 17 | 23
    nom | lastName | Courtois | Benoît | Lambert
    prenom | firstName | Alice | Nathan | Chloé
    email | email | alice.courtois@example.fr | nathan.benoit@example.fr | chloe.lambert@example.fr
    telephone | phone | "" | 06 23 45 67 89 | 01 44 55 66 77
    role_metier | - | administratif | technicien | infirmier
    service | - | RH | Maintenance | Soins
    site | - | PARIS | LYON | PARIS
    statut | - | actif | actif | sorti
    date_entree | - | 2025-01-10 | 2023-09-01 | 2021-03-15
    date_sortie | - | "" | "" | 2026-02-28
    contrat_type | - | CDI | CDD | CDI
    temps_travail | - | 100 | 80 | 100
    # The manager's e-mail is another person's: not imported.
    manager_email | - | drh@example.fr | chef.maintenance@example.fr | cadre.soins@example.fr
  `),
  set({ id: 'fr-cabinet-patients-export-naissance-sexe', kind: 'French medical office app\'s patient export, a semicolon CSV (id, surname, first name, e-mail, phone, birth date, address, sex)', lang: 'fr', defaultCountry: 'FR', source: 'index:3423489302 (a Java clinic manager exporting patients to CSV)' }, `
    ID | externalId | P001 | P002 | P003
    Nom | lastName | Garnier | Chevalier | Blanc
    Prenom | firstName | Lucie | Antoine | Inès
    Email | email | lucie.garnier@example.fr | antoine.chevalier@example.com | ines.blanc@example.fr
    Telephone | phone | 06 98 76 54 32 | 04 78 12 34 56 | 07 61 23 45 67
    DateNaissance | dateOfBirth | 1984-02-17 | 1957-10-05 | 2012-06-30
    Adresse | address1 | 12 rue des Lilas, 69003 Lyon | 5 avenue Foch, 69006 Lyon | 30 chemin du Moulin, 69340 Francheville
    Sexe | - | F | M | F
  `),
  set({ id: 'fr-compta-tiers-import-civilite', kind: 'French association accounting app\'s third-party import, a semicolon CSV (title, surname, first name, e-mail)', lang: 'fr', defaultCountry: 'FR', source: 'index:54551382750 (an accounting app\'s third-party CSV import test, PHP)' }, `
    civilite | - | M. | Mme | ""
    nom | lastName | Perrin | Morel | Faure
    prenom | firstName | Olivier | Nathalie | Hugo
    email | email | olivier.perrin@example.fr | nathalie.morel@example.com | hugo.faure@example.fr
  `),
  set({ id: 'fr-evenements-utilisateurs-fichier-sans-entete', kind: 'French event management exercise\'s user file, one user a line separated by ";" with no header row (id, role, surname, first name, e-mail, password, organisation)', lang: 'fr', noHeader: true, defaultCountry: 'FR', source: 'index:56613962881 (a Java event app\'s participant class, its file line format)' }, `
    "" | externalId | 12 | 13 | 20
    "" | - | PARTICIPANT | PARTICIPANT | PARTICIPANT
    "" | lastName | Mercier | Dupuis | Roche
    "" | firstName | Clément | Laura | Yanis
    "" | email | clement.mercier@example.fr | laura.dupuis@example.com | yanis.roche@example.fr
    "" | - | azerty12 | Mdp!2026 | roche_y9
    # The organisation a participant comes from is the person's company.
    "" | companyName | Université de Nantes | Atelier Dupuis | ""
  `),
  set({ id: 'fr-pass-culture-beneficiaires-import-siren', kind: 'French culture pass platform\'s user import CSV used by its import script tests (surname, first name, e-mail, phone, département, postcode, birth date, role, SIREN, type)', lang: 'fr', defaultCountry: 'FR', source: 'index:12225829732 (a culture pass backend\'s user import script tests, Python)' }, `
    Nom | lastName | Lemoine | Barbier | Renaud
    Prénom | firstName | Zoé | Mathis | Léna
    Mail | email | zoe.lemoine@example.fr | mathis.barbier@example.com | lena.renaud@example.fr
    Téléphone | phone | 0612345678 | 0798765432 | 0645678901
    # The département of residence is the area above the town: the State.
    Département | state | 86 | 44 | 33
    Code postal | postalCode | 86000 | 44100 | 33800
    Date de naissance | dateOfBirth | 2008-03-14 | 2008-07-22 | 2007-12-01
    Role | - | BENEFICIARY | BENEFICIARY | PRO
    SIREN | - | "" | "" | 123456789
    Type | - | interne:test | interne:test | interne:test
  `),
  set({ id: 'fr-btp-ouvriers-import-embauche', kind: 'French building firm\'s site safety app, its worker import format (surname, first name, e-mail, hiring date, status)', lang: 'fr', defaultCountry: 'FR', source: 'index:62610020820 (a safety app\'s import page, expected formats, React)' }, `
    nom | lastName | Da Silva | Martin | Haddad
    prenom | firstName | Rui | Kevin | Samir
    email | email | rui.dasilva@example.fr | kevin.martin@example.com | samir.haddad@example.fr
    dateEmbauche | - | 2019-04-01 | 2024-09-16 | 2015-02-02
    statut | - | actif | intérimaire | actif
  `),
  set({ id: 'fr-statuts-associes-table-denomination-rc', kind: 'French company formation app\'s partners table, the columns it inserts for each partner, a person or a company (type, title, surname, first name, address, postcode, town, share, company name, trade register number)', lang: 'fr', defaultCountry: 'FR', source: 'index:25177662804 (a company formation form\'s partner model, PHP)' }, `
    # The source writes " Civilité" with a leading space, which the table cannot hold.
    Type | - | personne physique | personne morale | personne physique
    Civilité | - | Mme | M. | M.
    Nom | lastName | Bertrand | Vidal | Gauthier
    Prénom | firstName | Agnès | Louis | Rémi
    Adresse | address1 | 8 rue Pasteur | 45 boulevard Carnot | 2 impasse des Vignes
    Code_Postal | postalCode | 31000 | 34000 | 30900
    Ville | city | Toulouse | Montpellier | Nîmes
    Participation | - | 50 | 30 | 20
    # For a partner that is a company, its name ("Dénomination") is the Company name.
    Dénomination | companyName | "" | Vidal Holding SAS | ""
    RC | - | "" | RCS Montpellier 812 345 678 | ""
  `),
  set({ id: 'fr-rh-candidats-formulaire-dernier-employeur', kind: 'French recruitment app\'s candidate form, the fields its create action binds (staff number, surname, first name, e-mail, phone, level, experience, last employer)', lang: 'fr', defaultCountry: 'FR', source: 'index:4934971276 (an ASP.NET MVC candidates controller, C#)' }, `
    # The candidate's registration number in the app is its id of the person: the External ID.
    matricule | externalId | C-2026-041 | C-2026-042 | C-2026-057
    nom | lastName | Collin | Brun | Marchand
    prénom | firstName | Pauline | Adrien | Sarah
    mail | email | pauline.collin@example.fr | adrien.brun@example.com | sarah.marchand@example.fr
    Téléphone | phone | 06 77 88 99 00 | 07 12 21 34 43 | 06 50 60 70 80
    niveau | - | Bac+5 | Bac+3 | Bac+2
    Expr | - | 6 | 2 | 10
    # The candidate's last employer is where the person works or worked: the Company name.
    dernier_emp | companyName | Capgemini | Boulangerie Brun | Groupe Casino
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-scout-buonacaccia-censimento-sep-largo', kind: 'Italian scout association\'s member census export (Buona Caccia), a CSV with a "sep=," line above the header and every value written as ="…" (scout year, member code, name, surname, sex, birth date and place, tax code, nationality, street, house number, town, province, CAP, e-mail, mobile, job, training level, unit, status, group and the group\'s own address, phone, codes, parish and diocese; 34 columns and a trailing empty one)', lang: 'it', defaultCountry: 'IT', above: [['sep=,']], source: 'index:60598839221 (a scout leaders\' app\'s census CSV parser tests, Python)' }, `
    ANNO SCOUT | - | 2026 | 2026 | 2026
    # The association's member code is its id of the person: the External ID.
    CODICE SOCIO | externalId | 10452 | 11873 | 12960
    NOME | firstName | CHIARA | LORENZO | FEDERICA
    COGNOME | lastName | ESPOSITO | DE LUCA | CAPASSO
    SESSO | - | F | M | F
    DATA NASCITA | dateOfBirth | 14/06/1988 | 02/11/1979 | 23/03/1995
    COMUNE NASCITA | - | NAPOLI | SALERNO | AVELLINO
    CODICE FISCALE | - | SPSCHR88H54F839K | DLCLNZ79S02H703B | CPSFDR95C63A509Q
    NAZIONALITA | - | ITALIA | ITALIA | ITALIA
    INDIRIZZO | address1 | VIA TASSO | CORSO VITTORIO EMANUELE | VIA DE CONCILIIS
    CIVICO | - | 12 | 245 | 7
    COMUNE RESIDENZA | city | NAPOLI | SALERNO | AVELLINO
    PROVINCIA RESIDENZA | state | NA | SA | AV
    CAP | postalCode | 80127 | 84123 | 83100
    EMAIL | email | chiara.esposito@example.it | lorenzo.deluca@example.com | fede.capasso@example.it
    CELLULARE | phone | 3331234567 | 3479876543 | 3284567123
    PROFESSIONE | - | INSEGNANTE | INGEGNERE | STUDENTESSA
    LIVELLO FOCA | - | 3 | 4 | 1
    INGRESSO COCA | - | 2012 | 2005 | 2021
    # The branch of the association the leader serves in (clan, reparto) is like a class: not imported.
    COMUNITA SOCIO | - | CLAN | REPARTO | BRANCO
    STATUS SOCIO | - | RINNOVO ADESIONE | RINNOVO ADESIONE | NUOVA ADESIONE
    # The scout group the member is registered with is a group the person belongs to: Tags. Its code, e-mail,
    # address, phone, tax code, parish, diocese and name are the group's, not the member's.
    GRUPPO | tags | NAPOLI 5 | SALERNO 2 | AVELLINO 1
    ORDINALE | - | E0412 | E0288 | E0133
    EMAIL GRUPPO | - | napoli5@example.org | salerno2@example.org | avellino1@example.org
    INDIRIZZO GRUPPO | - | VIA PETRARCA | VIA IRNO | VIA GRUPPO
    CIVICO GRUPPO | - | 90 | 14 | 2
    CAP GRUPPO | - | 80122 | 84135 | 83100
    RESIDENZA GRUPPO | - | NAPOLI | SALERNO | AVELLINO
    PROVINCIA GRUPPO | - | NA | SA | AV
    TELEFONO GRUPPO | - | 0817654321 | 089234567 | 0825123456
    CODICE FISCALE GRUPPO | - | 94012340638 | 95023450655 | 92034560641
    PARROCCHIA GRUPPO | - | SANTA MARIA DELLA LIBERA | SAN DEMETRIO | SAN MODESTINO
    DIOCESI GRUPPO | - | NAPOLI | SALERNO | AVELLINO
    DENOM. SOCIALE GRUPPO | - | AGESCI NAPOLI 5 | AGESCI SALERNO 2 | AGESCI AVELLINO 1
    "" | - | "" | "" | ""
  `),
  set({ id: 'it-associazione-soci-import-tessera', kind: 'Italian association management app\'s member CSV import, a semicolon file (name, surname, e-mail, joining date, membership card type)', lang: 'it', defaultCountry: 'IT', source: 'index:66327547764 (an association app\'s member CSV preview and commit tests, Python)' }, `
    nome | firstName | Elisa | Matteo | Giorgia
    cognome | lastName | Fontana | Barbieri | Marchetti
    email | email | elisa.fontana@example.it | matteo.barbieri@example.com | giorgia.m@example.it
    data_iscrizione | - | 2026-01-15 | 2026-02-03 | 2026-03-20
    # The kind of membership card (annual, junior, honorary) is a category the member is filed under: Tags.
    tipo_tessera | tags | annual | junior | annual
  `),
  set({ id: 'it-rubrica-xml-csv-telefono-separatore-finale', kind: 'Italian address book exercise converting its XML contacts to a semicolon CSV whose header ends in a separator (name, surname, phone, e-mail, then an empty column)', lang: 'it', defaultCountry: 'IT', source: 'index:15418134169 (a Java contact converter writing a CSV file)' }, `
    NOME | firstName | Valentina | Simone | Alessia
    COGNOME | lastName | Gallo | Ferri | Lombardi
    TELEFONO | phone | 3401122334 | 0541778899 | 3395544332
    EMAIL | email | valentina.gallo@example.it | simone.ferri@example.com | alessia.lombardi@example.it
    "" | - | "" | "" | ""
  `),
  set({ id: 'it-utenti-csv-nome-cognome-email-id', kind: 'Italian quiz app\'s user file, a semicolon CSV with a header written when the file is new (name, surname, e-mail, id)', lang: 'it', defaultCountry: 'IT', source: 'index:11029235751 (a Java user manager writing users.csv)' }, `
    Nome | firstName | Davide | Martina | Stefano
    Cognome | lastName | Colombo | Ricci | Moretti
    Email | email | davide.colombo@example.it | martina.ricci@example.com | s.moretti@example.it
    # The user's id in the app: a bare "ID" of a contact list is the External ID.
    ID | externalId | U001 | U002 | U003
  `),
  set({ id: 'it-viaggio-partecipanti-codici-admin', kind: 'Italian group trip app\'s participant import, a semicolon CSV exported from the tour operator\'s system (name, surname, e-mail, admin flag)', lang: 'it', defaultCountry: 'IT', source: 'index:71636345137 (a trip app\'s README, participant import section)' }, `
    nome | firstName | Sara | Federico | Ilaria
    cognome | lastName | Conti | Mancini | Greco
    email | email | sara.conti@example.it | "" | ilaria.greco@example.com
    admin | - | "" | si | ""
  `),
  set({ id: 'it-biblioteca-utenti-txt-matricola-sin-intestazione', kind: 'Italian university library exercise\'s user archive, one user a line separated by ";" with no header row (name, surname, e-mail, student number)', lang: 'it', noHeader: true, defaultCountry: 'IT', source: 'index:37909852599 (a Java library app\'s user archive, Utenti.txt)' }, `
    "" | firstName | Luca | Francesca | Andrea
    "" | lastName | Romano | Bruno | Costa
    "" | email | l.romano@studenti.example.it | f.bruno@studenti.example.it | a.costa@studenti.example.it
    # The student number is the university's id of the person: the External ID.
    "" | externalId | 0612708123 | 0612709456 | 0612710789
  `),
  set({ id: 'it-rubrica-import-contatti-note', kind: 'Italian address book app\'s contact import into a database, a semicolon CSV with a header row (name, surname, phone, e-mail, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:45265939684 (a Java contact importer writing to MySQL)' }, `
    NOME | firstName | Paolo | Roberta | Emanuele
    COGNOME | lastName | Rinaldi | Caruso | Ferrara
    TELEFONO | phone | 347 123 4567 | 06 5566 7788 | 333 987 6543
    EMAIL | email | paolo.rinaldi@example.it | roberta.caruso@example.com | ""
    NOTE | - | Cliente storico | "" | Richiamare lunedì
  `),
  set({ id: 'it-rubrica-wpf-pk-cap', kind: 'Italian WPF address book\'s data file, a semicolon CSV (contact key, name, surname, phone, e-mail, CAP)', lang: 'it', defaultCountry: 'IT', source: 'index:9213818439 (an address book app\'s README, the Dati.csv layout)' }, `
    # PK is the contact's own number in the address book (1 is the first contact): the External ID, like a bare ID.
    PK | externalId | 1 | 2 | 3
    Nome | firstName | Giacomo | Noemi | Riccardo
    Cognome | lastName | Pari | Guidi | Benedetti
    Telefono | phone | 3471234567 | 0541765432 | 3289876543
    EMail | email | giacomo.pari@example.it | noemi.guidi@example.com | r.benedetti@example.it
    CAP | postalCode | 47921 | 47923 | 47838
  `),
  set({ id: 'it-rubrica-telefonica-export-id', kind: 'Italian phone book console app\'s CSV export sorted by id (id, name, surname, phone, e-mail)', lang: 'it', defaultCountry: 'IT', source: 'index:23473738331 (a Java phone book saving its records to CSV)' }, `
    ID | externalId | 1 | 2 | 3
    NOME | firstName | Marco | Beatrice | Tommaso
    COGNOME | lastName | Sala | Villa | Galli
    TELEFONO | phone | +39 02 1234567 | +39 345 6789012 | 031 987654
    EMAIL | email | marco.sala@example.it | bea.villa@example.com | tommaso.galli@example.it
  `),
  set({ id: 'it-clienti-aziende-export-ragione-sociale', kind: 'Italian invoicing app\'s client list exported to CSV, the rows being companies (company name, VAT number, tax code, address, town, CAP, province, phone, e-mail, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:65817024334 (an invoicing API\'s client CSV export, Rust)' }, `
    Ragione Sociale | companyName | Officine Meccaniche Berti S.r.l. | Studio Rossetti & Partners | Panificio Da Nino di Russo Antonino
    Partita IVA | - | 01234567890 | 09876543210 | 04567891230
    Codice Fiscale | - | 01234567890 | 09876543210 | RSSNTN70A01F205X
    Indirizzo | address1 | Via dell'Industria 14 | Corso Magenta 56 | Via Roma 3
    Città | city | Brescia | Milano | Bergamo
    CAP | postalCode | 25125 | 20123 | 24121
    Provincia | state | BS | MI | BG
    Telefono | phone | 030 2345678 | 02 87654321 | 035 223344
    Email | email | amministrazione@bertimeccanica.example | info@studiorossetti.example | panificiodanino@example.it
    Note | - | Pagamento 60 gg | "" | Consegna il sabato
  `),
  set({ id: 'it-utenti-csv-documento-id-separatore-finale', kind: 'Italian shop management exercise\'s user file, a semicolon CSV whose header ends in a separator (id, name, surname, birth date, address, ID document, then an empty column)', lang: 'it', defaultCountry: 'IT', source: 'index:31728041296 (a Java user manager rewriting its CSV)' }, `
    ID | externalId | 1 | 2 | 3
    Nome | firstName | Cristina | Alessandro | Giulia
    Cognome | lastName | Marini | Testa | Pellegrini
    Data di nascita | dateOfBirth | 12/04/1986 | 30/08/1992 | 05/01/1978
    Indirizzo | address1 | Via Garibaldi 21, Torino | Piazza Dante 4, Genova | Via Mazzini 77, Verona
    # The number of an identity document is a national id: not imported.
    Documento ID | - | CA12345AB | AX9876543 | CB54321CD
    "" | - | "" | "" | ""
  `),
  set({ id: 'it-car-sharing-utenti-txt-sin-intestazione', kind: 'Italian car sharing exercise\'s user file, one user a line separated by ";" with no header row (name, surname, e-mail, password)', lang: 'it', noHeader: true, defaultCountry: 'IT', source: 'index:20114302586 (a C car sharing program loading its user file)' }, `
    "" | firstName | Nicola | Angela | Pietro
    "" | lastName | Fabbri | Serra | Longo
    "" | email | nicola.fabbri@example.it | angela.serra@example.com | pietro.longo@example.it
    "" | - | pass2026 | Serra!88 | longoP_12
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-diocese-youth-event-liability-forms-all', kind: 'Catholic diocese youth event platform\'s full export of approved liability forms, one participant a line (youth group, parish, access code, name, age, gender, birth date, e-mail, phone, medical and diet details, emergency contact, shirt size, form status and approval)', lang: 'en', source: 'index:38884277026 (a youth event platform\'s export route, TypeScript)' }, `
    # The youth group and the parish a participant comes with are groups the person belongs to: Tags.
    Group | tags | St. Anne Youth | Holy Family Teens | St. Anne Youth
    Parish | tags | St. Anne | Holy Family | St. Anne
    Access Code | - | SA-7Q2K | HF-3M9X | SA-7Q2K
    First Name | firstName | Olivia | Mateo | Grace
    Last Name | lastName | Brennan | Alvarez | Nguyen
    Age | - | 15 | 16 | 14
    Gender | - | Female | Male | Female
    DOB | dateOfBirth | 2011-02-14 | 2010-06-30 | ""
    Email | email | olivia.brennan@example.com | mateo.alvarez@example.com | ""
    Phone | phone | (614) 555-0142 | (614) 555-0178 | (740) 555-0116
    Allergies | - | Peanuts | None | Penicillin
    Medications | - | EpiPen | "" | Inhaler as needed
    Medical Conditions | - | "" | "" | Asthma
    Dietary Restrictions | - | Nut-free | Vegetarian | ""
    Emergency Contact | - | Maureen Brennan | Luis Alvarez | Thi Nguyen
    Emergency Phone | - | (614) 555-0199 | (614) 555-0133 | (740) 555-0187
    Shirt Size | - | YM | AL | AS
    Form Status | - | approved | approved | approved
    # The staff member who approved the form handled the form, not the contact: not imported.
    Approved By | - | Karen Walsh | Karen Walsh | Fr. Tom Reilly
    Approved Date | - | 2026-05-02 | 2026-05-03 | 2026-05-06
    Submitted Date | - | 2026-04-28 | 2026-04-30 | 2026-05-05
  `),
  set({ id: 'en-volunteer-hub-export-skills-hours', kind: 'community nonprofit\'s volunteer hub, its volunteer list exported to CSV (name, e-mail, phone, skills, availability, status, hours logged)', lang: 'en', source: 'index:56132792379 (a volunteer dashboard\'s CSV exporter, React)' }, `
    Volunteer Name | name | Dana Whitfield | Marcus Green | Priya Raman
    Email | email | dana.whitfield@example.org | mgreen@example.com | priya.raman@example.org
    Phone | phone | 503-555-0147 | "" | 971-555-0162
    Skills | - | Cooking / Driving | Tutoring | First aid / Spanish
    Availability | - | Weekends | Weekday evenings | Flexible
    Status | - | active | pending | active
    Hours Logged | - | 42 | 0 | 17.5
  `),
  set({ id: 'en-au-mentor-sign-up-form-class-preferences', kind: 'Australian school mentoring programme\'s mentor sign-up form responses as its allocation tool reads them (timestamp, name, e-mail, phone, Working With Children Check and number, driver, gender, experience, then a preference column per class time; 26 columns)', lang: 'en', defaultCountry: 'AU', source: 'index:20164017817 (a mentor allocation tool\'s fake-data generator, Python)' }, `
    # Each class column is written after ", " in the source: its leading space cannot be held by the table. The third
    # class header runs two class names together, as the source does.
    Timestamp | - | 2026/02/09 | 2026/02/09 | 2026/02/10
    Name | name | Hannah Price | Tom O'Connell | Mei Lin
    Email | email | hannah.price@example.com.au | tom.oconnell@example.com | mei.lin@example.edu.au
    Phone Number | phone | 0412 345 678 | 0423 987 654 | 0434 112 233
    Do you have a Working With Children Check? If not- please organise this before next Monday the 13th. | - | Yes | No | Yes
    If you do have a WWCC what is your number? | - | WWC1234567E | "" | WWC7654321E
    Can you drive to and from your class? | - | Yes | Yes | No
    What is your gender? | - | Female | Male | Female
    Have you mentored before? | - | No | Yes | No
    Monday 9:55-11am - Kiara College | - | 1 | 0 | 0
    Monday 10-11am - Balga SHS | - | 0 | 2 | 0
    Monday 12:18-1:22pm - Fremantle CollegeMonday 12:18-1:22pm - Fremantle College | - | 0 | 0 | 1
    Monday 1:55-2:45pm - Southern River College | - | 2 | 0 | 0
    Tuesday 8:50-9:55am - Kiara College | - | 0 | 0 | 2
    Tuesday 10-11am - Balga SHS | - | 0 | 1 | 0
    Tuesday 12:18-1:22pm - Fremantle College | - | 3 | 0 | 0
    Tuesday 1:55-2:45pm - Southern River College | - | 0 | 0 | 3
    Wednesday 10-11am - Balga SHS | - | 0 | 3 | 0
    Wednesday 11:10-12:15pm - Fremantle College | - | 4 | 0 | 0
    Wednesday 12:20-1:25pm - Balga SHS | - | 0 | 4 | 0
    Wednesday 1:55-2:45pm - Southern River College | - | 0 | 0 | 4
    Thursday 1:05-1:55pm - Southern River College | - | 0 | 0 | 0
    Thursday 1:45-2:50pm - Fremantle College | - | 0 | 0 | 0
    Thursday 1:55-3pm - Kiara College | - | 0 | 0 | 0
    Friday 9:30-10:40am - Hampton SHS | - | 0 | 0 | 0
    Friday 2-3pm BalgaSHS | - | 0 | 0 | 0
  `),
  set({ id: 'en-in-student-club-applicants-google-form', kind: 'Indian student club\'s applicant form responses (Google Forms) read by a recruiting tool (timestamp, name, e-mail, phone, college, degree, year of study)', lang: 'en', defaultCountry: 'IN', source: 'index:22375377192 (a recruiting tool\'s README, input format)' }, `
    Timestamp | - | 2026/02/08 2:54:20 pm GMT+5:30 | 2026/02/08 3:10:02 pm GMT+5:30 | 2026/02/09 10:41:47 am GMT+5:30
    Name | name | Aditya Rao | Nisha Pillai | Karan Malhotra
    Email | email | aditya.rao@example.in | nisha.pillai@example.com | karan.m@example.in
    Phone number | phone | 9876543210 | 9123456780 | 9988776655
    # The college a student attends is not an employer: not imported.
    College/University Name | - | VIT Vellore | NIT Trichy | DTU
    Degree Name | - | B.Tech Computer Science | B.E. Electronics | B.Tech IT
    Year of Study | - | 3 | 2 | 4
  `),
  set({ id: 'en-eventbrite-registrations-ticket-quantity', kind: 'Eventbrite attendee export as a community event app imports it, its smallest layout (order id, attendee first and last name, e-mail, ticket quantity)', lang: 'en', source: 'index:60520380011 (an event app\'s Eventbrite registration parser tests, TypeScript)' }, `
    Order ID | - | 13489207731 | 13489211904 | 13489230518
    Attendee first name | firstName | Rachel | Devin | Sofia
    Attendee last name | lastName | Kim | Okafor | Romero
    Attendee email | email | rachel.kim@example.com | devin.okafor@example.net | sofia.romero@example.com
    Ticket quantity | - | 2 | 1 | 4
  `),
  set({ id: 'en-pk-marketplace-orders-export-customer-city', kind: 'South Asian marketplace\'s order export from a seller dashboard (order id, total, date, status, payment method, customer name, e-mail, phone, city, address, items)', lang: 'en', defaultCountry: 'PK', source: 'index:28077543739 (a marketplace account page, orders CSV export, React)' }, `
    Order ID | - | 1042 | 1043 | 1051
    Total | - | 2000 | 1200 | 5450
    Date | - | 5/1/2026, 10:14:22 AM | 5/1/2026, 6:40:05 PM | 5/3/2026, 9:02:51 AM
    Status | - | delivered | shipped | pending
    Payment Method | - | COD | card | COD
    Customer Name | name | Ayesha Khan | Bilal Ahmed | Sana Malik
    Customer Email | email | ayesha.khan@example.pk | bilal.ahmed@example.com | sana.malik@example.pk
    Customer Phone | phone | 0300 1234567 | 0321-7654321 | +92 333 9876543
    Customer City | city | Lahore | Karachi | Islamabad
    Customer Address | address1 | House 12, Street 5, Gulberg III | Flat 4B, Block 7, Clifton | House 88, F-7/2
    Items | - | Wireless Earbuds (x1); Phone Case (x2) | Desk Lamp (x1) | Air Fryer (x1)
  `),
  set({ id: 'en-girl-scout-troop-cookie-sales-import', kind: 'Girl Scout troop app\'s cookie sales import template (date, cookie type, quantity, customer name, e-mail, phone, payment status and method, notes)', lang: 'en', source: 'index:34575257138 (a troop cookie app\'s API documentation, import templates)' }, `
    Date | - | 2026-01-15 | 2026-01-15 | 2026-01-17
    Cookie Type | - | Thin Mints | Samoas | Tagalongs
    Quantity | - | 2 | 3 | 1
    Customer Name | name | Linda Harper | Greg Novak | Angela Ruiz
    Customer Email | email | linda.harper@example.com | gnovak@example.net | ""
    Customer Phone | phone | 555-0142 | "" | (402) 555-0173
    Payment Status | - | Paid | Pending | Paid
    Payment Method | - | Cash | Credit Card | Venmo
    Notes | - | "" | Will pay on delivery | Neighbor on Elm St
  `),
  set({ id: 'en-in-shop-customers-summary-total-spent', kind: 'Indian online shop admin\'s customer summary export, grouped from the orders (customer name, e-mail, phone, order count, total spent)', lang: 'en', defaultCountry: 'IN', source: 'index:56211703852 (a shop server\'s admin reports, customers CSV, JavaScript)' }, `
    Customer Name | name | Ritu Sharma | Vikram Singh | Ananya Iyer
    Customer Email | email | ritu.sharma@example.in | vikram.singh@example.com | ananya.iyer@example.in
    Customer Phone | phone | 9812345670 | +91 99887 66554 | 9001122334
    Orders Count | - | 5 | 1 | 12
    Total Spent (INR) | - | 7495 | 899 | 23650
  `),
];
