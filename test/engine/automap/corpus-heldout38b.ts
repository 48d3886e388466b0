// The thirty-eighth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish,
// Portuguese, French, Italian and English files; the first half, corpus-heldout38a.ts, holds the others): 55 header
// sets (480 columns, 259 of them expected to map; 22 Spanish, 8 Portuguese, 13 French, 4 Italian, 8 English) of customer, patient, member, lead and supplier lists written by small business, clinic, school, gym and CRM
// tools' export code, import templates and test fixtures, read in the public code index (sources are "index:<id>",
// the index's id of the file, when the repository is not known), written down with the mapping a careful person
// would choose by the field definitions and the rules, BEFORE the mapper was run on them and without reading
// the lexicon or the mapper. Sample values are made up in the shape of each file's own (no personal data or example
// rows from the sources are copied). Three files have no header row (their columns are named only in the code that
// reads them), one has Excel's "sep=;" line above the header. No set's headers repeat an older part's (each was compared
// lower-cased).
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
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout38' }, table);

export const HELDOUT38B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-mayorista-leads-apps-script', kind: 'wholesale lead form\'s sheet columns (Apps Script)', lang: 'es', source: 'index:57482689049 (an outdoor brand\'s wholesale request sheet, Argentina)', defaultCountry: 'AR' }, `
    Fecha | - | 12/03/2025 | 14/03/2025 | 15/03/2025
    Nombre | firstName | Julián | Carla | Ramiro
    Apellido | lastName | Ferreyra | Gómez | Paz
    Email | email | julian@tiendasur.example | carla.g@example.com | rpaz@example.net
    Teléfono | phone | 11 5123-4567 | 351 612-3344 | 261 455-7788
    Ciudad | city | Rosario | Córdoba | Mendoza
    Provincia | state | Santa Fe | Córdoba | Mendoza
    # How the person likes to be contacted: a preference, not imported.
    Preferencia de contacto | - | WhatsApp | Email | Teléfono
    Local físico | - | Sí | No | Sí
    # A trade name ("nombre de fantasía") beside the legal name (Razón social): the legal one is the Company name.
    Nombre de fantasía | - | Sur Aventura | "" | Cumbre Outdoor
    # The shop's address group is an alternate address beside the person's own city and province: not imported.
    Dirección local | - | Av. Pellegrini 1450 | "" | San Martín 820
    Ciudad local | - | Rosario | "" | Mendoza
    Provincia local | - | Santa Fe | "" | Mendoza
    Google Maps | - | https://maps.example/a1 | "" | https://maps.example/c3
    Rubros | - | Camping; Pesca | Indumentaria | Montaña
    Cómo comercializa | - | Local y redes | Online | Local
    Razón social | companyName | Sur Aventura SRL | "" | Cumbre Outdoor SA
    CUIT | - | 30-71234567-8 | "" | 30-70987654-3
    DNI | - | 28123456 | 33444555 | 30111222
    Condición IVA | - | Responsable Inscripto | Monotributo | Responsable Inscripto
  `),
  set({ id: 'es-crm-leads-export-origen', kind: 'CRM lead list\'s CSV export', lang: 'es', source: 'index:62778375015 (a small CRM\'s leads page export)' }, `
    Nombre | firstName | Valeria | Tomás | Inés
    Apellido | lastName | Ruiz | Olmedo | Castro
    Email | email | vruiz@example.com | tolmedo@example.org | ines.c@example.net
    Teléfono | phone | +34 612 334 455 | +52 55 1234 5678 | +57 300 123 4567
    Empresa | companyName | Logística Ruiz | Olmedo Consultores | ""
    Cargo | - | Gerente | Director | ""
    Origen | source | Web | Referido | Feria
    Estado | - | Nuevo | Contactado | Calificado
  `),
  set({ id: 'es-fichajes-empleados-hoja', kind: 'time-clock app\'s employees sheet (Excel export)', lang: 'es', source: 'index:58279064060 (a clock-in app\'s workbook, employees sheet)', defaultCountry: 'ES' }, `
    Nombre | firstName | Lucía | Andrés | Marta
    Apellido | lastName | Navarro | Gil | Prieto
    Email | email | lucia.navarro@empresa.example | agil@empresa.example | mprieto@empresa.example
    Teléfono | phone | 612 345 678 | 699 112 233 | 622 987 654
    Departamento | - | Almacén | Ventas | Administración
    Rol | - | empleado | supervisor | empleado
    Alta | - | 03/02/2025 | 17/09/2024 | 01/12/2023
  `),
  set({ id: 'es-boda-rsvp-hoja', kind: 'wedding invitation RSVP sheet (Apps Script)', lang: 'es', source: 'index:55342721199 (an invitation site\'s RSVP sheet)', defaultCountry: 'AR' }, `
    Nombre | firstName | Sofía | Martín | Paula
    Apellido | lastName | Benítez | Ríos | Luna
    Email | email | sofib@example.com | mrios@example.net | ""
    Teléfono | phone | 11 4455-6677 | 11 3344-5566 | 221 456-7890
    Asistencia | - | Sí | Sí | No
    Acomp. | - | 1 | 0 | 0
    Transfer | - | Sí | No | No
    Restricciones | - | Vegetariana | "" | ""
    Mensaje | - | ¡Felicidades! | "" | Lo siento mucho
    Fecha | - | 2025-08-01 | 2025-08-03 | 2025-08-04
    Slug | - | boda-ana-y-leo | boda-ana-y-leo | boda-ana-y-leo
    Mesa | - | 4 | 7 | ""
  `),
  set({ id: 'es-gimnasio-clientes-xlsx', kind: 'gym management app\'s clients workbook export', lang: 'es', source: 'index:56328739050 (a gym app\'s clients Excel export)', defaultCountry: 'AR' }, `
    # A bare "ID" of a client list: the External ID.
    ID | externalId | 101 | 102 | 103
    Nombre | firstName | Diego | Carolina | Esteban
    Apellido | lastName | Molina | Vera | Sosa
    Email | email | dmolina@example.com | cvera@example.com | esosa@example.net
    Teléfono | phone | 11 6543-2100 | 341 555-0101 | 11 2233-4455
    DNI | - | 35123456 | 40111222 | 29876543
    Activo | - | true | true | false
    País | country | Argentina | Argentina | Argentina
    Ciudad | city | CABA | Rosario | La Plata
    Dirección | address1 | Av. Rivadavia 5200 | Corrientes 1234 | Calle 7 845
    Cumpleaños | dateOfBirth | 1990-04-12 | 1995-11-30 | 1987-02-03
    # The plan and its subscription dates are about the membership charge: not contact fields.
    Plan | - | Mensual | Trimestral | Mensual
    Inicio Subscripción | - | 2025-01-01 | 2025-02-15 | 2024-12-01
    Fin Subscripción | - | 2025-01-31 | 2025-05-15 | 2024-12-31
  `),
  set({ id: 'es-curso-excel-ejercicio-contactos', kind: 'spreadsheet course\'s exercise workbook (contacts table)', lang: 'es', source: 'index:52816932665 (an Excel course generator, exercise 1)' }, `
    Nombre | firstName | Laura | Pedro | Sofía
    Apellido | lastName | Medina | Herrera | Campos
    Email | email | laura@email.example | pedro@email.example | sofia@email.example
    Teléfono | phone | 555-0101 | 555-0102 | 555-0103
    Ciudad | city | Ciudad de México | Bogotá | Lima
  `),
  set({ id: 'es-contabilidad-proveedores-export', kind: 'accounting app\'s vendors CSV export', lang: 'es', source: 'index:8874340789 (an accounting app\'s vendors page export)', defaultCountry: 'MX' }, `
    # The rows are vendors (companies): their code in the app is the External ID, the name the Company name.
    Código | externalId | PRV-0001 | PRV-0002 | PRV-0003
    Nombre | companyName | Papelería Central SA de CV | Transportes Olvera | Servicios Lumen
    Email | email | ventas@papeleriacentral.example | contacto@olvera.example | ""
    Teléfono | phone | 55 1234 5678 | 33 9876 5432 | 81 2345 6789
    Ciudad | city | CDMX | Guadalajara | Monterrey
    Saldo | - | $12,450.00 | $0.00 | $3,200.50
    Estado | - | Activo | Activo | Inactivo
  `),
  set({ id: 'es-erp-clientes-rfc-export', kind: 'ERP customers CSV export (Mexico)', lang: 'es', source: 'index:63156559375 (an ERP\'s customers page export, RFC column)', defaultCountry: 'MX' }, `
    # Customers may be people or companies; with no other name column the Name is the plain name.
    Nombre | name | Abarrotes Don Pepe | María Elena Cruz | Ferretería El Tornillo
    Email | email | donpepe@example.com | mecruz@example.net | ""
    Teléfono | phone | 222 123 4567 | 55 8765 4321 | 442 234 5678
    Ciudad | city | Puebla | CDMX | Querétaro
    RFC | - | ADP010203AB1 | CUGM850712XY9 | FTO990101ZZ3
    Límite de crédito | - | 50000 | 10000 | 25000
    Saldo | - | 12500.5 | 0 | 3400
    Estado | - | Activo | Activo | Inactivo
  `),
  set({ id: 'es-tienda-reporte-clientes', kind: 'online shop\'s customers report (admin export)', lang: 'es', source: 'index:29250260772 (a shop admin\'s customer report export)' }, `
    Nombre | name | Carlos Pineda | Ana Lucía Torres | Jorge Ramos
    Email | email | cpineda@example.com | altorres@example.org | jramos@example.net
    Teléfono | phone | +502 5555 1234 | +502 4444 9876 | +502 3333 4567
    Ciudad | city | Guatemala | Quetzaltenango | Antigua
    Fecha Registro | - | 2024-03-10 | 2024-07-22 | 2025-01-05
    Total Pedidos | - | 5 | 2 | 0
    Total Gastado | - | 1250.00 | 320.50 | 0.00
  `),
  set({ id: 'es-cl-clientes-export-compras', kind: 'small shop\'s customers export (Chile)', lang: 'es', source: 'index:21610088687 (a shop dashboard\'s customer export)', defaultCountry: 'CL' }, `
    ID | externalId | 1 | 2 | 3
    Nombre | name | Camila Fuentes | Benjamín Rojas | Javiera Soto
    Email | email | cfuentes@example.cl | brojas@example.cl | jsoto@example.com
    Teléfono | phone | 9 8765 4321 | 9 1234 5678 | 9 5555 6666
    Ciudad | city | Santiago | Valparaíso | Concepción
    Fecha Registro | - | 12-01-2025 | 03-02-2025 | 20-02-2025
    Última Compra | - | 15-03-2025 | "" | 01-03-2025
    Total Compras | - | 45990 | 0 | 12990
    Estado | - | Activo | Inactivo | Activo
  `),
  set({ id: 'es-co-cotizaciones-solares-csv', kind: 'solar installer\'s quote requests export (documented CSV format)', lang: 'es', source: 'index:62810446219 (a solar quote tool\'s admin report format)', defaultCountry: 'CO' }, `
    # The quote's own code, not the person's: not imported.
    ID | - | NSA-2025-0001 | NSA-2025-0002 | NSA-2025-0003
    Fecha | - | 2025-12-12 10:30 | 2025-12-13 09:05 | 2025-12-14 16:40
    Nombre | name | Andrés Pacheco | Luisa Mejía | Fernando Díaz
    Email | email | apacheco@example.com | lmejia@example.co | fdiaz@example.net
    Teléfono | phone | +57 3001234567 | +57 3109876543 | +57 3205556677
    Ciudad | city | Barranquilla | Cartagena | Santa Marta
    Consumo (kWh/mes) | - | 500 | 320 | 780
    Num Paneles | - | 10 | 6 | 14
    Capacidad (kW) | - | 6.15 | 3.69 | 8.61
    Valor Total | - | 35000000 | 21000000 | 49000000
    Ahorro Mensual | - | 850000 | 510000 | 1200000
    Tiempo Retorno (años) | - | 3.5 | 3.4 | 3.4
    Email Enviado | - | Sí | Sí | No
    Tiene Opción 2 | - | No | Sí | No
  `),
  set({ id: 'es-concesionario-leads-utm', kind: 'car dealer landing pages\' leads export', lang: 'es', source: 'index:53691821369 (a dealer site\'s leads export controller)' }, `
    ID | - | 345 | 346 | 347
    Nombre | name | Raúl Espinoza | Daniela Cortés | Mateo Lara
    Email | email | respinoza@example.com | dcortes@example.net | mlara@example.org
    Teléfono | phone | +51 987 654 321 | +51 912 345 678 | +51 956 789 012
    Ciudad | city | Lima | Arequipa | Trujillo
    Modelo | - | Sedán X | SUV Y | Sedán X
    # "Fuente" is where the lead came from: the Source; the landing page and UTM columns beside it are sub-origins.
    Fuente | source | facebook | google | web
    Landing Page | - | /promo-sedan | /suv | /
    UTM Source | - | facebook | google | ""
    UTM Medium | - | cpc | cpc | ""
    UTM Campaign | - | verano25 | suv-lanzamiento | ""
    Fecha | - | 2025-02-01 | 2025-02-02 | 2025-02-03
  `),
  set({ id: 'es-directorio-proveedores-balance', kind: 'purchasing app\'s vendor directory export', lang: 'es', source: 'index:9022681581 (a vendor directory page export)' }, `
    Código | externalId | V-100 | V-101 | V-102
    Nombre | companyName | Suministros Andinos | Grupo Ferrel | Imprenta Sol
    Email | email | info@andinos.example | compras@ferrel.example | sol@imprenta.example
    Teléfono | phone | +593 2 245 6789 | +593 4 223 3445 | +593 7 284 1122
    Ciudad | city | Quito | Guayaquil | Cuenca
    Balance | - | $1500 | $0 | $230
  `),
  set({ id: 'es-programa-estudiantes-tabla', kind: 'training programme\'s students table (admin page)', lang: 'es', source: 'index:69036627166 (a programme admin\'s students table)', defaultCountry: 'CO' }, `
    ID | externalId | 21 | 22 | 23
    Nombre | firstName | Santiago | Valentina | Nicolás
    Apellido | lastName | Arango | Quintero | Salazar
    Email | email | sarango@example.com | vquintero@example.com | nsalazar@example.com
    Teléfono | phone | 300 111 2233 | 310 444 5566 | 320 777 8899
    Dirección | address1 | Cra 45 # 12-30 | Cl 10 # 5-21 | Av 6N # 23-45
    Fecha Nac. | dateOfBirth | 2001-05-14 | 1999-09-02 | 2003-01-27
    Programa | - | Desarrollo Web | Diseño | Desarrollo Web
    Estado | - | Activo | Graduado | Activo
    Género | - | M | F | M
    Documento | - | 1020304050 | 1098765432 | 1122334455
  `),
  set({ id: 'es-usuarios-tabla-escritorio', kind: 'desktop app\'s users table (admin screen)', lang: 'es', source: 'index:58838303897 (a Swing admin screen\'s users table)' }, `
    ID | externalId | 1 | 2 | 3
    Nombre | firstName | Elena | Pablo | Rocío
    Apellido | lastName | Vargas | Cano | Iglesias
    Email | email | evargas@example.com | pcano@example.com | riglesias@example.com
    Teléfono | phone | 600 111 222 | 611 333 444 | 622 555 666
    Rol | - | ADMIN | VENDEDOR | VENDEDOR
    Activo | - | true | true | false
  `),
  set({ id: 'es-taller-clientes-csv-vehiculos', kind: 'car workshop app\'s customer CSV database', lang: 'es', source: 'index:31058982297 (a workshop app\'s CSV loader, documented columns)', defaultCountry: 'ES' }, `
    Nombre | name | Álvaro Pérez | Nuria Santos | Ignacio Vidal
    Teléfono | phone | 612 345 678 | 634 567 890 | 655 432 109
    Email | email | aperez@example.com | nsantos@example.com | ividal@example.com
    Dirección | address1 | C/ Mayor 12, Madrid | Av. Diagonal 400, Barcelona | C/ Colón 5, Valencia
    Contraseña | - | x9K2pq | 7hTr4m | Qw3e8z
    NumVehiculos | - | 1 | 2 | 1
    NombreVehiculo | - | Seat León | Renault Clio | Toyota Corolla
    Modelo | - | 2018 | 2020 | 2016
    OrdenesCompletadas | - | 3 | 5 | 1
    OrdenesEnProceso | - | 0 | 1 | 0
    Kilometraje | - | 85000 | 42000 | 120500
  `),
  set({ id: 'es-clientes-frecuentes-tabla', kind: 'shop app\'s frequent customers table', lang: 'es', source: 'index:40449162459 (a shop front end\'s frequent customers table)' }, `
    ID | externalId | 7 | 8 | 9
    Nombre | firstName | Mariana | Gustavo | Patricia
    Apellido | lastName | Ortega | Ibáñez | Reyes
    Email | email | mortega@example.com | gibanez@example.com | preyes@example.com
    Teléfono | phone | +54 9 11 5555 1111 | +54 9 11 5555 2222 | +54 9 351 555 3333
    Estado | - | activo | activo | inactivo
    Creado | - | 2024-10-01T12:00:00Z | 2024-11-15T09:30:00Z | 2025-01-20T18:45:00Z
    Actualizado | - | 2025-02-01T10:00:00Z | 2024-11-15T09:30:00Z | 2025-02-10T08:15:00Z
  `),
  set({ id: 'es-consola-project-managers-clave', kind: 'project tracker\'s console table of project managers', lang: 'es', source: 'index:28761669103 (a console app\'s project managers listing)', defaultCountry: 'MX' }, `
    # The manager's key in the app: the External ID of the person listed.
    Clave | externalId | 1 | 2 | 3
    Nombre | firstName | Ricardo | Adriana | Hugo
    Apellido | lastName | Salinas | Montes | Treviño
    Email | email | rsalinas@example.mx | amontes@example.mx | htrevino@example.mx
    Teléfono | phone | 81 1234 5678 | 55 2345 6789 | 33 3456 7890
  `),
  set({ id: 'es-agenda-clientes-notas-export', kind: 'booking app\'s clients CSV export (Argentina)', lang: 'es', source: 'index:51873860917 (a single-page booking app\'s clients export)', defaultCountry: 'AR' }, `
    Nombre | name | Florencia Díaz | Gonzalo Méndez | Agustina Ruiz
    Teléfono | phone | 11 5432-1098 | 341 678-9012 | 11 2345-6789
    Email | email | flor.diaz@example.com | gmendez@example.com | ""
    Dirección | address1 | Av. Cabildo 2100 | Bv. Oroño 900 | Thames 1500
    Notas | - | Prefiere turnos tarde | "" | Alergia al látex
  `),
  set({ id: 'es-taller-clientes-csv-vehiculo-id', kind: 'car workshop app\'s customer CSV (documented format with vehicle id)', lang: 'es', source: 'index:30981784898 (a workshop app\'s CSV help panel)', defaultCountry: 'ES' }, `
    Nombre | name | Javier Moreno | Silvia Ortiz | Raquel Blanco
    Teléfono | phone | 611 223 344 | 644 556 677 | 688 990 011
    Email | email | jmoreno@example.com | sortiz@example.com | rblanco@example.com
    Dirección | address1 | C/ Alcalá 200, Madrid | C/ Sierpes 10, Sevilla | Av. Constitución 3, Zaragoza
    Contraseña | - | a1B2c3 | d4E5f6 | g7H8i9
    NumVehiculos | - | 1 | 1 | 2
    NombreVehiculo | - | Ford Focus | Kia Ceed | Peugeot 308
    Modelo | - | 2019 | 2021 | 2017
    OrdenesCompletadas | - | 2 | 0 | 4
    OrdenesEnProceso | - | 1 | 1 | 0
    VehiculoId | - | VH-001 | VH-002 | VH-003
    Kilometraje | - | 65000 | 18000 | 98000
  `),
  set({ id: 'es-agencia-viajes-clientes-nif', kind: 'travel agency database\'s customers table (documented physical model)', lang: 'es', source: 'index:21446114703 (a travel agency\'s physical data model)', defaultCountry: 'ES' }, `
    # The customer's tax id is the table's key: not imported (a tax number).
    NIF | - | 12345678Z | 87654321X | 11223344B
    Nombre | firstName | Irene | Óscar | Carmen
    # Spanish-style surnames in one column: the Last name.
    Apellidos | lastName | Sanz Medina | Delgado Ruiz | Herrero Gil
    Teléfono | phone | 612 000 111 | 633 222 444 | 655 333 777
    Email | email | irene.sanz@example.es | odelgado@example.es | cherrero@example.com
  `),
  set({ id: 'es-notas-clientes-export-sin-encabezado', kind: 'hand-made list read without a header row (pandas exercise)', lang: 'es', source: 'index:46915590416 (an exploration exercise reading a CSV without a header)', noHeader: true }, `
    # The file has no header row: its three columns are named Nombre, Edad, País only in the code. An age is not a
    # contact field.
    "" | name | Lucía Romero | Héctor Aguilar | Ana Beltrán
    "" | - | 34 | 41 | 28
    "" | country | España | México | Chile
  `),
  // --------------------------------------------------------------------------------------------------- Portuguese
  set({ id: 'pt-radar-empresas-setor', kind: 'B2B prospecting app\'s companies import (store test)', lang: 'pt', source: 'index:65764165753 (a prospecting radar\'s communication store test)', defaultCountry: 'BR' }, `
    Razão Social | companyName | Metalúrgica Serra LTDA | Agro Vale SA | Têxtil Aurora ME
    CNPJ | - | 12.345.678/0001-90 | 98.765.432/0001-10 | 11.222.333/0001-81
    Cidade | city | Goiânia | Rio Verde | Anápolis
    UF | state | GO | GO | GO
    Setor | - | Indústria | Agronegócio | Têxtil
    Funcionários | - | 1500 | 320 | 45
  `),
  set({ id: 'pt-importador-clientes-amostra-cpf', kind: 'CRM importer\'s sample file (mapping screen)', lang: 'pt', source: 'index:69645680028 (a CRM import wizard\'s sample upload)', defaultCountry: 'BR' }, `
    Nome do Cliente | name | Rafael Moreira | Juliana Castro | Bruno Teixeira
    CPF | - | 529.982.247-25 | 012.345.678-90 | 111.444.777-35
    E-mail | email | rafael@teste.example | juliana@teste.example | bruno@teste.example
    Telefone | phone | (41) 99988-1122 | (11) 98877-2233 | (21) 97766-3344
    Cidade | city | Curitiba | São Paulo | Niterói
    Estado | state | PR | SP | RJ
  `),
  set({ id: 'pt-landing-leads-whatsapp-captura', kind: 'landing page\'s lead capture CSV', lang: 'pt', source: 'index:31973911892 (a landing page\'s PHP lead capture file)', defaultCountry: 'BR' }, `
    Nome | name | Camila Ribeiro | Thiago Alves | Larissa Nunes
    Email | email | camila.r@example.com | thiago.alves@example.com | larissa@example.net
    # The WhatsApp number is the only phone the file has: the main phone.
    WhatsApp | phone | (11) 91234-5678 | (31) 99876-5432 | (85) 98765-4321
    DataCaptura | - | 2025-03-01 14:22:10 | 2025-03-01 15:03:44 | 2025-03-02 09:12:05
  `),
  set({ id: 'pt-funil-produto-etapa-export', kind: 'course funnel\'s students progress export', lang: 'pt', source: 'index:56187640321 (an onboarding funnel\'s admin export)', defaultCountry: 'BR' }, `
    Nome | name | Gabriel Costa | Beatriz Lima | Felipe Rocha
    Email | email | gabriel@example.com | bia.lima@example.com | frocha@example.net
    WhatsApp | phone | (11) 9****-5678 | (21) 9****-4321 | (41) 9****-1122
    Produto | - | mentoria | geral | curso-base
    Etapa | - | pagamento | boas-vindas | modulo-2
    Atualizado | - | 2025-04-02 | 2025-04-03 | 2025-04-05
  `),
  set({ id: 'pt-escola-musica-matriculas-modelo', kind: 'music school\'s enrolment import template', lang: 'pt', source: 'index:3590351658 (a school platform\'s enrolments CSV template)', defaultCountry: 'BR' }, `
    nome | name | Helena Martins | Davi Souza | Clara Mendes
    email | email | helena@example.com | davi.souza@example.com | clara.m@example.com
    whatsapp | phone | 11999990001 | 11999990002 | 11999990003
    dataNascimento | dateOfBirth | 2012-03-15 | 1998-07-22 | 2009-11-02
    cpf | - | 12345678909 | 98765432100 | 11144477735
    # The guardian's columns are a parent's: not imported.
    nomeResponsavel | - | Paula Martins | "" | Jorge Mendes
    cpfResponsavel | - | 22233344405 | "" | 33322211109
    curso | - | Piano | Violão | Canto
    frequenciaSemanal | - | 1 | 2 | 1
    tempoAulaMinutos | - | 60 | 45 | 60
    tipoAula | - | individual | grupo | individual
    nomeGrupo | - | "" | Violão Iniciante | ""
    cep | postalCode | 01310-100 | 04567-000 | 13015-210
    rua | address1 | Av. Paulista | Rua Funchal | Rua Barão de Jaguara
    cidade | city | São Paulo | São Paulo | Campinas
    estado | state | SP | SP | SP
    # A house number on its own and a second address line are not imported.
    numero | - | 1000 | 200 | 55
    complemento | - | ap 12 | "" | sala 3
    moraNoExterior | - | não | não | não
    enderecoExterior | - | "" | "" | ""
    valorMensalidade | - | 350,00 | 220,00 | 300,00
  `),
  set({ id: 'pt-crm-importacao-previa-uf', kind: 'lead CRM\'s CSV import preview (test file)', lang: 'pt', source: 'index:71069054715 (a lead CRM\'s import preview test)', defaultCountry: 'BR' }, `
    Nome | name | Vinícius Lopes | Patrícia Freitas | Eduardo Reis
    Telefone | phone | 11 92222-1111 | 21 93333-4444 | 31 94444-5555
    E-mail | email | vlopes@example.com | pfreitas@example.com | ""
    UF | state | SP | RJ | MG
  `),
  set({ id: 'pt-agenda-contatos-endereco', kind: 'address book script\'s CSV export', lang: 'pt', source: 'index:15034831964 (a Python address book\'s export function)', defaultCountry: 'BR' }, `
    Nome | name | Fernanda Prado | Rodrigo Sales | Tatiane Melo
    Telefone | phone | (11) 3456-7890 | (19) 99876-1234 | (48) 98765-4321
    E-mail | email | fprado@example.com | rsales@example.com | tmelo@example.net
    Endereço | address1 | Rua Augusta, 500 | Av. Brasil, 1200 | Rua Felipe Schmidt, 33
  `),
  set({ id: 'pt-loja-clientes-alerta-historico', kind: 'shop follow-up app\'s customers and contact history export', lang: 'pt', source: 'index:55651797836 (a customer follow-up app\'s CSV export)', defaultCountry: 'BR' }, `
    Nome | name | Sandra Vieira | José Almeida | Priscila Barros
    Telefone | phone | (62) 99123-4567 | (62) 98234-5678 | (64) 99345-6789
    E-mail | email | sandra.v@example.com | "" | pbarros@example.com
    Data Ultima Compra | - | 2025-01-10 | 2024-09-22 | 2025-02-28
    Status | - | Em Dia | Em Alerta | Em Dia
    Data do Contato | - | 2025-02-15 | 2025-01-05 | ""
    Efetuou Compra | - | Sim | Não | ""
    Produto | - | Ração 15kg | "" | ""
    Valor | - | 189,90 | "" | ""
    Observacao | - | Voltar em março | Não atendeu | ""
  `),
  // --------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-syndicat-viticole-factures-export', kind: 'wine trade body\'s invoices accounting export', lang: 'fr', source: 'index:7797810788 (a wine registry app\'s invoice CSV export)', defaultCountry: 'FR' }, `
    Date | - | 2025-01-15 | 2025-01-15 | 2025-02-01
    # The member company's id in the app: the External ID; its accounting code beside it is a second id, not imported.
    Identifiant societe | externalId | SOCIETE-7523001 | SOCIETE-7523014 | SOCIETE-6812007
    Code comptable client | - | 411CHAT01 | 411DOM014 | 411CAV007
    Raison sociale | companyName | Château des Aubiers | Domaine Lefèvre | Cave Saint-Roch
    Adresse | address1 | 12 route de Bordeaux | 4 chemin des Vignes | 1 place de l'Église
    Code Postal | postalCode | 33330 | 51150 | 84100
    Ville | city | Saint-Émilion | Ambonnay | Orange
    # A landline and a mobile: the landline is the main phone, the mobile an additional one.
    Telephone fixe | phone | 05 57 24 00 00 | 03 26 00 11 22 | 04 90 11 22 33
    Telephone Portable | additionalPhones | 06 12 34 56 78 | "" | 07 61 23 45 67
    eMail | email | contact@aubiers.example | domaine@lefevre.example | cave@saintroch.example
    Piece | - | F2025-0012 | F2025-0013 | F2025-0040
    Identifiant Analytique | - | 706100 | 706100 | 706200
    Nom Cotisation | - | Cotisation annuelle | Cotisation annuelle | Cotisation volume
    Cotisation Prix unitaire | - | 150.00 | 150.00 | 0.35
    Quantite Cotisation | - | 1 | 1 | 1200
    Prix HT | - | 150.00 | 150.00 | 420.00
    TVA | - | 30.00 | 30.00 | 84.00
    Prix TTC | - | 180.00 | 180.00 | 504.00
    Montant payé | - | 180.00 | 0.00 | 504.00
    Export comptable | - | 1 | 0 | 1
    id facture | - | FACTURE-1 | FACTURE-2 | FACTURE-3
  `),
  set({ id: 'fr-facturation-comptes-options', kind: 'SaaS billing export for the accountant', lang: 'fr', source: 'index:42691386796 (a school-software billing job\'s CSV)', defaultCountry: 'FR' }, `
    # The rows are billing accounts (organisations): the account name is the Company name, its accounting id the External ID.
    Nom du compte de facturation | companyName | Mairie de Vernon | Collège Jean Moulin | OGEC Sainte-Marie
    Identifiant comptable du compte de facturation | externalId | CLI-00123 | CLI-00456 | CLI-00789
    E-mail | email | compta@vernon.example | gestion@jmoulin.example | ogec@stemarie.example
    # The legal name beside the account name is a second name of the same organisation: not imported.
    Raison sociale | - | Commune de Vernon | Département de l'Eure | OGEC Sainte-Marie
    Adresse | address1 | 1 place de la Mairie | 12 rue des Écoles | 3 rue Pasteur
    Code postal | postalCode | 27200 | 27000 | 76000
    Ville | city | Vernon | Évreux | Rouen
    Établissement | - | École Victor Hugo | Collège Jean Moulin | École Sainte-Marie
    Nom de l'option | - | Cantine | Garderie | Cantine
    Identifiant comptable de l'option | - | OPT-CANT | OPT-GARD | OPT-CANT
    Quantité | - | 120 | 45 | 80
    Prix unitaire | - | 0,50 | 0,30 | 0,50
    Prix HT | - | 60,00 | 13,50 | 40,00
    Prix TTC | - | 72,00 | 16,20 | 48,00
    Échéance mensuelle facturation | - | 2025-03 | 2025-03 | 2025-03
  `),
  set({ id: 'fr-pharmacies-etablissements-fixture', kind: 'pharmacists\' register import fixture (establishments file)', lang: 'fr', source: 'index:53273430827 (a pharmacy directory importer\'s test fixture)', defaultCountry: 'FR' }, `
    Numéro d'établissement | externalId | ETAB-101 | ETAB-102 | ETAB-103
    Type établissement | - | Officine | Officine | Pharmacie mutualiste
    # A trade name beside the legal name: the legal name is the Company name, the trade name not imported.
    Dénomination commerciale | - | Pharmacie de la Gare | Grande Pharmacie | Pharmacie du Port
    Raison sociale | companyName | Pharmacie de la Gare SELARL | Grande Pharmacie SAS | Mutualité du Port
    Adresse | address1 | 5 avenue de la Gare | 18 rue Nationale | 2 quai Duguay
    Code postal | postalCode | 69007 | 59000 | 29200
    Commune | city | Lyon | Lille | Brest
    Département | - | 69 | 59 | 29
    Région | state | Auvergne-Rhône-Alpes | Hauts-de-France | Bretagne
    Téléphone | phone | 0478000000 | 0320000000 | 0298000000
    Fax | - | 0478000001 | 0320000001 | ""
    Latitude | - | 45.7489 | 50.6365 | 48.3820
    Longitude | - | 4.8431 | 3.0635 | -4.4860
    Site web | website | https://pharmagare.example | "" | https://pharmaport.example
    Horaires | - | Mo-Sa 08:30-19:30 | Mo-Fr 09:00-19:00 | Mo-Sa 09:00-12:30
    Siret | - | 12345678900011 | 22345678900022 | 32345678900033
  `),
  set({ id: 'fr-registre-vci-export', kind: 'wine registry\'s VCI stock register export', lang: 'fr', source: 'index:8169177118 (a wine registry app\'s VCI register export)', defaultCountry: 'FR' }, `
    Campagne | - | 2024-2025 | 2024-2025 | 2024-2025
    # The CVI (the grower's register number) is the grower's id in the trade's systems: the External ID.
    CVI | externalId | 5143600123 | 6847100456 | 2112300789
    SIRET | - | 41234567800012 | 51234567800023 | 61234567800034
    Raison sociale | companyName | EARL Moreau | SCEA Les Coteaux | GAEC Martin Frères
    Adresse | address1 | 8 rue des Pressoirs | Lieu-dit Les Coteaux | 2 grande rue
    Code postal | postalCode | 51160 | 68340 | 21700
    Commune | city | Aÿ-Champagne | Riquewihr | Nuits-Saint-Georges
    Email | email | earl.moreau@example.fr | coteaux@example.fr | ""
    Produit | - | Champagne blanc | Alsace Riesling | Bourgogne rouge
    Dénomination complémentaire | - | "" | Grand Cru | ""
    Stockage | - | Chai principal | "" | ""
    Stock précédent | - | 120.50 | 45.00 | 80.00
    Destruction | - | 0 | 0 | 2.50
    Complément | - | 10.00 | 0 | 0
    Substitution | - | 0 | 5.00 | 0
    Rafraichi | - | 15.00 | 0 | 10.00
    Constitue | - | 20.00 | 8.00 | 12.00
    Stock | - | 115.50 | 48.00 | 79.50
  `),
  set({ id: 'fr-microfinance-clients-fcfa', kind: 'microfinance desktop app\'s clients export', lang: 'fr', source: 'index:61976249007 (a microcredit app\'s Excel-ready clients export)', defaultCountry: 'CI' }, `
    Nom | lastName | Kouassi | Traoré | Diallo
    Prénom | firstName | Aya | Moussa | Fatou
    Téléphone | phone | 07 07 12 34 56 | 05 05 98 76 54 | 01 01 23 45 67
    Email | email | aya.kouassi@example.ci | mtraore@example.com | ""
    Adresse | address1 | Cocody, rue des Jardins | Yopougon Selmer | Plateau, av. Chardy
    Profession | - | Commerçante | Menuisier | Couturière
    Revenu mensuel (FCFA) | - | 250000 | 180000 | 120000
    Date inscription | - | 12/01/2025 | 03/02/2025 | 21/02/2025
    Statut | - | Actif | Actif | Suspendu
  `),
  set({ id: 'fr-huilerie-clients-olives', kind: 'olive oil mill\'s clients export (Qt app)', lang: 'fr', source: 'index:66868330943 (an olive mill management app\'s clients export)', defaultCountry: 'TN' }, `
    ID | externalId | 1 | 2 | 3
    Nom | lastName | Ben Salah | Trabelsi | Gharbi
    Prénom | firstName | Mohamed | Amira | Karim
    Téléphone | phone | 98 123 456 | 22 345 678 | 55 987 654
    Email | email | mbensalah@example.tn | amira.t@example.com | ""
    # A client type (farmer, wholesaler) is a category the client is filed under: Tags.
    Type | tags | Agriculteur | Grossiste | Agriculteur
    Total Olives (kg) | - | 1250.5 | 8400 | 620
    Statut | - | Actif | Actif | Inactif
  `),
  set({ id: 'fr-contacts-export-commentaire', kind: 'contact manager\'s CSV export (PHP)', lang: 'fr', source: 'index:34259685187 (a PHP contacts module\'s export page)', defaultCountry: 'FR' }, `
    nom | lastName | Lemoine | Fabre | Roussel
    prénom | firstName | Claire | Hugo | Inès
    téléphone | phone | 01 45 67 89 00 | 06 11 22 33 44 | 04 78 12 34 56
    email | email | claire.lemoine@example.fr | hfabre@example.fr | ines.roussel@example.com
    adresse | address1 | 14 rue Oberkampf | 3 allée des Tilleuls | 27 cours Lafayette
    ville | city | Paris | Nantes | Lyon
    code postal | postalCode | 75011 | 44000 | 69003
    commentaire | - | Rappeler en mars | "" | Client fidèle
    date de création | - | 2024-11-02 | 2025-01-17 | 2025-02-09
  `),
  set({ id: 'fr-test-langue-resultats-civilite', kind: 'language test results export (training centre)', lang: 'fr', source: 'index:69028938945 (a training centre\'s language test results page)', defaultCountry: 'FR' }, `
    Civilité | - | Mme | M. | Mme
    Nom | lastName | Bernard | Petit | Moreau
    Prénom | firstName | Léa | Nathan | Chloé
    Téléphone | phone | 06 12 34 56 78 | 07 98 76 54 32 | 06 55 44 33 22
    Email | email | lea.bernard@example.fr | nathan.petit@example.fr | chloe.m@example.com
    Score | - | 42 | 35 | 48
    Niveau | - | B1 | A2 | B2
    Date | - | 14/03/2025 | 14/03/2025 | 15/03/2025
  `),
  set({ id: 'fr-collecte-tech-resultats-profil', kind: 'recruitment test results export (training centre)', lang: 'fr', source: 'index:69279480969 (a tech skills test\'s results page export)', defaultCountry: 'FR' }, `
    Nom | lastName | Garnier | Chevalier | Faure
    Prénom | firstName | Lucas | Manon | Théo
    Téléphone | phone | 06 01 02 03 04 | 07 11 22 33 44 | 06 99 88 77 66
    Email | email | lucas.garnier@example.fr | manon.c@example.fr | theo.faure@example.com
    Score | - | 17 | 12 | 19
    Profil | - | Développeur | Support | Réseau
    Date | - | 02/04/2025 | 02/04/2025 | 03/04/2025
  `),
  set({ id: 'fr-qcm-resultats-score', kind: 'quiz results export (training centre)', lang: 'fr', source: 'index:70941592810 (a training centre\'s quiz results page export)', defaultCountry: 'FR' }, `
    Nom | lastName | Lambert | Girard | Bonnet
    Prénom | firstName | Emma | Louis | Jade
    Téléphone | phone | 06 45 67 89 01 | 07 23 45 67 89 | 06 78 90 12 34
    Email | email | emma.lambert@example.fr | lgirard@example.fr | jade.b@example.com
    Score QCM | - | 18/20 | 14/20 | —/—
    Date | - | 10/05/2025 | 10/05/2025 | 11/05/2025
  `),
  set({ id: 'fr-pharmacies-tournee-sans-entete', kind: 'pharmacy round planner\'s upload file (no header row)', lang: 'fr', source: 'index:49828352181 (a pharmacy geocoding script reading a headerless CSV)', defaultCountry: 'FR', noHeader: true }, `
    # No header row: the columns are named nom, adresse, code_postal, ville only in the script. The rows are
    # pharmacies (businesses): the name is the Company name.
    "" | companyName | Pharmacie Centrale | Pharmacie des Halles | Pharmacie du Marché
    "" | address1 | 10 rue de la République | 2 place des Halles | 45 avenue Jean Jaurès
    "" | postalCode | 13001 | 31000 | 34000
    "" | city | Marseille | Toulouse | Montpellier
  `),
  set({ id: 'fr-tournee-pharmacies-upload-sans-entete', kind: 'pharmacy round planner\'s uploaded CSV (no header row)', lang: 'fr', source: 'index:49485163886 (a route planner app reading a headerless pharmacies CSV)', defaultCountry: 'FR', noHeader: true }, `
    # No header row: the columns are named Nom, Adresse, Code Postal, Ville only in the app. The rows are
    # pharmacies (businesses): the name is the Company name.
    "" | companyName | Pharmacie de l'Hôtel de Ville | Pharmacie Saint-Michel | Pharmacie des Quais
    "" | address1 | 3 place de l'Hôtel de Ville | 58 boulevard Saint-Michel | 9 quai de la Loire
    "" | postalCode | 67000 | 75006 | 37000
    "" | city | Strasbourg | Paris | Tours
  `),
  set({ id: 'fr-tableur-csv-ligne-sep', kind: 'spreadsheet editor\'s CSV test file with an Excel "sep=;" line', lang: 'fr', source: 'index:70975166831 (a CSV editor\'s parser tests)', above: [['sep=;']] }, `
    # The file starts with Excel's "sep=;" line above the header row.
    Nom | name | Dupuis | Marchand | Perrin
    Note | - | ligne 1 | à rappeler | ""
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-crm-contatti-legacy-azienda', kind: 'CRM migration\'s legacy contacts attachment (smoke test)', lang: 'it', source: 'index:71109393126 (a CRM migration smoke test\'s contacts CSV)', defaultCountry: 'IT' }, `
    # The old system's id of the contact: the External ID; the company's legacy id is not imported.
    id_contatto | externalId | 10231 | 10232 | 10233
    nome | firstName | Federica | Paolo | Simone
    cognome | lastName | Galli | Riva | Fontana
    email | email | federica.galli@serramenti.example | paolo.riva@serramenti.example | sfontana@example.it
    telefono | phone | +39 02 1234567 | "" | +39 031 765432
    id_azienda | - | 9001 | 9001 | 9002
    # A contact type (CLIENTE, Prospect) is a category the contact is filed under: Tags.
    tipo | tags | CLIENTE | Prospect | CLIENTE
    cancellato | - | NO | NO | SI
    ultima_modifica | - | 01/03/2024 10:00:00 | 01/03/2024 10:05:00 | 15/02/2024 17:30:00
  `),
  set({ id: 'it-albergo-prenotazioni-export', kind: 'hotel booking app\'s bookings CSV export', lang: 'it', source: 'index:9425562038 (a hotel booking app\'s CSV writer)', defaultCountry: 'IT' }, `
    Nome | firstName | Alessandro | Sara | Davide
    Cognome | lastName | Greco | Marino | Conti
    Email | email | agreco@example.it | sara.marino@example.com | dconti@example.it
    Telefono | phone | 339 1234567 | 348 7654321 | 02 9876543
    DataRegistrazione | - | 2025-01-10 | 2025-02-03 | 2025-02-20
    TipoCamera | - | DOPPIA | SINGOLA | SUITE
    NumeroCamera | - | 204 | 112 | 301
    DataInizio | - | 2025-03-01 | 2025-03-05 | 2025-04-10
    DataFine | - | 2025-03-04 | 2025-03-06 | 2025-04-14
    GiorniPrenotati | - | 3 | 1 | 4
    CostoTotale | - | 270.0 | 75.0 | 880.0
  `),
  set({ id: 'it-rubrica-contatti-note', kind: 'address book app\'s CSV export', lang: 'it', source: 'index:40805435676 (an address book app\'s CSV export)', defaultCountry: 'IT' }, `
    NOME | firstName | Francesca | Matteo | Roberta
    COGNOME | lastName | Villa | Ferrari | Caruso
    EMAIL | email | fvilla@example.it | matteo.ferrari@example.it | rcaruso@example.com
    TELEFONO | phone | 340 1112223 | 06 5551234 | 329 8887776
    NOTE | - | Collega | "" | Dentista
  `),
  set({ id: 'it-fotografo-crm-tags', kind: 'photographer\'s CRM import file (test)', lang: 'it', source: 'index:62569444859 (a photography studio CRM\'s import and export test)', defaultCountry: 'IT' }, `
    Nome | firstName | Luca | Anna | Stefano
    Cognome | lastName | Verdi | Neri | Rossetti
    Email | email | luca.verdi@example.com | anna.neri@example.com | s.rossetti@example.it
    Telefono | phone | +393471112233 | +393489998877 | +393201234567
    Note | - | Interessato a paesaggi | "" | Matrimonio giugno
    Tags | tags | astrofotografia, dolomiti | paesaggio | matrimonio
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-in-billing-parties-import', kind: 'Indian billing app\'s customers import (test file)', lang: 'en', source: 'index:71360360691 (a point-of-sale app\'s party import test)', defaultCountry: 'IN' }, `
    Customer Name | name | Ramesh Traders | Sunita Devi | Gupta Electricals
    Mobile | phone | 98765 43210 | 9811122233 | 90000 12345
    Email | email | ramesh@example.com | "" | gupta.elec@example.in
    GSTIN | - | 07AAACR5055K1Z5 | "" | 09AABCG1234H1Z2
    State | state | Delhi | 7 | Uttar Pradesh
    Address | address1 | 12 Main Bazaar | "" | Shop 4, Sector 18
    City | city | Delhi | Delhi | Noida
    PIN Code | postalCode | 110006 | "" | 201301
    Credit Days | - | 30 | "" | 15
    Opening Balance | - | ₹1,250.50 | -200 | 0
    Opening Date | - | 01/04/2026 | "" | 01/04/2026
  `),
  set({ id: 'en-in-ops-customers-import', kind: 'agency operations app\'s customers import (test file)', lang: 'en', source: 'index:63165039722 (an operations portal\'s import test)', defaultCountry: 'IN' }, `
    Customer Name | name | Acme Test | Beta Test | Kiran Shah
    Mobile | phone | +919876543210 | +919999999999 | +919812345678
    Email | email | acme@example.test | beta@example.test | kiran@example.test
    GSTIN | - | 24AAAAA0000A1Z5 | "" | ""
    # A free-form address (a town only, here) is the Address line: it is the only address column.
    Address | address1 | Ahmedabad | Surat | 21 Ring Road, Vadodara
  `),
  set({ id: 'en-in-invoicing-customers-report', kind: 'Indian invoicing app\'s customers report export', lang: 'en', source: 'index:70239359881 (an invoicing app\'s reports controller)', defaultCountry: 'IN' }, `
    Customer Name | name | Sharma Stores | Priya Nair | Om Textiles
    Mobile | phone | 9876501234 | 9123456780 | 9988776655
    Email | email | sharma.stores@example.in | priya.n@example.com | ""
    GSTIN | - | 27ABCDE1234F1Z5 | "" | 24AAACO9876L1ZQ
    Outstanding Balance | - | 4500 | 0 | 12000
    Total Invoices | - | 12 | 3 | 20
    Total Billing | - | 125000 | 18000 | 340000
  `),
  set({ id: 'en-in-bda-clients-export', kind: 'sales team CRM\'s clients CSV export (India)', lang: 'en', source: 'index:66363102315 (a business-development CRM\'s client export)', defaultCountry: 'IN' }, `
    Company Name | companyName | Sai Logistics Pvt Ltd | Bright Minds Academy | Kaveri Foods
    Contact Name | name | Arjun Rao | Meena Iyer | Vikram Singh
    Phone | phone | 9845012345 | 9840098765 | 9876012345
    Email | email | arjun@sailogistics.example | meena@brightminds.example | vikram@kaverifoods.example
    GST Number | - | 29AAFCS1234K1Z9 | "" | 33AAACK5678M1Z2
    City | city | Bengaluru | Chennai | Coimbatore
    State | state | Karnataka | Tamil Nadu | Tamil Nadu
    # The sales executive the client is assigned to: the Contact owner.
    Assigned To | owner | Rahul | Deepa | Rahul
    Revenue | - | 250000 | 80000 | 120000
  `),
  set({ id: 'en-in-clinic-patient-visits-report', kind: 'clinic app\'s patient visits report export', lang: 'en', source: 'index:61227132452 (a clinic management app\'s reports page)', defaultCountry: 'IN' }, `
    Patient Name | name | Anita Kulkarni | Suresh Patil | Farah Khan
    Mobile | phone | 9822012345 | 9890098765 | 9765012345
    Email | email | anita.k@example.com | "" | farah.khan@example.in
    Total Visits | - | 6 | 2 | 9
    Completed | - | 5 | 2 | 8
    Pending | - | 1 | 0 | 0
    Cancelled | - | 0 | 0 | 1
    Total Paid | - | 4500 | 1200 | 7800
    Pending Dues | - | 500 | 0 | 0
  `),
  set({ id: 'en-dental-appointments-export', kind: 'dental clinic site\'s appointments CSV export (code sample)', lang: 'en', source: 'index:65800193535 (a dental clinic site\'s admin export sample)', defaultCountry: 'IN' }, `
    ID | - | apt_01 | apt_02 | apt_03
    Reference Code | - | DC-7F3A | DC-8B21 | DC-9C44
    Patient Name | name | Rohan Mehta | Sneha Pillai | Imran Qureshi
    Mobile | phone | 9812345670 | 9900112233 | 9876543201
    Email | email | rohan.m@example.com | sneha.p@example.com | ""
    Treatment | - | Root Canal | Cleaning | Braces Consultation
    # The doctor is the one a patient asked for in this booking, not the user in charge of the contact.
    Doctor | - | Dr. Shah | Dr. Rao | Dr. Shah
    Date | - | 2025-06-10 | 2025-06-11 | 2025-06-12
    Time | - | 10:30 | 15:00 | 11:15
    Status | - | Confirmed | Pending | Cancelled
  `),
  set({ id: 'en-dental-appointments-export-notes', kind: 'dental clinic site\'s admin dashboard appointments export', lang: 'en', source: 'index:65957305227 (a dental clinic site\'s admin dashboard)', defaultCountry: 'IN' }, `
    ID | - | b1 | b2 | b3
    Reference Code | - | SD-1001 | SD-1002 | SD-1003
    Patient Name | name | Kavya Reddy | Aman Joshi | Leela Menon
    Mobile | phone | 9000011111 | 9000022222 | 9000033333
    Email | email | kavya@example.com | aman.j@example.com | leela@example.com
    Treatment | - | Whitening | Implant | Check-up
    Doctor | - | Dr. Menon | Dr. Iyer | Dr. Menon
    Date | - | 2025-07-01 | 2025-07-02 | 2025-07-02
    Time | - | 09:00 | 12:30 | 16:45
    Status | - | Confirmed | Confirmed | Pending
    Notes | - | Sensitive teeth | "" | First visit
  `),
  set({ id: 'en-clinic-patients-import-preview', kind: 'doctor\'s practice app\'s patients import (test file)', lang: 'en', source: 'index:59119531786 (a practice app\'s patient import preview test)' }, `
    Patient Name | name | Patient One | Grace Adeyemi | Tom Walsh
    Mobile | phone | 5550001111 | 5550002222 | 5550003333
    Email Address | email | patientone@example.com | grace.a@example.com | ""
  `),
];
