import { CONTRACT_VERSION } from '../version.js';
import { LTT_REFERRAL, LTT_STAGE, LTT_SYSTEM, LTT_THEME } from '../vocab/ltt.js';
import { byCodeUnits } from '../logic/order.js';
import { copenhagenDate } from '../logic/time.js';
import { emptySdqScores, scoreSdq } from '../sdq/scoring.js';
import type { QuestionnaireResponse } from '../sdq/fhir.js';
import { readSdqResponse } from '../sdq/read-response.js';
import { sdqInformantOf } from '../sdq/informant.js';
import { scoresFromObservations } from '../sdq/fhir-response.js';
import type { ConcernId } from '../schemas/common.js';
import { birthDateFromCpr } from './cpr.js';
import {
  CASE_ID_SYSTEM,
  CLOSING_TALK_NOTE,
  CPR_SYSTEM,
  CSC,
  LTT_BASED_ON_EXTENSION,
  LTT_DELIVERY_TYPE_EXTENSION,
  LTT_REFERRAL_DISPLAY,
  REFERRAL_NOTE,
} from './ltt-profile.js';

/**
 * Builds the journal case from a FHIR R4 Bundle, so a fagsystem that speaks FHIR needs no
 * mapping of its own. Above all it reads KL Gateway's LTT delivery reports
 * (kl.dk.fhir.ltt 1.0.1): the Citizen, the course CarePlans with their "Tema" codes, the
 * Encounters typed Henvendelse … Afslutning and the referral CarePlans; incremental
 * deliveries are unwrapped and the newest copy of each resource wins; anything
 * entered-in-error is dropped; codes are matched, never displays. A child who came back
 * (the open door) has several courses: the newest is the case, the others are listed in
 * `earlierCourses`. It also reads what `<lt-sdq-form>` emits (QuestionnaireResponse with its
 * Questionnaire, or the score Observations), Consent, Communication and EpisodeOfCare.
 * No zod here: the journal panel loads this on demand and validates the record itself.
 */
type Resource = { resourceType: string; id?: string; [key: string]: unknown };
type Coding = { system?: string; code?: string; display?: string };
type Reference = { reference?: string; display?: string };
type Extension = { url: string; valueReference?: Reference; valueCodeableConcept?: unknown };

const THEME_TO_CONCERN: Record<string, ConcernId> = {
  [LTT_THEME.worry]: 'worry',
  [LTT_THEME.sadness]: 'sadness',
  [LTT_THEME.bodyAndFood]: 'body-and-food',
  [LTT_THEME.behaviour]: 'behaviour',
  [LTT_THEME.selfHarm]: 'self-harm',
  [LTT_THEME.compulsions]: 'compulsions',
  [LTT_THEME.restlessness]: 'restlessness',
  [LTT_THEME.other]: 'other',
};

const REFERRAL_TO_PARTY: Record<string, string> = {
  [LTT_REFERRAL.civilSociety]: 'civil-society',
  [LTT_REFERRAL.gp]: 'gp',
  [LTT_REFERRAL.childPsychiatry]: 'child-psychiatry',
  [LTT_REFERRAL.otherMunicipalOffer]: 'other',
  [LTT_REFERRAL.offerInOtherMunicipality]: 'other',
  [LTT_REFERRAL.other]: 'other',
};

const codings = (concept: unknown): Coding[] =>
  (concept as { coding?: Coding[] } | undefined)?.coding ?? [];
const lttCode = (concept: unknown): string | undefined =>
  codings(concept).find((c) => c.system === LTT_SYSTEM)?.code;
const extensions = (r: Resource): Extension[] => (r.extension as Extension[] | undefined) ?? [];
const activityDetail = (p: Resource) =>
  (p.activity as { detail?: { code?: unknown; reasonCode?: unknown[] } }[] | undefined)?.[0]
    ?.detail;
const periodOf = (r: Resource) => (r.period as { start?: string; end?: string } | undefined) ?? {};
const day = (instant: unknown): string | undefined => {
  if (typeof instant !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(instant)) return instant;
  const parsed = new Date(instant);
  return Number.isNaN(parsed.getTime()) ? undefined : copenhagenDate(parsed);
};
/** Whether a reference (relative, absolute or urn:uuid) points at this resource. */
const refersTo = (ref: string | undefined, r: Resource): boolean =>
  !!ref &&
  !!r.id &&
  (ref === `${r.resourceType}/${r.id}` ||
    ref.endsWith(`/${r.resourceType}/${r.id}`) ||
    ref === `urn:uuid:${r.id}`);

/** Unwraps incremental deliveries and keeps the newest copy of each resource (by report timestamp). */
export function resourcesOf(bundle: Resource): Resource[] {
  const reports: Resource[] = [];
  const collect = (b: Resource) => {
    const entries = (b.entry as { resource?: Resource }[] | undefined) ?? [];
    if (entries.some((e) => e.resource?.resourceType === 'Bundle')) {
      for (const e of entries) if (e.resource?.resourceType === 'Bundle') collect(e.resource);
    } else reports.push(b);
  };
  collect(bundle);
  reports.sort((a, b) => byCodeUnits(String(a.timestamp ?? ''), String(b.timestamp ?? '')));
  const newest = new Map<string, Resource>();
  for (const report of reports) {
    for (const e of (report.entry as { resource?: Resource }[] | undefined) ?? []) {
      const r = e.resource;
      if (r?.resourceType) newest.set(`${r.resourceType}/${r.id ?? newest.size}`, r);
    }
  }
  return [...newest.values()].filter((r) => r.status !== 'entered-in-error' && r.active !== false);
}

export interface AdaptedCase {
  readonly record: Record<string, unknown>;
  readonly issues: string[];
}

interface Staged {
  readonly e: Resource;
  readonly stage: string | undefined;
  readonly date: string;
}

/** The course a resource belongs to: the CarePlan its basedOnCarePlan extension names. */
function courseOf(e: Resource, courses: Resource[]): Resource | undefined {
  const ref = extensions(e).find((x) => x.url === LTT_BASED_ON_EXTENSION)?.valueReference
    ?.reference;
  return courses.find((c) => refersTo(ref, c));
}

const themesOf = (course: Resource | undefined): ConcernId[] => [
  ...new Set(
    (activityDetail(course ?? { resourceType: 'CarePlan' })?.reasonCode ?? [])
      .map((rc) => THEME_TO_CONCERN[lttCode(rc) ?? ''])
      .filter((x): x is ConcernId => Boolean(x)),
  ),
];

/** The case record for a Bundle; validate it with the contract's `JournalCase`. */
/**
 * A FHIR R4 Bundle as hosts hand it over (KL Gateway LTT delivery reports, a fagsystem's own
 * export): the shape a host's code is typed against. What is inside is checked when it is read.
 */
export interface FhirBundle {
  readonly resourceType: 'Bundle';
  readonly type?: string;
  readonly entry?: readonly { readonly fullUrl?: string; readonly resource?: object }[];
  readonly [key: string]: unknown;
}

export function fhirToCase(bundle: unknown): AdaptedCase {
  const issues: string[] = [];
  const b = bundle as Resource | null;
  if (!b || b.resourceType !== 'Bundle') return { record: {}, issues: ['Not a FHIR Bundle'] };
  const all = resourcesOf(b);
  const of = (type: string) => all.filter((r) => r.resourceType === type);

  const carePlans = of('CarePlan');
  const isCourse = (p: Resource) =>
    !p.basedOn && codings(activityDetail(p)?.code).some((c) => c.code === CSC.course.code);
  const courses = carePlans.some(isCourse)
    ? carePlans.filter(isCourse)
    : carePlans.filter((p) => !p.basedOn).slice(0, 1);
  // The open door: the newest course (by its start) is the case; the others came before.
  const startOf = (p: Resource) => Date.parse(periodOf(p).start ?? '') || 0;
  const course = courses.reduce<Resource | undefined>(
    (newest, p) => (!newest || startOf(p) >= startOf(newest) ? p : newest),
    undefined,
  );

  const patient =
    of('Patient').find((p) => refersTo((course?.subject as Reference | undefined)?.reference, p)) ??
    of('Patient')[0];
  if (!patient) issues.push('The Bundle has no Patient (Citizen)');
  const cpr = (
    (patient?.identifier as { system?: string; value?: string }[] | undefined) ?? []
  ).find((i) => i.system === CPR_SYSTEM)?.value;
  const names =
    (patient?.name as { text?: string; given?: string[]; family?: string }[] | undefined) ?? [];
  const name =
    names[0]?.text ?? [...(names[0]?.given ?? []), names[0]?.family].filter(Boolean).join(' ');
  const birthDate =
    (patient?.birthDate as string | undefined) ?? (cpr ? birthDateFromCpr(cpr) : undefined);
  if (!birthDate) issues.push('No birth date: neither Patient.birthDate nor a CPR identifier');

  const encounters: Staged[] = of('Encounter')
    .flatMap((e) => {
      const date = day(periodOf(e).start);
      return date ? [{ e, stage: lttCode((e.type as unknown[] | undefined)?.[0]), date }] : [];
    })
    .sort((a, b) => byCodeUnits(a.date, b.date));
  // With one course everything is its own; with several, an Encounter goes to the course it
  // names, and one naming none to the course running on its date.
  const belongsTo = (e: Staged): Resource | undefined =>
    courses.length < 2
      ? course
      : (courseOf(e.e, courses) ??
        [...courses]
          .sort((x, y) => startOf(y) - startOf(x))
          .find((c) => (day(periodOf(c).start) ?? '') <= e.date) ??
        course);
  const current = encounters.filter((x) => belongsTo(x) === course);
  const themes = themesOf(course);

  const first = (stage: string) => current.find((x) => x.stage === stage);
  const contact = first(LTT_STAGE.contact);
  const preTalk = first(LTT_STAGE.preTalk);
  const screening = first(LTT_STAGE.screening);
  const closed = first(LTT_STAGE.closed);
  const treatments = current.filter(
    (x) => x.stage === LTT_STAGE.treatment || x.stage === LTT_STAGE.closingTalk,
  );
  const delivery = (x: Staged) =>
    codings(
      extensions(x.e).find((ext) => ext.url === LTT_DELIVERY_TYPE_EXTENSION)?.valueCodeableConcept,
    );
  const participants = (x: Staged) =>
    ((x.e.participant as { type?: unknown[] }[] | undefined) ?? []).flatMap((p) =>
      (p.type ?? []).flatMap(codings),
    );
  const behandling = treatments.filter((x) => x.stage === LTT_STAGE.treatment);
  const format = behandling.some((x) =>
    participants(x).some((c) => c.code === CSC.caregiverOnly.code),
  )
    ? 'parents'
    : behandling.some((x) => delivery(x).some((c) => c.code === CSC.group.code))
      ? 'group'
      : 'individual';

  const referrals = carePlans.filter(
    (p) =>
      Array.isArray(p.basedOn) &&
      (courses.length < 2 ||
        (p.basedOn as Reference[]).some((ref) => refersTo(ref.reference, course!))),
  );
  const coordination = referrals
    .flatMap((p) => {
      const code = lttCode(activityDetail(p)?.code);
      const date = day(periodOf(p).start);
      return code && date
        ? [
            {
              partner: REFERRAL_TO_PARTY[code] ?? 'other',
              date,
              note: `${REFERRAL_NOTE}: ${LTT_REFERRAL_DISPLAY[code] ?? 'Andet'}`,
            },
          ]
        : [];
    })
    .sort((x, y) => byCodeUnits(x.date, y.date));

  const earlierCourses = courses
    .filter((c) => c !== course)
    .map((c) => {
      const own = encounters.filter((x) => belongsTo(x) === c);
      const contactDate =
        own.find((x) => x.stage === LTT_STAGE.contact)?.date ?? day(periodOf(c).start);
      const closureDate =
        own.find((x) => x.stage === LTT_STAGE.closed)?.date ??
        (c.status === 'completed' ? day(periodOf(c).end) : undefined);
      const concerns = themesOf(c);
      return {
        ...(contactDate ? { contactDate } : {}),
        ...(closureDate ? { closureDate } : {}),
        ...(concerns.length ? { concerns } : {}),
      };
    })
    .sort((x, y) => byCodeUnits(x.contactDate ?? '', y.contactDate ?? ''));

  const consents = of('Consent').flatMap((c) => {
    const party = codings((c.category as unknown[] | undefined)?.[0]).find(
      (x) => x.system === 'https://lettilbud.dk/fhir/CodeSystem/consent-party',
    )?.code;
    const date = day(c.dateTime);
    if (!party || !date) return [];
    const byPatient = ((c.performer as Reference[] | undefined) ?? []).some((p) =>
      p.reference?.startsWith('Patient/'),
    );
    return [
      {
        party,
        scope: 'both',
        givenBy: byPatient ? 'young-person' : 'custody-holders',
        date,
        ...(c.status === 'inactive' ? { withdrawn: date } : {}),
        // FHIR's proposed (or draft) consent is one still to be obtained; rejected, refused.
        ...(c.status === 'proposed' || c.status === 'draft'
          ? { status: 'to-be-obtained' }
          : c.status === 'rejected'
            ? { status: 'refused' }
            : {}),
      },
    ];
  });

  const questionnaires = sdqResults(
    of('QuestionnaireResponse'),
    of('Questionnaire'),
    of('Observation'),
    issues,
  );
  const gpLetters = of('Communication').map((c) =>
    codings((c.category as unknown[] | undefined)?.[0]).map((x) => x.code),
  );
  const episode = of('EpisodeOfCare')[0];
  const manager = episode?.careManager as Reference | undefined;
  const courseEnd = course?.status === 'completed' ? day(periodOf(course).end) : undefined;
  const caseId = (
    (course?.identifier as { system?: string; value?: string }[] | undefined) ?? []
  ).find((i) => i.system === CASE_ID_SYSTEM)?.value;

  const record: Record<string, unknown> = {
    contractVersion: CONTRACT_VERSION,
    id: String(caseId ?? episode?.id ?? course?.id ?? patient?.id ?? 'fhir'),
    child: {
      ...(name ? { name } : {}),
      birthDate,
      ...(typeof patient?.gender === 'string' &&
      ['female', 'male', 'other', 'unknown'].includes(patient.gender)
        ? { sex: patient.gender }
        : {}),
    },
    ...(manager?.display ? { responsible: { name: manager.display } } : {}),
    ...(contact
      ? { contact: { date: contact.date, ...(themes.length ? { concerns: themes } : {}) } }
      : {}),
    ...(preTalk ? { preTalk: { date: preTalk.date } } : {}),
    ...(screening
      ? { screening: { date: screening.date, ...(themes.length ? { concerns: themes } : {}) } }
      : {}),
    ...(behandling.length ? { plan: { format, course: 'Behandlingsforløb (KL Gateway)' } } : {}),
    ...(treatments.length
      ? {
          sessions: treatments.map((x) => ({
            date: x.date,
            status: x.e.status === 'planned' ? 'planned' : 'performed',
            ...(x.stage === LTT_STAGE.closingTalk ? { note: CLOSING_TALK_NOTE } : {}),
          })),
        }
      : {}),
    ...(consents.length ? { consents } : {}),
    ...(coordination.length ? { coordination } : {}),
    ...(questionnaires.length ? { questionnaires } : {}),
    ...(closed || courseEnd || gpLetters.length
      ? {
          closure: {
            ...((closed?.date ?? courseEnd) ? { date: closed?.date ?? courseEnd } : {}),
            ...(gpLetters.some((c) => c.includes('gp-offer')) ? { gpInformedOfOffer: true } : {}),
            ...(gpLetters.some((c) => c.includes('gp-result')) ? { gpInformedOfResult: true } : {}),
          },
        }
      : {}),
    ...(earlierCourses.length ? { earlierCourses } : {}),
  };
  return { record, issues };
}

function sdqResults(
  responses: Resource[],
  questionnaires: Resource[],
  observations: Resource[],
  issues: string[],
) {
  const results: Record<string, unknown>[] = [];
  for (const r of responses) {
    const response = r as unknown as QuestionnaireResponse;
    const url = response.questionnaire?.split('|')[0];
    const questionnaire = questionnaires.find(
      (q) => q.url === url || `Questionnaire/${q.id}` === url,
    );
    if (!questionnaire) {
      issues.push(
        `QuestionnaireResponse ${r.id ?? ''}: its Questionnaire is not in the Bundle, so it cannot be scored`,
      );
      continue;
    }
    // Who answered comes from the response (KL's FindingInformer) or its questionnaire;
    // 'unknown', with an issue, when neither says: never silently the parent.
    const read = readSdqResponse(questionnaire, response);
    issues.push(...read.issues);
    results.push({
      instrument: 'SDQ',
      informant: read.informant,
      date: day(response.authored) ?? '1970-01-01',
      scores: scoreSdq(read.answers, read.informant),
    });
  }
  if (!results.length) {
    const groups = new Map<string, Resource[]>();
    for (const o of observations) {
      // Who answered, as a response says it (KL's FindingInformer or the form's own
      // extension); never a silent 'parent'.
      const who = sdqInformantOf(o);
      const key = `${day(o.effectiveDateTime)}|${who.informant}`;
      if (who.informant === 'unknown' && !groups.has(key)) issues.push(...who.issues);
      groups.set(key, [...(groups.get(key) ?? []), o]);
    }
    for (const [key, group] of groups) {
      const partial = scoresFromObservations(group);
      if (!Object.keys(partial).length) continue;
      const [date, informant] = key.split('|') as [string, string];
      const scores = { ...emptySdqScores(), ...partial };
      results.push({ instrument: 'SDQ', informant, date, scores });
    }
  }
  return results.sort((a, b) => byCodeUnits(String(a.date), String(b.date)));
}
