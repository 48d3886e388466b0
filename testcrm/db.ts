// The test CRM's store: PGlite (in-memory Postgres) with a unique index on lower(email) and one on phone,
// per CRM, so dedup, created-vs-updated and ids are real, not simulated.
import { PGlite } from '@electric-sql/pglite';

/** A contract's name in the store: the destination type it speaks to ("hubspot", "highlevel", "webhook", …). */
export type CrmName = string;

export interface StoredContact {
  id: string;
  crm: CrmName;
  locationId: string | null;
  email: string | null;
  phone: string | null;
  props: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  /** How many writes (create + updates) the contact received. */
  writes: number;
}

const SCHEMA = `
create sequence if not exists hubspot_ids start 1001;
create sequence if not exists other_ids start 1;
create table if not exists contacts (
  id text primary key,
  crm text not null,
  location_id text,
  email text,
  phone text,
  props jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default clock_timestamp(),
  updated_at timestamptz not null default clock_timestamp(),
  writes int not null default 1
);
create unique index if not exists contacts_email on contacts (crm, lower(email));
-- HubSpot lets two contacts share a phone; HighLevel's duplicate rule and the webhook receiver do not.
create unique index if not exists contacts_phone on contacts (crm, phone) where crm <> 'hubspot';
create table if not exists webhook_keys (key text primary key, result jsonb not null);
`;

type Q = Pick<PGlite, 'query'>;

interface Row {
  id: string;
  crm: CrmName;
  location_id: string | null;
  email: string | null;
  phone: string | null;
  props: Record<string, unknown>;
  created_at: Date;
  updated_at: Date;
  writes: number;
}

function toContact(r: Row): StoredContact {
  return {
    id: r.id,
    crm: r.crm,
    locationId: r.location_id,
    email: r.email,
    phone: r.phone,
    props: r.props,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    writes: r.writes,
  };
}

export class CrmDb {
  private constructor(readonly pg: PGlite) {}

  /** Opens an empty store: the shared contacts table, plus the contracts' own tables (`extra` SQL). */
  static async open(extra = ''): Promise<CrmDb> {
    const pg = new PGlite();
    await pg.exec(SCHEMA + extra);
    return new CrmDb(pg);
  }

  /** Runs `fn` in one transaction (PGlite serializes transactions, so check-then-write is safe). */
  tx<T>(fn: (q: Q) => Promise<T>): Promise<T> {
    return this.pg.transaction(async (t) => fn(t));
  }

  async nextId(q: Q, crm: CrmName): Promise<string> {
    if (crm === 'hubspot') {
      const r = await q.query<{ n: string }>(`select nextval('hubspot_ids')::text as n`);
      return r.rows[0].n;
    }
    const r = await q.query<{ n: number }>(`select nextval('other_ids')::int as n`);
    const n = r.rows[0].n;
    return crm === 'highlevel' ? 'hl' + n.toString(36).padStart(18, '0') : 'wh_' + n;
  }

  async byEmail(q: Q, crm: CrmName, email: string): Promise<StoredContact | undefined> {
    const r = await q.query<Row>(`select * from contacts where crm = $1 and lower(email) = lower($2)`, [crm, email]);
    return r.rows[0] ? toContact(r.rows[0]) : undefined;
  }

  async byPhone(q: Q, crm: CrmName, phone: string): Promise<StoredContact | undefined> {
    const r = await q.query<Row>(`select * from contacts where crm = $1 and phone = $2 order by created_at limit 1`, [crm, phone]);
    return r.rows[0] ? toContact(r.rows[0]) : undefined;
  }

  async byId(q: Q, crm: CrmName, id: string): Promise<StoredContact | undefined> {
    const r = await q.query<Row>(`select * from contacts where crm = $1 and id = $2`, [crm, id]);
    return r.rows[0] ? toContact(r.rows[0]) : undefined;
  }

  async insert(
    q: Q,
    crm: CrmName,
    c: { email?: string | null; phone?: string | null; props: Record<string, unknown>; locationId?: string | null },
  ): Promise<StoredContact> {
    const id = await this.nextId(q, crm);
    const r = await q.query<Row>(
      `insert into contacts (id, crm, location_id, email, phone, props) values ($1, $2, $3, $4, $5, $6::jsonb) returning *`,
      [id, crm, c.locationId ?? null, c.email ?? null, c.phone ?? null, JSON.stringify(c.props)],
    );
    return toContact(r.rows[0]);
  }

  /** Merges props; sets email/phone when given (null leaves them). */
  async update(
    q: Q,
    crm: CrmName,
    id: string,
    c: { email?: string | null; phone?: string | null; props: Record<string, unknown> },
  ): Promise<StoredContact> {
    const r = await q.query<Row>(
      `update contacts set props = props || $3::jsonb, email = coalesce($4, email), phone = coalesce($5, phone),
         updated_at = clock_timestamp(), writes = writes + 1
       where crm = $1 and id = $2 returning *`,
      [crm, id, JSON.stringify(c.props), c.email ?? null, c.phone ?? null],
    );
    return toContact(r.rows[0]);
  }

  async list(crm?: CrmName): Promise<StoredContact[]> {
    const r = crm
      ? await this.pg.query<Row>(`select * from contacts where crm = $1 order by created_at, id`, [crm])
      : await this.pg.query<Row>(`select * from contacts order by created_at, id`);
    return r.rows.map(toContact);
  }

  async count(q: Q, crm: CrmName): Promise<number> {
    const r = await q.query<{ n: number }>(`select count(*)::int as n from contacts where crm = $1`, [crm]);
    return r.rows[0].n;
  }

  async webhookKey(q: Q, key: string): Promise<Record<string, unknown> | undefined> {
    const r = await q.query<{ result: Record<string, unknown> }>(`select result from webhook_keys where key = $1`, [key]);
    return r.rows[0]?.result;
  }

  async saveWebhookKey(q: Q, key: string, result: Record<string, unknown>): Promise<void> {
    await q.query(`insert into webhook_keys (key, result) values ($1, $2::jsonb) on conflict (key) do nothing`, [key, JSON.stringify(result)]);
  }

  async reset(): Promise<void> {
    await this.pg.exec(`delete from contacts; delete from webhook_keys;`);
  }

  async close(): Promise<void> {
    await this.pg.close();
  }
}
