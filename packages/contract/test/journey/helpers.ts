import { SDQ_KL_LINK_IDS, type JournalCase, type Questionnaire } from '../../src/index.js';

/** KL's worked example "Josefine" (kl.dk.fhir.ltt 1.0.1, Kommunernes Landsforening; fictional data). */
export interface Bundle {
  resourceType: 'Bundle';
  timestamp: string;
  entry: { fullUrl?: string; resource: Record<string, unknown> & { resourceType: string } }[];
  [key: string]: unknown;
}

const josefineUrl = new URL('./fixtures/kl-ltt-josefine-bundle.json', import.meta.url);
export async function loadJosefine(): Promise<Bundle> {
  return (await (await fetch(josefineUrl)).json()) as Bundle;
}

/** A questionnaire shaped like KL Gateway's (linkIds, valueString options); placeholder wording. */
export function klQuestionnaire(
  url = 'http://fhir.kl.dk/children/Questionnaire/klgateway-children-sdq4-10',
): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    url,
    item: SDQ_KL_LINK_IDS.map((linkId, i) => ({
      linkId,
      type: 'choice',
      text: `Placeholder statement ${i + 1}`,
      answerOption: Array.from({ length: i < 25 ? 3 : 4 }, (_, p) => ({
        valueString: `Option ${p}`,
      })),
    })),
  };
}

const ALL_PARTIES = {
  ppr: true,
  'health-visitor': false,
  school: true,
  'family-department': false,
};

/** A referral as `<lt-referral-widget>` sends it, in the 2.x consent shape. */
export function referral2(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    contractVersion: '2.0.0',
    consentTextVersion: '2026-11',
    writer: { role: 'parent', name: 'Mette Jensen' },
    child: {
      name: 'Ida Jensen',
      birthDate: '2015-03-09',
      school: 'Bakkeskolen',
      className: '5.B',
      municipality: '101',
    },
    custodyHolders: [{ name: 'Mette Jensen', phone: '12 34 56 78', email: 'mette@example.dk' }],
    contact: { phone: '12 34 56 78' },
    concerns: ['worry', 'school-absence'],
    ownWords: 'Hun har ondt i maven hver morgen.',
    safety: 'no',
    urgent: false,
    consents: { consenter: 'custody-holders', status: 'given', parties: { ...ALL_PARTIES } },
    submittedAt: '2026-11-22T23:30:00+01:00',
    ...over,
  };
}

/** The same referral as a 1.x widget sent it (consents.givenBy). */
export function referral1(over: Record<string, unknown> = {}): Record<string, unknown> {
  const { consents, ...rest } = referral2(over) as { consents: { consenter: string } };
  return {
    ...rest,
    contractVersion: '1.0.0',
    consents: { givenBy: consents.consenter, parties: { ...ALL_PARTIES } },
    ...(over.consents ? { consents: over.consents } : {}),
  };
}

export const receipt = { reference: 'LT-2026-0042', receivedAt: '2026-11-22T23:30:05+01:00' };

/** A course run to its end: every stage LTT has a code for, and things it has no place for. */
export function fullCase(): JournalCase {
  return {
    contractVersion: '1.0.0',
    id: 'LT-2026-0042',
    child: {
      name: 'Ida Jensen',
      birthDate: '2015-03-09',
      sex: 'female',
      municipality: '101',
      school: 'Bakkeskolen',
    },
    contact: {
      date: '2026-11-23',
      channel: 'digital',
      by: 'parent',
      reason: 'Ondt i maven hver morgen',
      concerns: ['worry', 'school-absence', 'self-harm'],
    },
    preTalk: { date: '2026-12-01', decision: 'offered-treatment' },
    screening: { date: '2026-12-15', concerns: ['worry', 'sadness'], selfHarmAsked: true },
    plan: { format: 'group', course: 'Cool Kids' },
    sessions: [
      { date: '2027-01-07', status: 'performed' },
      { date: '2027-01-14', status: 'performed' },
      { date: '2027-01-21', status: 'cancelled' },
      { date: '2027-01-28', status: 'performed' },
      { date: '2027-03-18', status: 'performed', note: 'Afsluttende samtale' },
      { date: '2027-04-20', status: 'planned' },
    ],
    coordination: [
      { partner: 'school', date: '2027-01-05', note: 'Talte med klasselæreren' },
      { partner: 'civil-society', date: '2027-01-10', note: 'Henvisning: Civilsamfund' },
    ],
    closure: { date: '2027-03-20', boosterDate: '2027-04-20' },
  };
}
/** Ida's CPR number (fictional; its date is her birth date, 2015 by the century digit 4). */
export const IDA_CPR = '0903154321';
/** The SOR code of KL's example municipality (Holbæk). */
export const SOR = '451000016003';

/** The parts of LTT resources the tests look at (non-empty where KL's profiles say 1..). */
type Some<T> = [T, ...T[]];
export interface CC {
  coding: Some<{ system: string; code: string; display: string }>;
}
export interface LttResource {
  resourceType: string;
  id: string;
  identifier: Some<{ use?: string; system?: string; value: string }>;
  status: string;
  subject: { reference: string };
  basedOn?: Some<{ reference: string }>;
  period: { start: string; end?: string };
  activity: Some<{ detail: { code: CC; reasonCode: CC[]; status: string } }>;
  type: Some<CC>;
  extension: Some<{
    url: string;
    valueCodeableConcept?: CC;
    valueReference?: { reference: string };
  }>;
  participant?: Some<{ type: Some<CC> }>;
  managingOrganization: { identifier: { value: string } };
}
export const resourcesIn = (b: { entry: { resource: unknown }[] }): LttResource[] =>
  b.entry.map((e) => e.resource as LttResource);
