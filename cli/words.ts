// The command line's words where a message of the add-on's server code depends on the interface (src/server/words.ts):
// what a user of `contact-import run` does, instead of the sidebar's "Choose Resume" or "Open the sidebar".
import type { InterfaceWords } from '../src/server/words';

export const CLI_WORDS: Readonly<InterfaceWords> = Object.freeze({
  mapColumns: 'Map at least a Name, Email or Phone column with "mapping" in the settings file, or name the columns so that they are recognised (such as "Email").',
  // The command writes nothing when a run stops (the input is as it was): the remedy is to run it again.
  resumeStopped: 'Run the command again once the cause is fixed.',
  resumeInterrupted: 'Run the command again to finish it.',
  // Each command starts a run of its own: another run is never left half-way in a workbook.
  resumeStale: '',
  pickSheet: 'Give --sheet the sheet that holds the contacts to import.',
});
