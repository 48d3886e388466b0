// Google Contacts labels (contact groups) for the rows' tags and the settings' label: listed once (GET
// /v1/contactGroups), a missing one created once (POST /v1/contactGroups), then a contact's memberships name them.
// Matched by name without regard to case. A label Google refuses is a warning on the rows that carry it. Sans I/O.
import { FIELD_LABELS } from '../fields';
import { isObject, listIn, parseJson } from '../http';
import type { PushSession } from '../session';
import { type PeopleApi, googleMessage } from './api';

export class GoogleLabels {
  /** Label name (lower case) -> its resource name ("contactGroups/…"), once listed. */
  private groups: Map<string, string> | null = null;
  /** Labels that could not be made, with why. */
  private readonly refused = new Map<string, string>();
  /** Labels listed again after Google said they exist (a create whose answer was lost). */
  private readonly relisted = new Set<string>();
  /** Set when the labels could not be listed: no label is made, with this reason. */
  private refusedAll = '';

  constructor(private readonly api: PeopleApi) {}

  /** Makes sure every wanted label exists (listing them once, creating the missing ones one by one), then `then`. */
  ensure(s: PushSession, lines: number[], wanted: string[], then: () => void): void {
    if (!wanted.length) return then();
    if (!this.groups) {
      this.list(s, lines, () => this.ensure(s, lines, wanted, then));
      return;
    }
    const groups = this.groups;
    if (this.refusedAll) return then();
    const missing = wanted.find((w) => !groups.has(w.toLowerCase()) && !this.refused.has(w.toLowerCase()));
    if (!missing) return then();
    const lk = missing.toLowerCase();
    // A label is not a row: its request is no attempt at one (read-only for the run's bookkeeping).
    s.add(this.api.createGroup(missing), lines, (res) => {
      const j = parseJson(res.body);
      if (res.status >= 200 && res.status < 300 && isObject(j) && typeof j.resourceName === 'string') groups.set(lk, j.resourceName);
      else if (res.status === 409 && !this.relisted.has(lk)) {
        // It exists already (made by a request whose answer was lost, or meanwhile): list the labels again.
        this.relisted.add(lk);
        this.groups = null;
      } else this.refused.set(lk, res.status === 409 ? 'a label of that name exists and cannot be used' : `Google Contacts refused the label: ${googleMessage(res)}`);
      this.ensure(s, lines, wanted, then);
    }, 0, true);
  }

  private list(s: PushSession, lines: number[], then: () => void): void {
    const found = new Map<string, string>();
    const page = (token?: string) =>
      s.add(this.api.groups(token), lines, (res) => {
        if (res.status !== 200) {
          this.groups = found;
          this.refusedAll = `Google Contacts could not list the labels: ${googleMessage(res)}`;
          then();
          return;
        }
        const j = parseJson(res.body);
        for (const g of listIn(j, 'contactGroups')) {
          if (!isObject(g) || typeof g.resourceName !== 'string' || typeof g.name !== 'string') continue;
          if (g.groupType !== undefined && g.groupType !== 'USER_CONTACT_GROUP') continue;
          if (!found.has(g.name.toLowerCase())) found.set(g.name.toLowerCase(), g.resourceName);
        }
        const next = isObject(j) && typeof j.nextPageToken === 'string' ? j.nextPageToken : '';
        if (next) page(next);
        else {
          this.groups = found;
          then();
        }
      });
    page();
  }

  /** The resource names of these labels, and a warning for each one that could not be made. */
  resolve(labels: string[]): { names: string[]; unsent: string[] } {
    const names: string[] = [];
    const unsent: string[] = [];
    for (const l of labels) {
      const rn = this.groups?.get(l.toLowerCase());
      if (rn) names.push(rn);
      else unsent.push(`${FIELD_LABELS.tags}: ${l} (${this.refused.get(l.toLowerCase()) ?? (this.refusedAll || 'not made')})`);
    }
    return { names, unsent };
  }
}
