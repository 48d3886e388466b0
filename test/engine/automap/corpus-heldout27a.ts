// (Two sets written for this half were dropped when the parts were merged: the same files had been found for part 26.)
// The twenty-seventh held-out part of the auto-mapping corpus (see corpus-format.ts), first half (Portuguese, French,
// English and German files; the other half, corpus-heldout27b.ts, holds the other files): 48 header sets (478
// columns, 239 of them expected to map; 14 Portuguese, 14 French, 12 English, 8 German; 2 files without a header
// row, 2 with lines above it (an Excel "sep=," line; a DATEV payroll export's title, client, period and blank lines);
// 3 sets of 34 to 45 columns) from sources none of the other parts use, found in the public code index with
// find_string (exact header text of HR, staff, payroll, benefit-card and candidate exports and import templates,
// school, college and grade-book student lists, gym, sports-club, youth-league and shooting-club member and roster
// exports, a church visitor register, event sign-ups, a builder's contact book, shop loyalty and lead lists, health
// and other app user tables, admin export pages, database seeds and inserts, importer tests and fixtures, and import
// formats typed into a text box) and written down, with the mapping a careful person would choose by the field
// definitions and the rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper.
// "index:N" names the index file the header text was read from (the index does not name its repository); the kind
// says what the file is. Sample values are made up in the shape of each file's own (no personal data or example rows
// from the sources are copied). A trailing empty column (a header line ending in the separator) is written as "". Wide
// files are kept to their first columns, stopping at a column boundary. No set's headers repeat an older part's (each
// was compared lower-cased; the files without a header row aside).
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
// - A staff list's personnel number, registration number, employee id or reference is the External ID; hire, leave
//   and contract dates, wages, hours, grades, contract kinds, payroll figures and the employer's own codes, branches
//   and cost centres are not contact fields.
// - A student's, member's or player's plan, program, course, section, level, year and scores are not imported (like
//   a class); the team or club a player or member is registered with is Tags.
// - A gym trainer assigned to a member is the Contact owner (like a therapist); "created by", "entered by" and the
//   user who filed a request are not.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout27' }, table);

export const HELDOUT27A: CorpusSet[] = [
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-inscricao-evento-profissao-interesse', kind: 'event sign-up form saved to an "inscricao" table (name, e-mail, phone, age, gender, city, state, profession, interest, remarks)', lang: 'pt', defaultCountry: 'BR', source: 'index:17075161287 (a sign-up servlet inserting into the inscricao table, Java)' }, `
    nome | name | Larissa Menezes | Otávio Brandão | Kátia Ribeiro
    email | email | larissa.menezes@example.com.br | otavio.b@example.com | katia.ribeiro@example.com.br
    telefone | phone | (31) 98812-4470 | (11) 97730-2158 | (41) 99654-0193
    idade | - | 27 | 41 | 35
    genero | - | Feminino | Masculino | Feminino
    cidade | city | Belo Horizonte | Campinas | Curitiba
    estado | state | MG | SP | PR
    # The profession is a job title; the interest is what the sign-up is about.
    profissao | - | Enfermeira | Engenheiro civil | Professora
    interesse | - | Oficina de liderança | Palestra | Oficina de liderança
    observacao | - | "" | Chega às 19h | Precisa de certificado
  `),
  set({ id: 'pt-formacao-professores-importador-modulos', kind: 'training school\'s CSV importer, trainers file (name, e-mail, phone, modules separated by ";")', lang: 'pt', defaultCountry: 'PT', source: 'index:54739134432 (a course manager\'s CSV importer for trainees and trainers, Python)' }, `
    nome | name | Sofia Carvalho | Rui Tavares | Inês Lopes
    email | email | sofia.carvalho@example.pt | rui.tavares@example.pt | ines.lopes@example.com
    telefone | phone | 912 345 870 | 936 204 118 | 965 771 302
    modulos | - | Python I;Python II | Redes | Bases de Dados;SQL
  `),
  set({ id: 'pt-relatorio-usuarios-id-separador-final', kind: 'user report written as CSV by an export strategy, header line ending in ";" (id, name, e-mail, phone)', lang: 'pt', defaultCountry: 'BR', source: 'index:23230416712 (a CSV report generator for users, Java)' }, `
    Id | externalId | 104 | 105 | 118
    Nome | name | Tatiane Moura | Cláudio Ferraz | Beatriz Lins
    Email | email | tatiane.moura@example.com.br | claudio.ferraz@example.com | bia.lins@example.com.br
    Telefone | phone | 81 99745-3301 | 81 98870-1256 | 81 99612-0047
    "" | - | "" | "" | ""
  `),
  set({ id: 'pt-cartao-beneficio-colaboradores-limite-wide', kind: 'benefit card provider\'s employee file for a card limit change (registration, name, documents, birth and admission dates, parents, mobile, e-mail, employer codes, cost centre, delivery, sex, nationality, role, address, card name, limit, movement, requesting user)', lang: 'pt', defaultCountry: 'BR', source: 'index:45394686974 (a benefit card service building an employee CSV for limit requests, C#)' }, `
    # The employee's registration number at the employer is the External ID.
    Matricula | externalId | 004512 | 004533 | 005120
    Nome | name | Cristiane Albuquerque | Rodrigo Menezes | Patrícia Salgado
    CPF | - | 318.447.902-11 | 205.913.684-07 | 442.108.375-90
    RG | - | 28.441.907-3 | 35.102.448-X | 41.227.903-5
    Orgao | - | SSP/SP | SSP/SP | DETRAN/RJ
    Data Nascimento | dateOfBirth | 14/09/1985 | 02/03/1979 | 27/11/1992
    Data Admissao | - | 01/02/2019 | 15/07/2015 | 03/10/2022
    Nome Mae | - | Maria Albuquerque | Sônia Menezes | Lúcia Salgado
    Nome Pai | - | José Albuquerque | "" | Fernando Salgado
    Celular | phone | (11) 98741-2200 | (11) 99620-3185 | (21) 98877-4410
    Email | email | cristiane.albuquerque@example.com.br | rodrigo.menezes@example.com.br | patricia.salgado@example.com
    # The employer's CNPJ, branch, cost centre and delivery columns belong to the employer, not the person.
    CNPJ | - | 12.345.678/0001-90 | 12.345.678/0001-90 | 12.345.678/0003-52
    Codigo Filial | - | 001 | 001 | 003
    Nome Filial | - | Matriz São Paulo | Matriz São Paulo | Filial Rio
    Codigo Centro de Custo | - | CC-110 | CC-240 | CC-310
    Nome Centro de Custo | - | Financeiro | Logística | Comercial
    Unidade Entrega | - | Matriz | Matriz | Filial Rio
    Entrega Colaborador | - | N | N | S
    Sexo | - | F | M | F
    Nacionalidade | - | Brasileira | Brasileira | Brasileira
    Cargo | - | Analista Financeira | Supervisor de Logística | Vendedora
    CEP | postalCode | 04571-010 | 03178-200 | 22041-001
    Endereco | address1 | Rua Funchal | Rua Taquari | Avenida Nossa Senhora de Copacabana
    Numero | - | 418 | 1020 | 750
    Complemento | - | Apto 52 | "" | Bloco B
    Bairro | - | Vila Olímpia | Mooca | Copacabana
    Cidade | city | São Paulo | São Paulo | Rio de Janeiro
    UF | state | SP | SP | RJ
    Nome Cartao | - | CRISTIANE ALBUQUERQUE | RODRIGO MENEZES | PATRICIA SALGADO
    Limite | - | 1500,00 | 2200,00 | 900,00
    Movimento | - | 9 | 9 | 9
    # The user of the provider's system who asked for the change is not the contact's owner.
    Codigo Usuario | - | 77 | 77 | 81
    Nome Usuario | - | Marcos RH | Marcos RH | Ana Paula
    Email Usuario | - | rh@empresa.example.com.br | rh@empresa.example.com.br | ana.paula@empresa.example.com.br
  `),
  set({ id: 'pt-lote-clientes-processados-status', kind: 'batch job\'s output file of processed clients (id, first name, surname, e-mail, status, processing date)', lang: 'pt', defaultCountry: 'BR', source: 'index:31447763304 (a Spring Batch writer configuration for clients, Java)' }, `
    ID | externalId | 1 | 2 | 3
    NOME | firstName | Marcelo | Fernanda | Diego
    SOBRENOME | lastName | Quintela | Aragão | Matos
    EMAIL | email | marcelo.quintela@example.com | fernanda.aragao@example.com.br | diego.matos@example.com
    STATUS | - | PROCESSADO | PROCESSADO | ERRO
    DATA_PROCESSAMENTO | - | 2026-03-02T10:15:00 | 2026-03-02T10:15:01 | 2026-03-02T10:15:01
  `),
  set({ id: 'pt-feiras-backup-usuarios-perfil', kind: 'trade-fair sales app\'s full backup export, its users section (id, full name, e-mail, phone, avatar, role, created)', lang: 'pt', defaultCountry: 'BR', source: 'index:60244559994 (a sales app\'s backup export of all tables as CSV sections, TypeScript)' }, `
    ID | externalId | 5c1e2a7b-90d4-4e61-a3f2-7d18b6c0e915 | 0b9f4d3e-2a61-47c8-8e05-c4d27a91f3b0 | e7a3c815-6f20-4b9d-9d4e-12f0a8b5c673
    Nome Completo | name | Adriana Coelho | Paulo Sérgio Neves | Lívia Fontes
    Email | email | adriana@example.com.br | paulo.neves@example.com.br | livia.fontes@example.com
    Telefone | phone | (19) 99871-2033 | (19) 98124-6650 | (16) 99702-3418
    Avatar URL | - | https://cdn.example.com/avatars/ac.png | "" | https://cdn.example.com/avatars/lf.png
    # "Perfil" is the user's role in the app (admin, vendedor).
    Perfil | - | admin | vendedor | vendedor
    Data Criação | - | 2025-08-14T12:03:55Z | 2025-09-01T09:40:12Z | 2025-10-20T16:22:07Z
  `),
  set({ id: 'pt-bot-usuarios-regiao-plano-analises', kind: 'chat-bot service\'s admin users listing (user id, name, mobile, e-mail, region, plan, usage counters, created)', lang: 'pt', defaultCountry: 'BR', source: 'index:59080590316 (a bot server\'s admin route selecting its users, JavaScript)' }, `
    user_id | externalId | 5511987654001 | 5521976543002 | 5531965432003
    nome | name | Anderson Rocha | Priscila Duarte | Gabriel Sampaio
    celular | phone | 11987654001 | 21976543002 | 31965432003
    email | email | anderson.rocha@example.com | priscila.d@example.com.br | ""
    # "regiao" is a region of the country (Sudeste, Sul), not a state: not imported.
    regiao | - | Sudeste | Sudeste | Sudeste
    plano | - | pro | gratis | gratis
    analises_usadas | - | 42 | 3 | 0
    mes_reset | - | 2026-03 | 2026-03 | 2026-02
    criado_em | - | 2025-11-03 14:22:10 | 2026-01-18 08:05:44 | 2026-02-27 21:37:02
  `),
  set({ id: 'pt-aluguel-maquinas-clientes-seed', kind: 'machine rental and repair shop\'s database seed, clients table (name, mobile, e-mail, city, CPF)', lang: 'pt', defaultCountry: 'BR', source: 'index:71341246130 (a rental shop\'s SQL schema and seed inserts)' }, `
    nome | name | Reginaldo | Marta | Edson
    celular | phone | 14998812345 | 14991234567 | 14997650123
    email | email | reginaldo.maq@example.com | marta.souza@example.com | edson.r@example.com
    cidade | city | Marília | Garça | Pompéia
    cpf | - | 32165498700 | 74185296311 | 85274196322
  `),
  set({ id: 'pt-igreja-visitantes-como-conheceu', kind: 'church visitor register table (id, name, mobile, e-mail, birth date, neighbourhood, city, home church, how they heard, notes, entered by, timestamps)', lang: 'pt', defaultCountry: 'BR', source: 'index:56363242231 (a church app\'s visitors route inserting rows, JavaScript)' }, `
    id | externalId | 3f2a9c1e-7b40-4d8e-9a61-5e0c2b7d4f18 | a81d5e03-92c4-4f7b-b6e0-1d3f8a2c9e57 | 6c0b7e24-1f93-4a5d-8e2c-9b41d0f6a3e8
    nome | name | Débora Nascimento | Jonas Figueiredo | Raquel Bittencourt
    celular | phone | (62) 99145-7720 | (62) 98230-1164 | (62) 99977-0452
    email | email | debora.n@example.com | "" | raquel.bitt@example.com.br
    data_nascimento | dateOfBirth | 1994-06-12 | 1988-01-30 | ""
    bairro | - | Setor Bueno | Jardim América | Setor Oeste
    cidade | city | Goiânia | Goiânia | Aparecida de Goiânia
    # The church a visitor comes from is a congregation the person belongs to, like a parish: Tags.
    igreja_origem | tags | Batista Central | "" | Assembleia de Deus
    como_conheceu | source | Convite de amigo | Instagram | Passou na frente
    observacoes | - | Quer visita pastoral | "" | Veio com a família
    cadastrado_por | - | Recepção | Recepção | Pr. Elias
    criado_em | - | 2026-02-08T19:42:11.000Z | 2026-02-08T19:55:03.000Z | 2026-02-15T10:12:47.000Z
    atualizado_em | - | 2026-02-08T19:42:11.000Z | 2026-02-09T08:01:20.000Z | 2026-02-15T10:12:47.000Z
  `),
  set({ id: 'pt-saude-app-usuario-login-senha', kind: 'health app\'s user table written by its sign-up screen (id, name, mobile, e-mail, login, password)', lang: 'pt', defaultCountry: 'BR', source: 'index:49085160079 (a health app\'s user DAO inserting into tbl_usuario, Java)' }, `
    ID | externalId | 1 | 2 | 3
    NOME | name | Helena Castro | Mauro Pimentel | Cíntia Vasconcelos
    CELULAR | phone | (48) 99612-3307 | (48) 98404-7715 | (47) 99158-2260
    EMAIL | email | helena.castro@example.com | mauro.p@example.com.br | cintia.v@example.com
    LOGIN | - | hcastro | mauro.p | cintiav
    SENHA | - | 5f4dcc3b5aa765d61d8327deb882cf99 | e10adc3949ba59abbe56e057f20f883e | 25d55ad283aa400af464c76d713c07ad
  `),
  set({ id: 'pt-clientes-planilha-whatsapp-documento', kind: 'small-business app\'s client spreadsheet import (name, WhatsApp, document), end-to-end test file', lang: 'pt', defaultCountry: 'BR', source: 'index:69250090102 (a client spreadsheet import end-to-end test, TypeScript)' }, `
    nome | name | Wellington Barros | Simone Peixoto | Alessandra Cunha
    whatsapp | phone | (11) 97412-5530 | (11) 96358-0041 | (11) 98820-7713
    documento | - | 348.215.907-62 | "" | 071.664.298-30
  `),
  set({ id: 'pt-leads-whatsapp-correio-eletronico-tags', kind: 'WhatsApp CRM lead import (name, WhatsApp, "correio eletrônico", tags), importer test', lang: 'pt', defaultCountry: 'BR', source: 'index:53087962419 (a WhatsApp CRM\'s lead import test, Python)' }, `
    Nome | name | Thiago Lacerda | Mirela Queiroz | Vinícius Andrade
    WhatsApp | phone | 5511912345678 | (21) 99876-5432 | 5531988887777
    Correio Eletronico | email | thiago.l@example.com | mirela.q@example.com.br | vini.andrade@example.com
    Tags | tags | Quente | Indicação | Frio
  `),
  set({ id: 'pt-fidelidade-clientes-pontos-copiar', kind: 'loyalty-card app\'s client list copied for Excel (name, WhatsApp, points, sign-up date, status)', lang: 'pt', defaultCountry: 'BR', source: 'index:59742748181 (a loyalty program admin page, copy client list, JavaScript)' }, `
    Nome | name | Rosângela Batista | Everton Lima | Jéssica Moraes
    WhatsApp | phone | 5585988123456 | 5585997654321 | 5585981112233
    Pontos | - | 120 | 45 | 310
    Cadastro | - | 04/01/2026 | 19/02/2026 | 11/11/2025
    Status | - | Ativo | Ativo | Bloqueado
  `),
  set({ id: 'pt-loja-celulares-lista-vip-origem', kind: 'phone shop\'s VIP waiting list copied as CSV (name, WhatsApp, interest, origin, date)', lang: 'pt', defaultCountry: 'BR', source: 'index:69783129907 (a phone shop\'s VIP list page, React)' }, `
    nome | name | Caio Henrique | Luana Ferreira | Marcos Paulo
    whatsapp | phone | (92) 99102-4455 | (92) 98133-7781 | (92) 99450-0632
    # What the customer wants to buy is not a contact field.
    interesse | - | iPhone 15 Pro | Galaxy S24 | iPhone 13
    origem | source | loja | instagram | indicacao
    data | - | 03/03 | 05/03 | 06/03
  `),
  // ---------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-adhesions-csv-tarif-service-test', kind: 'membership CSV processor\'s unit test file (last name, first name, e-mail, phone, birth date, address, town, postcode, fee)', lang: 'fr', defaultCountry: 'FR', source: 'index:2458887883 (a CSV processor service test, NestJS)' }, `
    nom | lastName | Lefèvre | Garnier | Rousseau
    prenom | firstName | Camille | Théo | Manon
    email | email | camille.lefevre@example.fr | theo.garnier@example.com | manon.rousseau@example.fr
    telephone | phone | 06 41 22 87 19 | 0778451206 | 06 12 90 33 48
    dateDeNaissance | dateOfBirth | 1991-04-17 | 2003-11-02 | 1986-07-25
    adresse | address1 | 14 rue des Tanneurs | 3 allée du Parc | 27 boulevard Carnot
    ville | city | Lyon | Villeurbanne | Bron
    codePostal | postalCode | 69002 | 69100 | 69500
    tarif | - | Tarif A | Tarif réduit | Tarif A
  `),
  set({ id: 'fr-club-licencies-import-format-attendu', kind: 'sports federation club plugin\'s licence-holder CSV import (last name, first name, e-mail, phone, birth date, sex)', lang: 'fr', defaultCountry: 'FR', source: 'index:34158306688 (a sports clubs WordPress plugin, licence import screen, PHP)' }, `
    nom | lastName | Mercier | Benali | Fontaine
    prenom | firstName | Lucas | Inès | Hugo
    email | email | lucas.mercier@example.fr | ines.benali@example.com | ""
    telephone | phone | 0612457890 | 0698213344 | 0745120987
    date_naissance | dateOfBirth | 2008-05-14 | 1999-12-01 | 2011-03-28
    sexe | - | M | F | M
  `),
  set({ id: 'fr-rh-employes-export-branche-reference', kind: 'HR app\'s employee list export (last name, first name, e-mail, phone, gender, birth date, address, branch, reference, created)', lang: 'fr', defaultCountry: 'CI', source: 'index:18374363411 (an HR dashboard\'s employees page, CSV export, React)' }, `
    Nom | lastName | Kouassi | Traoré | Yao
    Prénom | firstName | Aya | Moussa | Estelle
    Email | email | aya.kouassi@example.ci | m.traore@example.com | estelle.yao@example.ci
    Téléphone | phone | 07 08 45 12 36 | 05 44 21 98 70 | 01 02 33 47 85
    Genre | - | Femme | Homme | Femme
    Date de naissance | dateOfBirth | 1993-02-11 | 1987-09-30 | 1998-06-05
    Adresse | address1 | Cocody Angré 8e tranche | Yopougon Niangon | Marcory Zone 4
    # The branch of the employer the person works at is like a department: not imported.
    Branche | - | Abidjan Plateau | Abidjan Plateau | San-Pédro
    Référence | externalId | EMP-0041 | EMP-0042 | EMP-0057
    Créé le | - | 2025-10-02T08:14:00Z | 2025-10-02T08:20:31Z | 2026-01-12T15:03:09Z
  `),
  set({ id: 'fr-recrutement-candidats-export-score-ia', kind: 'recruiting app\'s candidate export (name, contact, position, experience, AI scores, matched skills, red flags, tags)', lang: 'fr', defaultCountry: 'FR', source: 'index:51822199482 (a recruiting dashboard\'s candidates page, CSV export, React)' }, `
    Nom | lastName | Perrin | Chevalier | Lambert
    Prénom | firstName | Julie | Antoine | Sarah
    Email | email | julie.perrin@example.fr | a.chevalier@example.com | sarah.lambert@example.fr
    Téléphone | phone | 06 33 18 42 90 | 07 81 26 55 04 | 06 72 09 14 63
    Poste | - | Développeuse React | Chef de projet | Data analyst
    Expérience | - | 5 ans | 9 ans | 2 ans
    Score IA | - | 82 | 74 | 68
    Fit Culturel | - | 88 | 70 | 75
    Potentiel | - | 79 | 65 | 81
    Profondeur Technique | - | 85 | 60 | 72
    Statut IA | - | Recommandé | À revoir | Recommandé
    Compétences correspondantes | - | React; TypeScript | Agile; Jira | SQL; Python
    Drapeaux rouges | - | "" | Changements fréquents | ""
    Tags | tags | senior; remote | management | junior
  `),
  set({ id: 'fr-admin-utilisateurs-export-role', kind: 'desktop admin screen\'s user list export (id, last name, first name, e-mail, role)', lang: 'fr', defaultCountry: 'TN', source: 'index:56960628476 (a JavaFX admin controller, user CSV export, Java)' }, `
    ID | externalId | 7 | 8 | 12
    Nom | lastName | Ben Salah | Trabelsi | Gharbi
    Prénom | firstName | Amira | Youssef | Nour
    Email | email | amira.bensalah@example.tn | youssef.t@example.com | nour.gharbi@example.tn
    Rôle | - | ADMIN | ETUDIANT | ENSEIGNANT
  `),
  set({ id: 'fr-pointage-rapport-presences-heures', kind: 'time-clock service\'s attendance report CSV (date, last name, first name, e-mail, hours worked, status)', lang: 'fr', defaultCountry: 'FR', source: 'index:11135046865 (a badge clock service generating a CSV report, PHP)' }, `
    Date | - | 2026-03-02 | 2026-03-02 | 2026-03-03
    Nom | lastName | Roux | Faure | Roux
    Prénom | firstName | Nicolas | Élodie | Nicolas
    Email | email | nicolas.roux@example.fr | elodie.faure@example.fr | nicolas.roux@example.fr
    Heures Travaillées | - | 7.5 | 8 | 6.75
    Statut | - | Présent | Présent | Retard
  `),
  set({ id: 'fr-clients-table-adresse-et-rue', kind: 'client table insert of a small desktop app (last name, first name, e-mail, phone, address, postcode, town, street)', lang: 'fr', defaultCountry: 'FR', source: 'index:23868353743 (a client data access class inserting into Clients, C#)' }, `
    Nom | lastName | Girard | Bonnet | Dupuis
    Prenom | firstName | Sandrine | Mathieu | Chloé
    Email | email | sandrine.girard@example.fr | mathieu.bonnet@example.com | chloe.dupuis@example.fr
    Telephone | phone | 03 88 41 27 60 | 06 21 47 83 05 | 03 89 12 45 78
    # "Adresse" holds the street address; "Rue" beside it repeats the street name alone: not imported.
    Adresse | address1 | 12 rue du Dôme | 5 place Kléber | 40 avenue de Colmar
    CodePostal | postalCode | 67000 | 67000 | 68100
    Ville | city | Strasbourg | Strasbourg | Mulhouse
    Rue | - | rue du Dôme | place Kléber | avenue de Colmar
  `),
  set({ id: 'fr-accompagnement-beneficiaires-siret-partenaire', kind: 'business support association\'s beneficiaries table (code, name, contact, company name, SIRET, address, activity, partner)', lang: 'fr', defaultCountry: 'FR', source: 'index:55055198518 (a business support app\'s server inserting beneficiaries, JavaScript)' }, `
    code | externalId | BEN-2026-014 | BEN-2026-015 | BEN-2026-021
    nom | lastName | Morel | Haddad | Lemoine
    prenom | firstName | Valérie | Karim | Jérôme
    email | email | valerie.morel@example.fr | karim.haddad@example.com | j.lemoine@example.fr
    telephone | phone | 06 18 73 40 22 | 07 52 14 86 39 | 06 90 31 57 48
    raison_sociale | companyName | Morel Couture | KH Services | ""
    siret | - | 81234567800019 | 90876543200027 | ""
    adresse | address1 | 8 rue de la République | 21 quai des Chartrons | 3 impasse des Lilas
    code_postal | postalCode | 33000 | 33300 | 33140
    ville | city | Bordeaux | Bordeaux | Villenave-d'Ornon
    activite | - | Retouche textile | Nettoyage | Création de site web
    # The partner that sent the beneficiary to the association is where the contact came through: the Source.
    partenaire | source | France Travail | Mission locale | BGE
  `),
  set({ id: 'fr-clients-entreprise-departement-logo', kind: 'small CRM\'s client insert from its add form (last name, first name, e-mail, phone, company, department, logo)', lang: 'fr', defaultCountry: 'MA', source: 'index:19127342833 (a client add page inserting into clients, PHP)' }, `
    nom | lastName | El Amrani | Bennani | Chraibi
    prenom | firstName | Salma | Mehdi | Rim
    email | email | salma.elamrani@example.ma | m.bennani@example.com | rim.chraibi@example.ma
    telephone | phone | 0661234578 | 0672458931 | 0650127744
    entreprise | companyName | Atlas Distribution | Bennani & Fils | Rif Conseil
    departement | - | Achats | Direction | Comptabilité
    logo | - | images/atlas.png | images/bf.jpg | images/rif.png
  `),
  set({ id: 'fr-domiciliation-clients-utilisateurs-role', kind: 'business domiciliation app\'s client user columns loaded for its companies list (id, last name, first name, e-mail, phone, role, must-change-password flag)', lang: 'fr', defaultCountry: 'FR', source: 'index:66143039803 (a domiciliation app\'s companies controller, Laravel)' }, `
    id | externalId | 214 | 215 | 230
    nom | lastName | Lacroix | Benhamou | Fabre
    prenom | firstName | Céline | Nassim | Olivier
    email | email | celine.lacroix@example.fr | nassim.benhamou@example.com | o.fabre@example.fr
    telephone | phone | 06 45 78 12 30 | 07 66 21 09 84 | 04 91 55 32 10
    role | - | client | client | client
    must_change_password | - | 1 | 0 | 0
  `),
  set({ id: 'fr-sante-inscription-utilisateur-numsecu', kind: 'health service sign-up insert (last name, first name, e-mail, phone, street, postcode, town, social security number, role ref)', lang: 'fr', defaultCountry: 'FR', source: 'index:38936398543 (a user repository inserting into utilisateur on sign-up, Java)' }, `
    nom | lastName | Renaud | Barbier | Collin
    prenom | firstName | Agnès | Samuel | Laura
    email | email | agnes.renaud@example.fr | samuel.barbier@example.com | laura.collin@example.fr
    telephone | phone | 0143227810 | 0687459012 | 0761224583
    rue | address1 | 45 rue Oberkampf | 9 rue Victor Hugo | 120 avenue Jean Jaurès
    cp | postalCode | 75011 | 92120 | 93500
    ville | city | Paris | Montrouge | Pantin
    numSecu | - | 2 78 05 75 111 042 33 | 1 85 11 92 048 217 61 | 2 96 02 93 066 120 08
    ref_role | - | 7 | 7 | 7
  `),
  set({ id: 'fr-agriculteurs-import-csv-mdp-admin', kind: 'farm cooperative app\'s farmer account import (last name, first name, e-mail address, phone, password, admin flag)', lang: 'fr', defaultCountry: 'FR', source: 'index:59250989534 (a farm app\'s admin page, farmer CSV import form, HTML)' }, `
    nom | lastName | Besson | Vidal | Marchand
    prenom | firstName | Gilles | Odile | Fabien
    adresseMail | email | gilles.besson@example.fr | odile.vidal@example.fr | fabien.marchand@example.com
    telephone | phone | 04 75 22 41 08 | 06 84 12 37 90 | 04 75 90 13 62
    mdp | - | Ferme2026! | Vigne#45 | Tracteur*7
    admin | - | false | false | true
  `),
  set({ id: 'fr-secretariat-etudiants-saisie-sans-entete', kind: 'school office\'s student account creation, lines typed or pasted into a text box without a header line (last name, first name, e-mail, birth date, programme)', lang: 'fr', defaultCountry: 'FR', noHeader: true, source: 'index:31476847437 (a school office controller reading ";" lines from a text area, PHP)' }, `
    "" | lastName | Giraud | Marin | Caron
    "" | firstName | Maëlys | Bastien | Lina
    "" | email | maelys.giraud@example.fr | bastien.marin@example.fr | lina.caron@example.fr
    "" | dateOfBirth | 2005-09-14 | 2004-02-27 | 2005-12-03
    "" | - | BTS SIO | BTS SIO | Licence Info
  `),
  set({ id: 'fr-ecole-personnel-import-sans-entete', kind: 'school management app\'s staff CSV import whose lines carry no header (last name, first name, e-mail, hire date, contract, gross salary in XOF)', lang: 'fr', defaultCountry: 'SN', noHeader: true, source: 'index:65925712629 (a school management app\'s import actions, staff import, TypeScript)' }, `
    "" | lastName | Diop | Ndiaye | Sarr
    "" | firstName | Mamadou | Awa | Ibrahima
    "" | email | mamadou.diop@example.sn | awa.ndiaye@example.sn | ""
    "" | - | 2024-10-01 | 2023-09-15 | 2025-01-06
    "" | - | CDI | CDD | Vacataire
    "" | - | 350000 | 280000 | 150000
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-university-hr-workforce-template-wide', kind: 'university HR dashboard\'s workforce CSV template, employee records (ids, names, contact, job, pay, union, demographics, service years)', lang: 'en', source: 'index:53765374305 (an HR analytics dashboard\'s CSV templates and validators, JavaScript)' }, `
    Employee ID | externalId | 20417 | 20418 | 20533
    First Name | firstName | Rebecca | Daniel | Imani
    Last Name | lastName | Thornton | Okafor | Brooks
    Full Name | name | Rebecca Thornton | Daniel Okafor | Imani Brooks
    Email | email | rthornton@univ.example.edu | dokafor@univ.example.edu | ibrooks@student.univ.example.edu
    Phone | phone | 402-555-0147 | 402-555-0162 | 402-555-0188
    Hire Date | - | 2016-08-22 | 2021-03-01 | 2025-09-02
    Employment Status | - | Active | Active | Active
    Employee Type | - | Faculty | Staff | Student
    Employee Class | - | Full-Time | Full-Time | Part-Time
    Department | - | Pharmacology | Facilities | Library Services
    Division | - | Academic Affairs | Business & Finance | Academic Affairs
    # The college is a unit of the employer (the university itself): not imported.
    College | - | College of Pharmacy | "" | ""
    Location | - | Omaha Campus | Omaha Campus | Omaha Campus
    Campus | - | Omaha | Omaha | Omaha
    Building | - | Wittson Hall | Service Building | McGoogan Library
    Room | - | 3012 | 110 | Ground Floor
    Job Title | - | Professor | Maintenance Technician | Student Assistant
    Job Code | - | FAC-PROF | STF-MTN | STU-ASST
    Reporting Manager | - | Dr. Alan Price | Greg Molina | Tara Jensen
    Manager Employee ID | - | 10033 | 11870 | 12654
    Benefit Eligible | - | TRUE | TRUE | FALSE
    Benefit Eligible Faculty | - | TRUE | FALSE | FALSE
    Benefit Eligible Staff | - | FALSE | TRUE | FALSE
    Non-Benefit Eligible Faculty | - | FALSE | FALSE | FALSE
    Non-Benefit Eligible Staff | - | FALSE | FALSE | FALSE
    Union Member | - | FALSE | TRUE | FALSE
    # The union a staff member belongs to is a group membership: Tags.
    Union Name | tags | "" | Campus Trades Union | ""
    Annual Salary | - | 128000 | 52000 | ""
    Hourly Rate | - | "" | "" | 14.75
    Pay Grade | - | F5 | S3 | ""
    Pay Step | - | 4 | 2 | ""
    Pay Frequency | - | Monthly | Bi-Weekly | Bi-Weekly
    Gender | - | Female | Male | Female
    Ethnicity | - | White | Black | Black
    Age | - | 51 | 36 | 20
    Age Group | - | 45-54 | 35-44 | Under 25
    Service Years | - | 9.5 | 5.0 | 0.5
    Tenure Group | - | 5-10 years | 3-5 years | 0-1 years
    Previous Service Years | - | 4 | 0 | 0
  `),
  set({ id: 'en-hr-employees-export-department-resume', kind: 'HR portal\'s employee export (employee id, names, department, e-mail, résumé file)', lang: 'en', defaultCountry: 'IN', source: 'index:61542268364 (an HR portal\'s reports controller, CSV export, Java Spring)' }, `
    Employee ID | externalId | EMP1021 | EMP1022 | EMP1030
    First Name | firstName | Ananya | Rohit | Sneha
    Last Name | lastName | Kulkarni | Bansal | Pillai
    Department | - | Engineering | Finance | HR
    Email | email | ananya.k@corp.example.in | rohit.bansal@corp.example.in | sneha.pillai@corp.example.in
    Resume | - | resumes/EMP1021.pdf | "" | resumes/EMP1030.pdf
  `),
  set({ id: 'en-hrms-employees-report-ctc-attendance', kind: 'HRMS report export of active employees (id, names, e-mail, department, designation, work mode, annual CTC, attendance rate, status)', lang: 'en', defaultCountry: 'IN', source: 'index:67236669750 (an HRMS server\'s report controller, CSV export, TypeScript)' }, `
    Employee ID | externalId | HR-0007 | HR-0012 | HR-0019
    First Name | firstName | Karthik | Meera | Arjun
    Last Name | lastName | Subramanian | Joshi | Malhotra
    Email | email | karthik.s@hrms.example.in | meera.joshi@hrms.example.in | arjun.m@hrms.example.in
    Department | - | Sales | Engineering | Operations
    Designation | - | Account Manager | Senior Developer | Team Lead
    Work Mode | - | Hybrid | Remote | Office
    Annual CTC (INR) | - | 1200000 | 2400000 | 1650000
    Attendance Rate (%) | - | 94.5 | 98.2 | 91.0
    Status | - | Active | Active | Active
  `),
  set({ id: 'en-ayso-team-roster-export-coaches-players', kind: 'youth soccer league\'s team roster export, one row per player with the team\'s coach, assistant coach and team parent columns before the player\'s (kept to the first 45 columns, before the division name)', lang: 'en', source: 'index:26085938592 (a youth soccer scheduling app\'s roster import class naming the export\'s columns, PHP)' }, `
    # The rows are players: the player is the contact; the coaches' and team parent's columns are other people's.
    Region # | - | 894 | 894 | 894
    Region Name | - | Monrovia | Monrovia | Monrovia
    Team Designation | - | U10B-03 | U10B-03 | U12G-01
    # The team a player is on is a group the person belongs to: Tags.
    Team Name | tags | Thunder | Thunder | Lightning
    Team Coach First Name | - | Gary | Gary | Lena
    Team Coach Last Name | - | Whitman | Whitman | Cho
    Team Coach AYSO ID | - | 56012233 | 56012233 | 56114478
    Team Coach Phone | - | (626) 555-0147 | (626) 555-0147 | (626) 555-0162
    Team Coach Cell Phone | - | (626) 555-0191 | (626) 555-0191 | (626) 555-0173
    Team Coach Email | - | gwhitman@example.com | gwhitman@example.com | lena.cho@example.net
    Team Coach Certification/Training | - | U10 Coach | U10 Coach | U12 Coach
    CoachCertDate | - | 8/14/2024 | 8/14/2024 | 7/30/2023
    Asst. Team Coach First Name | - | Ray | Ray | ""
    Asst. Team Coach Last Name | - | Ochoa | Ochoa | ""
    Asst. Team Coach AYSO ID | - | 56098871 | 56098871 | ""
    Asst. Team Coach Phone | - | (626) 555-0125 | (626) 555-0125 | ""
    Asst. Team Coach Cell Phone | - | "" | "" | ""
    Asst. Team Coach Email | - | ray.ochoa@example.com | ray.ochoa@example.com | ""
    Asst. Team Coach Certification/Training | - | U10 Coach | U10 Coach | ""
    AsstCoachCertDate | - | 9/2/2024 | 9/2/2024 | ""
    Team Parent First Name | - | Denise | Denise | Carla
    Team Parent Last Name | - | Ford | Ford | Nuñez
    Team Parent AYSOID | - | 56140021 | 56140021 | 56152210
    Team Parent Phone | - | (626) 555-0110 | (626) 555-0110 | (626) 555-0139
    Team Parent Cell Phone | - | "" | "" | (626) 555-0184
    Team Parent Email | - | dford@example.com | dford@example.com | carla.nunez@example.com
    Team Parent Certification/Training | - | Safe Haven | Safe Haven | Safe Haven
    ParentCoachCertDate | - | 8/20/2024 | 8/20/2024 | 8/1/2023
    Sponsor Name | - | Foothill Pizza | Foothill Pizza | ""
    Team Color | - | Blue | Blue | Yellow
    Player AYSO ID | externalId | 57201144 | 57201178 | 57188230
    JerseyNumber | - | 7 | 12 | 3
    Player First Name | firstName | Ethan | Mateo | Sophia
    Player Last Name | lastName | Ford | Reyes | Nuñez
    Player Street | address1 | 412 E Lime Ave | 1180 S Myrtle Ave | 205 N Encinitas Ave
    Player City | city | Monrovia | Monrovia | Monrovia
    Player State | state | CA | CA | CA
    Player Zip | postalCode | 91016 | 91016 | 91016
    # The mailing address is an alternate address group: never over the primary one.
    Player Mailing Street | - | PO Box 381 | "" | ""
    Player Mailing City | - | Monrovia | "" | ""
    Player Mailing State | - | CA | "" | ""
    Player Mailing Zip | - | 91017 | "" | ""
    Player Home Phone | phone | (626) 555-0110 | (626) 555-0156 | (626) 555-0139
    Player DOB | dateOfBirth | 3/11/2016 | 10/2/2015 | 6/24/2014
    Player Age | - | 9 | 10 | 11
  `),
  set({ id: 'en-employee-report-row-number-hire-date', kind: 'JSP employee report download whose first column is a row number under an empty header (employee id, names, gender, birth and hire dates)', lang: 'en', source: 'index:30376036919 (an employee report servlet writing CSV, Java)' }, `
    "" | - | 1 | 2 | 3
    Employee ID | externalId | 10001 | 10017 | 10042
    First Name | firstName | Georgi | Kyoichi | Saniya
    Last Name | lastName | Facello | Maliniak | Kalloufi
    Gender | - | M | M | F
    Birth Date | dateOfBirth | 1953-09-02 | 1955-01-21 | 1958-02-19
    Hire Date | - | 1986-06-26 | 1989-09-12 | 1993-03-21
  `),
  set({ id: 'en-school-students-bulk-export-parents-income', kind: 'school counselling dashboard\'s student bulk export (id, names, e-mail, gender, birth date, grade, subject, section, address, parent, family and health columns)', lang: 'en', defaultCountry: 'PH', source: 'index:47593050664 (a school dashboard page, selected students CSV export, HTML and JavaScript)' }, `
    Student ID | externalId | 2025-0141 | 2025-0142 | 2025-0177
    First Name | firstName | Angelica | Miguel | Trisha
    Last Name | lastName | Dela Cruz | Santos | Villanueva
    Email | email | angelica.dc@school.example.ph | miguel.santos@school.example.ph | trisha.v@school.example.ph
    Gender | - | Female | Male | Female
    DOB | dateOfBirth | 2009-03-14 | 2008-11-02 | 2009-07-27
    Grade Level | - | Grade 10 | Grade 11 | Grade 10
    Subject | - | Mathematics | Science | English
    Section | - | Rizal | Mabini | Rizal
    Address | address1 | 45 Mabini St., Brgy. San Roque | 12 Purok 3, Brgy. Malinis | Blk 7 Lot 9, Villa Verde
    Parent Name | - | Rosario Dela Cruz | Antonio Santos | Maribel Villanueva
    Parent Contact | - | 0917 555 0142 | 0918 555 0173 | 0927 555 0119
    Family Structure | - | Two-parent | Single parent | Extended
    Parent Employment | - | Employed | OFW | Self-employed
    Health Issues | - | None | Asthma | None
    Income | - | Middle | Low | Low
    Emergency Contact | - | 0917 555 0142 | 0920 555 0166 | 0927 555 0119
    Attendance Rate | - | 96% | 88% | 93%
  `),
  set({ id: 'en-college-admin-students-export-education', kind: 'college admin dashboard\'s student export (id, names, e-mail, department, status, phone, birth date, gender, address, city, country, education level, previous institution)', lang: 'en', defaultCountry: 'KE', source: 'index:22661128440 (a college admin dashboard page, CSV export, HTML and JavaScript)' }, `
    Student ID | externalId | S1042 | S1043 | S1051
    First Name | firstName | Wanjiru | Brian | Achieng
    Last Name | lastName | Kamau | Otieno | Odhiambo
    Email | email | wanjiru.kamau@college.example.ke | brian.otieno@college.example.ke | achieng.o@college.example.ke
    Department | - | Nursing | ICT | Business
    Status | - | Enrolled | Enrolled | Deferred
    Phone | phone | 0712 555 014 | 0723 555 088 | 0734 555 102
    DOB | dateOfBirth | 2004-05-19 | 2003-12-07 | 2005-02-28
    Gender | - | Female | Male | Female
    Address | address1 | Moi Avenue, Apt 12 | Kenyatta Road 45 | Oginga Odinga St 8
    City | city | Nairobi | Thika | Kisumu
    Country | country | Kenya | Kenya | Kenya
    Education Level | - | Diploma | Certificate | Diploma
    # The school a student came from is not an employer: not imported.
    Previous Institution | - | Alliance Girls High School | Thika High School | Kisumu Girls High
  `),
  set({ id: 'en-hr-adp-job-change-report-manager', kind: 'HR change report CSV built from ADP profiles (employee id, names, job title, manager, department, location, start date, change type, old and new values, worker type), test fixture', lang: 'en', source: 'index:46237836766 (an HR sync app\'s job change report spec, Ruby)' }, `
    Employee ID | externalId | A1B2C3D4E | F5G6H7J8K | L9M0N1P2Q
    First Name | firstName | Marisa | Howard | Keiko
    Last Name | lastName | Delgado | Sterling | Watanabe
    Job Title | - | Account Executive | Senior Recruiter | Payroll Specialist
    Manager Full Name | - | Tom Becker | Lydia Moss | Lydia Moss
    Department | - | Sales | People | Finance
    Location | - | San Francisco | Remote | Los Angeles
    Start Date | - | 2019-04-15 | 2021-11-01 | 2023-06-12
    Change Type | - | Title Change | Manager Change | Location Change
    Old Value | - | Sales Associate | Greg Hill | Remote
    New Value | - | Account Executive | Lydia Moss | Los Angeles
    Changed At | - | 2026-02-03 14:22:09 UTC | 2026-02-04 09:10:44 UTC | 2026-02-05 17:30:12 UTC
    Worker Type | - | Regular | Regular | Contractor
  `),
  set({ id: 'en-gym-members-service-export-active', kind: 'gym membership service\'s member CSV export (member id, names, e-mail, phone, birth date, status, active flag, created)', lang: 'en', source: 'index:22407331673 (a gym membership service\'s CSV exporter, Java Spring)' }, `
    Member ID | externalId | MBR-00412 | MBR-00413 | MBR-00420
    First Name | firstName | Tyler | Brianna | Marcus
    Last Name | lastName | Hughes | Castillo | Reed
    Email | email | tyler.hughes@example.com | brianna.c@example.net | marcus.reed@example.com
    Phone | phone | (614) 555-0142 | (614) 555-0187 | (380) 555-0123
    Date of Birth | dateOfBirth | 1996-08-14 | 1990-02-03 | 1983-11-27
    Status | - | ACTIVE | FROZEN | ACTIVE
    Active | - | true | false | true
    Created At | - | 2025-01-06T18:22:41 | 2024-09-14T07:05:10 | 2025-03-19T12:48:33
  `),
  set({ id: 'en-gym-admin-members-export-trainer', kind: 'gym management system\'s member CSV export (member id, names, e-mail, phone, gender, join date, status, plan and dates, assigned trainer)', lang: 'en', defaultCountry: 'IN', source: 'index:69030771700 (a gym management service implementation, CSV export, Java Spring)' }, `
    Member ID | externalId | GYM1001 | GYM1002 | GYM1015
    First Name | firstName | Vikram | Pooja | Sameer
    Last Name | lastName | Rathore | Desai | Khan
    Email | email | vikram.r@example.in | pooja.desai@example.com | sameer.khan@example.in
    Phone | phone | 98201 55014 | 99300 55087 | 98190 55123
    Gender | - | MALE | FEMALE | MALE
    Join Date | - | 2025-04-01 | 2025-06-15 | 2026-01-10
    Status | - | ACTIVE | ACTIVE | EXPIRED
    Plan | - | Quarterly | Annual | Monthly
    Plan Start Date | - | 2026-01-01 | 2025-06-15 | 2026-01-10
    Plan Expiry Date | - | 2026-03-31 | 2026-06-14 | 2026-02-09
    Assigned Trainer | owner | Rahul Verma | Neha Kapoor | Rahul Verma
  `),
  set({ id: 'en-gym-glofox-import-sample-barcode', kind: 'studio membership app\'s import screen sample of a Glofox member export (member id, names, e-mail, phone, membership name, start and expiry dates, barcode)', lang: 'en', defaultCountry: 'TH', source: 'index:70089708105 (a studio app\'s Glofox import page with a sample CSV, React)' }, `
    Member ID | externalId | gf-2041 | gf-2042 | gf-2057
    First Name | firstName | Ploy | Daniel | Kanya
    Last Name | lastName | Chaiyaporn | Hartley | Wongsa
    Email | email | ploy.c@example.com | dan.hartley@example.co.uk | kanya.w@example.com
    Phone | phone | 0815550142 | 0895550187 | 0625550123
    Membership Name | - | 10 Class Pack | Monthly Unlimited | 3 Months Unlimited
    Membership Start Date | - | 02/02/2026 | 15/01/2026 | ""
    Membership Expiry Date | - | 02/05/2026 | 14/02/2026 | 31/03/2026
    # A second id of the person: not imported.
    Barcode | - | 200411 | 200412 | 200427
  `),
  set({ id: 'en-timeclock-attendance-export-sep-line', kind: 'time-clock app\'s attendance export that starts with an Excel "sep=," line (employee id, employee name, hours worked, break time, break payable)', lang: 'en', above: [['sep=,']], source: 'index:52011778348 (a time-clock app\'s CSV handler, attendance export, Kotlin)' }, `
    Employee ID | externalId | 1004 | 1007 | 1012
    Employee Name | name | Jessica Moran | Luis Ortega | Aaron Whitfield
    Hours Worked | - | 38.50 | 40.25 | 22.00
    Break Time | - | 2.50 | 2.50 | 1.00
    Break Payable | - | No | No | Yes
  `),
  // ---------------------------------------------------------------------------------------------------- German
  set({ id: 'de-bauprojekt-kontakte-vorlage-durchwahl', kind: 'construction project contact book\'s CSV import template (first and last name, company, position, trade area, category, landline, extension, mobile, e-mail, address)', lang: 'de', defaultCountry: 'DE', source: 'index:58539388487 (a project contact book\'s CSV import module and template, TypeScript)' }, `
    Vorname | firstName | Lars | Sandra | Dieter
    Nachname | lastName | Vogt | Ritter | Kessler
    Firma | companyName | Vogt Kältetechnik GmbH | Ritter Ingenieure | Kessler Dachbau
    Position | - | Projektleiter | Fachplanerin | Inhaber
    # The trade area ("Bereich": Kälte, Elektro) is like an industry or a department: not imported.
    Bereich | - | Kälte | TGA | Dach
    Kategorie | tags | Handwerker | Planer | Handwerker
    # The landline is the untyped main phone; the extension alone is not imported; the mobile is an additional phone.
    Festnetz | phone | 02241 556677 | 0228 4455660 | 02242 918300
    Durchwahl | - | -12 | -31 | ""
    Mobil | additionalPhones | 0171 9988776 | 0160 5544332 | 0152 7711882
    E-Mail | email | l.vogt@example.de | s.ritter@example.de | info@kessler-dach.example
    Straße | address1 | Kölner Straße 5 | Godesberger Allee 90 | Industriestraße 14
    PLZ | postalCode | 53721 | 53175 | 53773
    Ort | city | Siegburg | Bonn | Hennef
  `),
  set({ id: 'de-schuetzen-sius-export-verein', kind: 'shooting competition client\'s SIUS export file of the shooters list (id, start number, surname, first name, club, lane, relay, active)', lang: 'de', defaultCountry: 'CH', source: 'index:53979639059 (a shooting competition client\'s README, SIUS CSV export section)' }, `
    Id | externalId | 12 | 13 | 27
    # The start number is a number of the competition entry, like an attendee number: not imported.
    Startnummer | - | 12 | 13 | 27
    Name | lastName | Baumgartner | Steiner | Kälin
    Vorname | firstName | Urs | Monika | Florian
    # The club a shooter is registered with is a group the person belongs to: Tags.
    Verein | tags | SG Wattwil | Schützen Lichtensteig | SG Wattwil
    Bahn | - | 3 | 4 | 0
    Abloesung | - | 1 | 1 | 0
    Aktiv | - | 1 | 1 | 0
  `),
  set({ id: 'de-qualifikationen-personen-import-abteilung', kind: 'qualification tracker\'s people import (personnel number, last name, first name, department), lower-case header', lang: 'de', defaultCountry: 'DE', source: 'index:61104226496 (a qualification tracker plugin\'s people import test, PHP)' }, `
    personalnummer | externalId | 900114 | 900127 | 900203
    nachname | lastName | Krämer | Ludwig | Peters
    vorname | firstName | Anja | Stefan | Melanie
    abteilung | - | Werkstatt | Lager | Büro
  `),
  set({ id: 'de-kundenverwaltung-export-unternehmen', kind: 'customer administration web app\'s CSV export with a BOM (customer number, first and last name, e-mail, phone, company, created)', lang: 'de', defaultCountry: 'DE', source: 'index:57043100330 (a customer list bean writing a CSV download, Java JSF)' }, `
    Kundennummer | externalId | KD-2026-0041 | KD-2026-0042 | KD-2026-0058
    Vorname | firstName | Thorsten | Bettina | Kai
    Nachname | lastName | Lorenz | Haas | Wendt
    E-Mail | email | t.lorenz@example.de | bettina.haas@example.com | kai.wendt@example.de
    Telefon | phone | 0221 5558841 | 0171 5552290 | 02203 555147
    Unternehmen | companyName | Lorenz Elektrotechnik GmbH | "" | Wendt & Partner
    Angelegt am | - | 05.01.2026 | 19.01.2026 | 02.03.2026
  `),
  set({ id: 'de-pflegedienst-datev-lodas-export-kopfzeilen', kind: 'care service\'s payroll export in a simplified DATEV LODAS layout, with a title, client and period lines and a blank line above the header (personnel number, names, hours, wages)', lang: 'de', defaultCountry: 'DE', above: [['DATEV LODAS Export'], ['Mandant', 'Pflegedienst Sonnenschein', 'Steuernummer', '21/815/08150'], ['Abrechnungszeitraum', '3/2026'], []], source: 'index:58657072222 (a care service app\'s payroll export route, TypeScript)' }, `
    Personalnummer | externalId | P-014 | P-022 | P-031
    Nachname | lastName | Albrecht | Nowak | Schulte
    Vorname | firstName | Monika | Piotr | Jana
    Stunden | - | 86,5 | 120,0 | 42,25
    Stundenlohn € | - | 15,80 | 16,20 | 14,50
    Grundlohn € | - | 1366,70 | 1944,00 | 612,63
    Zuschläge € | - | 84,00 | 152,40 | 0,00
    Bruttolohn € | - | 1450,70 | 2096,40 | 612,63
  `),
  set({ id: 'de-notenverwaltung-kurse-schueler-import', kind: 'grade book app\'s course enrolment CSV import, upper school (course id, course, subject, class, pupil id, names, birthday, scheme, course kind, qualification phase, written exam subject), importer test', lang: 'de', defaultCountry: 'DE', source: 'index:71468340384 (a grade book app\'s CSV importer tests, JavaScript)' }, `
    KursID | - | de-q2 | de-q2 | ma-q2
    Kurs | - | Deutsch LK | Deutsch LK | Mathematik GK
    Fach | - | Deutsch | Deutsch | Mathematik
    Klasse | - | "" | "" | ""
    # The pupil's id is the first id of the person (the course id is not the person's): the External ID.
    SchuelerID | externalId | s-1042 | s-1043 | s-1042
    Nachname | lastName | Albers | Kowalczyk | Albers
    Vorname | firstName | Johanna | Milan | Johanna
    Geburtstag | dateOfBirth | 2008-02-19 | 2007-11-30 | 2008-02-19
    Schema | - | Sek II | Sek II | Sek II
    Kursart | - | LK | LK | GK
    Qualifikationsabschnitt | - | Q1/Q2 | Q1/Q2 | Q1/Q2
    3. Pruefungsfach schriftlich | - | Nein | Ja | Nein
  `),
  set({ id: 'de-schule-zugangsdaten-schueler-klasse', kind: 'school IT tool\'s pupil account file from the school office (internal id number, last name, first name, class)', lang: 'de', defaultCountry: 'DE', source: 'index:56688981772 (a school account tool\'s CLI tests with a pupil list, Python)' }, `
    Interne ID-Nummer | externalId | 611 | 612 | 640
    Nachname | lastName | Şahin | Fuchs | Lehmann
    Vorname | firstName | Elif | Moritz | Clara
    Klasse | - | 6B | 6B | 7A
  `),
  set({ id: 'de-bundesjugendspiele-schueler-export-riege', kind: 'school sports day app\'s results export, kept to its fixed columns before the per-attempt discipline columns (last name, first name, class, sex, birth date, high and long jump, squad)', lang: 'de', defaultCountry: 'DE', source: 'index:24806310322 (a sports day app\'s store with a CSV export, JavaScript)' }, `
    Nachname | lastName | Krüger | Demir | Hartmann
    Vorname | firstName | Paul | Leyla | Sophie
    Klasse | - | 5c | 5c | 6a
    Geschlecht | - | m | w | w
    Geburtsdatum | dateOfBirth | 14.03.2015 | 02.10.2014 | 21.06.2014
    Hochsprung | - | 1,05 | 0,95 | 1,10
    Weitsprung | - | 3,40 | 3,15 | 3,62
    # The squad ("Riege") pupils are put in for the sports day belongs to the event, not to the person: not imported.
    Riege | - | 3 | 4 | 1
  `),
];
