// The eleventh held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files, and English exports of tools and vendors; the other half, corpus-heldout11a.ts, holds the
// rest): 59 header sets (799 columns, 363 of them expected to map; 13 Spanish, 12 Portuguese, 13 French, 12 Italian,
// 9 English; 2 files without a header row, 2 with title and blank lines above it; 14 sets of 21 to 33 columns). The
// Romance-language files are of many kinds: a car workshop network, a coach company, a bike shop, invoicing and
// accounting programs, card direct debit, a transparency portal, an online course, election coordinators, a bank, a
// pizza chain, credit unions, an academy, recruitment, email signatures, a psychology practice, a health plan, a benefit
// card, an auto parts shop, a parents' association, a registry office, a church, HR tools, a visitor log, a football
// club, a nursery school, a digital inclusion charity, company directors, a Swiss mail merge, a postal delivery list,
// Quebec real estate and childcare, a small business CRM, a doctors' network, an insurance exchange layout, door-to-door
// canvassing, an event agency, a beauty salon, a prize contest, gyms, a beach club, a sports centre and an intranet;
// from Spain, Argentina, Chile, Peru, Mexico, Colombia, Ecuador, Brazil, Portugal, Angola, France, Benin, Switzerland,
// Quebec and Italy. The English sets are exports of tools no older part uses: a fitness studio platform's client
// list, a small business accounting app's customers, an event platform's registrations, two vacation rental exports
// (a marketplace's owner reservations and a channel manager's booking), a church app's members, a genealogy program's
// people, an animal shelter's adoption applications and a pet clinic's WhatsApp leads. They were found in the public
// code index (exact header strings searched with find_string, in each language's separators and spellings; export
// writers, import templates, parsers naming their columns, importer tests and fixtures, database tables' column lists)
// and written down, with the mapping a careful person would choose by the field definitions and the rules,
// BEFORE the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the index file the
// header text was read from (the index does not name its repository); the kind says what the file is. Sample values
// are made up in the shape of each file's own (no personal data or example rows from the sources are copied). A
// trailing empty column (a header line ending in the separator) is written as "". The two files without a header row
// have headers of empty text only, so their header sets equal older parts' of the same width; their columns are other
// ones.
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
// - A bare "ID" column of a contact list is the External ID (55 sets chose so, 13 did not). A customer's account number
//   ("Numéro de compte client", "Acct_Num") is the External ID too; a bank account number never.
// - "How did you hear about us?" is the Source; the same question about an event or a course is not imported.
// The tenth part's first half added (corpus-heldout10a.ts), followed here too:
// - A full-name column next to first and last name columns is the Name as well.
// - A school class, a grade, a year group or a cohort is not imported; a column that names a group the person belongs
//   to is Tags.
// - Of two ids of the person, the first is the External ID and the other is not imported.
// - A telephone area code in a column of its own is not imported; the number beside it is still the phone.
// And the fifth part's for the Spanish double surname: with the paternal and maternal surnames in two columns, the
// paternal one is the Last name and the maternal one is not imported.
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once:
// - When the customers of a list are businesses and the one name column holds the business's name ("Nombre" of a
//   coach company's agencies, "Ragione sociale", "customer_name"), it is the Company; a contact person's column beside
//   it is the Name.
// - A customer's code in the seller's program ("Código", "Cód", "Codice", "codcli") is the External ID, as an account
//   number is.
// - Tax and professional register numbers (NIF, CPF, RUT, DNI, codice fiscale, SIREN, ADELI, RPPS) are national ids:
//   not imported, even where a program keys its customers on them.
// - A salesperson who looks after the customer is the Contact owner; a service provider who sees the client (a
//   therapist, a salon professional) is not imported, as the fourth part chose for "Profissional".
// - A segment or an RFM/ABC class of a customer is not imported (as older parts chose for "Segmento").
// - The channel or platform a booking came through is the Source; a marketing campaign a message answered is not
//   imported (as older parts chose for "Campaign").
// - Where a town and an area above it are given (a Peruvian district and province, a French town, département and
//   region), the town is the City and the first-level area, or the only one given above the town, is the State.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout11' }, table);

export const HELDOUT11B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-red-talleres-usuarios-envio-correos', kind: 'car repair workshop network\'s user mailing log export (partner and workshop codes, login and password, contact person, two emails, two landlines, two mobiles, town, province, address, error; a trailing separator)', lang: 'es', defaultCountry: 'ES', source: 'index:33155391247 (a workshop network admin\'s "emails sent" Excel-as-CSV export, Symfony)' }, `
    # id is the log row's number, not the workshop's: not imported. The partner code is the workshop's id in the network
    # (the External ID); the workshop code beside it is a second id (not imported). Taller names the workshop (the
    # company); Contacto is the person. With typed phones only, the first mobile is the main phone and the other three
    # numbers are additional.
    id | - | 4411 | 4412 | 4413
    Código Socio | externalId | S-0192 | S-0207 | S-0311
    Código Taller | - | T-0192-01 | T-0207-01 | T-0311-02
    Taller | companyName | Talleres Hermanos Ruiz | Autos Castañeda S.L. | Electromecánica Sierra
    Usuario | - | truiz | castaneda | esierra2
    Contraseña | - | ******** | ******** | ********
    Contacto | name | Andrés Ruiz Molina | Pilar Castañeda | Jorge Sierra Vidal
    Email 1 | email | taller@hermanosruiz.example.es | pilar@autoscastaneda.example.es | info@esierra.example.es
    Email 2 | additionalEmails | andres.ruiz@example.es | | jorge.sierra@example.com
    Fijo 1 | additionalPhones | 953 21 45 67 | 924 31 08 12 | 976 55 12 30
    Fijo 2 | additionalPhones | | 924 31 08 13 |
    Movil 1 | phone | 655 12 34 56 | 610 98 76 54 | 699 30 21 11
    Movil 2 | additionalPhones | | 622 11 00 45 |
    Población | city | Linares | Mérida | Calatayud
    Provincia | state | Jaén | Badajoz | Zaragoza
    Dirección | address1 | Polígono Los Jarales, nave 14 | Av. Reina Sofía 22 | C/ San Antón 5
    error | - | | Dirección de correo rechazada |
    "" | - | | |
  `),
  set({ id: 'es-autocares-clientes-carga-inicial', kind: 'coach company\'s customer load file (code, name, tax id, address, postcode, town, province, country, phone, mail, customer group code and name)', lang: 'es', defaultCountry: 'ES', source: 'index:42909479870 (a bus operations app\'s seed script quoting the customers CSV\'s columns, SQL)' }, `
    # The customers are travel agencies and schools: Nombre holds the business's name, so it is the Company. The group
    # names what kind of customer it is (Tags); its code beside it is not imported.
    Código | externalId | 430000012 | 430000013 | 430000027
    Nombre | companyName | VIAJES ATLÁNTICO SLU | COLEGIO SAN PRUDENCIO | TRANSPORTES OLVEIRA SL
    NIF | - | B36123456 | R3600012D | B15987654
    Domicilio | address1 | Rúa do Príncipe 18, 2º | Avda. de Vigo 41 | Polígono do Tambre, parcela 7
    Cod.Postal | postalCode | 36202 | 36003 | 15890
    Población | city | Vigo | Pontevedra | Santiago de Compostela
    Provincia | state | Pontevedra | Pontevedra | A Coruña
    Pais | country | España | España | España
    Teléfono | phone | 986 44 12 90 | 986 85 20 11 | 981 57 33 02
    Mail | email | reservas@viajesatlantico.example.es | secretaria@sanprudencio.example.es | admin@olveira.example.es
    Código grupo cliente | - | 02 | 05 | 03
    Grupo cliente | tags | AGENCIAS | COLEGIOS | EMPRESAS
  `),
  set({ id: 'es-taller-bicis-clientes-importacion', kind: 'bicycle repair shop\'s customer import sheet from its old program (code, name, address, postcode, town, province, phone, tax id)', lang: 'es', defaultCountry: 'ES', source: 'index:71442097736 (a bike workshop app\'s data import page listing each sheet\'s columns, React)' }, `
    Cód | externalId | 1024 | 1025 | 1031
    Nombre | name | Marc Puig Soler | Lucía Benítez | Club Ciclista Garrotxa
    Domicilio | address1 | C/ Major 14, 1r | Av. dels Pirineus 3 | Pl. Clarà 2
    C.P. | postalCode | 17800 | 17800 | 17800
    Población | city | Olot | Olot | Olot
    Provincia | state | Girona | Girona | Girona
    Teléfono | phone | 972 26 11 40 | 639 12 88 70 | 972 27 05 19
    NIF | - | 40351234K | 77912345B | G17456789
  `),
  set({ id: 'es-facturacion-clientes-txt-sin-cabecera', kind: 'invoicing program\'s customer file without a header row (tax id, name, address, town, postcode, province, phone)', lang: 'es', defaultCountry: 'ES', noHeader: true, source: 'index:12194311727 (an invoicing console app\'s README giving clients.txt\'s storage format, Java)' }, `
    # The DNI is a national id (not imported), though the program keys its customers on it.
    "" | - | 12345678Z | 23456789D | 34567890V
    "" | name | Elena Márquez Gil | Tomás Ortega | Rosa Ibáñez Pardo
    "" | address1 | Calle Alfonso I 12 | Paseo Sagasta 40, 3ºB | Calle Delicias 7
    "" | city | Zaragoza | Zaragoza | Huesca
    "" | postalCode | 50003 | 50006 | 22003
    "" | state | Zaragoza | Zaragoza | Huesca
    "" | phone | 976123456 | 654987321 | 974220318
  `),
  set({ id: 'es-co-inscritos-excel-sin-cabecera', kind: 'sign-up sheet pasted into Excel without a header row (full name, email, mobile), its column names given in the reader', lang: 'es', defaultCountry: 'CO', noHeader: true, source: 'index:26603266020 (a registration processor reading an Excel file with header=None and positional names, Python)' }, `
    "" | name | Laura Valentina Rojas Méndez | Juan Sebastián Ortiz | Camila Andrea Gómez Pérez
    "" | email | lvrojas@example.com | juanse.ortiz@example.co | camigomez@example.com
    "" | phone | 3004567812 | 315 220 4411 | 3126789034
  `),
  set({ id: 'es-ar-debito-automatico-tarjeta-wide', kind: 'Argentine card direct-debit batch file (23 columns: name, surname, birth date, street, street number, floor, postcode, city, province, country, mobile area code and number, email, DNI, amount, interval, count, periods, first charge date, card type, expiry, card number, external reference)', lang: 'es', defaultCountry: 'AR', source: 'index:4516063929 (a membership billing system\'s debit file generator, PHP)' }, `
    # The mobile's area code sits in a column of its own (not imported); the number beside it is the phone. The card,
    # its expiry, the amounts and the transaction reference are payment data, not imported.
    Nombre | firstName | Martín | Florencia | Gustavo
    Apellido | lastName | Sosa | Iribarne | Pellegrini
    Fecha de Nac | dateOfBirth | 14/02/1986 | 30/09/1992 | 03/06/1978
    Calle | address1 | Av. Rivadavia | Mitre | Bv. Oroño
    Numero calle | - | 5120 | 845 | 1290
    Piso Dpto | - | 3 B | | 7 A
    Codigo Postal | postalCode | C1424 | 1870 | S2000
    Ciudad | city | CABA | Avellaneda | Rosario
    Provincia | state | Buenos Aires | Buenos Aires | Santa Fe
    Pais | country | Argentina | Argentina | Argentina
    Cod Area Cel | - | 11 | 11 | 341
    Nro. Celular | phone | 5123-4567 | 6022-1188 | 512-9034
    Email | email | martin.sosa@example.com.ar | flor.iribarne@example.com | gpellegrini@example.com.ar
    DNI | - | 32456789 | 37123456 | 26789012
    Monto | - | 4500.00 | 4500.00 | 6200.00
    Interval | - | month | month | month
    Interval Count | - | 1 | 1 | 1
    Periodos | - | 12 | 12 | 6
    Primera fecha a cobrar | - | 10/03/2026 | 10/03/2026 | 10/03/2026
    Tipo Tarjeta | - | VISA | MASTERCARD | VISA
    Fecha Venc | - | 08/28 | 11/27 | 02/29
    Nro. Tarjeta | - | 4509XXXXXXXX1234 | 5323XXXXXXXX9876 | 4517XXXXXXXX5511
    Referencia Externa Transaccion | - | SOC-2026-0311 | SOC-2026-0312 | SOC-2026-0313
  `),
  set({ id: 'es-cl-universidad-planta-transparencia-titulo', kind: 'Chilean university\'s permanent staff list from its transparency portal, with the institution\'s name and the staff type on lines above the header (grade, paternal and maternal surnames, given names, salary grade, post, gross monthly pay)', lang: 'es', defaultCountry: 'CL', source: 'index:71209294566 (a transparency data loader\'s test of a CSV with title lines before the header, Python)', above: [['Universidad', '', '', '', '', '', ''], ['Personal de planta', '', '', '', '', '', '']] }, `
    # Estamento (academic, professional, administrative) is a staff category like a job title: not imported.
    Estamento | - | Profesional | Académico | Administrativo
    Apellido paterno | lastName | Fuentes | Araya | Contreras
    Apellido materno | - | Lagos | Vidal | Muñoz
    Nombres | firstName | María José | Cristián Andrés | Patricia
    Grado EUS o jornada | - | 12 | 44 horas | 18
    Cargo o función | - | Analista de presupuesto | Profesor asociado | Secretaria
    Remuneración bruta mensualizada | - | 1.950.000 | 3.420.000 | 980.000
  `),
  set({ id: 'es-cl-curso-online-inscritos-export', kind: 'Chilean online course platform\'s enrolment export (email, paternal and maternal surnames, names, RUT, birth date, phone, course id, username, state)', lang: 'es', defaultCountry: 'CL', source: 'index:42762593747 (an e-learning enrolment API\'s CSV export test, Django)' }, `
    # The username is the learner's login on the platform, not an id number: not imported. The RUT is a national id.
    Email | email | cmunoz@example.cl | javiera.soto@example.com | f.rojas@example.cl
    Apellido Paterno | lastName | Muñoz | Soto | Rojas
    Apellido Materno | - | Pizarro | Alarcón | Tapia
    Nombres | firstName | Camilo Ignacio | Javiera | Felipe Andrés
    RUT | - | 18.456.789-2 | 19.234.567-K | 16.789.012-5
    Fecha de Nacimiento | dateOfBirth | 12/03/1994 | 27/11/1998 | 05/07/1988
    Fono | phone | +56 9 8765 4321 | 9 7123 4567 | 228765432
    Id curso | - | course-v1:eol+MAT101+2026_1 | course-v1:eol+MAT101+2026_1 | course-v1:eol+FIS110+2026_1
    Username | - | cmunoz94 | jsotoa | frojas_t
    Estado | - | Inscrito | Inscrito | Pendiente
  `),
  set({ id: 'es-pe-coordinadores-electorales-whatsapp', kind: 'Peruvian local election coordinators\' contact export (row number, province, district, post, paternal surname, names, full name, mobile, direct-dial number, assigned polling school, WhatsApp link)', lang: 'es', defaultCountry: 'PE', source: 'index:68550616493 (a coordinators\' directory page\'s CSV export with BOM and semicolons, TypeScript)' }, `
    # The district is the person's town (City). The province is the only area above it the file gives: the State. The
    # direct-dial number is the same mobile with the country code, written for dialling: not imported a second time.
    N° | - | 1 | 2 | 3
    PROVINCIA | state | Huaura | Huaral | Barranca
    DISTRITO | city | Huacho | Chancay | Paramonga
    CARGO | - | Coordinador distrital | Coordinadora de local | Coordinador distrital
    APELLIDO PATERNO | lastName | QUISPE | HUAMÁN | FLORES
    NOMBRES | firstName | JUAN CARLOS | ROSA ELENA | MIGUEL ÁNGEL
    NOMBRE COMPLETO | name | JUAN CARLOS QUISPE RAMOS | ROSA ELENA HUAMÁN TORRES | MIGUEL ÁNGEL FLORES CHÁVEZ
    CELULAR | phone | 987 654 321 | 956 123 478 | 943 210 765
    NUMERO_DIRECTO | - | 51987654321 | 51956123478 | 51943210765
    LOCAL_ASIGNADO_IE | - | IE 20820 Nuestra Señora de Fátima | IE 20406 | IE Guillermo E. Billinghurst
    ENLACE_WHATSAPP | - | https://wa.me/51987654321 | https://wa.me/51956123478 | https://wa.me/51943210765
  `),
  set({ id: 'es-mx-banco-promociones-clientes-wide', kind: 'Mexican bank\'s promotion targeting extract (25 columns with a trailing separator: promotion and logic type, insertion date, request number, branch, customer number, card number, status, priority, paternal and maternal surnames, first and second given names, sex, marital status, email, state, municipality, service dates and product flags)', lang: 'es', defaultCountry: 'MX', source: 'index:62641443737 (a bank batch report writing a semicolon text file header with echo, Informix 4GL)' }, `
    # The second given name is a middle name (not imported). Estado and Municipio are the customer's state and town.
    Tipo Promocion | - | BANCA_INTERNET | BANCA_INTERNET | TDC_ADICIONAL
    Tipo Logica | - | A | A | B
    Fecha Insercion | - | 15/01/2026 | 15/01/2026 | 16/01/2026
    Numero Solicitud | - | 000184522 | 000184523 | 000184601
    Sucursal | - | 0412 | 0087 | 0412
    Numero de Cliente | externalId | 10045218 | 10077391 | 10103554
    Numero Tarjeta | - | 5204XXXXXXXX3321 | 4152XXXXXXXX0917 | 5204XXXXXXXX7745
    Status Prom | - | P | P | E
    Prioridad | - | 1 | 2 | 1
    Apellido Paterno | lastName | HERNANDEZ | GARZA | MORALES
    Apellido Materno | - | LOPEZ | TREVIÑO | CRUZ
    Primer Nombre | firstName | MARIA | JOSE | ANA
    Segundo Nombre | - | GUADALUPE | ANTONIO |
    Sexo | - | F | M | F
    Estado Civil | - | CASADO | SOLTERO | CASADO
    Email | email | mghernandez@example.com.mx | jagarza@example.com | ana.morales@example.mx
    Estado | state | JALISCO | NUEVO LEON | PUEBLA
    Municipio | city | ZAPOPAN | MONTERREY | PUEBLA
    Fecha Solicitud Servicio | - | 02/12/2025 | 28/11/2025 |
    Fecha Activacion Servicio | - | 05/12/2025 | | 
    Tiene TDC | - | S | N | S
    Tiene Cta Captacion | - | S | S | S
    Servicio por Internet | - | S | S | N
    Activo Servicio de Internet | - | S | N | N
    "" | - | | |
  `),
  set({ id: 'es-co-pizzeria-segmentacion-clientes', kind: 'Colombian pizza chain\'s customer segmentation export (person id, name, surname, mobile, email, data consent, segment, order counts by channel, spend, average ticket, last order, days since, days between, usual store, stores)', lang: 'es', defaultCountry: 'CO', source: 'index:69804417682 (a restaurant back office\'s segmentation CSV writer with BOM, Java)' }, `
    # The segment is the chain's RFM class of the customer (as older parts chose for "Segmento"): not imported.
    idpersona | externalId | 884120 | 884121 | 901377
    nombre | firstName | Daniela | Andrés Felipe | Sofía
    apellido | lastName | Cárdenas | Moreno | Villegas
    celular | phone | 3015558821 | 3204417790 | 3112093456
    correo | email | dani.cardenas@example.com | afmoreno@example.co | sofiavillegas@example.com
    autorizo_datos | - | S | S | N
    segmento | - | Frecuente | En riesgo | Nuevo
    pedidos | - | 38 | 12 | 2
    pedidos_domicilio | - | 30 | 4 | 2
    pedidos_mostrador | - | 8 | 8 | 0
    valor | - | 1520000 | 402000 | 71000
    ticket_promedio | - | 40000 | 33500 | 35500
    ultimo_pedido | - | 2026-02-14 | 2025-11-30 | 2026-02-10
    dias_sin_comprar | - | 4 | 80 | 8
    dias_entre_pedidos | - | 9 | 28 | 6
    tienda_habitual | - | Laureles | Envigado | Poblado
    tiendas | - | Laureles, Estadio | Envigado | Poblado
  `),
  set({ id: 'es-ec-cooperativas-seguimiento-titulo-wide', kind: 'Ecuadorian compliance software vendor\'s follow-up sheet of its client credit unions, with a title line and a blank line above the header (27 columns: credit union, services, two unnamed, office number, do-not-call, segment, union\'s phone, city, mobile, institutional email, compliance officer, news, post, requests, follow-up, controls, resolved flags, six empty trailing columns)', lang: 'es', defaultCountry: 'EC', source: 'index:7347962724 (a database dump holding the pasted sheet as a COPY block, SQL)', above: [['LISTADO DE COOPERATIVAS ACTUALIZADAS DESDE JUNIO 2025'], ['']] }, `
    # The contact is the credit union's compliance officer (the name); the union is the Company. The officer's mobile is
    # the main phone and the union's switchboard an additional one. The segment is the regulator's size class of the
    # union (a company's size): not imported.
    NOMBRE DE LA COOPERATIVA | companyName | COOPERATIVA DE AHORRO Y CREDITO SAN ISIDRO | COAC MUSHUC PAKARI | COOPERATIVA 23 DE JULIO
    SERVICIOS QUE RECIBEN | - | MATRIX | MATRIX, PJ | SIC
    "" | - | OK | OK |
    "" | - | CH | MR | CH
    N. OFC. | - | 1 | 3 | 2
    NO LLAMAR | - | | SI |
    SEGMENTO | - | 4 | 3 | 2
    TELEFONO COOPERATIVA | additionalPhones | 032 812 345 | 07 2845 120 | 022 345 678
    CIUDAD | city | Latacunga | Cuenca | Cayambe
    CELULAR | phone | 0991234567 | 987 654 321 | 0998765432
    CORREO INSTITUCIONAL | email | oficial.cumplimiento@coacsanisidro.example.ec | cumplimiento@mushucpakari.example.ec | lpaez@coop23julio.example.ec
    OFICIAL DE CUMPLIMIEMTO | name | MARIO CHICAIZA | ROSA GUAMÁN | LUIS PAEZ
    NOVEDADES | - | OK | Pendiente actualizar matriz |
    CARGO | - | OC | OC | OC SUPLENTE
    REQUERIMIENTOS | - | Capacitación | | Reporte UAFE
    SEGUIMIENTO | - | Llamada 12/07 | Correo 15/07 |
    NUEVO CONTROL JULIO 25 | - | OK | | OK
    REQUERIMIENTO | - | | Manual de usuario |
    RESUELTO? | - | | SI |
    CONTROL DESDE 21 DE AGOSTO 2025 | - | OK | OK |
    RESUELTO? | - | SI | | 
    "" | - | | |
    "" | - | | |
    "" | - | | |
    "" | - | | |
    "" | - | | |
    "" | - | | |
  `),
  set({ id: 'es-pe-academia-alumnos-export-wide', kind: 'Peruvian tutoring academy\'s student export (21 columns: number, name, surname, DNI, age, mobile, email, address, course, plan, shift, promotion, payment method and amount, start and end dates, state, minor flag, guardian\'s name, DNI and mobile)', lang: 'es', defaultCountry: 'PE', source: 'index:10121962091 (an academy management app\'s student CSV export, Flutter)' }, `
    N° | - | 1 | 2 | 3
    Nombre | firstName | Valeria | Diego | Luciana
    Apellido | lastName | Paredes Soto | Ramírez | Cáceres Huanca
    DNI | - | 74125896 | 72365418 | 76543219
    Edad | - | 17 | 19 | 16
    Celular | phone | 987 456 123 | 912345678 | 956 741 852
    Correo | email | valeparedes@example.com | diego.ramirez@example.pe | lu.caceres@example.com
    Dirección | address1 | Jr. Junín 452, Cercado | Av. Los Próceres 1120, SJL | Calle Las Orquídeas 77, Surco
    Curso | - | Preuniversitario San Marcos | Ciclo Intensivo UNI | Preuniversitario San Marcos
    Plan | - | Mensual | Trimestral | Mensual
    Turno | - | Mañana | Tarde | Mañana
    Promoción | - | Hermanos 10% | | 
    Método Pago | - | Yape | Transferencia | Efectivo
    Monto Pagado | - | 270.00 | 850.00 | 300.00
    Fecha Inicio | - | 03/03/2026 | 10/03/2026 | 03/03/2026
    Fecha Fin | - | 03/04/2026 | 10/06/2026 | 03/04/2026
    Estado | - | Activo | Activo | Activo
    Es Menor Edad | - | Sí | No | Sí
    Apoderado | - | Carmen Soto Ruiz | N/A | Julio Cáceres Mamani
    DNI Apoderado | - | 10234567 | N/A | 09876543
    Celular Apoderado | - | 998 123 456 | N/A | 945 678 123
  `),
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-br-candidatos-banco-talentos-wide', kind: 'Brazilian job candidates\' registry file (25 columns with a trailing separator: name, CPF, birth date, sex, employed flag, street address group, profession, employer, salary, email, home, mobile and WhatsApp phones, salary expectations, four skills)', lang: 'pt', defaultCountry: 'BR', source: 'index:28497843596 (a recruitment desktop app\'s CSV writer, Java)' }, `
    # Typed phones only: the mobile is the main phone, the home phone and the WhatsApp number additional ones. Empresa is
    # the candidate's current employer (the Company); "Emprego Atual" says whether they have a job (a flag).
    Nome | name | Juliana Ferreira Costa | Rodrigo Alves | Patrícia Nunes Lima
    CPF | - | 123.456.789-09 | 987.654.321-00 | 456.789.123-45
    Data de Nascimento | dateOfBirth | 12/04/1991 | 03/09/1985 | 28/01/1997
    Sexo | - | F | M | F
    Emprego Atual | - | Sim | Não | Sim
    Logradouro | address1 | Rua das Acácias | Av. Brasil | Rua Sete de Setembro
    Número | - | 120 | 4500 | 33
    Complemento | - | Apto 42 | | Casa 2
    Bairro | - | Jardim América | Centro | Boa Vista
    Cidade | city | Goiânia | Anápolis | Goiânia
    Estado | state | GO | GO | GO
    Nome Profissão | - | Analista de RH | Motorista | Recepcionista
    Empresa | companyName | Grupo Cerrado Alimentos | | Clínica Vida Plena
    Salário | - | 4200,00 | | 1900,00
    E-mail | email | juliana.fcosta@example.com.br | rodrigo.alves@example.com | patricia.nunes@example.com.br
    Telefone Residencial | additionalPhones | (62) 3241-5566 | | (62) 3095-1120
    Telefone Celular | phone | (62) 99123-4567 | (62) 98456-7788 | (62) 99300-1122
    Whatsapp | additionalPhones | (62) 99123-4567 | (62) 98456-7788 |
    Pretensão Salarial Mínima | - | 4500,00 | 2800,00 | 2000,00
    Pretensão Salarial Máxima | - | 5500,00 | 3500,00 | 2400,00
    Habilidade 1 | - | Recrutamento | CNH D | Atendimento
    Habilidade 2 | - | Excel | Logística | Agenda
    Habilidade 3 | - | Folha de pagamento | | Inglês básico
    Habilidade 4 | - | | |
    "" | - | | |
  `),
  set({ id: 'pt-br-assinaturas-email-lote', kind: 'email signature generator\'s batch CSV of employees (name, post, department, email, phone, extension, mobile, WhatsApp yes/no)', lang: 'pt', defaultCountry: 'BR', source: 'index:70760211172 (a static signature generator\'s CSV template download, JavaScript)' }, `
    # The untyped phone is the main phone (the office line, with its extension in a column of its own, not imported);
    # the mobile beside it is additional. "whatsapp" says whether the mobile has WhatsApp (sim/não): a flag.
    nome | name | Marcos Vieira | Aline Toledo | Fernanda Dias
    cargo | - | Gerente Comercial | Analista de Compras | Coordenadora de Marketing
    departamento | - | Vendas | Suprimentos | Marketing
    email | email | marcos.vieira@refrigera.example.com | aline.toledo@refrigera.example.com | fernanda.dias@refrigera.example.com
    telefone | phone | +55 19 3333-0000 | +55 19 3333-0000 | +55 19 3333-0100
    ramal | - | 210 | 232 | 118
    celular | additionalPhones | +55 19 99812-3344 | | +55 19 98177-6655
    whatsapp | - | sim | não | sim
  `),
  set({ id: 'pt-br-psicologia-clientes-migracao-wide', kind: 'Brazilian psychology practice software\'s client export for migration (29 columns: code, status, marital status, schooling, city, sex, name, social name, birth date, CPF, RG, email, phone, mobile, WhatsApp, postcode, district, address, number, complement, mother, father, spouse, profession, health plan and its number, professional, notes, creation date)', lang: 'pt', defaultCountry: 'BR', source: 'index:56191555097 (a practice migration importer\'s comment listing the export\'s columns, TypeScript)' }, `
    # "Nome social" is the name the client goes by when it differs from the legal one; the legal name is the Name and
    # the social name is not imported (the field takes one column). "Profissional" is the psychologist who sees the
    # client, as the fourth part's salon template chose ("Profissional" not imported).
    Código | externalId | 1042 | 1043 | 1057
    Status | - | Ativo | Ativo | Inativo
    Estado civil | - | Solteira | Casado | Divorciada
    Escolaridade | - | Superior completo | Médio completo | Pós-graduação
    Cidade | city | Curitiba | São José dos Pinhais | Curitiba
    Sexo | - | Feminino | Masculino | Feminino
    Nome | name | Beatriz Carvalho Mendes | Thiago Rocha | Helena Prado Farias
    Nome social | - | | | Lena
    Data de nascimento | dateOfBirth | 22/06/1995 | 14/12/1982 | 09/03/1976
    CPF | - | 321.654.987-10 | 654.987.321-55 | 147.258.369-00
    RG | - | 12.345.678-9 | 98.765.432-1 |
    E-mail | email | bia.mendes@example.com.br | thiago.rocha@example.com | helena.farias@example.com.br
    Telefone | phone | (41) 3022-1144 | | (41) 3256-7788
    Celular | additionalPhones | (41) 99654-3210 | (41) 98877-1122 | (41) 99701-2233
    WhatsApp | additionalPhones | (41) 99654-3210 | (41) 98877-1122 |
    CEP | postalCode | 80420-090 | 83005-230 | 80240-000
    Bairro | - | Batel | Centro | Água Verde
    Endereço | address1 | Rua Comendador Araújo | Rua Joinville | Av. República Argentina
    Número | - | 510 | 1200 | 85
    Complemento | - | Ap 801 | | Sala 3
    Mãe | - | Regina Carvalho | Sônia Rocha |
    Pai | - | | Paulo Rocha |
    Cônjuge | - | | Larissa Rocha |
    Profissão | - | Arquiteta | Engenheiro | Professora
    Plano de saúde | - | Unimed | Particular | Amil
    Número do plano | - | 0 032 123456789 00 1 | | 889012345
    Profissional | - | Dra. Camila Reis | Dra. Camila Reis | Dr. André Lopes
    Observações | - | Sessões às quintas | | Retorno após alta
    Data de criação | - | 15/02/2023 | 03/08/2024 | 20/10/2021
  `),
  set({ id: 'pt-br-plano-saude-adesao-beneficiarios-wide', kind: 'Brazilian retail chain\'s health plan enrolment file for the insurer (29 columns: contract and beneficiary type ids, name, external code, customer id, holder\'s and own CPF, RG, birth date, sex, marital status, mother\'s name, landline, work and mobile phones, email, address group with district and state, plan and operation type, enrolment date, lottery numbers, end date)', lang: 'pt', defaultCountry: 'BR', source: 'index:1408047987 (a retail ERP\'s enrolment export program, Progress 4GL)' }, `
    # CODIGO_EXTERNO is the beneficiary's code in the chain's system (the External ID); ID_CLIENTE beside it is a second
    # id (not imported). Typed phones only: the mobile is the main phone, the landline and the work phone additional.
    ID_CONTRATO_PLANO | - | 77 | 77 | 78
    ID_BENEFICIARIO_TIPO | - | 1 | 2 | 1
    NOME | name | ROBERTO SILVA ARAUJO | MARIA LUCIA SILVA ARAUJO | JOSE CARLOS PEREIRA
    CODIGO_EXTERNO | externalId | 2026000451 | 2026000452 | 2026000460
    ID_CLIENTE | - | 318822 | 318822 | 402115
    CPF_TITULAR | - | 11122233344 | 11122233344 | 55566677788
    CPF | - | 11122233344 | 22233344455 | 55566677788
    RG | - | 5123456 | 5123457 | 3987654
    DATA_NASCIMENTO | dateOfBirth | 10/05/1970 | 21/08/1973 | 02/02/1965
    SEXO | - | M | F | M
    ESTADO_CIVIL | - | CASADO | CASADO | VIUVO
    NOME_MAE | - | ANA SILVA | JOANA SOUZA | TEREZA PEREIRA
    TELEFONE_FIXO | additionalPhones | 5433121100 | 5433121100 |
    TELEFONE_COMERCIAL | additionalPhones | 5433154400 | |
    CELULAR | phone | 54991234567 | 54998765432 | 54981112233
    EMAIL | email | roberto.araujo@example.com.br | | josecarlos.p@example.com
    CEP | postalCode | 95010000 | 95010000 | 95700000
    LOGRADOURO | address1 | RUA SINIMBU | RUA SINIMBU | RUA XV DE NOVEMBRO
    NUMERO | - | 1450 | 1450 | 88
    COMPLEMENTO | - | AP 302 | AP 302 |
    BAIRRO | - | CENTRO | CENTRO | CIDADE ALTA
    CIDADE | city | CAXIAS DO SUL | CAXIAS DO SUL | BENTO GONCALVES
    UF | state | RS | RS | RS
    TIPO_PLANO | - | FAMILIAR | FAMILIAR | INDIVIDUAL
    TIPO_OPERACAO | - | I | I | I
    DATA_ADESAO | - | 01/03/2026 | 01/03/2026 | 05/03/2026
    CAP_NUM_SERIE | - | 041 | 041 | 041
    CAP_NUM_SORTE | - | 12345 | 12346 | 20871
    DATA_FIM_VIGENCIA | - | 28/02/2027 | 28/02/2027 | 04/03/2027
  `),
  set({ id: 'pt-br-cartao-beneficio-colaboradores-wide', kind: 'Brazilian benefit card issuer\'s employee card request file (33 columns: employee number, name, CPF, RG and issuer, birth and hire dates, mother\'s and father\'s names, mobile, email, employer CNPJ, branch and cost centre codes and names, delivery unit and flag, sex, nationality, post, address group, name on card, limit, requesting user\'s code, name and email)', lang: 'pt', defaultCountry: 'BR', source: 'index:45320811255 (a benefits platform\'s card request CSV builder, C#)' }, `
    # The branch, the cost centre and the CNPJ are the employer's; the last three columns name the HR user who asked for
    # the card (not the employee's owner in a CRM): none imported.
    Matricula | externalId | 000381 | 000412 | 000455
    Nome | name | Carla Beatriz Moura | Eduardo Santana | Vanessa Lopes Teixeira
    CPF | - | 36925814700 | 25814736911 | 14725836922
    RG | - | 34567891 | 45678912 | 56789123
    Orgao | - | SSP/SP | SSP/SP | DETRAN/RJ
    Data Nascimento | dateOfBirth | 18/07/1990 | 05/11/1987 | 30/04/1994
    Data Admissao | - | 01/02/2021 | 15/06/2019 | 03/01/2024
    Nome Mae | - | Sandra Moura | Luzia Santana | Cristina Lopes
    Nome Pai | - | José Moura | | Marcelo Teixeira
    Celular | phone | 11987654321 | 11976543210 | 21998877665
    Email | email | carla.moura@example.com.br | eduardo.santana@example.com | vanessa.teixeira@example.com.br
    CNPJ | - | 12345678000190 | 12345678000190 | 12345678000270
    Codigo Filial | - | 001 | 001 | 002
    Nome Filial | - | Matriz São Paulo | Matriz São Paulo | Filial Rio
    Codigo Centro de Custo | - | 310 | 420 | 310
    Nome Centro de Custo | - | Comercial | Logística | Comercial
    Unidade Entrega | - | Matriz | Matriz | Filial Rio
    Entrega Colaborador | - | N | N | S
    Sexo | - | F | M | F
    Nacionalidade | - | Brasileira | Brasileira | Brasileira
    Cargo | - | Vendedora | Conferente | Executiva de Contas
    CEP | postalCode | 04538-132 | 02012-000 | 22041-001
    Endereco | address1 | Av. Brig. Faria Lima | Rua Voluntários da Pátria | Rua Barata Ribeiro
    Numero | - | 3477 | 1500 | 370
    Complemento | - | | Bloco B | Apto 1002
    Bairro | - | Itaim Bibi | Santana | Copacabana
    Cidade | city | São Paulo | São Paulo | Rio de Janeiro
    UF | state | SP | SP | RJ
    Nome Cartao | - | CARLA B MOURA | EDUARDO SANTANA | VANESSA L TEIXEIRA
    Limite | - | 800,00 | 800,00 | 1200,00
    Codigo Usuario | - | 57 | 57 | 61
    Nome Usuario | - | Renata RH | Renata RH | Paulo DP
    Email Usuario | - | renata.rh@example.com.br | renata.rh@example.com.br | paulo.dp@example.com.br
  `),
  set({ id: 'pt-br-clientes-cadastro-console-snake', kind: 'store console app\'s customer file in snake-ish lower case (name, sex, CPF, mobile, email, postcode, address, district, complement, city, state)', lang: 'pt', defaultCountry: 'BR', source: 'index:14302720944 (a customer registration console app writing clientes.csv, Python)' }, `
    nome | name | Larissa Gomes | Felipe Cardoso | Amanda Ribeiro
    sexo | - | F | M | F
    cpf | - | 52998224725 | 11144477735 | 39053344705
    celular | phone | (81) 99876-5432 | (81) 98123-4455 | (87) 99911-2233
    email | email | larissa.gomes@example.com | felipe.cardoso@example.com.br | amandar@example.com
    codigo_end_postal | postalCode | 50030-230 | 51020-010 | 56304-000
    endereco | address1 | Rua da Aurora, 325 | Av. Boa Viagem, 2100 | Rua Dom Vital, 14
    bairro | - | Boa Vista | Boa Viagem | Centro
    complemento | - | Apto 701 | | 
    cidade | city | Recife | Recife | Petrolina
    estado | state | PE | PE | PE
  `),
  set({ id: 'pt-br-corretora-seguros-renovacao-campanha', kind: 'insurance renewal campaign contact upload (insured person, mobile, email, broker, due month)', lang: 'pt', defaultCountry: 'BR', source: 'index:70135601899 (a WhatsApp campaign tool\'s spreadsheet import job test, Ruby)' }, `
    # Corretora is the insurance broker that sold the policy, not the insured person's company: not imported.
    Segurado | name | Ana Paula Souza | Gilberto Nascimento | Márcia Freitas
    Celular | phone | (11) 98765-4321 | (19) 99654-1230 | (11) 97711-0099
    Email | email | anapaula.souza@example.org | gilberto.n@example.com | marcia.freitas@example.com.br
    Corretora | - | Alfa Corretora | Alfa Corretora | Previdência Bandeirantes Corretora
    Vencimento | - | 10/2026 | 11/2026 | 10/2026
  `),
  set({ id: 'pt-br-autopecas-clientes-piloto-wide', kind: 'Brazilian auto parts shop\'s customer extract for a pilot (26 columns: customer code, stratum, name, trade name, CPF, CNPJ, contact, address group, phones, email, active, registration date, credit, salesperson, frequency, LTV, average ticket, first and last purchase, ABC class, revenue share)', lang: 'pt', defaultCountry: 'BR', source: 'index:60996524310 (a migration plan naming the pilot CSV\'s columns, Markdown)' }, `
    # nome is the customer's name (a person's, or a business's registered name); fantasia is the business's trade name
    # (the Company); contato is a person to ask for at a business customer (not imported: the record is the customer).
    # codfun_nome is the salesperson who looks after the customer: the Contact owner. The ABC class ranks customers by
    # revenue (like a segment): not imported.
    codcli | externalId | 10233 | 10457 | 11802
    stratum | - | A-ativo | B-ativo | C-inativo
    nome | name | Oficina Mecânica Souza Ltda | Renato Pires | Transportes Vale Verde Ltda
    fantasia | companyName | Souza Auto Center | | Vale Verde Cargas
    cpf | - | | 74185296300 |
    cnpj | - | 11222333000181 | | 44555666000172
    contato | - | Sr. Almir | | Jéssica (compras)
    endereco | address1 | Av. Getúlio Vargas, 1800 | Rua Tiradentes, 45 | Rod. BR-116, km 12
    bairro | - | Centro | Vila Nova | Distrito Industrial
    cidade | city | Feira de Santana | Feira de Santana | Conceição do Jacuípe
    estado | state | BA | BA | BA
    cep | postalCode | 44001-000 | 44010-200 | 44245-000
    telefone | phone | (75) 3221-4455 | | (75) 3243-1100
    celular | additionalPhones | (75) 99112-3344 | (75) 98845-6677 | (75) 99976-5544
    email | email | compras@souzaauto.example.com.br | renato.pires@example.com | jessica@valeverde.example.com.br
    ativo | - | S | S | N
    datacadastro | - | 2018-03-12 | 2021-07-30 | 2016-11-04
    credito | - | 15000.00 | 2000.00 | 30000.00
    codfun_nome | owner | 014 - Cláudio Santos | 009 - Marina Alves | 014 - Cláudio Santos
    frequencia | - | 3.2 | 0.8 | 0.1
    ltv | - | 184300.50 | 9820.00 | 254100.75
    ticket_medio | - | 1420.30 | 327.33 | 2810.00
    primeira_compra | - | 2018-03-15 | 2021-08-02 | 2016-11-10
    ultima_compra | - | 2026-02-11 | 2026-01-20 | 2024-09-03
    abc_class | - | A | B | A
    pct_receita | - | 2.31 | 0.12 | 3.18
  `),
  set({ id: 'pt-pt-associacao-pais-socios-importacao', kind: 'Portuguese parents\' association member import (member number, board post, fees paid, name, NIF, citizen card, email, mobile, profession, address, postcode, town, admin flag)', lang: 'pt', defaultCountry: 'PT', source: 'index:8085591777 (a parents\' association app\'s member CSV upload test, JavaScript)' }, `
    Número de Sócio | externalId | 54353 | 98978 | 33244
    Cargo | - | Presidente da Direção | Vogal | Tesoureira
    Quotas pagas | - | true | false | true
    Nome | name | Duarte Gonçalves | Inês Moreira | Sofia Cardoso
    NIF | - | 213456789 | 245678901 | 198765432
    Cartão Cidadão | - | 12345678 0 ZX1 | 23456789 1 ZY2 | 34567890 2 ZZ3
    Email | email | duarte.goncalves@example.pt | ines.moreira@example.pt | sofia.cardoso@example.com
    Telemóvel | phone | 912 345 678 | 936 112 233 | 965 443 221
    Profissão | - | Professor | Enfermeira | Contabilista
    Morada | address1 | Rua do Colégio, 14 | Avenida do Mar, 220, 3.º Esq. | Travessa da Fonte, 3
    Código Postal | postalCode | 3810-123 | 4500-362 | 3800-200
    Localidade | city | Aveiro | Espinho | Aveiro
    Admin | - | true | false | false
  `),
  set({ id: 'pt-notariado-pessoas-importacao-modelo-wide', kind: 'Portuguese-speaking registry office\'s person import template (23 columns: name, sex, birth date, nationality, birthplace, marital status, spouse, property regime, profession, document type, BI number, issue and expiry dates, lifelong flag, NIF, address, postcode, town, municipality, province, country, phone, email)', lang: 'pt', defaultCountry: 'PT', source: 'index:71039932817 (a notary office app\'s person import page and its template, React)' }, `
    # Localidade is the town (the City); Concelho is the municipality above it (not imported); Província is the State.
    Nome | name | Maria Exemplo da Silva | Adérito Manuel Kiala | Teresa Lemos Baptista
    Sexo | - | F | M | F
    Data de nascimento | dateOfBirth | 15/03/1990 | 22/11/1984 | 07/07/1979
    Nacionalidade | - | angolana | angolana | portuguesa
    Naturalidade | - | Município de Benguela, Província de Benguela | Luanda | Coimbra
    Estado civil | - | casada | solteiro | divorciada
    Cônjuge | - | João Exemplo | |
    Regime de bens | - | comunhão de adquiridos | |
    Profissão | - | enfermeira | engenheiro civil | advogada
    Tipo de documento | - | Bilhete de Identidade | Passaporte | Cartão de Cidadão
    BI | - | 000123456LA041 | N1234567 | 12345678
    Data de emissão | - | 01/02/2024 | 10/05/2022 | 03/09/2021
    Validade | - | 31/01/2034 | 09/05/2032 | 03/09/2031
    Vitalício | - | não | não | não
    NIF | - | | 287654321 | 198765430
    Morada | address1 | Rua de Cedofeita, 66 | Avenida 4 de Fevereiro, 12 | Rua da Sofia, 101
    Código postal | postalCode | 4050-180 | | 3000-389
    Localidade | city | Porto | Luanda | Coimbra
    Concelho | - | Porto | Luanda | Coimbra
    Província | state | | Luanda |
    País | country | Portugal | Angola | Portugal
    Telefone | phone | +351 912 000 111 | +244 923 456 789 | 239 826 300
    Email | email | maria.silva@example.pt | akiala@example.co.ao | teresa.baptista@example.pt
  `),
  set({ id: 'pt-notariado-pessoas-previsualizacao', kind: 'registry office\'s person import preview file (name, sex, birth date, nationality, marital status, BI, expiry, address, postcode, town, country)', lang: 'pt', defaultCountry: 'PT', source: 'index:71007538746 (the same kind of notary office app\'s import preview API test, NestJS)' }, `
    Nome | name | Joana Importada Ferreira | Amélia Domingos | Nuno Carvalho
    Sexo | - | F | F | M
    Data de nascimento | dateOfBirth | 15/03/1990 | 01/01/1980 | 
    Nacionalidade | - | angolana | angolana | portuguesa
    Estado civil | - | casada | solteira |
    BI | - | 900000099LA099 | 900000001LA001 |
    Validade | - | 31/12/2032 | 01/01/2033 |
    Morada | address1 | Rua Importada, 1 | | Rua do Almada, 300
    Código postal | postalCode | 4000-001 | | 4050-032
    Localidade | city | Porto | | Porto
    País | country | Portugal | | Portugal
  `),
  set({ id: 'pt-pt-igreja-pre-registo-membros', kind: 'Portuguese church\'s pre-registration sheet of members and visitors (full name, mobile, birth date, address, number, postcode, town, neighbourhood, email, sex, nationality, type, notes)', lang: 'pt', defaultCountry: 'PT', source: 'index:70997230231 (a church management app\'s pre-registration template and reader, JavaScript)' }, `
    # Tipo says whether the person is a member or a visitor (a membership status): not imported.
    Nome completo | name | Maria José Silva | João Pereira Santos | Gabriela Antunes
    Telemóvel | phone | +351 912 345 678 | +55 11 91234 5678 | 935 667 120
    Data de nascimento | dateOfBirth | 12/04/1985 | 03/02/1990 | 19/10/2001
    Morada | address1 | Rua Doutor Calado | Av. Saraiva de Carvalho | Rua da República
    Número | - | 12 | 10 2º Esq. | 45
    Código postal | postalCode | 3080-153 | 3080-055 | 3080-032
    Localidade | city | Figueira da Foz | Figueira da Foz | Figueira da Foz
    Bairro | - | Buarcos | Centro da Figueira | Tavarede
    E-mail | email | maria@exemplo.pt | | gabi.antunes@example.com
    Sexo | - | F | M | F
    Nacionalidade | - | Brasileira | Brasileira | Portuguesa
    Tipo | - | Membro | Visitante | Membro
    Observações | - | | Veio pelo grupo de jovens |
  `),
  // ---------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-bj-rh-import-salaries-radies', kind: 'Beninese company HR platform\'s employee import (surname, first name, birth date, email, phone, post, status)', lang: 'fr', defaultCountry: 'BJ', source: 'index:60754871123 (an HR company service\'s CSV import test, TypeScript)' }, `
    Nom | lastName | HOUNKPATIN | AGOSSOU | DOSSOU
    Prénom | firstName | Rodrigue | Mireille | Landry
    DateNaissance | dateOfBirth | 12/03/1991 | 14/05/1988 | 02/10/1995
    Email | email | rodrigue.hounkpatin@exemple.bj | m.agossou@exemple.bj | landry.dossou@exemple.com
    Téléphone | phone | +229 97 00 12 34 | +229 66 45 78 90 | 95 12 34 56
    Fonction | - | Chauffeur | Comptable | Magasinier
    Statut | - | ACTIF | ACTIF | RADIÉ
  `),
  set({ id: 'fr-rh-soldes-conges-import-lucca', kind: 'HR tool\'s leave balance import in the layout of a French payroll vendor\'s export (employee number, surname, first name, start date, paid leave last year and this year, RTT days)', lang: 'fr', defaultCountry: 'FR', source: 'index:70099556318 (an HR app\'s end-to-end test pasting a leave balances CSV, Playwright)' }, `
    Matricule | externalId | 0015 | 0022 | 0031
    Nom | lastName | BERNARD | LEFEBVRE | GIRAUD
    Prénom | firstName | Hugo | Manon | Samuel
    Date d'entrée | - | 15/01/2024 | 01/09/2019 | 03/04/2023
    CP N-1 | - | 10 | 4,5 | 0
    CP N | - | 6,25 | 12,5 | 8,33
    RTT | - | 3 | 5 | 2
  `),
  set({ id: 'fr-accueil-registre-visiteurs-export', kind: 'front desk visitor log export (surname, first name, email, reason, entry and exit times)', lang: 'fr', defaultCountry: 'FR', source: 'index:55160810603 (a WordPress visitor register\'s CSV export script, JavaScript)' }, `
    Nom | lastName | Moreau | Lambert | Fontaine
    Prénom | firstName | Claire | Yanis | Odile
    Email | email | claire.moreau@example.fr | yanis.lambert@example.com | o.fontaine@example.fr
    Motif | - | Rendez-vous direction | Livraison | Entretien d'embauche
    Entrée | - | 04/03/2026 09:12 | 04/03/2026 10:40 | 04/03/2026 14:00
    Sortie | - | 04/03/2026 10:05 | 04/03/2026 10:52 | 04/03/2026 15:10
  `),
  set({ id: 'fr-club-foot-licencies-import', kind: 'youth football club\'s licensed players import (surname, first name, age category, licence number, birth date, licence validated)', lang: 'fr', defaultCountry: 'FR', source: 'index:69061004513 (a football school app\'s roster CSV example and reader, JavaScript)' }, `
    # The licence number is the player's id at the federation (the External ID). The category (U8, U9, Délégué) is an
    # age group or a role, like a school class: not imported.
    Nom | lastName | DUPUIS | MARCHAND | RENAUD
    Prénom | firstName | Noah | Jade | Christophe
    Catégorie | - | U8 | U9 | Délégué
    Licence | externalId | 2547012345 | 2547012388 | 2530987766
    Naissance | dateOfBirth | 14/03/2019 | 02/11/2018 |
    Licence validée | - | oui | oui | non
  `),
  set({ id: 'fr-ecole-maternelle-eleves-import-pandas', kind: 'nursery school class list saved from pandas, its index column left as "Unnamed: 0" (index, surname, first name, sex, birth date)', lang: 'fr', defaultCountry: 'FR', source: 'index:47224636748 (a pupils\' skills tracker\'s README giving the expected French CSV, Markdown)' }, `
    Unnamed: 0 | - | 1 | 2 | 3
    NOM | lastName | PERRIN | FAURE | ROUSSEL
    Prénom | firstName | Louise | Gabin | Lina
    Sexe | - | F | M | F
    Date de naissance | dateOfBirth | 15/09/2021 | 22/03/2021 | 08/11/2021
  `),
  set({ id: 'fr-asso-inclusion-numerique-beneficiaires', kind: 'digital inclusion charity\'s beneficiary follow-up export (year, surname, first name, personal phone, contact mail, file and test checkpoints, certificate, quote, invoice, equipment receipt, archiving, comments)', lang: 'fr', defaultCountry: 'FR', source: 'index:57377757563 (a charity\'s beneficiaries dashboard CSV export, React)' }, `
    Année | - | 2025 | 2025 | 2026
    Nom | lastName | Bouvier | Traoré | Masson
    Prénom | firstName | Gisèle | Moussa | Kévin
    Numéro de téléphone personnel | phone | 06 12 34 56 78 | 07 81 22 90 14 | 06 45 78 12 03
    Mail contact | email | gisele.bouvier@example.fr | moussa.traore@example.com | kmasson@example.fr
    Création Dossier DRIVE | - | Oui | Oui | Non
    Test entrée Google Form | - | Fait | Fait | À faire
    Test sortie PIX (ABC PIX) | - | 62 | 48 |
    Remise de l'attestation compétences | - | Oui | Non | Non
    Devis | - | Oui | Oui |
    Facture | - | Oui | |
    Décharge matériel | - | Signée | Signée |
    Scan et archivage | - | Oui | Non | Non
    Commentaires | - | Ordinateur remis le 12/06 | A besoin d'un 2e atelier |
  `),
  set({ id: 'fr-dirigeants-siren-enrichissement-sortie', kind: 'company directors enrichment output from SIREN numbers (company, SIREN, head office SIRET, director\'s surname and first name, post, birth date, birth year, age, head office town)', lang: 'fr', defaultCountry: 'FR', source: 'index:24935640038 (a workflow automation\'s README showing the output CSV, Markdown)' }, `
    # The head office town is the only address the file has for the director, at the company the contact is taken for:
    # the City. The birth year and age repeat the birth date: not imported.
    Société | companyName | INTERIM PLUS | BOULANGERIES GERMAIN | TRANSPORTS MILLET
    SIREN | - | 123456789 | 552100554 | 732829320
    SIRET_siège | - | 12345678900014 | 55210055400027 | 73282932000074
    Nom | lastName | DUPONT | GERMAIN | MILLET
    Prénom | firstName | Jean | Sylvie | Olivier
    Fonction | - | Président | Gérante | Directeur général
    Date_naissance | dateOfBirth | 15/03/1960 | 02/08/1971 | 27/12/1966
    Année | - | 1960 | 1971 | 1966
    Âge | - | 66 | 54 | 59
    Ville_siège | city | PARIS | LYON | RENNES
  `),
  set({ id: 'fr-ch-publipostage-destinataires-import', kind: 'Swiss mail merge app\'s recipient import (title, first name, surname, street, house number, postcode, town, email, phone)', lang: 'fr', defaultCountry: 'CH', source: 'index:66588741662 (a letter sending app\'s CSV import hint, Vue)' }, `
    Civilité | - | Madame | Monsieur | Madame
    Prénom | firstName | Léa | Nicolas | Anne-Marie
    Nom | lastName | Rochat | Favre | Jaquet
    Rue | address1 | Avenue de la Gare | Rue du Midi | Chemin des Vignes
    N° | - | 12 | 4bis | 21
    NPA | postalCode | 1003 | 2000 | 1095
    Localité | city | Lausanne | Neuchâtel | Lutry
    Email | email | lea.rochat@example.ch | n.favre@example.ch | amjaquet@example.com
    Téléphone | phone | 021 312 45 67 | 079 456 12 34 | +41 21 791 00 22
  `),
  set({ id: 'fr-poste-reexpedition-liste-beneficiaires', kind: 'French postal service\'s bulk delivery list of recipients (desired start date, recipient reference, name or company, delivery point, box or stair, street number and name, locality or postal service, postcode, town, access and further instructions)', lang: 'fr', defaultCountry: 'FR', source: 'index:44381978219 (a postal order tool checking the uploaded file\'s first line, JavaScript; the last two column names read from its other, mis-encoded spelling)' }, `
    # The recipient reference is the sender's id of the recipient (the External ID). "Nom Prénom ou Raison sociale" is
    # the person's name (or a company's, for a company). The delivery point and box lines are second address lines.
    Date de début souhaitée | - | 02/03/2026 | 02/03/2026 | 09/03/2026
    Référence Bénéficiaire | externalId | ABN-00412 | ABN-00413 | ABN-00420
    Nom Prénom ou Raison sociale | name | Mme Hélène Garnier | M. Paul Lemoine | Cabinet Vasseur
    Lieu de remise | - | Résidence Les Tilleuls | | Bâtiment B
    N° ou Boite aux lettres - Couloir-Escalier | - | Bât. C, esc. 2 | BAL 14 |
    Numéro et libellé de voie | address1 | 8 rue des Lilas | 27 avenue Jean Jaurès | 3 place de la Mairie
    Complément commune ou service postal | - | | Lieu-dit Les Granges | BP 40
    Code postal | postalCode | 69100 | 38200 | 71100
    Localité | city | VILLEURBANNE | VIENNE | CHALON SUR SAONE
    Indication d'accès au bénéficiaire | - | Digicode 4521 | | Accueil au 1er
    Indications complémentaires | - | | Chien | Fermé le samedi
  `),
  set({ id: 'fr-ca-courtier-immobilier-leads-export', kind: 'Quebec real estate brokerage\'s web leads export (first name, surname, email, phone, form source, entity, status, received on)', lang: 'fr', defaultCountry: 'CA', source: 'index:69503106788 (a leads service\'s export endpoint test, Node)' }, `
    # "Source du formulaire" names the web form the lead came in by: the Source. The entity is the brokerage office
    # that received it: not imported.
    Prénom | firstName | Éloïse | Mathieu | Karine
    Nom | lastName | Gagnon | Bouchard | Lévesque
    Courriel | email | eloise.gagnon@example.ca | mbouchard@example.com | karine.levesque@example.ca
    Téléphone | phone | 418 555-0142 | (514) 555-0187 | 819-555-0110
    Source du formulaire | source | Évaluation gratuite | Fiche propriété | Infolettre
    Entité | - | royal-lepage | royal-lepage | royal-lepage-rive-sud
    Statut | - | Nouveau | Contacté | Nouveau
    Reçu le | - | 2026-09-12 14:03 | 2026-09-13 08:47 | 2026-09-14 19:21
  `),
  set({ id: 'fr-crm-prospects-import-siren', kind: 'French small business CRM\'s prospect import with BOM (company, SIREN, town, title, first name, surname, post, email, phone, origin)', lang: 'fr', defaultCountry: 'FR', source: 'index:70709185134 (a CRM\'s French CSV import spec, Crystal)' }, `
    # Origine (Salon, Site internet) says how the prospect came: the Source.
    Société | companyName | Menuiserie Leroux | Boulangerie Petit | Garage Morel
    SIREN | - | 732 829 320 | | 552100554
    Ville | city | Tours | Amboise | Blois
    Civilité | - | M. | | Mme
    Prénom | firstName | Paul | Luc | Sandrine
    Nom | lastName | Leroux | Petit | Morel
    Fonction | - | Gérant | | Comptable
    Courriel | email | paul@leroux.example.fr | luc@petit.example.fr | s.morel@garagemorel.example.fr
    Téléphone | phone | 02 47 00 00 01 | | 02 54 78 12 90
    Origine | source | Salon | Site internet | Salon
  `),
  set({ id: 'fr-medecins-cabinets-export-snake', kind: 'GP network\'s doctors export in lower case (id, practice, first name, surname, email, ADELI number, address, postcode, town, département, region, RPPS number, phone, mobile, record status, start and end dates)', lang: 'fr', defaultCountry: 'FR', source: 'index:513975022 (a doctors network\'s export script writing mgexport.csv, PHP)' }, `
    # The practice (cabinet) is the doctor's company. ADELI and RPPS are national professional register numbers (like a
    # national id): not imported. The region is the State; the département is not imported (older parts chose so twice).
    id | externalId | 118 | 119 | 204
    cabinet | companyName | Cabinet médical des Halles | Maison de santé Bellevue | Cabinet du Dr Roux
    prenom | firstName | Nathalie | Pierre | Hélène
    nom | lastName | Caron | Meunier | Roux
    courriel | email | n.caron@example.fr | pierre.meunier@example.fr | dr.roux@example.fr
    adeli | - | 751234567 | 691234568 | 331234569
    adresse | address1 | 12 rue des Halles | 45 avenue Bellevue | 7 cours de l'Intendance
    codepostal | postalCode | 75001 | 69004 | 33000
    ville | city | Paris | Lyon | Bordeaux
    departement | - | Paris | Rhône | Gironde
    region | state | Île-de-France | Auvergne-Rhône-Alpes | Nouvelle-Aquitaine
    rpps | - | 10001234567 | 10009876543 | 10004567891
    telephone | phone | 01 42 33 12 00 | 04 78 29 11 40 | 05 56 44 20 20
    portable | additionalPhones | 06 11 22 33 44 | | 06 98 76 54 32
    recordstatus | - | 1 | 1 | 0
    ddebut | - | 2024-01-01 | 2023-06-15 | 2022-09-01
    dfin | - | | | 2025-12-31
  `),
  set({ id: 'fr-ca-garderie-educatrices-import', kind: 'Quebec childcare centre\'s educators import sheet in lower case (surname, first name, email, employment status, hire date)', lang: 'fr', defaultCountry: 'CA', source: 'index:59823246250 (a childcare management app\'s import analysis test, TypeScript)' }, `
    nom | lastName | Tremblay | Roy | Côté
    prenom | firstName | Marie | Luc | Josée
    courriel | email | marie@ecole.example.qc.ca | luc@ecole.example.qc.ca | jcote@ecole.example.qc.ca
    statut | - | temps plein | Temps partiel | remplaçante
    date d'embauche | - | 2021-08-15 | 01/09/2022 | 2024-01-08
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-indagine-porta-a-porta-esportazione-wide', kind: 'door-to-door canvassing app\'s Italian export (23 columns: date, postcode, town, address, gender, surname, first name, email, three phones, mobile, fax, website, comments, housing, average age, ethnic group, per-number consents)', lang: 'it', defaultCountry: 'IT', source: 'index:36853861961 (a canvassing app\'s export writer with one header line per language, Java)' }, `
    # Numbered phones: the first is the main phone, the others and the mobile additional. The consent columns are flags.
    data | - | 12/05/2026 | 12/05/2026 | 13/05/2026
    codice postale | postalCode | 40121 | 40133 | 40026
    città | city | Bologna | Bologna | Imola
    indirizzo | address1 | Via Indipendenza 33 | Via Emilia Ponente 210 | Via Appia 5
    genere | - | F | M | F
    cognome | lastName | Gallo | Conti | Marchetti
    nome | firstName | Chiara | Davide | Luisa
    e-mail | email | chiara.gallo@example.it | | luisa.marchetti@example.it
    tel1 | phone | 051 234567 | 051 6012233 | 0542 28811
    tel2 | additionalPhones | | 051 6012234 |
    tel3 | additionalPhones | | |
    cellulare | additionalPhones | 348 1122334 | 320 9988776 |
    fax | - | | 051 6012299 |
    sito | website | | www.contidavide.example.it |
    commenti | - | Richiamare la sera | Interessato | Non in casa
    habitat | - | Condominio | Villetta | Condominio
    età media | - | 35-44 | 45-54 | 65+
    gruppo etnico | - | | |
    tel1_consenso | - | S | S | N
    tel2_consenso | - | | S |
    tel3_consenso | - | | |
    cellulare_consenso | - | S | N |
    fax_consenso | - | | N |
  `),
  set({ id: 'it-gestionale-clienti-nominativo-cellulare', kind: 'client list as a management program would export it for an AI assistant\'s import (full name, mobile, email)', lang: 'it', defaultCountry: 'IT', source: 'index:56450870288 (an assistant product\'s acceptance test checklist describing the import file, Markdown)' }, `
    Nominativo | name | Rossi Maria | Esposito Gennaro | Ricci Francesca
    Cellulare | phone | 333 123 4567 | +39 340 987 6543 | 3471122334
    E-mail | email | maria.rossi@example.it | g.esposito@example.com | francesca.ricci@example.it
  `),
  set({ id: 'it-agenzia-eventi-fornitori-import', kind: 'event agency\'s suppliers import from an Italian Excel export with BOM (first name, surname, company, mobile, email, category, town)', lang: 'it', defaultCountry: 'IT', source: 'index:70364190008 (an event staffing app\'s supplier import end-to-end test, Playwright)' }, `
    Nome | firstName | Marco | Giulia | Luca
    Cognome | lastName | Bianchi | Verdi | Neri
    Azienda | companyName | Sound Factory | Steward Pro |
    Cellulare | phone | 333 111 2233 | +39 340 555 6677 |
    E-mail | email | marco@soundfactory.example.it | giulia@stewardpro.example.it | luca@pulizie.example.it
    Categoria | tags | Service audio luci | Vigilanza | Pulizie
    Città | city | Milano | Torino |
  `),
  set({ id: 'it-centro-estetico-clienti-csv', kind: 'beauty salon\'s client list in Italian semicolon CSV (first name, surname, mobile, email, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:70532803680 (a salon booking app\'s CSV reader check script, JavaScript)' }, `
    Nome | firstName | Maria | Anna | Giulia
    Cognome | lastName | Rossi | Bianchi | Verdi
    Cellulare | phone | 333 123 4567 | +39 340-9876543 | 3401112222
    E-mail | email | maria@example.it | | g@example.it
    Note | - | Allergica, usare linea delicata | Preferisce il mattino |
  `),
  set({ id: 'it-concorso-online-iscritti-2017-wide', kind: 'online prize contest\'s entrants export (21 columns: first name, surname, sex, birth date, email, mobile, street, town, house number, postcode, province, family status, children, privacy, insertion and confirmation dates, mail state, Facebook id, marketing and profiling consents)', lang: 'it', defaultCountry: 'IT', source: 'index:23350313 (a marketing events importer\'s parser for the 2017 contest CSV, Java)' }, `
    # The Facebook id is the entrant's profile id on a social network, not their id in the contest's system: not
    # imported. The house number on its own is not imported; "via" is the street.
    nome | firstName | Federica | Alessandro | Simona
    cognome | lastName | Greco | Lombardi | Testa
    sesso | - | F | M | F
    nascita | dateOfBirth | 1988-04-17 | 1979-10-02 | 1993-01-25
    email | email | fede.greco@example.it | a.lombardi@example.com | simona.testa@example.it
    cellulare | phone | 3391234567 | 3285551122 | 3460098765
    via | address1 | Via Roma | Corso Garibaldi | Via dei Mille
    citta | city | Bari | Lecce | Taranto
    civico | - | 14 | 102/B | 7
    cap | postalCode | 70122 | 73100 | 74121
    provincia | state | BA | LE | TA
    stato_famiglia | - | coniugata | single | convivente
    hafigli | - | 1 | 0 | 1
    privacy | - | 1 | 1 | 1
    data_ins | - | 2017-03-02 10:14:55 | 2017-03-02 11:20:03 | 2017-03-03 18:44:10
    data_conferma_mail | - | 2017-03-02 10:16:12 | | 2017-03-03 18:50:00
    data_conferma_cell | - | 2017-03-02 10:18:40 | | 
    stato_mail | - | confermata | in attesa | confermata
    facebook_id | - | 10154321987654321 | | 10209876543210987
    accetta comunicazioni marketing | - | 1 | 0 | 1
    accetta profilazione | - | 0 | 0 | 1
  `),
  set({ id: 'it-palestra-conversazioni-whatsapp-export', kind: 'gyms\' WhatsApp assistant conversation archive export (date, gym, client, mobile, goal, campaign, handling, operators, message counts, outcome, state, labels)', lang: 'it', defaultCountry: 'IT', source: 'index:71040472168 (a gym lead assistant\'s archive CSV export, C#)' }, `
    # Attività is the gym that uses the assistant, not the client's company: not imported. The campaign is the ad the
    # conversation answered (older parts chose "Campaign" not imported). The labels are Tags.
    Data | - | 03/02/2026 18:22 | 04/02/2026 09:05 | 04/02/2026 12:40
    Attività | - | FitLab Verona | FitLab Verona | Palestra Olimpia
    Cliente | name | Sara Benedetti | Paolo Ferri | Irene Costa
    Cellulare | phone | +39 345 112 2334 | +39 328 556 7788 | 349 123 4455
    Obiettivo | - | Prova gratuita | Informazioni abbonamento | Prova gratuita
    Campagna | - | Promo febbraio | | Open day
    Gestione | - | Assistente | Operatore | Assistente
    Operatori | - | | Giulia R. |
    Messaggi cliente | - | 6 | 4 | 9
    Risposte assistente | - | 6 | 1 | 9
    Risposte operatori | - | 0 | 3 | 0
    Esito | - | Prova prenotata | In attesa | Prova prenotata
    Stato | - | Chiusa | Aperta | Chiusa
    Etichette | tags | caldo, donna | | caldo
  `),
  set({ id: 'it-anagrafica-clienti-colonna-vuota', kind: 'Italian customer master export from a management program, with an unnamed column and two mobile-and-person pairs (code, destination, company name, blank, street, postcode, town, province, phone, mobiles with whose they are, email, return bank, IBAN, certified email, e-invoicing code; a trailing separator)', lang: 'it', defaultCountry: 'IT', source: 'index:6688779765 (a customers import script quoting the export\'s header line, PHP)' }, `
    # The customer is a business (the Company). "Sig." names whose the mobile before it is: the first is the contact
    # person (the Name), the second not imported; both mobiles are additional phones. The certified email (PEC) is an
    # additional email, as older parts chose.
    Codice | externalId | C00123 | C00124 | C00131
    Dest. | - | 0 | 0 | 1
    Ragione sociale | companyName | Rossi Impianti S.r.l. | Bar Centrale di Sala Luca | Edil Nord S.p.A.
    "" | - | | |
    Via | address1 | Via dell'Industria 8 | Piazza Garibaldi 1 | Via Lecco 44
    Cap | postalCode | 24040 | 23900 | 20900
    Citta' | city | Stezzano | Lecco | Monza
    Provincia | state | BG | LC | MB
    Telefono | phone | 035 4541122 | 0341 362211 | 039 2301100
    Cellulare | additionalPhones | 335 6123456 | 338 9988776 | 331 2233445
    Sig. | name | Sig. Giorgio Rossi | Sig. Luca Sala | Geom. Anna Brambilla
    Cellulare | additionalPhones | 347 1122334 | | 320 5566778
    Sig. | - | Sig.ra Paola Rossi | | Ing. Marco Villa
    Posta elettronica | email | info@rossiimpianti.example.it | barcentrale@example.it | amministrazione@edilnord.example.it
    Banca Reso | - | Banca Popolare di Bergamo | | Credito Valtellinese
    Iban | - | IT40S0542811101000000123456 | | IT12A0521601631000000012345
    PEC | additionalEmails | rossiimpianti@pec.example.it | | edilnord@legalmail.example.it
    Codice univoco fatturazione | - | M5UXCR1 | 0000000 | SUBM70N
    "" | - | | |
  `),
  set({ id: 'it-studio-soggetti-clienti-tabella', kind: 'practice management app\'s subjects table columns as its client form writes them (type, first name, surname, company name, address, postcode, town, province, phone, mobile, email, tax code, VAT number, state)', lang: 'it', defaultCountry: 'IT', source: 'index:68798498473 (a practice management JSP inserting a client into its subjects table, Java)' }, `
    # tipologia says what kind of subject the row is (CLIENTE): not imported. The untyped phone is the main phone, the
    # mobile an additional one.
    tipologia | - | CLIENTE | CLIENTE | CLIENTE
    nome | firstName | Alberto | Chiara | Franco
    cognome | lastName | Galli | Pellegrini | Marini
    ragione_sociale | companyName | | Pellegrini Arredamenti S.n.c. | Marini Trasporti S.r.l.
    indirizzo | address1 | Via XX Settembre 41 | Via Emilia Est 1020 | Strada Statale 16 km 301
    cap | postalCode | 16121 | 41122 | 60019
    comune | city | Genova | Modena | Senigallia
    provincia | state | GE | MO | AN
    telefono | phone | 010 5701234 | 059 281122 | 071 7923344
    cellulare | additionalPhones | 348 7788990 | 335 1239876 |
    email | email | alberto.galli@example.it | chiara@pellegriniarredamenti.example.it | info@marinitrasporti.example.it
    cf | - | GLLLRT75B12D969Q | PLLCHR80A41F257S | 02345670421
    piva | - | | 03456780364 | 02345670421
    stato | - | ATTIVO | ATTIVO | SOSPESO
  `),
  set({ id: 'it-centro-sportivo-prenotazioni-campi', kind: 'sports centre\'s court booking table columns as the desk app fills them (facility code, centre name, secretary\'s tax code, customer\'s first name and surname, start time, duration, date, phone)', lang: 'it', defaultCountry: 'IT', source: 'index:4886876638 (a sports centre desk app inserting a booking, Java Swing)' }, `
    # The facility, the centre and the secretary's tax code are the centre's and its staff's: not imported.
    codiceStruttura | - | STR01 | STR01 | STR02
    nomeCentro | - | Centro Sportivo Le Querce | Centro Sportivo Le Querce | Padel Arena Nord
    cfSegretario | - | BRNLRA90C55L219K | BRNLRA90C55L219K | CSTMRA88H10L219T
    nome | firstName | Tommaso | Ilaria | Riccardo
    cognome | lastName | Serra | Gatti | Bellini
    oraInizio | - | 18:00 | 19:30 | 09:00
    durata | - | 60 | 90 | 60
    data | - | 2026-03-12 | 2026-03-12 | 2026-03-14
    telefono | phone | 3405566778 | 3290011223 | 011 4455667
  `),
  set({ id: 'it-palestra-archivio-soci', kind: 'gym manager\'s member archive file (id, first name, surname, birth date, sign-up date spelled "iscizione")', lang: 'it', defaultCountry: 'IT', source: 'index:28456061986 (a gym management console app writing archivioSoci.csv, Python)' }, `
    Id | externalId | 1 | 2 | 3
    Nome | firstName | Matteo | Elisa | Giorgio
    Cognome | lastName | Fontana | Moretti | Barbieri
    Data di nascita | dateOfBirth | 1996-02-11 | 2001-07-23 | 1984-12-05
    Data iscizione | - | 2025-09-01 | 2025-10-15 | 2026-01-08
  `),
  set({ id: 'it-lido-prenotazioni-ombrelloni-tabella', kind: 'beach club booking table\'s columns (first name, surname, mobile, email, arrival and departure dates, umbrellas, loungers, deckchairs, director\'s chairs, beach hut, user id)', lang: 'it', defaultCountry: 'IT', source: 'index:3151318889 (a beach club booking page inserting into its bookings table, PHP)' }, `
    # user_id is the id of the site account that made the booking (the customer's account): the External ID, as an older
    # part chose for "user_id".
    nome | firstName | Roberta | Gianni | Elena
    cognome | lastName | Santoro | De Luca | Rinaldi
    cellulare | phone | 3381234567 | 3479876543 | 3291112233
    email | email | roberta.santoro@example.it | gianni.deluca@example.com | elena.rinaldi@example.it
    data_arrivo | - | 2026-07-04 | 2026-07-11 | 2026-08-01
    data_partenza | - | 2026-07-11 | 2026-07-25 | 2026-08-15
    ombrelloni | - | A12 | B03 | A07
    qta_lettini | - | 2 | 2 | 1
    qta_sdraie | - | 0 | 1 | 1
    qta_registe | - | 1 | 0 | 0
    chalet | - | 3 | 3 | 1
    user_id | externalId | 57 | 112 | 98
  `),
  set({ id: 'it-risorse-umane-utenze-tabella', kind: 'staff accounts table of an Italian consultancy\'s intranet (19 columns: id, first name, surname, work site, birth date and place, residence town, address, tax code, IBAN, contract and its type and start date, phone, mobile, email, Skype, password, photo)', lang: 'it', defaultCountry: 'IT', source: 'index:41491428460 (an intranet\'s user registration DAO inserting into its accounts table, Java)' }, `
    # residenza is the town of residence (the City), indirizzo the street address. The untyped phone is the main phone,
    # the mobile an additional one.
    id | externalId | U0042 | U0043 | U0051
    nome | firstName | Stefano | Valentina | Giacomo
    cognome | lastName | Mancini | Caruso | Ferraro
    sede_di_lavoro | - | Roma | Milano | Roma
    data_nascita | dateOfBirth | 1987-05-14 | 1992-11-30 | 1979-03-08
    luogo_nascita | - | Frosinone | Catania | Roma
    residenza | city | Roma | Milano | Guidonia Montecelio
    indirizzo | address1 | Via Tuscolana 655 | Viale Abruzzi 42 | Via Maremmana 12
    cf | - | MNCSFN87E14D810K | CRSVLN92S70C351J | FRRGCM79C08H501P
    iban | - | IT60X0542811101000000123456 | IT02L1234512345123456789012 | IT40S0542811101000000654321
    contratto | - | Tempo indeterminato | Tempo determinato | Partita IVA
    tipo_cont | - | CCNL Commercio | CCNL Commercio | Consulenza
    data_iniz_contr | - | 2019-02-01 | 2025-03-01 | 2021-06-15
    telefono | phone | 06 7654321 | 02 87654321 |
    cellulare | additionalPhones | 339 1234567 | 340 7654321 | 328 1122334
    email | email | s.mancini@example.it | v.caruso@example.it | g.ferraro@example.it
    skype | - | stefano.mancini | valentina.caruso | 
    password | - | ******** | ******** | ********
    photo | - | /img/u0042.jpg | | /img/u0051.jpg
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-mindbody-client-list-migration', kind: 'fitness studio software\'s client list export as a migration importer expects it (client email, first and last name, DOB, membership type, start and end dates, status)', lang: 'en', source: 'index:61790458328 (a studio platform\'s import column detection test naming the Mindbody export shape, TypeScript)' }, `
    Client Email | email | jen.okafor@example.com | marcus.hill@example.net | priya.s@example.com
    First Name | firstName | Jennifer | Marcus | Priya
    Last Name | lastName | Okafor | Hill | Sundaram
    DOB | dateOfBirth | 1990-05-14 | 1984-11-02 | 1996-07-29
    Membership Type | - | Unlimited Monthly | 10 Class Pack | Intro Offer
    Start Date | - | 2025-01-06 | 2025-09-15 | 2026-02-01
    End Date | - | | 2026-03-15 | 2026-03-01
    Status | - | Active | Active | Expired
  `),
  set({ id: 'en-ca-wave-customers-export-wide', kind: 'small business accounting app\'s customer list export (27 columns: customer name, email, contact first and last name, currency, account number, phone, fax, mobile, toll-free, website, billing address group, shipping flag and address group, ship-to phone, delivery instructions)', lang: 'en', defaultCountry: 'CA', source: 'index:71456933963 (a bookkeeping migration tool\'s importer test with lists in Wave\'s column layout, TypeScript)' }, `
    # The customer is a business (the Company) and the contact person is the contact. The account number is the
    # customer's account with the business (the External ID). Ship-to columns are never imported.
    customer_name | companyName | Lakeside Studio Ltd. | Northbay Plumbing | Maple & Fern Florals
    email | email | hello@lakeside.example | office@northbay.example | orders@mapleandfern.example
    contact_first_name | firstName | Jamie | Derek | Sophie
    contact_last_name | lastName | Rivera | Campbell | Nguyen
    customer_currency | - | CAD | CAD | USD
    account_number | externalId | C-1001 | C-1002 | C-1015
    phone | phone | 416-555-0100 | (705) 555-0143 | 604-555-0188
    fax | - | | 705-555-0144 |
    mobile | additionalPhones | 647-555-0121 | | 778-555-0190
    toll_free | additionalPhones | | 1-800-555-0199 |
    website | website | https://lakeside.example | northbay.example |
    country | country | Canada | Canada | Canada
    province/state | state | Ontario | Ontario | British Columbia
    address_line_1 | address1 | 1 Exampleview Rd | 220 Lakeshore Dr | 3310 Main St
    address_line_2 | - | Suite 4 | | Unit B
    city | city | Toronto | North Bay | Vancouver
    postal_code/zip_code | postalCode | M4C 1A1 | P1B 2H4 | V5V 3M9
    shipping_address | - | False | True | False
    ship-to_contact | - | | Derek Campbell |
    ship-to_country | - | | Canada |
    ship-to_province/state | - | | Ontario |
    ship-to_address_line_1 | - | | 15 Industrial Way |
    ship-to_address_line_2 | - | | |
    ship-to_city | - | | North Bay |
    ship-to_postal_code/zip_code | - | | P1A 4K7 |
    ship-to_phone | - | | 705-555-0150 |
    delivery_instructions | - | | Back door |
  `),
  set({ id: 'en-event-registrations-waiver-export', kind: 'event platform\'s registrations export (registration id, user name and email, event role, waiver signed, payment status and id, blocked)', lang: 'en', source: 'index:57452135822 (an events API\'s registrations CSV route, Express and Prisma)' }, `
    Registration ID | - | 8f1c2a40-11d3-4e9a-9b0e-2d6b1f7c0a11 | 0c9e7b55-3a2f-4d1b-8e44-71c0a9d2e3f4 | 5d2a8e19-66b7-4c03-a1f2-9e8b7c6d5a40
    User Name | name | Aisha Bello | Connor Walsh | Mei Lin Tan
    User Email | email | aisha.bello@example.com | cwalsh@example.org | meilin.tan@example.com
    Event Role | - | PARTICIPANT | VOLUNTEER | PARTICIPANT
    Waiver Signed | - | YES | YES | NO
    Payment Status | - | PAID | NOT_REQUIRED | PENDING
    Payment ID | - | pi_3P8xYz2eZvKYlo2C1a2b3c4d | | 
    Blocked | - | NO | NO | NO
  `),
  set({ id: 'en-vrbo-partner-reservations-export', kind: 'vacation rental marketplace\'s owner reservations export (listing id, guest name and email, check-in and out, guests, total, status, confirmation code)', lang: 'en', source: 'index:66487957326 (a rental manager\'s reservations CSV import test of the marketplace\'s partner export, TypeScript)' }, `
    Listing ID | - | 2634718 | 2634718 | 3310452
    Guest Name | name | Alice Johnson | Ramón Ortega | Bethany Cole
    Guest Email | email | alice.j@example.com | rortega@example.net | bethany.cole@example.com
    Check In | - | 07/15/2026 | 08/02/2026 | 08/09/2026
    Check Out | - | 07/18/2026 | 08/09/2026 | 08/12/2026
    Guests | - | 4 | 6 | 2
    Total | - | 850.00 | 2240.50 | 615.00
    Status | - | Confirmed | Confirmed | Cancelled
    Confirmation Code | - | HA-K7Q2PD | HA-M3X9TR | HA-B8L4NW
  `),
  set({ id: 'en-hostaway-booking-download', kind: 'vacation rental channel manager\'s single booking download (reservation and channel ids, property, guest name, email and phone, stay dates, nights, adults, children, revenue, platform, status, payment status, arrival and departure times, special requests)', lang: 'en', source: 'index:13969011139 (a rental operator dashboard\'s booking CSV download, React)' }, `
    # Platform is the channel the guest booked through (Airbnb, Booking.com, direct): how the contact came, the Source.
    Hostaway Reservation ID | - | 28841093 | 28841177 | 28850012
    Channel Reservation ID | - | HMZ4K8TQ2A | 4521987733 | N/A
    Property | - | Harbor View Loft | Cedar Cabin | Harbor View Loft
    Guest Name | name | Daniel Price | Sofia Marchetti | Kevin O'Brien
    Guest Email | email | daniel.price@guest.example.com | sofia.m@example.it | kobrien@example.com
    Guest Phone | phone | +1 206 555 0131 | +39 347 555 0188 | (425) 555-0102
    Check-in | - | 2026-06-12 | 2026-06-20 | 2026-07-01
    Check-out | - | 2026-06-15 | 2026-06-27 | 2026-07-04
    Nights | - | 3 | 7 | 3
    Adults | - | 2 | 2 | 4
    Children | - | 0 | 1 | 2
    Total Revenue (Final Amount) | - | 742.18 | 1980.00 | 905.60
    Platform | source | Airbnb | Booking.com | Direct
    Status | - | confirmed | confirmed | modified
    Payment Status | - | Paid | Paid | Partially paid
    Check-in Time | - | 16:00 | 15:00 | 16:00
    Check-out Time | - | 11:00 | 10:00 | 11:00
    Special Requests | - | Late arrival around 10pm | Baby crib please | N/A
  `),
  set({ id: 'en-church-branch-members-import', kind: 'multi-branch church app\'s members import (name, email, phone, address, gender, birth and baptism dates, growth level, discipleship course level)', lang: 'en', defaultCountry: 'PH', source: 'index:55064865488 (a church management API\'s members import test, Laravel)' }, `
    # Growth Level and TECI are discipleship stages the member has reached (like a school grade): not imported.
    First Name | firstName | Joshua | Grace | Mark Anthony
    Last Name | lastName | Villanueva | Dela Cruz | Santos
    Email | email | joshua.v@example.com | grace.dc@example.ph | marksantos@example.com
    Phone | phone | 0917 123 4567 | 09281234567 | +63 918 765 4321
    Address | address1 | 12 Mabini St, Brgy. San Roque | Blk 4 Lot 9, Villa Verde Subd. | 88 Rizal Ave
    Gender | - | Male | Female | Male
    Birth Date | dateOfBirth | 1993-02-11 | 1998-09-30 | 1987-06-05
    Baptism Date | - | 2012-04-08 | 2016-12-25 |
    Growth Level | - | 3 | 2 | 4
    TECI | - | 2 | 1 | 3
  `),
  set({ id: 'en-gramps-people-export-wide', kind: 'genealogy program\'s people table exported as CSV (21 columns: person id, surname, given and call names, suffix, prefix, title, gender, birth, baptism, death and burial dates, places and sources, note)', lang: 'en', defaultCountry: 'GB', source: 'index:41185583122 (a family tree reader\'s struct comments quoting the export\'s person header, Rust)' }, `
    # Person is the program's id of the person ("[I0001]"): the External ID. The call name is the given name the person
    # went by, a second form of the first name: not imported. Places of birth, baptism, death and burial are not an
    # address.
    Person | externalId | [I0001] | [I0002] | [I0017]
    Surname | lastName | Ashworth | Ashworth | Pickering
    Given | firstName | Thomas Henry | Mary Ellen | William
    Call | - | Harry | Nellie |
    Suffix | - | | | Jr.
    Prefix | - | | |
    Title | - | | | Rev.
    Gender | - | male | female | male
    Birth date | dateOfBirth | 1884-03-12 | 1887 | abt 1850
    Birth place | - | [P0003] | [P0003] | [P0011]
    Birth source | - | [S0001] | | [S0004]
    Baptism date | - | 1884-04-06 | 1887-06-19 |
    Baptism place | - | [P0004] | [P0004] |
    Baptism source | - | [S0002] | [S0002] |
    Death date | - | 1953-11-02 | 1961-01-15 | 1921-08-30
    Death place | - | [P0003] | [P0007] | [P0011]
    Death source | - | | | [S0005]
    Burial date | - | 1953-11-06 | 1961-01-20 |
    Burial place | - | [P0005] | [P0005] |
    Burial source | - | | |
    Note | - | Cotton weaver | | Curate of St Mary's
  `),
  set({ id: 'en-animal-shelter-adoption-applications-export', kind: 'animal shelter platform\'s adoption applications export (application id, applicant name, email, contact number, pet name, species, status, applied at)', lang: 'en', defaultCountry: 'PH', source: 'index:57361333106 (a pet adoption API\'s organisation applications CSV export, Node)' }, `
    Application ID | - | 1042 | 1043 | 1051
    Applicant Name | name | Andrea Reyes | Paolo Mendoza | Kristine Lim
    Email | email | andrea.reyes@example.com | paolo.m@example.ph | kristine.lim@example.com
    Contact Number | phone | 0917 555 0123 | 0998 555 0199 | +63 905 555 0177
    Pet Name | - | Mochi | Bantay | Luna
    Species | - | Cat | Dog | Dog
    Status | - | pending | approved | rejected
    Applied At | - | 2026-02-03 09:15 AM | 2026-02-04 04:40 PM | 2026-02-10 11:02 AM
  `),
  set({ id: 'en-in-vet-clinic-whatsapp-leads', kind: 'Indian pet clinic\'s WhatsApp bot leads file (owner name, phone, pet name, type, age, breed, problem, date, time)', lang: 'en', defaultCountry: 'IN', source: 'index:54354039580 (a pet clinic assistant server appending leads to its CSV, Node)' }, `
    Owner Name | name | Ritika Sharma | Arjun Nair | Farhan Qureshi
    Phone | phone | 98765 43210 | +91 99001 23456 | 9123456780
    Pet Name | - | Bruno | Coco | Simba
    Pet Type | - | Dog | Cat | Dog
    Pet Age | - | 3 years | 8 months |
    Pet Breed | - | Labrador | Persian | Indie
    Problem | - | Not eating since 2 days | Vaccination due | Skin rash
    Date | - | 14/2/2026 | 14/2/2026 | 15/2/2026
    Time | - | 10:42:15 am | 3:05:51 pm | 9:20:03 am
  `),
];
