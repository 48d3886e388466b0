// Small shared pieces: icons (inline SVG, nothing fetched), progress bar, buttons, notices.
import type { ComponentChildren } from 'preact';

type IconName = 'check' | 'warn' | 'error' | 'up' | 'down' | 'close' | 'refresh' | 'next' | 'info';
const PATHS: Record<IconName, string> = {
  check: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z',
  warn: 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z',
  error: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z',
  up: 'M7.4 15.4 12 10.8l4.6 4.6L18 14l-6-6-6 6z',
  down: 'M7.4 8.6 12 13.2l4.6-4.6L18 10l-6 6-6-6z',
  close: 'M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z',
  refresh: 'M17.6 6.4A8 8 0 1 0 19.7 14h-2.1a6 6 0 1 1-1.4-6.2L13 11h7V4z',
  next: 'M10 6 8.6 7.4 13.2 12l-4.6 4.6L10 18l6-6z',
  info: 'M11 7h2v2h-2zm0 4h2v6h-2zm1-9a10 10 0 1 0 0 20 10 10 0 0 0 0-20z',
};

export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  return (
    <svg class={`icon icon-${name}`} width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}

export function Progress({ done, total, label }: { done: number; total: number; label: string }) {
  const pct = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div class="progress-wrap">
      <div
        class="progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
      >
        <div class="progress-fill" style={{ width: `${pct}%` }} />
      </div>
      <div class="progress-text" aria-live="polite">
        {label}: {done} of {total} rows ({pct}%)
      </div>
    </div>
  );
}

export function Notice({
  kind,
  children,
  onClose,
}: {
  kind: 'error' | 'warn' | 'info' | 'ok';
  children: ComponentChildren;
  onClose?: () => void;
}) {
  const icon: IconName = kind === 'error' ? 'error' : kind === 'warn' ? 'warn' : kind === 'ok' ? 'check' : 'info';
  return (
    <div class={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <Icon name={icon} />
      <div class="notice-body">{children}</div>
      {onClose && (
        <button type="button" class="icon-btn" aria-label="Dismiss message" onClick={onClose}>
          <Icon name="close" size={14} />
        </button>
      )}
    </div>
  );
}

export function pct(n: number): string {
  return `${Math.round(Math.max(0, Math.min(1, n)) * 100)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
