// Text fixes: invisible and non-breaking spaces stripped, inner runs of spaces collapsed (text-spaces), and the
// separators of list fields written ", " (text-list). Both `safe`, except a list separated by dots ("Blue. Yellow.
// Green"), which the import splits but where a dot may belong to a value ("St. Louis"): `review` (text-list-dots).
//
// Text fields keep their line breaks (a Notes field may have paragraphs); the spaces around a line break go.
// Ids (Contact ID, External ID) are compared exactly, so only what the import trims goes (cellText: spaces and
// invisible marks at the ends). Lists are written as the import reads them (formats/list.ts splitList: items
// trimmed, repeats dropped), so `to` reads back to the same items.
import { splitList } from '../formats/list';
import { cellText } from '../formats/text';
import type { CellValue } from '../types';
import { cellFix, type CellFix, type CellFixer } from './types';

/** Never meant inside a value: soft hyphen, zero-width space, word joiner, byte order mark. */
const RE_INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;
/** Runs of spaces, tabs and the other Unicode spaces (no-break, thin, ideographic, ...). */
const RE_SPACE_RUN = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const RE_SPACE_AROUND_BREAK = / ?(\r\n|\r|\n) ?/g;
const RE_PRIMARY_SEPARATOR = /[,;\n\r]/;

/** A text with invisible characters stripped, every run of spaces made one space, and trimmed. */
export function cleanText(text: string): string {
  return cellText(text.replace(RE_INVISIBLE, '').replace(RE_SPACE_RUN, ' ').replace(RE_SPACE_AROUND_BREAK, '$1'));
}

/** The text-spaces fix of a string cell, or null when it is clean already. */
export function spacesFix(value: string, to: string): CellFix | null {
  if (to === value || to === '') return null;
  return cellFix('text-spaces', 'text', value, to, `Remove the extra or invisible spaces: "${to}".`);
}

/** Text and largeText fields (and options or users when none are set up: any text is then read as written). */
export function textFixer(): CellFixer {
  return (value) => (typeof value === 'string' ? spacesFix(value, cleanText(value)) : null);
}

/** Contact ID and External ID: only the ends, as the import reads them. */
export function idFixer(): CellFixer {
  return (value) => (typeof value === 'string' ? spacesFix(value, cellText(value)) : null);
}

/** Tags and other free lists: the items as the import reads them, joined with ", ". */
export function listFixer(): CellFixer {
  return (value) => (typeof value === 'string' ? listFix(value, splitList(value), splitList) : null);
}

/**
 * The text-list fix of a list cell whose items (as its reader reads them) are `items`: they are joined with ", ",
 * which `reread` must read back as the same items.
 */
export function listFix(value: string, items: readonly string[], reread: (v: CellValue) => unknown): CellFix | null {
  if (items.length === 0) return null;
  const to = items.join(', ');
  if (to === value) return null;
  if (JSON.stringify(reread(to)) !== JSON.stringify(items)) return null;
  const dots = items.length > 1 && !RE_PRIMARY_SEPARATOR.test(value);
  if (dots) return cellFix('text-list-dots', 'text', value, to, `Separate the values with commas: "${to}" (check that no dot belongs to a value, as in "St. Louis").`);
  return cellFix('text-list', 'text', value, to, `Write the list as "${to}" (values separated by ", ").`);
}
