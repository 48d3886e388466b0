import { formatReport, issueLine, ProblemGroups, rowJson, summaryJson, validationJson } from '../../src/engine/report';
import { readSettings } from '../../src/crm/registry';
import type { Issue, Settings } from '../../src/engine/types';
import { validateRows } from '../../src/engine/validate';

const settings = (readSettings({}) as { settings: Settings }).settings;
const result = validateRows({
  headers: ['Name', 'Email', 'Birthday'],
  rows: [['Ann', 'ann@x.com', ''], ['Bob', 'x@y', 'soon'], ['', '', ''], ['Cy', 'ANN@x.com', ''], ['Di', 'd@', '']],
  firstLine: 2,
  settings,
});
const report = (perGroup = Infinity, text?: (s: string) => string) =>
  formatReport({ ...result, groups: ProblemGroups.of(result.rows, perGroup) }, { source: 'x.csv', text });

describe('report', () => {
  it('formats an issue as "Line N, Column: message"', () => {
    expect(issueLine({ line: 7, column: 'Email', message: 'Invalid email address "x@y".' })).toBe('Line 7, Email: Invalid email address "x@y".');
    expect(issueLine({ line: 7, column: null, message: 'Required.' })).toBe('Line 7: Required.');
  });

  it('prints the counts, the columns, then the problems grouped by column and kind, each group in line order', () => {
    const text = report();
    expect(text.split('\n').slice(0, 4)).toEqual([
      'x.csv: 4 rows checked',
      '  Success: 1',
      '  Warning: 0   (imported, with a field skipped or doubtful)',
      '  Failure: 3   (not imported until fixed)',
    ]);
    expect(text).toContain('Birthday  -> Date of birth (dateOfBirth)');
    const problems = text.slice(text.indexOf('Problems'));
    expect(problems.split('\n')).toEqual([
      'Problems (3 errors, 1 warning) in 3 groups by column and kind:',
      '',
      'Email: invalid_email (2 errors)',
      expect.stringMatching(/^ {2}Error {4}Line 3, Email: Invalid email address "x@y"/),
      expect.stringMatching(/^ {2}Error {4}Line 6, Email: Invalid email address "d@"/),
      '',
      'Birthday: invalid_date (1 warning)',
      expect.stringMatching(/^ {2}Warning {2}Line 3, Birthday: Could not read the date "soon"/),
      '',
      'Email: duplicate_in_sheet (1 error)',
      expect.stringMatching(/^ {2}Error {4}Line 5, Email: Duplicate email found/),
      '',
    ]);
  });

  it('lists at most N problems per group, with the count of the rest', () => {
    const text = report(1);
    expect(text).toContain('Problems (3 errors, 1 warning) in 3 groups by column and kind, at most 1 line each:');
    expect(text).toMatch(/Email: invalid_email \(2 errors\)\n {2}Error {4}Line 3, Email: .*\n {2}\.\.\. and 1 more\n/);
    expect(text).not.toContain('Line 6, Email');
    expect(text).toContain('1 problem not listed: raise --max-problems, or use --json or --ndjson for every one of them.');
    const none = report(0);
    expect(none).toMatch(/Email: invalid_email \(2 errors\)\n {2}\.\.\. and 2 more\n/);
    expect(none).toContain('4 problems not listed');
  });

  it('an issue whose cell Fix can correct carries its suggestion; the others do not', () => {
    const r = validateRows({
      headers: ['Email', 'Phone', 'Owner'],
      rows: [['ann@x.com', '123-456-7890', 'jose garcia'], ['bob@x.com', '555', '']],
      firstLine: 2,
      settings: { ...settings, users: ['José García'] },
    });
    const j = validationJson(r);
    expect(j.rows[0].issues.map((i) => [i.code, i.suggestion])).toEqual([
      ['phone_not_valid_for_country', { kind: 'phone', from: '123-456-7890', to: '+11234567890', confidence: 'review', message: 'This number looks possible but is not valid for its country: check the digits before writing +11234567890.' }],
      ['unknown_user', { kind: 'option', from: 'jose garcia', to: 'José García', confidence: 'safe', message: 'Write the user\'s name as it is spelt in Settings: José García.' }],
    ]);
    expect(Object.keys(j.rows[0].issues[0])).toEqual(['line', 'column', 'field', 'severity', 'code', 'message', 'suggestion']);
    expect(Object.keys(j.rows[1].issues[0])).toEqual(['line', 'column', 'field', 'severity', 'code', 'message']);
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });

  it('groups keep their counts but only their first issues', () => {
    const g = new ProblemGroups(2);
    const issue = (line: number, col: number, code: Issue['code'], severity: Issue['severity'] = 'error'): Issue =>
      ({ line, column: `C${col}`, field: null, severity, code, message: 'm', col });
    for (let line = 2; line < 1002; line++) g.add([issue(line, 0, 'invalid_email'), issue(line, 1, 'invalid_phone', 'warning')]);
    g.add([{ line: 5000, column: null, field: null, severity: 'error', code: 'required_missing', message: 'r' }]);
    expect(g.errors).toBe(1001);
    expect(g.warnings).toBe(1000);
    expect(g.list().map((x) => [x.column, x.code, x.count, x.first.map((i) => i.line)])).toEqual([
      ['C0', 'invalid_email', 1000, [2, 3]],
      ['C1', 'invalid_phone', 1000, [2, 3]],
      [null, 'required_missing', 1, [5000]],
    ]);
  });

  it('passes every piece of user text through the given escape', () => {
    const text = report(Infinity, (s) => s.toUpperCase());
    expect(text).toContain('X.CSV: 4 rows checked');
    expect(text).toContain('LINE 3, EMAIL: INVALID EMAIL ADDRESS "X@Y"');
  });

  it('builds the JSON shape from the engine\'s issues, without the internal column index', () => {
    const j = validationJson(result);
    expect(Object.keys(j)).toEqual(['mapping', 'summary', 'rows']);
    expect(j.rows[1].issues[0]).not.toHaveProperty('col');
    expect(Object.keys(j.rows[0])).toEqual(['line', 'result', 'issues', 'contact']);
    expect(j.rows.map((r, i) => rowJson(result.rows[i]))).toEqual(j.rows);
    expect(summaryJson(result.mapping, result.summary)).toEqual({ mapping: j.mapping, summary: j.summary });
  });

  it('an issue field the engine adds reaches the JSON as it is', () => {
    const suggestion = { kind: 'email', from: 'x@y', to: 'x@y.com', confidence: 'review', message: 'Did you mean x@y.com?' } as const;
    const row = { ...result.rows[1], issues: [{ ...result.rows[1].issues[0], suggestion }] };
    expect(rowJson(row).issues[0]).toEqual({ ...issueWithout(result.rows[1].issues[0]), suggestion });
  });
});

function issueWithout(i: Issue): Omit<Issue, 'col'> {
  const { col: _c, ...rest } = i;
  return rest;
}
