// What every tab of the sidebar gets from the app (main.tsx): the state, a way to replace it, a guarded runner for
// server calls, and the Map tab's draft. Its own module, so the tabs do not import main.tsx, which imports them.
import type { Mapping, SidebarState } from '../src/shared/api';

export type TabId = 'map' | 'settings' | 'check' | 'import';

/** What every tab gets: the state, a way to replace it, and a guarded runner for server calls. */
export interface Ctx {
  state: SidebarState;
  setState(s: SidebarState): void;
  /** Runs a server action: shows the busy state, turns failures into a readable message. Resolves undefined on failure. */
  act<T>(label: string, fn: () => Promise<T>): Promise<T | undefined>;
  busy: string;
  announce(msg: string): void;
  goTo(tab: TabId): void;
  /** Fetches the state again; quiet: a failure keeps the current state without an error message. */
  reload(quiet?: boolean): Promise<void>;
  /** The mapping as edited in the Map tab, not yet saved. */
  draft: Mapping;
  setDraft: (m: Mapping) => void;
  dirty: boolean;
  /** Saves the draft mapping when it differs from the saved one; returns the fresh state. */
  saveDraft(): Promise<SidebarState | undefined>;
}
