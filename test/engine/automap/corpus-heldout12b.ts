// The twelfth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files, and English exports of tools no older part has; the other half is corpus-heldout12a.ts):
// 56 header sets (554 columns, 283 of them expected to map) from sources none of the other parts use (12 Spanish,
// 12 Portuguese, 12 French, 12 Italian, 8 English; 2 files without a header row, 6 with title, export-date,
// separator-hint, column-number or blank lines above it; 4 sets of 21 to 45 columns), found in the public code index
// with exact-string searches for header lines in each language (CSV writers and exporters, importer tests and
// fixtures, templates, database schemas and migration notes) and written down, with the mapping a careful person
// would choose by the field definitions and the rules, BEFORE the mapper was run on them and without reading
// the lexicon or the mapper. "index:N" names the index file the header text was read from (the index does not name
// its repository); the kind says what the file is. Sample values are made up in the shape of each file's own (no
// personal data or example rows from the sources are copied). A trailing empty column (a header line ending in the
// separator) is written as "". Headers quoted in the file ("CODICE SS") are written as a CSV reader returns them, and
// a header's trailing space ("Codigo Postal ") is dropped, as the table format trims cells. No set's headers repeat
// an older part's (the two files without a header row aside: their empty headers are those of older such files as
// wide).
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
// - A bare "ID" column of a contact list is the External ID (55 sets chose so, 13 did not). A customer's account number
//   ("Numéro de compte client", "Acct_Num") is the External ID too; a bank account number never.
// - "How did you hear about us?" is the Source; the same question about an event or a course is not imported.
// Choices of the tenth part's first half (corpus-heldout10a.ts) this half follows too:
// - A full-name column next to first and last name columns is the Name as well.
// - A school class, a grade, a year group or a cohort is not imported; a column that names a group the person belongs
//   to (a team, a club, a scout section) is Tags.
// - Of two ids of the person, the first is the External ID and the other is not imported.
// Choices this half makes more than once (where the rules above are silent):
// - A membership card number ("Tessera", "N.Tessera", "Numero tessera", "Code adhérent") is the member's id in the
//   club's system: the External ID.
// - Tax and identity numbers (DNI, NIF, CPF, RUC, NIT, BI, CURP, Codice Fiscale, CNS) are national ids: not imported,
//   even where the file uses one as its key.
// - Spanish-style second surnames ("Segundo Apellido") are not imported: the first surname is the Last name (one
//   column only can be the Last name; the mapping cannot join two).
// - An appointment, a stay, an order, a project or a registration file's own id or date is not imported.
// - A payer's columns next to the member's own (HelloAsso's "Nom Payeur" beside "Nom Adhérent") are never imported,
//   like billing columns.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout12' }, table);

export const HELDOUT12B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-alumnado-ffe-importacion', kind: 'vocational school internship app\'s student import CSV (DNI first, name, surnames, email, phone)', lang: 'es', defaultCountry: 'ES', source: 'index:68293159484 (an internship management app\'s user guide, Markdown)' }, `
    dni | - | 48123456K | 20987654M | 74561238Q
    nombre | firstName | Irene | Hugo | Carla
    apellidos | lastName | Navarro Gil | Sanz Molina | Ibáñez Peral
    email | email | irene.navarro@alu.example.es | hugosanz@gmail.com | carla.ibanez@alu.example.es
    telefono | phone | 600112233 | 611223344 | 622334455
  `),
  set({ id: 'es-alumnos-ciclo-formativo-fichero', kind: 'training centre app\'s student file as its CSV service writes it (id, DNI, name, surnames, email, phone, picture, birth date, course, year, type, grade, experience date, deleted flag, address)', lang: 'es', defaultCountry: 'ES', source: 'index:51813439175 (a student file service\'s unit tests, C#)' }, `
    Id | externalId | 1 | 2 | 3
    Dni | - | 53412877H | 71234560B | 09876123T
    Nombre | firstName | Álvaro | Lucía | Nerea
    Apellidos | lastName | Pérez Campos | Martín Rey | Soto Vega
    Email | email | alvaro.perez@example.com | lucia.martin@example.com | nerea.soto@example.com
    Telefono | phone | 654321987 | 687123456 | 699887766
    Imagen | - | alvaro.png | lucia.jpg | 
    FechaNacimiento | dateOfBirth | 2004-02-11 | 2003-09-27 | 2005-01-15
    Ciclo | - | DAM | DAW | ASIR
    Curso | - | 1 | 2 | 1
    Tipo | - | Estudiante | Estudiante | Estudiante
    Calificacion | - | 7.5 | 8.2 | 6.9
    Experiencia | - | 2024-01-01 | 2023-06-15 | 
    IsDeleted | - | false | false | false
    Direccion | address1 | Calle Alcalá 120 | Av. de la Paz 8, 3ºB | Calle Real 44
  `),
  set({ id: 'es-clinica-fisio-pacientes-csv-ficticio', kind: 'clinic software\'s patient import CSV (name, surnames, email, phone, birth date, state)', lang: 'es', defaultCountry: 'ES', source: 'index:70329450172 (a clinic app\'s patient CSV test helpers, TypeScript)' }, `
    nombre | firstName | Sonia | Ramón | Inés
    apellidos | lastName | Cortés Blanco | Delgado Ríos | Fuentes Mora
    email | email | sonia.cortes@example.es | rdelgado@example.es | ines.fuentes@example.es
    telefono | phone | 600 234 567 | 612-345-678 | 633 456 789
    fecha_nacimiento | dateOfBirth | 14/05/1978 | 02/11/1965 | 30/07/1992
    estado | - | activo | activo | baja
  `),
  set({ id: 'es-timp-gimnasio-clientes', kind: 'Timp (Spanish gym and studio booking software) client export as a migration tool\'s sample has it (name, surnames, email, phone, sign-up date, state)', lang: 'es', defaultCountry: 'ES', source: 'index:54916959760 (a studio migration tool\'s sample export files, TypeScript)' }, `
    Nombre | firstName | Paula | Diego | Marta
    Apellidos | lastName | Serrano | Vázquez | Iglesias
    Email | email | paula.serrano@gmail.com | diegovaz@hotmail.com | marta.iglesias@yahoo.es
    Teléfono | phone | 622 111 333 | 633 222 444 | 644 333 555
    Fecha de alta | - | 12/09/2023 | 03/01/2024 | 21/02/2024
    Estado | - | Suscrito | Suscrito | Cancelado
  `),
  set({ id: 'es-mx-alumnos-ldap-sin-encabezado', kind: 'Mexican school\'s student list for an LDAP account loader, a CSV without a header row (surnames, name, email, CURP, phone, address)', lang: 'es', defaultCountry: 'MX', noHeader: true, source: 'index:7893082896 (a student LDAP loader reading a header-less CSV, PHP)' }, `
    "" | lastName | Hernández López | García Ramírez | Mendoza Cruz
    "" | firstName | José Luis | Fernanda | Karla Itzel
    "" | email | jlhernandez@alumnos.example.mx | fer.garcia@alumnos.example.mx | kmendoza@alumnos.example.mx
    "" | - | HELJ050312HDFRPS08 | GARF040921MJCRMR02 | MECK051130MPLNRR05
    "" | phone | 55 1234 5678 | 33 2345 6789 | 222 345 6789
    "" | address1 | Av. Insurgentes Sur 1602, Col. Crédito Constructor | Calle Morelos 215, Guadalajara | 4 Poniente 908, Puebla
  `),
  set({ id: 'es-alumnos-modulo-tabla', kind: 'teacher\'s grade book app\'s student table, snake_case columns as its SQL insert names them (module id, list number, surnames, name, student id number, birth date, email, phone, state, remarks)', lang: 'es', defaultCountry: 'ES', source: 'index:67162497351 (a teacher\'s desktop app\'s database module, JavaScript)' }, `
    modulo_id | - | 3 | 3 | 3
    num | - | 1 | 2 | 3
    apellidos | lastName | Aguilar Pons | Benítez Sáez | Crespo Llorens
    nombre | firstName | Adrián | Belén | Carlos
    # NIA: the regional school system's student number: the person's id in another system.
    nia | externalId | 10234567 | 10234568 | 10234569
    fecha_nacim | dateOfBirth | 2007-04-02 | 2006-11-23 | 2007-08-15
    email | email | adrian.aguilar@alu.edu.gva.es | belen.benitez@alu.edu.gva.es | carlos.crespo@alu.edu.gva.es
    telefono | phone | 678901234 | 689012345 | 690123456
    estado | - | Activo | Activo | Baja
    observaciones | - | Repite 1º | | Convalida módulo
  `),
  set({ id: 'es-pe-clientes-facturacion-export', kind: 'Peruvian invoicing app\'s client export (legal name, RUC or DNI, email, phone, services count, total invoiced)', lang: 'es', defaultCountry: 'PE', source: 'index:52367139132 (an invoicing service\'s client CSV export, Java)' }, `
    Razón Social | companyName | Inversiones Andinas S.A.C. | Comercial Rímac E.I.R.L. | Luis Alberto Quispe Huamán
    RUC/DNI | - | 20512345678 | 20601234567 | 45678912
    Email | email | contabilidad@andinas.example.pe | ventas@rimac-comercial.example.pe | lquispe@gmail.com
    Teléfono | phone | 01 4567890 | 987 654 321 | 956123456
    Servicios | - | 4 | 1 | 2
    Total Facturado | - | 12850.00 | 1180.00 | 2360.50
  `),
  set({ id: 'es-co-proveedores-lote-tributario', kind: 'Colombian accounting app\'s supplier batch import (document type and number, check digit, two given names and two surnames, legal name, address, DANE city code, department, phone, email, person type, tax regime and responsibilities, CIIU activity, bank, account type and number, payment form and term; 23 columns)', lang: 'es', defaultCountry: 'CO', source: 'index:54262953772 (an accounting app\'s supplier import guide, Markdown)' }, `
    Tipo Documento | - | NIT | CC | NIT
    Número Documento | - | 900456789 | 1020304050 | 800123456
    DV | - | 1 | | 7
    Primer Nombre | firstName | | Juliana | 
    Segundo Nombre | - | | Andrea | 
    Primer Apellido | lastName | | Restrepo | 
    Segundo Apellido | - | | Ochoa | 
    Razón Social | companyName | Aceros del Valle S.A.S. | | Ferretería La Mayorista Ltda.
    Dirección | address1 | Cra 43 #10-50 Bodega 8 | Calle 10 Sur #48-12 Apto 502 | Calle 30 #50-20
    # "Ciudad (DANE)" holds the city's DANE code (05001), not its name: not imported.
    Ciudad (DANE) | - | 05360 | 05001 | 05001
    Departamento | state | Antioquia | Antioquia | Antioquia
    Teléfono | phone | 604 372 1456 | 310 456 7890 | 604 234 5678
    Email | email | compras@acerosvalle.example.co | juliana.restrepo@gmail.com | ventas@lamayorista.example.co
    Tipo Persona | - | Jurídica | Natural | Jurídica
    Régimen | - | Responsable IVA | No responsable IVA | Responsable IVA
    Tipo Contribuyente | - | SAS | Persona natural | Sociedad Limitada
    Actividad Económica CIIU | - | 2439 | 7020 | 4669
    Responsabilidades Fiscales | - | O-13 | R-99-PN | O-13
    Banco | - | Banco de Occidente | Bancolombia | Davivienda
    Tipo Cuenta | - | Corriente | Ahorros | Corriente
    Número Cuenta | - | 12345678901234567 | 0987654321 | 45600012345
    Forma de Pago | - | Transferencia | Transferencia | Cheque
    Plazo | - | 30 | 0 | 60
  `),
  set({ id: 'es-eventos-asistentes-sep-linea', kind: 'event app\'s attendee export for Excel, a "sep=;" hint line above the headers (DNI, first and second surname, name, birth date, phone, email)', lang: 'es', defaultCountry: 'ES', source: 'index:70365070926 (an event app\'s attendee CSV exporter, Java)', above: [['sep=', '']] }, `
    DNI | - | 12345678Z | 87654321X | 11223344B
    Primer apellido | lastName | Moreno | Jiménez | Romero
    Segundo apellido | - | Castillo | Nieto | Herrera
    Nombre | firstName | Elena | Pablo | Sara
    Fecha de nacimiento | dateOfBirth | 21/03/2001 | 09/12/1999 | 17/06/2002
    Teléfono | phone | +34 600 111 222 | 611 222 333 | 622333444
    Email | email | elena.moreno@us.example.es | pablo.jimenez@gmail.com | sara.romero@us.example.es
  `),
  set({ id: 'es-alumnos-repetidores-listado', kind: 'class list as a PHP exercise writes it, comma-separated with each line ending in a semicolon (surnames, name, DNI, repeating-year flag, phone)', lang: 'es', defaultCountry: 'ES', source: 'index:38524200440 (a class list parsing exercise, PHP)' }, `
    Apellidos | lastName | López Ramírez | Benedicto Pérez | García Pérez
    Nombre | firstName | Juan | Pablo | Víctor Manuel
    DNI | - | 11111111-A | 2222222-B | 33333333-F
    Repetidor | - | No | Si | No
    Teléfono | phone | 965555555 | | 965874123
  `),
  set({ id: 'es-mascotas-duenos-registrados', kind: 'pet register\'s owner export to the Downloads folder (DNI, name, first and second surname, address, town, postcode)', lang: 'es', defaultCountry: 'ES', source: 'index:16943642797 (a pet register desktop app\'s CSV export, Java)' }, `
    Dni | - | 45123987L | 20456789S | 33987123P
    Nombre | firstName | Nuria | Javier | Olga
    Primer Apellido | lastName | Campos | Méndez | Prieto
    Segundo Apellido | - | Lara | Ortega | Vidal
    Dirección | address1 | C/ San Vicente 12, 2ºA | Av. Blasco Ibáñez 90 | C/ Colón 5
    Localidad | city | Valencia | Valencia | Torrent
    Codigo Postal | postalCode | 46002 | 46021 | 46900
  `),
  set({ id: 'es-agenda-personas-listado-pdf', kind: 'address book app\'s people listing as it builds its PDF table from a semicolon line (id, name, first and second surname, phone, email, address, trailing empty column)', lang: 'es', defaultCountry: 'ES', source: 'index:43224580055 (an address book app\'s report class, Java)' }, `
    ID | externalId | 1 | 2 | 3
    Nombre | firstName | Rosa | Manuel | Pilar
    Primer Apellido | lastName | Díaz | Ruiz | Santos
    Segundo Apellido | - | Marín | Cano | Gil
    Teléfono | phone | 954 123 456 | 666 777 888 | 677-888-999
    Correo Electrónico | email | rosa.diaz@example.es | manuel.ruiz@example.es | pilar.santos@example.es
    Dirección | address1 | C/ Sierpes 21 | Av. de la Constitución 7 | Plaza Nueva 3, 1º
    "" | - | | | 
  `),
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-funcionarios-modelo-importacao', kind: 'company portal\'s employee import template (CPF, name, email, phone, job, department, company, active)', lang: 'pt', defaultCountry: 'BR', source: 'index:51813056007 (an HR portal\'s feature note on its CSV template, Markdown)' }, `
    CPF | - | 12345678901 | 98765432100 | 45612378955
    NOME | name | Fernanda Ribeiro Lopes | Gustavo Henrique Alves | Patrícia Nogueira
    EMAIL | email | fernanda.lopes@empresa.example.com.br | gustavo.alves@empresa.example.com.br | patricia.n@empresa.example.com.br
    TELEFONE | phone | 11987654321 | 11976543210 | 21998877665
    CARGO | - | Analista | Coordenador | Assistente
    DEPARTAMENTO | - | TI | Financeiro | RH
    EMPRESA | companyName | Empresa ABC | Empresa ABC | ABC Serviços
    ATIVO | - | Ativo | Ativo | Inativo
  `),
  set({ id: 'pt-energia-solar-pedidos-export', kind: 'solar panel installer\'s order export (order id, date, name, email, phone, address, service, panels, payment, status)', lang: 'pt', defaultCountry: 'BR', source: 'index:59320237574 (a solar installer\'s admin order CSV export, React)' }, `
    ID | - | 1042 | 1043 | 1044
    Data | - | 02/11/2026 | 05/11/2026 | 07/11/2026
    Nome | name | Rogério Batista | Luciana Freitas | Márcio Teixeira
    Email | email | rogerio.batista@gmail.com | lu.freitas@hotmail.com | marcio.t@uol.com.br
    Telefone | phone | (62) 99876-5432 | (62) 98765-4321 | (64) 99654-3210
    Endereco | address1 | Rua 7, 250 - Setor Oeste, Goiânia | Av. T-63, 1200, Goiânia | Rua Goiás 88, Rio Verde
    Servico | - | Instalação | Limpeza | Instalação
    Placas | - | 12 | 20 | 8
    Pagamento | - | Pix | Cartão | Boleto
    Status | - | Pendente | Concluído | Agendado
  `),
  set({ id: 'pt-escoteiros-associados-importacao', kind: 'scout group\'s associate import CSV (name, email, phone, scout section, role, monthly fee, joining date, club flag, two guardians with their kinship)', lang: 'pt', defaultCountry: 'BR', source: 'index:69717280620 (a scout group app\'s import remapping tests, TypeScript)' }, `
    nome | name | Ana Beatriz Souza | Lucas Prado | Marina Kunz
    email | email | ana.souza@example.org.br | lucas.prado@example.org.br | marina.kunz@example.org.br
    telefone | phone | (51) 99999-1001 | (51) 98888-2002 | (51) 3333-4004
    # "ramo" is the scout section the member belongs to (Lobinho, Escoteiro): a group, so Tags.
    ramo | tags | Lobinho | Escoteiro | Pioneiro
    papel | - | jovem | jovem | escotista
    mensalidade | - | 55,00 | 55,00 | 0,00
    ingresso | - | 11/03/2023 | 02/02/2024 | 15/08/2019
    clube_ltc | - | não | sim | não
    responsavel | - | Helena Souza | Renata Prado | 
    parentesco | - | Mãe | Mãe | 
    responsavel_2 | - | Carlos Souza | | 
    parentesco_2 | - | Pai | | 
  `),
  set({ id: 'pt-pt-juri-pessoas-ficheiro', kind: 'Portuguese public institute\'s recruitment jury people file (name, email, phone, NIF, department)', lang: 'pt', defaultCountry: 'PT', source: 'index:69438955665 (a public recruitment app\'s user guide with its CSV example, Markdown)' }, `
    Nome | name | Teresa Magalhães | Rui Carvalho | Inês Barata
    Email | email | teresa.magalhaes@instituto.example.pt | rui.carvalho@instituto.example.pt | ines.barata@instituto.example.pt
    Telefone | phone | 218 447 060 | 218447061 | 912 345 678
    NIF | - | 203456789 | 187654321 | 245678123
    Departamento | - | Divisão de Recursos Humanos | Departamento de Geofísica | Divisão Jurídica
  `),
  set({ id: 'pt-clinica-pacientes-titulo-export', kind: 'clinic\'s patient list export with a title, export date, patient count and blank line above the headers (name, email, phone, CPF, address, emergency contact, status, registration date)', lang: 'pt', defaultCountry: 'BR', source: 'index:13529008332 (a clinic app\'s patient CSV export, React)', above: [['EO Clínica - Lista de Pacientes'], ['Exportado em: 02/12/2026'], ['Total de pacientes: 3'], ['']] }, `
    Nome | name | Cláudia Menezes | Otávio Siqueira | Bruna Cavalcanti
    Email | email | claudia.menezes@gmail.com | otavio.s@yahoo.com.br | bruna.cav@outlook.com
    Telefone | phone | (11) 98123-4567 | (11) 97234-5678 | (19) 99345-6789
    CPF | - | 123.456.789-09 | 987.654.321-00 | 456.789.123-45
    Endereço | address1 | Rua Augusta, 1500 - Consolação | Av. Paulista, 900, ap 71 | Rua Barão de Jaguara, 455
    Contato de Emergência | - | Jorge Menezes (11) 99111-2222 | | Rita Cavalcanti
    Status | - | Ativo | Ativo | Inativo
    Data de Cadastro | - | 14/03/2025 | 02/07/2025 | 21/10/2026
  `),
  set({ id: 'pt-escola-alunos-cinco-colunas', kind: 'language school\'s student import sheet (name, email, phone, level, class)', lang: 'pt', defaultCountry: 'BR', source: 'index:71214537495 (a school app\'s CSV import spec tests, TypeScript)' }, `
    nome | name | Ana Souza | Pedro Henrique Lima | Júlia Castro
    email | email | ana.souza@example.com | pedro.lima@example.com | julia.castro@example.com
    telefone | phone | (11) 99999-0000 | (11) 98888-1234 | (31) 97777-4321
    nivel | - | Iniciante | Intermediário | Avançado
    turma | - | | B2-noite | C1-sábado
  `),
  set({ id: 'pt-crm-clientes-csv-export', kind: 'small CRM\'s client CSV export (name, email, phone, CPF, status, notes), every cell quoted', lang: 'pt', defaultCountry: 'BR', source: 'index:67004156234 (a browser CRM\'s backup and CSV export module, JavaScript)' }, `
    Nome | name | Eduardo Sampaio | Vanessa Rocha | Thiago Moraes
    Email | email | eduardo@sampaio.example.com | vanessa.rocha@gmail.com | thiago.moraes@hotmail.com
    Telefone | phone | (71) 99123-4567 | (71) 98234-5678 | (75) 99345-1122
    CPF | - | 321.654.987-00 | | 741.852.963-11
    Status | - | cliente | lead | cliente
    Notas | - | Renovação em março | Pediu proposta | 
  `),
  set({ id: 'pt-esus-acompanhamento-relatorio-titulo', kind: 'Brazilian primary care system\'s (e-SUS APS) condition follow-up report, a title block with ministry, report name, filters and generation date above the headers (name, birth date, age, sex, gender identity, race, CPF, CNS, three phones, micro-area, street, number, complement, neighbourhood, municipality, state, CEP, trailing empty column)', lang: 'pt', defaultCountry: 'BR', source: 'index:59684291811 (a community health app\'s e-SUS import tests, Python)', above: [['e-SUS - Atenção Primária'], ['MINISTÉRIO DA SAÚDE'], [''], ['RELATÓRIO GERADO A PARTIR DO ACOMPANHAMENTO DE CONDIÇÕES DE SAÚDE'], [''], ['FILTROS'], ['Microárea(s)', '07'], [''], ['Gerado em ', '02/12/2026', ' às ', '09:45', ' por ', 'Enf. Responsável'], ['']] }, `
    Nome | name | ROSÂNGELA PEREIRA DIAS | SEBASTIÃO LIMA NETO | KAUÃ RODRIGUES SILVA
    Data de nascimento | dateOfBirth | 12/04/1958 | 30/09/1947 | 05/01/2012
    Idade | - | 68 anos | 79 anos | 14 anos
    Sexo | - | Feminino | Masculino | Masculino
    Identidade de gênero | - | - | - | -
    Raça/cor | - | PARDA | BRANCA | PRETA
    CPF | - | 234.567.890-12 | - | -
    CNS | - | - | 700000000000002 | 898000000000003
    Telefone celular | phone | (64) 99812-3344 | - | (64) 99654-7788
    Telefone residencial | additionalPhones | - | (64) 3671-2233 | -
    Telefone de contato | additionalPhones | - | (64) 99900-1122 | -
    Microárea | - | 07 | 07 | 07
    Rua | address1 | Rua das Acácias | Avenida Goiás | Rua 12
    Número | - | 145 | 1020 | S/N
    Complemento | - | - | CASA 2 | QD 8 LT 15
    Bairro | - | JARDIM AMÉRICA | CENTRO | VILA NOVA
    Município | city | Jataí | Jataí | Jataí
    UF | state | GO | GO | GO
    CEP | postalCode | 75800-000 | 75800-014 | 75803-120
    "" | - | | | 
  `),
  set({ id: 'pt-ao-alunos-perfil-importacao', kind: 'Angolan school ERP\'s student import profile sample (name, birth date, sex, identity card number, phone)', lang: 'pt', defaultCountry: 'AO', source: 'index:71214574360 (a school ERP\'s import engine tests, Dart)' }, `
    Nome | name | Esperança Mateus | Domingos Kiala | Teresa Luvualu
    Data de Nascimento | dateOfBirth | 12/03/2012 | 28/07/2011 | 03/11/2010
    Sexo | - | F | M | F
    BI | - | 004567890LA041 | 006123456BE042 | 005987654LN043
    Telefone | phone | 923 456 789 | 912345678 | 944 123 456
  `),
  set({ id: 'pt-clientes-pontos-fidelidade-arquivo', kind: 'loyalty program\'s client file written by a C program (CPF, name, birth date, age, address, city, state, points)', lang: 'pt', defaultCountry: 'BR', source: 'index:40963869491 (a loyalty points program\'s client CSV writer, C)' }, `
    CPF | - | 11122233344 | 55566677788 | 99900011122
    Nome | name | Débora Alencar | Jefferson Matos | Priscila Gouveia
    Data de Nascimento | dateOfBirth | 3/7/1994 | 22/11/1988 | 15/2/2001
    Idade | - | 32 | 38 | 25
    Endereço | address1 | Rua do Sol, 40 | Av. Boa Viagem, 3100 | Rua da Aurora, 12
    Cidade | city | Recife | Recife | Olinda
    Estado | state | PE | PE | PE
    Pontos | - | 120 | 45 | 0
  `),
  set({ id: 'pt-pt-banco-clientes-ficheiro', kind: 'Portuguese banking exercise\'s client file (id, PIN, name, birth date, street address, global balance, linked accounts)', lang: 'pt', defaultCountry: 'PT', source: 'index:126940848 (a bank simulator\'s file save routine, C)' }, `
    id | externalId | 1 | 2 | 3
    palavra-passe | - | 4821 | 1397 | 8650
    nome | name | Joaquim Ferreira | Beatriz Gonçalves | Tiago Sousa Pinto
    data de nascimento | dateOfBirth | 14/02/1975 | 30/06/1989 | 08/10/2000
    morada | address1 | Rua de Santa Catarina 210, Porto | Avenida da Liberdade 45, Lisboa | Rua Ferreira Borges 9, Coimbra
    saldo global | - | 15230.50 | 820.00 | 3410.75
    contas | - | 1001,1002 | 1003 | 1004,1005
  `),
  set({ id: 'pt-igreja-membros-modelo', kind: 'church management app\'s member import template (name, phone, email, birth date, CPF, schooling, marital state, way of joining, situation)', lang: 'pt', defaultCountry: 'BR', source: 'index:68893746223 (a church app\'s member import tab with its template, React)' }, `
    Nome | name | Raquel Figueiredo | Samuel Brito | Noemi Araújo
    Telefone | phone | (83) 99912-3456 | (83) 98823-4567 | (83) 3241-5566
    E-mail | email | raquel.fig@gmail.com | samuel.brito@hotmail.com | 
    Data de Nascimento | dateOfBirth | 15/03/1990 | 20/07/1985 | 02/12/1962
    CPF | - | 123.456.789-00 | | 987.654.321-99
    Escolaridade | - | Ensino Superior | Ensino Médio | Ensino Fundamental
    Estado Civil | - | Casada | Solteiro | Viúva
    # "Forma de Entrada" (baptism, acclamation) is how the person became a member, not a marketing source.
    Forma de Entrada | - | Batismo | Aclamação | Transferência
    Situação | - | Ativo | Ativo | Afastado
  `),
  // ---------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-envois-messages-date-edition', kind: 'mailing recap table export with an edition-date line above the headers (family name, first name, email, message, sent flag)', lang: 'fr', defaultCountry: 'FR', source: 'index:39849483995 (a practice website\'s recap table export, PHP)', above: [['Date d\'édition :', '02/12/2026']] }, `
    Nom | lastName | Lefèvre | Garnier | Chevalier
    Prénom | firstName | Camille | Théo | Manon
    Email | email | camille.lefevre@orange.fr | theo.garnier@free.fr | manon.chevalier@gmail.com
    message | - | Rappel rendez-vous du 05/12 | Rappel rendez-vous du 06/12 | Résultats disponibles
    Envoyé ? | - | oui | non | oui
  `),
  set({ id: 'fr-ch-billetterie-newsletter-npa', kind: 'Swiss venue\'s ticketing and newsletter export (salutation, name, first name, email, seat, newsletter, address, NPA, place, phone, nine free fields, category)', lang: 'fr', defaultCountry: 'CH', source: 'index:2494829870 (a Swiss venue\'s back-office CSV export, PHP)' }, `
    Politesse | - | Madame | Monsieur | Madame
    Nom | lastName | Rochat | Favre | Bonvin
    Prénom | firstName | Nathalie | Olivier | Sandrine
    Email | email | n.rochat@bluewin.ch | olivier.favre@sunrise.ch | sandrine.bonvin@gmail.com
    Place | - | A12 | B07 | 
    Newsletter | - | 1 | 0 | 1
    Adresse | address1 | Rue du Simplon 14 | Chemin des Vignes 3 | Avenue de la Gare 22
    NPA | postalCode | 1006 | 1800 | 1950
    Lieu | city | Lausanne | Vevey | Sion
    Téléphone | phone | 021 312 45 67 | 079 123 45 67 | 027 322 11 00
    Champ1 | - | Abonné | | Abonné
    Champ2 | - | | | 
    Champ3 | - | | Groupe scolaire | 
    Champ4 | - | | | 
    Champ5 | - | | | 
    Champ6 | - | | | 
    Champ7 | - | | | 
    Champ8 | - | | | 
    Champ9 | - | | | 
    Categorie | tags | Amis du théâtre | Presse | Amis du théâtre
  `),
  set({ id: 'fr-ecole-eleves-import-matricule', kind: 'school management app\'s student CSV import (family name, first name, email, birth date, phone; the register number is generated)', lang: 'fr', defaultCountry: 'FR', source: 'index:20633870601 (a school app\'s student import page, Blade)' }, `
    Nom | lastName | Traoré | Nguyen | Martin
    Prénom | firstName | Awa | Minh | Lucas
    Email | email | awa.traore@eleve.example.fr | minh.nguyen@eleve.example.fr | lucas.martin@eleve.example.fr
    Date_naissance | dateOfBirth | 2010-09-14 | 2011-02-03 | 2010-12-28
    Téléphone | phone | 06 12 34 56 78 | 07 23 45 67 89 | 06 98 76 54 32
  `),
  set({ id: 'fr-ventes-clients-collage', kind: 'sales module\'s customer paste-import format (family name, first name, email, phone, address, town, postcode, country)', lang: 'fr', defaultCountry: 'FR', source: 'index:53884562935 (a small business suite\'s sales page, React)' }, `
    Nom | lastName | Dupont | Roussel | Benali
    Prénom | firstName | Jean | Claire | Karim
    Email | email | jean.dupont@mail.com | claire.roussel@laposte.net | karim.benali@gmail.com
    Téléphone | phone | +33612345678 | 0478123456 | 06 45 67 89 01
    Adresse | address1 | 12 rue de Paris | 3 place Bellecour | 45 boulevard Longchamp
    Ville | city | Paris | Lyon | Marseille
    Code postal | postalCode | 75001 | 69002 | 13001
    Pays | country | France | France | France
  `),
  set({ id: 'fr-carnet-contacts-sans-entete', kind: 'console address book\'s contact file, one contact a line without a header row (family name, first name, email, phone)', lang: 'fr', defaultCountry: 'FR', noHeader: true, source: 'index:36012199673 (a console address book\'s save routine, C#)' }, `
    "" | lastName | Bernard | Petit | Robert
    "" | firstName | Hélène | Nicolas | Chloé
    "" | email | helene.bernard@sfr.fr | n.petit@gmail.com | chloe.robert@yahoo.fr
    "" | phone | 0612345678 | 06 87 65 43 21 | 0145678901
  `),
  set({ id: 'fr-jeu-concours-gagnants-export', kind: 'online contest platform\'s winners export (id, nickname, salutation, name, first name, email, two opt-ins, eligibility, entry time, address, postcode, town, phone, mobile, sign-up date, birth date, trailing empty column)', lang: 'fr', defaultCountry: 'FR', source: 'index:2488357 (a contest platform\'s admin export action, PHP)' }, `
    ID | externalId | 5120 | 5347 | 6021
    Pseudo | - | chloe75 | max_du_69 | lili.b
    Civilité | - | Mme | M. | Mme
    Nom | lastName | Fontaine | Mercier | Blanc
    Prénom | firstName | Chloé | Maxime | Liliane
    E-mail | email | chloe.fontaine@gmail.com | maxime.mercier@orange.fr | liliane.blanc@free.fr
    Optin Newsletter | - | 1 | 0 | 1
    Optin partenaire | - | 0 | 0 | 1
    Eligible TAS ? | - | oui | oui | non
    Date - H | - | 14/11/2026 10:32 | 15/11/2026 21:05 | 16/11/2026 08:47
    Adresse | address1 | 8 rue Oberkampf - Bât. B | 21 avenue Jean Jaurès | 5 impasse des Lilas
    CP | postalCode | 75011 | 69007 | 33000
    Ville | city | Paris | Lyon | Bordeaux
    Téléphone | phone | 01 43 55 66 77 | | 05 56 12 34 56
    Mobile | additionalPhones | 06 11 22 33 44 | 07 55 44 33 22 | 
    Date d'inscription | - | 02/03/2025 | 11/10/2026 | 30/06/2024
    Date de naissance | dateOfBirth | 17/05/1988 | 02/09/1995 | 23/01/1961
    "" | - | | | 
  `),
  set({ id: 'fr-ent-comptes-etablissement', kind: 'French school digital workspace (ENT) account file (salutation, name, first name, profile, login, ENT identifier, school, trailing empty column)', lang: 'fr', defaultCountry: 'FR', source: 'index:4577600059 (a school management suite\'s ENT account import, PHP)' }, `
    Civilité | - | Mme | M. | Mme
    Nom | lastName | ROUSSEAU | LEROY | MOREL
    Prénom | firstName | Agnès | Thomas | Inès
    Profil | - | Enseignant | Enseignant | Eleve
    Login | - | arousseau | tleroy2 | imorel
    Identifiant ENT | externalId | AB12345 | AC67890 | BD24680
    # The school (Établissement) is where the teacher works or the pupil studies: like a class, not a company here.
    Etablissement | - | Collège Jean Moulin | Collège Jean Moulin | Lycée Victor Hugo
    "" | - | | | 
  `),
  set({ id: 'fr-helloasso-adhesions-export-cours', kind: 'HelloAsso membership export as a sports association\'s workbook copies it (order number and date, payer\'s name, first name and email, member\'s name, first name and email, phone, birth date, address, postcode, town, emergency contact, discipline, level, course, schedule, course town, hall, teacher, rate, amount paid, payment means, status, health questionnaire, signature, season, organisation, RNA number, export date; 31 columns)', lang: 'fr', defaultCountry: 'FR', source: 'index:59864325184 (a sports association\'s workbook builder, Apps Script)' }, `
    Numéro Commande | - | 84512237 | 84512301 | 84519870
    Date Commande | - | 03/09/2026 | 03/09/2026 | 10/09/2026
    Nom Payeur | - | Lemoine | Durand | Girard
    Prénom Payeur | - | Sophie | Marc | Anne
    Email Payeur | - | sophie.lemoine@gmail.com | marc.durand@orange.fr | anne.girard@free.fr
    Nom Adhérent | lastName | Lemoine | Durand | Girard
    Prénom Adhérent | firstName | Sophie | Léa | Anne
    Email Adhérent | email | sophie.lemoine@gmail.com | lea.durand@gmail.com | anne.girard@free.fr
    Téléphone | phone | 06 12 45 78 90 | 06 98 45 12 30 | 07 11 22 33 44
    Date Naissance | dateOfBirth | 14/02/1982 | 22/06/2011 | 30/11/1957
    Adresse | address1 | 3 rue des Écoles | 18 chemin du Moulin | 7 place de l'Église
    Code Postal | postalCode | 44300 | 44470 | 44300
    Ville | city | Nantes | Carquefou | Nantes
    Contact Urgence | - | Paul Lemoine 06 55 44 33 22 | Marc Durand 06 23 45 67 89 | 
    Discipline | - | Yoga | Gym enfants | Pilates
    Niveau | - | Tous niveaux | 8-12 ans | Débutant
    Titre Cours | - | Yoga du mardi | Gym du mercredi | Pilates doux
    Horaires | - | Mardi 19h-20h15 | Mercredi 14h-15h | Jeudi 10h-11h
    Commune | - | Nantes | Carquefou | Nantes
    Salle | - | Salle Vincent Gâche | Gymnase du Souchais | Salle Vincent Gâche
    Professeur | - | Claire M. | Julien R. | Claire M.
    Tarif | - | Adulte | Enfant | Senior
    Montant Payé | - | 210,00 | 150,00 | 180,00
    Moyen Paiement | - | Carte bancaire | Carte bancaire | Chèque
    Statut | - | Validé | Validé | En attente
    QS-Sport | - | Oui | Oui | Non
    Signature | - | Oui | Oui | Oui
    Saison | - | 2026-2027 | 2026-2027 | 2026-2027
    Organisme | - | Nantes Forme et Bien-être | Nantes Forme et Bien-être | Nantes Forme et Bien-être
    RNA | - | W442012345 | W442012345 | W442012345
    Date Export | - | 12/09/2026 | 12/09/2026 | 12/09/2026
  `),
  set({ id: 'fr-association-participants-activite', kind: 'association manager\'s activity participant export to a spreadsheet (member code, name, first name, number of participants, activity amount, amount due)', lang: 'fr', defaultCountry: 'FR', source: 'index:45269057944 (an association manager\'s participant export, Python)' }, `
    Code adhérent | externalId | ADH0042 | ADH0107 | ADH0215
    Nom adhérent | lastName | Marchand | Colin | Renard
    Prénom adhérent | firstName | Gérard | Monique | Yves
    Nombre participant | - | 2 | 1 | 3
    Montant activité | - | 45.00 | 22.50 | 67.50
    A régler | - | 0.00 | 22.50 | 30.00
  `),
  set({ id: 'fr-inscriptions-liste-diffusion', kind: 'registration app\'s mailing-list export (email, member\'s name and first name, contact type, registration file id)', lang: 'fr', defaultCountry: 'FR', source: 'index:71468130616 (a registration app\'s mailing list CSV builder, TypeScript)' }, `
    Email | email | famille.roux@gmail.com | j.vincent@orange.fr | a.masson@laposte.net
    Nom adhérent | lastName | Roux | Vincent | Masson
    Prénom adhérent | firstName | Jules | Jade | Arthur
    Type contact | - | Responsable légal | Adhérent | Adhérent
    Id dossier | - | 2026-0113 | 2026-0141 | 2026-0158
  `),
  set({ id: 'fr-club-adherents-grille-licence', kind: 'sports club federation desktop app\'s member grid (id, name, first name, birth date, sex, licence number, address, postcode, town, fee, delete button column)', lang: 'fr', defaultCountry: 'FR', source: 'index:28414890245 (a club federation desktop app\'s member list form, C#)' }, `
    Id | externalId | 12 | 13 | 27
    Nom Adhérent | lastName | Leclerc | Barre | Poirier
    Prénom Adhérent | firstName | Hugo | Lina | Gilles
    Naissance | dateOfBirth | 04/05/2009 00:00:00 | 19/10/2012 00:00:00 | 30/01/1971 00:00:00
    Sexe | - | M | F | M
    # The federation licence number is a second id of the member: the grid's own Id comes first.
    Licence | - | 2451987 | 2459012 | 1987345
    Adresse | address1 | 6 rue Pasteur | 14 allée des Peupliers | 2 rue du Stade
    Code postal | postalCode | 35000 | 35510 | 35700
    ville | city | Rennes | Cesson-Sévigné | Rennes
    Cotisation | - | 120 | 95 | 140
    Suppression | - | Supprimer | Supprimer | Supprimer
  `),
  set({ id: 'fr-adhesions-tableur-email-joignable', kind: 'association\'s membership spreadsheet as a subscription import reads it (member\'s name, first name, an "easily reachable" email, phone number, rate)', lang: 'fr', defaultCountry: 'FR', source: 'index:2653625132 (a subscription import service\'s tests, TypeScript)' }, `
    Nom adhérent | lastName | Dupont | Lacroix | Gaillard
    Prénom adhérent | firstName | Jean | Mathilde | Rémi
    Email facilement joignable | email | jean.dupont@example.fr | mathilde.lacroix@gmail.com | remi.g@free.fr
    Numéro de téléphone | phone | 0123456789 | 06 45 23 78 90 | 07.81.22.33.44
    Tarif | - | Tarif A | Tarif réduit | Tarif A
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-appuntamenti-servizio-ricerca', kind: 'booking API\'s appointment search result, snake_case columns as its query selects them (appointment id, name, surname, email, phone, service, date, time)', lang: 'it', defaultCountry: 'IT', source: 'index:6707965375 (a booking service\'s appointment API, Python)' }, `
    id_appuntamento | - | 311 | 312 | 340
    nome | firstName | Giulia | Francesco | Chiara
    cognome | lastName | Ferri | Galli | Mariani
    email | email | giulia.ferri@gmail.com | f.galli@libero.it | chiara.mariani@alice.it
    telefono | phone | 347 123 4567 | 3381234567 | 06 5551234
    servizio | - | Taglio | Barba | Colore
    data_appuntamento | - | 2026-12-03 | 2026-12-03 | 2026-12-05
    ora_appuntamento | - | 09:30 | 10:15 | 16:00
  `),
  set({ id: 'it-fisioterapia-pazienti-relazione', kind: 'physiotherapy practice app\'s patient relation fields (id, name, surname, email, first and second phone)', lang: 'it', defaultCountry: 'IT', source: 'index:55663715935 (a physiotherapy app\'s appointment controller, PHP)' }, `
    id | externalId | 18 | 27 | 35
    nome | firstName | Roberto | Elisa | Stefano
    cognome | lastName | Conti | Barbieri | Marino
    email | email | roberto.conti@gmail.com | elisa.barbieri@tiscali.it | s.marino@outlook.it
    telefono_1 | phone | 339 876 5432 | 328 765 4321 | 051 234567
    telefono_2 | additionalPhones | 051 6543210 | | 347 111 2233
  `),
  set({ id: 'it-anagrafica-inserimento-cf', kind: 'registry table as its insert names the columns (name, surname, email, phone, tax code, address)', lang: 'it', defaultCountry: 'IT', source: 'index:16469346384 (a registry web app\'s data access class, Java)' }, `
    nome | firstName | Marco | Federica | Luca
    cognome | lastName | Esposito | Romano | Colombo
    email | email | marco.esposito@gmail.com | federica.romano@libero.it | luca.colombo@virgilio.it
    telefono | phone | 081 5551234 | 333 2223344 | +39 02 87654321
    CF | - | SPSMRC80A01F839X | RMNFDR85M41H501Y | CLMLCU92T10F205Z
    indirizzo | address1 | Via Toledo 156, Napoli | Via Appia Nuova 45, Roma | Corso Buenos Aires 12, Milano
  `),
  set({ id: 'it-soci-excel-tessera-quota', kind: 'club membership export for Excel in Windows-1252 (card number, surname, name, email, birth date, fee)', lang: 'it', defaultCountry: 'IT', source: 'index:70753979670 (a club registry\'s Excel CSV export tests, Java)' }, `
    Tessera | externalId | S0000001 | S0000002 | S0000003
    Cognome | lastName | Niccolai | Benedetti | Fabbri
    Nome | firstName | Niccolò | Gabriella | Piero
    Email | email | niccolo.niccolai@gmail.com | | piero.fabbri@alice.it
    Nato il | dateOfBirth | 04/06/1950 | 17/11/1968 | 25/02/1983
    Quota | - | 30 | 30 | 25,5
  `),
  set({ id: 'it-federazione-nuoto-tesserati', kind: 'Italian sports federation\'s registered athlete list (club code, card number, surname, name, sex, birth date, citizenship, category, qualification, level, state, issue date, card type, disability)', lang: 'it', defaultCountry: 'IT', source: 'index:21185678456 (a federation registry converter\'s athlete line parser, PHP)' }, `
    CODICE SS | - | 1769 | 1769 | 2044
    TESSERA | externalId | 52345 | 61872 | 70311
    COGNOME | lastName | Abate | Fiorentino | Greco
    NOME | firstName | Michele | Sara | Davide
    SESSO | - | M | F | M
    DATA NASCITA | dateOfBirth | 10/05/1969 | 21/08/2008 | 03/03/1995
    CITTADINANZA | - | Italia | Italia | Italia
    CATEGORIA | tags | Agonista | Agonista | Propaganda
    QUALIFICA | - | Master | Ragazzi | Assoluti
    LIVELLO | - | Master 2 | | 
    STATO | - | | | Sospeso
    DATA EMISSIONE | - | 17/04/2025 | 02/10/2025 | 11/01/2026
    TIPO TESSERA | - | Atleta | Atleta | Atleta
    DISABILITA | - | | | 
  `),
  set({ id: 'it-acsi-tesserati-societa-intestazione', kind: 'sports promotion body\'s member sheet for a club, the club\'s short name and code on a line and three empty lines above the headers (card number, surname, name, tax code, role, email, four discipline columns to fill in, two trailing empty columns)', lang: 'it', defaultCountry: 'IT', source: 'index:9378720083 (a sports promotion body\'s club member CSV export, PHP)', above: [['ASD Vela Azzurra', '', '04512', '', ''], ['', ''], ['', ''], ['', '']] }, `
    N.Tessera | externalId | 2611458 | 2611459 | 2611460
    Cognome | lastName | Santoro | Lombardi | Pellegrini
    Nome | firstName | Alessia | Matteo | Giorgio
    Codice Fiscale | - | SNTLSS90D52G273K | LMBMTT01C14G273P | PLLGRG75H20G273W
    Qualifica | - | Atleta | Atleta | Dirigente
    Email | email | alessia.santoro@gmail.com | matteo.lombardi01@gmail.com | g.pellegrini@velaazzurra.example.it
    Inserire Disciplina 1 | - | Vela | Vela | 
    Inserire Disciplina 2 | - | Nuoto | | 
    Inserire Disciplina 3 | - | | | 
    Inserire Disciplina 4 | - | | | 
    "" | - | | | 
    "" | - | | | 
  `),
  set({ id: 'it-bollettini-pagamenti-clienti', kind: 'utility\'s payment slip export (payment date, customer code, customer name, address, CAP, town, province, amount, postal account number, account holder, reason)', lang: 'it', defaultCountry: 'IT', source: 'index:16762074588 (a utility back office\'s payment slip export, C#)' }, `
    Data Pagamento | - | 05/11/2026 | 07/11/2026 | 12/11/2026
    Codice Cliente | externalId | CC10452 | CC10987 | CC11230
    Nominativo | name | Rossi Mario | Bianchi Laura | Edil Costruzioni Srl
    Indirizzo | address1 | Via Garibaldi 12 | Piazza Duomo 3 | Via dell'Industria 88
    CAP | postalCode | 37121 | 37122 | 37135
    Citta | city | Verona | Verona | Verona
    Provincia | state | VR | VR | VR
    Importo | - | 48,50 | 112,00 | 1.240,30
    Numero Conto Corrente | - | 12345678 | 12345678 | 12345678
    Intestatario | - | Acque Veronesi Spa | Acque Veronesi Spa | Acque Veronesi Spa
    Causale | - | Fattura 2026/1012 | Fattura 2026/1099 | Fattura 2026/1150
  `),
  set({ id: 'it-case-popolari-bollettazione-simulazione', kind: 'public housing authority\'s billing simulation export (contract code and type, tenant, the dwelling\'s address, CAP and place, floor, flat, a correspondence address group, contract dates, rent fields, billing fields, bill number, dates, period, totals, item and amount, previous bill; 33 columns and a trailing empty one)', lang: 'it', defaultCountry: 'IT', source: 'index:2276390962 (a public housing system\'s billing page, VB.NET)' }, `
    COD. CONTRATTO | - | 0100123456 | 0100234567 | 0100345678
    TIPO CONTRATTO | - | ERP | ERP | L.431
    NOMINATIVO | name | FUMAGALLI ANGELA | RIZZI GIANCARLO | BERETTA LUIGIA
    INDIRIZZO | address1 | VIA DEI MISSAGLIA 44 | VIALE FAENZA 21 | VIA SALOMONE 53
    CAP | postalCode | 20142 | 20142 | 20138
    LUOGO | city | MILANO | MILANO | MILANO
    PIANO | - | 3 | T | 7
    INTERNO | - | 12 | 2 | 41
    RECAPITO(PRESSO) | - | | ASSOCIAZIONE TUTELA INQUILINI | 
    RECAPITO(INDIRIZZO) | - | | VIA CONCA DEL NAVIGLIO 10 | 
    RECAPITO(CAP) | - | | 20123 | 
    RECAPITO(LUOGO) | - | | MILANO | 
    DATA DECORRENZA | - | 01/03/1998 | 15/09/2004 | 01/01/2011
    DATA DISDETTA | - | | | 
    DATA SLOGGIO | - | | | 
    CANONE DATA_CALCOLO | - | 01/01/2026 | 01/01/2026 | 01/01/2026
    CANONE AREA | - | PROTEZIONE | ACCESSO | PERMANENZA
    CANONE CLASSE | - | A1 | B2 | C1
    CANONE VALIDITA | - | 31/12/2026 | 31/12/2026 | 31/12/2026
    CANONE ORIGINE | - | DICHIARAZIONE | DICHIARAZIONE | SANZIONE
    INTERESSI CAUZIONE | - | 0 | 1 | 0
    CONGUAGLIO BOLLETTE | - | 0 | 0 | 1
    INVIO BOLLETTE | - | 1 | 1 | 1
    INTERESSI RITARDO PAGAMENTO | - | 0 | 0 | 1
    NUM. BOLLETTA | - | 12 | 12 | 12
    DATA_EMISSIONE | - | 20/11/2026 | 20/11/2026 | 20/11/2026
    DATA_SCADENZA | - | 10/12/2026 | 10/12/2026 | 10/12/2026
    PERIODO RIFERIMENTO | - | 01/12/2026 AL 31/12/2026 | 01/12/2026 AL 31/12/2026 | 01/12/2026 AL 31/12/2026
    TOTALE BOLLETTA | - | 98,40 | 215,70 | 402,15
    VOCE BOLLETTA | - | CANONE | CANONE | CANONE
    IMPORTO VOCE | - | 72,10 | 180,00 | 350,00
    TOTALE BOLLETTA ORDINARIA PRECEDENTE | - | 98,40 | 215,70 | 398,90
    RIFERIMENTO BOLLETTA ORDINARIA PRECEDENTE | - | DAL 01/11/2026 AL 30/11/2026 | DAL 01/11/2026 AL 30/11/2026 | DAL 01/11/2026 AL 30/11/2026
    "" | - | | | 
  `),
  set({ id: 'it-affitti-brevi-ospiti-alloggiati', kind: 'short-let host app\'s guest list for the police lodging report (stay id, surname, name, sex, birth date, birth country, citizenship, guest type, form state)', lang: 'it', defaultCountry: 'IT', source: 'index:54610238538 (a short-let host app\'s CSV export tests, TypeScript)' }, `
    ID soggiorno | - | s1 | s1 | s2
    Cognome | lastName | Rossi | Weber | Dupuis
    Nome | firstName | Mario | Anna | Claire
    Sesso | - | M | F | F
    Data di nascita | dateOfBirth | 15/01/1990 | 22/07/1987 | 09/03/1979
    Stato di nascita | - | Italia | Germania | Francia
    Cittadinanza | - | Italia | Germania | Francia
    Tipo alloggiato | - | CAPO_FAMIGLIA | FAMILIARE | OSPITE_SINGOLO
    Stato schedina | - | ACQUIRED | ACQUIRED | PENDING
  `),
  set({ id: 'it-asd-soci-modello-importazione', kind: 'amateur sports club app\'s member import template (card number, name, surname, tax code, email, phone)', lang: 'it', defaultCountry: 'IT', source: 'index:70892990454 (a sports club app\'s member CSV module, Kotlin)' }, `
    Numero tessera | externalId | 1 | 2 | 3
    Nome | firstName | Mario | Valentina | Riccardo
    Cognome | lastName | Rossi | Gatti | Moretti
    Codice fiscale | - | RSSMRA80A01H501U | GTTVLN92S62L219K | MRTRCR88E05A944J
    Email | email | mario.rossi@example.com | vale.gatti@gmail.com | riccardo.moretti@libero.it
    Telefono | phone | 3331234567 | 349 765 4321 | 051 6401122
  `),
  set({ id: 'it-clienti-id-cf-convertitore', kind: 'customer records as a Java class converts them to CSV (id, name, surname, tax code, phone, email)', lang: 'it', defaultCountry: 'IT', source: 'index:47099685321 (a customer class\'s CSV conversion, Java)' }, `
    ID | externalId | 101 | 102 | 103
    NOME | firstName | Antonio | Silvia | Enrico
    COGNOME | lastName | Ricci | Caruso | Ferrara
    CODICE FISCALE | - | RCCNTN70B12L736Q | CRSSLV84P55C351T | FRRNRC91A23F205U
    TELEFONO | phone | 041 5223344 | 095 7151515 | 02 89012345
    EMAIL | email | antonio.ricci@gmail.com | silvia.caruso@yahoo.it | enrico.ferrara@fastwebnet.it
  `),
  set({ id: 'it-timbrature-presenze-ip-export', kind: 'attendance system\'s clock-in export (day, worker id, name, surname, tax code, staff number, entry time and IP, exit time and IP, hours worked, check)', lang: 'it', defaultCountry: 'IT', source: 'index:38940510971 (an attendance system\'s export API, PHP)' }, `
    Giorno | - | 2026-11-30 | 2026-11-30 | 2026-11-30
    Dipendente | externalId | 14 | 22 | 31
    Nome | firstName | Daniela | Paolo | Francesca
    Cognome | lastName | Villa | De Luca | Sala
    Codice Fiscale | - | VLLDNL79L45F205S | DLCPLA83R02H501T | SLAFNC90C61F205P
    Matricola | - | M0014 | M0022 | M0031
    Entrata | - | 2026-11-30 08:02 | 2026-11-30 08:45 | 2026-11-30 09:00
    IP Entrata | - | 10.0.0.21 | 10.0.0.34 | 192.168.1.15
    Uscita | - | 2026-11-30 17:05 | 2026-11-30 17:30 | 2026-11-30 13:00
    IP Uscita | - | 10.0.0.21 | 10.0.0.34 | 192.168.1.15
    Ore Lavorate | - | 8.05 | 7.75 | 4.00
    Controllo | - | OK | OK | PARZIALE
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-patreon-users-schema', kind: 'Discord bot\'s Patreon supporter table schema, snake_case columns (Patreon user id, timestamps, Discord user id, full name, email, avatar url, pledge start and end, tier id)', lang: 'en', source: 'index:20954108225 (a Discord bot\'s database schema file, SQL)' }, `
    patreon_user_id | externalId | 51234987 | 60123456 | 72345901
    created_at | - | 2025-02-11 14:03:22 | 2025-08-30 09:12:05 | 2026-01-04 21:40:18
    updated_at | - | 2026-11-30 00:00:05 | 2026-11-30 00:00:05 | 2026-11-30 00:00:06
    user_id | - | 143256789012345678 | 298765432109876543 | 387654321098765432
    full_name | name | Jordan Blake | Mei Tanaka | Connor Walsh
    email | email | jordan.blake@example.com | mei.t@example.net | cwalsh@example.org
    thumb_url | - | https://c8.patreon.example/3/200/51234987 | https://c8.patreon.example/3/200/60123456 | 
    pledge_created_at | - | 2025-02-11 14:05:00 | 2025-08-30 09:15:00 | 2026-01-04 21:41:00
    pledge_ended_at | - | 0001-01-01 00:00:00 | 2026-05-30 00:00:00 | 0001-01-01 00:00:00
    tier_id | - | 9876543 | 9876544 | 9876543
  `),
  set({ id: 'en-tattoo-studio-clients-square-mirror', kind: 'tattoo studio\'s client table mirrored from Square, snake_case (id, Square customer id, names, email, phone, Instagram, birth date, notes, preferred artist, total spent, first and last seen, created and synced timestamps)', lang: 'en', source: 'index:57480388401 (a studio admin app\'s feature plan with its data model, Markdown)' }, `
    # "id" is the Square customer id or a generated one for walk-ins: the first id is the External ID.
    id | externalId | 8N3QK2XW1R5T7 | walkin_0042 | 4ZB7HDM9A2C6P
    square_customer_id | - | 8N3QK2XW1R5T7 | | 4ZB7HDM9A2C6P
    first_name | firstName | Destiny | Marco | Kayla
    last_name | lastName | Ramirez | Bellini | Thompson
    email | email | destiny.r@example.com | | kaylat@example.com
    phone | phone | (832) 555-0147 | 713-555-0193 | +18325550112
    instagram | - | @destiny.ink | @marco_b | 
    birthdate | dateOfBirth | 1998-04-17 | 1990-10-02 | 2001-12-25
    notes | - | Sleeve in progress | Walk-in flash | Allergic to latex
    preferred_artist_id | - | art_jess | art_dom | art_jess
    total_spent_cents | - | 185000 | 12000 | 64000
    first_seen | - | 2024-05-03 | 2026-11-28 | 2025-09-14
    last_seen | - | 2026-11-15 | 2026-11-28 | 2026-10-30
    created_at | - | 2026-06-05 12:00:00+00 | 2026-11-28 16:22:10+00 | 2026-06-05 12:00:00+00
    synced_at | - | 2026-12-01 06:00:00+00 | 2026-12-01 06:00:00+00 | 2026-12-01 06:00:00+00
  `),
  set({ id: 'en-insurance-agency-sales-sync', kind: 'health insurance agency\'s sales sheet synced to Notion, upper-case headers (agent name, client first and last name, policy effective date, carrier, enrollment date)', lang: 'en', source: 'index:68309561333 (a sales sync job\'s tests, JavaScript)' }, `
    AGENT NAME | owner | Katy Robles | Alan Elchami | katy robles
    CLIENT FIRST NAME | firstName | Gloria | Dwayne | Minh
    CLIENT LAST NAME | lastName | Huerta | Jackson | Pham
    POLICY EFFECTIVE DATE | - | 1/1/2027 | 12/1/2026 | 2027-01-01
    CARRIER NAME | - | Ambetter | Blue Cross | Oscar
    DATE OF ENROLLMENT | - | 11/14/2026 | 11/2/2026 | 2026-11-20
  `),
  set({ id: 'en-fresha-salon-clients-export', kind: 'Fresha (salon and spa booking platform) client export as a migration tool\'s corpus has it (client names, mobile, email, birth date, visits, marketing consent, tags)', lang: 'en', defaultCountry: 'GB', source: 'index:55796103251 (a salon migration tool\'s import corpus fixtures, TypeScript)' }, `
    Client First Name | firstName | Sarah | Siân | Gemma
    Client Last Name | lastName | Jones | O'Neill | Whitaker
    Client Mobile | phone | 07725 002233 | +353 87 123 4567 | 07725002234
    Client Email | email | sarah.jones@example.com | sian@example.ie | 
    Date of Birth | dateOfBirth | 14/03/1985 | 02/11/1990 | 25/12/1979
    Total Visits | - | 12 | 3 | 1
    Marketing Consent | - | Yes | No | Yes
    Tags | tags | VIP,Colour | | Regular
  `),
  set({ id: 'en-dubsado-projects-client-name', kind: 'Dubsado (client management for creative businesses) project export in its single "Client Name" shape (project name, client name, client email, project date, project status)', lang: 'en', source: 'index:69481308643 (a wedding venue CRM\'s Dubsado adapter tests, TypeScript)' }, `
    Project Name | - | Simone Ward Wedding | Okafor & Reyes Wedding | Hale Engagement Shoot
    Client Name | name | Simone Ward | Deja Okafor | Priya Hale
    Client Email | email | simone@example.com | deja.okafor@example.com | priya.hale@example.com
    Project Date | - | 2027-03-01 | 2027-05-15 | 2026-12-20
    Project Status | - | Lead | Active | Completed
  `),
  set({ id: 'en-abc-gymsales-leads-uploader', kind: 'ABC GymSales lead uploader\'s importable fields in its page\'s order (names, mobile, home and work phones, email, address, city, state, zip, tags, notes, marketing source, contact method, created date, status, salesperson, trial dates, sale date, external id, three opt-outs; 24 columns)', lang: 'en', defaultCountry: 'GB', source: 'index:70069425902 (a gym lead app\'s file import tests, TypeScript)' }, `
    First Name | firstName | Dev | Hollie | Marcus
    Last Name | lastName | Iyer | Brennan | Adeyemi
    Mobile Phone | phone | 07700 900104 | 07700900218 | 07700 900377
    Home Phone | additionalPhones | | 0113 496 0123 | 
    Work Phone | additionalPhones | | | 0113 496 0456
    Email | email | dev@example.com | hollie.b@example.co.uk | marcus.adeyemi@example.com
    Address | address1 | 1 High St | 48 Otley Road | 12 Kirkstall Lane
    City | city | Leeds | Leeds | Leeds
    State/Prov | state | | West Yorkshire | West Yorkshire
    Zip/Postal | postalCode | LS1 | LS6 2AL | LS5 3BE
    Tags | tags | vip | trial | 
    Notes | - | Wants mornings | | Referred by Sam
    Marketing Source | source | Facebook | Google | Referral
    Contact Method | - | Walk-in | Web | Phone
    Created Date | - | 2026-09-01 | 2026-10-12 | 2026-11-03
    Status | - | Enquiry | Trial | Sold
    Salesperson | owner | Sam Clarke | Jo Patel | Sam Clarke
    Trial Start Date | - | | 2026-10-14 | 2026-11-04
    Trial End Date | - | | 2026-10-21 | 2026-11-11
    Sale At | - | | | 2026-11-12
    External ID | externalId | X1 | X2 | X3
    SMS Opted Out | - | false | false | true
    Email Opted Out | - | false | true | false
    WhatsApp Opted Out | - | false | false | false
  `),
  set({ id: 'en-mindbody-clients-column-numbers', kind: 'Mindbody client export with a row of column numbers above the headers (last name, first name, nickname, id, address, city, state, postal code, country, mobile, home and work phones, email)', lang: 'en', source: 'index:70947064557 (a studio app\'s end-to-end import tests, TypeScript)', above: [['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']] }, `
    Last name | lastName | Cho | Woo | Delgado
    First name | firstName | Mina | Ana | Rafael
    Nickname | - | | | Rafa
    ID | externalId | 165 | 46 | 100231
    Address | address1 | 1 Main St | | 3870 Wilshire Blvd Apt 12
    City | city | Los Angeles | | Los Angeles
    State | state | CA | | CA
    Postal code | postalCode | 90010 | | 90010
    Country | country | US | US | US
    Mobile phone | phone | 2135550142 | | (213) 555-0199
    Home phone | additionalPhones | | 3105550000 | 
    Work phone | additionalPhones | | | 323-555-0110
    Email | email | mina@example.com | | rafael.delgado@example.com
  `),
  set({ id: 'en-ph-dental-clinic-patient-template', kind: 'Philippine dental clinic system\'s patient import template (names, phone, email, birth date, gender, one-cell address, emergency contact name and phone, medical alerts)', lang: 'en', defaultCountry: 'PH', source: 'index:60403722131 (a dental clinic app\'s patient import modal, React)' }, `
    First Name | firstName | Juan | Maria | Ramon
    Last Name | lastName | Dela Cruz | Santos | Villanueva
    Phone | phone | 09171234567 | 0928 987 6543 | +63 917 555 0101
    Email | email | juan@example.com | maria@example.com | 
    Date of Birth | dateOfBirth | 1990-05-15 | 1995-10-20 | 1978-02-02
    Gender | - | Male | Female | Male
    Address | address1 | 123 Rizal St. Manila | 456 Luna St. Quezon City | 78 Bonifacio Ave, Cainta
    Emergency Contact Name | - | Maria Dela Cruz | Jose Santos | Ana Villanueva
    Emergency Contact Phone | - | 09181234567 | 09199876543 | 09175550102
    Medical Alerts | - | Allergic to Penicillin | Hypertension | 
  `),
];
