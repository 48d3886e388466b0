// The benchmarks' contact rows: a realistic mix of 15 columns (names, emails, phones and dates in many formats,
// addresses, tags, websites, numbers, checkboxes) with about 10% bad cells and ~1% duplicate emails, generated
// deterministically one row at a time (so a file of 10 million rows can be written without holding it).
import { format as formatDate } from 'date-fns';
import type { CellValue } from '../src/engine/types';
import { mulberry32 } from '../testcrm/faults';

const FIRST = ['James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara', 'Richard', 'Susan', 'José', 'Zoë', 'Aarav', 'Mei', 'Olivia', 'Noah', "O'Brien", 'Anne-Marie', 'Chloé', 'Liam'];
const LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernández', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Nguyen', 'Kowalski', "O'Neil", 'Van der Berg'];
const COMPANIES = ['Acme Corp', 'Globex', 'Initech', 'Umbrella LLC', 'Stark Industries', 'Wayne Enterprises', 'Hooli', 'Vandelay Industries', 'Soylent Co.', 'Tyrell Corp', 'Wonka Ltd', ''];
const CITIES: Array<[string, string, string]> = [
  ['New York', 'NY', '10001'], ['Los Angeles', 'CA', '90012'], ['Chicago', 'IL', '60601'], ['Houston', 'TX', '77002'], ['Phoenix', 'AZ', '85004'],
  ['Philadelphia', 'PA', '19103'], ['San Antonio', 'TX', '78205'], ['San Diego', 'CA', '92101'], ['Dallas', 'TX', '75201'], ['Austin', 'TX', '78701'],
  ['Seattle', 'WA', '98101'], ['Boston', 'MA', '02108'], ['Miami', 'FL', '33130'], ['Denver', 'CO', '80202'],
];
const STREETS = ['Main St', 'Oak Ave', 'Maple Dr', 'Cedar Ln', 'Pine St', 'Elm St', 'Washington Blvd', 'Lakeview Rd', 'Sunset Blvd'];
const TAGS = ['VIP', 'Newsletter', 'Lead', 'Customer', 'Partner', 'Webinar 2024', 'Trade show', 'Referral'];
const DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'example.com', 'acme.io', 'company.co.uk', 'mail.de'];
const AREA = ['201', '212', '213', '305', '312', '404', '415', '512', '617', '646', '702', '713', '718', '801', '917'];
const DATE_FORMATS = [
  'yyyy-MM-dd', 'yyyy-M-d', 'yyyy/MM/dd', 'yyyy/M/d', 'yyyy.MM.dd', 'MM.dd.yyyy', 'M.d.yyyy', 'MM/dd/yyyy', 'M/d/yyyy', 'MM-dd-yyyy', 'M-d-yyyy',
  'dd MMM yyyy', 'd MMM yyyy', 'MMM dd yyyy', 'MMM d yyyy', 'yyyy MMM dd', 'dd-MMM-yyyy', 'MMM-dd-yyyy', 'yyyy-MMM-dd', 'dd MMM, yyyy',
  'MMM dd, yyyy', 'do MMM yyyy', 'MMM do yyyy', 'do MMM, yyyy', 'MMM do, yyyy', 'dd MMMM yyyy', 'MMMM dd yyyy', 'yyyy MMMM dd', 'MMMM d, yyyy', 'dd MMMM, yyyy',
];
const BAD_DATES: Array<[string, string]> = [['Feb 30 2024', 'MMM d yyyy'], ['2023-02-29', 'yyyy-MM-dd'], ['13/45/2020', 'MM/dd/yyyy'], ['31/12/1990', 'MM/dd/yyyy'], ['sometime in May', 'MMMM'], ['2024-13-01', 'yyyy-MM-dd']];
const BAD_PHONES = ['555-01', 'call me', '+1 415 555', '123-456-7890', '12345', '+999 123 456 789', '(000) 000-0000'];
const BAD_EMAILS = ['john.doe@', 'jane@@example.com', 'bob@example', 'a b@example.com', 'x@y..com', '@example.com', 'mary.example.com'];

export const HEADERS = [
  'First Name', 'Last Name', 'Email', 'Phone', 'Date of Birth', 'Company Name', 'Street Address', 'City', 'State', 'Postal Code',
  'Tags', 'Website', 'Score', 'Deal Value', 'Subscribed',
];

export interface GeneratedRow {
  cells: CellValue[];
  /** The phone cell as text, and the date cell with the date-fns format it was written in (for a floor). */
  phone: string;
  dob: string;
  dateFormat: string;
}

/** Rows from one seed; row(i, earlier) makes row i, `earlier(k)` giving row k's email (k < i) for duplicates. */
export class ContactRowMaker {
  badCells = 0;
  private readonly rnd: () => number;
  private readonly base = new Date(1950, 0, 1).getTime();

  constructor(seed = 20240908) {
    this.rnd = mulberry32(seed);
  }

  row(i: number, earlier: (k: number) => CellValue): GeneratedRow {
    const rnd = this.rnd;
    const base = this.base;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    const bad = () => rnd() < 0.215; // 7 of the 15 columns can hold a bad value: ~10% of all cells
    const digits = (k: number) => {
      let s = '';
      for (let j = 0; j < k; j++) s += Math.floor(rnd() * 10);
      return s;
    };
    let dateFormat: string;
    const first = pick(FIRST);
    const last = pick(LAST);
    // Email: unique per row, with ~1% deliberate duplicates of an earlier row.
    let email: string;
    if (bad()) {
      email = pick(BAD_EMAILS);
      this.badCells++;
    } else if (i > 10 && rnd() < 0.01) email = String(earlier(Math.floor(rnd() * i))).toUpperCase();
    else email = `${first}.${last}${i}@${pick(DOMAINS)}`.toLowerCase().replace(/[^a-z0-9.@-]/g, '');
    // Phone: many national and E.164 shapes, some typed as numbers.
    let phone: CellValue;
    const a = pick(AREA);
    const ex = String(200 + Math.floor(rnd() * 800));
    const ln = digits(4);
    if (bad()) {
      phone = pick(BAD_PHONES);
      this.badCells++;
    } else {
      const k = Math.floor(rnd() * 12);
      phone = [
        `(${a}) ${ex}-${ln}`, `${a}-${ex}-${ln}`, `${a}.${ex}.${ln}`, `${a}${ex}${ln}`, `+1 ${a} ${ex} ${ln}`, `+1${a}${ex}${ln}`,
        `+44 20 7${digits(3)} ${digits(4)}`, `+49 30 ${digits(7)}`, `+33 1 4${digits(1)} ${digits(2)} ${digits(2)} ${digits(2)}`, `1-${a}-${ex}-${ln}`,
        `+1 (${a}) ${ex}-${ln} ext. ${digits(2)}`, `${a} ${ex} ${ln}`,
      ][k];
      if (k === 3 && rnd() < 0.5) phone = Number(phone); // Sheets typed it as a number
    }
    // Date of birth in one of the seed's formats.
    let dob: string;
    if (bad()) {
      const [t, f] = pick(BAD_DATES);
      dob = t;
      dateFormat = f;
      this.badCells++;
    } else {
      const f = pick(DATE_FORMATS);
      dob = formatDate(new Date(base + Math.floor(rnd() * 55 * 365) * 86400000), f);
      dateFormat = f;
    }
    const [city, state, zip] = pick(CITIES);
    const tags = bad() ? '' : [pick(TAGS), pick(TAGS), pick(TAGS)].slice(0, 1 + Math.floor(rnd() * 3)).join(pick([', ', '; ', '. ']));
    let website: string;
    if (bad()) {
      website = pick(['htp:/broken', 'not a url', 'www.', 'http://']);
      this.badCells++;
    } else website = pick(['https://', 'http://www.', 'www.', '']) + `${last.toLowerCase().replace(/[^a-z]/g, '')}${i % 97}.com`;
    let score: CellValue;
    if (bad()) {
      score = pick(['12abc', 'n/a', '1.2.3']);
      this.badCells++;
    } else score = pick([String(Math.floor(rnd() * 100)), (rnd() * 10).toFixed(2), '.5', '1,234']);
    let money: CellValue;
    if (bad()) {
      money = pick(['12..50', 'ten dollars', '1,23,4']);
      this.badCells++;
    } else money = pick([String(Math.floor(rnd() * 100000)), '1,234,234.33', (rnd() * 5000).toFixed(2), Math.round(rnd() * 1e6) / 100]);
    let sub: CellValue;
    if (bad()) {
      sub = pick(['maybe', 'sometimes', '2']);
      this.badCells++;
    } else sub = pick(['yes', 'no', 'TRUE', 'false', '1', '0', true, false]);
    const cells: CellValue[] = [
      first, last, email, phone, dob,
      pick(COMPANIES), `${1 + Math.floor(rnd() * 9999)} ${pick(STREETS)}`, city, state, zip,
      tags, website, score, money, sub,
    ];
    return { cells, phone: String(phone), dob, dateFormat };
    }
}
