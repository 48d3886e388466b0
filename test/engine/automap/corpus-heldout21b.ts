// The twenty-first held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files and English ones from nonprofits, churches, schools, events, shops and Google Forms; the
// other half, corpus-heldout21a.ts, holds English, German, Dutch and mixed-language files): 56 header sets (577
// columns, 287 of them expected to map; 12 Spanish, 12 Portuguese, 12 French, 12 Italian, 8 English; 2 files without a
// header row, 2 with lines above it (a title and a blank line, a "Liste des adhérents" line); 4 sets of 20 to 29
// columns, 8 of 14 to 17) from sources none of the other parts use, found in the public code index with exact-string
// searches for everyday header lines in these languages (client, customer, member, patient, pupil, student, employee,
// driver, candidate, volunteer, donor and participant lists, club and association registers, shop, loyalty-card,
// booking and sales exports, CRM and admin exports, importer templates and their tests, Google Forms responses,
// database tables and address-book exercises) and written down, with the mapping a careful person would choose by the
// field definitions and the rules, BEFORE the mapper was run on them and without reading the lexicon or the
// mapper. "index:N" names the index file the header text was read from (the index does not name its repository); the
// kind says what the file is. Sample values are made up in the shape of each file's own (no personal data or example
// rows from the sources are copied). Byte-order marks and a header cell's trailing space cannot be written in the table
// and are left out (a set's comment says where). A trailing empty column (a header line ending in the separator) is
// written as "". Wide files are kept to their first columns, stopping at a column boundary. No set's headers repeat an
// older part's (each was compared lower-cased).
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
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout21' }, table);

export const HELDOUT21B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-scouts-miembros-plantilla-rol-seccion', kind: 'Spanish scout group app\'s member import template, downloaded from its import dialog (name, surnames, e-mail, phone, role, section)', lang: 'es', defaultCountry: 'ES', source: 'index:46712146037 (a scout group admin\'s bulk member import page, TypeScript)' }, `
    nombre | firstName | Lucía | Pablo | Irene
    # "apellidos" holds both surnames in one cell: it is the Last name.
    apellidos | lastName | Serrano Gil | Montero Ruiz | Vidal Roca
    email | email | lucia.serrano@example.es | pablo.montero@example.com | irene.vidal@example.es
    telefono | phone | +34611234987 | +34622876543 | ""
    # scouter, familia, admin: a role, not imported.
    rol | - | scouter | familia | scouter
    # The section (Tropa, Manada, Clan) is the unit of the group the person belongs to: Tags.
    seccion_nombre | tags | Tropa | Manada | ""
  `),
  set({ id: 'es-contactos-csv-test-correo-empresa-cargo', kind: 'CRM contact importer test with a Spanish header line separated by ";" (name, surnames, e-mail, phone, company, job title, notes)', lang: 'es', defaultCountry: 'ES', source: 'index:71023688800 (a contacts CSV parser test, TypeScript)' }, `
    Nombre | firstName | Alicia | Jorge | Nuria
    Apellidos | lastName | Cabrera | Llorente Sanz | Ferrer
    Correo electrónico | email | alicia@talleres-cabrera.example | jorge.llorente@example.com | nferrer@example.es
    Teléfono | phone | 954 112 233 | 676 554 321 | 933 871 200
    Empresa | companyName | Talleres Cabrera | Llorente Asesores | Grupo Ferrer
    Cargo | - | Gerente | Socio | Directora financiera
    Notas | - | Cliente desde 2019 | "" | Llamar por la tarde
  `),
  set({ id: 'es-programa-empleo-registros-diagnostico', kind: 'Spanish employment support programme\'s sign-up records exported to a ";" CSV for Excel (id, sign-up date, name, surnames, e-mail, phone, age, province, work status, diagnosis, difficulties, privacy consent, contact status, follow-up notes)', lang: 'es', defaultCountry: 'ES', source: 'index:54915286426 (a programme landing page with an admin export, JavaScript)' }, `
    # The id of each sign-up in this list (a time stamp number) is the list's own row id: not imported.
    ID | - | 1732457812345 | 1732544109871 | 1732630055420
    Fecha de Registro | - | 24/11/2025, 15:10:12 | 25/11/2025, 9:01:49 | 26/11/2025, 12:07:35
    Nombre | firstName | Sergio | Marina | Álvaro
    Apellidos | lastName | Peña Ortiz | Lozano | Gómez Bravo
    Correo Electrónico | email | sergio.pena@example.com | marina.lozano@example.es | alvaro.gb@example.com
    Teléfono | phone | 612 447 890 | 699 120 334 | 645 778 102
    Edad | - | 27 | 34 | 22
    Provincia | state | Valencia | Murcia | Alicante
    ¿Trabaja actualmente? | - | No | Sí | No
    Diagnóstico | - | TEA | TDAH | TEA
    Dificultades en el trabajo | - | Comunicación con el equipo | Organización de tareas | ""
    Acepta Privacidad | - | Sí | Sí | Sí
    Estado de Contacto | - | Pendiente | Contactado | Pendiente
    Notas de Seguimiento | - | "" | Entrevista el martes | ""
  `),
  set({ id: 'es-productora-musical-solicitudes-excel', kind: 'Madrid music production programme\'s applications exported to a spreadsheet (name, surnames, e-mail, phone, Instagram, birth date, country of residence, nationality, trip to Madrid, genres, project stage, goal, budget, timing, status, sent date)', lang: 'es', defaultCountry: 'ES', source: 'index:55737013383 (an applications admin page with an Excel export, JavaScript)' }, `
    Nombre | firstName | Daniela | Mateo | Candela
    Apellidos | lastName | Restrepo | Álvarez Núñez | Prieto
    Email | email | dani.restrepo@example.co | mateo.an@example.com | candelaprieto@example.es
    Teléfono | phone | +57 310 456 7788 | +34 655 210 987 | +34 622 309 118
    # An Instagram handle is a link that is not the person's own site: not imported.
    Instagram | - | @danirestrepo.music | @mateoan | @candelaprieto
    Fecha Nacimiento | dateOfBirth | 1998-04-17 | 2001-11-02 | 1995-07-23
    País Residencia | country | Colombia | España | España
    Nacionalidad | - | Colombiana | Española | Española
    Viaje Madrid | - | Sí | No aplica | No aplica
    Géneros | - | Reggaetón, Pop | Flamenco fusión | Indie
    Fase Proyecto | - | Maqueta | Primer EP | Idea
    Objetivo | - | Grabar single | Producir EP | Mejorar directo
    Presupuesto | - | 1.000-3.000 € | 3.000-6.000 € | < 1.000 €
    Timing | - | 1-3 meses | Inmediato | 3-6 meses
    Estado | - | nueva | revisada | nueva
    Fecha Envío | - | 12 nov 2025, 18:40 | 13 nov 2025, 10:02 | 15 nov 2025, 21:15
  `),
  set({ id: 'es-fidelizacion-tarjetas-sellos-export', kind: 'Spanish loyalty-card app\'s admin CSV export of cards and customers (card id, name, surnames, e-mail, phone, birth date, active, opt-in, stamps, rewards, origin, channel, notes, sign-up time)', lang: 'es', defaultCountry: 'ES', source: 'index:53890648577 (a loyalty-card backend\'s admin export endpoint, Python)' }, `
    # The card's id is the id the customer is filed under in the loyalty app: the External ID.
    ID Tarjeta | externalId | 118 | 119 | 124
    Nombre | firstName | Elena | Raúl | Marta
    Apellidos | lastName | Guerrero | Pastor | Ibáñez
    Email | email | elena.guerrero@example.com | raul.pastor@example.es | marta.ib@example.com
    Teléfono | phone | 611 908 774 | 690 233 415 | ""
    Fecha Nacimiento | dateOfBirth | 1990-02-14 | "" | 1984-09-30
    Activa | - | Sí | Sí | No
    OptIn | - | Sí | No | Sí
    Sellos Actuales | - | 6 | 2 | 9
    Sellos Totales | - | 26 | 2 | 49
    Premios Disponibles | - | 0 | 0 | 1
    Premios Canjeados | - | 2 | 0 | 4
    # "Origen" is where the customer signed up (the Source); "Canal" beside it is a sub-origin: not imported.
    Origen | source | QR mostrador | Web | QR mostrador
    Canal | - | tienda | online | tienda
    Notas | - | "" | Cliente nuevo | Prefiere avena
    Registro | - | 2025-06-03 18:22:10 | 2025-10-21 09:14:55 | 2024-12-02 12:40:03
  `),
  set({ id: 'es-clientes-listado-general-excel-titulo', kind: 'Peruvian app\'s client list written to an Excel sheet with a title line and a blank line above the header (id, name, surnames, e-mail, password, mobile)', lang: 'es', defaultCountry: 'PE', above: [['Listado General de Clientes'], []], source: 'index:38276657564 (a Spring shop\'s client report, Apache POI, Java)' }, `
    ID | externalId | 1 | 2 | 5
    NOMBRE | firstName | Rosa | Gustavo | Milagros
    APELLIDOS | lastName | Huamán Quispe | Salazar | Torres Vega
    EMAIL | email | rosa.huaman@example.pe | gsalazar@example.com | milagros.tv@example.pe
    CONTRASEÑA | - | $2a$10$Xk3 | $2a$10$Qw9 | $2a$10$Lm7
    # The export writes this header but leaves the cells empty (its rows stop at the password).
    CELULAR | phone | "" | "" | ""
  `),
  set({ id: 'es-formacion-participantes-dni-grupo-empresa', kind: 'Spanish training management app\'s participant table shown and downloaded as CSV (name, surnames, e-mail, DNI, phone, group id, company id)', lang: 'es', defaultCountry: 'ES', source: 'index:21746750282 (a training admin\'s participants page, Streamlit, Python)' }, `
    nombre | firstName | Inés | Fernando | Rebeca
    apellidos | lastName | Molina Cano | Rey | Santos Gil
    email | email | ines.molina@example.es | frey@example.com | rebeca.santos@example.es
    dni | - | 45123987L | 50987123K | 71234560B
    telefono | phone | 622 418 006 | 915 330 871 | 688 902 144
    # Ids of rows in this database's group and company tables, which name nothing outside it: not imported.
    grupo_id | - | 12 | 12 | 15
    empresa_id | - | 4 | 7 | 4
  `),
  set({ id: 'es-formadores-empresa-especialidad-export', kind: 'Spanish training management app\'s teacher list exported to CSV (DNI, name, surnames, e-mail, phone, company name, speciality)', lang: 'es', defaultCountry: 'ES', source: 'index:21394504096 (a training admin\'s teachers page, Streamlit, Python)' }, `
    dni | - | 33456781Q | 09876543T | 28765430H
    nombre | firstName | Teresa | Óscar | Beatriz
    apellidos | lastName | Navarro | Calvo Marín | Ortega
    email | email | teresa.navarro@example.es | ocalvo@example.com | bortega@example.es
    telefono | phone | 630 221 908 | 917 443 120 | 654 090 311
    # The company a teacher works for is the teacher's company.
    empresa_nombre | companyName | Formación Levante SL | Calvo Consultores | Academia Norte
    especialidad | - | Prevención de riesgos | Excel avanzado | Atención al cliente
  `),
  set({ id: 'es-wordpress-leads-tabla-origen-cpos', kind: 'Spanish WordPress plugin\'s lead table, the columns it inserts for each web enquiry (guid, origin, name, surnames, e-mail, phone, company, activity, town, postcode, country, enquiry, comments, acceptance, created at, bulk)', lang: 'es', defaultCountry: 'ES', source: 'index:51901747774 (a WordPress lead-capture plugin, PHP)' }, `
    # The guid is the id of the web submission, not of the person: not imported.
    guid | - | 7f3c2a90-1b | 8a41d0e2-9c | 93e0b7f4-2d
    origen | source | landing-ferias | web-contacto | landing-ferias
    nombre | firstName | Ramón | Silvia | Hugo
    apellidos | lastName | Esteban | Crespo Mora | Lorenzo
    email | email | ramon@construcciones-esteban.example | silvia.crespo@example.es | hugo.lorenzo@example.com
    telefono | phone | 976 443 210 | 620 118 447 | 981 205 366
    empresa | companyName | Construcciones Esteban | Crespo Interiorismo | ""
    # The line of business of the company: not imported, like an industry.
    actividad | - | Construcción | Diseño | Hostelería
    ciudad | city | Zaragoza | Madrid | A Coruña
    cpos | postalCode | 50012 | 28010 | 15004
    pais | country | España | España | España
    consulta | - | Presupuesto stand | Catálogo | Información general
    comentarios | - | Feria en marzo | "" | ""
    acceptacion | - | 1 | 1 | 1
    created_at | - | 2025-02-11 10:22:41 | 2025-02-12 17:03:09 | 2025-02-14 08:55:30
    bulk | - | 0 | 0 | 1
  `),
  set({ id: 'es-hn-clientes-insert-direccion-colonia', kind: 'Honduran shop exercise\'s client table seed, an INSERT with its column list (client id, name, surname, e-mail, phone, address)', lang: 'es', defaultCountry: 'HN', source: 'index:20664333381 (a MySQL seed script, clients and orders)' }, `
    id_cliente | externalId | 1 | 2 | 3
    nombre | firstName | Karla | Mario | Dilcia
    apellido | lastName | Zelaya | Banegas | Portillo
    correo | email | karla.zelaya@example.hn | mbanegas@example.com | dilcia.p@example.hn
    teléfono | phone | 9812-4470 | 3345-2081 | 9977-6120
    dirección | address1 | Col. Kennedy, bloque 12 | Col. Palmira | Barrio Guamilito, 3 calle
  `),
  set({ id: 'es-restaurante-personal-importacion-puesto', kind: 'Spanish restaurant app\'s staff import, the ";" file its end-to-end test uploads (name, surnames, e-mail, job)', lang: 'es', defaultCountry: 'ES', source: 'index:58695023388 (a restaurant staffing app\'s end-to-end import test, TypeScript)' }, `
    Nombre | firstName | Alba | Raúl | Noelia
    Apellidos | lastName | Ruiz | Sanz | Fuentes
    Correo electrónico | email | alba.ruiz@example.es | raul.sanz@example.com | ""
    Puesto | - | camarera | cocinero | ayudante de cocina
  `),
  set({ id: 'es-mx-universidad-alumnos-alta-matricula-grupo', kind: 'Spanish-language school app\'s student sign-up, the columns its insert fills for each student (enrolment number, name, surnames, e-mail, phone, group id, user id)', lang: 'es', defaultCountry: 'MX', source: 'index:60434926952 (a school admin API\'s student creation route, Node.js)' }, `
    # The enrolment number the student is filed under: the External ID. The row ids of this database's group and
    # user tables name nothing outside it: not imported.
    matricula | externalId | A01234567 | A01234589 | A01234612
    nombre | firstName | Ximena | Emiliano | Regina
    apellidos | lastName | Hernández Ruiz | Castillo | Ortega Salas
    email | email | ximena.hr@example.mx | emiliano.castillo@example.com | regina.ortega@example.mx
    telefono | phone | 55 1234 5678 | 33 9876 5432 | ""
    grupo_id | - | 3 | 3 | 7
    usuario_id | - | 118 | 119 | 124
  `),
  // --------------------------------------------------------------------------------------------------- Portuguese
  set({ id: 'pt-br-condominio-moradores-modelo-bloco', kind: 'Brazilian condominium app\'s residents import template (block, apartment, name, e-mail, phone, CPF, owner, responsible)', lang: 'pt', defaultCountry: 'BR', source: 'index:3511935432 (a condominium admin\'s resident import dialog, React)' }, `
    # Block and apartment number inside the condominium, on their own: not imported, like a house number alone.
    bloco | - | A | A | C
    apartamento | - | 101 | 304 | 12
    nome | name | Marcos Vinícius Souza | Patrícia Almeida | Helena Castro Reis
    email | email | marcos.souza@example.com.br | patricia.almeida@example.com | helena.reis@example.com.br
    telefone | phone | (41) 99123-4567 | (41) 98877-6655 | (41) 3333-2211
    cpf | - | 123.456.789-09 | 987.654.321-00 | 111.444.777-35
    proprietario | - | sim | não | sim
    responsavel | - | sim | sim | não
  `),
  set({ id: 'pt-br-candidaturas-tabela-portfolio-curriculo', kind: 'Brazilian studio\'s careers form, the columns its job applications table holds (id, name, e-mail, phone, city/state, area, start availability, work models, portfolio, CV and LinkedIn links, experience, message, language)', lang: 'pt', defaultCountry: 'BR', source: 'index:60141332907 (a site backend\'s application and contact workers, PHP)' }, `
    # The id of each application in this table: not imported, like a registration list's row id.
    id | - | 41 | 42 | 43
    nome | name | Larissa Mendes | Thiago Barros | Fernanda Oliveira
    email | email | larissa.mendes@example.com | thiago.barros@example.com.br | fe.oliveira@example.com
    telefone | phone | (48) 99654-3210 | (11) 97766-5544 | (51) 98123-0099
    # "Florianópolis/SC": the town with its state after a slash. The town is what the cell names first: the City.
    cidade_uf | city | Florianópolis/SC | São Paulo/SP | Porto Alegre/RS
    area_cargo | - | Design | Desenvolvimento | Marketing
    disponibilidade_inicio | - | Imediata | 30 dias | 15 dias
    modelos_trabalho | - | remoto, híbrido | remoto | presencial
    # The portfolio is the person's own site: the Website. A CV file and a LinkedIn profile are other links.
    portfolio_url | website | https://larissamendes.example | https://thiagobarros.example.dev | ""
    curriculo_url | - | https://files.example.com/cv/41.pdf | https://files.example.com/cv/42.pdf | https://files.example.com/cv/43.pdf
    linkedin_url | - | https://linkedin.com/in/larissamendes | "" | https://linkedin.com/in/feoliveira
    experiencia | - | 4 anos em UI | 6 anos em PHP | 3 anos em social media
    mensagem | - | Adoraria fazer parte do time | "" | Tenho interesse na vaga
    idioma | - | pt | pt | en
  `),
  set({ id: 'pt-br-escola-alunos-sqlite-situacao-financeira', kind: 'Brazilian school exercise\'s student table in SQLite, the columns its import inserts (financial situation, enrolment number, name, e-mail, phone, notes)', lang: 'pt', defaultCountry: 'BR', source: 'index:34348331457 (a C# student list importer, SQLite)' }, `
    Sitfinanc | - | Adimplente | Inadimplente | Adimplente
    # The enrolment number the pupil is filed under: the External ID.
    Matrícula | externalId | 2024001 | 2024017 | 2023112
    Nome | name | Gabriel Santos Rocha | Beatriz Nunes | Lucas Pereira Dias
    Email | email | gabriel.rocha@example.com | bia.nunes@example.com.br | lucas.dias@example.com
    Telefone | phone | (85) 98811-2233 | (85) 99702-4455 | (85) 3244-1010
    Obs | - | "" | Bolsa parcial | Transferido
  `),
  set({ id: 'pt-br-clinica-pacientes-migracao-convenio-largo', kind: 'Brazilian clinic software\'s patient file from the previous system, the ";" layout its migration script reads (record, sign-up date, name, phone, mobile, work phone, e-mail, birth date, address, number, complement, district, town, state, CEP, CPF, RG, sex, specialities, holder, insurer, plan, plan number and validity, guardian, father\'s and mother\'s names; 27 columns)', lang: 'pt', defaultCountry: 'BR', source: 'index:43476239796 (a clinic app\'s data migration script, PHP)' }, `
    # The source's line ends with a space after "Nome da Mãe", which the table cannot hold.
    # The record number the patient is filed under in the previous system: the External ID.
    Registro | externalId | 1045 | 1046 | 1052
    Data do Cadastro | - | 12/03/2019 | 12/03/2019 | 02/04/2019
    Nome | name | Rosângela Pires | Fábio Monteiro | Isabela Cunha
    # An untyped phone is the main phone; the mobile and the work phone next to it are additional phones.
    Telefone | phone | (62) 3241-5566 | "" | (62) 3095-1122
    Celular | additionalPhones | (62) 99812-3344 | (62) 98456-7788 | (62) 99100-2233
    Telefone Comercial | additionalPhones | "" | (62) 3218-9900 | ""
    E-mail | email | rosangela.pires@example.com.br | fabio.monteiro@example.com | ""
    Data de Nascimento | dateOfBirth | 21/08/1968 | 03/01/1985 | 15/11/2012
    Endereço | address1 | Rua 15 | Av. T-63 | Rua C-140
    Número | - | 220 | 1450 | 88
    Complemento | - | Qd 12 Lt 4 | Sala 3 | ""
    Bairro | - | Setor Oeste | Setor Bueno | Jardim América
    Cidade | city | Goiânia | Goiânia | Goiânia
    Estado | state | GO | GO | GO
    Cep | postalCode | 74140-050 | 74230-100 | 74275-150
    CPF | - | 123.456.789-09 | 987.654.321-00 | ""
    RG | - | 1234567 SSP/GO | 7654321 SSP/GO | ""
    Sexo | - | F | M | F
    Especialidades | - | Dermatologia | Ortopedia | Pediatria
    # The health plan's holder (a parent for a child) is another person: not imported, nor the plan's columns.
    Titular | - | Rosângela Pires | Fábio Monteiro | Marcos Cunha
    Convênio | - | Unimed | Particular | Bradesco Saúde
    Plano | - | Integral | "" | Essencial
    Número do Plano | - | 0098123 | "" | 5512340
    Validade do Plano | - | 12/2026 | "" | 06/2026
    Responsável | - | "" | "" | Marcos Cunha
    Nome do Pai | - | "" | "" | Marcos Cunha
    Nome da Mãe | - | "" | "" | Tatiana Cunha
  `),
  set({ id: 'pt-br-cursinho-alunos-turma-plano', kind: 'Brazilian exam-prep platform\'s student import, the ";" file its tenant tests build (name, e-mail, mobile, CPF, class, original class, last login, plan end, status)', lang: 'pt', defaultCountry: 'BR', source: 'index:70555780593 (a course platform\'s multi-tenant import tests, JavaScript)' }, `
    nome | name | Vanessa Lopes | Eduardo Teixeira | Priscila Moura
    email | email | vanessa.lopes@example.com | edu.teixeira@example.com.br | priscila.moura@example.com
    celular | phone | (61) 99988-1122 | (61) 98456-3321 | (62) 99234-5670
    cpf | - | 529.982.247-25 | 111.222.333-96 | ""
    turma | - | ANVISA | ANVISA | TJDFT
    turma_original | - | "" | PF 2025 | ""
    ultimo_login | - | 02/11/2025 | 28/10/2025 | ""
    fim_do_plano | - | 31/12/2025 | 30/06/2026 | 31/01/2026
    situacao | - | ativo | ativo | inativo
  `),
  set({ id: 'pt-br-mentoria-vendas-modelo-pagamento', kind: 'Brazilian mentoring business\'s sales import template, a ";" file with one sale a line (order id, date, status, product, value, buyer name, e-mail, mobile, CPF, payment method, instalments)', lang: 'pt', defaultCountry: 'BR', source: 'index:70322976836 (a sales and students import module, templates per kind, TypeScript)' }, `
    # The sale's own id and what the sale is about are not contact fields; the buyer is the contact.
    id | - | PED-2031 | PED-2032 | PED-2035
    data | - | 03/10/2025 | 04/10/2025 | 06/10/2025
    status | - | aprovado | reembolsado | aprovado
    produto | - | Mentoria Individual | Curso Gestão de Clínicas | Mentoria Individual
    valor | - | 1.497,00 | 497,00 | 1.497,00
    nome | name | Cláudia Ribeiro | Roberto Alves | Simone Farias
    email | email | claudia.ribeiro@example.com | roberto.alves@example.com.br | simone.farias@example.com
    celular | phone | (61) 99876-1020 | (11) 98555-3311 | (71) 99210-4477
    cpf | - | "" | 390.533.447-05 | ""
    forma_de_pagamento | - | cartão | pix | boleto
    parcelas | - | 12 | 1 | 3
  `),
  set({ id: 'pt-br-titulos-cobranca-arquivo-sem-cabecalho', kind: 'Brazilian collections app\'s receivables file, one title a line separated by ";" with no header row (customer CPF or CNPJ, name, e-mail, mobile, value, due date, seller code, title id)', lang: 'pt', noHeader: true, defaultCountry: 'BR', source: 'index:66088624387 (a collections app\'s mock API, CSV title import, TypeScript)' }, `
    "" | - | 123.456.789-09 | 12.345.678/0001-95 | 987.654.321-00
    "" | name | Paulo Henrique Gomes | Mercado Boa Vista Ltda | Luciana Prado
    "" | email | paulo.gomes@example.com | financeiro@boavista.example | luprado@example.com.br
    "" | phone | (31) 99876-5544 | (31) 3344-5566 | (31) 98123-4400
    "" | - | 350,00 | 1200,50 | 89,90
    "" | - | 2025-11-10 | 2025-11-15 | 2025-11-20
    # The seller is given by a code of the collections system, not as a user: not imported.
    "" | - | V01 | V02 | V01
    "" | - | TIT-88121 | TIT-88122 | TIT-88123
  `),
  set({ id: 'pt-br-vigilancia-funcionarios-importacao', kind: 'Brazilian security company\'s employee import, the ";" file its API documentation shows (registration number, full name, CPF, job, service type, site, status)', lang: 'pt', defaultCountry: 'BR', source: 'index:56221240376 (a security staffing API\'s README, employee import)' }, `
    Matricula | externalId | VIG010 | VIG011 | POR004
    Nome completo | name | Anderson Luiz Batista | Josiane Cardoso | Wellington Freitas
    CPF | - | 529.982.247-25 | 111.444.777-35 | 390.533.447-05
    Cargo | - | Vigilante | Vigilante | Porteiro
    Tipo de servico | - | Vigilancia patrimonial | Vigilancia patrimonial | Portaria
    # The client site the employee is posted to: not imported.
    Unidade | - | Shopping Norte | Hospital Central | Condomínio Jardins
    Status | - | Ativo | Ferias | Ativo
  `),
  set({ id: 'pt-br-google-maps-empresas-planilha', kind: 'Brazilian lead-scraping tool\'s spreadsheet of businesses found on Google Maps (name, e-mail, phone, WhatsApp, category, address, site, stars, reviews, keyword, Maps URL)', lang: 'pt', defaultCountry: 'BR', source: 'index:53151701382 (a Google Maps lead scraper\'s Excel export, Python)' }, `
    # The rows are businesses: the business's name is the Company name.
    Nome | companyName | Padaria Pão Dourado | Clínica Sorriso Vivo | Auto Peças Central
    E-mail | email | contato@paodourado.example | agenda@sorrisovivo.example | ""
    Telefone | phone | (19) 3232-4455 | (19) 3251-7788 | (19) 3243-1122
    # A WhatsApp number beside the phone is a second phone.
    WhatsApp | additionalPhones | (19) 99876-1234 | (19) 98123-4567 | ""
    Categoria | tags | Padaria | Dentista | Loja de autopeças
    Endereço | address1 | Av. Brasil, 1200 - Jardim Guanabara, Campinas - SP | R. Barão de Jaguara, 450 - Centro, Campinas - SP | Av. Amoreiras, 880 - Vila Industrial, Campinas - SP
    Site | website | https://paodourado.example | https://sorrisovivo.example | ""
    Estrelas | - | 4,6 | 4,9 | 4,2
    Avaliações | - | 312 | 128 | 57
    # The search word the business was found with: not imported.
    Keyword | - | padaria campinas | dentista campinas | autopeças campinas
    URL Maps | - | https://maps.google.com/?cid=1111 | https://maps.google.com/?cid=2222 | https://maps.google.com/?cid=3333
  `),
  set({ id: 'pt-br-clientes-admin-csv-cadastrado-em', kind: 'Brazilian service business\'s admin CSV export of clients (id, name, e-mail, phone, registered on)', lang: 'pt', defaultCountry: 'BR', source: 'index:54853082842 (an admin reports route with CSV exports, TypeScript)' }, `
    ID | externalId | 14 | 15 | 21
    Nome | name | Tatiane Rocha | Marcelo Vieira | Débora Lins
    E-mail | email | tati.rocha@example.com | marcelo.vieira@example.com.br | debora.lins@example.com
    Telefone | phone | (81) 99812-3344 | "" | (81) 98765-0011
    Cadastrado em | - | 12/03/2025 | 02/04/2025 | 19/05/2025
  `),
  set({ id: 'pt-br-ramais-colaboradores-export', kind: 'Brazilian company intranet\'s staff directory exported to CSV (name, e-mail, phone, unit, extension, presence status, job, department)', lang: 'pt', defaultCountry: 'BR', source: 'index:70322801825 (an intranet directory page with a CSV export, React)' }, `
    Nome | name | Sabrina Duarte | Leandro Moreira | Carla Pinheiro
    E-mail | email | sabrina.duarte@example.com.br | leandro.moreira@example.com.br | carla.pinheiro@example.com.br
    Telefone | phone | (27) 99887-1122 | (27) 98712-3344 | ""
    Unidade | - | Matriz | Filial Serra | Matriz
    Ramal | - | 2104 | 3301 | 2210
    Status | - | Online | Ausente | Offline
    Cargo | - | Analista de RH | Supervisor de Logística | Coordenadora Financeira
    Departamento | - | Recursos Humanos | Logística | Financeiro
  `),
  set({ id: 'pt-br-varejo-clientes-filial-referencias-csv', kind: 'Brazilian retail chain\'s customer export by branch, a ";" CSV written by a Progress report (name, customer code, branch, CPF, e-mail, street, number, complement, district, town, state, CEP, phone, mobile, references and their phones; the line ends with ";")', lang: 'pt', defaultCountry: 'BR', source: 'index:1580618649 (a retail ERP\'s customer CSV report, Progress 4GL)' }, `
    NOME | name | MARIA APARECIDA SOUZA | JOSE CARLOS PEREIRA | ANA PAULA RIBEIRO
    CODIGO CLIENTE | externalId | 100234 | 100891 | 101377
    # The branch where the customer was registered: not imported.
    FILIAL | - | 12 | 12 | 45
    CPF | - | 12345678909 | 98765432100 | 11144477735
    EMAIL | email | maria.souza@example.com.br | "" | anapaula.ribeiro@example.com
    RUA | address1 | RUA SETE DE SETEMBRO | AV GETULIO VARGAS | RUA DOM PEDRO II
    NUMERO | - | 450 | 1200 | 87
    COMPLEMENTO | - | CASA 2 | "" | APTO 301
    BAIRRO | - | CENTRO | SAO CRISTOVAO | NAVEGANTES
    CIDADE | city | PORTO ALEGRE | CANOAS | PORTO ALEGRE
    ESTADO | state | RS | RS | RS
    CEP | postalCode | 90010-280 | 92010-000 | 90240-200
    TELEFONE | phone | 5132245566 | 5134721100 | ""
    CLIENTE CELULAR | additionalPhones | 51998123344 | "" | 51984567788
    # The references are other people the customer named, with their phones: not imported.
    REFERENCIA 1 | - | JOAO SOUZA | MARTA PEREIRA | ""
    TELEFONE | - | 51991112233 | 51985556677 | ""
    REFERENCIA 2 | - | "" | CARLOS LIMA | ""
    TELEFONE REFERENCIA 2 | - | "" | 51992223344 | ""
    TELEFONE REFERENCIA 3 | - | "" | "" | ""
    "" | - | "" | "" | ""
  `),
  // --------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-vtc-chauffeurs-seed-domicile-vehicule', kind: 'French ride dispatch app\'s driver table seed, the columns its script inserts (driver number, surname, first name, e-mail, phone, home address, vehicle type, active, password hash, role)', lang: 'fr', defaultCountry: 'FR', source: 'index:53580617960 (a dispatch app\'s driver seed script, Node.js)' }, `
    # The driver's number in the dispatch company: the External ID, like an employee id.
    numero_chauffeur | externalId | CH-012 | CH-027 | CH-031
    nom | lastName | Benali | Lefèvre | Moreau
    prenom | firstName | Karim | Julie | Antoine
    email | email | karim.benali@example.fr | julie.lefevre@example.com | a.moreau@example.fr
    telephone | phone | 06 12 45 78 90 | 07 81 22 34 56 | 06 98 11 20 43
    adresse_domicile | address1 | 14 rue des Lilas, 93100 Montreuil | 3 allée Victor Hugo, 92130 Issy-les-Moulineaux | 27 avenue Jean Jaurès, 94200 Ivry-sur-Seine
    type_vehicule | - | berline | van | berline
    actif | - | TRUE | TRUE | FALSE
    mot_de_passe_hash | - | $2b$10$abc | $2b$10$def | $2b$10$ghi
    role | - | chauffeur | chauffeur | chauffeur
  `),
  set({ id: 'fr-rendez-vous-export-prestations-adresse', kind: 'French home-service business\'s appointments export, a ";" CSV (start and end times, price, length, first name, surname, address, postcode, town, phone, e-mail, services)', lang: 'fr', defaultCountry: 'FR', source: 'index:42106272876 (an appointment app\'s export service, Symfony, PHP)' }, `
    Date début | - | 2025-07-12 09:00:00 | 2025-07-12 14:30:00 | 2025-07-15 10:00:00
    Date fin | - | 2025-07-12 10:30:00 | 2025-07-12 16:00:00 | 2025-07-15 11:00:00
    Prix | - | 85 | 120.5 | 60
    Durée | - | 90 | 90 | 60
    Prénom | firstName | Sandrine | Thomas | Nathalie
    Nom | lastName | Girard | Rousseau | Faure
    Adresse | address1 | 8 rue Pasteur | 45 boulevard Carnot | 2 impasse des Tilleuls
    Code postal | postalCode | 69003 | 59000 | 44300
    Ville | city | Lyon | Lille | Nantes
    Telephone | phone | 06 45 12 78 90 | 03 20 55 41 12 | 07 66 21 09 87
    Email | email | sandrine.girard@example.fr | thomas.rousseau@example.com | n.faure@example.fr
    Prestations | - | Ménage, Repassage | Vitres | Ménage
  `),
  set({ id: 'fr-be-club-oldtimers-membres-gsm-vehicule', kind: 'Belgian old-car club\'s member list read from its Google Sheet (surname, first name, postal address, GSM, e-mail, car make, model, year, plate, other club, BEHVA insurance, fee, other vehicle, photo)', lang: 'fr', defaultCountry: 'BE', source: 'index:70910329803 (a club site generator reading the members sheet, Python)' }, `
    Nom | lastName | Dubois | Lambert | Peeters
    Prénom | firstName | Marc | Christine | Luc
    Adresse postale | address1 | Rue de Mons 12, 7300 Boussu | Chaussée Brunehault 45, 7080 Frameries | Rue du Moulin 3, 7340 Colfontaine
    Numéro de GSM | phone | 0475 12 34 56 | 0498 76 54 32 | 0472 11 22 33
    Adresse mail | email | marc.dubois@example.be | christine.lambert@example.be | luc.peeters@example.com
    Marque du véhicule | - | Citroën | Volkswagen | Alfa Romeo
    Modèle du véhicule | - | DS 21 | Coccinelle 1300 | Giulia Super
    Année | - | 1971 | 1968 | 1974
    Numéro d'immatriculation | - | O-ABC-123 | O-DEF-456 | 1-GHI-789
    Membre d'un autre club | - | Non | Oui | Non
    Assuré chez BEHVA | - | Oui | Oui | Non
    Cotisation | - | OK | OK | NON
    Autre véhicule | - | Non | Mini 1000 | Non
    Photo | - | https://drive.example.com/p1.jpg | "" | https://drive.example.com/p3.jpg
  `),
  set({ id: 'fr-clients-table-swing-code-postal-actions', kind: 'French Java desktop exercise\'s client table (id, surname, first name, address, phone, postcode, actions)', lang: 'fr', defaultCountry: 'FR', source: 'index:22212787213 (a Swing client management panel, Java)' }, `
    ID | externalId | 1 | 2 | 3
    Nom | lastName | Marchand | Perrin | Blanc
    Prénom | firstName | Hélène | Julien | Camille
    Adresse | address1 | 10 rue Nationale | 5 place du Marché | 18 chemin des Vignes
    Téléphone | phone | 02 41 22 33 44 | 06 55 44 33 22 | 04 90 12 34 56
    Code Postal | postalCode | 49000 | 37000 | 84000
    # The table's buttons column: empty in an export, not imported.
    Actions | - | "" | "" | ""
  `),
  set({ id: 'fr-association-donateurs-export-categorie', kind: 'French charity\'s donor list exported to a ";" CSV for Excel (title, surname, first name, entities, total given, last contact, town, category)', lang: 'fr', defaultCountry: 'FR', source: 'index:36044082972 (a donor management page, Supabase, JavaScript)' }, `
    Civilité | - | M. | Mme | M. et Mme
    Nom | lastName | Renaud | Fontaine | Mercier
    Prénom | firstName | Philippe | Isabelle | Gérard
    # The entities the donor is linked to, a free list the file does not explain further: not imported.
    Entités | - | Antenne Lyon | Siège, Antenne Paris | Siège
    Total | - | 450 | 1200 | 80
    Dernier Contact | - | 2025-09-14 | 2025-10-02 | 2024-12-20
    Ville | city | Villeurbanne | Paris | Caluire-et-Cuire
    Catégorie | tags | Donateur régulier | Grand donateur | Ponctuel
  `),
  set({ id: 'fr-etp-patients-export-large-diagnostic', kind: 'French patient education programme\'s patient export, a ";" CSV with a byte-order mark whose header line the app rewrites into French labels (follow-up, sex, surname, first name, birth date, two phones, distance, education, job, activity, diagnosis, entry date, orientation, decision, programme, precisions, objective, exit date, reason, end point; the first 23 columns)', lang: 'fr', defaultCountry: 'FR', source: 'index:32412156030 (a patient programme app\'s export controller, Symfony, PHP)' }, `
    # A byte-order mark comes before "Suivi à régulariser", which the table cannot hold. The app replaces the
    # serializer's header text up to "etp;" with these labels; the columns after it are left out here.
    Suivi à régulariser | - | Non | Oui | Non
    Divers | - | "" | Relancer en mars | ""
    Sexe | - | F | M | F
    Nom | lastName | Roux | Lemaire | Gauthier
    Prénom | firstName | Brigitte | Alain | Sophie
    Date de naissance | dateOfBirth | 12/03/1958 | 30/11/1949 | 07/08/1972
    Téléphone 1 | phone | 04 73 21 45 67 | 06 12 98 76 54 | 04 73 90 11 22
    Téléphone 2 | additionalPhones | 06 45 78 12 90 | "" | ""
    Distance d'habitation | - | 12 | 35 | 4
    Niveau d'étude | - | Bac | CAP | Bac+3
    Profession | - | Artisans, commerçants | Retraité | Cadre
    Activité actuelle | - | En activité | Retraité | En activité
    Diagnostic médical | - | Diabète type 2 | Insuffisance cardiaque | Diabète type 2
    Date d'entrée | - | 05/02/2025 | 12/03/2025 | 20/03/2025
    Orientation | - | Médecin traitant | Cardiologue | Médecin traitant
    ETP Décision | - | Inclus | Inclus | Non inclus
    Type de programme | - | Initial | Renforcement | ""
    Précision non inclusion | - | "" | "" | Indisponible
    Précision contenu personnalisé | - | "" | Ateliers nutrition | ""
    Objectif | - | Perte de poids | Autonomie traitement | ""
    Date de sortie | - | "" | 30/06/2025 | ""
    Motif d'arrêt de programme | - | "" | Fin de programme | ""
    Point final parcours ETP | - | "" | Bilan final | ""
  `),
  set({ id: 'fr-btp-entreprises-import-siret-adresse', kind: 'French building trades app\'s client import test, a ";" export with company name, SIRET, e-mail, phone, address, postcode and town', lang: 'fr', defaultCountry: 'FR', source: 'index:68898266513 (a migration importer\'s delimiter test, TypeScript)' }, `
    Raison sociale | companyName | Durand Plomberie | Atelier Menuiserie Roche | Électricité Vidal SARL
    SIRET | - | 81234567800021 | 79345612300018 | 52987654300034
    Email | email | contact@durand-plomberie.example | atelier@roche-menuiserie.example | vidal.elec@example.fr
    Téléphone | phone | 04 77 12 34 56 | 06 22 33 44 55 | 04 78 90 12 34
    Adresse | address1 | 3 rue Élisée Reclus | 17 avenue de la Libération | ZA des Plaines, lot 4
    Code postal | postalCode | 42000 | 42100 | 69360
    Ville | city | Saint-Étienne | Saint-Étienne | Communay
  `),
  set({ id: 'fr-annuaire-entreprises-sirene-export-dirigeants', kind: 'French company search tool\'s CSV export with a byte-order mark (SIREN, full name, legal name, SIRET, creation date, address, postcode, town, department, legal form, APE code, sector, managers, staff, establishments, category, state)', lang: 'fr', defaultCountry: 'FR', source: 'index:2698901306 (a company directory search service\'s CSV generator, PHP)' }, `
    # A byte-order mark comes before "SIREN", which the table cannot hold.
    SIREN | - | 812345678 | 793456123 | 529876543
    # "Nom complet" (the name with the trade name in brackets) beside the legal name: the legal name is the Company
    # name, the other is not imported.
    Nom complet | - | BOULANGERIE MARTIN (AU BON PAIN) | ROCHE CONSEIL | VIDAL ELECTRICITE (VIDAL ELEC)
    Raison sociale | companyName | BOULANGERIE MARTIN | ROCHE CONSEIL | VIDAL ELECTRICITE
    SIRET | - | 81234567800021 | 79345612300018 | 52987654300034
    Date création | - | 2015-06-01 | 2013-03-12 | 2011-01-05
    Adresse | address1 | 12 RUE DE LA REPUBLIQUE | 4 PLACE BELLECOUR | ZA DES PLAINES
    Code postal | postalCode | 38000 | 69002 | 69360
    Ville | city | GRENOBLE | LYON | COMMUNAY
    # The department (Isère, Rhône) is the area above the town that the file gives: the State.
    Département | state | Isère | Rhône | Rhône
    Nature juridique | - | SAS | SARL | SARL
    Code APE | - | 10.71C | 70.22Z | 43.21A
    Secteur | - | Boulangerie | Conseil | Installation électrique
    # The company's managers are the people behind the rows: the contact person, the Name.
    Dirigeants | name | Pierre Martin | Anne Roche | Jean Vidal
    Effectifs | - | 6 à 9 salariés | 1 ou 2 salariés | 10 à 19 salariés
    Nb établissements | - | 2 | 1 | 1
    Catégorie | - | PME | PME | PME
    État | - | Active | Active | Active
  `),
  set({ id: 'fr-qc-usagers-laboratoire-courriel', kind: 'Quebec research platform\'s user list printed as CSV by an admin command (surname, first name, e-mail, active, affiliation, laboratory)', lang: 'fr', defaultCountry: 'CA', source: 'index:56110679392 (a Django management command listing users, Python)' }, `
    Nom | lastName | Tremblay | Gagnon | Bouchard
    Prénom | firstName | Geneviève | Mathieu | Karine
    Courriel | email | genevieve.tremblay@example.ca | mathieu.gagnon@example.ca | karine.bouchard@example.com
    Actif | - | True | True | False
    # The university or institute a researcher works for is the researcher's employer: the Company name.
    Affiliation | companyName | Université Laval | INRS | Université de Sherbrooke
    # A laboratory within it is like a department: not imported.
    Laboratoire | - | Laboratoire de génomique | Laboratoire d'hydrologie | N/A
  `),
  set({ id: 'fr-ent-import-utilisateurs-sans-entete-profil', kind: 'French school digital workspace\'s batch user import, one user a line separated by ";" with no header row (surname, first name, birth date, e-mail, national profile code)', lang: 'fr', noHeader: true, defaultCountry: 'FR', source: 'index:25113755115 (a school workspace\'s user import dialog and its format, Vue)' }, `
    "" | lastName | Fournier | Lacroix | Bonnet
    "" | firstName | Émilie | Nicolas | Agnès
    "" | dateOfBirth | 14/09/1981 | 02/05/1976 | 27/11/1969
    "" | email | emilie.fournier@example.fr | nicolas.lacroix@example.fr | agnes.bonnet@example.fr
    # The national profile code (teacher, head, staff): a role, not imported.
    "" | - | National_3 | National_4 | National_6
  `),
  set({ id: 'fr-adherents-liste-console-titre-tabulations', kind: 'French association exercise\'s member list printed with a "Liste des adhérents" line above a tab-separated header (id, surname, first name, address, phone)', lang: 'fr', defaultCountry: 'FR', above: [['Liste des adhérents']], source: 'index:951956046 (a C member management program over MySQL)' }, `
    ID | externalId | 1 | 2 | 4
    Nom | lastName | Lemoine | Guérin | Caron
    Prénom | firstName | Patrick | Sylvie | Maxime
    Adresse | address1 | 5 rue des Écoles, Amiens | 11 rue Victor Hugo, Abbeville | 2 place Gambetta, Amiens
    Téléphone | phone | 03 22 91 45 12 | 06 71 23 45 98 | 07 52 33 10 46
  `),
  set({ id: 'fr-encheres-utilisateurs-dao-pseudo-credit', kind: 'French auction site exercise\'s user table, the columns its DAO inserts (username, surname, first name, e-mail, phone, street, postcode, town, password, credit, admin)', lang: 'fr', defaultCountry: 'FR', source: 'index:38973438950 (an auction site\'s user DAO, Spring JDBC, Java)' }, `
    # The username the person logs in with on the site: the External ID, like a user id.
    pseudo | externalId | lucas_b | marie44 | jpaul
    nom | lastName | Bernard | Lefort | Paulin
    prenom | firstName | Lucas | Marie | Jean
    email | email | lucas.bernard@example.fr | marie.lefort@example.com | jean.paulin@example.fr
    telephone | phone | 06 23 45 67 89 | 02 40 11 22 33 | ""
    rue | address1 | 12 rue des Roses | 4 quai de la Fosse | 31 avenue de Bretagne
    code_postal | postalCode | 35000 | 44000 | 56000
    ville | city | Rennes | Nantes | Vannes
    mot_de_passe | - | $2a$10$x1 | $2a$10$x2 | $2a$10$x3
    credit | - | 100 | 250 | 0
    administrateur | - | 0 | 0 | 1
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-app-nutrizione-pazienti-export-dottore', kind: 'Italian health app\'s patient list exported to CSV by the clinic dashboard (surname, name, e-mail, sex, age, town, assigned doctor, onboarding done, signed up on)', lang: 'it', defaultCountry: 'IT', source: 'index:67220229873 (a clinic dashboard\'s patients page with a CSV export, Flutter)' }, `
    Cognome | lastName | Colombo | Ricci | De Luca
    Nome | firstName | Francesca | Matteo | Chiara
    Email | email | francesca.colombo@example.it | matteo.ricci@example.com | chiara.deluca@example.it
    Sesso | - | F | M | F
    Età | - | 41 | N.D. | 29
    Città | city | Bergamo | Brescia | Milano
    # The doctor the patient is assigned to is the user in charge of the contact: the Contact owner.
    Dottore assegnato | owner | Dott. Rinaldi | Dott.ssa Conti | Dott. Rinaldi
    Onboarding completato | - | Sì | No | Sì
    Iscritto il | - | 12/02/2025 | 03/03/2025 | 21/03/2025
  `),
  set({ id: 'it-studenti-insert-matricola-classe', kind: 'Italian school exercise\'s student table, the columns its insert fills (student number, surname, name, e-mail, class)', lang: 'it', defaultCountry: 'IT', source: 'index:28283256539 (an ADO.NET student register, C#)' }, `
    Matricola | externalId | 10234 | 10235 | 10241
    Cognome | lastName | Gallo | Lombardi | Moretti
    Nome | firstName | Davide | Giulia | Alessio
    Email | email | davide.gallo@example.it | giulia.lombardi@example.it | alessio.moretti@example.com
    Classe | - | 4A INF | 4A INF | 5B ELE
  `),
  set({ id: 'it-anagrafica-inquilini-select-ragione-sociale', kind: 'Italian public housing management system\'s registry query for a caller (surname, name, e-mail, phone, second phone, company name)', lang: 'it', defaultCountry: 'IT', source: 'index:1497475630 (a housing management call-centre page, VB.NET over Oracle)' }, `
    COGNOME | lastName | Sala | Villa | Longo
    NOME | firstName | Roberta | Enrico | ""
    EMAIL | email | roberta.sala@example.it | enrico.villa@example.com | amministrazione@longo-srl.example
    TELEFONO | phone | 02 4455 6677 | 339 887 6655 | 02 9988 7766
    # A second phone of the same person: an additional phone.
    TELEFONO_R | additionalPhones | 347 221 3344 | "" | ""
    RAGIONE_SOCIALE | companyName | "" | "" | Longo Servizi Srl
  `),
  set({ id: 'it-eventi-prenotazioni-confermate-tabella', kind: 'Italian event booking site\'s confirmed bookings table, the columns its insert fills (surname, name, e-mail, phone, password, event id, ticket type id, booking date, people, token, booking code)', lang: 'it', defaultCountry: 'IT', source: 'index:31796442989 (an event booking backend, Express, JavaScript)' }, `
    cognome | lastName | Rizzo | Marchetti | Bruno
    nome | firstName | Paola | Simone | Federica
    email | email | paola.rizzo@example.it | simone.marchetti@example.com | fede.bruno@example.it
    telefono | phone | 3471239876 | 3289981122 | 3335557788
    password | - | $2b$10$aaa | $2b$10$bbb | $2b$10$ccc
    idevento | - | 12 | 12 | 14
    idtipobiglietto | - | 2 | 1 | 3
    datapren | - | 2025-05-10 | 2025-05-11 | 2025-05-18
    persone | - | 2 | 4 | 1
    token | - | 9f8e7d | 1a2b3c | 4d5e6f
    codpren | - | K7P2Q | M3X9T | R5D1W
  `),
  set({ id: 'it-concorsi-domande-export-residenza-reperibilita', kind: 'Italian public competition platform\'s application export to Excel (id, surname, name, birth data, sex, residence country, province, town, address and CAP, tax code, e-mail, PEC, contact address, phone, application date, degree, university, professional band, experience; 29 columns)', lang: 'it', defaultCountry: 'IT', source: 'index:1237399644 (a competition platform\'s print service, Apache POI, Java)' }, `
    # The id of the application document in the platform: not imported, like a registration list's row id.
    Id | - | a1b2c3d4-0001 | a1b2c3d4-0002 | a1b2c3d4-0003
    Cognome | lastName | Esposito | Romano | Greco
    Nome | firstName | Vincenzo | Laura | Martina
    Data di nascita | dateOfBirth | 14/06/1978 | 02/12/1985 | 23/04/1990
    Sesso | - | M | F | F
    Nazione di nascita | - | Italia | Italia | Italia
    Luogo di nascita | - | Napoli | Roma | Bari
    Prov. di nascita | - | NA | RM | BA
    Nazione di Residenza | country | Italia | Italia | Italia
    Provincia di Residenza | state | NA | RM | BA
    Comune di Residenza | city | Pozzuoli | Roma | Bari
    Indirizzo di Residenza | address1 | Via Napoli 45 | Viale Marconi 120 | Corso Cavour 8
    CAP di Residenza | postalCode | 80078 | 00146 | 70121
    Codice Fiscale | - | SPSVCN78H14F839X | RMNLRA85T42H501Y | GRCMTN90D63A662Z
    Email | email | vincenzo.esposito@example.it | laura.romano@example.it | martina.greco@example.com
    # The certified e-mail (PEC) of the same person: an additional e-mail.
    Email PEC | additionalEmails | v.esposito@pec.example.it | laura.romano@pec.example.it | ""
    # The contact address given besides the residence is an alternate address group: not imported.
    Nazione Reperibilita' | - | Italia | "" | Italia
    Provincia di Reperibilita' | - | MI | "" | BA
    Comune di Reperibilita' | - | Milano | "" | Monopoli
    Indirizzo di Reperibilita' | - | Via Padova 10 | "" | Via Roma 3
    CAP di Reperibilita' | - | 20127 | "" | 70043
    Telefono | phone | 081 526 7788 | 06 5566 4433 | 340 112 2334
    Data Invio Domanda | - | 10/03/2025 12:45:10 | 11/03/2025 09:12:44 | 14/03/2025 18:03:27
    Laurea | - | Economia e Commercio | Giurisprudenza | Scienze Politiche
    Università | - | Federico II | La Sapienza | Università di Bari
    Fascia Professionale | - | 3 | 2 | 1
    Tipologia esperienza (Professionale/OIV) | - | Professionale | OIV | Professionale
    Data inizio(Tipologia esperienza) | - | 01/01/2010 | 01/06/2016 | 01/09/2018
    Data fine(Tipologia esperienza) | - | 31/12/2024 | 31/05/2022 | ""
  `),
  set({ id: 'it-protezione-civile-volontari-squadra', kind: 'Italian civil protection app\'s volunteer export, the columns it keeps (id, surname, name, tax code, organisation, province, team, service, certificate start and end)', lang: 'it', defaultCountry: 'IT', source: 'index:56923143745 (a civil protection map\'s data export script, JavaScript)' }, `
    id | externalId | 17 | 18 | 25
    cognome | lastName | Sartori | Mancini | Pellegrini
    nome | firstName | Alberto | Valentina | Giacomo
    codice-fiscale | - | SRTLRT70A01L219K | MNCVNT88C41F205B | PLLGCM95E12G273Q
    # The volunteer association and the team the volunteer belongs to are groups: Tags.
    organizzazione | tags | ANPAS Piemonte | Croce Verde | ANPAS Piemonte
    provincia | state | TO | CN | TO
    squadra | tags | Squadra 3 | Squadra 1 | Squadra 3
    servizio | - | Logistica | Soccorso | Radio
    data-inizio-attestato | - | 2023-03-01 | 2022-09-15 | 2024-01-10
    data-fine-attestato | - | 2026-03-01 | 2025-09-15 | 2027-01-10
  `),
  set({ id: 'it-autisti-anagrafica-campi-patente', kind: 'Italian transport service\'s driver registry, the fields its update endpoint accepts (surname, name, tax code, birth date, e-mail, phone, qualifications, qualification date, licence number, availability, notes, active)', lang: 'it', defaultCountry: 'IT', source: 'index:59243256405 (a transport service\'s drivers controller, Node.js)' }, `
    cognome | lastName | Ferraro | Testa | Basile
    nome | firstName | Massimo | Cristina | Daniele
    codice_fiscale | - | FRRMSM72B10L736S | TSTCST80M50D969P | BSLDNL91H05F839J
    data_nascita | dateOfBirth | 1972-02-10 | 1980-08-10 | 1991-06-05
    email | email | massimo.ferraro@example.it | cristina.testa@example.com | daniele.basile@example.it
    telefono | phone | 348 556 7788 | 335 221 9087 | 392 118 4455
    qualifiche | - | BLSD, trasporto disabili | BLSD | Trasporto disabili
    data_abilitazione | - | 2021-04-12 | 2019-10-03 | 2023-02-27
    numero_patente | - | U1A23456B | U1B98765C | U1C55443D
    orari_disponibilita | - | lun-ven mattina | weekend | lun-mer pomeriggio
    note | - | "" | Solo mezzi piccoli | ""
    attivo | - | true | true | false
  `),
  set({ id: 'it-ristorante-clienti-tier-allergie', kind: 'Italian restaurant CRM\'s client query, the columns its client page lists (id, name, surname, e-mail, phone, tier, allergies, last visit, visits, total spent, at risk, WhatsApp active)', lang: 'it', defaultCountry: 'IT', source: 'index:55085354974 (a restaurant CRM\'s clients page, React)' }, `
    id | externalId | 5f1c2e9a | 7b3d4f10 | 9e8a6c21
    nome | firstName | Carlo | Anna | Roberto
    cognome | lastName | Bernardi | Valentini | Fabbri
    email | email | carlo.bernardi@example.it | anna.valentini@example.com | ""
    telefono | phone | +39 347 221 0099 | +39 335 667 8899 | +39 329 441 2233
    # The client's loyalty tier (gold, silver) is a category the client is filed under: Tags.
    tier | tags | gold | silver | bronze
    allergie | - | crostacei | "" | glutine
    ultima_visita | - | 2025-10-18 | 2025-09-02 | 2025-06-30
    visite_totali | - | 24 | 7 | 3
    spesa_totale | - | 1860.50 | 420.00 | 135.00
    a_rischio | - | false | false | true
    whatsapp_attivo | - | true | true | false
  `),
  set({ id: 'it-associazione-soci-campi-modificabili-tipo', kind: 'Italian association\'s member registry, the fields its admin API lets staff edit (name, surname, e-mail, phone, tax code, birth date, address, town, CAP, year, membership kind, payment method, status, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:56901428150 (an association site\'s members admin route, Next.js)' }, `
    nome | firstName | Tiziana | Raffaele | Giada
    cognome | lastName | Marini | D'Angelo | Benedetti
    email | email | tiziana.marini@example.it | raffaele.dangelo@example.com | giada.benedetti@example.it
    telefono | phone | 338 112 4455 | 349 876 2211 | 0721 456 789
    codice_fiscale | - | MRNTZN75E45G479K | DNGRFL88L12F839Q | BNDGDI99A60L500P
    data_nascita | dateOfBirth | 1975-05-05 | 1988-07-12 | 1999-01-20
    indirizzo | address1 | Via Flaminia 22 | Via dei Mille 8 | Corso XI Settembre 140
    citta | city | Pesaro | Fano | Pesaro
    cap | postalCode | 61121 | 61032 | 61121
    anno | - | 2025 | 2025 | 2024
    # The kind of membership (ordinario, sostenitore) is a category the member is filed under: Tags.
    tipo | tags | ordinario | sostenitore | ordinario
    metodo_pagamento | - | bonifico | contanti | PayPal
    stato | - | attivo | attivo | scaduto
    note | - | "" | Consigliere | ""
  `),
  set({ id: 'it-biblioteca-soci-tessera-nato-il', kind: 'Italian library members file generated for an import tool\'s tests, a ";" CSV (card number, surname, name, e-mail, born on)', lang: 'it', defaultCountry: 'IT', source: 'index:70560578190 (an import planner\'s test data generator, Java)' }, `
    # The library card number the member is filed under: the External ID.
    tessera | externalId | S0000001 | S0000002 | S0000003
    cognome | lastName | Gatti | Cattaneo | Serra
    nome | firstName | Ilaria | Fabio | Noemi
    email | email | ilaria.gatti@example.it | fabio.cattaneo@example.com | ""
    nato_il | dateOfBirth | 12/05/1984 | 30/10/1971 | 08/02/2002
  `),
  set({ id: 'it-immobiliare-valutazioni-richieste-export', kind: 'Italian estate agency site\'s valuation requests exported to CSV by its admin route (timestamp, name, surname, e-mail, phone, town, property type, size, central value, range)', lang: 'it', defaultCountry: 'IT', source: 'index:25087122601 (a valuation site\'s admin CSV export route, TypeScript)' }, `
    timestamp | - | 2025-05-02T09:14:22.511Z | 2025-05-03T17:40:05.002Z | 2025-05-06T11:02:48.930Z
    nome | firstName | Gianluca | Monica | Pietro
    cognome | lastName | Ferrara | Bellini | Sanna
    email | email | gianluca.ferrara@example.it | monica.bellini@example.com | pietro.sanna@example.it
    telefono | phone | 349 223 4455 | 0187 612 345 | 320 778 9911
    # The town of the property to be valued, not the person's address: not imported.
    comune | - | La Spezia | Sarzana | Lerici
    tipologia | - | Appartamento | Villetta | Appartamento
    mq | - | 85 | 140 | 60
    valore_centrale | - | 215000 | 390000 | 310000
    range_min | - | 200000 | 365000 | 290000
    range_max | - | 230000 | 415000 | 330000
  `),
  set({ id: 'it-helpdesk-ticket-tabella-reparto', kind: 'Italian company helpdesk\'s ticket table, the columns its insert fills for each request (ticket code, name, surname, e-mail, phone, reference, site, home department, department and service ids, description, priority, IP, attachment)', lang: 'it', defaultCountry: 'IT', source: 'index:61373901438 (a helpdesk web app, Flask, Python)' }, `
    # The ticket's code and what the ticket is about are not contact fields; the person who opened it is the contact.
    codice_ticket | - | TK-2025-0412 | TK-2025-0413 | TK-2025-0417
    nome | firstName | Rita | Claudio | Sonia
    cognome | lastName | Morelli | Guidi | Parisi
    email | email | rita.morelli@example.it | claudio.guidi@example.it | sonia.parisi@example.it
    telefono | phone | 0543 731 245 | 0543 731 980 | 0547 601 112
    riferimento | - | Interno 245 | "" | Interno 112
    sede | - | Forlì | Forlì | Cesena
    reparto_appartenenza | - | Amministrazione | Magazzino | Ufficio tecnico
    reparto_id | - | 4 | 9 | 12
    servizio_id | - | 2 | 2 | 5
    descrizione | - | Stampante non funziona | Accesso al gestionale | PC lento
    priorita | - | media | alta | bassa
    ip | - | 192.168.10.51 | 192.168.10.23 | 192.168.20.77
    allegato | - | "" | screenshot.png | ""
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-google-form-course-payment-telegram', kind: 'Google Forms responses sheet of a paid course sign-up, downloaded as CSV by a user import script (timestamp, e-mail, official full name, mobile, Telegram username, chosen option, payment screenshot, an untitled column)', lang: 'en', source: 'index:56083666285 (a course site\'s Google Sheet user import script, Node.js)' }, `
    Timestamp | - | 11/3/2025 9:41:07 | 11/3/2025 10:05:52 | 11/4/2025 18:22:13
    Email address | email | hnin.wai@example.com | kyaw.zin@example.com | thandar.aung@example.com
    Full Name (Official) | name | Hnin Wai Phyo | Kyaw Zin Htet | Thandar Aung
    Mobile Number | phone | +95 9 451 234 567 | +95 9 782 110 334 | +95 9 260 998 112
    Telegram Name / Username ID | - | @hninwai | @kyawzinhtet | @thandar_a
    # The header cell ends with a space after the colon in the source; the table cannot hold it.
    Select your interested choice : | - | Weekend class | Online class | Weekend class
    Kindly upload the payment screenshot. | - | https://drive.google.com/open?id=1aB | https://drive.google.com/open?id=2cD | https://drive.google.com/open?id=3eF
    Column 1 | - | "" | "" | ""
  `),
  set({ id: 'en-nonprofit-impact-report-volunteers-vetting', kind: 'nonprofit impact report\'s volunteer section, a CSV block of volunteers (name, e-mail, phone, skills, availability, vetting status)', lang: 'en', source: 'index:60524597753 (a nonprofit platform\'s impact report export, React)' }, `
    Volunteer Name | name | Grace Okafor | Daniel Reyes | Mei Lin
    Email | email | grace.okafor@example.org | daniel.reyes@example.com | mei.lin@example.org
    Phone | phone | (312) 555-0147 | (312) 555-0192 | ""
    Skills | - | First aid, Logistics | Driving | Translation (Mandarin)
    Availability | - | Weekends | Weekday evenings | Flexible
    Vetting Status | - | Approved | Pending | Approved
  `),
  set({ id: 'en-university-club-signups-csv-motivation', kind: 'student club\'s sign-up form writing each response to a CSV (id, timestamp, first and last name, e-mail, phone, university, field of study, department, study level, motivation, newsletter, status)', lang: 'en', source: 'index:2854060049 (a club site\'s sign-up API route, TypeScript)' }, `
    ID | - | m3k9x1 | m3k9y7 | m3ka02
    Timestamp | - | 2025-09-15T10:12:44.120Z | 2025-09-15T11:03:09.877Z | 2025-09-16T08:47:31.502Z
    First Name | firstName | Amira | Lucas | Sofia
    Last Name | lastName | Haddad | Moreau | Rossi
    Email | email | amira.haddad@example.edu | lucas.moreau@example.edu | sofia.rossi@example.com
    Phone | phone | +33 6 12 34 56 78 | +33 7 81 22 33 44 | ""
    # The university a student attends is not an employer: not imported.
    University | - | Sorbonne Université | Université Paris Cité | Sorbonne Université
    Field of Study | - | Computer Science | Economics | Biology
    Department | - | Engineering | Social Sciences | Life Sciences
    Study Level | - | Master 1 | Licence 3 | Master 2
    Motivation | - | I want to build projects | Meet people interested in AI | ""
    Newsletter | - | yes | no | yes
    Status | - | pending | approved | pending
  `),
  set({ id: 'en-church-conference-registrations-final-amount', kind: 'church conference\'s registrations CSV of a registration system import bundle (registration id, timestamp, first and last name, e-mail, final amount, status)', lang: 'en', source: 'index:58825333792 (an event registration app\'s import preview test, TypeScript)' }, `
    Registration ID | - | WR26-1780602786558-7AC3 | WR26-1780603011245-1BF0 | WR26-1780604420981-9D2E
    Timestamp | - | 2026-06-04T14:53:07Z | 2026-06-04T15:01:42Z | 2026-06-05T09:20:18Z
    First Name | firstName | Nathan | Ruth | Samuel
    Last Name | lastName | Whitfield | Mensah | Okonkwo
    Email | email | nathan.whitfield@example.org | ruth.mensah@example.com | samuel.o@example.org
    Final Amount | - | 250.00 | 125.00 | 0.00
    Status | - | active | active | cancelled
  `),
  set({ id: 'en-swim-meet-entries-google-form-school', kind: 'high-school swim meet entry form responses (Google Forms) read by an entry-file converter (timestamp, first and last name, e-mail, cell phone, school, grade, relays, gender, events and seed times)', lang: 'en', source: 'index:20822141470 (a swim meet entry converter, Python)' }, `
    Timestamp | - | 1/12/2025 19:02:11 | 1/12/2025 20:15:40 | 1/13/2025 7:45:03
    First Name | firstName | Ethan | Chloe | Marcus
    Last Name | lastName | Brooks | Nguyen | Hill
    Email | email | ethan.brooks@example.com | chloe.nguyen@example.com | marcus.hill@example.com
    Cell Phone | phone | 410-555-0163 | 443-555-0127 | 410-555-0189
    # The school is the team a swimmer enters the meet for (the file is sorted by it): a group, Tags.
    School | tags | Oakland Mills | Wilde Lake | Oakland Mills
    Grade | - | 10 | 11 | 9
    Available for Relays | - | Yes | No | Yes
    Gender | - | M | F | M
    Event 1 | - | 50 Free | 100 Back | 100 Breast
    Event 1 | - | 26.41 | 1:09.88 | 1:15.20
    Event 2 | - | 100 Free | 200 IM | 50 Free
    Event 2 | - | 58.02 | 2:31.47 | 28.90
  `),
  set({ id: 'en-car-dealer-contact-requests-export', kind: 'car dealership website\'s contact form submissions exported to CSV from its admin page (timestamp, first and last name, e-mail, phone, request type, subject, message, preferred contact, newsletter)', lang: 'en', source: 'index:43218425200 (an admin submissions page with a CSV export, React)' }, `
    Timestamp | - | 2025-04-02T16:20:11.000Z | 2025-04-03T09:45:30.000Z | 2025-04-05T12:02:59.000Z
    First Name | firstName | Olivia | Hector | Priya
    Last Name | lastName | Grant | Salinas | Raman
    Email | email | olivia.grant@example.com | hector.salinas@example.net | priya.raman@example.com
    Phone | phone | (503) 555-0134 | "" | (971) 555-0176
    Request Type | - | sales | service | general
    Subject | - | 2021 Honda CR-V EX | Brake inspection | Trade-in question
    Message | - | Is it still available? | Can I come Friday? | What is my car worth?
    Preferred Contact | - | email | phone | email
    Newsletter | - | true | false | true
  `),
  set({ id: 'en-google-form-interest-fixture', kind: 'Google Forms responses export used as a fixture by a form-watcher\'s tests (timestamp, first and last name, e-mail, interested)', lang: 'en', source: 'index:65765908119 (a form-watcher\'s matching tests, JavaScript)' }, `
    Timestamp | - | 2024-01-01T09:00:00Z | 2024-01-01T09:05:00Z | 2024-01-01T09:10:00Z
    First Name | firstName | Hannah | Isaac | Zoe
    Last Name | lastName | Price | Bennett | Alvarez
    Email | email | hannah.price@example.com | isaac.bennett@example.com | zoe.alvarez@example.com
    Interested | - | Yes | No | No
  `),
  set({ id: 'en-quote-requests-leads-csv-contact-no-state', kind: 'small business site\'s quote request form appending each lead to leads.csv (timestamp, first and last name, e-mail, contact number, state)', lang: 'en', source: 'index:68711728856 (a Next.js quote request API route writing a CSV, TypeScript)' }, `
    Timestamp | - | 2025-08-12T06:41:22.018Z | 2025-08-12T07:15:09.441Z | 2025-08-13T11:30:54.770Z
    First Name | firstName | Brandon | Tiffany | Luis
    Last Name | lastName | Cole | Harper | Ortega
    Email | email | brandon.cole@example.com | tiffany.harper@example.net | ""
    Contact No | phone | (214) 555-0163 | 817-555-0121 | 469.555.0188
    State | state | TX | Texas | OK
  `),
];
