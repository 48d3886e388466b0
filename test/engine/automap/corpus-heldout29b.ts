// (One set written for this half was dropped when the parts were merged: part 28 had found the same file.)
// The twenty-ninth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Italian,
// Dutch, English and mixed-language files; the other half, corpus-heldout29a.ts, holds the other languages): 54 header
// sets (463 columns, 229 of them expected to map; 13 Spanish, 11 Italian, 11 Dutch, 14 English, 5 mixed; 1 file
// without a header row, 2 with lines above it (a report's product, title, date and range lines; an event block and a
// "Lista de Participantes" title); 2 sets of 23 and 36 columns) from sources none of the other parts use, found in the
// public code index with exact-string searches: English only with shop, SaaS, booking, ticketing, marketplace,
// newsletter and survey words (orders, bookings, buyers, customers, subscribers, respondents), and every language for
// the less obvious lists (app fixtures and import tests, admin exports, database tables and seeds, form logs, import
// templates in docs, address book exercises), and written down, with the mapping a careful person would choose by the
// field definitions and the rules, BEFORE the mapper was run on them and without reading the lexicon or the
// mapper. "index:N" names the index file the header text was read from (the index does not name its repository); the
// kind says what the file is. Sample values are made up in the shape of each file's own (no personal data or example
// rows from the sources are copied). A trailing empty column (a header line ending in the separator) is written as "".
// Byte-order marks and leading spaces of a header cell cannot be written in the table and are left out; a header
// starting with "#" is put back after parsing (withHeader). Wide files are
// kept to their first columns, stopping at a column boundary. No set's headers repeat an older part's (each was
// compared lower-cased).
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
// This half's own recurring choices (where the block above is silent):
// - A whole address written in one column ("Adres", "Indirizzo", "Plaats" holding street, number and town) is the
//   Address line 1.
// - In a database table or an admin list, the first id column of the person is the External ID; ids of other tables
//   (event, company, branch, role) are not imported.
// - A kind or type a contact is filed under (klant/leverancier, cliente/prospect, zorgverzekeraar/gemeente) is Tags.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout29' }, table);
/** A header the table format cannot hold (a line starting with "#" is a comment there), put back after parsing. */
const withHeader = (s: CorpusSet, column: number, header: string): CorpusSet => ({ ...s, headers: s.headers.map((h, i) => (i === column ? header : h)) });

export const HELDOUT29B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-fp-alumnos-exportacion-motivacion-hobbies', kind: 'Spanish vocational school app\'s pupil list written to CSV (first name, surnames, e-mail, phone, town, studies, birth date, course, computer level, driving licence, motivation, hobbies)', lang: 'es', defaultCountry: 'ES', source: 'index:3893030551 (a Java pupil-selection app\'s CSV writer)' }, `
    # "Localidad" is the pupil's town: the City. The course ("Ciclo") is like a class: not imported.
    Nombre | firstName | Daniel | Marta | Sergio
    Apellidos | lastName | Ortega Ruiz | Blanco Sáez | Herrero Luna
    email | email | daniel.ortega@correo.example | marta.blanco@correo.example | sergio.herrero@correo.example
    Teléfono | phone | 612 334 120 | 699 201 455 | 634 778 019
    Localidad | city | Alcorcón | Getafe | Leganés
    Estudios | - | ESO | Bachillerato | ESO
    Fecha Nacimiento | dateOfBirth | 2006-04-12 | 2005-11-30 | 2006-08-02
    Ciclo | - | DAM | ASIR | DAW
    Nivel Ordenador | - | Medio | Alto | Bajo
    Carnet de conducir | - | No | Sí | No
    Motivación | - | Alta | Media | Alta
    Hobbies | - | Fútbol | Lectura | Videojuegos
  `),
  set({ id: 'es-promocion-neumaticos-participaciones-largo', kind: 'Spanish tyre promotion\'s participation export from its admin site, semicolon-separated (row number, registration date and time, first name, surnames, e-mail, phone, DNI, the workshop\'s brand, codes, legal and trade name, town, province and region, promotion, tyres, gifts, consent, how they heard of it, country, vehicle, invoices, model, size, status, rejection, comments; 36 columns)', lang: 'es', defaultCountry: 'ES', source: 'index:16240650268 (a promotion admin\'s CSV export controller, C#)' }, `
    # The participant is the contact. ENSEÑA to REGIÒN describe the tyre workshop where the tyres were bought (its brand,
    # codes, legal and trade name, town, province, region): not the participant's, not imported. "COMERCIAL" is the
    # participant's consent to commercial messages (Acepta / No Acepta): not imported. "DONDE NOS CONOCISTE" is the Source.
    # "PAIS" is the participant's country (ES, PT): the Country.
    NUM | - | 10452 | 10453 | 10460
    REGISTRO FECHA | - | 14/10/2019 | 14/10/2019 | 15/10/2019
    REGISTRO HORA | - | 10:42 | 11:05 | 09:18
    NOMBRE | firstName | Javier | Nuria | Andrés
    APELLIDOS | lastName | Prieto Lago | Salas Rivas | Gómez Peña
    EMAIL | email | javier.prieto@correo.example | nuria.salas@correo.example | andres.gomez@correo.example
    TELÉFONO | phone | 620111432 | 644209871 | 687330145
    DNI | - | 12345678Z | 87654321X | 11223344B
    ENSEÑA | - | Euromaster | Confort Auto | Euromaster
    LC | - | LC0231 | LC1184 | LC0231
    HPDV | - | 40213 | 50987 | 40213
    RAZON SOCIAL | - | Neumáticos Lago S.L. | Talleres Rivas S.A. | Neumáticos Lago S.L.
    NOMBRE COMERCIAL | - | Neumáticos Lago | Talleres Rivas | Neumáticos Lago
    POBLACION | - | Lugo | Albacete | Lugo
    PROVINCIA | - | Lugo | Albacete | Lugo
    REGIÒN | - | Noroeste | Centro | Noroeste
    PROMOCIÓN | - | VUELTAALCOLE19 | VUELTAALCOLE19 | VUELTAALCOLE19
    NUM NEUMATICOS SELECCIONADOS | - | 4 | 2 | 4
    PREMIO SELECCIONADO | - | Tarjeta regalo 60€ | Tarjeta regalo 30€ | Tarjeta regalo 60€
    NUM NEUMATICOS ENTREGADOS | - | 4 | 2 | 4
    PREMIO ENTREGADO | - | Tarjeta regalo 60€ | Tarjeta regalo 30€ | Tarjeta regalo 60€
    COMERCIAL | - | Acepta | No Acepta | Acepta
    DONDE NOS CONOCISTE | source | Taller | Internet | Radio
    PAIS | country | ES | ES | ES
    VEHICULO | - | COCHE | MOTO | COCHE
    TIPO | - | TURISMO | MOTO | 4X4
    FACTURA 1 | - | F-2019-0412 | A-778 | F-2019-0533
    FECHA COMPRA 1 | - | 10/10/2019 | 12/10/2019 | 13/10/2019
    FACTURA 2 | - | "" | "" | ""
    FECHA COMPRA 2 | - | "" | "" | ""
    MODELO | - | MICHELIN PRIMACY 4 | MICHELIN ROAD 5 | MICHELIN LATITUDE SPORT 3
    TAMAÑO RUEDA | - | 16 | 17 | 18
    ESTADO | - | Pendiente | Pendiente | Pendiente
    ULT. MODF | - | "" | "" | ""
    RECHAZO | - | "" | "" | ""
    COMENTARIOS | - | "" | Factura borrosa | ""
  `),
  set({ id: 'es-cl-docentes-formulario-google-programacion', kind: 'Chilean teacher survey, a Google Forms response sheet used as a test fixture (timestamp, RUT, first name, surnames, e-mail, sex, age, school, levels taught, yes/no questions; the first 12 columns, before the quiz answers)', lang: 'es', defaultCountry: 'CL', source: 'index:18391203824 (a teacher-training report app\'s file service test, Java)' }, `
    # The school a teacher works at ("Establecimiento Educacional") is the teacher's employer: the Company name.
    Timestamp | - | 2021/05/03 10:14:22 | 2021/05/03 11:02:45 | 2021/05/04 09:30:11
    RUT | - | 12.345.678-5 | 15.432.109-K | 9.876.543-2
    Nombre | firstName | Camila | Rodrigo | Francisca
    Apellidos | lastName | Soto Araya | Muñoz Vera | Rojas Pinto
    Correo electrónico | email | camila.soto@colegio.example | rmunoz@liceo.example | frojas@escuela.example
    Sexo | - | Femenino | Masculino | Femenino
    Edad | - | 34 | 41 | 29
    Establecimiento Educacional | companyName | Colegio San Andrés | Liceo Bicentenario Talca | Escuela Los Aromos
    Niveles en que enseña o hace clases | - | 5° a 8° básico | 1° a 4° medio | 1° a 4° básico
    ¿Participó en el Plan Nacional de Lenguajes Digitales? | - | Sí | No | No
    ¿Conoce u ocupa la página Code.org? | - | Sí | Sí | No
    ¿Conoces o ocupa la plataforma Scratch? | - | Sí | No | Sí
  `),
  set({ id: 'es-cl-marketplace-compradores-archivo-rut', kind: 'Chilean services marketplace exercise\'s buyer file, semicolon-separated with a trailing separator (first name, surname, e-mail, RUT, number, password, confirmations, services)', lang: 'es', defaultCountry: 'CL', source: 'index:2628040372 (a Java marketplace app\'s buyer file manager)' }, `
    # "numero" is the buyer's phone number: the Phone.
    nombre | firstName | Valentina | Matías | Josefa
    apellido | lastName | Fuentes | Reyes | Contreras
    correo | email | vfuentes@correo.example | mreyes@correo.example | jcontreras@correo.example
    rut | - | 19.876.543-2 | 20.123.456-7 | 18.765.432-1
    numero | phone | 912345678 | 987654321 | 956781234
    contrasena | - | ******** | ******** | ********
    confirmaciones | - | 3 | 0 | 1
    servicios | - | gasfitería | "" | electricidad
    "" | - | "" | "" | ""
  `),
  set({ id: 'es-ar-charlas-inscripcion-masiva-legajo', kind: 'Argentine university talks app\'s bulk registration CSV, semicolon-separated (DNI, student file number, first name, surname, e-mail, talk id)', lang: 'es', defaultCountry: 'AR', source: 'index:57153211618 (a Django talks app\'s bulk_register command, Python)' }, `
    # The "legajo" is the student's number in the university's own system: the External ID.
    dni | - | 40123456 | 39887654 | 41555222
    legajo | externalId | 18234 | 17990 | 19102
    nombre | firstName | Tomás | Agustina | Lucas
    apellido | lastName | Benítez | Quiroga | Ferreyra
    correo | email | tbenitez@alumnos.example | aquiroga@alumnos.example | lferreyra@alumnos.example
    charla_id | - | 3 | 3 | 5
  `),
  set({ id: 'es-cl-aula-virtual-reporte-accesos-rut', kind: 'Chilean e-learning plugin\'s access report for a course, semicolon-separated (RUT, first name, surname, e-mail, last access)', lang: 'es', defaultCountry: 'CL', source: 'index:71629873393 (a WordPress course plugin\'s report generator, PHP)' }, `
    RUT | - | 17.654.321-0 | 16.222.333-4 | 19.111.222-3
    Nombre | firstName | Ignacio | Constanza | Benjamín
    Apellido | lastName | Olivares | Parra | Castillo
    Correo | email | iolivares@correo.example | cparra@correo.example | bcastillo@correo.example
    Ultimo Acceso | - | 12-03-2025 18:40 | Nunca | 02-03-2025 09:12
  `),
  set({ id: 'es-clientes-archivo-id-edad', kind: 'Spanish-language customer register exercise saved to clientes.csv, semicolon-separated (id, first name, surname, e-mail, age)', lang: 'es', source: 'index:18054521924 (a C++ customer register exercise\'s save function)' }, `
    id | externalId | 1 | 2 | 3
    nombre | firstName | Carlos | Ana | Luis
    apellido | lastName | Mendoza | Ríos | Paredes
    correo | email | cmendoza@correo.example | arios@correo.example | lparedes@correo.example
    edad | - | 34 | 27 | 45
  `),
  set({ id: 'es-co-prestamos-usuarios-documento-limite', kind: 'Colombian lending app\'s user export, semicolon-separated (ID document, first name, surname, e-mail, time limit)', lang: 'es', defaultCountry: 'CO', source: 'index:54841880128 (a Python loans exercise\'s CSV export)' }, `
    Documento | - | 1020304050 | 52123987 | 80456123
    Nombre | firstName | Andrea | Julián | Paola
    Apellido | lastName | Cárdenas | Restrepo | Galeano
    Correo | email | acardenas@correo.example | jrestrepo@correo.example | pgaleano@correo.example
    Tiempo_Limite | - | 30 | 60 | 15
  `),
  set({ id: 'es-hosteleria-proveedores-plantilla-forma-pago', kind: 'Spanish restaurant supply app\'s customer import template downloaded from its page, semicolon-separated (trade name, legal name, CIF, phone, e-mail, address, payment terms)', lang: 'es', defaultCountry: 'ES', source: 'index:62156940457 (a distribution app\'s customers page, template download, React)' }, `
    # The rows are businesses: the legal name ("Razón Social") is the Company name and the trade name beside it is not
    # imported. "Dirección" holds the street and number (the town may follow): the Address line 1.
    Nombre Comercial | - | Bar La Plaza | Restaurante El Puerto | Cafetería Sol
    Razón Social | companyName | Hostelería Plaza S.L. | El Puerto Restauración S.L. | Cafés Sol C.B.
    CIF | - | B12345678 | B87654321 | E11223344
    Teléfono | phone | 910 000 001 | 956 123 456 | 952 334 455
    Email | email | pedidos@barlaplaza.example | admin@elpuerto.example | cafeteriasol@correo.example
    Dirección | address1 | Plaza Mayor 3, Madrid | Paseo Marítimo 12, Cádiz | Calle Larios 8, Málaga
    Forma de Pago | - | Transferencia 30 días | Recibo domiciliado | Contado
  `),
  set({ id: 'es-centro-alumnos-importar-apellidos-primero-dni', kind: 'Spanish school platform\'s pupil list import, second accepted layout, semicolon-separated (surnames first, then first name, DNI, e-mail)', lang: 'es', defaultCountry: 'ES', source: 'index:68836230425 (a course platform\'s pupil list importer, PHP)' }, `
    # "Apellidos" holds both surnames in one column: the Last name.
    Apellidos | lastName | García Molina | Torres Blanco | Santos Rey
    Nombre | firstName | Alba | Hugo | Claudia
    DNI | - | 45678123K | 49876321M | 47123654R
    Email | email | alba.garcia@alumnos.example | hugo.torres@alumnos.example | claudia.santos@alumnos.example
  `),
  set({ id: 'es-co-clinica-pacientes-consulta-cedula', kind: 'Colombian clinic app\'s patient list read by its admin page (patient id, first name, surname, e-mail, phone, cédula)', lang: 'es', defaultCountry: 'CO', source: 'index:56805662776 (a clinic web app\'s patients route, Python)' }, `
    # The patient id is the person's id in the clinic's program: the External ID. The cédula is a national id: not imported.
    id_paciente | externalId | 101 | 102 | 115
    nombre | firstName | Natalia | Sebastián | Laura
    apellido | lastName | Ospina | Vargas | Jiménez
    correo | email | natalia.ospina@correo.example | svargas@correo.example | laura.jimenez@correo.example
    telefono | phone | 3001234567 | 3157654321 | 3209876543
    cedula | - | 1012345678 | 79876543 | 1098765432
  `),
  set({ id: 'es-mx-salon-usuarios-semilla-sucursal', kind: 'Mexican nail salon system\'s users table seed (branch, username, password, first name, surname, e-mail, phone, type)', lang: 'es', defaultCountry: 'MX', source: 'index:34488901381 (a salon system\'s SQL schema and seed rows)' }, `
    # The username is the person's login in that system: the External ID. The branch id is not imported.
    sucursal_id | - | 1 | 1 | 2
    username | externalId | admin | lmartinez | rcastro
    password | - | ******** | ******** | ********
    nombre | firstName | Juan Pablo | Laura | Rosa
    apellido | lastName | Soto | Martínez | Castro
    correo | email | jpsoto@salon.example | lmartinez@salon.example | rcastro@salon.example
    telefono | phone | 6621010203 | 6622030405 | 6624050607
    tipo | - | 0 | 1 | 1
  `),
  withHeader(set({ id: 'es-panel-usuarios-tabla-ref-estado', kind: 'Spanish admin panel\'s user list table columns (reference, first name, surnames, e-mail, phone, status)', lang: 'es', defaultCountry: 'ES', source: 'index:77059322 (an admin panel\'s users list page, PHP)' }, `
    # "#Ref" (written here as Ref, put back after parsing: a line starting with "#" is a comment) is the user's id
    # in the panel: the External ID.
    Ref | externalId | 101 | 102 | 117
    Nombre | firstName | Rubén | Sonia | Alberto
    Apellidos | lastName | Cano Peña | Marín Ruiz | Sanz Ortega
    Email | email | ruben.cano@correo.example | sonia.marin@correo.example | alberto.sanz@correo.example
    Teléfono | phone | 600 123 456 | 622 987 654 | 911 234 567
    Estado | - | Activo | Inactivo | Activo
  `), 0, '#Ref'),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-conti-clienti-export-sconto-fido', kind: 'Italian small-business suite\'s customer export from its accounts app, semicolon-separated (id, legal name, VAT, SDI code, address, discount, credit line, notes, CAP, town, province, tax code)', lang: 'it', defaultCountry: 'IT', source: 'index:61379342347 (a business suite\'s catalogue of exports and their columns, TypeScript)' }, `
    # The rows are businesses: the legal name is the Company name; the customer id is the External ID.
    id | externalId | CL-0041 | CL-0042 | CL-0057
    ragioneSociale | companyName | Ferramenta Rossi S.n.c. | Bar Centrale di Gatti | Studio Tecnico Neri
    piva | - | 01234567897 | 02345678901 | 03456789012
    sdi | - | M5UXCR1 | 0000000 | KRRH6B9
    indirizzo | address1 | Via Roma 15 | Piazza Garibaldi 2 | Via Dante 40
    sconto | - | 5 | 0 | 10
    fido | - | 2000 | 500 | 5000
    note | - | "" | paga a 30 giorni | ""
    cap | postalCode | 26900 | 26845 | 27100
    comune | city | Lodi | Codogno | Pavia
    provincia | state | LO | LO | PV
    codiceFiscale | - | 01234567897 | GTTMRA70A01C816X | NREGPP65B12G388K
  `),
  set({ id: 'it-ebay-vendite-tracciato-gestionale', kind: 'Italian eBay seller\'s sold listings converted for the shop\'s management program, semicolon-separated (name and surname, address, CAP, town, province, country, e-mail, phone, web order, product code, quantity, taxable amount, shipping)', lang: 'it', defaultCountry: 'IT', source: 'index:35430481736 (an eBay-to-management-program converter\'s sample script, PHP)' }, `
    # The buyer's name and address are the only ones the file has (written as the buyer's, not as a shipping group):
    # imported.
    Nome + cognome | name | Francesco De Luca | Martina Sartori | Giorgio Pace
    Indirizzo | address1 | Via Nazionale 21 | Corso Italia 105 | Via dei Mille 7
    Cap | postalCode | 84121 | 56125 | 90139
    Comune | city | Salerno | Pisa | Palermo
    Provincia | state | SA | PI | PA
    Nazione | country | IT | IT | IT
    Email | email | f.deluca@posta.example | martina.sartori@posta.example | giorgio.pace@posta.example
    Telefono | phone | 333 4567890 | 347 1122334 | 320 9988776
    Nr.ordine web | - | 14-10012-33451 | 14-10012-33460 | 14-10013-00211
    Codice prodotto | - | ART-0192 | ART-0033 | ART-0192
    Q.ta acquistata | - | 1 | 2 | 1
    Imponibile | - | 24,50 | 61,48 | 24,50
    Spese sped. | - | 6,90 | 0,00 | 6,90
  `),
  set({ id: 'it-sinergia-contatti-allegato-azienda-tipo', kind: 'Italian CRM (Sinergia) contact rows sent as a CSV attachment to a CRM assistant, semicolon-separated (first name, surname, phone, company id, type)', lang: 'it', defaultCountry: 'IT', source: 'index:70906110799 (a CRM assistant\'s test failure notes)' }, `
    # The company id is an id into another table: not imported. The type (cliente, prospect, fornitore) files the
    # contact: Tags.
    nome | firstName | Alessandro | Elena | Fabio
    cognome | lastName | Riva | Monti | Ferrara
    telefono | phone | 02 87654321 | 335 1234567 | 011 5566778
    id_azienda | - | A102 | A117 | A102
    tipo | tags | cliente | prospect | fornitore
  `),
  set({ id: 'it-rubrica-informazioni-txt-senza-intestazione', kind: 'Italian address book app\'s contact file (informazioni.txt), one contact a line separated by ";" with no header row (first name, surname, address, phone, age)', lang: 'it', noHeader: true, defaultCountry: 'IT', source: 'index:70846778964 (an address book app\'s README, file format)' }, `
    "" | firstName | Mario | Lucia | Enrico
    "" | lastName | Bassani | Ferretti | Gentile
    "" | address1 | Via Roma 1 | Via Verdi 2 | Corso Vittorio 18
    "" | phone | 3331234567 | 3339999999 | 3471112233
    "" | - | 30 | 25 | 52
  `),
  set({ id: 'it-persone-export-indirizzo-status', kind: 'Italian people register app\'s export, semicolon-separated (id, first name, surname, address, status)', lang: 'it', defaultCountry: 'IT', source: 'index:47575995966 (a people register app\'s CSV export, Java)' }, `
    ID | externalId | 1 | 2 | 3
    Nome | firstName | Giuseppe | Rita | Daniele
    Cognome | lastName | Marino | Coppola | Rizzo
    Indirizzo | address1 | Via Po 12, Torino | Via Toledo 200, Napoli | Viale Monza 5, Milano
    Status | - | ATTIVO | ATTIVO | SOSPESO
  `),
  set({ id: 'it-crm-clienti-selezione-proprietario', kind: 'Italian CRM\'s client list read for a mailing (id, client name, first name, surname, e-mail, mobile, owner id)', lang: 'it', defaultCountry: 'IT', source: 'index:62175552438 (a CRM\'s mailing recipients module, TypeScript)' }, `
    # "nome_clienti" is the client's own name in the CRM (the firm, or the person for a private client): the Company
    # name; first name and surname are the person's. The owner id is the user in charge: the Contact owner.
    id | externalId | 3401 | 3402 | 3415
    nome_clienti | companyName | Edilizia Moretti | Farmacia Lucchesi | Marco Ferri
    nome | firstName | Sara | Paolo | Marco
    cognome | lastName | Moretti | Lucchesi | Ferri
    email | email | sara@ediliziamoretti.example | info@farmacialucchesi.example | marco.ferri@posta.example
    cellulare | phone | 339 1234567 | 347 7654321 | 328 1112223
    clienti_proprietario_id | owner | u-12 | u-07 | u-12
  `),
  set({ id: 'it-protezione-civile-corso-partecipanti-sspc', kind: 'Italian civil protection volunteers\' training course participants, plain export for the regional system\'s import (first name, surname, tax code, e-mail)', lang: 'it', defaultCountry: 'IT', source: 'index:26251238590 (a volunteer management app\'s notes on the course export)' }, `
    Nome | firstName | Ivana | Roberto | Michele
    Cognome | lastName | Brambilla | Cattaneo | Longo
    Codice_Fiscale | - | BRMVNI80A41F205X | CTTRRT75M12E507K | LNGMHL90D05B157Z
    Email | email | ivana.brambilla@posta.example | r.cattaneo@posta.example | michele.longo@posta.example
  `),
  set({ id: 'it-rubrica-cinque-milioni-randomico', kind: 'Italian address book exercise\'s large generated contact CSV, semicolon-separated (surname, first name, phone, e-mail, random number)', lang: 'it', defaultCountry: 'IT', source: 'index:25007179951 (a Java contact file generator exercise)' }, `
    COGNOME | lastName | Lombardo | Ferrari | Gatti
    NOME | firstName | Cristina | Luigi | Noemi
    TELEFONO | phone | 3401122334 | 3335566778 | 3479988776
    EMAIL | email | cristina.lombardo@posta.example | luigi.ferrari@posta.example | noemi.gatti@posta.example
    RANDOMICO | - | 48213 | 90122 | 311
  `),
  set({ id: 'it-rubrica-aziendale-matricola-voip', kind: 'Italian company phone book export written by its intranet page, semicolon-separated (staff number, surname, first name, office, mobile, VoIP phone, phone)', lang: 'it', defaultCountry: 'IT', source: 'index:56794626604 (an intranet phone book export script, PHP)' }, `
    # The staff number is the employee's id: the External ID. The untyped "Telefono" is the main phone; the mobile and
    # the VoIP extension are additional phones. The office is like a department: not imported.
    Matricola | externalId | 10231 | 10458 | 11002
    Cognome | lastName | Moretti | Galli | Fadda
    Nome | firstName | Silvia | Stefano | Monica
    Ufficio | - | Protocollo | Ragioneria | Segreteria
    Cellulare | additionalPhones | 335 6677889 | "" | 349 1122334
    TelefonoVoip | additionalPhones | 4512 | 4520 | 4533
    Telefono | phone | 070 6012345 | 070 6012350 | 070 6012366
  `),
  set({ id: 'it-buste-paga-invio-esito-matricola', kind: 'Italian payroll mailing tool\'s send report downloaded as CSV, semicolon-separated (staff number, surname, first name, e-mail, outcome, detail)', lang: 'it', defaultCountry: 'IT', source: 'index:60168691482 (a payslip mailing page\'s report export, JavaScript)' }, `
    matricola | externalId | 000123 | 000145 | 000190
    cognome | lastName | Deiana | Ruggiero | Basile
    nome | firstName | Franco | Lucia | Emanuele
    email | email | franco.deiana@azienda.example | lucia.ruggiero@azienda.example | ""
    esito | - | INVIATA | INVIATA | SALTATA
    dettaglio | - | "" | "" | email mancante
  `),
  set({ id: 'it-rubrica-random-email-prima-telefono', kind: 'Italian address book exercise\'s generated contact CSV, semicolon-separated (surname, first name, e-mail, phone)', lang: 'it', defaultCountry: 'IT', source: 'index:23348200737 (a Java address book generator exercise)' }, `
    COGNOME | lastName | Vitali | Orlandi | Pace
    NOME | firstName | Mirko | Teresa | Valerio
    E-MAIL | email | mirko.vitali@posta.example | teresa.orlandi@posta.example | valerio.pace@posta.example
    TELEFONO | phone | 3395544332 | 3281122990 | 0612345678
  `),
  // --------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-vereniging-leden-tabel-nationaliteit-bron', kind: 'Dutch association\'s member table read by its sync script (id, e-mail, first name, surname, phone, birth date, address, nationality, number, sign-up flags, user id, source)', lang: 'nl', defaultCountry: 'NL', source: 'index:66801538750 (an association\'s member sync script, Python)' }, `
    # "id" is the first id of the member: the External ID; the member number and the user id are not imported.
    # "bron" (where the member came from) is the Source.
    id | externalId | 5b1e0c2a | 5b1e0c2b | 5b1e0c3f
    email | email | yara.elamrani@voorbeeld.example | tim.hoekstra@voorbeeld.example | lisa.mol@voorbeeld.example
    voornaam | firstName | Yara | Tim | Lisa
    achternaam | lastName | El Amrani | Hoekstra | Mol
    telefoon | phone | 06 12345678 | 06 87654321 | ""
    geboortedatum | dateOfBirth | 1999-04-02 | 1996-11-19 | 2001-06-30
    adres | address1 | Javastraat 12, Amsterdam | Biltstraat 80, Utrecht | ""
    nationaliteit | - | Nederlands | Nederlands | Belgisch
    nr | - | 118 | 119 | 131
    ingeschreven | - | true | true | false
    mail_inschrijving | - | true | false | false
    user_id | - | a7f3 | "" | c9d1
    bron | source | website | formulier | import
  `),
  set({ id: 'nl-werknemers-tabel-nummer-opmerkingen', kind: 'Dutch staff planning app\'s employee table read by its API (id, employee number, surname, first name, phone, comments)', lang: 'nl', defaultCountry: 'NL', source: 'index:34127594091 (a planning app\'s REST API, PHP)' }, `
    # Of the two ids, the first ("id") is the External ID; the employee number is not imported.
    id | externalId | 1 | 2 | 3
    werknemersnummer | - | W-1001 | W-1002 | W-1010
    achternaam | lastName | Smits | de Jong | Bosman
    voornaam | firstName | Karin | Ahmed | Joost
    tel | phone | 06-11223344 | 06-55667788 | 0499-123456
    comments | - | alleen weekend | "" | rijbewijs C
  `),
  set({ id: 'nl-horeca-medewerkers-tabel-rfid-bankrekening', kind: 'Dutch bar\'s staff table insert (function id, first name, surname, phone number, bank account, username, password, RFID code, active)', lang: 'nl', defaultCountry: 'NL', source: 'index:7970978204 (a bar checkout app\'s employee repository, C#)' }, `
    # The username is the employee's login in the checkout app: the External ID.
    Functie_ID | - | 1 | 2 | 2
    Voornaam | firstName | Rik | Demi | Stijn
    Achternaam | lastName | Verhoeven | Aydin | Peeters
    Telefoonnummer | phone | 0612345678 | 0687654321 | 0611122233
    Bankrekeningnummer | - | NL02ABNA0123456789 | NL18RABO0123459876 | NL44INGB0006543210
    Username | externalId | rik.v | demi.a | stijn.p
    Password | - | ******** | ******** | ********
    RFIDCode | - | 04A2B9C1 | 04F7E211 | 04C3D8A0
    Active | - | 1 | 1 | 0
  `),
  set({ id: 'nl-sr-polikliniek-patient-tabel-idnr', kind: 'Surinamese clinic app\'s patient table insert (first name, surname, phone number, ID number, birth date, sex)', lang: 'nl', defaultCountry: 'SR', source: 'index:48727920397 (a clinic web app\'s patient routes, Python)' }, `
    # "id_nr" is the patient's identity card number: a national id, not imported.
    voornaam | firstName | Shanti | Ravi | Maureen
    achternaam | lastName | Ramdin | Sewnath | Pinas
    telefoon_nr | phone | 8123456 | 7654321 | 8901234
    id_nr | - | FA123456 | GB654321 | KH112233
    geboorte_datum | dateOfBirth | 1985-03-14 | 1972-09-02 | 1990-12-21
    geslacht | - | V | M | V
  `),
  set({ id: 'nl-klanten-persoonlijke-link-uitvoer', kind: 'Dutch shop\'s customer list with personal links written by a link generator script (name, e-mail, phone, link)', lang: 'nl', defaultCountry: 'NL', source: 'index:63090286009 (a personal link generator script, Node)' }, `
    naam | name | Marieke Vos | Hans Dijkstra | Ilse Brouwer
    email | email | marieke.vos@voorbeeld.example | hans.dijkstra@voorbeeld.example | ilse.brouwer@voorbeeld.example
    telefoon | phone | 06-24681357 | 06-13579246 | ""
    link | - | https://winkel.example/k/8f2a | https://winkel.example/k/9c1d | https://winkel.example/k/a3e7
  `),
  set({ id: 'nl-facturatie-klanten-tabel-btw-notities', kind: 'Dutch invoicing tool\'s customer table insert (name, e-mail, phone, address, VAT number, notes)', lang: 'nl', defaultCountry: 'NL', source: 'index:62078059022 (an invoicing tool\'s customers route, Node)' }, `
    # "naam" is the customer's name, a person or a firm, the only name the file has: the Name.
    naam | name | Peter Groen | Studio Lint | Sandra Kuijpers
    email | email | peter@groenadvies.example | hallo@studiolint.example | sandra.kuijpers@voorbeeld.example
    telefoon | phone | 06-31415926 | 020-7654321 | ""
    adres | address1 | Lindengracht 5, 1015 KB Amsterdam | Zeestraat 44, 2518 AA Den Haag | ""
    btw_nummer | - | NL001234567B01 | NL009876543B01 | ""
    notities | - | "" | factuur per kwartaal | ""
  `),
  set({ id: 'nl-zorg-facturatie-contacten-uzovi-agb-largo', kind: 'Dutch care provider\'s invoicing contacts (debtors) selected from its database (id, kind, source, employee, name, contact person, e-mail, phone, address lines, postcode, town, country, chamber of commerce and VAT numbers, insurer and AGB codes, payment term, reference, note, archived, updated; 23 columns)', lang: 'nl', defaultCountry: 'NL', source: 'index:59657351613 (a care app\'s invoicing storage module, TypeScript)' }, `
    # Debtors are mostly organisations (insurers, municipalities): "naam" is the Company name and "contactpersoon" the
    # Name. "soort" (zorgverzekeraar, gemeente, particulier) files the debtor: Tags; "bron" is the Source. The employee
    # columns name a staff member the debtor is tied to, not the user in charge: not imported.
    id | externalId | 0c1f2a | 0c1f2b | 0c1f40
    soort | tags | zorgverzekeraar | gemeente | particulier
    bron | source | handmatig | import | handmatig
    medewerker_naam | - | "" | "" | "" 
    medewerker_user_id | - | "" | "" | ""
    naam | companyName | Zorgverzekeraar Noord | Gemeente Zwolle | Familie de Ruiter
    contactpersoon | name | Afdeling Declaraties | M. Kok | Jan de Ruiter
    email | email | declaraties@zvnoord.example | wmo@zwolle.example | jan.deruiter@voorbeeld.example
    telefoon | phone | 050-1234567 | 038-4987654 | 06-12121212
    adres_regel1 | address1 | Postbus 100 | Grote Kerkplein 15 | Esdoornlaan 9
    adres_regel2 | - | "" | t.a.v. WMO-loket | ""
    postcode | postalCode | 9700 AC | 8011 PK | 7711 HG
    plaats | city | Groningen | Zwolle | Nieuwleusen
    land | country | NL | NL | NL
    kvk_nummer | - | 01234567 | "" | ""
    btw_id | - | NL001234567B01 | "" | ""
    uzovi | - | 3311 | "" | ""
    agb_code | - | "" | "" | ""
    betaaltermijn_dagen | - | 30 | 30 | 14
    referentie | - | ZV-2025 | WMO-88 | ""
    notitie | - | "" | "" | via PGB
    archief | - | false | false | false
    updated_at | - | 2025-09-01T10:00:00Z | 2025-09-03T14:12:00Z | 2025-09-05T08:30:00Z
  `),
  set({ id: 'nl-voedselbank-vrijwilligers-selectie', kind: 'Dutch volunteer rota app\'s volunteer lookup (id, first name, surname, phone)', lang: 'nl', defaultCountry: 'NL', source: 'index:51796225636 (a volunteer rota app\'s shifts page, TypeScript)' }, `
    id | externalId | 7e2a | 7e2b | 7e31
    voornaam | firstName | Gert | Nienke | Hamid
    achternaam | lastName | Hofman | Veenstra | Bakkali
    telefoon | phone | 06-44556677 | 06-99887766 | 06-22334455
  `),
  set({ id: 'nl-paardensport-inschrijvingen-ruiter-paard', kind: 'Dutch horse show app\'s entries table insert (competition, class, rider, horse, e-mail, phone, member flag, rider\'s age, horse\'s sex, announcer text, remarks, section, rider\'s birth date, height, stable needs)', lang: 'nl', defaultCountry: 'NL', source: 'index:71534963373 (a horse show app\'s entry function, SQL)' }, `
    # The rider is the contact: "ruiter" holds the rider's full name: the Name. The horse's columns are not imported.
    wedstrijd_id | - | 12 | 12 | 14
    wedstrijd | - | Voorjaarswedstrijd | Voorjaarswedstrijd | Zomerconcours
    klasse | - | B | L1 | M
    ruiter | name | Lotte Schipper | Daan Mulder | Sara Wolters
    paard | - | Fleur | Bonanza | Quincy
    email | email | lotte.schipper@voorbeeld.example | daan.mulder@voorbeeld.example | sara.wolters@voorbeeld.example
    telefoon | phone | 06-12312312 | 06-45645645 | 0591-123456
    weh_lid | - | ja | nee | ja
    leeftijd_ruiter | - | 14 | 22 | 17
    geslacht_paard | - | merrie | ruin | hengst
    omroeper | - | Lotte rijdt voor het eerst mee | "" | ""
    opmerkingen | - | "" | graag vroege start | ""
    rubriek | - | pony | paard | paard
    geboortedatum_ruiter | dateOfBirth | 2011-02-03 | 2003-07-21 | 2008-10-09
    stokmaat_cm | - | 148 | "" | ""
    stal_nodig | - | nee | ja | nee
    stalmaat | - | "" | groot | ""
  `),
  set({ id: 'nl-feestzaal-reservaties-tabel-zaal-personen', kind: 'Flemish party venue site\'s reservation requests table insert (name, e-mail, phone, date, room, guests, kind of event, message)', lang: 'nl', defaultCountry: 'BE', source: 'index:52861626612 (a venue site\'s reservation route, Node)' }, `
    naam | name | Kristof Janssens | Evi Maes | Bart Claes
    email | email | kristof.janssens@voorbeeld.example | evi.maes@voorbeeld.example | bart.claes@voorbeeld.example
    telefoon | phone | 0476 12 34 56 | 0495 65 43 21 | 03 123 45 67
    datum | - | 2025-09-13 | 2025-10-04 | 2025-11-22
    zaal | - | Grote zaal | Kelder | Grote zaal
    personen | - | 120 | 40 | 80
    type_event | - | huwelijk | verjaardag | bedrijfsfeest
    bericht | - | DJ zelf voorzien | "" | Graag offerte catering
  `),
  set({ id: 'nl-be-gebruikers-bind-locatie-gsm-alt', kind: 'Flemish app\'s user create form fields (user id, location id, username, password, e-mail, phone number, first name, surname, alternative phone number, photo)', lang: 'nl', defaultCountry: 'BE', source: 'index:43019407902 (an app\'s users controller, C#)' }, `
    # Of the ids, the user's own id is the External ID; the username and the location id are not imported. The second
    # phone number is an additional phone.
    gebruikerId | externalId | 17 | 18 | 25
    locatieId | - | 2 | 2 | 3
    gebruikersnaam | - | jpeeters | lvermeulen | sgoossens
    wachtwoord | - | ******** | ******** | ********
    email | email | jan.peeters@voorbeeld.example | lien.vermeulen@voorbeeld.example | stijn.goossens@voorbeeld.example
    telefoonnummer | phone | 0472 11 22 33 | 0485 44 55 66 | 09 234 56 78
    voornaam | firstName | Jan | Lien | Stijn
    achternaam | lastName | Peeters | Vermeulen | Goossens
    telefoonnummerAlt | additionalPhones | "" | 03 456 78 90 | 0499 87 65 43
    foto | - | jan.jpg | "" | stijn.png
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-reservations-admin-bookings-export-item-reserved', kind: 'booking site admin\'s bookings export (booking id, guest name, e-mail, phone, type, item, date, guests, statuses, payment reference, amount, created)', lang: 'en', source: 'index:58110213705 (a reservations admin page\'s CSV export handler, React)' }, `
    Booking ID | - | bk_8fa21 | bk_8fa35 | bk_8fb02
    Guest Name | name | Hannah Price | Omar Haddad | Lily Chen
    Email | email | hannah.price@example.com | omar.haddad@example.net | lily.chen@example.org
    Phone | phone | (415) 555-0132 | (628) 555-0190 | (510) 555-0147
    Type | - | Table | Tour | Table
    Item Reserved | - | Terrace for 4 | Sunset Cruise | Window Booth
    Date | - | 2025-06-14 | 2025-06-15 | 2025-06-15
    Guests | - | 4 | 2 | 3
    Status | - | Confirmed | Pending | Confirmed
    Payment Status | - | Paid | Unpaid / Inquiry | Paid
    Payment Ref | - | pi_3PqA1 | "" | pi_3PqB7
    Amount | - | 120.00 | 0.00 | 90.00
    Created At | - | 2025-06-01T10:12:00Z | 2025-06-02T18:40:00Z | 2025-06-03T08:05:00Z
  `),
  set({ id: 'en-hotel-bookings-export-guest-source', kind: 'hotel booking system\'s bookings CSV export (booking id, guest name, e-mail, phone, room, category, dates, status, source, amount, payment status)', lang: 'en', source: 'index:54161385944 (a hotel booking API\'s report controller, Node)' }, `
    # The booking's source (Direct, Booking.com, Walk-in) is the channel the guest came through: the Source.
    Booking ID | - | 1042 | 1043 | 1051
    Guest Name | name | Rachel Moore | Dev Patel | Grace Okafor
    Guest Email | email | rachel.moore@example.com | dev.patel@example.net | grace.okafor@example.org
    Guest Phone | phone | +1 212 555 0143 | +1 646 555 0177 | +1 917 555 0102
    Room Number | - | 204 | 310 | 118
    Category | - | Deluxe | Suite | Standard
    Check-In | - | 2025-07-01 | 2025-07-03 | 2025-07-03
    Check-Out | - | 2025-07-04 | 2025-07-05 | 2025-07-06
    Status | - | checked_out | confirmed | confirmed
    Source | source | Direct | Booking.com | Walk-in
    Total Amount | - | 540.00 | 780.00 | 390.00
    Payment Status | - | paid | partial | pending
  `),
  set({ id: 'en-training-needs-survey-responses-position', kind: 'training needs survey app\'s responses export (respondent, e-mail, position type, submitted at, then one column a question; the first four columns)', lang: 'en', source: 'index:55523309538 (a survey app\'s admin export route, Node)' }, `
    # "Respondent" holds the respondent's full name: the Name. The position type (teacher, staff) is not imported.
    Respondent | name | Maria Santos | John Reyes | Anne Cruz
    Email | email | maria.santos@example.com | john.reyes@example.net | anne.cruz@example.org
    Position Type | - | Teaching | Non-teaching | Teaching
    Submitted At | - | 2025-08-12 09:14:00 | 2025-08-12 10:02:00 | 2025-08-13 15:40:00
  `),
  set({ id: 'en-ai-inbox-conversations-export-customer', kind: 'AI customer inbox SaaS\'s conversations export (conversation id, channel, status, customer name, e-mail, phone, times, message, booking and order counts, messages)', lang: 'en', source: 'index:34240423102 (a messaging SaaS\'s export route, Node)' }, `
    Conversation ID | - | conv_81a2 | conv_81b7 | conv_81c0
    Channel | - | whatsapp | webchat | instagram
    Status | - | closed | open | closed
    Customer Name | name | Tyler Brooks | Nina Alvarez | Sophie Turner
    Customer Email | email | tyler.brooks@example.com | "" | sophie.turner@example.org
    Customer Phone | phone | +14155550123 | +13055550188 | ""
    Started At | - | 2025-03-01T09:12:00Z | 2025-03-01T10:40:00Z | 2025-03-02T16:05:00Z
    Ended At | - | 2025-03-01T09:30:00Z | "" | 2025-03-02T16:20:00Z
    Message Count | - | 14 | 3 | 9
    Booking Count | - | 1 | 0 | 0
    Order Count | - | 0 | 0 | 1
    Messages | - | Hi, can I book... | Do you ship to... | Where is my order...
  `),
  set({ id: 'en-gb-car-dealer-sales-export-vat-type', kind: 'British used car dealer system\'s sales export (sale id, vehicle, price, customer name, e-mail, phone, discount, VAT type, date, invoice, notes, created)', lang: 'en', defaultCountry: 'GB', source: 'index:16138702847 (a dealership app\'s sales export route, Node)' }, `
    ID | - | 301 | 302 | 310
    Vehicle ID | - | 88 | 91 | 104
    Sale Price | - | 12995 | 8450 | 21500
    Customer Name | name | Oliver Hughes | Amira Khan | George Palmer
    Customer Email | email | oliver.hughes@example.co.uk | amira.khan@example.com | g.palmer@example.co.uk
    Customer Phone | phone | 07700 900123 | 07700 900456 | 0161 496 0789
    Discount | - | 500 | 0 | 250
    VAT Type | - | Margin | Margin | Qualifying
    Sale Date | - | 2025-04-12 | 2025-04-15 | 2025-04-19
    Invoice Number | - | INV-0301 | INV-0302 | INV-0310
    Notes | - | Part exchange | "" | Finance approved
    Created At | - | 2025-04-12T11:02:00Z | 2025-04-15T15:40:00Z | 2025-04-19T10:10:00Z
  `),
  set({ id: 'en-courier-orders-export-tracking-service', kind: 'courier booking site\'s admin orders export (order id, tracking number, customer name, e-mail, phone, service type, status, price, created)', lang: 'en', source: 'index:43836540030 (a courier site\'s admin export route, Node)' }, `
    ID | - | 1 | 2 | 3
    Tracking Number | - | TRK100234 | TRK100235 | TRK100241
    Customer Name | name | Brian Walsh | Leah Morgan | Samuel Ade
    Customer Email | email | brian.walsh@example.com | leah.morgan@example.net | samuel.ade@example.org
    Customer Phone | phone | (312) 555-0142 | (773) 555-0189 | (872) 555-0110
    Service Type | - | Same Day | Standard | Express
    Status | - | delivered | in_transit | pending
    Price | - | 24.99 | 9.99 | 15.49
    Created At | - | 2025-05-01T08:00:00Z | 2025-05-01T09:15:00Z | 2025-05-02T13:42:00Z
  `),
  set({ id: 'en-in-b2b-enquiries-export-gstin-landmark', kind: 'Indian B2B supplies site\'s enquiry export from its admin (enquiry id, date, customer name, e-mail, phone, company, GSTIN, street, city, postcode, landmark, address type, items, quantity, total, status, requirements)', lang: 'en', defaultCountry: 'IN', source: 'index:60430927589 (a supplies site\'s admin enquiries page, JavaScript)' }, `
    # The customer's street, city and postcode are the only address the enquiry has: imported. The landmark and the
    # address type (Office, Warehouse) are not.
    Enquiry ID | - | ENQ-1042 | ENQ-1043 | ENQ-1051
    Date | - | 12/06/2025 | 12/06/2025 | 14/06/2025
    Customer Name | name | Rahul Mehta | Sneha Iyer | Arjun Reddy
    Customer Email | email | rahul@mehtatraders.example | sneha.iyer@example.in | arjun@reddyinfra.example
    Customer Phone | phone | 98201 23456 | 99001 22334 | 90000 11223
    Company Name | companyName | Mehta Traders | "" | Reddy Infra Pvt Ltd
    GSTIN | - | 27AAPFM1234C1Z5 | "" | 36AABCR5678D1Z2
    Street Address | address1 | 14 Linking Road | 22 MG Road | Plot 7, Hitech City
    City | city | Mumbai | Bengaluru | Hyderabad
    Postal Code | postalCode | 400050 | 560001 | 500081
    Landmark | - | Near Bandra Station | "" | Opp. Cyber Towers
    Address Type | - | Office | Home | Warehouse
    Items | - | Safety Shoes | Gloves | Helmets
    Quantity | - | 50 | 200 | 120
    Total Amount | - | 62500 | 18000 | 54000
    Status | - | New | Quoted | Closed
    Additional Requirements | - | Sizes 7-10 | "" | ISI marked
  `),
  set({ id: 'en-golf-simulator-bookings-export-bays-waivers', kind: 'golf simulator venue booking system\'s bookings export (booking reference, customer name, e-mail, phone, party size, times, bays, statuses, amounts, waivers)', lang: 'en', source: 'index:68412034357 (a venue booking API\'s export service, C#)' }, `
    Booking Reference | - | GS-20250601-001 | GS-20250601-002 | GS-20250602-004
    Customer Name | name | Derek Lawson | Chloe Nguyen | Marcus Reid
    Customer Email | email | derek.lawson@example.com | chloe.nguyen@example.net | marcus.reid@example.org
    Customer Phone | phone | 614-555-0147 | 614-555-0192 | 380-555-0128
    Party Size | - | 4 | 2 | 6
    Start Time | - | 2025-06-01 18:00 | 2025-06-01 19:30 | 2025-06-02 20:00
    End Time | - | 2025-06-01 20:00 | 2025-06-01 20:30 | 2025-06-02 22:00
    Assigned Bays | - | Bay 2 | Bay 4 | Bay 1, Bay 3
    Status | - | Completed | Completed | Confirmed
    Payment Status | - | Paid | Paid | Deposit
    Total Amount ($) | - | 180.00 | 90.00 | 360.00
    Paid Amount ($) | - | 180.00 | 90.00 | 100.00
    Balance Due ($) | - | 0.00 | 0.00 | 260.00
    Waivers Signed | - | 4/4 | 2/2 | 3/6
  `),
  set({ id: 'en-venue-ticket-bookings-export-special-requests', kind: 'event venue site\'s ticket bookings export (event title, date, place, customer name, e-mail, phone, tickets, special requests, timestamp)', lang: 'en', source: 'index:6757801702 (an event site\'s admin bookings page, TypeScript)' }, `
    Event Title | - | Jazz on the Lawn | Jazz on the Lawn | Comedy Night
    Event Date | - | 2025-07-12 | 2025-07-12 | 2025-07-19
    Event Place | - | Riverside Park | Riverside Park | The Old Theatre
    Customer Name | name | Paula Greene | Kevin Osei | Rita Marsh
    Customer Email | email | paula.greene@example.com | kevin.osei@example.net | rita.marsh@example.org
    Customer Phone | phone | 555-0134 | 555-0177 | 555-0102
    Number of Tickets | - | 2 | 4 | 1
    Special Requests | - | Wheelchair access | "" | Aisle seat
    Timestamp | - | 2025-06-20T10:11:00Z | 2025-06-21T08:45:00Z | 2025-06-22T19:30:00Z
  `),
  set({ id: 'en-payments-dashboard-export-gateway-campaign', kind: 'payment links SaaS\'s payments export (payment id, amount, currency, status, created, customer name, e-mail, phone, gateway, source, campaign, notes)', lang: 'en', source: 'index:61573004375 (a payments dashboard\'s export API route, TypeScript)' }, `
    # "Source" is where the payer came from (instagram, whatsapp, website): the Source. The campaign beside it is not
    # imported.
    ID | - | pay_01 | pay_02 | pay_03
    Amount | - | 49.00 | 120.00 | 15.00
    Currency | - | USD | USD | USD
    Status | - | paid | paid | failed
    Created At | - | 2025-02-01T12:00:00Z | 2025-02-02T09:30:00Z | 2025-02-02T18:14:00Z
    Customer Name | name | Laura Bishop | Ethan Cole | Mia Romero
    Customer Email | email | laura.bishop@example.com | ethan.cole@example.net | mia.romero@example.org
    Customer Phone | phone | +15125550101 | +15125550177 | ""
    Gateway | - | stripe | paypal | stripe
    Source | source | instagram | website | whatsapp
    Campaign | - | spring-sale | "" | spring-sale
    Notes | - | "" | Invoice requested | ""
  `),
  set({ id: 'en-saas-subscribers-export-plan-mrr-sessions', kind: 'SaaS admin dashboard\'s subscribers export (e-mail, plan, MRR, status, joined, sessions)', lang: 'en', source: 'index:10199008367 (a SaaS admin\'s subscribers page, React)' }, `
    Email | email | ava.collins@example.com | noah.price@example.net | ella.ward@example.org
    Plan | - | pro | free | team
    MRR | - | 29 | 0 | 99
    Status | - | active | active | churned
    Joined | - | 2025-01-14 | 2025-02-03 | 2024-11-20
    Sessions | - | 142 | 8 | 57
  `),
  set({ id: 'en-newsletter-subscribers-export-ip-status', kind: 'website\'s newsletter subscriber export from its admin functions (id, e-mail, subscribed at, status, IP address)', lang: 'en', source: 'index:48264661430 (a site\'s newsletter helper functions, PHP)' }, `
    # The subscriber id is the person's id in the site: the External ID.
    ID | externalId | 1 | 2 | 3
    Email | email | jamie.fox@example.com | priya.n@example.net | tom.h@example.org
    Subscribed At | - | 2025-01-05 10:12:00 | 2025-01-06 08:40:00 | 2025-01-09 21:03:00
    Status | - | Active | Unsubscribed | Active
    IP Address | - | 203.0.113.14 | 198.51.100.22 | 192.0.2.87
  `),
  set({ id: 'en-digital-menu-customer-orders-report-title', kind: 'restaurant digital menu SaaS\'s customer-wise order report, a CSV with the product name, report title, generation time, date range and a blank line above the header (customer name, e-mail, orders, amount)', lang: 'en', defaultCountry: 'IN', above: [['Digital Menu Card System'], ['Customer Wise Order Report'], ['Generated on', '03/12/2026, 09:14:52'], ['Date Range', 'All Time to All Time'], []], source: 'index:21542003938 (a digital menu admin\'s report exports, Node)' }, `
    Customer Name | name | Ananya Rao | Vikram Singh | Meera Pillai
    Customer Email | email | ananya.rao@example.in | vikram.singh@example.com | meera.pillai@example.in
    Total Orders | - | 12 | 3 | 7
    Total Amount | - | 8450 | 1290 | 4675
  `),
  set({ id: 'en-university-event-attendance-report-above', kind: 'university events app\'s attendance report for one event (a Portuguese-speaking team\'s app): an "Event Id; Event Name" block, a blank line and a "Lista de Participantes" title above the header, semicolon-separated (student number, e-mail)', lang: 'en', defaultCountry: 'PT', above: [['Event Id', ' Event Name'], ['14', 'Career Fair 2025'], [], ['Lista de Participantes']], source: 'index:24907110660 (an events app\'s attendance CSV writer, Java)' }, `
    # The student number is the student's id in the university's system: the External ID.
    Student Number | externalId | 2021145 | 2022310 | 2020087
    Email | email | a2021145@alunos.example | a2022310@alunos.example | a2020087@alunos.example
  `),
  // --------------------------------------------------------------------------------------------------- Mixed
  set({ id: 'mixed-usuarios-semilla-sql-confirmado', kind: 'Mexican web shop\'s users table seed (first name, surname, e-mail, phone, password hash, admin and confirmed flags), column names in Spanish and English', lang: 'mixed', defaultCountry: 'MX', source: 'index:38802963194 (a shop\'s SQL schema and seed rows)' }, `
    nombre | firstName | Ricardo | Ximena | Emilio
    apellido | lastName | Treviño | Garza | Salinas
    email | email | ricardo.trevino@correo.example | ximena.garza@correo.example | emilio.salinas@correo.example
    phone | phone | 8112345678 | 8187654321 | 5512348765
    user_password | - | $2y$10$abc | $2y$10$def | $2y$10$ghi
    admim | - | 1 | 0 | 0
    confirmado | - | 1 | 1 | 0
  `),
  set({ id: 'mixed-ni-empleados-semilla-telefono', kind: 'Nicaraguan university database exercise\'s employee table seed, English columns with a Spanish phone column (first name, last name, e-mail, phone)', lang: 'mixed', defaultCountry: 'NI', source: 'index:16703757527 (a SQL exercise script, inserts)' }, `
    first_name | firstName | Pedro | Juan | María
    last_name | lastName | Pérez | López | Gutiérrez
    email | email | pedro.perez@uni.example | juan.lopez@uni.example | maria.gutierrez@uni.example
    telefono | phone | 22664532 | 22701234 | 88123456
  `),
  set({ id: 'mixed-directus-usuarios-campos-direccion', kind: 'Spanish-language shop\'s user records read from its Directus back end (id, first name, last name, e-mail, phone, address), English and Spanish field names', lang: 'mixed', defaultCountry: 'AR', source: 'index:21126348037 (a shop\'s Directus helper, TypeScript)' }, `
    id | externalId | 9f1c2d3e | 9f1c2d40 | 9f1c2d55
    first_name | firstName | Gonzalo | Micaela | Esteban
    last_name | lastName | Ibarra | Luna | Correa
    email | email | gonzalo.ibarra@correo.example | micaela.luna@correo.example | esteban.correa@correo.example
    telefono | phone | 1156781234 | 3415551234 | 2614445566
    direccion | address1 | Av. Corrientes 1234 | Bv. Oroño 850 | San Martín 1020
  `),
  set({ id: 'mixed-saas-usuarios-tabla-plan-permisos', kind: 'Spanish-language SaaS\'s users table insert, Spanish and English column names (first name, surname, e-mail, phone, password hash, role, plan, organisation, permissions, active, temporary password)', lang: 'mixed', defaultCountry: 'ES', source: 'index:54586204870 (a SaaS admin\'s users route, Node)' }, `
    nombre | firstName | Irene | Pablo | Noelia
    apellido | lastName | Cabrera | Serrano | Vázquez
    email | email | irene.cabrera@empresa.example | pablo.serrano@empresa.example | noelia.vazquez@empresa.example
    phone | phone | 600112233 | 611223344 | ""
    password_hash | - | $2b$12$aaa | $2b$12$bbb | $2b$12$ccc
    role | - | admin | agent | agent
    plan | - | pro | pro | basic
    org_id | - | 3 | 3 | 7
    permissions | - | all | leads,chat | chat
    active | - | true | true | false
    temp_password | - | false | true | true
  `),
  set({ id: 'mixed-contactos-usuarios-insercion-minima', kind: 'Spanish-language contact app\'s users table insert from its form, Spanish and English column names (first name, surname, e-mail, phone)', lang: 'mixed', defaultCountry: 'MX', source: 'index:22076287539 (a Flask contact app\'s insert route, Python)' }, `
    nombre | firstName | Andrés | Paola | Diego
    Apellido | lastName | Herrera | Mendoza | Ruiz
    email | email | andres.herrera@correo.example | paola.mendoza@correo.example | diego.ruiz@correo.example
    phone | phone | 5512345678 | 3312345678 | 8112345678
  `),
];
