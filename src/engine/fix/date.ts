// Date fixes: a date cell written as yyyy-mm-dd, the value the engine's reader (formats/date.ts) reads.
//
// - One reading under settings.dateOrder ("Sep 8 2024", "2024/9/8", "13/08/2024" under DMY, "12/25/2024"):
//   `safe` (date-format).
// - Two readings (09/08/2024: September 8 month first, 9 August day first): `review` (date-ambiguous), `to` read
//   with settings.dateOrder and the other reading in `alternative` and the message, so the user sees both.
// - A bare number the reader takes for a spreadsheet date (45543 -> 2024-09-08): `review` (date-serial).
// - A date with a time of day, which the import drops ("09/08/2024 10:30"): `review` (date-time).
// - Never: a cell the reader refuses (a two-digit year, Feb 30, ...), a real date cell (its value is already a
//   date: only its display would change), text already written yyyy-mm-dd; and an ambiguous date when the date
//   order is only assumed (`assumed`: the user never chose one, so the reading would be a guess). The default
//   dateOrder (MDY, as in the seed) counts as chosen unless the caller says it is assumed.
import { readDate } from '../formats/date';
import { cellText, numberText } from '../formats/text';
import type { DateOrder } from '../types';
import { cellFix, type CellFixer } from './types';

const RE_TIME = /\d:\d\d/;
/** The only shape dateOrder decides: day and month in digits before the year (09/08/2024, 9-8-2024 10:30). */
const RE_ORDER_MATTERS = /\d{1,2}([-/.])\d{1,2}\1\d{4}/;
const ORDER_NAME: Record<DateOrder, string> = { MDY: 'month first', DMY: 'day first' };

export function dateFixer(dateOrder: DateOrder, assumed = false): CellFixer {
  const opts = { dateOrder };
  const other: DateOrder = dateOrder === 'MDY' ? 'DMY' : 'MDY';
  const otherOpts = { dateOrder: other };
  return (value, given) => {
    if (typeof value !== 'string' && typeof value !== 'number') return null;
    const r = given ?? readDate(value, opts);
    if (!r.ok || typeof r.value !== 'string') return null;
    const to = r.value;
    if (typeof value === 'number') {
      return cellFix('date-serial', 'date', numberText(value), to, `The number ${numberText(value)} reads as the date ${to} (days since 1899-12-30); check it is a date before writing it as ${to}.`);
    }
    if (value === to) return null;
    const text = cellText(value);
    const alt = RE_ORDER_MATTERS.test(text) ? readDate(value, otherOpts) : null;
    if (alt !== null && alt.ok && alt.value !== to) {
      if (assumed) return null;
      return cellFix(
        'date-ambiguous',
        'date',
        value,
        to,
        `"${text}" reads as ${to} (${ORDER_NAME[dateOrder]}, as in Settings) or as ${alt.value} (${ORDER_NAME[other]}); check which one is meant before writing ${to}.`,
        { alternative: alt.value, group: ORDER_NAME[dateOrder] },
      );
    }
    if (RE_TIME.test(text)) {
      return cellFix('date-time', 'date', value, to, `Write the date as ${to}; its time of day is dropped (the import reads the date only).`);
    }
    return cellFix('date-format', 'date', value, to, `Write the date as ${to} (yyyy-mm-dd).`);
  };
}
