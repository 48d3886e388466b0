// The thirty-fourth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files, and English ones from shops and marketplaces; the other half, corpus-heldout34a.ts, holds
// the other languages): 57 header sets (742 columns, 303 of them expected to map; 11 Spanish, 14 Portuguese,
// 10 French, 12 Italian, 10 English; 2 files without a header row (a shop's shipping export whose header line is
// commented out, a factoring converter's customers file), 1 with lines above it (a cash-on-delivery shop's export
// with a title, statistics and a section line); 7 sets of 20 to 42 columns).
// The theme is e-commerce and service businesses: shop platforms' customer and order exports (Nuvemshop, Shopify,
// Etsy, eBay, Amazon, Magento), delivery and logistics recipients (carriers' reports, parcel portals, Italian bulk
// shipment files), insurance and brokerage files, accounting and invoicing clients (gestoría, Fatture in Cloud,
// factoring), agencies' and CRMs' import files. The header rows were found with the public code index's look-ups
// (exact strings and searches by meaning) and read from the files named by each source ("index:<id>" where the index
// does not name the repository, "github:owner/repo path" where it does), and written down, with the mapping a careful
// person would choose by the field definitions and the rules, BEFORE the mapper was run on them and without
// reading the lexicon or the mapper. The kind says what each file is. Sample values are made up in the shape of each
// file's own (no personal data or example rows from the sources are copied). A trailing separator's empty last cell
// is left out (a set's comment says where). Wide files are kept to their first columns, stopping at a column boundary.
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

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout34' }, table);

export const HELDOUT34B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-effi-logistics-guides-report-recipients', kind: 'e-commerce logistics platform\'s guides report (a shop\'s cash-on-delivery shipments, importer test)', lang: 'es', source: 'index:61670153384 (a Colombian shop\'s import test of its logistics platform\'s guides report)', defaultCountry: 'CO' }, `
    # The rows are shipments to the shop's customers: the recipient is the contact, and the recipient's address is the
    # person's own address (not a shipping block beside another one). "ID. destinatario" is the recipient's national
    # id number (cédula): not imported.
    Guía transportadora | - | 240017893211 | 240017893245 | 240017893302
    Prefijo ID guía | - | EF-1 | EF-1 | EF-2
    Fecha de envío | - | 03/07/2026 | 03/07/2026 | 04/07/2026
    Estado global guía inicial | - | Entregado | En tránsito | Devuelto
    Nombre transportadora Efficommerce | - | Interrapidisimo | Servientrega | Coordinadora
    Valor recaudo | - | 89900 | 129800 | 64900
    Destinatario | name | Marcela Ortiz Rueda | Julián Peña | Yolanda Cárdenas
    Teléfonos destinatario | phone | 3104567812 | 315 228 9041 | 3007765123
    ID. destinatario | - | 1020456789 | 80123456 | 52987654
    Dirección destinatario | address1 | Cra 15 # 45-20 Apto 302 | Calle 8 Sur # 22-14 | Av 68 # 12-40 Torre 2
    Ciudad destinatario | city | Bogotá | Medellín | Cali
    País destinatario | country | Colombia | Colombia | Colombia
    Contenido | - | 1 * FAJA MOLDEADORA M | 2 * CREMA REDUCTORA | 1 * CORSET L
  `),
  set({ id: 'es-efi-guides-dominican-recipients-short', kind: 'shop\'s historic logistics report format (semicolon CSV, shown as the accepted import format)', lang: 'es', source: 'index:58060974747 (a Dominican shop\'s delivery-tracking page, the historic semicolon report format)', defaultCountry: 'DO' }, `
    # The recipient of a delivery is the shop's customer: Destinatario is the Name, the delivery address the person's own.
    Guía | - | 9000555918 | 9000556021 | 9000556187
    Teléfono | phone | 8098344999 | 829-555-0142 | 849 555 0177
    Estado | - | Novedad | Entregado | En ruta
    Destinatario | name | Rosa Almonte | Kelvin Batista | Yanelis Pujols
    Dirección destinatario | address1 | Calle 1 #23, Los Prados | Av. Duarte 118 | C/ Mella 45, Ens. Ozama
    Ciudad | city | Santo Domingo | Santiago | Santo Domingo Este
  `),
  set({ id: 'es-agency-crm-clients-import-nif-fuente', kind: 'agency CRM\'s client import (planner test file)', lang: 'es', source: 'index:70837397174 (an agency CRM\'s client import tests, the semicolon header)', defaultCountry: 'ES' }, `
    # The rows are client companies with a contact person: "Razón social" is the Company name and "Contacto" the Name;
    # "Nombre" is the client's trade name beside the legal name, not imported. "Sector" is the company's industry (never).
    Nombre | - | Fabrik | Hortensia Café | Nauta Studio
    Razón social | companyName | Fabrik Madrid SL | Cafés Hortensia SL | Nauta Diseño SLU
    NIF | - | B87654315 | B46123987 | B08765432
    Dirección | address1 | Gran Vía 1 | C/ Colón 22 | Pg. de Gràcia 88
    CP | postalCode | 28013 | 46004 | 08008
    Ciudad | city | Madrid | Valencia | Barcelona
    País | country | España | España | España
    Sector | - | Moda | Hostelería | Diseño
    Contacto | name | Ana Pérez | Luis Ferrer | Marta Soler
    Email | email | ana@fabrik.example | luis@hortensia.example | marta@nauta.example
    Teléfono | phone | 600 111 222 | 963 555 014 | 932 555 087
    Fuente | source | Referido | Web | Evento
  `),
  set({ id: 'es-gestoria-clients-import-gestor-email', kind: 'tax advisers\' (gestoría) practice software, client import test', lang: 'es', source: 'index:68955901906 (a gestoría platform\'s client import test)' }, `
    # A tax adviser's clients. "Perfil fiscal" (Autónomo · Módulos, Sociedad) is the category the client is filed
    # under: Tags. "Gestor email" names the adviser in charge of the client: the Contact owner.
    Razón Social | companyName | Talleres Ebro SL | Cliente Autónomo Ruiz | Panadería Vega SC
    NIF | - | B50123456 | 12345678Z | J12345678
    Email | email | admin@talleresebro.example | ruiz.autonomo@mail.example | panaderiavega@mail.example
    Perfil fiscal | tags | Sociedad · General | Autónomo · Módulos | Sociedad civil · Estimación directa
    Gestor email | owner | gestor@demo.example | laura@demo.example | gestor@demo.example
  `),
  set({ id: 'es-old-empresas-csv-nif-contacto-correo', kind: 'small business document manager\'s companies file (old five-column format, browser test)', lang: 'es', source: 'index:68416392240 (a document manager\'s test of the old empresas.csv)', defaultCountry: 'ES' }, `
    Razón social | companyName | PAPELES DEL SUR SL | GRÁFICAS MÁLAGA SA | TRANSPORTES COSTA SL
    NIF | - | B29111222 | A29333444 | B29555666
    Contacto | name | Lola | Ramón Gil | Inés
    Teléfono | phone | 952000000 | 952 123 456 | 678 901 234
    Correo | email | lola@papelesdelsur.example | ramon@graficasmalaga.example | ines@tcosta.example
  `),
  set({ id: 'es-invoicing-saas-accounts-export-origen', kind: 'invoicing SaaS admin\'s accounts export (semicolon CSV for Excel)', lang: 'es', source: 'index:69882315018 (an invoicing service\'s admin export of accounts)' }, `
    # The accounts are freelancers and small firms: "Nombre o Razón Social" holds a person's or a company's name in one
    # column; most holders are people, so it is the Name. "Origen" is how the account came (Stripe, cortesía): Source.
    Email | email | jorge.lz@mail.example | admin@reformasnorte.example | paula.ib@mail.example
    Nombre o Razón Social | name | Jorge López Zamora | Reformas Norte SL | Paula Ibáñez
    NIF | - | 50123456K | B48765432 | 72345678M
    Plan | - | Autónomo | Pyme | Sin plan
    Estado | - | Activa | Activa | Inactiva
    Origen | source | stripe | cortesia | stripe
    Facturas este Mes | - | 12 | 48 | 0
    Fecha Alta | - | 14/02/2026 | 03/11/2025 | 27/05/2026
    Última Actividad | - | 08/09/2026 | 09/09/2026 | 30/05/2026
  `),
  set({ id: 'es-union-affiliates-export-dni-celular', kind: 'trade union\'s affiliates export (semicolon CSV with BOM)', lang: 'es', source: 'index:54581649898 (a union\'s affiliates page, the CSV export)', defaultCountry: 'AR' }, `
    # "Cargo" is the affiliate's position at work (a job title): not imported. Localidad is the town, Provincia the State.
    DNI | - | 28456123 | 33987456 | 25123789
    Nombre | firstName | Claudia | Matías | Rubén
    Apellido | lastName | Sosa | Ferreyra | Gómez
    Celular | phone | 11 5523-4411 | 351 622 7890 | 2615 448899
    Correo | email | claudia.sosa@mail.example | mferreyra@mail.example | ruben.g@mail.example
    Estado | - | ACTIVO | ADHERENTE | ACTIVO
    Dirección | address1 | Av. Rivadavia 4512 | Bv. San Juan 880 | Lavalle 1220
    Cargo | - | Delegado | Afiliado | Tesorero
    Provincia | state | Buenos Aires | Córdoba | Mendoza
    Localidad | city | Caballito | Córdoba | Godoy Cruz
    Nacimiento | dateOfBirth | 12/04/1981 | 30/09/1988 | 05/01/1976
    Estado Civil | - | Casada | Soltero | Casado
  `),
  set({ id: 'es-club-socios-import-categoria', kind: 'sports club\'s member import (test of the CSV reader)', lang: 'es', source: 'index:63487531524 (a club manager\'s member CSV import tests, the file with accents and capitals)', defaultCountry: 'AR' }, `
    # The member category (Jubilados, Activos, Cadetes) is a kind of membership: Tags.
    NOMBRE | firstName | Ana | Bruno | Celeste
    APELLIDO | lastName | Gómez | Ledesma | Vera
    CELULAR | phone | 1155667788 | 1162233445 | 1148899001
    CATEGORÍA | tags | Jubilados | Activos | Cadetes
  `),
  set({ id: 'es-community-kitchen-people-template', kind: 'community kitchen\'s people import template (download)', lang: 'es', source: 'index:62938230914 (a social centre app\'s people page, the import template)', defaultCountry: 'CO' }, `
    # numero_documento is the national id (not imported); fecha is the day the person was served, not a birthday.
    nombre | firstName | Juan | Luz Marina | Edwin
    apellido | lastName | Pérez | Castaño | Rojas
    celular | phone | 3001234567 | 3124455667 | 3209876543
    numero_documento | - | 12345678 | 43567890 | 1036789012
    fecha | - | 2026-09-02 | 2026-09-02 | 2026-09-03
  `),
  set({ id: 'es-csv-json-tool-cod-ciudad', kind: 'small file tool\'s sample contact CSV (written by the demo script)', lang: 'es', source: 'index:122798105 (a CSV/JSON converter\'s demo, the file with a city column)', defaultCountry: 'CO' }, `
    # The file's header line ends with a semicolon (an empty last cell), left out here. "cod" is the list's own code
    # for each person, a bare id of a contact list: the External ID.
    cod | externalId | 1 | 2 | 3
    nombre | firstName | andrés | camila | fabio
    apellido | lastName | salazar | montoya | quintero
    celular | phone | 3134561122 | 3145557788 | 3209981234
    ciudad | city | bogota | medellín | cali
  `),
  set({ id: 'es-csv-json-tool-cod-celular', kind: 'small file tool\'s sample contact CSV (written by the first demo script)', lang: 'es', source: 'index:1183374451 (a CSV/JSON converter\'s first demo, the four-column file)', defaultCountry: 'CO' }, `
    # As in the tool's other demo: the trailing semicolon's empty cell is left out, and "cod" is the External ID.
    cod | externalId | 1 | 2 | 3
    nombre | firstName | ricardo | luisa | samuel
    apellido | lastName | ospina | duque | henao
    celular | phone | 3134567788 | 3201122334 | 3156678990
  `),
  // --------------------------------------------------------------------------------------------------- Portuguese
  set({ id: 'pt-nuvemshop-customers-export-consumido', kind: 'Nuvemshop store\'s customers export (Latin-1, semicolon; importer test)', lang: 'pt', source: 'index:71016274416 (a beard-care shop\'s import tests of its old Nuvemshop store, the customers file)', defaultCountry: 'BR' }, `
    # "Data" is the signup date, "Cadastrado" whether the customer had an account (SIM/NÃO), "Inscrição para
    # newsletter" and the two Marketing columns the consent and its date: none is a contact field.
    Nome completo | name | RAFAELA DUARTE | joão pedro lima | Camila Rocha
    CPF/CNPJ | - | 11144477735 | "" | 52998224725
    E-mail | email | Rafaela@Exemplo.example | joaopedro@exemplo.example | camila.rocha@exemplo.example
    Telefone de Contato | phone | +5547988887777 | "" | +5511977776666
    Endereço | address1 | Rua Sete de Setembro, 120 | "" | Av. Paulista, 900 ap 12
    Cidade | city | Blumenau | "" | São Paulo
    Total Consumido (BRL) | - | 189.80 | 0.00 | 459.70
    Número de Compras | - | 2 | 0 | 5
    Última Compra | - | 20/08/2026 | "" | 02/09/2026
    Data | - | 16/09/2025 | 02/01/2026 | 11/03/2024
    Cadastrado | - | SIM | NÃO | SIM
    Inscrição para newsletter | - | 16-09-2025 | NÃO | 11-03-2024
    Marketing | - | Aceita | Não aceita | Aceita
    Marketing (atualização) | - | 18/11/2025 | 02/01/2026 | 11/03/2024
  `),
  set({ id: 'pt-nuvemshop-sales-import-identificador', kind: 'Nuvemshop sales export read by a shop\'s CSV import service (unit test)', lang: 'pt', source: 'index:62147236284 (a shop back office\'s CSV import service test, the Nuvemshop sales header)', defaultCountry: 'BR' }, `
    # One line per order item; the buyer is the contact. The order's number, amounts, products and the order
    # identifier are not contact fields; CPF / CNPJ is a tax number.
    Número do Pedido | - | 2041 | 2041 | 2042
    E-mail | email | luana.m@exemplo.example | luana.m@exemplo.example | thiago.s@exemplo.example
    Data | - | 05/08/2026 14:22 | 05/08/2026 14:22 | 06/08/2026 09:10
    Status do Envio | - | Enviado | Enviado | Não está embalado
    Subtotal | - | 159.80 | "" | 89.90
    Desconto | - | 0.00 | "" | 8.99
    Valor do Frete | - | 18.50 | "" | 0.00
    Total | - | 178.30 | "" | 80.91
    Nome do comprador | name | Luana Martins | Luana Martins | Thiago Souza
    CPF / CNPJ | - | 39053344705 | "" | 86288366757
    Telefone | phone | +5521987654321 | "" | +5531991234567
    Nome do Produto | - | Camiseta Básica P | Boné Aba Reta | Moletom Canguru M
    Valor do Produto | - | 79.90 | 79.90 | 89.90
    Quantidade Comprada | - | 1 | 1 | 1
    SKU | - | CAM-P-01 | BON-01 | MOL-M-02
    Identificador do pedido | - | 1487223901 | 1487223901 | 1487230412
  `),
  set({ id: 'pt-nuvemshop-sales-without-address', kind: 'Nuvemshop sales export used by a store\'s CRM base upload (end-to-end check)', lang: 'pt', source: 'index:71303292705 (a shop platform\'s CRM base upload check, the sales file without personal columns)', defaultCountry: 'BR' }, `
    Número do Pedido | - | 3301 | 3302 | 3303
    E-mail | email | marcos.v@exemplo.example | bia.lopes@exemplo.example | marcos.v@exemplo.example
    Data | - | 01/09/2026 10:15:00 | 02/09/2026 18:40:00 | 07/09/2026 08:05:00
    Status do Pedido | - | Aberto | Aberto | Fechado
    Status do Pagamento | - | Confirmado | Recusado | Confirmado
    Status do Envio | - | Entregue | Não está embalado | Enviado
    Subtotal | - | 79.90 | 159.80 | 79.90
    Desconto | - | 0.00 | 0.00 | 7.99
    Valor do Frete | - | 15.00 | 15.00 | 0.00
    Total | - | 94.90 | 174.80 | 71.91
    Nome do comprador | name | Marcos Vieira | Beatriz Lopes | Marcos Vieira
    Nome do Produto | - | Óleo para Barba 30ml | Kit Completo | Balm Modelador
    Valor do Produto | - | 79.90 | 159.80 | 79.90
    Quantidade Comprada | - | 1 | 1 | 1
    SKU | - | OLB01 | KIT01 | BAL01
    Meio de pagamento | - | Pix | Cartão de crédito | Pix
  `),
  set({ id: 'pt-saas-establishments-export-fantasia', kind: 'restaurant SaaS admin\'s establishments export (semicolon CSV)', lang: 'pt', source: 'index:55707368969 (a restaurant ordering SaaS\'s admin controller, the establishments export)', defaultCountry: 'BR' }, `
    # The rows are client businesses: the legal name is the Company name and the trade name beside it is not
    # imported. WhatsApp is the business's only phone.
    Nome Fantasia | - | Sabor da Vila | Pizzaria Bella Massa | Açaí do Porto
    Razão Social | companyName | Vila Alimentos LTDA | Bella Massa Comércio de Alimentos ME | Porto Açaí EIRELI
    CNPJ | - | 12.345.678/0001-95 | 23.456.789/0001-10 | 34.567.890/0001-24
    Email | email | contato@sabordavila.example | bellamassa@mail.example | acaidoporto@mail.example
    WhatsApp | phone | (62) 99812-3344 | (11) 98765-4321 | (81) 99654-1122
    Cidade | city | Goiânia | Campinas | Recife
    UF | state | GO | SP | PE
    Ativo | - | Sim | Sim | Não
    Assinatura | - | active | trialing | canceled
    Cadastro | - | 12/03/2025 | 28/07/2025 | 02/01/2026
  `),
  set({ id: 'pt-erp-parties-import-papeis', kind: 'ERP\'s parties (customers and suppliers) import file, load test', lang: 'pt', source: 'index:70311480423 (an ERP\'s import load test, the parties file)', defaultCountry: 'BR' }, `
    # "Tipo" says whether the party is a company or a person (PJ, PF); "Papéis" (cliente, fornecedor) is the
    # category the party is filed under: Tags. The address is written in one cell: Street address.
    Tipo | - | PJ | PJ | PF
    Razão Social | companyName | Metalúrgica Ipê LTDA | Distribuidora Norte LTDA | Carla Menezes
    CNPJ | - | 20000001000195 | 20000002000195 | ""
    E-mail | email | compras@metalipe.example | fiscal@distnorte.example | carla.m@mail.example
    Telefone | phone | 1133330000 | 9232214455 | 11987650000
    Endereço | address1 | Rua Ipê, 10, São Paulo | Av. Djalma Batista, 200, Manaus | Rua das Flores, 5, Santo André
    Papéis | tags | cliente | cliente,fornecedor | cliente
  `),
  set({ id: 'pt-importers-report-bank-fields', kind: 'trading company\'s importers report (semicolon CSV written by the desktop app)', lang: 'pt', source: 'index:39497980085 (a trading company\'s desktop app, the importers report)', defaultCountry: 'BR' }, `
    # The rows are companies. "Código" is the importer's code in the program: the External ID. UF and Estado both give
    # the state (the code and the name): UF is the State, Estado not imported. Bank details and the state tax
    # registration (Inscrição Estadual) are not imported; the house number and the complement on their own neither.
    Código | externalId | 101 | 102 | 117
    Razão Social | companyName | Comercial Atlântico Importação LTDA | Vale Sul Trading S.A. | Ponte Aérea Comex LTDA
    CNPJ | - | 01.234.567/0001-89 | 09.876.543/0001-21 | 11.222.333/0001-44
    Endereço | address1 | Rua do Porto | Av. Brasil | Rua Itapeva
    Número | - | 1200 | 45 | 310
    Complemento | - | Galpão 3 | Sala 804 | ""
    Bairro | - | Centro | Jardim América | Bela Vista
    Cidade | city | Santos | Curitiba | São Paulo
    CEP | postalCode | 11010-100 | 80420-010 | 01332-000
    UF | state | SP | PR | SP
    Estado | - | São Paulo | Paraná | São Paulo
    Inscricao Estadual | - | 633.123.456.789 | 90123456-78 | 111.222.333.444
    Banco | - | 341 | 001 | 237
    Agencia | - | 0123 | 4567-8 | 2211
    Conta Corrente | - | 45678-9 | 12345-6 | 99887-1
    Conta Corrente Registro | - | 45678-9 | "" | 99887-1
    Conta Corrente Deposito | - | "" | 12345-6 | ""
    CAE | - | 1234 | 5678 | ""
    Telefone | phone | (13) 3222-1100 | (41) 3025-7788 | (11) 3255-4400
  `),
  set({ id: 'pt-sales-radar-companies-import-site', kind: 'B2B sales radar\'s companies CSV import (store test)', lang: 'pt', source: 'index:66140731341 (a B2B prospecting app\'s store tests, the companies import)', defaultCountry: 'BR' }, `
    # The rows are companies, so the company's own site is its Website; the sector and the headcount are not imported.
    Razão Social | companyName | Acme Indústria LTDA | Beta Logística | Cerrado Agro S.A.
    CNPJ | - | 11.222.333/0001-81 | "" | 45.678.901/0001-02
    Cidade | city | Goiânia | Anápolis | Rio Verde
    UF | state | GO | GO | GO
    Setor | - | Indústria | Logística | Agronegócio
    Funcionários | - | 300 | 80 | 1200
    Site | website | www.acme.example | "" | cerradoagro.example
  `),
  set({ id: 'pt-customer-base-import-cnae-ramo', kind: 'tax-recovery consultancy\'s customer base CSV import (test)', lang: 'pt', source: 'index:71385420726 (a tax consultancy tool\'s tests, the customer base import)', defaultCountry: 'BR' }, `
    # "Ramo" (Instaladores, Distribuidores) is the customer's line of business, like the CNAE code: not imported.
    Razão Social | companyName | Elétrica Paulista LTDA | Dist. Mineira de Materiais | Solar Sul Instalações
    CNPJ | - | 11111111000191 | 22222222000191 | 33333333000191
    Cidade | city | São Paulo | Belo Horizonte | Curitiba
    Estado | state | SP | MG | Paraná
    CNAE | - | 4321-5/00 | 4673700 | 4321-5/00
    Ramo | - | Instaladores | Distribuidores | Instaladores
  `),
  set({ id: 'pt-shopee-drop-off-deliveries', kind: 'courier\'s delivery list (Shopee parcels) for a delivery app, importer self-test', lang: 'pt', source: 'index:57563680461 (a courier app\'s spreadsheet importer self-test)', defaultCountry: 'BR' }, `
    # The recipient is the contact; the house number on its own and the neighbourhood are not imported.
    Código de rastreio | - | BR12AB345678 | BR98XY765432 | BR55CD001122
    Destinatário | name | Ana Paula Reis | Roberto Nunes | Edna Carvalho
    Endereço | address1 | Rua Chile | Travessa Boa Vista | Rua da Matriz
    Número | - | 10 | 20 | 7A
    Bairro | - | Centro | Cabuçu | São Domingos
    Cidade | city | Saubara | Saubara | Santo Amaro
  `),
  set({ id: 'pt-engloba-deliveries-sheet-destinatario', kind: 'last-mile carrier\'s deliveries sheet (ENGLOBA system export checked by a courier\'s back office)', lang: 'pt', source: 'index:15024384663 (a courier back office\'s file checks, the ENGLOBA deliveries header)', defaultCountry: 'BR' }, `
    # A carrier's report of deliveries: the recipient (Destinatário) is the contact and the delivery address the
    # recipient's own. The sender (Remetente) and its town and state, the customer number and the "Empresa" (the
    # shipper the carrier works for) are the shipment's, not the recipient's. Kept to the first 40 columns, up to the
    # recipient's phone.
    Código | - | 781234 | 781235 | 781240
    N.º pedido | - | PED-55102 | PED-55103 | PED-55110
    N.º do cliente | - | 3021 | 3021 | 4410
    Romaneio do cliente | - | R-889 | R-889 | R-901
    Notas fiscais | - | 102233 | 102234 | 88120
    Serviço | - | Entrega | Entrega | Reversa
    Sub-serviço | - | Normal | Expressa | Normal
    Data pedido | - | 01/09/2026 | 01/09/2026 | 02/09/2026
    Data confirmação | - | 01/09/2026 | 01/09/2026 | 02/09/2026
    Data expedicao | - | 02/09/2026 | 02/09/2026 | 03/09/2026
    Data recebimento base | - | 03/09/2026 | 03/09/2026 | 04/09/2026
    Data última rota | - | 04/09/2026 | 03/09/2026 | 05/09/2026
    Data prevista | - | 05/09/2026 | 04/09/2026 | 06/09/2026
    Data prevista sem insucessos | - | 05/09/2026 | 04/09/2026 | 06/09/2026
    Data entrega/finalização | - | 04/09/2026 | 03/09/2026 | ""
    No prazo | - | Sim | Sim | ""
    Informação no prazo | - | Sim | Sim | Não
    No prazo base | - | Sim | Sim | Não
    Data primeira ocorrência | - | "" | "" | 05/09/2026
    Data última ocorrência | - | "" | "" | 05/09/2026
    Última ocorrência | - | "" | "" | Destinatário ausente
    Primeiro motivo de insucesso | - | "" | "" | Ausente
    Último motivo de insucesso | - | "" | "" | Ausente
    Data do último motivo de insucesso | - | "" | "" | 05/09/2026
    Situação | - | Entregue | Entregue | Em rota
    Remetente | - | Loja Bella Casa | Loja Bella Casa | Editora Aurora
    Cidade do remetente | - | Barueri | Barueri | Rio de Janeiro
    Estado do remetente | - | SP | SP | RJ
    Base destino | - | BASE ZONA SUL | BASE ZONA SUL | BASE ABC
    Empresa | - | Bella Casa Comércio | Bella Casa Comércio | Editora Aurora
    Destinatário | name | Silvana Prado | Otávio Ramos | Jéssica Moura
    Endereço | address1 | Rua Vergueiro | Av. Interlagos | Rua Marechal Deodoro
    N.º | - | 3185 | 1400 | 77
    Complemento | - | Apto 41 | Bloco B | ""
    Bairro | - | Vila Mariana | Interlagos | Centro
    Cidade | city | São Paulo | São Paulo | Santo André
    Tipo de região | - | Capital | Capital | Grande SP
    CEP | postalCode | 04118-000 | 04661-100 | 09010-160
    Estado | state | SP | SP | SP
    Telefone 1 | phone | (11) 98877-6655 | (11) 97766-5544 | (11) 96655-4433
  `),
  set({ id: 'pt-apprentice-quota-companies-base', kind: 'labour inspection helper\'s company base (semicolon CSV with BOM, test)', lang: 'pt', source: 'index:71255062383 (an apprentice-quota checker\'s tests, the base CSV)', defaultCountry: 'BR' }, `
    Razão Social | companyName | Transportes Vale Verde LTDA | Supermercado Boa Compra S.A. | Hotel Mirante LTDA
    CNPJ | - | 02.529.330/0001-02 | 58.528.281/0001-30 | 02.805.610/0002-79
    E-mail | email | rh@valeverde.example | dp@boacompra.example | contato@hotelmirante.example
    Observações/Status | - | Faltam 12 aprendizes | Faltam 0 aprendizes | desobrigado
  `),
  set({ id: 'pt-store-crm-whatsapp-import-format', kind: 'store CRM\'s recommended CSV import format (documentation example)', lang: 'pt', source: 'github:Cjota221/CRMCJOTA FORMATO-CSV.md (the full recommended import format)', defaultCountry: 'BR' }, `
    # WhatsApp is the customer's only phone: the Phone. CPF is a tax number; the last purchase and its total are not
    # contact fields.
    Nome | name | Juliana Teixeira | Marcelo Antunes | Patrícia Gomes
    WhatsApp | phone | 11988776655 | (21) 98877-1234 | +55 31 99876-5432
    E-mail | email | ju.teixeira@mail.example | marcelo.a@mail.example | paty.gomes@mail.example
    CPF | - | 12345678909 | 98765432100 | 45678912300
    Endereço | address1 | Rua Augusta 500 | Av. Atlântica 1702 | Rua da Bahia 900
    Cidade | city | São Paulo | Rio de Janeiro | Belo Horizonte
    Estado | state | SP | RJ | MG
    Data Nascimento | dateOfBirth | 15/03/1985 | 22/07/1990 | 30/12/1982
    Última Compra | - | 10/11/2024 | 05/10/2024 | 15/09/2024
    Total Compras | - | 5500.50 | 3200.00 | 8750.25
  `),
  set({ id: 'pt-sales-team-clients-export-vendedor', kind: 'sales-target app\'s clients export (documented columns of the Excel export)', lang: 'pt', source: 'github:cristiano-superacao/vendacerta docs/archive/GUIA_IMPORTACAO_CLIENTES.md (the clients export\'s columns)', defaultCountry: 'BR' }, `
    # "ID" is the client's id in the app: the External ID. "Vendedor" is the salesperson responsible for the client:
    # the Contact owner. The visit day, payment methods, the colour status and the purchase totals are not contact
    # fields; the neighbourhood and its reference point are not imported.
    ID | externalId | 1045 | 1046 | 1102
    Nome | name | Mercadinho São Jorge | Dona Lúcia Salgados | Farmácia Vida
    CPF | - | "" | 123.456.789-09 | ""
    CNPJ | - | 12.345.678/0001-90 | "" | 98.765.432/0001-10
    Telefone | phone | (75) 99123-4567 | (75) 98811-2233 | (75) 3221-4455
    Email | email | sjorge@mail.example | lucia.salgados@mail.example | farmaciavida@mail.example
    Cidade | city | Feira de Santana | Feira de Santana | Santo Estêvão
    Bairro | - | Tomba | Centro | Centro
    Ponto de Referência | - | Ao lado da igreja | Em frente à praça | Próx. rodoviária
    Dia de Visita | - | Segunda | Quarta | Sexta
    Formas de Pagamento | - | Boleto, Pix | Dinheiro | Boleto
    Observações | - | Compra quinzenal | "" | Pedido mínimo R$ 300
    Status | - | VERDE | AMARELO | VERMELHO
    Última Compra | - | 02/09/2026 | 20/08/2026 | 15/07/2026
    Total Compras | - | 2450.00 | 380.00 | 0.00
    Ativo | - | Sim | Sim | Não
    Vendedor | owner | Carlos Mendes | Carlos Mendes | Rita Alves
  `),
  set({ id: 'pt-whatsapp-dispatcher-three-phone-columns', kind: 'WhatsApp campaign dispatcher\'s contact import model (documented Excel layout)', lang: 'pt', source: 'github:thyaggo100inter1992-afk/whatsapp-dispatcher IMPORTACAO-COLUNAS-SEPARADAS.md (the new import model with one column a phone)', defaultCountry: 'BR' }, `
    # Numbered phones: the first is the Phone, the others additional phones. TIPO says which tax number follows (CPF or
    # CNPJ); neither is imported.
    TIPO | - | CPF | CNPJ | CPF
    CPF/CNPJ | - | 12345678901 | 12345678000190 | 98765432100
    NOME | name | João da Silva | Empresa XYZ | Maria Oliveira
    TELEFONE1 | phone | 62999990001 | 62999990002 | 11988880003
    TELEFONE2 | additionalPhones | "" | 62988880002 | 11977770003
    TELEFONE3 | additionalPhones | "" | "" | 11966660003
  `),
  // --------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-company-source-csv-siret-site-web', kind: 'company prospecting tool\'s CSV source (normaliser test)', lang: 'fr', source: 'index:66169880831 (a prospecting tool\'s CSV company source tests)', defaultCountry: 'FR' }, `
    # The rows are businesses: the legal name is the Company name and the business's own site its Website.
    Raison sociale | companyName | BOULANGERIE LEBRUN SARL | Fleurs & Jardins | GARAGE DU CENTRE
    SIRET | - | 55210055400013 | 81234567800021 | 40123456700035
    Téléphone | phone | 01 23 45 67 89 | 04 78 12 34 56 | 05 56 98 76 54
    Site web | website | https://www.boulangerie-lebrun.example/ | fleursetjardins.example | ""
    Code postal | postalCode | 75 011 | 69003 | 33000
    Ville | city | PARIS 11 | Lyon | Bordeaux
  `),
  set({ id: 'fr-parcel-portal-import-npa-colis', kind: 'Swiss parcel delivery portal\'s accepted import file (documentation example)', lang: 'fr', source: 'index:54928659076 (a delivery portal\'s integration notes, the minimal import CSV)' }, `
    # The file lists parcels for the shop's customers: the recipient is the contact and the delivery address the
    # recipient's own (the only address). "Référence" is the order reference; NPA is the Swiss postal code.
    Référence | - | CMD-001 | CMD-002 | CMD-003
    Nom destinataire | name | Favre Julien | Rochat Céline | Meier Thomas
    Adresse livraison | address1 | Rue du Rhône 15 | Avenue de la Gare 42 | Chemin des Vignes 3
    NPA | postalCode | 1204 | 1003 | 1800
    Ville | city | Genève | Lausanne | Vevey
    Nombre de colis | - | 2 | 1 | 3
  `),
  set({ id: 'fr-expeditor-inet-export-no-header', kind: 'online shop back office\'s Expeditor (La Poste) shipping export, written without its header line', lang: 'fr', source: 'index:43995912848 (a shop back office\'s invoice tools, the expeditor.csv export whose header line is commented out)', defaultCountry: 'FR', noHeader: true }, `
    # The header line is commented out in the export code, so the file starts with data. The columns, in its order:
    # shipment reference, product code, recipient code (the customer number: External ID), email, recipient name,
    # address lines 1 to 4 (the first is the Street address), postal code, town, country code, phone, mobile (an
    # additional phone beside the untyped phone), shipping date, pick-up point code.
    "" | - | F20260912-0412 | F20260912-0413 | F20260913-0007
    "" | - | COLD | COL | A2P
    "" | externalId | 10452 | 10877 | 9931
    "" | email | m.lemaire@mail.example | sophie.b@mail.example | gerard.p@mail.example
    "" | name | LEMAIRE MARC | BERTIN SOPHIE | PONS GERARD
    "" | address1 | 12 RUE DES LILAS | 4 ALLEE DU PARC | 27 AVENUE FOCH
    "" | - | BAT B | "" | ""
    "" | - | "" | RESIDENCE LES PINS | ""
    "" | - | "" | "" | ""
    "" | postalCode | 59800 | 13008 | 67000
    "" | city | LILLE | MARSEILLE | STRASBOURG
    "" | country | FR | FR | FR
    "" | phone | 0320123456 | 0491234567 | ""
    "" | additionalPhones | 0612345678 | "" | 0698765432
    "" | - | 12/09/2026 | 12/09/2026 | 13/09/2026
    "" | - | "" | "" | 012345
  `),
  set({ id: 'fr-magazine-subscribers-labels-ville-pays', kind: 'magazine subscriptions manager\'s address-label export (exporter test)', lang: 'fr', source: 'index:2516947681 (a magazine subscriptions manager\'s exporter tests, the header line)' }, `
    # Labels for subscribers: "Ville / Pays" is the town, with the country written after it for subscribers abroad:
    # the City. The address complement is a second address line (not imported).
    Destinataire | name | Mme Hélène Vasseur | M. Paul Girard | Mme Inès Martel
    Adresse | address1 | 8 rue des Tanneurs | 15 boulevard Carnot | 3 rue de la Loi
    Complement Adresse | - | Appartement 12 | "" | Boîte 4
    Code Postal | postalCode | 35000 | 21000 | 1000
    Ville / Pays | city | Rennes | Dijon | Bruxelles / Belgique
  `),
  set({ id: 'fr-parcels-export-destinataire-livreur', kind: 'parcel delivery desktop app\'s CSV export (JavaFX task)', lang: 'fr', source: 'index:41917013066 (a parcel delivery app\'s CSV export service)' }, `
    # "ID" is the parcel's number and "Livreur" the courier: neither is about the recipient, the contact here.
    ID | - | 1021 | 1022 | 1023
    Destinataire | name | Claire Dubois | Yann Le Goff | Nadia Benali
    Adresse | address1 | 14 rue Nationale, 37000 Tours | 2 quai de la Fosse, 44000 Nantes | 9 cours Gambetta, 69003 Lyon
    Date Envoi | - | 08/09/2026 | 08/09/2026 | 09/09/2026
    Statut | - | LIVRE | EN_COURS | EN_ATTENTE
    Livreur | - | Karim | Julie | Karim
  `),
  set({ id: 'fr-shipping-address-book-groupe', kind: 'shipping tool\'s address book CSV import (template in the page)', lang: 'fr', source: 'index:62881922433 (a shipping tool\'s address book page, the CSV template)', defaultCountry: 'FR' }, `
    # "nom" is the label of the address-book entry (Antenne Lyon, Client Dupont); "destinataire" is whom parcels go
    # to: the Name. "groupe" is the group the entry is filed under: Tags.
    nom | - | Antenne Lyon | Client Dupont | Atelier Rennes
    destinataire | name | Antenne Lyon Part-Dieu | Jean Dupont | Morgane Le Bihan
    adresse | address1 | 10 rue Victor Hugo | 5 avenue de la Gare | 22 rue de Brest
    ville | city | Lyon | Nantes | Rennes
    code_postal | postalCode | 69001 | 44000 | 35000
    pays | country | FR | FR | FR
    telephone | phone | 0102030405 | "" | 0299887766
    groupe | tags | Antennes | Partenaires | Antennes
  `),
  set({ id: 'fr-container-loading-parcels-template', kind: 'container loading planner\'s parcels Excel template (download)', lang: 'fr', source: 'index:34577032642 (a container loading planner, the parcels template it downloads)' }, `
    # Parcel dimensions and handling flags are not contact fields; the recipient and the recipient's address and phone are.
    Type | - | Carton | Palette | Carton
    Longueur(cm) | - | 30 | 120 | 40
    Largeur(cm) | - | 25 | 80 | 30
    Hauteur(cm) | - | 20 | 100 | 30
    Poids(kg) | - | 2.5 | 180 | 6
    Quantité | - | 1 | 2 | 4
    Destinataire | name | Lucie Morel | Établissements Roux | Hugo Lambert
    Adresse | address1 | 123 rue de la Paix | 45 zone artisanale des Prés | 7 place du Marché
    Téléphone | phone | 0123456789 | 0475123456 | 0687654321
    Fragile | - | false | false | true
    Gerbable | - | true | false | true
    Couleur | - | #ff9900 | #3366cc | #33aa55
  `),
  set({ id: 'fr-cod-shop-customer-database-orders-export', kind: 'cash-on-delivery shop pipeline\'s customer database export (title, statistics and a section line above the header)', lang: 'fr', source: 'github:nandeserge91-svg/gs-pipeline AJOUT_EXPORT_CSV_BASE_DONNEES_CLIENTS.md (the documented CSV export of the customer database)', defaultCountry: 'CI',
    above: [['BASE DE DONNEES CLIENTS', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''], ['Exporté le', '14/09/2026, 09:12:00', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''], ['', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''], ['STATISTIQUES GLOBALES', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''], ['Total Commandes', '312', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''], ['Nouvelles', '97', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''], ['Validées', '121', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''], ['Livrées', '64', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''], ['Montant Total', '3 870 000 FCFA', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''], ['', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''], ['DETAILS DES COMMANDES', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '']] }, `
    # One row an order; the customer (Client) is the contact. "Commune" is the district of the town (like a
    # neighbourhood): not imported. "Appelant" is the call-centre agent who confirmed the order and "Livreur" the
    # courier: the order's handlers, not the contact's owner.
    Date Création | - | 12/09/2026, 10:30:00 | 12/09/2026, 11:05:00 | 13/09/2026, 08:47:00
    Référence | - | CMD-2104 | CMD-2105 | CMD-2111
    Client | name | Awa Koné | Serge Yao | Fatou Traoré
    Téléphone | phone | 0701234567 | 0505987654 | 0141223344
    Ville | city | Abidjan | Bouaké | Abidjan
    Commune | - | Cocody | Centre | Yopougon
    Adresse | address1 | Riviera 3, près de la pharmacie | Quartier Commerce | Sideci, rue 12
    Produit | - | Crème éclaircissante | Ceinture chauffante | Crème éclaircissante
    Quantité | - | 1 | 2 | 1
    Montant | - | 12 000 FCFA | 19 800 FCFA | 12 000 FCFA
    Statut | - | Validée | Livrée | Nouvelle
    Appelant | - | Jean Kouadio | Mariam Bamba | ""
    Date Appel | - | 12/09/2026, 11:00:00 | 12/09/2026, 11:30:00 | ""
    Note Appelant | - | Cliente intéressée | Livrer après 16h | ""
    Livreur | - | Pierre Kouassi | Ali Ouattara | ""
    Note Livreur | - | "" | Livraison facile | ""
    Type Livraison | - | LOCAL | EXPEDITION | LOCAL
    Agence Retrait | - | N/A | Bouaké Gare | N/A
  `),
  set({ id: 'fr-mortgage-broker-crm-excel-import', kind: 'mortgage brokerage CRM\'s Excel import (documented example)', lang: 'fr', source: 'github:gaelpalaric-credissimmo/CRM-Credissimmo GUIDE_IMPORT_EXCEL.md (the import guide\'s example file)', defaultCountry: 'FR' }, `
    # "Apporteur" is the business introducer who brought the client: the Source. "Courtier" is the broker in charge of
    # the client's file: the Contact owner.
    Client | name | Lefèvre Antoine | Garnier Élodie | Marchand Paul
    Ville | city | Nantes | Angers | Saint-Nazaire
    Apporteur | source | Agence Immo Atlantique | Martin Pierre | Agence Immo Atlantique
    Courtier | owner | Sandrine Caron | Thomas Leroy | Sandrine Caron
    Email | email | a.lefevre@mail.example | elodie.garnier@mail.example | paul.marchand@mail.example
    Téléphone | phone | 06 12 34 56 78 | 02 41 22 33 44 | 07 88 99 00 11
  `),
  set({ id: 'fr-factoring-tiers-file-no-header', kind: 'factoring converter\'s customers (Tiers) file, written without a header line (documented structure)', lang: 'fr', source: 'index:36626038138 (a factoring CSV converter\'s documentation, the Tiers file structure)', defaultCountry: 'FR', noHeader: true }, `
    # The converter writes its files without a header line. The Tiers file's columns, in order: the assigning seller's
    # code (the same on every row, not the customer's), the customer code (External ID), SIRET, acronym (beside the
    # legal name: not imported), legal name (Company name), street (Street address), complement, postal code, town,
    # ISO country code.
    "" | - | 012345 | 012345 | 012345
    "" | externalId | 12050 | 12077 | 13102
    "" | - | 31095537200027 | 44211887600019 | ""
    "" | - | CZV | "" | SLV
    "" | companyName | CAZENAVE | IMPRIMERIE DU LAC | SOLVERA SL
    "" | address1 | PLACE DES ARCADES | 14 RUE DU LAC | CALLE MAYOR 12
    "" | - | AEROPOLE | ZI NORD | ""
    "" | postalCode | 64121 | 74000 | 28013
    "" | city | SERRES | ANNECY | MADRID
    "" | country | FR | FR | ES
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-spedisci-online-bulk-csv-telefono-note', kind: 'shipping broker\'s bulk shipment CSV (spedisci.online format, generator)', lang: 'it', source: 'index:8627654262 (a shipping app\'s generator of the spedisci.online bulk CSV)', defaultCountry: 'IT' }, `
    # The shipments go to the shop's customers: the recipient is the contact and the delivery address the recipient's
    # own. "rif_destinatario" is a reference name printed for the recipient (a copy of the name): not imported. The
    # header line ends with a semicolon (an empty last cell), left out here.
    destinatario | name | Mario Rossi | Giulia Ferri | Antonio Esposito
    indirizzo | address1 | Via Roma, 20 | Corso Italia 118 | Via Toledo 256
    cap | postalCode | 58100 | 56125 | 80134
    localita | city | Grosseto | Pisa | Napoli
    provincia | state | GR | PI | NA
    country | country | IT | IT | IT
    peso | - | 1 | 2.5 | 0.8
    colli | - | 1 | 1 | 2
    contrassegno | - | 25.5 | 0 | 49.9
    rif_mittente | - | Amazon | Sito | eBay
    rif_destinatario | - | Mario Rossi | Giulia Ferri | Antonio Esposito
    telefono | phone | 3435556667 | 3281234567 | 081 5512345
    note | - | Fragile | "" | Citofono Esposito
    email_destinatario | email | mario.rossi@mail.example | giulia.ferri@mail.example | a.esposito@mail.example
    contenuto | - | frame 20x20 | t-shirt | cover
    order_id | - | 21545-45454 | 30211-00012 | 30218-00044
    totale_ordine | - | 25.5 | 39.9 | 49.9
  `),
  set({ id: 'it-spedisci-online-bulk-csv-note-telefono', kind: 'shipping broker\'s bulk shipment CSV (spedisci.online format, fallback adapter)', lang: 'it', source: 'index:33346524557 (a logistics platform\'s spedisci.online adapter, the CSV fallback)', defaultCountry: 'IT' }, `
    # As the other spedisci.online files (note before telefono here): the recipient is the contact; the trailing
    # semicolon's empty cell is left out.
    destinatario | name | Chiara Bassi | Davide Colombo | Elena Marchetti
    indirizzo | address1 | Via Garibaldi 7 | Viale Monza 140 | Piazza Duomo 3
    cap | postalCode | 40121 | 20127 | 50122
    localita | city | Bologna | Milano | Firenze
    provincia | state | BO | MI | FI
    country | country | IT | IT | IT
    peso | - | 1 | 3 | 1.2
    colli | - | 1 | 1 | 1
    contrassegno | - | 0 | 35 | 0
    rif_mittente | - | Negozio | Negozio | Shopify
    rif_destinatario | - | Chiara Bassi | Davide Colombo | Elena Marchetti
    note | - | "" | Consegna mattina | ""
    telefono | phone | 3391122334 | 3475566778 | 055 2345678
    email_destinatario | email | chiara.bassi@mail.example | d.colombo@mail.example | elena.m@mail.example
    contenuto | - | Abbigliamento | Scarpe | Accessori
    order_id | - | SO-1182 | SO-1183 | SO-1190
    totale_ordine | - | 59.9 | 35 | 24.5
  `),
  set({ id: 'it-spedisci-online-import-template-contrassegno', kind: 'shipments app\'s downloadable import template (spedisci.online columns, another order)', lang: 'it', source: 'index:55054862519 (an orders page\'s downloadable CSV template)', defaultCountry: 'IT' }, `
    destinatario | name | Mario Rossi | Sara Conti | Luca Galli
    indirizzo | address1 | Via Roma, 20 | Via Verdi 9 | Strada Statale 16 km 4
    cap | postalCode | 58100 | 10123 | 60019
    localita | city | Grosseto | Torino | Senigallia
    provincia | state | GR | TO | AN
    country | country | IT | IT | IT
    peso | - | 1 | 0.5 | 4
    colli | - | 1 | 1 | 2
    contrassegno | - | 25.5 | 0 | 0
    telefono | phone | 3435556667 | 3204455667 | 071 7921234
    email_destinatario | email | mario@mail.example | sara.conti@mail.example | luca.galli@mail.example
    contenuto | - | frame 20x20 | libro | ricambi
    note | - | Fragile | "" | ""
    rif_mittente | - | Amazon | Sito | Sito
    rif_destinatario | - | Mario Rossi | Sara Conti | Luca Galli
    order_id | - | 21545-45454 | 7781 | 7790
    totale_ordine | - | 25.5 | 18 | 112.4
  `),
  set({ id: 'it-insurance-agency-payments-outcome-contraente', kind: 'insurance agency\'s merged premium-payment outcome files (desktop tool)', lang: 'it', source: 'index:55527083016 (an insurance agency tool\'s merge of the paid-premium files, the header line)', defaultCountry: 'IT' }, `
    # Each row is a premium title of a policy; the policyholder (Contraente) is the contact. Policy, company, agency
    # and branch codes, dates and amounts are not contact fields; the tax code is not imported. Kept to the first 19
    # columns.
    Tipo | - | Q | Q | R
    Comp | - | 101 | 101 | 205
    Age | - | 0456 | 0456 | 0456
    Ramo | - | 030 | 031 | 016
    Polizza | - | 812345678 | 812349901 | 556677001
    Eff.App. | - | 01/03/2026 | "" | 15/06/2026
    Num.App. | - | 2 | "" | 1
    Eff.Titolo | - | 01/09/2026 | 01/09/2026 | 15/09/2026
    Tipoca | - | RT | RT | QT
    Tipo Mat. | - | F | F | G
    Esito | - | PAGATO | PAGATO | INSOLUTO
    Tipo Pag. | - | SDD | CONT | SDD
    Data Esito | - | 03/09/2026 | 01/09/2026 | 18/09/2026
    Effettivo Pag | - | 03/09/2026 | 01/09/2026 | ""
    Cod.Cassa | - | 01 | 02 | 01
    Contraente | name | BIANCHI GIORGIO | FERRARA ANNA MARIA | AUTOTRASPORTI DELTA SRL
    Cod.Fisc. | - | BNCGRG70A01F205X | FRRNMR65C41L219K | 01234560159
    Tassabile | - | 312,40 | 188,00 | 1.240,00
    Totale | - | 385,20 | 231,80 | 1.529,00
  `),
  set({ id: 'it-fatture-in-cloud-clients-csv', kind: 'Fatture in Cloud clients export read by a condominium manager\'s app (browser test)', lang: 'it', source: 'index:69154729236 (a property manager app\'s browser test, the Fatture in Cloud clients CSV)', defaultCountry: 'IT' }, `
    # The clients are condominiums and firms: "Denominazione" is the Company name.
    Denominazione | companyName | Condominio Aurora | Rossi, Verdi & C. | Residenza Le Querce
    Partita IVA | - | 01234567890 | "" | 09876543210
    Tel | phone | 0544 111222 | "" | 0544 333444
    Email | email | amministrazione@aurora.example | info@rv.example | querce@mail.example
  `),
  set({ id: 'it-coffee-shop-orders-export-nominativo', kind: 'coffee capsule e-shop\'s orders export for a partner shop (PHP CSV export)', lang: 'it', source: 'github:Atamasc/Sito-e-commerce crm/admin/ordini-casa-cialde-do.php (the orders export for the partner shop)', defaultCountry: 'IT' }, `
    # One line an order item. The export writes the shop's own address in EMAIL and 0 in CELL on every row (static
    # fields): neither is the customer's, so neither is imported. INDIRIZZO holds the street with the town and province.
    NOMINATIVO | name | Russo Francesca | Marino Paolo | De Luca Rita
    INDIRIZZO | address1 | Via Appia 44, Roma (RM) | Via Etnea 301, Catania (CT) | Corso Vittorio 12, Bari (BA)
    CAP | postalCode | 00183 | 95125 | 70122
    EMAIL | - | info@moncaffe.example | info@moncaffe.example | info@moncaffe.example
    CELL | - | 0 | 0 | 0
    PAGAMENTO | - | PayPal | Contrassegno | Carta
    ORDINE | - | 10412 | 10413 | 10420
    MARCHIO | - | Borbone | Lavazza | Borbone
    CATEGORIA | - | Cialde | Capsule | Cialde
    SOTTOCATEGORIA | - | Miscela Rossa | Espresso Point | Miscela Blu
    SISTEMA | - | ESE 44mm | Espresso Point | ESE 44mm
    CODICE ARTICOLO | - | BOR-R150 | LAV-EP100 | BOR-B150
    PRODOTTO | - | 150 cialde Miscela Rossa | 100 capsule Crema e Aroma | 150 cialde Miscela Blu
    QTA | - | 2 | 1 | 1
  `),
  set({ id: 'it-agency-registry-import-pec-sdi-referente', kind: 'agencies group\'s client registry (anagrafiche) import (unit test)', lang: 'it', source: 'index:70216379383 (an agencies group\'s import tests, the client registry CSV)', defaultCountry: 'IT' }, `
    # The rows are client firms with a contact person (Referente: the Name). PEC (certified mail for invoices) and SDI
    # (e-invoicing code) are invoicing channels: not imported. "Soc. di riferimento" names which of the group's own
    # companies follows the client: not a contact field. The two category columns are Tags.
    Ragione sociale | companyName | Zètema Progetto Cultura | Officine Marconi Srl | Studio Bellini
    P.IVA | - | IT 16633211004 | 04455660987 | ""
    PEC | - | info@pec.example | officinemarconi@pec.example | ""
    SDI | - | M5UXCR1 | KRRH6B9 | 0000000
    Referente | name | Anna Bianchi | Stefano Greco | Lucia Bellini
    Email | email | ANNA@zetema.example | s.greco@officinemarconi.example | lucia@studiobellini.example
    Cell | phone | 331 1234567 | 347 9988776 | 320 5566443
    Soc. di riferimento | - | FL | DT | FL
    Categoria 1 | tags | Cultura | Industria | Professionisti
    Categoria 2 | tags | Eventi | "" | Architettura
    Colonna strana | - | x | "" | ""
  `),
  set({ id: 'it-crm-client-import-example-settore', kind: 'CRM\'s client import example (downloadable from the import page)', lang: 'it', source: 'index:53964539637 (a CRM\'s import page, the example CSV it offers)', defaultCountry: 'IT' }, `
    # The rows are companies with a contact person: the company's sector is its industry (never); notes are not imported.
    ragione sociale | companyName | Rossi Srl | Bianchi Spa | Tessiture Riva Snc
    p.iva | - | 01234567890 | 09876543210 | 02233445566
    contatto | name | Mario Rossi | Luigi Bianchi | Paola Riva
    telefono | phone | +39 02 123456 | +39 011 654321 | +39 031 778899
    email | email | info@rossi.example | info@bianchi.example | paola@tessituririva.example
    indirizzo | address1 | Via Roma 1 Milano | Corso Torino 5 | Via Lario 22
    settore | - | Industria | Edilizia | Tessile
    note | - | "" | Cliente VIP | ""
  `),
  set({ id: 'it-address-book-import-nominativo-paese', kind: 'family address book app\'s CSV import (test file)', lang: 'it', source: 'index:69527397353 (an address book app\'s import test, the CSV file)', defaultCountry: 'IT' }, `
    # "Paese" here is the village the person lives in (Avigliana), not a country: the City. The notes are not imported.
    Nominativo | name | Giulia Neri | Franco Allais | Rosa Bertolo
    Cellulare | phone | 3330000003 | 347 112 2334 | 3489988776
    Paese | city | Avigliana | Condove | Sant'Ambrogio di Torino
    Annotazioni | - | Amica di famiglia | Vicino di casa | ""
  `),
  set({ id: 'it-address-book-import-xls-annotazioni-first', kind: 'family address book app\'s spreadsheet import (test workbook)', lang: 'it', source: 'index:69440846828 (the address book app\'s later import test, the .xls workbook)', defaultCountry: 'IT' }, `
    # The columns come in another order; "Numero" is the phone number and "Paese" the village: the City.
    Annotazioni | - | Aggiornare email | Nuovo contatto | ""
    Paese | city | Avigliana | Condove | Almese
    Numero | phone | 333 123 4567 | 3405566778 | 011 9350123
    Nominativo | name | Mario Rossi | Elisa Gili | Bruno Perino
    Email | email | mario.nuovo@mail.example | elisa.gili@mail.example | ""
  `),
  set({ id: 'it-shop-orders-export-provenienza', kind: 'online shop\'s orders export for its fulfilment partner (semicolon CSV)', lang: 'it', source: 'index:19076887522 (a shop\'s order export job, the header line)', defaultCountry: 'IT' }, `
    # One row an order line; the customer (NOME CLIENTE) is the contact. "PROVENIENZA" is the channel the order came
    # through (sito, Amazon, eBay): the Source.
    SKU | - | CF-0032 | CF-0107 | CF-0032
    QUANTITÀ | - | 1 | 3 | 2
    PREZZO | - | 24.90 | 9.50 | 24.90
    PAGAMENTO | - | PayPal | Carta | Bonifico
    NOME CLIENTE | name | Valentina Fabbri | Roberto Sala | Ilaria Moretti
    INDIRIZZO | address1 | Via Emilia 210 | Via Nazionale 45 | Largo Augusto 3
    CAP | postalCode | 47921 | 00184 | 20122
    CITTÀ | city | Rimini | Roma | Milano
    Nazione | country | IT | IT | IT
    TELEFONO | phone | 0541 778899 | 3396677889 | 02 76543210
    EMAIL | email | v.fabbri@mail.example | roberto.sala@mail.example | ilaria.m@mail.example
    NUMERO ORDINE | - | 100245 | 100246 | 100251
    ID ORDINE | - | 8812 | 8813 | 8820
    ORDER ITEMS | - | 1 | 1 | 2
    PROVENIENZA | source | sito | Amazon | eBay
    DATA | - | 2026-09-10 | 2026-09-10 | 2026-09-11
    STATUS | - | spedito | in lavorazione | spedito
  `),
  set({ id: 'it-group-parties-import-societa', kind: 'agencies group\'s client and supplier parties import (integration test)', lang: 'it', source: 'index:70544398848 (an agencies group\'s parties import integration test)', defaultCountry: 'IT' }, `
    # "Società" is which of the group's own companies the client belongs to (FL, DT): not a contact field. The
    # registry mixes firms and private people in "Ragione sociale": the column is named for the firm's name, the
    # Company name.
    Ragione sociale | companyName | Zetema | Mario Rossi | Officine Marconi
    P.IVA | - | 16633211004 | "" | 04455660987
    Email | email | a@zetema.example | "" | amministrazione@marconi.example
    Società | - | FL | FL | DT
  `),
  // --------------------------------------------------------------------------------------------------- English (e-commerce and marketplaces)
  set({ id: 'en-shopify-customers-export-customer-id-tags', kind: 'Shopify customers export (a CRM importer\'s demo input)', lang: 'en', source: 'index:57877503242 (a CRM import demo, the Shopify customers CSV)' }, `
    # Shopify's own customer id is another system's id of the person: the External ID. Two phones: the customer's
    # "Phone" is the main one and the default address's phone an additional one.
    Customer ID | externalId | 6001 | 6002 | 6007
    First Name | firstName | Maria | John | Keiko
    Last Name | lastName | Garcia | Doe | Tanaka
    Email | email | maria@example.com | john@example.com | keiko.t@example.net
    Accepts Email Marketing | - | yes | no | yes
    Default Address Company | companyName | Garcia LLC | "" | Tanaka Ceramics
    Default Address Address1 | address1 | 1 Main St | 287 Bedford Avenue | 44 Pike Pl
    Default Address City | city | Portland | Brooklyn | Seattle
    Default Address Province Code | state | OR | NY | WA
    Default Address Country Code | country | US | US | US
    Default Address Zip | postalCode | 97201 | 11211 | 98101
    Default Address Phone | additionalPhones | +15035552000 | +12125551847 | ""
    Phone | phone | +15035552000 | +12125551847 | +12065550133
    Total Spent | - | 150.00 | 42.50 | 0.00
    Total Orders | - | 3 | 1 | 0
    Tags | tags | VIP | "" | wholesale
  `),
  set({ id: 'en-shopify-customers-import-csv-generator', kind: 'Shopify customer import CSV (a migration tool\'s generator, exact header test)', lang: 'en', source: 'index:49848964069 (a migration tool\'s Shopify customer CSV generator test)' }, `
    # The customer's own Phone is the main phone, the default address's phone an additional one; Address2 is a second
    # address line.
    First Name | firstName | Sean | Aoife | Ravi
    Last Name | lastName | O'Connor | Brennan | Patel
    Email | email | sean.oc@example.com | aoife@example.org | ravi.patel@example.com
    Accepts Email Marketing | - | yes | no | yes
    Default Address Company | companyName | ACME, Inc. | "" | Patel Imports
    Default Address Address1 | address1 | 12 Grafton St | 88 High St | 5 Commerce Way
    Default Address Address2 | - | Apt. 4 | "" | Unit 2
    Default Address City | city | Boston | Burlington | Edison
    Default Address Province Code | state | MA | VT | NJ
    Default Address Country Code | country | US | US | US
    Default Address Zip | postalCode | 02108 | 05401 | 08837
    Default Address Phone | additionalPhones | +16175550101 | "" | +17325550188
    Phone | phone | +16175550101 | +18025550144 | +17325550199
    Accepts SMS Marketing | - | no | no | yes
    Tags | tags | returning, wholesale | "" | vip
    Note | - | Special, needs follow-up | "" | ""
    Tax Exempt | - | no | no | yes
  `),
  set({ id: 'en-shopify-customers-export-full-with-note', kind: 'Shopify customers export (re-written by a shop\'s conversion script)', lang: 'en', source: 'index:20662839707 (a shop\'s script that rewrites an old customer file as a Shopify customers export)' }, `
    Customer ID | externalId | 7210448301122 | 7210448301123 | 7210448301190
    First Name | firstName | Teodoro | Linnea | Marcus
    Last Name | lastName | Villaseñor | Berg | Holt
    Email | email | teo.v@example.com | linnea.berg@example.org | mholt@example.net
    Accepts Email Marketing | - | no | yes | yes
    Default Address Company | companyName | Villaseñor Ranch | "" | Holt Farm Supply
    Default Address Address1 | address1 | HC 31 Box 4500 | 19 Elm Ct | 2200 County Rd 7
    Default Address Address2 | - | "" | Apt 3 | ""
    Default Address City | city | Elko | Duluth | Ames
    Default Address Province Code | state | NV | MN | IA
    Default Address Country Code | country | US | US | US
    Default Address Zip | postalCode | 89801 | 55802 | 50010
    Default Address Phone | additionalPhones | (775) 555-0181 | "" | (515) 555-0112
    Phone | phone | (775) 555-0181 | (218) 555-0166 | (515) 555-0130
    Accepts SMS Marketing | - | no | no | yes
    Total Spent | - | 1240.00 | 86.40 | 512.75
    Total Orders | - | 7 | 2 | 4
    Note | - | Ships to ranch gate | "" | ""
    Tax Exempt | - | yes | no | yes
    Tags | tags | farm | "" | farm, wholesale
  `),
  set({ id: 'en-etsy-sold-orders-full-export', kind: 'Etsy sold orders export (EtsySoldOrders CSV, a seller tool\'s test fixture)', lang: 'en', source: 'index:71081315111 (a seller bookkeeping tool\'s tests, the EtsySoldOrders file)' }, `
    # One row an order; the buyer is the contact. "Buyer User ID" is the buyer's Etsy username, another system's id of
    # the person: the External ID. "Full Name" is the Name as well as the first and last name. The address columns are
    # the order's ship-to address (shipping never). "Buyer" repeats the buyer's name: not imported.
    Sale Date | - | 09/12/26 | 09/14/26 | 09/20/26
    Order ID | - | 4002118734 | 4002131009 | 4002190045
    Buyer User ID | externalId | bobsmith | lunalane88 | bobsmith
    Full Name | name | Bob Smith | Luna Lane | Bob Smith
    First Name | firstName | Bob | Luna | Bob
    Last Name | lastName | Smith | Lane | Smith
    Number of Items | - | 3 | 1 | 1
    Payment Method | - | Etsy Payments | PayPal | Etsy Payments
    Date Shipped | - | 09/14/26 | 09/16/26 | ""
    Street 1 | - | 99 Hidden Road | 12 Willow Way | 99 Hidden Road
    Street 2 | - | "" | Apt 5 | ""
    Ship City | - | Seattle | Asheville | Seattle
    Ship State | - | WA | NC | WA
    Ship Zipcode | - | 98101 | 28801 | 98101
    Ship Country | - | United States | United States | United States
    Currency | - | CAD | CAD | CAD
    Order Value | - | 27.00 | 18.00 | 9.00
    Coupon Code | - | "" | FALL10 | ""
    Coupon Details | - | "" | 10% off | ""
    Discount Amount | - | 0 | 1.80 | 0
    Shipping Discount | - | 0 | 0 | 0
    Shipping | - | 6.00 | 4.50 | 6.00
    Sales Tax | - | 0 | 0 | 0
    Order Total | - | 33.00 | 20.70 | 15.00
    Status | - | Completed | Completed | Paid
    Card Processing Fees | - | 1.24 | 0.87 | 0.70
    Order Net | - | 31.76 | 19.83 | 14.30
    Adjusted Order Total | - | "" | "" | ""
    Adjusted Card Processing Fees | - | "" | "" | ""
    Adjusted Net Order Amount | - | "" | "" | ""
    Buyer | - | Bob Smith | Luna Lane | Bob Smith
    Order Type | - | online | online | online
    Payment Type | - | online_cc | online_cc | online_cc
  `),
  set({ id: 'en-etsy-sold-orders-short-fixture', kind: 'Etsy sold orders export, shortened (a French craft seller tool\'s fixture)', lang: 'en', source: 'index:70341529160 (a craft seller tool\'s fixtures, the Etsy orders CSV)' }, `
    # The buyer's Etsy user id is the External ID; the order's amounts, status and dates are not contact fields.
    Sale Date | - | 2024-03-14 | 2024-03-20 | 2024-03-22
    Order ID | - | 6000001 | 6000002 | 6000005
    Buyer User ID | externalId | u1 | u2 | u7
    Full Name | name | Élise Martin | Bruno Durand | Chloé Petit
    Number of Items | - | 3 | 1 | 2
    Currency | - | EUR | EUR | EUR
    Order Value | - | 9.00 | 12.00 | 7.00
    Shipping | - | 2.90 | 4.50 | 2.90
    Order Total | - | 11.90 | 16.50 | 9.90
    Status | - | Paid | Paid | Paid
    Card Processing Fees | - | 0.90 | "" | 0.45
    Order Net | - | 11.00 | 16.50 | 9.45
    Date Shipped | - | 03/16/24 | "" | 03/24/24
  `),
  set({ id: 'en-ebay-file-exchange-sales-history', kind: 'eBay File Exchange sales history export (header noted in a seller\'s monthly sales script)', lang: 'en', source: 'index:16681175132 (a seller\'s eBay monthly sales script, the header comment)' }, `
    # The buyer's own columns: eBay's user id is the External ID; the Buyer Address lines are the buyer's address (the
    # second line not imported). Everything about the item, the payment, the shipping and feedback is not a contact field.
    Sales Record Number | - | 10412 | 10413 | 10420
    User Id | externalId | lanternfan_77 | mk.outdoors | glowcamper
    Buyer Fullname | name | Dana Whitfield | Marcus King | Ellen Park
    Buyer Phone Number | phone | (503) 555-0147 | (720) 555-0193 | ""
    Buyer Email | email | dana.w@example.com | mking@example.net | ellen.park@example.org
    Buyer Address 1 | address1 | 4410 SE Belmont St | 88 Ridge Rd | 17 Harbor View Dr
    Buyer Address 2 | - | "" | Unit 12 | ""
    Buyer City | city | Portland | Golden | Bar Harbor
    Buyer State | state | OR | CO | ME
    Buyer Zip | postalCode | 97215 | 80401 | 04609
    Buyer Country | country | United States | United States | United States
    Order ID | - | 12-10412-55871 | 12-10413-55872 | 12-10420-55901
    Item ID | - | 284412356690 | 284412356690 | 284498812001
    Transaction ID | - | 1988123400 | 1988123511 | 1988130099
    Item Title | - | LED Flameless Candle Set of 3 | LED Flameless Candle Set of 3 | Camping Lantern Rechargeable
    Quantity | - | 1 | 2 | 1
    Sale Price | - | $24.99 | $24.99 | $39.95
    Shipping And Handling | - | $5.99 | $5.99 | $0.00
    Sales Tax | - | $0.00 | $1.80 | $0.00
    Insurance | - | $0.00 | $0.00 | $0.00
    Total Price | - | $30.98 | $57.77 | $39.95
    Payment Method | - | PayPal | PayPal | PayPal
    PayPal Transaction ID | - | 3KX12345AB678901C | 7HT98765ZX432109D | 1QW23456ER789012F
    Sale Date | - | Sep-02-26 | Sep-03-26 | Sep-05-26
    Checkout Date | - | Sep-02-26 | Sep-03-26 | Sep-05-26
    Paid on Date | - | Sep-02-26 | Sep-03-26 | Sep-05-26
    Shipped on Date | - | Sep-03-26 | Sep-04-26 | ""
    Shipping Service | - | USPS First Class | USPS Priority | UPS Ground
    Feedback Left | - | Yes | No | No
    Feedback Received | - | Positive | "" | ""
    Notes to Yourself | - | "" | gift wrap | ""
    Custom Label | - | LUM-3SET | LUM-3SET | LUM-LANT
    Listed On | - | eBay | eBay | eBay
    Sold On | - | eBay | eBay | eBay
    Private Notes | - | "" | "" | ""
    Product ID Type | - | UPC | UPC | UPC
    Product ID Value | - | 012345678905 | 012345678905 | 098765432109
    Product ID Value 2 | - | "" | "" | ""
    Variation Details | - | "" | "" | Color:Green
    Product Reference ID | - | "" | "" | ""
    Tracking Number | - | 9400111899223344556677 | 9405511899223344550011 | ""
  `),
  set({ id: 'en-amazon-seller-order-report-tab', kind: 'Amazon seller order report (tab-delimited flat file, a fulfilment tool\'s test data)', lang: 'en', source: 'index:11011412960 (an order fulfilment module\'s tests, the Amazon order file in the data section)' }, `
    # The buyer is the contact: buyer-email, buyer-name and buyer-phone-number. The recipient name, the ship-to address
    # and its phone are the shipping block (shipping never).
    order-id | - | 123-4567890-1234567 | 111-2222222-3333333 | 234-5678901-2345678
    order-item-id | - | 11111111111111 | 22222222222222 | 33333333333333
    purchase-date | - | 2026-09-01T10:50:49-08:00 | 2026-09-01T12:02:10-08:00 | 2026-09-02T08:15:00-08:00
    payments-date | - | 2026-09-01T10:50:49-08:00 | 2026-09-01T12:02:10-08:00 | 2026-09-02T08:15:00-08:00
    buyer-email | email | 7x2kq9f1abc@marketplace.amazon.example | 3mm8zz0pq1d@marketplace.amazon.example | 0fj3k2l9m8n@marketplace.amazon.example
    buyer-name | name | Gail Horton | Victor Ruiz | Nate Olsen
    buyer-phone-number | phone | 206-555-0142 | 512-555-0119 | ""
    sku | - | ITEM-1 | ITEM-2 | ITEM-1
    product-name | - | Widget, Blue | Widget Deluxe | Widget, Blue
    quantity-purchased | - | 1 | 2 | 1
    currency | - | USD | USD | USD
    item-price | - | 19.99 | 59.98 | 19.99
    item-tax | - | 1.80 | 4.95 | 0.00
    shipping-price | - | 4.99 | 0.00 | 4.99
    shipping-tax | - | 0.00 | 0.00 | 0.00
    ship-service-level | - | Standard | Expedited | Standard
    recipient-name | - | Gail Horton | Ana Ruiz | Nate Olsen
    ship-address-1 | - | 1200 Pine St | 800 Congress Ave | 55 Lake Dr
    ship-address-2 | - | Apt 3B | "" | ""
    ship-address-3 | - | "" | "" | ""
    ship-city | - | Seattle | Austin | Madison
    ship-state | - | WA | TX | WI
    ship-postal-code | - | 98101 | 78701 | 53703
    ship-country | - | US | US | US
    ship-phone-number | - | 206-555-0142 | 512-555-0177 | ""
    delivery-start-date | - | "" | "" | ""
    delivery-end-date | - | "" | "" | ""
    delivery-time-zone | - | "" | "" | ""
    delivery-Instructions | - | "" | Leave at front desk | ""
  `),
  set({ id: 'en-amazon-unshipped-orders-merchant-export', kind: 'Amazon unshipped orders report re-built from a database for several merchants (tab-delimited export)', lang: 'en', source: 'index:2605904616 (a multi-merchant Amazon order tool, the exported order file header)' }, `
    # As in Amazon's report: the buyer columns are the contact's; the recipient and ship-to columns are the shipping
    # block (never). "merchant" is the seller account the order belongs to.
    merchant | - | SHOP-A | SHOP-A | SHOP-B
    order-id | - | 114-0149180-7966659 | 114-0149181-1234567 | 702-5566778-9900112
    order-item-id | - | 59686379847882 | 59686379847899 | 61234567890123
    purchase-date | - | 2026-09-03T09:12:44+00:00 | 2026-09-03T10:01:02+00:00 | 2026-09-04T16:40:10+00:00
    payments-date | - | 2026-09-03T09:12:44+00:00 | 2026-09-03T10:01:02+00:00 | 2026-09-04T16:40:10+00:00
    reporting-date | - | 2026-09-03T09:30:00+00:00 | 2026-09-03T10:15:00+00:00 | 2026-09-04T17:00:00+00:00
    promise-date | - | 2026-09-06T23:59:59+00:00 | 2026-09-06T23:59:59+00:00 | 2026-09-08T23:59:59+00:00
    days-past-promise | - | -2 | -2 | -3
    buyer-email | email | q8w7e6r5t4@marketplace.amazon.example | z1x2c3v4b5@marketplace.amazon.example | m9n8b7v6c5@marketplace.amazon.example
    buyer-name | name | Harold Finch | Priya Nair | Tom Becker
    buyer-phone-number | phone | +1 917-555-0110 | +1 408-555-0123 | ""
    sku | - | SKU-778 | SKU-201 | SKU-778
    product-name | - | Phone Stand Aluminium | USB-C Hub 7-in-1 | Phone Stand Aluminium
    quantity-purchased | - | 1 | 1 | 2
    quantity-shipped | - | 0 | 0 | 0
    quantity-to-ship | - | 1 | 1 | 2
    ship-service-level | - | Standard | Standard | SecondDay
    recipient-name | - | Harold Finch | Priya Nair | Becker GmbH Receiving
    ship-address-1 | - | 225 W 57th St | 1 Infinite Loop | 4500 Industrial Pkwy
    ship-address-2 | - | Fl 9 | "" | Dock 3
    ship-address-3 | - | "" | "" | ""
    ship-city | - | New York | Cupertino | Columbus
    ship-state | - | NY | CA | OH
    ship-postal-code | - | 10019 | 95014 | 43228
    ship-country | - | US | US | US
    is-business-order | - | false | false | true
    purchase-order-number | - | "" | "" | PO-55821
    price-designation | - | "" | "" | BusinessPrice
    Promotion_ID | - | "" | PROMO-15 | ""
    Principle_Price_Amount | - | 18.99 | 49.99 | 34.00
  `),
  set({ id: 'en-magento-customers-import-brazil-pj', kind: 'Magento 1 customers import CSV of a Brazilian store (a migration script\'s test)', lang: 'en', source: 'index:35211215750 (a store migration tool\'s tests, the Magento customers CSV)', defaultCountry: 'BR' }, `
    # Magento's customer import: the default address (both billing and shipping) is the customer's own address.
    # "social_reason" is the company's legal name of a business customer (PJ): the Company name; "name_fantasy" its
    # trade name and "_address_company" a copy on the address are not imported. taxvat (CPF), pf_rg (id card),
    # inscription_pj (state tax registration), password and token columns are not imported; group_id is a numeric
    # customer group id. The address's first and last name repeat the customer's.
    email | email | daniel.r@mail.example | leandro.v@mail.example | compras@ciclourbano.example
    _website | - | base | base | base
    _store | - | default | default | default
    confirmation | - | "" | "" | ""
    created_at | - | 2010-05-23 14:05:21 | 2010-05-31 19:07:27 | 2011-02-11 09:40:00
    created_in | - | Ciclo Urbano | Ciclo Urbano | Ciclo Urbano
    dob | dateOfBirth | "" | 1984-03-11 00:00:00 | ""
    firstname | firstName | Daniel | Leandro | Renata
    gender | - | "" | 1 | 2
    group_id | - | 1 | 1 | 2
    inscription_pj | - | "" | "" | 123.456.789.110
    inscription_pj_uf | - | "" | "" | SP
    is_pj | - | "" | "" | 1
    lastname | lastName | Rodrigues | Valverdes | Campos
    middlename | - | "" | "" | ""
    name_fantasy | - | "" | "" | Bike Point
    password_hash | - | ed32fd4eef628a5d760e8e80fd53d3f8:Wc | 97f8cbea14cd5921f075e238ce029475:NN | 0a1b2c3d4e5f60718293a4b5c6d7e8f9:Qx
    pf_rg | - | "" | 12.345.678-9 | ""
    prefix | - | "" | "" | ""
    rp_token | - | "" | "" | ""
    rp_token_created_at | - | "" | "" | ""
    social_reason | companyName | "" | "" | Bike Point Comércio de Bicicletas LTDA
    store_id | - | 1 | 1 | 1
    suffix | - | "" | "" | ""
    taxvat | - | "" | 280.247.388-30 | 12.345.678/0001-90
    website_id | - | 1 | 1 | 1
    password | - | "" | "" | ""
    _address_city | city | "" | SAO PAULO | Campinas
    _address_company | - | "" | "" | Bike Point
    _address_country_id | country | "" | BR | BR
    _address_fax | - | "" | "" | ""
    _address_firstname | - | "" | Leandro | Renata
    _address_lastname | - | "" | Valverdes | Campos
    _address_middlename | - | "" | "" | ""
    _address_postcode | postalCode | "" | 04012-002 | 13015-100
    _address_prefix | - | "" | "" | ""
    _address_region | state | "" | São Paulo | São Paulo
    _address_street | address1 | "" | RUA PELOTAS 523 | Av. Andrade Neves 410
    _address_suffix | - | "" | "" | ""
    _address_telephone | phone | "" | (11)5548-2162 | (19) 3232-1100
    _address_default_billing_ | - | "" | 1 | 1
    _address_default_shipping_ | - | "" | 1 | 1
  `),
  set({ id: 'en-sleepwear-shop-crm-import-template', kind: 'lingerie and bridal shop CRM\'s customer import template (documented fields, English keys)', lang: 'en', source: 'github:djcuencadreams/Civetta-CRM client/public/clientes-importacion-manual.md (the customer import guide\'s template fields)', defaultCountry: 'EC' }, `
    # The shop's template uses English keys. "phoneCountry" is the calling code beside the number (+593): not
    # imported; "idNumber" is the national id or tax number (cédula, RUC). "brand" is the shop's line the customer
    # buys (sleepwear, bride), a category the customer is filed under: Tags. Delivery instructions and notes are not
    # imported.
    firstName | firstName | Sandra | Gabriela | María José
    lastName | lastName | Agila Chinchay | Vinueza | Andrade Pazmiño
    idNumber | - | 1717685729 | 0923456781 | 1790012345001
    email | email | sandra.ag@mail.example | gabyvinueza@mail.example | mjandrade@mail.example
    phoneCountry | - | +593 | +593 | +593
    phoneNumber | phone | 959920025 | 987654321 | 998877665
    street | address1 | Cumbaya, urbanización La Católica | Av. 9 de Octubre 1120 | Calle Larga 5-42
    city | city | Quito | Guayaquil | Cuenca
    province | state | Pichincha | Guayas | Azuay
    deliveryInstructions | - | Indicar al guardia que va al lote 4 | "" | Dejar en portería
    source | source | Social Media | Web | Referido
    brand | tags | sleepwear | bride | sleepwear
    notes | - | "" | Prueba de vestido en octubre | ""
  `),
];
