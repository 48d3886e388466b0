// The Settings form's Destination section, rendered from the descriptors the server sends (SidebarState.destinations,
// from the registry src/crm/registry.ts): the kinds in "Import into", each kind's fields, and its credential (a token
// pasted once and never shown again, the user's Google account, or nothing). No kind is spelled here.
import { HTTPS_ONLY, checkEndpointUrl } from '../src/shared/url';
import type { ConnectionView, DestinationDescriptor, DestinationField, DestinationView } from '../src/shared/api';
import { Icon } from './ui';

/** Why a URL cannot be used ('' when it can): the server's rule (src/shared/url.ts), https or http to localhost only. */
export function urlProblem(url: string, required: boolean): string {
  if (!url.trim()) return required ? 'Enter the URL.' : '';
  const c = checkEndpointUrl(url);
  if (c.ok) return '';
  return c.problem === 'insecure' ? HTTPS_ONLY : 'Enter a full URL, such as https://example.com/hook.';
}

/** A field's value in the view, as text. */
export const fieldValue = (dest: DestinationView, key: string): string => (typeof dest[key] === 'string' ? (dest[key]) : '');

/** The first URL field of the kind that cannot be used, with why; null when they all can. */
export function urlError(desc: DestinationDescriptor | undefined, dest: DestinationView): { key: string; message: string } | null {
  for (const f of desc?.fields ?? []) {
    if (f.kind !== 'url') continue;
    const message = urlProblem(fieldValue(dest, f.key), f.required);
    if (message) return { key: f.key, message };
  }
  return null;
}

export const fieldId = (key: string) => `dest-${key}`;

interface Props {
  descriptors: DestinationDescriptor[];
  dest: DestinationView;
  setDest: (patch: Record<string, string>) => void;
  token: string;
  setToken: (t: string) => void;
  /** A token is saved for the kind shown (the saved settings' kind), and its last 4 characters. */
  connected: boolean;
  tokenLast4: string;
  conn: ConnectionView | null;
  disconnect: () => void;
  /** The URL error to show (after the user left the field or tried to save). */
  shownError: { key: string; message: string } | null;
  onBlurUrl: () => void;
}

export function DestinationForm(p: Props) {
  const desc = p.descriptors.find((d) => d.type === p.dest.type);
  const fields = desc?.fields ?? [];
  const field = (f: DestinationField) => {
    const err = p.shownError?.key === f.key ? p.shownError.message : '';
    const id = fieldId(f.key);
    return (
      <label class="field" key={f.key}>
        <span>{f.label}</span>
        <input
          type={f.kind === 'url' ? 'url' : 'text'}
          id={id}
          placeholder={f.placeholder}
          class={err ? 'input-err' : ''}
          aria-invalid={!!err}
          aria-describedby={err ? `${id}-err` : undefined}
          value={fieldValue(p.dest, f.key)}
          onInput={(e) => p.setDest({ [f.key]: e.currentTarget.value })}
          onBlur={f.kind === 'url' ? p.onBlurUrl : undefined}
        />
        {err && <div class="field-err" id={`${id}-err`}>{err}</div>}
      </label>
    );
  };
  const cred = desc?.credential ?? { kind: 'none' as const };
  return (
    <>
      <label class="field">
        <span>Import into</span>
        <select value={p.dest.type} onChange={(e) => p.setDest({ type: e.currentTarget.value })}>
          {p.descriptors.map((d) => (
            <option value={d.type} key={d.type}>
              {d.option}
            </option>
          ))}
        </select>
      </label>
      {fields.filter((f) => !f.after).map(field)}
      {cred.kind === 'google' && (
        <div class="connected">
          <span class="ok-text">
            <Icon name="check" size={14} />
            {cred.note}
          </span>
        </div>
      )}
      {cred.kind === 'token' &&
        (p.connected ? (
          <div class={p.conn && !p.conn.ok ? 'connected bad' : 'connected'}>
            <span class="ok-text">
              <Icon name={p.conn && !p.conn.ok ? 'error' : 'check'} size={14} />
              {p.conn && !p.conn.ok ? 'Token ' : 'Connected '}••••{p.tokenLast4}
              {p.conn && !p.conn.ok ? ' did not work' : ''}
            </span>
            <button type="button" class="small" onClick={p.disconnect}>
              Disconnect
            </button>
          </div>
        ) : (
          <label class="field">
            <span>{cred.label}</span>
            <input
              type="password"
              autocomplete="off"
              spellcheck={false}
              value={p.token}
              placeholder="Paste the token; it is stored only for you"
              onInput={(e) => p.setToken(e.currentTarget.value)}
            />
          </label>
        ))}
      {fields.filter((f) => f.after).map(field)}
    </>
  );
}
