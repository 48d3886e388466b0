// The twenty-seventh held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Italian,
// Dutch, English and mixed-language files; the other half is corpus-heldout27a.ts):
// 55 header sets (469 columns, 224 of them expected to map; 12 Spanish, 12 Italian, 10 Dutch, 15 English, 6 mixed; 2
// files without a header row, 3 with lines above it (a blank line and an "ALUMNOS" title, a "USUARIOS REGISTRADOS"
// title and a blank line, a "Proformas" title and a blank line); 3 sets of 21 and 22 columns, 7 of 13 to 16)
// from sources none of the other parts use, found in the public code index with find_string (exact header text of
// the less obvious kinds of list: admin exports and reports, app fixtures and seeds, importer templates and their
// tests, database tables and model bindings, form tools, data files read without a header; English files only from
// SaaS, shop, marketplace, ticketing, booking and newsletter tools: orders, bookings, buyers and subscribers) and
// written down, with the mapping a careful person would choose by the field definitions and the rules, BEFORE
// the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the index file the header
// text was read from (the index does not name its repository); the kind says what the file is. Sample values are made
// up in the shape of each file's own (no personal data or example rows from the sources are copied). A trailing empty
// column (a header line ending in the separator) is written as "". Leading and trailing spaces of a header cell and
// byte-order marks cannot be written in the table and are left out (a set's comment says where). Wide files are kept
// to their first columns, stopping at a column boundary. No set's headers repeat an older part's (each was compared
// lower-cased; the files without a header row aside).
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
// - A Dutch "tussenvoegsel" (van, de, van der) in a column of its own is not imported (the last name column is still
//   the Last name); initials ("Voorletters") alone are the First name, the only given-name column the file has.
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
// Choices this half makes more than once:
// - In a shop's or a marketplace's order export the buyer is the contact: the buyer's name, e-mail and phone are
//   imported; the order's own columns and every ship-to or delivery column are not (shipping never), even when the
//   file has no other address of the buyer.
// - A row id that is an order's (an order export's "ID") is not imported; a subscriber's or a user's own id is the
//   External ID.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout27' }, table);

export const HELDOUT27B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-us-seguro-grupo-titular-export-ancho', kind: 'Spanish-speaking US insurance agency\'s family group export (holder, first, middle and both surnames, SSN, birth date, address, phone, e-mail, employer, coverage, notes)', lang: 'es', source: 'index:12114192867 (an insurance agency app\'s group CSV export, PHP)' }, `
    # TITULAR says whether the row is the policy holder or a dependant: not imported.
    TITULAR | - | Titular | Dependiente | Titular
    Nombre | firstName | Yesenia | Kevin | Ramón
    Segundo_nombre | - | Marisol | "" | Alberto
    Primer Apellido | lastName | Castillo | Castillo | Ochoa
    Segundo Apellido | - | Reyes | Méndez | Lugo
    SSN | - | 123-45-6789 | 987-65-4321 | 555-12-3456
    Alien_number | - | "" | "" | A123456789
    Fecha_nacimiento | dateOfBirth | 03/14/1984 | 09/02/2012 | 11/30/1977
    Genero | - | Femenino | Masculino | Masculino
    Direccion | address1 | 1520 W Flagler St Apt 4 | 1520 W Flagler St Apt 4 | 8803 Bissonnet St
    Ciudad | city | Miami | Miami | Houston
    Estado | state | FL | FL | TX
    Codigo_postal | postalCode | 33135 | 33135 | 77074
    Telefono | phone | (305) 555-0142 | "" | (713) 555-0186
    Email | email | yesenia.castillo@example.com | "" | rochoa@example.net
    # The employer the holder names for the group policy is the person's company.
    Empresa | companyName | Sunrise Cleaning LLC | "" | Ochoa Roofing
    Cobertura | - | Bronze | Bronze | Silver
    Estatus_migratorio | - | Residente | Ciudadano | Permiso de trabajo
    Declaracion_fiscal | - | Sí | No | Sí
    Actualizado | - | 2025-01-10 | 2025-01-10 | 2024-12-02
    Notas | - | Renovar en noviembre | "" | Prefiere llamadas por la tarde
  `),
  set({ id: 'es-co-registro-militares-nombres-apellidos', kind: 'Colombian veterans\' platform admin export of registered users (two given names, two surnames, e-mail, military id, rank, force, city, date)', lang: 'es', defaultCountry: 'CO', source: 'index:71234738728 (a veterans\' platform admin user list, CSV export, React)' }, `
    Primer Nombre | firstName | Jhon | Luz | Édgar
    Segundo Nombre | - | Fredy | Adriana | ""
    Primer Apellido | lastName | Rincón | Cárdenas | Villamil
    Segundo Apellido | - | Pulido | Ortiz | Rojas
    Email | email | jhon.rincon@example.co | luzcardenas@example.com | evillamil@example.co
    # The military id is the person's number in another system: the External ID.
    ID Militar | externalId | 80123456 | 52987654 | 79345120
    Rango | - | Sargento Primero | Teniente | Cabo Segundo
    Fuerza | - | Ejército | Armada | Fuerza Aérea
    Ciudad | city | Tunja | Cartagena | Bogotá
    Fecha de Registro | - | 14/3/2025 | 2/4/2025 | 28/4/2025
  `),
  set({ id: 'es-rrhh-empleados-import-documento-cargo', kind: 'Colombian quality-lab app\'s employee import (document type and number, given names, surnames, position, department, status, start date), an import test', lang: 'es', defaultCountry: 'CO', source: 'index:60982159461 (a lab app\'s employee import controller test, Java)' }, `
    tipo_documento | - | CC | CE | CC
    documento_identidad | - | 1020456789 | 456123 | 52876543
    nombres | firstName | Diana Marcela | Luis Eduardo | Sandra
    apellidos | lastName | Quintero Mejía | Araque | Beltrán Gil
    cargo | - | Analista | Técnico | Coordinadora
    departamento | - | Control de Calidad | Microbiología | Control de Calidad
    estado | - | ACTIVO | ACTIVO | INACTIVO
    fecha_ingreso | - | 2024-02-01 | 2025-06-16 | 2019-09-09
  `),
  set({ id: 'es-cl-usuarios-csv-sin-cabecera-rut', kind: 'Chilean app\'s user file read without a header row (RUT, name, surname, address, phone)', lang: 'es', defaultCountry: 'CL', noHeader: true, source: 'index:437218209 (a user service reading a headerless CSV, its documented line format, Java)' }, `
    "" | - | 15.432.876-K | 18.204.339-5 | 9.876.543-2
    "" | firstName | Camila | Matías | Rosa
    "" | lastName | Fuentes | Contreras | Alarcón
    "" | address1 | Av. Providencia 1280 | Los Aromos 455 | Pasaje Ñuble 32
    "" | phone | 987654123 | 956781234 | 912345678
  `),
  set({ id: 'es-sv-clientes-sin-cabecera-tarjeta-coordenadas', kind: 'Salvadoran client file read without a header row (DUI, name, surname, card number, category, phone, latitude, longitude)', lang: 'es', defaultCountry: 'SV', noHeader: true, source: 'index:29487787163 (a client format converter\'s test with a semicolon line, Java)' }, `
    "" | - | 04567891 | 05123478 | 03987612
    "" | firstName | Marvin | Karla | Óscar
    "" | lastName | Hernández | Rivas | Melara
    "" | - | 4111222233334444 | 5500111122223333 | 4000123412341234
    # VIP / regular is a category the client is filed under: Tags.
    "" | tags | VIP | REGULAR | VIP
    "" | phone | 7012-3456 | 2245-8890 | 7765-1209
    "" | - | 13.6989 | 13.7942 | 13.4833
    "" | - | -89.1914 | -88.9065 | -88.1833
  `),
  set({ id: 'es-mx-alumnos-plantilla-excel-titulo-medio', kind: 'Mexican school\'s student import workbook with a blank first row and an "ALUMNOS" title row above the header (name, both surnames, enrolment number, level, grade, cycle, gender, municipality, neighbourhood, how they heard, promotion, state)', lang: 'es', defaultCountry: 'MX', above: [[], ['ALUMNOS']], source: 'index:14979316068 (a school admin\'s import workbook generator, PhpSpreadsheet)' }, `
    Nombre | firstName | Ximena | Diego | Regina
    Apellido paterno | lastName | Ramírez | Villalobos | Treviño
    Apellido materno | - | Soto | Garza | Leal
    # The school's enrolment number of the pupil is the pupil's id there: the External ID.
    Matrícula | externalId | A240118 | A240233 | A230871
    Nivel escolar | - | Primaria | Secundaria | Primaria
    Grado escolar | - | 3° | 1° | 6°
    Ciclo escolar | - | 2025-2026 | 2025-2026 | 2025-2026
    Género | - | Femenino | Masculino | Femenino
    Municipio | city | Monterrey | San Nicolás de los Garza | Guadalupe
    Colonia | - | Mitras Centro | Anáhuac | Contry
    Medio enterado | source | Facebook | Recomendación | Espectacular
    Promoción | - | Hermanos 10% | Ninguna | Pronto pago
    # Beside a municipality and a neighbourhood, "Estado" is the Mexican state (the drop-down lists states): the State.
    Estado | state | Nuevo León | Nuevo León | Nuevo León
  `),
  set({ id: 'es-usuarios-registrados-excel-titulo-sucursal', kind: 'Spanish-language inventory app\'s Excel export of registered users with a title row and a blank row above the header (name, surname, user name, e-mail, branch)', lang: 'es', defaultCountry: 'MX', above: [['USUARIOS REGISTRADOS'], []], source: 'index:33664741356 (an inventory app\'s user Excel report, PHPExcel)' }, `
    Nombre | firstName | Alejandra | Fernando | Brenda
    Apellido | lastName | Ruvalcaba | Esparza | Montoya
    # The login the user is filed under in the app: the External ID.
    Usuario | externalId | aruvalcaba | fesparza | bmontoya
    Correo Electronico | email | alejandra.r@example.com.mx | f.esparza@example.com | brenda.montoya@example.mx
    # The branch a user works at is like a department: not imported.
    Sucursal | - | Centro | Plaza Norte | Centro
  `),
  set({ id: 'es-proformas-excel-titulo-telefono-celular', kind: 'Spanish-language sales app\'s Excel list of pro-forma quotes with a title row and a blank row above the header (client name, phone, mobile, e-mail, date, total)', lang: 'es', defaultCountry: 'CR', above: [['Proformas'], []], source: 'index:4918624165 (a sales app\'s pro-forma Excel export, PHPExcel)' }, `
    Nombre | name | Ferretería Los Ángeles | Mauricio Solano | Ana Lucía Brenes
    Teléfono | phone | 2440 1123 | 2271 5590 | ""
    Celular | additionalPhones | 8812 3344 | 8701 2290 | 6033 4812
    Correo-e | email | ventas@ferrelosangeles.example | msolano@example.com | alubrenes@example.cr
    Fecha | - | 2025-03-04 | 2025-03-11 | 2025-03-18
    Total | - | 254300.00 | 48900.00 | 120000.00
  `),
  set({ id: 'es-club-equipacion-import-talla', kind: 'Spanish sports club app\'s member import with kit size (name, surnames, phone, size), a parser test', lang: 'es', defaultCountry: 'ES', source: 'index:53053009030 (a club app\'s CSV import parser tests, TypeScript)' }, `
    nombre | firstName | Irene | Hugo | Alba
    apellidos | lastName | Navarro Gil | Domínguez | Crespo Marín
    telefono | phone | 612000451 | 622118904 | 633907215
    # The kit size is what the member orders, not a contact field.
    talla | - | S | XL | M
  `),
  set({ id: 'es-madrid-alumnos-raices-unidad-id', kind: 'Madrid secondary school\'s pupil list exported from the regional school system and read by a script (name, first and second surname, pupil id, class unit)', lang: 'es', defaultCountry: 'ES', source: 'index:4983017928 (a school\'s pupil account script, expected CSV format, Python)' }, `
    Nombre | firstName | Hugo | Carla | Izan
    Primer apellido | lastName | Sanz | Morales | Herrera
    Segundo apellido | - | Vidal | "" | Prieto
    # The pupil's number in the regional school system is the pupil's id there: the External ID.
    Nº id. Alumno | externalId | 8123456 | 8124987 | 8130211
    Unidad | - | 1ESO-A | 2ESO-C | 1ESO-A
  `),
  set({ id: 'es-fp-asir-alumnos-ciclo-curso-readme', kind: 'Spanish vocational college\'s student list for creating user accounts, shown in a README (name, first and second surname, course programme, year)', lang: 'es', defaultCountry: 'ES', source: 'index:38259723957 (a user-creation scripts project\'s README, students CSV, Markdown)' }, `
    Nombre | firstName | Marcos | Lidia | Raúl
    Primer Apellido | lastName | Pastor | Cabello | Esteban
    Segundo Apellido | - | Rey | Soria | Lozano
    Ciclo | - | ASIR | ASIR | DAW
    Curso | - | Primero | Segundo | Primero
  `),
  set({ id: 'es-taller-clientes-import-fidelizacion-matriculas', kind: 'Spanish car workshop app\'s client CSV import in an API test script (loyalty number, DNI, full name, e-mail, phone, two number plates and car models)', lang: 'es', defaultCountry: 'ES', source: 'index:54759386773 (a workshop app\'s API test script, client CSV import, Python)' }, `
    # The loyalty card number is the client's number at the workshop: the External ID.
    Nº Fidelización | externalId | FID0412 | FID0418 | FID0433
    DNI | - | 44556677K | 12398745M | 70011223P
    Nombre y Apellidos | name | Lorena Ibáñez Gallardo | Óscar Pineda | Germán Vera Ruiz
    Email | email | lorena.ibanez@example.es | opineda@example.com | german.vera@example.es
    Teléfono | phone | 644 128 903 | 655 870 214 | 610 225 347
    Matrícula | - | 4521KJB | 0987HGF | 7711LMN
    Modelo | - | Seat León | Renault Clio | Kia Ceed
    Matrícula 2 | - | "" | 3345JJK | ""
    Modelo 2 | - | "" | Dacia Sandero | ""
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-premi-dipendenti-matricola-negozio', kind: 'Italian retail chain\'s employee bonus export from a Google Apps Script (staff number, surname, name, personal and work e-mail, store, role, PDF file, bonus total, currency)', lang: 'it', defaultCountry: 'IT', source: 'index:59716735635 (a retail chain\'s bonus sheet script, CSV of employees, Apps Script)' }, `
    MATRICOLA | externalId | 004512 | 004788 | 005023
    COGNOME | lastName | Marchetti | De Luca | Gallo
    NOME | firstName | Federica | Simone | Elisa
    EMAIL_PERSONALE | email | fede.marchetti@example.it | simo.deluca@example.com | elisa.gallo@example.it
    # The work address beside the personal one: an additional e-mail.
    EMAIL_FC | additionalEmails | f.marchetti@negozi.example | s.deluca@negozi.example | e.gallo@negozi.example
    NEGOZIO | - | Torino Lingotto | Milano Duomo | Torino Lingotto
    RUOLO | - | Store Manager | Addetto vendite | Visual
    FILE_PDF | - | premi/004512.pdf | premi/004788.pdf | premi/005023.pdf
    TOTALE_PREMIO | - | 850.00 | 320.00 | 410.00
    VALUTA | - | EUR | EUR | EUR
  `),
  set({ id: 'it-censimento-utenti-sanita-azienda-struttura', kind: 'Italian regional health system\'s export of users to be registered (region, health authority, facility, role, surname, name, e-mail, tax code, public flag, status)', lang: 'it', defaultCountry: 'IT', source: 'index:25934253469 (a health portal\'s user census CSV export, C#)' }, `
    Regione | - | Lombardia | Veneto | Lombardia
    # The health authority (ASL, ASST) the user works for is the person's employer: the Company name.
    Azienda | companyName | ASST Bergamo Est | AULSS 6 Euganea | ATS Insubria
    Struttura | - | Ospedale di Seriate | Distretto Padova Sud | Dipartimento Prevenzione
    Ruolo | - | Referente | Operatore | Referente
    Cognome | lastName | Bonetti | Zanon | Fumagalli
    Nome | firstName | Paola | Andrea | Stefano
    Email | email | paola.bonetti@example.it | andrea.zanon@example.it | s.fumagalli@example.it
    Codice fiscale | - | BNTPLA75C41A794K | ZNNNDR80A01G224X | FMGSFN69H12L682Q
    Pubblico | - | S | S | N
    Stato | - | Da censire | Censito | Da censire
  `),
  set({ id: 'it-corsisti-export-cf-azienda-stato', kind: 'Italian training platform\'s student list CSV export (id, surname, name, e-mail, tax code, company, status)', lang: 'it', defaultCountry: 'IT', source: 'index:10916978976 (a training platform\'s students page, CSV export, React)' }, `
    ID | externalId | 118 | 119 | 124
    Cognome | lastName | Rinaldi | Caruso | Monti
    Nome | firstName | Alessio | Serena | Davide
    Email | email | alessio.rinaldi@example.it | serena.caruso@example.com | d.monti@example.it
    CF | - | RNLLSS90B12H501Z | CRSSRN88E45F839T | MNTDVD92C03L219P
    # The company that sends its employees to the safety courses is the trainee's employer.
    Azienda | companyName | Edilnord Srl | Logistica Adriatica SpA | Edilnord Srl
    Stato | - | Attivo | Attivo | Disattivo
  `),
  set({ id: 'it-backup-lavoratori-tipo-archiviato', kind: 'Italian work-hours app\'s backup CSV, the workers section (record kind, id, name, surname, phone, archived flag)', lang: 'it', defaultCountry: 'IT', source: 'index:53795290618 (a work-hours Android app\'s CSV backup writer, Kotlin)' }, `
    TIPO | - | W | W | W
    ID | externalId | 1 | 2 | 5
    NOME | firstName | Giuseppe | Anna | Luca
    COGNOME | lastName | Russo | Bruno | Fontana
    TELEFONO | phone | 3401234567 | 3289876543 | 3935551212
    ARCHIVIATO | - | 0 | 0 | 1
  `),
  set({ id: 'it-rubrica-fx-tre-telefoni-tre-email-iban', kind: 'Italian JavaFX address book\'s CSV export (name, surname, three phones, three e-mails, company, IBAN, address, website, notes, favourite)', lang: 'it', defaultCountry: 'IT', source: 'index:47261953153 (an address book app\'s CSV export controller, JavaFX)' }, `
    nome | firstName | Roberta | Claudio | Martina
    cognome | lastName | Sala | Vitale | Longo
    telefono1 | phone | 338 765 4321 | 06 5566 7788 | 351 908 1122
    telefono2 | additionalPhones | 02 8899 1100 | 339 220 3344 | ""
    telefono3 | additionalPhones | "" | "" | ""
    email1 | email | roberta.sala@example.it | claudio.vitale@example.com | martina.longo@example.it
    email2 | additionalEmails | r.sala@studiosala.example | "" | ""
    email3 | additionalEmails | "" | "" | ""
    azienda | companyName | Studio Sala | Vitale Impianti | ""
    iban | - | IT60X0542811101000000123456 | "" | ""
    indirizzo | address1 | Via Padova 12, Milano | Viale Marconi 88, Roma | ""
    sito | website | www.studiosala.example | "" | ""
    note | - | Commercialista | Idraulico | Compagna di corso
    favourite | - | true | false | false
  `),
  set({ id: 'it-rubrica-telefono-1-3-email-1-3', kind: 'Italian address book\'s CSV save with numbered phones and e-mails (name, surname, three phones, three e-mails)', lang: 'it', defaultCountry: 'IT', source: 'index:19097139311 (an address book exercise\'s CSV writer, Java)' }, `
    NOME | firstName | Tiziana | Emanuele | Beatrice
    COGNOME | lastName | Parisi | Conti | Marini
    TELEFONO_1 | phone | 349 876 1234 | 011 456 7788 | 366 123 9876
    TELEFONO_2 | additionalPhones | "" | 340 998 7766 | ""
    TELEFONO_3 | additionalPhones | "" | "" | ""
    EMAIL_1 | email | tiziana.parisi@example.it | emanuele.conti@example.com | bea.marini@example.it
    EMAIL_2 | additionalEmails | "" | e.conti@lavoro.example | ""
    EMAIL_3 | additionalEmails | "" | "" | ""
  `),
  set({ id: 'it-ristorante-prenotazioni-import-pax-tavolo', kind: 'Italian restaurant booking app\'s reservation import (name, surname, phone, date, time, covers, notes, table), an end-to-end test', lang: 'it', defaultCountry: 'IT', source: 'index:68948563259 (a restaurant booking app\'s CSV import end-to-end test, Playwright)' }, `
    Nome | firstName | Lorenzo | Valeria | Franco
    Cognome | lastName | Benedetti | Morelli | Cattaneo
    Telefono | phone | 333 901 2345 | 347 556 7788 | 02 3344 5566
    Data | - | 24/12/2026 | 31/12/2026 | 06/01/2027
    Ora | - | 20:30 | 21:00 | 13:00
    PAX | - | 4 | 2 | 6
    Note | - | Seggiolone | Anniversario | Niente glutine
    Tavolo | - | 12 | 3 | ""
  `),
  set({ id: 'it-strutture-convenzionate-export-ragione-sociale', kind: 'Italian health fund\'s export of partner facilities (company name, address, town, province, phone, e-mail)', lang: 'it', defaultCountry: 'IT', source: 'index:41245221267 (a health fund admin\'s partner facilities CSV export, PHP)' }, `
    Ragione Sociale | companyName | Centro Medico San Luca Srl | Poliambulatorio Aurora | Studio Dentistico Ferri
    Indirizzo | address1 | Via Garibaldi 45 | Corso Italia 210 | Piazza Cavour 3
    Citta | city | Pisa | Napoli | Bergamo
    Provincia | state | PI | NA | BG
    Telefono | phone | 050 123456 | 081 7654321 | 035 224466
    Email | email | info@centrosanluca.example | prenotazioni@aurora.example | segreteria@studioferri.example
  `),
  set({ id: 'it-arbitri-import-template-meccanografico', kind: 'Italian referees\' association app\'s import template (name, surname, role, category, federation number, e-mail, phone, year)', lang: 'it', defaultCountry: 'IT', source: 'index:57415382708 (a referees\' section app\'s import module, CSV template, Python)' }, `
    nome | firstName | Nicola | Erika | Samuele
    cognome | lastName | Ferri | Bassi | Guidi
    ruolo | - | Arbitro | Assistente | Osservatore
    # The category is the level a referee is filed under (Terza Categoria, Promozione): Tags.
    categoria | tags | Promozione | Terza Categoria | ""
    # The federation's number of the referee is the person's id there: the External ID.
    meccanografico | externalId | 41237890 | 45678123 | 39012456
    email | email | nicola.ferri@example.it | erika.bassi@example.com | ""
    telefono | phone | 3356789012 | "" | 3471122334
    anno | - | 2019 | 2022 | 2011
  `),
  set({ id: 'it-ospiti-anagrafica-import-nascita-residenza', kind: 'Italian guest register importer\'s CSV test (name, surname, sex, birth country, date, province and town, citizenship, residence country, province and town, street type, street, house number, postcode)', lang: 'it', defaultCountry: 'IT', source: 'index:71010365739 (a guest register importer\'s CSV test, PHP)' }, `
    Nome | firstName | Alberto | Silvia | Kevin
    Cognome | lastName | Galli | Rizzo | Müller
    Sesso | - | M | F | M
    Nazione nascita | - | Italia | Italia | Germania
    Data di nascita | dateOfBirth | 15/02/1980 | 03/07/1975 | 21/11/1990
    Provincia nascita | - | FI | BA | ""
    Comune nascita | - | Firenze | Bari | ""
    Cittadinanza | - | Italiana | Italiana | Tedesca
    # The residence group is the guest's own address: country, province (the State), town (the City).
    Nazione residenza | country | Italia | Italia | Germania
    Provincia residenza | state | FI | BA | ""
    Comune residenza | city | Firenze | Bari | München
    Tipo via | - | Via | Piazza | ""
    Indirizzo | address1 | dei Serragli | Garibaldi | Leopoldstraße
    Numero civico | - | 41 | 7 | 12
    CAP | postalCode | 50124 | 70122 | 80802
  `),
  set({ id: 'it-fatture-anagrafica-clienti-cap-citta-piva', kind: 'Italian invoicing app\'s customer register CSV format in its docs (code, company name, address, postcode and town in one cell, VAT number)', lang: 'it', defaultCountry: 'IT', source: 'index:58258684439 (an invoicing app\'s README, customer register CSV format, Markdown)' }, `
    Codice | externalId | 2682 | 2710 | 3015
    Ragione Sociale | companyName | Officina Meccanica Bortolin Snc | Alimentari Da Rita | Studio Tecnico Zanin
    Indirizzo | address1 | Via Pordenone, 14 | Piazza Libertà, 3 | Viale Venezia, 77
    # One cell holds the postcode, the town and the province ("33048 SAN GIOVANNI AL NATISONE-UD"): neither the
    # Postal code nor the City can take it as it is, so it is not imported.
    CAP / Citta' | - | 33170 PORDENONE-PN | 33100 UDINE-UD | 30027 SAN DONA' DI PIAVE-VE
    P.IVA | - | 01234560931 | 02345670302 | 03456780276
  `),
  set({ id: 'it-rubrica-generatore-csv-random', kind: 'Italian address book exercise\'s generated test CSV (surname, name, e-mail, phone, a random number)', lang: 'it', defaultCountry: 'IT', source: 'index:24968314524 (an I/O exercise writing a large contacts CSV, Java)' }, `
    COGNOME | lastName | Ferraro | Lombardi | Moretti
    NOME | firstName | Gianni | Rita | Pietro
    EMAIL | email | gianni.ferraro@example.it | rita.lombardi@example.com | pietro.moretti@example.net
    TELEFONO | phone | 3391234567 | 3287654321 | 3470011223
    RANDOM | - | 48213 | 907 | 66152
  `),
  // --------------------------------------------------------------------------------------------------- Dutch
  set({ id: 'nl-basketbal-leden-import-nbb-nummer', kind: 'Dutch basketball club app\'s member import (first name, last name, federation number), an import test', lang: 'nl', defaultCountry: 'NL', source: 'index:66541344021 (a basketball club app\'s admin tests, member CSV import, Python)' }, `
    voornaam | firstName | Daan | Lotte | Mehmet
    achternaam | lastName | Visser | Smit | Yılmaz
    # The federation (NBB) number of the member is the person's id there: the External ID.
    nbb_nummer | externalId | 1234567 | 2345678 | 3456789
  `),
  set({ id: 'nl-patienten-bind-afdeling-kamer-bed', kind: 'Dutch hospital ward app\'s patient form binding (patient id, visit, first name, last name, birth date, gender, ward, room, bed)', lang: 'nl', defaultCountry: 'NL', source: 'index:18931250871 (a ward app\'s patients controller, MVC model binding, C#)' }, `
    PatientId | externalId | 100234 | 100251 | 100277
    PatientVisit | - | 3 | 1 | 7
    Voornaam | firstName | Gerrit | Ineke | Bram
    Achternaam | lastName | Mulder | Bos | Dekker
    Geboortedatum | dateOfBirth | 12-03-1941 | 28-07-1956 | 02-11-1988
    Geslacht | - | M | V | M
    Afdeling | - | Cardiologie | Geriatrie | Orthopedie
    Kamer | - | 4.12 | 2.03 | 5.21
    BedNr | - | 2 | 1 | 3
  `),
  set({ id: 'nl-sportclub-leden-import-sport-testplan', kind: 'Dutch multi-sport club app\'s member import file in a manual test plan (first name, last name, birth date, e-mail, sport)', lang: 'nl', defaultCountry: 'NL', source: 'index:57407038316 (a sports club app\'s manual test plan, member CSV import, Markdown)' }, `
    voornaam | firstName | Noor | Thijs | Emma
    achternaam | lastName | Vermeulen | Koster | Peters
    geboortedatum | dateOfBirth | 2011-05-14 | 1998-10-02 | 2014-01-23
    email | email | noor.vermeulen@example.nl | thijs.koster@example.com | fam.peters@example.nl
    # The sport section a member plays in is a group the member belongs to: Tags.
    sport | tags | hockey | voetbal | tennis
  `),
  set({ id: 'nl-be-badminton-spelers-seed-familienaam', kind: 'Flemish badminton league database seed of players (first name, family name, birth date, e-mail, phone, gender id, club id)', lang: 'nl', defaultCountry: 'BE', source: 'index:12462168767 (a badminton league database seed, SQL)' }, `
    Voornaam | firstName | Wout | Lies | Jens
    Familienaam | lastName | Peeters | Claes | Janssens
    Geboortedatum | dateOfBirth | 1997-04-11 | 2001-09-30 | 1994-12-05
    Email | email | wout.peeters@example.be | lies.claes@example.com | jens.janssens@example.be
    Telefoonnummer | phone | 0478 12 34 56 | 0496 65 43 21 | 0485 11 22 33
    GeslachtID | - | 1 | 2 | 1
    # A club's number in the league's own table, not a club name: not imported.
    ClubID | - | 2 | 5 | 2
  `),
  set({ id: 'nl-gebruikers-overzicht-persoonnummer-tussenvoegsel', kind: 'Dutch school project\'s admin page listing users from the database (person number, first name, tussenvoegsel, last name, birth date, e-mail)', lang: 'nl', defaultCountry: 'NL', source: 'index:49522944314 (a user overview page\'s query and table, PHP)' }, `
    persoonnummer | externalId | 10021 | 10022 | 10035
    voornaam | firstName | Kees | Anouk | Ruben
    tussenvoegsel | - | van | "" | de
    achternaam | lastName | Dijk | Willems | Graaf
    geboortedatum | dateOfBirth | 1979-06-21 | 2003-02-14 | 1990-08-08
    email | email | kees.vandijk@example.nl | anouk.willems@example.com | ruben.degraaf@example.nl
  `),
  set({ id: 'nl-personen-bind-username-wachtwoord-admin', kind: 'Dutch web app\'s person form binding (person id, first name, last name, user name, birth date, e-mail, password, active and admin flags)', lang: 'nl', defaultCountry: 'NL', source: 'index:17137690181 (a people controller\'s create action, MVC model binding, C#)' }, `
    Persoon_ID | externalId | 7 | 8 | 12
    Voornaam | firstName | Maarten | Eline | Youssef
    Achternaam | lastName | Bakker | Jacobs | El Amrani
    # A user name beside the person id: the second id, not imported.
    Username | - | mbakker | eline.j | yelamrani
    Geboortedatum | dateOfBirth | 1985-03-30 | 1999-12-01 | 1992-07-17
    Email | email | maarten.bakker@example.nl | eline.jacobs@example.com | youssef@example.nl
    Wachtwoord | - | •••••••• | •••••••• | ••••••••
    IsActief | - | true | true | false
    IsAdmin | - | false | true | false
  `),
  set({ id: 'nl-veiling-gebruikers-registratie-adresregels', kind: 'Dutch auction site\'s user registration table (user name, first name, last name, two address lines, postcode, town, birth date, e-mail, password, security question and answer)', lang: 'nl', defaultCountry: 'NL', source: 'index:21281337165 (an auction site\'s registration functions, insert into Gebruikers, PHP)' }, `
    # The user name the person logs in with is the id the person is filed under: the External ID.
    gebruikersnaam | externalId | pietjepuk | marloes88 | hvdberg
    voornaam | firstName | Piet | Marloes | Henk
    achternaam | lastName | Puk | Kok | van den Berg
    adresregel1 | address1 | Kerkstraat 12 | Molenweg 3a | Dorpsplein 7
    adresregel2 | - | "" | t.a.v. Marloes | ""
    postcode | postalCode | 6811 DK | 3811 AB | 7421 CE
    plaatsnaam | city | Arnhem | Amersfoort | Deventer
    geboortedatum | dateOfBirth | 1968-05-04 | 1988-11-19 | 1955-02-27
    emailadres | email | piet.puk@example.nl | marloes.kok@example.com | henk.vdberg@example.nl
    wachtwoord | - | •••••••• | •••••••• | ••••••••
    vraag | - | Naam eerste huisdier? | Geboorteplaats moeder? | Eerste auto?
    antwoordtekst | - | Bello | Zwolle | Kever
  `),
  set({ id: 'nl-telefoonboek-import-mobiel-werk-thuis', kind: 'Dutch office phone book app\'s contact import format shown on its import page (first name, last name, company, mobile, work, home, e-mail)', lang: 'nl', defaultCountry: 'NL', source: 'index:52875380341 (a phone book page\'s CSV import form and format, PHP)' }, `
    Voornaam | firstName | Joost | Lisa | Erik
    Achternaam | lastName | Brouwer | Meijer | Vos
    Bedrijf | companyName | Brouwer Installatie BV | "" | Vos & Zn
    # Typed phones only: the mobile is the main phone, work and home additional.
    Mobiel | phone | 06 12 34 56 78 | 06 87 65 43 21 | ""
    Werk | additionalPhones | 030 123 45 67 | "" | 0318 55 44 33
    Thuis | additionalPhones | "" | 020 765 43 21 | 0318 12 21 12
    Email | email | joost@brouwerinstallatie.example | lisa.meijer@example.nl | erik@vosenzn.example
  `),
  set({ id: 'nl-bioscoop-klanten-query-tussenvoegsel-email', kind: 'Dutch cinema exercise\'s customer query result (first name, tussenvoegsel, last name, e-mail)', lang: 'nl', defaultCountry: 'NL', source: 'index:43179074849 (a cinema database exercise\'s customer queries, SQL)' }, `
    voornaam | firstName | Frits | Kees | Ilse
    tussenvoegsel | - | "" | van | ter
    achternaam | lastName | Huisman | Leeuwen | Horst
    email | email | frits.huisman@example.nl | kees.vanleeuwen@example.com | ilse.terhorst@example.nl
  `),
  set({ id: 'nl-hotel-reserveringen-tabel-kamer', kind: 'Dutch hotel site\'s reservation table filled from its booking form (start date, end date, name, address, postcode, town, room id)', lang: 'nl', defaultCountry: 'NL', source: 'index:42567857805 (a hotel site\'s reservation handler, insert into reserveren, PHP)' }, `
    startdatum | - | 2025-07-12 | 2025-08-01 | 2025-08-15
    einddatum | - | 2025-07-14 | 2025-08-05 | 2025-08-16
    Naam | name | Wim Verbeek | Sophie Hoekstra | Ahmed Benali
    adres | address1 | Lindenlaan 22 | Oude Gracht 140 | Kastanjestraat 9
    postcode | postalCode | 5611 AB | 3511 AZ | 2531 KL
    woonplaats | city | Eindhoven | Utrecht | Den Haag
    kamer_id | - | 3 | 7 | 3
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-dive-shop-booking-customers-template-gear', kind: 'dive shop booking app\'s customer import template (booking reference, name, e-mail, phone, hotel, room, certification, gear sizes and needs)', lang: 'en', source: 'index:65763193084 (a dive shop booking app\'s customer upload page, CSV template, React)' }, `
    Booking Reference | - | BK1042 | BK1043 | BK1051
    First Name | firstName | Hannah | Pieter | Camille
    Last Name | lastName | Brooks | de Wit | Moreau
    Email | email | hannah.brooks@example.com | pieter.dewit@example.nl | camille.moreau@example.fr
    Phone | phone | +1 512 555 0134 | +31 6 12345678 | +33 6 12 34 56 78
    Hotel | - | Sea Saba Resort | Juliana's Hotel | Sea Saba Resort
    Room Number | - | 104 | 12 | 210
    Certification Level | - | Advanced Open Water | Open Water | Rescue Diver
    Nitrox Certified | - | Yes | No | Yes
    BCD | - | M | L | S
    Regulator | - | Yes | Yes | No
    Mask | - | No | Yes | No
    Fins | - | 40-41 | 44-45 | 38-39
    Wetsuit | - | M | XL | S
    Other Equipment | - | Dive computer | "" | Torch
    Special Requirements | - | "" | Vegetarian | Prone to seasickness
  `),
  set({ id: 'en-multichannel-sales-export-buyer-tracking', kind: 'multichannel seller tool\'s sales export (platform, order and item, quantity, price, currency, buyer name and e-mail, sale date, status, shipping address, tracking)', lang: 'en', source: 'index:23565483096 (a reseller dashboard\'s sales route, CSV export, Node.js)' }, `
    Platform | - | eBay | Etsy | eBay
    Order ID | - | 12-10456-88213 | 3051842290 | 12-10457-00412
    Item Title | - | Vintage Leica lens cap | Hand-dyed wool scarf | Nintendo DS Lite (white)
    Item ID | - | 256102334455 | 1488203371 | 256102339911
    Quantity | - | 1 | 2 | 1
    Price | - | 24.99 | 38.00 | 64.50
    Currency | - | USD | USD | GBP
    Buyer Name | name | Gary Holt | Renee Alvarez | Callum Fraser
    Buyer Email | email | gholt@example.com | renee.alvarez@example.net | callum.fraser@example.co.uk
    Sale Date | - | 2025-05-02 | 2025-05-03 | 2025-05-03
    Status | - | shipped | paid | shipped
    Shipping Address | - | 41 Elm St, Dayton OH 45402 | 900 Ocean Ave, Santa Monica CA 90401 | 7 Rose St, Edinburgh EH2 2PR
    Tracking Number | - | 9400111899223344556677 | "" | JD014600003828123456
  `),
  set({ id: 'en-marketplace-suborders-export-doc-wide', kind: 'multi-vendor marketplace\'s sub-order CSV export, the sample in its docs (order numbers, date, status, buyer name, e-mail and phone, delivery address, amounts, shipping, items)', lang: 'en', defaultCountry: 'KE', source: 'index:39313502876 (a marketplace\'s order export documentation, Markdown)' }, `
    Sub-Order Number | - | ORD-20250602-10421-1 | ORD-20250602-10422-1 | ORD-20250603-10430-2
    Parent Order Number | - | ORD-20250602-10421 | ORD-20250602-10422 | ORD-20250603-10430
    Created Date | - | 2025-06-02 09:14 | 2025-06-02 11:40 | 2025-06-03 16:05
    Status | - | processing | delivered | shipped
    Buyer Name | name | Wanjiru Kamau | Brian Otieno | Aisha Mohamed
    Buyer Email | email | wanjiru.k@example.co.ke | brian.otieno@example.com | aisha.m@example.co.ke
    Buyer Phone | phone | 0712 345678 | 0733 987654 | 0722 112233
    # The delivery address of the order is a shipping address: not imported.
    Address Line 1 | - | Ngong Road, Adams Arcade | Moi Avenue 14 | Nyali Road, Links Plaza
    Address Line 2 | - | Apt 3B | "" | Shop 7
    City | - | Nairobi | Nairobi | Mombasa
    State/Province | - | Nairobi County | Nairobi County | Mombasa County
    Postal Code | - | 00100 | 00100 | 80100
    Country Code | - | KE | KE | KE
    Delivery Instructions | - | Call on arrival | "" | Leave with guard
    Total Amount | - | 5450.00 | 1200.00 | 8999.00
    Shipping Cost | - | 250.00 | 200.00 | 400.00
    Subtotal | - | 5200.00 | 1000.00 | 8599.00
    Shipping Method | - | Standard | Pickup | Express
    Tracking Number | - | "" | "" | G4S-558120
    Carrier Name | - | "" | "" | G4S
    Items Count | - | 2 | 1 | 3
    Items Details | - | Kikoy x2 | Sisal basket x1 | Soapstone set x3
  `),
  set({ id: 'en-handicraft-store-admin-orders-inr', kind: 'handicraft store\'s admin order export (order id, buyer name and e-mail, total in INR, status, shipping address, date)', lang: 'en', defaultCountry: 'IN', source: 'index:68994924038 (a handicraft store admin panel\'s order CSV export, JavaScript)' }, `
    Order ID | - | ORD-8F21C | ORD-8F29A | ORD-9013D
    Buyer Name | name | Priyanka Nair | Rohit Sharma | Meera Iyer
    Buyer Email | email | priyanka.nair@example.in | rohit.s@example.com | meera.iyer@example.in
    Total Amount (INR) | - | 2450 | 899 | 5120
    Status | - | Delivered | Pending | Shipped
    Shipping Address | - | 12 MG Road, Kochi 682016 | B-204 Sector 62, Noida 201301 | 5 TTK Road, Chennai 600018
    Order Date | - | 2025-04-01 | 2025-04-03 | 2025-04-04
  `),
  set({ id: 'en-id-merch-orders-export-whatsapp-instagram', kind: 'Indonesian merch store\'s order export with a byte-order mark (order id, buyer name and e-mail, WhatsApp, Instagram, redeem method, shipping address, total, payment, status, notes, dates)', lang: 'en', defaultCountry: 'ID', source: 'index:63118414220 (a merch store\'s order archive route, CSV in a ZIP, Node.js)' }, `
    # The source writes a byte-order mark before "Order ID", which the table cannot hold.
    Order ID | - | INV-250601-001 | INV-250601-002 | INV-250602-011
    Buyer Name | name | Dewi Lestari | Rizky Pratama | Nadia Putri
    Buyer Email | email | dewi.lestari@example.co.id | rizky.p@example.com | nadia.putri@example.id
    # The buyer's WhatsApp number is the phone the shop reaches the buyer on.
    WhatsApp | phone | 0812-3456-7890 | 0857-1122-3344 | 0813-9988-7766
    Instagram | - | @dewilestari | @rizkyprtm | ""
    Redeem Method | - | Shipping | Pickup | Shipping
    Shipping Address | - | Jl. Kaliurang Km 5, Sleman | "" | Jl. Dago 120, Bandung
    Grand Total | - | 185000 | 95000 | 240000
    Payment Method | - | QRIS | Transfer BCA | QRIS
    Status | - | completed | paid | pending
    Admin Notes | - | "" | Ambil Sabtu | Cek ukuran
    Created At | - | 2025-06-01 10:12 | 2025-06-01 13:40 | 2025-06-02 08:05
    Updated At | - | 2025-06-04 09:00 | 2025-06-01 13:41 | 2025-06-02 08:05
  `),
  set({ id: 'en-digital-goods-orders-export-license-fraud', kind: 'digital goods storefront\'s order CSV export (order id, date, buyer name and e-mail, product, price, licence, status, fraud score, invoice)', lang: 'en', source: 'index:56130070052 (a digital storefront\'s merchant orders page, CSV export, React)' }, `
    Order ID | - | ord_7Hk2P | ord_7Hk9Z | ord_7Hm1Q
    Date | - | 2025-07-11 | 2025-07-12 | 2025-07-12
    Buyer Name | name | Olivia Grant | Marco Bianchi | Sung-min Park
    Buyer Email | email | olivia.grant@example.com | marco.b@example.it | smpark@example.kr
    Product | - | Lightroom Preset Pack | Icon Set Pro | Lightroom Preset Pack
    Price | - | 29 | 49 | 29
    License | - | Personal | Commercial | Personal
    Status | - | completed | refunded | completed
    Fraud Score | - | 4 | 61 | 9
    Invoice | - | INV-2025-0711 | INV-2025-0712 | INV-2025-0713
  `),
  set({ id: 'en-ebay-orders-report-import-test-wide', kind: 'eBay orders report imported by an order tool (order, sale date, transaction, item, label, variation, quantity, amounts, buyer username, name and e-mail, ship-to name, phone and address), an import test', lang: 'en', source: 'index:59753006470 (an order tool\'s eBay import feature test, PHP)' }, `
    Order Number | - | 13-14975-00010 | 13-14975-00011 | 13-14976-00002
    Sale Date | - | Aug-02-26 | Aug-02-26 | Aug-03-26
    Transaction ID | - | 2208817663015 | 2208817663016 | 2208819900421
    Item Number | - | 364455667788 | 364455667790 | 364455661234
    Item Title | - | Cotton tee | Cotton tee | Canvas tote bag
    Custom Label | - | TEE-BLK-M | TEE-WHT-L | TOTE-NAT
    Variation Details | - | [Size:M] | [Size:L] | ""
    Quantity | - | 1 | 2 | 1
    Sold For | - | $18.00 | $18.00 | $12.50
    Shipping And Handling | - | $4.95 | $0.00 | $3.95
    Total Price | - | $22.95 | $36.00 | $16.45
    # The buyer's eBay user name is the id the buyer is filed under there: the External ID.
    Buyer Username | externalId | skyline_deals | mjpetersen72 | tote.lover
    Buyer Name | name | Derek Shaw | Mia Petersen | Lauren Ortiz
    Buyer Email | email | derek.shaw@example.com | mia.petersen@example.net | lauren.ortiz@example.com
    Ship To Name | - | Derek Shaw | Mia Petersen | Carlos Ortiz
    Ship To Phone | - | 614-555-0148 | 208-555-0172 | 915-555-0133
    Ship To Address 1 | - | 220 Kenwood Ave | 87 Lakeview Dr | 4500 Montana Ave
    Ship To Address 2 | - | Apt 2 | "" | ""
    Ship To City | - | Columbus | Boise | El Paso
    Ship To State | - | OH | ID | TX
    Ship To Zip | - | 43201 | 83702 | 79903
    Ship To Country | - | United States | United States | United States
  `),
  set({ id: 'en-recycling-marketplace-orders-buyer-seller', kind: 'recycled-materials marketplace\'s admin order export (id, buyer name and e-mail, seller name and e-mail, materials, weight, status, date)', lang: 'en', source: 'index:62713440097 (a materials marketplace\'s admin export route, Prisma, TypeScript)' }, `
    # The rows are orders: "ID" is the order's own id, not imported; the buyer is the contact.
    ID | - | clx8a1b2c0001 | clx8a1b2c0002 | clx8a1b2c0007
    Buyer Name | name | Chinedu Okafor | Adaeze Nwosu | Tunde Bakare
    Buyer Email | email | chinedu@okaforplastics.example | adaeze.n@example.com | tunde@bakarepaper.example
    Seller Name | - | GreenCollect Lagos | Ibadan Scrap Hub | GreenCollect Lagos
    Seller Email | - | sales@greencollect.example | hello@ibadanscrap.example | sales@greencollect.example
    Materials | - | PET; HDPE | Aluminium | Cardboard
    Total Weight (kg) | - | 850 | 120 | 2300
    Status | - | COMPLETED | PENDING | IN_TRANSIT
    Created At | - | 2025-05-20T10:14:00Z | 2025-05-22T08:01:00Z | 2025-05-23T15:45:00Z
  `),
  set({ id: 'en-bandcamp-sales-report-fans-import', kind: 'Bandcamp sales report read by a label\'s fan tool (date, item type and name, artist, buyer name and e-mail, currency, net amount, transaction id), a test', lang: 'en', source: 'index:71474021334 (a label app\'s fan sync tests, Bandcamp CSV, TypeScript)' }, `
    date | - | 1/14/25 9:02am | 1/14/25 11:47am | 1/15/25 6:30pm
    item type | - | album | track | package
    item name | - | Night Drives | Low Tide | Night Drives (Vinyl LP)
    artist | - | The Harbour Lights | The Harbour Lights | The Harbour Lights
    buyer name | name | Sam Whitfield | Jo Kessler | Ade Balogun
    buyer email | email | sam.whitfield@example.com | jo.kessler@example.de | ade.b@example.co.uk
    currency | - | USD | EUR | GBP
    net amount | - | 8.52 | 0.86 | 21.40
    bandcamp transaction id | - | 1845520391 | 1845520844 | 1845533017
  `),
  set({ id: 'en-ticketing-organizer-transactions-export', kind: 'event ticketing platform\'s organizer transaction export (buyer name and e-mail, event, ticket quantity, total paid, status, date)', lang: 'en', source: 'index:715866843 (a ticketing platform\'s organizer export service, CSV, TypeScript)' }, `
    Buyer Name | name | Kwame Mensah | Efua Asante | Yaw Boateng
    Buyer Email | email | kwame.mensah@example.com | efua.asante@example.com.gh | yaw.b@example.com
    Event | - | Accra Jazz Night | Accra Jazz Night | Tech Founders Meetup
    Ticket Qty | - | 2 | 1 | 3
    Total Paid | - | 400.00 | 200.00 | 150.00
    Status | - | SUCCESS | SUCCESS | REFUNDED
    Date | - | 2025-03-08 | 2025-03-09 | 2025-03-12
  `),
  set({ id: 'en-newsletter-leads-subscriber-id-source', kind: 'product site\'s admin analytics export, its newsletter subscriber leads section (subscriber id, e-mail, name, subscribed at, source)', lang: 'en', source: 'index:60925137333 (a product site\'s admin analytics CSV export, JavaScript)' }, `
    Subscriber ID | externalId | sub_01HZX3 | sub_01HZX9 | sub_01J0A2
    Email | email | nina.ward@example.com | omar.haddad@example.net | lee.chen@example.org
    Name | name | Nina Ward | Omar Haddad | ""
    Subscribed At | - | 2025-06-10T08:41:22Z | 2025-06-11T19:03:10Z | 2025-06-12T07:15:55Z
    Source | source | footer_form | exit_popup | blog_sidebar
  `),
  set({ id: 'en-salon-booking-admin-newsletter-export', kind: 'salon booking app\'s admin export, its newsletter subscriber list (subscriber id, e-mail, subscribed at)', lang: 'en', defaultCountry: 'IN', source: 'index:62674938154 (a salon booking app\'s admin export controller, Node.js)' }, `
    Subscriber ID | externalId | 1 | 2 | 3
    Email | email | ritu.menon@example.in | karan.v@example.com | sana.sheikh@example.in
    Subscribed At | - | 2025-02-14 10:22:05 | 2025-02-15 18:47:31 | 2025-03-01 09:03:12
  `),
  set({ id: 'en-booking-com-reservations-ingest-test', kind: 'Booking.com reservation export ingested by a hotel system (reservation number, guest name and e-mail, check-in and out, adults, room, rate plan, total), a test', lang: 'en', source: 'index:66485621813 (a hotel system\'s channel ingest tests, Booking.com CSV, Python)' }, `
    Reservation number | - | 4172839501 | 4172840117 | 4172851236
    Guest name | name | Tomasz Nowak | Ingrid Solberg | Rachel Adeyemi
    Guest email | email | tnowak.512387@guest.booking.example | isolb.884102@guest.booking.example | radeyemi.230915@guest.booking.example
    Check-in | - | 2025-09-12 | 2025-09-14 | 2025-09-20
    Check-out | - | 2025-09-14 | 2025-09-18 | 2025-09-21
    Adults | - | 2 | 1 | 2
    Room | - | DBL | SGL | DBL
    Rate plan | - | BAR | Non-refundable | BAR
    Total price | - | 30000 | 52000 | 15000
  `),
  set({ id: 'en-saas-billing-subscriptions-export-plan', kind: 'SaaS billing dashboard\'s subscription export (subscription id, customer name and e-mail, plan, interval, amount, status, dates, total paid)', lang: 'en', source: 'index:69147844696 (a SaaS billing admin\'s subscriptions CSV export, TypeScript)' }, `
    Subscription ID | - | 665f1c2a9b3e4d0012a1b2c3 | 665f1c2a9b3e4d0012a1b2d7 | 665f1c2a9b3e4d0012a1b2f1
    Customer Name | name | Ethan Cole | Priya Raman | Jonas Becker
    Customer Email | email | ethan@colestudio.example | priya.raman@example.com | jonas.becker@example.de
    Plan | - | Pro | Starter | Team
    Interval | - | month | year | month
    Amount USD | - | 29.00 | 190.00 | 99.00
    Status | - | active | active | past_due
    Started At | - | 2024-11-03 | 2025-01-15 | 2025-03-09
    Next Billing Date | - | 2025-07-03 | 2026-01-15 | 2025-06-09
    Total Paid USD | - | 232.00 | 190.00 | 198.00
  `),
  set({ id: 'en-survey-responses-analytics-export-respondent', kind: 'survey tool\'s analytics export of responses (response and survey ids, dates, completion, respondent e-mail, name and user id, browser, OS, device, counts)', lang: 'en', source: 'index:17790190344 (a survey tool\'s response export route, analytics variant, JavaScript)' }, `
    Response ID | - | r_9f2a71 | r_9f2a88 | r_9f2b03
    Survey ID | - | s_1042 | s_1042 | s_1042
    Submitted Date | - | 2025-04-02 14:11 | 2025-04-02 16:40 | ""
    Started Date | - | 2025-04-02 14:05 | 2025-04-02 16:31 | 2025-04-03 09:12
    Time to Complete (sec) | - | 362 | 540 | ""
    Completion Status | - | completed | completed | partial
    Respondent Email | email | maya.lopez@example.com | dev.patel@example.net | ""
    Respondent Name | name | Maya Lopez | Dev Patel | ""
    # The respondent's user id in the survey tool: the External ID.
    Respondent User ID | externalId | u_5521 | u_5530 | ""
    Browser | - | Chrome | Safari | Firefox
    OS | - | Windows | iOS | Linux
    Device | - | desktop | mobile | desktop
    Question Count | - | 12 | 12 | 12
    Answer Count | - | 12 | 11 | 4
  `),
  // --------------------------------------------------------------------------------------------------- mixed
  set({ id: 'mixed-pr-inquilinos-full-name-telefono', kind: 'Puerto Rican property manager\'s tenant import with English and Spanish headers (full name, e-mail, teléfono), an alias test', lang: 'mixed', defaultCountry: 'PR', source: 'index:71212586795 (a property app\'s import alias tests, TypeScript)' }, `
    Full Name | name | Carmen Rosado | Luis Alberto Vega | Marisol Quiñones
    Email | email | carmen.rosado@example.com | lvega@example.net | marisol.q@example.com
    Teléfono | phone | 787-555-0162 | 939-555-0148 | 787-555-0190
  `),
  set({ id: 'mixed-restaurantes-invitaciones-rol-correo', kind: 'Mexican restaurant group\'s staff invitation CSV with Spanish and English headers (role, e-mail, organization id, locations, first name, paternal surname), a parser test', lang: 'mixed', defaultCountry: 'MX', source: 'index:57829408641 (a restaurant platform\'s invite CSV parser tests, TypeScript)' }, `
    Rol | - | manager | staff | staff
    Correo | email | sofia.mtz@example.com.mx | jorge.lima@example.com | paola.r@example.mx
    ORGANIZATION ID | - | org_1 | org_1 | org_1
    Locations | - | r1;r2 | r2 | r3
    First Name | firstName | Sofía | Jorge | Paola
    Apellido Paterno | lastName | Martínez | Lima | Rendón
  `),
  set({ id: 'mixed-empleados-seed-nombre-phone-sucursal', kind: 'Spanish-language retail exercise\'s employee table seed with Spanish and English column names (id, name, e-mail, phone, branch id)', lang: 'mixed', source: 'index:48169140575 (a retail database exercise\'s seed, SQL)' }, `
    id | externalId | 1000 | 1001 | 1002
    nombre | name | Clara Benítez | Rodrigo Paz | Elena Suárez
    email | email | clara.benitez@example.com | rpaz@example.net | esuarez@example.org
    phone | phone | (835) 555-0177 | (527) 555-0120 | (701) 555-0128
    idSucursal | - | 4 | 5 | 6
  `),
  set({ id: 'mixed-comentarios-form-subscribe-privacy', kind: 'Spanish-language site\'s contact form table with Spanish and English column names (name, e-mail, phone, subscribe and privacy checkboxes, comment)', lang: 'mixed', defaultCountry: 'ES', source: 'index:7427537229 (a site\'s contact form handler, insert into comments, PHP)' }, `
    nombre | name | Irene Castaño | Pablo Gil | Marta Serrano
    email | email | irene.castano@example.es | pablo.gil@example.com | marta.serrano@example.es
    phone | phone | 612 334 556 | 699 120 334 | ""
    check_subscribe | - | on | "" | on
    check_privacy | - | on | on | on
    comentario | - | Quiero información del curso | ¿Abrís en agosto? | Presupuesto para boda
  `),
  set({ id: 'mixed-tutores-ninos-documento-phone-estado', kind: 'Spanish-language kids\' programme\'s guardian table with Spanish and English column names (document, name, e-mail, phone, status), a database function', lang: 'mixed', defaultCountry: 'PY', source: 'index:70983303977 (a kids\' programme\'s registration approval function, SQL)' }, `
    # In a list of guardians the guardian is the contact.
    documento | - | 4123567 | 3987654 | 5012345
    nombre | name | Liliana Benítez | Carlos Giménez | Fátima Acosta
    email | email | lili.benitez@example.com.py | cgimenez@example.com | fatima.acosta@example.com.py
    phone | phone | 0981 123456 | 0971 654321 | 0985 332211
    estado | - | pendiente | aprobado | pendiente
  `),
  set({ id: 'mixed-mensajes-contacto-idmensaje-message', kind: 'Spanish-language site\'s contact message table with Spanish and English column names (message id, name, e-mail, phone, message), a stored procedure', lang: 'mixed', defaultCountry: 'PE', source: 'index:3705584493 (a site\'s contact message stored procedure, MySQL)' }, `
    idmensaje | - | MEN001 | MEN002 | MEN003
    nombre | name | ROSARIO QUISPE | MIGUEL ÁNGEL TORRES | KATHERINE SALAZAR
    email | email | ROSARIO.QUISPE@EXAMPLE.PE | MATORRES@EXAMPLE.COM | K.SALAZAR@EXAMPLE.PE
    phone | phone | 987654321 | 912345678 | 956781234
    message | - | QUISIERA UNA COTIZACIÓN | ¿TIENEN ENVÍOS A AREQUIPA? | CONSULTA SOBRE HORARIOS
  `),
];
