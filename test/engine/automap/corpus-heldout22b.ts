// The twenty-second held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files and English ones from schools, churches, events, shops, nonprofits and Google Forms; the
// other half, corpus-heldout22a.ts, holds English, German, Dutch and mixed-language files): 56 header sets (510
// columns, 270 of them expected to map; 12 Spanish, 12 Portuguese, 12 French, 12 Italian, 8 English; 2 files without a
// header row, 2 with lines above it (a report's filter line and a blank line, a report title); 3 sets of 24 to 39
// columns) from sources none of the other parts use, found in the public code index with exact-string searches for
// everyday header lines in these languages (member, client, patient, pupil, parent, employee, donor and guest lists,
// club, association and church registers, shop, clinic, insurance and admin exports, importer templates and their
// tests, event and booking registrations, database tables) and written down, with the mapping a careful person would
// choose by the field definitions and the rules, BEFORE the mapper was run on them and without reading the
// lexicon or the mapper. "index:N" names the index file the header text was read from (the index does not name its
// repository); the kind says what the file is. Sample values are made up in the shape of each file's own (no personal
// data or example rows from the sources are copied). A trailing empty column (a header line ending in the separator) is
// written as "". Byte-order marks cannot be written in the table and are left out (a set's comment says where). The
// wide files are written in full. No set's headers repeat an older part's (each was compared lower-cased).
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
// Choices this half makes more than once:
// - A WhatsApp number that is the file's only phone is the person's Phone.
// - The kind of contact a row is filed under (client or supplier, member or visitor) is Tags.
// - Another person named beside the contact (a companion, an insured relative, a child in a list of paying parents)
//   is not imported.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout22' }, table);

export const HELDOUT22B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-clinica-clientes-export-filtros', kind: 'Spanish beauty clinic chain\'s client report exported to a semicolon CSV, the filters used written on a line above the header (sign-up date, name, surnames, phone, last centre visited, last employee and receptionist who served)', lang: 'es', defaultCountry: 'ES', above: [['Desde 01 09 2025 hasta 30 11 2025  Centro Todos'], []], source: 'index:5525327240 (a clinic chain\'s reports controller, CSV exports, PHP)' }, `
    fecha_alta | - | 12/09/2025 | 03/10/2025 | 27/11/2025
    nombre | firstName | Lucía | Nerea | Sonia
    apellidos | lastName | Ortega Brito | Salas | Cano Ferrer
    telefono | phone | 622 418 903 | 654 120 377 | 690 345 812
    ultimo_centro_visitado | - | Valencia Ruzafa | Castellón | Valencia Benimaclet
    # The employee who last served the client is a fact about the last visit, not the user in charge of the contact.
    ultimo_empleado_atendio | - | Marta G. | Inés R. | Marta G.
    ultima_recepcionista_atendio | - | Patricia | Elena | Patricia
  `),
  set({ id: 'es-club-padel-socios-fichero', kind: 'Spanish sports club booking program\'s members file, a semicolon text file (member id, DNI, name, surnames, phone, e-mail)', lang: 'es', defaultCountry: 'ES', source: 'index:35962216268 (a padel club booking exercise\'s README, its data files\' layouts)' }, `
    idSocio | externalId | S001 | S002 | S003
    dni | - | 45123678K | 53987412B | 20456321M
    nombre | firstName | Raúl | Begoña | Jaime
    apellidos | lastName | Gallardo Pons | Sáez | Molina Roig
    telefono | phone | 611223344 | 644556677 | 699887766
    email | email | raul.gallardo@example.es | bego.saez@example.com | jmolina@example.es
  `),
  set({ id: 'es-montajes-personal-importacion-tallas', kind: 'Spanish event crew company\'s staff import sheet in capitals (name, surnames, phone, e-mail, DNI, shirt, trousers and shoe sizes, skills)', lang: 'es', defaultCountry: 'ES', source: 'index:59103144790 (an event crew app\'s API tests, employee CSV import, JavaScript)' }, `
    NOMBRE | firstName | Adrián | Noelia | Óscar
    APELLIDOS | lastName | Serrano | Vidal Caro | Pastor
    TELEFONO | phone | +34611234987 | +34655789012 | +34688321456
    CORREO ELECTRONICO | email | adrian.serrano@example.es | noelia.vidal@example.com | opastor@example.es
    D.N.I. | - | 48712365Q | 29384756L | 71234598S
    CAMISETA | - | L | S | XL
    PANTALON | - | 42 | 38 | 46
    CALZADO | - | 43 | 38 | 45
    SKILLS | - | montaje,runner | azafata | carretillero,montaje
  `),
  set({ id: 'es-gt-clientes-carga-masiva-sin-cabecera', kind: 'Guatemalan shop API\'s bulk client upload, a semicolon file without a header row (DPI, name, surnames, phone, address)', lang: 'es', defaultCountry: 'GT', noHeader: true, source: 'index:8934572375 (a Spring client controller\'s CSV bulk load, each line dpi;nombre;apellidos;telefono;direccion, Java)' }, `
    "" | - | 2456789010101 | 3012456780108 | 1987654320101
    "" | firstName | José Luis | Ana María | Byron
    "" | lastName | Xicará López | Cifuentes | Ajú Pérez
    "" | phone | 5512 3487 | 4478 9012 | 3309 6654
    "" | address1 | 6a. Avenida 12-45 Zona 1 | 3a. Calle 5-20 Zona 10, Mixco | Km 15 Carretera a El Salvador
  `),
  set({ id: 'es-agenda-contactos-linea-sin-cabecera', kind: 'Spanish console address book\'s contact lines, semicolon text without a header row (name, surnames, two phones, address)', lang: 'es', defaultCountry: 'ES', noHeader: true, source: 'index:31940362004 (a Java address book exercise, contact line format Nombre;Apellidos;Telefono1;Telefono2;Dirección)' }, `
    "" | firstName | Paula | Ignacio | Maite
    "" | lastName | Crespo Lara | Marín | Urquiza
    "" | phone | 657234981 | 915 234 876 | 688 112 345
    "" | additionalPhones | 976 345 120 | "" | 943 221 870
    "" | address1 | C/ Coso 45, Zaragoza | Calle Alcalá 210, Madrid | Avenida de la Libertad 8, Donostia
  `),
  set({ id: 'es-oficinas-contactos-web-export', kind: 'Spanish firm\'s website contact-form messages exported to CSV (name, e-mail, phone, message, office, date)', lang: 'es', defaultCountry: 'ES', source: 'index:23216610508 (a Sequelize contact-form admin API, CSV export, JavaScript)' }, `
    Nombre | name | Carlos Rubio | Amparo Sanz | Julián Ferreiro
    Email | email | carlos.rubio@example.es | amparo.sanz@example.com | jferreiro@example.es
    Teléfono | phone | 634 871 209 | "" | 981 234 567
    Mensaje | - | Quisiera una cita | Presupuesto reforma | Consulta sobre herencia
    # The firm's office the message was sent to, not the person's address.
    Oficina | - | Madrid | Valencia | A Coruña
    Fecha | - | 2025-10-02 | 2025-10-05 | 2025-10-09
  `),
  set({ id: 'es-cl-cotizaciones-web-region-comuna', kind: 'Chilean services firm\'s quote requests exported to CSV (date, name, e-mail, phone, service, region, commune, address, message, origin, processed)', lang: 'es', defaultCountry: 'CL', source: 'index:63121744348 (a quotes admin page, localStorage CSV export, React)' }, `
    Fecha | - | 14-10-2025 10:12:33 | 15-10-2025 18:40:02 | 17-10-2025 09:05:47
    Nombre | name | Francisca Rojas | Matías Soto | Javiera Muñoz
    Email | email | frojas@example.cl | matias.soto@example.com | javi.munoz@example.cl
    Teléfono | phone | +56 9 8123 4567 | 9 7654 3210 | +56 9 5566 7788
    Servicio | - | Instalación | Mantención | Instalación
    Región | state | Metropolitana | Valparaíso | Biobío
    Comuna | city | Ñuñoa | Viña del Mar | Concepción
    Dirección | address1 | Irarrázaval 2450 | 5 Norte 820 | Barros Arana 1100
    Mensaje | - | Cotizar 3 equipos | Revisión anual | ""
    Origen | source | web | whatsapp | web
    Procesada | - | Sí | No | No
  `),
  set({ id: 'es-boda-confirmaciones-acompanante', kind: 'Spanish wedding site\'s RSVPs exported to CSV (name, e-mail, phone, plus-one, plus-one\'s name, date)', lang: 'es', defaultCountry: 'ES', source: 'index:53205208288 (a wedding site\'s admin page, RSVP CSV export, JavaScript)' }, `
    Nombre | name | Clara Benítez | Tomás Aguado | Irene Llorente
    Email | email | clara.benitez@example.es | tomas.aguado@example.com | irene.ll@example.es
    Teléfono | phone | 600 234 781 | "" | 677 908 123
    Acompañante | - | Sí | No | Sí
    # The guest's companion is another person: not imported.
    Nombre Acompañante | - | Pablo Ruiz | "" | Álex Garrido
    Fecha | - | 2026-02-03T19:22:10Z | 2026-02-04T08:01:45Z | 2026-02-06T21:13:30Z
  `),
  set({ id: 'es-restaurante-clientes-tags-origen', kind: 'Spanish restaurant CRM\'s customers exported to CSV (name, e-mail, phone, tags, origin, last visit, bookings, events)', lang: 'es', defaultCountry: 'ES', source: 'index:58907112791 (a NestJS customers service, CSV export, TypeScript)' }, `
    Nombre | name | Gonzalo Arias | Mireia Soler | Ramón Vega
    Email | email | gonzalo.arias@example.es | mireia.soler@example.cat | ""
    Teléfono | phone | +34 612 345 890 | +34 633 908 112 | +34 655 441 290
    Tags | tags | vip;celiaco | cumpleaños | ""
    Origen | source | web | instagram | teléfono
    Última visita | - | 2025-11-20 | 2025-10-02 | 2025-11-28
    Reservas | - | 12 | 3 | 1
    Eventos | - | 1 | 0 | 0
  `),
  set({ id: 'es-formato-importacion-clientes-ciudad-estado', kind: 'Spanish-language customer import example in an app\'s import dialog, a US-style address (name, e-mail, phone, address, city, state, postal code)', lang: 'es', source: 'index:32502129926 (a contacts import dialog\'s CSV format example, React)' }, `
    Nombre | name | Rosa Delgado | Manuel Ochoa | Teresa Ybarra
    Email | email | rosa.delgado@example.com | mochoa@example.com | tybarra@example.com
    Teléfono | phone | (503) 555-2231 | (971) 555-0198 | (503) 555-7714
    Dirección | address1 | 415 SE Oak St | 88 Main Ave | 2210 NE Broadway
    Ciudad | city | Portland | Salem | Gresham
    Estado | state | OR | OR | OR
    Código Postal | postalCode | 97214 | 97301 | 97030
  `),
  set({ id: 'es-correduria-polizas-tomador-asegurado', kind: 'Spanish insurance agency\'s month-end policies file from the insurer, a semicolon CSV in capitals, 39 columns (agent, client number, portfolio, policy, product, dates, payment, status, the policy holder\'s and the insured person\'s NIF, name, surnames, address, postcode, town, province, phone and birth date, branch, settlement period, sub-agent)', lang: 'es', defaultCountry: 'ES', source: 'index:56727060575 (an insurance agency dashboard\'s tests, policies CSV fixture, Python)' }, `
    # The agency's own code and name are the same in every row: not imported.
    AGENTE | - | 00000000X | 00000000X | 00000000X
    ORDEN NIF | - | 0 | 0 | 0
    NOMBRE AGENTE | - | SEGUROS LÓPEZ | SEGUROS LÓPEZ | SEGUROS LÓPEZ
    # The insurer's number of the client (the policy holder) is the External ID.
    CLIENTE | externalId | 90112 | 90145 | 90187
    # The insurer's portfolio name, not the client's company.
    RAZON SOCIAL | - | ASISA PARTICULARES | ASISA PARTICULARES | ASISA PYMES
    POLIZA | - | 64201781 | 64201802 | 64201933
    ORDEN | - | 0 | 0 | 1
    PRODUCTO BASE | - | ASISTENCIA SANITARIA | ASISTENCIA SANITARIA | DENTAL
    PRODUCTO | - | 101049 | 101049 | 102210
    FECHA GRAB | - | 28/10/2025 | 30/10/2025 | 30/10/2025
    FECHA ALTA | - | 01/11/2025 | 01/11/2025 | 01/11/2025
    FECHA BAJA | - | 01/01/1900 | 01/01/1900 | 01/01/1900
    FORMA PAGO | - | M | T | M
    SITUACION POLIZA | - | A | A | A
    INDICADOR DE FACTURACION | - | S | S | N
    NIF TOMADOR | - | 50123456H | 21345678P | 44556677K
    NOMBRE TOMADOR | firstName | ENCARNACIÓN | RAFAEL | MARINA
    PRIMER APELLIDO TOMADOR | lastName | MORENO | IBÁÑEZ | CALVO
    SEGUNDO APELLIDO TOMADOR | - | GUTIÉRREZ | SOLER | ""
    DIRECCION TOMADOR | address1 | CALLE ALCALÁ 120 3B | AVDA DE LA PAZ 14 | CALLE MAYOR 7 1º
    C  POSTAL TOMADOR | postalCode | 28009 | 46015 | 50001
    POBLACION TOMADOR | city | MADRID | VALENCIA | ZARAGOZA
    PROVINCIA TOMADOR | state | Madrid | Valencia | Zaragoza
    TELEFONO TOMADOR | phone | +34612345098 | +34963456712 | +34676112233
    F  NACIMIENTO TOMADOR | dateOfBirth | 12/05/1968 | 03/09/1979 | 22/02/1990
    # The insured person (often a relative of the holder): the holder is the contact, this group is not imported.
    NIF ASEGURADO | - | 50123456H | 21345690T | 44556677K
    NOMBRE ASEGURADO | - | ENCARNACIÓN | LUCÍA | MARINA
    PRIMER APELLIDO ASEGURADO | - | MORENO | IBÁÑEZ | CALVO
    SEGUNDO APELLIDO ASEGURADO | - | GUTIÉRREZ | ROIG | ""
    DIRECCION ASEGURADO | - | CALLE ALCALÁ 120 3B | AVDA DE LA PAZ 14 | CALLE MAYOR 7 1º
    C  POSTAL ASEGURADO | - | 28009 | 46015 | 50001
    POBLACION ASEGURADO | - | MADRID | VALENCIA | ZARAGOZA
    PROVINCIA ASEGURADO | - | Madrid | Valencia | Zaragoza
    TELEFONO ASEGURADO | - | +34612345098 | +34963456712 | +34676112233
    F  NACIMIENTOASEGURADO | - | 12/05/1968 | 17/06/2008 | 22/02/1990
    DELEGACION | - | 2800 | 4600 | 5000
    DESCRIPCION | - | MADRID | VALENCIA | ZARAGOZA
    PER  LIQUIDACION | - | 2025-11 | 2025-11 | 2025-11
    SUBAGENTE | - | "" | 014 | ""
  `),
  set({ id: 'es-mesas-electorales-miembros-domicilio', kind: 'Spanish town hall program\'s polling-station members listing written to a semicolon CSV, 24 columns in capitals (municipality, district, section, table, polling place and its address lines, list number, role, ID, name, surnames, five address lines of the member\'s home, postcode)', lang: 'es', defaultCountry: 'ES', source: 'index:16098499943 (a polling-station members program\'s CSV listing, VB.NET)' }, `
    NMUNI | - | 079 | 079 | 079
    DIST | - | 01 | 01 | 02
    SECC | - | 003 | 003 | 011
    MESA | - | A | B | U
    NLOCAL | - | COLEGIO PÚBLICO SAN JUAN | COLEGIO PÚBLICO SAN JUAN | CENTRO CÍVICO NORTE
    NLOCALB | - | "" | "" | ""
    INFADICIONAL | - | Entrada por C/ Olmo | Entrada por C/ Olmo | ""
    # The polling place's address, not the member's.
    DIRMESA1 | - | C/ SAN JUAN 12 | C/ SAN JUAN 12 | AVDA DEL NORTE 45
    DIRMESA2 | - | "" | "" | ""
    DIRMESA3 | - | "" | "" | ""
    DIRMESA4 | - | "" | "" | ""
    NOLISTA | - | 1542 | 873 | 2210
    CARGOFINAL | - | PRESIDENTE | 1º VOCAL | 2º VOCAL
    GRES | - | G | B | G
    IDENT | - | 12345678Z | 23456789D | 34567890V
    NOMBRE | firstName | ALMUDENA | JORGE | FÁTIMA
    APELLIDO1 | lastName | SANZ | HERRERO | BENÍTEZ
    APELLIDO2 | - | MOLINA | "" | RUBIO
    # The member's home address: its first line is the street; the further lines (floor, door, area) are second lines.
    DOMI1 | address1 | C/ OLMO 4 | PZA MAYOR 2 | C/ ROBLE 19
    DOMI2 | - | 2º IZQ | 1º A | ""
    DOMI3 | - | "" | "" | BAJO
    DOMI4 | - | "" | "" | ""
    DOMI5 | - | "" | "" | ""
    CPOSTAL | postalCode | 28901 | 28902 | 28905
  `),
  // --------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-navette-inscriptions-lieu-depart', kind: 'French association\'s shuttle registrations exported to CSV (surname, first name, phone, e-mail, pick-up place and time, party size, call-back wanted, registration date)', lang: 'fr', defaultCountry: 'FR', source: 'index:65984448441 (an event shuttle sign-up server\'s CSV export route, JavaScript)' }, `
    Nom | lastName | Lefèvre | Garnier | Roux
    Prénom | firstName | Nathalie | Hugo | Céline
    Téléphone | phone | 06 12 34 56 78 | 07 81 22 43 90 | 06 45 98 12 03
    Email | email | nathalie.lefevre@example.fr | hugo.garnier@example.com | ""
    Lieu de départ | - | Mairie | Gare | Mairie
    Heure de départ | - | 08:00 | 08:15 | 08:00
    Nombre de personnes | - | 2 | 1 | 4
    Besoin d'être rappelé | - | Non | Oui | Non
    Date d'inscription | - | 02/06/2025 | 03/06/2025 | 05/06/2025
  `),
  set({ id: 'fr-annuaire-agents-poste-direction', kind: 'French public body\'s staff directory exported to CSV with a byte-order mark (surname, first name, phone, e-mail, job title, directorate, office)', lang: 'fr', defaultCountry: 'FR', source: 'index:52348249199 (a staff directory\'s CSV export tests, TypeScript)' }, `
    # The source writes a byte-order mark before "Nom", which the table cannot hold.
    Nom | lastName | Mercier | Blanchard | Fabre
    Prénom | firstName | Sandrine | Olivier | Mathilde
    Téléphone | phone | 01 44 55 12 30 | 01 44 55 12 48 | 01 44 55 13 02
    Email | email | sandrine.mercier@example.gouv.fr | olivier.blanchard@example.gouv.fr | mathilde.fabre@example.gouv.fr
    Intitulé de poste | - | Cheffe de bureau | Chargé de mission | Juriste
    Direction | - | DRH | DAF | DAJ
    Bureau | - | B-214 | C-102 | B-230
  `),
  set({ id: 'fr-appels-campagne-contacts-score', kind: 'French call-campaign app\'s contacts of an imported file exported to CSV (surname, first name, phone, e-mail, postcode, town, agent status, AI score)', lang: 'fr', defaultCountry: 'FR', source: 'index:71228642012 (a call-campaign app\'s import file export, C#)' }, `
    Nom | lastName | Lemoine | Carpentier | Hamel
    Prénom | firstName | Patrick | Agathe | Yannick
    Téléphone | phone | +33612345678 | 0698765432 | +33145678901
    Email | email | patrick.lemoine@example.fr | agathe.carpentier@example.com | ""
    CodePostal | postalCode | 59000 | 62300 | 75011
    Ville | city | Lille | Lens | Paris
    StatutAgent | - | A_RAPPELER | INTERESSE | INJOIGNABLE
    ScoreIA | - | 72 | 88 | 15
  `),
  set({ id: 'fr-permanence-phoning-electeurs', kind: 'French MP\'s office constituents called during a surgery, a section of its CSV report (surname, first name, phone, e-mail, town, call status, appointment, request, flag for the MP)', lang: 'fr', defaultCountry: 'FR', source: 'index:56069510694 (a constituency office app\'s surgery report export, TypeScript)' }, `
    Nom | lastName | Perrin | Gauthier | Chevalier
    Prénom | firstName | Michel | Aurélie | Josiane
    Téléphone | phone | 06 23 45 67 89 | 06 98 76 54 32 | 04 78 12 34 56
    Email | email | m.perrin@example.fr | aurelie.gauthier@example.com | ""
    Ville | city | Villeurbanne | Vaulx-en-Velin | Bron
    Statut appel | - | joint | messagerie | joint
    RDV | - | Oui | Non | Non
    Résumé demande | - | Logement social | "" | Dossier retraite
    Attention député | - | Oui | Non | Non
  `),
  set({ id: 'fr-gestion-clients-qt-categorie', kind: 'French client management desktop app\'s clients exported to CSV (id, surname, first name, phone, e-mail, address, status, created date, category)', lang: 'fr', defaultCountry: 'FR', source: 'index:29166947030 (a Qt client manager\'s CSV export, C++)' }, `
    ID | externalId | 1 | 2 | 3
    Nom | lastName | Lambert | Bonnet | Dupuis
    Prénom | firstName | Thierry | Émilie | Karim
    Téléphone | phone | 06 11 22 33 44 | 02 40 12 34 56 | 07 66 55 44 33
    Email | email | thierry.lambert@example.fr | emilie.bonnet@example.com | karim.dupuis@example.fr
    Adresse | address1 | 12 rue des Lilas, Nantes | 4 allée Verte, Rezé | 87 bd Voltaire, Paris
    Statut | - | Actif | Prospect | Actif
    Date création | - | 2025-02-14 | 2025-05-03 | 2025-09-21
    Catégorie | tags | Particulier | Professionnel | Particulier
  `),
  set({ id: 'fr-ecole-campagne-appels-classe-moyenne', kind: 'French school call-campaign template for pupils\' results (surname, first name, phone, class, average mark)', lang: 'fr', defaultCountry: 'FR', source: 'index:19166660261 (a voice campaign app\'s template download, React)' }, `
    Nom | lastName | Marchand | Lacroix | Renaud
    Prénom | firstName | Lucas | Inès | Théo
    Téléphone | phone | +33612345678 | +33687654321 | +33623456789
    Classe | - | 6ème A | 5ème B | 6ème A
    Moyenne | - | 14.5 | 11.25 | 16
  `),
  set({ id: 'fr-sn-apprenants-matricule-referentiel', kind: 'Senegalese training academy\'s learners of an intake exported to CSV (registration number, surname, first name, e-mail, phone, address, track, status)', lang: 'fr', defaultCountry: 'SN', source: 'index:46182810349 (a training academy admin\'s learners CSV download, PHP)' }, `
    Matricule | externalId | 2025-DEV-0012 | 2025-DEV-0013 | 2025-DATA-0004
    Nom | lastName | Faye | Gueye | Ba
    Prénom | firstName | Mamadou | Khady | Ousmane
    Email | email | mamadou.faye@example.sn | khady.gueye@example.com | ousmane.ba@example.sn
    Téléphone | phone | 77 456 12 34 | 78 901 23 45 | 76 543 21 09
    Adresse | address1 | Sicap Liberté 6, Dakar | Parcelles Assainies U17 | Thiès, Cité Lamy
    Référentiel | - | Développement web | Développement web | Data
    Statut | - | actif | actif | renvoyé
  `),
  set({ id: 'fr-incubateur-entrepreneurs-inscription', kind: 'French-language incubator app\'s entrepreneurs exported to CSV (id, surname, first name, e-mail, phone, address, sign-up date)', lang: 'fr', defaultCountry: 'TN', source: 'index:27566333665 (an incubator desktop app\'s entrepreneurs controller, CSV export, JavaFX)' }, `
    ID | externalId | 7 | 8 | 9
    Nom | lastName | Ben Salah | Trabelsi | Jaziri
    Prénom | firstName | Yassine | Amira | Sami
    Email | email | yassine.bensalah@example.tn | amira.trabelsi@example.com | sami.jaziri@example.tn
    Téléphone | phone | 22 345 678 | 98 123 456 | 55 987 654
    Adresse | address1 | Rue de Marseille, Tunis | Avenue Habib Bourguiba, Sfax | Cité El Khadra, Tunis
    Date d'inscription | - | 02/03/2025 | 18/04/2025 | 30/06/2025
  `),
  set({ id: 'fr-boutique-clients-commande-statut', kind: 'French shop desktop app\'s clients table exported to CSV (id, surname, first name, e-mail, phone, address, date, order, status)', lang: 'fr', defaultCountry: 'FR', source: 'index:54318633635 (a Qt shop manager\'s clients CSV export, C++)' }, `
    ID | externalId | C-101 | C-102 | C-103
    Nom | lastName | Girard | Morel | André
    Prénom | firstName | Sophie | Julien | Laure
    Email | email | sophie.girard@example.fr | julien.morel@example.com | laure.andre@example.fr
    Téléphone | phone | 06 55 44 33 22 | 06 12 12 34 34 | 05 56 78 90 12
    Adresse | address1 | 3 place Bellecour, Lyon | 21 rue Nationale, Lille | 9 cours de l'Intendance, Bordeaux
    Date | - | 2025-10-01 | 2025-10-03 | 2025-10-07
    Commande | - | CMD-5521 | CMD-5530 | CMD-5544
    Statut | - | livrée | en cours | annulée
  `),
  set({ id: 'fr-utilisateurs-export-role-connexion', kind: 'French-language admin API\'s users exported to CSV (id, surname, first name, e-mail, phone, address, role, active, created, last login)', lang: 'fr', defaultCountry: 'FR', source: 'index:5680277240 (an Express users controller, CSV export, JavaScript)' }, `
    ID | externalId | 65f1a2b3c4d5e6f708091a2b | 65f1a2b3c4d5e6f708091a2c | 65f1a2b3c4d5e6f708091a2d
    Nom | lastName | Rousseau | Fontaine | Muller
    Prénom | firstName | Alain | Claire | Bastien
    Email | email | alain.rousseau@example.fr | claire.fontaine@example.com | bastien.muller@example.fr
    Téléphone | phone | 06 34 56 78 90 | 07 12 34 56 78 | 03 88 12 34 56
    Adresse | address1 | 5 rue Pasteur, Dijon | 18 avenue Jean Jaurès, Grenoble | 2 quai Kléber, Strasbourg
    Rôle | - | admin | gestionnaire | client
    Actif | - | true | true | false
    Date de création | - | 12/01/2025 | 03/03/2025 | 27/08/2025
    Dernière connexion | - | 02/12/2025 | 28/11/2025 | ""
  `),
  set({ id: 'fr-clients-export-date-naissance', kind: 'French client manager\'s clients exported to CSV (id, surname, first name, e-mail, phone, address, birth date)', lang: 'fr', defaultCountry: 'FR', source: 'index:21478600628 (a Java client manager\'s CSV export)' }, `
    ID | externalId | 1 | 2 | 3
    Nom | lastName | Leroy | Caron | Picard
    Prénom | firstName | Isabelle | François | Manon
    Email | email | isabelle.leroy@example.fr | francois.caron@example.com | manon.picard@example.fr
    Téléphone | phone | 06 78 90 12 34 | 02 35 12 34 56 | 07 45 67 89 01
    Adresse | address1 | 14 rue de la Paix, Rouen | 7 impasse des Roses, Caen | 30 rue Nationale, Tours
    Date de naissance | dateOfBirth | 1984-07-19 | 1969-11-02 | 1997-03-28
  `),
  set({ id: 'fr-ci-demo-contacts-ville', kind: 'Ivorian messaging app\'s contacts file used in its end-to-end test (surname, first name, phone, town)', lang: 'fr', defaultCountry: 'CI', source: 'index:62764683055 (a messaging app\'s Playwright contacts upload test)' }, `
    Nom | lastName | Ouattara | Kouadio | Diabaté
    Prénom | firstName | Issa | Marie-Laure | Salif
    Téléphone | phone | +2250701234567 | +2250556789012 | +2250123456789
    Ville | city | Abidjan | Korhogo | San-Pédro
  `),
  // --------------------------------------------------------------------------------------------------- Portuguese
  set({ id: 'pt-loja-clientes-historico-alteracoes', kind: 'Brazilian retail chain\'s report of changes to customer records, a semicolon CSV, 24 columns (code, name, CPF, RG, e-mail, street, number, complement, neighbourhood, town, state, CEP, phone, mobile, sign-up and change dates, branch, employee, time, till, field changed, old and new value, program)', lang: 'pt', defaultCountry: 'BR', source: 'index:1368155420 (a retail ERP\'s customer change history report, Progress 4GL)' }, `
    Codigo | externalId | 1045872 | 2019934 | 3301456
    Nome | name | Valdir Antunes | Sandra Mello | Jonas Kraemer
    CPF | - | 012.345.678-90 | 234.567.890-12 | 345.678.901-23
    RG | - | 1045678912 | 7012345678 | 3098765432
    E-mail | email | valdir.antunes@example.com.br | sandra.mello@example.com | ""
    Rua | address1 | Rua Voluntários da Pátria | Av. Presidente Vargas | Rua Marechal Floriano
    Numero | - | 1520 | 88 | 410
    Complemento | - | Apto 201 | "" | Fundos
    Bairro | - | Centro | São Cristóvão | Centro
    Cidade | city | Porto Alegre | Passo Fundo | Santa Cruz do Sul
    Estado | state | RS | RS | RS
    Cep | postalCode | 90230-010 | 99010-001 | 96810-070
    Telefone | phone | (51) 3222-4455 | (54) 3313-7788 | ""
    Celular | additionalPhones | (51) 99876-5432 | (54) 99111-2233 | (51) 98456-7890
    Data cadastro | - | 14/03/2011 | 02/09/2018 | 20/01/2024
    Data alteração | - | 01/12/2025 | 01/12/2025 | 02/12/2025
    Filial | - | 12 | 45 | 12
    # The employee who changed the record, not the user in charge of the customer.
    Matricula do funcionario | - | 55821 | 60214 | 55821
    Horario | - | 10:42:15 | 15:03:50 | 09:18:02
    PDV | - | 3 | 1 | 2
    Campo Alterado | - | Celular | Endereco | E-mail
    Dado antigo | - | (51) 99111-0000 | Rua Independência 12 | jonas.k@example.com
    Dado alterado | - | (51) 99876-5432 | Av. Presidente Vargas 88 | ""
    Programa | - | cliencad.p | cliencad.p | clienalt.p
  `),
  set({ id: 'pt-rh-funcionarios-relatorio-empresa', kind: 'Brazilian HR app\'s staff report exported to CSV (name, CPF, e-mail, phone, company, job, hiring date, status)', lang: 'pt', defaultCountry: 'BR', source: 'index:14340414086 (an HR app\'s reports page, staff CSV, React)' }, `
    Nome | name | Carlos Eduardo Lima | Fernanda Rocha | Diego Nunes
    CPF | - | 123.456.789-09 | 987.654.321-00 | 456.789.123-45
    Email | email | carlos.lima@example.com.br | fernanda.rocha@example.com | diego.nunes@example.com.br
    Telefone | phone | (11) 98888-7777 | (11) 97777-6666 | (19) 99123-4567
    Empresa | companyName | Transportes Alfa Ltda | Transportes Alfa Ltda | Beta Logística
    Cargo | - | Motorista | Analista de RH | Conferente
    Data Admissão | - | 10/02/2021 | 03/08/2023 | 15/01/2025
    Status | - | Ativo | Ativo | Afastado
  `),
  set({ id: 'pt-evento-inscricoes-instituicao', kind: 'Brazilian academic event system\'s registrations of an event exported to CSV (name, CPF, e-mail, phone, institution)', lang: 'pt', defaultCountry: 'BR', source: 'index:58172735050 (an event system\'s registrations CSV servlet, Java)' }, `
    Nome | name | Juliana Barros | Thiago Mendes | Camila Freitas
    CPF | - | 321.654.987-10 | 741.852.963-20 | 159.357.486-30
    Email | email | juliana.barros@example.edu.br | thiago.mendes@example.com | camila.freitas@example.edu.br
    Telefone | phone | (85) 98811-2233 | (85) 99700-4455 | (88) 99655-6677
    # The institution an academic event's registrant studies at is their college, not an employer: not imported.
    Instituicao | - | UFC | IFCE | UECE
  `),
  set({ id: 'pt-rh-colaboradores-modelo-salario', kind: 'Brazilian HR system\'s staff import template, one of its templates per table (name, CPF, e-mail, phone, birth date, hiring date, job, department, salary)', lang: 'pt', defaultCountry: 'BR', source: 'index:55599770140 (an HR system\'s import edge function, CSV templates, TypeScript)' }, `
    nome | name | Renata Carvalho | Bruno Teixeira | Patrícia Gomes
    cpf | - | 11122233344 | 55566677788 | 99988877766
    email | email | renata.carvalho@example.com.br | bruno.t@example.com | patricia.gomes@example.com.br
    telefone | phone | 11987654321 | 21976543210 | 31965432109
    data_nascimento | dateOfBirth | 1990-04-18 | 1985-12-02 | 1993-07-25
    data_admissao | - | 2022-03-01 | 2019-08-15 | 2024-01-08
    cargo | - | Assistente Administrativo | Gerente | Recepcionista
    departamento | - | Financeiro | Comercial | Atendimento
    salario | - | 3200.00 | 9800.00 | 2400.00
  `),
  set({ id: 'pt-ao-clinica-utilizadores-txt-senha', kind: 'Angolan clinic app\'s users text file, short format, semicolon-separated (name, e-mail, phone, password, kind)', lang: 'pt', defaultCountry: 'AO', source: 'index:55208915398 (a clinic admin\'s users loader, utilizadores.txt, JavaScript)' }, `
    Nome | name | Domingos Sebastião | Filomena Neto | Adelino Cassoma
    Email | email | domingos.s@example.co.ao | filomena.neto@example.com | adelino.c@example.co.ao
    Telefone | phone | 923 456 789 | 912 345 678 | 934 567 890
    Senha | - | ****** | ****** | ******
    # Patient, doctor or receptionist: a role, not imported.
    Tipo | - | Paciente | Médico | Paciente
  `),
  set({ id: 'pt-campanha-equipe-grupo-papel', kind: 'Brazilian election campaign app\'s team import (name, phone, e-mail, town, state, neighbourhood, group, role)', lang: 'pt', defaultCountry: 'BR', source: 'index:58406134468 (a campaign app\'s docs, team CSV import columns)' }, `
    nome | name | Rosângela Dias | Edson Farias | Priscila Moura
    telefone | phone | 61999887766 | 61988776655 | 61977665544
    email | email | rosangela.dias@example.com.br | edson.farias@example.com | ""
    cidade | city | Brasília | Taguatinga | Ceilândia
    uf | state | DF | DF | DF
    bairro | - | Asa Sul | Taguatinga Norte | Setor O
    grupo | tags | Lideranças | Voluntários | Lideranças
    papel | - | Coordenadora | Panfletagem | Apoio
  `),
  set({ id: 'pt-provedor-leads-tabela-plano', kind: 'Brazilian internet provider\'s sign-up leads table, the columns its bot saves (CPF, name, phone, e-mail, town, plan, birth date, street, number, complement, neighbourhood, landmark, due day, POP, card holder, status, channel, ERP response, notes)', lang: 'pt', defaultCountry: 'BR', source: 'index:54142386900 (an ISP sign-up bot\'s lead insert, JavaScript)' }, `
    cpf | - | 12345678909 | 98765432100 | 45678912345
    nome | name | Antônio Ribeiro | Gisele Matos | Wellington Souza
    telefone | phone | 5584999112233 | 5584988223344 | 5584977334455
    email | email | antonio.ribeiro@example.com.br | gisele.matos@example.com | ""
    cidade | city | Natal | Parnamirim | Natal
    plano_id | - | 3 | 5 | 3
    datanasc | dateOfBirth | 1978-09-14 | 1995-02-27 | 1988-11-03
    logradouro | address1 | Rua das Acácias | Av. Ayrton Senna | Rua Jaguarari
    numero | - | 120 | 4500 | 88
    complemento | - | Casa | Bloco B Apto 12 | ""
    bairro | - | Lagoa Nova | Nova Parnamirim | Lagoa Nova
    pontoreferencia | - | Perto da padaria | "" | Em frente à escola
    vencimento_id | - | 2 | 1 | 3
    pop_id | - | 1 | 2 | 1
    portador_id | - | 4 | 4 | 4
    status | - | enviado | pendente | enviado
    # The channel a sign-up came through (site, WhatsApp) is where the lead came from.
    canal | source | whatsapp | site | whatsapp
    erp_response | - | {"ok":true} | "" | {"ok":true}
    obs | - | "" | Ligar após 18h | ""
  `),
  set({ id: 'pt-disparos-contatos-tags-variaveis', kind: 'Brazilian WhatsApp campaign tool\'s contacts sample CSV (name, WhatsApp, e-mail, town, tags, two message variables)', lang: 'pt', defaultCountry: 'BR', source: 'index:61927025088 (a campaign tool\'s new campaign page, sample CSV, React)' }, `
    Nome | name | Jéssica Pinto | Rodrigo Alves | Vanessa Lopes
    # The WhatsApp number is the person's own mobile, the only phone of the file.
    WhatsApp | phone | +55 47 99812-3456 | +55 47 98877-6655 | +55 48 99123-7788
    Email | email | jessica.pinto@example.com.br | rodrigo.alves@example.com | ""
    Cidade | city | Itajaí | Blumenau | Florianópolis
    Tags | tags | vip,leilao | leilao | ""
    var1 | - | Jéssica | Rodrigo | Vanessa
    var2 | - | Imóveis abaixo do mercado | Lotes em Blumenau | Casas na praia
  `),
  set({ id: 'pt-leads-tenant-profissao-export', kind: 'Brazilian multi-tenant lead platform\'s leads exported to CSV (tenant, name, WhatsApp, e-mail, status, source, profession, town, created)', lang: 'pt', defaultCountry: 'BR', source: 'index:55544809411 (a lead platform\'s admin export, TypeScript)' }, `
    Tenant | - | Clínica Sorriso | Clínica Sorriso | Estética Bella
    Nome | name | Mariana Costa | Felipe Araújo | Larissa Ramos
    WhatsApp | phone | 5511998877665 | 5511987766554 | 5521976655443
    Email | email | mariana.costa@example.com.br | felipe.araujo@example.com | ""
    Status | - | novo | em_contato | convertido
    Source | source | instagram | google | indicacao
    Profissão | - | Advogada | Professor | Enfermeira
    Cidade | city | São Paulo | Guarulhos | Rio de Janeiro
    Criado em | - | 2025-11-02T10:11:12Z | 2025-11-03T15:20:00Z | 2025-11-05T08:45:30Z
  `),
  set({ id: 'pt-contatos-whatsapp-tipo-bom', kind: 'Brazilian contact manager\'s contacts exported to CSV with a byte-order mark (name, WhatsApp, e-mail, type, sign-up date)', lang: 'pt', defaultCountry: 'BR', source: 'index:1686710973 (a contacts page\'s CSV export, React)' }, `
    # The source writes a byte-order mark before "Nome", which the table cannot hold.
    Nome | name | Otávio Siqueira | Helena Duarte | Kátia Moreira
    WhatsApp | phone | 5562999887766 | 5562988776655 | 5564997766554
    Email | email | otavio.siqueira@example.com.br | helena.duarte@example.com | ""
    # Client, supplier or partner: the kind of contact, a category it is filed under.
    Tipo | tags | Cliente | Fornecedor | Cliente
    Data Cadastro | - | 12/08/2025 | 30/09/2025 | 14/11/2025
  `),
  set({ id: 'pt-cobrancas-modelo-importacao-optin', kind: 'Brazilian billing reminder app\'s charges import template (name, WhatsApp, e-mail, amount, due date, payment method, WhatsApp opt-in)', lang: 'pt', defaultCountry: 'BR', source: 'index:53122217312 (a billing app\'s import page, template download, React)' }, `
    Nome | name | Leonardo Fonseca | Tatiane Reis | Gustavo Pacheco
    WhatsApp | phone | +5511998765432 | +5511987654321 | +5519996543210
    Email | email | leonardo.fonseca@example.com.br | tatiane.reis@example.com | ""
    Valor | - | 150.50 | 89.90 | 320.00
    Vencimento | - | 2026-12-01 | 2026-12-05 | 2026-12-10
    Forma de Pagamento | - | BOLETO | PIX | BOLETO
    Opt-in WhatsApp | - | SIM | SIM | NAO
  `),
  set({ id: 'pt-igreja-membros-equipe-batizado', kind: 'Brazilian church management site\'s member record, the fields of its create form (id, church, team, name, type, address, number, complement, neighbourhood, town, state, CEP, area code, phone, marital status, baptised, birth date, member since)', lang: 'pt', defaultCountry: 'BR', source: 'index:30383724726 (a church site\'s members controller, ASP.NET MVC)' }, `
    ID | externalId | 1 | 2 | 3
    # The church and the team are row ids of other tables of the site: not imported.
    IDIgreja | - | 1 | 1 | 2
    IDEquipe | - | 3 | "" | 5
    Nome | name | Josué Pereira | Eunice Tavares | Samuel Batista
    # Member or visitor: the kind of membership, Tags.
    Tipo | tags | Membro | Visitante | Membro
    Endereco | address1 | Rua Sete de Setembro | Av. Brasil | Rua das Palmeiras
    Numero | - | 215 | 1800 | 42
    Complemento | - | "" | Apto 304 | Casa 2
    Bairro | - | Centro | Jardim América | Vila Nova
    Cidade | city | Goiânia | Goiânia | Aparecida de Goiânia
    UF | state | GO | GO | GO
    CEP | postalCode | 74023-010 | 74255-060 | 74935-400
    # The area code belongs with the phone number beside it, which is the main phone.
    DDD | - | 62 | 62 | 62
    Fone | phone | 99812-3456 | 3241-5566 | 98877-1122
    EstadoCivil | - | Casado | Solteira | Casado
    Batizado | - | Sim | Não | Sim
    DataDeNascimento | dateOfBirth | 14/02/1975 | 30/08/1998 | 09/12/1983
    MembroDesde | - | 03/2010 | "" | 11/2018
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-utenti-tabella-location-token', kind: 'Italian delivery site\'s users table, the columns its sign-up inserts (name, surname, phone, e-mail, tax code, address, town id, postcode, active, token, password)', lang: 'it', defaultCountry: 'IT', source: 'index:21025616712 (a delivery site\'s sign-up insert, PHP)' }, `
    nome | firstName | Gianluca | Rosa | Enrico
    cognome | lastName | Palumbo | Grasso | Morelli
    telefono | phone | 3356789012 | 3401239876 | 3498765123
    email | email | gianluca.palumbo@example.it | rosa.grasso@example.com | enrico.morelli@example.it
    codiceFiscale | - | PLMGLC85B12A662K | GRSRSO90L55F839P | MRLNRC77T03D612Z
    indirizzo | address1 | Via Sparano 45 | Via Toledo 210 | Via dei Calzaiuoli 7
    # The town is given as a row id of the site's own towns table: not imported.
    locationId | - | 12 | 7 | 3
    cap | postalCode | 70121 | 80134 | 50122
    attivo | - | 1 | 1 | 0
    token | - | a8Kd02LmQx91Zp4 | Zt61Hq0Wm2Lc8Rb | p0Qw7Er4Ty1Ui9O
    password | - | Xk29aB | Lm83Qz | Rt55Wp
  `),
  set({ id: 'it-incarichi-clienti-indirizzo-cap', kind: 'Italian service firm\'s assignments with the client\'s details, the fields of its create form (assignment id, assignment, name, surname, phone, e-mail, address, town, postcode)', lang: 'it', defaultCountry: 'IT', source: 'index:15627097481 (an ASP.NET MVC assignments controller)' }, `
    Incarichi_Id | - | 101 | 102 | 103
    Incarico | - | Perizia immobile | Successione | Perizia immobile
    Nome | firstName | Claudio | Ornella | Pietro
    Cognome | lastName | Riva | Monti | Zanetti
    Telefono | phone | 02 4567 8912 | 339 456 7812 | 045 803 2211
    Email | email | claudio.riva@example.it | ornella.monti@example.com | p.zanetti@example.it
    Indirizzo | address1 | Via Solferino 14 | Viale Monza 120 | Corso Porta Nuova 3
    Città | city | Milano | Sesto San Giovanni | Verona
    Cap | postalCode | 20121 | 20099 | 37122
  `),
  set({ id: 'it-anagrafiche-generate-comune-cf', kind: 'Italian test-data generator\'s personal records for a management system, a semicolon file with every line ending in the separator (surname, name, birth date, birthplace, tax code)', lang: 'it', defaultCountry: 'IT', source: 'index:7022362716 (a programming assignment\'s README, output layout)' }, `
    Cognome | lastName | Rizzi | Ferraro | Cattani
    Nome | firstName | Bruna | Giacomo | Elisa
    Data di nascita | dateOfBirth | 12/03/1951 | 28/07/1983 | 05/11/1999
    Comune o Stato estero di nascita | - | Padova | Argentina | Brescia
    CF | - | RZZBRN51C52G224Q | FRRGCM83L28Z600T | CTTLSE99S45B157U
    "" | - | "" | "" | ""
  `),
  set({ id: 'it-gestionale-atleti-categoria-cf', kind: 'Italian sports club management program\'s athletes export, a semicolon CSV (surname, name, birth date, age category, tax code)', lang: 'it', defaultCountry: 'IT', source: 'index:62070393922 (a sports club app\'s CSV import tests, TypeScript)' }, `
    Cognome | lastName | Gatti | Lombardo | Ruggiero
    Nome | firstName | Edoardo | Sofia | Christian
    Data di nascita | dateOfBirth | 09/04/2013 | 2012-12-21 | 17/08/2014
    Categoria | - | Under 12 | Under 14 | Under 12
    Codice Fiscale | - | GTTDRD13D09L219A | "" | RGGCRS14M17F205B
  `),
  set({ id: 'it-psicologi-pazienti-export-cf', kind: 'Italian psychology practice app\'s patients exported to CSV (name, surname, tax code, e-mail, phone, birth date)', lang: 'it', defaultCountry: 'IT', source: 'index:13072937340 (a practice admin\'s patients, psychologists and invoices CSV exports, Svelte)' }, `
    Nome | firstName | Camilla | Jacopo | Irene
    Cognome | lastName | Donati | Mazza | Valentini
    Codice Fiscale | - | DNTCML95P41G273L | MZZJCP89R12A944N | VLNRNI01A62H501P
    Email | email | camilla.donati@example.it | jacopo.mazza@example.com | ""
    Telefono | phone | 331 224 5566 | 348 776 1122 | 392 554 3322
    Data Nascita | dateOfBirth | 01/09/1995 | 12/10/1989 | 22/01/2001
  `),
  set({ id: 'it-pronto-soccorso-codici-ammissione', kind: 'Italian emergency room simulator\'s triage file (severity, name, surname, tax code, birth date, admission date, seen)', lang: 'it', defaultCountry: 'IT', source: 'index:26644501327 (an ER triage program\'s codici.csv writer, C#)' }, `
    Severità | - | Rosso | Giallo | Verde
    Nome | firstName | Ugo | Teresa | Mattia
    Cognome | lastName | Barone | Leone | Fumagalli
    Codice Fiscale | - | BRNGUO48S03F205C | LNETRS61M44L219D | FMGMTT05B19E507E
    Data di Nascita | dateOfBirth | 03/11/1948 | 04/08/1961 | 19/02/2005
    Data di Ammissione | - | 02/12/2025 22:14 | 02/12/2025 22:40 | 02/12/2025 23:05
    Visitato | - | Sì | No | No
  `),
  set({ id: 'it-associazione-tessere-prepagate-residenza', kind: 'Italian association platform\'s prepaid membership list from an offline association (name, surname, birth date, birthplace and its province, home street, town and province)', lang: 'it', defaultCountry: 'IT', source: 'index:55685754096 (a membership platform\'s prepaid CSV parser tests, TypeScript)' }, `
    Nome | firstName | Lorenza | Dario | Agnese
    Cognome | lastName | Bassi | Fiorentino | Cirillo
    Data di nascita | dateOfBirth | 14/02/1987 | 30/06/1992 | 08/10/1979
    Luogo di Nascita | - | Roma | Frosinone | Latina
    Provincia di nascita | - | rm | fr | lt
    Indirizzo di residenza (via e numero civico) | address1 | Via Tuscolana 401 | Via Casilina 12 | Viale Mazzini 77
    Città di residenza | city | Roma | Roma | Latina
    Provincia di residenza | state | rm | rm | lt
  `),
  set({ id: 'it-dentista-appuntamenti-import-privacy', kind: 'Italian dental practice app\'s appointments import, a semicolon CSV (name, surname, phone, date, time, length, kind of visit, privacy consent)', lang: 'it', defaultCountry: 'IT', source: 'index:60313327979 (a dental practice app\'s README, CSV import layout)' }, `
    nome | firstName | Renato | Sabrina | Cristian
    cognome | lastName | Parisi | Ferrante | Marras
    telefono | phone | 333 987 1234 | 340 112 7788 | 329 556 4433
    data | - | 21/07/2026 | 21/07/2026 | 22/07/2026
    ora | - | 15:30 | 16:00 | 09:00
    durata_minuti | - | 30 | 60 | 45
    tipo_visita | - | Igiene | Otturazione | Controllo
    consenso_privacy | - | si | si | no
  `),
  set({ id: 'it-associati-numero-tessera-telefono', kind: 'Italian association app\'s members import, a semicolon CSV (name, surname, phone, card number)', lang: 'it', defaultCountry: 'IT', source: 'index:55796727248 (an association app\'s CSV importer tests, Dart)' }, `
    Nome | firstName | Elio | Rosaria | Nicola
    Cognome | lastName | Zanella | Bortolin | Furlan
    Telefono | phone | 049 812 3456 | 348 223 9900 | 0422 556677
    Numero tessera | externalId | 009 | 014 | 027
  `),
  set({ id: 'it-anagrafe-comune-stato-civile-export', kind: 'Italian municipal registry exercise\'s residents exported to CSV (name, surname, birth date, birthplace, sex, marital status, citizenship, tax code)', lang: 'it', defaultCountry: 'IT', source: 'index:70320683711 (a registry office console program\'s CSV export, C#)' }, `
    Nome | firstName | Gino | Tiziana | Samuele
    Cognome | lastName | Ferrero | Bonetti | Gallo
    Data di Nascita | dateOfBirth | 02/04/1956 | 19/09/1980 | 11/01/2003
    Luogo di Nascita | - | Asti | Alessandria | Torino
    Sesso | - | M | F | M
    Stato Civile | - | Vedovo | Coniugata | Celibe
    Cittadinanza | - | Italiana | Italiana | Italiana
    Codice Fiscale | - | FRRGNI56D02A479K | BNTTZN80P59A182L | GLLSML03A11L219M
  `),
  set({ id: 'it-rubrica-file-indirizzo-controllo', kind: 'Italian address book program\'s contacts file, its header checked on reading (name, surname, phone, address)', lang: 'it', defaultCountry: 'IT', source: 'index:37324402522 (a C# address book\'s file reader)' }, `
    nome | firstName | Walter | Debora | Cesare
    cognome | lastName | Ferraris | Tosi | Mariani
    telefono | phone | 011 567 8901 | 339 221 4455 | 051 334 2211
    indirizzo | address1 | Corso Francia 98, Torino | Via Emilia 22, Modena | Via Indipendenza 40, Bologna
  `),
  set({ id: 'it-calcio-iscrizioni-modulo-documenti', kind: 'Italian youth football tournament\'s sign-up form responses (name, surname, birth date, birthplace, links to the parents\' authorisation, medical certificate and identity card, card photo, registered or category)', lang: 'it', defaultCountry: 'IT', source: 'index:46345350288 (a tournament sign-up checker reading the form\'s sheet, Python)' }, `
    Nome | firstName | Pietro | Giulio | Anna
    Cognome | lastName | Conte | Sartori | Bellini
    Data di nascita | dateOfBirth | 12/06/2010 | 03/02/2011 | 27/09/2010
    Luogo di nascita | - | Bergamo | Lecco | Bergamo
    Autorizzazione dei genitori | - | https://drive.example.com/open?id=1aB2 | https://drive.example.com/open?id=3cD4 | ""
    Certificato medico | - | https://drive.example.com/open?id=5eF6 | https://drive.example.com/open?id=7gH8 | https://drive.example.com/open?id=9iJ0
    Carta d'identità | - | CA12345AB | CA67890CD | ""
    Foto della carta d'identità fronte-retro | - | https://drive.example.com/open?id=2kL3 | https://drive.example.com/open?id=4mN5 | ""
    # Whether the player is registered with a club and in which age category: not imported, like a year group.
    Tesserato/Categoria | - | Sì - Under 15 | No | Sì - Under 14
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-in-fundraiser-donations-receipts', kind: 'Indian crowdfunding site\'s donations of a campaign exported by its organiser (receipt number, date, donor name, e-mail, phone, amount, anonymous, message)', lang: 'en', defaultCountry: 'IN', source: 'index:54701300110 (a fundraising site\'s campaign donations CSV route, Next.js)' }, `
    Receipt Number | - | RCPT-2025-00412 | RCPT-2025-00413 | RCPT-2025-00420
    Date | - | 12 Oct 2025 | 12 Oct 2025 | 14 Oct 2025
    Donor Name | name | Ananya Iyer | Rohit Malhotra | Sneha Kulkarni
    Email | email | ananya.iyer@example.in | rohit.m@example.com | sneha.k@example.in
    Phone | phone | 98450 12345 | 99100 67890 | 90040 11223
    Amount (INR) | - | 5000 | 1000 | 2500
    Anonymous | - | No | Yes | No
    Message | - | Best wishes! | "" | For the school kits
  `),
  set({ id: 'en-shop-orders-export-tracking', kind: 'small online shop\'s orders exported to CSV for fulfilment (order id, date, customer name, e-mail, phone, address, city, state, ZIP, items, quantity, total, status, tracking)', lang: 'en', source: 'index:40067452963 (a shop admin\'s orders CSV export route, TypeScript)' }, `
    Order ID | - | ORD-1042 | ORD-1043 | ORD-1047
    Date | - | 11/02/2025 | 11/02/2025 | 11/04/2025
    Customer Name | name | Megan Porter | Luis Ortega | Hannah Kim
    Email | email | megan.porter@example.com | luis.ortega@example.com | hkim@example.com
    Phone | phone | (503) 555-0142 | (971) 555-0187 | ""
    Address | address1 | 1820 NE Alberta St | 77 Pine Ridge Rd | 4410 SW Vermont St
    City | city | Portland | Bend | Portland
    State | state | OR | OR | OR
    ZIP | postalCode | 97211 | 97701 | 97219
    Items | - | Candle (2); Mug (1) | Tote bag (1) | Candle (4)
    Quantity | - | 3 | 1 | 4
    Total | - | 64.00 | 22.00 | 88.00
    Status | - | shipped | processing | shipped
    Tracking | - | 9400111899223344556677 | "" | 9400111899223344558899
  `),
  set({ id: 'en-bakery-orders-export-country', kind: 'bakery shop\'s web orders exported to CSV (order number, date, customer name, e-mail, phone, address, city, postal code, country, items, total, status, order source)', lang: 'en', defaultCountry: 'GB', source: 'index:24262459929 (a shop admin page\'s orders CSV export, JavaScript)' }, `
    Order Number | - | BK-20251103-01 | BK-20251103-02 | BK-20251104-01
    Date | - | 03/11/2025 | 03/11/2025 | 04/11/2025
    Customer Name | name | Oliver Bennett | Priya Shah | Grace Murphy
    Email | email | oliver.bennett@example.co.uk | priya.shah@example.com | grace.murphy@example.co.uk
    Phone | phone | 07700 900123 | 07700 900456 | 0161 496 0789
    Address | address1 | 14 Church Lane | 2 Victoria Road | 88 Deansgate
    City | city | Stockport | Salford | Manchester
    Postal Code | postalCode | SK4 2AB | M6 5QT | M3 2ER
    Country | country | United Kingdom | United Kingdom | United Kingdom
    Items | - | Sourdough x2 | Cake x1; Brownies x6 | Croissant x4
    Total | - | 9.00 | 31.50 | 8.80
    Status | - | completed | pending | completed
    # The channel an order was placed through (website, phone): the order's, not where the person came from.
    Source | - | website | phone | website
  `),
  set({ id: 'en-ca-charity-donation-records', kind: 'Canadian community charity site\'s donation records exported to CSV (date, donor name, e-mail, phone, amount, frequency, message, status)', lang: 'en', defaultCountry: 'CA', source: 'index:58140490783 (a charity site\'s export guide, donation and volunteer CSV layouts)' }, `
    Date | - | 2025-01-08 4:00 PM | 2025-01-09 10:30 AM | 2025-01-11 7:15 PM
    Donor Name | name | Liam Tremblay | Chloe Wong | Ethan Roy
    Email | email | liam.tremblay@example.ca | chloe.wong@example.com | ethan.roy@example.ca
    Phone | phone | 416-555-0131 | 647-555-0177 | 905-555-0102
    Amount | - | 100 | 25 | 50
    Frequency | - | one-time | monthly | one-time
    Message | - | Thank you for all you do | "" | In memory of my dad
    Status | - | pending | confirmed | pending
  `),
  set({ id: 'en-nonprofit-donations-tiers-address', kind: 'US nonprofit\'s Givebutter transactions export used in a data-cleaning tool\'s test (transaction id, date, donor name, e-mail, phone, amount, address, city, state, campaign)', lang: 'en', source: 'index:55721621262 (a donor data cleaner\'s end-to-end test, sample CSV, Python)' }, `
    Transaction ID | - | TX1042 | TX1043 | TX1044
    Date | - | 2026-05-10 | 2026-05-11 | 2026-05-11
    Donor Name | name | Rachel Green | Marcus Hill | Dana Brooks
    Email | email | rachel.green@example.com | mhill@example.com | ""
    Phone | phone | 5555550143 | "" | 5555550188
    Amount | - | 100 | 250 | 40
    Address 1 | address1 | 12 Elm St | 908 Lake Ave | 3 Cedar Ct
    City | city | Springfield | Peoria | Decatur
    State | state | IL | IL | IL
    Campaign Title | - | General Fund | Scholarship Fund | General Fund
  `),
  set({ id: 'en-charity-payments-cause-time', kind: 'charity admin dashboard\'s payments exported to CSV (id, receipt, donor name, e-mail, phone, cause, amount, method, status, date, time)', lang: 'en', defaultCountry: 'NG', source: 'index:71477530398 (a charity admin\'s payments page, CSV export, React)' }, `
    # The payment's own id: not the donor's.
    ID | - | PAY-3301 | PAY-3302 | PAY-3309
    Receipt | - | RC-88120 | RC-88121 | RC-88130
    Donor Name | name | Chinedu Okafor | Amaka Eze | Tunde Balogun
    Email | email | chinedu.okafor@example.ng | amaka.eze@example.com | tunde.b@example.ng
    Phone | phone | 0803 123 4567 | 0812 987 6543 | 0706 555 1234
    Cause | - | Clean Water | Education | Clean Water
    Amount | - | 25000 | 10000 | 50000
    Method | - | Bank Transfer | Card | Card
    Status | - | Completed | Pending | Completed
    Date | - | 2025-10-04 | 2025-10-04 | 2025-10-06
    Time | - | 14:22 | 16:05 | 09:40
  `),
  set({ id: 'en-gb-school-subscription-payments-report', kind: 'UK tutoring school\'s monthly subscription payments report exported to CSV with a title line above the header (student, parent\'s name, e-mail and phone, payment method, date, amount)', lang: 'en', defaultCountry: 'GB', above: [['Subscription Payments Report - November 2025']], source: 'index:241169197 (a school admin\'s payments report export, TypeScript)' }, `
    # The parents pay and are the ones written to: in this list of payers the parent is the contact.
    Student Name | - | Ella Thompson | Noah Patel | Isla Walker
    Parent Name | name | Claire Thompson | Ravi Patel | Sean Walker
    Parent Email | email | claire.thompson@example.co.uk | ravi.patel@example.com | sean.walker@example.co.uk
    Parent Phone | phone | 07700 900321 | 07700 900654 | 020 7946 0123
    Payment Method | - | Card | Direct Debit | Card
    Payment Date | - | 2025-11-01 | 2025-11-01 | 2025-11-03
    Amount (GBP) | - | 45.00 | 45.00 | 60.00
  `),
  set({ id: 'en-in-school-parents-upload-mode', kind: 'Indian school app\'s parents list uploaded by a teacher (student name, parent name, parent e-mail, phone, mode)', lang: 'en', defaultCountry: 'IN', source: 'index:42770246288 (a school app\'s parents upload dialog, CSV built for upload, React)' }, `
    # A list of parents: the parent is the contact, the child's name is not imported.
    Student Name | - | Aarav Gupta | Diya Menon | Kabir Singh
    Parent Name | name | Neha Gupta | Suresh Menon | Harpreet Singh
    Parent Email | email | neha.gupta@example.in | suresh.menon@example.com | harpreet.singh@example.in
    Phone No | phone | 98111 22334 | 94470 55667 | 98150 77889
    Mode | - | email | whatsapp | email
  `),
];
