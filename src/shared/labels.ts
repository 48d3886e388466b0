// The names the add-on shows, one table of each kind: match keys, modes, and destinations (the clients' labels, the
// run's Destination in History, the sidebar and `run --json`, the connection messages, the "already imported to …"
// wording). Shared: the server and the sidebar read the same tables.
import type { MatchKey, Mode } from '../engine/types';

export const MATCH_LABELS: Record<MatchKey, string> = {
  contactId: 'Contact ID',
  externalId: 'External ID',
  email: 'Email',
  phone: 'Phone',
};

export const MODE_LABELS: Record<Mode, string> = {
  create: 'Create only',
  update: 'Update only',
  upsert: 'Create and update',
};


/** The default destination, as History, the sidebar and `run --json` name it. */
export const CONTACTS_TAB_LABEL = 'Contacts tab';

export interface CrmNames {
  /** On its own, as a name: "HubSpot", "HighLevel", "Webhook". */
  readonly label: string;
  /** Inside a sentence: "Connected to HubSpot.", "Connected to the webhook.", "imported to the webhook". */
  readonly the: string;
  /** At the start of a sentence: "HubSpot answered …", "The webhook answered …". */
  readonly The: string;
  /** How its contacts' ids are named: "(HubSpot id 123)". */
  readonly idLabel: string;
}

export const CRM_NAMES = {
  hubspot: { label: 'HubSpot', the: 'HubSpot', The: 'HubSpot', idLabel: 'HubSpot id' },
  highlevel: { label: 'HighLevel', the: 'HighLevel', The: 'HighLevel', idLabel: 'HighLevel id' },
  webhook: { label: 'Webhook', the: 'the webhook', The: 'The webhook', idLabel: 'id' },
} as const satisfies Record<string, CrmNames>;

export type CrmType = keyof typeof CRM_NAMES;

/** The destination type a name of destinationName() stands for, or null for any other text. */
export function destinationTypeOf(name: string): 'contacts' | CrmType | null {
  if (name === CONTACTS_TAB_LABEL) return 'contacts';
  return (Object.keys(CRM_NAMES) as CrmType[]).find((t) => CRM_NAMES[t].the === name) ?? null;
}

/** The mode a label of MODE_LABELS stands for, or null for any other text. */
export function modeOf(label: string): Mode | null {
  return (Object.keys(MODE_LABELS) as Mode[]).find((m) => MODE_LABELS[m] === label) ?? null;
}

/** The names of a CRM destination type; an unknown type is named by itself. */
export function crmNames(type: string): CrmNames {
  return Object.prototype.hasOwnProperty.call(CRM_NAMES, type) ? CRM_NAMES[type as CrmType] : { label: type, the: type, The: type, idLabel: 'id' };
}

/**
 * A destination as the run names it (History's Destination column, the sidebar's "Ready to import into …", `run
 * --json`): "Contacts tab" for the default, else the CRM's sentence form ("HubSpot", "the webhook").
 */
export function destinationName(type: string): string {
  return type === 'contacts' ? CONTACTS_TAB_LABEL : crmNames(type).the;
}
