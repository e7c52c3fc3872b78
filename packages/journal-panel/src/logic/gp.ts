import { byCodeUnits, type JournalCase } from '@lettilbud/contract';
import { consentStatus, rightGiver } from './consents.js';
import { courseTaken, guidedElsewhere } from './pathway.js';

/**
 * The GP is told what the child was offered (a course, or where the child was guided or
 * referred), and at the end the course's content and effect. That is health data: the panel
 * prompts for it only with a recorded GP consent, and shows a refusal or a missing consent
 * instead.
 */
export type GpTopic = 'offer' | 'guided' | 'result';
export type GpConsent =
  'given' | 'missing' | 'to-be-obtained' | 'refused' | 'withdrawn' | 'wrong-giver';

export interface GpStatus {
  /** What the GP has not yet been told and should be. */
  readonly due: GpTopic[];
  readonly consent: GpConsent;
  /** The date of the consent record that decides (given, refused, withdrawn …). */
  readonly date?: string;
}

/** The GP consent as of today: the latest record for party 'gp' decides. */
export function gpConsent(c: JournalCase, today: string): { state: GpConsent; date?: string } {
  const latest = (c.consents ?? [])
    .filter((k) => k.party === 'gp' && k.date <= today)
    .sort((a, b) => byCodeUnits(a.date, b.date))
    .at(-1);
  if (!latest) return { state: 'missing' };
  const status = consentStatus(latest);
  if (status !== 'given') return { state: status, date: latest.date };
  if (latest.withdrawn && latest.withdrawn <= today)
    return { state: 'withdrawn', date: latest.withdrawn };
  if (!rightGiver(c.child.birthDate, latest)) return { state: 'wrong-giver', date: latest.date };
  return { state: 'given', date: latest.date };
}

export function gpStatus(c: JournalCase, today: string): GpStatus {
  const due: GpTopic[] = [];
  const told = c.closure;
  const course = courseTaken(c);
  // Offered a course: at the pre-talk (outcome 3), unless the screening then decided against it.
  const offered =
    course ||
    (c.preTalk?.decision === 'offered-treatment' && c.screening?.startTreatment !== false);
  if (offered && told?.gpInformedOfOffer !== true) due.push('offer');
  if (!offered && guidedElsewhere(c) && told?.gpInformedOfOffer !== true) due.push('guided');
  if (course && told?.date && told.gpInformedOfResult !== true) due.push('result');
  const consent = gpConsent(c, today);
  return { due, consent: consent.state, ...(consent.date ? { date: consent.date } : {}) };
}
