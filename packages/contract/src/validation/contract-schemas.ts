import { lazy } from './lazy.js';

/** The contract's schemas module (zod and every schema), loaded on demand as its own chunk. */
export type ContractSchemas = typeof import('./schemas.js');

/**
 * The one loader of the contract's schemas, shared by every element on the page: `now()` is
 * synchronous once loaded, `load()` fetches the chunk once.
 */
export const contractSchemas = lazy<ContractSchemas>(() => import('./schemas.js'));
