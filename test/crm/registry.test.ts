// The registry of destinations (src/crm/registry.ts): each kind declared once. Its names are the clients' labels, the
// run's Destination (History, the sidebar, `run --json`), the connection messages and the "already imported to …"
// wording; its settings keys are what settings.json and the sidebar accept; its form is what the sidebar shows.
import { CONTACTS_TAB_LABEL } from '../../src/shared/labels';
import {
  DESTINATIONS,
  DESTINATION_TYPES,
  REMOTE_TYPES,
  destinationDescriptors,
  destinationName,
  destinationNames,
  destinationTypeOf,
  readSettings,
  type DestinationType,
} from '../../src/crm/registry';
import { createCrmDestination } from '../../src/server/destinations/crm';
import type { DestinationConfig } from '../../src/engine/types';
import { FakeIO, json } from './fake';

const configs: Array<[DestinationType, DestinationConfig, string, string, string]> = [
  ['hubspot', { type: 'hubspot', baseUrl: 'https://api.example.com', token: 'pat-1234' }, 'HubSpot', 'HubSpot', 'HubSpot id'],
  ['highlevel', { type: 'highlevel', baseUrl: 'https://api.example.com', token: 'pit-1234', locationId: 'loc' }, 'HighLevel', 'HighLevel', 'HighLevel id'],
  ['webhook', { type: 'webhook', url: 'https://hooks.example.com/in' }, 'Webhook', 'the webhook', 'id'],
];

describe.each(configs)('%s', (type, config, label, the, idLabel) => {
  it('is named from its one declaration: as a name, in a sentence, and its ids', () => {
    expect(DESTINATIONS[type].names).toMatchObject({ label, the, idLabel });
    const d = createCrmDestination(config, undefined, { io: new FakeIO(() => json(200, {})) });
    expect(d.label).toBe(label);
    expect(d.client.names).toBe(DESTINATIONS[type].names);
    expect(d.testConnection().message).toBe(`Connected to ${the}.`);
    expect(destinationName(type)).toBe(the);
    expect(destinationNames(type)).toEqual({ name: the, idLabel });
    expect(destinationTypeOf(the)).toBe(type);
  });

  it("is the run's Destination (History, the sidebar, run --json)", () => {
    const r = readSettings({ destination: config });
    if (!('settings' in r)) throw new Error(r.errors.join(' '));
    expect(destinationName(r.settings.destination.type)).toBe(the);
    expect(destinationName(type)).toBe(the);
  });
});

it('the Contacts tab keeps its name', () => {
  const r = readSettings({});
  if (!('settings' in r)) throw new Error(r.errors.join(' '));
  expect(destinationName(r.settings.destination.type)).toBe('Contacts tab');
  expect(destinationName('contacts')).toBe(CONTACTS_TAB_LABEL);
  expect(CONTACTS_TAB_LABEL).toBe('Contacts tab');
  expect(destinationTypeOf('Contacts tab')).toBe('contacts');
  expect(destinationTypeOf('Salesforce')).toBeNull();
});

describe('the table', () => {
  it("keys each module by its own type; the kinds are the table's keys, the Contacts tab first", () => {
    for (const t of DESTINATION_TYPES) expect(DESTINATIONS[t].type).toBe(t);
    expect(DESTINATION_TYPES[0]).toBe('contacts');
    expect(REMOTE_TYPES).toEqual(DESTINATION_TYPES.filter((t) => t !== 'contacts'));
  });

  it('names every kind apart, so History reads each back to its kind', () => {
    const names = DESTINATION_TYPES.map((t) => DESTINATIONS[t].names.the);
    expect(new Set(names).size).toBe(names.length);
    for (const t of DESTINATION_TYPES) expect(destinationTypeOf(destinationName(t))).toBe(t);
  });

  it('settings.json accepts exactly the keys a module declares', () => {
    for (const t of REMOTE_TYPES) {
      const keys = ['type', ...DESTINATIONS[t].settings.map((s) => s.key)];
      const r = readSettings({ destination: { type: t, nope: 1 } });
      expect('errors' in r && r.errors).toContainEqual(`destination "${t}" has an unknown property "nope"; use ${keys.join(', ')}.`);
    }
    const r = readSettings({ destination: { type: 'salesforce' } });
    expect('errors' in r && r.errors[0]).toBe(`destination must be an object whose type is one of ${DESTINATION_TYPES.map((t) => `"${t}"`).join(', ')}, not "salesforce".`);
  });

  it('sends the sidebar one form per kind, in order, with the fields and credential its module declares', () => {
    const d = destinationDescriptors();
    expect(d.map((x) => x.type)).toEqual(DESTINATION_TYPES);
    expect(d[0]).toEqual({ type: 'contacts', option: 'Contacts tab (this spreadsheet)', credential: { kind: 'none' }, fields: [] });
    const hl = d.find((x) => x.type === 'highlevel')!;
    expect(hl.credential).toEqual({ kind: 'token', label: 'Private integration token' });
    expect(hl.fields).toEqual([
      { key: 'baseUrl', kind: 'url', label: 'Base URL (optional)', required: false, placeholder: 'Public API', after: true },
      { key: 'locationId', kind: 'text', label: 'Location (sub-account) ID', required: true },
    ]);
    const wh = d.find((x) => x.type === 'webhook')!;
    expect(wh.credential).toEqual({ kind: 'token', label: 'Secret token, sent as a Bearer header (optional)', optional: true });
    expect(wh.fields.map((f) => [f.key, f.required])).toEqual([['url', true]]);
    // no secret and no settings.json-only key is a form field
    for (const x of d) expect(x.fields.map((f) => f.key)).not.toContain('token');
    expect(hl.fields.map((f) => f.key)).not.toContain('customFieldIds');
  });
});
