// The seventeenth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files and English ones from schools, events, shops, nonprofits and Google Forms; the other half,
// corpus-heldout17a.ts, holds English, German, Dutch and mixed-language files): 56 header sets (540 columns, 282 of
// them expected to map; 12 Spanish, 12 Portuguese, 12 French, 12 Italian, 8 English; 3 files without a header row, 2
// with a title line above it ("Listado de Socios", "CLIENTES"); 3 sets of 26 to 44 columns)
// from sources none of the other parts use, found in the public code index with exact-string searches for everyday
// header lines in these languages (member, client, patient, pupil, teacher, volunteer, lead and athlete lists, club and
// association registers, shop, CRM and admin exports, importer templates and their tests, Google Forms responses,
// database tables and survey exports) and written down, with the mapping a careful person would choose by the field
// definitions and the rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper.
// "index:N" names the index file the header text was read from (the index does not name its repository); the kind
// says what the file is. Sample values are made up in the shape of each file's own (no personal data or example rows
// from the sources are copied). A trailing empty column (a header line ending in the separator) is written as "".
// Leading and trailing spaces of a header cell cannot be written in the table and are left out (a set's comment says
// where). Wide files are kept to their first columns, stopping at a column boundary. No set's headers repeat an older
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
// Choices this half makes more than once:
// - A kind of membership ("Tipo Socio", "Tipo": ordinario, honorario, juvenil) is a category the member is filed under:
//   Tags. A member's plan or fee level beside a kind code is not imported.
// - The therapist or physiotherapist assigned to a patient is the user in charge of the contact: the Contact owner.
// - The sports club or school house a person is registered with is a group the person belongs to: Tags.
// - A booking's or an order's own code, dates, covers and amounts are not contact fields.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout17' }, table);

export const HELDOUT17B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-cl-socios-carga-rut-licencia', kind: 'Chilean shooting club\'s member upload, a semicolon CSV (RUT, surname, name, e-mail, password, mobile, address, country, birth date, member number, licence, system permission, member type and status)', lang: 'es', defaultCountry: 'CL', source: 'index:42311504192 (a Rails controller importing club members from a CSV)' }, `
    Rut | - | 12.345.678-5 | 9.876.543-2 | 16.234.987-K
    Apellido socio | lastName | Fuenzalida | Riquelme | Opazo
    Nombre socio | firstName | Andrés | Catalina | Mauricio
    Email | email | afuenzalida@example.cl | catalina.riquelme@example.com | mopazo@example.cl
    clave | - | x7Tq2m | p4Lw9z | k2Rt8v
    celular | phone | +56 9 8123 4567 | +56 9 7345 6789 | +56 9 6234 5678
    direccion | address1 | Los Aromos 1450, Ñuñoa | Pasaje El Roble 32 | Av. Alemania 0870
    Pais | country | Chile | Chile | Chile
    Nacimiento | dateOfBirth | 1979-04-12 | 1991-10-03 | 1985-01-27
    # The member number is the club's id of the person (the RUT before it is a national id): the External ID.
    Numero de socio | externalId | 112 | 187 | 203
    Numero Licencia | - | LIC-55012 | LIC-60231 | ""
    tipo de licencia | - | Deportiva | Deportiva | ""
    Permiso sistema | - | socio | admin | socio
    # The kind of membership (activo, honorario, juvenil) is a category the member is filed under: Tags.
    Tipo Socio | tags | Activo | Honorario | Juvenil
    Estado Socio | - | Vigente | Vigente | Moroso
  `),
  set({ id: 'es-ar-socios-actividad-listado-titulo', kind: 'Argentine sports club\'s member list per activity written to CSV by a desktop app, a "Listado de Socios" title line above the header (member id, full name, address, neighbourhood, activity, phone, sign-up date, balance)', lang: 'es', defaultCountry: 'AR', above: [['Listado de Socios']], source: 'index:22207807303 (a C# WinForms club app exporting members by activity)' }, `
    # The source writes " Actividad", " Telefono", ... with a leading space, which the table cannot hold.
    ID Socio | externalId | 1021 | 1045 | 1102
    Nombre y Apellido | name | Rocío Benítez | Matías Ledesma | Florencia Godoy
    Direccion | address1 | Belgrano 1234 | San Martín 455 | Av. Roca 2010
    Barrio | - | Centro | Villa Urquiza | Los Hornos
    # The activity the member is signed up for (what the fee is about), not a group of contacts: not imported.
    Actividad | - | Natación | Fútbol | Pilates
    Telefono | phone | 11 4567-8901 | 11 5432-1098 | 221 456-7890
    Fecha de Inscripcion | - | 12/03/2024 | 01/04/2024 | 15/05/2024
    Saldo | - | 0 | 15000 | 7500
  `),
  set({ id: 'es-biblioteca-socios-txt-sin-cabecera', kind: 'library exercise\'s member file, one member a line separated by ";" with no header row (member number, first name, last name, e-mail, active)', lang: 'es', noHeader: true, defaultCountry: 'AR', source: 'index:63222805228 (a Java library system loading socios from a text file)' }, `
    "" | externalId | S014 | S015 | S022
    "" | firstName | Lautaro | Micaela | Julián
    "" | lastName | Acosta | Ferreyra | Sosa
    "" | email | lautaro.acosta@example.com | mica.ferreyra@example.com.ar | jsosa@example.com
    "" | - | true | true | false
  `),
  set({ id: 'es-autoescuela-alumnos-migracion-dni', kind: 'Spanish driving school app\'s pupil migration, a list taken from the previous program (name, surnames, DNI, phone)', lang: 'es', defaultCountry: 'ES', source: 'index:71034318935 (a driving school app\'s migration tests, JavaScript)' }, `
    # "Apellidos" holds both surnames in one cell: it is the Last name.
    Nombre | firstName | Lucía | Sergio | Noelia
    Apellidos | lastName | Ortega Prieto | Calvo | Navarro Gil
    DNI | - | 48123456T | 52987654R | 20456789B
    Teléfono | phone | 622 145 789 | 611234567 | 654 98 76 54
  `),
  set({ id: 'es-cl-google-forms-boletin-novedades', kind: 'Chilean newsletter signup collected with Google Forms, its responses CSV (timestamp, e-mail, full name, consent to news)', lang: 'es', defaultCountry: 'CL', source: 'index:61389567599 (a subscriber CSV reader\'s tests, TypeScript)' }, `
    Marca temporal | - | 2026-08-01 10:14:22 | 2026-08-01 18:40:05 | 2026-08-03 09:02:51
    Dirección de correo electrónico | email | Javiera.Pino@Example.CL | tomas.vera@example.com | cami.soto@example.cl
    Nombre completo | name | Javiera Pino | Tomás Vera | Camila Soto
    ¿Acepto recibir novedades? | - | Sí | Sí | No
  `),
  set({ id: 'es-ar-inmobiliaria-propietarios-tabla', kind: 'Argentine real-estate app\'s owners table, the columns it inserts (surname, name, DNI, phone, e-mail, status)', lang: 'es', defaultCountry: 'AR', source: 'index:48181581050 (an ASP.NET real-estate app\'s owner repository, C#)' }, `
    Apellido | lastName | Quiroga | Lucero | Domínguez
    Nombre | firstName | Mariela | Esteban | Gisela
    Dni | - | 28456123 | 33123987 | 25987456
    Telefono | phone | 266 412-3456 | 2664 55-1234 | 266 498-7654
    Correo | email | mariela.quiroga@example.com.ar | elucero@example.com | gdominguez@example.com.ar
    Estado | - | 1 | 1 | 0
  `),
  set({ id: 'es-co-clientes-plantilla-documento', kind: 'Colombian small business app\'s client import template downloaded from its clients page (document type and number, full name, e-mail, phone, address, notes)', lang: 'es', defaultCountry: 'CO', source: 'index:55765135254 (a React clients page\'s "download CSV template" handler)' }, `
    Tipo_Documento | - | CC | NIT | CE
    Documento | - | 1098765432 | 900123456 | 456789
    Nombre_Completo | name | Laura Restrepo | Ferretería El Tornillo | Andrés Quintero
    Correo | email | laura.restrepo@example.co | ventas@eltornillo.example | aquintero@example.com
    Telefono | phone | 3001234567 | 6017654321 | 3159876543
    Direccion | address1 | Calle 45 # 12-30 | Carrera 7 # 80-15 | Av. 68 # 24-10 Apto 302
    Observaciones | - | Cliente frecuente | Pago a 30 días | ""
  `),
  set({ id: 'es-co-padron-eps-afiliados', kind: 'Colombian health programme\'s member roll (padrón) CSV as Excel es-CO saves it (cédula, full name, health insurer, phone, e-mail, birth date, sex, address)', lang: 'es', defaultCountry: 'CO', source: 'index:59916835615 (a roll CSV validator\'s tests, TypeScript)' }, `
    Cédula | - | 1020345678 | 43876123 | 79456123
    Nombre Completo | name | Daniela Rojas Cárdenas | María Eugenia Ospina | Jhon Fredy Gutiérrez
    # The health insurer (EPS) the person is enrolled with, not an employer: not imported.
    EPS | - | Nueva EPS | Sura | Sanitas
    Teléfono | phone | 3104567890 | "" | 3216549870
    Correo | email | daniela.rojas@example.co | "" | jfgutierrez@example.com
    Fecha de Nacimiento | dateOfBirth | 1990-05-10 | 1962-11-23 | 1985-07-02
    Sexo | - | F | F | M
    Dirección | address1 | Calle 1 # 2-3 | Cra 50 # 10-20 | Diagonal 15 # 45-12
  `),
  set({ id: 'es-mx-fisioterapia-pacientes-importacion', kind: 'Mexican physiotherapy clinic\'s patient CSV import (name, birth date, sex, phone, e-mail, address, CURP, emergency contact, guardian, branch, physiotherapist, membership, reason, tags)', lang: 'es', defaultCountry: 'MX', source: 'index:70468282395 (a clinic API\'s patient tests, CSV import section, TypeScript)' }, `
    Nombre | name | Itzel Ramírez Cano | Gerardo Luna | Paola Méndez Ríos
    Fecha de nacimiento | dateOfBirth | 05/11/1979 | 22/03/1990 | 14/07/2008
    Sexo | - | F | M | F
    Teléfono | phone | 2711234567 | 2727654321 | 2719876543
    Correo | email | itzel.ramirez@example.mx | gluna@example.com | "" 
    Domicilio | address1 | Av. 3 No. 1520, Col. Centro | Calle 7 Poniente 230 | Blvd. Córdoba-Fortín 88
    CURP | - | RACI791105MVZMNT05 | LUGG900322HVZNRR02 | MERP080714MVZNSL09
    Emergencia nombre | - | Jorge Cano | "" | Laura Ríos
    Emergencia teléfono | - | 2711112233 | "" | 2714445566
    # The patient is a minor in the third row: the guardian's columns belong to another person.
    Tutor nombre | - | "" | "" | Laura Ríos
    Tutor parentesco | - | "" | "" | Madre
    Tutor teléfono | - | "" | "" | 2714445566
    # The clinic branch the patient is seen at: not a contact field.
    Sede | - | Córdoba | Orizaba | Córdoba
    # The physiotherapist assigned to the patient is the user who handles the contact: the Contact owner.
    Fisioterapeuta | owner | Dra. Sofía Herrera | Lic. Raúl Bernal | Dra. Sofía Herrera
    Membresía | - | Paquete 10 sesiones | "" | Mensual
    Motivo | - | Lumbalgia | Esguince de tobillo | Escoliosis
    Etiquetas | tags | deportista | postoperatorio | menor, escuela
  `),
  set({ id: 'es-ar-relevamiento-viviendas-personas-ancho', kind: 'Argentine health survey app\'s household and person export, one person a line (street, number, coordinates, household, DNI, surname, name, birth date, housing and services, phones, e-mail, risk factors, contact person; the first 44 of its 64 columns)', lang: 'es', defaultCountry: 'AR', source: 'index:15227672240 (an Android survey app writing its CSV export, Java)' }, `
    # The street is the Street address; the house number stands on its own and is not imported.
    CALLE | address1 | Los Arrayanes | Av. San Martín | Perito Moreno
    NUMERO | - | 1450 | 320 | 87
    COORDENADAS | - | -41.1335 -71.3103 | -41.1402 -71.2987 | -41.1251 -71.3342
    ESTADO | - | verde | amarillo | rojo
    GRUPO FAMILIAR | - | 4 | 2 | 5
    MENORES | - | 2 | 0 | 3
    MAYORES | - | 2 | 2 | 2
    DNI | - | 30123456 | 17654321 | 45987123
    APELLIDO | lastName | Huenchul | Paredes | Catriel
    NOMBRE | firstName | Marcela | Osvaldo | Brenda
    FECHA DE NACIMIENTO | dateOfBirth | 12/03/1983 | 05/09/1958 | 28/11/2003
    SEXO | - | F | M | F
    QR | - | QR-00451 | QR-00452 | QR-00460
    NUMERO CASA CARTOGRAFIA | - | 112 | 113 | 140
    TIPO DE VIVIENDA | - | Casa | Casa | Rancho
    DUEÑO DE LA VIVIENDA | - | Propia | Alquilada | Prestada
    CANTIDAD DE PIEZAS | - | 3 | 2 | 1
    LUGAR PARA COCINAR | - | Cocina | Cocina | Mismo ambiente
    USA PARA COCINAR | - | Gas de red | Garrafa | Leña
    MATERIAL PREDOMINANTE EN LAS PAREDES EXTERIORES | - | Ladrillo | Bloque | Madera
    REVESTIMIENTO EXTERNO O REVOQUE | - | Sí | Sí | No
    MATERIAL DE LOS PISOS | - | Cerámica | Cemento | Tierra
    CIELORRASO | - | Sí | Sí | No
    MATERIAL PREDOMINANTE EN LA CUBIERTA EXTERIOR DEL TECHO | - | Chapa | Chapa | Cartón
    AGUA | - | Red pública | Red pública | Pozo
    ORIGEN AGUA | - | Dentro de la vivienda | Dentro de la vivienda | Fuera del terreno
    EXCRETAS | - | Cloaca | Pozo ciego | Letrina
    ELECTRICIDAD | - | Sí | Sí | No
    GAS | - | Red | Garrafa | No
    ALMACENA AGUA DE LLUVIA | - | No | No | Sí
    ÁRBOLES | - | Sí | No | Sí
    BAÑO | - | Sí | Sí | No
    EL BAÑO TIENE | - | Inodoro con descarga | Inodoro sin descarga | ""
    NIEVE Y/O HIELO EN LA CALLE | - | Sí | Sí | Sí
    PERROS SUELTOS | - | No | Sí | Sí
    # "TELEFONO FAMILIAR" asks whether the household has a phone (Sí/No); the mobile and landline numbers follow. With
    # typed phones only, the mobile is the main phone and the landline an additional one.
    TELEFONO FAMILIAR | - | Sí | Sí | No
    CELULAR | phone | 294 456-7890 | 294 412-3344 | ""
    FIJO | additionalPhones | 294 442-1122 | "" | ""
    MAIL | email | marcela.huenchul@example.com.ar | "" | brenda.catriel@example.com
    FACTORES DE RIESGO | - | Hipertensión | Diabetes | ""
    # The health centre the household is assigned to, not a contact field.
    EFECTOR | - | CAPS Frutillar | Hospital Zonal | CAPS Nahuel Hue
    # The contact person (a relative) of the household: another person, not imported.
    NOMBRE Y APELLIDO | - | Rubén Huenchul | Elsa Paredes | Nilda Catriel
    TELEFONO CONTACTO | - | 294 455-6677 | 294 433-2211 | 294 466-8899
    PARENTEZCO | - | Hermano | Hija | Madre
  `),
  set({ id: 'es-instituto-alumnos-nia-csv', kind: 'Spanish secondary school exercise\'s pupil CSV (NIA, surnames, name, e-mail)', lang: 'es', defaultCountry: 'ES', source: 'index:70291270034 (a Java file-handling exercise rewriting alumnos.csv)' }, `
    # The NIA is the pupil's number in the regional school system: the External ID.
    nia | externalId | 10452 | 10453 | 10467
    apellidos | lastName | Romero Vidal | Esteban | Pascual Ferrer
    nombre | firstName | Adrián | Irene | Pau
    correo | email | adrian.romero@example.es | irene.esteban@example.com | pau.pascual@example.es
  `),
  set({ id: 'es-ar-socios-txt-simple-sin-cabecera', kind: 'Argentine club exercise\'s member file, one member a line without a header row (member kind code, member number, full name, years of membership, monthly fee)', lang: 'es', noHeader: true, defaultCountry: 'AR', source: 'index:55193821733 (a member billing exercise\'s README, the socios.txt format)' }, `
    # The kind code (S simple, P premium) is the member's plan, not a group: not imported.
    "" | - | S | S | S
    "" | externalId | 2041 | 2043 | 2050
    "" | name | Gustavo Molina | Analía Ruiz | Nahuel Peralta
    "" | - | 3 | 7 | 1
    "" | - | 8500 | 8500 | 8500
  `),
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-br-contatos-importacao-tipo-primeiro-nome', kind: 'Brazilian support desk\'s contact import, a semicolon CSV as Excel pt-BR saves it (type, full name, first name, surname, e-mail, phone)', lang: 'pt', defaultCountry: 'BR', source: 'index:61964147476 (a contact data import spec, Ruby)' }, `
    # The contact type (pessoa, empresa) is not a contact field; the full name beside first name and surname is the Name.
    tipo | - | "" | pessoa | ""
    nome | name | Rosângela Ferreira Lima | Diego Martins | Clara Nunes Sá
    primeiro_nome | firstName | "" | Diego | Clara
    sobrenome | lastName | "" | Martins | Nunes Sá
    email | email | "" | diego.martins@example.com.br | clara.sa@example.com
    telefone | phone | 5591988123456 | 5511987654321 | 5531991234567
  `),
  set({ id: 'pt-br-crm-importar-contatos-empresa-tags', kind: 'Brazilian CRM\'s contact import, the header line its import page asks for (first name, surname, e-mail, phone, company, tags)', lang: 'pt', defaultCountry: 'BR', source: 'index:59319126622 (a CRM\'s contacts import page, React)' }, `
    nome | firstName | Renata | Caio | Beatriz
    sobrenome | lastName | Albuquerque | Teixeira | Moraes
    email | email | renata@albuquerque.example | caio.teixeira@example.com.br | bia.moraes@example.com
    telefone | phone | (81) 99812-3456 | (11) 97765-4321 | (21) 98456-1234
    empresa | companyName | Albuquerque Advocacia | "" | Moraes Design
    tags | tags | cliente | lead, evento | cliente, vip
  `),
  set({ id: 'pt-br-usuarios-fake-cpf-celular-indicacao', kind: 'Brazilian phone top-up app\'s user list generated for a load test (full name, CPF, birth date, gender, e-mail, mobile number, referral code used)', lang: 'pt', defaultCountry: 'BR', source: 'index:27141087126 (a PHP Faker script writing users-fake.csv)' }, `
    Nome Completo | name | Lorena Barbosa | Vinícius Rocha | Tatiane Freitas
    CPF | - | 12345678909 | 98765432100 | 45678912345
    Data de nascimento | dateOfBirth | 14/02/1989 | 30/07/1995 | 02/12/1978
    Genero | - | FEMALE | MALE | FEMALE
    E-mail | email | lorena.barbosa@example.com.br | vinicius.rocha@example.com | tati.freitas@example.com.br
    Numero de Celular | phone | 11987654321 | 21998765432 | 31991234567
    # The referral code the user typed at sign-up (another user's code), not where the contact came from: not imported.
    Codigo de indicacao utilizado | - | "" | LOR8K2 | ""
  `),
  set({ id: 'pt-br-enderecos-usuarios-plus-code', kind: 'Brazilian phone top-up app\'s user address list generated for a load test (full name, CPF, CEP, complement, Plus Code, number, state, city, main address, saved as)', lang: 'pt', defaultCountry: 'BR', source: 'index:26151539840 (a test data generator\'s README, its address CSV)' }, `
    Nome Completo | name | Lorena Barbosa | Vinícius Rocha | Tatiane Freitas
    CPF | - | 12345678909 | 98765432100 | 45678912345
    CEP | postalCode | 01310-100 | 22041001 | 30140-071
    # "Endereco Secundario" holds the complement (apartamento, bloco): a second address line, not imported.
    Endereco Secundario | - | apartamento 52 | "" | bloco B
    Plus Code | - | "" | 589R+2F | ""
    Numero | - | 1578 | 45 | 300
    Estado | state | SP | RJ | MG
    Cidade | city | São Paulo | Rio de Janeiro | Belo Horizonte
    Endereco Principal | address1 | Avenida Paulista | Rua Barata Ribeiro | Rua da Bahia
    # The label the address is saved under (Casa, Trabalho): not a contact field.
    Favoritado como | - | Casa | Trabalho | ""
  `),
  set({ id: 'pt-br-relatorio-clientes-c-uf-bairro', kind: 'Brazilian student project\'s client report written to CSV (id, full name, CPF, birth date, phone, mobile, CEP, state, city, street, number, complement, neighbourhood)', lang: 'pt', defaultCountry: 'BR', source: 'index:15609956266 (a C client register writing "Relatorio Clientes.csv")' }, `
    ID | externalId | 1 | 2 | 5
    Nome Completo | name | Sérgio Antunes | Priscila Campos | Otávio Lemos
    CPF | - | 321.654.987-00 | 147.258.369-11 | 963.852.741-22
    Data de Nascimento | dateOfBirth | 09/06/1980 | 25/01/1993 | 17/10/1969
    # An untyped phone and a mobile beside it: the phone is the main one, the mobile an additional one.
    Telefone | phone | (48) 3222-1144 | (48) 3025-7788 | ""
    Celular | additionalPhones | (48) 99911-2233 | (48) 98844-5566 | (48) 99655-4433
    CEP | postalCode | 88010-400 | 88036-001 | 88058-100
    UF | state | SC | SC | SC
    Cidade | city | Florianópolis | Florianópolis | Florianópolis
    Rua | address1 | Rua Felipe Schmidt | Rua Lauro Linhares | Rodovia SC-401
    Numero | - | 210 | 1849 | 5500
    Complemento | - | sala 3 | apto 201 | ""
    Bairro | - | Centro | Trindade | Santo Antônio de Lisboa
    "" | - | "" | "" | ""
  `),
  set({ id: 'pt-pt-alunos-notas-numero-csv', kind: 'Portuguese university exercise\'s student grade list written to CSV (student name, number, e-mail, final grade, state)', lang: 'pt', defaultCountry: 'PT', source: 'index:9938381489 (a C linked-list exercise writing students to a CSV)' }, `
    Nome do aluno | name | Inês Carvalho | Rui Marques | Beatriz Lopes
    # The student number is the university's id of the person: the External ID.
    Numero | externalId | 2023145 | 2023188 | 2022071
    e-mail | email | a2023145@example.pt | a2023188@example.pt | a2022071@example.pt
    Nota final | - | 16 | 9 | 13
    Estado | - | Aprovado | Reprovado | Aprovado
  `),
  set({ id: 'pt-br-pre-cadastro-pecuaria-origem', kind: 'Brazilian livestock app\'s pre-registration list exported as CSV (name, e-mail, mobile, city, state, profiles, herd size, origin, date)', lang: 'pt', defaultCountry: 'BR', source: 'index:69507899523 (a pre-registration API\'s CSV export, JavaScript)' }, `
    Nome | name | Jair Fontoura | Marlene Schmitt | Everton Bastos
    E-mail | email | jair.fontoura@example.com.br | marlene.schmitt@example.com | everton@fazendabastos.example
    Celular | phone | (67) 99812-4433 | (55) 99123-7788 | (64) 98456-1122
    Cidade | city | Campo Grande | Santa Maria | Rio Verde
    UF | state | MS | RS | GO
    # What the person does in the trade (pecuarista, veterinário), like a role: not imported.
    Perfis | - | Pecuarista | Veterinária, Consultora | Pecuarista
    Rebanho | - | 1200 | "" | 350
    Origem | source | instagram | indicação | feira
    Data | - | 2026-03-02 14:21:09 | 2026-03-04 08:12:44 | 2026-03-05 19:47:30
  `),
  set({ id: 'pt-br-pacientes-relatorio-csv-tauri', kind: 'Brazilian clinic desktop app\'s patient report as CSV (id, name, e-mail, phone, birth date, address, notes, creation date)', lang: 'pt', defaultCountry: 'BR', source: 'index:1404185346 (a Tauri app\'s report commands, Rust)' }, `
    ID | externalId | 3f1c2a90 | 7b44e0d1 | a9d3c512
    Nome | name | Heloísa Pacheco | Marcelo Duarte | Vitória Siqueira
    Email | email | heloisa.pacheco@example.com.br | mduarte@example.com | vitoria.s@example.com.br
    Telefone | phone | (62) 99123-4567 | (62) 3241-8899 | (62) 98877-6655
    Data de Nascimento | dateOfBirth | 1987-04-19 | 1972-12-08 | 2001-06-30
    Endereço | address1 | Rua 7, 120 - Setor Oeste | Av. T-63, 1500 | Rua 90, 45 - Setor Sul
    Observações | - | Alergia a dipirona | "" | Retorno em 30 dias
    Data de Criação | - | 2026-01-14T10:22:31Z | 2026-02-02T15:05:12Z | 2026-02-20T09:40:00Z
  `),
  set({ id: 'pt-br-escola-professores-modelo-csv', kind: 'Brazilian school platform\'s teacher import sheet, the example in its guide (CPF, name, e-mail, phone, birth date, subjects, classes)', lang: 'pt', defaultCountry: 'BR', source: 'index:57004548625 (a school platform\'s teacher import guide, Markdown)' }, `
    CPF | - | 23456789012 | 34567890123 | 45678901234
    Nome | name | Adriana Souza Lima | Fernando Gomes | Lúcia Helena Prado
    Email | email | adriana.prof@example.com.br | fernando.gomes@example.com | luciahelena@example.com.br
    Telefone | phone | (11) 91234-0987 | (11) 99876-5432 | (11) 98765-1234
    Data de Nascimento | dateOfBirth | 1982-09-14 | 1977-03-02 | 1990-11-25
    # The subjects and classes a teacher gives: not contact fields.
    Matérias | - | Matemática | História; Geografia | Química
    Turmas | - | 1º Ano A; 2º Ano B | 3º Ano A | 1º Ano B
  `),
  set({ id: 'pt-br-usuarios-exportar-csv-logradouro', kind: 'Brazilian web app\'s user list exported to usuarios.csv (id, name, e-mail, phone, birth date, gender, street, number, complement, neighbourhood, city, CEP)', lang: 'pt', defaultCountry: 'BR', source: 'index:39860010366 (a Spring user service\'s CSV export, Java)' }, `
    ID | externalId | 11 | 12 | 19
    Nome | name | Gabriela Tavares | Rodrigo Pimentel | Natália Coelho
    Email | email | gabriela.tavares@example.com | rodrigo.p@example.com.br | natalia.coelho@example.com
    Telefone | phone | 85988776655 | 85996543210 | 85987651234
    Data de Nascimento | dateOfBirth | 1994-02-17 | 1988-08-09 | 2000-05-21
    Gênero | - | Feminino | Masculino | Feminino
    Logradouro | address1 | Rua Barão de Aracati | Av. Santos Dumont | Rua Tibúrcio Cavalcante
    Número | - | 1200 | 3131 | 88
    Complemento | - | Apto 904 | "" | Casa 2
    Bairro | - | Aldeota | Papicu | Meireles
    Cidade | city | Fortaleza | Fortaleza | Fortaleza
    CEP | postalCode | 60115-081 | 60150-161 | 60160-050
  `),
  set({ id: 'pt-br-academia-backup-clientes-titulo', kind: 'Brazilian gym dashboard\'s backup export, the clients block under a "CLIENTES" line (name, e-mail, phone, birth date, plan, status, created at)', lang: 'pt', defaultCountry: 'BR', above: [['CLIENTES']], source: 'index:53915119641 (a gym admin dashboard\'s data export, JavaScript)' }, `
    Nome | name | Thiago Ramos | Juliana Castro | Felipe Andrade
    Email | email | thiago.ramos@example.com | ju.castro@example.com.br | felipe.andrade@example.com
    Telefone | phone | (11) 98123-4567 | (11) 97654-3210 | (11) 99988-7766
    Data de Nascimento | dateOfBirth | 1996-03-11 | 1990-10-28 | 1985-01-05
    Plano | - | Mensal | Trimestral | Anual
    Status | - | ativo | ativo | inativo
    Criado em | - | 2025-08-01T12:00:00.000Z | 2025-09-15T08:30:00.000Z | 2024-12-03T18:45:00.000Z
  `),
  set({ id: 'pt-br-terapeuta-pacientes-exportacao-energetica', kind: 'Brazilian holistic therapy platform\'s patient export as CSV (name, e-mail, phone, birth date, assessment fields, therapist, sessions, treatments)', lang: 'pt', defaultCountry: 'BR', source: 'index:53897036697 (a therapy platform\'s patient export, JavaScript)' }, `
    Nome | name | Sandra Moura | Paulo Henrique Vaz | Luana Ribeiro
    Email | email | sandra.moura@example.com.br | phvaz@example.com | luana.ribeiro@example.com
    Telefone | phone | (41) 99876-1234 | (41) 98765-4321 | (41) 99123-8765
    Data de Nascimento | dateOfBirth | 1975-06-22 | 1983-09-30 | 1998-02-14
    Diagnóstico Energético | - | Bloqueio no chakra cardíaco | Excesso de energia | Equilíbrio parcial
    Sintomas | - | Ansiedade, insônia | Irritabilidade | Cansaço
    Nível de Risco | - | Médio | Baixo | Baixo
    # The therapist who follows the patient is the user in charge of the contact: the Contact owner.
    Terapeuta | owner | Ana Clara Bittencourt | Ana Clara Bittencourt | Marcos Vieira
    Última Sessão | - | 2026-02-10 | 2026-02-12 | 2026-01-30
    Próxima Sessão | - | 2026-02-24 | "" | 2026-02-13
    Total de Sessões | - | 8 | 3 | 5
    Perfil Energético | - | Sensível | Intenso | Equilibrado
    Evolução | - | Melhora progressiva | Estável | Boa resposta
    Tratamentos | - | Reiki; Florais | Meditação | Reiki
    Histórico de Crises | - | 2 crises em 2025 | "" | ""
  `),
  // ---------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-wordpress-inscriptions-evenement-export', kind: 'French WordPress site\'s event registration export (registration title, date, event, civility, first name, last name, e-mail, phone, choice)', lang: 'fr', defaultCountry: 'FR', source: 'index:6293849069 (a WordPress theme\'s registrations CSV export, PHP)' }, `
    # The first "Nom" is the registration post's title, the registrant's full name: beside first and last name, the Name.
    Nom | name | Durand Claire | Lefèvre Antoine | Moreau Inès
    Date | - | 2026-03-02 10:14:55 | 2026-03-03 18:02:11 | 2026-03-05 08:47:30
    Évènement | - | Soirée portes ouvertes | Soirée portes ouvertes | Atelier compost
    Civilite | - | Madame | Monsieur | Madame
    Prénom | firstName | Claire | Antoine | Inès
    Nom | lastName | Durand | Lefèvre | Moreau
    Email | email | claire.durand@example.fr | a.lefevre@example.com | ines.moreau@example.fr
    Téléphone | phone | 06 12 34 56 78 | 07 65 43 21 09 | 06 98 76 54 32
    Choix | - | Visite guidée | Conférence | Atelier
  `),
  set({ id: 'fr-crm-contacts-export-point-virgule', kind: 'French CRM\'s contact export for Excel, semicolon-separated (id, first name, last name, e-mail, phone, company, position, address, city, postcode, country, birth date, website, notes, dates)', lang: 'fr', defaultCountry: 'FR', source: 'index:31061115890 (a Spring contact service\'s CSV export, Java)' }, `
    ID | externalId | 14 | 15 | 22
    Prénom | firstName | Mathilde | Julien | Sophie
    Nom | lastName | Girard | Bonnet | Lambert
    Email | email | mathilde.girard@example.fr | julien.bonnet@atelierbonnet.example | s.lambert@example.com
    Téléphone | phone | 01 42 68 53 00 | 04 78 92 11 45 | 06 22 33 44 55
    Société | companyName | Girard Conseil | Atelier Bonnet | ""
    Poste | - | Gérante | Directeur technique | ""
    Adresse | address1 | 12 rue de la Paix | 45 quai Saint-Vincent | 8 allée des Tilleuls
    Ville | city | Paris | Lyon | Nantes
    Code postal | postalCode | 75002 | 69001 | 44300
    Pays | country | France | France | France
    Date de naissance | dateOfBirth | 14/05/1981 | 02/11/1976 | 29/08/1990
    Site web | website | https://girard-conseil.example | https://atelierbonnet.example | ""
    Notes | - | Cliente depuis 2019 | "" | Rappeler en mars
    Date de création | - | 2024-01-10 09:12 | 2024-02-03 14:40 | 2025-06-18 11:05
    Date de modification | - | 2025-11-02 16:30 | 2024-02-03 14:40 | 2025-09-01 10:00
  `),
  set({ id: 'fr-crm-import-prospects-statut-valeur', kind: 'French sales pipeline app\'s lead import layout (first name, last name, e-mail, phone, company, status, value, notes)', lang: 'fr', defaultCountry: 'FR', source: 'index:61421846427 (a CRM\'s import page with its CSV structure prompt, TypeScript)' }, `
    Prénom | firstName | Élodie | Karim | Nathalie
    Nom | lastName | Rousseau | Haddad | Fontaine
    Email | email | elodie.rousseau@example.fr | karim.haddad@example.com | n.fontaine@example.fr
    Téléphone | phone | 06 45 78 12 90 | 07 81 22 43 65 | 06 30 11 92 84
    Entreprise | companyName | Rousseau Immobilier | "" | Fontaine & Fils
    Statut | - | Prospect | Qualifié | Gagné
    # The value of the deal, not a contact field.
    Valeur | - | 1500 | 800 | 4200
    Notes | - | Salon Lyon | "" | Devis signé
  `),
  set({ id: 'fr-ma-immobilier-clients-export-cin', kind: 'Moroccan real-estate agency app\'s client export (reference, first name, last name, e-mail, phone, CIN, prospect, buyer, tenant flags)', lang: 'fr', defaultCountry: 'MA', source: 'index:66940391333 (an Express real-estate API\'s client export, JavaScript)' }, `
    # The agency's reference of the client is its id of the person: the External ID.
    Référence | externalId | CL-00121 | CL-00134 | CL-00158
    Prénom | firstName | Youssef | Salma | Mehdi
    Nom | lastName | El Amrani | Benjelloun | Tazi
    Email | email | youssef.elamrani@example.ma | salma.b@example.com | mehdi.tazi@example.ma
    Téléphone | phone | 0661234567 | 0677889900 | 0522456789
    CIN | - | BK123456 | AB987654 | ""
    Prospect | - | Oui | Non | Oui
    Acheteur | - | Non | Oui | Non
    Locataire | - | Oui | Non | Non
  `),
  set({ id: 'fr-studio-yoga-membres-export-credits', kind: 'French yoga studio app\'s member export (first name, last name, e-mail, phone, status, credits, subscription, sign-up date, birth date)', lang: 'fr', defaultCountry: 'FR', source: 'index:52134404464 (a studio app\'s member export route, TypeScript)' }, `
    Prénom | firstName | Camille | Baptiste | Léa
    Nom | lastName | Perrin | Marchand | Chevalier
    Email | email | camille.perrin@example.fr | b.marchand@example.com | lea.chevalier@example.fr
    Téléphone | phone | 06 11 22 33 44 | "" | 07 55 66 77 88
    Statut | - | active | inactive | active
    Crédits | - | 4 | 0 | 10
    Crédits total | - | 10 | 10 | 20
    Abonnement | - | Carte 10 cours | "" | Illimité mensuel
    Date inscription | - | 2025-09-04 | 2025-01-15 | 2026-01-08
    Date naissance | dateOfBirth | 1992-07-19 | 1985-03-02 | 1998-12-11
  `),
  set({ id: 'fr-artisan-clients-export-interventions', kind: 'French tradesman\'s job app client export (first name, last name, e-mail, phone, address, postcode, city, number of jobs, notes)', lang: 'fr', defaultCountry: 'FR', source: 'index:53620393159 (a Next.js client export route, TypeScript)' }, `
    Prénom | firstName | Gérard | Sylvie | Thomas
    Nom | lastName | Lemoine | Garnier | Roux
    Email | email | gerard.lemoine@example.fr | "" | thomas.roux@example.com
    Téléphone | phone | 06 72 84 19 33 | 02 40 12 34 56 | 06 18 27 36 45
    Adresse | address1 | 3 impasse des Lilas | 27 rue Nationale | 110 route de Vannes
    Code postal | postalCode | 44470 | 44000 | 44700
    Ville | city | Carquefou | Nantes | Orvault
    Nb interventions | - | 3 | 1 | 7
    Notes | - | Chaudière gaz | Portail | Contrat d'entretien
  `),
  set({ id: 'fr-eglise-membres-import-role', kind: 'French church app\'s member import, the format its import dialog shows (first name, last name, e-mail, phone, role)', lang: 'fr', defaultCountry: 'FR', source: 'index:71301332509 (a church app\'s member import dialog, React)' }, `
    prénom | firstName | Samuel | Rebecca | Daniel
    nom | lastName | Mercier | Blanchard | Lefort
    email | email | samuel.mercier@example.fr | "" | daniel.lefort@example.com
    téléphone | phone | 06 14 25 36 47 | 07 25 36 47 58 | ""
    rôle | - | membre | pasteur | diacre
  `),
  set({ id: 'fr-salle-sport-prospects-source-statut', kind: 'French gym\'s lead list in the test CSV of an import plan (first name, last name, e-mail, phone, source, status)', lang: 'fr', defaultCountry: 'FR', source: 'index:52413828785 (an implementation plan for a lead import, Markdown)' }, `
    Prénom | firstName | Manon | Hugo | Chloé
    Nom | lastName | Giraud | Fabre | Renaud
    Email | email | manon.giraud@example.fr | hugo.fabre@example.com | chloe.renaud@example.fr
    Téléphone | phone | 0612345678 | 0698765432 | 0755443322
    Source | source | Meta Ads | Bouche-à-oreille | Instagram
    Statut | - | Nouveau | Nouveau | Relancé
  `),
  set({ id: 'fr-tn-opticien-ancien-logiciel-fiches', kind: 'Tunisian optician\'s client file exported from an old program (file number, civility, last name, first name, birth date, mobile, landline, e-mail, town, remarks)', lang: 'fr', defaultCountry: 'TN', source: 'index:70385826062 (a Django CRM\'s import tests, "old program" export, Python)' }, `
    # The file number is the client's id in the old program: the External ID. With a mobile and a landline only, the
    # mobile (GSM) is the main phone and the landline an additional one.
    N° Fiche | externalId | 2051 | 2052 | 2060
    Civ | - | Madame | M. | Mlle
    Nom | lastName | Jaziri | Mansour | Gharbi
    Prénom | firstName | Rim | Sami | Nour
    Date de naissance | dateOfBirth | 03/09/1979 | 17/01/1966 | 25/06/2001
    GSM | phone | 98 456 123 | 22 987 654 | 55 123 789
    Fixe | additionalPhones | 71 234 567 | "" | 74 456 890
    E-mail | email | rim.jaziri@example.tn | "" | nour.gharbi@example.com
    Ville | city | Sousse | Tunis | Sfax
    Observations | - | Lentilles mensuelles | Verres progressifs | ""
  `),
  set({ id: 'fr-sn-candidatures-import-nin-courrier', kind: 'Senegalese administration app\'s application list imported from Excel, semicolon-separated (row number, last name, first name, birth date, NIN, address, phone, mail reference)', lang: 'fr', defaultCountry: 'SN', source: 'index:67271506659 (an Angular Excel import service\'s spec, TypeScript)' }, `
    N° | - | 1 | 2 | 3
    Nom | lastName | Diop | Sarr | Ba
    Prénom | firstName | Mamadou | Fatou | Ousmane
    Date de naissance | dateOfBirth | 12/04/2001 | 30/09/1995 | 08/02/1988
    NIN | - | 1751200104567 | 2760199502345 | 1755198800123
    Adresse | address1 | Parcelles Assainies U17, Dakar | Médina Rue 22, Dakar | Sacré-Cœur 3, Dakar
    Telephone | phone | +221 77 123 45 67 | +221 78 234 56 78 | +221 33 821 45 67
    # The reference of the letter the application came with: not a contact field.
    Numéro courrier | - | REF-2026-014 | REF-2026-015 | REF-2026-021
  `),
  set({ id: 'fr-cabinet-patients-ref-externe', kind: 'French practice software\'s patient import, a semicolon CSV with a BOM (external reference, last name, first name, birth date, phone, e-mail)', lang: 'fr', defaultCountry: 'FR', source: 'index:68595780735 (a patient CSV source\'s tests, Rust)' }, `
    Ref_Externe | externalId | P104 | P105 | ""
    Nom | lastName | Barbier | Lacroix | Petitjean
    Prénom | firstName | Odile | Rémi | Zoé
    Date de naissance | dateOfBirth | 21/06/1954 | 09/12/1987 | ""
    Téléphone | phone | 0603040506 | 0478123456 | ""
    Email | email | odile.barbier@example.fr | remi.lacroix@example.com | ""
  `),
  set({ id: 'fr-reservistes-coller-lignes-sans-entete', kind: 'French public service app\'s volunteer list pasted from a spreadsheet without a header row (last name, first name, birth date, skills, functions, phone)', lang: 'fr', noHeader: true, defaultCountry: 'FR', source: 'index:22173661496 (a Vue form reading pasted rows, its column order)' }, `
    "" | lastName | Morel | Caron | Henry
    "" | firstName | Pascal | Aurélie | Maxime
    "" | dateOfBirth | 11/02/1975 | 06/08/1989 | 23/04/1996
    # Skills and functions say what the person can do for the service, like a role: not imported.
    "" | - | secourisme | logistique, conduite | informatique
    "" | - | chef d'équipe | équipier | équipier
    "" | phone | 06 11 47 58 69 | 07 22 58 69 70 | 06 33 69 70 81
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-autonoleggio-clienti-patente-documento', kind: 'Italian car rental app\'s client table, the columns it inserts (name, surname, phone, e-mail, tax code, address, town, CAP, birth date and place, ID document and driving licence with expiry dates, licence category, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:56111571897 (a car rental web app\'s server routes, JavaScript)' }, `
    nome | firstName | Riccardo | Alessia | Nicola
    cognome | lastName | Pagano | Monti | De Santis
    telefono | phone | 3391234567 | 3287654321 | 3401239876
    email | email | riccardo.pagano@example.it | alessia.monti@example.com | nicola.desantis@example.it
    codice_fiscale | - | PGNRCR85C12F205K | MNTLSS92H50H501M | DSNNCL77A01A662P
    indirizzo | address1 | Via Torino 44 | Via Nazionale 210 | Corso Cavour 15
    citta | city | Milano | Roma | Bari
    cap | postalCode | 20123 | 00184 | 70121
    data_nascita | dateOfBirth | 1985-03-12 | 1992-06-10 | 1977-01-01
    # The birth place is not where the client lives: not imported.
    luogo_nascita | - | Milano | Frosinone | Altamura
    documento_numero | - | CA12345AB | CA98765CD | AX1234567
    documento_scadenza | - | 2031-03-12 | 2029-06-10 | 2027-01-01
    patente_numero | - | U1A234567B | RM5678901C | BA1122334D
    patente_scadenza | - | 2033-03-12 | 2030-06-10 | 2028-01-01
    categoria_patente | - | B | B | C
    note | - | Cliente abituale | "" | Richiede seggiolino
  `),
  set({ id: 'it-migrazione-soci-csv-pulito', kind: 'Italian club software\'s migration guide, the clean CSV export of members it expects (id, name, surname, e-mail, birth date)', lang: 'it', defaultCountry: 'IT', source: 'index:61251344259 (a management software\'s data migration guide, Markdown)' }, `
    ID | externalId | 101 | 102 | 115
    Nome | firstName | Alessandro | Chiara | Davide
    Cognome | lastName | Moretti | Fontana | Rinaldi
    Email | email | alessandro.moretti@example.it | chiara.fontana@example.com | d.rinaldi@example.it
    DataNascita | dateOfBirth | 1984-02-11 | 1992-07-30 | 1979-12-03
  `),
  set({ id: 'it-registro-presenze-firma-export', kind: 'Italian sign-in register web page\'s CSV export, every cell quoted (name, surname, e-mail, date, signature image)', lang: 'it', defaultCountry: 'IT', source: 'index:45357338316 (a sign-in register page\'s export script, JavaScript)' }, `
    nome | firstName | Federica | Luca | Simona
    cognome | lastName | Barbieri | Mancini | Lombardi
    email | email | federica.barbieri@example.it | luca.mancini@example.com | simona.lombardi@example.it
    # The date the person signed the register, not a birth date.
    data | - | 2026-04-14T09:12:44.120Z | 2026-04-14T09:20:03.511Z | 2026-04-15T14:02:18.007Z
    firmaDataURL | - | data:image/png;base64,iVBORw0KGgoAAAANSUhEUg | data:image/png;base64,iVBORw0KGgoAAAANSUhEUh | data:image/png;base64,iVBORw0KGgoAAAANSUhEUi
  `),
  set({ id: 'it-rubrica-wpf-dati-pk', kind: 'Italian school exercise\'s address book file Dati.csv (primary key, name, surname, phone, e-mail, a trailing separator)', lang: 'it', defaultCountry: 'IT', source: 'index:12010615683 (a WPF address book\'s README, its CSV format)' }, `
    # The program's own key of the contact, the id the person is filed under there: the External ID.
    PK | externalId | 1 | 2 | 3
    Nome | firstName | Elisa | Marco | Valentina
    Cognome | lastName | Testa | Benedetti | Sala
    Telefono | phone | 3471234567 | 3289876543 | 3395551234
    Email | email | elisa.testa@example.it | marco.benedetti@example.com | vale.sala@example.it
    "" | - | "" | "" | ""
  `),
  set({ id: 'it-rubrica-db-lab-categorie', kind: 'Italian address book exercise\'s CSV export and import columns (name, surname, phone, e-mail, notes, categories)', lang: 'it', defaultCountry: 'IT', source: 'index:70611296823 (an address book lab\'s README, CSV section)' }, `
    nome | firstName | Paolo | Serena | Giacomo
    cognome | lastName | Caruso | De Luca | Ferraro
    telefono | phone | 333 4567890 | 02 87654321 | 345 1122334
    email | email | paolo.caruso@example.it | serena.deluca@example.com | ""
    note | - | Compleanno a maggio | "" | Collega di Marco
    # The source separates several categories with "|", which the table cannot hold: one category a row here.
    categorie | tags | Amici | Lavoro | Lavoro
  `),
  set({ id: 'it-ristorante-prenotazioni-import-tavolo', kind: 'Italian restaurant booking app\'s import of bookings from the old book (name, surname, phone, e-mail, date, time, covers, notes, table)', lang: 'it', defaultCountry: 'IT', source: 'index:69046388699 (a booking import\'s database tests, TypeScript)' }, `
    Nome | firstName | Roberto | Anna | Fabio
    Cognome | lastName | Gentile | Marchetti | Costa
    Telefono | phone | 333 222 1144 | "" | 3387766554
    Email | email | "" | anna.marchetti@example.it | fabio.costa@example.com
    # The booking's date, time, covers, notes and table: what the booking is about, not contact fields.
    Data | - | 14/02/2027 | 20/03/2027 | ""
    Ora | - | 20:30 | 13:00 | ""
    PAX | - | 2 | 6 | ""
    Note | - | Anniversario | Seggiolone | ""
    Tavolo | - | 7 | 15 | ""
  `),
  set({ id: 'it-rubrica-clienti-cpp-codice-fiscale', kind: 'Italian C++ exercise\'s client address book saved as CSV (id, name, surname, phone, e-mail, tax code, birth date)', lang: 'it', defaultCountry: 'IT', source: 'index:69541945332 (a C++ address book\'s CSV writer)' }, `
    id | externalId | 1 | 2 | 3
    nome | firstName | Tommaso | Giulia | Andrea
    cognome | lastName | Greco | Bruno | Conti
    telefono | phone | 3401122334 | 3475566778 | 3289900112
    email | email | tommaso.greco@example.it | giulia.bruno@example.com | andrea.conti@example.it
    codice_fiscale | - | GRCTMS90A01F205X | BRNGLI85M41H501Y | CNTNDR78C15L219Z
    data_nascita | dateOfBirth | 1990-01-01 | 1985-08-01 | 1978-03-15
  `),
  set({ id: 'it-clienti-export-note-date-modifica', kind: 'Italian desktop app\'s client list exported to CSV (name, surname, phone, e-mail, notes, creation and last change dates)', lang: 'it', defaultCountry: 'IT', source: 'index:887964882 (a .NET client service\'s CSV export, C#)' }, `
    Nome | firstName | Silvia | Massimo | Ilaria
    Cognome | lastName | Pellegrini | Rizzo | Marini
    Telefono | phone | +39 347 112 2334 | +39 06 1234 5678 | +39 320 445 5667
    Email | email | silvia.pellegrini@example.it | m.rizzo@example.com | ilaria.marini@example.it
    Note | - | Preferisce WhatsApp | "" | Richiamare a settembre
    Data Creazione | - | 12/01/2026 09:14 | 03/02/2026 17:40 | 20/02/2026 11:05
    Data Ultima Modifica | - | 15/03/2026 10:22 | 03/02/2026 17:40 | 01/04/2026 08:30
  `),
  set({ id: 'it-noleggio-furgoni-prenotazioni-ampia', kind: 'Italian van rental app\'s bookings table, the columns it inserts (code, name, surname, phone, e-mail, tax code, address, town, CAP, client type, VAT number, company name, vehicle, dates, times, days, km, prices, deposit, status, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:56361737649 (a van rental web app\'s booking routes, JavaScript)' }, `
    # The booking code is the booking's own number, like an order number: not imported.
    codice | - | PR-2026-0142 | PR-2026-0143 | PR-2026-0151
    nome | firstName | Lorenzo | Francesca | Emanuele
    cognome | lastName | Bianco | Russo | Ferrara
    telefono | phone | 3331234567 | 3479876543 | 3204567812
    email | email | lorenzo.bianco@example.it | f.russo@traslochirusso.example | emanuele.ferrara@example.com
    codice_fiscale | - | BNCLRN88D12L736K | RSSFNC80A41F839P | FRRMNL92T05G273C
    indirizzo | address1 | Via Piave 21 | Via dei Mille 4 | Viale Europa 130
    citta | city | Mestre | Napoli | Palermo
    cap | postalCode | 30171 | 80121 | 90144
    tipo_cliente | - | privato | azienda | privato
    piva | - | "" | 07654321098 | ""
    # The company a business customer books for: the Company name.
    ragione_sociale | companyName | "" | Traslochi Russo S.r.l. | ""
    mezzo_id | - | 3 | 5 | 3
    data_inizio | - | 2026-05-02 | 2026-05-10 | 2026-06-01
    data_fine | - | 2026-05-03 | 2026-05-12 | 2026-06-01
    ora_inizio | - | 08:00 | 09:00 | 07:30
    ora_fine | - | 19:00 | 18:00 | 20:00
    giorni | - | 2 | 3 | 1
    km_previsti | - | 250 | 600 | 120
    ritiro_serale | - | 0 | 1 | 0
    imponibile | - | 180.00 | 420.00 | 95.00
    iva | - | 39.60 | 92.40 | 20.90
    totale | - | 219.60 | 512.40 | 115.90
    cauzione | - | 300 | 500 | 300
    stato | - | confermata | in attesa | confermata
    note | - | Ritiro presso sede | Fattura elettronica | ""
  `),
  set({ id: 'it-judo-atleti-import-intestazioni-riordinate', kind: 'Italian judo club app\'s athlete CSV import with reordered Italian headers and an extra column (notes, membership card number, belt, weight, birth date, extra, gender, name, surname)', lang: 'it', defaultCountry: 'IT', source: 'index:57970603609 (an athlete CSV transfer\'s PHPUnit tests, PHP)' }, `
    Note | - | allergica al lattice | "" | ""
    # The federation card number is the id the athlete is filed under: the External ID.
    Numero tessera | externalId | ITA-0412 | ITA-0415 | ITA-0433
    Cintura | - | Verde | Arancione | Nera
    Peso (kg) | - | 52,5 | 38 | 81,2
    Data di nascita | dateOfBirth | 11/04/2010 | 23/09/2014 | 02/06/1996
    Campo extra | - | x | "" | ""
    Genere | - | Femmina | Maschio | Maschio
    Nome | firstName | Sofia | Leonardo | Matteo
    Cognome | lastName | Villa | Marino | Gallo
  `),
  set({ id: 'it-aps-soci-modello-import-tessera', kind: 'Italian association (APS) WordPress plugin\'s member import template (card number, member type, name, surname, e-mail, phone, tax code)', lang: 'it', defaultCountry: 'IT', source: 'index:71005335958 (an association plugin\'s member CSV reader, PHP)' }, `
    Numero tessera | externalId | 12 | 13 | 27
    # The kind of membership (ordinario, sostenitore) is a category the member is filed under: Tags.
    Tipo | tags | ordinario | sostenitore | ordinario
    Nome | firstName | Giovanna | Piero | Angela
    Cognome | lastName | Sartori | Longo | Farina
    Email | email | giovanna.sartori@example.it | piero.longo@example.com | angela.farina@example.it
    Telefono | phone | 3356677889 | 3482233445 | 3391029384
    Codice fiscale | - | SRTGNN70E45L840B | LNGPRI65B12D969T | FRNNGL82P58A944R
  `),
  set({ id: 'it-federazione-tesserati-societa-export', kind: 'Italian sports federation site\'s export of a club\'s registered athletes (name, surname, club, birth date, sector, qualification, year, card number, two trailing separators)', lang: 'it', defaultCountry: 'IT', source: 'index:9098634241 (a federation site\'s member export controller, PHP)' }, `
    NOME | firstName | ANDREA | ELENA | GABRIELE
    COGNOME | lastName | FUMAGALLI | CATTANEO | BRAMBILLA
    # The sports club the athlete is registered with is a group the person belongs to: Tags.
    SOCIETA | tags | ASD POLISPORTIVA MONZA | ASD POLISPORTIVA MONZA | GS VIMERCATE
    DATA NASCITA | dateOfBirth | 14/03/2009 | 02/11/2011 | 27/06/1990
    SETTORE | - | GIOVANILE | GIOVANILE | MASTER
    QUALIFICA | - | ATLETA | ATLETA | ALLENATORE
    ANNO | - | 2026 | 2026 | 2026
    NUMERO TESSERA | externalId | 245781 | 251339 | 198452
    "" | - | "" | "" | ""
    "" | - | "" | "" | ""
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-application-portal-import-approved-mailing', kind: 'application portal\'s import of form responses (approved flag, timestamp, e-mail, name, mailing address)', lang: 'en', source: 'index:51959944757 (an application CSV importer\'s tests, Ruby)' }, `
    Approved | - | Yes | No | Yes
    Timestamp | - | 2024-01-15 10:00:00 UTC | 2024-01-16 14:22:31 UTC | 2024-01-18 09:05:12 UTC
    Email Address | email | dana.whitfield@example.org | marcus.lee@example.com | priya.raman@example.net
    Name | name | Dana Whitfield | Marcus Lee | Priya Raman
    Mailing Address | address1 | 48 Orchard Ln, Burlington, VT 05401 | 1200 Elm St Apt 4, Dayton, OH 45402 | 77 Harbor View Rd, Portland, ME 04101
  `),
  set({ id: 'en-in-conference-travel-form-responses', kind: 'Indian conference\'s travel form responses from Google Forms (timestamp, e-mail, name, contact number, travel date, departure time, place, flight or train number, an unnamed column)', lang: 'en', defaultCountry: 'IN', source: 'index:43037351423 (an event travel planner reading the responses CSV, JavaScript)' }, `
    # The source's "Contact Number " and "Departure time from the location " end with a space, which the table cannot hold.
    Timestamp | - | 11/02/2026 18:22:41 | 11/02/2026 19:05:13 | 12/02/2026 08:47:02
    Email address | email | ananya.k@example.in | rohit.sharma@example.com | meera.pillai@example.in
    Name | name | Ananya Krishnan | Rohit Sharma | Meera Pillai
    Contact Number | phone | 98450 12345 | 9812345678 | 94470 98765
    Travel Date | - | 20/02/2026 | 20/02/2026 | 21/02/2026
    Departure time from the location | - | 06:30 | 14:15 | 22:40
    Place | - | Bengaluru | Delhi | Kochi
    Flight/train number (optional) | - | 6E 512 | "" | 12626
    Column 9 | - | "" | "" | ""
  `),
  set({ id: 'en-volunteer-scheduler-form-responses-roles', kind: 'session scheduler\'s sign-up form responses (timestamp, e-mail, name, primary and secondary leader or follower role, max sessions, availability, event duration, min interval)', lang: 'en', source: 'index:41659899439 (a volunteer scheduler\'s tests, Python)' }, `
    Timestamp | - | 2025-02-01 10:00:00 | 2025-02-01 11:42:17 | 2025-02-02 19:03:55
    Email Address | email | jess.morgan@example.com | tariq.h@example.org | lin.zhao@example.com
    Name | name | Jess | Tariq | Lin
    Primary Role | - | Leader | Follower | Leader
    Secondary Role | - | I only want to be scheduled in my primary role | Leader | Follower
    Max Sessions | - | 2 | 4 | 1
    Availability | - | Saturday March 1 - 5pm, Sunday March 2 - 5pm | Sunday March 2 - 5pm | Saturday March 1 - 5pm
    Event Duration | - | "" | 2 hours | ""
    Min Interval Days | - | 0 | 7 | 14
  `),
  set({ id: 'en-at-conference-volunteer-registration-form', kind: 'Austrian tech conference\'s volunteer registration Google Form responses (timestamp, e-mail, name, address, birth date, phone, WhatsApp consent, days, shifts, comments)', lang: 'en', defaultCountry: 'AT', source: 'index:64206146806 (a volunteer planner\'s demo recording script with its sample CSV, JavaScript)' }, `
    Timestamp | - | 2026-08-04 09:31:12 | 2026-08-05 20:14:48 | 2026-08-07 12:02:36
    Email address | email | katharina.pichler@example.at | lukas.gruber@example.com | sarah.huber@example.at
    Name | name | Katharina Pichler | Lukas Gruber | Sarah Huber
    Address | address1 | Annenstraße 12, 8020 Graz | Herrengasse 3, 8010 Graz | Wienerstraße 88, 8051 Graz
    Date of birth | dateOfBirth | 1996-05-18 | 1991-10-02 | 2001-01-27
    Phone number | phone | +43 664 1234567 | +43 676 9876543 | +43 650 5551234
    Can we add you to a WhatsApp group with all the volunteers to communicate during the conference days? | - | Yes | Yes | No
    I can help on the following days | - | Tuesday, 29th September | Monday 28th September (Afternoon, venue setup), Tuesday, 29th September | Wednesday, 30th September
    I would like to help for more than one shift (one shift is approx. 4-5 hours) | - | No | Yes | Yes
    Additional comments | - | "" | happy to do setup | vegetarian
  `),
  set({ id: 'en-sports-academy-athletes-import-parent', kind: 'youth sports academy\'s athlete import with preview (first name, last name, birth date, program, level, parent name, e-mail and phone, status, a custom column)', lang: 'en', source: 'index:71301633230 (an athlete import end-to-end script, JavaScript)' }, `
    First Name | firstName | Mason | Olivia | Ethan
    Last Name | lastName | Reyes | Carter-Bishop | Nguyen
    DOB | dateOfBirth | 4/18/2012 | 2011-09-02 | 7/30/2013
    Program | - | Youth Speed Development | Baseball Performance | Youth Speed Development
    Level | - | 2 | Level 1 | 3
    # The athletes are the contacts: the parent's name, e-mail and phone belong to another person.
    Parent Name | - | Gina Reyes | Laura Bishop | Tuan Nguyen
    Parent Email | - | gina.reyes@example.com | laura.bishop@example.com | tuan.nguyen@example.net
    Parent Phone | - | 702-555-0134 | "" | 702-555-0178
    Status | - | active | trial | active
    Favorite Color | - | blue | green | red
  `),
  set({ id: 'en-ng-school-bulk-student-upload-wide', kind: 'Nigerian school management app\'s bulk student upload (admission number, names, gender, birth and admission dates, status, nationality, origin, house, club, address, medical notes, session, term, class, parent\'s columns)', lang: 'en', defaultCountry: 'NG', source: 'index:9301576522 (a school app\'s bulk student upload tests, Pest PHP)' }, `
    Admission Number | externalId | 2025/014 | 2025/015 | 2025/031
    First Name | firstName | Tobenna | Aisha | Oluwaseun
    Middle Name | - | Chukwudi | "" | Adebayo
    Last Name | lastName | Nwosu | Bello | Adeyemi
    Gender (M/F/O) | - | M | F | M
    Date of Birth (YYYY-MM-DD) | dateOfBirth | 2012-04-15 | 2013-01-09 | 2011-11-30
    Admission Date (YYYY-MM-DD) | - | 2024-09-09 | 2024-09-09 | 2023-09-11
    Status (active/inactive/graduated/withdrawn) | - | active | active | withdrawn
    # Nationality and state of origin are not where the pupil lives: not imported.
    Student Nationality | - | Nigerian | Nigerian | Nigerian
    Student State of Origin | - | Enugu | Kano | Oyo
    Student LGA | - | Nsukka | Nassarawa | Ibadan North
    # The school house and the club name groups the pupil belongs to: Tags.
    House | tags | Blue | Green | Yellow
    Club | tags | Debate | Science | Football
    Student Address | address1 | 5 Adeola Odeku St, Victoria Island | 22 Airport Rd, Ikeja | 9 Allen Avenue, Ikeja
    Medical Information | - | "" | Asthma | ""
    Session (Name or ID) | - | 2025/2026 | 2025/2026 | 2024/2025
    Term (Name or ID) | - | First Term | First Term | Third Term
    Class (Name or ID) | - | Grade 6 | Grade 5 | JSS 1
    Class Arm (Name or ID) | - | Arm A | Arm B | Arm A
    Class Section (Name or ID) | - | Section Blue | Section Red | Section Blue
    # The pupil is the contact: the parent's columns belong to another person.
    Parent First Name | - | Ngozi | Hauwa | Folake
    Parent Last Name | - | Nwosu | Bello | Adeyemi
    Parent Email | - | ngozi.nwosu@example.com.ng | hauwa.bello@example.com | folake.adeyemi@example.com.ng
    Parent Phone | - | 08031234567 | 08129876543 | 07065432109
    Parent Address | - | 5 Adeola Odeku St, Victoria Island | 22 Airport Rd, Ikeja | 9 Allen Avenue, Ikeja
    Parent Occupation | - | Pharmacist | Civil servant | Trader
    Parent Nationality | - | Nigerian | Nigerian | Nigerian
    Parent State of Origin | - | Enugu | Kano | Oyo
    Parent LGA | - | Nsukka | Nassarawa | Ibadan North
  `),
  set({ id: 'en-ke-school-students-template-stream', kind: 'Kenyan school app\'s student import template (student name, birth date, gender, grade, stream, parent name, e-mail and phone)', lang: 'en', defaultCountry: 'KE', source: 'index:52149496116 (a school app\'s CSV import helpers and templates, TypeScript)' }, `
    Student Name | name | Wanjiru Kamau | Brian Ochieng | Faith Chebet
    Date of Birth | dateOfBirth | 2015-03-14 | 2014-08-21 | 2016-01-05
    Gender | - | Female | Male | Female
    Grade | - | Grade 3 | Grade 4 | Grade 2
    # The stream is the class a grade is split into: not imported, like a class.
    Stream | - | North | East | West
    Parent Name | - | Grace Kamau | Peter Ochieng | Sarah Chebet
    Parent Email | - | grace.kamau@example.co.ke | peter.ochieng@example.com | sarah.chebet@example.co.ke
    Parent Phone | - | 0712345678 | 0723456789 | 0734567890
  `),
  set({ id: 'en-in-shop-orders-gst-export', kind: 'Indian online shop\'s order export with GST breakdown (order number, customer name, e-mail, phone, shipping address, GSTIN, amounts, date)', lang: 'en', defaultCountry: 'IN', source: 'index:70750710408 (a shop admin API\'s orders CSV export, JavaScript)' }, `
    Order Number | - | ORD-20260214-0012 | ORD-20260214-0013 | ORD-20260215-0002
    Customer Name | name | Kavya Reddy | Arjun Mehta | Sneha Kulkarni
    Customer Email | email | kavya.reddy@example.in | arjun.mehta@example.com | sneha.k@example.in
    Customer Phone | phone | +91 98765 43210 | 9123456789 | +91 99001 22334
    # The customer's own address is not given, only where the order was shipped: never imported.
    Shipping Address | - | 14 MG Road, Bengaluru, KA 560001 | B-22 Sector 18, Noida, UP 201301 | 7 FC Road, Pune, MH 411004
    Customer GSTIN | - | "" | 09AAACM1234F1Z5 | ""
    Total Amount (INR) | - | 1499.00 | 12980.00 | 799.00
    Total GST (INR) | - | 228.66 | 1980.00 | 38.05
    CGST (INR) | - | 114.33 | 0.00 | 19.02
    SGST (INR) | - | 114.33 | 0.00 | 19.03
    IGST (INR) | - | 0.00 | 1980.00 | 0.00
    Date | - | 2026-02-14 10:12:33 | 2026-02-14 18:40:02 | 2026-02-15 08:03:51
  `),
];
