// The thirty-sixth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files, and English exports of Latin American and European tools; the other half,
// corpus-heldout36a.ts, holds the other languages): 57 header sets (699 columns, 323 of them expected to map;
// 13 Spanish, 13 Portuguese, 12 French, 11 Italian, 8 English; 2 files without a header row (a school workshop's
// plain grades file, a school package's establishments base), 1 with lines above it (a mock exam signing sheet's
// exam, date and room lines); 12 sets of 20 to 42 columns).
// The theme is regional SaaS exports and import templates: RD Station, Kommo, Hotmart sales reports, Pipedrive,
// Fresha and a French prospecting tool's exports, invoicing and CRM import templates, clinic agendas and patient
// records, school, club, volunteer and association registers. The header rows were found with the public code
// index's look-ups (exact strings and searches by meaning) and read from the files named by each source
// ("index:<id>" where the index does not name the repository, "github:owner/repo path" where it does; most of those were
// read from whole snapshots brought in with `fetch`: an association manager, a volunteer organisation's system, a
// French school package, a repair-shop system and a booking app's Fresha migration), and written down, with the
// mapping a careful person would choose by the field definitions and the rules, BEFORE the mapper was run
// on them and without reading the lexicon or the mapper. The kind says what each file is. Sample values are made up
// in the shape of each file's own (no personal data or example rows from the sources are copied). A header's leading
// or trailing space cannot be written in the table and is left out (a set's comment says where). Wide files are
// kept to their first columns, stopping at a column boundary.
// No set's headers repeat an older part's (each was compared lower-cased).
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

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout36' }, table);

export const HELDOUT36B: CorpusSet[] = [
  // ---------------------------------------------------------------------------------------------------- Portuguese
  set({ id: 'pt-rdstation-lead-export-realestate', kind: 'RD Station Marketing lead export of a property developer (the importer\'s list of the export\'s columns)', lang: 'pt', source: 'index:66993901321 (a real-estate lead importer\'s RD Station field list, the export\'s header row in order)', defaultCountry: 'BR' }, `
    # The export's first 31 columns; the property questionnaire columns after "Eventos (Últimos 100)" are left out.
    # "Telefone" is the main phone and "Celular" beside it an additional phone. "Dono do Lead" is the user in charge:
    # the Contact owner. "Origem da primeira conversão" is where the lead came in: the Source; the last conversion's
    # origin beside it is not imported. "Data de aniversário" is the birth date. Facebook, Twitter and LinkedIn
    # handles, the public URL (the lead's page in RD Station), the funnel stage and the scores are not contact fields.
    Email | email | carla.menezes@mail.example | rodrigo.p@post.example | anaju.lima@mail.example
    Nome | name | Carla Menezes | Rodrigo Prates | Ana Júlia Lima
    Telefone | phone | (63) 3215-4410 | "" | (63) 3028-7712
    Celular | additionalPhones | (63) 98411-2290 | (63) 99230-8817 | (63) 98105-4436
    Facebook | - | "" | rodrigo.prates | ""
    Twitter | - | "" | "" | ""
    Linkedin | - | "" | linkedin.com/in/rodrigoprates | ""
    Website | website | "" | prates.arq.example | ""
    Cargo | - | Gerente | Arquiteto | ""
    Empresa | companyName | Casa Norte Imóveis | Prates Arquitetura | ""
    País | country | Brasil | Brasil | Brasil
    Estado | state | TO | TO | TO
    Cidade | city | Palmas | Palmas | Araguaína
    Biografia | - | "" | "" | ""
    Estágio no funil | - | Lead | Lead Qualificado | Cliente
    Dono do Lead | owner | Marcos Teles | Juliana Frota | Marcos Teles
    Data da última oportunidade | - | "" | 12/03/2026 | 02/02/2026
    Data da última venda | - | "" | "" | 20/02/2026
    Valor da última venda | - | "" | "" | 850000
    Lead Scoring - Perfil | - | B | A | C
    Lead Scoring - Interesse | - | 3 | 4 | 2
    Status para comunicação por email | - | Contato ativo | Contato ativo | Descadastrado
    Tags | tags | lancamento-norte | "" | cliente, indicacao
    URL pública | - | https://app.rdstation.example/leads/public/1a2b | https://app.rdstation.example/leads/public/3c4d | https://app.rdstation.example/leads/public/5e6f
    Data de aniversário | dateOfBirth | 14/06/1988 | "" | 03/11/1979
    Base legal para comunicação | - | Consentimento | Interesse legítimo | Consentimento
    Total de conversões | - | 3 | 1 | 6
    Data da primeira conversão | - | 05/01/2026 | 10/03/2026 | 18/09/2025
    Origem da primeira conversão | source | Busca Paga / Google | Facebook Ads | Orgânico
    Data da última conversão | - | 22/03/2026 | 10/03/2026 | 30/01/2026
    Origem da última conversão | - | Direto | Facebook Ads | E-mail
  `),
  set({ id: 'pt-kommo-contacts-export-fixture', kind: 'spreadsheet importer\'s test case reproducing a Kommo (amoCRM) contacts export', lang: 'pt', source: 'index:70112843847 (a customer-base importer\'s everyday test cases, the "Export do Kommo" sheet)', defaultCountry: 'BR' }, `
    # "ID" is Kommo's id of the contact: another system's id, the External ID. With typed phones only, the mobile is the
    # main phone and the work phone an additional one; of the two typed emails the work one comes first: the main email.
    # "Usuário responsável" is the user in charge: the Contact owner. "Etapa" is a pipeline stage, not imported.
    ID | externalId | 10031 | 10032 | 10033
    Nome | name | Patrícia Goulart | Everton Sá | Luana Queiroz
    Empresa do contato | companyName | Goulart Doces | Sá Transportes | ""
    Telefone comercial | additionalPhones | (11) 3322-1470 | "" | (19) 3244-0981
    Telefone celular | phone | +5511987612204 | +5521998340012 | +5519991457730
    Email comercial | email | contato@goulartdoces.example | "" | luana@queiroz.example
    Email pessoal | additionalEmails | patig@mail.example | everton.sa@mail.example | luqueiroz@mail.example
    Etapa | - | Contato inicial | Proposta | Ganho
    Usuário responsável | owner | Renata Alves | Caio Prado | Renata Alves
    Tags | tags | lead-site | lead-site | indicacao
    Criado em | - | 04/03/2026 | 05/03/2026 | 06/03/2026
  `),
  set({ id: 'pt-rdstation-webhook-leads-sheet', kind: 'Apps Script sheet filled by an RD Station conversion webhook (its header row)', lang: 'pt', source: 'index:37107323100 (a Google Apps Script that writes RD Station leads to a sheet and sets its header row)' }, `
    # "Origem da Primeira Conversão" is where the lead came in: the Source. The funnel stage, score and interest are
    # not contact fields; the creation date is the lead's record date, not imported.
    Nome | name | Felipe Amorim | Júlia Bastos | Otávio Reis
    Email | email | felipe.amorim@mail.example | julia.bastos@post.example | otavio@reis.example
    Data de Criacao | - | 2026-02-11T10:22:41-03:00 | 2026-02-11T14:05:09-03:00 | 2026-02-12T08:47:30-03:00
    Empresa | companyName | Amorim Contábil | "" | Reis & Filhos
    Origem da Primeira Conversão | source | Busca Orgânica | Facebook Ads | E-mail marketing
    Estágio no Funil | - | Lead | Lead Qualificado | Lead
    Lead Scoring | - | 35 | 70 | 10
    Interesse | - | Alto | Médio | Baixo
  `),
  set({ id: 'pt-hotmart-sales-export-headers', kind: 'Hotmart sales report export (an analytics tool\'s map of the export\'s header row)', lang: 'pt', source: 'index:18557783007 (a sales dashboard\'s CSV header maps for Brazilian course platforms, the Hotmart export)', defaultCountry: 'BR' }, `
    # The buyer is the contact. "Documento" is the CPF, a tax number: not imported. "Estado / Província" is the buyer's
    # state. The producer, the transaction, offer, payment and commission columns are about the sale; the Instagram
    # handle and the order bump columns are not contact fields.
    Código da transação | - | HP1712345601 | HP1712345602 | HP1712345603
    Status da transação | - | Aprovado | Completo | Reembolsado
    Data da transação | - | 02/03/2026 10:14:22 | 02/03/2026 11:40:05 | 03/03/2026 21:02:47
    Produtor(a) | - | Escola Mente Ativa | Escola Mente Ativa | Escola Mente Ativa
    Código do produto | - | 3210987 | 3210987 | 3210988
    Produto | - | Curso Finanças Pessoais | Curso Finanças Pessoais | Mentoria Investidor
    Código do preço | - | k8f2m1 | k8f2m1 | p9q3z7
    Nome deste preço | - | Oferta de lançamento | Oferta de lançamento | Plano anual
    Moeda de compra | - | BRL | BRL | BRL
    Valor de compra com impostos | - | 497,00 | 497,00 | 1.997,00
    Valor de compra sem impostos | - | 452,10 | 452,10 | 1.816,50
    Moeda da comissão | - | BRL | BRL | BRL
    Minha comissão | - | 401,20 | 401,20 | 1.612,40
    Código SRC | - | ig-bio | "" | yt-live
    Código SCK | - | "" | hotmart_checkout | ""
    Método de pagamento | - | Cartão de Crédito | Pix | Boleto
    Quantidade total de parcelas | - | 12 | 1 | 1
    Quantidade de cobranças | - | 1 | 1 | 1
    Código de cupom | - | "" | VOLTA10 | ""
    Comprador(a) | name | Rafaela Monteiro | Diego Fontes | Sílvia Cardoso
    Email do(a) Comprador(a) | email | rafa.monteiro@mail.example | diegofontes@post.example | silvia.cardoso@mail.example
    País | country | Brasil | Brasil | Portugal
    Telefone | phone | 5511991234570 | 5531987650043 | 351912345671
    Documento | - | 123.456.789-09 | 987.654.321-00 | ""
    Estado / Província | state | São Paulo | Minas Gerais | Lisboa
    Instagram | - | @rafamonteiro | "" | @silviacardoso
    Tipo do order bump | - | "" | Produto principal | ""
    Transação do ordem bump | - | "" | HP1712345599 | ""
  `),
  set({ id: 'pt-hotmart-sales-required-columns', kind: 'attribution tool\'s Hotmart sales import (the columns it requires in the uploaded export)', lang: 'pt', source: 'index:57005427534 (a marketing attribution tool\'s Hotmart CSV import page, its required columns in order)', defaultCountry: 'BR' }, `
    # The buyer is the contact; the transaction, product, price and revenue columns are about the sale.
    Código da transação | - | HP0901234567 | HP0901234568 | HP0901234569
    Status da transação | - | Aprovado | Aprovado | Cancelado
    Data da transação | - | 15/01/2026 09:12:44 | 15/01/2026 09:40:03 | 16/01/2026 18:25:51
    Confirmação do pagamento | - | 15/01/2026 09:13:02 | 15/01/2026 09:41:10 | ""
    Código do produto | - | 4455667 | 4455667 | 4455667
    Produto | - | Método Horta em Casa | Método Horta em Casa | Método Horta em Casa
    Código do preço | - | a1b2c3 | a1b2c3 | d4e5f6
    Nome deste preço | - | Lote 1 | Lote 1 | Lote 2
    Moeda de compra | - | BRL | BRL | BRL
    Faturamento bruto (sem impostos) | - | 197,00 | 197,00 | 247,00
    Faturamento líquido | - | 178,30 | 178,30 | 0,00
    Faturamento líquido do(a) Produtor(a) | - | 160,47 | 160,47 | 0,00
    Comprador(a) | name | Tiago Ventura | Márcia Lobo | Heloísa Pires
    Email do(a) Comprador(a) | email | tiagoventura@mail.example | marcia.lobo@post.example | helo.pires@mail.example
    Telefone | phone | 5548999123401 | 5548988765402 | 5547991230003
  `),
  set({ id: 'pt-api-contact-csv-row-type', kind: 'contact import API\'s CSV row type (the columns of its upload file)', lang: 'pt', source: 'github:leonardo2000almeida/controller-test src/application/types/contact.ts (the CSV contact row of an import controller)', defaultCountry: 'BR' }, `
    # "CPF/CNPJ" is a tax number: not imported. "Logradouro" is the street, "Número" the house number on its own (not
    # imported), "Complemento" a second address line and "Bairro" the neighbourhood (not imported). The last "id" is
    # the uploaded row's own number in the import, not imported.
    Nome | name | Sandra Vieira | Oficina do Beto Ltda | Marcelo Cunha
    Email | email | sandra.vieira@mail.example | contato@oficinabeto.example | marcelocunha@post.example
    Telefone | phone | (41) 99812-3345 | (41) 3356-7781 | (41) 98874-1102
    CPF/CNPJ | - | 123.456.789-00 | 12.345.678/0001-90 | 987.654.321-11
    CEP | postalCode | 80010-000 | 81200-110 | 82020-450
    Logradouro | address1 | Rua XV de Novembro | Av. Manoel Ribas | Rua Mateus Leme
    Número | - | 1020 | 455 | 3890
    Complemento | - | Apto 31 | "" | Casa 2
    Bairro | - | Centro | Mercês | São Lourenço
    Cidade | city | Curitiba | Curitiba | Curitiba
    Estado | state | PR | PR | PR
    id | - | 1 | 2 | 3
  `),
  set({ id: 'pt-prep-school-class-list', kind: 'prep course\'s class list sample for a student import (an app\'s example spreadsheet)', lang: 'pt', source: 'github:ejpixel/einstein assets/lista-alunos.csv (the example class list of a prep course app\'s import screen)', defaultCountry: 'BR' }, `
    # "N˚." is the row number in the list, not imported. The student is the contact; "Tel. Responsável" is the
    # guardian's phone, not imported. "Chamada" (written "Chamada " with a trailing space, which the table cannot hold)
    # is the attendance count and "Advertências" the warnings: not contact fields.
    N˚. | - | 1 | 2 | 3
    Nome | name | Alice Moreira Campos | Bernardo Tavares | Camila Rosa Duarte
    E-mail | email | alicemcampos@mail.example | bernardo.tav@post.example | camiladuarte@mail.example
    Telefone | phone | (48) 9612 0455 | (48) 3024 8810 | (48) 9930 2716
    Tel. Responsável | - | (48) 9877 1203 | (48) 9901 5532 | (48) 9930 2716
    Chamada | - | 1 | 4 | 2
    Advertências | - | "" | 1 | ""
  `),
  set({ id: 'pt-service-order-clients-report-xlsx', kind: 'service order system\'s customers report (the XLSX export\'s header)', lang: 'pt', source: 'github:RamonSilva20/mapos application/controllers/Relatorios.php (a Brazilian repair-shop management system, the customers report in XLSX)', defaultCountry: 'BR' }, `
    # "Código" is the system's customer code: the External ID. The rows mix people and companies in "Nome": the Name;
    # "Contato" is the contact person named for company customers and is not imported beside it. "Telefone" is the
    # main phone and "Celular" an additional phone. "Documento" is the CPF or CNPJ (not imported); the supplier flag,
    # sex, person type and registration date are not contact fields. "Número" is the house number on its own and
    # "Complemento" a second address line; "Bairro" is the neighbourhood: not imported.
    Código | externalId | 101 | 102 | 103
    Nome | name | Aparecida Lima | Auto Peças Rocha Ltda | Gustavo Henrique Souza
    Sexo | - | Feminino | "" | Masculino
    Pessoa Física | - | Sim | Não | Sim
    Documento | - | 123.456.789-09 | 12.345.678/0001-95 | 987.654.321-00
    Telefone | phone | (62) 3212-4455 | (62) 3095-7700 | ""
    Celular | additionalPhones | (62) 99123-4567 | (62) 98222-1100 | (62) 99876-5432
    Contato | - | "" | Jefferson Rocha | ""
    E-mail | email | aparecida.lima@mail.example | compras@rochapecas.example | gustavo.hs@mail.example
    Fornecedor | - | Não | Sim | Não
    Data de Cadastro | - | 2025-08-14 | 2025-09-02 | 2026-01-20
    Rua | address1 | Rua 7 | Av. Anhanguera | Rua C-137
    Número | - | 210 | 5400 | 88
    Complemento | - | Qd. 12 Lt. 4 | Galpão 2 | Apto 904
    Bairro | - | Setor Oeste | Setor Campinas | Jardim América
    Cidade | city | Goiânia | Goiânia | Goiânia
    Estado | state | GO | GO | GO
    CEP | postalCode | 74110-030 | 74515-010 | 74255-180
  `),
  set({ id: 'pt-isp-coverage-survey-export', kind: 'internet provider\'s coverage survey leads export (CSV sent as .xls)', lang: 'pt', source: 'index:46124089440 (an ISP site\'s lista-pesquisas export of viability requests)', defaultCountry: 'BR' }, `
    # Each row is a person who asked whether the service reaches their address. "numero" is the house number on its
    # own and "bairro" the neighbourhood: not imported. The request date and the viability answer are not contact
    # fields.
    nome | name | Cleber Santana | Priscila Moura | Vanderlei Costa
    email | email | cleber.santana@mail.example | pri.moura@mail.example | vcosta@mail.example
    telefone | phone | (75) 99812-4411 | (75) 98120-3377 | (75) 3221-0098
    cep | postalCode | 44001-120 | 44052-300 | 44085-010
    endereco | address1 | Rua Barão de Cotegipe | Av. Maria Quitéria | Rua Castro Alves
    numero | - | 455 | 1780 | 32
    bairro | - | Centro | Kalilândia | Tomba
    cidade | city | Feira de Santana | Feira de Santana | Feira de Santana
    data | - | 2026-03-02 | 2026-03-02 | 2026-03-04
    viavel | - | sim | não | sim
  `),
  set({ id: 'pt-seminar-registrations-export', kind: 'WordPress seminar registration plugin\'s CSV export', lang: 'pt', source: 'index:33165022827 (a seminar landing page plugin, inscricoes-seminario.csv)', defaultCountry: 'BR' }, `
    # The job title and the experience level are not imported; the newsletter box is a consent flag and the
    # registration date the record's.
    Nome | name | Renato Barbosa | Larissa Prado | Fábio Nunes
    Email | email | renato.barbosa@mail.example | larissa@pradoconsult.example | fabio.nunes@mail.example
    Telefone | phone | (11) 98765-1200 | (11) 3456-7788 | (21) 99654-3321
    Empresa | companyName | Barbosa Engenharia | Prado Consultoria | ""
    Cargo | - | Diretor | Sócia | Analista
    Experiência | - | Mais de 10 anos | 5 a 10 anos | Até 2 anos
    Newsletter | - | Sim | Não | Sim
    Data Cadastro | - | 2026-02-20 09:15:00 | 2026-02-21 14:40:12 | 2026-02-22 19:03:45
  `),
  set({ id: 'pt-services-form-users-export', kind: 'WordPress services request form\'s submissions export', lang: 'pt', source: 'index:65784954399 (a services form plugin\'s usuarios.csv export of selected submissions)', defaultCountry: 'BR' }, `
    # The selected services are what the request is about: not a contact field.
    nome | name | Marina Teles | Rogério Alves | Bianca Freitas
    Email | email | marina.teles@mail.example | rogerio.alves@mail.example | bianca.f@mail.example
    Telefone | phone | (31) 99876-2211 | (31) 98123-4455 | (31) 3274-9900
    Serviços Selecionados | - | Limpeza de pele, Massagem | Depilação | Massagem
  `),
  set({ id: 'pt-city-hall-staff-directory-export', kind: 'city hall\'s staff extensions directory export (the same layout as its import)', lang: 'pt', source: 'index:13409016073 (a municipal phone directory\'s CSV export)', defaultCountry: 'BR' }, `
    # "Ramal" is an internal extension number, not a phone number one can dial from outside: not imported. The sector
    # and the department ("Secretaria") are departments: not imported.
    Nome | name | Edna Ribeiro | Sérgio Matos | Tatiane Lopes
    Setor | - | Protocolo | Compras | Tributação
    Ramal | - | 2104 | 2231 | 2310
    E-mail | email | edna.ribeiro@prefeitura.example | sergio.matos@prefeitura.example | tatiane.lopes@prefeitura.example
    Secretaria | - | Administração | Administração | Fazenda
  `),
  set({ id: 'pt-school-library-students-history', kind: 'school library gamification plugin\'s students history CSV (semicolon)', lang: 'pt', source: 'index:55265575295 (a school library WordPress plugin, the alunos_historico export)', defaultCountry: 'BR' }, `
    # The XP, badges, books read, reading sheets, reviews, videos and active loans are the student's activity: not
    # contact fields.
    Nome | name | Heitor Magalhães | Lívia Campos | Davi Rezende
    E-mail | email | heitor.m@escola.example | livia.campos@escola.example | davi.rezende@escola.example
    XP | - | 1250 | 980 | 310
    Medalhas | - | 4 | 3 | 1
    Livros Lidos | - | 12 | 9 | 3
    Fichas | - | 10 | 8 | 2
    Resenhas | - | 5 | 6 | 1
    Vídeos | - | 2 | 0 | 0
    Empréstimos Ativos | - | 1 | 2 | 0
  `),
  // ------------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-client-import-nif-test', kind: 'invoicing app\'s customer importer test (an Excel-style semicolon CSV)', lang: 'es', source: 'index:56415741079 (a Spanish invoicing pilot\'s contact import parser tests, the first CSV)', defaultCountry: 'ES' }, `
    # "NIF" is a tax number: not imported. The rows mix people and companies in one name column: the Name.
    Nombre | name | Lucía Ferrer Soler | Taller Hnos. Pardo SL | Óscar Medina
    NIF | - | 45123678K | B46123457 | 71234560Q
    Email | email | lucia.ferrer@correo.example | "" | omedina@correo.example
    Teléfono | phone | 612 334 908 | 963 401 227 | ""
  `),
  set({ id: 'es-receptionist-contacts-template', kind: 'AI receptionist SaaS\'s contact import template (documented CSV)', lang: 'es', source: 'github:tomashoffer/receptionistAI PLANTILLA_IMPORTACION_CONTACTOS.md (the contact import template of a booking assistant for spas and hotels)', defaultCountry: 'AR' }, `
    # "Fuente" is the channel the contact came through (call, whatsapp, instagram): the Source. "Etiquetas" are tags.
    Nombre | name | Florencia Ibarra | Martín Sosa | Camila Ledesma
    Teléfono | phone | +5491162233401 | +5491140871122 | +5493514456789
    Email | email | flor.ibarra@correo.example | "" | camiledesma@correo.example
    Fuente | source | whatsapp | call | instagram
    Notas | - | Pregunta por masajes | Pidió precios de suite | ""
    Etiquetas | tags | VIP,Spa | Consulta | Instagram
  `),
  set({ id: 'es-call-campaign-excel-format', kind: 'call-centre campaign loader\'s Excel format (documented example)', lang: 'es', source: 'github:nbarinas/validator-excel FORMATO_EXCEL.md (the call list format of an Excel validator for a Colombian call centre)', defaultCountry: 'CO' }, `
    # "Cedula" is a national id: not imported. "Otro numero" is a second phone: an additional phone. The call time and
    # the product brand are about the campaign.
    Telefono | phone | 3004417720 | 3158802341 | 3126609915
    Nombre | name | Valentina Ríos | Andrés Caicedo | Paola Mejía
    Cedula | - | 1019876543 | 80123456 | 52987123
    Ciudad | city | Bogotá | Cali | Medellín
    Observaciones | - | Interesada en plan | "" | Volver a llamar
    Hora de llamada | - | 14:30 | 09:00 | 16:15
    Marca de producto | - | Samsung | Xiaomi | ""
    Otro numero | additionalPhones | 3109871234 | "" | 6044481122
  `),
  set({ id: 'es-agency-clients-import-template', kind: 'digital agency CRM\'s client import template (documented Excel example)', lang: 'es', source: 'github:fradurgo19/Digiautomatiza GUIA-IMPORTACION-EXCEL.md (the client import guide\'s example sheet)', defaultCountry: 'CO' }, `
    # "Servicios de Interés" are the services the client asked about and "Estado" the client's status: not imported.
    Nombre Completo | name | Natalia Ospina | Julián Restrepo | Daniela Vargas
    Email | email | natalia.o@empresa.example | julian@startup.example | dvargas@correo.example
    Teléfono | phone | +57 301 445 2290 | +57 315 220 8871 | +57 320 118 4405
    Empresa | companyName | Ospina Diseño | Nodo Startup | ""
    Servicios de Interés | - | chatbot-ia, paginas-web | automatizacion | analisis-datos
    Estado | - | interesado | nuevo | contactado
    Notas | - | Reunión el jueves | Llegó por LinkedIn | ""
  `),
  set({ id: 'es-clinic-patient-csv-export', kind: 'clinic records app\'s patient CSV export (its header line)', lang: 'es', source: 'github:j-villasante/Medcord src/models.js#patients (the patient export header of a Peruvian clinic records app)', defaultCountry: 'PE' }, `
    # The mother's surname comes first in this file; the father's surname is the Last name (the Spanish first surname)
    # and the mother's is not imported. "Tipo de documento" and "Documento" are a national id: not imported.
    # "Procedencia" is where the patient comes from and "Lugar de nacimiento" the birthplace: free-form places, not
    # imported; the address is the street address. Civil status, sex, history, occupation, schooling, the referral
    # and the Facebook profile are not contact fields; the creation date is the record's.
    Apellido materno | - | Quispe | Rojas | Flores
    Apellido paterno | lastName | Huamán | Salazar | Cárdenas
    Nombre | firstName | Rosa Elena | Jorge | Milagros
    Telefono | phone | 984 221 305 | 951 330 872 | 974 118 640
    Fecha de nacimiento | dateOfBirth | 1985-04-12 | 1972-11-03 | 1996-07-28
    Estado civil | - | Casada | Soltero | Soltera
    Tipo de documento | - | DNI | DNI | Carné de extranjería
    Documento | - | 41235678 | 09876543 | 001234567
    Dirección | address1 | Av. de la Cultura 1120 | Jr. Puno 345 | Calle Tigre 210
    Procedencia | - | Cusco | Arequipa | Cusco
    Lugar de nacimiento | - | Sicuani | Arequipa | Lima
    Sexo | - | F | M | F
    Correo | email | rosa.huaman@correo.example | "" | mili.cardenas@correo.example
    Antecedentes patológicos | - | Ninguno | Hipertensión | ""
    Antecedentes cirúrgicos | - | Apendicectomía | "" | ""
    Ocupación | - | Docente | Comerciante | Estudiante
    Grado de instrucción | - | Superior | Secundaria | Superior
    Referencia | - | Frente al mercado | "" | Cerca al parque
    Facebook | - | rosa.huaman | "" | ""
    Alergías | - | Penicilina | "" | ""
    Fecha de creación | - | 2026-01-15 | 2026-02-02 | 2026-02-20
  `),
  set({ id: 'es-clinic-appointments-csv-export', kind: 'clinic booking app\'s appointments CSV export (a Doctoralia-like agenda)', lang: 'es', source: 'index:71077300516 (an offline clinic agenda app\'s "Exportar turnos (CSV)" action)', defaultCountry: 'AR' }, `
    # The patient is the contact. "Doctor" is the professional the patient is booked with: the user in charge, the
    # Contact owner (like the therapist in charge of a patient). The date, time, length, status, reminder flag and
    # notes are about the appointment.
    Fecha | - | 2026-03-09 | 2026-03-09 | 2026-03-10
    Hora | - | 09:30 | 11:00 | 17:15
    Duración (min) | - | 30 | 45 | 30
    Paciente | name | Agustina Benítez | Ramiro Quiroga | Lucía Paz
    Teléfono | phone | +54 9 11 5523-4410 | +54 9 11 6201-7788 | +54 9 351 440-2211
    Email | email | agusbenitez@correo.example | "" | lucia.paz@correo.example
    Doctor | owner | Paula Gómez | Paula Gómez | Diego Ferreyra
    Estado | - | Confirmado | Pendiente | Cancelado
    Recordatorio enviado | - | sí | no | sí
    Notas | - | Control anual | "" | Traer estudios
  `),
  set({ id: 'es-grades-plain-file-no-header', kind: 'school workshop\'s plain-text grades file (no header row; the layout is in the reader\'s comment)', lang: 'es', source: 'index:32458677258 (a PHP workshop that reads plano_Taller2.txt, a semicolon file without a header line)', defaultCountry: 'CO', noHeader: true }, `
    # Columns, by the reader's comment: ID;Identificación;Nombres;Apellidos;Edad;Nota1;Nota2. "ID" is the student's
    # code in the course list: a bare ID of a person, the External ID. "Identificación" is a national id, "Edad" the
    # age and the two grades are not contact fields.
    "" | externalId | 1 | 2 | 3
    "" | - | 1032456789 | 1020987654 | 1001234567
    "" | firstName | Laura Sofía | Juan Camilo | Mariana
    "" | lastName | Gómez Ruiz | Pérez Lozano | Castaño
    "" | - | 17 | 18 | 17
    "" | - | 4.2 | 3.5 | 4.8
    "" | - | 3.9 | 4.1 | 4.6
  `),
  set({ id: 'es-school-teachers-csv-export', kind: 'school control panel\'s teachers CSV export (its header line)', lang: 'es', source: 'index:15011305204 (a school administration app\'s profesor.csv export)', defaultCountry: 'MX' }, `
    # The father's surname is the Last name; the mother's surname is not imported. The speciality and the status are
    # not contact fields.
    Nombre | firstName | María Fernanda | José Luis | Adriana
    Apellido Paterno | lastName | Hernández | Ramírez | Torres
    Apellido Materno | - | López | Ortega | Vázquez
    Especialidad | - | Matemáticas | Programación | Inglés
    Telefono | phone | 442 215 3340 | 442 118 9021 | 55 4123 7788
    Estatus | - | 1 | 1 | 1
  `),
  set({ id: 'es-admin-users-csv-export-nif', kind: 'web platform\'s admin users CSV export (Spanish public-sector style, with NIF)', lang: 'es', source: 'index:40768019516 (a Laravel back office\'s exportUsers action)', defaultCountry: 'ES' }, `
    # "NIF" is a tax number and "Roles" the user's roles in the platform: not imported (a role is like a job title).
    Nombre | firstName | Carmen | Javier | Nuria
    Apellidos | lastName | Ruiz Blanco | Ortega Sanz | Vidal Puig
    NIF | - | 12345678Z | 87654321X | 45678912B
    Email | email | carmen.ruiz@correo.example | jortega@correo.example | nvidal@correo.example
    Roles | - | ADMIN | EDITOR, TEACHER | STUDENT
  `),
  set({ id: 'es-university-counselling-requests', kind: 'university counselling service\'s appointment requests CSV download', lang: 'es', source: 'index:23851563403 (a student counselling app\'s solicitudes_citas.csv download)', defaultCountry: 'MX' }, `
    # The student is the contact. The degree ("Carrera") and semester are like a school class: not imported; the
    # description, date and time are about the appointment.
    Nombre | firstName | Diana | Kevin | Itzel
    Apellido | lastName | Morales | Castillo | Juárez
    Carrera | - | Psicología | Ingeniería Civil | Derecho
    Semestre | - | 3 | 5 | 1
    Descripción | - | Estrés por exámenes | Orientación vocacional | Adaptación
    Fecha | - | 2026-03-10 | 2026-03-11 | 2026-03-11
    Hora | - | 10:00 | 12:30 | 16:00
  `),
  set({ id: 'es-wp-shop-customers-report', kind: 'WordPress reports plugin\'s customers report CSV', lang: 'es', source: 'index:4421072030 (a WordPress sales reports plugin, the customers_report CSV)' }, `
    # The registration date is the account's record date: not imported.
    Nombre | name | Lucía Navarro | Pablo Serrano | Elena Campos
    Email | email | lucia.navarro@correo.example | pserrano@correo.example | elena.campos@correo.example
    Fecha de Registro | - | 2026-01-04 10:22:31 | 2026-01-19 18:05:02 | 2026-02-02 08:41:57
  `),
  set({ id: 'es-pos-users-csv-export', kind: 'point-of-sale system\'s users CSV export (its header line)', lang: 'es', source: 'index:9294872722 (a small sales system\'s Usuarios.csv export)' }, `
    # "Nombre de Usuario" is the login the person is filed under in the system: the External ID.
    Nombre | name | Rosa Castillo | Héctor Molina | Gabriela Soto
    Email | email | rosa.castillo@correo.example | hmolina@correo.example | gsoto@correo.example
    Nombre de Usuario | externalId | rcastillo | hmolina | gsoto
  `),
  set({ id: 'es-flashcards-course-stats-export', kind: 'study platform\'s flashcard answers export for a course (semicolon CSV)', lang: 'es', source: 'index:18464082258 (a flashcards web app\'s statistics export, data.csv)', defaultCountry: 'ES' }, `
    # One row per answered card: the student's name and email are the contact's; the card, question, answer, score
    # and date are about the answer.
    nombre | firstName | Irene | Marcos | Aitana
    apellidos | lastName | Gil Moreno | Prieto | Santos Roldán
    email | email | irene.gil@correo.example | marcos.prieto@correo.example | aitana.santos@correo.example
    id_fc | - | 112 | 112 | 207
    pregunta | - | ¿Capital de Australia? | ¿Capital de Australia? | ¿Fórmula del agua?
    respuesta | - | Canberra | Sídney | H2O
    score | - | 1 | 0 | 1
    fecha | - | 2026-02-14 | 2026-02-14 | 2026-02-15
  `),
  // -------------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-paheko-members-default-fields', kind: 'association management software\'s default member fields (the columns of its members export)', lang: 'fr', source: 'github:paheko/paheko src/include/data/users_fields_presets.ini (the member field presets, those installed by default in order)', defaultCountry: 'FR' }, `
    # The fields installed by default, in order, without the password. "Numéro de membre" is the member's number in
    # the association's register: another system's id, the External ID. The newsletter box is a consent flag and the
    # registration date the member's record date: not imported.
    Numéro de membre | externalId | 12 | 13 | 14
    Nom & prénom | name | Martine Leblanc | Yves Carré | Sonia Haddad
    Adresse E-Mail | email | martine.leblanc@courriel.example | yves.carre@courriel.example | ""
    Adresse postale | address1 | 8 rue des Tanneurs | 21 chemin du Moulin | 3 place de la Mairie
    Code postal | postalCode | 35000 | 35510 | 35230
    Ville | city | Rennes | Cesson-Sévigné | Noyal-Châtillon-sur-Seiche
    Numéro de téléphone | phone | 02 99 31 44 10 | 06 71 22 80 13 | 07 45 18 62 09
    Inscription à la lettre d'information | - | Oui | Non | Oui
    Date d'inscription | - | 12/09/2025 | 03/10/2025 | 15/01/2026
  `),
  set({ id: 'fr-pharow-prospect-export', kind: 'Pharow B2B prospecting export (a lead importer\'s test built on a real export\'s header)', lang: 'fr', source: 'index:69650502654 (a sales team\'s lead CSV reader tests, the Pharow sourcing export)', defaultCountry: 'FR' }, `
    # The prospect is the contact. "Nom de la liste Pharow" names the prospect list the person was sourced into: a group
    # the person belongs to, Tags. "Nom légal" is the company's legal name, the Company name; the trade name beside it
    # is not imported. "Tél standard" is the company's switchboard, "URL du site internet" and the company's LinkedIn
    # page are the company's, and "Adresse du siège complète" is the head office's one-cell address: none is the
    # person's, not imported. SIREN and SIRET are registry numbers; the job title, email type, sector, founding,
    # headcount and revenue columns are not contact fields.
    Nom de la liste Pharow | tags | 2026-09 - BE 6-9 | 2026-09 - BE 6-9 | 2026-10 - Archi 10-19
    Nom | lastName | Morel | Vasseur | N'Diaye
    Prénom | firstName | Étienne | Claire | Moussa
    Civilité | - | Monsieur | Madame | Monsieur
    URL LinkedIn du prospect | - | https://www.linkedin.com/in/etienne-morel-ex | https://www.linkedin.com/in/claire-vasseur-ex | ""
    Poste occupé | - | Gérant | Directrice technique | Président
    Email | email | e.morel@bureau-morel.example | claire.vasseur@ingevia.example | m.ndiaye@archi-nd.example
    Type d'email | - | valid | valid | catch-all
    Tél portable | phone | +33 6 21 40 88 13 | +33 6 77 30 12 45 | ""
    SIREN | - | 512345678 | 498765432 | 823456789
    SIRET du siège | - | 51234567800021 | 49876543200035 | 82345678900012
    Nom commercial | - | Bureau Morel | Ingévia | Atelier N'Diaye
    Nom légal | companyName | Bureau Morel SARL | Ingévia SAS | N'Diaye Architecture SAS
    Tél standard | - | 04 78 22 10 40 | 01 44 82 19 00 | 05 56 31 70 22
    Secteur NAF | - | Ingénierie | Ingénierie | Architecture
    Activité source Pharow | - | Bureaux d'études | Bureaux d'études | Architectes
    Année de création | - | 2009 | 2004 | 2016
    Date de création | - | 2009-05-12 | 2004-09-01 | 2016-11-21
    Effectif réel | - | 7 | 8 | 12
    Tranche d'effectif corrigée | - | 6 - 9 | 6 - 9 | 10 - 19
    URL du site internet | - | http://bureau-morel.example | https://ingevia.example | ""
    URL de la page LinkedIn | - | "" | https://fr.linkedin.com/company/ingevia-ex | ""
    Adresse du siège complète | - | 12 quai Perrache 69002 Lyon | 40 rue Réaumur 75003 Paris | 8 cours Victor Hugo 33000 Bordeaux
    Chiffre d'affaires en euros | - | 640000 | 1120000 | 2050000
    Année du chiffre d'affaires | - | 2024 | 2024 | 2023
  `),
  set({ id: 'fr-sales-team-internal-leads-export', kind: 'sales team\'s internal lead table export (a lead importer\'s test of its own format)', lang: 'fr', source: 'index:69683750807 (a sales team\'s lead CSV reader tests, longer version, the internal export)', defaultCountry: 'FR' }, `
    # "Région" is the first-level area (IDF, PACA): the State. The status, follow-up date, creation date and comment
    # are about the lead's handling.
    Prénom | firstName | Julie | Thomas | Awa
    Nom | lastName | Roussel | Meunier | Traoré
    E-mail | email | julie.roussel@boite.example | t.meunier@atelier.example | ""
    Tél | phone | 0612457830 | 0478221099 | 0755120844
    Entreprise | companyName | Boîte Roussel | Atelier Meunier | Traoré Conseil
    Statut | - | NRP 2 | À rappeler | Gagné
    Région | state | IDF | ARA | PACA
    Relance | - | 06/03/2026 | 10/03/2026 | ""
    Date de création | - | 01/02/2026 | 03/02/2026 | 15/01/2026
    Commentaire | - | À rappeler | Devis envoyé | ""
  `),
  set({ id: 'fr-crm-leads-csv-export', kind: 'small CRM\'s lead CSV export (its header row)', lang: 'fr', source: 'index:67253198431 (a lead management app\'s exportCsv action)', defaultCountry: 'FR' }, `
    # "Responsable" is the user in charge: the Contact owner. "Source" and "Tags" are the Source and Tags. The need,
    # the stage and the deal value are not contact fields.
    Prénom | firstName | Nadia | Pierre | Léa
    Nom | lastName | Benali | Fontaine | Girard
    E-mail | email | nadia.benali@courriel.example | p.fontaine@menuiserie.example | lea.girard@courriel.example
    Téléphone | phone | 06 44 12 80 31 | 03 88 21 45 60 | 07 61 30 22 19
    Entreprise | companyName | "" | Menuiserie Fontaine | Studio Girard
    Besoin | - | Site vitrine | Logiciel de devis | Refonte
    Pays | country | France | France | Belgique
    Ville | city | Lille | Strasbourg | Namur
    Responsable | owner | Hugo | Sarah | Hugo
    Étape | - | Nouveau | Proposition | Gagné
    Valeur | - | 2500 | 8900 | 4200
    Source | source | Site web | Salon | Recommandation
    Tags | tags | pme | artisan, est | agence
  `),
  set({ id: 'fr-school-establishments-base-no-header', kind: 'school management software\'s bundled list of a department\'s schools (semicolon file without a header row)', lang: 'fr', source: 'github:tbelliard/gepi etablissements/bases/d003_Allier.csv (a French school management package\'s establishments base for one department)', defaultCountry: 'FR', noHeader: true }, `
    # The rows are schools: the school's official code (UAI) is another system's id of the row, the External ID; the
    # school's name is the Company name. The kind of school and the public/private sector are not contact fields.
    "" | externalId | 0031234A | 0031235B | 0031236C
    "" | companyName | Louis Pasteur | Les Tilleuls | Marie Curie
    "" | - | college | lycee | college
    "" | - | public | public | prive
    "" | postalCode | 03100 | 03200 | 03000
    "" | city | Montluçon | Vichy | Moulins
  `),
  set({ id: 'fr-school-group-list-with-guardian', kind: 'school management software\'s class group CSV (pupils with their first legal guardian)', lang: 'fr', source: 'github:tbelliard/gepi groupes/get_csv.php (a French school management package, the group list export with guardian columns)', defaultCountry: 'FR' }, `
    # The pupil is the contact: the guardian's name and mobile are not imported. The address, postal code and town are
    # the family home's, kept as the pupil's address. The class and the birthplace are not contact fields.
    Classe | - | 4A | 4A | 3C
    Nom de famille | lastName | BERNARD | PETIT | ROBIN
    Prénom | firstName | Lucas | Emma | Nathan
    Date de naissance | dateOfBirth | 14/05/2012 | 02/09/2012 | 21/01/2011
    Lieu naissance | - | CAEN | BAYEUX | LISIEUX
    Nom Responsable légal 1 | - | BERNARD | PETIT | MARTIN
    Prénom responsable légal 1 | - | Sophie | Olivier | Claire
    Adresse | address1 | 12 rue des Lilas | 3 chemin du Bois | 27 avenue de la Gare
    CP | postalCode | 14000 | 14400 | 14100
    Commune | city | CAEN | BAYEUX | LISIEUX
    Tel portable resp. légal 1 | - | 06 12 34 56 78 | 06 98 76 54 32 | 07 11 22 33 44
  `),
  set({ id: 'fr-sconet-guardians-extract', kind: 'school management software\'s guardians file extracted from the national pupils database (semicolon CSV it writes)', lang: 'fr', source: 'github:tbelliard/gepi init_xml/lecture_xml_sconet.php (a French school management package\'s SCONET import, the personnes file it writes)', defaultCountry: 'FR' }, `
    # A list of guardians: the guardian is the contact. "pers_id" is the national database's id of the person: the
    # External ID. Typed phones only: the mobile is the main phone, the home and work phones additional. "adr_id" is
    # the id of the address row in another file: not imported.
    pers_id | externalId | 512345 | 512346 | 512390
    nom | lastName | DUVAL | MOREAU | LEROY
    prenom | firstName | Isabelle | Franck | Nadia
    civilite | - | MME | M. | MME
    tel_pers | additionalPhones | 02 31 44 55 66 | "" | 02 31 12 13 14
    tel_port | phone | 06 11 22 33 44 | 06 55 66 77 88 | ""
    tel_prof | additionalPhones | "" | 02 31 98 76 54 | 02 31 45 45 45
    mel | email | isabelle.duval@courriel.example | f.moreau@courriel.example | ""
    adr_id | - | 880123 | 880124 | 880160
  `),
  set({ id: 'fr-school-parents-info-export', kind: 'school management software\'s parents information CSV (one row per pupil and guardian)', lang: 'fr', source: 'github:tbelliard/gepi responsables/infos_parents.php (a French school management package, the parents information export with postal code)', defaultCountry: 'FR' }, `
    # A list of parents: each row is a guardian, named beside the pupil; the guardian is the contact and the pupil's
    # columns (class, name, sex, birth date, login and id) are not imported. Of the guardian's two ids, the login
    # comes first: the External ID; "pers_id" after it is not imported. Typed phones only: the mobile is the main
    # phone. "Responsable" is the guardian's rank (1, 2) and "Resp_civ" the title: not imported.
    Classe | - | 6B | 6B | 5A
    Nom | - | GAUTIER | GAUTIER | FAURE
    Prenom | - | Léo | Léo | Chloé
    Sexe | - | M | M | F
    Naissance | - | 03/03/2014 | 03/03/2014 | 11/12/2012
    login_ele | - | gautier.l | gautier.l | faure.c
    ele_id | - | 7001 | 7001 | 6843
    Responsable | - | 1 | 2 | 1
    Resp_civ | - | MME | M. | MME
    Resp_nom | lastName | GAUTIER | GAUTIER | FAURE
    Resp_prenom | firstName | Anne | Bruno | Sylvie
    Tel_pers | additionalPhones | 04 76 11 22 33 | "" | ""
    Tel_port | phone | 06 21 43 65 87 | 06 87 65 43 21 | 07 12 34 56 78
    Tel_prof | additionalPhones | "" | 04 76 99 88 77 | ""
    Email | email | anne.gautier@courriel.example | bruno.gautier@courriel.example | sylvie.faure@courriel.example
    Adresse | address1 | 5 rue Lesdiguières | 5 rue Lesdiguières | 18 cours Berriat
    Code postal | postalCode | 38000 | 38000 | 38000
    Commune | city | GRENOBLE | GRENOBLE | GRENOBLE
    login_resp | externalId | gautier.a | gautier.b | faure.s
    pers_id | - | 540011 | 540012 | 540230
  `),
  set({ id: 'fr-mock-exam-signing-sheet-with-title', kind: 'school management software\'s mock exam signing sheet CSV (three title lines above the header)', lang: 'fr', source: 'github:tbelliard/gepi mod_epreuve_blanche/genere_emargement.php (a French school management package, the signing sheet export with every column)', defaultCountry: 'FR',
    above: [['Epreuve:', 'Brevet blanc de mathématiques', '', '', '', ''], ['Date:', '12/02/2026', '', '', '', ''], ['Liste d\'émargement', 'Salle B12', '', '', '', '']] }, `
    # Three lines name the exam, its date and the room above the header. The pupil is the contact; the class, the
    # anonymous number and the signature box are not contact fields.
    Nom | lastName | ARNAUD | BLANC | COLIN
    Prénom | firstName | Jade | Hugo | Manon
    Classe | - | 3A | 3A | 3B
    Date_naissance | dateOfBirth | 04/05/2011 | 19/09/2011 | 30/12/2010
    Numéro anonymat | - | 1043 | 1044 | 1107
    Signature | - | "" | "" | ""
  `),
  set({ id: 'fr-app-users-list-export-prenoms', kind: 'management web app\'s users list CSV export (West African French, "Prénoms" and a phone "Contact")', lang: 'fr', source: 'index:14955642478 (a PHP app\'s liste_utilisateurs export)' }, `
    # "Contact" holds the user's phone number (as usual in West African French forms): the Phone. "Login" is the
    # login the person is filed under: the External ID. The role and the account status are not imported.
    Nom | lastName | KOUASSI | TRAORÉ | N'GUESSAN
    Prénoms | firstName | Aya Marie | Ibrahim | Konan Serge
    Contact | phone | 0707123456 | 0544221133 | 0102987654
    Login | externalId | akouassi | itraore | kserge
    Rôle | - | Administrateur | Caissier | Gestionnaire
    Statut compte | - | Actif | Actif | Inactif
  `),
  set({ id: 'fr-clients-csv-export-sexe-statut', kind: 'small business app\'s clients CSV export (its header line)', lang: 'fr', source: 'index:14149063893 (a client management API\'s CSV and PDF export endpoint)' }, `
    # "Nom" holds the client's full name: the Name. Sex and status are not contact fields.
    Nom | name | Fatou Diop | Jean-Marc Lefèvre | Samira Benali
    Adresse | address1 | 12 rue Carnot, Dakar | 5 avenue Foch, Lyon | 40 boulevard Zerktouni, Casablanca
    Téléphone | phone | +221 77 123 45 67 | +33 6 12 34 56 78 | +212 6 61 23 45 67
    Email | email | fatou.diop@courriel.example | jm.lefevre@courriel.example | samira.benali@courriel.example
    Sexe | - | F | M | F
    Statut | - | Actif | Prospect | Actif
  `),
  set({ id: 'fr-newsletter-subscribers-export', kind: 'website\'s newsletter subscribers CSV export (users who opted in)', lang: 'fr', source: 'index:23415660353 (a PHP site\'s genererCsvNewsletterUsers action)' }, `
    # "USERNAME" is the account's login: the External ID.
    NOM | lastName | MARCHAND | GIRAUD | PEREIRA
    PRENOM | firstName | Camille | Antoine | Inès
    USERNAME | externalId | cmarchand | agiraud | ines.p
    EMAIL | email | camille.marchand@courriel.example | antoine.giraud@courriel.example | ines.pereira@courriel.example
  `),
  // ------------------------------------------------------------------------------------------------------- English
  set({ id: 'en-pipedrive-persons-export-realestate-es', kind: 'Pipedrive persons export of a Spanish-coast property agency (an importer\'s record type of the export)', lang: 'en', source: 'index:51873662563 (a property agency\'s Pipedrive-to-Airtable customer import function, the export\'s columns)', defaultCountry: 'ES' }, `
    # Typed emails and phones: the work email is the main email and the others additional; with typed phones only, the
    # mobile is the main phone and the others additional. "Person - Owner" is the Contact owner and "Person - Source of
    # contact" the Source. The property wishes, the marketing permission, the notes (a custom field named in Finnish,
    # "Muistiinpanot"), the next activity and the creation date are not contact fields.
    Person - First name | firstName | Mikko | Anna | Jussi
    Person - Last name | lastName | Lehtonen | Virtanen | Koskinen
    Person - Email - Work | email | mikko.lehtonen@firma.example | "" | jussi@koskinen.example
    Person - Email - Home | additionalEmails | mikko.l@mail.example | anna.virtanen@mail.example | ""
    Person - Email - Other | additionalEmails | "" | "" | ""
    Person - Phone - Mobile | phone | +358 40 123 4567 | +358 50 765 4321 | +34 612 345 678
    Person - Phone - Work | additionalPhones | "" | +358 9 4321 000 | ""
    Person - Phone - Home | additionalPhones | "" | "" | ""
    Person - Phone - Other | additionalPhones | "" | "" | ""
    Person - Owner | owner | Minna Laine | Pasi Laine | Sakari Nurmela
    Person - Source of contact | source | Idealista | Contact form, property link from web page | Etuovi
    Person - Rooms | - | 2 | 3 | 2
    Person - Property Type | - | Apartment | Townhouse | Apartment
    Person - When to Buy? | - | 0-6 months | Immediately | 6-12 months
    Person - Where to Buy? | - | Torrevieja | Orihuela Costa | Alicante
    Person - Resale Or New Development? | - | Resale | New development | Resale
    Person - Marketing permission | - | Kyllä | Ei | Kyllä
    Person - Muistiinpanot | - | Soittaa maaliskuussa | "" | Haluaa merinäköalan
    Person - Next activity date | - | 2026-03-18 | "" | 2026-04-02
    Person - Person created | - | 2025-11-04 | 2026-01-12 | 2026-02-27
  `),
  set({ id: 'en-pipedrive-import-template-recruiting-nl', kind: 'Pipedrive import spreadsheet of a Dutch recruiting firm (blank template the tool writes)', lang: 'en', source: 'index:25091578527 (a lead pipeline\'s Pipedrive export module, the blank import template\'s columns)', defaultCountry: 'NL' }, `
    # One row is a deal with its organisation and person; the person is the contact. "Person - Name" is the Name as
    # well as the first and last name columns. "Person - Owner" is the Contact owner and "Person - Label" a label:
    # Tags. The deal's and the organisation's owners and labels are theirs, not the person's; "Organization - Address"
    # is the organisation's one-cell address: not imported.
    Deal - Title | - | Brightway BV - Corporate Recruiter | Nordlicht - Corporate Recruiter | New Lead
    Deal - Owner | - | Wouter Arts | Wouter Arts | Wouter Arts
    Deal - Pipeline | - | Pipeline 14 | Pipeline 14 | Pipeline 14
    Deal - Stage | - | lead | lead | lead
    Deal - Value | - | 15000 | 15000 | 15000
    Deal - Currency | - | EUR | EUR | EUR
    Deal - Expected close date | - | "" | 2026-05-30 | ""
    Deal - Status | - | open | open | open
    Deal - Probability | - | "" | 40 | ""
    Deal - Label | - | "" | warm | ""
    Organization - Name | companyName | Brightway BV | Nordlicht Logistiek | ""
    Organization - Owner | - | Wouter Arts | Wouter Arts | Wouter Arts
    Organization - Label | - | "" | "" | ""
    Organization - Address | - | Stationsplein 12, Utrecht | Havenweg 4, Rotterdam | ""
    Organization - Visible to | - | Entire company | Entire company | Entire company
    Person - Name | name | Sanne de Vries | Joost Bakker | Femke Jansen
    Person - First name | firstName | Sanne | Joost | Femke
    Person - Last name | lastName | de Vries | Bakker | Jansen
    Person - Owner | owner | Wouter Arts | Wouter Arts | Wouter Arts
    Person - Email | email | sanne.devries@brightway.example | j.bakker@nordlicht.example | femke.jansen@mail.example
    Person - Phone | phone | 06 12345678 | 010 4567890 | 06 87654321
    Person - Label | tags | "" | hot | ""
    Note | - | Found via vacancy page | "" | ""
  `),
  set({ id: 'en-fresha-client-list-export-it-salon', kind: 'Fresha client list export of an Italian beauty salon (kept for a migration script)', lang: 'en', source: 'github:dariolr/Agenda_Project config/migrations/fromfresha/export_customer_list.csv (a booking app\'s migration from Fresha, the exported client list)', defaultCountry: 'IT' }, `
    # "Client ID" is Fresha's id of the client: the External ID. "Full Name" beside first and last name is the Name as
    # well. Typed phones: the mobile is the main phone and "Telephone" an additional one. "Apartement Suite" (spelt so)
    # is a second address line and "Area" a district: not imported. "Referral Source" is the Source. Blocking,
    # gender, marketing consents, the date added and the note are not contact fields.
    Client ID | externalId | 48211345 | 48211390 | 48212007
    First Name | firstName | Francesca | Luca | Beatrice
    Last Name | lastName | Rinaldi | Ferri | Colombo
    Full Name | name | Francesca Rinaldi | Luca Ferri | Beatrice Colombo
    Blocked | - | No | No | Yes
    Block Reason | - | "" | "" | Missed appointments
    Gender | - | Female | Male | Female
    Mobile Number | phone | +39 347 112 2334 | +39 339 445 5667 | +39 320 778 8990
    Telephone | additionalPhones | "" | +39 02 4455 6677 | ""
    Email | email | francesca.rinaldi@posta.example | luca.ferri@posta.example | ""
    Accepts Marketing | - | Yes | No | Yes
    Accepts SMS Marketing | - | Yes | No | No
    Address | address1 | Via Garibaldi 14 | "" | Corso Buenos Aires 60
    Apartement Suite | - | Int. 3 | "" | ""
    Area | - | Centro | "" | Porta Venezia
    City | city | Monza | Milano | Milano
    State | state | MB | MI | MI
    Post Code | postalCode | 20900 | 20121 | 20124
    Date of Birth | dateOfBirth | 1990-05-14 | "" | 1984-11-02
    Added | - | 2023-02-11 | 2024-06-30 | 2022-09-08
    Note | - | Prefers mornings | "" | ""
    Referral Source | source | Instagram | Walk-In | Google
    Tags | tags | VIP | "" | nails, laser
  `),
  set({ id: 'en-fresha-team-members-export-it-salon', kind: 'Fresha team members export of an Italian beauty salon (kept for a migration script)', lang: 'en', source: 'github:dariolr/Agenda_Project agenda_core/migrations/fromfresha/employees_export.csv (a booking app\'s migration from Fresha, the exported staff list)', defaultCountry: 'IT' }, `
    # A staff list: the team member is the contact. "Team Member Id" is Fresha's id of the person: the External ID.
    # "Birthday" is the date of birth. "Address" is one cell with the street: the street address. The emergency contact
    # is another person's, and the status, job title, employment dates and type, permissions, appointments and
    # commissions are not contact fields.
    First Name | firstName | Giada | Marco | Sara
    Last Name | lastName | Fontana | Greco | Bianchi
    Phone Number | phone | +39 348 221 3344 | +39 333 556 7788 | +39 340 889 9001
    Email | email | giada.fontana@posta.example | marco.greco@posta.example | sara.bianchi@posta.example
    Status | - | Active | Active | Archived
    Birthday | dateOfBirth | 1995-03-21 | 1988-07-09 | ""
    Country | country | Italy | Italy | Italy
    Job Title | - | Beautician | Hair stylist | Receptionist
    Start Date | - | 2021-09-01 | 2019-02-15 | 2023-04-03
    End Date | - | "" | "" | 2025-12-31
    Employment Type | - | Employee | Self-employed | Employee
    Team Member Id | externalId | 3301245 | 3301246 | 3301390
    Notes | - | "" | Tuesdays off | ""
    Appointments | - | Enabled | Enabled | Disabled
    User Permission | - | Basic | High | No access
    Address | address1 | Via Manzoni 8 | Via Dante 21 | ""
    Emergency Contact | - | Paolo Fontana +39 347 000 1122 | "" | ""
    Service Commission | - | 10% | 15% | ""
    Product Commission | - | 5% | 5% | ""
    Voucher Commission | - | 0% | 0% | ""
  `),
  set({ id: 'en-dynamics-field-service-work-orders', kind: 'field service work order view exported from Dynamics 365 (a repair partner\'s loader, its required columns)', lang: 'en', source: 'index:55020918462 (a service partner\'s file loader config, the work order advanced find view)' }, `
    # The end customer of the repair is the contact. The first header is written " Contact Name (Contact) (Contact)"
    # with a leading space, which the table cannot hold. "Company Name" is the end customer's company. "Owner" is the
    # work order's owner and "Labor Vendor Related" the repair vendor: not the contact's. Serial numbers, product,
    # dates, instructions and the work order's id and status are about the job.
    Contact Name (Contact) (Contact) | name | Tan Wei Ling | Ahmad Faiz | Priya Nair
    Address 1 (Contact) (Contact) | address1 | 12 Jalan SS2/24 | Lot 5, Jalan Kuching | 88 Persiaran Gurney
    Created On | - | 2026-03-02 09:14 | 2026-03-02 11:40 | 2026-03-03 15:05
    Company Name | companyName | "" | Faiz Logistics Sdn Bhd | ""
    Release Date | - | 2026-03-02 | 2026-03-03 | 2026-03-03
    Serial Number | - | PF3ABC12 | MP1XYZ98 | PF4DEF34
    Service Delivery Instructions | - | Call before visit | Office hours only | ""
    Owner | - | Service Desk KL | Service Desk KL | Service Desk PG
    Customer (Labor Vendor Related) (Partner Function) | - | ASP Klang | ASP Klang | ASP Penang
    Labor Vendor Related | - | V10234 | V10234 | V10877
    Mobile Phone (Contact) (Contact) | phone | +60 12-345 6789 | +60 19-876 5432 | +60 16-220 1188
    Primary Email (Contact) (Contact) | email | weiling.tan@mail.example | faiz@faizlogistics.example | priya.nair@mail.example
    Product Description | - | ThinkPad T14 Gen 4 | ThinkCentre M70q | IdeaPad Slim 5
    Serial Number (Case) (Case) | - | PF3ABC12 | MP1XYZ98 | PF4DEF34
    Work Order ID | - | WO-0098123 | WO-0098127 | WO-0098140
    Work Order Status | - | Open | Scheduled | Completed
  `),
  set({ id: 'en-pipedrive-deals-persons-export-utm', kind: 'Pipedrive deals export joined with their persons, written by an API script in the CRM\'s own export layout', lang: 'en', source: 'index:58618419661 (a sales team\'s Pipedrive export script, the HEADERS of its deals sheet)' }, `
    # One row a deal with its person; the person is the contact. Typed emails: the work email is the main email and the
    # others additional; typed phones only: the mobile is the main phone, the others additional. "Person - ID" is
    # Pipedrive's id of the person: the External ID; "Person - Owner" the Contact owner. "Person - pd_utm_source" is
    # where the person came from: the Source; the other UTM fields and the channel beside it are not imported, nor the
    # deal's own source. "Deal - Contact person" repeats the person's name and "Person - Name" is the Name.
    # "Person - Country code" and "Person - Country of origin" are not where the person lives: not imported.
    Deal - Title | - | Elif Kaya deal | Tomás Ruiz deal | Ana Petrova deal
    Deal - Owner | - | Laura M. | Laura M. | Sven K.
    Person - Email - Work | email | elif.kaya@firma.example | "" | a.petrova@company.example
    Person - Email - Home | additionalEmails | elifk@mail.example | tomas.ruiz@mail.example | ""
    Person - Email - Other | additionalEmails | "" | "" | ""
    Person - Phone - Work | additionalPhones | "" | "" | +359 2 981 2233
    Person - Phone - Home | additionalPhones | "" | "" | ""
    Person - Phone - Mobile | phone | +90 532 123 4567 | +34 611 22 33 44 | +359 88 765 4321
    Person - Phone - Other | additionalPhones | "" | "" | ""
    Deal - Deal created | - | 2026-02-03 | 2026-02-05 | 2026-02-06
    Deal - deal_utm_content | - | ad_v2 | "" | carousel_1
    Deal - deal_utm_source | - | facebook | google | instagram
    Deal - deal_utm_medium | - | paid_social | cpc | paid_social
    Deal - ID | - | 10452 | 10457 | 10461
    Deal - Pipeline | - | Admissions | Admissions | Admissions
    Deal - Source | - | Website form | Website form | Partner
    Deal - Stage | - | Deposit paid | Interview | Application
    Person - ID | externalId | 20781 | 20790 | 20795
    Person - Owner | owner | Laura M. | Laura M. | Sven K.
    Person - pd_utm_campaign | - | spring_intake | brand | spring_intake
    Person - pd_utm_content | - | ad_v2 | "" | carousel_1
    Person - pd_utm_medium | - | paid_social | cpc | paid_social
    Person - Person created | - | 2026-02-03 | 2026-02-05 | 2026-02-06
    Person - pd_utm_source | source | facebook | google | instagram
    Person - pd_utm_term | - | "" | study abroad | ""
    Deal - deal_utm_campaign | - | spring_intake | brand | spring_intake
    Person - pd_channel | - | Paid Social | Paid Search | Paid Social
    Person - Country code | - | TR | ES | BG
    Person - Country of origin | - | Turkey | Spain | Bulgaria
    Deal - Contact person | - | Elif Kaya | Tomás Ruiz | Ana Petrova
    Deal - Lost reason | - | "" | "" | ""
    Deal - Status | - | open | open | open
    Deal - Deposit Payment Date | - | 2026-02-20 | "" | ""
    Deal - Unsubscribes | - | 0 | 0 | 0
    Person - DOB | dateOfBirth | 2003-07-14 | 2002-01-30 | 2004-11-08
    Person - Name | name | Elif Kaya | Tomás Ruiz | Ana Petrova
    Deal - Referral ID | - | "" | REF-0912 | ""
  `),
  set({ id: 'en-pipedrive-people-sheet-import-test', kind: 'CRM migration tool\'s test of a Pipedrive people sheet (the header row it maps)', lang: 'en', source: 'index:70324531427 (a CRM importer\'s column-guessing tests, the Pipedrive contacts sheet)' }, `
    # "Person - Organization" is the person's company. The work email is the main email and the home email an
    # additional one. "Person - Labels" are Tags and "Person - Owner" the Contact owner.
    Person - Name | name | Claire Dubois | Jonas Weber | Marta Silva
    Person - Organization | companyName | Atelier Dubois | Weber Logistik | Silva & Costa
    Person - Email - Work | email | claire@atelierdubois.example | j.weber@weberlogistik.example | marta@silvacosta.example
    Person - Email - Home | additionalEmails | claire.dubois@mail.example | "" | ""
    Person - Phone - Work | phone | +33 1 42 00 11 22 | +49 40 1234 5678 | +351 21 345 6789
    Person - Labels | tags | Hot lead | Customer | Customer, Partner
    Person - Owner | owner | Nina | Nina | Paul
  `),
  set({ id: 'en-physio-clinic-patients-sheet-export', kind: 'rehabilitation clinic app\'s patients export to Google Sheets (its header row)', lang: 'en', source: 'index:55169578576 (a physiotherapy clinic dashboard\'s exportToGoogleSheets helper)' }, `
    # "Patient ID" is the clinic's patient code: the External ID. "Address" is one cell, kept as the street address.
    # Age, gender, the visit's purpose, conditions, treatment status, phase, sessions and dates are not contact fields.
    Patient ID | externalId | PT-0141 | PT-0142 | PT-0150
    Name | name | Arjun Mehta | Sofia Rossi | Daniel Okafor
    Phone | phone | +91 98200 12345 | +39 347 555 1122 | +234 803 123 4567
    Email | email | arjun.mehta@mail.example | "" | d.okafor@mail.example
    Age | - | 46 | 31 | 58
    Gender | - | Male | Female | Male
    Address | address1 | 14 Hill Road, Bandra | Via Roma 3 | 22 Allen Avenue
    Purpose of Visit | - | Lower back pain | Post-surgery knee | Shoulder stiffness
    Medical Conditions | - | Diabetes | "" | Hypertension
    Status | - | Active | Active | Discharged
    Phase | - | PHASE_2 | PHASE_4 | PHASE_5
    Sessions Planned | - | 12 | 10 | 8
    Sessions Attended | - | 5 | 9 | 8
    Last Visit | - | 2026-03-04 | 2026-03-05 | 2026-02-20
    Registered On | - | 2026-01-15 | 2025-12-02 | 2025-11-10
  `),
  // ------------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-pagopa-aggregates-upload-csv', kind: 'public-sector onboarding portal\'s aggregated bodies CSV (its expected header line)', lang: 'it', source: 'index:53220180952 (an onboarding service\'s integration test, the aggregates upload CSV\'s first line)', defaultCountry: 'IT' }, `
    # Each row is a public body and its administrator; the administrator is the contact and the body's name is the
    # Company name. The body's registered office is the address ("Sede legale - Provincia (Sigla)" the province, the
    # State). "PEC" is the body's certified mailbox, not the administrator's: not imported. Tax numbers, the SDI and
    # IPA codes, the AOO/UO and the unique office code are not contact fields.
    Ragione Sociale | companyName | Comune di Valleverde | Unione dei Comuni del Lago | Comune di Montalto
    PEC | - | protocollo@pec.valleverde.example | unione@pec.lago.example | comune@pec.montalto.example
    Codice Fiscale | - | 80012345678 | 91023456789 | 00123456789
    P.IVA | - | 01234567890 | "" | 00123456789
    Codice SDI | - | UF1234 | "" | UFX9Z2
    Sede legale - Indirizzo | address1 | Piazza del Municipio 1 | Via Roma 22 | Largo Garibaldi 3
    Sede legale - Citta' | city | Valleverde | Castel del Lago | Montalto
    Sede legale - Provincia (Sigla) | state | BG | CO | MC
    Codice IPA | - | c_v123 | ucl_co | c_m456
    AOO/UO | - | A1B2C3 | "" | D4E5F6
    Codice Univoco | - | UF1234 | "" | UFX9Z2
    Nome Amministratore Ente Aggregato | firstName | Giovanna | Pietro | Lorenza
    Cognome Amministratore Ente Aggregato | lastName | Bonfanti | Colombo | Marinelli
    Codice Fiscale Amministratore Ente Aggregato | - | BNFGNN70A41A794X | CLMPTR65C12C933Y | MRNLRN80E52F051Z
    email Amministratore Ente Aggregato | email | g.bonfanti@valleverde.example | p.colombo@unionelago.example | l.marinelli@montalto.example
  `),
  set({ id: 'it-brewery-distributor-clients-template', kind: 'beverage distributor app\'s client CSV template (downloaded from the clients page)', lang: 'it', source: 'index:70744144466 (a craft beer distributor\'s management app, the clients template download)', defaultCountry: 'IT' }, `
    # The rows are pubs and shops: the company's name is the Company name. "P.IVA / CF" is a tax number and "Codice
    # SDI" the e-invoicing code: not imported. "PEC" is a second email of the same client: an additional email. The
    # address is one cell with the street and the town: the street address.
    Ragione Sociale | companyName | Birreria Il Luppolo Srl | The Old Anchor Pub | Enoteca San Nicola
    P.IVA / CF | - | 04567891230 | 07654321098 | 02345678901
    Indirizzo | address1 | Via Sparano 18, Bari | Piazza Duomo 4, Matera | Corso Cavour 102, Bari
    Telefono | phone | +39 080 5123344 | +39 0835 331122 | +39 080 5219876
    Email | email | info@illuppolo.example | pub@oldanchor.example | ""
    PEC | additionalEmails | luppolo@pec.example | oldanchor@pec.example | sannicola@pec.example
    Codice SDI | - | M5UXCR1 | KRRH6B9 | 0000000
    Note | - | Consegna il martedì | Fusti da 30 l | ""
  `),
  set({ id: 'it-cnr-competition-applications-export', kind: 'research council\'s competition applications export (the spreadsheet\'s header list)', lang: 'it', source: 'index:2067542443 (a public competitions platform\'s print service, the applications sheet header)', defaultCountry: 'IT' }, `
    # The applicant is the contact. "Matricola" is the applicant's staff number at the council: another system's id,
    # the External ID. The residence group is the address ("Provincia di Residenza" the State); the "Reperibilità"
    # group is an alternate address (where to be reached): not over the primary one. "Email PEC" is a second email of
    # the applicant: an additional email. Birth place, tax code, the call, structures, roles and the application's
    # status and protocol are not contact fields.
    Codice bando | - | 380.12 | 380.12 | 381.4
    Struttura di Riferimento | - | Istituto di Fisica Applicata | Istituto di Fisica Applicata | Istituto di Scienze Marine
    MacroArea | - | Scienze fisiche | Scienze fisiche | Scienze del sistema Terra
    Settore Tecnologico | - | Ottica | Ottica | Oceanografia
    Matricola | externalId | 12345 | "" | 20871
    Cognome | lastName | Ferraresi | Gallo | Pellegrini
    Nome | firstName | Chiara | Davide | Marta
    Data di nascita | dateOfBirth | 12/04/1986 | 03/09/1990 | 27/01/1983
    Sesso | - | F | M | F
    Nazione di nascita | - | ITALIA | ITALIA | ITALIA
    Luogo di nascita | - | Ferrara | Lecce | Ancona
    Prov. di nascita | - | FE | LE | AN
    Nazione di Residenza | country | ITALIA | ITALIA | ITALIA
    Provincia di Residenza | state | FI | BA | VE
    Comune di Residenza | city | Sesto Fiorentino | Bari | Venezia
    Indirizzo di Residenza | address1 | Via Madonna del Piano 10 | Via Amendola 122 | Castello 2737
    CAP di Residenza | postalCode | 50019 | 70126 | 30122
    Codice Fiscale | - | FRRCHR86D52D548X | GLLDVD90P03E506Y | PLLMRT83A67A271Z
    Struttura CNR | - | IFAC | "" | ISMAR
    Ruolo | - | Ricercatore | "" | Tecnologo
    Direttore in carica | - | No | "" | No
    Struttura altra PA | - | "" | Università di Bari | ""
    Ruolo altra PA | - | "" | Assegnista | ""
    Altra Struttura | - | "" | "" | ""
    Altro Ruolo | - | "" | "" | ""
    Profilo | - | Ricercatore | Ricercatore | Tecnologo
    Struttura di appartenenza | - | IFAC | Università di Bari | ISMAR
    Settore tecnologico di competenza | - | Fotonica | Fotonica | Sensori marini
    Area scientifica di competenza | - | Fisica | Fisica | Geoscienze
    Email | email | chiara.ferraresi@posta.example | davide.gallo@posta.example | marta.pellegrini@posta.example
    Email PEC | additionalEmails | chiara.ferraresi@pec.example | "" | m.pellegrini@pec.example
    Nazione Reperibilita' | - | ITALIA | "" | ITALIA
    Provincia di Reperibilita' | - | FI | "" | VE
    Comune di Reperibilita' | - | Firenze | "" | Mestre
    Indirizzo di Reperibilita' | - | Via dei Servi 5 | "" | Via Piave 40
    CAP di Reperibilita' | - | 50122 | "" | 30171
    Telefono | phone | 055 5226123 | 347 1122334 | 041 2407911
    Data Invio Domanda | - | 14/02/2026 10:12:33 | 15/02/2026 18:40:02 | 16/02/2026 09:01:47
    Stato Domanda | - | Confermata | Confermata | Provvisoria
    Esclusione/Rinuncia | - | "" | "" | ""
    Numero Protocollo | - | 0012345 | 0012377 | ""
    Data Protocollo | - | 14/02/2026 | 15/02/2026 | ""
  `),
  set({ id: 'it-oiv-register-applications-export', kind: 'public register\'s enrolment applications export (the spreadsheet\'s header list)', lang: 'it', source: 'index:1416372272 (a performance-assessors register\'s print service, the applications sheet header)', defaultCountry: 'IT' }, `
    # The first columns, up to "Stato Corrente"; the work-experience columns after it are left out. "Id" is the bare
    # id of the enrolled person in the register: the External ID. The residence group is the address, the
    # "Reperibilità" group an alternate address (not imported); "Email PEC" is an additional email. Degree, university,
    # professional band and statuses are not contact fields.
    Id | externalId | 101 | 102 | 103
    Data Iscrizione in Elenco | - | 10/01/2025 | 22/03/2025 | 05/06/2025
    Cognome | lastName | Santoro | Marchetti | De Luca
    Nome | firstName | Alberto | Silvia | Franco
    Data di nascita | dateOfBirth | 05/05/1970 | 18/12/1978 | 30/08/1965
    Sesso | - | M | F | M
    Nazione di nascita | - | ITALIA | ITALIA | ITALIA
    Luogo di nascita | - | Avellino | Perugia | Napoli
    Prov. di nascita | - | AV | PG | NA
    Nazione di Residenza | country | ITALIA | ITALIA | ITALIA
    Provincia di Residenza | state | RM | PG | NA
    Comune di Residenza | city | Roma | Perugia | Pozzuoli
    Indirizzo di Residenza | address1 | Via Cola di Rienzo 44 | Corso Vannucci 19 | Via Napoli 210
    CAP di Residenza | postalCode | 00192 | 06121 | 80078
    Codice Fiscale | - | SNTLRT70E05A509X | MRCSLV78T58G478Y | DLCFNC65M30F839Z
    Email | email | a.santoro@posta.example | silvia.marchetti@posta.example | franco.deluca@posta.example
    Email PEC | additionalEmails | a.santoro@pec.example | "" | franco.deluca@pec.example
    Nazione Reperibilita' | - | "" | ITALIA | ""
    Provincia di Reperibilita' | - | "" | RM | ""
    Comune di Reperibilita' | - | "" | Roma | ""
    Indirizzo di Reperibilita' | - | "" | Via Nazionale 91 | ""
    CAP di Reperibilita' | - | "" | 00184 | ""
    Telefono | phone | 06 3211456 | 075 5723312 | 081 5261874
    Data Invio Domanda | - | 08/01/2025 16:22:10 | 20/03/2025 11:05:41 | 01/06/2025 09:30:00
    Laurea | - | Economia e Commercio | Giurisprudenza | Ingegneria gestionale
    Università | - | La Sapienza | Università di Perugia | Federico II
    Fascia Professionale Attribuita | - | 3 | 2 | 3
    Stato | - | Iscritto | Iscritto | Sospeso
    Stato Corrente | - | Attivo | Attivo | Sospeso
  `),
  set({ id: 'it-clients-csv-export-three-columns', kind: 'small business client list\'s CSV export (its header line)', lang: 'it', source: 'index:66708166319 (a Firebase client register\'s esportaCSV action)', defaultCountry: 'IT' }, `
    # The rows are client companies: the company's name is the Company name and "Referente" the contact person, the
    # Name. "Partita IVA" is a tax number: not imported.
    Ragione Sociale | companyName | Ferramenta Bassi Snc | Studio Tecnico Valli | Panificio Ruggeri
    Partita IVA | - | 01928374650 | 02837465910 | 03746592810
    Referente | name | Giorgio Bassi | Elena Valli | Mauro Ruggeri
  `),
  set({ id: 'it-red-cross-reservists-export', kind: 'volunteer organisation\'s reservists spreadsheet export (the admin\'s volunteers-in-reserve list)', lang: 'it', source: 'github:CroceRossaCatania/gaia inc/admin.utenti.excel.php (a Red Cross volunteer management system, the reserve list export)', defaultCountry: 'IT' }, `
    # "N." is the row number, not imported. The residence columns are the address: "Civico" is the house number on
    # its own (not imported), "Provincia Res." the State. Birth place and province, the tax code and the reserve
    # period, protocol and reason are not contact fields.
    N. | - | 1 | 2 | 3
    Nome | firstName | Salvatore | Agata | Carmelo
    Cognome | lastName | Russo | Spampinato | Vitale
    Data Nascita | dateOfBirth | 12/03/1984 | 25/07/1991 | 02/11/1977
    Luogo Nascita | - | Catania | Acireale | Paternò
    Provincia Nascita | - | CT | CT | CT
    C. Fiscale | - | RSSSVT84C12C351X | SPMGTA91L65A028Y | VTLCML77S02G371Z
    Indirizzo Res. | address1 | Via Etnea | Corso Italia | Via Vittorio Emanuele
    Civico | - | 120 | 45 | 8
    Comune Res. | city | Catania | Acireale | Paternò
    Cap Res. | postalCode | 95124 | 95024 | 95047
    Provincia Res. | state | CT | CT | CT
    Inizio Riserva | - | 01/02/2026 | 15/01/2026 | 01/03/2026
    Fine Riserva | - | 31/07/2026 | 15/07/2026 | 31/12/2026
    Numero Protocollo | - | 1201 | 1188 | 1240
    Data Protocollo | - | 28/01/2026 | 12/01/2026 | 25/02/2026
    Motivazione | - | Motivi di studio | Lavoro | Famiglia
  `),
  set({ id: 'it-red-cross-basic-course-participants', kind: 'volunteer organisation\'s basic course participants spreadsheet export', lang: 'it', source: 'github:CroceRossaCatania/gaia inc/formazione.corsibase.excel.php (a Red Cross volunteer management system, the basic course list export)', defaultCountry: 'IT' }, `
    # The birth place and the tax code are not contact fields.
    Nome | firstName | Giulia | Alessio | Noemi
    Cognome | lastName | Privitera | Consoli | Nicotra
    C. Fiscale | - | PRVGLI99A41C351X | CNSLSS01B12C351Y | NCTNMO98C50A028Z
    Data Nascita | dateOfBirth | 01/01/1999 | 12/02/2001 | 10/03/1998
    Luogo Nascita | - | Catania | Catania | Acireale
    eMail | email | giulia.privitera@posta.example | alessio.consoli@posta.example | noemi.nicotra@posta.example
    Cellulare | phone | 3401234567 | 3289876543 | 3331122334
  `),
  set({ id: 'it-red-cross-committees-delegates', kind: 'volunteer organisation\'s committees list with their area delegates (spreadsheet export)', lang: 'it', source: 'github:CroceRossaCatania/gaia inc/us.utenti.excel.php (a Red Cross volunteer management system, the committees and delegates export)', defaultCountry: 'IT' }, `
    # Each row is a committee and its delegate; the delegate is the contact and the committee's name is the Company
    # name. The committee's own email and phone are the committee's, not the delegate's: not imported; its address is
    # the only address in the file, kept as the street address. "N." is the row number and "Estensione" the
    # committee's level.
    N. | - | 1 | 2 | 3
    Comitato | companyName | Comitato Locale di Acireale | Comitato Locale di Paternò | Comitato Provinciale di Catania
    Estensione | - | Locale | Locale | Provinciale
    Indirizzo | address1 | Via Galatea 60 | Via Scala Vecchia 3 | Via Etnea 353
    eMail | - | cl.acireale@cri.example | cl.paterno@cri.example | cp.catania@cri.example
    Telefono | - | 095 601122 | 095 855432 | 095 7158111
    Nome Delegato | firstName | Rosario | Francesca | Antonio
    Cognome Delegato | lastName | Musumeci | Grasso | Leonardi
    Telefono Delegato | phone | 3391122334 | 3472233445 | 3203344556
    email Delegato | email | rosario.musumeci@posta.example | francesca.grasso@posta.example | a.leonardi@posta.example
  `),
  set({ id: 'it-red-cross-committees-report', kind: 'volunteer organisation\'s committees report (spreadsheet export)', lang: 'it', source: 'github:CroceRossaCatania/gaia inc/admin.report.comitati.excel.php (a Red Cross volunteer management system, the committees report)', defaultCountry: 'IT' }, `
    # The rows are committees: the committee's name is the Company name and its address, email and phone are the
    # row's own. "P. Iva" and "C. F." are tax numbers; "N." is the row number and "Estensione" the level.
    N. | - | 1 | 2 | 3
    Comitato | companyName | Comitato Regionale Sicilia | Comitato Provinciale di Catania | Comitato Locale di Adrano
    Estensione | - | Regionale | Provinciale | Locale
    Indirizzo | address1 | Via Alcide De Gasperi 16, Palermo | Via Etnea 353, Catania | Via Catania 12, Adrano
    eMail | email | cr.sicilia@cri.example | cp.catania@cri.example | cl.adrano@cri.example
    Telefono | phone | 091 6199111 | 095 7158111 | 095 7692233
    P. Iva | - | 01234560876 | 02345670871 | 03456780875
    C. F. | - | 97123450827 | 93123450875 | 93234560873
  `),
  set({ id: 'it-red-cross-on-call-report', kind: 'volunteer organisation\'s on-call availability report (spreadsheet export)', lang: 'it', source: 'github:CroceRossaCatania/gaia inc/obiettivo.report.reperibilita.ok.php (a Red Cross volunteer management system, the availability report)', defaultCountry: 'IT' }, `
    # "Comitato" is the committee the volunteer belongs to: a group, Tags. The availability start and end are about the
    # on-call period.
    Nome | firstName | Davide | Martina | Orazio
    Cognome | lastName | Caruso | Lo Presti | Sciuto
    Data nascita | dateOfBirth | 14/06/1989 | 03/03/1995 | 21/10/1980
    Comitato | tags | Comitato Locale di Acireale | Comitato Locale di Giarre | Comitato Locale di Acireale
    Inizio reperibilità | - | 01/03/2026 08:00 | 01/03/2026 20:00 | 02/03/2026 08:00
    Fine reperibilità | - | 01/03/2026 20:00 | 02/03/2026 08:00 | 02/03/2026 20:00
  `),
  set({ id: 'it-red-cross-members-admin-old', kind: 'volunteer organisation\'s members spreadsheet export, older version kept in the generated docs', lang: 'it', source: 'github:CroceRossaCatania/gaia docs/files/inc/admin.utenti.excel.php.txt (the generated documentation\'s copy of the admin members export)', defaultCountry: 'IT' }, `
    # "Ingresso in CRI" is the date the volunteer joined: not a contact field. Birth place, province and tax code are
    # not imported.
    Nome | firstName | Concetta | Giuseppe | Valeria
    Cognome | lastName | Patanè | Strano | Zappalà
    Data Nascita | dateOfBirth | 09/09/1972 | 17/05/1985 | 28/02/1993
    Luogo Nascita | - | Giarre | Catania | Aci Castello
    Provincia Nascita | - | CT | CT | CT
    C. Fiscale | - | PTNCCT72P49E017X | STRGPP85E17C351Y | ZPPVLR93B68A025Z
    Ingresso in CRI | - | 12/01/2001 | 04/05/2010 | 19/11/2015
  `),
];
