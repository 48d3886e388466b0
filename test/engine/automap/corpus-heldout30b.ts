// The thirtieth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files and English ones from schools, a school fundraiser and events; the
// other half, corpus-heldout30a.ts, holds English, German, Dutch and mixed-language files): 56 header sets (468
// columns, 228 of them expected to map; 12 Spanish, 12 Portuguese, 12 French, 12 Italian, 8 English; 2 files without a
// header row, 3 with lines above it (a "sep=;" line, a report's "RANKING" title, a "TICKET REPORT" title); 2 sets of
// 21 and 40 columns, the second the first 40 of about 80)
// from sources none of the other parts use, found in the public code index with exact-string searches for everyday
// header lines in these languages (patient, client, member, pupil, employee, volunteer, donor, guest and participant
// lists, event registrations and ticketing, shop, CRM and admin exports, importer templates and their tests, address
// book programs, database tables and seeds; English only with school, nonprofit and event words) and written down,
// with the mapping a careful person would choose by the field definitions and the rules, BEFORE the mapper
// was run on them and without reading the lexicon or the mapper. "index:N" names the index file the header text was
// read from (the index does not name its repository); the kind says what the file is. Sample values are made up
// in the shape of each file's own (no personal data or example rows from the sources are copied). A trailing
// empty column (a header line ending in the separator) is written as ""; a leading space of a header cell cannot be
// written in the table and is left out (the set's comment says where).
// Wide files are kept to their first columns, stopping at a column boundary. No set's headers repeat an older part's
// (each was compared lower-cased; the files without a header row aside).
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
// This half's own recurring choices (where the block above is silent):
// - Surnames and given names in one cell ("Apellidos y nombres": "Quispe Flores, Ana María") are the Name.
// - A second given name, a second (maternal) surname or a married surname in a column of its own is not imported.
// - A department or town written as a code (Colombian DANE codes) is not imported.
// - A ticket's, a registration's or a form message's own number is not imported; an id a contact list gives each
//   person (a customer code, a member number, a card code) is the External ID.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout30' }, table);
/** A header the table format cannot hold (a line starting with "#" is a comment there), put back after parsing. */
const withHeader = (s: CorpusSet, column: number, header: string): CorpusSet => ({ ...s, headers: s.headers.map((h, i) => (i === column ? header : h)) });

export const HELDOUT30B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-co-rips-usuarios-servicios-salud-apellidos-separados', kind: 'Colombian health provider\'s RIPS users file exported as a semicolon CSV in Windows-1252 (id type and number, insurer code, user type, two surnames, two given names, age, age unit, sex, residence department, town and zone codes, site, notes)', lang: 'es', defaultCountry: 'CO', source: 'index:47750014486 (a RIPS file generator, Java)' }, `
    Tipo identificación | - | CC | TI | RC
    Número identificación | - | 52448190 | 1011223344 | 1023998877
    Código administradora | - | EPS037 | EPS010 | EPS037
    Tipo usuario | - | 1 | 2 | 1
    Primer apellido | lastName | Rodríguez | Pineda | Suárez
    Segundo apellido | - | Téllez | Gómez | ""
    Primer nombre | firstName | Gloria | Samuel | Valeria
    Segundo nombre | - | Inés | David | ""
    Edad | - | 47 | 12 | 3
    Unidad medida edad | - | 1 | 1 | 1
    Sexo | - | F | M | F
    # Residence department and town are DANE codes here, not names: not imported.
    Departamento residencia | - | 11 | 25 | 11
    Municipio residencia | - | 001 | 754 | 001
    Zona residencia | - | U | R | U
    Sede | - | Sede Chapinero | Sede Soacha | Sede Chapinero
    Observaciones | - | "" | "" | Sin documento
  `),
  set({ id: 'es-pa-denegaciones-cedula-apellido-casada', kind: 'Panamanian public agency\'s denial report spooled to a semicolon file from the database (cédula, two given names, two surnames, married surname, age, reason for denial, agency)', lang: 'es', defaultCountry: 'PA', source: 'index:29191670978 (a database package writing a CSV spool, PL/SQL)' }, `
    Cédula | - | 8-745-1290 | 4-221-983 | 8-901-2245
    Primer Nombre | firstName | Yariela | Rubén | Itzel
    Segundo Nombre | - | Lisbeth | Darío | ""
    Primer Apellido | lastName | Castillo | Batista | Quintero
    Segundo Apellido | - | Pérez | Ríos | Samaniego
    Apellido Casada | - | de González | "" | ""
    Edad | - | 34 | 61 | 27
    Causa de Denegación | - | Ingreso superior al límite | Documentos incompletos | Beneficio duplicado
    # The header is " Organismo" with a leading space in the source (a table cell cannot hold it).
    Organismo | - | MIDES | MEF | MIDES
  `),
  set({ id: 'es-co-sst-trabajadores-plano-ministerio-arl', kind: 'Colombian workplace safety platform\'s workers flat file for the Ministry (document type and number, given names, surnames, gender, country, birth date, profession, area, position, sector, company, ARL)', lang: 'es', defaultCountry: 'CO', source: 'index:58683857312 (a workers CSV export controller, Java Spring)' }, `
    Tipo documento | - | CC | CC | CE
    Número documento | - | 1098765432 | 80456123 | 612345
    Primer nombre | firstName | Diana | Óscar | Ramón
    Segundo nombre | - | Patricia | "" | Eduardo
    Primer apellido | lastName | Galvis | Rincón | Méndez
    Segundo apellido | - | Niño | Acosta | ""
    Género | - | F | M | M
    País | - | Colombia | Colombia | Venezuela
    Fecha nacimiento | dateOfBirth | 1989-02-14 | 1975-07-30 | 1992-11-05
    Profesión | - | Ingeniera industrial | Técnico electricista | Operario
    Área | - | Producción | Mantenimiento | Bodega
    Cargo | - | Jefe de planta | Electricista | Montacarguista
    Sector | - | Manufactura | Manufactura | Manufactura
    # The company a worker is employed by is the person's company.
    Empresa | companyName | Plásticos Andinos S.A.S. | Plásticos Andinos S.A.S. | Logística del Norte Ltda.
    ARL | - | Sura | Positiva | Colmena
  `),
  set({ id: 'es-pe-padron-participantes-apellidos-nombres-dni', kind: 'Peruvian community programme\'s participant roster upload, a semicolon CSV (surnames and names in one cell, DNI, observation)', lang: 'es', defaultCountry: 'PE', source: 'index:61964875673 (a roster upload API test, Python)' }, `
    # "Apellidos y nombres" holds the whole name ("Quispe Flores, Ana María"): the Name.
    Apellidos y nombres | name | Mamani Condori, Rosa Elena | Huamán Torres, Jorge Luis | Ccahuana Díaz, Flor
    DNI | - | 41235678 | 70984512 | 45871203
    Observación | - | Participa | "" | Faltó en mayo
  `),
  set({ id: 'es-ar-gimnasio-miembros-activos-plan-ultima-cuota', kind: 'Argentine gym CLI\'s active members export, a semicolon CSV (DNI, surnames and names, plan, last fee date)', lang: 'es', defaultCountry: 'AR', source: 'index:67341698961 (a gym CLI\'s task notes, export header)' }, `
    DNI | - | 30123456 | 38456789 | 42987654
    Apellidos y Nombres | name | Fernández, Lucía | Gómez, Matías | Sánchez, Valentina
    Plan | - | Musculación 3x | Libre | Funcional
    Fecha Ultima Cuota | - | 01/11/2026 | 05/11/2026 | 28/10/2026
  `),
  set({ id: 'es-ve-escuela-futbol-convocatoria-cedula-dorsal', kind: 'Venezuelan youth football school\'s call-up sheet import, a semicolon CSV (id, cédula, surnames and names, birth date, shirt number, called up, starter, captain)', lang: 'es', defaultCountry: 'VE', source: 'index:71050815954 (a football school app\'s README, import format)' }, `
    ID | externalId | 152 | 153 | 160
    Cédula | - | V-30111222 | V-30111333 | V-31222444
    # "Mora, Luis": surname and name in one cell, the Name.
    Apellidos y nombres | name | Rondón, Sebastián | Pérez, Andrés | Gil, Mateo
    F. nac. | dateOfBirth | 05/05/2015 | 12/09/2015 | 21/02/2016
    Dorsal | - | 10 | 7 | 1
    Convocado | - | X | X | ""
    Titular | - | X | "" | ""
    Capitán | - | X | "" | ""
  `),
  set({ id: 'es-mx-boda-invitados-formato-acompanantes', kind: 'Mexican wedding planner app\'s guest list format download, a CSV with BOM (name, phone, e-mail, companions)', lang: 'es', defaultCountry: 'MX', source: 'index:71157869734 (an event app\'s guest format download, PHP Laravel)' }, `
    Nombre | name | Fernanda Ruiz Ochoa | Jorge Alberto Leal | Ximena Cárdenas
    Teléfono | phone | 55 1234 5678 | 33 8765 4321 | 81 2233 4455
    Correo | email | fer.ruiz@example.mx | jleal@example.com | ""
    Acompañantes | - | 2 | 0 | 1
  `),
  set({ id: 'es-cu-gimnasio-clientes-importacion-horario-cumpleanos', kind: 'Cuban gym app\'s client CSV import test (name, phone, e-mail, birthday, preferred schedule, notes)', lang: 'es', defaultCountry: 'CU', source: 'index:59208069334 (a client import end-to-end test, TypeScript)' }, `
    Nombre | name | Yanelis Castro | Osmany Reyes | Dayana Pérez
    Teléfono | phone | 52345678 | 53456789 | 54567890
    Correo | email | yanelis@example.cu | osmany.r@example.com | ""
    Cumpleaños | dateOfBirth | 14/03/1998 | 02/09/1985 | 21/12/2001
    Horario de interés | - | Mañana | Noche | Tarde
    Observaciones | - | "" | Lesión de rodilla | Quiere clases de baile
  `),
  set({ id: 'es-servicios-hogar-solicitudes-export-origen', kind: 'Spanish-language home services site\'s lead request export, CSV headers from its translations (received, name, phone, e-mail, service, address, status, origin)', lang: 'es', source: 'index:70093753038 (a site\'s Spanish translations, CSV headers)' }, `
    Recibida | - | 2026-11-28 | 2026-11-30 | 2026-12-02
    Nombre | name | Rosa Martínez | Luis Herrera | Gabriela Soto
    Teléfono | phone | (713) 555-0144 | (832) 555-0191 | (281) 555-0127
    Correo | email | rosa.m@example.com | lherrera@example.net | ""
    Servicio | - | Limpieza profunda | Pintura interior | Limpieza semanal
    Dirección | address1 | 4510 Bellaire Blvd | 2210 Westheimer Rd | 918 Main St
    Estado | - | nueva | contactada | ganada
    # Where the lead came from (web, referral) is the Source.
    Origen | source | web | referido | google
  `),
  set({ id: 'es-crm-clientes-importacion-calle-cp-pais', kind: 'Spanish CRM tutorial\'s customer import data (name, phone, e-mail, street, town, postcode, country)', lang: 'es', defaultCountry: 'ES', source: 'index:34336039873 (a CRM import exercise\'s instructions)' }, `
    Nombre | name | Nerea Aguirre | Tomás Blasco | Inés Carrasco
    Teléfono | phone | +34911223344 | +34932114455 | +34954667788
    Correo Electrónico | email | nerea.aguirre@example.es | tomas.blasco@example.com | ines.carrasco@example.es
    Calle | address1 | Calle Sol 12 | Carrer de Mallorca 201 | Calle Betis 45
    Ciudad | city | Madrid | Barcelona | Sevilla
    C.P. | postalCode | 28013 | 08036 | 41010
    País | country | España | España | España
  `),
  set({ id: 'es-agenda-contactos-fichero-sin-cabecera-nombre-telefono', kind: 'Spanish C++ exercise\'s contacts file, one contact a line as "nombre;telefono" with no header row', lang: 'es', noHeader: true, defaultCountry: 'ES', source: 'index:71588732225 (a contacts file header comment, C++)' }, `
    "" | name | Rosa Jiménez | Manuel Ortega | Paula Rey
    "" | phone | 622 114 509 | 691 330 872 | 915 220 476
  `),
  withHeader(set({ id: 'es-co-pagos-masivos-terceros-ancho', kind: 'Colombian public health fund\'s mass payment file for its ERP, a semicolon CSV of third parties with their invoices (about 80 columns; the first 40 kept: identification, document type, surnames, names, address, phone, country, department and town codes, tax and bank data, account number, business unit, comment, item, quantities, order and accounting fields, invoice and filing numbers)', lang: 'es', defaultCountry: 'CO', source: 'index:12746214131 (a mass payment file generator, PHP sqlsrv)' }, `
    IDENTIFICACIÓN | - | 900456123 | 79123456 | 830012345
    TIPO DCTO | - | NIT | CC | NIT
    PRIMER APELLIDO | lastName | "" | Salazar | ""
    SEGUNDO APELLIDO | - | "" | Mejía | ""
    # The first name column holds a company's name on NIT rows; the person's given name otherwise.
    PRIMER NOMBRE | firstName | IPS Salud Vital SAS | Hernando | Clínica del Norte Ltda
    SEGUNDO NOMBRE | - | "" | José | ""
    DIRECCIÓN | address1 | Cl 72 #10-34 | Cra 15 #88-21 | Av 19 #120-45
    TELÉFONO | phone | 6013456789 | 3104567788 | 6017654321
    PAÍS | country | COL | COL | COL
    # Department and town written as codes: not imported.
    DPTO | - | BOG | BOG | BOG
    CIUDAD | - | 11001 | 11001 | 11001
    CÓDIGO CIIU | - | 8610 | 8621 | 8610
    TIPO CONTRIBUYENTE | - | 01 | 02 | 01
    SUJETO A RETENCIÓN | - | S | N | S
    BANCO DESTINO | - | BANCOLOMBIA | DAVIVIENDA | BBVA
    TIPO | - | CC | AH | CC
    # The header is "#" (the bank account number), put back by withHeader.
    (numero) | - | 12345678901 | 45600012345 | 00130456789
    UNIDAD DE NEGOCIO PO | - | PO221 | PO221 | PO221
    COMENTARIO | - | NUEV_MODE_SALUD_EVENTO_AL_URGENCIAS 10-2026 | NUEV_MODE_SALUD_EVENTO_AL_CONSULTA 10-2026 | NUEV_MODE_SALUD_EVENTO_AL_HOSPITALIZACION 10-2026
    ARTÍCULO | - | 000000000000004512 | 000000000000004513 | 000000000000004512
    CANT. RECEPCIÓN | - | 15480000 | 2350000 | 48900000
    UM RECEPCIÓN | - | UND | UND | UND
    PRECIO | - | 1 | 1 | 1
    LÍNEA DE RECEPCIÓN | - | 1 | 1 | 1
    NÚMERO PEDIDO | - | 0000004521 | 0000004522 | 0000004530
    LÍNEA DISTRIBUCIÓN PEDIDO | - | 1 | 1 | 1
    UN EXPLOTACIÓN | - | 11001 | 11001 | 11001
    CD FONDO | - | "" | "" | ""
    DEPARTAMENTO | - | SALUD | SALUD | SALUD
    PROGRAMA | - | "" | "" | ""
    CLASE | - | "" | "" | ""
    PRODUCTO | - | "" | "" | ""
    PROYECTO | - | "" | "" | ""
    ACTIVIDAD | - | "" | "" | ""
    SUBFIDEICOMISO | - | 012076004 | 012076004 | 012076004
    BANCARIA | - | 2401050101 | 2401050101 | 2401050102
    TERCERO | - | 900456123 | 79123456 | 830012345
    TIPO COMPROBANTE | - | REG | REG | REG
    NÚMERO FACTURA | - | FE1020 - FE1042 | 331 - 331 | HN5501 - HN5588
    NÚMERO RADICADO | - | 2026ER10234 | 2026ER10240 | 2026ER10311
  `), 16, '#'),
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-br-transporte-escolar-alunos-modelo-responsavel', kind: 'Brazilian school van service\'s pupil import template, a semicolon CSV (pupil name, school, shift, guardian name, WhatsApp, home address, monthly fee, due day)', lang: 'pt', defaultCountry: 'BR', source: 'index:60593966801 (a school transport app\'s import modal, template download, React)' }, `
    Nome do Aluno | name | Lucas Gabriel Teixeira | Manuela Rocha | Pedro Henrique Alves
    Escola | - | Colégio Objetivo | EE Prof. Antônio Lima | Colégio Objetivo
    Turno | - | Manhã | Tarde | Manhã
    Nome do Responsável | - | Adriana Teixeira | Roberto Rocha | Simone Alves
    # The only phone of the pupil list (the family's WhatsApp) is the phone.
    WhatsApp (com DDD) | phone | (11) 98765-1122 | (11) 97654-3344 | (11) 99123-5566
    Endereço Residencial | address1 | Rua das Acácias, 120 | Av. Brasil, 455, apto 12 | Rua Rio Branco, 88
    Valor Mensalidade | - | 350,00 | 420,00 | 350,00
    Dia Vencimento | - | 10 | 5 | 10
  `),
  set({ id: 'pt-br-assistencia-familias-export-dependentes', kind: 'Brazilian social assistance app\'s family register export, a semicolon CSV (id, name of the person responsible, phone, WhatsApp, city, income, number of dependants, dependants)', lang: 'pt', defaultCountry: 'BR', source: 'index:2856439018 (a family register\'s CSV export controller, Node)' }, `
    ID | externalId | 64f1a2b3c4d5e6f708192a3b | 64f1a2b3c4d5e6f708192a3c | 64f1a2b3c4d5e6f708192a41
    # In a list of families the person responsible is the contact.
    Nome do Responsável | name | Maria das Graças Souza | José Carlos Pereira | Antônia Lima
    Telefone | phone | (85) 3245-1122 | (85) 98811-2233 | ""
    Whatsapp | additionalPhones | (85) 99654-7788 | (85) 98811-2233 | (85) 98700-4455
    Cidade | city | Fortaleza | Caucaia | Maracanaú
    Renda | - | 1200 | 800 | 0
    Qtd Dependentes | - | 3 | 2 | 4
    Dependentes | - | Ana, Pedro, Júlia | Marcos, Vitória | Luan, Kauã, Sofia, Ester
  `),
  set({ id: 'pt-br-visitas-comerciais-estabelecimentos-sep', kind: 'Brazilian field sales app\'s visit export, a semicolon CSV with a "sep=;" line above the header (establishment, state, city, address, visit date, customer name, phone, notes)', lang: 'pt', defaultCountry: 'BR', above: [['sep=;']], source: 'index:37689396405 (a field visit app\'s CSV export, Dart Flutter)' }, `
    # The establishment visited is the customer's business: the Company name; the customer named is the person.
    Estabelecimento | companyName | Mercadinho Bom Preço | Farmácia São Jorge | Padaria Trigo Dourado
    Estado | state | GO | GO | DF
    Cidade | city | Goiânia | Anápolis | Brasília
    Endereço | address1 | Av. T-9, 1200 | Rua Barão do Rio Branco, 45 | QS 7 Lote 12
    Data da Visita | - | 02/12/2026 | 02/12/2026 | 03/12/2026
    Nome do Cliente | name | Sebastião Rezende | Cláudia Moraes | Wanderley Costa
    Telefone | phone | (62) 99812-4433 | (62) 3324-5566 | (61) 98877-1020
    Observações | - | Pediu tabela nova | "" | Retornar em janeiro
  `),
  set({ id: 'pt-br-loja-relatorio-ranking-compradores-titulo', kind: 'Brazilian store app\'s sales report CSV, the top buyers block with its "RANKING: CLIENTES MAIORES COMPRADORES" line above the header (position, customer name, phone, total bought, open balance)', lang: 'pt', defaultCountry: 'BR', above: [['RANKING: CLIENTES MAIORES COMPRADORES', '', '', '']], source: 'index:56828012964 (a store app\'s report export, TypeScript)' }, `
    Posição | - | 1 | 2 | 3
    Nome do Cliente | name | Rosângela Freitas | Valdir Nunes | Kátia Mendes
    Telefone | phone | (34) 99123-4567 | (34) 98765-0011 | (34) 3212-4455
    Total Comprado (R$) | - | 4.820,00 | 3.150,50 | 2.990,00
    Saldo Aberto (R$) | - | 320,00 | 0,00 | 1.150,00
  `),
  set({ id: 'pt-pt-clientes-modelo-telemovel', kind: 'Portuguese (Portugal) small web app\'s client model as its edit form binds it (client id, name, mobile, e-mail)', lang: 'pt', defaultCountry: 'PT', source: 'index:49169816528 (a clients controller, C# ASP.NET MVC)' }, `
    ClienteId | externalId | 1 | 2 | 7
    Nome | name | Rui Carvalho | Inês Marques | Duarte Sousa
    Telemóvel | phone | 912 345 678 | 936 112 907 | 965 440 281
    Email | email | rui.carvalho@example.pt | ines.marques@example.com | ""
  `),
  set({ id: 'pt-br-erp-clientes-layout-documento', kind: 'Brazilian ERP\'s client import layout, its display names for a semicolon CSV (name, phone, e-mail, document)', lang: 'pt', defaultCountry: 'BR', source: 'index:38978568486 (an ERP\'s import layouts, TypeScript)' }, `
    Nome | name | Comercial Andrade Ltda | Patrícia Nogueira | Auto Peças Vitória
    Telefone | phone | (27) 3322-1100 | (27) 99812-3344 | (27) 3200-4455
    E-mail | email | financeiro@example.com.br | patricia.n@example.com | ""
    Documento | - | 12.345.678/0001-95 | 123.456.789-09 | 98.765.432/0001-10
  `),
  set({ id: 'pt-br-clientes-importacao-aniversario', kind: 'Brazilian salon app\'s client import test that detects columns by name (name, phone, e-mail, birthday)', lang: 'pt', defaultCountry: 'BR', source: 'index:57394034370 (a client CSV column detector\'s test, TypeScript)' }, `
    Nome | name | Mariana Alencar | Bruna Siqueira | Letícia Campos
    Telefone | phone | (11) 99999-0101 | (11) 98888-2020 | (11) 97777-3030
    E-mail | email | mariana.a@example.com | bruna.s@example.com.br | leticia.c@example.com
    # A birthday with its year is the date of birth.
    Aniversário | dateOfBirth | 25/08/1990 | 03/02/1987 | 17/11/1995
  `),
  set({ id: 'pt-br-site-leads-export-bom-utm-source', kind: 'Brazilian landing site\'s lead export, a semicolon CSV with BOM (date, name, phone, e-mail, message, read flag, utm_source)', lang: 'pt', defaultCountry: 'BR', source: 'index:70359818445 (a lead export test, PHP PHPUnit)' }, `
    Data (UTC) | - | 2026-11-30 13:02:44 | 2026-12-01 09:15:10 | 2026-12-02 20:41:03
    Nome | name | Henrique Salles | Valéria Torres | Igor Matos
    Telefone | phone | (48) 99811-2030 | (48) 3222-1188 | (47) 99102-3344
    E-mail | email | henrique.s@example.com.br | valeria.t@example.com | igor.matos@example.com.br
    Mensagem | - | Quero agendar uma visita | "" | Valor do plano anual?
    Lido | - | 1 | 0 | 0
    # The campaign source a lead arrived from is the Source.
    utm_source | source | google | instagram | facebook
  `),
  set({ id: 'pt-br-fidelidade-clientes-pontos-ultima-visita', kind: 'Brazilian loyalty program desktop app\'s client export, a semicolon CSV (code, name, phone, e-mail, points, last visit)', lang: 'pt', defaultCountry: 'BR', source: 'index:69667710431 (a loyalty app\'s client export, C#)' }, `
    Código | externalId | 105 | 106 | 131
    Nome | name | Sandra Brito | Wagner Lopes | Tânia Freire
    Telefone | phone | (71) 99123-0001 | (71) 3344-5566 | (71) 98888-7700
    E-mail | email | sandra.brito@example.com | wagner.l@example.com.br | ""
    Pontos | - | 320 | 75 | 1040
    Última Visita | - | 28/11/2026 | 02/10/2026 | 01/12/2026
  `),
  set({ id: 'pt-br-clinica-clientes-export-status-cadastro', kind: 'Brazilian clinic app\'s client export (name, birth date, phone, e-mail, status, sign-up date)', lang: 'pt', defaultCountry: 'BR', source: 'index:63250232842 (a client export route, Python)' }, `
    Nome | name | Rafaela Moura | Gilberto Neves | Isadora Cunha
    Data de Nascimento | dateOfBirth | 12/06/1988 | 30/03/1959 | 08/10/2001
    Telefone | phone | (62) 99876-5432 | (62) 3241-7788 | (62) 98123-4567
    Email | email | rafaela.moura@example.com | gilberto.n@example.com.br | isadora.c@example.com
    Status | - | Ativo | Ativo | Inativo
    Data de Cadastro | - | 15/01/2026 | 02/07/2025 | 20/11/2026
  `),
  set({ id: 'pt-br-escola-danca-alunos-planilha-turma', kind: 'Brazilian dance school system\'s student sheet import, column order from its parser (name, birth date, phone, address, activity, enrolment date, class)', lang: 'pt', defaultCountry: 'BR', source: 'index:40685380358 (a school system\'s spreadsheet import, Python)' }, `
    NOME | name | Camila Ventura | Eduardo Paiva | Yasmin Rocha
    DATA DE NASCIMENTO | dateOfBirth | 14/02/2012 | 22/07/1998 | 05/05/2015
    TELEFONE | phone | (21) 99654-1122 | (21) 98777-3344 | (21) 99001-5566
    ENDEREÇO | address1 | Rua Conde de Bonfim, 300 | Rua Uruguai, 45 | Rua Haddock Lobo, 120
    ATIVIDADE | - | Ballet | Jazz | Ballet
    DATA MATRICULA | - | 01/02/2026 | 10/03/2025 | 01/02/2026
    TURMA | - | Baby Class B | Adulto A | Baby Class A
  `),
  set({ id: 'pt-br-candidatos-cadastro-arquivo-pretensao-habilidades', kind: 'Brazilian job candidate register written to a semicolon file (21 columns: name, CPF, birth date, sex, street, number, neighbourhood, complement, city, state, e-mail, phones, WhatsApp, profession, company, salary, current job, salary expectations, skills)', lang: 'pt', defaultCountry: 'BR', source: 'index:19223723413 (a candidate file writer, Java)' }, `
    Nome | name | Felipe Araújo | Natália Campos | Roberto Silveira
    CPF | - | 529.982.247-25 | 168.995.350-09 | 071.237.450-80
    Data de Nascimento | dateOfBirth | 11/04/1992 | 27/09/1988 | 03/01/1979
    Sexo | - | M | F | M
    Logradouro | address1 | Rua Sergipe | Av. Afonso Pena | Rua da Bahia
    N° | - | 455 | 1200 | 88
    Bairro | - | Savassi | Centro | Funcionários
    Complemento | - | Apto 302 | "" | Sala 5
    Cidade | city | Belo Horizonte | Belo Horizonte | Contagem
    Estado | state | MG | MG | MG
    Email | email | felipe.araujo@example.com | natalia.c@example.com.br | roberto.s@example.com
    # Untyped phone first, then the mobiles: the first is the main phone, the mobiles additional.
    Telefone | phone | (31) 3222-1100 | "" | (31) 3344-5566
    Celular | additionalPhones | (31) 98877-6655 | (31) 99123-4567 | (31) 98765-4321
    Celular Whats | additionalPhones | (31) 98877-6655 | (31) 99123-4567 | ""
    Profissão | - | Analista de sistemas | Enfermeira | Eletricista
    # The employer a candidate names is the person's company.
    Empresa | companyName | Tech Minas Ltda | Hospital São Lucas | ""
    Salario | - | 6500.00 | 4800.00 | 0
    Emprego Atual | - | Sim | Sim | Não
    Pretensão Minima | - | 7000.00 | 5000.00 | 3000.00
    Pretensão Máxima | - | 9000.00 | 6500.00 | 4000.00
    Habilidades | - | Java, SQL | UTI, Gestão | NR-10
  `),
  // ---------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-salle-escalade-membres-export-adherent-formule', kind: 'French climbing gym app\'s member export, a semicolon CSV with BOM (first name, surname, e-mail, phone, member number, subscriber, plan, punch card, status, role, level, last visit, member since, watch flag, note)', lang: 'fr', defaultCountry: 'FR', source: 'index:55446238617 (a climbing gym app\'s implementation plan, export headers)' }, `
    Prénom | firstName | Camille | Julien | Anaïs
    Nom | lastName | Besson | Morel | Leroy
    Email | email | camille.besson@example.fr | julien.morel@example.com | anais.leroy@example.fr
    Téléphone | phone | 06 45 12 78 90 | 07 66 20 14 53 | ""
    N° adhérent | externalId | 2026-0148 | 2026-0152 | 2025-0877
    Abonné | - | Oui | Non | Oui
    Formule | - | Annuel | "" | Mensuel
    Carnet actif | - | Non | Oui | Non
    Statut | - | Actif | Actif | Suspendu
    Rôle | - | Membre | Membre | Bénévole
    Niveau | - | 6a | 5c | 7a
    Dernière venue | - | 01/12/2026 | 28/11/2026 | 14/10/2026
    Membre depuis | - | 15/01/2026 | 03/03/2026 | 20/09/2025
    À surveiller | - | Non | Non | Oui
    Note | - | "" | Débutant | Certificat à renouveler
  `),
  set({ id: 'fr-carnet-adresses-qt-recherche-deux-adresses', kind: 'French Qt address book\'s search result export, a semicolon file (surname, first name, two address lines, postcode, town, phone, e-mail)', lang: 'fr', defaultCountry: 'FR', source: 'index:20313954588 (an address book\'s search export, C++ Qt)' }, `
    Nom | lastName | Lebrun | Poirier | Carré
    Prenom | firstName | Gérard | Sophie | Maxime
    Adresse1 | address1 | 14 rue Victor Hugo | 3 allée des Pins | 58 boulevard Voltaire
    Adresse2 | - | "" | Résidence Les Cèdres | Bât. C
    Code Postal | postalCode | 87000 | 33600 | 75011
    Ville | city | Limoges | Pessac | Paris
    Telephone | phone | 05 55 32 10 44 | 06 14 22 87 30 | 01 43 55 20 19
    Email | email | g.lebrun@example.fr | sophie.poirier@example.com | ""
  `),
  set({ id: 'fr-camping-caravanes-clients-acompte-observation', kind: 'French campsite caravan storage app\'s import file, the client part of a semicolon line (surname, first name, address, e-mail, phone, deposit, observation, an empty trailing column)', lang: 'fr', defaultCountry: 'FR', source: 'index:12004581791 (a caravan storage app\'s file reader comment, Java)' }, `
    Nom | lastName | Baron | Guillot | Masson
    Prenom | firstName | Daniel | Véronique | Patrick
    Adresse | address1 | 7 rue de la Plage, 17200 Royan | 22 chemin des Vignes, 16100 Cognac | 1 impasse du Moulin, 79000 Niort
    Mail | email | daniel.baron@example.fr | v.guillot@example.com | ""
    Telephone | phone | 06 80 44 12 39 | 05 45 82 10 77 | 06 22 19 48 03
    Acompte | - | 150 | 0 | 200
    Observation | - | Hivernage | "" | Bâche à prévoir
    "" | - | "" | "" | ""
  `),
  set({ id: 'fr-association-adherents-export-bom-date-adhesion', kind: 'French association app\'s member export, a semicolon CSV with BOM (id, surname, first name, address, postcode, town, phone, e-mail, joining date)', lang: 'fr', defaultCountry: 'FR', source: 'index:9898230377 (a member export servlet, Java)' }, `
    id | externalId | 12 | 13 | 20
    nom | lastName | Fabre | Michel | Perret
    prenom | firstName | Aurélie | Thierry | Zoé
    adresse | address1 | 6 rue des Écoles | 31 route de Lyon | 2 rue Neuve
    code postal | postalCode | 38000 | 69800 | 73000
    ville | city | Grenoble | Saint-Priest | Chambéry
    telephone | phone | 04 76 12 34 56 | 06 20 30 40 50 | ""
    email | email | aurelie.fabre@example.fr | t.michel@example.com | zoe.perret@example.fr
    date adhesion | - | 2026-09-05 | 2025-09-12 | 2026-10-01
  `),
  set({ id: 'fr-notaire-fiches-clients-dossier-rendez-vous', kind: 'French notary office assistant\'s client sheet export, a semicolon CSV (title, first name, surname, birth date, address, e-mail, phone, role, kind of case, appointment, notary)', lang: 'fr', defaultCountry: 'FR', source: 'index:61429569684 (a notary intake app\'s CSV export, TypeScript)' }, `
    Civilité | - | Mme | M. | Mme
    Prénom | firstName | Hélène | François | Sarah
    Nom | lastName | Arnaud | Picard | Benhamou
    Date de naissance | dateOfBirth | 14/02/1961 | 09/07/1958 | 30/03/1990
    Adresse | address1 | 12 avenue de la République, 34000 Montpellier | 12 avenue de la République, 34000 Montpellier | 5 rue Foch, 30000 Nîmes
    Email | email | helene.arnaud@example.fr | f.picard@example.fr | sarah.b@example.com
    Téléphone | phone | 06 11 22 33 44 | 06 55 66 77 88 | 07 12 34 56 78
    Rôle | - | Vendeur | Vendeur | Acquéreur
    Nature du dossier | - | Vente immobilière | Vente immobilière | Vente immobilière
    Rendez-vous | - | 15/12/2026 10:00 | 15/12/2026 10:00 | 15/12/2026 10:00
    # The notary handling the case is the user in charge of the client: the Contact owner.
    Notaire | owner | Me Rousseau | Me Rousseau | Me Rousseau
  `),
  set({ id: 'fr-coaching-sante-inscrits-export-poids-opt-in', kind: 'French health coaching site\'s sign-up export, a semicolon CSV (registration date, title, first name, surname, e-mail, age, weight, height, lifestyle answers, opt-in, country)', lang: 'fr', defaultCountry: 'FR', source: 'index:39487159394 (a coaching site\'s user export model, PHP Zend)' }, `
    date d'enregistrement | - | 2026-11-02 08:14:00 | 2026-11-03 21:40:12 | 2026-11-05 12:02:45
    civilité | - | Mme | M. | Mme
    prénom | firstName | Céline | Bruno | Léna
    nom | lastName | Roger | Lemoine | Colin
    email | email | celine.roger@example.fr | bruno.lemoine@example.com | lena.colin@example.be
    âge | - | 38 | 52 | 27
    poids | - | 68 | 91 | 59
    taille | - | 165 | 180 | 170
    style de vie | - | sédentaire | actif | actif
    boisson | - | eau | café | thé
    nourriture | - | équilibrée | copieuse | végétarienne
    évolution | - | perdre du poids | garder la forme | perdre du poids
    opt-in | - | 1 | 0 | 1
    pays | country | France | France | Belgique
  `),
  set({ id: 'fr-boutique-export-clients-colonnes-vides-adresse', kind: 'French shop CMS\'s customer export template, a semicolon line with four empty columns after the address (customer code, title, first name, surname, address, four blank columns, postcode, town)', lang: 'fr', defaultCountry: 'FR', source: 'index:5556438769 (a shop CMS\'s export template, Kob-Eye)' }, `
    CodeClient | externalId | CL000412 | CL000413 | CL000450
    Civilité | - | Mme | M. | M.
    Prénom | firstName | Brigitte | Alain | Kévin
    Nom | lastName | Royer | Dupuis | Marie
    Adresse | address1 | 9 rue des Tanneurs | 45 avenue de Paris | 3 rue Saint-Jean
    "" | - | "" | "" | ""
    "" | - | "" | "" | ""
    "" | - | "" | "" | ""
    "" | - | "" | "" | ""
    Code Postal | postalCode | 67000 | 51100 | 29200
    Ville | city | Strasbourg | Reims | Brest
  `),
  set({ id: 'fr-annuaire-contacts-import-nom-complet-organisation', kind: 'French directory tool\'s contact import format from its README (title, first name, surname, full name, position, e-mail, organisation, phone)', lang: 'fr', defaultCountry: 'FR', source: 'index:35281602782 (a contact directory tool\'s README, CSV format)' }, `
    Civilité | - | Mme | M. | M.
    Prénom | firstName | Nadia | Hervé | Romain
    Nom | lastName | Kaci | Bouvier | Giraud
    Nom Complet | name | Nadia Kaci | Hervé Bouvier | Romain Giraud
    Fonction | - | Directrice | Chargé de mission | Comptable
    Email | email | n.kaci@example.fr | herve.bouvier@example.org | r.giraud@example.fr
    Organisation | companyName | Mairie de Vénissieux | Région Occitanie | Cabinet Giraud
    Téléphone | phone | 04 72 21 44 00 | 05 61 33 50 50 | 06 31 22 18 90
  `),
  set({ id: 'fr-invitations-evenement-import-accompagnants-copie', kind: 'French event invitation app\'s guest import, a CSV converted from a spreadsheet (first name, surname, e-mail, phone, group, allowed companions, tags, e-mail in copy)', lang: 'fr', defaultCountry: 'FR', source: 'index:68545775472 (a guest spreadsheet import test, PHP Pest)' }, `
    Prénom | firstName | Isabelle | Stéphane | Amandine
    Nom | lastName | Renaud | Brunet | Lucas
    E-mail | email | isabelle.renaud@example.fr | stephane.brunet@example.com | amandine.lucas@example.fr
    Téléphone | phone | 06 18 27 36 45 | "" | 07 44 55 66 77
    Groupe | tags | Famille | Collègues | Famille
    Accompagnants autorisés | - | 2 | 0 | 1
    Tags | tags | VIP | "" | végétarien
    # An e-mail to copy someone else in on the invitation: not the guest's own.
    E-mail en copie | - | "" | assistante@example.com | ""
  `),
  set({ id: 'fr-planity-clients-export-note-privee', kind: 'French beauty salon booking platform\'s client export as a migration guide shows it (first name, surname, e-mail, phone, full address, private note, creation date)', lang: 'fr', defaultCountry: 'FR', source: 'index:46631096416 (a salon software\'s migration guide, export example)' }, `
    Prénom | firstName | Laura | Mickaël | Océane
    Nom | lastName | Charpentier | Vasseur | Hoarau
    E-mail | email | laura.charpentier@example.fr | mickael.v@example.com | oceane.hoarau@example.re
    Téléphone | phone | 06 12 98 76 54 | 07 81 23 45 67 | 06 92 11 22 33
    # One cell with the whole address: the Address line 1.
    Adresse complète | address1 | 4 rue Thiers, 13001 Marseille | 18 rue de la Gare, 59100 Roubaix | 2 rue de Paris, 97400 Saint-Denis
    Note privée | - | Coloration 6.3 | "" | Allergie PPD
    Date création | - | 12/03/2024 | 05/09/2025 | 21/01/2026
  `),
  set({ id: 'fr-prospection-contacts-linkedin-fixe-portable', kind: 'French B2B prospecting app\'s contact import test (company, first name, surname, e-mail, LinkedIn profile, landline, mobile)', lang: 'fr', defaultCountry: 'FR', source: 'index:53540607700 (a contact import test, PHP Laravel)' }, `
    Société | companyName | Transports Mercier | Atelier Bois & Co | Clinique du Parc
    Prénom | firstName | Yannick | Estelle | Damien
    Nom | lastName | Mercier | Roche | Klein
    E-mail | email | y.mercier@example.fr | estelle@example.com | d.klein@example.fr
    # A LinkedIn profile is not the person's web site.
    Profil LinkedIn | - | https://www.linkedin.example/in/ymercier | "" | https://www.linkedin.example/in/damien-klein
    # Typed phones only: the mobile is the main phone, the landline an additional one.
    Téléphone fixe | additionalPhones | 02 40 11 22 33 | "" | 03 88 45 67 89
    Portable | phone | 06 70 80 90 10 | 06 45 56 67 78 | ""
  `),
  set({ id: 'fr-relais-colis-points-chronopost-raison-sociale', kind: 'French pick-up point network\'s store directory file for the carrier\'s site, semicolon columns (surname, first name, address, address line 2, door code, country code, postcode, town, phone, e-mail, reference, type, company name)', lang: 'fr', defaultCountry: 'FR', source: 'index:13166651655 (a store directory export script, Python Polars)' }, `
    Nom | lastName | Garnier | Lopez | Benoît
    Prénom | firstName | Pascal | Sandrine | Yves
    Adresse | address1 | 8 place de la Mairie | 41 rue Nationale | 2 avenue de la Gare
    Suite adresse | - | "" | Bâtiment B | ""
    Code porte | - | "" | 4521A | ""
    Code pays | country | FR | FR | FR
    Code postal | postalCode | 44000 | 59800 | 21000
    Ville | city | Nantes | Lille | Dijon
    Téléphone | phone | 0240123456 | 0320456789 | 0380654321
    E-mail | email | tabac.garnier@example.fr | lopez.presse@example.fr | ""
    # The store's reference in the network is this contact's id in another system.
    Référence | externalId | PR44012 | PR59104 | PR21007
    Type | - | Relais | Relais | Consigne
    Raison sociale | companyName | Tabac du Centre | Presse Nationale | Boulangerie de la Gare
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-rubrica-swing-informazioni-txt-senza-intestazione', kind: 'Italian Swing address book\'s informazioni.txt, one contact a line separated by ";" with no header row (first name, surname, address, phone, age)', lang: 'it', noHeader: true, defaultCountry: 'IT', source: 'index:20097686923 (an address book app\'s README, persistence format)' }, `
    "" | firstName | Ginevra | Filippo | Carla
    "" | lastName | Monti | Cattaneo | Ferrante
    "" | address1 | Via Mazzini 21 | Corso Italia 5 | Piazza Dante 3
    "" | phone | 3391234567 | 3475551020 | 0817654321
    "" | - | 29 | 41 | 63
  `),
  set({ id: 'it-fornitori-incolla-ragione-sociale-piva-citta', kind: 'Italian trade app\'s paste-in supplier list placeholder (company name, VAT number, town)', lang: 'it', defaultCountry: 'IT', source: 'index:70543635190 (a supplier import panel\'s textarea placeholder, React)' }, `
    Ragione sociale | companyName | Rossi Ferramenta Srl | Tessuti Bianchi Snc | Oleificio Valle Verde
    Partita IVA | - | 01234567890 | 09876543210 | 04455660871
    Città | city | Nizza Monferrato | Prato | Bari
  `),
  set({ id: 'it-ecommerce-fatture-utenti-query-indirizzo', kind: 'Italian e-commerce project\'s invoice list joined with the buyer, as its admin query selects it (invoice number, total, invoice date, surname, first name, e-mail, street, CAP, house number)', lang: 'it', defaultCountry: 'IT', source: 'index:42649171840 (an invoice DAO\'s SQL query, Java)' }, `
    numero_fattura | - | 2026/0141 | 2026/0142 | 2026/0150
    totale | - | 89.90 | 154.00 | 42.50
    data_fattura | - | 2026-11-28 | 2026-11-29 | 2026-12-02
    Cognome | lastName | Caputo | Vitali | Negri
    Nome | firstName | Mirko | Elisabetta | Pietro
    Email | email | mirko.caputo@example.it | e.vitali@example.com | pietro.negri@example.it
    Via | address1 | Via Manzoni | Via XX Settembre | Corso Buenos Aires
    cap | postalCode | 84121 | 16121 | 20124
    # A house number on its own: not imported.
    NumeroCivico | - | 12 | 44/3 | 7
  `),
  set({ id: 'it-anagrafica-studenti-csv-codice-fiscale-voto-medio', kind: 'Italian student register exercise\'s CSV (first name, surname, tax code, student number, average mark)', lang: 'it', defaultCountry: 'IT', source: 'index:29382895013 (a student register\'s CSV writer, Java)' }, `
    NOME | firstName | Chiara | Daniele | Noemi
    COGNOME | lastName | Basile | Ferrara | Cirillo
    CODICE FISCALE | - | BSLCHR03A41F839Y | FRRDNL02M12H501T | CRLNMO04C55L219K
    MATRICOLA | externalId | N86001234 | N86001301 | N86001388
    VOTO MEDIO | - | 27.4 | 25.1 | 29.0
  `),
  set({ id: 'it-ristorante-prenotazioni-tavolo-persone', kind: 'Italian restaurant booking program\'s bookings table insert (table code, surname, first name, phone, party size, date)', lang: 'it', defaultCountry: 'IT', source: 'index:29252768354 (a restaurant booking DAO, Java JDBC)' }, `
    CodiceTavolo | - | T04 | T11 | T02
    Cognome | lastName | Amato | Ruggiero | Lombardo
    Nome | firstName | Vincenzo | Paola | Enrico
    Telefono | phone | 3289012345 | 3471239876 | 0957654321
    NumeroPersone | - | 4 | 2 | 6
    DATA | - | 2026-12-24 | 2026-12-24 | 2026-12-31
  `),
  set({ id: 'it-sagra-prenotazioni-giornata-persone', kind: 'Italian village festival booking site\'s reservations table insert (surname, first name, phone, day id, booking date, party size, e-mail)', lang: 'it', defaultCountry: 'IT', source: 'index:52764265477 (a festival booking route, Node Express)' }, `
    cognome | lastName | Zanetti | Bonetti | Facchini
    nome | firstName | Renato | Lucia | Igor
    telefono | phone | 3351239988 | 3479876001 | 3402233445
    idgiornata | - | 3 | 3 | 5
    datapren | - | 2026-08-14 | 2026-08-14 | 2026-08-16
    persone | - | 4 | 2 | 8
    email | email | renato.zanetti@example.it | lucia.bonetti@example.com | ""
  `),
  set({ id: 'it-scuola-assenze-export-codice-fiscale-classe', kind: 'Italian school register\'s attendance export for a class, a semicolon CSV in capitals (tax code, surname, first name, class, justified and unjustified absence hours, attendance percentage)', lang: 'it', defaultCountry: 'IT', source: 'index:66024576511 (a school register\'s attendance CSV service, Go)' }, `
    CODICE_FISCALE | - | RSSGLI09A41H501K | BNCLRD08M12F205P | VRDSRA09T55L219Z
    COGNOME | lastName | Rossi | Bianchi | Verdi
    NOME | firstName | Giulia | Leonardo | Sara
    CLASSE | - | 3A | 3A | 3A
    ORE_ASSENZA_GIUSTIFICATE | - | 12 | 4 | 30
    ORE_ASSENZA_NON_GIUSTIFICATE | - | 2 | 0 | 6
    PRESENZA_PERCENTUALE | - | 96.5 | 99.4 | 89.1
  `),
  set({ id: 'it-scuola-musica-studenti-strumenti-docenti', kind: 'Italian middle school music timetable tool\'s student file, a semicolon CSV (surname, first name, class, distance in km, first and second instrument teachers and instruments, consecutive hours, single day)', lang: 'it', defaultCountry: 'IT', source: 'index:69811635939 (a music timetable tool\'s format documentation)' }, `
    cognome | lastName | Galli | Fumagalli | Costa
    nome | firstName | Tommaso | Aurora | Edoardo
    classe | - | 1 | 2 | 3
    km | - | 12.5 | 3 | 8.2
    docente_1str | - | Bassi | Ferri | Bassi
    strumento_1 | - | Pianoforte | Chitarra | Pianoforte
    docente_2str | - | "" | Neri | ""
    strumento_2 | - | "" | Flauto | ""
    ore_consecutive | - | SI | NO | SI
    giorno_unico | - | NO | SI | NO
  `),
  set({ id: 'it-scuola-argo-studenti-export-bes-dsa', kind: 'Italian school software\'s student export (Argo layout) as an app parses it, a semicolon CSV (surname, first name, class, birth date, tax code, special needs flags)', lang: 'it', defaultCountry: 'IT', source: 'index:67412897608 (a school app\'s student CSV parser comment, TypeScript)' }, `
    cognome | lastName | Esposito | Romano | Colombo
    nome | firstName | Gabriele | Alice | Francesco
    classe | - | 2B | 2B | 4A
    dataNascita | dateOfBirth | 14/05/2011 | 02/12/2010 | 27/08/2009
    codiceFiscale | - | SPSGBR11E14F839H | RMNLCA10T42H501B | CLMFNC09M27F205S
    bes | - | N | S | N
    dsa | - | N | S | N
    h104 | - | N | N | N
  `),
  set({ id: 'it-sito-messaggi-contatto-tabella-oggetto', kind: 'Italian company site\'s contact messages table insert (name, e-mail, phone, subject, text)', lang: 'it', defaultCountry: 'IT', source: 'index:425379729 (a site\'s message DAO, PHP mysqli)' }, `
    nominativo | name | Federico Bruni | Marta Guerra | Luigi Ferrante
    email | email | federico.bruni@example.it | marta.guerra@example.com | luigi.f@example.it
    telefono | phone | 3331234098 | "" | 0812345678
    oggetto | - | Preventivo | Informazioni | Reclamo
    testo | - | Vorrei un preventivo per... | Orari di apertura? | Ordine non arrivato
  `),
  set({ id: 'it-immobiliare-intermediari-tabella-via-civico', kind: 'Italian real estate database exercise\'s intermediaries table seed (partner code, name, e-mail, house number, street, CAP)', lang: 'it', defaultCountry: 'IT', source: 'index:35248380285 (a database schema and seed, SQL)' }, `
    # The intermediary's code in the agency's register is the External ID.
    codpar | externalId | 1234 | 1301 | 1420
    nominativo | name | Pasquale Esposito | Teresa Coppola | Raffaele Iovine
    email | email | p.esposito@example.it | teresa.coppola@example.com | r.iovine@example.it
    nciv | - | 34 | 7 | 112
    via | address1 | Manzoni | Roma | Toledo
    cap | postalCode | 80040 | 80100 | 80134
  `),
  set({ id: 'it-ordini-clienti-login-codice-cliente', kind: 'Italian ordering portal\'s customer login table as its login page selects it (name, e-mail, password, customer code, admin flag)', lang: 'it', defaultCountry: 'IT', source: 'index:40909574745 (an ordering portal\'s login page, PHP PDO)' }, `
    Nominativo | name | Bar Centrale di Mauro Conti | Pasticceria Dolce Vita | Alimentari Sorrentino
    Email | email | barcentrale@example.it | ordini@example.com | sorrentino@example.it
    Pass | - | ******** | ******** | ********
    # The customer code in the company's management program is the External ID.
    Cod_Cli | externalId | C00412 | C00419 | C00502
    Amm | - | 0 | 0 | 1
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-et-school-students-import-father-name-guardian', kind: 'Ethiopian school system\'s student import (student id, given name, father name, gender, birth date, grade level, section, guardian name and phone)', lang: 'en', defaultCountry: 'ET', source: 'index:65848525865 (a student import service\'s test, TypeScript)' }, `
    Student ID | externalId | ST-2026-0041 | "" | ST-2026-0057
    Given Name | firstName | Abebe | Hanna | Dawit
    # In Ethiopian naming the father's name is the second name, used as the surname: the Last name.
    Father Name | lastName | Kebede | Tesfaye | Girma
    Gender | - | male | female | male
    Date of Birth | dateOfBirth | 2013-04-11 | 2012-09-23 | 2014-01-30
    Grade Level | - | Grade 5 | Grade 6 | Grade 4
    Section | - | A | B | A
    Guardian Name | - | Kebede Alemu | Tesfaye Bekele | Girma Haile
    Guardian Phone | - | 0911234567 | 0922345678 | 0933456789
  `),
  set({ id: 'en-pk-school-students-export-roll-guardian', kind: 'school management app\'s student list export (name, roll number, class, section, guardian name and phone, admission date, status)', lang: 'en', defaultCountry: 'PK', source: 'index:67289229800 (a school app\'s students CSV export route, TypeScript)' }, `
    Name | name | Ayesha Siddiqui | Bilal Ahmed | Zara Khan
    Roll No | - | 12 | 7 | 21
    Class | - | Grade 6 | Grade 8 | Grade 6
    Section | - | A | B | B
    Guardian Name | - | Imran Siddiqui | Naveed Ahmed | Sana Khan
    Guardian Phone | - | 0300-1234567 | 0321-7654321 | 0333-5556667
    Admission Date | - | 2024-04-01 | 2022-04-04 | 2025-08-15
    Status | - | ACTIVE | ACTIVE | LEFT
  `),
  set({ id: 'en-pk-event-checkin-roster-cnic-seat', kind: 'Pakistani event ticketing dashboard\'s check-in roster export (ticket id, attendee name, e-mail, phone, CNIC, event, tier, seat, check-in status, time)', lang: 'en', defaultCountry: 'PK', source: 'index:68896078019 (an event dashboard\'s roster CSV export, React)' }, `
    Ticket ID | - | TK-88213 | TK-88214 | TK-88290
    Attendee Name | name | Hamza Qureshi | Mahnoor Tariq | Usman Javed
    Email | email | hamza.q@example.pk | mahnoor.t@example.com | usman.javed@example.pk
    Phone | phone | 0300-1122334 | 0345-9988776 | 0312-5566778
    CNIC | - | 35202-1234567-1 | 42101-7654321-2 | 61101-2345678-3
    Event | - | Tech Summit Lahore | Tech Summit Lahore | Startup Night
    Tier | - | VIP | General | General
    Seat | - | A-12 | "" | ""
    CheckIn Status | - | Checked In | Pending | Checked In
    Time | - | 10:42 AM | "" | 7:05 PM
  `),
  set({ id: 'en-community-event-attendees-export-ticket-token', kind: 'community event app\'s attendee export (registration id, attendee name, e-mail, phone, ticket token, registration date, checked in, check-in time)', lang: 'en', source: 'index:70654858009 (an event API\'s attendee CSV route, Python)' }, `
    Registration ID | - | 311 | 312 | 318
    Attendee Name | name | Carla Jennings | Devon Miles | Sofia Marino
    Email | email | carla.j@example.com | devon.miles@example.org | smarino@example.com
    Phone | phone | (503) 555-0116 | "" | (971) 555-0182
    Ticket Token | - | 9f2c1a7e | b4d80e13 | 77ac3f90
    Registration Date | - | 2026-11-20 14:02 | 2026-11-22 09:45 | 2026-11-30 18:31
    Checked In | - | Yes | No | Yes
    Checkin Time | - | 2026-12-05 17:58 | "" | 2026-12-05 18:12
  `),
  set({ id: 'en-festival-tickets-export-visibility-category', kind: 'festival ticketing API\'s ticket holder export (ticket number, attendee name, e-mail, phone, ticket type, category, visibility, status, checked-in time)', lang: 'en', source: 'index:62474975128 (a ticketing service\'s CSV export, NestJS Prisma)' }, `
    Ticket Number | - | FST-000481 | FST-000482 | FST-000517
    Attendee Name | name | Jasmine Cole | Raymond Ortiz | Elif Demir
    Email | email | jasmine.cole@example.com | ray.ortiz@example.net | elif.demir@example.com
    Phone | phone | +1 415 555 0107 | "" | +1 628 555 0144
    Ticket Type | - | Weekend Pass | Day Pass | Weekend Pass
    Category | - | Adult | Adult | Student
    Visibility | - | public | public | hidden
    Status | - | VALID | USED | VALID
    Checked In At | - | "" | 2026-08-15T16:20:00Z | ""
  `),
  set({ id: 'en-conference-gate-checkins-export-pass-type', kind: 'conference check-in app\'s gate check-in export (attendee name, e-mail, phone, pass type, check-in time, gate, method)', lang: 'en', defaultCountry: 'GB', source: 'index:71474334509 (a check-in service\'s export test, TypeScript)' }, `
    Attendee Name | name | Oliver Grant | Amara Nwosu | Freya Lindqvist
    Email | email | oliver.grant@example.co.uk | amara.n@example.com | freya.l@example.se
    Phone | phone | 07700 900123 | 07700 900456 | +46 70 123 45 67
    Pass Type | - | Speaker | Delegate | Delegate
    Checked In At | - | 2026-10-14 08:41 | 2026-10-14 08:55 | 2026-10-14 09:03
    Gate | - | North | North | East
    Method | - | QR | manual | QR
  `),
  set({ id: 'en-theatre-ticket-report-title-seat', kind: 'community theatre booking app\'s ticket report, a CSV with a "TICKET REPORT" line above the header (ticket id, event, seat, attendee name, e-mail, phone, booking date, status)', lang: 'en', defaultCountry: 'IN', above: [['TICKET REPORT']], source: 'index:46089477624 (a booking app\'s report generator, Node)' }, `
    Ticket ID | - | 1041 | 1042 | 1057
    Event Name | - | The Glass Menagerie | The Glass Menagerie | Winter Gala
    Seat Number | - | B7 | B8 | F2
    Attendee Name | name | Ritika Sharma | Arjun Nair | Meera Iyer
    Email | email | ritika.s@example.in | arjun.nair@example.com | meera.iyer@example.in
    Phone | phone | 9876512340 | 9123409876 | 9988001122
    Booking Date | - | 2026-11-28 | 2026-11-28 | 2026-12-01
    Status | - | CONFIRMED | CANCELLED | CONFIRMED
  `),
  set({ id: 'en-school-raffle-donor-tickets-sample', kind: 'school fundraiser raffle app\'s sample ticket file (donor name, e-mail, prize, quantity)', lang: 'en', source: 'index:36434268000 (a raffle app\'s sample data loader, Svelte)' }, `
    Donor Name | name | Tricia Gallagher | Sam Whitaker | Noor Haddad
    Email | email | tricia.g@example.com | sam.whitaker@example.net | noor.haddad@example.com
    Prize | - | Weekend cabin stay | (2) Concert tickets | Spa basket
    Quantity | - | 2 | 1 | 5
  `),
];
