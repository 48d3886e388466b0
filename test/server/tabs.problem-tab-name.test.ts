// problemTabName keeps within Excel's 31 characters and stays unique.
import { MAX_TAB_NAME, problemTabName } from '../../src/server/tabs';

describe('problemTabName keeps within Excel\'s 31 characters and stays unique', () => {
  const taken = (names: string[]) => (n: string) => names.includes(n);
  const cases: Array<[string, string, string[], string]> = [
    ['a short id is kept whole', 'R-1-AB12', [], 'Problem rows R-1-AB12'],
    ['a full run id keeps its unique tail', 'R-20250131140509-AB12', [], 'Problem rows R-…140509-AB12'],
    ['taken once', 'R-20250131140509-AB12', ['Problem rows R-…140509-AB12'], 'Problem rows R-…140509-AB12 (2)'],
    ['taken up to 10', 'R-20250131140509-AB12', ['Problem rows R-…140509-AB12', ...Array.from({ length: 8 }, (_, i) => `Problem rows R-…140509-AB12 (${i + 2})`)], 'Problem rows R-…140509-AB1 (10)'],
  ];
  it.each(cases)('%s', (_what, runId, names, expected) => {
    const name = problemTabName(runId, taken(names));
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(MAX_TAB_NAME);
  });
});
