import type { CustomField } from '../../../src/engine/types';
import { fixOf, importRead } from './helpers';

const COLOR: CustomField = { key: 'color', label: 'Favorite color', type: 'singleOption', options: ['Blue', 'Green', 'Light blue', 'Café'] };
const TOPICS: CustomField = { key: 'topics', label: 'Topics', type: 'multipleOptions', options: ['News', 'Product updates', 'Événements', 'Yes, please'] };
const CLASH: CustomField = { key: 'doc', label: 'Document', type: 'singleOption', options: ['Resume', 'Résumé'] };
const USERS = ['Logan Paul', { name: 'José García', email: 'jose@acme.com', id: 'u-7' }];

describe('option fixes', () => {
  test.each([
    ['blue', 'Blue'],
    ['BLUE', 'Blue'],
    ['light  BLUE', 'Light blue'],
    ['cafe', 'Café'],
    ['CAFE', 'Café'],
  ])('%j -> %j (safe), and the import reads `to` as the option', (from, to) => {
    const f = fixOf('color', from, {}, [COLOR]);
    expect(f).toMatchObject({ kind: 'option', rule: 'option-spelling', from, to, confidence: 'safe', group: 'Favorite color' });
    const read = importRead('color', to, {}, [COLOR]);
    expect(read.ok && read.value).toBe(to);
  });

  test('only spaces around an allowed value: a text fix', () => {
    expect(fixOf('color', ' Blue ', {}, [COLOR])).toMatchObject({ kind: 'text', rule: 'text-spaces', to: 'Blue' });
  });

  test('multiple options: each value spelt as allowed, joined with ", "', () => {
    expect(fixOf('topics', 'news; product UPDATES', {}, [TOPICS])).toMatchObject({ kind: 'option', to: 'News, Product updates', confidence: 'safe' });
    expect(fixOf('topics', 'evenements, news', {}, [TOPICS])).toMatchObject({ kind: 'option', to: 'Événements, News' });
    expect(fixOf('topics', 'yes, please; news', {}, [TOPICS])).toMatchObject({ kind: 'option', to: 'Yes, please, News' });
    // Spelt right, separators only: a list fix.
    expect(fixOf('topics', 'News; Product updates', {}, [TOPICS])).toMatchObject({ kind: 'text', rule: 'text-list', to: 'News, Product updates' });
  });

  test('never: a value that is no option, an option hidden in a longer text, two options spelt alike without accents, too many options', () => {
    expect(fixOf('color', 'purple', {}, [COLOR])).toBeNull();
    expect(fixOf('color', 'Blue', {}, [COLOR])).toBeNull();
    expect(fixOf('color', 'blue, green', {}, [COLOR])).toBeNull();
    expect(fixOf('doc', 'resume', {}, [CLASH])).toMatchObject({ to: 'Resume' }); // a case variant of one option
    expect(fixOf('doc', 'RÉSUMÉ', {}, [CLASH])).toMatchObject({ to: 'Résumé' });
    expect(fixOf('doc', 'resumè', {}, [CLASH])).toBeNull(); // accents aside, both options match: not suggested
    expect(fixOf('doc', 'RESUMÉ', {}, [CLASH])).toBeNull();
    expect(fixOf('topics', 'news, sports', {}, [TOPICS])).toBeNull();
  });
});

describe('owner fixes', () => {
  test.each([
    ['logan paul', 'Logan Paul'],
    ['LOGAN   PAUL', 'Logan Paul'],
    ['jose garcia', 'José García'],
  ])('%j -> %j (safe)', (from, to) => {
    expect(fixOf('owner', from, { users: USERS })).toMatchObject({ kind: 'option', rule: 'owner-spelling', from, to, confidence: 'safe', group: 'Contact owner' });
  });

  test('followers: every name spelt as the user\'s', () => {
    expect(fixOf('followers', 'logan paul; jose garcia', { users: USERS })).toMatchObject({ to: 'Logan Paul, José García', rule: 'owner-spelling' });
  });

  test('never: a user named by email or id (not a spelling), an unknown name, a name spelt right', () => {
    expect(fixOf('owner', 'jose@acme.com', { users: USERS })).toBeNull();
    expect(fixOf('owner', 'u-7', { users: USERS })).toBeNull();
    expect(fixOf('owner', 'Jake Paul', { users: USERS })).toBeNull();
    expect(fixOf('owner', 'Logan Paul', { users: USERS })).toBeNull();
  });

  test('with no users set up any name is read as written: only its spaces are fixed', () => {
    expect(fixOf('owner', 'logan  paul')).toMatchObject({ kind: 'text', rule: 'text-spaces', to: 'logan paul' });
    expect(fixOf('owner', 'logan paul')).toBeNull();
    expect(fixOf('followers', 'ann;bob')).toMatchObject({ kind: 'text', rule: 'text-list', to: 'ann, bob' });
    // Followers are never split on dots: "Dr. Ann" stays one name.
    expect(fixOf('followers', 'Dr. Ann')).toBeNull();
  });
});
