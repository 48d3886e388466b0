// A form's questions as headers (src/engine/automap/questions.ts): forms export the question text as the column's
// header, in the language the form was written in.
import { suggestMapping } from '../../../src/engine/automap';

const mapOf = (headers: string[]) => Object.fromEntries(suggestMapping(headers).map((s) => [s.header, s.field]));
const fieldOf = (h: string) => mapOf(['Timestamp', 'Email Address', h])[h];

describe('"How did you hear about us?" is the Source, in the seven languages', () => {
  it.each([
    'How did you hear about us?', 'Where did you hear about us?', 'How did you find us?', 'How did you first hear about us?', 'How did you hear of us?',
    'How did you hear about our company?', 'How did you learn about our organization?',
    '¿Cómo te enteraste de nosotros?', '¿Cómo nos conociste?', '¿Cómo se enteró de nosotros?', '¿Cómo conociste nuestra tienda?', '¿Dónde nos conociste?',
    'Como você ficou sabendo de nós?', 'Como nos conheceu?', 'Como você nos encontrou?', 'Onde nos conheceu?', 'como_conheceu',
    'Comment avez-vous connu l\'association ?', 'Comment nous avez-vous connus ?', 'Comment avez-vous entendu parler de nous ?', 'Où nous avez-vous connus ?',
    'Wie hast du von uns erfahren?', 'Wie sind Sie auf uns aufmerksam geworden?', 'Woher kennen Sie uns?', 'Wie haben Sie von uns erfahren?',
    'Come ci hai conosciuto?', 'Come hai conosciuto la nostra scuola?', 'Come sei venuto a conoscenza di noi?', 'Dove ci avete trovato?',
    'Hoe heb je over ons gehoord?', 'Hoe kent u ons?', 'Hoe bent u bij ons terechtgekomen?', 'Waar heeft u ons gevonden?',
  ])('"%s" -> source', (h) => {
    expect(fieldOf(h)).toBe('source');
  });

  // About something other than the organisation it is a survey's answer, not how the contact came to it (the tuning
  // part's Eventbrite report asks "How did you hear about this event?").
  it.each([
    'How did you hear about this event?', 'How did you hear about the course?', 'Como você ficou sabendo do evento?', '¿Cómo conociste el evento?',
    'Comment avez-vous connu ce cours ?', 'How did you hear the news?', 'How do you know the bride?', 'How did you get here?',
  ])('"%s" is not the source', (h) => {
    expect(fieldOf(h)).toBeNull();
  });

  it('a form with a Source column keeps it; the question adds nothing over it', () => {
    expect(suggestMapping(['Email', 'Source', 'How did you hear about us?']).map((s) => s.field)).toEqual(['email', 'source', null]);
  });
});

describe('questions asked with a verb', () => {
  it.each([
    ['Wie heißt du?', 'name'], ['Wie heißen Sie?', 'name'], ['Come ti chiami?', 'name'], ['¿Cómo te llamas?', 'name'], ['Como você se chama?', 'name'],
    ['Comment vous appelez-vous ?', 'name'], ['Hoe heet je?', 'name'],
    ['Wann hast du Geburtstag?', 'dateOfBirth'], ['When were you born?', 'dateOfBirth'], ['¿Cuándo naciste?', 'dateOfBirth'], ['Quando você nasceu?', 'dateOfBirth'],
    ['Wanneer ben je geboren?', 'dateOfBirth'],
  ])('"%s" -> %s', (h, f) => {
    expect(fieldOf(h)).toBe(f);
  });

  it.each(['Wie heißt dein Hund?', 'Come si chiama la tua scuola?', 'Wann hast du Zeit?', 'When were you last here?', 'How are you?'])('"%s" asks about something else', (h) => {
    expect(fieldOf(h)).toBeNull();
  });
});

describe('a question followed by the field it asks for', () => {
  it.each([
    ['Where do you live? (City)', 'city'], ['Where do you live? (Country)', 'country'], ['¿Dónde vives? (Ciudad)', 'city'], ['Wo wohnst du? (PLZ)', 'postalCode'],
    ['Best way to reach you? (Phone)', 'phone'],
  ])('"%s" -> %s', (h, f) => {
    expect(fieldOf(h)).toBe(f);
  });
  it('a note after a question is no field', () => {
    // ("Where do you live? (optional)" asks for the town, its note aside: "where the contact lives" below)
    expect(fieldOf('What are your hobbies? (optional)')).toBeNull();
    expect(fieldOf('Where do you live? (optional)')).toBe('city');
    expect(fieldOf('Anything else? (max 200 words)')).toBeNull();
  });
});

describe('English "X of Y" reads as "Y X"; Dutch "of" stays "or"', () => {
  it.each([
    ['Name of your company', 'companyName'], ['Name of organisation', 'companyName'], ['Name Of Business', 'companyName'], ['Name of the company', 'companyName'],
    ['Country of residence', 'country'], ['Address of residence', 'address1'], ['Date of Birth', 'dateOfBirth'], ['City of residence', 'city'],
  ])('"%s" -> %s', (h, f) => {
    expect(mapOf(['Full Name', 'Email', h])[h]).toBe(f);
  });
  it.each(['Name of school', 'Name of the event', 'Number of employees', 'Name of parent', 'Place of birth', 'Country of birth', 'Type of membership', 'Date of joining'])(
    '"%s" is no contact field of its head', (h) => {
      expect(mapOf(['Full Name', 'Email', h])[h]).toBeNull();
    },
  );
  it('"Telefoon of e-mail" (Dutch: phone or email) is still read by its first part', () => {
    expect(mapOf(['Naam', 'Telefoon of e-mail'])['Telefoon of e-mail']).toBe('phone');
  });
});

describe('where the contact lives, asked in a form', () => {
  it.each(['Where do you live?', 'Wo wohnen Sie?', '¿Dónde vives?', 'Onde você mora?', 'Où habitez-vous ?', 'Dove abiti?', 'Waar woon je?'])('"%s" is the town', (h) => {
    expect(fieldOf(h)).toBe('city');
  });
  it('a question naming its field keeps it; "Where do you work?" and "Where are you from?" are not the town', () => {
    expect(fieldOf('Where do you live? (Street address)')).toBe('address1');
    expect(fieldOf('Where do you work?')).not.toBe('city');
    expect(fieldOf('Where are you from?')).not.toBe('city');
  });
});
