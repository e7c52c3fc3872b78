import { html, nothing, type TemplateResult } from 'lit';
import {
  CONCERNS,
  CONSENT_PARTIES,
  addDays,
  municipalityByCode,
  type ReferralReceipt,
} from '@lettilbud/contract';
import { formatDate, renderCrisisBox } from '@lettilbud/foundations';
import { parseBirthDate } from '../logic/dates.js';
import { IMPACT_KEYS, isUrgent, type StepId } from '../logic/form.js';
import { replyWording, type PhoneNow } from '../logic/reply.js';
import type { ReferralStrings } from '../i18n/index.js';
import type { LaterContext } from './context.js';
import { consentOf, partyLabel } from './steps-second.js';
import { under15Guide } from './steps-about.js';

/** The review step (a GOV.UK summary list with a change button per section) and the receipt. */

type Row = readonly [label: string, value: string];

function sections(ctx: LaterContext, stepTitle: (s: StepId) => string) {
  const { t, form, locale } = ctx;
  const answer = (value: string) => value.trim() || t.notAnswered;
  const yn = (v: string) => (v === 'yes' ? t.yes : v === 'no' ? t.no : t.notAnswered);
  const roleLabel = {
    '': t.notAnswered,
    'young-person': t.roleYoungPerson,
    parent: t.roleParent,
    'foster-carer': t.roleFosterCarer,
    professional: t.roleProfessional,
  }[form.role];
  const birth = parseBirthDate(form.birthDate);
  const who: Row[] = [[t.roleLegend, roleLabel]];
  if (form.writerName.trim()) who.push([t.writerName, form.writerName]);
  if (form.role === 'professional')
    who.push([t.proRole, answer(form.proRole)], [t.proWorkplace, answer(form.proWorkplace)]);
  const child: Row[] = [
    [form.role === 'young-person' ? t.childNameYoung : t.childName, answer(form.childName)],
    [t.birthDate, birth ? formatDate(locale, birth) : answer(form.birthDate)],
    [t.municipality, municipalityByCode(form.municipality)?.name ?? t.notAnswered],
  ];
  if (ctx.cprEnabled && ctx.cpr.trim()) child.push([t.cpr, ctx.cpr]);
  const concerns = CONCERNS.filter((c) => form.concerns.includes(c.id)).map((c) => c[locale]);
  const safety = { '': t.notAnswered, no: t.safetyNo, yes: t.safetyYes, unsure: t.safetyUnsure };
  const more: Row[] = [];
  if (form.school.trim()) more.push([t.school, form.school]);
  if (form.className.trim()) more.push([t.className, form.className]);
  form.custodyHolders.forEach((h, i) =>
    more.push([
      t.holderHeading(i + 1),
      [h.name, h.phone, h.email].filter((x) => x.trim()).join(', '),
    ]),
  );
  for (const key of IMPACT_KEYS)
    if (form[key]) more.push([t[key], t[`scale${form[key]}` as 'scale0']]);
  if (form.activeTreatment) more.push([t.activeTreatmentLegend, yn(form.activeTreatment)]);
  const consents = CONSENT_PARTIES.filter((p) => form.consents.includes(p)).map((p) =>
    partyLabel(t, p),
  );
  const list: [StepId, Row[]][] = [
    ['who', who],
    ['child', child],
    [
      'hard',
      [
        [t.hardLegend, concerns.join(', ') || t.notAnswered],
        [t.ownWords, answer(form.ownWords)],
      ],
    ],
    ['safety', [[t.safetyLegend, safety[form.safety]]]],
    [
      'contact',
      [
        [t.phone, answer(form.phone)],
        [t.email, answer(form.email)],
        [t.goodTimes, answer(form.goodTimes)],
        [t.mayLeaveMessageLegend, yn(form.mayLeaveMessage)],
      ],
    ],
    ['more', more.length ? more : [[t.optional, t.notAnswered]]],
    ['consent', [[t.consentLegend, consents.join(', ') || t.no]]],
  ];
  return list.map(([step, rows]) => ({ step, title: stepTitle(step), rows }));
}

/** Whose consent it is and whether it is given, said plainly under the consent answers. */
function consentStatus(ctx: LaterContext): string {
  const { t } = ctx;
  const { consenter, status } = consentOf(ctx);
  if (status === 'given') return t.reviewConsentGiven;
  return consenter === 'young-person' ? t.reviewConsentFromYoung : t.reviewConsentFromHolders;
}

/** "i morgen kl. 9.00": the phone's next opening in the family's words. */
function when(ctx: LaterContext, opens: Extract<PhoneNow, { kind: 'opens' }>): string {
  const { t, locale } = ctx;
  const time = clock(ctx, opens.time);
  if (opens.day === 'today') return t.whenToday(time);
  if (opens.day === 'tomorrow') return t.whenTomorrow(time);
  const date = formatDate(locale, opens.date, 'weekday');
  return t.whenLater(date, time);
}

/** 09:00 as Danes write it (9.00), or 9:00 in English. */
function clock(ctx: LaterContext, hhmm: string): string {
  const [h, m] = hhmm.split(':');
  return `${Number(h)}${ctx.locale === 'da' ? '.' : ':'}${m}`;
}

/**
 * What is true about when someone sees an urgent referral (`replyWording`): marked urgent;
 * the phone's next opening, or that nobody may read it at once; call 112 now if in danger.
 */
function urgentNotes(ctx: LaterContext, marked: string): TemplateResult {
  const { t } = ctx;
  const { phone, mayWait, dangerNow } = replyWording(true, ctx.offerPhone, ctx.now);
  const phoneText =
    mayWait || !phone
      ? t.urgentMayWait
      : phone.kind === 'open'
        ? t.urgentPhoneOpen(phone.number, clock(ctx, phone.closes))
        : phone.kind === 'opens'
          ? t.urgentPhoneOpens(phone.number, when(ctx, phone))
          : t.urgentPhoneNoOpening(phone.number);
  return html`<div class="note urgent" id="urgent-note">
    <p>${marked}</p>
    <p id="urgent-phone">${phoneText}</p>
    ${dangerNow ? html`<p id="danger-now"><strong>${t.dangerNow}</strong></p>` : nothing}
  </div>`;
}

/** A routine receipt mentions the offer's phone only when its hours are known. */
function routinePhone(ctx: LaterContext): TemplateResult | typeof nothing {
  const { t } = ctx;
  const phone = replyWording(false, ctx.offerPhone, ctx.now).phone;
  if (!phone || phone.kind === 'no-opening') return nothing;
  const text =
    phone.kind === 'open'
      ? t.routinePhoneOpen(phone.number, clock(ctx, phone.closes))
      : t.routinePhoneOpens(phone.number, when(ctx, phone));
  return html`<p id="routine-phone">${text}</p>`;
}

export function reviewStep(
  ctx: LaterContext,
  o: {
    stepTitle: (s: StepId) => string;
    goTo: (s: StepId) => void;
    failure: TemplateResult | typeof nothing;
  },
): TemplateResult {
  const { t, form } = ctx;
  return html`<p>${t.reviewIntro}</p>
    ${sections(ctx, o.stepTitle).map(
      (s) =>
        html`<section class="review-section" aria-labelledby="review-${s.step}">
          <div class="review-head">
            <h3 id="review-${s.step}">${s.title}</h3>
            <button
              type="button"
              class="lt-button secondary"
              aria-label=${t.changeStep(s.title)}
              @click=${() => o.goTo(s.step)}
            >
              ${t.change}
            </button>
          </div>
          <dl>
            ${s.rows.map(
              ([label, value]) =>
                html`<dt>${label}</dt>
                  <dd class="answer">${value}</dd>`,
            )}
          </dl>
          ${
            s.step === 'consent'
              ? html`<p class="note" id="consent-status">${consentStatus(ctx)}</p>`
              : nothing
          }
        </section>`,
    )}
    ${under15Guide(ctx)}
    ${
      isUrgent(form)
        ? html`${urgentNotes(ctx, t.urgentMarkedReview)}
          ${renderCrisisBox({
            contacts: ctx.crisisContacts,
            heading: t.crisisHeading,
            headingLevel: 3,
            region: ctx.region,
          })}`
        : nothing
    }
    ${o.failure}`;
}

/** The plain-words failure notice with Retry (only when trying again can help). */
export function failureNotice(
  t: ReferralStrings,
  o: { message: string; retryable: boolean; onRetry: () => void },
): TemplateResult {
  return html`<div class="failure" part="failure" role="alert">
    <h3>${t.failTitle}</h3>
    <p>${o.message}</p>
    <p>${t.failKept}</p>
    ${
      o.retryable
        ? html`<button type="button" class="lt-button" id="retry" @click=${o.onRetry}>
            ${t.retry}
          </button>`
        : nothing
    }
  </div>`;
}

/**
 * The receipt. An urgent one leads with what is true now (marked urgent; the phone's next
 * opening or that nobody may read it at once; 112 now if in danger) and the crisis box, then
 * the routine targets; a routine one gives the targets, the phone when its hours are known,
 * and the crisis box for "if it gets worse".
 */
export function receiptView(
  ctx: LaterContext,
  o: { receipt: ReferralReceipt; today: string; urgent: boolean },
): TemplateResult {
  const { t, locale } = ctx;
  const date = (days: number) => formatDate(locale, addDays(o.today, days));
  const crisis = (heading: string) =>
    renderCrisisBox({ contacts: ctx.crisisContacts, heading, headingLevel: 3, region: ctx.region });
  return html`<p class="reference">
      ${t.receiptReference}: <strong id="reference">${o.receipt.reference}</strong>
    </p>
    ${o.urgent ? html`${urgentNotes(ctx, t.urgentMarkedReceipt)} ${crisis(t.crisisHeading)}` : nothing}
    <h3>${t.receiptNext}</h3>
    <ul>
      <li>${t.receiptPreTalk(date(14))}</li>
      <li>${t.receiptScreening(date(30))}</li>
    </ul>
    ${o.urgent ? nothing : routinePhone(ctx)}
    <p>${t.receiptOpenDoor}</p>
    ${o.urgent ? nothing : crisis(t.receiptCrisisHeading)}`;
}
