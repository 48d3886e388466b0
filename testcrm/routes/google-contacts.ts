// The test CRM's Google Contacts contract (People API v1, Bearer token), over its own PGlite tables:
//   GET  /v1/people/me/connections      personFields, pageSize ≤ 1000, pageToken, requestSyncToken, syncToken
//   POST /v1/people:batchCreateContacts  ≤ 200; all or nothing: one invalid contact fails the batch with a 400
//   POST /v1/people:batchUpdateContacts  ≤ 200; each person's etag must be the contact's (else 400 failedPrecondition);
//                                        every field of updateMask is replaced (cleared when the person lacks it)
//   POST /v1/people:batchDeleteContacts  ≤ 500
//   GET  /v1/contactGroups, POST /v1/contactGroups (a name in use: 409)
// Every request is first checked against the People API's discovery document (testcrm/discovery.ts): an unknown
// field, a wrong type, a bad field mask or too many contacts is Google's 400 INVALID_ARGUMENT. Google keeps no
// unique key: two contacts may share an email (the contract tests check the client never makes them). Sync tokens
// ("s<n>") give the changes after change number n, deleted contacts included; below cfg.googleSyncFloor they are
// expired (400 FAILED_PRECONDITION, reason EXPIRED_SYNC_TOKEN). cfg.googleReject: emails refused when written.
import type { StoredContact } from '../db';
import type { FaultRule } from '../faults';
import { EMAIL_RE, HttpError, bearer, type RouteAnswer, type RouteContext, type RouteRequest, type TestCrmContract } from '../contract';
import { methodOf, peopleDiscovery, requestProblems } from '../discovery';

const CRM = 'google-contacts';

const SCHEMA = `
create sequence if not exists google_changes start 1;
create sequence if not exists google_people_ids start 1;
create table if not exists google_people (
  resource_name text primary key,
  n bigint not null,
  change bigint not null,
  person jsonb not null,
  deleted boolean not null default false,
  created_at timestamptz not null default clock_timestamp(),
  updated_at timestamptz not null default clock_timestamp(),
  writes int not null default 1
);
create table if not exists google_groups (resource_name text primary key, name text not null, system boolean not null default false);
`;

type Q = Parameters<Parameters<RouteContext['db']['tx']>[0]>[0];
type Person = Record<string, any>;

interface Row {
  resource_name: string;
  n: string;
  change: string;
  person: Person;
  deleted: boolean;
  created_at: Date;
  updated_at: Date;
  writes: number;
}

/** Google's error body. */
function gError(code: number, status: string, message: string, details: unknown[] = []): HttpError {
  return new HttpError(code, { error: { code, message, status, ...(details.length ? { details } : {}) } });
}
const invalid = (message: string) => gError(400, 'INVALID_ARGUMENT', message, [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [{ description: message }] }]);

const SYSTEM_GROUPS = [['contactGroups/myContacts', 'myContacts'], ['contactGroups/starred', 'starred'], ['contactGroups/all', 'all']];

async function ensureSystemGroups(q: Q): Promise<void> {
  for (const [rn, name] of SYSTEM_GROUPS) await q.query(`insert into google_groups (resource_name, name, system) values ($1, $2, true) on conflict do nothing`, [rn, name]);
}

const emailsOf = (p: Person): string[] => (Array.isArray(p.emailAddresses) ? p.emailAddresses : []).map((e: any) => String(e?.value ?? '').toLowerCase()).filter(Boolean);
const phonesOf = (p: Person): string[] => (Array.isArray(p.phoneNumbers) ? p.phoneNumbers : []).map((e: any) => String(e?.value ?? '')).filter(Boolean);

/** What Google refuses in a contact it is asked to write (the People API's own checks, the ones the add-on could trip). */
function contactProblem(p: Person, ctx: RouteContext): string | null {
  if (Array.isArray(p.names) && p.names.length > 1) return 'names is a singleton field for contact sources: at most one is allowed.';
  if (Array.isArray(p.birthdays) && p.birthdays.length > 1) return 'birthdays is a singleton field for contact sources: at most one is allowed.';
  for (const b of Array.isArray(p.birthdays) ? p.birthdays : []) {
    const d = b?.date;
    if (d && (d.month < 1 || d.month > 12 || d.day < 1 || d.day > new Date(Date.UTC(d.year || 2000, d.month, 0)).getUTCDate())) return `Invalid birthday date: ${JSON.stringify(d)}.`;
  }
  for (const e of emailsOf(p)) {
    if (ctx.cfg.googleReject.map((x) => x.toLowerCase()).includes(e)) return `Invalid email address: ${e}.`;
  }
  return null;
}

/** A stored person as an answer shows it: its resource name, etag, metadata and the fields asked for. */
function view(r: Row, fields: string[]): Person {
  const out: Person = { resourceName: r.resource_name, etag: `%E${r.change}` };
  if (r.deleted) return { ...out, metadata: { deleted: true } };
  for (const f of fields) {
    if (f === 'metadata') out.metadata = { sources: [{ type: 'CONTACT', id: r.resource_name.slice(7), etag: `%E${r.change}`, updateTime: new Date(r.updated_at).toISOString() }], objectType: 'PERSON' };
    else if (f === 'phoneNumbers' && Array.isArray(r.person.phoneNumbers)) {
      out.phoneNumbers = r.person.phoneNumbers.map((x: any) => {
        const digits = String(x.value ?? '').replace(/[^\d+]/g, '');
        return /^\+[1-9]\d{6,14}$/.test(digits) ? { ...x, canonicalForm: digits } : x;
      });
    } else if (r.person[f] !== undefined) out[f] = r.person[f];
  }
  return out;
}

/** Drops what Google does not store from a written person (output-only values, the resource name and etag). */
function stored(p: Person): Person {
  const { resourceName: _r, etag: _e, metadata: _m, ...rest } = p;
  return JSON.parse(JSON.stringify(rest)) as Person;
}

async function nextChange(q: Q): Promise<number> {
  const r = await q.query<{ n: string }>(`select nextval('google_changes')::text as n`);
  return Number(r.rows[0].n);
}

async function insertPerson(q: Q, p: Person): Promise<Row> {
  const person = stored(p);
  if (!Array.isArray(person.memberships) || !person.memberships.length) person.memberships = [{ contactGroupMembership: { contactGroupResourceName: 'contactGroups/myContacts' } }];
  const r = await q.query<Row>(
    `insert into google_people (resource_name, n, change, person)
       select 'people/c' || (7000000000 + s.i * 7919)::text, s.i, nextval('google_changes'), $1::jsonb from (select nextval('google_people_ids') as i) s
     returning *`,
    [JSON.stringify(person)],
  );
  return r.rows[0];
}

/** The contact groups' resource names (system ones made on first use). */
async function groupSet(q: Q): Promise<Set<string>> {
  await ensureSystemGroups(q);
  const r = await q.query<{ resource_name: string }>(`select resource_name from google_groups`);
  return new Set(r.rows.map((g) => g.resource_name));
}

function groupProblem(p: Person, groups: Set<string>): string | null {
  for (const m of Array.isArray(p.memberships) ? p.memberships : []) {
    const rn = m?.contactGroupMembership?.contactGroupResourceName;
    if (!rn) return 'A contact group membership needs contactGroupResourceName.';
    if (!groups.has(rn)) return `Contact group ${rn} was not found.`;
  }
  return null;
}

const fieldsOf = (mask: unknown): string[] => (typeof mask === 'string' ? mask.split(',').map((s) => s.trim()).filter(Boolean) : []);

async function connections(url: URL, ctx: RouteContext): Promise<RouteAnswer> {
  const fields = fieldsOf(url.searchParams.get('personFields'));
  const size = Number(url.searchParams.get('pageSize') ?? 100) || 100;
  const sync = url.searchParams.get('syncToken');
  const page = url.searchParams.get('pageToken');
  let since = 0;
  if (sync) {
    const m = /^s(\d+)$/.exec(sync);
    if (!m) throw invalid('Sync token is invalid.');
    since = Number(m[1]);
    if (since < ctx.cfg.googleSyncFloor) {
      throw gError(400, 'FAILED_PRECONDITION', 'Sync token is expired. Clear local cache and retry call without the sync token.', [
        { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'EXPIRED_SYNC_TOKEN', domain: 'people.googleapis.com' },
      ]);
    }
  }
  // A page token carries the listing's snapshot (the last change it includes) and the offset.
  let top: number;
  let offset = 0;
  if (page) {
    const m = /^p(\d+)\.(\d+)$/.exec(page);
    if (!m) throw invalid('Page token is invalid.');
    top = Number(m[1]);
    offset = Number(m[2]);
  } else {
    const r = await ctx.db.pg.query<{ n: string | null }>(`select max(change)::text as n from google_people`);
    top = Number(r.rows[0].n ?? 0);
  }
  const rows = await ctx.db.pg.query<Row>(
    `select * from google_people where change <= $1 and change > $2 and ($3 or not deleted) order by n limit $4 offset $5`,
    [top, since, !!sync, size + 1, offset],
  );
  const more = rows.rows.length > size;
  const list = rows.rows.slice(0, size);
  const total = await ctx.db.pg.query<{ n: number }>(`select count(*)::int as n from google_people where not deleted`);
  const body: Record<string, unknown> = { connections: list.map((r) => view(r, fields)), totalItems: total.rows[0].n, totalPeople: total.rows[0].n };
  if (!list.length) delete body.connections;
  if (more) body.nextPageToken = `p${top}.${offset + size}`;
  else if (url.searchParams.get('requestSyncToken') === 'true' || sync) body.nextSyncToken = `s${top}`;
  return { status: 200, body };
}

async function batchCreate(body: any, ctx: RouteContext): Promise<RouteAnswer> {
  const fields = fieldsOf(body.readMask);
  return ctx.db.tx(async (q) => {
    const groups = await groupSet(q);
    for (const [i, c] of (body.contacts as any[]).entries()) {
      const problem = contactProblem(c.contactPerson ?? {}, ctx) ?? groupProblem(c.contactPerson ?? {}, groups);
      if (problem) throw invalid(`contacts[${i}]: ${problem}`);
    }
    const createdPeople: unknown[] = [];
    for (const c of body.contacts as any[]) {
      const r = await insertPerson(q, c.contactPerson ?? {});
      ctx.wrote(CRM);
      createdPeople.push({ httpStatusCode: 200, person: view(r, fields), status: {} });
    }
    return { status: 200, body: { createdPeople } };
  });
}

async function batchUpdate(body: any, ctx: RouteContext): Promise<RouteAnswer> {
  const mask = fieldsOf(body.updateMask);
  const fields = fieldsOf(body.readMask);
  return ctx.db.tx(async (q) => {
    const groups = await groupSet(q);
    const found: Array<[Row, Person]> = [];
    for (const [rn, p] of Object.entries(body.contacts as Record<string, Person>)) {
      const r = await q.query<Row>(`select * from google_people where resource_name = $1 and not deleted`, [rn]);
      if (!r.rows.length) throw gError(404, 'NOT_FOUND', `Requested entity was not found: ${rn}.`);
      if (!p.etag) throw invalid(`contacts["${rn}"]: person.etag is required.`);
      if (p.etag !== `%E${r.rows[0].change}`) {
        throw gError(400, 'FAILED_PRECONDITION', 'Request person.etag is different than the current person.etag. Clear local cache and get the latest person.', [
          { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'failedPrecondition', domain: 'people.googleapis.com' },
        ]);
      }
      if (mask.includes('memberships') && !(Array.isArray(p.memberships) && p.memberships.length)) throw invalid(`contacts["${rn}"]: a contact must keep at least one contact group membership.`);
      const problem = contactProblem(p, ctx) ?? groupProblem(p, groups);
      if (problem) throw invalid(`contacts["${rn}"]: ${problem}`);
      found.push([r.rows[0], p]);
    }
    const updateResult: Record<string, unknown> = {};
    for (const [row, p] of found) {
      const next = { ...row.person };
      const given = stored(p);
      for (const f of mask) {
        if (given[f] === undefined) delete next[f];
        else next[f] = given[f];
      }
      const change = await nextChange(q);
      const r = await q.query<Row>(
        `update google_people set person = $2::jsonb, change = $3, updated_at = clock_timestamp(), writes = writes + 1 where resource_name = $1 returning *`,
        [row.resource_name, JSON.stringify(next), change],
      );
      ctx.wrote(CRM);
      updateResult[row.resource_name] = { httpStatusCode: 200, person: view(r.rows[0], fields), status: {} };
    }
    return { status: 200, body: { updateResult } };
  });
}

async function batchDelete(body: any, ctx: RouteContext): Promise<RouteAnswer> {
  return ctx.db.tx(async (q) => {
    for (const rn of body.resourceNames as string[]) {
      const r = await q.query(`select 1 from google_people where resource_name = $1 and not deleted`, [rn]);
      if (!r.rows.length) throw gError(404, 'NOT_FOUND', `Requested entity was not found: ${rn}.`);
    }
    for (const rn of body.resourceNames as string[]) {
      const change = await nextChange(q);
      await q.query(`update google_people set deleted = true, change = $2, updated_at = clock_timestamp() where resource_name = $1`, [rn, change]);
    }
    return { status: 200, body: {} };
  });
}

async function groups(ctx: RouteContext, body: any, method: string): Promise<RouteAnswer> {
  return ctx.db.tx(async (q) => {
    await ensureSystemGroups(q);
    if (method === 'GET') {
      const r = await q.query<{ resource_name: string; name: string; system: boolean }>(`select * from google_groups order by system desc, name`);
      return {
        status: 200,
        body: { contactGroups: r.rows.map((g) => ({ resourceName: g.resource_name, name: g.name, formattedName: g.name, groupType: g.system ? 'SYSTEM_CONTACT_GROUP' : 'USER_CONTACT_GROUP' })), totalItems: r.rows.length },
      };
    }
    const name = String(body.contactGroup?.name ?? '').trim();
    if (!name) throw invalid('contactGroup.name is required.');
    const dup = await q.query(`select 1 from google_groups where lower(name) = lower($1)`, [name]);
    if (dup.rows.length) throw gError(409, 'ALREADY_EXISTS', 'Contact group name already exists.');
    const n = await nextChange(q);
    const rn = `contactGroups/${(0x4a3b0000 + n).toString(16)}`;
    await q.query(`insert into google_groups (resource_name, name) values ($1, $2)`, [rn, name]);
    return { status: 200, body: { resourceName: rn, etag: `%G${n}`, name, formattedName: name, groupType: 'USER_CONTACT_GROUP', metadata: { updateTime: new Date().toISOString() } } };
  });
}

async function handle({ method, path, url, body }: RouteRequest, ctx: RouteContext): Promise<RouteAnswer> {
  const doc = peopleDiscovery();
  const id = methodOf(doc, method, path);
  if (!id) throw gError(404, 'NOT_FOUND', `Method not found: ${method} ${path}.`);
  const problems = requestProblems(doc, id, url.searchParams, body);
  if (problems.length) throw invalid(problems.join(' '));
  switch (id) {
    case 'people.people.connections.list':
      return connections(url, ctx);
    case 'people.people.batchCreateContacts':
      return batchCreate(body, ctx);
    case 'people.people.batchUpdateContacts':
      return batchUpdate(body, ctx);
    case 'people.people.batchDeleteContacts':
      return batchDelete(body, ctx);
    default:
      return groups(ctx, body, method);
  }
}

function faultBody(status: number, rule: FaultRule): unknown {
  if (status === 429 || (status === 403 && rule.policyName)) {
    const daily = rule.policyName === 'DAILY';
    const limit = daily ? 'Daily Contact Writes per day per user' : 'Critical read requests (Contact and Profile Reads) per minute per user';
    return {
      error: {
        code: status,
        message: `Quota exceeded for quota metric '${daily ? 'Daily Contact Writes' : 'Critical read requests (Contact and Profile Reads)'}' and limit '${limit}' of service 'people.googleapis.com' for consumer 'project_number:123456789'.`,
        status: 'RESOURCE_EXHAUSTED',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'RATE_LIMIT_EXCEEDED',
            domain: 'googleapis.com',
            metadata: { quota_limit: daily ? 'DailyContactWritesPerDayPerUser' : 'CriticalReadRequestsPerMinutePerUser', quota_metric: 'people.googleapis.com/contact_writes', service: 'people.googleapis.com' },
          },
        ],
      },
    };
  }
  if (status === 401) return { error: { code: 401, message: 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.', status: 'UNAUTHENTICATED' } };
  if (status === 403) return { error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' } };
  if (status === 400) return { error: { code: 400, message: 'Request contains an invalid argument.', status: 'INVALID_ARGUMENT' } };
  return { error: { code: status, message: status === 503 ? 'The service is currently unavailable.' : 'Internal error encountered.', status: status === 503 ? 'UNAVAILABLE' : 'INTERNAL' } };
}

function toStored(r: Row): StoredContact {
  return {
    id: r.resource_name,
    crm: CRM,
    locationId: null,
    email: emailsOf(r.person)[0] ?? null,
    phone: phonesOf(r.person)[0] ?? null,
    props: r.person,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    writes: r.writes,
  };
}

export const googleContactsRoutes: TestCrmContract = {
  crm: CRM,
  schema: SCHEMA,
  handles: (path) => path.startsWith('/v1/people') || path.startsWith('/v1/contactGroups'),
  handle: async (r, ctx) => {
    if (bearer(r.req) !== ctx.token) throw gError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.');
    return handle(r, ctx);
  },
  faultBody,
  list: async (ctx) => (await ctx.db.pg.query<Row>(`select * from google_people where not deleted order by n`)).rows.map(toStored),
  seed: async (ctx, contacts) =>
    ctx.db.tx(async (q) => {
      const out: StoredContact[] = [];
      for (const c of contacts) {
        const p: Person = { ...(c.props ?? {}) };
        if (c.email && !EMAIL_RE.test(c.email)) throw new Error(`seed: bad email ${c.email}`);
        if (c.email) p.emailAddresses = [{ value: c.email }, ...((p.emailAddresses as unknown[]) ?? [])];
        if (c.phone) p.phoneNumbers = [{ value: c.phone }, ...((p.phoneNumbers as unknown[]) ?? [])];
        out.push(toStored(await insertPerson(q, p)));
      }
      return out;
    }),
  reset: async (ctx) => {
    await ctx.db.pg.exec(`delete from google_people; delete from google_groups;`);
  },
  destination: (crm) => ({ type: 'google-contacts', baseUrl: crm.url, token: crm.token }),
};
