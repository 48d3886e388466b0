// The fourth held-out part of the auto-mapping corpus (see corpus-format.ts): header sets from sources none of the
// other parts use, found in the public code index (CSV files and templates, importer tests and fixtures, export
// writers and their documentation) and written down, with the mapping a careful person would choose by the field
// definitions and the rules, BEFORE the mapper was run on them and without reading the lexicon or the
// mapper. "index:N" names the index file the header text was read from (the index does not name its repository);
// the kind says what the file is. Sample values are made up in the shape of each file's own (no personal data from
// the sources is copied).
//
// The choices are the third held-out part's (corpus-heldout3.ts), written once so every set follows them:
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
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout4' }, table);

export const HELDOUT4: CorpusSet[] = [
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-barbearia-clientes-modelo', kind: 'salon client import template (second phone, assigned professional)', lang: 'pt', defaultCountry: 'BR', source: 'index:56870475398 (a salon manager\'s template download)' }, `
    Nome | firstName | Exemplo | Carla
    Sobrenome | lastName | Silva | Nunes
    Celular | phone | 11999999999 | 21988887777
    Fone Secundario | additionalPhones | | 2133334444
    Nascimento | dateOfBirth | 01/01/1990 | 15/08/1987
    Profissional | - | João | Ana
    Localização | - | Mora Perto | Centro
  `),
  // ------------------------------------------------------------------------------------------------ German
  set({ id: 'de-at-kunden-vorlage-uid', kind: 'customer import template (Austria, VAT id, note)', lang: 'de', defaultCountry: 'AT', source: 'index:68614973400 (a trades app\'s customer import template)' }, `
    Firma | companyName | Muster Bau GmbH |
    Vorname | firstName | Anna | Franz
    Nachname | lastName | Muster | Huber
    Straße | address1 | Hauptstraße 1 | Dorfweg 3
    PLZ | postalCode | 1010 | 3100
    Ort | city | Wien | St. Pölten
    Telefon | phone | +43 1 234567 | 0664 1234567
    E-Mail | email | office@muster.example.at |
    UID | - | ATU12345678 |
    Notiz | - | | Schlüssel beim Nachbarn
  `),
  set({ id: 'de-verein-aufnahmeantrag', kind: 'club membership application export (bank details, department)', lang: 'de', defaultCountry: 'DE', source: 'index:36925262345 (a sports club\'s membership form writer, Rust)' }, `
    Anrede | - | Herr | Frau
    Vorname | firstName | Max | Erika
    Nachname | lastName | Mustermann | Musterfrau
    Straße | address1 | Musterstraße 10 | Am Hang 2
    PLZ | postalCode | 12345 | 12347
    Ort | city | Musterstadt | Musterstadt
    Land | country | Deutschland | Deutschland
    Geschlecht | - | männlich | weiblich
    Geburtsdatum | dateOfBirth | 01.01.1970 | 23.04.1985
    Eintrittsdatum | - | 06.09.2022 | 01.10.2022
    Zahlungsart | - | Lastschrift | Lastschrift
    IBAN | - | DE02120300000000202051 | DE89370400440532013000
    Kontoinhaber | - | Max Mustermann | Erika Musterfrau
    Status | - | Neu | Neu
    KommE-Mail_P1 | email | max@example.de | erika@example.de
    KommTelefon_P1 | phone | 0123 456789 | 0171 2345678
    Abteilung_1 | - | Fitness | Tennis
    Abteilungseintritt_1 | - | 06.09.2022 | 01.10.2022
    Beitragsbezeichnung_1_2 | - | Erwachsene Premium | Erwachsene
  `),
  set({ id: 'de-hausverwaltung-nutzer', kind: 'property manager\'s user export (customer number, object)', lang: 'de', defaultCountry: 'DE', source: 'index:52596601788 (a metering portal\'s admin user export)' }, `
    Anrede | - | Herr | Frau
    Vorname | firstName | Jonas | Petra
    Nachname | lastName | Weber | Lang
    Straße | address1 | Gartenweg 4 | Ringstraße 17
    PLZ | postalCode | 70173 | 70176
    Ort | city | Stuttgart | Stuttgart
    Telefon | phone | 0711 123456 |
    E-Mail | email | jonas.weber@example.de | petra@example.de
    Objekt | - | WEG Gartenweg | Ringstraße 17
    Kundennummer | externalId | K-10023 | K-10024
    Status | - | aktiv | gesperrt
    Erstellt | - | 12.03.2026 | 02.04.2026
  `),
  set({ id: 'de-verein-antraege-export', kind: 'club application export (family link, trailing empty column)', lang: 'de', defaultCountry: 'DE', source: 'index:42233464937 (a club website\'s application admin, Vue)' }, `
    UID | externalId | |
    Anrede | - | Frau | Herr
    Vorname | firstName | Lea | Tim
    Nachname | lastName | Fischer | Fischer
    Straße | address1 | Lindenweg 3 | Lindenweg 3
    PLZ | postalCode | 88045 | 88045
    Ort | city | Friedrichshafen | Friedrichshafen
    Land | country | Deutschland | Deutschland
    Geburtsdatum | dateOfBirth | 1988-02-11 | 2015-06-30
    Geschlecht | - | weiblich | männlich
    E-Mail | email | lea.fischer@example.de |
    Telefon | phone | 07541 12345 |
    Vereinseintritt am | - | 2026-01-01 | 2026-01-01
    Status(Verein) | - | aktiv | aktiv
    Abteilung | - | Turnen | Kinderturnen
    IBAN | - | DE89370400440532013000 |
    Zahlungsweise | - | jährlich |
    GehörtZu | - | | Lea Fischer
    "" | - | |
  `),
  set({ id: 'de-talentfoerderung-spieler', kind: 'football talent programme player list (club, positions, size)', lang: 'de', defaultCountry: 'DE', source: 'index:69813444676 (a scouting app\'s import fixture)' }, `
    Vorname | firstName | Fictional0 | Fictional1
    Nachname | lastName | Player | Player
    Straße | address1 | Teststraße 1 | Teststraße 2
    PLZ | postalCode | '01234 | '01235
    Ort | city | Testort | Testort
    Geb. | dateOfBirth | 03.05.2013 | 17.11.2012
    Verein | companyName | SV Testort | FC Muster
    Telefon privat | phone | 0351 1234567 |
    E-Mail | email | eltern0@example.de | eltern1@example.de
    2. E-Mail | additionalEmails | | mutter1@example.de
    Eintritt ins TFP | - | 01.08.2024 | 01.08.2023
    Gesichtet bei | - | Sichtungstag | Turnier
    Stützpunkt | - | Dresden | Dresden
    Austritt | - | |
    Austrittsgrund | - | |
    Datum letzte Leistungsbewertung | - | 12.03.2026 | 12.03.2026
    Links | - | 2 | 4
    Rechts | - | 5 | 3
    Abwehr | - | 3 | 4
    Mittelfeld | - | 4 | 2
    Angriff | - | 2 | 1
    Torwart | - | 1 | 1
    Größe | - | 152 | 160
    Gewicht | - | 41 | 48
    Entfernung | - | 12 | 30
  `),
  set({ id: 'de-spenden-import', kind: 'donation import file (date and amount next to the donor)', lang: 'de', defaultCountry: 'DE', source: 'index:70132550194 (a donation receipt app\'s import test)' }, `
    Datum | - | 15.03.2026 | 16.03.2026
    Vorname | firstName | Anna | Bernd
    Nachname | lastName | Beispiel | Test
    Straße | address1 | Hauptstraße 5 |
    PLZ | postalCode | 71032 |
    Ort | city | Böblingen |
    Betrag | - | 100 | 50
  `),
  // ------------------------------------------------------------------------------------------------ Spanish
  set({ id: 'es-profesores-export-telf', kind: 'teacher export (department, admin flag)', lang: 'es', defaultCountry: 'ES', source: 'index:273909744 (a school timetable app\'s teacher CSV writer, PHP)' }, `
    nombre | firstName | Jordi | Marta
    apellidos | lastName | Puig Soler | Vidal
    email | email | jpuig@institut.example | mvidal@institut.example
    telf | phone | 934123456 | 612345678
    dept | - | 3 | 5
    admin | - | 0 | 1
  `),
  set({ id: 'es-empleados-titulacion', kind: 'employee list (employee id, national id, highest degree)', lang: 'es', defaultCountry: 'ES', source: 'index:15182358847 (an HR exercise\'s CSV writer, C#)' }, `
    Id Empleado | externalId | 1001 | 1002
    Nombre | firstName | Raúl | Irene
    Apellidos | lastName | Gil Ortega | Sanz
    Dni | - | 12345678Z | 87654321X
    Titulación más alta | - | Grado | Máster
  `),
  set({ id: 'es-usuarios-grupos-roster', kind: 'user roster (username, groups, first-admin flag)', lang: 'es', defaultCountry: 'ES', source: 'index:70887618682 (a self-hosted server\'s roster import, Python)' }, `
    usuario | - | aruiz | pmoreno
    nombre | firstName | Alba | Pedro
    apellidos | lastName | Ruiz | Moreno
    correo | email | alba@example.es | pedro@example.es
    grupos | tags | docentes,direccion | docentes
    primer_admin | - | sí |
  `),
  set({ id: 'es-usuarios-alta-fecha', kind: 'user file (national id, sign-up date)', lang: 'es', defaultCountry: 'ES', source: 'index:18484252477 (a user file writer, Java)' }, `
    ID | externalId | 7 | 8
    NOMBRE | firstName | Carmen | Diego
    APELLIDOS | lastName | López | Romero
    DNI | - | 11111111H | 22222222J
    FECHA | - | 20260112 | 20260203
  `),
  // ------------------------------------------------------------------------------------------------ French
  set({ id: 'fr-salon-pro-participants', kind: 'trade event participant export (badge category, presence)', lang: 'fr', defaultCountry: 'FR', source: 'index:53157765281 (an event check-in API\'s participant export)' }, `
    Nom | lastName | Bertin | Charpentier
    Prénom | firstName | Aurélie | Karim
    Email | email | aurelie@example.fr | karim@example.fr
    Téléphone | phone | 0601020304 | 0478563412
    Entreprise | companyName | Bertin Conseil | Atelier K
    Catégorie | tags | VISITEUR | EXPOSANT
    Présence | - | PRÉSENT | ABSENT
    Date Inscription | - | 2026-04-02T09:12:00.000Z | 2026-04-03T14:40:00.000Z
  `),
  set({ id: 'fr-syndic-coproprietaires', kind: 'co-ownership owner export (number of lots)', lang: 'fr', defaultCountry: 'FR', source: 'index:52286210143 (a property management API\'s owner export, C#)' }, `
    Nom | lastName | Morel | Faure
    Prénom | firstName | Hélène | Yves
    Email | email | helene.morel@example.fr | yves@example.fr
    Téléphone | phone | 01 45 67 89 10 | 06 22 33 44 55
    Nombre de lots | - | 2 | 1
  `),
  set({ id: 'fr-garde-meuble-paiements', kind: 'storage rental payment export (tenant, box, amounts, trailing empty column)', lang: 'fr', defaultCountry: 'FR', source: 'index:67146772042 (a self-storage app\'s payment export, Laravel)' }, `
    Nom | lastName | Renard | Marchand
    Prénom | firstName | Luc | Chloé
    Email | email | luc.renard@example.fr | chloe@example.fr
    Téléphone | phone | 0612345678 | 0698765432
    Adresse | address1 | 8 rue Pasteur, 69007 Lyon | 21 bd Carnot, 69100 Villeurbanne
    Box | - | B12 | A03
    Montant | - | 89.00 | 45.00
    Dû le | - | 01/05/2026 | 01/05/2026
    Payé le | - | 03/05/2026 | 02/05/2026
    "" | - | |
  `),
  set({ id: 'fr-ecole-rapport-eleves', kind: 'school report export: comment lines and section titles above the student table', lang: 'fr', defaultCountry: 'FR', source: 'index:52489235660 (a school manager\'s global report CSV export, React)', above: [['# School Manager - Rapport Global Administratif'], ['# Généré le 01/06/2026 à 10:00'], ['#'], ['=== RAPPORT GLOBAL ADMINISTRATIF ==='], ['Date: 01/06/2026 à 10:00'], [''], ['=== ÉLÈVES ===']] }, `
    ID | externalId | ELV-2026-001 | ELV-2026-002
    Nom | lastName | Lefebvre | Mercier
    Prénom | firstName | Emma | Noah
    Email | email | emma.lefebvre@example.fr | noah.mercier@example.fr
    Téléphone | phone | 0611223344 | N/A
    Classe | - | 6e A | 5e B
    Niveau | - | Collège | Collège
  `),
  set({ id: 'fr-reunion-clients-colis', kind: 'parcel service client import test (Réunion, postal code, date of birth)', lang: 'fr', defaultCountry: 'RE', source: 'index:68771597312 (a parcel app\'s client import test)' }, `
    Nom | lastName | Léon | Payet
    Prénom | firstName | Camille | Jean-Marc
    Email | email | camille+colis@example.test | jm.payet@example.test
    Téléphone | phone | 0262123456 | 0692123456
    Code postal | postalCode | 97400 | 97410
    Date naissance | dateOfBirth | 01/02/1990 | 14/07/1976
  `),
  set({ id: 'fr-invites-organisation-fonction', kind: 'guest list import (organisation, function)', lang: 'fr', defaultCountry: 'FR', source: 'index:71218283714 (an invitation code generator\'s guest import, PHP)' }, `
    Nom | lastName | Garcia | Rousseau
    Prénom | firstName | Isabelle | Thomas
    Email | email | isabelle.garcia@example.fr | t.rousseau@example.fr
    Téléphone | phone | 06 10 20 30 40 |
    Organisation | companyName | Mairie de Pau | Région Nouvelle-Aquitaine
    Fonction | - | Adjointe au maire | Chargé de mission
  `),
  set({ id: 'fr-course-inscriptions-options', kind: 'race registration export (distance, meals, lodging, car-sharing)', lang: 'fr', defaultCountry: 'FR', source: 'index:55882086384 (a trail race\'s registration export action)' }, `
    Nom | lastName | Chevalier | Perrin
    Prénom | firstName | Julien | Manon
    Email | email | julien.c@example.fr | manon.perrin@example.fr
    Téléphone | phone | 0633445566 | 0766554433
    Distance | - | 42 km | 21 km
    Repas | - | Samedi soir | 
    Hébergement | - | Gîte | 
    Covoiturage | - | Oui | Non
  `),
  set({ id: 'fr-agents-matricule-region', kind: 'field agent user import (staff number, role, region, active)', lang: 'fr', defaultCountry: 'KM', source: 'index:68292467728 (a back office\'s user import test, Django)' }, `
    Matricule | externalId | 156 | 157
    Nom | lastName | RAMADANI | HALIDI
    Prénom | firstName | SAID | FATIMA
    Email | email | | fatima.h@example.km
    Téléphone | phone | 337 66 51 | 332 10 20
    Rôle | - | Agent (bénéficiaire) | Superviseur
    Région | state | Mohéli | Anjouan
    Actif | - | oui | non
  `),
  // ------------------------------------------------------------------------------------------------ Italian
  set({ id: 'it-corso-gis-iscrizioni', kind: 'course sign-up log (timestamp, billing data, note)', lang: 'it', defaultCountry: 'IT', source: 'index:38771947070 (a course sign-up form handler, PHP)' }, `
    Timestamp | - | 2026-02-10T09:14:22+01:00 | 2026-02-11T18:03:05+01:00
    Nome | firstName | Francesca | Paolo
    Cognome | lastName | Greco | Marino
    Indirizzo | address1 | Via Roma 12, 40121 Bologna | Corso Italia 8, Pisa
    Telefono | phone | 051 234567 | 347 1122334
    Email | email | francesca.greco@example.it | paolo.marino@example.it
    Corso | - | QGIS base | QGIS avanzato
    Dati per Fatturazione | - | Studio Greco, P.IVA 01234567890 |
    Note | - | | Vegetariano
  `),
  set({ id: 'it-richieste-info-corsi', kind: 'WordPress enquiry export (phone and mobile, newsletter, course, branch)', lang: 'it', defaultCountry: 'IT', source: 'index:33368037825 (a school theme\'s enquiry CSV export, PHP)' }, `
    Nome | firstName | Martina | Davide
    Cognome | lastName | Costa | Fontana
    Indirizzo | address1 | Via Garibaldi 3 | Piazza Duomo 1
    Citta' | city | Torino | Milano
    Cap | postalCode | 10122 | 20121
    Provincia | state | TO | MI
    Telefono | phone | 011 5551234 |
    Cellulare | additionalPhones | 333 1234567 | 348 7654321
    Email | email | martina.costa@example.it | davide.f@example.it
    Note | - | Richiedo orari serali |
    Newsletter | - | Si | No
    Corso | - | Grafica | Web design
    Sede | - | Torino | Milano
    Data Registrazione | - | 12/01/2026 | 15/01/2026
  `),
  set({ id: 'it-rubrica-eta-noheader', kind: 'address book text file without a header row (semicolons, age last)', lang: 'it', defaultCountry: 'IT', noHeader: true, source: 'index:52574392372 (an address book exercise\'s README on its data file)' }, `
    "" | firstName | Mario | Lucia | Andrea
    "" | lastName | Bianchi | Esposito | Ricci
    "" | address1 | via Cavour 13 | via Toledo 10 | via dei Mille 4
    "" | phone | 0612344 | 081 6688989 | 3401234567
    "" | - | 56 | 60 | 34
  `),
  set({ id: 'it-biblioteca-prestiti', kind: 'library loan archive (the book\'s author next to the borrower)', lang: 'it', defaultCountry: 'IT', source: 'index:4784510583 (a library manager\'s loan archive writer, Java)' }, `
    Codice ISBN | - | 9788807900389 | 9788804668237
    Titolo | - | Il nome della rosa | Se questo è un uomo
    Autore | - | Umberto Eco | Primo Levi
    Nome | firstName | Giorgio | Elena
    Cognome | lastName | Moretti | Galli
    Indirizzo | address1 | Via Verdi 5, Parma | Via Mazzini 22, Lucca
    Copie | - | 1 | 2
    Data e Ora | - | 2026-03-02 10:15 | 2026-03-04 16:40
  `),
  set({ id: 'it-scidoo-clienti-pms', kind: 'hotel PMS client import (Scidoo format, mobile only)', lang: 'it', defaultCountry: 'IT', source: 'index:37805515619 (a holiday rental assistant\'s import API README)' }, `
    Nome | firstName | Mario | Giovanna
    Cognome | lastName | Rossi | Lombardi
    Email | email | mario@test.example | giovanna.l@example.it
    Cellulare | phone | 333123456 | 3491234567
  `),
  set({ id: 'it-soci-import-nascita', kind: 'association member import (mobile, date of birth)', lang: 'it', defaultCountry: 'IT', source: 'index:66596291167 (a club membership WordPress plugin\'s import page)' }, `
    nome | firstName | Roberto | Silvia
    cognome | lastName | Colombo | Ferrara
    email | email | roberto.colombo@example.it | silvia@example.it
    cellulare | phone | 377 281 4538 | +39 340 1234567
    data di nascita | dateOfBirth | 24/03/1978 | 02/11/1985
  `),
  set({ id: 'it-clienti-riepilogo-fiscale', kind: 'customer summary for an accounting system (tax code, VAT, certified email, SDI, IBAN)', lang: 'it', defaultCountry: 'IT', source: 'index:53030465434 (a workflow seed describing a customer CSV)' }, `
    Nome | firstName | Luca | Anna
    Cognome | lastName | Bruno | De Luca
    Ragione Sociale | companyName | Bruno Impianti srl |
    CF | - | BRNLCU80A01H501U | DLCNNA85M41F205X
    P.IVA | - | 01234567890 |
    Indirizzo | address1 | Via Appia 100 | Via Manzoni 7
    CAP | postalCode | 00179 | 20121
    Città | city | Roma | Milano
    Prov | state | RM | MI
    Telefono | phone | 06 7801234 |
    Cellulare | additionalPhones | 339 1234567 | 347 9876543
    Email | email | info@brunoimpianti.example.it | anna.deluca@example.it
    PEC | additionalEmails | brunoimpianti@pec.example.it |
    SDI | - | M5UXCR1 | 0000000
    IBAN | - | IT60X0542811101000000123456 |
    Note | - | |
  `),
  // ------------------------------------------------------------------------------------------------ Dutch
  set({ id: 'nl-relatie-export-plaats-adres', kind: 'relation export ("Plaats" holding the whole address, customer or supplier category)', lang: 'nl', defaultCountry: 'NL', source: 'index:58349539697 (a contractor app\'s customer import, TypeScript)' }, `
    Type | - | Particulier | Zakelijk
    Klantnummer | externalId | 10041 | 10042
    Bedrijfsnaam | companyName | | Bouwbedrijf Smeets BV
    Voornaam | firstName | Kees | Ingrid
    Achternaam | lastName | Janssen | Smeets
    E-mail | email | kees.janssen@example.nl | info@smeets.example.nl
    Categorie | tags | Klant | Leverancier
    Plaats | address1 | Dijk 24A, 6127 AG Grevenbicht | Markt 3, 6131 EK Sittard
  `),
  set({ id: 'nl-contao-leden-import', kind: 'Contao member import layout (ISO country and language, username, password)', lang: 'nl', defaultCountry: 'NL', source: 'index:23184253066 (a Contao front-end user import extension\'s Dutch language file)' }, `
    voornaam | firstName | Sanne | Bram
    achternaam | lastName | de Boer | Mulder
    geboortedatum (huidige datumopmaak in TL) | dateOfBirth | 12-04-1991 | 03-11-1984
    geslacht | - | female | male
    bedrijf | companyName | | Mulder Advies
    straat | address1 | Kerkstraat 12 | Stationsweg 8
    postcode | postalCode | 3511 LK | 9711 AB
    plaats | city | Utrecht | Groningen
    staat | state | | 
    land (iso - bijv. nl) | country | nl | nl
    telefoon | phone | 030 1234567 | 050 7654321
    mobiel | additionalPhones | 06 12345678 |
    fax | - | |
    email | email | sanne@example.nl | bram@mulderadvies.example.nl
    website | website | | https://mulderadvies.example.nl
    taal(iso - bijv. nl) | - | nl | nl
    gebruikersnaam (optioneel) | - | sanne | bram.m
    wachtwoord (optioneel) | - | | 
  `),
  set({ id: 'nl-csv-naar-xml-noheader', kind: 'CSV-to-XML component test file without a header row (given name, family name, age)', lang: 'nl', defaultCountry: 'NL', noHeader: true, source: 'index:53212279668 (a CSV-to-XML component test, Java)' }, `
    "" | firstName | Koen | Jaap | Femke
    "" | lastName | Castermans | Aap | Visser
    "" | - | 21 | 30 | 44
  `),
  set({ id: 'nl-orkest-leden-import', kind: 'orchestra member import (email and phone)', lang: 'nl', defaultCountry: 'NL', source: 'index:68927857094 (an orchestra app\'s member import test, React)' }, `
    Voornaam | firstName | Anna | Joris
    Achternaam | lastName | Jansen | Bos
    E-mail | email | anna@voorbeeld.example | joris@voorbeeld.example
    Telefoon | phone | | 06 98765432
  `),
  set({ id: 'nl-biatlon-startnummers', kind: 'competitor import (bib number)', lang: 'nl', defaultCountry: 'NL', source: 'index:66780407599 (a biathlon scoring app\'s test)' }, `
    Voornaam | firstName | Lotte | Ruben
    Achternaam | lastName | Test | Smit
    Startnummer | - | 125 | 126
  `),
];
