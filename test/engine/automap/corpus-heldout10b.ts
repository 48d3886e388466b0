// The tenth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese, French
// and Italian files, and English exports of less common tools; the other half, corpus-heldout10a.ts, holds English,
// German, Dutch and mixed-language files): 62 header sets (622 columns, 274 of them expected to map; 12 Spanish, 12
// Portuguese, 12 French, 12 Italian, 14 English; 4 files without a header row, 3 with title, summary, blank or "sep=;"
// lines above it; 7 sets of 21 to 43 columns). The English sets are exports of tools no older part uses: a hotel
// property manager's migration sample, hotel and vacation rental booking reports, an interview slot booking site,
// applicant tracking and job portal exports, a school's careers page, an affordable housing tenant upload, a tutoring
// centre's inquiries, a church youth camp's registrations, an event pass issuer, a restaurant ordering platform's and a
// grocery delivery shop's customer exports and a deals site's newsletter list. They come from sources none of the other
// parts use, found in the public code index (export writers, import templates and their documentation, importer tests
// and fixtures, data files written without a header row) and written down, with the mapping a careful person would
// choose by the field definitions and the rules, BEFORE the mapper was run on them and without reading the
// lexicon or the mapper. "index:N" names the index file the header text was read from (the index does not name its
// repository); the kind says what the file is. Sample values are made up in the shape of each file's own (no personal
// data or example rows from the sources are copied). A trailing empty column (a header line ending in the separator) is
// written as "". The four files without a header row have headers of empty text only, so their header sets equal older
// parts' of the same width; their columns are other ones.
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
// Where these are silent, a set says in a comment what was chosen and why.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout10' }, table);

export const HELDOUT10B: CorpusSet[] = [
  // ----------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-co-leads-actualizar-plantilla', kind: 'call-centre lead update template (lead code, country, campaign, assigned agent, state)', lang: 'es', defaultCountry: 'CO', source: 'index:53135716936 (a call-centre CRM\'s semicolon template download for updating leads, JS)' }, `
    # "TP-000001" is the tool's own code of the lead, the key the update matches on: another system's id of this person.
    TP | externalId | TP-004211 | TP-004212
    Nombre | firstName | Andrés | Luisa
    Apellido | lastName | Cárdenas | Mejía
    Correo | email | andres.cardenas@example.co | luisa.mejia@example.com
    Numero | phone | 310 456 7788 | 3004561122
    Pais | country | Colombia | México
    # The campaign a lead was loaded under says where it came from: the Source.
    Campaña | source | Campaña Créditos | Campaña Seguros
    Asignado | owner | Usuario Pérez | Usuario Gómez
    Estado | - | Activo | En Proceso
  `),
  set({ id: 'es-ec-postulante-formulario-desktop', kind: 'job applicant form saved from a desktop app (gender, schooling level and state, training, experience, hobbies)', lang: 'es', defaultCountry: 'EC', source: 'index:2109890050 (a Java Swing applicant form\'s semicolon file writer)' }, `
    Nombre | firstName | Gabriela | Santiago
    Apellido | lastName | Villacís | Andrade
    Correo | email | gvillacis@example.com | santi.andrade@example.ec
    Teléfono | phone | 099 123 4567 | 0987654321
    Género | - | Femenino | Masculino
    Nivel de instrucción | - | Tercer nivel | Bachillerato
    # The state of that schooling ("En curso"), not the person's state.
    Estado | - | En curso | ""
    Formación | - | Ingeniería Comercial | Contabilidad
    Experiencia | - | 2 años en ventas | Ninguna
    Hobbies | - | Lectura, ciclismo | Fútbol
  `),
  set({ id: 'es-cl-ajedrez-plantel-sin-cabecera', kind: 'chess club roster pasted without a header row (first name, surname, email, RUT, national rating)', lang: 'es', defaultCountry: 'CL', noHeader: true, source: 'index:70294367675 (a chess tournament manager\'s roster CSV parser test, the headerless case)' }, `
    "" | firstName | Matías | Constanza | Ignacio
    "" | lastName | Fuentealba | Riquelme | Soto
    "" | email | matias.fuentealba@example.cl | | ignacio.soto@example.com
    "" | - | 15.234.876-2 | 19.876.543-K |
    "" | - | 1620 | 1485 | 1710
  `),
  set({ id: 'es-cl-vendedores-archivo-servicios', kind: 'service marketplace sellers file (RUT, number, password, stars, comments, services; a trailing separator)', lang: 'es', defaultCountry: 'CL', source: 'index:2565701356 (a Java marketplace app\'s sellers CSV writer)' }, `
    nombre | firstName | Camila | Rodrigo
    apellido | lastName | Araya | Muñoz
    correo | email | camila.araya@example.cl | rmunoz@example.com
    rut | - | 18.234.567-3 | 16.543.210-9
    numero | phone | 987654321 | +56 9 7654 3210
    contrasena | - | ******** | ********
    estrellas | - | 4.5 | 5
    comentarios | - | Muy puntual | ""
    confirmaciones | - | 12 | 3
    servicios | - | Gasfitería,Electricidad | Jardinería
    "" | - | |
  `),
  set({ id: 'es-sv-estudiantes-nie-correo', kind: 'school student upload (student number, first name, surname, email)', lang: 'es', defaultCountry: 'SV', source: 'index:67177450015 (a school exam platform\'s upload reader test, semicolon and Latin-1 cases)' }, `
    # The NIE is the ministry's national student number: a national id, not imported (as "INE" in the French sets).
    NIE | - | 4521876 | 4521877
    Nombre | firstName | José Alberto | María
    Apellido | lastName | Hernández | Peña
    Correo | email | jose.hernandez@example.edu | maria.pena@example.edu
  `),
  set({ id: 'es-bo-estudiantes-importar-ci', kind: 'university student import (identity card, university code, state; a trailing separator)', lang: 'es', defaultCountry: 'BO', source: 'index:71595522289 (a university attendance app\'s CSV import test, Laravel)' }, `
    ci | - | 6543210 | 8123456
    # The university's own code of the student: another system's id of this person.
    codigo_universitario | externalId | C100 | C214
    nombre | firstName | Jhonny | Vania
    apellido | lastName | Quispe | Rojas
    correo | email | jquispe@example.edu.bo | vania.rojas@example.com
    estado | - | activo | inactivo
    "" | - | |
  `),
  set({ id: 'es-ar-buro-credito-clientes', kind: 'credit bureau report file (document, portfolio, street and street number, floor and flat, locality, operation, executive, branch)', lang: 'es', defaultCountry: 'AR', source: 'index:34131892439 (a financial institution\'s PL/SQL export for a credit bureau)' }, `
    Documento | - | 28456123 | 33987654
    Tipo Documento | - | CI | CI
    Nombre/Razón Social | name | RAMIREZ GUSTAVO ARIEL | SOSA MARIA LAURA
    Sexo | - | M | F
    Cartera | - | Consumo | Comercial
    Calle | address1 | Av. San Martín | Belgrano
    Altura | - | 1450 | 322
    Piso y Dpto | - | 3 B | ""
    Localidad | city | Rosario | Paraná
    Código Postal | postalCode | 2000 | 3100
    Provincia | state | Santa Fe | Entre Ríos
    Teléfono | phone | 341 456-7890 | 0343 15 412-3344
    Operación | - | 100245 | 100246
    Tiempo de Control | - | 30 | 60
    # The bank's executive in charge of the client: the assigned user, so the Contact owner.
    Ejecutivo | owner | LOPEZ C. | FERREYRA M.
    Sucursal | - | Centro | Norte
    Tipo Cliente | - | Persona | Persona
  `),
  set({ id: 'es-voluntarios-proteccion-civil-export', kind: 'civil protection volunteers export (22 columns: DNI, street type, emergency contact, allergies, licences, qualifications, role, join date)', lang: 'es', defaultCountry: 'ES', source: 'index:28255912407 (a volunteer management app\'s CSV export controller, Symfony)' }, `
    Nombre | firstName | Alba | Iker
    Apellidos | lastName | Rubio Castaño | Etxeberria
    DNI | - | 12345678Z | 87654321X
    Email | email | alba.rubio@example.es | iker.etx@example.com
    Teléfono | phone | 612 345 678 | 688112233
    Fecha Nacimiento | dateOfBirth | 1991-04-12 | 1985-11-30
    # The street type alone ("Calle", "Avenida"); the street itself is in Dirección.
    Tipo Calle | - | Calle | Avenida
    Dirección | address1 | Mayor 14, 2º | de la Constitución 3
    Código Postal | postalCode | 28013 | 20001
    Provincia | state | Madrid | Gipuzkoa
    Contacto Emergencia | - | Pedro Rubio | Ane Etxeberria
    Teléfono Emergencia | - | 611 222 333 | 677 889 900
    Alergias | - | Ninguna | Penicilina
    Profesión | - | Enfermera | Bombero
    Estado Empleo | - | Empleado | Empleado
    Licencias Conducir | - | B | B, C1
    Licencias Navegación | - | "" | PER
    Cualificaciones | - | Primeros auxilios | Rescate acuático
    Rol | - | Voluntario | Jefe de equipo
    Estado | - | Activo | Activo
    Fecha Ingreso | - | 2022-03-01 | 2019-06-15
    Especialización | - | Sanitaria | Rescate
  `),
  set({ id: 'es-tareas-correo-sin-cabecera', kind: 'daily task reminder file without a header row (name, email, due date, task)', lang: 'es', defaultCountry: 'ES', noHeader: true, source: 'index:16914316424 (a task reminder mailer script reading its CSV with positional names, Python)' }, `
    "" | name | Laura Gil | Marcos Vidal | Laura Gil
    "" | email | laura.gil@example.es | marcos.vidal@example.com | laura.gil@example.es
    "" | - | 2026-10-05 | 2026-10-05 | 2026-10-06
    "" | - | Enviar el informe mensual | Revisar facturas | Llamar al proveedor
  `),
  set({ id: 'es-whatsapp-clientes-sep-excel', kind: 'WhatsApp client tracker export with Excel\'s "sep=;" line above the header (name, phone, state, date)', lang: 'es', defaultCountry: 'MX', source: 'index:69124195544 (a WhatsApp client tracker page\'s semicolon CSV export, JS)', above: [['sep=;']] }, `
    Nombre | name | Rosa Elena Vázquez | Tacos Don Chuy
    Telefono | phone | 55 1234 5678 | +52 33 9876 5432
    Estado | - | Pendiente | Cerrado
    Fecha | - | 12/9/2026 | 13/9/2026
  `),
  set({ id: 'es-carreras-ranking-titulo', kind: 'racing competition ranking export with the competition\'s name, circuit, rounds, entrants, export date and a section title above the table', lang: 'es', defaultCountry: 'ES', source: 'index:53811321166 (a karting competition manager\'s CSV export, JS)', above: [['Competición: Copa de Otoño'], ['Circuito: Circuito de Motorland'], ['Rondas: 3'], ['Participantes: 12'], ['Fecha de exportación: 14/10/2026'], [''], ['=== RANKING GENERAL ===']] }, `
    Posición | - | 1 | 2
    Piloto | name | Hugo Navarro | Lucía Prieto
    Vehículo | - | Kart 125 | Kart 125
    Mejor Vuelta | - | 00:48.312 | 00:48.977
    Vueltas Totales | - | 45 | 45
    Tiempo Total | - | 36:41.220 | 36:52.004
    Penalización Total (s) | - | 0 | 5
    Tiempo Ajustado | - | 36:41.220 | 36:57.004
    Rondas Completadas | - | 3 | 3
  `),
  set({ id: 'es-practicas-solicitud-centros-titulo', kind: 'teaching practice request spreadsheet with a title line, an export date and a blank line above the table (one row per requested school)', lang: 'es', defaultCountry: 'ES', source: 'index:2799496081 (a teaching practice app\'s Excel export, React)', above: [['SOLICITUD DE CENTROS DE PRÁCTICAS'], ['Fecha de exportación:', '03/02/2026'], ['']] }, `
    Orden | - | 1 | 2
    Nombre del Profesor | name | Elena Martín Cruz | Elena Martín Cruz
    DNI | - | 45678912K | 45678912K
    Estado Plaza | - | Solicitada | Solicitada
    Código Centro | - | 41008921 | 41701234
    # The school asked for as a practice place, not the teacher's employer.
    Nombre del Centro | - | CEIP San José | IES Los Álamos
    Zona | - | Sevilla Este | Dos Hermanas
    Nº Estudiantes | - | 3 | 2
  `),
  // -------------------------------------------------------------------------------------------------- Portuguese
  set({ id: 'pt-wifi-portal-leads-ap', kind: 'Wi-Fi captive portal lead export (date, city, the access point\'s MAC)', lang: 'pt', defaultCountry: 'BR', source: 'index:55819245925 (a hotspot portal admin\'s lead CSV export, React)' }, `
    data | - | 12/05/2026 14:22 | 12/05/2026 18:05
    nome | name | Juliana Prado | Marcos Vinícius
    email | email | juliana.prado@example.com.br |
    telefone | phone | (47) 99123-4567 | 47988776655
    cidade | city | Blumenau | Pomerode
    ap | - | 6C:3B:6B:11:22:33 | 6C:3B:6B:11:22:34
  `),
  set({ id: 'pt-landing-contatos-localizacao', kind: 'landing page sign-up file (date and time, detected location)', lang: 'pt', defaultCountry: 'BR', source: 'index:259988187 (a landing page\'s API route appending to a contacts CSV, Next.js)' }, `
    Nome | name | Renata Albuquerque | Caio Bastos
    Email | email | renata.alb@example.com | caio.bastos@example.com.br
    Telefone | phone | (81) 98765-4321 | 81 3222-1010
    Cidade | city | Recife | Olinda
    Data/Hora | - | 03/06/2026 10:14:55 | 03/06/2026 11:02:07
    Localização Detectada | - | Recife, PE, Brasil | ""
  `),
  set({ id: 'pt-leads-painel-interesse', kind: 'landing page leads admin export (id, interest, status, date)', lang: 'pt', defaultCountry: 'BR', source: 'index:70451504695 (a real estate landing page\'s admin lead export, React)' }, `
    ID | externalId | 1717000001 | 1717000002
    Nome | name | Tatiane Moura | Henrique Lopes
    Email | email | tati.moura@example.com | henrique@example.com.br
    Telefone | phone | (62) 99999-1234 | (62) 98111-2233
    Cidade | city | Goiânia | Anápolis
    Interesse | - | Apartamento 2 quartos | Casa
    Status | - | Novo | Contatado
    Data | - | 2026-05-30T13:20:00Z | 2026-05-31T09:45:00Z
  `),
  set({ id: 'pt-formacao-professores-presenca', kind: 'teacher training attendance list (row number, CPF, school or posting, event place, date, time)', lang: 'pt', defaultCountry: 'BR', source: 'index:46215080372 (an education department\'s event check-in CSV export, JS)' }, `
    Nº | - | 1 | 2
    NOME COMPLETO | name | ADRIANA SOUZA LIMA | JOSÉ CARLOS PEREIRA
    CPF | - | '12345678909 | '98765432100
    # The school a teacher is posted to is where they work: the company name.
    ESCOLA / LOTAÇÃO | companyName | EMEF Monteiro Lobato | Secretaria de Educação
    LOCAL DO EVENTO | - | Auditório Central | Auditório Central
    DATA | - | 15/08/2026 | 15/08/2026
    HORA | - | 08:12 | 08:30
  `),
  set({ id: 'pt-cobranca-parcelas-clientes', kind: 'debt collection instalment report (CPF, creditor, instalment, amounts, due and paid dates, status)', lang: 'pt', defaultCountry: 'BR', source: 'index:16827156637 (a collections app\'s report function writing a semicolon CSV, Deno)' }, `
    Nome Completo | name | Fábio Nascimento | Luana Ribeiro
    CPF | - | 123.456.789-09 | 987.654.321-00
    Credor | - | Banco Alfa | Loja Beta
    Parcela | - | 3 | 1
    Valor Parcela | - | 250.00 | 480.50
    Valor Pago | - | 250.00 | 0
    Data Vencimento | - | 2026-04-10 | 2026-05-05
    Data Quitação | - | 2026-04-09 | ""
    Status | - | pago | pendente
  `),
  set({ id: 'pt-colaboradores-importacao-upsert', kind: 'employee import for a benefits platform (full name, CPF, mobile, email)', lang: 'pt', defaultCountry: 'BR', source: 'index:57031112759 (a benefits platform\'s import queue test, Node)' }, `
    Nome Completo | name | Patrícia Andrade | Rogério Campos
    CPF | - | 034.267.440-40 | 123.456.789-09
    Celular | phone | 5511999990000 | (11) 98888-7777
    Email | email | patricia.andrade@example.com.br | rogerio.campos@example.com
  `),
  set({ id: 'pt-admissao-lote-esocial', kind: 'new hire batch spreadsheet (CPF, birth date, salary, job, hire date)', lang: 'pt', defaultCountry: 'BR', source: 'index:69101135333 (an HR admission service\'s batch upload test, Python)' }, `
    Nome Completo | name | Bianca Teixeira | Leonardo Freitas
    CPF | - | 52998224725 | 11144477735
    Data Nascimento | dateOfBirth | 1996-02-20 | 1989-09-03
    Salario | - | 6500,00 | 9000,00
    Cargo | - | Analista de RH | Engenheiro
    Data Admissao | - | 2026-10-01 | 2026-10-15
    Email | email | bianca.t@example.com | leonardo.freitas@example.com.br
  `),
  set({ id: 'pt-ficha-cadastral-completa', kind: 'personal record form saved as CSV (37 columns: identity documents, parents, marital status, schooling, social links, split home address, bank and PIX)', lang: 'pt', defaultCountry: 'BR', source: 'index:20112891374 (an onboarding form\'s semicolon CSV download, JS)' }, `
    Nome | name | Vanessa Cristina Rocha | Diego Alves Pinto
    Data de Nascimento | dateOfBirth | 1994-07-18 | 1988-12-02
    RG | - | 12.345.678-9 | 98.765.432-1
    Expedicao | - | 2012-03-10 | 2006-05-22
    Orgao Emissor | - | SSP/SP | SSP/MG
    CPF | - | 123.456.789-09 | 987.654.321-00
    Email | email | vanessa.rocha@example.com | diego.pinto@example.com.br
    Telefone | phone | (11) 3456-7890 | (31) 3222-4455
    Celular | additionalPhones | (11) 98765-4321 | (31) 99876-5432
    Nacionalidade | - | Brasileiro (a) | Brasileiro (a)
    Chegada no Pais | - | "" | ""
    Nome do Pai | - | Antônio Rocha | José Pinto
    Nome da Mae | - | Maria Rocha | Célia Alves
    Sexo | - | Feminino | Masculino
    Estado Civil | - | Solteira | Casado
    N Dependentes | - | 0 | 2
    Grupo Sanguineo | - | O+ | A-
    Cor da Pele | - | Parda | Branca
    Escolaridade | - | Superior completo | Médio completo
    Formacao em Andamento | - | MBA | ""
    Instituicao de Ensino | - | 123 | ""
    # Social profile links are not the person's own site.
    Instagram | - | @vanessarocha | ""
    LinkedIn | - | linkedin.com/in/vanessarocha | ""
    CEP | postalCode | 01310-100 | 30140-071
    Rua | address1 | Avenida Paulista | Rua da Bahia
    Numero | - | 1000 | 250
    Complemento | - | Apto 51 | ""
    Bairro | - | Bela Vista | Centro
    Cidade | city | São Paulo | Belo Horizonte
    UF | state | SP | MG
    Banco | - | 341 | 001
    Agencia | - | 1234 | 5678
    Conta | - | 12345-6 | 98765-4
    Nome da Agencia | - | Paulista | Savassi
    PIX | - | vanessa.rocha@example.com | 31998765432
    Cidade da Agencia | - | São Paulo | Belo Horizonte
    Bairro da Agencia | - | Bela Vista | Savassi
  `),
  set({ id: 'pt-clientes-arquivo-endereco', kind: 'customer file of a desktop app (id, CPF, RG, note, split address with number, district and complement)', lang: 'pt', defaultCountry: 'BR', source: 'index:29459323 (a Java customer registry\'s semicolon file writer)' }, `
    ID | externalId | 1 | 2
    Nome | name | Sandra Meireles | Otávio Cunha
    CPF | - | 111.444.777-35 | 529.982.247-25
    RG | - | 22.333.444-5 | 33.444.555-6
    E-Mail | email | sandra.m@example.com.br | otavio.cunha@example.com
    Telefone | phone | (41) 3333-2211 | (41) 99911-2233
    Observação | - | Cliente desde 2019 | ""
    Endereço | address1 | Rua XV de Novembro | Avenida Sete de Setembro
    Número | - | 700 | 1520
    Bairro | - | Centro | Rebouças
    Cidade | city | Curitiba | Curitiba
    UF | state | PR | PR
    Complemento | - | Sala 4 | ""
    CEP | postalCode | 80020-310 | 80230-010
  `),
  set({ id: 'pt-fretado-colaboradores-import', kind: 'employee commuter bus roster import (registration number, company, plant, split address, block, status)', lang: 'pt', defaultCountry: 'BR', source: 'index:46242935089 (a commuter transport app\'s semicolon importer, Python)' }, `
    # The employee's registration number: an employee id, so the External ID.
    matricula | externalId | 100234 | 100871
    nome | name | Edson Ferreira | Kátia Ramos
    empresa | companyName | Metalúrgica Vale | Metalúrgica Vale
    planta | - | Planta 2 | Planta 1
    email | email | edson.ferreira@example.com.br |
    telefone | phone | (12) 99765-4433 | 12 3944-1100
    endereco | address1 | Rua das Palmeiras | Avenida Independência
    nro | - | 45 | 1200
    bairro | - | Jardim Paulista | Centro
    cidade | city | São José dos Campos | Jacareí
    uf | state | SP | SP
    bloco | - | B | A
    status | - | ativo | ativo
  `),
  set({ id: 'pt-rastreio-destinatarios-planilha', kind: 'parcel tracking sheet for WhatsApp notices (tracking code, recipient, mobile, split address)', lang: 'pt', defaultCountry: 'BR', source: 'index:71589709517 (a parcel notice app\'s spreadsheet parser test, TS)' }, `
    rastreio | - | OY123456789BR | OY987654321BR
    # The recipient is the person of the row, and the address is theirs (not a shipping address beside their own).
    destinatario | name | Cláudia Menezes | Roberto Siqueira
    celular | phone | (61) 99812-0000 | 61988776655
    rua | address1 | QNA 10 | SQS 308 Bloco C
    numero | - | 12 | 402
    bairro | - | Taguatinga | Asa Sul
    cidade | city | Brasília | Brasília
    uf | state | DF | DF
    cep | postalCode | 72110100 | 70355-030
  `),
  set({ id: 'pt-whatsapp-contatos-sem-cabecalho', kind: 'WhatsApp broadcast contact list without a header row (name, phone without the country code)', lang: 'pt', defaultCountry: 'BR', noHeader: true, source: 'index:15992266109 (a WhatsApp label importer\'s converter reading a headerless semicolon CSV, Python)' }, `
    "" | name | Josiane Martins | Felipe Araújo | Dona Cida Salgados
    "" | phone | 11987654321 | 21999887766 | 3133224455
  `),
  // ------------------------------------------------------------------------------------------------------ French
  set({ id: 'fr-ca-clinique-vaccination-reservations', kind: 'clinic booking export (booking id, registrant, birth date, health card number, catalogue item, clinic date and slot, language)', lang: 'fr', defaultCountry: 'CA', source: 'index:68509228476 (a clinic PDF tool\'s CSV importer test, C#)' }, `
    ID de réservation | - | FR-1021 | FR-1022
    Nom de la personne inscrite | name | Léa Gagnon | Noah Bouchard
    Date de naissance | dateOfBirth | 03/04/2026 | 17/12/2025
    Numéro d’assurance-maladie | - | 001234567 | 009876543
    Courriel | email | famille.gagnon@example.ca |
    Téléphone | phone | 506-555-0143 | (506) 555-0178
    Article du catalogue | - | Rendez-vous 4 mois | Rendez-vous 6 mois
    Date de la clinique | - | 18/11/2026 | 18/11/2026
    Plage horaire | - | 8:30:00 | 9:00:00
    Langue préférée | - | Français | Anglais
  `),
  set({ id: 'fr-ca-clients-modele-import', kind: 'customer import template of a Quebec service app (name, email, phone, whole address, notes)', lang: 'fr', defaultCountry: 'CA', source: 'index:52310176005 (a field service app\'s client import template download, React)' }, `
    Nom | name | Sylvie Lapointe | Marc-André Roy
    Courriel | email | sylvie.lapointe@example.ca | maroy@example.com
    Téléphone | phone | 514-555-0192 | 418 555-0110
    # The whole address in one cell, street first: the street address.
    Adresse | address1 | 88 rue Saint-Denis, Montréal | 1200 boul. Charest Ouest, Québec
    Notes | - | Client fidèle | ""
  `),
  set({ id: 'fr-ca-employes-magasins-export', kind: 'retail staff export (id, store, department, employment type, hire date, status)', lang: 'fr', defaultCountry: 'CA', source: 'index:54307862892 (a store scheduling app\'s employee CSV export, Express)' }, `
    ID | externalId | 17 | 18
    Prénom | firstName | Karine | Olivier
    Nom | lastName | Côté | Tremblay
    Courriel | email | karine.cote@example.ca | olivier.t@example.com
    Téléphone | phone | 819-555-0134 | 8195550177
    Magasin | - | Sherbrooke | Magog
    Département | - | Caisse | Réception
    Type | - | Temps partiel | Temps plein
    Date embauche | - | 2024-05-13 | 2021-09-01
    Statut | - | actif | actif
  `),
  set({ id: 'fr-ca-equipe-urgence-modele', kind: 'building emergency team import template (job, emergency role, zone, qualifications, SMS consent)', lang: 'fr', defaultCountry: 'CA', source: 'index:69159508857 (a building emergency app\'s staff import template, React)' }, `
    Prénom | firstName | Nathalie | Simon
    Nom | lastName | Bergeron | Lavoie
    Poste | - | Directrice | Technicien
    Courriel | email | n.bergeron@example.ca | simon.lavoie@example.com
    Téléphone | phone | 5145550101 | 514-555-0166
    Membre urgence | - | oui | non
    Rôle urgence | - | COORDINATOR | ""
    Type | - | PRIMARY | ALTERNATE
    Zone | - | Hall | 2e étage
    Qualifications | - | FIRST_AID_CPR/AED | ""
    Consentement SMS | - | oui | non
  `),
  set({ id: 'fr-ca-salon-clients-rdv-export', kind: 'salon booking app client export (name, email, phone, address, visits, total spent, last visit)', lang: 'fr', defaultCountry: 'CA', source: 'index:57393089442 (a salon booking API\'s client CSV export, FastAPI)' }, `
    Nom | name | Émilie Fortin | Jonathan Pelletier
    Courriel | email | emilie.fortin@example.ca |
    Téléphone | phone | 450 555-0123 | 4505550188
    Adresse | address1 | 25 rue Principale | ""
    Nombre RDV | - | 7 | 1
    Total dépensé | - | 415.00 | 45.00
    Dernière visite | - | 2026-09-30 | 2026-06-12
  `),
  set({ id: 'fr-ca-crm-contacts-import-test', kind: 'small CRM contact import (company, city)', lang: 'fr', defaultCountry: 'CA', source: 'index:55626313745 (a small-business CRM\'s contact import API test, Flask)' }, `
    Prénom | firstName | Mathieu | Chloé
    Nom | lastName | Girard | Dubé
    Courriel | email | mathieu@peinturegirard.example.ca | chloe.dube@example.com
    Téléphone | phone | 5145550123 | 438-555-0145
    Entreprise | companyName | Peinture Girard | ""
    Ville | city | Montréal | Laval
  `),
  set({ id: 'fr-fidelite-points-export', kind: 'loyalty programme customer export (birth date, points, sign-up date)', lang: 'fr', defaultCountry: 'FR', source: 'index:71039415206 (a shop loyalty app\'s semicolon customer export, Express)' }, `
    Prénom | firstName | Inès | Thomas
    Nom | lastName | Benali | Lefèvre
    Téléphone | phone | 06 12 34 56 78 | 0745112233
    E-mail | email | ines.benali@example.fr |
    Date de naissance | dateOfBirth | 1992-03-08 | ""
    Points | - | 120 | 35
    Inscription | - | 2026-01-15 10:22:00 | 2026-04-02 17:45:10
  `),
  set({ id: 'fr-prospection-appels-point-virgule', kind: 'calling tool prospect list (school or source, call status, comment)', lang: 'fr', defaultCountry: 'FR', source: 'index:59759082472 (a call assistant\'s CSV import test guide)' }, `
    Prénom | firstName | Julien | Camille
    Nom | lastName | Moreau | Fontaine
    Téléphone | phone | 06 23 45 67 89 | 0634567890
    Mail | email | julien.moreau@example.fr | camille.f@example.com
    # The header names the column a source, and its values (the school a student lead came through) are one.
    École/Source | source | ESSEC | Salon Étudiant
    Statut | - | À rappeler | RDV fixé
    Commentaire | - | Intéressé | RDV le 15/03
  `),
  set({ id: 'fr-boutique-clients-ca', kind: 'online shop customer export (first order date, total revenue, order count)', lang: 'fr', defaultCountry: 'FR', source: 'index:53248609372 (a shop dashboard\'s demo customer CSV route, Next.js)' }, `
    Date | - | 02/07/2026 | 08/07/2026
    Email | email | sophie.garnier@example.fr | a.roussel@example.com
    Prénom | firstName | Sophie | Antoine
    Nom | lastName | Garnier | Roussel
    Téléphone | phone | 06 45 67 89 01 | 07 56 78 90 12
    CA Total (€) | - | 354,00 | 2 196,00
    Nb commandes | - | 2 | 4
  `),
  set({ id: 'fr-cercle-adherents-activites-large', kind: 'works council club membership spreadsheet (43 columns: year, title, two phones, two emails, section and activity, payment, amounts, age and seniority bands, commune, département and region)', lang: 'fr', defaultCountry: 'FR', source: 'index:53318423727 (a club\'s import script notes listing its Excel columns)' }, `
    Nbr | - | 1 | 2
    Année | - | 2025-2026 | 2025-2026
    Statut | - | Actif | Retraité
    Nom | lastName | Perrin | Lemaire
    Prénom | firstName | Christine | Alain
    Date de naissance | dateOfBirth | 12/05/1968 | 03/11/1955
    Titre | - | Mme | M.
    Téléphone | phone | 01 39 12 34 56 | ""
    Portable | additionalPhones | 06 11 22 33 44 | 06 55 44 33 22
    Courriel | email | christine.perrin@example.fr | alain.lemaire@example.fr
    # The club's section a member belongs to is a group: Tags.
    Section | tags | Randonnée | Photo
    Code | - | RAN01 | PHO02
    Activités | - | Randonnée du mardi | Atelier photo
    Règlement | - | CHE | ESP
    Image | - | Oui | Non
    Courriel-1 | additionalEmails | ""  | alain.lemaire@example.com
    Date d'adhésion | - | 15/09/2025 | 20/09/2025
    Montant ADH | - | 20 | 20
    Montant ACT | - | 45 | 60
    Électeur | - | Oui | Non
    Âge | - | 57 | 69
    Calcul Âge | - | 57 | 69
    31/08/2025 | - | 31/08/2025 | 31/08/2025
    Durée | - | 12 | 25
    Calcul Durée | - | 12 | 25
    31/08/2025 | - | 31/08/2025 | 31/08/2025
    Moins 26 | - | 0 | 0
    Entre 26 - 45 | - | 0 | 0
    Entre 46 - 65 | - | 1 | 0
    Plus de 65 | - | 0 | 1
    Moins 26 ans | - | "" | ""
    Entre 26 et 45 ans | - | "" | ""
    Entre 46 et 65 ans | - | X | ""
    Plus de 65 ans | - | "" | X
    Code postal | postalCode | 78000 | 78150
    Commune | city | Versailles | Le Chesnay
    # The département's number, its name and the region: the département's name is the state (one column feeds it).
    Département | - | 78 | 78
    Nom département | state | Yvelines | Yvelines
    Région | - | Île-de-France | Île-de-France
    Ateliers | - | "" | Atelier photo
    Domaines | - | Sport | Culture
    Sections-1 | - | Randonnée | Photo
    NUM | - | 1045 | 1046
  `),
  set({ id: 'fr-eleves-ine-modele', kind: 'pupil upload format (national pupil number, town, postcode)', lang: 'fr', defaultCountry: 'FR', source: 'index:44904042690 (a school app\'s CSV upload page with the expected format)' }, `
    NOM | lastName | MARTINEZ | FAURE
    Prénom | firstName | Lucas | Manon
    Date de naissance | dateOfBirth | 31/12/2010 | 14/06/2011
    # The INE is the national pupil number: a national id, not imported.
    INE | - | 2012112527V | 1234567890A
    Ville | city | Nice | Antibes
    Code postal | postalCode | 06000 | 06600
  `),
  set({ id: 'fr-ateliers-usagers-export', kind: 'community workshop users export (id, birth date, address)', lang: 'fr', defaultCountry: 'FR', source: 'index:5286484691 (a workshop manager\'s CSV export test, Python)' }, `
    ID | externalId | 41 | 42
    Nom | lastName | Renaud | Barbier
    Prénom | firstName | Josiane | Mehdi
    Date de naissance | dateOfBirth | 1950-02-11 | 1978-08-30
    Téléphone | phone | 04 78 12 34 56 | 0612345678
    Email | email | "" | mehdi.barbier@example.fr
    Adresse | address1 | 12 rue des Lilas, Lyon | 5 place Bellecour
  `),
  // ----------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-evento-registrazioni-fatturazione', kind: 'event registration export (37 columns: registration and user ids, split and whole address, tax code, rooms, cost, agent, company billing block, companions)', lang: 'it', defaultCountry: 'IT', source: 'index:10298895208 (an event registration server\'s admin CSV export, Express)' }, `
    # ID is the registration's number; User ID the person's account: another system's id of this person.
    ID | - | 101 | 102
    User ID | externalId | 58 | 61
    Nome | firstName | Giulia | Francesco
    Cognome | lastName | Bassi | Ferri
    Email | email | giulia.bassi@example.it | f.ferri@example.com
    Cellulare | phone | 333 123 4567 | +39 347 765 4321
    Data Nascita | dateOfBirth | 1987-05-14 | 1979-10-02
    Via e Numero | address1 | Via Garibaldi 12 | Corso Vittorio Emanuele 88
    CAP | postalCode | 40121 | 80121
    Città | city | Bologna | Napoli
    Provincia | state | BO | NA
    # A whole-address column next to the split one: the split street is taken.
    Indirizzo | - | Via Garibaldi 12, 40121 Bologna | ""
    Codice Fiscale | - | BSSGLI87E54A944K | FRRFNC79R02F839X
    Luogo Nascita | - | Bologna | Napoli
    Cittadinanza | - | Italiana | Italiana
    Esigenze Alimentari | - | Vegetariana | ""
    Camera Singola | - | 0 | 1
    Camera Doppia | - | 1 | 0
    Camera Tripla | - | 0 | 0
    Camera Quadrupla | - | 0 | 0
    Costo Totale | - | 780 | 450
    Evento | - | Convention Rimini 2026 | Convention Rimini 2026
    Data Iscrizione | - | 2026-03-02 | 2026-03-05
    # The sales agent who looks after the registrant: the assigned user, so the Contact owner.
    Agente | owner | Marco Neri | ""
    Fatturazione Aziendale | - | Sì | No
    # Billed to the registrant's company; the file has no other company column.
    Ragione Sociale | companyName | Bassi Consulting S.r.l. | ""
    Partita IVA | - | 01234567890 | ""
    Codice Fiscale Azienda | - | 01234567890 | ""
    Indirizzo Sede Legale | - | Via Indipendenza 5, Bologna | ""
    Codice SDI | - | M5UXCR1 | ""
    PEC Azienda | - | bassiconsulting@pec.example.it | ""
    Fattura Nome | - | "" | ""
    Fattura Cognome | - | "" | ""
    Fattura CF | - | "" | ""
    Fattura Indirizzo | - | "" | ""
    Numero Accompagnatori | - | 1 | 0
    Accompagnatori | - | Paolo Bassi | ""
  `),
  set({ id: 'it-vcard-rubrica-excel-senza-intestazione', kind: 'address book sheet converted to vCards, without a header row (name, number)', lang: 'it', defaultCountry: 'IT', noHeader: true, source: 'index:3002988386 (a desktop Excel-to-vCard converter reading two unnamed columns, PyQt)' }, `
    "" | name | Giorgio Lombardi | Anna Pellegrini | Idraulico Sergio
    "" | phone | 347 123 4567 | +39 320 987 6543 | 0521 234567
  `),
  set({ id: 'it-clienti-scheda-export', kind: 'single client card export (client code, surname, name, email, phone)', lang: 'it', defaultCountry: 'IT', source: 'index:67131660570 (a client registry page\'s one-row CSV download, JS)' }, `
    # The client's code in the registry: a customer id, so the External ID.
    Codice | externalId | CL0042 | CL0043
    Cognome | lastName | Colombo | Ricci
    Nome | firstName | Sara | Matteo
    Email | email | sara.colombo@example.it | matteo.ricci@example.com
    Telefono | phone | 02 1234 5678 | 340 987 6543
  `),
  set({ id: 'it-cimitero-defunti-export', kind: 'cemetery register export (tax code, birth and death dates, birthplace, burial type, a relative\'s phone)', lang: 'it', defaultCountry: 'IT', source: 'index:10564624529 (a cemetery management app\'s CSV export, Swift)' }, `
    Nome | firstName | Giuseppe | Rosa
    Cognome | lastName | Esposito | Greco
    Codice Fiscale | - | SPSGPP40A01F839Z | GRCRSO45M41H501Y
    Data Nascita | dateOfBirth | 01/01/1940 | 01/08/1945
    Data Decesso | - | 12/02/2021 | 30/06/2023
    Luogo Nascita | - | Napoli | Roma
    Tipo Sepoltura | - | Loculo | Tomba di famiglia
    Telefono Familiare | - | 333 111 2222 | 06 5555 1234
  `),
  set({ id: 'it-presenze-qr-export', kind: 'QR attendance scan export (tax code, QR code, date, time)', lang: 'it', defaultCountry: 'IT', source: 'index:11119126477 (an attendance app\'s CSV export controller, Spring)' }, `
    Nome | firstName | Alessia | Stefano
    Cognome | lastName | Fabbri | Moretti
    Codice Fiscale | - | FBBLSS95C41H294T | MRTSFN88L12F205W
    QR Code | - | QR-0001 | QR-0002
    Data | - | 2026-09-14 | 2026-09-14
    Ora | - | 08:45:12 | 08:51:40
  `),
  set({ id: 'it-operatori-registrati-csv', kind: 'registered operators file (registration number, tax code, password, monitoring centre)', lang: 'it', defaultCountry: 'IT', source: 'index:46233521496 (a climate monitoring project\'s operator registration writer, Java)' }, `
    Matricola | externalId | 00012 | 00013
    Nome | firstName | Elisa | Tommaso
    Cognome | lastName | Villa | Bruno
    Codice Fiscale | - | VLLLSE92D45F205K | BRNTMS90A01L219P
    Email | email | elisa.villa@example.it | tommaso.bruno@example.com
    Password | - | ******** | ********
    # The monitoring centre an operator works at is their organisation: the company name.
    Centro di Monitoraggio | companyName | Centro Valtellina | Centro Lago Maggiore
  `),
  set({ id: 'it-accrediti-evento-pasti', kind: 'event accreditation export (tax code, organisation, role, entry and exit, meals, allergens, notes)', lang: 'it', defaultCountry: 'IT', source: 'index:22578281636 (an event check-in app\'s CSV export, Firebase)' }, `
    Nome | firstName | Federica | Luca
    Cognome | lastName | Sala | Gentile
    Codice Fiscale | - | SLAFDR91P50F205U | GNTLCU85T10H501R
    Organizzazione | companyName | Protezione Civile Lombardia | Croce Rossa
    Ruolo | - | Volontaria | Autista
    Ingresso | - | 2026-07-01 08:00 | 2026-07-01 09:30
    Uscita | - | 2026-07-01 18:00 | ""
    Colazione | - | Sì | No
    Pranzo | - | Sì | Sì
    Cena | - | No | Sì
    Allergeni | - | Glutine | ""
    Note | - | "" | Arriva in ritardo
  `),
  set({ id: 'it-corsi-iscrizioni-come-conosciuto', kind: 'course enrolment export from a WordPress plugin (21 columns: sex, address, birth data, tax code, phone and mobile, schooling, job status, newsletter, course, site, how they heard)', lang: 'it', defaultCountry: 'IT', source: 'index:33148647754 (a training centre plugin\'s enrolment CSV export, PHP)' }, `
    Nome | firstName | Martina | Simone
    Cognome | lastName | Rinaldi | Caruso
    Sesso | - | F | M
    Indirizzo | address1 | Via Mazzini 7 | Via dei Mille 30
    Citta' | city | Torino | Moncalieri
    Cap | postalCode | 10123 | 10024
    Provincia | state | TO | TO
    Data di nascita | dateOfBirth | 22/02/1998 | 05/09/1993
    Luogo di nascita | - | Torino | Catania
    Codoce Fiscale | - | RNLMTN98B62L219H | CRSSMN93P05C351Q
    Telefono | phone | 011 123 4567 | ""
    Cellulare | additionalPhones | 349 876 5432 | 320 111 2233
    Email | email | martina.rinaldi@example.it | simone.caruso@example.com
    Titolo di studio | - | Diploma | Laurea
    Stato occupazionale | - | Disoccupata | Occupato
    Note | - | "" | Preferisce il serale
    Newsletter | - | Sì | No
    Corso | - | Operatore socio sanitario | Contabilità
    Sede | - | Torino | Torino
    Data Registrazione | - | 2026-02-10 | 2026-02-12
    # "How did you get to know us", asked of the person, not of the course: the Source.
    Come conosciuto | source | Facebook | Passaparola
  `),
  set({ id: 'it-ania-anagrafiche-rec10', kind: 'insurance customer record layout (21 columns: record id, name or firm, tax and VAT codes, birth data, address, nation, phone and mobile, IBAN, privacy consent, insurers)', lang: 'it', defaultCountry: 'IT', source: 'index:56700308891 (an insurance broker app\'s ANIA record importer test, Python)' }, `
    # The exporting system's id of the customer record: another system's id of this person.
    id_anagrafica_exp | externalId | ANA104 | ANA105
    # "Ragione sociale" holds the insured's name, a person's here (surname first): the name.
    ragione_sociale | name | BIANCHI LUCIA | VERDI ANDREA
    codice_fiscale | - | BNCLCU82D41H501X | VRDNDR75S12F205Z
    partita_iva | - | "" | ""
    data_nascita | dateOfBirth | 01/04/1982 | 12/11/1975
    comune_nascita | - | ROMA | MILANO
    provincia_nascita | - | RM | MI
    sesso_share | - | F | M
    indirizzo | address1 | VIA APPIA NUOVA 100 | VIA TORINO 15
    comune | city | ROMA | MILANO
    provincia | state | RM | MI
    cap | postalCode | 00183 | 20123
    nazione | country | ITALIA | ITALIA
    numero_telefono | phone | 06 7012345 | 02 8901234
    cellulare | additionalPhones | 3331234567 | 3479876543
    email | email | lucia.bianchi@example.it | ""
    iban | - | IT60X0542811101000000123456 | ""
    consenso_privacy | - | S | S
    data_consenso_privacy | - | 01/01/2024 | 15/03/2024
    compagnia_exp | - | CATTOLICA | GENERALI
    compagnia_ania | - | 123 | 456
  `),
  set({ id: 'it-soci-tessere-export', kind: 'association member export from a Google Sheets app (card number, name, phone, card active)', lang: 'it', defaultCountry: 'IT', source: 'index:69777636962 (an association\'s Apps Script admin CSV export of its members)' }, `
    # The membership card number is the member's number: a member id, so the External ID.
    Tessera | externalId | 0142 | 0143
    Nominativo | name | Rossi Anna | Gallo Pietro
    Telefono | phone | 347 555 1234 | 0341 282828
    Attiva | - | SI | NO
  `),
  set({ id: 'it-noleggio-clienti-colonna-vuota', kind: 'car rental customer CSV whose rows start with the separator (an empty first column), tax code, name, phone', lang: 'it', defaultCountry: 'IT', source: 'index:4505286824 (a university car rental project\'s customer CSV writer, Java)' }, `
    # Every line starts with ";": an empty first column under an empty header.
    "" | - | "" | ""
    CodiceFiscale | - | MNCLRA90A41F205X | DLCGNN85M10A662B
    Nominativo | name | Mancini Laura | De Luca Giovanni
    telefono | phone | 3391234567 | 080 5211234
  `),
  set({ id: 'it-associazione-utenti-interessi', kind: 'association users export filtered by interests (mobile and phone, postcode, town, address, who they live with)', lang: 'it', defaultCountry: 'IT', source: 'index:206220458 (a research institute association\'s member export by interest, PHP)' }, `
    COGNOME | lastName | Benedetti | Orlando
    NOME | firstName | Silvia | Massimo
    EMAIL | email | silvia.benedetti@example.it | m.orlando@example.com
    CELLULARE | additionalPhones | 348 123 4567 | 329 765 4321
    TELEFONO | phone | 050 315 1234 | ""
    CAP | postalCode | 56124 | 56127
    CITTA' | city | Pisa | Pisa
    INDIRIZZO | address1 | Via Moruzzi 1 | Lungarno Pacinotti 43
    # The name of a person the user lives with: not the user's own.
    COABITA | - | Orlando Massimo | Benedetti Silvia
  `),
  // ----------------------------------------------------------------------------------------------------- English
  set({ id: 'en-hotel-pms-migration-sample', kind: 'hotel property management migration sample (guest, stay dates, status, total)', lang: 'en', source: 'index:55730272448 (a hotel PMS\'s migration wizard sample CSV for a competitor\'s export)' }, `
    Guest Name | name | Olivia Brooks | Mateo Alvarez
    Check-in | - | 2026-07-01 | 2026-07-03
    Check-out | - | 2026-07-04 | 2026-07-05
    Email | email | olivia.brooks@example.com | mateo.alvarez@example.com
    Phone | phone | +1-555-0131 | +34-612-0044
    Status | - | Confirmed | Pending
    Total | - | 255 | 180
  `),
  set({ id: 'en-in-interview-slot-bookings', kind: 'interview slot booking export (booking id, date, slot, status, price in rupees)', lang: 'en', defaultCountry: 'IN', source: 'index:57915241916 (a mock interview site\'s admin bookings CSV export, Express)' }, `
    Booking ID | - | BK-20260911-01 | BK-20260911-02
    Candidate Name | name | Ananya Iyer | Rohit Verma
    Email | email | ananya.iyer@example.in | rohit.verma@example.com
    Phone | phone | 98765 43210 | +91 91234 56789
    Date | - | 2026-09-15 | 2026-09-16
    Slot | - | 10:00-11:00 | 15:00-16:00
    Status | - | confirmed | pending
    Assigned Price (INR) | - | 1499 | 999
    Created At | - | 2026-09-11T10:20:00Z | 2026-09-11T12:05:00Z
  `),
  set({ id: 'en-ats-job-applications-scores', kind: 'applicant tracking export for one job (applied date, status, match and component scores, interview flag)', lang: 'en', source: 'index:8411410261 (a recruiting app\'s applications CSV export, Spring)' }, `
    Candidate Name | name | Jordan Ellis | Priya Raman
    Email | email | jordan.ellis@example.com | priya.raman@example.com
    Phone | phone | (312) 555-0142 | 312-555-0199
    Applied Date | - | 2026-04-02 | 2026-04-05
    Status | - | SHORTLISTED | APPLIED
    Match Score | - | 86 | 72
    Skills Score | - | 90 | 70
    Experience Score | - | 80 | 75
    Education Score | - | 85 | 70
    Interview Scheduled | - | Yes | No
  `),
  set({ id: 'en-job-portal-applications-admin', kind: 'job portal admin applications export (application id, job title, hiring company, status, salary, location, experience)', lang: 'en', source: 'index:53182895622 (a job portal\'s admin applications CSV export, CodeIgniter)' }, `
    # The application's number, not the candidate's: not imported.
    ID | - | 3051 | 3052
    Candidate Name | name | Marcus Reed | Hannah Cole
    Email | email | marcus.reed@example.com | hannah.cole@example.com
    Phone | phone | 415-555-0107 | (415) 555-0163
    # The job applied for and the company that posted it, not the candidate's own job or employer.
    Job Title | - | Frontend Developer | Data Analyst
    Company | - | Brightlane Inc. | Northpeak LLC
    Status | - | reviewed | pending
    Applied At | - | 2026-02-14 09:12:00 | 2026-02-15 16:40:00
    Expected Salary | - | 95000 | 70000
    Location | - | San Francisco, CA | Remote
    Experience | - | 4 years | 2 years
  `),
  set({ id: 'en-in-school-careers-applications', kind: 'school website careers applications export (application id, position, qualification, years of experience, status)', lang: 'en', defaultCountry: 'IN', source: 'index:70075917085 (a school website admin\'s careers CSV export, Node)' }, `
    Application ID | - | APP-2026-014 | APP-2026-015
    Candidate Name | name | Kavya Nair | Arjun Mehta
    Email | email | kavya.nair@example.in | arjun.mehta@example.com
    Phone | phone | 9876543210 | +91 99887 66554
    Position | - | PGT Mathematics | Librarian
    Qualification | - | M.Sc., B.Ed. | M.Lib.Sc.
    Experience Years | - | 6 | 3
    Status | - | new | shortlisted
    Date | - | 2026-03-21 10:02:11 | 2026-03-22 14:30:45
  `),
  set({ id: 'en-hotel-booking-report-payments', kind: 'hotel booking report (booking reference, hotel, room type, guest, stay dates, price, status, payment status)', lang: 'en', source: 'index:53657513200 (a hotel booking API\'s report endpoint writing CSV, Express)' }, `
    Booking Reference | - | HB-7F3K2A | HB-9Q1L0C
    Hotel | - | Harbor View Inn | Harbor View Inn
    Room Type | - | Deluxe | Standard
    Guest Name | name | Samuel Ortiz | Grace Whitfield
    Check-In | - | 2026-08-10 | 2026-08-12
    Check-Out | - | 2026-08-13 | 2026-08-14
    Total Price | - | 540.00 | 260.00
    Status | - | confirmed | cancelled
    Payment Status | - | paid | refunded
  `),
  set({ id: 'en-vacation-rental-bookings-export', kind: 'vacation rental booking export (booking id, unit, guest, stay dates, guests, status)', lang: 'en', source: 'index:49874395103 (a vacation rental owner app\'s booking CSV export, Flutter)' }, `
    Booking ID | - | b_81f2 | b_81f3
    Unit | - | Lakeside Cabin | Studio 2
    Guest Name | name | Emily Carter | Noah Fischer
    Check-In | - | 2026-06-20 | 2026-06-22
    Check-Out | - | 2026-06-27 | 2026-06-24
    Guests | - | 4 | 2
    Status | - | confirmed | pending
  `),
  set({ id: 'en-affordable-housing-tenant-upload', kind: 'affordable housing compliance tenant upload (unit, move-in date, rent, income, recertification date)', lang: 'en', source: 'index:15562380266 (a housing compliance tool\'s upload design notes with the sample CSV)' }, `
    Tenant Name | name | Denise Howard | Luis Romero
    Unit | - | 204 | 311
    Move-In Date | - | 02/01/2024 | 08/15/2025
    Monthly Rent | - | $1,150 | $1,320
    Annual Income | - | 41000 | 47500
    Recert Date | - | 01/31/2027 | 08/14/2026
    Email | email | denise.howard@example.com | luis.romero@example.com
    Phone | phone | 555-201-4432 | (555) 301-8890
  `),
  set({ id: 'en-tutoring-inquiries-export', kind: 'tutoring centre inquiries export (parent or guardian, student, grade, subject, location, message)', lang: 'en', source: 'index:56723981519 (a tutoring site\'s admin inquiries CSV export, Express)' }, `
    Date | - | 9/2/2026, 4:12:33 PM | 9/3/2026, 10:05:10 AM
    # The parent or guardian is the one who inquires, and the phone and email are theirs: the contact of the row, so
    # their name is the name (the rule against a parent's columns is about a parent beside the person's own columns).
    Parent/Guardian Name | name | Rachel Kim | Thomas Boyd
    Student Name | - | Ethan Kim | Lily Boyd
    Grade Level | - | 8th Grade | 11th Grade
    Subject | - | Algebra | Chemistry
    Phone | phone | (206) 555-0175 | 206-555-0139
    Email | email | rachel.kim@example.com | tboyd@example.com
    Location | - | Online | Bellevue
    Message | - | Needs help before finals | ""
  `),
  set({ id: 'en-au-youth-camp-registrations', kind: 'church youth camp registration export (29 columns: submission, person in "surname, first name" form, school grade, Medicare number, medical and dietary needs, church, Blue Card, consents, parent or guardian)', lang: 'en', defaultCountry: 'AU', source: 'index:55799819084 (a youth camp registration app\'s export service test, TS)' }, `
    Date Submitted | - | 21/06/2026 | 22/06/2026
    Submission Status | - | Pending | Approved
    # The same name again, surname first; the first and last name columns are taken.
    Person | - | Nguyen, Tyler | Walsh, Ruby
    Person Status | - | Pending | Confirmed
    First Name | firstName | Tyler | Ruby
    Last Name | lastName | Nguyen | Walsh
    Gender | - | Male | Female
    Date of Birth | dateOfBirth | 14/02/2010 | 30/09/2009
    School Grade | - | 10 | 11
    Mobile Number | phone | 0412 345 678 | 0498765432
    Email Address | email | tyler.nguyen@example.com.au | ruby.walsh@example.com
    Suburb | city | Carindale | Chermside
    Postcode | postalCode | 4152 | 4032
    State | state | QLD | QLD
    Medicare Number | - | 4148431533 | 2123456701
    Medical Conditions | - | Asthma | ""
    Dietary Requirements | - | "" | Vegetarian
    List Other Medical Conditions or Medication Taken | - | Ventolin as needed | ""
    # The church an attendee comes from is not their employer.
    Attendee's Church | - | Victory | Hope Community
    If from a church not listed, please specify church name & Youth Pastor | - | "" | ""
    Blue Card/Working with Children Card Number | - | "" | ""
    Blue Card/Working with Children Card Expiry | - | "" | ""
    I give medical consent for my child as listed above. | - | Yes | Yes
    I give photography and video consent for my child as listed above. | - | Yes | No
    I understand and agree to the Supervision policy. | - | Yes | Yes
    Parent/Guardian Name | - | Linh Nguyen | Sarah Walsh
    Relation to Child | - | Mother | Mother
    Parent/Guardian Phone Number | - | 0413 510 011 | 0422 111 333
    Today's Date | - | 21/06/2026 | 22/06/2026
  `),
  set({ id: 'en-restaurant-ordering-customers-export', kind: 'online ordering platform customer export per restaurant (the restaurant\'s name on every row, last order date, order count, total spent)', lang: 'en', source: 'index:57616872271 (a restaurant ordering admin API\'s customer CSV export, Express)' }, `
    # The restaurant the export is for, the same on every row: not the customer's company.
    Restaurant Name | - | Luigi's Trattoria | Luigi's Trattoria
    Customer Name | name | Brian Walsh | Tasha Green
    Phone | phone | (212) 555-0148 | 2125550193
    Email | email | brian.walsh@example.com | ""
    Last Order Date | - | 2026-10-02 | 2026-09-18
    Total Orders | - | 7 | 1
    Total Spent | - | 184.50 | 22.00
  `),
  set({ id: 'en-in-grocery-shop-customers-export', kind: 'local grocery delivery shop customer export (pincode, order count, total spent)', lang: 'en', defaultCountry: 'IN', source: 'index:55173242269 (a grocery delivery admin page\'s customer CSV export, JS)' }, `
    Name | name | Sunita Reddy | Imran Sheikh
    Phone | phone | 9848012345 | +91 98480 54321
    Email | email | sunita.reddy@example.in | ""
    Pincode | postalCode | 500034 | 500081
    Total Orders | - | 12 | 3
    Total Spent | - | 8450 | 1260
  `),
  set({ id: 'en-coupon-site-newsletter-subscribers', kind: 'deals site newsletter subscriber export (email, subscription date, confirmation state)', lang: 'en', source: 'index:52471792628 (a coupon site admin\'s newsletter CSV export, React)' }, `
    Email | email | deals.fan@example.com | k.mensah@example.org
    Subscribed On | - | 12 Mar 2026 | 3 Apr 2026
    Status | - | confirmed | unconfirmed
  `),
  set({ id: 'en-event-pass-ticket-csv', kind: 'event pass issuing CSV (ticket type, attendee name and email, badge image link)', lang: 'en', source: 'index:4254155504 (an event pass pipeline builder\'s sample CSV, React)' }, `
    Ticket Type | - | General Admission | Speaker
    Attendee Name | name | Nina Patel | Owen Gallagher
    Attendee Email | email | nina.patel@example.com | owen@example.org
    Image URL | - | https://example.com/badges/ga.png | https://example.com/badges/speaker.png
  `),
];
