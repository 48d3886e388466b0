// A child process of the streaming benchmark (bench/stream.bench.ts): reads a CSV file to its last row and
// prints {"rows": N} — with the project's own reader (`own`: the very reader `validate` uses: the text sniff, the
// UTF-8 check, decoding and the streaming parser, with its caps), or with csv-parse (`csv-parse`, node-csv's
// streaming parser: the well-kept alternative the issue names), on the same file.
//   node bin/run-ts.js bench/csv-read.ts own|csv-parse FILE.csv
import * as fs from 'node:fs';
import { parse } from 'csv-parse';
import { openSheet } from '../cli/sheet-source';

async function own(file: string): Promise<number> {
  const sheet = await openSheet(file, undefined);
  let rows = 0;
  for await (const row of sheet.rows) if (row.length) rows++;
  sheet.close();
  return rows;
}

async function csvParse(file: string): Promise<number> {
  // Options for what the project's parser accepts too: a BOM, quotes inside unquoted fields, ragged rows.
  const parser = fs.createReadStream(file, { highWaterMark: 1024 * 1024 }).pipe(parse({ bom: true, relax_quotes: true, relax_column_count: true }));
  let rows = 0;
  for await (const record of parser as AsyncIterable<string[]>) if (record.length) rows++;
  return rows;
}

const [which, file] = process.argv.slice(2);
(which === 'csv-parse' ? csvParse(file) : own(file)).then(
  (rows) => process.stdout.write(JSON.stringify({ rows }) + '\n'),
  (e) => {
    process.stderr.write(`csv-read: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
