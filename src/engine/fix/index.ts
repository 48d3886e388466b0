// Fix in place (issue 11), the pure part: suggestions for cells that can be written better, grouped for the
// sidebar; what to write so values survive Sheets' typed-entry conversion, batched; the batch record; the undo
// decision; the History text. The sheet writer, the sidebar and the CLI's `fix` build on these.
export * from './types';
export { columnFixer, type FixSettings } from './column';
export { suggestFixes, type SuggestInput, type SuggestResult, type NameSplitPlan } from './suggest';
export { splitName } from './name';
export { cleanText } from './text';
export { correctDomain, DOMAIN_TYPOS, ENDING_TYPOS, KNOWN_DOMAINS } from './email-typos';
export { groupFixes, groupKey, groupTitle, selectFixes, MAX_PREVIEWS, type FixGroup, type FixPreview, type FixSelection } from './group';
export * from './write';
export * from './blocks';
export * from './batch';
export * from './undo';
export * from './history';
