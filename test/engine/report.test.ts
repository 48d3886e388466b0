import { formatReport, issueLine, validationJson } from '../../src/engine/report';
import { resolveSettings } from '../../src/engine/settings';
import type { Settings } from '../../src/engine/types';
import { validateRows } from '../../src/engine/validate';

const settings = (resolveSettings({}) as { settings: Settings }).settings;
const result = validateRows({
  headers: ['Name', 'Email', 'Birthday'],
  rows: [['Ann', 'ann@x.com', ''], ['Bob', 'x@y', 'soon'], ['', '', ''], ['Cy', 'ANN@x.com', '']],
  firstLine: 2,
  settings,
});

describe('report', () => {
  it('formats an issue as "Line N, Column: message"', () => {
    expect(issueLine({ line: 7, column: 'Email', message: 'Invalid email address "x@y".' })).toBe('Line 7, Email: Invalid email address "x@y".');
    expect(issueLine({ line: 7, column: null, message: 'Required.' })).toBe('Line 7: Required.');
  });

  it('prints the counts, the columns, then the problems by line', () => {
    const text = formatReport(result, { source: 'x.csv' });
    expect(text.split('\n').slice(0, 4)).toEqual([
      'x.csv: 3 rows checked',
      '  Success: 1',
      '  Warning: 0   (imported, with a field skipped or doubtful)',
      '  Failure: 2   (not imported until fixed)',
    ]);
    expect(text).toContain("Birthday  -> Date of birth (dateOfBirth)");
    expect(text).toMatch(/Problems by line \(2 errors, 1 warning\):\n {2}Error {4}Line 3, Email: Invalid email address "x@y".*\n {2}Warning {2}Line 3, Birthday: Could not read the date "soon".*\n {2}Error {4}Line 5, Email: Duplicate email found/);
  });

  it('caps the problem list when asked', () => {
    expect(formatReport(result, { maxProblems: 1 })).toContain('... and 2 more (use --json for all of them)');
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

  it('builds the JSON shape without the internal column index', () => {
    const j = validationJson(result);
    expect(Object.keys(j)).toEqual(['mapping', 'summary', 'rows']);
    expect(j.rows[1].issues[0]).not.toHaveProperty('col');
    expect(Object.keys(j.rows[0])).toEqual(['line', 'result', 'issues', 'contact']);
  });
});
