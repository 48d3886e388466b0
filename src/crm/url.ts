// A CRM destination that cannot work: the endpoint URL rule (src/shared/url.ts) applied by the clients, a missing
// token or location id. The message is clear and holds no secret.
import { checkEndpointUrl } from '../shared/url';

export class CrmConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CrmConfigError';
  }
}

/** Returns the URL when it passes the rule, else throws a CrmConfigError with a clear message. */
export function requireEndpointUrl(raw: string, what?: string): string {
  const c = checkEndpointUrl(raw, what);
  if (!c.ok) throw new CrmConfigError(c.message);
  return c.url;
}
