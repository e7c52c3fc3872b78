import {
  contractSchemas,
  DAYS,
  validate,
  type ContractSchemas,
  type Issue,
  type OfferDirectory as Directory,
} from '@lettilbud/contract';
import { formToFeed, hoursPeriods, type CourseForm, type Day, type EditorForm } from './model.js';

/**
 * The contract judges the feed; this module only says what it found where the web editor
 * can see it: each issue's path mapped to the form field it came from, and its message in
 * plain Danish. No rule lives here that the contract does not have.
 */
export interface FieldProblem {
  /** The id of the form control to focus (null: a problem no field can fix). */
  readonly fieldId: string | null;
  /** What the error summary says, with the day or course it is about. */
  readonly summary: string;
  /** What is said beside the field. */
  readonly message: string;
  /** The contract's path, e.g. `offers[0].phone.hours[1].closes`. */
  readonly path: string;
}

export interface FeedCheck {
  /** The feed as the contract read it, when it has no issues. */
  readonly feed: Directory | null;
  readonly issues: readonly Issue[];
  readonly problems: readonly FieldProblem[];
}

export const DAY_NAMES: Record<Day, string> = {
  Monday: 'Mandag',
  Tuesday: 'Tirsdag',
  Wednesday: 'Onsdag',
  Thursday: 'Torsdag',
  Friday: 'Fredag',
  Saturday: 'Lørdag',
  Sunday: 'Søndag',
};

/** Field ids, shared by the form (its controls) and the mapping (the summary's links). */
export const fieldId = {
  offer: (name: string) => `fe-${name}`,
  day: (day: Day, part: 'opens' | 'closes') => `fe-${day.toLowerCase()}-${part}`,
  course: (c: Pick<CourseForm, 'key'>, part: string) => `fe-c-${c.key}-${part}`,
};

/**
 * The contract's checks, as the widgets load them (compiled from its zod schemas, the same
 * verdicts and messages, without zod): `loadFeedChecks()` before the first `checkFeed()`.
 */
export function loadFeedChecks(): Promise<ContractSchemas> {
  return contractSchemas.load();
}

/**
 * Checks the form's feed with the contract: the envelope (`OfferDirectory`) and the offer
 * (`Offer`, which the envelope leaves to each reader), as `<lt-offer-finder>` reads it.
 */
export function checkFeed(form: EditorForm, generatedAt?: string): FeedCheck {
  const checks = contractSchemas.now();
  if (!checks) throw new Error('checkFeed: the contract checks are not loaded (loadFeedChecks).');
  const { Offer, OfferDirectory } = checks;
  const doc = formToFeed(form, generatedAt);
  const envelope = validate(OfferDirectory, doc);
  const offer = validate(Offer, (doc.offers as unknown[])[0]);
  const issues: Issue[] = [
    ...(envelope.ok ? [] : envelope.issues),
    ...(offer.ok
      ? []
      : offer.issues.map((i) => ({
          path: i.path === '(root)' ? 'offers[0]' : `offers[0].${i.path}`,
          message: i.message,
        }))),
  ];
  const feed = envelope.ok && offer.ok ? { ...envelope.value, offers: [offer.value] } : null;
  return { feed, issues, problems: problemsOf(issues, form) };
}

const longText = (message: string) => /at most (\d+)/.exec(message)?.[1];

interface Target {
  fieldId: string | null;
  context: string;
  message: string;
}

/** Maps one issue to the field(s) it concerns, with the Danish message. */
function targetsOf(issue: Issue, form: EditorForm): Target[] {
  const path = issue.path.replace(/^offers\[0\]\.?/, '');
  const tooLong = longText(issue.message);
  const long = (what: string) => (tooLong ? `${what} må højst have ${tooLong} tegn` : null);
  const offerField = (name: string, message: string): Target[] => [
    { fieldId: fieldId.offer(name), context: '', message },
  ];

  if (issue.path === 'publisher' || /^municipalities/.test(path))
    return offerField('municipality', 'Vælg den kommune, tilbuddet hører til');
  switch (path) {
    case 'name':
      return offerField('name', long('Navnet') ?? 'Skriv tilbuddets navn');
    case 'id':
      return offerField('name', 'Tilbuddets id fra det indlæste feed kan ikke bruges');
    case 'status':
      return offerField('status', 'Vælg, om tilbuddet er i gang');
    case 'description':
      return offerField('description', long('Beskrivelsen') ?? 'Beskrivelsen kan ikke bruges');
    case 'verifiedAt':
      return offerField(
        'verified',
        'Skriv datoen, hvor oplysningerne sidst blev tjekket, fx 2026-11-01',
      );
    case 'phone.number':
      return offerField(
        'phone',
        form.phone.trim()
          ? 'Telefonnummeret må kun have tal, mellemrum, + og - (mindst 3 tal)'
          : 'Skriv telefonnummeret, eller slet telefontiderne',
      );
    case 'email':
      return offerField('email', 'Skriv en hel e-mailadresse med @, fx navn@example.org');
    case 'contactUrl':
      return offerField('contact-url', 'Skriv en hel webadresse, der begynder med https://');
    case 'website':
      return offerField('website', 'Skriv en hel webadresse, der begynder med https://');
    case 'addresses[0].streetAddress':
      return offerField(
        'street',
        long('Adressen') ?? 'Skriv vejnavn og husnummer, eller slet hele adressen',
      );
    case 'addresses[0].postalCode':
      return offerField('postal-code', 'Postnummeret skal være 4 tal, fx 1000');
    case 'addresses[0].locality':
      return offerField('locality', long('Bynavnet') ?? 'Skriv bynavnet');
    case 'waitingTime.weeks':
      return offerField('waiting', 'Skriv ventetiden som et helt antal uger fra 0 til 52');
  }

  const hours = /^phone\.hours\[(\d+)\](?:\.(opens|closes))?/.exec(path);
  if (hours) {
    const period = hoursPeriods(form.hours)[Number(hours[1])];
    const part = (hours[2] ?? 'closes') as 'opens' | 'closes';
    return (period?.days ?? [DAYS[0]]).map((day) => {
      const typed = form.hours[day][part].trim();
      const message = !hours[2]
        ? 'Telefonen skal lukke senere, end den åbner'
        : typed
          ? `Skriv ${part === 'opens' ? 'åbningstiden' : 'lukketiden'} som tt:mm, fx ${part === 'opens' ? '09:00' : '15:00'}`
          : part === 'opens'
            ? 'Skriv, hvornår telefonen åbner, eller slet lukketiden, hvis der er lukket'
            : 'Skriv, hvornår telefonen lukker, eller slet åbningstiden, hvis der er lukket';
      return { fieldId: fieldId.day(day, part), context: DAY_NAMES[day], message };
    });
  }

  const course = /^courses\[(\d+)\]\.?(.*)$/.exec(path);
  const c = course ? form.courses[Number(course[1])] : undefined;
  if (course && c) {
    const context = `Forløb ${Number(course[1]) + 1}`;
    const at = (part: string, message: string): Target[] => [
      { fieldId: fieldId.course(c, part), context, message },
    ];
    const rest = course[2]!;
    const range = /^(ages|sessions)(?:\.(min|max))?$/.exec(rest);
    if (range) {
      const ages = range[1] === 'ages';
      const end = range[2] as 'min' | 'max' | undefined;
      if (!end)
        return ages
          ? at('ages-max', 'Den højeste alder må ikke være lavere end den laveste')
          : at('sessions-max', 'Det højeste antal gange må ikke være lavere end det laveste');
      if (!ages && !(end === 'min' ? c.sessionsMin : c.sessionsMax).trim())
        return at(
          `sessions-${end}`,
          'Skriv både det laveste og det højeste antal gange, eller lad begge stå tomme',
        );
      return at(
        `${range[1]}-${end}`,
        ages
          ? `Skriv den ${end === 'min' ? 'laveste' : 'højeste'} alder som et helt tal fra 0 til 25`
          : `Skriv det ${end === 'min' ? 'laveste' : 'højeste'} antal gange som et helt tal fra 0 til 25`,
      );
    }
    if (rest === 'name') return at('name', long('Navnet') ?? 'Skriv forløbets navn');
    if (rest === 'id') return at('name', 'Forløbets id fra det indlæste feed kan ikke bruges');
    if (rest.startsWith('formats'))
      return at('formats', 'Vælg mindst én måde, forløbet foregår på');
    if (rest.startsWith('concerns'))
      return at('concerns', 'Et af emnerne fra det indlæste feed kendes ikke; vælg emnerne igen');
    if (rest === 'manual') return at('manual', long('Metoden') ?? 'Metoden kan ikke bruges');
    if (rest === 'description')
      return at('description', long('Beskrivelsen') ?? 'Beskrivelsen kan ikke bruges');
    if (rest === 'provider')
      return at('provider', long('Udbyderen') ?? 'Udbyderen kan ikke bruges');
  }
  return [
    {
      fieldId: null,
      context: '',
      message: 'Feedet har en fejl, som formularen ikke kan rette. Start forfra, eller ret feedet.',
    },
  ];
}

const OFFER_ORDER = [
  ...['municipality', 'name', 'status', 'description', 'verified', 'phone'].map(fieldId.offer),
  ...DAYS.flatMap((d) => [fieldId.day(d, 'opens'), fieldId.day(d, 'closes')]),
  ...['email', 'contact-url', 'website', 'street', 'postal-code', 'locality', 'waiting'].map(
    fieldId.offer,
  ),
];
const COURSE_ORDER = [
  'name',
  'manual',
  'description',
  'concerns',
  'ages-min',
  'ages-max',
  'formats',
  'sessions-min',
  'sessions-max',
  'provider',
];

/** Where a field comes in the form, so the summary lists problems in the order of the page. */
function rank(id: string | null, form: EditorForm): number {
  if (id === null) return -1;
  const at = OFFER_ORDER.indexOf(id);
  if (at >= 0) return at;
  const course = form.courses.findIndex((c) => id.startsWith(fieldId.course(c, '')));
  if (course < 0) return 10_000;
  const part = id.slice(fieldId.course(form.courses[course]!, '').length);
  return 1_000 + course * 100 + COURSE_ORDER.indexOf(part);
}

/** The issues as problems by field: one per field (the first), in the order of the form. */
export function problemsOf(issues: readonly Issue[], form: EditorForm): FieldProblem[] {
  const seen = new Set<string>();
  const out: FieldProblem[] = [];
  // A check across fields (opens before closes, min at most max) also fails when one of its
  // fields is itself wrong ("9-ish" is no time to compare): then only that field is named.
  const own = issues.filter(
    (issue) => !issues.some((other) => other.path.startsWith(`${issue.path}.`)),
  );
  for (const issue of own)
    for (const t of targetsOf(issue, form)) {
      const key = t.fieldId ?? issue.path;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        fieldId: t.fieldId,
        summary: t.context ? `${t.context}: ${t.message}` : t.message,
        message: t.message,
        path: issue.path,
      });
    }
  return out.sort((a, b) => rank(a.fieldId, form) - rank(b.fieldId, form));
}
