// The sixth held-out part of the auto-mapping corpus, second file (see corpus-format.ts): 41 header sets (503
// columns, 228 of them expected to map) in Spanish, Portuguese, French and Italian, and English exports of tools no
// older part uses (Benevity, Xero, Donorbox, NationBuilder), from sources none of the other parts use, found in the public code index (export writers, importer templates and tests, hand-made lists and
// documentation) and written down, with the mapping a careful person would choose by the field definitions and the
// issue's rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper. "index:N" names
// the index file the header text was read from (the index does not name its repository); the kind says what the
// file is. Sample values are made up in the shape of each file's own (no personal data from the sources is copied).
//
// The choices are the fourth held-out part's (corpus-heldout4.ts), written once so every set follows them:
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

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout6' }, table);

export const HELDOUT6B: CorpusSet[] = [
  // ------------------------------------------------------------------------------------------------ Spanish
  set({ id: 'es-tpv-clientas-peluqueria', kind: 'hair salon POS customer export (customer code, typed phones, tax id, visit dates, birthday)', lang: 'es', defaultCountry: 'ES', source: 'index:69431185563 (a salon app\'s import test of a POS screen export)' }, `
    Código | externalId | 42 | 118
    Nombre | firstName | Lucía | Marta
    Apellidos | lastName | Herrero Gil | Domínguez
    DNI/CIF | - | 12345678Z | X1234567L
    Email | email | lucia.herrero@example.es |
    Tel. Móvil | phone | 612 345 678 | 655 443 221
    Tel. Fijo | additionalPhones | 913 222 111 |
    Dirección | address1 | Calle Mayor 12, 3º B | Av. de la Paz 7
    C.P. | postalCode | 28013 | 46001
    Población | city | Madrid | Valencia
    Provincia | state | Madrid | Valencia
    Fecha Alta | - | 15/02/2024 | 03/09/2025
    Última Visita | - | 10/03/2026 | 21/11/2026
    Cumpleaños | dateOfBirth | 01/01/1990 | 17/06/1978
  `),
  set({ id: 'es-autoescuela-alumnos', kind: 'driving school student list (national id, licence type, instructor, car, balance)', lang: 'es', defaultCountry: 'ES', source: 'index:71623716566 (a driving school app\'s migration test)' }, `
    Nombre | firstName | Ana | Eva
    Apellidos | lastName | García López | Sanz
    DNI | - | 12345678Z | X1234567L
    Teléfono | phone | 600111222 | 611222333
    Permiso | - | B | A2
    Profesor | - | Javier Ruiz |
    Coche | - | Ibiza 1234 BCD |
    Saldo | - | 100 | 0
  `),
  set({ id: 'es-empleados-fichero-titulacion', kind: 'employee file written by a training exercise (employee number, national id, degree)', lang: 'es', defaultCountry: 'ES', source: 'index:30592050245 (a C# employee manager writing Empleados.txt)' }, `
    Numero de Empleado | externalId | 1 | 2
    Nombre | firstName | Pedro | Laura
    Apellidos | lastName | Sánchez Ortiz | Molina
    Dni | - | 23456789D | 34567890V
    Fecha de Nacimiento | dateOfBirth | 12/04/1985 | 30/09/1992
    Titulacion | - | Ingeniero | Técnico Superior
  `),
  set({ id: 'es-titulados-fichero', kind: 'people file with national id and highest degree (hand-made exercise)', lang: 'es', defaultCountry: 'ES', source: 'index:18411028099 (a C# file writer\'s header line)' }, `
    Nombre | firstName | Rosa | Andrés
    Apellidos | lastName | Navarro | Castillo Ruiz
    DNI | - | 45678901G | 56789012B
    Fecha de Nacimiento | dateOfBirth | 05/03/1980 | 22/11/1999
    Titulacion Mas Alta | - | Doctorado | Grado
  `),
  set({ id: 'es-app-usuarios-puntos', kind: 'loyalty app user export (role, points)', lang: 'es', defaultCountry: 'ES', source: 'index:160304051 (a Flutter admin screen\'s CSV export)' }, `
    Nombre | firstName | Sergio | Nuria
    Apellidos | lastName | Vidal | Prieto Gómez
    Email | email | sergio.vidal@example.es | nuria@example.es
    Teléfono | phone | 622 100 200 | +34 699 887 766
    Rol | - | cliente | admin
    Puntos | - | 120 | 0
  `),
  set({ id: 'es-personas-sin-cabecera', kind: 'people file without a header row (first name; surnames; national id; ISO birth date)', lang: 'es', defaultCountry: 'ES', noHeader: true, source: 'index:35928905260 (a Java exercise reading a semicolon file with no header)' }, `
    "" | firstName | Carmen | Jorge | Elena
    "" | lastName | Ruiz Pardo | Iglesias | Santos Vega
    "" | - | 11223344B | 22334455Y | 33445566F
    "" | dateOfBirth | 1988-02-14 | 1975-07-01 | 2001-12-30
  `),
  set({ id: 'es-staffhub-personal-informe', kind: 'HR staff report with a title, generation date and filter lines above the headers (job, department, project, role, status)', lang: 'es', defaultCountry: 'ES', source: 'index:69389054248 (a staff management app\'s report exporter, Kotlin)', above: [['INFORME DE GESTIÓN DE PERSONAL - STAFFHUB'], ['Fecha de Generación', '2026-11-30'], ['Filtro Departamento', 'Todos'], [''], ['--- LISTADO DE PERSONAL ---']] }, `
    ID | externalId | 7 | 12
    Nombre | name | Alberto Campos | Irene Soto
    Email | email | alberto.campos@example.es | irene.soto@example.es
    Teléfono | phone | +34 611 234 567 | 644 321 987
    Cargo | - | Técnico de soporte | Jefa de proyecto
    Departamento | - | IT | Operaciones
    Proyecto | - | Migración ERP | Apertura Bilbao
    Área Funcional | - | Sistemas | Gestión
    Rol Sistema | - | Empleado | Supervisor
    Estado | - | Activo | De vacaciones
    Fecha Ingreso | - | 2023-03-01 | 2021-10-15
  `),
  set({ id: 'es-clientes-nif-descuento', kind: 'customer directory string (tax id, discount percentage)', lang: 'es', defaultCountry: 'ES', source: 'index:15197828414 (a Python exercise\'s customer directory)' }, `
    nif | - | 01234567L | 71476342J
    nombre | name | Tomás Rey | Beatriz Luna
    email | email | tomasrey@example.es | beatriz@example.es
    teléfono | phone | 656343576 | 692839321
    descuento | - | 12.5 | 8
  `),
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-clientes-export-endereco', kind: 'client export with a split Brazilian address (document, CEP, street, number, complement, district)', lang: 'pt', defaultCountry: 'BR', source: 'index:61562616513 (a client control API\'s CSV export, C#)' }, `
    Nome | firstName | Juliana | Marcelo
    Sobrenome | lastName | Castro | Oliveira Neto
    Email | email | juliana.castro@example.com.br | marcelo@example.com.br
    Telefone | phone | (11) 98765-4321 | (31) 3222-1100
    Documento | - | 123.456.789-09 | 987.654.321-00
    Data de Nascimento | dateOfBirth | 14/05/1991 | 02/12/1968
    CEP | postalCode | 01310-100 | 30130-010
    Rua | address1 | Avenida Paulista | Rua da Bahia
    Número | - | 1578 | 905
    Complemento | - | Apto 42 |
    Bairro | - | Bela Vista | Centro
    Cidade | city | São Paulo | Belo Horizonte
    Estado | state | SP | MG
  `),
  set({ id: 'pt-leads-upload-comite', kind: 'lead upload template (product, committee, how they heard of us, tag)', lang: 'pt', defaultCountry: 'BR', source: 'index:51831485853 (a lead registration page\'s upload instructions)' }, `
    nome | firstName | Bruna | Felipe
    sobrenome | lastName | Martins | Araújo
    email | email | bruna.martins@example.com.br | felipe@example.com.br
    telefone | phone | 41999887766 | (41) 98877-6655
    nascimento | dateOfBirth | 23/07/2001 | 11/01/1999
    produto | - | Voluntário Global | Talento Global
    comite | - | Curitiba | Curitiba
    como_conheceu | source | Instagram | Indicação de amigo
    tag | tags | feira-2026 | palestra
  `),
  set({ id: 'pt-contatos-modelo-unidade', kind: 'contact lead import template (CPF, unit, notes)', lang: 'pt', defaultCountry: 'BR', source: 'index:71400356552 (a clinic CRM\'s contact import test)' }, `
    Nome | name | Maria Silva | Roberto Nunes
    E-mail | email | maria@example.com.br |
    Telefone | phone | (11) 91234-5678 | 11 3456-7890
    CPF | - | 529.982.247-25 |
    Unidade | - | Unidade Centro | Unidade Norte
    Observações | - | Prefere contato à tarde |
  `),
  set({ id: 'pt-pessoas-cpf-nascimento', kind: 'hand-made people list (CPF, birth date)', lang: 'pt', defaultCountry: 'BR', source: 'index:46070551 (a regex tutorial\'s database.csv)' }, `
    Nome | name | Luiz Fernando Prado | Tatiane Moraes
    E-mail | email | luizprado@example.com | tati@example.com.br
    Telefone | phone | (49) 92361-0000 | (95) 92589-1111
    CPF | - | 83085126406 | 18440126387
    Data de nascimento | dateOfBirth | 22/07/1985 | 19/03/1993
  `),
  set({ id: 'pt-familias-migracao', kind: 'family register migration export (city, state, birth date, original id)', lang: 'pt', defaultCountry: 'BR', source: 'index:53938456395 (a migration script exporting an old Firestore collection)' }, `
    Nome | name | Sandra Ribeiro | Paulo Henrique Cruz
    Email | email | sandra.ribeiro@example.com | sem_email
    Telefone | phone | 62999990000 | 62 3333-4444
    Cidade | city | Goiânia | Anápolis
    Estado | state | GO | GO
    DataNascimento | dateOfBirth | 1979-08-30 |
    ID_Original | externalId | aZ3kP9qL2mXw | Qr7tY1uI8oPs
  `),
  set({ id: 'pt-forms-alunos-esporte', kind: 'Google Forms responses for school sports (timestamp, student number, guardian\'s name and phone, sport)', lang: 'pt', defaultCountry: 'BR', source: 'index:52325406734 (a school sports app\'s Google Forms import test)' }, `
    Carimbo de data/hora | - | 12/03/2026 10:00:00 | 12/03/2026 11:42:17
    Nome completo | name | Larissa Campos | Gabriel Pinto
    RA | externalId | 2025207385 | 2025104411
    Data de nascimento | dateOfBirth | 01/02/2008 | 15/10/2009
    Email | email | larissa@example.com | gabriel.pinto@example.com
    Nome do responsável | - | Cláudia Campos | Sérgio Pinto
    Telefone do responsável | - | 41999998888 | (41) 98765-0000
    Modalidade | - | Vôlei | Futsal
  `),
  set({ id: 'pt-escola-alunos-completo', kind: 'school student register (RG, CPF, typed phones, address, fee day, guardian\'s name and phone, status)', lang: 'pt', defaultCountry: 'BR', source: 'index:31717448323 (a school admin\'s table description, PHP)' }, `
    Código | externalId | 101 | 102
    Nome | name | Vitória Almeida | Caio Barbosa
    RG | - | 12.345.678-9 | 23.456.789-0
    CPF | - | 123.456.789-09 |
    Telefone Fixo | additionalPhones | (16) 3333-2222 |
    Telefone Celular | phone | (16) 99123-4567 | (16) 98888-7777
    Data de Nascimento | dateOfBirth | 10/04/2012 | 28/08/2011
    CEP | postalCode | 14010-000 | 14020-260
    Endereço | address1 | Rua Sete de Setembro, 120 | Av. Independência, 45
    Dia do Pagamento da Mensalidade | - | 10 | 5
    Cidade | city | Ribeirão Preto | Ribeirão Preto
    Estado | state | SP | SP
    Bairro | - | Centro | Jardim Sumaré
    Complemento | - | Casa 2 |
    Nome do Responsável | - | Denise Almeida | Márcio Barbosa
    Telefone do Responsável | - | (16) 99777-1234 | (16) 99666-4321
    Observação | - | Alergia a amendoim |
    Situação | - | Ativo | Trancado
  `),
  set({ id: 'pt-atletas-responsavel-modelo', kind: 'youth football player import template (position, foot; only the guardian\'s contact details)', lang: 'pt', defaultCountry: 'BR', source: 'index:52878145628 (a football academy\'s player CSV template, PHP)' }, `
    Nome | name | Atleta Henrique Souza | Pedro Lucas Reis
    Data de Nascimento | dateOfBirth | 2016-01-01 | 2015-06-20
    Posição | - | meia | goleiro
    Pé Dominante | - | direito | esquerdo
    Nome do Responsável | - | Rogério Souza | Aline Reis
    Email do Responsável | - | rogerio.souza@example.com | aline.reis@example.com
    Telefone do Responsável | - | 11911110001 | 11922220002
  `),
  // ------------------------------------------------------------------------------------------------ French
  set({ id: 'fr-stock-utilisateurs-matricule', kind: 'stock app user export (role, staff number, address)', lang: 'fr', defaultCountry: 'FR', source: 'index:8708705994 (a stock manager\'s export documentation)' }, `
    NOM | lastName | Lefèvre | Garnier
    PRÉNOM | firstName | Claire | Antoine
    EMAIL | email | claire.lefevre@example.fr | antoine.garnier@example.fr
    RÔLE | - | Le responsable des stocks | Le magasinier
    MATRICULE | externalId | ADM004 | MAG017
    ADRESSE | address1 | 8 rue des Lilas | 21 avenue Jean Jaurès
    TÉLÉPHONE | phone | 0145678901 | 06 12 34 56 78
  `),
  set({ id: 'fr-conseillers-candidats', kind: 'job candidates per structure export (postcode, experience, test result, CV link)', lang: 'fr', defaultCountry: 'FR', source: 'index:33120519160 (a digital advisers programme\'s candidate export, TypeScript)' }, `
    Nom | lastName | Moreau | Chevalier
    Prénom | firstName | Julie | Karim
    Email | email | julie.moreau@example.fr | karim.c@example.fr
    Code postal | postalCode | 69003 | 13001
    Expérience | - | Oui | Non
    Test PIX | - | Oui | Non
    CV | - | https://example.fr/cv/5f2a.pdf |
  `),
  set({ id: 'fr-fidelite-clients-export', kind: 'loyalty card customer export (marketing consent, short code, balance, sign-up date)', lang: 'fr', defaultCountry: 'FR', source: 'index:68754064992 (a loyalty app\'s customer export test)' }, `
    Nom | lastName | Roux | 
    Prénom | firstName | Sophie | Lina
    Email | email | sophie.roux@example.fr | lina@example.fr
    Téléphone | phone | '+33612345678 | '+33698765432
    Consentement marketing | - | oui | non
    Code court | externalId | ABC123 | XK9P2Q
    Solde | - | 4 | 9
    Date d’inscription | - | 2026-09-20T12:00:00.000Z | 2026-10-02T08:15:00.000Z
  `),
  set({ id: 'fr-tn-utilisateurs-cin', kind: 'platform user export (user id, national id card, role, status, active, verified)', lang: 'fr', defaultCountry: 'TN', source: 'index:27265837272 (a Symfony admin\'s user export)' }, `
    ID | externalId | 14 | 15
    Nom | lastName | Ben Salah | Trabelsi
    Prénom | firstName | Amira | Youssef
    Email | email | amira.bensalah@example.tn | youssef.t@example.com
    CIN | - | 09876543 | 01234567
    Rôle | - | ROLE_USER | ROLE_ADMIN
    Statut | - | actif | bloqué
    Date d'inscription | - | 2026-01-12 | 2025-11-03
    Actif | - | Oui | Non
    Vérifié | - | Oui | Oui
  `),
  set({ id: 'fr-be-contacts-import-type', kind: 'contacts import for a migration (city, private or company type)', lang: 'fr', defaultCountry: 'BE', source: 'index:59196768742 (a Belgian business app\'s contacts import test)' }, `
    Nom | lastName | Dubois | Lambert
    Prénom | firstName | Simon | Chloé
    Email | email | simon.dubois@example.be | chloe.lambert@example.be
    Ville | city | Bruxelles | Liège
    Type | - | particulier | entreprise
  `),
  set({ id: 'fr-mariage-invites-export', kind: 'wedding guest export (RSVP status, companions, dietary restrictions)', lang: 'fr', defaultCountry: 'FR', source: 'index:52880003174 (a wedding planner app\'s guest export, Laravel)' }, `
    Prénom | firstName | Camille | Hugo
    Nom | lastName | Fontaine | Mercier
    Email | email | camille.fontaine@example.fr |
    Téléphone | phone | 06 23 45 67 89 | +33 7 11 22 33 44
    Statut RSVP | - | confirmé | en attente
    Accompagnants | - | 1 | 0
    Restrictions alimentaires | - | végétarien |
  `),
  set({ id: 'fr-ci-employes-modele', kind: 'employee import template (Côte d\'Ivoire: job, salary, hire date)', lang: 'fr', defaultCountry: 'CI', source: 'index:14085934365 (a retail management app\'s employee import template)' }, `
    Prénom | firstName | Awa | Koffi
    Nom | lastName | Traoré | Yao
    Email | email | awa.traore@example.ci | koffi.yao@example.com
    Téléphone | phone | +225 07 12 34 56 78 | 05 98 76 54 32
    Poste | - | Vendeuse | Caissier
    Salaire | - | 150000 | 120000
    Date embauche | - | 01/01/2025 | 15/03/2026
  `),
  set({ id: 'fr-reservations-clients-tags', kind: 'booking app customer export (customer id, city, bookings, amount spent, tags)', lang: 'fr', defaultCountry: 'FR', source: 'index:56275186619 (a booking admin\'s customer export, React)' }, `
    ID | externalId | c_1042 | c_1043
    Prénom | firstName | Manon | Théo
    Nom | lastName | Girard | Bonnet
    Email | email | manon.girard@example.fr | theo.bonnet@example.fr
    Téléphone | phone | 06 45 67 89 01 | 07 81 92 03 14
    Ville | city | Nantes | Lille
    Réservations | - | 5 | 1
    Dépensé | - | 412.50 | 60
    Tags | tags | VIP, Fidèle | Nouveau
  `),
  set({ id: 'fr-ma-merchandiseurs-import', kind: 'merchandiser import (Morocco: region, city, brand, password, role, supervisor id, store ids)', lang: 'fr', defaultCountry: 'MA', source: 'index:37938152236 (a field sales app\'s import test guide)' }, `
    Prénom | firstName | Youssef | Salma
    Nom | lastName | Bennani | El Idrissi
    Email | email | youssef.bennani@example.ma | salma.elidrissi@example.ma
    Téléphone | phone | 0612345678 | 0661 23 45 67
    Région | state | CASABLANCA_SETTAT | RABAT_SALE_KENITRA
    Ville | city | Casablanca | Rabat
    Marque Couverte | - | Richbond | Dolidol
    Localisation | - | Casablanca Centre | Agdal
    Statut | - | ACTIF | INACTIF
    Type | - | Mono | Multi
    Mot de passe | - | Password123 | Password123
    Rôle | - | MERCHANDISEUR | MERCHANDISEUR
    Superviseur ID | - | 3 | 3
    Magasin IDs | - | 12;15 | 20
    Marques | - | Richbond | Dolidol;Simmons
    Enseignes | - | Marjane | Carrefour
  `),
  set({ id: 'fr-crm-contacts-source', kind: 'CRM contact import format (company, job title, source)', lang: 'fr', defaultCountry: 'FR', source: 'index:66655950555 (a CRM user guide\'s import section)' }, `
    Prénom | firstName | Nathalie | Olivier
    Nom | lastName | Perrin | Faure
    Email | email | nathalie.perrin@example.fr | o.faure@example.com
    Téléphone | phone | +33612345000 | +33698760000
    Entreprise | companyName | Atelier Perrin | Faure Conseil
    Fonction | - | Directrice | Consultant
    Source | source | website | salon
  `),
  // ------------------------------------------------------------------------------------------------ Italian
  set({ id: 'it-clinica-dipendenti-export', kind: 'clinic staff export (tax code, site, role, contract, hire and leave dates, holidays left)', lang: 'it', defaultCountry: 'IT', source: 'index:51926493418 (a clinic management API\'s staff export, C#)' }, `
    Cognome | lastName | Esposito | Ferri
    Nome | firstName | Giulia | Marco
    Email | email | giulia.esposito@example.it | marco.ferri@example.it
    CodiceFiscale | - | SPSGLI85M41F839K | FRRMRC79A01H501Z
    Sede | - | Napoli Centro | Roma EUR
    Ruolo | - | Igienista | Odontoiatra
    TipoContratto | - | Indeterminato | Partita IVA
    Stato | - | Attivo | Dimesso
    DataAssunzione | - | 2022-03-01 | 2019-09-16
    DataDimissioni | - | | 2026-06-30
    FerieResidui | - | 12 | 0
  `),
  set({ id: 'it-driver-anagrafica-pagamenti', kind: 'delivery driver register (tax code, birth place, home address, region, PayPal mail, IBAN, payment method, new id)', lang: 'it', defaultCountry: 'IT', source: 'index:23723067065 (a driver model\'s CSV header, Java)' }, `
    ID Driver | externalId | 5012 | 5013
    Nome | firstName | Davide | Francesca
    Cognome | lastName | Colombo | Greco
    Codice fiscale | - | CLMDVD90C12F205X | GRCFNC88T52L219P
    Data di nascita | dateOfBirth | 12/03/1990 | 12/12/1988
    Comune di nascita | - | Milano | Torino
    Indirizzo residenza | address1 | Via Padova 45 | Corso Francia 102
    CAP | postalCode | 20127 | 10143
    Comune residenza | city | Milano | Torino
    Provincia residenza | state | MI | TO
    Regione residenza | - | Lombardia | Piemonte
    Paese | country | Italia | Italia
    Mail Paypal | - | davide.pay@example.it |
    IBAN | - | IT60X0542811101000000123456 | IT02L1234512345123456789012
    Metodo di pagamento | - | PayPal | Bonifico
    Data creazione | - | 2025-04-01 | 2025-06-12
    Data ultima modifica | - | 2026-10-20 | 2026-11-02
    Email | email | davide.colombo@example.it | francesca.greco@example.it
    NEW ID | - | 88 | 89
  `),
  set({ id: 'it-richieste-fotovoltaico-agente', kind: 'solar panel request export (request id and status, tax code, street, roof, notes, sales agent)', lang: 'it', defaultCountry: 'IT', source: 'index:61116740593 (an energy community\'s request export, PHP)' }, `
    ID | - | 231 | 232
    Stato | - | nuova | contattato
    Nome | firstName | Alessandro | Chiara
    Cognome | lastName | Rinaldi | Marino
    Codice Fiscale | - | RNLLSN70B15A944Y | MRNCHR82E55G273U
    Email | email | a.rinaldi@example.it | chiara.marino@example.it
    Telefono | phone | 333 123 4567 | 091 611 2233
    Via | address1 | Via Emilia 210 | Via Libertà 18
    CAP | postalCode | 40026 | 90139
    Comune | city | Imola | Palermo
    Provincia | state | BO | PA
    Tetto | - | Tegole | Piano
    Note | - | Richiamare dopo le 18 |
    Agente | owner | Luca Bianchi | Sara Conti
    Data Richiesta | - | 2026-10-05 14:12 | 2026-10-07 09:30
  `),
  set({ id: 'it-scuola-docenti-csv', kind: 'school teacher import (subject, class)', lang: 'it', defaultCountry: 'IT', source: 'index:55408009229 (a school app\'s README, teachers CSV)' }, `
    cognome | lastName | Conti | Gallo
    nome | firstName | Paola | Stefano
    disciplina | - | Matematica | Italiano
    mail | email | p.conti@example.it | s.gallo@example.it
    telefono | phone | 3331112233 | 3479876543
    classe | - | 3A | 2B
  `),
  set({ id: 'it-candidature-studenti-wide', kind: 'student programme application table (year, gender, birth place, school id, parents\' degrees and jobs, languages, motivation, how they heard, consent, user id)', lang: 'it', defaultCountry: 'IT', source: 'index:10909225250 (a Laravel seeder\'s comment listing the application CSV columns)' }, `
    anno | - | 2026 | 2026
    nome | firstName | Martina | Riccardo
    cognome | lastName | Lombardi | Moretti
    emails | email | martina.lombardi@example.it | riccardo.moretti@example.it
    sesso | - | F | M
    luogo_nascita | - | Bergamo | Pisa
    data_nascita | dateOfBirth | 2008-05-14 | 2007-11-02
    indirizzo | address1 | Via XX Settembre 8 | Via Roma 31
    comune | city | Bergamo | Pisa
    cap | postalCode | 24122 | 56125
    provincia_id | - | 16 | 50
    telefono | phone | 3391234567 | 3207654321
    scuola_id | - | 412 | 87
    classe | - | 4 | 5
    gen1_titolo_studio_id | - | 3 | 5
    gen2_titolo_studio_id | - | 4 |
    gen1_professione_id | - | 7 | 2
    gen2_professione_id | - | 11 |
    gen1_professione_altro | - | | Artigiano
    gen2_professione_altro | - | |
    note | - | | Allergico
    partecipazione_concorsi | - | Olimpiadi di matematica |
    inglese_livello_linguistico_id | - | 4 | 3
    francese_livello_linguistico_id | - | 2 |
    tedesco_livello_linguistico_id | - | | 1
    spagnolo_livello_linguistico_id | - | 1 |
    cinese_livello_linguistico_id | - | |
    altre_competenze_linguistiche | - | | Russo base
    esperienze_estere | - | Scambio in Irlanda |
    settore_professionale | - | Medicina | Ingegneria
    motivazioni | - | Vorrei conoscere altre culture | Mi interessa la ricerca
    modalita_conoscenza_sns_id | - | 2 | 5
    informativa | - | 1 | 1
    media | - | 8.7 | 9.1
    tipo | - | singola | scuola
    user_id | externalId | 1203 |
  `),
  set({ id: 'it-rubrica-contatti', kind: 'phone book CSV written by a generator (surname first)', lang: 'it', defaultCountry: 'IT', source: 'index:23162306938 (a Java phone book exercise\'s CSV header)' }, `
    COGNOME | lastName | Bassi | Ricci
    NOME | firstName | Elisa | Fabio
    EMAIL | email | elisa.bassi@example.it | fabio.ricci@example.com
    TELEFONO | phone | +39 347 555 1234 | 02 4567 8901
  `),
  set({ id: 'it-presenze-dipendenti-export', kind: 'attendance export (day, worker id, tax code, staff number, entry and exit times with IP addresses, hours, absence reason)', lang: 'it', defaultCountry: 'IT', source: 'index:38752774308 (a time-clock app\'s attendance export, PHP)' }, `
    Giorno | - | 2026-11-02 | 2026-11-02
    Dipendente | - | 17 | 23
    Nome | firstName | Roberta | Simone
    Cognome | lastName | Galli | Fontana
    Codice Fiscale | - | GLLRRT80D41D969Q | FNTSMN91P10L736W
    Matricola | externalId | 000145 | 000178
    Entrata | - | 2026-11-02 08:31 | 2026-11-02 09:02
    IP Entrata | - | 192.168.1.40 | 192.168.1.52
    Uscita | - | 2026-11-02 17:35 | 2026-11-02 13:00
    IP Uscita | - | 192.168.1.40 | 192.168.1.52
    Presenza | - | SI | SI
    Ore Lavorate | - | 08:04 | 03:58
    Ore Assenza | - | 00:00 | 04:00
    Cod. Giustificativo Assenza | - | | FE
    Giustificativo Assenza | - | | Ferie
    Ore Totali | - | 08:04 | 08:00
  `),
  set({ id: 'it-sat2csv-anagrafica', kind: 'address book conversion output (surname, name, birth date, email, address, city)', lang: 'it', defaultCountry: 'IT', source: 'index:7900931114 (a Perl address book converter\'s CSV output)' }, `
    cognome | lastName | Villa | De Luca
    nome | firstName | Giorgio | Anna
    data nascita | dateOfBirth | 03/04/1972 | 19/09/1984
    email | email | giorgio.villa@example.it | anna.deluca@example.it
    indirizzo | address1 | Via Garibaldi 7 | Piazza Dante 2
    citta' | city | Como | Verona
  `),
  set({ id: 'it-conservatorio-studenti', kind: 'conservatory student import (student number first)', lang: 'it', defaultCountry: 'IT', source: 'index:61724166614 (a conservatory app\'s CSV importer test)' }, `
    Matricola | externalId | 12345 | 12346
    Cognome | lastName | Marchetti | Serra
    Nome | firstName | Lorenzo | Giada
    Email | email | lorenzo.marchetti@example.it | giada.serra@example.it
  `),
  set({ id: 'it-hr-dipendenti-aziende', kind: 'HR platform employee import (tax code, employer company, role)', lang: 'it', defaultCountry: 'IT', source: 'index:56324235526 (a welfare platform\'s import guide)' }, `
    Nome | firstName | Valentina | Matteo
    Cognome | lastName | Caruso | Longo
    Codice Fiscale | - | CRSVNT90A41H501X | LNGMTT85M01F205Y
    Email | email | valentina.caruso@example.it | matteo.longo@example.it
    Azienda | companyName | Acme Servizi S.r.l. | Longo Impianti S.p.A.
    Ruolo | - | EMPLOYEE | MANAGER
  `),
  set({ id: 'it-bi-clienti-anagrafica-noheader', kind: 'ERP customer register extract without a header row, semicolon-separated (customer code, business name, activity, commercial and zone categories with their codes, sales agent, client or prospect, active flag, timestamps)', lang: 'it', defaultCountry: 'IT', noHeader: true, source: 'index:71418822089 (a BI ingest script for a 14-column customer file without a header)' }, `
    "" | externalId | C00123 | C00457 | P01002
    "" | companyName | Ferramenta Galli S.r.l. | Bar Centrale di Rota Luigi | Edil Tre S.n.c.
    "" | - | FER | BAR | EDI
    "" | - | Ferramenta | Bar e caffetterie | Edilizia
    "" | - | B | A | C
    "" | tags | Clienti B | Clienti A | Potenziali
    "" | - | NORD | CEN | NORD
    "" | - | Zona Nord | Zona Centro | Zona Nord
    "" | - | A07 | A03 | A07
    "" | owner | Paolo Sartori | Elena Fumagalli | Paolo Sartori
    "" | - | C | C | P
    "" | - | S | S | N
    "" | - | 2019-03-14 10:22:05 | 2021-07-01 08:00:00 | 2026-02-11 16:45:30
    "" | - | 2026-10-30 18:02:11 | 2026-09-12 09:14:40 |
  `),
  // ------------------------------------------------------------------------------------------------ English
  set({ id: 'en-benevity-donations-report', kind: 'Benevity disbursement donations report (report title and charity lines above the headers, matching company, amounts and fees)', lang: 'en', source: 'index:68831434407 (a donations ETL\'s Benevity connector test)', above: [['Donations Report'], ['#-------------------------------------------'], ['Charity Name', 'Example Foundation'], ['Charity ID', '840-000000000'], ['Period Ending', 'Mon 17 Aug 2026 0:00:00'], ['Currency', 'USD'], ['Payment Method', 'EFT'], ['Disbursement ID', 'D1A2B3C4'], ['#-------------------------------------------']] }, `
    Company | companyName | Google | Microsoft
    Project | - | EXAMPLE FOUNDATION | EXAMPLE FOUNDATION
    Donation Date | - | 2026-07-06T20:56:08Z | 2026-07-09T14:02:11Z
    Donor First Name | firstName | Dana | Not shared by donor
    Donor Last Name | lastName | Whitfield | Not shared by donor
    Email | email | dana.whitfield@example.com | Not shared by donor
    Transaction ID | - | 2KX9Q4ZP7T | 3LW0R5AQ8U
    Currency | - | USD | USD
    Total Donation to be Acknowledged | - | 25.00 | 100.00
    Match Amount | - | 25.00 | 0.00
    Cause Support Fee | - | 0.00 | 2.50
    Merchant Fee | - | 0.00 | 0.00
  `),
  set({ id: 'en-xero-contacts-export', kind: 'Xero contacts CSV written by an order system (postal and street address groups, typed phones, bank and tax details, account codes, five contact persons)', lang: 'en', defaultCountry: 'GB', source: 'index:17970715197 (a bakery order system\'s Xero contacts export, PHP)' }, `
    ContactName | companyName | Harbour Bakery Ltd | Pennine Joinery
    AccountNumber | externalId | CUST0042 | CUST0043
    EmailAddress | email | orders@harbourbakery.example.co.uk | sam@penninejoinery.example.co.uk
    FirstName | firstName | Jenny | Sam
    LastName | lastName | Marsh | Holroyd
    POAttentionTo | - | Jenny Marsh | Accounts
    POAddressLine1 | address1 | Unit 4, Quayside Works | 12 Mill Lane
    POAddressLine2 | - | Harbour Road |
    POAddressLine3 | - |  |
    POAddressLine4 | - |  |
    POCity | city | Whitby | Hebden Bridge
    PORegion | state | North Yorkshire | West Yorkshire
    POPostalCode | postalCode | YO21 1DN | HX7 8AB
    POCountry | country | United Kingdom | United Kingdom
    SAAttentionTo | - |  |
    SAAddressLine1 | - | Stall 3, Market Place |
    SAAddressLine2 | - |  |
    SAAddressLine3 | - |  |
    SAAddressLine4 | - |  |
    SACity | - | Whitby |
    SARegion | - |  |
    SAPostalCode | - | YO22 4DE |
    SACountry | - |  |
    PhoneNumber | phone | 01947 600123 | 01422 845000
    FaxNumber | - |  |
    MobileNumber | additionalPhones | 07700 900456 |
    DDINumber | additionalPhones |  | 01422 845012
    SkypeName | - |  |
    BankAccountName | - |  |
    BankAccountNumber | - |  |
    BankAccountParticulars | - |  |
    TaxNumber | - | GB123456789 |
    AccountsReceivableTaxCodeName | - |  |
    AccountsPayableTaxCodeName | - |  |
    Website | website | https://harbourbakery.example.co.uk |
    LegalName | - | Harbour Bakery Limited |
    Discount | - |  |
    CompanyNumber | - | 01234567 |
    DueDateBillDay | - |  |
    DueDateBillTerm | - |  |
    DueDateSalesDay | - | 30 | 14
    DueDateSalesTerm | - | DAYSAFTERBILLDATE | DAYSAFTERBILLDATE
    SalesAccount | - | 200 | 200
    PurchasesAccount | - |  |
    TrackingName1 | - |  |
    SalesTrackingOption1 | - |  |
    PurchasesTrackingOption1 | - |  |
    TrackingName2 | - |  |
    SalesTrackingOption2 | - |  |
    PurchasesTrackingOption2 | - |  |
    BrandingTheme | - |  |
    DefaultTaxBills | - |  |
    DefaultTaxSales | - |  |
    Person1FirstName | - | Jenny | Sam
    Person1LastName | - | Marsh | Holroyd
    Person1Email | - | orders@harbourbakery.example.co.uk | sam@penninejoinery.example.co.uk
    Person1IncludeInEmail | - | Yes | Yes
    Person2FirstName | - | Tom |
    Person2LastName | - | Marsh |
    Person2Email | - | tom@harbourbakery.example.co.uk |
    Person2IncludeInEmail | - | No |
    Person3FirstName | - |  |
    Person3LastName | - |  |
    Person3Email | - |  |
    Person3IncludeInEmail | - |  |
    Person4FirstName | - |  |
    Person4LastName | - |  |
    Person4Email | - |  |
    Person4IncludeInEmail | - |  |
    Person5FirstName | - |  |
    Person5LastName | - |  |
    Person5Email | - |  |
    Person5IncludeInEmail | - |  |
  `),
  set({ id: 'en-donorbox-donations-export', kind: 'Donorbox donations export (donor and donating company, amounts and fees, payment ids, recurring plan, dedication with honoree and recipient contact, fundraiser, donor id, consent question)', lang: 'en', source: 'index:53405987595 (a church accounting importer\'s notes on the Donorbox export columns)' }, `
    Name | name | Rachel Kim | Marcus Bell
    Donating Company | - |  | Bell & Sons Roofing
    Donor's First Name | firstName | Rachel | Marcus
    Donor's Last Name | lastName | Kim | Bell
    Donor Email | email | rachel.kim@example.com | marcus@bellroofing.example.com
    Make Donation Anonymous | - | no | no
    Campaign | - | Spring Appeal 2026 | General Fund
    Amount Description | - |  |
    Amount | - | 50.0 | 250.0
    Fair Market Value | - | 0.0 | 0.0
    Fair Market Value Description | - |  |
    Tax Deductible Amount | - | 50.0 | 250.0
    Currency | - | USD | USD
    Amount in USD | - | 50.0 | 250.0
    Processing Fee | - | 1.75 | 7.55
    Platform Fee | - | 0.0 | 0.0
    Total Fee | - | 1.75 | 7.55
    Net Amount | - | 48.25 | 242.45
    Fee Covered | - | no | yes
    Donor Comment | - | In memory of my grandmother |
    Internal Notes | - |  |
    Donated At | - | 2026-04-12 15:22:08 -0400 | 2026-04-13 09:10:51 -0400
    Phone | phone | (512) 555-0148 | +1 737 555 0199
    Address | address1 | 4410 Avenue F | 900 Industrial Blvd
    Address 2 | - | Apt 2 |
    City | city | Austin | Round Rock
    State / Province | state | TX | TX
    Postal Code | postalCode | 78751 | 78681
    Country | country | United States | United States
    Employer | companyName | Travis County | Bell & Sons Roofing
    Occupation | - | Librarian | Owner
    Designation | - | Where needed most |
    Receipt Id | - | R-5F2K9A | R-5F2K9B
    Donation Type | - | stripe | paypal
    Card Type | - | visa |
    Last 4 Digits | - | 4242 |
    Stripe Charge Id | - | ch_3P0aBcDeFgHiJkLm |
    Pay Pal Transaction Id | - |  | 8JX12345AB678901C
    Pay Pal Capture Id | - |  |
    Recurring Donation | - | true | false
    Recurring Plan Id | - | plan_8812 |
    Recurring Start Date | - | 2026-04-12 |
    Join Mailing List | - | yes | no
    Dedication Type | - | in memory of |
    Honoree Name | - | Soon-ja Kim |
    Recipient Name | - | David Kim |
    Recipient Email | - | david.kim@example.com |
    Recipient Address | - | 88 Oak St, Dallas TX 75201 |
    Recipient Message | - |  |
    First Donation | - | true | false
    Fundraiser | - |  | Team Bell's page
    Donor Id | externalId | 771204 | 771388
    Would you like to receive occasional updates from us? You can unsubscribe at any time. | - | Yes | No
  `),
  set({ id: 'en-gb-nationbuilder-sortition-candidates', kind: 'citizens\' assembly candidates exported from NationBuilder (NationBuilder id, mobile, primary address, stratification columns)', lang: 'en', defaultCountry: 'GB', source: 'index:12534284497 (a sortition library\'s test, describing its candidates.csv fixture)' }, `
    nationbuilder_id | externalId | 10452 | 10453
    first_name | firstName | Priya | Gareth
    last_name | lastName | Shah | Evans
    email | email | priya.shah@example.co.uk | gareth.evans@example.com
    mobile_number | phone | 07700 900321 | +44 7700 900654
    primary_address1 | address1 | 27 Elm Grove | Flat 3, 9 Castle Street
    primary_address2 | - | Headingley |
    primary_city | city | Leeds | Cardiff
    primary_zip | postalCode | LS6 2AJ | CF10 1BS
    gender | - | Female | Male
    age_bracket | - | 30-44 | 60+
    geo_bucket | - | Urban North | Wales
    edu_level | - | Level 4+ | Level 2
  `),
];
