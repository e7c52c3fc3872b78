import type { Lazy } from '@lettilbud/contract';

/**
 * Starts loading on-demand modules the first time the user focuses or touches an element
 * (the moment a form or a finder is about to be used), so that what the first render left
 * out is there by the time it is needed. One listener pair per call, removed after use;
 * modules already loaded are not fetched again.
 */
export function prefetchOnFirstUse(element: HTMLElement, ...modules: Lazy<unknown>[]): void {
  const pending = modules.filter((m) => !m.now());
  if (!pending.length) return;
  const load = (): void => {
    element.removeEventListener('focusin', load);
    element.removeEventListener('pointerdown', load);
    for (const m of pending) void m.load().catch(() => undefined);
  };
  element.addEventListener('focusin', load);
  element.addEventListener('pointerdown', load);
}
