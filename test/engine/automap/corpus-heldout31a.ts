// The thirty-first held-out part of the auto-mapping corpus (see corpus-format.ts), first half (Portuguese, French,
// English and German files; the other half, corpus-heldout31b.ts, holds the other files): 50 header sets (415 columns,
// 219 of them expected to map; 14 Portuguese, 14 French, 14 English, 8 German; 3 files without a header row (lists
// pasted one person a line into a campaign tool, a CRM and an invitation app), 2 with a title line and a blank line
// above it (an employee import test, a gym club's export); 3 sets of 20 to 24 columns) from sources none of the other
// parts use, found in the public code index with find_string (exact header text of HR, staff, payroll and timesheet
// exports, patient, appointment and receivables lists of clinics, tenant and real-estate lead lists, student, pupil and
// learner rosters and imports, club member lists, guest lists, admin exports, database seeds and DAO column lists,
// import templates and their tests, paste-in list formats) and written down, with the mapping a careful person would
// choose by the field definitions and the rules, BEFORE the mapper was run on them and without reading the
// lexicon or the mapper. "index:N" names the index file the header text was read from (the index does not name its
// repository); the kind says what the file is. Sample values are made up in the shape of each file's own (no personal
// data or example rows from the sources are copied). A set whose file has no header row writes each header as "". No
// set's headers repeat an older part's (each was compared lower-cased).
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
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once:
// - In a clinic's appointment, receivables or survey list the patient is the contact: the doctor, professional or
//   clinic unit of one appointment or charge is a detail of that booking and is not imported (a therapist ASSIGNED
//   to the patient would be the Contact owner); the appointment's own id is not imported.
// - A login, a user name or a pseudonym of a user table is another system's id of the person: the External ID.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout31' }, table);

export const HELDOUT31A: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Portuguese
  set({ id: 'pt-admin-users-export-celular-nivel', kind: 'admin page export of registered users (Node)', lang: 'pt', defaultCountry: 'BR', source: 'index:20147662677 (an Express admin route exporting the users list as CSV)' }, `
    # the ID column holds the user's login: another system's id of the person, the External ID
    ID | externalId | mcardoso | jpferreira | admin2
    Nome | name | Mariana Cardoso | João Pedro Ferreira | Luiza Amaral
    Email | email | mariana.cardoso@correio.example | jpferreira@provedor.example | luiza.amaral@empresa.example
    Celular | phone | (11) 98765-4321 | (21) 99876-1234 | (31) 98123-4567
    Nível | - | usuario | usuario | admin
    Cadastro | - | 12/03/2025 | 04/04/2025 | 19/05/2025
  `),
  set({ id: 'pt-insurance-leads-celular-telefone-ids', kind: 'lead table of a car-insurance landing page (PHP insert)', lang: 'pt', defaultCountry: 'BR', source: 'index:33765623066 (a PHP lead capture script, its MySQL column list)' }, `
    nome | name | Carlos Eduardo Lima | Patrícia Nogueira | Renato Siqueira
    email | email | carlos.lima@email.example | patricia.nog@email.example | renato.siqueira@email.example
    # an untyped phone is the main phone, the mobile beside it an additional phone
    celular | additionalPhones | 11 987654321 | 19 991234567 | 41 998877665
    telefone | phone | 11 34567890 | 19 32123456 | 41 33221100
    veiculo | - | Hatch | Sedan | SUV
    modelo | - | Onix 1.0 | Corolla XEi | Compass Longitude
    integracao | - | 1 | 1 | 0
    # the lead's id in the insurer's system: the External ID; the login beside it is the second id, not imported
    id_uranet | externalId | 884512 | 884513 | 884514
    login_suhai | - | cel884512 | pno884513 | rsi884514
    senha_suhai | - | x8Kp2m | L0qa9z | T7vb3n
  `),
  set({ id: 'pt-realestate-leads-mongoexport-quartos', kind: 'mongoexport of a real-estate launch\'s leads (docs)', lang: 'pt', defaultCountry: 'BR', source: 'index:53670814121 (a README on exporting the leads collection with mongoexport)' }, `
    nome | name | Fernanda Rocha | Gustavo Henrique Alves | Beatriz Campos
    email | email | fernanda.rocha@mail.example | gustavo.alves@mail.example | bia.campos@mail.example
    celular | phone | (62) 99812-3344 | (62) 98455-1020 | (64) 99231-7788
    quartos | - | 2 | 3 | 2
    created_at | - | 2025-06-02T14:21:09Z | 2025-06-03T09:02:44Z | 2025-06-05T18:40:12Z
  `),
  set({ id: 'pt-lms-aluno-seed-ra', kind: 'database seed of an LMS\'s student table (SQL)', lang: 'pt', defaultCountry: 'BR', source: 'index:40784366485 (a SQL script inserting students into the Aluno table)' }, `
    Nome | name | rafael | camila | bruno
    Email | email | rafael.souza@aluno.example | camila.reis@aluno.example | bruno.matos@aluno.example
    Celular | phone | (11)97654-3210 | (11)96543-2109 | (11)95432-1098
    # RA (registro acadêmico) is the student's number at the school: the External ID
    RA | externalId | 17245518 | 17311204 | 16998752
    Foto | - | "" | "" | ""
  `),
  set({ id: 'pt-crud-user-table-celular-telfixo', kind: 'user table of a CRUD app (Java DAO insert)', lang: 'pt', defaultCountry: 'BR', source: 'index:26242144750 (a Java UsuarioDAO, its INSERT column list)' }, `
    UserName | externalId | andre.m | tati_lopes | rgoncalves
    Senha | - | ******** | ******** | ********
    Nome | name | André Martins | Tatiana Lopes | Rodrigo Gonçalves
    Email | email | andre.martins@site.example | tati.lopes@site.example | rodrigo.g@site.example
    # typed phones only: the mobile is the main phone, the landline an additional one
    Celular | phone | (48) 99911-2233 | (48) 98822-3344 | (47) 99733-4455
    TelFixo | additionalPhones | (48) 3222-1100 | "" | (47) 3433-5566
    Cidade | city | Florianópolis | São José | Joinville
    Estado | state | SC | SC | SC
  `),
  set({ id: 'pt-usuario-login-setor-sexo', kind: 'user table of an internal help-desk app (Java DAO insert)', lang: 'pt', defaultCountry: 'BR', source: 'index:2031734935 (a Java UsuarioDao, its INSERT column list)' }, `
    Login | externalId | lsilva | mcosta | pfreitas
    Senha | - | ******** | ******** | ********
    Nome | firstName | Larissa | Marcelo | Paula
    Sobrenome | lastName | Silva | Costa | Freitas
    Email | email | larissa.silva@empresa.example | marcelo.costa@empresa.example | paula.freitas@empresa.example
    Celular | phone | (85) 99876-1122 | (85) 98765-2233 | (85) 99654-3344
    Setor | - | Financeiro | TI | Compras
    Sexo | - | F | M | F
    DataCadastro | - | 2024-08-12 | 2024-09-01 | 2024-09-15
  `),
  set({ id: 'pt-clinic-day-appointments-export', kind: 'day\'s appointments export of a clinic scheduling page', lang: 'pt', defaultCountry: 'BR', source: 'index:41852402317 (a clinic agenda script exporting a day\'s appointments)' }, `
    Data | - | 14/07/2025 | 14/07/2025 | 14/07/2025
    Horário | - | 08:00 | 08:50 | 09:40
    Duração (min) | - | 50 | 50 | 30
    Paciente | name | Helena Duarte | Otávio Ramos | Sônia Barreto
    Telefone | phone | (31) 99876-5432 | (31) 98712-3456 | (31) 3344-5566
    Email | email | helena.duarte@mail.example | otavio.ramos@mail.example | ""
    CPF | - | 123.456.789-09 | 987.654.321-00 | 111.222.333-96
    Observação | - | Retorno | Primeira consulta | ""
  `),
  set({ id: 'pt-nps-survey-patients-export', kind: 'NPS survey responses export of a clinic\'s WhatsApp bot', lang: 'pt', defaultCountry: 'BR', source: 'index:53300248833 (a survey service exporting patient NPS answers as CSV)' }, `
    Data | - | 02/06/2025 | 03/06/2025 | 03/06/2025
    Paciente | name | Vera Lúcia Prado | Diego Antunes | Aline Moura
    Telefone | phone | 5511998877665 | 5511987766554 | 5511976655443
    Campanha | - | Pós-consulta | Pós-consulta | Pós-exame
    Nota NPS | - | 10 | 8 | 9
    Resposta/Comentário | - | Ótimo atendimento | Demorou um pouco | Tudo certo
    Status | - | concluída | concluída | concluída
  `),
  set({ id: 'pt-dental-receivables-by-client', kind: 'receivables report of a dental clinic, grouped by client', lang: 'pt', defaultCountry: 'BR', source: 'index:70175111197 (a finance page exporting open charges per client as CSV)' }, `
    Cliente | name | Marcos Vinícius Teles | Juliana Pacheco | Sérgio Almeida
    Telefone | phone | (11) 98811-2233 | (11) 97722-3344 | (11) 96633-4455
    Data | - | 05/05/2025 | 12/05/2025 | 19/05/2025
    Consulta | - | Avaliação | Manutenção | Clareamento
    # the professional of one consultation (a charge's detail), not a user in charge of the client: not imported
    Profissional | - | Dra. Camila | Dr. Renan | Dra. Camila
    Procedimentos | - | Limpeza | Aparelho | Clareamento
    Vencimento | - | 05/06/2025 | 12/06/2025 | 19/06/2025
    Situação | - | Em aberto | Parcial | Em aberto
    Valor (R$) | - | 250,00 | 180,00 | 900,00
    Recebido (R$) | - | 0,00 | 90,00 | 0,00
    Em aberto (R$) | - | 250,00 | 90,00 | 900,00
  `),
  set({ id: 'pt-clinic-agenda-evolucao-export', kind: 'agenda export of a physiotherapy clinic system (C#)', lang: 'pt', defaultCountry: 'BR', source: 'index:68963186136 (a C# report service exporting appointments with record status)' }, `
    Data | - | 10/03/2025 | 10/03/2025 | 11/03/2025
    Horário | - | 07:30 | 08:30 | 14:00
    Paciente | name | Gilberto Nunes | Raquel Moreira | Tânia Vasconcelos
    Telefone | phone | (81) 99988-7766 | (81) 98877-6655 | (81) 3456-7788
    Tipo de Atendimento | - | Fisioterapia | Pilates | Avaliação
    Status | - | Realizado | Realizado | Agendado
    Evolução no Prontuário | - | Registrada | Pendente | Pendente
    Observações | - | "" | Trazer exame | ""
  `),
  set({ id: 'pt-whatsapp-campaign-recipients-clinica', kind: 'recipient list template of a clinic\'s WhatsApp campaign tool', lang: 'pt', defaultCountry: 'BR', source: 'index:63103353354 (a campaign page\'s default recipients text)' }, `
    nome_paciente | name | Luciana Freire | Wellington Dias | Cristiane Lobo
    telefone | phone | 5562998877665 | 5562987766554 | 5562976655443
    # the clinic unit of the appointment (a booking's detail): not imported
    clinica | - | Garavelo | Centro | Garavelo
    data_consulta | - | 26/05/2026 | 27/05/2026 | 27/05/2026
    hora_consulta | - | 14:30 | 09:00 | 16:15
  `),
  set({ id: 'pt-appointments-csv-medico-origem', kind: 'appointments report of a clinic SaaS (Kotlin test)', lang: 'pt', defaultCountry: 'BR', source: 'index:71120773103 (a reports service test checking the appointments CSV header)' }, `
    # the appointment's own id, not the patient's: not imported
    id | - | 5521 | 5522 | 5523
    inicio | - | 2026-10-06T09:00 | 2026-10-06T09:30 | 2026-10-06T10:00
    fim | - | 2026-10-06T09:30 | 2026-10-06T10:00 | 2026-10-06T10:30
    # the doctor of one appointment, not a user assigned to the patient: not imported
    medico | - | Dr. Paulo Reis | Dra. Ana Lima | Dr. Paulo Reis
    especialidade | - | Cardiologia | Dermatologia | Cardiologia
    paciente | name | Joana Matias | Severino Costa | Lívia Prates
    telefone | phone | 5584999887766 | 5584988776655 | 5584977665544
    status | - | confirmado | agendado | cancelado
    # how the booking came in (the assistant, the reception): an origem column, the Source by the choices
    origem | source | IA | recepcao | IA
    criado_em | - | 2026-10-01T12:03:00 | 2026-10-02T08:15:00 | 2026-10-02T19:44:00
  `),
  set({ id: 'pt-finance-receivables-import-paciente', kind: 'receivables spreadsheet import of a dental practice (test)', lang: 'pt', defaultCountry: 'BR', source: 'index:66789065857 (a finance import parser\'s test with the bookkeeper\'s CSV)' }, `
    Paciente | name | Rosana Teixeira | Fábio Menezes | Cláudia Serra
    Telefone | phone | (11) 98877-1122 | (11) 97766-2233 | (11) 96655-3344
    Vencimento | - | 05/09/2026 | 10/09/2026 | 15/09/2026
    Valor | - | R$ 1.200,00 | R$ 480,00 | R$ 2.350,00
    Valor Pago | - | R$ 200,00 | R$ 0,00 | R$ 350,00
    Parcela | - | 2/6 | 1/3 | 3/10
    Situação | - | Em aberto | Em aberto | Parcial
    Descrição | - | Prótese | Limpeza | Implante
  `),
  set({ id: 'pt-whatsapp-contacts-paste-no-header', kind: 'contact list pasted into a WhatsApp CRM\'s import dialog (name and phone, one contact a line, no header row)', lang: 'pt', defaultCountry: 'BR', noHeader: true, source: 'index:52500396599 (a React CRM\'s import contacts modal)' }, `
    "" | name | Marta Oliveira | Rogério Santana | Bianca Lopes
    "" | phone | 5511987651234 | 5521976542345 | 5531965433456
  `),
  // --------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-qr-game-customers-export-source', kind: 'customer export of a restaurant\'s QR-code game and reviews app', lang: 'fr', defaultCountry: 'FR', source: 'index:65782500114 (a Next.js admin route exporting customers as CSV)' }, `
    prenom | firstName | Camille | Lucas | Inès
    nom | lastName | Moreau | Girard | Benali
    email | email | camille.moreau@mail.example | lucas.girard@mail.example | ines.benali@mail.example
    telephone | phone | 06 12 34 56 78 | 07 98 76 54 32 | ""
    consentement | - | 2025-04-02T18:22:10.000Z | 2025-04-03T12:05:44.000Z | 2025-04-05T20:11:02.000Z
    valide_le | - | 2025-04-02T18:25:01.000Z | "" | 2025-04-05T20:13:40.000Z
    # the QR code the customer came through: the Source
    source | source | Table 4 | Comptoir | Vitrine
    jeux | - | 1 | 2 | 1
    avis | - | 1 | 0 | 1
    cree_le | - | 2025-04-02T18:21:55.000Z | 2025-04-03T12:05:30.000Z | 2025-04-05T20:10:48.000Z
  `),
  set({ id: 'fr-language-school-students-template', kind: 'student import template of an online language school (admin)', lang: 'fr', defaultCountry: 'FR', source: 'index:70903116594 (a FastAPI admin route serving the students CSV template)' }, `
    prenom | firstName | Aminata | Thomas | Fatou
    nom | lastName | Diallo | Lefèvre | Ndiaye
    email | email | aminata.diallo@mail.example | thomas.lefevre@mail.example | fatou.ndiaye@mail.example
    telephone | phone | +221771234500 | +33612340099 | +221781112233
    niveau | - | beginner | intermediate | beginner
    prix | - | 60000 | 76 | 60000
    devise | - | FCFA | EUR | FCFA
  `),
  set({ id: 'fr-gym-club-export-title-line', kind: 'member export of a gym club\'s back office, with a title line and a blank line above the header (test)', lang: 'fr', defaultCountry: 'FR', above: [['Export du 05/10/2026'], []], source: 'index:71581129958 (a club dashboard\'s tests reading dropped CSV files)' }, `
    # the member's number at the club: the External ID
    Numéro | externalId | 10482 | 10517 | 10533
    # the only name column of the file, holding the whole name: the Name
    Nom | name | Julie Morel | Karim Benali | Théo Lefort
    Date | - | 02/09/2026 | 03/09/2026 | 03/09/2026
  `),
  set({ id: 'fr-school-accounts-import-etablissement', kind: 'account import template of a school platform (Côte d\'Ivoire)', lang: 'fr', defaultCountry: 'CI', source: 'index:54686889967 (a React import form\'s template download)' }, `
    prenom | firstName | Adjoua | Koffi | Mariam
    nom | lastName | N'Guessan | Yao | Traoré
    email | email | adjoua.nguessan@ecole.example | koffi.yao@mail.example | mariam.traore@ecole.example
    telephone | phone | +2250700112233 | +2250500223344 | ""
    role | - | enseignant | parent | enseignant
    statut | - | actif | actif | actif
    pays | country | Côte d'Ivoire | "" | Côte d'Ivoire
    code_etablissement | - | 041600 | "" | 052210
    # the school a teacher works at: the person's company (an employer of a teacher)
    etablissement | companyName | Lycée Moderne de Cocody | "" | Collège Saint-Viateur
  `),
  set({ id: 'fr-realestate-leads-lieu-budget', kind: 'lead import example of a real-estate CRM dialog', lang: 'fr', defaultCountry: 'FR', source: 'index:53650561220 (a React import dialog\'s CSV format example)' }, `
    prenom | firstName | Élodie | Maxime | Sophie
    nom | lastName | Garnier | Roux | Vidal
    email | email | elodie.garnier@mail.example | maxime.roux@mail.example | sophie.vidal@mail.example
    telephone | phone | 0611223344 | 0622334455 | 0633445566
    # where the lead is looking (a free-form location), not the lead's address: not imported
    lieu | - | Bordeaux | Nantes centre | Toulouse
    budget | - | 250000 | 180000 | 320000
    statut | - | lead | contacted | lead
  `),
  set({ id: 'fr-clients-import-example-adresse-cp', kind: 'client import example of a small PHP CRM', lang: 'fr', defaultCountry: 'FR', source: 'index:56336480429 (a PHP clients page\'s example CSV download)' }, `
    prenom | firstName | Nathalie | Julien | Aurélie
    nom | lastName | Bernard | Mercier | Faure
    email | email | nathalie.bernard@mail.example | julien.mercier@mail.example | aurelie.faure@mail.example
    telephone | phone | 0612457890 | 0698124578 | 0478123456
    adresse | address1 | 8 rue des Tanneurs | 27 avenue Jean Jaurès | 3 place Bellecour
    cp | postalCode | 67000 | 31000 | 69002
    ville | city | Strasbourg | Toulouse | Lyon
    note | - | Client VIP | "" | Rappeler en mars
  `),
  set({ id: 'fr-hotel-clients-import-piece-vip', kind: 'guest import structure of a hotel management app (Laravel)', lang: 'fr', defaultCountry: 'FR', source: 'index:71398805887 (a Blade view\'s CSV import modal listing the expected columns)' }, `
    prenom | firstName | Karim | Isabelle | Pierre-Yves
    nom | lastName | Haddad | Chevalier | Le Gall
    email | email | karim.haddad@mail.example | isabelle.chevalier@mail.example | py.legall@mail.example
    telephone | phone | +33 6 11 22 33 44 | +33 6 55 66 77 88 | +33 2 98 11 22 33
    pays | country | France | Belgique | France
    nationalite | - | française | belge | française
    type_piece | - | CNI | passeport | CNI
    numero_piece | - | 120375A01234 | EP1234567 | 990229B05678
    date_naissance | dateOfBirth | 1982-05-14 | 1975-11-02 | 1968-03-27
    adresse | address1 | 14 rue Pasteur | Rue Neuve 52 | 5 quai de l'Odet
    ville | city | Marseille | Bruxelles | Quimper
    vip | - | non | oui | non
    blackliste | - | non | non | non
    notes | - | "" | Chambre calme | ""
  `),
  set({ id: 'fr-wedding-guests-template-groupe', kind: 'guest list template of a wedding planning app', lang: 'fr', defaultCountry: 'CI', source: 'index:61074676764 (a Next.js route serving the guests CSV template)' }, `
    prenom | firstName | Serge | Akissi | Rose
    nom | lastName | Kouassi | Bamba | Ouattara
    email | email | serge.kouassi@mail.example | akissi.bamba@mail.example | ""
    telephone | phone | +2250102030499 | +2250708091011 | +2250506070812
    # the party a guest comes with (family of the bride, colleagues): a group the person belongs to, Tags
    groupe | tags | Famille mariée | Collègues | Famille marié
    places | - | 2 | 1 | 3
    notes | - | Cousin de la mariée | "" | Végétarien
  `),
  set({ id: 'fr-students-export-lieu-naissance-moyenne', kind: 'student list export of a school management page (JS)', lang: 'fr', defaultCountry: 'SN', source: 'index:54139697244 (a students page\'s CSV export handler)' }, `
    # the app's own student number: the External ID
    id | externalId | 1 | 2 | 3
    nom | lastName | Sow | Faye | Gueye
    prenom | firstName | Ousmane | Khady | Mamadou
    date_naissance | dateOfBirth | 2004-03-12 | 2005-07-01 | 2004-11-23
    lieu_naissance | - | Dakar | Thiès | Saint-Louis
    telephone | phone | 77 123 45 67 | 76 234 56 78 | 78 345 67 89
    moyenne | - | 13.50 | 15.25 | 11.75
  `),
  set({ id: 'fr-exam-pupils-import-mail-classe', kind: 'pupil import file of a school exam-scanning tool (docs)', lang: 'fr', defaultCountry: 'TN', source: 'index:58034799283 (a workflow document giving the expected pupils CSV)' }, `
    Nom | lastName | BEN SALAH | TRABELSI | JEBALI
    Prenom | firstName | YASMINE | AMINE | SARRA
    Date_Naissance | dateOfBirth | 14/02/2011 | 03/09/2011 | 27/05/2011
    Mail | email | yasmine.bensalah-e@college.example | amine.trabelsi-e@college.example | sarra.jebali-e@college.example
    Classe | - | 3.2 | 3.4 | 3.1
  `),
  set({ id: 'fr-event-guests-paste-no-header', kind: 'guest list pasted into an event invitation app (one guest a line, no header row)', lang: 'fr', defaultCountry: 'SN', noHeader: true, source: 'index:59088630717 (an event dashboard\'s bulk guest form, React)' }, `
    "" | name | Awa Diop | Léa Martin | Ibrahima Sy
    "" | email | awa.diop@mail.example | maman.lea@mail.example | ""
    # the table the guest sits at: a seating detail, not imported
    "" | - | Table 3 | "" | Table 1
    # the parent to reach for a child guest: a relative's column, not imported
    "" | - | "" | Sophie Martin (maman) | ""
  `),
  set({ id: 'fr-school-students-importer-matricule', kind: 'student import file of a school management app (Spring test)', lang: 'fr', defaultCountry: 'CM', source: 'index:66623204614 (a student CSV importer\'s integration test)' }, `
    # the pupil's school registration number: the External ID
    matricule | externalId | 24-0153 | 24-0154 | 24-0178
    nom | lastName | Mbarga | Nkoulou | Tchoupo
    prenom | firstName | Christelle | Junior | Armelle
    date_naissance | dateOfBirth | 12/05/2012 | 30/09/2011 | 07/01/2012
    lieu_naissance | - | Yaoundé | Douala | Bafoussam
    niveau | - | 6e | 5e | 6e
  `),
  set({ id: 'fr-contest-candidates-structure-categorie', kind: 'candidate import of a competition management app (Django test, Côte d\'Ivoire)', lang: 'fr', defaultCountry: 'CI', source: 'index:70884193954 (a contest candidates import test)' }, `
    nom | lastName | Koné | Brou | Yéo
    prenom | firstName | Awa | Jean-Marc | Salimata
    date_naissance | dateOfBirth | 05/03/2006 | 17/11/2005 | 22/08/2006
    sexe | - | F | M | F
    ville | city | Abidjan | Bouaké | Korhogo
    # the club or school a candidate is entered by: a group the person is registered with, Tags
    structure | tags | Club Excellence | Lycée Classique | Club Excellence
    # the competition category (an age class, like a school year): not imported
    categorie | - | Juniors | Juniors | Cadets
  `),
  set({ id: 'fr-events-crm-contacts-dataframe', kind: 'contacts sheet of an events CRM dashboard (Python, pandas columns)', lang: 'fr', defaultCountry: 'FR', source: 'index:48341460497 (a Streamlit CRM\'s scoring view reading the contacts sheet)' }, `
    ID | externalId | C001 | C002 | C003
    Nom | lastName | Rey | Gauthier | Nguyen
    Prénom | firstName | Mathilde | Bruno | Linh
    Email | email | mathilde.rey@asso.example | b.gauthier@entreprise.example | linh.nguyen@mail.example
    Téléphone | phone | 06 21 43 65 87 | 01 44 55 66 77 | 07 12 34 56 78
    Société | companyName | Association Horizons | Gauthier Conseil | ""
    Type | - | Partenaire | Client | Bénévole
    Statut | - | Actif | Prospect | Actif
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-hr-employee-export-joining-grade', kind: 'employee list export of a desktop HR app (Java)', lang: 'en', defaultCountry: 'IN', source: 'index:14218446856 (a Java Swing employee search screen\'s CSV export)' }, `
    Employee ID | externalId | 1041 | 1042 | 1057
    First Name | firstName | Kavya | Arjun | Meera
    Last Name | lastName | Iyer | Nair | Kulkarni
    Date of Birth | dateOfBirth | 1992-04-18 | 1988-12-02 | 1995-07-29
    Date of Joining | - | 2018-06-01 | 2015-01-12 | 2021-03-15
    Grade | - | B2 | C1 | A3
  `),
  set({ id: 'en-property-occupancy-tenant-list', kind: 'tenant list of a property management dashboard\'s occupancy report', lang: 'en', source: 'index:56683307139 (a React reports page exporting the occupancy module as CSV)' }, `
    Unit | - | 2B | 4A | 7C
    # the tenant's full name
    Tenant Name | name | Marcus Bell | Priya Raman | Elena Sokolova
    Email | email | marcus.bell@mail.example | priya.raman@mail.example | elena.sokolova@mail.example
    Phone | phone | (404) 555-0132 | (404) 555-0178 | (678) 555-0119
    Rent | - | 1450 | 1725 | 1390
    Move-In Date | - | 2023-08-01 | 2024-02-15 | 2022-11-01
    Lease End | - | 2025-07-31 | 2025-02-14 | 2025-10-31
    Status | - | Active | Active | Notice Given
  `),
  set({ id: 'en-hr-overtime-report-employees', kind: 'overtime report download of an HR dashboard', lang: 'en', source: 'index:56785228274 (a React HR reports page building the overtime CSV)' }, `
    Employee ID | externalId | EMP-0112 | EMP-0139 | EMP-0147
    First Name | firstName | Natalie | Jerome | Sandeep
    Last Name | lastName | Pruitt | Okafor | Bhatia
    Total Overtime (Hours) | - | 12.5 | 4 | 7.75
  `),
  set({ id: 'en-au-payroll-validator-award-wide', kind: 'payroll CSV of an Australian pay-compliance checker (test header)', lang: 'en', defaultCountry: 'AU', source: 'index:11929687950 (a C# CSV validator\'s unit tests, the valid header)' }, `
    Employee ID | externalId | E1001 | E1002 | E1003
    First Name | firstName | Chloe | Liam | Harper
    Last Name | lastName | Nguyen | O'Connor | Walsh
    Pay Period Start | - | 2025-03-03 | 2025-03-03 | 2025-03-03
    Pay Period End | - | 2025-03-09 | 2025-03-09 | 2025-03-09
    Pay Date | - | 2025-03-12 | 2025-03-12 | 2025-03-12
    Award Type | - | GeneralRetailIndustryAward2020 | GeneralRetailIndustryAward2020 | GeneralRetailIndustryAward2020
    Classification | - | Level1 | Level2 | Level1
    Employment Type | - | Casual | PartTime | FullTime
    Hourly Rate | - | 33.19 | 27.16 | 26.55
    Ordinary Hours | - | 20 | 30 | 38
    Ordinary Pay | - | 663.80 | 814.80 | 1008.90
    Saturday Hours | - | 4 | 0 | 0
    Saturday Pay | - | 132.76 | 0 | 0
    Sunday Hours | - | 0 | 5 | 0
    Sunday Pay | - | 0 | 237.65 | 0
    Public Holiday Hours | - | 0 | 0 | 0
    Public Holiday Pay | - | 0 | 0 | 0
    Gross Pay | - | 796.56 | 1052.45 | 1008.90
    Superannuation Paid | - | 91.60 | 121.03 | 116.02
  `),
  set({ id: 'en-student-meeting-checkin-export', kind: 'meeting check-in export of a student club\'s sign-in app (C#)', lang: 'en', source: 'index:596227957 (an ASP.NET handler writing check-ins as CSV)' }, `
    Student Id | externalId | 900123456 | 900234567 | 900345678
    First Name | firstName | Jordan | Aaliyah | Mateo
    Last Name | lastName | Price | Brooks | Delgado
    Email | email | jprice3@students.example.edu | abrooks@students.example.edu | mdelgado7@students.example.edu
    Date | - | 2025-02-11 | 2025-02-11 | 2025-02-18
    Meeting | - | General Body | General Body | Officer Meeting
  `),
  set({ id: 'en-attendance-export-subject-marked-by', kind: 'attendance records export of a college attendance app', lang: 'en', source: 'index:55438387746 (a Next.js API route exporting attendance as CSV)' }, `
    Student ID | externalId | CS2023-014 | CS2023-027 | CS2023-031
    First Name | firstName | Ethan | Grace | Yusuf
    Last Name | lastName | Caldwell | Kim | Rahimi
    Email | email | ethan.caldwell@college.example.edu | grace.kim@college.example.edu | yusuf.rahimi@college.example.edu
    Subject Code | - | CS201 | CS201 | MA110
    Subject Name | - | Data Structures | Data Structures | Calculus I
    Date | - | 2025-03-04 | 2025-03-04 | 2025-03-05
    Status | - | PRESENT | ABSENT | LATE
    Marked By | - | Dr. Hughes | Dr. Hughes | Prof. Stein
  `),
  set({ id: 'en-law-school-students-import-program', kind: 'student import of a law school\'s clinic app (test)', lang: 'en', source: 'index:60099472358 (an Azure Functions importStudents test)' }, `
    Student ID | externalId | 12345 | 67890 | 24680
    First Name | firstName | Ann Marie | Robert | Keisha
    Last Name | lastName | O'Brien | Sato | Lambert
    Email | email | ann.obrien@law.example.edu | robert.sato@law.example.edu | keisha.lambert@law.example.edu
    Program | - | JD | LLM | JD
  `),
  set({ id: 'en-ph-roster-year-level-validator', kind: 'class roster upload of a university scholarship app (test, Philippines)', lang: 'en', defaultCountry: 'PH', source: 'index:71505864496 (a roster validation test)' }, `
    Student ID | externalId | 2021-04412 | 2022-01187 | 2020-09935
    First Name | firstName | Ana | Bea | Carlo
    Last Name | lastName | Reyes | Santos | Villanueva
    Email | email | ana.reyes@univ.example.edu.ph | bea.santos@univ.example.edu.ph | ""
    Year Level | - | 4 | 3 | 4
  `),
  set({ id: 'en-school-staff-import-sample-wide', kind: 'staff import sample of a school ERP (React)', lang: 'en', defaultCountry: 'IN', source: 'index:6383183005 (a React staff import page\'s sample CSV download)' }, `
    Staff ID | externalId | STF-021 | STF-034 | STF-047
    First Name | firstName | Ritu | Sameer | Anita
    Last Name | lastName | Sharma | Qureshi | D'Souza
    Father Name | - | Rakesh Sharma | Imran Qureshi | Peter D'Souza
    Mother Name | - | Sunita Sharma | Farah Qureshi | Maria D'Souza
    Email | email | ritu.sharma@school.example.in | sameer.q@school.example.in | anita.dsouza@school.example.in
    Gender | - | Female | Male | Female
    Date Of Birth | dateOfBirth | 1987-02-14 | 1990-10-05 | 1983-06-21
    Date Of Joining | - | 2014-06-02 | 2019-04-01 | 2010-07-15
    Phone | phone | 9876543210 | 9123456780 | 9988776655
    Emergency Contact Number | - | 9811122233 | 9822233344 | 9833344455
    Marital Status | - | Married | Single | Married
    Current Address | address1 | 12 MG Road, Pune | 45 Linking Road, Mumbai | 8 Church Street, Bengaluru
    # the second address of the person: an alternate address, not imported over the current one
    Permanent Address | - | 3 Civil Lines, Jaipur | 45 Linking Road, Mumbai | 21 Fort Road, Mangaluru
    Qualification | - | M.Sc. B.Ed. | B.Com | M.A.
    Work Experience | - | 10 years | 4 years | 15 years
    Note | - | "" | Part-time | ""
    Role | - | Staff | Staff | Admin
    Designation | - | Teacher | Accountant | Principal
    Department | - | Science | Accounts | Administration
  `),
  set({ id: 'en-school-staff-selected-export', kind: 'selected staff export of a school management SaaS (C#)', lang: 'en', defaultCountry: 'KE', source: 'index:69482643208 (a C# staff service exporting selected staff records)' }, `
    Staff ID | externalId | TSC-10442 | TSC-10519 | NTS-0031
    First name | firstName | Wanjiru | Brian | Achieng
    Last name | lastName | Kamau | Otieno | Odhiambo
    Email | email | w.kamau@school.example | b.otieno@school.example | a.odhiambo@school.example
    Phone | phone | 0712 345678 | 0722 456789 | 0733 567890
    Category | - | Teaching | Teaching | Support
    Status | - | Active | Active | On leave
    Added on (UTC) | - | 2025-01-08 09:14 | 2025-01-08 09:15 | 2025-02-03 11:42
  `),
  set({ id: 'en-staff-timesheet-export', kind: 'timesheet export of a care home staff app', lang: 'en', defaultCountry: 'GB', source: 'index:55262104805 (an API route exporting staff timesheet entries as CSV)' }, `
    Staff ID | externalId | CH-104 | CH-117 | CH-122
    First Name | firstName | Joanne | Kwame | Siobhan
    Last Name | lastName | Price | Asante | Doyle
    Department | - | Nursing | Kitchen | Nursing
    Date | - | 2025-05-12 | 2025-05-12 | 2025-05-13
    Clock In | - | 07:00 | 06:30 | 19:00
    Clock Out | - | 15:10 | 14:30 | 07:05
    Break (min) | - | 30 | 30 | 45
    Total (min) | - | 460 | 450 | 680
    Regular (min) | - | 460 | 450 | 480
    Overtime (min) | - | 0 | 0 | 200
    Manual Entry | - | No | Yes | No
    Approved | - | Yes | Yes | No
  `),
  set({ id: 'en-gh-university-association-members-import', kind: 'member import of a university staff association app (test, Ghana)', lang: 'en', defaultCountry: 'GH', source: 'index:65862580992 (a member import test with legacy headers)' }, `
    Email Address | email | kofi.boateng@univ.example.edu.gh | esi.owusu@univ.example.edu.gh | yaw.darko@univ.example.edu.gh
    Staff ID | externalId | UG0412 | UG0877 | UG1033
    First Name | firstName | Kofi | Esi | Yaw
    Last Name | lastName | Boateng | Owusu | Darko
    Rank | - | Senior Lecturer | Professor | Lecturer
    # the association's groups a member is in: Tags
    Groups | tags | Member | Member; Executive | Member
  `),
  set({ id: 'en-title-row-employee-list-import', kind: 'employee import file with a title and a blank line above the headings (test)', lang: 'en', defaultCountry: 'BD', above: [['Employee list'], []], source: 'index:69774864946 (an HR app\'s bulk employee import tests, Django)' }, `
    Employee ID | externalId | 445962 | 445963 | 445971
    Name | name | Tanvir Hossain | Nusrat Jahan | Rafiq Islam
  `),
  set({ id: 'en-university-staff-list-faculty', kind: 'staff account list of a university course registration program (C++)', lang: 'en', defaultCountry: 'VN', source: 'index:115153539 (a C++ program rewriting the staff accounts file)' }, `
    # a row number: not imported
    No | - | 1 | 2 | 3
    Staff ID | externalId | GV001 | GV002 | GV003
    First Name | firstName | Minh | Lan | Quoc
    Last Name | lastName | Nguyen | Tran | Le
    Facultry | - | Information Technology | Mathematics | Physics
    Social ID | - | 079123456789 | 079234567890 | 079345678901
    Password | - | ******** | ******** | ********
  `),
  // --------------------------------------------------------------------------------------------------- German
  set({ id: 'de-voucher-campaign-recipients-no-header', kind: 'recipient list pasted into a beauty institute\'s voucher campaign tool (one line per customer, no header row)', lang: 'de', defaultCountry: 'DE', noHeader: true, source: 'index:57008632174 (a voucher sales admin guide describing the pasted list)' }, `
    "" | firstName | Katrin | Melanie | Andrea
    "" | lastName | Brandt | Vogel | Krüger
    "" | email | katrin.brandt@mail.example | m.vogel@mail.example | andrea.krueger@mail.example
    "" | phone | 0171 2345678 | 0152 3456789 | ""
  `),
  set({ id: 'de-civicrm-segmentation-export-zielgruppe', kind: 'segmentation export of a CiviCRM extension for a German charity (test)', lang: 'de', defaultCountry: 'DE', source: 'index:3001252690 (a CiviCRM segmentation export test checking the CSV header)' }, `
    # the CRM's own contact id in its export: the Contact ID by the choices
    contact_id | contactId | 10452 | 10453 | 10977
    titel | - | "" | Dr. | ""
    anrede | - | Frau | Herr | Frau
    vorname | firstName | Ingrid | Klaus | Renate
    nachname | lastName | Schmitt | Bauer | Lorenz
    geburtsdatum | dateOfBirth | 1948-03-02 | 1955-09-17 | ""
    strasse | address1 | Lindenstraße 12 | Am Markt 3 | Bergweg 7a
    plz | postalCode | 53111 | 50667 | 60311
    ort | city | Bonn | Köln | Frankfurt am Main
    land | country | DE | DE | DE
    zielgruppe ID | - | 7 | 7 | 9
    # the segment (target group) the contact is filed under: Tags
    zielgruppe | tags | Dauerspender | Dauerspender | Erstspender
    # an untyped phone and a mobile: the phone is the main one, the mobile an additional phone
    telefon | phone | 0228 123456 | 0221 987654 | ""
    mobilnr | additionalPhones | 0170 1112233 | "" | 0160 4445566
    email | email | ingrid.schmitt@mail.example | k.bauer@mail.example | ""
    paket | - | A | A | B
    textbaustein | - | TB1 | TB1 | TB2
  `),
  set({ id: 'de-hr-personnel-csv-wide', kind: 'personnel master data CSV of a small HR onboarding app (Node)', lang: 'de', defaultCountry: 'DE', source: 'index:20145799059 (a Node script appending new hires to a personnel CSV)' }, `
    Personalnummer | externalId | 100231 | 100232 | 100240
    Anrede | - | Herr | Frau | Herr
    Vorname | firstName | Tobias | Miriam | Dennis
    Nachname | lastName | Krause | Schulte | Yilmaz
    Geburtsdatum | dateOfBirth | 12.04.1990 | 03.11.1985 | 27.07.1998
    Geschlecht | - | m | w | m
    Staatsangehoerigkeit | - | deutsch | deutsch | türkisch
    E-mail | email | t.krause@mail.example | miriam.schulte@mail.example | dennis.yilmaz@mail.example
    Telefon | phone | 0151 22334455 | 0176 33445566 | 0162 44556677
    Strasse | address1 | Goethestraße | Schillerplatz | Bahnhofstraße
    Hausnummer | - | 14 | 2 | 88b
    Plz | postalCode | 70173 | 70174 | 70190
    Wohnort | city | Stuttgart | Stuttgart | Stuttgart
    Bundesland | state | Baden-Württemberg | Baden-Württemberg | Baden-Württemberg
    Kontoinhaber | - | Tobias Krause | Miriam Schulte | Dennis Yilmaz
    Iban | - | DE12 6005 0101 0001 2345 67 | DE34 6005 0101 0009 8765 43 | DE56 6005 0101 0005 5555 55
    Kreditinstitut | - | BW-Bank | Sparkasse | Volksbank
    Steueridentifikationsnummer | - | 12345678901 | 23456789012 | 34567890123
    Steuerklasse | - | 1 | 4 | 1
    Krankenkasse | - | AOK | TK | Barmer
    Versicherungsnummer | - | 12120490K123 | 53031185S456 | 65270798Y789
    Beginn | - | 01.05.2025 | 01.05.2025 | 15.05.2025
    Berufsbezeichnung | - | Lagerist | Buchhalterin | Fahrer
    Abteilung | - | Logistik | Finanzen | Logistik
  `),
  set({ id: 'de-book-orders-export-anrede-firma', kind: 'order export of a book shop\'s admin API (test)', lang: 'de', defaultCountry: 'DE', source: 'index:62287562131 (a shop API test checking the orders export header)' }, `
    Bestellnummer | - | HS-9004-0001 | HS-9004-0002 | HS-9004-0003
    Anrede | - | "" | Frau | Herr
    Vorname | firstName | Petra | Simone | Helmut
    Nachname | lastName | Wagner | Keller | Fuchs
    Firma | companyName | "" | Buchhandlung Keller | ""
    Strasse | address1 | Rosenweg 5 | Marktstraße 21 | Kirchgasse 9
    PLZ | postalCode | 80331 | 90402 | 93047
    Ort | city | München | Nürnberg | Regensburg
    Land | country | Deutschland | Deutschland | Deutschland
    Menge | - | 1 | 10 | 2
    Variante | - | Hardcover | Taschenbuch | Hardcover
    Bestelldatum | - | 04.03.2026 | 05.03.2026 | 05.03.2026
  `),
  set({ id: 'de-donors-import-spec-vorname-ort', kind: 'donor import format of a charity\'s donations app (spec)', lang: 'de', defaultCountry: 'DE', source: 'index:52549957022 (a build spec describing the donors CSV import)' }, `
    Vorname | firstName | Gisela | Horst | Monika
    Nachname | lastName | Lange | Peters | Engel
    Straße | address1 | Ahornweg 4 | Dorfstraße 17 | Am Bach 2
    PLZ | postalCode | 24103 | 24145 | 24214
    Ort | city | Kiel | Kiel | Gettorf
  `),
  set({ id: 'de-course-registrations-teilnehmer', kind: 'course registration import of a training provider\'s tool (test)', lang: 'de', defaultCountry: 'DE', source: 'index:70382141951 (an import mapping test with a registrations file)' }, `
    Kurs | - | Erste Hilfe Grundkurs | Erste Hilfe Auffrischung | Erste Hilfe Grundkurs
    # the participant's full name
    Teilnehmer | name | Kevin Stadler | Sandra Pohl | Jonas Maier
    E-Mail | email | k.stadler@mail.example | sandra.pohl@mail.example | ""
    Status | - | bezahlt | angemeldet | abgemeldet
  `),
  set({ id: 'de-course-payments-export-teilnehmer', kind: 'payments export of a fitness course booking app', lang: 'de', defaultCountry: 'DE', source: 'index:58849192012 (a payments admin route exporting CSV)' }, `
    # the payment's own id: not imported
    ID | - | pay_1042 | pay_1043 | pay_1051
    Datum | - | 03.02.2026 | 03.02.2026 | 05.02.2026
    Teilnehmer | name | Nina Hartwig | Marco Seidel | Laura Brandt
    E-Mail | email | nina.hartwig@mail.example | m.seidel@mail.example | laura.brandt@mail.example
    Kurs | - | Yoga am Morgen | Rückenfit | Yoga am Morgen
    Betrag (EUR) | - | 12,00 | 15,00 | 12,00
    Status | - | bezahlt | bezahlt | offen
    Zahlungsmethode | - | PayPal | Karte | SEPA
  `),
  set({ id: 'de-ch-apprentices-table-lehrberuf', kind: 'apprentice register of a training company\'s desktop app (Python, MySQL insert)', lang: 'de', defaultCountry: 'CH', source: 'index:34088500762 (a PyQt form saving apprentices to the kat_lehrlinge table)' }, `
    Personalnummer | externalId | 40712 | 40713 | 40731
    Vorname | firstName | Nico | Selina | Luca
    Nachname | lastName | Frei | Baumann | Meier
    Geburtsdatum | dateOfBirth | 2007-03-14 | 2006-11-02 | 2007-08-29
    Geschlecht | - | m | w | m
    Lehrberuf | - | Polymechaniker | Kauffrau | Automatiker
    Hauptmodul | - | Zerspanung | Finanzen | Steuerungstechnik
    Spezialmodul | - | CNC | Treuhand | SPS
    Lehrbeginn | - | 2023-08-01 | 2023-08-01 | 2024-08-01
    Lehrdauer | - | 4 | 3 | 4
    Mail | email | nico.frei@mail.example | selina.baumann@mail.example | luca.meier@mail.example
    Telefonnummer | phone | 079 123 45 67 | 078 234 56 78 | 076 345 67 89
    Strasse | address1 | Bahnhofstrasse | Dorfstrasse | Seeweg
    Hausnummer | - | 12 | 5a | 3
    PLZ | postalCode | 8400 | 8404 | 8610
    ORT | city | Winterthur | Winterthur | Uster
    # the country code of the address (CH, D, A): the Country
    LKZ | country | CH | CH | CH
    Bild | - | "" | "" | ""
  `),
];
