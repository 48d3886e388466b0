// settings.json, read the same way by every command (validate, run): UTF-8 with or without a byte order mark,
// a JSON object (not null, not a list), checked by the engine's resolveSettings. Problems are UsageErrors (exit 2,
// one line).
import { readSettings } from '../src/crm/registry';
import type { Settings } from '../src/engine/types';
import { UsageError } from './args';
import { readSmallFileSync } from './input';
import { LIMITS } from './limits';

export { fsReason } from './input';

export interface SettingsFile {
  /** The file's JSON object as written ({} without a file): what the add-on stores as its settings input. */
  input: Record<string, unknown>;
  /** The same, resolved: defaults filled in, every value checked. */
  settings: Settings;
}

/** Reads and checks a settings file; without one, the defaults. */
export function readSettingsFile(file: string | undefined): SettingsFile {
  if (file === undefined) {
    const r = readSettings({});
    if ('errors' in r) throw new UsageError(r.errors.join(' '));
    return { input: {}, settings: r.settings };
  }
  const kb = LIMITS.settingsBytes / 1024;
  const text = readSmallFileSync(file, `the settings file "${file}"`, LIMITS.settingsBytes, () =>
    new UsageError(`The settings file "${file}" is larger than ${kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`}, the most a settings file may be; check that it is the right file.`),
  ).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new UsageError(`The settings file "${file}" is not valid JSON: ${(e as Error).message}.`);
  }
  // resolveSettings takes null as "no saved settings"; a settings file must hold an object.
  const r = json === null ? ({ errors: ['Settings must be a JSON object, not null.'] } as const) : readSettings(json);
  if ('errors' in r) {
    // One line on stderr: each problem is a sentence of its own.
    throw new UsageError(`The settings file "${file}" has ${r.errors.length === 1 ? 'a problem' : `${r.errors.length} problems`}: ${r.errors.join(' ')}`);
  }
  return { input: json as Record<string, unknown>, settings: r.settings };
}

/** The resolved settings of a settings file (or the defaults). */
export function loadSettings(file: string | undefined): Settings {
  return readSettingsFile(file).settings;
}

/**
 * The settings input as the add-on stores it (DocumentProperties): without any token. The CLI passes the token to
 * the run directly, as the add-on passes the one from UserProperties.
 */
export function storableSettings(input: Record<string, unknown>): Record<string, unknown> {
  const stored: Record<string, unknown> = { ...input };
  if (stored.destination && typeof stored.destination === 'object') {
    const { token: _t, ...d } = stored.destination as Record<string, unknown>;
    stored.destination = d;
  }
  return stored;
}
