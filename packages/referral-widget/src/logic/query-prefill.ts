import type { OfferPrefill } from '@lettilbud/contract';

/** The contract's id pattern (`Id`), without loading zod on the first render. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/**
 * The finder's choice as a plain page's query carries it (`referral-url` on
 * `<lt-offer-finder>`): `?municipality=101&offer=…&course=…`. Each value is checked; a wrong
 * one is left out with a warning that names the parameter, never its value. Without a valid
 * municipality there is no prefill (null): offer and course alone say nothing.
 */
export function prefillFromQuery(
  search: string,
  warn: (parameter: string, expected: string) => void,
): OfferPrefill | null {
  const query = new URLSearchParams(search);
  const raw = query.get('municipality');
  if (raw === null) return null;
  // The form (step 2) and sending check that the code is one of the 98; the list comes with
  // the later steps, so here only its form: "101", or "0101" as DAWA and FHIR write it.
  const municipality = /^0?(\d{3})$/.exec(raw.trim())?.[1];
  if (!municipality) {
    warn('municipality', 'a 3-digit municipality code, e.g. "101"');
    return null;
  }
  const id = (name: 'offer' | 'course'): string | undefined => {
    const value = query.get(name);
    if (value === null) return undefined;
    if (ID.test(value)) return value;
    warn(name, 'an id of letters, digits, ".", "_", ":" or "-"');
    return undefined;
  };
  const offerId = id('offer');
  const courseId = offerId ? id('course') : undefined;
  return {
    municipality,
    ...(offerId ? { offerId } : {}),
    ...(courseId ? { courseId } : {}),
  };
}
