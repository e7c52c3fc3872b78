import { ageOn, consentGiver, type CaseConsent } from '@lettilbud/contract';

/**
 * What a consent record says. A record without a status is a given consent (1.x cases); one
 * still to be obtained, or refused, is never read as a consent.
 */
export function consentStatus(c: CaseConsent): NonNullable<CaseConsent['status']> {
  return c.status ?? 'given';
}

/** Whether the record names the person who must consent at the child's age on its date. */
export function rightGiver(birthDate: string, c: CaseConsent): boolean {
  return c.givenBy === consentGiver(ageOn(birthDate, c.date));
}

/** Whether a given, unwithdrawn consent covers a party on a date. */
export function hasConsent(consents: readonly CaseConsent[], party: string, on: string): boolean {
  return consents.some(
    (c) =>
      c.party === party &&
      consentStatus(c) === 'given' &&
      c.date <= on &&
      (!c.withdrawn || c.withdrawn > on),
  );
}
