// The suggester of one mapped column: its field's kind picks the fixer (as formats/reader.ts picks the reader),
// the settings give its options. Built once per column; called for every cell (suggest.ts) or for a cell with an
// issue (validate.ts). Fields with no fix (website, numbers, amounts, checkboxes) get null.
import type { FieldDef } from '../fields';
import type { Settings } from '../types';
import { dateFixer } from './date';
import { emailFixer } from './email';
import { optionFixer, userFixer } from './option';
import { phoneFixer } from './phone';
import { idFixer, listFixer, textFixer } from './text';
import type { CellFixer } from './types';

export type FixSettings = Pick<Settings, 'defaultCountry' | 'dateOrder' | 'users' | 'phoneFormat'> & {
  /** The user never chose a dateOrder (only the default applies): an ambiguous date is then not suggested. */
  dateOrderAssumed?: boolean;
};

export function columnFixer(def: Pick<FieldDef, 'kind' | 'options' | 'label'>, s: FixSettings): CellFixer | null {
  switch (def.kind) {
    case 'phone':
    case 'phoneList':
      return phoneFixer({ defaultCountry: s.defaultCountry, phoneFormat: s.phoneFormat ?? 'e164' }, def.kind === 'phoneList');
    case 'date':
      return dateFixer(s.dateOrder, s.dateOrderAssumed === true);
    case 'email':
    case 'emailList':
      return emailFixer(def.kind === 'emailList');
    case 'text':
      return textFixer();
    case 'id':
      return idFixer();
    case 'list':
      return listFixer();
    case 'singleOption':
    case 'multipleOptions':
      return optionFixer(def.options ?? [], def.label, def.kind === 'multipleOptions');
    case 'user':
    case 'userList':
      return userFixer(s.users, def.label, def.kind === 'userList');
    default:
      return null;
  }
}
