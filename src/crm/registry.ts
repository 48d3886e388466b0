// The registry of destinations: one line per kind. Each kind's module (src/crm/module.ts) declares everything about
// it; the union of the kinds is derived from this table, and every place that depends on the kind reads it from
// here: settings (DESTINATION_READER), the sidebar's Settings form (destinationDescriptors()), the names in History
// and messages, the sync record's account, the pre-check, the client factory (src/server/destinations/crm.ts), the
// credential (src/server/secrets.ts, connection.ts) and the plan's request count (requestsFor()).
// Adding a destination: see the README's "Add a destination".
import { resolveSettings, type DestinationReader, type ResolvedSettings } from '../engine/settings';
import type { DestinationNames } from '../engine/plan';
import type { DestinationConfig, Mode } from '../engine/types';
import type { DestinationDescriptor } from '../shared/api';
import { CONTACTS_TAB_LABEL, type CrmNames } from '../shared/labels';
import { googleContacts } from './google/module';
import { highlevel } from './highlevel';
import { hubspot } from './hubspot';
import { defineDestination, descriptorOf, readDestinationSettings, type DestinationModule } from './module';
import { webhook } from './webhook';

/** The Contacts tab of the same workbook (src/server/contacts.ts writes it; it has no client and no settings). */
const contacts = defineDestination<{ type: 'contacts' }>({
  type: 'contacts',
  names: { label: CONTACTS_TAB_LABEL, the: CONTACTS_TAB_LABEL, The: `The ${CONTACTS_TAB_LABEL}`, idLabel: 'Contact ID' },
  option: 'Contacts tab (this spreadsheet)',
  settings: [],
  credential: { kind: 'none' },
  accountId: () => CONTACTS_TAB_LABEL,
  revertible: true,
});

export const DESTINATIONS = {
  contacts,
  hubspot,
  highlevel,
  webhook,
  'google-contacts': googleContacts,
} satisfies Record<string, DestinationModule<any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every destination kind: the union derived from the registry. */
export type DestinationType = keyof typeof DESTINATIONS;
/** The config of one kind, as its module types it. */
export type ConfigOf<K extends DestinationType> = Parameters<(typeof DESTINATIONS)[K]['accountId']>[0];

/** Every kind sent over HTTP by a client (all but the Contacts tab). */
export type RemoteDestinationType = Exclude<DestinationType, 'contacts'>;

/** The kinds, in the registry's order (settings' messages and the sidebar list them so). */
export const DESTINATION_TYPES = Object.keys(DESTINATIONS) as DestinationType[];

/** The kinds that are sent over HTTP by a client (every kind but the Contacts tab): the fault matrix lists these. */
export const REMOTE_TYPES = DESTINATION_TYPES.filter((t): t is RemoteDestinationType => !!(DESTINATIONS[t] as DestinationModule).client);

export function isDestinationType(type: unknown): type is DestinationType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(DESTINATIONS, type);
}

/** The module of a kind; undefined for a type the registry does not hold. */
export function moduleOf(type: unknown): DestinationModule | undefined {
  return isDestinationType(type) ? (DESTINATIONS[type]) : undefined;
}

/** How settings read `destination`: the registry's kinds, each checked by its module's settings keys. */
export const DESTINATION_READER: DestinationReader = {
  types: DESTINATION_TYPES,
  read: (v, errors) => readDestinationSettings(moduleOf(v.type)!, v, errors),
};

/** Reads settings (settings.json, the stored settings) with the registry's destinations. */
export function readSettings(input: unknown): ResolvedSettings {
  return resolveSettings(input, DESTINATION_READER);
}

/** The names of a kind; an unknown type is named by itself. */
export function crmNames(type: string): CrmNames {
  return moduleOf(type)?.names ?? { label: type, the: type, The: type, idLabel: 'id' };
}

/**
 * A destination as the run names it (History's Destination column, the sidebar's "Ready to import into …", `run
 * --json`): "Contacts tab" for the default, else the kind's sentence form ("HubSpot", "the webhook").
 */
export function destinationName(type: string): string {
  return crmNames(type).the;
}

/** How "already imported to …" names a kind and its ids. */
export function destinationNames(type: string): DestinationNames {
  const n = crmNames(type);
  return { name: n.the, idLabel: n.idLabel };
}

/** The kind a name of destinationName() stands for, or null for any other text (History is read back by it). */
export function destinationTypeOf(name: string): DestinationType | null {
  return DESTINATION_TYPES.find((t) => DESTINATIONS[t].names.the === name) ?? null;
}

/** The Settings form of every kind, in order (the sidebar renders these). */
export function destinationDescriptors(): DestinationDescriptor[] {
  return DESTINATION_TYPES.map((t) => descriptorOf(DESTINATIONS[t] as unknown as DestinationModule));
}

/** Whether Revert run works for a kind. */
export function isRevertible(type: string): boolean {
  return moduleOf(type)?.revertible ?? false;
}

/**
 * The requests an import of `rows` rows costs in `mode` for a destination (lookups included; `existing` contacts in
 * the account, for kinds that read them first). 0 for the Contacts tab.
 */
export function requestsFor(config: DestinationConfig, rows: number, mode: Mode, existing = 0): number {
  return moduleOf(config.type)?.requestsFor?.(rows, mode, existing) ?? 0;
}

/**
 * A destination's URLs with their names ("The webhook URL"), from its module's url settings: a required one always
 * (empty when missing), an optional one (a CRM's base URL) only when given; none for a CRM on its public API.
 */
export function destinationUrls(d: DestinationConfig): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const s of moduleOf(d.type)?.settings ?? []) {
    if (s.kind !== 'url') continue;
    const v = (d as unknown as Record<string, unknown>)[s.key];
    const url = typeof v === 'string' ? v : '';
    if (!s.required && !url) continue;
    out.push([url, s.what ?? `The ${s.key}`]);
  }
  return out;
}
