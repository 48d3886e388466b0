// The language a file's headers are written in, and the countries that write it: a Spanish file read with the default
// country "US" may come from a country whose regions ./regions.ts does not hold (./resolve.ts reads its "Departamento"
// by its header, not by its values).
import type { CellValue } from '../types';
import { FIELD_NAMES, NOT_FIELDS, type Lang } from './lexicon';
import { compactHeader } from './normalize';

/** The countries each language of the lexicon is written in. */
export const COUNTRIES_OF: Record<Lang, readonly string[]> = {
  en: ['US', 'GB', 'CA', 'AU', 'IE', 'NZ', 'IN', 'ZA', 'NG'],
  es: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'EC', 'UY', 'VE'],
  pt: ['BR', 'PT'],
  fr: ['FR', 'BE', 'CH', 'CA', 'LU'],
  de: ['DE', 'AT', 'CH'],
  it: ['IT', 'CH'],
  nl: ['NL', 'BE'],
};

let LANGS: Map<string, Set<Lang>> | null = null;
/** The languages each lexicon name is written in, compacted ("telefoon": nl; "telefon": de). */
function languagesOf(): Map<string, Set<Lang>> {
  if (LANGS) return LANGS;
  const m = new Map<string, Set<Lang>>();
  const put = (lang: Lang, name: string) => {
    const c = compactHeader(name);
    if (c) m.set(c, (m.get(c) ?? new Set<Lang>()).add(lang));
  };
  for (const tier of FIELD_NAMES) for (const [lang, list] of Object.entries(tier.names)) for (const n of list ?? []) put(lang as Lang, n);
  for (const [lang, list] of Object.entries(NOT_FIELDS)) for (const n of list ?? []) put(lang as Lang, n);
  LANGS = m;
  return m;
}

/** Whether a header (or a header's word) is one of the lexicon's English names ("Team", "Category"). */
export const isEnglishName = (header: string): boolean => languagesOf().get(compactHeader(header))?.has('en') === true;

/** The language most headers are written in, when one leads: a name shared by languages counts a share for each
 *  ("Nome": Portuguese and Italian, "Telefono": Spanish and Italian, together Italian); one of all of them, none. */
export function headerLanguage(headers: readonly CellValue[]): Lang | undefined {
  const count = new Map<Lang, number>();
  for (const h of headers) {
    const langs = languagesOf().get(compactHeader(String(h ?? '')));
    if (langs && langs.size < 4) for (const l of langs) count.set(l, (count.get(l) ?? 0) + 1 / langs.size);
  }
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0][1])) return undefined;
  return ranked[0][0];
}
