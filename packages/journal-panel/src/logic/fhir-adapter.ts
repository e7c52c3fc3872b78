import {
  CONTRACT_VERSION,
  LTT_REFERRAL,
  LTT_STAGE,
  LTT_SYSTEM,
  LTT_THEME,
  copenhagenDate,
  emptySdqScores,
  readSdqResponse,
  responseInformant,
  scoreSdq,
  scoresFromObservations,
  SDQ_INFORMANT_EXTENSION,
  type ConcernId,
  type QuestionnaireResponse,
} from '@lettilbud/contract';

/**
 * Builds the panel's case record from a FHIR R4 Bundle, so a fagsystem that speaks FHIR
 * needs no mapping of its own. Above all it reads KL Gateway's LTT delivery reports
 * (kl.dk.fhir.ltt 1.0.1): the Citizen, the course CarePlan with its "Tema" codes, the
 * Encounters typed Henvendelse … Afslutning and the referral CarePlans; incremental
 * deliveries are unwrapped and the newest copy of each resource wins; anything
 * entered-in-error is dropped; codes are matched, never displays. It also reads what
 * `<lt-sdq-form>` emits (QuestionnaireResponse with its Questionnaire, or the score
 * Observations), Consent, Communication and EpisodeOfCare.
 */
type Resource = { resourceType: string; id?: string; [key: string]: unknown };
type Coding = { system?: string; code?: string; display?: string };
type Reference = { reference?: string; display?: string };

const CPR_SYSTEM = 'urn:oid:1.2.208.176.1.2';
const DELIVERY_TYPE =
  'http://fhir.kl.dk/ltt/StructureDefinition/klgateway-ltt-encounter-delivery-type';
const COURSE_CODE = '01302bcb-c7f3-42c4-8ded-68e33da064eb';
const GROUP_DELIVERY = '2865f123';

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
const day = (instant: unknown): string | undefined =>
  typeof instant === 'string'
    ? /^\d{4}-\d{2}-\d{2}$/.test(instant)
      ? instant
      : copenhagenDate(new Date(instant))
    : undefined;

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
  reports.sort((a, b) => String(a.timestamp ?? '').localeCompare(String(b.timestamp ?? '')));
  const newest = new Map<string, Resource>();
  for (const report of reports) {
    for (const e of (report.entry as { resource?: Resource }[] | undefined) ?? []) {
      const r = e.resource;
      if (r?.resourceType) newest.set(`${r.resourceType}/${r.id ?? newest.size}`, r);
    }
  }
  return [...newest.values()].filter((r) => r.status !== 'entered-in-error' && r.active !== false);
}

/** Birth date from a CPR number (DDMMYY-SSSS, century from the 7th digit). */
export function birthDateFromCpr(cpr: string): string | undefined {
  const m = /^(\d{2})(\d{2})(\d{2})-?(\d)\d{3}$/.exec(cpr);
  if (!m) return undefined;
  const [, dd, mm, yy, c] = m as unknown as [string, string, string, string, string];
  const y = Number(yy);
  const digit = Number(c);
  const century =
    digit <= 3
      ? 1900
      : digit === 4 || digit === 9
        ? y <= 36
          ? 2000
          : 1900
        : y <= 57
          ? 2000
          : 1800;
  return `${century + y}-${mm}-${dd}`;
}

export interface AdaptedCase {
  readonly record: Record<string, unknown>;
  readonly issues: string[];
}

/** The case record for a Bundle; validate it with the contract's `JournalCase`. */
export function fhirToCase(bundle: unknown): AdaptedCase {
  const issues: string[] = [];
  const b = bundle as Resource | null;
  if (!b || b.resourceType !== 'Bundle') return { record: {}, issues: ['Not a FHIR Bundle'] };
  const all = resourcesOf(b);
  const of = (type: string) => all.filter((r) => r.resourceType === type);

  const patient = of('Patient')[0];
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

  const carePlans = of('CarePlan');
  const course =
    carePlans.find(
      (p) =>
        !p.basedOn &&
        codings(
          (p.activity as { detail?: { code?: unknown } }[] | undefined)?.[0]?.detail?.code,
        ).some((c) => c.code === COURSE_CODE),
    ) ?? carePlans.find((p) => !p.basedOn);
  const themes = (
    (course?.activity as { detail?: { reasonCode?: unknown[] } }[] | undefined)?.[0]?.detail
      ?.reasonCode ?? []
  )
    .map((rc) => THEME_TO_CONCERN[lttCode(rc) ?? ''])
    .filter((x): x is ConcernId => Boolean(x));

  const encounters = of('Encounter')
    .map((e) => ({
      e,
      stage: lttCode((e.type as unknown[] | undefined)?.[0]),
      date: day((e.period as { start?: string } | undefined)?.start),
    }))
    .filter((x) => x.date)
    .sort((a, b) => a.date!.localeCompare(b.date!));
  const first = (stage: string) => encounters.find((x) => x.stage === stage);
  const contact = first(LTT_STAGE.contact);
  const preTalk = first(LTT_STAGE.preTalk);
  const screening = first(LTT_STAGE.screening);
  const closed = first(LTT_STAGE.closed);
  const treatments = encounters.filter(
    (x) => x.stage === LTT_STAGE.treatment || x.stage === LTT_STAGE.closingTalk,
  );
  const group = treatments.some((x) =>
    codings(
      ((x.e.extension as { url: string; valueCodeableConcept?: unknown }[] | undefined) ?? []).find(
        (ext) => ext.url === DELIVERY_TYPE,
      )?.valueCodeableConcept,
    ).some((c) => c.code?.startsWith(GROUP_DELIVERY)),
  );

  const referrals = carePlans.filter((p) => Array.isArray(p.basedOn));
  const coordination = referrals.flatMap((p) => {
    const code = lttCode(
      (p.activity as { detail?: { code?: unknown } }[] | undefined)?.[0]?.detail?.code,
    );
    const date = day((p.period as { start?: string } | undefined)?.start);
    return code && date
      ? [{ partner: REFERRAL_TO_PARTY[code] ?? 'other', date, note: 'Henvisning (KL Gateway)' }]
      : [];
  });

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
  const courseEnd =
    course?.status === 'completed'
      ? day((course.period as { end?: string } | undefined)?.end)
      : undefined;

  const record: Record<string, unknown> = {
    contractVersion: CONTRACT_VERSION,
    id: String(episode?.id ?? course?.id ?? patient?.id ?? 'fhir'),
    child: { ...(name ? { name } : {}), birthDate },
    ...(manager?.display ? { responsible: { name: manager.display } } : {}),
    ...(contact
      ? { contact: { date: contact.date, ...(themes.length ? { concerns: themes } : {}) } }
      : {}),
    ...(preTalk ? { preTalk: { date: preTalk.date } } : {}),
    ...(screening
      ? { screening: { date: screening.date, ...(themes.length ? { concerns: themes } : {}) } }
      : {}),
    ...(treatments.length
      ? {
          plan: {
            format: group ? 'group' : 'individual',
            course: 'Behandlingsforløb (KL Gateway)',
          },
        }
      : {}),
    ...(treatments.length
      ? {
          sessions: treatments.map((x) => ({
            date: x.date,
            status: x.e.status === 'planned' ? 'planned' : 'performed',
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
    const informant = responseInformant(response) ?? 'parent';
    if (!questionnaire) {
      issues.push(
        `QuestionnaireResponse ${r.id ?? ''}: its Questionnaire is not in the Bundle, so it cannot be scored`,
      );
      continue;
    }
    const read = readSdqResponse(questionnaire, response);
    issues.push(...read.issues);
    results.push({
      instrument: 'SDQ',
      informant,
      date: day(response.authored) ?? '1970-01-01',
      scores: scoreSdq(read.answers, informant),
    });
  }
  if (!results.length) {
    const groups = new Map<string, Resource[]>();
    for (const o of observations) {
      const key = `${day(o.effectiveDateTime)}|${(o.extension as { url: string; valueCode?: string }[] | undefined)?.find((e) => e.url === SDQ_INFORMANT_EXTENSION)?.valueCode ?? 'parent'}`;
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
  return results.sort((a, b) => String(a.date).localeCompare(String(b.date)));
}
