import {
  CONSENT_PARTIES,
  CONTRACT_VERSION,
  consentRecord,
  type ContractSchemas,
  type OfferPrefill,
  type Referral,
  type Validated,
} from '@lettilbud/contract';
import { normalizeCpr } from './cpr.js';
import { ageInfo, parseBirthDate } from './dates.js';
import { IMPACT_KEYS, isUrgent, type ReferralForm } from './form.js';

export interface BuildOptions {
  readonly today: string;
  readonly now: Date;
  readonly consentTextVersion: string;
  /** Only when the host enabled CPR and the family typed one. */
  readonly cpr?: string | undefined;
  readonly offer?: OfferPrefill | null | undefined;
}

const IMPACT_FIELDS = {
  impactSchool: 'school',
  impactSleep: 'sleep',
  impactFriends: 'friends',
  impactFamily: 'family',
} as const;

/** Trimmed text, or undefined when empty, so optional fields stay out of the payload. */
function text(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

function yesNo(value: '' | 'yes' | 'no'): boolean | undefined {
  return value === '' ? undefined : value === 'yes';
}

/**
 * Turns what the family typed into the contract's `Referral` and validates it. Empty
 * optional answers are left out (collect the minimum); consent parties not ticked are "no".
 * The consent record says whose consent it is and whether the writer gave it
 * (`consentRecord()`): a parent's ticks for a 16-year-old are a request, not her consent.
 */
export function buildReferral(
  form: ReferralForm,
  options: BuildOptions,
  { validate, Referral }: Pick<ContractSchemas, 'validate' | 'Referral'>,
): Validated<Referral> {
  const age = ageInfo(form.birthDate, options.today);
  const impact: Record<string, number> = {};
  for (const key of IMPACT_KEYS) {
    if (form[key] !== '') impact[IMPACT_FIELDS[key]] = Number(form[key]);
  }
  const holders = form.custodyHolders
    .filter((h) => h.name.trim() || h.phone.trim() || h.email.trim())
    .map((h) => ({ name: h.name.trim(), phone: text(h.phone), email: text(h.email) }));
  const youngPerson15 = form.role === 'young-person' && (age?.age ?? 0) >= 15;
  const childAlone = form.role === 'young-person' && age?.consentBy === 'custody-holders';
  const cpr = options.cpr ? text(options.cpr) : undefined;
  // Without a role or a valid date the contract refuses the referral anyway; the record then
  // claims nobody's consent.
  const consent =
    form.role && age
      ? consentRecord(form.role, age.age)
      : ({ consenter: 'custody-holders', status: 'to-be-obtained' } as const);

  const referral = {
    contractVersion: CONTRACT_VERSION,
    consentTextVersion: options.consentTextVersion,
    writer: {
      role: form.role,
      name: text(form.writerName),
      professional:
        form.role === 'professional'
          ? {
              role: form.proRole.trim(),
              workplace: form.proWorkplace.trim(),
              familyKnowsAndAgrees: form.familyAgrees,
            }
          : undefined,
    },
    child: {
      name: form.childName.trim(),
      birthDate: parseBirthDate(form.birthDate) ?? form.birthDate,
      cpr: cpr ? normalizeCpr(cpr) : undefined,
      school: text(form.school),
      className: text(form.className),
      municipality: form.municipality,
    },
    custodyHolders: holders.length ? holders : undefined,
    contact: {
      phone: text(form.phone),
      email: text(form.email),
      goodTimes: text(form.goodTimes),
      mayLeaveMessage: yesNo(form.mayLeaveMessage),
      parentsKnow: youngPerson15 ? yesNo(form.parentsKnow) : undefined,
      parentsMayBeContacted: youngPerson15 ? yesNo(form.parentsMayBeContacted) : undefined,
    },
    concerns: form.concerns,
    ownWords: text(form.ownWords),
    duration: form.duration || undefined,
    impact: Object.keys(impact).length ? impact : undefined,
    tried: form.tried.length ? form.tried : undefined,
    activePsychiatricTreatment: yesNo(form.activeTreatment),
    safety: form.safety,
    urgent: isUrgent(form),
    consents: {
      ...consent,
      // A child under 15 writing alone cannot consent for the custody holders: nothing is
      // shared until they have been asked at the pre-talk.
      parties: Object.fromEntries(
        CONSENT_PARTIES.map((p) => [p, !childAlone && form.consents.includes(p)]),
      ),
    },
    offer: options.offer
      ? {
          municipality: options.offer.municipality,
          offerId: options.offer.offerId,
          courseId: options.offer.courseId,
        }
      : undefined,
    submittedAt: options.now.toISOString(),
  };
  return validate(Referral, stripUndefined(referral));
}

/** JSON has no undefined; drop those keys so the payload is what the backend will see. */
function stripUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
