// The fourteenth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French, Italian and English files; the other half, corpus-heldout14a.ts, holds the rest): 52 header sets (a 53rd, a
// second client format from the same guide, was dropped: the corpus test asks each set for a source of its own; 11
// Portuguese sets left), 12 Spanish, 11 Portuguese, 12 French, 10 Italian, 7 English; 1 file without a
// header row, 1 with a comment line above it; 6 sets of 21 to 45 columns and one of 62) from sources none of the other
// parts use, found in the public code index (CSV templates and import guides, export writers, database dumps, data
// models of member, client and player records) with the `search` and `find_string` tools and written down, with the
// mapping a careful person would choose by the field definitions and the rules, BEFORE the mapper was
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
  set({ id: 'es-do-iglesia-persona-ficha-wide', kind: 'Dominican church\'s member file, mixed-case model (41 columns: photo, gender, names, home and mobile phones, email, id document, birth data, residence, civil status, children, profession, employer and work phone, conversion and baptism dates, previous church, pastor, ministries, goals, studies)', lang: 'es', defaultCountry: 'DO', source: 'github:severino1/AplicaccionBlazor Data/Persona.cs (a church member record class, C#)' }, `
    PersonaId | externalId | 101 | 102 | 115
    img | - | fotos/101.jpg | fotos/102.jpg |
    genero | - | Femenino | Masculino | Femenino
    nombre | firstName | Yokasta | Ramón Antonio | Altagracia
    apellido | lastName | Peña Rosario | De los Santos | Mejía
    # An untyped phone beside a mobile: the first is the main phone, the mobile an additional one.
    telefonoPer | phone | 809-555-1234 | 809-555-8876 |
    celular | additionalPhones | 829-555-4321 | 849-555-1100 | 809-555-2233
    correo | email | yokasta.pena@example.com | ramon.dlsantos@example.com | altagracia.m@example.com
    TipoDocumento | - | Cédula | Cédula | Pasaporte
    DocuIdentidad | - | 001-1234567-8 | 402-7654321-0 | RD1234567
    fechaNacimiento | dateOfBirth | 1984-06-15 | 1977-02-28 | 1990-10-09
    PaisNacimiento | - | República Dominicana | República Dominicana | República Dominicana
    CiudadNacimiento | - | San Cristóbal | Santiago | La Vega
    PaisResidencia | country | República Dominicana | República Dominicana | República Dominicana
    CiudadResidencia | city | Santo Domingo Este | Santiago de los Caballeros | Santo Domingo
    Direccion | address1 | C/ Duarte #45, Los Mina | Av. Estrella Sadhalá 12 | C/ El Conde 102
    EstadoCivil | - | Casada | Casado | Soltera
    Hijos | - | 2 | 3 | 0
    Profesion | - | Contadora | Ingeniero | Estudiante
    NombreEmpresa | companyName | Banco Popular | Constructora Cibao | 
    Ocupacion | - | Analista | Supervisor de obra |
    # The employer's phone is a work phone of the person: additional.
    TelefonoEmp | additionalPhones | 809-555-5000 | 809-555-3030 |
    FechaConversion | - | 2005-03-20 | 1999-11-07 | 2012-08-15
    FechaBautismo | - | 2005-12-24 | 2000-04-23 | 2013-04-07
    FechaAceptado | - | 2006-01-15 | 2000-05-14 | 2013-05-05
    Denominacion | - | Evangélica | Evangélica | Evangélica
    NombreIglesia | - | Iglesia Cristiana Maranatha | Iglesia Cristiana Maranatha | Iglesia Cristiana Maranatha
    IglesiaAnterior | - | Iglesia Bautista Central | | Asamblea de Dios La Vega
    NombrePastor | - | Pastor Julio Vargas | Pastor Julio Vargas | Pastora Ana Reyes
    Disciplinado | - | No | No | No
    Causas | - | | |
    Funciones | - | Diaconisa | Ujier | Coro
    # Ministries the member serves in are groups they belong to: Tags.
    Ministerios | tags | Damas; Escuela dominical | Caballeros | Jóvenes; Alabanza
    MinisterioMayorFruto | - | Escuela dominical | Caballeros | Alabanza
    MinisterioLlamado | - | Enseñanza | Servicio | Música
    Metas | - | Formar maestros | | Dirigir el coro
    Respaldo | - | Sí | Sí | Sí
    NivelEstudio | - | Universitario | Universitario | Secundaria
    ExpulsadoIns | - | No | No | No
    Razon | - | | |
  `),
  set({ id: 'es-iglesia-miembro-comando-pascal', kind: 'church member form\'s create-or-update command, PascalCase JSON (id, email, creating and modifying user ids, baptism, conversion and birth dates, first attendance, two numbered phones, name, surname, profession, address, gender, civil status)', lang: 'es', source: 'github:jospol95/ibm_form src/app/modulos/form/models/create-or-update-miembro-command.ts (a church member command, TypeScript)' }, `
    Id | externalId | 34 | 35 | 41
    Email | email | lucia.ortega@example.com | pmartinez@example.com | dfigueroa@example.com
    UsuarioCreacion | - | 2 | 2 | 5
    IdUsuarioModificacion | - | 2 | 5 | 5
    FechaBautismo | - | 2015-06-14T00:00:00 | 2009-04-12T00:00:00 |
    FechaConversion | - | 2014-11-02T00:00:00 | 2008-09-21T00:00:00 | 2021-02-07T00:00:00
    FechaNacimiento | dateOfBirth | 1988-03-19T00:00:00 | 1972-12-01T00:00:00 | 1995-07-30T00:00:00
    FechaPrimeraVezCongregado | - | 2014-10-05T00:00:00 | 2008-08-17T00:00:00 | 2021-01-10T00:00:00
    Telefono1 | phone | (787) 555-0142 | (787) 555-0198 | (939) 555-0117
    Telefono2 | additionalPhones | (787) 555-0160 | | 
    Nombre | firstName | Lucía | Pedro | Daniela
    Apellido | lastName | Ortega | Martínez Cruz | Figueroa
    Profesion | - | Enfermera | Mecánico | Maestra
    Direccion | address1 | Calle Luna 204, Bayamón | Urb. Las Lomas, Calle 3 #15, San Juan | Carr. 2 km 12, Toa Baja
    Genero | - | F | M | F
    EstadoCivil | - | Casada | Casado | Soltera
  `),
  set({ id: 'es-parroquia-feligreses-clase', kind: 'parish\'s parishioners register, PascalCase record (name, surname, document type and number, birth date, entry date, sex, baptised, civil status, confirmation, communion, ashes and attendance counts)', lang: 'es', source: 'github:Javier13g/ExerciseCsharpDS3 Ejercicio5/Feligreses.cs (a parishioners class, C#)' }, `
    Nombre | firstName | Rosa María | Juan Carlos | Esperanza
    Apellido | lastName | Valdez | Herrera | Cabrera
    TipoDocumento | - | 1 | 1 | 2
    Documento | - | 001-0987654-3 | 031-1234567-8 | PA4455667
    FechaNacimiento | dateOfBirth | 12/04/1961 | 03/09/1985 | 27/01/1993
    FechaIngreso | - | 15/08/1990 00:00:00 | 02/02/2010 00:00:00 | 19/03/2018 00:00:00
    Sexo | - | F | M | F
    Bautizado | - | True | True | False
    EstadoCivil | - | Viuda | Casado | Soltera
    Confirmacion | - | True | False | False
    CantidadComunion | - | 52 | 12 |
    CantidadCeniza | - | 30 | 4 |
    CantidadAsistencia | - | 48 | 20 | 6
  `),
  set({ id: 'es-co-pastores-corporacion-modelo', kind: 'Colombian church corporation\'s pastors register, lower-camel model (cédula, name, contact phone, email, address, birth date, dates of joining and first contribution, temple code, congregation, district, pastor status and class)', lang: 'es', defaultCountry: 'CO', source: 'github:Vanesh4/CRUD.netCore WebApplication2/Models/MPastores.cs (a pastors model, C#)' }, `
    cedula | - | 79845123 | 52367981 | 1020456789
    nombre | name | Hernando Castaño Ruiz | Gloria Patricia Ospina | Andrés Felipe Rojas
    # "contacto" holds the pastor's phone number.
    contacto | phone | 310 456 7890 | 315 222 3344 | 601 745 1200
    email | email | hcastano@example.com.co | gloria.ospina@example.com | afrojas@example.co
    direccion | address1 | Cra 15 # 45-20, Bogotá | Cl 10 # 5-33, Tunja | Av 30 de Agosto # 68-12, Pereira
    fechaNacimiento | dateOfBirth | 1965-08-22 | 1972-01-15 | 1988-11-03
    fechaInicioCorpentunida | - | 2001-02-01 | 2008-07-15 | 2019-03-01
    fechaPrimerAporte | - | 2001-03-05 | 2008-08-05 | 2019-04-05
    codTemplo | - | 112 | 207 | 315
    nombreCongregacion | - | Iglesia Pentecostal Unida Chapinero | IPU Tunja Centro | IPU Pereira Cuba
    # The district is the church's administrative region, not the pastor's address: not imported.
    distrito | - | Distrito 3 | Distrito 7 | Distrito 12
    estadoPastor | - | Activo | Activo | Jubilado
    clasePastor | - | Titular | Asistente | Titular
  `),
  set({ id: 'es-ar-quiropraxia-pacientes-exportar-csv', kind: 'Argentine chiropractic agenda\'s patients CSV export, the columns its guide lists (17: name, surname, phone, email, birth date, computed age, gender, reason for consultation, history, medication, allergies, diagnosis, treatment plan, medical remarks, notes, registered and updated dates)', lang: 'es', defaultCountry: 'AR', source: 'github:cocomeza/quiro-agendaweb docs/features/GUIA_EXPORTAR_PACIENTES.md (the patients export guide, Markdown)' }, `
    Nombre | firstName | Marcela | Hugo | Valentina
    Apellido | lastName | Giménez | Pereyra | Sosa
    Teléfono | phone | 3364 55-1234 | 11 5432-9876 | 3364 40-2211
    Email | email | marce.gimenez@example.com.ar | hugo.pereyra@example.com | valen.sosa@example.com
    Fecha de Nacimiento | dateOfBirth | 14/02/1979 | 30/06/1962 | 08/11/2001
    Edad | - | 46 | 63 | 24
    Género | - | Femenino | Masculino | Femenino
    Motivo de Consulta | - | Lumbalgia | Cervicalgia | Postura
    Antecedentes Médicos | - | Hernia L5-S1 | Hipertensión |
    Medicamentos Actuales | - | Ibuprofeno | Enalapril |
    Alergias | - | | Penicilina |
    Diagnóstico | - | Subluxación lumbar | Rigidez cervical | Escoliosis leve
    Plan de Tratamiento | - | 8 sesiones | 6 sesiones | 10 sesiones
    Observaciones Médicas | - | Evitar cargas | | Control en 3 meses
    Notas | - | Prefiere turnos por la tarde | |
    Fecha de Registro | - | 02/03/2025 | 15/04/2025 | 20/05/2025
    Última Actualización | - | 10/06/2025 | 15/04/2025 | 01/07/2025
  `),
  set({ id: 'es-ar-kinesiologia-pacientes-modelo', kind: 'Argentine physiotherapy practice\'s patients model (id, DNI, name, surname, locality, address, phone, remarks, clinical record number, health insurer id, member number, professional id, created at)', lang: 'es', defaultCountry: 'AR', source: 'github:dielop/kinesiologia-web cliente/src/app/models/pacientes.ts (the patient model, TypeScript)' }, `
    id | externalId | 58 | 59 | 72
    dni | - | 28456123 | 35111987 | 17654321
    nombre | firstName | Silvina | Matías | Roberto
    apellido | lastName | Acosta | Ledesma | Quiroga
    localidad | city | Villa María | Córdoba | Villa Nueva
    direccion | address1 | Bv. España 1234 | Av. Colón 560, 4° B | San Martín 88
    telefono | phone | 0353 15-456-7890 | 351 612-3344 | 0353 452-1188
    observaciones | - | Post operatorio rodilla | | Derivado por traumatólogo
    h_clinica | - | HC-0058 | HC-0059 | HC-0072
    id_obrasocial | - | 3 | 1 | 7
    # The member number is the patient's number at the health insurer, not an id of this contact: not imported.
    nro_afiliado | - | 150234567801 | 60012345 | 1500987654
    # The treating professional is the practitioner the patient is assigned to: the Contact owner, written as an id.
    id_profesionales | owner | 2 | 2 | 4
    created_at | - | 2024-03-11T10:15:00.000Z | 2024-03-12T16:40:00.000Z | 2024-05-02T09:05:00.000Z
  `),
  set({ id: 'es-bo-odontologia-importar-pacientes', kind: 'Bolivian dental practice\'s patient import row, camelCase (affiliation date, paternal and maternal surnames, first and second names, birth date and place, identity card, address, phone, mobile, email, referred by, reason, allergies)', lang: 'es', defaultCountry: 'BO', source: 'github:acreedx/proyecto-ortiz-nosiglia app/(private)/area-administrativa/configuracion/models/import-patient.tsx (the patient import type, TSX)' }, `
    fechaFiliacion | - | 2023-02-14 | 2023-05-30 | 2024-01-08
    # Two surname columns: the paternal one is the Last name; the maternal one is not imported (one field holds it).
    apellidoPaterno | lastName | Quispe | Mamani | Gutiérrez
    apellidoMaterno | - | Choque | Flores | Rocha
    primerNombre | firstName | Juan | Ana | Carla
    segundoNombre | - | Carlos | María | 
    fechaDeNacimiento | dateOfBirth | 1986-09-12 | 1992-03-04 | 2001-12-19
    lugarDeNacimiento | - | La Paz | Oruro | Cochabamba
    carnetDeIdentidad | - | 4567891 LP | 7654321 OR | 9123456 CB
    direccion | address1 | Av. 6 de Agosto 2450, Sopocachi | Calle Jaén 18 | Av. Ballivián 1020, Calacoto
    telefono | phone | 2 2412345 | 2 2456789 | 2 2798812
    celular | additionalPhones | 71234567 | 76543210 | 60112233
    email | email | jcquispe@example.com | ana.mamani@example.com | carla.gr@example.com
    referidoPor | source | Dr. Ortiz | Facebook | Familiar
    motivoDeConsulta | - | Limpieza | Ortodoncia | Dolor molar
    alergias | - | Ninguna | Látex |
  `),
  set({ id: 'es-cl-centro-medico-paciente-interfaz', kind: 'Chilean medical centre\'s patient record, snake_case JSON (name, surname, RUT, social name, birth, phone, email, sex, gender, nationality, region, comuna, address, indigenous people, health insurer, CESFAM, birth date)', lang: 'es', defaultCountry: 'CL', source: 'github:violetaElCactus/CentroMedico-Front src/app/interfaces/paciente.ts (the patient interface, TypeScript)' }, `
    nombre | firstName | Javiera | Cristóbal | Fernanda
    apellido | lastName | Contreras | Valenzuela | Soto
    rut | - | 18.456.789-2 | 12.345.678-5 | 20.111.222-K
    nombre_social | - | | | Fer
    # "nacimiento" holds the birth date as the form sends it; "fecha_nacimiento" at the end repeats it as text.
    nacimiento | dateOfBirth | 1994-05-17T00:00:00.000Z | 1971-10-02T00:00:00.000Z | 2000-01-23T00:00:00.000Z
    telefono | phone | +56 9 6123 4567 | +56 9 8877 6655 | +56 2 2456 7788
    correo_electronico | email | javiera.c@example.cl | cvalenzuela@example.com | fer.soto@example.cl
    sexo | - | Femenino | Masculino | Femenino
    genero | - | Femenino | Masculino | No binario
    nacionalidad | - | Chilena | Chilena | Chilena
    region | state | Valparaíso | Metropolitana | Biobío
    comuna | city | Viña del Mar | Maipú | Talcahuano
    direccion | address1 | 5 Norte 1020, depto 304 | Pasaje Los Aromos 456 | Colón 3320
    pueblo_originario | - | No | No | Mapuche
    prevision | - | FONASA B | ISAPRE | FONASA A
    cesfam | - | CESFAM Gómez Carreño | CESFAM Maipú | CESFAM Los Cerros
    fecha_nacimiento | - | 17-05-1994 | 02-10-1971 | 23-01-2000
  `),
  set({ id: 'pt-br-condominio-apartamentos-moradores-csv', kind: 'Brazilian condominium app\'s flats import CSV (flat number, block, residents separated by semicolons, WhatsApp phone with country code)', lang: 'pt', defaultCountry: 'BR', source: 'github:evomynd/app-condominio IMPORTACAO_CSV.md (the flats import guide\'s model, Markdown)' }, `
    # "id" is the flat's number, not an id of the person: not imported. The residents cell may hold several names; it
    # still names the contact: the Name.
    id | - | 101 | 102 | 201
    block | - | A | A | B
    residents | name | Joana Pereira | Marcos Lima; Paula Lima | Ricardo Alves
    phone | phone | 5511987654321 | 5511976543210 | 5511965432109
  `),
  set({ id: 'pt-br-labmedical-paciente-modelo', kind: 'Brazilian clinic app\'s patient record, camelCase (id, name, gender, birth date, CPF, RG, issuing body, civil status, phone, email, birthplace, emergency contact, allergies, care notes, health plan, plan number and validity)', lang: 'pt', defaultCountry: 'BR', source: 'github:Osnei-Luzia/LABMedical labMedical/src/app/models/paciente.ts (the patient model, TypeScript)' }, `
    id | externalId | 7f3a9c21 | 8b4d0e32 | 9c5e1f43
    nome | name | Beatriz Carvalho Nunes | Eduardo Martins | Helena Rocha Dias
    genero | - | Feminino | Masculino | Feminino
    dataNascimento | dateOfBirth | 1987-09-03 | 1969-01-22 | 2003-06-11
    cpf | - | 123.456.789-09 | 987.654.321-00 | 456.789.123-45
    rg | - | 12.345.678-9 | 98.765.432-1 | 45.678.912-3
    orgEx | - | SSP/SC | SSP/SP | SSP/SC
    estadoCivil | - | Casada | Divorciado | Solteira
    telefone | phone | (48) 99123-4567 | (11) 98765-4321 | (48) 3222-1100
    email | email | beatriz.nunes@example.com.br | eduardo.martins@example.com | helena.dias@example.com
    naturalidade | - | Florianópolis | São Paulo | Joinville
    # The emergency contact's phone: never the patient's.
    contato | - | (48) 99988-7766 | (11) 97766-5544 | (48) 98877-6655
    alergias | - | Dipirona | | Lactose
    cuidados | - | Hipertensa | Diabético |
    convenio | - | Unimed | Bradesco Saúde | SUS
    convenioNumero | - | 0012345678900 | 778899001 |
    convenioValidade | - | 2026-12-31 | 2025-08-31 |
  `),
  set({ id: 'pt-br-cadastro-pacientes-prontuario', kind: 'Brazilian patient register, lower-case camel fields (id, medical record number, first name, surname, birth date, gender code, CPF, RG and its state, email, mobile, landline, health plan, card number and validity)', lang: 'pt', defaultCountry: 'BR', source: 'github:newsbruno/cadastro-pacientes admin/cadastro-pacientes/src/app/models/paciente.model.ts (the patient model, TypeScript)' }, `
    id | externalId | 1021 | 1022 | 1035
    prontuario | - | PR-000481 | PR-000482 | PR-000495
    nome | firstName | Larissa | Fernando | Camila
    sobrenome | lastName | Teixeira Gomes | Barbosa | Moreira
    dataNascimento | dateOfBirth | 14/08/1991 | 05/02/1958 | 22/12/2010
    genero | - | 2 | 1 | 2
    cpf | - | 11122233344 | 55566677788 | 99988877766
    rg | - | 332211445 | 123987654 | 556677889
    ufRG | - | MG | MG | RJ
    email | email | larissa.tg@example.com | fbarbosa@example.com.br | camila.moreira@example.com
    # Typed phones only: the mobile is the main phone, the landline additional.
    celular | phone | (31) 99876-5432 | (31) 98123-4567 | (21) 99654-3210
    telefonefixo | additionalPhones | (31) 3344-5566 | (31) 3221-0099 |
    convenio | - | Amil | Unimed BH | Particular
    carteirinhaconvenio | - | 0987654321 | 1122334455 |
    validadecarteirinha | - | 31/03/2026 | 30/11/2025 |
  `),
  set({ id: 'pt-br-medagenda-paciente-tipo', kind: 'Brazilian appointment app\'s patient type (id, full name, email, phone, emergency phone, CPF, birth date, blood group, sex, CEP, neighbourhood, city, state, address)', lang: 'pt', defaultCountry: 'BR', source: 'github:gleicezinha/MedAgenda medagendaapp/src/app/models/paciente.model.ts (the patient type, TypeScript)' }, `
    id | externalId | 310 | 311 | 318
    nomeCompleto | name | Rafael Souza Lima | Tatiane Oliveira | Gustavo Henrique Prado
    email | email | rafael.lima@example.com | tati.oliveira@example.com.br | ghprado@example.com
    telefone | phone | (62) 99812-3344 | (62) 98123-7788 | (64) 99234-5566
    # The emergency phone is someone else's: never the patient's.
    telefoneEmergencial | - | (62) 99700-1122 | (62) 98444-5566 | (64) 99888-7766
    cpf | - | 321.654.987-00 | 654.987.321-11 | 987.321.654-22
    dataNascimento | dateOfBirth | 1990-04-18 | 1983-11-30 | 1975-07-07
    grupoSanguineo | - | O+ | A- | B+
    sexo | - | M | F | M
    cep | postalCode | 74015-010 | 74230-020 | 75901-110
    bairro | - | Setor Central | Setor Bueno | Centro
    cidade | city | Goiânia | Goiânia | Rio Verde
    estado | state | GO | GO | GO
    endereco | address1 | Rua 4, 515 | Av. T-10, 1200, apto 502 | Rua Costa Gomes, 88
  `),
  set({ id: 'pt-br-formulario-aluno-responsavel', kind: 'Brazilian course enrolment form\'s student record, camelCase (id, name, birth date, WhatsApp, email, CPF, then the guardian\'s name, relationship, WhatsApp, CPF and email for minors)', lang: 'pt', defaultCountry: 'BR', source: 'github:Guilhermeb-Ferrarezi/formulario apps/api/src/models/aluno.model.ts (the student type, TypeScript)' }, `
    id | externalId | 51 | 52 | 60
    nome | name | Vitória Santos | Pedro Henrique Costa | Isabela Ramos
    dataNascimento | dateOfBirth | 2009-03-15 | 2001-10-28 | 2010-07-02
    whatsapp | phone | (17) 99123-4455 | (17) 98222-3311 | (17) 99711-0022
    email | email | vitoria.s@example.com | pedrohc@example.com | isa.ramos@example.com
    cpf | - | 111.444.777-35 | 222.555.888-46 | 333.666.999-57
    # The guardian's columns: a parent's, never the student's.
    responsavelNome | - | Cláudia Santos | | Marcelo Ramos
    responsavelGrauParentesco | - | Mãe | | Pai
    responsavelWhatsapp | - | (17) 99654-1122 | | (17) 98877-3344
    responsavelCpf | - | 444.777.111-68 | | 555.888.222-79
    responsavelEmail | - | claudia.santos@example.com | | marcelo.ramos@example.com
  `),
  set({ id: 'pt-pt-primavera-clientes-portal', kind: 'Portuguese distributor\'s client list from its Primavera ERP as its portal reads it, PascalCase (code, name, address, postcode, postcode locality, locality, zone and its description, salesperson, payment terms, credit limit)', lang: 'pt', defaultCountry: 'PT', source: 'github:manuelcralves/FEUP-PI fbc-portal_cs/src/app/shared/interfaces/cliente.ts (the ERP client interface, TypeScript)' }, `
    Codigo | externalId | C0001 | C0002 | C0147
    Nome | name | Supermercado Avenida, Lda. | Farmácia Central do Porto | Restaurante O Moliceiro
    Morada | address1 | Av. da Boavista, 1200 | Rua de Santa Catarina, 311 | Cais dos Botirões, 12
    CodPostal | postalCode | 4100-112 | 4000-447 | 3800-141
    # The postcode's locality (the post-office town) is the city; "Localidade" beside it is the village or parish.
    LocalidadeCodPostal | city | Porto | Porto | Aveiro
    Localidade | - | Boavista | Bonfim | Glória
    Zona | - | 01 | 01 | 03
    ZonaDescricao | - | Grande Porto | Grande Porto | Centro
    # The salesperson assigned to the client is the Contact owner.
    Vendedor | owner | 12 | 12 | 7
    CondPag | - | 30D | PP | 60D
    LimiteCredito | - | 5000 | 2500 | 0
  `),
  set({ id: 'pt-br-importar-alunos-sala', kind: 'Brazilian school admin\'s student import sheet, as its upload page asks for it (name, email, enrolment number, password, room)', lang: 'pt', defaultCountry: 'BR', source: 'github:AlunoKaua/CRUDS_PHP app/views/admin/importar_alunos.php (the student import page, PHP)' }, `
    nome | name | Lucas Andrade | Mariana Freitas | Gabriel Nogueira
    email | email | lucas.andrade@example.edu.br | mariana.freitas@example.edu.br | gabriel.n@example.edu.br
    # The school's enrolment number is the student's id there: the External ID.
    matrícula | externalId | 2024001 | 2024002 | 2024015
    senha | - | Troca@123 | Troca@123 | Troca@123
    sala | - | 3A | 3A | 2B
  `),
  // ---------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-crm-prospects-exemple-csv', kind: 'French small-business CRM\'s prospects import example CSV (name, email, phone, company, status, notes, address, postcode, town, created and updated dates)', lang: 'fr', defaultCountry: 'FR', source: 'index:19953317525 (a prospects import API\'s documentation quoting its sample CSV, Markdown)' }, `
    Nom | name | Bruno Lemaire | Chloé Martin | Karim Haddad
    Email | email | bruno.lemaire@example.fr | chloe.martin@example.com | k.haddad@example.fr
    Téléphone | phone | 06 23 45 67 89 | 01 42 33 44 55 | 07 66 55 44 33
    Entreprise | companyName | Lemaire Menuiserie | Atelier Martin | Haddad Conseil
    Statut | - | Prospect | Actif | Inactif
    Notes | - | Rappeler en septembre | Client régulier |
    Adresse | address1 | 4 rue des Lilas | 18 boulevard Voltaire | 27 cours Lafayette
    Code Postal | postalCode | 44000 | 75011 | 69003
    Ville | city | Nantes | Paris | Lyon
    Date de Création | - | 2024-11-05 | 2024-03-01 | 2025-01-17
    Dernière Mise à Jour | - | 2025-02-10 | 2025-06-10 | 2025-01-17
  `),
  set({ id: 'fr-enseignant-export-eleves-identifiants', kind: 'French teaching app\'s pupils export, semicolon CSV (surname, first name, mail, login, password)', lang: 'fr', defaultCountry: 'FR', source: 'github:QLenoir/Application-GMP interaNotes/include/pages/enseignant_exportElevesCSV.inc.php (the pupils export, PHP)' }, `
    Nom | lastName | Dupuis | Morel | Faure
    Prénom | firstName | Lina | Hugo | Jade
    Mail | email | lina.dupuis@example.fr | hugo.morel@example.fr | jade.faure@example.fr
    # The login is the pupil's account name in the app, an id of theirs elsewhere: the External ID.
    Identifiant | externalId | ldupuis | hmorel | jfaure
    Mot de passe | - | x7Kp2qLm | R4tz9VwA | m3Qe8sNd
  `),
  set({ id: 'fr-sn-ecole-import-eleves-excel', kind: 'Senegalese school app\'s pupils import sheet (surname, first name, birth date, sex, class, registration number, parent\'s surname, first name and phone)', lang: 'fr', defaultCountry: 'SN', source: 'index:31837450273 (a school app\'s pupils import example, Markdown)' }, `
    Nom | lastName | Ndiaye | Sow | Faye
    Prénom | firstName | Awa | Moussa | Khady
    Date naissance | dateOfBirth | 03/09/2011 | 21/02/2010 | 14/06/2012
    Sexe | - | F | M | F
    Classe | - | 5ème B | 4ème A | 6ème C
    Matricule | externalId | MAT-2024-0312 | MAT-2023-1187 | MAT-2025-0045
    # The parent's columns: never the pupil's.
    Parent Nom | - | Ndiaye | Sow | Faye
    Parent Prénom | - | Ibrahima | Aminata | Cheikh
    Parent Tél | - | +221 77 123 45 67 | +221 76 234 56 78 | +221 70 345 67 89
  `),
  set({ id: 'fr-doctocare-collaborateurs-insert', kind: 'French healthcare group\'s staff directory loaded by an SQL insert (first name, surname, mail, mobile, legal entity, description, title, department), the literal "null" in empty cells', lang: 'fr', defaultCountry: 'FR', source: 'github:julienmorasin/doctocare insertions_donnees/instructions.sql (the staff insert\'s column list, SQL)' }, `
    prenom | firstName | Sandrine | Mehdi | Secrétariat
    nom | lastName | Roussel | Benali | Cardiologie
    mail | email | sandrine.roussel@example.fr | mehdi.benali@example.fr | secretariat-cardio@example.fr
    mobile | phone | 06 11 22 33 44 | null | null
    # The legal entity the staff member belongs to is the firm they work for: the Company.
    structure_juridique | companyName | Groupe Santé Ouest | Centre Dentaire Alpha | null
    description | - | null | null | null
    titre | - | Chirurgienne-dentiste | Opticien | null
    departement | - | dentaire | optique | Secrétariat
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-istituto-tracciato-alunni-classi', kind: 'Italian technical school\'s class-forming CSV record layout (surname, name, school number, tax code, desired classmate\'s tax code, sex, birth date, CAP, nationality, law 104 and 107 flags, previous class, chosen track, school year, cadastral code, exit grade, future class, description)', lang: 'it', defaultCountry: 'IT', source: 'github:marconivr/marconicc documentation/tracciato_record_csv.md (the CSV record layout, Markdown)' }, `
    Cognome | lastName | Ferrari | Esposito | Romano
    Nome | firstName | Matteo | Giulia | Davide
    matricola | externalId | 20231 | 20232 | 20248
    cf | - | FRRMTT09C12L781K | SPSGLI09H45L781P | RMNDVD10A01E349Z
    # Another pupil's tax code: not this contact's.
    desiderata | - | SPSGLI09H45L781P | | 
    sesso | - | M | F | M
    data_di_nascita | dateOfBirth | 12/03/2009 | 05/06/2009 | 01/01/2010
    cap | postalCode | 37135 | 37131 | 37069
    nazionalità | - | ITALIANA | ITALIANA | ROMENA
    legge_104 | - | | |
    legge_107 | - | | DSA |
    classe_precedente | - | 3B | 3A | 3C
    scelta_indirizzo | - | Informatica | Chimica | Elettronica
    anno_scolastico | - | 2016-2017 | 2016-2017 | 2016-2017
    codice_catastale | - | L781 | L781 | M172
    voto | - | 9 | 10 | 7
    classe_futura | - | 1AI | 1BC | 1AE
    descrizione | - | | Richiesta sezione B |
  `),
  set({ id: 'fr-escalade-export-membres-licences-wide', kind: 'French climbing club\'s members Excel export (28 columns: licence number, name, birth date, sex, nationality, address group, mobile and landline, courriel, the person to warn\'s name, phone and email, birth town and département, licence type, insurance and options)', lang: 'fr', defaultCountry: 'FR', source: 'index:11726116902 (a climbing club app\'s members export route, TypeScript)' }, `
    # The federation licence number is the member's id elsewhere: the External ID.
    Numéro de licence | externalId | 123456 | 234567 | 345678
    Nom | lastName | Garnier | Lopez | Perrin
    Prénom | firstName | Élodie | Nicolas | Inès
    Date de naissance | dateOfBirth | 14/05/1990 | 02/11/1984 | 29/08/2008
    Sexe | - | F | H | F
    Nationalité | - | FR | ES | FR
    Adresse | address1 | 15 rue Paul Bert | 3 impasse des Cerisiers | 42 avenue Jean Moulin
    Adresse complément | - | Bât. B | | Appt 12
    Code Postal | postalCode | 38000 | 38100 | 38400
    Ville | city | Grenoble | Grenoble | Saint-Martin-d'Hères
    Pays | country | FR | FR | FR
    # Typed phones only: the mobile is the main phone, the landline additional.
    Tel mobile | phone | 06 12 45 78 90 | 07 88 12 34 56 | 06 98 76 54 32
    Tel fixe | additionalPhones | 04 76 12 34 56 | | 04 76 98 76 54
    Courriel | email | elodie.garnier@example.fr | nicolas.lopez@example.com | ines.perrin@example.fr
    # "Pap": the person to warn in an emergency, never the member.
    Pap Nom | - | Garnier | Lopez | Perrin
    Pap Prénom | - | Julien | Sofia | Claire
    Pap Tel | - | 06 11 22 33 44 | 06 55 66 77 88 | 06 99 88 77 66
    Pap Courriel | - | julien.garnier@example.fr | | claire.perrin@example.fr
    Commune de naissance | - | Lyon | Valencia | Grenoble
    Département de naissance | - | 69 | 99 | 38
    Type Licence | - | Adulte | Adulte | Jeune
    Assurance | - | Base+ | Base | Base++
    Option Ski | - | OUI | NON | NON
    Option Slackline | - | NON | NON | OUI
    Option Trail | - | OUI | NON | NON
    Option VTT | - | NON | OUI | NON
    Assurance Complémentaire | - | IJ1 | | 
    Option Protection Agression | - | NON | NON | NON
  `),
  set({ id: 'fr-billard-joueurs-csv-sans-entete', kind: 'French billiards league app\'s players file, CSV without a header row as its guide shows it (licence, club, first name, surname, rankings in four game modes, two unnamed numbers, active flag)', lang: 'fr', defaultCountry: 'FR', noHeader: true, source: 'index:10078713002 (a billiards tournament app\'s CSV formats guide, Markdown)' }, `
    "" | externalId | 204518 K | 198234 P | 087654 C
    # The club the player plays for is a group they belong to: Tags.
    "" | tags | BILLARD CLUB ANTONY | BILLARD CLUB ANTONY | ACADEMIE BILLARD MASSY
    "" | firstName | PHILIPPE | NATHALIE | GERARD
    "" | lastName | ROUSSEAU | LEGRAND | FONTAINE
    "" | - | R1 | R3 | N3
    "" | - | R2 | NC | R1
    "" | - | NC | R3 | R1
    "" | - | NC | NC | R2
    "" | - | 711 | 712 | 715
    "" | - | 1 | 1 | 2
    "" | - | 1 | 1 | 0
  `),
  set({ id: 'fr-be-ordomedic-medecins-type', kind: 'Belgian health app\'s doctors directory type, fed from a Belgian doctors site (id, surname, first name, speciality, address, town, postcode, phone, INAMI number)', lang: 'fr', defaultCountry: 'BE', source: 'github:Madumtv/healthcentral src/lib/ordomedic/types.ts (the doctors directory type, TypeScript)' }, `
    id | externalId | om-10234 | om-10567 | om-11890
    nom | lastName | Dubois | Janssens | Lambert
    prenom | firstName | Marc | Sophie | Pierre
    specialite | - | Médecine générale | Pédiatrie | Cardiologie
    adresse | address1 | Rue de la Loi 42 | Avenue Louise 231 | Chaussée de Namur 8
    ville | city | Bruxelles | Ixelles | Gembloux
    codePostal | postalCode | 1040 | 1050 | 5030
    telephone | phone | 02 512 34 56 | 02 640 11 22 | 081 61 23 45
    # The INAMI number is the doctor's professional registration number, a national id: not imported.
    numeroInami | - | 1-23456-78-901 | 1-98765-43-210 | 1-11223-34-455
  `),
  set({ id: 'fr-medilabo-patients-modele', kind: 'French medical prevention app\'s patient model (id, first name, surname, birth date, gender, postal address, phone number)', lang: 'fr', defaultCountry: 'FR', source: 'github:barbarasamuel/samuel-barbara-medilabo angularmedilabo/src/app/models/patient.ts (the patient model, TypeScript)' }, `
    id | externalId | 1 | 2 | 3
    prenom | firstName | Aurélie | Thierry | Sylvie
    nom | lastName | Marchand | Blanc | Henry
    dateNaissance | dateOfBirth | 1966-12-31 | 1945-06-24 | 2004-06-18
    genre | - | F | M | F
    # A whole postal address in one cell is the address line.
    adressePostale | address1 | 12 rue des Acacias, 69003 Lyon | 5 place du Marché, 21000 Dijon | 27 allée des Tilleuls, 35000 Rennes
    numTel | phone | 04 78 12 34 56 | 03 80 65 43 21 | 06 45 12 78 90
  `),
  set({ id: 'fr-tn-fiche-patient-medecin', kind: 'Tunisian health app\'s patient file record (id, the doctor\'s surname, first name, speciality and address, then the patient\'s surname, first name, phone, email, birth date, social security number)', lang: 'fr', defaultCountry: 'TN', source: 'github:ajbounifiras/healthApp-frontend src/app/models/fiche-patient.model.ts (the patient file model, TypeScript)' }, `
    id | externalId | 18 | 19 | 27
    # The doctor's columns describe the practitioner, not the patient the file is about.
    nomDoctor | - | Ben Salah | Ben Salah | Trabelsi
    prenomDoctor | - | Karim | Karim | Leila
    specialiteDoctor | - | Cardiologue | Cardiologue | Pédiatre
    adresseDoctor | - | 12 avenue Habib Bourguiba, Tunis | 12 avenue Habib Bourguiba, Tunis | 5 rue de Marseille, Sfax
    nomPatient | lastName | Jaziri | Mansour | Gharbi
    prenomPatient | firstName | Amine | Salma | Youssef
    telephone | phone | 98 123 456 | 22 654 321 | 55 987 654
    email | email | amine.jaziri@example.tn | salma.mansour@example.com | y.gharbi@example.tn
    dateDeNaissance | dateOfBirth | 1978-04-09 | 1991-10-17 | 2015-02-03
    numeroSecuriteSociale | - | 12345678 | 87654321 | 11223344
  `),
  set({ id: 'fr-grufo-export-membres-xls-tab', kind: 'French association site\'s members export, tab-separated "xls" whose header is the database\'s field names (email, surname, first name, company, mailing-list flag, country, sign-up date)', lang: 'fr', defaultCountry: 'FR', source: 'github:ruffault/grufo-test1 adminew/export_membres.php (the members export, PHP)' }, `
    email | email | m.lefort@example.fr | anne.vidal@example.com | p.renaud@example.fr
    nom | lastName | Lefort | Vidal | Renaud
    prenom | firstName | Michel | Anne | Pascal
    societe | companyName | Lefort Ingénierie | | Renaud & Fils
    mailinglist | - | 1 | 0 | 1
    pays | country | France | Belgique | France
    inscr_date | - | 2019-04-12 | 2020-09-30 | 2018-01-15
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-rubrica-contatti-tipo-pascal', kind: 'Italian address book app\'s contact type, PascalCase (first name, surname, type, company name, address, civic number, CAP, city, province, country, email, phone number, international prefix, birthday)', lang: 'it', defaultCountry: 'IT', source: 'github:marquigi/quinto-progetto src/app/models/contatto.ts (the contact type, TypeScript)' }, `
    Nome | firstName | Francesca | Roberto | Sara
    Cognome | lastName | Greco | Lombardi | Barbieri
    Tipologia | - | Privato | Azienda | Privato
    RagioneSociale | companyName | | Lombardi Trasporti Srl |
    Indirizzo | address1 | Via Garibaldi | Via dell'Industria | Corso Vittorio Emanuele
    Ncivico | - | 14 | 3 | 120
    CAP | postalCode | 80134 | 70123 | 90133
    Citta | city | Napoli | Bari | Palermo
    Provincia | state | NA | BA | PA
    Nazione | country | Italia | Italia | Italia
    Email | email | francesca.greco@example.it | r.lombardi@example.it | sara.barbieri@example.com
    Ntelefonico | phone | 3331234567 | 0805551234 | 3479876543
    # The international prefix in a column of its own, like an area code: not imported.
    PreInt | - | 39 | 39 | 39
    Compleanno | dateOfBirth | 19880412 | 19750903 | 19921127
  `),
  set({ id: 'it-ordini-clienti-interfaccia-sdi', kind: 'Italian order management app\'s client interface (id, legal name, VAT number, tax code, SDI code, PEC, address, CAP, locality, province, phone, email, goods destination)', lang: 'it', defaultCountry: 'IT', source: 'github:GosuMania/order-management-fe src/app/interfaces/ICliente.ts (the client interface, TypeScript)' }, `
    id | externalId | 41 | 42 | 57
    ragioneSociale | companyName | Calzature Moretti Srl | Boutique Elena di Riva Elena | Ferramenta Colombo snc
    piva | - | 01234560437 | 02345670439 | 03456780431
    codiceFiscale | - | 01234560437 | RVILNE75D41E783K | 03456780431
    codiceSdi | - | USAL8PV | 0000000 | M5UXCR1
    # PEC is the client's certified email: another of their email addresses.
    pec | additionalEmails | moretti@pec.example.it | elenariva@pec.example.it | colombo@pec.example.it
    indirizzo | address1 | Via Roma 45 | Corso Cavour 12 | Via Matteotti 7
    cap | postalCode | 62012 | 62100 | 63900
    localita | city | Civitanova Marche | Macerata | Fermo
    provincia | state | MC | MC | FM
    telefono | phone | 0733 812345 | 0733 234567 | 0734 221100
    email | email | ordini@calzaturemoretti.example.it | info@boutiqueelena.example.it | colombo.ferramenta@example.it
    # The goods destination is a shipping address: never.
    destionazioneMerce | - | Magazzino, Via dell'Artigianato 3, Civitanova Marche | | Via Matteotti 7, Fermo
  `),
  set({ id: 'it-energia-clienti-contatto-referente', kind: 'Italian energy reseller\'s business clients record, camelCase and in alphabetical order (contact person\'s surname, insertion and last contact dates, company email, contact\'s email, annual turnover, id, contact\'s first name, VAT number, PEC, legal name, company phone, contact\'s phone, client type)', lang: 'it', defaultCountry: 'IT', source: 'github:gerdiley/BW2BE epicEnergyService-master/src/app/model/cliente.ts (the client model, TypeScript)' }, `
    # The record is a firm with its contact person: the person is the contact, the firm's name the Company; the
    # person's own email and phone are the main ones, the firm's switchboard and mailbox additional.
    cognomeContatto | lastName | Vitale | Sartori | Bellini
    dataInserimento | - | 2023-01-15 | 2023-04-02 | 2024-02-20
    dataUltimoContatto | - | 2025-05-10 | 2025-03-28 | 2025-06-01
    email | additionalEmails | info@vitalesrl.example.it | amministrazione@sartori.example.it | info@bellinispa.example.it
    emailContatto | email | a.vitale@vitalesrl.example.it | m.sartori@sartori.example.it | g.bellini@bellinispa.example.it
    fatturatoAnnuale | - | 1250000 | 480000 | 9800000
    id | externalId | 101 | 102 | 131
    nomeContatto | firstName | Andrea | Marta | Giorgio
    partitaIva | - | 04567890123 | 05678901234 | 06789012345
    pec | - | vitalesrl@pec.example.it | sartori@pec.example.it | bellinispa@pec.example.it
    ragioneSociale | companyName | Vitale Srl | Sartori Arredamenti Srl | Bellini SpA
    telefono | additionalPhones | 02 4567890 | 045 8001122 | 051 6400100
    telefonoContatto | phone | 347 5551234 | 339 2223344 | 335 6677889
    tipoCliente | - | SRL | SRL | SPA
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-ca-motorcycle-club-active-members-extra', kind: 'Canadian motorcycle club\'s "Active Members Extra" export from its membership platform, snake_case (62 columns: member number, names, primary and alternative address groups, phones, login, work details, membership dates and type, spouse, sponsor, chapter, birth date, newsletter and email permissions, emergency contact, pronouns, auto-renewal, last login)', lang: 'en', defaultCountry: 'CA', source: 'github:ve2caz/bmwmcottawa-analytics references/01-ActiveMembersExtra-Schema.md (the export\'s column schema, Markdown)' }, `
    member_number | externalId | 1042 | 1187 | 1203
    first_name | firstName | Daniel | Marie-Claude | Priya
    last_name | lastName | Fraser | Gagné | Raman
    primary_email | email | dfraser@example.ca | mcgagne@example.com | priya.raman@example.ca
    address1 | address1 | 245 Bank St | 18 rue Laurier | 77 Greenbank Rd
    address2 | - | Unit 4 | | 
    city | city | Ottawa | Gatineau | Nepean
    state | state | ON | QC | ON
    zip | postalCode | K2P 1X2 | J8X 3V5 | K2H 8R1
    country | country | Canada | Canada | Canada
    phone | phone | 613-555-0142 | 819-555-0177 | 613-555-0198
    cell_phone | additionalPhones | 613-555-0143 | 819-555-0120 |
    fax | - | | |
    login_name | - | dfraser | mcgagne | praman
    middle_initial | - | J | | K
    nickname | - | Dan | | 
    alt_address1 | - | | 1200 ch. du Lac | 
    alt_address2 | - | | | 
    alt_city | - | | Val-des-Monts | 
    alt_state | - | | QC | 
    alt_zip | - | | J8N 2K4 | 
    alt_country | - | | Canada | 
    alt_phone | - | | 819-555-0199 | 
    work_title | - | Engineer | | Physician
    work_company | companyName | Nokia | | The Ottawa Hospital
    work_phone | additionalPhones | 613-555-0400 | | 613-555-0700
    date_joined | - | 2012-04-01 | 2018-06-15 | 2021-03-20
    date_expired | - | 2026-03-31 | 2025-12-31 | 2026-03-31
    personal_website | website | https://dfraser.example.ca | | 
    status | - | Active | Active | Active
    membership_type | - | Full | Family | Full
    salutation | - | Mr. | Mrs. | Dr.
    spouse_first_name | - | | Luc | 
    spouse_last_name | - | | Gagné | 
    primary_member | - | Yes | Yes | Yes
    sponsor_name | - | | Daniel Fraser | 
    # The chapter is the club branch the member belongs to: a group, Tags.
    chapter | tags | Ottawa | Outaouais | Ottawa
    last_renewal_date | - | 2025-03-02 | 2025-01-10 | 2025-03-18
    secondary_type_name | - | | Associate | 
    date_of_birth | dateOfBirth | 1971-08-19 | 1980-02-04 | 1986-11-23
    spouse_birthday | - | | 1978-07-30 | 
    anniversary | - | | 2004-09-18 | 
    toll_free_phone | - | | | 
    date_modified | - | 2025-03-02 14:22:10 | 2025-01-10 09:05:44 | 2025-03-18 18:40:03
    member_level | - | Gold | Silver | Bronze
    use_alt_address | - | No | No | No
    allow_club_email | - | Yes | Yes | No
    printed_newsletter | - | No | Yes | No
    visibility | - | Members | Members | Private
    mailing_name | - | Daniel Fraser | Marie-Claude & Luc Gagné | Dr. Priya Raman
    gender | - | M | F | F
    primary_member_name | - | | | 
    primary_member_number | - | | | 
    agreed_to_privacy_terms | - | Yes | Yes | Yes
    allow_marketing | - | No | Yes | No
    emergency_contact_name | - | Karen Fraser | Luc Gagné | Arjun Raman
    emergency_contact_relationship | - | Spouse | Spouse | Brother
    emergency_contact_phone | - | 613-555-0144 | 819-555-0121 | 613-555-0155
    emergency_contact_email | - | karen.fraser@example.ca | luc.gagne@example.com | arjun.raman@example.com
    pronoun_name | - | he/him | elle | she/her
    automatic_renewal_opt_in | - | Yes | No | Yes
    last_login_datetime | - | 2025-05-30 20:11:00 | 2025-04-02 07:45:12 | 2025-06-01 12:00:33
  `),
  set({ id: 'en-chess-club-member-grpc-type', kind: 'chess club service\'s member type (random id, first, last, email, password, cell, rating, status flag)', lang: 'en', source: 'github:RodrigoMattosoSilveira/ts-grpc src/types/club-member-type.ts (the club member type, TypeScript)' }, `
    id | externalId | k3Xz9QpL | a8Vb2NmR | t5Hc7WqE
    first | firstName | Lucas | Amelia | Victor
    last | lastName | Moreno | Kowalski | Nguyen
    email | email | lucas.moreno@example.com | amelia.k@example.com | vnguyen@example.com
    password | - | $2b$10$Q9x... | $2b$10$Lm2... | $2b$10$Zt8...
    cell | phone | 512-555-0134 | 512-555-0171 | 737-555-0109
    rating | - | 1840 | 1525 | 2102
    status | - | true | true | false
  `),
  set({ id: 'en-family-event-registrations-export', kind: 'community event\'s registrations CSV export (full name, primary contact phone, WhatsApp number, family members count, medical conditions, created at)', lang: 'en', defaultCountry: 'IN', source: 'index:45249914945 (an event site\'s registrations export route, TypeScript)' }, `
    Full Name | name | Ananya Sharma | Rohit Verma | Fatima Sheikh
    # The primary contact is the registrant's phone number; the WhatsApp number beside it is another phone of theirs.
    Primary Contact | phone | 98765 43210 | 91234 56789 | 99887 76655
    WhatsApp Number | additionalPhones | 98765 43210 | 90000 11122 | 99887 76655
    Family Members | - | 4 | 2 | 3
    Medical Conditions | - | | Asthma (child) |
    Created At | - | 2025-01-12T09:14:33.000Z | 2025-01-13T18:02:10.000Z | 2025-01-15T07:45:00.000Z
  `),
  set({ id: 'en-uk-college-scr-members-report', kind: 'Oxford college senior common room\'s members report CSV (uid, enabled, type, precedence, category, LDAP name, title, first and last name, email, dietary needs, opt-in, email reminders, default wine and dessert, last logon)', lang: 'en', defaultCountry: 'GB', source: 'github:dox/scr reports/members.php (the members report, PHP)' }, `
    uid | externalId | 12 | 57 | 203
    enabled | - | 1 | 1 | 0
    type | - | Fellow | Lecturer | Emeritus
    precedence | - | 3 | 45 | 12
    category | - | SCR | SCR | MCR
    ldap | - | hist0123 | chem0456 | 
    title | - | Prof. | Dr | Dr
    firstname | firstName | Eleanor | Tom | Margaret
    lastname | lastName | Whitcombe | Adeyemi | Fairbrother
    email | email | eleanor.whitcombe@example.ac.uk | tom.adeyemi@example.ac.uk | m.fairbrother@example.org.uk
    dietary | - | Vegetarian | | Gluten free
    opt_in | - | 1 | 0 | 1
    email_reminders | - | 1 | 1 | 0
    default_wine | - | 1 | 0 | 1
    default_dessert | - | 0 | 1 | 1
    date_lastlogon | - | 2025-05-21 19:04:11 | 2025-06-02 08:30:45 | 2024-11-30 12:00:00
  `),
  set({ id: 'it-froppo-utenti-esportazione-excel', kind: 'Italian web app\'s users Excel export sorted by surname (progressive counter "#", id, first name, surname, email, created and updated dates)', lang: 'it', defaultCountry: 'IT', source: 'github:IgnazioRizzi/Froppo ESPORTAZIONE_EXCEL.md (the export\'s documented layout, Markdown)' }, `
    # The "#" counter is a row number: not imported. The app's user id is the External ID.
    # | - | 1 | 2 | 3
    ID | externalId | 14 | 9 | 22
    Nome | firstName | Alessia | Stefano | Martina
    Cognome | lastName | Bruno | Caruso | De Luca
    Email | email | alessia.bruno@example.it | stefano.caruso@example.it | martina.deluca@example.com
    Data Creazione | - | 03/02/2025 | 11/11/2024 | 20/03/2025
    Data Aggiornamento | - | - | 05/01/2025 | -
  `),
  set({ id: 'it-asd-tesserati-foglio-stagione', kind: 'Italian sports association\'s members spreadsheet for the season, as its import screen expects it (first name, surname, tax code, mobile, street of residence, town, email, type, season fee, payment, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:49035540326 (an association app\'s members screen naming the club\'s own Excel columns, JavaScript)' }, `
    Nome | firstName | Lorenzo | Chiara | Federico
    Cognome | lastName | Gallo | Fontana | Rinaldi
    Cod. fiscale | - | GLLLRN01A12F205T | FNTCHR95R52F205N | RNLFDR88H20L219S
    Cellulare | phone | 333 4455667 | 348 7788990 | 320 1122334
    Residente in via | address1 | Via Manzoni 18 | Via Dante 4 | Corso Francia 230
    Città | city | Monza | Sesto San Giovanni | Torino
    Email | email | lorenzo.gallo@example.it | chiara.fontana@example.it | f.rinaldi@example.com
    Tipo | - | Atleta | Socio | Istruttore
    Anno 25/26 | - | 180 | 50 | 0
    Pagamento | - | Bonifico | Contanti | 
    Note | - | Certificato medico in scadenza | | Tessera FIDAL
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-gb-rosterfy-volunteers-extract', kind: 'UK city of culture programme\'s volunteers extract from Rosterfy, a report of five fields (user id, sign-up date, postcode, checkpoint, modified date)', lang: 'en', defaultCountry: 'GB', source: 'github:open-innovations/leeds-2023 docs/metrics/volunteers/doc.md (the Rosterfy volunteers extract\'s fields, Markdown)' }, `
    User - ID | externalId | 48213 | 48377 | 49102
    User - Sign Up Date | - | 2022-09-14 10:21:00 | 2022-10-02 18:45:00 | 2023-01-20 08:03:00
    User - Postal Code | postalCode | LS6 2AB | LS11 5DN | BD1 4QT
    User - Checkpoint | - | Onboarded | Induction Complete | Applied
    User - Modified Date | - | 2023-03-01 12:00:00 | 2023-02-18 09:30:00 | 2023-01-20 08:03:00
  `),
  set({ id: 'en-gb-caving-club-event-volunteering-wide', kind: 'UK caving club\'s event sheet of volunteering sign-ups, columns named by its SQL query\'s aliases (27: first name, Facebook name, selected roles, one column per volunteer role, receptiveness score, first-timer answers, attendance counts, requests and notes, order and user ids)', lang: 'en', defaultCountry: 'GB', source: 'github:cavingcrew/cavingcrew-all-event-matrix Volunteering.js (the volunteering sheet\'s query, Google Apps Script)' }, `
    First Name | firstName | Hannah | Owen | Priya
    # The Facebook name is the person's name on a social site, not a name field of the contact: not imported.
    Facebook Name | - | Hannah Jo | Owen Caver | Priya S
    Selected Roles | - | head_chef | kit_coordinator | none
    FB promo | - | | |
    Reporter | - | | yes |
    Head Chef | - | yes | |
    EM Chef | - | | |
    B&L Chef | - | | |
    Lunch Marshal | - | | |
    Breakfast Marshal | - | | |
    Lift Coordinator | - | | yes |
    Activities Coordinator | - | | |
    Kit Coordinator | - | | yes |
    Newbie Buddy | - | yes | |
    Covid Marshal | - | | |
    EM Wash Up | - | | |
    B&L Wash Up | - | yes | |
    Event Assistant | - | | |
    Trip Director | - | | |
    Receptiveness | - | 8 | 5 | 0
    First time with Crew? | - | No | No | Yes
    First caving trip? | - | No | No | Yes
    Attended events | - | 14 | 6 | 0
    Attended caving trips | - | 11 | 5 | 0
    Requests and notes | - | Vegetarian | Lift from Sheffield | Needs oversuit
    Order ID | - | 20451 | 20463 | 20488
    # The club website's user id of the person: the External ID.
    User ID | externalId | 312 | 455 | 1021
  `),
  set({ id: 'en-person-data-generator-csv-comment-line', kind: 'test data generator\'s CSV export with a comment line above the header (id, full name, phone, address, passport)', lang: 'en', defaultCountry: 'PL', above: [['# Eastern European Data Generator - Created by @lisurgut']], source: 'index:23603773527 (a fake person data generator\'s CSV export, TypeScript)' }, `
    # The row id is a counter of generated rows: not imported. The passport number is a national id.
    ID | - | 1 | 2 | 3
    Full Name | name | Katarzyna Nowak | Mihai Popescu | Olena Kovalenko
    Phone | phone | +48 512 345 678 | +40 721 234 567 | +380 67 123 4567
    Address | address1 | ul. Długa 12, 00-238 Warszawa | Str. Lipscani 45, București | vul. Khreshchatyk 22, Kyiv
    Passport | - | EA1234567 | 051234567 | FE123456
  `),
  set({ id: 'it-danea-easyfatt-clienti-woocommerce-wide', kind: 'WooCommerce plugin\'s clients CSV in the layout Danea Easyfatt imports (41 columns: code, name, address, CAP, town, province, region, country, contact person, phone, mobile, fax, e-mail, PEC, tax code, VAT number, discounts, price list, credit, payment, banks, SDD mandate, withholding, document and invoicing flags, transport, home page, web login, six extra fields, notes)', lang: 'it', defaultCountry: 'IT', source: 'github:ilGhera/wc-exporter-for-danea includes/wcexd-clients-download.php (the clients CSV writer, PHP)' }, `
    # The shop's customer code is this client's id elsewhere: the External ID.
    Cod. | externalId | 1024 | 1031 | 1057
    # "Denominazione" holds the client's name, the firm's when the order had one: the Name.
    Denominazione | name | Giulia Mancini | Tipografia Rossetti Srl | Paolo Testa
    Indirizzo | address1 | Via Cavour 21 | Via dell'Artigianato 9 | Piazza Garibaldi 2
    Cap | postalCode | 50129 | 25125 | 84121
    Città | city | Firenze | Brescia | Salerno
    Prov. | state | FI | BS | SA
    Regione | - | Toscana | Lombardia | Campania
    Nazione | country | IT | IT | IT
    # The contact person of a firm client; for a private client the cell is empty.
    Referente | - | | Luca Rossetti | 
    Tel. | phone | 055 2345678 | 030 3456789 | 089 224466
    Cell | additionalPhones | 349 1234567 | 335 7654321 | 
    Fax | - | | 030 3456790 | 
    e-mail | email | giulia.mancini@example.it | ordini@tipografiarossetti.example.it | paolo.testa@example.com
    Pec | additionalEmails | | tipografiarossetti@pec.example.it | 
    Codice fiscale | - | MNCGLI90C45D612X | 01234560982 | TSTPLA77L10H703R
    Partita Iva | - | | 01234560982 | 
    Sconti | - | | 5 | 
    Listino | - | Listino 1 | Rivenditori | Listino 1
    Fido | - | | 2000 | 
    Pagamento | - | PayPal | Bonifico 30 gg | Carta di credito
    Banca | - | | | 
    Ns Banca | - | | | 
    Data Mandato SDD | - | | | 
    Emissione SDD | - | | | 
    Rit. acconto? | - | No | No | No
    Doc via e-mail? | - | Sì | Sì | Sì
    Fatt. con Iva | - | Sì | Sì | Sì
    Conto reg. | - | | | 
    Resp. trasporto | - | | | 
    Porto | - | | | 
    Avviso nuovi doc. | - | | | 
    Note doc. | - | | | 
    Home page | website | | www.tipografiarossetti.example.it | 
    Login web | - | giulia.mancini | tiporossetti | ptesta
    Extra 1 | - | | | 
    Extra 2 | - | | | 
    Extra 3 | - | | | 
    Extra 4 | - | | | 
    Extra 5 | - | | | 
    Extra 6 | - | | | 
    Note | - | | Consegna al magazzino | 
  `),
  set({ id: 'it-cartelle-cliniche-pazienti-relazione', kind: 'Italian hospital records database\'s patients relation, snake_case (tax code, first name, surname, birth date, death date, biological sex, birthplace, citizenship, contact phone and contact person\'s name)', lang: 'it', defaultCountry: 'IT', source: 'github:zacchiguglielmo/cartelle-cliniche README.md (the relational schema\'s Pazienti relation, Markdown)' }, `
    cf_paziente | - | VRDNNA58D52H501T | BNCLCU92M10F205K | GLLMRA40A41L736Z
    nome | firstName | Anna | Luca | Maria
    cognome | lastName | Verdi | Bianco | Galli
    data_nascita | dateOfBirth | 1958-04-12 | 1992-08-10 | 1940-01-01
    data_morte | - | | | 2024-11-03
    sesso_biologico | - | F | M | F
    luogo_nascita | - | Roma | Milano | Venezia
    cittadinanza | - | Italiana | Italiana | Italiana
    # The phone and name of the person to contact for the patient: someone else's, never the patient's.
    tel_contatto | - | 333 1239876 | 347 5550011 | 041 5223344
    nominativo_contatto | - | Marco Verdi | Elisa Bianco | Franco Galli
  `),
];
