// The auto-mapping corpus as a table-driven test: real header sets in seven parts (./corpus-tune.ts, ./corpus-heldout.ts,
// ./corpus-heldout2.ts, ./corpus-heldout3.ts, ./corpus-heldout4.ts, ./corpus-heldout5a.ts with ./corpus-heldout5b.ts,
// ./corpus-heldout6a.ts with ./corpus-heldout6b.ts, ./corpus-heldout7a.ts with ./corpus-heldout7b.ts, ./corpus-heldout8a.ts with ./corpus-heldout8b.ts, ./corpus-heldout9a.ts with ./corpus-heldout9b.ts, ./corpus-heldout10a.ts with ./corpus-heldout10b.ts, ./corpus-heldout11a.ts with ./corpus-heldout11b.ts, ./corpus-heldout12a.ts with ./corpus-heldout12b.ts, ./corpus-heldout13a.ts with ./corpus-heldout13b.ts, ./corpus-heldout14a.ts with ./corpus-heldout14b.ts, ./corpus-heldout15a.ts with ./corpus-heldout15b.ts, ./corpus-heldout16a.ts with ./corpus-heldout16b.ts, ./corpus-heldout17a.ts with ./corpus-heldout17b.ts, ./corpus-heldout18a.ts with ./corpus-heldout18b.ts, ./corpus-heldout19a.ts with ./corpus-heldout19b.ts), each mapped as the CLI maps a file (header row found
// first), with precision, recall and F1 over all columns.
import { columnKeys, locateHeaders, suggestMapping } from '../../../src/engine/automap';
import { expectedHeaderRow, mapCorpusSet, score, type CorpusSet } from './corpus-format';
import { TUNE } from './corpus-tune';
import { HELDOUT } from './corpus-heldout';
import { HELDOUT2 } from './corpus-heldout2';
import { HELDOUT3 } from './corpus-heldout3';
import { HELDOUT4 } from './corpus-heldout4';
import { HELDOUT5A } from './corpus-heldout5a';
import { HELDOUT5B } from './corpus-heldout5b';
import { HELDOUT6A } from './corpus-heldout6a';
import { HELDOUT6B } from './corpus-heldout6b';
import { HELDOUT7A } from './corpus-heldout7a';
import { HELDOUT7B } from './corpus-heldout7b';
import { HELDOUT8A } from './corpus-heldout8a';
import { HELDOUT8B } from './corpus-heldout8b';
import { HELDOUT9A } from './corpus-heldout9a';
import { HELDOUT9B } from './corpus-heldout9b';
import { HELDOUT10A } from './corpus-heldout10a';
import { HELDOUT10B } from './corpus-heldout10b';
import { HELDOUT11A } from './corpus-heldout11a';
import { HELDOUT11B } from './corpus-heldout11b';
import { HELDOUT12A } from './corpus-heldout12a';
import { HELDOUT12B } from './corpus-heldout12b';
import { HELDOUT13A } from './corpus-heldout13a';
import { HELDOUT13B } from './corpus-heldout13b';
import { HELDOUT14A } from './corpus-heldout14a';
import { HELDOUT14B } from './corpus-heldout14b';
import { HELDOUT15A } from './corpus-heldout15a';
import { HELDOUT15B } from './corpus-heldout15b';
import { HELDOUT16A } from './corpus-heldout16a';
import { HELDOUT16B } from './corpus-heldout16b';
import { HELDOUT17A } from './corpus-heldout17a';
import { HELDOUT17B } from './corpus-heldout17b';
import { HELDOUT18A } from './corpus-heldout18a';
import { HELDOUT18B } from './corpus-heldout18b';
import { HELDOUT19A } from './corpus-heldout19a';
import { HELDOUT19B } from './corpus-heldout19b';
import { HELDOUT20A } from './corpus-heldout20a';
import { HELDOUT20B } from './corpus-heldout20b';
import { HELDOUT21A } from './corpus-heldout21a';
import { HELDOUT21B } from './corpus-heldout21b';
import { HELDOUT22A } from './corpus-heldout22a';
import { HELDOUT22B } from './corpus-heldout22b';
import { HELDOUT23A } from './corpus-heldout23a';
import { HELDOUT23B } from './corpus-heldout23b';
import { HELDOUT24A } from './corpus-heldout24a';
import { HELDOUT24B } from './corpus-heldout24b';
import { HELDOUT25A } from './corpus-heldout25a';
import { HELDOUT25B } from './corpus-heldout25b';
import { HELDOUT26A } from './corpus-heldout26a';
import { HELDOUT26B } from './corpus-heldout26b';
import { HELDOUT27A } from './corpus-heldout27a';
import { HELDOUT27B } from './corpus-heldout27b';
import { HELDOUT28A } from './corpus-heldout28a';
import { HELDOUT28B } from './corpus-heldout28b';
import { HELDOUT29A } from './corpus-heldout29a';
import { HELDOUT29B } from './corpus-heldout29b';
import { HELDOUT30A } from './corpus-heldout30a';
import { HELDOUT30B } from './corpus-heldout30b';
import { HELDOUT31A } from './corpus-heldout31a';
import { HELDOUT31B } from './corpus-heldout31b';
import { HELDOUT32A } from './corpus-heldout32a';
import { HELDOUT32B } from './corpus-heldout32b';
import { HELDOUT32C } from './corpus-heldout32c';
import { HELDOUT32D } from './corpus-heldout32d';
import { HELDOUT33A } from './corpus-heldout33a';
import { HELDOUT33B } from './corpus-heldout33b';
import { HELDOUT34A } from './corpus-heldout34a';
import { HELDOUT34B } from './corpus-heldout34b';
import { HELDOUT35A } from './corpus-heldout35a';
import { HELDOUT35B } from './corpus-heldout35b';
import { HELDOUT36A } from './corpus-heldout36a';
import { HELDOUT36B } from './corpus-heldout36b';
import { HELDOUT38A } from './corpus-heldout38a';
import { HELDOUT38B } from './corpus-heldout38b';
import { HELDOUT38C } from './corpus-heldout38c';
import { HELDOUT38D } from './corpus-heldout38d';

/** The fifth held-out part, built in two halves at once by languages (5a: en, de, nl, mixed; 5b: es, pt, fr, it, en). */
const HELDOUT5 = [...HELDOUT5A, ...HELDOUT5B];
/** The sixth, built the same way after the fifth part's rules (6a: en, de, nl, mixed; 6b: es, pt, fr, it, en). */
const HELDOUT6 = [...HELDOUT6A, ...HELDOUT6B];
/** The seventh, built the same way after the sixth part's rules and a form's questions (7a: en, de, nl, mixed; 7b: es,
 *  pt, fr, it and English exports of tools no older part has). */
const HELDOUT7 = [...HELDOUT7A, ...HELDOUT7B];
/** The eighth, built the same way at the same time as the seventh part's rules were written. */
const HELDOUT8 = [...HELDOUT8A, ...HELDOUT8B];
/** The ninth, built the same way while the eighth part's rules were written. */
const HELDOUT9 = [...HELDOUT9A, ...HELDOUT9B];
/** The tenth, built the same way after the ninth part's rules and a few more made without seeing it. */
const HELDOUT10 = [...HELDOUT10A, ...HELDOUT10B];
/** The eleventh, built the same way after the tenth part's rules and a few more made without seeing it. */
const HELDOUT11 = [...HELDOUT11A, ...HELDOUT11B];
/** The twelfth, built the same way while the eleventh part's rules were written. */
const HELDOUT12 = [...HELDOUT12A, ...HELDOUT12B];
/** The thirteenth, built the same way after the eleventh part's rules, while the twelfth part's were written. */
const HELDOUT13 = [...HELDOUT13A, ...HELDOUT13B];
/** The fourteenth, built the same way after the twelfth and thirteenth parts' rules. */
const HELDOUT14 = [...HELDOUT14A, ...HELDOUT14B];
/** The fifteenth, built the same way after the fourteenth part's rules, of everyday lists (CRM and shop exports, sign-ups,
 *  rosters): measured only in its session, tuned on in the next. */
const HELDOUT15 = [...HELDOUT15A, ...HELDOUT15B];
/** The sixteenth, built the same way after the first rules the fifteenth part's misses led to, of everyday lists too:
 *  measured when first run, then tuned on. */
const HELDOUT16 = [...HELDOUT16A, ...HELDOUT16B];
/** The seventeenth, built the same way while the sixteenth part's rules were written: measured first, then tuned on. */
const HELDOUT17 = [...HELDOUT17A, ...HELDOUT17B];
/** The eighteenth, built the same way while the seventeenth part's rules were written: measured first, then tuned on. */
const HELDOUT18 = [...HELDOUT18A, ...HELDOUT18B];
/** The nineteenth, built the same way while the eighteenth part's rules were written: measured first, then tuned on. */
const HELDOUT19 = [...HELDOUT19A, ...HELDOUT19B];
/** The twentieth, built the same way while the nineteenth part's rules were written: measured first, then tuned on. */
const HELDOUT20 = [...HELDOUT20A, ...HELDOUT20B];
const HELDOUT21 = [...HELDOUT21A, ...HELDOUT21B];
const HELDOUT22 = [...HELDOUT22A, ...HELDOUT22B];
const HELDOUT23 = [...HELDOUT23A, ...HELDOUT23B];
const HELDOUT24 = [...HELDOUT24A, ...HELDOUT24B];
const HELDOUT25 = [...HELDOUT25A, ...HELDOUT25B];
const HELDOUT26 = [...HELDOUT26A, ...HELDOUT26B];
const HELDOUT27 = [...HELDOUT27A, ...HELDOUT27B];
const HELDOUT28 = [...HELDOUT28A, ...HELDOUT28B];
const HELDOUT29 = [...HELDOUT29A, ...HELDOUT29B];
const HELDOUT30 = [...HELDOUT30A, ...HELDOUT30B];
const HELDOUT31 = [...HELDOUT31A, ...HELDOUT31B];
const HELDOUT32 = [...HELDOUT32A, ...HELDOUT32B, ...HELDOUT32C, ...HELDOUT32D];
const HELDOUT33 = [...HELDOUT33A, ...HELDOUT33B];
const HELDOUT34 = [...HELDOUT34A, ...HELDOUT34B];
const HELDOUT35 = [...HELDOUT35A, ...HELDOUT35B];
const HELDOUT36 = [...HELDOUT36A, ...HELDOUT36B];
const HELDOUT38 = [...HELDOUT38A, ...HELDOUT38B, ...HELDOUT38C, ...HELDOUT38D];

const engine = { locateHeaders, columnKeys, suggestMapping };
const mapped = (s: CorpusSet) => mapCorpusSet(s, engine);

describe('the corpus covers what the issue lists', () => {
  const all = [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19, ...HELDOUT20, ...HELDOUT21, ...HELDOUT22, ...HELDOUT23, ...HELDOUT24, ...HELDOUT25, ...HELDOUT26, ...HELDOUT27, ...HELDOUT28, ...HELDOUT29, ...HELDOUT30, ...HELDOUT31, ...HELDOUT32, ...HELDOUT33, ...HELDOUT34, ...HELDOUT35, ...HELDOUT36, ...HELDOUT38];
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

  it('has a second held-out part of at least 40 sets from sources and header sets the other parts do not have', () => {
    expect(HELDOUT2.length).toBeGreaterThanOrEqual(40);
    const sourcesOf = (s: CorpusSet) => s.source.match(/github:\S+ \S+|index:\d+/g) ?? [];
    const older = new Set([...TUNE, ...HELDOUT].flatMap(sourcesOf));
    const headerSets = new Set([...TUNE, ...HELDOUT].filter((s) => !s.noHeader).map((s) => s.headers.join('|').toLowerCase()));
    for (const s of HELDOUT2) {
      expect([s.id, sourcesOf(s).filter((x) => older.has(x))]).toEqual([s.id, []]);
      if (!s.noHeader) expect([s.id, headerSets.has(s.headers.join('|').toLowerCase())]).toEqual([s.id, false]);
    }
  });

  it('has a third held-out part of at least 40 sets, none of whose sources or header sets the other parts have', () => {
    expect(HELDOUT3.length).toBeGreaterThanOrEqual(40);
    const sourcesOf = (s: CorpusSet) => s.source.match(/github:\S+ \S+|index:\d+/g) ?? [];
    const older = [...TUNE, ...HELDOUT, ...HELDOUT2];
    const olderSources = new Set(older.flatMap(sourcesOf));
    const headerSets = new Set(older.filter((s) => !s.noHeader).map((s) => s.headers.join('|').toLowerCase()));
    for (const s of HELDOUT3) {
      expect([s.id, sourcesOf(s).length > 0, sourcesOf(s).filter((x) => olderSources.has(x))]).toEqual([s.id, true, []]);
      expect([s.id, headerSets.has(s.headers.join('|').toLowerCase())]).toEqual([s.id, false]);
    }
    expect(new Set(HELDOUT3.map((s) => s.lang))).toEqual(new Set(['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'mixed']));
  });

  /** A later held-out part: at least `min` sets, each source and header set new to the parts before it, every language. */
  function expectNewPart(part: readonly CorpusSet[], name: CorpusSet['part'], older: readonly CorpusSet[], min: number): void {
    expect(part.length).toBeGreaterThanOrEqual(min);
    const sourcesOf = (s: CorpusSet) => s.source.match(/github:\S+ \S+|index:\d+/g) ?? [];
    const olderSources = new Set(older.flatMap(sourcesOf));
    const headerSets = new Set(older.filter((s) => !s.noHeader).map((s) => s.headers.join('|').toLowerCase()));
    for (const s of part) {
      expect([s.id, s.part, s.headers.length, s.expected.length]).toEqual([s.id, name, s.expected.length, s.headers.length]);
      expect([s.id, sourcesOf(s).length > 0, sourcesOf(s).filter((x) => olderSources.has(x))]).toEqual([s.id, true, []]);
      if (!s.noHeader) expect([s.id, headerSets.has(s.headers.join('|').toLowerCase())]).toEqual([s.id, false]);
    }
    const own = part.filter((s) => !s.noHeader).map((s) => s.headers.join('|').toLowerCase());
    expect(new Set(own).size).toBe(own.length);
    expect(new Set([...older, ...part].map((s) => s.id)).size).toBe(older.length + part.length);
    expect(new Set(part.flatMap(sourcesOf)).size).toBe(part.length);
    expect(new Set(part.map((s) => s.lang))).toEqual(new Set(['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'mixed']));
    expect(part.filter((s) => s.noHeader).length).toBeGreaterThanOrEqual(3);
    expect(part.filter((s) => s.above?.length).length).toBeGreaterThanOrEqual(2);
  }

  it('has a fourth held-out part of at least 50 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT4, 'heldout4', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3], 50);
  });

  it('has a fifth held-out part of at least 60 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT5, 'heldout5', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4], 60);
  });

  it('has a sixth held-out part of at least 60 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT6, 'heldout6', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5], 60);
  });

  it('has a seventh held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT7, 'heldout7', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6], 100);
  });

  it('has an eighth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT8, 'heldout8', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7], 100);
  });

  it('has a ninth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT9, 'heldout9', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8], 100);
  });

  it('has a tenth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT10, 'heldout10', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9], 100);
  });

  it('has an eleventh held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT11, 'heldout11', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10], 100);
  });

  it('has a twelfth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT12, 'heldout12', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11], 100);
  });

  it('has a thirteenth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT13, 'heldout13', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12], 100);
  });

  it('has a fourteenth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT14, 'heldout14', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13], 100);
  });

  it('has a fifteenth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT15, 'heldout15', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14], 100);
  });

  it('has a sixteenth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT16, 'heldout16', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15], 100);
  });

  it('has a seventeenth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT17, 'heldout17', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16], 100);
  });

  it('has an eighteenth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT18, 'heldout18', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17], 100);
  });

  it('has a nineteenth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT19, 'heldout19', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18], 100);
  });

  it('has a twentieth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT20, 'heldout20', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19], 100);
  });

  it('has a twenty-first held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT21, 'heldout21', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19, ...HELDOUT20], 100);
  });

  it('has a twenty-second held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT22, 'heldout22', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19, ...HELDOUT20, ...HELDOUT21], 100);
  });

  it('has a twenty-third held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT23, 'heldout23', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19, ...HELDOUT20, ...HELDOUT21, ...HELDOUT22], 100);
  });

  it('has a twenty-fourth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT24, 'heldout24', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19, ...HELDOUT20, ...HELDOUT21, ...HELDOUT22, ...HELDOUT23], 100);
  });

  it('has a twenty-fifth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT25, 'heldout25', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19, ...HELDOUT20, ...HELDOUT21, ...HELDOUT22, ...HELDOUT23, ...HELDOUT24], 100);
  });

  it('has a twenty-sixth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT26, 'heldout26', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19, ...HELDOUT20, ...HELDOUT21, ...HELDOUT22, ...HELDOUT23, ...HELDOUT24, ...HELDOUT25], 100);
  });

  it('has a twenty-seventh held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT27, 'heldout27', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19, ...HELDOUT20, ...HELDOUT21, ...HELDOUT22, ...HELDOUT23, ...HELDOUT24, ...HELDOUT25, ...HELDOUT26], 100);
  });

  it('has a twenty-eighth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT28, 'heldout28', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19, ...HELDOUT20, ...HELDOUT21, ...HELDOUT22, ...HELDOUT23, ...HELDOUT24, ...HELDOUT25, ...HELDOUT26, ...HELDOUT27], 100);
  });

  it('has a twenty-ninth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT29, 'heldout29', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19, ...HELDOUT20, ...HELDOUT21, ...HELDOUT22, ...HELDOUT23, ...HELDOUT24, ...HELDOUT25, ...HELDOUT26, ...HELDOUT27, ...HELDOUT28], 100);
  });

  it('has a thirtieth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT30, 'heldout30', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19, ...HELDOUT20, ...HELDOUT21, ...HELDOUT22, ...HELDOUT23, ...HELDOUT24, ...HELDOUT25, ...HELDOUT26, ...HELDOUT27, ...HELDOUT28, ...HELDOUT29], 100);
  });

  it('has a thirty-first held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT31, 'heldout31', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19, ...HELDOUT20, ...HELDOUT21, ...HELDOUT22, ...HELDOUT23, ...HELDOUT24, ...HELDOUT25, ...HELDOUT26, ...HELDOUT27, ...HELDOUT28, ...HELDOUT29, ...HELDOUT30], 100);
  });

  it('has a thirty-second held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT32, 'heldout32', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19, ...HELDOUT20, ...HELDOUT21, ...HELDOUT22, ...HELDOUT23, ...HELDOUT24, ...HELDOUT25, ...HELDOUT26, ...HELDOUT27, ...HELDOUT28, ...HELDOUT29, ...HELDOUT30, ...HELDOUT31], 100);
  });

  it('has a thirty-third held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT33, 'heldout33', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19, ...HELDOUT20, ...HELDOUT21, ...HELDOUT22, ...HELDOUT23, ...HELDOUT24, ...HELDOUT25, ...HELDOUT26, ...HELDOUT27, ...HELDOUT28, ...HELDOUT29, ...HELDOUT30, ...HELDOUT31, ...HELDOUT32], 100);
  });

  it('has a thirty-fourth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT34, 'heldout34', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19, ...HELDOUT20, ...HELDOUT21, ...HELDOUT22, ...HELDOUT23, ...HELDOUT24, ...HELDOUT25, ...HELDOUT26, ...HELDOUT27, ...HELDOUT28, ...HELDOUT29, ...HELDOUT30, ...HELDOUT31, ...HELDOUT32, ...HELDOUT33], 100);
  });

  it('has a thirty-fifth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT35, 'heldout35', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19, ...HELDOUT20, ...HELDOUT21, ...HELDOUT22, ...HELDOUT23, ...HELDOUT24, ...HELDOUT25, ...HELDOUT26, ...HELDOUT27, ...HELDOUT28, ...HELDOUT29, ...HELDOUT30, ...HELDOUT31, ...HELDOUT32, ...HELDOUT33, ...HELDOUT34], 100);
  });

  it('has a thirty-sixth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT36, 'heldout36', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19, ...HELDOUT20, ...HELDOUT21, ...HELDOUT22, ...HELDOUT23, ...HELDOUT24, ...HELDOUT25, ...HELDOUT26, ...HELDOUT27, ...HELDOUT28, ...HELDOUT29, ...HELDOUT30, ...HELDOUT31, ...HELDOUT32, ...HELDOUT33, ...HELDOUT34, ...HELDOUT35], 100);
  });

  it('has a thirty-eighth held-out part of at least 100 sets, none of whose sources or header sets the other parts have', () => {
    expectNewPart(HELDOUT38, 'heldout38', [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3, ...HELDOUT4, ...HELDOUT5, ...HELDOUT6, ...HELDOUT7, ...HELDOUT8, ...HELDOUT9, ...HELDOUT10, ...HELDOUT11, ...HELDOUT12, ...HELDOUT13, ...HELDOUT14, ...HELDOUT15, ...HELDOUT16, ...HELDOUT17, ...HELDOUT18, ...HELDOUT19, ...HELDOUT20, ...HELDOUT21, ...HELDOUT22, ...HELDOUT23, ...HELDOUT24, ...HELDOUT25, ...HELDOUT26, ...HELDOUT27, ...HELDOUT28, ...HELDOUT29, ...HELDOUT30, ...HELDOUT31, ...HELDOUT32, ...HELDOUT33, ...HELDOUT34, ...HELDOUT35, ...HELDOUT36], 100);
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
  // Regression floors, just under the F1 measured today. The held-out part measured 0.965 when first run, 0.968 after
  // two general fixes; its expectations are kept as written before the mapper ran. Four of its six misses are one
  // choice they make differently: with typed phones only (Home, Office, Mobile), they take the first column as the
  // main phone, where the mapper takes the mobile (the tuning part's Outlook and Pipedrive sets, and the second
  // held-out part, expect the mobile). The other two: "Segment" as tags, and "Attendee ID" as an id, which the fixes
  // the third part led to removed (0.971): an event tool numbers each registration, as the tuning part's Eventbrite
  // "Attendee #", so it is another record's id.
  it('held-out part: F1 of at least 0.971', () => {
    expect(report('held-out part', HELDOUT).f1).toBeGreaterThanOrEqual(0.971);
  });
  // The second held-out part measured 0.894 when first run, never tuned on; 0.990 after the general fixes its misses
  // led to, 0.995 once a file without a header row reads the address block after a street line (the report lists
  // them). The misses left: two company columns of files without a header row, which only a reader of the words
  // knows ("Uni Mannheim", "L'oréal"), and French Outlook's "Responsable" (the manager's name, read as the owner).
  it('second held-out part: F1 of at least 0.995', () => {
    expect(report('second held-out part', HELDOUT2).f1).toBeGreaterThanOrEqual(0.995);
  });
  // The third held-out part measured 0.9787 (precision 0.9771, recall 0.9803, 59 sets, 491 columns) when first run,
  // before the lexicon was read or anything was tuned on it; 0.9918 after the general fixes its misses led to (links
  // and files named in the header, a login's name, school and register numbers as ids, Swiss NAP/NPA, "Data Source").
  // The misses left: "Domain" (a lead's company domain, taken as the website as the tuning part's "Company Domain"
  // is), "Hometown" holding "City, Country", Telegram's numeric user id, and "OWNER" holding true/false (a strong
  // header is never dropped for its values).
  // 0.9934 after the fifteenth to eighteenth parts' rules.
  // 0.9918 after a team ("Team", "Mannschaft", "Equipo") became Tags, the tenth part's choice that every part
  // since has followed ("of two ids" block of ./general-rules.test.ts).
  // 0.9934 after the twenty-first part's rules ("twenty-first part" blocks of ./general-rules.test.ts).
  // 0.9886 after a login column of handles ("Username": jvisser; "gebruikersnaam", "Usuario") became the External
  // ID where the file has no other id, as the choices block of the labels has written since the fifteenth part's
  // second half ("a login ... is the External ID, like a user id"); this part left such logins out. The corpus
  // labels them so in 27 files and leaves them out in 16: the rule gained 19 columns and lost 16.
  it('third held-out part: F1 of at least 0.9884', () => {
    expect(report('third held-out part', HELDOUT3).f1).toBeGreaterThanOrEqual(0.9884);
  });
  // The fourth held-out part (86 sets, 981 columns) measured 0.9490 (precision 0.9380, recall 0.9603) when first run,
  // before anything was tuned on it; 0.9550 after general rules made without seeing it; 0.9921 (precision 0.9863,
  // recall 0.9980) after the general fixes its misses led to (./general-rules.test.ts, 9 to 15). The misses left, each
  // a judgment no general rule decides: weak ids the set's writer did not import ("ID" of a contact form's messages,
  // "ID value" holding record numbers, "Unique ID" holding 2 and 28), "Categoria" (an athlete's age class) and
  // "Segment" read as tags, "Pref State 2" (a candidate's preferred state, read as the state), and SmartSuite's
  // "SS Contact ID" against its "Record ID" (the mapper takes "Record ID", as HubSpot's export names the contact's id).
  // 0.9931 after the ninth part's rules (its "ID" of a contact form's messages numbers the messages). 0.9911 after the
  // fifteenth part's: a sports club ("Verein", "Club") is a tag, as held-out parts 10 to 15 chose five sets to this
  // part's one (a youth player's "Verein" here expects the company); vendors' record ids ("Record ID") are the External
  // ID, the Contact ID being the add-on's own.
  // 0.9892 after a login column of handles ("Username": jvisser; "gebruikersnaam", "Usuario") became the External
  // ID where the file has no other id, as the choices block of the labels has written since the fifteenth part's
  // second half ("a login ... is the External ID, like a user id"); this part left such logins out. The corpus
  // labels them so in 27 files and leaves them out in 16: the rule gained 19 columns and lost 16.
  it('fourth held-out part: F1 of at least 0.9890', () => {
    expect(report('fourth held-out part', HELDOUT4).f1).toBeGreaterThanOrEqual(0.9890);
  });
  // The fifth held-out part (88 sets, 1,421 columns, built blind in two halves) measured 0.9080 (precision 0.9048,
  // recall 0.9111) when first run, before anything was tuned on it; 0.9757 after the general fixes its misses led to
  // (./general-rules.test.ts 16 to 22, ./value-rules.test.ts), 0.9774 (precision 0.9740, recall 0.9808) after the
  // sixth part's (a first-column code over distinct numbers is the id), still 0.9774 after a form's questions
  // (./questions.test.ts; its "How You Learnt About Us" now expects the Source, as the lexicon and part 6 do). The
  // misses left are judgments its writers made
  // that no general rule decides: a school file's guardians ("Nom responsable": the guardian is the contact there,
  // where a French CRM's "Responsable" is the owner), which of a roster's ids or emails is the student's own, an
  // order's seller or sales channel, the recipient church of a giving export, and a delivery group written "Name L".
  // 0.9783 after the ninth part's rules (a college application's "ID").
  // 0.9792 after the fifteenth to eighteenth parts' rules.
  // 0.9775 after the first id of the person became the External ID ("of two ids" block of
  // ./general-rules.test.ts): its writers chose a student's "matnr" over the table's first "id", 1, 2, against the
  // tenth part's choice
  // ("of two ids of the person, the first is the External ID"), which the later parts follow.
  // 0.9766 after a team ("Team", "Mannschaft", "Equipo") became Tags, the tenth part's choice that every part
  // since has followed ("of two ids" block of ./general-rules.test.ts).
  // 0.9758 after a login column of handles ("Username": jvisser; "gebruikersnaam", "Usuario") became the External
  // ID where the file has no other id, as the choices block of the labels has written since the fifteenth part's
  // second half ("a login ... is the External ID, like a user id"); this part left such logins out. The corpus
  // labels them so in 27 files and leaves them out in 16: the rule gained 19 columns and lost 16.
  it('fifth held-out part: F1 of at least 0.9756', () => {
    expect(report('fifth held-out part', HELDOUT5).f1).toBeGreaterThanOrEqual(0.9756);
  });
  // The sixth held-out part (93 sets, 1,149 columns, built blind after the fifth part's rules) measured 0.9426
  // (precision 0.9539, recall 0.9315) when first run, before anything was tuned on it; 0.9747 (precision 0.9765,
  // recall 0.9730) after the general fixes its misses led to ("sixth part" blocks of ./general-rules.test.ts and
  // ./value-rules.test.ts), 0.9756 after a form's questions ("como_conheceu" is the Source). Most misses left are
  // in two files without a header row (a Dutch student society's list
  // with a parents' address block and two phones, an Italian BI export with tags and an agent), which only their
  // positions tell apart, and judgments: a school's "Roll No", Xero's contact persons, "Orkest" as tags.
  // 0.9838 after the tenth part's rules (its Dutch student society without a header row: the first address block and
  // the member number; "Orkest" as tags).
  // 0.9820 after a team ("Team", "Mannschaft", "Equipo") became Tags, the tenth part's choice that every part
  // since has followed ("of two ids" block of ./general-rules.test.ts).
  it('sixth held-out part: F1 of at least 0.9819', () => {
    expect(report('sixth held-out part', HELDOUT6).f1).toBeGreaterThanOrEqual(0.9819);
  });
  // The seventh held-out part (110 sets, 1,510 columns, built blind after the sixth part's rules and a form's
  // questions)
  // measured 0.9325 (precision 0.9474, recall 0.9180) when first run, before anything was tuned on it; 0.9873
  // (precision 0.9887, recall 0.9859) after the general rules its misses led to ("seventh part" blocks of
  // ./general-rules.test.ts and ./value-rules.test.ts).
  // 0.9887 after a group's email or phone beside the contact's own stopped being an additional one.
  // 0.9894 after a Spanish, Portuguese or Italian "Segmento" (a company's market) stopped being Tags.
  // 0.9887 after a login column of handles ("Username": jvisser; "gebruikersnaam", "Usuario") became the External
  // ID where the file has no other id, as the choices block of the labels has written since the fifteenth part's
  // second half ("a login ... is the External ID, like a user id"); this part left such logins out. The corpus
  // labels them so in 27 files and leaves them out in 16: the rule gained 19 columns and lost 16.
  it('seventh held-out part: F1 of at least 0.9885', () => {
    expect(report('seventh held-out part', HELDOUT7).f1).toBeGreaterThanOrEqual(0.9885);
  });
  // The eighth held-out part (106 sets, 1,395 columns, built blind while the seventh part's rules were written)
  // measured
  // 0.9395 before those rules and 0.9410 (precision 0.9284, recall 0.9540) after them and a few more general ones, when
  // first run, before anything was tuned on it; 0.9668 (precision 0.9510, recall 0.9831) after the general rules its
  // misses led to ("eighth part" blocks of ./general-rules.test.ts and ./value-rules.test.ts). Most misses left are
  // judgments its writers made: Jobber's service address (taken as a shipping one), an Italian civil-service export's
  // site columns, a hotel template's channel, segment and status, bare "ID" columns left out.
  // 0.9705 after the ninth and tenth parts' rules (a ticket's and a race's category, an application's "ID" and
  // company).
  // 0.9712 after the fifteenth to eighteenth parts' rules.
  // 0.9697 after a team ("Team", "Mannschaft", "Equipo") became Tags, the tenth part's choice that every part
  // since has followed ("of two ids" block of ./general-rules.test.ts).
  // 0.9705 after a Spanish, Portuguese or Italian "Segmento" (a company's market) stopped being Tags.
  // 0.9697 after a login column of handles ("Username": jvisser; "gebruikersnaam", "Usuario") became the External
  // ID where the file has no other id, as the choices block of the labels has written since the fifteenth part's
  // second half ("a login ... is the External ID, like a user id"); this part left such logins out. The corpus
  // labels them so in 27 files and leaves them out in 16: the rule gained 19 columns and lost 16.
  it('eighth held-out part: F1 of at least 0.9696', () => {
    expect(report('eighth held-out part', HELDOUT8).f1).toBeGreaterThanOrEqual(0.9696);
  });
  // The ninth held-out part (109 sets, 1,231 columns, built blind while the eighth part's rules were written) measured
  // 0.9339 before those rules and 0.9355 (precision 0.9206, recall 0.9508) after them, when first run, before anything
  // was tuned on it; 0.9421 once the header row is searched in the first 25 rows, not 10 (two reports put a summary of
  // 12 and 13 lines above their table); 0.9466 after a few general rules its misses led to (a municipality, an external
  // code, a corporate phone, a weak email header over no emails). A second person labelled the same 1,231 columns
  // blind, from the headers and
  // values alone: the two agree on all but 18 columns (F1 0.9829), so the mapper's misses are not the labels' noise.
  // 0.9633 after rules made without seeing the tenth part (a purchaser beside a named attendee, a bare "ID" of events,
  // a named id over a bare one, "Geschaefts..." compounds), 0.9650 after the tenth part's.
  // 0.9687 after the fifteenth to eighteenth parts' rules.
  // 0.9678 after the twenty-fourth part's first rules ("twenty-fourth part" block of ./general-rules.test.ts).
  // 0.9687 after a Spanish, Portuguese or Italian "Segmento" (a company's market) stopped being Tags.
  it('ninth held-out part: F1 of at least 0.9685', () => {
    expect(report('ninth held-out part', HELDOUT9).f1).toBeGreaterThanOrEqual(0.9685);
  });
  // The tenth held-out part (112 sets, 1,294 columns, built blind in two halves after the ninth part's rules and a few
  // more made without seeing it: a purchaser beside a named attendee, a bare "ID" or "Category" in a file of events)
  // measured 0.9115 (precision 0.9298, recall 0.8939) when first run, before anything was tuned on it; 0.9098 with the
  // mapper as it was before those rules; 0.9674 (precision 0.9802, recall 0.9550) after the general rules its
  // misses led
  // to ("tenth part" blocks of ./general-rules.test.ts and ./value-rules.test.ts). Most misses left are judgments its
  // writers made against older parts' (groups as tags: "Fraktion", "clan", "Section"; a campaign as the source), a
  // parliament directory's and a B2B shop's abbreviated columns, and which phone of a file without a header row is
  // the main one.
  // 0.9683 after the eleventh and twelfth parts' rules (a first column's "Codice" over CL0042, a type word's own
  // field).
  // 0.9699 after the fifteenth to eighteenth parts' rules.
  // 0.9707 measured again when the first of two ids and a team as Tags were added (neither changes this part).
  // 0.9716 after a referral column over channels became the Source and a registration's header over numbers the
  // External ID ("twenty-first part" blocks of ./general-rules.test.ts).
  // 0.9724 after the twenty-first part's rules ("twenty-first part" blocks of ./general-rules.test.ts).
  // 0.9716 after a login column of handles ("Username": jvisser; "gebruikersnaam", "Usuario") became the External
  // ID where the file has no other id, as the choices block of the labels has written since the fifteenth part's
  // second half ("a login ... is the External ID, like a user id"); this part left such logins out. The corpus
  // labels them so in 27 files and leaves them out in 16: the rule gained 19 columns and lost 16.
  it('tenth held-out part: F1 of at least 0.9715', () => {
    expect(report('tenth held-out part', HELDOUT10).f1).toBeGreaterThanOrEqual(0.9715);
  });
  // The eleventh held-out part (115 sets, 1,363 columns, built blind in two halves after the tenth part's rules
  // and a few
  // more made without seeing it: German written without umlauts, a mobile's type words, a street with its number,
  // databases' abbreviations) measured 0.9331 (precision 0.9434, recall 0.9231) when first run, before anything
  // was tuned
  // on it; 0.9322 with the mapper as it was before those rules; 0.9724 (precision 0.9709, recall 0.9738) after the
  // general
  // rules its misses led to ("eleventh part" blocks of ./general-rules.test.ts and ./value-rules.test.ts). Most
  // misses left
  // are its writers' judgments against older parts' (a club as tags, licence numbers, a property's address as a
  // unit's).
  // 0.9762 after the fifteenth to eighteenth parts' rules (a club as a tag, a user name of full names, German read
  // as Mac Roman).
  // 0.9747 after the first id of the person became the External ID ("of two ids" block of
  // ./general-rules.test.ts): a log's first "id" beside a partner's code, which its writers chose.
  // 0.9739 after the twenty-second part's first rules (a named CRM's record id, kinds of contact as Tags:
  // "twenty-second part" block of ./general-rules.test.ts).
  // 0.9747 after a Spanish, Portuguese or Italian "Segmento" (a company's market) stopped being Tags.
  // 0.9732 after a login column of handles ("Username": jvisser; "gebruikersnaam", "Usuario") became the External
  // ID where the file has no other id, as the choices block of the labels has written since the fifteenth part's
  // second half ("a login ... is the External ID, like a user id"); this part left such logins out. The corpus
  // labels them so in 27 files and leaves them out in 16: the rule gained 19 columns and lost 16.
  it('eleventh held-out part: F1 of at least 0.9730', () => {
    expect(report('eleventh held-out part', HELDOUT11).f1).toBeGreaterThanOrEqual(0.9730);
  });
  // The twelfth held-out part (113 sets, 1,143 columns, built blind while the eleventh part's rules were written)
  // measured
  // 0.9238 (precision 0.9238, recall 0.9238) when first run, before anything was tuned on it; 0.9164 with the mapper of
  // the session's start, before this session's rules; 0.9592 (precision 0.9583, recall 0.9601) after the general
  // rules its
  // misses led to ("twelfth part" blocks of ./general-rules.test.ts). Most misses left are judgments: a club, a
  // section, a
  // team or a party as tags; a help desk's assignee; a school's or an association's own name beside its members.
  // 0.9610 after the thirteenth part's rules (a named tool's id beside the file's own, a source over amounts).
  // 0.9646 after the fifteenth to eighteenth parts' rules (a club as a tag, bare regions of the file's own).
  // 0.9665 after a team ("Team", "Mannschaft", "Equipo") became Tags, the tenth part's choice that every part
  // since has followed ("of two ids" block of ./general-rules.test.ts).
  // 0.9675 after the twenty-fourth part's first rules ("twenty-fourth part" block of ./general-rules.test.ts).
  it('twelfth held-out part: F1 of at least 0.9673', () => {
    expect(report('twelfth held-out part', HELDOUT12).f1).toBeGreaterThanOrEqual(0.9673);
  });
  // The thirteenth held-out part (109 sets, 1,154 columns, built blind after the eleventh part's rules, while the
  // twelfth
  // part's were written; a 110th set was dropped for repeating an older part's header set) measured 0.9295 (precision
  // 0.9325, recall 0.9265) when first run, before anything was tuned on it; 0.9246 with the mapper of the
  // session's start;
  // 0.9569 (precision 0.9569, recall 0.9569) after the general rules its misses led to ("thirteenth part" block of
  // ./general-rules.test.ts). Most misses left are judgments: a team, a roster or a household as tags, a camp's camper
  // beside the primary contact, a registration's bare "ID".
  // 0.9576 after the fourteenth part's rules (a salutation's column, an owner's columns).
  // 0.9592 after the fifteenth to eighteenth parts' rules (an id the rows share, a user name of full names).
  // 0.9576 after the first id of the person became the External ID ("of two ids" block of
  // ./general-rules.test.ts): a contact table's first "Id" beside the patient's id, which its writers chose.
  // 0.9610 after a team ("Team", "Mannschaft", "Equipo") became Tags, the tenth part's choice that every part
  // since has followed ("of two ids" block of ./general-rules.test.ts).
  // 0.9618 after a referral column over channels became the Source and a registration's header over numbers the
  // External ID ("twenty-first part" blocks of ./general-rules.test.ts).
  // 0.9626 after a typo's match was checked against its values (a street line's digits, a person's name, a region)
  // and never made Tags.
  // 0.9641 after a name column over businesses beside first and last names became the company's (Xero's
  // "ContactName").
  // 0.9650 after the twenty-fourth part's first rules ("twenty-fourth part" block of ./general-rules.test.ts).
  // 0.9657 after the first rules of the twenty-eighth and twenty-ninth parts ("twenty-eighth and twenty-ninth
  // parts" block of ./general-rules.test.ts).
  it('thirteenth held-out part: F1 of at least 0.9656', () => {
    expect(report('thirteenth held-out part', HELDOUT13).f1).toBeGreaterThanOrEqual(0.9656);
  });
  // The fourteenth held-out part (107 sets, 1,417 columns, built blind after the twelfth and thirteenth parts' rules; a
  // 108th set was dropped for sharing its source with another) measured 0.8907 (precision 0.8941, recall 0.8874) when
  // first run, before anything was tuned on it, the lowest of any part; 0.8897 with the mapper of the session's
  // start: this
  // session's rules barely carried over to it. 0.9095 (precision 0.9136, recall 0.9054) after the general rules
  // its misses
  // led to ("fourteenth part" block of ./general-rules.test.ts). Most misses left are its writers' choices against the
  // documented ones (a mobile as the main phone beside an untyped phone, types of membership as tags, "Referido por" as
  // the source), a file whose header row is a joke ("Bordel", "a", "couette"), data models' field names, and a school
  // platform's co-accounts (the parents' "Co1EMail").
  // 0.9118 after the fifteenth to eighteenth parts' rules (an id the rows share, a Brazilian ERP's "Razão").
  // 0.9135 after a team ("Team", "Mannschaft", "Equipo") became Tags, the tenth part's choice that every part
  // since has followed ("of two ids" block of ./general-rules.test.ts).
  // 0.9151 after a referral column over channels became the Source and a registration's header over numbers the
  // External ID ("twenty-first part" blocks of ./general-rules.test.ts).
  // 0.9159 after the twenty-first part's rules ("twenty-first part" blocks of ./general-rules.test.ts).
  // 0.9166 after the first rules of the twenty-eighth and twenty-ninth parts ("twenty-eighth and twenty-ninth
  // parts" block of ./general-rules.test.ts).
  it('fourteenth held-out part: F1 of at least 0.9165', () => {
    expect(report('fourteenth held-out part', HELDOUT14).f1).toBeGreaterThanOrEqual(0.9165);
  });
  // The fifteenth held-out part (114 sets, 1,129 columns, built blind after the fourteenth part's rules, of
  // everyday lists:
  // CRM, shop and address-book exports, sign-ups, rosters, ERP and payroll files; six more sets were dropped, the two
  // halves having found the same files) measured 0.9448 (precision 0.9448, recall 0.9448) when first run; 0.9355
  // with the
  // mapper of the session's start, measured only in that session.
  // Tuned on in the next session: 0.9699 (precision 0.9699, recall 0.9699) after the general rules its misses led to
  // ("fifteenth part" blocks of ./general-rules.test.ts) and the later parts'.
  // 0.9732 after the first id of the person became the External ID ("of two ids" block of ./general-rules.test.ts;
  // a first column of register codes without a header row).
  // 0.9741 after the first rules of the twenty-sixth and twenty-seventh parts (a login of handles as the External ID where
  // the file has no other id, as this part's writers chose; of two ids, the first acronym's filled in every row).
  it('fifteenth held-out part: F1 of at least 0.9740', () => {
    expect(report('fifteenth held-out part', HELDOUT15).f1).toBeGreaterThanOrEqual(0.9740);
  });
  // The sixteenth held-out part (112 sets, 1,229 columns, built blind in two halves after the first rules the fifteenth
  // part's misses led to, of everyday lists again) measured 0.9563 (precision 0.9526, recall 0.9599) when first run;
  // 0.9456 with the mapper of the session's start, 0.9548 after the session's first rules (vendors' record ids,
  // plurals,
  // codes of people, a club as a tag).
  // Tuned on after the seventeenth part was built: 0.9692 (precision 0.9677, recall 0.9707) after the general rules its
  // misses led to ("sixteenth part" blocks of ./general-rules.test.ts).
  // 0.9716 after the first id of the person became the External ID ("of two ids" block of ./general-rules.test.ts;
  // a first column of register codes without a header row).
  // 0.9731 after a team ("Team", "Mannschaft", "Equipo") became Tags, the tenth part's choice that every part
  // since has followed ("of two ids" block of ./general-rules.test.ts).
  // 0.9747 after a name column over businesses beside first and last names became the company's (Xero's
  // "ContactName").
  // 0.9754 after a Spanish, Portuguese or Italian "Segmento" (a company's market) stopped being Tags.
  // 0.9739 after a login column of handles ("Username": jvisser; "gebruikersnaam", "Usuario") became the External
  // ID where the file has no other id, as the choices block of the labels has written since the fifteenth part's
  // second half ("a login ... is the External ID, like a user id"); this part left such logins out. The corpus
  // labels them so in 27 files and leaves them out in 16: the rule gained 19 columns and lost 16.
  // 0.9747 after a bare "Site" over places stopped being the website, and "Email Domain", "FQDN", "Hostname" and
  // "MX Record" became known names of no field.
  it('sixteenth held-out part: F1 of at least 0.9745', () => {
    expect(report('sixteenth held-out part', HELDOUT16).f1).toBeGreaterThanOrEqual(0.9745);
  });
  // The seventeenth held-out part (112 sets, 1,168 columns, built blind in two halves while the sixteenth part's
  // rules were
  // written) measured 0.9540 (precision 0.9647, recall 0.9436) when first run; 0.9390 with the mapper of the session's
  // start, 0.9540 too with the mapper before the sixteenth part's rules: the fifteenth part's rules carried over
  // to it, the
  // sixteenth's did not.
  // Tuned on after the eighteenth part was built: 0.9654 (precision 0.9699, recall 0.9608) after the general rules its
  // misses led to ("seventeenth part" block of ./general-rules.test.ts).
  // 0.9693 after the first id of the person became the External ID ("of two ids" block of ./general-rules.test.ts;
  // a first column of register codes without a header row).
  // 0.9709 after a team ("Team", "Mannschaft", "Equipo") became Tags, the tenth part's choice that every part
  // since has followed ("of two ids" block of ./general-rules.test.ts).
  // 0.9717 after a bare "Estado" or "State" over statuses ("Nuevo", "Respondido") stopped being the state.
  // 0.9732 after a typo's match was checked against its values (a street line's digits, a person's name, a region)
  // and never made Tags.
  // 0.9740 after the twenty-fourth part's first rules ("twenty-fourth part" block of ./general-rules.test.ts).
  // 0.9733 after a login column of handles ("Username": jvisser; "gebruikersnaam", "Usuario") became the External
  // ID where the file has no other id, as the choices block of the labels has written since the fifteenth part's
  // second half ("a login ... is the External ID, like a user id"); this part left such logins out. The corpus
  // labels them so in 27 files and leaves them out in 16: the rule gained 19 columns and lost 16.
  it('seventeenth held-out part: F1 of at least 0.9732', () => {
    expect(report('seventeenth held-out part', HELDOUT17).f1).toBeGreaterThanOrEqual(0.9732);
  });
  // The eighteenth held-out part (112 sets, 1,202 columns, built blind in two halves while the seventeenth part's rules
  // were written) measured 0.9553 (precision 0.9577, recall 0.9530) when first run; 0.9481 with the mapper of the
  // session's start, 0.9553 too with the mapper after the fifteenth part's rules alone: the sixteenth's and
  // seventeenth's
  // did not carry over to it.
  // Tuned on after the nineteenth part was built: 0.9643 (precision 0.9643, recall 0.9643) after the general rules its
  // misses led to ("eighteenth part" block of ./general-rules.test.ts).
  // 0.9700 after the first id of the person became the External ID ("of two ids" block of ./general-rules.test.ts;
  // a first column of register codes without a header row).
  // 0.9716 after a group's email or phone beside the contact's own stopped being an additional one.
  // 0.9732 after a name column over businesses beside first and last names became the company's (Xero's
  // "ContactName").
  // 0.9740 after a Spanish, Portuguese or Italian "Segmento" (a company's market) stopped being Tags.
  // 0.9757 after the first rules of the twenty-sixth and twenty-seventh parts (a login of handles as the External ID where
  // the file has no other id, as this part's writers chose; of two ids, the first acronym's filled in every row).
  // 0.9765 after a bare "Site" over places stopped being the website, and "Email Domain", "FQDN", "Hostname" and
  // "MX Record" became known names of no field.
  it('eighteenth held-out part: F1 of at least 0.9763', () => {
    expect(report('eighteenth held-out part', HELDOUT18).f1).toBeGreaterThanOrEqual(0.9763);
  });
  // The nineteenth held-out part (115 sets, 1,070 columns, built blind in two halves while the eighteenth part's
  // rules were
  // written) measured 0.9649 (precision 0.9714, recall 0.9585) when first run; 0.9616 with the mapper of the session's
  // start, 0.9649 too with the mapper after the fifteenth part's rules alone.
  // Tuned on after the twentieth part was begun: 0.9675 (precision 0.9732, recall 0.9619) after the general rules its
  // misses led to ("nineteenth part" block of ./general-rules.test.ts).
  // 0.9758 after the first id of the person became the External ID ("of two ids" block of ./general-rules.test.ts;
  // a first column of register codes without a header row).
  // 0.9767 after a referral column over channels became the Source and a registration's header over numbers the
  // External ID ("twenty-first part" blocks of ./general-rules.test.ts).
  // 0.9775 after an owner's email became the owner where no column names one.
  // 0.9784 after the twenty-second part's first rules (a named CRM's record id, kinds of contact as Tags:
  // "twenty-second part" block of ./general-rules.test.ts).
  // 0.9792 after a typo's match was checked against its values (a street line's digits, a person's name, a region)
  // and never made Tags.
  // 0.9800 after the twenty-fourth part's first rules ("twenty-fourth part" block of ./general-rules.test.ts).
  // 0.9808 after a Spanish, Portuguese or Italian "Segmento" (a company's market) stopped being Tags.
  // 0.9800 after a login column of handles ("Username": jvisser; "gebruikersnaam", "Usuario") became the External
  // ID where the file has no other id, as the choices block of the labels has written since the fifteenth part's
  // second half ("a login ... is the External ID, like a user id"); this part left such logins out. The corpus
  // labels them so in 27 files and leaves them out in 16: the rule gained 19 columns and lost 16.
  it('nineteenth held-out part: F1 of at least 0.9799', () => {
    expect(report('nineteenth held-out part', HELDOUT19).f1).toBeGreaterThanOrEqual(0.9799);
  });
  // The twentieth held-out part (112 sets, 1,129 columns, built blind in two halves while the nineteenth part's
  // rules were
  // written) measured 0.9252 (precision 0.9326, recall 0.9180) when first run; 0.9252 too with the mapper of the
  // session's
  // start and with the mapper after the nineteenth part's first rules: no rule of the session carried over to it.
  // Tuned on: 0.9510 (precision 0.9543, recall 0.9476) after the general rules its misses led to ("twentieth part"
  // block
  // of ./general-rules.test.ts).
  // 0.9536 after the first id of the person became the External ID ("of two ids" block of ./general-rules.test.ts;
  // a first column of register codes without a header row).
  // 0.9564 after a team ("Team", "Mannschaft", "Equipo") became Tags, the tenth part's choice that every part
  // since has followed ("of two ids" block of ./general-rules.test.ts).
  // 0.9572 after a bare "Estado" or "State" over statuses ("Nuevo", "Respondido") stopped being the state.
  // 0.9590 after the first rules of the twenty-sixth and twenty-seventh parts (a login of handles as the External ID where
  // the file has no other id, as this part's writers chose; of two ids, the first acronym's filled in every row).
  it('twentieth held-out part: F1 of at least 0.9589', () => {
    expect(report('twentieth held-out part', HELDOUT20).f1).toBeGreaterThanOrEqual(0.9589);
  });
  // The twenty-first held-out part (112 sets, 1,242 columns, built blind in two halves while the twentieth part's first
  // rules were written) measured 0.9245 (precision 0.9325, recall 0.9167) when first run; 0.9252 with the mapper of the
  // session's start (the first of two ids cost it two columns: its writers chose a table's row id less often than the
  // choice says).
  // 0.9365 after the twenty-first part's rules ("twenty-first part" blocks of ./general-rules.test.ts).
  // 0.9436 after the twenty-first part's rules ("twenty-first part" blocks of ./general-rules.test.ts).
  // 0.9444 after an owner's email became the owner where no column names one.
  // 0.9461 after the twenty-second part's first rules (a named CRM's record id, kinds of contact as Tags:
  // "twenty-second part" block of ./general-rules.test.ts).
  // 0.9468 after a typo's match was checked against its values (a street line's digits, a person's name, a region)
  // and never made Tags.
  // 0.9484 after the first rules of the twenty-sixth and twenty-seventh parts (a login of handles as the External ID where
  // the file has no other id, as this part's writers chose; of two ids, the first acronym's filled in every row).
  // 0.9492 after a bare "Site" over places stopped being the website, and "Email Domain", "FQDN", "Hostname" and
  // "MX Record" became known names of no field.
  it('twenty-first held-out part: F1 of at least 0.9490', () => {
    expect(report('twenty-first held-out part', HELDOUT21).f1).toBeGreaterThanOrEqual(0.9490);
  });
  // The twenty-second held-out part (114 sets, 1,101 columns, built blind in two halves while the twenty-first part's
  // rules were written) measured 0.9459 (precision 0.9535, recall 0.9384) when first run; 0.9467 with the mapper of the
  // session's start, 0.9450 with the mapper before the twenty-first part's rules: neither the session's first rules nor
  // the twenty-first part's carried over to it.
  // 0.9475 after an English "State" was again always the state ("Abu Dhabi", "Oslo": regions not held here).
  // 0.9484 after dates over columns of marks (an attendance grid's days) stopped making the header row read as data.
  // 0.9518 after the twenty-second part's first rules (a named CRM's record id, kinds of contact as Tags:
  // "twenty-second part" block of ./general-rules.test.ts).
  // 0.9533 after a typo's match was checked against its values (a street line's digits, a person's name, a region)
  // and never made Tags.
  // 0.9549 after a name column over businesses beside first and last names became the company's (Xero's
  // "ContactName").
  // 0.9557 after the first rules of the twenty-sixth and twenty-seventh parts (a login of handles as the External ID where
  // the file has no other id, as this part's writers chose; of two ids, the first acronym's filled in every row).
  it('twenty-second held-out part: F1 of at least 0.9555', () => {
    expect(report('twenty-second held-out part', HELDOUT22).f1).toBeGreaterThanOrEqual(0.9555);
  });
  // The twenty-third held-out part (112 sets, 1,160 columns, built blind in two halves while the twenty-second part's
  // rules were written) measured 0.9454 (precision 0.9567, recall 0.9343) when first run; 0.9415 with the mapper of the
  // session's start, 0.9422 with the mapper before the twenty-second part's rules: the session's rules raised it by 0.0039,
  // most of it (0.0032) the twenty-second part's (kinds of contact as Tags, a typo's values, a named CRM's record id).
  // 0.9462 after a date's format written after its header ("Date of Birth DD/MM/YYYY") was read away.
  // 0.9504 after a German association's branches ("Kreisverband") became Tags.
  it('twenty-third held-out part: F1 of at least 0.9502', () => {
    expect(report('twenty-third held-out part', HELDOUT23).f1).toBeGreaterThanOrEqual(0.9502);
  });
  // The twenty-fourth held-out part (114 sets, 977 columns, built blind in two halves while the twenty-third part's
  // rules were written) measured 0.9593 (precision 0.9649, recall 0.9538) when first run; 0.9585 with the mapper of the
  // session's start, 0.9593 too with the mapper before the twenty-third part's rules (which carried over no column).
  // 0.9636 after its first rules (a pupil's "Élèves", "NIA", "WWW", "Gouvernorat"; a first column's "AL-0031" under
  // "codigo").
  // 0.9644 after a bare "Site" over places stopped being the website, and "Email Domain", "FQDN", "Hostname" and
  // "MX Record" became known names of no field.
  // 0.9652 after a typo of the owner over flags ("ausserDienst": 0) stopped being the owner.
  it('twenty-fourth held-out part: F1 of at least 0.9651', () => {
    expect(report('twenty-fourth held-out part', HELDOUT24).f1).toBeGreaterThanOrEqual(0.9651);
  });
  // The twenty-fifth held-out part (118 sets, 1,031 columns, built blind in two halves while the twenty-fourth part's
  // rules were written) measured 0.9606 (precision 0.9669, recall 0.9543) when first run, before one rule; 0.9556
  // with the mapper of the session's start, 0.9606 too with the mapper before the twenty-fourth part's rules.
  // 0.9614 after a Spanish, Portuguese or Italian "Segmento" (a company's market) stopped being Tags.
  // 0.9622 after a postal code written with its hyphen ("40020-000") stopped reading as a phone: its one rule, made on
  // its Brazilian rental file without a header row, at the session's end.
  // 0.9647 after the first rules of the twenty-sixth and twenty-seventh parts (a login of handles as the External ID where
  // the file has no other id, as this part's writers chose; of two ids, the first acronym's filled in every row).
  // 0.9655 after a bare "Site" over places stopped being the website, and "Email Domain", "FQDN", "Hostname" and
  // "MX Record" became known names of no field.
  it('twenty-fifth held-out part: F1 of at least 0.9654', () => {
    expect(report('twenty-fifth held-out part', HELDOUT25).f1).toBeGreaterThanOrEqual(0.9654);
  });
  // The twenty-sixth held-out part (112 sets, 1,058 columns, built blind in two halves at the session's start, beside
  // the twenty-seventh) measured 0.9666 (precision 0.9785, recall 0.9549) when first run, with the mapper of the
  // session's start.
  // 0.9780 after its first rules: a login of handles as the External ID where the file has no other id (the labels'
  // brief's choice), an address record's "adres_id", a profile photo's link, a proof of address's file name, "Sales Rep
  // Name", and of two ids the first acronym's ("SIS ID").
  // 0.9813 after a login beside a shared id only ("afdelings_id") became the External ID, a vague "contactinfo"
  // over digits stopped being the name, and pasted towns before their region codes became the town and the state.
  it('twenty-sixth held-out part: F1 of at least 0.9812', () => {
    expect(report('twenty-sixth held-out part', HELDOUT26).f1).toBeGreaterThanOrEqual(0.9812);
  });
  // The twenty-seventh held-out part (103 sets, 947 columns, built blind in two halves beside the twenty-sixth; two sets
  // that repeated the twenty-sixth part's files were dropped) measured 0.9547 (precision 0.9527, recall 0.9568) when
  // first run, with the mapper of the session's start.
  // 0.9666 after its first rules: a team's coach is someone else, a code's or a booking's number is no phone, a first
  // "Numéro" or "code" over a register's codes, "Medio enterado", a licence's kind ("Personal") is no id, and logins.
  it('twenty-seventh held-out part: F1 of at least 0.9665', () => {
    expect(report('twenty-seventh held-out part', HELDOUT27).f1).toBeGreaterThanOrEqual(0.9665);
  });
  // The twenty-eighth held-out part (113 sets, 1,033 columns, built blind in two halves while the twenty-sixth and
  // twenty-seventh parts' rules were written) measured 0.9688 (precision 0.9647, recall 0.9729) when first run; 0.9661
  // with the mapper of the session's start: those rules raised it by 0.0027.
  // 0.9705 after its first rules: more of ISTAT's given names, which let a pasted "Ferretti | Giacomo" read as data.
  // 0.9738 after a pupil's legal guardian ("resp. légal") became someone else and links to one site's pages
  // stopped being the website.
  it('twenty-eighth held-out part: F1 of at least 0.9736', () => {
    expect(report('twenty-eighth held-out part', HELDOUT28).f1).toBeGreaterThanOrEqual(0.9736);
  });
  // The twenty-ninth held-out part (103 sets, 952 columns, built beside the twenty-eighth; two sets that repeated the
  // twenty-eighth part's files were dropped) measured 0.9364 (precision 0.9234, recall 0.9497) when first run; 0.9341
  // with the mapper of the session's start: the twenty-sixth and twenty-seventh parts' rules raised it by 0.0023.
  // 0.9470 after its first rules: a heading row that names no field yields to a table's header row as wide, a
  // department's or a jersey's name, a leader's email, an invoice's id, a date of the file's person ("data_nasc_paciente"),
  // notes under "Contact Info" and consent answers under "COMERCIAL".
  // 0.9481 after a pupil's legal guardian ("resp. légal") became someone else and links to one site's pages
  // stopped being the website.
  // 0.9502 after a name column over businesses, read as the contact's because the file names no one else ("Tenant
  // Name"), became the company.
  it('twenty-ninth held-out part: F1 of at least 0.9501', () => {
    expect(report('twenty-ninth held-out part', HELDOUT29).f1).toBeGreaterThanOrEqual(0.9501);
  });
  // The thirtieth held-out part (113 sets, 1,020 columns, built blind in two halves while the twenty-eighth and
  // twenty-ninth parts' rules were written) measured 0.9633 (precision 0.9607, recall 0.9659) when first run; 0.9624
  // with the mapper of the session's start: the session's rules raised it by 0.0009.
  // 0.9705 after its first rules: "Apellidos y nombres", "Estabelecimento", a patient's "Paciente", a birth date in
  // three columns ("Geburtsjahr", "Geburtsmonat", "Geburtstag"), a lead's statuses under "Estado".
  it('thirtieth held-out part: F1 of at least 0.9704', () => {
    expect(report('thirtieth held-out part', HELDOUT30).f1).toBeGreaterThanOrEqual(0.9704);
  });
  // The thirty-first held-out part (100 sets, 958 columns, built beside the thirtieth; one set that repeated the
  // thirtieth part's file was dropped) measured 0.9487 (precision 0.9519, recall 0.9457) when first run; 0.9464 with
  // the mapper of the session's start: the session's rules raised it by 0.0023.
  // 0.9598 after its first rules: "Paciente", "RagSocCli", "CodiceAllievo", "Subject Name", a code's compound
  // ("CodFiscale") never a phone.
  // 0.9609 after a number with a suffix ("0001234.REV") stopped reading as a web address.
  it('thirty-first held-out part: F1 of at least 0.9607', () => {
    expect(report('thirty-first held-out part', HELDOUT31).f1).toBeGreaterThanOrEqual(0.9607);
  });
  // The thirty-second held-out part (119 sets, 1,918 columns, built blind by four writers while the thirtieth and
  // thirty-first parts' rules were written; the index's search budget ran out, so most of it was read from whole fetched
  // repositories: invoicing, groupware, CRM and newsletter tools' exports and fixtures, many of them wide) measured
  // 0.8890 (precision 0.9038, recall 0.8747) when first run; 0.8823 with the mapper of the session's start.
  // 0.9016 after its first rules: a property of the phone in parentheses ("Phone 1 (Type)"), a fax beside other words
  // ("tel_fax"), "Country ISO2 code" and eGroupware's "adr_one_countryname", a login's "loginname", a first row of names
  // with a middle initial read as data.
  it('thirty-second held-out part: F1 of at least 0.9015', () => {
    expect(report('thirty-second held-out part', HELDOUT32).f1).toBeGreaterThanOrEqual(0.9015);
  });
  // The thirty-third held-out part (117 sets, 1,372 columns, built blind by two writers at the start of a session, while
  // the session's first rules were written from the older parts' misses) measured 0.9198 (precision 0.9379, recall
  // 0.9023) when first run; 0.9190 with the mapper of the session's start. 0.9396 after its rules and the thirty-fourth's
  // ("thirty-third and thirty-fourth parts" blocks of ./general-rules.test.ts), 0.9389 once a read of them took German
  // "bestell" back out of another record's words ("bestell_email" is the orderer's own).
  it('thirty-third held-out part: F1 of at least 0.9388', () => {
    expect(report('thirty-third held-out part', HELDOUT33).f1).toBeGreaterThanOrEqual(0.9388);
  });
  // The thirty-fourth held-out part (107 sets, 1,183 columns, built beside the thirty-third; nine CiviCRM files both
  // parts' writers wrote were kept in the thirty-third) measured 0.9256 (precision 0.9333, recall 0.9180) when first
  // run; the same with the mapper of the session's start. 0.9505 after its rules and the thirty-third's.
  it('thirty-fourth held-out part: F1 of at least 0.9504', () => {
    expect(report('thirty-fourth held-out part', HELDOUT34).f1).toBeGreaterThanOrEqual(0.9504);
  });
  // The thirty-fifth held-out part (117 sets, 985 columns, built blind by two writers while the thirty-third and
  // thirty-fourth parts' rules were written: the lists people keep in sheets, Apps Script projects' header arrays)
  // measured 0.9305 (precision 0.9396, recall 0.9216) when first run; the same with the mapper of the session's start.
  // 0.9530 after its rules ("thirty-fifth part" block of ./general-rules.test.ts), 0.9520 once a read of them took
  // "Dpto" back out of the regions (in Chile and Argentina "Depto" is the flat's number).
  it('thirty-fifth held-out part: F1 of at least 0.9519', () => {
    expect(report('thirty-fifth held-out part', HELDOUT35).f1).toBeGreaterThanOrEqual(0.9519);
  });
  // The thirty-sixth held-out part (113 sets, 1,405 columns, built beside the thirty-fifth: SaaS tools' exports; one set
  // that read a second header row of a file the thirty-fifth part also read cites it as "models.js#patients") measured
  // 0.8806 (precision 0.9018, recall 0.8604) when first run, and 0.8839 with the mapper of the session's start: a rule
  // made on the thirty-fourth part, a parcel's sender ("Remetente", "Absender") as someone else, had taken PayPal's
  // payers ("Absender E-Mail-Adresse"). That rule was taken back (0.8839), then the part's own rules were made ("thirty-
  // sixth part" block of ./general-rules.test.ts): 0.9110.
  it('thirty-sixth held-out part: F1 of at least 0.9109', () => {
    expect(report('thirty-sixth held-out part', HELDOUT36).f1).toBeGreaterThanOrEqual(0.9109);
  });
  // The thirty-eighth held-out part (174 sets, 1,507 columns, four blind writers while the thirty-sixth part's rules were
  // written: shop and subscription exports, regional business tools, HR files and public registers; a thirty-seventh
  // part of 68 sets was folded in as its third and fourth files, and four Italian files two writers both wrote, their
  // labels agreeing on 30 of 31 columns, were kept once) measured 0.9587 (precision 0.9634, recall 0.9541) when first
  // run; 0.9581 with the mapper of the session's start. 0.9630 after India's GST number became a tax id, no phone, and
  // two files without a header row were read so ("thirty-eighth part" block of ./general-rules.test.ts).
  it('thirty-eighth held-out part: F1 of at least 0.9629', () => {
    expect(report('thirty-eighth held-out part', HELDOUT38).f1).toBeGreaterThanOrEqual(0.9629);
  });
  it.each([['held-out', HELDOUT], ['second held-out', HELDOUT2], ['third held-out', HELDOUT3], ['fourth held-out', HELDOUT4], ['fifth held-out', HELDOUT5], ['sixth held-out', HELDOUT6], ['seventh held-out', HELDOUT7], ['eighth held-out', HELDOUT8], ['ninth held-out', HELDOUT9], ['tenth held-out', HELDOUT10], ['eleventh held-out', HELDOUT11], ['twelfth held-out', HELDOUT12], ['thirteenth held-out', HELDOUT13], ['fourteenth held-out', HELDOUT14], ['fifteenth held-out', HELDOUT15], ['sixteenth held-out', HELDOUT16], ['seventeenth held-out', HELDOUT17], ['eighteenth held-out', HELDOUT18], ['nineteenth held-out', HELDOUT19], ['twentieth held-out', HELDOUT20], ['twenty-first held-out', HELDOUT21], ['twenty-second held-out', HELDOUT22], ['twenty-third held-out', HELDOUT23], ['twenty-fourth held-out', HELDOUT24], ['twenty-fifth held-out', HELDOUT25], ['twenty-sixth held-out', HELDOUT26], ['twenty-seventh held-out', HELDOUT27], ['twenty-eighth held-out', HELDOUT28], ['twenty-ninth held-out', HELDOUT29], ['thirtieth held-out', HELDOUT30], ['thirty-first held-out', HELDOUT31], ['thirty-second held-out', HELDOUT32], ['thirty-third held-out', HELDOUT33], ['thirty-fourth held-out', HELDOUT34], ['thirty-fifth held-out', HELDOUT35], ['thirty-sixth held-out', HELDOUT36], ['thirty-eighth held-out', HELDOUT38]] as const)('%s part: the header row of every file is found', (_name, sets) => {
    for (const s of sets) expect([s.id, mapped(s).headerRow]).toEqual([s.id, expectedHeaderRow(s)]);
  });
});
