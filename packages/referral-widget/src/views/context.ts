import type { CrisisContact } from '@lettilbud/contract';
import type { Locale } from '@lettilbud/foundations';
import type { OfferPhone } from '../logic/reply.js';
import type { AgeInfo } from '../logic/dates.js';
import type { ReferralForm } from '../logic/form.js';
import type { FieldContext } from './fields.js';
import type { ReferralStrings } from '../i18n/index.js';

/** What a step's template needs from the element: data, and the ways to change it. */
export interface StepContext extends FieldContext {
  readonly locale: Locale;
  readonly form: ReferralForm;
  readonly age: AgeInfo | null;
  readonly cprEnabled: boolean;
  readonly cpr: string;
  readonly crisisContacts: readonly CrisisContact[];
  /** The family's DAGI region, from the chosen municipality: regional crisis contacts show only there. */
  readonly region: number | null;
  /** The host's anonymous counselling (shown to a child under 15 writing alone). */
  readonly anonymousCounselling: readonly CrisisContact[];
  /** The offer's phone line with its hours, when the host gave it. */
  readonly offerPhone: OfferPhone | null;
  /** Now (the element's clock; tests set it). */
  readonly now: Date;
  set(patch: Partial<ReferralForm>): void;
  setCpr(value: string): void;
}

/** A later step's context: every string, the later ones included (views/later.ts). */
export interface LaterContext extends StepContext {
  readonly t: ReferralStrings;
}
