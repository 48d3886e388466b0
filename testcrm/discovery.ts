// Checks a request against the People API's discovery document (a trimmed copy: test/fixtures/people.v1.trimmed.json,
// its source and licence noted inside): the method's query parameters (known names, types, required ones, field masks
// naming only valid fields) and the body against the request schema (known property names at every depth, types,
// required properties, the documented item limits). What Google answers a request that breaks these is a 400
// INVALID_ARGUMENT; the test CRM answers the same, so every contract test checks what the client sends.
import fs from 'node:fs';
import path from 'node:path';

interface Schema {
  type?: string;
  $ref?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema;
  items?: Schema;
  required?: string[];
  enum?: string[];
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  maxProperties?: number;
  readOnly?: boolean;
  format?: string;
  'x-valid-values'?: string[];
  'x-trimmed'?: boolean;
}

interface Parameter extends Schema {
  location: 'query' | 'path';
  repeated?: boolean;
}

export interface DiscoveryMethod {
  httpMethod: string;
  path: string;
  parameters: Record<string, Parameter>;
  request?: Schema;
  response?: Schema;
}

export interface DiscoveryDoc {
  revision: string;
  methods: Record<string, DiscoveryMethod>;
  schemas: Record<string, Schema>;
}

export const DISCOVERY_PATH = path.join(__dirname, '..', 'test', 'fixtures', 'people.v1.trimmed.json');

let cached: DiscoveryDoc | undefined;
export function peopleDiscovery(): DiscoveryDoc {
  cached ??= JSON.parse(fs.readFileSync(DISCOVERY_PATH, 'utf8')) as DiscoveryDoc;
  return cached;
}

/** The method a request calls ("people.people.batchCreateContacts"), by its HTTP method and path; undefined for none. */
export function methodOf(doc: DiscoveryDoc, method: string, urlPath: string): string | undefined {
  const p = urlPath.replace(/^\/+/, '');
  return Object.keys(doc.methods).find((id) => doc.methods[id].httpMethod === method.toUpperCase() && doc.methods[id].path === p);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fieldMaskProblems(where: string, value: string, valid: string[] | undefined, problems: string[]): void {
  if (!valid) return;
  const paths = value.split(',').map((s) => s.trim());
  for (const p of paths) {
    if (!valid.includes(p)) problems.push(`Invalid ${where} mask path: "${p}". Valid paths are documented at https://developers.google.com/people/api/rest/v1/people.`);
  }
}

function checkValue(doc: DiscoveryDoc, s: Schema, v: unknown, at: string, problems: string[]): void {
  const schema = s.$ref ? doc.schemas[s.$ref] : s;
  if (!schema) return problems.push(`no schema ${s.$ref} for ${at}`), undefined;
  if (schema['x-trimmed']) return;
  const type = schema.type ?? 'object';
  const bad = (what: string) => problems.push(`Invalid value at '${at}' (${what}), ${JSON.stringify(v)}`);
  if (type === 'string') {
    if (typeof v !== 'string') return bad('TYPE_STRING'), undefined;
    if (schema.enum && !schema.enum.includes(v)) bad('enum');
    if (schema.format === 'google-fieldmask') fieldMaskProblems(at, v, schema['x-valid-values'], problems);
    return;
  }
  if (type === 'integer') {
    if (typeof v !== 'number' || !Number.isInteger(v)) return bad('TYPE_INT32'), undefined;
    if ((schema.minimum !== undefined && v < schema.minimum) || (schema.maximum !== undefined && v > schema.maximum)) bad('out of range');
    return;
  }
  if (type === 'boolean') {
    if (typeof v !== 'boolean') bad('TYPE_BOOL');
    return;
  }
  if (type === 'array') {
    if (!Array.isArray(v)) return bad('TYPE_ARRAY'), undefined;
    if (schema.maxItems !== undefined && v.length > schema.maxItems) problems.push(`'${at}' holds ${v.length} items; at most ${schema.maxItems} are allowed in a single request.`);
    v.forEach((x, i) => checkValue(doc, schema.items ?? {}, x, `${at}[${i}]`, problems));
    return;
  }
  if (!isObj(v)) return bad('TYPE_MESSAGE'), undefined;
  if (schema.additionalProperties) {
    const n = Object.keys(v).length;
    if (schema.maxProperties !== undefined && n > schema.maxProperties) problems.push(`'${at}' holds ${n} entries; at most ${schema.maxProperties} are allowed in a single request.`);
    for (const [k, x] of Object.entries(v)) checkValue(doc, schema.additionalProperties, x, `${at}[${JSON.stringify(k)}]`, problems);
    return;
  }
  const props = schema.properties ?? {};
  for (const [k, x] of Object.entries(v)) {
    const p = props[k];
    if (!p) problems.push(`Invalid JSON payload received. Unknown name "${k}" at '${at}': Cannot find field.`);
    else checkValue(doc, p, x, at ? `${at}.${k}` : k, problems);
  }
  for (const r of schema.required ?? []) if (v[r] === undefined) problems.push(`${at ? `${at}.` : ''}${r} is required.`);
}

/** What is wrong with a request to `methodId` (its query and its JSON body); [] when Google would take it. */
export function requestProblems(doc: DiscoveryDoc, methodId: string, query: URLSearchParams, body: unknown): string[] {
  const m = doc.methods[methodId];
  const problems: string[] = [];
  for (const k of new Set(query.keys())) {
    const p = m.parameters[k];
    if (!p || p.location !== 'query') {
      problems.push(`Invalid JSON payload received. Unknown name "${k}": Cannot bind query parameter. Field '${k}' could not be found in request message.`);
      continue;
    }
    const values = query.getAll(k);
    if (values.length > 1 && !p.repeated) problems.push(`Invalid value at '${k}': only one value allowed.`);
    for (const raw of values) {
      if (p.type === 'integer') {
        const n = Number(raw);
        if (!/^-?\d+$/.test(raw)) problems.push(`Invalid value at '${k}' (TYPE_INT32), "${raw}"`);
        else if ((p.minimum !== undefined && n < p.minimum) || (p.maximum !== undefined && n > p.maximum)) problems.push(`'${k}' must be between ${p.minimum} and ${p.maximum}, not ${raw}.`);
      } else if (p.type === 'boolean') {
        if (raw !== 'true' && raw !== 'false') problems.push(`Invalid value at '${k}' (TYPE_BOOL), "${raw}"`);
      } else if (p.enum && !p.enum.includes(raw)) problems.push(`Invalid value at '${k}', "${raw}"`);
      else if (p.format === 'google-fieldmask') fieldMaskProblems(k, raw, p['x-valid-values'], problems);
    }
  }
  for (const [k, p] of Object.entries(m.parameters)) if (p.required && p.location === 'query' && !query.has(k)) problems.push(`${k} is required.`);
  if (m.request) {
    if (body === undefined) problems.push('A request body is required.');
    else checkValue(doc, m.request, body, '', problems);
  } else if (body !== undefined && body !== '') problems.push(`${methodId} takes no request body.`);
  return problems;
}
