import * as z from 'zod/mini';
import { IsoDateTime, WebUrl } from '../schemas/common.js';
import { JournalCase } from '../schemas/journal-case.js';
import { Cpr } from '../schemas/referral.js';
import { issuesOf, type Issue } from '../schemas/validate.js';
import { LTT_STAGE, LTT_SYSTEM, LTT_THEME } from '../vocab/ltt.js';
import { birthDateFromCpr } from './cpr.js';
import { LtJourneyError } from './error.js';
import {
  ACT_CODE_SYSTEM,
  CASE_ID_SYSTEM,
  CPR_SYSTEM,
  CSC,
  CSC_SYSTEM,
  LTT_BASED_ON_EXTENSION,
  LTT_DELIVERY_TYPE_EXTENSION,
  LTT_PROFILES,
  LTT_REFERRAL_DISPLAY,
  SOR_SYSTEM,
} from './ltt-profile.js';
import { lttView, type LttView } from './ltt-view.js';

/**
 * A case as a KL Gateway LTT delivery report (kl.dk.fhir.ltt 1.0.1): a FHIR R4 `collection`
 * Bundle with the Citizen, the course CarePlan and its "Tema" codes, one Encounter per stage
 * the child has been through, and a referral CarePlan per referral on. Built from the case's
 * `lttView()` alone, so the report holds nothing LTT has no place for (no name, no address,
 * no free text, no SDQ answers). Ids are stable for the same case, course and stage, so a
 * report sent again replaces the earlier copies at KL Gateway instead of doubling them.
 */
export interface LttOptions {
  /** When the report is made (`Bundle.timestamp`): an instant with offset. */
  readonly timestamp: string;
  /** The child's CPR number, when the host has it: the Citizen's identifier (required by KL Gateway). */
  readonly cpr?: string;
  /** SOR code of the municipality that owns the record (`Citizen.managingOrganization`; required by KL Gateway). */
  readonly sor?: string;
  /**
   * The FHIR base of the host's resources, e.g. `https://fhir.example.dk`: fullUrls are
   * `<base>/<Type>/<id>` and references relative, as in KL's examples. Without it, fullUrls
   * and references are `urn:uuid:<id>`.
   */
  readonly base?: string;
}

const Options = z.object({
  timestamp: IsoDateTime,
  cpr: z.optional(Cpr),
  sor: z.optional(
    z.string().check(z.regex(/^\d{11,}$/, 'Expected a SOR code of 11 or more digits')),
  ),
  base: z.optional(WebUrl),
});

type Json = Record<string, unknown>;

/** A stable UUID-shaped id from a key (FNV-1a, four seeds; not a secret, just stable). */
export function stableUuid(key: string): string {
  let hex = '';
  for (const seed of [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]) {
    let h = seed >>> 0;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    hex += h.toString(16).padStart(8, '0');
  }
  // Version 8 (custom) and the RFC 9562 variant, so it is a well-formed UUID.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const coding = (system: string, code: string, display: string) => ({
  coding: [{ system, code, display }],
});
const STAGE_DISPLAY: Readonly<Record<string, string>> = {
  [LTT_STAGE.contact]: 'Henvendelse',
  [LTT_STAGE.preTalk]: 'Forsamtale',
  [LTT_STAGE.screening]: 'Screening',
  [LTT_STAGE.treatment]: 'Behandling',
  [LTT_STAGE.closingTalk]: 'Afsluttende samtale',
  [LTT_STAGE.closed]: 'Afslutning',
};
const THEME_DISPLAY: Readonly<Record<string, string>> = {
  [LTT_THEME.behaviour]: 'Adfærd',
  [LTT_THEME.worry]: 'Bekymring',
  [LTT_THEME.bodyAndFood]: 'Krop og mad',
  [LTT_THEME.selfHarm]: 'Selvskade',
  [LTT_THEME.sadness]: 'Tristhed',
  [LTT_THEME.compulsions]: 'Tvangstanker og -handlinger',
  [LTT_THEME.restlessness]: 'Uro og uopmærksomhed',
  [LTT_THEME.other]: 'Andet',
};

/** What stops a case from being reported, with paths; empty when it can be. */
function reportIssues(c: JournalCase, view: LttView, cpr: string | undefined): Issue[] {
  const issues: Issue[] = [];
  if (!view.contact)
    issues.push({
      path: 'contact.date',
      message: "KL's course needs its start: the date of first contact",
    });
  if (view.treatments.length && !view.format)
    issues.push({
      path: 'plan.format',
      message:
        "A Behandling contact must say how it is organised (individual, group or parents) under KL's rule",
    });
  if (cpr && birthDateFromCpr(cpr) !== c.child.birthDate)
    issues.push({
      path: 'options.cpr',
      message: "The CPR number's birth date is not the child's birth date: is it this child's?",
    });
  return issues;
}

/** The case as a KL Gateway LTT delivery report. Throws `LtJourneyError` on input that breaks the contract. */
export function caseToLttBundle(journalCase: unknown, options: LttOptions): Json {
  const parsed = JournalCase.safeParse(journalCase);
  const opts = Options.safeParse(options);
  const issues: Issue[] = [
    ...(parsed.success ? [] : issuesOf(parsed.error)),
    ...(opts.success ? [] : issuesOf(opts.error).map((i) => ({ ...i, path: `options.${i.path}` }))),
  ];
  if (!parsed.success || !opts.success) throw new LtJourneyError('Not a reportable case', issues);
  const c = parsed.data;
  const view = lttView(c);
  issues.push(...reportIssues(c, view, opts.data.cpr));
  if (issues.length) throw new LtJourneyError('Not a reportable case', issues);

  const { timestamp, cpr, sor, base } = opts.data;
  const courseKey = `${c.id}|${view.contact}`;
  const id = (role: string) => stableUuid(`${courseKey}|${role}`);
  const ref = (type: string, rid: string) => (base ? `${type}/${rid}` : `urn:uuid:${rid}`);
  const entry = (resource: Json & { resourceType: string; id: string }) => ({
    fullUrl: base
      ? `${base.replace(/\/+$/, '')}/${resource.resourceType}/${resource.id}`
      : `urn:uuid:${resource.id}`,
    resource,
  });

  const citizenId = stableUuid(`${c.id}|citizen`);
  const courseId = id('course');
  const subject = { reference: ref('Patient', citizenId) };
  const basedOn = { reference: ref('CarePlan', courseId) };
  const completed = !!view.closure;

  const citizen = {
    resourceType: 'Patient',
    id: citizenId,
    meta: { profile: [LTT_PROFILES.citizen] },
    ...(cpr
      ? { identifier: [{ use: 'official', system: CPR_SYSTEM, value: cpr.replace('-', '') }] }
      : {}),
    active: true,
    ...(sor
      ? {
          managingOrganization: { identifier: { use: 'official', system: SOR_SYSTEM, value: sor } },
        }
      : {}),
  };

  const course = {
    resourceType: 'CarePlan',
    id: courseId,
    meta: { profile: [LTT_PROFILES.course] },
    identifier: [{ system: CASE_ID_SYSTEM, value: c.id }],
    status: completed ? 'completed' : 'active',
    intent: 'plan',
    subject,
    period: { start: view.contact, ...(completed ? { end: view.closure } : {}) },
    activity: [
      {
        detail: {
          code: coding(CSC_SYSTEM, CSC.course.code, CSC.course.display),
          ...(view.themes.length
            ? {
                reasonCode: view.themes.map((t) =>
                  coding(LTT_SYSTEM, t, THEME_DISPLAY[t] ?? 'Andet'),
                ),
              }
            : {}),
          status: completed ? 'completed' : 'in-progress',
        },
      },
    ],
  };

  const stages: { stage: string; date: string; role: string }[] = [
    ...(view.contact ? [{ stage: LTT_STAGE.contact, date: view.contact, role: 'contact' }] : []),
    ...(view.preTalk ? [{ stage: LTT_STAGE.preTalk, date: view.preTalk, role: 'pre-talk' }] : []),
    ...(view.screening
      ? [{ stage: LTT_STAGE.screening, date: view.screening, role: 'screening' }]
      : []),
    ...numbered(view.treatments).map(([date, n]) => ({
      stage: LTT_STAGE.treatment,
      date,
      role: `treatment|${date}|${n}`,
    })),
    ...numbered(view.closingTalks).map(([date, n]) => ({
      stage: LTT_STAGE.closingTalk,
      date,
      role: `closing-talk|${date}|${n}`,
    })),
    ...(view.closure ? [{ stage: LTT_STAGE.closed, date: view.closure, role: 'closed' }] : []),
  ];
  const delivery = view.format === 'group' ? CSC.group : CSC.individual;
  const participant = view.format === 'parents' ? CSC.caregiverOnly : CSC.child;
  const encounters = stages.map(({ stage, date, role }) => {
    const treatment = stage === LTT_STAGE.treatment;
    return {
      resourceType: 'Encounter',
      id: id(role),
      meta: { profile: [LTT_PROFILES.encounter] },
      extension: [
        { url: LTT_BASED_ON_EXTENSION, valueReference: basedOn },
        ...(treatment
          ? [
              {
                url: LTT_DELIVERY_TYPE_EXTENSION,
                valueCodeableConcept: coding(CSC_SYSTEM, delivery.code, delivery.display),
              },
            ]
          : []),
      ],
      status: 'finished',
      class: { system: ACT_CODE_SYSTEM, code: 'AMB', display: 'ambulatory' },
      type: [coding(LTT_SYSTEM, stage, STAGE_DISPLAY[stage] ?? '')],
      subject,
      ...(treatment
        ? { participant: [{ type: [coding(CSC_SYSTEM, participant.code, participant.display)] }] }
        : {}),
      period: { start: date },
    };
  });

  const referrals = numbered(view.referrals.map((r) => `${r.date}|${r.code}`)).map(([key, n]) => {
    const [date, code] = key.split('|') as [string, string];
    return {
      resourceType: 'CarePlan',
      id: id(`referral|${key}|${n}`),
      meta: { profile: [LTT_PROFILES.referral] },
      basedOn: [basedOn],
      status: 'completed',
      intent: 'plan',
      subject,
      period: { start: date },
      activity: [
        {
          detail: {
            code: coding(LTT_SYSTEM, code, LTT_REFERRAL_DISPLAY[code] ?? 'Andet'),
            status: 'completed',
          },
        },
      ],
    };
  });

  return {
    resourceType: 'Bundle',
    meta: { profile: [LTT_PROFILES.report] },
    type: 'collection',
    timestamp,
    entry: [citizen, course, ...encounters, ...referrals].map(entry),
  };
}

/** Each value with its count among equal values before it, so repeats get their own id. */
function numbered(values: readonly string[]): [string, number][] {
  const seen = new Map<string, number>();
  return values.map((v) => {
    const n = seen.get(v) ?? 0;
    seen.set(v, n + 1);
    return [v, n];
  });
}
