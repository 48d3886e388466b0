// Fix suggestions benchmark (issue 11): suggestFixes on the validation benchmark's sheet (100,000 rows x 15 columns,
// generated the same way: phones, dates in 30 shapes, emails, tags, ... with about 10% bad cells), against its PEER
// measured in the same process: validateRows on the same rows (the Check that precedes every Fix). Both read every
// mapped cell through the same readers; suggesting also re-reads what it would write, to be sure `to` reads back
// as the import reads the cell.
//
// Timing: one warm-up run of each on 20,000 rows, then the best of 3 full runs of each, interleaved.
import { groupFixes, suggestFixes } from '../src/engine/fix';
import { validateRows } from '../src/engine/validate';
import type { BenchResult } from './types';
import { benchSettings, generate, HEADERS, ROWS, time } from './validate.bench';

export default async function suggestBench(): Promise<BenchResult[]> {
  const g = generate(ROWS);
  const settings = benchSettings();
  const input = (rows: typeof g.rows) => ({ headers: HEADERS, rows, firstLine: 2, settings });
  const warm = g.rows.slice(0, 20_000);
  validateRows(input(warm));
  suggestFixes(input(warm));
  let peer = Infinity;
  let best = Infinity;
  let suggestions = 0;
  let groups = 0;
  let safe = 0;
  for (let run = 0; run < 3; run++) {
    peer = Math.min(peer, time(() => validateRows(input(g.rows))));
    best = Math.min(
      best,
      time(() => {
        const r = suggestFixes(input(g.rows));
        suggestions = r.suggestions.length;
        safe = r.suggestions.filter((s) => s.confidence === 'safe').length;
        groups = groupFixes(r.suggestions).length;
      }),
    );
  }
  return [
    {
      name: 'suggest',
      rows: ROWS,
      columns: HEADERS.length,
      seconds: Math.round(best * 1000) / 1000,
      rowsPerSec: Math.round(ROWS / best),
      peakMB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
      peakKind: 'process peak RSS, includes the generated sheet',
      ratio: Math.round((best / peer) * 100) / 100,
      floorSeconds: Math.round(peer * 1000) / 1000,
      floor: 'validateRows of the same rows (the Check before a Fix)',
      targets: { maxRatio: 2 },
      suggestions,
      safe,
      groups,
    },
  ];
}
