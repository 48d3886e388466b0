import { groupFixes, groupKey, groupTitle, RULE_CONFIDENCE, selectFixes, suggestFixes, type FixRule, type Suggestion } from '../../../src/engine/fix';
import type { CellValue } from '../../../src/engine/types';
import { settingsWith } from './helpers';

function sheet(rows: CellValue[][], over = {}) {
  return suggestFixes({
    headers: ['Name', 'Email', 'Phone', 'Birthday'],
    rows,
    firstLine: 2,
    settings: settingsWith({ mapping: { Name: 'name', Email: 'email', Phone: 'phone', Birthday: 'dateOfBirth' }, ...over }),
  }).suggestions;
}

describe('groupFixes', () => {
  const rows: CellValue[][] = [];
  for (let i = 0; i < 12; i++) rows.push([`Person${i}`, `p${i}@gmial.com`, `(415) 555-01${String(10 + i)}`, i < 3 ? `09/0${i + 1}/2024` : '']);
  rows.push(['X', 'x@gmail.con', '123-456-7890', 'Sep 8 2024']);
  rows.push(['Y', 'y@yaho.com', 4155550100, '']);
  const suggestions = sheet(rows);
  const groups = groupFixes(suggestions);

  test('by kind and message, with counts and titles in the issue\'s words', () => {
    expect(groups.map((g) => [g.title, g.count, g.confidence])).toEqual([
      ['Format 13 phone numbers as E.164', 13, 'safe'],
      ['Format 1 phone number that is not valid for its country (check the digits)', 1, 'review'],
      ['Write 1 date as yyyy-mm-dd', 1, 'safe'],
      ['Write 3 ambiguous dates as yyyy-mm-dd, read month first (check them: they can be read both ways)', 3, 'review'],
      ['Correct 12 email domains: gmial.com → gmail.com', 12, 'review'],
      ['Correct 1 email domain: gmail.con → gmail.com', 1, 'review'],
      ['Correct 1 email domain: yaho.com → yahoo.com', 1, 'review'],
    ]);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(suggestions.length);
  });

  test('up to 5 previews of before → after, in sheet order; an ambiguous date shows its other reading', () => {
    const phones = groups[0];
    expect(phones.previews).toHaveLength(5);
    expect(phones.previews[0]).toEqual({ line: 2, col: 2, column: 'Phone', from: '(415) 555-0110', to: '+14155550110' });
    expect(phones.previews.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    expect(groups[3].previews[0]).toEqual({ line: 2, col: 3, column: 'Birthday', from: '09/01/2024', to: '2024-09-01', alternative: '2024-01-09' });
    expect(groups[1].previews).toEqual([{ line: 14, col: 2, column: 'Phone', from: '123-456-7890', to: '+11234567890' }]);
  });

  test('international format names itself', () => {
    const g = groupFixes(sheet([['A', '', '(415) 555-0132', '']], { phoneFormat: 'international' }));
    expect(g[0].title).toBe('Format 1 phone number in international format');
  });

  test('every rule has a title, singular and plural', () => {
    const titles = (Object.keys(RULE_CONFIDENCE) as FixRule[]).map((r) => [groupTitle(r, 1, r === 'email-typo' ? 'a → b' : undefined), groupTitle(r, 2, undefined)]);
    expect(titles).toEqual([
      ['Format 1 phone number as E.164', 'Format 2 phone numbers as E.164'],
      ['Format 1 phone number that is not valid for its country (check the digits)', 'Format 2 phone numbers that are not valid for their country (check the digits)'],
      ['Write 1 date as yyyy-mm-dd', 'Write 2 dates as yyyy-mm-dd'],
      ['Write 1 ambiguous date as yyyy-mm-dd, read as in Settings (check them: they can be read both ways)', 'Write 2 ambiguous dates as yyyy-mm-dd, read as in Settings (check them: they can be read both ways)'],
      ['Write 1 number as a date (yyyy-mm-dd)', 'Write 2 numbers as dates (yyyy-mm-dd)'],
      ['Write 1 date as yyyy-mm-dd, without the time of day', 'Write 2 dates as yyyy-mm-dd, without the time of day'],
      ['Clean up 1 email address (spaces, mailto:, <…>, capitals)', 'Clean up 2 email addresses (spaces, mailto:, <…>, capitals)'],
      ['Correct 1 email domain: a → b', 'Correct 2 email domains: '],
      ['Remove extra or invisible spaces from 1 cell', 'Remove extra or invisible spaces from 2 cells'],
      ['Separate the values of 1 list with ", "', 'Separate the values of 2 lists with ", "'],
      ['Separate the values of 1 list written with dots with ", " (check that no dot belongs to a value)', 'Separate the values of 2 lists written with dots with ", " (check that no dot belongs to a value)'],
      ['Spell 1 option value as the allowed option', 'Spell 2 option values as the allowed option'],
      ['Spell 1 user name as the user\'s name', 'Spell 2 user names as the user\'s name'],
      ['Split 1 name into First name and Last name', 'Split 2 names into First name and Last name'],
    ]);
  });
});

describe('selectFixes', () => {
  const suggestions = sheet([
    ['Ann Lee', 'ann@gmial.com', '(415) 555-0132', '09/08/2024'],
    ['Bob Li', 'BOB@x.com', '(415) 555-0133', 'Sep 8 2024'],
  ]);
  const keys = (xs: Suggestion[]) => xs.map((s) => `${s.line}:${s.column}:${s.kind}`);

  test('all safe never takes a review suggestion', () => {
    const safe = selectFixes(suggestions, { allSafe: true });
    expect(keys(safe)).toEqual(['2:Phone:phone', '3:Email:email', '3:Phone:phone', '3:Birthday:date']);
    expect(safe.every((s) => s.confidence === 'safe')).toBe(true);
  });

  test('a group by its key, review groups included', () => {
    const typo = suggestions.find((s) => s.rule === 'email-typo')!;
    expect(keys(selectFixes(suggestions, { groups: [groupKey(typo)] }))).toEqual(['2:Email:email']);
  });

  test('one cell (Apply from its note), narrowed by kind when the cell has two suggestions', () => {
    expect(keys(selectFixes(suggestions, { cells: [{ line: 2, col: 3 }] }))).toEqual(['2:Birthday:date']);
    expect(keys(selectFixes(suggestions, { cells: [{ line: 2, col: 0 }] }))).toEqual(['2:Name:name']);
    expect(keys(selectFixes(suggestions, { cells: [{ line: 2, col: 0, kind: 'text' }] }))).toEqual([]);
  });

  test('nothing selected, nothing applied', () => {
    expect(selectFixes(suggestions, {})).toEqual([]);
  });
});
