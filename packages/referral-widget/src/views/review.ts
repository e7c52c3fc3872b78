import { html, nothing, type TemplateResult } from 'lit';
import {
  CONCERNS,
  CONSENT_PARTIES,
  addDays,
  formatDate,
  municipalityByCode,
  renderCrisisBox,
  type ReferralReceipt,
} from '@lettilbud/contract';
import { parseBirthDate } from '../logic/dates.js';
import { IMPACT_KEYS, isUrgent, type StepId } from '../logic/form.js';
import type { ReferralStrings } from '../i18n/index.js';
import type { LaterContext } from './context.js';
import { partyLabel } from './steps-second.js';

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
    [
      t.birthDate,
      birth ? formatDate(locale, new Date(`${birth}T12:00:00Z`)) : answer(form.birthDate),
    ],
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
        </section>`,
    )}
    ${
      isUrgent(form)
        ? html`<p class="note">${t.urgentNote}</p>
            ${renderCrisisBox({ contacts: ctx.crisisContacts, heading: t.crisisHeading, headingLevel: 3 })}`
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

export function receiptView(
  ctx: LaterContext,
  o: { receipt: ReferralReceipt; today: string },
): TemplateResult {
  const { t, locale } = ctx;
  const date = (days: number) =>
    formatDate(locale, new Date(`${addDays(o.today, days)}T12:00:00Z`));
  return html`<p class="reference">
      ${t.receiptReference}: <strong id="reference">${o.receipt.reference}</strong>
    </p>
    <h3>${t.receiptNext}</h3>
    <ul>
      <li>${t.receiptPreTalk(date(14))}</li>
      <li>${t.receiptScreening(date(30))}</li>
    </ul>
    <p>${t.receiptOpenDoor}</p>
    ${renderCrisisBox({
      contacts: ctx.crisisContacts,
      heading: t.receiptCrisisHeading,
      headingLevel: 3,
    })}`;
}
