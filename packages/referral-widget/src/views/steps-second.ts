import { html, nothing, type TemplateResult } from 'lit';
import { CONSENT_PARTIES, TRIED, consentRecord } from '@lettilbud/contract';
import { IMPACT_KEYS, type ReferralForm } from '../logic/form.js';
import type { ReferralStrings } from '../i18n/index.js';
import type { LaterContext } from './context.js';
import { radioGroup, textField } from './fields.js';
import { checkboxGroup, yesNo } from './fields-more.js';

/** Steps 5-7: how to reach the family, the optional depth, consents. */

export function contactStep(ctx: LaterContext): TemplateResult {
  const { t, form, age } = ctx;
  const youngPerson = form.role === 'young-person' && age !== null;
  return html`<p class="lt-hint">${t.reachHint}</p>
    ${textField(ctx, {
      id: 'phone',
      label: t.phone,
      type: 'tel',
      autocomplete: 'tel',
      value: form.phone,
      onInput: (phone) => ctx.set({ phone }),
    })}
    ${textField(ctx, {
      id: 'email',
      label: t.email,
      type: 'email',
      autocomplete: 'email',
      value: form.email,
      onInput: (email) => ctx.set({ email }),
    })}
    ${textField(ctx, {
      id: 'goodTimes',
      label: t.goodTimes,
      optional: true,
      value: form.goodTimes,
      onInput: (goodTimes) => ctx.set({ goodTimes }),
    })}
    ${yesNo(ctx, {
      id: 'mayLeaveMessage',
      legend: t.mayLeaveMessageLegend,
      value: form.mayLeaveMessage,
      onChange: (mayLeaveMessage) => ctx.set({ mayLeaveMessage }),
    })}
    ${
      youngPerson && age.consentBy === 'young-person'
        ? html`${yesNo(ctx, {
            id: 'parentsKnow',
            legend: t.parentsKnowLegend,
            value: form.parentsKnow,
            onChange: (parentsKnow) => ctx.set({ parentsKnow }),
          })}
          ${yesNo(ctx, {
            id: 'parentsMayBeContacted',
            legend: t.parentsMayBeContactedLegend,
            value: form.parentsMayBeContacted,
            onChange: (parentsMayBeContacted) => ctx.set({ parentsMayBeContacted }),
          })}`
        : nothing
    }
    ${
      youngPerson && age.consentBy === 'custody-holders'
        ? html`<p class="note" id="under15-note">${t.under15Note}</p>`
        : nothing
    }`;
}

function holders(ctx: LaterContext): TemplateResult {
  const { t, form } = ctx;
  const update = (i: number, patch: Partial<ReferralForm['custodyHolders'][number]>) =>
    ctx.set({
      custodyHolders: form.custodyHolders.map((h, j) => (j === i ? { ...h, ...patch } : h)),
    });
  return html`<fieldset class="lt-field group" aria-describedby="holders-hint">
    <legend class="lt-label">${t.holdersLegend} <span class="optional">${t.optional}</span></legend>
    <span class="lt-hint" id="holders-hint">${t.holdersHint}</span>
    ${form.custodyHolders.map(
      (holder, i) =>
        html`<div class="holder">
          <h3>${t.holderHeading(i + 1)}</h3>
          ${textField(ctx, {
            id: `holder${i}-name`,
            label: t.holderName,
            value: holder.name,
            onInput: (name) => update(i, { name }),
          })}
          ${textField(ctx, {
            id: `holder${i}-phone`,
            label: t.phone,
            type: 'tel',
            optional: true,
            value: holder.phone,
            onInput: (phone) => update(i, { phone }),
          })}
          ${textField(ctx, {
            id: `holder${i}-email`,
            label: t.email,
            type: 'email',
            optional: true,
            value: holder.email,
            onInput: (email) => update(i, { email }),
          })}
          <button
            type="button"
            class="lt-button secondary"
            @click=${() =>
              ctx.set({ custodyHolders: form.custodyHolders.filter((_, j) => j !== i) })}
          >
            ${t.removeHolder(i + 1)}
          </button>
        </div>`,
    )}
    ${
      form.custodyHolders.length < 2
        ? html`<button
            type="button"
            class="lt-button secondary"
            id="add-holder"
            @click=${() =>
              ctx.set({
                custodyHolders: [...form.custodyHolders, { name: '', phone: '', email: '' }],
              })}
          >
            ${t.addHolder}
          </button>`
        : nothing
    }
  </fieldset>`;
}

const TRIED_LABELS: Record<(typeof TRIED)[number], keyof ReferralStrings> = {
  school: 'triedSchool',
  ppr: 'triedPpr',
  gp: 'triedGp',
  psychiatry: 'triedPsychiatry',
  other: 'triedOther',
};

export function moreStep(ctx: LaterContext): TemplateResult {
  const { t, form } = ctx;
  const scale = [0, 1, 2, 3].map((n) => ({
    value: String(n),
    label: t[`scale${n}` as 'scale0'],
  }));
  return html`<p>${t.moreIntro}</p>
    ${textField(ctx, {
      id: 'school',
      label: t.school,
      optional: true,
      value: form.school,
      onInput: (school) => ctx.set({ school }),
    })}
    ${textField(ctx, {
      id: 'className',
      label: t.className,
      optional: true,
      value: form.className,
      onInput: (className) => ctx.set({ className }),
    })}
    ${holders(ctx)}
    ${radioGroup(ctx, {
      id: 'duration',
      legend: t.durationLegend,
      optional: true,
      options: [
        { value: 'under-1-month', label: t.durationUnder1 },
        { value: '1-6-months', label: t.duration1to6 },
        { value: 'over-6-months', label: t.durationOver6 },
      ],
      value: form.duration,
      onChange: (duration) => ctx.set({ duration: duration as ReferralForm['duration'] }),
    })}
    <h3 class="subheading">${t.impactIntro} <span class="optional">${t.optional}</span></h3>
    ${IMPACT_KEYS.map((key) =>
      radioGroup(ctx, {
        id: key,
        legend: t[key],
        inline: true,
        options: scale,
        value: form[key],
        onChange: (v) => ctx.set({ [key]: v as ReferralForm[typeof key] }),
      }),
    )}
    ${checkboxGroup(ctx, {
      id: 'tried',
      legend: t.triedLegend,
      optional: true,
      options: TRIED.map((id) => ({ value: id, label: t[TRIED_LABELS[id]] as string })),
      values: form.tried,
      onChange: (tried) => ctx.set({ tried }),
    })}
    ${yesNo(ctx, {
      id: 'activeTreatment',
      legend: t.activeTreatmentLegend,
      value: form.activeTreatment,
      onChange: (activeTreatment) => ctx.set({ activeTreatment }),
    })}
    ${
      form.activeTreatment === 'yes'
        ? html`<p class="note" id="treatment-note">${t.activeTreatmentNote}</p>`
        : nothing
    }`;
}

const PARTY_LABELS: Record<(typeof CONSENT_PARTIES)[number], keyof ReferralStrings> = {
  ppr: 'partyPpr',
  'health-visitor': 'partyHealthVisitor',
  school: 'partySchool',
  'family-department': 'partyFamilyDepartment',
};

export function partyLabel(t: ReferralStrings, party: (typeof CONSENT_PARTIES)[number]): string {
  return t[PARTY_LABELS[party]] as string;
}

/** Whose consent the referral needs and whether the writer gives it (contract `consentRecord`). */
export function consentOf(ctx: LaterContext): ReturnType<typeof consentRecord> {
  const { form, age } = ctx;
  return form.role && age
    ? consentRecord(form.role, age.age)
    : { consenter: 'custody-holders', status: 'to-be-obtained' };
}

export function consentStep(ctx: LaterContext): TemplateResult {
  const { t, form } = ctx;
  const { consenter: by, status } = consentOf(ctx);
  if (form.role === 'young-person' && by === 'custody-holders') {
    return html`<p>${t.consentIntro}</p>
      <p class="note" id="consent-note">${t.consentChildAlone}</p>`;
  }
  const who =
    by === 'custody-holders'
      ? t.consentByHolders
      : form.role === 'young-person'
        ? t.consentByYoung
        : t.consentByYoungOther;
  const ask = by === 'young-person' ? t.consentAskYoung : t.consentAskHolders;
  return html`<p>${t.consentIntro}</p>
    <p class="note" id="consent-note">${who}</p>
    ${status === 'to-be-obtained' ? html`<p id="consent-ask">${ask}</p>` : nothing}
    ${form.role === 'professional' ? html`<p>${t.consentProfessional}</p>` : nothing}
    ${checkboxGroup(ctx, {
      id: 'consents',
      legend: t.consentLegend,
      hint: t.consentHint,
      options: CONSENT_PARTIES.map((p) => ({ value: p, label: partyLabel(t, p) })),
      values: form.consents,
      onChange: (consents) => ctx.set({ consents }),
    })}`;
}
