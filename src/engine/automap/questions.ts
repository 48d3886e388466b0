// A form's question as a header (Google Forms, Typeform, Jotform, Microsoft Forms export the question text as the
// column's header): "What is your phone number?", "¿Cuál es tu correo?", "How did you hear about us?", "Wie heißt
// du?". ./header.ts asks here once it knows the header is a question.
import type { FieldKey } from '../types';
import type { HeaderGuess } from './header';
import { NEGATIVE_WORDS, NOT_PERSON_NAME_WORDS, QUESTION_WORDS, YES_NO_WORDS } from './lexicon';
import { keywordGuess } from './keyword';
import { compactHeader } from './normalize';
import { exactEntry, headWords } from './tables';
import { round2 } from './work';

const QUESTION_OPENERS = ['what', 'whats', 'which', 'cual', 'qual', 'quel', 'quelle', 'wie', 'was', 'wat'];

/** Whether a header is a question: it ends with "?" or ":", opens with "¿" or a question word, or is one of the
 *  whole questions below written as a column name ("como_conheceu"). */
export function isQuestion(raw: string, words: readonly string[]): boolean {
  return /[?:]\s*$/.test(raw) || /^[¿]/.test(raw) || (QUESTION_WORDS.has(words[0] ?? '') && QUESTION_OPENERS.includes(words[0])) || wholeQuestion(words) !== undefined;
}

// Whole questions whose answer is a field, on the header's words (lower case, no accents, no punctuation).
// "How did you hear about us?" asks how the contact found the organisation: the Source (HubSpot, Mailchimp and
// Eventbrite forms offer it as a stock question; "Como nos conheceu?", "Comment nous avez-vous connus ?", "Wie sind
// Sie auf uns aufmerksam geworden?" are the same question in the forms of the other languages). About anything else
// ("How did you hear about this event?", "... about the course?") it is a survey's answer, not the contact's source.
// "What's your name?" in the languages that ask it with a verb ("Wie heißt du?", "Come ti chiami?") is the name.
const US = '(?: (?:about|of) us| us)?';
const ABOUT_THE_ORGANISATION = new RegExp(
  '(?: (?:about|of|de|da|do|sobre|di|della|del))?(?: (?:the|l|la|le|el|il|lo|a|o))?(?: (?:our|your|notre|votre|nuestra|nuestro|nossa|nosso|nostra|nostro|vostra|vostro))?' +
    ' (?:association|asociacion|associacao|associazione|company|empresa|entreprise|azienda|organisation|organization|organizacion|organizacao|' +
    'organizzazione|club|clube|store|shop|loja|tienda|boutique|negozio|business|agency|agence|agencia|agenzia|school|escuela|escola|ecole|scuola|' +
    'church|iglesia|igreja|eglise|chiesa|gym|gimnasio|academia|salon|salao|studio|estudio|page|pagina|site|website|brand|marca|marque|marchio)$',
);
const WHOLE_QUESTIONS: ReadonlyArray<readonly [FieldKey, RegExp]> = [
  ['source', new RegExp(`^(?:how|where) (?:did|do) you (?:first )?(?:hear|learn|find out|find|get to know|come to know|come across|discover|know)${US}$`)],
  ['source', /^(?:how|where) (?:you )?(?:heard|found|learned|learnt) (?:about|of) us$/],
  ['source', /^(?:como|donde) (?:(?:te|se) enter(?:aste|o)|nos (?:conociste|conocio|conocieron|has conocido|ha conocido|encontraste|encontro)|(?:supiste|supo|llegaste|llego) (?:de|a) nosotros|conociste|conocio)(?: de nosotros)?$/],
  ['source', /^(?:como|onde) (?:(?:voce|vc|o senhor|a senhora) )?(?:(?:ficou sabendo|soube|ouviu falar)(?: (?:de|da|sobre) (?:nos|gente))?|(?:nos )?(?:conheceu|encontrou|descobriu)(?: a gente)?|chegou ate (?:nos|a gente))$/],
  ['source', /^(?:comment|ou) (?:nous )?(?:avez vous|as tu|vous avez|tu as) (?:connu|connus|entendu parler|eu connaissance|decouvert|trouve|trouves)(?: (?:de )?nous)?$/],
  ['source', /^(?:wie|wo|woher) (?:haben sie|hast du|habt ihr|sind sie|bist du|seid ihr|kennen sie|kennst du|kennt ihr) (?:(?:von|auf|ueber|uber) )?uns(?: (?:erfahren|gefunden|gehort|gehoert|aufmerksam geworden|gekommen|kennengelernt))?$/],
  ['source', /^(?:wie|wo) (?:haben sie|hast du|habt ihr) (?:von uns )?(?:erfahren|gehort|gehoert)$/],
  ['source', /^(?:come|dove) (?:(?:ci|mi) )?(?:hai|ha|avete) (?:conosciut[oiae]|sentito parlare di noi|scopert[oiae]|trovat[oiae])(?: di noi)?$/],
  ['source', /^come (?:sei|e|siete) venut[oiae] a conoscenza (?:di noi|della nostra \w+)$/],
  ['source', /^(?:hoe|waar) (?:heb je|heeft u|hebt u|ben je|bent u|kent u|ken je)(?: (?:over|van))? ons(?: (?:gehoord|gevonden|leren kennen|terechtgekomen|ontdekt))?$/],
  ['source', /^(?:hoe|waar) (?:heb je|heeft u|hebt u) over ons gehoord$/],
  ['source', /^(?:hoe|waar) (?:ben je|bent u|kwam je|kwam u) bij ons(?: (?:terechtgekomen|terecht gekomen|gekomen|uitgekomen))?$/],
  // The question cut to its verb, as a column's name ("Come conosciuto", "How heard", "Comment connu", "Wie gefunden", "Hoe
  // gevonden", a Mexican school's "Medio enterado"; "como conheceu", "como conocio" above): how the contact found the
  // organisation.
  ['source', /^(?:how (?:heard|found|learned)(?: (?:about|of))?(?: us)?|come (?:ci )?(?:conosciut[oiae]|trovat[oiae]|scopert[oiae])|comment (?:connu|connus|trouve|decouvert)|wie (?:erfahren|gefunden|aufmerksam geworden)|hoe (?:gevonden|gehoord|leren kennen)|(?:medio|como) (?:se )?enterad[oa]|meio (?:como )?(?:soube|conheceu))$/],
  ['name', /^(?:wie (?:heisst|heissen) (?:du|sie)|come ti chiami|come si chiama|como te llamas|como se llama|como (?:voce )?se chama|como te chamas|comment (?:vous appelez vous|t appelles tu|tu t appelles)|hoe heet (?:je|u))$/],
  // Where the contact lives, asked in a sign-up form: a town is the answer forms expect ("Where do you live?", "Wo wohnen Sie?").
  ['city', /^(?:where do you live|where do you reside|where are you based|donde vives|donde vive usted|onde (?:voce )?mora|ou habitez vous|ou habites tu|ou vivez vous|wo wohnen sie|wo wohnst du|dove abiti|dove vivi|waar woon je|waar woont u)$/],
  ['dateOfBirth', /^(?:wann (?:hast du|haben sie) geburtstag|wann bist du geboren|wann sind sie geboren|when were you born|cuando naciste|quando (?:voce )?nasceu|quando sei nato|quand etes vous ne|wanneer ben je geboren)$/],
];

/** What a question asks for: a field, or nothing (a yes/no question, a question about something else). */
export function questionGuess(raw: string, words: readonly string[]): HeaderGuess {
  if (/\?\s*$/.test(raw) && YES_NO_WORDS.has(words[0] ?? '')) return { field: null, conf: 0.8, reason: 'A yes/no question', final: true, rank: 'primary' };
  // "Where do you live? (City)": the field named after the question.
  const named = /\(([^)]*)\)\s*$/.exec(raw);
  const entry = named ? exactEntry(compactHeader(named[1])) : undefined;
  if (entry?.field) return { field: entry.field, conf: round2(Math.min(entry.conf, 0.8)), reason: `Names it after the question ("${named![1]}")`, rank: entry.rank ?? 'primary' };
  const whole = wholeQuestion(words);
  if (whole) return { field: whole, conf: 0.8, reason: 'Asks for it in a question', rank: 'primary' };
  const content = words.filter((w) => !QUESTION_WORDS.has(w));
  const e = exactEntry(content.join(''));
  if (e) {
    if (e.field === null) return { field: null, conf: e.conf, reason: 'Not a contact field', final: true, rank: 'primary' };
    return { field: e.field, conf: round2(Math.min(e.conf, 0.8)), reason: 'Asks for it in a question', rank: e.rank ?? 'primary' };
  }
  const kw = keywordGuess(content, 'A question about ');
  if (kw && content.length <= 3) return kw.final ? kw : { ...kw, conf: round2(Math.min(kw.conf, 0.7)) };
  // "¿Para qué empresa trabajas?": the one key word a short question asks about.
  const heads = new Set(content.map((w) => headWords().get(w)?.[0]).filter((f) => f !== undefined));
  const f = [...heads][0];
  if (heads.size === 1 && content.length <= 5 && !content.some((w) => NEGATIVE_WORDS.has(w) || (f === 'name' && NOT_PERSON_NAME_WORDS.has(w)))) {
    return { field: f, conf: 0.65, reason: `A question about ${content.find((w) => headWords().get(w)?.[0] === f)}`, rank: 'primary' };
  }
  return { field: null, conf: 0, reason: 'A question about something else', rank: 'primary' };
}

function wholeQuestion(words: readonly string[]): FieldKey | undefined {
  // The organisation named instead of "us": "How did you hear about our company?", "Comment avez-vous connu
  // l'association ?", "¿Cómo conociste nuestra tienda?" ask the same.
  const sentence = words.join(' ').replace(ABOUT_THE_ORGANISATION, '');
  return WHOLE_QUESTIONS.find(([, re]) => re.test(sentence))?.[0];
}
