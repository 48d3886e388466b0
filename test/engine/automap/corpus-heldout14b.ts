// The fourteenth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French, Italian and English files; the other half, corpus-heldout14a.ts, holds the rest): SUMMARY_LINE
// from sources none of the other parts use, found in the public code index (CSV templates and import guides, export
// writers, database dumps, data models of member, client and player records) with the `search` tool and written down,
// with the mapping a careful person would choose by the field definitions and the rules, BEFORE the mapper was
// run on them and without reading the lexicon or the mapper. "github:owner/repo path" names the file the header text
// was read from, "index:N" an index file whose repository the index does not name; the kind says what the file is.
// Sample values are made up in the shape of each file's own (no personal data or example rows from the sources are
// copied). A trailing empty column is written as "".
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
// Where these are silent, a set says in a comment what was chosen and why. Choices this half makes more than once:
// - Tax and identity numbers of the person or the firm (CPF, CNPJ, RUT, RFC, CUIL, cédula, codice fiscale, partita
//   IVA, inscrição estadual) are national ids: not imported.
// - A client record that is a firm: its legal name (razón social, razão social, ragione sociale) is the Company; a
//   trade name (nome fantasia, nombre comercial) beside it is not imported.
// - A neighbourhood (bairro, colonia, barrio) is not imported: the address line, city and postcode carry the address.
// - A telephone area code in a column of its own (DDD) is not imported; the number beside it is still the phone.
// - Of two ids of the person, the first is the External ID and the other is not imported.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout14' }, table);

export const HELDOUT14B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-ar-voluntarios-aportes-planilla-wide', kind: 'Argentine NGO\'s volunteer and partner spreadsheet as read by its formatting script (26 columns: surname, names, status, interview notes, entry date, partner flag, projects, aptitudes and soft-skill scores, two numbered phones, referrer, CUIL, e-mail, interviewer, item type, path)', lang: 'es', defaultCountry: 'AR', source: 'github:badubko/Aportes transformer_V1.0.sh (a volunteer list\'s column table, its "Nombre Excel" names, Shell)' }, `
    Apellido | lastName | Ferreyra | Bianchi | Duarte
    Nombre | firstName | María Laura | Gustavo | Inés
    Estado | - | Activo | Entrevistado | Activo
    Comentarios | - | Disponible los sábados | | Prefiere tareas administrativas
    Fecha de ingreso | - | 12/03/2019 | 05/08/2020 | 21/11/2018
    Socio | - | Si | No | Si
    Proyectos | - | Huerta comunitaria | | Apoyo escolar
    Area de trabajo del proyecto | - | Logística | | Educación
    Aptitud | - | Alta | Media | Alta
    Especialidad | - | Contadora | Ingeniero civil | Docente
    Asertividad | - | 4 | 3 | 5
    Sociabilidad | - | 5 | 3 | 4
    Actitud | - | 5 | 4 | 5
    Talleres | - | Oratoria | | Primeros auxilios
    Actividades | - | Colecta anual | | Feria del libro
    Acuerdo | - | Firmado | Pendiente | Firmado
    Z | - | | |
    # "Telefono 1" and "Telefono 2": numbered phones, the first is the main one, the other additional.
    Telefono 1 | phone | 11 4567-8912 | 0351 15-412-3398 | 11 3322-7781
    Presentacion | - | Carta enviada | | Carta enviada
    # "Referido por" names the person who brought the volunteer in: how the contact came, the Source.
    Referido por | source | Carlos Méndez | Página web | Marta Ríos
    Telefono 2 | additionalPhones | 4781-2290 | | 11 5066-1402
    CUIL | - | 27-28456123-4 | 20-31765432-9 | 27-25111987-3
    E-mail | email | mlferreyra@example.com.ar | gbianchi@example.com | ines.duarte@example.org
    # The interviewer is a member of the NGO's staff, not one assigned to the contact: not imported.
    Entrevistado por | - | Patricia L. | Jorge S. | Patricia L.
    Item type | - | Item | Item | Item
    PATH | - | voluntarios/2019 | voluntarios/2020 | voluntarios/2018
  `),
  set({ id: 'es-ve-afiliados-plantilla-cedula', kind: 'Venezuelan college-of-professionals affiliates upload sheet as its help page describes it (cédula, name, surname, birth date, gender, phone)', lang: 'es', defaultCountry: 'VE', source: 'github:lapv20/IHC-LCCSF personaContacto/ayuda2.php (an affiliates upload help page, PHP)' }, `
    Cedula | - | V14562378 | E82345671 | V20987456
    Nombre | firstName | José Gregorio | Carmen Elena | Luis
    Apellido | lastName | Rondón | Salazar Briceño | Pacheco
    Fecha_nac | dateOfBirth | 11-07-1979 | 23-01-1985 | 30-09-1992
    Genero | - | M | F | M
    Telefono | phone | 04141234567 | 02418765432 | 04262233445
  `),
  set({ id: 'es-cl-empresas-saas-modelo-json', kind: 'Chilean compliance SaaS\'s company records, camelCase JSON model (id, RUT, name, industry, CIIU code, legal representative, email, phone, address, region, city, status)', lang: 'es', defaultCountry: 'CL', source: 'github:JorgeMenaDev/syms-saas types/empresa.ts (the company record type, the version with "direccion", TypeScript)' }, `
    id | externalId | emp_01H8X2 | emp_01H8X3 | emp_01H8X9
    rut | - | 76.123.456-7 | 96.543.210-K | 77.889.100-2
    # The record is a firm: its name is the Company; the legal representative is the person the contact is about.
    nombre | companyName | Constructora Los Andes SpA | Transportes Biobío Ltda. | Agrícola Valle Verde S.A.
    industria | - | Construcción | Transporte | Agricultura
    ciiu | - | 410010 | 492300 | 011101
    representanteLegal | name | Rodrigo Fuentes Araya | Paulina Sepúlveda | Andrés Muñoz Tapia
    email | email | contacto@losandes.example.cl | rrhh@biobiotrans.example.cl | admin@valleverde.example.cl
    telefono | phone | +56 2 2345 6789 | +56 41 221 3344 | +56 9 8765 4321
    direccion | address1 | Av. Apoquindo 4501, of. 702 | Calle Colo Colo 1250 | Camino a Pirque km 3
    region | state | Metropolitana | Biobío | Metropolitana
    ciudad | city | Las Condes | Concepción | Pirque
    estado | - | activa | activa | suspendida
  `),
  set({ id: 'es-mx-factura-direccion-receptor', kind: 'Mexican freight platform\'s invoice receiver addresses (CFDI fiscal data: name, RFC, street, exterior and interior number, country, state, locality, municipality, colonia, postcode, email)', lang: 'es', defaultCountry: 'MX', source: 'github:dev1portx/portx-front apps/carriersWeb/carriersWeb/src/app/pages/invoice/models/invoice/facturaDireccion.ts (the invoice address model, TypeScript)' }, `
    _id | - | 64f1a2b3c4d5e6f708192a3b | 64f1a2b3c4d5e6f708192a3c | 64f1a2b3c4d5e6f708192a4d
    # The receiver the address book keeps (a person or a firm, as the CFDI "nombre" is): the Name.
    nombre | name | Logística del Norte SA de CV | Ramiro Treviño Garza | Fletes Bajío S de RL
    rfc | - | LNO150812AB3 | TEGR800314HX2 | FBA190101K77
    calle | address1 | Av. Constitución | Calle Hidalgo | Blvd. Adolfo López Mateos
    numero | - | 1450 | 22 | 3010
    interior | - | Piso 3 | | B
    pais | country | MEX | MEX | MEX
    estado | state | Nuevo León | Jalisco | Guanajuato
    # Municipio is the city Mexican addresses name; the optional localidad beside it is not imported.
    localidad | - | | Tlaquepaque | León de los Aldama
    municipio | city | Monterrey | San Pedro Tlaquepaque | León
    colonia | - | Centro | El Campesino | Jardines del Moral
    cp | postalCode | 64000 | 45590 | 37160
    email | email | facturas@lognorte.example.mx | ramiro.trevino@example.com | cxp@fletesbajio.example.mx
  `),
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-br-clientes-cadastro-csvrow', kind: 'Brazilian distributor\'s client register CSV as its import type reads it (CPF/CNPJ, legal and trade names, taxpayer type, IE/RG, client since, CEP, city/UF, street, number, neighbourhood, status, registration date)', lang: 'pt', defaultCountry: 'BR', source: 'github:codebyjv/NewWLProject src/types/csvRow.tsx (a client CSV row type, TSX)' }, `
    CPF/CNPJ | - | 12.345.678/0001-90 | 123.456.789-09 | 98.765.432/0001-10
    Razão Social | companyName | Comercial Alvorada Ltda | Ana Paula Ribeiro | Metalúrgica Serra Azul S/A
    Nome Fantasia | - | Alvorada Materiais | | Serra Azul
    Tipo de Contribuinte | - | Contribuinte ICMS | Não contribuinte | Contribuinte ICMS
    IE/RG | - | 110.042.490.114 | 23.456.789-1 | 062.307.904/0081
    Cliente Desde | - | 03/2015 | 11/2021 | 07/2009
    CEP | postalCode | 01310-100 | 13015-904 | 90010-150
    # "Cidade/UF" holds the city with its state ("Campinas/SP"): the city is what a person would keep it as.
    Cidade/UF | city | São Paulo/SP | Campinas/SP | Porto Alegre/RS
    Logradouro | address1 | Av. Paulista | Rua Barão de Jaguara | Rua dos Andradas
    Número | - | 1578 | 940 | 1234
    Bairro | - | Bela Vista | Centro | Centro Histórico
    Status | - | Ativo | Ativo | Inativo
    Data de Cadastro | - | 12/03/2015 | 08/11/2021 | 19/07/2009
  `),
  set({ id: 'pt-br-clientes-sistema-antigo-completo', kind: 'Brazilian farm-supply firm\'s client spreadsheet from its old system, CSV header as its import guide gives it (name or legal name, nickname or trade name, price list, sex, CPF, RG, CNPJ, IE, phone, mobile, email, address group)', lang: 'pt', defaultCountry: 'BR', source: 'github:pedrocba/Calcario-amazonia SOLUCAO_RAPIDA_CLIENTES.md (the old system\'s full header line, Markdown)' }, `
    # The list holds people and firms in one column ("Nome/Razão Social"): the Name, what the contact is called.
    Nome/Razão Social | name | 3R Agropecuária Ltda | Raimundo Nonato Silva | Fazenda Boa Esperança
    Apelido/Nome fantasia | - | 3R Agro | Nonato | Boa Esperança
    Tipo (Lista de Preços) | - | Padrão | Revenda | Padrão
    Sex | - | | M |
    CPF | - | | 123.456.789-00 |
    RG | - | | 1234567 |
    CNPJ | - | 12.345.678/0001-99 | | 98.765.432/0001-11
    IE | - | 240123456 | | 240987654
    Telefone | phone | (95) 3224-1122 | | (95) 3623-4455
    Celular | additionalPhones | (95) 99123-4567 | (95) 98111-2233 |
    Email | email | compras@3ragro.example.com.br | nonato.silva@example.com |
    Endereço | address1 | Rua Pedro Rodrigues | Vicinal 4 do Apiaú | BR-174, km 12
    Número | - | 80 | s/n |
    Complemento | - | Galpão 2 | Lote 15 |
    Bairro | - | Centro | Zona Rural | Zona Rural
    Cidade | city | Boa Vista | Mucajaí | Cantá
    Estado | state | RR | RR | RR
    CEP | postalCode | 69301-180 | 69340-000 | 69390-000
  `),
  set({ id: 'pt-br-clientes-formato-csv-reduzido', kind: 'the same firm\'s reduced client CSV format its import guide recommends (name or legal name, trade name, CNPJ, CPF, phone, email, address, city, state, CEP)', lang: 'pt', defaultCountry: 'BR', source: 'github:pedrocba/Calcario-amazonia SOLUCAO_RAPIDA_CLIENTES.md (the guide\'s "formato correto" header line, Markdown)' }, `
    Nome/Razão Social | name | Agropecuária Caracaraí Ltda | Francisca Lima | Sítio Três Irmãos
    Apelido/Nome fantasia | - | Agro Caracaraí | Chica | Três Irmãos
    CNPJ | - | 45.678.901/0001-23 | | 56.789.012/0001-34
    CPF | - | | 987.654.321-00 |
    Telefone | phone | (95) 3532-1010 | (95) 99155-6677 |
    Email | email | contato@agrocaracarai.example.com.br | | tresirmaos@example.com
    Endereço | address1 | Av. Getúlio Vargas, 455 | Rua 7, 120 | Vicinal 2, km 8
    Cidade | city | Caracaraí | Boa Vista | Alto Alegre
    Estado | state | RR | RR | RR
    CEP | postalCode | 69360-000 | 69309-500 | 69350-000
  `),
  set({ id: 'pt-br-protheus-clientes-sa1-tipo', kind: 'Brazilian app\'s client type mirroring a TOTVS Protheus client register (company, branch, code, store, legal name, short name, type, CNPJ, IE, person type, email, CEP, address, neighbourhood, UF, municipality, DDD, phone, price table)', lang: 'pt', defaultCountry: 'BR', source: 'github:joseigorferreira/curso-b7web react/react-primeiro-projeto/src/types/Cliente.ts (a Protheus client record type, TypeScript)' }, `
    empresa | - | 01 | 01 | 01
    filial | - | 0101 | 0101 | 0102
    # The ERP's client code is this client's id in another system: the External ID; the store ("loja") is its suffix.
    codigo | externalId | 000123 | 000456 | 001002
    loja | - | 01 | 01 | 02
    razao | companyName | Supermercado Estrela do Sul Ltda | Padaria Pão Quente ME | Drogaria Vida Nova Eireli
    nome | - | Estrela do Sul | Pão Quente | Vida Nova
    tipo | - | R | F | R
    cnpj | - | 12.345.678/0001-90 | 23.456.789/0001-01 | 34.567.890/0002-12
    ie | - | 123.456.789.110 | ISENTO | 987.654.321.000
    pessoa | - | J | J | J
    email | email | compras@estreladosul.example.com.br | paoquente@example.com | financeiro@vidanova.example.com.br
    cep | postalCode | 14010-000 | 14025-220 | 14801-300
    endereco | address1 | Rua General Osório, 1200 | Av. Presidente Vargas, 455 | Rua Voluntários da Pátria, 87
    bairro | - | Centro | Jardim Sumaré | Centro
    uf | state | SP | SP | SP
    municipio | city | Ribeirão Preto | Ribeirão Preto | Araraquara
    ddd | - | 16 | 16 | 16
    telefone | phone | 3610-2233 | 3623-4455 | 3336-7788
    tabela | - | 001 | 002 | 001
  `),
  set({ id: 'pt-br-associados-projeto-social-modelo', kind: 'Brazilian community project\'s members model, PascalCase (id, name, email, phone, activity description, birth date, street, number, neighbourhood, complement, CEP, document, created and modified dates)', lang: 'pt', defaultCountry: 'BR', source: 'github:ICEI-PUC-Minas-PCO-SI/2025-1-p5-tias-grupo-1 src/ProjetoMucuri.API/Models/Associado.cs (the member model, C#)' }, `
    Id | externalId | 17 | 18 | 23
    Nome | name | Maria Aparecida Souza | João Batista Gomes | Luzia Ferreira
    Email | email | maria.souza@example.com | jbgomes@example.com.br | luziaferreira@example.com
    Telefone | phone | (33) 98812-3456 | (33) 3521-7788 | (33) 99901-2233
    DescricaoAtividade | - | Artesanato em taboa | Apicultura | Costura
    DataNascimento | dateOfBirth | 1968-05-14T00:00:00 | 1975-10-02T00:00:00 | 1981-03-27T00:00:00
    Rua | address1 | Rua Sete de Setembro | Rua do Contorno | Av. Getúlio Vargas
    Numero | - | 45 | 310 | 1020
    Bairro | - | Centro | São Cristóvão | Vila Nova
    Complemento | - | Casa | | Apto 2
    Cep | postalCode | 39800-001 | 39802-150 | 39803-020
    Documento | - | 123.456.789-00 | 234.567.890-11 | 345.678.901-22
    CriadoEm | - | 2025-03-10T14:22:05 | 2025-03-11T09:01:44 | 2025-04-02T16:45:10
    ModificadoEm | - | 2025-03-10T14:22:05 | 2025-05-20T11:30:00 | 2025-04-02T16:45:10
  `),
  // ---------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-bde-export-inscrits-fimu-entete-factice', kind: 'French student union site\'s festival volunteer export, semicolon lines under a header line that names only the first columns, and wrongly (first name, surname, then "Bordel", "a", "couette" over birth date, address and city; postcode, mobile and email without a name)', lang: 'fr', defaultCountry: 'FR', source: 'github:ae-utbm/sith2 temp/fimu_export.php (the festival registrations export, PHP)' }, `
    # Labelled by what the columns hold, as the person importing the file sees it: the joke names over the birth
    # date, address and city do not change what they are.
    Prénom | firstName | Camille | Théo | Manon
    Nom | lastName | Bernard | Girard | Lefèvre
    Bordel | dateOfBirth | 1999-04-12 | 2000-11-03 | 1998-07-25
    a | address1 | 12 rue de Mulhouse | 5 avenue Jean Jaurès | 8 faubourg de Montbéliard
    couette | city | Belfort | Sevenans | Belfort
    "" | postalCode | 90000 | 90400 | 90000
    "" | phone | 06 12 34 56 78 | 07 81 22 33 44 | 06 45 67 89 01
    "" | email | camille.bernard@example.fr | theo.girard@example.fr | manon.lefevre@example.fr
  `),
  set({ id: 'fr-qc-joueurs-tennis-modele', kind: 'racket sports club\'s player record, camelCase model (gender, surname, first name, age, address, postcode, country, courriel, phone, ranking, licence, country code, registration number)', lang: 'fr', defaultCountry: 'CA', source: 'github:elsouche123/Les-maitres-de-la-raquette front/src/app/models/joueur.models.ts (the player model, TypeScript)' }, `
    genre | - | F | M | M
    nom | lastName | Tremblay | Gagnon | Côté
    prenom | firstName | Sophie | Mathieu | Olivier
    age | - | 34 | 27 | 45
    adresse | address1 | 1234 rue Saint-Denis, Montréal | 88 boul. René-Lévesque, Québec | 45 rue King Ouest, Sherbrooke
    codePostale | postalCode | H2X 3K4 | G1R 2A5 | J1H 1N9
    pays | country | Canada | Canada | Canada
    courriel | email | sophie.tremblay@example.ca | mgagnon@example.com | olivier.cote@example.ca
    telephone | phone | 5145550123 | 4185550198 | 8195550144
    classement | - | 12 | 3 | 27
    # The federation licence is the player's id elsewhere: the External ID; the club's registration number after it
    # is a second id, not imported.
    licence | externalId | QC-20451 | QC-18832 | QC-30117
    countryCode | - | CA | CA | CA
    numeroInscription | - | INS-0042 | INS-0043 | INS-0051
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-onlus-anagrafe-adottanti-dump', kind: 'Italian charity\'s supporters register, PostgreSQL dump table (id, first name, address, CAP, city, country, phone, mobile, email, tax code, surname, post flag)', lang: 'it', defaultCountry: 'IT', source: 'github:hopeonlus/hope-java hope_admin_web/WebContent/backup_hopesoci_OK.sql (the "anagrafe" table, SQL)' }, `
    id | externalId | 112 | 113 | 140
    nome | firstName | Giuseppe | Maria Grazia | Alessandro
    indirizzo | address1 | Via Roma 12 | Corso Garibaldi 45 | Piazza Duomo 3
    cap | postalCode | 20121 | 10122 | 50122
    citta | city | Milano | Torino | Firenze
    nazione | country | Italia | Italia | Italia
    telefono | phone | 02 8765432 | 011 5623344 | 055 2398877
    cellulare | additionalPhones | 347 1234567 | 333 9876543 |
    email | email | g.rossi@example.it | mgbianchi@example.it | a.conti@example.com
    codfiscale | - | RSSGPP65A01F205X | BNCMGR70B41L219K | CNTLSN82C12D612Z
    cognome | lastName | Rossi | Bianchi | Conti
    posta | - | t | f | t
  `),
  set({ id: 'it-openstamanager-import-anagrafiche-wide', kind: 'Italian open-source ERP\'s registry import CSV, the columns its documentation lists (30: code, legal name, names, recipient code, province, city, phones, address, civic number, CAP, fax, email, PEC, website, tax code, birth data, sex, VAT number, IBAN, notes, country, agent, payment, type, category, split payment, sector)', lang: 'it', defaultCountry: 'IT', source: 'github:devcode-it/openstamanager-docs openstamanager/modules/strumenti/import/import-anagrafiche.md (the version with "Civico" and "Codice IBAN", Markdown)' }, `
    Codice | externalId | 00000123 | 00000124 | 00000131
    Ragione sociale | companyName | Idraulica Ferri Srl | Studio Tecnico Marchetti | Pasticceria Dolce Vita snc
    Nome | firstName | Paolo | Chiara | Luca
    Cognome | lastName | Ferri | Marchetti | Galli
    Codice destinatario | - | M5UXCR1 | 0000000 | KRRH6B9
    Provincia | state | BO | MO | RE
    Città | city | Bologna | Modena | Reggio Emilia
    Telefono | phone | 051 234567 | 059 223344 | 0522 445566
    Indirizzo | address1 | Via Emilia Ponente | Viale Verdi | Via Roma
    Civico | - | 212 | 18/A | 7
    CAP | postalCode | 40133 | 41121 | 42121
    Cellulare | additionalPhones | 348 1122334 | 339 5566778 |
    Fax | - | 051 234568 | |
    Email | email | info@idraulicaferri.example.it | chiara@studiomarchetti.example.it | dolcevita@example.it
    # PEC is the contact's certified email address: another email of theirs, additional.
    Pec | additionalEmails | idraulicaferri@pec.example.it | marchetti@pec.example.it |
    Sito web | website | www.idraulicaferri.example.it | | www.dolcevita.example.it
    Codice fiscale | - | 02345670373 | MRCCHR80A41F257T | 01987650355
    Data di nascita | dateOfBirth | | 01/01/1980 |
    Luogo di nascita | - | | Modena |
    Sesso | - | | F |
    Partita IVA | - | 02345670373 | 03456780365 | 01987650355
    Codice IBAN | - | IT60X0542811101000000123456 | |
    Note | - | Cliente storico | | Consegne il martedì
    Nazione | country | IT | IT | IT
    # The agent following the client is the user it is assigned to: the Contact owner.
    Agente | owner | Marco Bassi | Marco Bassi | Elena Riva
    Pagamento predefinito | - | Bonifico 30gg DF | Rimessa diretta | RiBa 60gg
    Tipo di anagrafica | - | Cliente | Cliente | Cliente
    Tipologia | - | Azienda | Privato | Azienda
    Split payment | - | 0 | 0 | 0
    Settore merceologico | - | Impiantistica | Servizi | Alimentare
  `),
];
