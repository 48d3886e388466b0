// The thirty-fifth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French, Italian and English files; the other half, corpus-heldout35a.ts, holds the other languages): 58 header sets
// (539 columns, 280 of them expected to map; 13 Spanish, 12 Portuguese, 12 French, 12 Italian, 9 English from small
// businesses and organisations in India, Nigeria, the Philippines and Tanzania; 3 files without a header row, 1 with a
// title line above it; 3 sets of 20 to 22 columns)
// from sources none of the other parts use. The theme is the lists people keep in Google Sheets and Excel before
// importing: Apps Script and spreadsheet projects that read or build a contacts sheet (header arrays in .gs, .js, .py,
// .java and .ts files), form registrations, WhatsApp and lead lists, clinic and salon client lists, church, club and
// association members, school and camp sign-ups, event guest and check-in lists. The header rows were found with the
// public code index (exact-string and meaning searches) and read from the files it returned, then written down, with
// the mapping a careful person would choose by the field definitions and the choices below, BEFORE the mapper was run
// on them and without reading the lexicon or the mapper. "index:<id>" names the indexed file the header text was read
// from (its repository is not given by the index) and "github:owner/repo path" the file where it is known; the kind
// says what the file is. Sample values are made up in the shape of each file's own (no personal data or example rows
// from the sources are copied). Leading spaces of a header cell cannot be written in the table and are left out (a
// set's comment says where). A first column named "#" is added with withFirstColumn. No set's headers repeat an older
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
// From the fifteenth part's first half, kept here:
// - A Dutch "tussenvoegsel" (van, de, van der) in a column of its own is not imported (the last name column is still
//   the Last name); initials ("Voorletters") alone are the First name, the only given-name column the file has.
// Where these are still silent, a set says in a comment what was chosen and why.
import { corpusSet, withFirstColumn, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout35' }, table);

export const HELDOUT35B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-gas-quiz-respuestas-sheet', kind: 'Apps Script web app\'s answers sheet (header array written by setup())', lang: 'es', source: 'index:68348018234 (an Apps Script backend that appends a quiz form\'s answers to a "Respuestas" sheet, Argentine voseo)', defaultCountry: 'AR' }, `
    # The date and time are when the form was sent; the four questions, the score and the session id are about the
    # quiz, not the person.
    Fecha | - | 2025-03-14 | 2025-03-14 | 2025-03-15
    Hora | - | 10:42:07 | 18:03:55 | 09:12:40
    Nombre | firstName | Lucía | Martín | Rocío
    Apellido | lastName | Benítez | Arce | Quiroga
    Teléfono | phone | 11 5432-1098 | 351 612-4477 | 11 6021-3390
    Pregunta 1 | - | b | a | c
    Pregunta 2 | - | Siempre | A veces | Nunca
    Pregunta 3 | - | 3 | 5 | 2
    Pregunta 4 | - | Sí | No | Sí
    Resultado | - | 42 | 17 | 30
    ID de sesion | - | s-8f21c0 | s-1a77de | s-c093b4
  `),
  set({ id: 'es-uy-event-registros-csv', kind: 'event platform\'s registrations download (CSV built by the admin page)', lang: 'es', source: 'index:53361350128 (an event landing tool\'s "registros" CSV, dates in es-UY)', defaultCountry: 'UY' }, `
    # "Origen" is the channel the registration came through (QR, link, Instagram): the Source. The device and the
    # registration date are about the sign-up.
    Nombre | firstName | Valentina | Joaquín | Florencia
    Apellido | lastName | Pereira | Rodríguez | Sosa
    Teléfono | phone | 099 123 456 | 098 765 432 | ""
    Email | email | vpereira@correo.example | joaco.rod@mail.example | flor.sosa@correo.example
    Origen | source | qr | instagram | link
    Dispositivo | - | mobile | desktop | mobile
    Fecha | - | 12/4/2025 | 12/4/2025 | 13/4/2025
  `),
  set({ id: 'es-inmobiliaria-consultas-csv', kind: 'real-estate site\'s client enquiries download (CSV)', lang: 'es', source: 'index:34414687871 (a property agency admin page\'s "consultas-clientes.csv")' }, `
    # Each row is an enquiry about a property: its date, text, property id and the id of the agent it went to are the
    # enquiry's, not the contact's (the agent is a number of the site's own table, not a user to assign).
    Nombre | firstName | Camila | Tomás | Agustina
    Apellido | lastName | Ferreyra | Molina | Castro
    Teléfono | phone | 11 4567-8901 | 261 555-0192 | 11 3344-5566
    Correo | email | camila.f@mail.example | tmolina@correo.example | agus.castro@mail.example
    Fecha | - | 05/02/2025 | 06/02/2025 | 06/02/2025
    Descripción | - | ¿Sigue disponible el depto? | Quisiera visitar el sábado | ""
    ID Inmueble | - | 118 | 97 | 118
    ID Agente | - | 3 | 1 | ""
  `),
  set({ id: 'es-peluqueria-clientes-preferencias', kind: 'hair salon chain\'s customers export (CSV from the admin page)', lang: 'es', source: 'index:51851495416 (a salon booking site\'s admin customers export with preferred branch, stylist and slot)' }, `
    # The preferred branch, stylist, service, day and hour are booking preferences; a preferred stylist is not a user
    # the contact is assigned to, so not the Contact owner.
    Nombre | firstName | Micaela | Sofía | Gonzalo
    Apellido | lastName | Ruiz | Medina | Acosta
    Teléfono | phone | 11 2345-6789 | 11 9876-5432 | 11 5050-1212
    Sucursal Pref. | - | Palermo | Belgrano | Palermo
    Estilista Pref. | - | Nati | Leo | ""
    Servicio Pref. | - | Corte y brushing | Color | Corte
    Día Pref. | - | Sábado | Jueves | Martes
    Hora Pref. | - | 10:00 | 18:30 | 16:00
  `),
  set({ id: 'es-pe-clinica-visitantes-csv', kind: 'clinic records app\'s visitors CSV export (header string in the models file)', lang: 'es', source: 'github:j-villasante/Medcord src/models.js (a Peruvian clinic app\'s visitor export header)', defaultCountry: 'PE' }, `
    # Peruvian order: mother's surname first, then father's. The father's surname is the first surname, the Last name;
    # the mother's (the second surname) is not imported. "Referencia" is a directions hint for the address.
    Apellido materno | - | Quispe | Huamán | Rojas
    Apellido paterno | lastName | Mamani | Flores | Chávez
    Nombre | firstName | Rosa Elena | Jorge | Milagros
    Telefono | phone | 987 654 321 | 956 112 334 | 01 422 7788
    Fecha de nacimiento | dateOfBirth | 12/05/1988 | 03/11/1975 | 27/01/1999
    Dirección | address1 | Jr. Los Olivos 245 | Av. Grau 1180 | Calle Las Begonias 32
    Correo | email | rosa.mamani@correo.example | jflores@mail.example | ""
    Referencia | - | Frente al parque | Cerca al mercado | ""
    Facebook | - | rosa.mamani.5 | "" | mili.chavez
    Fecha de creación | - | 2019-08-14 | 2019-08-15 | 2019-09-02
  `),
  set({ id: 'es-co-escaneo-registros-gsheet', kind: 'scanning app\'s registrations tab in Google Sheets (gspread, default columns)', lang: 'es', source: 'index:37925976743 (a Flask app\'s "FormularioEscaneo" spreadsheet, "registros" worksheet)', defaultCountry: 'CO' }, `
    # "documento" is the national id number (not imported); the timestamp and the scanned data are about the scan.
    timestamp | - | 2025-02-10 08:15:22 | 2025-02-10 08:17:03 | 2025-02-10 09:01:47
    documento | - | 1020304050 | 52123456 | 1098765432
    nombre completo | name | Andrés Felipe Gómez | Diana Marcela Ruiz | Juan Sebastián Torres
    celular | phone | 3101234567 | 3157654321 | 3204455667
    datos escaneados | - | QR-000184 | QR-000185 | QR-000190
  `),
  set({ id: 'es-clinica-pacientes-sin-citas', kind: 'clinic desktop app\'s patients report table (patients who never had an appointment)', lang: 'es', source: 'index:60906558194 (a Java Swing medical appointments app\'s patient report columns)', defaultCountry: 'CO' }, `
    # The identification number is a national id (not imported); blood type and appointment history are medical.
    No. Identificación | - | 1032456789 | 80123456 | 1019283746
    Nombre Completo | name | María Fernanda López | Carlos Alberto Díaz | Natalia Pardo
    Celular | phone | 300 123 4567 | 311 765 4321 | 318 222 3344
    Correo Electrónico | email | mafe.lopez@correo.example | cdiaz@mail.example | natipardo@correo.example
    Tipo Sangre | - | O+ | A- | B+
    Historial de Citas | - | 0 | 0 | 0
  `),
  set({ id: 'es-co-testigos-electorales-municipio', kind: 'election observers\' list exported per municipality (Excel export headers)', lang: 'es', source: 'index:56684011326 (a Colombian electoral witness platform\'s HEADERS_TESTIGOS_MUNICIPIO)', defaultCountry: 'CO' }, `
    # The municipality is the town: the City. Polling place, zone, table and witness type are the assignment.
    # "DOCUMENTO" is the national id. "ORGANIZACIÓN" is the party or movement the witness stands for, a group the
    # person belongs to: Tags.
    MUNICIPIO | city | Bucaramanga | Floridablanca | Girón
    PUESTO | - | Colegio Santander | Escuela Normal | IE Luis Carlos Galán
    ZONA | - | 01 | 02 | 01
    MESA | - | 12 | 4 | 27
    TIPO_TESTIGO | - | Mesa | Escrutinio | Mesa
    DOCUMENTO | - | 91234567 | 1098123456 | 63345678
    NOMBRE COMPLETO | name | Jorge Iván Rincón | Laura Vanessa Mantilla | Édgar Pinzón
    CELULAR | phone | 3167778899 | 3012223344 | 3186665544
    CORREO | email | jrincon@correo.example | lvmantilla@mail.example | ""
    ORGANIZACIÓN | tags | Partido Verde | Movimiento Cívico | Partido Verde
  `),
  set({ id: 'es-courier-lead-web-correo', kind: 'courier company\'s web lead notification table (fields of the lead e-mail)', lang: 'es', source: 'index:3627506115 (a freight company\'s "lead contactado por la web" message fields)' }, `
    # A lead of a freight company: "Empresa" is the lead's company. The service, "Origen" and "Destino" are the
    # shipment's origin and destination cities, not where the lead came from: not the Source, not imported.
    Empresa | companyName | Importadora Los Andes | "" | Textiles del Sur S.A.
    Nombre Completo | name | Paola Andrea Vargas | Luis Fernando Cruz | Ricardo Salas
    Celular | phone | 315 678 9012 | 320 111 2233 | 301 987 6543
    Correo Electronico | email | pvargas@losandes.example | luisfcruz@mail.example | rsalas@textilesdelsur.example
    Servicio | - | Carga aérea | Paquetería | Carga terrestre
    Origen | - | Bogotá | Medellín | Cali
    Destino | - | Miami | Bogotá | Quito
  `),
  withFirstColumn('#', null, ['1', '2', '3'], set({ id: 'es-campamento-iglesias-inscritos-pdf', kind: 'church youth camp\'s registrations list (table of the registrations export, per department)', lang: 'es', source: 'index:69113664865 (a church camp\'s registrations PDF table, autoTable head)', defaultCountry: 'BO' }, `
    # "#" (added in front) is a row counter. "Dpto" is the department, the first-level area: the State. "Iglesia" is
    # the congregation the person belongs to: Tags. Age is not a contact field.
    Nombre Completo | name | Josué Mamani Flores | Abigail Rojas | Daniel Quispe Choque
    Celular | phone | 71234567 | 76543210 | 69912345
    Dpto | state | La Paz | Cochabamba | La Paz
    Iglesia | tags | Iglesia Bautista Central | Iglesia Evangélica Betania | Iglesia Bautista Central
    Edad | - | 17 | 19 | 16
  `)),
  set({ id: 'es-co-onboarding-control-citas', kind: 'onboarding tool\'s test sheet of a clinic\'s "Control" tab (patients and appointments in one sheet)', lang: 'es', source: 'index:70923459199 (an onboarding reader test, a visits sheet with document type and cédula)', defaultCountry: 'CO' }, `
    # "T.D." is the document type (CC, TI) and "CEDULA" the national id: neither imported. The appointment date and
    # its state are the visit's.
    T.D. | - | CC | TI | CC
    CEDULA | - | 1022334455 | 1001122334 | 39776655
    NOMBRE COMPLETO | name | Sandra Milena Ortiz | Kevin Andrés Ríos | Gloria Inés Peña
    CELULAR | phone | 3112345678 | 3023456789 | 3134567890
    FECHA CITA | - | 2025-06-02 | 2025-06-03 | 2025-06-03
    ESTADO | - | atendida | programada | cancelada
  `),
  set({ id: 'es-alquiler-autos-clientes-tabla', kind: 'car rental desktop app\'s customers table (PySide6 column headers)', lang: 'es', source: 'index:58784392887 (a car rental app\'s clients view: document, nationality, licence)' }, `
    # "Documento" is an identity number and "Licencia" a driving licence number (not imported). "Nacionalidad" is a
    # nationality, not the country of an address. "Estado" is the customer's status.
    Documento | - | 4.512.337-8 | AB123456 | 3.998.210-1
    Nombre Completo | name | Federico Álvarez | Ana Clara Souza | Mariana Suárez
    Celular | phone | 099 456 789 | +55 11 98765 4321 | 094 321 987
    Nacionalidad | - | Uruguaya | Brasileña | Uruguaya
    Estado | - | Activo | Activo | Bloqueado
    Licencia | - | CAT-A 77821 | BR-0098812 | CAT-B 66510
  `),
  set({ id: 'es-clientes-xlsx-titulo-lista', kind: 'customers page\'s Excel export with a title row above the headers (SheetJS aoa_to_sheet)', lang: 'es', source: 'index:22800761099 (an admin page\'s "clientes.xlsx" export: title row "Lista de Clientes", then the header row)', defaultCountry: 'PE', above: [['Lista de Clientes']] }, `
    # One title line above the header row. "Código" is the customer's code in the system: the External ID. "Cargo"
    # is a job title, "Nro. Documento" an identity number and "Estado" the record's status: not imported.
    Código | externalId | CLI-0007 | CLI-0012 | CLI-0015
    Cargo | - | Gerente | Asistente | Propietario
    Nombres | firstName | Ana Lucía | Pedro José | Carmen
    Apellidos | lastName | Salazar Vega | Ríos | Huamán Paredes
    Nro. Documento | - | 45678912 | 10293847 | 70112233
    Correo | email | ana.salazar@correo.example | pedro.rios@mail.example | chuaman@correo.example
    Celular | phone | 987 123 456 | 912 345 678 | 956 789 012
    Dirección | address1 | Av. Arequipa 2450, Lince | Jr. Junín 318, Cercado | Calle Los Pinos 140, Surco
    Estado | - | Activo | Activo | Inactivo
  `),
  // --------------------------------------------------------------------------------------------------- Portuguese
  set({ id: 'pt-br-revenda-leads-xlsx', kind: 'car dealer CRM\'s leads spreadsheet export (fields listed on the export page)', lang: 'pt', source: 'index:56839778863 (a Brazilian car dealer\'s leads export, "Campos incluídos")', defaultCountry: 'BR' }, `
    # An untyped "Telefone" is the main phone and the WhatsApp number beside it an additional phone. "Origem do lead"
    # is the Source. The vehicle of interest, the price band, the status and the dates are about the lead's deal.
    Nome | name | Carlos Henrique Souza | Juliana Ramos | Pedro Albuquerque
    Telefone | phone | (11) 3456-7890 | (21) 99812-3456 | ""
    WhatsApp | additionalPhones | (11) 98765-4321 | (21) 99812-3456 | (31) 99123-4567
    Cidade | city | São Paulo | Niterói | Belo Horizonte
    Veículo de interesse | - | Onix LT 2022 | HB20 | Compass Longitude
    Faixa de preço | - | R$ 60-80 mil | até R$ 60 mil | acima de R$ 150 mil
    Origem do lead | source | Instagram | Site | Indicação
    Status | - | Em negociação | Novo | Perdido
    Último contato | - | 12/03/2025 | 14/03/2025 | 02/03/2025
    Data de cadastro | - | 01/03/2025 | 14/03/2025 | 20/02/2025
  `),
  set({ id: 'pt-br-campanha-pessoas-modelo', kind: 'political campaign tool\'s people import template (CSV the import page builds)', lang: 'pt', source: 'index:55288974505 (a campaign CRM\'s "modelo-importacao-pessoas.csv" with fixed headers)', defaultCountry: 'BR' }, `
    # "Bairro" is a neighbourhood (not imported). The polling section, support level and influence are the
    # campaign's notes on the person; "Categoria" files the person (community leader, volunteer): Tags.
    Nome | name | Maria Aparecida Lima | José Carlos Pinto | Ana Paula Reis
    Telefone | phone | (11) 3222-4455 | (11) 98877-6655 | ""
    WhatsApp | additionalPhones | (11) 99111-2233 | (11) 98877-6655 | (11) 97766-5544
    Bairro | - | Vila Mariana | Centro | Jardim Ângela
    Endereco | address1 | Rua Domingos de Morais 812 | Av. São João 45 | Rua das Palmeiras 9
    Secao Eleitoral | - | 0112 | 0042 | 0317
    Grau de Apoio | - | Apoiador forte | Indeciso | Apoiador
    Influencia | - | Alta | Baixa | Média
    Categoria | tags | Líder comunitário | Eleitor | Voluntário
    Observacoes | - | Conhece a associação do bairro | "" | Pediu material
  `),
  set({ id: 'pt-br-escola-contas-inscricao-forms', kind: 'training school\'s registration Google Form (question titles the responses sheet takes)', lang: 'pt', source: 'github:beoaraujo/landingescola GUIA-GOOGLE-FORMS.md (a court of accounts school\'s course sign-up form)', defaultCountry: 'BR' }, `
    # The trainees are public servants: "Órgão" is the body they work for, their employer: the Company name. CPF is a
    # tax number and "Cargo/Função" a job title (not imported); the shifts and the course count are about the courses.
    Nome Completo | name | Fernanda Oliveira Castro | Ricardo Gomes | Patrícia Nunes Barros
    E-mail | email | fernanda.castro@prefeitura.example | rgomes@camara.example | patricia.barros@saude.example
    CPF | - | 123.456.789-09 | 987.654.321-00 | 111.222.333-96
    Telefone | phone | (62) 99123-4567 | (62) 3201-4455 | (64) 98111-2233
    Município | city | Anápolis | Goiânia | Rio Verde
    Órgão | companyName | Prefeitura de Anápolis | Câmara Municipal de Goiânia | Secretaria Municipal de Saúde
    Cargo/Função | - | Assessora | Contador | Gestora
    Turno 1 | - | Licitações | "" | Licitações
    Turno 2 | - | "" | Contabilidade Pública | ""
    Turno 3 | - | Controle Interno | "" | ""
    Turno 4 | - | "" | "" | Gestão de Pessoas
    Turno 5 | - | "" | LGPD | ""
    Total de Cursos | - | 2 | 2 | 2
  `),
  set({ id: 'pt-br-atividades-complementares-planilha', kind: 'college\'s complementary activities sheet filled by a form (headers typed by hand)', lang: 'pt', source: 'github:paulossjunior/atividadecomplementar EXEMPLO_PLANILHA.md (the row-1 headers of the Google Sheet)' }, `
    # "Matrícula" is the student's number in the college's system: the External ID. The points, the activities, the
    # files and the status are about the student's record.
    Data/Hora | - | 10/03/2025 09:14:02 | 10/03/2025 11:40:51 | 11/03/2025 16:05:33
    Nome | name | Larissa Teixeira | Bruno Carvalho | Mateus Freitas
    Email | email | larissa.t@aluno.example | bruno.c@aluno.example | mateusf@aluno.example
    Matrícula | externalId | 20231045 | 20219988 | 20240311
    Total Pontos | - | 7 | 15 | 2
    Ensino | - | 4 | 6 | 0
    Pesquisa | - | 3 | 5 | 2
    Cultura | - | 0 | 2 | 0
    Representação | - | 0 | 2 | 0
    Atividades | - | 1.1 - Monitoria (4 pts) | 2.1 - IC (5 pts) | 2.2 - Artigo (2 pts)
    Arquivos | - | monitoria.pdf | ic.pdf; teatro.pdf | artigo.pdf
    Status | - | EM ANDAMENTO | FORMADO | EM ANDAMENTO
  `),
  set({ id: 'pt-br-ubs-pacientes-familias-gsheet', kind: 'primary care team\'s patients sheet in Google Sheets (Streamlit app\'s expected columns)', lang: 'pt', source: 'index:36520787193 (a health unit\'s family register kept in a Google Sheet, colunas_esperadas)', defaultCountry: 'BR' }, `
    # A bare "ID" of the list is the External ID. "FAMÍLIA" is the family group the patient is filed under: Tags.
    # CPF and CNS (health card) are identity numbers; the parents' names, sex, birthplace, record links, condition,
    # registration date, race and medicines are not contact fields.
    ID | externalId | 101 | 102 | 117
    FAMÍLIA | tags | Família Santos 03 | Família Santos 03 | Família Lima 11
    Nome Completo | name | Joana Santos Ribeiro | Miguel Santos Ribeiro | Raimunda Lima
    Data de Nascimento | dateOfBirth | 14/02/1986 | 03/09/2015 | 22/07/1951
    Telefone | phone | (85) 98812-3344 | "" | (85) 3277-1020
    CPF | - | 123.456.789-01 | "" | 987.654.321-10
    Nome da Mãe | - | Maria Santos | Joana Santos Ribeiro | Francisca Lima
    Nome do Pai | - | José Ribeiro | Paulo Ribeiro | ""
    Sexo | - | F | M | F
    CNS | - | 700 0012 3456 7890 | 700 0098 7654 3210 | 898 0011 2233 4455
    Município de Nascimento | - | Fortaleza | Fortaleza | Quixadá
    Link do Prontuário | - | https://drive.example/p/101 | https://drive.example/p/102 | ""
    Link da Pasta da Família | - | https://drive.example/f/03 | https://drive.example/f/03 | https://drive.example/f/11
    Condição | - | Gestante | Criança | Hipertensa
    Data de Registo | - | 02/01/2024 | 02/01/2024 | 15/03/2024
    Raça/Cor | - | Parda | Parda | Preta
    Medicamentos | - | Sulfato ferroso | "" | Losartana
  `),
  set({ id: 'pt-br-colaboradores-ficha-planilha', kind: 'HR analytics app\'s test row of a staff register sheet (header row of a person\'s line)', lang: 'pt', source: 'index:70729568898 (a staff file test: personal data, job, exit date, card link, RG attachment)', defaultCountry: 'BR' }, `
    # The mother's name, PIS (a social security number), job title, exit date, the card and attachment links, a
    # password and a hobby are not contact fields.
    Nome Completo | name | ANTÔNIO CARLOS FERREIRA | LUCIANA MOURA | FRANCISCO DAS CHAGAS SILVA
    Data de Nascimento | dateOfBirth | 17/05/1990 | 02/12/1985 | 30/06/1978
    Nome da Mãe | - | MARIA FERREIRA | ANA MOURA | RITA SILVA
    PIS | - | 123.45678.90-1 | 234.56789.01-2 | 345.67890.12-3
    Celular | phone | (85) 99876-5432 | (85) 98765-1234 | (88) 99654-3210
    Cargo [ ] | - | Pedreiro | Auxiliar administrativo | Servente
    Data de Saída | - | "" | 10/01/2025 | ""
    Link do Card | - | https://board.example/c/881 | https://board.example/c/902 | https://board.example/c/915
    Anexo RG | - | https://files.example/rg/881 | "" | https://files.example/rg/915
    Senha | - | "" | "" | ""
    Hobby | - | futebol | leitura | pescaria
  `),
  set({ id: 'pt-br-colaboradores-usuarios-tabela', kind: 'service company\'s staff and users table (desktop app\'s table model)', lang: 'pt', source: 'index:8642106071 (a Java app\'s jtmColaborador columns: code, job, login, user type, city/state)', defaultCountry: 'BR' }, `
    # "Código" is the staff member's code in the program: the External ID; the login ("Usuário") is a second id of
    # the person and is not imported. " Função" starts with a space in the file (left out here): a job, not imported.
    # "Cidade/Estado" holds town and state together ("Londrina/PR"): a free-form location, not imported.
    Código | externalId | 14 | 15 | 21
    Nome | name | Everton Lopes | Simone Araújo | Caio Mendes
    Celular | phone | (43) 99123-4455 | (43) 98811-2233 | (41) 99700-1122
    E-mail | email | everton@empresa.example | simone@empresa.example | caio@empresa.example
    Função | - | Técnico | Atendente | Técnico
    Usuário | - | everton | simone.a | caio
    Tipo Usuário | - | Padrão | Administrador | Padrão
    Cidade/Estado | - | Londrina/PR | Londrina/PR | Curitiba/PR
  `),
  set({ id: 'pt-br-salao-clientes-pontos', kind: 'beauty salon system\'s clients list (labels of the clients page table)', lang: 'pt', source: 'index:57458957332 (a salon management app\'s clients config: name, phone, e-mail, loyalty points)', defaultCountry: 'BR' }, `
    # Loyalty points are not a contact field.
    Nome | name | Débora Cristina | Aline Fonseca | Marcos Vinícius
    Celular | phone | (11) 97654-3210 | (11) 96543-2109 | (11) 95432-1098
    E-mail | email | debora.c@mail.example | alinef@mail.example | ""
    Pontos | - | 120 | 45 | 0
  `),
  set({ id: 'pt-br-agenda-amigos-formulario', kind: 'address book app\'s friend form (labels of the fields, one line per friend)', lang: 'pt', source: 'index:66801752641 (a Java address book\'s criarFormularioAmigo labels)', defaultCountry: 'BR' }, `
    # The birthday is split into day, month and year columns: none of them alone is a date, so none is imported.
    # "Número" is the house number and "Complemento" the second address line (not imported).
    Nome | name | Renata Borges | Felipe Antunes | Gabriela Matos
    Celular | phone | (51) 99123-8877 | (51) 98456-1122 | (54) 99988-7766
    E-mail | email | renata.b@mail.example | felipe.antunes@mail.example | gabi.matos@mail.example
    Rua | address1 | Rua dos Andradas | Av. Ipiranga | Rua Sinimbu
    Número | - | 1234 | 560 | 88
    Complemento | - | ap. 302 | "" | casa 2
    Cidade | city | Porto Alegre | Porto Alegre | Caxias do Sul
    Estado | state | RS | RS | RS
    CEP | postalCode | 90020-006 | 90610-000 | 95020-470
    Dia nascimento | - | 12 | 3 | 28
    Mês nascimento | - | 5 | 11 | 2
    Ano nascimento | - | 1992 | 1988 | 2001
  `),
  set({ id: 'pt-br-planilhas-contatos-sem-cabecalho', kind: 'hand-kept contact sheet saved as CSV without a header row (merged by a pandas script)', lang: 'pt', source: 'index:28872672557 (a script merging "planilha1.csv" and "planilha2.csv", read with header=None: nome, telefone, cidade)', defaultCountry: 'BR', noHeader: true }, `
    # No header row: the script names the columns nome, telefone, cidade. The first line is already a person.
    "" | name | Adriana Cunha | Roberto Farias | Elaine Duarte
    "" | phone | (19) 99812-4455 | (19) 3234-5566 | (11) 97788-9900
    "" | city | Campinas | Campinas | Jundiaí
  `),
  set({ id: 'pt-br-streamlit-clientes-csv-sem-cabecalho', kind: 'small shop\'s customer register appended to a CSV without a header row (Streamlit form)', lang: 'pt', source: 'index:28369530755 (a Streamlit customer form writing "clientes.csv" lines: nome, endereço, data de cadastro, tipo)', defaultCountry: 'BR', noHeader: true }, `
    # No header row (read back with header=None). The rows hold a name, a street address, the registration date and
    # the kind of customer (pessoa física or jurídica, followed by a stray dot the form writes): neither the date nor
    # the kind is a contact field.
    "" | name | Cláudio Ramos | Padaria Pão Quente Ltda | Sueli Andrade
    "" | address1 | Rua Sete de Setembro 410 | Av. Brasil 1500 | Rua das Acácias 22
    "" | - | 2025-04-02 | 2025-04-03 | 2025-04-07
    "" | - | Pessoa fisica. | Pessoa juridica. | Pessoa fisica.
  `),
  set({ id: 'pt-br-consulta-clientes-nascimento-csv', kind: 'customer sign-up app\'s CSV read back by a lookup page (columns named in the reader)', lang: 'pt', source: 'index:7817218485 (a Streamlit "Consulta de Clientes" page: Nome, Data de Nascimento, Tipo)', defaultCountry: 'BR', noHeader: true }, `
    # The file has no header row (read with header=None and these names). "Tipo" is the kind of customer (VIP,
    # comum): not imported.
    "" | name | Letícia Monteiro | Gustavo Pires | Helena Campos
    "" | dateOfBirth | 1994-08-21 | 1987-01-09 | 2000-11-30
    "" | - | VIP | Comum | Comum
  `),
  // --------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-tk-clients-export-entreprise', kind: 'desktop client book\'s CSV export (Tkinter app, header written by csv.writer)', lang: 'fr', source: 'index:23473147275 (a small client manager\'s "Exporter" to CSV)', defaultCountry: 'FR' }, `
    Nom | lastName | Lefèvre | Garnier | Benali
    Prénom | firstName | Claire | Thomas | Yasmine
    Téléphone | phone | 06 12 34 56 78 | 01 45 67 89 10 | 07 81 22 33 44
    Email | email | claire.lefevre@mail.example | t.garnier@societe.example | ybenali@mail.example
    Entreprise | companyName | "" | Garnier Plomberie | Atelier Benali
  `),
  set({ id: 'fr-streamlit-contacts-demandes', kind: 'Streamlit dashboard\'s contacts sheet kept in Google Sheets (column list)', lang: 'fr', source: 'index:26307965744 (a small navigation business\'s requests and contacts tab)', defaultCountry: 'FR' }, `
    # The role, the status, the request and the history are about the contact's request, not contact fields.
    Nom | lastName | Morel | Chevalier | Da Silva
    Prénom | firstName | Julien | Anaïs | Marco
    Téléphone | phone | 06 45 12 78 90 | 06 98 76 54 32 | 07 60 11 22 33
    Email | email | julien.morel@mail.example | anais.chevalier@mail.example | ""
    Rôle | - | Skipper | Équipier | Propriétaire
    Statut | - | À rappeler | Confirmé | Nouveau
    Demande | - | Convoyage Brest-Lorient | Sortie en mer juillet | Hivernage
    Historique | - | Appel le 02/05 | Devis envoyé | ""
  `),
  set({ id: 'fr-odoo-import-clients-commune', kind: 'ERP module\'s client import test workbook (xlsx built in a test)', lang: 'fr', source: 'index:70837626463 (an irrigation cooperative\'s Odoo client importer tests)', defaultCountry: 'FR' }, `
    # "Commune" is the town: the City. One sample phone has lost its leading 0 (Excel read it as a number).
    Nom | lastName | Fabre (exemple) | Vidal | Roussel
    Prénom | firstName | Louis | Élodie | Bernard
    Téléphone | phone | 0612345601 | 612345602 | 04 66 52 10 20
    Commune | city | Alès | Uzès | Saint-Ambroix
  `),
  set({ id: 'fr-ma-ecole-leads-crm-historique', kind: 'private school\'s leads workbook (the old CRM sheet the import checks against)', lang: 'fr', source: 'index:60373556731 (a Moroccan school\'s "LEADS" sheet profile, LEGACY_HEADERS)', defaultCountry: 'MA' }, `
    # "RESPONSABLE" is the adviser in charge of the lead: the Contact owner. "SOURCE" is the Source. The study level,
    # speciality, wished course, dates, delay, status, comments, qualification, appointment, next action and the
    # first-instalment share are about the enrolment. "Lien WhatsApp" is a wa.me link, not the person's site.
    NOM | lastName | EL AMRANI | BENNANI | TAZI
    PRÉNOM | firstName | Salma | Youssef | Imane
    TÉLÉPHONE | phone | 0661 23 45 67 | 0677 88 99 00 | 0522 40 11 22
    EMAIL | email | salma.elamrani@mail.example | y.bennani@mail.example | ""
    NIVEAU | - | Bac+2 | Bac | Bac+3
    SPÉCIALITÉ | - | Informatique | Sciences Maths | Marketing
    FORMATION SOUHAITÉE | - | Bachelor Informatique | Prépa Ingé | Master Digital
    DATE RÉCEPTION | - | 03/02/2025 | 04/02/2025 | 04/02/2025
    DATE TRAITEMENT | - | 04/02/2025 | 04/02/2025 | ""
    DÉLAI (jours) | - | 1 | 0 | ""
    SOURCE | source | Facebook | Salon | Site web
    STATUT | - | Intéressé | Inscrit | À relancer
    COMMENTAIRE 1 | - | Rappeler après 18h | "" | Pas de réponse
    QUALIFICATION | - | Chaud | Converti | Froid
    COMMENTAIRE 2 | - | "" | Dossier complet | ""
    rdv | - | 10/02/2025 | "" | ""
    PROCHAINE ACTION | - | Visite campus | "" | Relance SMS
    RESPONSABLE | owner | Kenza | Omar | Kenza
    PAYS | country | Maroc | Maroc | Maroc
    Part 1er (%) | - | 30 | 50 | ""
    Lien WhatsApp | - | https://wa.me/212661234567 | https://wa.me/212677889900 | ""
    VILLE | city | Casablanca | Rabat | Casablanca
  `),
  set({ id: 'fr-cabinet-dentaire-patients', kind: 'dental practice app\'s patients table (column headers of the list)', lang: 'fr', source: 'index:42775302960 (an Angular dental records app\'s patient list headers)' }, `
    # The file's creation date, job or schooling, reason for the visit and medical and dental history are not contact
    # fields.
    Nom | lastName | Haddad | Mercier | Bouaziz
    Prénom | firstName | Sami | Léa | Nour
    Téléphone | phone | 06 11 22 33 44 | 06 55 44 33 22 | 07 12 21 34 43
    Date Création Fiche | - | 2021-03-02 | 2021-03-05 | 2021-04-11
    Date De Naissance | dateOfBirth | 1990-07-14 | 2012-01-30 | 1984-11-02
    Métier/Scolarité | - | Comptable | CM2 | Infirmière
    Adresse | address1 | 12 rue des Lilas | 4 avenue Foch | 27 boulevard Pasteur
    Motif De Consultation | - | Douleur molaire | Contrôle | Détartrage
    Antécédents Médicaux | - | Aucun | Asthme | Diabète
    Antécédents Dentaires | - | Extraction 2018 | "" | Couronne
  `),
  set({ id: 'fr-distribution-base-clients-secteur', kind: 'delivery team\'s client base kept in Google Sheets (Streamlit column list)', lang: 'fr', source: 'index:62171296786 (a distributor\'s "base_clients.csv", COLS_CLIENTS)' }, `
    # The rows are shops and clients under one name: "Nom Client" is the Name. "Région" is the first-level area, the
    # State. "Secteur" is the delivery round the client is on, not a contact field.
    Nom Client | name | Épicerie Al Baraka | Boulangerie du Port | Supérette Ndiaye
    Région | state | Dakar | Thiès | Dakar
    Téléphone | phone | 77 123 45 67 | 76 234 56 78 | 70 345 67 89
    Secteur | - | S1 | S4 | S2
  `),
  set({ id: 'fr-eglise-membres-export-csv', kind: 'church membership app\'s members CSV export (francophone Africa)', lang: 'fr', source: 'index:59119114730 (a church register\'s handleExportCSV headers: baptism, conversion, departments)', defaultCountry: 'CI' }, `
    # "Matricule" is the member's number in the register: the External ID. "Département" is the church department
    # (choir, youth, ushers) the member serves in, a group: Tags. The neighbourhood ("Quartier") is not imported;
    # emergency contact columns are someone else's. Sex, job, field of study, ethnic origin, marital status, status,
    # arrival, conversion and baptism are not contact fields.
    Matricule | externalId | EGL-0142 | EGL-0143 | EGL-0157
    Nom | lastName | Kouassi | Traoré | N'Guessan
    Prénom | firstName | Aya Christelle | Moussa | Jean-Marc
    Sexe | - | F | M | M
    Date de naissance | dateOfBirth | 12/04/1995 | 30/09/1988 | 05/01/2001
    Téléphone | phone | 07 07 12 34 56 | 05 45 67 89 01 | 01 02 03 04 05
    Email | email | aya.kouassi@mail.example | mtraore@mail.example | ""
    Quartier | - | Cocody Angré | Yopougon | Abobo
    Adresse | address1 | Rue des Jardins, lot 12 | Carrefour Siporex | Derrière la mairie
    Profession | - | Comptable | Électricien | Étudiant
    Filière / Domaine | - | Finance | Bâtiment | Informatique
    Origine Ethnique | - | Baoulé | Malinké | Agni
    Situation Matrimoniale | - | Célibataire | Marié(e) | Célibataire
    Département | tags | Chorale | Accueil | Jeunesse
    Statut | - | Membre | Membre | Nouveau converti
    Contact d'urgence (Nom) | - | Kouassi Yao | Traoré Awa | ""
    Contact d'urgence (Tél) | - | 07 08 09 10 11 | 05 06 07 08 09 | ""
    Date d'arrivée | - | 2019-03-10 | 2015-06-21 | 2024-01-14
    Date de conversion | - | 2018-12-25 | 2010-04-04 | 2023-11-05
    Situation Baptismale | - | Baptisé(e) | Baptisé(e) | Non baptisé(e)
    Date de baptême | - | 2019-08-18 | 2011-08-14 | ""
  `),
  set({ id: 'fr-club-fiche-inscription-pdf', kind: 'sports club\'s registration sheet (PDF table of the clients, Prawn)', lang: 'fr', source: 'index:47096780747 (a club app\'s "Fiche d\'inscription" table: re-registration and remarks)', defaultCountry: 'FR' }, `
    # Whether the member re-registered and the remarks are not contact fields.
    Nom | lastName | Perrin | Lambert | Guérin
    Prénom | firstName | Manon | Hugo | Inès
    Date de naissance | dateOfBirth | 14/03/2012 | 22/08/1979 | 09/11/2008
    Téléphone | phone | 06 22 33 44 55 | 06 77 88 99 00 | 07 11 22 33 44
    Email | email | perrin.famille@mail.example | hugo.lambert@mail.example | ines.guerin@mail.example
    Réinscription | - | Oui | "" | Oui
    Remarques | - | Aucune remarque | Certificat médical à fournir | Aucune remarque
  `),
  set({ id: 'fr-scouts-membres-unite-colis', kind: 'youth movement\'s members list (desktop app table: unit and parcel)', lang: 'fr', source: 'index:34942938429 (a Java scouts-style member list: Colis, Unité)', defaultCountry: 'BE' }, `
    # "Unité" is the unit (troop, pack) the member belongs to: Tags. Sex and "Colis" (a parcel to hand out) are not
    # contact fields.
    Nom | lastName | Dubois | Peeters | Lemaire
    Prénom | firstName | Noah | Emma | Louis
    Sexe | - | M | F | M
    Date de naissance | dateOfBirth | 2013-05-14 | 2011-10-02 | 2014-02-27
    Téléphone | phone | 0475 12 34 56 | 0486 65 43 21 | 081 22 33 44
    Email | email | famille.dubois@mail.example | emma.peeters@mail.example | lemaire.l@mail.example
    Colis | - | Oui | Non | Oui
    Unité | tags | Louveteaux | Éclaireurs | Louveteaux
  `),
  set({ id: 'fr-ma-cabinet-patients-cin', kind: 'medical practice desktop app\'s patients table (Swing table with CIN)', lang: 'fr', source: 'index:9450647110 (a Moroccan clinic app\'s patients table: ID, CIN, birth date)', defaultCountry: 'MA' }, `
    # A bare "ID" of the patient list is the External ID; CIN is the national identity card number (not imported).
    ID | externalId | 1 | 2 | 3
    Nom | lastName | Alaoui | Berrada | Chraibi
    Prénom | firstName | Nadia | Karim | Hajar
    CIN | - | BK123456 | AB654321 | J987654
    Date de naissance | dateOfBirth | 1987-03-12 | 1975-11-30 | 1999-06-04
    Téléphone | phone | 0661 12 34 56 | 0670 98 76 54 | 0522 33 44 55
    Email | email | nadia.alaoui@mail.example | kberrada@mail.example | ""
  `),
  set({ id: 'fr-formulaire-inscription-excel-niveau', kind: 'registration form that appends to an Excel workbook (openpyxl, Tkinter labels)', lang: 'fr', source: 'index:53193790212 (a small training centre\'s "Form d\'inscription" saving rows to xlsx)' }, `
    # "Niveau" is the learner's level (débutant, intermédiaire): about the course, not imported.
    Nom | lastName | Mbarga | Fotso | Ndiaye
    Prénom | firstName | Cédric | Laure | Awa
    Date de naissance | dateOfBirth | 12/06/2000 | 03/02/1997 | 25/09/2003
    Téléphone | phone | 6 77 12 34 56 | 6 99 87 65 43 | 77 123 45 67
    Email | email | cedric.mbarga@mail.example | laure.fotso@mail.example | awa.ndiaye@mail.example
    Adresse | address1 | Bastos, rue 1.234 | Akwa, bd de la Liberté | Sicap Liberté 6
    Niveau | - | Débutant | Intermédiaire | Débutant
  `),
  set({ id: 'fr-ateliers-utilisateurs-export-csv', kind: 'workshop booking app\'s users CSV export (csv.writer header)', lang: 'fr', source: 'index:43237007012 (a workshops app\'s CSVExporter.export_users)', defaultCountry: 'FR' }, `
    # A bare "ID" of the users list is the External ID; the creation date is the record's.
    ID | externalId | 1 | 2 | 3
    Nom | lastName | Robin | Fontaine | Henry
    Prénom | firstName | Camille | Antoine | Zoé
    Date de naissance | dateOfBirth | 1991-04-18 | 1983-12-01 | 2000-07-23
    Téléphone | phone | 0612345678 | 0698765432 | 0755443322
    Email | email | camille.robin@mail.example | a.fontaine@mail.example | zoe.henry@mail.example
    Adresse | address1 | 8 rue Victor Hugo, Lyon | 21 quai de la Loire, Nantes | 3 place du Marché, Dijon
    Date de création | - | 2024-09-02 14:11:05 | 2024-09-03 09:40:12 | 2024-10-15 18:22:47
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  withFirstColumn('#', null, ['1', '2', '3'], set({ id: 'it-grest-animatori-anagrafica-xlsx', kind: 'parish summer camp\'s volunteers workbook (openpyxl "Anagrafica" sheet)', lang: 'it', source: 'index:62689624079 (a summer camp\'s animators export: weekly availability columns and a presence column)', defaultCountry: 'IT' }, `
    # "#" (added in front) is the row number. "Magg." says whether the animator is of age (sì/no); the week columns
    # mark availability with an X and "Presente oggi" is the day's check: none are contact fields. Four weeks shown.
    Cognome | lastName | Bianchi | Ferraro | Colombo
    Nome | firstName | Giulia | Matteo | Sara
    Cellulare | phone | 347 123 4567 | 333 987 6543 | 320 555 1212
    Magg. | - | Sì | No | Sì
    Sett. 1 | - | X | X | ""
    Sett. 2 | - | X | "" | X
    Sett. 3 | - | "" | X | X
    Sett. 4 | - | X | "" | ""
    Presente oggi | - | "" | "" | ""
  `)),
  set({ id: 'it-protezione-civile-partecipanti', kind: 'civil protection volunteers\' event participants table (desktop app\'s table model)', lang: 'it', source: 'index:6209742539 (a Java civil-protection events app, PartecipantiMainTableModel columns)', defaultCountry: 'IT' }, `
    # "gruppo" is the volunteer group the person belongs to: Tags. The speciality, the notes and the two booleans
    # (membership card, certificate) are not imported.
    gruppo | tags | Gruppo Comunale Arezzo | Misericordia | Gruppo Comunale Arezzo
    cognome | lastName | Neri | Gallo | Fontana
    nome | firstName | Stefano | Chiara | Paolo
    cellulare | phone | 339 441 2200 | 348 765 1098 | 329 010 2030
    specializzazione | - | Radio | Logistica | Antincendio
    note | - | "" | Disponibile weekend | ""
    tessera? | - | true | false | true
    attestato? | - | true | true | false
  `),
  set({ id: 'it-tandem-dichiarazione-dati-personali', kind: 'skydiving centre\'s tandem passenger declaration form (field list of the Italian version)', lang: 'it', source: 'index:29491271740 (a drop zone\'s multilingual tandem waiver, "Dettagli personali" fields)', defaultCountry: 'IT' }, `
    # Both a mobile and an untyped phone: the untyped "Telefono" is the main phone and the mobile an additional
    # phone. "Via" is the street; the house number on its own is not imported.
    Cognome | lastName | Moretti | Greco | Rinaldi
    Nome | firstName | Andrea | Elisa | Fabio
    Cellulare | additionalPhones | 340 112 2334 | 366 778 9900 | 347 000 1122
    Email | email | a.moretti@posta.example | elisa.greco@mail.example | fabio.r@posta.example
    Città | city | Ravenna | Forlì | Cesena
    Telefono | phone | 0544 123456 | "" | 0547 654321
    CAP | postalCode | 48121 | 47121 | 47521
    Via | address1 | Via Cavour | Corso della Repubblica | Viale Oberdan
    Numero | - | 12 | 104 | 7/A
  `),
  set({ id: 'it-ufficio-attrezzature-persone', kind: 'office equipment register kept as a CSV (Streamlit app)', lang: 'it', source: 'index:12058152916 (a small office\'s "Gestione Attrezzature" people and equipment list)', defaultCountry: 'IT' }, `
    # The office and the equipment handed out are not contact fields.
    Nome | firstName | Marco | Laura | Davide
    Cognome | lastName | Ricci | Marino | Costa
    Telefono | phone | 02 4567 8901 | 333 222 1100 | ""
    Ufficio | - | Amministrazione | Segreteria | Magazzino
    Attrezzature | - | Notebook, monitor | Cellulare aziendale | Badge
  `),
  set({ id: 'it-sci-club-atleti-etichette', kind: 'ski club\'s athletes sheet read to print labels (required columns of the import)', lang: 'it', source: 'index:71079182109 (a ski club label printer\'s Athlete.RequiredColumns)', defaultCountry: 'IT' }, `
    # "Numero tesseramento" is the athlete's federation membership number: the External ID. The birthplace is not the
    # City; codice fiscale and sex are not imported.
    Cognome | lastName | Pellegrini | Zanetti | Dal Bosco
    Nome | firstName | Elena | Tommaso | Giorgia
    Data di nascita | dateOfBirth | 03/02/2011 | 17/09/2009 | 28/12/2012
    Città nascita | - | Trento | Bolzano | Rovereto
    Codice fiscale | - | PLLLNE11B43L378X | ZNTTMS09P17A952K | DLBGRG12T68H612Q
    Sesso | - | F | M | F
    Numero tesseramento | externalId | FISI-44A12 | FISI-39B07 | FISI-51C33
  `),
  set({ id: 'it-cna-pensionati-soci-province', kind: 'trade association\'s members workbook (columns the report script accepts)', lang: 'it', source: 'index:53911784574 (a CNA members report: fee, phones, address, province code, branch)', defaultCountry: 'IT' }, `
    # Both an untyped "telefono" and a "cellulare": the untyped one is the main phone, the mobile an additional one.
    # "comune" is the town (City) and "sigla prov" the province code (State). "sede cna" is the association's local
    # branch the member is enrolled with, a group the person belongs to: Tags. The year and the fee are the
    # membership's; codice fiscale is not imported.
    Anno | - | 2024 | 2024 | 2023
    Cognome | lastName | Bassi | Mancini | Lombardi
    Nome | firstName | Giorgio | Franca | Renato
    Data di nascita | dateOfBirth | 12/03/1948 | 25/07/1952 | 01/11/1945
    quota | - | 55,00 | 55,00 | 50,00
    telefono | phone | 051 234567 | 0542 765432 | ""
    cellulare | additionalPhones | 335 123 4567 | "" | 338 765 4321
    e-mail | email | g.bassi@posta.example | "" | renato.lombardi@posta.example
    via | address1 | Via Emilia 145 | Via Garibaldi 22 | Piazza Matteotti 3
    cap | postalCode | 40026 | 40026 | 48018
    comune | city | Imola | Imola | Faenza
    sigla prov | state | BO | BO | RA
    codice fiscale | - | BSSGRG48C12E289T | MNCFNC52L65E289Z | LMBRNT45S01D458W
    sede cna | tags | Imola | Imola | Faenza
  `),
  set({ id: 'it-adesioni-modulo-excel', kind: 'membership sign-up web form that appends to an Excel file (openpyxl headers)', lang: 'it', source: 'index:45403364600 (a Flask "Adesioni" form saving to xlsx)', defaultCountry: 'IT' }, `
    # The birthplace is not the City; codice fiscale is not imported.
    Cognome | lastName | Esposito | Romano | De Luca
    Nome | firstName | Francesca | Alessandro | Martina
    Data di Nascita | dateOfBirth | 1996-04-11 | 1989-10-30 | 2001-01-19
    Luogo di Nascita | - | Napoli | Salerno | Caserta
    Codice Fiscale | - | SPSFNC96D51F839P | RMNLSN89R30H703B | DLCMTN01A59B963K
    Email | email | francesca.esposito@mail.example | a.romano@mail.example | martina.deluca@mail.example
    Cellulare | phone | 349 111 2233 | 328 444 5566 | 371 777 8899
  `),
  set({ id: 'it-universita-ricercatori-import', kind: 'university research office\'s staff import sheet (import_columns of a Streamlit tool)', lang: 'it', source: 'index:40923263599 (a research evaluation tool\'s import of staff: e-mails, unit, contract, ORCID, Scopus)', defaultCountry: 'IT' }, `
    # Two e-mails: the first is the main one, "e-mail2" additional. "Struttura23" is the department (not imported);
    # eligibility and contract columns are HR data. Of the researcher ids, ORCID (the first) is the External ID and
    # ResearchID and the Scopus author id are not imported.
    Cognome | lastName | Vitale | Caruso | Orlando
    Nome | firstName | Simona | Luca | Beatrice
    Data di nascita | dateOfBirth | 14/06/1978 | 02/03/1985 | 21/09/1990
    e-mail | email | simona.vitale@ateneo.example | luca.caruso@ateneo.example | beatrice.orlando@ateneo.example
    e-mail2 | additionalEmails | svitale@mail.example | "" | b.orlando@mail.example
    Struttura23 | - | Dip. di Fisica | Dip. di Ingegneria | Dip. di Chimica
    EleggibilitàWF | - | Sì | Sì | No
    Situazione contrattuale | - | PA | RTD-B | Assegnista
    Data fine contratto vigente | - | "" | 31/10/2026 | 30/04/2025
    ORCID | externalId | 0000-0002-1825-0097 | 0000-0001-5109-3700 | 0000-0003-1415-9269
    ResearchID | - | A-1234-2010 | B-5678-2015 | ""
    AuthorID Scopus | - | 7004212771 | 57192345678 | 57201122334
  `),
  set({ id: 'it-palestra-aderenti-elenco', kind: 'gym management app\'s members list (Italian column names of a multilingual table)', lang: 'it', source: 'index:7253358492 (a Java gym app\'s "columns" labels in Italian: Id, Numero Aderente)', defaultCountry: 'IT' }, `
    # Two ids of the member: the first ("Id") is the External ID and the member number beside it is not imported.
    # "Indirizzo" holds the street address.
    Id | externalId | 1 | 2 | 3
    Numero Aderente | - | A-0031 | A-0032 | A-0040
    Cognome | lastName | Gentile | Marchetti | Serra
    Nome | firstName | Roberto | Valentina | Nicola
    Data di nascita | dateOfBirth | 1984-05-06 | 1993-12-14 | 1979-08-29
    Indirizzo | address1 | Via Roma 18, Cagliari | Via Dante 7, Quartu | Viale Trieste 101, Cagliari
  `),
  set({ id: 'it-banco-alimentare-famiglie-membri', kind: 'food aid charity\'s family members table (PDF of the assisted households)', lang: 'it', source: 'index:32265228115 (a food bank\'s per-family table: Num, Codice Fiscale, Cognome, Nome, Data di Nascita)', defaultCountry: 'IT' }, `
    # "Num" is the member's position in the household list; codice fiscale is not imported.
    Num | - | 1 | 2 | 3
    Codice Fiscale | - | RSSGNN70A01F205X | RSSMRA72B41F205Y | RSSLCU05C10F205Z
    Cognome | lastName | Russo | Russo | Russo
    Nome | firstName | Giovanni | Maria | Luca
    Data di Nascita | dateOfBirth | 01/01/1970 | 01/02/1972 | 10/03/2005
  `),
  set({ id: 'it-raduno-auto-checkin-excel', kind: 'car meet\'s check-in list exported to Excel (openpyxl, checked-in registrants)', lang: 'it', source: 'index:67107325513 (a Flask event app\'s export_checkin: car, plate, food intolerances)', defaultCountry: 'IT' }, `
    # The car, the number plate and food intolerances are about the event, not contact fields.
    Nome | firstName | Federico | Alessia | Massimo
    Cognome | lastName | Sartori | Benedetti | Cattaneo
    Email | email | federico.sartori@mail.example | alessia.b@mail.example | m.cattaneo@mail.example
    Cellulare | phone | 347 222 3344 | 333 555 6677 | 340 888 9900
    Auto | - | Fiat 500 Abarth | Alfa Romeo Giulia | Lancia Delta
    Targa | - | FG123AB | GH456CD | AB789EF
    Intolleranze | - | "" | Glutine | Lattosio
  `),
  set({ id: 'it-camp-pallavolo-iscrizioni-excel', kind: 'volleyball camp\'s registrations exported to Excel (admin page headers)', lang: 'it', source: 'index:53192228798 (a youth volleyball camp\'s exportToExcel: club, role, parent\'s contacts, jump reach)', defaultCountry: 'IT' }, `
    # The athlete is the contact: the parent's name, phone and e-mail are not imported. "Club" is the club the
    # athlete plays for: Tags. "Città/CAP" holds town and postcode together (not imported); "Indirizzo" is the
    # street. Registration date and time, shirt size, role, championships, height, reach, jumps and the privacy
    # consent are not contact fields.
    Data Reg. | - | 2025-05-03 | 2025-05-04 | 2025-05-04
    Ora | - | 18:22 | 09:05 | 21:47
    Nome | firstName | Chiara | Samuele | Noemi
    Cognome | lastName | Galli | Ferri | Longo
    Email | email | chiara.galli@mail.example | samu.ferri@mail.example | noemi.longo@mail.example
    Cellulare | phone | 345 123 9876 | 339 765 4321 | 351 246 8024
    Data Nascita | dateOfBirth | 2010-02-14 | 2009-07-30 | 2011-11-05
    Città/CAP | - | Modena 41121 | Carpi 41012 | Sassuolo 41049
    Indirizzo | address1 | Via Giardini 45 | Via Roma 3 | Via Mazzini 120
    Taglia | - | S | M | XS
    Club | tags | Volley Modena | Pallavolo Carpi | Volley Modena
    Ruolo | - | Palleggiatrice | Centrale | Libero
    Campionati | - | U14 | U16 | U13
    Genitore | - | Roberta Galli | Marco Ferri | Silvia Longo
    Tel. Gen. | - | 335 111 2222 | 338 333 4444 | 347 555 6666
    Email Gen. | - | roberta.galli@mail.example | marco.ferri@mail.example | silvia.longo@mail.example
    Altezza | - | 165 | 182 | 158
    Reach | - | 212 | 236 | 203
    Salto Rinc 1 | - | 255 | 290 | 240
    Salto Rinc 2 | - | 258 | 294 | 243
    Salto Rinc 3 | - | 256 | 292 | 241
    Privacy GDPR | - | Sì | Sì | Sì
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-in-customer-bulk-upload-gstin', kind: 'Indian billing app\'s customer bulk upload CSV (documented column order)', lang: 'en', source: 'index:28300564379 (a retail and wholesale billing app\'s "Customer Bulk Upload Reference")', defaultCountry: 'IN' }, `
    # The rows are businesses: "Company Name" is the Company name. GSTIN is a tax number. "Customer Type ID" and
    # "State ID" are numbers of the app's own tables (wholesale, retail; a state's row id), not the category or the
    # state in words, so they are left out; loyalty points are not a contact field.
    Company Name | companyName | Sri Lakshmi Traders | Kaveri Textiles | Annapurna Stores
    GSTIN | - | 29ABCDE1234F1Z5 | 33PQRST6789K1Z2 | ""
    Mobile | phone | 9845012345 | 9790023456 | 9980034567
    Email | email | srilakshmi.traders@mail.example | kaveritex@mail.example | annapurna.stores@mail.example
    Customer Type ID | - | 1 | 1 | 2
    Address | address1 | 12, 4th Cross, Chickpet | 45 Gandhi Road | Shop 7, Market Complex
    City | city | Bengaluru | Salem | Mysuru
    State ID | - | 17 | 31 | 17
    Pincode | postalCode | 560053 | 636001 | 570001
    Loyalty Points | - | 120 | 0 | 35
  `),
  set({ id: 'en-ng-ussd-merchant-list', kind: 'Nigerian payment platform\'s merchant list report (column list of the download)', lang: 'en', source: 'index:20401882468 (a USSD bill-payment service\'s generateMerchantList columns)', defaultCountry: 'NG' }, `
    # The rows are merchants (shops): "Name" is the business's name, the Company name. "Merchant Code" is the
    # platform's code of the merchant: the External ID. The LGA (local government area) is the town-level area under
    # the State, the nearest the file has to a city: the City.
    Merchant Code | externalId | MC-00412 | MC-00418 | MC-00433
    Name | companyName | Mama Nkechi Provisions | Adebayo Pharmacy | Grace Fashion Hub
    Email | email | nkechiprovisions@mail.example | adebayopharm@mail.example | gracefashion@mail.example
    Phone Number | phone | 0803 123 4567 | 0812 765 4321 | 0706 222 3344
    LGA | city | Ikeja | Oyo East | Enugu North
    State | state | Lagos | Oyo | Enugu
    Status | - | ACTIVE | ACTIVE | SUSPENDED
    Date Created | - | 2023-04-11 | 2023-05-02 | 2023-05-19
  `),
  set({ id: 'en-ng-clinic-patients-monthly-xlsx', kind: 'Nigerian health facility\'s patient register workbook (SheetJS export with month columns)', lang: 'en', source: 'index:35028437993 (a clinic app\'s patient export: NIN, LGA, facility and monthly visit marks)', defaultCountry: 'NG' }, `
    # S/N is the row number; NIN is the national identity number; the facility is where the patient is seen and the
    # month columns mark visits. The LGA is the town-level area: the City.
    S/N | - | 1 | 2 | 3
    Name | name | Aisha Bello | Chinedu Okafor | Funmilayo Adeyemi
    NIN | - | 12345678901 | 23456789012 | 34567890123
    Phone Number | phone | 08031234567 | 08127654321 | 07062223344
    LGA | city | Kaduna North | Nsukka | Ibadan North
    Facility | - | PHC Kawo | PHC Nsukka | Adeoyo PHC
    Jan | - | ✓ | "" | ✓
    Feb | - | "" | ✓ | ✓
    Mar | - | ✓ | ✓ | ""
    April | - | ✓ | "" | ✓
    May | - | "" | ✓ | ""
    Jun | - | ✓ | "" | ""
    Jul | - | "" | "" | ✓
    Aug | - | ✓ | ✓ | ""
    Sep | - | "" | ✓ | ✓
    Oct | - | ✓ | "" | ✓
    Nove | - | "" | "" | ""
    Dec | - | "" | "" | ""
  `),
  set({ id: 'en-in-shop-customers-xlsx-door-area', kind: 'Indian shop\'s customer master exported to Excel (SheetJS headers in a PHP page)', lang: 'en', source: 'index:48076456304 (a small retailer\'s customer export: WhatsApp, door number, street, area)', defaultCountry: 'IN' }, `
    # "Mobile No" is the main phone and the WhatsApp number beside it an additional phone. "Door" is the door (house)
    # number on its own and "Area" the locality or neighbourhood: not imported; "Street" is the Street address.
    Customer Name | name | Ramesh Kumar | Priya Sundaram | Mohammed Irfan
    Mobile No | phone | 9876543210 | 9443012345 | 9600123456
    Email | email | rameshk@mail.example | priya.s@mail.example | ""
    Whatsapp | additionalPhones | 9876543210 | 9443012345 | 9840098400
    Door | - | 12/4 | 7A | 221
    Street | address1 | Gandhi Street | Nehru Nagar 2nd Cross | Mount Road
    Area | - | T. Nagar | Peelamedu | Anna Salai
    City | city | Chennai | Coimbatore | Chennai
    State | state | Tamil Nadu | Tamil Nadu | Tamil Nadu
    Country | country | India | India | India
  `),
  set({ id: 'en-in-ecommerce-cart-customers-export', kind: 'online store admin\'s abandoned-cart customers export (CSV headers)', lang: 'en', source: 'index:22659170433 (an e-commerce admin\'s cart customers export: name, mobile, email, cart items)', defaultCountry: 'IN' }, `
    # The number of items left in the cart is not a contact field.
    Customer Name | name | Sneha Patil | Arjun Mehta | N/A
    Mobile No | phone | 9822012345 | 9819098765 | N/A
    Email | email | sneha.patil@mail.example | arjun.m@mail.example | guest@mail.example
    Total Cart Items | - | 3 | 1 | 2
  `),
  set({ id: 'en-ph-scholars-import-template', kind: 'scholarship office\'s scholars CSV import template (Philippines)', lang: 'en', source: 'index:57409500512 (a scholarship admin\'s TEMPLATE_HEADERS: barangay, city/municipality, province/region)', defaultCountry: 'PH' }, `
    # "Scholar ID Number" is the person's id in the programme: the External ID. The middle name, school, course,
    # year level and civil status are not imported; the house or unit number alone and the barangay (a village or
    # neighbourhood) neither. The city or municipality is the City and the province the State.
    Scholar ID Number | externalId | 20250001 | 20250002 | 20250017
    First Name | firstName | Maria Cristina | John Paul | Jasmine
    Last Name | lastName | Dela Cruz | Bautista | Villanueva
    Middle Name | - | Santos | Reyes | ""
    Birthday (YYYY-MM-DD) | dateOfBirth | 2004-06-15 | 2003-11-02 | 2005-01-28
    School | - | Caraga State University | Father Saturnino Urios University | Caraga State University
    Course | - | BS Nursing | BS Civil Engineering | BS Education
    Year Level | - | 2nd Year | 3rd Year | 1st Year
    Civil Status | - | Single | Single | Single
    Contact No. | phone | 09171234567 | 09281234567 | 09391234567
    House/Unit No. | - | Blk 3 Lot 12 | 45 | Purok 2
    Street | address1 | Rizal St. | Montilla Blvd. | J.C. Aquino Ave.
    Barangay | - | Poblacion | Libertad | Ampayon
    City/Municipality | city | Butuan City | Butuan City | Butuan City
    Province/Region | state | Agusan del Norte | Agusan del Norte | Agusan del Norte
    Country | country | Philippines | Philippines | Philippines
    Zip Code | postalCode | 8600 | 8600 | 8600
  `),
  set({ id: 'en-ph-business-permits-export', kind: 'municipal business permit system\'s applications CSV export (Philippines)', lang: 'en', source: 'index:13366823257 (a business permit dashboard\'s exportToCSV headers: business, owner, barangay, employees)', defaultCountry: 'PH' }, `
    # The rows are businesses: "Business Name" is the Company name and the owner the person, the Name; the trade
    # name beside the registered name is not imported. The application id, type, capital, building, status, date
    # and employee counts are the permit's. The barangay is a neighbourhood (not imported). The city and province
    # are the business's location; the owner's home address is another place (not imported beside them).
    Application ID | - | BP-2024-0112 | BP-2024-0113 | BP-2024-0120
    Business Name | companyName | Aling Nena's Sari-Sari Store | JR Motor Parts Trading | Kusina ni Lola Eatery
    Trade Name | - | Nena's Store | JR Motor Parts | Kusina ni Lola
    Owner Name | name | Santos, Elena Cruz | Ramos, Jose Rizal | Garcia, Lorna M.
    Business Type | - | Retail | Trading | Food Service
    Capital Investment | - | 50000 | 350000 | 120000
    Building Type | - | Owned | Rented | Rented
    Status | - | Approved | Pending | Approved
    Application Date | - | 2024-01-15 | 2024-01-16 | 2024-01-22
    Barangay | - | San Isidro | Poblacion | Mabini
    City/Municipality | city | Tanauan | Tanauan | Malvar
    Province | state | Batangas | Batangas | Batangas
    Total Employees | - | 2 | 6 | 4
    Male Employees | - | 0 | 5 | 1
    Female Employees | - | 2 | 1 | 3
    Contact Number | phone | 09171112222 | 09283334444 | 09195556666
    Email | email | nena.store@mail.example | jrmotor@mail.example | kusinanilola@mail.example
    Home Address | - | Purok 3, San Isidro, Tanauan | 12 Rizal St., Tanauan | Mabini, Malvar
  `),
  set({ id: 'en-tz-customer-import-template-region', kind: 'East African invoicing app\'s customer import template (sheet built from sample objects)', lang: 'en', source: 'index:22439533286 (a Tanzanian billing app\'s customerImportTemplate: region, TIN, identification)', defaultCountry: 'TZ' }, `
    # Columns in the order of the first sample object. "REGION" is the first-level area: the State. The TIN and the
    # identification number are tax and identity numbers (not imported). Phones are written with 255 and no "+".
    NAME | name | Neema Mushi | Baraka Hardware Ltd | Juma Hassan
    PHONE NUMBER | phone | 255754112233 | 255688445566 | 255713778899
    TIN NUMBER | - | 112-233-445 | 998-877-665 | ""
    REGION | state | Arusha | Dar es salaam | Dodoma
    COUNTRY | country | TANZANIA | TANZANIA | TANZANIA
    IDENTIFICATION | - | 19880512111220000123 | "" | 19930301222330000456
    EMAIL | email | neema.mushi@mail.example | sales@barakahardware.example | juma.h@mail.example
  `),
  set({ id: 'en-in-ledger-excel-parties', kind: 'Indian accounting app\'s ledger (party) Excel import rows', lang: 'en', source: 'index:60840313932 (an accounting app\'s LedgerExcelRow: group, bank, UPI, contact, TIN, place of supply)', defaultCountry: 'IN' }, `
    # The rows are ledgers of parties (customers and suppliers): the ledger "Name" is the business, the Company name,
    # and "Contact Name" the person, the Name. "Group Name" (Sundry Debtors, Sundry Creditors) is the group the party
    # is filed under: Tags. The alias, ledger type, bank and cash flags, bank details, UPI id, TIN and currency are
    # not contact fields. The place of supply is the party's state for GST: the State.
    Name | companyName | Sri Balaji Enterprises | Green Leaf Organics | Metro Packaging Co
    Group Name | tags | Sundry Debtors | Sundry Debtors | Sundry Creditors
    Alias | - | BALAJI | GLO | METROPACK
    Ledger Type | - | Customer | Customer | Supplier
    Bank Account | - | No | No | No
    Cash Account | - | No | No | No
    Bank Name | - | "" | "" | HDFC Bank
    Bank IFSC | - | "" | "" | HDFC0001234
    Bank Account No | - | "" | "" | 50100123456789
    UPI Id | - | balaji@okaxis | "" | metropack@okhdfcbank
    Contact Name | name | Venkatesh Rao | Anjali Nair | Suresh Gupta
    Phone | phone | 9848012345 | 9447098765 | 9810011223
    Email | email | accounts@sribalaji.example | anjali@greenleaf.example | suresh@metropack.example
    Address | address1 | 8-2-293, Road No. 12, Banjara Hills | TC 24/1120, Vazhuthacaud | Plot 45, Okhla Phase II
    TIN Type | - | GSTIN | GSTIN | GSTIN
    TIN Number | - | 36ABCDE1234F1Z5 | 32FGHIJ5678K1Z3 | 07KLMNO9012P1Z8
    Place of Supply State | state | Telangana | Kerala | Delhi
    Currency Code | - | INR | INR | INR
  `),
];
