import { lazy } from '../validation/lazy.js';

/**
 * `fhirToCase` on demand, as its own chunk: a widget that reads FHIR (the journal panel)
 * loads it only when a Bundle arrives, so hosts that pass a case record never download it.
 */
export const fhirCaseReader = lazy(() => import('./fhir-to-case.js'));
