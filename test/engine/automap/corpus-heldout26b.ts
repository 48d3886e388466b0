// The twenty-sixth held-out part of the auto-mapping corpus (see corpus-format.ts), second half (Spanish, Portuguese,
// French and Italian files and English ones from schools, events, shops and Google Forms; the other half,
// corpus-heldout26a.ts, holds English, German, Dutch and mixed-language files): 56 header sets (503 columns, 281 of
// them expected to map; 12 Spanish, 12 Portuguese, 12 French, 12 Italian, 8 English; 4 files without a header row,
// 2 with lines above it (a report title with a statistics block and a section title; a byte-order-mark line, a title
// and organisation, date and total lines); 3 sets of 20 to 51 columns)
// from sources none of the other parts use, found in the public code index with exact-string searches for everyday
// header lines in these languages (client, member, patient, pupil, employee, volunteer, guest, seller and subscriber
// lists, association and club registers, shop, admin and dashboard exports, importer templates and their tests,
// Google Forms responses, database tables and pasted one-contact-a-line lists) and written down, with the mapping a
// careful person would choose by the field definitions and the rules, BEFORE the mapper was run on them and
// without reading the lexicon or the mapper. "index:N" names the index file the header text was read from (the index
// does not name its repository); the kind says what the file is. Sample values are made up in the shape of each
// file's own (no personal data or example rows from the sources are copied). A trailing empty column (a header line
// ending in the separator) is written as "". Leading and trailing spaces of a header cell cannot be written in the
// table and are left out (a set's comment says where). Wide files are kept to their first columns, stopping at a
// column boundary. No set's headers repeat an older part's (each was compared lower-cased).
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
// Choices this half makes more than once:
// - A column holding a key into another table of the same database (an address id, a company key), which names
//   nothing outside it, is not imported.
// - The kind of contact a list files people under ("tipo", "type": atleta, STUDENT, PARENT) is Tags, like a kind of
//   membership.
// - A card number a club or a library files the person under ("Tessera", "ntessera") is the External ID; a health
//   card number is an identity number and is not imported.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout26' }, table);

export const HELDOUT26B: CorpusSet[] = [
  // --------------------------------------------------------------------------------------------------- Spanish
  set({ id: 'es-co-beneficiarios-proyectos-documento-municipio', kind: 'Colombian NGO\'s project beneficiaries file as its data generator writes it (document, full name, phone, e-mail, project id, municipality)', lang: 'es', defaultCountry: 'CO', source: 'index:61826921137 (an NGO projects dashboard\'s sample-data generator, TypeScript)' }, `
    documento | - | 1023456789 | 52987123 | 1098765432
    nombre_completo | name | Luz Marina Ortiz | Jhon Fredy Cárdenas | Yuliana Restrepo
    telefono | phone | 3104567821 | 3207894512 | 3156671203
    correo | email | luz.ortiz@example.org | jfcardenas@example.com | ""
    # The same person comes once per project: the project id is what the row is about, not the person.
    id_proyecto | - | P-014 | P-003 | P-014
    municipio | city | Quibdó | Tumaco | Istmina
  `),
  set({ id: 'es-voluntarios-tabla-habilidades-usuario', kind: 'volunteering platform\'s volunteer table, the columns its service fills in order (id, name, surname, e-mail, phone, password, skills, experience, availability, areas of interest, user name)', lang: 'es', defaultCountry: 'ES', source: 'index:22210705332 (a volunteering app\'s volunteer service, Java)' }, `
    id | externalId | 11 | 12 | 13
    nombre | firstName | Irene | Pablo | Nuria
    apellido | lastName | Montero | Gallardo | Vidal
    correo | email | irene.montero@example.es | pgallardo@example.com | nuria.vidal@example.es
    telefono | phone | 622 418 903 | 688 120 457 | 611 903 226
    clave | - | $2a$10$Qe1x | $2a$10$Lr8k | $2a$10$Zt5m
    habilidades | - | primeros auxilios | cocina, logística | idiomas
    experiencia | - | 2 años | ninguna | 5 años
    disponibilidad | - | fines de semana | tardes | mañanas
    # The areas a volunteer is interested in describe what they want to do, like skills: not imported.
    areas_interes | - | infancia | medio ambiente | mayores
    # A login beside the id: of two ids of the person the first is the External ID.
    nombreUsuario | - | imontero | pgallardo | nvidal
  `),
  set({ id: 'es-mx-clientes-expediente-correos-telefonos-adicionales', kind: 'Mexican quoting app\'s client records as its clients page loads them (id, full name, phone, e-mail, additional e-mails, RFC, additional phones, profile and document verification columns, timestamps)', lang: 'es', defaultCountry: 'MX', source: 'index:55055013646 (a quoting app\'s clients page, Supabase-style select, JavaScript)' }, `
    id | externalId | 8f2c1a | 91bd07 | a3e5c4
    nombre_completo | name | Comercializadora Ríos SA de CV | Patricia Lozano Ávila | Héctor Manuel Ibarra
    telefono | phone | 55 4182 9067 | 33 1456 7890 | 81 2233 4455
    correo | email | compras@example.com.mx | paty.lozano@example.com | hibarra@example.mx
    correos_adicionales | additionalEmails | ["facturas@example.com.mx"] | [] | ["hector.ibarra@example.com"]
    rfc | - | CRI010203AB1 | LOAP850412KJ3 | IAHM790921QW8
    telefonos_adicionales | additionalPhones | ["55 4182 9068"] | [] | []
    perfil_estatus | - | completo | incompleto | completo
    perfil_validado | - | true | false | true
    perfil_completo | - | true | false | true
    expediente_validacion | - | {} | {} | {}
    documentos_estado | - | {"doc_ine":{"status":"aprobado"}} | {} | {"doc_ine":{"status":"pendiente"}}
    constancia_fiscal_emitida_el | - | 2025-01-14 | "" | 2024-11-02
    comprobante_domicilio_emitido_el | - | 2024-12-30 | "" | 2024-10-18
    doc_acta_constitutiva | - | acta_cri.pdf | "" | ""
    doc_ine | - | "" | ine_lozano.jpg | ine_ibarra.pdf
    doc_comprobante_domicilio | - | cfe_dic.pdf | "" | telmex_oct.pdf
    doc_constancia_fiscal | - | csf_cri.pdf | "" | csf_ibarra.pdf
    created_at | - | 2024-09-03 17:21:08 | 2025-02-11 10:02:44 | 2024-10-20 12:45:19
    updated_at | - | 2025-01-15 09:30:12 | 2025-02-11 10:02:44 | 2024-11-05 16:11:37
  `),
  set({ id: 'es-mx-finanzas-clientes-rfc-fechas', kind: 'Mexican finance app\'s client list as its clients page selects it (id, full name, phone, e-mail, RFC, created, updated)', lang: 'es', defaultCountry: 'MX', source: 'index:33424388674 (a finance app\'s clients page, JavaScript)' }, `
    id | externalId | 4f1e9a20 | 7c2d8b31 | 9a0b6c42
    nombre_completo | name | Verónica Aguilar Ruiz | Transportes del Bajío SA de CV | Octavio Camacho
    telefono | phone | 477 123 4567 | 442 765 4321 | 55 3344 2211
    correo | email | vero.aguilar@example.mx | contacto@example.com.mx | ocamacho@example.com
    rfc | - | AURV880312H45 | TBA050101AB2 | CAMO750921PQ8
    created_at | - | 2025-01-08T16:42:10Z | 2024-11-21T09:15:33Z | 2025-02-02T12:00:04Z
    updated_at | - | 2025-01-08T16:42:10Z | 2025-02-14T18:27:51Z | 2025-02-02T12:00:04Z
  `),
  set({ id: 'es-cl-profesores-formulario-rut-curso', kind: 'Chilean school admin\'s teacher form, the fields it saves (RUT, full name, phone, e-mail, course id)', lang: 'es', defaultCountry: 'CL', source: 'index:28435680252 (a school admin\'s teachers route, Node.js)' }, `
    rut | - | 12.345.678-5 | 15.876.543-2 | 9.876.543-1
    nombre_completo | name | Marcela Fuentes Rojas | Cristián Vergara | Paulina Muñoz Soto
    telefono | phone | 9 8765 4321 | 9 7123 4567 | 9 6543 2109
    correo | email | mfuentes@example.cl | cvergara@example.com | paulina.munoz@example.cl
    id_curso | - | 3 | 1 | 5
  `),
  set({ id: 'es-mx-administradores-empresa-extension-celular', kind: 'Mexican company portal\'s administrator table, the columns its bulk loader inserts (name, surname, e-mail, phone, extension, mobile, position, password, company key)', lang: 'es', defaultCountry: 'MX', source: 'index:41606830422 (a company portal\'s admin loader, Node.js)' }, `
    nombre | firstName | Rodrigo | Alejandra | Fernando
    apellido | lastName | Salazar | Cervantes | Quiroz
    correo | email | rsalazar@example.com.mx | acervantes@example.mx | fquiroz@example.com
    telefono | phone | 55 5208 4100 | 55 5340 2211 | 81 8123 4500
    extensionTelefonica | - | 214 | 108 | ""
    celular | additionalPhones | 55 1234 5678 | 55 8765 4321 | 81 1987 6543
    puesto | - | Gerente de compras | Recursos humanos | Director
    contraseña | - | Xk29!pq | Lm73#zt | Pw55$rn
    # The company is given as a key into another table, naming no company: not imported.
    fk_empresa | - | 3 | 3 | 7
  `),
  set({ id: 'es-co-personas-identificacion-fijo-celular-oficina', kind: 'Colombian office app\'s people table, the columns its DAO inserts (id number and type, name, surname, e-mail, landline, mobile, address, role, user, password, office)', lang: 'es', defaultCountry: 'CO', source: 'index:2412186417 (an office app\'s person DAO, Java)' }, `
    numeroIdentificacion | - | 1032456781 | 79876543 | 52123987
    tipoIdentifcicacion | - | 1 | 1 | 2
    nombre | firstName | Andrés | Claudia | Mauricio
    apellido | lastName | Pineda | Rincón | Bermúdez
    correo | email | apineda@example.co | claudia.rincon@example.com | mbermudez@example.co
    # Typed phones only: the mobile is the main phone and the landline an additional one.
    telefonoFijo | additionalPhones | 601 345 6789 | 604 444 1234 | ""
    telefonoCelular | phone | 310 456 7890 | 300 123 4567 | 315 987 6543
    direccion | address1 | Calle 45 # 12-30 | Carrera 70 # 44-21 | Av. Boyacá # 63-15
    rol | - | 2 | 1 | 2
    usuario | externalId | apineda | crincon | mbermudez
    clave | - | a1b2c3 | d4e5f6 | g7h8i9
    oficina | - | 4 | 2 | 4
  `),
  set({ id: 'es-clientes-registro-codigo-usuario-imagen', kind: 'web app\'s client sign-up table, the columns its registration page inserts (code, user, password, name, surname, e-mail, phone, address, picture)', lang: 'es', defaultCountry: 'PE', source: 'index:14792135337 (a web app\'s client registration page, PHP)' }, `
    Codigo | externalId | C0001 | C0002 | C0003
    # A user name beside the client code: of two ids the first is the External ID.
    Usuario | - | jquispe | mhuaman | rtorres
    Clave | - | (cifrada) | (cifrada) | (cifrada)
    Nombre | firstName | Julio | Milagros | Renato
    Apellido | lastName | Quispe | Huamán | Torres
    Correo | email | jquispe@example.pe | milagros.h@example.com | rtorres@example.pe
    Telefono | phone | 987 654 321 | 956 123 478 | 912 345 678
    Direccion | address1 | Jr. Junín 482 | Av. Arequipa 1250 | Calle Los Pinos 33
    Img | - | "" | foto_mh.jpg | ""
  `),
  set({ id: 'es-colaboradores-tabla-rol-estado-mayusculas', kind: 'scheduling app\'s staff table in upper case, the columns its SQL test inserts (name, surname, e-mail, phone, role, state)', lang: 'es', defaultCountry: 'CR', source: 'index:61733583882 (a scheduling app\'s SQL Server permission tests)' }, `
    NOMBRE | firstName | Melissa | Esteban | Karla
    APELLIDO | lastName | Araya | Solís | Jiménez
    CORREO | email | melissa.araya@example.cr | esolis@example.com | kjimenez@example.cr
    TELEFONO | phone | 8812 3456 | 7034 5678 | 6123 9087
    ROL | - | ADMIN | USER | USER
    ESTADO | - | 1 | 1 | 0
  `),
  set({ id: 'es-estudiantes-carga-excel-cedula', kind: 'college\'s student loader from a spreadsheet, the columns it inserts (name, surname, e-mail, phone, ID card)', lang: 'es', defaultCountry: 'EC', source: 'index:28055390697 (a spreadsheet-to-MySQL student loader, PHP)' }, `
    nombre | firstName | Daniela | Kevin | Gabriela
    apellido | lastName | Andrade | Zambrano | Paredes
    correo | email | dandrade@example.ec | kzambrano@example.com | gparedes@example.ec
    telefono | phone | 099 123 4567 | 098 765 4321 | 096 555 1212
    cedula | - | 1712345678 | 0923456781 | 1803456789
  `),
  set({ id: 'es-registro-telecomunicaciones-comentarios', kind: 'telecommunications course page\'s sign-up table, the columns its form stores (name, surname, e-mail, phone, comments)', lang: 'es', defaultCountry: 'MX', source: 'index:12984948027 (a course page\'s sign-up form handler, PHP)' }, `
    nombre | firstName | Ulises | Rebeca | Gerardo
    apellido | lastName | Maldonado | Espinosa | Treviño
    correo | email | umaldonado@example.mx | rebeca.e@example.com | gtrevino@example.com.mx
    telefono | phone | 442 123 4567 | 55 9876 5432 | 81 2345 6789
    comentarios | - | Me interesa el turno vespertino | "" | ¿Tienen beca?
  `),
  set({ id: 'es-marcador-contactos-pegados-telefono-etiquetas', kind: 'WhatsApp campaign tool\'s pasted contact list, one contact a line with no header line (phone, name, two labels)', lang: 'es', defaultCountry: 'AR', noHeader: true, source: 'index:56612563347 (a messaging tool\'s bulk contact modal, TypeScript)' }, `
    "" | phone | 11 5234 8890 | 351 678 1122 | 11 4455 6677
    "" | name | Marta Giménez | Lucas Ferreyra | Sofía Ledesma
    # The labels the tool files each contact under are Tags.
    "" | tags | cliente | proveedor | cliente
    "" | tags | mayorista | "" | vip
  `),
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-familias-legado-export-nascimento', kind: 'Brazilian social project\'s families exported from its old Firebase database to CSV for its own importer (name, e-mail, phone, city, state, birth date)', lang: 'pt', defaultCountry: 'BR', source: 'index:53859078317 (a social project\'s legacy-data export page, JavaScript)' }, `
    # The row is the family's representative, whose name, contacts and birth date the export writes.
    Nome | name | Rosângela Pereira dos Santos | Edvaldo Nunes | Cleide Aparecida Rocha
    Email | email | rosangela.ps@example.com.br | "" | cleide.rocha@example.com
    Telefone | phone | (11) 98765-4321 | (11) 97654-3210 | (11) 94567-8901
    Cidade | city | Guarulhos | São Paulo | Osasco
    Estado | state | SP | SP | SP
    DataNascimento | dateOfBirth | 12/04/1979 | 03/11/1965 | 27/08/1988
  `),
  set({ id: 'pt-clientes-tabela-cpf-endereco-id', kind: 'Brazilian store system\'s client table, the columns its DAO inserts (name, CPF, e-mail, phone, birth date, address row id)', lang: 'pt', defaultCountry: 'BR', source: 'index:42220800717 (a store system\'s client DAO, Java)' }, `
    nome | name | Thiago Albuquerque | Juliana Freitas | Marcos Vinícius Lima
    cpf | - | 123.456.789-09 | 987.654.321-00 | 456.789.123-45
    email | email | thiago.alb@example.com.br | jufreitas@example.com | mvlima@example.com.br
    telefone | phone | (21) 99876-5432 | (31) 98765-1234 | (41) 99123-4567
    data_Nascimento | dateOfBirth | 1990-06-15 | 1985-02-28 | 2001-10-09
    # The address is a key into another table, holding no address: not imported.
    endereco_id | - | 14 | 15 | 16
  `),
  set({ id: 'pt-inscricoes-jogos-export-equipe-modalidades', kind: 'Brazilian company games\' registrations exported to CSV, as its service test expects (name, CPF, e-mail, phone, birth date, type, status, unit, T-shirt, team, sports, created)', lang: 'pt', defaultCountry: 'BR', source: 'index:54278232617 (a sports-games registration service\'s export test, TypeScript)' }, `
    nome | name | Joana Ribeiro | Caio Martins | Fernanda Teixeira
    cpf | - | 321.654.987-00 | 159.753.486-20 | 741.852.963-11
    email | email | joana.ribeiro@example.com | caio.m@example.com.br | fteixeira@example.com
    telefone | phone | (62) 99812-3344 | (62) 98123-7788 | (62) 99456-1200
    data_nascimento | dateOfBirth | 1994-03-21 | 1999-12-02 | 1987-07-30
    # The kind of participant (atleta, técnico, convidado) is a category the person is filed under: Tags.
    tipo | tags | atleta | técnico | atleta
    status | - | confirmada | pendente | confirmada
    unidade | - | Goiânia | Anápolis | Goiânia
    camiseta | - | M | G | P
    # The team a participant plays for is a group the person belongs to: Tags.
    equipe | tags | Tigres | Falcões | Tigres
    modalidades | - | Vôlei; Futsal | Futsal | Vôlei
    criado_em | - | 2025-04-02T13:22:10Z | 2025-04-03T09:01:45Z | 2025-04-03T18:40:12Z
  `),
  set({ id: 'pt-validador-cadastro-csv-id-cpf', kind: 'Brazilian registration-data validator\'s input CSV, as its specification shows it (id, name, CPF, e-mail, phone, birth date)', lang: 'pt', defaultCountry: 'BR', source: 'index:66974619922 (a data-quality project\'s specification, Markdown)' }, `
    id | externalId | 1 | 2 | 3
    nome | name | Ana Cláudia Moreira | Rafael Bastos | ""
    cpf | - | 529.982.247-25 | 111.111.111-11 | 123.456.789-00
    email | email | anaclaudia@example.com | rafaelbastos.example.com | vazio@example.com
    telefone | phone | 43999871234 | 43988765432 | 4333221100
    data_nascimento | dateOfBirth | 1998-01-17 | 2002-09-05 | 1975-13-40
  `),
  set({ id: 'pt-vendedores-cadastro-endereco-usuario-senha', kind: 'Brazilian sales app\'s seller sign-up table, the columns its form inserts (name, CPF, e-mail, phone, birth date, street, district, city, CEP, UF, user, password)', lang: 'pt', defaultCountry: 'BR', source: 'index:13669835292 (a sales app\'s seller registration, PHP)' }, `
    nome | name | Gilberto Farias | Patrícia Mendes | Leandro Azevedo
    cpf | - | 246.813.579-01 | 135.792.468-02 | 864.209.753-13
    email | email | gfarias@example.com.br | patricia.mendes@example.com | lazevedo@example.com.br
    telefone | phone | (81) 99765-4321 | (81) 98654-3210 | (87) 99123-0987
    data_nascimento | dateOfBirth | 1982-05-11 | 1991-08-23 | 1978-02-14
    endereco | address1 | Rua do Sol, 120 | Av. Conde da Boa Vista, 800 | Rua Sete de Setembro, 45
    bairro | - | Boa Vista | Soledade | Centro
    cidade | city | Recife | Recife | Petrolina
    cep | postalCode | 50060-000 | 50050-000 | 56302-000
    uf | state | PE | PE | PE
    usuario | externalId | gfarias | pmendes | lazevedo
    senha | - | ******** | ******** | ********
  `),
  set({ id: 'pt-evento-inscritos-export-interesse-checkin', kind: 'Brazilian open-house event page\'s sign-ups export (code, name, e-mail, WhatsApp, interest, date, check-in)', lang: 'pt', defaultCountry: 'BR', source: 'index:68342380725 (an event sign-up admin page, JavaScript)' }, `
    # The sign-up's own code, like an attendee number: not imported.
    Código | - | 1017 | 1018 | 1021
    Nome | name | Bruna Castilho | Henrique Dantas | Luana Prates
    E-mail | email | bruna.castilho@example.com | hdantas@example.com.br | luana.prates@example.com
    WhatsApp | phone | (48) 99912-3456 | (48) 98823-4567 | (47) 99734-5678
    # What the person is interested in at the event (a course, a product): not a contact field.
    Interesse | - | Pós-graduação | Graduação EAD | Pós-graduação
    Data | - | 2025-05-10T14:03:00Z | 2025-05-10T14:25:00Z | 2025-05-11T09:40:00Z
    Check-in | - | Sim | Não | Sim
  `),
  set({ id: 'pt-igreja-membros-planilha-id-cep-numero', kind: 'Brazilian church app\'s member import sheet "Membros", as its documentation lists it (member id, name, CPF, e-mail, phone, birth date, sex, CEP, house number, complement)', lang: 'pt', defaultCountry: 'BR', source: 'index:69118446301 (a church app\'s member import documentation, Markdown)' }, `
    id_membro | externalId | "" | 418 | ""
    nome | name | Elisângela Souza Prado | Wesley Araújo | Raimunda Conceição
    cpf | - | 012.345.678-90 | 098.765.432-10 | 234.567.890-12
    email | email | elisangela.prado@example.com | wesley.araujo@example.com.br | ""
    telefone | phone | (92) 99123-4567 | (92) 98876-5432 | (92) 99345-6789
    data_nascimento | dateOfBirth | 1976-06-02 | 2000-01-30 | 1958-10-12
    sexo | - | F | M | F
    cep | postalCode | 69057-000 | 69020-030 | 69083-000
    numero | - | 215 | 1040 | 77
    complemento | - | apto 302 | "" | casa B
  `),
  set({ id: 'pt-usuarios-seed-endereco-foto-tipo-sanguineo', kind: 'Brazilian health app\'s users table seed (name, CPF, e-mail, phone, birth date, sex, CEP, street, number, complement, district, city, state, photo URL, blood type)', lang: 'pt', defaultCountry: 'BR', source: 'index:55660083485 (a health app\'s users seed, SQL)' }, `
    nome | name | Carlos Eduardo Nogueira | Priscila Vasconcelos | Benedito Ramos
    cpf | - | 345.678.901-23 | 456.789.012-34 | 567.890.123-45
    email | email | carlos.nogueira@example.com | priscila.v@example.com.br | benedito.ramos@example.com
    telefone | phone | (85) 99812-7654 | (85) 98765-0123 | (88) 99234-5678
    data_Nascimento | dateOfBirth | 1988-02-19 | 1995-07-04 | 1960-12-25
    sexo | - | M | F | M
    cep | postalCode | 60110-001 | 60175-047 | 63010-220
    endereco | address1 | Rua Barão do Rio Branco | Av. Santos Dumont | Rua São Pedro
    numero | - | 1520 | 3300 | 88
    complemento | - | sala 4 | apto 1201 | ""
    bairro | - | Centro | Aldeota | Centro
    cidade | city | Fortaleza | Fortaleza | Juazeiro do Norte
    estado | state | CE | CE | CE
    foto_url | - | https://example.com/f/cn.jpg | "" | ""
    tipo_sanguineo | - | O+ | A- | B+
  `),
  set({ id: 'pt-google-forms-cesta-agroecologica-cota', kind: 'Brazilian community-supported-agriculture group\'s Google Forms responses, as its admin page test loads them (timestamp, name, e-mail, WhatsApp, street, complement, district, CEP, pick-up point, frequency, two other answers, share size)', lang: 'pt', defaultCountry: 'BR', source: 'index:62177531239 (a CSA admin page\'s Google Forms import test, TypeScript)' }, `
    Timestamp | - | 2025-08-30 10:12 | 2025-08-30 14:47 | 2025-08-31 08:03
    Nome | name | Iara Medeiros | Tiago Lacerda | Renata Brito
    e-mail | email | iara.medeiros@example.com | tlacerda@example.com.br | renata.brito@example.com
    Whatsapp | phone | 83999112233 | 83988776655 | 83991234567
    Logradouro | address1 | Rua Maria Elizabeth, 95 | Av. Epitácio Pessoa, 2100 | Rua Silvino Lopes, 410
    Complemento | - | apto 203 | "" | bloco C
    Bairro | - | Bessa | Tambaú | Manaíra
    CEP | postalCode | 58035-100 | 58039-000 | 58038-381
    Retirada | - | Colmeia | Entrega em casa | Colmeia
    Frequência | - | semanal | quinzenal | semanal
    x | - | sim | não | sim
    y | - | "" | vegetariana | ""
    Tamanho Cota | - | Média | Pequena | Grande
  `),
  set({ id: 'pt-leads-ebook-capitulo-origem', kind: 'Brazilian e-book site\'s leads export (name, e-mail, WhatsApp, chapter the lead came from, date)', lang: 'pt', defaultCountry: 'BR', source: 'index:52501826412 (an e-book site\'s leads export route, TypeScript)' }, `
    Nome | name | Larissa Fontes | Diego Paiva | Mônica Sales
    E-mail | email | larissa.fontes@example.com | diegopaiva@example.com.br | monica.sales@example.com
    WhatsApp | phone | (11) 99432-1765 | (19) 98123-4567 | (27) 99876-1234
    # The chapter page a lead signed up on is the landing page the lead came through: the Source.
    Capítulo de origem | source | capitulo-3 | capitulo-1 | capitulo-7
    Data | - | 12/05/2025 | 13/05/2025 | 15/05/2025
  `),
  set({ id: 'pt-clientes-csv-whatsapp-cpf-tags', kind: 'Brazilian service business app\'s client CSV, as its parser test reads it (name, e-mail, WhatsApp, CPF, tags)', lang: 'pt', defaultCountry: 'BR', source: 'index:59708563891 (a client CSV parser test, TypeScript)' }, `
    Nome | name | Francisca Holanda | Jorge Siqueira | Natália Barros
    E-mail | email | "" | jorge.siqueira@example.com | natalia.barros@example.com.br
    WhatsApp | phone | 88991234567 | 85987654321 | 88999887766
    CPF | - | 12345678909 | 98765432100 | 45612378901
    Tags | tags | vip; família | novo | indicação
  `),
  set({ id: 'pt-oficinas-contatos-colados-telefone-negocio', kind: 'Brazilian car-workshop platform\'s CRM bulk import, contacts pasted one a line with no header line (phone, name, business, city, UF)', lang: 'pt', defaultCountry: 'BR', noHeader: true, source: 'index:57491271948 (a workshop platform\'s CRM page specification, Markdown)' }, `
    "" | phone | +5511987654321 | +5531998765432 | +5548991234567
    "" | name | Valdir Santana | Rogério Cunha | Adriana Koch
    # The business named beside each contact is the person's workshop: the company.
    "" | companyName | Auto Mecânica Santana | Cunha Funilaria | Koch Car Service
    "" | city | São Bernardo do Campo | Belo Horizonte | Florianópolis
    "" | state | SP | MG | SC
  `),
  // ---------------------------------------------------------------------------------------------------- French
  set({ id: 'fr-ca-usagers-export-courriel', kind: 'Quebec service\'s users exported to CSV from its admin page (first name, name, e-mail, phone)', lang: 'fr', defaultCountry: 'CA', source: 'index:8513081631 (a service\'s admin export controller, C#)' }, `
    Prénom | firstName | Geneviève | Mathieu | Chloé
    Nom | lastName | Tremblay | Gagnon | Bouchard
    Courriel | email | genevieve.t@example.ca | mgagnon@example.com | chloe.bouchard@example.qc.ca
    Téléphone | phone | 514 555-0142 | 418 555-0177 | 819 555-0123
  `),
  set({ id: 'fr-ca-invites-evenement-vip-notes', kind: 'Quebec event planner\'s guest export, as its user stories specify it (first name, name, e-mail, phone, event, status, VIP, notes)', lang: 'fr', defaultCountry: 'CA', source: 'index:69129467581 (an event planner\'s user stories, Markdown)' }, `
    Prénom | firstName | Isabelle | Olivier | Maude
    Nom | lastName | Lavoie | Côté | Pelletier
    Courriel | email | isabelle.lavoie@example.ca | ocote@example.com | maude.p@example.ca
    Téléphone | phone | 450 555-0198 | 514 555-0110 | 581 555-0164
    Événement | - | Gala bénéfice 2025 | Gala bénéfice 2025 | Souper des bénévoles
    Statut | - | confirmé | invité | refusé
    VIP | - | oui | non | non
    Notes | - | Table 1 | "" | Allergie aux noix
  `),
  set({ id: 'fr-ca-concours-participants-gagnant-ip', kind: 'French-language website contest\'s entrants export (row id, first name, name, e-mail, winner number, contest id, IP address, entered on)', lang: 'fr', defaultCountry: 'CA', source: 'index:49771283592 (a CMS contest module\'s CSV export, C#)' }, `
    # The entry's own row id in the contest table, like an attendee number: not imported.
    Id | - | 301 | 302 | 303
    Prénom | firstName | Véronique | Simon | Karine
    Nom | lastName | Gauthier | Roy | Bélanger
    Courriel | email | vgauthier@example.ca | simon.roy@example.com | kbelanger@example.ca
    Gagnant numéro | - | "" | 1 | ""
    Id de concours | - | 7 | 7 | 7
    IP Adresse | - | 24.48.12.101 | 70.52.9.33 | 142.169.4.8
    Entrée le | - | 2024-11-02 14:33 | 2024-11-02 19:05 | 2024-11-03 08:47
  `),
  set({ id: 'fr-inscrits-export-statut-date-inscription', kind: 'French event platform\'s registrations export, as its API test asserts it (first name, name, e-mail, status, registration date)', lang: 'fr', defaultCountry: 'FR', source: 'index:56748521535 (an event platform\'s registration export test, Python)' }, `
    Prénom | firstName | Camille | Hugo | Léa
    Nom | lastName | Moreau | Lefebvre | Garnier
    Courriel | email | camille.moreau@example.fr | hugo.lefebvre@example.com | lea.garnier@example.fr
    Statut | - | confirmed | pending | confirmed
    Date d'inscription | - | 2025-03-04 | 2025-03-05 | 2025-03-09
  `),
  set({ id: 'fr-utilisateurs-export-role-derniere-connexion', kind: 'French admin dashboard\'s users export (name, first name, e-mail, phone, role, status, created, last login)', lang: 'fr', defaultCountry: 'FR', source: 'index:15143182063 (an admin dashboard\'s users page, Angular)' }, `
    Nom | lastName | Petit | Rousseau | Fontaine
    Prénom | firstName | Nathalie | Julien | Sarah
    Email | email | n.petit@example.fr | julien.rousseau@example.com | sarah.fontaine@example.fr
    Téléphone | phone | 06 12 34 56 78 | 07 81 22 43 19 | 01 45 67 89 10
    Rôle | - | Administrateur | Agent | Agent
    Statut | - | Actif | Actif | Suspendu
    Date Création | - | 12/01/2024 | 03/06/2024 | 21/09/2023
    Dernière Connexion | - | 14/03/2025 | 02/03/2025 | ""
  `),
  set({ id: 'fr-assurance-leads-export-type-priorite', kind: 'French insurance broker\'s leads export (name, first name, e-mail, phone, insurance type, status, created, priority)', lang: 'fr', defaultCountry: 'FR', source: 'index:46135605376 (an insurance broker CRM\'s leads page, React)' }, `
    Nom | lastName | Lambert | Bonnet | Girard
    Prénom | firstName | Sylvie | Antoine | Manon
    Email | email | sylvie.lambert@example.fr | abonnet@example.com | manon.girard@example.fr
    Téléphone | phone | 06 23 45 67 89 | 06 98 76 54 32 | 04 78 12 34 56
    Type Assurance | - | Auto | Habitation | Santé
    Statut | - | Nouveau | Contacté | Devis envoyé
    Date Création | - | 2025-02-10 | 2025-02-12 | 2025-02-15
    Priorité | - | Haute | Moyenne | Basse
  `),
  set({ id: 'fr-formations-inscriptions-formateur-session-entreprise', kind: 'French training organisation\'s registrations export (course, trainer, session, name, first name, e-mail, phone, company, registration date)', lang: 'fr', defaultCountry: 'FR', source: 'index:53747222984 (a training site\'s admin export, JavaScript)' }, `
    Formation | - | Sauveteur Secouriste du Travail | Habilitation électrique | Sauveteur Secouriste du Travail
    # The trainer teaches the session: the course's, not a user in charge of the trainee.
    Formateur | - | Marc Dubois | Éric Laurent | Marc Dubois
    Session | - | 2025-04-14 | 2025-05-06 | 2025-04-14
    Nom | lastName | Chevalier | Robin | Mercier
    Prénom | firstName | Aurélie | Thomas | Inès
    Email | email | a.chevalier@example.fr | thomas.robin@example.com | ines.mercier@example.fr
    Téléphone | phone | 06 45 12 78 90 | 06 33 21 09 87 | 07 66 54 32 10
    # The employer a trainee names is the person's company.
    Entreprise | companyName | Transports Morel | Élec Services | Transports Morel
    Date Inscription | - | 2025-03-18 | 2025-03-22 | 2025-03-25
  `),
  set({ id: 'fr-clinique-patients-export-groupe-sanguin-dossier', kind: 'clinic app\'s patients export (id, name, first name, e-mail, phone, birth date, sex, blood group, file number)', lang: 'fr', defaultCountry: 'SN', source: 'index:53932737420 (a clinic app\'s export controller, PHP)' }, `
    ID | externalId | 12 | 13 | 14
    Nom | lastName | Diop | Ndiaye | Sow
    Prénom | firstName | Aminata | Cheikh | Fatou
    Email | email | aminata.diop@example.sn | cndiaye@example.com | fatou.sow@example.sn
    Téléphone | phone | 77 123 45 67 | 76 543 21 09 | 78 234 56 78
    Date Naissance | dateOfBirth | 1990-04-12 | 1984-09-30 | 2001-01-22
    Sexe | - | F | M | F
    Groupe Sanguin | - | O+ | A+ | B-
    # The file number beside the id: of two ids of the person the first is the External ID.
    Num Dossier | - | DOS-2024-0012 | DOS-2024-0013 | DOS-2025-0001
  `),
  set({ id: 'fr-ecole-eleves-export-matricule-parent', kind: 'school management app\'s pupils export in its French version (name, first name, e-mail, phone, class, level, gender, birth date, registration number, parent, parent e-mail and phone, status)', lang: 'fr', defaultCountry: 'CM', source: 'index:27204922935 (a school app\'s students page, React)' }, `
    Nom | lastName | Mbarga | Fotso | Nkoulou
    Prénom | firstName | Yannick | Brenda | Junior
    Email | email | yannick.mbarga@example.cm | "" | junior.nk@example.com
    Téléphone | phone | 6 77 12 34 56 | 6 99 87 65 43 | 6 55 44 33 22
    Classe | - | 3ème A | 1ère C | 3ème A
    Niveau | - | Collège | Lycée | Collège
    Genre | - | M | F | M
    Date Naissance | dateOfBirth | 2010-05-14 | 2007-11-02 | 2010-08-29
    Matricule | externalId | EL-2024-114 | EL-2022-087 | EL-2024-131
    Parent | - | Paul Mbarga | Odile Fotso | Rose Nkoulou
    Email Parent | - | p.mbarga@example.cm | odile.fotso@example.com | ""
    Téléphone Parent | - | 6 70 11 22 33 | 6 94 55 66 77 | 6 51 23 45 67
    Statut | - | actif | actif | inactif
  `),
  set({ id: 'fr-formation-participants-presence-titre-organisation', kind: 'French training attendance app\'s participants export under a title, organisation, export date and total lines and a blank line (name, first name, e-mail, phone, programmes, sessions attended and missed, presence score, trend, follow-up status, drop-out signals)', lang: 'fr', defaultCountry: 'FR', source: 'index:57438067973 (a training attendance app\'s CSV exports, TypeScript)', above: [[], ['LISTE DES PARTICIPANTS — ALTIS'], ['Organisation', 'Institut Formation Avenir'], ['Date d\'export', '14/03/2025'], ['Total participants', '42'], []] }, `
    # The first line holds only a byte-order mark, written here as an empty line above.
    Nom | lastName | Perrin | Barbier | Hoarau
    Prénom | firstName | Gaëlle | Kevin | Noémie
    Email | email | gaelle.perrin@example.fr | kbarbier@example.com | noemie.hoarau@example.re
    Téléphone | phone | 06 24 68 13 57 | - | 06 92 12 34 56
    Programmes inscrits | - | Remise à niveau, Code de la route | Remise à niveau | Compétences numériques
    Sessions suivies | - | 11 | 4 | 9
    Sessions manquées | - | 1 | 5 | 0
    Score de présence (%) | - | 92 | 44 | 100
    Tendance | - | stable | baisse | hausse
    Statut de suivi | - | Actif | À surveiller | Actif
    Signaux de décrochage | - | - | 3 absences consécutives | -
  `),
  set({ id: 'fr-mutuelle-rapport-adherents-titre-statistiques', kind: 'mutual society app\'s full report CSV, whose members section comes under a report title, a statistics block and a section title (member number, name, first name, e-mail, phone, status)', lang: 'fr', defaultCountry: 'FR', source: 'index:56310616796 (a mutual society app\'s report controller, PHP)', above: [['RAPPORT COMPLET - 2025-03-14 10:22:05'], [], ['STATISTIQUES GLOBALES'], ['Total Adhérents', 'Total Cotisations', 'Total Prêts', 'Total Sinistres'], ['48', '112', '9', '3'], [], ['ADHÉRENTS']] }, `
    Numéro | externalId | ADH-0001 | ADH-0002 | ADH-0003
    Nom | lastName | Martin | Bernard | Durand
    Prénom | firstName | Christine | Philippe | Élodie
    Email | email | christine.martin@example.fr | pbernard@example.com | elodie.durand@example.fr
    Téléphone | phone | 06 11 22 33 44 | 06 55 66 77 88 | 07 12 34 56 78
    Statut | - | actif | actif | suspendu
  `),
  set({ id: 'fr-messagerie-abonnes-import-type-statut', kind: 'school admin\'s messaging subscribers bulk import, the format its form asks for (name, first name, e-mail, phone, type, status)', lang: 'fr', defaultCountry: 'CM', source: 'index:55469817853 (a school admin\'s messaging subscribers page, PHP template)' }, `
    nom | lastName | Essomba | Ngono | Tchoupo
    prénom | firstName | Hervé | Clarisse | Rodrigue
    email | email | herve.essomba@example.cm | cngono@example.com | rodrigue.t@example.cm
    téléphone | phone | +237677123456 | +237699876543 | +237655443322
    # The kind of subscriber (STUDENT, PARENT, TEACHER) is a category the contact is filed under: Tags.
    type | tags | STUDENT | PARENT | TEACHER
    statut | - | ACTIVE | ACTIVE | INACTIVE
  `),
  // --------------------------------------------------------------------------------------------------- Italian
  set({ id: 'it-associazione-iscritti-anno-numero-localita', kind: 'Italian association\'s members of the year, the columns its yearly list reads (membership number, surname, name, address, CAP, town, joining date, state)', lang: 'it', defaultCountry: 'IT', source: 'index:12098110610 (an association\'s yearly members PDF report, PHP)' }, `
    numero_iscrizione | externalId | 1024 | 1025 | 1031
    cognome | lastName | Ferrari | Esposito | Colombo
    nome | firstName | Giulia | Salvatore | Chiara
    indirizzo | address1 | Via Garibaldi 12 | Corso Umberto I 88 | Via dei Mille 5
    cap | postalCode | 40121 | 80138 | 20129
    localita | city | Bologna | Napoli | Milano
    data_iscrizione | - | 2025-01-15 | 2025-02-03 | 2025-02-20
    stato | - | I | I | I
  `),
  set({ id: 'it-gestionale-clienti-stampa-cap', kind: 'Italian desktop management app\'s client list, the columns its print-out reads (surname, name, address, CAP, e-mail, phone)', lang: 'it', defaultCountry: 'IT', source: 'index:55839536917 (a desktop management app, Tkinter, Python)' }, `
    cognome | lastName | Ricci | Marino | Greco
    nome | firstName | Alessandro | Francesca | Davide
    indirizzo | address1 | Via Roma 45, Torino | Piazza Duomo 3, Firenze | Via Etnea 210, Catania
    cap | postalCode | 10123 | 50122 | 95131
    email | email | a.ricci@example.it | francesca.marino@example.com | dgreco@example.it
    telefono | phone | 011 562 3344 | 055 234 5678 | 347 123 4567
  `),
  set({ id: 'it-clienti-modifica-binding-indirizzo', kind: 'Italian web app\'s client edit form, the fields it binds (id, name, surname, e-mail, phone, address)', lang: 'it', defaultCountry: 'IT', source: 'index:23170130424 (a web app\'s clients controller, ASP.NET Core, C#)' }, `
    # The source writes a space before "Indirizzo", which the table cannot hold.
    Id | externalId | 1 | 2 | 3
    Nome | firstName | Martina | Lorenzo | Sara
    Cognome | lastName | Bruno | Gallo | Conti
    Email | email | martina.bruno@example.it | lgallo@example.com | sara.conti@example.it
    Telefono | phone | 333 445 5667 | 02 8765 4321 | 349 876 5432
    Indirizzo | address1 | Via Mazzini 14, Verona | Viale Monza 120, Milano | Via Toledo 256, Napoli
  `),
  set({ id: 'it-immobiliare-lead-valutazione-stima', kind: 'Italian real-estate valuation site\'s leads export (name, surname, e-mail, phone, town, maximum estimate, state)', lang: 'it', defaultCountry: 'IT', source: 'index:3501613161 (a valuation site\'s admin leads page, React)' }, `
    Nome | firstName | Cristina | Massimo | Elisa
    Cognome | lastName | Gatti | Pellegrino | Ferrara
    Email | email | cristina.gatti@example.it | mpellegrino@example.com | elisa.ferrara@example.it
    Telefono | phone | 347 556 7788 | 02 9988 7766 | 333 214 5566
    Città | city | Bergamo | Monza | Brescia
    Stima Max | - | 285000 | 410000 | 198000
    Stato | - | nuovo | contattato | nuovo
  `),
  set({ id: 'it-clienti-export-codice-cliente-paese', kind: 'Italian multi-shop management app\'s clients export (client code, name, surname, e-mail, phone, town, country, registration date)', lang: 'it', defaultCountry: 'IT', source: 'index:57010635678 (a management app\'s clients export controller, C#)' }, `
    CodiceCliente | externalId | CL-000184 | CL-000185 | CL-000201
    Nome | firstName | Tommaso | Giorgia | Emanuele
    Cognome | lastName | Fabbri | Longo | Sanna
    Email | email | tommaso.fabbri@example.it | giorgia.longo@example.com | esanna@example.it
    Telefono | phone | 0541 223344 | 340 998 1122 | 070 654 3210
    Città | city | Rimini | Lecce | Cagliari
    Paese | country | Italia | Italia | Italia
    DataRegistrazione | - | 2024-06-12 | 2024-09-30 | 2025-01-17
  `),
  set({ id: 'it-volontari-dump-postgres-ruolo-telefono', kind: 'Italian volunteer shift planner\'s volunteers table in a PostgreSQL dump (id, name, surname, sex, state, last assignment, e-mail, password hash, role, timestamps, phone)', lang: 'it', defaultCountry: 'IT', source: 'index:44608680551 (a volunteer planner\'s database dump, SQL)' }, `
    id | externalId | 31 | 32 | 35
    nome | firstName | Ilenia | Franco | Debora
    cognome | lastName | Bassi | Orlandi | Piras
    sesso | - | F | M | F
    stato | - | attivo | attivo | sospeso
    ultima_assegnazione | - | 2025-07-19 00:00:00 | \\N | 2025-06-28 00:00:00
    email | email | ilenia.bassi@example.it | franco.orlandi@example.com | debora.piras@example.it
    password_hash | - | $2b$10$Kq1 | $2b$10$Zr7 | $2b$10$Mn4
    ruolo | - | volontario | volontario | admin
    created_at | - | 2025-07-02 10:11:12.123456 | 2025-07-02 10:15:40.654321 | 2025-07-03 08:00:01.000001
    updated_at | - | 2025-07-20 18:02:33.111111 | 2025-07-02 10:15:40.654321 | 2025-07-03 08:00:01.000001
    telefono | phone | 3471122334 | \\N | 3289988776
  `),
  set({ id: 'it-biblioteca-utenti-tessera-cf', kind: 'Italian library app\'s users as its list reads them (card number, surname, name, tax code)', lang: 'it', defaultCountry: 'IT', source: 'index:41861191816 (a library app\'s user list, Java)' }, `
    # The library card number is the person's number in the library's system: the External ID.
    ntessera | externalId | 2031 | 2032 | 2040
    cognome | lastName | Galli | Monti | Serra
    nome | firstName | Irene | Pietro | Agnese
    cf | - | GLLRNI95E41A944T | MNTPTR88S12H501B | SRRGNS01A45B354K
  `),
  set({ id: 'it-cliente-dao-cf-username-carta', kind: 'Italian web shop\'s customer table, the columns its DAO inserts (tax code, user name, password, name, surname, phone, e-mail, details, preferred card)', lang: 'it', defaultCountry: 'IT', source: 'index:40028239347 (a web shop\'s user DAO, Java)' }, `
    Cf | - | RSSMRA80A01H501U | BNCLCU92C15F205X | VRDNNA85M41L219K
    Username | externalId | mrossi80 | luca.bianchi | annaverdi
    Cliente.Password | - | (hash) | (hash) | (hash)
    Nome | firstName | Mario | Luca | Anna
    Cognome | lastName | Rossi | Bianchi | Verdi
    Telefono | phone | 339 123 4567 | 320 765 4321 | 011 987 6543
    Email | email | mario.rossi@example.it | luca.bianchi@example.com | anna.verdi@example.it
    Dettagli | - | "" | Consegna al portiere | ""
    CartaPred | - | 2 | "" | 5
  `),
  set({ id: 'it-rubrica-qt-file-senza-intestazione', kind: 'Italian Qt address book\'s saved contacts file, one contact a line with no header line (name, phone, e-mail)', lang: 'it', defaultCountry: 'IT', noHeader: true, source: 'index:49267023698 (a Qt address book\'s contact list class, C++ header)' }, `
    "" | name | Paolo Ferri | Silvia Caruso | Nicola De Luca
    "" | phone | 347 889 0011 | 02 3344 5566 | 392 112 3344
    "" | email | paolo.ferri@example.it | silvia.caruso@example.com | ""
  `),
  set({ id: 'it-newsletter-contatti-incollati-email-azienda', kind: 'Italian outreach tool\'s contacts import box, one contact a line with no header line (e-mail, name, company)', lang: 'it', defaultCountry: 'IT', noHeader: true, source: 'index:69652511125 (an outreach tool\'s dashboard page, React)' }, `
    "" | email | marco.neri@example.it | info@example.com | silvia.greco@example.it
    "" | name | Marco Neri | Ufficio Acquisti | Silvia Greco
    "" | companyName | Neri Impianti srl | Rossi & Co. | Studio Greco
  `),
  set({ id: 'it-asl-anagrafe-pazienti-residenza-domicilio-medico', kind: 'Italian health authority\'s patient registry table, the columns its stored procedure inserts (ids and provenance, card, surname, name, birth, sex, codes, tax code, residence, domicile, health cover, family doctor, mailing address, three phones), kept to its first 51 columns', lang: 'it', defaultCountry: 'IT', source: 'index:11395833866 (a patient registry\'s stored procedure, T-SQL)' }, `
    Id | externalId | 5A1F0C22 | 7B3D9E41 | 9C8E2A07
    # The system the record came from ("Provenienza": ASL, SAC, PS) is the origin of the record: the Source.
    Provenienza | source | ASL | PS | ASL
    # The id in that system beside the registry's own: of two ids of the person the first is the External ID.
    IdProvenienza | - | 100234 | PS-88712 | 100877
    DataInserimento | - | 2024-03-12 09:14:00 | 2024-05-02 22:41:00 | 2024-06-18 11:03:00
    DataModifica | - | 2025-01-08 10:00:00 | 2024-05-02 22:41:00 | 2024-11-30 08:22:00
    DataSequenza | - | 2025-01-08 10:00:00 | 2024-05-02 22:41:00 | 2024-11-30 08:22:00
    LivelloAttendibilita | - | 90 | 40 | 90
    # The health card number is an identity number: not imported.
    Tessera | - | 80380000000012345678 | "" | 80380000000087654321
    Cognome | lastName | CATTANEO | ORLANDO | SALA
    Nome | firstName | GIORGIO | MARIA TERESA | FILIPPO
    DataNascita | dateOfBirth | 1951-02-14 | 1978-06-30 | 2016-09-09
    Sesso | - | M | F | M
    # Municipality, nationality and district columns here hold codes, not names: not imported.
    ComuneNascitaCodice | - | 015146 | 063049 | 015146
    NazionalitaCodice | - | 100 | 100 | 100
    CodiceFiscale | - | CTTGRG51B14F205K | RLNMTR78H70F839P | SLAFPP16P09F205Z
    MantenimentoPediatra | - | 0 | 0 | 1
    CapoFamiglia | - | 1 | 0 | 0
    Indigenza | - | 0 | 0 | 0
    CodiceTerminazione | - | "" | "" | ""
    DescrizioneTerminazione | - | "" | "" | ""
    ComuneResCodice | - | 015146 | 015146 | 015146
    SubComuneRes | - | "" | "" | ""
    IndirizzoRes | address1 | VIA PADOVA 74 | VIALE ABRUZZI 12 | VIA FOPPA 31
    LocalitaRes | city | MILANO | MILANO | MILANO
    CapRes | postalCode | 20131 | 20131 | 20144
    DataDecorrenzaRes | - | 1995-04-01 | 2010-09-15 | 2016-09-09
    CodiceAslRes | - | 308 | 308 | 308
    ComuneDomCodice | - | "" | 063049 | ""
    SubComuneDom | - | "" | "" | ""
    # The domicile is an alternate address group beside the residence: not imported.
    IndirizzoDom | - | "" | VIA CHIAIA 140 | ""
    LocalitaDom | - | "" | NAPOLI | ""
    CapDom | - | "" | 80121 | ""
    PosizioneAss | - | 1 | 2 | 1
    CodiceAslAss | - | 308 | 308 | 308
    DataInizioAss | - | 1995-04-01 | 2010-09-15 | 2016-09-09
    DataScadenzaAss | - | "" | 2025-12-31 | ""
    DataTerminazioneAss | - | "" | "" | ""
    DistrettoAmm | - | 03 | 02 | 05
    DistrettoTer | - | 03 | 02 | 05
    Ambito | - | 31 | 22 | 51
    # The family doctor is chosen by the patient and is not a user of the registry: not the Contact owner.
    CodiceMedicoDiBase | - | 123456 | 234567 | 345678
    CodiceFiscaleMedicoDiBase | - | BRNLGU60A01F205X | GLLMRA65B41F205Y | RZZPLA70C01F205Z
    CognomeNomeMedicoDiBase | - | BRUNI LUIGI | GALLI MARA | RIZZI PAOLA
    DistrettoMedicoDiBase | - | 03 | 02 | 05
    DataSceltaMedicoDiBase | - | 2012-01-10 | 2011-03-04 | 2016-10-01
    ComuneRecapitoCodice | - | "" | "" | ""
    IndirizzoRecapito | - | "" | "" | ""
    LocalitaRecapito | - | "" | "" | ""
    Telefono1 | phone | 02 2614 5588 | 339 887 1122 | 02 4815 2233
    Telefono2 | additionalPhones | 347 221 3344 | "" | 348 556 7788
    Telefono3 | additionalPhones | "" | "" | 333 123 9876
  `),
  set({ id: 'it-societa-sportiva-certificati-tessera-agonistico', kind: 'Italian sports club\'s members with a valid medical certificate, the columns its page reads (card number, surname, name, competitive flag, expiry date)', lang: 'it', defaultCountry: 'IT', source: 'index:3277422619 (a sports club management site, ASP.NET, C#)' }, `
    # The club membership card number is the member's number in the club's system: the External ID.
    Tessera | externalId | 2025/118 | 2025/042 | 2025/203
    Cognome | lastName | Testa | Mancini | Leone
    Nome | firstName | Riccardo | Beatrice | Gabriele
    Agonistico | - | 1 | 0 | 1
    Data_Scadenza | - | 12/09/2025 | 03/02/2026 | 28/11/2025
  `),
  // --------------------------------------------------------------------------------------------------- English
  set({ id: 'en-ng-google-forms-full-name-phone', kind: 'Nigerian community list\'s Google Forms responses, as its importer test reads them (timestamp, full name, e-mail address, phone number)', lang: 'en', defaultCountry: 'NG', source: 'index:66215286991 (a contact importer\'s Google Forms test, JavaScript)' }, `
    Timestamp | - | 8/31/2025 20:01:11 | 8/31/2025 20:05:42 | 9/1/2025 7:12:09
    Full Name | name | Chinedu Okafor | Aisha Bello | Tunde Adeyemi
    Email Address | email | chinedu.okafor@example.com | aisha.bello@example.ng | ""
    Phone Number | phone | +234 803 111 2233 | 0802 555 6677 | +2348094441122
  `),
  set({ id: 'en-event-guests-rsvp-export', kind: 'event app\'s guest list export (guest name, e-mail, phone, RSVP status, invited and responded dates, note)', lang: 'en', source: 'index:59674571793 (an event app\'s guest export controller, Java)' }, `
    Guest Name | name | Rachel Foster | Daniel Kim | Maria Lopez
    Email | email | rachel.foster@example.com | dkim@example.org | ""
    Phone | phone | (503) 555-0147 | 503-555-0192 | ""
    RSVP Status | - | ACCEPTED | PENDING | DECLINED
    Invited At | - | 2025-04-02T10:15:00 | 2025-04-02T10:15:00 | 2025-04-03T08:30:00
    Responded At | - | 2025-04-03T19:22:00 | "" | 2025-04-05T12:01:00
    Note | - | Bringing a plus one | "" | Out of town
  `),
  set({ id: 'en-shop-customers-export-orders-revenue', kind: 'online shop dashboard\'s customers export, English and Arabic interface (customer name, e-mail, phone, total orders, revenue)', lang: 'en', defaultCountry: 'SA', source: 'index:9648037105 (a shop dashboard\'s customers page, React)' }, `
    Customer Name | name | Fahad Al-Qahtani | Noura Al-Harbi | Omar Khalid
    Email | email | fahad.q@example.sa | noura.harbi@example.com | omar.khalid@example.com
    Phone | phone | 050 123 4567 | 055 987 6543 | +966 54 321 0987
    Total Orders | - | 14 | 3 | 7
    Revenue | - | 4820.50 | 615.00 | 1990.75
  `),
  set({ id: 'en-college-enrollments-export-academic-year', kind: 'college enrollment page\'s students export (student id, first and last name, e-mail, phone, birth date, address, course, academic year, semester, status, enrollment date)', lang: 'en', source: 'index:10482770108 (a college enrollment page, JavaScript)' }, `
    Student ID | externalId | S2025-0142 | S2025-0143 | S2025-0150
    First Name | firstName | Emily | Jordan | Priya
    Last Name | lastName | Carter | Brooks | Natarajan
    Email | email | emily.carter@example.edu | jbrooks@example.com | priya.n@example.edu
    Phone | phone | (614) 555-0133 | 614-555-0178 | (380) 555-0121
    Date of Birth | dateOfBirth | 2005-03-14 | 2004-11-02 | 2005-07-29
    Address | address1 | 412 Oak St | 88 Maple Ave Apt 3 | 1550 High St
    Course | - | Nursing | Business Administration | Computer Science
    Academic Year | - | 2025-2026 | 2025-2026 | 2025-2026
    Semester | - | Fall | Fall | Spring
    Status | - | Active | Pending | Active
    Enrollment Date | - | 2025-08-18 | 2025-08-20 | 2025-01-10
  `),
  set({ id: 'en-in-coaching-students-upload-template-parent-emergency', kind: 'Indian coaching institute\'s student bulk upload template (student id, name, contact, birth date, gender, address, parent, university and course, roll number, batch, emergency contact, medical conditions, how they heard of it)', lang: 'en', defaultCountry: 'IN', source: 'index:11727765570 (a coaching institute admin\'s bulk upload component, React)' }, `
    Student ID | externalId | STU101 | STU102 | STU103
    First Name | firstName | Ananya | Rohit | Kavya
    Last Name | lastName | Sharma | Verma | Iyer
    Email | email | ananya.sharma@example.in | rohit.verma@example.com | kavya.iyer@example.in
    Phone | phone | +91 98765 43210 | 99887 76655 | +91 91234 56789
    Date of Birth | dateOfBirth | 2004-02-11 | 2003-09-27 | 2005-01-05
    Gender | - | Female | Male | Female
    Address | address1 | 14 MG Road | Flat 302, Sai Residency | 7 Anna Nagar 2nd St
    City | city | Pune | Lucknow | Chennai
    State | state | Maharashtra | Uttar Pradesh | Tamil Nadu
    Pincode | postalCode | 411001 | 226010 | 600040
    Parent Name | - | Rakesh Sharma | Sunita Verma | Lakshmi Iyer
    Parent Phone | - | +91 98200 11223 | 94150 33445 | +91 94440 55667
    Parent Email | - | rakesh.s@example.in | "" | lakshmi.iyer@example.com
    Relationship | - | Father | Mother | Mother
    # The university a student attends is not an employer: not imported.
    University | - | Savitribai Phule Pune University | University of Lucknow | Anna University
    Course | - | Engineering | B.Sc | Engineering
    Semester | - | 4th | 2nd | 6th
    # The roll number beside the student id: of two ids of the person the first is the External ID.
    Roll Number | - | ENG2041 | BSC1187 | ENG3302
    Selected Course | - | GATE Preparation | NEET Crash Course | GATE Preparation
    Batch Preference | - | Morning Batch | Evening Batch | Weekend Batch
    Course Mode | - | Offline | Online | Offline
    Emergency Name | - | Rakesh Sharma | Sunita Verma | Lakshmi Iyer
    Emergency Phone | - | +91 98200 11223 | 94150 33445 | +91 94440 55667
    Emergency Relation | - | Father | Mother | Mother
    Medical Conditions | - | None | Asthma | None
    How Did You Hear | source | Social Media | Friend | Google Search
  `),
  set({ id: 'en-school-active-students-export-class-level', kind: 'school admin\'s active students export (student id, first and last name, e-mail, phone, gender, class level)', lang: 'en', defaultCountry: 'GH', source: 'index:33814986441 (a school admin API\'s export route, Node.js)' }, `
    Student ID | externalId | STD-0241 | STD-0242 | STD-0255
    First Name | firstName | Kwame | Abena | Yaw
    Last Name | lastName | Mensah | Owusu | Boateng
    Email | email | kwame.mensah@example.com | abena.owusu@example.com | ""
    Phone | phone | 024 412 3456 | 020 987 6543 | 055 321 7788
    Gender | - | Male | Female | Male
    Class Level | - | JHS 2 | SHS 1 | JHS 3
  `),
  set({ id: 'en-exam-portal-students-export-gpa-scores', kind: 'university exam portal\'s students report export (student id, first and last name, e-mail, phone, department, year, section, GPA, registered, status, exams taken, average score)', lang: 'en', defaultCountry: 'PH', source: 'index:54987072263 (an exam portal\'s admin reports API, PHP)' }, `
    Student ID | externalId | 2023-00412 | 2023-00587 | 2024-00133
    First Name | firstName | Mark Anthony | Jasmine | Paolo
    Last Name | lastName | Dela Cruz | Reyes | Santos
    Email | email | markanthony.dc@example.edu.ph | jreyes@example.com | paolo.santos@example.edu.ph
    Phone | phone | 0917 123 4567 | 0998 765 4321 | 0928 555 1212
    Department | - | Computer Science | Accountancy | Civil Engineering
    Year | - | 2 | 2 | 1
    Section | - | A | C | B
    GPA | - | 1.75 | 1.50 | 2.25
    Registered | - | 2023-08-14 | 2023-08-15 | 2024-08-12
    Status | - | active | active | inactive
    Exams Taken | - | 6 | 8 | 2
    Average Score | - | 84.5 | 91.2 | 76.0
  `),
  set({ id: 'en-students-servlet-export-dob-age', kind: 'student management web app\'s students export (student id, first and last name, e-mail, phone, birth date, gender, address, course, age)', lang: 'en', defaultCountry: 'IN', source: 'index:53980116794 (a student management servlet, Java)' }, `
    Student ID | externalId | 101 | 102 | 103
    First Name | firstName | Arjun | Meera | Siddharth
    Last Name | lastName | Nair | Kapoor | Rao
    Email | email | arjun.nair@example.in | meera.kapoor@example.com | srao@example.in
    Phone | phone | 9847012345 | 9810098765 | 9900123456
    DOB | dateOfBirth | 2003-06-18 | 2002-12-01 | 2004-03-09
    Gender | - | Male | Female | Male
    Address | address1 | 21 Marine Drive, Kochi | B-14 Lajpat Nagar, New Delhi | 5 Jayanagar 4th Block, Bengaluru
    Course | - | B.Tech | BCA | B.Com
    Age | - | 22 | 22 | 21
  `),
];
