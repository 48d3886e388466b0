// The thirty-third held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files and English ones from churches, scout groups, a woodworking club and schools; the other
// half, corpus-heldout33a.ts, holds the other files): 57 header sets (607 columns, 304 of them expected to map;
// 12 Spanish, 20 Portuguese, 13 French, 6 Italian, 6 English; 4 files without a header row, 2 with an Excel "sep="
// line above the header; 7 sets of 20 to 37 columns). Fewer Italian and English sets than planned and more
// Portuguese ones: most Italian and English header rows the look-ups found were already in older parts.
// The theme is small organisations' lists: customers of shops, salons, a guest house and a pool service, patients of
// clinics, pupils and their families, members of associations, clubs, a brotherhood and a federation, volunteers,
// donors, event guests and registrations, applicants, and importer templates of local tools (shop, ERP, federation,
// school and club software). The header rows were found with the public code index's look-ups (exact header strings
// and searches by meaning) and read in the file that writes or holds them: CSV templates and test fixtures, export
// code's header lines, record layouts described in READMEs and import scripts. "github:owner/repo path" names the file the
// header text was read from; "index:<id>" names it by the code index's id where the repository is not known. Each was
// written down, with the mapping a careful person would choose by the field definitions and the rules, BEFORE
// the mapper was run on them and without reading the lexicon or the mapper. Sample values are made up in the shape of
// each file's own (no personal data or example rows from the sources are copied). Byte-order marks and a header's
// leading or trailing space cannot be written in the table and are left out (a set's kind or comment says where).
// Wide files are kept to their first columns, stopping at a column boundary. No set's headers repeat an older part's
// (each was compared lower-cased).
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
// From the fifteenth part's first half, kept here:
// - A Dutch "tussenvoegsel" (van, de, van der) in a column of its own is not imported (the last name column is still
//   the Last name); initials ("Voorletters") alone are the First name, the only given-name column the file has.
// Where these are still silent, a set says in a comment what was chosen and why.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout33' }, table);

export const HELDOUT33B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-hermandad-vestidores-exportacion', kind: 'brotherhood (cofradía) app\'s export of its dressers\' register, written with a byte-order mark (names, surnames, national id, phone, address, birth year, year joined, birthplace, category, registration date)', lang: 'es', defaultCountry: 'ES', source: 'index:59086280855 (a brotherhood web app\'s "export dressers to CSV" function, its header line)' }, `
    Nombre | firstName | Rocío | Manuel | Inmaculada
    Apellidos | lastName | Carmona Ruiz | Gallego Pardo | Jiménez de la Rosa
    DNI | - | 28765431Q | 44120987M | 30554812T
    Teléfono | phone | 654 210 987 | 955 412 300 | 622 908 114
    Dirección | address1 | C/ Feria 41, 2ºB | Avda. de la Cruz Roja 12 | Pza. San Lorenzo 3
    # A birth year alone is no date of birth: not imported.
    Año Nacimiento | - | 1978 | 1965 | 1990
    Año Ingreso | - | 2004 | 1989 | 2015
    Lugar Nacimiento | - | Sevilla | Écija | Dos Hermanas
    # The dresser's category in the brotherhood (a group the member is filed under): Tags.
    Categoría | tags | Vestidor | Auxiliar | Camarera
    Fecha Registro | - | 12/03/2024 | 12/03/2024 | 02/04/2024
  `),
  set({ id: 'es-biblioteca-socios-csv-programa', kind: 'library course project\'s members file written by its model code (id, national id, first name, surname, phone, e-mail)', lang: 'es', defaultCountry: 'AR', source: 'github:juanmontecino/programacion2 tp7/biblioteca/modelos/model_socios.py (the members CSV, its header list)' }, `
    # The library's own member number: a bare id of a contact list, the External ID.
    id | externalId | 1 | 2 | 3
    dni | - | 32456781 | 28901234 | 40112358
    nombre | firstName | Lucía | Martín | Florencia
    apellido | lastName | Benítez | Quiroga | Sosa
    telefono | phone | 3415 556712 | 3416 208844 | 3414 731290
    email | email | lucia.benitez@example.com.ar | mquiroga@example.com | flor.sosa@example.net
  `),
  set({ id: 'es-solicitudes-canal-pregunta-exportacion', kind: 'web app\'s admin export of applications received (first name, surname, e-mail, channel, question, status, notes, date)', lang: 'es', source: 'index:52288170589 (an admin page\'s "export CSV" of applications, its header array)' }, `
    Nombre | firstName | Valentina | Tomás | Camila
    Apellido | lastName | Rojas | Herrera | Paredes
    Email | email | vale.rojas@example.com | tomas.herrera@example.cl | camiparedes@example.com
    # The applicant's main channel (Instagram, YouTube...): not how they came to us; not imported.
    Canal | - | Instagram | YouTube | TikTok
    Pregunta | - | ¿Cuánto cuesta? | ¿Hay cupos? | ¿Es online?
    Estado | - | nuevo | contactado | nuevo
    Notas | - | "" | Llamar el lunes | ""
    Fecha | - | 2025-03-02T14:11:09Z | 2025-03-04T09:40:51Z | 2025-03-05T21:02:33Z
  `),
  set({ id: 'es-ar-pacientes-excel-dni-nacimiento', kind: 'Argentine health app\'s patient import test: an Excel CSV with a byte-order mark, separated by ";" (name, surname, national id, phone, e-mail, date of birth)', lang: 'es', defaultCountry: 'AR', source: 'index:61325034504 (a patient import parser\'s test of a realistic Argentine Excel file)' }, `
    Nombre | firstName | Ana Laura | Diego | Micaela
    Apellido | lastName | Giménez | Ferreyra | O'Connor
    DNI | - | 29.345.678 | 31222333 | 38.456.120
    Teléfono | phone | +54 9 351 612 3344 | 0351 487-2210 | +54 9 11 5566 7788
    Email | email | analaura.g@example.com.ar | "" | mica.oconnor@example.com
    Fecha de Nacimiento | dateOfBirth | 14/02/1982 | 03/09/1975 | ""
  `),
  set({ id: 'es-ar-consultorio-pacientes-sin-cabecera', kind: 'Argentine medical practice app\'s patients text file, one patient a line separated by ";", with no header row (name, surname, national id, phone, clinical record number, health insurer, e-mail)', lang: 'es', noHeader: true, defaultCountry: 'AR', source: 'index:60034006781 (a practice app\'s description of its patients.txt record layout)' }, `
    "" | firstName | Gabriela | Hernán | Rocío
    "" | lastName | Acosta | Villalba | Peralta
    "" | - | 30111456 | 27654321 | 41020333
    "" | phone | 1145678901 | 2214563321 | 3515559012
    "" | - | HC-0012 | HC-0013 | HC-0014
    "" | - | OSDE | Swiss Medical | PAMI
    "" | email | gabi.acosta@example.com | hvillalba@example.com.ar | rocio.peralta@example.com
  `),
  set({ id: 'es-mx-evento-asistentes-plataforma-camara', kind: 'Mexican real-estate association\'s event app import test: attendees as a chamber platform exports them, separated by ";" (id, full name, mobile, e-mail, organisation)', lang: 'es', defaultCountry: 'MX', source: 'index:62239241035 (an event check-in app\'s import tests: the file "as the client sends it")' }, `
    # The chamber platform's own id of the person (kept as the QR code): another system's id, the External ID.
    ID | externalId | 66b1f20a9c0d3e0015a1b2c3 | 66b1f20a9c0d3e0015a1b2c4 | 66b1f20a9c0d3e0015a1b2c5
    NOMBRE COMPLETO | name | Fernanda Ibarra | Ricardo Salcido | Mónica Valenzuela
    Celular | phone | +52 664 321 7788 | +52 686 555 1200 | 664 908 1133
    Correo Electrónico | email | FER.IBARRA@EXAMPLE.MX | ricardo@example.com | monica.v@example.mx
    Organización | companyName | Inmobiliaria Pacífico | Bienes Raíces del Valle | ""
  `),
  set({ id: 'es-uy-club-socios-formato-importacion', kind: 'Uruguayan sports club admin app\'s members import format (identity card, full name, mobile, emergency contact and mobile, birth date, fee type, illnesses, comments)', lang: 'es', defaultCountry: 'UY', source: 'index:9339698054 (a club admin app\'s import formats document: the members CSV)' }, `
    # The national identity card number: not imported.
    ci | - | 4521873-6 | 3987412-2 | 5102334-9
    nombre | name | Martín Olivera | Sofía Rodríguez | Joaquín Cabrera
    celular | phone | 099 481 223 | 098 765 120 | 094 332 871
    # The emergency contact's columns are another person's: not imported.
    contacto_emergencia | - | Laura Olivera | Diego Rodríguez | Ana Cabrera
    emergencia_movil | - | 099 112 334 | 091 887 654 | 092 445 901
    fecha_nacimiento | dateOfBirth | 1994-03-21 | 2001-11-08 | 1988-06-30
    # The member's fee plan (monthly, yearly): not a group; not imported.
    tipo_cuota | - | Mensual | Anual | Mensual
    enfermedades | - | "" | Asma | ""
    comentarios | - | "" | Lesión de rodilla 2023 | ""
  `),
  set({ id: 'es-uy-club-socios-ejemplo-app', kind: 'Uruguayan sports club admin app\'s example members CSV shown in its import screen (identity card, full name, mobile, emergency contact, fee type, illnesses, comments)', lang: 'es', defaultCountry: 'UY', source: 'index:41621991493 (a club admin app\'s "see a CSV example" in its import page)' }, `
    ci | - | 47823311 | 51239987 | 39008412
    nombre | name | Federico Silva | Camila Pereira | Nicolás Fernández
    celular | phone | 099123987 | 098456321 | 091778899
    contacto_emergencia | - | Rosa Silva | Jorge Pereira | ""
    tipo_cuota | - | Libre - $2000 | Estudiante - $1200 | Libre - $2000
    enfermedades | - | Ninguna | "" | Diabetes
    comentarios | - | "" | Viene martes y jueves | ""
  `),
  set({ id: 'es-cl-fundacion-beneficiarios-sin-cabecera', kind: 'Chilean disability support foundation app\'s beneficiaries file, one person a line separated by ";", with no header row (RUT, name, birth date, disability, zone)', lang: 'es', noHeader: true, defaultCountry: 'CL', source: 'index:41882983688 (a beneficiaries repository class: the beneficiarios.csv record layout, written without a header)' }, `
    # The RUT (national id): not imported.
    "" | - | 17.456.321-K | 20.112.908-3 | 9.874.553-1
    "" | name | Javiera Muñoz Soto | Benjamín Fuentes | Rosa Elena Tapia
    "" | dateOfBirth | 1990-04-12 | 2008-09-30 | 1956-01-22
    "" | - | Visual | Auditiva | Motora
    # The zone (a territory the foundation works in): not imported.
    "" | - | Norte | Centro | Sur
  `),
  set({ id: 'es-cl-directorio-prestadores-sin-cabecera', kind: 'Chilean local services directory app\'s providers file (professionals and businesses), one a line separated by ";", with no header row (RUT, name, phone, type, speciality or service, trade, street, number, commune, region, active)', lang: 'es', noHeader: true, defaultCountry: 'CL', source: 'index:55742151459 (a directory app\'s file loader: the expected record layout)' }, `
    "" | - | 12.345.678-5 | 76.123.456-0 | 15.987.654-2
    "" | name | Patricia Rojas | Gasfitería Los Andes | Hugo Contreras
    "" | phone | +56 9 8765 4321 | 22 345 6789 | 9 7766 5544
    "" | - | profesional | empresa | profesional
    "" | - | Kinesiología | Reparación de calefont | Electricidad
    "" | - | Salud | Hogar | Hogar
    "" | address1 | Av. Pajaritos | Los Aromos | Pasaje Las Lilas
    "" | - | 2340 | 115 | 87
    "" | city | Maipú | Puente Alto | La Florida
    "" | state | Metropolitana | Metropolitana | Metropolitana
    "" | - | true | true | false
  `),
  set({ id: 'es-ar-club-hockey-jugadoras-export', kind: 'Argentine club\'s women\'s hockey players export (surname, name, national id, birth date, division, branch, position, member flag, fee paid, medical certificate, status)', lang: 'es', defaultCountry: 'AR', source: 'index:51819326423 (a club app\'s players CSV export, its header array)' }, `
    Apellido | lastName | Acosta | Benítez | Gutiérrez
    Nombre | firstName | Martina | Delfina | Abril
    DNI | - | 44.512.330 | 46.201.887 | 43.009.114
    Fecha Nac. | dateOfBirth | 12/03/2004 | 28/07/2006 | 05/01/2003
    # The age division and the branch: not imported, like a grade.
    División | - | Primera | Sub 19 | Primera
    Rama | - | Femenino | Femenino | Femenino
    Posición | - | Volante | Delantera | Arquera
    Socia | - | Sí | No | Sí
    Derecho | - | Pagado | Pendiente | Pagado
    Cert. Médico | - | Vigente | Vencido | Vigente
    Estado | - | Activa | Activa | Baja
  `),
  set({ id: 'es-documentos-planta-usuarios-export', kind: 'document sharing app\'s users export with a byte-order mark, separated by ";" (id, full name, e-mail, plant, status)', lang: 'es', source: 'index:56130789232 (a shared documents app\'s users CSV export, its header line)' }, `
    ID | externalId | u-104 | u-105 | u-106
    Nombre y apellido | name | Graciela Ponce | Raúl Medina | Verónica Luna
    Email | email | gponce@example.com | rmedina@example.com | vluna@example.com
    # The plant (site) the user works at: not imported.
    Planta | - | Planta Norte | Planta Sur | Planta Norte
    Estado | - | activo | activo | inactivo
  `),
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-br-escola-alunos-insert-sql-responsavel', kind: 'Brazilian school app\'s seed dump of its pupils table (INSERT with the column list): pupil, parents and guardian, addresses, phones, ids, health and class; 37 columns', lang: 'pt', defaultCountry: 'BR', source: 'github:MatheusMaiaRangel/thurma alunos_480.sql (the pupils seed INSERTs, their column list)' }, `
    # The pupil is the contact: the guardian's and parents' columns are not imported.
    id | externalId | 1 | 2 | 3
    nome | name | Heloísa Ramos | Caio Teixeira | Yasmin Duarte
    # The pupil's social name beside the name: not imported.
    nome_social | - | Heloísa Ramos | Caio Teixeira | Yas Duarte
    cpf | - | 512.804.937-20 | 076.318.459-81 | 930.145.672-06
    rg | - | 441829307 | 603918224 | 215507839
    data_nascimento | dateOfBirth | 2018-06-21 | 2019-02-11 | 2018-09-30
    deficiencia | - | nao | sim | nao
    nome_pai | - | Rogério Ramos | Fábio Teixeira | Otávio Duarte
    nome_mae | - | Sandra Ramos | Luana Teixeira | Kátia Duarte
    responsavel | - | Sandra Ramos | Fábio Teixeira | Kátia Duarte
    rg_responsavel | - | 382910447 | 519002318 | 604417723
    tipo_responsavel | - | Mãe | Pai | Avó
    tel_responsavel | - | (031) 9845-2210 | +55 21 98811 4402 | 61 3344-1290
    trabalho_responsavel | - | Padaria Central | Souza Transportes Ltda. | ""
    tel_trabalho_responsavel | - | +55 (031) 3221-4455 | (021) 2234-9900 | ""
    renda_responsavel | - | 2450.0 | 3890.5 | 1620.75
    email_responsavel | - | sandra.ramos@example.com | fabio.t@example.net | katia.d@example.org
    email_aluno | email | heloisa.r@example.org | caio.t@example.com | yasmin.d@example.net
    endereco | address1 | Rua das Acácias, 112 | Avenida Brasil, 4501 | Travessa do Sol, 9
    bairro | - | Santa Efigênia | Bonsucesso | Asa Norte
    cidade | city | Belo Horizonte | Rio de Janeiro | Brasília
    uf | state | MG | RJ | DF
    cep | postalCode | 30260110 | 21041020 | 70770100
    complemento | - | Apto 302 | Bloco B, Apto 11 | ""
    # The household's landline, the only phone that is not a guardian's: the Phone.
    telefone_fixo | phone | (031) 3482-1177 | +55 (021) 2590-3344 | 61 3201-8876
    cel_responsavel | - | +55 31 99812 4455 | (021) 98123-0099 | +55 61 99456 7788
    cor | - | Parda | Branca | Preta
    # The pupil's school registration number, a second id of the person: not imported.
    ra | - | 50213 | 50214 | 50215
    registro_sus | - | 708204861539123 | 898001234567891 | 700509876543210
    nis | - | 20834719265 | 16409927381 | 12893340571
    tipo_sanguineo | - | O+ | A- | B+
    medicamento | - | "" | salbutamol | ""
    genero | - | Feminino | Masculino | Feminino
    tem_gemeos | - | nao | nao | sim
    quantos_gemeos | - | 0 | 0 | 1
    sala | - | 1º Ano Fundamental | 1º Ano Fundamental | 2º Ano Fundamental
    pais | country | Brasil | Brasil | Brasil
  `),
  set({ id: 'pt-br-plano-associados-exportacao', kind: 'Brazilian family-plan association\'s admin export of its holders, with a byte-order mark, separated by ";" (name, CPF, phone, e-mail, address, status, plan)', lang: 'pt', defaultCountry: 'BR', source: 'index:68590283428 (a plan administration page\'s "export CSV" of holders, its header line)' }, `
    Nome | name | Josefa Amaral Lima | Edson Pereira | Cleide Nunes Rocha
    CPF | - | 402.118.935-70 | 118.774.602-43 | 263.905.118-09
    Telefone | phone | (81) 99876-1122 | (81) 3421-5566 | (87) 98812-3040
    Email | email | josefa.amaral@example.com | edsonp@example.com.br | ""
    Endereco | address1 | Rua do Sol, 45 - Boa Vista | Av. Norte, 1200 | Rua Sete, 18
    Status | - | Ativo | Ativo | Inativo
    Plano | - | Familiar Ouro | Familiar Prata | Familiar Ouro
  `),
  set({ id: 'pt-br-ong-doadores-arquivo', kind: 'Brazilian donation-management program\'s donors file separated by ";" (id, name, CPF, phone, e-mail, type, active)', lang: 'pt', defaultCountry: 'BR', source: 'index:24980572733 (a donations program\'s donors file writer, its header line)' }, `
    ID | externalId | 1 | 2 | 3
    NOME | name | Marlene Vasconcelos | Paulo Henrique Dias | Instituto Raízes
    CPF | - | 331.902.447-18 | 845.110.263-07 | 12.345.678/0001-90
    TELEFONE | phone | (11) 98765-4321 | (19) 3232-1010 | (11) 3030-4040
    EMAIL | email | marlene.v@example.com | phdias@example.com.br | contato@raizes.example.org
    # Person or company: not imported.
    TIPO | - | PESSOA_FISICA | PESSOA_FISICA | PESSOA_JURIDICA
    ATIVO | - | true | true | false
  `),
  set({ id: 'pt-br-loja-modelo-clientes-credito', kind: 'Brazilian shop\'s customer import template (download) separated by ";" (name, CPF, phone, e-mail, address, birth date, category, role, credit limit, notes)', lang: 'pt', defaultCountry: 'BR', source: 'index:70954889059 (a shop app\'s "download CSV template" of customers)' }, `
    nome | name | Rosângela Batista | Cícero Alves | Damião Ferreira
    cpf | - | 221.334.556-77 | 908.776.554-32 | ""
    telefone | phone | 87 99811-2233 | 87 98877-6655 | 87 3861-1122
    email | email | rosangela.b@example.com | "" | damiao.f@example.com.br
    endereco | address1 | Rua Amélia Torres 55 | Av. Rui Barbosa 300 | ""
    nascimento | dateOfBirth | 1979-08-02 | 1992-12-14 | ""
    # The category the customer is filed under: Tags.
    categoria | tags | Componente | Funcionários | Componente
    # A role (a job): not imported.
    funcao | - | "" | Cozinheiro | ""
    limite_credito | - | 0 | 250 | 100
    obs | - | "" | paga no dia 10 | ""
  `),
  set({ id: 'pt-br-campanha-apoiadores-exportacao', kind: 'Brazilian election campaign\'s supporters app export (name, phone, e-mail, type, team, meeting flag, registration and link status, reference leader, town, neighbourhood, origin, registered by, dates; 15 columns)', lang: 'pt', defaultCountry: 'BR', source: 'index:63140292254 (a campaign volunteers app\'s CSV export, its header array)' }, `
    Nome | name | Valdirene Sousa | Jairo Mendes | Thaís Coutinho
    Telefone | phone | (98) 98122-3344 | (98) 99201-7788 | (99) 98877-1100
    E-mail | email | valdirene.s@example.com | "" | thais.c@example.com
    # The kind of supporter (apoiador, liderança, voluntário): a category the person is filed under, Tags.
    Tipo | tags | Apoiador | Liderança | Voluntário
    # The team the person belongs to: Tags.
    Equipe | tags | Centro | Cohama | Centro
    Precisa reunião com a candidata | - | Não | Sim | Não
    Situação do cadastro | - | Completo | Incompleto | Completo
    Situação do vínculo | - | Ativo | Ativo | Pendente
    # Another supporter the person is attached to, not a user of the app: not imported.
    Liderança de referência | - | Jairo Mendes | "" | Jairo Mendes
    Município | city | São Luís | São Luís | Imperatriz
    Bairro | - | Centro | Cohama | Bacuri
    Origem | source | Indicação | Evento | Formulário
    # Who typed the record in: not the owner; not imported.
    Cadastrado por | - | Ana Paula | Ana Paula | Marcos
    Criado em | - | 02/08/2024 | 05/08/2024 | 09/08/2024
    Última atividade | - | 20/09/2024 | 18/09/2024 | ""
  `),
  set({ id: 'pt-br-pousada-hospedes-arquivo', kind: 'Brazilian guest-house program\'s guests file separated by ";" (code, name, CPF, phone, e-mail, sex, marital status, birth date, address)', lang: 'pt', defaultCountry: 'BR', source: 'index:19570863227 (a hotel program\'s guests file writer, its header line)' }, `
    # The program's own guest code: the External ID.
    Código | externalId | 101 | 102 | 103
    Nome | name | Gilberto Nascimento | Priscila Moura | Wellington Braga
    CPF | - | 45678912300 | 98765432100 | 12312312399
    Telefone | phone | 48999123456 | 4833221100 | 47988776655
    Email | email | gilberto.n@example.com | pri.moura@example.com | wbraga@example.com.br
    Sexo | - | M | F | M
    Status Civil | - | Casado | Solteira | Divorciado
    Nascimento | dateOfBirth | 12/05/1970 | 30/11/1994 | 08/02/1983
    Endereço | address1 | Rua Bocaiúva, 210, Florianópolis | Rua XV de Novembro, 88, Blumenau | Av. Beira-Mar, 1500, Itajaí
  `),
  set({ id: 'pt-pt-obras-clientes-financeiro', kind: 'Portuguese building firm\'s finance app clients file (id, name, tax number, address, e-mail, phone, payment terms, credit limit, billing contact)', lang: 'pt', defaultCountry: 'PT', source: 'index:56153542020 (a building firm\'s finance module, the clients CSV it creates with its columns)' }, `
    ID | externalId | C001 | C002 | C003
    Nome | name | Rui Matos Pereira | Construções Vale do Sousa, Lda. | Helena Cardoso
    NIF | - | 213456789 | 509876543 | 245678901
    Morada | address1 | Rua de Santa Catarina 120, Porto | Zona Industrial de Lousada, Lote 4 | Av. da Liberdade 45, Braga
    Email | email | rui.matos@example.pt | geral@valedosousa.example.pt | helena.cardoso@example.pt
    Telefone | phone | 912 345 678 | 255 812 300 | 936 110 224
    Condicoes_Pagamento | - | 30 dias | 60 dias | Pronto pagamento
    Limite_Credito | - | 5000 | 20000 | 0
    # The billing contact (another person or a billing address): not imported.
    Contacto_Fat | - | "" | contabilidade@valedosousa.example.pt | ""
  `),
  set({ id: 'pt-pt-associacao-pais-educandos', kind: 'Portuguese parents\' association app\'s pupils import test file separated by ";" (the parent\'s member number and name, the pupil\'s name, school year, art subject, grade, regime)', lang: 'pt', defaultCountry: 'PT', source: 'index:7779750444 (a parents\' association app\'s import tests: the pupils file f1)' }, `
    # The pupil is the contact: the parent's member number and name are not imported.
    Número de Sócio EE | - | 40211 | 40212 | 40212
    Encarregado de Educação | - | Nuno Figueiredo | Sílvia Antunes | Sílvia Antunes
    Nome | name | Tomás | Beatriz | Leonor
    Ano (ensino regular) | - | 5 | 7 | 3
    Modalidade | - | Instrumento | Dança | Artes Visuais
    # The header is "Grau " with a trailing space in the file (not writable here).
    Grau | - | 1 | 3 | 1
    Regime | - | Normal | Extraordinário | Normal
  `),
  set({ id: 'pt-br-judo-professores-migracao', kind: 'Brazilian judo teachers\' course platform\'s migration list of subscribers separated by ";" (name, e-mail, phone, condition, origin)', lang: 'pt', defaultCountry: 'BR', source: 'index:11758941780 (a judo platform repository\'s subscriber migration CSV, its header line)' }, `
    NOME | name | marcos vinicius alves | Renata Prado Lima | JORGE TAVARES
    EMAIL | email | marcos.alves@example.com | renata.lima@example.com.br | jtavares@example.net
    FONE | phone | "" | (51) 99876-1234 | (65) 99123-4567
    COND | - | ATIVO | INATIVO | INATIVO
    # The platform the subscription came through (HOT, LMS): the Source.
    ORIGEM | source | HOT | LMS | HOT
  `),
  set({ id: 'pt-br-federacao-judo-atletas-modelo', kind: 'Brazilian judo federation platform\'s athletes import template (name, CPF, RG, birth, gender, e-mail, phone, mobile, address, academy code, belt, dan, graduation date, referee level, notes; 21 columns)', lang: 'pt', defaultCountry: 'BR', source: 'github:luiz-pavani/smaart-ecosystem apps/titan/template-atletas.csv (the athletes import template)' }, `
    nome_completo | name | Larissa Moura Campos | Thiago Henrique Reis | Kaique Nogueira
    cpf | - | 341.552.908-17 | 512.873.446-02 | 609.214.735-88
    rg | - | 42.118.907-3 | 33.908.712-5 | 51.230.889-X
    data_nascimento | dateOfBirth | 22/04/1997 | 13/12/1989 | 2006-08-19
    genero | - | Feminino | Masculino | Masculino
    email | email | larissa.campos@example.com | thiago.reis@example.com.br | kaique.n@example.com
    # A fixed phone beside a mobile: the phone is the main one, the mobile an additional phone.
    telefone | phone | 1132145566 | 1938871200 | ""
    celular | additionalPhones | 11976543210 | 19991234567 | 11988776655
    cep | postalCode | 04110-021 | 13010-111 | 08270-070
    endereco | address1 | Rua Vergueiro | Avenida Francisco Glicério | Rua Itaquera
    numero | - | 2210 | 845 | 77
    complemento | - | Apto 82 | "" | Casa 1
    bairro | - | Vila Mariana | Centro | Itaquera
    cidade | city | São Paulo | Campinas | São Paulo
    estado | state | SP | SP | SP
    # The academy the athlete is registered with (its code): a group the person belongs to, Tags.
    academia_sigla | tags | KODOKAN | IPPON | BUSHIDO
    graduacao | - | VERDE SANKYŪ | PRETA YUDANSHA | LARANJA YONKYŪ
    dan_nivel | - | "" | 2º DAN | ""
    data_graduacao | - | 12/05/2023 | 20/11/2019 | ""
    nivel_arbitragem | - | "" | ARBITRO ESTADUAL | ""
    observacoes | - | "" | Compete pela seleção estadual | Iniciante
  `),
  set({ id: 'pt-br-federacao-judo-academias-modelo', kind: 'Brazilian judo federation platform\'s academies (clubs) import template: the club, its tax ids and address, the person in charge and the technical head (24 columns)', lang: 'pt', defaultCountry: 'BR', source: 'github:luiz-pavani/smaart-ecosystem apps/titan/template-academias.csv (the academies import template)' }, `
    # The rows are clubs: the club's name is the Company name and the person in charge is the Name.
    nome | companyName | Academia Shinsei | Associação Judô Vale Verde | Dojô Sakura
    # The club's short code, the key other files use for it: the External ID.
    sigla | externalId | SHINSEI | VALEVERDE | SAKURA
    cnpj | - | 23.456.789/0001-12 | 34.567.890/0001-23 | 45.678.901/0001-34
    inscricao_estadual | - | 234.567.890.123 | "" | 456.789.012.345
    inscricao_municipal | - | 876543210 | 765432109 | ""
    endereco_cep | postalCode | 30140-071 | 88015-200 | 69005-040
    endereco_rua | address1 | Rua da Bahia | Avenida Rio Branco | Rua Marcílio Dias
    endereco_numero | - | 1100 | 404 | 35
    endereco_complemento | - | Sala 12 | "" | 1º andar
    endereco_bairro | - | Centro | Centro | Centro
    endereco_cidade | city | Belo Horizonte | Florianópolis | Manaus
    endereco_estado | state | MG | SC | AM
    endereco_pais | country | Brasil | Brasil | Brasil
    responsavel_nome | name | Sensei Jorge Miyazaki | Professora Helena Kraus | Mestre Ailton Barros
    responsavel_cpf | - | 222.111.333-44 | 333.222.444-55 | 444.333.555-66
    responsavel_rg | - | 11.222.333-4 | 22.333.444-5 | 33.444.555-6
    responsavel_telefone | phone | 31987650011 | 48991230022 | 92984560033
    responsavel_email | email | jorge@shinsei.example.com.br | helena@valeverde.example.org | ailton@sakura.example.com.br
    responsavel_faixa | - | FAIXA PRETA YUDANSHA | FAIXA PRETA YUDANSHA | FAIXA PRETA YUDANSHA
    # The technical head's columns are another person's: not imported.
    tecnico_nome | - | Professor Rui Tanaka | "" | Sensei Lia Barros
    tecnico_cpf | - | 555.444.666-77 | "" | 666.555.777-88
    tecnico_registro_profissional | - | CREF 112233-G/MG | "" | CREF 445566-G/AM
    tecnico_telefone | - | 31987650044 | "" | 92984560066
    tecnico_email | - | rui@shinsei.example.com.br | "" | lia@sakura.example.com.br
  `),
  set({ id: 'pt-pt-campo-ferias-reservas-export', kind: 'Portuguese holiday camp booking platform\'s export of bookings with a byte-order mark, separated by ";" (origin, booking date, programme, shift, amount paid, participant\'s name, allergies, illnesses, guardian, phone, e-mail)', lang: 'pt', defaultCountry: 'PT', source: 'index:57004412747 (a holiday camp platform\'s bookings CSV export, its header line)' }, `
    # Where the booking came from (the platform or an outside channel): the Source.
    Origem | source | HelloCamp | Externa | HelloCamp
    Data Reserva | - | 02/05/2025 | 07/05/2025 | 11/05/2025
    Programa | - | Campo de Verão Surf | Campo de Verão Artes | Campo de Verão Surf
    Turno | - | 1.º turno | 2.º turno | 1.º turno
    Valor Pago | - | 180 | 150 | 180
    # The child taking part is the contact; the guardian and the booking's phone and e-mail (the guardian's) are not imported.
    Nome Participante | name | Tomás Ferreira | Matilde Rocha | Duarte Pinto
    Alergias | - | "" | Frutos secos | ""
    Doenças | - | "" | "" | Asma
    Encarregado de Educação | - | Sara Ferreira | Rui Rocha | Marta Pinto
    Telefone | - | 912 345 001 | 936 221 450 | 968 770 312
    Email | - | sara.ferreira@example.pt | rui.rocha@example.com | marta.pinto@example.pt
  `),
  set({ id: 'pt-br-loja-campanha-importacao-produto', kind: 'Brazilian shop messaging app\'s campaign list import test separated by ";" (name, mobile, e-mail, product)', lang: 'pt', defaultCountry: 'BR', source: 'index:69168521539 (a campaign import endpoint\'s tests: the uploaded CSV)' }, `
    Nome | name | Cláudia Reis | Anderson Prates | Luana Vieira
    Celular | phone | 11999871234 | 11988452210 | 21997654433
    E-mail | email | claudia.reis@example.com | "" | luana.v@example.com.br
    # What the customer bought: not a contact field.
    Produto | - | Tênis | Bota | Sandália
  `),
  set({ id: 'pt-br-envio-lote-celular-referencia', kind: 'Brazilian messaging tool\'s batch CSV test with a byte-order mark (name, mobile, e-mail, reference)', lang: 'pt', defaultCountry: 'BR', source: 'index:68851637240 (a batch sending tool\'s CSV parser tests)' }, `
    Nome | name | Priscila Gomes | Rodrigo Assis | Denise Farias
    Celular | phone | (11) 98765-4321 | (31) 99123-0098 | (41) 98877-6655
    E-mail | email | priscila.g@example.com | rodrigo.assis@example.com.br | ""
    # The sender's own reference for the person (A1, A2...): a code the person is filed under, the External ID.
    Referência | externalId | A1 | A2 | B7
  `),
  set({ id: 'pt-br-personal-alunos-exportacao', kind: 'Brazilian personal trainer\'s students app export (profile, name, mobile, e-mail, age, height, weight, goal, payment day, received on)', lang: 'pt', defaultCountry: 'BR', source: 'index:55623342202 (a personal trainer app\'s students CSV export, its header array)' }, `
    Perfil | - | aluno | aluno | consultoria
    Nome | name | Fernanda Lopes | Gustavo Martins | Patrícia Sales
    Celular | phone | (62) 99812-3344 | (62) 98123-7788 | (61) 99654-1122
    Email | email | fe.lopes@example.com | gustavo.m@example.com.br | patricia.sales@example.com
    Idade | - | 34 | 27 | 45
    Altura | - | 1,65 | 1,80 | 1,58
    Peso | - | 68 | 82 | 61
    Objetivo | - | Emagrecimento | Hipertrofia | Condicionamento
    Dia pagamento | - | 10 | 5 | 15
    Recebido em | - | 2025-02-01T13:20:11.000Z | 2025-02-03T09:02:45.000Z | 2025-02-07T18:44:30.000Z
  `),
  set({ id: 'pt-br-clinica-leads-whatsapp-planilha', kind: 'Brazilian aesthetic clinic\'s leads spreadsheet as its dashboard imports it (date, full name, WhatsApp, WhatsApp link, contact channel, treatment, status, side count, total)', lang: 'pt', defaultCountry: 'BR', source: 'index:62780757301 (a clinic dashboard\'s tests: a mock of the clinic\'s real CSV)' }, `
    Data | - | 2025-08-20 | 2025-08-20 | 2025-08-21
    Nome completo | name | Juliana Barros | Camila Teixeira | Roberta Nunes
    Whatsapp | phone | (11) 98765-1122 | (11) 99123-4455 | (11) 97777-8899
    # A link that is no website of the person: not imported.
    Link do Whatsapp | - | https://wa.me/5511987651122 | https://wa.me/5511991234455 | https://wa.me/5511977778899
    # The channel the lead came through (Instagram Ads, Indicação): the Source.
    Contato | source | Instagram Ads | Indicação | Google
    Tratamento | - | Harmonização facial | Botox | Limpeza de pele
    Status | - | Agendado | Novo | Fechado
    Contagem Lateral | - | 1 | 1 | 2
    Total | - | 3 | 3 | 3
  `),
  set({ id: 'pt-br-salao-modelo-clientes-aniversario', kind: 'Brazilian beauty salon management app\'s clients import template separated by ";" (name and surname, phone, e-mail, birth date)', lang: 'pt', defaultCountry: 'BR', source: 'index:59295781609 (a salon app\'s "download clients template" function)' }, `
    Nome e Sobrenome | name | Vanessa Cardoso Leite | Aline Moreira | Bruna Castro Dias
    Telefone | phone | (11) 99812-4455 | (21) 98877-1200 | (31) 97766-5500
    Email | email | vanessa.leite@example.com | aline.moreira@example.com.br | ""
    Data de Nascimento | dateOfBirth | 03/09/1991 | 25/01/1985 | 17/11/2000
  `),
  set({ id: 'pt-br-treinamento-participantes-importacao', kind: 'Brazilian training company app\'s participants import test separated by ";" (name, nickname, phone, company, class)', lang: 'pt', defaultCountry: 'BR', source: 'index:71199042403 (a training app\'s participant import tests)' }, `
    Nome | name | Rafael Cunha Prado | Tatiane Lopes | Sérgio Antunes
    # A nickname (apelido in Brazil) beside the name: not imported.
    Apelido | - | Rafa | "" | Serginho
    Telefone | phone | (11) 98712-3456 | 11 8765 4321 | (19) 99654-2211
    Empresa | companyName | Metalúrgica Prado | "" | Transportes Antunes
    # The class (turma) the person attends: not imported.
    Turma | - | Agosto | setembro | Agosto
  `),
  set({ id: 'pt-pt-escola-alunos-contas-microsoft', kind: 'Portuguese school\'s script input for creating pupils\' Microsoft 365 accounts, separated by ";" (first name, surname, user principal name, password)', lang: 'pt', source: 'index:62283264036 (a school IT script\'s README: the pupils CSV)' }, `
    nome | firstName | Leonor | Gonçalo | Beatriz
    # In Portugal "apelido" is the surname.
    apelido | lastName | Marques | Pereira | Sousa
    # The pupil's login in the school's tenant: a login, the External ID.
    upn | externalId | leonor.marques@escola.example.pt | goncalo.pereira@escola.example.pt | beatriz.sousa@escola.example.pt
    password | - | Temporaria2025! | Temporaria2025! | Temporaria2025!
  `),
  set({ id: 'pt-pt-imobiliaria-leads-export', kind: 'Portuguese real estate agent\'s leads app export (name, mobile, type of deal, area, budget, status, date)', lang: 'pt', defaultCountry: 'PT', source: 'index:2138411181 (a real estate leads page\'s "export CSV", its header line)' }, `
    Nome | name | Joana Ribeiro | Miguel Costa | Ana Sofia Lopes
    Telemóvel | phone | 912 334 778 | 965 120 443 | 934 887 210
    Tipo | - | Compra | Arrendamento | Venda
    # The area the lead is looking in: not imported.
    Zona | - | Lisboa - Alvalade | Oeiras | Cascais
    Orçamento | - | 350000 | 1200 | 480000
    Estado | - | Visita Marcada | Novo | Fechado
    Data | - | 12/03/2025 | 14/03/2025 | 02/03/2025
  `),
  // ---------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-pisciniste-modele-clients-sans-entete', kind: 'French pool maintenance SaaS\'s customer import template: comment lines (left out here) then rows with no header row, separated by ";" (type, first name, surname, company, e-mail, phone, mobile, address, postcode, town, notes)', lang: 'fr', noHeader: true, defaultCountry: 'FR', source: 'github:ecron24/delmas-app templates_import_csv/template_clients.csv (the customers import template; its columns are named only in a comment line)' }, `
    # Private or business customer: a category the customer is filed under, Tags.
    "" | tags | particulier | professionnel | particulier
    "" | firstName | Gérard | Nadia | Yves
    "" | lastName | Roux | Benhamou | Caron
    "" | companyName | "" | Résidence Les Oliviers | ""
    "" | email | gerard.roux@example.fr | accueil@lesoliviers.example.fr | yves.caron@example.com
    # A fixed phone beside a mobile: the phone is the main one, the mobile an additional phone.
    "" | phone | 0467123456 | 0490887766 | ""
    "" | additionalPhones | 0611223344 | 0677889900 | 0645123789
    "" | address1 | 3 chemin des Vignes | 120 avenue de la Mer | 9 rue Pasteur
    "" | postalCode | 34000 | 84000 | 30900
    "" | city | Montpellier | Avignon | Nîmes
    "" | - | Piscine 10x5m | 2 bassins | ""
  `),
  set({ id: 'fr-ch-club-informatique-membres-sep', kind: 'Swiss (Valais) computer club\'s WordPress members export with a byte-order mark and an Excel "sep=," line above the header (member number, title, first name, surname, e-mails, phones, address, town, dues paid)', lang: 'fr', defaultCountry: 'CH', above: [['sep=,']], source: 'index:49210998536 (a club theme\'s members bulk export to CSV: its "sep=," line and header line)' }, `
    # The club's own member number: the External ID.
    Numéro de membre | externalId | 2315 | 2316 | 2317
    Politesse | - | Madame | Monsieur | Madame
    Prénom | firstName | Christiane | Jean-Marc | Nadine
    Nom | lastName | Zufferey | Fournier | Bonvin
    # Several addresses are joined with ", " in one cell: still the e-mail column.
    Courriel | email | c.zufferey@example.ch | jm.fournier@example.ch, jmf@example.com | ""
    Téléphone | phone | 027 455 12 34 | 079 123 45 67, 027 322 10 10 | 078 901 23 45
    Adresse | address1 | Rue du Bourg 12 | Chemin des Vergers 3 | Route de Sion 40
    # The postcode field's label, a town: the City.
    Commune | city | 3960 Sierre | 1950 Sion | 3963 Crans-Montana
    Cotisation payée | - | Oui | "" | Oui
  `),
  set({ id: 'fr-chiens-traineau-licences-export', kind: 'French sled-dog sports federation\'s licences export separated by ";" (licence number, sex, surname, first name, club name and number, renewal, cancellation, licence type, category, international, nordic breed, CNIL, medical and validation dates, season, birthday, address, locality, postcode, town, country, phone, mobile, e-mail; 25 columns)', lang: 'fr', defaultCountry: 'FR', source: 'index:36037532221 (a federation\'s licences CSV export, its header line)' }, `
    # The federation's licence number of the person: the External ID.
    Numéro de licence | externalId | 2024-00312 | 2024-00313 | 2024-00314
    sexe | - | F | M | M
    nom | lastName | Jacquet | Bernard | Morel
    prénom | firstName | Agnès | Luc | Théo
    # The club the licensee is registered with: Tags; its number is not imported.
    nom club | tags | Mushers du Vercors | Traîneaux des Vosges | Mushers du Vercors
    num club | - | 38-012 | 88-004 | 38-012
    renouvellement | - | oui | non | oui
    annuler | - | non | non | non
    # The kind of licence (compétition, loisir): a kind of membership, Tags.
    type licence | tags | Compétition | Loisir | Compétition
    # An age category: not imported, like a grade.
    categorie | - | Senior | Vétéran | Junior
    international | - | non | non | oui
    race nordique | - | oui | non | oui
    cnil | - | oui | oui | non
    date medical | - | 12/09/2024 | 03/10/2024 | 20/09/2024
    date validation | - | 15/09/2024 | 05/10/2024 | 22/09/2024
    année de la licence | - | 2025 | 2025 | 2025
    date anniversaire | dateOfBirth | 21/04/1979 | 08/12/1958 | 30/06/2007
    adresse | address1 | 12 route de Villard | 3 rue du Tilleul | 12 route de Villard
    # A locality (lieu-dit) under the address: not imported, like a second address line.
    lieu-dit | - | Les Jarrands | "" | Les Jarrands
    cp | postalCode | 38250 | 88400 | 38250
    ville | city | Lans-en-Vercors | Gérardmer | Lans-en-Vercors
    pays | country | France | France | France
    # A fixed phone beside a mobile (gsm): the phone is the main one, the mobile an additional phone.
    tel | phone | 04 76 95 12 34 | 03 29 60 11 22 | ""
    gsm | additionalPhones | 06 11 22 33 44 | "" | 07 55 66 77 88
    email | email | agnes.jacquet@example.fr | luc.bernard@example.com | theo.morel@example.fr
  `),
  set({ id: 'fr-chiens-traineau-licences-nom-prenom', kind: 'French sled-dog sports federation\'s older licences export separated by ";" (licence number, sex, full name, club, licence data, birthday, address, postcode, town, phone, mobile, e-mail; 23 columns)', lang: 'fr', defaultCountry: 'FR', source: 'index:36202830945 (an older version of the federation\'s licences CSV export, its header line)' }, `
    Numéro de licence | externalId | 2019-01104 | 2019-01105 | 2019-01106
    sexe | - | M | F | F
    nom & prénom | name | GUILLOT Patrick | ROUSSEL Émilie | BLANC Justine
    nom club | tags | Attelages du Jura | Mushers de Savoie | Attelages du Jura
    num club | - | 39-007 | 73-015 | 39-007
    renouvellement | - | oui | oui | non
    annuler | - | non | non | non
    type licence | tags | Loisir | Compétition | Loisir
    categorie | - | Vétéran | Senior | Cadet
    international | - | non | oui | non
    race nordique | - | non | oui | non
    cnil | - | oui | oui | oui
    date medical | - | 01/10/2018 | 15/09/2018 | 20/10/2018
    date validation | - | 05/10/2018 | 18/09/2018 | 22/10/2018
    année de la licence | - | 2019 | 2019 | 2019
    date anniversaire | dateOfBirth | 11/02/1955 | 17/09/1988 | 05/05/2004
    adresse | address1 | 8 rue de la Fruitière | 22 chemin des Granges | 8 rue de la Fruitière
    lieu-dit | - | "" | Le Chef-Lieu | ""
    cp | postalCode | 39400 | 73700 | 39400
    ville | city | Les Rousses | Bourg-Saint-Maurice | Les Rousses
    tel | phone | 03 84 60 12 12 | "" | 03 84 60 12 12
    gsm | additionalPhones | 06 70 80 90 10 | 06 21 43 65 87 | ""
    email | email | p.guillot@example.fr | emilie.roussel@example.fr | ""
  `),
  set({ id: 'fr-secours-benevoles-personnel-evenements', kind: 'French first-aid and rescue volunteers association software\'s events workbook: its "staff list" sheet (surname, first name, address, postcode, town, phone, e-mail, section)', lang: 'fr', defaultCountry: 'FR', source: 'index:19851018405 (a volunteers management software\'s events Excel export: the staff sheet\'s header row)' }, `
    Nom | lastName | LEMOINE | BERTRAND | N'GUYEN
    Prénom | firstName | Aurélie | Pascal | Minh
    Adresse | address1 | 8 rue des Écoles | 21 avenue Foch | 3 impasse des Tilleuls
    # The postcode is written with a leading space by the export.
    Code postal | postalCode | 67000 | 67200 | 67400
    Ville | city | Strasbourg | Strasbourg | Illkirch-Graffenstaden
    Téléphone | phone | 06 12 78 45 90 | 03 88 61 22 10 | 07 81 22 90 14
    Email | email | aurelie.lemoine@example.fr | p.bertrand@example.com | minh.nguyen@example.fr
    # The local section the volunteer belongs to: a group, Tags.
    Section | tags | Strasbourg Centre | Strasbourg Nord | Illkirch
  `),
  set({ id: 'fr-script-contacts-structures-resultat', kind: 'French script\'s result file of contacts of organisations (title, surname, first name, organisation, e-mail)', lang: 'fr', source: 'index:29043353790 (a contacts clean-up script writing a result CSV, its columns)' }, `
    Civilité | - | Mme | M. | Mme
    Nom | lastName | Hoarau | Fernandes | Lebreton
    Prénom | firstName | Corinne | Paulo | Gaëlle
    # The organisation the person works for: the Company name.
    Structure | companyName | Mission locale Est | Centre social Les Coteaux | Association Lire Ensemble
    Courriel | email | c.hoarau@mle.example.fr | p.fernandes@coteaux.example.org | gaelle@lire-ensemble.example.fr
  `),
  set({ id: 'fr-club-membres-presence-saisons', kind: 'club management app\'s export of members present across seasons (surname, first name, phone, e-mail, seasons)', lang: 'fr', defaultCountry: 'CA', source: 'index:9952747008 (a club app\'s members presence CSV export, its header line)' }, `
    Nom | lastName | Gagné | Roy | Boucher
    Prénom | firstName | Sylvain | Catherine | Léo
    Téléphone | phone | 819-555-0147 | 819-555-0198 | ""
    Courriel | email | sylvain.gagne@example.ca | cath.roy@example.com | leo.boucher@example.ca
    Saisons | - | 2022-2023 2023-2024 | 2023-2024 | 2021-2022 2022-2023 2023-2024
  `),
  set({ id: 'fr-mini-crm-google-sheets-contacts', kind: 'French small business\'s mini CRM on a Google Sheet: its contacts sheet (id, title, surname, first name, e-mail, phone, company, job, address, town, country, notes, created and updated stamps)', lang: 'fr', defaultCountry: 'FR', source: 'index:48138733819 (a Streamlit CRM app\'s contacts sheet schema)' }, `
    ID | externalId | C-0001 | C-0002 | C-0003
    Civilité | - | M. | Mme | M.
    Nom | lastName | Perret | Vasseur | Da Silva
    Prénom | firstName | Olivier | Hélène | Rui
    Email | email | o.perret@example.fr | helene.vasseur@example.com | rui.dasilva@example.fr
    Téléphone | phone | 06 45 78 12 33 | 01 42 55 66 77 | 07 68 12 44 90
    Entreprise | companyName | Perret Menuiserie | Cabinet Vasseur | ""
    Fonction | - | Gérant | Associée | ""
    Adresse | address1 | 14 rue du Port | 60 boulevard Haussmann | ""
    Ville | city | La Rochelle | Paris | Niort
    Pays | country | France | France | France
    Notes | - | Devis envoyé | "" | Rappeler en mai
    Created_At | - | 2025-01-14 10:22:05 | 2025-02-02 16:40:12 | 2025-03-08 09:05:44
    # Who created or changed the row: not the owner; not imported.
    Created_By | - | admin | admin | julie
    Updated_At | - | 2025-02-20 11:00:31 | 2025-02-02 16:40:12 | 2025-03-09 14:12:09
    Updated_By | - | julie | admin | julie
  `),
  set({ id: 'fr-ca-association-adhesions-code-postal', kind: 'Quebec association\'s membership import test file separated by ";" (first name, surname, e-mail, category, start and end dates, amount, paid, identifier, postal code)', lang: 'fr', defaultCountry: 'CA', source: 'index:70364947693 (an association app\'s memberships import tests: the sample CSV)' }, `
    Prénom | firstName | Maryse | Guillaume | Annie
    Nom | lastName | Pelletier | Bédard | Thibault
    Courriel | email | MARYSE@example.ca | g.bedard@example.com | annie.t@example.qc.ca
    # The membership category (régulier, étudiant): a kind of membership, Tags.
    Catégorie | tags | REG | ETU | REG
    Date de début | - | 2025-04-01 | 2025-04-01 | 2025-05-15
    Date de fin | - | 2026-03-31 | 2026-03-31 | 2026-03-31
    Montant | - | 70,00 $ | 35,00 $ | 70,00 $
    Payé | - | Oui | Non | Oui
    # The member's identifier in the association's books: the External ID.
    Identifiant | externalId | Z-1 | Z-2 | Z-7
    Code postal | postalCode | G1R 2B5 | H2X 1Y4 | J4K 3L8
  `),
  set({ id: 'fr-club-athletisme-athletes-sep', kind: 'athletics club app\'s athletes import test: a UTF-8 file with a byte-order mark and an Excel "sep=;" line above the header (first name, surname, e-mail, age, main and other events, training group, level)', lang: 'fr', defaultCountry: 'CA', above: [['sep=;']], source: 'index:58898697927 (an athletics club app\'s athlete CSV parser tests)' }, `
    Prénom | firstName | Noémie | Xavier | Chloé
    Nom | lastName | Dupont | Lachance | Ouimet
    Courriel | email | NOEMIE@example.com | xavier.lachance@example.ca | chloe.o@example.com
    Âge | - | 20 | 17 | 15
    Discipline principale | - | 100 m, 200 m | Saut en longueur | 800 m
    Disciplines secondaires | - | Relais | Triple saut | 1500 m
    # The training group the athlete belongs to: Tags.
    Groupe d'entraînement | tags | Sprint | Sauts | Demi-fond
    Niveau | - | Provincial | Régional | Débutant
  `),
  set({ id: 'fr-course-equipes-participants-import', kind: 'French team race organiser\'s participants import test file separated by ";" (race, category, team, surname, first name, e-mail, phone, captain)', lang: 'fr', defaultCountry: 'FR', source: 'index:60966781985 (a race registration app\'s test CSV files README: the import format)' }, `
    Course | - | Trail des Crêtes 25 km | Trail des Crêtes 25 km | Rando 12 km
    # The race category (solo, loisir, compétition): what the registration is about, not imported.
    Catégorie | - | Compétition | Compétition | Loisir
    # The team the runner belongs to: Tags.
    Équipe | tags | Les Chamois | Les Chamois | Team Vallée
    Nom | lastName | Roche | Meunier | Vidal
    Prénom | firstName | Bastien | Laure | Sami
    Mail | email | bastien.roche@example.fr | laure.meunier@example.com | sami.vidal@example.fr
    Tel | phone | 06 71 22 33 44 | 06 20 98 76 54 | 07 55 12 34 56
    Capitaine | - | oui | non | oui
  `),
  set({ id: 'fr-agence-immobiliere-prospects-export', kind: 'French real estate agency\'s prospects export separated by ";" (causes, surname, first name, address, postcode, town, home, work, mobile and other phones, e-mail, deal, property type, price range, agent, visit date, visit)', lang: 'fr', defaultCountry: 'FR', source: 'index:19136303749 (an agency\'s prospects CSV export script, its header line)' }, `
    causes | - | Mutation | Agrandissement | Investissement
    nom | lastName | Bourgeois | Hamon | Lemaire
    prenom | firstName | Élise | Yann | Françoise
    adresse | address1 | 5 rue Nationale | 17 chemin du Moulin | 2 place du Marché
    cp | postalCode | 37000 | 37300 | 37100
    ville | city | Tours | Joué-lès-Tours | Tours
    # The personal phone is the main one; the work, mobile and other phones are additional phones.
    tel perso | phone | 02 47 61 22 33 | "" | 02 47 05 44 11
    tel pro | additionalPhones | 02 47 31 00 00 | 02 47 88 10 20 | ""
    # The header is " portable" with a leading space in the file (not writable here).
    portable | additionalPhones | 06 21 43 65 87 | 06 98 76 54 32 | ""
    autre | additionalPhones | "" | "" | 06 11 00 22 33
    email | email | elise.bourgeois@example.fr | yann.hamon@example.com | ""
    transaction | - | Achat | Achat | Location
    type | - | Maison | Appartement | Appartement
    prix de | - | 250000 | 180000 | 600
    # The header is " prix à" with a leading space in the file (not writable here).
    prix à | - | 320000 | 220000 | 850
    # The agency's salesperson following the prospect: the Contact owner.
    commercial | owner | Nathalie | Karim | Nathalie
    date visite | - | 12/04/2012 | 15/04/2012 | ""
    visite | - | oui | oui | non
  `),
  set({ id: 'fr-boutique-logiciel-clients-export-texte', kind: 'French shop management program\'s customers text export separated by ";" (surname, first name, address, postcode, town, title, first and last visit, notes, personal and work phones, loyalty card, sex, birthday, outstanding, category, five criteria, country, rate, number, guarantor; 25 columns)', lang: 'fr', defaultCountry: 'FR', source: 'index:26998165424 (a Delphi shop program\'s export unit: the Client.txt header line)' }, `
    nom | lastName | GARNIER | PICARD | LECLERC
    prenom | firstName | Suzanne | Marc | Émilie
    adresse | address1 | 12 rue Jean Jaurès | 4 allée des Roses | 30 avenue de Verdun
    cp | postalCode | 59000 | 59130 | 59100
    ville | city | Lille | Lambersart | Roubaix
    politesse | - | Mme | M. | Mlle
    dpp | - | 12/03/2004 | 02/09/2010 | 21/06/2015
    ddp | - | 14/01/2016 | 30/11/2015 | 05/02/2016
    obs | - | Verres progressifs | "" | Lentilles
    # The personal phone is the main one, the work phone an additional phone.
    telp | phone | 03 20 55 12 12 | 03 20 92 44 10 | 06 12 98 34 56
    telt | additionalPhones | 03 20 12 00 00 | "" | ""
    CF | - | 1024 | "" | 2210
    Sexe | - | F | M | F
    # The customer's birthday: the Date of birth.
    JAnni | dateOfBirth | 15/05/1952 | 02/10/1968 | 23/07/1990
    EnCours | - | 0 | 45,50 | 0
    # The category the customer is filed under: Tags; the five free criteria are not imported.
    categ | tags | Fidèle | Nouveau | Fidèle
    Crit1 | - | Mutuelle | "" | ""
    Crit2 | - | "" | "" | ""
    Crit3 | - | "" | "" | ""
    Crit4 | - | "" | "" | ""
    Crit5 | - | "" | "" | ""
    pays | country | France | France | Belgique
    Ta | - | 1 | 1 | 2
    # The customer's number in the program: the External ID.
    Numero | externalId | 1532 | 1533 | 1534
    Garant | - | "" | "" | ""
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-teatro-prenotazioni-posti-export', kind: 'Italian theatre or parish hall booking app\'s bookings export, with a byte-order mark, separated by ";" (surname, name, e-mail, sector, row, seat, code, status, booked on)', lang: 'it', source: 'index:70896315962 (a seat booking app\'s bookings CSV export, its header row)' }, `
    Cognome | lastName | Galli | Fontana | Rizzi
    Nome | firstName | Maria Grazia | Stefano | Paola
    Email | email | mg.galli@example.it | stefano.fontana@example.com | paola.rizzi@example.it
    Settore | - | Platea | Platea | Galleria
    Fila | - | C | C | A
    Posto | - | 7 | 8 | 2
    # The booking's own code: not imported.
    Codice | - | BK7Q2M | BK7Q2N | BK9Z4R
    Stato | - | Confermata | Confermata | Annullata
    Prenotato il | - | 03/12/2025 18:20 | 03/12/2025 18:20 | 05/12/2025 09:02
  `),
  set({ id: 'it-personal-trainer-clienti-foglio', kind: 'Italian personal training studio\'s booking app on a Google Sheet: its clients sheet (id, name, surname, phone, e-mail, package, lessons, dates, status, token, birth date, sex, address, social profiles, health notes, certificate expiry; 19 columns)', lang: 'it', defaultCountry: 'IT', source: 'index:56404241220 (a studio booking Apps Script: the "Clienti" sheet\'s header row)' }, `
    ID | externalId | CLI001 | CLI002 | CLI003
    Nome | firstName | Gennaro | Rosaria | Ciro
    Cognome | lastName | Esposito | Iovine | De Rosa
    Telefono | phone | 333 481 2290 | 349 102 7765 | 081 552 3341
    Email | email | gennaro.e@example.it | rosaria.iovine@example.com | ciro.derosa@example.it
    Pacchetto | - | Pacchetto 10 | Mensile | Singola
    Lezioni Totali | - | 10 | 12 | 1
    Lezioni Rimanenti | - | 4 | 9 | 0
    Data Inizio | - | 2025-02-03 | 2025-03-01 | 2025-03-10
    Data Scadenza | - | 2025-05-04 | 2025-03-31 | 2025-04-09
    Stato | - | Attivo | Attivo | Scaduto
    Token | - | a81f3c9e | 5d20b7aa | c7e41f02
    Data Nascita | dateOfBirth | 1986-07-14 | 1992-12-03 | 1979-05-28
    Sesso | - | M | F | M
    Indirizzo | address1 | Via Toledo 150, Napoli | Via Posillipo 33, Napoli | Corso Umberto I 72, Napoli
    # Social profiles are no website of the person: not imported.
    Instagram | - | @gennaro.fit | "" | @ciroderosa
    Facebook | - | "" | Rosaria Iovine | ""
    Note Anamnesi | - | Ernia lombare | "" | Ipertensione
    Scadenza Certificato | - | 2025-09-30 | 2026-01-15 | ""
  `),
  set({ id: 'it-associazione-shop-ordini-foglio', kind: 'Italian association\'s small shop on a Google Sheet: its orders sheet (date, order number, name, surname, phone, e-mail, item, variant, quantity, price, amount, notes, paid, delivered, sort key)', lang: 'it', defaultCountry: 'IT', source: 'index:71038766101 (a shop Apps Script: the "Shop ordini" sheet\'s columns)' }, `
    Data | - | 12/10/2025 09:14 | 12/10/2025 11:02 | 13/10/2025 18:30
    N. ordine | - | 1042 | 1043 | 1044
    Nome | firstName | Elena | Marco | Silvia
    Cognome | lastName | Fumagalli | Brambilla | Colombo
    Telefono | phone | 347 221 3344 | 02 8845 1200 | 338 900 1122
    Email | email | elena.fumagalli@example.it | marco.b@example.com | silvia.colombo@example.it
    Articolo | - | Maglietta | Borraccia | Matita
    Variante | - | M | Blu | ""
    Quantità | - | 2 | 1 | 5
    Prezzo | - | 12,00 | 8,50 | 0,80
    Importo | - | 24,00 | 8,50 | 4,00
    Note | - | "" | Ritiro in sede | ""
    Pagato | - | Sì | No | Sì
    Consegnato | - | No | No | Sì
    Ordinamento | - | 1 | 2 | 3
  `),
  set({ id: 'it-negozio-schede-acquisto-privati', kind: 'Italian shop\'s register of purchase forms from private sellers, exported to Excel (form number, date, surname, name, tax code, birthplace and date, address, town, province, postcode, phone, e-mail, identity document, payment, total, items, notes; 23 columns)', lang: 'it', defaultCountry: 'IT', source: 'index:52554508263 (a shop register app\'s "download Excel" of its forms, its header row)' }, `
    # The form's own number: not imported, like an order number.
    N° Scheda | - | 2025/0147 | 2025/0148 | 2025/0149
    Data | - | 03/03/2025 | 03/03/2025 | 05/03/2025
    Cognome | lastName | Ruggiero | Lombardo | Marchi
    Nome | firstName | Teresa | Antonio | Giada
    Codice Fiscale | - | RGGTRS62C45F839W | LMBNTN58A12H501K | MRCGDI95D50L219X
    Nato a | - | Napoli | Roma | Torino
    Data Nascita | dateOfBirth | 05/03/1962 | 12/01/1958 | 10/04/1995
    Indirizzo | address1 | Via Manzoni 18 | Via Appia Nuova 402 | Corso Francia 91
    Comune | city | Caserta | Roma | Torino
    Provincia | state | CE | RM | TO
    CAP | postalCode | 81100 | 00181 | 10138
    Telefono | phone | 0823 441 209 | 339 876 5512 | 347 120 9988
    Email | email | teresa.ruggiero@example.it | "" | giada.marchi@example.com
    Tipo Documento | - | Carta d'identità | Patente | Carta d'identità
    N° Documento | - | CA12345BC | RM5123456X | CA98765ZZ
    Rilasciato da | - | Comune di Caserta | Motorizzazione | Comune di Torino
    Data Rilascio | - | 14/06/2021 | 02/09/2019 | 20/01/2023
    Scadenza | - | 05/03/2032 | 12/01/2029 | 10/04/2034
    Mezzo Pagamento | - | Bonifico | Bonifico | Assegno
    CRO/TRN | - | 0306909606100000012345 | 0306909606100000012399 | ""
    Totale € | - | 420,00 | 1.150,00 | 260,00
    Oggetti | - | Anello, catenina | Orologio | Bracciale
    Note | - | "" | Con scatola | ""
  `),
  set({ id: 'it-patronato-schedario-associati-foglio', kind: 'Italian union-linked social and health assistance association\'s members register on a Google Sheet (id, name, surname, tax code, card, joined, expiry, phone, e-mail, address, local health unit, family doctor, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:71254359592 (an association\'s serverless API: the members register sheet\'s columns)' }, `
    # The sheet's own id of the member is the External ID; the card number, a second id, is not imported.
    id | externalId | 1 | 2 | 3
    nome | firstName | Carmela | Vincenzo | Lucia
    cognome | lastName | Fiore | Amato | Greco
    cf | - | FRICML55M60F839H | MTAVCN48B10A509P | GRCLCU70D41F205N
    tessera | - | 00012 | 00013 | 00014
    iscrizione | - | 2025-01-15 | 2025-01-20 | 2025-02-03
    scadenza | - | 2026-01-15 | 2026-01-20 | 2026-02-03
    tel | phone | 333 120 4455 | 081 776 2210 | 347 998 1200
    mail | email | carmela.fiore@example.it | "" | lucia.greco@example.com
    indirizzo | address1 | Via Foria 201, Napoli | Via Roma 5, Avellino | Via Padova 44, Milano
    # The local health unit and the family doctor: not imported (the doctor is another person).
    asl | - | ASL Napoli 1 | ASL Avellino | ATS Milano
    medico | - | Dott. Russo | Dott.ssa Pace | Dott. Galli
    note | - | "" | Pratica pensione | ""
  `),
  set({ id: 'it-sezione-alpinisti-soci-leggibile', kind: 'Italian alpine club section\'s members converter, "readable format" output (surname, name, birth date, e-mail, phone number, address)', lang: 'it', defaultCountry: 'IT', source: 'index:8166902433 (an alpine club members converter script: the readable CSV header)' }, `
    cognome | lastName | Dallapiccola | Zanoni | Bertoldi
    nome | firstName | Matteo | Giulia | Franco
    data nascita | dateOfBirth | 14/02/1985 | 30/07/1999 | 08/11/1951
    email | email | matteo.dallapiccola@example.it | giulia.zanoni@example.com | ""
    # The member's phone number (numero): the Phone.
    numero | phone | 0461 231 445 | 340 876 1122 | 0461 912 300
    indirizzo | address1 | Via Brennero 120, Trento | Via Roma 3, Rovereto | Piazza Fiera 7, Trento
  `),
  // ----------------------------------------- English (school clubs, churches, a retreat, donors, schools)
  set({ id: 'en-ward-members-directory-export', kind: 'church ward\'s member directory export written by a script from the church\'s member API (name, household, address, phone, e-mail, birth date)', lang: 'en', source: 'index:46277488165 (a ward directory script\'s CSV writer, its header line)' }, `
    Name | name | Sarah Whitaker | Daniel Whitaker | Ruth Okafor
    # The household the person belongs to (a family's name): not imported.
    Household | - | Whitaker, Daniel & Sarah | Whitaker, Daniel & Sarah | Okafor, Ruth
    Address | address1 | 1820 N 400 E, Provo, Utah 84604 | 1820 N 400 E, Provo, Utah 84604 | 77 Canyon Rd, Provo, Utah 84604
    Phone | phone | 801-555-0134 | 801-555-0135 | ""
    Email | email | sarah.whitaker@example.com | dan.whitaker@example.com | ruth.okafor@example.org
    Birthdate | dateOfBirth | 14 Mar 1984 | 2 Oct 1982 | 30 Jun 1951
  `),
  set({ id: 'en-in-church-members-table-columns', kind: 'Indian church management app\'s members table created at start-up, dumped with its column names (id, names, phones, e-mail, address, pincode, birth, baptism and confirmation dates, blood group, profession, remarks, photo, status, family)', lang: 'en', defaultCountry: 'IN', source: 'index:46328247021 (a church management app\'s schema set-up: the member table\'s columns in order)' }, `
    _id | externalId | 101 | 102 | 103
    first_name | firstName | Joseph | Mary | Thomas
    middle_name | - | K | Anne | ""
    last_name | lastName | Varghese | Mathew | Kurian
    # The mobile is the main phone, the home phone an additional phone.
    phone | phone | 9847012345 | 9446123987 | 9895001122
    home | additionalPhones | 0484 2345678 | "" | 0481 2567890
    email | email | joseph.varghese@example.in | mary.mathew@example.com | ""
    address | address1 | Thottathil House, Kaloor | 12 Church Road, Edappally | Kurian Villa, Kottayam
    pincode | postalCode | 682017 | 682024 | 686001
    date_of_birth | dateOfBirth | 1975-04-12 | 1982-09-08 | 1960-01-25
    date_of_baptism | - | 1975-05-18 | 1982-10-10 | 1960-03-06
    date_of_confirmation | - | 1987-04-19 | 1994-05-01 | 1972-04-16
    blood_group | - | B+ | O+ | A-
    profession | - | 3 | 7 | 1
    remarks | - | Choir | "" | Parish council
    photo | - | "" | "" | ""
    status | - | active | active | inactive
    family_id | - | 41 | 41 | 42
  `),
  set({ id: 'en-cub-scouts-den-attendance-csv', kind: 'Cub Scout pack app\'s attendance CSV (scouting year, den, scout\'s names, meeting date, status)', lang: 'en', source: 'index:69159126706 (a pack app\'s attendance CSV builder, its header array)' }, `
    Scouting Year | - | 2025-2026 | 2025-2026 | 2025-2026
    # The den the scout belongs to: a group, Tags.
    Den | tags | Wolf 1 | Bear | Webelos 2
    Scout First Name | firstName | Owen | Liam | Harper
    Scout Last Name | lastName | Fitzgerald | Okafor | Lindqvist
    Meeting Date | - | 2025-09-16 | 2025-09-16 | 2025-09-23
    Status | - | Present | Absent | Not Recorded
  `),
  set({ id: 'en-woodshop-club-members-lockers', kind: 'woodworking club\'s shop sign-in app export of members (badge, first and last name, club dues, shop visits, credit, validity, locker)', lang: 'en', source: 'index:4788258098 (a club shop app\'s members CSV export, its header line)' }, `
    # The member's badge number: the External ID.
    Badge | externalId | 1207 | 1311 | 1442
    First | firstName | Gerald | Donna | Ray
    Last | lastName | Whitfield | Kowalski | Dunbar
    Club Dues Paid | - | True | True | False
    Shop Visits | - | 42 | 17 | 3
    Credit Bank | - | 0 | 15 | 0
    # The header is " Last Day Valid" with a leading space in the file (not writable here).
    Last Day Valid | - | 12/31/2025 | 12/31/2025 | 6/30/2025
    Modified | - | 3/2/2025 | 1/15/2025 | 11/4/2024
    HasLocker | - | True | False | False
  `),
  set({ id: 'en-scout-troop-fundraising-affiliates', kind: 'scout troop\'s fundraising shop export of its scout affiliates (scout id, names, e-mail, patrol, tracking code, status)', lang: 'en', source: 'index:3671915769 (a troop shop\'s affiliates export script, its column aliases)' }, `
    # The shop's customer id of the scout: another system's id of the person, the External ID.
    Scout ID | externalId | 58 | 61 | 73
    First Name | firstName | Ethan | Maya | Lucas
    Last Name | lastName | Brennan | Soto | Whitaker
    Email | email | ethan.brennan@example.com | maya.soto@example.com | lucas.w@example.com
    # The patrol the scout belongs to: Tags.
    Patrol name | tags | Eagle | Fox | Eagle
    Tracking Code | - | 5f2a91c0 | 8be3d7a4 | c1094e6b
    Status | - | Approved | Approved | Not yet approved
  `),
  set({ id: 'en-school-class-assignments-export', kind: 'elementary school\'s class-assignment program output (last and first name, grade, teacher, happiness score, number of classes, then one column per class; kept to its first six columns)', lang: 'en', source: 'index:22148706796 (a class assignment program\'s assignments CSV writer, its header line)' }, `
    Last Name | lastName | Alvarez | Chen | O'Brien
    First Name | firstName | Sofia | Ethan | Grace
    # The grade and the homeroom teacher: not imported.
    Grade | - | 3 | 4 | 3
    Teacher | - | Mrs. Patel | Mr. Green | Mrs. Patel
    Happiness | - | 9 | 7 | 8
    NumClasses | - | 3 | 3 | 2
  `),
];
