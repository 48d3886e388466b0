// The seventh held-out part of the auto-mapping corpus, second file (see corpus-format.ts): 55 header sets (672
// columns, 322 of them expected to map) in Spanish, Portuguese, French and Italian, and English exports of tools no
// older part uses (Acuity Scheduling, Breeze ChMS, Wix, Constant Contact, Little Green Light, Fresha, Kajabi, a
// BambooHR-style HR roster; Treatwell among the Italian sets), from sources none of the other parts use, found in the
// public code index (export writers, importer templates and tests, Google Forms imports, hand-made lists and
// documentation) and written down, with the mapping a careful person would choose by the field definitions and the
// issue's rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the
// index file the header text was read from (the index does not name its repository); the kind says what the file is.
// Sample values are made up in the shape of each file's own (no personal data from the sources is copied). Headers
// with a line break inside are written with a space; a "|" inside a header is written "¦" (see piped below).
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

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout7' }, table);
/** A "¦" in a header stands for a "|", which the table format uses as its separator. */
const piped = (s: CorpusSet): CorpusSet => ({ ...s, headers: s.headers.map((h) => h.replace(/¦/g, '|')) });

export const HELDOUT7B: CorpusSet[] = [
  // ----------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-asociacion-socios-carga-masiva-tutores', kind: 'association member bulk-load file (member and organisation ids, typed phones, bank account, two guardians\' full groups)', lang: 'es', defaultCountry: 'ES', source: 'index:3476141348 (a school and association manager\'s bulk-load generator, Django)' }, `
    id_socio | externalId | 4821 | 7310
    id_organizacion | - | 26114 | 26114
    nombre | firstName | Lucía | Hugo
    apellidos | lastName | Martínez Sáenz | Ruiz Ortega
    dni | - | 16234567K | 16987654B
    telefono_fijo | additionalPhones | 941223344 | 941556677
    telefono_movil | phone | 622334455 | 655443322
    direccion | address1 | Calle Portales 12, 3º B | Avenida de la Paz 40
    cp | postalCode | 26001 | 26006
    localidad | city | Logroño | Logroño
    provincia | state | La Rioja | La Rioja
    sexo | - | M | H
    email | email | lucia.martinez@example.es | hugo.ruiz@example.es
    nacimiento | dateOfBirth | 14/3/2009 | 2/11/2011
    fecha_alta | - | 1/9/2024 | 15/9/2024
    observaciones | - | | Alergia al polen
    iban | - | ES7620770024003102575766 | ES9121000418450200051332
    nombre_tutor1 | - | Carmen | Pablo
    apellidos_tutor1 | - | Sáenz Gil | Ruiz Díaz
    dni_tutor1 | - | 16111222A | 16333444C
    telefono_fijo_tutor1 | - | 941223344 | 941556677
    telefono_movil_tutor1 | - | 611223344 | 633445566
    direccion_tutor1 | - | Calle Portales 12, 3º B | Avenida de la Paz 40
    cp_tutor1 | - | 26001 | 26006
    localidad_tutor1 | - | Logroño | Logroño
    provincia_tutor1 | - | La Rioja | La Rioja
    sexo_tutor1 | - | M | H
    email_tutor1 | - | carmen.saenz@example.es | pablo.ruiz@example.es
    nacimiento_tutor1 | - | 5/6/1978 | 21/1/1975
    fecha_alta_tutor1 | - | 1/9/2024 | 15/9/2024
    observaciones_tutor1 | - | |
    iban_tutor1 | - | ES7620770024003102575766 | ES9121000418450200051332
    nombre_tutor2 | - | Andrés | Elena
    apellidos_tutor2 | - | Martínez Rubio | Ortega León
    dni_tutor2 | - | 16555666D | 16777888E
    telefono_fijo_tutor2 | - | 941223344 |
    telefono_movil_tutor2 | - | 644556677 | 688990011
    direccion_tutor2 | - | Calle Portales 12, 3º B | Avenida de la Paz 40
    cp_tutor2 | - | 26001 | 26006
    localidad_tutor2 | - | Logroño | Logroño
    provincia_tutor2 | - | La Rioja | La Rioja
    sexo_tutor2 | - | H | M
    email_tutor2 | - | andres.martinez@example.es | elena.ortega@example.es
    nacimiento_tutor2 | - | 30/8/1976 | 12/12/1979
    fecha_alta_tutor2 | - | 1/9/2024 | 15/9/2024
    observaciones_tutor2 | - | |
    iban_tutor2 | - | ES7620770024003102575766 | ES9121000418450200051332
  `),
  set({ id: 'es-autoescuela-alumnos-importar', kind: 'driving school student import test (licence type, state, instructor, car, lessons, balance)', lang: 'es', defaultCountry: 'ES', source: 'index:71213155403 (a driving school app\'s student import test)' }, `
    Nombre | firstName | LAURA | Óscar
    Apellidos | lastName | FERNÁNDEZ GIL | Ramos
    DNI | - | 23456789D | Y2345678Z
    Teléfono | phone | 600 222 333 | 644555666
    Permiso | - | B | A2
    Estado | - | Activo | En prácticas
    Profesor | owner | Javier Ruiz | Javier
    Coche | - | Ibiza 5678 KLM |
    Clases | - | 6 |
    Saldo | - | 120 | 0
  `),
  set({ id: 'es-citas-clinica-export', kind: 'clinic appointments export (appointment id and number, date and time, national id, birth date, notes)', lang: 'es', defaultCountry: 'ES', source: 'index:45267666763 (an appointment booking page\'s CSV export, semicolons)' }, `
    ID | - | 1718000000001 | 1718000000002
    Número | - | 14 | 15
    Fecha | - | 2026-11-03 | 2026-11-03
    Hora | - | 09:30 | 10:00
    Nombre | firstName | Pilar | Tomás
    Apellidos | lastName | Navarro Ruiz | Blanco
    DNI | - | 34567890V | 45678901G
    Teléfono | phone | 678901234 | 699887766
    Nacimiento | dateOfBirth | 1961-07-22 | 1990-01-30
    Observaciones | - | Revisión anual |
  `),
  set({ id: 'es-club-futbol-sin-equipacion', kind: 'football club players without kit (national id, age category)', lang: 'es', defaultCountry: 'ES', source: 'index:31350598031 (a football club\'s kit report export, PHP)' }, `
    Nombre | firstName | Adrián | Mario
    Apellidos | lastName | Gil Pascual | Soto
    DNI | - | 90123456T | 01234567L
    Telefono | phone | 687654321 | 676767676
    Categoria | tags | Alevín | Infantil
  `),
  set({ id: 'es-gform-club-nautico-molokai', kind: 'Google Forms membership sign-up responses (Italian-locale timestamp header, collected email as user name, plan, IBAN, national id, mobile)', lang: 'es', defaultCountry: 'ES', source: 'index:63133885616 (a boat club\'s Google Forms import script)' }, `
    Informazioni cronologiche | - | 2026-04-29 10:00:00 | 2026-04-30 12:30:00
    Nome utente | email | socio1@example.es | marina.p@example.com
    Nombre y Apellido | name | Joan Ferrer Puig | Marina Pons
    Tipo de Plan | - | Plan Varada - 60,00 € | Plan Anual - 648,00 €
    Método de Pago | - | Mensual | Anual
    Introduce tu IBAN | - | ES91 2100 0418 4502 0005 1332 | ES7620770024003102575766
    Introduce tu DNI/NIE | - | 43123456P | X9876543K
    Introduce tu número de móvil | phone | +34 600 111 222 | 611333444
  `),
  set({ id: 'es-cr-colaboradores-preambulo-titulo', kind: 'staff list with a title and a section line above the header, two trailing empty columns', lang: 'es', defaultCountry: 'CR', source: 'index:56715914752 (a CSV import parser\'s preamble test)', above: [['BASE DE DATOS COLABORADORES', '', '', '', ''], ['INFORMACION GENERAL', '2', '', '', '']] }, `
    Nombre Completo | name | Valeria Jiménez Mora | Esteban Quesada
    Correo Electrónico | email | vjimenez@example.cr | equesada@example.com
    Teléfono | phone | 8888-1234 | 2222-5678
    "" | - | |
    "" | - | |
  `),
  set({ id: 'es-co-pioneros-registro-terminos', kind: 'landing page early-adopter sign-ups file (timestamp, full name, email, phone, terms accepted)', lang: 'es', defaultCountry: 'CO', source: 'index:41033434463 (a landing page server\'s pioneers CSV writer)' }, `
    Fecha y Hora | - | 2026-01-15T10:30:00.000Z | 2026-01-15T11:15:00.000Z
    Nombre Completo | name | Camilo Rojas | Daniela Ospina
    Correo Electrónico | email | camilo.rojas@example.co | dospina@example.com
    Teléfono | phone | 3001234567 |
    Términos Aceptados | - | Sí | Sí
  `),
  set({ id: 'es-pe-ventas-vehiculos-gform-sin-encabezado', kind: 'Google Forms responses read by Apps Script without the header row (timestamp, plate, seller name, national id, phone, payment and photo links, spouse\'s name, id and photos, agreed price, city, then 13 back-office columns)', lang: 'es', defaultCountry: 'PE', noHeader: true, source: 'index:58498384988 (a used-car sales tracker\'s sheet parser)' }, `
    "" | - | 03/11/2026 10:22:41 | 04/11/2026 16:05:12
    "" | - | ABC-123 | BXR-904
    "" | name | Jorge Luis Quispe Mamani | Rosa Elena Huamán
    "" | - | 45871236 | 001234567
    "" | phone | 987 654 321 | 912345678
    "" | - | https://drive.example.com/open?id=1aB | https://drive.example.com/open?id=2cD
    "" | - | https://drive.example.com/open?id=3eF | https://drive.example.com/open?id=4gH
    "" | - | https://drive.example.com/open?id=5iJ | https://drive.example.com/open?id=6kL
    "" | - | https://drive.example.com/open?id=7mN |
    "" | - | Sí | No
    "" | - | María Flores Ccori |
    "" | - | 41236587 |
    "" | - | https://drive.example.com/open?id=8oP |
    "" | - | https://drive.example.com/open?id=9qR |
    "" | - | 38500 | 27000
    "" | city | Arequipa | Lima
    "" | - | EN PROCESO | NUEVO
    "" | - | 10/11/2026 |
    "" | - | 10:30 |
    "" | - | | SI
    "" | - | Falta recibo de luz |
    "" | - | SI |
    "" | - | |
    "" | - | |
    "" | - | |
    "" | - | Llamó el 05/11 |
    "" | - | |
    "" | - | |
    "" | - | |
  `),
  set({ id: 'es-mx-alumnos-inscritos-tutor', kind: 'enrolled students grid (control number, first and second given names, paternal and maternal surnames, phone, street, house number, neighbourhood, the guardian\'s names)', lang: 'es', defaultCountry: 'MX', source: 'index:43956877316 (a school app\'s enrolled students grid, VB.NET)' }, `
    Numero de Control | externalId | 22150431 | 22150432
    Primer Nombre del Alumno | firstName | José | Ana
    Segundo Nombre del Alumno | - | Luis | Karen
    Apellido Paterno | lastName | Hernández | Ramírez
    Apellido Materno | - | López | Torres
    Telefono | phone | 442 123 4567 | 4429876543
    Calle | address1 | Av. Zaragoza | Calle Hidalgo
    Numero | - | 120 | 45-B
    Colonia | - | Centro | Jardines de la Hacienda
    Primer Nombre del Tutor | - | Luis | Patricia
    Segundo Nombre del Tutor | - | Alberto |
    Apellido Paterno del Tutor | - | Hernández | Torres
    Apellido Materno del Tutor | - | Ruiz | Vega
  `),
  set({ id: 'es-cl-causas-judiciales-busqueda', kind: 'court case search results file (given names, paternal and maternal surnames, year, case number, date, case title, court)', lang: 'es', defaultCountry: 'CL', source: 'index:53182027963 (a court records scraper\'s results CSV, Java)' }, `
    Nombres | firstName | María José | Cristián Andrés
    Apellido Paterno | lastName | González | Muñoz
    Apellido Materno | - | Rojas | Soto
    Año | - | 2024 | 2025
    Rol | - | C-1234-2024 | C-567-2025
    Fecha | - | 12/03/2024 | 05/08/2025
    Caratulado | - | BANCO X/GONZÁLEZ | MUÑOZ/INMOBILIARIA Y
    Tribunal | - | 1º Juzgado Civil de Santiago | 2º Juzgado de Letras de Talca
  `),
  set({ id: 'es-mx-alumnos-cuenta-semestre', kind: 'university students file (paternal and maternal surnames, address, account and enrolment numbers, semester, credits, age)', lang: 'es', defaultCountry: 'MX', source: 'index:6203358570 (a student records app\'s CSV writer, Java)' }, `
    Nombre | firstName | Fernanda | Ricardo
    Apellido Paterno | lastName | Castillo | Mendoza
    Apellido Materno | - | Aguilar | Reyes
    Dirección | address1 | Av. Universidad 3000, Coyoacán | Calle Sur 12 #45, Iztacalco
    Número de Cuenta | externalId | 320145678 | 319876543
    Número de Inscripción | - | 1 | 3
    Semestre | - | 3 | 7
    Créditos | - | 98 | 312
    Edad | - | 20 | 23
  `),
  // -------------------------------------------------------------------------------------------------- Portuguese
  set({ id: 'pt-contatos-por-registro-celular', kind: 'professional registry contacts file (registry id, landline and mobile)', lang: 'pt', defaultCountry: 'BR', source: 'index:52338209308 (a phone update script\'s input CSV, semicolons, Latin-1)' }, `
    ID_Registro | externalId | 10234 | 10561
    Nome | name | Marcelo Tavares | Luciana Prado
    Email | email | marcelo.tavares@example.com.br | luciana.prado@example.com
    Telefone | phone | (11) 3256-7788 | (31) 3344-5566
    Celular | additionalPhones | (11) 98765-4321 | (31) 99123-4567
  `),
  set({ id: 'pt-bling-clientes-export', kind: 'ERP (Bling) contacts export (id and code, trade name, split address, mobile and an untyped phone, person type, tax id)', lang: 'pt', defaultCountry: 'BR', source: 'index:71572619966 (a shop portal\'s Bling CSV import guide)' }, `
    ID | externalId | 15800234 | 15800235
    Código | - | @cli0042 | @cli0043
    Nome | name | Renata Gouveia | Papelaria Sol Ltda
    Fantasia | - | | Papelaria Sol
    Endereço | address1 | Rua das Acácias | Avenida Brasil
    Número | - | 88 | 1500
    Complemento | - | Casa 2 |
    Bairro | - | Jardim América | Centro
    CEP | postalCode | 01455000 | 13010000
    Cidade | city | São Paulo | Campinas
    UF | state | SP | SP
    Celular | additionalPhones | 11987654321 | 19991234567
    Fone | phone | 1130456789 | 1932345678
    E-mail | email | renata.g@example.com.br | compras@papelariasol.example.com.br
    Tipo pessoa | - | Pessoa Física | Pessoa Jurídica
    CNPJ / CPF | - | 12345678909 | 12345678000195
  `),
  set({ id: 'pt-clientes-lojas-modelo-representante', kind: 'store customers import template (company and trade name, tax ids, store network and group, payment terms, sales rep)', lang: 'pt', defaultCountry: 'BR', source: 'index:57408285077 (a sales rep app\'s customer import template, Streamlit)' }, `
    Razão Social | companyName | Empresa Exemplo Ltda | Mercado Bom Preço Eireli
    Nome Fantasia | - | Exemplo | Bom Preço
    CNPJ/CPF | - | 00.000.000/0001-00 | 11.222.333/0001-81
    Inscrição Estadual | - | Isento | 10.123.456-7
    Endereço | address1 | Rua das Flores 123 | Avenida Goiás 900
    Bairro | - | Centro | Setor Central
    CEP | postalCode | 74000-000 | 74005-010
    Cidade | city | Goiânia | Goiânia
    UF | state | GO | GO
    Telefone | phone | (62) 99999-0000 | (62) 3212-4455
    E-mail | email | compras@exemplo.example.com | financeiro@bompreco.example.com.br
    Observações | - | Entrega de manhã |
    Status | - | ATIVO | ATIVO
    Rede de Clientes | - | | Rede Econômica
    Grupo de Lojas | - | | Grupo Bom Preço
    PRAZO DE PAGAMENTO | - | 28 dias | 30/60
    Representante | owner | Carlos Menezes | Ana Ribeiro
  `),
  set({ id: 'pt-erp-clientes-vendedor-export', kind: 'wholesale ERP customers export per salesperson (company, typed phones and emails, buyer, salesperson, potential)', lang: 'pt', defaultCountry: 'BR', source: 'index:35859135062 (a sales force app\'s customer export, ASP.NET)' }, `
    RAZAO_SOCIAL | companyName | Distribuidora Norte Ltda | Farmácia Vida Eireli
    NOME_FANTASIA | - | Norte Distribuidora | Farmácia Vida
    CNPJ | - | 12.345.678/0001-90 | 98.765.432/0001-10
    INSCRICAO_ESTADUAL | - | 123456789 | ISENTO
    TELEFONE_PRINCIPAL | phone | (92) 3234-5678 | (91) 3222-1100
    TELEFONE_CONTATO | additionalPhones | (92) 99111-2233 | (91) 98888-7766
    EMAIL_PRINCIPAL | email | contato@nortedist.example.com.br | vida@example.com.br
    EMAIL_NFE | additionalEmails | nfe@nortedist.example.com.br | nfe.vida@example.com.br
    LOGRADOURO | address1 | Avenida Djalma Batista | Travessa Padre Eutíquio
    NUMERO | - | 1661 | 45
    BAIRRO | - | Chapada | Batista Campos
    CEP | postalCode | 69050-010 | 66023-710
    CIDADE | city | Manaus | Belém
    UF_ESTADO | state | AM | PA
    REGIAO | - | Norte | Norte
    NOME_COMPRADOR | name | Sérgio Lima | Patrícia Souza
    NOME_VENDEDOR | owner | Fábio Costa | Fábio Costa
    POTENCIAL | - | A | B
  `),
  set({ id: 'pt-usuarios-relatorio-pais', kind: 'users report export (user id, full name with title, city, state, country)', lang: 'pt', defaultCountry: 'BR', source: 'index:1798514964 (a users API\'s CSV report, ASP.NET)' }, `
    Id | externalId | 17 | 18
    Nome Completo | name | Sra. Helena Duarte | Vítor Nogueira
    Email | email | helena.duarte@example.com.br | vitor.nogueira@example.com
    Telefone | phone | (51) 99812-3456 | +55 61 99123-0000
    Cidade | city | Porto Alegre | Brasília
    Estado | state | RS | DF
    País | country | Brasil | Brasil
  `),
  set({ id: 'pt-igreja-membros-modelo-onboarding', kind: 'church app onboarding members template (full name, birth date)', lang: 'pt', defaultCountry: 'BR', source: 'index:57423056276 (a church management app\'s onboarding template download)' }, `
    Nome Completo | name | Josué Pereira | Débora Martins
    Email | email | josue.pereira@example.com | debora.martins@example.com.br
    Telefone | phone | (11) 97777-1234 | (11) 96666-4321
    Data de Nascimento | dateOfBirth | 1988-04-02 | 1995-09-27
  `),
  set({ id: 'pt-pt-colaboradores-modelo-nif-niss', kind: 'HR staff import template, Portugal (birth date, gender, tax, social security and citizen card numbers)', lang: 'pt', defaultCountry: 'PT', source: 'index:8562453752 (an HR app\'s employee import template, React)' }, `
    Nome Completo | name | Tiago Carvalho | Inês Rodrigues
    Email | email | tiago.carvalho@example.pt | ines.rodrigues@example.pt
    Telefone | phone | 912345678 | 936543210
    Data de Nascimento | dateOfBirth | 1990-05-15 | 1986-11-03
    Género | - | Masculino | Feminino
    NIF | - | 123456789 | 234567891
    NISS | - | 12345678901 | 23456789012
    Cartão de Cidadão | - | 12345678 | 23456789
  `),
  set({ id: 'pt-alunos-telefone-emergencia-modelo', kind: 'student import template whose only phone is an emergency phone', lang: 'pt', defaultCountry: 'BR', source: 'index:28519669061 (a training center\'s student import template)' }, `
    Nome Completo | name | Pedro Henrique Lopes | Sofia Castro
    Email | email | pedro.lopes@example.com | sofia.castro@example.com.br
    Telefone de Emergencia | - | 11999998888 | 21988776655
  `),
  set({ id: 'pt-leads-cnpj-modelo-prospeccao', kind: 'B2B lead import template (company, tax id, main contact, three emails, main phone, contact\'s job, website, segment, state, notes)', lang: 'pt', defaultCountry: 'BR', source: 'index:23085457295 (a prospecting tool\'s lead upload template)' }, `
    Empresa (Razão Social) | companyName | Empresa Exemplo LTDA | Metalúrgica Sul S.A.
    CNPJ | - | 12345678000190 | 98765432000155
    Nome do Contato Principal | name | João Silva | Carla Becker
    Email 1 | email | joao@exemplo.example.com.br | carla.becker@metalsul.example.com.br
    Email 2 | additionalEmails | | compras@metalsul.example.com.br
    Email 3 | additionalEmails | |
    Telefone Principal | phone | 11987654321 | (47) 3333-2211
    Cargo do Contato | - | Diretor | Gerente de Compras
    Website | website | www.exemplo.example.com.br | https://metalsul.example.com.br
    Segmento | - | Tecnologia | Indústria
    Estado | state | SP | SC
    Observações | - | Cliente potencial |
  `),
  set({ id: 'pt-turismo-relatorio-clientes-titulo', kind: 'travel agency yearly clients report with the agency\'s title, period, total and date lines above the header (destination, trip date and price, payment method)', lang: 'pt', defaultCountry: 'BR', source: 'index:6641898919 (a travel agency dashboard\'s clients report export)', above: [['RODA BEM TURISMO - Relatório Anual de Clientes'], ['Período: Ano Completo de 2026'], ['Total de Clientes: 148'], ['Gerado em: 02/12/2026, 08:15:00'], ['']] }, `
    Nome Completo | name | Márcia Teixeira | Felipe Rocha
    Email | email | marcia.teixeira@example.com | felipe.rocha@example.com.br
    Telefone | phone | (31) 98765-1122 | (31) 99654-3321
    Data de Nascimento | dateOfBirth | 12/03/1979 | 28/08/1991
    Destino | - | Gramado | Porto Seguro
    Data da Viagem | - | 15/07/2026 | 02/01/2027
    Valor da Viagem | - | R$ 3.450,00 | R$ 5.120,00
    Método de Pagamento | - | CARTAO CREDITO | PIX
    Data de Cadastro | - | 03/02/2026 | 20/10/2026
  `),
  set({ id: 'pt-cancelamentos-assinatura-crm', kind: 'subscription cancellations export for a CRM (person id, cancellation and start dates, plan, price, CRM stage, responsible user)', lang: 'pt', defaultCountry: 'BR', source: 'index:58557969221 (a subscription retention app\'s cancellations export)' }, `
    ID | externalId | 88412 | 88413
    Nome Completo | name | Rafaela Dias | Sem Nome
    Email | email | rafaela.dias@example.com | cliente88413@example.com
    Telefone | phone | 5511987650000 |
    Data Cancelamento | - | 2026-10-30 | 2026-11-02
    Inicio Assinatura | - | 2025-03-01 | 2026-06-15
    Plano Cancelado | - | Anual Premium | Mensal
    Preco | - | 599.00 | 59.90
    Estagio CRM | - | Tentativa de contato | Novo
    Responsavel | owner | Bruna Alves | 
  `),
  set({ id: 'pt-igreja-voluntarios-modelo', kind: 'church volunteers import template (team, serving areas, availability, notes)', lang: 'pt', defaultCountry: 'BR', source: 'index:30420873812 (a church volunteers page\'s template download)' }, `
    Nome Completo | name | Samuel Ribeiro | Ester Gonçalves
    Email | email | samuel.ribeiro@example.com | ester.g@example.com.br
    Telefone | phone | (11) 95555-1212 | (11) 94444-3434
    Equipe | tags | Alpha | Bravo
    Areas | - | Som;Projeção | Recepção
    Disponibilidade | - | Culto da Família | Culto da Noite
    Observacoes | - | Disponível para eventos especiais |
  `),
  set({ id: 'pt-pt-clientes-faturacao-nif-morada', kind: 'invoicing customers extract, Portugal (tax number first, address, locality, postal code)', lang: 'pt', defaultCountry: 'PT', source: 'index:44786943912 (a customer extraction script\'s CSV for Excel PT)' }, `
    NIF | - | 501234567 | 209876543
    Nome | name | Auto Reparações Costa Lda | Maria do Céu Pires
    Morada | address1 | Rua do Comércio 45 | Travessa da Sé 3, 2.º Esq.
    Localidade | city | Angra do Heroísmo | Praia da Vitória
    Código Postal | postalCode | 9700-069 | 9760-410
    Telefone | phone | 295 212 345 | 912 345 678
    Email | email | geral@costa.example.pt | mceu.pires@example.pt
  `),
  // ------------------------------------------------------------------------------------------------------ French
  set({ id: 'fr-invites-evenement-modele', kind: 'event guest import template (company, gender, seats, invitation type, status, notes)', lang: 'fr', defaultCountry: 'FR', source: 'index:41007491493 (an event check-in app\'s guest CSV guide)' }, `
    Prénom | firstName | Julie | Karim
    Nom | lastName | Morel | Benali
    Email | email | julie.morel@example.fr | karim.benali@example.com
    Téléphone | phone | +33 6 11 22 33 44 | 06 55 44 33 22
    Entreprise | companyName | Atelier Morel SARL | Benali Conseil
    Genre | - | f | m
    Places | - | 2 | 1
    Type | - | vip | standard
    Statut | - | confirmed | pending
    Notes | - | Table 3 |
  `),
  set({ id: 'fr-candidats-export', kind: 'candidate list export (birth date)', lang: 'fr', defaultCountry: 'FR', source: 'index:53321588263 (an assessment app\'s candidates export, React)' }, `
    Prénom | firstName | Camille | Hugo
    Nom | lastName | Perrin | Lambert
    Email | email | camille.perrin@example.fr | hugo.lambert@example.com
    Téléphone | phone | 0601020304 | 0708091011
    Date de naissance | dateOfBirth | 1998-05-17 | 2001-12-02
  `),
  set({ id: 'fr-fideles-organisation-export', kind: 'church members export (status, organisation, signup date)', lang: 'fr', defaultCountry: 'FR', source: 'index:51819321449 (a church network\'s faithful export route, Supabase)' }, `
    Prénom | firstName | Emmanuel | Grâce
    Nom | lastName | Kabongo | Mbemba
    Email | email | e.kabongo@example.fr | grace.mbemba@example.com
    Téléphone | phone | 06 23 45 67 89 | +33 7 45 67 89 01
    Statut | - | active | pending
    Organisation | companyName | Église Évangélique de Lille | Assemblée de Roubaix
    Inscrit le | - | 12/09/2026 | 01/10/2026
  `),
  set({ id: 'fr-agence-voyage-demandes', kind: 'travel agency quote requests export (destination, style, duration, departure, budget, travellers, status)', lang: 'fr', defaultCountry: 'FR', source: 'index:54209569844 (a travel agency admin\'s requests export, React)' }, `
    Prénom | firstName | Claire | Antoine
    Nom | lastName | Rousseau | Faure
    Email | email | claire.rousseau@example.fr | antoine.faure@example.com
    Téléphone | phone | 06 87 65 43 21 |
    Destination | - | Japon | Islande
    Style | - | Culturel | Aventure
    Durée | - | 2 semaines | 10 jours
    Jours | - | 14 | 10
    Départ | - | Avril 2027 | Juin 2027
    Budget | - | 6000 | 4500
    Voyageurs | - | 2 | 4
    Statut | - | devis_envoye | en_cours
    Date | - | 02/11/2026 | 05/11/2026
  `),
  set({ id: 'fr-carte-fidelite-clients-demande', kind: 'loyalty card client file requested from a POS (card number, salutation, phone and mobile, opt-ins, birth date)', lang: 'fr', defaultCountry: 'FR', source: 'index:30817228446 (a shop\'s data request to its POS vendor, example CSV)' }, `
    N° Carte | externalId | 123456 | 123457
    Civilité | - | Mme | M.
    Nom | lastName | MARTIN | DURAND
    Prénom | firstName | Sophie | Pierre
    Email | email | sophie.martin@example.fr | p.durand@example.fr
    Téléphone | phone | 0478123456 | 0472987654
    Mobile | additionalPhones | 0612345678 | 0698765432
    Opt-in Email | - | O | N
    Opt-in SMS | - | N | O
    Date naissance | dateOfBirth | 15/03/1985 | 07/11/1972
  `),
  set({ id: 'fr-pignons-devis-client-titre', kind: 'quote download with a "Client Details" title above the client\'s header row', lang: 'fr', defaultCountry: 'FR', source: 'index:26822383442 (a gable cladding quote form\'s CSV download, React)', above: [['Client Details']] }, `
    Nom | lastName | Moreau
    Prénom | firstName | Olivier
    Adresse | address1 | 8 chemin des Vignes
    Code Postal | postalCode | 44300
    Ville | city | Nantes
    Téléphone | phone | 06 72 83 94 05
    Email | email | olivier.moreau@example.fr
  `),
  set({ id: 'fr-prospects-coller-csv-sans-entete', kind: 'prospects pasted as CSV without a header row (company, contact, email, role, source, deal value)', lang: 'fr', defaultCountry: 'FR', noHeader: true, source: 'index:63152740401 (a sales pipeline app\'s prospects import dialog: "une ligne d\'en-tête est optionnelle")' }, `
    "" | companyName | Boulangerie Lemaire | Studio Kaplan | Transports Vidal
    "" | name | Anne Lemaire | David Kaplan | Sylvie Vidal
    "" | email | anne@lemaire.example.fr | david@kaplan.example.com | s.vidal@vidal.example.fr
    "" | - | Gérante | Fondateur | Directrice achats
    "" | source | salon | recommandation | linkedin
    "" | - | 1200 | 4500 | 9800
  `),
  set({ id: 'fr-coliship-expedition-commandes', kind: 'ColiShip (Colissimo) shipping import built from shop orders (company, address lines, postcode, town, country, mobile and phone, weight, relay point, signature, insurance)', lang: 'fr', defaultCountry: 'FR', source: 'index:57942889538 (a shop backend\'s ColiShip export route)' }, `
    Raison sociale | companyName | | Épicerie Fine Gaspard
    Nom | lastName | Lemaire | Gaspard
    Prénom | firstName | Aurélie | Nicolas
    Adresse1 | address1 | 27 avenue Jean Jaurès | 5 rue du Marché
    Adresse2 | - | Bâtiment C | 
    CP | postalCode | 31000 | 67000
    Commune | city | Toulouse | Strasbourg
    Pays | country | FR | FR
    Portable | additionalPhones | 0612345678 | 0698765432
    Téléphone | phone | 0561234567 | 
    Mail | email | aurelie.lemaire@example.fr | contact@gaspard.example.fr
    Poids | - | 1,5 | 3
    Code PR | - | | 012345
    Contre sig | - | N | O
    Assurance | - | | 
  `),
  set({ id: 'fr-salaries-num-ss-superieur', kind: 'staff file of a C# course app (social security number first, postal address in one cell, hire date, job, salary, the superior\'s job, director flag)', lang: 'fr', defaultCountry: 'FR', source: 'index:17253416948 (a company management exercise\'s Salaries.csv writer, C#)' }, `
    Num SS | - | 1 85 05 78 006 084 36 | 2 91 11 69 123 045 12
    Nom | lastName | Girard | Faure
    Prénom | firstName | Julien | Manon
    Date de naissance | dateOfBirth | 12/05/1985 | 03/11/1991
    Adresse postale | address1 | 14 rue Victor Hugo, 78000 Versailles | 2 quai Saint-Antoine, 69002 Lyon
    Adresse mail | email | julien.girard@example.fr | manon.faure@example.fr
    Numéro de téléphone | phone | 06 11 22 33 44 | 07 55 66 77 88
    Date d'entrée | - | 01/09/2019 | 15/02/2024
    Poste | - | Directeur commercial | Commerciale
    Salaire | - | 5200 | 2600
    Poste du supérieur | - | Directeur général | Directeur commercial
    Est directeur | - | True | False
  `),
  set({ id: 'fr-edof-dossiers-formation-import', kind: 'training files import from the EDOF portal as an admin test builds it (birth date, address, training title, start and end dates)', lang: 'fr', defaultCountry: 'FR', source: 'index:60518839919 (a training organisation back office\'s EDOF import test)' }, `
    Nom | lastName | Marchal | Benoit
    Prénom | firstName | Virginie | Kevin
    Date de naissance | dateOfBirth | 22/04/1979 | 09/09/1995
    Adresse | address1 | 5 allée des Tilleuls 33600 Pessac | 18 rue Nationale 59000 Lille
    Email | email | virginie.marchal@example.fr | kevin.benoit@example.com
    Téléphone | phone | 06 98 76 54 32 | +33 6 45 67 89 01
    Intitulé de la formation | - | Anglais professionnel - TOEIC | Excel perfectionnement
    Date de début | - | 05/01/2027 | 12/01/2027
    Date de fin | - | 30/03/2027 | 16/01/2027
  `),
  // ----------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-impianti-termici-movimenti', kind: 'heating-plant inspection payments export (movement code, plant code, amounts, due and paid dates, then the owner\'s name and address)', lang: 'it', defaultCountry: 'IT', source: 'index:28170306104 (a heating-plant registry\'s payments extraction, Tcl)' }, `
    Cod. Movimento | - | 20260412 | 20260413
    Causale Pagamento | - | Bollino verde | Sanzione
    Codice Impianto | - | PD004512 | PD004513
    Import | - | 10,00 | 50,00
    Importo Pagato | - | 10,00 | 0,00
    Data | - | 12/04/2026 | 13/04/2026
    Data Scadenza | - | 12/05/2026 | 13/05/2026
    Data Pagamento | - | 20/04/2026 |
    Data Incasso | - | 22/04/2026 |
    Tipo Pagamento | - | Bonifico | 
    Note | - | | Sollecito inviato
    Pagato | - | S | N
    Cognome | lastName | Zanetti | Bortolin
    Nome | firstName | Giorgio | Silvia
    Indirizzo | address1 | Via Roma 14 | Piazza Garibaldi 3
    Cap | postalCode | 35121 | 35010
    Comune | city | Padova | Vigonza
  `),
  set({ id: 'it-fiera-fatture-occupanti', kind: 'market stall invoices export (fiscal code, VAT number, invoice number and totals, VAT rates, due date)', lang: 'it', defaultCountry: 'IT', source: 'index:30666226230 (a municipal fair\'s invoices export, Plone)' }, `
    COGNOME | lastName | ESPOSITO | RUSSO
    NOME | firstName | ANTONIO | MARIA
    INDIRIZZO | address1 | VIA TOLEDO 120 | CORSO UMBERTO I 45
    CAP | postalCode | 80134 | 80138
    CITTA | city | NAPOLI | NAPOLI
    CODICE_FIS | - | SPSNTN70A01F839X | RSSMRA75C41F839Y
    PARTITAIVA | - | 01234567890 |
    MOD_PAG | - | | 
    RIF_PROVV | - | | 
    NUM_FATT | - | 112 | 113
    DATA_FATT | - | 15/09/2026 | 15/09/2026
    TOTALE_FAT | - | 244,00 | 122,00
    DESCRIZ | - | Fiera di San Gennaro posteggio 14 | Fiera di San Gennaro posteggio 15
    PERC_IVA_1 | - | 22 | 22
    IMPORTO_IVA | - | 44,00 | 22,00
    IMPONIB_1 | - | 200,00 | 100,00
    QUOTA_POSTALE | - | 0 | 0
    PERC_IVA_2 | - | | 
    IMPOSTA_2 | - | | 
    IMPONIB_2 | - | | 
    PERC_IVA_3 | - | | 
    IMPOSTA_3 | - | | 
    IMPONIB_3 | - | | 
    DATA_SCAD | - | 15/10/2026 | 15/10/2026
    CDR | - | 04 | 04
    SEZ_IVA | - | A | A
  `),
  set({ id: 'it-corso-java-anagrafiche', kind: 'Java course sample register (surname first, province, municipality code, birth date)', lang: 'it', defaultCountry: 'IT', source: 'index:29159813624 (a Java course\'s sample data source)' }, `
    Cognome | lastName | Ferrari | Colombo
    Nome | firstName | Paolo | Giulia
    Indirizzo | address1 | Viale Europa, 22 | Vicolo Stretto, 7
    Cap | postalCode | 20121 | 10122
    Citta | city | MILANO | TORINO
    Provincia | state | MI | TO
    Codice Comune | - | F205 | L219
    Data nascita | dateOfBirth | 12/05/1958 | 03/03/1971
  `),
  set({ id: 'it-stampa-unione-fatturazione', kind: 'mail-merge data source for invoices (surname first, province, postal code last)', lang: 'it', defaultCountry: 'IT', source: 'index:31422642816 (an invoicing app\'s Word mail-merge writer, VB.NET)' }, `
    Cognome | lastName | Greco | Bruno
    Nome | firstName | Luca | Elena
    Indirizzo | address1 | Via Garibaldi 8 | Via dei Mille 21
    Città | city | Bari | Lecce
    Provincia | state | BA | LE
    CodicePostale | postalCode | 70122 | 73100
  `),
  set({ id: 'it-albo-commissari-iscritti', kind: 'register of tender commission members (fiscal code first, internal y/n, phone, email, fax, address)', lang: 'it', defaultCountry: 'IT', source: 'index:41546905579 (a procurement portal\'s commissioners register export, PHP)' }, `
    CODICE FISCALE | - | MRNGPP65D12H501K | CSTLRA80E52F205Z
    COGNOME | lastName | Marino | Costa
    NOME | firstName | Giuseppe | Laura
    INTERNO S/N | - | S | N
    TELEFONO | phone | 06 5566 7788 | 02 8899 0011
    EMAIL | email | g.marino@example.it | laura.costa@pec.example.it
    FAX | - | 06 5566 7700 |
    INDIRIZZO | address1 | Via Nazionale 200 | Corso Buenos Aires 33
    COMUNE | city | Roma | Milano
    CAP | postalCode | 00184 | 20124
  `),
  set({ id: 'it-assistiti-ricerca-export', kind: 'social services client search export (fiscal code first, birth date and place, address, phone, email, state, registration date, operator)', lang: 'it', defaultCountry: 'IT', source: 'index:25344622943 (a social services app\'s search results export)' }, `
    Codice Fiscale | - | RCCFNC82T45L736W | GLLMRC90A01G273P
    Cognome | lastName | Ricci | Gallo
    Nome | firstName | Francesca | Marco
    Data Nascita | dateOfBirth | 05/12/1982 | 01/01/1990
    Luogo Nascita | - | Venezia | Palermo
    Sesso | - | F | M
    Indirizzo | address1 | Fondamenta Nuove 12 | Via Maqueda 300
    Comune | city | Venezia | Palermo
    CAP | postalCode | 30121 | 90133
    Provincia | state | VE | PA
    Telefono | phone | 041 523 4567 | 333 123 4567
    Email | email | f.ricci@example.it |
    Stato | - | Attivo | Sospeso
    Data Iscrizione | - | 10/01/2026 | 22/03/2026
    Operatore | - | Anna Conti | Luigi Fabbri
  `),
  set({ id: 'it-anagrafe-residenti-import', kind: 'municipal register import fields (fiscal code first, birth and residence municipality, province, address, registry change, state, death)', lang: 'it', defaultCountry: 'IT', source: 'index:53964764127 (a water utility back office\'s register import page)' }, `
    Codice Fiscale | - | RSSMRA80A01G113Z | PNNGNN55M41G113Q
    Cognome | lastName | Rossi | Pinna
    Nome | firstName | Mario | Giovanna
    Sesso | - | M | F
    Data_Nascita | dateOfBirth | 01/01/1980 | 01/08/1955
    Com_Nascita | - | Oristano | Cagliari
    Com_Residenza | city | Oristano | Cabras
    CAP | postalCode | 09170 | 09072
    PR | state | OR | OR
    Indirizzo_Residenza | address1 | Via Roma 1 | Via Tharros 15
    Variaz_Anagr | - | | 12/03/2024
    STATO | - | ATTIVO | ATTIVO
    Decesso | - | |
  `),
  set({ id: 'it-gform-judo-iscrizioni-tutore', kind: 'Google Forms club sign-up responses (surname-name in one box, fiscal code, group phone, a guardian\'s name and the questions repeated for minors, courses; the line breaks inside two headers written as spaces)', lang: 'it', defaultCountry: 'IT', source: 'index:70869870036 (a martial arts club app\'s Google Forms import test)' }, `
    Informazioni cronologiche | - | 15/09/2026 18.02.11 | 16/09/2026 09.40.55
    Indirizzo email | email | mario.rossi@example.it | papa.bianchi@example.it
    COGNOME NOME ATLETA | name | Rossi Mario | Bianchi Sara
    CODICE FISCALE ATLETA | - | RSSMRA80A01L219X |
    NUMERO DI TELEFONO (per il gruppo) | phone | 333 111 2222 |
    Nome cognome genitore/tutore | - | | Bianchi Paolo
    CODICE FISCALE ATLETA | - | | BNCSRA14D45L219K
    NUMERO DI TELEFONO (per il gruppo) | additionalPhones | | 347 555 6666
    CORSO (selezionare TUTTI i corsi) | - | Judo adulti | Judo bambini, Psicomotricità
  `),
  set({ id: 'it-treatwell-clienti-import-test', kind: 'Treatwell clients export as a salon app\'s import test reads it (mobile, notes and appointment notes, gender, language)', lang: 'it', defaultCountry: 'IT', source: 'index:70396245675 (a salon app\'s import mapping test)' }, `
    Nome | firstName | Laura | Chiara
    Cognome | lastName | Neri | Galli
    Cellulare | phone | 3471234567 | +39 339 765 4321
    Email | email | laura.neri@example.it | chiara.galli@example.com
    Note | - | Allergica al nichel |
    Note sull'appuntamento | - | Colore 6.3 + 20 min di posa | Piega
    Sesso | - | Donna | Donna
    Lingua | - | Italiano | Italiano
  `),
  set({ id: 'it-ch-espoprofessione-visitatori-autorita-parentale', kind: 'careers fair visitor form file, Ticino (mobile and home phone, canton, country, the parental authority\'s full contact group, last school, current school or job)', lang: 'it', defaultCountry: 'CH', source: 'index:283661145 (a careers fair visitor form\'s CSV writer, PHP)' }, `
    Nome | firstName | Luca | Sara
    Cognome | lastName | Bernasconi | Fontana
    Data di nascita | dateOfBirth | 14-05-2010 | 02-11-2003
    Genere | - | M | F
    Nazionalità | - | Svizzera | Italiana
    Via | address1 | Via Cantonale 12 | Via San Gottardo 40
    CAP | postalCode | 6900 | 6500
    Citta | city | Lugano | Bellinzona
    Cantone | state | Ticino | Ticino
    Nazione | country | Svizzera | Svizzera
    Num. cellulare | additionalPhones | 0791234567 | 0789876543
    Num. telefono | phone | 0919876543 | 0918765432
    Email | email | luca.bernasconi@example.ch | sara.fontana@example.ch
    Nome autorità parentale | - | Marco |
    Cognome autorità parentale | - | Bernasconi |
    Ruolo | - | Padre |
    Via autorità parentale | - | Via Cantonale 12 |
    CAP autorità parentale | - | 6900 |
    Citta autorità parentale | - | Lugano |
    Cantone autorità parentale | - | Ticino |
    Nazione autorità parentale | - | Svizzera |
    Num. cellulare autorità parentale | - | 0795554433 |
    Num. telefono autorità parentale | - | 0919876543 |
    Email autorità parentale | - | marco.bernasconi@example.ch |
    Tipo ultima scuola | - | Media | Superiore
    Denominazione ultima scuola | - | Scuola media Besso | Liceo cantonale
    Sede ultima scuola | - | Lugano | Bellinzona
    Anno ultima scuola | - | 2025 | 2022
    Professione | - | Studente | Lavoro
    Scuola | - | Scuola media Besso |
    Sede | - | Lugano |
    Anno scolastico | - | 4 |
    Nome professione | - | | Impiegata di commercio
    Livello | - | | Apprendista
    Anno aprendistato | - | | 2
    Osservazioni | - | Interessato a informatica |
  `),
  set({ id: 'it-open-day-iscritti-genitore', kind: 'school open day registrations export with its default columns (visit group, pupil\'s names, middle school and its town, track, the parent\'s name, email and mobile, home address, state, sign-in times)', lang: 'it', defaultCountry: 'IT', source: 'index:55941882315 (a school events app\'s export guide)' }, `
    Gruppo | tags | M1 | L3
    Cognome | lastName | Colombo | Rinaldi
    Nome | firstName | Matteo | Giorgia
    Scuola media | - | IC Manzoni | SM Leonardo da Vinci
    Città scuola | - | Pavia | Vigevano
    Percorso | - | Misto | Liceo
    Nome genitore | - | Stefano Colombo | Elisa Rinaldi
    Email genitore | - | stefano.colombo@example.it | elisa.rinaldi@example.it
    Cellulare genitore | - | 348 123 4567 | 333 765 4321
    Indirizzo residenza | address1 | Via Roma 5, 27100 Pavia | Corso Milano 12, 27029 Vigevano
    Stato iscrizione | - | Confermata | Annullata
    Firma entrata | - | 2026-11-21 09:02 |
    Firma uscita | - | 2026-11-21 12:10 |
  `),
  set({ id: 'it-infopoint-contatti-evento', kind: 'event info point contacts file (birth date, address, country, province, postcode, phone and mobile, consent)', lang: 'it', defaultCountry: 'IT', source: 'index:50721296 (a marketing events platform\'s CSV parsers)' }, `
    NOME | firstName | Alessandro | Federica
    COGNOME | lastName | Moretti | Barbieri
    DATA DI NASCITA | dateOfBirth | 11/07/1984 | 29/02/1996
    INDIRIZZO | address1 | Via Verdi 7 | Piazza Duomo 1
    CITTA' | city | Bergamo | Brescia
    Country | country | IT | IT
    PV | state | BG | BS
    CAP | postalCode | 24121 | 25121
    TELEFONO | phone | 035 123456 |
    CELL. | additionalPhones | 347 1122334 | 320 9988776
    E-MAIL | email | a.moretti@example.it | federica.barbieri@example.com
    CONSENSO II | - | SI | NO
  `),
  set({ id: 'it-corso-blsd-certificati-export', kind: 'first-aid course certificates export (birth date, fiscal code, issue date, validity, course director, instructor, certificate code)', lang: 'it', defaultCountry: 'IT', source: 'index:14056066515 (a first-aid training app\'s certificates export, Angular)' }, `
    Nome | firstName | Davide | Martina
    Cognome | lastName | Lombardi | Sanna
    Data di nascita | dateOfBirth | 03/10/1992 | 17/01/1988
    Codice fiscale | - | LMBDVD92R03H501U | SNNMTN88A57B354F
    Email | email | davide.lombardi@example.it | martina.sanna@example.it
    Data Rilascio | - | 15/11/2026 | 15/11/2026
    Validità | - | 2 anni | 2 anni
    Direttore del corso | - | Dott. Paolo Serra | Dott. Paolo Serra
    Istruttore | - | Giulia Ferri | Marco Pini
    Codice Certificato | - | BLSD-2026-0412 | BLSD-2026-0413
  `),
  // -------------------------------------------------------------------------- English (tools no older part uses)
  piped(set({ id: 'en-acuity-appointments-intake-bg', kind: 'Acuity Scheduling appointments export with intake-form questions in Bulgarian and English (company, work email, platforms; "¦" stands for the "|" inside those headers)', lang: 'en', defaultCountry: 'BG', source: 'index:13041084127 (a coaching firm\'s Acuity report processor, pandas)' }, `
    Start Time | - | October 6, 2026 10:00 | October 6, 2026 14:30
    End Time | - | October 6, 2026 11:00 | October 6, 2026 15:30
    Date Scheduled | - | September 29, 2026 | October 1, 2026
    First Name | firstName | Maria | Georgi
    Last Name | lastName | Ivanova | Petrov
    Phone | phone | +359888123456 | 0878123456
    Email | email | maria.ivanova@example.bg | georgi.p@example.com
    Type | - | ACME: Online consultation | ACME: In-person session
    Calendar | - | Elena Dimitrova | Elena Dimitrova
    Appointment Price | - | 0.00 | 0.00
    Paid? | - | no | no
    Amount Paid Online | - | 0.00 | 0.00
    Certificate Code | - | ACME2026 |
    Notes | - | |
    Label | - | Completed | No-show
    Scheduled By | - | | office@example.bg
    Име на компанията, в която работите ¦ Name of the company you work for | companyName | Acme Bulgaria | Acme Bulgaria
    Служебен имейл ¦ Work email | additionalEmails | m.ivanova@acme.example.bg | g.petrov@acme.example.bg
    Предпочитани платформи ¦ Preferred platforms | - | Zoom | Teams
    Appointment ID | - | 1200345678 | 1200345999
  `)),
  set({ id: 'en-breeze-chms-people', kind: 'Breeze ChMS people export as a church app\'s importer profile names it (Breeze id, nickname, birthdate, status, mobile, family and role, joined date)', lang: 'en', source: 'index:70601965066 (a church app\'s import profiles for Planning Center, Breeze and ChurchTrac)' }, `
    Breeze ID | externalId | 21877634 | 21877635
    First Name | firstName | Rebecca | Thomas
    Last Name | lastName | Hale | Hale
    Nickname | - | Becky |
    Birthdate | dateOfBirth | 03/14/1980 | 07/02/1978
    Status | - | Member | Attender
    Email | email | becky.hale@example.com | tom.hale@example.com
    Mobile | phone | (615) 555-0142 | (615) 555-0177
    Family | - | Hale Family | Hale Family
    Family Role | - | Head of Household | Spouse
    Joined Date | - | 09/10/2015 | 09/10/2015
  `),
  set({ id: 'en-wix-contacts-three-addresses', kind: 'Wix contacts export as a German shop\'s migration config names it (title, gender, birthdate, three address groups, labels, subscriber states, last activity, source, language)', lang: 'en', defaultCountry: 'DE', source: 'index:53577575718 (a shop migration tool\'s Wix column configuration)' }, `
    Email 1 | email | anna.schulz@example.de | j.becker@example.com
    Titel | - | Dr. |
    First Name | firstName | Anna | Jonas
    Last Name | lastName | Schulz | Becker
    Phone 1 | phone | +49 170 1234567 | 030 12345678
    Birthdate | dateOfBirth | 1984-06-02 |
    Gender | - | Female | Male
    Address 1 - Street | address1 | Lindenstraße 5 | Hauptstraße 12
    Address 1 - City | city | Leipzig | Berlin
    Address 1 - State/Region | state | DE-SN | DE-BE
    Address 1 - Zip | postalCode | 04109 | 10115
    Address 1 - Country | country | DE | DE
    Address 2 - Type | - | Shipping |
    Address 2 - Street | - | Packstation 112 |
    Address 2 - City | - | Leipzig |
    Address 2 - State/Region | - | DE-SN |
    Address 2 - Zip | - | 04105 |
    Address 2 - Country | - | DE |
    Address 3 - Type | - | |
    Address 3 - Street | - | |
    Address 3 - City | - | |
    Address 3 - State/Region | - | |
    Address 3 - Zip | - | |
    Address 3 - Country | - | |
    Company | companyName | Schulz Design | 
    Labels | tags | Customers, Newsletter | Contacted Me
    Created At (UTC+0) | - | 2022-01-10 16:35 | 2024-03-02 08:11
    Email subscriber status | - | Subscribed | Never subscribed
    SMS subscriber status | - | No SMS subscription status | No SMS subscription status
    Last Activity | - | Purchased | Submitted a form
    Last Activity Date (UTC+0) | - | 2026-09-01 12:00 | 2024-03-02 08:11
    Source | source | Site Members | Contact Form
    Language | - | de | en
  `),
  set({ id: 'en-constant-contact-export', kind: 'Constant Contact contacts export as a merge script reads it (job title, home phone, email and permission status, tags, email lists, home country, birthday, anniversary)', lang: 'en', source: 'index:44775182333 (a nonprofit\'s Wix and Constant Contact merge script)' }, `
    Email address | email | pat.owens@example.com | lee.kim@example.org
    First name | firstName | Patricia | Lee
    Last name | lastName | Owens | Kim
    Company | companyName | Owens Bakery | 
    Job title | - | Owner | Volunteer
    Phone - home | phone | 503-555-0123 | (971) 555-0188
    Email status | - | Active | Unsubscribed
    Email permission status | - | Implicit | Unsubscribed
    Tags | tags | donor, 2025 gala | volunteer
    Email Lists | tags | General Interest, Newsletter | Volunteers
    Country - Home | country | United States | US
    Birthday | dateOfBirth | 04/12 |
    Anniversary | - | 06/20 |
    Created At | - | 2020-09-25 16:45:13 -0400 | 2023-02-01 10:02:00 -0500
    Updated At | - | 2026-01-15 09:00:00 -0500 | 2025-11-03 14:30:00 -0500
  `),
  set({ id: 'en-lgl-constituents-export', kind: 'Little Green Light constituents export as a donor import maps it (constituent id and type, full name, organisation, preferred contact details, total given, extra emails, spouse, child, employer and employee ids)', lang: 'en', source: 'index:1567831308 (a nonprofit site\'s Little Green Light import command, PHP)' }, `
    LGl Constituent ID | externalId | 884213 | 884214
    Constituent Type | - | Individual | Organization
    First Name | firstName | Margaret | 
    Last Name | lastName | Doyle | 
    Full Name | name | Margaret Doyle | Riverside Rotary Club
    Organization Name | companyName | | Riverside Rotary Club
    Preferred Email | email | mdoyle@example.com | info@riversiderotary.example.org
    Pref. Phone | phone | (802) 555-0161 | 802-555-0190
    Pref. Street | address1 | 14 Elm Street | PO Box 212
    Pref. City | city | Burlington | Burlington
    Pref. State/Province | state | VT | VT
    Pref. Zip/Postal Code | postalCode | 05401 | 05402
    Pref. Country | country | United States | United States
    Total Given | - | 1250.00 | 5000.00
    Email 2 | additionalEmails | maggie.doyle@example.net | 
    Email 3 | additionalEmails | | 
    Spouse | - | 884290 | 
    Child | - | 884291 | 
    Employer | - | 884300 | 
    Employee | - | | 884213
  `),
  set({ id: 'en-bamboohr-roster-reports-to', kind: 'HR roster in BambooHR\'s column names (employee number, job, department, division, location, status, hire date, work email, manager and manager\'s email)', lang: 'en', defaultCountry: 'IN', source: 'index:47783445566 (an HR sync tool\'s roster structure test)' }, `
    Employee # | externalId | 8753 | 6419
    First Name | firstName | Kavya | Rohan
    Last Name | lastName | Iyer | Sharma
    Job Title | - | CEO | CRO
    Department | - | Executive | Sales
    Division | - | Operations | Product
    Location | - | Pune | Mumbai
    Status | - | Active | Active
    Hire Date | - | 09-10-2023 | 02-02-2024
    Work Email | email | kavya.iyer@acme.example.co | rohan.sharma@contoso.example.com
    Reports To | - | | Kavya Iyer
    Reports To Email | - | | kavya.iyer@acme.example.co
  `),
  set({ id: 'en-fresha-appointments-client', kind: 'Fresha appointments export (appointment reference, client, date and time, duration, services, status)', lang: 'en', defaultCountry: 'GB', source: 'index:54939767908 (a salon tool\'s appointment CSV detection test)' }, `
    Appointment reference | - | A1B2C3D4 | E5F6G7H8
    Client | name | Olivia Turner | Walk-In
    Scheduled date | - | 14 Nov 2026 | 14 Nov 2026
    Scheduled time | - | 10:30 | 11:15
    Duration | - | 45min | 1h
    Services | - | Cut & Blow Dry | Colour
    Status | - | Completed | Booked
  `),
  set({ id: 'en-kajabi-members-export', kind: 'Kajabi (course platform) members export as a community dashboard\'s import guide names it (products, tags, member since)', lang: 'en', source: 'index:53652827352 (a coaching community dashboard\'s import page)' }, `
    Name | name | Jessica Park | Omar Haddad
    Email | email | jess.park@example.com | omar.haddad@example.net
    Products | - | Founders Circle, Content Lab | Content Lab
    Tags | tags | customer, cohort-7 | customer
    Member Created At | - | 2025-02-14 18:22:05 -0800 | 2026-06-01 09:10:44 -0700
  `),
];
