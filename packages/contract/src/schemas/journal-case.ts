import * as z from 'zod/mini';
import {
  ConcernId,
  ContractVersion,
  Id,
  IsoDate,
  IsoDateTime,
  MunicipalityCode,
  Phone,
  Text,
} from './common.js';
import { SdqScores } from './sdq.js';
import { SDQ_RECORDED_INFORMANTS } from '../sdq/structure.js';
import { JOURNAL_ACTIONS, SAFETY_ANSWERS } from './constants.js';
export { JOURNAL_ACTIONS };

/**
 * One child's case in the offer, as `<lt-journal-panel>` reads it: the framework's journal
 * list (section 7.1). Only the case id, the child's birth date and the contract version are
 * required, so a partial case renders what is there and the panel marks what is missing.
 * `fhirToCase()` in the journal panel builds the same record from a FHIR Bundle (KL Gateway
 * LTT delivery reports included).
 */
export const PARTIES = [
  'ppr',
  'health-visitor',
  'school',
  'family-department',
  'gp',
  'child-psychiatry',
  'civil-society',
  'other',
] as const;
export const PRE_TALK_DECISIONS = [
  'closed',
  'other-effort',
  'offered-treatment',
  'referred-psychiatry',
] as const;
export const SESSION_STATUSES = ['planned', 'performed', 'cancelled'] as const;
/** Absent means given, so 1.x cases read the same. */
export const CONSENT_STATUSES = ['given', 'to-be-obtained', 'refused'] as const;
/** The result of the screening's suicide-risk assessment. */
export const SUICIDE_RISKS = ['not-assessed', 'no-raised-risk', 'raised', 'acute'] as const;
/** Contact with child and adolescent psychiatry about a raised or acute risk. */
export const PSYCHIATRY_CONTACTS = ['sparring', 'acute-referral'] as const;
/** The duty to notify (Barnets Lov § 133): considered and not needed, or made. */
export const NOTIFICATION_DECISIONS = ['not-needed', 'made'] as const;

const d = (text: string) => z.describe(text);

const Notification = z
  .object({
    decision: z.enum(NOTIFICATION_DECISIONS).check(d('Considered and not needed, or made.')),
    date: z.optional(IsoDate.check(d('When the notification was made.'))),
  })
  .check(
    d('Whether a notification to the municipality (Barnets Lov § 133) was considered and made.'),
  );

export const CaseConsent = z.object({
  party: z.enum(PARTIES).check(d('Who information may be obtained from or shared with.')),
  scope: z.enum(['obtain', 'share', 'both']).check(d('obtain, share or both.')),
  givenBy: z
    .enum(['custody-holders', 'young-person'])
    .check(
      d('Who gives it (or must give it): custody holders under 15; the young person from 15.'),
    ),
  date: IsoDate.check(d('When it was given (or recorded as to be obtained, or refused).')),
  withdrawn: z.optional(IsoDate.check(d('When it was withdrawn, if it was.'))),
  status: z.optional(
    z
      .enum(CONSENT_STATUSES)
      .check(d('given, still to be obtained from givenBy, or refused; absent means given.')),
  ),
});

export const CaseQuestionnaire = z.object({
  instrument: z.literal('SDQ').check(d('The validated instrument.')),
  informant: z
    .enum(SDQ_RECORDED_INFORMANTS)
    .check(d("Who answered; 'unknown' when the source does not say (no bands then).")),
  date: IsoDate,
  phase: z.optional(z.enum(['baseline', 'follow-up'])),
  scores: SdqScores,
  questionnaire: z.optional(
    Text(500).check(
      d(
        "The Questionnaire answered, as the response names it (canonical URL, e.g. KL's klgateway-children-sdq4-10).",
      ),
    ),
  ),
});

export const CaseSession = z.object({
  date: IsoDate,
  status: z.enum(SESSION_STATUSES),
  note: z.optional(Text(500)),
});

export const JournalCase = z.object({
  contractVersion: ContractVersion,
  id: Id.check(d('The case id in the host system.')),
  child: z.object({
    name: z.optional(Text(200).check(d('Display name; KL Gateway data carries none.'))),
    birthDate: IsoDate,
    sex: z.optional(
      z
        .enum(['female', 'male', 'other', 'unknown'])
        .check(d('FHIR administrative gender, for the statistics by sex; only when given.')),
    ),
    municipality: z.optional(
      MunicipalityCode.check(d('Municipality of residence, for the statistics by residence.')),
    ),
    school: z.optional(Text(200)),
    className: z.optional(Text(40)),
    gp: z.optional(Text(200).check(d('The GP (name or clinic).'))),
    custodyHolders: z.optional(z.array(z.object({ name: Text(200), phone: z.optional(Phone) }))),
  }),
  responsible: z.optional(
    z.object({ name: Text(200), role: z.optional(Text(120)) }).check(d('Responsible staff.')),
  ),
  contact: z.optional(
    z.object({
      date: IsoDate.check(
        d('First contact of the current course: the 14- and 30-day clocks start here.'),
      ),
      channel: z.optional(z.enum(['phone', 'digital', 'in-person', 'referral'])),
      by: z.optional(
        z
          .enum(['young-person', 'parent', 'foster-carer', 'professional', 'gp', 'hospital'])
          .check(d('Who got in touch; a foster carer or residential staff for a placed child.')),
      ),
      reason: z.optional(Text(2000)),
      concerns: z.optional(z.array(ConcernId)),
      safety: z.optional(
        z
          .enum(SAFETY_ANSWERS)
          .check(d("The referral's safety answer; 'yes' or 'unsure' makes the contact urgent.")),
      ),
      urgent: z.optional(
        z
          .boolean()
          .check(d('Urgent today: a same-day clock, not the 14-day one, until someone acts.')),
      ),
      urgentHandled: z.optional(
        z
          .object({
            at: z
              .union([IsoDateTime, IsoDate])
              .check(d('When someone acted (a date, or a time with offset; read in Copenhagen).')),
            by: z.optional(Text(200).check(d('Who acted.'))),
            note: z.optional(Text(1000)),
          })
          .check(d('Someone acted on the urgent contact.')),
      ),
    }),
  ),
  consents: z.optional(z.array(CaseConsent)),
  preTalk: z.optional(
    z.object({
      date: z.optional(IsoDate.check(d('When the pre-talk took place.'))),
      planned: z.optional(IsoDate.check(d('When it is booked.'))),
      staffRole: z.optional(Text(120)),
      decision: z.optional(
        z.enum(PRE_TALK_DECISIONS).check(d("One of the framework's four outcomes.")),
      ),
      reason: z.optional(Text(2000)),
      handedOver: z.optional(
        z
          .object({ to: Text(200), date: IsoDate })
          .check(d('Guided elsewhere or referred to psychiatry: who took over, and when.')),
      ),
      notification: z.optional(Notification),
    }),
  ),
  screening: z.optional(
    z.object({
      date: z.optional(IsoDate),
      planned: z.optional(IsoDate),
      psychologist: z.optional(Text(200)),
      ownAccount: z.optional(
        Text(4000).check(d("The child's own account and reason for contact.")),
      ),
      concerns: z.optional(z.array(ConcernId)),
      selfHarmAsked: z.optional(z.boolean()),
      suicideRiskAssessed: z.optional(
        z
          .boolean()
          .check(d('Deprecated (1.x): read when suicideRisk is absent; write suicideRisk.')),
      ),
      suicideRisk: z.optional(
        z.enum(SUICIDE_RISKS).check(d('The result of the suicide-risk assessment.')),
      ),
      crisisPlan: z.optional(
        z.boolean().check(d('A crisis plan is made; required when the risk is raised or acute.')),
      ),
      psychiatryContact: z.optional(
        z
          .enum(PSYCHIATRY_CONTACTS)
          .check(
            d(
              'Contact with child and adolescent psychiatry: sparring or acute referral; required when the risk is raised or acute.',
            ),
          ),
      ),
      notification: z.optional(Notification),
      startTreatment: z.optional(z.boolean().check(d('The decision: start a course or not.'))),
      notStartingReason: z.optional(Text(2000).check(d('Required when no course is started.'))),
    }),
  ),
  questionnaires: z.optional(z.array(CaseQuestionnaire)),
  plan: z.optional(
    z.object({
      course: z.optional(Text(200)),
      manual: z.optional(Text(200)),
      format: z.optional(z.enum(['individual', 'group', 'parents'])),
      goals: z.optional(z.array(Text(500))),
      plannedSessions: z.optional(z.number().check(z.int(), z.gte(0), z.lte(100))),
    }),
  ),
  sessions: z.optional(z.array(CaseSession)),
  coordination: z.optional(
    z.array(z.object({ partner: z.enum(PARTIES), date: IsoDate, note: z.optional(Text(1000)) })),
  ),
  closure: z.optional(
    z.object({
      date: z.optional(IsoDate),
      outcome: z.optional(Text(1000)),
      boosterDate: z.optional(
        IsoDate.check(d('Booster or follow-up session, often about a month after the end.')),
      ),
      gpInformedOfOffer: z.optional(
        z
          .boolean()
          .check(d('The GP was told what the child was offered, or where the child was guided.')),
      ),
      gpInformedOfResult: z.optional(
        z.boolean().check(d('The GP was told the content and effect of the course.')),
      ),
    }),
  ),
  earlierCourses: z.optional(
    z
      .array(
        z.object({
          contactDate: z.optional(IsoDate),
          closureDate: z.optional(IsoDate),
          course: z.optional(Text(200)),
          concerns: z.optional(z.array(ConcernId)),
        }),
      )
      .check(d('Earlier courses (the open door); the case itself is the current course.')),
  ),
});

export type JournalCase = z.infer<typeof JournalCase>;
export type CaseConsent = z.infer<typeof CaseConsent>;
export type CaseQuestionnaire = z.infer<typeof CaseQuestionnaire>;
export type CaseNotification = z.infer<typeof Notification>;
