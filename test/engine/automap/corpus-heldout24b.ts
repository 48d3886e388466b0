// The twenty-fourth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files and English ones from nonprofits, churches, charities, events and a golf club; the other
// half, corpus-heldout24a.ts, holds English, German, Dutch and mixed-language files): 56 header sets (425 columns, 235
// of them expected to map; 12 Spanish, 12 Portuguese, 12 French, 12 Italian, 8 English; 2 files without a header row,
// 4 with lines above it (a report title and blank lines, a "SEP=;" and a "sep=;" line, a "Plesso:" line); 2 sets of
// 22 and 30 columns, several of 10 to 16) from sources none of the other parts use, found in the public code index with
// exact-string searches for everyday header lines in these languages (member, client, pupil, student, employee,
// driver, volunteer, mentor, tenant, resident and donor lists, club, gym, church and association registers, shop, CRM
// and admin exports, importer templates and their tests, address-book exercises, municipal registry exports) and
// written down, with the mapping a careful person would choose by the field definitions and the rules, BEFORE
// the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the index file the header
// text was read from (the index does not name its repository); the kind says what the file is. Sample values are made
// up in the shape of each file's own (no personal data or example rows from the sources are copied). A trailing empty
// column (a header line ending in the separator) is written as "". Leading and trailing spaces of a header cell
// cannot be written in the table and are left out (a set's comment says where). No set's headers repeat an older
// part's (each was compared lower-cased).
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
// Choices this half makes more than once:
// - A donor list's gift columns (receipt, amount, currency, purpose, project, campaign, payment method, date) are what
//   the gift is about and are not imported; the donor is the contact.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout24' }, table);

export const HELDOUT24B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-educamos-alumnado-nia-dos-apellidos-clase', kind: 'Spanish school management (Educamos) pupil export imported by a school app (pupil number, first name, first and second surname, class)', lang: 'es', defaultCountry: 'ES', source: 'index:71653581911 (a school app\'s Educamos import tests, TypeScript)' }, `
    # The NIA is the pupil's number in the regional school system: another system's id of the person, the External ID.
    NIA | externalId | 10452871 | 10452990 | 10461203
    NOMBRE | firstName | Hugo | Valeria | Martina
    APELLIDO 1 | lastName | Ferrer | Llopis | Camps
    APELLIDO 2 | - | Soler | Vidal | Ribes
    CLASE | - | 3ESOA | 1ESOB | 4ESOC
  `),
  set({ id: 'es-ar-gimnasio-morosos-export-deuda', kind: 'Argentine gym desktop app\'s export of members with unpaid fees (member id, first name, last name, phone, due date, debt)', lang: 'es', defaultCountry: 'AR', source: 'index:61944547983 (a C# gym management form, debtors export)' }, `
    ID Socio | externalId | 214 | 387 | 52
    Nombre | firstName | Facundo | Agustina | Ramiro
    Apellido | lastName | Quiroga | Bustos | Paz
    Telefono | phone | 11 5532-8801 | 351 622-4190 | 11 4470-2258
    Vencimiento | - | 10/11/2026 | 10/10/2026 | 10/11/2026
    Deuda | - | 18000 | 36000 | 18000
  `),
  set({ id: 'es-co-usuarios-import-foto-documento-rol', kind: 'Colombian web app\'s user import CSV read by its admin upload (id, full name, e-mail, phone, photo, document issue, document upload, role)', lang: 'es', defaultCountry: 'CO', source: 'index:54962161175 (a PHP user CSV import script)' }, `
    # A bare "ID" column of a user list is the External ID (the choices' rule).
    ID | externalId | 1020456789 | 52874112 | 1015332908
    Nombre | name | Laura Camila Rincón | Óscar Beltrán | Juliana Ospina
    Correo electrónico | email | laura.rincon@example.co | obeltran@example.com | juliana.ospina@example.co
    Teléfono | phone | 310 455 2201 | 315 870 1143 | 300 612 9087
    foto | - | fotos/1020456789.jpg | "" | fotos/1015332908.jpg
    expedicion_documento | - | Bogotá | Medellín | Cali
    cargar _documento | - | docs/1020456789.pdf | docs/52874112.pdf | ""
    rol | - | empleado | admin | empleado
  `),
  set({ id: 'es-proyecto-registro-interesados-entidad-provincia', kind: 'Spanish research project\'s registration of interested people, CSV export from its admin panel (row id, date, full name, organisation, role, e-mail, phone, province, interview, comments, privacy, contact status, follow-up notes)', lang: 'es', defaultCountry: 'ES', source: 'index:54848305834 (a project site\'s registrations admin page, CSV export, JavaScript)' }, `
    # The registration list's own row id: not imported.
    ID | - | REG-0031 | REG-0032 | REG-0033
    Fecha de Registro | - | 02/11/2026 | 05/11/2026 | 07/11/2026
    Nombre y Apellidos | name | Marta Iglesias Pardo | Raúl Sáez | Begoña Arrieta
    Entidad u Organización | companyName | Ayuntamiento de Lugo | Cooperativa Sierra Verde | Fundación Atalaya
    Cargo o Función | - | Técnica de empleo | Presidente | Coordinadora
    Correo Electrónico | email | miglesias@lugo.example | raul.saez@sierraverde.example | barrieta@atalaya.example
    Teléfono | phone | 982 297 100 | 687 203 441 | 946 112 980
    Provincia | state | Lugo | Jaén | Bizkaia
    ¿Participar en entrevista? | - | Sí | No | Sí
    Comentarios | - | Interesada en el piloto | "" | Llamar por la tarde
    Acepta Privacidad | - | Sí | Sí | Sí
    Estado de Contacto | - | Contactado | Pendiente | Entrevistado
    Notas de Seguimiento | - | Enviado dossier | "" | Entrevista 20/11
  `),
  set({ id: 'es-cl-clientes-plantilla-empresa-estado', kind: 'Chilean CRM\'s client import template (client name, company, e-mail, phone, status)', lang: 'es', defaultCountry: 'CL', source: 'index:58758550397 (a CRM\'s export utilities, sample client CSV template, TypeScript)' }, `
    Nombre del Cliente | name | Francisca Muñoz | Tomás Henríquez | Valentina Araya
    Empresa | companyName | Andes Logística SpA | Ferretería El Roble | Estudio Araya Ltda.
    Correo Electrónico | email | fmunoz@andeslog.example | tomas@elroble.example | varaya@estudioaraya.example
    Teléfono | phone | +56 9 6123 4488 | +56 9 8870 1123 | +56 2 2345 6610
    Estado | - | Activo | Activo | Inactivo
  `),
  set({ id: 'es-mx-contactos-razon-social-movil', kind: 'Mexican contact importer\'s end-to-end test file (first name, surnames, company legal name, e-mail, mobile)', lang: 'es', defaultCountry: 'MX', source: 'index:69745455069 (a contact importer\'s integration test, Rust)' }, `
    Nombre | firstName | Ximena | Rodrigo | Alejandra
    Apellidos | lastName | Garza Treviño | Villarreal | Cantú Salinas
    # The contacts work for the named firms: the legal name is the person's company.
    Razón social | companyName | Aceros del Norte SA de CV | Grupo Logístico Regio SA | Textiles Cantú SA de CV
    Correo electrónico | email | xgarza@acerosnorte.example | rvillarreal@glregio.example | acantu@textilescantu.example
    Teléfono móvil | phone | +52 1 81 2233 4455 | +52 1 81 5566 7788 | ""
  `),
  set({ id: 'es-ar-biblioteca-socios-txt-sin-cabecera', kind: 'Argentine library exercise\'s member file socios.txt, one member a line separated by ";" with no header row (member number, first name, last name, e-mail, active)', lang: 'es', noHeader: true, defaultCountry: 'AR', source: 'index:56134463593 (a Java library system\'s file loader, socios format)' }, `
    "" | externalId | S014 | S027 | S102
    "" | firstName | Gonzalo | Milagros | Lautaro
    "" | lastName | Ferreyra | Acosta | Benítez
    "" | email | gferreyra@example.com.ar | mili.acosta@example.com | lautaro.b@example.com.ar
    "" | - | true | true | false
  `),
  set({ id: 'es-socios-reporte-saldos-titulo', kind: 'Spanish club desktop app\'s member balance report, a title line and two blank lines above the header (member id, name, balance)', lang: 'es', defaultCountry: 'ES', above: [['Reporte de los saldos de los Socios'], [], []], source: 'index:6064229940 (a C# club management form, balance report export)' }, `
    IdSocio | externalId | 118 | 204 | 311
    Nombre | name | Emilio Cabrera | Nuria Gallego | Jaime Pascual
    Saldo | - | 45,00 | 120,50 | 15,00
  `),
  set({ id: 'es-centro-alumnos-export-codigo-csv', kind: 'Spanish school web app\'s pupil export downloaded as CSV (code, first name, surnames, e-mail)', lang: 'es', defaultCountry: 'ES', source: 'index:22546023881 (a Spring school app\'s pupil CSV export controller, Java)' }, `
    codigo | externalId | AL-0031 | AL-0032 | AL-0047
    nombre | firstName | Irene | Pablo | Claudia
    apellidos | lastName | Navarro Fuentes | Ibáñez | Herrera Soto
    email | email | irene.navarro@example.es | pablo.ibanez@example.com | claudia.herrera@example.es
  `),
  set({ id: 'es-ar-facultad-alumnos-atrasados-comision', kind: 'Argentine university course app\'s export of students behind on assignments (first name, surnames, e-mail, class section)', lang: 'es', defaultCountry: 'AR', source: 'index:56113823150 (a course app\'s API tests, CSV export of late students, Python)' }, `
    nombre | firstName | Micaela | Julián | Rocío
    apellidos | lastName | Sosa | Domínguez Paz | Luna
    email | email | micaela.sosa@example.edu.ar | jdominguez@example.com | rluna@example.edu.ar
    # The "comisión" is the class section a student is in, like a class: not imported.
    comision | - | K1021 | K1023 | K1021
  `),
  set({ id: 'es-contactos-empresa-import-cargo-principal', kind: 'Spanish-language B2B app\'s company contact import, semicolon file in Windows encoding (name, e-mail, phone, job title, main contact)', lang: 'es', defaultCountry: 'MX', source: 'index:70302362035 (a company contacts import page\'s tests, PHP)' }, `
    Nombre | name | Rosa Díaz | Héctor Salgado | Elena Vargas
    Correo electrónico | email | rosa.diaz@acme.example | hsalgado@acme.example | elena.vargas@acme.example
    Teléfono | phone | 55 1234 5678 | 55 8765 4321 | ""
    Cargo | - | Gerente | Comprador | Asistente
    Principal | - | Sí | No | No
  `),
  set({ id: 'es-co-clientes-plantilla-sep-nit-tipo', kind: 'Colombian business app\'s client import template, a "SEP=;" line above the header (name, NIT, kind of client, phone, e-mail, address, city)', lang: 'es', defaultCountry: 'CO', above: [['SEP=;']], source: 'index:62052440089 (a clients page\'s "download template" handler, React)' }, `
    # The rows are clients, people or firms, under one name column: the Name.
    nombre | name | Adriana Cifuentes | Ferretería Los Andes SAS | Mauricio Peña
    nit | - | 1144025871 | 900456123 | 16789234
    # NATURAL or JURIDICO is the client's legal form, not a group the client is filed under: not imported.
    tipo_cliente | - | NATURAL | JURIDICO | NATURAL
    telefono | phone | 3104452298 | 6024458120 | 3158871034
    email | email | adriana.cifuentes@example.co | compras@losandes.example | mpena@example.com
    direccion | address1 | Carrera 45 # 12-30 | Calle 5 # 38-14 | Avenida 6N # 23-51
    ciudad | city | Cali | Palmira | Cali
  `),
  // --------------------------------------------------------------------------------------------------- Portuguese
  set({ id: 'pt-br-crm-funil-import-etapa-valor', kind: 'Brazilian sales pipeline app\'s spreadsheet import, a self-test\'s CSV (name, mobile, e-mail, stage, value)', lang: 'pt', defaultCountry: 'BR', source: 'index:71377221549 (a CRM single-page app\'s self-test, import step, JavaScript)' }, `
    Nome | name | Renata Albuquerque | Diego Tavares | Sabrina Coelho
    Celular | phone | (11) 98120-4471 | (21) 99654-3010 | (31) 98877-1209
    E-mail | email | renata.alb@example.com.br | diego.tavares@example.com | ""
    Etapa | - | Novo | Qualificado | Proposta
    Valor | - | R$ 2.400,00 | "" | R$ 890,00
  `),
  set({ id: 'pt-br-imobiliaria-leads-csv-cidade', kind: 'Brazilian real-estate lead importer\'s CSV (name, mobile, e-mail, city)', lang: 'pt', defaultCountry: 'BR', source: 'index:61023491067 (a lead CSV parser\'s tests, TypeScript)' }, `
    Nome | name | Thiago Ramos | Juliana Prado | Otávio Neves
    Celular | phone | 48999120344 | 48988012256 | 48991234870
    E-mail | email | thiago.ramos@example.com | ju.prado@example.com.br | ""
    # A plain "Cidade" in a lead list is where the lead lives: the City.
    Cidade | city | Criciúma | Tubarão | Içara
  `),
  set({ id: 'pt-br-contatos-import-etiquetas-lgpd', kind: 'Brazilian messaging CRM\'s contact spreadsheet import (name, mobile, e-mail, labels)', lang: 'pt', defaultCountry: 'BR', source: 'index:71055426803 (a messaging CRM\'s contact import API tests, JavaScript)' }, `
    Nome | name | Patrícia Moura | Leandro Sato | Bianca Furtado
    Celular | phone | (16) 99231-4470 | 16988127733 | (16) 99710-0842
    E-mail | email | patricia.moura@example.com | leandro@example.com.br | ""
    Etiquetas | tags | vip | atacado | vip, indicação
  `),
  set({ id: 'pt-br-audiencia-campanha-nome-celular-email', kind: 'Brazilian campaign tool\'s audience import file (name, mobile, e-mail)', lang: 'pt', defaultCountry: 'BR', source: 'index:70343797946 (a campaign audience import job\'s specs, Ruby)' }, `
    Nome | name | Carolina Pires | Rodrigo Assis | Helena Duarte
    Celular | phone | (11) 97654-3321 | 21987650012 | (41) 99812-4406
    E-mail | email | carolina.pires@example.org | rassis@example.com.br | helena.d@example.com
  `),
  set({ id: 'pt-br-erp-clientes-cpf-cep-numero', kind: 'Brazilian ERP customer import file read by an ABAP unit test (CPF, name, e-mail, phone, birth date, CEP, house number)', lang: 'pt', defaultCountry: 'BR', source: 'index:71338528978 (an ABAP customer import class\'s unit tests)' }, `
    CPF | - | 529.982.247-25 | 111.444.777-35 | 390.533.447-05
    Nome | name | Eduardo Nogueira | Vanessa Lins | Caio Bastos
    E-mail | email | eduardo.n@example.com.br | vanessa.lins@example.com | caio.bastos@example.com.br
    Telefone | phone | 11987654321 | 21976543210 | 31988776655
    Data de nascimento | dateOfBirth | 1985-04-12 | 1992-09-30 | 1978-01-22
    CEP | postalCode | 01310100 | 22041001 | 30130010
    Número | - | 1500 | 87 | 402
  `),
  set({ id: 'pt-br-lojas-parceiras-import-cnpj-responsavel', kind: 'Brazilian marketplace admin\'s bulk import of partner stores (name, CNPJ, e-mail, phone, person in charge, CEP, city, state, commission)', lang: 'pt', defaultCountry: 'BR', source: 'index:67662178334 (a NestJS stores controller, CSV import endpoint description)' }, `
    # The rows are stores (companies): the store's name is the Company name and the person in charge the Name.
    nome | companyName | Ótica Visão Clara | Calçados Passo Firme | Mercadinho Bom Preço
    cnpj | - | 12.345.678/0001-90 | 98.765.432/0001-10 | 45.678.123/0001-55
    email | email | contato@visaoclara.example | vendas@passofirme.example | bompreco@example.com.br
    telefone | phone | (62) 3241-5580 | (62) 99812-3340 | (64) 3621-0091
    responsavel | name | Sérgio Paiva | Luana Castro | Antônio Freitas
    cep | postalCode | 74015-010 | 74230-020 | 75901-030
    cidade | city | Goiânia | Goiânia | Rio Verde
    uf | state | GO | GO | GO
    comissao_pct | - | 8 | 10 | 6,5
    modo_comissao | - | percentual | percentual | fixo
  `),
  set({ id: 'pt-br-crediario-clientes-whatsapp-limite', kind: 'Brazilian store credit app\'s customer CSV import (name, WhatsApp, CPF, address, reference point, credit limit, due day, cycle, balances, instalment, notes)', lang: 'pt', defaultCountry: 'BR', source: 'index:58466600512 (a store credit app\'s CSV import service tests, JavaScript)' }, `
    nome | name | Rosângela Dias | Valdir Matos | Jéssica Rocha
    whatsapp | phone | 11987654321 | 11976540987 | 11991230045
    cpf | - | 123.456.789-00 | 987.654.321-00 | 456.789.123-00
    endereco | address1 | Rua das Acácias, 45 | Travessa Boa Vista, 12 | Av. Brasil, 900
    ponto_referencia | - | Perto da padaria | Casa azul | Em frente à escola
    limite_credito | - | 500 | 300 | 800
    dia_vencimento | - | 10 | 15 | 5
    tipo_ciclo | - | mensal | quinzenal | mensal
    dia_vale_secundario | - | "" | 30 | ""
    saldo_devedor_atual | - | 120,00 | 0 | 340,50
    valor_parcela | - | 60,00 | "" | 85,00
    observacoes | - | Cliente antiga | "" | Paga no PIX
  `),
  set({ id: 'pt-br-oficina-leads-export-placa-responsavel', kind: 'Brazilian car protection agency\'s lead CSV export (name, WhatsApp, plate, city, stage, origin, person in charge, created at)', lang: 'pt', defaultCountry: 'BR', source: 'index:66468948759 (a lead CRM\'s mock API, CSV export, JavaScript)' }, `
    nome | name | Marcelo Teixeira | Aline Barros | Fábio Lopes
    whatsapp | phone | (31) 99812-7734 | (31) 98411-2096 | (37) 99120-5583
    placa | - | QWE1A23 | RTY4B56 | PLK7C89
    cidade | city | Belo Horizonte | Contagem | Divinópolis
    etapa | - | novo | cotação | fechado
    origem | source | Instagram | Indicação | Site
    # The consultant in charge of the lead is the user in charge of the contact: the Contact owner.
    responsavel | owner | Carla | Bruno | Carla
    criado_em | - | 2026-11-02 09:14 | 2026-11-03 15:40 | 2026-11-05 11:02
  `),
  set({ id: 'pt-br-eventos-inscritos-whatsapp-listas', kind: 'Brazilian community event app\'s member export (first name, surname, WhatsApp, attendance and waiting lists, sign-up date, events attended)', lang: 'pt', defaultCountry: 'BR', source: 'index:53264489722 (an events worker\'s admin export, TypeScript)' }, `
    Nome | firstName | Gabriela | Henrique | Larissa
    Sobrenome | lastName | Moreira | Siqueira | Batista
    WhatsApp | phone | +55 11 98877-6655 | +55 11 97766-1200 | +55 21 99654-7781
    Lista de Presença | - | Sim | Não | Sim
    Lista de Espera Prioritária | - | Não | Sim | Não
    Lista de Espera Secundária | - | Não | Não | Não
    Data de Cadastro | - | 12/08/2026 | 03/09/2026 | 21/09/2026
    Eventos Participados | - | 4 | 0 | 2
  `),
  set({ id: 'pt-br-contatos-modelo-import-tipo-cpf-cnpj', kind: 'Brazilian business app\'s contact import template (name, WhatsApp, e-mail, CPF/CNPJ, kind, notes, status)', lang: 'pt', defaultCountry: 'BR', source: 'index:63162411668 (a contacts page\'s "download template" handler, Vue)' }, `
    Nome | name | Simone Araújo | Wagner Lima | Priscila Gomes
    WhatsApp | phone | 5511999887766 | 5511988776655 | 5521977665544
    E-mail | email | simone@example.com.br | wagner.lima@example.com | ""
    CPF/CNPJ | - | 12345678900 | 98765432100 | 11222333000181
    # The kind (Cliente, Funcionário, Fornecedor) is a category the contact is filed under: Tags.
    Tipo | tags | Cliente | Funcionário | Fornecedor
    Observações | - | "" | Setor de entregas | Paga em 30 dias
    Status | - | Ativo | Ativo | Inativo
  `),
  set({ id: 'pt-br-mentoria-equipe-intake-csv-largo', kind: 'Brazilian mentoring nonprofit\'s team intake CSV built from Google Forms answers (name, e-mail, WhatsApp, role, social name, birth date, gender, race, city, state, job, company, bio, LinkedIn, interests, motivation, pairing preference, origin, experience, training, availability, consent, raw form, RG, CPF, CEP, street, number, complement, neighbourhood; 30 columns)', lang: 'pt', defaultCountry: 'BR', source: 'index:71332877078 (a mentoring program\'s intake script, equipe.csv header, Python)' }, `
    nome | name | Ricardo Menezes | Tatiane Vieira | Samuel Costa
    email | email | ricardo.menezes@example.com | tati.vieira@example.com.br | samuel.costa@example.org
    whatsapp | phone | 61991234567 | 11987001234 | 71999887766
    papel | - | mentor dpp | mentor dpp | nenhum
    # A social name beside the name column, interests and a LinkedIn profile are not contact fields here: not imported.
    nome_social | - | "" | Tati | ""
    data_nascimento | dateOfBirth | 1984-06-02 | 1990-11-17 | 1979-03-08
    genero | - | masculino | feminino | masculino
    cor_raca | - | parda | branca | preta
    cidade | city | Brasília | São Paulo | Salvador
    uf | state | DF | SP | BA
    cargo | - | Analista de dados | Gerente de projetos | Servidor público
    # The company a mentor names is the mentor's employer: the Company name.
    empresa | companyName | Banco Central | Acme Tecnologia | ""
    bio | - | Pai, ciclista | Apaixonada por educação | ""
    linkedin | - | linkedin.com/in/rmenezes | linkedin.com/in/tativieira | ""
    interesses | - | ciclismo; leitura | música; corrida | futebol
    motivacao | - | Retribuir | Ajudar jovens | ""
    pref_genero_par | - | indiferente | feminino | indiferente
    origem | source | Formulário de matching | Formulário de matching | Cadastro Brasil Participativo
    experiencia_previa | - | "" | Mentorei 2 jovens | ""
    formacao_externa | - | Sim | Não | ""
    disponibilidade | - | terças à noite | sábados | ""
    consent_lgpd_em | - | "" | "" | 2026-05-04T10:22:00
    form_bruto | - | {"q1":"..."} | {"q1":"..."} | {"q1":"..."}
    rg | - | "" | "" | 1234567 SSP/BA
    cpf | - | "" | "" | 390.533.447-05
    cep | postalCode | "" | "" | 40140-090
    logradouro | address1 | "" | "" | Rua Chile
    numero | - | "" | "" | 21
    complemento | - | "" | "" | apto 302
    bairro | - | "" | "" | Centro
  `),
  set({ id: 'pt-br-igreja-membros-template-completo-largo', kind: 'Brazilian church management system\'s member bulk upload, the full optional CSV template in its docs (full name, CPF, RG, birth date, gender, marital status, e-mail, phone, mobile, CEP, address, number, complement, neighbourhood, city, state, ministry role, membership status and date, previous church, profession, schooling; 22 columns)', lang: 'pt', defaultCountry: 'BR', source: 'index:43410758491 (a church system\'s member bulk upload documentation)' }, `
    Nome Completo | name | Joana Ribeiro Matos | Paulo César Nunes | Débora Fernandes
    CPF | - | 123.456.789-00 | 987.654.321-00 | 456.123.789-55
    RG | - | 12.345.678-9 | 98.765.432-1 | 45.612.378-X
    Data Nascimento | dateOfBirth | 15/03/1985 | 22/07/1970 | 09/12/1999
    Genero | - | F | M | F
    Estado Civil | - | Casado(a) | Casado(a) | Solteiro(a)
    Email | email | joana.matos@example.com.br | paulo.nunes@example.com | debora.f@example.com.br
    Telefone | phone | (11) 3456-7890 | (11) 2233-4455 | ""
    # A mobile next to the untyped phone is an additional phone.
    Celular | additionalPhones | (11) 98765-4321 | "" | (11) 91234-5678
    CEP | postalCode | 04567-010 | 02020-000 | 08210-100
    Endereco | address1 | Rua das Palmeiras | Av. Cruzeiro do Sul | Rua Itaquera
    Numero | - | 120 | 1500 | 33
    Complemento | - | apto 41 | "" | casa 2
    Bairro | - | Vila Mariana | Santana | Itaquera
    Cidade | city | São Paulo | São Paulo | São Paulo
    Estado | state | SP | SP | SP
    # A ministry role in the church is a role: not imported.
    Funcao Ministerial | - | Diaconisa | Presbítero | Membro
    Status Membresia | - | Ativo | Ativo | Em transferência
    Data Membresia | - | 10/05/2010 | 01/02/1995 | 18/08/2024
    Igreja Anterior | - | "" | "" | Igreja Batista Central
    Profissao | - | Professora | Contador | Estudante
    Escolaridade | - | Superior completo | Superior completo | Médio completo
  `),
  // --------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-gestion-utilisateurs-export-matricule', kind: 'French desktop app\'s user list exported to CSV (staff number, surname, first name, e-mail, creation date)', lang: 'fr', defaultCountry: 'FR', source: 'index:44424743979 (a WPF user management window, CSV export, C#)' }, `
    Matricule | externalId | EMP0042 | EMP0107 | EMP0150
    Nom | lastName | Lefèvre | Mercier | Gauthier
    Prénom | firstName | Camille | Antoine | Élodie
    Email | email | camille.lefevre@example.fr | antoine.mercier@example.fr | elodie.gauthier@example.com
    Date de création | - | 12/03/2026 09:41 | 02/06/2026 14:05 | 18/09/2026 11:30
  `),
  set({ id: 'fr-pronote-eleves-export-options-regime', kind: 'French school software (Pronote) pupil export of one class, semicolon separated, with an empty column (pupil, encouragement, birth date, sex, e-mail, entry and exit, class, tutor, connections, options, boarding)', lang: 'fr', defaultCountry: 'FR', source: 'index:66484830348 (a teacher app\'s Pronote import tests, JavaScript)' }, `
    # "Élèves" holds "NOM Prénom" in one cell: the Name.
    Élèves | name | MARTIN Léa | BERNARD Hugo | PETIT Inès
    Encouragement/Valorisation | - | "" | "" | Félicitations
    Né(e) le | dateOfBirth | 12/02/2011 | 30/09/2010 | 05/06/2011
    Sexe | - | F | M | F
    Adresse E-mail | email | "" | hugo.bernard@example.fr | ""
    Entrée | - | 01/09/2026 | 01/09/2026 | 01/09/2026
    Sortie | - | "" | "" | ""
    "" | - | "" | "" | ""
    Classe de rattachement | - | "" | "" | ""
    Tuteur | - | "" | "" | ""
    Cnx Ele. | - | "" | "" | ""
    Cnx Resp. | - | "" | "" | ""
    Option 1 | - | ANGLAIS LV1 | ANGLAIS LV1 | ANGLAIS LV1
    Option 2 | - | ALLEMAND LV2 | ESPAGNOL LV2 | ESPAGNOL LV2
    Option 3 | - | "" | LATIN | ""
    Régime | - | DP DAN LA SEMAINE | EXTERNE LIBRE | DP DAN LA SEMAINE
  `),
  set({ id: 'fr-universite-etudiants-tableau-court', kind: 'French university department\'s student list export, short table (student number, surname, first name, main group, course, exchanges, e-mail)', lang: 'fr', defaultCountry: 'FR', source: 'index:31219306835 (a PHP student management app\'s CSV export)' }, `
    N°étudiant | externalId | 21904512 | 21907733 | 22001184
    Nom | lastName | Caron | Lemoine | Barbier
    Prénom | firstName | Théo | Chloé | Mathis
    # The main group is the class group a student is taught in, like a class: not imported.
    Groupe principal | - | G1 | G3 | G2
    Filière | - | GEII | GEII | GMP
    Echanges | - | "" | Erasmus | ""
    Adresse e-mail | email | theo.caron@etu.example.fr | chloe.lemoine@etu.example.fr | mathis.barbier@etu.example.fr
  `),
  set({ id: 'fr-boutique-clients-export-consentements-segments', kind: 'French online shop back office\'s customer export (e-mail, first name, surname, phone, active, consents, orders, revenue, segments, sign-up)', lang: 'fr', defaultCountry: 'FR', source: 'index:63367696258 (a shop admin\'s customers export route, TypeScript)' }, `
    Email | email | aurelie.dumont@example.fr | k.benali@example.com | pauline.morel@example.fr
    Prénom | firstName | Aurélie | Karim | Pauline
    Nom | lastName | Dumont | Benali | Morel
    Téléphone | phone | +33 6 45 12 78 90 | +33 7 61 33 20 14 | ""
    Actif | - | oui | oui | non
    Consentement email | - | oui | non | oui
    Consentement WhatsApp | - | non | oui | non
    Commandes | - | 5 | 1 | 0
    CA total | - | 312,40 | 48,00 | 0,00
    Segments | tags | Fidèles, Bio | Nouveaux | ""
    Inscription | - | 14/01/2025 | 03/10/2026 | 22/07/2026
  `),
  set({ id: 'fr-transport-chauffeurs-export-vehicule-matricule', kind: 'French-speaking transport company app\'s driver list CSV export (first name, surname, phone, e-mail, status, kind, assigned vehicle, staff number, hiring date)', lang: 'fr', defaultCountry: 'SN', source: 'index:56205633042 (a fleet app\'s CSV export helpers, Dart)' }, `
    Prénom | firstName | Mamadou | Awa | Ibrahima
    Nom | lastName | Diop | Ndiaye | Fall
    Téléphone | phone | 77 512 34 56 | 76 220 18 90 | 78 431 02 77
    Email | email | mamadou.diop@example.sn | "" | ibrahima.fall@example.com
    Statut | - | Actif | Congé | Actif
    Type | - | Titulaire | Remplaçant | Titulaire
    Véhicule assigné | - | DK-4521-AB | "" | TH-1190-C
    # The staff number is the driver's id in the company's files: another system's id, the External ID.
    Matricule | externalId | CH-014 | CH-022 | CH-031
    Date embauche | - | 02/05/2021 | 15/01/2024 | 10/09/2019
  `),
  set({ id: 'fr-course-benevoles-import-roles', kind: 'French running race\'s volunteer import file (first name, surname, phone, roles)', lang: 'fr', defaultCountry: 'FR', source: 'index:66091218066 (a volunteer planning app\'s CSV import tests, Go)' }, `
    Prénom | firstName | Sophie | Laurent | Yasmine
    Nom | lastName | Garnier | Chevalier | Haddad
    Téléphone | phone | 06 21 43 65 87 | 07 68 12 90 33 | 06 54 10 28 46
    Rôles | - | Ravitaillement, Accueil | Signaleur | Accueil
  `),
  set({ id: 'fr-surveillance-examens-import-role-statut', kind: 'French exam supervision app\'s staff import file (first name, surname, phone, e-mail, role, status)', lang: 'fr', defaultCountry: 'FR', source: 'index:58646593888 (a staff import preview\'s tests, TypeScript)' }, `
    Prénom | firstName | Nathalie | Olivier | Fatou
    Nom | lastName | Lambert | Roux | Sow
    Téléphone | phone | "" | 06 77 21 45 09 | 07 45 88 12 36
    Email | email | "" | o.roux@example.fr | fatou.sow@example.fr
    Rôle | - | Coordinatrice | Surveillant | Surveillante
    Statut | - | Actif | Disponible | Actif
  `),
  set({ id: 'fr-insertion-beneficiaires-fichier-sans-entete', kind: 'French social inclusion association\'s beneficiary file, one person a line with the header line optional and left out (first name, surname, phone, e-mail, language, level, birth date, sex, address, town, postcode, situation, priority area, disability status, schooling, referrer)', lang: 'fr', noHeader: true, defaultCountry: 'FR', source: 'index:61428022335 (an inclusion app\'s beneficiary import, expected columns, Go)' }, `
    "" | firstName | Amina | Kevin | Rukiya
    "" | lastName | Traoré | Lemaire | Hassan
    "" | phone | 06 45 78 12 30 | 07 12 98 45 66 | ""
    "" | email | amina.traore@example.fr | "" | ""
    "" | - | soninké | français | somali
    "" | - | A1 | B2 | A2
    "" | dateOfBirth | 12/04/1990 | 23/08/2003 | 01/01/1996
    "" | - | F | M | F
    "" | address1 | 14 rue Paul Bert | 3 allée des Peupliers | 27 boulevard Voltaire
    "" | city | Montreuil | Bobigny | Saint-Denis
    "" | postalCode | 93100 | 93000 | 93200
    "" | - | demandeur d'emploi | jeune | salarié
    "" | - | oui | oui | non
    "" | - | non | non | oui
    "" | - | primaire | secondaire | supérieur
    "" | - | France Travail | Mission locale | CCAS
  `),
  set({ id: 'fr-tn-boutique-clients-export-gouvernorat', kind: 'Tunisian online shop back office\'s customer export (first name, surname, phone, e-mail, company, tax id, orders, total spent, last order, tags, town, governorate)', lang: 'fr', defaultCountry: 'TN', source: 'index:52365208318 (a shop platform\'s customers service, CSV export, TypeScript)' }, `
    Prénom | firstName | Sami | Ines | Walid
    Nom | lastName | Trabelsi | Gharbi | Jaziri
    Téléphone | phone | 22 345 678 | 55 120 987 | 98 765 432
    Email | email | sami.trabelsi@example.tn | "" | walid@jaziri.example
    Entreprise | companyName | "" | "" | Jaziri Import Export
    # MF (matricule fiscal) is the company's tax id: not imported.
    MF | - | "" | "" | 1234567/A/M/000
    Commandes | - | 3 | 1 | 12
    Total dépensé | - | 245.500 | 39.900 | 1820.000
    Dernière commande | - | 2026-10-30 | 2026-06-12 | 2026-11-28
    Tags | tags | fidèle | "" | grossiste, vip
    Ville | city | Ariana | Sousse | Sfax
    # The governorate is the first-level area above the town: the State.
    Gouvernorat | state | Ariana | Sousse | Sfax
  `),
  set({ id: 'fr-bj-gestion-locative-locataires-loyers', kind: 'Beninese rental management app\'s tenant spreadsheet import (owner, building, unit, first name, surname, phone, monthly rent, due day, entry date)', lang: 'fr', defaultCountry: 'BJ', source: 'index:60512376819 (a rental app\'s table understanding tests, TypeScript)' }, `
    # The rows are tenants: the owner and the building are what the lease is about, not the tenant's own data.
    Propriétaire | - | Félicité Houngbo | Félicité Houngbo | Gérard Akpovi
    Immeuble | - | Fidjrossè | Fidjrossè | Akpakpa
    N° Lot | - | B2 | B3 | C1
    Prénom | firstName | Arnaud | Prisca | Noël
    Nom | lastName | Dossou | Agossa | Hounkpè
    Téléphone | phone | 0196123456 | 0167458890 | 0197003311
    Loyer mensuel (FCFA) | - | 90000 | 75000 | 150000
    Jour | - | 5 | 5 | 10
    Date d'entrée | - | 01/02/2026 | 15/04/2025 | 01/09/2026
  `),
  set({ id: 'fr-envoi-sms-contacts-import-groupe', kind: 'French SMS sending app\'s contact import file (first name, surname, phone, group)', lang: 'fr', defaultCountry: 'FR', source: 'index:57922541672 (a contact import dialog\'s tests, React)' }, `
    Prénom | firstName | Céline | Maxime | Justine
    Nom | lastName | Marchal | Rolland | Masson
    Téléphone | phone | 06 23 45 67 81 | 07 88 41 20 63 | 06 70 12 34 95
    Groupe | tags | Clients VIP | Prospects | Clients VIP
  `),
  set({ id: 'fr-carnet-contacts-fichier-photo', kind: 'French address-book exercise\'s contact file (first name, surname, phone, e-mail, birth date, photo path)', lang: 'fr', defaultCountry: 'FR', source: 'index:8979458488 (a Java address book\'s display tests)' }, `
    Prénom | firstName | Lucas | Anaïs | Romain
    Nom | lastName | Bonnet | Guerin | Faure
    Téléphone | phone | 06 14 25 36 47 | 07 58 69 70 81 | 06 92 83 74 65
    Email | email | lucas.bonnet@example.fr | anais.guerin@example.com | romain.faure@example.fr
    DateDeNaissance | dateOfBirth | 12/01/1996 | 28/04/1989 | 07/10/2001
    CheminPhoto | - | photos/lbonnet.png | "" | photos/rfaure.jpg
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-rubrica-generata-nome-telefono-mail', kind: 'Italian phonebook generator\'s output file (first name, surname, phone, mail)', lang: 'it', defaultCountry: 'IT', source: 'index:3045758505 (a Java contact generator writing a CSV)' }, `
    NOME | firstName | Alessio | Federica | Marco
    COGNOME | lastName | Fontana | Caruso | Santoro
    TELEFONO | phone | 328 4455 667 | 345 9988 776 | 339 1122 445
    MAIL | email | alessio.fontana@example.it | federica.caruso@example.com | marco.santoro@example.it
  `),
  set({ id: 'it-rubrica-txt-e-mail', kind: 'Italian exercise\'s phonebook text file rubrica.txt (first name, surname, phone, e-mail)', lang: 'it', defaultCountry: 'IT', source: 'index:23329294077 (a Java exercise writing rubrica.txt)' }, `
    NOME | firstName | Roberta | Luca | Sara
    COGNOME | lastName | Mancini | Rinaldi | Gentile
    TELEFONO | phone | 340 1234 987 | 331 7654 321 | 392 5566 778
    E-MAIL | email | roberta.mancini@example.it | luca.rinaldi@example.it | sara.gentile@example.com
  `),
  set({ id: 'it-negozio-utenti-export-documento', kind: 'Italian shop exercise\'s customer export (id, first name, surname, birth date, address, document id)', lang: 'it', defaultCountry: 'IT', source: 'index:42564135970 (a Java shop app\'s user service, CSV export)' }, `
    ID | externalId | 1 | 2 | 3
    Nome | firstName | Tommaso | Aurora | Emanuele
    Cognome | lastName | Riva | Ferri | Sala
    Data di Nascita | dateOfBirth | 03/05/1991 | 17/12/1986 | 28/02/2000
    Indirizzo | address1 | Via Roma 15 | Corso Italia 90 | Via Dante 4
    Documento ID | - | AX1234567 | CA98765BB | AY7654321
  `),
  set({ id: 'it-rubrica-export-id-cognome-note', kind: 'Italian contacts app\'s CSV export (id, surname, first name, phone, e-mail, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:45330149917 (a Java contacts app\'s CSV writer)' }, `
    ID | externalId | 1 | 2 | 3
    COGNOME | lastName | Esposito | Romano | Colombo
    NOME | firstName | Gennaro | Alessandra | Fabrizio
    TELEFONO | phone | 081 5512345 | 347 2211 009 | 02 3344 5566
    EMAIL | email | g.esposito@example.it | alessandra.romano@example.it | fabrizio.colombo@example.com
    NOTE | - | Cugino | "" | Collega
  `),
  set({ id: 'it-rubrica-csv-cognome-indirizzo', kind: 'Italian address-book exercise\'s CSV file (surname, first name, phone, e-mail, address)', lang: 'it', defaultCountry: 'IT', source: 'index:15142905887 (a Java address book writing a CSV)' }, `
    COGNOME | lastName | Marino | Conti | Ferrara
    NOME | firstName | Salvatore | Giulia | Enrico
    TELEFONO | phone | 091 6123456 | 328 5544 332 | 051 2299 881
    EMAIL | email | salvatore.marino@example.it | giulia.conti@example.com | enrico.ferrara@example.it
    INDIRIZZO | address1 | Via Libertà 120 | Via Toledo 33 | Via Indipendenza 7
  `),
  set({ id: 'it-rubrica-container-cognome-punto-e-virgola', kind: 'Italian address-book exercise\'s container file started with a header ending in ";" (surname, first name, phone, e-mail)', lang: 'it', defaultCountry: 'IT', source: 'index:3035081164 (a Java address book creating CSVContainer.txt)' }, `
    COGNOME | lastName | Gallo | De Santis | Morelli
    NOME | firstName | Vittoria | Claudio | Elisa
    TELEFONO | phone | 340 9988 776 | 06 4455 6677 | 333 2020 404
    EMAIL | email | vittoria.gallo@example.it | claudio.desantis@example.com | elisa.morelli@example.it
    "" | - | "" | "" | ""
  `),
  set({ id: 'it-contatti-import-cognome-nome-minuscolo', kind: 'Italian contacts importer\'s test file contatti.csv (surname, first name, phone, e-mail)', lang: 'it', defaultCountry: 'IT', source: 'index:67345537230 (a Pascal contacts importer\'s test program)' }, `
    cognome | lastName | Amato | Bianco | Marchi
    nome | firstName | Ornella | Luigi | Teresa
    telefono | phone | 333 111 2244 | "" | 0532 765432
    email | email | ornella.amato@example.it | luigi.bianco@example.it | ""
  `),
  set({ id: 'it-comune-anagrafe-plesso-residenti-titolo', kind: 'Italian municipality GIS tool\'s list of residents near a school building, a "Plesso:" line above the header (personal code, surname, first name, birth date, address)', lang: 'it', defaultCountry: 'IT', above: [['Plesso: Scuola primaria G. Rodari']], source: 'index:22327913222 (a municipal GIS servlet, residents per school CSV, Java)' }, `
    # The personal code is the resident's id in the municipal registry: another system's id, the External ID.
    Codice | externalId | 104522 | 104987 | 110233
    Cognome | lastName | Zanetti | Poli | Brambilla
    Nome | firstName | Mattia | Sofia | Alice
    Data nascita | dateOfBirth | 14/02/2017 | 03/09/2016 | 22/11/2018
    Indirizzo | address1 | Via dei Mille 12 | Via Mazzini 4 | Piazza Cavour 9
  `),
  set({ id: 'it-comune-anagrafe-famiglie-export', kind: 'Italian municipality registry tool\'s household export famiglie.csv (tax code, person code, surname, first name, birth date, sex, family code, address)', lang: 'it', defaultCountry: 'IT', source: 'index:22293261381 (a municipal registry servlet, households CSV export, Java)' }, `
    CODICE FISCALE | - | ZNTMTT80B14L840K | ZNTLRA82E51L840W | PLOGNN45C10L840H
    COD. PERSONA | externalId | 88012 | 88013 | 90211
    COGNOME | lastName | Zanetti | Zanetti | Poli
    NOME | firstName | Matteo | Laura | Giovanni
    DATA NASCITA | dateOfBirth | 14/02/1980 | 11/05/1982 | 10/03/1945
    SESSO | - | M | F | M
    # The family code is the household's own number in the registry: not imported.
    CODICE FAMIGLIA | - | 30415 | 30415 | 30877
    INDIRIZZO | address1 | Via dei Mille 12 | Via dei Mille 12 | Via Mazzini 4
  `),
  set({ id: 'it-crm-sinergia-utenti-export-responsabile', kind: 'Italian CRM (Sinergia) user export attached to an assistant\'s import (user id, first name, surname, e-mail, role, manager, active)', lang: 'it', defaultCountry: 'IT', source: 'index:71001144549 (a CRM migration assistant\'s tool tests, Python)' }, `
    id_utente | externalId | U01 | U07 | U12
    nome | firstName | Simona | Daniele | Camilla
    cognome | lastName | Rota | Fumagalli | Bassi
    email | email | simona.rota@example.it | daniele.fumagalli@example.it | camilla.bassi@example.it
    ruolo | - | commerciale | direttore | commerciale
    # The manager's user id: a manager's column, not imported.
    responsabile | - | U07 | "" | U07
    attivo | - | s | s | n
  `),
  set({ id: 'it-scuola-mensa-iscritti-giorni-mail-genitori', kind: 'Italian school canteen sign-up sheet (row number, first name, surname, class, weekdays, mother\'s and father\'s e-mail)', lang: 'it', defaultCountry: 'IT', source: 'index:1411653443 (a school canteen app\'s CSV reader tests, Python)' }, `
    N. | - | 1 | 2 | 3
    Nome | firstName | Pietro | Emma | Giorgio
    Cognome | lastName | Valli | Corsi | Leoni
    Classe | - | 1A | 2B | 1A
    lun | - | x | "" | x
    mar | - | "" | x | x
    merc | - | x | x | ""
    giov | - | x | "" | x
    ven | - | x | x | ""
    # The pupil is the contact: the parents' e-mails are not imported.
    mail madre | - | anna.valli@example.it | "" | m.leoni@example.it
    mail padre | - | "" | paolo.corsi@example.it | ""
  `),
  set({ id: 'it-evento-invitati-file-confermato', kind: 'Italian event planner exercise\'s guest list file (first name, surname, e-mail, confirmed)', lang: 'it', defaultCountry: 'IT', source: 'index:14028681736 (an event planner project\'s documentation, guest file format)' }, `
    nome | firstName | Beatrice | Alberto | Ludovica
    cognome | lastName | Serra | Mariani | Guidi
    email | email | beatrice.serra@example.it | alberto.mariani@example.com | ludovica.guidi@example.it
    confermato | - | true | false | true
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-nonprofit-donations-export-purpose-message', kind: 'nonprofit site\'s donation list CSV export from its admin API (date, donor name, e-mail, amount, purpose, status, message)', lang: 'en', source: 'index:40309886115 (a charity site\'s donation controller, CSV export, JavaScript)' }, `
    Date | - | 11/28/2026 | 11/30/2026 | 12/01/2026
    Donor Name | name | Rachel Summers | Anonymous | Derek Coleman
    Email | email | rachel.summers@example.com | friend@example.org | dcoleman@example.net
    Amount | - | 50 | 25 | 200
    Purpose | - | General Fund | Food Pantry | Building Fund
    Status | - | completed | completed | pending
    Message | - | Keep up the good work! | "" | In memory of my father
  `),
  set({ id: 'en-ngo-donations-report-receipt-project', kind: 'NGO admin dashboard\'s donation report CSV (receipt, donor name, e-mail, amount, currency, payment method, project, date, status)', lang: 'en', defaultCountry: 'ZM', source: 'index:58129384948 (an NGO admin dashboard\'s reports export, React)' }, `
    Receipt | - | RCP-2026-0412 | RCP-2026-0413 | RCP-2026-0420
    Donor Name | name | Chanda Mwale | Grace Banda | Peter Lungu
    Email | email | chanda.mwale@example.com | grace.banda@example.org | plungu@example.co.zm
    Amount | - | 500 | 1200 | 250
    Currency | - | ZMW | ZMW | USD
    Payment Method | - | Mobile Money | Bank Transfer | Card
    Project | - | Clean Water | School Meals | Clean Water
    Date | - | 2026-11-03 | 2026-11-04 | 2026-11-09
    Status | - | confirmed | confirmed | pending
  `),
  set({ id: 'en-church-giving-export-reference-receipt', kind: 'church giving app\'s donation CSV export (date, donor name, e-mail, type, reference, amount, receipt)', lang: 'en', source: 'index:52527369779 (a church giving tracker, CSV export, React)' }, `
    Date | - | 2026-11-02 | 2026-11-09 | 2026-11-16
    Donor Name | name | Samuel Okafor | Linda Brooks | Samuel Okafor
    Email | email | samuel.okafor@example.com | lbrooks@example.org | samuel.okafor@example.com
    Type | - | Tithe | Offering | Missions
    Reference | - | CHK 1042 | ZELLE | CHK 1047
    Amount | - | 150.00 | 40.00 | 75.00
    Has Receipt | - | Yes | No | Yes
  `),
  set({ id: 'en-blood-bank-donor-history-export', kind: 'blood donation app\'s donor history CSV export (donor name, e-mail, blood type, units, date, type, notes)', lang: 'en', source: 'index:7770396784 (a blood bank dashboard\'s history export, React)' }, `
    Donor Name | name | Tyler Hughes | Aisha Rahman | Connor Walsh
    Email | email | tyler.hughes@example.com | aisha.rahman@example.org | cwalsh@example.net
    Blood Type | - | O+ | A- | B+
    Units | - | 1.0 | 1.0 | 2.0
    Date | - | 10/14/2026 | 10/21/2026 | 11/02/2026
    Type | - | Whole Blood | Platelets | Double Red Cells
    Notes | - | "" | First-time donor | ""
  `),
  set({ id: 'en-in-temple-trust-donation-report-mobile', kind: 'Indian temple trust admin panel\'s donation report download (receipt, donor name, e-mail, mobile, amount, purpose, status, date)', lang: 'en', defaultCountry: 'IN', source: 'index:69783629129 (a trust website\'s admin panel, donation CSV download, React)' }, `
    Receipt | - | TRS/2026/0871 | TRS/2026/0872 | TRS/2026/0875
    Donor Name | name | Suresh Iyer | Kavita Deshmukh | Arjun Nair
    Email | email | suresh.iyer@example.in | kavita.d@example.com | arjun.nair@example.in
    Mobile | phone | 98450 12345 | 98220 67890 | 94470 11223
    Amount | - | 1001 | 501 | 5001
    Purpose | - | Annadanam | General | Temple Renovation
    Status | - | success | success | pending
    Date | - | 02-11-2026 | 05-11-2026 | 08-11-2026
  `),
  set({ id: 'en-charity-donations-admin-export-id-amount', kind: 'charity site\'s donations table export from its admin API (id, amount, donor name, e-mail, date, status)', lang: 'en', source: 'index:9872279550 (a charity site\'s Express server, donations CSV export, JavaScript)' }, `
    # The donation's own id, not the donor's: not imported.
    ID | - | 301 | 302 | 303
    Amount | - | 25.00 | 100.00 | 50.00
    Donor Name | name | Melissa Grant | Owen Price | Tanya Fields
    Email | email | melissa.grant@example.com | owen.price@example.net | tfields@example.org
    Date | - | 2026-10-04 | 2026-10-11 | 2026-10-12
    Status | - | completed | completed | refunded
  `),
  set({ id: 'en-giving-platform-donations-validation-campaign', kind: 'giving platform donation export checked by a donor data validation tool (donation id, date, donor name, e-mail, amount, campaign)', lang: 'en', source: 'index:59888042961 (a donation validation tool\'s browser tests, Python)' }, `
    Donation ID | - | GB101 | GB102 | GB103
    Date | - | 2026-05-25 | 2026-05-25 | 2026-05-26
    Donor Name | name | Laura Jennings | Victor Hale | Ruth Simmons
    Email | email | laura.jennings@example.com | vhale@example.net | ruth.simmons@example.org
    Amount | - | 100.00 | 40.00 | 250.00
    Campaign Title | - | General Fund | Scholarship Fund | Youth Programs
  `),
  set({ id: 'en-za-golf-club-members-export-sep', kind: 'South African golf club member export (DotGolf) imported by a club app, a "sep=;" line above the quoted header (membership number, name, address, e-mail, club category, home, work and mobile phones, status, membership category, home secondary)', lang: 'en', defaultCountry: 'ZA', above: [['sep=;']], source: 'index:68592887889 (a golf club app\'s DotGolf CSV import tests, TypeScript)' }, `
    MEMBERSHIP NUMBER | externalId | 1234598760 | 2231987004 | 3319023451
    # NAME holds "Surname, First name": the Name.
    NAME | name | Botha, Pieter | Naidoo, Kavitha | Mokoena, Thabo
    ADDRESS | address1 | 14 Protea Rd | 7 Marine Dr | 22 Acacia Ave
    EMAIL | email | pieter.botha@example.co.za | knaidoo@example.com | thabo.mokoena@example.co.za
    # The club's own category code (UDEF): not imported.
    CLUB CATEGORY | - | UDEF | UDEF | UDEF
    # Typed phones only: the mobile is the main phone, the home and work phones additional ones.
    HOME PHONE | additionalPhones | 0441234567 | "" | 0215550198
    WORK PHONE | additionalPhones | "" | 0312004411 | ""
    MOBILE | phone | 0821234567 | 0837654321 | 0719988776
    STATUS | - | Active | Active | Resigned
    MEMBERSHIP CATEGORY | tags | Club Member | Senior Member | Junior Member
    HOME SECONDARY | - | "" | "" | ""
  `),
];
