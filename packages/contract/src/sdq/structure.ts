/**
 * The SDQ's structure, never its wording (the wording is Youthinmind's copyright and comes
 * from the host's licensed Questionnaire): item numbers as printed, scales, the five
 * reverse-scored items, the impact supplement, and the linkIds KL Gateway's children guide
 * uses (hl7dk/kl-children). Source: shared/data/sdq/structure.json; sdqinfo.org "Scoring the
 * SDQ" (c1).
 */
export const SDQ_INFORMANTS = ['parent', 'teacher', 'self'] as const;
export type SdqInformant = (typeof SDQ_INFORMANTS)[number];

/**
 * Who answered a recorded SDQ: one of the three informants, or 'unknown' when a response
 * read from elsewhere does not say (never guessed as the parent). A form never sends
 * 'unknown'; the journal shows it as such, with no bands (norms differ per informant).
 */
export const SDQ_RECORDED_INFORMANTS = [...SDQ_INFORMANTS, 'unknown'] as const;
export type SdqRecordedInformant = (typeof SDQ_RECORDED_INFORMANTS)[number];

/** KL Gateway's SDQ Questionnaires (hl7dk/kl-children 2.1.0), by version. */
export const KL_SDQ_QUESTIONNAIRES = {
  /** SDQ P4-10: parents of 4-10 year olds. */
  parent: 'http://fhir.kl.dk/children/Questionnaire/klgateway-children-sdq4-10',
  /** SDQ S11-17: the young person's own report. */
  self: 'http://fhir.kl.dk/children/Questionnaire/klgateway-children-sdq11-17',
} as const;

/** SNOMED CT codes of the SDQ versions (KL's Questionnaires carry them as `code`). */
export const SDQ_SNOMED = { parentOrTeacher: '718133008', self: '717639006' } as const;

export const SDQ_SCALES = ['emotional', 'conduct', 'hyperactivity', 'peer', 'prosocial'] as const;
export type SdqScale = (typeof SDQ_SCALES)[number];

/** Every score the scoring gives, in the order tables and charts show them. */
export const SDQ_SCORE_ORDER = [
  ...SDQ_SCALES,
  'totalDifficulties',
  'externalising',
  'internalising',
  'impact',
] as const;

/** Items of each scale, by printed item number. */
export const SDQ_SCALE_ITEMS: Readonly<Record<SdqScale, readonly number[]>> = {
  emotional: [3, 8, 13, 16, 24],
  conduct: [5, 7, 12, 18, 22],
  hyperactivity: [2, 10, 15, 21, 25],
  peer: [6, 11, 14, 19, 23],
  prosocial: [1, 4, 9, 17, 20],
};

/** Reverse-keyed items: "certainly true" scores 0. */
export const SDQ_REVERSED: ReadonlySet<number> = new Set([7, 11, 14, 21, 25]);

/** KL Gateway linkIds (klgateway-children-sdq4-10 / -sdq11-17), item 1-33. */
export const SDQ_KL_LINK_IDS: readonly string[] = [
  '1friendly',
  '2restless',
  '3headache',
  '4sharing',
  '5angry',
  '6keepingToOneSelf',
  '7followInstructions',
  '8oftenWorried',
  '9helpfull',
  '10restlessBody',
  '11friend',
  '12fighting',
  '13sad',
  '14liked',
  '15distracted',
  '16uneasy',
  '17treatWell',
  '18lying',
  '19bullied',
  '20offersHelp',
  '21consideration',
  '22steal',
  '23PreferAdults',
  '24afraid',
  '25finish',
  '26difficulties',
  '27difficultiesPeriod',
  '28difficultiesUnhappy',
  '29affectFamilyLife',
  '30affectFriendships',
  '31affectLearning',
  '32affectLeisureActivities',
  '33AffectOthers',
];

/** Impact supplement items. 26 overall difficulties; 27 duration (baseline only, not scored). */
export const SDQ_IMPACT = {
  difficulties: 26,
  duration: 27,
  distress: 28,
  home: 29,
  friendships: 30,
  learning: 31,
  leisure: 32,
  burden: 33,
} as const;

/**
 * Items that make up the impact score: distress plus interference. The teacher version asks
 * about peer relations (30) and classroom learning (31) only.
 */
export const SDQ_IMPACT_ITEMS: Readonly<Record<SdqInformant, readonly number[]>> = {
  parent: [28, 29, 30, 31, 32],
  self: [28, 29, 30, 31, 32],
  teacher: [28, 30, 31],
};

/**
 * The follow-up version's two questions (they replace the duration question 27): progress
 * since coming to the offer (5 options, worse to better) and other help (4 options). Not
 * scored. A host questionnaire marks them with linkIds starting "fu1" and "fu2"; inside the
 * package they are numbered 34 and 35.
 */
export const SDQ_FOLLOW_UP = { progress: 34, helped: 35 } as const;

/** Number of answer options per item: 3 for items 1-25, 4 for the impact supplement. */
export function sdqOptionCount(item: number): number {
  if (item === SDQ_FOLLOW_UP.progress) return 5;
  return item <= 25 ? 3 : 4;
}

/**
 * The impact items by their role, under the names sdqinfo's scoring syntax gives them (with
 * or without its p/t/s informant prefix: "tdistres", "distres"). The teacher version asks
 * about peer relations ("imppeer") where the others ask about friendships: the same place
 * (30) in the impact score. A host questionnaire may name its items so, as linkId or as an
 * item code, instead of KL's numbered linkIds.
 */
export const SDQ_IMPACT_ROLES: Readonly<Record<string, number>> = {
  ebddiff: SDQ_IMPACT.difficulties,
  distres: SDQ_IMPACT.distress,
  imphome: SDQ_IMPACT.home,
  impfrie: SDQ_IMPACT.friendships,
  imppeer: SDQ_IMPACT.friendships,
  impclas: SDQ_IMPACT.learning,
  impleis: SDQ_IMPACT.leisure,
};

/** An impact item's number from its role name ("tdistres" → 28), if it is one. */
export function sdqRoleNumber(name: string): number | null {
  const role = /^[pts]?(ebddiff|distres|imphome|impfrie|imppeer|impclas|impleis)$/.exec(
    name.toLowerCase(),
  );
  return role ? SDQ_IMPACT_ROLES[role[1]!]! : null;
}

/**
 * An item's number from its linkId: "7" and "7followInstructions" are both item 7; an
 * impact item may also go by its role ("tdistres" is 28, see `SDQ_IMPACT_ROLES`).
 */
export function sdqItemNumber(linkId: string): number | null {
  const role = sdqRoleNumber(linkId);
  if (role !== null) return role;
  const followUp = /^fu([12])(?!\d)/.exec(linkId);
  if (followUp) return 33 + Number(followUp[1]);
  const match = /^(\d{1,2})(?!\d)/.exec(linkId);
  if (!match) return null;
  const n = Number(match[1]);
  return n >= 1 && n <= 33 ? n : null;
}
