// The names the add-on shows, one table of each kind: match keys and modes. A destination's names (its label, its
// name in a sentence, its ids) are declared by its module in the registry (src/crm/registry.ts), in the CrmNames shape
// defined here; the sidebar gets them from the server (SidebarState.destinations). Shared: the server and the sidebar
// read the same tables.
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


/** The default destination, as History, the sidebar and `run --json` name it (the registry's "contacts" kind). */
export const CONTACTS_TAB_LABEL = 'Contacts tab';

/** How a destination is named (each module of src/crm/registry.ts declares its own). */
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

/** The mode a label of MODE_LABELS stands for, or null for any other text. */
export function modeOf(label: string): Mode | null {
  return (Object.keys(MODE_LABELS) as Mode[]).find((m) => MODE_LABELS[m] === label) ?? null;
}
