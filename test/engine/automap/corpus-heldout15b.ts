// The fifteenth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files and a few English exports; the other half, corpus-heldout15a.ts, holds the rest):
// 53 header sets (522 columns, 286 of them expected to map; 12 Spanish, 17 Portuguese, 12 French, 12 Italian; its six
// English sets were dropped when the corpus test found the other half had the same header sets from other copies of the
// same files; 2 files without a header row, 2 with lines above it (a title line, an Excel "sep=;" line); 5 sets of 21
// to 45 columns) from sources none of the other parts use, found in the public code index with exact-string searches
// for everyday header lines in these languages (customer, member, guest, registrant, staff and supplier lists, CRM and
// shop exports, importer templates and their tests, admin export pages, database selects) and written down, with the
// mapping a careful person would choose by the field definitions and the rules, BEFORE the mapper was run on
// them and without reading the lexicon or the mapper. "index:N" names the index file the header text was read from
// (the index does not name its repository); the kind says what the file is. Sample values are made up in the shape of
// each file's own (no personal data or example rows from the sources are copied). A trailing empty column (a header
// line ending in the separator) is written as "". Leading spaces of a header cell (VirtueMart's " Date") cannot be
// written in the table and are left out. No set's headers repeat an older part's or another set's of this half (each
// was compared lower-cased).
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
// The tenth part's recurring choices, kept here:
// - A full-name column next to first and last name columns is the Name as well.
// - A school class, a grade, a year group or a cohort is not imported; a column that names a group the person belongs
//   to (a team, a club, a scout section, a customer group, an accreditation group) is Tags.
// - Of two ids of the person, the first is the External ID and the other is not imported.
// Choices this half makes more than once (each set says so in a comment where it applies):
// - When the rows are companies (suppliers, client firms, pharmacies) the company's name is the Company name and a
//   contact-person column ("Ponto focal", "persona_contacto", "Contact", "Destinataire") is the Name.
// - A login, a username or a code the person is filed under in another program ("utilisateur", "Identifiant",
//   "username", "Nombre corto") is the External ID, like a user id.
// - Passwords, national ids and tax codes (CPF, cédula, DNI, codice fiscale) are not imported.
// - An order's address in a shop export that has no other address and does not call it a shipping one is the
//   customer's own.
// - A person who brought the contact in ("Invitado por", as "Referido por" in the fourteenth part) and a booking
//   channel are the Source.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout15' }, table);

export const HELDOUT15B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-co-usuarios-listado-excel-cedula', kind: 'Colombian website\'s user list written to a CSV for Excel (national id, names, surnames, e-mail, mobile, address, city, age, password)', lang: 'es', defaultCountry: 'CO', source: 'index:45196886860 (a PHP page writing the users table to Listadousuarios.csv)' }, `
    cedula | - | 1020456789 | 52876123 | 80123456
    nombre | firstName | Juan Camilo | Luz Marina | Andrés
    apellidos | lastName | Restrepo Gómez | Cárdenas | Ospina Vélez
    email | email | jcrestrepo@example.com | luzmarina@example.co | aospina@example.net
    # "celular" is the only phone column: the main phone.
    celular | phone | 310 456 7890 | 3157894561 | 300 123 4567
    direccion | address1 | Calle 45 # 12-30 | Carrera 7 # 80-15 Apto 301 | Av. 68 # 22-10
    ciudad | city | Medellín | Bogotá | Cali
    edad | - | 34 | 52 | 27
    # "clave" is the account's password: never imported.
    clave | - | 3f9a1c | k8m2p0 | z7x4q1
  `),
  set({ id: 'es-club-vip-fichas-export', kind: 'classic ASP shop\'s VIP club member export (VIP code, sign-up date, address group with town, province and country, web language, advertising consent)', lang: 'es', defaultCountry: 'ES', source: 'index:12977419211 (a classic ASP admin page writing the club\'s "Fichas" table to a CSV)' }, `
    # "CodigoVIP" is the member's number in the club: the External ID.
    CodigoVIP | externalId | VIP00412 | VIP00413 | VIP00420
    Fecha Alta | - | 12/03/2025 | 14/03/2025 | 02/04/2025
    Nombre | firstName | Rosa | Javier | Montserrat
    Apellidos | lastName | Ibáñez Soler | Prieto | Vidal i Puig
    EMail | email | rosa.ibanez@example.es | jprieto@example.com | mvidal@example.cat
    Telefono | phone | 965 123 456 | 600 987 654 | 933 456 789
    Direccion | address1 | C/ San Vicente 14, 2º B | Avda. de la Constitución 3 | Carrer de Mallorca 210
    CP | postalCode | 03004 | 41001 | 08036
    Poblacion | city | Alicante | Sevilla | Barcelona
    Provincia | state | Alicante | Sevilla | Barcelona
    Pais | country | España | España | España
    IdiomaWeb | - | es | es | ca
    Publicidad | - | Si | No | Si
  `),
  set({ id: 'es-boda-invitados-lista', kind: 'wedding guest list CSV (name, surnames, e-mail, who invited the guest; only the name is required)', lang: 'es', defaultCountry: 'ES', source: 'index:65760774819 (a wedding site\'s guest CSV parser, its expected format)' }, `
    Nombre | firstName | Carmen | Pablo | Irene
    Apellidos | lastName | Ruiz Ortega | Santos | Delgado Martín
    Email | email | carmen.ruiz@example.com | | irene.dm@example.es
    # "Invitado por" names the person who brought the guest in (the bride's or the groom's side): how the contact came,
    # the Source, as "Referido por" in the fourteenth part.
    Invitado por | source | Lucía | Andrés | Lucía
  `),
  set({ id: 'es-fct-empresas-colaboradoras-csv', kind: 'vocational school\'s work-placement company list import (tax id, company name, address, website, contact person, e-mail, phone)', lang: 'es', defaultCountry: 'ES', source: 'index:68338909243 (a school placement manager\'s README, its company CSV format)' }, `
    cif | - | B12345678 | A87654321 | B11223344
    # The row is a company: "nombre" is the company's name, and the contact person's name is the person's Name.
    nombre | companyName | Talleres Hermanos Gil SL | Clínica Dental Sonrisas SA | Gestoría Ortiz SL
    direccion | address1 | Polígono La Estrella, nave 12 | Calle Real 45 | Plaza Mayor 3, 1º
    web | website | www.talleresgil.example | https://sonrisas.example | 
    persona_contacto | name | Ramón Gil | Beatriz Lozano | Antonio Ortiz
    email | email | rrhh@talleresgil.example | blozano@sonrisas.example | aortiz@gestoriaortiz.example
    telefono | phone | 968 123 456 | 968 654 321 | 868 112 233
  `),
  set({ id: 'es-cr-listado-personal-titulo-arriba', kind: 'Costa Rican company\'s staff list with a title line above the header (full name, e-mail, position, area, site, national id)', lang: 'es', defaultCountry: 'CR', above: [['Listado de personal']], source: 'index:70207563547 (an HR import test, its staff CSV with a title line)' }, `
    Nombre completo | name | Rojas Pérez, Ana | Jiménez Mora, Carlos | Vargas, Sofía
    Correo | email | ana.rojas@example.cr | carlos.jimenez@example.com | sofia.vargas@example.cr
    Puesto | - | Gerente de Finanzas | Analista | Analista
    Área | - | Finanzas | RRHH | Calidad
    Sede | - | San José | Heredia | Heredia
    Cédula | - | 112340567 | 203450678 | 304560789
  `),
  set({ id: 'es-mx-clientes-afiliados-excel', kind: 'Mexican loyalty program\'s client import from a Spanish Excel (full name, e-mail, phone)', lang: 'es', defaultCountry: 'MX', source: 'index:62090048494 (an end-to-end test of a client import, its semicolon CSV)' }, `
    Nombre completo | name | Brenda Aguilar Ríos | Carlos Méndez | Daniela Fuentes
    Correo | email | brenda.aguilar@example.mx | cmendez@example.com | dani.fuentes@example.mx
    Teléfono | phone | 55-1324-5678 | 5514789632 | 33 1234 5678
  `),
  set({ id: 'es-co-usuarios-tecnicos-carga-masiva', kind: 'Colombian field-service company\'s user bulk upload (upper-case headers: full name, e-mail, id number, mobile, password, position, region, company tax id)', lang: 'es', defaultCountry: 'CO', source: 'index:52636575063 (a bulk upload validator\'s tests, its users sheet)' }, `
    NOMBRE COMPLETO | name | JORGE ENRIQUE SALAZAR | MARÍA FERNANDA ROJAS | LUIS ALBERTO PEÑA
    CORREO | email | jsalazar@example.co | mfrojas@example.com | lpena@example.co
    IDENTIFICACION | - | 1032456789 | 52345678 | 79856123
    CELULAR | phone | 3001112222 | 3157654321 | 3209876543
    CONTRASEÑA | - | | | 
    CARGO | - | TECNICO | SUPERVISOR | TECNICO
    REGIONAL | - | R2 | R1 | R3
    # The employer's tax id: a company's id, never.
    NIT | - | 900123456-7 | 900123456-7 | 900123456-7
  `),
  set({ id: 'es-co-universidad-usuarios-plantilla', kind: 'Colombian university app\'s user CSV template (code, name, e-mail, degree programme, semester, role)', lang: 'es', defaultCountry: 'CO', source: 'index:61619793095 (a campus app\'s admin page, its CSV template download)' }, `
    # "codigo" is the student's or the staff member's code at the university: the External ID.
    codigo | externalId | 123456 | 118734 | DOC001
    nombre | name | Valentina Arango | Santiago Gil Correa | Patricia Londoño
    correo | email | valentina.arango@example.edu.co | santiago.gil@example.edu.co | plondono@example.edu.co
    carrera | - | Ingenieria de Sistemas | Derecho |
    semestre | - | 3 | 7 |
    rol | - | estudiante | estudiante | profesor
  `),
  set({ id: 'es-horarios-profesores-importacion', kind: 'school timetable program\'s teacher import (short name, full name, e-mail; Windows-1252 CSV)', lang: 'es', defaultCountry: 'ES', source: 'index:69391439168 (a timetabling desktop app\'s grid tests, its teachers CSV)' }, `
    # "Nombre corto" is the teacher's short code in the timetable program, the key the program files the teacher
    # under: another system's id of the person, the External ID.
    Nombre corto | externalId | CARLOS | MLOPEZ | ISA
    Nombre completo | name | Carlos Pérez | María López Ruiz | Isabel Sanz
    Correo | email | c.perez@colegio.example | mlopez@colegio.example | isanz@colegio.example
  `),
  set({ id: 'es-registros-alpha-export', kind: 'app waiting list (alpha sign-ups) exported from its admin panel (names, surnames, e-mail, phone, sign-up date)', lang: 'es', defaultCountry: 'ES', source: 'index:54513031254 (a church app admin page\'s export of the alpha registrations)' }, `
    Nombre | firstName | Sergio | Noelia | Esteban
    Apellidos | lastName | Cano Molina | Herrera | Vidal Ramos
    Email | email | sergio.cano@example.com | noeliah@example.es | evidal@example.com
    Teléfono | phone | 644 123 987 | | 699 321 456
    Fecha de registro | - | 04/11/2026 18:22 | 05/11/2026 09:10 | 07/11/2026 21:45
  `),
  set({ id: 'es-co-pila-aportes-empleado-planilla-wide', kind: 'Colombian payroll app\'s social security contribution sheet (PILA) for one employee (28 columns: employer tax id, document type and number, two first names and two surnames, salary, contributor type and subtype, department and town codes, health, pension, risk and family fund codes and rates, UPC columns, exemption flag)', lang: 'es', defaultCountry: 'CO', source: 'index:25645498631 (a domestic-employment payroll app\'s PILA export controller, PHP)' }, `
    NIT APORTANTE | - | 900456123 | 52345678 | 79812345
    Tipo Documento | - | CC | CC | CE
    Número documento | - | 1020456789 | 39876543 | 456789
    Primer nombre | firstName | Luz | María | José
    # The second first name and the second surname beside the first ones: not imported (the first ones carry the name).
    Segundo nombre | - | Dary | del Carmen | Antonio
    Primer apellido | lastName | Moreno | Quintero | Pérez
    Segundo apellido | - | Rincón | Salas | Vargas
    Salario básico | - | 1300000 | 1423500 | 1300000
    Salario integral | - | N | N | N
    Tipo cotizante | - | 2 | 2 | 2
    Subtipo cotizante | - | 0 | 0 | 0
    # The department and the town are written as DANE codes, not names: not imported.
    Departamento | - | 11 | 05 | 76
    Municipio | - | 001 | 001 | 001
    Código EPS | - | EPS037 | EPS010 | EPS005
    Código AFP | - | 230301 | 230201 | 231001
    Centro trabajo | - | 0 | 0 | 0
    Clase tarifa ARP | - | 1 | 1 | 1
    Tarifa ARP | - | 0.522 | 0.522 | 0.522
    Codigo CCF | - | CCF22 | CCF04 | CCF56
    Tarifa CCF | - | 4 | 4 | 4
    Tarifa SENA | - | 0 | 0 | 0
    Tarifa ICBF | - | 0 | 0 | 0
    Colombiano exterior | - | N | N | N
    UPC Adicional | - | 0 | 0 | 0
    Tipo Documento Responsable UPC | - | | | 
    Numero Documento Responsable UPC | - | | | 
    Cotizante Exonerado Parafiscales (S/N) | - | S | S | S
    Codigo ARL | - | 14-23 | 14-23 | 14-18
  `),
  set({ id: 'es-gt-voluntarios-grilla-exportar', kind: 'Guatemalan volunteer organisation\'s grid export (two first names and two surnames, DPI, birth date, e-mail, Facebook user, phone, address, country, department, town, gender, emergency contact and phone, general and medical remarks)', lang: 'es', defaultCountry: 'GT', source: 'index:11908113713 (a Kendo grid page\'s export function, JavaScript)' }, `
    Primer Nombre | firstName | Ana | Luis | Mónica
    Segundo Nombre | - | Lucía | Fernando | 
    Primer Apellido | lastName | Cifuentes | Ajú | Barrios
    Segundo Apellido | - | Morales | Tzul | de León
    DPI | - | 2456 78901 0101 | 1987 65432 0901 | 3012 34567 0108
    Fecha de Nacimiento | dateOfBirth | 14/02/1998 | 30/07/2001 | 09/11/1994
    Correo Electronico | email | ana.cifuentes@example.com | luis.aju@example.org | monica.barrios@example.com
    Usuario de Facebook | - | ana.cifuentes.98 | luisaju | 
    Telefono | phone | 5512 3456 | 4023-7788 | 3345 6677
    Direccion | address1 | 6a Avenida 12-45 Zona 1 | Cantón Xecaracoj | 3a Calle 4-20 Zona 3
    Pais | country | Guatemala | Guatemala | Guatemala
    Departamento | state | Guatemala | Quetzaltenango | Sacatepéquez
    Municipio | city | Guatemala | Quetzaltenango | Antigua Guatemala
    Genero | - | F | M | F
    Contacto de Emergencia | - | Rosa Morales | Pedro Ajú | Carlos Barrios
    Telefono de Emergencia | - | 5598 7766 | 4455 1122 | 5123 9090
    Observacion General | - | Disponible fines de semana | | Traductora
    Observacion Medica | - | | Asma leve | 
  `),
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-fornecedores-ponto-focal-export', kind: 'Brazilian supplier register exported to CSV (CNPJ, name, e-mail, phone, focal person, state, street, postcode)', lang: 'pt', defaultCountry: 'BR', source: 'index:12628511172 (an ASP.NET supplier controller\'s CSV export)' }, `
    CNPJ | - | 12.345.678/0001-90 | 98.765.432/0001-10 | 11.222.333/0001-44
    # The row is a supplier company: "Nome" is the company, "Ponto focal" the person to talk to (the Name).
    Nome | companyName | Papelaria Central Ltda | Gráfica Rápida ME | Limpeza Total Serviços Ltda
    E-mail | email | vendas@papelariacentral.example | contato@graficarapida.example | comercial@limpezatotal.example
    Telefone | phone | (61) 3322-4455 | (61) 99876-5432 | (62) 3241-1100
    Ponto focal | name | Marcos Vieira | Juliana Prado | Renato Alves
    Estado | state | DF | DF | GO
    Logradouro | address1 | SCS Quadra 2 Bloco C | QNM 34 Conjunto F | Rua 8, 112 - Setor Oeste
    CEP | postalCode | 70302-000 | 72215-060 | 74110-060
  `),
  set({ id: 'pt-vaga-candidatos-linhas-noheader', kind: 'job opening\'s candidate import pasted as lines without a header row (name, e-mail, phone, expected salary)', lang: 'pt', noHeader: true, defaultCountry: 'BR', source: 'index:70840127915 (a recruitment API controller, its import endpoint\'s line format)' }, `
    "" | name | Fernanda Lima | Rodrigo Batista | Aline Queiroz
    "" | email | fernanda.lima@example.com.br | rodrigo.b@example.com | alinequeiroz@example.com.br
    "" | phone | (11) 98765-4321 | 21 99888-7766 | (31) 3456-7890
    "" | - | 4500,00 | 6200 | 3800,00
  `),
  set({ id: 'pt-usuarios-cadastro-csv-senha', kind: 'desktop app\'s user register appended to a CSV (id, name, e-mail, phone, password)', lang: 'pt', defaultCountry: 'BR', source: 'index:39596674803 (a Java Swing app writing its users to a CSV)' }, `
    Id | externalId | 1 | 2 | 3
    Nome | name | Lucas Pereira | Beatriz Costa | Thiago Martins
    E-mail | email | lucas.pereira@example.com | bia.costa@example.com.br | thiago.m@example.com
    Telefone | phone | 47999887766 | 47988776655 | 4733221100
    Senha | - | ******** | ******** | ********
  `),
  set({ id: 'pt-contatos-whatsapp-tags-import', kind: 'messaging app\'s contact import (name, e-mail, phone, tags separated by "|")', lang: 'pt', defaultCountry: 'BR', source: 'index:68638287759 (a contact CSV parser\'s tests, Portuguese headers)' }, `
    Nome | name | Maria Silva | João Pedro Santos | Camila Rocha
    E-mail | email | maria.silva@example.com | jp.santos@example.com.br | 
    Telefone | phone | (11) 99999-1234 | (11) 3456-7788 | +55 21 98888-1212
    # The file separates tags with "|", written here with a comma (the table's own separator is "|").
    Tags | tags | vip, evento | cliente | lead, instagram
  `),
  set({ id: 'pt-estudio-mensalistas-importacao', kind: 'studio\'s monthly member import (full name, e-mail, mobile, CPF, monthly fee, sign-up date, active, remark)', lang: 'pt', defaultCountry: 'BR', source: 'index:70165107753 (a member import\'s tests: valid rows, row errors and duplicates)' }, `
    Nome completo | name | Maria Souza | João Lima | Ana Paula Reis
    E-mail | email | maria.souza@example.com | joao.lima@example.com.br | anapaula@example.com
    Celular | phone | (11) 98765-4321 | 11 3456-7890 | (19) 99123-4567
    CPF | - | 529.982.247-25 | | 111.444.777-35
    Mensalidade | - | R$ 149,90 | 99,9 | R$ 120,00
    Data de cadastro | - | 15/01/2026 | 02/02/2026 | 
    Ativo | - | sim | não | sim
    Observação | - | cliente antiga | | prefere manhã
  `),
  set({ id: 'pt-grupo-escoteiro-associados-secao', kind: 'scout group\'s associate import with alternative column names (full name, e-mail, mobile, section, role, fee, sign-up date, training flag)', lang: 'pt', defaultCountry: 'BR', source: 'index:68380543961 (a scout group\'s bookkeeping import tests)' }, `
    Nome Completo | name | Ana Souza | Pedro Henrique Klein | Larissa Müller
    E-mail | email | ana.souza@example.org.br | pedro.klein@example.com | larissa.m@example.com
    Celular | phone | (51) 99999-1001 | (51) 98123-4567 | 51 3333-2211
    # The scout section (Lobinho, Escoteiro...) is the group the young person belongs to: Tags, as a team or a club.
    Seção | tags | Lobinho | Escoteiro | Sênior
    Função | - | jovem | jovem | escotista
    Taxa | - | 55,00 | 55,00 | 0,00
    Data cadastro | - | 11/03/2023 | 02/08/2024 | 15/01/2022
    LTC | - | não | não | sim
  `),
  set({ id: 'pt-evento-academico-modelo-importacao', kind: 'academic event\'s participant import template (full name, e-mail, institution, phone, CPF, passport)', lang: 'pt', defaultCountry: 'BR', source: 'index:62457485650 (an event admin\'s users route, its template download)' }, `
    Nome completo | name | Paulo Roberto Dias | Mariana Tavares | Kenji Watanabe
    E-mail | email | paulo.dias@example.edu.br | mtavares@example.com | kenji.w@example.jp
    # The participant's university or company: the Company name.
    Instituição | companyName | UFMG | Instituto Butantan | University of Tokyo
    Telefone | phone | (31) 99876-1122 | (11) 2627-9000 | +81 90 1234 5678
    CPF | - | 123.456.789-09 | 987.654.321-00 | 
    Passaporte | - | | | TK1234567
  `),
  set({ id: 'pt-recrutamento-banco-candidatos-import', kind: 'recruiting app\'s candidate import from an old database (full name, e-mail, mobile, city, salary expectation, remarks, an unknown column)', lang: 'pt', defaultCountry: 'BR', source: 'index:71497596154 (a candidate import\'s tests: valid rows kept, the rest reported)' }, `
    Nome Completo | name | Ana Importada | Bruno Carvalho | Letícia Moura
    E-mail | email | ANA.IMPORTADA@EXAMPLE.COM | bruno.carvalho@example.com | leticia.moura@example.com.br
    Celular | phone | (11) 98888-0001 | | (19) 99777-1234
    Cidade | city | São Paulo | Campinas | Jundiaí
    Pretensão salarial (R$) | - | 5.500,00 | | 4.200,00
    Observações | - | veio do banco antigo | | indicação
    Coluna estranha | - | x | | 
  `),
  set({ id: 'pt-fabrica-colaboradores-custos-modelo', kind: 'factory costing app\'s staff template (full name, e-mail, phone, CPF, role, position, base salary, charges, transport and meal vouchers, hours a month)', lang: 'pt', defaultCountry: 'BR', source: 'index:69383898320 (a costing app\'s staff import screen, its template lines)' }, `
    Nome completo | name | Maria Souza | Carlos Lima | Rita Fernandes
    E-mail | email | maria.souza@empresa.example | carlos.lima@empresa.example | rita.f@empresa.example
    Telefone | phone | (11) 98888-7777 | (11) 3333-4444 | (11) 97654-3210
    CPF | - | 111.444.777-35 | 12345678 | 222.333.444-05
    Papel | - | operador | producao | gestor
    Cargo | - | Operadora de Produção | Técnico de Manutenção | Supervisora
    Salário base | - | 2200 | 3100 | 5200
    Encargos (%) | - | 68 | 68 | 72
    Vale-transporte | - | 220 | 220 | 0
    Vale-alimentação | - | 550 | 550 | 800
    Horas/mês | - | 220 | 220 | 200
  `),
  set({ id: 'pt-congresso-inscritos-sep-acima', kind: 'education congress\'s registrants CSV for Excel, with a "sep=;" line above the header (id, check-in code, full name, e-mail, institution or campus, modality, theme, role, attendance, sign-up date)', lang: 'pt', defaultCountry: 'BR', above: [['sep=;']], source: 'index:70961003468 (an event platform\'s CSV writer, Python)' }, `
    # A bare "ID" of a list of registered people: the External ID.
    ID | externalId | 101 | 102 | 103
    Código de Check-in | - | EVT-7F3K2 | EVT-9QW1L | EVT-2ZP8M
    Nome Completo | name | Cláudia Ferreira | Roberto Nunes | Sabrina Lopes
    E-mail | email | claudia.f@example.edu.br | roberto.nunes@example.com | sabrina.lopes@example.edu.br
    Instituição / Polo | companyName | IFBA - Campus Salvador | UNEB Polo Feira | IFBA - Campus Ilhéus
    Modalidade | - | Presencial | Online | Presencial
    Eixo Temático | - | Educação Inclusiva | Tecnologias | Gestão Escolar
    Função / Papel | - | Ouvinte | Apresentador | Ouvinte
    Presença Confirmada | - | Sim | Não | Sim
    Data de Cadastro | - | 12/05/2026 | 13/05/2026 | 13/05/2026
  `),
  set({ id: 'pt-saude-usuarios-cnes-carga', kind: 'health secretariat\'s user load for an app (full name, e-mail, health facility code, initial password)', lang: 'pt', defaultCountry: 'BR', source: 'index:26486212860 (a bulk user script\'s README, its expected CSV)' }, `
    Nome completo | name | JOÃO SILVA | MARIA SANTOS | ANTÔNIO PEREIRA
    E-mail | email | joao@example.com.br | maria.santos@example.com.br | antonio.p@example.com.br
    CNES | - | 2077485 | 2084384 | 2079011
    Senha inicial | - | 2077485 | 2084384 | 2079011
  `),
  set({ id: 'pt-equipe-membros-funcao-import', kind: 'team workspace\'s member import with accented, mixed-case headers (full name, e-mail, role)', lang: 'pt', defaultCountry: 'BR', source: 'index:59775640271 (a member CSV reader\'s tests)' }, `
    Nome Completo | name | Ana Beatriz Rocha | Gustavo Henrique | Priscila Teixeira
    E-mail | email | ana.rocha@example.com | gustavo.h@example.com.br | priscila.t@example.com
    Função | - | Admin | Editor | Leitor
  `),
  set({ id: 'pt-email-marketing-lista-contatos', kind: 'e-mail marketing tool\'s contact list upload (full name, e-mail, phone with +55)', lang: 'pt', defaultCountry: 'BR', source: 'index:60342092313 (a marketing e-mail contact list parser\'s tests)' }, `
    Nome completo | name | Adriana Oliveira da Silva | Marcelo Cunha | Sem Email
    E-mail | email | adriana.oliveira@example.com.br | marcelo.cunha@example.com | 
    Telefone | phone | +55 (11) 96207-1234 | +55 (21) 99001-2233 | +55 (11) 91111-1111
  `),
  set({ id: 'pt-academia-evo-notas-emitidas-wide', kind: 'gym management system\'s (EVO) issued service invoice CSV, the only address being the invoice\'s (24 columns: id, unit, student code, name, CPF, plan, posting, occurrence, amount, authorisation, TID, invoice number, status, block status, issue date, message, street, number, complement, district, city, state, postcode, access key)', lang: 'pt', defaultCountry: 'BR', source: 'index:51773700387 (a gym integration\'s API notes, the header observed on the invoices CSV)' }, `
    id | - | 88121 | 88122 | 88130
    UNIDADE | - | Centro Sul | Centro Sul | Centro Sul
    # The student's code in the gym system: the External ID.
    COD_ALUNO | externalId | 10452 | 10877 | 9921
    NOME | name | Rafaela Gomes | Diego Pacheco | Vanessa Lins
    CPF | - | 123.456.789-09 | 987.654.321-00 | 111.222.333-96
    PLANO | - | Plano Anual | Mensal Livre | Plano Anual
    LANCAMENTO | - | 01/03/2026 | 05/03/2026 | 10/03/2026
    OCORRENCIA | - | 1 | 1 | 2
    VALOR | - | 129,90 | 149,90 | 129,90
    AUT | - | 054321 | 123987 | 778812
    TID | - | 1006993069000123 | 1006993069000456 | 1006993069000789
    NOTA | - | 2451 | 2452 | 2460
    STATUS | - | Emitida | Emitida | Cancelada
    Status Bloqueio | - | Liberado | Liberado | Bloqueado
    DATA_EMISSAO | - | 02/03/2026 | 06/03/2026 | 11/03/2026
    MSG | - | | | Nota substituída
    # The invoice's address is the only one the file has: the contact's own.
    Endereco | address1 | Rua das Acácias | Av. Getúlio Vargas | Rua Sete de Setembro
    Numero | - | 120 | 1450 | 33
    Complemento | - | Apto 302 | | Casa 2
    Bairro | - | Jardim América | Centro | Vila Nova
    Cidade | city | Goiânia | Goiânia | Aparecida de Goiânia
    UF | state | GO | GO | GO
    CEP | postalCode | 74275-010 | 74023-010 | 74905-120
    CHAVE_ACESSO | - | 5226 0312 3456 7800 0199 | 5226 0312 3456 7800 0288 | 5226 0312 3456 7800 0377
  `),
  set({ id: 'pt-cobranca-devedores-layout-wide', kind: 'collection agency\'s debtor import layout (22 columns: code, debtor, CPF, RG, address group, two numbered phones and a mobile, bill number, dates and amounts, returned cheque reason, bank, branch, account, remarks)', lang: 'pt', defaultCountry: 'BR', source: 'index:13240362021 (a Delphi debtor import unit, its layout comment)' }, `
    CODIGO | externalId | 000125 | 000126 | 000131
    DEVEDOR | name | José Carlos Ramos | Sueli Aparecida Nunes | Ricardo Farias
    CPF | - | 123.456.789-09 | 987.654.321-00 | 321.654.987-91
    RG | - | 12.345.678-9 | 23.456.789-0 | 34.567.890-1
    ENDERECO | address1 | Rua Bahia, 455 | Av. Brasil, 1200 ap 12 | Rua Goiás, 78
    BAIRRO | - | Centro | Jardim Paulista | Vila Operária
    CIDADE | city | Londrina | Maringá | Cambé
    UF | state | PR | PR | PR
    CEP | postalCode | 86010-190 | 87013-000 | 86181-000
    # Numbered phones and a mobile: the first is the main phone, the others additional.
    TEL_1 | phone | (43) 3322-1144 | (44) 3025-8899 | (43) 3254-1010
    TEL_2 | additionalPhones | | (44) 3262-1212 | 
    CELULAR | additionalPhones | (43) 99812-3344 | (44) 99901-2233 | (43) 98877-6655
    NR_TITULO | - | 004512 | 004513 | 004600
    DT_LANCAMENTO | - | 10/01/2026 | 12/01/2026 | 20/01/2026
    DT_VENCIMENTO | - | 10/02/2026 | 12/02/2026 | 20/02/2026
    VLR_TITULO | - | 350,00 | 1.280,50 | 89,90
    VLR_TITULO_ATUALIZADO | - | 371,20 | 1.341,00 | 94,10
    CHEQUE_MOT_DEVOLUCAO | - | 11 | | 12
    BANCO | - | 001 | | 104
    AGENCIA | - | 1234-5 | | 0987
    CONTA_CORRENTE | - | 12345-6 | | 00012345-7
    OBSERVACOES | - | | Acordo em 3x | 
  `),
  set({ id: 'pt-mala-direta-clientes-cadastro', kind: 'store system\'s client mail-merge file (code, company name, phone, fax, mobile, two contacts, address group with district, e-mail, situation, remark)', lang: 'pt', defaultCountry: 'BR', source: 'index:29364421963 (a Delphi statement form\'s mail-merge writer)' }, `
    Codigo | externalId | 000412 | 000413 | 000420
    RazaoSocial | companyName | Mercadinho Bom Preço Ltda | Auto Peças Irmãos Souza | Salão Bella Donna ME
    # An untyped phone and a mobile: the phone is the main one, the mobile an additional phone.
    Fone | phone | (85) 3234-5566 | (85) 3288-1122 | (85) 3491-7788
    Fax | - | (85) 3234-5567 | | 
    Celular | additionalPhones | (85) 99911-2233 | | (85) 98765-4321
    # The first contact person of the client company is the Name; the second is not imported.
    Contato1 | name | Francisco Alves | Antônio Souza | Débora Lima
    Contato2 | - | Maria Alves | João Souza | 
    Endereco | address1 | Rua Pedro I, 520 | Av. Bezerra de Menezes, 1800 | Rua Maria Tomásia, 88
    Bairro | - | Centro | São Gerardo | Aldeota
    Cidade | city | Fortaleza | Fortaleza | Fortaleza
    UF | state | CE | CE | CE
    CEP | postalCode | 60035-100 | 60325-002 | 60150-170
    EMail | email | bompreco@example.com.br | irmaossouza@example.com | belladonna@example.com.br
    Sit | - | A | A | I
    Obs | - | | Cliente desde 2009 | 
  `),
  set({ id: 'pt-escola-alunos-matriculados-export', kind: 'language school\'s enrolled student export, all upper case (code, guardian code, name, address group with district, phone, CPF, e-mail, guardian\'s name and CPF)', lang: 'pt', defaultCountry: 'BR', source: 'index:32565060591 (a school system\'s enrolled students export, PHP)' }, `
    CODIGO | externalId | 3021 | 3022 | 3040
    CODIGO RESP | - | 1188 | 1189 | 1201
    NOME | name | GABRIEL SOUZA LIMA | JÚLIA PEREIRA | HENRIQUE TAVARES
    ENDERECO | address1 | RUA DAS PALMEIRAS, 45 | AV. INDEPENDÊNCIA, 900 | RUA XV DE NOVEMBRO, 12
    BAIRRO | - | JARDIM EUROPA | CENTRO | VILA RICA
    CIDADE | city | SOROCABA | SOROCABA | VOTORANTIM
    UF | state | SP | SP | SP
    CEP | postalCode | 18045-000 | 18010-000 | 18110-000
    TELEFONE | phone | (15) 3232-4455 | (15) 99788-1122 | (15) 3243-9090
    CPF | - | 12345678909 | 98765432100 | 
    EMAIL | email | GABRIEL.LIMA@EXAMPLE.COM | JULIA.P@EXAMPLE.COM.BR | HTAVARES@EXAMPLE.COM
    # The guardian's name and CPF are another person's: never.
    NOME RESP | - | MARCOS LIMA | ANDREA PEREIRA | CLÁUDIO TAVARES
    CPF RESP | - | 32165498700 | 74185296300 | 85274196300
  `),
  // ---------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-lecteurs-newsletter-import', kind: 'newsletter platform\'s reader import (first name, surname, e-mail address, language)', lang: 'fr', defaultCountry: 'FR', source: 'index:69649927524 (an end-to-end test of a subscriber import page)' }, `
    Prénom | firstName | Jean | Léa | Hugo
    Nom | lastName | Martin | Bernard | Petit
    Adresse e-mail | email | jean.martin@example.fr | lea.bernard@example.com | hugo.petit@example.be
    Langue | - | Français | English | Français
  `),
  set({ id: 'fr-contacts-rue-numero-import', kind: 'CRM contact import with the street and its number in two columns (first name, surname, e-mail address, street, street number, town)', lang: 'fr', defaultCountry: 'FR', source: 'index:60812546814 (a CRM\'s import suggester tests, Python)' }, `
    Prénom | firstName | Sophie | Marc | Amélie
    Nom | lastName | Roux | Fontaine | Chevalier
    Adresse e-mail | email | sophie.roux@example.fr | marc.fontaine@example.com | amelie.c@example.fr
    Rue | address1 | Rue de la Paix | Boulevard Voltaire | Chemin des Vignes
    Numéro de la rue | - | 12 | 148 | 3
    Ville | city | Paris | Paris | Dijon
  `),
  set({ id: 'fr-eglise-formulaire-google-reponses', kind: 'church\'s Google Forms responses (timestamp, upper-case first name and surname, e-mail address, address, mobile, data consent question)', lang: 'fr', defaultCountry: 'FR', source: 'index:68866927559 (a church contact app\'s import tests, its form CSV)' }, `
    Horodateur | - | 06/10/2024 12:37:14 | 13/10/2024 12:35:54 | 03/11/2024 18:02:09
    PRÉNOM | firstName | Grâce | Mathys | Élise
    NOM | lastName | Mbala | Vanitou | Durand
    Adresse e-mail | email | grace.mbala@example.org | mathys.v@example.fr | elise.durand@example.com
    ADRESSE | address1 | 17 rue Victor Hugo, 93100 Montreuil | 14 allée des Tilleuls | 5 impasse du Moulin, 77000 Melun
    TEL. PORTABLE | phone | 0769135977 | 665431013 | 06 21 43 65 87
    ACCEPTEZ-VOUS QUE VOS DONNÉES PERSONNELLES (NOM, ADRESSE, E-MAIL) SOIENT COLLECTÉES ET UTILISÉES PAR L'ÉGLISE ? | - | Oui | Non | Oui
  `),
  set({ id: 'fr-virtuemart-commandes-clients-wide', kind: 'Joomla VirtueMart shop\'s order and customer export (22 columns: order, date, company, salutation, names, two address lines, postcode, town, country, phone, e-mail, permissions, customer group, order total, shipping cost, user, user type, first product and its prices)', lang: 'fr', defaultCountry: 'FR', source: 'index:7591967644 (a VirtueMart export script\'s column titles, PHP)' }, `
    Commande | - | 1045 | 1046 | 1047
    Date | - | 02/03/2026 | 02/03/2026 | 04/03/2026
    Société | companyName | | Atelier Bois & Co | 
    Civilité | - | Mme | M. | M.
    Prénom | firstName | Claire | Olivier | Karim
    Nom | lastName | Dubois | Lambert | Haddad
    # The order's address is the customer's own (the file has no other): imported.
    Adresse 1 | address1 | 8 rue Pasteur | ZA des Trois Chênes | 22 boulevard Gambetta
    Adresse 2 | - | Bât. B | Lot 4 | 
    Code Postal | postalCode | 31000 | 81100 | 13001
    Ville | city | Toulouse | Castres | Marseille
    Pays | country | France | France | France
    Téléphone | phone | 05 61 22 33 44 | 06 45 67 89 01 | 04 91 12 34 56
    Email | email | claire.dubois@example.fr | o.lambert@atelierbois.example | karim.haddad@example.com
    Autorisations | - | shopper | shopper | shopper
    # The shopper group the customer belongs to: Tags.
    Groupe de client | tags | -default- | Professionnels | -default-
    Total de la commande | - | 89,90 | 1 240,00 | 35,50
    Frais de livraison | - | 6,90 | 0,00 | 4,90
    # "utilisateur" is the customer's login in the shop: another system's id of the person, the External ID.
    utilisateur | externalId | cdubois | olambert | khaddad
    Type d'utilisateur | - | Registered | Registered | Registered
    Premier produit de la commande | - | Savon au lait d'ânesse | Planche à découper chêne | Bougie parfumée
    Prix du produit HT | - | 7,50 | 45,00 | 12,50
    Prix du produit TTC | - | 9,00 | 54,00 | 15,00
  `),
  set({ id: 'fr-librairie-preparation-commandes', kind: 'publisher\'s WooCommerce order preparation sheet, one line per order line (20 columns: order date, title, quantity, surname, first name, address, address complement, postcode, town, country, e-mail, phone, order number, type, SKU, item, price, coupon, discount, full name as typed)', lang: 'fr', defaultCountry: 'FR', source: 'index:61750771174 (a bookshop\'s order preparation CSV formatter tests)' }, `
    Date de commande | - | 2026-08-24 | 2026-08-24 | 2026-08-25
    Titre | - | Les Oiseaux du marais | Carnets de voyage | Les Oiseaux du marais
    Quantité | - | 1 | 2 | 1
    Nom | lastName | Dupont | Leroy | Faure
    Prénom | firstName | Anne | Bastien | Inès
    # The order's address, not named as a shipping one and the only address in the file: the customer's own.
    Adresse | address1 | 3 rue des Écoles | 18 quai de la Loire | 7 chemin du Lavoir
    Complément d'adresse | - | | Appt 12 | 
    Code postal | postalCode | 75005 | 37000 | 26000
    Ville | city | Paris | Tours | Valence
    Pays | country | FR | FR | FR
    E-mail | email | anne.dupont@example.fr | bastien.leroy@example.com | ines.faure@example.fr
    Téléphone | phone | 06 11 22 33 44 | 02 47 55 66 77 | 
    N° de commande | - | 5512 | 5513 | 5514
    Type | - | simple | simple | simple
    UGS(ISBN) | - | 978-2-36536-012-4 | 978-2-36536-020-9 | 978-2-36536-012-4
    Article # | - | 1 | 1 | 1
    Prix du produit | - | 22,00 | 18,50 | 22,00
    Code de coupon | - | | AUTOMNE10 | 
    Réduction | - | 0 | 3,70 | 0
    # A full-name column next to the first and last name columns is the Name as well.
    Nom complet (tel que saisi) | name | Anne Dupont | bastien leroy | Inès FAURE
  `),
  set({ id: 'fr-formation-apprenants-export', kind: 'training platform\'s learner export (17 columns: id, e-mail, names, phone, birth date, address group with country, education level, occupation, company, active and verified flags, creation and last login dates)', lang: 'fr', defaultCountry: 'FR', source: 'index:37148063092 (a learning platform\'s statistics service, its fallback CSV header)' }, `
    ID | externalId | 1042 | 1043 | 1044
    Email | email | m.girard@example.fr | theo.blanc@example.com | nadia.benali@example.fr
    Prénom | firstName | Mathilde | Théo | Nadia
    Nom | lastName | Girard | Blanc | Benali
    Téléphone | phone | 06 98 76 54 32 | +33 7 12 34 56 78 | 01 45 67 89 10
    Date de naissance | dateOfBirth | 1992-04-18 | 2001-12-03 | 1987-07-29
    Adresse | address1 | 15 rue Nationale | 2 place Bellecour | 40 rue de Rivoli
    Code postal | postalCode | 59000 | 69002 | 75004
    Ville | city | Lille | Lyon | Paris
    Pays | country | France | France | France
    Niveau d'études | - | Bac+3 | Bac | Bac+5
    Profession | - | Infirmière | Étudiant | Cheffe de projet
    Entreprise | companyName | CHU de Lille | | Groupe Atlas
    Actif | - | 1 | 1 | 0
    Email vérifié | - | Oui | Non | Oui
    Date de création | - | 2025-09-01 10:12:00 | 2026-01-15 08:40:00 | 2024-11-20 17:05:00
    Dernière connexion | - | 2026-11-30 21:14:00 | | 2026-06-02 09:30:00
  `),
  set({ id: 'fr-association-adherents-publipostage', kind: 'association management app\'s mail-merge export of members (surname, first name, login, gender, two address lines, postcode, town, country, e-mail; each line ends in the separator)', lang: 'fr', defaultCountry: 'FR', source: 'index:39808580038 (an association members app\'s mail-merge page, PHP)' }, `
    Nom | lastName | Perrin | Masson | Rolland
    Prénom | firstName | Gilles | Sandrine | Yannick
    # The member's login in the association's app: the External ID.
    Identifiant | externalId | gperrin | smasson | yrolland
    Genre | - | M | F | M
    Adresse1 | address1 | 9 rue du Stade | Le Bourg | 31 route de Brest
    Adresse2 | - | | Lieu-dit La Croix | 
    Code postal | postalCode | 29200 | 29860 | 29000
    Ville | city | Brest | Plabennec | Quimper
    Pays | country | France | France | France
    Email | email | gilles.perrin@example.fr | s.masson@example.fr | yannick.rolland@example.com
    "" | - | | | 
  `),
  set({ id: 'fr-gestion-commerciale-clients-modele', kind: 'invoicing app\'s client import template (19 columns: code, name, address group with country, contact, phones, mobiles, fax, e-mail, website, bank details, balances, VAT number, SIRET, APE, RCS)', lang: 'fr', defaultCountry: 'FR', source: 'index:28593938656 (an invoicing app\'s client import component, its template download)' }, `
    # The client's code in the invoicing app: the External ID.
    Code | externalId | CL0001 | CL0002 | CL0003
    # The rows are client companies (VAT, SIRET, RCS): "Nom" is the company, "Contact" the person.
    Nom | companyName | Boulangerie Martin SARL | Garage du Centre | Cabinet Vasseur
    Adresse | address1 | 123 rue de la République | 5 avenue de Verdun | 18 rue Gambetta
    Code postal | postalCode | 75001 | 45000 | 62000
    Ville | city | Paris | Orléans | Arras
    Pays | country | France | France | France
    Contact | name | Paul Martin | Sylvie Renaud | Hervé Vasseur
    # Typed phones: "Téléphones" is the main phone, "Mobiles" an additional one.
    Téléphones | phone | 01 23 45 67 89 | 02 38 11 22 33 | 03 21 44 55 66
    Mobiles | additionalPhones | | 06 77 88 99 00 | 06 12 12 12 12
    Fax | - | | 02 38 11 22 34 | 
    E-Mail | email | contact@boulangerie-martin.example | garage.centre@example.fr | h.vasseur@cabinet.example
    Site Web | website | | www.garageducentre.example | https://cabinet-vasseur.example
    RIB | - | | | 
    Solde | - | 0 | 1250,40 | -80,00
    Solde initial | - | 0 | 0 | 0
    Tva Intra | - | FR12345678901 | FR98765432109 | 
    S.I.R.E.T | - | 12345678900011 | 98765432100027 | 55544433300019
    A.P.E | - | 1071C | 4520A | 6920Z
    R.C.S | - | Paris B 123456789 | Orléans B 987654321 | 
  `),
  set({ id: 'fr-course-inscrits-dossards-export', kind: 'running race\'s entrant export (bib, names, e-mail, distance, address group with complement and country, app flags, best time)', lang: 'fr', defaultCountry: 'FR', source: 'index:68473428622 (a race timing app\'s export tests)' }, `
    # The bib number is the entrant's number in this race only (like a ticket): not imported.
    Dossard | - | 1 | 2 | 3
    Prénom | firstName | Anna | Romain | Céline
    Nom | lastName | Arnaud | Baron | Collet
    Email | email | anna.arnaud@example.com | romain.baron@example.fr | celine.collet@example.fr
    Distance | - | Semi-marathon | 10 km | Semi-marathon
    Adresse | address1 | | 6 rue des Peupliers | 11 avenue Foch
    Complément | - | | | Résidence Les Pins
    Code postal | postalCode | | 67000 | 68100
    Ville | city | | Strasbourg | Mulhouse
    Pays | country | | France | France
    Connecté | - | Non | Oui | Oui
    Dans l’application | - | Non | Oui | Non
    Meilleur temps | - | | 0:42:13 | 1:48:55
  `),
  set({ id: 'fr-pennylane-societes-export-wide', kind: 'wine trade body\'s company export reshaped for the Pennylane accounting import (26 columns: client id, name, SIREN, ledger account, address group, e-mail list, phone, client reference, recipient, remarks, VAT number, billing language, payment terms, direct debit and transfer bank details, GoCardless mandate)', lang: 'fr', defaultCountry: 'FR', source: 'index:56754655625 (a shell export script\'s Pennylane header line)' }, `
    Identifiant Client | externalId | CIVP000123 | CIVP000456 | CIVP000789
    Dénomination | companyName | Domaine des Trois Collines | Château Saint-Roch | Cave Coopérative de Lorgues
    Siren | - | 412345678 | 398765432 | 775612340
    # The ledger account derived from the client id: a second id, not imported.
    Numéro de Compte | - | 4110000123 | 4110000456 | 4110000789
    Adresse | address1 | Route de Vidauban | 1250 chemin de Saint-Roch | 2 avenue de la Cave
    Code Postal | postalCode | 83340 | 83390 | 83510
    Ville | city | Le Cannet-des-Maures | Cuers | Lorgues
    Pays | country | FR | FR | FR
    Liste d’e-mails | email | contact@troiscollines.example | compta@chateau-saint-roch.example | cave@lorgues.example
    Téléphone | phone | 04 94 12 34 56 | 04 94 98 76 54 | 04 94 73 70 11
    Référence Client | - | CIVP000123 | CIVP000456 | CIVP000789
    # The person the invoices are addressed to: the Name (the row's company is the Company name).
    Destinataire | name | | Hélène Roch | 
    Remarques | - | | | 
    Numéro de TVA | - | FR41412345678 | | FR08775612340
    Langue de Facturation | - | fr_FR | fr_FR | fr_FR
    Conditions de Paiement | - | Paiement sous 60 jours | Paiement sous 60 jours | Paiement sous 60 jours
    Prélèvement : Numéro de Mandat (RUM) | - | CIVP000123 | | CIVP000789
    Prélèvement : Date de Signature | - | 12/01/2024 | | 03/05/2023
    Prélèvement : Type de Paiement | - | Récurrent | Récurrent | Récurrent
    Prélèvement : IBAN | - | FR7630004000031234567890143 | | FR7610278000010002345678956
    Prélèvement : BIC | - | BNPAFRPPXXX | | CMCIFR2A
    Prélèvement : Banque | - | BNP PARIBAS | | CREDIT MUTUEL
    Virement : IBAN | - | | FR7619106000214351565839549 | 
    Virement : BIC | - | | AGRIFRPP891 | 
    Virement : Banque | - | | CREDIT AGRICOLE PROVENCE COTE AZUR | 
    ID du mandat de GoCardless | - | | | 
  `),
  set({ id: 'fr-fichier-contacts-recherche-export', kind: 'contact file\'s search result export (reference, salutation, name, address group with country, two numbered phones, fax, e-mail, website; lines end in the separator)', lang: 'fr', defaultCountry: 'FR', source: 'index:34557483738 (a contact management PHP page\'s CSV export)' }, `
    # The contact's reference in the file: the External ID.
    Reference | externalId | C-00871 | C-00872 | C-00880
    Civilite | - | Madame | Monsieur | Société
    Nom | name | Véronique Aubert | Laurent Fabre | Imprimerie Marchand
    Adresse | address1 | 4 rue Saint-Michel | 27 cours Mirabeau | ZI Nord, 3 rue Gutenberg
    Code postal | postalCode | 35000 | 13100 | 51100
    Ville | city | Rennes | Aix-en-Provence | Reims
    Pays | country | France | France | France
    telephone 1 | phone | 02 99 11 22 33 | 04 42 55 66 77 | 03 26 88 99 00
    telephone 2 | additionalPhones | 06 01 02 03 04 | | 
    fax | - | | | 03 26 88 99 01
    email | email | v.aubert@example.fr | laurent.fabre@example.com | contact@imprimerie-marchand.example
    url | website | | | www.imprimerie-marchand.example
    "" | - | | | 
  `),
  set({ id: 'fr-ecole-ingenieurs-eleves-import', kind: 'engineering school\'s student import (gender, surname, first name, birth date, postcode, town, upper-case country, national admissions number, upper-case mail)', lang: 'fr', defaultCountry: 'FR', source: 'index:29337151680 (a school intranet\'s student import page, its expected structure)' }, `
    Genre | - | M. | Mme | M.
    Nom | lastName | Durand | Nguyen | Lemaire
    Prénom | firstName | Lucas | Linh | Maxime
    Date de naissance | dateOfBirth | 15/06/2002 | 02/01/2003 | 28/09/2002
    Code Postal | postalCode | 75015 | 44300 | 35700
    Ville | city | Paris | Nantes | Rennes
    PAYS | country | France | France | France
    # The student's number at the national admissions service (SCEI): another system's id, the External ID.
    NUMERO SCEI | externalId | 84532 | 91277 | 80456
    MAIL | email | lucas.durand@eleves.example.fr | linh.nguyen@eleves.example.fr | maxime.lemaire@eleves.example.fr
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-agenda-appuntamenti-clienti-select', kind: 'booking calendar\'s client list as read from its database (id, first name, surname, e-mail, mobile)', lang: 'it', defaultCountry: 'IT', source: 'index:56269198929 (a studio booking app\'s day view, its client columns)' }, `
    id | externalId | 3f2a9c10-1b7e-4d2a-9f31-6a0c2e8b7d11 | 8c1d4e22-7a90-4b6f-a2c3-0e9f1b2c3d44 | b7e6a5d4-3c2b-4a19-8f07-1e2d3c4b5a66
    nome | firstName | Chiara | Davide | Elena
    cognome | lastName | Colombo | Rinaldi | Marchetti
    email | email | chiara.colombo@example.it | davide.rinaldi@example.com | elena.m@example.it
    cellulare | phone | 3401122334 | 3289988776 | 3475566778
  `),
  set({ id: 'it-crm-persone-gestionale-precedente', kind: 'CRM\'s import of people from the previous management software (surname first, tax code, mobile, e-mail, note)', lang: 'it', defaultCountry: 'IT', source: 'index:70907432314 (a Frappe CRM import test, its sheet)' }, `
    Cognome | lastName | ROSSI | Bianchi | Esposito
    Nome | firstName | MARIA | Luca | Gennaro
    Codice fiscale | - | RSSMRA80A41H501Y | | SPSGNR75C12F839K
    Cellulare | phone | 333 765 4321 | | 339 112 2334
    E-mail | email | maria.rossi@example.it | luca.bianchi@example.com | g.esposito@example.it
    Note | - | allergica al lattice | | 
  `),
  set({ id: 'it-rubrica-cognome-prima-punto-virgola', kind: 'address book exercise\'s contact CSV, surname first, each line ending in the separator (surname, first name, e-mail, phone)', lang: 'it', defaultCountry: 'IT', source: 'index:23874161688 (a Java address book\'s CSV writer)' }, `
    COGNOME | lastName | Fontana | Moretti | Barbieri
    NOME | firstName | Alessandro | Sara | Paolo
    EMAIL | email | a.fontana@example.it | sara.moretti@example.com | paolo.barbieri@example.it
    TELEFONO | phone | 02 1234567 | 347 9876543 | 06 7654321
    "" | - | | | 
  `),
  set({ id: 'it-scuola-studenti-aule-cartelle', kind: 'school lab\'s student list for a folder-making tool (surname, first name, e-mail, classroom, personal file name)', lang: 'it', defaultCountry: 'IT', source: 'index:54634254050 (a Tkinter tool creating students\' folders, its CSV skeleton)' }, `
    Cognome | lastName | Conti | Greco | Lombardi
    Nome | firstName | Matteo | Aurora | Tommaso
    Email | email | matteo.conti@studenti.example.it | aurora.greco@studenti.example.it | tommaso.lombardi@studenti.example.it
    # The classroom is like a school class: not imported.
    Aula | - | Lab 2 | Lab 2 | Aula 14
    Nome_File_Personale | - | conti_matteo.docx | greco_aurora.docx | lombardi_tommaso.docx
  `),
  set({ id: 'it-fiera-accrediti-senza-pass', kind: 'trade fair accreditation report of people without a pass (id, surname, first name, e-mail, role, group, stand, zone)', lang: 'it', defaultCountry: 'IT', source: 'index:53107813859 (an exhibition accreditation server\'s report route)' }, `
    ID | externalId | 2201 | 2202 | 2215
    Cognome | lastName | Ricci | Mancini | Caruso
    Nome | firstName | Federico | Valentina | Salvatore
    Email | email | f.ricci@espositore.example | valentina.mancini@example.it | s.caruso@example.com
    Ruolo | - | Espositore | Hostess | Tecnico
    # The group the person is accredited with: Tags.
    Gruppo | tags | Cantine Riunite | Staff Fiera | Allestimenti Sud
    Stand | - | B12 | | C04
    Zona | - | Padiglione 2 | Ingresso Nord | Padiglione 3
  `),
  set({ id: 'it-rubrica-contatti-note-minuscolo', kind: 'address book\'s contact file, lower-case headers and a trailing separator (surname, first name, e-mail, phone, note)', lang: 'it', defaultCountry: 'IT', source: 'index:40869038169 (a Java address book\'s file writer)' }, `
    cognome | lastName | Gentile | Ferrara | Pellegrini
    nome | firstName | Roberta | Simone | Ilaria
    email | email | roberta.gentile@example.it | simone.ferrara@example.com | 
    telefono | phone | 011 5566778 | 348 1122334 | 055 2233445
    note | - | collega | | dentista
    "" | - | | | 
  `),
  set({ id: 'it-newsletter-interessi-utenti-export', kind: 'mailing site\'s export of users by interest (surname, first name, e-mail, mobile, phone, postcode, address)', lang: 'it', defaultCountry: 'IT', source: 'index:640427920 (a PHP export of users picked by interest)' }, `
    COGNOME | lastName | Serra | Vitale | Longo
    NOME | firstName | Antonella | Giorgio | Beatrice
    EMAIL | email | antonella.serra@example.it | gvitale@example.com | bea.longo@example.it
    # A mobile and an untyped phone: the phone is the main one, the mobile an additional phone.
    CELLULARE | additionalPhones | 349 8765432 | | 335 1234567
    TELEFONO | phone | 070 123456 | 081 7654321 | 
    CAP | postalCode | 09124 | 80121 | 20135
    INDIRIZZO | address1 | Via Roma 21 | Piazza Dante 4 | Viale Umbria 88
  `),
  set({ id: 'it-farmacie-attivita-report', kind: 'pharma field force\'s pharmacy activity report (client code, name, address group, phone, fax, e-mail, sales rep, agent, advisor, date, event; lines end in the separator)', lang: 'it', defaultCountry: 'IT', source: 'index:12841947700 (a CodeIgniter report controller\'s CSV export)' }, `
    cod_cliente | externalId | 10045 | 10046 | 10112
    denominazione | companyName | Farmacia Centrale Dr. Bassi | Farmacia San Marco | Parafarmacia Sole
    indirizzo | address1 | Corso Italia 12 | Via San Marco 3 | Via Po 55
    cap | postalCode | 35121 | 30124 | 10124
    località | city | Padova | Venezia | Torino
    provincia | state | PD | VE | TO
    telefono | phone | 049 8765432 | 041 5223344 | 011 8123456
    fax | - | 049 8765433 | | 
    email | email | info@farmaciabassi.example | sanmarco@example.it | parafarmaciasole@example.it
    # Of the three people of the pharma company, the agent is the one the pharmacy is assigned to: the Contact owner.
    isf | - | R. Fabbri | R. Fabbri | M. Sala
    agente | owner | Giorgio Neri | Giorgio Neri | Laura Testa
    advisor | - | | P. Orlando | 
    data | - | 12/11/2026 | 14/11/2026 | 20/11/2026
    evento | - | Giornata della prevenzione | Test glicemia | Serata dermocosmesi
    "" | - | | | 
  `),
  set({ id: 'it-iscritti-nominativo-registrazione', kind: 'website\'s registered users list export (full name, e-mail, registration date; lines end in two separators)', lang: 'it', defaultCountry: 'IT', source: 'index:10454396456 (a PHP admin page\'s users CSV)' }, `
    Nominativo | name | Rossana Guidi | Emanuele Sartori | Noemi Bellini
    Email | email | rossana.guidi@example.it | e.sartori@example.com | noemi.bellini@example.it
    Data registrazione | - | 03/02/2025 | 17/06/2025 | 09/10/2026
    "" | - | | | 
    "" | - | | | 
  `),
  set({ id: 'it-servizio-civile-volontari-ore', kind: 'civil service office\'s export of volunteers\' training hours (volunteer code, surname, first name, sex, tax code, birth date, host body code and name, project code and title, the project site\'s town, province, region, address and postcode, hours)', lang: 'it', defaultCountry: 'IT', source: 'index:12206674580 (an ASP.NET civil service page\'s CSV export, VB)' }, `
    CodiceVolontario | externalId | V0012345 | V0012346 | V0012399
    Cognome | lastName | Marini | D'Angelo | Fabbri
    Nome | firstName | Alessia | Riccardo | Martina
    Sesso | - | F | M | F
    CodiceFiscale | - | MRNLSS01A41H501U | DNGRCR00B12F839X | FBBMTN02C55A944Q
    DataNascita | dateOfBirth | 01/01/2001 | 12/02/2000 | 15/03/2002
    CodiceEnte | - | NZ01234 | NZ05678 | NZ01234
    # The host body the volunteer serves with, like an employer: the Company name.
    Denominazione | companyName | Comune di Roma | Caritas Diocesana | Comune di Roma
    CodiceProgetto | - | PTXSU0012345 | PTXSU0067890 | PTXSU0012345
    Titolo | - | Biblioteche aperte | Accanto agli ultimi | Biblioteche aperte
    # The project site's town, province, region, address and postcode are not the volunteer's: not imported.
    ComuneSedeProgetto | - | Roma | Napoli | Roma
    ProvinciaSedeProgetto | - | RM | NA | RM
    RegioneSedeProgetto | - | Lazio | Campania | Lazio
    IndirizzoSedeProgetto | - | Via Ostiense 12 | Via Duomo 5 | Via Ostiense 12
    CAP | - | 00154 | 80138 | 00154
    OreFormazioneSpecifica | - | 72 | 80 | 64
  `),
  set({ id: 'it-scuola-utenti-importazione-esempio', kind: 'school platform\'s user import example (surname, first name, sex, tax code, username, e-mail)', lang: 'it', defaultCountry: 'IT', source: 'index:56463777926 (a school platform\'s import dialog, its example lines)' }, `
    cognome | lastName | Rossi | Verdi | Costa
    nome | firstName | Mario | Anna | Lorenzo
    sesso | - | M | F | M
    codiceFiscale | - | RSSMRA80A01H501Z | VRDNNA85B41F205X | CSTLRN07D15L219P
    # The user's login on the platform: another system's id of the person, the External ID.
    username | externalId | mario.rossi | anna.verdi | lorenzo.costa
    email | email | mario.rossi@scuola.example.it | anna.verdi@scuola.example.it | lorenzo.costa@scuola.example.it
  `),
  set({ id: 'it-disposizione-banchi-alunni-noheader', kind: 'classroom seating tool\'s pupil file without a header row (surname, first name, sex, seat note, incompatible and compatible classmates), read line by line', lang: 'it', noHeader: true, defaultCountry: 'IT', source: 'index:52789306297 (a seating planner\'s file loader, Python, its line format comment)' }, `
    "" | lastName | Bianchi | Esposito | Romano
    "" | firstName | Giorgia | Lorenzo | Sofia
    "" | - | F | M | F
    # The seat note, the incompatible and the compatible classmates are about the seating plan: not imported.
    "" | - | prima fila | | vicino finestra
    "" | - | Romano | Bianchi | 
    "" | - | Esposito | | Bianchi
  `),
  // --------------------------------------------------------------------------------------------------- English
];
