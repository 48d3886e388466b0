// The twenty-fifth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files and English ones from nonprofits, schools, events, shops and campus games; the other half,
// corpus-heldout25a.ts, holds English, German, Dutch and mixed-language files): 56 header sets (467 columns, 251 of
// them expected to map; 12 Spanish, 12 Portuguese, 12 French, 12 Italian, 8 English; 3 files without a header row, 2
// with lines above it (a "Relatório de contatos" title line, an event name, a generation date and a blank line); 2
// sets of 25 and 28 columns, 2 of 17 and 19) from sources none of the other parts use, found in the public code index
// with exact-string searches for everyday header lines in these languages (member, client, patient, pupil, student,
// applicant, guest, donor, player, volunteer, staff and lead lists, club, association, school and event registers,
// shop, CRM and admin exports, importer templates and their tests, database tables and data files read without a
// header) and written down, with the mapping a careful person would choose by the field definitions and the issue's
// rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the index
// file the header text was read from (the index does not name its repository); the kind says what the file is. Sample
// values are made up in the shape of each file's own (no personal data or example rows from the sources are copied).
// A trailing empty column (a header line ending in the separator) is written as "". Leading and trailing spaces of a
// header cell and byte-order marks cannot be written in the table and are left out (a set's comment says where). Wide
// files are kept to their first columns, stopping at a column boundary. No set's headers repeat an older part's (each
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
// The eighteenth part's second half's recurring choices, kept here:
// - The school, college or university a student or applicant attends is not an employer and is not imported; the
//   employer a mentor, a teacher or a candidate names is the person's company.
// - A group the person comes with or is registered with (a youth group, a parish, a scout group) is Tags; the
//   group's own address, phone, codes and e-mail are not imported.
// The twenty-fourth part's second half's recurring choice, kept here:
// - A donor list's gift columns (receipt, amount, currency, purpose, project, campaign, payment method, date) are what
//   the gift is about and are not imported; the donor is the contact.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout25' }, table);
/** A header the table format cannot hold (a line starting with "#" is a comment there), put back after parsing. */
const withHeader = (s: CorpusSet, column: number, header: string): CorpusSet => ({ ...s, headers: s.headers.map((h, i) => (i === column ? header : h)) });

export const HELDOUT25B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  withHeader(set({ id: 'es-co-evento-inscritos-export-titulo-identificacion', kind: 'Colombian event platform\'s attendee list export, event and generation lines and a blank line above the header (row number, full name, e-mail, ID number, sign-up date)', lang: 'es', defaultCountry: 'CO', above: [['Evento:', 'Foro de Emprendimiento Rural 2026'], ['Generado:', '14/10/2026 15:22:10'], []], source: 'index:67105520573 (an event app\'s attendee export, JavaScript)' }, `
    # The first column, headed "#" (a line starting with "#" is a comment here, so withHeader puts the header back),
    # is the list's own row number: not imported.
    N | - | 1 | 2 | 3
    Nombre Completo | name | Natalia Bermúdez Ríos | Jhon Fredy Osorio | Marcela Duque
    Correo Electrónico | email | natalia.bermudez@example.co | jfosorio@example.com | marcela.duque@example.co
    Identificación | - | 1053812345 | 75123456 | 30345678
    Fecha de Inscripción | - | 02/10/2026, 9:14:22 a. m. | 03/10/2026, 4:40:05 p. m. | 05/10/2026, 11:02:51 a. m.
  `), 0, '#'),
  set({ id: 'es-pe-socios-comerciales-directorio-tipo', kind: 'Peruvian business partner directory file written by its admin page with a byte-order mark (full name, e-mail, kind of partner, birth date)', lang: 'es', defaultCountry: 'PE', source: 'index:17128856280 (a partner directory admin page writing directorio.txt, PHP)' }, `
    Nombre Completo | name | Julio César Vargas | Textiles Andinos SAC | Milagros Paredes
    Correo Electrónico | email | jcvargas@example.pe | ventas@textilesandinos.example | milagros.paredes@example.com
    # The kind of partner (supplier, distributor) is a category the contact is filed under: Tags.
    Tipo | tags | Proveedor | Distribuidor | Proveedor
    Fecha de Nacimiento | dateOfBirth | 1979-04-22 | "" | 1990-08-15
  `),
  set({ id: 'es-do-escuela-personas-import-nombre-completo', kind: 'Dominican school app\'s people import with Spanish headers and accents, in its parser test (full name, e-mail, phone)', lang: 'es', defaultCountry: 'DO', source: 'index:71223481996 (a people CSV parser test, JavaScript)' }, `
    Nombre completo | name | Yokasta Peña | Rafael Almonte | Wanda Santana
    Correo electrónico | email | yokasta.pena@example.do | ralmonte@example.com | wanda.santana@example.do
    Teléfono | phone | 809-555-0142 | 829-555-0177 | 849-555-0133
  `),
  set({ id: 'es-emprendedores-graduados-export-referencia', kind: 'entrepreneurship programme\'s graduate list export (entrepreneur id, full name, e-mail, mobile number, graduation status and date, reference)', lang: 'es', defaultCountry: 'CO', source: 'index:43507187289 (a programme dashboard\'s CSV export, JavaScript)' }, `
    ID Emprendedor | externalId | EMP-0312 | EMP-0318 | EMP-0327
    Nombre Completo | name | Diana Marcela Ruiz | Fernando Gil | Leidy Johana Cano
    Correo Electrónico | email | diana.ruiz@example.co | fgil@example.com | leidy.cano@example.co
    Número Celular | phone | 3157894561 | 3012345678 | 3226549870
    Estado Graduación | - | Graduado | En curso | Graduado
    Fecha Graduación | - | 2026-06-20 | "" | 2026-06-20
    # A reference (who vouched for the entrepreneur) is not a contact field.
    Referencia | - | Cámara de Comercio | "" | Alcaldía
  `),
  set({ id: 'es-concesionario-leads-export-vehiculo-interes', kind: 'car dealership site\'s lead export for Excel with a byte-order mark (date and time, full name, e-mail, WhatsApp, vehicle of interest)', lang: 'es', defaultCountry: 'MX', source: 'index:56213200279 (a dealership site\'s admin panel, CSV export, JavaScript)' }, `
    Fecha/Hora | - | 14/10/2026, 10:12:30 | 14/10/2026, 12:45:02 | 15/10/2026, 09:03:44
    Nombre Completo | name | Rodrigo Salinas | Paola Gutiérrez | Héctor Villarreal
    Correo Electrónico | email | rodrigo.salinas@example.mx | paola.gtz@example.com | ""
    WhatsApp | phone | 81 1234 5678 | 55 8765 4321 | 33 2345 6789
    Vehículo de Interés | - | SUV Compacta 2026 | Sedán Híbrido | Pick-up Doble Cabina
  `),
  set({ id: 'es-biblioteca-socios-archivo-sin-cabecera', kind: 'library lending exercise\'s members file socios.txt, one member a line separated by ";" with no header row (member number, name, surname, e-mail, active)', lang: 'es', noHeader: true, defaultCountry: 'AR', source: 'index:63217115468 (a library system\'s file loader, Java)' }, `
    "" | externalId | S014 | S015 | S021
    "" | firstName | Florencia | Matías | Carolina
    "" | lastName | Benítez | Quiroga | Sosa
    "" | email | flor.benitez@example.com.ar | mquiroga@example.com | caro.sosa@example.com.ar
    "" | - | true | true | false
  `),
  set({ id: 'es-ec-clientes-insercion-cedula-celular', kind: 'Ecuadorian shop API\'s client table, the columns its insert writes (ID card, names, surnames, mobile, e-mail)', lang: 'es', defaultCountry: 'EC', source: 'index:2176105724 (an Express clients router, MySQL insert, JavaScript)' }, `
    Cedula | - | 1712345678 | 0923456789 | 1103456721
    Nombres | firstName | María José | Luis Alberto | Gabriela
    Apellidos | lastName | Andrade Vega | Cevallos | Toapanta Ruiz
    Celular | phone | 0987654321 | 0991234567 | 0976543210
    Email | email | mjandrade@example.ec | luis.cevallos@example.com | gtoapanta@example.ec
  `),
  set({ id: 'es-co-clientes-registro-documento-genero-rol', kind: 'Colombian shop site\'s client registration, the fields its form binds (document number, names, surnames, mobile, e-mail, city, gender, password, phone, address, status, role, document type)', lang: 'es', defaultCountry: 'CO', source: 'index:25016071812 (an ASP.NET MVC clients controller, C#)' }, `
    NroDocumento | - | 1020456789 | 52345678 | 1144098765
    Nombres | firstName | Andrés Felipe | Claudia | Stiven
    Apellidos | lastName | Ramírez Soto | Patiño | Mosquera
    # With an untyped phone beside it, the mobile is an additional phone.
    Celular | additionalPhones | 3114567890 | 3159876543 | 3186543210
    Correo | email | andres.ramirez@example.co | claudia.patino@example.com | stiven.m@example.co
    Ciudad | city | Bogotá | Medellín | Cali
    Genero | - | Masculino | Femenino | Masculino
    Contraseña | - | ******** | ******** | ********
    Telefono | phone | 6014567890 | 6043214567 | ""
    Direccion | address1 | Cra 15 # 85-20 | Calle 50 # 45-12 | Av 6N # 23-45
    Estado | - | true | true | false
    IdRol | - | 2 | 2 | 2
    IdTipoDocumento | - | 1 | 1 | 1
  `),
  set({ id: 'es-pe-clientes-insercion-nombres-celular-direccion', kind: 'Peruvian desktop app\'s client table, the columns its save writes (names, surnames, mobile, e-mail, address)', lang: 'es', defaultCountry: 'PE', source: 'index:40707884384 (a Windows Forms client form, SQL insert, C#)' }, `
    nombres | firstName | JORGE LUIS | ROSA MARÍA | KATHERINE
    apellidos | lastName | QUISPE MAMANI | HUAMÁN TORRES | SALAZAR
    celular | phone | 987654321 | 956123478 | 912345678
    correo | email | jquispe@example.pe | rosa.huaman@example.com | ""
    direccion | address1 | AV. LOS INCAS 456 | JR. AREQUIPA 123 | CALLE LAS FLORES 78
  `),
  set({ id: 'es-co-agro-usuarios-tabla-negocio-vereda', kind: 'Colombian rural services platform\'s user table, the columns its insert writes (ID card, names, surnames, mobile, address, user type, e-mail, password, expertise, business name, photo, registration and birth dates, department, municipality, district and village ids, latitude, longitude)', lang: 'es', defaultCountry: 'CO', source: 'index:3690596069 (an Express users service, MySQL insert, JavaScript)' }, `
    cedula | - | 1053456789 | 24345678 | 1058123456
    nombres | firstName | Hernando | Luz Dary | Yeison
    apellidos | lastName | Ospina Castaño | Giraldo | Arias
    celular | phone | 3124567890 | 3109876543 | 3206543219
    direccion | address1 | Finca La Esperanza | Calle 5 # 4-20 | Vereda El Roble, lote 3
    id_tipo_usuario | - | 2 | 1 | 2
    email | email | hernando.ospina@example.co | luzdary@example.com | ""
    password | - | $2b$10$Qw... | $2b$10$Zx... | $2b$10$Lm...
    id_area_experticia | - | 4 | "" | 7
    # The farm or business the person runs is the person's company.
    nombre_negocio | companyName | Café La Esperanza | "" | Apícola El Roble
    foto | - | u_101.jpg | "" | u_117.jpg
    fecha_registro | - | 2026-03-14 | 2026-04-02 | 2026-05-20
    fecha_nacimiento | dateOfBirth | 1971-09-08 | 1985-02-17 | 1996-12-01
    # Departments, municipalities, districts and villages are given as row ids of this database's tables, which name
    # no place outside it: not imported.
    id_departamento | - | 17 | 17 | 17
    id_municipio | - | 174 | 001 | 174
    id_corregimiento | - | 3 | "" | 5
    id_vereda | - | 21 | "" | 34
    latitud | - | 5.0689 | 5.0703 | 5.0512
    longitud | - | -75.5174 | -75.5138 | -75.4987
  `),
  set({ id: 'es-mx-clientes-insercion-apellido-paterno-materno', kind: 'Mexican practice database\'s client table, an INSERT column list (client id, name, paternal and maternal surnames, phone, e-mail)', lang: 'es', defaultCountry: 'MX', source: 'index:45444817510 (a SQL script creating and filling a client table)' }, `
    id_cliente | externalId | 1 | 2 | 3
    nombre | firstName | Brenda | Ulises | Ximena
    apellido_paterno | lastName | Hernández | Olvera | Cruz
    apellido_materno | - | Ortiz | Barrera | Trejo
    telefono | phone | 7712345678 | 7719876543 | 7751122334
    email | email | brenda.hdz@example.mx | ulises.olvera@example.com | xcruz@example.mx
  `),
  set({ id: 'es-gestoria-clientes-empresas-cif-poblacion', kind: 'Spanish bookkeeping app\'s client companies upload, a semicolon CSV in its end-to-end test (name, CIF, e-mail, postcode, town)', lang: 'es', defaultCountry: 'ES', source: 'index:70170542800 (a bookkeeping app\'s end-to-end test, JavaScript)' }, `
    # The rows are businesses (an SL, a bar): the name is the Company name.
    Nombre | companyName | Taller Mecánico Ruiz SL | Cafetería La Plaza | Estudio Gràfic Moll SLU
    CIF | - | B-23456789 | B98765432 | B-65432198
    Email | email | "" | laplaza@example.es | hola@grafic-moll.example
    Código postal | postalCode | 08014 | 08002 | 08025
    Población | city | Barcelona | Barcelona | Barcelona
  `),
  // --------------------------------------------------------------------------------------------------- Portuguese
  set({ id: 'pt-br-fgts-leads-modelo-largo-celulares', kind: 'Brazilian payroll-loan lead tool\'s FGTS lead file template, a wide semicolon CSV (CPF, name, birth date, age, kind, street, number, complement, district, town, UF, CEP, salary, balance, hire date, employer, contribution time, demographic, likely profession, score, FGTS flag, two mobiles with their do-not-call and WhatsApp flags, e-mail)', lang: 'pt', defaultCountry: 'BR', source: 'index:12366093622 (a lead tool\'s CSV template builder, JavaScript)' }, `
    CPF | - | 123.456.789-01 | 234.567.890-12 | 345.678.901-23
    Nome | name | JOSÉ CARLOS DA SILVA | MARIA APARECIDA SOUZA | ANDERSON LUIZ PEREIRA
    Data_de_Nascimento | dateOfBirth | 1975-03-18 | 1982-11-04 | 1990-07-22
    IDADE | - | 51 | 44 | 36
    TIPO | - | CLT | CLT | CLT
    LOGRADOURO | address1 | RUA DAS PALMEIRAS | AV. BRASIL | RUA SETE DE SETEMBRO
    NUMERO | - | 120 | 2450 | 88
    COMPLEMENTO | - | CASA 2 | AP 31 | ""
    BAIRRO | - | JARDIM AMÉRICA | CENTRO | VILA NOVA
    CIDADE | city | GOIÂNIA | ANÁPOLIS | APARECIDA DE GOIÂNIA
    UF | state | GO | GO | GO
    CEP | postalCode | 74255-010 | 75020-030 | 74905-120
    Salario | - | 3200,00 | 2450,00 | 4100,00
    Saldo_Aproximado | - | 8500,00 | 3200,00 | 12700,00
    Data_de_Admissao | - | 2014-02-10 | 2019-08-01 | 2016-05-16
    # The employer named for the worker is the person's company.
    Razao_Social | companyName | TRANSPORTES CERRADO LTDA | SUPERMERCADO BOM PREÇO LTDA | METALÚRGICA GOIÁS S/A
    Tempo_de_Contribuicao | - | 12 | 7 | 10
    DEMOGRAFICA | - | B2 | C1 | B1
    POSSIVEL_PROFISSAO | - | MOTORISTA | OPERADORA DE CAIXA | SOLDADOR
    SCORE | - | 720 | 610 | 805
    FLAG_FGTS | - | 1 | 1 | 0
    # Typed phones only: the first mobile is the main phone, the second an additional one.
    CEL1 | phone | 62991234567 | 62984567890 | 62999887766
    PROCONCEL1 | - | 0 | 0 | 1
    FLWHATSAPPCEL1 | - | 1 | 1 | 0
    CEL2 | additionalPhones | 62981112233 | "" | 62993334455
    PROCONCEL2 | - | 0 | "" | 0
    FLWHATSAPPCEL2 | - | 0 | "" | 1
    EMAIL1 | email | josecarlos.silva@example.com.br | "" | anderson.pereira@example.com
  `),
  set({ id: 'pt-br-locadora-clientes-arquivo-sem-cabecalho', kind: 'Brazilian car dealer and rental exercise\'s client file, one client a line separated by ";" with no header row (name, CPF, birth date, birth year, marital status, phone, e-mail, monthly income, profession, street, number, complement, district, town, UF, CEP, driving licence)', lang: 'pt', noHeader: true, defaultCountry: 'BR', source: 'index:68851851598 (a dealer system\'s file loader, C)' }, `
    "" | name | Paulo Henrique Matos | Renata Sales | Cristiano Alves
    "" | - | 11122233344 | 22233344455 | 33344455566
    "" | dateOfBirth | 12/06/1985 | 30/01/1992 | 08/09/1978
    "" | - | 1985 | 1992 | 1978
    "" | - | Casado | Solteira | Divorciado
    "" | phone | (71) 99876-5432 | (71) 98765-1234 | (75) 99123-4567
    "" | email | paulo.matos@example.com.br | renata.sales@example.com | cristiano.alves@example.com.br
    "" | - | 6500.00 | 4200.00 | 9800.00
    "" | - | Engenheiro | Enfermeira | Comerciante
    "" | address1 | Rua Chile | Av. Sete de Setembro | Rua Direta da Piedade
    "" | - | 45 | 1200 | 17
    "" | - | Apto 302 | "" | Sala 4
    "" | - | Centro | Vitória | Barris
    "" | city | Salvador | Salvador | Feira de Santana
    "" | state | BA | BA | BA
    "" | postalCode | 40020-000 | 40080-001 | 44001-000
    "" | - | 01234567890 | 02345678901 | 03456789012
  `),
  set({ id: 'pt-br-pousada-reservas-export-quarto-cpf', kind: 'Brazilian inn\'s booking report export, a semicolon CSV ending in the separator (booking id, name, surname, room, check-in, check-out, status, booking date, CPF, e-mail, total)', lang: 'pt', defaultCountry: 'BR', source: 'index:30352297388 (a booking system\'s report controller, CSV export, C#)' }, `
    ID_RESERVA | - | 1042 | 1043 | 1047
    NOME | firstName | Gabriel | Aline | Otávio
    SOBRENOME | lastName | Cunha | Teixeira | Siqueira
    QUARTO | - | 12 | 7 | 3
    ENTRADA | - | 18/12/2026 | 20/12/2026 | 27/12/2026
    SAIDA | - | 21/12/2026 | 22/12/2026 | 02/01/2027
    STATUS_RESERVA | - | CONFIRMADA | PENDENTE | CONFIRMADA
    DATA_RESERVA | - | 02/11/2026 | 05/11/2026 | 09/11/2026
    CPF | - | 123.456.789-09 | 987.654.321-00 | 456.123.789-55
    EMAIL | email | gabriel.cunha@example.com.br | aline.t@example.com | otavio.siqueira@example.com.br
    VALOR_TOTAL | - | 1350,00 | 640,00 | 2480,00
    "" | - | "" | "" | ""
  `),
  set({ id: 'pt-br-rastreamento-contratos-export-placas', kind: 'Brazilian vehicle tracking company\'s contract list export, a semicolon CSV (client, enrolment, group, plates, start date, recurrence, monthly fee, total, kind of work order, WhatsApp, e-mail, sheet, situation)', lang: 'pt', defaultCountry: 'BR', source: 'index:12515589613 (a contracts dashboard\'s CSV export, JavaScript)' }, `
    Cliente | name | Transportes Oliveira Ltda | Márcio Henrique Lima | Sílvia Araújo
    # The contract's enrolment number is the contract's, not the client's: not imported, like an order number.
    Matrícula | - | 2024-0187 | 2025-0033 | 2025-0102
    CONJUNTO | - | Frota Sul | "" | ""
    Placa(s) | - | ABC1D23, EFG4H56 | QWE7R89 | RTY2U34
    Data Início | - | 01/03/2024 | 15/01/2025 | 10/06/2025
    % Recorrência | - | 100 | 50 | 100
    Valor Mensal | - | 179,80 | 89,90 | 89,90
    Total | - | 4.135,40 | 1.348,50 | 1.258,60
    Tipo OS | - | Instalação | Manutenção | Instalação
    WhatsApp | phone | (51) 99812-3456 | (51) 98456-1122 | (54) 99123-7788
    E-mail | email | frota@oliveira.example | marcio.lima@example.com | silvia.araujo@example.com.br
    Planilha | - | contratos_2024 | contratos_2025 | contratos_2025
    Situação | - | Ativo | Ativo | Suspenso
  `),
  set({ id: 'pt-br-imobiliaria-leads-bom-responsavel-email', kind: 'Brazilian real-estate lead tool\'s lead file, a semicolon CSV with a byte-order mark in its parser test (name, WhatsApp, e-mail, responsible broker\'s e-mail, city)', lang: 'pt', defaultCountry: 'BR', source: 'index:68941728102 (a lead CSV parser test, TypeScript)' }, `
    # The source writes a byte-order mark before "Nome", which the table cannot hold.
    Nome | name | Tatiane Borges | Rogério Nunes | Vanessa Melo
    WhatsApp | phone | 5511987654321 | 5511976543210 | 5513991234567
    E-mail | email | tatiane.borges@example.com.br | rogerio.nunes@example.com | ""
    # The broker in charge, given by e-mail, is the user in charge of the lead: the Contact owner.
    Responsável email | owner | corretor1@imob.example | corretor2@imob.example | corretor1@imob.example
    Cidade | city | São Paulo | Guarulhos | Santos
  `),
  set({ id: 'pt-br-estudio-alunas-export-estilo-risco', kind: 'Brazilian dance or fitness studio app\'s student export, a semicolon CSV (name, WhatsApp, e-mail, predominant style, stage, payment method, no-show risk, registered at)', lang: 'pt', defaultCountry: 'BR', source: 'index:71357546324 (a studio app\'s export service test, TypeScript)' }, `
    Nome | name | Carla | Helena Dias | Rita Moraes
    WhatsApp | phone | +5511912345678 | +5511934567890 | +5511956781234
    E-mail | email | "" | helena.dias@example.com.br | rita.moraes@example.com
    Estilo predominante | - | Clássico | Contemporâneo | Jazz
    Etapa | - | Renovação | Novo | Ativa
    Forma de pagamento | - | Pix | Cartão | Boleto
    Risco de falta | - | 25,0% | 10,0% | 40,0%
    Cadastrada em | - | 02/09/2026 | 15/09/2026 | 21/08/2026
  `),
  set({ id: 'pt-br-relatorio-contatos-titulo-municipio-origem', kind: 'Brazilian lead tool\'s contact report, a title line above the header, in its importer test (contact name, WhatsApp, e-mail, town, notes, origin)', lang: 'pt', defaultCountry: 'BR', above: [['Relatório de contatos', '', '', '', '', '']], source: 'index:70459544666 (a lead importer\'s normalisation test, TypeScript)' }, `
    Nome do contato | name | Fernanda Queiroz | Wagner Pacheco | Mônica Reis
    WhatsApp | phone | (11) 97777-6666 | (11) 96666-5555 | (19) 98888-4444
    E-mail | email | fernanda.queiroz@example.com.br | wagner.pacheco@example.com | ""
    Município | city | São Paulo | Osasco | Campinas
    Observações | - | Pediu proposta | "" | Retornar sexta
    Origem | source | Evento | Instagram | Indicação
  `),
  set({ id: 'pt-br-sites-clientes-exemplo-empresa-responsavel', kind: 'Brazilian site builder\'s client sample CSV (company, person in charge, WhatsApp, e-mail, city, state, segment, template, slug)', lang: 'pt', defaultCountry: 'BR', source: 'index:60725978309 (a site builder\'s client CSV helpers, TypeScript)' }, `
    Empresa | companyName | Barbearia Dom Pedro | Clínica Sorriso Leve | Pet Shop Amigo Fiel
    Responsável | name | Ricardo Pedrosa | Luana Figueiredo | Sérgio Matos
    WhatsApp | phone | 11988887777 | 31977776666 | 41966665555
    E-mail | email | contato@dompedro.example | luana@sorrisoleve.example | sergio@amigofiel.example
    Cidade | city | São Paulo | Belo Horizonte | Curitiba
    Estado | state | SP | MG | PR
    # The business's segment is the company's industry: not imported.
    Segmento | - | beleza | saude | pet
    Modelo | - | barbearia-premium | clinica-clean | pet-colorido
    Slug | - | barbearia-dom-pedro | clinica-sorriso-leve | pet-shop-amigo-fiel
  `),
  set({ id: 'pt-br-agenda-servicos-agendamentos-export-origem', kind: 'Brazilian booking site platform\'s appointment export with a byte-order mark (id, site, date and time, service, professional, client, WhatsApp, e-mail, value, status, origin)', lang: 'pt', defaultCountry: 'BR', source: 'index:70709173629 (a booking platform\'s export test, TypeScript)' }, `
    ID | - | 311 | 312 | 318
    Site | - | studio-bela | studio-bela | barbearia-centro
    Data/hora | - | 12/11/2026 14:00 | 12/11/2026 15:30 | 13/11/2026 09:00
    Serviço | - | Corte feminino | Escova | Barba
    # The professional of one appointment is the booking's: not imported.
    Profissional | - | Joana | Joana | Pedro
    Cliente | name | Priscila Antunes | Elaine Couto | Gustavo Rezende
    WhatsApp | phone | 5521998765432 | 5521987654321 | 5521976543210
    E-mail | email | priscila.antunes@example.com | "" | gustavo.rezende@example.com.br
    Valor (R$) | - | 80,00 | 45,00 | 35,00
    Status | - | confirmado | concluído | cancelado
    # The channel the booking came through (site, Instagram) is the Source, like a lead's origin.
    Origem | source | site | instagram | site
  `),
  set({ id: 'pt-br-advocacia-contatos-modelo-profissao', kind: 'Brazilian law-firm app\'s contact import template, a semicolon CSV (name, CPF/CNPJ, phone or WhatsApp, e-mail, city, state, profession)', lang: 'pt', defaultCountry: 'BR', source: 'index:58559165894 (a law-firm app\'s import dialog, template download, React)' }, `
    Nome | name | Adriana Xavier | Leonardo Brito | Construtora Pampa Ltda
    CPF/CNPJ | - | 321.654.987-00 | 654.987.321-11 | 12.345.678/0001-90
    Telefone / WhatsApp | phone | (51) 99888-7766 | (51) 3221-4455 | (53) 3025-1100
    E-mail | email | adriana.xavier@example.com.br | leo.brito@example.com | juridico@pampa.example
    Cidade | city | Porto Alegre | Canoas | Pelotas
    Estado | state | RS | RS | RS
    Profissão | - | Professora | Engenheiro | ""
  `),
  set({ id: 'pt-br-condominio-moradores-bloco-unidade', kind: 'Brazilian condominium app\'s resident import format, a semicolon CSV (full name, block, unit, profile, WhatsApp, e-mail)', lang: 'pt', defaultCountry: 'BR', source: 'index:53937861772 (a condominium app\'s spreadsheet conversion prompt, its CSV columns)' }, `
    Nome Completo | name | Antônio Carlos Moura | Beatriz Fonseca | Júlio César Prates
    Bloco | - | A | B | A
    Unidade | - | 101 | 204 | 1302
    Perfil | - | Proprietário | Locatário | Dependente
    WhatsApp | phone | 11987651234 | 11976542345 | 11965433456
    E-mail | email | acmoura@example.com.br | bia.fonseca@example.com | ""
  `),
  set({ id: 'pt-br-crm-clientes-tabela-estagio-origem', kind: 'Brazilian small-business CRM\'s clients table, the columns its API inserts (name, e-mail, phone, city, state, stage, origin, tags, notes)', lang: 'pt', defaultCountry: 'BR', source: 'index:56104128149 (a FastAPI CRM router, Python)' }, `
    nome | name | Patrícia Gomes | Rodrigo Almeida | Sandra Vieira
    email | email | patricia.gomes@example.com.br | rodrigo@almeida.example | ""
    telefone | phone | (85) 99876-5432 | (85) 3456-7890 | (88) 99712-3344
    cidade | city | Fortaleza | Caucaia | Juazeiro do Norte
    estado | state | CE | CE | CE
    estagio | - | proposta | lead | fechado
    origem | source | Instagram | Indicação | Google
    tags | tags | vip | atacado | vip,recorrente
    notas | - | Retornar em novembro | "" | Cliente desde 2023
  `),
  // --------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-bts-annuaire-classe-modele-option-modalite', kind: 'French vocational college directory\'s class import template, a semicolon CSV with a byte-order mark (name, first name, e-mail, option, study mode)', lang: 'fr', defaultCountry: 'FR', source: 'index:60871241416 (a Symfony directory controller, class import template, PHP)' }, `
    # The source writes a byte-order mark before "nom", which the table cannot hold.
    nom | lastName | Lambert | Henry | Morel
    prenom | firstName | Quentin | Inès | Théo
    mail | email | quentin.lambert@example.org | ines.henry@example.org | theo.morel@example.org
    # The option and the study mode are what the student's course is: not imported.
    option | - | SLAM | SISR | SLAM
    modalite | - | Alternance | Initial | Alternance
  `),
  set({ id: 'fr-football-equipe-joueurs-export-licence-maillot', kind: 'French football club program\'s team export, a semicolon CSV (team name, name, first name, shirt number, position, licence, address, phone, e-mail, age)', lang: 'fr', defaultCountry: 'FR', source: 'index:8931052 (a Qt team manager writing the team CSV, C++)' }, `
    # The team the player belongs to is Tags.
    Nom_Equipe | tags | US Vendôme U17 | US Vendôme U17 | US Vendôme Seniors
    Nom | lastName | Caron | Lopez | Fleury
    Prenom | firstName | Enzo | Nathan | Bastien
    Maillot | - | 9 | 1 | 14
    Poste | - | Attaquant | Gardien | Milieu
    # The federation licence number is the player's id in another system: the External ID.
    Licence | externalId | 2545123456 | 2545987654 | 2543456789
    Adresse | address1 | 3 rue Saint-Jacques, Vendôme | 18 avenue Gérard Yvon, Vendôme | 7 impasse des Lilas, Naveil
    Telephone | phone | 06 12 98 34 76 | 07 45 23 89 10 | 06 33 21 45 67
    Email | email | enzo.caron@example.fr | "" | bastien.fleury@example.com
    Age | - | 16 | 16 | 24
  `),
  set({ id: 'fr-lycee-comptes-eleves-import-motdepasse', kind: 'French school\'s student account import, a semicolon CSV described in its README (name, first name, e-mail, password)', lang: 'fr', defaultCountry: 'FR', source: 'index:54622441062 (a school account tool\'s README, its CSV format)' }, `
    nom | lastName | DURAND | PETIT | BLANCHARD
    prenom | firstName | Lucie | Adam | Romain
    mail | email | lucie.durand@example.org | adam.petit@example.org | romain.blanchard@example.org
    motdepasse | - | lucie.durand | adam.petit | romain.blanchard
  `),
  set({ id: 'fr-iut-candidats-export-ine-formation-bac', kind: 'French university institute\'s applicant export for one programme, a semicolon CSV (INE, name, first name, e-mail, phone, birth date, previous and chosen programme codes, baccalaureate year)', lang: 'fr', defaultCountry: 'FR', source: 'index:5664713971 (an admissions export script, PHP)' }, `
    # The INE is a national student number: not imported, like other national ids.
    Ine | - | 123456789AB | 234567891BC | 345678912CD
    Nom | lastName | Meunier | Dupuis | Royer
    Prenom | firstName | Clément | Sarah | Mathis
    Mail | email | clement.meunier@example.fr | sarah.dupuis@example.com | mathis.royer@example.fr
    Telephone | phone | 06 11 23 58 13 | 06 21 34 55 89 | 07 14 42 13 56
    Date de naissance | dateOfBirth | 2007-03-14 | 2006-11-02 | 2007-07-27
    Code formation precedente | - | BAC-STI2D | BAC-G | BAC-STI2D
    Code formation choisie | - | BUT-INFO | BUT-INFO | BUT-GEII
    Annee du Bac | - | 2025 | 2024 | 2025
  `),
  set({ id: 'fr-sante-personnes-export-admin-telephone', kind: 'health record app\'s people export for administrators, a semicolon CSV (person id, family name, first name, birth date, sex, phone)', lang: 'fr', defaultCountry: 'CA', source: 'index:46592842812 (a health record servlet, CSV export, Java)' }, `
    ID de la Personne | externalId | 1001 | 1002 | 1005
    Nom de famille | lastName | Côté | Pelletier | Lavoie
    Prénom | firstName | Isabelle | Marc-André | Rosalie
    Date de Naissance | dateOfBirth | 1968-02-11 | 1975-09-23 | 2003-06-30
    Sexe | - | F | M | F
    Numéro de téléphone | phone | 418 555-0142 | 514 555-0198 | 819 555-0111
  `),
  set({ id: 'fr-bf-ecole-eleves-import-matricule-parent', kind: 'Burkinabe school app\'s pupil file, a semicolon CSV with abbreviated headers in its parser test (registration number, family name, first names, birth date, sex, parent\'s phone, age)', lang: 'fr', defaultCountry: 'BF', source: 'index:66486424911 (a school app\'s pupil file parser test, TypeScript)' }, `
    # The school's registration number is the pupil's id there: the External ID.
    N° Mat. | externalId | BG-512 | BG-513 | BG-520
    NOM DE FAMILLE | lastName | SAWADOGO | KABORÉ | TRAORÉ
    Prénoms | firstName | Aminata Rasmata | Issa | Fatimata
    Né(e) le | dateOfBirth | 14/02/2008 | 03/09/2007 | 21/12/2008
    Sexe | - | F | M | F
    # The pupil is the contact: the parent's phone is not imported.
    Tél. du parent | - | 70 45 12 89 | 76 33 21 09 | 78 12 56 34
    Âge | - | 17 | 18 | 16
  `),
  set({ id: 'fr-ma-ecole-import-massar-lieu-naissance', kind: 'Moroccan school management app\'s import of the national school system\'s pupil export, a semicolon CSV in its test (Massar code, family name, first name, birth date, sex, place of birth)', lang: 'fr', defaultCountry: 'MA', source: 'index:62329605129 (a school app\'s Massar import service test, Java)' }, `
    # The Massar code is the pupil's id in the ministry's system: the External ID.
    CODE MASSAR | externalId | R145678912 | S132456789 | R139876543
    Nom de famille | lastName | Bennani | El Fassi | Chraibi
    Prénom | firstName | Omar | Salma | Rim
    Date de naissance | dateOfBirth | 12/09/2013 | 27/01/2012 | 05/06/2013
    Sexe | - | M | F | F
    Lieu naissance | - | Fès | Rabat | Casablanca
  `),
  set({ id: 'fr-centre-vacances-membres-role-adresse-email', kind: 'French holiday centre app\'s staff member file, columns in any order in its reader test (role, e-mail address, family name, first name)', lang: 'fr', defaultCountry: 'FR', source: 'index:69053394258 (a member file reader test, Dart)' }, `
    Rôle | - | chef de centre | animateur | animatrice
    ADRESSE E-MAIL | email | pascal.roux@example.fr | yanis.benoit@example.fr | ""
    Nom de famille | lastName | Roux | Benoît | Gérard
    Prénom | firstName | Pascal | Yanis | Océane
  `),
  set({ id: 'fr-course-parents-enfants-inscriptions-export-large', kind: 'French charity run\'s registration export from a ticketing site, a wide semicolon CSV with a byte-order mark (order reference, date, status, payer\'s name, first name and e-mail, company, payment, rate, amount, promo code, family name, first adult\'s first name, children\'s first names and birth years, relay, second adult, phone, e-mail, child-minding question)', lang: 'fr', defaultCountry: 'FR', source: 'index:56622199616 (a bib generator\'s end-to-end test, TypeScript)' }, `
    # The source writes a byte-order mark before the first header, and spaces after the children 2 and 3 headers,
    # which the table cannot hold.
    Référence commande | - | 153104477 | 153098120 | 153087654
    Date de la commande | - | 10/10/2025 18:02 | 10/10/2025 12:41 | 09/10/2025 22:15
    Statut de la commande | - | Validé | Validé | Validé
    # The runner's own columns follow; the payer's are billing columns: not imported.
    Nom payeur | - | Marchal | Texier | Poirier
    Prénom payeur | - | Sandrine | Fabien | Céline
    Email payeur | - | sandrine.marchal@example.fr | fabien.texier@example.com | celine.poirier@example.fr
    Raison sociale | - | "" | "" | ""
    Moyen de paiement | - | Carte bancaire | Carte bancaire | Carte bancaire
    Tarif | - | Course Parents - Enfants | Course Parents - Enfants | Course Parents - Enfants
    Montant tarif | - | 5,00 | 5,00 | 5,00
    Code Promo | - | "" | "" | ""
    Montant code promo | - | "" | "" | ""
    Nom de famille | lastName | Marchal | Texier | Poirier
    Prénom Adulte 1 | firstName | Sandrine | Fabien | Julien
    Prénom de l'enfant | - | Léna | Noah | Jade
    Année de naissance Enfant | - | 2016 et avant | 2018 ; 2017 | 2020 ; 2019
    Prénom de l'enfant 2 | - | "" | Lou | ""
    Année de naissance Enfant 2 | - | "" | 2020 ; 2019 | ""
    Prénom de l'enfant 3 | - | "" | "" | ""
    Année de naissance Enfant 3 | - | "" | "" | ""
    Relais Adulte | - | Non | Oui | Non
    Prénom Adulte 2 - Si relais | - | "" | Anaïs | ""
    Téléphone | phone | 06 45 78 12 36 | 07 89 45 61 23 | 06 12 36 54 78
    Mail | email | sandrine.marchal@example.fr | fabien.texier@example.com | julien.poirier@example.fr
    Je viens seul(e), et je souhaite que l'on me surveille mon enfant pendant que je cours | - | "" | Non | Oui
  `),
  set({ id: 'fr-don-sang-donneurs-table-groupe-sanguin', kind: 'blood donation centre app\'s donor table, the columns its insert writes (name, first name, birth date, sex, phone, town, blood group, last donation, active)', lang: 'fr', defaultCountry: 'FR', source: 'index:55682916051 (a donor DAO, SQL insert, Java)' }, `
    nom | lastName | Laurent | Benali | Roche
    prenom | firstName | Sylvain | Karima | Manon
    date_naissance | dateOfBirth | 1984-05-19 | 1992-10-03 | 2001-01-27
    sexe | - | M | F | F
    telephone | phone | 06 23 45 67 89 | 07 12 34 56 78 | 06 98 76 54 32
    ville | city | Lille | Roubaix | Tourcoing
    groupe_sanguin | - | O+ | A- | B+
    dernier_don | - | 2026-08-14 | 2026-06-02 | ""
    actif | - | 1 | 1 | 0
  `),
  set({ id: 'fr-course-concurrents-table-naissance-epreuve', kind: 'running race app\'s competitor table, the columns its insert writes (name, first name, birth date, e-mail, race)', lang: 'fr', defaultCountry: 'FR', source: 'index:38770573611 (a race registration data access class, SQL insert, C#)' }, `
    nom | lastName | Girard | Moulin | Arnaud
    prenom | firstName | Julien | Pauline | Kevin
    date_naissance | dateOfBirth | 1987-04-12 | 1995-09-30 | 1979-12-08
    email | email | julien.girard@example.fr | pauline.moulin@example.com | k.arnaud@example.fr
    # The race the competitor runs is what the registration is about: not imported.
    race | - | 10 km | Semi-marathon | 10 km
  `),
  set({ id: 'fr-ca-usagers-laboratoires-format-csv-courriel', kind: 'Quebec research platform\'s user listing command, its CSV format (name, first name, e-mail, active, affiliation, laboratory)', lang: 'fr', defaultCountry: 'CA', source: 'index:56526682725 (a Django management command listing users, Python)' }, `
    Nom | lastName | Tremblay | Gagnon | Bouchard
    Prénom | firstName | Mathieu | Geneviève | Olivier
    Courriel | email | mathieu.tremblay@example.ca | genevieve.gagnon@example.ca | o.bouchard@example.com
    Actif | - | True | True | False
    # The institution a researcher is affiliated with is the researcher's employer: the Company name.
    Affiliation | companyName | Université Laval | INRS | Université de Sherbrooke
    # The laboratory is a unit inside that employer, like a department: not imported.
    Laboratory | - | Laboratoire de génomique | Centre Eau Terre Environnement | Laboratoire de chimie verte
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-eventi-soci-registrazione-socioname', kind: 'Italian event booking app\'s member table, the columns its sign-up inserts (surname, name, e-mail, phone, member username, password)', lang: 'it', defaultCountry: 'IT', source: 'index:25007055962 (an event booking API\'s member routes, MySQL insert, JavaScript)' }, `
    cognome | lastName | Moretti | Ferri | Cattaneo
    nome | firstName | Edoardo | Serena | Massimo
    email | email | edoardo.moretti@example.it | serena.ferri@example.com | m.cattaneo@example.it
    telefono | phone | 335 1239876 | 346 7712093 | 02 98765432
    # The member's user name is the code the member is filed under in the booking app: the External ID.
    socioname | externalId | emoretti | serenaf | mcattaneo62
    password | - | $2b$10$uV... | $2b$10$kP... | $2b$10$rT...
  `),
  set({ id: 'it-polisportiva-assicurazioni-tesserati-senza-intestazione', kind: 'Italian sports association app\'s insurance list from its national body, one member a line separated by ";" and read as data from the first line (enrolment date, card number, surname, name, place of birth, birth date; the first 6 columns of the layout)', lang: 'it', noHeader: true, defaultCountry: 'IT', source: 'index:9846153132 (an insurance list reader, PHP)' }, `
    "" | - | 12-09-2026 | 12-09-2026 | 15-09-2026
    # The card number is the member's id in the national body: the External ID.
    "" | externalId | 2627104518 | 2627104519 | 2627104602
    "" | lastName | Gentile | Ruggieri | Marini
    "" | firstName | Filippo | Alice | Davide
    "" | - | Bergamo | Brescia | Bergamo
    "" | dateOfBirth | 03-05-1988 | 21-11-2009 | 14-07-1975
  `),
  set({ id: 'it-societa-sportiva-quote-squadra-export', kind: 'Italian sports club app\'s fee list for one team, a semicolon CSV ending in the separator (surname, name, birth date, fee, due, discount, paid, difference)', lang: 'it', defaultCountry: 'IT', source: 'index:14002430086 (a sports club web app\'s exports, VB.NET)' }, `
    Cognome | lastName | Mancini | Orlando | Sartori
    Nome | firstName | Riccardo | Giorgia | Pietro
    Data Di Nascita | dateOfBirth | 12/04/2012 | 30/09/2011 | 07/01/2012
    # What the fee is about is not a contact field.
    Quota | - | 350,00 | 350,00 | 300,00
    Da Pagare | - | 350,00 | 315,00 | 300,00
    Sconto | - | 0,00 | 35,00 | 0,00
    Pagato | - | 200,00 | 315,00 | 300,00
    Differenza | - | 150,00 | 0,00 | 0,00
    "" | - | "" | "" | ""
  `),
  set({ id: 'it-gestionale-utenti-tenant-cellulare', kind: 'Italian multi-tenant management app\'s user table, the columns its sign-up inserts (tenant id, name, surname, e-mail, mobile)', lang: 'it', defaultCountry: 'IT', source: 'index:27580081454 (a sign-up API, MySQL insert, PHP)' }, `
    # The id of the tenant (the customer organisation) is a row id of this database: not imported.
    tid | - | 12 | 12 | 15
    nome | firstName | Alessia | Marco | Beatrice
    cognome | lastName | Serra | Villa | Ferraro
    email | email | alessia.serra@example.it | marco.villa@example.com | b.ferraro@example.it
    cellulare | phone | 347 2233445 | 331 5566778 | 366 9988112
  `),
  set({ id: 'it-ps-utenti-tabella-ruolo-stato', kind: 'Italian web app\'s user table, the columns its save inserts (name, surname, e-mail, mobile, password, role, status)', lang: 'it', defaultCountry: 'IT', source: 'index:20924391728 (a user DAO, SQL insert, Java)' }, `
    nome | firstName | Nicola | Roberta | Giacomo
    cognome | lastName | Palumbo | Guerra | Costa
    email | email | nicola.palumbo@example.it | roberta.guerra@example.com | g.costa@example.it
    cellulare | phone | 340 6677889 | 338 1122998 | 329 4455661
    password | - | ******** | ******** | ********
    ruolo | - | utente | admin | utente
    status | - | attivo | attivo | sospeso
  `),
  set({ id: 'it-turismo-guide-profilo-citta-descrizione', kind: 'Italian travel guide platform\'s profile query, the columns it reads for a guide (name, surname, e-mail, mobile, birth date, photo, town, description, upgrade date)', lang: 'it', defaultCountry: 'IT', source: 'index:3727848049 (a guide profile model, PHP)' }, `
    nome | firstName | Caterina | Vittorio | Noemi
    cognome | lastName | Amato | De Santis | Longo
    email | email | caterina.amato@example.it | vittorio.desantis@example.com | noemi.longo@example.it
    cellulare | phone | 349 8877665 | 333 2211009 | 380 5544332
    dataNascita | dateOfBirth | 1991-07-14 | 1984-02-29 | 1996-10-05
    foto | - | amato.jpg | "" | longo.png
    citta | city | Firenze | Lecce | Palermo
    descrizione | - | Guida in Toscana dal 2015 | Tour del Salento | Street food e mercati
    dataUpgrade | - | 2026-03-01 | "" | 2026-05-12
  `),
  set({ id: 'it-associazione-soci-modello-codice-fiscale', kind: 'Italian association management app\'s member import template (surname, name, tax code, e-mail, phone, mobile, birth date and place, address, town, postcode, province, sex, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:53171562419 (an association app\'s import page, CSV templates per kind, React)' }, `
    cognome | lastName | Ricci | Marchetti | Gatti
    nome | firstName | Alessandro | Francesca | Lorenzo
    codice_fiscale | - | RCCLSN85C12H501Z | MRCFNC90E45F205K | GTTLNZ78T03L219P
    email | email | alessandro.ricci@example.it | francesca.marchetti@example.com | ""
    telefono | phone | 06 5544332 | 02 87654321 | 011 4455667
    cellulare | additionalPhones | 347 8899001 | "" | 349 1122334
    data_nascita | dateOfBirth | 1985-03-12 | 1990-05-05 | 1978-12-03
    luogo_nascita | - | Roma | Milano | Torino
    indirizzo | address1 | Via Appia Nuova 210 | Via Padova 45 | Corso Vittorio Emanuele II 90
    citta | city | Roma | Milano | Torino
    cap | postalCode | 00183 | 20127 | 10121
    provincia | state | RM | MI | TO
    sesso | - | M | F | M
    note | - | Socio fondatore | "" | Quota 2026 versata
  `),
  set({ id: 'it-agea-operatori-caa-caricamento-utenti', kind: 'Italian agricultural payments agency\'s loading table for assistance-centre operators, an INSERT column list (surname, name, tax code, e-mail, phone, CAA, office, manager, privacy file and protocol numbers, loaded)', lang: 'it', defaultCountry: 'IT', source: 'index:19164828187 (a database migration seeding user tables, SQL)' }, `
    COGNOME | lastName | Esposito | Fabbri | Sanna
    NOME | firstName | Vincenzo | Marta | Gavino
    CODICE_FISCALE | - | SPSVCN70A01F839X | FBBMRT82D41A944L | SNNGVN65M10I452Q
    EMAIL | email | v.esposito@example.it | m.fabbri@example.it | g.sanna@example.it
    TELEFONO | phone | 081 7654321 | 051 2345678 | 079 234567
    # The assistance centre the operator works for is the operator's employer: the Company name.
    CAA | companyName | COLDIRETTI | CIA | CONFAGRICOLTURA
    UFFICIO | - | CAA COLDIRETTI NAPOLI 2 | CAA CIA BOLOGNA | CAA CONFAGRI SASSARI
    RESPONSABILE | - | Ruggiero Antonio | Neri Paola | Pinna Mario
    NR_FASCICOLO_PRIVACY | - | 2026/118 | 2026/204 | 2026/077
    NR_PROTOCOLLO_PRIVACY | - | 45521 | 45987 | 44102
    CARICATO | - | N | N | S
  `),
  set({ id: 'it-sagra-personale-giornata-ruolo-servizio', kind: 'Italian village festival app\'s staff table for one day, an INSERT column list (day id, surname, name, e-mail, mobile, role id, on duty, used the order app, operator key, role description)', lang: 'it', defaultCountry: 'IT', source: 'index:24554881111 (a festival app\'s staff route, MySQL insert, JavaScript)' }, `
    idGiornata | - | 3 | 3 | 4
    cognome | lastName | Bianco | Pellegrini | Testa
    nome | firstName | Simone | Laura | Franco
    email | email | simone.bianco@example.it | "" | franco.testa@example.com
    cellulare | phone | 333 4455667 | 348 9988776 | 320 1234987
    idRuolo | - | 2 | 5 | 2
    inServizio | - | 1 | 1 | 0
    utilizzatoCommanda | - | 0 | 1 | 0
    key_utenti_operation | - | 1 | 1 | 1
    dRuolo | - | Cameriere | Cassa | Cameriere
  `),
  set({ id: 'it-negozio-utente-registrazione-indirizzo-password', kind: 'Italian shop site\'s user table, the columns its sign-up writes (name, surname, phone, e-mail, address, password)', lang: 'it', defaultCountry: 'IT', source: 'index:60364274935 (a shop site\'s registration script, PHP)' }, `
    nome | firstName | Martina | Emanuele | Veronica
    cognome | lastName | Caruso | Leone | Parisi
    telefono | phone | 392 1234567 | 0521 234567 | 345 7654321
    email | email | martina.caruso@example.it | emanuele.leone@example.com | v.parisi@example.it
    indirizzo | address1 | Via Garibaldi 12, Parma | Strada Farini 40, Parma | Via Emilia Est 5, Parma
    password | - | $2y$10$abc... | $2y$10$def... | $2y$10$ghi...
  `),
  set({ id: 'it-ecommerce-utente-codice-fiscale-indirizzo', kind: 'Italian e-commerce site\'s user table, the columns its registration inserts (tax code, name, surname, phone, e-mail, password, address)', lang: 'it', defaultCountry: 'IT', source: 'index:48256041330 (a registration servlet, SQL insert, Java)' }, `
    codiceFiscale | - | BRNGPP80A01H501U | CLMSRA95L41F205D | MNTLCU88S12L736Z
    nome | firstName | Giuseppe | Sara | Luca
    cognome | lastName | Bruno | Colombo | Montanari
    telefono | phone | 3331234567 | 3479876543 | 3405556677
    email | email | g.bruno@example.it | sara.colombo@example.com | luca.montanari@example.it
    password | - | p4ss!word | s3cret-99 | qwerty-77
    indirizzo | address1 | Via Nazionale 50, Roma | Via Dante 3, Milano | Riva degli Schiavoni 12, Venezia
  `),
  set({ id: 'it-prenotazioni-utente-admin-pass', kind: 'Italian booking app\'s user table, the columns its sign-up inserts (admin flag, name, surname, phone, e-mail, password)', lang: 'it', defaultCountry: 'IT', source: 'index:37583361539 (a user DAO, SQL insert, Java)' }, `
    isAdmin | - | false | false | true
    Nome | firstName | Daniele | Ilaria | Tommaso
    Cognome | lastName | Ferrara | Rinaldi | Vitale
    Telefono | phone | 3281234567 | 3392345678 | 3473456789
    Email | email | daniele.ferrara@example.it | ilaria.rinaldi@example.com | t.vitale@example.it
    Pass | - | ******** | ******** | ********
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-child-sponsorship-donations-report-totals', kind: 'child sponsorship charity\'s donation report as its docs show it (date, donor name, e-mail, phone, address, amount, project or child, payment method, period, year and all-time totals)', lang: 'en', source: 'index:16208908684 (a charity donation app\'s README, its CSV report format)' }, `
    Date | - | 2025-02-03 | 2025-02-11 | 2025-03-01
    Donor Name | name | Margaret Ellison | Daniel Ruiz | Grace Mbeki
    Email | email | m.ellison@example.com | druiz@example.org | grace.mbeki@example.net
    Phone | phone | 555-0148 | 555-0172 | 555-0199
    # The whole address is in one cell: the first address line is where it goes.
    Address | address1 | "48 Cedar Ln, Portland, OR 97205" | "1120 Grant Ave, Denver, CO 80203" | "9 Willow Ct, Austin, TX 78704"
    Amount | - | 35.00 | 100.00 | 35.00
    Project/Child | - | Child #1042 | Water Well Fund | Child #0987
    Payment Method | - | Credit Card | Check | ACH
    Period Total | - | 35.00 | 100.00 | 70.00
    Year Total | - | 70.00 | 100.00 | 105.00
    All-Time Total | - | 840.00 | 350.00 | 1225.00
  `),
  set({ id: 'en-school-events-attendees-balance-export', kind: 'school events app\'s attendee export for one school (event, attendee name, e-mail, registration status, total cost, total paid, balance due)', lang: 'en', source: 'index:57574242786 (a school events Express route, CSV export, JavaScript)' }, `
    Event | - | 8th Grade DC Trip | 8th Grade DC Trip | Spring Band Camp
    Attendee Name | name | Olivia Harper | Ethan Brooks | Mia Sandoval
    Attendee Email | email | oharper@example.com | brooks.family@example.net | mia.sandoval@example.org
    Registration Status | - | Registered | Waitlisted | Registered
    Total Cost | - | 650.00 | 650.00 | 180.00
    Total Paid | - | 400.00 | 0.00 | 180.00
    Balance Due | - | 250.00 | 650.00 | 0.00
  `),
  set({ id: 'en-community-events-registrations-export-organizer', kind: 'community events site\'s registration export (event name, date and location, attendee name and e-mail, registration date, event organizer)', lang: 'en', source: 'index:6793605031 (a Rails registrations controller, CSV export, Ruby)' }, `
    Event Name | - | Park Cleanup Day | Park Cleanup Day | Library Book Fair
    Event Date | - | 2026-04-18 | 2026-04-18 | 2026-05-02
    Event Location | - | Riverside Park | Riverside Park | Main Street Library
    Attendee Name | name | Hannah Cole | Marcus Webb | Priya Shah
    Attendee Email | email | hannah.cole@example.com | mwebb@example.org | priya.shah@example.net
    Registration Date | - | 2026-03-30 | 2026-04-02 | 2026-04-20
    # The event's organizer is the event's, not the attendee's owner: not imported.
    Event Organizer | - | Green Streets Volunteers | Green Streets Volunteers | Friends of the Library
  `),
  set({ id: 'en-shop-event-tickets-import-quantity', kind: 'independent shop platform\'s event ticket import in its test (attendee name, attendee e-mail, quantity)', lang: 'en', source: 'index:59692208599 (a shop platform\'s ticket import test, TypeScript)' }, `
    Attendee Name | name | Jordan Price | Leah Kim | Samuel Ortiz
    Attendee Email | email | jordan.price@example.com | leah.kim@example.org | sortiz@example.net
    Quantity | - | 2 | 1 | 4
  `),
  set({ id: 'en-conference-pretix-orders-attendee-email', kind: 'community conference tool\'s attendee import of a ticketing shop\'s order export (order code, position id, status, buyer\'s e-mail, product, attendee name, attendee e-mail, secret)', lang: 'en', defaultCountry: 'DE', source: 'index:70309535694 (a conference tool\'s attendee import end-to-end test, TypeScript)' }, `
    Order code | - | K7XQ2 | K7XQ2 | P93LM
    Position ID | - | 1 | 2 | 1
    Status | - | Paid | Paid | Canceled
    # The attendee is the contact: the order's e-mail is the buyer's, like a billing column, and the attendee's own
    # e-mail column is there.
    Email | - | buyer.k7xq2@example.org | buyer.k7xq2@example.org | lena.f@example.de
    Product | - | Early bird | Regular | Regular
    Attendee name | name | Jonas Richter | Mira Okafor | Lena Fischer
    Attendee email | email | "" | mira.okafor@example.com | lena.f@example.de
    Secret | - | 8fj3k2l9qpx | a7d0s9f2m1z | q1w2e3r4t5y
  `),
  set({ id: 'en-eg-event-bookings-export-checkin', kind: 'Egyptian event booking app\'s booking export (booking id, attendee name and e-mail, ticket type, price in EGP, booking date, checked in, check-in time)', lang: 'en', defaultCountry: 'EG', source: 'index:54644247927 (an ASP.NET bookings controller, CSV export, C#)' }, `
    Booking ID | - | 3107 | 3108 | 3121
    Attendee Name | name | Omar Hassan | Nour El-Din | Salma Youssef
    Attendee Email | email | omar.hassan@example.com | nour.eldin@example.org | salma.y@example.net
    Ticket Type | - | VIP | Regular | Student
    Price (EGP) | - | 1500.00 | 600.00 | 300.00
    Booking Date | - | 2026-09-01 14:22 | 2026-09-03 10:05 | 2026-09-07 19:48
    Checked In | - | Yes | No | Yes
    Checked In Time | - | 2026-09-20 18:03 | "" | 2026-09-20 18:41
  `),
  set({ id: 'en-gb-shop-signup-test-log-login-postcode', kind: 'web shop sign-up test suite\'s results log, as its README shows it (timestamp, first and last name, e-mail, login name, telephone, address, city, postcode, country, validation result, error message)', lang: 'en', defaultCountry: 'GB', source: 'index:53478892965 (a shop sign-up test suite\'s README, its CSV log format)' }, `
    Timestamp | - | 2026-04-16 08:14:47 | 2026-04-16 08:15:02 | 2026-04-16 08:15:19
    First Name | firstName | Chloe | Harry | Amelia
    Last Name | lastName | Bennett | Walsh | Khan
    Email | email | chloe.bennett@example.co.uk | harry.walsh@example.com | amelia.khan@example.co.uk
    # The login name is the code the customer is filed under in the shop: the External ID.
    Login Name | externalId | cbennett_2041 | hwalsh_7712 | akhan_3390
    Telephone | phone | 020 7946 0321 | 0161 496 0782 | 0113 496 0555
    Address | address1 | 14 Elm Grove | 3 Canal Street | 27 Park Row
    City | city | London | Manchester | Leeds
    Postcode | postalCode | N1 7GU | M1 3HE | LS1 5JL
    Country | country | United Kingdom | United Kingdom | United Kingdom
    Validation Result | - | Success | Failed | Success
    Error Message | - | "" | Email already registered | ""
  `),
  set({ id: 'en-campus-assassin-game-participants-target', kind: 'campus water-gun game\'s participant download (timestamp, first and last name, e-mail, phone number, target\'s e-mail)', lang: 'en', source: 'index:39828245203 (a campus game page\'s CSV download, JavaScript)' }, `
    Timestamp | - | 2026-03-02T15:04:11Z | 2026-03-02T15:09:47Z | 2026-03-02T16:20:05Z
    First Name | firstName | Tyler | Ava | Noah
    Last Name | lastName | Grant | Nguyen | Patel
    Email | email | tgrant@example.edu | ava.nguyen@example.edu | npatel@example.edu
    Phone Number | phone | (614) 555-0123 | (614) 555-0177 | (740) 555-0190
    # The target is another player: that person's e-mail is not imported.
    Target Email | - | ava.nguyen@example.edu | npatel@example.edu | tgrant@example.edu
  `),
];
