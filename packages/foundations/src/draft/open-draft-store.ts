import { lazy } from '@lettilbud/contract';
import type { DraftStore } from './draft-store.js';

/** The draft store module: a form's first render never waits for it. */
const draftStores = lazy(() => import('./draft-store.js'));

/**
 * How every form gets its draft store: `DraftStore.fromAttributes()` once the store's module
 * has loaded (started when the form's questions first show, a few milliseconds later). Until
 * then there is nothing to restore and nothing saved; a form saves what was answered
 * meanwhile as soon as the store is there. Rejects when the module cannot load (offline):
 * the form then works without a draft.
 */
export function openDraftStore<T>(
  ...args: Parameters<typeof DraftStore.fromAttributes<T>>
): Promise<DraftStore<T>> {
  return draftStores.load().then((m) => m.DraftStore.fromAttributes<T>(...args));
}
