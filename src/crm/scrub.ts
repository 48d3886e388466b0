// Secrets never leave in text: any message that contains a token gets it replaced by '••••'.

export const MASK = '••••';

export function scrub(text: string, secrets: ReadonlyArray<string | undefined | null>): string {
  let out = String(text ?? '');
  for (const s of secrets) {
    if (!s || s.length < 4) continue;
    for (const form of new Set([s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)])) {
      if (form) out = out.split(form).join(MASK);
    }
  }
  return out;
}

/** The last 4 characters of a token: all the sidebar ever sees of it. */
export function tokenLast4(token: string | null | undefined): string {
  if (!token) return '';
  return token.length <= 4 ? '' : token.slice(-4);
}
