// The sixteenth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files and English ones from schools, churches, events, shops, nonprofits and Google Forms; the
// other half, corpus-heldout16a.ts, holds English, German, Dutch and mixed-language files): 56 header sets (561
// columns, 274 of them expected to map; 12 Spanish, 12 Portuguese, 12 French, 12 Italian, 8 English; 2 files without a
// header row, 2 with lines above it (an Excel title and blank line, a "sep=;" line); 4 sets of 24 to 40 columns)
// from sources none of the other parts use, found in the public code index with exact-string searches for everyday
// header lines in these languages (customer, member, patient, staff, volunteer, student, supplier and lead lists, shop
// and CRM exports, importer templates and their tests, admin export pages, Google Forms responses, database tables and
// selects) and written down, with the mapping a careful person would choose by the field definitions and the issue's
// rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the index
// file the header text was read from (the index does not name its repository); the kind says what the file is. Sample
// values are made up in the shape of each file's own (no personal data or example rows from the sources are copied). A
// trailing empty column (a header line ending in the separator) is written as "". Leading spaces of a header cell
// (" Tél portable") cannot be written in the table and are left out. Where a guide shortens a wide header line with
// "...", the set stops before it. No set's headers repeat an older part's (each was compared lower-cased).
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
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once:
// - An employer named in a staff or trainee list ("Empresa", "Azienda", "Structure", "Établissement" of a teacher) is
//   the person's company; the college of a student is not an employer and is not imported.
// - A landing page, an "origem" or an "Origine" a lead came through is the Source; a sub-origin beside it is not
//   imported.
// - What a charge, a booking, a form or a course is about (amounts, due dates, seats, courses, tracks, shifts,
//   skills) is not a contact field.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout16' }, table);

export const HELDOUT16B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-mx-pacientes-importacion-emergencia', kind: 'Mexican clinic app\'s patient CSV import (full name, e-mail, phone, birth date, emergency contact and phone, notes)', lang: 'es', defaultCountry: 'MX', source: 'index:70690522722 (a patient import use case\'s tests, TypeScript)' }, `
    Nombre | name | Regina Ochoa Llamas | Héctor Villaseñor | Ximena Tapia Ruiz
    Correo Electrónico | email | regina.ochoa@example.mx | hvillasenor@example.com | ximena.tapia@example.mx
    Teléfono | phone | 5534567812 | 3312984756 | 8187654321
    Fecha_Nacimiento | dateOfBirth | 1988-09-23 | 1975-02-11 |
    # The emergency contact is another person: never imported.
    Contacto_Emergencia | - | Laura Llamas | | Rubén Tapia
    Teléfono_Emergencia | - | 5511223344 | | 8111223344
    Notas | - | Mañanas | | Alergia a penicilina
  `),
  set({ id: 'es-admin-usuarios-export-rol', kind: 'Spanish web app\'s admin user list exported as CSV (id, username, e-mail, phone, role, sign-up date)', lang: 'es', defaultCountry: 'ES', source: 'index:56161117705 (an admin panel\'s export tests, Python)' }, `
    ID | externalId | 17 | 18 | 23
    # "Usuario" is the login name: a second id of the person after "ID", so it is not imported.
    Usuario | - | marta_gs | jlopez88 | aitor.e
    Correo electrónico | email | marta.garcia@example.es | jlopez@example.com | aitor.etxeberria@example.eus
    Teléfono | phone | (+34) 612 45 78 90 | (+34) 699 12 34 56 | (+34) 944 23 45 67
    Rol | - | cliente | cliente | administrador
    Fecha de registro | - | 2025-03-14 10:22 | 2025-04-02 18:05 | 2024-11-30 09:41
  `),
  set({ id: 'es-co-colegio-asistentes-evento-csv', kind: 'Colombian school\'s event attendee CSV import (attendee type, names, surnames, id number and type, e-mail, phone, shift, grade, group)', lang: 'es', defaultCountry: 'CO', source: 'index:37198537106 (an attendance app\'s import guide, Markdown)' }, `
    # Student or guardian: a role in the event, not imported.
    Tipo de asistente | - | estudiante | acudiente | estudiante
    Nombres | firstName | Samuel | Diana Marcela | Valeria
    Apellidos | lastName | Castaño Ríos | Betancur | Arias Gómez
    Número de documento | - | 1011234567 | 43567890 | 1020987654
    Tipo de documento | - | TI | CC | TI
    Correo electrónico | email | samuel.castano@example.co | dmbetancur@example.com | valeria.arias@example.co
    Teléfono | phone | 3004567890 | 3125678901 | 3017896543
    Jornada | - | mañana | tarde | mañana
    Grado | - | 9 | | 11
    # The class group (A, B) of a school grade, not a group the person joined: not imported, like a class.
    Grupo | - | B | | A
  `),
  set({ id: 'es-clientes-export-mayusculas-fecha', kind: 'small business app\'s customer CSV export with upper-case headers (name, e-mail, phone, address, date)', lang: 'es', defaultCountry: 'MX', source: 'index:7798985191 (a PHP controller writing the customers table to a CSV)' }, `
    NOMBRE | name | Alejandra Pineda | Rodrigo Salcedo | Fernanda Quiroz
    CORREO ELECTRÓNICO | email | ale.pineda@example.mx | rsalcedo@example.com | fer.quiroz@example.mx
    TELÉFONO | phone | 442 123 4567 | 4421987654 | 442 765 4321
    DIRECCIÓN | address1 | Av. Zaragoza 120, Centro | Calle Hidalgo 45 | Blvd. Bernardo Quintana 300
    # The day the customer was entered, not a birth date.
    FECHA | - | 2024-05-12 | 2024-06-01 | 2024-07-19
  `),
  set({ id: 'es-proveedores-export-tipo-empresa', kind: 'small business app\'s supplier CSV export (company, company type, e-mail, phone, address)', lang: 'es', defaultCountry: 'MX', source: 'index:7992341548 (a PHP controller writing the suppliers table to a CSV)' }, `
    # The rows are companies with no person's name: the company's name is the Company name.
    EMPRESA | companyName | Papelería El Lápiz | Distribuidora Norteña SA de CV | Plásticos del Bajío
    TIPO DE EMPRESA | - | Minorista | Mayorista | Fabricante
    CORREO ELECTRÓNICO | email | ventas@ellapiz.example | contacto@nortena.example | pedidos@plasbajio.example
    TELÉFONO | phone | 442 215 3344 | 81 8345 6677 | 477 712 9900
    DIRECCIÓN | address1 | Calle 5 de Mayo 18 | Av. Constitución 900 Pte. | Parque Industrial Lote 14
  `),
  set({ id: 'es-evaluacion-disc-candidatos-hoja-ancha', kind: 'Peruvian firm\'s behavioural test sheet filled by an Apps Script form (timestamp, e-mail, full name, area or post, then a "more" and a "less" answer for each of 24 blocks; the first 40 columns)', lang: 'es', defaultCountry: 'PE', source: 'index:67156400746 (an Apps Script web app appending evaluations to a sheet)' }, `
    # The sheet's header is written as a Google Forms sheet's ("Marca temporal", "Dirección de correo electrónico"). The
    # answer columns are test answers: none imported. Kept to the first 40 of its 52 columns.
    Marca temporal | - | 03/02/2026 09:14:22 | 03/02/2026 10:02:51 | 04/02/2026 16:40:05
    Dirección de correo electrónico | email | lucia.paredes@example.pe | jchavez@example.com | mflores@example.pe
    Nombre completo | name | Lucía Paredes Soto | José Chávez | Milagros Flores Quispe
    Área / Puesto | - | Ventas / Asesora | Logística / Jefe | Administración / Asistente
    Bloque 1 MÁS | - | A | C | B
    Bloque 1 MENOS | - | D | A | C
    Bloque 2 MÁS | - | B | B | A
    Bloque 2 MENOS | - | C | D | D
    Bloque 3 MÁS | - | D | A | C
    Bloque 3 MENOS | - | A | C | B
    Bloque 4 MÁS | - | C | D | A
    Bloque 4 MENOS | - | B | B | D
    Bloque 5 MÁS | - | A | A | B
    Bloque 5 MENOS | - | C | D | C
    Bloque 6 MÁS | - | B | C | D
    Bloque 6 MENOS | - | D | B | A
    Bloque 7 MÁS | - | C | A | C
    Bloque 7 MENOS | - | A | D | B
    Bloque 8 MÁS | - | D | B | A
    Bloque 8 MENOS | - | B | C | D
    Bloque 9 MÁS | - | A | D | B
    Bloque 9 MENOS | - | D | A | C
    Bloque 10 MÁS | - | B | C | A
    Bloque 10 MENOS | - | C | B | D
    Bloque 11 MÁS | - | C | A | D
    Bloque 11 MENOS | - | A | D | B
    Bloque 12 MÁS | - | D | B | C
    Bloque 12 MENOS | - | B | C | A
    Bloque 13 MÁS | - | A | D | B
    Bloque 13 MENOS | - | C | A | D
    Bloque 14 MÁS | - | B | C | A
    Bloque 14 MENOS | - | D | B | C
    Bloque 15 MÁS | - | C | A | D
    Bloque 15 MENOS | - | A | D | B
    Bloque 16 MÁS | - | D | B | C
    Bloque 16 MENOS | - | B | C | A
    Bloque 17 MÁS | - | A | D | B
    Bloque 17 MENOS | - | C | A | D
    Bloque 18 MÁS | - | B | C | A
    Bloque 18 MENOS | - | D | B | C
  `),
  set({ id: 'es-conductores-plantilla-source-id', kind: 'transport company\'s driver import template (id in the old system, first name, surnames, DNI, status)', lang: 'es', defaultCountry: 'ES', source: 'index:68886500285 (an import service\'s end-to-end test, its drivers CSV template)' }, `
    # "source_id" is the driver's id in the system the file comes from: the External ID.
    source_id | externalId | old-1041 | old-1042 | old-1057
    nombre | firstName | Iker | Rocío | Manuel
    apellidos | lastName | Arrieta Goñi | Serrano | Vázquez Pardo
    dni | - | 45678123K | 12398745M | 33445566P
    estado | - | activo | baja | activo
  `),
  set({ id: 'es-usuarios-select-localidad-trabajo', kind: 'pet-care site\'s user record read with a SELECT (name, surnames, DNI, age, town, job, address, postcode, e-mail, password, picture)', lang: 'es', defaultCountry: 'ES', source: 'index:40894400990 (a PHP profile page selecting from the usuario table)' }, `
    NOMBRE | firstName | Nerea | Álvaro | Pilar
    APELLIDOS | lastName | Campos Rey | Molina | Herrero Sanz
    DNI | - | 71234567Q | 09876543L | 50123456X
    EDAD | - | 29 | 41 | 35
    LOCALIDAD | city | Gijón | León | Salamanca
    TRABAJO | - | Enfermera | Autónomo | Profesora
    DIRECCION | address1 | C/ Corrida 12, 3º | Av. Ordoño II 20 | Plaza Mayor 7
    CODIGOPOSTAL | postalCode | 33206 | 24001 | 37002
    EMAIL | email | nerea.campos@example.es | amolina@example.com | pilar.herrero@example.es
    CONTRASENIA | - | 9f2c81 | a7e3d0 | 44bb1e
    IMAGEN | - | perfil_12.jpg | | perfil_31.png
  `),
  set({ id: 'es-cl-profesores-carga-sin-cabecera', kind: 'Chilean school app\'s teacher upload, a semicolon CSV read from its first line without a header row (code, RUT, names, surnames, two e-mails, two phones)', lang: 'es', defaultCountry: 'CL', noHeader: true, source: 'index:21472566290 (a PHP controller loading teachers from a CSV)' }, `
    # The teacher's code in the school program: the External ID; the RUT is a national id. Two e-mails and two phones
    # with numbers: the first the main one, the second additional.
    "" | externalId | PROF-014 | PROF-015 | PROF-022
    "" | - | 12.345.678-5 | 15.678.901-2 | 9.876.543-K
    "" | firstName | Claudia Andrea | Rodrigo | Francisca
    "" | lastName | Muñoz Soto | Pérez Araya | Contreras
    "" | email | cmunoz@example.cl | rperez@example.cl | fcontreras@example.cl
    "" | additionalEmails | claudia.munoz@example.com | | fran.contreras@example.com
    "" | phone | +56 9 8765 4321 | +56 9 7654 3210 | +56 2 2345 6789
    "" | additionalPhones | +56 2 2987 6543 | | +56 9 9123 4567
  `),
  set({ id: 'es-pe-estudiantes-csv-seccion', kind: 'Peruvian institute\'s student CSV for a timetable generator (student id, names, surnames, e-mail, semester, section)', lang: 'es', defaultCountry: 'PE', source: 'index:71196276770 (a scheduling tool\'s integration test writing estudiantes.csv, Java)' }, `
    estudiante_id | externalId | E101 | E102 | E117
    nombres | firstName | Kevin | Ariana | Jhon
    apellidos | lastName | Huamán | Salazar Ccori | Mendoza
    correo | email | kevin.huaman@example.edu.pe | ariana.salazar@example.edu.pe | jhon.mendoza@example.edu.pe
    semestre_id | - | V | III | V
    seccion | - | A | B | A
  `),
  set({ id: 'es-ec-clientes-select-cedula', kind: 'Ecuadorian shop\'s customer list read with a SELECT and returned as JSON (national id, names, surnames, e-mail)', lang: 'es', defaultCountry: 'EC', source: 'index:46081572515 (a PHP customer service selecting from clientes)' }, `
    cedula | - | 1712345678 | 0923456781 | 0102345679
    nombres | firstName | María José | Carlos Andrés | Gabriela
    apellidos | lastName | Andrade Vera | Zambrano | Jaramillo Ortiz
    correo | email | mjandrade@example.ec | czambrano@example.com | gjaramillo@example.ec
  `),
  set({ id: 'es-ar-clientes-excel-titulo-contactos', kind: 'Argentine billing app\'s client list exported to Excel, a title line and a blank line above the header (legal name, CUIT, status, creation date, contact persons)', lang: 'es', defaultCountry: 'AR', above: [['Listado de Clientes', '', '', '', ''], ['', '', '', '', '']], source: 'index:56133064910 (a NestJS clients controller\'s Excel export, TypeScript)' }, `
    # The rows are client firms: the legal name is the Company name; the CUIT is a tax id. "Contactos" lists the firm's
    # contact persons by name (joined with "; " when there are several): the person's Name, as a contact-person column
    # of a company list (fifteenth part).
    Razón Social | companyName | Distribuidora del Plata SRL | Frigorífico San Jorge SA | Estudio Contable Ferreyra
    CUIT | - | 30-71234567-8 | 30-50987654-3 | 20-28765432-1
    Estado | - | Activo | Activo | Inactivo
    Fecha Creación | - | 12/3/2025 | 5/8/2024 | 21/1/2026
    Contactos | name | Mariana Sosa | Jorge Benítez; Carla Ruiz | -
  `),
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-br-clientes-planilha-saldo-cpf', kind: 'Brazilian store\'s customer sheet import (name, phone, CPF, birth date, e-mail, balance)', lang: 'pt', defaultCountry: 'BR', source: 'index:68321416961 (a customer import parser\'s tests, its header constant, TypeScript)' }, `
    nome | name | Juliana Prado | Marcos Vinícius Teles | Sônia Araújo
    telefone | phone | (11) 98765-4321 | (21) 99876-5432 | (31) 3222-4455
    cpf | - | 123.456.789-09 | 987.654.321-00 | 
    nascimento | dateOfBirth | 14/02/1990 | 03/11/1984 | 27/06/1972
    email | email | juliana.prado@example.com.br | marcos.teles@example.com | sonia.araujo@example.com.br
    # The customer's credit or cashback balance with the store: not a contact field.
    saldo | - | 25,00 | 0 | 112,50
  `),
  set({ id: 'pt-br-contatos-nome-celular-cidade', kind: 'Brazilian messaging tool\'s contact import, semicolon CSV (full name, mobile, city)', lang: 'pt', defaultCountry: 'BR', source: 'index:70524950442 (a contact import parser\'s tests, TypeScript)' }, `
    Nome completo | name | Tatiane Moura | Everton Lima | Rosângela Batista
    Celular | phone | 11999887766 | 21988776655 | 85997654321
    Cidade | city | São Paulo | Niterói | Fortaleza
  `),
  set({ id: 'pt-br-ponto-funcionarios-export-largo', kind: 'Brazilian time-clock system\'s employee export (semicolon CSV: employee id, CPF, PIS, name, registration, payroll, work card, employer, department, post, cost centre, badge, RG, phone, extension, e-mail, web password, address group, hire date, parents, birth date, nationality, birthplace, REP codes, flags; the first 37 columns, where the documentation shortens the line with "...")', lang: 'pt', defaultCountry: 'BR', source: 'index:53086542863 (a payroll project\'s specification, the time-clock export header, Markdown)' }, `
    # The time clock's employee id: the External ID; the registration number ("Matrícula") is a second id, not
    # imported. The employer (Empresa) is the employee's company. Parents' names, badge and REP codes are not imported.
    id_funcionario | externalId | 1021 | 1022 | 1040
    CPF | - | 111.222.333-96 | 222.333.444-05 | 333.444.555-14
    PIS | - | 120.45678.90-1 | 123.98765.43-2 | 
    Nome | name | Gabriel Henrique Souza | Aline Ferreira Dias | Josué Pereira
    Matrícula | - | 000153 | 000154 | 000171
    Folha | - | 1 | 1 | 2
    CTPS | - | 1234567/0012-SP | 7654321/0034-SP | 
    Empresa | companyName | LARA Transportes Ltda | LARA Transportes Ltda | SERVICON Serviços Ltda
    Departamento | - | Operação | Administrativo | Limpeza
    Cargo | - | Motorista | Assistente Administrativo | Auxiliar de Limpeza
    Centro de Custo | - | 101 | 201 | 305
    Código de Barras do Crachá | - | 0001021 | 0001022 | 0001040
    RG | - | 12.345.678-9 | 23.456.789-0 | 
    Telefone | phone | (19) 99812-3344 | (19) 3234-5566 | (19) 98877-6655
    Ramal | - | | 214 | 
    Email | email | gabriel.souza@example.com.br | aline.dias@example.com.br | 
    Senha para Acesso Web | - | | | 
    Endereço | address1 | Rua das Palmeiras, 120 | Av. Brasil, 1500, ap. 32 | Rua Sete de Setembro, 45
    Bairro | - | Jardim Paulista | Centro | Vila Nova
    Cidade | city | Campinas | Campinas | Sumaré
    UF | state | SP | SP | SP
    CEP | postalCode | 13045-120 | 13015-000 | 13170-010
    Data de Admissão | - | 01/03/2021 | 15/08/2019 | 02/01/2024
    Nome do Pai | - | Carlos Souza | José Dias | 
    Nome da Mãe | - | Marta Souza | Lúcia Ferreira | Rita Pereira
    Data de Nascimento | dateOfBirth | 12/05/1988 | 30/09/1992 | 17/01/1979
    Nacionalidade | - | Brasileira | Brasileira | Brasileira
    Naturalidade | - | Campinas/SP | Limeira/SP | Recife/PE
    Crachá | - | 1021 | 1022 | 1040
    Código para Uso no REP | - | 1021 | 1022 | 1040
    Senha para Uso no REP | - | | | 
    Administrador do REP | - | False | False | False
    Ativo | - | True | True | True
    Gênero (masculino/feminino/outros) | - | masculino | feminino | masculino
    Estado Civíl (solteiro/casado/divorciado/uniao estavel/separado) | - | casado | solteiro | uniao estavel
    PIN | - | 4821 | 1177 | 9034
    Data de Início do Banco de Horas | - | 01/01/2026 | 01/01/2026 | 
  `),
  set({ id: 'pt-br-estabelecimentos-pagbank-importacao', kind: 'Brazilian payments reseller\'s merchant import, semicolon CSV (CNPJ, CPF, person or firm, segment, legal and trade names, owner\'s full name and birth date, mobile, address group, e-mail)', lang: 'pt', defaultCountry: 'BR', source: 'index:7324477479 (a merchant admin\'s CSV import page, its expected format, PHP)' }, `
    # The rows are merchants: the legal name is the Company name and the owner's full name the Name; "CADASTRO" says
    # PF or PJ (person or firm), "SEGMENTO" is the business segment: neither imported.
    CNPJ | - | 12.345.678/0001-90 | | 98.765.432/0001-10
    CPF | - | 123.456.789-09 | 234.567.890-12 | 345.678.901-23
    CADASTRO | - | PJ | PF | PJ
    SEGMENTO | - | Alimentação | Beleza | Vestuário
    RAZÃO SOCIAL | companyName | Lanchonete Sabor Mineiro Ltda | | Moda Bela Vista ME
    NOME FANTASIA | - | Sabor Mineiro | Studio Kelly Cabelos | Bela Vista Modas
    NOME COMPLETO | name | Wellington Assis | Kelly Cristina Rocha | Neide Barros
    DATA DE NASCIMENTO | dateOfBirth | 22/04/1981 | 09/12/1993 | 15/07/1968
    TELEFONE CELULAR | phone | (31) 99876-1122 | (31) 98765-2233 | (31) 99654-3344
    ENDEREÇO | address1 | Rua da Bahia, 980 | Av. Amazonas, 2100, sala 5 | Rua Padre Eustáquio, 310
    BAIRRO | - | Centro | Barro Preto | Padre Eustáquio
    CIDADE | city | Belo Horizonte | Belo Horizonte | Contagem
    UF | state | MG | MG | MG
    CEP | postalCode | 30160-011 | 30180-001 | 32041-000
    E-MAIL | email | contato@sabormineiro.example | kelly.rocha@example.com | neide@belavista.example
  `),
  set({ id: 'pt-br-cobranca-responsaveis-alunos-modelo', kind: 'Brazilian school billing tool\'s charge template with the education columns (payer\'s name, WhatsApp, e-mail, amount, due date, payment method, WhatsApp opt-in, pupil, enrolment number, class)', lang: 'pt', defaultCountry: 'BR', source: 'index:53341835693 (a billing app\'s CSV upload component, its template, TypeScript)' }, `
    # The rows are the parents who pay: the parent is the contact, and the pupil's name, enrolment number and class are
    # the pupil's, not imported. The charge's amount, due date and method are not contact fields.
    Nome | name | Patrícia Gomes | Rodrigo Almeida | Fabiana Costa
    WhatsApp | phone | +5511987654321 | +5511976543210 | +5511965432109
    Email | email | patricia.gomes@example.com | rodrigo.almeida@example.com.br | fabi.costa@example.com
    Valor | - | 150.50 | 320.00 | 150.50
    Vencimento | - | 2026-12-01 | 2026-12-05 | 2026-12-01
    Forma de Pagamento | - | PIX | BOLETO | PIX
    Opt-in WhatsApp | - | SIM | SIM | NÃO
    Aluno | - | Lucas Gomes | Beatriz Almeida | Miguel Costa
    Matricula | - | 2026-014 | 2026-027 | 2026-031
    Turma/Curso | - | 7A | 9B | 7A
  `),
  set({ id: 'pt-br-leads-whatsapp-origem-export', kind: 'Brazilian landing-page lead list exported as CSV (name, WhatsApp, origin page, status, date)', lang: 'pt', defaultCountry: 'BR', source: 'index:8844565479 (a lead dashboard\'s export handler, TypeScript)' }, `
    Nome | name | Douglas Ribeiro | Vanessa Lopes | Cláudio Martins
    WhatsApp | phone | (62) 99123-4567 | (62) 98234-5678 | (64) 99345-6789
    # The page the lead signed up on: how the contact came, the Source.
    Origem | source | /internet-fibra | /promocao-black | /internet-fibra
    Status | - | novo | contatado | fechado
    Data | - | 12/11/2026 | 13/11/2026 | 15/11/2026
  `),
  set({ id: 'pt-br-inscricoes-whatsapp-cidade-export', kind: 'Brazilian project\'s sign-up list exported from its admin (id, name, WhatsApp, city, message, date)', lang: 'pt', defaultCountry: 'BR', source: 'index:58437453263 (a Flask site\'s admin export route, Python)' }, `
    # The sign-up table's own row number: not imported, like registration ids (thirteenth part).
    ID | - | 57 | 56 | 55
    Nome | name | Elaine Souza | Robson Carvalho | Ingrid Matos
    WhatsApp | phone | (81) 99876-5432 | (81) 98765-4321 | (87) 99654-3210
    Cidade | city | Recife | Olinda | Petrolina
    Mensagem | - | Quero participar da turma de sábado | --- | Tenho interesse
    Data | - | 20/10/2026 | 19/10/2026 | 19/10/2026
  `),
  set({ id: 'pt-br-leads-tabela-servico-origem', kind: 'Brazilian service business\'s leads table (name, WhatsApp, service wanted, message, origin, status, note, creation time)', lang: 'pt', defaultCountry: 'BR', source: 'index:71588199623 (a lead capture API inserting into the leads table, JavaScript)' }, `
    nome | name | Sabrina Lemos | Alexandre Pires | Kátia Moreira
    whatsapp | phone | 5541998765432 | 5541987654321 | 5541976543210
    servico | - | Limpeza de pele | Design de sobrancelha | Limpeza de pele
    mensagem | - | Tem horário sábado? | | Qual o valor?
    origem | source | instagram | site | google
    status | - | novo | novo | atendido
    nota | - | | | Agendou para 12/11
    created_at | - | 2026-11-02T13:45:12.004Z | 2026-11-03T09:10:40.551Z | 2026-11-03T18:22:05.876Z
  `),
  set({ id: 'pt-br-plano-saude-colaboradores-dependentes-modelo', kind: 'Brazilian benefits platform\'s health-plan member template (employee\'s name, CPF, e-mail, phone, birth date, post, cost centre, hire date, monthly cost, then a dependant\'s name, CPF, birth date, relationship and the holder\'s CPF)', lang: 'pt', defaultCountry: 'BR', source: 'index:14343475909 (an HR benefits app\'s import dialog, its template, TypeScript)' }, `
    # The dependant's columns are a relative's: not imported.
    nome | name | João Pedro Alves | Maria Clara Santos | Renato Oliveira
    cpf | - | 12345678900 | 98765432100 | 45678912300
    email | email | joao.alves@example.com.br | maria.santos@example.com.br | renato.oliveira@example.com.br
    telefone | phone | 71999887766 | 71988776655 | 71977665544
    data_nascimento | dateOfBirth | 1985-01-15 | 1990-07-22 | 1978-03-09
    cargo | - | Analista | Coordenadora | Motorista
    centro_custo | - | Financeiro | Comercial | Logística
    data_admissao | - | 2024-01-10 | 2022-05-02 | 2019-11-18
    custo_mensal | - | 350.00 | 420.00 | 350.00
    dependente_nome | - | | Sofia Santos | Lucas Oliveira
    dependente_cpf | - | | 32165498700 | 65498732100
    dependente_nascimento | - | | 2018-04-30 | 2012-09-14
    parentesco | - | | filha | filho
    colaborador_cpf | - | | 98765432100 | 45678912300
  `),
  set({ id: 'pt-br-cadastro-dados-dois-telefones', kind: 'Brazilian registration site\'s person table (id, name, CPF, e-mail, two phones, address, district, state, country, birth date)', lang: 'pt', defaultCountry: 'BR', source: 'index:45628837699 (a PHP class inserting into the Dados table)' }, `
    # The table's own key of the person's record: the External ID, as a bare id of a contact list.
    idDados | externalId | 31 | 32 | 38
    Nome | name | Luana Figueiredo | Hugo Barreto | Cristiane Paiva
    CPF | - | 321.654.987-00 | 456.789.123-11 | 789.123.456-22
    Email | email | luana.f@example.com.br | hugo.barreto@example.com | cris.paiva@example.com.br
    # Two numbered phones: the first the main one, the second additional.
    Telefone1 | phone | (92) 99123-4567 | (92) 3233-4455 | (92) 98456-7788
    Telefone2 | additionalPhones | (92) 3611-2233 | (92) 99876-5544 | 
    Endereco | address1 | Rua Ferreira Pena, 210 | Av. Djalma Batista, 1500 | Rua Recife, 77
    Bairro | - | Centro | Chapada | Adrianópolis
    UF | state | AM | AM | AM
    Pais | country | Brasil | Brasil | Brasil
    Nascimento | dateOfBirth | 1991-08-19 | 1987-02-03 | 1995-12-25
  `),
  set({ id: 'pt-br-base-corretores-sep-acima', kind: 'Brazilian insurance brokers\' contact base saved by Excel as CSV, a "sep=;" line above the header (name, e-mail, brokerage)', lang: 'pt', defaultCountry: 'BR', above: [['sep=;']], source: 'index:70645246901 (a CSV import parser\'s specs, Ruby)' }, `
    NOME | name | Adriana Castro | Fernando Mello | Gisele Tavares
    E-MAIL | email | adriana.castro@example.com.br | fmello@example.com | gisele@tavaresseguros.example
    # The brokerage the broker works for: the person's company.
    CORRETORA | companyName | ABC Corretora de Seguros | Mello & Filhos Seguros | Tavares Seguros
  `),
  set({ id: 'pt-br-whatsapp-contatos-csv-sem-cabecalho', kind: 'Brazilian WhatsApp broadcast helper\'s contact CSV, semicolon-separated without a header row (name, phone with area code but no country code)', lang: 'pt', noHeader: true, defaultCountry: 'BR', source: 'index:16099607540 (a Tkinter sheet converter reading the CSV with header=None, Python)' }, `
    "" | name | Joana Ribeiro | Carlos Eduardo | Dona Cida
    "" | phone | 11987654321 | 21998765432 | 31991234567
  `),
  // ---------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-candidatures-export-excel-statut', kind: 'French recruitment app\'s applications export for Excel (surname, first name, e-mail, phone, application date, status, notes)', lang: 'fr', defaultCountry: 'FR', source: 'index:58472776782 (an Angular recruiter page\'s export to Excel, TypeScript)' }, `
    Nom | lastName | Garnier | Benhamou | Leclerc
    Prénom | firstName | Camille | Yacine | Solène
    Email | email | camille.garnier@example.fr | y.benhamou@example.com | solene.leclerc@example.fr
    Téléphone | phone | 06 12 34 56 78 | 07 45 67 89 01 | 
    Date candidature | - | 12 mars 2026 | 14 mars 2026 | 2 avril 2026
    Statut | - | En attente | Entretien | Refusée
    Notes | - | Profil junior | Disponible en mai | 
  `),
  set({ id: 'fr-carnet-contacts-export-groupe-favori', kind: 'French address-book app\'s contact export (surname, first name, e-mail, phone, address, group, favourite flag, birth date, notes)', lang: 'fr', defaultCountry: 'FR', source: 'index:60420869537 (a Laravel contacts controller\'s CSV export, PHP)' }, `
    # The contact's group (family, work, friends) is Tags.
    Nom | lastName | Roussel | Marchand | Fabre
    Prénom | firstName | Élodie | Bastien | Inès
    Email | email | elodie.roussel@example.fr | bastien.marchand@example.com | ines.fabre@example.fr
    Téléphone | phone | 06 98 76 54 32 | 01 45 67 89 10 | 07 11 22 33 44
    Adresse | address1 | 14 rue des Lilas, 69003 Lyon | 3 avenue Foch, 75116 Paris | 
    Groupe | tags | Famille | Travail | Amis
    Favori | - | Oui | Non | Non
    Date naissance | dateOfBirth | 1992-08-14 | 1985-03-02 | 
    Notes | - | | Collègue RH | Voisine
  `),
  set({ id: 'fr-stagiaires-structure-tuteur-collage', kind: 'French youth-work training body\'s trainee list pasted as CSV (surname, first name, e-mail, phone, host organisation, tutor and tutor\'s e-mail)', lang: 'fr', defaultCountry: 'FR', source: 'index:71305469261 (a training planner\'s CSV paste example, JavaScript)' }, `
    Nom | lastName | Perrin | Mbaye | Chevalier
    Prénom | firstName | Lucas | Fatou | Manon
    Email | email | lucas.perrin@example.fr | fatou.mbaye@example.com | manon.chevalier@example.fr
    Téléphone | phone | 06 33 44 55 66 | 06 44 55 66 77 | 07 55 66 77 88
    # The organisation the trainee works in during the course: the person's company.
    Structure | companyName | MJC Les Tilleuls | Centre social Lumière | Foyer rural de Vaux
    # The tutor is another person: not imported.
    Tuteur | - | Hervé Colin | Sandrine Roy | Pascal Lemaire
    Email Tuteur | - | herve.colin@example.org | s.roy@example.org | p.lemaire@example.org
  `),
  set({ id: 'fr-association-membres-export-statut', kind: 'French association\'s member list exported as CSV (id, surname, first name, e-mail, phone, address, sign-up date, status)', lang: 'fr', defaultCountry: 'FR', source: 'index:67378503910 (an ASP.NET association app\'s export controller, C#)' }, `
    Id | externalId | 12 | 13 | 27
    Nom | lastName | Bertrand | Nguyen | Aubert
    Prénom | firstName | Julien | Thi Mai | Claire
    Email | email | julien.bertrand@example.fr | thimai.nguyen@example.com | claire.aubert@example.fr
    Téléphone | phone | 06 21 43 65 87 | 06 87 65 43 21 | 05 56 78 90 12
    Adresse | address1 | 8 rue Nationale, 37000 Tours | 21 bd Carnot, 37000 Tours | 2 place du Marché, 37100 Tours
    Date Inscription | - | 05/09/2025 | 12/09/2025 | 03/01/2026
    Statut | - | Actif | Actif | Inactif
  `),
  set({ id: 'fr-club-sportif-membres-licence-import', kind: 'French sports club app\'s member import (id, surname, first name, e-mail, phone, role, licence number and date, medical certificate date; the guide shortens the line after these with "...")', lang: 'fr', defaultCountry: 'FR', source: 'index:9279204645 (a club manager\'s member import page, its expected format, React)' }, `
    # "Id" is the member's id in the club app: the External ID; the licence number is a second id of the person, not
    # imported. The role (player, coach) is not imported.
    Id | externalId | 101 | 102 | 115
    Nom | lastName | Lefebvre | Moreau | Diallo
    Prénom | firstName | Hugo | Léa | Moussa
    Email | email | hugo.lefebvre@example.fr | lea.moreau@example.fr | moussa.diallo@example.com
    Téléphone | phone | 06 10 20 30 40 | 06 50 60 70 80 | 07 90 80 70 60
    Rôle | - | Joueur | Entraîneur | Joueur
    N° Licence | - | 2345678 | 1987654 | 2456789
    Date Licence | - | 01/09/2025 | 01/09/2025 | 15/09/2025
    Date Médicale | - | 28/08/2025 | 02/09/2025 | 10/09/2025
  `),
  set({ id: 'fr-immobilier-prospects-collaborateur-origine', kind: 'French real-estate network\'s prospect import (title, surname, first name, e-mail, mobile, landline, address, status, agent\'s first and last name, origin, sub-origin, sources, year)', lang: 'fr', defaultCountry: 'FR', source: 'index:53127702991 (a CRM\'s prospect import dialog, its line format comment, TypeScript)' }, `
    Civilité | - | Mme | M. | Mme
    Nom | lastName | Lambert | Girard | Faure
    Prénom | firstName | Nathalie | Olivier | Sophie
    email | email | nathalie.lambert@example.fr | o.girard@example.com | sophie.faure@example.fr
    # Typed phones only: the mobile is the main phone, the landline additional.
    Portable | phone | 06 71 82 93 04 | 06 12 23 34 45 | 07 56 67 78 89
    Fixe | additionalPhones | 04 91 23 45 67 | | 04 42 11 22 33
    adresse | address1 | 25 rue Paradis, 13001 Marseille | 7 chemin des Oliviers, 13100 Aix-en-Provence | 
    statut | - | Prospect | Client | Prospect
    # The agent who follows the prospect, split in two columns: one user cannot be read from a first name alone, and
    # the owner takes one column, so neither is imported.
    Prénom collab | - | Thomas | Aurélie | Thomas
    Nom collab | - | Renaud | Vidal | Renaud
    # The first origin column is the Source; its sub-origin and the further "Sources" list are not imported.
    Origine | source | Site web | Recommandation | Salon
    Sous origine | - | Formulaire estimation | Client existant | Salon de l'habitat
    Sources | - | SeLoger | | 
    Année | - | 2025 | 2024 | 2026
  `),
  set({ id: 'fr-annuaire-personnel-load-data', kind: 'French public body\'s staff directory file loaded into MySQL (operation, login, main posting, manager, title, surname, first name, phone, mobile, e-mail)', lang: 'fr', defaultCountry: 'FR', source: 'index:40738611104 (a PHP upload page running LOAD DATA INFILE)' }, `
    # "Identifiant" is the staff member's login: the External ID. "Responsable" is the person's manager: never.
    Opération | - | AJOUT | MODIF | AJOUT
    Identifiant | externalId | mdurand | jpetit | sbenali
    Affectation_principale | - | DSI / Pôle réseaux | DRH | DSI / Support
    Responsable | - | F. Morel | C. Bonnet | F. Morel
    Civilité | - | Mme | M. | M.
    Nom | lastName | Durand | Petit | Benali
    Prénom | firstName | Marion | Jérôme | Samir
    # An untyped phone is the main phone, the mobile next to it an additional phone.
    Téléphone | phone | 03 83 12 34 56 | 03 83 12 34 78 | 03 83 12 35 01
    Mobile | additionalPhones | 06 45 12 78 90 | | 07 61 23 45 89
    Mail | email | marion.durand@example.gouv.fr | jerome.petit@example.gouv.fr | samir.benali@example.gouv.fr
  `),
  set({ id: 'fr-formation-participants-export-attentes', kind: 'French teachers\' training centre\'s participant export (title, surname, first name, school, function, address group, phone, e-mail, expectations; the header line ends with a comma)', lang: 'fr', defaultCountry: 'FR', source: 'index:30677956700 (a PHP training registration export)' }, `
    # The school the participant works at: the person's company. The function is a job title.
    Civilité | - | Mme | M. | Mme
    Nom | lastName | Robin | Masson | Henry
    Prénom | firstName | Isabelle | Franck | Audrey
    Établissement | companyName | Collège Jean Moulin | Lycée Victor Hugo | École primaire des Acacias
    Fonction | - | Professeure de SVT | CPE | Directrice
    Adresse | address1 | 12 avenue de la République | 5 rue du Lycée | 1 allée des Acacias
    Code postal | postalCode | 86000 | 86100 | 86280
    Ville | city | Poitiers | Châtellerault | Saint-Benoît
    Téléphone | phone | 05 49 12 34 56 | 05 49 21 43 65 | 05 49 88 77 66
    Mail | email | isabelle.robin@example.fr | franck.masson@example.fr | audrey.henry@example.fr
    Attentes | - | Outils numériques en classe | | Gestion de conflits
    "" | - | | | 
  `),
  set({ id: 'fr-utilisateurs-export-tel-fixe-portable', kind: 'French network\'s user export (surname, first name, roles, organisation, e-mail, landline, mobile, address; the header line ends with a semicolon)', lang: 'fr', defaultCountry: 'FR', source: 'index:10937584511 (a Symfony admin controller\'s user export, PHP)' }, `
    # The mobile header has a leading space in the file (" Tél portable"), which the table cannot hold. Typed phones
    # only: the mobile is the main phone, the landline additional. The organisation the user belongs to is the Company.
    Nom | lastName | Picard | Gauthier | Carpentier
    Prénom | firstName | Valérie | Rémi | Océane
    Rôles | - | Administrateur | Utilisateur | Utilisateur, Référent
    Structure | companyName | Association Cap Emploi 59 | Mission locale de Lille | Centre social Fives
    Courriel | email | v.picard@example.org | remi.gauthier@example.fr | oceane.carpentier@example.org
    Tél fixe | additionalPhones | 03 20 12 34 56 | | 03 20 98 76 54
    Tél portable | phone | 06 23 45 67 89 | 06 98 76 54 32 | 
    Adresse | address1 | 10 rue Solférino, 59000 Lille | | 45 rue Pierre Legrand, 59800 Lille
    "" | - | | | 
  `),
  set({ id: 'fr-magasin-clients-num-ss-achats', kind: 'French shop management exercise\'s customer file (social security number, surname, first name, birth date, postal address, e-mail, phone, total purchases)', lang: 'fr', defaultCountry: 'FR', source: 'index:17495205669 (a C# shop program creating Clients.csv)' }, `
    # The social security number is a national id: not imported.
    Num SS | - | 2 85 03 75 112 345 67 | 1 79 11 69 123 456 78 | 2 92 07 33 234 567 89
    Nom | lastName | Mercier | Dupuis | Blanc
    Prénom | firstName | Aurélie | Stéphane | Chloé
    Date de naissance | dateOfBirth | 12/03/1985 | 21/11/1979 | 04/07/1992
    Adresse postale | address1 | 18 rue de Rivoli, 75004 Paris | 9 quai Saint-Vincent, 69001 Lyon | 30 cours de l'Intendance, 33000 Bordeaux
    Adresse mail | email | aurelie.mercier@example.fr | s.dupuis@example.com | chloe.blanc@example.fr
    Numéro de téléphone | phone | 0612345678 | 0478123456 | 0556987654
    Montant total d'achat | - | 1250,40 | 89,90 | 420,00
  `),
  set({ id: 'fr-centre-loisirs-enfants-responsable', kind: 'French children\'s holiday club enrolment import (first name, surname, age or class, guardian, phone, e-mail, remark; the guide shows one line per child under a line of headings)', lang: 'fr', defaultCountry: 'FR', source: 'index:61362998726 (a youth club app\'s import page, its expected columns, React)' }, `
    # The child is the contact, as a pupil or member in a club list; "Responsable" names the guardian, another person,
    # and is not imported. The phone and e-mail are not said to be the guardian's: they are the row's ways to reach the
    # child's family, kept as the contact's.
    Prénom | firstName | Nassim | Lina | Théo
    Nom | lastName | Amrani | Petitjean | Roux
    Âge | - | 8 ans | CE2 | 10 ans
    Responsable | - | Samira Amrani | Julie Petitjean | Marc Roux
    Téléphone | phone | 06 11 22 33 44 | 06 55 66 77 88 | 07 12 34 56 78
    Email | email | | julie.petitjean@example.fr | marc.roux@example.fr
    Remarque | - | Allergie arachide | | Part à 16h30
  `),
  set({ id: 'fr-repartition-clients-adhesion-defection', kind: 'French loyalty report of customers by status written as CSV by an XSLT sheet (customer number, name, joining and leaving dates, status; the header line ends with a semicolon)', lang: 'fr', defaultCountry: 'FR', source: 'index:26873250850 (an XSLT report template writing customers to CSV)' }, `
    # The customer's number is the External ID.
    Num client | externalId | C004512 | C004518 | C004533
    Nom client | name | Bernard Laurent | Sylvie Caron | Patrick Hamon
    Date d'adhésion | - | 14/02/2019 | 03/06/2021 | 22/09/2020
    Date défection | - | | 30/11/2025 | 
    Statut | - | Fidèle | Perdu | Fidèle
    "" | - | | | 
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-rubrica-export-note-punto-virgola', kind: 'Italian address-book exercise\'s contact export (surname, first name, e-mail, phone, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:40664517056 (a Java address book writing its contacts to a CSV)' }, `
    COGNOME | lastName | Colombo | Ferri | Marchetti
    NOME | firstName | Giulia | Stefano | Chiara
    EMAIL | email | giulia.colombo@example.it | s.ferri@example.com | chiara.marchetti@example.it
    TELEFONO | phone | 347 123 4567 | 02 8765 4321 | 339 987 6543
    NOTE | - | Collega | | Dentista
  `),
  set({ id: 'it-rubrica-telefono-prima-cognome-ultimo', kind: 'Italian address-book exercise\'s third file layout, the columns reversed (phone, e-mail, first name, surname)', lang: 'it', defaultCountry: 'IT', source: 'index:23549179820 (a Java address book recognising three CSV layouts)' }, `
    TELEFONO | phone | 348 765 4321 | 06 1234 5678 | 320 111 2233
    EMAIL | email | marco.gallo@example.it | a.conti@example.com | federica.rinaldi@example.it
    NOME | firstName | Marco | Alessandra | Federica
    COGNOME | lastName | Gallo | Conti | Rinaldi
  `),
  set({ id: 'it-palestra-iscritti-inattivi-abbonamento', kind: 'Italian gym software\'s inactive-member report written as CSV (surname, first name, e-mail, phone, subscription expiry, last visit)', lang: 'it', defaultCountry: 'IT', source: 'index:54618827114 (a Laravel console command printing members who stopped coming, PHP)' }, `
    cognome | lastName | Esposito | Barbieri | Lombardi
    nome | firstName | Davide | Sara | Matteo
    email | email | davide.esposito@example.it | sara.barbieri@example.com | 
    telefono | phone | +39 333 456 7890 | +39 340 987 6543 | +39 328 123 4567
    scadenza_abbonamento | - | 2026-09-30 | 2026-12-31 | 2026-10-15
    ultimo_accesso | - | 2026-08-02 18:40:11 | 2026-07-19 07:12:45 | 2026-08-10 20:05:33
  `),
  set({ id: 'it-teatro-prenotazioni-posti-tabella', kind: 'Italian theatre booking app\'s seat reservation table (event, booking user\'s key, sector, row and seat, surname, first name, mobile, e-mail, operator\'s key)', lang: 'it', defaultCountry: 'IT', source: 'index:31248246202 (a Node booking API inserting into eventopostos, JavaScript)' }, `
    # Event, sector, row and seat ids are the booking's; "keyuserpren" is the account that made the booking and
    # "key_utenti_operation" the operator's: none is the seat holder's own id.
    idEvento | - | 14 | 14 | 15
    keyuserpren | - | 2031 | 2031 | 1877
    idSettore | - | 2 | 2 | 1
    idFila | - | 7 | 7 | 3
    idPosto | - | 12 | 13 | 5
    cognome | lastName | RICCI | RICCI | MORETTI
    nome | firstName | ANDREA | LAURA | PAOLO
    cellulare | phone | 3471234567 | 3471234568 | 3389876543
    email | email | andrea.ricci@example.it | laura.ricci@example.it | paolo.moretti@example.com
    key_utenti_operation | - | 3 | 3 | 5
  `),
  set({ id: 'it-biblioteca-prestiti-cellulare', kind: 'Italian school lending desk\'s loans table (item description, type, borrower\'s surname, first name and mobile, loan and return dates)', lang: 'it', defaultCountry: 'IT', source: 'index:42146854533 (a PHP page selecting a loan from prestiti)' }, `
    descrizione | - | Calcolatrice grafica TI-84 | Il nome della rosa | Proiettore portatile
    tipo | - | Attrezzatura | Libro | Attrezzatura
    cognome | lastName | Fontana | Caruso | Greco
    nome | firstName | Elena | Simone | Martina
    cellulare | phone | 333 222 1100 | 349 876 5432 | 
    data_prestito | - | 2026-02-03 | 2026-02-10 | 2026-02-11
    data_restituito | - | 2026-02-17 | | 2026-02-12
  `),
  set({ id: 'it-studio-dentistico-presenze-dipendenti-export', kind: 'Italian dental practice\'s monthly staff attendance export for the payroll consultant (surname, first name, tax code, department, post, contract level, days and hours worked, overtime, sick, holiday and other absences)', lang: 'it', defaultCountry: 'IT', source: 'index:17284930014 (a practice management app\'s design notes, the CSV export format, Markdown)' }, `
    Cognome | lastName | Serra | Pellegrini | Testa
    Nome | firstName | Roberta | Luca | Giorgia
    Codice Fiscale | - | SRRRRT84C41L219K | PLLLCU90H12F205Z | TSTGRG95T58A944P
    Reparto | - | Clinica | Amministrazione | Reception
    Mansione | - | Assistente alla poltrona | Contabile | Segretaria
    Livello CCNL | - | 4° Livello | 3° Livello | 5° Livello
    Giorni Lavorati | - | 21 | 20 | 18
    Ore Totali | - | 168.00 | 160.00 | 108.00
    Ore Straordinari | - | 4.00 | 0.00 | 2.50
    Giorni Malattia | - | 0 | 1 | 0
    Giorni Ferie | - | 1 | 0 | 3
    Altre Assenze | - | 0 | 0 | 1
  `),
  set({ id: 'it-medicina-lavoro-dipendenti-visite-export', kind: 'Italian occupational health software\'s employee export (id, surname, first name, tax code, employer, post, last medical visit, outcome, expiry, status)', lang: 'it', defaultCountry: 'IT', source: 'index:68304024459 (an occupational medicine app\'s export service, C#)' }, `
    ID | externalId | 4411 | 4412 | 4520
    Cognome | lastName | Bruno | Gatti | Mancini
    Nome | firstName | Fabio | Silvia | Antonio
    Codice Fiscale | - | BRNFBA80A01H501U | GTTSLV87M52F839Q | MNCNTN75R10L736X
    # The employer the worker is followed for: the person's company.
    Azienda | companyName | Edilizia Bruno Srl | Logistica Adriatica SpA | Edilizia Bruno Srl
    Mansione | - | Muratore | Magazziniera | Carpentiere
    Ultima Visita | - | 2025-11-12 | 2026-01-20 | 2025-06-03
    Esito | - | Idoneo | Idoneo con prescrizioni | Idoneo
    Scadenza | - | 2026-11-12 | 2027-01-20 | 2026-06-03
    Stato | - | Valido | Valido | In scadenza
  `),
  set({ id: 'it-protezione-civile-volontari-competenze', kind: 'Italian civil protection association\'s volunteer import (surname, first name, network code, birth date and place, tax code, phone, e-mail, town of residence, then training courses, roles, radio, licences and equipment skills)', lang: 'it', defaultCountry: 'IT', source: 'index:62007673503 (a volunteers app\'s CSV import, its column comment, JavaScript)' }, `
    # "CODICE EMERCOMNET" is the volunteer's code in the network's system: the External ID. The town of residence is
    # the City. The course, role and skill columns are yes/no flags or dates: not imported.
    COGNOME | lastName | Ferrara | De Luca | Santoro
    NOME | firstName | Giovanni | Francesca | Alberto
    CODICE EMERCOMNET | externalId | EM-0412 | EM-0415 | EM-0520
    DATA DI NASCITA | dateOfBirth | 12/04/1979 | 30/08/1990 | 05/01/1965
    LUOGO DI NASCITA | - | Bari | Lecce | Taranto
    CODICE FISCALE | - | FRRGNN79D12A662X | DLCFNC90M70E506T | SNTLRT65A05L049B
    NUMERO DI TELEFONO | phone | 340 123 4567 | 328 765 4321 | 080 554 3322
    E-MAIL | email | g.ferrara@example.it | francesca.deluca@example.it | alberto.santoro@example.com
    COMUNE DI RESIDENZA | city | Bari | Modugno | Bitonto
    4 ORE | - | SI | SI | SI
    12 ORE | - | SI | NO | SI
    Caposquadra | - | NO | NO | SI
    HACCP | - | SI | NO | NO
    Radio C2 EMERCOMNET | - | SI | NO | SI
    Radio FIRCB | - | NO | NO | SI
    Sala Operativa EMERCOMNET | - | NO | SI | SI
    Patenti | - | B | B | B, C
    Motosega | - | NO | NO | SI
    Muletto | - | NO | NO | SI
    BLSD | - | 2025-03-10 | 2024-11-22 | 
    Manovre di disostruzione | - | SI | SI | NO
    Primo Soccorso | - | SI | SI | SI
    Visita Medica | - | 2025-09-01 | 2025-10-15 | 2025-02-20
    Altro | - | | Logistica | Autista mezzi
  `),
  set({ id: 'it-ente-formazione-domande-iscrizione-export', kind: 'Italian training body\'s course application export from a WordPress plugin (name, surname, sex, address group, birth date and place, tax code, phone, mobile, e-mail, education, course, site, registration date)', lang: 'it', defaultCountry: 'IT', source: 'index:33138379646 (a WordPress plugin\'s applications export, PHP)' }, `
    # "Codoce Fiscale" is spelt so in the file. An untyped phone is the main phone, the mobile next to it additional.
    Nome | firstName | Valentina | Riccardo | Noemi
    Cognome | lastName | Sartori | Bellini | Cattaneo
    Sesso | - | F | M | F
    Indirizzo | address1 | Via Roma 15 | Corso Garibaldi 88 | Via dei Mille 4
    Citta' | city | Brescia | Bergamo | Brescia
    Cap | postalCode | 25121 | 24122 | 25122
    Provincia | state | BS | BG | BS
    Data di nascita | dateOfBirth | 14/09/1996 | 02/02/1988 | 23/06/2001
    Luogo di nascita | - | Brescia | Lovere | Chiari
    Codoce Fiscale | - | SRTVNT96P54B157L | BLLRCR88B02E704S | CTTNMO01H63C618E
    Telefono | phone | 030 123456 | | 030 654321
    Cellulare | additionalPhones | 347 555 1212 | 348 222 3344 | 
    Email | email | valentina.sartori@example.it | riccardo.bellini@example.com | noemi.cattaneo@example.it
    Titolo di studio | - | Diploma | Laurea triennale | Diploma
    Corso | - | Operatore socio sanitario | Contabilità base | Operatore socio sanitario
    Sede | - | Brescia | Bergamo | Brescia
    Data Registrazione | - | 2026-01-12 09:30:00 | 2026-01-14 17:02:41 | 2026-01-20 11:45:10
  `),
  set({ id: 'it-ambulatorio-pazienti-export-anamnesi', kind: 'Italian clinic app\'s patient export written by a Dart model (id, e-mail, tax code, VAT number, name, surname, profile, address group, birth date and place, phone, mobile, history; the notes and entry date headers run together as the code writes them)', lang: 'it', defaultCountry: 'IT', source: 'index:23290305858 (a Flutter app\'s patient model printing its CSV header line, Dart)' }, `
    # The code joins 'Anamnesi;Note' and 'Data Inserimento;...' without a separator, so one header reads
    # "NoteData Inserimento". The app's user id is the External ID.
    UID | externalId | kq3LwZ81 | Pm7Xc20a | Tz9Bn44d
    Mail | email | lorenzo.vitale@example.it | anna.marino@example.com | g.pace@example.it
    CF | - | VTLLNZ82S10H501W | MRNNNA91D44F205K | PCAGPP70E15L219Z
    PIVA | - | | | 01234567890
    Nome | firstName | Lorenzo | Anna | Giuseppe
    Cognome | lastName | Vitale | Marino | Pace
    Profilo | - | paziente | paziente | paziente
    Indirizzo | address1 | Via Appia Nuova 210 | Via Padova 33 | Corso Francia 120
    Cittá | city | Roma | Milano | Torino
    CAP | postalCode | 00183 | 20127 | 10143
    Provincia | state | RM | MI | TO
    Data di Nascita | dateOfBirth | 10/11/1982 | 04/04/1991 | 15/05/1970
    Luogo di Nascita | - | Roma | Milano | Torino
    Telefono | phone | 06 7012345 | | 011 4567890
    Cellulare | additionalPhones | 333 1122334 | 345 6677889 | 
    Anamnesi | - | Ipertensione | | Allergia al lattice
    NoteData Inserimento | - | | Preferisce il pomeriggio | 
    Data Modifica | - | 2026-02-01 | 2026-02-14 | 2026-03-02
  `),
  set({ id: 'it-formazione-iscrizioni-residenza-domicilio-largo', kind: 'Italian training body\'s registration export from a WordPress plugin (31 columns: name, surname, sex, residence and domicile address groups, birth date, place, province and country, citizenship, tax code, phone, personal and work e-mail, education, employment status, the employer body\'s type, name, workplace and service, course, site, date, privacy and declaration flags)', lang: 'it', defaultCountry: 'IT', source: 'index:33482667623 (a WordPress plugin\'s registrations export, PHP)' }, `
    # Residence is the primary address, domicile the alternate group: only residence is imported. Personal e-mail is the
    # main one, the work e-mail additional. The employer body's name ("Ente Ragione Sociale") is the Company; its kind
    # ("Ente appartenenza"), workplace and service are not imported.
    Nome | firstName | Alessio | Cristina | Daniela
    Cognome | lastName | Grasso | Monti | Farina
    Sesso | - | M | F | F
    Indirizzo residenza | address1 | Via Etnea 300 | Via Libertà 12 | Viale Regina Margherita 5
    Citta' residenza | city | Catania | Palermo | Messina
    CAP residenza | postalCode | 95128 | 90143 | 98121
    Provincia residenza | state | CT | PA | ME
    Indirizzo domicilio | - | | Via Sciuti 40 | 
    Citta' domicilio | - | | Palermo | 
    CAP domicilio | - | | 90144 | 
    Provincia domicilio | - | | PA | 
    Data di nascita | dateOfBirth | 19/03/1983 | 08/12/1977 | 27/10/1990
    Luogo di nascita | - | Acireale | Palermo | Messina
    Provincia di nascita | - | CT | PA | ME
    Stato di nascita | - | Italia | Italia | Italia
    Cittadinanza | - | Italiana | Italiana | Italiana
    Codice Fiscale | - | GRSLSS83C19A028T | MNTCST77T48G273Y | FRNDNL90R67F158Q
    Telefono | phone | 347 8899001 | 091 6123456 | 329 4455667
    Email Personale | email | alessio.grasso@example.it | cristina.monti@example.com | daniela.farina@example.it
    Email Aziendale | additionalEmails | a.grasso@asp-ct.example.it | | d.farina@comune-me.example.it
    Titolo di Studio | - | Laurea magistrale | Diploma | Laurea triennale
    Stato Occupazionale | - | Occupato | Occupata | Occupata
    Ente appartenenza | - | Pubblico | Privato | Pubblico
    Ente Ragione Sociale | companyName | ASP Catania | Cooperativa Sociale Il Faro | Comune di Messina
    Ente Sede Lavoro | - | Catania | Palermo | Messina
    Ente Servizio | - | Dipartimento di prevenzione | Servizi educativi | Servizi sociali
    Corso | - | Sicurezza sul lavoro | Progettazione sociale | Sicurezza sul lavoro
    Sede | - | Catania | Palermo | Messina
    Data Registrazione | - | 2026-03-02 10:15:00 | 2026-03-03 16:40:22 | 2026-03-05 08:55:41
    Flag privacy | - | 1 | 1 | 1
    Flag autodichiarazione veridicita' | - | 1 | 1 | 1
  `),
  set({ id: 'it-gestionale-dipendenti-import-sede', kind: 'Italian staff management app\'s employee CSV import (surname, first name, e-mail, tax code, phone, branch id)', lang: 'it', defaultCountry: 'IT', source: 'index:2420547726 (an admin page\'s employee import dialog, its format hint, PHP)' }, `
    cognome | lastName | Riva | Palumbo | Longo
    nome | firstName | Marta | Giacomo | Irene
    email | email | marta.riva@example.it | giacomo.palumbo@example.it | irene.longo@example.com
    codice_fiscale | - | RVIMRT88L50D969V | PLMGCM92A01F839R | LNGRNI85S41L736C
    telefono | phone | 010 2345678 | 081 7654321 | 041 5566778
    # The branch the employee works at, as the app's id: not imported.
    sede_id | - | 1 | 3 | 2
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-ministry-platform-household-contacts', kind: 'church management system (Ministry Platform) household contact export, as a directory sync tool reads it (household id and name, address group, contact id, first and last name, e-mail, mobile)', lang: 'en', source: 'index:66596069152 (a church directory sync tool\'s source tests, the Ministry Platform shape, JavaScript)' }, `
    # "Contact_ID" is the church CRM's contact id: a column named Contact ID in a CRM's export is the Contact ID. The
    # household's id and display name are the family's, not the person's.
    Household_ID | - | 1042 | 1042 | 1077
    Household_Name | - | The Alvarez Family | The Alvarez Family | The Okafor Family
    Address_Line_1 | address1 | 318 Willow Bend Dr | 318 Willow Bend Dr | 9 Church St
    City | city | Lima | Lima | Wapakoneta
    State_Region | state | OH | OH | OH
    Postal_Code | postalCode | 45805 | 45805 | 45895
    Contact_ID | contactId | 5512 | 5513 | 6120
    First_Name | firstName | Rosa | Daniel | Chidi
    Last_Name | lastName | Alvarez | Alvarez | Okafor
    Email_Address | email | rosa.alvarez@example.org | dan.alvarez@example.com | chidi.okafor@example.net
    Mobile_Phone | phone | 419-555-0148 | 419-555-0163 | 419-555-0192
  `),
  set({ id: 'en-facts-school-family-parents-export', kind: 'FACTS school information system family export, as a school directory tool reads it (family name and address, one student\'s name, two parents\' names and e-mails)', lang: 'en', source: 'index:66619143536 (a school directory tool\'s source tests, the FACTS shape, JavaScript)' }, `
    # A family list: the student has no contact columns, so the first parent is the contact (in a list of parents the
    # parent is the contact) and takes the family's address; the student and the second parent are other people and
    # are not imported. The family name is the household's, not imported beside the parent's own last name.
    Family Name | - | Whitfield | Nakamura | Brennan
    Family Address | address1 | 27 Orchard Ln | 1408 Spring Valley Rd | 55 Harbor View Ct
    Family City | city | Lima | Findlay | Lima
    Family State | state | OH | OH | OH
    Family Zip | postalCode | 45801 | 45840 | 45804
    Student First Name | - | Ella | Kenji | Owen
    Student Last Name | - | Whitfield | Nakamura | Brennan
    Parent 1 First Name | firstName | Laura | Hiro | Megan
    Parent 1 Last Name | lastName | Whitfield | Nakamura | Brennan
    Parent 1 Email | email | laura.whitfield@example.org | hiro.n@example.com | megan.brennan@example.net
    Parent 2 First Name | - | Tom | Aiko | 
    Parent 2 Last Name | - | Whitfield | Nakamura | 
    Parent 2 Email | - | tom.whitfield@example.org | aiko.n@example.com | 
  `),
  set({ id: 'en-google-forms-training-attendance-employee-id', kind: 'Google Forms responses CSV of an Indian company\'s training attendance form (timestamp, e-mail, full name, employee id, training domain)', lang: 'en', defaultCountry: 'IN', source: 'index:69057511995 (a form responses service\'s tests, JavaScript)' }, `
    # The employee id is the company's id of the person: the External ID. The domain is the training track chosen.
    Timestamp | - | 15/09/2026 09:05:12 | 15/09/2026 09:11:40 | 16/09/2026 10:02:03
    Email Address | email | ravi.kumar@example.in | neha.sharma@example.com | arjun.menon@example.in
    Full Name | name | Ravi Kumar | Neha Sharma | Arjun Menon
    Employee ID | externalId | TEN014 | TEN027 | TEN031
    Domain | - | Python | Web Development | Data Science
  `),
  set({ id: 'en-google-forms-internship-applications-college', kind: 'Google Forms internship application responses uploaded to a recruiting dashboard (timestamp, e-mail, full name, college, degree, year of study)', lang: 'en', source: 'index:53386892240 (a recruiting dashboard\'s end-to-end test, TypeScript)' }, `
    # The college a student applicant attends is not an employer: not imported, like a school.
    Timestamp | - | 2026-03-09 10:00:00 | 2026-03-09 11:42:17 | 2026-03-10 08:15:30
    Email Address | email | maya.chen@example.edu | liam.oconnor@example.edu | sara.patel@example.com
    Full Name | name | Maya Chen | Liam O'Connor | Sara Patel
    College | - | University of Michigan | Boston University | Georgia Tech
    Degree | - | Computer Science | Economics | Industrial Engineering
    Year of Study | - | 3rd Year | 2nd Year | 4th Year
  `),
  set({ id: 'en-google-forms-youth-policy-submissions', kind: 'Google Forms export of a youth climate network\'s policy submissions (timestamp, e-mail, full name, country, region, organisation, submission type, theme, recommendation)', lang: 'en', source: 'index:70148546922 (a youth statement tool\'s import tests, JavaScript)' }, `
    # The organisation the young person submits for is their organisation: the Company name.
    Timestamp | - | 2026-07-01 10:00:00 | 2026-07-02 11:00:00 | 2026-07-03 16:25:41
    Email Address | email | amina.y@example.org | lucas.ferreira@example.org | priya.n@example.com
    Full Name | name | Amina Yusuf | Lucas Ferreira | Priya Nair
    Country | country | Kenya | Brazil | India
    Region | - | Africa | Latin America | Asia-Pacific
    Organisation | companyName | Sunrise Youth Kenya | LCOY Brasil | Green Campus Kerala
    Type of submission | - | Individual | Organisation | Individual
    Theme | - | NDCs | Adaptation | Climate education
    Policy recommendation | - | Parties must include youth in NDC reviews. | Fund locally led adaptation. | Make climate literacy part of every curriculum.
  `),
  set({ id: 'en-hackathon-registrations-team-export', kind: 'Indian college hackathon\'s admin export of approved registrations, one line per participant (registration id, event, domain, registering account, team, date, status, certificate code, participant\'s name, e-mail and phone, T-shirt size, food preference, college, lab)', lang: 'en', defaultCountry: 'IN', source: 'index:56715960923 (an event platform\'s registration export service, Java)' }, `
    # The registration, event and certificate columns are the registration's; "Registered Account" is the account that
    # registered the team, not the participant's own. The team is a group the participant belongs to: Tags. The
    # student's college is not an employer: not imported.
    Registration ID | - | 118 | 118 | 124
    Event Name | - | CodeStorm 2026 | CodeStorm 2026 | CodeStorm 2026
    Domain | - | AI/ML | AI/ML | Web3
    Registered Account | - | ananya.r@example.in | ananya.r@example.in | kiran.das@example.in
    Team Name | tags | Byte Benders | Byte Benders | Null Pointers
    Registration Date | - | 2026-02-03 14:22:10 | 2026-02-03 14:22:10 | 2026-02-04 09:10:45
    Status | - | APPROVED | APPROVED | APPROVED
    Certificate Code | - | CS26-0118-1 | CS26-0118-2 | CS26-0124-1
    Participant Name | name | Ananya Rao | Vikram Iyer | Kiran Das
    Participant Email | email | ananya.r@example.in | vikram.iyer@example.com | kiran.das@example.in
    Phone | phone | 9876543210 | 9123456780 | 9988776655
    T-Shirt Size | - | M | L | S
    Food Preference | - | Veg | Non-Veg | Veg
    College | - | VIT Vellore | VIT Vellore | SRM Chennai
    Lab Allotment | - | Lab 3 | Lab 3 | Lab 5
  `),
  set({ id: 'en-company-sports-day-registrations-alias', kind: 'company sports event registration admin export (employee alias, name, e-mail, phone, T-shirt size, registered events)', lang: 'en', source: 'index:55141094974 (an event registration app\'s admin export tests, TypeScript)' }, `
    # The alias is the employee's login name at the company: another system's id of the person, the External ID.
    Alias | externalId | jmorales | kpatel | swright
    Name | name | Jenna Morales | Kiran Patel | Sam Wright
    Email | email | jmorales@example.com | kpatel@example.com | swright@example.com
    Phone | phone | 425-555-0117 | 206-555-0182 | 425-555-0139
    T-Shirt Size | - | S | L | M
    Registered Events | - | 5K Run; Table Tennis | Cricket | Volleyball; Tug of War
  `),
  set({ id: 'en-pos-shop-customers-loyalty-export', kind: 'desktop point-of-sale app\'s customer export (name, phone, e-mail, address, loyalty points, total spent, total orders, joined)', lang: 'en', source: 'index:67086288180 (an Electron POS app\'s customer IPC handlers, its CSV export, JavaScript)' }, `
    Name | name | Dana Whitaker | Marcus Bell | Lena Novak
    Phone | phone | (555) 201-4477 | (555) 318-9920 | 
    Email | email | dana.w@example.com | | lena.novak@example.net
    Address | address1 | 12 Elm St, Springfield | 880 Lakeshore Dr, Apt 5 | 
    Loyalty Points | - | 240 | 35 | 0
    Total Spent | - | 1280.5 | 214 | 39.99
    Total Orders | - | 18 | 3 | 1
    Joined | - | 2025-04-12 10:31:07 | 2025-11-02 17:45:52 | 2026-01-20 12:03:18
  `),
];
