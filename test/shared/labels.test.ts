// One table names the destinations (src/shared/labels.ts): the clients, the run's Destination (History, the sidebar,
// `run --json`), the connection messages and the "already imported to …" wording all say the same.
import { CONTACTS_TAB_LABEL, CRM_NAMES, destinationName } from '../../src/shared/labels';
import { createCrmDestination } from '../../src/server/destinations/crm';
import { destinationNames } from '../../src/engine/planner';
import { resolveSettings } from '../../src/engine/settings';
import type { DestinationConfig } from '../../src/engine/types';
import { FakeIO, json } from '../crm/fake';

const configs: Array<[keyof typeof CRM_NAMES, DestinationConfig, string, string, string]> = [
  ['hubspot', { type: 'hubspot', baseUrl: 'https://api.example.com', token: 'pat-1234' }, 'HubSpot', 'HubSpot', 'HubSpot id'],
  ['highlevel', { type: 'highlevel', baseUrl: 'https://api.example.com', token: 'pit-1234', locationId: 'loc' }, 'HighLevel', 'HighLevel', 'HighLevel id'],
  ['webhook', { type: 'webhook', url: 'https://hooks.example.com/in' }, 'Webhook', 'the webhook', 'id'],
];

describe.each(configs)('%s', (type, config, label, the, idLabel) => {
  it('is named from the one table: as a name, in a sentence, and its ids', () => {
    expect(CRM_NAMES[type]).toMatchObject({ label, the, idLabel });
    const d = createCrmDestination(config, undefined, { io: new FakeIO(() => json(200, {})) });
    expect(d.label).toBe(label);
    expect(d.client.names).toBe(CRM_NAMES[type]);
    expect(d.testConnection().message).toBe(`Connected to ${the}.`);
    expect(destinationName(type)).toBe(the);
    expect(destinationNames(type)).toEqual({ name: the, idLabel });
  });

  it("is the run's Destination (History, the sidebar, run --json)", () => {
    const r = resolveSettings({ destination: config });
    if (!('settings' in r)) throw new Error(r.errors.join(' '));
    expect(destinationName(r.settings.destination.type)).toBe(the);
    expect(destinationName(type)).toBe(the);
  });
});

it('the Contacts tab keeps its name', () => {
  const r = resolveSettings({});
  if (!('settings' in r)) throw new Error(r.errors.join(' '));
  expect(destinationName(r.settings.destination.type)).toBe('Contacts tab');
  expect(destinationName('contacts')).toBe(CONTACTS_TAB_LABEL);
  expect(CONTACTS_TAB_LABEL).toBe('Contacts tab');
});
