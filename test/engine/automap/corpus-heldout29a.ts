// (One set written for this half was dropped when the parts were merged: part 28 had found the same file.)
// The twenty-ninth held-out part of the auto-mapping corpus (see corpus-format.ts), first half (Portuguese, French,
// English and German files; the other half, corpus-heldout29b.ts, holds the other files): 49 header sets (489 columns,
// 228 of them expected to map; 14 Portuguese, 13 French, 14 English, 8 German; 3 files without a header row, 3 with
// lines above it (an Excel "sep=;" line; a pharmacy software report's title, generated, currency and blank lines; a
// network directory's title and update-date lines); 5 sets of 20 to 38 columns) from sources none of the other parts
// use, found in the public code index with find_string (exact header text of HR, staff, payroll and personnel-number
// exports and templates, patient reports and clinic tables, tenant, booking and rent-roll exports, pupil, trainee,
// learner and grade lists, sports tournament and league rosters, member and sign-up lists, event and landing-page
// registrants, company registers, shop and till customer exports, admin export pages, database seeds and inserts,
// importer tests and fixtures, paste-a-list boxes and import formats shown in READMEs) and written down, with the
// mapping a careful person would choose by the field definitions and the rules, BEFORE the mapper was run on
// them and without reading the lexicon or the mapper. "index:N" names the index file the header text was read from (the
// index does not name its repository); the kind says what the file is. Sample values are made up in the shape of each
// file's own (no personal data or example rows from the sources are copied). A trailing empty column (a header line
// ending in the separator) is written as "". Leading and trailing spaces of a header cell cannot be written in the
// table and are left out (a set's comment says where). Wide files are kept whole (none is wider than 38 columns). No
// set's headers repeat an older part's (each was compared lower-cased; the files without a header row aside).
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
// - A personnel number, matricule, employee, student or patient id of a staff, pupil or patient list is the External
//   ID; a doctor's or a staff user's id or name recorded on a row, pay, hours, grades and scores are not contact
//   fields.
// - Where every phone column is typed (personal, private, landline, work, mobile), the mobile is the main phone and
//   the others additional; an untyped phone beside a mobile stays the main phone.
// - In a pupil list the address of the family home is the pupil's; a legal guardian's names and phone are not
//   imported. A WhatsApp number that is a person's only phone is the Phone.
// - A team a player or a person in charge registers is Tags; a draw's pool, a league category and a team's numbers
//   are not imported.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout29' }, table);

export const HELDOUT29A: CorpusSet[] = [
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-br-clinica-pacientes-export-whatsapp-cpf', kind: 'Brazilian therapist app\'s patient export, one of the CSV files of its data backup (name, e-mail, WhatsApp, CPF, birth date, address, sign-up date)', lang: 'pt', defaultCountry: 'BR', source: 'index:37923215365 (a clinic app\'s data export function, patients CSV, TypeScript)' }, `
    Nome | name | Luana Ferreira Dias | Rogério Nascimento | Patrícia Moura Lima
    Email | email | luana.dias@example.com.br | rogerio.nasc@example.com | ""
    # The WhatsApp number is the patient's only phone: the Phone.
    WhatsApp | phone | (31) 98841-2270 | (11) 99702-5518 | (21) 97415-3390
    CPF | - | 123.456.789-09 | 987.654.321-00 | 321.654.987-11
    Data de Nascimento | dateOfBirth | 1991-04-17 | 1978-11-02 | 1985-06-29
    Endereço | address1 | Rua Padre Eustáquio, 812 - Belo Horizonte | Av. Jabaquara, 1450 - São Paulo | Rua Conde de Bonfim, 233 - Rio de Janeiro
    Data de Cadastro | - | 2025-02-10 | 2025-03-22 | 2025-05-07
  `),
  set({ id: 'pt-br-organograma-import-modelo-lider', kind: 'Brazilian team-management app\'s org-chart import template (branch, area, team, job title, name, e-mail, WhatsApp, level, leader\'s e-mail)', lang: 'pt', defaultCountry: 'BR', source: 'index:61180230429 (a management app\'s org import template constant, JavaScript)' }, `
    filial | - | Matriz | Matriz | Filial Campinas
    area | - | Comercial | Operações | Comercial
    # The team inside the company is like a department: not imported.
    equipe | - | Vendas Interna | Logística | Vendas Externa
    cargo | - | Gerente Comercial | Analista | Vendedor
    nome | name | Camila Rezende | Otávio Pires | Jéssica Andrade
    email | email | camila.rezende@example.com.br | otavio.pires@example.com.br | jessica.andrade@example.com.br
    whatsapp | phone | +5511988123344 | +5511977456612 | +5519996321478
    nivel | - | lider | colaborador | colaborador
    lider_email | - | "" | camila.rezende@example.com.br | camila.rezende@example.com.br
  `),
  set({ id: 'pt-br-landing-cadastros-export-whatsapp', kind: 'Brazilian landing page\'s sign-up list downloaded from its admin page, a CSV with a byte-order mark (name, e-mail, WhatsApp, date)', lang: 'pt', defaultCountry: 'BR', source: 'index:53931776454 (a landing page admin in one PHP file, sign-ups CSV download)' }, `
    Nome | name | Gabriel Teixeira | Letícia Campos | Anderson Lopes
    Email | email | gabriel.teixeira@example.com | leticia.campos@example.com.br | anderson.lopes@example.com
    WhatsApp | phone | (41) 99123-4567 | (51) 98234-5678 | (85) 99876-1234
    Data | - | 14/03/2025 09:12 | 14/03/2025 10:47 | 15/03/2025 18:05
  `),
  set({ id: 'pt-br-evento-inscritos-export-participacao', kind: 'Brazilian church event app\'s registrants export (registration id, name, e-mail, WhatsApp, status, kind, participation, registration date)', lang: 'pt', defaultCountry: 'BR', source: 'index:53586060399 (an events app\'s registrants CSV export, TypeScript)' }, `
    ID Inscrição | - | insc_01 | insc_02 | insc_03
    Nome | name | Débora Fonseca | Henrique Barros | Tatiane Rocha
    Email | email | debora.fonseca@example.com | henrique.barros@example.com.br | tati.rocha@example.com
    Whatsapp | phone | 62991234567 | 62998765432 | 62993456789
    Status | - | confirmado | pendente | confirmado
    Tipo | - | membro | visitante | membro
    Participação | - | presencial | online | presencial
    Data Inscrição | - | 02/06/2025 | 03/06/2025 | 05/06/2025
  `),
  set({ id: 'pt-br-correcao-notas-matricula-aluno', kind: 'Portuguese-language exam-grading tool\'s grades CSV, as its README shows it (registration number, pupil, e-mail, question scores, final grade)', lang: 'pt', defaultCountry: 'BR', source: 'index:71623513134 (an exam-correction tool\'s README, grades file example)' }, `
    # The pupil's registration number at the school is another system's id of the person: the External ID.
    Matricula | externalId | 004 | 017 | 023
    Aluno | name | Beatriz Cunha | Rafael Tavares | Lívia Monteiro
    Email | email | beatriz.cunha@example.com | rafael.tavares@example.com | livia.monteiro@example.com
    Q_1 | - | 40.0 | 25.0 | 50.0
    Q_2 | - | 30.0 | 45.5 | 20.0
    Nota_Final | - | 35.0 | 35.3 | 35.0
  `),
  set({ id: 'pt-br-curso-alunos-pontos-export', kind: 'Brazilian course platform\'s enrolled students export with a byte-order mark (id, student name, e-mail, total points)', lang: 'pt', defaultCountry: 'BR', source: 'index:39079927626 (a course platform\'s ranking CSV service, Java)' }, `
    ID | externalId | 118 | 204 | 377
    Nome do Aluno | name | Mariana Souto | Caio Brandão | Vitória Antunes
    Email | email | mariana.souto@example.com | caio.brandao@example.com.br | vitoria.antunes@example.com
    Total de Pontos | - | 1250 | 980 | 1430
  `),
  set({ id: 'pt-br-pbl-entregas-export-notas', kind: 'Brazilian project-based-learning platform\'s submissions export (activity code and title, pupil, e-mail, submission status and date, receipt hash, grades)', lang: 'pt', defaultCountry: 'BR', source: 'index:57720284586 (a school platform\'s submissions CSV route, JavaScript)' }, `
    Codigo PBL | - | PBL-2025-014 | PBL-2025-014 | PBL-2025-015
    Titulo Atividade | - | Horta escolar | Horta escolar | Feira de ciências
    Aluno | name | Isadora Prado | Matheus Coelho | Nicole Batista
    Email | email | isadora.prado@example.com | matheus.coelho@example.com | nicole.batista@example.com
    Status Entrega | - | avaliada | enviada | avaliada
    Data Envio | - | 12/05/2025 14:02 | 13/05/2025 09:41 | 20/05/2025 16:15
    Comprovante Hash | - | 9f2c41ab | 1d7e03cc | 5b88fa10
    Nota Escrita | - | 8.5 | "" | 9.0
    Nota Oral | - | 9.0 | "" | 7.5
    Nota Total | - | 8.75 | "" | 8.25
  `),
  set({ id: 'pt-br-simulado-ranking-alunos-export', kind: 'Brazilian mock-exam site\'s student ranking export from its admin page (pupil, e-mail, answers, hit rate, status)', lang: 'pt', defaultCountry: 'BR', source: 'index:70276643630 (a quiz admin page\'s ranking CSV export, HTML and JavaScript)' }, `
    Aluno | name | Eduardo Meireles | Sabrina Quintela | Fábio Siqueira
    Email | email | eduardo.meireles@example.com | sabrina.q@example.com | fabio.siqueira@example.com.br
    Respostas | - | 120 | 87 | 45
    Taxa de acerto | - | 78% | 64% | 51%
    Status | - | Aprovado | Aprovado | Em andamento
  `),
  set({ id: 'pt-br-consultorio-paciente-insert-sql', kind: 'Brazilian dental practice\'s patient table, the columns of its seed INSERT (name, birth date, CPF, gender, address, e-mail, phone)', lang: 'pt', defaultCountry: 'BR', source: 'index:29457698399 (a dental practice database script, CREATE and INSERT, SQL)' }, `
    nome_paciente | name | Sílvia Carvalho | Marcelo Duarte | Renata Gusmão
    data_nasc_paciente | dateOfBirth | 1983-09-14 | 1969-01-27 | 2001-12-05
    cpf_paciente | - | 45678912300 | 78912345611 | 32165498722
    genero_paciente | - | f | m | f
    endereco_paciente | address1 | Rua das Acácias, 45 | Av. Brasil, 1200 | Rua Sete de Setembro, 98
    email_paciente | email | silvia.carvalho@example.com | marcelo.duarte@example.com | ""
    telefone_paciente | phone | 5511923456781 | 5511934567892 | 5511945678903
  `),
  set({ id: 'pt-br-roleta-usuarios-export-conta', kind: 'Brazilian prize-wheel app\'s users export from its admin panel (name, e-mail, mobile, account id, date)', lang: 'pt', defaultCountry: 'BR', source: 'index:53102754680 (a prize-wheel admin panel\'s users CSV export, React)' }, `
    Nome | name | Aline Bezerra | Wagner Moraes | Priscila Leão
    E-mail | email | aline.bezerra@example.com | wagner.moraes@example.com.br | pri.leao@example.com
    Celular | phone | (81) 99654-3210 | (71) 98123-4455 | (27) 99988-7766
    # The account id names the customer account of the app the user played under (its tenant), not this person: not
    # imported.
    ID da Conta | - | acc_7f3a | acc_7f3a | acc_91bd
    Data | - | 2025-07-01T13:22:10Z | 2025-07-02T08:05:44Z | 2025-07-02T19:40:03Z
  `),
  set({ id: 'pt-br-nutricao-alunos-planilha-objetivo', kind: 'Brazilian personal-trainer app\'s student spreadsheet import, the test sheet (name, e-mail, mobile, birth date, sex, goal)', lang: 'pt', defaultCountry: 'BR', source: 'index:60860415675 (a trainer app\'s spreadsheet import tests, TypeScript)' }, `
    Nome | name | Juliana Paiva | Souza, Renan | Carolina Bastos
    E-mail | email | juliana.paiva@example.com | renan.souza@example.com | carol.bastos@example.com.br
    Celular | phone | (11) 98765-1122 | 11912345678 | (48) 99654-7788
    Data de Nascimento | dateOfBirth | 25/03/1990 | 07/10/1986 | 19/02/1998
    Sexo | - | F | M | F
    Objetivo | - | Emagrecimento | Hipertrofia | Condicionamento
  `),
  set({ id: 'pt-br-agenda-contatos-csv-sem-cabecalho', kind: 'Portuguese-language address book script\'s contacts CSV, whose README shows the file without a header row (name, phone, e-mail, address)', lang: 'pt', defaultCountry: 'BR', noHeader: true, source: 'index:22354606496 (an address book script\'s README, CSV format section)' }, `
    "" | name | Roberta Sales | Igor Vasconcelos | Cíntia Moraes
    "" | phone | 99 9 8123-4455 | 99 9 8765-2211 | 99 9 9001-3344
    "" | email | roberta.sales@example.com | igor.vasc@example.com | cintia.moraes@example.com
    "" | address1 | Rua das Palmeiras | Av. Getúlio Vargas | Travessa São José
  `),
  set({ id: 'pt-br-clientes-colar-csv-endereco', kind: 'Brazilian service business app\'s client import box, the CSV its placeholder shows (name, phone, e-mail, address)', lang: 'pt', defaultCountry: 'BR', source: 'index:62265173743 (a service app\'s settings page, paste-a-CSV client import, React)' }, `
    Nome | name | Fernanda Reis | Thiago Amaral | Vanessa Pinto
    Telefone | phone | 11988776655 | 21977665544 | 31966554433
    Email | email | fernanda.reis@example.com | thiago.amaral@example.com | ""
    Endereço | address1 | Rua B 45 | Av. Paulista 900 | Rua das Laranjeiras 12
  `),
  set({ id: 'pt-br-importacao-sep-nome-email', kind: 'Brazilian app\'s CSV importer test, an Excel file that starts with a "sep=;" line (name, e-mail)', lang: 'pt', defaultCountry: 'BR', above: [['sep=;']], source: 'index:66635173518 (a CSV parser\'s tests, the Excel separator line, TypeScript)' }, `
    nome | name | Sandra Lacerda | Bruno Falcão | Elaine Mota
    email | email | sandra.lacerda@example.com | bruno.falcao@example.com.br | elaine.mota@example.com
  `),
  // ---------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-leads-export-recu-le-ville', kind: 'French small-business site\'s lead list exported from its back office, semicolon CSV with a byte-order mark (id, first name, last name, e-mail, phone, town, status, received)', lang: 'fr', defaultCountry: 'FR', source: 'index:65892012718 (a site back office\'s leads page, CSV export, TypeScript)' }, `
    ID | externalId | ld_1042 | ld_1043 | ld_1044
    Prénom | firstName | Élodie | Maxime | Sandrine
    Nom | lastName | Garnier | Fontaine | Rolland
    E-mail | email | elodie.garnier@example.fr | maxime.fontaine@example.com | s.rolland@example.fr
    Téléphone | phone | 06 45 12 78 90 | 07 81 22 34 56 | 04 72 10 33 48
    Ville | city | Lyon | Villeurbanne | Bron
    Statut | - | Nouveau | Rappelé | Converti
    Reçu le | - | 12/05/2025 09:14:02 | 12/05/2025 15:40:51 | 13/05/2025 11:02:37
  `),
  set({ id: 'fr-evenement-inscrits-ticket-export', kind: 'French event sign-up page\'s participants export from its admin view, semicolon CSV with a byte-order mark (ticket, sign-up date, first name, last name, e-mail, phone)', lang: 'fr', defaultCountry: 'FR', source: 'index:56760852383 (an event admin page\'s participants CSV export, JavaScript)' }, `
    Ticket | - | #A1F3 | #B7C2 | #C09D
    Date d'inscription | - | 03/04/2025 | 03/04/2025 | 05/04/2025
    Prénom | firstName | Chloé | Antoine | Inès
    Nom | lastName | Marchand | Lefebvre | Benali
    E-mail | email | chloe.marchand@example.fr | antoine.lefebvre@example.com | ines.benali@example.fr
    Téléphone | phone | 06 12 44 87 09 | 06 98 32 11 45 | 07 55 20 14 63
  `),
  set({ id: 'fr-utilisateurs-entete-csv-login-profil', kind: 'French Java web app\'s user entity, the CSV header its export writes, ending in a separator (id, title, first name, last name, e-mail, login, password, profile)', lang: 'fr', defaultCountry: 'FR', source: 'index:10073180791 (a Java user entity\'s getEnTeteCsv)' }, `
    # Of the two ids of the user, the first (the row id) is the External ID and the login not imported.
    id | externalId | 1 | 2 | 3
    civilité | - | M. | Mme | M.
    prénom | firstName | Julien | Nathalie | Karim
    nom | lastName | Perrin | Roux | Haddad
    e-mail | email | julien.perrin@example.fr | nathalie.roux@example.fr | karim.haddad@example.com
    login | - | jperrin | nroux | khaddad
    mdp | - | ******** | ******** | ********
    profil | - | ADMINISTRATEUR | UTILISATEUR | UTILISATEUR
    "" | - | "" | "" | ""
  `),
  set({ id: 'fr-affelnet-voeux-apprenants-export', kind: 'French apprenticeship-guidance service\'s learner file for a regional office, semicolon CSV (national student id, surname, first name, phones, address, host school, training, status and help links)', lang: 'fr', defaultCountry: 'FR', source: 'index:37060318165 (a guidance service\'s CSV file route tests, JavaScript)' }, `
    Apprenant INE | - | 123456789AB | 987654321CD | 456123789EF
    Apprenant Nom | lastName | Besnard | Traoré | Lemoine
    Apprenant prénom | firstName | Lucas | Aïssata | Hugo
    # Both phones are typed (personal, mobile): the mobile is the main phone, the personal one additional.
    Apprenant Téléphone Personnel | additionalPhones | 01 42 05 67 89 | "" | 01 48 22 90 13
    Apprenant Téléphone Portable | phone | 06 11 23 45 67 | 07 62 18 40 93 | 06 70 31 25 84
    Apprenant Adresse | address1 | 14 rue des Lilas 75019 Paris FRANCE | 3 allée Jean Moulin 93200 Saint-Denis FRANCE | 27 avenue Gambetta 75020 Paris FRANCE
    Etablissement Accueil UAI | - | 0751234J | 0931456K | 0752789X
    Etablissement Accueil Nom | - | CFA des métiers de bouche | Lycée professionnel Paul Éluard | CFA du bâtiment
    Formation CFD | - | 50022135 | 40025214 | 50023318
    Formation MEF | - | 2472521431 | 2402330521 | 2472331231
    Formation Libellé | - | CAP CUISINE | BAC PRO COMMERCE | CAP MACON
    Académie | - | Paris | Créteil | Paris
    Statut dans le tableau de bord | - | apprenti | Non trouvé | abandon
    La Bonne Alternance | - | "" | https://labonnealternance.example/formation/1 | ""
    InserJeunes | - | "" | https://inserjeunes.example/0931456K.svg | ""
    Didask - Prendre contact avec un CFA | - | "" | https://didask.example/courses/1 | ""
    Didask - Chercher un employeur | - | "" | https://didask.example/courses/2 | ""
    Didask - Préparer un entretien avec un employeur | - | "" | https://didask.example/courses/3 | ""
    Didask - S'intégrer dans l'entreprise | - | "" | https://didask.example/courses/4 | ""
  `),
  set({ id: 'fr-viticulture-societes-export-siret', kind: 'French wine trade body\'s company register export, semicolon CSV (id, legal form, company name, address lines, postcode, town, country, accounting and NAF codes, SIRET, VAT, phones, fax, e-mail, site, region, type, status, notes)', lang: 'fr', defaultCountry: 'FR', source: 'index:8257849484 (a trade body app\'s company CSV export class, PHP)' }, `
    Identifiant | externalId | SOC000123 | SOC000456 | SOC000789
    # The legal form split off the company's name (SCEA, EARL): not imported, like a trade name.
    Titre | - | SCEA | EARL | ""
    Raison sociale | companyName | Domaine des Tilleuls | Vignobles Bérard | Cave de la Colline
    Adresse | address1 | 12 route de Beaune | Lieu-dit Les Graves | 3 place de l'Église
    Adresse 2 | - | "" | BP 14 | ""
    Adresse 3 | - | "" | "" | ""
    Code postal | postalCode | 21190 | 33720 | 84110
    Commune | city | Meursault | Podensac | Vaison-la-Romaine
    Pays | country | FR | FR | FR
    Code comptable | - | 411TIL | 411BER | 411CAV
    Code NAF | - | "" | "" | ""
    Siret | - | 41234567800012 | 52345678900027 | 63456789000019
    TVA Intra | - | FR12412345678 | FR45523456789 | FR78634567890
    Téléphone | phone | 0380214567 | 0556278899 | 0490361122
    Téléphone portable | additionalPhones | 0612345678 | "" | 0687654321
    Fax | - | "" | 0556278800 | ""
    Email | email | contact@tilleuls.example.fr | vignobles.berard@example.fr | cave.colline@example.fr
    Site | website | www.tilleuls.example.fr | "" | www.cavecolline.example.fr
    Région | state | Bourgogne-Franche-Comté | Nouvelle-Aquitaine | Provence-Alpes-Côte d'Azur
    Type | - | OPERATEUR | OPERATEUR | AUTRE
    Statut | - | ACTIF | ACTIF | SUSPENDU
    En alerte | - | "" | 1 | ""
    Date de modification | - | 2025-01-14 | 2024-11-30 | 2025-03-02
    Observation | - | "" | Adhérent depuis 1998 | ""
    Organisme | - | IGP | IGP | IGP
    Societe ID | - | SOCIETE-SOC000123 | SOCIETE-SOC000456 | SOCIETE-SOC000789
  `),
  set({ id: 'fr-ch-ecole-musique-inscriptions-export', kind: 'Geneva music school\'s registration form export from its WordPress site, semicolon CSV (pupil, address, guardian, phones, e-mail, billing, course, teacher, place, consents, date, how they heard, remarks, IP, id)', lang: 'fr', defaultCountry: 'CH', source: 'index:24088149368 (a music school plugin\'s registration export helpers, PHP)' }, `
    # In this school's list the pupil is the contact; the guardian's title, names and other address are not imported.
    # The phones and e-mail are the registration's (pupil or family): the pupil's contact details. All three phones are
    # typed: the mobile is the main phone, the others additional.
    Nom de l'élève | lastName | Morel | Jaccard | Keller
    Prénom de l'élève | firstName | Léa | Noé | Anna
    Sexe | - | F | M | F
    Date de naissance | dateOfBirth | 14.05.2014 | 02.11.2011 | 23.07.1988
    Adresse | address1 | Chemin des Crêts 4 | Rue de Carouge 56 | Avenue de Champel 12
    N° postal | postalCode | 1218 | 1205 | 1206
    Ville | city | Le Grand-Saconnex | Genève | Genève
    Titre | - | Madame | Monsieur | ""
    Nom | - | Morel | Jaccard | ""
    Prénom | - | Sophie | Olivier | ""
    Adresse si différente de l'élève | - | "" | Rue du Stand 8 | ""
    N°postal | - | "" | 1204 | ""
    Ville | - | "" | Genève | ""
    Téléphone privé | additionalPhones | 022 798 45 12 | "" | 022 346 80 21
    Téléphone professionnel | additionalPhones | 022 319 20 00 | 022 418 55 60 | ""
    Téléphone portable | phone | 079 512 34 56 | 078 645 12 98 | 076 321 87 45
    Courriel | email | sophie.morel@example.ch | o.jaccard@example.ch | anna.keller@example.com
    Contribuable à Genève | - | Oui | Oui | Non
    Je paierai ma facture en | - | 3 fois | 1 fois | 10 fois
    Choix du cours | - | Piano individuel 30 min | Guitare 45 min | Chant 45 min
    # The teacher of the course chosen belongs to the course, not to the pupil's record: not imported.
    Professeur | - | "" | "" | ""
    Lieu | - | Grand-Saconnex | Plainpalais | Champel
    Autre lieu possible | - | Non | Oui | Non
    Autorisation photo | - | Oui | Non | Oui
    Conditions générales | - | Acceptées | Acceptées | Acceptées
    Conditions générales | - | Acceptées | Acceptées | Acceptées
    Date de l’inscription | - | 28.08.2025 | 29.08.2025 | 01.09.2025
    Comment avez-vous eu connaissance de notre école? | source | Bouche à oreille | Internet | Affiche
    Remarques si nécessaire | - | "" | Débutant | Disponible le mardi soir
    IP | - | 192.0.2.14 | 198.51.100.23 | 203.0.113.9
    ID | - | 5012 | 5013 | 5020
  `),
  set({ id: 'fr-tournoi-equipes-responsable-inscription', kind: 'French airsoft event\'s team registration sheet read by its importer, semicolon CSV from a French spreadsheet (team name, wished camp, person in charge, mobile, e-mail, number of players, comment)', lang: 'fr', defaultCountry: 'FR', source: 'index:71147795317 (an event app\'s team sheet import tests, C#)' }, `
    # The rows are teams and the contact is the team's person in charge; the team is the group they belong to: Tags.
    Nom de l'équipe | tags | Les Faucons | Team Sanglier | Les Ombres
    Camp souhaité | - | OTAN | Opfor | OTAN
    Responsable | name | Julien Martin | Damien Caron | Yohann Leclerc
    Téléphone portable | phone | 06 12 34 56 78 | 06 87 45 12 30 | 07 68 90 21 14
    Adresse mail | email | julien.martin@example.fr | damien.caron@example.com | y.leclerc@example.fr
    Nombre de joueurs | - | 8 | 12 | 6
    Commentaire | - | "" | Arrivée samedi matin | Deux joueurs mineurs
  `),
  set({ id: 'fr-ne-cnss-employeurs-import-modele', kind: 'Niger social security office\'s employer import template downloaded from its admin page (company name, CNSS number, phone, e-mail, main activity, nationality, locality)', lang: 'fr', defaultCountry: 'NE', source: 'index:51928202367 (a social security admin page\'s employer import script, JavaScript)' }, `
    Raison sociale | companyName | SONITRAV SA | Boulangerie du Fleuve | Transports Issaka SARL
    N° CNSS | - | NE-001234 | NE-004567 | NE-007891
    Téléphone | phone | +227 20 73 45 12 | +227 96 12 34 56 | +227 20 35 67 89
    Email | email | contact@sonitrav.example.ne | boulangerie.fleuve@example.com | direction@issaka.example.ne
    Activité principale | - | Bâtiment et travaux publics | Boulangerie | Transport de marchandises
    Nationalité | - | Nigérienne | Nigérienne | Nigérienne
    # The locality is the town the employer is in: the City.
    Localité | city | Niamey | Zinder | Maradi
  `),
  set({ id: 'fr-adherents-liste-email-nom-sans-entete', kind: 'French association\'s member list for its live site, semicolon CSV whose header line is optional, here without it (e-mail, name)', lang: 'fr', defaultCountry: 'FR', noHeader: true, source: 'index:70342216648 (an association site\'s member CSV reader, JavaScript)' }, `
    "" | email | odile.peyrac@example.fr | j.tessier@example.com | r.aubert@example.fr
    "" | name | Odile Peyrac | Jérôme Tessier | Rémi Aubert
  `),
  set({ id: 'fr-odg-factures-cotisations-relations', kind: 'French wine appellation body\'s dues invoice export, semicolon CSV (created, relation name, address, postcode, town, landline, mobile, e-mail, document, analytic id, dues name, prices, VAT, invoice id)', lang: 'fr', defaultCountry: 'FR', source: 'index:7781903280 (an appellation body app\'s invoice CSV export class, PHP)' }, `
    Crée le | - | 2025-02-03 | 2025-02-03 | 2025-02-04
    # The relation billed is the grower or estate the body keeps in its books, a person's or an estate's name: the Name.
    Nom relation | name | Jean-Luc Marty | Domaine Saint-Aubin | Hélène Cazals
    Adresse | address1 | 4 chemin des Vignes | Château Saint-Aubin | 18 avenue de la Gare
    Code Postal | postalCode | 34320 | 11200 | 34480
    Ville | city | Roujan | Lézignan-Corbières | Magalas
    # Both phones are typed: the mobile is the main phone, the landline additional.
    Téléphone fixe | additionalPhones | 04 67 24 11 82 | 04 68 27 03 45 | ""
    Téléphone Portable | phone | 06 08 44 21 19 | "" | 06 72 35 90 48
    eMail | email | jl.marty@example.fr | contact@saintaubin.example.fr | h.cazals@example.fr
    Pièce | - | FA2025-0012 | FA2025-0013 | FA2025-0014
    Identifiant Analytique | - | 706100 | 706100 | 706200
    Nom Cotisation | - | Cotisation ODG | Cotisation ODG | Cotisation INAO
    Cotisation Prix unitaire | - | 1,25 | 1,25 | 0,80
    Quantite Cotisation | - | 120 | 450 | 85
    Prix HT | - | 150,00 | 562,50 | 68,00
    TVA | - | 30,00 | 112,50 | 13,60
    Prix TTC | - | 180,00 | 675,00 | 81,60
    id facture | - | FACTURE-2025-0012 | FACTURE-2025-0013 | FACTURE-2025-0014
  `),
  set({ id: 'fr-ch-tchoukball-adresses-import-entete', kind: 'Swiss tchoukball federation\'s address import page, the semicolon header it asks for (address origin, club, company, title, names, address, PO box, postcode, town, country, phones, fax, e-mail, birth date, language, status, magazine)', lang: 'fr', defaultCountry: 'CH', source: 'index:184236882 (a sports federation\'s address CSV import page, PHP)' }, `
    # Where the address record comes from (member, sponsor, referee list): the Source.
    OrigineAdresse | source | Membre | Sponsor | Arbitre
    Club | tags | TBC Genève | "" | Tchoukball Club Lausanne
    Raison Sociale | companyName | "" | Imprimerie Favre SA | ""
    Civilite | - | Madame | Monsieur | Monsieur
    Nom | lastName | Rochat | Favre | Perret
    Prenom | firstName | Aline | Olivier | Marc
    Adresse | address1 | Rue de Lyon 42 | Route de Berne 7 | Chemin du Levant 3
    # A post-office box line under the street: a second address line, not imported.
    CP/rue option | - | "" | Case postale 120 | ""
    NPA | postalCode | 1203 | 1700 | 1005
    Ville | city | Genève | Fribourg | Lausanne
    Pays | country | Suisse | Suisse | Suisse
    # Every phone is typed (private, work, mobile): the mobile is the main phone, the others additional.
    Tel.Prive | additionalPhones | 022 344 12 56 | "" | 021 312 45 78
    Tel.Prof | additionalPhones | "" | 026 425 60 00 | 021 316 22 10
    Portable | phone | 079 456 12 34 | 079 890 11 22 | 078 623 45 90
    Fax | - | "" | 026 425 60 01 | ""
    Email | email | aline.rochat@example.ch | o.favre@example.ch | marc.perret@example.ch
    Date de naissance | dateOfBirth | 12.04.1990 | "" | 03.09.1978
    Langue | - | F | F | F
    Status | - | actif | actif | inactif
    tchoukup | - | oui | non | oui
  `),
  set({ id: 'fr-annuaire-reseau-titre-maj-import', kind: 'French social-economy network\'s directory imported into a contact list, a semicolon CSV with a title line and an update-date line above the header (surname, first name, mail, phone, organisation, area, charter)', lang: 'fr', defaultCountry: 'FR', above: [['ANNUAIRE DU RESEAU', '', '', '', '', '', ''], ['MAJ 18/06/2026', '', '', '', '', '', '']], source: 'index:68919599397 (a network CRM\'s contact list end-to-end tests, TypeScript)' }, `
    Nom | lastName | Perrot | Delaunay | Mercier
    Prenom | firstName | Gaëlle | Fabrice | Nora
    Mail | email | g.perrot@example.fr | f.delaunay@example.org | ""
    Téléphone | phone | 06 22 14 35 87 | "" | 02 38 54 12 90
    # The organisation the person works for: the Company name.
    Structure | companyName | Initiative Loiret | Tiers-lieu de Bourges | Coopérative Val de Loire
    # A département the person works in, a free-form area under the region: not imported.
    Territoire | - | Loiret | Cher | Indre
    Charte | - | oui | "" | oui
  `),
  set({ id: 'fr-pharmacie-clients-exemple-secu-mutuelle', kind: 'French pharmacy management app\'s example clients CSV in its README (identifier, surname, first name, address, postcode, town, phone, e-mail, social security number, mutual insurer)', lang: 'fr', defaultCountry: 'FR', source: 'index:45824948190 (a pharmacy app\'s README, example data files)' }, `
    # The identifier the client is filed under in this program: the External ID.
    identifiant | externalId | gblanc01 | mfaure02 | lpoirier03
    nom | lastName | Blanc | Faure | Poirier
    prenom | firstName | Guillaume | Mathilde | Lucie
    adresse | address1 | 3 rue Oberkampf | 28 boulevard Voltaire | 14 rue de la Roquette
    codePostal | postalCode | 75011 | 75011 | 75011
    ville | city | Paris | Paris | Paris
    telephone | phone | 0611223344 | 0622334455 | 0633445566
    email | email | g.blanc@example.fr | mathilde.faure@example.com | lucie.poirier@example.fr
    numeroSecu | - | 1850375111234 | 2910675112345 | 2780175113456
    mutuelle | - | Aucune | MGEN | Harmonie Mutuelle
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-hr-employees-export-designation-currency', kind: 'HR system\'s employee list exported to CSV (employee id, name, e-mail, phone, department, designation, hire date, country, currency, status)', lang: 'en', defaultCountry: 'IN', source: 'index:59054200650 (an HR service\'s employee CSV export, Java)' }, `
    Employee ID | externalId | EMP-0142 | EMP-0157 | EMP-0163
    First Name | firstName | Ananya | Rohit | Sarah
    Last Name | lastName | Iyer | Bansal | Collins
    Email | email | ananya.iyer@example.com | rohit.bansal@example.com | sarah.collins@example.co.uk
    Phone | phone | +91 98450 12345 | +91 99001 23456 | +44 7700 900123
    Department | - | Engineering | Finance | Sales
    Designation | - | Senior Engineer | Accountant | Account Manager
    Hire Date | - | 2022-04-11 | 2023-01-02 | 2021-09-15
    Country | country | India | India | United Kingdom
    Currency | - | INR | INR | GBP
    Status | - | ACTIVE | ACTIVE | ON_LEAVE
  `),
  set({ id: 'en-employees-db-export-department-name', kind: 'desktop payroll app\'s employee table exported to CSV with a department join (employee id, name, e-mail, phone, hire date, job title, salary, department)', lang: 'en', source: 'index:11531902409 (a payroll app\'s CSV export of the employees table, Java)' }, `
    Employee ID | externalId | 101 | 102 | 103
    First Name | firstName | Monica | Derek | Lena
    Last Name | lastName | Alvarez | Hughes | Park
    Email | email | monica.alvarez@example.com | derek.hughes@example.com | lena.park@example.com
    Phone | phone | 555-201-3344 | 555-874-1290 | 555-330-6612
    Hire Date | - | 2019-03-18 | 2021-11-01 | 2023-05-22
    Job Title | - | Payroll Specialist | Warehouse Supervisor | Analyst
    Salary | - | 62000.00 | 58000.00 | 71000.00
    Department Name | - | Finance | Operations | IT
  `),
  set({ id: 'en-payroll-employees-upload-template-bank', kind: 'payroll app\'s employee upload template (employee id, name, e-mail, phone, department, designation, salary parts, bank account, bank name, IFSC code)', lang: 'en', defaultCountry: 'IN', source: 'index:6165913089 (a payroll app\'s employee upload modal, CSV template, React)' }, `
    Employee ID | externalId | EMP001 | EMP002 | EMP003
    First Name | firstName | Priyanka | Suresh | Meera
    Last Name | lastName | Nair | Yadav | Joshi
    Email | email | priyanka.nair@example.com | suresh.yadav@example.com | meera.joshi@example.com
    Phone | phone | +91 98201 44556 | +91 93222 10987 | +91 98330 76543
    Department | - | Engineering | Support | HR
    Designation | - | Senior Software Engineer | Support Executive | HR Generalist
    Basic Salary | - | 80000 | 30000 | 45000
    HRA | - | 24000 | 9000 | 13500
    Allowances | - | 12000 | 4000 | 6000
    Bank Account | - | 50100234567890 | 31245678901 | 91802345671234
    Bank Name | - | HDFC Bank | State Bank of India | ICICI Bank
    IFSC Code | - | HDFC0001234 | SBIN0004567 | ICIC0007890
  `),
  set({ id: 'en-clinic-patients-report-contact-info', kind: 'clinic desktop app\'s patient report written to CSV (patient id, name, birth date, gender, contact info, phone number, e-mail)', lang: 'en', source: 'index:25142190931 (a clinic app\'s patient CSV report, Java)' }, `
    Patient ID | externalId | 1001 | 1002 | 1003
    First Name | firstName | Gloria | Nathan | Yusuf
    Last Name | lastName | Bennett | Cole | Rahman
    Date of Birth | dateOfBirth | 1958-07-21 | 1990-02-14 | 1976-10-03
    Gender | - | Female | Male | Male
    # A free-form contact note beside the phone and e-mail columns: not imported.
    Contact Info | - | Call after 5pm | Prefers text | Daughter handles appointments
    Phone Number | phone | (608) 555-0142 | (608) 555-0177 | (414) 555-0119
    Email | email | gloria.bennett@example.com | nathan.cole@example.com | ""
  `),
  set({ id: 'en-surgery-patient-report-csv-wide', kind: 'surgical clinic app\'s patient report CSV, one row per patient and visit (patient details, vitals, appointments, analyses and prescriptions)', lang: 'en', source: 'index:9527319676 (a clinic app\'s PDF and CSV report generator, TypeScript)' }, `
    Patient ID | externalId | PT-2041 | PT-2042 | PT-2043
    First Name | firstName | Harold | Renee | Marcus
    Last Name | lastName | Fisher | Whitfield | Okafor
    Date of Birth | dateOfBirth | 1961-05-09 | 1984-12-30 | 1972-03-18
    Gender | - | male | female | male
    Phone | phone | +1 312 555 0148 | +1 773 555 0192 | +1 312 555 0107
    Email | email | harold.fisher@example.com | renee.whitfield@example.com | m.okafor@example.com
    Medical History | - | Hypertension | "" | Type 2 diabetes
    Allergies | - | Penicillin | None | Latex
    Current Medications | - | Lisinopril | "" | Metformin
    Vital Date | - | 3/4/2025 | 3/6/2025 | 3/7/2025
    BP Systolic | - | 142 | 118 | 131
    BP Diastolic | - | 88 | 76 | 84
    Heart Rate | - | 78 | 64 | 72
    Temperature | - | 36.8 | 36.6 | 37.1
    Respiratory Rate | - | 16 | 14 | 18
    O2 Saturation | - | 97 | 99 | 96
    Weight | - | 92 | 61 | 104
    Height | - | 178 | 165 | 183
    BMI | - | 29.0 | 22.4 | 31.1
    Appointment Date | - | 2025-03-10 | 2025-03-12 | 2025-03-14
    Appointment Time | - | 09:30 | 14:00 | 11:15
    Appointment Type | - | consultation | follow-up | pre-op
    # The doctor of an appointment, given as a row id of the app's doctors: not imported.
    Doctor | - | d-17 | d-04 | d-17
    Appointment Status | - | scheduled | completed | scheduled
    Appointment Notes | - | Bring previous scans | "" | Fasting required
    Analysis Date | - | 3/5/2025 | "" | 3/8/2025
    Diagnosis | - | Inguinal hernia | "" | Gallstones
    Recommended Surgery | - | Hernia repair | "" | Laparoscopic cholecystectomy
    Surgery Urgency | - | elective | "" | urgent
    Analysis Status | - | reviewed | "" | pending
    Clinical Notes | - | Reducible, no strangulation | "" | Recurrent colic
    Prescription Date | - | 3/5/2025 | 3/6/2025 | 3/8/2025
    Medication | - | Ibuprofen | Amoxicillin | Ondansetron
    Dosage | - | 400 mg | 500 mg | 4 mg
    Frequency | - | twice daily | three times daily | as needed
    Duration | - | 7 days | 10 days | 5 days
    Prescription Instructions | - | Take with food | Finish the course | Before meals
  `),
  set({ id: 'en-in-pg-bookings-tenant-download', kind: 'Indian paying-guest rental app\'s booking download for a room owner (booking id, tenant name, e-mail, phone, property, token amount, booking and check-in dates, status)', lang: 'en', defaultCountry: 'IN', source: 'index:56705304888 (a rental app\'s owner bookings page, per-booking CSV download, React)' }, `
    Booking ID | - | 66a1f0c2e4b0a1b2c3d4e5f6 | 66a1f3d9e4b0a1b2c3d4e5f7 | 66a20118e4b0a1b2c3d4e5f8
    Tenant Name | name | Karthik Raman | Pooja Sharma | Aditya Verma
    Email | email | karthik.raman@example.com | pooja.sharma@example.in | aditya.verma@example.com
    Phone | phone | 9876543210 | 9123456780 | 8800112233
    Property | - | Sunrise PG, Koramangala | Green Nest Hostel | Sunrise PG, Koramangala
    Token Amount | - | 2000 | 1500 | 2000
    Booking Date | - | 12/07/2025 | 14/07/2025 | 15/07/2025
    Check-in Date | - | 01/08/2025 | 20/07/2025 | 05/08/2025
    Status | - | confirmed | pending | confirmed
  `),
  set({ id: 'en-ph-rentals-tenants-sample-csv', kind: 'Philippine apartment rental app\'s tenants import sample (property, unit number, tenant name, e-mail, phone, monthly rent, move-in, end of contract)', lang: 'en', defaultCountry: 'PH', source: 'index:68903867379 (a rental app\'s import samples module, TypeScript)' }, `
    Property | - | Eco 1 | Eco 1 | Eco 2
    Unit No | - | 2F | 3A | 1B
    Tenant Name | name | Ramon Villanueva | Kristine Mendoza | Paolo Garcia
    Email | email | ramon.villanueva@example.ph | kristine.m@example.com | paolo.garcia@example.ph
    Phone | phone | 09171234567 | 09281112233 | 09985556677
    Monthly Rent | - | 5399 | 15000 | 8000
    Move-in | - | 2026-01-01 | 2026-02-15 | 2026-03-01
    End of Contract | - | 2026-12-31 | 2027-02-14 | 2027-02-28
  `),
  set({ id: 'en-rw-tenants-balance-ledger-export', kind: 'Rwandan property platform\'s tenants balance ledger exported from its admin reports tab (tenant name, e-mail, phone, property, unit, lease status, rent and balance in RWF)', lang: 'en', defaultCountry: 'RW', source: 'index:71233080270 (a property platform\'s admin reports tab, CSV export, React)' }, `
    Tenant Name | name | Jean Bosco Habimana | Aline Uwase | Eric Mugisha
    Email | email | jb.habimana@example.rw | aline.uwase@example.com | eric.mugisha@example.rw
    Phone | phone | 0788123456 | 0722345678 | 0733456789
    Property | - | Kacyiru Heights | Nyarutarama Residences | Kacyiru Heights
    Unit | - | A-12 | B-3 | C-7
    Lease Status | - | ACTIVE | ACTIVE | ENDED
    Monthly Rent (RWF) | - | 450000 | 800000 | 350000
    Outstanding Balance (RWF) | - | 0 | 150000 | 350000
  `),
  set({ id: 'en-in-tournament-players-export-wide', kind: 'Indian sports tournament app\'s registered players export, as its feature notes show it (registration number, paid, player, e-mail, phone, age, birth date, gender, blood group, address, Aadhaar, emergency contact, jersey, sizes, photos, date, payment)', lang: 'en', defaultCountry: 'IN', source: 'index:14412929667 (a tournament app\'s player export notes, Markdown)' }, `
    Registration No | - | 1 | 2 | 3
    Paid | - | YES | NO | YES
    Player Name | name | Nikhil Chauhan | Farhan Qureshi | Siddharth Rao
    Email | email | nikhil.chauhan@example.com | farhan.q@example.com | sid.rao@example.com
    Phone | phone | 9812345670 | 9023456781 | 9934567812
    Age | - | 24 | 19 | 27
    DOB | dateOfBirth | 14-02-2001 | 30-09-2006 | 08-06-1998
    Gender | - | Male | Male | Male
    Blood Group | - | B+ | O+ | A-
    Address | address1 | 22 Civil Lines, Jaipur | 5 MG Road, Lucknow | 17 Park Street, Kolkata
    Aadhar No | - | 234567890123 | 345678901234 | 456789012345
    Emergency Contact | - | 9812300011 | 9023400022 | 9934500033
    Jersey Name | - | NIKHIL | FARHAN | SID
    Jersey Number | - | 7 | 18 | 45
    T-Shirt Size | - | L | M | XL
    Short Size | - | M | S | L
    Photo URL | - | https://storage.example.com/p/1.jpg | https://storage.example.com/p/2.jpg | https://storage.example.com/p/3.jpg
    Aadhar Photo URL | - | https://storage.example.com/a/1.jpg | https://storage.example.com/a/2.jpg | https://storage.example.com/a/3.jpg
    Registered Date | - | 20/01/2026 12:09 PM | 20/01/2026 11:30 AM | 21/01/2026 09:05 AM
    Payment ID | - | pay_QxT81 | "" | pay_QyZ27
    Amount Paid | - | 500 | 0 | 500
  `),
  set({ id: 'en-golf-league-teams-players-import', kind: 'golf league app\'s team and player import, the example CSV its import page shows (team, group, player, e-mail, phone, handicap, category, substitute)', lang: 'en', source: 'index:67219351932 (a league app\'s team import page, example CSV, React)' }, `
    # The team the player is registered with is Tags; the team's pool in the draw and the league category are the
    # competition's, not the player's groups: not imported.
    Team Name | tags | Team 1 | Team 1 | Team 2
    Group | - | Group A | Group A | Group B
    Player Name | name | Greg Holloway | Dana Pruitt | Victor Lam
    Email | email | greg.holloway@example.com | "" | victor.lam@example.com
    Phone | phone | 555-1234 | "" | 555-8821
    Handicap | - | 25 | 30 | 12
    Category | - | A League | A League | B League
    Substitute | - | "" | "" | yes
  `),
  set({ id: 'en-zm-pharmacy-subscriptions-report-title-lines', kind: 'Zambian pharmacy software\'s subscription history report in CSV, with a title, generated and currency lines and a blank line above the header (date, tenant, e-mail, phone, business type, registration number, action, plan, amount, user, notes, payment method, next billing)', lang: 'en', defaultCountry: 'ZM', above: [['Subscription History Report'], ['Generated:', ' 2025-06-02 14:31:07'], ['Currency:', ' Zambian Kwacha (ZMW)'], []], source: 'index:36842785518 (a pharmacy SaaS admin\'s subscription report service, C#)' }, `
    Date | - | 2025-05-03 | 2025-05-11 | 2025-05-20
    # The tenants are pharmacies and clinics: the tenant's name is the Company name.
    Tenant Name | companyName | Kabulonga Pharmacy | Chipata Road Clinic | Mwila Chemists
    Email | email | info@kabulongapharmacy.example.zm | admin@chipataclinic.example.zm | mwila.chemists@example.com
    Phone | phone | 0977 123456 | 0966 234567 | 0955 345678
    Business Type | - | Pharmacy | Clinic | Pharmacy
    Registration Number | - | ZAM/PHARMACY/2025/001 | ZAM/CLINIC/2025/002 | ZAM/PHARMACY/2025/003
    Action | - | Upgrade | Renewal | New
    Plan | - | Professional | Basic | Basic
    Amount (ZMW) | - | 1500.00 | 750.00 | 750.00
    # The staff user who recorded the change, not the one in charge of the tenant: not imported.
    User | - | Mary Banda | John Phiri | Mary Banda
    Notes | - | Upgraded after trial | "" | Onboarded via agent
    Payment Method | - | Mobile Money | Bank Transfer | Mobile Money
    Next Billing Date | - | 2025-06-03 | 2025-06-11 | 2025-06-20
  `),
  set({ id: 'en-gym-staff-bulk-paste-no-header', kind: 'gym chain dashboard\'s bulk employee add, one employee a line with no header row (full name, phone, e-mail)', lang: 'en', noHeader: true, source: 'index:55248984268 (a gym dashboard\'s bulk add employees server action, TypeScript)' }, `
    "" | name | Tasha Reynolds | Omar Haddad | Kyle Brennan
    "" | phone | 512-555-0198 | 512-555-0123 | 737-555-0165
    "" | email | tasha.reynolds@example.com | omar.haddad@example.com | kyle.brennan@example.com
  `),
  set({ id: 'en-university-students-export-cgpa-standing', kind: 'university admin portal\'s student list exported to CSV (student id, name, e-mail, phone, program, faculty, level, CGPA, standing, enrolled date)', lang: 'en', defaultCountry: 'NG', source: 'index:69880803929 (a university portal\'s students page, CSV export, React)' }, `
    Student ID | externalId | STU/2022/0143 | STU/2023/0571 | STU/2021/0098
    First Name | firstName | Chiamaka | Tunde | Aisha
    Last Name | lastName | Okonkwo | Adebayo | Bello
    Email | email | chiamaka.okonkwo@example.edu.ng | tunde.adebayo@example.edu.ng | aisha.bello@example.edu.ng
    Phone | phone | 0803 123 4567 | 0812 987 6543 | 0706 555 1234
    Program | - | B.Sc. Computer Science | B.Eng. Civil Engineering | B.Sc. Accounting
    Faculty | - | Science | Engineering | Management Sciences
    Level | - | 300 | 200 | 400
    CGPA | - | 4.21 | 3.65 | 3.98
    Standing | - | Good | Good | Probation
    Enrolled Date | - | 2022-10-03 | 2023-10-09 | 2021-09-27
  `),
  set({ id: 'en-team-roster-import-username-jersey', kind: 'sports team builder\'s player import, the example CSV its import popover shows (username, player name, e-mail, phone, jersey number)', lang: 'en', source: 'index:10086195774 (a team builder page\'s roster import help, React)' }, `
    # The username is the login the player has in this app: the External ID.
    name | externalId | mike_ross | tara_k | devon.w
    player name | name | Mike Ross | Tara Kim | Devon Wells
    email | email | mike.ross@example.com | tara.kim@example.com | devon.wells@example.com
    Phone No. | phone | +1 503 555 0147 | "" | +1 971 555 0182
    Number | - | 10 | 5 | 23
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-berufsschule-sus-import-betrieb', kind: 'German vocational school app\'s trainee import form (surname, first name, birth date, class, trade code, entry date, training company, its postcode and e-mail)', lang: 'de', defaultCountry: 'DE', source: 'index:34218007346 (a vocational school app\'s student import page, PHP)' }, `
    Nachname | lastName | Krüger | Yilmaz | Becker
    Vorname | firstName | Jonas | Elif | Marie
    Geburtsdatum | dateOfBirth | 2006-04-12 | 2005-09-30 | 2007-01-18
    Klasse | - | IT23A | IT23A | KFZ24B
    Berufskürzel | - | FIAE | FISI | KFZM
    entryDate | - | 2023-08-01 | 2023-08-01 | 2024-08-01
    # The training company is the trainee's employer: the Company name; its postcode and e-mail are not imported.
    Betrieb | companyName | Softwarehaus Nord GmbH | Stadtwerke Kiel | Autohaus Petersen
    Betrieb_PLZ | - | 24103 | 24114 | 24582
    Betrieb_Email | - | ausbildung@softwarehaus-nord.example.de | personal@stadtwerke.example.de | info@autohaus-petersen.example.de
  `),
  set({ id: 'de-at-schule-wiederholungspruefungen-csv', kind: 'Austrian school\'s resit and warning list read by a C program, a CSV with four empty columns at the end (class, surname, first name, birth date, subject, date, teacher, kind, remark)', lang: 'de', defaultCountry: 'AT', source: 'index:28273832338 (a school resit planner\'s CSV reader, C)' }, `
    Klasse | - | 1ABMB | 2AHEL | 1AFELC
    Familienname | lastName | Huber | Pichler | Wallner
    Vorname | firstName | Lukas | Sophie | David
    Geburtsdatum | dateOfBirth | 12.03.2008 | 27.11.2006 | 04.07.2008
    Gegenstand | - | Englisch | Mathematik | Deutsch
    FW-Datum | - | 04.05.2024 | 06.05.2024 | 07.05.2024
    LehrerIn | - | Gruber Anna | Steiner Paul | Gruber Anna
    FW-Art | - | Mahnung | Frühwarnung | Mahnung
    FW-Anmerkung | - | "" | Hausübungen fehlen | ""
    "" | - | "" | "" | ""
    "" | - | "" | "" | ""
    "" | - | "" | "" | ""
    "" | - | "" | "" | ""
  `),
  set({ id: 'de-ch-subjekt-seed-ahv-insert', kind: 'Swiss administration demo\'s person table, the columns its seed INSERT fills (AHV number, surname, first name, birth date, street, postcode, town, e-mail, phone)', lang: 'de', defaultCountry: 'CH', source: 'index:68942938022 (a Swiss case-management demo\'s database seed, Python)' }, `
    ahvn13 | - | 756.1234.5678.97 | 756.9876.5432.10 | 756.4567.8912.34
    name | lastName | Meier | Brunner | Frei
    vorname | firstName | Reto | Claudia | Simon
    geburtsdatum | dateOfBirth | 1982-06-14 | 1975-02-03 | 1999-10-27
    strasse | address1 | Bahnhofstrasse 12 | Vordergasse 5 | Rheinstrasse 44
    plz | postalCode | 8400 | 8200 | 8212
    ort | city | Winterthur | Schaffhausen | Neuhausen am Rheinfall
    email | email | reto.meier@example.ch | c.brunner@example.ch | simon.frei@example.com
    telefon | phone | +41 52 612 34 56 | +41 52 687 11 22 | +41 52 645 78 90
  `),
  set({ id: 'de-lohn-beispieldaten-personalnummer', kind: 'German bookkeeping tool\'s sample payroll CSV for its anomaly checks (personnel number, surname, first name, entry date, gross and net pay, tax class, social charges, hours, sick and holiday days, mini-job, company car, benefit in kind)', lang: 'de', defaultCountry: 'DE', source: 'index:66019968326 (a bookkeeping tool\'s sample data generator, Python)' }, `
    Personalnummer | externalId | 2001 | 2002 | 2003
    Name | lastName | Lehmann | Vogel | Schubert
    Vorname | firstName | Sven | Jana | Dirk
    Eintritt | - | 01.04.2019 | 15.08.2022 | 01.02.2024
    Bruttolohn | - | 4600,00 | 3100,00 | 520,00
    Nettolohn | - | 2990,00 | 2110,00 | 520,00
    Steuerklasse | - | 3 | 1 | 6
    SV_Beitrag_AG | - | 920,00 | 620,00 | 156,00
    SV_Beitrag_AN | - | 690,00 | 465,00 | 0,00
    Arbeitsstunden | - | 168,00 | 160,00 | 43,00
    Ueberstunden | - | 6,00 | 0,00 | 0,00
    Krankheitstage | - | 2 | 0 | 0
    Urlaubstage | - | 3 | 2 | 0
    Minijob | - | N | N | J
    Firmenwagen | - | J | N | N
    Geldwerter_Vorteil | - | 410,00 | 0,00 | 0,00
  `),
  set({ id: 'de-datev-stunden-vorlage-personalnummer', kind: 'German time-tracking app\'s payroll hours export template for the tax adviser (personnel number, surname, first name, target and actual hours)', lang: 'de', defaultCountry: 'DE', source: 'index:53898256914 (a time-tracking app\'s DATEV export template, Liquid)' }, `
    Personalnummer | externalId | 00017 | 00023 | 00031
    Name | lastName | Kaiser | Wolff | Hartmann
    Vorname | firstName | Nina | Patrick | Ute
    Sollstunden | - | 160,00 | 120,00 | 80,00
    Iststunden | - | 164,50 | 118,25 | 82,00
  `),
  set({ id: 'de-alumni-treffen-anmeldungen-jahrgang', kind: 'German school alumni meetup app\'s registrations export (surname, first name, e-mail, graduation year, participant list, registered)', lang: 'de', defaultCountry: 'DE', source: 'index:55691406239 (an alumni meetup app\'s registrations view, CSV download, Java)' }, `
    Nachname | lastName | Albrecht | Sommer | Günther
    Vorname | firstName | Tobias | Franziska | Lars
    E-Mail | email | tobias.albrecht@example.de | f.sommer@example.com | lars.guenther@example.de
    Jahrgang | - | 2005 | 2005 | 2010
    # Which of the meetup's lists the person is on (participants or waiting list): like a status, not imported.
    Teilnehmerliste | - | Teilnehmer | Warteliste | Teilnehmer
    Registriert am | - | 2025-04-02 18:20 | 2025-04-03 07:45 | 2025-04-05 21:10
  `),
  set({ id: 'de-drogerie-kunden-outlook-kontakte-export', kind: 'German perfumery till software\'s customer export for Outlook contacts (surname, first name, e-mail, private street, postcode and town, private phone, private fax, mobile, birthday)', lang: 'de', defaultCountry: 'DE', source: 'index:9219321071 (a till software\'s customer import and export form, Visual Basic)' }, `
    NACHNAME | lastName | Wagner | Krause | Lorenz
    VORNAME | firstName | Birgit | Helga | Sabine
    E-MAIL | email | birgit.wagner@example.de | "" | s.lorenz@example.com
    STRAßE PRIVAT | address1 | Goethestr. 8 | Kirchweg 21 | Am Lindenhof 3
    POSTLEITZAHL PRIVAT | postalCode | 30159 | 30519 | 30625
    ORT PRIVAT | city | Hannover | Hannover | Hannover
    # Every phone is typed (private, mobile): the mobile is the main phone, the private one additional.
    TELEFON (PRIVAT) | additionalPhones | 0511 3456789 | 0511 8765432 | ""
    FAX PRIVAT | - | "" | 0511 8765433 | ""
    MOBILTELEFON | phone | 0171 2345678 | "" | 0160 9876543
    GEBURTSTAG | dateOfBirth | 12.05.1968 | 03.11.1951 | 27.08.1979
  `),
  set({ id: 'de-zeiterfassung-datev-lohn-export', kind: 'German time-tracking app\'s payroll hours export for the tax adviser, a semicolon CSV with a byte-order mark, one line per day worked (personnel number, surname, first name, date, hours, note)', lang: 'de', defaultCountry: 'DE', source: 'index:60407407815 (a time-tracking page\'s DATEV wage export, React)' }, `
    Personalnummer | externalId | 3F9A21C0 | 7B2E44D1 | 3F9A21C0
    Nachname | lastName | Neumann | Schröder | Neumann
    Vorname | firstName | Heike | Markus | Heike
    Datum | - | 02.06.2025 | 02.06.2025 | 03.06.2025
    Stunden | - | 7,5 | 8 | 6,25
    Bemerkung | - | "" | Baustelle Nord | Arzttermin
  `),
];
