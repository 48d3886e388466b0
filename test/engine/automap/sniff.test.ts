// Value sniffing: property tests that no date, time, money amount or national id is ever taken for a phone
// (neither as one value nor as a column), and examples of what each kind looks like.
import fc from 'fast-check';
import { detectHeaderRow, suggestMapping } from '../../../src/engine/automap';
import { columnVote, isDateText, isPlaceText, isPostalCodeText, isStreetText, isValidPhoneText, sniffColumn, sniffValue } from '../../../src/engine/automap/sniff';

const COUNTRIES = ['US', 'GB', 'CA', 'AU', 'DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'PT', 'BR', 'MX', 'AR', 'CO', 'CL', 'IN', 'GH', 'CH', 'AT', 'PL', 'IE'];
const country = fc.constantFrom(...COUNTRIES);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

// ------------------------------------------------------------------------------------------------ generators

const MONTHS: Record<string, string[]> = {
  en: ['Jan', 'February', 'Mar', 'April', 'May', 'Jun', 'July', 'Aug', 'Sept', 'October', 'Nov', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

const ymd = fc.record({ y: fc.integer({ min: 1900, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
const hms = fc.record({ h: fc.integer({ min: 0, max: 23 }), mi: fc.integer({ min: 0, max: 59 }), s: fc.integer({ min: 0, max: 59 }) });

/** A date written any of the ways exports and people write dates, with or without a time. */
const dateText = fc
  .tuple(ymd, hms, fc.integer({ min: 0, max: 19 }), fc.constantFrom(...Object.keys(MONTHS)), fc.constantFrom('', ' 10:30', ' 23:59:59', 'T08:15:00Z', ' 7:05 PM'), fc.constantFrom('-', '/', '.'))
  .map(([{ y, m, d }, , shape, lang, time, sep]) => {
    const mon = MONTHS[lang][m - 1];
    const yy = pad(y % 100);
    switch (shape) {
      case 0: return `${y}-${pad(m)}-${pad(d)}${time}`;
      case 1: return `${y}/${m}/${d}${time}`;
      case 2: return `${pad(d)}${sep}${pad(m)}${sep}${y}${time.startsWith('T') ? '' : time}`;
      case 3: return `${m}/${d}/${y}${time.startsWith('T') ? '' : time}`;
      case 4: return `${d}${sep}${m}${sep}${yy}`;
      case 5: return `${y}${pad(m)}${pad(d)}`;
      case 6: return `${d} ${mon} ${y}`;
      case 7: return `${mon} ${d}, ${y}${time.startsWith('T') ? '' : time}`;
      case 8: return `${pad(d)}-${MONTHS.en[m - 1].slice(0, 3)}-${yy}`;
      case 9: return `${d}. ${mon} ${y}`;
      case 10: return `${d} de ${mon} de ${y}`;
      case 11: return `${mon} ${y}`;
      case 12: return `${y}-${pad(m)}-${pad(d)}T${pad(d % 24)}:${pad(m)}:00.000Z`;
      case 13: return `${pad(m)}/${pad(d)}`;
      case 14: return `Mon ${MONTHS.en[m - 1].slice(0, 3)} ${pad(d)} ${y} 13:58:23 GMT-0500 (Central Daylight Time)`;
      case 15: return `${y}.${pad(m)}.${pad(d)}`;
      case 16: return `${d}/${m}/${y}`;
      case 17: return `${pad(d)}.${pad(m)}.${y}`;
      case 18: return `${d}-${mon}-${y}`;
      default: return `${y}-${pad(m)}-${pad(d)} ${pad(d % 24)}:${pad(m)}`;
    }
  });

const timeText = fc.tuple(hms, fc.integer({ min: 0, max: 5 })).map(([{ h, mi, s }, shape]) => {
  switch (shape) {
    case 0: return `${pad(h)}:${pad(mi)}`;
    case 1: return `${pad(h)}:${pad(mi)}:${pad(s)}`;
    case 2: return `${(h % 12) + 1}:${pad(mi)} ${h < 12 ? 'AM' : 'PM'}`;
    case 3: return `${h}h${pad(mi)}`;
    case 4: return `${(h % 12) + 1} ${h < 12 ? 'am' : 'pm'}`;
    default: return `${h}:${pad(mi)}:${pad(s)}.${pad(s, 3)}`;
  }
});

/** Grouped digits: 1234567 -> "1.234.567" with the separator given. */
const group = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const amountText = fc
  .tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom('$', '€', '£', 'R$', 'USD', 'EUR', '¥', '₹', 'CHF', 'kr'))
  .map(([units, cents, shape, cur]) => {
    const c = pad(cents);
    switch (shape) {
      case 0: return `${units}.${c}`;
      case 1: return `${group(units, ',')}.${c}`;
      case 2: return `${group(units, '.')},${c}`;
      case 3: return `${cur}${group(units, ',')}.${c}`;
      case 4: return `${group(units, '.')},${c} ${cur}`;
      case 5: return `${cur} ${units}`;
      case 6: return `-${units},${c}`;
      case 7: return `${units} ${cur}`;
      case 8: return units >= 1000 ? group(units, units % 2 ? '.' : ',') : `${units}.${c}`;
      default: return `${group(units, ' ')},${c} €`;
    }
  });

// National ids, with their check digits computed here (the standard algorithms).
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });
const cpf = digits(9).map((d) => {
  const dv = (ds: number[]) => {
    const sum = ds.reduce((s, x, i) => s + x * (ds.length + 1 - i), 0);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  const a = [...d, dv(d)];
  const all = [...a, dv(a)].join('');
  return all;
}).filter((s) => !/^(\d)\1{10}$/.test(s));
const cpfText = fc.tuple(cpf, fc.boolean()).map(([s, f]) => (f ? `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` : s));
const bsn = digits(8).chain((d) => {
  const sum = d.reduce((s, x, i) => s + x * (9 - i), 0);
  const last = sum % 11;
  return last <= 9 && sum !== last ? fc.constant([...d, last].join('')) : fc.constant('123456782');
});
const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE';
const dni = fc.integer({ min: 0, max: 99_999_999 }).map((n) => `${pad(n, 8)}${DNI[n % 23]}`);
const nie = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 9_999_999 })).map(([p, n]) => `${'XYZ'[p]}${pad(n, 7)}${DNI[Number(`${p}${pad(n, 7)}`) % 23]}`);
const ssn = fc.tuple(fc.integer({ min: 1, max: 899 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 })).map(([a, b, c]) => `${pad(a, 3)}-${pad(b)}-${pad(c, 4)}`);
const letters = (n: number) => fc.array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: n, maxLength: n }).map((a) => a.join(''));
const codiceFiscale = fc.tuple(letters(6), digits(2), fc.constantFrom(...'ABCDEHLMPRST'), digits(2), letters(1), digits(3), letters(1)).map(([a, b, c, d, e, f, g]) => `${a}${b.join('')}${c}${d.join('')}${e}${f.join('')}${g}`);
const cuit = fc.tuple(fc.constantFrom('20', '23', '27', '30'), digits(8), digits(1)).map(([a, b, c]) => `${a}-${b.join('')}-${c.join('')}`);
const arDni = fc.integer({ min: 1_000_000, max: 99_999_999 }).map((n) => group(n, '.'));
const nir = fc.tuple(fc.constantFrom('1', '2'), digits(12)).map(([s, d]) => {
  const body = s + d.join('');
  let mod = 0;
  for (const ch of body) mod = (mod * 10 + Number(ch)) % 97;
  return `${body}${pad(97 - mod)}`;
});
const steuerId = fc.tuple(fc.integer({ min: 1, max: 9 }), digits(9)).map(([f, d]) => {
  const ten = [f, ...d];
  let product = 10;
  for (const x of ten) {
    let sum = (x + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product === 10 ? 0 : 11 - product;
  return ten.join('') + check;
});
const nino = fc.tuple(fc.constantFrom('AB', 'CE', 'JH', 'PR', 'TW'), digits(6), fc.constantFrom('A', 'B', 'C', 'D')).map(([p, d, s]) => `${p}${d.join('')}${s}`);
// Brazil's PIS ("120.45678.90-1"), Chile's RUT ("12.345.678-5", "9.876.543-K"), Colombia's NIT ("900.123.456-7"), as written
const pis = fc.tuple(digits(3), digits(5), digits(2), digits(1)).map(([a, b, c, d]) => `${a.join('')}.${b.join('')}.${c.join('')}-${d.join('')}`);
const rut = fc.tuple(fc.integer({ min: 1_000_000, max: 29_999_999 }), fc.constantFrom(...'0123456789K')).map(([n, k]) => `${group(n, '.')}-${k}`);
const nit = fc.tuple(digits(3), digits(3), digits(3), digits(1)).map(([a, b, c, d]) => `${a.join('')}.${b.join('')}.${c.join('')}-${d.join('')}`);
const idText = fc.oneof(cpfText, bsn, dni, nie, ssn, codiceFiscale, cuit, arDni, nir, steuerId, nino, pis, rut, nit);

const notPhone = fc.oneof(dateText, timeText, amountText, idText);
/** Headers that say nothing about phones: blank, made-up, dates, amounts, ids, and the ambiguous "Contact". */
const neutralHeader = fc.constantFrom('', 'Column C', 'Subscription date', 'Fecha de alta', 'Registration', 'Data', 'Valor', 'Amount', 'Code', 'Ref', 'NIF', 'Tax ID', 'Info', 'Contact', 'Details', 'Notes', 'Kontakt', 'Recapito', 'Numero', 'Nummer', 'Value');

// ------------------------------------------------------------------------------------------------ properties

describe('no date, time, amount or id is ever a phone', () => {
  const runs = { numRuns: Number(process.env.PROP_RUNS ?? 400) };

  it('as a single value, whatever the default country', () => {
    fc.assert(fc.property(notPhone, country, (v, c) => sniffValue(v, { defaultCountry: c }) !== 'phone'), runs);
  });

  it('as a column of values under a header that does not name a phone', () => {
    fc.assert(
      fc.property(neutralHeader, fc.array(notPhone, { minLength: 1, maxLength: 12 }), country, (header, values, c) => {
        const [s] = suggestMapping([header], { sampleRows: values.map((v) => [v]), defaultCountry: c });
        return s.field !== 'phone' && s.field !== 'additionalPhones';
      }),
      runs,
    );
  });

  it('next to a real phone column, a date column does not become an additional phone', () => {
    fc.assert(
      fc.property(fc.array(dateText, { minLength: 2, maxLength: 8 }), neutralHeader, (dates, header) => {
        const rows = dates.map((d, i) => [`(212) 555-01${pad(i)}`, d]);
        const s = suggestMapping(['Phone', header], { sampleRows: rows, defaultCountry: 'US' });
        return s[0].field === 'phone' && s[1].field !== 'additionalPhones' && s[1].field !== 'phone';
      }),
      runs,
    );
  });

  it('each generator does produce what it says (dates read as dates, ids as ids, amounts as money)', () => {
    fc.assert(fc.property(dateText, (v) => sniffValue(v) === 'date'), runs);
    fc.assert(fc.property(timeText, (v) => sniffValue(v) === 'time'), runs);
    fc.assert(fc.property(amountText, (v) => ['money', 'number'].includes(sniffValue(v))), runs);
    fc.assert(fc.property(idText, (v) => ['nationalId', 'money'].includes(sniffValue(v))), runs);
  });
});

describe('the sniffing added for statuses, bare phone types and street lines', () => {
  const runs = { numRuns: Number(process.env.PROP_RUNS ?? 300) };
  const caseOf = (w: string, k: number) => (k === 0 ? w : k === 1 ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1));
  const statusText = fc.tuple(fc.constantFrom('active', 'inactive', 'Activo', 'Inactivo', 'ativo', 'inativo', 'actif', 'inactif', 'aktiv', 'inaktiv', 'attivo', 'actief', 'pending', 'pendiente', 'approved', 'approuvé', 'declined', 'cancelled', 'annulé', 'subscribed', 'unsubscribed', 'expired', 'paid', 'invited'), fc.integer({ min: 0, max: 2 })).map(([w, k]) => caseOf(w, k));
  const placeText = fc.constantFrom('CA', 'NY', 'Texas', 'Ontario', 'Bayern', 'Île-de-France', 'Lombardia', 'Noord-Holland', 'SP', 'RJ', 'Jalisco', 'Andalucía', 'Minas Gerais', 'Québec', 'Nuevo León');
  const streetWord = fc.constantFrom('Street', 'Road', 'Ave', 'Calle', 'Rua', 'rue', 'Via', 'Straße', 'Strasse', 'straat', 'Laan', 'Weg', 'Boulevard', 'Avenida', 'Piazza');
  const word = fc.constantFrom('Flower', 'Baker', 'Main', 'Mayor', 'Roma', 'Rhône', 'Linden', 'Kerk', 'Oak', 'Paulista', 'Victor Hugo');
  const streetLine = fc.tuple(word, streetWord, fc.integer({ min: 1, max: 999 }), fc.constantFrom('London', 'Madrid', 'Porto', 'Lyon', 'Berlin', 'Torino', 'Utrecht'), fc.boolean())
    .map(([w, sw, n, city, numFirst]) => (numFirst ? `${n} ${w} ${sw}, ${city}` : `${w} ${sw} ${n}, ${city}`));
  const personName = fc.tuple(fc.constantFrom('Ana', 'Ben', 'Claire', 'Dieter', 'Elisa', 'Femke', 'Giulia'), fc.constantFrom('Lee', 'Meyer', 'Dupont', 'Rossi', 'de Vries', 'Santos')).map(([a, b]) => `${a} ${b}`);

  it('reads statuses as statuses, never a date, time, amount or id as a status, never a status as a phone', () => {
    fc.assert(fc.property(statusText, country, (v, c) => sniffValue(v, { defaultCountry: c }) === 'status'), runs);
    fc.assert(fc.property(notPhone, country, (v, c) => sniffValue(v, { defaultCountry: c }) !== 'status'), runs);
  });

  it('drops a "State" or "Estado" of statuses, and keeps one of places', () => {
    fc.assert(fc.property(fc.constantFrom('State', 'Estado', 'Stato'), fc.array(statusText, { minLength: 2, maxLength: 10 }), (h, vs) => {
      return suggestMapping(['Email', h], { sampleRows: vs.map((v, i) => [`p${i}@example.com`, v]) })[1].field === null;
    }), runs);
    fc.assert(fc.property(fc.constantFrom('State', 'Estado', 'Province'), fc.array(placeText, { minLength: 2, maxLength: 10 }), (h, vs) => {
      return suggestMapping(['Email', h], { sampleRows: vs.map((v, i) => [`p${i}@example.com`, v]) })[1].field === 'state';
    }), runs);
  });

  it('never takes a date, time, amount or id column for a phone under a bare phone type, even next to a phone column', () => {
    fc.assert(fc.property(fc.constantFrom('Büro', 'Privat', 'Bureau', 'Home', 'Work', 'Casa', 'Ufficio', 'Thuis'), fc.array(notPhone, { minLength: 1, maxLength: 8 }), country, (h, vs, c) => {
      const s = suggestMapping(['Telefon', h], { sampleRows: vs.map((v) => ['+49 30 1234567', v]), defaultCountry: c });
      return s[1].field !== 'phone' && s[1].field !== 'additionalPhones';
    }), runs);
  });

  it('reads street lines as streets, and a first row of them as data, never a date, amount or id', () => {
    fc.assert(fc.property(streetLine, (v) => isStreetText(v)), runs);
    fc.assert(fc.property(notPhone, (v) => !isStreetText(v)), runs);
    fc.assert(fc.property(fc.array(fc.tuple(personName, streetLine), { minLength: 2, maxLength: 6 }), (rows) => detectHeaderRow(rows.map((r) => [...r])).row === 0), runs);
    fc.assert(fc.property(fc.array(fc.tuple(personName, streetLine), { minLength: 1, maxLength: 6 }), (rows) => detectHeaderRow([['Name', 'Address'], ...rows.map((r) => [...r])]).row === 1), runs);
  });
});

describe('postal codes and places (the address block of a file without a header row)', () => {
  const runs = { numRuns: Number(process.env.PROP_RUNS ?? 300) };
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const letters = (n: number) => fc.array(fc.constantFrom(...'ABCDEFGHJKLMNPRSTUVWXYZ'), { minLength: n, maxLength: n }).map((d) => d.join(''));

  it("reads each country's own postal codes", () => {
    fc.assert(fc.property(digits(5), fc.constantFrom('US', 'DE', 'FR', 'ES', 'IT', 'MX'), (d, c) => isPostalCodeText(d, c)), runs);
    fc.assert(fc.property(digits(4), letters(2), fc.boolean(), (d, l, sp) => isPostalCodeText(`${d}${sp ? ' ' : ''}${l}`, 'NL')), runs);
    fc.assert(fc.property(digits(4), fc.constantFrom('BE', 'CH', 'AT', 'AU'), (d, c) => isPostalCodeText(d, c)), runs);
    fc.assert(fc.property(digits(4), digits(3), (a, b) => isPostalCodeText(`${a}-${b}`, 'PT')), runs);
    expect(['62704', '97205-1234', 'SW1A 2AA', 'NW1 6XE', 'K1A 0B1'].map((v, i) => isPostalCodeText(v, ['US', 'US', 'GB', 'GB', 'CA'][i]))).toEqual([true, true, true, true, true]);
    expect(['6270', '1012', '12.50', '1', 'SW1A 2AA'].map((v) => isPostalCodeText(v, 'DE'))).toEqual([false, false, false, false, false]);
  });

  it('never reads a date, a time, an amount or a phone number as a postal code', () => {
    fc.assert(fc.property(notPhone, country, (v, c) => !isPostalCodeText(v, c) || /^\d{4,7}$/.test(v.trim())), runs);
    fc.assert(fc.property(fc.constantFrom('(212) 736-5000', '+49 30 1234567', '0151 23456789', '06 12 34 56 78'), country, (v, c) => !isPostalCodeText(v, c)), runs);
  });

  it('reads the names of places, never a value with digits', () => {
    expect(['Mannheim', 'München', 'B-W', 'Saint-Étienne', 'Rio de Janeiro', "L'Aquila", 'IL'].every(isPlaceText)).toBe(true);
    fc.assert(fc.property(notPhone, (v) => !isPlaceText(v)), runs);
    expect(['Unit 4', '12 Main St', 'ann@example.com', 'https://example.com', 'A'].some(isPlaceText)).toBe(false);
  });
});

// ------------------------------------------------------------------------------------------------ examples

describe('value kinds', () => {
  it.each([
    ['2021-03-16', 'date'], ['20210316', 'date'], ['02/06/2026', 'date'], ['11 Jun 2021', 'date'], ['23-Apr-23', 'date'], ['mars 2016', 'date'],
    ['Sep 26, 2026 7:05 PM', 'date'], ['0000-00-00 00:00:00', 'date'], ['05/18', 'date'], ['14:39:54', 'time'], ['7:05 PM', 'time'],
    ['118.00 €', 'money'], ['$2742.50', 'money'], ['4.700.000', 'money'], ['0.00', 'money'], ['123-45-6789', 'nationalId'],
    ['RMNPRC91H16Z133Z', 'nationalId'], ['12345678Z', 'nationalId'], ['ann@example.com', 'email'], ['https://example.com', 'url'],
    ['example.org', 'url'], ['192.168.1.1', 'ip'], ['(212) 736-5000', 'phone'], ['+44 20 7946 0958', 'phone'], ['555-1234', 'text'],
    ['US', 'country'], ['Deutschland', 'country'], ['yes', 'boolean'], ['Acme Inc', 'text'], ['', 'empty'],
  ])('%s is %s', (v, kind) => {
    expect(sniffValue(v, { defaultCountry: 'US' })).toBe(kind);
  });

  it('takes a phone only when it is valid for the default country or written with +', () => {
    expect(isValidPhoneText('0496 31 21 03', 'BE')).toBe(true);
    expect(isValidPhoneText('0496 31 21 03', 'US')).toBe(false);
    expect(isValidPhoneText('+32 496 31 21 03', 'US')).toBe(true);
    expect(isValidPhoneText('123-456-7890', 'US')).toBe(false);
    // Messenger exports: the default country's numbers in international form without "+".
    expect(isValidPhoneText('5511987654321', 'BR')).toBe(true);
    expect(isValidPhoneText('4915112345678', 'DE')).toBe(true);
    expect(isValidPhoneText('5511987654321', 'US')).toBe(false);
    expect(isValidPhoneText('4915112345678', 'BR')).toBe(false);
    expect(isValidPhoneText('5500000000000', 'BR')).toBe(false);
    // A date and a number that libphonenumber alone would call valid phones.
    expect(sniffValue('20210316', { defaultCountry: 'DE' })).toBe('date');
    expect(sniffValue('02/06/2026', { defaultCountry: 'IT' })).toBe('date');
    expect(isDateText('Mon Sep 08 2025 13:58:23 GMT-0500 (Central Daylight Time)')).toBe(true);
  });

  it('votes for a field only when most values agree', () => {
    expect(columnVote(sniffColumn(['a@x.com', 'b@y.org', 'n/a']))).toEqual({ field: 'email', share: 2 / 3 });
    expect(columnVote(sniffColumn(['a@x.com', 'x', 'y']))).toBeNull();
    expect(columnVote(sniffColumn(['(212) 736-5000', '(415) 555-0123'], { defaultCountry: 'US' }))?.field).toBe('phone');
    expect(columnVote(sniffColumn(['a@x.com']))).toBeNull();
  });
});
