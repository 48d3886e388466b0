// The nineteenth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files and English ones from volunteer rosters, churches, schools, events and Google Forms; the
// other half, corpus-heldout19a.ts, holds English, German, Dutch and mixed-language files): 56 header sets (507
// columns, 263 of them expected to map; 12 Spanish, 12 Portuguese, 12 French, 12 Italian, 8 English; 3 files without
// a header row, 2 with lines above it (a "sep=;" line, a title block); 3 sets of 22 to 37 columns, 6 of 15 to 18)
// from sources none of the other parts use, found in the public code index with exact-string searches for everyday
// header lines in these languages (patient, client, member, pupil, student, learner, staff, volunteer, donor and
// participant lists, club, association and congregation registers, subscription, CRM and admin exports, importer
// templates and their tests, Google Forms responses, database tables and report exports) and written down, with the
// mapping a careful person would choose by the field definitions and the rules, BEFORE the mapper was run on
// them and without reading the lexicon or the mapper. "index:N" names the index file the header text was read from
// (the index does not name its repository); the kind says what the file is. Sample values are made up in the shape of
// each file's own (no personal data or example rows from the sources are copied). A trailing empty column (a header
// line ending in the separator) is written as "". Byte-order marks cannot be written in the table and are left out (a
// set's comment says where). Every file is written with all its columns. No set's headers repeat an older part's
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
// Choices this half makes more than once:
// - The school, college or university a student or applicant attends is not an employer and is not imported; the
//   employer a mentor, a teacher or a candidate names is the person's company.
// - A group the person comes with or is registered with (a youth group, a parish, a scout group) is Tags; the
//   group's own address, phone, codes and e-mail are not imported.
// Choices this half makes more than once:
// - The professional a patient or a client is assigned to (a "Profesional", a "responsavel") is the Contact owner.
// - A nationality, a birthplace and a language are not the person's address: not imported.
// - A participant's, a runner's or a ticket holder's own number in an event list (an "ID", a "Dossard", a "N° Billet")
//   is not imported, like attendee numbers; a card, learner or staff number of a member list is the External ID.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout19' }, table);

export const HELDOUT19B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-consultas-export-nombres-correo-numero', kind: 'Latin American desktop app\'s query list exported to a ";" CSV from its table (id, first names, surnames, e-mail, number)', lang: 'es', defaultCountry: 'PE', source: 'index:57036351364 (a Swing app\'s table export, Java)' }, `
    ID | externalId | 1 | 2 | 5
    Nombres | firstName | Rosa Elena | Jhon Freddy | Milagros
    Apellidos | lastName | Huamán Quispe | Cárdenas | Salazar Ríos
    Correo | email | rosa.huaman@example.pe | jfcardenas@example.com | ""
    # "Numero" is the person's phone number.
    Numero | phone | 987654321 | 912345678 | 956781234
  `),
  set({ id: 'es-bo-instituto-usuarios-plantilla-rol-estado', kind: 'Bolivian institute platform\'s user import template, ";" separated (first names, surnames, e-mail, role, state)', lang: 'es', defaultCountry: 'BO', source: 'index:55861508454 (a users import dialog, its template constant, React)' }, `
    nombres | firstName | Luis Fernando | Carla Andrea | Wilma
    apellidos | lastName | Quiroga Suárez | Antezana | Choque Mamani
    correo | email | lf.quiroga@example.com | carla.antezana@example.bo | wchoque@example.com
    rol | - | Docente | Coordinador | Docente
    estado | - | ACTIVO | ACTIVO | INACTIVO
  `),
  set({ id: 'es-pe-universidad-opiniones-estudiantes-csv', kind: 'Peruvian university\'s student feedback export documented in its API guide, ";" separated (DNI, first names, surnames, e-mail, degree, term, comments, date)', lang: 'es', defaultCountry: 'PE', source: 'index:36690427294 (a feedback system\'s API documentation, Markdown)' }, `
    DNI | - | 72345618 | 70129845 | 74561230
    Nombres | firstName | Kevin Alonso | Diana | Brenda Lucía
    Apellidos | lastName | Ramos Tello | Paredes | Vilca Condori
    Correo | email | kramos@example.edu.pe | diana.paredes@example.com | bvilca@example.edu.pe
    Carrera | - | Ingeniería de Sistemas | Administración | Contabilidad
    Ciclo | - | 6 | 3 | 8
    Comentarios | - | Muy útil | Falta más práctica | ""
    Fecha | - | 2026-11-02 | 2026-11-03 | 2026-11-05
  `),
  set({ id: 'es-ec-universidad-estudiantes-cedula-carrera', kind: 'Ecuadorian university tutoring app\'s student file, ";" separated, as written in its import tests (cédula, first names, surnames, e-mail, degree)', lang: 'es', defaultCountry: 'EC', source: 'index:56291235453 (an import module\'s tests, Python)' }, `
    Cedula | - | 0923456781 | 1712345678 | 0102345679
    Nombres | firstName | Jefferson Andrés | Nicole | Byron
    Apellidos | lastName | Mora Zambrano | Vera Intriago | Pazmiño
    Correo | email | jmora@example.edu.ec | nicole.vera@example.com | bpazmino@example.edu.ec
    Carrera | - | Software | Enfermería | Derecho
  `),
  set({ id: 'es-co-nomina-empleados-import-excel-sede', kind: 'Colombian HR app\'s employee import as Excel exports it in Colombia, ";" separated (code, document type and number, first names, surnames, e-mail, phone, birth and hire dates, job, site, contract, salary, hours, contract end, app access)', lang: 'es', defaultCountry: 'CO', source: 'index:70232216450 (an HR app\'s import test script, JavaScript)' }, `
    codigo | externalId | EMP-014 | EMP-022 | EMP-031
    tipo_documento | - | CC | CC | CE
    numero_documento | - | 1.032.456.789 | 79.123.456 | 654.321
    nombres | firstName | Yeimy Carolina | Édgar | Rosalba
    apellidos | lastName | Pérez Bermúdez | Gutiérrez | Ochoa Lemus
    correo | email | yeimy.perez@example.co | egutierrez@example.com | rosalba.ochoa@example.co
    telefono | phone | 310 456 7812 | 300 912 3344 | 315 778 0012
    fecha_nacimiento | dateOfBirth | 14/03/1994 | 02/11/1980 | 27/07/1989
    fecha_ingreso | - | 01/02/2024 | 15/06/2019 | 10/01/2026
    cargo | - | Auxiliar contable | Jefe de bodega | Recepcionista
    # The site an employee works at is like a department: not imported.
    sede | - | Bogotá Norte | Funza | Bogotá Norte
    tipo_contrato | - | Indefinido | Indefinido | Fijo
    salario | - | 2.300.000 | 4.100.000 | 1.750.000
    horas_semanales | - | 46 | 46 | 42
    fecha_fin_contrato | - | "" | "" | 31/12/2026
    acceso_app | - | SI | SI | NO
  `),
  set({ id: 'es-co-universidad-estudiantes-plantilla-sep', kind: 'Colombian university\'s student upload template with a "sep=;" line above the header, so that Excel splits it (document, document type, first names, surnames, institutional e-mail, programme, gender, semester)', lang: 'es', defaultCountry: 'CO', above: [['sep=;']], source: 'index:53340191101 (a student upload page\'s template download, React)' }, `
    documento | - | 1075234567 | 1003987654 | 1081456789
    tipo_documento | - | CC | TI | CC
    nombres | firstName | Daniela | Santiago | Karen Lorena
    apellidos | lastName | Cuéllar Perdomo | Trujillo | Polanía
    # The institutional e-mail is the student's own address.
    correo_institucional | email | u20231234@example.edu.co | u20245678@example.edu.co | u20219012@example.edu.co
    programa | - | Ingeniería de Software | Medicina | Contaduría Pública
    genero | - | F | M | F
    semestre | - | 5 | 1 | 9
  `),
  set({ id: 'es-curso-postgres-clientes-mock-compania', kind: 'Spanish database course\'s mock client file to load into PostgreSQL (name, e-mail, phone, city, country, is a company)', lang: 'es', defaultCountry: 'ES', source: 'index:56111166601 (a course practice guide, Markdown)' }, `
    # A row is either a person or a company; the "Nombre" column holds the whole name either way.
    Nombre | name | Consultoría Levante SL | Jorge Lozano | Beatriz Ocaña
    Correo electrónico | email | info@example.es | jorge.lozano@example.com | bea.ocana@example.es
    Teléfono | phone | +34 963 112 233 | +34 622 334 455 | +34 655 778 899
    Ciudad | city | Valencia | Málaga | Bilbao
    País | country | España | España | España
    Es una compañía | - | True | False | False
  `),
  set({ id: 'es-co-universidad-estudiantes-excel-dos-nombres', kind: 'Colombian university\'s student Excel sample generated by its upload page (document type and number, first and second surname, first and second given name, e-mail, phone, registration number, programme)', lang: 'es', defaultCountry: 'CO', source: 'index:67133912017 (a student upload component, sample file, React)' }, `
    Tipo Documento | - | CC | TI | CC
    Número Documento | - | 1098765432 | 1005123456 | 1020987654
    Primer Apellido | lastName | Rincón | Barrera | Castillo
    # Second surnames are not imported (the first surname is the Last name); a second given name likewise.
    Segundo Apellido | - | Mejía | "" | Ortiz
    Primer Nombre | firstName | Laura | Andrés | Paola
    Segundo Nombre | - | Valentina | Felipe | ""
    Correo Electrónico | email | laura.rincon@example.edu.co | andres.barrera@example.com | paola.castillo@example.edu.co
    Teléfono | phone | 3014567890 | 3129876543 | 3208765432
    Número Registro | externalId | REG2026-014 | REG2026-027 | REG2026-031
    Programa Académico | - | Psicología | Ingeniería Civil | Enfermería
  `),
  set({ id: 'es-uy-club-socios-activos-informe-cuota', kind: 'Uruguayan club management app\'s active member report, a ";" CSV (member number, first name, surname, town, document type and number, phone, e-mail, family, monthly fee, payment method, joining date, expiry, fee status and balance for the month)', lang: 'es', defaultCountry: 'UY', source: 'index:56911365918 (a club app\'s reports controller, CSV export, C#)' }, `
    Nº Socio | externalId | 1042 | 1088 | 1120
    Nombre | firstName | Gonzalo | Florencia | Matías
    Apellido | lastName | Pereira | Rodríguez | Silveira
    Localidad | city | Montevideo | Las Piedras | Canelones
    Tipo documento | - | Cédula | Cédula | Otro
    Documento | - | 4.567.890-1 | 3.210.987-6 | AB123456
    Teléfono | phone | 099 123 456 | 2364 5566 | 098 765 432
    Email | email | gonzalo.pereira@example.com.uy | flor.rodriguez@example.com | ""
    # A family group the member is filed under is a group the person belongs to: Tags.
    Familia | tags | Pereira Núñez | "" | Silveira
    Cuota mensual | - | 850 | 650 | 850
    Medio de pago | - | Débito | Efectivo | Transferencia
    Fecha alta | - | 12/03/2019 | 05/08/2024 | 21/01/2022
    Vencimiento | - | 10/12/2026 | 10/12/2026 | 10/11/2026
    Estado cuota mes | - | Pagada | Pendiente | Vencida
    Saldo cuota mes | - | 0 | 650 | 850
  `),
  set({ id: 'es-salon-clientas-excel-movil-observaciones', kind: 'Spanish hairdresser app\'s client import as a Spanish Excel exports it, ";" separated (name, surnames, mobile, e-mail, birth date, remarks)', lang: 'es', defaultCountry: 'ES', source: 'index:70734652677 (a salon app\'s import tests, TypeScript)' }, `
    Nombre | firstName | Yolanda | Sonia | Rebeca
    Apellidos | lastName | Crespo Marín | Vallejo | Santos Luque
    Móvil | phone | 600 45 12 87 | 611-98-23-40 | 622 10 90 33
    Correo electrónico | email | yolanda.crespo@example.es | "" | rebeca.santos@example.com
    Fecha de nacimiento | dateOfBirth | 18/04/1979 | 02/12/1991 | ""
    Observaciones | - | Tinte 6.3 | Alergia a la PPD | Prefiere sábados
  `),
  set({ id: 'es-clinica-estetica-migracion-pacientes-codigo', kind: 'Spanish aesthetic clinic\'s patient file migrated from its previous software, ";" separated (code, name, surnames, mobile)', lang: 'es', defaultCountry: 'ES', source: 'index:70897392950 (a clinic app\'s migration tests, JavaScript)' }, `
    # The patient code in the previous program is the External ID.
    Código | externalId | 3011 | 3012 | 3020
    Nombre | firstName | Inmaculada | Lidia | Ramón
    Apellidos | lastName | Bravo Peña | Soto | Escudero
    Móvil | phone | 622140987 | 634 551 208 | 677 320 114
  `),
  set({ id: 'es-co-contabilidad-terceros-clientes-lote-dane', kind: 'Colombian accounting assistant\'s client batch for upload to an accounting program, ";" separated (document type, number and check digit, two given names, two surnames, legal name, address, DANE town code, department, phone, e-mail, tax regime columns)', lang: 'es', defaultCountry: 'CO', source: 'index:54387642703 (an accounting assistant\'s skill guide, Markdown)' }, `
    Tipo Documento | - | CC | NIT | CC
    Número Documento | - | 43567890 | 901234567 | 98765432
    DV | - | "" | 3 | ""
    Primer Nombre | firstName | Luz | "" | Hernán
    Segundo Nombre | - | Marina | "" | Darío
    Primer Apellido | lastName | Zapata | "" | Gallego
    Segundo Apellido | - | Henao | "" | Ríos
    # The rows are people or companies; a company's legal name is the Company name.
    Razón Social | companyName | "" | Maderas del Valle S.A.S. | ""
    Dirección | address1 | Cl 10 #43-12 | Cra 50 #8-90 Bodega 3 | Cl 34 Sur #45-20
    # The town is given as its DANE code, not its name: not imported.
    Ciudad (DANE) | - | 05001 | 05360 | 05266
    Departamento | state | Antioquia | Antioquia | Antioquia
    Teléfono | phone | 3004561234 | 6044448899 | 3117894455
    Email | email | luzmarina.zapata@example.co | compras@example.com.co | ""
    Tipo Persona | - | Natural | Jurídica | Natural
    Régimen | - | No Responsable IVA | Responsable IVA | No Responsable IVA
    Tipo Contribuyente | - | Persona Natural | SAS | Persona Natural
    Actividad Económica CIIU | - | 4711 | 1610 | 7490
    Responsabilidades Fiscales | - | R-99-PN | O-13 | R-99-PN
  `),
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-br-totem-jogo-leads-export-pontuacao', kind: 'Brazilian event game kiosk\'s lead export, a ";" CSV (date, time, terminal, game, score, name, e-mail, phone, accuracy, rating)', lang: 'pt', defaultCountry: 'BR', source: 'index:67250424352 (a kiosk app\'s leads CSV test, TypeScript)' }, `
    data | - | 14/11/2026 | 14/11/2026 | 15/11/2026
    hora | - | 10:42 | 16:08 | 09:15
    terminal | - | T1 | T2 | T1
    jogo | - | quiz | memoria | quiz
    pontuacao | - | 850 | 1200 | 430
    nome | name | Thiago Ribeiro | Larissa Monteiro | Caio Nogueira
    email | email | thiago.ribeiro@example.com.br | larissa.m@example.com | ""
    telefone | phone | (11) 98765-4321 | (21) 99812-3344 | (31) 97711-0023
    precisao | - | 91,7% | 100,0% | 62,5%
    nota | - | S | S | N
  `),
  set({ id: 'pt-br-evasao-alunos-modelo-importacao-largo', kind: 'Brazilian college dropout-risk system\'s student import template, a ";" CSV with a BOM (enrolment number, name, e-mail, phone, birth date, age, sex, course and academic data, income, address in parts, aid, work and access questions; all 37 columns)', lang: 'pt', defaultCountry: 'BR', source: 'index:68758372462 (a student import page\'s template download, React)' }, `
    # The source writes a byte-order mark before "matricula", which the table cannot hold. The enrolment number is
    # the student's id in the college's system: the External ID.
    matricula | externalId | 2026101017 | 2025203044 | 2026101102
    nome | name | Gabriel Souza Lima | Ana Clara Batista | Kauã Ferreira
    email | email | gabriel.lima@example.com.br | anaclara.b@example.com | kaua.f@example.com.br
    telefone | phone | (92) 99123-4567 | (92) 98456-7788 | (92) 99234-1100
    data_nascimento | dateOfBirth | 2006-02-11 | 2004-09-27 | 2007-05-03
    idade | - | 20 | 22 | 19
    sexo | - | M | F | M
    curso | - | Informatica | Edificacoes | Mecanica
    periodo | - | 2 | 5 | 1
    turno | - | MATUTINO | NOTURNO | VESPERTINO
    media_geral | - | 6.8 | 8.1 | 5.4
    frequencia | - | 78 | 92 | 64
    renda_familiar | - | 1800 | 4200 | 1320
    renda_per_capita | - | 450 | 1400 | 330
    cidade | city | Manaus | Manaus | Iranduba
    cep | postalCode | 69058-000 | 69025-110 | 69415-000
    logradouro | address1 | Rua Rio Purus | Av. Constantino Nery | Estrada Manoel Urbano
    numero | - | 214 | 1780 | 55
    complemento | - | Casa 2 | Bloco B, Apto 304 | ""
    bairro | - | Vieiralves | Chapada | Centro
    zona_residencial | - | ZONA_CENTRO_SUL | ZONA_CENTRO_OESTE | ZONA_RURAL
    possui_auxilio | - | True | False | True
    tipo_auxilio | - | AUXILIO_TRANSPORTE | "" | BOLSA_PERMANENCIA
    trabalha | - | False | True | False
    carga_horaria_trabalho | - | 0 | 30 | 0
    historico_reprovas | - | 1 | 0 | 3
    coeficiente_rendimento | - | 6.5 | 8.0 | 5.1
    ano_ingresso | - | 2026 | 2025 | 2026
    tempo_deslocamento | - | 50 | 25 | 110
    custo_transporte_diario | - | 9.0 | 0 | 14.5
    dificuldade_acesso | - | MEDIA | BAIXA | ALTA
    possui_computador | - | False | True | False
    possui_internet | - | True | True | False
    transporte_utilizado | - | ONIBUS | CARRO | BARCO
    usa_transporte_alternativo | - | False | False | True
    beneficiario_bolsa_familia | - | True | False | True
    primeiro_geracao_universidade | - | True | False | True
  `),
  set({ id: 'pt-br-crm-contatos-modelo-responsavel-codigo-externo', kind: 'Brazilian customer success CRM\'s contact import template, a ";" CSV with a BOM checked in a test (name, e-mail, phone, company, company CNPJ, job, profile, group, segment, owner, monthly value, dates, loss reason, external code, active)', lang: 'pt', defaultCountry: 'BR', source: 'index:71212143038 (an import API\'s template test, Python)' }, `
    nome | name | Fernanda Araújo | Rodrigo Teles | Priscila Moura
    email | email | fernanda@example.com.br | rodrigo.teles@example.com | priscila.moura@example.com.br
    telefone | phone | (11) 3456-7890 | (19) 99876-5432 | (41) 98123-4455
    empresa | companyName | Grupo Aurora Ltda | TechNova Sistemas | Moura & Filhos
    documento_empresa | - | 12.345.678/0001-90 | 98.765.432/0001-10 | 11.222.333/0001-44
    cargo | - | Gerente de Compras | CTO | Sócia
    perfil | - | decisor | influenciador | decisor
    grupo | tags | Enterprise | SMB | SMB
    # The company's market segment is the company's industry: not imported.
    segmento | - | Varejo | Software | Indústria
    responsavel | owner | carla@example.com.br | bruno@example.com.br | carla@example.com.br
    valor_mensal | - | 4500,00 | 890,00 | 1250,00
    cliente_desde | - | 2023-02-01 | 2025-06-15 | 2024-11-03
    renovacao_em | - | 2027-02-01 | 2026-06-15 | 2026-11-03
    perdida_em | - | "" | "" | ""
    motivo_perda | - | "" | "" | ""
    codigo_externo | externalId | HS-10294 | HS-10877 | HS-11002
    ativo | - | sim | sim | não
  `),
  set({ id: 'pt-br-atendentes-arquivo-cpf-salario-turno', kind: 'Brazilian help desk exercise\'s attendant file, a ";" CSV (id, name, e-mail, phone, CPF, salary, staff number, shift, job)', lang: 'pt', defaultCountry: 'BR', source: 'index:66155956762 (a Java attendant repository, its CSV header)' }, `
    # Of the two ids (the record id and the staff number), the first is the External ID.
    id | externalId | 1 | 2 | 3
    nome | name | Juliana Prado | Marcos Vinícius Rocha | Débora Lins
    email | email | juliana.prado@example.com.br | marcos.rocha@example.com | debora.lins@example.com.br
    telefone | phone | 81987654321 | 81991234567 | 81996543210
    cpf | - | 123.456.789-09 | 987.654.321-00 | 111.444.777-35
    salario | - | 2350.00 | 2350.00 | 3100.00
    matricula | - | AT-0042 | AT-0057 | SUP-0008
    turno | - | manha | tarde | noite
    cargo | - | atendente | atendente | supervisora
  `),
  set({ id: 'pt-br-app-usuarios-export-admin-plano', kind: 'Brazilian subscription app\'s user export from its admin API, a ";" CSV (id, name, e-mail, phone, plan, sign-up date)', lang: 'pt', defaultCountry: 'BR', source: 'index:60821223143 (an Express admin API\'s users export, TypeScript)' }, `
    ID | externalId | usr_8f2a91 | usr_1c77d0 | usr_4be013
    Nome | name | Patrícia Mendes | Leonardo Faria | Vanessa Cardoso
    Email | email | patricia.mendes@example.com.br | leo.faria@example.com | vanessa.c@example.com.br
    Telefone | phone | 11999887766 | 21988776655 | ""
    Plano | - | premium | free | pro
    Data Cadastro | - | 2026-05-14T13:22:08.000Z | 2026-07-01T09:10:44.000Z | 2026-09-30T20:05:12.000Z
  `),
  set({ id: 'pt-br-cursos-inscritos-gerador-uf-escolaridade', kind: 'Brazilian public course registration\'s generated test file (state, name, e-mail, phone, schooling, enrolment number, CPF, gender, special needs)', lang: 'pt', defaultCountry: 'BR', source: 'index:8217485974 (a fake-data CSV generator for a registration system, JavaScript)' }, `
    UF | state | PE | SP | BA
    NOME | name | Raimundo Nonato Silva | Luana Pereira Costa | Jéssica Santos Reis
    EMAIL | email | raimundo.ns@example.com.br | luana.pc@example.com | jessica.sr@example.com.br
    TELEFONE | phone | (81) 98877-6655 | (11) 97766-5544 | (71) 96655-4433
    ESCOLARIDADE | - | Ensino Médio Completo | Superior Incompleto | Ensino Médio Completo
    MATRICULA | externalId | 20260001 | 20260002 | 20260003
    CPF | - | 529.982.247-25 | 168.995.350-09 | 714.602.380-01
    GENERO | - | Masculino | Feminino | Feminino
    NECESSIDADES_ESPECIAIS | - | Nenhuma | Nenhuma | Visual
  `),
  set({ id: 'pt-br-erp-clientes-modelo-codigo-empresa-cidade', kind: 'Brazilian small ERP\'s customer import template downloaded from the import dialog (code, name, e-mail, phone, company, city, state)', lang: 'pt', defaultCountry: 'BR', source: 'index:59113707364 (an ERP\'s customer import page, template download, React)' }, `
    codigo | externalId | 0107 | 0108 | 0112
    nome | name | Sérgio Bastos | Mônica Freitas | Lucas Amaral
    email | email | sergio.bastos@example.com.br | monica@example.com | lucas.amaral@example.com.br
    telefone | phone | (11) 3322-1100 | (19) 99123-8877 | (31) 98456-2233
    empresa | companyName | Bastos Materiais | Freitas Contabilidade | ""
    cidade | city | Guarulhos | Campinas | Belo Horizonte
    estado | state | SP | SP | MG
  `),
  set({ id: 'pt-br-landing-leads-export-mensagem-origem', kind: 'Brazilian landing page\'s lead export from its admin API (id, name, e-mail, phone, company, message, origin, sign-up date)', lang: 'pt', defaultCountry: 'BR', source: 'index:17720806429 (an Express landing leads export route, JavaScript)' }, `
    ID | externalId | 311 | 312 | 315
    Nome | name | Gustavo Henrique Lopes | Carolina Pires | Márcio Dantas
    Email | email | gustavo.hl@example.com.br | carol.pires@example.com | marcio.dantas@example.com.br
    Telefone | phone | (62) 99812-4455 | "" | (85) 98734-1122
    Empresa | companyName | Lopes Engenharia | "" | Dantas Transportes
    Mensagem | - | Quero uma demonstração | Qual o valor do plano anual? | ""
    Origem | source | google-ads | instagram | site
    Data Cadastro | - | 02/09/2026 10:14:55 | 05/09/2026 21:40:02 | 11/09/2026 08:03:19
  `),
  set({ id: 'pt-br-contatos-arquivo-status-sem-cabecalho', kind: 'Brazilian contact manager exercise\'s storage file, one contact a line separated by ";" with no header row (name, e-mail, phone, status)', lang: 'pt', noHeader: true, defaultCountry: 'BR', source: 'index:58547847892 (a Java contact repository, its line format)' }, `
    "" | name | Rafaela Couto | Diego Sampaio | Helena Bragança
    "" | email | rafaela.couto@example.com.br | diego.sampaio@example.com | helena.b@example.com.br
    "" | phone | 11987001122 | 21996003344 | 31985005566
    "" | - | ATIVO | INATIVO | ATIVO
  `),
  set({ id: 'pt-br-locadora-clientes-valor-gasto', kind: 'Brazilian video rental exercise\'s customer spending report (first name, surname, e-mail, amount spent)', lang: 'pt', defaultCountry: 'BR', source: 'index:65971739670 (a rental report generator, CSV output, Java)' }, `
    Nome | firstName | Rogério | Luciana | Wesley
    Sobrenome | lastName | Albuquerque | Meireles | Santana
    Email | email | rogerio.albuquerque@example.com.br | luciana.meireles@example.com | wesley.santana@example.com.br
    Valor Gasto | - | 187.45 | 92.10 | 240.80
  `),
  set({ id: 'pt-br-escola-responsaveis-modelo-importacao', kind: 'Brazilian school app\'s guardian import template, ";" separated (name, e-mail, phone); the guardians are the contacts of this list', lang: 'pt', defaultCountry: 'BR', source: 'index:56740168102 (a school admin\'s guardians page, CSV template, React)' }, `
    nome | name | Márcia Oliveira | Roberto Nunes | Cristiane Pacheco
    email | email | marcia.oliveira@example.com.br | "" | cris.pacheco@example.com
    telefone | phone | 11988776655 | 11977665544 | ""
  `),
  set({ id: 'pt-br-gerador-pessoas-csv-largo-celular', kind: 'Brazilian fake-person generator\'s CSV of generated people, ";" separated (name, age, CPF, RG, birth date, sex, sign, mother, father, e-mail, password, CEP, address in parts, city, state, landline, mobile, height, weight, blood type; all 22 columns)', lang: 'pt', defaultCountry: 'BR', source: 'index:24331027310 (a person generator\'s JSON-to-CSV converter, C#)' }, `
    Nome | name | Vitória Lopes Carvalho | Henrique Duarte Melo | Sabrina Teixeira Rocha
    Idade | - | 34 | 52 | 27
    CPF | - | 275.481.930-06 | 813.097.254-71 | 064.329.758-12
    RG | - | 42.318.765-9 | 18.902.334-1 | 37.651.208-4
    Data de Nascimento | dateOfBirth | 14/02/1992 | 30/08/1974 | 09/11/1999
    Sexo | - | Feminino | Masculino | Feminino
    Signo | - | Aquário | Virgem | Escorpião
    # The parents' names are not the person's own fields.
    Mãe | - | Regina Lopes | Célia Duarte | Marta Teixeira
    Pai | - | Osvaldo Carvalho | Jorge Melo | Anselmo Rocha
    Email | email | vitoria.carvalho@example.com.br | henrique.melo@example.com | sabrina.rocha@example.com.br
    Senha | - | Xk29pLm4 | pQ7rT2vW | Lm3nB8cD
    CEP | postalCode | 74230-010 | 88015-200 | 59064-630
    Endereço | address1 | Rua T-37 | Rua Felipe Schmidt | Rua Jaguarari
    Número | - | 512 | 88 | 1440
    Bairro | - | Setor Bueno | Centro | Lagoa Nova
    Cidade | city | Goiânia | Florianópolis | Natal
    Estado | state | GO | SC | RN
    # With typed phones only, the mobile is the main phone and the landline an additional one.
    Telefone Fixo | additionalPhones | (62) 3241-5566 | (48) 3222-1090 | (84) 3206-7788
    Celular | phone | (62) 98123-4455 | (48) 99876-1122 | (84) 99145-3366
    Altura | - | 1,65 | 1,80 | 1,58
    Peso | - | 61 | 88 | 54
    Tipo Sanguíneo | - | A+ | O+ | B-
  `),
  // ---------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-ma-personnel-interne-export-cnss-service', kind: 'Moroccan company\'s internal staff export, a ";" CSV (reference, first name, surname, e-mail, job, department, monthly salary, CNSS number, platform account, status)', lang: 'fr', defaultCountry: 'MA', source: 'index:66810283523 (a Next.js staff API route, CSV export, TypeScript)' }, `
    Réf. | externalId | EMP-0031 | EMP-0044 | EMP-0052
    Prénom | firstName | Youssef | Salma | Hicham
    Nom | lastName | Alaoui | Bennani | Tazi
    Email | email | y.alaoui@example.ma | salma.bennani@example.com | ""
    Fonction | - | Comptable | Assistante RH | Chauffeur
    Service | - | Finance | Ressources humaines | Logistique
    Salaire mensuel | - | 9500 | 7200 | 4800
    CNSS | - | 123456789 | 987654321 | 112233445
    Compte plateforme | - | Oui | Oui | Non
    Statut | - | Actif | Actif | Inactif
  `),
  set({ id: 'fr-prospection-contacts-coller-poste-entreprise', kind: 'French prospecting tool\'s paste-in contact import format (first name, surname, e-mail, phone, job, company), ";" separated', lang: 'fr', defaultCountry: 'FR', source: 'index:53755635111 (a prospecting app\'s import dialog placeholder, React)' }, `
    Prénom | firstName | Aurélien | Margaux | Fabrice
    Nom | lastName | Giraud | Lemoine | Aubert
    Email | email | aurelien.giraud@example.fr | margaux@example.io | f.aubert@example.com
    Téléphone | phone | 0601928374 | 0687341290 | 0145678912
    Poste | - | Directeur commercial | Fondatrice | Responsable achats
    Entreprise | companyName | Giraud Conseil | Lemoine Studio | Aubert Industrie
  `),
  set({ id: 'fr-sn-centre-formation-apprenants-export-fcfa', kind: 'West African training centre app\'s learner export, a ";" CSV with a BOM (learner number, first name, surname, e-mail, phone, status, sign-up date, courses, amounts paid and due in FCFA)', lang: 'fr', defaultCountry: 'SN', source: 'index:61945009522 (a Flutter training centre app, learners CSV export, Dart)' }, `
    # The source writes a byte-order mark before "Matricule".
    Matricule | externalId | APP-2026-014 | APP-2026-027 | APP-2026-033
    Prénom | firstName | Aminata | Moussa | Fatou
    Nom | lastName | Ndiaye | Sarr | Diop
    Email | email | aminata.ndiaye@example.sn | moussa.sarr@example.com | ""
    Téléphone | phone | 77 123 45 67 | 78 234 56 78 | 76 345 67 89
    Statut | - | Actif | Actif | Bloqué
    Date Inscription | - | 12/01/2026 | 03/02/2026 | 20/02/2026
    Nb Formations | - | 2 | 1 | 1
    Formations Assignées | - | Bureautique, Comptabilité | Marketing digital | Bureautique
    Formations Terminées | - | 1 | 0 | 0
    Total Payé (FCFA) | - | 150000 | 75000 | 25000
    Solde Restant (FCFA) | - | 0 | 25000 | 50000
  `),
  set({ id: 'fr-ci-assurance-clients-import-contrats', kind: 'Ivorian insurance broker CRM\'s French client and policy import, a ";" CSV in a test (phone, first name, surname, e-mail, branch, insurer, policy number, premium, currency, start and due dates, term, free column)', lang: 'fr', defaultCountry: 'CI', source: 'index:70938110440 (a broker CRM\'s import tests, Python)' }, `
    Téléphone | phone | 07 08 12 34 56 | +225 05 44 21 09 87 | 01 02 33 44 55
    Prénom | firstName | Adjoua | Yao | Mariam
    Nom | lastName | Kouassi | N'Guessan | Traoré
    Email | email | adjoua.k@example.ci | yao.nguessan@example.com | ""
    Branche | - | Auto | Santé | Habitation
    Assureur | - | NSIA | Allianz | SUNU
    N° de contrat | - | AUT-55120 | SAN-88413 | ""
    Prime | - | 120 000 | 340 000 | 65 000
    Devise | - | XOF | XOF | XOF
    Date d'effet | - | 01/03/2026 | 15/06/2026 | 01/09/2026
    Échéance | - | 28/02/2027 | 14/06/2027 | 31/08/2027
    Durée | - | annuel | annuel | annuel
    Colonne libre | - | "" | client fidèle | ""
  `),
  set({ id: 'fr-ma-agents-modele-import-cin-region-agence', kind: 'Moroccan company\'s field agent import template with a BOM, ";" separated (first name, surname, e-mail, CIN, phone, region, town, branch)', lang: 'fr', defaultCountry: 'MA', source: 'index:52286608766 (an agents import page, template download, React)' }, `
    # The source writes a byte-order mark before "Prénom". The branch an agent works at is like a department: not imported.
    Prénom | firstName | Karim | Nadia | Mehdi
    Nom | lastName | Idrissi | Chraibi | El Amrani
    Email | email | karim.idrissi@example.ma | nadia.chraibi@example.com | mehdi.elamrani@example.ma
    CIN | - | BE456789 | AB112233 | JH778899
    Téléphone | phone | 0661234567 | 0677889900 | 0655443322
    Région | state | Fès-Meknès | Casablanca-Settat | Souss-Massa
    Ville | city | Fès | Mohammedia | Agadir
    Agence | - | Agence Atlas | Agence Centre | Agence Talborjt
  `),
  set({ id: 'fr-covoiturage-voyageurs-import-conducteur', kind: 'French company travel app\'s traveller import, ";" separated with a trailing separator (first name, surname, e-mail, address, driver)', lang: 'fr', defaultCountry: 'FR', source: 'index:60938818254 (a traveller service\'s import test, Java)' }, `
    Prénom | firstName | Yannick | Émilie | Romain
    Nom | lastName | Pasquier | Noël | Hamon
    Email | email | yannick.pasquier@example.fr | emilie.noel@example.com | r.hamon@example.fr
    # The file's "Adresse" holds a free-form "town, country" location, not a street address: not imported.
    Adresse | - | Tours, France | Blois, France | Angers, France
    Conducteur | - | Oui | Non | Oui
    "" | - | "" | "" | ""
  `),
  set({ id: 'fr-classe-liste-eleves-prenom-nom-email', kind: 'French teaching platform\'s class roster paste-in, ";" separated, header line recognised by its parser (first name, surname, e-mail)', lang: 'fr', defaultCountry: 'FR', source: 'index:65934375445 (a classroom roster importer, PHP)' }, `
    Prénom | firstName | Lina | Noah | Chloé
    Nom | lastName | Mercier | Bertrand | Faure
    Email | email | lina.mercier@example.fr | noah.bertrand@example.fr | chloe.faure@example.fr
  `),
  set({ id: 'fr-cabinet-patients-import-antecedents', kind: 'French medical practice app\'s patient import in Windows-1252, ";" separated, from its tests (surname, first name, birth date, phone, medical history)', lang: 'fr', defaultCountry: 'FR', source: 'index:71256248008 (a patient import page\'s tests, TypeScript)' }, `
    Nom | lastName | Rolland | Besnard | Weber
    Prénom | firstName | Gisèle | Théo | Anaïs
    Date de naissance | dateOfBirth | 04/09/1952 | 17/06/2010 | 29/02/1996
    Téléphone | phone | 02 99 31 44 10 | 06 45 78 12 90 | 07 12 65 43 98
    Antécédents | - | hypertension | asthme | ""
  `),
  set({ id: 'fr-ecole-eleves-import-genre-date-naissance', kind: 'French school app\'s pupil import, ";" separated, from its header-normalisation test (surname, first name, birth date, gender, e-mail)', lang: 'fr', defaultCountry: 'FR', source: 'index:52431670534 (a pupil CSV import service\'s tests, PHP)' }, `
    Nom | lastName | Marie | Brunet | Lacroix
    Prénom | firstName | Jules | Manon | Ethan
    Date de naissance | dateOfBirth | 08/01/2012 | 22/10/2011 | 13/05/2012
    Genre | - | M | F | M
    Email | email | jules.marie@example.fr | manon.brunet@example.fr | ""
  `),
  set({ id: 'fr-association-adherents-import-commissions', kind: 'French neighbourhood association\'s member import file described in its setup notes (number, surname, first name, address, postcode, town, an unused column, phone, e-mail, committees, linked member\'s e-mail, amount)', lang: 'fr', defaultCountry: 'FR', source: 'index:33473529540 (an association app\'s import notes, Markdown)' }, `
    numero | externalId | 17 | 23 | 41
    nom | lastName | Tessier | Carré | Moulin
    prénom | firstName | Sylvie | Olivier | Jeanne
    adresse | address1 | 8 rue de la Gaîté | 31 avenue du Maine | 5 villa Daviel
    code postal | postalCode | 75014 | 75014 | 75013
    commune | city | Paris | Paris | Paris
    N/A | - | "" | "" | ""
    téléphone | phone | 06 81 22 90 14 | "" | 01 45 89 30 22
    email | email | sylvie.tessier@example.fr | olivier.carre@example.com | ""
    # The committees a member sits on are groups the person belongs to: Tags.
    Commissions | tags | Jardins | Fête de quartier | ""
    # Another member's e-mail this one is linked to is not this person's: not imported.
    A associer à (email) | - | "" | "" | sylvie.tessier@example.fr
    montant | - | 20 | 20 | 10
  `),
  set({ id: 'fr-etudiants-fichier-servlet-sans-entete', kind: 'French student registration servlet\'s CSV file, one student a line separated by ";" with no header row (its header line is never written): surname, first name, e-mail', lang: 'fr', noHeader: true, defaultCountry: 'FR', source: 'index:25508589256 (a registration servlet, Java)' }, `
    "" | lastName | Aubry | Marchal | Benoit
    "" | firstName | Pauline | Kylian | Océane
    "" | email | pauline.aubry@example.fr | kylian.marchal@example.com | oceane.benoit@example.fr
  `),
  set({ id: 'fr-gestion-commerciale-abonnes-article-export-large', kind: 'French business management software\'s subscriber list for one subscription item, a ";" export (item reference and label, state, subscription dates, then the client\'s reference, two name lines, category, three address lines, postcode, town, country, address notes, two phones, fax, e-mail; all 23 columns)', lang: 'fr', defaultCountry: 'FR', source: 'index:34677089001 (a subscriptions export page, PHP)' }, `
    # What the subscription is about (item, state, dates) is not a contact field.
    Référence article | - | ABO-MAINT-01 | ABO-MAINT-01 | ABO-MAINT-01
    Libellé article | - | Contrat de maintenance annuel | Contrat de maintenance annuel | Contrat de maintenance annuel
    Etat | - | en cours | en cours | préavis
    Date de souscription | - | 01/02/2024 | 15/09/2025 | 01/03/2023
    Date d'écheance | - | 01/02/2027 | 15/09/2026 | 01/03/2027
    Date de préavis | - | 01/12/2026 | 15/07/2026 | 01/01/2027
    Date de fin d'engagement | - | 31/01/2027 | 14/09/2026 | 28/02/2027
    Date de fin d'abonnement | - | "" | "" | 28/02/2027
    # The client's reference in the software is the External ID.
    Référence contact | externalId | C000412 | C000587 | C000133
    # The first name line holds the client's whole name; the second is a complement.
    Nom du client 1 | name | Mme Catherine Vidal | Boulangerie Roux | M. Patrick Girard
    Nom du client 2 | - | "" | Chez Sébastien | ""
    Catégorie de client | tags | Particulier | Professionnel | Particulier
    Adresse 1 | address1 | 18 rue Pasteur | 2 place de l'Église | 45 chemin des Vignes
    Adresse 2 | - | Résidence Les Tilleuls | "" | ""
    Adresse 3 | - | "" | "" | Lieu-dit La Combe
    Code Postal | postalCode | 69006 | 38000 | 26200
    Ville | city | Lyon | Grenoble | Montélimar
    Pays | country | France | France | France
    Informations Adresse | - | Code porte 4521 | "" | Portail vert
    tel 1 | phone | 04 78 52 10 33 | 04 76 44 18 20 | 04 75 01 22 90
    tel 2 | additionalPhones | 06 12 34 98 76 | "" | 06 88 45 12 03
    fax | - | "" | 04 76 44 18 21 | ""
    email | email | c.vidal@example.fr | contact@example.com | ""
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-associazione-ospiti-modello-import-ospite-di', kind: 'Italian association plugin\'s guest import template, ";" separated (kind, name, surname, mobile, the member number of the host)', lang: 'it', defaultCountry: 'IT', source: 'index:70880118234 (a WordPress association plugin\'s import page, PHP)' }, `
    # The kind of person (ospite, socio) is a category the person is filed under: Tags.
    Tipo | tags | ospite | ospite | ospite
    Nome | firstName | Ornella | Walter | Graziella
    Cognome | lastName | Pagano | Sartori | Mazza
    Cellulare | phone | 333 987 6543 | 347 112 2233 | 320 556 7788
    # The number of the member who brings the guest is another person's: not imported.
    Ospite di | - | 12 | 47 | 12
  `),
  set({ id: 'it-esercizio-elenco-persone-cellulare-eta', kind: 'Italian C exercise\'s list of people written to a ";" CSV (name, surname, mobile, age, a rating)', lang: 'it', defaultCountry: 'IT', source: 'index:22130814570 (a C exercise, its CSV writer)' }, `
    nome | firstName | Camilla | Aurora | Sofia
    cognome | lastName | Basile | Parisi | Donati
    cellulare | phone | 3401122334 | 3485566778 | 3339988776
    eta | - | 24 | 27 | 22
    indice di gradimento | - | 7 | 9 | 8
  `),
  set({ id: 'it-universita-porte-aperte-estate-export', kind: 'Italian university\'s summer open-days registration export (name, surname, address, CAP, town, e-mail, phone, birth date and place, school, activities, references, degree course, tax code, visit date)', lang: 'it', defaultCountry: 'IT', source: 'index:7160073114 (a Symfony form bundle\'s export controller, PHP)' }, `
    Nome | firstName | Gabriele | Elena | Pietro
    Cognome | lastName | Vitale | Morelli | Bellini
    Indirizzo | address1 | Via Garibaldi 14 | Corso Italia 220 | Via dei Mille 3
    CAP | postalCode | 20900 | 21052 | 20025
    Città | city | Monza | Busto Arsizio | Legnano
    Email | email | gabriele.vitale@example.it | elena.morelli@example.com | pietro.bellini@example.it
    Tel. | phone | 039 245 6789 | 347 889 0011 | 331 220 4455
    Data di nascita | dateOfBirth | 12/02/2008 | 30/06/2007 | 18/11/2008
    Luogo di nascita | - | Monza | Gallarate | Legnano
    Scuola di provenienza | - | Liceo Zucchi | ITIS Facchinetti | Liceo Galilei
    Partecipato altre attività | - | No | Sì | No
    Attività | - | "" | Laboratorio di chimica | ""
    Altra attività | - | "" | "" | ""
    # How the pupil heard of the open days is about the event: not imported.
    Referenze | - | Sito web | Professori | Amici
    Altra referenza | - | "" | "" | Instagram
    Corso di laurea | - | Ingegneria | Biotecnologie | Economia
    Codice Fiscale | - | VTLGBR08B12F704X | MRLLNE07H70D869Y | BLLPTR08S18E514Z
    # The last header carries a stray ";" in the source.
    Data di visita; | - | 15/07/2026 | 16/07/2026 | 15/07/2026
  `),
  set({ id: 'it-scuola-nuovi-utenti-importazione-semplice', kind: 'Italian school platform\'s simple new-user import format shown on its admin page (name, surname, tax code, e-mail)', lang: 'it', defaultCountry: 'IT', source: 'index:11402608489 (a school platform\'s user import page, PHP)' }, `
    nome | firstName | Marta | Giacomo | Cristina
    cognome | lastName | Cattaneo | Ruggiero | Farina
    codice fiscale | - | CTTMRT80A41F205X | RGGGCM75C12H501Y | FRNCST88D55L219Z
    email | email | marta.cattaneo@example.it | giacomo.ruggiero@example.it | cristina.farina@example.com
  `),
  set({ id: 'it-esercizio-studenti-riga-voto-senza-intestazione', kind: 'Italian Go exercise\'s student record line, ";" separated with no header (name, surname, e-mail, last mark)', lang: 'it', noHeader: true, defaultCountry: 'IT', source: 'index:28616255408 (a programming exercise sheet, Markdown)' }, `
    "" | firstName | Filippo | Asia | Edoardo
    "" | lastName | Negri | Rota | Fabbri
    "" | email | filippo.negri@example.it | asia.rota@example.it | edoardo.fabbri@example.it
    "" | - | 27 | 30 | 24
  `),
  set({ id: 'it-eventi-contatti-export-evento-segmento', kind: 'Italian event marketing tool\'s contact export (name, surname, e-mail, phone, event, segment)', lang: 'it', defaultCountry: 'IT', source: 'index:53771111253 (an event contacts export API, JavaScript)' }, `
    nome | firstName | Angela | Fabio | Veronica
    cognome | lastName | Mele | Guerra | Palumbo
    email | email | angela.mele@example.it | fabio.guerra@example.com | veronica.p@example.it
    telefono | phone | +39 348 123 4567 | +39 02 4455 6677 | ""
    evento | - | Fiera Casa 2026 | Fiera Casa 2026 | Wedding Expo
    # The list segment a contact is filed under is a category: Tags.
    segment | tags | A | C | B
  `),
  set({ id: 'it-onlus-soci-privati-import-ruolo', kind: 'Italian nonprofit CRM\'s private member import example from its guide (name, surname, e-mail, phone, role)', lang: 'it', defaultCountry: 'IT', source: 'index:954899615 (a nonprofit CRM\'s import guide, Markdown)' }, `
    Nome | firstName | Luigia | Ettore | Michela
    Cognome | lastName | Marchi | Bassi | Coppola
    Email | email | luigia.marchi@example.it | ettore.bassi@example.com | michela.coppola@example.it
    Telefono | phone | 3351234987 | 3389876123 | 0516789012
    Ruolo | - | socio | socio | volontario
  `),
  set({ id: 'it-congregazione-proclamatori-modello-import', kind: 'Italian congregation scheduling app\'s member import template, ";" separated with a BOM (surname and name in one column, congregation, privilege, age, year, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:71638445392 (a scheduling app\'s import dialog, template download, React)' }, `
    # The source writes a byte-order mark before "COGNOME E NOME". The column holds the whole name, surname first.
    COGNOME E NOME | name | Esposito Carmela | Ferrara Giuseppe | Lombardo Irene
    # The congregation a person belongs to is a group: Tags.
    CONGREGAZIONE | tags | Napoli Est | Napoli Est | Caserta Centro
    PRIVILEGIO | - | PA | SM | ""
    ETÀ | - | 44 | 51 | 29
    DATA | - | 2001 | 1994 | 2015
    NOTE | - | "" | Impianto audio | ""
  `),
  set({ id: 'it-registro-scuola-studenti-import-email-genitore', kind: 'Italian school register app\'s student import as documented in its README, ";" separated (surname, name, birth date, e-mail, phone, class, parent\'s e-mail)', lang: 'it', defaultCountry: 'IT', source: 'index:55047865682 (a school app\'s README, student CSV)' }, `
    cognome | lastName | Riva | Sanna | Pace
    nome | firstName | Giorgia | Manuel | Bianca
    data di nascita | dateOfBirth | 2009-03-21 | 2008-12-02 | 2009-07-09
    email | email | giorgia.riva@example.it | manuel.sanna@example.it | bianca.pace@example.it
    telefono | phone | 3451239876 | 3298761234 | ""
    classe | - | 4A | 4A | 4B
    # The parent's e-mail is not the pupil's.
    email_genitore | - | genitori.riva@example.com | sanna.famiglia@example.it | ""
  `),
  set({ id: 'it-rubrica-dati-csv-telefono-prima-email', kind: 'Italian C# address book exercise\'s data file, ";" separated, as shown in its README (name, surname, phone, e-mail)', lang: 'it', defaultCountry: 'IT', source: 'index:36911923230 (a C# exercise\'s README)' }, `
    Nome | firstName | Tommaso | Nadia | Samuele
    Cognome | lastName | Mariani | Gatti | Pellegrino
    Telefono | phone | 3281122334 | 0541223344 | 3397788990
    Email | email | tommaso.mariani@example.it | nadia.gatti@example.it | samuele.p@example.it
  `),
  set({ id: 'it-calcio-evento-partecipanti-export-card', kind: 'Italian football club event\'s participant export (surname, name, birth date and place, province of birth, town and province of residence, e-mail, phone, club card and its number, booking kind)', lang: 'it', defaultCountry: 'IT', source: 'index:8076869500 (an event booking admin page, CSV export, JavaScript)' }, `
    Cognome | lastName | Cirillo | Santoro | De Angelis
    Nome | firstName | Alessio | Federica | Marco
    Data di nascita | dateOfBirth | 03/05/2012 | 21/09/1985 | 11/01/1979
    Luogo di nascita | - | Roma | Frosinone | Roma
    Provincia di nascita | - | RM | FR | RM
    Luogo di residenza | city | Roma | Ciampino | Fiumicino
    Provincia di residenza | state | RM | RM | RM
    Email | email | famiglia.cirillo@example.it | federica.santoro@example.com | marco.deangelis@example.it
    Telefono | phone | 3471234567 | 3289876543 | 3356677889
    AS Roma Card | - | Sì | No | Sì
    # The club card number is the person's id in the club's own system.
    Numero AS Roma Card | externalId | 100234567 | "" | 100987654
    Tipo prenotazione | - | Bambino | Adulto | Adulto
  `),
  set({ id: 'it-evento-registrazioni-export-azienda-presente', kind: 'Italian event check-in app\'s registrant export (id, name, surname, phone, e-mail, company, present)', lang: 'it', defaultCountry: 'IT', source: 'index:66819188535 (an event check-in web page, CSV export, JavaScript)' }, `
    # A registration list's own row id is not imported.
    id | - | 1 | 2 | 3
    nome | firstName | Raffaele | Chiara | Maurizio
    cognome | lastName | Greco | Benedetti | Fontana
    telefono | phone | 3391231234 | 3474564567 | 0239876543
    email | email | raffaele.greco@example.it | chiara.benedetti@example.com | m.fontana@example.it
    azienda | companyName | Greco Impianti | Studio Benedetti | ""
    presente | - | SI | NO | SI
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-nonprofit-volunteer-attendance-report', kind: 'nonprofit volunteer platform\'s attendance report export (volunteer name, e-mail, phone, event title, type and date, assigned at, status)', lang: 'en', source: 'index:52931206656 (an Express volunteer reports route, JavaScript)' }, `
    Volunteer Name | name | Hannah Li | Owen Fitzgerald | Tasha Greene
    Email | email | hannah.li@example.org | owen.fitz@example.com | tgreene@example.org
    Phone | phone | 312-555-0108 | "" | (773) 555-0164
    Event Title | - | Park Cleanup | Food Drive | Park Cleanup
    Event Type | - | environment | hunger relief | environment
    Event Date | - | 2026-04-18T09:00:00.000Z | 2026-05-02T14:00:00.000Z | 2026-04-18T09:00:00.000Z
    Assigned At | - | 2026-04-01T16:22:10.000Z | 2026-04-20T11:05:44.000Z | 2026-04-03T08:41:57.000Z
    Status | - | accepted | accepted | accepted
  `),
  set({ id: 'en-volunteer-applications-export-engagement-transport', kind: 'volunteer engagement platform\'s application export (volunteer name, e-mail, phone, engagement, role, status, requested date, experience, skills, transportation)', lang: 'en', source: 'index:5549560020 (a volunteer applications store, CSV export, TypeScript)' }, `
    Volunteer Name | name | Allison Park | Derrick Moore | Sofia Bianchi
    Email | email | allison.park@example.org | dmoore@example.com | sofia.b@example.org
    Phone | phone | (206) 555-0114 | 206-555-0159 | ""
    Engagement | - | Spring Food Drive | Literacy Tutoring | Spring Food Drive
    Role | - | Sorter | Tutor | Driver
    Status | - | approved | pending | approved
    Requested Date | - | 2026-03-02 | 2026-03-05 | 2026-03-06
    Experience | - | Some | None | Extensive
    Skills | - | Lifting | Reading, Patience | CDL
    Transportation | - | Own car | Bus | Own truck
  `),
  set({ id: 'en-blood-drive-camp-donors-export-units', kind: 'blood donation camp app\'s registered donor export (donor name, e-mail, phone, blood group, gender, status, units collected, notes)', lang: 'en', defaultCountry: 'IN', source: 'index:22765761311 (a blood bank API\'s camp report route, JavaScript)' }, `
    Donor Name | name | Rahul Verma | Sneha Iyer | Imran Qureshi
    Email | email | rahul.verma@example.in | sneha.iyer@example.com | ""
    Phone | phone | 98765 43210 | 91234 56789 | 99887 66554
    Blood Group | - | B+ | O- | AB+
    Gender | - | Male | Female | Male
    Status | - | Attended | Registered | Attended
    Units Collected | - | 1 | 0 | 1
    Notes | - | "" | Deferred: low Hb | ""
  `),
  set({ id: 'en-canvassing-donations-export-donor-address', kind: 'fundraising canvass app\'s donation export (worker, date, amount, type, on site, status, then the donor\'s name, e-mail, phone and address)', lang: 'en', source: 'index:48254672391 (a canvassing dashboard\'s donations view, CSV export, JavaScript)' }, `
    # The worker is the canvasser who took the gift, not a user of this import: not imported.
    Worker Name | - | Jess Alvarez | Tom Becker | Jess Alvarez
    Date | - | 2026-06-14 | 2026-06-14 | 2026-06-15
    Amount | - | 25.00 | 100.00 | 10.00
    Type | - | one-time | monthly | one-time
    On Site | - | Yes | No | Yes
    Status | - | paid | pending | paid
    Donor Name | name | Gloria Hayes | Victor Chen | Maureen O'Neil
    Email | email | ghayes@example.com | victor.chen@example.org | ""
    Phone | phone | (617) 555-0190 | 617-555-0121 | ""
    Address Line 1 | address1 | 48 Elm St | 1200 Beacon St | 7 Harbor View Rd
    Address Line 2 | - | Apt 2 | Unit 5B | ""
    City | city | Somerville | Brookline | Quincy
    State | state | MA | MA | MA
    Postal Code | postalCode | 02144 | 02446 | 02169
    Country | country | US | US | US
  `),
  set({ id: 'en-church-small-groups-absence-report', kind: 'church management app\'s small-group absence report export (group, member name, e-mail, phone, events, attended, missed, absence rate, last attended)', lang: 'en', source: 'index:56880415906 (a church groups report page, CSV export, React)' }, `
    # The group a member belongs to is Tags.
    Group | tags | Young Adults | Men's Breakfast | Young Adults
    Member Name | name | Isaiah Turner | Walter Briggs | Naomi Fields
    Email | email | isaiah.turner@example.com | wbriggs@example.org | ""
    Phone | phone | (214) 555-0162 | 214-555-0107 | (469) 555-0139
    Events in Period | - | 8 | 4 | 8
    Attended | - | 3 | 4 | 6
    Missed | - | 5 | 0 | 2
    Absence Rate | - | 63 | 0 | 25
    Last Attended | - | 2026-10-12 | 2026-11-29 | 2026-11-23
  `),
  set({ id: 'en-church-special-dates-export-occasion', kind: 'church membership app\'s special dates export (member name, e-mail, phone, occasion, date, person and spouse names, notes, from profile)', lang: 'en', source: 'index:53420114510 (a church app\'s special dates API route, CSV export, TypeScript)' }, `
    Member Name | name | Bernice Coleman | Harold Price | Latoya Simmons
    Email | email | bernice.c@example.com | hprice@example.org | latoya.s@example.com
    Phone | phone | 404-555-0128 | (770) 555-0183 | ""
    Occasion | - | Birthday | Anniversary | Birthday
    Date | - | 03-14 | 06-22 | 11-02
    # The person and spouse named by an occasion are not the member's own fields.
    Person Name | - | Bernice Coleman | "" | Jaden Simmons
    Spouse Name | - | "" | Ruth Price | ""
    Notes | - | "" | 40th | Son turns 10
    From Profile | - | true | false | false
  `),
  set({ id: 'en-ngo-donations-export-receipt-project', kind: 'NGO donation management dashboard\'s export (id, receipt number, donor name, e-mail, phone, address, amount, currency, method, project, status, date)', lang: 'en', defaultCountry: 'KE', source: 'index:66082594741 (an NGO donations page, CSV export, React)' }, `
    ID | - | don_8812 | don_8813 | don_8820
    Receipt Number | - | RCT-2026-0412 | RCT-2026-0413 | ""
    Donor Name | name | Wanjiru Kamau | Peter Otieno | Grace Mwangi
    Email | email | wanjiru.k@example.com | p.otieno@example.org | grace.mwangi@example.co.ke
    Phone | phone | 0712 345678 | 0722 987654 | ""
    # The address is written as one free line; it is the address line.
    Address | address1 | Ngong Rd, Kilimani, Nairobi | P.O. Box 1234, Kisumu | ""
    Amount | - | 5000 | 12000 | 2500
    Currency | - | KES | KES | KES
    Method | - | M-Pesa | Bank | Card
    Project Name | - | Clean Water | School Meals | Clean Water
    Status | - | completed | completed | pending
    Date | - | 2026-09-03 | 2026-09-04 | 2026-09-10
  `),
  set({ id: 'en-in-study-library-dues-export-title-block', kind: 'Indian study library app\'s outstanding dues export with a title, library and export date lines and a blank line above the header (member name, e-mail, phone, amount due, due date)', lang: 'en', defaultCountry: 'IN', above: [['SILENCE Outstanding Dues Export'], ['Library:', 'Quiet Corner Study Library'], ['Export Date:', '03 Dec 2026 09:15 AM'], []], source: 'index:60802895922 (a Flutter library app\'s CSV export service, Dart)' }, `
    Member Name | name | Ananya Deshpande | Karthik Rao | Meera Nair
    Email | email | ananya.d@example.in | karthik.rao@example.com | N/A
    Phone | phone | 98201 23456 | 99001 12233 | 94470 55667
    Outstanding Due (₹) | - | ₹1200 | ₹600 | ₹1800
    Due Date | - | 05 Dec 2026 | 10 Dec 2026 | 01 Dec 2026
  `),
];
