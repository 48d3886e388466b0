import { readUsers } from '../../../src/engine/formats';
import type { UserRef } from '../../../src/engine/types';

const USERS: UserRef[] = [
  'Logan Paul',
  { name: 'Adam Smith', id: 'u_1', email: 'adam@example.com' },
  { name: 'David Lee' },
  'Mary-Jane  O\'Neil',
];
const OWNER = { multiple: false };
const FOLLOWERS = { multiple: true };

describe('readUsers: contact owner', () => {
  test.each([
    ['Logan Paul', 'Logan Paul'],
    ['logan paul', 'Logan Paul'],
    ['  LOGAN    PAUL ', 'Logan Paul'],
    ["mary-jane o'neil", "Mary-Jane O'Neil"],
    ['ADAM@example.com', 'Adam Smith'],
    ['u_1', 'Adam Smith'],
  ])('%j -> %j', (text, expected) => {
    expect(readUsers(text, USERS, OWNER)).toEqual({ ok: true, value: expected });
  });
  test('an unknown name is flagged with known users and how to add one', () => {
    const r = readUsers('Jon Smith', USERS, OWNER);
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'unknown_user',
        message:
          'Unknown user "Jon Smith": no user of this account has that name. Did you mean Adam Smith? Use a user\'s full name (Logan Paul, Adam Smith, David Lee, Mary-Jane O\'Neil), or add the user in Settings > Users.',
      },
    });
  });
  test('several names for the owner: too_many_options', () => {
    const r = readUsers('Adam Smith, David Lee', USERS, OWNER);
    expect(!r.ok && r.error.code).toBe('too_many_options');
    expect(!r.ok && r.error.message).toContain('"Adam Smith, David Lee"');
  });
  test('an empty owner cell is flagged', () => {
    const r = readUsers('', USERS, OWNER);
    expect(!r.ok && r.error.code).toBe('unknown_user');
  });
});

describe('readUsers: contact followers', () => {
  test('the seed\'s example', () => {
    expect(readUsers('Adam Smith, David Lee', USERS, FOLLOWERS)).toEqual({ ok: true, value: ['Adam Smith', 'David Lee'] });
  });
  test('splits on , ; and line breaks, dedupes', () => {
    expect(readUsers('adam smith; David Lee\nlogan paul, ADAM SMITH,', USERS, FOLLOWERS)).toEqual({
      ok: true,
      value: ['Adam Smith', 'David Lee', 'Logan Paul'],
    });
  });
  test('names with dots are not split', () => {
    expect(readUsers('J. R. Smith', ['J. R. Smith'], FOLLOWERS)).toEqual({ ok: true, value: ['J. R. Smith'] });
  });
  test('one unknown name fails the cell and is named', () => {
    const r = readUsers('Adam Smith, Zed Zulu', USERS, FOLLOWERS);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('unknown_user');
    expect(r.error.message).toContain('Unknown user "Zed Zulu" in "Adam Smith, Zed Zulu"');
    expect(r.error.message).toContain('Settings > Users');
    expect(r.error.message).not.toContain('Did you mean');
  });
  test('several unknown names are all named', () => {
    const r = readUsers('Zed Zulu, Amy Pond', USERS, FOLLOWERS);
    expect(!r.ok && r.error.message).toContain('Unknown users "Zed Zulu", "Amy Pond"');
  });
  test('an empty cell is an empty list', () => {
    expect(readUsers('', USERS, FOLLOWERS)).toEqual({ ok: true, value: [] });
  });
});

describe('readUsers: no users configured', () => {
  test('any name is accepted as written', () => {
    expect(readUsers('  Logan   Paul ', [], OWNER)).toEqual({ ok: true, value: 'Logan Paul' });
    expect(readUsers('Adam Smith, David Lee', [], FOLLOWERS)).toEqual({ ok: true, value: ['Adam Smith', 'David Lee'] });
  });
  test('a value without letters is refused', () => {
    const r = readUsers('12345', [], OWNER);
    expect(!r.ok && r.error.code).toBe('unknown_user');
    expect(!r.ok && r.error.message).toContain('"12345"');
  });
});
