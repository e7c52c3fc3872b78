import { lazy } from './lazy.js';

/**
 * What a widget checks host documents and its own events with, loaded on demand as its own
 * chunk: the validators compiled at build time from the zod schemas (`checks.ts`), with the
 * names and the `safeParse()` of the zod schemas and no zod. Hosts and Node use the zod
 * schemas themselves, from the package's index.
 */
export type ContractSchemas = typeof import('./checks.js');

/**
 * The one loader of the contract's checks, shared by every element on the page: `now()` is
 * synchronous once loaded, `load()` fetches the chunk once.
 */
export const contractSchemas = lazy<ContractSchemas>(() => import('./checks.js'));
