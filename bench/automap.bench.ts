// Auto-mapping benchmark (issue 12): the 197 header sets of the corpus (test/engine/automap/corpus-*.ts), each
// mapped as a sidebar call or the CLI maps a file: the header row found, then every column read by its header and
// its sample values. Against its FLOOR, measured in the same process: the least any value-sniffing mapper must do
// on the same input, i.e. one Map lookup per normalized header and one libphonenumber-js parse per sample value.
//
// Timing: the first call (the lexicon tables are built then: what a cold Apps Script execution pays once), then a
// warm-up, then the best of 5 runs of 20 passes over the corpus. "rows" counts the columns mapped.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { columnKeys, compactHeader, locateHeaders, suggestMapping } from '../src/engine/automap';
import type { CellValue } from '../src/engine/types';
import { HELDOUT } from '../test/engine/automap/corpus-heldout';
import { HELDOUT2 } from '../test/engine/automap/corpus-heldout2';
import { HELDOUT3 } from '../test/engine/automap/corpus-heldout3';
import { TUNE } from '../test/engine/automap/corpus-tune';
import type { CorpusSet } from '../test/engine/automap/corpus-format';
import type { BenchResult } from './types';

const PASSES = 20;
const SETS: CorpusSet[] = [...TUNE, ...HELDOUT, ...HELDOUT2, ...HELDOUT3];

function fileOf(s: CorpusSet): CellValue[][] {
  return [...(s.above ?? []), ...(s.noHeader ? [] : [s.headers]), ...s.rows];
}

function mapAll(): number {
  let columns = 0;
  for (const s of SETS) {
    const loc = locateHeaders(fileOf(s), { defaultCountry: s.defaultCountry });
    const keys = columnKeys(loc.headers);
    columns += suggestMapping(keys, { sampleRows: loc.rows.slice(0, 20), defaultCountry: s.defaultCountry }).length;
  }
  return columns;
}

function floorAll(table: Map<string, number>): number {
  let hits = 0;
  for (const s of SETS) {
    for (const h of s.headers) if (table.has(compactHeader(h))) hits++;
    for (const r of s.rows) for (const v of r) if (v && parsePhoneNumberFromString(v, (s.defaultCountry ?? 'US') as CountryCode)) hits++;
  }
  return hits;
}

const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return (performance.now() - t) / 1000;
};

export default async function automapBench(): Promise<BenchResult[]> {
  const coldSeconds = time(() => suggestMapping(['Email', 'Teléfono', 'Frist Name']));
  const table = new Map(SETS.flatMap((s) => s.headers.map((h, i) => [compactHeader(h), i] as [string, number])));
  mapAll();
  floorAll(table);
  let best = Infinity;
  let floor = Infinity;
  let columns = 0;
  for (let run = 0; run < 5; run++) {
    floor = Math.min(floor, time(() => { for (let p = 0; p < PASSES; p++) floorAll(table); }));
    best = Math.min(best, time(() => { for (let p = 0; p < PASSES; p++) columns = mapAll(); }));
  }
  const total = columns * PASSES;
  return [
    {
      name: 'automap',
      rows: total,
      sets: SETS.length,
      seconds: Math.round(best * 1000) / 1000,
      rowsPerSec: Math.round(total / best),
      perColumnMs: Math.round((best / total) * 1e6) / 1000,
      coldMs: Math.round(coldSeconds * 1e4) / 10,
      peakMB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
      peakKind: 'process peak RSS',
      ratio: Math.round((best / floor) * 100) / 100,
      floorSeconds: Math.round(floor * 1000) / 1000,
      floor: 'one Map lookup per normalized header + one libphonenumber-js parse per sample value',
    },
  ];
}
