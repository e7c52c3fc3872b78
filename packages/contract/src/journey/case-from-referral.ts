import * as z from 'zod/mini';
import { CONTRACT_VERSION } from '../version.js';
import { Id } from '../schemas/common.js';
import { CONSENT_PARTIES } from '../schemas/constants.js';
import { JournalCase } from '../schemas/journal-case.js';
import { Referral, ReferralReceipt } from '../schemas/referral.js';
import { issuesOf, type Issue } from '../schemas/validate.js';
import { copenhagenDate } from '../logic/time.js';
import { birthDateFromCpr } from './cpr.js';
import { LtJourneyError } from './error.js';

/**
 * A referral as the journal case it starts: what the family or the professional wrote, where
 * the case has a place for it, and nothing invented. The contact date is the day the host
 * received it, in Copenhagen; consents carry who truly gives them, and stay "to be obtained"
 * when someone else ticked them; the safety answer and the urgent flag travel with the
 * contact. Text passes through as text, unchanged.
 */

const GIVERS = ['custody-holders', 'young-person'] as const;
const Parties = z.record(z.enum(CONSENT_PARTIES), z.boolean());
/** 1.x: who gives consent, with no word on whether they did. */
const ConsentRecord1 = z.object({ givenBy: z.enum(GIVERS), parties: Parties });
/** 2.x: who gives consent, and whether they have (or it is still to be obtained). */
const ConsentRecord2 = z.object({
  consenter: z.enum(GIVERS),
  status: z.enum(['given', 'to-be-obtained']),
  parties: Parties,
});
/** Everything but the consent record and the version, which differ between 1.x and 2.x. */
const ReferralBody = z.omit(Referral, { consents: true, contractVersion: true });
const READABLE_MAJORS = ['1', '2'];

type Giver = (typeof GIVERS)[number];
interface ConsentRecord {
  readonly consenter: Giver;
  readonly status: 'given' | 'to-be-obtained';
  readonly parties: Readonly<Record<string, boolean>>;
}

/**
 * A 1.x record said only who gives consent. It counts as given only when that person wrote
 * the referral; ticked by anyone else (a parent for a 16-year-old, a professional, a child
 * under 15 alone) it is still to be obtained from the one who gives it.
 */
export function migrateConsents(
  record: { readonly givenBy: Giver; readonly parties: Readonly<Record<string, boolean>> },
  writerRole: string,
): ConsentRecord {
  const wroteIt =
    (record.givenBy === 'young-person' && writerRole === 'young-person') ||
    (record.givenBy === 'custody-holders' && writerRole === 'parent');
  return {
    consenter: record.givenBy,
    status: wroteIt ? 'given' : 'to-be-obtained',
    parties: record.parties,
  };
}

const WRITER_TO_BY: Readonly<
  Record<string, 'young-person' | 'parent' | 'foster-carer' | 'professional'>
> = {
  'young-person': 'young-person',
  parent: 'parent',
  'foster-carer': 'foster-carer',
  professional: 'professional',
};

const REASON_MAX = 2000;
/** The family's own words, whole when they fit the case's reason field, else cut at a word with "…". */
function reasonFrom(words: string): string {
  if (words.length <= REASON_MAX) return words;
  const cut = words.slice(0, REASON_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > REASON_MAX / 2 ? cut.slice(0, space) : cut}…`;
}

export interface CaseFromReferralOptions {
  /** The case id in the host system; by default the receipt's reference. */
  readonly caseId?: string;
}

/** The journal case a referral starts. Throws `LtJourneyError` (with paths) on input that breaks the contract. */
export function caseFromReferral(
  referral: unknown,
  receipt: unknown,
  options: CaseFromReferralOptions = {},
): JournalCase {
  const raw = (referral ?? {}) as { contractVersion?: unknown; consents?: unknown };
  const major = typeof raw.contractVersion === 'string' ? raw.contractVersion.split('.')[0] : '';
  if (
    !/^\d+\.\d+\.\d+$/.test(String(raw.contractVersion)) ||
    !READABLE_MAJORS.includes(major ?? '')
  )
    throw new LtJourneyError('Referral not read', [
      {
        path: 'contractVersion',
        message: `A referral of contract ${typeof raw.contractVersion === 'string' ? `"${raw.contractVersion.slice(0, 20)}"` : '(none)'} cannot be read: this package reads 1.x and 2.x (it speaks ${CONTRACT_VERSION})`,
      },
    ]);
  const body = ReferralBody.safeParse(referral);
  const consent1 = ConsentRecord1.safeParse(raw.consents);
  const consent2 = ConsentRecord2.safeParse(raw.consents);
  const got = ReferralReceipt.safeParse(receipt);
  const issues: Issue[] = [
    ...(body.success ? [] : issuesOf(body.error)),
    ...(consent1.success || consent2.success
      ? []
      : issuesOf((consent2.error ?? consent1.error)!).map((i) => ({
          ...i,
          path: i.path === '(root)' ? 'consents' : `consents.${i.path}`,
        }))),
    ...(got.success ? [] : issuesOf(got.error).map((i) => ({ ...i, path: `receipt.${i.path}` }))),
  ];
  if (!body.success || !got.success || !(consent1.success || consent2.success))
    throw new LtJourneyError('Referral not read', issues);
  const r = body.data;
  const consents: ConsentRecord = consent2.success
    ? consent2.data
    : migrateConsents(consent1.data!, r.writer.role);

  const caseId = options.caseId ?? got.data.reference;
  if (!Id.safeParse(caseId).success)
    issues.push({
      path: options.caseId === undefined ? 'receipt.reference' : 'options.caseId',
      message: 'Not usable as a case id: letters, digits, ".", "_", ":" or "-", at most 128',
    });
  const fromCpr = r.child.cpr ? birthDateFromCpr(r.child.cpr) : undefined;
  if (r.child.cpr && !fromCpr)
    issues.push({ path: 'child.cpr', message: 'The CPR number holds no real date' });
  if (fromCpr && r.child.birthDate && fromCpr !== r.child.birthDate)
    issues.push({
      path: 'child.cpr',
      message: "The CPR number's date is not the birth date given: one of them is wrong",
    });
  if (issues.length) throw new LtJourneyError('Referral not read', issues);

  const date = copenhagenDate(new Date(got.data.receivedAt ?? r.submittedAt));
  const by = WRITER_TO_BY[r.writer.role];
  const helper = r.writer.professional;
  const built = {
    contractVersion: CONTRACT_VERSION,
    id: caseId,
    child: {
      name: r.child.name,
      birthDate: r.child.birthDate ?? fromCpr,
      ...(r.child.sex ? { sex: r.child.sex } : {}),
      municipality: r.child.municipality,
      ...(r.child.school ? { school: r.child.school } : {}),
      ...(r.child.className ? { className: r.child.className } : {}),
      ...(r.custodyHolders?.length
        ? {
            custodyHolders: r.custodyHolders.map((h) => ({
              name: h.name,
              ...(h.phone ? { phone: h.phone } : {}),
            })),
          }
        : {}),
    },
    contact: {
      date,
      channel: 'digital',
      ...(by ? { by } : {}),
      ...(r.ownWords ? { reason: reasonFrom(r.ownWords) } : {}),
      ...(r.concerns.length ? { concerns: r.concerns } : {}),
      safety: r.safety,
      // "Yes" or "not sure" to the safety question is urgent, whatever the flag says.
      urgent: r.urgent || r.safety !== 'no',
    },
    ...(Object.values(consents.parties).some(Boolean)
      ? {
          consents: CONSENT_PARTIES.filter((p) => consents.parties[p]).map((party) => ({
            party,
            scope: 'both',
            givenBy: consents.consenter,
            date,
            status: consents.status,
          })),
        }
      : {}),
    ...(helper
      ? {
          coordination: [
            {
              partner: 'other',
              date,
              note: `Hjalp med henvendelsen: ${[r.writer.name, helper.role, helper.workplace]
                .filter(Boolean)
                .join(', ')}`,
            },
          ],
        }
      : {}),
  };
  const checked = JournalCase.safeParse(built);
  if (!checked.success) throw new LtJourneyError('Referral not read', issuesOf(checked.error));
  return built as JournalCase;
}
