// The one argument parser of the contact-import commands (validate, run): `--flag value` and `--flag=value`,
// boolean flags (`--json`), and positional arguments. Any problem is a UsageError: exit code 2 with its message.

/** Unusable input: exit code 2 with this message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ArgSpec<V extends string, B extends string> {
  /** The command, for messages ("validate", "run"). */
  command: string;
  /** Options that take a value, with the placeholder the usage line gives them: { '--sheet': 'NAME' }. */
  values: Record<V, string>;
  /** Options that take no value: ['--json']. */
  flags: readonly B[];
}

export interface ParsedArgs<V extends string, B extends string> {
  /** The arguments that are not options, in order. */
  positional: string[];
  /** The value of each option given (the last one when an option is repeated). */
  values: Partial<Record<V, string>>;
  flags: Record<B, boolean>;
}

/**
 * Reads the arguments against a spec. `--flag value` and `--flag=value` are the same; a value is missing when the
 * argument after the option is absent or is itself an option, or when `--flag=` gives an empty one. An option the
 * spec does not list is refused, naming the options the command has. A lone `-` is a positional argument.
 */
export function parseArgs<V extends string, B extends string>(args: readonly string[], spec: ArgSpec<V, B>): ParsedArgs<V, B> {
  const values: Partial<Record<V, string>> = {};
  const flags = Object.fromEntries(spec.flags.map((f) => [f, false])) as Record<B, boolean>;
  const positional: string[] = [];
  const known = (name: string): name is V => Object.prototype.hasOwnProperty.call(spec.values, name);
  const isFlag = (name: string): name is B => (spec.flags as readonly string[]).includes(name);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('-') || a === '-') {
      positional.push(a);
      continue;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    if (isFlag(name)) {
      if (inline !== undefined) throw new UsageError(`${name} takes no value.`);
      flags[name] = true;
    } else if (known(name)) {
      let v: string | undefined = inline;
      if (v === undefined) {
        v = args[i + 1];
        if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value.`);
        i++;
      }
      if (v === '') throw new UsageError(`${name} needs a value.`);
      values[name] = v;
    } else {
      throw new UsageError(`Unknown option "${a}" for ${spec.command}. Options: ${optionList(spec)}.`);
    }
  }
  return { positional, values, flags };
}

/** "--sheet NAME, --settings FILE, --json" */
export function optionList(spec: ArgSpec<string, string>): string {
  return [...Object.entries(spec.values).map(([k, v]) => `${k} ${v}`), ...spec.flags].join(', ');
}
