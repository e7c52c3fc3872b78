import { LTT_STAGE, LTT_SYSTEM } from '../../src/index.js';
import type { Bundle } from './helpers.js';

/**
 * A hand-written check of a KL Gateway LTT delivery report against KL's profiles
 * (kl.dk.fhir.ltt 1.0.1, summarised in shared/data/kl-ltt/profiles.md): cardinalities, fixed
 * values, required bindings (against KL's own CodeSystem, displays included), both
 * invariants, and that every reference resolves. Returns the problems; [] is conformant.
 */
type R = Record<string, unknown> & { resourceType: string; id?: string };
type Concept = { code: string; display: string; concept?: Concept[] };
type CC = { coding?: { system?: string; code?: string; display?: string }[] };

const CSC = 'http://fhir.kl.dk/term/CodeSystem/CareSocialCodes';
const P = 'http://fhir.kl.dk/ltt/StructureDefinition/';
const THEME_ROOT = 'd09ad8c9-7ade-455f-b34a-54c8c6cce266';
const REFERRAL_ROOT = '92aa0b05-ed46-4fd6-8009-adf97d0fc187';
const DELIVERY = ['2865f123-15a7-4a36-a514-32ea37c400ca', '8d12d74c-17da-47a7-a4fe-e69dbaec0a8c'];
const PARTICIPANTS = [
  'ca228a58-bd0e-4b0e-81ce-3866adc26535',
  'd3578249-10df-4051-851d-3986b1570bee',
];

export async function lttCodeSystem(): Promise<Map<string, { display: string; parent?: string }>> {
  const cs = (await (
    await fetch(new URL('./fixtures/CodeSystem-LTT.json', import.meta.url))
  ).json()) as { concept: Concept[] };
  const out = new Map<string, { display: string; parent?: string }>();
  const walk = (concepts: Concept[], parent?: string) => {
    for (const c of concepts) {
      out.set(c.code, { display: c.display, ...(parent ? { parent } : {}) });
      walk(c.concept ?? [], c.code);
    }
  };
  walk(cs.concept);
  return out;
}

export function checkLttReport(
  bundle: Bundle,
  codes: Map<string, { display: string; parent?: string }>,
): string[] {
  const problems: string[] = [];
  const fail = (where: string, what: string) => problems.push(`${where}: ${what}`);
  if (bundle.type !== 'collection') fail('Bundle.type', 'must be collection');
  if (typeof bundle.timestamp !== 'string') fail('Bundle.timestamp', 'required');
  const resources = bundle.entry.map((e) => e.resource as R);
  const byRef = new Map<string, R>();
  for (const e of bundle.entry) {
    const r = e.resource as R;
    if (e.fullUrl) byRef.set(e.fullUrl, r);
    byRef.set(`${r.resourceType}/${r.id}`, r);
  }
  const resolve = (ref: unknown) => byRef.get(String((ref as { reference?: string })?.reference));
  const one = (
    cc: unknown,
    where: string,
    allowed: (code: string) => boolean,
    system = LTT_SYSTEM,
  ) => {
    const coding = (cc as CC | undefined)?.coding ?? [];
    if (coding.length !== 1) return fail(where, `one coding, not ${coding.length}`);
    const c = coding[0]!;
    if (c.system !== system || !c.code || !allowed(c.code))
      fail(where, `code ${c.code} not allowed`);
    if (system === LTT_SYSTEM && codes.get(c.code ?? '')?.display !== c.display)
      fail(where, `display "${c.display}" is not KL's`);
  };
  const profile = (r: R) => ((r.meta as { profile?: string[] } | undefined)?.profile ?? [])[0];

  const citizens = resources.filter((r) => r.resourceType === 'Patient');
  if (citizens.length !== 1) fail('Bundle', `exactly one Citizen, not ${citizens.length}`);
  for (const r of resources) {
    const where = `${r.resourceType}/${r.id}`;
    if (!r.id) fail(where, 'id required');
    if (r.resourceType === 'Patient') {
      if (profile(r) !== `${P}klgateway-ltt-citizen`) fail(where, 'profile');
      const ids = (r.identifier as { system?: string; use?: string; value?: string }[]) ?? [];
      if (
        ids.length !== 1 ||
        ids[0]!.system !== 'urn:oid:1.2.208.176.1.2' ||
        ids[0]!.use !== 'official' ||
        !/^\d{10}$/.test(ids[0]!.value ?? '')
      )
        fail(where, 'identifier: one official CPR of 10 digits');
      if (typeof r.active !== 'boolean') fail(where, 'active required');
      const org = (r.managingOrganization as { identifier?: { system?: string; value?: string } })
        ?.identifier;
      if (org?.system !== 'urn:oid:1.2.208.176.1.1' || !/^\d{11,}$/.test(org.value ?? ''))
        fail(where, 'managingOrganization: a SOR identifier');
      for (const k of ['name', 'birthDate', 'gender', 'address', 'telecom'])
        if (k in r) fail(where, `${k} is 0..0`);
    } else if (r.resourceType === 'CarePlan') {
      if (r.intent !== 'plan') fail(where, 'intent plan');
      if (!resolve(r.subject)) fail(where, 'subject must resolve');
      const period = (r.period as { start?: string; end?: string }) ?? {};
      if (!period.start) fail(where, 'period.start required');
      const activity =
        (r.activity as {
          detail?: { code?: unknown; reasonCode?: unknown[]; status?: string };
        }[]) ?? [];
      if (activity.length !== 1 || !activity[0]!.detail) fail(where, 'one activity.detail');
      const detail = activity[0]?.detail ?? {};
      if (r.basedOn) {
        if (profile(r) !== `${P}klgateway-ltt-referral`) fail(where, 'profile');
        const based = r.basedOn as unknown[];
        if (based.length !== 1 || resolve(based[0])?.resourceType !== 'CarePlan')
          fail(where, 'basedOn the course');
        if (!['completed', 'entered-in-error'].includes(String(r.status))) fail(where, 'status');
        if (period.end) fail(where, 'period.end is 0..0');
        one(detail.code, `${where} detail.code`, (c) => codes.get(c)?.parent === REFERRAL_ROOT);
        if (detail.status !== 'completed') fail(where, 'detail.status fixed completed');
      } else {
        if (profile(r) !== `${P}klgateway-ltt-care-plan`) fail(where, 'profile');
        if (!['active', 'completed', 'entered-in-error'].includes(String(r.status)))
          fail(where, 'status');
        if (r.status === 'completed' && !period.end) fail(where, 'klgateway-ltt-careplan-endtime');
        one(
          detail.code,
          `${where} detail.code`,
          (c) => c === '01302bcb-c7f3-42c4-8ded-68e33da064eb',
          CSC,
        );
        for (const rc of detail.reasonCode ?? [])
          one(rc, `${where} reasonCode`, (c) => codes.get(c)?.parent === THEME_ROOT);
        if (!detail.status) fail(where, 'detail.status required');
      }
    } else if (r.resourceType === 'Encounter') {
      if (profile(r) !== `${P}klgateway-ltt-encounter`) fail(where, 'profile');
      const ext =
        (r.extension as {
          url: string;
          valueReference?: unknown;
          valueCodeableConcept?: unknown;
        }[]) ?? [];
      const based = ext.filter((x) => x.url === `${P}klgateway-ltt-encounter-based-on-care-plan`);
      if (based.length !== 1 || resolve(based[0]!.valueReference)?.resourceType !== 'CarePlan')
        fail(where, 'basedOnCarePlan 1..1, resolving to the course');
      const delivery = ext.filter((x) => x.url === `${P}klgateway-ltt-encounter-delivery-type`);
      for (const d of delivery)
        one(d.valueCodeableConcept, `${where} deliveryType`, (c) => DELIVERY.includes(c), CSC);
      if (!['finished', 'entered-in-error'].includes(String(r.status))) fail(where, 'status');
      const cls = r.class as { system?: string; code?: string };
      if (cls?.system !== 'http://terminology.hl7.org/CodeSystem/v3-ActCode' || cls.code !== 'AMB')
        fail(where, 'class AMB');
      const type = (r.type as unknown[]) ?? [];
      if (type.length !== 1) fail(where, 'type 1..1');
      one(type[0], `${where} type`, (c) => Object.values<string>(LTT_STAGE).includes(c));
      if (r.subject && !resolve(r.subject)) fail(where, 'subject must resolve');
      const participants = (r.participant as { type?: unknown[] }[]) ?? [];
      if (participants.length > 1) fail(where, 'participant 0..1');
      for (const p of participants) {
        if (p.type?.length !== 1) fail(where, 'participant.type 1..1');
        one(p.type?.[0], `${where} participant`, (c) => PARTICIPANTS.includes(c), CSC);
      }
      const period = (r.period as { start?: string; end?: string }) ?? {};
      if (!period.start) fail(where, 'period.start required');
      if (period.end) fail(where, 'period.end is 0..0');
      const isTreatment = ((type[0] as CC)?.coding ?? [])[0]?.code === LTT_STAGE.treatment;
      if (isTreatment && (!participants.length || !delivery.length))
        fail(where, 'klgateway-ltt-encounter-participants-and-deliveryType');
    } else fail(where, 'not one of the four LTT profiles');
  }
  return problems;
}
