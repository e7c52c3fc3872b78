import {
  CONCERN_IDS,
  CONTACT_ROLES,
  CONTRACT_VERSION,
  COURSE_FORMATS,
  DAYS,
  OFFER_STATUSES,
  municipalityByCode,
  municipalityDisplayName,
  type ConcernId,
} from '@lettilbud/contract';

/**
 * The web team's form, as the editor fills it in: every value as typed (strings), so a
 * half-typed number or time stays what the editor wrote. `formToFeed` turns it into an
 * offer-directory document for the contract to judge; it never decides what is valid
 * itself, it only leaves out what the editor left empty.
 */
export type Day = (typeof DAYS)[number];
export type Format = (typeof COURSE_FORMATS)[number];
export type ContactRole = (typeof CONTACT_ROLES)[number];
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export interface DayHours {
  opens: string;
  closes: string;
}

export interface CourseForm {
  /** The form's own key for this course (field ids, focus); never in the feed. */
  key: string;
  /** The id from a loaded feed; empty: made from the name. */
  id: string;
  name: string;
  manual: string;
  description: string;
  concerns: ConcernId[];
  agesMin: string;
  agesMax: string;
  formats: Format[];
  sessionsMin: string;
  sessionsMax: string;
  provider: string;
}

export interface EditorForm {
  municipality: string;
  /** The offer id from a loaded feed; empty: made from the municipality code. */
  offerId: string;
  name: string;
  status: OfferStatus;
  description: string;
  verifiedAt: string;
  phone: string;
  hours: Record<Day, DayHours>;
  email: string;
  contactUrl: string;
  website: string;
  street: string;
  postalCode: string;
  locality: string;
  whoMayContact: ContactRole[];
  waitingWeeks: string;
  courses: CourseForm[];
}

let keys = 0;
/** A key for a new course, unique on the page. */
export function newCourseKey(): string {
  keys += 1;
  return `k${Date.now().toString(36)}${keys}`;
}

export function emptyCourse(): CourseForm {
  return {
    key: newCourseKey(),
    id: '',
    name: '',
    manual: '',
    description: '',
    concerns: [],
    agesMin: '',
    agesMax: '',
    formats: [],
    sessionsMin: '',
    sessionsMax: '',
    provider: '',
  };
}

const emptyHours = (): Record<Day, DayHours> =>
  Object.fromEntries(DAYS.map((d) => [d, { opens: '', closes: '' }])) as Record<Day, DayHours>;

/** An empty form: nothing invented, only today's date as "last checked". */
export function emptyForm(today = new Date()): EditorForm {
  return {
    municipality: '',
    offerId: '',
    name: '',
    status: 'running',
    description: '',
    verifiedAt: today.toISOString().slice(0, 10),
    phone: '',
    hours: emptyHours(),
    email: '',
    contactUrl: '',
    website: '',
    street: '',
    postalCode: '',
    locality: '',
    whoMayContact: [],
    waitingWeeks: '',
    courses: [],
  };
}

/** "9", "9:00", "9.00" and "09.00" as "09:00" (how Danes write times); anything else as typed. */
export function normalizeTime(value: string): string {
  const v = value.trim();
  const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(v);
  if (!m) return v;
  return `${m[1]!.padStart(2, '0')}:${m[2] ?? '00'}`;
}

/** A whole number as a number; empty as undefined; anything else as typed (the contract refuses it). */
function numberOf(value: string): number | string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  return /^-?\d+$/.test(v) ? Number(v) : v;
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

/** An id from a course name: "Tryg nok" gives "tryg-nok". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The weekly phone hours as periods: days with the same hours share one period. */
export function hoursPeriods(hours: Record<Day, DayHours>): { days: Day[]; hours: DayHours }[] {
  const periods: { days: Day[]; hours: DayHours }[] = [];
  for (const day of DAYS) {
    const opens = normalizeTime(hours[day].opens);
    const closes = normalizeTime(hours[day].closes);
    if (!opens && !closes) continue;
    const same = periods.find((p) => p.hours.opens === opens && p.hours.closes === closes);
    if (same) same.days.push(day);
    else periods.push({ days: [day], hours: { opens, closes } });
  }
  return periods;
}

/** The course ids the feed gets: a loaded id kept, else from the name, unique in the feed. */
export function courseIds(courses: readonly CourseForm[]): string[] {
  const used = new Set<string>();
  return courses.map((c, i) => {
    const base = c.id || slug(c.name) || `forloeb-${i + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

function courseOf(c: CourseForm, id: string): Record<string, unknown> {
  const sessions =
    c.sessionsMin.trim() || c.sessionsMax.trim()
      ? { min: numberOf(c.sessionsMin), max: numberOf(c.sessionsMax) }
      : undefined;
  return {
    id,
    name: c.name,
    manual: optional(c.manual),
    description: optional(c.description),
    concerns: CONCERN_IDS.filter((x) => c.concerns.includes(x)),
    ages: { min: numberOf(c.agesMin), max: numberOf(c.agesMax) },
    formats: COURSE_FORMATS.filter((x) => c.formats.includes(x)),
    sessions,
    provider: optional(c.provider),
  };
}

/** Who publishes the feed: the chosen municipality's legal name (empty before one is chosen). */
export function publisherOf(code: string): string {
  const m = municipalityByCode(code);
  return m ? municipalityDisplayName(m) : '';
}

/**
 * The offer-directory document the form describes, for the contract to check. Empty
 * optional fields are left out; required ones are passed as typed, so the contract names
 * what is missing. `generatedAt` is set when the feed is downloaded.
 */
export function formToFeed(form: EditorForm, generatedAt?: string): Record<string, unknown> {
  const periods = hoursPeriods(form.hours);
  const phone =
    form.phone.trim() || periods.length
      ? {
          number: form.phone.trim(),
          hours: periods.map((p) => ({ dayOfWeek: p.days, ...p.hours })),
        }
      : undefined;
  const address =
    form.street.trim() || form.postalCode.trim() || form.locality.trim()
      ? [
          {
            streetAddress: form.street,
            postalCode: form.postalCode.trim(),
            locality: form.locality,
          },
        ]
      : undefined;
  const ids = courseIds(form.courses);
  const offer = {
    id: form.offerId || (form.municipality ? `let-${form.municipality}` : 'let'),
    name: form.name,
    status: form.status,
    municipalities: form.municipality ? [form.municipality] : [],
    addresses: address,
    phone,
    email: optional(form.email),
    contactUrl: optional(form.contactUrl),
    website: optional(form.website),
    whoMayContact: form.whoMayContact.length
      ? CONTACT_ROLES.filter((r) => form.whoMayContact.includes(r))
      : undefined,
    waitingTime: form.waitingWeeks.trim() ? { weeks: numberOf(form.waitingWeeks) } : undefined,
    description: optional(form.description),
    courses: form.courses.map((c, i) => courseOf(c, ids[i]!)),
    verifiedAt: form.verifiedAt.trim(),
  };
  return {
    contractVersion: CONTRACT_VERSION,
    publisher: publisherOf(form.municipality),
    ...(generatedAt ? { generatedAt } : {}),
    offers: [withoutUndefined(offer)],
  };
}

/** JSON leaves undefined out anyway; the contract's optional fields must not see it either. */
function withoutUndefined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(
    Object.entries(o)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [
        k,
        Array.isArray(v)
          ? v.map((x) => (x && typeof x === 'object' ? withoutUndefined(x) : x))
          : v && typeof v === 'object'
            ? withoutUndefined(v as Record<string, unknown>)
            : v,
      ]),
  ) as T;
}
