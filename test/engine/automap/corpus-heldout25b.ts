// The twenty-fifth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files and English ones from nonprofits, schools, churches, events, shops and Google Forms; the
// other half, corpus-heldout25a.ts, holds English, German, Dutch and mixed-language files): COUNTS from sources none
// of the other parts use, found in the public code index with exact-string searches for everyday header lines in these
// languages and written down, with the mapping a careful person would choose by the field definitions and the issue's
// rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the index
// file the header text was read from (the index does not name its repository); the kind says what the file is. Sample
// values are made up in the shape of each file's own (no personal data or example rows from the sources are copied).
// A trailing empty column (a header line ending in the separator) is written as "". Leading and trailing spaces of a
// header cell cannot be written in the table and are left out. No set's headers repeat an older part's (each was
// compared lower-cased).
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
// The eighteenth part's second half's recurring choices, kept here:
// - The school, college or university a student or applicant attends is not an employer and is not imported; the
//   employer a mentor, a teacher or a candidate names is the person's company.
// - A group the person comes with or is registered with (a youth group, a parish, a scout group) is Tags; the
//   group's own address, phone, codes and e-mail are not imported.
// The twenty-fourth part's second half's recurring choice, kept here:
// - A donor list's gift columns (receipt, amount, currency, purpose, project, campaign, payment method, date) are what
//   the gift is about and are not imported; the donor is the contact.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout25' }, table);

export const HELDOUT25B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-ec-clientes-insercion-cedula-celular', kind: 'Ecuadorian shop API\'s client table, the columns its insert writes (ID card, names, surnames, mobile, e-mail)', lang: 'es', defaultCountry: 'EC', source: 'index:2176105724 (an Express clients router, MySQL insert, JavaScript)' }, `
    Cedula | - | 1712345678 | 0923456789 | 1103456721
    Nombres | firstName | María José | Luis Alberto | Gabriela
    Apellidos | lastName | Andrade Vega | Cevallos | Toapanta Ruiz
    Celular | phone | 0987654321 | 0991234567 | 0976543210
    Email | email | mjandrade@example.ec | luis.cevallos@example.com | gtoapanta@example.ec
  `),
  set({ id: 'es-co-clientes-registro-documento-genero-rol', kind: 'Colombian shop site\'s client registration, the fields its form binds (document number, names, surnames, mobile, e-mail, city, gender, password, phone, address, status, role, document type)', lang: 'es', defaultCountry: 'CO', source: 'index:25016071812 (an ASP.NET MVC clients controller, C#)' }, `
    NroDocumento | - | 1020456789 | 52345678 | 1144098765
    Nombres | firstName | Andrés Felipe | Claudia | Stiven
    Apellidos | lastName | Ramírez Soto | Patiño | Mosquera
    # With an untyped phone beside it, the mobile is an additional phone.
    Celular | additionalPhones | 3114567890 | 3159876543 | 3186543210
    Correo | email | andres.ramirez@example.co | claudia.patino@example.com | stiven.m@example.co
    Ciudad | city | Bogotá | Medellín | Cali
    Genero | - | Masculino | Femenino | Masculino
    Contraseña | - | ******** | ******** | ********
    Telefono | phone | 6014567890 | 6043214567 | ""
    Direccion | address1 | Cra 15 # 85-20 | Calle 50 # 45-12 | Av 6N # 23-45
    Estado | - | true | true | false
    IdRol | - | 2 | 2 | 2
    IdTipoDocumento | - | 1 | 1 | 1
  `),
  set({ id: 'es-pe-clientes-insercion-nombres-celular-direccion', kind: 'Peruvian desktop app\'s client table, the columns its save writes (names, surnames, mobile, e-mail, address)', lang: 'es', defaultCountry: 'PE', source: 'index:40707884384 (a Windows Forms client form, SQL insert, C#)' }, `
    nombres | firstName | JORGE LUIS | ROSA MARÍA | KATHERINE
    apellidos | lastName | QUISPE MAMANI | HUAMÁN TORRES | SALAZAR
    celular | phone | 987654321 | 956123478 | 912345678
    correo | email | jquispe@example.pe | rosa.huaman@example.com | ""
    direccion | address1 | AV. LOS INCAS 456 | JR. AREQUIPA 123 | CALLE LAS FLORES 78
  `),
  set({ id: 'es-co-agro-usuarios-tabla-negocio-vereda', kind: 'Colombian rural services platform\'s user table, the columns its insert writes (ID card, names, surnames, mobile, address, user type, e-mail, password, expertise, business name, photo, registration and birth dates, department, municipality, district and village ids, latitude, longitude)', lang: 'es', defaultCountry: 'CO', source: 'index:3690596069 (an Express users service, MySQL insert, JavaScript)' }, `
    cedula | - | 1053456789 | 24345678 | 1058123456
    nombres | firstName | Hernando | Luz Dary | Yeison
    apellidos | lastName | Ospina Castaño | Giraldo | Arias
    celular | phone | 3124567890 | 3109876543 | 3206543219
    direccion | address1 | Finca La Esperanza | Calle 5 # 4-20 | Vereda El Roble, lote 3
    id_tipo_usuario | - | 2 | 1 | 2
    email | email | hernando.ospina@example.co | luzdary@example.com | ""
    password | - | $2b$10$Qw... | $2b$10$Zx... | $2b$10$Lm...
    id_area_experticia | - | 4 | "" | 7
    # The farm or business the person runs is the person's company.
    nombre_negocio | companyName | Café La Esperanza | "" | Apícola El Roble
    foto | - | u_101.jpg | "" | u_117.jpg
    fecha_registro | - | 2026-03-14 | 2026-04-02 | 2026-05-20
    fecha_nacimiento | dateOfBirth | 1971-09-08 | 1985-02-17 | 1996-12-01
    # Departments, municipalities, districts and villages are given as row ids of this database's tables, which name
    # no place outside it: not imported.
    id_departamento | - | 17 | 17 | 17
    id_municipio | - | 174 | 001 | 174
    id_corregimiento | - | 3 | "" | 5
    id_vereda | - | 21 | "" | 34
    latitud | - | 5.0689 | 5.0703 | 5.0512
    longitud | - | -75.5174 | -75.5138 | -75.4987
  `),
  set({ id: 'es-mx-clientes-insercion-apellido-paterno-materno', kind: 'Mexican practice database\'s client table, an INSERT column list (client id, name, paternal and maternal surnames, phone, e-mail)', lang: 'es', defaultCountry: 'MX', source: 'index:45444817510 (a SQL script creating and filling a client table)' }, `
    id_cliente | externalId | 1 | 2 | 3
    nombre | firstName | Brenda | Ulises | Ximena
    apellido_paterno | lastName | Hernández | Olvera | Cruz
    apellido_materno | - | Ortiz | Barrera | Trejo
    telefono | phone | 7712345678 | 7719876543 | 7751122334
    email | email | brenda.hdz@example.mx | ulises.olvera@example.com | xcruz@example.mx
  `),
  set({ id: 'es-gestoria-clientes-empresas-cif-poblacion', kind: 'Spanish bookkeeping app\'s client companies upload, a semicolon CSV in its end-to-end test (name, CIF, e-mail, postcode, town)', lang: 'es', defaultCountry: 'ES', source: 'index:70170542800 (a bookkeeping app\'s end-to-end test, JavaScript)' }, `
    # The rows are businesses (an SL, a bar): the name is the Company name.
    Nombre | companyName | Taller Mecánico Ruiz SL | Cafetería La Plaza | Estudio Gràfic Moll SLU
    CIF | - | B-23456789 | B98765432 | B-65432198
    Email | email | "" | laplaza@example.es | hola@grafic-moll.example
    Código postal | postalCode | 08014 | 08002 | 08025
    Población | city | Barcelona | Barcelona | Barcelona
  `),
  // --------------------------------------------------------------------------------------------------- Portuguese
  set({ id: 'pt-br-pousada-reservas-export-quarto-cpf', kind: 'Brazilian inn\'s booking report export, a semicolon CSV ending in the separator (booking id, name, surname, room, check-in, check-out, status, booking date, CPF, e-mail, total)', lang: 'pt', defaultCountry: 'BR', source: 'index:30352297388 (a booking system\'s report controller, CSV export, C#)' }, `
    ID_RESERVA | - | 1042 | 1043 | 1047
    NOME | firstName | Gabriel | Aline | Otávio
    SOBRENOME | lastName | Cunha | Teixeira | Siqueira
    QUARTO | - | 12 | 7 | 3
    ENTRADA | - | 18/12/2026 | 20/12/2026 | 27/12/2026
    SAIDA | - | 21/12/2026 | 22/12/2026 | 02/01/2027
    STATUS_RESERVA | - | CONFIRMADA | PENDENTE | CONFIRMADA
    DATA_RESERVA | - | 02/11/2026 | 05/11/2026 | 09/11/2026
    CPF | - | 123.456.789-09 | 987.654.321-00 | 456.123.789-55
    EMAIL | email | gabriel.cunha@example.com.br | aline.t@example.com | otavio.siqueira@example.com.br
    VALOR_TOTAL | - | 1350,00 | 640,00 | 2480,00
    "" | - | "" | "" | ""
  `),
  set({ id: 'pt-br-lote-clientes-saida-processamento', kind: 'Brazilian batch job\'s processed-clients output file, a semicolon CSV (id, name, surname, e-mail, status, processing date)', lang: 'pt', defaultCountry: 'BR', source: 'index:31447763304 (a Spring Batch job\'s client writer, Java)' }, `
    ID | externalId | 501 | 502 | 503
    NOME | firstName | Lucas | Mariana | Diego
    SOBRENOME | lastName | Freitas | Cardoso | Ramos
    EMAIL | email | lucas.freitas@example.com.br | mari.cardoso@example.com | dramos@example.com.br
    STATUS | - | PROCESSADO | PROCESSADO | ERRO_EMAIL
    DATA_PROCESSAMENTO | - | 2026-11-03T02:00:11 | 2026-11-03T02:00:11 | 2026-11-03T02:00:12
  `),
  set({ id: 'pt-br-rastreamento-contratos-export-placas', kind: 'Brazilian vehicle tracking company\'s contract list export, a semicolon CSV (client, enrolment, group, plates, start date, recurrence, monthly fee, total, kind of work order, WhatsApp, e-mail, sheet, situation)', lang: 'pt', defaultCountry: 'BR', source: 'index:12515589613 (a contracts dashboard\'s CSV export, JavaScript)' }, `
    Cliente | name | Transportes Oliveira Ltda | Márcio Henrique Lima | Sílvia Araújo
    # The contract's enrolment number is the contract's, not the client's: not imported, like an order number.
    Matrícula | - | 2024-0187 | 2025-0033 | 2025-0102
    CONJUNTO | - | Frota Sul | "" | ""
    Placa(s) | - | ABC1D23, EFG4H56 | QWE7R89 | RTY2U34
    Data Início | - | 01/03/2024 | 15/01/2025 | 10/06/2025
    % Recorrência | - | 100 | 50 | 100
    Valor Mensal | - | 179,80 | 89,90 | 89,90
    Total | - | 4.135,40 | 1.348,50 | 1.258,60
    Tipo OS | - | Instalação | Manutenção | Instalação
    WhatsApp | phone | (51) 99812-3456 | (51) 98456-1122 | (54) 99123-7788
    E-mail | email | frota@oliveira.example | marcio.lima@example.com | silvia.araujo@example.com.br
    Planilha | - | contratos_2024 | contratos_2025 | contratos_2025
    Situação | - | Ativo | Ativo | Suspenso
  `),
  set({ id: 'pt-br-imobiliaria-leads-bom-responsavel-email', kind: 'Brazilian real-estate lead tool\'s lead file, a semicolon CSV with a byte-order mark in its parser test (name, WhatsApp, e-mail, responsible broker\'s e-mail, city)', lang: 'pt', defaultCountry: 'BR', source: 'index:68941728102 (a lead CSV parser test, TypeScript)' }, `
    # The source writes a byte-order mark before "Nome", which the table cannot hold.
    Nome | name | Tatiane Borges | Rogério Nunes | Vanessa Melo
    WhatsApp | phone | 5511987654321 | 5511976543210 | 5513991234567
    E-mail | email | tatiane.borges@example.com.br | rogerio.nunes@example.com | ""
    # The broker in charge, given by e-mail, is the user in charge of the lead: the Contact owner.
    Responsável email | owner | corretor1@imob.example | corretor2@imob.example | corretor1@imob.example
    Cidade | city | São Paulo | Guarulhos | Santos
  `),
  set({ id: 'pt-br-contatos-modelo-whatsapp-cidade', kind: 'Brazilian messaging tool\'s contact import template, a semicolon CSV (name, WhatsApp, e-mail, city)', lang: 'pt', defaultCountry: 'BR', source: 'index:70154782456 (a contact import page\'s "download template" handler, Vue)' }, `
    Nome | name | Bruno Cavalcanti | Débora Santana | Igor Lacerda
    WhatsApp | phone | (81) 99876-1234 | (81) 98765-4321 | (83) 99654-1122
    E-mail | email | bruno.cavalcanti@example.com.br | "" | igor.lacerda@example.com
    Cidade | city | Recife | Olinda | João Pessoa
  `),
  set({ id: 'pt-br-estudio-alunas-export-estilo-risco', kind: 'Brazilian dance or fitness studio app\'s student export, a semicolon CSV (name, WhatsApp, e-mail, predominant style, stage, payment method, no-show risk, registered at)', lang: 'pt', defaultCountry: 'BR', source: 'index:71357546324 (a studio app\'s export service test, TypeScript)' }, `
    Nome | name | Carla | Helena Dias | Rita Moraes
    WhatsApp | phone | +5511912345678 | +5511934567890 | +5511956781234
    E-mail | email | "" | helena.dias@example.com.br | rita.moraes@example.com
    Estilo predominante | - | Clássico | Contemporâneo | Jazz
    Etapa | - | Renovação | Novo | Ativa
    Forma de pagamento | - | Pix | Cartão | Boleto
    Risco de falta | - | 25,0% | 10,0% | 40,0%
    Cadastrada em | - | 02/09/2026 | 15/09/2026 | 21/08/2026
  `),
  set({ id: 'pt-br-relatorio-contatos-titulo-municipio-origem', kind: 'Brazilian lead tool\'s contact report, a title line above the header, in its importer test (contact name, WhatsApp, e-mail, town, notes, origin)', lang: 'pt', defaultCountry: 'BR', above: [['Relatório de contatos', '', '', '', '', '']], source: 'index:70459544666 (a lead importer\'s normalisation test, TypeScript)' }, `
    Nome do contato | name | Fernanda Queiroz | Wagner Pacheco | Mônica Reis
    WhatsApp | phone | (11) 97777-6666 | (11) 96666-5555 | (19) 98888-4444
    E-mail | email | fernanda.queiroz@example.com.br | wagner.pacheco@example.com | ""
    Município | city | São Paulo | Osasco | Campinas
    Observações | - | Pediu proposta | "" | Retornar sexta
    Origem | source | Evento | Instagram | Indicação
  `),
  set({ id: 'pt-br-sites-clientes-exemplo-empresa-responsavel', kind: 'Brazilian site builder\'s client sample CSV (company, person in charge, WhatsApp, e-mail, city, state, segment, template, slug)', lang: 'pt', defaultCountry: 'BR', source: 'index:60725978309 (a site builder\'s client CSV helpers, TypeScript)' }, `
    Empresa | companyName | Barbearia Dom Pedro | Clínica Sorriso Leve | Pet Shop Amigo Fiel
    Responsável | name | Ricardo Pedrosa | Luana Figueiredo | Sérgio Matos
    WhatsApp | phone | 11988887777 | 31977776666 | 41966665555
    E-mail | email | contato@dompedro.example | luana@sorrisoleve.example | sergio@amigofiel.example
    Cidade | city | São Paulo | Belo Horizonte | Curitiba
    Estado | state | SP | MG | PR
    # The business's segment is the company's industry: not imported.
    Segmento | - | beleza | saude | pet
    Modelo | - | barbearia-premium | clinica-clean | pet-colorido
    Slug | - | barbearia-dom-pedro | clinica-sorriso-leve | pet-shop-amigo-fiel
  `),
  set({ id: 'pt-br-agenda-servicos-agendamentos-export-origem', kind: 'Brazilian booking site platform\'s appointment export with a byte-order mark (id, site, date and time, service, professional, client, WhatsApp, e-mail, value, status, origin)', lang: 'pt', defaultCountry: 'BR', source: 'index:70709173629 (a booking platform\'s export test, TypeScript)' }, `
    ID | - | 311 | 312 | 318
    Site | - | studio-bela | studio-bela | barbearia-centro
    Data/hora | - | 12/11/2026 14:00 | 12/11/2026 15:30 | 13/11/2026 09:00
    Serviço | - | Corte feminino | Escova | Barba
    # The professional of one appointment is the booking's: not imported.
    Profissional | - | Joana | Joana | Pedro
    Cliente | name | Priscila Antunes | Elaine Couto | Gustavo Rezende
    WhatsApp | phone | 5521998765432 | 5521987654321 | 5521976543210
    E-mail | email | priscila.antunes@example.com | "" | gustavo.rezende@example.com.br
    Valor (R$) | - | 80,00 | 45,00 | 35,00
    Status | - | confirmado | concluído | cancelado
    # The channel the booking came through (site, Instagram) is the Source, like a lead's origin.
    Origem | source | site | instagram | site
  `),
  set({ id: 'pt-br-advocacia-contatos-modelo-profissao', kind: 'Brazilian law-firm app\'s contact import template, a semicolon CSV (name, CPF/CNPJ, phone or WhatsApp, e-mail, city, state, profession)', lang: 'pt', defaultCountry: 'BR', source: 'index:58559165894 (a law-firm app\'s import dialog, template download, React)' }, `
    Nome | name | Adriana Xavier | Leonardo Brito | Construtora Pampa Ltda
    CPF/CNPJ | - | 321.654.987-00 | 654.987.321-11 | 12.345.678/0001-90
    Telefone / WhatsApp | phone | (51) 99888-7766 | (51) 3221-4455 | (53) 3025-1100
    E-mail | email | adriana.xavier@example.com.br | leo.brito@example.com | juridico@pampa.example
    Cidade | city | Porto Alegre | Canoas | Pelotas
    Estado | state | RS | RS | RS
    Profissão | - | Professora | Engenheiro | ""
  `),
  set({ id: 'pt-br-condominio-moradores-bloco-unidade', kind: 'Brazilian condominium app\'s resident import format, a semicolon CSV (full name, block, unit, profile, WhatsApp, e-mail)', lang: 'pt', defaultCountry: 'BR', source: 'index:53937861772 (a condominium app\'s spreadsheet conversion prompt, its CSV columns)' }, `
    Nome Completo | name | Antônio Carlos Moura | Beatriz Fonseca | Júlio César Prates
    Bloco | - | A | B | A
    Unidade | - | 101 | 204 | 1302
    Perfil | - | Proprietário | Locatário | Dependente
    WhatsApp | phone | 11987651234 | 11976542345 | 11965433456
    E-mail | email | acmoura@example.com.br | bia.fonseca@example.com | ""
  `),
  set({ id: 'pt-br-cafeteria-clientes-insercao-ativo', kind: 'Brazilian coffee shop database exercise\'s customer table, an INSERT column list (name, e-mail, phone, city, active)', lang: 'pt', defaultCountry: 'BR', source: 'index:71564063592 (a SQL script creating and filling a coffee shop\'s tables)' }, `
    nome | name | Caio Mendes | Letícia Rocha | Vinícius Barros
    email | email | caio.mendes@example.com | leticia.rocha@example.com.br | vini.barros@example.com
    telefone | phone | 19999990011 | 19988887766 | ""
    cidade | city | Limeira | Piracicaba | Americana
    ativo | - | TRUE | TRUE | FALSE
  `),
  set({ id: 'pt-br-crm-clientes-tabela-estagio-origem', kind: 'Brazilian small-business CRM\'s clients table, the columns its API inserts (name, e-mail, phone, city, state, stage, origin, tags, notes)', lang: 'pt', defaultCountry: 'BR', source: 'index:56104128149 (a FastAPI CRM router, Python)' }, `
    nome | name | Patrícia Gomes | Rodrigo Almeida | Sandra Vieira
    email | email | patricia.gomes@example.com.br | rodrigo@almeida.example | ""
    telefone | phone | (85) 99876-5432 | (85) 3456-7890 | (88) 99712-3344
    cidade | city | Fortaleza | Caucaia | Juazeiro do Norte
    estado | state | CE | CE | CE
    estagio | - | proposta | lead | fechado
    origem | source | Instagram | Indicação | Google
    tags | tags | vip | atacado | vip,recorrente
    notas | - | Retornar em novembro | "" | Cliente desde 2023
  `),
  set({ id: 'pt-br-esquadrias-orcamentos-tabela-bairro', kind: 'Brazilian window maker\'s quote requests table, the columns its seed inserts (code, user id, name, e-mail, phone, city, neighbourhood, items, installation, estimate, status)', lang: 'pt', defaultCountry: 'BR', source: 'index:68431329554 (a quoting app\'s test database seed, JavaScript)' }, `
    codigo | - | MDE-2026-000014 | MDE-2026-000015 | MDE-2026-000016
    # The id of the site's user who asked for the quote is this person's user id: the External ID.
    usuario_id | externalId | 7 | 12 | 7
    nome | name | Cláudia Ribeiro | Henrique Duarte | Cláudia Ribeiro
    email | email | claudia.ribeiro@example.com.br | h.duarte@example.com | claudia.ribeiro@example.com.br
    telefone | phone | 21999990042 | 21988771234 | 21999990042
    cidade | city | Rio de Janeiro | Niterói | Rio de Janeiro
    bairro | - | Tijuca | Icaraí | Tijuca
    itens_json | - | [{"tipo":"janela","qtd":2}] | [{"tipo":"porta","qtd":1}] | [{"tipo":"box","qtd":1}]
    instalacao | - | 1 | 0 | 1
    estimativa_centavos | - | 226000 | 98000 | 74000
    status | - | novo | enviado | novo
  `),
  // --------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-don-sang-donneurs-table-groupe-sanguin', kind: 'blood donation centre app\'s donor table, the columns its insert writes (name, first name, birth date, sex, phone, town, blood group, last donation, active)', lang: 'fr', defaultCountry: 'FR', source: 'index:55682916051 (a donor DAO, SQL insert, Java)' }, `
    nom | lastName | Laurent | Benali | Roche
    prenom | firstName | Sylvain | Karima | Manon
    date_naissance | dateOfBirth | 1984-05-19 | 1992-10-03 | 2001-01-27
    sexe | - | M | F | F
    telephone | phone | 06 23 45 67 89 | 07 12 34 56 78 | 06 98 76 54 32
    ville | city | Lille | Roubaix | Tourcoing
    groupe_sanguin | - | O+ | A- | B+
    dernier_don | - | 2026-08-14 | 2026-06-02 | ""
    actif | - | 1 | 1 | 0
  `),
  set({ id: 'fr-course-concurrents-table-naissance-epreuve', kind: 'running race app\'s competitor table, the columns its insert writes (name, first name, birth date, e-mail, race)', lang: 'fr', defaultCountry: 'FR', source: 'index:38770573611 (a race registration data access class, SQL insert, C#)' }, `
    nom | lastName | Girard | Moulin | Arnaud
    prenom | firstName | Julien | Pauline | Kevin
    date_naissance | dateOfBirth | 1987-04-12 | 1995-09-30 | 1979-12-08
    email | email | julien.girard@example.fr | pauline.moulin@example.com | k.arnaud@example.fr
    # The race the competitor runs is what the registration is about: not imported.
    race | - | 10 km | Semi-marathon | 10 km
  `),
  set({ id: 'fr-ca-usagers-laboratoires-format-csv-courriel', kind: 'Quebec research platform\'s user listing command, its CSV format (name, first name, e-mail, active, affiliation, laboratory)', lang: 'fr', defaultCountry: 'CA', source: 'index:56526682725 (a Django management command listing users, Python)' }, `
    Nom | lastName | Tremblay | Gagnon | Bouchard
    Prénom | firstName | Mathieu | Geneviève | Olivier
    Courriel | email | mathieu.tremblay@example.ca | genevieve.gagnon@example.ca | o.bouchard@example.com
    Actif | - | True | True | False
    # The institution a researcher is affiliated with is the researcher's employer: the Company name.
    Affiliation | companyName | Université Laval | INRS | Université de Sherbrooke
    # The laboratory is a unit inside that employer, like a department: not imported.
    Laboratory | - | Laboratoire de génomique | Centre Eau Terre Environnement | Laboratoire de chimie verte
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-associazione-soci-modello-codice-fiscale', kind: 'Italian association management app\'s member import template (surname, name, tax code, e-mail, phone, mobile, birth date and place, address, town, postcode, province, sex, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:53171562419 (an association app\'s import page, CSV templates per kind, React)' }, `
    cognome | lastName | Ricci | Marchetti | Gatti
    nome | firstName | Alessandro | Francesca | Lorenzo
    codice_fiscale | - | RCCLSN85C12H501Z | MRCFNC90E45F205K | GTTLNZ78T03L219P
    email | email | alessandro.ricci@example.it | francesca.marchetti@example.com | ""
    telefono | phone | 06 5544332 | 02 87654321 | 011 4455667
    cellulare | additionalPhones | 347 8899001 | "" | 349 1122334
    data_nascita | dateOfBirth | 1985-03-12 | 1990-05-05 | 1978-12-03
    luogo_nascita | - | Roma | Milano | Torino
    indirizzo | address1 | Via Appia Nuova 210 | Via Padova 45 | Corso Vittorio Emanuele II 90
    citta | city | Roma | Milano | Torino
    cap | postalCode | 00183 | 20127 | 10121
    provincia | state | RM | MI | TO
    sesso | - | M | F | M
    note | - | Socio fondatore | "" | Quota 2026 versata
  `),
  set({ id: 'it-agea-operatori-caa-caricamento-utenti', kind: 'Italian agricultural payments agency\'s loading table for assistance-centre operators, an INSERT column list (surname, name, tax code, e-mail, phone, CAA, office, manager, privacy file and protocol numbers, loaded)', lang: 'it', defaultCountry: 'IT', source: 'index:19164828187 (a database migration seeding user tables, SQL)' }, `
    COGNOME | lastName | Esposito | Fabbri | Sanna
    NOME | firstName | Vincenzo | Marta | Gavino
    CODICE_FISCALE | - | SPSVCN70A01F839X | FBBMRT82D41A944L | SNNGVN65M10I452Q
    EMAIL | email | v.esposito@example.it | m.fabbri@example.it | g.sanna@example.it
    TELEFONO | phone | 081 7654321 | 051 2345678 | 079 234567
    # The assistance centre the operator works for is the operator's employer: the Company name.
    CAA | companyName | COLDIRETTI | CIA | CONFAGRICOLTURA
    UFFICIO | - | CAA COLDIRETTI NAPOLI 2 | CAA CIA BOLOGNA | CAA CONFAGRI SASSARI
    RESPONSABILE | - | Ruggiero Antonio | Neri Paola | Pinna Mario
    NR_FASCICOLO_PRIVACY | - | 2026/118 | 2026/204 | 2026/077
    NR_PROTOCOLLO_PRIVACY | - | 45521 | 45987 | 44102
    CARICATO | - | N | N | S
  `),
  set({ id: 'it-sagra-personale-giornata-ruolo-servizio', kind: 'Italian village festival app\'s staff table for one day, an INSERT column list (day id, surname, name, e-mail, mobile, role id, on duty, used the order app, operator key, role description)', lang: 'it', defaultCountry: 'IT', source: 'index:24554881111 (a festival app\'s staff route, MySQL insert, JavaScript)' }, `
    idGiornata | - | 3 | 3 | 4
    cognome | lastName | Bianco | Pellegrini | Testa
    nome | firstName | Simone | Laura | Franco
    email | email | simone.bianco@example.it | "" | franco.testa@example.com
    cellulare | phone | 333 4455667 | 348 9988776 | 320 1234987
    idRuolo | - | 2 | 5 | 2
    inServizio | - | 1 | 1 | 0
    utilizzatoCommanda | - | 0 | 1 | 0
    key_utenti_operation | - | 1 | 1 | 1
    dRuolo | - | Cameriere | Cassa | Cameriere
  `),
  set({ id: 'it-negozio-utente-registrazione-indirizzo-password', kind: 'Italian shop site\'s user table, the columns its sign-up writes (name, surname, phone, e-mail, address, password)', lang: 'it', defaultCountry: 'IT', source: 'index:60364274935 (a shop site\'s registration script, PHP)' }, `
    nome | firstName | Martina | Emanuele | Veronica
    cognome | lastName | Caruso | Leone | Parisi
    telefono | phone | 392 1234567 | 0521 234567 | 345 7654321
    email | email | martina.caruso@example.it | emanuele.leone@example.com | v.parisi@example.it
    indirizzo | address1 | Via Garibaldi 12, Parma | Strada Farini 40, Parma | Via Emilia Est 5, Parma
    password | - | $2y$10$abc... | $2y$10$def... | $2y$10$ghi...
  `),
  set({ id: 'it-ecommerce-utente-codice-fiscale-indirizzo', kind: 'Italian e-commerce site\'s user table, the columns its registration inserts (tax code, name, surname, phone, e-mail, password, address)', lang: 'it', defaultCountry: 'IT', source: 'index:48256041330 (a registration servlet, SQL insert, Java)' }, `
    codiceFiscale | - | BRNGPP80A01H501U | CLMSRA95L41F205D | MNTLCU88S12L736Z
    nome | firstName | Giuseppe | Sara | Luca
    cognome | lastName | Bruno | Colombo | Montanari
    telefono | phone | 3331234567 | 3479876543 | 3405556677
    email | email | g.bruno@example.it | sara.colombo@example.com | luca.montanari@example.it
    password | - | p4ss!word | s3cret-99 | qwerty-77
    indirizzo | address1 | Via Nazionale 50, Roma | Via Dante 3, Milano | Riva degli Schiavoni 12, Venezia
  `),
  set({ id: 'it-prenotazioni-utente-admin-pass', kind: 'Italian booking app\'s user table, the columns its sign-up inserts (admin flag, name, surname, phone, e-mail, password)', lang: 'it', defaultCountry: 'IT', source: 'index:37583361539 (a user DAO, SQL insert, Java)' }, `
    isAdmin | - | false | false | true
    Nome | firstName | Daniele | Ilaria | Tommaso
    Cognome | lastName | Ferrara | Rinaldi | Vitale
    Telefono | phone | 3281234567 | 3392345678 | 3473456789
    Email | email | daniele.ferrara@example.it | ilaria.rinaldi@example.com | t.vitale@example.it
    Pass | - | ******** | ******** | ********
  `),
  // --------------------------------------------------------------------------------------------------- English
];
