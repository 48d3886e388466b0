// The twentieth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files and English ones from nonprofits, churches, schools, events, shops and Google Forms; the
// other half, corpus-heldout20a.ts, holds English, German, Dutch and mixed-language files): 56 header sets (532
// columns, 261 of them expected to map; 12 Spanish, 12 Portuguese, 12 French, 12 Italian, 8 English; 3 files without a
// header row, 2 with lines above it (a "sep=;" line, a parish title block); 4 sets of 21 to 33 columns, 5 of 15 to 19)
// from sources none of the other parts use, found in the public code index with exact-string searches for everyday
// header lines in these languages (client, customer, member, subscriber, pupil, learner, graduate, employee, candidate,
// patient, guest, volunteer and donor lists, club, association, parish and congregation registers, shop, order, cart
// and ticket exports, CRM and admin exports, importer templates and their tests, Google Forms responses, database
// tables and address-book exercises) and written down, with the mapping a careful person would choose by the field
// definitions and the rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper.
// "index:N" names the index file the header text was read from (the index does not name its repository); the kind says
// what the file is. Sample values are made up in the shape of each file's own (no personal data or example rows from
// the sources are copied). Byte-order marks and a header cell's trailing space cannot be written in the table and are
// left out (a set's comment says where). Every file is written with all its columns. No set's headers repeat an older
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
// The eighteenth part's second half made these choices more than once, kept here:
// - The school, college or university a student or applicant attends is not an employer and is not imported; the
//   employer a mentor, a teacher or a candidate names is the person's company.
// - A group the person comes with or is registered with (a youth group, a parish, a scout group) is Tags; the
//   group's own address, phone, codes and e-mail are not imported.
// The nineteenth part's second half made these choices more than once, kept here:
// - The professional a patient or a client is assigned to (a "Profesional", a "responsavel") is the Contact owner.
// - A nationality, a birthplace and a language are not the person's address: not imported.
// - A participant's, a runner's or a ticket holder's own number in an event list (an "ID", a "Dossard", a "N° Billet")
//   is not imported, like attendee numbers; a card, learner or staff number of a member list is the External ID.
// Choices this half makes more than once:
// - The billing columns of a shop's order or client export are the buyer's own when the file has no other name,
//   phone, e-mail or address (the shipping ones never).
// - A group or a kind the person is filed under (a team, a base church community, a kind of member or of press
//   contact, a programme category, a loyalty tier) is Tags; a message's category is what the message is about and is
//   not imported.
// - Of a registrant and the pupil the registration is for, only the columns of the row's own person are imported:
//   a pupil's or a parent's columns beside them are not.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout20' }, table);

export const HELDOUT20B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-evaluacion-participantes-csv-cargo-equipo', kind: 'Spanish-language 360 evaluation platform\'s participant upload, the CSV format its upload form asks for (first name, surname, e-mail, phone, job, department, team)', lang: 'es', defaultCountry: 'ES', source: 'index:37881857562 (an evaluation app\'s participant upload form, Django)' }, `
    nombre | firstName | Begoña | Rubén | Maite
    apellido | lastName | Arregui | Castell | Lozano
    correo | email | barregui@example.es | ruben.castell@example.com | maite.lozano@example.es
    teléfono | phone | 644 120 378 | 611 908 245 | 688 341 027
    cargo | - | Analista | Jefe de proyecto | Técnica de RR. HH.
    departamento | - | Finanzas | Operaciones | Personas
    # The team the participant belongs to is a group membership: Tags.
    equipo | tags | Tesorería | Logística Norte | Selección
  `),
  set({ id: 'es-cr-clientes-import-test-direccion', kind: 'Costa Rican shop back office\'s customer file as its import tests write it with accented Spanish headers (first name, surname, e-mail, phone, address)', lang: 'es', defaultCountry: 'CR', source: 'index:62840931816 (a customer import parser\'s tests, TypeScript)' }, `
    Nombre | firstName | Marianela | Esteban | Yorleny
    Apellido | lastName | Solano | Quesada | Chaves
    Correo | email | marianela.solano@example.cr | equesada@example.com | ""
    Teléfono | phone | 8845-2210 | 7012-3390 | 8321-0456
    Dirección | address1 | Barrio Escalante, 200 m este de la iglesia | Residencial Los Arcos casa 14 | Calle 5, avenida 3
  `),
  set({ id: 'es-ar-contactos-import-categoria-celular-cumpleanos', kind: 'Argentine small-business CRM\'s contact import as its tests write it (first name, surname, e-mail, phone, category, mobile, second e-mail, birthday, web, province, country, postcode, about)', lang: 'es', defaultCountry: 'AR', source: 'index:70356428256 (a CRM\'s client import tests, TypeScript)' }, `
    Nombre | firstName | Silvina | Gustavo | Carolina
    Apellido | lastName | Godoy | Benítez | Ferraro
    Correo | email | silvina.godoy@example.com.ar | gbenitez@example.com | caro.ferraro@example.com.ar
    Teléfono | phone | 341 455-2210 | 11 4785-3321 | 351 422-9087
    # The category the contact is filed under (Proveedor, Cliente): Tags.
    Categoría | tags | Proveedor | Cliente | Cliente
    # An untyped phone beside it is the main phone: the mobile is an additional phone.
    Celular | additionalPhones | 341 15 655 1234 | 11 15 3344 5566 | ""
    Email2 | additionalEmails | ventas@example.com.ar | "" | ""
    Cumpleaños | dateOfBirth | 14/05/1983 | 02/11/1975 | ""
    Web | website | godoyflores.example.com.ar | "" | ferraroestudio.example.com
    Provincia | state | Santa Fe | Buenos Aires | Córdoba
    País | country | Argentina | Argentina | Argentina
    Código postal | postalCode | 2000 | 1428 | 5000
    Sobre | - | Florista | Compra mensual | Arquitecta
  `),
  set({ id: 'es-mensajes-contacto-export-asunto-estado', kind: 'Spanish-language website admin\'s contact-form messages exported to a ";" CSV (name, e-mail, phone, category, subject, state, date)', lang: 'es', defaultCountry: 'ES', source: 'index:69333978363 (a site admin\'s messages page, CSV export, React)' }, `
    Nombre | name | Lorena Pastor | Álvaro Quintana | Nerea Soto
    Correo | email | lorena.pastor@example.es | aquintana@example.com | nerea.soto@example.es
    Teléfono | phone | 622 450 913 | "" | 677 208 331
    # The category of the message (presupuesto, soporte) is what the message is about, not a group the person is
    # filed under: not imported.
    Categoría | - | Presupuesto | Soporte | Otro
    Asunto | - | Reforma de cocina | No puedo acceder | Colaboración
    Estado | - | Nuevo | Respondido | Archivado
    Fecha | - | 2026-11-03 | 2026-11-05 | 2026-11-12
  `),
  set({ id: 'es-curso-inscritos-export-emergencia-nacimiento', kind: 'Spanish-language course registration site\'s enrolment list exported as UTF-16 ";" CSV for Excel (name, e-mail, phone, emergency phone, birth date)', lang: 'es', defaultCountry: 'MX', source: 'index:47944012612 (a course admin\'s enrolment export, PHP)' }, `
    # The source writes a byte-order mark before "Nombre", which the table cannot hold.
    Nombre | name | Fernanda Ruiz Campos | Diego Ortega | Itzel Ramírez
    Correo | email | fer.ruiz@example.com.mx | dortega@example.com | itzel.rmz@example.com.mx
    Teléfono | phone | 55 4123 8790 | 33 1456 2209 | 81 2233 4455
    Teléfono de Emergencia | - | 55 5567 1200 | 33 3810 4422 | 81 8345 1290
    Fecha de Nacimiento | dateOfBirth | 2004-03-18 | 1999-08-02 | 2006-12-11
  `),
  set({ id: 'es-academia-alumnos-progreso-export', kind: 'Spanish-language online academy\'s student progress list exported to a ";" CSV (name, e-mail, phone, course, lessons done and total, start, end, finished)', lang: 'es', defaultCountry: 'ES', source: 'index:68383409445 (an online academy\'s admin panel, CSV export, JavaScript)' }, `
    Nombre | name | Ainhoa Bermejo | Pablo Cifuentes | Rocío Lara
    Correo | email | ainhoa.b@example.es | pcifuentes@example.com | rocio.lara@example.es
    Teléfono | phone | +34 655 123 908 | "" | +34 691 402 377
    Curso | - | Excel avanzado | Inglés B2 | Excel avanzado
    Hechas | - | 12 | 4 | 20
    Total | - | 20 | 30 | 20
    Inicio | - | 2026-09-01 | 2026-10-14 | 2026-08-20
    Fin | - | 2026-12-01 | 2027-01-14 | 2026-11-20
    Terminado | - | no | no | sí
  `),
  set({ id: 'es-centro-clientes-import-test-nivel', kind: 'Spanish sports centre app\'s client import as its tests write it, ";" separated (name, e-mail, phone, level)', lang: 'es', defaultCountry: 'ES', source: 'index:70485655591 (a mobile app\'s client import tests, TypeScript)' }, `
    Nombre | name | Marta Iglesias | Jorge Salvador | Lucía Benavente
    Correo | email | marta.iglesias@example.es | jsalvador@example.com | ""
    Teléfono | phone | 600 452 118 | 654 009 321 | ""
    # A playing level is like a grade or a class: not imported.
    Nivel | - | Avanzado | Iniciación | Intermedio
  `),
  set({ id: 'es-cl-evento-inscripciones-planilla-asistencia', kind: 'Latin American school event app\'s attendance roster, ";" separated for Spanish Excel (state, waiting-list place, name, e-mail, phone, people, class, student, registered at)', lang: 'es', defaultCountry: 'CL', source: 'index:70981035231 (an events service\'s roster export, Java)' }, `
    Estado | - | CONFIRMED | WAITLISTED | CONFIRMED
    Lugar en espera | - | "" | 2 | ""
    Nombre | name | Paulina Fuentes | Rodrigo Saavedra | Javiera Muñoz
    Correo | email | paulina.fuentes@example.cl | rsaavedra@example.com | javi.munoz@example.cl
    Teléfono | phone | +56 9 8765 4321 | +56 9 7123 4455 | +56 9 6234 1188
    Personas | - | 2 | 1 | 3
    # The class and the student's name belong to the pupil the registrant comes for: not imported.
    Curso | - | 3° Básico A | 1° Medio B | Kínder
    Estudiante | - | Tomás Fuentes | "" | Agustina Muñoz
    Inscrito | - | 2026-10-02T18:22 | 2026-10-03T09:10 | 2026-10-05T21:47
  `),
  set({ id: 'es-voluntarios-export-mensaje-registro', kind: 'Spanish-language foundation site\'s volunteer sign-ups exported as UTF-16 ";" CSV (name, e-mail, phone, message, sign-up date)', lang: 'es', defaultCountry: 'MX', source: 'index:47814040537 (a foundation site\'s volunteer export, PHP)' }, `
    # The source writes a byte-order mark before "Nombre", which the table cannot hold.
    Nombre | name | Ximena Torres | Luis Ángel Pérez | Mariana Cota
    Correo | email | ximena.torres@example.com | luisangel.p@example.com.mx | mcota@example.com
    Teléfono | phone | 662 123 4578 | 55 3344 9087 | 664 902 1133
    Mensaje | - | Puedo apoyar los sábados | Soy enfermero | Me interesa la colecta
    Fecha de Registro | - | 2026-09-14 10:22:01 | 2026-09-20 18:04:45 | 2026-10-01 08:30:12
  `),
  set({ id: 'es-ar-biblioteca-socios-archivo-sin-cabecera', kind: 'Argentine library exercise\'s member file, one member a line separated by ";" with no header row (member number, first name, surname, e-mail, active)', lang: 'es', noHeader: true, defaultCountry: 'AR', source: 'index:55607280850 (a library exercise\'s README, its data file formats)' }, `
    # The member number is the id the library files the member under: the External ID.
    "" | externalId | S014 | S027 | S031
    "" | firstName | Marcela | Ezequiel | Florencia
    "" | lastName | Ibarra | Sosa | Quiroga
    "" | email | mibarra@example.com | ezequiel.sosa@example.com.ar | fquiroga@example.com
    "" | - | true | false | true
  `),
  set({ id: 'es-consultorio-pacientes-tabla-fuente-terapeuta', kind: 'Spanish-language therapy practice app\'s patients table, the columns its create route inserts (first name, surname, e-mail, phone, birth date, gender, reason for consultation, source and its detail, therapist id, state)', lang: 'es', defaultCountry: 'AR', source: 'index:68313817551 (a therapy practice API\'s patients route, JavaScript)' }, `
    nombre | firstName | Valeria | Martín | Soledad
    apellido | lastName | Rossi | Acuña | Peralta
    email | email | valeria.rossi@example.com | macuna@example.com.ar | ""
    telefono | phone | 11 5566-7788 | 11 4433-2211 | 221 455-6677
    fecha_nacimiento | dateOfBirth | 1990-07-21 | 1984-02-03 | 2001-11-30
    genero | - | F | M | F
    motivo_consulta | - | Ansiedad | Duelo | Estrés laboral
    fuente | source | Instagram | Derivación | Google
    fuente_detalle | - | Historia patrocinada | Dra. Méndez | ""
    # The therapist is given as a row id of another table of this database, which names nobody outside it: not
    # imported.
    terapeuta_id | - | 3 | 3 | 5
    estado | - | activo | activo | alta
  `),
  set({ id: 'es-cl-pedidos-logistica-export-excel-facturacion', kind: 'Chilean e-commerce dashboard\'s logistics report, each order exported to Excel with billing and shipping columns (order numbers and ids, state, date, tax document, RUT, billing first name, surnames and phone, e-mail, shipping name, address, number, flat, province and city, shipping method, carrier, total, tracking, last update)', lang: 'es', defaultCountry: 'CL', source: 'index:21130388239 (an orders dashboard\'s logistics view, Excel export, React)' }, `
    Número de pedido | - | 502341 | 502377 | 502402
    ID del pedido | - | 1456789012345-01 | 1456789012399-01 | 1456789012412-01
    ID SAP | - | 4500123456 | 4500123471 | N/A
    Estado del pedido | - | Facturado | Listo para despacho | Facturado
    Fecha del pedido | - | 12-11-2026 | 13-11-2026 | 14-11-2026
    DTE | - | 39 | 33 | 39
    RUT | - | 15.234.567-8 | 9.876.543-2 | 18.345.678-K
    # The buyer's own name, phone and e-mail are the billing ones here; the shipping recipient's columns never.
    Nombre (facturación) | firstName | Camila | Patricio | Fernanda
    Apellidos (facturación) | lastName | Rojas Vidal | Henríquez | Toro Alarcón
    Teléfono (facturación) | phone | +56987654321 | +56971234455 | +56962341188
    Correo electrónico | email | camila.rojas@example.cl | phenriquez@example.com | fertoro@example.cl
    Nombre (envío) | - | Camila | Marcela | Fernanda
    Apellidos (envío) | - | Rojas Vidal | Soto | Toro Alarcón
    Dirección de envío | - | Av. Irarrázaval 2345 | Los Carrera 880 | Pasaje Las Dalias 12
    N° Dirección | - | 2345 | 880 | 12
    N° Dpto | - | 504 | N/A | N/A
    Provincia (envío) | - | Santiago | Concepción | Valparaíso
    Ciudad (envío) | - | Ñuñoa | Concepción | Viña del Mar
    Título del método de envío | - | Despacho a domicilio | Retiro en tienda | Despacho a domicilio
    Transportista | - | Starken | N/A | Chilexpress
    Importe total del pedido | - | $45.990 | $129.990 | $18.490
    N° Seguimiento | - | 987654321 | N/A | 112233445
    ID Febos | - | 77123 | 77140 | N/A
    URL Seguimiento | - | https://tracking.example.cl/987654321 | N/A | https://tracking.example.cl/112233445
    Última Actualización | - | 15-11-2026 | 14-11-2026 | 16-11-2026
  `),
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-br-loja-clientes-export-cpf-lgpd', kind: 'Brazilian shop back office\'s customer export, ";" separated with the CPF masked for LGPD (name, e-mail, phone, CPF, status, sign-up date)', lang: 'pt', defaultCountry: 'BR', source: 'index:69548367324 (a shop admin\'s customer service tests, TypeScript)' }, `
    Nome | name | Juliana Prates | Rogério Matos | Aline Figueiredo
    E-mail | email | juliana.prates@example.com.br | rogerio.matos@example.com | aline.fig@example.com.br
    Telefone | phone | (61) 99812-3344 | (11) 3456-7788 | (31) 98877-1020
    CPF | - | ***.***.***-12 | ***.***.***-45 | ***.***.***-00
    Status | - | Ativo | Inativo | Ativo
    Data de Cadastro | - | 12/03/2025 | 08/07/2024 | 21/10/2026
  `),
  set({ id: 'pt-br-vaga-candidatos-colados-sem-cabecalho', kind: 'Brazilian recruiting app\'s candidate paste box: lines copied from a spreadsheet, one candidate a line separated by ";" with no header row (name, e-mail, phone, salary expectation)', lang: 'pt', noHeader: true, defaultCountry: 'BR', source: 'index:70508385533 (a recruiting service\'s candidate import, Java)' }, `
    "" | name | Priscila Nogueira | Anderson Tavares | Camila Duarte
    "" | email | priscila.nogueira@example.com.br | atavares@example.com | camiladuarte@example.com.br
    "" | phone | (11) 98123-4567 | (21) 99654-3210 | (41) 99777-8899
    "" | - | 4500 | 6200 | 3800
  `),
  set({ id: 'pt-br-evento-convidados-export-acompanhantes', kind: 'Brazilian event invitation app\'s guest list exported to a ";" CSV for the organiser (name, e-mail, phone, companions and their counts and names, status, note, check-in and sent dates)', lang: 'pt', defaultCountry: 'BR', source: 'index:71164436977 (an event app\'s guests controller, CSV export, PHP)' }, `
    Nome | name | Renata Batista | Marcos Vinícius Lopes | Tatiane Rocha
    E-mail | email | renata.batista@example.com.br | mvlopes@example.com | tati.rocha@example.com.br
    Telefone | phone | (62) 99123-4455 | (62) 98234-1122 | (64) 99345-6677
    Acompanhantes | - | 2 | 0 | 1
    Pessoas | - | 3 | 1 | 2
    Menores | - | 1 | 0 | 0
    Maiores | - | 2 | 1 | 2
    Nome dos acompanhantes (categoria) | - | Paulo (adulto), Lívia (criança) | "" | Sérgio (adulto)
    Status | - | Confirmado | Pendente | Confirmado
    Observacao | - | Mesa perto do palco | "" | Vegetariana
    Check-in em | - | 22/11/2026 19:42 | "" | 22/11/2026 20:05
    Enviado em | - | 01/11/2026 10:00 | 01/11/2026 10:00 | 03/11/2026 14:30
  `),
  set({ id: 'pt-br-lista-vip-imprensa-import-tipo-endereco', kind: 'Brazilian publisher\'s press and VIP list import as its Odoo module\'s tests write the spreadsheet, ";" separated (name, e-mail, phone, type, address, city, postcode, note)', lang: 'pt', defaultCountry: 'BR', source: 'index:55278948093 (an Odoo module\'s list import tests, Python)' }, `
    Nome | name | Beatriz Amaral | Caio Menezes | Letícia Borba
    E-mail | email | beatriz.amaral@example.com.br | caio@example.com | leticia.borba@example.com.br
    Telefone | phone | +55 11 98765-1234 | "" | +55 21 99888-7766
    # The kind of contact (jornalista, influencer) is a category the contact is filed under: Tags.
    Tipo | tags | jornalista | influencer | jornalista
    Endereço | address1 | Rua Augusta, 1200 | "" | Av. Atlântica, 3050
    Cidade | city | São Paulo | Campinas | Rio de Janeiro
    CEP | postalCode | 01304-001 | "" | 22070-002
    Observação | - | Resenhista | booktuber | Coluna de domingo
  `),
  set({ id: 'pt-br-igreja-membros-export-nascimento', kind: 'Brazilian church site\'s member list exported to a ";" CSV with a byte-order mark (name, e-mail, phone, birth date, registered at)', lang: 'pt', defaultCountry: 'BR', source: 'index:68396749237 (a church site\'s admin, member CSV export, PHP)' }, `
    # The source writes a byte-order mark before "Nome", which the table cannot hold.
    Nome | name | Eliane Cardoso | Josué Ferreira | Débora Lima
    E-mail | email | eliane.cardoso@example.com.br | josue.f@example.com | debora.lima@example.com.br
    Telefone | phone | (85) 99712-3456 | (85) 98823-1100 | (85) 3234-5566
    Nascimento | dateOfBirth | 1979-04-12 | 1992-09-30 | 1988-01-07
    Cadastro em | - | 2025-02-16 10:12:33 | 2025-06-01 19:40:02 | 2026-03-22 08:55:41
  `),
  set({ id: 'pt-br-carrinhos-abandonados-nuvemshop-export', kind: 'Brazilian online shop\'s abandoned-cart export in the Nuvemshop layout, Latin-1 ";" CSV (cart id, created, kind of abandonment, cart total, name, e-mail, phone, CPF/CNPJ, address, product, variant, quantity, unit price)', lang: 'pt', defaultCountry: 'BR', source: 'index:70880452145 (a shop automation\'s import tests, JavaScript)' }, `
    ID do carrinho | - | 880123 | 880157 | 880203
    Data de criação | - | 14/11/2026 21:10 | 15/11/2026 08:42 | 16/11/2026 13:05
    Tipo de abandono | - | Tentou pagar mas falhou | Não iniciou o pagamento | Tentou pagar mas falhou
    Total do carrinho | - | R$179,80 | R$89,90 | R$249,70
    Nome | name | Thiago Brandão | Fabiana Neves | Rafael Coutinho
    E-mail | email | thiago.brandao@example.com.br | fabi.neves@example.com | rcoutinho@example.com.br
    Telefone | phone | +5511987651234 | +5521998761122 | +5548999123456
    CPF / CNPJ | - | 123.456.789-09 | "" | 987.654.321-00
    Endereço | address1 | Rua das Palmeiras, 45 | "" | Rua Bocaiúva, 2100
    Nome do produto | - | Kit Completo Barba | Óleo para Barba 30ml | Kit Completo Barba
    Variante / SKU | - | KITB01 | OLB30 | KITB01
    Quantidade | - | 1 | 1 | 2
    Preço unitário | - | 179,80 | 89,90 | 124,85
  `),
  set({ id: 'pt-br-clientes-tabela-export-sep-cp1252', kind: 'Brazilian desktop client register\'s table exported to a Windows-1252 ";" CSV with a "sep=;" line above the header so that Excel splits it (id, name, e-mail, phone, created at)', lang: 'pt', defaultCountry: 'BR', above: [['sep=;']], source: 'index:22862502174 (a Swing client register\'s CSV export, Java)' }, `
    ID | externalId | 17 | 18 | 21
    Nome | name | Sandra Peixoto | Wellington Alves | Gabriela Sá
    E-mail | email | sandra.peixoto@example.com.br | wellington.alves@example.com | gabi.sa@example.com.br
    Telefone | phone | (19) 99123-8877 | (19) 3232-4455 | (19) 98765-0011
    Criado em | - | 02/05/2026 14:20 | 11/06/2026 09:03 | 30/09/2026 17:48
  `),
  set({ id: 'pt-br-academia-retencao-alunos-export', kind: 'Brazilian gym management app\'s retention list (members who stopped training) exported to CSV (name, mobile, e-mail, plan, days without training)', lang: 'pt', defaultCountry: 'BR', source: 'index:68843455843 (a gym app\'s retention export tests, Python)' }, `
    Nome | name | Vanessa Moraes | Ricardo Pacheco | Bruna Teles
    Celular | phone | +5511998877665 | +5511976543210 | +5511954321098
    E-mail | email | vanessa.moraes@example.com.br | rpacheco@example.com | bruna.teles@example.com.br
    Plano | - | Mensal | Trimestral | Anual
    Dias sem treinar | - | 18 | 32 | 45
  `),
  set({ id: 'pt-br-petshop-clientes-pets-export', kind: 'Brazilian pet shop system\'s client and pet list exported to a ";" CSV (id, name, e-mail, mobile, street, number, complement, CEP, neighbourhood, city, client CPF, pet name, breed, pet birth date, size, notes)', lang: 'pt', defaultCountry: 'BR', source: 'index:27362232720 (a pet shop API\'s client export, Java)' }, `
    ID | externalId | 101 | 102 | 115
    Nome | name | Cláudia Rezende | Henrique Barros | Luana Prado
    Email | email | claudia.rezende@example.com.br | hbarros@example.com | luana.prado@example.com.br
    Celular | phone | (11) 97654-3210 | (11) 98888-1234 | (11) 96543-2109
    Rua | address1 | Rua Vergueiro | Av. Jabaquara | Rua Domingos de Morais
    Número | - | 1500 | 220 | 78
    Complemento | - | Apto 52 | "" | Casa 2
    CEP | postalCode | 04101-000 | 04046-000 | 04010-100
    Bairro | - | Vila Mariana | Saúde | Vila Mariana
    Cidade | city | São Paulo | São Paulo | São Paulo
    CPF Cliente | - | 321.654.987-00 | 111.222.333-96 | 456.789.123-55
    Nome do Pet | - | Thor | Mel | Paçoca
    Raça | - | Golden Retriever | SRD | Shih Tzu
    # The birth date here is the pet's (it follows the pet's name and breed): not imported.
    Nascimento | - | 10/02/2020 | 05/08/2018 | 22/12/2023
    Porte | - | Grande | Médio | Pequeno
    Observações | - | Alergia a frango | "" | Tosa bebê
  `),
  set({ id: 'pt-br-evento-compradores-ingressos-export', kind: 'Brazilian event ticketing platform\'s buyer list per event, ";" CSV documented in its API guide (row number, name, e-mail, mobile, ticket type, price, purchase and event dates, payment status and type, check-in, booking and ticket ids)', lang: 'pt', defaultCountry: 'BR', source: 'index:39416588239 (a ticketing API\'s documentation, Markdown)' }, `
    Nº | - | 1 | 2 | 3
    Nome | name | Leandro Pires | Mariana Queiroz | Otávio Farias
    Email | email | leandro.pires@example.com.br | mariana.q@example.com | ofarias@example.com.br
    Celular | phone | 38998765432 | 38991234567 | 31987654321
    Tipo Ingresso | - | Ingresso VIP | Pista | Pista
    Valor (R$) | - | 150,00 | 60,00 | 60,00
    Data Compra | - | 02/12/2026 | 03/12/2026 | 03/12/2026
    Data Evento | - | 20/12/2026 | 20/12/2026 | 20/12/2026
    Status Pagamento | - | CONFIRMED | PENDING | CONFIRMED
    Tipo Pagamento | - | PIX | BOLETO | CREDIT_CARD
    Check-in Realizado | - | Não | Não | Sim
    ID Reserva | - | 31 | 32 | 35
    ID Ingresso | - | 14 | 15 | 19
  `),
  set({ id: 'pt-br-pesquisa-colaboradores-import-enps', kind: 'Brazilian people-analytics app\'s employee survey import, ";" separated as its importer tests write it (corporate e-mail, name, personal e-mail, mobile, area, job, function, location, tenure, gender, generation, company and four org levels, answer date, survey scores and comments, eNPS)', lang: 'pt', defaultCountry: 'BR', source: 'index:11569724429 (an employee survey CSV importer\'s specs, Ruby)' }, `
    # Two e-mails: as with phones, the untyped one is the main e-mail and the typed corporate one beside it an
    # additional e-mail.
    email_corporativo | additionalEmails | fernanda.souza@empresa.example.com | diego.ramos@empresa.example.com | p.oliveira@empresa.example.com
    nome | name | Fernanda Souza | Diego Ramos | Paula Oliveira
    email | email | fe.souza@example.com.br | diegoramos@example.com | paulaoliv@example.com.br
    celular | phone | 11998877001 | 21987650022 | 31996540033
    area | - | Engenharia | Comercial | Pessoas
    cargo | - | Analista Pleno | Gerente | Coordenadora
    funcao | - | Backend | Vendas B2B | Recrutamento
    localidade | - | São Paulo | Rio de Janeiro | Belo Horizonte
    tempo_de_empresa | - | 26 | 48 | 13
    genero | - | Feminino | Masculino | Feminino
    geracao | - | Millennial | Geração X | Geração Z
    # The first org level is the company the employee works for: the Company name.
    n0_empresa | companyName | Grupo Horizonte | Grupo Horizonte | Grupo Horizonte
    n1_diretoria | - | Tecnologia | Comercial | Administrativo
    n2_gerencia | - | Plataforma | Sudeste | Gente e Gestão
    n3_coordenacao | - | APIs | Varejo | Atração
    n4_area | - | Pagamentos | Contas-chave | Seleção
    Data da Resposta | - | 2026-10-15 | 2026-10-16 | 2026-10-16
    Interesse no Cargo | - | 7 | 6 | 8
    Comentários - Interesse no Cargo | - | "" | Quero mais desafios | ""
    Contribuição | - | 8 | 7 | 9
    Comentários - Contribuição | - | "" | "" | Time muito unido
    Aprendizado e Desenvolvimento | - | 6 | 5 | 7
    Comentários - Aprendizado e Desenvolvimento | - | Faltam cursos | "" | ""
    Feedback | - | 7 | 6 | 8
    Comentários - Feedback | - | "" | "" | ""
    Interação com Gestor | - | 8 | 7 | 9
    Comentários - Interação com Gestor | - | "" | "" | Gestora presente
    Clareza sobre Possibilidades de Carreira | - | 5 | 6 | 7
    Comentários - Clareza sobre Possibilidades de Carreira | - | Plano pouco claro | "" | ""
    Expectativa de Permanência | - | 7 | 8 | 9
    Comentários - Expectativa de Permanência | - | "" | "" | ""
    eNPS | - | 8 | 7 | 10
    [Aberta] eNPS | - | Bom ambiente | Salário abaixo do mercado | Adoro trabalhar aqui
  `),
  set({ id: 'pt-br-mala-direta-enderecos-email', kind: 'Brazilian Java web system\'s address list for e-mail groups, written as a ";" CSV (name, street, number, complement, neighbourhood, city, UF, CEP, e-mail)', lang: 'pt', defaultCountry: 'BR', source: 'index:48446407664 (a mailing-list servlet\'s address export, Java)' }, `
    Nome | name | Odete Marques | Valdir Sampaio | Cristiane Bueno
    Endereço | address1 | Rua Sete de Setembro | Av. Brasil | Rua XV de Novembro
    Numero | - | 410 | 1288 | 95
    Complemento | - | Sala 3 | "" | Apto 101
    Bairro | - | Centro | Jardim América | Centro
    Cidade | city | Curitiba | Maringá | Curitiba
    UF | state | PR | PR | PR
    CEP | postalCode | 80060-070 | 87045-000 | 80020-310
    E-Mail | email | odete.marques@example.com.br | vsampaio@example.com | cris.bueno@example.com.br
  `),
  // ---------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-crm-clients-import-test-adresse-ville', kind: 'French multi-tenant CRM\'s client import as its tests write it, ";" separated (surname, first name, e-mail, phone, address, town, postcode)', lang: 'fr', defaultCountry: 'FR', source: 'index:53238207049 (a CRM\'s client import tests, Python)' }, `
    nom | lastName | Girard | Lemoine | Benhamou
    prenom | firstName | Camille | Thierry | Sonia
    email | email | camille.girard@example.fr | "" | sonia.benhamou@example.com
    telephone | phone | 06 12 34 56 78 | 06 98 76 54 32 | 04 78 12 34 56
    adresse | address1 | 12 rue Mercière | "" | 8 quai Saint-Vincent
    ville | city | Lyon | Marseille | Lyon
    code_postal | postalCode | 69002 | 13001 | 69001
  `),
  set({ id: 'fr-club-membres-import-profession-equipe-poste', kind: 'French club management app\'s member import, the ";" CSV its import button names (surname, first name, e-mail, phone, profession, town, team, position)', lang: 'fr', defaultCountry: 'FR', source: 'index:61442392168 (a club app\'s members page, CSV import, React)' }, `
    nom | lastName | Faure | N'Diaye | Perrin
    prenom | firstName | Julien | Awa | Clément
    email | email | julien.faure@example.fr | awa.ndiaye@example.com | cperrin@example.fr
    telephone | phone | 06 45 21 87 90 | 07 61 22 48 13 | 06 33 90 12 45
    profession | - | Infirmier | Comptable | Étudiant
    ville | city | Nantes | Rezé | Saint-Herblain
    # The team the member plays in is a group the member belongs to: Tags; the position in it is like a role.
    equipe | tags | Seniors A | Féminines | Seniors B
    poste | - | Gardien | Milieu | Attaquant
  `),
  set({ id: 'fr-cm-apprenants-import-categorie', kind: 'Cameroonian youth leadership programme\'s learner import, the CSV format its upload dialog shows (surname, first name, e-mail, phone, category)', lang: 'fr', defaultCountry: 'CM', source: 'index:71381854781 (a learning platform\'s learner import dialog, React)' }, `
    nom | lastName | Mbarga | Ngo Bassa | Fotso
    prenom | firstName | Steve | Estelle | Brice
    email | email | steve.mbarga@example.cm | estelle.ngobassa@example.com | bfotso@example.cm
    telephone | phone | +237 677 12 34 56 | +237 690 98 76 54 | +237 655 44 33 22
    # The programme category the learner is filed under: Tags.
    categorie | tags | DEPUTE_JUNIOR | Ambassadeur Junior | DEPUTE_JUNIOR
  `),
  set({ id: 'fr-crm-contacts-export-entreprise-ville', kind: 'French B2B CRM\'s contact list exported to a ";" CSV with the contact\'s company (surname, first name, e-mail, phone, company, town)', lang: 'fr', defaultCountry: 'FR', source: 'index:51805207424 (a CRM\'s contacts export route, Next.js)' }, `
    Nom | lastName | Rousseau | Marchand | Lefèvre
    Prenom | firstName | Hélène | Nicolas | Aurélie
    Email | email | h.rousseau@example.fr | nicolas.marchand@example.com | aurelie.lefevre@example.fr
    Telephone | phone | 01 42 56 78 90 | 06 11 22 33 44 | 03 20 45 67 89
    Entreprise | companyName | Atelier Rousseau | Marchand & Fils | Nordica Conseil
    # The town is read from the contact's company, where the contact works; it is the only address the file has:
    # the City.
    Ville | city | Paris | Tours | Lille
  `),
  set({ id: 'fr-abonnes-utilisateurs-export-inscription', kind: 'French subscription app\'s user export, one of its ";" table exports (subscriber number, surname, first name, e-mail, phone, sign-up date, status)', lang: 'fr', defaultCountry: 'FR', source: 'index:13300672444 (an app\'s export service, C#)' }, `
    NumeroAbonne | externalId | AB-00412 | AB-00587 | AB-01033
    Nom | lastName | Chevalier | Renaud | Masson
    Prenom | firstName | Odile | Baptiste | Inès
    Email | email | odile.chevalier@example.fr | baptiste.renaud@example.com | ines.masson@example.fr
    Telephone | phone | 02 99 45 12 78 | 06 72 18 45 90 | 07 81 23 45 67
    DateInscription | - | 2024-01-15 | 2025-09-02 | 2026-03-11
    Statut | - | Actif | Suspendu | Actif
  `),
  set({ id: 'fr-ma-laureats-import-profils-competences', kind: 'Moroccan graduate placement platform\'s graduate import, the ";" CSV layout its README gives (graduate id, surname, first name, e-mail, phone, level, field, class year, skills, certifications, experience, CV text, location, mobility, availability, LinkedIn, GitHub or portfolio, profile status)', lang: 'fr', defaultCountry: 'MA', source: 'index:56755016309 (a placement platform\'s README, import formats)' }, `
    id_laureat | externalId | L2024-017 | L2024-032 | L2025-005
    nom | lastName | El Amrani | Bennani | Tazi
    prenom | firstName | Yassine | Salma | Omar
    email | email | yassine.elamrani@example.ma | salma.bennani@example.com | otazi@example.ma
    telephone | phone | +212 6 61 23 45 67 | +212 6 70 98 76 54 | 06 62 11 22 33
    niveau_formation | - | Bac+5 | Bac+3 | Bac+5
    filiere | - | Génie logiciel | Gestion | Data science
    annee_promotion | - | 2024 | 2024 | 2025
    competences_techniques | - | Java, Spring | Excel, SAP | Python, SQL
    soft_skills | - | Travail en équipe | Communication | Autonomie
    certifications | - | OCA | "" | AWS CCP
    experiences | - | Stage 6 mois | Stage 3 mois | ""
    cv_text | - | Développeur backend... | Assistante de gestion... | Analyste de données...
    localisation | - | Casablanca | Rabat | Marrakech
    mobilite | - | Nationale | Régionale | Internationale
    disponibilite | - | Immédiate | 1 mois | Immédiate
    linkedin | - | linkedin.com/in/yelamrani | "" | linkedin.com/in/omartazi
    # The graduate's own GitHub page or portfolio is the person's site: the Website.
    github_portfolio | website | github.com/yelamrani | salmabennani.example.com | ""
    statut_profil | - | actif | actif | en_recherche
  `),
  set({ id: 'fr-boutique-clients-export-total-achats', kind: 'French shop dashboard\'s customer list exported to CSV (surname, first name, e-mail, phone, total purchases)', lang: 'fr', defaultCountry: 'FR', source: 'index:7178205417 (a shop admin dashboard\'s customers tab, CSV export, React)' }, `
    Nom | lastName | Dubois | Garnier | Roux
    Prénom | firstName | Élodie | Maxime | Chloé
    Email | email | elodie.dubois@example.fr | maxime.garnier@example.com | chloe.roux@example.fr
    Téléphone | phone | 06 14 25 36 47 | 07 58 69 70 81 | 06 92 83 74 65
    Total Achats | - | 245.80 | 89.90 | 1210.00
  `),
  set({ id: 'fr-lycee-hyperplanning-export-classe', kind: 'French school timetable software\'s student export as the group import tool\'s docs show it (surname, first name, e-mail, class, status)', lang: 'fr', defaultCountry: 'FR', source: 'index:8460536 (a school group tool\'s documentation, Markdown)' }, `
    Nom | lastName | Morel | Fontaine | Bouvier
    Prénom | firstName | Lucas | Manon | Hugo
    Email | email | lucas.morel@lycee.example.fr | manon.fontaine@lycee.example.fr | hugo.bouvier@lycee.example.fr
    Classe | - | 1ère A | Tle S2 | 2nde 4
    # The status (Élève, Enseignant) is a role: not imported.
    Statut | - | Élève | Élève | Élève
  `),
  set({ id: 'fr-cm-rh-employes-import-matricule', kind: 'Cameroonian HR and payroll app\'s employee import as its tests write it (surname, first name, e-mail, phone, job, department, hire date, contract type, base salary, staff number)', lang: 'fr', defaultCountry: 'CM', source: 'index:70985041420 (an HR app\'s employee import tests, Python)' }, `
    Nom | lastName | ESSOMBA | TCHOUAMO | ABENA
    Prénom | firstName | Patrice | Laure | Didier
    Email | email | p.essomba@example.cm | laure.tchouamo@example.com | dabena@example.cm
    Téléphone | phone | +237 699 12 34 56 | +237 675 23 45 67 | +237 651 98 76 54
    Poste | - | Déclarant | Comptable | Chauffeur
    Département | - | TRANSIT | FINANCES | LOGISTIQUE
    Date d'embauche | - | 05/01/2026 | 12/03/2024 | 01/09/2025
    Type contrat | - | CDI | CDI | CDD
    Salaire de base | - | 450000 | 620000 | 180000
    # A staff number of the employee list is the External ID.
    Matricule | externalId | EMP-0041 | EMP-0017 | ""
  `),
  set({ id: 'fr-yt-boutique-clients-ebp-facturation-livraison', kind: 'Mayotte baby shop site\'s customer lines for its accounting software\'s client import, ";" separated (third-party code, name, billing address, postcode, town, country code, contact surname and first name, mobile and e-mail, the same for delivery, web id)', lang: 'fr', defaultCountry: 'YT', source: 'index:39900358373 (a shop site\'s client export module, Elixir)' }, `
    # The module appends one line a client to a file whose header line it does not write itself; the header here is
    # the column names its line is built from (the accounting software's client import columns).
    # The code the accounting software files the client under is the External ID; the web id beside it is the
    # second id of the same person: not imported.
    Code (tiers) | externalId | 1042 | 1057 | 1063
    # The client's own designation, next to the billing contact's surname and first name: the Name.
    Nom | name | Ahmed Soilihi | Mariama Abdou | Anli Madi
    # The client's own address is the billing one (no other is given); the delivery columns never.
    Adresse 1 (facturation) | address1 | Rue du Commerce | Chemin de la Pompe | Route nationale 1
    Adresse 2 (facturation) | - | "" | "" | Quartier Cavani
    Code postal (facturation) | postalCode | 97600 | 97615 | 97600
    Ville (facturation) | city | Mamoudzou | Pamandzi | Mamoudzou
    Code Pays (facturation) | country | YT | YT | YT
    Nom (contact) (facturation) | lastName | Soilihi | Abdou | Madi
    Prénom (facturation) | firstName | Ahmed | Mariama | Anli
    Téléphone portable (facturation) | phone | 0639 12 34 56 | 0639 65 43 21 | 0639 22 33 44
    E-mail (facturation) | email | ahmed.soilihi@example.yt | mariama.abdou@example.com | anli.madi@example.yt
    Adresse 1 (livraison) | - | Rue du Commerce | Chemin de la Pompe | Route nationale 1
    Adresse 2 (livraison) | - | "" | "" | Quartier Cavani
    Code postal (livraison) | - | 97600 | 97615 | 97600
    Ville (livraison) | - | Mamoudzou | Pamandzi | Mamoudzou
    Code Pays (livraison) | - | YT | YT | YT
    Nom (contact) (livraison) | - | Soilihi | Abdou | Madi
    Prénom (livraison) | - | Ahmed | Mariama | Anli
    Téléphone portable (livraison) | - | 0639 12 34 56 | 0639 65 43 21 | 0639 22 33 44
    E-mail (livraison) | - | ahmed.soilihi@example.yt | mariama.abdou@example.com | anli.madi@example.yt
    IdWeb | - | 1042 | 1057 | 1063
  `),
  set({ id: 'fr-boutique-commandes-export-ods-facturation', kind: 'French online shop\'s monthly paid-orders spreadsheet for the accountant, WooCommerce-style columns (invoice, order number and date, payment type, total, state, billing first name, surname, company, address, town, state code, postcode, country code, e-mail, phone, payment method title, discount, subtotal, shipping, refund)', lang: 'fr', defaultCountry: 'FR', source: 'index:52962761043 (a shop\'s order export service, ODS, PHP)' }, `
    Facture | - | FA-2026-0311 | FA-2026-0312 | ""
    Numéro de commande | - | 1187 | 1188 | 1191
    Date de commande | - | 2026-11-03 14:22 | 2026-11-03 18:05 | 2026-11-04 09:41
    Type de paiement | - | Carte de crédit/débit | PayPal | Carte de crédit/débit
    Montant total | - | 64.9 | 129 | 32.5
    État de la commande | - | Terminée | Expédiée | En cours
    # The buyer's own columns are the billing ones (the file has no other).
    Prénom (Facturation) | firstName | Sophie | Arnaud | Léa
    Nom de famille (Facturation) | lastName | Mercier | Blanchard | Caron
    Société (Facturation) | companyName | "" | Blanchard Menuiserie | ""
    Adresse 1 & 2 (Facturation) | address1 | 14 rue des Lilas | 3 impasse du Moulin Bât. B | 27 avenue Jean Jaurès
    Ville (Facturation) | city | Rennes | Angers | Toulouse
    Code de l'état (Facturation) | state | "" | "" | ""
    Code postal (Facturation) | postalCode | 35000 | 49100 | 31000
    Code du pays (Facturation) | country | FR | FR | FR
    E-mail (Facturation) | email | sophie.mercier@example.fr | arnaud@blanchard-menuiserie.example.fr | lea.caron@example.com
    Téléphone (Facturation) | phone | 06 21 43 65 87 | 02 41 55 66 77 | 07 68 12 90 34
    Titre de la méthode de paiement | - | Carte de crédit/débit | PayPal | Carte de crédit/débit
    Montant de la remise panier | - | 0 | 10 | 0
    Sous-total de la commande | - | 59.9 | 129 | 27.5
    Montant de la livraison | - | 5 | 10 | 5
    Montant du remboursement de la commande | - | 0 | 0 | 0
  `),
  set({ id: 'fr-paroisse-membres-cev-export-titre', kind: 'French-speaking parish site\'s member export, a ";" CSV with a byte-order mark and a title block above the header (parish, list name, generation date, a blank line): id, name, e-mail, phone, address, base community, kind of member, sign-up date', lang: 'fr', defaultCountry: 'CI', above: [['PAROISSE SAINT ESPRIT'], ['LISTE DES MEMBRES CEV'], ['Généré le : 03/12/2026 10:15'], []], source: 'index:41465690829 (a parish site\'s admin, member CSV export, PHP)' }, `
    ID | externalId | 12 | 13 | 17
    Nom | name | Kouassi Aya Bernadette | Yao Konan Serge | N'Guessan Marie-Claire
    Email | email | aya.kouassi@example.ci | serge.yao@example.com | mc.nguessan@example.ci
    Téléphone | phone | 07 07 12 34 56 | 05 44 98 76 54 | 01 02 33 44 55
    Adresse | address1 | Cocody Riviera 3, villa 12 | Yopougon Maroc | Angré 8e tranche
    # The base church community (CEV) the member belongs to and the kind of member are groups: Tags.
    CEV | tags | CEV Saint Paul | CEV Sainte Rita | CEV Saint Paul
    Nature | tags | Fidèle | Catéchumène | Fidèle
    Date d'inscription | - | 14/09/2026 | 21/09/2026 | 05/10/2026
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-iscrizioni-moduli-risposte-genitore', kind: 'Italian association\'s registration form responses as its sign-up reader\'s tests write them (e-mail, first name, surname, birth date, parent\'s full name)', lang: 'it', defaultCountry: 'IT', source: 'index:70866620784 (a sign-up reader\'s test script, JavaScript)' }, `
    # The form's e-mail is the address the registration was made with, the only one the row has: the Email.
    Email | email | chiara.neri@example.it | famiglia.galli@example.com | tommaso.ricci@example.it
    Nome | firstName | Chiara | Pietro | Tommaso
    Cognome | lastName | Neri | Galli | Ricci
    Data di nascita | dateOfBirth | 01/01/1990 | 14/06/2012 | 23/09/2009
    Nome e cognome del genitore | - | "" | Sara Galli | Marco Ricci
  `),
  set({ id: 'it-soci-export-tessera-nascita', kind: 'Italian club site\'s member CSV export template (id, first name, surname, birth date, card)', lang: 'it', defaultCountry: 'IT', source: 'index:45175979541 (a CMS site\'s member CSV template, eZ Publish)' }, `
    ID | externalId | 2041 | 2042 | 2057
    Nome | firstName | Giulia | Alessandro | Martina
    Cognome | lastName | Conti | Barbieri | Fabbri
    Data di nascita | dateOfBirth | 12/04/1986 | 30/11/1972 | 08/02/2001
    # Of two ids of the person the first is the External ID; the card number is the other: not imported.
    Tessera | - | 0457 | 0458 | 0471
  `),
  set({ id: 'it-sportello-lavoro-candidati-export-canale', kind: 'Italian job-desk association\'s candidate list exported to CSV with a byte-order mark (first name, surname, birth date, country of origin, address, phone, legal status, work permit, languages, skills, work experience, wanted job, date, channel)', lang: 'it', defaultCountry: 'IT', source: 'index:70090971456 (a job desk app\'s candidate CSV export tests, TypeScript)' }, `
    # The source writes a byte-order mark before "Nome", which the table cannot hold.
    Nome | firstName | Amadou | Oksana | Rahul
    Cognome | lastName | Diallo | Kovalenko | Sharma
    Data di nascita | dateOfBirth | 15/03/1995 | 02/07/1988 | 19/11/1991
    Paese di origine | - | Senegal | Ucraina | India
    Indirizzo | address1 | Via Padova 112, Milano | Corso Vercelli 4, Torino | Via Emilia 230, Bologna
    Telefono | phone | 351 234 5678 | 392 876 5432 | 347 112 2334
    Stato legale | - | Permesso di soggiorno | Protezione temporanea | Permesso di soggiorno
    Permesso di lavoro | - | Sì | Sì | In attesa
    Lingua madre | - | Wolof | Ucraino | Hindi
    Altre lingue | - | Francese, Italiano | Inglese | Inglese, Italiano
    Competenze | - | Saldatura | Contabilità | Cucina
    Esperienze lavorative | - | 3 anni in officina | 5 anni ufficio | 2 anni ristorante
    Lavoro desiderato | - | Operaio | Impiegata | Aiuto cuoco
    Data | - | 2026-10-02 | 2026-10-09 | 2026-10-15
    # The channel the candidate came through is the Source.
    Canale | source | Passaparola | Caritas | Sito web
  `),
  set({ id: 'it-soci-import-test-tessera-email', kind: 'Italian club app\'s member import planner as its tests write the ";" CSV (card number, first name, surname, e-mail)', lang: 'it', defaultCountry: 'IT', source: 'index:71033120017 (a club app\'s member import tests, Kotlin)' }, `
    # A card number of a member list is the External ID.
    Tessera | externalId | 10 | 11 | 24
    Nome | firstName | Mario | Luca | Elena
    Cognome | lastName | Colombo | Neri | Moretti
    Email | email | m.colombo@example.it | "" | elena.moretti@example.com
  `),
  set({ id: 'it-associazione-soci-import-readme-cf', kind: 'Italian association bookkeeping app\'s member import, the ";" CSV its README gives (card, first name, surname, tax code, birth date and place, e-mail, phone, address, town, province, CAP, joining date, state)', lang: 'it', defaultCountry: 'IT', source: 'index:37608522042 (an association app\'s README, import formats)' }, `
    Tessera | externalId | 001 | 002 | 015
    Nome | firstName | Francesca | Giorgio | Anna
    Cognome | lastName | Lombardi | Serra | Ferri
    CF | - | LMBFNC85C41H501W | SRRGRG70E12F205K | FRRNNA92T55D612C
    DataNascita | dateOfBirth | 1985-03-01 | 1970-05-12 | 1992-12-15
    LuogoNascita | - | Roma | Milano | Firenze
    Email | email | francesca.lombardi@example.it | gserra@example.com | anna.ferri@example.it
    Telefono | phone | 333 123 4567 | 02 4567 8901 | 055 234 5678
    Indirizzo | address1 | Via Appia Nuova 45 | Viale Monza 210 | Via dei Serragli 8
    Città | city | Roma | Milano | Firenze
    Provincia | state | RM | MI | FI
    CAP | postalCode | 00183 | 20128 | 50124
    DataIscrizione | - | 2024-01-10 | 2023-09-01 | 2026-02-20
    Stato | - | attivo | attivo | sospeso
  `),
  set({ id: 'it-palestra-soci-import-scadenze-certificato', kind: 'Italian sports club app\'s member import, the ";" CSV its tests build (card number, first name, surname, e-mail, phone, card and medical certificate expiry, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:71080562038 (a club app\'s member import tests, TypeScript)' }, `
    Numero tessera | externalId | 12345 | 12346 | 12390
    Nome | firstName | Davide | Sofia | Matteo
    Cognome | lastName | Gallo | Rinaldi | Caruso
    Email | email | davide.gallo@example.it | sofia.rinaldi@example.com | ""
    Telefono | phone | 340 111 2233 | 328 445 5667 | 366 778 8990
    Scadenza tessera | - | 31/08/2027 | 31/08/2027 | 31/12/2026
    Scadenza certificato | - | 15/03/2027 | 02/11/2026 | ""
    Note | - | "" | Agonista | Rinnovo in sospeso
  `),
  set({ id: 'it-tesserati-export-hash-nascita', kind: 'Italian sports federation tool\'s card-holder file rewritten with an identity hash, ";" separated (card, first name, surname, birth date, sex, birth country, province and town, hash)', lang: 'it', defaultCountry: 'IT', source: 'index:15374292421 (a card-holder hashing tool, Java)' }, `
    tessera | externalId | 0934512 | 0934588 | 1001277
    nome | firstName | Roberto | Valentina | Simone
    cognome | lastName | Marini | Greco | Testa
    # The date, with the birth town and province, builds the person's identity hash: it is the birth date.
    data | dateOfBirth | 12/05/1978 | 03/09/1995 | 21/01/2004
    sesso | - | M | F | M
    # Birth country, province and town are where the person was born, not an address: not imported.
    nazione | - | ITALIA | ITALIA | ITALIA
    provincia | - | BA | NA | TO
    comune | - | BARI | POZZUOLI | MONCALIERI
    hash | - | 9f2c4e1a7b | 41d8a0c3e2 | c7e19b5f08
  `),
  set({ id: 'it-persone-import-test-cellulare', kind: 'Italian association WordPress plugin\'s people import as its tests write it, ";" separated (first name, surname, mobile)', lang: 'it', defaultCountry: 'IT', source: 'index:70898295473 (a WordPress plugin\'s people CSV tests, PHP)' }, `
    Nome | firstName | Luca | Ilaria | Stefano
    Cognome | lastName | Neri | Bassi | Villa
    Cellulare | phone | 333 123 4567 | 349 876 5432 | 320 555 1122
  `),
  set({ id: 'it-rubrica-contatti-scrittura-csv-maiuscolo', kind: 'Italian Java course\'s address book written to a ";" CSV with an upper-case header (first name, surname, e-mail, phone)', lang: 'it', defaultCountry: 'IT', source: 'index:26509837516 (an address book exercise\'s CSV writer, Java)' }, `
    NOME | firstName | Federica | Antonio | Claudia
    COGNOME | lastName | Marchetti | Esposito | D'Angelo
    EMAIL | email | federica.marchetti@example.it | antonio.esposito@example.com | claudia.dangelo@example.it
    TELEFONO | phone | 339 456 7812 | 081 234 5678 | 347 998 1122
  `),
  set({ id: 'it-al-clienti-import-test-cognome-nome-telefono', kind: 'Albanian client register\'s import, the Italian-header file of its tests (surname, first name, phone)', lang: 'it', defaultCountry: 'AL', source: 'index:63332055854 (a client import parser\'s tests, JavaScript)' }, `
    Cognome | lastName | Hoxha | Leka | Dervishi
    Nome | firstName | Ermal | Blerta | Gentian
    Telefono | phone | 069 234 5678 | 068 765 4321 | 067 112 2334
  `),
  set({ id: 'it-presenze-dipendenti-export-consulente', kind: 'Italian HR app\'s monthly timesheet export for the payroll consultant, ";" separated, one line a day per employee (tax code, surname, first name, contract, date, day worked, ordinary, overtime, night and holiday hours, absence and its hours)', lang: 'it', defaultCountry: 'IT', source: 'index:69137760401 (an HR app\'s timesheet tests, JavaScript)' }, `
    Codice fiscale | - | BNCLRA85M41F205X | VRDMRC79D12H501Y | BNCLRA85M41F205X
    Cognome | lastName | Bianchi | Verdi | Bianchi
    Nome | firstName | Laura | Marco | Laura
    Tipo contratto | - | OTI | OTD | OTI
    Data | - | 02/11/2027 | 02/11/2027 | 03/11/2027
    Giornata lavorata | - | 1 | 1 | 0
    Ore ordinarie | - | 8 | 6 | 0
    Ore straordinarie | - | 1 | 0 | 0
    Ore notturne | - | 0 | 0 | 0
    Ore festive | - | 0 | 0 | 0
    Assenza | - | "" | "" | FERIE
    Ore assenza | - | 0 | 0 | 8
  `),
  set({ id: 'it-compleanni-bot-csv-senza-intestazione', kind: 'Italian birthday reminder bot\'s CSV upload, one person a line with no header row as the bot asks for it (first name, surname, birth date as dd-MM or dd-MM-yyyy, comment)', lang: 'it', noHeader: true, defaultCountry: 'IT', source: 'index:65966641932 (a Telegram bot\'s upload handler, Python)' }, `
    "" | firstName | Rosa | Giacomo | Nunzia
    "" | lastName | Santoro | Pellegrini | ""
    "" | dateOfBirth | 15-03-1990 | 23-12 | 28-04
    "" | - | Membro attivo | Visitatore | NO
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-ca-dog-trial-google-form-entries', kind: 'Canadian detection-dog club\'s multi-day trial entry Google Form responses, as its entry parser\'s tests write them (timestamp, e-mail address, name, phone, dog call name, registered number, breed, stream question, one column per day and level)', lang: 'en', defaultCountry: 'CA', source: 'index:61547160381 (a trial entry CSV parser\'s tests, TypeScript)' }, `
    Timestamp | - | 2026/06/01 9:14:22 AM MDT | 2026/06/02 7:41:05 PM MDT | 2026/06/03 12:02:48 PM MDT
    Email Address | email | handler.one@example.ca | k9.sarah@example.com | tom.bishop@example.ca
    Name | name | Chris Mallory | Sarah Lindqvist | Tom Bishop
    Phone Number | phone | 403-555-0147 | 780-555-0193 | 587-555-0126
    Dog Call Name | - | Finn | Juno | Ranger
    Dog Registered Number | - | SDDA-42 | SDDA-118 | Pending
    Breed (Mixed Breed put All Canadian) | - | Springer Spaniel | All Canadian | Malinois
    Amateur or Working Stream? (Instructors and Professionals must choose working) - Check only those that apply to your entries | - | Started - Amateur | Advanced - Working | Started - Amateur, Advanced - Working
    Saturday - Started | - | All 3 Components | "" | Containers
    Saturday - Advanced | - | "" | Interior, Exterior | Interior
    Sunday - Started | - | Containers | "" | All 3 Components
  `),
  set({ id: 'en-school-art-contest-google-form-entries', kind: 'school PTA arts contest\'s Google Form responses with the organisers\' added columns, as the judging script\'s comment lists them (timestamp, e-mail address, student first and last name, grade, teacher, upload and category questions, statement, resubmission, id, validity, file type, artwork details)', lang: 'en', source: 'index:24198995163 (an arts contest judging script, Python)' }, `
    Timestamp | - | 11/02/2026 19:22:10 | 11/03/2026 07:48:31 | 11/05/2026 21:03:55
    # The form's e-mail is the address the entry was sent from (a family's), the only one the entry has: the Email.
    Email Address | email | the.okafors@example.com | jpark.family@example.com | lmendez@example.net
    Student first name | firstName | Adaeze | Minji | Sofia
    Student last name | lastName | Okafor | Park | Mendez
    Grade | - | 3 | 7 | K
    Teacher's  name | - | Mrs. Hall | Mr. Ortiz | Ms. Chen
    # The source's header has a space before the comma that ends this column's name, which the table cannot hold.
    Upload entry form with file name as (firstname.lastname.grade.pdf) | - | https://drive.example.com/f/1a | https://drive.example.com/f/2b | https://drive.example.com/f/3c
    Select the art category for submission | - | Visual Arts | Photography | Music Composition
    Upload entry file | - | https://drive.example.com/f/1d | https://drive.example.com/f/2e | https://drive.example.com/f/3f
    Are the file names you are uploading like so  (firstname.lastname.grade.pdf) ? | - | Yes | Yes | No
    Does your artwork follow the submission guidelines (size/format etc.)? | - | Yes | Yes | Yes
    Artist's statement | - | My grandmother's garden | Rain on the bus window | A song for my brother
    Are you submitting again with updates? | - | No | No | Yes
    # The organisers' own entry number: not imported, like a registration list's row id.
    id | - | 101 | 102 | 103
    is_valid_final_entry | - | 1 | 1 | 0
    file_type | - | pdf | jpg | mp3
    Artwork details | - | Watercolor, 11x14 | Digital photo | Piano, 2 min
  `),
  set({ id: 'en-nonprofit-donors-export-totals', kind: 'nonprofit admin dashboard\'s donor list exported to CSV (donor name, e-mail, total donated, number of donations, first and last donation, payment methods)', lang: 'en', source: 'index:65774714045 (a nonprofit site\'s admin dashboard, donor CSV export, React)' }, `
    Donor Name | name | Margaret Sullivan | Darnell Hayes | Priya Raman
    Email | email | msullivan@example.com | darnell.hayes@example.org | priya.raman@example.net
    Total Donated | - | $1250.00 | $75.00 | $400.00
    Number of Donations | - | 12 | 1 | 4
    First Donation | - | 1/15/2024 | 10/3/2026 | 3/2/2025
    Last Donation | - | 11/20/2026 | 10/3/2026 | 9/14/2026
    Payment Methods | - | card, ach | card | paypal
  `),
  set({ id: 'en-church-giving-import-envelope', kind: 'church management app\'s online-giving import, the CSV layout its import box shows (donation id, donor name, e-mail, gross amount, date, envelope)', lang: 'en', source: 'index:56198182147 (a church app\'s giving import page, React)' }, `
    Donation ID | - | GV-40211 | GV-40238 | GV-40251
    Donor Name | name | Harold Jennings | Lucia Moreno | Grace Whitfield
    Email | email | hjennings@example.com | lucia.moreno@example.net | gwhitfield@example.org
    Gross Amount | - | 100.00 | 25.00 | 250.00
    Date | - | 11/02/2026 | 11/09/2026 | 11/16/2026
    # The envelope is the fund a gift goes to (Missions, Building Fund): what the gift is about, not imported.
    Envelope | - | Missions | General Fund | Building Fund
  `),
  set({ id: 'en-school-family-roster-import-parents', kind: 'school management app\'s family roster import, one student a row with the family\'s address and two parents, as its seed script writes it (family name and address, student first and last name, date of birth and grade, parent 1 and 2 names, e-mails and phones)', lang: 'en', source: 'index:66644755242 (a roster app\'s demo seed script, TypeScript)' }, `
    # The student is the contact: the family's surname beside the student's own last name is not imported, the
    # family's home address is the student's, and the parents' columns are not imported.
    Family Name | - | Brennan | Okoye | Delgado
    Family Address | address1 | 12 Maple St | 408 Oak Ridge Dr | 77 Church Rd
    Family City | city | Lima | Findlay | Lima
    Family State | state | OH | OH | OH
    Family Zip | postalCode | 45801 | 45840 | 45805
    Student First Name | firstName | Nora | Chidi | Mateo
    Student Last Name | lastName | Brennan | Okoye | Delgado
    Student DOB | dateOfBirth | 2015-04-09 | 2013-11-22 | 2017-01-30
    Student Grade | - | 5 | 7 | 3
    Parent 1 First Name | - | Kevin | Ngozi | Rosa
    Parent 1 Last Name | - | Brennan | Okoye | Delgado
    Parent 1 Email | - | kbrennan@example.com | ngozi.okoye@example.com | rosa.delgado@example.com
    Parent 1 Phone | - | (419) 555-0132 | (419) 555-0178 | (419) 555-0144
    Parent 2 First Name | - | Erin | Emeka | ""
    Parent 2 Last Name | - | Brennan | Okoye | ""
    Parent 2 Email | - | erin.brennan@example.com | "" | ""
    Parent 2 Phone | - | (419) 555-0190 | (419) 555-0121 | ""
  `),
  set({ id: 'en-school-ap-exam-roster-upload', kind: 'high school\'s AP exam roster export uploaded to an exam seating app, the header row its README requires (student first and last name, school code, grade, e-mail, AP ID, student ID, course, class section and type, teachers, exam date, accommodations)', lang: 'en', source: 'index:68732645856 (an exam seating app\'s README, Markdown)' }, `
    Student First Name | firstName | Ethan | Maya | Jordan
    Student Last Name | lastName | Kowalczyk | Patel | Brooks
    School Code | - | 052341 | 052341 | 052341
    Grade | - | 11 | 12 | 10
    Email Address | email | ekowalczyk@student.example.org | mpatel@student.example.org | jbrooks@student.example.org
    # Of two ids of the person the first is the External ID and the other is not imported.
    AP ID | externalId | A1B2C3D4 | E5F6G7H8 | J9K8L7M6
    Student ID | - | 204518 | 203377 | 206102
    Course Enrolled In | - | AP Biology | AP Calculus AB | AP World History
    Class Section Name | - | Bio P3 | Calc P1 | WHAP P5
    Class Section Type | - | Exam Only | Course and Exam | Course and Exam
    Teacher Name(s) | - | Dana Reyes | Paul Chen | Kim Abbott
    Exam Date | - | 05/11/2027 | 05/12/2027 | 05/08/2027
    Approved SSD Accommodations | - | "" | Extended time (50%) | ""
  `),
  set({ id: 'en-ph-shop-customers-loyalty-export', kind: 'Philippine shop\'s customer list exported from its admin page (customer name, e-mail, phone, total orders and spent, loyalty tier, status, last order date, loyalty points)', lang: 'en', defaultCountry: 'PH', source: 'index:62216409038 (a shop admin\'s customer module, CSV export, JavaScript)' }, `
    Customer Name | name | Maria Clara Santos | Jose Miguel Reyes | Angelica Dela Cruz
    Email | email | mcsantos@example.ph | jm.reyes@example.com | angelica.dc@example.ph
    Phone | phone | 0917 123 4567 | 0928 765 4321 | 0999 888 7766
    Total Orders | - | 14 | 3 | 27
    Total Spent | - | 18450.00 | 2390.50 | 41200.00
    # The loyalty tier is a category the customer is filed under: Tags.
    Loyalty Tier | tags | gold | bronze | platinum
    Status | - | active | active | inactive
    Last Order Date | - | 11/28/2026 | 10/02/2026 | 06/15/2026
    Loyalty Points | - | 1845 | 239 | 4120
  `),
  set({ id: 'en-in-tree-planting-donations-export', kind: 'Indian tree-planting nonprofit platform\'s donation export (reference id, donor name, e-mail, mobile, PAN, campaign, trees, amount, status, date)', lang: 'en', defaultCountry: 'IN', source: 'index:59645746849 (a nonprofit platform\'s export route, TypeScript)' }, `
    Ref ID | - | TRX-20261101-0042 | TRX-20261103-0057 | TRX-20261108-0091
    Donor Name | name | Ananya Iyer | Rohit Malhotra | Farida Sheikh
    Email | email | ananya.iyer@example.in | rohit.m@example.com | ""
    Mobile | phone | 98450 12345 | 99101 67890 | 97690 54321
    PAN | - | ABCPI1234K | BHMPM5678L | ""
    Campaign | - | Green Bengaluru | Aravalli Revival | Green Bengaluru
    Trees | - | 10 | 25 | 5
    Amount | - | 2000 | 5000 | 1000
    Status | - | SUCCESS | SUCCESS | PENDING
    Date | - | 2026-11-01 | 2026-11-03 | 2026-11-08
  `),
];
