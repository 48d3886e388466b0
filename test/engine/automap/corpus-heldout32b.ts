// The thirty-second held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files and English ones from schools, churches, events, shops and nonprofits; the other half,
// corpus-heldout32a.ts, holds English, German, Dutch and mixed-language files): 32 header sets (611 columns, 220 of
// them expected to map; 6 Spanish, 6 Portuguese, 5 French, 6 Italian, 9 English; 2 files without a header row, none
// with lines above it; 15 sets of 20 to 44 columns). Fewer sets than the other parts: see the next lines.
// The public code index's look-ups were used up when this half began, so every set here comes from a public
// repository snapshot read with git ("github:owner/repo path" names the file): import templates and samples, export
// code's header lists, database table definitions and exporter tests. Each was written down, with the mapping a
// careful person would choose by the field definitions and the rules, BEFORE the mapper was run on them and
// without reading the lexicon or the mapper. Sample values are made up in the shape of each file's own (no personal
// data or example rows from the sources are copied). Byte-order marks cannot be written in the table and are left
// out (a set's kind says where). Wide files are kept to their first columns, stopping at a column boundary. No set's
// headers repeat an older part's (each was compared lower-cased).
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
// Choices this half makes more than once:
// - The school, college or university a student or applicant attends is not an employer and is not imported; the
//   employer a mentor, a teacher or a candidate names is the person's company.
// - A group the person comes with or is registered with (a youth group, a parish, a scout group) is Tags; the
//   group's own address, phone, codes and e-mail are not imported.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout32' }, table);

export const HELDOUT32B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-facturacion-contactos-tabla-volcado-largo', kind: 'Spanish invoicing and ERP program\'s contacts table (addresses of customers and suppliers) dumped with its column names (privacy and marketing flags, PO box, surnames, job, tax id, town, agent, customer and supplier codes, country, postcode, address, e-mail, company, dates, contact id, names, notes, province, phones, web; 28 columns)', lang: 'es', defaultCountry: 'ES', source: 'github:NeoRazorX/facturascripts Core/Table/contactos.xml (the contacts table definition, its columns in order)' }, `
    aceptaprivacidad | - | 1 | 1 | 0
    admitemarketing | - | 0 | 1 | 0
    apartado | - | "" | 112 | ""
    apellidos | lastName | Ortega Blanco | Salinas | Prieto Gil
    cargo | - | Gerente | Compras | ""
    cifnif | - | 12345678Z | B12345674 | 87654321X
    ciudad | city | Valencia | Murcia | Logroño
    # The agent (sales rep) assigned to the contact is the user in charge of it: the Contact owner.
    codagente | owner | 2 | 1 | 2
    # The customer and supplier records the address belongs to are not the contact's own id: idcontacto is.
    codcliente | - | 000014 | 000027 | ""
    codpais | country | ESP | ESP | ESP
    codpostal | postalCode | 46004 | 30001 | 26001
    codproveedor | - | "" | "" | 000003
    descripcion | - | Dirección principal | Almacén | Oficina
    direccion | address1 | C/ Colón, 12, 3º | Av. de la Libertad, 45 | C/ Portales, 8
    email | email | iortega@example.es | compras@salinas.example | lprieto@example.com
    empresa | companyName | Ortega Reformas SL | Salinas Hnos. | ""
    fechaalta | - | 12-03-2024 | 05-11-2023 | 28-01-2025
    idcontacto | externalId | 31 | 58 | 77
    langcode | - | es_ES | es_ES | es_ES
    nombre | firstName | Inés | Rubén | Lucía
    observaciones | - | "" | Llamar por la tarde | ""
    personafisica | - | 1 | 0 | 1
    provincia | state | Valencia | Murcia | La Rioja
    telefono1 | phone | 963 412 578 | 968 221 034 | 941 256 390
    telefono2 | additionalPhones | 654 321 987 | "" | 699 874 112
    tipoidfiscal | - | NIF | CIF | NIF
    verificado | - | 1 | 0 | 1
    web | website | "" | https://salinas.example | ""
  `),
  set({ id: 'es-facturacion-clientes-tabla-volcado-largo', kind: 'Spanish invoicing and ERP program\'s customers table dumped with its column names (tax id, agent, customer code, group, payment, tax and billing codes, e-mail, fax, dates, trade and legal names, risk limits, phones, web; 32 columns)', lang: 'es', defaultCountry: 'ES', source: 'github:NeoRazorX/facturascripts Core/Table/clientes.xml (the customers table definition, its columns in order)' }, `
    cifnif | - | B98765432 | 45123987L | B11223344
    codagente | owner | 1 | "" | 3
    codcliente | externalId | 000102 | 000103 | 000104
    # The customer group is a group the customer is filed under: Tags.
    codgrupo | tags | MAYORISTA | "" | TIENDAS
    codpago | - | TRANS | CONT | RECIBO
    codproveedor | - | "" | "" | ""
    codretencion | - | "" | IRPF15 | ""
    codserie | - | A | A | A
    codsubcuenta | - | 4300000102 | 4300000103 | 4300000104
    codtarifa | - | T1 | "" | T2
    debaja | - | 0 | 0 | 0
    diaspago | - | 5,20 | "" | 15
    excepcioniva | - | "" | "" | ""
    email | email | pedidos@ferreteria-alba.example | jmcano@example.es | admin@moda-sur.example
    fax | - | "" | "" | 954 112 233
    fechaalta | - | 03-02-2022 | 19-09-2024 | 07-06-2021
    fechabaja | - | "" | "" | ""
    idcontactoenv | - | 12 | 15 | 19
    idcontactofact | - | 12 | 15 | 18
    langcode | - | es_ES | es_ES | es_ES
    # The trade name beside the legal name is not imported; the legal name is the Company name.
    nombre | - | Ferretería Alba | José Manuel Cano | Moda Sur
    observaciones | - | "" | Autónomo | Cliente desde 2021
    operacion | - | "" | "" | ""
    personafisica | - | 0 | 1 | 0
    razonsocial | companyName | Suministros Alba SL | José Manuel Cano Ruiz | Textiles del Sur SA
    regimeniva | - | General | General | General
    riesgoalcanzado | - | 1250.40 | 0 | 380.00
    riesgomax | - | 6000 | "" | 3000
    telefono1 | phone | 925 221 480 | 612 345 789 | 954 778 120
    telefono2 | additionalPhones | "" | "" | 654 998 001
    tipoidfiscal | - | CIF | NIF | CIF
    web | website | https://ferreteria-alba.example | "" | https://modasur.example
  `),
  set({ id: 'es-facturacion-proveedores-tabla-volcado', kind: 'Spanish invoicing and ERP program\'s suppliers table dumped with its column names (creditor flag, tax id, codes, e-mail, fax, dates, contact id, trade and legal names, phones, web; 26 columns)', lang: 'es', defaultCountry: 'ES', source: 'github:NeoRazorX/facturascripts Core/Table/proveedores.xml (the suppliers table definition, its columns in order)' }, `
    acreedor | - | 0 | 1 | 0
    cifnif | - | B33445566 | B77889900 | 29876543K
    codcliente | - | "" | "" | 000210
    codpago | - | TRANS | DOMIC | CONT
    codproveedor | externalId | 000011 | 000012 | 000013
    codretencion | - | "" | "" | IRPF15
    codserie | - | A | A | A
    codsubcuenta | - | 4000000011 | 4100000012 | 4000000013
    debaja | - | 0 | 0 | 0
    excepcioniva | - | "" | "" | ""
    email | email | ventas@papeleria-norte.example | facturas@energia-verde.example | jgarrido@example.es
    fax | - | 985 110 220 | "" | ""
    fechaalta | - | 14-01-2020 | 02-05-2023 | 30-09-2024
    fechabaja | - | "" | "" | ""
    idcontacto | - | 5 | 9 | 21
    langcode | - | es_ES | es_ES | es_ES
    nombre | - | Papelería Norte | Energía Verde | Javier Garrido
    observaciones | - | "" | Recibo mensual | Transportista
    operacion | - | "" | "" | ""
    personafisica | - | 0 | 0 | 1
    razonsocial | companyName | Papelería del Norte SL | Energía Verde Comercializadora SA | Javier Garrido Pons
    regimeniva | - | General | General | General
    telefono1 | phone | 985 334 120 | 900 123 456 | 677 889 900
    telefono2 | additionalPhones | "" | "" | ""
    tipoidfiscal | - | CIF | CIF | NIF
    web | website | https://papeleria-norte.example | https://energiaverde.example | ""
  `),
  set({ id: 'es-facturacion-agentes-tabla-volcado', kind: 'Spanish invoicing and ERP program\'s sales agents table dumped with its column names (job, tax id, agent code, leaving flag, e-mail, dates, contact id, product, name, notes, phones, tax id type)', lang: 'es', defaultCountry: 'ES', source: 'github:NeoRazorX/facturascripts Core/Table/agentes.xml (the agents table definition, its columns in order)' }, `
    cargo | - | Comercial | Jefa de ventas | Comercial
    cifnif | - | 44556677H | 33221100B | 55667788J
    codagente | externalId | 1 | 2 | 3
    debaja | - | 0 | 0 | 1
    email | email | alberto.vidal@example.es | marta.quiroga@example.com | s.benitez@example.es
    fechaalta | - | 01-09-2019 | 15-01-2021 | 10-04-2022
    fechabaja | - | "" | "" | 31-12-2024
    idcontacto | - | 3 | 7 | 11
    idproducto | - | "" | "" | ""
    # One name column for the agent's full name.
    nombre | name | Alberto Vidal Ruiz | Marta Quiroga | Sergio Benítez
    observaciones | - | Zona norte | "" | ""
    telefono1 | phone | 622 114 558 | 633 221 009 | 644 778 201
    telefono2 | additionalPhones | "" | 981 224 310 | ""
    tipoidfiscal | - | NIF | NIF | NIF
  `),
  set({ id: 'es-facturacion-empresas-tabla-volcado', kind: 'Spanish invoicing and ERP program\'s companies table dumped with its column names (administrator, PO box, tax id, town, country, postcode, address, e-mail, fax, date, company and logo ids, legal and short names, notes, person flag, province, VAT regime, phones, tax id type, web)', lang: 'es', defaultCountry: 'ES', source: 'github:NeoRazorX/facturascripts Core/Table/empresas.xml (the companies table definition, its columns in order)' }, `
    # The rows are companies: the administrator named is the contact person, the Name.
    administrador | name | Rosa Iglesias Pardo | Andrés Villalba | Pilar Ferrer
    apartado | - | "" | 45 | ""
    cifnif | - | B15987654 | B46123789 | 43219876Y
    ciudad | city | A Coruña | Alzira | Reus
    codpais | country | ESP | ESP | ESP
    codpostal | postalCode | 15003 | 46600 | 43201
    direccion | address1 | Rúa Real, 33 | Av. dels Furs, 9 | C/ Llovera, 21
    email | email | administracion@galaicasoft.example | info@villalba-citricos.example | pilar@ferrer-assessors.example
    fax | - | "" | 962 410 221 | ""
    fechaalta | - | 02-01-2020 | 15-03-2022 | 01-07-2023
    idempresa | externalId | 1 | 2 | 3
    idlogo | - | 4 | "" | ""
    nombre | companyName | Galaica Software SL | Cítricos Villalba SL | Pilar Ferrer Mas
    # A short name beside the legal name is a trade name: not imported.
    nombrecorto | - | Galaica | Villalba | Ferrer Assessors
    observaciones | - | "" | "" | ""
    personafisica | - | 0 | 0 | 1
    provincia | state | A Coruña | Valencia | Tarragona
    regimeniva | - | General | General | Recargo
    telefono1 | phone | 981 123 456 | 962 410 220 | 977 334 112
    telefono2 | additionalPhones | "" | 610 223 344 | ""
    tipoidfiscal | - | CIF | CIF | NIF
    web | website | https://galaicasoft.example | "" | https://ferrer-assessors.example
  `),
  set({ id: 'es-facturacion-usuarios-tabla-volcado', kind: 'Spanish invoicing and ERP program\'s users table dumped with its column names (admin flag, agent, warehouse, series, creation date, e-mail, enabled, home page, company, language, last activity, browser and IP, level, log key, nick, password, two-factor settings)', lang: 'es', defaultCountry: 'ES', source: 'github:NeoRazorX/facturascripts Core/Table/users.xml (the users table definition, its columns in order)' }, `
    admin | - | 1 | 0 | 0
    # The agent a user is linked to is another record, not the user in charge of this one.
    codagente | - | "" | 2 | 3
    codalmacen | - | ALG | ALG | VAL
    codserie | - | A | A | A
    creationdate | - | 2023-01-10 | 2024-02-19 | 2024-09-02
    email | email | admin@galaicasoft.example | marta.quiroga@example.com | s.benitez@example.es
    enabled | - | 1 | 1 | 0
    homepage | - | Dashboard | ListCliente | ListFacturaCliente
    idempresa | - | 1 | 1 | 2
    langcode | - | es_ES | es_ES | ca_ES
    lastactivity | - | 2025-03-02 18:22:10 | 2025-03-01 09:41:55 | 2024-12-20 13:05:00
    lastbrowser | - | Mozilla/5.0 (X11; Linux x86_64) | Mozilla/5.0 (Windows NT 10.0) | Mozilla/5.0 (Macintosh)
    lastip | - | 192.0.2.10 | 198.51.100.24 | 203.0.113.7
    level | - | 99 | 10 | 5
    logkey | - | 8f3a1c9e | 2b7d44e0 | c91e5a03
    # The nick is the login the person is filed under: the External ID.
    nick | externalId | admin | mquiroga | sbenitez
    password | - | $2y$10$Jk8sLq0 | $2y$10$Wm1pRt5 | $2y$10$Xa4nBv9
    two_factor_enabled | - | 0 | 1 | 0
    two_factor_secret_key | - | "" | JBSWY3DPEHPK3PXP | ""
  `),
  // --------------------------------------------------------------------------------------------------- Portuguese
  set({ id: 'pt-br-gestao-escolar-pessoas-exportacao-largo', kind: 'Brazilian school management system\'s people export with every column chosen (id, name, social name, CPF, RG, birth date, e-mail, SUS and NIS numbers, occupation, employer, income, gender, race, phones, disabilities, then the address group and the mother\'s group; the first 44 columns)', lang: 'pt', defaultCountry: 'BR', source: 'github:portabilis/i-educar app/Models/Exporter/Person.php (the people exporter\'s column labels, in order)' }, `
    ID | externalId | 10482 | 10517 | 11203
    Nome | name | Ana Clara Ribeiro | Marcos Vinícius Souza | Juliana Pereira Lima
    Nome social e/ou afetivo | - | "" | "" | Juli
    CPF | - | 123.456.789-09 | 987.654.321-00 | 111.444.777-35
    RG | - | 12.345.678-9 | 23.456.789-0 | 34.567.890-1
    RG (Data Emissão) | - | 15/03/2015 | 02/08/2010 | 20/11/2018
    RG (Estado) | - | SP | SP | MG
    Data de nascimento | dateOfBirth | 04/05/2009 | 17/10/1986 | 29/01/2011
    E-mail | email | ana.ribeiro@example.com.br | marcos.souza@example.com | ""
    Número SUS | - | 898001160660007 | "" | 700508964811652
    NIS (PIS/PASEP) | - | "" | 12345678919 | ""
    Ocupação | - | Estudante | Motorista | Estudante
    # The employer a person names is the person's company.
    Empresa | companyName | "" | Transportes Vale Verde | ""
    Renda Mensal | - | "" | 2800,00 | ""
    Gênero | - | Feminino | Masculino | Feminino
    Raça | - | Parda | Branca | Preta
    # The phones cell lists the person's phones; it is the Phone.
    Telefones | phone | (11) 98765-4321 | (11) 3456-7890, (11) 99876-5432 | (31) 99123-4567
    Deficiências | - | "" | "" | Baixa visão
    Logradouro | address1 | Rua das Acácias | Avenida Brasil | Rua Padre Eustáquio
    Número | - | 125 | 2030 | 48
    Complemento | - | Apto 12 | "" | Casa 2
    Bairro | - | Jardim Primavera | Centro | Carlos Prates
    CEP | postalCode | 13085-410 | 13010-100 | 30710-580
    Latitude | - | -22.8231 | -22.9056 | -19.9112
    Longitude | - | -47.0712 | -47.0608 | -43.9621
    Cidade | city | Campinas | Campinas | Belo Horizonte
    # Of the state's abbreviation and its name, the abbreviation (the first) is the State.
    Sigla do Estado | state | SP | SP | MG
    Estado | - | São Paulo | São Paulo | Minas Gerais
    País | country | Brasil | Brasil | Brasil
    ID da mãe | - | 10480 | "" | 11201
    Nome da mãe | - | Patrícia Ribeiro | "" | Sandra Pereira Lima
    Nome social e/ou afetivo da mãe | - | "" | "" | ""
    CPF da mãe | - | 222.333.444-05 | "" | 333.222.111-90
    RG da mãe | - | 45.678.901-2 | "" | 56.789.012-3
    RG (Data Emissão) da mãe | - | 10/06/2005 | "" | 04/04/2009
    RG (Estado) da mãe | - | SP | "" | MG
    Data de nascimento da mãe | - | 22/09/1982 | "" | 13/12/1979
    E-mail da mãe | - | patricia.r@example.com | "" | sandra.lima@example.com.br
    Número SUS da mãe | - | "" | "" | ""
    NIS (PIS/PASEP) da mãe | - | "" | "" | ""
    Ocupação da mãe | - | Enfermeira | "" | Comerciante
    Empresa da mãe | - | Hospital Santa Rita | "" | ""
    Renda Mensal da mãe | - | 4200,00 | "" | 3100,00
    Gênero da mãe | - | Feminino | "" | Feminino
  `),
  set({ id: 'pt-br-gestao-escolar-responsaveis-exportacao', kind: 'Brazilian school management system\'s export of pupils\' guardians, every column of the guardian group chosen (id, name, e-mail, social name, CPF, birth date, SUS and NIS numbers, occupation, employer, income, gender, RG)', lang: 'pt', defaultCountry: 'BR', source: 'github:portabilis/i-educar tests/Unit/View/Exporter/PersonTest.php (the exporter test\'s guardian column labels)' }, `
    # In a list of guardians the guardian is the contact.
    ID do responsável | externalId | 20114 | 20391 | 20877
    Nome do responsável | name | Roberto Almeida Castro | Fernanda Duarte | Luciana Barros Nogueira
    E-mail do responsável | email | roberto.castro@example.com | fer.duarte@example.com.br | ""
    Nome social e/ou afetivo do responsável | - | "" | "" | ""
    CPF do responsável | - | 529.982.247-25 | 168.995.350-09 | 390.533.447-05
    Data de nascimento do responsável | dateOfBirth | 08/02/1980 | 25/07/1988 | 11/11/1975
    Número SUS do responsável | - | "" | 898004462730004 | ""
    NIS (PIS/PASEP) do responsável | - | "" | "" | 20987654321
    Ocupação do responsável | - | Eletricista | Professora | Do lar
    Empresa do responsável | companyName | Eletro Sul Instalações | Escola Estadual Dom Bosco | ""
    Renda Mensal do responsável | - | 3500,00 | 4100,00 | ""
    Gênero do responsável | - | Masculino | Feminino | Feminino
    RG do responsável | - | 11.222.333-4 | 22.333.444-5 | 33.444.555-6
    RG (Data Emissão) do responsável | - | 12/01/2000 | 30/03/2007 | 19/08/1995
    RG (Estado) do responsável | - | PR | PR | SC
  `),
  set({ id: 'pt-br-gestao-escolar-servidores-exportacao-largo', kind: 'Brazilian school management system\'s staff (servidores) export with every column chosen (person and school ids, name, social name, CPF, RG, birth date, e-mail, SUS and NIS numbers, occupation, employer, income, gender, race, workload and allocation, phones, disabilities, schooling, then the address group; 42 columns)', lang: 'pt', defaultCountry: 'BR', source: 'github:portabilis/i-educar app/Models/Exporter/Employee.php (the staff exporter\'s column labels, in order)' }, `
    ID Pessoa | externalId | 30871 | 30902 | 31455
    ID Escola | - | 12 | 12 | 7
    Nome | name | Cláudia Regina Fontes | José Carlos Medeiros | Renata Alves Prado
    Nome social e/ou afetivo | - | "" | "" | ""
    CPF | - | 741.852.963-00 | 159.753.486-20 | 357.159.852-01
    RG | - | 4.567.890 | 5.678.901 | 6.789.012
    RG (Data Emissão) | - | 21/05/1998 | 13/02/2003 | 08/10/2006
    RG (Estado) | - | SC | SC | SC
    Data de nascimento | dateOfBirth | 19/03/1978 | 07/12/1969 | 26/08/1985
    E-mail | email | claudia.fontes@example.com.br | jcmedeiros@example.com | renata.prado@example.com.br
    Número SUS | - | "" | "" | 706401246870004
    NIS (PIS/PASEP) | - | 12074563215 | 10987412365 | ""
    Ocupação | - | Professora | Vigia | Secretária escolar
    # The employer the staff member names is the person's company.
    Empresa | companyName | Prefeitura Municipal de Palhoça | Prefeitura Municipal de Palhoça | ""
    Renda Mensal | - | 4850,00 | 2100,00 | 3300,00
    Gênero | - | Feminino | Masculino | Feminino
    Raça | - | Branca | Parda | Branca
    Carga horária do servidor | - | 40 | 44 | 30
    Ano | - | 2025 | 2025 | 2025
    Escola | - | EEB Prof. Anita Garibaldi | EEB Prof. Anita Garibaldi | EM Vila Nova
    Período | - | Matutino | Noturno | Vespertino
    Função | - | Docente | Apoio | Secretário(a) escolar
    Vínculo | - | Efetivo | Contrato temporário | Efetivo
    Carga horária alocada | - | 20 | 44 | 30
    Telefones | phone | (48) 99812-3456 | (48) 3242-1187 | (48) 98456-7781
    Deficiências | - | "" | "" | ""
    Escolaridade | - | Superior | Ensino médio | Superior
    Tipo de ensino médio cursado | - | Formação geral | Formação geral | Magistério
    Pós-Graduações concluídas | - | Especialização | "" | ""
    Outros cursos de formação continuada | - | Educação especial | "" | ""
    Curso(s) superior(es) concluído(s) | - | Pedagogia | "" | Administração
    Logradouro | address1 | Rua João Pessoa | Servidão das Flores | Avenida Beira-Mar
    Número | - | 512 | 33 | 1040
    Complemento | - | "" | Fundos | Bloco B apto 301
    Bairro | - | Ponte do Imaruim | Brejaru | Centro
    CEP | postalCode | 88130-000 | 88137-300 | 88131-400
    Latitude | - | -27.6459 | -27.6702 | -27.6413
    Longitude | - | -48.6697 | -48.6834 | -48.6620
    Cidade | city | Palhoça | Palhoça | Palhoça
    Sigla do Estado | state | SC | SC | SC
    Estado | - | Santa Catarina | Santa Catarina | Santa Catarina
    País | country | Brasil | Brasil | Brasil
  `),
  set({ id: 'pt-br-editais-inscricoes-cotas-lista', kind: 'Brazilian cultural funding platform\'s registration list for a quota ranking, separated by ";" (sent time, result, score, quota flag, proponent type, birth date, race, a majority-black flag)', lang: 'pt', defaultCountry: 'BR', source: 'github:mapasculturais/mapasculturais tests/src/fixtures/registration-list-for-quota.csv (the quota ranking test\'s registration list)' }, `
    sentTimestamp | - | 2025-08-14 16:00:41 | 2025-08-15 09:12:07 | 2025-08-15 21:45:30
    consolidatedResult | - | 30 | 42.5 | 18
    score | - | 30 | 42.5 | 18
    appliedForQuota | - | 0 | 1 | 1
    proponentType | - | Pessoa Física | Coletivo | Pessoa Física
    data-nascimento | dateOfBirth | 1962-03-08 | 1994-11-20 | 2001-06-02
    raca | - | Branca | Preta | Parda
    maioria-negra | - | "" | Sim | ""
  `),
  set({ id: 'pt-br-gestao-escolar-professores-exportacao-largo', kind: 'Brazilian school management system\'s teachers export with every column chosen (person, school, class, grade and course ids, name, social name, CPF, RG, birth date, e-mail, SUS and NIS numbers, occupation, employer, income, gender, race, school, class, grade, course, year, subjects, enrolments, phones, disabilities, schooling, function, bond, then the address group; the first 40 columns)', lang: 'pt', defaultCountry: 'BR', source: 'github:portabilis/i-educar app/Models/Exporter/Teacher.php (the teachers exporter\'s column labels, in order)' }, `
    ID Pessoa | externalId | 40215 | 40388 | 41002
    ID Escola | - | 3 | 3 | 9
    ID Turma | - | 118 | 121 | 240
    ID Série | - | 6 | 8 | 2
    ID Curso | - | 1 | 1 | 1
    Nome | name | Márcia Helena Torres | Eduardo Lins Cavalcanti | Priscila Gomes Araújo
    Nome social e/ou afetivo | - | "" | "" | ""
    CPF | - | 814.236.957-10 | 246.813.579-06 | 975.318.642-03
    RG | - | 7.654.321 | 8.765.432 | 9.876.543
    RG (Data Emissão) | - | 11/07/2001 | 19/04/1999 | 25/01/2010
    RG (Estado) | - | PE | PE | PE
    Data de nascimento | dateOfBirth | 02/09/1975 | 16/06/1982 | 28/03/1990
    E-mail | email | marcia.torres@example.com.br | eduardo.lins@example.com | priscila.araujo@example.com.br
    Número SUS | - | "" | "" | ""
    NIS (PIS/PASEP) | - | 13579246801 | 24680135792 | ""
    Ocupação | - | Professora | Professor | Professora
    # The employer the teacher names is the person's company.
    Empresa | companyName | Secretaria Municipal de Educação | Secretaria Municipal de Educação | ""
    Renda Mensal | - | 5200,00 | 4700,00 | 3900,00
    Gênero | - | Feminino | Masculino | Feminino
    Raça | - | Parda | Branca | Parda
    Escola | - | EM Joaquim Nabuco | EM Joaquim Nabuco | EM Paulo Freire
    Turma | - | 6º Ano A | 8º Ano B | 2º Ano C
    Série | - | 6º Ano | 8º Ano | 2º Ano
    Curso | - | Ensino Fundamental | Ensino Fundamental | Ensino Fundamental
    Ano | - | 2025 | 2025 | 2025
    Disciplinas | - | Língua Portuguesa | Matemática, Ciências | Alfabetização
    Matrículas | - | 31 | 28 | 24
    Telefones | phone | (81) 99745-1023 | (81) 3421-7788 | (81) 98812-4456
    Deficiências | - | "" | "" | ""
    Escolaridade | - | Superior | Superior | Superior
    Tipo de ensino médio cursado | - | Formação geral | Formação geral | Magistério
    Pós-Graduações concluídas | - | Especialização | Mestrado | ""
    Outros cursos de formação continuada | - | Anos finais do ensino fundamental | "" | Alfabetização
    Curso(s) superior(es) concluído(s) | - | Letras | Matemática | Pedagogia
    Função exercida | - | Docente | Docente | Docente
    Tipo de vínculo | - | Concursado/efetivo/estável | Contrato temporário | Concursado/efetivo/estável
    Logradouro | address1 | Rua do Sol | Avenida Conde da Boa Vista | Rua da Aurora
    Número | - | 77 | 1200 | 315
    Complemento | - | "" | Apto 904 | ""
    Bairro | - | Boa Vista | Soledade | Santo Amaro
  `),
  set({ id: 'pt-br-gestao-escolar-alunos-exportacao-largo', kind: 'Brazilian school management system\'s pupils export with every column chosen (person, pupil, school, class, grade and course ids, INEP and system codes, name, social name, CPF, RG, birth date, e-mail, SUS, NIS and state network numbers, occupation, employer, income, gender, race, religion, height, weight, rural transport, school, class, grade, course, year, shift, nationality, birthplace, phones, benefits, projects; the first 40 columns)', lang: 'pt', defaultCountry: 'BR', source: 'github:portabilis/i-educar app/Models/Exporter/Student.php (the pupils exporter\'s column labels, in order)' }, `
    ID Pessoa | externalId | 50312 | 50447 | 50981
    # Of the person id and the pupil id, the first is the External ID.
    ID Aluno | - | 8821 | 8904 | 9310
    ID Escola | - | 4 | 4 | 11
    ID Turma | - | 301 | 305 | 412
    ID Série | - | 5 | 7 | 1
    ID Curso | - | 1 | 1 | 2
    Código INEP (Aluno) | - | 123456789012 | 234567890123 | 345678901234
    Código Sistema | - | A-2025-0112 | A-2025-0187 | A-2025-0433
    Nome | name | Gabriel Henrique Rocha | Isabela Martins Freitas | Davi Lucas Nascimento
    Nome social e/ou afetivo | - | "" | "" | ""
    CPF | - | 321.654.987-00 | 654.987.321-09 | ""
    RG | - | "" | 12.987.654-3 | ""
    RG (Data Emissão) | - | "" | 14/02/2022 | ""
    RG (Estado) | - | "" | GO | ""
    Data de nascimento | dateOfBirth | 03/07/2014 | 21/11/2011 | 09/05/2019
    E-mail | email | "" | isabela.freitas@example.com.br | ""
    Número SUS | - | 700001234567890 | 700009876543210 | 700005555666777
    NIS (PIS/PASEP) | - | "" | 16712345678 | ""
    Código da Rede Estadual (RA) | - | "" | 000123456789 | ""
    Ocupação | - | Estudante | Estudante | Estudante
    Empresa | companyName | "" | "" | ""
    Renda Mensal | - | "" | "" | ""
    Gênero | - | Masculino | Feminino | Masculino
    Raça | - | Parda | Branca | Preta
    Religião | - | "" | Católica | ""
    Altura | - | 1,38 | 1,55 | 1,10
    Peso | - | 33 | 46 | 19
    Utiliza Transporte Rural | - | Não | Não | Sim
    Escola | - | EM Santos Dumont | EM Santos Dumont | CMEI Pequeno Príncipe
    Código INEP | - | 52012345 | 52012345 | 52098765
    Turma | - | 5º Ano A | 7º Ano B | Pré II C
    Série | - | 5º Ano | 7º Ano | Pré-escola II
    Curso | - | Ensino Fundamental | Ensino Fundamental | Educação Infantil
    Ano | - | 2025 | 2025 | 2025
    Turno | - | Matutino | Vespertino | Integral
    Nacionalidade | - | Brasileira | Brasileira | Brasileira
    Naturalidade | - | Goiânia | Anápolis | Goiânia
    Telefones | phone | (62) 99123-4455 | (62) 3098-1122 | (62) 98877-6655
    Benefícios | - | Bolsa Família | "" | Bolsa Família
    Projetos | - | Mais Educação | "" | ""
  `),
  // --------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-rdv-service-public-participations-export', kind: 'French public-service appointment platform\'s export of appointment participations (user, appointment id, year, booking and appointment dates and times, origin, service, reason, context, status, place, agents, the guardian\'s town, minor flag, notification result, organisation, birth date, the guardian\'s postcode, created by, agents\' e-mails)', lang: 'fr', defaultCountry: 'FR', source: 'github:betagouv/rdv-service-public app/services/participation_exporter.rb (the participations spreadsheet export, its HEADER)' }, `
    # The "usager" (the person the appointment is for) is the contact: the Name.
    usager | name | Camille LEROY | Yanis BENALI | Chloé MOREAU
    rdv_id | - | 184523 | 184530 | 184611
    année | - | 2025 | 2025 | 2025
    date prise rdv | - | 03/03/2025 | 04/03/2025 | 06/03/2025
    heure prise rdv | - | 09:12 | 14:40 | 11:05
    origine | - | Créé par un agent | RDV Pris sur internet | Créé par un agent
    date rdv | - | 12/03/2025 | 18/03/2025 | 20/03/2025
    heure rdv | - | 10:00 | 15:30 | 09:30
    service | - | PMI | Service social | PMI
    motif | - | Consultation nourrisson | Premier accueil | Bilan de santé
    contexte | - | "" | "" | Suivi
    statut | - | Rendez-vous honoré | À venir | Absence non excusée
    lieu | - | MDS Arras Nord | Permanence Lens | MDS Arras Nord
    professionnel.le(s) | - | Dr Martine DUBOIS | Karim HADJ | Dr Martine DUBOIS
    # The guardian's town and postcode are a relative's address: not imported.
    commune du responsable | - | Arras | "" | Saint-Laurent-Blangy
    usager mineur ? | - | oui | non | oui
    résultat des notifications | - | SMS envoyé | Email envoyé | SMS envoyé
    Organisation | - | Pas-de-Calais | Pas-de-Calais | Pas-de-Calais
    date naissance | dateOfBirth | 14/09/2024 | 02/05/1991 | 30/06/2022
    code postal du responsable | - | 62000 | "" | 62223
    créé par | - | Agent | Usager | Agent
    email(s) professionnel.le(s) | - | m.dubois@example.fr | k.hadj@example.fr | m.dubois@example.fr
  `),
  set({ id: 'fr-rdv-service-public-rdvs-export', kind: 'French public-service appointment platform\'s export of appointments (year, booking and appointment dates and times, origin, service, reason, context, status, place, agents, users, the first guardian\'s town, minor flag, notifications, organisation, birth date, the first guardian\'s postcode, created by, agents\' e-mails)', lang: 'fr', defaultCountry: 'FR', source: 'github:betagouv/rdv-service-public app/services/rdv_exporter.rb (the appointments spreadsheet export, its HEADER)' }, `
    année | - | 2025 | 2025 | 2025
    date prise rdv | - | 10/02/2025 | 11/02/2025 | 13/02/2025
    heure prise rdv | - | 08:47 | 16:02 | 10:30
    origine | - | Créé par un agent | RDV Pris sur internet | Créé par un agent
    date rdv | - | 17/02/2025 | 24/02/2025 | 25/02/2025
    heure rdv | - | 14:00 | 09:00 | 11:30
    service | - | Service social | PMI | Insertion
    motif | - | Aide administrative | Vaccination | Entretien RSA
    contexte | - | "" | "" | Orientation
    statut | - | Rendez-vous honoré | Annulé | À venir
    lieu | - | CCAS Béthune | MDS Liévin | Maison de l'emploi
    professionnel.le(s) | - | Sophie GARNIER | Dr Paul LEFEBVRE | Anaïs ROUX
    # The users the appointment is for: one name, or several in one cell; the Name.
    usager(s) | name | Nadia OUALI | Léo PETIT, Jade PETIT | Thomas FONTAINE
    commune du premier responsable | - | "" | Liévin | ""
    au moins un usager mineur ? | - | non | oui | non
    résultat des notifications | - | Email envoyé | SMS envoyé | Email envoyé
    Organisation | - | Pas-de-Calais | Pas-de-Calais | Pas-de-Calais
    date naissance | dateOfBirth | 21/04/1978 | 09/01/2021 | 15/07/1995
    code postal du premier responsable | - | "" | 62800 | ""
    créé par | - | Agent | Usager | Agent
    email(s) professionnel.le(s) | - | s.garnier@example.fr | p.lefebvre@example.fr | a.roux@example.fr
  `),
  set({ id: 'fr-association-adherents-table-largo', kind: 'French association membership program\'s members table dumped with its column names (id, status, names, nickname, company, title, birth date, sex, address, postcode, town, region, country, phone, mobile, e-mail, notes, job, login, password, dates, flags, due date, language, birthplace, GPG, parent, member number; 35 columns)', lang: 'fr', defaultCountry: 'FR', source: 'github:galette/galette galette/install/scripts/mysql.sql (the members table, galette_adherents, its columns in order)' }, `
    id_adh | externalId | 12 | 13 | 14
    # The member's status (Président, Trésorier, Membre actif) is a role: not imported.
    id_statut | - | 4 | 1 | 4
    nom_adh | lastName | LAMBERT | N'DIAYE | ROUSSEL
    prenom_adh | firstName | Hélène | Moussa | Bernard
    pseudo_adh | - | "" | moussa | ""
    societe_adh | companyName | "" | Atelier Vélo Solidaire | ""
    titre_adh | - | 2 | 1 | 1
    ddn_adh | dateOfBirth | 1972-06-18 | 1990-11-02 | 1958-03-27
    sexe_adh | - | 2 | 1 | 1
    adresse_adh | address1 | 14 rue des Tanneurs | 3 allée des Peupliers | 27 avenue Jean Jaurès
    cp_adh | postalCode | 67000 | 69100 | 35000
    ville_adh | city | Strasbourg | Villeurbanne | Rennes
    region_adh | state | Grand Est | Auvergne-Rhône-Alpes | Bretagne
    pays_adh | country | France | France | France
    tel_adh | phone | 03 88 32 14 57 | "" | 02 99 30 41 22
    gsm_adh | additionalPhones | 06 12 45 78 90 | 07 81 23 45 67 | ""
    email_adh | email | helene.lambert@example.fr | moussa.ndiaye@example.com | b.roussel@example.fr
    info_adh | - | "" | Bénévole atelier | Cotisation en espèces
    info_public_adh | - | "" | "" | ""
    prof_adh | - | Enseignante | Mécanicien | Retraité
    login_adh | - | hlambert | mndiaye | broussel
    mdp_adh | - | $2y$10$Qm3Zk0aLx9 | $2y$10$T8wPp1vNc4 | $2y$10$Lr5Yh2sBd7
    date_crea_adh | - | 2021-09-05 | 2023-01-14 | 2019-10-01
    date_modif_adh | - | 2025-02-11 | 2024-12-03 | 2025-01-20
    activite_adh | - | 1 | 1 | 1
    bool_admin_adh | - | 0 | 0 | 0
    bool_exempt_adh | - | 0 | 1 | 0
    bool_display_info | - | 0 | 1 | 0
    date_echeance | - | 2025-09-05 | "" | 2025-10-01
    pref_lang | - | fr_FR | fr_FR | fr_FR
    lieu_naissance | - | Colmar | Dakar | Vitré
    gpgid | - | "" | "" | ""
    fingerprint | - | "" | "" | ""
    parent_id | - | "" | "" | ""
    # The member number beside the member id is the second id of the person: not imported.
    num_adh | - | A-0012 | A-0013 | A-0014
  `),
  set({ id: 'fr-inclusion-candidatures-export-csv', kind: 'French inclusion-jobs platform\'s CSV export of job applications (candidate\'s name, first name, e-mail, phone, birth date, town, département, employer and its type, jobs, source, prescriber, dates, status, refusal reasons, eligibility, pass number and dates)', lang: 'fr', defaultCountry: 'FR', source: 'github:betagouv/itou itou/job_applications/csv_export.py (the job applications CSV export, its headers)' }, `
    Nom candidat | lastName | MARTIN | BOUZID | LE GALL
    Prénom candidat | firstName | Kévin | Samira | Gwenaëlle
    Email candidat | email | kevin.martin@example.fr | samira.bouzid@example.com | gwen.legall@example.fr
    Téléphone candidat | phone | 06 45 12 78 90 | 07 66 43 21 09 | 02 98 44 12 30
    Date de naissance candidat | dateOfBirth | 12/04/1996 | 28/10/1988 | 03/02/1979
    Ville candidat | city | Roubaix | Marseille | Brest
    # The département is the only area above the town: the State.
    Département candidat | state | 59 - Nord | 13 - Bouches-du-Rhône | 29 - Finistère
    # The employer the candidate applies to is not the candidate's company.
    Nom structure employeur | - | Atelier Recyclerie Nord | Régie de quartier Nord | Chantier Mer et Vent
    Type employeur | - | ACI | EI | ACI
    Métiers | - | Agent de tri | Agent d'entretien | Ouvrier polyvalent
    # How the application came in (the candidate himself, a prescriber, the employer) is where the contact came from.
    Source de la candidature | source | Prescripteur | Candidat | Employeur
    Nom prescripteur | - | Julien FAURE | "" | ""
    Date de la candidature | - | 04/03/2025 | 11/03/2025 | 17/03/2025
    Statut de la candidature | - | Candidature acceptée | Nouvelle candidature | Candidature déclinée
    Dates de début d’embauche | - | 24/03/2025 | "" | ""
    Dates de fin d’embauche | - | 23/03/2026 | "" | ""
    Motifs de refus | - | "" | "" | Candidat non joignable
    Éligibilité IAE validée | - | oui | non | oui
    Numéro Pass IAE | - | XXXXX2500123 | "" | ""
    Début Pass IAE | - | 24/03/2025 | "" | ""
    Fin Pass IAE | - | 23/03/2027 | "" | ""
  `),
  set({ id: 'fr-association-modele-import-adherents', kind: 'French association membership program\'s default member import model, the CSV model it hands out separated by ";" (names, birth date, address, postcode, town, country, phone, mobile, e-mail, job, nickname, company, login, creation date, status, public and private notes)', lang: 'fr', defaultCountry: 'FR', source: 'github:galette/galette galette/lib/Galette/IO/CsvIn.php (the member import\'s default fields, in order)' }, `
    nom_adh | lastName | PERRIN | GAUTHIER | DIALLO
    prenom_adh | firstName | Solène | Maxime | Fatoumata
    ddn_adh | dateOfBirth | 1985-02-14 | 1979-08-30 | 1992-12-05
    adresse_adh | address1 | 5 place du Marché | 41 rue de la République | 12 impasse des Lilas
    cp_adh | postalCode | 21000 | 84000 | 31500
    ville_adh | city | Dijon | Avignon | Toulouse
    pays_adh | country | France | France | France
    tel_adh | phone | 03 80 45 12 36 | "" | 05 61 22 33 44
    gsm_adh | additionalPhones | 06 78 12 34 56 | 06 11 22 33 44 | ""
    email_adh | email | solene.perrin@example.fr | max.gauthier@example.com | f.diallo@example.fr
    prof_adh | - | Infirmière | Artisan | Étudiante
    pseudo_adh | - | "" | maxg | ""
    societe_adh | companyName | "" | Menuiserie Gauthier | ""
    # The login is the only id of the member here, one the person is filed under: the External ID.
    login_adh | externalId | sperrin | mgauthier | fdiallo
    date_crea_adh | - | 2024-09-14 | 2023-10-02 | 2025-01-08
    id_statut | - | 4 | 4 | 4
    info_public_adh | - | "" | "" | ""
    info_adh | - | Chèque n° 1234567 | "" | Tarif réduit
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-gestionale-anagrafiche-esempio-importazione-largo', kind: 'Italian management software\'s example CSV for importing registry entries (customers, suppliers): code, legal name, first and last name, e-invoicing code, province, town, phone, address, CAP, mobile, fax, e-mail, PEC, web site, tax code, birth date and place, sex, VAT number, IBAN, notes, country, agent and payment ids, kind, type, split payment, sector; 29 columns)', lang: 'it', defaultCountry: 'IT', source: 'github:devcode-it/openstamanager modules/anagrafiche/src/Import/CSV.php (the registry import\'s getExample, its header line)' }, `
    Codice | externalId | 00045 | 00046 | 00047
    Ragione sociale | companyName | Tessitura Bellini Srl | Studio Marchetti | Ferramenta Conte Snc
    Nome | firstName | Giorgio | Elena | ""
    Cognome | lastName | Bellini | Marchetti | ""
    Codice destinatario | - | M5UXCR1 | 0000000 | KRRH6B9
    Provincia | state | VI | BO | TV
    Città | city | Schio | Bologna | Castelfranco Veneto
    Telefono | phone | 0445 521478 | 051 6398210 | 0423 497120
    Indirizzo | address1 | Via dell'Industria, 14 | Via Saragozza, 88 | Borgo Treviso, 31
    CAP | postalCode | 36015 | 40123 | 31033
    Cellulare | additionalPhones | 347 1122334 | 339 8765432 | ""
    Fax | - | 0445 521479 | "" | 0423 497121
    Email | email | amministrazione@tessiturabellini.example | elena@studiomarchetti.example | info@ferramentaconte.example
    # A PEC is the contact's certified e-mail address, beside the ordinary one: an additional e-mail.
    PEC | additionalEmails | tessiturabellini@pec.example | "" | ferramentaconte@pec.example
    Sito Web | website | www.tessiturabellini.example | "" | www.ferramentaconte.example
    Codice fiscale | - | 01234560243 | MRCLNE80A41A944K | 02345670264
    Data di nascita | dateOfBirth | "" | 01/01/1980 | ""
    Luogo di nascita | - | "" | Bologna | ""
    Sesso | - | "" | F | ""
    Partita IVA | - | 01234560243 | 03456780371 | 02345670264
    IBAN | - | IT60X0542811101000000123456 | "" | ""
    Note | - | "" | Cliente storico | ""
    Nazione | country | Italia | Italia | Italia
    # The agent assigned to the registry entry is the user in charge of it: the Contact owner.
    ID Agente | owner | 3 | "" | 3
    ID pagamento | - | 12 | 4 | 12
    # The kind of entry (Cliente, Fornitore) is a category the contact is filed under: Tags; the type (Azienda,
    # Privato, Ente pubblico) is a legal form, not imported.
    Tipo | tags | Cliente | Cliente | Fornitore
    Tipologia | - | Azienda | Privato | Azienda
    Split Payment | - | 0 | 0 | 0
    Settore merceologico | - | Tessile | Consulenza | Ferramenta
  `),
  set({ id: 'it-gestionale-anagrafiche-esportazione-csv', kind: 'Italian management software\'s CSV export of registry entries, every field chosen (code, legal name, e-invoicing code, province, town, phone, address, CAP, mobile, fax, e-mail, PEC, tax code, birth date and place, sex, VAT number, IBAN, notes, country, agent and payment ids, kind, type)', lang: 'it', defaultCountry: 'IT', source: 'github:devcode-it/openstamanager modules/anagrafiche/src/Export/CSV.php (the registry CSV export\'s field labels, in order)' }, `
    Codice | externalId | 00112 | 00113 | 00114
    # Only a legal name: the registry entry is a company or a person filed under one name; it is the Company name.
    Ragione sociale | companyName | Autofficina Greco | Rossi Giulia | Panificio Esposito Srl
    Codice destinatario | - | SUBM70N | 0000000 | USAL8PV
    Provincia | state | NA | RM | SA
    Città | city | Pozzuoli | Roma | Battipaglia
    Telefono | phone | 081 5267731 | 06 44251873 | 0828 371245
    Indirizzo | address1 | Via Campana, 210 | Viale Regina Margherita, 19 | Via Roma, 4
    CAP | postalCode | 80078 | 00198 | 84091
    Cellulare | additionalPhones | 333 4455667 | 348 9988776 | ""
    Fax | - | "" | "" | 0828 371246
    Email | email | info@autofficinagreco.example | giulia.rossi@example.it | ordini@panificioesposito.example
    PEC | additionalEmails | autofficinagreco@pec.example | "" | panificioesposito@pec.example
    Codice Fiscale | - | GRCNTN70C12G964X | RSSGLI85M52H501Z | 04567890653
    Data di nascita | dateOfBirth | "" | 12/08/1985 | ""
    Luogo di nascita | - | "" | Roma | ""
    Sesso | - | "" | F | ""
    Partita IVA | - | 05678901218 | "" | 04567890653
    IBAN | - | "" | "" | IT02L1234512345123456789012
    Note | - | "" | "" | Consegna il martedì
    Nazione | country | Italia | Italia | Italia
    ID Agente | owner | 2 | "" | 5
    ID Pagamento | - | 1 | 1 | 7
    Tipo | tags | Cliente | Cliente | Cliente
    Tipologia | - | Azienda | Privato | Azienda
  `),
  set({ id: 'it-gestionale-lista-newsletter-esportazione', kind: 'Italian management software\'s export of a newsletter list\'s recipients, separated by ";" (e-mail, legal name)', lang: 'it', defaultCountry: 'IT', source: 'github:devcode-it/openstamanager modules/liste_newsletter/actions.php (the newsletter list export, its header line)' }, `
    Email | email | info@cantinafabbri.example | m.galli@example.it | segreteria@asdvolley.example
    Ragione sociale | companyName | Cantina Fabbri Snc | Galli Marco | ASD Volley Riviera
  `),
  set({ id: 'it-gas-utenti-importazione-intestazione', kind: 'Italian solidarity purchasing group (GAS) app\'s user import test file (first name, surname, username, e-mail, phone)', lang: 'it', defaultCountry: 'IT', source: 'github:madbob/GASdottoNG code/tests/data/users2.csv (the user import test file with a header row)' }, `
    Nome | firstName | Chiara | Davide | Franca
    Cognome | lastName | Montanari | Ferri | Lombardo
    # A username in the group's app is a login the person is filed under: the External ID.
    Username | externalId | chiara | dferri | franca.l
    Email | email | chiara.montanari@example.it | davide.ferri@example.com | ""
    Telefono | phone | 051 334 2190 | "" | 348 221 7765
  `),
  set({ id: 'it-gas-utenti-importazione-senza-intestazione', kind: 'Italian solidarity purchasing group (GAS) app\'s user import test file with no header row (first name, surname, username, password, e-mail, phone)', lang: 'it', noHeader: true, defaultCountry: 'IT', source: 'github:madbob/GASdottoNG code/tests/data/users.csv (the user import test file without a header row)' }, `
    "" | firstName | Paolo | Silvia | Gino
    "" | lastName | Bassi | Orlando | Tedeschi
    "" | externalId | paolo | silvia.o | gino
    "" | - | "" | s3gr3t0 | ""
    "" | email | paolo.bassi@example.it | silvia.orlando@example.com | gino.tedeschi@example.it
    "" | phone | "" | 0544 210 338 | 333 908 1142
  `),
  set({ id: 'it-gestionale-newsletter-email-esportazione-massiva', kind: 'Italian management software\'s bulk export of newsletter e-mails of registry entries, their branches and their contact persons, separated by ";" (e-mail, legal name, which record the address comes from, the branch\'s or contact person\'s name)', lang: 'it', defaultCountry: 'IT', source: 'github:devcode-it/openstamanager modules/anagrafiche/bulk.php (the bulk newsletter e-mail export, its header line)' }, `
    email | email | info@caseificiobruno.example | spaccio@caseificiobruno.example | l.moretti@example.it
    ragione_sociale | companyName | Caseificio Bruno Srl | Caseificio Bruno Srl | Idraulica Moretti
    # Which record the address comes from (Anagrafica, Sede, Referente): not imported.
    fonte | - | Anagrafica | Sede | Referente
    # A branch's name on branch rows and a person's name on contact-person rows: not reliably the person; not imported.
    sede_referente | - | "" | Spaccio aziendale | Luca Moretti
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-point-of-sale-customers-import-sample', kind: 'open source point-of-sale app\'s customer import sample CSV (names, gender, consent, e-mail, phone, address, comments, company, account number, discount, taxable)', lang: 'en', source: 'github:opensourcepos/opensourcepos writable/uploads/importCustomers.csv (the shop customers import sample)' }, `
    First Name | firstName | Dana | Marcus | Ellen
    Last Name | lastName | Whitfield | Osei | Park
    Gender | - | 0 | 1 | 0
    Consent | - | y | y | y
    Email | email | dana.whitfield@example.com | mosei@example.net | ellen.park@example.org
    Phone Number | phone | 716-555-0142 | 716-555-0187 | 585-555-0119
    Address 1 | address1 | 42 Elmwood Ave | 1180 Delaware Ave | 7 Park Lane
    Address2 | - | Apt 3 | "" | Unit B
    City | city | Buffalo | Buffalo | Rochester
    State | state | NY | NY | NY
    Zip | postalCode | 14222 | 14209 | 14607
    Country | country | USA | USA | USA
    Comments | - | Prefers email receipts | "" | Wholesale
    Company | companyName | "" | Osei Catering | Park Florals
    # The shop's account number of the customer is the External ID.
    Account Number | externalId | C-1042 | C-1043 | C-1044
    Discount | - | 5 | 0 | 10
    Discount_Type | - | 0 | 0 | 1
    Taxable | - | y | y | n
  `),
  set({ id: 'en-casa-volunteers-import-template', kind: 'court-appointed child advocate nonprofit app\'s volunteer import template (display name, e-mail, phone number; a byte-order mark left out)', lang: 'en', source: 'github:rubyforgood/casa public/volunteers.csv (the volunteer import template)' }, `
    display_name | name | Maria Gonzalez | Tyrone Banks | Heather Lindqvist
    email | email | maria.gonzalez@example.org | tbanks@example.com | heather.l@example.net
    phone_number | phone | 13015550123 | 12405550178 | 13015550199
  `),
  set({ id: 'en-casa-supervisors-import-template', kind: 'court-appointed child advocate nonprofit app\'s supervisor import template (e-mail, display name, the supervised volunteers\' e-mails, phone number; a byte-order mark left out)', lang: 'en', source: 'github:rubyforgood/casa public/supervisors.csv (the supervisor import template)' }, `
    email | email | jwashington@example.org | k.ng@example.org | rpatel@example.org
    display_name | name | Janelle Washington | Kevin Ng | Ritu Patel
    # The volunteers a supervisor oversees are other people: not imported.
    supervisor_volunteers | - | maria.gonzalez@example.org | tbanks@example.com, heather.l@example.net | ""
    phone_number | phone | 13015550140 | 12405550111 | 13015550165
  `),
  set({ id: 'en-school-users-basic-import', kind: 'school information system\'s basic user import (title, surname, first, preferred, official and character names, gender, birth date, roles, username, password, status, login flag, e-mail, student id, photo)', lang: 'en', source: 'github:GibbonEdu/core resources/imports/usersBasic.yml (the basic user import\'s column names, in order)' }, `
    Title | - | Ms. | "" | Mr.
    Surname | lastName | Okafor | Lindgren | Castillo
    First Name | firstName | Adaeze | Elsa | Mateo
    Preferred Name | - | Ada | Elsa | Matt
    # The official name beside the surname and first name columns is the full name: the Name.
    Official Name | name | Adaeze Chioma Okafor | Elsa Maria Lindgren | Mateo Castillo
    Name In Characters | - | "" | "" | ""
    Gender | - | F | F | M
    Date of Birth | dateOfBirth | 14/03/1984 | 22/09/2012 | 05/07/2011
    Primary Role | - | Teacher | Student | Student
    All Roles | - | Teacher,Staff | Student | Student
    # The school's username is another system's login of the person: the External ID (the first id column).
    Username | externalId | aokafor | elindgren | mcastillo
    Password | - | "" | "" | ""
    Force Reset Password? | - | Y | Y | Y
    Status | - | Full | Full | Expected
    Can Login? | - | Y | Y | N
    Email | email | aokafor@school.example | elindgren@school.example | ""
    Student ID | - | "" | 20251187 | 20251203
    User Photo | - | "" | uploads/photos/elindgren.jpg | ""
  `),
  set({ id: 'en-school-users-contact-info-import-wide', kind: 'school information system\'s user contact info import (username, e-mails, two addresses with district and country, four typed phones with country codes, two emergency contacts; 29 columns)', lang: 'en', source: 'github:GibbonEdu/core resources/imports/usersContactInfo.yml (the user contact info import\'s column names, in order)' }, `
    Username | externalId | jmorrow | pkaur | tnguyen
    Email | email | jmorrow@example.org | pkaur@example.com | thao.nguyen@example.net
    Alternate Email | additionalEmails | "" | priya.kaur@example.net | ""
    Address 1 | address1 | 18 Harbour View Rd | 5/22 Kent St | 301 Orchard Way
    # The district is the area the address is in (a suburb or district): not a contact field of its own.
    Address 1 District | - | Kowloon City | Epping | Bukit Timah
    Address 1 Country | country | Hong Kong | Australia | Singapore
    Address 2 | - | "" | "" | ""
    Address 2 District | - | "" | "" | ""
    Address 2 Country | - | "" | "" | ""
    Phone 1 (Type) | - | Mobile | Mobile | Home
    Phone 1 (Country Code) | - | 852 | 61 | 65
    Phone 1 | phone | 91234567 | 0412345678 | 64561234
    Phone 2 (Type) | - | Home | Work | Mobile
    Phone 2 (Country Code) | - | 852 | 61 | 65
    Phone 2 | additionalPhones | 23456789 | 0298765432 | 91234567
    Phone 3 (Type) | - | "" | "" | ""
    Phone 3 (Country Code) | - | "" | "" | ""
    Phone 3 | additionalPhones | "" | "" | ""
    Phone 4 (Type) | - | "" | "" | ""
    Phone 4 (Country Code) | - | "" | "" | ""
    Phone 4 | additionalPhones | "" | "" | ""
    Emergency 1 Name | - | Susan Morrow | Harjit Kaur | Minh Nguyen
    Emergency 1 Number 1 | - | 98765432 | 0423456789 | 98765432
    Emergency 1 Number 2 | - | "" | "" | ""
    Emergency 1 Relationship | - | Spouse | Parent | Parent
    Emergency 2 Name | - | "" | "" | ""
    Emergency 2 Number 1 | - | "" | "" | ""
    Emergency 2 Number 2 | - | "" | "" | ""
    Emergency 2 Relationship | - | "" | "" | ""
  `),
  set({ id: 'en-diaper-bank-vendors-import-template', kind: 'diaper bank nonprofit app\'s vendor import template (business name, contact name, phone, e-mail, address)', lang: 'en', source: 'github:rubyforgood/human-essentials public/vendors.csv (the vendors import template)' }, `
    business_name | companyName | Sunrise Baby Supply | Midwest Wholesale Co | Kind Hearts Pharmacy
    contact_name | name | Dolores Rhee | Jim Kowalski | Amara Diallo
    phone | phone | 314-555-0166 | 816-555-0123 | 314-555-0190
    email | email | orders@sunrisebaby.example | jim@midwestwholesale.example | amara@kindhearts.example
    # The one address cell of a vendor is the street address.
    address | address1 | 1200 Olive St, St. Louis, MO 63103 | 45 Industrial Pkwy, Kansas City, MO 64120 | 88 Grand Blvd, St. Louis, MO 63108
  `),
  set({ id: 'en-diaper-bank-donation-sites-template', kind: 'diaper bank nonprofit app\'s donation site import template (name, address, contact name, e-mail, phone)', lang: 'en', source: 'github:rubyforgood/human-essentials public/donation_sites_template.csv (the donation sites import template)' }, `
    # The rows are sites (a church, a library): the site's name is the Company name and the contact name is the Name.
    name | companyName | Grace Community Church | Eastside Public Library | Hope Family Clinic
    address | address1 | 410 Maple Ave | 2250 E Main St | 97 Ridge Rd
    contact_name | name | Pastor Dan Ellis | Rosa Jimenez | Kim Tran
    email | email | office@gracecc.example | rjimenez@eastsidelib.example | ktran@hopeclinic.example
    phone | phone | 555-201-3344 | 555-201-8890 | 555-202-1175
  `),
  set({ id: 'en-association-dues-export-name-surname', kind: 'association membership program\'s dues export, separated by ";" (name, surname, town, amount, begin and end dates; the program\'s own English labels)', lang: 'en', defaultCountry: 'FR', source: 'github:galette/galette galette/includes/sys_config/exports.yaml (the dues export\'s headers)' }, `
    # In this export "Name" is the member's family name and "Surname" the given name (nom and prénom of the member
    # table): the file's own values show it, so they are the Last name and the First name.
    Name | lastName | MARCHAND | TESSIER | COLIN
    Surname | firstName | Julie | Arnaud | Maëlle
    Town | city | Nantes | Angers | Saint-Nazaire
    Amount | - | 25.00 | 40.00 | 25.00
    Begin date | - | 2025-01-01 | 2025-01-15 | 2025-02-01
    End date | - | 2025-12-31 | 2026-01-14 | 2026-01-31
  `),
  set({ id: 'en-conference-registrants-import-no-header', kind: 'event management system\'s registrant import CSV, no header row (first name, last name, affiliation, position, phone, e-mail)', lang: 'en', noHeader: true, source: 'github:indico/indico indico/modules/events/registration/util.py (the registrations CSV import, its column order)' }, `
    "" | firstName | Ingrid | Tomasz | Aisha
    "" | lastName | Halvorsen | Wiśniewski | Rahman
    # The affiliation (university, lab, employer) is the person's organisation: the Company name.
    "" | companyName | University of Bergen | CERN | Imperial College London
    "" | - | Postdoctoral researcher | Engineer | Research fellow
    "" | phone | +47 55 58 00 00 | +41 22 767 61 11 | +44 20 7589 5111
    "" | email | ingrid.halvorsen@example.no | tomasz.w@example.ch | a.rahman@example.ac.uk
  `),
];
