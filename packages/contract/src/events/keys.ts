import type { DataErrorDetail } from './common.events.js';
import type { OfferFinderSelection, OfferSelectDetail } from './offer-finder.events.js';
import type {
  ReferralSubmittedDetail,
  ReferralUrgentDetail,
  ReferralSubmitDetail,
} from './referral.events.js';
import type { SdqSubmitDetail, SdqSubmittedDetail } from './sdq.events.js';
import type { JournalActionDetail, JournalRequestDetail } from './journal.events.js';
import type { OverviewRequestDetail } from './offer-overview.events.js';

/**
 * What a widget needs to fire a contract event: its name, whether it is cancelable, and (as a
 * type only) its detail. The event's schema and docs live in its spec (`offerSelectSpec` …,
 * listed in `EVENTS`); `LtElement.emit()` looks the schema up by name in the on-demand
 * schemas chunk, so a widget's own file carries no schema. A test keeps keys and specs equal.
 */
export interface EventKey<D> {
  readonly name: `lt-${string}`;
  readonly cancelable: boolean;
  /** Type only: the detail this event carries. */
  readonly detail?: D;
}

const key = <D>(name: `lt-${string}`, cancelable = false): EventKey<D> => ({ name, cancelable });

export const dataError = key<DataErrorDetail>('lt-data-error');
export const offerSelect = key<OfferSelectDetail>('lt-offer-select', true);
export const offerFinderChange = key<OfferFinderSelection>('lt-offer-finder-change');
export const referralSubmit = key<ReferralSubmitDetail>('lt-referral-submit', true);
export const referralSubmitted = key<ReferralSubmittedDetail>('lt-referral-submitted');
export const referralUrgent = key<ReferralUrgentDetail>('lt-referral-urgent');
export const sdqSubmit = key<SdqSubmitDetail>('lt-sdq-submit', true);
export const sdqSubmitted = key<SdqSubmittedDetail>('lt-sdq-submitted');
export const journalRequest = key<JournalRequestDetail>('lt-journal-request');
export const journalAction = key<JournalActionDetail>('lt-journal-action');
export const overviewRequest = key<OverviewRequestDetail>('lt-overview-request');
