// (Written as the first half of a thirty-third part; the public index's search budget ran out after two searches, so
// its five sets join the thirty-second part as its third file, with the part renamed in each set.)
// The thirty-third held-out part of the auto-mapping corpus (see corpus-format.ts), first half (Portuguese files; the
// other half, corpus-heldout32b.ts, holds the other languages): 5 header sets (32 columns, 23 of them expected to
// map; 5 Portuguese; none without a header row or with lines above it). This half is far smaller than planned (14
// Portuguese, 14 French, 14 English, 8 German): the session's search budget ran out after its first two exact-string
// searches ("nome,sobrenome,email,telefone" and "nom;prénom;email;téléphone"), and every file those two searches found
// with a whole header line, bar the five here, is already in an older part. The five are field lists of person
// records (a sign-up table's INSERT columns, an employee form's payload, a contact-form message, a user and an
// employee record), written down, with the mapping a careful person would choose by the field definitions and the
// issue's rules, BEFORE the mapper was run on them and without reading the lexicon or the mapper. "index:N" names the
// index file the header text was read from (the index does not name its repository); the kind says what the file
// is. Each header row was read from the search excerpt alone (the files could not be opened further). Sample values
// are made up in the shape of each file's own (no personal data or example rows from the sources are copied). No
// set's headers repeat an older part's (each was compared lower-cased).
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
// The sixteenth part's second half made these choices more than once, kept here:
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
// The eighteenth part's second half made these choices more than once, kept here:
// - The school, college or university a student or applicant attends is not an employer and is not imported; the
//   employer a mentor, a teacher or a candidate names is the person's company.
// - A group the person comes with or is registered with (a youth group, a parish, a scout group) is Tags; the
//   group's own address, phone, codes and e-mail are not imported.
// Where these are silent, a set says in a comment what was chosen and why.
import { corpusSet, type CorpusSet } from './corpus-format';

const set = (meta: Omit<CorpusSet, 'headers' | 'expected' | 'rows' | 'part'>, table: string) => corpusSet({ ...meta, part: 'heldout32' }, table);

export const HELDOUT32C: CorpusSet[] = [
  // ------------------------------------------------------------------------------------------------ Portuguese
  set({ id: 'pt-tabela-users-nome-sobrenome-telefone', kind: 'tabela USERS de um cadastro simples (colunas do INSERT)', lang: 'pt', defaultCountry: 'BR', source: 'index:45733687232 (um app Flask que grava o formulário de cadastro na tabela USERS, Python)' }, `
    NOME | firstName | Marcos | Aline | Roberto
    SOBRENOME | lastName | Vasconcelos | Ribeiro | Siqueira
    TELEFONE | phone | 11987654321 | 21991234567 | 41988776655
    EMAIL | email | marcos.v@mail.example | aline.ribeiro@mail.example | rsiqueira@mail.example
  `),
  set({ id: 'pt-funcionario-cadastro-cargo-senha', kind: 'cadastro de funcionário enviado pelo painel (campos do registro do funcionário)', lang: 'pt', defaultCountry: 'BR', source: 'index:13283451258 (formulário de novo funcionário de um painel, React)' }, `
    senha | - | ******** | ******** | ********
    nome | firstName | Fernanda | Gustavo | Patrícia
    sobrenome | lastName | Moura | Cardoso | Nogueira
    email | email | fernanda.moura@loja.example | gustavo.c@loja.example | patricia.n@loja.example
    telefone | phone | (62) 99123-4567 | (62) 98456-7890 | (64) 99988-1234
    cidade | city | Goiânia | Anápolis | Rio Verde
    estado | state | GO | GO | GO
    cargo | - | Vendedora | Estoquista | Gerente
    status | - | USER | USER | ADMIN
  `),
  set({ id: 'pt-funcionarios-salario-senha', kind: 'cadastro de funcionários de um sistema de loja (campos do funcionário)', lang: 'pt', defaultCountry: 'BR', source: 'index:43070194968 (a classe Funcionario de um sistema de cadastro, Java)' }, `
    # The salary and the password are not contact fields.
    salario | - | 2850.00 | 3400.50 | 5100.00
    nome | firstName | Adriana | Felipe | Sérgio
    sobrenome | lastName | Lopes | Matos | Guimarães
    email | email | adriana.lopes@loja.example | felipe.matos@loja.example | sergio.g@loja.example
    telefone | phone | (51) 99345-6789 | (51) 3222-1100 | (54) 99876-1234
    senha | - | ******** | ******** | ********
  `),
  set({ id: 'pt-mensagens-contato-site-mensagem', kind: 'mensagens do formulário de contato de um site, gravadas no banco (campos da mensagem)', lang: 'pt', defaultCountry: 'BR', source: 'index:16707387993 (o serviço que grava as mensagens do formulário de contato, Java)' }, `
    nome | firstName | Eduardo | Simone | Vítor
    sobrenome | lastName | Rezende | Falcão | Teixeira
    email | email | eduardo.rezende@mail.example | simone.falcao@mail.example | vitor.t@mail.example
    telefone | phone | (27) 99911-2233 | (27) 3025-6677 | (28) 99888-4455
    mensagem | - | Gostaria de um orçamento para o evento. | Qual o horário de atendimento? | Podem me ligar à tarde?
  `),
  set({ id: 'pt-usuario-cadastro-identificador-login-bio', kind: 'cadastro de usuários de uma rede social de estudo (campos do usuário)', lang: 'pt', defaultCountry: 'BR', source: 'index:4860316878 (a classe Usuario de um projeto de estudo, JavaScript)' }, `
    # identificador is the user's id in the app, the first of two ids (the External ID); login, the second, is not
    # imported; idade (age) and bio are not contact fields.
    nome | firstName | Camila | Henrique | Luana
    sobrenome | lastName | Barros | Peixoto | Campos
    email | email | camila.barros@mail.example | henrique.p@mail.example | luana.campos@mail.example
    telefone | phone | (81) 99765-4321 | (81) 98123-4567 | (83) 99234-5678
    identificador | externalId | 1001 | 1002 | 1003
    idade | - | 24 | 31 | 19
    bio | - | Estudante de design | Dev front-end | Apaixonada por livros
    login | - | camilab | henriquep | luanac
  `),
];
