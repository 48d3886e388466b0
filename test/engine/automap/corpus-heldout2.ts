// The second held-out part of the auto-mapping corpus (see corpus-format.ts): 53 header sets from sources the
// first two parts do not use, found in public repositories (CSV files, importer tests and fixtures, export writers)
// and written down, with the mapping a careful person would choose, BEFORE the mapper was ever run on them.
// Sample values are made up in the shape of each file's own (no personal data from the sources is copied).
//
// The choices a careful person makes, written once so every set follows them:
// - Primary before alternate: an untyped or "main" phone ("Phone", "Téléphone", "Haupttelefon", "Téléphone
//   principal") is the main phone and typed ones add to Additional phones. When a file has typed phones only
//   (Mobile, Home, Work), the mobile is the main phone: a CRM texts the main phone, and only a mobile takes a text.
//   Among typed emails only, the first column is the main one.
// - Whose column: billing columns only when the file has nothing of the contact's own; shipping never; a
//   relative's, an owner's, another record's never. Another system's id of this person (customer, member, guest,
//   lead id) is the External ID; order, ticket, invoice and row numbers are not.
// - One address group: the group the values fill (a writer that leaves one group empty), else the first one.
// - National ids (DNI, CPF, codice fiscale), job titles, salutations, house numbers on their own, and free-form
//   locations are not imported; a LinkedIn profile URL in a LinkedIn export is the website, as in the other parts.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout2' }, table);

/** Zoom's webinar attendee report: a report title, the webinar, the host section, then the attendee table. */
export const ZOOM_ABOVE = [
  ['Attendee Report'],
  ['Report generated time', '08/09/2026 02:31:08 PM'],
  ['Topic', 'Webinar ID', 'Actual Start Time', 'Actual Duration (minutes)', '# Registrants', 'Unique Viewers', 'Total Users'],
  ['Spring Workshop', '812 3456 7890', '08/09/2026 10:45:00 AM', '226', '6', '5', '6'],
  ['Host Details'],
  ['Attended', 'User Name (Original Name)', 'Email', 'Join Time', 'Leave Time', 'Time in Session (minutes)', 'Is Guest', 'Country/Region Name'],
  ['Yes', 'Kiran Host', 'kiran.host@example.com', '08/09/2026 10:45:00 AM', '08/09/2026 02:30:00 PM', '225', 'No', 'India'],
  ['Attendee Details'],
];

export const HELDOUT2: CorpusSet[] = [
  // ------------------------------------------------------------------ files without a header row, or with rows above it
  set({ id: 'it-rubrica-noheader', kind: 'phone book without a header row (semicolons)', lang: 'it', defaultCountry: 'IT', noHeader: true, source: 'github:GCGabry/rubricatelefonicapython contatti.csv' }, `
    "" | firstName | Gabriella | Luca | Stefano
    "" | lastName | Cocchi | Bianchi | Losito
    "" | phone | 3471234567 | 3398765432 | 3336668888
    "" | email | gabriella.c@example.it | luca.bianchi@example.com | stefano.l@example.it
  `),
  set({ id: 'it-rubrica-fullname-noheader', kind: 'phone book without a header row (full name, phone, email)', lang: 'it', defaultCountry: 'IT', noHeader: true, source: 'github:MattiaP7/Rubrica contatti.csv' }, `
    "" | name | Silvio Lucani | Federica Nardi | Mattia Pirri
    "" | phone | 3383904827 | 3388260482 | 3770948616
    "" | email | silvio@example.com | nardi.federica@example.com | mattia.p@example.com
  `),
  set({ id: 'de-kontakte-slash-noheader', kind: 'address list without a header row (area code / number)', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'github:SveniDE/Umschulung-Fachinformatiker-Python kontakte.csv' }, `
    "" | firstName | Ivana | Friedlinde | Andrzej | Irmhild
    "" | lastName | Rutberg | Möwig | Rudolph | Bowitz
    "" | phone | 0221/6522864 | 04625/5338211 | 07354/56317 | 0166/31686589
    "" | email | ivana.rutberg84@example.de | friedlinde.m@example.com | andrzej.r@example.de | irmhild.b@example.com
  `),
  set({ id: 'de-kontakte-noheader', kind: 'hand-made list without a header row (placeholder phone numbers)', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'github:matthiaskahlert/learning-journey kontakte.csv' }, `
    "" | firstName | Anna | Ben | Clara
    "" | lastName | Muster | Beispiel | Test
    "" | email | anna@example.com | ben@example.com | clara@example.com
    "" | phone | 0123456789 | 0987654321 | 01711223344
  `),
  set({ id: 'de-linkedin-people-noheader', kind: 'scraped LinkedIn list without a header row', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'github:tewali/linkedin_people kontakte.csv' }, `
    "" | name | Christa Knoll | Anna Reuter | Lisa Dapper | Sabine Zimmer
    "" | companyName | L'oréal | null | Kpmg | Uniper
    "" | - | HR Learning Germany | Head Of Learning & Development Germany | HR, Learning & Development | HR Learning & Development
    "" | website | https://de.linkedin.com/in/christa-knoll-b62093a7 | https://de.linkedin.com/in/annareuter | https://de.linkedin.com/in/lisa-dapper-60b08734/en | https://de.linkedin.com/in/sabine-zimmer-372204176
    "" | email | | anna.reuter@example.com | | sabine.zimmer@example.de
  `),
  set({ id: 'de-adressen-noheader', kind: 'address list without a header row (quoted, with a row number)', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'github:arubleva/testphp adressen.csv' }, `
    "" | - | 1 | 2 | 3
    "" | firstName | Gerd | Thomas | Hans
    "" | lastName | Albers | Möller | Krüger
    "" | - | Dozent | | Kanzlerin
    "" | companyName | Uni Mannheim | Bayern München | BASF
    "" | address1 | L9,4 | Bayernstraße 5 | Maxstr. 1
    "" | city | Mannheim | München | Mannheim
    "" | state | B-W | Bayern | B-W
    "" | postalCode | 68159 | 80331 | 68199
    "" | country | Deutschland | Deutschland | Deutschland
  `),
  set({ id: 'it-clienti-cf-noheader', kind: 'customer list without a header row (tax codes)', lang: 'it', defaultCountry: 'IT', noHeader: true, source: 'github:matteorainone/crm clienti.csv' }, `
    "" | firstName | Luigi | Mario | Paola
    "" | lastName | Verri | Russo | De Marchi
    "" | - | VRRLGU85M10H501U | RSSMRA99L20F839A | DMRPLA74R41F839B
    "" | email | luigi@example.it | mario_russo@example.it | paola.dm@example.it
  `),
  set({ id: 'en-adressen-noheader', kind: 'name and one-line address without a header row', lang: 'en', noHeader: true, source: 'github:dozent2018/IFA_LINUX_DEV adressen.csv' }, `
    "" | name | Dora Drake | Harold Pine | Julia Marchetti | Simon Hale
    "" | address1 | Flower Road 13, Duckburg, Callisota | Privet Drive 4, Little Whinging, UK | Boulevard Richard-Lenoir 132, Paris, FR | Baker Street 221b, London, UK
  `),
  set({ id: 'es-clientas-title-index', kind: 'home-made Excel list under a title, with an index column', lang: 'es', defaultCountry: 'ES', above: [['Mi estudio'], ['']], source: 'index:54596537476 (an importer test of Spanish salon client lists)' }, `
    "" | - | 1 | 2 | 3
    Nombre | firstName | María | Nora | Lucía
    Apellidos | lastName | Soler | Ruiz | Ortega Gil
    Email | email | maria@example.com | nora@example.es | lucia.og@example.com
  `),
  set({ id: 'zoom-webinar-attendees', kind: 'Zoom webinar attendee report (sections above the attendee table)', lang: 'en', defaultCountry: 'IN', above: ZOOM_ABOVE, source: 'index:63208576905 and index:53170285032 (Zoom attendee report shape in a lead-scoring test)' }, `
    Attended | - | Yes | Yes | No
    User Name (Original Name) | - | Asha Rao | Vikram I | Meera Das
    First Name | firstName | Asha | Vikram | Meera
    Last Name | lastName | Rao | Iyer | Das
    Email | email | asha.rao@example.com | vikram.iyer@example.in | meera.das@example.com
    Phone | phone | 9845344750 | +919140328273 | 9936825237
    Registration Time | - | 08/08/2026 09:00:00 PM | Mar 15, 2025 11:23:29 | 08/08/2026 09:10:00 PM
    Approval Status | - | approved | approved | approved
    Join Time | - | 08/09/2026 10:50:00 AM | 08/09/2026 10:52:00 AM | --
    Leave Time | - | 08/09/2026 02:29:00 PM | 08/09/2026 02:00:00 PM | --
    Time in Session (minutes) | - | 219 | 188 | --
    Is Guest | - | No | Yes | --
    Country/Region Name | country | India | India |
  `),

  // ------------------------------------------------------------------------------ hand-made lists and import templates
  set({ id: 'de-adressbuch', kind: 'address book (street and house number apart)', lang: 'de', defaultCountry: 'DE', source: 'github:simonburghardt/Adressbuch adressen.csv' }, `
    anrede | - | Herr | Frau
    vorname | firstName | Jonas | Petra
    nachname | lastName | Keller | Wagner
    strasse | address1 | Lindenweg | Hauptstraße
    hausnr | - | 12 | 4a
    plz | postalCode | 50667 | 80331
    stadt | city | Köln | München
    telefon | phone | 0221 4711234 | 089 7654321
    email | email | jonas.keller@example.de | petra.w@example.de
  `),
  set({ id: 'de-mitglieder-beitraege', kind: 'co-op member dues list (two emails in a cell)', lang: 'de', defaultCountry: 'DE', source: 'github:nardusstricta/KornkammerApp mitglieder.csv' }, `
    Anzahl_Personen | - | 3 | 1 | 2
    Mitgliedsnummer | externalId | 122 | 16001 | 16002
    Name | name | Nele | Gabriel | Jana
    E_Mail | email | nele.h@example.de, nele@example.net | gabriel@example.de | jana@example.org
    Forderung_mtl | - | 3 | 9 | 6
    Datum | - | 2018-12-01 | 2018-11-01 | 2018-10-01
  `),
  set({ id: 'it-clienti-export', kind: 'customer export (residence and street apart)', lang: 'it', defaultCountry: 'IT', source: 'index:20421257176 (a customer CSV export writer)' }, `
    Nome | firstName | Giulia | Marco
    Cognome | lastName | Ferri | Bassi
    Codice fiscale | - | FRRGLI90A41F205X | BSSMRC85C12H501Y
    Luogo di nascita | - | Milano | Roma
    Residenza | city | Bologna | Firenze
    Via | address1 | Via Zamboni 33 | Via dei Neri 7
    Telefono | phone | 051 2345678 | 347 1234567
    Mail | email | giulia.ferri@example.it | marco.bassi@example.com
    Data di nascita | dateOfBirth | 01/01/1990 | 12/03/1985
    Studente | - | true | false
  `),
  set({ id: 'it-corso-iscritti', kind: 'course enrolment import (residence holds the street)', lang: 'it', defaultCountry: 'IT', source: 'index:66930162432 (a course enrolment CSV sample)' }, `
    nome | firstName | Sara | Luca
    cognome | lastName | Conti | Moretti
    codice fiscale | - | CNTSRA95F44H501D | MRTLCU88B12L219K
    data nascita | dateOfBirth | 1995-06-04 | 1988-02-12
    luogo nascita | - | Roma | Torino
    residenza | address1 | Via Roma 2 | Via Po 10, Torino
    telefono | phone | 3331112222 | 3479876543
    email | email | sara.conti@example.it | luca.m@example.it
    titolo di studio | - | Laurea | Diploma
    eventuali documenti | - | CIE |
  `),
  set({ id: 'nl-tennisclub-leden', kind: 'tennis club member export (Dutch, initials and infix)', lang: 'nl', defaultCountry: 'NL', source: 'index:30311453572 (a club member CSV reader, its 26 columns)' }, `
    voorvoegsel | - | dhr. | mevr.
    voorletters | - | J.P. | M.
    voornaam | firstName | Jan | Marieke
    tussenvoegsel | - | van der |
    achternaam | lastName | Berg | Jansen
    primair emailadres | email | jan.vdberg@example.nl | marieke@example.nl
    overige emailadressen | additionalEmails | jan.werk@example.com |
    primair telefoonnummer | phone | 06-12345678 | 030-2345678
    overige telefoonnummers | additionalPhones | 030-1234567 |
    geboortedatum | dateOfBirth | 12-03-1975 | 01-09-1988
    adressen | address1 | Dorpsstraat | Kerkweg
    huisnummers | - | 12 | 3
    huisnummertoevoegingen | - | A |
    postcodes | postalCode | 1234 AB | 3511 CD
    steden | city | Utrecht | Zeist
    rollen | - | lid | lid, trainer
    clublidnummer | externalId | 1001 | 1002
    bondsnummer | - | 12345678 | 23456789
    clublid | - | ja | ja
    bondslid | - | ja | nee
    startdatum lidmaatschap | - | 01-01-2010 | 15-03-2018
    geslacht | - | M | V
    tennis speelsterkte enkel | - | 7 | 8
    tennis speelsterkte dubbel | - | 7 | 8
    tennis rating enkel | - | 7.2345 | 8.1234
    tennis rating dubbel | - | 7.1000 | 8.0000
  `),
  set({ id: 'nl-medewerkers-template', kind: 'staff import template (infix column)', lang: 'nl', defaultCountry: 'NL', source: 'index:56436117891 (an import page and its CSV template)' }, `
    voornaam | firstName | Jan | Marie
    tussenvoegsel | - | | van der
    achternaam | lastName | Jansen | Berg
    organisatie | companyName | Mijn Organisatie | Mijn Organisatie
  `),
  set({ id: 'es-clientes-documento', kind: 'customer export (document type and number, active status)', lang: 'es', defaultCountry: 'CO', source: 'index:63558624285 (a customer CSV export)' }, `
    Tipo Documento | - | CC | CE
    Número Documento | - | 1020304050 | 567890
    Nombre | firstName | Andrea | Felipe
    Apellidos | lastName | Gómez Ruiz | Castro
    Email | email | andrea.gomez@example.co | felipe@example.com
    Teléfono | phone | 3101234567 | 3157654321
    Ciudad | city | Bogotá | Medellín
    Estado | - | Activo | Inactivo
  `),
  set({ id: 'es-usuarios-dni', kind: 'course user export (DNI, one-line address)', lang: 'es', defaultCountry: 'ES', source: 'index:47637695118 (a user CSV export)' }, `
    DNI | - | 12345678Z | X1234567L
    Nombre | firstName | Carmen | Jorge
    Apellidos | lastName | López Díaz | Navarro
    Email | email | carmen.lopez@example.es | jorge@example.com
    Teléfono | phone | 612345678 |
    Dirección | address1 | Calle Mayor 5, 28013 Madrid | Av. de la Constitución 12, Sevilla
    Verificado | - | Sí | No
    Certificado | - | Sí | No
    Nota Examen | - | 8.5 |
    Fecha Certificado | - | 12/05/2025 |
  `),
  set({ id: 'es-peticiones', kind: 'prayer request export (location and referral columns)', lang: 'es', defaultCountry: 'ES', source: 'index:54500635637 (a church app CSV export)' }, `
    Nombre | firstName | Rosa | Daniel
    Apellidos | lastName | Martín | Vega
    Email | email | rosa.m@example.es | daniel.vega@example.com
    Teléfono | phone | 600111222 | 655443322
    Petición | - | Por la salud de mi madre | Trabajo
    Ubicación | - | Madrid | Valencia
    Referencia | - | Un amigo | Instagram
    Decisión | - | Tomó decisión hoy | Ya era cristiano/a
    Fecha | - | 12/05/2026 10:30 | 13/05/2026 18:02
  `),
  set({ id: 'fr-salon-clients', kind: 'hair salon client export (semicolons)', lang: 'fr', defaultCountry: 'FR', source: 'index:14815809560 (a salon software client CSV export)' }, `
    Civilité | - | Mme | M.
    Nom | lastName | Lefèvre | Garnier
    Prénom | firstName | Camille | Julien
    Adresse | address1 | 3 rue des Lilas | 18 avenue Foch
    Code Postal | postalCode | 69003 | 33000
    Ville | city | Lyon | Bordeaux
    Téléphone | phone | 04 78 12 34 56 | 05 56 98 76 54
    Portable | additionalPhones | 06 12 34 56 78 | 07 98 76 54 32
    Email | email | camille.lefevre@example.fr | julien.g@example.fr
    Date Anniversaire | dateOfBirth | 14/02/1987 | 02/11/1979
  `),
  set({ id: 'pt-credenciamento', kind: 'event accreditation import (CPF, origin)', lang: 'pt', defaultCountry: 'BR', source: 'github:LuizArj/Credenciamento docs/user/IMPORTACAO_README.md' }, `
    CPF | - | 123.456.789-09 | 987.654.321-00
    NOME | name | João da Silva | Maria Santos
    ORIGEM | source | SAS | CPE
    EMPRESA | companyName | Empresa ABC LTDA | Outra Empresa SA
    Data | - | 15/01/2024 | 20/01/2024
    Evento_Nome | - | Workshop Empreendedorismo | Palestra de Inovação
    Cod_Evento | - | WKS2024001 | PAL2024002
  `),
  set({ id: 'pt-convidados', kind: 'wedding guest list export', lang: 'pt', defaultCountry: 'BR', source: 'github:rodrigoindalecio-ctrl/controle_acesso GUIA_EXPORTACAO.md' }, `
    Nome completo | name | João Silva | Maria Santos
    Categoria | tags | familia | amigos
    Telefone | phone | 11999999999 | 11988888888
    Mesa | - | A01 | B02
    Observações | - | Primo | -
    Status | - | check-in | não check-in
  `),
  set({ id: 'pt-sample-contacts', kind: 'contact manager sample (Brazilian phones)', lang: 'pt', defaultCountry: 'BR', source: 'github:PedroPenhaa/Contact_Manager sample_contacts.csv' }, `
    name | name | Joana Dias | Pedro Lima | Beatriz Rocha
    email | email | joana@example.com | pedro@example.com | bia@example.com
    phone | phone | (11) 98765-4321 | (21) 98765-4322 | (31) 98765-4323
  `),
  set({ id: 'pt-planilha-whatsapp', kind: 'home-made sheet (name and WhatsApp only)', lang: 'pt', defaultCountry: 'BR', source: 'index:71017391833 (a panel importer test: its own sheet format)' }, `
    Nome | name | Cliente da Planilha | Ana Costa
    WhatsApp | phone | (93) 99222-0009 | (93) 99111-2233
  `),
  set({ id: 'camp-registration', kind: 'camp registration import (child with a billing parent)', lang: 'en', defaultCountry: 'CA', source: 'index:65976594718 (a user import page and its sample CSV)' }, `
    First Name | firstName | Sofia | Liam
    Last Name | lastName | Chen | Patel
    Date of Birth | dateOfBirth | 5/10/2014 | 8/22/2015
    Billing First Name | - | Wei | Raj
    Billing Last Name | - | Chen | Patel
    Email Address | email | wei.chen@example.com | raj.patel@example.com
    Billing Email Address | - | wei.chen@example.com | raj.patel@example.com
    Billing Address | - | 88 River Rd | 12 Queen St W
    Billing City | - | Mississauga | Toronto
    Billing Province | - | ON | ON
    Billing Postal Code | - | L5B 2M2 | M5H 2N2
    Billing Country | - | Canada | Canada
    Billing Home Tel | - | 647-823-4410 | 416-362-7788
    Billing Work Tel | - | 905-276-1200 |
    Billing Work Tel Ext. | - | 204 |
    Billing Other Tel | - | |
    Billing Other Tel Ext. | - | |
    Address | address1 | 88 River Rd | 12 Queen St W
    City | city | Mississauga | Toronto
    Province | state | ON | ON
    Postal Code | postalCode | L5B 2M2 | M5H 2N2
    Country | country | Canada | Canada
    Home Tel | phone | 647-823-4410 | 416-362-7788
    Other Tel | additionalPhones | 647-823-9911 |
    Balance To Date | - | 0.00 | 125.00
    Comments | - | Peanut allergy |
  `),
  set({ id: 'pest-control-customers', kind: 'field-service customer report (billing names, coordinates)', lang: 'en', defaultCountry: 'US', source: 'index:63346021913 (a customer report import test)' }, `
    Customer ID | externalId | 12062 | 12063
    Last Name | lastName | Hickson | Hale
    First Name | firstName | Alice | Cecil
    Linked Properties | - | |
    Billing First Name | - | Judy | Judy
    Billing Last Name | - | Hickson | Hickson
    Subscription Last Completed | - | 04/17/24 | 04/17/24
    Email Address | email | judy.h@example.net | judy.h@example.net
    Latitude | - | 37.689358 | 37.690857
    Longitude | - | -113.063240 | -113.064919
    Phone 1 | phone | 4356914788 | 4356914788
    Initial Price | - | 110.00 | 125.00
    Bill To Customer ID | - | 12061 | 12061
  `),
  set({ id: 'fr-crm-outlook-subset', kind: 'CRM export in French Outlook columns (an email in the business address column)', lang: 'fr', defaultCountry: 'FR', source: 'index:39880770274 (a contacts module writing Outlook-style CSV)' }, `
    Nom | lastName | Dupont | Martin
    Prenom | firstName | Claire | Hugo
    Adresse de messagerie | email | claire.dupont@example.fr | hugo.martin@example.com
    Téléphone personnel | phone | 01 45 67 89 10 | 06 11 22 33 44
    Télécopie personnelle | - | |
    Rue (bureau) | address1 | 12 rue de la Paix | 5 place Bellecour
    Ville (bureau) | city | Paris | Lyon
    Code postal (bureau) | postalCode | 75002 | 69002
    Pays/région (bureau) | country | France | France
    Téléphone professionnel | additionalPhones | 01 42 12 34 56 |
    Société | companyName | Société Générale des Eaux | Atelier Martin
    Fonction | - | Directrice | Gérant
    Service | - | Achats |
    Adresse professionnelle | additionalEmails | claire.dupont@societe.example.fr | contact@atelier-martin.example.fr
    Remarques | - | Rappeler en juin |
  `),

  // ---------------------------------------------------------------------------------------------------- vendor exports
  set({ id: 'fr-outlook-export', kind: 'Outlook CSV export (French), home address only', lang: 'fr', defaultCountry: 'CH', source: 'index:60786528980 (a fire brigade app writing the French Outlook CSV)' }, `
    Titre | - | |
    Prénom | firstName | Luc | Anne
    Deuxième prénom | - | |
    Nom | lastName | Favre | Rey
    Suffixe | - | |
    Société | companyName | |
    Service | - | |
    Titre | - | |
    Rue (bureau) | - | |
    Rue (bureau) 2 | - | |
    Rue (bureau) 3 | - | |
    Ville (bureau) | - | |
    Dép/Région (bureau) | - | |
    Code postal (bureau) | - | |
    Pays/Région (bureau) | - | |
    Rue (domicile) | address1 | Rue du Rhône 12 | Chemin des Vignes 3
    Rue (domicile) 2 | - | |
    Rue (domicile) 3 | - | |
    Ville (domicile) | city | Sion | Conthey
    Dép/Région (domicile) | state | |
    Code postal (domicile) | postalCode | 1950 | 1964
    Pays/Région (domicile) | country | |
    Rue (autre) | - | |
    Rue (autre) 2 | - | |
    Rue (autre) 3 | - | |
    Ville (autre) | - | |
    Dép/Région (autre) | - | |
    Code postal (autre) | - | |
    Pays/Région (autre) | - | |
    Téléphone de l'assistant(e) | - | |
    Télécopie (bureau) | - | |
    Téléphone (bureau) | additionalPhones | 027 322 45 67 |
    Téléphone 2 (bureau) | additionalPhones | |
    Rappel | - | |
    Téléphone (voiture) | additionalPhones | |
    Téléphone société | - | |
    Télécopie (domicile) | - | |
    Téléphone (domicile) | additionalPhones | 027 346 12 34 | 027 346 98 76
    Téléphone 2 (domicile) | additionalPhones | |
    RNIS | - | |
    Tél. mobile | additionalPhones | |
    Télécopie (autre) | - | |
    Téléphone (autre) | additionalPhones | |
    Récepteur de radiomessagerie | - | |
    Téléphone principal | phone | 079 123 45 67 | 078 765 43 21
    Radiotéléphone | - | |
    Téléphone TDD/TTY | - | |
    Télex | - | |
    Adresse de courrier | email | luc.favre@example.ch | anne.rey@example.ch
    Type de courrier | - | |
    Nom complet de l'adresse de courrier | - | |
    Adresse de courrier 2 | additionalEmails | |
    Type de courrier 2 | - | |
    Nom complet de l'adresse de courrier 2 | - | |
    Adresse de courrier 3 | additionalEmails | |
    Type de courrier 3 | - | |
    Nom complet de l'adresse de courrier 3 | - | |
    Anniversaire | dateOfBirth | 1985-04-12 | 1990-11-30
    Anniversaire de mariage ou fête | - | |
    Autre boîte postale | - | |
    B.P. professionnelle | - | |
    Boîte postale du domicile | - | |
    Bureau | - | |
    Catégories | tags | SIS | SIS
    Compte | - | |
    Conjoint(e) | - | |
    Critère de diffusion | - | |
    Disponibilité Internet | - | |
    Emplacement | - | |
    Enfants | - | |
    Informations facturation | - | |
    Initiales | - | |
    Kilométrage | - | |
    Langue | - | |
    Mots clés | tags | |
    Nom de l'assistant(e) | - | |
    Notes | - | |
    Numéro d’identification d’administration publique | - | |
    Numéro d'identification de l'organisation | - | |
    Page web | website | |
    Passe-temps | - | |
    Priorité | - | |
    Privé | - | |
    Profession | - | |
    Recommandé par | - | |
    Responsable | - | |
    Serveur d’annuaire | - | |
    Sexe | - | |
    Utilisateur 1 | - | |
    Utilisateur 2 | - | |
    Utilisateur 3 | - | |
    Utilisateur 4 | - | |
  `),
  set({ id: 'de-outlook-export', kind: 'Outlook CSV export (German), from vCards', lang: 'de', defaultCountry: 'DE', source: 'index:48314483056 (a vCard to German Outlook CSV converter)' }, `
    Anrede | - | |
    Vorname | firstName | Max | Sabine
    Weitere Vornamen | - | |
    Nachname | lastName | Bauer | Engel
    Suffix | - | |
    Firma | companyName | Bauer GmbH | Engel & Partner
    Abteilung | - | |
    Position | - | |
    Straße geschäftlich | address1 | Friedrichstraße 100 | Königsallee 20
    Straße geschäftlich 2 | - | |
    Straße geschäftlich 3 | - | |
    Ort geschäftlich | city | Berlin | Düsseldorf
    Region geschäftlich | state | |
    Postleitzahl geschäftlich | postalCode | 10117 | 40212
    Land/Region geschäftlich | country | Deutschland | Deutschland
    Straße privat | - | Gartenweg 3 |
    Straße privat 2 | - | |
    Straße privat 3 | - | |
    Ort privat | - | Potsdam |
    Bundesland/Kanton privat | - | |
    Postleitzahl privat | - | 14467 |
    Land/Region privat | - | Deutschland |
    Weitere Straße | - | |
    Weitere Straße 2 | - | |
    Weitere Straße 3 | - | |
    Weiterer Ort | - | |
    Weiteres/r Bundesland/Kanton | - | |
    Weitere Postleitzahl | - | |
    Weiteres/e Land/Region | - | |
    Telefon Assistent | - | |
    Fax geschäftlich | - | +49 30 1234568 |
    Telefon geschäftlich | additionalPhones | +49 30 1234567 | +49 211 9876543
    Telefon geschäftlich 2 | additionalPhones | |
    Rückmeldung | - | |
    Autotelefon | additionalPhones | |
    Telefon Firma | - | |
    Fax privat | - | |
    Telefon (privat) | additionalPhones | +49 331 556677 |
    Telefon (privat 2) | additionalPhones | |
    ISDN | - | |
    Mobiltelefon | additionalPhones | +49 151 23456789 | +49 170 1234567
    Weiteres Fax | - | |
    Weiteres Telefon | additionalPhones | |
    Pager | - | |
    Haupttelefon | phone | 030 98765432 |
    Mobiltelefon 2 | additionalPhones | |
    Telefon für Hörbehinderte | - | |
    Telex | - | |
    Abrechnungsinformation | - | |
    Assistent(in) | - | |
    Benutzer 1 | - | |
    Benutzer 2 | - | |
    Benutzer 3 | - | |
    Benutzer 4 | - | |
    Beruf | - | |
    Büro | - | |
    E-Mail-Adresse | email | max.bauer@example.de | s.engel@example.de
    E-Mail-Typ | - | SMTP | SMTP
    E-Mail: Angezeigter Name | - | |
    E-Mail 2: Adresse | additionalEmails | max@example.com |
    E-Mail 2: Typ | - | SMTP |
    E-Mail 2: Angezeigter Name | - | |
    E-Mail 3: Adresse | additionalEmails | |
    E-Mail 3: Typ | - | |
    E-Mail 3: Angezeigter Name | - | |
    Empfohlen von | - | |
    Geburtstag | dateOfBirth | 19800517 | 1975-09-02
    Geschlecht | - | |
    Hobby | - | |
    Initialen | - | |
    Internet Frei/Gebucht | - | |
    Jahrestag | - | |
    Kategorien | tags | |
    Kinder | - | |
    Konto | - | |
    Name des/r Vorgesetzten | - | |
    Notizen | - | |
    Organisationsnr. | - | |
    Ort | - | |
    Partner/in | - | |
    Postfach geschäftlich | - | |
    Postfach privat | - | |
    Priorität | - | Normal | Normal
    Privat | - | Aus | Aus
    Reisekilometer | - | |
    Sozialversicherungsnr. | - | |
    Sprache | - | |
    Stichwörter | tags | |
    Vertraulichkeit | - | Normal | Normal
    Verzeichnisserver | - | |
    Webseite | website | https://bauer.example.de |
    Weiteres Postfach | - | |
  `),
  set({ id: 'google-contacts-current-br', kind: 'Google Contacts CSV (current), several values in a cell', lang: 'pt', defaultCountry: 'BR', source: 'index:71017391833 (a panel importer test: Google CSV)' }, `
    First Name | firstName | Carla | João | Sem
    Middle Name | - | | |
    Last Name | lastName | Gomes | Prado | Telefone
    Nickname | - | | |
    Birthday | dateOfBirth | 1990-05-14 | |
    Notes | - | Cliente antiga | |
    Labels | tags | * myContacts | | * myContacts
    E-mail 1 - Label | - | * Home | | * Home
    E-mail 1 - Value | email | carla@example.com ::: carla.trab@example.com | | sem@example.com
    Phone 1 - Label | - | Mobile | Mobile |
    Phone 1 - Value | phone | (93) 99222-0001 ::: (93) 3522-0001 | (93) 9111-0002 |
    Phone 2 - Label | - | | |
    Phone 2 - Value | additionalPhones | | |
    Address 1 - Label | - | Home | |
    Address 1 - Formatted | - | Rua A, 10 | |
    Address 1 - Street | address1 | Rua A 10 | |
    Address 1 - City | city | Santarém | |
    Address 1 - Region | state | PA | |
    Address 1 - Postal Code | postalCode | 68000-000 | |
  `),
  set({ id: 'google-contacts-legacy-br', kind: 'Google Contacts CSV (legacy)', lang: 'pt', defaultCountry: 'BR', source: 'index:71017391833 (a panel importer test: the old Google CSV)' }, `
    Name | name | Davi Antunes | Lia Moraes
    Given Name | firstName | Davi | Lia
    Additional Name | - | |
    Family Name | lastName | Antunes | Moraes
    Group Membership | tags | * myContacts | * myContacts ::: Clientes
    E-mail 1 - Type | - | * Home | * Work
    E-mail 1 - Value | email | davi@example.com | lia@example.com
    Phone 1 - Type | - | Mobile | Mobile
    Phone 1 - Value | phone | 93992220002 | 93991234567
  `),
  set({ id: 'outlook-mobile-home', kind: 'Outlook CSV export (a mobile and a home phone)', lang: 'pt', defaultCountry: 'BR', source: 'index:71017391833 (a panel importer test: the Outlook CSV)' }, `
    First Name | firstName | Eva | Rui
    Middle Name | - | |
    Last Name | lastName | Souza | Campos
    E-mail Address | email | eva@example.com | rui@example.com
    Mobile Phone | phone | (93) 99222-0003 | (93) 99123-4567
    Home Phone | additionalPhones | | (93) 3522-4455
  `),
  set({ id: 'google-contacts-current-us', kind: 'Google Contacts CSV (current), photo and a custom phone label', lang: 'en', defaultCountry: 'US', source: 'index:70257585059 (a contacts reader test: the current Google layout)' }, `
    First Name | firstName | Robert | Emma
    Middle Name | - | |
    Last Name | lastName | Smith | Clark
    Nickname | - | Bob |
    Organization Name | companyName | Acme | Clark Design
    Organization Title | - | Manager | Owner
    Birthday | dateOfBirth | --03-07 | 1988-10-02
    Notes | - | Two lines of notes |
    Photo | - | https://lh3.example.com/p/abc123 |
    Labels | tags | * myContacts ::: Work | * myContacts
    E-mail 1 - Label | - | * Work | * Home
    E-mail 1 - Value | email | rob@acme.example ::: bob@example.com | emma@example.com
    Phone 1 - Label | - | Mobile | Mobile
    Phone 1 - Value | phone | +1 415 555 0134 ::: +1 415 555 0135 | (312) 555-0142
    Phone 2 - Label | - | Grandma's |
    Phone 2 - Value | additionalPhones | 020 7946 0018 |
    Address 1 - Label | - | Home | Work
    Address 1 - Formatted | - | 12 Elm St, Springfield 94110, US | 400 N State St, Chicago IL 60654
    Address 1 - Street | address1 | 12 Elm St | 400 N State St
    Address 1 - City | city | Springfield | Chicago
    Address 1 - Postal Code | postalCode | 94110 | 60654
    Address 1 - Country | country | US | US
  `),
  set({ id: 'woocommerce-orders-template', kind: 'WooCommerce orders import template (billing and shipping)', lang: 'en', defaultCountry: 'US', source: 'index:56341828909 (a storage import page and its orders template)' }, `
    Order Number | - | 1001 | 1002
    Order Status | - | completed | processing
    Order Date | - | 2026-01-15 | 2026-01-20
    Order Total | - | 149.00 | 59.50
    Billing First Name | firstName | John | Ana
    Billing Last Name | lastName | Doe | Ruiz
    Billing Email | email | john@example.com | ana.ruiz@example.com
    Billing Phone | phone | +12125550147 | (305) 555-0188
    Billing Address 1 | address1 | 123 Main St | 9 Ocean Dr
    Billing Address 2 | - | Apt 4 |
    Billing City | city | New York | Miami
    Billing State | state | NY | FL
    Billing Postcode | postalCode | 10001 | 33139
    Billing Country | country | US | US
    Shipping First Name | - | John | Ana
    Shipping Last Name | - | Doe | Ruiz
    Shipping Address 1 | - | 123 Main St | 40 Collins Ave
    Shipping Address 2 | - | Apt 4 |
    Shipping City | - | New York | Miami
    Shipping State | - | NY | FL
    Shipping Postcode | - | 10001 | 33139
    Shipping Country | - | US | US
    Item Name | - | BioLogic 500 | BioLogic 250
    Item Quantity | - | 1 | 2
  `),
  set({ id: 'luma-guests-questions-es', kind: 'Luma guest export with Spanish registration questions', lang: 'es', defaultCountry: 'PE', source: 'index:55957512140 (a Luma guest import test)' }, `
    guest_id | externalId | gst-AAA | gst-BBB
    name | name | Lucía Quispe | Diego Salas
    first_name | firstName | Lucía |
    last_name | lastName | Quispe |
    email | email | lucia.q@example.pe | diego@example.com
    phone_number | phone | +51987654321 | +51912345678
    created_at | - | 2026-01-01T00:00:00Z | 2026-01-02T10:15:00Z
    approval_status | - | approved | pending
    checked_in_at | - | |
    utm_source | source | linkedin |
    qr_code_url | - | https://luma.com/check-in/evt-X?pk=AAA | https://luma.com/check-in/evt-X?pk=BBB
    amount | - | |
    amount_tax | - | |
    amount_discount | - | |
    currency | - | |
    coupon_code | - | |
    eth_address | - | |
    solana_address | - | |
    survey_response_rating | - | |
    survey_response_feedback | - | |
    ticket_type_id | - | ttype-x | ttype-x
    ticket_name | - | Standard | Standard
    ¿Para qué empresa trabajas? | companyName | AcmeCorp | Datos SAC
    ¿Cuál es tu cargo? | - | Developer | Analista
    Nro. de DNI | - | 45678912 | 70123456
    Ruc de la empresa | - | 20111111111 | 20522222222
  `),
  set({ id: 'luma-guests-school-email', kind: 'Luma guest export (a second, school email; consent questions)', lang: 'en', defaultCountry: 'US', source: 'index:60416124559 (a legacy member import smoke test with a Luma fixture)' }, `
    guest_id | externalId | gst-1 | gst-2
    name | name | Tara Approved | Omar Invited
    first_name | firstName | Tara | Omar
    last_name | lastName | Approved | Invited
    email | email | tara.a@example.com | omar.i@example.com
    phone_number | phone | +14045551111 | +14045552222
    created_at | - | 2026-04-09T20:18:25.760Z | 2026-04-10T09:02:11.120Z
    approval_status | - | approved | invited
    checked_in_at | - | |
    utm_source | source | | instagram
    referrer | - | |
    referred_by | - | |
    qr_code_url | - | https://luma.com/x | https://luma.com/y
    amount | - | $0.00 | $0.00
    amount_tax | - | |
    amount_discount | - | |
    currency | - | usd | usd
    coupon_code | - | |
    eth_address | - | |
    solana_address | - | |
    survey_response_rating | - | |
    survey_response_feedback | - | |
    ticket_type_id | - | evtticktyp-x | evtticktyp-x
    ticket_name | - | Standard | Standard
    GSU Email | additionalEmails | tara1@student.example.edu | omar2@student.example.edu
    By checking this box, I agree to allow PROGSU to send me SMS alerts related to future events and activities. | - | Yes | No
    I have filled out this interest form carefully: https://forms.gle/x | - | Yes | Yes
  `),
  set({ id: 'hubspot-contacts-owner-email', kind: 'HubSpot contacts export (owner as an email)', lang: 'en', defaultCountry: 'SE', source: 'index:55657341440 (an import-format corpus of export headers)' }, `
    First Name | firstName | Cilla | David
    Last Name | lastName | Ceder | Dal
    Email | email | cilla@ceder.example.se | david.dal@example.com
    Phone Number | phone | +46 70 999 88 77 |
    Contact owner | owner | felix@pullup.example.se | felix@pullup.example.se
    Lifecycle Stage | - | customer | lead
    Create Date | - | 2025-08-09 | 2025-09-10
  `),
  set({ id: 'salesforce-contacts-report', kind: 'Salesforce contacts report (a few columns)', lang: 'en', defaultCountry: 'SE', source: 'index:55657341440 (an import-format corpus of export headers)' }, `
    Salutation | - | Ms. | Mr.
    First Name | firstName | Elsa | Frank
    Last Name | lastName | Ek | Fors
    Email | email | elsa.ek@example.com | frank@fors.example.io
    Phone | phone | 0701231234 |
    Account Name | companyName | Ek Events | Fors Live
    Title | - | Owner | Booker
    Mailing City | city | Stockholm | Malmö
  `),
  set({ id: 'pipedrive-persons', kind: 'Pipedrive persons export (plain column names)', lang: 'en', defaultCountry: 'SE', source: 'index:55657341440 (an import-format corpus of export headers)' }, `
    Name | name | Greta Gran | Hugo Hed
    Email | email | greta.gran@example.com | hugo@hed.example.se
    Phone | phone | 46701112233 | 070-444 55 66
    Organization | companyName | Gran Collective |
    Owner | owner | Felix | Felix
    Label | tags | warm | cold
  `),
  set({ id: 'woocommerce-customers', kind: 'WooCommerce customers export (billing phone only)', lang: 'en', defaultCountry: 'SE', source: 'index:55657341440 (an import-format corpus of export headers)' }, `
    Customer ID | externalId | 881 | 882
    Username | - | kal_kund | lo.l
    First name | firstName | Kal | Lo
    Last name | lastName | Kund | Lind
    Email | email | kal.kund@example.com | lo.lind@example.com
    Billing Phone | phone | 0709090909 |
    City | city | Uppsala | Lund
    Total spend | - | 899kr | 0
    Order count | - | 3 | 0
  `),
  set({ id: 'kit-subscribers', kind: 'Kit (ConvertKit) subscribers export', lang: 'en', defaultCountry: 'SE', source: 'index:55657341440 (an import-format corpus of export headers)' }, `
    first_name | firstName | Maja | Nils
    email_address | email | maja@example.com | nils@example.com
    state | - | active | active
    created_at | - | 2025-03-03 | 2025-04-04
    tags | tags | creators |
  `),
  set({ id: 'tito-attendees', kind: 'Tito attendees export', lang: 'en', defaultCountry: 'SE', source: 'index:55657341440 (an import-format corpus of export headers)' }, `
    Ticket | - | Early Bird | Standard
    Reference | - | ABCD-1 | ABCD-2
    Name | name | Tina Torn | Uno Udd
    Email | email | tina.torn@example.com | uno.udd@example.com
    Tags | tags | | crew
    Registration Date | - | 2026-04-01 09:00 | 2026-04-02 10:00
  `),
  set({ id: 'typeform-responses', kind: 'Typeform responses export (question headers)', lang: 'en', defaultCountry: 'SE', source: 'index:55657341440 (an import-format corpus of export headers)' }, `
    # | - | 1 | 2
    What's your name? | name | Vilma Värn | Wilmer Wide
    What's your email? | email | vilma@example.com | wilmer@example.com
    Phone number | phone | +46 72 000 11 22 |
    Submitted At | - | 2026-05-30 18:00:01 | 2026-05-30 18:05:44
  `),
  set({ id: 'facebook-lead-ads', kind: 'Facebook lead ads export (p: phone prefix)', lang: 'en', defaultCountry: 'SE', source: 'index:55657341440 (an import-format corpus of export headers)' }, `
    id | externalId | l_1 | l_2
    created_time | - | 2026-05-01T10:00:00 | 2026-05-01T11:00:00
    ad_name | - | Summer Promo | Summer Promo
    form_name | - | Guestlist Form | Guestlist Form
    full_name | name | Örjan Öberg | Astrid Alm
    email | email | orjan@example.com | astrid.alm@example.com
    phone_number | phone | p:+46700005566 |
  `),
  set({ id: 'patreon-members', kind: 'Patreon members export', lang: 'en', defaultCountry: 'SE', source: 'index:55657341440 (an import-format corpus of export headers)' }, `
    Name | name | Nora Nyberg | Otto Öst
    Email | email | nora.nyberg@example.com | otto.ost@example.com
    Twitter | - | @noranyberg |
    Patron Status | - | Active patron | Former patron
    Lifetime Amount | - | 420 | 60
    Pledge Amount | - | 5 | 0
    Tier | - | Inner Circle |
  `),
  set({ id: 'klaviyo-profiles', kind: 'Klaviyo profiles export', lang: 'en', defaultCountry: 'SE', source: 'index:55657341440 (an import-format corpus of export headers)' }, `
    Email | email | rut@example.com | sten@example.com
    First Name | firstName | Rut | Sten
    Last Name | lastName | Rask | Sand
    Phone Number | phone | +46700001111 |
    Organization | companyName | Rask Events |
    Title | - | Founder |
    City | city | Stockholm | Göteborg
    Country | country | Sweden | Sweden
    Tags | tags | engaged |
  `),
  set({ id: 'meetup-members', kind: 'Meetup group members export (no email)', lang: 'en', defaultCountry: 'SE', source: 'index:55657341440 (an import-format corpus of export headers)' }, `
    Name | name | Sara Sten | Tor Berg
    User ID | - | 123 | 124
    Title | - | Member | Organizer
    Member ID | externalId | 456 | 457
    Location | - | Stockholm | Uppsala
    Joined Group on | - | 2024-01-01 | 2023-06-12
    Last visited group on | - | 2026-06-01 | 2026-05-20
    RSVPs | - | 12 | 30
  `),
  set({ id: 'apple-contacts-export-tool', kind: 'Apple/iCloud contacts via an export tool', lang: 'en', defaultCountry: 'SE', source: 'index:55657341440 (an import-format corpus of export headers)' }, `
    First name | firstName | Zara | Åke
    Last name | lastName | Zell | Ärn
    Email address | email | zara.zell@example.com | ake.arn@example.com
    Phone number | phone | +46 70 333 22 11 |
    Company | companyName | | Ärn Bygg
    Note | - | From the rooftop night |
  `),
  set({ id: 'squarespace-mailing-list', kind: 'Squarespace mailing list export', lang: 'en', defaultCountry: 'SE', source: 'index:55657341440 (an import-format corpus of export headers)' }, `
    Email Address | email | ines@example.com | jon@example.com
    Date Subscribed | - | 2025-06-01T12:00:00Z | 2025-07-15T09:30:00Z
  `),
  set({ id: 'substack-subscribers', kind: 'Substack subscribers export', lang: 'en', defaultCountry: 'SE', source: 'index:55657341440 (an import-format corpus of export headers)' }, `
    email | email | pia@example.com | quintus@example.com
    active_subscription | - | true | false
    expiry | - | | 2026-01-01
    email_disabled | - | false | false
    created_at | - | 2025-09-01T08:00:00Z | 2025-10-12T12:30:00Z
  `),
  set({ id: 'google-forms-free-text', kind: 'Google Forms responses (time zone in the timestamp)', lang: 'en', defaultCountry: 'SE', source: 'index:55657341440 (an import-format corpus of export headers)' }, `
    Timestamp | - | 2026/05/28 7:01:33 PM GMT+2 | 2026/05/28 7:14:09 PM GMT+2
    Email Address | email | xena@example.com | yusuf@example.com
    Your full name | name | Xena Xu | Yusuf Yil
    Phone | phone | 0760001122 |
    Anything we should know? | - | Vegetarian |
  `),
  set({ id: 'google-forms-player-auction', kind: 'Google Forms responses (player sign-up, image links)', lang: 'en', defaultCountry: 'IN', source: 'github:Shrigovinda25/rpl-auction-system Form Responses 1.csv' }, `
    Column1 | - | |
    Player Name | name | Navdeep Patil | Daksh Tiwari
    Select Sport | - | Cricket, Volleyball | Cricket, Tug of War
    Gender | - | Male | Male
    Player Image | - | https://drive.google.com/open?id=1MaQDht | https://drive.google.com/open?id=1uQObdE
    Achievements in the Selected Sports and why the team should pick you? | - | I always give my 100% on field | Been to a cricket coaching as a bowler
    If you have selected Cricket , What would you play as ? | - | Batsman | Bowler
    base price | - | 100 | 100
  `),
  set({ id: 'google-forms-full-name', kind: 'Google Forms responses (name only)', lang: 'en', source: 'github:sshah98/GW-Data-Workshop Form Responses 1.csv' }, `
    Timestamp | - | 9/6/2018 0:06:16 | 9/6/2018 0:06:16
    Full Name | name | Bernadette Mell | Pearl Hill
  `),
];
