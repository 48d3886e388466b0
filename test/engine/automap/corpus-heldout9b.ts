// The ninth held-out part of the auto-mapping corpus, second file (see corpus-format.ts): 55 header sets (610
// columns, 265 of them expected to map) in Spanish, Portuguese, French and Italian, and English exports and templates
// of tools and kinds no older part uses (an Apollo.io people export, a youth sports club's registration-platform
// export, a school information system's roster export for a family messaging tool, a small-business CRM's import
// template, Tally and Wufoo form exports, a travel agency CRM's export, a survey site's and a government enquiry
// form's submission CSVs), from sources none of the other parts use, found in the public code index (export writers,
// importer templates and tests, Google Forms response sheets, hand-made lists, data files written without a header
// row, documentation) and written down, with the mapping a careful person would choose by the field definitions and
// the rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper. "index:N" names
// the index file the header text was read from (the index does not name its repository); the kind says what the file
// is. Sample values are made up in the shape of each file's own (no personal data from the sources is copied). A
// trailing empty column (a header line ending in the separator) is written as "". Where the choices below are
// silent, the set says what was chosen in a comment.
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

// A header that starts with "#" (Apollo's "# Employees") is written with a backslash before it in a table, where a
// line starting with "#" is a comment; the backslash is taken off here.
const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => {
  const s = corpusSet({ ...meta, part: 'heldout9' }, table);
  return { ...s, headers: s.headers.map((h) => (h.startsWith('\\#') ? h.slice(1) : h)) };
};

export const HELDOUT9B: CorpusSet[] = [
  // ----------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-comunidad-usuarios-seudonimo', kind: 'community site user export (user id, nickname, registration date, state)', lang: 'es', defaultCountry: 'ES', source: 'index:22647824441 (a community platform admin\'s user CSV export, JS)' }, `
    # "ID" is the site's own user id: another system's id of this person, so the External ID.
    ID | externalId | 1041 | 1042
    Pseudónimo | - | lunaroja | trasgo_77
    Nombre | firstName | Lucía | Íñigo
    Apellidos | lastName | Serrano Gil | Aranburu
    Email | email | lucia.serrano@example.es | inigo.aranburu@example.com
    Teléfono | phone | 654 321 987 | +34 688 112 233
    Fecha Registro | - | 2026-03-14 10:22:05 | 2026-04-02 18:40:11
    Estado | - | aprobado | pendiente
  `),
  set({ id: 'es-ar-convocatoria-postulantes-forms', kind: 'Google Forms job call responses (DNI, locality, training hours, attached CV)', lang: 'es', defaultCountry: 'AR', source: 'index:66054565580 (a municipal job call\'s data cleaning report, the raw Forms CSV)' }, `
    Marca temporal | - | 10/08/2026 9:14:22 | 11/08/2026 17:02:45
    Nombre y apellido | name | mariela quiroga | Tomás Ledesma
    DNI | - | 30.221.904 | 35 118 442
    Correo electrónico | email | Mariela.Quiroga@example.com.ar | tledesma@example.org
    # A town name chosen from a short list: the city.
    Localidad | city | Puerto Norte | Villa Serrana
    Formación específica realizada | - | Operación de plantas potabilizadoras | Mantenimiento eléctrico
    Horas acreditadas | - | 160 hs | 80
    Años de experiencia | - | 4 años | 2
    CV | - | cv-quiroga.pdf | cv-ledesma.pdf
    Carta de presentación | - | carta-quiroga.pdf |
    Certificado | - | cert-quiroga.pdf | cert-ledesma.pdf
  `),
  set({ id: 'es-co-ficha-participantes-forms', kind: 'Google Forms participant sheet (filled in by a field worker, ID document, age, health insurer)', lang: 'es', defaultCountry: 'CO', source: 'index:70721467286 (a youth programme\'s participant matching test, the Forms CSV sample)' }, `
    Marca temporal | - | 2026/09/15 | 2026/09/16
    # The field worker who filled in the sheet, not the participant.
    NOMBRE COMPLETO DE QUIEN DILIGENCIA LA FICHA | - | YESENIA PATERNINA | YESENIA PATERNINA
    TERRITORIO | - | TURBACO | ARJONA
    Nombre completo del participante | name | KEVIN ANDRÉS JULIO POLO | MARÍA JOSÉ CASSIANI
    Tipo de documento identidad | - | TI | CC
    Numero de documento identidad | - | 1047384756 | 1002345678
    Edad | - | 15 | 19
    Municipio | city | TURBACO | ARJONA
    EPS (si tienes) | - | MUTUAL SER | NUEVA EPS
  `),
  set({ id: 'es-mx-aspirantes-forms-whatsapp', kind: 'Google Forms university applicant responses (WhatsApp phone, school, grade, programme, how they heard)', lang: 'es', defaultCountry: 'MX', source: 'index:70250161349 (an admissions CRM\'s participant import mapping test)' }, `
    Marca temporal | - | 04/10/2026 10:15:00 | 05/10/2026 09:00:00
    Nombre | firstName | Ximena | Emiliano
    Apellidos | lastName | Canul  Pech | Ortega
    Correo | email | Ximena.Canul@example.com.mx | emi.ortega@example.com
    Teléfono con WhatsApp | phone | 999 123 4567 | 55 8765 4321
    Escuela | - | Colegio Montejo | Prepa Uno
    Grado | - | 3.º año | Egresado
    Periodo | - | Agosto 2027 | Enero 2027
    Licenciatura | - | Arquitectura | Derecho
    # "How did you hear about us?" is where the lead came from: the Source (a careful person's choice).
    ¿Cómo te enteraste? | source | Redes | Feria universitaria
  `),
  set({ id: 'es-ar-reservas-cabanas-sheet', kind: 'lodging booking requests mirrored from a Google Sheet (DNI, check-in and out, room, nights, total)', lang: 'es', defaultCountry: 'AR', source: 'index:52250757917 (a cabin rental admin panel\'s CSV export, React)' }, `
    Marca temporal | - | 3/1/2026, 14:05:12 | 5/1/2026, 09:48:30
    Nombre y Apellido | name | Valentina Ruiz Díaz | Facundo Gómez
    DNI | - | 38111222 | 29876543
    Email | email | valen.ruizdiaz@example.com | fgomez@example.com.ar
    Teléfono | phone | 11 5555-1234 | +54 9 294 412-3344
    Check-in | - | 2026-02-10 | 2026-02-14
    Check-out | - | 2026-02-14 | 2026-02-18
    Cuarto | - | Cabaña 2 | Suite Lago
    Noches | - | 4 | 4
    Total | - | 320000 | 410000
  `),
  set({ id: 'es-pe-intake-plantilla-presupuesto', kind: 'consultancy intake template in the Google Forms shape (company, service, need, budget)', lang: 'es', defaultCountry: 'PE', source: 'index:58688380682 (a consultancy CRM\'s downloadable CSV template)' }, `
    Marca temporal | - | 2026-08-09 | 2026-08-10
    Nombre | name | Rosa Huamán | Diego Paredes
    Email | email | rosa@estudio.example.pe | dparedes@example.com
    Teléfono | phone | +51 987 654 321 | 912 345 678
    Empresa | companyName | Estudio Huamán | Paredes & Asociados
    Servicio | - | Consultoría | Auditoría
    Necesidad | - | Ordenar ventas y caja | Revisar precios
    Presupuesto | - | 2500 | S/ 4,000
  `),
  set({ id: 'es-club-estudiantil-forms', kind: 'student club sign-up form responses (semester, degree, student code, role)', lang: 'es', defaultCountry: 'CO', source: 'index:11267613967 (a student club\'s member loader, its expected Forms columns)' }, `
    Marca temporal | - | 2026/02/03 8:12:40 p. m. | 2026/02/04 10:01:12 a. m.
    Nombre | name | Laura Valentina Rincón | Sebastián Mejía
    Semestre | - | 4 | 7
    Carrera | - | Ingeniería de Sistemas | Física
    # The university's student code of this person: another system's id, the External ID.
    Código | externalId | 202312345 | 202045678
    Rol | - | Miembro | Voluntario
    Correo electrónico | email | lv.rincon@example.edu.co | s.mejia@example.edu.co
    Número de teléfono | phone | 310 555 1234 | 3205556789
    Algo que te gustaría hacer | - | Talleres de Python | Hackatones
  `),
  set({ id: 'es-ar-kayak-inscripciones-emergencia', kind: 'kayak crossing enrolment export (code, DNI, locality, kayak type, emergency contact, state)', lang: 'es', defaultCountry: 'AR', source: 'index:61028635540 (a kayak event site\'s admin CSV export, Express)' }, `
    # The enrolment code is a ticket-like number: not imported.
    Código | - | KY-0142 | KY-0143
    Nombre | firstName | Agustina | Nicolás
    Apellido | lastName | Benítez | Sosa
    DNI | - | 36.555.111 | 28444999
    Email | email | agus.benitez@example.com.ar | nsosa@example.com
    Teléfono | phone | 2944 55-1234 | +54 9 11 4321-8765
    Localidad | city | Bariloche | Neuquén
    Tipo Kayak | - | Doble | Simple
    Experiencia | - | Intermedia | Principiante
    # Someone else's name and phone in one cell: never the participant's.
    Contacto Emergencia | - | Marta Benítez 2944 55-9876 | Paula (esposa) 11 5555-0000
    Estado | - | confirmada | pendiente
    Fecha | - | 2026-10-01 12:30:00 | 2026-10-02 08:15:00
  `),
  set({ id: 'es-ar-rifa-compradores-export', kind: 'raffle buyer export (DNI, numbers bought, total spent, last purchase, sign-up date)', lang: 'es', defaultCountry: 'AR', source: 'index:49796084062 (a raffle site\'s admin user CSV export, Next.js)' }, `
    Nombre | firstName | Rocío | Matías
    Apellido | lastName | Acosta | Villalba
    DNI | - | 40111222 | 33444555
    Email | email | rocio.acosta@example.com | mati.villalba@example.com.ar
    Teléfono | phone | 341 555-1234 | N/A
    Números Comprados | - | 5 | 12
    Total Gastado | - | 25000 | 60000
    Última Compra | - | 2026-09-30 | 2026-10-04
    Fecha Registro | - | 12/9/2026, 18:22:10 | 20/9/2026, 09:03:44
  `),
  set({ id: 'es-docentes-legajo-categoria', kind: 'teacher list export from a desktop app (file number, DNI, subject, category)', lang: 'es', defaultCountry: 'AR', source: 'index:23663475705 (a school staff manager\'s CSV export, PyQt)' }, `
    # The staff file number ("legajo") is the school's id of this teacher: the External ID.
    Legajo | externalId | 1024 | 1088
    Nombre | firstName | Graciela | Hernán
    Apellido | lastName | Ibarra | Quiroga
    DNI | - | 22333444 | 31222111
    Email | email | gibarra@example.edu.ar | hquiroga@example.com
    Teléfono | phone | 351 612-3456 | 3515559876
    Materia | - | Matemática | Historia
    # A category column: Tags, by the convention (here the teacher's category on the staff list).
    Categoría | tags | Titular | Suplente
  `),
  set({ id: 'es-panel-usuarios-rol-profesion', kind: 'admin panel user export (id, DNI, role, level, state, start date, department, profession)', lang: 'es', defaultCountry: 'PE', source: 'index:26422297058 (a management dashboard\'s user CSV export, JS)' }, `
    ID | externalId | U-001 | U-002
    Nombre | firstName | Milagros | Renato
    Apellido | lastName | Chávez | Salazar
    DNI | - | 45678912 | 70123456
    Email | email | milagros.chavez@example.pe | renato.salazar@example.com
    Teléfono | phone | 987 654 321 | +51 912 345 678
    Rol | - | Administrador | Usuario
    Nivel | - | - | Senior
    Estado | - | Activo | Inactivo
    Fecha Ingreso | - | 2026-01-10 | 2026-02-01
    Departamento | - | Contabilidad | Logística
    Profesión | - | Contadora | Ingeniero Industrial
  `),
  set({ id: 'es-co-clientes-nit-asesor', kind: 'B2B customer export (Colombia, tax id, department as the region, payment terms, assigned adviser)', lang: 'es', defaultCountry: 'CO', source: 'index:27949042810 (a distributor CRM\'s streamed customer CSV export, Next.js)' }, `
    Razón Social | companyName | Distribuciones El Prado S.A.S. | Ferretería La 80
    NIT | - | 900123456-7 | 800987654-1
    Ciudad | city | Medellín | Bello
    # In Colombia the "departamento" is the region (Antioquia, Cundinamarca): the State.
    Departamento | state | Antioquia | Antioquia
    Teléfono | phone | 604 444 1234 | 300 555 6677
    Email | email | compras@elprado.example.co | ferre80@example.com
    Forma de Pago | - | Crédito 30 días | Contado
    Estado | - | activo | prospecto
    Asesor Asignado | owner | Juliana Restrepo | Andrés Gaviria
    Fecha Creación | - | 2026-03-01 | 2026-06-15
    Última Interacción | - | 2026-10-20 |
  `),
  set({ id: 'es-pacientes-plantilla-signos-vitales', kind: 'patient import template (DNI, birth date, sex, height, weight, vital signs)', lang: 'es', defaultCountry: 'AR', source: 'index:43436900908 (a clinic app\'s patient bulk upload template, React)' }, `
    Nombre | firstName | Juana | Pedro
    Apellido | lastName | Medina | Correa
    DNI | - | 25999888 | 41222333
    Email | email | juana.medina@example.com | pcorrea@example.com.ar
    Teléfono | phone | 1134567890 | 261 455-6677
    FechaNacimiento | dateOfBirth | 1976-04-18 | 1999-12-01
    Sexo | - | F | M
    Altura | - | 162 | 180
    Peso | - | 61 | 84
    FrecuenciaCardiaca | - | 72 | 80
    FrecuenciaRespiratoria | - | 16 | 14
  `),
  set({ id: 'es-ar-instituto-alumnos-curso-rol', kind: 'training institute student admin export (id, DNI, course, role, state)', lang: 'es', defaultCountry: 'AR', source: 'index:61287016997 (a training institute\'s student admin CSV export, React)' }, `
    ID | externalId | 214 | 215
    Nombre | firstName | Florencia | Gonzalo
    Apellido | lastName | Medina | Herrera
    DNI | - | 39.876.543 | 30111222
    Email | email | flor.medina@example.com | gherrera@example.com.ar
    Teléfono | phone | 11 6543-2109 | 
    Curso | - | Auxiliar contable | Programación web
    Rol | - | alumno | alumno
    Estado | - | Activo | Pendiente
  `),
  // -------------------------------------------------------------------------------------------------- Portuguese
  set({ id: 'pt-clientes-painel-cpf-acesso', kind: 'shop admin customer export (CPF, address, sign-up, email confirmed, last access)', lang: 'pt', defaultCountry: 'BR', source: 'index:34114328546 (an online shop admin\'s customer CSV export, React)' }, `
    Nome | name | Juliana Prado | Otávio Nogueira
    Email | email | juliana.prado@example.com.br | otavio@example.com
    Telefone | phone | (11) 98765-4321 | (31) 3222-1100
    CPF | - | 123.456.789-09 | 987.654.321-00
    Cidade | city | São Paulo | Belo Horizonte
    Estado | state | SP | MG
    CEP | postalCode | 01310-100 | 30130-010
    Endereco | address1 | Av. Paulista, 1000 | Rua da Bahia, 45
    Cadastro | - | 12/03/2026 | 02/05/2026
    Email Confirmado | - | Sim | Não
    Ultimo Acesso | - | 01/10/2026 14:22 |
  `),
  set({ id: 'pt-forms-planos-colar', kind: 'Google Forms responses pasted into a gym app (plan chosen)', lang: 'pt', defaultCountry: 'BR', source: 'index:71260479957 (a studio app\'s paste-a-CSV import placeholder)' }, `
    Carimbo de data/hora | - | 2026-08-01 10:00 | 2026-08-02 18:30
    Nome Completo | name | Sofia Martins | Caio Rezende
    E-mail | email | sofia.martins@example.com | caio.rezende@example.com.br
    Telefone | phone | (11) 97777-6666 | (21) 99123-4567
    Plano | - | Plano Regular | Plano Anual
  `),
  set({ id: 'pt-pt-leads-forms-idade', kind: 'Google Forms lead sheet from Portugal (age, phone)', lang: 'pt', defaultCountry: 'PT', source: 'index:56687876524 (a lead importer\'s CSV upload test, Java)' }, `
    Carimbo de data/hora | - | 15/09/2026 10:11:12 | 16/09/2026 21:40:03
    Nome completo | name | Beatriz Lopes | Rui Carvalho
    Idade | - | 34 | 52
    Telefone | phone | +351 923 304 078 | 912 345 678
  `),
  set({ id: 'pt-forms-site-instituicao', kind: 'Google Forms onboarding responses for an institution\'s website (domain, colours, logos, consent)', lang: 'pt', defaultCountry: 'BR', source: 'index:68992856705 (a site builder\'s tenant import parser test, PHP)' }, `
    Carimbo de data/hora | - | 02/10/2026 09:12:44 | 03/10/2026 16:05:10
    # The institution the person fills the form in for: their organisation, so the Company name.
    Nome da instituição | companyName | Núcleo de Estudos Ponte | Instituto Raízes
    Domínio do site (ex.: nepe.org.br, sem http e sem www) | - | ponte.org.br | raizes.org
    Tema visual | - | Claro | Escuro
    Cor principal (#RRGGBB) | - | #1E5AA8 | #2F7D32
    Cor secundária | - | #F2B705 | #FFFFFF
    Logo (fundo claro) | - | https://drive.example.com/open?id=1abc | https://drive.example.com/open?id=2def
    Logo (fundo escuro) | - | | https://drive.example.com/open?id=3ghi
    Nome completo | name | Helena Duarte | Marcelo Pires
    E-mail | email | helena@ponte.org.br | marcelo.pires@example.com
    WhatsApp | phone | (61) 99876-5432 | +55 71 98111-2233
    Autorizo o uso destes dados para criar o site e receber e-mails de acesso. | - | Sim | Sim
  `),
  set({ id: 'pt-usuarios-modelo-cargo', kind: 'team member import template (role)', lang: 'pt', defaultCountry: 'BR', source: 'index:30450056845 (a SaaS admin\'s user import template download, React)' }, `
    Nome | firstName | Larissa | Henrique
    Sobrenome | lastName | Campos | Vasconcelos
    Email | email | larissa@example.com | henrique.v@example.com.br
    Telefone | phone | 11999990000 | 21988887777
    Cargo | - | member | admin
  `),
  set({ id: 'pt-funcionarios-senha-departamento', kind: 'employee file (CPF, birth date, password, employee id, salary, department)', lang: 'pt', defaultCountry: 'BR', source: 'index:20141275353 (a store system exercise\'s employee CSV writer, Java)' }, `
    Nome | name | Patrícia Moura | Anderson Lima
    CPF | - | 111.222.333-44 | 55566677788
    Data de Nascimento | dateOfBirth | 14/02/1992 | 03/09/1985
    Senha | - | ******** | ********
    Email | email | patricia.moura@example.com | anderson.lima@example.com.br
    Telefone | phone | (85) 98888-1111 | 85 3244-5566
    ID | externalId | 3 | 4
    Salário | - | 3500.0 | 4200.5
    Departamento | - | Vendas | Estoque
  `),
  set({ id: 'pt-clientes-endereco-idade', kind: 'customer file (CPF, birth date, age, address, city, state)', lang: 'pt', defaultCountry: 'BR', source: 'index:3541299968 (a customer registry exercise writing clientes.csv, C)' }, `
    NOME | name | Rodrigo Bastos | Aline Teixeira
    CPF | - | 12345678900 | 98765432100
    DATA DE NASCIMENTO | dateOfBirth | 10/10/1980 | 25/12/1999
    IDADE | - | 46 | 26
    ENDERECO | address1 | Rua das Flores, 12 | Av. Brasil, 900 ap 12
    CIDADE | city | Curitiba | Londrina
    ESTADO | state | PR | Paraná
  `),
  set({ id: 'pt-petshop-tutores-base', kind: 'pet shop owner file (CPF, birth date, pet name, change and deletion dates)', lang: 'pt', defaultCountry: 'BR', source: 'index:27314887663 (a pet shop exercise\'s base_de_dados.csv writer, C#)' }, `
    NOME | name | Vanessa Rocha | Igor Almeida
    CPF | - | 321.654.987-00 | 741.852.963-11
    DATA DE NASCIMENTO | dateOfBirth | 1990-07-19 | 1978-01-30
    NOME PET | - | Thor | Mel
    DATA_ALTERACAO | - | 2026-03-01 | 
    DATA_EXCLUSAO | - | | 2026-04-10
  `),
  set({ id: 'pt-crm-modelo-importacao-contatos', kind: 'CRM contact import template (company document, role, profile, group, segment, responsible user, monthly value, external code)', lang: 'pt', defaultCountry: 'BR', source: 'index:71203295439 (a client-relations SaaS\'s API notes on its import template)' }, `
    nome | name | Juliana Costa | Roberto Fagundes
    email | email | juliana@costaeventos.example.com.br | roberto.fagundes@example.com
    telefone | phone | (48) 99999-1111 | 48 3025-4400
    empresa | companyName | Costa Eventos | Fagundes Contabilidade
    documento_empresa | - | 12.345.678/0001-90 | 98.765.432/0001-10
    cargo | - | Sócia | Contador
    perfil | - | decisor | influenciador
    # A group column: Tags. The segment is the company's line of business: not imported.
    grupo | tags | Clientes VIP | Parceiros
    segmento | - | Eventos | Serviços contábeis
    responsavel | owner | Marina Alves | Pedro Souza
    valor_mensal | - | 1.500,00 | 890,00
    cliente_desde | - | 15/03/2024 | 01/07/2025
    codigo_externo | externalId | CLI-00042 | CLI-00043
    ativo | - | sim | não
  `),
  set({ id: 'pt-leads-site-export-origem', kind: 'landing page lead export (lead id, company, source, interest, status, contacted)', lang: 'pt', defaultCountry: 'BR', source: 'index:39949874814 (a software vendor\'s admin panel leads export, PHP)' }, `
    # The lead's id on the site: another system's id of this person, the External ID.
    ID | externalId | lead_66f1a2b3c4d5e | lead_66f1a2b3c4d6f
    Nome | name | Tatiane Borges | Felipe Antunes
    Email | email | tatiane@borgesmoveis.example.com.br | felipe.antunes@example.com
    Telefone | phone | (62) 99876-1234 | 62981112233
    Empresa | companyName | Borges Móveis | Antunes Tech
    Origem | source | Google Ads | Indicação
    Interesse | - | Plano Pro | Demonstração
    Status | - | novo | contactado
    Criado em | - | 2026-09-12 10:44:02 | 2026-09-13 16:20:55
    Contactado | - | Não | Sim
  `),
  set({ id: 'pt-evento-participantes-modelo-ingresso', kind: 'business event participant import template (guest type, ticket, company revenue band, payment, quantity)', lang: 'pt', defaultCountry: 'BR', source: 'index:66534540542 (an event manager\'s participant import model, JS)' }, `
    nome | name | Luciana Prates | Eduardo Viana
    email | email | luciana@prates.example.com | eduardo@vianafoods.example.com.br
    telefone | phone | 11999990000 | 11 98888-7777
    empresa | companyName | Prates Ltda | Viana Foods
    tipo | - | Convidado | Anfitrião
    ingresso | - | Convite | Cortesia
    # The company's revenue band: the company's size, not imported.
    faturamento | - | 150 mil – 500 mil/mês | acima de 1 mi/mês
    pagamento | - | Gratuito | Pix
    quantidade | - | 1 | 2
  `),
  set({ id: 'pt-escola-alunos-risco-responsavel', kind: 'school student risk import (class, grade, attendance, behaviour, risk level, guardian\'s name and contact)', lang: 'pt', defaultCountry: 'BR', source: 'index:23882080900 (a school early-warning app\'s import format description)' }, `
    Nome | name | Gabriel Farias | Yasmin Lopes
    Turma | - | 9º A | 8º B
    Nota | - | 5.5 | 8.2
    Frequencia | - | 72 | 95
    Comportamento | - | 2 | 4
    Nivel_Risco | - | high | low
    Acoes | - | Conversa com a família | 
    # The guardian's name and phone: another person's, not imported.
    Nome_Responsavel | - | Cláudia Farias | Marcos Lopes
    Contato_Responsavel | - | (71) 99876-5432 | (71) 98765-1111
  `),
  // ----------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-palestra-iscritti-corso', kind: 'gym course sign-up sheet imported into a booking app (course)', lang: 'it', defaultCountry: 'IT', source: 'index:70945306217 (a gym booking app\'s sheet import test, the iscritti.csv sample)' }, `
    nome | firstName | Marta | Giorgia
    cognome | lastName | Sartori |
    email | email | marta.sartori@example.it |
    telefono | phone | 347 123 4567 | 
    corso | - | Yoga | Pilates
  `),
  set({ id: 'it-import-aziende-partita-iva', kind: 'customer import fixture of a universal import engine (company name, VAT number)', lang: 'it', defaultCountry: 'IT', source: 'index:59628396012 (a management app\'s CSV import engine unit test)' }, `
    Ragione Sociale | companyName | "Officina Brambilla S.r.l." | Tecnoservizi SNC
    Partita IVA | - | 12345678901 | 09876543210
    Email | email | info@officinabrambilla.example.it | amministrazione@tecnoservizi.example.it
    Telefono | phone | 02123456 | 06 9876543
  `),
  set({ id: 'it-portafoglio-clienti-broker', kind: 'insurance broker customer portfolio export (customer code, VAT number, agent)', lang: 'it', defaultCountry: 'IT', source: 'index:63226712473 (a broker app\'s bulk portfolio takeover test)' }, `
    # The customer code is the management system's id of this customer: the External ID.
    Codice cliente | externalId | C-0012 | C-0013
    Ragione sociale | companyName | FERRAMENTA CORTI SRL | STUDIO LEGALE ARIOLI
    Partita IVA | - | 01234567897 | 01111111116
    # The agent who looks after the customer: the assigned user, so the Contact owner.
    Agente | owner | Rossi | Bianchi
  `),
  set({ id: 'it-anagrafica-codice-fiscale', kind: 'people register export (tax code, municipality code, birth date, sex, insertion date)', lang: 'it', defaultCountry: 'IT', source: 'index:27583570672 (a back-office manager\'s people CSV writer, Java)' }, `
    ID | externalId | P0001 | P0002
    COGNOME | lastName | ESPOSITO | MARCHETTI
    NOME | firstName | GIUSEPPE | ELENA
    CODICE FISCALE | - | SPSGPP70A01F839X | MRCLNE85M41H501Z
    COMUNE CODICE | - | F839 | H501
    DATA NASCITA | dateOfBirth | 01/01/1970 | 01/08/1985
    SESSO | - | M | F
    DATA INSERIMENTO | - | 12/03/2026 | 14/03/2026
  `),
  set({ id: 'it-viaggio-evento-iscrizioni-fatturazione', kind: 'event trip registration export (rooms, costs, company billing block, companions)', lang: 'it', defaultCountry: 'IT', source: 'index:10243920018 (an association\'s event registration admin, CSV export, JS)' }, `
    # The registration's number: not imported. The user id is the site's id of this person: the External ID.
    ID | - | 88 | 89
    User ID | externalId | 412 | 415
    Nome | firstName | Francesca | Matteo
    Cognome | lastName | Riva | De Santis
    Email | email | francesca.riva@example.it | matteo.desantis@example.com
    Cellulare | phone | 338 765 4321 | +39 349 111 2233
    Data Nascita | dateOfBirth | 1984-06-12 | 1979-02-03
    Indirizzo | address1 | Via Garibaldi 14, Torino | Piazza Dante 2, Napoli
    Codice Fiscale | - | RVIFNC84H52L219K | DSNMTT79B03F839P
    Partenza | - | Torino Porta Nuova | Napoli Centrale
    Camera Singola | - | 1 | 0
    Camera Doppia | - | 0 | 1
    Camera Tripla | - | 0 | 0
    Camera Quadrupla | - | 0 | 0
    Costo Totale | - | 540.00 | 980.00
    Evento | - | Convegno Assisi 2026 | Convegno Assisi 2026
    Data Iscrizione | - | 2026-05-02 | 2026-05-04
    Fatturazione Aziendale | - | Sì | No
    # The company to invoice when the registrant asks for it: billing, but the file has no company of the person's
    # own, so a careful person keeps it as the Company name. Its VAT, tax code, seat, SDI code and PEC are not imported.
    Ragione Sociale | companyName | Riva Consulting S.r.l. |
    Partita IVA | - | 10293847561 |
    Codice Fiscale Azienda | - | 10293847561 |
    Indirizzo Sede Legale | - | Corso Francia 100, 10143 Torino |
    Codice SDI | - | M5UXCR1 |
    PEC Azienda | - | rivaconsulting@pec.example.it |
    Numero Accompagnatori | - | 0 | 2
    Accompagnatori | - | | Giulia De Santis; Luca De Santis
  `),
  set({ id: 'it-soci-import-matricola-residenza', kind: 'association member import example (member number, mobile, residence street and city)', lang: 'it', defaultCountry: 'IT', source: 'index:26653294539 (a member management system\'s import documentation)' }, `
    Matricola | externalId | 001 | 002
    Nome | firstName | Alessandro | Silvia
    Cognome | lastName | Conti | Moretti
    Email | email | a.conti@example.it | silvia.moretti@example.com
    Cellulare | phone | 3331234567 | 3479876543
    Via_Residenza | address1 | Via Roma 10 | Via dei Mille 7
    Citta_Residenza | city | Roma | Firenze
  `),
  set({ id: 'it-evento-cna-registrazioni', kind: 'trade association event registrations table (company, VAT, postcode, trade, member flag, check-in)', lang: 'it', defaultCountry: 'IT', source: 'index:70955211059 (a trade association\'s event check-in dashboard, the registrations columns)' }, `
    id | - | 3f2a9c1e-1b7d-4c55-9e0b-2a1f7b9d0c11 | 8b6e0d2f-4a3c-4f1e-a7d2-5c9e1b3a7f20
    event_id | - | 12 | 12
    nome | firstName | Stefano | Elisa
    cognome | lastName | Pellegrini | Barbieri
    email | email | stefano@pellegriniimpianti.example.it | elisa.barbieri@example.it
    cellulare | phone | 335 555 0101 | 3405550202
    ragione_sociale | companyName | Pellegrini Impianti | Barbieri Acconciature
    partita_iva | - | 03344556677 | 04455667788
    cap | postalCode | 41121 | 41012
    mestiere_id | - | 7 | 15
    associato_cna | - | true | false
    presente | - | true | false
    checkin_at | - | 2026-10-08T09:12:33+02:00 |
    rinuncia | - | false | true
    created_at | - | 2026-09-20T11:02:10+02:00 | 2026-09-21T08:45:00+02:00
    codice_iscrizione | - | CNA-2026-0142 | CNA-2026-0143
    stato | - | confermata | annullata
  `),
  set({ id: 'it-rubrica-telefonica-senza-intestazione', kind: 'phone book text file, one contact a line, no header row (name, number, email)', lang: 'it', defaultCountry: 'IT', noHeader: true, source: 'github:lorenzopanta/Rubrica-Telefonica README.md (a terminal phone book\'s text file format)' }, `
    "" | name | Mario Bianchi | Carla Ferri
    "" | phone | 3331234567 | 3405556677
    "" | email | mario.bianchi@example.it | carla.ferri@example.com
  `),
  set({ id: 'it-servizio-civile-volontari-export', kind: 'civil service volunteer export (call, volunteer code, residence, tax code, project, host body and its seat, sector, state; trailing separator)', lang: 'it', defaultCountry: 'IT', source: 'index:11940073677 (a civil service management system\'s volunteer CSV export, VB.NET)' }, `
    Bando | - | Bando 2026 | Bando 2026
    # The volunteer code is the system's id of this person: the External ID.
    Codice Volontario | externalId | VOL0012345 | VOL0012346
    Cognome | lastName | Ricci | Gallo
    Nome | firstName | Federica | Simone
    Data di Nascita | dateOfBirth | 12/04/2001 | 30/10/1999
    Sesso | - | F | M
    Indirizzo | address1 | Via Verdi 22 | Contrada Sant'Elia 4
    Cap | postalCode | 37121 | 90046
    Comune | city | Verona | Monreale
    # The two-letter province is what an Italian address writes as its state; the region above it is not imported.
    Provincia | state | VR | PA
    Regione | - | Veneto | Sicilia
    Nazione | country | Italia | Italia
    Codice Fiscale | - | RCCFDR01D52L781T | GLLSMN99R30F377K
    Codice Progetto | - | PTXSU0012026010203NMTX | PTXSU0034026020304NMTX
    Titolo | - | Biblioteche aperte | Insieme per gli anziani
    Data Inizio Servizio | - | 15/05/2026 | 15/05/2026
    Data Fine Servizio | - | 14/05/2027 | 14/05/2027
    # The host body and its seat are the project's, not the volunteer's: not imported.
    Codice Ente | - | SU00123 | SU00456
    Ente | - | Comune di Verona | Cooperativa Sociale Il Ponte
    Nome Sede | - | Biblioteca Civica | Centro Diurno
    Comune Sede | - | Verona | Palermo
    Provincia Sede | - | VR | PA
    Regione Sede | - | Veneto | Sicilia
    Nazione Sede | - | Italia | Italia
    Settore | - | Patrimonio culturale | Assistenza
    Area | - | Biblioteche | Anziani
    Tipo Posto | - | Senza vitto e alloggio | Con vitto
    Stato | - | In servizio | Rinunciatario
    "" | - | |
  `),
  // ------------------------------------------------------------------------------------------------------ French
  set({ id: 'fr-etudiants-import-numero-cursus', kind: 'student import fixture (student number, track)', lang: 'fr', defaultCountry: 'FR', source: 'index:71572327634 (a student association app\'s CSV import test)' }, `
    Prénom | firstName | Camille | Yanis
    Nom | lastName | Lefèvre | Benali
    Email | email | camille.lefevre@example.fr | yanis.benali@example.com
    Téléphone | phone | 06 12 34 56 78 | +33 7 81 22 33 44
    # The school's student number of this person: the External ID.
    Numéro | externalId | 22104567 | 22109876
    Cursus | - | L3 Informatique | Autre
  `),
  set({ id: 'fr-raid-chefs-unite-export', kind: 'scout race leader list export (unit, creation date)', lang: 'fr', defaultCountry: 'FR', source: 'index:48803286000 (a scout race registration app\'s admin API documentation)' }, `
    # The scout unit the leader belongs to is a record of the app, not a group label: not imported.
    Unité | - | 1re Lyon Saint-Jean | Groupe Marmottes Annecy
    Prénom | firstName | Baptiste | Léa
    Nom | lastName | Garnier | Perrin
    Email | email | baptiste.garnier@example.fr | lea.perrin@example.org
    Téléphone | phone | 06 45 67 89 01 | 0478123456
    Créé le | - | 2026-03-02 | 2026-03-05
  `),
  set({ id: 'fr-sn-eleves-modele-parents-classe', kind: 'school student import template (Senegal, parent ids, class id and name)', lang: 'fr', defaultCountry: 'SN', source: 'index:2199519130 (a school management app\'s student CSV template, React)' }, `
    Nom | lastName | Diop | Ndiaye
    Prénom | firstName | Awa | Moussa
    Date de naissance | dateOfBirth | 2010-03-15 | 2011-07-22
    Email | email | awa.diop@example.sn | moussa.ndiaye@example.com
    Téléphone | phone | 771234567 | 78 987 65 43
    Adresse | address1 | Rue 10, Médina | Cité Keur Gorgui, Villa 12
    Sexe | - | F | M
    ID_Parent(s) | - | 3,7 |
    ClasseID | - | 4 | 4
    # The class the pupil is in: a school record, not a label on the contact; not imported.
    ClasseNom | - | 5e B | 5e B
  `),
  set({ id: 'fr-ch-auto-ecole-eleves-modele', kind: 'Swiss driving school student import template (canton, licence category, assigned instructor, notes)', lang: 'fr', defaultCountry: 'CH', source: 'index:34756058829 (a driving school app\'s student import template)' }, `
    Nom | lastName | Rochat | Favre
    Prénom | firstName | Julien | Manon
    Date de naissance | dateOfBirth | 2006-03-15 | 2007-11-02
    Email | email | julien.rochat@example.ch | manon.favre@example.com
    Téléphone | phone | +41791234567 | 078 234 56 78
    Adresse | address1 | Rue de Lausanne 12 | Avenue du Léman 45
    Code postal | postalCode | 1201 | 1005
    Ville | city | Genève | Lausanne
    Canton | state | GE | VD
    Catégorie permis | - | B | A1
    # The instructor the student is assigned to: the assigned user, so the Contact owner.
    Moniteur assigné | owner | Pascal Meylan |
    Notes | - | Élève motivé | Préfère le samedi
  `),
  set({ id: 'fr-ga-eleves-modele-tenue-parent', kind: 'school pupil import template (Gabon, birthplace, class, parent\'s name and phone, uniform)', lang: 'fr', defaultCountry: 'GA', source: 'index:57510872630 (a school portal\'s pupil CSV template download)' }, `
    Nom | lastName | Mba | Ondo
    Prénom | firstName | Christelle | Junior
    Date de naissance | dateOfBirth | 2014-05-15 | 2013-09-01
    Lieu de naissance | - | Libreville | Oyem
    Classe | - | CM1 | CM2
    Sexe | - | F | M
    Téléphone | phone | +24101234567 | 077 12 34 56
    Email | email | christelle.mba@example.ga |
    Adresse | address1 | Quartier Louis, Libreville | Akanda, Cité Angondjé
    Nom parent | - | Mme Mba | M. Ondo
    Téléphone parent | - | +24106112233 | 066 44 55 66
    Tenue | - | oui | non
  `),
  set({ id: 'fr-etudiants-export-titre-date', kind: 'student list export with a title line and an export date above the headers (student number, class year)', lang: 'fr', defaultCountry: 'FR', source: 'index:43155068793 (a university app\'s student CSV export, Java)', above: [['Liste des étudiants'], ['Date d\'export: 02/12/2026'], ['']] }, `
    Matricule | externalId | ETU2026-001 | ETU2026-002
    Nom | lastName | Marchand | Haddad
    Prénom | firstName | Élodie | Karim
    Date de Naissance | dateOfBirth | 14/02/2004 | 30/09/2003
    Email | email | elodie.marchand@example.fr | karim.haddad@example.com
    Promotion | - | L2 Info 2026 | L3 Info 2026
  `),
  set({ id: 'fr-collaborateurs-import-paie', kind: 'HR staff import for a payroll tool (employee number, hire date, status, level, coefficient, job)', lang: 'fr', defaultCountry: 'FR', source: 'index:57957522334 (an HR app\'s staff import API test, Django)' }, `
    Matricule | externalId | 00000123 | 00000124
    Nom | lastName | DUPRÉ | MOREL
    Prénom | firstName | Antoine | Sandrine
    Date de naissance | dateOfBirth | 15/03/1985 | 02/11/1990
    Date d'entrée | - | 01/09/2020 | 15/01/2024
    Statut | - | actif | actif
    Niveau | - | III | II
    Coefficient | - | 250 | 180
    Poste | - | Développeur | Comptable
    Fonctionnement | - | Forfait jour | 35h
  `),
  set({ id: 'fr-mg-etudiants-parcours', kind: 'student records file (Madagascar, address, phone, gender, track)', lang: 'fr', defaultCountry: 'MG', source: 'index:67193598585 (a C course\'s student sorting exercise, Students.csv)' }, `
    Nom | lastName | RAKOTO | RASOA
    Prénom | firstName | Hery | Fanja
    Date de naissance | dateOfBirth | 09/09/2005 | 21/04/2004
    Adresse | address1 | Lot II M 45 Antsahavola | Cité Ambohipo Bloc 12
    Tel | phone | 0341234567 | 032 55 123 45
    Genre | - | Homme | Femme
    Parcours | - | MIT | GB
  `),
  set({ id: 'fr-genealogie-sans-entete', kind: 'genealogy data file without a header row (person id, father\'s and mother\'s ids, birthplace)', lang: 'fr', defaultCountry: 'FR', noHeader: true, source: 'index:24256336948 (a family tree project\'s README, the line format of its input CSV)' }, `
    # The first three columns are the file's own numbering, used to link parents: not imported.
    "" | - | 12 | 13
    "" | - | 4 | 4
    "" | - | 5 | 5
    "" | lastName | Lambert | Lambert
    "" | firstName | Pierre | Jeanne
    "" | dateOfBirth | 03/02/1952 | 17/06/1955
    "" | - | Quimper | Brest
  `),
  set({ id: 'fr-lycee-eleves-classe-groupe', kind: 'pupil import format recommended by a school app\'s docs (class, group)', lang: 'fr', defaultCountry: 'TN', source: 'index:19632069345 (a school app\'s student login import notes)' }, `
    Nom | lastName | BEN SALAH | TRABELSI
    Prénom | firstName | Mohamed Ali | Ines
    Date de naissance | dateOfBirth | 15/03/2005 | 02/12/2006
    Email | email | mohamedali.bensalah@example.com | ines.trabelsi@example.tn
    Classe | - | TS1 | 2S3
    # A group column: Tags, by the convention.
    Groupe | tags | G2 | G1
  `),
  set({ id: 'fr-etudiants-export-numero-genre', kind: 'student list export from a university app (student number, gender, class year)', lang: 'fr', defaultCountry: 'FR', source: 'index:14575030013 (a university portal\'s student CSV export, JS)' }, `
    Numéro étudiant | externalId | 21904512 | 21907788
    Nom | lastName | Girard | N'Diaye
    Prénom | firstName | Mathis | Aminata
    Date de naissance | dateOfBirth | 2003-02-14 | 2004-08-30
    Genre | - | M | F
    Email | email | mathis.girard@etu.example.fr | aminata.ndiaye@etu.example.fr
    Promotion | - | M1 MIAGE | L3 MIAGE
  `),
  // ------------------------------------------------------------------------------------------------------ English
  set({ id: 'en-apollo-people-export-fixture', kind: 'Apollo.io people export (typed phones, company firmographics, Apollo ids)', lang: 'en', source: 'index:69228578214 (a lead tool\'s Apollo CSV import test)' }, `
    First Name | firstName | Maya | Owen
    Last Name | lastName | Castillo | Brandt
    Title | - | Founder | VP Operations
    Company Name | companyName | Brightloop | Northfield Freight
    Company Name for Emails | - | Brightloop | Northfield
    Email | email | maya@brightloop.example | owen.brandt@northfield.example
    Email Status | - | Verified | Extrapolated
    # Typed phones only: the mobile is the main phone, the work direct line an additional one; the corporate phone is
    # the company's switchboard.
    Work Direct Phone | additionalPhones | +1 415-555-0134 |
    Mobile Phone | phone | +1 628-555-0190 | +1 312-555-0148
    Corporate Phone | - | +1 415-555-0100 | +1 312-555-0100
    \\# Employees | - | 12 | 340
    Industry | - | computer software | logistics & supply chain
    Keywords | - | saas, analytics | freight, trucking
    Technologies | - | Google Workspace, Stripe | Salesforce, Outlook
    Person Linkedin Url | - | http://www.linkedin.com/in/mayacastillo | http://www.linkedin.com/in/owenbrandt
    Website | - | http://www.brightloop.example | http://www.northfield.example
    Country | country | United States | United States
    Company Country | - | United States | United States
    Apollo Contact Id | externalId | 66f1a2b3c4d5e6f708192a3b | 66f1a2b3c4d5e6f708192a3c
    Apollo Record Id | - | 5f0e1d2c3b4a596877665544 | 5f0e1d2c3b4a596877665545
  `),
  set({ id: 'en-club-season-registration-export-guardians', kind: 'youth soccer club season registration export from a registration platform (player, two guardians, physician, insurance, school)', lang: 'en', source: 'index:56859095399 (a club management app\'s importer for a registration platform\'s season export)' }, `
    # The registration's number and date: not imported. The player is the contact; the guardians', physician's and
    # insurance holder's columns are other people's and never imported, even the first guardian's address (the only
    # address in the file).
    Registration ID | - | R-558201 | R-558202
    Created | - | 2026-05-03 14:22:10 | 2026-05-04 09:10:45
    First Name | firstName | Mateo | Ava
    Last Name | lastName | Delgado | Whitfield
    Gender | - | Male | Female
    DOB | dateOfBirth | 2014-02-11 | 2015-09-27
    Contact Email | email | delgado.family@example.com | kwhitfield@example.com
    Phone | phone | (813) 555-0141 | 813-555-0177
    Allergies | - | None | Peanuts
    Medical Conditions | - | Asthma (inhaler) |
    Guardian 1 First Name | - | Carolina | Kate
    Guardian 1 Last Name | - | Delgado | Whitfield
    Guardian 1 Email Address | - | carolina.delgado@example.com | kwhitfield@example.com
    Guardian 1 Address | - | 4120 W Bay Vista Ave | 88 Palmetto Ct
    Guardian 1 City | - | Tampa | Lutz
    Guardian 1 State/Province | - | FL | FL
    Guardian 1 Postal Code | - | 33611 | 33549
    Guardian 1 Mobile Phone Number | - | (813) 555-0141 | 813-555-0177
    Guardian 1 Alternate Phone Number | - | | 813-555-0190
    Guardian 2 First Name | - | Luis | Ben
    Guardian 2 Last Name | - | Delgado | Whitfield
    Guardian 2 Email Address | - | luis.delgado@example.com |
    Guardian 2 Alternate Email | - | | ben.w@example.net
    Guardian 2 Mobile Phone Number | - | (813) 555-0142 | 813-555-0178
    Guardian 2 Alternate Phone Number | - | |
    Physician First Name | - | Anita | Robert
    Physician Last Name | - | Shah | Cole
    Physician Phone Number | - | (813) 555-0300 | 813-555-0333
    Physician Alt Phone Number | - | |
    Insurance Provider | - | Florida Blue | Aetna
    Insurance Provider Phone | - | 800-555-0101 | 800-555-0202
    Insurance Policy Holder First Name | - | Luis | Kate
    Insurance Policy Holder Last Name | - | Delgado | Whitfield
    Insurance Policy Number | - | XJH123456789 | W987654321
    What school does your athlete attend? | - | Roosevelt Elementary | Carrollwood Day
    Current Club (if none type N/A) | - | N/A | Tampa Bay United
    Current Team (if none type N/A) | - | N/A | 2015G Blue
  `),
  set({ id: 'en-sis-roster-guardians-emergency', kind: 'school information system roster export for a family messaging tool (student ids, mentor, language, two guardians, two emergency contacts)', lang: 'en', source: 'index:38475238340 (a charter school network\'s roster query over its SIS, SQL)' }, `
    # Two ids of the student: the school's local student number is the one a person would keep as the External ID.
    Student Sis Local Id | externalId | 100234 | 100871
    Site Id | - | 7 | 7
    Student Sis Id | - | 58812 | 60137
    Mentor | - | Ms. Alvarez | Mr. Chen
    Student First Name | firstName | Jayden | Sofia
    Student Last Name | lastName | Nguyen | Ramirez
    Grade | - | 8 | 10
    Student Gender | - | M | F
    Language | - | Vietnamese | Spanish
    Primary Guardian Id | - | 77310 | 77452
    Guardian 1 First Name | - | Linh | Maria
    Guardian 1 Last Name | - | Nguyen | Ramirez
    Guardian 1 Email | - | linh.nguyen@example.com | mramirez@example.com
    Guardian 1 Phone Number | - | (408) 555-0123 | 650-555-0188
    Guardian 1 Relation | - | Mother | Mother
    Guardian 1 Home Phone Number | - | | 650-555-0100
    Guardian 2 First Name | - | Minh | Jorge
    Guardian 2 Last Name | - | Nguyen | Ramirez
    Guardian 2 Email | - | | jorge.ramirez@example.com
    Guardian 2 Phone Number | - | (408) 555-0124 | 650-555-0189
    Guardian 2 Relation | - | Father | Father
    Guardian 2 Home Phone Number | - | |
    Emergency Contact 1 First Name | - | Thao | Ana
    Emergency Contact 1 Last Name | - | Tran | Lopez
    Emergency Contact 1 Mobile Phone Number | - | (408) 555-0177 | 650-555-0166
    Emergency Contact 1 Home Phone Number | - | |
    Emergency Contact 1 Email | - | |
    Emergency Contact 1 Relationship | - | Aunt | Grandmother
    Emergency Contact 2 First Name | - | | Luis
    Emergency Contact 2 Last Name | - | | Ramirez
    Emergency Contact 2 Mobile Phone Number | - | | 650-555-0155
    Emergency Contact 2 Home Phone Number | - | |
    Emergency Contact 2 Email | - | |
    Emergency Contact 2 Relationship | - | | Uncle
  `),
  set({ id: 'en-crm-business-primary-contact-template', kind: 'CRM importer template, one business a row with its primary contact (record type, industry, lead source, notes)', lang: 'en', source: 'index:57935245665 (a small-business CRM\'s import guide, its CSV template)' }, `
    # Each row is a business (an account) with its primary contact: the contact is the primary contact person. The
    # business's own phone, email and address are the account's, so not imported; its name is the contact's company.
    Business Name | companyName | Harbor Lane Bakery | Pinecrest Dental Group
    Record Type | - | Customer | Prospect
    Industry | - | Food & Beverage | Healthcare
    Phone | - | 555-201-3344 | (503) 555-0110
    Email | - | hello@harborlane.example | frontdesk@pinecrest.example
    Address | - | 18 Harbor Ln | 2200 SE Division St
    City | - | Portland | Portland
    State | - | ME | OR
    Zip Code | - | 04101 | 97202
    Primary Contact First Name | firstName | Nora | Raj
    Primary Contact Last Name | lastName | Whitcomb | Patel
    Primary Contact Email | email | nora@harborlane.example | raj.patel@pinecrest.example
    Primary Contact Phone | phone | 555-201-3399 | (503) 555-0123
    Website | - | https://harborlane.example | https://pinecrest.example
    Lead Source | source | Website | Referral
    Notes | - | Wholesale bread order weekly | Wants a demo in May
  `),
  set({ id: 'en-tally-workshop-choices-export', kind: 'Tally form responses export (submission and respondent ids, ranked workshop choices)', lang: 'en', source: 'index:23152089473 (a youth retreat\'s workshop allocation script, its input.csv format)' }, `
    # Tally's submission id and its anonymous respondent id are ids of the response, not of a person's record in
    # another system: not imported (a careful person's choice).
    Submission ID | - | PgYbzQ | 3xLkRa
    Respondent ID | - | l0WyWk | m2QpVn
    Submitted at | - | 2026-08-11 23:25:40 | 2026-08-12 07:02:13
    Your Full Name (Teen's Name) | name | Caleb Moreno | Grace Okafor
    Your Email | email | caleb.moreno@example.com | grace.okafor@example.org
    Rank/Order Your Choices | - | How to Pray, Salvation History | Science & Religion, How to Pray
  `),
  set({ id: 'en-wufoo-meter-reading-entries', kind: 'Wufoo form entries export for a utility\'s meter readings (entry id, account number, service address, meter, reading)', lang: 'en', source: 'index:44385466740 (a utility\'s meter reading importer, the Wufoo CSV header it wrote)' }, `
    Entry Id | - | 1187 | 1188
    Date Created | - | 2026-10-01 08:14:22 | 2026-10-01 09:40:05
    Created By | - | public | public
    Name | name | Dale Ferguson | Priya Raman
    Email | email | dferguson@example.net | priya.raman@example.com
    Phone Number | phone | (970) 555-0182 | 970-555-0139
    # The utility's account number of this customer: another system's id, the External ID.
    Account Number | externalId | 004512-01 | 007789-02
    Service Address | address1 | 1420 Aspen Ridge Rd | 77 Willow Creek Ln
    Address Line 2 | - | | Unit B
    City | city | Silverthorne | Dillon
    State / Province / Region | state | CO | CO
    Postal / Zip Code | postalCode | 80498 | 80435
    Country | country | United States | United States
    Meter Number | - | M-88213 | M-90457
    Read Date | - | 2026-09-30 | 2026-09-30
    Reading | - | 048213 | 112907
  `),
  set({ id: 'en-in-travel-crm-contacts-export', kind: 'travel agency CRM contact export (India, created and modified dates, alternate mobile, company id, lead status and owner, destination)', lang: 'en', defaultCountry: 'IN', source: 'index:70537410346 (a travel agency CRM\'s all-fields contact CSV export, React)' }, `
    # The CRM's own id of the contact, read by another system: the External ID.
    ID | externalId | 3051 | 3052
    Created Date | - | 2026-08-02 11:20:00 | 2026-08-03 16:45:10
    Modified Date | - | 2026-09-01 10:00:00 | 2026-08-03 16:45:10
    First Name | firstName | Ananya | Rohit
    Last Name | lastName | Iyer | Malhotra
    # The full name next to first and last name: the Name, as the older parts do.
    Contact Name | name | Ananya Iyer | Rohit Malhotra
    Email | email | ananya.iyer@example.in | rohit.m@example.com
    # Typed phones only: the mobile is the main phone, the alternate mobile an additional one.
    Mobile | phone | 98765 43210 | +91 99887 76655
    Alternate Mobile | additionalPhones | 98450 12345 |
    Company ID | - | 12 |
    Lead Status | - | Hot | New
    Lead Owner | owner | Kavya Nair | Arjun Rao
    Destination | - | Bali | Switzerland
    Source | source | Instagram | Walk-in
    Notes | - | Honeymoon, Dec dates | Family of 4
  `),
  set({ id: 'en-artist-survey-submissions-export', kind: 'artist practice survey submissions export (age, country, discipline, habits, monetisation, consent, wide)', lang: 'en', source: 'index:44382242866 (a creative research site\'s admin survey CSV export, Express)' }, `
    Submission Date | - | 2026-06-14T18:22:05.000Z | 2026-06-15T09:03:40.000Z
    Full Name | name | Imogen Harte | Tomás Ruiz
    Email | email | imogen.harte@example.co.uk | tomas.ruiz@example.com
    Age | - | 29 | 41
    Country | country | United Kingdom | Mexico
    Primary Discipline | - | Illustration | Sculpture
    Experience Years | - | 6 | 18
    Background | - | Self-taught | Formal
    Training | - | Online courses | BFA
    Mediums | - | Ink; Digital | Bronze; Clay
    Hours Per Week | - | 20 | 35
    Platforms | - | Instagram; Etsy | Website
    Has Exhibited | - | No | Yes
    Exhibition Source | - | | Gallery
    Collaborates | - | Yes | No
    Collaboration Description | - | Zine with friends |
    Idea Generation | - | Walking | Sketchbook
    Uses References | - | Yes | Sometimes
    Challenges | - | Time | Cost of materials
    Preferred Creation Time | - | Night | Morning
    Emotional State | - | Calm | Focused
    Mood Influence | - | High | Medium
    Monetizes | - | Yes | Yes
    Monetization Methods | - | Prints; Commissions | Commissions
    Five Year Goal | - | Solo show | Public commission
    Platform Suggestion | - | Portfolio reviews |
    Consent To Research | - | true | true
    Wants Updates | - | true | false
  `),
  set({ id: 'en-gb-trade-enquiry-form-csv', kind: 'government trade enquiry form submission CSV (UK, reference, company, job title, enquiry category and text)', lang: 'en', defaultCountry: 'GB', source: 'index:55691459317 (a trade tariff service\'s enquiry form worker test, Ruby)' }, `
    Reference | - | K7QP2M9X | R3TW8L1B
    Submission date | - | 2026-08-15 10:00 | 2026-08-16 14:35
    Full name | name | Harriet Cole | Deepak Varma
    Company name | companyName | Cole & Sons Imports Ltd | Varma Textiles
    Job title | - | Director | Logistics Manager
    Email address | email | harriet@coleandsons.example.co.uk | deepak.varma@example.com
    What do you need help with? | - | Import duties and quotas | Classification
    How can we help? | - | Question about a quota for steel | Which code for cotton scarves?
  `),
];
