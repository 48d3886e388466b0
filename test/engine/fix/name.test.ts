import { splitName, suggestFixes } from '../../../src/engine/fix';
import { settingsWith } from './helpers';

describe('splitName', () => {
  test.each([
    ['Ann Lee', 'Ann', 'Lee'],
    ['Mary Ann Smith', 'Mary Ann', 'Smith'],
    ['Smith, Ann', 'Ann', 'Smith'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['Dr. Ann Lee', 'Ann', 'Lee'],
    ['Martin Luther King Jr.', 'Martin Luther', 'King Jr.'],
    ['Martin King, Jr.', 'Martin', 'King Jr.'],
    ['  Ann   Lee ', 'Ann', 'Lee'],
    ['Chloé de la Cruz', 'Chloé', 'de la Cruz'],
    ["Conan O'Brien", 'Conan', "O'Brien"],
  ])('%j -> %j / %j', (full, firstName, lastName) => {
    expect(splitName(full)).toEqual({ firstName, lastName });
  });

  test.each(['Ann', 'Acme Inc', 'Globex LLC', 'Ann & Bob Lee', 'Ann and Bob Lee', 'ann@x.com', 'R2 D2', 'A B C D E F', 'Dr. Lee', 'Smith, Ann, Bob', ''])('%j is not split', (full) => {
    expect(splitName(full)).toBeNull();
  });
});

describe('name-split suggestions', () => {
  const split = (headers: string[], rows: string[][], mapping: Record<string, string | null>) =>
    suggestFixes({ headers, rows, firstLine: 2, settings: settingsWith({ mapping }) });

  test('always review, with both parts, and a plan for two new columns right of the Name column', () => {
    const r = split(['Email', 'Full name', 'City'], [['a@x.com', 'Ann Lee', 'Paris'], ['b@x.com', 'Acme Inc', 'Rome'], ['c@x.com', 'Smith, Bob', 'Oslo']], { Email: 'email', 'Full name': 'name', City: 'city' });
    const names = r.suggestions.filter((s) => s.kind === 'name');
    expect(names).toEqual([
      expect.objectContaining({ line: 2, col: 1, column: 'Full name', field: 'name', rule: 'name-split', from: 'Ann Lee', to: 'First name: Ann; Last name: Lee', confidence: 'review', parts: { firstName: 'Ann', lastName: 'Lee' } }),
      expect.objectContaining({ line: 4, from: 'Smith, Bob', parts: { firstName: 'Bob', lastName: 'Smith' } }),
    ]);
    expect(r.nameSplit).toEqual({ col: 1, column: 'Full name', insertAt: 2, headers: ['First name', 'Last name'], fields: ['firstName', 'lastName'] });
  });

  test('the new headers never repeat an existing one', () => {
    const r = split(['Name', 'First name', 'Notes'], [['Ann Lee', 'x', 'y']], { Name: 'name', 'First name': null, Notes: null });
    expect(r.nameSplit!.headers).toEqual(['First name 2', 'Last name']);
  });

  test('never: when First name or Last name is mapped already, or when two columns are mapped to Name', () => {
    expect(split(['Name', 'First'], [['Ann Lee', 'Ann']], { Name: 'name', First: 'firstName' }).suggestions.filter((s) => s.kind === 'name')).toEqual([]);
    expect(split(['Name', 'Last'], [['Ann Lee', 'Lee']], { Name: 'name', Last: 'lastName' }).nameSplit).toBeNull();
  });
});
