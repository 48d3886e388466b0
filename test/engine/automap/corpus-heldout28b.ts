// The twenty-eighth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files and English ones from schools, nonprofits, volunteer groups, events and Google Forms; the
// other half, corpus-heldout28a.ts, holds English, German, Dutch and mixed-language files): 56 header sets (358
// columns, 226 of them expected to map; 12 Spanish, 12 Portuguese, 12 French, 12 Italian, 8 English; 3 files without
// a header row, 2 with a line above it (a "sep=;" line, a "==== MEMBERS DATA ====" section title); the widest sets
// have 11 to 15 columns: no file of 20 or more columns was found unused in time)
// from sources none of the other parts use, found in the public code index with exact-string searches for everyday
// header lines in these languages (patient, client, guest, member, pupil, employee, volunteer and participant lists,
// association, school and event registers, shop, booking and admin exports, importer templates and their tests,
// Google Forms responses, database tables) and written down, with the mapping a careful person would choose by the
// field definitions and the rules, BEFORE the mapper was run on them and without reading the lexicon or the
// mapper. "index:N" names the index file the header text was read from (the index does not name its repository); the
// kind says what the file is. Sample values are made up in the shape of each file's own (no personal data or example
// rows from the sources are copied). Byte-order marks and a header cell's trailing spaces cannot be written in the
// table and are left out (a set's comment says where). A trailing empty column is written as "". No set's headers
// repeat an older part's (each was compared lower-cased; the files without a header row aside).
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

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout28' }, table);

export const HELDOUT28B: CorpusSet[] = [
  set({ id: 'es-mensajes-contacto-procedimiento-empresa-asunto', kind: 'Spanish clothing shop\'s contact-form messages as its stored procedure lists them (first name, surname, e-mail, company, date, subject, message)', lang: 'es', defaultCountry: 'CO', source: 'index:28424814322 (a clothing shop\'s MySQL dump, stored procedures)' }, `
    Nombre | firstName | Yurani | Esteban | Paola
    Apellido | lastName | Ospina | Cardona | Gil
    Correo | email | yurani.ospina@example.co | ecardona@example.com | paola.gil@example.com
    Empresa | companyName | Confecciones Aburrá | "" | Moda Gil SAS
    Fecha | - | 2026-03-14 | 2026-03-15 | 2026-03-20
    Asunto | - | Pedido al por mayor | Cambio de talla | Catálogo
    mensaje | - | Quisiera cotizar 50 camisas | La talla M me quedó grande | Envíenme el catálogo 2026
  `),
  set({ id: 'es-usuarios-tabla-identificacion-celular-rol', kind: 'Colombian web app\'s users table as its insert writes it (identification number, first name, surname, e-mail, mobile, role, password)', lang: 'es', defaultCountry: 'CO', source: 'index:32111254957 (a PHP user model\'s SQL insert)' }, `
    identificacion | - | 1036598741 | 43876521 | 1128456390
    nombre | firstName | Deisy | Jhon Fredy | Marcela
    apellido | lastName | Agudelo | Restrepo | Zapata
    correo | email | deisy.agudelo@example.co | jfrestrepo@example.com | mzapata@example.co
    celular | phone | 3014567821 | 3108765432 | 3206543219
    rol | - | 2 | 1 | 2
    contrasena | - | 5f4dcc3b5aa765d6 | e99a18c428cb38d5 | 25d55ad283aa400a
  `),
  set({ id: 'pt-edital-inscritos-export-consentimento', kind: 'Brazilian contest app\'s applicants CSV export, semicolon-separated (name, e-mail, phone, consent time)', lang: 'pt', defaultCountry: 'BR', source: 'index:70503169078 (a contest app\'s acceptance checklist, CSV columns)' }, `
    nome | name | Anderson Queiroz | Beatriz Lacerda | Mirela Costa
    email | email | anderson.queiroz@example.com | bia.lacerda@example.com.br | mirela.c@example.com
    telefone | phone | (85) 99812-3344 | (85) 98701-2233 | (88) 99654-1100
    consentimento_em | - | 2026-05-02T14:22:10Z | 2026-05-03T09:05:44Z | 2026-05-03T21:40:02Z
  `),
  set({ id: 'en-event-volunteers-csv-role-shift', kind: 'nonprofit event volunteer app\'s per-event volunteers CSV in its tests (volunteer name, e-mail, role, shift, status)', lang: 'en', source: 'index:70503029938 (an event analytics module\'s CSV test, node:test)' }, `
    Volunteer Name | name | Rosa Delgado | Marcus Webb | Hannah Price
    Email | email | rosa.delgado@example.com | marcus.webb@example.org | hprice@example.com
    Role | - | Welcome Desk | Parking | Food Table
    Shift | - | 8:00-10:00 | 10:00-12:00 | 8:00-10:00
    Status | - | Confirmed | Checked in | Cancelled
  `),
  set({ id: 'en-sterling-volunteers-background-checks-csv', kind: 'church or youth nonprofit\'s Sterling Volunteers background-check export as its importer tests read it (volunteer name, e-mail, birth date, completed and expiry dates, status)', lang: 'en', source: 'index:69455540346 (a volunteer screening importer\'s test, Vitest)' }, `
    Volunteer Name | name | Alvarez, Diego | Kim Nguyen | Porter, Beth
    Email Address | email | diego.alvarez@example.test | kim.nguyen@example.com | ""
    Date of Birth | dateOfBirth | 2/14/1982 | 11/3/1995 | 7/30/1969
    Date Completed | - | 8/12/2026 9:30 AM | 8/20/2026 2:05 PM | 9/1/2026 11:00 AM
    Expiration Date | - | 8/12/2029 | 8/20/2029 | 9/1/2029
    Status | - | Clear | Clear | Pending
  `),
  set({ id: 'en-tutoring-students-google-form-year-level', kind: 'school peer-tutoring matcher\'s student sign-up Google Form CSV (timestamp, e-mail, first and last name, year level)', lang: 'en', defaultCountry: 'AU', source: 'index:65917372561 (a tutoring matcher\'s CSV check, Python)' }, `
    Timestamp | - | 2026/02/10 8:15:22 AM | 2026/02/10 8:17:40 AM | 2026/02/11 3:02:05 PM
    Email Address | email | ella.watson@example.edu.au | liam.brooks@example.edu.au | zara.hussain@example.edu.au
    First Name | firstName | Ella | Liam | Zara
    Last Name | lastName | Watson | Brooks | Hussain
    Year Level | - | Year 8 | Year 10 | Year 7
  `),
  set({ id: 'es-co-sst-trabajadores-formato-salida-arl', kind: 'Colombian occupational-safety app\'s workers output format, a semicolon CSV (document type, document number, first and second given names, first and second surnames, sex, country, birth date, education level, distribution, job, sector, company, ARL insurer)', lang: 'es', defaultCountry: 'CO', source: 'index:58539517072 (an occupational-safety report page, CSV output format, HTML)' }, `
    CC | - | CC | CC | CE
    Número documento | - | 1017234567 | 43987654 | 5123498
    Primer nombre | firstName | Jhonatan | Luz | María José
    Segundo nombre | - | Andrés | Marina | ""
    Primer apellido | lastName | Valencia | Arango | Pérez
    Segundo apellido | - | Ríos | Gómez | Linares
    Sexo | - | M | F | F
    País | country | Colombia | Colombia | Venezuela
    Fecha nacimiento | dateOfBirth | 1991-05-12 | 1978-10-03 | 1996-01-27
    Nivel educativo | - | Técnico | Profesional | Bachiller
    Distribución | - | Operativo | Administrativo | Operativo
    Cargo | - | Soldador | Contadora | Auxiliar de bodega
    Sector | - | Construcción | Construcción | Logística
    # The employer named in a workers list is the person's company.
    Empresa | companyName | Estructuras del Valle SAS | Estructuras del Valle SAS | Bodegas Andinas SAS
    ARL | - | SURA | Positiva | Colmena
  `),
  set({ id: 'es-instituto-alumnos-fichero-curso-grupo', kind: 'Spanish secondary school app\'s pupil upload file format, a semicolon CSV ending in a separator (first name, first and second surnames, e-mail, course, group)', lang: 'es', defaultCountry: 'ES', source: 'index:68534930911 (a school app\'s CSV upload page, Blade)' }, `
    Nombre | firstName | Adrián | Carla | Hugo
    Primer apellido | lastName | Moreno | Serrano | Domínguez
    Segundo apellido | - | Gil | Pascual | Vera
    Email | email | adrian.moreno@example.es | carla.serrano@example.es | hugo.dominguez@example.es
    Curso | - | 2º ESO | 1º Bachillerato | 2º ESO
    Grupo | - | B | A | C
    "" | - | "" | "" | ""
  `),
  set({ id: 'es-escuela-alumnos-export-dni-clase', kind: 'Catalan school app\'s pupils CSV export, semicolon-separated (DNI, first name, first and second surnames, phone, e-mail, class)', lang: 'es', defaultCountry: 'ES', source: 'index:33216735135 (a school app\'s pupils export, PHP)' }, `
    DNI | - | 47123456X | 47987654B | 39123789K
    Nombre | firstName | Pol | Laia | Arnau
    Primer Apellido | lastName | Vidal | Soler | Puig
    Segundo Apellido | - | Martí | Roca | Ferrer
    Telefono | phone | 612 345 678 | 934 567 890 | 677 889 900
    Email | email | pol.vidal@example.cat | laia.soler@example.com | ""
    Clase | - | 1r ESO A | 2n ESO B | 1r ESO A
  `),
  set({ id: 'es-personas-formulario-bind-contrasena', kind: 'Spanish web app\'s people form as its controller binds it (id, first name, surnames, e-mail, phone, password)', lang: 'es', defaultCountry: 'ES', source: 'index:67323003372 (an ASP.NET people controller, C#)' }, `
    Id | externalId | 7 | 8 | 12
    Nombre | firstName | Inés | Bruno | Alba
    Apellidos | lastName | Castro Vega | Mora | Iglesias Nieto
    Correo | email | ines.castro@example.es | bruno.mora@example.com | alba.iglesias@example.es
    Telefono | phone | 654 321 098 | 622 110 987 | 699 887 766
    Contrasena | - | ******** | ******** | ********
  `),
  set({ id: 'es-mx-empleados-tabla-puesto-status', kind: 'Mexican small business app\'s employees table as its insert writes it (first name, surnames, e-mail, phone, position, status)', lang: 'es', defaultCountry: 'MX', source: 'index:23174751133 (a PHP employee insert)' }, `
    nombre | firstName | Guadalupe | Ricardo | Itzel
    apellidos | lastName | Hernández Ruiz | Salinas | Cruz Ortega
    correo | email | lupita.hernandez@example.mx | rsalinas@example.com | itzel.cruz@example.mx
    telefono | phone | 5512345678 | 3311223344 | 8187654321
    puesto | - | Cajera | Gerente | Mesera
    status | - | 1 | 1 | 1
  `),
  set({ id: 'es-clientes-select-cod-identificacion-celular', kind: 'Spanish-language client table as a desktop program reads it (client code, identification number, first name, surnames, e-mail, phone, mobile, address)', lang: 'es', defaultCountry: 'CR', source: 'index:13188350505 (a client data access class, C#)' }, `
    cod_cliente | externalId | 1001 | 1002 | 1010
    num_identificacion | - | 1-1234-0567 | 2-0456-0789 | 1-0987-0654
    nombre | firstName | Marco | Silvia | Andrés
    apellidos | lastName | Solano Mora | Jiménez | Vargas Castro
    correo | email | marco.solano@example.cr | sjimenez@example.com | ""
    # A phone next to a mobile: the untyped phone is the main one, the mobile an additional one.
    telefono | phone | 2222 3344 | 2440 5566 | ""
    telefono_celular | additionalPhones | 8888 1122 | "" | 8765 4321
    direccion | address1 | San Pedro, Montes de Oca | Alajuela centro | Heredia, San Francisco
  `),
  // --------------------------------------------------------------------------------------------------- Portuguese
  set({ id: 'pt-crm-leads-importacao-canal-campanha-obs', kind: 'Brazilian clinic CRM\'s lead list import in its end-to-end test, semicolon-separated (full name, e-mail, mobile, channel, campaign, notes)', lang: 'pt', defaultCountry: 'BR', source: 'index:71130648394 (a CRM\'s lead import e2e test, TypeScript)' }, `
    Nome Completo | name | Joana Prado | Marcelo Freire | Denise Amaral
    E-mail | email | joana.prado@example.com | marcelo.freire@example.com.br | ""
    Celular | phone | (11) 97777-1020 | (11) 98888-3040 | (11) 96666-5060
    # The channel a lead came through is the Source.
    Canal | source | Instagram | Indicação | Google
    Campanha | - | Feira de saúde 2026 | "" | Check-up outubro
    Observações | - | primeira consulta | "" | ligar à tarde
  `),
  set({ id: 'pt-keycloak-usuarios-relatorio-importacao-grupos', kind: 'Brazilian identity admin tool\'s user import report, a semicolon CSV with a BOM (line, UID, username, first name, surname, e-mail, status, required actions, groups added, already had, failed, missing, warnings, message)', lang: 'pt', defaultCountry: 'BR', source: 'index:70674608034 (an identity admin tool\'s import report test, TypeScript)' }, `
    # The source writes a byte-order mark before "Linha", which the table cannot hold.
    Linha | - | 2 | 3 | 4
    # The user's id in the identity system is the External ID; the username beside it is a second id, not imported.
    UID | externalId | 5f2c1e7a-1b2c-4d3e-9f10-a1b2c3d4e5f6 | 8a9b0c1d-2e3f-4a5b-6c7d-8e9f0a1b2c3d | ""
    Username | - | fernanda.moura | paulo.reis | lucia.campos
    Nome | firstName | Fernanda | Paulo | Lúcia
    Sobrenome | lastName | Moura | Reis | Campos
    Email | email | fernanda.moura@example.gov.br | paulo.reis@example.gov.br | lucia.campos@example.gov.br
    Status | - | criado | atualizado | erro
    Ações obrigatórias | - | UPDATE_PASSWORD | "" | ""
    Grupos adicionados | - | servidores | servidores,ti | ""
    Grupos que já possuía | - | "" | servidores | ""
    Grupos com falha | - | "" | "" | ""
    Grupos inexistentes | - | "" | "" | estagiarios
    Avisos | - | "" | "" | ""
    Mensagem | - | Usuário criado | Usuário atualizado | E-mail já em uso
  `),
  set({ id: 'pt-educacao-usuarios-modelo-perfil-escola-rede', kind: 'Brazilian education platform\'s user import template, semicolon-separated (first name, surname, e-mail, profile, status, password, school, network)', lang: 'pt', defaultCountry: 'BR', source: 'index:24085353428 (an education platform\'s admin users page, CSV template, React)' }, `
    nome | firstName | Cristiane | Wellington | Mariana
    sobrenome | lastName | Araújo | Santos | Oliveira
    email | email | cristiane.araujo@example.com | wellington.santos@example.com | mariana.oliveira@example.com
    perfil | - | educator | educator | manager
    status | - | active | active | inactive
    senha | - | "" | "" | ""
    # The school an educator works at is the person's employer.
    escola | companyName | EMEF Monteiro Lobato | Escola Estadual Dom Pedro II | EMEF Monteiro Lobato
    rede | - | Municipal | Estadual | Municipal
  `),
  // --------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-salle-sport-invitations-formule', kind: 'French gym app\'s member invitations file in its tests, a semicolon CSV from Excel (first name, surname, e-mail, plan)', lang: 'fr', defaultCountry: 'FR', source: 'index:63522950961 (a gym app\'s invitation CSV parser test, Vitest)' }, `
    Prénom | firstName | Élise | Yanis | Margaux
    Nom | lastName | Durieux | Haddad | Lenoir
    Courriel | email | elise.durieux@example.fr | yanis.haddad@example.com | margaux.lenoir@example.fr
    Formule | - | Illimité | 10 séances | Illimité
  `),
  set({ id: 'fr-exemple-lignes-id-newsletter', kind: 'French CSV reading example\'s data, semicolon-separated (id, first name, surname, e-mail, newsletter flag)', lang: 'fr', defaultCountry: 'FR', source: 'index:32370828334 (a CSV reading example, C#)' }, `
    Id | externalId | 1 | 2 | 3
    Prénom | firstName | Gaëlle | Florent | Anaïs
    Nom | lastName | Poirier | Vasseur | Collin
    Courriel | email | gaelle.poirier@example.fr | fvasseur@example.com | anais.collin@example.fr
    Newsletter | - | 1 | 0 | 1
  `),
  set({ id: 'fr-esn-consultants-import-tjm-disponibilite', kind: 'French IT consultancy app\'s consultants import CSV in its tests, semicolon-separated (first name, surname, e-mail, position, seniority, skills, daily rate, availability)', lang: 'fr', defaultCountry: 'FR', source: 'index:71546002616 (a consultants CSV import test, Vitest)' }, `
    Prénom | firstName | Sébastien | Amandine | Karim
    Nom | lastName | Royer | Texier | Belkacem
    Courriel | email | sebastien.royer@example.fr | amandine.texier@example.com | k.belkacem@example.fr
    Poste | - | Développeur Java | Cheffe de projet | DevOps
    Séniorité | - | Confirmé | Senior | Junior
    Compétences | - | Java, Spring | Scrum ; Jira | Docker | Ansible
    TJM | - | 550 | 700 | 420
    Disponibilité | - | Disponible | En mission | Disponible
  `),
  set({ id: 'fr-ca-agendrix-employes-archives', kind: 'Quebec employer\'s Agendrix roster export of archived staff, a semicolon Latin-1 CSV (first name, surname, e-mail, archived on)', lang: 'fr', defaultCountry: 'CA', source: 'index:56115632532 (a staff roster import script, TypeScript)' }, `
    Prénom | firstName | Mélanie | Jean-François | Geneviève
    Nom | lastName | Tremblay | Gagnon | Bouchard
    Courriel | email | melanie.tremblay@example.ca | jf.gagnon@example.com | ""
    Archivé le | - | 2025-06-30 | 2024-12-20 | 2025-09-01
  `),
  set({ id: 'fr-crm-import-societe-siren-contact', kind: 'French small-business CRM\'s import file in its browser test, semicolon-separated (company, SIREN, first name, surname, e-mail)', lang: 'fr', defaultCountry: 'FR', source: 'index:70084387465 (a CRM import browser test, Ruby)' }, `
    # The rows are companies with a contact person: the company is the Company name.
    Société | companyName | Menuiserie Aubry | Boulangerie Lecomte | Garage Perret
    SIREN | - | 812345678 | 534567890 | 401234567
    Prénom | firstName | Denis | Sophie | ""
    Nom | lastName | Aubry | Lecomte | ""
    Courriel | email | denis@aubry-menuiserie.example.fr | contact@lecomte.example.fr | ""
  `),
  set({ id: 'fr-ca-clients-csv-ansi-courriel', kind: 'Quebec address app\'s contacts CSV from Excel in Windows-1252, in its tests (first name, surname, e-mail)', lang: 'fr', defaultCountry: 'CA', source: 'index:59701214751 (a contacts CSV decoding test, TypeScript)' }, `
    Prénom | firstName | Françoise | Benoît | Léonie
    Nom | lastName | L'Heureux | Bélanger | Ouellet
    Courriel | email | francoise.lheureux@example.ca | benoit.belanger@example.ca | leonie.ouellet@example.com
  `),
  set({ id: 'fr-club-photo-participants-categorie-lien', kind: 'French photo club\'s contest entries list built from its registration system (category, link, surname, first name, e-mail)', lang: 'fr', defaultCountry: 'FR', source: 'index:7468476154 (a photo club site\'s admin controller, PHP)' }, `
    # The category and the link are the entry's (a photo), not the person's: not imported.
    CATEGORIE | - | Nature | Portrait | Nature
    LIEN | - | https://photos.example.fr/p/1842 | https://photos.example.fr/p/1850 | https://photos.example.fr/p/1861
    NOM | lastName | LEROUX | GUERIN | BRUNET
    PRENOM | firstName | Patrice | Annick | Damien
    MAIL | email | patrice.leroux@example.fr | annick.guerin@example.com | dbrunet@example.fr
  `),
  set({ id: 'fr-cnfs-conseillers-formation-id-structure', kind: 'French digital-advisers programme\'s training list written by a script, semicolon-separated (surname, first name, programme e-mail, training start and end dates, structure id, adviser id)', lang: 'fr', defaultCountry: 'FR', source: 'index:23437672310 (a programme\'s export script, JavaScript)' }, `
    Nom | lastName | Masson | Hamidi | Joly
    Prenom | firstName | Céline | Nadir | Romain
    # The programme mailbox is the only e-mail of the adviser: the E-mail.
    Mail CNFS | email | celine.masson@example.fr | nadir.hamidi@example.fr | romain.joly@example.fr
    Date de départ en formation | - | 06/09/2021 | 13/09/2021 | 04/10/2021
    Date de fin de formation | - | 03/12/2021 | 10/12/2021 | 21/01/2022
    ID structure | - | 5432 | 6120 | 5432
    # The adviser's id in the programme's system is the External ID.
    ID conseiller | externalId | 10234 | 10301 | 10355
  `),
  set({ id: 'fr-iut-etudiants-import-nom-prenom-mail', kind: 'French college app\'s student import file, the upper-case header line its upload checks, semicolon-separated (surname, first name, e-mail)', lang: 'fr', defaultCountry: 'FR', source: 'index:43838647312 (a student import page, PHP)' }, `
    NOM | lastName | MARTEL | FABRE | HENRY
    PRENOM | firstName | Quentin | Océane | Maxime
    MAIL | email | quentin.martel@example.fr | oceane.fabre@example.fr | maxime.henry@example.fr
  `),
  set({ id: 'fr-personnes-fichier-texte-sans-entete-motdepasse', kind: 'French PHP exercise\'s people text file, semicolon-separated without a header line (surname, first name, e-mail, phone, password)', lang: 'fr', defaultCountry: 'FR', noHeader: true, source: 'index:33026281259 (a PHP login exercise reading personnes.txt)' }, `
    "" | lastName | Rolland | Bailly | Carpentier
    "" | firstName | Justine | Alexis | Noémie
    "" | email | justine.rolland@example.fr | alexis.bailly@example.com | noemie.c@example.fr
    "" | phone | 0612457890 | 0788990011 | 0322445566
    "" | - | soleil2024 | azerty12 | chat!noir
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-donations-validator-campaign-title', kind: 'small nonprofit\'s donation export as a data-cleaning tool\'s tests read it (donation id, date, donor name, e-mail, phone, amount, campaign)', lang: 'en', source: 'index:55796156108 (a donation data validator\'s test, pytest)' }, `
    Donation ID | - | GB1042 | GB1043 | GB1051
    Date | - | 2026-05-25 | 2026-05-25 | 2026-05-27
    Donor Name | name | Teresa Quinn | Howard Baker | Lucia Romero
    Email | email | tquinn@example.com | howard.baker@example.net | lucia.romero@example.org
    Phone | phone | 4155550182 | (510) 555-0134 | ""
    Amount | - | 100.00 | 25.00 | 250.00
    Campaign Title | - | General Fund | Spring Appeal | General Fund
  `),
  set({ id: 'en-in-donations-export-receipt-rupees', kind: 'Indian charity\'s donations CSV export (receipt number, donor name, e-mail, phone, amount in rupees, payment method, status, transaction id, date)', lang: 'en', defaultCountry: 'IN', source: 'index:56319711184 (a charity back-end\'s donations export route, JavaScript)' }, `
    Receipt Number | - | RCPT-2026-00412 | RCPT-2026-00413 | RCPT-2026-00420
    Donor Name | name | Ananya Iyer | Rohit Malhotra | Sneha Kulkarni
    Email | email | ananya.iyer@example.in | rohit.m@example.com | sneha.k@example.in
    Phone | phone | 98450 12345 | 99101 23456 | 98220 34567
    Amount (₹) | - | 5000 | 1100 | 2500
    Payment Method | - | UPI | Card | NetBanking
    Status | - | success | success | pending
    Transaction ID | - | pay_N8x2Kq1 | pay_N8x3Lr2 | pay_N8y4Ms3
    Date | - | 12/03/2026 | 12/03/2026 | 14/03/2026
  `),
  set({ id: 'pt-oficina-clientes-export-cpf-cnpj-endereco', kind: 'Brazilian service business app\'s customers CSV export (name, phone, e-mail, CPF/CNPJ, street, number, city, state, postcode, registered at)', lang: 'pt', defaultCountry: 'BR', source: 'index:61416867361 (a business app\'s customers endpoint, CSV export, C#)' }, `
    Nome | name | Adriana Pacheco | Oficina Duarte Ltda | Roberto Siqueira
    Telefone | phone | (27) 99812-3456 | (27) 3322-4455 | (28) 99901-2233
    E-mail | email | adriana.pacheco@example.com.br | contato@duarte.example.com.br | ""
    CPF/CNPJ | - | 123.456.789-09 | 12.345.678/0001-95 | 987.654.321-00
    Rua | address1 | Rua Sete de Setembro | Av. Vitória | Rua das Palmeiras
    Número | - | 120 | 2045 | 18
    Cidade | city | Vitória | Vila Velha | Cachoeiro de Itapemirim
    Estado | state | ES | ES | ES
    CEP | postalCode | 29015-000 | 29101-300 | 29300-100
    Cadastrado em | - | 12/04/2025 | 03/07/2025 | 28/10/2025
  `),
  set({ id: 'pt-escola-captacao-responsaveis-aluno-serie-origem', kind: 'Brazilian school\'s enrolment leads CSV export with a BOM, the parents who asked (name, phone, e-mail, pupil, grade, origin, last contact)', lang: 'pt', defaultCountry: 'BR', source: 'index:60375169208 (a school CRM\'s leads page, CSV export, React)' }, `
    # In a list of parents the parent is the contact; the pupil's name and grade are not imported.
    Nome | name | Kátia Moraes | Alexandre Pinheiro | Simone Brito
    Telefone | phone | (11) 99876-2233 | (11) 98765-4411 | (11) 97654-8899
    E-mail | email | katia.moraes@example.com | alexandre.p@example.com.br | ""
    Aluno | - | Pedro Moraes | Lívia Pinheiro | Enzo Brito
    Série | - | 5º ano | 1º ano EM | Maternal II
    Origem | source | Instagram | Indicação | Google
    Último contato | - | 20/11/2026 | 25/11/2026 | 01/12/2026
  `),
  set({ id: 'pt-barbearia-clientes-importacao-etiquetas', kind: 'Brazilian salon SaaS\'s client import CSV in its load test (name, phone, e-mail, labels)', lang: 'pt', defaultCountry: 'BR', source: 'index:67331303496 (a client import performance test, TypeScript)' }, `
    Nome | name | Diego Ramos | Priscila Andrade | Felipe Coelho
    Telefone | phone | 11998761234 | 11987650011 | 11976543322
    E-mail | email | diego.ramos@example.com | "" | felipe.coelho@example.com.br
    Etiquetas | tags | vip | "" | barba,mensal
  `),
  set({ id: 'pt-contatos-arquivo-teste-endereco-bairro-cep', kind: 'Brazilian contacts app\'s exported file in its import test (id, name, phone, e-mail, street, number, neighbourhood, city, state, postcode, created at)', lang: 'pt', defaultCountry: 'BR', source: 'index:1587761951 (a contacts import feature test, PHP)' }, `
    ID | externalId | 6 | 7 | 9
    Nome | name | Regina Falcão | Murilo Antunes | Tânia Brandão
    Telefone | phone | 81998761122 | 81987653344 | 8133224455
    E-mail | email | regina.falcao@example.org | murilo.antunes@example.com | tania.b@example.com.br
    Endereço | address1 | Rua da Aurora | Av. Boa Viagem | Rua do Hospício
    Número | - | 325 | 4100 | 77
    Bairro | - | Boa Vista | Boa Viagem | Boa Vista
    Cidade | city | Recife | Recife | Recife
    Estado | state | PE | PE | PE
    CEP | postalCode | 50050-000 | 51021-000 | 50060-080
    Criado em: | - | 10/10/2025 | 10/10/2025 | 11/10/2025
  `),
  set({ id: 'pt-clientes-importacao-acentos-nascimento-obs', kind: 'Brazilian beauty studio app\'s client CSV in its end-to-end import test (name, phone, e-mail, birth date, notes)', lang: 'pt', defaultCountry: 'BR', source: 'index:70239903773 (a client import e2e test, Playwright)' }, `
    Nome | name | Érica Souza | Gilberto Lins | Natália Prado
    Telefone | phone | 2198765432 | 2197654321 | 2196543210
    E-mail | email | erica.souza@example.com | gilberto.lins@example.com | ""
    Data de nascimento | dateOfBirth | 1990-02-28 | 1985-07-14 | 2000-11-03
    Observações | - | Cliente com acentuação | "" | Prefere WhatsApp
  `),
  set({ id: 'pt-barbearia-modelo-clientes-nascimento', kind: 'Brazilian barbershop system\'s client CSV template (name, phone, e-mail, birth date)', lang: 'pt', defaultCountry: 'BR', source: 'index:62261312752 (a barbershop system\'s import templates, TypeScript)' }, `
    Nome | name | Wesley Farias | Jéssica Cunha | Otávio Leal
    Telefone | phone | (11) 91234-5670 | (11) 92345-6781 | (11) 93456-7892
    E-mail | email | wesley.farias@example.com | jessica.cunha@example.com.br | ""
    Nascimento | dateOfBirth | 15/03/1992 | 02/08/1988 | 21/12/2001
  `),
  set({ id: 'pt-agenda-contatos-importacao-endereco-notas', kind: 'Brazilian contacts app\'s CSV import in its request specs (name, phone, e-mail, address, notes)', lang: 'pt', defaultCountry: 'BR', source: 'index:71053693512 (a contacts import request spec, RSpec)' }, `
    nome | name | Marta Rezende | Caetano Lopes | Iara Fontes
    telefone | phone | (31) 99123-4567 | (31) 3281-2233 | ""
    e-mail | email | marta.rezende@example.com | caetano.l@example.com | iara.fontes@example.com.br
    endereço | address1 | Rua da Bahia, 1200, Belo Horizonte | Av. Afonso Pena, 500 | ""
    notas | - | Cliente antiga | "" | Conheci na feira
  `),
  set({ id: 'pt-crm-loja-leads-export-vendedor-vip', kind: 'Brazilian store CRM\'s leads CSV export (name, phone, e-mail, salesperson, status, origin, VIP, total spent, updated at)', lang: 'pt', defaultCountry: 'BR', source: 'index:54614101432 (a store CRM\'s leads page, CSV export, React)' }, `
    Nome | name | Luciana Prates | Rodrigo Viana | Bianca Salles
    Telefone | phone | (11) 99871-2345 | (11) 98762-3456 | (11) 97653-4567
    E-mail | email | luciana.prates@example.com | rviana@example.com.br | ""
    # The salesperson the lead is assigned to is the Contact owner.
    Vendedor | owner | Carla | Jefferson | Carla
    Status | - | Novo | Em negociação | Cliente
    Origem | source | Instagram | Loja física | Site
    VIP | - | Não | Sim | Não
    Total Gasto | - | 0,00 | 1.250,90 | 389,00
    Data de Atualizacao | - | 01/12/2026 | 28/11/2026 | 30/11/2026
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-personale-import-nominativo-email', kind: 'Italian HR app\'s staff import file in its tests, semicolon-separated (full name, e-mail)', lang: 'it', defaultCountry: 'IT', source: 'index:71396624482 (a staff import planner\'s test, Vitest)' }, `
    Nominativo | name | Marco Colombo | Giada Ferrante | Luigi Esposito
    Email | email | marco.colombo@example.it | giada.ferrante@example.it | ""
  `),
  set({ id: 'it-biblioteca-soci-tessera-cognome-nome', kind: 'Italian library\'s members file in a database import tool\'s tests, semicolon-separated (card number, surname, first name)', lang: 'it', defaultCountry: 'IT', source: 'index:70561738915 (a CSV-to-database import planner\'s test, Java)' }, `
    # The library card number is the member's id in the library's system.
    tessera | externalId | T0000001 | T0000002 | T0000015
    cognome | lastName | Rossetti | Marchi | Zanetti
    nome | firstName | Anna | Paolo | Irene
  `),
  set({ id: 'it-studenti-file-senza-intestazione-classe-professore', kind: 'Italian school app\'s students file, semicolon-separated without a header line (e-mail, first name, surname, password hash, class, teacher\'s e-mail, login provider)', lang: 'it', defaultCountry: 'IT', noHeader: true, source: 'index:63034723141 (a school app\'s students CSV DAO, Java)' }, `
    "" | email | giorgia.costa@example.it | filippo.neri@example.it | sara.bellucci@example.it
    "" | firstName | Giorgia | Filippo | Sara
    "" | lastName | Costa | Neri | Bellucci
    "" | - | $2a$10$Qw3rTy | $2a$10$As9dFg | ""
    "" | - | 3A | 3A | 4B
    # The teacher's e-mail is another person's: not imported.
    "" | - | prof.ricci@example.it | prof.ricci@example.it | prof.gatti@example.it
    "" | - | LOCAL | LOCAL | GOOGLE
  `),
  set({ id: 'it-crm-contatti-import-tag-citta', kind: 'Italian small CRM\'s contacts import CSV in its tests, semicolon-separated (e-mail, first name, surname, phone, tag, town)', lang: 'it', defaultCountry: 'IT', source: 'index:70318518454 (a CRM service test, node:test)' }, `
    Email | email | anna.verri@example.it | tommaso.gallo@example.com | ""
    Nome | firstName | Anna | Tommaso | Ludovica
    Cognome | lastName | Verri | Gallo | Marchetti
    Telefono | phone | +393331234567 | +390612345678 | +393409876543
    Tag | tags | Lead|Evento | Cliente | Lead
    Citta | city | Roma | Roma | Latina
  `),
  set({ id: 'it-corsi-utenti-import-gruppo', kind: 'Italian e-learning site\'s user import file in its tests, semicolon-separated (e-mail, first name, surname, group)', lang: 'it', defaultCountry: 'IT', source: 'index:71097413722 (a user import check script, PHP)' }, `
    email | email | mario.sala@example.it | chiara.dini@example.it | paolo.greco@example.com
    nome | firstName | Mario | Chiara | Paolo
    cognome | lastName | Sala | Dini | Greco
    # The group the user is put in is a group the person belongs to: Tags.
    gruppo | tags | Classe A | Classe B | Classe A
  `),
  set({ id: 'it-ecommerce-report-clienti-ordini-localita', kind: 'Italian e-commerce\'s customer orders report CSV, semicolon-separated (registration date, e-mail, first name, surname, town, province, country, order number, order date, amount, discount code)', lang: 'it', defaultCountry: 'IT', source: 'index:44428068967 (an e-commerce report generator, Java)' }, `
    Data Registrazione | - | 12/01/2025 | 03/03/2025 | 28/06/2025
    Indirizzo Email | email | lara.fumagalli@example.it | enzo.pace@example.com | silvana.rota@example.it
    Nome | firstName | Lara | Enzo | Silvana
    Cognome | lastName | Fumagalli | Pace | Rota
    Localita | city | Monza | Bergamo | Lecco
    Provincia | state | MB | BG | LC
    Nazione | country | Italia | Italia | Italia
    Ordine # | - | 100245 | 100251 | 100302
    Data Ordine | - | 15/01/2025 | 04/03/2025 | 29/06/2025
    Importo Ordine | - | 89,90 | 45,00 | 132,50
    Codice Sconto | - | BENVENUTO10 | "" | ESTATE
  `),
  set({ id: 'it-utenti-tabella-cod-fiscale-password', kind: 'Italian sign-up page\'s users table as its insert writes it (tax code, first name, surname, phone, e-mail, password)', lang: 'it', defaultCountry: 'IT', source: 'index:30021812789 (a sign-up page\'s SQL insert, PHP)' }, `
    cod_fiscale | - | BNCLGU90A01H501A | RSSMRT88B42F205B | VRDGPP75C03L219C
    nome | firstName | Luigi | Marta | Giuseppe
    cognome | lastName | Bianco | Russo | Verdi
    telefono | phone | 347 123 9876 | 02 3344 5566 | 011 998 7766
    email | email | luigi.bianco@example.it | marta.russo@example.com | giuseppe.verdi@example.it
    password | - | ******** | ******** | ********
  `),
  set({ id: 'it-utente-registrazione-tabella-password', kind: 'Italian site\'s user table as its registration insert writes it (first name, surname, phone, e-mail, password)', lang: 'it', defaultCountry: 'IT', source: 'index:13250062138 (a registration page\'s SQL insert, PHP)' }, `
    nome | firstName | Debora | Samuele | Agnese
    cognome | lastName | Carta | Vitali | Orsini
    telefono | phone | 340 556 7788 | 0733 221100 | 331 009 8877
    email | email | debora.carta@example.it | samuele.vitali@example.com | agnese.orsini@example.it
    password | - | ******** | ******** | ********
  `),
  set({ id: 'it-registro-studenti-incolla-cognome-nome', kind: 'Italian class register app\'s pupil list pasted from Excel, one pupil a line without a header (surname, first name)', lang: 'it', defaultCountry: 'IT', noHeader: true, source: 'index:71633964831 (a class register\'s pupils page, PHP)' }, `
    "" | lastName | Ferretti | Morelli | Cirillo
    "" | firstName | Giacomo | Arianna | Kevin
  `),
  set({ id: 'es-whatsapp-clientes-export-sep-cumpleanos', kind: 'Spanish-language small business client list exported for Excel with a "sep=;" line above the header (first name, surname, e-mail, phone, birthday, comments)', lang: 'es', defaultCountry: 'MX', above: [['sep=;']], source: 'index:69574045659 (a client list page\'s CSV export, JavaScript)' }, `
    Nombre | firstName | Fernanda | Alejandro | Mariana
    Apellido | lastName | Ríos | Treviño | Castañeda
    Correo | email | fer.rios@example.mx | atrevino@example.com | ""
    Telefono | phone | 81 1234 5678 | 55 8765 4321 | 33 2345 6789
    Cumpleanos | dateOfBirth | 1994-06-18 | 1987-02-03 | 2000-12-11
    Comentarios | - | Clienta frecuente | "" | Pidió descuento
  `),
  set({ id: 'es-tienda-clientes-insert-tarjeta-cartera-pedidos', kind: 'Spanish online shop\'s customers table as its SQL seed inserts it (id, first name, surnames, DNI, e-mail, address, city, credit card, birth date, wallet, phone, postcode, orders, username)', lang: 'es', defaultCountry: 'ES', source: 'index:196486563 (an online shop\'s data seed, SQL)' }, `
    id | externalId | 1 | 2 | 3
    nombre | firstName | Iván | Marta | Jorge
    apellidos | lastName | Cárdenas Mena | Rubio Sáez | Peña
    dni | - | 28765432X | 30123456Y | 77889900Z
    email | email | ivan.cardenas@example.es | marta.rubio@example.com | jpena@example.es
    direccion | address1 | C/ Sierpes 12 | Av. de la Palmera 40 | C/ Feria 3
    ciudad | city | Sevilla | Sevilla | Dos Hermanas
    tarjeta_credito | - | 4111 1111 1111 1111 | 5500 0000 0000 0004 | 4000 0000 0000 0002
    fecha_nacimiento | dateOfBirth | 1990-04-12 | 1985-09-30 | 2001-01-15
    cartera | - | 150.0 | 0.0 | 32.5
    telefono | phone | 654123987 | 955123456 | 622334455
    codigo_postal | postalCode | 41004 | 41012 | 41700
    pedidos | - | 3 | 0 | 7
    # A login in another system is the External ID only when no other id is given; the id comes first here.
    username | - | ivanc | martar | jorgep
  `),
  set({ id: 'es-taller-clientes-insert-username', kind: 'Spanish workshop app\'s clients table as its data seed inserts it (first name, surnames, DNI, e-mail, phone, username)', lang: 'es', defaultCountry: 'ES', source: 'index:8903840852 (a workshop app\'s data seed, SQL)' }, `
    nombre | firstName | Salvador | Encarna | Rafael
    apellidos | lastName | Ortiz Reina | Molina | Jurado Gil
    dni | - | 80097912K | 75123456J | 29456789M
    email | email | salvador.ortiz@example.es | encarna.molina@example.com | rjurado@example.es
    telefono | phone | 659874120 | 954321987 | 611445566
    # The user's login in the app is a code the person is filed under there: the External ID.
    username | externalId | cliente7 | encarnam | rjurado
  `),
  set({ id: 'es-pe-persona-procedimiento-sexo-direccion', kind: 'Peruvian practice database\'s person table as its stored procedure inserts it (first name, surnames, DNI, e-mail, phone, sex, address)', lang: 'es', defaultCountry: 'PE', source: 'index:39771283322 (a SQL Server practice script)' }, `
    nombre | firstName | Diego | Rosa | Kevin
    apellidos | lastName | Orosco Vela | Quispe Mamani | Huamán
    dni | - | 45678912 | 70123456 | 48765432
    email | email | diego.orosco@example.pe | rosa.quispe@example.com | ""
    telefono | phone | 987654321 | 956123789 | 912345678
    sexo | - | 1 | 0 | 1
    direccion | address1 | Av. Arequipa 1450, Lince | Jr. Puno 233, Cercado | Calle Los Olivos 88, SMP
  `),
  set({ id: 'en-church-ministering-import-companionship', kind: 'church ward app\'s ministering import CSV format (district, interviewer, companionship name, member name, phone, e-mail)', lang: 'en', source: 'index:58918060289 (a church ministering app\'s README, CSV upload)' }, `
    District | - | District 1 | District 1 | District 2
    # The interviewer is a leader assigned to the district, not the member's own owner in a contact list: not imported.
    Interviewer | - | Bro. Jensen | Bro. Jensen | Bro. Alvarez
    # The companionship the member serves in is a group the person belongs to: Tags.
    Companionship Name | tags | Harris / Cole | Harris / Cole | Price / Young
    Member Name | name | Daniel Harris | Sarah Cole | Emily Price
    Phone | phone | (801) 555-0147 | (801) 555-0162 | (385) 555-0119
    Email | email | dan.harris@example.com | sarah.cole@example.com | ""
  `),
  set({ id: 'en-gym-report-members-section-due-amount', kind: 'gym management app\'s report CSV, the members section with its section title above the header (member name, phone, e-mail, latest membership end date, due amount)', lang: 'en', defaultCountry: 'IN', above: [['==== MEMBERS DATA ====']], source: 'index:55426705711 (a gym app\'s report export service, TypeScript)' }, `
    Member Name | name | Arjun Mehta | Pooja Nair | Vikram Rao
    Phone | phone | 98765 43210 | 91234 56789 | 99887 76655
    Email | email | arjun.mehta@example.in | pooja.nair@example.com | ""
    Latest Membership End Date | - | 2026-12-31 | 2026-10-15 | 2027-01-20
    Due Amount | - | 0 | 1500 | 500
  `),
  set({ id: 'en-fitness-members-export-subscription-fee', kind: 'fitness studio app\'s members CSV export (member name, phone, e-mail, status, subscription type, start and renewal dates, fee)', lang: 'en', source: 'index:38253898668 (a studio app\'s offline export, JavaScript)' }, `
    Member Name | name | Chloe Bennett | Derek Lawson | Priya Raman
    Phone | phone | (617) 555-0174 | (617) 555-0129 | (857) 555-0190
    Email | email | chloe.bennett@example.com | dlawson@example.com | priya.raman@example.com
    Status | - | active | expired | active
    Subscription Type | - | Monthly | Annual | Monthly
    Start Date | - | 2026-01-05 | 2025-03-01 | 2026-06-12
    Renewal Date | - | 2026-12-05 | 2026-03-01 | 2026-12-12
    Fee | - | 49.00 | 480.00 | 49.00
  `),
  set({ id: 'it-volontari-foglio-bom-cellulare', kind: 'Italian volunteer association app\'s volunteers sheet in its end-to-end tests, a semicolon CSV with a BOM (first name, surname, e-mail, mobile)', lang: 'it', defaultCountry: 'IT', source: 'index:70926623905 (a volunteer app\'s e2e test, JavaScript)' }, `
    # The source writes a byte-order mark before "Nome", which the table cannot hold.
    Nome | firstName | Nicolò | Serena | Umberto
    Cognome | lastName | D'Angelo | Fabbri | Corsi
    E-mail | email | nicolo.dangelo@example.it | serena.fabbri@example.it | ""
    Cellulare | phone | 333 000 1122 | 347 889 0033 | 320 112 2445
  `),
  set({ id: 'it-palestra-report-scadenza-certificato-medico', kind: 'Italian sports club app\'s report of members whose medical certificate expires, semicolon-separated (first name, surname, e-mail, certificate expiry)', lang: 'it', defaultCountry: 'IT', source: 'index:23344040451 (a sports club app\'s report job, PHP)' }, `
    NOME | firstName | Tiziana | Manuel | Ginevra
    COGNOME | lastName | Barbieri | Lodi | Serafini
    E-MAIL | email | tiziana.barbieri@example.it | manuel.lodi@example.com | ginevra.serafini@example.it
    SCADENZA CERTIFICATO MEDICO | - | 15/01/2027 | 02/02/2027 | 20/01/2027
  `),
  set({ id: 'it-utente-registrazione-trattino-email', kind: 'Italian school project site\'s user table as its registration insert writes it (first name, surname, e-mail, password)', lang: 'it', defaultCountry: 'IT', source: 'index:45925342199 (a registration script\'s SQL insert, PHP)' }, `
    nome | firstName | Alessio | Camilla | Jacopo
    cognome | lastName | Riva | Fontana | Neri
    e-mail | email | alessio.riva@example.it | camilla.fontana@example.it | jacopo.neri@example.com
    password | - | ******** | ******** | ********
  `),
  set({ id: 'fr-ca-clients-import-nationalite-pays-naissance', kind: 'Quebec immigration consultancy app\'s client import CSV in its tests (first name, surname, e-mail, nationality, country of birth)', lang: 'fr', defaultCountry: 'CA', source: 'index:61045825797 (a client import API test, pytest)' }, `
    Prénom | firstName | Thiago | Valeria | Amina
    Nom | lastName | Ferreira | Gómez | Traoré
    Courriel | email | thiago.ferreira@example.com | valeria.gomez@example.com | ""
    # A nationality and a country of birth are not where the person lives: not imported.
    Nationalité | - | BR | AR | ML
    PaysNaissance | - | BR | AR | ML
  `),
  set({ id: 'fr-college-export-eleves-responsable-legal-1', kind: 'French secondary school\'s export of pupils with their first legal guardian, a semicolon CSV ending in a separator (class, surname, first name, birth date and place, guardian\'s surname and first name, address, postcode, town, guardian\'s mobile)', lang: 'fr', defaultCountry: 'FR', source: 'index:4567598342 (a school information system\'s parents export, PHP)' }, `
    Classe | - | 6A | 5C | 6A
    Nom de famille | lastName | GIRAUD | BOYER | LEGRAND
    Prénom | firstName | Léo | Jade | Timéo
    Date de naissance | dateOfBirth | 14/02/2014 | 30/09/2013 | 07/07/2014
    Lieu naissance | - | Nantes | Angers | Saint-Nazaire
    Nom Responsable légal 1 | - | GIRAUD | BOYER | MARTIN
    Prénom responsable légal 1 | - | Céline | Olivier | Aurélie
    # The family's address is where the pupil lives: the pupil's address. The source writes "Adresse " with a
    # trailing space, which the table cannot hold.
    Adresse | address1 | 12 rue des Lilas | 4 impasse du Moulin | 33 bd Jules Verne
    CP | postalCode | 44300 | 49000 | 44600
    Commune | city | Nantes | Angers | Saint-Nazaire
    Tel portable resp. légal 1 | - | 06 12 34 56 78 | 06 98 76 54 32 | 07 11 22 33 44
    "" | - | "" | "" | ""
  `),
];
