// The thirteenth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files, and English exports of tools no older part has; the other half is corpus-heldout13a.ts):
// 55 header sets (565 columns, 283 of them expected to map) from sources none of the other parts use (12 Spanish,
// 12 Portuguese, 12 French, 11 Italian, 8 English; a 56th, an association's member grid, was dropped when the corpus
// test found its five headers to be an older part's, corpus-heldout10b.ts' "it-clienti-scheda-export", in capitals; 2
// files without a header row, 2 with a title line (and a blank line) above it; 4 sets of 21 to 45 columns: a Brazilian order's event registrations, an association software's
// member table, an Italian energy CRM's client import and an Italian association's member table),
// found in the public code index with exact-string searches for header lines in each language and meaning searches
// for vendor and association exports (CSV writers and exporters, importer tests and fixtures, templates, database
// schemas and insert statements, Google Forms sheets) and written down, with the mapping a careful person would
// choose by the field definitions and the rules, BEFORE the mapper was run on them and without reading the
// lexicon or the mapper. "index:N" names the index file the header text was read from (the index does not name its
// repository); the kind says what the file is. Sample values are made up in the shape of each file's own (no personal
// data or example rows from the sources are copied). Headers written with a space after the separator ("Codigo;
// Nombre; Deuda") are written as the table format trims them. No set's headers repeat an older part's (the two files
// without a header row aside: their empty headers are those of older such files as wide).
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
// Choices of the tenth part's first half (corpus-heldout10a.ts) the later parts follow too:
// - A full-name column next to first and last name columns is the Name as well.
// - A school class, a grade, a year group or a cohort is not imported; a column that names a group the person belongs
//   to (a team, a club, a scout section, a lodge's chapter) is Tags.
// - Of two ids of the person, the first is the External ID and the other is not imported.
// Choices of the later parts this half keeps:
// - A membership card or member number ("nro_socio", "numero_iscrizione", "Matricule" of a school) is the person's id
//   in the club's or school's system: the External ID.
// - Tax and identity numbers (DNI, RUT, RUN, Cédula, CPF, CNPJ, Codice Fiscale, partita IVA) are national ids: not
//   imported, even where the file uses one as its key.
// - Spanish-style second surnames ("Apellido Materno") are not imported: the first surname is the Last name.
// - An appointment, a stay, an order, a booking or a registration file's own id or date is not imported.
// Choices this half makes more than once (where the rules above are silent):
// - A registration list's own row id ("id" of an "inscritos" table, "ID" of an event's attendance sheet) is not
//   imported, like attendee numbers; an id next to it that names the person in another system is the External ID.
// - A social profile (Instagram handle, LinkedIn URL) is not the person's site: not imported.
// - Nationality and place of birth are not the address's country or city: not imported.
// - A sales agent who brought the client in ("agente") is the Contact owner, like an assigned user.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout13' }, table);

export const HELDOUT13B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-clientes-plantilla-nacionalidad-idioma', kind: 'client list app\'s import template, semicolon CSV (name, surnames, email, phone, nationality, document number, language)', lang: 'es', defaultCountry: 'ES', source: 'index:55926425623 (a client CSV import helper\'s template, TypeScript)' }, `
    # nacionalidad is the client's nationality, not the address's country: not imported.
    nombre | firstName | Marta | Jorge | Ainhoa
    apellidos | lastName | Quintana Ruiz | Beltrán | Etxeberria Sanz
    email | email | marta.quintana@gmail.com | jbeltran@hotmail.es | ainhoa.etx@example.es
    telefono | phone | 612 480 337 | 699 201 554 | 644 310 872
    nacionalidad | - | España | Argentina | España
    documento | - | 52981437L | AAF829130 | 72839104K
    idioma | - | es | es | eu
  `),
  set({ id: 'es-clinica-fichero-pacientes-sin-cabecera', kind: 'clinic app\'s semicolon import file with one record type per line and no header row; the patient lines (record type, DNI, name, surnames, email, phone, address)', lang: 'es', defaultCountry: 'ES', noHeader: true, source: 'index:55233998101 (a clinic app\'s CSV loader describing its record lines, Java)' }, `
    # The first cell names the record type ("Paciente"); the treatment and medicine lines of the same file are left out.
    "" | - | Paciente | Paciente | Paciente
    "" | - | 48291037T | 21948372B | 50392817M
    "" | firstName | Rocío | Iván | Lorena
    "" | lastName | Pardo Molina | Cuesta Herrero | Salas Vidal
    "" | email | rocio.pardo@gmail.com | ivan.cuesta@yahoo.es | lorenasalas@outlook.es
    "" | phone | 634128907 | 617552301 | 690447218
    "" | address1 | C/ Mayor 14, 2ºA | Av. de Andalucía 33 | Plaza España 5, 1ºD
  `),
  set({ id: 'es-ec-representantes-legales-tabla', kind: 'school app\'s legal representatives table as copied from its grid (cédula, first name, surname, email, phone)', lang: 'es', defaultCountry: 'EC', source: 'index:31210500789 (a school management app\'s representatives window, Java)' }, `
    # The app's phone is a number column (Ecuadorian mobiles); the country is a guess from the cédula and the wording.
    Cédula | - | 1712345678 | 0923456781 | 1104567893
    Nombre | firstName | Patricio | Gabriela | Wilson
    Apellido | lastName | Andrade | Cevallos | Jaramillo
    Correo | email | pandrade@hotmail.com | gaby.cevallos@gmail.com | wjaramillo@yahoo.com
    Teléfono | phone | 0991234567 | 0987654321 | 0998877665
  `),
  set({ id: 'es-usuarios-gestion-tabla-roles', kind: 'small business app\'s user list grid (id, first name, surname, email, phone, role)', lang: 'es', source: 'index:38096847862 (a desktop app\'s user management window, Java)' }, `
    ID | externalId | 1 | 2 | 5
    Nombre | firstName | Camila | Andrés | Valentina
    Apellido | lastName | Restrepo | Gómez | Ospina
    Correo | email | camila.restrepo@empresa.co | agomez@empresa.co | vospina@empresa.co
    Teléfono | phone | +57 300 412 7788 | +57 315 220 9034 | +57 321 660 1145
    Rol | - | ADMIN | VENDEDOR | CAJERO
  `),
  set({ id: 'es-ar-club-socios-tabla', kind: 'Argentine club\'s member table as its app inserts it (member number, first name, surname, DNI, street, street number)', lang: 'es', defaultCountry: 'AR', source: 'index:42485489524 (a club app\'s member data access class, C#)' }, `
    # calle is the street name and nro_calle the house number on its own: the street is the address line.
    nro_socio | externalId | 1042 | 1043 | 1107
    nombre | firstName | Facundo | Micaela | Hernán
    apellido | lastName | Ferreyra | Sosa | Benítez
    dni | - | 34567123 | 40112987 | 28990456
    calle | address1 | Av. Rivadavia | Belgrano | San Martín
    nro_calle | - | 4521 | 870 | 1233
  `),
  set({ id: 'es-cl-lista-espera-pacientes-ingesta', kind: 'Chilean hospital waiting-list CSV ingested by a document service (RUT, name, paternal and maternal surname, birth date, sex, pathology, priority and record type ids, admission date)', lang: 'es', defaultCountry: 'CL', source: 'index:70280594836 (a waiting-list app\'s CSV ingestion tests, PHP)' }, `
    RUT | - | 15.234.567-8 | 9.876.543-2 | 20.112.334-K
    Nombre | firstName | Francisca | Cristián | Javiera
    Apellido Paterno | lastName | Muñoz | Rojas | Contreras
    Apellido Materno | - | Soto | Fuentes | Araya
    Fecha de Nacimiento | dateOfBirth | 1984-03-22 | 1962-11-05 | 2001-07-30
    Sexo | - | Femenino | Masculino | Femenino
    ID Patología | - | 12 | 4 | 31
    ID Prioridad | - | 2 | 1 | 3
    ID Tipo Registro | - | 1 | 1 | 2
    Fecha Ingreso | - | 2026-09-14 | 2026-10-02 | 2026-11-20
  `),
  set({ id: 'es-mx-hotel-huespedes-csv', kind: 'Mexican hotel app\'s guest export CSV (guest id, name, paternal and maternal surname, age, address, phone, email)', lang: 'es', defaultCountry: 'MX', source: 'index:35783196721 (a hotel app\'s guest CSV writer, C#)' }, `
    Id_Huesped | externalId | 101 | 102 | 103
    Nombre | firstName | Ximena | Luis Alberto | Guadalupe
    Apellido paterno | lastName | Hernández | Ramírez | Castillo
    Apellido Materno | - | Ortega | Velázquez | Nava
    Edad | - | 34 | 51 | 27
    Direccion | address1 | Av. Juárez 245, Col. Centro | Calle 5 de Mayo 18 | Blvd. Kukulcán km 9
    Telefono | phone | 55 4821 9930 | 33 1298 4410 | 998 214 6620
    Correo | email | ximena.hdz@gmail.com | lramirez@prodigy.net.mx | lupita.castillo@hotmail.com
  `),
  set({ id: 'es-mx-universidad-plantilla-estudiantes', kind: 'Mexican university\'s student upload template for a class group (name, paternal and maternal surname, student registration number)', lang: 'es', defaultCountry: 'MX', source: 'index:53841669274 (a grading app\'s student template download, PHP)' }, `
    # Registro is the student's number in the university's system: the External ID.
    Nombre | firstName | Itzel | Emiliano | Renata
    Apellido Paterno | lastName | Vázquez | Morales | Téllez
    Apellido Materno | - | Cruz | Aguilar | Salinas
    Registro | externalId | 219834570 | 220145832 | 221009347
  `),
  set({ id: 'es-mx-caja-socios-api-select', kind: 'Mexican savings cooperative app\'s member list as its REST select returns it, snake_case (member id, name, paternal and maternal surname, email, phone)', lang: 'es', defaultCountry: 'MX', source: 'index:30302527475 (a cooperative app\'s member search page, JavaScript)' }, `
    id_socio | externalId | 1 | 2 | 3
    nombre | firstName | Juan Carlos | Araceli | Rogelio
    apellido_paterno | lastName | Domínguez | Pineda | Escobar
    apellido_materno | - | Lara | Ríos | Mendoza
    email | email | jc.dominguez@gmail.com | araceli.pineda@outlook.com | 
    telefono | phone | 2221456789 | 2227894512 | 2461203344
  `),
  set({ id: 'es-cl-consulta-pacientes-tabla', kind: 'Chilean medical booking app\'s patient table (RUN, name, surname, email, phone)', lang: 'es', defaultCountry: 'CL', source: 'index:6886904562 (a medical booking app\'s database helpers, Python)' }, `
    run | - | 17.654.321-0 | 12.345.678-5 | 19.001.223-4
    nombre | firstName | Constanza | Matías | Ignacia
    apellido | lastName | Vergara | Pizarro | Tapia
    correo | email | coni.vergara@gmail.com | mpizarro@uc.cl | itapia@live.cl
    telefono | phone | +56 9 8765 4321 | +56 9 5123 8890 | 9 7432 1190
  `),
  set({ id: 'es-cl-colegio-docentes-tabla', kind: 'Chilean school app\'s teacher table (RUT, first name, surname, phone, address, email, user account id)', lang: 'es', defaultCountry: 'CL', source: 'index:38602528452 (a school app\'s teacher registration script, PHP)' }, `
    # id_usuario is the teacher's account id in the app (the RUT is a national id): the External ID.
    rut | - | 13.456.789-1 | 16.789.012-3 | 10.234.567-9
    nombre | firstName | Paulina | Rodrigo | Carolina
    apellido | lastName | Navarrete | Saavedra | Olivares
    telefono | phone | 9 6123 4455 | 9 8877 1234 | 2 2345 6789
    direccion | address1 | Los Aromos 1452, Maipú | Pasaje Las Camelias 87 | Av. Grecia 3320, Ñuñoa
    correo | email | pnavarrete@colegio.cl | rsaavedra@colegio.cl | colivares@colegio.cl
    id_usuario | externalId | 14 | 15 | 16
  `),
  set({ id: 'es-deudores-listado-titulo', kind: 'shop\'s customer debt report CSV with a title line and a blank line above the headers (code, name, debt)', lang: 'es', source: 'index:56979622112 (a shop app\'s customer report writer, C#)', above: [['Listado de Clientes'], ['']] }, `
    # Codigo is the customer's code in the shop's system: the External ID.
    Codigo | externalId | 1001 | 1002 | 1015
    Nombre | name | Ramón Aguirre | Graciela Medina | Osvaldo Pereyra
    Deuda | - | 15200,50 | 3400,00 | 870,25
  `),
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-demolay-inscritos-evento-planilha', kind: 'Brazilian youth order\'s event registration sheet imported by its check-in app (badge name, registration number, event, member type, id, name, birth date, blood type, health plan, CPF, email, phone, emergency contact and phone, street, number, complement, district, city, state, CEP, chapter state, name and number, offices, T-shirt, registration date, payment columns)', lang: 'pt', defaultCountry: 'BR', source: 'index:12573268910 (an event check-in API\'s registrant type, TypeScript)' }, `
    # NOME2 is the short name printed on the badge (NOME is the full name); ID is the member's id in the order's
    # system, NUMERO INSCRITO the registration's number; the chapter (CAPITULO NOME) is the group the member belongs to.
    NOME2 | - | Gabriel | Lucas | Rafael
    NUMERO INSCRITO | - | 0147 | 0148 | 0152
    EVENTO | - | Congresso Estadual 2026 | Congresso Estadual 2026 | Congresso Estadual 2026
    INSCRIÇÃO | - | Confirmada | Confirmada | Pendente
    TIPO MEMBRO | - | DeMolay Ativo | Sênior | DeMolay Ativo
    ID | externalId | 98231 | 87710 | 101554
    NOME | name | Gabriel Henrique Moraes | Lucas Vieira Dantas | Rafael Augusto Pimentel
    NASCIMENTO | dateOfBirth | 14/03/2008 | 02/11/2002 | 27/07/2009
    TIPO SANGUINEO | - | O+ | A+ | B-
    PLANO SAUDE | - | Unimed | Não possui | Hapvida
    CPF | - | 123.456.789-09 | 987.654.321-00 | 456.123.789-11
    EMAIL | email | gabriel.moraes@gmail.com | lucasvdantas@hotmail.com | rafa.pimentel@gmail.com
    FONE | phone | (62) 98123-4567 | (62) 99654-3210 | (64) 98877-1122
    EMERGENCIA | - | Cláudia Moraes | Paulo Dantas | Sandra Pimentel
    EMERGENCIA FONE | - | (62) 98111-2233 | (62) 99988-7766 | (64) 99123-4455
    ENDERECO | address1 | Rua 15 | Avenida T-9 | Rua Goiás
    NUMERO | - | 230 | 1450 | 88
    COMPLEMENTO | - | Qd. 12 Lt. 4 | Apto 702 | 
    BAIRRO | - | Setor Oeste | Jardim América | Centro
    CIDADE | city | Goiânia | Goiânia | Rio Verde
    UF | state | GO | GO | GO
    CEP | postalCode | 74140-050 | 74255-220 | 75901-030
    CAPITULO UF | - | GO | GO | GO
    CAPITULO NOME | tags | Capítulo Anhanguera | Capítulo Cidade de Goiás | Capítulo Rio Verde
    CAPITULO NUMERO | - | 112 | 47 | 305
    AUTORIDADES | - | Mestre Conselheiro | | 
    OUTROS CARGOS | - | | Escrivão | 
    CAMISETA | - | M | G | P
    DATA INSCRICAO | - | 05/08/2026 | 06/08/2026 | 11/08/2026
    PAGAMENTO | - | PIX | Cartão | Boleto
    TIPO | - | Participante | Participante | Participante
    VALOR ORIGEM | - | 180,00 | 180,00 | 180,00
    VALOR PAGO | - | 180,00 | 171,00 | 0,00
  `),
  set({ id: 'pt-cursinho-inscritos-export-csv', kind: 'pre-university course\'s registrant export, semicolon CSV (id, name, email, phone, CPF, birth date, attends-before flag, campus, status, payment method, created at)', lang: 'pt', defaultCountry: 'BR', source: 'index:46216685784 (a course registration server\'s CSV export route, JavaScript)' }, `
    # id is the registration's row id: not imported.
    id | - | 311 | 310 | 305
    nome | name | Beatriz Lopes Carvalho | Thiago Nunes | Larissa Fonseca Reis
    email | email | bia.lopes@gmail.com | thiago.nunes07@outlook.com | larissafreis@gmail.com
    telefone | phone | 31 99812-4471 | 31 98745-2210 | 31 99230-7788
    cpf | - | 11122233396 | 52998224725 | 86423759103
    nascimento | dateOfBirth | 2007-05-19 | 2006-12-02 | 2007-09-11
    frequentaPV | - | sim | não | não
    campus | - | Pampulha | Centro | Pampulha
    status | - | confirmado | pendente | confirmado
    forma_pagamento | - | pix | boleto | pix
    criado_em | - | 2026-02-03T14:22:10.000Z | 2026-02-03T13:05:44.000Z | 2026-02-01T09:40:12.000Z
  `),
  set({ id: 'pt-usuarios-vendas-export-bom', kind: 'sales platform\'s user export, semicolon CSV with a BOM (code, name, email, phone, CPF, job title, department, business unit, company, status, last access, login, level, company legal name and CNPJ, organization, channel, hierarchy)', lang: 'pt', defaultCountry: 'BR', source: 'index:40374050353 (a user service\'s CSV export tests, Java)' }, `
    # EMPRESA is the user's company; RAZAO SOCIAL is the same company's legal name and CNPJ its tax id: not imported.
    CODIGO | externalId | 1 | 2 | 3
    NOME | name | Fernanda Queiroz | Marcos Tavares | Juliana Bastos
    EMAIL | email | fernanda.queiroz@revenda.com.br | marcos.tavares@revenda.com.br | juliana@agentevendas.com.br
    TELEFONE | phone | (43) 3323-1234 | (43) 99102-5566 | (41) 98877-3321
    CPF | - | 048.912.339-10 | 731.205.448-06 | 159.357.486-22
    CARGO | - | Supervisor | Vendedor | Vendedor
    DEPARTAMENTO | - | Comercial | Comercial | Comercial
    UNIDADE NEGOCIO | - | Pessoal | Pessoal | Residencial
    EMPRESA | companyName | Revenda Norte | Revenda Norte | Agente Vendas Sul
    SITUACAO | - | A | A | I
    DATA ULTIMO ACESSO | - | 28/11/2026 09:12 | 01/12/2026 17:40 | 
    LOGIN NETSALES | - | FQUEIROZ | MTAVARES | JBASTOS
    NIVEL | - | Agente Autorizado | Agente Autorizado | Agente Autorizado
    RAZAO SOCIAL | - | Revenda Norte Telecom Ltda | Revenda Norte Telecom Ltda | Agente Vendas Sul ME
    CNPJ | - | 12.345.678/0001-95 | 12.345.678/0001-95 | 98.765.432/0001-10
    ORGANIZACAO EMPRESA | - | Regional PR | Regional PR | Regional PR
    CANAL | - | AGENTE_AUTORIZADO | AGENTE_AUTORIZADO | AGENTE_AUTORIZADO
    HIERARQUIA | - | Fernanda Queiroz | Fernanda Queiroz | 
  `),
  set({ id: 'pt-crm-clientes-lote-export', kind: 'beauty salon CRM\'s batch customer export, semicolon CSV (name, email, phone, CPF, Instagram handle, channel, tags)', lang: 'pt', defaultCountry: 'BR', source: 'index:56773950501 (a CRM customer list\'s batch export, React)' }, `
    Nome | name | Aline Cordeiro | Patrícia Menezes | Roberta Siqueira
    Email | email | aline.cordeiro@gmail.com | | roberta.siq@hotmail.com
    Telefone | phone | (11) 97654-3210 | (11) 98123-4567 | (11) 99555-1020
    CPF | - | 321.654.987-00 | | 741.852.963-11
    Instagram | - | @alinecordeiro | @paty.menezes | 
    Canal | source | Instagram | WhatsApp | Indicação
    Tags | tags | vip,cabelo | unhas | cabelo
  `),
  set({ id: 'pt-doacoes-importacao-modelo', kind: 'donation management app\'s customer import format shown on its help page, semicolon CSV (name, email, phone, CPF, type, birth date, CEP, street, number, complement, district, city, state)', lang: 'pt', defaultCountry: 'BR', source: 'index:54133087679 (a donation app\'s settings page with the CSV import format, React)' }, `
    nome | name | Severino Araújo | Maria das Dores Lima | Joana Batista
    email | email | severino.araujo@gmail.com | dorinha.lima@yahoo.com.br | joanabatista@gmail.com
    telefone | phone | 83999123456 | 83988776655 | 83996541230
    cpf | - | 123.456.789-00 | 987.654.321-99 | 456.789.123-55
    tipo | - | recorrente | avulso | recorrente
    nascimento | dateOfBirth | 1971-04-02 | 1958-10-17 | 1990-01-30
    cep | postalCode | 58038-000 | 58015-430 | 58040-110
    endereco | address1 | Av. Epitácio Pessoa | Rua Duque de Caxias | Rua Silvino Lopes
    numero | - | 1250 | 77 | 310
    complemento | - | Sala 4 | | Apto 201
    bairro | - | Tambaú | Centro | Tambaú
    cidade | city | João Pessoa | João Pessoa | João Pessoa
    estado | state | PB | PB | PB
  `),
  set({ id: 'pt-seguros-leads-csv-whatsapp', kind: 'insurance broker chatbot\'s lead file, semicolon CSV (date, name, email, phone, CPF, insurance type, vehicle, CEP, notes, WhatsApp number)', lang: 'pt', defaultCountry: 'BR', source: 'index:43844973840 (a WhatsApp lead bot\'s CSV writer, JavaScript)' }, `
    # Telefone is the main phone; the WhatsApp number next to it is an additional phone.
    Data | - | 02/12/2026 10:14 | 02/12/2026 11:02 | 01/12/2026 18:47
    Nome | name | Edson Rocha | Vanessa Prado | Cláudio Teixeira
    Email | email | edson.rocha@gmail.com | vanessa.prado@uol.com.br | 
    Telefone | phone | (21) 3344-5566 | (21) 99876-1234 | (24) 98123-7788
    CPF | - | 258.147.369-00 | 369.258.147-11 | 147.258.369-22
    Tipo_Seguro | - | Auto | Residencial | Auto
    Veiculo | - | Onix 2021 | | HB20 2019
    CEP | postalCode | 22041-001 | 20550-013 | 27253-005
    Observacoes | - | Quer cotação até sexta | | Já tem seguro vencendo
    WhatsApp | additionalPhones | 5521998761234 | 5521998761234 | 5524981237788
  `),
  set({ id: 'pt-clinica-pacientes-export-lgpd', kind: 'clinic system\'s patient data export with masked CPF, semicolon CSV (id, name, email, phone, CPF, birth date)', lang: 'pt', defaultCountry: 'BR', source: 'index:54598704611 (a clinic service\'s patient export, Java)' }, `
    ID | externalId | 18 | 19 | 23
    Nome | name | Helena Castro | Otávio Ribeiro | Sônia Ferraz
    Email | email | helena.castro@gmail.com | otavio.ribeiro@terra.com.br | soniaferraz@hotmail.com
    Telefone | phone | (48) 99611-2233 | (48) 3222-4455 | (48) 98844-1100
    CPF | - | ***.456.789-** | ***.321.654-** | ***.852.741-**
    Data Nasc | dateOfBirth | 1986-02-14 | 1949-08-30 | 1967-12-03
  `),
  set({ id: 'pt-clientes-modelo-importacao-pf-pj', kind: 'service company app\'s customer import model download, semicolon CSV (name, email, phone, CPF or CNPJ, customer type, person responsible, street, number, district, city, state, CEP, notes)', lang: 'pt', defaultCountry: 'BR', source: 'index:39257019527 (a customer controller\'s import model, C#)' }, `
    # Responsavel is the person to talk to at a company customer (the model's sample repeats the customer's first
    # name), not a user of the app: not imported.
    Nome | name | Padaria Pão Dourado | Renato Alves | Clínica Sorriso Ltda
    Email | email | contato@paodourado.com.br | renato.alves@gmail.com | adm@clinicasorriso.com.br
    Telefone | phone | (11)3456-7890 | (11)98765-4321 | (19)3232-1010
    CPF_CNPJ | - | 11222333000181 | 12345678901 | 44555666000122
    TipoCliente | - | PJ | PF | PJ
    Responsavel | - | Sr. Antônio | Renato | Dra. Camila
    Endereco | address1 | Rua Augusta | Rua das Palmeiras | Av. Andrade Neves
    Numero | - | 1500 | 42 | 710
    Bairro | - | Consolação | Jardim Paulista | Centro
    Cidade | city | São Paulo | São Paulo | Campinas
    Estado | state | SP | SP | SP
    CEP | postalCode | 01305-100 | 01452-000 | 13013-161
    Observacoes | - | Entrega às 6h | | Contrato anual
  `),
  set({ id: 'pt-talentos-open-to-work-planilha', kind: 'talent community\'s Google Forms sheet synced to a database (full name, email, phone, LinkedIn, experience, area of interest, availability, seniority)', lang: 'pt', defaultCountry: 'BR', source: 'index:66019918547 (a talent pool sync script\'s documentation, Markdown)' }, `
    Nome Completo | name | Carolina Duarte | Felipe Moura | Renata Sampaio
    E-mail | email | carol.duarte@gmail.com | felipe.moura@outlook.com | renata.sampaio@gmail.com
    Telefone | phone | 11991234567 | 21987654321 | 31999887766
    LinkedIn | - | linkedin.com/in/carolduarte | linkedin.com/in/felipemoura | linkedin.com/in/renatasampaio
    Experiência | - | 6 anos | 3 anos | 10 anos
    Área de Interesse | - | Produto | Dados | Marketing de Performance
    Disponibilidade | - | Imediata | 30 dias | Imediata
    Senioridade | - | Pleno | Júnior | Sênior
  `),
  set({ id: 'pt-inventario-atendimento-forms', kind: 'law office\'s probate intake Google Form sheet read by its case app (timestamp, case code, full name, email, phone, who died, assets)', lang: 'pt', defaultCountry: 'BR', source: 'index:71160000022 (a law office app\'s form sheet reading test, JavaScript)' }, `
    # The case code is the office's own case number (like an order number): not imported.
    Carimbo de data/hora | - | 25/11/2026 10:42:13 | 26/11/2026 15:07:55 | 28/11/2026 08:30:02
    Código do atendimento | - | INV-2026-031 | INV-2026-032 | INV-2026-035
    Nome completo | name | Regina Coutinho Prado | Evandro Luís Machado | Simone Arantes
    E-mail | email | regina.prado@gmail.com | evandro.machado@bol.com.br | simone.arantes@gmail.com
    Telefone | phone | (31) 99876-5432 | (31) 3274-1188 | (35) 98812-3344
    Quem faleceu? | - | Pai | Esposa | Mãe
    Bens | - | Imóvel e conta bancária | Apartamento | Veículo e imóvel rural
  `),
  set({ id: 'pt-crm-leads-importacao-formato', kind: 'B2B CRM\'s lead import format from its API documentation (full name, email, phone, company, job title, source, status, notes, capture date)', lang: 'pt', defaultCountry: 'BR', source: 'index:57110647944 (a CRM API\'s lead import documentation, Markdown)' }, `
    Nome Completo | name | Ricardo Antunes | Camila Freitas | Bruno Leal
    E-mail | email | ricardo@techcorp.com.br | camila.freitas@startupxyz.io | bruno.leal@logmais.com.br
    Telefone | phone | (11) 99999-0101 | (21) 98888-0202 | (47) 99777-0303
    Empresa | companyName | TechCorp | Startup XYZ | LogMais
    Cargo | - | CTO | CEO | Gerente de Operações
    Fonte | source | linkedin | evento | site
    Status | - | novo | qualificado | novo
    Notas | - | | Pediu proposta | 
    Data de Captura | - | 2026-11-03 | 2026-11-10 | 2026-11-21
  `),
  set({ id: 'pt-orquestra-inscricoes-planilha', kind: 'youth orchestra project\'s registration sheet header from its setup guide (timestamp, full name, email, phone, instrument, extra instrument, rehearsal and week availability, sheet music, repertoire ranking, CEP, transport, distance, time, estimated cost, status)', lang: 'pt', defaultCountry: 'BR', source: 'index:61697438311 (an orchestra registration sheet\'s setup guide, Markdown)' }, `
    Timestamp | - | 2026-03-02 14:31:10 | 2026-03-02 16:05:44 | 2026-03-03 08:12:09
    Nome Completo | name | Isabela Nogueira | Daniel Kato | Mariana Aquino
    E-mail | email | isabela.nogueira@gmail.com | daniel.kato@usp.br | mari.aquino@gmail.com
    Telefone | phone | (11) 98432-1100 | (11) 97321-5544 | (11) 99654-8821
    Instrumento | - | Violino | Violoncelo | Flauta
    Instrumento Adicional | - | Viola | | Piccolo
    Disp. Ensaio 1 | - | Sim | Sim | Não
    Disp. Final | - | Sim | Sim | Sim
    Disp. Semana | - | Tarde | Noite | Tarde
    Material | - | Impresso | Digital | Digital
    Ranking Repertório | - | 2,1,3 | 1,3,2 | 3,2,1
    CEP | postalCode | 04101-300 | 05508-010 | 02012-000
    Transporte | - | Metrô | Carro | Ônibus
    Distância | - | 12 km | 18 km | 9 km
    Tempo | - | 40 min | 35 min | 50 min
    Custo Estimado | - | R$ 8,80 | R$ 22,00 | R$ 8,80
    Status | - | Aprovada | Em análise | Aprovada
  `),
  // ---------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-galette-adherents-table-dump', kind: 'association membership software\'s member table (Galette) dumped to CSV with its column names, snake_case (id, status, surname, first name, nickname, company, title, birth date, sex, address, second address line, postcode, town, country, phone, mobile, email, website, messenger handles, info, job, login, password hash, dates, flags, due date, language, place of birth, GPG key)', lang: 'fr', defaultCountry: 'FR', source: 'index:2668537605 (an association software\'s MySQL schema, SQL)' }, `
    # tel_adh is the untyped phone, gsm_adh the mobile next to it; id_adh is the member's id in the software.
    id_adh | externalId | 1 | 2 | 7
    id_statut | - | 4 | 1 | 4
    nom_adh | lastName | LEFEBVRE | MOREAU | GIRAUD
    prenom_adh | firstName | Sylvie | Julien | Chantal
    pseudo_adh | - | sylv | jmoreau | 
    societe_adh | companyName | | Atelier Moreau | 
    titre_adh | - | 2 | 1 | 3
    ddn_adh | dateOfBirth | 1968-05-12 | 1981-10-03 | 1955-02-27
    sexe_adh | - | 2 | 1 | 2
    adresse_adh | address1 | 12 rue des Tilleuls | 4 impasse du Moulin | 27 avenue Jean Jaurès
    adresse2_adh | - | Bât. B | | 
    cp_adh | postalCode | 35000 | 44100 | 69007
    ville_adh | city | Rennes | Nantes | Lyon
    pays_adh | country | France | France | France
    tel_adh | phone | 02 99 45 12 30 | 02 40 73 88 21 | 
    gsm_adh | additionalPhones | 06 12 45 78 90 | 07 81 22 34 56 | 06 70 11 09 87
    email_adh | email | sylvie.lefebvre@orange.fr | julien@ateliermoreau.fr | chantal.giraud@free.fr
    url_adh | website | | https://www.ateliermoreau.fr | 
    icq_adh | - | | | 
    msn_adh | - | | | 
    jabber_adh | - | | julien@jabber.fr | 
    info_adh | - | Cotisation payée par chèque | | Membre fondateur
    info_public_adh | - | | Ébéniste | 
    prof_adh | - | Infirmière | Artisan | Retraitée
    login_adh | - | slefebvre | jmoreau | cgiraud
    mdp_adh | - | $2y$10$Qm1a8vX0p3kRzT5uJ9eYzu | $2y$10$7hGkLw2qN4sV8bX1cZ6dAe | $2y$10$Ze0rT9uI8oP7aS6dF5gH4j
    date_crea_adh | - | 2019-09-14 | 2021-01-08 | 2008-06-20
    date_modif_adh | - | 2026-09-02 | 2026-10-15 | 2026-01-11
    activite_adh | - | 1 | 1 | 0
    bool_admin_adh | - | 0 | 1 | 0
    bool_exempt_adh | - | 0 | 0 | 1
    bool_display_info | - | 1 | 0 | 0
    date_echeance | - | 2027-09-13 | 2027-01-07 | 
    pref_lang | - | fr_FR | fr_FR | fr_FR
    lieu_naissance | - | Vannes | Saint-Nazaire | Villeurbanne
    gpgid | - | | 3AF21B9C | 
    fingerprint | - | | 0D4E 7A21 93BC 55F0 3AF2 | 
  `),
  set({ id: 'fr-epn-newsletter-adherents-titre', kind: 'public internet space manager\'s newsletter list export, semicolon CSV with a title line above the headers (surname, first name, email)', lang: 'fr', defaultCountry: 'FR', source: 'index:44061527002 (a public internet space manager\'s newsletter CSV export, PHP)', above: [['Liste des adhérents inscrits à la newsletter']] }, `
    Nom | lastName | Perrin | Barbier | Lemoine
    Prénom | firstName | Agnès | Thierry | Élodie
    Courriel | email | agnes.perrin@laposte.net | t.barbier@wanadoo.fr | elodie.lemoine@gmail.com
  `),
  set({ id: 'fr-ecole-langues-professeurs-tableau', kind: 'language school admin\'s teacher table pasted into a sheet, with its actions column (code, surname, first name, email, languages, speciality, actions)', lang: 'fr', defaultCountry: 'FR', source: 'index:65845421243 (a language school\'s teacher list page, PHP)' }, `
    # Code is the teacher's code in the school's system: the External ID.
    Code | externalId | PROF-012 | PROF-015 | PROF-021
    Nom | lastName | Rousseau | Nguyen | Da Silva
    Prénom | firstName | Claire | Minh | Pedro
    Email | email | claire.rousseau@ecole-langues.fr | minh.nguyen@ecole-langues.fr | pedro.dasilva@ecole-langues.fr
    Langues | - | Anglais, Allemand | Vietnamien, Anglais | Portugais, Espagnol
    Spécialité | - | Préparation TOEIC | Cours enfants | Conversation
    Actions | - | Modifier Supprimer | Modifier Supprimer | Modifier Supprimer
  `),
  set({ id: 'fr-annuaire-utilisateur-fichier', kind: 'console address book\'s per-user directory file (surname, first name, email, phone, postal address, second email)', lang: 'fr', defaultCountry: 'FR', source: 'index:6799732394 (a console address book\'s user directory writer, Python)' }, `
    # The header written is "...,Adresse postale, adresse mail": the second email column is an additional email.
    Nom | lastName | Fontaine | Mercier | Robin
    Prenom | firstName | Hugo | Léa | Noémie
    Email | email | hugo.fontaine@gmail.com | lea.mercier@yahoo.fr | noemie.robin@outlook.fr
    Telephone | phone | 0611223344 | 0788990011 | 0145678912
    Adresse postale | address1 | 3 rue Victor Hugo 75011 Paris | 18 chemin des Vignes 33000 Bordeaux | 9 place du Marché 59000 Lille
    adresse mail | additionalEmails | h.fontaine@free.fr | | noemie.robin@laposte.net
  `),
  set({ id: 'fr-evenement-emargement-export', kind: 'event app\'s sign-in sheet export with a BOM (participant id, surname, first name, email, phone, status, signature)', lang: 'fr', defaultCountry: 'FR', source: 'index:66487560841 (an event app\'s participant CSV export service, Java)' }, `
    # ID is the participant's row in this event (an attendee number): not imported.
    ID | - | 41 | 42 | 57
    Nom | lastName | Chevalier | Gauthier | Marchand
    Prénom | firstName | Margaux | Bastien | Inès
    Email | email | margaux.chevalier@mairie-exemple.fr | bastien.gauthier@gmail.com | ines.marchand@asso-exemple.org
    Téléphone | phone | 0612345678 | 0698765432 | 0756123489
    Statut | - | PRESENT | ABSENT | PRESENT
    Signature | - | Signé | | Signé
  `),
  set({ id: 'fr-boutique-clients-export-format', kind: 'shop desktop app\'s customer CSV export as its confirmation message describes it (id, surname, first name, email, phone, address)', lang: 'fr', defaultCountry: 'FR', source: 'index:53820235806 (a shop management app\'s export dialog, Java)' }, `
    ID | externalId | 1 | 2 | 3
    Nom | lastName | Lambert | Faure | Roux
    Prénom | firstName | Nathalie | Cédric | Justine
    Email | email | n.lambert@gmail.com | cedric.faure@sfr.fr | justine.roux@hotmail.fr
    Téléphone | phone | 04 91 22 33 44 | 06 33 44 55 66 | 07 66 55 44 33
    Adresse | address1 | 14 boulevard Longchamp, 13001 Marseille | 2 rue de la Paix, 06000 Nice | 55 cours Lafayette, 69003 Lyon
  `),
  set({ id: 'fr-ch-apprentis-npa-localite', kind: 'Swiss apprentice manager\'s list file, semicolon CSV (first name, surname, postcode, locality)', lang: 'fr', defaultCountry: 'CH', source: 'index:11265040857 (an apprentice manager\'s CSV save function, Python)' }, `
    Prénom | firstName | Loïc | Anaïs | Yannick
    Nom | lastName | Favre | Bonvin | Rochat
    Npa | postalCode | 1004 | 1950 | 2000
    Localité | city | Lausanne | Sion | Neuchâtel
  `),
  set({ id: 'fr-mg-universite-etudiants-import', kind: 'Madagascar university platform\'s student import sample (email, first name, surname, field of study, level, year of entry, gender, student number)', lang: 'fr', defaultCountry: 'MG', source: 'index:58640044150 (a university platform\'s import page sample, React)' }, `
    Adresse e-mail | email | tiana.rakoto@example.mg | fanja.ravelo@gmail.com | hery.rabe@example.mg
    Prénom | firstName | Tiana | Fanja | Hery
    Nom | lastName | Rakotomalala | Ravelonirina | Rabemananjara
    Filière | - | Gestion | Informatique | Droit
    Niveau | - | L2 | M1 | L3
    Année d'entrée | - | 2025 | 2023 | 2024
    Genre | - | M | F | M
    Matricule | externalId | ETU-2025-114 | ETU-2023-087 | ETU-2024-203
  `),
  set({ id: 'fr-bj-conference-google-forms', kind: 'West African student conference\'s Google Forms sheet (email, first name, surname, WhatsApp number, university, field, level, expectations, how they heard of the conference)', lang: 'fr', defaultCountry: 'BJ', source: 'index:62534615502 (a conference app\'s Google Forms CSV sample, TypeScript)' }, `
    # The university a student attends is not an employer: not imported. How they heard of the conference is a
    # question about the event: not imported.
    Adresse e-mail | email | kossi.ahouandjinou@gmail.com | aicha.soglo@yahoo.fr | rodrigue.hounkpe@gmail.com
    Prénom | firstName | Kossi | Aïcha | Rodrigue
    Nom | lastName | Ahouandjinou | Soglo | Hounkpè
    Numéro WhatsApp | phone | +229 96 45 12 78 | +229 61 23 45 90 | +229 97 80 11 32
    Université / École | - | Université d'Abomey-Calavi | ENEAM | Université de Parakou
    Filière d'études | - | Sociologie | Gestion des ressources humaines | Agronomie
    Niveau d'études | - | Licence 2 | Licence 3 | Master 1
    Vos attentes principales | - | Rencontrer des mentors | Trouver un stage | Réseauter
    Comment avez-vous connu la conférence ? | - | WhatsApp | Facebook | Un ami
  `),
  set({ id: 'fr-ecole-eleves-modele-import', kind: 'school management module\'s student import template from its delivery notes (student number, surname, first name, birth date, birthplace, sex)', lang: 'fr', defaultCountry: 'FR', source: 'index:60037019834 (a school app\'s implementation summary, Markdown)' }, `
    Matricule | externalId | ELEVE014 | ELEVE015 | ELEVE016
    Nom | lastName | PETIT | GARNIER | LEROY
    Prénom | firstName | Lucas | Emma | Chloé
    Date de naissance | dateOfBirth | 2013-04-09 | 2012-11-28 | 2013-06-17
    Lieu de naissance | - | Toulouse | Bordeaux | Lille
    Sexe | - | M | F | F
  `),
  set({ id: 'fr-ecole-eleves-tuteurs-modele', kind: 'school app\'s student import header copied from its help dialog (surname, first name, birth date, birthplace, gender, nationality, class, student number, email, phone, guardian name, phone and email, relationship)', lang: 'fr', source: 'index:61727967722 (a school app\'s student import dialog, Dart)' }, `
    # The guardian's columns are a relative's: not imported.
    Nom | lastName | Diallo | Ndiaye | Sow
    Prénom | firstName | Mamadou | Awa | Ibrahima
    Date de naissance | dateOfBirth | 12/03/2010 | 05/09/2011 | 23/01/2009
    Lieu de naissance | - | Dakar | Thiès | Saint-Louis
    Genre | - | M | F | M
    Nationalité | - | Sénégalaise | Sénégalaise | Sénégalaise
    Classe | - | 4e A | 5e B | 3e A
    Matricule | externalId | 2024-0451 | 2024-0452 | 2023-0310
    Email | email | mamadou.diallo@eleve.example.sn | | ibrahima.sow@eleve.example.sn
    Téléphone | phone | +221 77 412 33 21 | | +221 78 654 11 02
    Nom du tuteur | - | Ousmane Diallo | Fatou Ndiaye | Aminata Sow
    Téléphone du tuteur | - | +221 77 555 12 34 | +221 76 321 45 67 | +221 70 987 65 43
    Email du tuteur | - | o.diallo@gmail.com | fatou.ndiaye@yahoo.fr | 
    Lien de parenté | - | Père | Mère | Tante
  `),
  set({ id: 'fr-clinique-medecins-tableau', kind: 'clinic admin\'s doctor table pasted into a sheet, with its actions column (full name, email, phone, speciality, licence number, status, actions)', lang: 'fr', defaultCountry: 'FR', source: 'index:23949700028 (a clinic admin\'s doctor list page, React)' }, `
    # The licence number is a professional registration number, a national id: not imported.
    Nom Complet | name | Benali Karim | Durand Sophie | Lopez Marc
    Email | email | k.benali@clinique-exemple.fr | s.durand@clinique-exemple.fr | m.lopez@clinique-exemple.fr
    Téléphone | phone | 01 42 33 44 55 | 06 08 09 10 11 | 01 42 33 44 60
    Spécialité | - | Cardiologie | Pédiatrie | Dermatologie
    N° Licence | - | 10003456789 | 10004567891 | 10005678912
    Statut | - | Actif | Actif | En congé
    Actions | - | Voir Modifier | Voir Modifier | Voir Modifier
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-energia-clienti-contratti-import', kind: 'energy reseller\'s CRM client-and-contract import CSV, snake_case (type, first name, surname, main email, mobile, tax code, birth date and place, second email, landline, street, house number, town, CAP, province, country, consent, notes, company, VAT, ATECO, PEC, SDI code, contact person, contract columns, agent, offer)', lang: 'it', defaultCountry: 'IT', source: 'index:5499864488 (an energy CRM\'s client-with-contract import test, JavaScript)' }, `
    # Typed phones only: the mobile is the main phone, the landline an additional phone. A company client's contact
    # person (referente) and its certified mail (PEC) are the account's: not imported. The agent who signed the
    # client is the Contact owner.
    tipo | - | privato | azienda | privato
    nome | firstName | Giuseppe | Laura | Antonio
    cognome | lastName | Esposito | Conti | Greco
    email_principale | email | giuseppe.esposito@libero.it | laura.conti@contisrl.it | antonio.greco@gmail.com
    telefono_mobile | phone | 3391234567 | 3475556677 | 3289876543
    codice_fiscale | - | SPSGPP75C12F839X | CNTLRA82M41F205Q | GRCNTN90A01H501W
    data_nascita | dateOfBirth | 1975-03-12 | 1982-08-01 | 1990-01-01
    luogo_nascita | - | Napoli | Milano | Roma
    provincia_nascita | - | NA | MI | RM
    email_secondaria | additionalEmails | g.esposito@pec.it | | 
    telefono_fisso | additionalPhones | 081 5512233 | 02 66778899 | 
    via | address1 | Via Toledo | Viale Monza | Via Appia Nuova
    numero_civico | - | 156 | 22 | 401
    citta | city | Napoli | Milano | Roma
    cap | postalCode | 80134 | 20125 | 00179
    provincia | state | NA | MI | RM
    nazione | country | Italia | Italia | Italia
    consenso_marketing | - | 1 | 0 | 1
    note | - | Cliente storico | | 
    ragione_sociale | companyName | | Conti Serramenti Srl | 
    partita_iva | - | | 01234567890 | 
    codice_ateco | - | | 43.32.02 | 
    pec | - | | contiserramenti@pec.it | 
    codice_sdi | - | | M5UXCR1 | 
    nome_referente | - | | Paolo | 
    cognome_referente | - | | Conti | 
    email_referente | - | | paolo.conti@contisrl.it | 
    telefono_referente | - | | 3401112233 | 
    tipo_contratto | - | luce | gas | luce
    numero_contratto | - | LUC2026001 | GAS2026044 | LUC2026078
    pod | - | IT001E12345678 | 03081000012345 | IT001E98765432
    fornitore | - | Enel | Eni Plenitude | A2A
    data_stipula | - | 2026-01-15 | 2026-02-03 | 2026-03-20
    data_attivazione | - | 2026-03-01 | 2026-04-01 | 2026-05-01
    data_scadenza | - | 2027-02-28 | 2027-03-31 | 2027-04-30
    agente | owner | Marco Bianchi | Marco Bianchi | Sara Galli
    nome_offerta | - | Luce Fix 12 | Gas Business Flex | Luce Fix 12
    validita_offerta | - | 2026-06-30 | 2026-06-30 | 2026-09-30
    stato_contratto | - | attivo | in lavorazione | attivo
    prezzo | - | 0.125 | 0.98 | 0.125
    note_contratto | - | | Voltura richiesta | 
  `),
  set({ id: 'it-aned-iscritti-tabella', kind: 'ex-deportees\' association\'s member table as its app inserts it (first name, surname, tax code, birth date and place, sex, address, CAP, town, province, phone, mobile, email, notes, attachment, flags, created by, user type, relative\'s name and camp)', lang: 'it', defaultCountry: 'IT', source: 'index:62759262328 (an association\'s member registry page, PHP)' }, `
    # nominativo_familiare and campo_familiare describe the deported relative the member remembers: a relative's
    # columns, not imported. created_by is the account that typed the record in, not an assigned owner.
    nome | firstName | Franca | Piero | Silvia
    cognome | lastName | Colombo | Bassi | Ferrari
    codice_fiscale | - | CLMFNC58D45F205H | BSSPRI62H10L219K | FRRSLV71T52A944B
    data_nascita | dateOfBirth | 1958-04-05 | 1962-06-10 | 1971-12-12
    luogo_nascita | - | Milano | Torino | Bologna
    sesso | - | F | M | F
    indirizzo | address1 | Via Padova 88 | Corso Francia 141 | Via Saragozza 20
    cap | postalCode | 20132 | 10143 | 40123
    citta | city | Milano | Torino | Bologna
    provincia | state | MI | TO | BO
    telefono | phone | 02 2614455 | 011 7493321 | 051 331122
    cellulare | additionalPhones | 338 4455667 | 347 1122334 | 
    email | email | franca.colombo@tiscali.it | piero.bassi@gmail.com | silvia.ferrari@libero.it
    note | - | Figlia di deportato | | Socia sostenitrice
    file_allegato | - | tessera_2026.pdf | | 
    flag_triangolo_rosso | - | 1 | 0 | 1
    attivo | - | 1 | 1 | 0
    created_by | - | segreteria | segreteria | admin
    tipo_utente | - | familiare | socio | familiare
    nominativo_familiare | - | Carlo Colombo | | Giovanni Ferrari
    campo_familiare | - | Mauthausen | | Dachau
  `),
  set({ id: 'it-volontari-esporta-csv', kind: 'volunteer service\'s volunteer export CSV (id, tax code, surname, first name, email, role, phone, sex, registered by, online flag)', lang: 'it', defaultCountry: 'IT', source: 'index:45220564792 (a volunteer service\'s CSV export script, PHP)' }, `
    ID | externalId | 3 | 8 | 12
    Codice Fiscale | - | RSSGLI88E50F839Z | MRTDVD93P14G273K | CRSNNA79B61L736C
    Cognome | lastName | Russo | Martini | Caruso
    Nome | firstName | Giulia | Davide | Anna
    Email | email | giulia.russo@gmail.com | davide.martini@outlook.it | anna.caruso@virgilio.it
    Ruolo | - | Volontario | Coordinatore | Volontario
    Telefono | phone | 333 4567890 | 345 6677889 | 081 7654321
    Sesso | - | F | M | F
    Registrato da | - | admin | admin | dmartini
    Online | - | 0 | 1 | 0
  `),
  set({ id: 'it-croce-rossa-volontari-excel', kind: 'Red Cross committee\'s volunteer spreadsheet export (first name, surname, tax code, email, mobile, service mobile)', lang: 'it', defaultCountry: 'IT', source: 'index:35866368235 (a volunteer management system\'s committee export, PHP)' }, `
    # Cellulare is the volunteer's own mobile, the service mobile next to it an additional phone.
    Nome | firstName | Salvatore | Martina | Giorgio
    Cognome | lastName | Privitera | Lombardo | Sciacca
    C. Fiscale | - | PRVSVT85L20C351T | LMBMTN92S55C351U | SCCGRG77A01C351V
    EMail | email | salvo.privitera@gmail.com | martina.lombardo@hotmail.it | g.sciacca@libero.it
    Cellulare | phone | 3401234567 | 3299876543 | 3387766554
    Cell. Servizio | additionalPhones | 3351112233 | | 3354445566
  `),
  set({ id: 'it-rubrica-importa-senza-intestazione', kind: 'address book loader\'s semicolon file without a header row (surname, first name, email, phone)', lang: 'it', defaultCountry: 'IT', noHeader: true, source: 'index:24462449804 (an address book loader reading a header-less file, Java)' }, `
    "" | lastName | Marino | Gallo | Costa
    "" | firstName | Elena | Stefano | Chiara
    "" | email | elena.marino@gmail.com | stefano.gallo@alice.it | chiara.costa@yahoo.it
    "" | phone | 06 44556677 | 349 8877665 | 011 2233445
  `),
  set({ id: 'it-biglietti-evento-tabella', kind: 'event ticketing app\'s ticket table (event, booking id, state, type, number, surname, first name, email, mobile, booking, confirmation and issue dates, sector, row, seat, payment method, operator key)', lang: 'it', defaultCountry: 'IT', source: 'index:31444286561 (a ticketing backend\'s ticket controller, JavaScript)' }, `
    evento | - | 12 | 12 | 14
    idprenotazione | - | 3301 | 3302 | 3415
    stato | - | 2 | 2 | 1
    tipo | - | 1 | 2 | 1
    numero | - | 000451 | 000452 | 000517
    cognome | lastName | FERRO | DE LUCA | PELLEGRINI
    nome | firstName | ROBERTA | ALESSIO | MARCO
    email | email | roberta.ferro@gmail.com | alessio.deluca@libero.it | marco.pellegrini@gmail.com
    cellulare | phone | 3317788990 | 3206655443 | 3931122334
    datapre | - | 2026-11-02 | 2026-11-02 | 2026-11-05
    dataconf | - | 2026-11-02 | 2026-11-03 | 
    dataemi | - | 2026-11-03 | 2026-11-03 | 
    settore | - | Platea | Platea | Galleria
    fila | - | F | F | B
    posto | - | 12 | 13 | 4
    modpag | - | Carta | Bonifico | Contanti
    key_utenti_operation | - | 7 | 7 | 3
  `),
  set({ id: 'it-sagra-prenotazioni-confermate', kind: 'village festival\'s confirmed table booking table (surname, first name, email, phone, booking date, people, booking code, token, day id)', lang: 'it', defaultCountry: 'IT', source: 'index:24534588384 (a festival booking backend\'s booking controller, JavaScript)' }, `
    cognome | lastName | Rinaldi | Barbieri | Monti
    nome | firstName | Luca | Francesca | Alberto
    email | email | luca.rinaldi@gmail.com | fra.barbieri@libero.it | alberto.monti@tin.it
    telefono | phone | 3456677889 | 3384455667 | 0523 445566
    datapren | - | 2026-08-14 | 2026-08-15 | 2026-08-15
    persone | - | 4 | 6 | 2
    codpren | - | A7K2Q | B9M4T | C3X8P
    token | - | 5f2c9a1e7b | 8d3e1f6a2c | 1a9b7c3d5e
    idgiornata | - | 3 | 4 | 4
  `),
  set({ id: 'it-archivio-utenti-coabitanti', kind: 'social help desk\'s user archive export, semicolon CSV (id, surname, first name, email, mobile, phone, CAP, address, id of the person they live with)', lang: 'it', defaultCountry: 'IT', source: 'index:823660757 (a help desk archive\'s export script, PHP)' }, `
    # TELEFONO is the untyped main phone, CELLULARE the mobile next to it; ID_COABITA is another person's id.
    ID | externalId | 57 | 58 | 61
    COGNOME | lastName | Serra | Orlando | Mancini
    NOME | firstName | Teresa | Vincenzo | Rita
    EMAIL | email | teresa.serra@gmail.com | | rita.mancini@libero.it
    CELLULARE | additionalPhones | 348 9900112 | 339 1234000 | 
    TELEFONO | phone | 070 402211 | 070 655443 | 070 287766
    CAP | postalCode | 09124 | 09127 | 09121
    INDIRIZZO | address1 | Via Sassari 12 | Via Dante 240 | Piazza Yenne 3
    ID_COABITA | - | 0 | 57 | 0
  `),
  set({ id: 'it-affitti-inquilini-esporta', kind: 'landlord app\'s tenant bulk export (first name, surname, email, phone, rented property address, rent, contract start and end)', lang: 'it', defaultCountry: 'IT', source: 'index:58574055237 (a landlord app\'s tenant list, JavaScript)' }, `
    # Indirizzo is the rented home's address and town: where the tenant lives, the address line.
    Nome | firstName | Andrea | Federica | Simone
    Cognome | lastName | Villa | Sartori | Pagano
    Email | email | andrea.villa@gmail.com | federica.sartori@yahoo.it | simone.pagano@outlook.it
    Telefono | phone | 347 2211334 | 333 9988776 | 
    Indirizzo | address1 | Via Mazzini 14 Bergamo | Via Garibaldi 3 Brescia | Corso Cavour 88 Bergamo
    Canone | - | 650 | 720 | 580
    Inizio contratto | - | 2025-02-01 | 2024-09-01 | 2026-01-01
    Fine contratto | - | 2029-01-31 | 2028-08-31 | 2029-12-31
  `),
  set({ id: 'it-consorzio-consorziati-modello', kind: 'land reclamation consortium app\'s member CSV template, snake_case (consortium code, surname, first name, email, phone, type, address, tax code)', lang: 'it', defaultCountry: 'IT', source: 'index:70813911835 (a consortium app\'s CSV import templates, TypeScript)' }, `
    codice_consorzio | externalId | CON-014 | CON-015 | CON-022
    cognome | lastName | Bertolini | Riva | Cattaneo
    nome | firstName | Giovanni | Lucia | Pietro
    email | email | giovanni.bertolini@gmail.com | lucia.riva@aziendariva.it | p.cattaneo@libero.it
    telefono | phone | +393356677889 | +390371445566 | +393471239876
    tipo | - | agricoltore | agricoltore | privato
    indirizzo | address1 | Cascina San Carlo, Lodi | Via Emilia 45, Casalpusterlengo | Via Cavour 9, Codogno
    codice_fiscale | - | BRTGNN66C15E648Y | RVILCU74H50B910S | CTTPTR81R22C816M
  `),
  set({ id: 'it-ordine-iscritti-recapiti', kind: 'professional register\'s enrolled members query for a dues report (enrolment number, surname, first name, email, phone, mobile)', lang: 'it', defaultCountry: 'IT', source: 'index:54881285205 (a professional register\'s dues report, PHP)' }, `
    numero_iscrizione | externalId | 1204 | 1377 | 1502
    cognome | lastName | Marchetti | Bellini | Guerra
    nome | firstName | Roberto | Alessandra | Fabio
    email | email | r.marchetti@studiomarchetti.it | a.bellini@gmail.com | fabio.guerra@archiworld.it
    telefono | phone | 0721 334455 | 071 2233445 | 
    cellulare | additionalPhones | 335 7788990 | | 348 6655443
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-tibillet-adhesions-import', kind: 'French ticketing and membership platform\'s (TiBillet) membership import CSV, English snake_case headers (email, first name, last name, last contribution date and amount, product, price, options, comment)', lang: 'en', defaultCountry: 'FR', source: 'index:42252832517 (a ticketing platform\'s membership import documentation, Markdown)' }, `
    # The options chosen with the membership (diet, interests) are labels on the member: Tags.
    email | email | camille.martin@gmail.com | paul.renard@laposte.net | amandine.roy@free.fr
    first_name | firstName | Camille | Paul | Amandine
    last_name | lastName | Martin | Renard | Roy
    last_contribution | - | 14/09/2026 | 02/01/2026 | 21/03/2026
    contribution_value | - | 15.00 | 20,00 | 10.00
    product_name | - | Adhésion (Le Tiers-Lieu) | Adhésion (Le Tiers-Lieu) | Adhésion solidaire
    price_name | - | Annuelle | Annuelle | Réduite
    options | tags | Végétarien;Bénévole | | Bénévole
    commentaire | - | Habite au 12 rue Basse | | 
  `),
  set({ id: 'en-ghost-members-export', kind: 'blogging platform\'s (Ghost) members CSV export (id, email, name, note, newsletter flag, complimentary plan, Stripe customer id, created and deleted dates, labels, tiers)', lang: 'en', source: 'index:1390010409 (a publishing platform\'s members export e2e test, JavaScript)' }, `
    # id is the member's id in the platform: the External ID; the Stripe customer id is a second id, not imported.
    id | externalId | 6571c3e2a9b1f40001d2e8a1 | 6571c3e2a9b1f40001d2e8a2 | 65f0a91b7c4d2e0001a3b6c9
    email | email | priya.raman@gmail.com | tom.oconnell@outlook.com | sara.lindqvist@proton.me
    name | name | Priya Raman | Tom O'Connell | Sara Lindqvist
    note | - | Met at the Leeds meetup | | Gift from Tom
    subscribed_to_emails | - | true | true | false
    complimentary_plan | - | false | false | true
    stripe_customer_id | - | cus_P8xQ2LmN4rTz7a | | 
    created_at | - | 2026-03-14T09:21:55.000Z | 2026-05-02T18:04:11.000Z | 2026-10-30T07:45:00.000Z
    deleted_at | - | | | 
    labels | tags | newsletter,early-supporter | newsletter | 
    tiers | - | Supporter | Free | Free
  `),
  set({ id: 'en-glofox-members-import-th', kind: 'Thai gym app\'s import of a fitness studio software\'s (Glofox) member export (member id, first name, last name, email, phone, membership name and expiry, barcode)', lang: 'en', defaultCountry: 'TH', source: 'index:70607141244 (a gym app\'s member import tests, TypeScript)' }, `
    Member ID | externalId | gf-2201 | gf-2202 | gf-2207
    First Name | firstName | Ploy | Arthit | Nok
    Last Name | lastName | Chaiyasit | Wongsawat | S.
    Email | email | ploy.chaiyasit@gmail.com | arthit.w@hotmail.com | 
    Phone | phone | 0812345678 | 0898765432 | 0861122334
    Membership Name | - | 3 Months Unlimited | Monthly | 10 Class Pass
    Membership Expiry Date | - | 31/01/2027 | 15/12/2026 | 
    Barcode | - | 100311 | 100312 | 100318
  `),
  set({ id: 'en-gumroad-sales-export-fixture', kind: 'creator sales importer\'s fixture of a digital-product marketplace\'s (Gumroad) sales export (purchase id, item, buyer name and email, purchase date and time, amounts, refund flags, discount code, country, quantity)', lang: 'en', source: 'index:69598286394 (a sales importer\'s marketplace fixtures, JavaScript)' }, `
    Purchase ID | - | kL3vQ9xA2bN7 | mP8wR1yT5cE4 | zX6uS2oV9dF3
    Item Name | - | Budget Planner Template | Notion Study Kit | Budget Planner Template
    Buyer Name | name | Hannah Wells | Diego Morales | Aiko Tanaka
    Purchase Email | email | hannah.wells@gmail.com | diego.m@outlook.com | aiko.tanaka@yahoo.co.jp
    Purchase Date | - | 2026-11-28 | 2026-11-29 | 2026-12-01
    Purchase Time (UTC timezone) | - | 14:02:11 | 03:45:27 | 22:10:05
    Subtotal ($) | - | 12.00 | 24.00 | 12.00
    Taxes ($) | - | 0.96 | 0.00 | 1.20
    Shipping ($) | - | 0.00 | 0.00 | 0.00
    Sale Price ($) | - | 12.96 | 24.00 | 13.20
    Fees ($) | - | 1.63 | 2.90 | 1.65
    Net Total ($) | - | 10.37 | 21.10 | 10.35
    Refunded? | - | false | false | false
    Partial Refund ($) | - | 0.00 | 0.00 | 0.00
    Fully Refunded? | - | false | false | false
    Discount Code | - | | BLACKFRIDAY | 
    Country | country | United States | Mexico | Japan
    Quantity | - | 1 | 1 | 1
  `),
  set({ id: 'en-gym-members-report-export', kind: 'gym management system\'s member report CSV (member id, first and last name, email, phone, membership type, access level, status, start and expiry dates)', lang: 'en', source: 'index:55277023715 (a gym system\'s report service, Java)' }, `
    Member ID | externalId | GYM-0412 | GYM-0413 | GYM-0420
    First Name | firstName | Marcus | Elena | Jamal
    Last Name | lastName | Reid | Petrova | Okafor
    Email | email | marcus.reid@gmail.com | elena.petrova@yahoo.com | jamal.okafor@outlook.com
    Phone | phone | +1 416 555 0142 | +1 647 555 0199 | +1 905 555 0117
    Membership Type | - | PREMIUM | BASIC | STUDENT
    Access Level | - | ALL_ACCESS | GYM_ONLY | GYM_ONLY
    Status | - | ACTIVE | ACTIVE | SUSPENDED
    Start Date | - | 2026-01-05 | 2026-06-12 | 2025-09-01
    Expiry Date | - | 2027-01-04 | 2026-12-11 | 2026-08-31
  `),
  set({ id: 'en-wellness-studio-members-crm-csv', kind: 'CRM course exercise\'s wellness studio member import CSV (first and last name, email, phone, membership type, join date, status, goals, experience, preferred time and classes, assigned trainer, lead source, monthly rate)', lang: 'en', defaultCountry: 'US', source: 'index:52488570248 (a CRM training course\'s member CSV exercise, Markdown)' }, `
    # The trainer assigned to the member is the user who looks after the contact: the Contact owner.
    First Name | firstName | Jasmine | Kevin | Laura
    Last Name | lastName | Ortiz | Brennan | Fischer
    Email | email | jasmine.ortiz@example.com | kbrennan@example.com | laura.fischer@example.com
    Phone | phone | +15551234101 | +15551234102 | +15551234103
    Membership Type | - | Premium ($149/mo) | Basic ($79/mo) | Premium ($149/mo)
    Join Date | - | 2026-02-10 | 2026-04-22 | 2025-11-30
    Membership Status | - | Active | Active | Paused
    Fitness Goals | - | Strength,Mobility | Weight Loss | Stress Relief
    Experience Level | - | Intermediate | Beginner | Advanced
    Preferred Time | - | Morning | Evening | Midday
    Preferred Classes | - | Yoga,Pilates | HIIT | Yoga
    Assigned Trainer | owner | Dana Lee | Chris Park | Dana Lee
    Lead Source | source | Instagram | Referral | Website
    Monthly Rate | - | 149 | 79 | 149
  `),
  set({ id: 'en-studio-live-memberships-export', kind: 'fitness studio app\'s live memberships CSV download (first and last name, email, phone, membership type, start and end dates, price)', lang: 'en', source: 'index:67130892333 (a studio app\'s memberships export function, TypeScript)' }, `
    First Name | firstName | Olivia | Noah | Grace
    Last Name | lastName | Bennett | Clarke | Huang
    Email | email | olivia.bennett@gmail.com | noah.clarke@icloud.com | grace.huang@gmail.com
    Phone | phone | +44 7700 900123 | +44 7700 900456 | +44 7700 900789
    Membership Type | - | Unlimited Monthly | 10 Class Pack | Unlimited Monthly
    Start Date | - | 2026-11-01 | 2026-10-14 | 2026-11-20
    End Date | - | 2026-11-30 | 2027-01-13 | 2026-12-19
    Price | - | 120.00 | 95.00 | 120.00
  `),
  set({ id: 'en-club-member-list-report', kind: 'sports club manager\'s member list CSV report (id, first and last name, email, phone, membership type, registration date, status)', lang: 'en', source: 'index:28026124893 (a club manager\'s report generator, Python)' }, `
    ID | externalId | 1 | 2 | 4
    First Name | firstName | Liam | Chloe | Ethan
    Last Name | lastName | Murphy | Walsh | Byrne
    Email | email | liam.murphy@eircom.net | chloe.walsh@gmail.com | ethan.byrne@outlook.ie
    Phone | phone | +353 87 123 4567 | +353 86 765 4321 | +353 85 222 3344
    Membership Type | - | Senior | Junior | Family
    Registration Date | - | 2026-01-12 | 2026-02-03 | 2025-09-28
    Status | - | active | active | lapsed
  `),
];
