// Writes samples/playground/contacts.xlsx: a realistic, messy contact sheet for the playground, drawn from the
// seeds' lists of problems. Run: node bin/run-ts.js samples/playground/make-sample.ts
// The rows are kept here as data so the sample is reviewable; the .xlsx is shipped so `npm start` needs nothing.
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const HEADERS = [
  'Full name', 'E-mail', 'Phone', 'Company', 'Birthday', 'Tags', 'Owner', 'Favorite color', 'Lifetime value', 'Website', '<b>Notes</b>',
];

type Cell = string | number | Date | null;
// Each row says, in its last column, what it is there to show.
export const ROWS: Cell[][] = [
  ['Ada Lovelace', 'ada@example.com', '+1 415 555 0100', 'Analytical Engines', new Date(Date.UTC(1985, 11, 10)), 'vip, speaker', 'Logan Paul', 'Blue', '1,234.50', 'https://ada.example.com', 'clean row'],
  ['Grace Hopper', 'grace.hopper@example', '123-456-7890', 'Navy Labs', '12/09/1986', 'lead', 'Adam Smith', 'Green', '980', '', 'email without a domain ending'],
  ['Alan Turing', 'alan@example.com', '12345', 'Bletchley', '06/23/1982', 'lead; newsletter', 'Logan Paul', 'Blue', '450', '', 'Could not read the phone number'],
  ['Katherine Johnson', 'katherine@example.com', '(212) 555-0147', 'NASA', '02/30/1990', 'vip', 'Adam Smith', 'Red', '2000', '', 'impossible date (February 30)'],
  ['Ada L.', 'ADA@Example.com', '', 'Analytical Engines', '', 'vip', '', '', '', '', 'duplicate of line 2 by email'],
  ['', '', '', 'Acme Corp', '', 'lead', '', '', '', '', 'no name, email or phone'],
  ['Mallory Hacker', 'mallory@example.com', '415-555-0199', '<img src=x onerror=alert(1)>', '', 'test', '', '', '', '', 'HTML must show as text'],
  ['Eve Formula', 'eve@example.com', '415-555-0123', 'Formula Inc', '', 'lead', '', '', '', '=HYPERLINK("http://evil.example","click me")', 'formula-looking text'],
  ['Linus Dot', 'linus@example.com', '(415) 555-0175', 'Kernel Ltd', '2024.9.8', 'lead. newsletter; 2024', 'Adam Smith', 'Blue', '75', 'kernel.example.org', 'tags with ; and .'],
  ['Jane Unknown', 'jane@example.com', '4155550188', 'Somewhere', '1/2/1979', 'lead', 'Jane Doe', 'Green', '10', '', 'owner is not a user'],
  ['Bob Builder', 'bob@example.com', '555-0199', 'Builders', '13/13/2020', '', '', 'Purple', 'abc', '', 'short phone, bad date, bad option, bad money'],
  ['John Dots', 'john..doe@example.com', '+44 20 7946 0958', 'London Co', '1975-04-01', 'uk', 'Logan Paul', 'Blue', '300', '', 'invalid email, UK phone'],
  ['Mary Space', ' mary@example.com ', '+1 (650) 555-0111', 'Spaces LLC', '3-14-1988', 'lead', '', 'Green', '1200', '', 'spaces around email'],
  ['Alan T.', 'alan.t@example.com', '12345', '', '', '', '', '', '', '', 'Could not read the phone number again'],
  ['Chen Wei', 'chen.wei@example.cn', '+86 10 6552 9988', 'Beijing Tech', '1990/7/15', 'asia', '', 'Blue', '5,000', '', 'international phone'],
  ['Priya Patel', 'priya@example.in', '+91 98765 43210', 'Mumbai Traders', '09/08/1992', 'lead', 'Adam Smith', 'Green', '640', '', 'clean row'],
  ['Carlos Ruiz', 'carlos@example.es', '+34 612 345 678', 'Madrid SA', '29/02/1991', '', '', '', '', '', 'no Feb 29 in 1991 either way'],
  ['Sam Twin', 'sam@example.com', '415-555-0142', 'Twins', '', '', '', '', '', '', 'first of a pair'],
  ['Sam Twin', 'sam@example.com', '415-555-0142', 'Twins', '', '', '', '', '', '', 'exact duplicate of the line above'],
  ['Noor Hassan', 'noor@example.ae', '+971 50 123 4567', 'Dubai FZ', '1987-11-30', 'vip', 'Logan Paul', 'Blue', '9,999.99', '', 'clean row'],
  ['Olga Ivanova', 'olga@', '', 'Kiev Soft', '', '', '', '', '', '', 'invalid email, nothing else to reach her'],
  ['Tom Plus', 'tom@example.com', '+1 415 555 0166', '+Plus Company', '', 'lead', '', '', '', '', 'text starting with +'],
];

export async function writeSample(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Leads');
  ws.addRow(HEADERS);
  for (const r of ROWS) ws.addRow(r.map((v) => (v === '' ? null : v)));
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c, i) => (c.width = [18, 24, 18, 20, 12, 20, 12, 13, 13, 24, 30][i] ?? 14));
  ws.getColumn(5).numFmt = 'yyyy-mm-dd';
  // Text cells stay text: ExcelJS writes strings as shared strings, never formulas.
  // The user's own formatting, which checking must not lose: a note and a light blue background.
  const owned = ws.getCell('B3');
  owned.note = 'Called twice, no answer (my own note)';
  ws.getCell('A17').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFCFE2F3' } };
  await wb.xlsx.writeFile(file);
}

function root(): string {
  let dir = process.cwd();
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

if (require.main === module || process.argv[1]?.endsWith('make-sample.ts')) {
  const out = join(root(), 'samples/playground/contacts.xlsx');
  void writeSample(out).then(() => console.log(`wrote ${out}`));
}
