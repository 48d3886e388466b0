// The auto-mapping corpus as a table-driven test: 85 real header sets (./corpus-tune.ts, ./corpus-heldout.ts),
// each mapped as the CLI maps a file (header row found first), with precision, recall and F1 over all columns.
import { columnKeys, locateHeaders, suggestMapping } from '../../../src/engine/automap';
import { expectedHeaderRow, mapCorpusSet, score, type CorpusSet } from './corpus-format';
import { TUNE } from './corpus-tune';
import { HELDOUT } from './corpus-heldout';

const engine = { locateHeaders, columnKeys, suggestMapping };
const mapped = (s: CorpusSet) => mapCorpusSet(s, engine);

describe('the corpus covers what the issue lists', () => {
  const all = [...TUNE, ...HELDOUT];
  it('holds at least 60 real header sets, each with its source, and a held-out part', () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(HELDOUT.length).toBeGreaterThanOrEqual(20);
    for (const s of all) {
      expect(s.source).toMatch(/^(github:[\w.-]+\/[\w.-]+ \S|https:\/\/|index:\d+|a public SQL file|Zoho CRM|HighLevel)/);
      expect(s.headers.length).toBe(s.expected.length);
    }
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
  });

  it.each([
    'Google Contacts CSV (legacy)', 'Google Contacts CSV (current)', 'Outlook', 'vCard', 'LinkedIn', 'HubSpot', 'Salesforce', 'Zoho', 'Pipedrive',
    'Mailchimp', 'Brevo', 'ActiveCampaign', 'HighLevel', 'Shopify', 'Stripe', 'Eventbrite', 'Google Forms',
  ])('has a %s set', (kind) => {
    expect(all.some((s) => s.kind.includes(kind))).toBe(true);
  });

  it.each(['en', 'es', 'pt', 'fr', 'de', 'it', 'nl'])('has hand-made lists in %s', (lang) => {
    expect(all.filter((s) => s.lang === lang).length).toBeGreaterThanOrEqual(2);
  });

  it('has files without a header row and with rows above the headers', () => {
    expect(all.filter((s) => s.noHeader).length).toBeGreaterThanOrEqual(3);
    expect(all.some((s) => s.above?.length)).toBe(true);
  });
});

describe('tuning part: every column of every set maps as expected', () => {
  it.each(TUNE.map((s) => [s.id, s] as const))('%s', (_id, s) => {
    const r = mapped(s);
    expect(r.headerRow).toBe(expectedHeaderRow(s));
    expect(Object.fromEntries(s.headers.map((h, i) => [`${i + 1} ${h}`, r.fields[i]]))).toEqual(
      Object.fromEntries(s.headers.map((h, i) => [`${i + 1} ${h}`, s.expected[i]])),
    );
  });
});

describe('precision, recall and F1 over all columns', () => {
  const report = (name: string, sets: CorpusSet[]) => {
    const sc = score(sets.map((s) => ({ expected: s.expected, got: mapped(s).fields })));
    // One line per part in the test output: what the corpus measures today.
    console.log(`auto-mapping corpus, ${name}: ${sets.length} sets, ${sc.columns} columns, precision ${sc.precision.toFixed(4)}, recall ${sc.recall.toFixed(4)}, F1 ${sc.f1.toFixed(4)}`);
    return sc;
  };
  it('tuning part: F1 of at least 0.97', () => {
    expect(report('tuning part', TUNE).f1).toBeGreaterThanOrEqual(0.97);
  });
  // A regression floor, under the F1 measured when the part was first run (0.965; 0.968 after two general fixes,
  // see the report): the misses left are choices the held-out expectations make differently (which of several
  // typed phones is the main one, whether "Segment" holds tags).
  it('held-out part (never tuned on): F1 of at least 0.96', () => {
    expect(report('held-out part', HELDOUT).f1).toBeGreaterThanOrEqual(0.96);
  });
  it('held-out part: the header row of every file is found', () => {
    for (const s of HELDOUT) expect([s.id, mapped(s).headerRow]).toEqual([s.id, expectedHeaderRow(s)]);
  });
});
