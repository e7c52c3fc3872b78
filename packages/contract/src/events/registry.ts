import type { EventSpec } from './event.js';
import { dataErrorSpec } from './common.events.js';
import { offerFinderChangeSpec, offerSelectSpec } from './offer-finder.events.js';
import {
  referralSubmitSpec,
  referralSubmittedSpec,
  referralUrgentSpec,
} from './referral.events.js';
import { sdqSubmitSpec, sdqSubmittedSpec } from './sdq.events.js';
import { journalActionSpec, journalRequestSpec } from './journal.events.js';
import { overviewRequestSpec } from './offer-overview.events.js';

/** Every event in the contract, for docs and tests; widgets import the specs they fire. */
export const EVENTS: readonly EventSpec<unknown>[] = [
  offerSelectSpec,
  offerFinderChangeSpec,
  dataErrorSpec,
  referralSubmitSpec,
  referralSubmittedSpec,
  referralUrgentSpec,
  sdqSubmitSpec,
  sdqSubmittedSpec,
  journalRequestSpec,
  journalActionSpec,
  overviewRequestSpec,
] as unknown as readonly EventSpec<unknown>[];
