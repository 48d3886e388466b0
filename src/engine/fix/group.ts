// Suggestions grouped for the sidebar: by kind and message ("Format 312 phone numbers as E.164", "Correct 4 email
// domains: gmial.com → gmail.com"), with counts and up to 5 previews of before → after, as data the sidebar
// renders. And the selections its buttons make: Apply (a group), Apply all safe fixes (never a review group), and
// Apply from a cell's note.
import { FIX_KINDS, type FixConfidence, type FixKind, type FixRule, type Suggestion } from './types';

export const MAX_PREVIEWS = 5;

export interface FixPreview {
  line: number;
  /** 0-based column index in the sheet (where the sidebar selects the cell). */
  col: number;
  column: string;
  from: string;
  to: string;
  /** date-ambiguous: the other reading. */
  alternative?: string;
}

export interface FixGroup {
  /** Stable id of the group (kind, rule and detail): what the sidebar sends back to apply it. */
  key: string;
  kind: FixKind;
  rule: FixRule;
  confidence: FixConfidence;
  /** "Format 312 phone numbers as E.164". */
  title: string;
  count: number;
  /** The first MAX_PREVIEWS suggestions of the group, in sheet order. */
  previews: FixPreview[];
}

/** The group a suggestion belongs to. */
export function groupKey(s: Pick<Suggestion, 'kind' | 'rule' | 'group'>): string {
  return `${s.kind}|${s.rule}|${s.group ?? ''}`;
}

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

/** The group's title, with its count. */
export function groupTitle(rule: FixRule, n: number, detail: string | undefined): string {
  switch (rule) {
    case 'phone-format':
      return `Format ${plural(n, 'phone number')} ${detail ?? 'as E.164'}`;
    case 'phone-not-valid':
      return `Format ${plural(n, 'phone number')} that ${n === 1 ? 'is' : 'are'} not valid for ${n === 1 ? 'its' : 'their'} country (check the digits)`;
    case 'date-format':
      return `Write ${plural(n, 'date')} as yyyy-mm-dd`;
    case 'date-ambiguous':
      return `Write ${plural(n, 'ambiguous date')} as yyyy-mm-dd, read ${detail ?? 'as in Settings'} (check them: they can be read both ways)`;
    case 'date-serial':
      return `Write ${plural(n, 'number')} as ${n === 1 ? 'a date' : 'dates'} (yyyy-mm-dd)`;
    case 'date-time':
      return `Write ${plural(n, 'date')} as yyyy-mm-dd, without the time of day`;
    case 'email-clean':
      return `Clean up ${plural(n, 'email address', 'email addresses')} (spaces, mailto:, <…>, capitals)`;
    case 'email-typo':
      return `Correct ${plural(n, 'email domain')}: ${detail ?? ''}`;
    case 'text-spaces':
      return `Remove extra or invisible spaces from ${plural(n, 'cell')}`;
    case 'text-list':
      return `Separate the values of ${plural(n, 'list')} with ", "`;
    case 'text-list-dots':
      return `Separate the values of ${plural(n, 'list')} written with dots with ", " (check that no dot belongs to a value)`;
    case 'option-spelling':
      return `Spell ${plural(n, `${detail ?? 'option'} value`)} as the allowed option`;
    case 'owner-spelling':
      return `Spell ${plural(n, `${detail ?? 'user'} name`)} as the user's name`;
    case 'name-split':
      return `Split ${plural(n, 'name')} into First name and Last name`;
  }
}

/**
 * The groups, in the order the sidebar lists them: by kind (phone, date, email, text, option, name), safe before
 * review, then the bigger group first.
 */
export function groupFixes(suggestions: readonly Suggestion[]): FixGroup[] {
  const byKey = new Map<string, { first: Suggestion; count: number; previews: FixPreview[] }>();
  for (const s of suggestions) {
    const key = groupKey(s);
    let g = byKey.get(key);
    if (g === undefined) {
      g = { first: s, count: 0, previews: [] };
      byKey.set(key, g);
    }
    g.count++;
    if (g.previews.length < MAX_PREVIEWS) {
      g.previews.push({ line: s.line, col: s.col, column: s.column, from: s.from, to: s.to, ...(s.alternative !== undefined ? { alternative: s.alternative } : {}) });
    }
  }
  const groups: FixGroup[] = [];
  for (const [key, g] of byKey) {
    const { kind, rule, confidence, group } = g.first;
    groups.push({ key, kind, rule, confidence, title: groupTitle(rule, g.count, group), count: g.count, previews: g.previews });
  }
  return groups.sort(
    (a, b) =>
      FIX_KINDS.indexOf(a.kind) - FIX_KINDS.indexOf(b.kind) ||
      (a.confidence === b.confidence ? 0 : a.confidence === 'safe' ? -1 : 1) ||
      b.count - a.count ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** What the user chose to apply: groups (Apply), all safe fixes, or single cells (Apply from a cell's note). */
export interface FixSelection {
  groups?: readonly string[];
  /** Every `safe` suggestion; `review` ones are never applied this way. */
  allSafe?: boolean;
  /** Cells by line and 0-based column (every suggestion of the cell, `kind` narrowing it). */
  cells?: ReadonlyArray<{ line: number; col: number; kind?: FixKind }>;
}

/** The suggestions a selection names, in sheet order. */
export function selectFixes(suggestions: readonly Suggestion[], sel: FixSelection): Suggestion[] {
  const groups = new Set(sel.groups ?? []);
  const cells = new Map<string, Set<FixKind> | null>();
  for (const c of sel.cells ?? []) {
    const k = `${c.line}:${c.col}`;
    const had = cells.get(k);
    if (c.kind === undefined || had === null) cells.set(k, null);
    else cells.set(k, (had ?? new Set<FixKind>()).add(c.kind));
  }
  return suggestions.filter((s) => {
    if (sel.allSafe && s.confidence === 'safe') return true;
    if (groups.has(groupKey(s))) return true;
    const c = cells.get(`${s.line}:${s.col}`);
    return c !== undefined && (c === null || c.has(s.kind));
  });
}
