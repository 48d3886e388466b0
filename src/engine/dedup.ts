// Match keys: the normalized value a contact is matched on, inside the sheet (duplicates) and against a
// destination (create vs update). Emails compare in lower case, phones by their E.164 number without the
// extension, Contact ID and External ID exactly (trimmed by the reader).
import { phoneKey } from './formats';
import type { ContactValue, MatchKey } from './types';

/** The normalized match value of a contact's field, or null when the field holds nothing to match on. */
export function matchValue(key: MatchKey, v: ContactValue | undefined): string | null {
  if (typeof v !== 'string' || !v) return null;
  if (key === 'email') return v.toLowerCase();
  // A normalized phone is "+<digits>", maybe followed by " ext. <digits>": without a space it is its own key.
  if (key === 'phone') return v.indexOf(' ') === -1 ? v : phoneKey(v);
  return v;
}
