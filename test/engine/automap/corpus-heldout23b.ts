// The twenty-third held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files and English ones from schools, churches, events, shops, nonprofits and Google Forms; the
// other half, corpus-heldout23a.ts, holds English, German, Dutch and mixed-language files): 56 header sets (473
// columns, 269 of them expected to map; 12 Spanish, 12 Portuguese, 12 French, 12 Italian, 8 English; 2 files without a
// header row, 2 with a line above it (both a "sep=;" line Excel writes); 3 sets of 24 to 25 columns) from sources none
// of the other parts use, found in the public code index with exact-string searches for
// everyday header lines in these languages (member, client, patient, pupil, employee, subscriber and applicant lists,
// association and school registers, shop, clinic, invoicing and admin exports, importer templates and their tests,
// database tables and seeds, form exports) and written down, with the mapping a careful person would choose by the
// field definitions and the rules, BEFORE the mapper was run on them and without reading the lexicon or the
// mapper. "index:N" names the index file the header text was read from (the index does not name its repository); the
// kind says what the file is. Sample values are made up in the shape of each file's own (no personal data or example
// rows from the sources are copied). Leading and trailing spaces of a header cell and byte-order marks cannot be
// written in the table and are left out (a set's comment says where). No set's headers repeat an older part's (each
// was compared lower-cased).
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
// The twenty-second part's second half made these choices more than once, kept here:
// - A WhatsApp number that is the file's only phone is the person's Phone.
// - The kind of contact a row is filed under (client or supplier, member or visitor) is Tags.
// - Another person named beside the contact (a companion, an insured relative, a child in a list of paying parents)
//   is not imported.
// Choices this half makes more than once:
// - A card, membership, federation or enrolment number the person is filed under (Tessera, NTessera, USATT #,
//   Matricula) is the External ID.
// - A full name in one column written surname first ("Apellido y Nombre") is the Name.
// - A "sep=;" line Excel writes above the header is a line above the header row, like a title line.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout23' }, table);

export const HELDOUT23B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-ar-profesionales-export-cuenta-plan', kind: 'Argentine institution\'s professionals list written to a semicolon CSV by its console program (account number, status, name, surname, DNI, e-mail, degree, activity, years of service, salary, balance, plan)', lang: 'es', defaultCountry: 'AR', source: 'index:36379689154 (a C++ database class printing Profesionales.csv)' }, `
    # NRO is the professional's account number in the program: a customer's account number is the External ID.
    NRO | externalId | 1001 | 1002 | 1003
    ESTADO | - | ACTIVO | ACTIVO | BAJA
    NOMBRE | firstName | Mariela | Hernán | Lucía
    APELLIDO | lastName | Quiroga | Benítez | Sosa
    DNI | - | 28456123 | 31789456 | 35123987
    EMAIL | email | mquiroga@example.com.ar | hbenitez@example.com | lucia.sosa@example.com.ar
    TITULO | - | Kinesióloga | Médico | Nutricionista
    ACTIVIDAD | - | Rehabilitación | Clínica | Consultorio
    TIEMPO DE SERVICIO | - | 6 | 12 | 2
    SUELDO | - | 850000 | 1200000 | 640000
    SALDO | - | 0 | 15000 | 0
    PLAN | - | Mensual | Anual | Mensual
  `),
  set({ id: 'es-ar-participantes-pegar-dni-email', kind: 'Argentine course app\'s participant list pasted as comma-separated text (name, surname, DNI, e-mail)', lang: 'es', defaultCountry: 'AR', source: 'index:58328586818 (a bulk-add participants dialog, its paste examples, React)' }, `
    Nombre | firstName | Florencia | Matías | Agustina
    Apellido | lastName | Ledesma | Giménez | Paz
    DNI | - | 38123456 | 40987654 | 42345678
    Email | email | flor.ledesma@example.com | mgimenez@example.com.ar | agus.paz@example.com
  `),
  set({ id: 'es-empleados-export-cargo-salario', kind: 'Spanish-language HR desktop app\'s employee list saved to a semicolon CSV (name, surname, DNI, e-mail, position, salary, start date)', lang: 'es', defaultCountry: 'ES', source: 'index:29550897401 (a WinForms employees form, export to CSV, C#)' }, `
    Nombre | firstName | Raquel | Sergio | Nuria
    Apellido | lastName | Domínguez | Ortega | Vallejo
    DNI | - | 45678123K | 52341987M | 73412356B
    Email | email | raquel.dominguez@example.es | sortega@example.com | nvallejo@example.es
    Cargo | - | Contable | Técnico de soporte | Jefa de ventas
    Salario | - | 28500 | 24000 | 39000
    FechaIngreso | - | 2019-03-01 | 2022-09-15 | 2016-01-11
  `),
  set({ id: 'es-ar-odontologia-pacientes-txt-sin-cabecera', kind: 'Argentine dental practice program\'s patients file, one semicolon record a line without a header row (id, name, surname, DNI, e-mail, admission date, street, number, town, province)', lang: 'es', defaultCountry: 'AR', noHeader: true, source: 'index:70984116155 (a dental clinic exercise\'s README, pacientes.txt line format)' }, `
    "" | externalId | 1 | 2 | 3
    "" | firstName | Rosana | Julián | Valeria
    "" | lastName | Medina | Ferreyra | Ibarra
    "" | - | 27345678 | 33456123 | 39876543
    "" | email | rosana.medina@example.com | jferreyra@example.com.ar | vale.ibarra@example.com
    "" | - | 2025-02-10 | 2025-03-22 | 2025-05-07
    # The street and the house number are separate columns: the street is the address line, the number alone is not
    # imported.
    "" | address1 | San Martín | Av. Colón | Rivadavia
    "" | - | 1250 | 845 | 330
    "" | city | Córdoba | Villa Carlos Paz | Río Cuarto
    "" | state | Córdoba | Córdoba | Córdoba
  `),
  set({ id: 'es-ar-estudiantes-pasantias-export', kind: 'Argentine school internship platform\'s students export, a semicolon CSV (id, name, surname, DNI, e-mail, grade, course, status, placements)', lang: 'es', defaultCountry: 'AR', source: 'index:52664738805 (a Symfony export endpoint\'s test, estudiantes.csv header)' }, `
    id | externalId | 14 | 15 | 16
    nombre | firstName | Tomás | Milagros | Bruno
    apellido | lastName | Villalba | Acosta | Herrera
    dni | - | 46123456 | 45987321 | 46554433
    email | email | tomas.villalba@example.edu.ar | mili.acosta@example.com | bherrera@example.edu.ar
    grado | - | 6 | 6 | 7
    curso | - | 6° B | 6° A | 7° A
    estado | - | activo | activo | egresado
    asignaciones_total | - | 2 | 1 | 3
    asignaciones_en_curso | - | 1 | 0 | 0
  `),
  set({ id: 'es-contactos-analisis-pandas-correo', kind: 'Spanish contact list, the CSV a data-analysis script reads (name, surname, e-mail, phone)', lang: 'es', defaultCountry: 'ES', source: 'index:24230195612 (a pandas contact summary script, contactos.csv content, Python)' }, `
    Nombre | firstName | Elena | Rubén | Alicia
    Apellido | lastName | Cuesta | Navarro | Prieto
    Correo | email | elena.cuesta@example.es | ruben.navarro@example.com | aprieto@example.es
    Teléfono | phone | +34 622418093 | +34 655302118 | +34 690774215
  `),
  set({ id: 'es-rrhh-empleados-csv-copy-provincia', kind: 'Spanish HR database demo\'s employees CSV loaded with COPY ... CSV HEADER (id, name, surnames, DNI, e-mail, phone, address, province, salary)', lang: 'es', defaultCountry: 'ES', source: 'index:48307942850 (a PostgreSQL data-masking demo script loading empleados.csv, SQL)' }, `
    id | externalId | 1 | 2 | 3
    nombre | firstName | Lorena | Adrián | Celia
    apellidos | lastName | Montero Gil | Pascual | Rey Otero
    dni | - | 12345678Z | 87654321X | 45612378L
    email | email | lorena.montero@example.es | apascual@example.com | celia.rey@example.es
    telefono | phone | 611 234 567 | 622 345 678 | 986 123 456
    direccion | address1 | Calle Alcalá 120, 3ºB | Avenida del Puerto 45 | Rúa do Príncipe 8
    provincia | state | Madrid | Valencia | Pontevedra
    salario | - | 32000.00 | 27500.50 | 41000.00
  `),
  set({ id: 'es-mx-inscripciones-export-area', kind: 'Mexican event registration page\'s sign-ups exported to CSV from the table on screen (id, name, paternal and maternal surname, area)', lang: 'es', defaultCountry: 'MX', source: 'index:46763735552 (a registrations admin page, CSV export of the table, JavaScript)' }, `
    # The file is a list of registrations: its ID numbers the sign-ups, a registration list's own row id, not imported.
    ID | - | 1 | 2 | 3
    NOMBRE | firstName | Guadalupe | José Luis | Ximena
    APELLIDO PATERNO | lastName | Hernández | Ramírez | Castillo
    APELLIDO MATERNO | - | Ortiz | Salas | Mejía
    AREA | - | Sistemas | Contabilidad | Recursos Humanos
  `),
  set({ id: 'es-mx-personas-matricula-tipo', kind: 'Mexican university app\'s people list exported to CSV with a byte-order mark (name, paternal and maternal surname, student number, kind of person)', lang: 'es', defaultCountry: 'MX', source: 'index:55734121414 (a desktop app\'s people export service, C#)' }, `
    # The source writes a byte-order mark before "Nombre", which the table cannot hold.
    Nombre | firstName | Andrea | Luis Fernando | Mariana
    Apellido Paterno | lastName | Gutiérrez | Zamora | Peña
    Apellido Materno | - | Lozano | Ríos | Cortés
    # The enrolment or staff number is the id the person has in the university's system: the External ID.
    Matricula | externalId | A01234567 | L00987654 | A01345678
    # The kind of person (Alumno, Docente, Administrativo) is the kind of contact the row is filed under: Tags.
    Tipo de Persona | tags | Alumno | Docente | Alumno
  `),
  set({ id: 'es-ar-obra-trabajadores-pin', kind: 'Argentine construction site app\'s workers list exported to a semicolon CSV (full name, DNI, trade, site, expected duration, PIN)', lang: 'es', defaultCountry: 'AR', source: 'index:56715653006 (a construction attendance app\'s workers panel, CSV export, React)' }, `
    APELLIDO Y NOMBRE | name | Sosa, Ramón Alberto | Cabrera, Nicolás | Ojeda, Walter Daniel
    DNI (NUMERO) | - | 25678901 | 38123456 | 30456789
    OFICIO/PUESTO LABORAL | - | Albañil | Electricista | Oficial armador
    OBRA CORRESPONDIENTE | - | Torre Belgrano | Barrio Las Lomas | Torre Belgrano
    DURACIÓN ESTIMADA DE LA OBRA | - | 6 meses | 10 meses | 6 meses
    PIN | - | 4821 | 1937 | 5560
  `),
  set({ id: 'es-ar-bonos-export-apellido-nombre', kind: 'Argentine municipal office\'s vouchers list exported to a semicolon CSV with a byte-order mark for Excel (voucher number, date, full name, DNI, concept, amount)', lang: 'es', defaultCountry: 'AR', source: 'index:28230661677 (a WinForms vouchers report, CSV export, C#)' }, `
    # The source writes a byte-order mark before "N° Bono", which the table cannot hold.
    N° Bono | - | 1042 | 1043 | 1044
    Fecha | - | 03/03/2025 | 03/03/2025 | 05/03/2025
    Apellido y Nombre | name | Gómez María Inés | Duarte Pablo | Rivas Claudia
    DNI | - | 22456789 | 31987654 | 27123456
    Concepto | - | Ayuda escolar | Garrafa social | Ayuda escolar
    Monto | - | 15000,00 | S.N | 15000,00
  `),
  set({ id: 'es-gt-candidatos-csv-linea-sep', kind: 'Guatemalan call centre\'s candidate list saved from Excel as a semicolon CSV with a "sep=;" line above the header (full name, e-mail, position)', lang: 'es', defaultCountry: 'GT', above: [['sep=;']], source: 'index:63141403483 (a recruiting tool\'s CSV import tests, JavaScript)' }, `
    Nombre | name | Karla Morales | Edgar Pineda | Lucía Batz
    Correo | email | karla.morales@example.com | edgar.pineda@example.com.gt | lucia.batz@example.com
    # The position applied for is like a job title: not imported.
    Puesto | - | Agente bilingüe | Supervisor | Soporte técnico
  `),
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-agenda-contatos-txt-sobrenome', kind: 'Brazilian address book program\'s contacts saved to a semicolon text file (first name, surname, e-mail, phone)', lang: 'pt', defaultCountry: 'BR', source: 'index:69088173603 (an address book class writing contatos.txt, Python)' }, `
    nome | firstName | Bianca | Rafael | Luíza
    sobrenome | lastName | Moura | Teixeira | Cardoso
    email | email | bianca.moura@example.com.br | rafa.teixeira@example.com | luiza.c@example.com.br
    telefone | phone | (31) 98812-4471 | (11) 97654-3321 | (85) 99123-0876
  `),
  set({ id: 'pt-oficina-clientes-txt-fidelidade', kind: 'Brazilian service shop API\'s clients file, a semicolon text (name, CPF, e-mail, phone, loyalty)', lang: 'pt', defaultCountry: 'BR', source: 'index:4615310833 (a service shop API\'s README, cliente.txt format)' }, `
    Nome | name | Carlos Eduardo Pires | Fernanda Lopes | Mário Sérgio Almeida
    CPF | - | 123.456.789-09 | 987.654.321-00 | 456.123.789-55
    Email | email | cadu.pires@example.com.br | fernanda.lopes@example.com | msalmeida@example.com.br
    Telefone | phone | (62) 99845-1122 | (62) 98123-7788 | (64) 99654-3210
    Fidelidade | - | true | false | true
  `),
  set({ id: 'pt-clientes-listagem-csv-cep-estado', kind: 'Brazilian desktop app\'s client list written to Downloads as a semicolon CSV (id, name, CPF, e-mail, phone, CEP, state)', lang: 'pt', defaultCountry: 'BR', source: 'index:3899835579 (a client listing file generator, listaDeClientes.csv, Java)' }, `
    ID | externalId | 1 | 2 | 3
    NOME | name | Patrícia Gomes | Renato Ribeiro | Sueli Nascimento
    CPF | - | 321.654.987-00 | 741.852.963-11 | 159.357.486-22
    EMAIL | email | patricia.gomes@example.com.br | renato.r@example.com | sueli.n@example.com.br
    TELEFONE | phone | (41) 99876-5432 | (48) 98765-1234 | (47) 99111-2233
    CEP | postalCode | 80010-000 | 88015-200 | 89010-100
    ESTADO | state | PR | SC | SC
  `),
  set({ id: 'pt-certificados-lote-sem-cabecalho', kind: 'Brazilian training company\'s certificate app, trainees pasted in a batch one semicolon line each without a header row (name, CPF, e-mail, phone, job title)', lang: 'pt', defaultCountry: 'BR', noHeader: true, source: 'index:62107550325 (a certificates app\'s manual, batch registration line format Nome;CPF;Email;Telefone;Cargo)' }, `
    "" | name | Adriana Batista | Gilberto Campos | Tatiane Freitas
    "" | - | 258.369.147-00 | 147.258.369-44 | 369.147.258-88
    "" | email | adriana.batista@example.com.br | gilberto.campos@example.com | tati.freitas@example.com.br
    "" | phone | (11) 98456-7712 | (19) 99234-5566 | (11) 97788-9900
    "" | - | Operadora de empilhadeira | Supervisor | Técnica de segurança
  `),
  set({ id: 'pt-robotica-alunos-modelo-turma-canal', kind: 'Brazilian robotics school\'s student import template, a semicolon CSV (name, CPF, e-mail, phone, class code, origin channel)', lang: 'pt', defaultCountry: 'BR', source: 'index:71288627044 (an import controller\'s CSV template download, Java)' }, `
    Nome | name | Letícia Rocha | Vinícius Araújo | Camila Duarte
    CPF | - | 321.987.654-10 | 654.321.987-20 | 987.123.456-30
    Email | email | leticia.rocha@example.com | vini.araujo@example.com.br | camila.duarte@example.com
    Telefone | phone | (11) 94567-1234 | (11) 98765-4321 | (13) 99876-5544
    CodigoTurma | - | ROB-2026-T1 | ROB-2026-T2 | ROB-2026-T1
    # The channel the enrolment came through (FORMS, WHATSAPP, INDICACAO) is where the lead came from: the Source.
    CanalOrigem | source | FORMS | INDICACAO | WHATSAPP
  `),
  set({ id: 'pt-frotas-contatos-modelo-organizacao', kind: 'Brazilian fleet insurance CRM\'s contact import template, a semicolon CSV (name, CPF, e-mail, phone, WhatsApp, job title, company, CNPJ, fleet size, city, state, origin)', lang: 'pt', defaultCountry: 'BR', source: 'index:22665351013 (a CRM\'s import plan, example template for contacts and organizations)' }, `
    Nome | name | Ricardo Nogueira | Simone Barros | Eduardo Lima
    CPF | - | 111.222.333-44 | 555.666.777-88 | 999.000.111-22
    Email | email | ricardo@transnogueira.example.com.br | simone.barros@example.com | eduardo@limalog.example.com.br
    Telefone | phone | (11) 3344-5566 | (21) 2233-4455 | (31) 3456-7890
    WhatsApp | additionalPhones | (11) 99887-6655 | (21) 98877-6655 | (31) 99654-3322
    Cargo | - | Diretor | Gerente de frota | Sócio
    Empresa | companyName | Transportes Nogueira | Barros Logística | Lima Log
    CNPJ | - | 12.345.678/0001-90 | 23.456.789/0001-01 | 34.567.890/0001-12
    # The number of vehicles the company runs is the company's size: not imported.
    Automotores | - | 25 | 8 | 60
    Cidade | city | São Paulo | Rio de Janeiro | Contagem
    Estado | state | SP | RJ | MG
    Origem | source | Indicação | Site | Feira
  `),
  set({ id: 'pt-cidadaos-arquivo-conta', kind: 'Brazilian city services app\'s citizens file, a semicolon text with a header line (id, name, CPF, e-mail, phone, password hash, sign-up date, account status)', lang: 'pt', defaultCountry: 'BR', source: 'index:56678633427 (a citizens repository saving cidadaos.txt, Java)' }, `
    id | externalId | 1 | 2 | 3
    nome | name | Joana Pereira | Antônio Carvalho | Débora Monteiro
    cpf | - | 12345678909 | 98765432100 | 45612378955
    email | email | joana.pereira@example.com.br | antonio.c@example.com | debora.m@example.com.br
    telefone | phone | (81) 99812-3344 | (81) 98765-1122 | (87) 99123-4455
    senhaHash | - | 5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 | 2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae | fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9
    dataCadastro | - | 2025-04-02T10:15 | 2025-04-03T08:40 | 2025-05-11T19:02
    statusConta | - | ATIVA | ATIVA | BLOQUEADA
  `),
  set({ id: 'pt-funcionarios-txt-endereco-uf', kind: 'Brazilian service company API\'s staff file, a semicolon text (name, e-mail, CPF, phone, registration number, salary, active, CEP, street, complement, unit, neighbourhood, town, UF, state)', lang: 'pt', defaultCountry: 'BR', source: 'index:5542289330 (a service company API\'s README, funcionario.txt format)' }, `
    Nome | name | Rogério Santana | Elaine Cristina Dias | Márcio Figueiredo
    Email | email | rogerio.santana@example.com.br | elaine.dias@example.com | marcio.f@example.com.br
    CPF | - | 321.654.987-01 | 654.987.321-02 | 987.321.654-03
    Telefone | phone | (21) 99654-1234 | (21) 98123-4567 | (24) 99876-5432
    Matricula | externalId | F001 | F002 | F003
    Salario | - | 3200.00 | 4100.50 | 2850.00
    EhAtivo | - | true | true | false
    CEP | postalCode | 20040-002 | 22041-001 | 25685-000
    Logradouro | address1 | Rua da Assembleia | Avenida Atlântica | Rua do Imperador
    Complemento | - | sala 1203 | apto 502 | ""
    Unidade | - | Centro | Copacabana | Petrópolis
    Bairro | - | Centro | Copacabana | Centro
    Localidade | city | Rio de Janeiro | Rio de Janeiro | Petrópolis
    # UF and Estado (as the CEP lookup returns them) hold the same state, abbreviated and in full: UF is the State,
    # the spelled-out duplicate is not imported.
    UF | state | RJ | RJ | RJ
    Estado | - | Rio de Janeiro | Rio de Janeiro | Rio de Janeiro
  `),
  set({ id: 'pt-cadastro-clientes-modelo-nascimento', kind: 'Brazilian admin panel\'s client import example line, a semicolon CSV (name, CPF, e-mail, phone, birth date)', lang: 'pt', defaultCountry: 'BR', source: 'index:31794366381 (an import page\'s help box, Blade template)' }, `
    nome | name | Silvana Prado | Otávio Mendes | Karina Lopes
    cpf | - | 147.258.369-00 | 258.369.147-11 | 369.258.147-22
    email | email | silvana.prado@example.com.br | otavio.mendes@example.com | karina.l@example.com.br
    telefone | phone | (11) 99123-4567 | (15) 98876-5544 | (11) 97654-3210
    data_nascimento | dateOfBirth | 08/02/1979 | 23/11/1990 | 14/06/1985
  `),
  set({ id: 'pt-clinica-pacientes-export-csv', kind: 'Brazilian clinic API\'s patients export, a semicolon CSV (id, name, CPF, e-mail, phone)', lang: 'pt', defaultCountry: 'BR', source: 'index:7611506829 (a Spring patient controller\'s CSV export, pacientes.csv, Java)' }, `
    id | externalId | 12 | 13 | 14
    nome | name | Gustavo Henrique Reis | Marta Azevedo | Isabela Fontes
    cpf | - | 11122233344 | 55566677788 | 99988877766
    email | email | gustavo.reis@example.com | marta.azevedo@example.com.br | isabela.fontes@example.com
    telefone | phone | (51) 99812-7766 | (51) 98456-1234 | (54) 99123-8899
  `),
  set({ id: 'pt-usuarios-relatorio-departamento', kind: 'Brazilian public office system\'s users report exported to a semicolon CSV (name, CPF, e-mail, phone, address, department, profile, status, created)', lang: 'pt', defaultCountry: 'BR', source: 'index:54602293689 (a Supabase edge function exporting user reports, TypeScript)' }, `
    Nome | name | Cláudia Rezende | Fábio Martins | Helena Quintana
    CPF | - | 123.123.123-12 | 456.456.456-45 | 789.789.789-78
    Email | email | claudia.rezende@example.gov.br | fabio.martins@example.com | helena.q@example.gov.br
    Telefone | phone | (61) 99876-1122 | (61) 98345-6677 | (61) 99765-4433
    Endereço | address1 | SQN 310 Bloco B Apto 204 | QS 7 Rua 12 Casa 5 | SHIS QI 15 Conjunto 3
    Departamento | - | Ouvidoria | Protocolo | Atendimento
    Perfil | - | Administrador | Atendente | Supervisor
    Status | - | Ativo | Ativo | Inativo
    Data Criação | - | 03/02/2025 | 17/03/2025 | 09/05/2025
  `),
  set({ id: 'pt-eventos-leads-export-whatsapp', kind: 'Brazilian event promoter\'s leads exported to CSV (id, name, e-mail, WhatsApp, city, event, status, sign-up date)', lang: 'pt', defaultCountry: 'BR', source: 'index:57737338172 (a leads router\'s CSV export, tRPC, TypeScript)' }, `
    ID | externalId | 101 | 102 | 103
    Nome | name | Larissa Campos | Diego Farias | Priscila Andrade
    Email | email | larissa.campos@example.com.br | diego.farias@example.com | pri.andrade@example.com.br
    # The WhatsApp number is the file's only phone: the Phone.
    WhatsApp | phone | (11) 98765-4321 | (21) 99876-1234 | (31) 98123-4567
    Cidade | city | São Paulo | Niterói | Belo Horizonte
    Evento | - | Workshop Março | Workshop Março | Imersão Abril
    Status | - | new | contacted | registered
    Data Cadastro | - | 2026-02-14 | 2026-02-20 | 2026-03-03
  `),
  // ---------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-personnel-import-matricule-collage', kind: 'French-speaking school admin\'s staff import by pasted semicolon text (staff number, first name, name, e-mail, phone, address)', lang: 'fr', defaultCountry: 'FR', source: 'index:57945775771 (an admin import page\'s paste box, its placeholder header, React)' }, `
    # The placeholder ends in ";..." (more columns may follow): the six named columns are written here.
    Matricule | externalId | EMP-0142 | EMP-0187 | EMP-0203
    Prénom | firstName | Sandrine | Olivier | Aïcha
    Nom | lastName | Lefèvre | Garnier | Benali
    Email | email | s.lefevre@example.fr | olivier.garnier@example.com | aicha.benali@example.fr
    Téléphone | phone | 06 12 45 78 90 | 07 81 23 45 67 | 06 98 76 54 32
    Adresse | address1 | 14 rue des Lilas | 3 avenue Jean Jaurès | 27 boulevard Pasteur
  `),
  set({ id: 'fr-leads-export-capture-le', kind: 'French site builder\'s captured leads exported to a semicolon CSV (first name, name, e-mail, phone, captured on)', lang: 'fr', defaultCountry: 'FR', source: 'index:63255730095 (a CSV export module\'s tests, lead columns, TypeScript)' }, `
    Prénom | firstName | Camille | Théo | Manon
    Nom | lastName | Rousseau | Fontaine | Chevalier
    Email | email | camille.rousseau@example.fr | theo.fontaine@example.com | manon.chevalier@example.fr
    Téléphone | phone | 0612457890 | 0781234567 | 0698765432
    Capturé le | - | 2026-06-01T09:12:00Z | 2026-06-03T14:40:00Z | 2026-06-07T18:05:00Z
  `),
  set({ id: 'fr-employes-export-service-javafx', kind: 'French desktop app\'s employee list exported to a semicolon CSV with a byte-order mark (first name, name, e-mail, phone, department)', lang: 'fr', defaultCountry: 'FR', source: 'index:48076217725 (a JavaFX employees view, export to CSV, Java)' }, `
    # The source writes a byte-order mark before "Prénom", which the table cannot hold.
    Prénom | firstName | Julien | Nathalie | Karim
    Nom | lastName | Morel | Girard | Haddad
    Email | email | julien.morel@example.fr | n.girard@example.com | karim.haddad@example.fr
    Téléphone | phone | 01 45 67 89 12 | 06 23 45 67 89 | 04 78 12 34 56
    Service | - | Comptabilité | Ressources humaines | Logistique
  `),
  set({ id: 'fr-bibliotheque-abonnes-export', kind: 'French library app\'s subscribers exported to a semicolon CSV (id, first name, name, e-mail, phone, created, last payment)', lang: 'fr', defaultCountry: 'FR', source: 'index:52577972945 (a library admin page\'s CSV export with renamed headers, JavaScript)' }, `
    id | externalId | 101 | 102 | 103
    prénom | firstName | Élise | Mathieu | Inès
    nom | lastName | Dubois | Lambert | Mercier
    email | email | elise.dubois@example.fr | mathieu.lambert@example.com | ines.mercier@example.fr
    téléphone | phone | 06 11 22 33 44 | 07 55 66 77 88 | 06 99 88 77 66
    création | - | 2025-01-14 | 2025-03-02 | 2025-09-21
    dernier paiement | - | 2026-01-14 | 2026-03-02 | 2025-09-21
  `),
  set({ id: 'fr-mairie-elus-modele-groupe-politique', kind: 'French town hall app\'s councillors import template, a semicolon CSV (first name, name, e-mail, phone, office, political group)', lang: 'fr', defaultCountry: 'FR', source: 'index:54190099976 (a municipal app\'s import dialog, template download, React)' }, `
    Prénom | firstName | Bernard | Sylvie | Rachid
    Nom | lastName | Perrin | Marchand | Belkacem
    Email | email | b.perrin@mairie.example.fr | s.marchand@mairie.example.fr | r.belkacem@example.fr
    Téléphone | phone | 06 14 25 36 47 | 06 58 69 70 81 | 07 12 23 34 45
    # "Qualité" is the councillor's office (maire, adjoint, conseiller): like a job title, not imported.
    Qualité | - | Maire | Adjointe aux finances | Conseiller municipal
    Groupe politique | tags | Majorité | Majorité | Opposition
  `),
  set({ id: 'fr-coaching-prospects-statut-date', kind: 'French coaching studio\'s prospects CSV for a status import test (first name, name, e-mail, phone, status, date)', lang: 'fr', defaultCountry: 'FR', source: 'index:52324022965 (an implementation plan\'s manual test CSV, markdown)' }, `
    Prénom | firstName | Laura | Antoine | Chloé
    Nom | lastName | Bonnet | Faure | Roux
    Email | email | laura.bonnet@example.fr | antoine.faure@example.com | chloe.roux@example.fr
    Téléphone | phone | 0645127890 | 0677889900 | 0611223344
    Statut | - | Nouveau | RDV Bilan Pris | Converti
    Date | - | 8 janvier 2026 | 12 janvier 2026 | 20 janvier 2026
  `),
  set({ id: 'fr-photos-ecole-commandes-export', kind: 'French school photographer\'s orders exported to a semicolon CSV with a byte-order mark (order ref, name, first name, e-mail, phone, order date, folder, photo number, quantity, total, payment and pickup dates, status)', lang: 'fr', defaultCountry: 'FR', source: 'index:46689566332 (a photo ordering app\'s specification, commandes.csv structure)' }, `
    REF | - | CMD-20241224-001 | CMD-20241224-002 | CMD-20241226-001
    Nom | lastName | Petit | Guerin | Lemoine
    Prenom | firstName | Aurélie | Stéphane | Valérie
    Email | email | aurelie.petit@example.fr | s.guerin@example.com | valerie.lemoine@example.fr
    Telephone | phone | 0623456789 | 0734567890 | 0645678901
    Date commande | - | 24/12/2024 16:30 | 24/12/2024 17:05 | 26/12/2024 09:12
    Dossier | - | CM2-B | CE1-A | CM2-B
    N de la photo | - | IMG_0412 | IMG_0388 | IMG_0415
    Quantite | - | 2 | 1 | 3
    Montant Total | - | 24,00 | 12,00 | 36,00
    Mode de paiement | - | Chèque | Espèces | Chèque
    Date encaissement souhaitee | - | 05/01/2025 | "" | 10/01/2025
    Date encaissement | - | "" | 24/12/2024 | ""
    Date depot | - | 06/01/2025 | "" | ""
    Date de recuperation | - | "" | "" | ""
    Statut commande | - | validée | payée | validée
    Exported | - | 0 | 1 | 0
  `),
  set({ id: 'fr-cuisiniste-prospects-import-agenceur', kind: 'French kitchen showroom CRM\'s prospect import, a semicolon CSV (title, name, first name, e-mail, mobile, landline, address, status, kitchen designer, origin, sub-origin, source, year)', lang: 'fr', defaultCountry: 'FR', source: 'index:53447289410 (a CRM\'s prospect import dialog, its expected structure, React)' }, `
    Civilité | - | Mme | M. | M. et Mme
    Nom | lastName | Garnier | Dupuis | Colin
    Prénom | firstName | Hélène | Marc | Pascal
    Email | email | helene.garnier@example.fr | marc.dupuis@example.com | pcolin@example.fr
    # Typed phones only: the mobile is the main phone, the landline additional.
    Portable | phone | 06 45 78 12 90 | 07 61 22 33 44 | 06 88 77 66 55
    Fixe | additionalPhones | 02 40 12 34 56 | "" | 02 51 98 76 54
    Adresse | address1 | 8 rue de la Loire, 44000 Nantes | 15 allée des Tilleuls, 44300 Nantes | 2 impasse du Moulin, 85000 La Roche-sur-Yon
    Statut | - | Prospect | Devis envoyé | Client
    # The kitchen designer the prospect is assigned to is the user in charge of the contact: the Contact owner.
    Agenceur | owner | Julie Marchand | Thomas Leroy | Julie Marchand
    # The first origin column is the Source; its sub-origin and the further "Source" column are not imported.
    Origine | source | Salon | Site web | Recommandation
    Sous-origine | - | Foire de Nantes | Formulaire devis | Client existant
    Source | - | Stand | Google | Parrainage
    Année | - | 2025 | 2026 | 2025
  `),
  set({ id: 'fr-clients-export-source-ville', kind: 'French CRM\'s clients exported to a semicolon CSV with a byte-order mark for Excel (id, name, first name, phone, e-mail, address, postcode, town, source, status, created)', lang: 'fr', defaultCountry: 'FR', source: 'index:17445856554 (a Node clients route, CSV export, JavaScript)' }, `
    # The source writes a byte-order mark before "ID", which the table cannot hold.
    ID | externalId | 12 | 13 | 14
    Nom | lastName | Meunier | Robin | Barbier
    Prénom | firstName | Sophie | Lucas | Émilie
    Téléphone | phone | 06 12 34 56 78 | 07 23 45 67 89 | 05 56 78 90 12
    Email | email | sophie.meunier@example.fr | lucas.robin@example.com | emilie.barbier@example.fr
    Adresse | address1 | 4 place Bellecour | 27 rue Nationale | 9 cours de l'Intendance
    Code Postal | postalCode | 69002 | 37000 | 33000
    Ville | city | Lyon | Tours | Bordeaux
    Source | source | Site web | Bouche à oreille | Facebook
    Statut | - | Actif | Prospect | Actif
    Date création | - | 12/01/2026 | 03/02/2026 | 17/02/2026
  `),
  set({ id: 'fr-commerce-fichier-clients-visites', kind: 'French shop loyalty app\'s client file import, a semicolon CSV from the shop\'s till (name, first name, phone, e-mail, last visit, visits, total spent, accepts offers)', lang: 'fr', defaultCountry: 'FR', source: 'index:70835992477 (a leads import end-to-end test, Playwright, TypeScript)' }, `
    Nom | lastName | Fontaine | Leclerc | Henry
    Prénom | firstName | Margaux | Bastien | Louise
    Téléphone | phone | 06 39 12 45 78 | 06 71 82 93 04 | ""
    Email | email | margaux.f@example.fr | "" | louise.henry@example.com
    Dernière visite | - | 12/01/2026 | 03/02/2026 | 10/02/2026
    Nombre de visites | - | 4 | 1 | 7
    Total dépensé | - | 480 | 95 | 1210
    Accepte les offres | - | oui | non | oui
  `),
  set({ id: 'fr-nautisme-prospects-suivi-commercial', kind: 'French boat dealer\'s prospect follow-up sheet saved as a semicolon CSV (created, source, salesperson, name, first name, phone, e-mail, boat wanted, budget, contact and reminder dates, quote, outcome, current boat, comments, delivery date)', lang: 'fr', defaultCountry: 'FR', source: 'index:54995241287 (a prospects import script\'s checks, the real export header, TypeScript)' }, `
    # The source's header cells "Etat ", " Budget (€) ", "Date de contact " and " Montant devis (€) " carry spaces at
    # their ends, which the table cannot hold.
    Date de création | - | 05/03/2026 | 12/03/2026 | 20/03/2026
    Source | source | Salon nautique | Site internet | Passage concession
    # The salesperson who follows the prospect is the Contact owner.
    Commercial | owner | Yannick | Sabrina | Yannick
    Nom | lastName | Le Gall | Moreau | Tanguy
    Prénom | firstName | Erwan | Isabelle | Gilles
    Téléphone | phone | 06 12 98 45 67 | 06 77 41 25 89 | 02 98 44 12 36
    Email | email | erwan.legall@example.fr | i.moreau@example.com | gilles.tanguy@example.fr
    Type de bateau | - | Semi-rigide | Voilier | Vedette
    Etat | - | Neuf | Occasion | Neuf
    Intérêt bateau | - | Zodiac Medline 7 | Dufour 32 | Merry Fisher 6
    Marque | - | Zodiac | Dufour | Jeanneau
    Budget (€) | - | 55 000 | 80 000 | 40 000
    En conclusion | - | Chaud | Tiède | Froid
    Date de contact | - | 06/03/2026 | 13/03/2026 | 21/03/2026
    Relance 1 | - | 13/03/2026 | 20/03/2026 | ""
    Relance 2 | - | 20/03/2026 | "" | ""
    Négociation/Devis | - | Devis envoyé | Essai prévu | ""
    Relance 3 | - | "" | "" | ""
    Conclusion | - | Signé | "" | Perdu
    Signé/Perdu | - | Signé | En cours | Perdu
    Montant devis (€) | - | 52 400 | 78 900 | ""
    % Réalisation | - | 100 | 50 | 0
    Bateau actuel | - | Aucun | Kelt 6.20 | Cap Camarat 5.5
    Commentaires | - | Livraison avant juin | Veut reprise | Trop cher
    Date de livraison | - | 25/05/2026 | "" | ""
  `),
  set({ id: 'fr-vpn-clients-modele-import-login', kind: 'French VPN dashboard\'s client import template (client login, full name, e-mail, phone, address, job, days until expiry)', lang: 'fr', defaultCountry: 'FR', source: 'index:68944416530 (a VPN admin API\'s import template route, Flask, Python)' }, `
    # In this file "nom" holds the client's login in the VPN (jdupont) and "prenom" the person's full name: the login
    # is the code the person is filed under in another program (the External ID), and the full name the Name.
    nom | externalId | mleroux | pnguyen | abertrand
    prenom | name | Mathilde Leroux | Paul Nguyen | Anne Bertrand
    email | email | mathilde.leroux@example.fr | paul.nguyen@example.com | anne.bertrand@example.fr
    telephone | phone | +33645127890 | +33781234567 | +33699887766
    adresse | address1 | 5 rue Victor Hugo, 59000 Lille | 18 avenue Foch, 54000 Nancy | ""
    fonction | - | Comptable | Technicien | Directrice
    expires_days | - | 365 | 90 | ""
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-fisioterapia-pazienti-archivio-valutazioni', kind: 'Italian physiotherapy practice app\'s patients file, a semicolon CSV with the assessment fields (id, name, surname, phone, e-mail, home address, attachments, age, occupation, diagnosis and assessments, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:54710941042 (a physiotherapy app\'s patient repository, its file header, Java)' }, `
    id | externalId | 1 | 2 | 3
    nome | firstName | Francesca | Davide | Simona
    cognome | lastName | Galli | Marino | Conti
    telefono | phone | +39 333 418 2290 | +39 347 552 1098 | +39 320 771 4432
    email | email | francesca.galli@example.it | davide.marino@example.com | simona.conti@example.it
    # The home address is written in one cell (street and town): it is the address line.
    indirizzoCasa | address1 | Via Mazzini 21, Bergamo | Corso Vittorio Emanuele 8, Brescia | Via Dante 4, Lecco
    fileAllegati | - | rx_ginocchio.pdf | "" | rm_spalla.pdf
    eta | - | 42 | 35 | 58
    professione | - | Insegnante | Magazziniere | Pensionata
    diagnosi | - | Gonalgia dx | Lombalgia | Tendinopatia cuffia
    forzaMuscolare | - | 4/5 | 5/5 | 3/5
    naturaProblema | - | Traumatico | Posturale | Degenerativo
    esamiStrumentaliInVisione | - | RX | "" | RM
    core | - | Buono | Scarso | Discreto
    anamnesiRemota | - | Appendicectomia | "" | Ipertensione
    anamnesiProssima | - | Distorsione sciando | Dolore da 3 mesi | Dolore notturno
    terapieSvolte | - | Tecar | FANS | Infiltrazione
    testSpecificiSomministrati | - | Lachman neg. | Lasègue neg. | Jobe pos.
    misurazionePrestazione | - | Squat 70% | "" | ""
    valutazioneEquilibrio | - | Monopodalico 20 s | Nella norma | Ridotto
    valutazioneRomAaromProm | - | Flessione 110° | Completo | Abduzione 90°
    valutazioneElasticitaMuscolare | - | Ischiocrurali rigidi | Nella norma | ""
    valutazionePosturale | - | Valgismo | Iperlordosi | Cifosi
    note | - | Controllo tra 2 settimane | "" | Portare referti
  `),
  set({ id: 'it-aziende-seed-sql-principale', kind: 'Italian cutting shop app\'s companies table seed (id, VAT number, tax code, name, street, house number, postcode, town, province, country, phone, fax, e-mail, main)', lang: 'it', defaultCountry: 'IT', source: 'index:30471541763 (a database seed, INSERT INTO azienda, SQL)' }, `
    id | externalId | 1 | 2 | 3
    p_iva | - | 02345678901 | 03456789012 | 04567890123
    cod_fis | - | 02345678901 | MRTLCU80A01G482X | 04567890123
    # The rows are firms: the firm's name is the Company name.
    nome | companyName | Taglio Adriatico | Officina Marchetti | Lamiere Sud
    via | address1 | via Tiburtina | viale Marconi | via Nazionale
    civico | - | 120 | 45 | 7
    cap | postalCode | 65129 | 65122 | 66100
    citta | city | Pescara | Pescara | Chieti
    provincia | state | PE | PE | CH
    nazione | country | Italia | Italia | Italia
    telefono | phone | 085 432 1122 | 085 421 9988 | 0871 33 44 55
    fax | - | 085 432 1123 | "" | 0871 33 44 56
    email | email | info@taglioadriatico.example.it | officina@marchetti.example.it | amministrazione@lamieresud.example.it
    principale | - | Y | N | N
  `),
  set({ id: 'it-richieste-fatture-sharepoint-campi', kind: 'Italian property manager\'s invoice requests read from a SharePoint list (request number, cost centre, requester, kind of party, nationality, building, surname, name, company name, VAT and tax numbers, address, postcode, town, province, country, phone, e-mail, PEC, description, amount, service date, notes, created)', lang: 'it', defaultCountry: 'IT', source: 'index:59192776260 (an invoice requests service reading a SharePoint list\'s fields, TypeScript)' }, `
    Title | - | RF-2026-0012 | RF-2026-0013 | RF-2026-0014
    CentroCosto | - | CC-104 | CC-221 | CC-104
    # The requester is the colleague who asks for the invoice, not the invoiced person: not imported.
    Richiedente | - | m.ferraro@studio.example.it | l.gatti@studio.example.it | m.ferraro@studio.example.it
    RichiedenteNome | - | Marco Ferraro | Lucia Gatti | Marco Ferraro
    TipoSoggetto | - | Persona fisica | Società | Persona fisica
    Nazionalita | - | Italiana | Italiana | Estera
    Condominio | - | Condominio Aurora | Residenza Parco | Condominio Aurora
    Cognome | lastName | Longo | "" | Weber
    Nome | firstName | Paolo | "" | Katrin
    RagioneSociale | companyName | "" | Immobiliare Colli Srl | ""
    PartitaIVA | - | "" | 09876543210 | ""
    CodiceFiscale | - | LNGPLA71C12F205K | 09876543210 | ""
    Indirizzo | address1 | Via Padova 18 | Piazza Castello 3 | Hauptstraße 12
    Cap | postalCode | 20127 | 10121 | 80331
    Citta | city | Milano | Torino | München
    Provincia | state | MI | TO | ""
    Nazione | country | Italia | Italia | Germania
    Telefono | phone | 02 2614 5588 | 011 562 3344 | +49 89 123456
    Email | email | paolo.longo@example.it | amministrazione@colli.example.it | k.weber@example.de
    Pec | additionalEmails | "" | immobiliarecolli@pec.example.it | ""
    Descrizione | - | Rimborso spese | Consulenza tecnica | Affitto box
    Importo | - | 150,00 | 1.200,00 | 90,00
    DataPrestazione | - | 2026-02-10 | 2026-02-14 | 2026-03-01
    Note | - | "" | Fattura elettronica | ""
    Created | - | 2026-02-11T09:30:00Z | 2026-02-15T11:02:00Z | 2026-03-02T08:45:00Z
  `),
  set({ id: 'it-controparti-clienti-fornitori-procedura', kind: 'Italian accounting app\'s counterparties table (clients and suppliers) filled by a stored procedure (name, type, tax code, VAT number, address, town, postcode, province, country, phone, e-mail, contact person, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:3917429546 (a MySQL stored procedure inserting controparti, SQL)' }, `
    # The rows are firms (clients and suppliers): "nome" is the Company name and "contatto" the person to ask for.
    nome | companyName | Ferramenta Bassi Srl | Studio Grafico Neri | Trasporti Colombo Spa
    tipo | tags | CLIENTE | FORNITORE | CLIENTE
    codice_fiscale | - | 01234560155 | NRELNZ75B12L219T | 04561230964
    partita_iva | - | 01234560155 | 07894560011 | 04561230964
    indirizzo | address1 | Via Cavour 44 | Corso Francia 112 | Viale Lombardia 9
    citta | city | Monza | Torino | Bergamo
    cap | postalCode | 20900 | 10143 | 24125
    provincia | state | MB | TO | BG
    nazione | country | Italia | Italia | Italia
    telefono | phone | 039 232 1144 | 011 745 8899 | 035 221 6677
    email | email | ordini@bassi.example.it | lorenzo@studioneri.example.it | amministrazione@colombo.example.it
    contatto | name | Giorgio Bassi | Lorenzo Neri | Anna Colombo
    note | - | Pagamento 60 gg | "" | Consegne solo mattina
  `),
  set({ id: 'it-scuola-studenti-csv-classe', kind: 'Italian school platform\'s students import CSV from its README, semicolon separated (surname, name, birth date, e-mail, phone, class)', lang: 'it', defaultCountry: 'IT', source: 'index:55485843864 (a school platform\'s README, CSV studenti section)' }, `
    cognome | lastName | Moretti | Fontana | Caruso
    nome | firstName | Alessio | Giada | Matteo
    data di nascita | dateOfBirth | 2009-03-14 | 2009-07-02 | 2008-11-25
    email | email | alessio.moretti@studenti.example.it | giada.fontana@example.it | matteo.caruso@studenti.example.it
    telefono | phone | 333 456 7812 | 348 123 9087 | 329 765 4321
    classe | - | 4A | 4B | 5A
  `),
  set({ id: 'it-videogiochi-ordini-tabella-spedizione', kind: 'Italian video game shop\'s orders table, the columns its DAO inserts (user id, name, surname, e-mail, phone, address, town, region, postcode, country, purchase date, price)', lang: 'it', defaultCountry: 'IT', source: 'index:18008058882 (an orders DAO, INSERT INTO ordini, Java)' }, `
    # The user column holds the buyer's account id in the shop: another system's id of the person, the External ID.
    utente | externalId | 17 | 42 | 58
    nome | firstName | Riccardo | Elisa | Tommaso
    cognome | lastName | Benedetti | Sala | Vitale
    email | email | riccardo.benedetti@example.it | elisa.sala@example.com | t.vitale@example.it
    telefono | phone | 347 112 2334 | 339 556 7788 | 320 998 8776
    indirizzo | address1 | Via Garibaldi 12 | Corso Buenos Aires 40 | Via Etnea 210
    citta | city | Genova | Milano | Catania
    # With no province column, the region is the first-level area above the town: the State.
    regione | state | Liguria | Lombardia | Sicilia
    cap | postalCode | 16124 | 20124 | 95131
    # "stato" follows the postcode in the address columns and holds the country (Italia): the Country.
    stato | country | Italia | Italia | Italia
    data_acquisto | - | 2025-12-03 | 2025-12-05 | 2025-12-09
    prezzo | - | 59.99 | 34.90 | 129.00
  `),
  set({ id: 'it-clienti-dao-regione-provincia', kind: 'Italian client registry\'s clients table, the columns its DAO inserts (name, surname, e-mail, phone, address, town, region, province)', lang: 'it', defaultCountry: 'IT', source: 'index:26367722994 (a client DAO interface, INSERT INTO cliente, Java)' }, `
    nome | firstName | Valentina | Federico | Ilaria
    cognome | lastName | Gentile | Lombardi | Ferri
    email | email | valentina.gentile@example.it | federico.lombardi@example.com | ilaria.ferri@example.it
    telefono | phone | 081 765 4321 | 340 123 4567 | 0532 45 67 89
    indirizzo | address1 | Via Toledo 156 | Via Roma 7 | Corso Giovecca 30
    citta | city | Napoli | Pescara | Ferrara
    # Region and province are both given: the province is the State (as older parts do), the region is not imported.
    regione | - | Campania | Abruzzo | Emilia-Romagna
    provincia | state | NA | PE | FE
  `),
  set({ id: 'it-unio-persone-import-cellulare', kind: 'Italian association app\'s people import from a UNIO export, a semicolon CSV (surname, name, mobile)', lang: 'it', defaultCountry: 'IT', source: 'index:58001133318 (a UNIO CSV import module\'s tests, TypeScript)' }, `
    Cognome | lastName | Greco | Martini | Serra
    Nome | firstName | Chiara | Alberto | Noemi
    Cellulare | phone | 349 876 5432 | 333 210 9876 | 328 445 5667
  `),
  set({ id: 'it-scuola-studenti-import-data-nascita', kind: 'Italian grade book app\'s students import CSV (id, name, surname, birth date, e-mail)', lang: 'it', defaultCountry: 'IT', source: 'index:56887983061 (a grade book app\'s importers, studenti CSV, Python)' }, `
    ID | externalId | 1 | 2 | 3
    Nome | firstName | Sofia | Lorenzo | Aurora
    Cognome | lastName | Ricci | Esposito | Colombo
    Data_Nascita | dateOfBirth | 2008-04-12 | 2008-09-30 | 2009-01-18
    Email | email | sofia.ricci@studenti.example.it | lorenzo.esposito@example.it | aurora.colombo@studenti.example.it
  `),
  set({ id: 'it-banco-alimentare-assistiti-tessera', kind: 'Italian food bank\'s assisted families register, the columns its list page reads (card number, surname, name, nation, phone, parcel, last parcel date)', lang: 'it', defaultCountry: 'IT', source: 'index:45489032625 (a food bank desktop app\'s clients grid, SQLite query, C#)' }, `
    # The card number is the id the family has in the food bank's register: the External ID.
    NTessera | externalId | 101 | 102 | 103
    Cognome | lastName | Haddad | Popescu | Russo
    Nome | firstName | Samira | Ion | Carmela
    # "Nazione" is the family's country of origin (a nationality), not the country of the address: not imported.
    Nazione | - | Marocco | Romania | Italia
    Telefono | phone | 351 223 4455 | 389 112 3344 | 0881 72 34 56
    Pacco | - | Famiglia 4 | Singolo | Famiglia 2
    DataUltimoPacco | - | 2025-11-28 | 2025-11-21 | 2025-12-05
  `),
  set({ id: 'it-soci-tessera-indirizzo-comune', kind: 'Italian sports club\'s members table, the columns its page reads (card number, surname, name, address, town)', lang: 'it', defaultCountry: 'IT', source: 'index:2472033888 (a club membership web app\'s members query, C#)' }, `
    Tessera | externalId | 2041 | 2042 | 2043
    Cognome | lastName | Fabbri | Mancini | Orlando
    Nome | firstName | Nicola | Beatrice | Salvatore
    Indirizzo | address1 | Via Emilia 88 | Viale Ceccarini 14 | Via del Mare 3
    Comune | city | Cesena | Riccione | Cervia
  `),
  set({ id: 'it-contatti-csv-riga-sep-azienda', kind: 'Italian CRM\'s contact import, a semicolon CSV saved from Excel with a "sep=;" line above the header (first name, phone, company)', lang: 'it', defaultCountry: 'IT', above: [['sep=;']], source: 'index:60113497711 (a contact CSV parser\'s tests, TypeScript)' }, `
    # "Nome" holds given names only in this file (Mario, with no surname column): the First name.
    Nome | firstName | Giacomo | Serena | Antonio
    Telefono | phone | 02 1234 567 | 011 765 4321 | ""
    Azienda | companyName | Studio Tecnico Valli | "" | Edil Sud Srl
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-shop-top-customers-report-csv', kind: 'online shop admin\'s top customers report exported to CSV (customer name, e-mail, phone, orders, spent, average order value, last order date)', lang: 'en', source: 'index:24684373088 (a shop server\'s reports route, CSV export, JavaScript)' }, `
    Customer Name | name | Rachel Nguyen | Derek Holloway | Tasha Brooks
    Email | email | rachel.nguyen@example.com | derek.h@example.net | tasha.brooks@example.com
    Phone | phone | (614) 555-0182 | (380) 555-0147 | "" 
    Total Orders | - | 14 | 9 | 6
    Total Spent | - | 1284.50 | 842.10 | 512.00
    Avg Order Value | - | 91.75 | 93.57 | 85.33
    Last Order Date | - | 2025-11-28 | 2025-12-02 | 2025-10-19
  `),
  set({ id: 'en-in-shop-customers-export-rupees', kind: 'Indian shop dashboard\'s customers exported to CSV (customer name, e-mail, phone, orders, spent in rupees, status)', lang: 'en', defaultCountry: 'IN', source: 'index:57934746990 (an admin customers page, CSV export, React)' }, `
    Customer Name | name | Ananya Iyer | Rohit Malhotra | Sneha Kulkarni
    Email | email | ananya.iyer@example.in | rohit.m@example.com | sneha.k@example.in
    Phone | phone | 98450 12345 | 99100 67890 | 97300 24680
    Total Orders | - | 7 | 3 | 12
    Total Spent (₹) | - | 15420 | 4890 | 28760
    Status | - | Active | Inactive | Active
  `),
  set({ id: 'en-cm-shop-customers-excel-xaf', kind: 'Cameroonian shop dashboard\'s customer list exported to CSV for Excel (customer name, e-mail, phone, orders, spent in XAF, last order, status)', lang: 'en', defaultCountry: 'CM', source: 'index:40153108363 (a shop admin dashboard page, export to Excel, HTML and JavaScript)' }, `
    Customer Name | name | Brice Nkoulou | Estelle Mbarga | Franck Tchoupo
    Email | email | brice.nkoulou@example.cm | estelle.mbarga@example.com | franck.t@example.cm
    Phone | phone | 6 77 12 34 56 | 6 99 87 65 43 | 6 55 44 33 22
    Total Orders | - | 5 | 2 | 9
    Total Spent (XAF) | - | 87500 | 23000 | 164000
    Last Order | - | 12/11/2025 | 03/10/2025 | 28/11/2025
    Status | - | Active | Active | Inactive
  `),
  set({ id: 'en-school-admissions-applications-export', kind: 'private school website admin\'s admission applications exported to CSV (id, student name, parent name, e-mail and phone, requested level, curriculum, status, submitted)', lang: 'en', defaultCountry: 'GB', source: 'index:55681464670 (a school site\'s admin dashboard, applications CSV export, React)' }, `
    # An admission application is made by the parent, who is the one the school contacts: the parent is the contact
    # (Name, e-mail, phone) and the child's name is not imported.
    ID | - | APP-1042 | APP-1043 | APP-1044
    Student Name | - | Oliver Grant | Amira Hassan | Leo Novak
    Parent Name | name | Emma Grant | Yusuf Hassan | Petra Novak
    Parent Email | email | emma.grant@example.co.uk | yusuf.hassan@example.com | petra.novak@example.co.uk
    Parent Phone | phone | 07700 900412 | 07700 900533 | 07700 900678
    Requested level | - | Year 3 | Reception | Year 7
    Curriculum | - | British | British | IGCSE
    Status | - | Pending | Accepted | Waitlisted
    DateSubmitted | - | 2025-09-14 | 2025-09-20 | 2025-10-02
  `),
  set({ id: 'en-event-attendance-report-checkin', kind: 'event check-in app\'s attendance report exported to CSV (guest name, e-mail, phone, RSVP status, checked in, check-in time)', lang: 'en', source: 'index:55168811215 (an event guests Flask route, attendance CSV export, Python)' }, `
    Guest Name | name | Jasmine Ortiz | Kevin Walsh | Priya Raman
    Email | email | jasmine.ortiz@example.com | kwalsh@example.org | priya.raman@example.com
    Phone | phone | 555-201-3344 | "" | 555-987-6655
    RSVP Status | - | yes | maybe | yes
    Checked In | - | Yes | No | Yes
    Check-In Time | - | 2025-10-18 18:42:10 | N/A | 2025-10-18 19:05:33
  `),
  set({ id: 'en-event-registrations-export-android', kind: 'community events Android app\'s registrations exported to CSV (reference, event, category, date, registrant name, e-mail, phone, attendees, registration date, status, comments)', lang: 'en', source: 'index:67636767606 (an Android admin screen exporting registrations, Kotlin)' }, `
    Reference ID | - | REG-20251104-0012 | REG-20251104-0013 | REG-20251105-0001
    Event Name | - | Autumn Food Drive | Autumn Food Drive | Youth Coding Night
    Category | - | Charity | Charity | Education
    Event Date | - | 2025-11-15 | 2025-11-15 | 2025-11-20
    Registrant Name | name | Marcus Lee | Hannah Kim | Samuel Adeyemi
    Email | email | marcus.lee@example.com | hannah.kim@example.net | sam.adeyemi@example.com
    Phone | phone | 416-555-0134 | 647-555-0199 | 905-555-0172
    Attendees | - | 2 | 1 | 3
    Registration Date | - | 2025-11-04 09:12 | 2025-11-04 14:40 | 2025-11-05 08:03
    Status | - | Confirmed | Pending | Confirmed
    Comments | - | Bringing canned goods | "" | Two kids, ages 10 and 12
  `),
  set({ id: 'en-usatt-ratings-members-file', kind: 'table tennis club app\'s USATT ratings file of members (USATT number, membership expiry and type, first and last name, gender, birth date, state, ZIP code, rating, last played)', lang: 'en', source: 'index:54702636864 (a club app\'s ratings file processor, expected header, Java)' }, `
    # The USATT number is the member's id in the national federation: the External ID.
    USATT # | externalId | 218734 | 1094521 | 305612
    Membership Expiration Date | - | 12/31/2026 | 06/30/2026 | 12/31/2025
    # The kind of membership (Adult, Junior, Lifetime) is a category the member is filed under: Tags.
    Membership Type | tags | Adult | Junior | Lifetime
    First Name | firstName | Wei | Ethan | Gloria
    Last Name | lastName | Zhang | Brooks | Santiago
    Gender | - | M | M | F
    DOB | dateOfBirth | 03/14/1978 | 08/02/2011 | 11/27/1965
    State | state | CA | NJ | TX
    Zip Code | postalCode | 95014 | 07030 | 78701
    Rating | - | 2143 | 1288 | 1750
    Last Played Date | - | 10/12/2025 | 11/02/2025 | 09/21/2025
  `),
  set({ id: 'en-wedding-guests-households-rsvp', kind: 'wedding planning app\'s guest list import, households with one RSVP column per event (household, first name, last name, RSVPs)', lang: 'en', source: 'index:63184761514 (a guest CSV import\'s event RSVP tests, TypeScript)' }, `
    # The household names the party a guest is invited with, a group the person belongs to: Tags.
    Household | tags | The Parkers | The Parkers | Aunt Rosa
    First Name | firstName | Daniel | Claire | Rosa
    Last Name | lastName | Parker | Parker | Medina
    Main RSVP | - | Attending | Declined | Pending
    Extra RSVP | - | Not Invited | Not Invited | Attending
  `),
];
