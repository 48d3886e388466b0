// The thirty-eighth held-out part of the auto-mapping corpus (see corpus-format.ts), fourth file, written as the second
// half of a thirty-seventh part (Spanish, Portuguese, French, Italian and English files; corpus-heldout38c.ts was its other
// half), folded into the thirty-eighth part with it (see corpus-heldout38c.ts): 56 header
// sets (510 columns, 304 of them expected to map; 11 Spanish, 13 Portuguese, 13 French, 11 Italian, 8 English; 2 files
// without a header row, 2 with lines above it (a section title; an open-data file's title and date lines)), mostly on
// public and non-profit registers and lists of people: association, club and neighbourhood-association member lists,
// a cinema club's and a library's users, school, school-sport and campus people lists, a civic participation tool's
// consented contacts, a hiring programme's candidates, a youth-travel association's request exports, a heating-oil
// buying group's orders, an Italian anti-money-laundering register's people, the Italian Interior Ministry's
// registers of local elected officials and of election candidates, an Australian open-data list of local
// councillors, canvassing and voter-file tools' exports and imports, a town's voter register.
// The header rows were found with the public code index (exact-string look-ups) and written down, with the mapping a
// careful person would choose by the field definitions and the rules, BEFORE the mapper was run on them and
// without reading the lexicon or the mapper. "index:<id>" names the code index's file the header text was read from
// (its repository is not known); the kind says what the file is. Sample values are made up in the shape of each
// file's own (no personal data or example rows from the sources are copied). Leading spaces of a header cell cannot
// be written in the table and are left out (a set's comment says where). Wide files are kept to their first
// columns, stopping at a column boundary. No set's headers repeat an older part's (each was compared lower-cased).
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
// Four Italian files were written blind by this file's writer and by the writer of corpus-heldout38b.ts at the same
// time: they were found at merging and dropped here (the counts above are with them: 52 sets remain). The two writers'
// labels agree on 30 of the 31 columns both wrote; the one difference is a "tipo" (a contact's kind) as Tags or nothing.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout38' }, table);

export const HELDOUT38D: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-aavv-biblioteca-usuarios', kind: 'neighbourhood association library\'s users sheet (app\'s CSV columns)', lang: 'es', source: 'index:19821558225 (a neighbours\' association library app, usuarios CSV)', defaultCountry: 'ES' }, `
    # Id_usuario: the library's own user id, the person's id in another system: External ID.
    Id_usuario | externalId | U-0041 | U-0042 | U-0043
    Nombre | firstName | Remedios | Vicent | Amparo
    Apellidos | lastName | Soler Climent | Ferrer Gil | Boix Martí
    Teléfono | phone | 962 41 08 77 | 611 203 954 | ""
    Correo | email | remesoler@correo.example | vferrer@mail.example | ""
    Dirección | address1 | C/ Major 12, 2º | Av. del Pla 45 | Pl. de l'Església 3
    Notas | - | "" | socio de la AAVV | lee en valenciano
  `),
  set({ id: 'es-cineclub-socios-sin-cabecera', kind: 'cinema club\'s member list as the server returns it (no header row; the page adds its own titles)', lang: 'es', source: 'index:43840740632 (a cinema club\'s socios list, comma-separated rows)', defaultCountry: 'ES', noHeader: true }, `
    # Columns as the page's titles name them: Nombre, Apellidos, Teléfono, Correo, Fecha de nacimiento, Fecha de alta,
    # Contraseña. The joining date and the password are not imported.
    "" | firstName | Inés | Rodrigo | Marta
    "" | lastName | Calvo Ruiz | Esteban | Prieto Sanz
    "" | phone | 654123987 | 699001122 | 620554433
    "" | email | ines.calvo@mail.example | rodri.e@post.example | mprieto@mail.example
    "" | dateOfBirth | 1988-04-12 | 1975-11-30 | 2001-02-07
    "" | - | 2023-09-01 | 2024-01-15 | 2024-10-03
    "" | - | cine88 | rodri75 | mp2001
  `),
  set({ id: 'es-socios-tabla-club', kind: 'club\'s member table (columns of the socios table, loaded from a sheet)', lang: 'es', source: 'index:8935240724 (a club app\'s SOCIOS insert)', defaultCountry: 'ES' }, `
    # COD_SOC, the member code: External ID. DNI and the password are not imported.
    COD_SOC | externalId | 101 | 102 | 103
    NOMBRE | firstName | Alberto | Nuria | Julián
    APELLIDOS | lastName | Gómez Vera | Lara Pons | Ortega
    DNI | - | 12345678Z | 87654321X | 11223344B
    TELEFONO | phone | 612345678 | 934556677 | 677889900
    EMAIL | email | agomez@mail.example | nlara@post.example | jortega@mail.example
    FECHA_NACI | dateOfBirth | 12/03/1980 | 25/07/1992 | 01/12/1968
    PASSWD | - | x7Ya | pp92 | jo68
  `),
  set({ id: 'es-taquilla-personas-carga', kind: 'box-office attendee list loaded from a sheet (personas table columns)', lang: 'es', source: 'index:17694732760 (a box office\'s personas import)', defaultCountry: 'ES' }, `
    # taquilla (the box office) and operacion (the operation) are about the sale, not the person.
    nombre | firstName | Lucía | Andrés | Pilar
    apellidos | lastName | Mora Gil | Blanco | Sáez Ortiz
    dni | - | 44556677K | 33221100M | 99887766T
    telefono | phone | 600112233 | 622334455 | 955443322
    email | email | lmora@mail.example | ablanco@post.example | psaez@mail.example
    taquilla | - | T1 | T1 | T2
    operacion | - | ALTA | ALTA | BAJA
  `),
  set({ id: 'es-equipo-jugadores-alta', kind: 'sports league\'s player registration (jugador table columns)', lang: 'es', source: 'index:34580779505 (a league app\'s jugador insert)', defaultCountry: 'ES' }, `
    # id_equipo: the team the player is registered with, a group the person belongs to: Tags.
    nombre | firstName | Hugo | Daniel | Sergio
    apellidos | lastName | Navarro | Ramos Pardo | Iglesias
    dni | - | 71234567L | 70987654P | 72345678H
    telefono | phone | 633445566 | 644556677 | 655667788
    email | email | hnavarro@mail.example | dramos@post.example | siglesias@mail.example
    observaciones | - | "" | lesionado | portero
    password | - | h1 | d2 | s3
    id_equipo | tags | 4 | 4 | 7
  `),
  set({ id: 'es-clinica-citas-export', kind: 'clinic\'s appointment export (CSV)', lang: 'es', source: 'index:55675484762 (a clinic\'s citas CSV export)' }, `
    # Folio: the appointment's number, not imported. Médico: the doctor who attends the patient, the user in charge of
    # the contact (like an assigned therapist): Contact owner. Specialty, date, time, type, status, notes: the booking's.
    Folio | - | CIT-0012 | CIT-0013 | CIT-0014
    Nombre | firstName | Mariana | Jorge | Fernanda
    Apellidos | lastName | Hernández | Pérez Luna | Ríos
    Teléfono | phone | 55 1234 5678 | 33 9876 5432 | 81 2345 6789
    Email | email | mariana.h@mail.example | jperez@post.example | frios@mail.example
    Especialidad | - | Pediatría | Cardiología | Dermatología
    Médico | owner | Dra. López | Dr. Salas | Dra. López
    Fecha | - | 2025-03-04 | 2025-03-04 | 2025-03-05
    Hora | - | 09:00 | 10:30 | 12:00
    Tipo | - | Primera vez | Seguimiento | Primera vez
    Estado | - | confirmada | pendiente | cancelada
    Notas | - | "" | trae estudios | ""
    Creada | - | 2025-02-20T10:11:00 | 2025-02-21T16:40:00 | 2025-02-22T08:05:00
  `),
  set({ id: 'es-aseguradora-clientes-tabla', kind: 'insurance office\'s client table (HTML table columns)', lang: 'es', source: 'index:29970564634 (an insurance app\'s clientes table)', defaultCountry: 'ES' }, `
    DNI | - | 23456789D | 34567890V | 45678901G
    Nombre | firstName | Manuel | Sofía | Ramón
    Apellidos | lastName | Castro Peña | Molina | Vega Ruiz
    Teléfono | phone | 968 123 456 | 670 987 654 | 968 654 321
    Dirección | address1 | C/ Trapería 8 | Av. Libertad 21, 3ºB | C/ Platería 4
    Email | email | mcastro@mail.example | smolina@post.example | rvega@mail.example
  `),
  set({ id: 'es-representantes-seccion', kind: 'entity export\'s representatives section (a title line above the header)', lang: 'es', source: 'index:67152924049 (an organisation record\'s CSV export, REPRESENTANTES section)', defaultCountry: 'ES', above: [['REPRESENTANTES']] }, `
    # The section's title line is above the header. Puesto (position) is a job title.
    Nombre | firstName | Gloria | Raúl | Teresa
    Apellidos | lastName | Campos | Ibáñez Soto | Rubio
    Teléfono | phone | 915 432 100 | 600 778 899 | ""
    Email | email | gcampos@asoc.example | ribanez@asoc.example | trubio@asoc.example
    Puesto | - | Presidenta | Tesorero | Secretaria
  `),
  set({ id: 'es-usuarios-panel-token', kind: 'admin panel\'s users table (columns of the user list)', lang: 'es', source: 'index:3583563301 (an admin panel\'s users table)', defaultCountry: 'ES' }, `
    # Password, token and its validity, and the record's dates are not imported.
    Email | email | ana.r@mail.example | luis.m@post.example | eva.s@mail.example
    Password | - | $2a$10$abc | $2a$10$def | $2a$10$ghi
    Token | - | 9f3a1c | "" | 77b2de
    Fecha de validez del token | - | 2025-01-10 | "" | 2025-02-01
    Nombre | firstName | Ana | Luis | Eva
    Apellidos | lastName | Romero | Martín Díaz | Santos
    Teléfono | phone | 611223344 | 622334455 | ""
    Fecha de baja | - | "" | 2024-12-01 | ""
    Fecha de creación | - | 2024-03-01 | 2024-03-02 | 2024-04-15
    Fecha de modificación | - | 2024-11-20 | 2024-12-01 | 2024-04-15
  `),
  set({ id: 'es-buscar-cliente-tabla', kind: 'desktop app\'s client search table (column titles)', lang: 'es', source: 'index:12012056925 (a desktop app\'s BuscarCliente table)' }, `
    ID | externalId | 15 | 16 | 17
    NOMBRE | firstName | Rosa | Miguel | Carmen
    APELLIDOS | lastName | Quispe Mamani | Torres | Huamán
    TELÉFONO | phone | 987654321 | 912345678 | 01 4567890
    DIRECCIÓN | address1 | Jr. Lampa 450 | Av. Arequipa 1200 | Calle Los Pinos 33
  `),
  set({ id: 'es-banca-perfil-empleado', kind: 'bank back-office\'s staff profile view (field titles)', lang: 'es', source: 'index:32405183599 (a bank back-office\'s perfil titles)', defaultCountry: 'ES' }, `
    # Número de empleado: the staff id, External ID. Superior (a manager's name), the hiring date, documents and the
    # profile picture are not imported.
    Número de empleado | externalId | E-2031 | E-2032 | E-2033
    Nombre | firstName | Irene | Óscar | Lorena
    Apellidos | lastName | Pascual Roca | Cabrera | Méndez Gil
    Teléfono | phone | 913 456 789 | 600 987 123 | 644 321 987
    Email | email | irene.pascual@banco.example | oscar.cabrera@banco.example | lorena.mendez@banco.example
    Fecha de contratación | - | 2019-09-01 | 2021-02-15 | 2023-06-05
    Superior | - | Javier Ruiz | Irene Pascual | Irene Pascual
    Documentos | - | 2 | 0 | 1
    Imagen de perfil | - | ipascual.png | "" | lmendez.jpg
  `),
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-pessoas-campus-cabecalho', kind: 'public college\'s people export (semicolon CSV)', lang: 'pt', source: 'index:8678152818 (a college\'s Pessoa CSV writer)', defaultCountry: 'BR' }, `
    # The header ends with a ";" (an empty last cell), left out. perfil, tipo (docente, técnico, discente), tratamento
    # (a salutation), campus, titulacao and atuacao describe the person's role: not imported.
    nome | name | Luiz Fernando Alves | Cláudia Moura | Rafael Teixeira
    cpf | - | 22233344405 | 55566677708 | 88899900011
    telefone | phone | (61) 99812-3344 | (61) 3344-5566 | (62) 98765-1122
    email | email | luiz.alves@if.example | claudia.m@if.example | rafael.t@if.example
    dataNascimento | dateOfBirth | 1979-06-15 | 1985-02-28 | 1999-10-03
    perfil | - | servidor | servidor | aluno
    tipo | - | docente | técnico | discente
    sexo | - | M | F | M
    tratamento | - | Prof. | Sra. | Sr.
    campus | - | Brasília | Gama | Brasília
    titulacao | - | Doutorado | Especialização | ""
    atuacao | - | Ensino | Administração | ""
  `),
  set({ id: 'pt-alunos-arquivo-sem-cabecalho', kind: 'school\'s pupil file (no header row; the format is given in a comment)', lang: 'pt', source: 'index:9338935615 (a school app\'s alunos file writer, nome;cpf;telefone;email;matricula;anoLetivo)', defaultCountry: 'BR', noHeader: true }, `
    # Columns: nome, cpf, telefone, email, matricula (the enrolment number, the pupil's id: External ID), anoLetivo
    # (the school year, not imported).
    "" | name | Beatriz Nogueira | Enzo Carvalho | Lívia Duarte
    "" | - | 321.654.987-01 | 654.987.321-02 | 987.321.654-03
    "" | phone | (11) 98888-1111 | (11) 97777-2222 | (11) 3555-4444
    "" | email | bia.n@mail.example | enzo.c@mail.example | livia.d@mail.example
    "" | externalId | 2024001 | 2024002 | 2024003
    "" | - | 2024 | 2024 | 2025
  `),
  set({ id: 'pt-contatos-consentidos-bairro', kind: 'civic mobilisation tool\'s consented contacts import (test file)', lang: 'pt', source: 'index:62242172421 (a civic participation app\'s contacts CSV parser test)', defaultCountry: 'BR' }, `
    # bairro is a neighbourhood; the engagement level and the consent are not imported.
    nome | name | Carla Mendes | Roberto Dias | Sílvia Pacheco
    telefone | phone | (51) 99123-4567 | (51) 3222-1100 | ""
    email | email | carla.m@mail.example | "" | silvia.p@post.example
    bairro | - | Centro | Sarandi | Restinga
    nivel_engajamento | - | alto | medio | baixo
    consentimento | - | Sim | Sim | true
  `),
  set({ id: 'pt-formulario-inscricao-selecao', kind: 'sign-up form\'s responses file (CSV written per form)', lang: 'pt', source: 'index:1924922669 (a form backend\'s CSV writer, Nome;Telefone;E-mail;Cidade;UF;Selecao)', defaultCountry: 'BR' }, `
    # Selecao: the option chosen on the form, what the form is about: not imported.
    Nome | name | Fábio Rezende | Juliana Costa | Marcos Vieira
    Telefone | phone | (31) 99876-1234 | (31) 3456-7788 | (34) 99111-2233
    E-mail | email | fabio.r@mail.example | ju.costa@post.example | marcos.v@mail.example
    Cidade | city | Belo Horizonte | Contagem | Uberlândia
    UF | state | MG | MG | MG
    Selecao | - | Oficina A | Oficina B | Oficina A
  `),
  set({ id: 'pt-hospedes-relatorio-arquivo', kind: 'guest house\'s guest report (semicolon file)', lang: 'pt', source: 'index:54792792199 (a guest register\'s report writer)', defaultCountry: 'BR' }, `
    ID | externalId | 1 | 2 | 3
    Nome | name | Helena Prado | Otávio Lins | Renata Farias
    CPF | - | 12312312387 | 45645645612 | 78978978934
    Telefone | phone | (71) 99234-5678 | (71) 3321-4455 | (75) 98876-5544
    Email | email | helena.p@mail.example | otavio.l@post.example | ""
    Sexo | - | F | M | F
    EstadoCivil | - | Casada | Solteiro | Solteira
    DataNascimento | dateOfBirth | 12/04/1986 | 30/01/1991 | 08/08/1975
  `),
  set({ id: 'pt-oficina-clientes-export', kind: 'repair shop\'s client export (CSV endpoint)', lang: 'pt', source: 'index:56088440017 (a repair shop API\'s clientes export)', defaultCountry: 'BR' }, `
    Nome | name | Paulo Henrique Reis | Cristina Barros | André Tavares
    CPF | - | 111.444.777-35 | 222.555.888-46 | 333.666.999-57
    Telefone | phone | (41) 99988-7766 | (41) 3233-4455 | (42) 99877-6655
    Email | email | paulo.reis@mail.example | cris.b@post.example | ""
  `),
  set({ id: 'pt-modelo-clientes-parcelas', kind: 'lending tool\'s client import template (downloadable model)', lang: 'pt', source: 'index:66575181623 (a lending app\'s modelo-clientes.csv)', defaultCountry: 'BR' }, `
    # valor and parcelas (the amount and the instalments) are about the loan.
    nome | name | Sebastião Rocha | Aparecida Melo | Geraldo Nunes
    cpf | - | 444.555.666-77 | 777.888.999-00 | 123.123.123-12
    telefone | phone | (32) 99901-2345 | (32) 3215-6677 | (32) 98812-3344
    email | email | seb.rocha@mail.example | "" | geraldo.n@post.example
    cidade | city | Juiz de Fora | Muriaé | Juiz de Fora
    uf | state | MG | MG | MG
    valor | - | 2500 | 1200 | 4000
    parcelas | - | 5 | 3 | 10
  `),
  set({ id: 'pt-modelo-consignado-beneficio', kind: 'payroll-loan CRM\'s lead import model (CSV shown on the import page)', lang: 'pt', source: 'index:55705972423 (a payroll-loan CRM\'s import model)', defaultCountry: 'BR' }, `
    # beneficio: the social-security benefit number (a national number), not imported; margem (the loan margin) neither.
    nome | name | Raimundo Farias | Terezinha Lopes | Joaquim Braga
    cpf | - | 234.567.890-12 | 345.678.901-23 | 456.789.012-34
    telefone | phone | (11) 98765-4321 | (21) 99654-3210 | (85) 98543-2109
    email | email | raimundo.f@mail.example | "" | joaquim.b@post.example
    uf | state | SP | RJ | CE
    cidade | city | Campinas | Niterói | Fortaleza
    beneficio | - | 1234567890 | 2345678901 | 3456789012
    margem | - | 350.00 | 120.50 | 410.00
  `),
  set({ id: 'pt-cadastro-pessoas-senha-sexo', kind: 'people register\'s data file (semicolon lines)', lang: 'pt', source: 'index:28601938235 (a register\'s persistence format ID;NOME;CPF;TELEFONE;EMAIL;SENHA;SEXO)', defaultCountry: 'BR' }, `
    ID | externalId | 10 | 11 | 12
    NOME | name | Ivone Castro | Wagner Pires | Débora Sales
    CPF | - | 98765432100 | 87654321099 | 76543210988
    TELEFONE | phone | 11987654321 | 1133445566 | 11976543210
    EMAIL | email | ivone.c@mail.example | wagner.p@post.example | debora.s@mail.example
    SENHA | - | ****** | ****** | ******
    SEXO | - | F | M | F
  `),
  set({ id: 'pt-alunos-planilha-matricula', kind: 'school\'s pupil sheet as an import test file (Excel CSV, semicolons)', lang: 'pt', source: 'index:68535311889 (a school app\'s alunos spreadsheet import test)', defaultCountry: 'BR' }, `
    # Matrícula: the enrolment number, the pupil's id in the school's system: External ID.
    Matrícula | externalId | 1601 | 1602 | 1603
    Nome | name | LARISSA MOURA | PEDRO HENRIQUE LIMA | ANA CLARA SOUSA
    Telefone | phone | 82988887777 | 82999996666 | 8233334444
    CPF | - | 555.444.333-22 | 666.555.444-33 | 777.666.555-44
  `),
  set({ id: 'pt-motoristas-relatorio-csv', kind: 'fleet app\'s driver report (CSV export)', lang: 'pt', source: 'index:58011321898 (a fleet app\'s motoristas report export)', defaultCountry: 'BR' }, `
    # Of the two ids, the first (ID) is the External ID and the Matrícula (staff number) is not imported.
    ID | externalId | 1 | 2 | 3
    Matrícula | - | M-0301 | M-0302 | M-0303
    Nome | name | Edson Moreira | Cícero Batista | Valdir Santana
    Telefone | phone | (79) 99812-3456 | (79) 99923-4567 | (79) 3211-0099
    Ativo | - | Sim | Sim | Não
  `),
  set({ id: 'pt-torneio-inscritos-export', kind: 'sports tournament\'s registered players export (CSV)', lang: 'pt', source: 'index:56798880803 (a tournament app\'s players CSV export)', defaultCountry: 'BR' }, `
    # Inscrições: the number of registrations, not imported.
    Nome | name | Thiago Barbosa | Larissa Campos | Vinícius Rocha
    Email | email | thiago.b@mail.example | larissa.c@post.example | vini.rocha@mail.example
    Telefone | phone | (48) 99654-3210 | (48) 99876-5432 | (47) 99123-4567
    Cidade | city | Florianópolis | São José | Joinville
    Inscrições | - | 2 | 1 | 3
  `),
  set({ id: 'pt-candidatos-importacao-origem', kind: 'training and hiring programme\'s candidate import (expected columns)', lang: 'pt', source: 'index:69600346248 (a selection process app\'s candidate CSV import)', defaultCountry: 'BR' }, `
    # formacao (education) and the consent are not imported; origem is the Source, tags the Tags.
    nome | name | Priscila Antunes | Gustavo Freitas | Yasmin Oliveira
    email | email | pri.antunes@mail.example | gustavo.f@post.example | yasmin.o@mail.example
    telefone | phone | (85) 99811-2233 | (85) 3244-5566 | (88) 99677-8899
    cidade | city | Fortaleza | Caucaia | Sobral
    formacao | - | Ensino Médio | Técnico em TI | Superior incompleto
    tags | tags | jovem aprendiz | ti;noturno | jovem aprendiz
    origem | source | CRAS | Instagram | Indicação
    consentimento | - | sim | sim | sim
  `),
  // ---------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-sejours-juniors-demandes', kind: 'youth holiday organiser\'s brochure requests export (CSV)', lang: 'fr', source: 'index:26994319390 (a youth travel association\'s junior requests export)', defaultCountry: 'FR' }, `
    # Destination and the two dates are about the request.
    Nom | lastName | Lefèvre | Garnier | Roux
    Prénom | firstName | Camille | Julien | Léa
    Adresse | address1 | 12 rue des Lilas | 3 allée du Parc | 45 bd Gambetta
    CP | postalCode | 44000 | 49100 | 35000
    Ville | city | Nantes | Angers | Rennes
    Tél | phone | 02 40 12 34 56 | 06 12 34 56 78 | 02 99 87 65 43
    Mail | email | c.lefevre@mail.example | jgarnier@post.example | lea.roux@mail.example
    Destination | - | Irlande | Malte | Angleterre
    Date | - | Juillet | Août | Juillet
    Date demande | - | 2024-02-11 | 2024-02-12 | 2024-03-01
  `),
  set({ id: 'fr-sejours-adultes-demandes', kind: 'study-stay organiser\'s adult requests export (CSV)', lang: 'fr', source: 'index:26848703804 (a language-stay association\'s adult requests export)', defaultCountry: 'FR' }, `
    Nom | lastName | Bernard | Chevalier | Fontaine
    Prénom | firstName | Sylvie | Olivier | Nadia
    Adresse | address1 | 7 rue Nationale | 18 av. Foch | 2 place du Marché
    CP | postalCode | 37000 | 86000 | 79000
    Ville | city | Tours | Poitiers | Niort
    Tél | phone | 02 47 11 22 33 | 06 98 76 54 32 | 05 49 00 11 22
    Mail | email | sylvie.b@mail.example | o.chevalier@post.example | nadia.f@mail.example
    Destination | - | Dublin | Brighton | Malte
    Formule | - | Cours + famille | Intensif | Cours + résidence
    Date demande | - | 2024-01-05 | 2024-01-09 | 2024-02-20
  `),
  set({ id: 'fr-contacts-connu-bec', kind: 'association website\'s contact-form export (CSV)', lang: 'fr', source: 'index:27104517947 (a youth exchange association\'s contact requests export)', defaultCountry: 'FR' }, `
    # "Connu BEC": how the person heard of the organisation (a "how did you hear about us?" column): Source.
    Nom | lastName | Morel | Girard | Lambert
    Prénom | firstName | Hélène | Thomas | Inès
    Adresse | address1 | 9 rue Pasteur | 31 rue Victor Hugo | 5 impasse des Roses
    CP | postalCode | 69003 | 42000 | 38000
    Ville | city | Lyon | Saint-Étienne | Grenoble
    Tél | phone | 04 78 12 34 56 | 06 11 22 33 44 | 04 76 55 44 33
    Mail | email | helene.morel@mail.example | tgirard@post.example | ines.l@mail.example
    Connu BEC | source | Salon | Internet | Bouche à oreille
    Message | - | Documentation svp | "" | Rappel souhaité
  `),
  set({ id: 'fr-groupement-fioul-commandes', kind: 'heating-oil buying group\'s order export (semicolon file)', lang: 'fr', source: 'index:22000847081 (a buying group\'s commandes export)', defaultCountry: 'FR' }, `
    # The order's date, quantities, prices, fuel, statuses and supplier codes are not contact fields. "Prix S" has a
    # leading space in the file (left out). Tel1 is the main phone, Tel2 an additional one. The header ends with a
    # ";" (an empty last cell), left out.
    Nom | lastName | DUBOIS | MARCHAND | PERRIN
    Prénom | firstName | Gérard | Annie | Michel
    Adresse | address1 | 4 route de Vannes | 11 rue du Moulin | Lieu-dit Kerbras
    CP | postalCode | 56000 | 56400 | 29000
    Ville | city | Vannes | Auray | Quimper
    Date | - | 12/10/2024 | 12/10/2024 | 13/10/2024
    Qté | - | 1000 | 1500 | 800
    Livré | - | 1000 | "" | 800
    Prix O | - | 1,089 | 1,089 | 1,095
    Prix S | - | 1,109 | 1,109 | 1,115
    Fuel | - | FOD | FOD | GNR
    Statut | - | Livrée | En attente | Livrée
    PMP | - | 1,05 | 1,05 | 1,06
    AF | - | 0 | 0 | 1
    FMC | - | "" | "" | ""
    FR | - | "" | "" | ""
    FM | - | "" | "" | ""
    Mail | email | g.dubois@mail.example | annie.m@post.example | ""
    Commentaire Fournisseur | - | "" | portail fermé le matin | ""
    Statut Client | - | Adhérent | Adhérent | Nouveau
    Tel1 | phone | 02 97 12 34 56 | 02 97 55 66 77 | 06 45 67 89 01
    Tel2 | additionalPhones | 06 12 34 56 78 | "" | ""
  `),
  set({ id: 'fr-personnes-entete-csv', kind: 'address book\'s person header (first columns of its CSV; the address columns follow from another class)', lang: 'fr', source: 'index:7148620417 (an address book\'s Personne.getHeader)', defaultCountry: 'FR' }, `
    # Only the person's own four header cells are known (the address part is built elsewhere).
    nom | lastName | Petit | Robin | Faure
    prénom | firstName | Lucas | Chloé | Antoine
    email | email | lucas.petit@mail.example | chloe.r@post.example | a.faure@mail.example
    téléphone | phone | 06 01 02 03 04 | 01 45 67 89 10 | 07 88 99 00 11
  `),
  set({ id: 'fr-clients-swing-tableau', kind: 'desktop app\'s client table (column titles)', lang: 'fr', source: 'index:32166001478 (a desktop app\'s clients JTable)', defaultCountry: 'FR' }, `
    ID Client | externalId | 21 | 22 | 23
    Nom | lastName | Bonnet | Dupuis | Lemoine
    Prénom | firstName | Élise | Karim | Sarah
    Email | email | elise.b@mail.example | karim.d@post.example | sarah.l@mail.example
    Téléphone | phone | 0612345678 | 0145678910 | 0798765432
    Adresse | address1 | 3 rue Lafayette, Paris | 27 av. Jean Jaurès, Lyon | 1 place Bellecour, Lyon
  `),
  set({ id: 'fr-membres-ajout-voie', kind: 'association\'s member form fields (members table)', lang: 'fr', source: 'index:8552680700 (an association app\'s AjoutMembre call)', defaultCountry: 'FR' }, `
    # numeroVoie, the house number alone, is not imported; nomVoie (the street) is the Address line 1.
    nom | lastName | Renard | Colin | Masson
    prenom | firstName | Aurélie | Bastien | Yasmine
    email | email | a.renard@mail.example | bcolin@post.example | y.masson@mail.example
    telephone | phone | 0601020304 | 0322334455 | 0766554433
    numeroVoie | - | 12 | 5 bis | 48
    nomVoie | address1 | rue Jean Moulin | avenue de la Gare | chemin des Vignes
    commune | city | Amiens | Abbeville | Péronne
    dateN | dateOfBirth | 1990-05-14 | 1972-09-01 | 2003-12-25
  `),
  set({ id: 'fr-ecole-enseignants-onglet', kind: 'school management app\'s teachers tab (column titles)', lang: 'fr', source: 'index:55589643762 (a school app\'s OngletEnseignants)' }, `
    # Of the two ids, ID is the External ID and the Matricule is not imported. Speciality, grade and status are not
    # imported (like a job title and a status).
    ID | externalId | 1 | 2 | 3
    Matricule | - | ENS-001 | ENS-002 | ENS-003
    Nom | lastName | Diop | Sarr | Ndiaye
    Prénom | firstName | Moussa | Fatou | Ibrahima
    Email | email | m.diop@ecole.example | f.sarr@ecole.example | i.ndiaye@ecole.example
    Téléphone | phone | 77 123 45 67 | 76 234 56 78 | 78 345 67 89
    Spécialité | - | Mathématiques | Français | SVT
    Grade | - | Professeur certifié | Professeur | Vacataire
    Statut | - | Actif | Actif | Congé
  `),
  set({ id: 'fr-bibliotheque-membres-onglet', kind: 'community library app\'s members tab (column titles)', lang: 'fr', source: 'index:30485011211 (a library app\'s Membres tab)', defaultCountry: 'FR' }, `
    # Date inscription: the joining date, not imported.
    Nom | lastName | Gauthier | Perrot | Caron
    Prénom | firstName | Louise | Mathis | Zoé
    Email | email | louise.g@mail.example | mathis.p@post.example | zoe.c@mail.example
    Téléphone | phone | 0611223344 | 0233445566 | 0755667788
    Date inscription | - | 2024-09-10 | 2024-09-12 | 2025-01-07
  `),
  set({ id: 'fr-centre-sportif-membres-fichier', kind: 'sports centre\'s member data file (membres.txt columns)', lang: 'fr', source: 'index:18359620655 (a sports centre app\'s data/membres.txt)', defaultCountry: 'FR' }, `
    # actif (a boolean) and the joining date are not imported.
    id | externalId | 1 | 2 | 3
    nom | lastName | Rousseau | Fournier | Vincent
    prenom | firstName | Nathalie | Kevin | Amandine
    email | email | n.rousseau@mail.example | kfournier@post.example | amandine.v@mail.example
    telephone | phone | 0612121212 | 0623232323 | 0634343434
    dateInscription | - | 2024-01-15 | 2024-02-01 | 2024-03-20
    actif | - | true | true | false
  `),
  set({ id: 'fr-unss-eleves-mails', kind: 'school sports association\'s pupil list import (end-to-end test file)', lang: 'fr', source: 'index:57353157442 (a school sports association app\'s UNSS import test)', defaultCountry: 'FR' }, `
    # The pupil is the contact: the class and the sex are not imported, nor the parents' email.
    Nom | lastName | LEROY | BENOIT | HAMIDI
    Prénom | firstName | Jade | Noah | Lina
    Né(e) le | dateOfBirth | 08/03/2011 | 17/10/2010 | 02/06/2012
    Classe | - | 4-02 | 3-01 | 5-03
    Sexe | - | Féminin | Masculin | Féminin
    Mail élève | email | jade.leroy@college.example | noah.benoit@college.example | lina.hamidi@college.example
    Mail parents | - | famille.leroy@mail.example | "" | hamidi.parents@mail.example
  `),
  set({ id: 'fr-pronote-eleves-accompagnement', kind: 'school software\'s pupil export as read by a class-making tool (test header)', lang: 'fr', source: 'index:61190320353 (a class-making tool\'s Pronote CSV test)', defaultCountry: 'FR' }, `
    # Prénom d'usage (the name the pupil goes by, beside the first name) is not imported; the class, the support
    # plan and the allergies neither.
    Nom | lastName | AUBERT | KONATÉ | VASSEUR
    Prénom | firstName | Maël | Awa | Capucine
    Né(e) le | dateOfBirth | 21/01/2013 | 30/08/2012 | 11/12/2012
    Prénom d'usage | - | "" | "" | Capu
    Sexe | - | G | F | F
    Classe | - | CM2A | CM2A | CM2B
    Projet d'accompagnement | - | "" | PAP | ""
    Allergies | - | arachide | "" | ""
  `),
  set({ id: 'fr-club-athletisme-effectif', kind: 'sports club\'s squad export (CSV)', lang: 'fr', source: 'index:70183712084 (a club app\'s squad CSV export)', defaultCountry: 'FR' }, `
    # Équipe: the team, a group the person belongs to: Tags. Licence: the federation's licence number, the member's
    # id in another system: External ID. The age category, the position, the bib number, the test scores and the
    # fees are not imported.
    Équipe | tags | U16 Filles | U18 Garçons | U16 Filles
    Nom | lastName | Perret | Gaillard | Moulin
    Prénom | firstName | Romane | Enzo | Clara
    Né(e) le | dateOfBirth | 14/04/2009 | 02/09/2007 | 28/01/2009
    Catégorie | - | Cadette | Junior | Cadette
    Poste | - | Demi-fond | Sprint | Haies
    N° | - | 12 | 7 | 21
    Téléphone | phone | 06 11 22 33 44 | 07 55 66 77 88 | ""
    VMA | - | 15,5 | 18 | 14
    VMI | - | "" | 19,5 | ""
    Licence | externalId | 1923456 | 1876543 | 1934567
    Cotisation attendue | - | 180 | 200 | 180
    Cotisation payée | - | 180 | 100 | 0
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-aui-anagrafica-soggetti', kind: 'anti-money-laundering single register\'s people file (column descriptions of the export)', lang: 'it', source: 'index:19847667034 (an AUI register\'s anagrafica column descriptions)', defaultCountry: 'IT' }, `
    # The link code is the person's fiscal code (a tax number): not imported. The one column without a description
    # is written as an empty header. Birth place, document and foreign fiscal code are not imported.
    Codice Collegamento (Codice Fiscale) | - | RSSMRA70A01F205X | BNCLRA82C45L219K | VRDGNN65M10H501Z
    Cognome | lastName | Russo | Bianco | Verdi
    Nome | firstName | Mario | Laura | Giovanni
    Indirizzo | address1 | Via Manzoni 14 | Corso Vittorio Emanuele 88 | Via Appia Nuova 210
    Città | city | Milano | Torino | Roma
    Provincia | state | MI | TO | RM
    Stato | country | ITALIA | ITALIA | ITALIA
    CAP | postalCode | 20121 | 10121 | 00183
    Data Nascita | dateOfBirth | 01/01/1970 | 05/03/1982 | 10/08/1965
    Luogo di Nascita | - | Milano | Torino | Roma
    Stato di nascita | - | ITALIA | ITALIA | ITALIA
    Provincia di nascita (EE se nato estero) | - | MI | TO | RM
    Sesso | - | M | F | M
    Tipo Documento | - | CI | PA | CI
    Numero Doc. | - | CA12345AB | YA1234567 | CA98765ZZ
    Data Rilascio Doc. | - | 12/05/2019 | 03/11/2020 | 21/07/2018
    "" | - | "" | "" | ""
    Autorità di rilascio | - | Comune di Milano | Questura di Torino | Comune di Roma
    Codice Fiscale Estero | - | "" | "" | ""
  `),
  set({ id: 'it-card-pratiche-agenti', kind: 'discount-card seller\'s practice export (CSV)', lang: 'it', source: 'index:41417279076 (a card seller\'s ADE practices export)', defaultCountry: 'IT' }, `
    # Agente: the agent who handles the client, the Contact owner. IDCliente: the client's id, External ID; the
    # practice, card, user, purchase and status ids, colours, prices and flags are not imported. Kept to the first
    # 29 columns.
    IDPratica | - | 5012 | 5013 | 5014
    DataInserimento | - | 2024-03-01 | 2024-03-01 | 2024-03-02
    Agente | owner | Ferri | Ferri | Colombo
    Icona | - | ok.png | wait.png | ok.png
    Codice fiscale | - | GLLPLA75B12F839Q | MRNSRA88D50A662T | CSTLCU90E15L736R
    Cognome | lastName | Galli | Marino | Costa
    Nome | firstName | Paola | Sara | Luca
    Indirizzo | address1 | Via Toledo 156 | Via Sparano 12 | Calle Larga 21
    Comune | city | Napoli | Bari | Venezia
    CAP | postalCode | 80134 | 70121 | 30124
    Provincia | state | NA | BA | VE
    IDCliente | externalId | 301 | 302 | 303
    IDTipoCard | - | 2 | 1 | 2
    Stato | - | Attiva | In attesa | Attiva
    ColoreStato | - | green | orange | green
    IDUtente | - | 7 | 7 | 9
    Card | - | Salute Plus | Base | Salute Plus
    Scadenza | - | 2025-03-01 | 2025-03-01 | 2025-03-02
    Email | email | paola.g@mail.example | sara.m@post.example | luca.c@mail.example
    Telefono | phone | 333 1234567 | 080 5211234 | 347 7654321
    ColoreCard | - | blue | grey | blue
    PrezzoVendita | - | 49.00 | 19.00 | 49.00
    IDStato | - | 3 | 1 | 3
    GiorniScadenza | - | 365 | 365 | 366
    IDAcquisto | - | 9001 | 9002 | 9003
    Attivata | - | 1 | 0 | 1
    PayPalStatus | - | Completed | Pending | Completed
    Pagata | - | 1 | 0 | 1
    CodiceProdotto | - | 00061 | 00061 | 00061
  `),
  set({ id: 'it-lido-clienti-ombrellone', kind: 'beach club\'s customer table (column titles)', lang: 'it', source: 'index:60251704914 (a beach club app\'s clienti table)', defaultCountry: 'IT' }, `
    # Omb.: the umbrella (the booking's place), not imported.
    Omb. | - | 12 | 34 | 7
    Cognome | lastName | Fontana | Greco | Rinaldi
    Nome | firstName | Marco | Giulia | Stefano
    Indirizzo | address1 | Via Roma 5, Rimini | Viale Ceccarini 40, Riccione | Via Dante 12, Cesena
    Telefono | phone | 0541 123456 | 349 1122334 | 338 9988776
    Cod. Fiscale | - | FNTMRC80A01H294K | GRCGLI92B41H274P | RNLSFN75C10C573Y
  `),
  set({ id: 'it-amministratori-comunali-dait', kind: 'Interior Ministry\'s open-data register of local elected officials (two title lines above the header)', lang: 'it', source: 'index:56900814534 (notes on the DAIT amministratori comunali CSV, its preamble and header)', defaultCountry: 'IT', above: [['Amministratori Comunali - elenco completo provincia di ragusa'], ['Aggiornato al 06/06/2026']] }, `
    # The region, province and municipality codes are not imported. The municipality the official sits for is the
    # town of the row (City) and the province's sigla the State. The office, its level and post, the dates, the
    # education and the profession are not imported; the list the official was elected with is a group the person
    # belongs to: Tags.
    codice_regione | - | 19 | 19 | 19
    codice_provincia | - | 065 | 065 | 065
    codice_comune | - | 0010 | 0010 | 0040
    denominazione_comune | city | ACATE | ACATE | COMISO
    sigla_provincia | state | RG | RG | RG
    popolazione_censita_alla_data_elezione | - | 10765 | 10765 | 30107
    cognome | lastName | LICITRA | DI STEFANO | CAMPAILLA
    nome | firstName | ROSARIO | CONCETTA | VINCENZO
    sesso | - | M | F | M
    data_nascita | dateOfBirth | 03/02/1970 | 21/09/1984 | 14/06/1962
    luogo_nascita | - | VITTORIA (RG) | RAGUSA (RG) | COMISO (RG)
    livello_carica | - | 10 | 50 | 120
    descrizione_carica | - | Sindaco | Assessore | Consigliere
    incarico | - | "" | Vicesindaco | ""
    data_elezione | - | 28/05/2023 | 28/05/2023 | 28/05/2023
    data_entrata_in_carica | - | 01/06/2023 | 09/06/2023 | 01/06/2023
    lista_appartenenza/collegamento | tags | ACATE BENE COMUNE | "" | COMISO AL CENTRO
    titolo_studio | - | Laurea Magistrale | Diploma | Laurea Triennale
    professione | - | Avvocati | "" | Agricoltori
  `),
  set({ id: 'it-associazione-anagrafiche-soci', kind: 'association\'s member register export (semicolon CSV, quoted headers)', lang: 'it', source: 'index:10889697393 (an association management app\'s anagrafiche export)', defaultCountry: 'IT' }, `
    # ID: the register's id, External ID; User (the login) is a second id, not imported. Tel1 is the main phone, Tel2
    # and Cell additional ones. Carica (an office in the association) is a role; Tipo socio (the kind of member) is
    # Tags. The deposit, the notes and the head of the family (a relative's name) are not imported.
    ID | externalId | 41 | 42 | 43
    Cognome | lastName | Pellegrini | Sartori | Monti
    Nome | firstName | Franco | Lucia | Emma
    User | - | fpellegrini | lsartori | ""
    Sesso | - | M | F | F
    Via | address1 | Via Garibaldi 18 | Via Verdi 3 | Via Garibaldi 18
    Cap | postalCode | 25121 | 25122 | 25121
    Citta | city | Brescia | Brescia | Brescia
    Prov | state | BS | BS | BS
    Data di nascita | dateOfBirth | 12/05/1958 | 30/11/1966 | 04/02/2009
    Tel1 | phone | 030 123456 | 030 654321 | ""
    Tel2 | additionalPhones | "" | 030 998877 | ""
    Cell | additionalPhones | 338 1234567 | 347 7654321 | 333 1122334
    Email | email | franco.p@mail.example | lucia.s@post.example | ""
    Carica | - | Presidente | Consigliere | NS
    Tipo socio | tags | Ordinario | Ordinario | Giovane
    Cauzione | - | 50 | 50 | 0
    Note | - | "" | chiavi sede | ""
    Capo Famiglia | - | "" | "" | Pellegrini Franco
  `),
  set({ id: 'it-elezioni-camera-candidati', kind: 'Interior Ministry\'s open-data list of candidates in a general election (test fixture)', lang: 'it', source: 'index:61999399470 (an elections app\'s camera candidate list fixture)', defaultCountry: 'IT' }, `
    # The election's date, kind and constituency codes, the birth place, the sex and the elected flag are not
    # imported; the party list the candidate stands for is a group the person belongs to: Tags.
    DATAELEZIONE | - | 25/9/2022 00:00:00 | 25/9/2022 00:00:00 | 25/9/2022 00:00:00
    CODTIPOELEZIONE | - | C | C | C
    Circoscrizione | - | MARCHE | MARCHE | UMBRIA
    CollPlurinom | - | MARCHE - P01 | MARCHE - P02 | UMBRIA - P01
    descrlista | tags | LISTA CIVICA A | LISTA B | LISTA CIVICA A
    cognome | lastName | PALMIERI | GIORDANO | MANCINI
    nome | firstName | ROBERTA | FILIPPO | ALDO
    datanascita | dateOfBirth | 2/3/1971 00:00:00 | 19/11/1980 00:00:00 | 7/7/1959 00:00:00
    luogonascita | - | ANCONA (AN) | FERMO (FM) | PERUGIA (PG)
    sesso | - | F | M | M
    CODTIPOELETTO | - | N | U | N
  `),
  set({ id: 'it-autoscuola-clienti-campi', kind: 'driving school\'s client file (columns listed in the model)', lang: 'it', source: 'index:34560809340 (a driving school app\'s Cliente columns)', defaultCountry: 'IT' }, `
    # The licence type and its expiry date are not imported. telefono is the main phone, cellulare an additional one;
    # localita is the town.
    id | externalId | 1 | 2 | 3
    cognome | lastName | Bruno | Ferraro | Testa
    nome | firstName | Nicola | Irene | Samuele
    indirizzo | address1 | Via Po 22 | Corso Francia 140 | Via Nizza 9
    cap | postalCode | 10123 | 10143 | 10125
    localita | city | Torino | Torino | Torino
    provincia | state | TO | TO | TO
    tipoPatente | - | B | A2 | B
    dataScadenza | - | 2031-04-12 | 2029-10-01 | 2033-01-20
    telefono | phone | 011 4567890 | "" | 011 6543210
    cellulare | additionalPhones | 340 1234567 | 347 2345678 | ""
    email | email | nicola.b@mail.example | irene.f@post.example | samu.testa@mail.example
    note | - | "" | foglio rosa | ""
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-canvass-voter-file-export', kind: 'canvassing tool\'s voter-file export (test of the exported header)', lang: 'en', source: 'index:60965039425 (a canvassing app\'s voter-file export test)' }, `
    # State Voter ID: the voter's id in the state file, External ID. Party and the tool's own DB ids are not imported.
    State Voter ID | externalId | FL100234 | FL100235 | FL100236
    First Name | firstName | Dolores | Wendell | Tamika
    Last Name | lastName | Ortiz | Hughes | Grant
    Party | - | DEM | REP | NPA
    Registered State | state | FL | FL | FL
    Address | address1 | 1412 Palmetto Dr | 88 Orange Blossom Ln | 301 Lake Ave Apt 4
    City | city | Kissimmee | Kissimmee | St. Cloud
    Zip Code | postalCode | 34741 | 34744 | 34769
    Household DB id | - | 65a1f0c2e1 | 65a1f0c2e2 | 65a1f0c2e3
    Voter DB id | - | 65a1f0d9a1 | 65a1f0d9a2 | 65a1f0d9a3
  `),
  set({ id: 'en-canvass-voter-import-coords', kind: 'canvassing tool\'s voter import fixture (CSV header of its tests)', lang: 'en', source: 'index:61021774636 (a canvassing app\'s import test fixture)' }, `
    # The coordinates are not contact fields.
    State Voter ID | externalId | NV200101 | NV200102 | NV200103
    First Name | firstName | Pat | Rosa | Glenn
    Last Name | lastName | Kimura | Delgado | Foster
    Phone | phone | (775) 555-0142 | "" | 775-555-0199
    Party | - | IAP | DEM | REP
    Address | address1 | 1650 E Basin Ave | 220 S Frontage Rd | 4100 Homestead Rd
    City | city | Pahrump | Pahrump | Pahrump
    Registered State | state | NV | NV | NV
    Zip Code | postalCode | 89060 | 89048 | 89061
    p_Latitude | - | 36.2101 | 36.2187 | 36.1542
    p_Longitude | - | -115.9512 | -115.9604 | -116.0011
  `),
  set({ id: 'en-election-voters-ward', kind: 'election administration tool\'s voter CSV (parser test)', lang: 'en', source: 'index:46233917085 (an election app\'s parseVotersFromCsvString test)' }, `
    # Ward: the voter's electoral ward, not imported (like a district).
    Voter ID | externalId | 1203 | 1204 | 1205
    First Name | firstName | Evelyn | Marcus | Jun
    Last Name | lastName | Brooks | Webb | Tanaka
    Postal Zip5 | postalCode | 03301 | 03303 | 03301
    Ward | - | 5 | 2 | 5
  `),
  set({ id: 'en-canvass-walk-route-export', kind: 'canvassing route planner\'s CSV export format (documentation)', lang: 'en', source: 'index:55333629750 (a route planner\'s CSV export format doc)' }, `
    # Sequence (the stop's order) and the coordinates are not imported; Notes neither.
    Sequence | - | 1 | 2 | 3
    Voter ID | externalId | 551 | 552 | 553
    First Name | firstName | Loretta | Dwayne | Hazel
    Last Name | lastName | Pruitt | Coleman | Ng
    Full Address | address1 | 214 Union Ave | 37 Peabody Pl | 1590 Madison Ave Apt 2
    City | city | Memphis | Memphis | Memphis
    State | state | TN | TN | TN
    Zip | postalCode | 38103 | 38103 | 38104
    Latitude | - | 35.1421 | 35.1397 | 35.1368
    Longitude | - | -90.0512 | -90.0498 | -90.0231
    Phone | phone | (901) 555-0134 | "" | (901) 555-0177
    Notes | - | "" | dog in yard | super voter
  `),
  set({ id: 'en-county-voter-file-import', kind: 'county campaign tool\'s voter upload (API test file)', lang: 'en', source: 'index:52174235260 (a county organising app\'s voters.csv upload test)' }, `
    Voter ID | externalId | 71 | 72 | 73
    First Name | firstName | Marjorie | Elliot | Priya
    Last Name | lastName | Haskins | Vance | Raman
    Full Address | address1 | 915 S Yakima Ave | 402 N K St | 1120 Capitol Way S
    City | city | Tacoma | Tacoma | Olympia
    State | state | WA | WA | WA
    Zip | postalCode | 98405 | 98403 | 98501
    Party | - | DEM | IND | REP
  `),
  set({ id: 'en-town-voter-register-fields', kind: 'town voter register\'s CSV columns (as listed in the loading model)', lang: 'en', source: 'index:26639298577 (a voter analytics app\'s Voter model, the register\'s columns)' }, `
    # The columns after "Last Name" have a leading space in the list (left out). The street number alone and the
    # apartment number are not imported (the street name is the Address line 1); registration date, party and
    # precinct neither.
    Voter ID | externalId | 02AMD1234000 | 02BRN5678001 | 04CLK9012002
    First Name | firstName | Ruth | Howard | Min-jung
    Last Name | lastName | Abrams | Breen | Cho
    Street Number | - | 42 | 1150 | 7
    Street Name | address1 | WALNUT ST | COMMONWEALTH AVE | CHESTNUT TER
    Apt Number | - | "" | 3 | ""
    Zip Code | postalCode | 02460 | 02465 | 02459
    DOB | dateOfBirth | 1948-03-11 | 1971-09-25 | 1990-06-02
    Registration Date | - | 1970-10-01 | 2002-08-14 | 2012-10-05
    Party Aff | - | D | U | D
    Precinct number | - | 1 | 4 | 2
  `),
  set({ id: 'en-l2-voter-file-detect', kind: 'campaign tool\'s voter-file upload (end-to-end test file)', lang: 'en', source: 'index:52562294806 (a campaign app\'s L2 voter file upload test)' }, `
    Voter ID | externalId | 1 | 2 | 3
    First Name | firstName | Gordon | Lucille | Ramon
    Last Name | lastName | Pike | Ferris | Acevedo
  `),
  set({ id: 'en-au-local-councillors-popolo', kind: 'civic-tech open-data list of local councillors (CSV in a public data repository)', lang: 'en', source: 'github:openaustralia/australian_local_councillors_popolo data/NSW/local_councillors.csv (NSW local councillors)', defaultCountry: 'AU' }, `
    # The council a councillor sits on is the organisation the person belongs to, like an employer: Company name. Its
    # website, the term dates, the executive post (Mayor, deputy mayor: a role), the photo and source links and the
    # ward are not imported. id: the dataset's id of the person, External ID. party: a group the person belongs to:
    # Tags. phone_mobile is the only phone: the main one.
    name | name | Joan Whitfield | Tom Nguyen | Mary-Ellen Dwyer
    start_date | - | "" | "" | 2016-09-10
    end_date | - | "" | "" | ""
    executive | - | Mayor | "" | deputy mayor
    council | companyName | Example Shire Council | Example Shire Council | Riverbend City Council
    council website | - | http://www.exampleshire.nsw.gov.au | http://www.exampleshire.nsw.gov.au | http://www.riverbend.nsw.gov.au
    id | externalId | example_shire_council/joan_whitfield | example_shire_council/tom_nguyen | riverbend_city_council/mary-ellen_dwyer
    email | email | jwhitfield@exampleshire.example | "" | mdwyer@riverbend.example
    image | - | http://www.exampleshire.nsw.gov.au/img/jw.jpg | "" | http://www.riverbend.nsw.gov.au/img/md.jpg
    party | tags | Independent | Greens | Labor
    source | - | http://www.exampleshire.nsw.gov.au/councillors | http://www.exampleshire.nsw.gov.au/councillors | http://www.riverbend.nsw.gov.au/council
    ward | - | Ward A | Ward B | ""
    phone_mobile | phone | 0412 345 678 | "" | 0498 765 432
  `),
];
