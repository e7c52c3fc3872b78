import * as z from 'zod/mini';
import {
  ContractVersion,
  ConcernId,
  Email,
  Id,
  IsoDate,
  IsoDateTime,
  MunicipalityCode,
  Phone,
  RequiredText,
  Text,
  WebUrl,
} from './common.js';
import { RULES } from './rules.js';
import { DAYS, COURSE_FORMATS, CONTACT_ROLES, OFFER_STATUSES } from './constants.js';
export { DAYS, COURSE_FORMATS, CONTACT_ROLES, OFFER_STATUSES };

/**
 * The offer-directory feed: who runs the easy-access offer for which municipalities, how to
 * reach it and which courses it runs. Shaped after Open Referral (organization → service →
 * location/phone/schedule) with schema.org opening hours, so a municipality can author its
 * own and check it against the published JSON Schema.
 */

const Time = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Expected a time as HH:MM, e.g. "09:00"'));

/**
 * A weekly opening period, as schema.org `OpeningHoursSpecification`. A period ends on the
 * day it starts: a line open past midnight is two periods (…-24:00 and 00:00-…).
 */
export const OpeningHours = z
  .object({
    dayOfWeek: z
      .array(z.enum(DAYS))
      .check(z.minLength(1), z.describe('Weekdays the period applies to.')),
    opens: Time.check(z.describe('Opening time, HH:MM, Copenhagen time.')),
    closes: Time.check(z.describe('Closing time, HH:MM, Copenhagen time; "24:00" for midnight.')),
  })
  .check(z.refine(RULES.opensBeforeCloses, { message: 'Expected opens to be before closes' }));

/**
 * A dated exception, as schema.org `OpeningHoursSpecification` with `validFrom` = the date:
 * either closed all day (`closed: true`), or other hours that day (`opens` and `closes`).
 * Several entries for one date give several periods.
 */
export const SpecialHours = z
  .object({
    date: IsoDate.check(z.describe('The date, YYYY-MM-DD, Copenhagen time.')),
    closed: z.optional(z.boolean().check(z.describe('True when closed all day.'))),
    opens: z.optional(Time.check(z.describe('Opening time that day, HH:MM.'))),
    closes: z.optional(Time.check(z.describe('Closing time that day, HH:MM.'))),
    note: z.optional(Text(200).check(z.describe('Why, e.g. "Juleaften".'))),
  })
  .check(
    z.refine(RULES.closedOrHours, {
      message: 'Expected either closed: true, or opens and closes',
    }),
    z.refine(RULES.opensBeforeCloses, { message: 'Expected opens to be before closes' }),
  );

export const AgeRange = z
  .object({
    min: z.number().check(z.int(), z.gte(0), z.lte(25)),
    max: z.number().check(z.int(), z.gte(0), z.lte(25)),
  })
  .check(z.refine(RULES.minAtMostMax, { message: 'Expected min to be at most max' }));

export const Course = z.object({
  id: Id.check(z.describe('Stable id of the course within the feed.')),
  name: RequiredText(160).check(z.describe('Course name as families know it, e.g. "Cool Kids".')),
  manual: z.optional(Text(160).check(z.describe('The underlying manual, e.g. "STIME".'))),
  description: z.optional(
    Text(1000).check(z.describe('What happens in the course, in plain words.')),
  ),
  concerns: z
    .array(ConcernId)
    .check(z.describe('Concerns the course addresses (LTT "Tema" coded).')),
  ages: AgeRange.check(z.describe('Ages the course is for, inclusive.')),
  formats: z
    .array(z.enum(COURSE_FORMATS))
    .check(z.minLength(1), z.describe('individual, group and/or parents.')),
  sessions: z.optional(AgeRange.check(z.describe('Number of sessions, min-max.'))),
  provider: z.optional(
    Text(160).check(z.describe('Who runs it, e.g. a municipal administration.')),
  ),
});

export const Address = z.object({
  streetAddress: RequiredText(200),
  postalCode: z.string().check(z.regex(/^\d{4}$/, 'Expected a 4-digit postal code')),
  locality: RequiredText(100),
  note: z.optional(Text(200).check(z.describe('e.g. "Indgang fra gården".'))),
});

export const PhoneLine = z.object({
  number: Phone,
  hours: z.array(OpeningHours).check(z.describe('Weekly phone hours.')),
  exceptions: z.optional(
    z.array(SpecialHours).check(z.describe('Dated exceptions and closed days.')),
  ),
});

export const Offer = z.object({
  id: Id.check(z.describe('Stable id of the offer.')),
  name: RequiredText(200).check(z.describe("The offer's name as the municipality writes it.")),
  status: z.enum(OFFER_STATUSES).check(z.describe('running, not-yet-running or unknown.')),
  municipalities: z
    .array(MunicipalityCode)
    .check(
      z.minLength(1),
      z.describe('Municipalities this offer serves; joint offers list several.'),
    ),
  addresses: z.optional(z.array(Address)),
  phone: z.optional(PhoneLine),
  email: z.optional(Email),
  contactUrl: z.optional(WebUrl.check(z.describe('Digital contact (a form or secure mail).'))),
  website: z.optional(WebUrl.check(z.describe("The offer's own web page."))),
  ages: z.optional(AgeRange.check(z.describe('Target ages, inclusive.'))),
  whoMayContact: z.optional(z.array(z.enum(CONTACT_ROLES))),
  waitingTime: z.optional(
    z
      .object({
        weeks: z.optional(z.number().check(z.gte(0), z.lte(52))),
        text: z.optional(Text(300)),
      })
      .check(z.describe('Published expected waiting time.')),
  ),
  description: z.optional(
    Text(1000).check(z.describe('The offer in plain words, or where its details come from.')),
  ),
  courses: z.array(Course).check(z.describe('The course range.')),
  verifiedAt: IsoDate.check(z.describe('When these details were last checked; shown to users.')),
});

export const OfferDirectory = z.object({
  contractVersion: ContractVersion,
  publisher: RequiredText(200).check(z.describe('Who publishes this feed.')),
  generatedAt: z.optional(IsoDateTime),
  offers: z
    .array(z.unknown())
    .check(
      z.describe('Offers; each is checked on its own and invalid ones are skipped and reported.'),
    ),
  catalogue: z.optional(
    z
      .array(z.unknown())
      .check(
        z.describe(
          'The national catalogue of manual-based courses (Course objects), shown for reference.',
        ),
      ),
  ),
});

export type OpeningHours = z.infer<typeof OpeningHours>;
export type SpecialHours = z.infer<typeof SpecialHours>;
export type Course = z.infer<typeof Course>;
export type Offer = z.infer<typeof Offer>;
export type OfferDirectory = z.infer<typeof OfferDirectory>;
