// The eighth held-out part of the auto-mapping corpus, second file (see corpus-format.ts): 52 header sets (619
// columns, 326 of them expected to map) in Spanish, Portuguese, French and Italian, and English exports of tools no
// older part uses (Printavo, Jira Service Management, Jobber, PacWare, Raiser's Edge; Pennylane among the French
// sets), from sources none of the other parts use, found in the public code index (export writers, importer templates
// and tests, hand-made lists, data files written without a header row, documentation) and written down, with the
// mapping a careful person would choose by the field definitions and the rules, BEFORE the mapper was run on
// them and without reading the lexicon or the mapper. "index:N" names the index file the header text was read from
// (the index does not name its repository); the kind says what the file is. Sample values are made up in the shape of
// each file's own (no personal data from the sources is copied). A trailing empty column (a header line ending in the
// separator) is written as "".
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

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout8' }, table);

export const HELDOUT8B: CorpusSet[] = [
  // ----------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-clinica-pacientes-export-citas', kind: 'clinic patient export (status, age, assigned professional, last and next visit)', lang: 'es', defaultCountry: 'ES', source: 'index:69149078554 (a clinic platform\'s API notes on the patient CSV export)' }, `
    Nombre | firstName | Nuria | Andrés
    Apellidos | lastName | Castell Vidal | Moreno
    Email | email | nuria.castell@example.es | andres.moreno@example.com
    Telefono | phone | 612 345 678 | +34 699 001 122
    Estado | - | Activo | Inactivo
    Edad | - | 41 | 67
    Profesional | - | Dra. Ibáñez | Dr. Soler
    Ultima visita | - | 2026-10-15T09:30:00Z | 2026-06-02T16:00:00Z
    Proxima cita | - | 2026-11-20T10:00:00Z |
  `),
  set({ id: 'es-gestoria-clientes-ficha-completa', kind: 'immigration office client import, full record (nationality, id document, sex, civil status, street and number apart, municipality, province, language)', lang: 'es', defaultCountry: 'ES', source: 'index:55686756330 (an immigration consultancy\'s client CSV parser test)' }, `
    nombre | firstName | Valentina | Tomás
    apellidos | lastName | Restrepo | Aguirre Paz
    email | email | valentina.r@example.com | tomas.aguirre@example.es
    telefono | phone | 600123456 | 655987321
    nacionalidad | - | Colombia | Argentina
    documento | - | Y1234567X | AAB123456
    sexo | - | M | H
    fechaNacimiento | dateOfBirth | 1991-03-08 | 1984-11-21
    estadoCivil | - | S | C
    via | address1 | Calle Alcalá | Av. Diagonal
    numero | - | 120 | 45
    codigoPostal | postalCode | 28009 | 08019
    municipio | city | Madrid | Barcelona
    provincia | state | Madrid | Barcelona
    idioma | - | es | ca
  `),
  set({ id: 'es-tpv-clientes-honduras', kind: 'point-of-sale customer import format, Honduras (tax id RTN, VIP and marketing flags, notes)', lang: 'es', defaultCountry: 'HN', source: 'index:66220199247 (a Honduran POS admin\'s CSV import page)' }, `
    nombre | firstName | Karla | Óscar
    apellidos | lastName | Mejía | Zelaya Cruz
    email | email | karla.mejia@example.hn | oscar.zelaya@example.com
    telefono | phone | 9876-5432 | 3312-4455
    rtn | - | 08011990123456 |
    fecha_nacimiento | dateOfBirth | 1990-04-12 | 1978-09-30
    direccion | address1 | Col. Palmira, Av. República de Chile | Barrio El Centro, 3 calle
    ciudad | city | Tegucigalpa | San Pedro Sula
    vip | - | 1 | 0
    marketing | - | 1 | 1
    notas | - | Prefiere WhatsApp |
  `),
  set({ id: 'es-hotel-reservas-plantilla-ancha', kind: 'hotel reservation import template, 33 columns (stay dates, room and rate, guests, channel and segment, guest name and contact, nationality, id document, company, agency, group, amounts, payment, requests)', lang: 'es', defaultCountry: 'ES', source: 'index:69858543509 (a hotel PMS\'s import documentation)' }, `
    referencia_externa | - | BK-4471203 | EXP-88120
    llegada | - | 2026-12-03 | 2026-12-10
    salida | - | 2026-12-06 | 2026-12-12
    noches | - | 3 | 2
    tipo_habitacion | - | DBL | SUP
    tarifa | - | BAR | NR
    habitacion | - | 204 |
    habitaciones | - | 1 | 1
    adultos | - | 2 | 1
    ninos | - | 1 | 0
    bebes | - | 0 | 0
    regimen | - | AD | SA
    canal | - | Booking.com | Directo
    segmento | - | Ocio | Empresa
    estado | - | confirmada | pendiente
    nombre | firstName | Irene | Jordi
    apellidos | lastName | Navarro Gil | Puig
    email | email | irene.navarro@example.es | jpuig@example.cat
    telefono | phone | +34 611 222 333 | 934 556 677
    nacionalidad | - | ES | FR
    documento_tipo | - | DNI | Pasaporte
    documento_numero | - | 12345678Z | 19AB12345
    empresa | companyName | | Consultoría Puig SL
    agencia | - | |
    grupo | - | |
    importe_total | - | 345.00 | 198.50
    moneda | - | EUR | EUR
    deposito | - | 100.00 | 0
    metodo_pago | - | tarjeta | transferencia
    hora_llegada | - | 18:00 |
    peticiones | - | Cuna en la habitación |
    notas | - | |
    vip | - | no | sí
  `),
  set({ id: 'es-directorio-altas-usuarios-ad', kind: 'court staff directory user requests (request type, office, description, directory account)', lang: 'es', defaultCountry: 'ES', source: 'index:34625961277 (a justice administration\'s directory automation README)' }, `
    TipoAlta | - | NORMALIZADA | TRASLADO
    Nombre | firstName | Rocío | Fernando
    Apellidos | lastName | Delgado Ruiz | Prieto Sanz
    Email | email | | fernando.prieto@example.es
    Telefono | phone | 955 123 456 | 954 987 654
    Oficina | - | Juzgado de Primera Instancia Nº 3 de Sevilla | Fiscalía Provincial de Huelva
    Descripcion | - | Gestión Procesal | Tramitación
    AD | externalId | | fprieto
  `),
  set({ id: 'es-agenda-dos-telefonos', kind: 'hand-made address book saved by a desktop agenda (two numbered phones, one address cell)', lang: 'es', defaultCountry: 'ES', source: 'index:8302177759 (a Java agenda\'s CSV writer)' }, `
    nombre | firstName | Marta | Gonzalo
    apellidos | lastName | Ferrer | Ibarra López
    email | email | marta.ferrer@example.com | gonzalo.ibarra@example.es
    telefono1 | phone | 622334455 | 678901234
    telefono2 | additionalPhones | 963112233 |
    direccion | address1 | C/ Colón 14, 3º B, Valencia | Av. de la Constitución 7
  `),
  set({ id: 'es-tienda-clientes-export-id', kind: 'shop client list export (record id, one address cell)', lang: 'es', defaultCountry: 'ES', source: 'index:53593016011 (a Spring client controller\'s CSV export)' }, `
    ID | externalId | 17 | 204
    Nombre | firstName | Alba | Rubén
    Apellidos | lastName | Sáez | Domínguez Rey
    Email | email | alba.saez@example.es | ruben.dr@example.com
    Telefono | phone | 644 556 677 | 911 223 344
    Direccion | address1 | Calle Mayor 3, Zaragoza | Paseo de la Habana 88, Madrid
  `),
  set({ id: 'es-consulta-pacientes-sin-cabecera', kind: 'patient appointment file written without a header row (name, DNI, birth date and appointment date split in day, month and year, reason, time split in hour and minutes)', lang: 'es', defaultCountry: 'ES', noHeader: true, source: 'index:41684345656 (a C++ appointment agenda\'s data file writer)' }, `
    "" | firstName | Sergio | Inés
    "" | lastName | Vallejo Mora | Quintana
    "" | - | 56789012B | 67890123K
    "" | - | 4 | 23
    "" | - | 7 | 11
    "" | - | 1983 | 1996
    "" | phone | 678123456 | 634987012
    "" | - | 12 | 12
    "" | - | 1 | 3
    "" | - | 2026 | 2026
    "" | - | Revisión | Dolor de espalda
    "" | - | 10 | 17
    "" | - | 30 | 0
  `),
  set({ id: 'es-flota-choferes-sin-cabecera', kind: 'driver file written one driver a line without a header row, Mexico (mobile, email, start date, licence, home address, full name, active flag)', lang: 'es', defaultCountry: 'MX', noHeader: true, source: 'index:16425169053 (a Java fleet app\'s driver file format)' }, `
    "" | phone | 5512345678 | 3319876543
    "" | email | raul.hdz@example.com.mx | lupita.rmz@example.com
    "" | - | 2016-03-01 | 2019-08-15
    "" | - | A1234567 | B7654321
    "" | address1 | Av. Insurgentes Sur 1200, Col. del Valle | Calle Hidalgo 45, Centro
    "" | name | Raúl Hernández Soto | Guadalupe Ramírez Díaz
    "" | - | true | false
  `),
  set({ id: 'es-estudio-abogados-directorio-peru', kind: 'law firm directory of lawyers, Peru (record id, DNI, mobile, bar number and bar, procedural address and reference, court e-mailbox and district, notes)', lang: 'es', defaultCountry: 'PE', source: 'index:19129982793 (a Peruvian legal case manager\'s lawyer sheet)' }, `
    ID | externalId | AB-001 | AB-014
    Nombre | name | Carmen Rosa Quispe Huamán | Luis Alberto Vargas Ríos
    DNI | - | 41234567 | 09876543
    Celular | phone | 987 654 321 | 999 111 222
    Correo | email | cquispe@example.pe | lvargas.abogado@example.com
    Colegiatura | - | CAL 45123 | CAA 1290
    ColegioProfesional | - | Colegio de Abogados de Lima | Colegio de Abogados de Arequipa
    Domicilio Procesal | address1 | Av. Abancay 555, Of. 302, Lima | Calle Mercaderes 210, Arequipa
    ReferenciaDomicilio | - | Frente al Palacio de Justicia |
    Casilla Electronica | - | 12345 | 67890
    DistritoJudicial | - | Lima | Arequipa
    Casilla Judicial | - | 1204 |
    Notas | - | |
  `),
  set({ id: 'es-condominio-residentes-puerto-rico', kind: 'condominium resident import example, Puerto Rico (unit, owner or tenant type)', lang: 'es', defaultCountry: 'PR', source: 'index:22967849787 (a condo management app\'s Spanish import guide)' }, `
    Apartamento | - | 101 | 204
    Nombre | firstName | José | Ana
    Apellido | lastName | Rodríguez | Martínez
    Correo | email | jose.rodriguez@example.com | ana.mtz@example.net
    Celular | phone | (787) 555-0134 | 939 555 0178
    Tipo | - | propietario | inquilino
  `),
  set({ id: 'es-campana-votantes-mesas', kind: 'campaign voter tracking export, Paraguay (identity card, phone, voting district, polling place, table and order, councillor, coordinator, colour, voted and checked flags)', lang: 'es', defaultCountry: 'PY', source: 'index:57436229161 (a campaign day-of-vote app\'s CSV export)' }, `
    CÉDULA | - | 4123567 | 3987012
    NOMBRES | firstName | Rosa María | Derlis
    APELLIDOS | lastName | Benítez Ortiz | Cáceres
    TELÉFONO | phone | 0981 234567 | 0971 765432
    DISTRITO | - | Luque | Luque
    LOCAL | - | Escuela Básica N° 120 | Colegio Nacional
    MESA | - | 14 | 7
    ORDEN | - | 231 | 88
    CONCEJAL | - | Lista 2 - Opción 5 | Lista 2 - Opción 1
    COORDINADOR | owner | Nelson Aquino | Liz Ramírez
    COLOR | - | Verde | Amarillo
    VOTÓ (DÍA D) | - | SÍ (09:42) | NO
    PASÓ PC | - | NO | NO
  `),
  set({ id: 'es-universidad-carga-masiva-usuarios', kind: 'university bulk user load, Ecuador (identity card, role, degree code)', lang: 'es', defaultCountry: 'EC', source: 'index:71577908854 (a tutoring platform\'s bulk-load test, Django)' }, `
    CÉDULA | - | 0912345675 | 0920202025
    NOMBRES | firstName | Juan Carlos | Mercedes
    APELLIDOS | lastName | Villacís Mora | Andrade
    CORREO | email | juan.villacis@example.edu.ec | mandrade@example.edu.ec
    TELÉFONO | phone | 0991234567 | 04 260 1234
    ROL | - | ESTUDIANTE | TUTOR
    CARRERA (código) | - | TDS | TCO
  `),
  // -------------------------------------------------------------------------------------------------- Portuguese
  set({ id: 'pt-seminario-inscricoes-presenca', kind: 'two-day seminar registration export (CPF, institution, job, day chosen, attendance per day, sign-up date)', lang: 'pt', defaultCountry: 'BR', source: 'index:31626062338 (a seminar sign-up API\'s CSV export route)' }, `
    Nome | name | Patrícia Lopes Araújo | Renato Freitas
    CPF | - | 123.456.789-09 | 987.654.321-00
    E-mail | email | patricia.araujo@example.gov.br | renato.freitas@example.com.br
    Telefone | phone | (61) 99876-1234 | (62) 3241-5566
    Instituição | companyName | Secretaria de Saúde | Universidade Federal de Goiás
    Cargo | - | Enfermeira | Professor
    Dia Participação | - | Ambos os dias | Dia 1 (25/02)
    Presente Dia 1 | - | Sim | Sim
    Presente Dia 2 | - | Não |
    Data Inscrição | - | 10/02/2026 | 12/02/2026
  `),
  set({ id: 'pt-crm-clientes-empresa-tags', kind: 'small CRM client export (CPF, company, tags)', lang: 'pt', defaultCountry: 'BR', source: 'index:68368113712 (a CRM single-page app\'s selected-clients CSV export)' }, `
    Nome | name | Juliana Prado | Márcio Tavares
    CPF | - | 321.654.987-01 |
    E-mail | email | juliana@pradoarquitetura.example.com.br | marcio.tavares@example.com
    Telefone | phone | (11) 98123-4567 | (31) 99654-3210
    Empresa | companyName | Prado Arquitetura | 
    Tags | tags | cliente, indicação | lead frio
  `),
  set({ id: 'pt-relatorio-clientes-cidade-estado', kind: 'booking app client report (record id, CPF, city and state, status, sign-up date)', lang: 'pt', defaultCountry: 'BR', source: 'index:55384597912 (a service booking dashboard\'s client report export)' }, `
    ID | externalId | cli_8f2a | cli_91c0
    Nome | name | Débora Nogueira | Anderson Pires
    CPF | - | 111.222.333-96 | 444.555.666-20
    E-mail | email | debora.nogueira@example.com | anderson.pires@example.com.br
    Telefone | phone | (21) 97777-1212 | (48) 99191-8080
    Cidade | city | Niterói | Florianópolis
    Estado | state | RJ | SC
    Status | - | Ativo | Bloqueado
    Data de Cadastro | - | 2026-01-18 | 2025-11-02
  `),
  set({ id: 'pt-programa-beneficiarios-colar', kind: 'social programme beneficiary paste-in list (CPF, programme, municipality, state code)', lang: 'pt', defaultCountry: 'BR', source: 'index:59824288597 (a programme management screen\'s CSV paste placeholder)' }, `
    nome | name | Maria das Dores Silva | José Carlos Batista
    cpf | - | 123.456.789-00 | 234.567.890-11
    e-mail | email | mariadores@example.com | 
    telefone | phone | 11999999999 | 85988887777
    programa | - | Programa A | Programa B
    municipio | city | São Paulo | Fortaleza
    uf | state | SP | CE
  `),
  set({ id: 'pt-escola-musica-alunos-responsavel', kind: 'music school student export (CPF, instrument, status, lead origin, guardian\'s name)', lang: 'pt', defaultCountry: 'BR', source: 'index:61580010180 (a music school manager\'s student CSV export)' }, `
    Nome | name | Lucas Ferreira Lima | Ana Beatriz Costa
    CPF | - | 456.789.123-45 |
    E-mail | email | lucas.flima@example.com | familia.costa@example.com.br
    Telefone | phone | (51) 99812-3344 | (51) 98100-2200
    Instrumento | - | Violão; Canto | Piano
    Status | - | Matriculado | Experimental
    Origem | source | Instagram | Indicação
    Responsável | - | | Cláudia Costa
  `),
  set({ id: 'pt-clinica-equipe-importacao', kind: 'clinic staff import (CPF, council registration, role, profession, postcode, address)', lang: 'pt', defaultCountry: 'BR', source: 'index:70839535024 (a therapy clinic app\'s user import parser test)' }, `
    Nome | name | Dra. Helena Moraes | Thiago Antunes
    E-mail | email | helena.moraes@example.com.br | thiago.antunes@example.com
    Telefone | phone | (11) 99999-8888 | (11) 3456-7890
    CPF | - | 135.246.357-80 | 864.975.086-31
    Registro Conselho | - | CRP 06/12345 | CREFITO 3/98765
    Papel | - | Psicólogo | Fisioterapeuta
    Profissão | - | Psicologia | Fisioterapia
    CEP | postalCode | 01001-000 | 04538-132
    Endereço | address1 | Praça da Sé, 100 | Av. Brigadeiro Faria Lima, 3477
  `),
  set({ id: 'pt-evento-presencas-titulo', kind: 'event attendance list saved with a title line above the headers (CPF, birth date, gender, present flag, permission)', lang: 'pt', defaultCountry: 'BR', source: 'index:39968207000 (a JavaFX event manager\'s attendance CSV writer)', above: [['=== Lista de Participantes ===']] }, `
    Nome | name | Camila Rezende | Gabriel Monteiro
    E-mail | email | camila.rezende@example.com | gabriel.m@example.com.br
    Telefone | phone | (27) 99123-4567 | (27) 3322-1100
    CPF | - | 246.813.579-02 | 975.318.642-10
    Nascimento | dateOfBirth | 2001-09-14 | 1998-02-27
    Gênero | - | Feminino | Masculino
    Presente? | - | Sim | Não
    Permissão | - | PARTICIPANTE | ORGANIZADOR
  `),
  set({ id: 'pt-ubs-pacientes-modelo', kind: 'primary care unit patient import template (SUS card number, address cell, sex, health agent, care unit)', lang: 'pt', defaultCountry: 'BR', source: 'index:18262341256 (a public health app\'s patient CSV template download)' }, `
    Nome Completo | name | Rosângela Pereira dos Santos | Francisco Alves
    Data de Nascimento | dateOfBirth | 1962-03-19 | 
    Número do Cartão SUS | - | 700123456789012 | 700987654321098
    Endereço | address1 | Rua das Acácias, 112, Jardim América | 
    Telefone | phone | (71) 98765-4321 | 
    Sexo | - | feminino | masculino
    Agente de Saúde | owner | Joseane Lima | 
    Nome da UBS de Cadastro | - | UBS Vila Nova | UBS Central
  `),
  set({ id: 'pt-adesao-beneficio-arquivo', kind: 'benefit enrolment file for an insurer (action type, employer CNPJ, product, CPF, full name, birth date, sex)', lang: 'pt', defaultCountry: 'BR', source: 'index:19169330880 (a benefits broker\'s enrolment file generator)' }, `
    TIPO DE ACAO | - | INCLUSAO | INCLUSAO
    CNPJ | - | 12.345.678/0001-90 | 12.345.678/0001-90
    PRODUTO | - | ODONTO-01 | SAUDE-02
    CPF | - | 357.159.468-20 | 159.357.246-81
    NOME COMPLETO | name | EDUARDO SANTANA ROCHA | LIVIA MENDES CARVALHO
    DATA DE NASCIMENTO | dateOfBirth | 1989-06-05 | 1995-10-30
    TELEFONE | phone | 11987651234 | 21996543210
    SEXO | - | M | F
    E-mail | email | eduardo.rocha@example.com | livia.carvalho@example.com.br
  `),
  set({ id: 'pt-fornecedores-export-largo', kind: 'ERP supplier export, 20 columns (person or company, trade name, CPF/CNPJ, state registration, phone and mobile, address split with number, complement and district, payment terms, credit limit, rating, active)', lang: 'pt', defaultCountry: 'BR', source: 'index:6326569050 (an ERP API\'s supplier CSV export)' }, `
    Tipo Pessoa | - | PJ | PF
    Nome/Razão Social | name | Distribuidora Sol Nascente Ltda | Sérgio Luiz Fontes
    Nome Fantasia | - | Sol Nascente | 
    CPF/CNPJ | - | 23.456.789/0001-12 | 765.432.109-87
    RG/IE | - | 123.456.789.110 | 12.345.678-9
    Email | email | compras@solnascente.example.com.br | sergio.fontes@example.com
    Telefone | phone | (19) 3232-4545 | (19) 99191-2020
    Celular | additionalPhones | (19) 99888-7766 | 
    Logradouro | address1 | Rua Barão de Jaguara | Av. Norte-Sul
    Número | - | 1481 | 300
    Complemento | - | Sala 5 | 
    Bairro | - | Centro | Cambuí
    Cidade | city | Campinas | Campinas
    UF | state | SP | SP
    CEP | postalCode | 13015-002 | 13025-320
    Prazo Pagamento | - | 30 | 15
    Forma Pagamento | - | Boleto | PIX
    Limite Crédito | - | 50000.00 | 5000.00
    Avaliação | - | 4 | 5
    Ativo | - | true | true
  `),
  set({ id: 'pt-contatos-importacao-endereco', kind: 'contact import sample in an API collection (CPF/CNPJ, postcode, street, number, complement, district, city, state)', lang: 'pt', defaultCountry: 'BR', source: 'index:28278945484 (an API test collection\'s contact import body)' }, `
    Nome | name | Fernanda Duarte | Roberto Klein
    Email | email | fernanda.duarte@example.com | roberto.klein@example.com.br
    Telefone | phone | (48) 3433-1020 | (48) 9 9123-4567
    CPF/CNPJ | - | 76038817000110 | 63229617053
    CEP | postalCode | 88801-000 | 
    Logradouro | address1 | Av. Centenário | 
    Número | - | 1 | 
    Complemento | - | | 
    Bairro | - | Centro | 
    Cidade | city | Criciúma | 
    Estado | state | SC | 
  `),
  set({ id: 'pt-servidores-enderecos-relatorio', kind: 'public servants\' address report (servant\'s name, department, street, number, complement, district, city, state, postcode)', lang: 'pt', defaultCountry: 'BR', source: 'index:40001160960 (a municipal HR app\'s address report CSV export)' }, `
    Servidor | name | Antônio Carlos Ribeiro | Sandra Helena Matos
    Setor | - | Secretaria de Educação | Tesouraria
    Logradouro | address1 | Rua Sete de Setembro | Travessa São José
    Número | - | 455 | 12
    Complemento | - | Apto 302 | 
    Bairro | - | Centro | Boa Vista
    Cidade | city | Garanhuns | Garanhuns
    UF | state | PE | PE
    CEP | postalCode | 55290-000 | 55292-410
  `),
  // ------------------------------------------------------------------------------------------------------ French
  set({ id: 'fr-interprofession-comptes-societes', kind: 'wine trade body account export, 19 columns and a trailing empty one (account number, account title, client or supplier, short name, address and complement, NAF code, identifier, SIRET, dormant flag, creation date, phone, fax, email, site, wine region)', lang: 'fr', defaultCountry: 'FR', source: 'index:7991257036 (a wine trade body\'s account CSV export class, symfony)' }, `
    numéro de compte | externalId | C0012458 | C0031077
    intitulé | companyName | SCEA Domaine des Trois Chênes | EARL Vignobles Martin
    type (client/fournisseur) | - | client | client
    abrégé | - | TROIS CHENES | VIGN MARTIN
    adresse | address1 | 12 route de Beaune | Lieu-dit Les Perrières
    address complément | - | | BP 14
    code postal | postalCode | 21700 | 49700
    ville | city | Nuits-Saint-Georges | Doué-en-Anjou
    pays | country | FR | FR
    code NAF | - | 0121Z | 0121Z
    n° identifiant | - | 7521 | 8810
    n° siret | - | 41234567800019 | 52345678900027
    mise en sommeil | - | | 
    date de création | - | 2004-03-12 | 2011-09-01
    téléphone | phone | 03 80 61 12 34 | 02 41 59 87 65
    fax | - | 03 80 61 12 35 | 
    email | email | contact@troischenes.example.fr | vignobles.martin@example.fr
    site | website | www.troischenes.example.fr | 
    Région viticole | - | Bourgogne | Val de Loire
    "" | - | |
  `),
  set({ id: 'fr-pennylane-clients-import', kind: 'Pennylane customer import file, 26 columns (customer code, name, SIREN, ledger account, address, email list, phone, customer reference, invoice recipient, remarks, VAT number, invoicing language, payment terms, direct debit mandate and bank details, transfer bank details, GoCardless mandate)', lang: 'fr', defaultCountry: 'FR', source: 'index:56675048155 (a wine trade body\'s Pennylane export script)' }, `
    Code Client | externalId | 411TROIS | 411MARTIN
    Dénomination | companyName | Domaine des Trois Chênes | Vignobles Martin
    Siren | - | 412345678 | 523456789
    Numéro de Compte | - | 411000124 | 411000310
    Adresse | address1 | 12 route de Beaune | 4 chemin des Perrières
    Code Postal | postalCode | 21700 | 49700
    Ville | city | Nuits-Saint-Georges | Doué-en-Anjou
    Pays | country | FR | FR
    Liste d’e-mails | email | compta@troischenes.example.fr | vignobles.martin@example.fr
    Téléphone | phone | 03 80 61 12 34 | 02 41 59 87 65
    Référence Client | - | CIVP-0124 | CIVP-0310
    Destinataire | - | Service comptabilité | Hélène Martin
    Remarques | - | | 
    Numéro de TVA | - | FR12412345678 | FR45523456789
    Langue de Facturation | - | fr | fr
    Condition de Paiement | - | 30 jours | à réception
    Prélèvement : Numéro de Mandat (RUM) | - | RUM-000124 | 
    Prélèvement : Date de Signature | - | 2024-01-15 | 
    Prélèvement : Type de Paiement | - | RCUR | 
    Prélèvement : IBAN | - | FR7630004000031234567890143 | 
    Prélèvement : BIC | - | BNPAFRPPXXX | 
    Prélèvement : Banque | - | BNP Paribas | 
    Virement : IBAN | - | | FR7610107001011234567890129
    Virement : BIC | - | | BREDFRPPXXX
    Virement : Banque | - | | BRED
    ID du mandat de GoCardless | - | | MD000XYZ12
  `),
  set({ id: 'fr-boutique-clients-inscription-statut', kind: 'shop customer export (customer id, sign-up date, prospect or client status, civil status, trailing empty column)', lang: 'fr', defaultCountry: 'FR', source: 'index:36590801595 (a shop back office\'s customer CSV export view)' }, `
    ID | externalId | 318 | 402
    Date d'inscription | - | 2026-03-02 | 2026-05-19
    Statut | - | Client | Prospect
    Prénom | firstName | Agnès | Thibault
    Nom | lastName | Roussel | Marchand
    Email | email | agnes.roussel@example.fr | t.marchand@example.com
    Adresse | address1 | 8 rue Victor Hugo | 21 boulevard Gambetta
    Code postal | postalCode | 59000 | 06000
    Ville | city | Lille | Nice
    Pays | country | France | France
    État civil | - | Madame | Monsieur
    "" | - | |
  `),
  set({ id: 'fr-pass-inscriptions-relais', kind: 'membership pass registration export (date, address, pick-up relay, status)', lang: 'fr', defaultCountry: 'FR', source: 'index:63364157967 (a pass programme\'s admin CSV export, FastAPI)' }, `
    Date | - | 2026-09-14 | 2026-09-15
    Prénom | firstName | Laetitia | Yannick
    Nom | lastName | Boyer | Le Gall
    Email | email | laetitia.boyer@example.fr | yannick.legall@example.com
    Téléphone | phone | 06 45 12 78 90 | +33 7 61 22 33 44
    Adresse | address1 | 3 impasse des Mimosas | 17 rue de Brest
    Code postal | postalCode | 34000 | 29200
    Ville | city | Montpellier | Brest
    Pays | country | France | France
    Relais | - | Librairie du Centre | Mairie de Brest
    Statut | - | Validée | En attente
  `),
  set({ id: 'fr-demandes-catalogue-entreprises', kind: 'B2B catalogue request export, 18 columns (date, job, company, headcount, sector, NAF code, SIRET, postal address and complement, phone, fax, email, web address)', lang: 'fr', defaultCountry: 'FR', source: 'index:44617104558 (a training catalogue site\'s request CSV export)' }, `
    Date | - | 2026-10-02 10:14:00 | 2026-10-03 16:40:00
    Nom | lastName | Perrin | Benali
    Prénom | firstName | Sandrine | Karim
    Fonction | - | Responsable formation | DRH
    Société | companyName | Transports Perrin SAS | Clinique des Alpes
    Nombre de salariés | - | 50 à 99 | 200 à 499
    Secteur d'activité | - | Transport routier | Santé
    Code NAF | - | 4941A | 8610Z
    Siret | - | 38912345600021 | 77123456700018
    Adresse postale | address1 | 4 avenue de l'Europe | 120 chemin du Vallon
    Complément adresse postale | - | ZA du Parc | Bâtiment B
    Code postal | postalCode | 69140 | 38100
    Ville | city | Rillieux-la-Pape | Grenoble
    Pays | country | France | France
    Téléphone | phone | 04 72 01 23 45 | 04 76 88 99 00
    Fax | - | 04 72 01 23 46 | 
    Adresse email | email | s.perrin@transports-perrin.example.fr | karim.benali@example.fr
    Adresse web | website | www.transports-perrin.example.fr | 
  `),
  set({ id: 'fr-sangha-adherents-double-entete', kind: 'meditation centre member export with a group header row above the column headers, 22 columns and a trailing empty one (fee, member identifier, gender, language, rate type, newsletter flag, phone and mobile, two address lines, ordination, dharma name, volunteering, profession, availability, skills)', lang: 'fr', defaultCountry: 'FR', source: 'index:39756057541 (a Buddhist centre\'s member CSV export, PHP)', above: [['Inscription', 'Informations Personnelles', '', '', '', '', '', 'Communication', '', '', '', 'Adresse', '', '', '', '', 'Sangha', '', 'Benevolat', '', '', '', '']] }, `
    Cotisation | - | 2026 | 2025
    Nom | lastName | Delorme | N'Diaye
    Prénom | firstName | Brigitte | Moussa
    Identifiant | externalId | bdelorme | mndiaye
    Genre | - | F | M
    Langue | - | fr | fr
    Type tarif | - | Normal | Réduit
    Email | email | brigitte.delorme@example.fr | moussa.ndiaye@example.com
    Newsletter | - | oui | non
    Télephone | phone | 01 43 22 11 00 | 
    Portable | additionalPhones | 06 70 80 90 10 | 06 12 13 14 15
    Adresse 1 | address1 | 25 rue de la Glacière | 9 allée des Cèdres
    Adresse 2 | - | Escalier B | 
    Code postal | postalCode | 75013 | 94300
    Ville | city | Paris | Vincennes
    Pays | country | France | France
    Ordination | - | x | 
    Nom de Dharma | - | Paix du Cœur | 
    Bénevolat | - | x | 
    Profession | - | Infirmière | Ingénieur
    Disponibilités | - | Week-ends | Soirées
    Compétences | - | Cuisine, accueil | Informatique
    "" | - | |
  `),
  set({ id: 'fr-marketplace-commandes-import', kind: 'marketplace order import (order number and date, status, product reference and title, quantity, unit price, buyer\'s name and delivery address)', lang: 'fr', defaultCountry: 'FR', source: 'index:71016917956 (a dropshipping tool\'s marketplace order import test)' }, `
    Numéro de commande | - | V-1 | V-2
    Date de commande | - | 29/09/2026 10:00 | 29/09/2026 11:00
    Statut | - | Payée | Annulée
    Référence | - | CJ-555 | CJ-702
    Titre | - | Lampe de chevet | Bougie parfumée
    Quantité | - | 2 | 1
    Prix unitaire | - | 19,90 € | 5,00 €
    Nom | name | Nadia Rousseau | Éric Fontaine
    Adresse | address1 | 4 rue Haute | 1 rue Basse
    Code postal | postalCode | 13001 | 13002
    Ville | city | Marseille | Marseille
    Pays | country | FR | FR
  `),
  set({ id: 'fr-instant-gagnant-gagnants-export', kind: 'instant-win game winners export (user id, nickname, salutation, opt-ins, winner flag, entry date, phone and mobile, sign-up date, birth date, trailing empty column)', lang: 'fr', defaultCountry: 'FR', source: 'index:740549057 (a games platform\'s instant-win admin export, Zend Framework)' }, `
    ID | externalId | 10422 | 10987
    Pseudo | - | mimi_rose | seb75
    Civilité | - | Mme | M.
    Nom | lastName | Roux | Caron
    Prénom | firstName | Émilie | Sébastien
    E-mail | email | emilie.roux@example.fr | seb.caron@example.com
    Optin Newsletter | - | 1 | 0
    Optin partenaire | - | 0 | 0
    A Gagné ? | - | 1 | 1
    Date - H | - | 2026-11-03 14:22:10 | 2026-11-04 09:05:41
    Adresse | address1 | 14 rue des Écoles - Bât. C | 2 place du Marché
    CP | postalCode | 67000 | 75011
    Ville | city | Strasbourg | Paris
    Téléphone | phone | 03 88 12 34 56 | 
    Mobile | additionalPhones | 06 98 76 54 32 | 07 11 22 33 44
    Date d'inscription | - | 2025-06-30 | 2026-01-09
    Date de naissance | dateOfBirth | 1990-08-21 | 1983-03-02
    "" | - | |
  `),
  set({ id: 'fr-suisse-membres-publipostage', kind: 'Swiss association member mail-merge export (birth date, address, NPA postcode, town, country)', lang: 'fr', defaultCountry: 'CH', source: 'index:12016292741 (a Swiss association site\'s mail-merge export, Yii)' }, `
    Nom | lastName | Favre | Rochat
    Prénom | firstName | Nathalie | Loïc
    Date de naissance | dateOfBirth | 19.04.1976 | 03.08.1990
    Adresse | address1 | Chemin des Vignes 12 | Rue du Marché 3
    NPA | postalCode | 1820 | 2000
    Ville | city | Montreux | Neuchâtel
    Pays | country | Suisse | Suisse
    Email | email | nathalie.favre@example.ch | loic.rochat@example.ch
  `),
  // ----------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-convegno-ospiti-arrivi', kind: 'conference guest list (arrival and departure times)', lang: 'it', defaultCountry: 'IT', source: 'index:58694796486 (a guest list extractor\'s test fixture)' }, `
    Nome | firstName | Mario | Anna
    Cognome | lastName | Rossi | Verdi
    Email | email | mario.rossi@asl.example.it | anna.verdi@example.it
    Telefono | phone | 340 123 4567 | 06 4455 6677
    Arrivo | - | 09:30 | 09:45
    Partenza | - | 18:00 | 17:30
  `),
  set({ id: 'it-eventi-iscritti-consensi', kind: 'event sign-up list to clean up (city, sign-up date, event, newsletter and SMS consent, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:70616779718 (a contact list cleaner\'s conversion test)' }, `
    Nome | firstName | Giulia | Paolo
    Cognome | lastName | Marchetti | De Santis
    Email | email | giulia.marchetti@example.it | paolo.desantis@example.com
    Telefono | phone | 333 1234567 | 
    Città | city | Napoli | Milano
    Data iscrizione | - | 12/03/2025 | 01/09/2026
    Evento | - | Festa Napoli | 
    Consenso newsletter | - | sì | x
    Consenso SMS | - | no | 
    Note | - | | volontario
  `),
  set({ id: 'it-laboratorio-accettazione-modello', kind: 'lab multiple acceptance template (tax code, gender, birth date, company id)', lang: 'it', defaultCountry: 'IT', source: 'index:56956472987 (a lab information system\'s acceptance template download)' }, `
    Cognome | lastName | Ferri | Colombo
    Nome | firstName | Davide | Silvia
    Codice Fiscale | - | FRRDVD85C12F205X | CLMSLV91E55L219K
    Genere | - | M | F
    Data Nascita | dateOfBirth | 1985-03-12 | 1991-05-15
    Email | email | davide.ferri@example.it | silvia.colombo@example.com
    Telefono | phone | 3471234567 | 3289876543
    Azienda ID | - | 1 | 
  `),
  set({ id: 'it-teleassistenza-utenti-import', kind: 'telecare user bulk import, 16 columns (user code, tax code, birth date, town, address, service type, devices, state, install and planning dates, notes, installer, health authority contact)', lang: 'it', defaultCountry: 'IT', source: 'index:3660468111 (a telecare service manager\'s README on its import format)' }, `
    ID | externalId | CSP001 | CSP014
    Cognome | lastName | Gatti | Barbieri
    Nome | firstName | Ernesto | Lucia
    Codice Fiscale | - | GTTRST40A01F965K | BRBLCU38M41D969T
    Data Nascita | dateOfBirth | 01/01/1940 | 01/08/1938
    Comune | city | Novi Ligure | Genova
    Indirizzo | address1 | Via Girardengo 14 | Corso Sardegna 80
    Telefono | phone | 0143 765432 | 010 8765432
    Tipo Servizio | - | TeleAssistenza | TeleSoccorso
    Dispositivi | - | Braccialetto SOS | Rilevatore cadute
    Stato | - | Installato | Pianificato
    Data Installazione | - | 15/01/2026 | 
    Data Pianificazione | - | | 20/12/2026
    Note | - | Dispositivo attivo | 
    Tecnico Installazione | - | Marco Bruno | Elisa Rinaldi
    Referente ASL | - | Dott.ssa Galli | Dott. Pellegrini
  `),
  set({ id: 'it-rubrica-contatti-maiuscolo', kind: 'hand-made address book written by a desktop program (upper-case headers, trailing empty column)', lang: 'it', defaultCountry: 'IT', source: 'index:23981202666 (a Java address book\'s CSV builder)' }, `
    NOME | firstName | Federica | Alessio
    COGNOME | lastName | Rinaldi | Bellini
    EMAIL | email | federica.rinaldi@example.it | alessio.b@example.com
    TELEFONO | phone | 347 555 1212 | 02 8899 7766
    "" | - | |
  `),
  set({ id: 'it-gestionale-clienti-export', kind: 'small business client export (company, address with postcode and province, VAT number, tax code, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:53197751563 (a desktop quoting app\'s client CSV export, Rust)' }, `
    Nome | firstName | Roberto | Elena
    Cognome | lastName | Fumagalli | Sartori
    Azienda | companyName | Fumagalli Serramenti S.r.l. | 
    Email | email | info@fumagalliserramenti.example.it | elena.sartori@example.it
    Telefono | phone | 039 234 5678 | 348 765 4321
    Indirizzo | address1 | Via Milano 112 | Via dei Mille 7
    CAP | postalCode | 20900 | 37121
    Città | city | Monza | Verona
    Provincia | state | MB | VR
    P.IVA | - | 01234567890 | 
    CF | - | | SRTLNE80A41L781Z
    Note | - | Cliente dal 2019 | 
  `),
  set({ id: 'it-associazione-soci-export', kind: 'association member export, 16 columns (tax code, birth date, address, nation, home, work and mobile phones, card number, fee expiry, active)', lang: 'it', defaultCountry: 'IT', source: 'index:52853410521 (an association manager\'s member CSV export service)' }, `
    Cognome | lastName | Mancini | Greco
    Nome | firstName | Francesca | Matteo
    Email | email | francesca.mancini@example.it | matteo.greco@example.com
    Codice Fiscale | - | MNCFNC82D45H501W | GRCMTT90T10F839P
    Data di Nascita | dateOfBirth | 1982-04-05 | 1990-12-10
    Indirizzo | address1 | Via Appia Nuova 250 | Via Toledo 18
    CAP | postalCode | 00183 | 80134
    Città | city | Roma | Napoli
    Provincia | state | RM | NA
    Nazione | country | Italia | Italia
    Telefono Casa | additionalPhones | 06 7012 3456 | 
    Telefono Lavoro | additionalPhones | | 081 552 3344
    Cellulare | phone | 339 123 4567 | 320 987 6543
    Numero Tessera | externalId | 2026-0042 | 2026-0117
    Scadenza Quota | - | 2026-12-31 | 2026-06-30
    Attivo | - | Sì | No
  `),
  set({ id: 'it-servizio-civile-risorse-sedi', kind: 'civil service project resources export, 23 columns and a trailing empty one (project codes, title, sector, area, the site\'s code, name, province, town, address, postcode, phone and email, state, then the person\'s name, birth date, role, tax code and internal code, duration)', lang: 'it', defaultCountry: 'IT', source: 'index:12320286393 (a civil service management system\'s resource export, VB.NET)' }, `
    Codice Progetto Interno | - | 10234 | 10391
    Codice Progetto | - | PTXSU0012026010234 | PTXSU0012026010391
    Titolo | - | Biblioteche aperte | Anziani al centro
    Circolare | - | 2026 | 2026
    Settore | - | Patrimonio culturale | Assistenza
    Area | - | Biblioteche | Anziani
    CodiceSede | - | 145220 | 150871
    Sede | - | Biblioteca comunale | Centro diurno San Rocco
    Provincia | - | PG | BA
    Comune | - | Foligno | Bari
    Indirizzo | - | Piazza del Grano 5 | Via San Rocco 21
    CAP | - | 06034 | 70122
    Telefono | - | 0742 330 411 | 080 521 9900
    E-Mail | - | biblioteca@comune.foligno.example.it | centrodiurno@example.it
    Stato | - | Attivo | Attivo
    Cognome | lastName | Pieri | Lorusso
    Nome | firstName | Tommaso | Martina
    Data di Nascita | dateOfBirth | 12/02/2003 | 30/07/2001
    Ruolo | - | Operatore volontario | OLP
    Codice fiscale | - | PRITMS03B12D653Y | LRSMTN01L70A662Q
    Codice Interno Risorse | externalId | 558120 | 558377
    Durata (mesi) | - | 12 | 12
    CodiceEnteRiferimentoSede | - | SU00120 | SU00120
    "" | - | |
  `),
  set({ id: 'it-fisioterapia-pazienti-ticino', kind: 'physiotherapy patient import, Ticino (birth date, street, NPA postcode, locality, AHV number, health insurer, insured number, sex)', lang: 'it', defaultCountry: 'CH', source: 'index:69390978974 (a Swiss physiotherapy app\'s patient import dialog)' }, `
    cognome | lastName | Bernasconi | Pedrazzini
    nome | firstName | Giorgia | Fabio
    data di nascita | dateOfBirth | 31.12.1950 | 14.06.1978
    telefono | phone | 091 922 33 44 | 079 555 12 34
    e-mail | email | giorgia.bernasconi@example.ch | fabio.pedrazzini@example.ch
    via | address1 | Via Nassa 21 | Via Cantonale 5
    npa | postalCode | 6900 | 6500
    località | city | Lugano | Bellinzona
    avs | - | 756.1234.5678.97 | 756.9876.5432.10
    cassa | - | Helsana | CSS
    n. assicurato | - | 80756001234 | 12345678
    sesso | - | F | M
  `),
  set({ id: 'it-assemblea-iscritti-documenti', kind: 'online assembly member export (member id, tax code, birth place and date, document number)', lang: 'it', defaultCountry: 'IT', source: 'index:11717117961 (a participation platform\'s member CSV export, Lua)' }, `
    ID | externalId | 12 | 208
    Nome | firstName | Lorenzo | Beatrice
    Cognome | lastName | Marini | Fontana
    CF | - | MRNLNZ88H21F205Q | FNTBRC93A47L424D
    Luogo di nascita | - | Milano | Trieste
    Data di nascita | dateOfBirth | 21/06/1988 | 07/01/1993
    Numero documento | - | CA12345BX | AY9876543
  `),
  set({ id: 'it-palestra-tesserati-export', kind: 'gym member export (subscription plan, subscription expiry, medical certificate, active)', lang: 'it', defaultCountry: 'IT', source: 'index:58017227632 (a gym management app\'s changelog on its member export)' }, `
    Cognome | lastName | Ricci | Conti
    Nome | firstName | Alessandra | Simone
    Email | email | ale.ricci@example.it | simone.conti@example.com
    Telefono | phone | 345 678 9012 | 333 222 1100
    Abbonamento | - | Open mensile | 10 ingressi
    Scadenza abb. | - | 31/12/2026 | 15/01/2027
    Cert. medico | - | Valido | Scaduto
    Attivo | - | Sì | No
  `),
  // ----------------------------------------------------------------------------------------------------- English
  set({ id: 'en-printavo-customers-export', kind: 'Printavo customers export (customer id, company, created timestamp)', lang: 'en', source: 'index:58672145633 (a print shop\'s reorder tool test with Printavo export fixtures)' }, `
    Customer ID | externalId | 10077021 | 10077388
    First Name | firstName | Derek | Alisha
    Last Name | lastName | Comstock | Ferreira
    Company | companyName | Bayside Towing | Coral Gables Swim Club
    Email | email | derek@baysidetowing.example.com | alisha.f@example.org
    Phone | phone | +13055550148 | +17865550190
    Created | - | 2025-11-05 11:32:55 -0500 | 2026-01-14 09:02:10 -0500
  `),
  set({ id: 'en-printavo-invoices-export', kind: 'Printavo invoices export (invoice number, nickname, dates, customer\'s full name, email, company and id, quantity, paid flag, status, invoice links)', lang: 'en', source: 'index:58760735192 (a print shop\'s reorder tool test with a Printavo orders fixture)' }, `
    Invoice # | - | 13623 | 13710
    Nickname | - | Bayside polos | Swim club tees
    Created Date | - | 2025-11-05 | 2026-01-20
    Production Due Date | - | 2025-11-12 | 2026-02-01
    Customer Full Name | name | Derek Comstock | Alisha Ferreira
    Customer Email | email | derek@baysidetowing.example.com | alisha.f@example.org
    Customer Company | companyName | Bayside Towing | Coral Gables Swim Club
    Customer Id | externalId | 10077021 | 10077388
    Total Quantity | - | 28 | 96
    Paid? | - | true | false
    Invoice Status | - | COMPLETE | IN PRODUCTION
    Public Invoice View URL | - | https://example.test/public/13623 | https://example.test/public/13710
    Invoice URL | - | https://example.test/internal/13623 | https://example.test/internal/13710
  `),
  set({ id: 'en-jira-service-desk-customers', kind: 'Jira Service Management bulk customer import (organisation, customer full name and email)', lang: 'en', source: 'index:25099028468 (a bulk customer import script\'s README)' }, `
    Organisation Name | companyName | Northwind Logistics | Halcyon Labs
    Customer Full Name | name | Priya Raman | Tom Whitfield
    Customer Email | email | priya.raman@northwind.example.com | tom.whitfield@halcyon.example.io
  `),
  set({ id: 'en-jobber-clients-billing-service', kind: 'Jobber clients export (client id, display name, title, company flag, main and mobile phones, emails cell, billing and service address groups, client notes)', lang: 'en', source: 'index:69417035461 (a field service app\'s import auto-mapping test with the Jobber header)' }, `
    J-ID | externalId | 87557342_98290987 | 87557342_98291102
    Display Name | name | Kevin Weaver | Lakeside Dental
    Title | - | Mr. | 
    First Name | firstName | Kevin | Rachel
    Last Name | lastName | Weaver | Okafor
    Company Name | companyName | | Lakeside Dental
    Is Company? | - | false | true
    Main Phone #s | phone | 8175550100 | 8175550166
    Mobile Phone #s | additionalPhones | 8175550111 | 
    E-mails | email | kevin@example.com | office@lakesidedental.example.com
    Billing Street 1 | address1 | 412 Oak Hollow Dr | 2200 Lakeside Pkwy
    Billing Street 2 | - | | Suite 140
    Billing City | city | Arlington | Flower Mound
    Billing State | state | TX | TX
    Billing Zip code | postalCode | 76012 | 75028
    Service Street 1 | - | 412 Oak Hollow Dr | 2200 Lakeside Pkwy
    Service Street 2 | - | | Suite 140
    Service City | - | Arlington | Flower Mound
    Service State | - | TX | TX
    Service Zip code | - | 76012 | 75028
    Client Notes | - | Gate code 4411 | 
  `),
  set({ id: 'en-jobber-clients-custom-fields', kind: 'Jobber clients export with custom fields (client id, display name, tags, insurance company custom field, main, mobile and work phones, service property address with no billing group, archived flag, date of loss)', lang: 'en', source: 'index:63142086182 (a restoration company\'s Jobber lead import test)' }, `
    J-ID | externalId | 87557342_98290987 | 87557342_98310455
    Display Name | name | Kevin Weaver | Maria Alvarez
    Company Name | companyName | | 
    First Name | firstName | Kevin | Maria
    Last Name | lastName | Weaver | Alvarez
    Main Phone #s | phone | 8175550100 | 
    E-mails | email | kevin@example.com | malvarez@example.net
    Tags | tags | 0, Client | Lead
    CFT[Insurance Company:] | - | State Farm | Allstate
    Mobile Phone #s | additionalPhones | 8175550123 | 6825550177
    Work Phone #s | additionalPhones | | 
    Service Property Name | - | Home | 
    Service Street 1 | - | 1204 Brookhaven Ct | 77 W Pioneer Pkwy Apt 3
    Service Street 2 | - | | 
    Service City | - | Keller | Grand Prairie
    Service State | - | Texas | TX
    Service Zip code | - | 76248 | 75051
    Archived | - | false | false
    PFI[Date of Loss at Location] | - | 2026-04-03 | 
  `),
  set({ id: 'en-pacware-patient-report', kind: 'PacWare patient report (account number, DOB, address, primary insurance)', lang: 'en', source: 'index:61430639720 (a medical supply app\'s PacWare import test)' }, `
    Account Number | externalId | 42 | 1187
    First Name | firstName | Gloria | Walter
    Last Name | lastName | Pennington | Ashby
    DOB | dateOfBirth | 1948-02-11 | 1952-09-27
    Phone | phone | +12155550142 | (610) 555-0199
    Address | address1 | 2018 Spruce St | 45 Ridge Ave
    City | city | Philadelphia | Ardmore
    State | state | PA | PA
    Zip | postalCode | 19103 | 19003
    Primary Insurance | - | Medicare | Aetna
  `),
  set({ id: 'en-raisers-edge-constituents', kind: 'Raiser\'s Edge constituent export for a gift tool (date last changed, constituent id, organization, two address lines, country)', lang: 'en', source: 'index:54694719919 (a donor platform\'s import plan listing the exact CSV headers)' }, `
    Constituent Date Last Changed | - | 2026-10-01 | 2026-09-18
    Constituent ID | externalId | 88 | 10452
    First Name | firstName | Eleanor | 
    Last Name | lastName | Whitcombe | 
    Organization Name | companyName | | Harbor Light Foundation
    Address Line 1 | address1 | 19 Chestnut Hill Rd | 400 Atlantic Ave
    Address Line 2 | - | | Floor 3
    City | city | Brookline | Boston
    State | state | MA | MA
    ZIP | postalCode | 02445 | 02110
    Country | country | United States | United States
    Phone | phone | (617) 555-0121 | (617) 555-0190
    Email | email | ewhitcombe@example.com | grants@harborlight.example.org
  `),
];
