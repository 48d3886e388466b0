// The fourth held-out part of the auto-mapping corpus (see corpus-format.ts): 86 header sets (981 columns, 504 of
// them expected to map) from sources none of the other parts use, found in the public code index (CSV files and
// templates, importer tests and fixtures, export writers and their documentation) and written down, with the mapping
// a careful person would choose by the field definitions and the rules, BEFORE the mapper was run on them and
// without reading the lexicon or the mapper. "index:N" names the index file the header text was read from (the index
// does not name its repository); the kind says what the file is. Sample values are made up in the shape of each
// file's own (no personal data from the sources is copied).
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
// Added after the ninth part, where the parts' writers had chosen differently (later parts follow these):
// - A bare "ID" column of a contact list is the External ID (55 sets chose so, 13 did not). A customer's account number
//   ("Numéro de compte client", "Acct_Num") is the External ID too; a bank account number never.
// - "How did you hear about us?" is the Source; the same question about an event or a course is not imported.
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
  set({ id: 'pt-academia-alunos-export', kind: 'gym student export (trainer and nutritionist named, tags, payment state)', lang: 'pt', defaultCountry: 'BR', source: 'index:71122319444 (a fitness coaching app\'s CSV export test)' }, `
    Nome | name | Rafael Moura | Ana Souza
    E-mail | email | rafael@example.com | ana.souza@example.com
    Telefone | phone | (82) 99999-0000 | (82) 98888-1111
    Módulos | - | Treino + Nutrição | Treino
    Personal | - | Lucas Ferreira | Lucas Ferreira
    Nutricionista | - | Camila Rocha |
    Tags | tags | VIP, Manhã | Noite
    Situação | - | Ativo | Desativado
    Pagamento | - | Pago até 19/10 | Em atraso
    Cadastro | - | 10/03/2026 | 02/01/2026
  `),
  set({ id: 'pt-rh-colaboradores-import', kind: 'HR staff import (CPF, job, sector, contract type, salary)', lang: 'pt', defaultCountry: 'BR', source: 'index:56061086782 (a construction firm\'s HR import smoke test)' }, `
    ID | externalId | | 118
    Nome | name | Carlos Pereira | Joana Lima
    E-mail | email | carlos@example.com.br |
    Telefone | phone | 11 90000-0001 |
    CPF | - | 123.456.789-09 |
    Cargo | - | Eletricista | Encanador
    Setor | - | Obra | Obra
    Regime | - | clt | pj
    Salário | - | 3000.00 | 0
    Data admissão | - | 2026-02-01 |
    Status | - | ativo | ativo
  `),
  set({ id: 'pt-advocacia-clientes-modelo', kind: 'law firm client import template (CPF or CNPJ, pipeline stage)', lang: 'pt', defaultCountry: 'BR', source: 'index:60487614751 (a legal CRM\'s client import example)' }, `
    Nome | name | Cliente Exemplo | Marcos Teixeira
    E-mail | email | cliente@exemplo.com.br | marcos@example.com.br
    Telefone | phone | +5511999999999 | (21) 98765-4321
    CPF ou CNPJ | - | 12345678901 | 12.345.678/0001-90
    Etapa | - | Cliente | Lead
  `),
  set({ id: 'pt-mutirao-doadores-titulo', kind: 'blood drive donor list with the drive\'s name and time slot above the headers (trailing empty column)', lang: 'pt', defaultCountry: 'BR', source: 'index:22612667923 (a blood drive scheduler\'s CSV report, Qt)', above: [['Nome do Mutirão:', 'Mutirão de Setembro', ''], ['Dia/Horario:', '12/09/2026', '08:00 - 12:00', ''], ['']] }, `
    Nome | name | Fernanda Alves | Gustavo Ramos
    E-mail | email | fernanda@example.com.br | gustavo.ramos@example.com.br
    Telefone | phone | (19) 99876-5432 | (19) 3232-1010
    "" | - | |
  `),
  set({ id: 'pt-crm-leads-responsavel', kind: 'sales CRM lead export (stage, responsible user, product)', lang: 'pt', defaultCountry: 'BR', source: 'index:55663937572 (a sales CRM\'s CSV export test)' }, `
    Nome | name | Carla, Mendes | Diego Santos
    E-mail | email | carla@nivera.example | diego@example.com.br
    Telefone | phone | +5511984210042 | +5521977776666
    Estágio | - | Novo lead | Proposta
    Responsável | owner | Joana V. | Pedro M.
    Produto | - | Avali | Avali Pro
    Status | - | ativo | ativo
    Última interação | - | | 2026-05-02
  `),
  set({ id: 'pt-site-mensagens-contato', kind: 'website contact-form messages export (message id and date, subject, message)', lang: 'pt', defaultCountry: 'BR', source: 'index:46237601144 (a website admin\'s contact messages export, PHP)' }, `
    ID | - | 311 | 312
    Data | - | 02-05-2026 14:22:10 | 03-05-2026 09:01:44
    Nome | name | Patrícia Gomes | Renato Dias
    E-mail | email | patricia@example.com.br | renato@example.com.br
    Telefone | phone | (31) 99999-1234 |
    Assunto | - | Orçamento | Dúvida
    Mensagem | - | Gostaria de um orçamento | Vocês atendem aos sábados?
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
  set({ id: 'de-ch-kontakte-import-geschaeft-mobil', kind: 'contact manager CSV import (Switzerland, business phone and mobile, status)', lang: 'de', defaultCountry: 'CH', source: 'index:61426860925 (a contact manager exercise\'s CSV importer, C#)' }, `
    Anrede | - | Herr | Frau
    Titel | - | Dr. |
    Vorname | firstName | Urs | Regula
    Nachname | lastName | Meier | Brunner
    Geburtsdatum | dateOfBirth | 12.03.1975 | 01.09.1988
    Geschlecht | - | m | w
    TelefonGeschaeft | additionalPhones | 044 123 45 67 | 031 765 43 21
    Mobiltelefon | phone | 079 123 45 67 | 078 765 43 21
    EMail | email | urs.meier@example.ch | regula.brunner@example.ch
    Status | - | aktiv | passiv
  `),
  set({ id: 'de-studip-teilnehmende', kind: 'Stud.IP participant list (username, private address and number, matriculation number)', lang: 'de', defaultCountry: 'DE', source: 'index:33572264579 (a test data generator for a Stud.IP participant export, shell)' }, `
    Anrede | - | Mr. | Mrs.
    Titel | - | |
    Vorname | firstName | Jonas | Lea
    Nachname | lastName | Klein | Wagner
    Titel2 | - | |
    Nutzernamen | - | jklein | lwagner
    Privatadr | address1 | Uferstraße 3, 69120 Heidelberg | Hauptstraße 90, 69117 Heidelberg
    Privatnr | phone | 06221 123456 |
    E-Mail | email | jonas.klein@email.example.de | lea.wagner@email.example.de
    Anmeldedatum | - | |
    Studiengaenge | - | Bachelor of Science | Master of Arts
    Matrikelnr | externalId | 482913 | 551207
    Bemerkung | - | |
  `),
  set({ id: 'de-therapeuten-verzeichnis', kind: 'therapist directory scrape (private flag, homepage, office and phone hours)', lang: 'de', defaultCountry: 'DE', source: 'index:16654447967 (a therapist directory scraper\'s CSV writer, Java)' }, `
    Anrede | - | Frau | Herr
    Titel | - | Dipl.-Psych. | Dr.
    Vorname | firstName | Sabine | Markus
    Nachname | lastName | Hoffmann | Krüger
    nur privat | - | nein | ja
    Ort | city | Leipzig | Halle
    Straße | address1 | Karl-Liebknecht-Str. 12 | Große Ulrichstr. 5
    Telefon | phone | 0341 1234567 | 0345 7654321
    Email | email | praxis.hoffmann@example.de | kontakt@krueger.example.de
    Homepage | website | https://praxis-hoffmann.example.de |
    Praxissprechzeit | - | Mo-Fr 8-16 Uhr | Di 10-18 Uhr
    Telefonsprechzeit | - | Mo 8-9 Uhr | Di 9-10 Uhr
  `),
  set({ id: 'de-crm-kontakte-export-firma', kind: 'CRM contact export (position, department, company, phone, mobile, fax, notes)', lang: 'de', defaultCountry: 'DE', source: 'index:53496780207 (a small CRM\'s contact export controller, C#)' }, `
    Anrede | - | Herr | Frau
    Titel | - | | Prof.
    Vorname | firstName | Thomas | Anja
    Nachname | lastName | Schulz | Richter
    Position | - | Einkaufsleiter | Geschäftsführerin
    Abteilung | - | Einkauf | 
    Firma | companyName | Nordwerk GmbH | Richter Consulting
    E-Mail | email | t.schulz@nordwerk.example.de | anja@richter.example.de
    Telefon | phone | 040 123456-10 | 0611 987654
    Mobil | additionalPhones | 0170 1234567 |
    Fax | - | 040 123456-99 |
    Straße | address1 | Hafenstraße 1 | Wilhelmstraße 20
    PLZ | postalCode | 20459 | 65185
    Ort | city | Hamburg | Wiesbaden
    Land | country | Deutschland | Deutschland
    Notizen | - | Messekontakt |
  `),
  set({ id: 'de-ehrenamtskarte-antraege', kind: 'volunteer card import (card type and state, c/o name, address)', lang: 'de', defaultCountry: 'DE', source: 'index:40706341925 (a volunteer card app\'s CSV import test)' }, `
    inhaber_ehrenamtskarte | - | Blau | Gold
    eak_datum | - | 01.12.2029 |
    eak_karten_status | - | Karte abgelaufen | Karte an EA verschickt
    co_name | - | | Anna Muster
    anrede | - | Herr | Herr
    titel | - | |
    vorname | firstName | Maxim | Max
    nachname | lastName | Musterin | Muster
    strasse | address1 | Kirchgasse 30 | Kleinlangheimer Straße 12
    plz | postalCode | 97346 | 97355
    ort | city | Iphofen | Kleinlangheim
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
  set({ id: 'es-psicologia-pacientes-export', kind: 'therapist patient export (mobile, birthday, context notes)', lang: 'es', defaultCountry: 'AR', source: 'index:57367171587 (a therapy practice app\'s CSV export)' }, `
    Nombre | firstName | Lucía | Martín
    Apellido | lastName | Fernández | Acosta
    Celular | phone | 11 5555-1234 | +54 9 351 555-7788
    Email | email | lucia.f@example.com.ar |
    Cumpleaños | dateOfBirth | 1992-08-14 | 1985-01-30
    Contexto | - | Primera consulta por ansiedad | Derivado por clínica
  `),
  set({ id: 'es-usuarios-cedula-import', kind: 'user list import (national id, username)', lang: 'es', defaultCountry: 'EC', source: 'index:57733166876 (a school platform\'s user import page)' }, `
    Nombre completo | name | María Pérez | Jorge Andrade
    Correo | email | maria@example.ec | jorge.andrade@example.ec
    Cédula | - | 0202053831 | 1710034065
    Usuario | - | maria.perez | jandrade
  `),
  set({ id: 'es-red-miembros-formulario', kind: 'network member import from a Google Form (institution, country, region, interests, LinkedIn, consent)', lang: 'es', defaultCountry: 'MX', source: 'index:60445303381 (a research network site\'s member import test)' }, `
    Nombre completo | name | Ada Lovelace | Rosa Jiménez
    Correo electrónico | email | ada@example.org | rosa.jimenez@example.mx
    Cargo | - | Investigador/a | Estudiante
    Puesto | - | Investigadora Asociada | Doctoranda
    Biografía | - | Trabaja en innovación frugal. |
    Institución | companyName | ITESO | UNAM
    País | country | México | México
    Región | state | Jalisco | Ciudad de México
    Intereses | tags | Salud frugal, Energía asequible | Agua
    Áreas generales | - | Ingeniería | Ciencias
    Idiomas | - | Español, Inglés | Español
    LinkedIn | - | https://linkedin.com/in/ada | 
    Consentimiento | - | Sí | Sí
  `),
  set({ id: 'es-conjunto-propietarios', kind: 'residential complex owner list from a Google Form (national id, tower, flat, vehicles)', lang: 'es', defaultCountry: 'CO', source: 'index:41016635463 (a condominium app\'s import guide)' }, `
    Nombre completo | name | Juan Pérez | María García
    Correo electrónico | email | juan.perez@example.com | maria.garcia@example.com
    Cédula | - | 1082123456 | 1082234567
    Torre | - | A | A
    Apartamento | - | 101 | 102
    Cantidad de carros | - | 1 | 2
    Cantidad de motos | - | 0 | 1
    Placa carro | - | ABC123 | XYZ789
    Placa moto | - | | MOT45D
  `),
  set({ id: 'es-contactos-etiquetas-observaciones', kind: 'contact import test (mobile, labels, remarks)', lang: 'es', defaultCountry: 'AR', source: 'index:58598803743 (a messaging CRM\'s import analysis test)' }, `
    Nombre completo | name | Marcos Díaz | Ana Ruiz
    Correo | email | marcos@example.com | ana@example.com
    Celular | phone | 11 4444-5555 | +54 9 11 6666-7777
    Etiquetas | tags | cliente, vip | proveedor
    Observaciones | - | Llamar por la tarde |
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
  set({ id: 'fr-contacts-texte-noheader', kind: 'contact list text file without a header row (one contact a line, semicolons)', lang: 'fr', defaultCountry: 'FR', noHeader: true, source: 'index:36017399697 (a contact manager exercise saving its list, C#)' }, `
    "" | lastName | Dubois | Lemaire | Roche
    "" | firstName | Claire | Antoine | Inès
    "" | email | claire.dubois@example.fr | antoine.lemaire@example.com | ines.roche@example.fr
    "" | phone | 0612345678 | 0145678901 | 0798765432
  `),
  set({ id: 'nl-kerk-stemming-adreslijst', kind: 'church member voting list from a Scipio export (family name first, name infix, member type)', lang: 'nl', defaultCountry: 'NL', source: 'index:41016831547 (a church\'s online voting export script, PHP)' }, `
    Achternaam | lastName | Vries | Berg
    Tussenvoegsel | - | de | van den
    Voornaam | firstName | Willem | Marieke
    Type | - | lidmaat | doopleden
    Email | email | w.devries@example.nl | marieke@example.nl
  `),
  set({ id: 'nl-donateurs-bedankbrief', kind: 'donor thank-you letter list (title and first name in one column, amount)', lang: 'nl', defaultCountry: 'NL', source: 'index:9863140454 (a magazine association\'s donor letter export, C#)' }, `
    titel_en_voornaam | firstName | Dhr. Jan | Mevr. Els
    achternaam | lastName | de Graaf | Kuipers
    adres | address1 | Molenweg 14 | Dorpsstraat 2a
    postcode | postalCode | 7411 AB | 8261 GK
    woonplaats | city | Deventer | Kampen
    email | email | jan.degraaf@example.nl |
    bedrag | - | 50,00 | 25,00
  `),
  set({ id: 'nl-adviseurs-bedrijven', kind: 'dummy advisor company list (company name, address, website)', lang: 'nl', defaultCountry: 'NL', source: 'index:37475894912 (a dummy data generator\'s CSV, Haxe)' }, `
    Bedrijfsnaam | companyName | Intermediair X | Hypotheekhuis Y
    Adres | address1 | Teststraat 101 | Kade 7
    Postcode | postalCode | 1234AA | 3011 BB
    Woonplaats | city | Testplaats | Rotterdam
    Website | website | www.intermediairx.example.nl | https://hypotheekhuis.example.nl
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
  set({ id: 'it-atleti-categoria-sesso', kind: 'sports club athlete import (family name first, category, sex)', lang: 'it', defaultCountry: 'IT', source: 'index:69087524295 (a club app\'s athlete import test)' }, `
    Cognome | lastName | Rossi | Bianchi
    Nome | firstName | Mario | Anna
    Data di nascita | dateOfBirth | 14/05/2011 | 03/12/2010
    Categoria | - | Under 14 | Under 16
    Sesso | - | M | F
    Email | email | mario.rossi@esempio.example | anna.bianchi@esempio.example
    Telefono | phone | 3331112222 | 3332223333
  `),
  set({ id: 'it-libro-soci-pec', kind: 'association member book export (certified email, member type, fee due date)', lang: 'it', defaultCountry: 'IT', source: 'index:23321297335 (an association portal\'s member book export, Laravel)' }, `
    COGNOME | lastName | Esposito | Romano
    NOME | firstName | Chiara | Stefano
    DATA DI NASCITA | dateOfBirth | 1979-04-02 | 1966-10-19
    E-MAIL | email | chiara.esposito@example.it | s.romano@example.it
    PEC | additionalEmails | chiara.esposito@pec.example.it |
    TIPOLOGIA SOCIO | - | Ordinario | Benemerito
    SCADENZA QUOTA ASSOCIATIVA | - | 2026-12-31 | 2027-12-31
  `),
  set({ id: 'it-scuola-studenti-genitore', kind: 'school student import (class, a parent\'s email, school site code)', lang: 'it', defaultCountry: 'IT', source: 'index:55313352004 (a school platform\'s README on its CSV files)' }, `
    cognome | lastName | Bianchi | Greco
    nome | firstName | Luca | Sofia
    data di nascita | dateOfBirth | 2009-04-15 | 2010-01-22
    email | email | luca.bianchi@studenti.example.it | sofia.greco@studenti.example.it
    telefono | phone | 3334445555 | 3409876543
    classe | - | 4A | 3B
    email_genitore | - | genitore@example.it | m.greco@example.it
    codice_plesso | - | SUCCURSALE | CENTRALE
  `),
  set({ id: 'it-allievi-incolla-intestazione', kind: 'pasted youth roster with a format marker line above the headers (age, phone)', lang: 'it', defaultCountry: 'IT', source: 'index:71416320389 (a volleyball club app\'s roster paste test)', above: [['CVC-ALLIEVI v1']] }, `
    Cognome | lastName | Conti | Marino
    Nome | firstName | Giada | Tommaso
    Data di nascita | dateOfBirth | 12/03/2012 | 28/09/2011
    Età | - | 14 | 14
    Telefono | phone | 347 123 4567 | 320 765 4321
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
  // ------------------------------------------------------------------------------------------------ CRM exports
  set({ id: 'suitecrm-contacts-import-full', kind: 'SuiteCRM contacts export used as an import test (primary and alternate address groups, assigned user, GDPR, geocode)', lang: 'en', defaultCountry: 'BR', source: 'index:26917788318 (a SuiteCRM import test report)' }, `
    First Name | firstName | Lucas | Paula
    Last Name | lastName | Ferreira | Souza
    ID | externalId | a1234567-b89c-40d1-a456-556642440000 | b2345678-c90d-41e2-b567-667753551111
    Salutation | - | Mr. | Ms.
    Job Title | - | Analista de Sistemas | Gerente
    Department | - | TI | Vendas
    Account Name | companyName | Liko Tintas | Casa Azul
    Email Address | email | lucas.ferreira@liko.example.com.br | paula@casaazul.example.com.br
    Non Primary E-mails | additionalEmails | lucas.alt@example.com |
    Mobile | phone | 51999999999 | 51988887777
    Office Phone | additionalPhones | 5133334444 | 5133221100
    Home | additionalPhones | 5132221111 |
    Other Phone | additionalPhones | 5144445555 |
    Fax | - | 5144455566 |
    Primary Address Street | address1 | Rua das Acácias, 123 | Rua Sete, 9
    Primary Address City | city | São Leopoldo | Porto Alegre
    Primary Address State | state | RS | RS
    Primary Address Postal Code | postalCode | 93010-020 | 90010-000
    Primary Address Country | country | Brasil | Brasil
    Alternate Address Street | - | Av. Brasil, 456 |
    Alternate Address City | - | Canoas |
    Alternate Address State | - | RS |
    Alternate Address Postal Code | - | 92425-030 |
    Alternate Address Country | - | Brasil |
    Description | - | Contato criado para demonstração de CRM |
    Birthdate | dateOfBirth | 1998-09-15 |
    Lead Source | source | Web Site | Cold Call
    Campaign ID | - | camp-001 |
    Do Not Call | - | 0 | 1
    Reports to ID | - | sup-789 |
    Assistant | - | |
    Assistant Phone | - | |
    Assigned to | owner | usuario | admin
    Assigned User | - | 9a7463a6-c950-d03e-570d-67f464f0dc9b | 1
    Date Created | - | 2025-04-21 10:00 | 2025-04-22 09:30
    Date Modified | - | 2025-04-21 10:00 | 2025-04-22 09:30
    Modified By | - | 9a7463a6-c950-d03e-570d-67f464f0dc9b | 1
    Created By | - | 9a7463a6-c950-d03e-570d-67f464f0dc9b | 1
    Deleted | - | 0 | 0
    Photo | - | |
    Lawful Basis | - | Consent |
    Lawful Basis Date Reviewed | - | 2025-04-21 |
    Lawful Basis Source | - | Website |
    Joomla Account ID | - | joomla-001 |
    Account Disabled | - | 0 | 0
    Portal User Type | - | Single user |
    Address | - | |
    Geocode Status | - | Verified |
    Longitude | - | -51.1497 | -51.2300
    Latitude | - | -29.7547 | -30.0300
  `),
  set({ id: 'sugarcrm-contacts-from-ldap', kind: 'SugarCRM contacts CSV written from an LDAP directory (DSML to CSV)', lang: 'en', source: 'index:9023914936 (an XSL stylesheet turning a DSML export into a SugarCRM contacts CSV)' }, `
    First Name | firstName | Dana | Omar
    Last Name | lastName | Whitfield | Reyes
    ID | externalId | uid=dwhitfield | uid=oreyes
    Salutation | - | Ms. | Mr.
    Title | - | Controller | Engineer
    Department | - | Finance | R&D
    Account Name | companyName | Example Corp | Example Corp
    Email Address | email | dana.whitfield@example.com | omar.reyes@example.com
    Non Primary E-mails | additionalEmails | dw@example.org |
    Mobile Phone | phone | (617) 555-0142 |
    Office Phone | additionalPhones | (617) 555-0100 | (617) 555-0101
    Home Phone | additionalPhones | |
    Other Phone | additionalPhones | |
    Fax | - | (617) 555-0199 |
    Primary Address Street | address1 | 1 Main St | 1 Main St
    Primary Address City | city | Boston | Boston
    Primary Address State | state | MA | MA
    Primary Address Postal Code | postalCode | 02110 | 02110
    Primary Address Country | country | USA | USA
    Alternate Address Street | - | |
    Alternate Address City | - | |
    Alternate Address State | - | |
    Alternate Address Postal Code | - | |
    Alternate Address Country | - | |
    Description | - | |
    Birthdate | dateOfBirth | |
    Lead Source | source | Directory | Directory
    Campaign ID | - | |
    Do Not Call | - | 0 | 0
    Reports To ID | - | |
    Assistant | - | Lee Park |
    Assistant Phone | - | (617) 555-0143 |
    Assigned User Name | owner | admin | admin
    Assigned User ID | - | 1 | 1
    Date Created | - | 2008-05-01 12:00:00 | 2008-05-01 12:00:00
    Date Modified | - | 2008-05-01 12:00:00 | 2008-05-01 12:00:00
    Modified By ID | - | 1 | 1
    Created By ID | - | 1 | 1
    Deleted | - | 0 | 0
  `),
  set({ id: 'dynamics-candidate-leads-sheet', kind: 'Dynamics 365 lead import sheet for job candidates (Address 1 columns, preferred cities and states)', lang: 'en', source: 'index:45570036749 (a recruiting app\'s Dynamics lead export route)' }, `
    Lead Updated | - | |
    Candidate Source | source | Career fair | Website
    First Name | firstName | Jordan | Alexis
    Middle Name | - | T | 
    Last Name | lastName | Brooks | Nguyen
    Mobile Phone | additionalPhones | | (512) 555-0187
    Address 1: Street 1 | address1 | 410 Elm St | 
    Address 1: Street 2 | - | Apt 3 |
    Address 1: City | city | Austin |
    ZIP/Postal Code | postalCode | 78701 | 78745
    Main Phone | phone | (512) 555-0110 | (737) 555-0144
    Primary E-mail | email | jordan.brooks@example.edu | alexis.n@example.com
    Address 1: Country/Region | country | United States | United States
    Department | - | 01 | 01
    Contact Type | - | Recruiting Contact | Recruiting Contact
    Candidate Status | - | |
    University Name | - | UT Austin | Texas State
    Univ Outreach completed by | - | Kim Lee |
    Grad Mth | - | May | Dec
    Grad Yr | - | 2026 | 2025
    Willing to Travel | - | Yes | No
    Willing to Relocate | - | No | Yes
    Discipline/Position | - | Speech Therapist | Occupational Therapist
    Diagnosis/Population Preference | - | Pediatrics |
    Position Priority 1 | - | School |
    Position Priority 2 | - | Clinic |
    Position Priority 3 | - | |
    Rating Notes | - | |
    Pref City 1 | - | Dallas |
    Pref State 2 | - | OK |
    Pref State 3 | - | |
  `),
  // ------------------------------------------------------------------------------------------------ HR, membership and event lists
  set({ id: 'hr-employee-bulk-upload-manager', kind: 'HR employee bulk upload (work and personal email, the manager\'s email)', lang: 'en', defaultCountry: 'IN', source: 'index:29196595443 (an employee perks platform\'s upload test)' }, `
    First Name | firstName | Alice | Rahul
    Last Name | lastName | Wonderland | Verma
    Work Email | email | alice@perks.example | rahul@perks.example
    Personal Email | additionalEmails | alice.personal@example.com |
    Mobile Number | phone | +919876543212 | +919812345678
    Role | - | employee | manager
    Department | - | Human Resource (HR) | Engineering
    Manager Email | - | | cto@perks.example
    Date of Birth | dateOfBirth | 1990-01-01 | 1988-07-19
    Hire Date | - | 2024-01-01 | 2022-03-14
  `),
  set({ id: '7shifts-employees-wage', kind: '7shifts employee import (wage, departments, roles)', lang: 'en', source: 'index:53254465558 (a scheduling app\'s 7shifts mock CSV generator)' }, `
    Employee ID | externalId | 1001 | 1002
    First Name | firstName | Maya | Leo
    Last Name | lastName | Torres | Grant
    Email | email | maya.torres@example.com | leo.grant@example.com
    Phone | phone | +14155550123 | +13125550188
    Wage | - | 18.50 | 21.00
    Departments | - | Bar | Kitchen
    Roles | - | Bartender;Barback | Line Cook
  `),
  set({ id: 'hr-staff-export-london', kind: 'staff directory export (UK, joined and added dates in a named time zone)', lang: 'en', defaultCountry: 'GB', source: 'index:62611713099 (a field service app\'s user export test)' }, `
    Employee ID | externalId | SNT-0007 | SNT-0008
    First Name | firstName | Karthik | Olivia
    Last Name | lastName | R | Hughes
    Email | email | karthik@example.com | olivia.hughes@example.com
    Phone | phone | 07700900123 | 07700900456
    Role | - | Field Engineer | Admin
    Job Title | - | Field Engineer | Office Manager
    Department | - | Operations | Office
    Status | - | active | active
    Joined (Europe/London) | - | 01/03/2026 | 15/09/2024
    Added (Europe/London) | - | 01/04/2026 | 15/09/2024
  `),
  set({ id: 'hr-managers-template-reporting', kind: 'manager import template (office, reporting manager, salary)', lang: 'en', defaultCountry: 'IN', source: 'index:57355848188 (an office suite\'s manager import dialog)' }, `
    Employee ID | externalId | EMP-1100 | EMP-1101
    First Name | firstName | Raj | Sneha
    Last Name | lastName | Malhotra | Iyer
    Email | email | raj.malhotra@ofc.example | sneha.iyer@ofc.example
    Phone | phone | +91 98989 89898 | +91 98450 12345
    Department | - | Engineering | Finance
    Designation | - | Engineering Manager | Finance Lead
    Office | - | Bengaluru Tech Park | Mumbai HQ
    Status | - | active | active
    Role | - | team_lead | team_lead
    Reporting Manager | - | Rohan Mehta | Anita Desai
    Joining Date | - | 2026-06-01 | 2025-02-10
    Salary | - | 110000 | 98000
  `),
  set({ id: 'smartsuite-household-contacts', kind: 'SmartSuite contacts export (household links, record ids)', lang: 'en', source: 'index:67118732271 (an insurance agency\'s SmartSuite CSV parser test)' }, `
    SS Contact ID | contactId | C-00412 | C-00413
    Record ID | - | 64f1a2b3c4d5e6f708192a3b | 64f1a2b3c4d5e6f708192a3c
    Household Primary Contact | - | Dan Miller | Dan Miller
    Household Member | - | Sue Miller | 
    Role in Household | - | Primary | Spouse
    First Name | firstName | Dan | Sue
    Last Name | lastName | Miller | Miller
    Date of Birth | dateOfBirth | 03/14/1971 | 08/02/1973
    Phone | phone | (614) 555-0190 | (614) 555-0191
    Email | email | dan.miller@example.com | sue.miller@example.com
    primary household rec id | - | 64f1a2b3c4d5e6f7081900aa | 64f1a2b3c4d5e6f7081900aa
    household member rec id | - | 64f1a2b3c4d5e6f7081900ab |
  `),
  set({ id: 'wedding-guests-rejected-export', kind: 'wedding guest list export of rows not imported (household, meal, side, plus one, problem)', lang: 'en', source: 'index:70397622100 (an event planner\'s guest import test)' }, `
    Household | - | The Boatengs | Ortiz family
    First name | firstName | Ama | Rosa
    Last name | lastName | Boateng | Ortiz
    Age | - | adult | teenager
    Meal | - | Fish | Vegetarian
    Side | - | Bride | Groom
    VIP | - | yes |
    Tags | tags | college friends | family
    Email | email | ama@example.test |
    Phone | phone | +1 202 555 0114 |
    Dietary | - | | nut allergy
    Accessibility | - | wheelchair |
    Address | address1 | 12 Oak St, Dover, DE 19901 |
    Plus one | - | yes | no
    Problem | - | Reason invalid_age | Reason missing_name
  `),
  set({ id: 'college-counseling-households', kind: 'college counseling client import (a parent\'s name and email, the counselor\'s email)', lang: 'en', source: 'index:67138722253 (a counseling app\'s end-to-end test)' }, `
    Household | - | Rivera Household | Chen Household
    First Name | firstName | Maya | Ethan
    Last Name | lastName | Rivera | Chen
    Class of | - | 2028 | 2027
    School | - | Lincoln High | Import High
    Parent First Name | - | Ana | Grace
    Parent Last Name | - | Rivera | Chen
    Parent Email | - | ana@example.com | grace.chen@example.com
    Counselor Email | - | coach@firm.example | coach@firm.example
  `),
  set({ id: 'wedding-envelopes-category', kind: 'wedding invitation list (household, envelope name, category)', lang: 'en', source: 'index:63569830281 (a wedding site\'s CSV validation test)' }, `
    Household | - | Group B | Group D
    Envelope Name | - | Ben Two & | Mr. and Mrs. Four
    First Name | firstName | Ben | Dana
    Last Name | lastName | Two | Four
    Category | tags | Relatives | Friends
  `),
  set({ id: 'batchleads-owner-leads', kind: 'BatchLeads real-estate lead export (the property\'s address apart from the owner\'s mailing address, phone DNC flags, a second owner)', lang: 'en', source: 'index:54247323255 (a lead tool\'s CSV parser plan)' }, `
    First Name | firstName | Jane | Robert
    Last Name | lastName | Doe | Hall
    Phone 1 | phone | 5551111111 | 2145550134
    Phone 1 DNC | - | N | Y
    Phone 1 TYPE | - | Mobile | Landline
    Phone 2 | additionalPhones | 5552222222 |
    Phone 2 DNC | - | N |
    Phone 2 TYPE | - | Landline |
    Property Address | - | 123 Main St | 88 Cedar Ln
    Property City | - | Dallas | Plano
    Property State | - | TX | TX
    Property Zip | - | 75201 | 75023
    Mailing Address | address1 | 9 Oak Ave, Dallas, TX 75204 | 88 Cedar Ln, Plano, TX 75023
    Property Type Detail | - | Single Family | Condo
    Bedroom Count | - | 3 | 2
    Bathroom Count | - | 2 | 2
    Total Building Area Square Feet | - | 1850 | 1200
    Year Built | - | 1978 | 2004
    Estimated Value | - | 325000 | 240000
    Total Assessed Value | - | 298000 | 221000
    Ltv Current Estimated Combined | - | 42 | 0
    Equity Current Estimated Balance | - | 188000 | 240000
    Owner Occupied | - | No | Yes
    Last Sale Date | - | 2011-06-14 | 2004-09-01
    Last Sale Price | - | 165000 | 158000
    Loan Recording Date | - | 2011-06-20 |
    Owner 2 First Name | - | John |
    Is Vacant | - | No | No
    Opt-Out | - | No | No
    Litigator | - | No | No
    Foreclosure Status | - | |
    Mls Status | - | Off Market | Off Market
    Created Date | - | 2026-05-01 | 2026-05-01
    List Count | - | 2 | 1
  `),
  set({ id: 'verity-admissions-leads', kind: 'admissions CRM lead export (typed emails and phones, advisor, state and province)', lang: 'en', source: 'index:15049477996 (a school\'s lead export task for the Verity CRM, Ruby)' }, `
    SchoolName | - | Example College | Example College
    CampusName | - | Downtown | Online
    SchoolID | - | 1042 | 1042
    FirstName | firstName | Tyler | Priya
    LastName | lastName | Grant | Shah
    MI | - | J |
    Gender | - | M | F
    Salutation | - | Mr. | Ms.
    LeadStatus | - | New | Contacted
    LeadSourceCategory | - | Web | Event
    LeadSource | source | Website inquiry | College fair
    OptIn | - | Yes | No
    Email 1 Type | - | Home | Home
    Email 1 | email | tyler.grant@example.com | priya.shah@example.com
    Email 2 Type | - | | Work
    Email 2 | additionalEmails | | pshah@work.example.com
    Phone 1 Type | - | Cell | Home
    Phone 1 | phone | (303) 555-0161 | (416) 555-0177
    Phone 2 Type | - | | Cell
    Phone 2 | additionalPhones | | (416) 555-0178
    Program Code | - | BSN | MBA
    ProgramOfInterest | - | Nursing | Business Administration
    TermStartOfInterest | - | Fall 2026 | Spring 2027
    LeadDateTime | - | 2026-03-02 14:05 | 2026-03-03 09:40
    AdmissionsAdvisor | owner | Kelly Moss | Kelly Moss
    Address | address1 | 77 Pine St | 12 King St W
    City | city | Denver | Toronto
    State | state | CO |
    Province | - | | ON
    Zip | postalCode | 80202 | M5H 1A1
    Country | country | USA | Canada
    Ethnicity | - | |
    Citizenship | - | US | CA
    Nationality | - | American | Canadian
    EmploymentStatus | - | Employed | Employed
    HighSchoolGradYR | - | 2019 | 2012
    DateOfBirth | dateOfBirth | 2001-04-09 | 1994-12-21
  `),
  // ------------------------------------------------------------------------------------------------ shop customers
  set({ id: 'magento-customer-composite', kind: 'Magento customer composite import (the customer\'s address-book columns, the only address)', lang: 'en', defaultCountry: 'GB', source: 'index:65870184504 (a Magento setup tool\'s customer import README)' }, `
    email | email | test@example.co.uk | amy.ward@example.co.uk
    _website | - | base | base
    _store | - | admin | default
    firstname | firstName | Test | Amy
    gender | - | | 2
    group_id | - | 1 | 1
    lastname | lastName | Test | Ward
    middlename | - | |
    prefix | - | | Mrs
    _address_city | city | Leeds | York
    _address_company | companyName | | Ward & Co
    _address_country_id | country | GB | GB
    _address_fax | - | |
    _address_firstname | - | Test | Amy
    _address_lastname | - | Test | Ward
    _address_middlename | - | |
    _address_postcode | postalCode | LS1 4AP | YO1 7HH
    _address_prefix | - | |
    _address_region | state | West Yorkshire | North Yorkshire
    _address_street | address1 | 1 Park Row | 12 Stonegate
    _address_suffix | - | |
    _address_telephone | phone | 0113 496 0000 | 01904 496123
    _address_vat_id | - | | GB123456789
    _address_default_billing_ | - | 1 | 1
    _address_default_shipping_ | - | | 1
  `),
  set({ id: 'magento-customers-main-file', kind: 'Magento customers main file (password hash, reset token, tax number)', lang: 'en', source: 'index:2424785626 (Adobe Commerce support article, French edition, sample customer.csv)' }, `
    email | email | adb@example.com | jon.doe@example.com
    _website | - | ws1 | base
    _store | - | sv111 | default
    confirmation | - | |
    created_at | - | 09/01/24 12:49 | 10/01/24 08:12
    created_in | - | Default Store View | Default Store View
    disable_auto_group_change | - | 0 | 0
    dob | dateOfBirth | | 1985-06-30
    firstname | firstName | Jon | Jane
    gender | - | | 2
    group_id | - | 1 | 1
    lastname | lastName | Doe | Doe
    middlename | - | |
    password_hash | - | d708be3fe0fe0120840e8b13c8faae97:mgLqkqgT:1 |
    prefix | - | |
    rp_token | - | 07e71459c137f4da15292134ff459cba |
    rp_token_created_at | - | 30/10/15 12:49 |
    store_id | - | 1 | 1
    suffix | - | |
    taxvat | - | |
    updated_at | - | 09/01/24 12:49 | 10/01/24 08:12
    website_id | - | 1 | 1
    password | - | |
  `),
  // ------------------------------------------------------------------------------------------------ help desk, marketing, community
  set({ id: 'zendesk-users-bulk-import', kind: 'Zendesk user bulk import file (role, restriction, organization, tags)', lang: 'en', source: 'index:33339320302 (a help desk migration\'s Zendesk users CSV writer, Java)' }, `
    name | name | Priya Raman | Tom Becker
    email | email | priya.raman@example.com | tom.becker@example.com
    external_id | externalId | CUST-1001 | CUST-1002
    details | - | Prefers email | 
    notes | - | | Escalate billing issues
    phone | phone | +1 408 555 0123 |
    role | - | end-user | end-user
    restriction | - | requested | organization
    organization | companyName | Globex | Initech
    tags | tags | vip enterprise | trial
  `),
  set({ id: 'app-stuck-users-export', kind: 'app user export of users who stalled (segment, sign-up and last-seen dates, no email)', lang: 'en', source: 'index:70995423595 (a travel expense app\'s admin export test)' }, `
    Name | name | Maya "M" Iyer | Chris Bell
    Segment | - | No trip yet | Quiet
    Signed up | - | 2026-09-30 | 2026-08-02
    Last seen | - | 2026-09-19 | 2026-09-01
    Trips | - | 0 | 3
    Expenses | - | 0 | 12
    Days stuck | - | 3 | 14
  `),
  // ------------------------------------------------------------------------------------------------ mixed-language headers
  set({ id: 'mixed-evento-invitados-mesa', kind: 'event guest import (Spanish and English headers, table number, dietary needs)', lang: 'mixed', defaultCountry: 'AR', source: 'index:41383509627 (an event manager\'s guest import spec)' }, `
    nombre | firstName | Juan | Valeria
    apellido | lastName | Pérez | Gómez
    email | email | juan@example.com | valeria.gomez@example.com.ar
    phone | phone | 1134567890 | +54 9 11 2345-6789
    company | companyName | Empresa SA | 
    mesaNumero | - | 5 | 12
    dietaryRestrictions | - | VEGANO,SIN_GLUTEN |
    observaciones | - | VIP |
  `),
  set({ id: 'odoo-res-partner-rpa-import', kind: 'Odoo contacts import with technical field names (external id, parent company, tags by id)', lang: 'en', defaultCountry: 'MX', source: 'index:70656839749 (an RPA flow building an Odoo customers import table)' }, `
    id | externalId | rpa_cliente_0001 | rpa_cliente_0002
    name | name | Distribuidora del Norte | Laura Méndez
    company_type | - | company | person
    parent_id | companyName | | Distribuidora del Norte
    email | email | ventas@dnorte.example.mx | laura.mendez@dnorte.example.mx
    phone | phone | +52 81 1234 5678 | +52 81 8765 4321
    street | address1 | Av. Constitución 100 | Av. Constitución 100
    street2 | - | Piso 3 |
    city | city | Monterrey | Monterrey
    state_id | state | Nuevo León | Nuevo León
    zip | postalCode | 64000 | 64000
    country_id | country | Mexico | Mexico
    vat | - | DNO010101AB1 |
    Website Link | website | https://dnorte.example.mx |
    category_id/id | tags | rpa_tag_rpa | rpa_tag_rpa
    ref | - | CLI-0001 | CLI-0002
    comment | - | Cliente creado por RPA |
  `),
  set({ id: 'appfolio-vendor-directory', kind: 'AppFolio vendor directory (company and person name, labelled phone numbers, split address)', lang: 'en', source: 'index:70726966070 (a property maintenance app\'s AppFolio vendor parser test)' }, `
    company name | companyName | | Windy City Roofing
    NAME | name | Lee, Ann | Marco Diaz
    phone numbers | phone | Phone: 312-555-0111 | Phone: 773-555-0190, Fax: 773-555-0191
    EMAIL | email | ann@example.com | marco@windycity.example.com
    Street Address 1 | address1 | 9 Elm St | 400 W Lake St
    Street Address 2 | - | Apt 2 |
    City | city | Evanston | Chicago
    State | state | il | IL
    Zip | postalCode | 60201 | 60606
  `),
  set({ id: 'mailing-subscribers-upload', kind: 'print-mailing subscriber upload (header row rewritten by the app, emails last)', lang: 'en', source: 'index:9527947570 (a direct-mail app\'s subscriber upload, Angular)' }, `
    First Name | firstName | Helen | Victor
    Last Name | lastName | Park | Okafor
    Street Address 1 | address1 | 55 Birch Rd | 1200 Market St
    Street Address 2 | - | | Suite 4
    City | city | Portland | Philadelphia
    State | state | OR | PA
    Zip | postalCode | 97205 | 19107
    Email(s) | email | helen.park@example.com | victor@example.org
  `),
  set({ id: 'simplereport-patients-export', kind: 'public-health testing app patient export (phone numbers and emails lists, demographics, facilities)', lang: 'en', source: 'index:10898676210 (SimpleReport\'s CSV export service test, Java)' }, `
    First name | firstName | John | Ana
    Middle name | - | Michael |
    Last name | lastName | Doe | Rivera
    Suffix | - | |
    Birth date | dateOfBirth | 01/15/1990 | 07/30/2008
    Street address 1 | address1 | 123 Main St | 9 River Rd
    Street address 2 | - | Apt 4B |
    City | city | Anytown | Albany
    County | - | Test County | Albany
    State | state | NY | NY
    Postal code | postalCode | 12345 | 12207
    Country | country | USA | USA
    Phone numbers | phone | 555-1234 | (518) 555-0199
    Emails | email | john.doe@example.com | 
    Race | - | White | Other
    Sex | - | M | F
    Ethnicity | - | Not Hispanic | Hispanic
    Role | - | STUDENT | STAFF
    Facilities | - | Test Facility | Test Facility
    Employed in healthcare? | - | false | true
    Group or shared housing resident? | - | false | false
    Tribal affiliation | - | Cherokee |
    Preferred language | - | English | Spanish
    Notes | - | |
  `),
  set({ id: 'nbs-bulk-patient-import', kind: 'surveillance system bulk patient import (home, work and cell phones, identifiers by type)', lang: 'en', source: 'index:9238939936 (a bulk patient import script\'s input format, Ruby)' }, `
    Information as of Date | - | 03/01/2026 | 03/02/2026
    Comments | - | |
    Last | lastName | Smith | Johnson
    First | firstName | Alex | Maria
    Middle | - | R |
    Suffix | - | | Jr
    Date of birth | dateOfBirth | 05/12/1980 | 11/03/1975
    Current sex | - | M | F
    Birth sex | - | M | F
    Is this patient deceased? | - | No | No
    Date of death | - | |
    Marital Status | - | Single | Married
    State HIV case ID | - | HIV-000123 | HIV-000124
    Street address 1 | address1 | 10 Pine St | 44 Oak Ave
    Street address 2 | - | |
    City | city | Atlanta | Macon
    State | state | GA | GA
    Zip | postalCode | 30303 | 31201
    County | - | Fulton | Bibb
    Census Tract | - | 0119.00 | 0105.00
    Country | country | United States | United States
    Home phone | additionalPhones | 404-555-0100 |
    Work phone | additionalPhones | | 478-555-0120
    Ext | - | | 12
    Cell phone | phone | 404-555-0111 | 478-555-0133
    Email | email | alex.smith@example.com |
    Ethnicity | - | Not Hispanic or Latino | Hispanic or Latino
    Race | - | Black or African American | White
    ID type | - | Medical record number | Medicaid number
    Assigning authority | - | Grady | GA Medicaid
    ID value | - | MRN445566 | 987654321
  `),
  set({ id: 'texas-campaign-contributors', kind: 'campaign finance contribution report (contributor names and addresses, employer, amounts)', lang: 'en', source: 'index:18208912086 (a campaign finance fetcher\'s README)' }, `
    Unique ID | - | 2 | 28
    Entity Code | - | IND | IND
    Last/Organization Name | lastName | London | Anwar
    First Name(s) | firstName | Stacy | S. Javaid
    Title | - | | Mr. and Mrs.
    Suffix | - | |
    Street Address 1 | address1 | 12 Memorial Dr | 400 W Wall St
    Street Address 2 | - | |
    City | city | Houston | Midland
    State | state | TX | TX
    ZIP Code | postalCode | 77024 | 79705
    Date | - | 20130617 | 20130620
    Amount/In-kind Value | - | 400.00 | 16250.00
    Description | - | | (See travel info)
    Employer | companyName | Self | Midland Energy
    Principal Occupation/Job Title | - | Real Estate | Owner/President
    Travel Outside Texas (If In-kind) | - | | X
  `),
  set({ id: 'mixed-prenom-nom-phone', kind: 'contact test file for a call-centre platform (French and English headers)', lang: 'mixed', defaultCountry: 'FR', source: 'index:9298696984 (a call-centre platform\'s file processing test guide)' }, `
    Prénom | firstName | Jean | Marie
    Nom | lastName | Dupont | Martin
    Email | email | jean.dupont@example.com | marie.martin@example.com
    Phone | phone | +33123456789 | +33987654321
  `),
  // ------------------------------------------------------------------------------------------------ Google Forms
  set({ id: 'google-forms-choir-registration', kind: 'Google Forms responses (student id, WhatsApp number, voice type, date of birth, landmark)', lang: 'en', defaultCountry: 'LK', source: 'index:71058220902 (a choir app\'s registration import test)' }, `
    Timestamp | - | 2026/01/12 9:14:02 AM GMT+5:30 | 2026/01/12 10:40:51 AM GMT+5:30
    Email Address | email | amaya@iit.example.lk | kasun@iit.example.lk
    First Name | firstName | Amaya | Kasun
    Last Name | lastName | Perera | Silva
    IIT Student ID | externalId | W2024001 | W2023117
    WhatsApp Number | phone | +94771111111 | 0712345678
    Voice Type (Section in choir) | - | ALTO | TENOR
    Current Year of Study | - | L4 | L5
    Date of Birth | dateOfBirth | 2004-03-09 | 2002-11-23
    Status | - | New | Returning
    Location(Nearerst Landmark) | - | Wellawatte | Nugegoda
    Dietary Preferences | - | Vegetarian |
  `),
  set({ id: 'google-forms-hiring-roster', kind: 'Google Forms responses (a second email question, resume upload, links, essay questions)', lang: 'en', source: 'index:69489131472 (a student club\'s hiring roster test)' }, `
    Timestamp | - | 1/20/2026 18:02:11 | 1/21/2026 09:45:30
    Email Address | email | ada2@illinois.example.edu | grace3@illinois.example.edu
    First Name | firstName | Ada | Grace
    Last Name | lastName | Lovelace | Hopper
    Phone | phone | (217) 555-0101 | 217-555-0144
    Email Address | additionalEmails | ada@example.com | grace.h@example.com
    Grade | - | Senior | Junior
    Upload your resume | - | https://drive.google.com/open?id=1aB | https://drive.google.com/open?id=2cD
    Why do you want to be part of Revamp? | - | To build things | To learn
    How do you use AI in your current workflow? | - | Code review | Research
    Any links you want to add (Eg LinkedIn, Github, Personal Website, etc.) | - | https://github.com/example-ada | https://linkedin.com/in/example-grace
    What is one project you are really proud of? If you had to remake it today what would you change ? | - | A compiler | A chess engine
  `),
  set({ id: 'google-forms-badminton-signup', kind: 'Google Forms responses (gender, skill level, university id, university question)', lang: 'en', defaultCountry: 'NZ', source: 'index:53234127701 (a badminton club\'s user import route)' }, `
    Timestamp | - | 21/07/2025 10:04:21 | 21/07/2025 11:30:02
    Email address | email | mia.wong@example.ac.nz | liam.ngata@example.ac.nz
    First name | firstName | Mia | Liam
    Last name | lastName | Wong | Ngata
    Gender | - | female | male
    Skill level | - | Intermediate | Beginner
    UoA ID number | externalId | 712345678 | 798765432
    Which university are you currently studying at? | - | University of Auckland | AUT
  `),
  set({ id: 'google-forms-lab-image-student-id', kind: 'Google Forms responses (student id)', lang: 'en', source: 'index:55624369075 (a lab image grader\'s form import test)' }, `
    Timestamp | - | 2026/04/16 1:00:00 PM EST | 2026/04/16 1:05:12 PM EST
    Email Address | email | pat@example.edu | sam@example.edu
    First Name | firstName | Pat | Sam
    Last Name | lastName | Roe | Lee
    Student ID | externalId | 900000001 | 900000002
  `),
  // ------------------------------------------------------------------------------------------------ event registrations
  set({ id: 'eventbrite-attendees-questions', kind: 'Eventbrite attendee export (custom questions: company, age check)', lang: 'en', source: 'index:71627695191 (a venue planner\'s Eventbrite reader test)' }, `
    Order # | - | 1001 | 1002
    Order Date | - | 2026-10-01 | 2026-10-02
    First Name | firstName | Rosa | Sam
    Last Name | lastName | Delgado | Ortiz
    Email | email | Rosa@Example.com | sam@example.com
    Quantity | - | 1 | 1
    Ticket Type | - | Colgrid Pilot | Colgrid Pilot
    Attendee Status | - | Attending | Refunded
    Who are you coming with? | - | Friends | Solo
    I'm 18 or older | - | Yes | Yes
  `),
  set({ id: 'mixed-eventbrite-italian-question', kind: 'Eventbrite attendee export with an Italian custom question (English vendor headers)', lang: 'mixed', defaultCountry: 'IT', source: 'index:70166920149 (a political newsletter\'s list merger test)' }, `
    Order # | - | 111 | 112
    Order Date | - | 2025-03-10 18:00 | 2025-03-10 18:05
    First Name | firstName | Paolo | Elena
    Last Name | lastName | Blu | Viola
    Email | email | paolo@esempio.example | elena@esempio.example
    Event Name | - | Politicare Live Roma | Politicare Live Roma
    Ticket Type | - | Ingresso | Ingresso
    Attendee Status | - | Attending | Attending
    Tieni informato dall'organizzatore | - | Sì | No
  `),
];
