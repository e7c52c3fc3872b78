import {
  CONCERN_IDS,
  CONTACT_ROLES,
  COURSE_FORMATS,
  DAYS,
  OFFER_STATUSES,
  type ConcernId,
} from '@lettilbud/contract';
import {
  emptyCourse,
  emptyForm,
  newCourseKey,
  type CourseForm,
  type Day,
  type EditorForm,
} from './model.js';

/**
 * An existing feed into the form, as far as the form can hold it: the first offer, read
 * leniently (a broken feed is loaded so its problems can be shown and fixed). What the form
 * cannot hold is named, so the editor knows it will not be in the feed they download.
 */
export type Loaded =
  { ok: true; form: EditorForm; notKept: string[] } | { ok: false; message: string };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const oneOf = <T extends string>(values: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (values as readonly string[]).includes(v);

function courseOf(c: unknown): CourseForm {
  const o = isObject(c) ? c : {};
  const ages = isObject(o.ages) ? o.ages : {};
  const sessions = isObject(o.sessions) ? o.sessions : {};
  return {
    ...emptyCourse(),
    id: text(o.id),
    name: text(o.name),
    manual: text(o.manual),
    description: text(o.description),
    concerns: list(o.concerns).filter((x): x is ConcernId => oneOf(CONCERN_IDS, x)),
    agesMin: text(ages.min),
    agesMax: text(ages.max),
    formats: list(o.formats).filter((x) => oneOf(COURSE_FORMATS, x)),
    sessionsMin: text(sessions.min),
    sessionsMax: text(sessions.max),
    provider: text(o.provider),
  };
}

/** Reads a feed's text (a file's contents) into the form. */
export function feedToForm(json: string, today = new Date()): Loaded {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return { ok: false, message: 'Filen er ikke et feed: den er ikke gyldig JSON.' };
  }
  const offers = isObject(doc) ? list(doc.offers) : [];
  const offer = offers[0];
  if (!isObject(offer))
    return { ok: false, message: 'Filen er ikke et feed: den har ingen tilbud ("offers").' };

  const notKept: string[] = [];
  if (offers.length > 1) notKept.push(`${offers.length - 1} tilbud mere (kun det første er læst)`);
  const form = emptyForm(today);
  const municipalities = list(offer.municipalities).map(text);
  form.municipality = municipalities[0] ?? '';
  if (municipalities.length > 1) notKept.push('flere kommuner end den første');
  form.offerId = text(offer.id);
  form.name = text(offer.name);
  if (oneOf(OFFER_STATUSES, offer.status)) form.status = offer.status;
  form.description = text(offer.description);
  form.verifiedAt = text(offer.verifiedAt);
  form.email = text(offer.email);
  form.contactUrl = text(offer.contactUrl);
  form.website = text(offer.website);
  form.whoMayContact = list(offer.whoMayContact).filter((x) => oneOf(CONTACT_ROLES, x));
  const waiting = isObject(offer.waitingTime) ? offer.waitingTime : {};
  form.waitingWeeks = text(waiting.weeks);
  if (text(waiting.text)) notKept.push('ventetiden som tekst');
  if (offer.ages !== undefined) notKept.push('tilbuddets aldersgruppe');

  const addresses = list(offer.addresses);
  const address = isObject(addresses[0]) ? addresses[0] : {};
  form.street = text(address.streetAddress);
  form.postalCode = text(address.postalCode);
  form.locality = text(address.locality);
  if (text(address.note)) notKept.push('noten til adressen');
  if (addresses.length > 1) notKept.push('flere adresser end den første');

  const phone = isObject(offer.phone) ? offer.phone : {};
  form.phone = text(phone.number);
  const filled = new Set<Day>();
  for (const period of list(phone.hours)) {
    if (!isObject(period)) continue;
    for (const day of list(period.dayOfWeek)) {
      if (!oneOf(DAYS, day)) continue;
      if (filled.has(day)) {
        notKept.push('mere end én telefontid på samme dag');
        continue;
      }
      filled.add(day);
      form.hours[day] = { opens: text(period.opens), closes: text(period.closes) };
    }
  }
  if (list(phone.exceptions).length) notKept.push('lukkedage og særlige telefontider');

  form.courses = list(offer.courses).map(courseOf);
  if (isObject(doc) && list(doc.catalogue).length) notKept.push('kataloget over forløb');
  return { ok: true, form, notKept: [...new Set(notKept)] };
}

/** Takes from `stored` each value of `base`'s type: strings as strings, lists of strings as such. */
function sameShape<T extends object>(base: T, stored: unknown): T {
  const from = isObject(stored) ? stored : {};
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(base)) {
    const v = from[key];
    if (typeof value === 'string' && typeof v === 'string') out[key] = v;
    else if (Array.isArray(value) && Array.isArray(v))
      out[key] = v.filter((x) => typeof x === 'string');
  }
  return out as T;
}

/**
 * A draft the form stored (its own JSON), back into the form: each value only if it has the
 * form's type, so a damaged or older draft gives a usable form, never a broken page. Null
 * when there is no draft.
 */
export function draftToForm(raw: string | null): EditorForm | null {
  if (!raw) return null;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return null;
  }
  const draft = isObject(stored) && isObject(stored.form) ? stored.form : null;
  if (!draft) return null;
  const base = emptyForm();
  const form = sameShape(base, draft);
  if (!oneOf(OFFER_STATUSES, form.status)) form.status = base.status;
  form.whoMayContact = form.whoMayContact.filter((x) => oneOf(CONTACT_ROLES, x));
  const hours = isObject(draft.hours) ? draft.hours : {};
  form.hours = Object.fromEntries(
    DAYS.map((day) => [day, sameShape(base.hours[day], hours[day])]),
  ) as EditorForm['hours'];
  form.courses = list(draft.courses).map((c) => {
    const course = sameShape(emptyCourse(), c);
    course.key = newCourseKey();
    course.concerns = course.concerns.filter((x) => oneOf(CONCERN_IDS, x));
    course.formats = course.formats.filter((x) => oneOf(COURSE_FORMATS, x));
    return course;
  });
  return form;
}
