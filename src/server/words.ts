// The words of a message that depend on the interface it reaches. The add-on's sidebar and menus say "Choose
// Resume"; the command line says what its user does instead. The run environment carries them (RunEnv.words,
// src/server/run/env.ts): the add-on's are the default, the CLI passes its own (cli/run.ts). A message builds its
// interface-free part itself and ends with the interface's words, so no caller translates a message by its text.

export interface InterfaceWords {
  /** After "No column is mapped to a contact field.": how to map one. */
  mapColumns: string;
  /** After "The import stopped: <why>.": how to go on. */
  resumeStopped: string;
  /** After "Interrupted: <why>." (kept in the run's record, shown later in History and the sidebar). */
  resumeInterrupted: string;
  /** After "An import is already running on this spreadsheet (…)." when that run was interrupted. */
  resumeStale: string;
  /** After '"History" is one of the add-on's tabs.': how to pick the sheet of contacts. */
  pickSheet: string;
}

/** The add-on's words: its sidebar and its menu. */
export const ADDON_WORDS: Readonly<InterfaceWords> = Object.freeze({
  mapColumns: 'Open the sidebar and map at least a Name, Email or Phone column.',
  resumeStopped: 'Choose "Resume" to finish it; nothing will be imported twice.',
  resumeInterrupted: 'Resume the run to finish it; nothing will be imported twice.',
  resumeStale: 'It was interrupted: choose "Resume" to finish it.',
  pickSheet: 'Open the sheet with the contacts to import, then try again.',
});

/** `head` (a sentence) followed by the interface's words, when it has any for this case. */
export function withWords(head: string, words: string): string {
  return words ? `${head} ${words}` : head;
}
