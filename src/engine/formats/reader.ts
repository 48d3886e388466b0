// The value reader for a field: its kind picks the reader, the settings give the reader's options.
import type { FieldDef } from '../fields';
import type { CellValue, ContactValue, ReadResult, Settings } from '../types';
import { readCheckbox } from './checkbox';
import { readDate } from './date';
import { readEmail, readEmailList } from './email';
import { readOptions, splitList } from './list';
import { readMonetary, readNumber } from './number';
import { readUsers } from './people';
import { readPhone, readPhoneList } from './phone';
import { cellText } from './text';
import { readUrl } from './url';

export type Reader = (v: CellValue) => ReadResult<ContactValue>;

const OK = <T>(value: T): ReadResult<T> => ({ ok: true, value });

/** The reader of a field's cells, set up once per column: the validator calls it for every cell. */
export function readerFor(def: Pick<FieldDef, 'kind' | 'options'>, s: Pick<Settings, 'defaultCountry' | 'dateOrder' | 'users'>): Reader {
  const phoneOpts = { defaultCountry: s.defaultCountry };
  const dateOpts = { dateOrder: s.dateOrder };
  switch (def.kind) {
    case 'id':
    case 'text':
      return (v) => OK(cellText(v));
    case 'email':
      return readEmail;
    case 'emailList':
      return readEmailList;
    case 'phone':
      return (v) => readPhone(v, phoneOpts);
    case 'phoneList':
      return (v) => readPhoneList(v, phoneOpts);
    case 'date':
      return (v) => readDate(v, dateOpts);
    case 'url':
      return readUrl;
    case 'number':
      return readNumber;
    case 'monetary':
      return readMonetary;
    case 'checkbox':
      return readCheckbox;
    case 'list':
      return (v) => OK(splitList(v));
    case 'singleOption': {
      const options = def.options ?? [];
      return (v) => readOptions(v, options, { multiple: false });
    }
    case 'multipleOptions': {
      const options = def.options ?? [];
      return (v) => readOptions(v, options, { multiple: true });
    }
    case 'user':
      return (v) => readUsers(v, s.users, { multiple: false });
    case 'userList':
      return (v) => readUsers(v, s.users, { multiple: true });
  }
}
