import fc from 'fast-check';
import { getField } from '../../../src/engine/fields';
import { suggestFixes, type Suggestion } from '../../../src/engine/fix';
import { readerFor } from '../../../src/engine/formats';
import type { CellValue, Settings } from '../../../src/engine/types';
import { validateRows } from '../../../src/engine/validate';
import { settingsWith } from './helpers';

const HEADERS = ['Name', 'Email', 'Phone', 'Birthday', 'Tags', 'Notes', 'Import status'];
const MAPPING = { Name: 'name', Email: 'email', Phone: 'phone', Birthday: 'dateOfBirth', Tags: 'tags', Notes: null };

const brief = (s: Suggestion) => `${s.line}:${s.column}:${s.kind}:${s.confidence}:${s.to}`;

describe('suggestFixes on a sheet', () => {
  const rows: CellValue[][] = [
    ['Ann  Lee', 'ann@gmial.com', '(415) 555-0132', 'Sep 8 2024', 'vip; lead', 'call  back', 'Ready to create'],
    ['Bob Stone', 'bob@example.com', '+14155550199', '2024-09-08', 'vip', 'x', ''],
    ['', '', '', '', '', '', ''],
    ['Cy  Young', 'CY@EXAMPLE.COM', '123-456-7890', '9/8/24', 'a. b', '', 'Error: …'],
  ];

  test('every mapped cell that can be written better, in sheet order (line, then column), with its coordinates', () => {
    const r = suggestFixes({ headers: HEADERS, rows, firstLine: 2, settings: settingsWith({ mapping: MAPPING }) });
    expect(r.suggestions.map(brief)).toEqual([
      '2:Name:text:safe:Ann Lee',
      '2:Name:name:review:First name: Ann; Last name: Lee',
      '2:Email:email:review:ann@gmail.com',
      '2:Phone:phone:safe:+14155550132',
      '2:Birthday:date:safe:2024-09-08',
      '2:Tags:text:safe:vip, lead',
      '3:Name:name:review:First name: Bob; Last name: Stone',
      '5:Name:text:safe:Cy Young',
      '5:Name:name:review:First name: Cy; Last name: Young',
      '5:Email:email:safe:cy@example.com',
      '5:Phone:phone:review:+11234567890',
      '5:Tags:text:review:a, b',
    ]);
    expect(r.suggestions[2]).toMatchObject({ line: 2, col: 1, column: 'Email', field: 'email' });
    // Unmapped (Notes) and the Import status column are never suggested; nor a two-digit year (line 5).
    expect(r.suggestions.some((s) => s.column === 'Notes' || s.column === 'Import status')).toBe(false);
    expect(r.mapping).toMatchObject({ Notes: null, 'Import status': null, Email: 'email' });
  });

  test('never a formula cell', () => {
    const formulas = rows.map((r) => r.map(() => ''));
    formulas[0][2] = '=A1';
    formulas[0][1] = '="ann@gmial.com"';
    const r = suggestFixes({ headers: HEADERS, rows, firstLine: 2, settings: settingsWith({ mapping: MAPPING }), formulas });
    expect(r.suggestions.some((s) => s.line === 2 && (s.column === 'Phone' || s.column === 'Email'))).toBe(false);
    expect(r.suggestions.some((s) => s.line === 2 && s.column === 'Birthday')).toBe(true);
  });

  test('only: the kinds asked for (the CLI\'s --only)', () => {
    const r = suggestFixes({ headers: HEADERS, rows, firstLine: 2, settings: settingsWith({ mapping: MAPPING }), only: ['phone', 'date'] });
    expect(r.suggestions.map(brief)).toEqual(['2:Phone:phone:safe:+14155550132', '2:Birthday:date:safe:2024-09-08', '5:Phone:phone:review:+11234567890']);
    expect(r.nameSplit).toBeNull();
  });

  test('columns are auto-mapped as validation maps them when there is no mapping', () => {
    const r = suggestFixes({ headers: ['E-mail', 'Mobile phone'], rows: [['Ann@X.com', '(415) 555-0132']], firstLine: 2, settings: settingsWith() });
    expect(r.suggestions.map(brief)).toEqual(['2:E-mail:email:safe:ann@x.com', '2:Mobile phone:phone:safe:+14155550132']);
  });

  test('a clean sheet has no suggestion', () => {
    const r = suggestFixes({ headers: ['Email', 'Phone'], rows: [['ann@x.com', '+14155550132'], ['bob@y.org', '+442079460958']], firstLine: 2, settings: settingsWith() });
    expect(r.suggestions).toEqual([]);
  });

  test('the header row setting: lines are sheet rows', () => {
    const r = suggestFixes({ headers: ['Email'], rows: [['A@x.com']], firstLine: 4, settings: settingsWith({ headerRow: 3 }) });
    expect(r.suggestions[0].line).toBe(4);
  });
});

describe('what a suggestion writes reads back as the import reads it', () => {
  const CUSTOM = [{ key: 'color', label: 'Color', type: 'singleOption' as const, options: ['Blue', 'Green', 'Café'] }];
  const settings: Settings = settingsWith({
    customFields: CUSTOM,
    users: ['Logan Paul'],
    mapping: { Email: 'email', Phone: 'phone', Date: 'dateOfBirth', Tags: 'tags', Color: 'color', Owner: 'owner', Id: 'externalId', More: 'additionalEmails' },
  });
  const POOL: Record<string, CellValue[]> = {
    Email: ['ann@x.com', ' Ann@X.com', 'mailto:a@b.co', 'Ann <ann@gmail.com>', 'bob@gmial.com', 'x@y', 'bad', ''],
    Phone: ['(415) 555-0132', '+1 415 555 0132', 4155550132, '123-456-7890', '442079460958', '555', '+44 20 7946 0958 x 4', ''],
    Date: ['Sep 8 2024', '09/08/2024', '13/01/2024', 45543, '9/8/24', '2024-09-08', 'soon', ''],
    Tags: ['a; b', 'a,b,,c', 'A. B', 'x', ' y ', ''],
    Color: ['blue', 'BLUE ', 'cafe', 'purple', 'Green', ''],
    Owner: ['logan paul', 'LOGAN  PAUL', 'Logan Paul', 'nobody'],
    Id: [' A1 ', 'A1', ''],
    More: ['a@x.com; B@Y.com', 'a@gmial.com, b@x.com', 'nope', ''],
  };
  const headers = Object.keys(POOL);

  test('property: `to` is readable, and a safe fix of a readable cell reads as the same value', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(...headers.map((h) => fc.constantFrom(...POOL[h]))), { minLength: 1, maxLength: 8 }), (rows) => {
        const r = suggestFixes({ headers, rows, firstLine: 2, settings });
        for (const s of r.suggestions) {
          const read = readerFor(getField(s.field, CUSTOM)!, settings);
          const to = read(s.to);
          expect(to.ok).toBe(true);
          const from = read(rows[s.line - 2][s.col]);
          if (s.confidence === 'safe' && from.ok) expect(to.ok && to.value).toEqual(from.value);
          expect(s.to).not.toBe(rows[s.line - 2][s.col]);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('validate attaches the same suggestion to an issue that has one', () => {
    const rows: CellValue[][] = [['a@x.com', '123-456-7890', '', '', 'cafe', 'logan paul', '', '']];
    const v = validateRows({ headers, rows, firstLine: 2, settings });
    const s = suggestFixes({ headers, rows, firstLine: 2, settings }).suggestions;
    const withSuggestion = v.rows[0].issues.filter((i) => i.suggestion);
    expect(withSuggestion.map((i) => i.code)).toEqual(['phone_not_valid_for_country', 'invalid_option']);
    for (const i of withSuggestion) {
      const same = s.find((x) => x.col === i.col)!;
      expect(i.suggestion).toEqual({ kind: same.kind, from: same.from, to: same.to, confidence: same.confidence, message: same.message });
    }
  });
});
