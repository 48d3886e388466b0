// What the user sees when something fails. A UserError is meant for the user: its message passes as it is. Anything
// else is a bug or a failure of Apps Script: it is logged with its stack (console.error, which the manifest's
// Stackdriver logging keeps), and the user sees a short message with an id to quote, never a stack or a raw error.

/** An error whose message is meant for the user (what went wrong and how to fix it). */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

let errorSeq = 0;

/** A short id to quote, e.g. "E-M1X2Y3-7": the time in base 36 and a counter. */
function errorId(): string {
  errorSeq++;
  return `E-${Date.now().toString(36).toUpperCase()}-${errorSeq.toString(36).toUpperCase()}`;
}

/** Logs an error with its stack (console.error: Stackdriver in Apps Script) under a new id, and returns the id. */
export function logError(e: unknown, context = 'Contact Import error'): string {
  const id = errorId();
  const detail = e instanceof Error ? e.stack || `${e.name}: ${e.message}` : String(e);
  console.error(`${context} ${id}: ${detail}`);
  return id;
}

/**
 * The error as the user may see it: a UserError as it is (its stack, of no use to the user, left out); anything else
 * logged, and replaced by a short message.
 */
export function toUserError(e: unknown): UserError {
  if (e instanceof UserError) {
    e.stack = undefined;
    return e;
  }
  const id = logError(e);
  return new UserError(`Something went wrong (error ${id}). Try again; if it happens again, tell the add-on's support this id.`);
}

/** Runs fn; a failure reaches the caller as toUserError makes it (what reaches the sidebar and the menus). */
export function userFacing<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw toUserError(e);
  }
}
