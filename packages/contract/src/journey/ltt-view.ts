import { byCodeUnits } from '../logic/order.js';
import { LTT_REFERRAL } from '../vocab/ltt.js';
import { lttThemesFor } from '../vocab/concerns.js';
import type { JournalCase } from '../schemas/journal-case.js';
import { CLOSING_TALK_NOTE, LTT_REFERRAL_DISPLAY, REFERRAL_NOTE } from './ltt-profile.js';

/**
 * What of a case a KL Gateway LTT report carries, and nothing else: the writer builds the
 * report from this view alone, and the round-trip tests compare it before and after. Every
 * field of the case not named here is something LTT cannot carry (docs/contract.md lists them).
 */
export interface LttView {
  /** The host's case id (in the course CarePlan's identifier). */
  readonly id: string;
  /** Carried only through the CPR number (the Citizen has no birth date). */
  readonly birthDate: string;
  /** Henvendelse: the course starts here. */
  readonly contact?: string;
  /** Forsamtale, when it took place. */
  readonly preTalk?: string;
  /** Screening, when it took place. */
  readonly screening?: string;
  /** The course's "Tema" codes, in the case's order, without repeats. */
  readonly themes: readonly string[];
  /** Behandling: one date per performed session. */
  readonly treatments: readonly string[];
  /** Afsluttende samtale: a performed session noted as the closing talk. */
  readonly closingTalks: readonly string[];
  /** How treatment is organised (deliveryType + participant); only with treatments. */
  readonly format?: 'individual' | 'group' | 'parents';
  /** Afslutning, and the course's end. */
  readonly closure?: string;
  /** Henvisning: where the child was referred on, and when. */
  readonly referrals: readonly { readonly code: string; readonly date: string }[];
}

const PARTY_TO_REFERRAL: Readonly<Record<string, string>> = {
  gp: LTT_REFERRAL.gp,
  'child-psychiatry': LTT_REFERRAL.childPsychiatry,
  'civil-society': LTT_REFERRAL.civilSociety,
  other: LTT_REFERRAL.other,
  ppr: LTT_REFERRAL.otherMunicipalOffer,
  school: LTT_REFERRAL.otherMunicipalOffer,
  'health-visitor': LTT_REFERRAL.otherMunicipalOffer,
  'family-department': LTT_REFERRAL.otherMunicipalOffer,
};

/**
 * The LTT destination of a coordination entry, when it is a referral on: its note starts
 * with "Henvisning"; a KL display after a colon ("Henvisning: Civilsamfund") names the
 * destination, else the partner does.
 */
export function referralDestination(entry: {
  readonly partner: string;
  readonly note?: string | undefined;
}): string | undefined {
  const note = entry.note?.trim() ?? '';
  if (!note.startsWith(REFERRAL_NOTE)) return undefined;
  const named = note.slice(REFERRAL_NOTE.length).replace(/^\s*:\s*/, '');
  const byDisplay = Object.entries(LTT_REFERRAL_DISPLAY).find(([, d]) => d === named)?.[0];
  return byDisplay ?? PARTY_TO_REFERRAL[entry.partner] ?? LTT_REFERRAL.other;
}

/** The LTT view of a case (see `LttView`). Pure; the case is assumed valid. */
export function lttView(c: JournalCase): LttView {
  const performed = (c.sessions ?? []).filter((s) => s.status === 'performed');
  const isClosingTalk = (s: { note?: string | undefined }) => s.note?.trim() === CLOSING_TALK_NOTE;
  const treatments = performed.filter((s) => !isClosingTalk(s)).map((s) => s.date);
  const referrals = (c.coordination ?? []).flatMap((entry) => {
    const code = referralDestination(entry);
    return code ? [{ code, date: entry.date }] : [];
  });
  // A pre-talk that refers to child and adolescent psychiatry is a Henvisning even when no
  // coordination entry records it.
  if (
    c.preTalk?.decision === 'referred-psychiatry' &&
    c.preTalk.date &&
    !referrals.some((r) => r.code === LTT_REFERRAL.childPsychiatry)
  ) {
    referrals.push({ code: LTT_REFERRAL.childPsychiatry, date: c.preTalk.date });
  }
  const themes = lttThemesFor([...(c.contact?.concerns ?? []), ...(c.screening?.concerns ?? [])]);
  return {
    id: c.id,
    birthDate: c.child.birthDate,
    ...(c.contact?.date ? { contact: c.contact.date } : {}),
    ...(c.preTalk?.date ? { preTalk: c.preTalk.date } : {}),
    ...(c.screening?.date ? { screening: c.screening.date } : {}),
    themes,
    treatments: [...treatments].sort(),
    closingTalks: performed
      .filter(isClosingTalk)
      .map((s) => s.date)
      .sort(),
    ...(treatments.length && c.plan?.format ? { format: c.plan.format } : {}),
    ...(c.closure?.date ? { closure: c.closure.date } : {}),
    referrals: referrals.sort((x, y) => byCodeUnits(x.date, y.date) || byCodeUnits(x.code, y.code)),
  };
}
