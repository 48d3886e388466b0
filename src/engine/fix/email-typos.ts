// The email domain typo table: small and explicit, so that every correction it makes can be read here.
//
// Why a table and not a library: the libraries on npm (mailcheck 1.1.1, unmaintained since 2015; its MIT fork
// @zootools/email-spell-checker; email-misspelled) suggest by edit distance to a list of popular domains, so they
// also "correct" real domains that happen to be close to one (mail.com, gmx.com, hotmail.co.uk, a company's own
// domain). A suggestion the user must review one by one is only worth showing when it is almost surely right:
// these are misspellings no mail provider uses.
//
// A correction applies to the domain after the "@" (lower case):
// 1. DOMAIN_TYPOS: the misspelt domain -> the provider's domain;
// 2. otherwise an ending in ENDING_TYPOS (".con", ".cmo", ".comm", ...) on a KNOWN_DOMAINS provider (or on one of
//    its misspellings): "gmail.con" -> "gmail.com", "gmial.con" -> "gmail.com". Never on other domains: "acme.co"
//    is a real company's domain.

/** Mail providers whose domains are known (the targets of every correction). */
export const KNOWN_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'ymail.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'comcast.net',
  'protonmail.com',
];

/** Misspelt provider domains -> the provider's domain. */
export const DOMAIN_TYPOS: Readonly<Record<string, string>> = {
  'gmial.com': 'gmail.com',
  'gmai.com': 'gmail.com',
  'gnail.com': 'gmail.com',
  'gamil.com': 'gmail.com',
  'gmal.com': 'gmail.com',
  'gmali.com': 'gmail.com',
  'gmaill.com': 'gmail.com',
  'gmil.com': 'gmail.com',
  'gmsil.com': 'gmail.com',
  'hotmial.com': 'hotmail.com',
  'hotmal.com': 'hotmail.com',
  'hotmai.com': 'hotmail.com',
  'hotmil.com': 'hotmail.com',
  'hotamil.com': 'hotmail.com',
  'homail.com': 'hotmail.com',
  'yaho.com': 'yahoo.com',
  'yahooo.com': 'yahoo.com',
  'yhoo.com': 'yahoo.com',
  'yaoo.com': 'yahoo.com',
  'outlok.com': 'outlook.com',
  'outloo.com': 'outlook.com',
  'outlookk.com': 'outlook.com',
  'otlook.com': 'outlook.com',
  'iclod.com': 'icloud.com',
  'icoud.com': 'icloud.com',
  'icluod.com': 'icloud.com',
};

/** Misspelt endings of a known provider's domain -> the right ending. */
export const ENDING_TYPOS: Readonly<Record<string, string>> = {
  '.con': '.com',
  '.cmo': '.com',
  '.comm': '.com',
  '.cpm': '.com',
  '.vom': '.com',
  '.xom': '.com',
  '.ocm': '.com',
  '.co': '.com',
  '.cm': '.com',
  '.om': '.com',
  '.nt': '.net',
  '.ner': '.net',
  '.nett': '.net',
};

const KNOWN = new Set(KNOWN_DOMAINS);
const ENDINGS = Object.keys(ENDING_TYPOS).sort((a, b) => b.length - a.length);

/** The provider's domain a misspelt domain stands for, or null when the domain is not a known misspelling. */
export function correctDomain(domain: string): string | null {
  const d = domain.toLowerCase();
  if (KNOWN.has(d)) return null;
  const direct = DOMAIN_TYPOS[d];
  if (direct !== undefined) return direct;
  for (const ending of ENDINGS) {
    if (!d.endsWith(ending)) continue;
    const right = d.slice(0, -ending.length) + ENDING_TYPOS[ending];
    if (KNOWN.has(right)) return right;
    const typo = DOMAIN_TYPOS[right];
    if (typo !== undefined) return typo;
  }
  return null;
}
