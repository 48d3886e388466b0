// The People API requests the Google Contacts client builds, checked against the API's discovery document (the
// trimmed copy in test/fixtures, source and licence noted there). The test CRM runs the same check on every request.
import { PeopleApi, PERSON_FIELDS } from '../../src/crm/google/api';
import { rowFields, mergeFields } from '../../src/crm/google/person';
import type { HttpRequest } from '../../src/crm/http';
import { methodOf, peopleDiscovery, requestProblems } from '../../testcrm/discovery';

const doc = peopleDiscovery();
const api = new PeopleApi('https://people.googleapis.com', 'tok');

function problems(req: HttpRequest): string[] {
  const url = new URL(req.url);
  const id = methodOf(doc, String(req.method), url.pathname);
  if (!id) return [`no method for ${String(req.method)} ${url.pathname}`];
  return requestProblems(doc, id, url.searchParams, req.payload ? JSON.parse(String(req.payload)) : undefined);
}

const person = () => ({
  ...mergeFields(
    {},
    rowFields({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', phone: '+442071234567', companyName: 'AE', address1: '1 Sq', city: 'London', country: 'GB', dateOfBirth: '1815-12-10', website: 'https://a.example', externalId: 'X1', tags: ['vip'] }),
    ['contactGroups/abc'],
    (v) => v,
  ),
  clientData: [{ key: 'contactImport.row', value: 'run:2:fp' }],
});

test('the document is the People API v1 one, with the methods the client calls', () => {
  expect(doc.revision).toBe('20240609');
  expect(Object.keys(doc.methods).sort()).toEqual([
    'people.contactGroups.create',
    'people.contactGroups.list',
    'people.people.batchCreateContacts',
    'people.people.batchDeleteContacts',
    'people.people.batchUpdateContacts',
    'people.people.connections.list',
  ]);
});

test('every request the client builds is valid: reads, creates, updates with an etag and mask, deletes, labels', () => {
  const p = person();
  expect(Object.keys(p).sort()).toEqual(['addresses', 'birthdays', 'clientData', 'emailAddresses', 'memberships', 'names', 'organizations', 'phoneNumbers', 'urls', 'userDefined']);
  expect(problems(api.connections({}))).toEqual([]);
  expect(problems(api.connections({ pageToken: 'p1.1000', syncToken: 's12' }))).toEqual([]);
  expect(problems(api.probe())).toEqual([]);
  expect(problems(api.batchCreate(Array.from({ length: 200 }, person)))).toEqual([]);
  expect(problems(api.batchUpdate({ 'people/c1': { etag: '%E1', names: p.names } }, 'names'))).toEqual([]);
  expect(problems(api.batchDelete(['people/c1', 'people/c2']))).toEqual([]);
  expect(problems(api.groups())).toEqual([]);
  expect(problems(api.createGroup('vip'))).toEqual([]);
  expect(PERSON_FIELDS.split(',').every((f) => (doc.methods['people.people.connections.list'].parameters.personFields as { 'x-valid-values': string[] })['x-valid-values'].includes(f))).toBe(true);
});

test('what Google refuses is refused: unknown names, wrong types, bad masks, too many contacts, missing required values', () => {
  const bad = (method: string, path: string, body: unknown, query = '') => requestProblems(doc, methodOf(doc, method, path)!, new URLSearchParams(query), body);
  expect(bad('POST', '/v1/people:batchCreateContacts', { contacts: [{ contactPerson: { email: 'x@example.com' } }], readMask: 'names' })).toEqual([
    'Invalid JSON payload received. Unknown name "email" at \'contacts[0].contactPerson\': Cannot find field.',
  ]);
  expect(bad('POST', '/v1/people:batchCreateContacts', { contacts: [{ contactPerson: { birthdays: [{ date: { year: '1815' } }] } }], readMask: 'names' })).toHaveLength(1);
  expect(bad('POST', '/v1/people:batchCreateContacts', { contacts: Array.from({ length: 201 }, () => ({ contactPerson: {} })), readMask: 'names' })[0]).toMatch(/holds 201 items; at most 200/);
  expect(bad('POST', '/v1/people:batchCreateContacts', { contacts: [] })).toEqual(['readMask is required.']);
  expect(bad('POST', '/v1/people:batchUpdateContacts', { contacts: {}, updateMask: 'names,photos', readMask: 'names' })[0]).toMatch(/Invalid updateMask mask path: "photos"/);
  expect(bad('POST', '/v1/people:batchDeleteContacts', { resourceNames: Array.from({ length: 501 }, (_, i) => `people/c${i}`) })[0]).toMatch(/at most 500/);
  expect(bad('GET', '/v1/people/me/connections', undefined, 'pageSize=1000')).toEqual(['personFields is required.']);
  expect(bad('GET', '/v1/people/me/connections', undefined, 'personFields=names&pageSize=2000&colour=red')).toHaveLength(2);
});
