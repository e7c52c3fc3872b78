/**
 * What the demo backend does with what it receives (a referral, an SDQ response, a journal
 * action, a KL report asked for): the contract's journey functions, which check with its zod
 * schemas, and the journal actions. They load on the first such request, not with the
 * backend: its start (every route's first requests) stays free of zod.
 */
export {
  caseFromReferral,
  caseToLttBundle,
  caseWithSdq,
  JOURNAL_ACTIONS,
  LtJourneyError,
} from '@lettilbud/contract';
export { applyAction } from './actions.js';
