import {
  KL_SDQ_QUESTIONNAIRES,
  SDQ_SNOMED,
  type SdqInformant,
  type SdqRecordedInformant,
} from './structure.js';

/**
 * Who answered an SDQ, in KL Gateway's terms and back. KL's QuestionnaireResponse profile
 * (hl7dk/kl-children, questionnaireResponse.fsh, extensions.fsh) records it in the
 * FindingInformer extension, a CodeableConcept from KL's CareSocialCodes (codeSystem.fsh,
 * ValueSet FindingInformerCodes).
 */
export const KL_FINDING_INFORMER = 'http://fhir.kl.dk/children/StructureDefinition/FindingInformer';
export const KL_CARE_SOCIAL_CODES = 'http://fhir.kl.dk/term/CodeSystem/CareSocialCodes';

/** The extension `<lt-sdq-form>` wrote before it used KL's; still read. */
export const SDQ_INFORMANT_EXTENSION =
  'https://lettilbud.dk/fhir/StructureDefinition/sdq-informant';

/** KL's FindingInformer codes. */
export const KL_INFORMER = {
  citizen: { code: '25b4e705-2e9a-47a2-b11a-c829316b9d3a', display: 'Borger' },
  citizenWithRelative: {
    code: 'b66dc78a-a673-43fc-8ac0-1e859ba626e0',
    display: 'Borger støttet af pårørende',
  },
  citizenWithStaff: {
    code: '12428e48-7df8-441f-9a89-d92bb7874066',
    display: 'Borger støttet af medarbejder',
  },
  relative: { code: '166d2437-4e47-4a52-bd94-cdbe91086ca6', display: 'Pårørende alene' },
  staff: { code: '8fe80acb-2c2a-4f10-b2b8-ddb77d2f69dc', display: 'Medarbejder alene' },
  staffAndRelative: {
    code: '329774f9-7700-47cf-9c00-63765d9e8078',
    display: 'Medarbejder og pårørende alene',
  },
} as const;

/**
 * What each KL code says about the SDQ's informant. The young person answering with a
 * parent's or a staff member's support is still the young person's own report ('self': the
 * answers are theirs, the helper only reads or explains). A staff member and a parent
 * answering together is neither the parent's nor the teacher's report: 'unknown', so no
 * informant's norms are applied to it.
 */
const FROM_KL: Readonly<Record<string, SdqRecordedInformant>> = {
  [KL_INFORMER.citizen.code]: 'self',
  [KL_INFORMER.citizenWithRelative.code]: 'self',
  [KL_INFORMER.citizenWithStaff.code]: 'self',
  [KL_INFORMER.relative.code]: 'parent',
  [KL_INFORMER.staff.code]: 'teacher',
  [KL_INFORMER.staffAndRelative.code]: 'unknown',
};

const TO_KL: Readonly<Record<SdqInformant, { code: string; display: string }>> = {
  self: KL_INFORMER.citizen,
  parent: KL_INFORMER.relative,
  teacher: KL_INFORMER.staff,
};

/** The FindingInformer extension for an informant, as `<lt-sdq-form>` writes it. */
export function findingInformer(informant: SdqInformant): {
  url: string;
  valueCodeableConcept: { coding: { system: string; code: string; display: string }[] };
} {
  return {
    url: KL_FINDING_INFORMER,
    valueCodeableConcept: { coding: [{ system: KL_CARE_SOCIAL_CODES, ...TO_KL[informant] }] },
  };
}

interface Extension {
  url?: string;
  valueCode?: string;
  valueCodeableConcept?: { coding?: { system?: string; code?: string }[] };
}

/** Which version of the SDQ a questionnaire is, from its canonical URL or SNOMED code. */
export function sdqVersion(
  canonical: string | undefined,
  questionnaire?: unknown,
): 'self' | 'parent' | 'parent-or-teacher' | undefined {
  const q = (questionnaire ?? {}) as {
    url?: unknown;
    code?: { system?: string; code?: string }[];
  };
  const urls = [canonical?.split('|')[0], typeof q.url === 'string' ? q.url : undefined];
  if (urls.includes(KL_SDQ_QUESTIONNAIRES.self)) return 'self';
  if (urls.includes(KL_SDQ_QUESTIONNAIRES.parent)) return 'parent';
  const codes = Array.isArray(q.code)
    ? q.code.filter((c) => c?.system === 'http://snomed.info/sct').map((c) => c.code)
    : [];
  if (codes.includes(SDQ_SNOMED.self)) return 'self';
  if (codes.includes(SDQ_SNOMED.parentOrTeacher)) return 'parent-or-teacher';
  return undefined;
}

/**
 * Who answered a QuestionnaireResponse, with the problems found on the way. The recorded
 * informer (KL's FindingInformer, else the extension `<lt-sdq-form>` used to write) says who
 * answered; the questionnaire says which version was filled in (KL's sdq11-17 or SNOMED
 * 717639006 is the self-report; KL's sdq4-10 the parents'). With no informer, the version
 * decides where it can; a version for parents or teachers alike cannot, and nothing known is
 * 'unknown', never a silent 'parent'. When informer and version disagree the informer is
 * kept (KL's own parent example, SDQ4-10AnswerLars, points at the sdq11-17 URL) and the
 * disagreement is an issue, so a person checks it.
 */
export function sdqInformantOf(
  response: unknown,
  questionnaire?: unknown,
): { informant: SdqRecordedInformant; issues: string[] } {
  const r = (response ?? {}) as { id?: unknown; questionnaire?: unknown; extension?: unknown };
  const id = typeof r.id === 'string' ? ` ${r.id.slice(0, 64)}` : '';
  const extensions = (Array.isArray(r.extension) ? r.extension : []) as Extension[];
  const version = sdqVersion(
    typeof r.questionnaire === 'string' ? r.questionnaire : undefined,
    questionnaire,
  );
  const issues: string[] = [];
  let informer: SdqRecordedInformant | undefined;
  const kl = extensions.find((e) => e?.url === KL_FINDING_INFORMER);
  if (kl) {
    const coding = kl.valueCodeableConcept?.coding?.find((c) => c?.system === KL_CARE_SOCIAL_CODES);
    informer = coding?.code ? FROM_KL[coding.code] : undefined;
    if (!informer) {
      issues.push(
        `QuestionnaireResponse${id}: its FindingInformer is not one of KL's codes, so who answered is unknown`,
      );
      informer = 'unknown';
    } else if (informer === 'unknown') {
      issues.push(
        `QuestionnaireResponse${id}: a staff member and a relative answered together, so it is neither the parent's nor the teacher's report; shown as unknown`,
      );
    }
  } else {
    const own = extensions.find((e) => e?.url === SDQ_INFORMANT_EXTENSION)?.valueCode;
    if (own === 'parent' || own === 'teacher' || own === 'self') informer = own;
  }
  if (informer && informer !== 'unknown' && version) {
    const fits =
      version === 'self'
        ? informer === 'self'
        : version === 'parent'
          ? informer === 'parent'
          : informer !== 'self';
    if (!fits)
      issues.push(
        `QuestionnaireResponse${id}: it says it was answered by the ${informer === 'self' ? 'young person' : informer}, but its questionnaire is the ${version === 'self' ? "young person's own version" : version === 'parent' ? "parents' version" : 'version for parents or teachers'}; check who answered`,
      );
    return { informant: informer, issues };
  }
  if (informer) return { informant: informer, issues };
  if (version === 'self' || version === 'parent') return { informant: version, issues };
  issues.push(
    `QuestionnaireResponse${id}: it does not say who answered (no FindingInformer), and its questionnaire does not tell; shown as unknown`,
  );
  return { informant: 'unknown', issues };
}
