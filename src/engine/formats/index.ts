// Value readers of the pure engine: each returns a normalized value (maybe with a warning) or a problem,
// never a silently wrong value and never an exception. Messages quote the value (cut to ~60 characters) and
// say how to fix it; they never name a line or column (the validator adds those).
export { cellText, isEmptyCell } from './text';
export { readDate, type DateOptions } from './date';
export { readPhone, readPhoneList, phoneKey, PHONE_EXT_SEPARATOR, type PhoneOptions } from './phone';
export { readEmail, readEmailList } from './email';
export { readNumber, readMonetary } from './number';
export { readCheckbox } from './checkbox';
export { splitList, readOptions, type OptionsOptions } from './list';
export { readUsers, type UsersOptions } from './people';
export { readUrl } from './url';
export { readerFor, type Reader } from './reader';
