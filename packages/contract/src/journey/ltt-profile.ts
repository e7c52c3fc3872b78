import { LTT_REFERRAL } from '../vocab/ltt.js';

/**
 * The parts of KL Gateway's LTT profiles (kl.dk.fhir.ltt 1.0.1, Kommunernes Landsforening)
 * that the reader (`fhirToCase`) and the writer (`caseToLttBundle`) share, so the two can
 * never disagree on a code or a URL. The LTT codes themselves are in `vocab/ltt.ts`.
 */
export const LTT_PROFILE_BASE = 'http://fhir.kl.dk/ltt/StructureDefinition/';
export const LTT_PROFILES = {
  report: `${LTT_PROFILE_BASE}klgateway-ltt-delivery-report`,
  citizen: `${LTT_PROFILE_BASE}klgateway-ltt-citizen`,
  course: `${LTT_PROFILE_BASE}klgateway-ltt-care-plan`,
  encounter: `${LTT_PROFILE_BASE}klgateway-ltt-encounter`,
  referral: `${LTT_PROFILE_BASE}klgateway-ltt-referral`,
} as const;
export const LTT_BASED_ON_EXTENSION = `${LTT_PROFILE_BASE}klgateway-ltt-encounter-based-on-care-plan`;
export const LTT_DELIVERY_TYPE_EXTENSION = `${LTT_PROFILE_BASE}klgateway-ltt-encounter-delivery-type`;

/** KL's common codes (CareSocialCodes) the profiles bind. */
export const CSC_SYSTEM = 'http://fhir.kl.dk/term/CodeSystem/CareSocialCodes';
export const CSC = {
  course: {
    code: '01302bcb-c7f3-42c4-8ded-68e33da064eb',
    display: 'Lettilgængelige tilbud til børn og unge i psykisk mistrivsel',
  },
  individual: { code: '8d12d74c-17da-47a7-a4fe-e69dbaec0a8c', display: 'Individuel indsats' },
  group: { code: '2865f123-15a7-4a36-a514-32ea37c400ca', display: 'Gruppebaseret indsats' },
  child: { code: 'ca228a58-bd0e-4b0e-81ce-3866adc26535', display: 'Barn/ung deltager' },
  caregiverOnly: {
    code: 'd3578249-10df-4051-851d-3986b1570bee',
    display: 'Omsorgsperson uden barn/ung',
  },
} as const;

/** dk-core identifier systems: CPR (the Citizen) and SOR (the record-owning municipality). */
export const CPR_SYSTEM = 'urn:oid:1.2.208.176.1.2';
export const SOR_SYSTEM = 'urn:oid:1.2.208.176.1.1';
export const ACT_CODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

/**
 * The host's case id travels in the course CarePlan's `identifier` (which the profile leaves
 * open), so a report read back names the same case.
 */
export const CASE_ID_SYSTEM = 'https://lettilbud.dk/fhir/NamingSystem/case-id';

/** A session the case marks as the closing talk (KL's "Afsluttende samtale"). */
export const CLOSING_TALK_NOTE = 'Afsluttende samtale';
/** A coordination entry that is a referral on (KL's "Henvisning") starts with this word. */
export const REFERRAL_NOTE = 'Henvisning';

/** Displays of the referral destinations, as in KL's CodeSystem (keyed on the code). */
export const LTT_REFERRAL_DISPLAY: Readonly<Record<string, string>> = {
  [LTT_REFERRAL.other]: 'Andet',
  [LTT_REFERRAL.otherMunicipalOffer]: 'Andet tilbud i hjemkommune',
  [LTT_REFERRAL.offerInOtherMunicipality]: '§126a-tilbud i anden kommune',
  [LTT_REFERRAL.gp]: 'Alment praktiserende læge',
  [LTT_REFERRAL.childPsychiatry]: 'Børne- og ungdomspsykiatri',
  [LTT_REFERRAL.civilSociety]: 'Civilsamfund',
};
