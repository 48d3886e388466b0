// The add-on's server with headers, mapping keys and custom field keys named like members of every JavaScript object
// (__proto__, constructor, prototype, toString, hasOwnProperty): saved, shown, imported into the Contacts tab,
// updated, reverted and sent to a CRM like any other name, no value dropped.
import { book, contacts, exec, fakeHubspotUpsert, serverForEachTest } from './helpers';

const { env, api } = serverForEachTest();
const NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const HEADERS = [...NAMES, 'Email'];
const customFields = NAMES.map((key) => ({ key, label: `Field ${key}`, type: 'text' }));
/** Each column to the custom field of its name, as a settings file gives it (JSON.parse: "__proto__" is an own key). */
const mapping = JSON.parse('{"__proto__":"__proto__","constructor":"constructor","prototype":"prototype","toString":"toString","hasOwnProperty":"hasOwnProperty","Email":"email"}');

describe('as headers and mapping keys', () => {
  it("the sidebar's mapping is saved and shown for every column", () => {
    const tb = book([HEADERS, ['v1', 'v2', 'v3', 'v4', 'v5', 'ann@x.com']]);
    exec(tb, () => api.saveSettings({ customFields } as never));
    const st = exec(tb, () => api.saveMapping(mapping));
    expect(st.columns.map((c) => [c.header, c.field])).toEqual(HEADERS.map((h) => [h, h === 'Email' ? 'email' : h]));
    // Read back in a new execution from DocumentProperties.
    expect(exec(tb, () => api.getSidebarState()).columns.map((c) => c.field)).toEqual([...NAMES, 'email']);
    // A template keeps them too.
    exec(tb, () => api.saveTemplate('t'));
    exec(tb, () => api.saveMapping(JSON.parse('{"__proto__":null,"constructor":null,"prototype":null,"toString":null,"hasOwnProperty":null,"Email":"email"}')));
    expect(exec(tb, () => api.applyTemplate('t')).columns.map((c) => c.field)).toEqual([...NAMES, 'email']);
  });

  it('unmapped, no column is mapped to an inherited member', () => {
    const tb = book([HEADERS, ['v1', 'v2', 'v3', 'v4', 'v5', 'ann@x.com']]);
    const st = exec(tb, () => api.getSidebarState());
    expect(st.columns.map((c) => c.field)).toEqual([null, null, null, null, null, 'email']);
    expect(st.mappingProblems).toEqual([]);
  });
});

describe("as custom fields' keys", () => {
  it('imported into the Contacts tab, updated, and reverted, every value kept', () => {
    const tb = book([HEADERS, ['v1', 'v2', 'v3', 'v4', 'v5', 'ann@x.com']], {}, { customFields, mapping });
    const first = exec(tb, () => api.startImport());
    expect(first.result).toMatchObject({ status: 'Completed', created: 1, errors: 0, warnings: 0 });
    const row = () => {
      const c = contacts(tb)[0];
      return [...NAMES.map((k) => c[`Field ${k}`]), c.Email];
    };
    expect(row()).toEqual(['v1', 'v2', 'v3', 'v4', 'v5', 'ann@x.com']);
    tb.uncounted(() => tb.sheetData('People').values[1]!.splice(0, 5, 'w1', 'w2', 'w3', 'w4', 'w5'));
    const second = exec(tb, () => api.startImport());
    expect(second.result).toMatchObject({ status: 'Completed', updated: 1, errors: 0 });
    expect(row()).toEqual(['w1', 'w2', 'w3', 'w4', 'w5', 'ann@x.com']);
    exec(tb, () => api.revertRun(second.result!.runId));
    expect(row()).toEqual(['v1', 'v2', 'v3', 'v4', 'v5', 'ann@x.com']);
  });

  it('sent to a CRM as properties of those names', () => {
    const tb = book([HEADERS, ['v1', 'v2', 'v3', 'v4', 'v5', 'ann@x.com']], {}, { customFields, mapping, destination: { type: 'hubspot' } });
    const sent: unknown[] = [];
    const hub = fakeHubspotUpsert();
    env.crm = { token: 'pat-1234567890', io: { ...hub.io, fetchAll: (reqs) => (sent.push(...reqs.map((r) => JSON.parse(r.payload!))), hub.io.fetchAll(reqs)) } };
    expect(exec(tb, () => api.startImport()).result).toMatchObject({ status: 'Completed', created: 1 });
    const props = (sent[0] as { inputs: Array<{ properties: object }> }).inputs[0].properties;
    expect(Object.entries(props).filter(([k]) => NAMES.includes(k))).toEqual(NAMES.map((k, i) => [k, `v${i + 1}`]));
  });
});
