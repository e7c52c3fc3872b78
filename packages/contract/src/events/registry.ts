import type { EventSpec } from './event.js';
import { dataError } from './common.events.js';
import { offerFinderChange, offerSelect } from './offer-finder.events.js';
import { referralSubmit, referralSubmitted, referralUrgent } from './referral.events.js';
import { sdqSubmit, sdqSubmitted } from './sdq.events.js';
import { journalAction, journalRequest } from './journal.events.js';

/** Every event in the contract, for docs and tests; widgets import the specs they fire. */
export const EVENTS: readonly EventSpec<unknown>[] = [
  offerSelect,
  offerFinderChange,
  dataError,
  referralSubmit,
  referralSubmitted,
  referralUrgent,
  sdqSubmit,
  sdqSubmitted,
  journalRequest,
  journalAction,
] as unknown as readonly EventSpec<unknown>[];
