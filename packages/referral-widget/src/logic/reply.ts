import { addDays, copenhagenDate, openStatus, type Offer } from '@lettilbud/contract';

/** The offer's phone line as the offer directory has it: number, weekly hours, dated exceptions. */
export type OfferPhone = NonNullable<Offer['phone']>;

/** What the offer's phone is doing at a moment, in Copenhagen time. */
export type PhoneNow =
  | { readonly kind: 'open'; readonly number: string; readonly closes: string }
  | {
      readonly kind: 'opens';
      readonly number: string;
      readonly day: 'today' | 'tomorrow' | 'later';
      /** YYYY-MM-DD, Copenhagen. */
      readonly date: string;
      /** HH:MM, Copenhagen. */
      readonly time: string;
    }
  | { readonly kind: 'no-opening'; readonly number: string };

/**
 * What the review and the receipt may truthfully say about when someone will see a referral.
 * Nobody promises "at once": at 23:00 nobody is there. An urgent referral says it is marked
 * urgent, then when the offer's phone is next open (when the host gave its hours) or, without
 * hours, that nobody may read it at once; and always that a child in danger now must call 112
 * or the crisis lines now. A routine one only mentions the phone, when its hours are known.
 */
export interface ReplyWording {
  readonly urgent: boolean;
  /** The phone's state now; null when the host gave no phone hours. */
  readonly phone: PhoneNow | null;
  /** Urgent without phone hours: say plainly that it may not be read at once. */
  readonly mayWait: boolean;
  /** Urgent: call 112 or the crisis lines now if the child is in danger now. */
  readonly dangerNow: boolean;
}

/** The phone's state at `now`; null without a number or without any weekly hours or exceptions. */
export function phoneNow(phone: OfferPhone | null | undefined, now: Date): PhoneNow | null {
  if (!phone || (!phone.hours.length && !phone.exceptions?.length)) return null;
  const status = openStatus(phone.hours, phone.exceptions ?? [], now);
  if (status.open) return { kind: 'open', number: phone.number, closes: status.closes };
  if (!status.opens) return { kind: 'no-opening', number: phone.number };
  const today = copenhagenDate(now);
  const { date, time } = status.opens;
  const day = date === today ? 'today' : date === addDays(today, 1) ? 'tomorrow' : 'later';
  return { kind: 'opens', number: phone.number, day, date, time };
}

/** The wording to use, chosen from the urgency, the offer's phone hours and the time now. */
export function replyWording(
  urgent: boolean,
  phone: OfferPhone | null | undefined,
  now: Date,
): ReplyWording {
  const state = phoneNow(phone, now);
  return { urgent, phone: state, mayWait: urgent && state === null, dangerNow: urgent };
}
