import { html, nothing, type TemplateResult } from 'lit';
import { CONCERNS, MUNICIPALITIES, type CrisisContact } from '@lettilbud/contract';
import { crisisContactsFor, renderCrisisBox } from '@lettilbud/foundations';
import { mentionsSelfHarm } from '../logic/form.js';
import type { LaterContext } from './context.js';
import { textField } from './fields.js';
import { checkboxGroup, selectField } from './fields-more.js';

/**
 * Steps 2 and 3: the child (name, birth date, municipality; the guide for ages outside 5-17
 * and for a child under 15 writing alone) and what is hard. They come with the later steps'
 * chunk (later.ts), fetched on the first focus or touch, with the 98 municipalities and the
 * concerns they list.
 */

/** The 98 in Danish alphabetical order, sorted when step 2 first shows (a collator's first use is slow). */
let municipalityOptions: { value: string; label: string }[] | undefined;
const byName = () =>
  (municipalityOptions ??= [...MUNICIPALITIES]
    .sort((a, b) => a.name.localeCompare(b.name, 'da'))
    .map((m) => ({ value: m.code, label: m.name })));

function ageGuide(ctx: LaterContext): TemplateResult | typeof nothing {
  const { t, age } = ctx;
  if (!age) return nothing;
  if (age.fit === 'in-range') {
    return html`<p class="note" id="age-note">
      ${t.ageIs(age.age)} ${age.lastYear ? t.lastYear : nothing}
    </p>`;
  }
  const young = age.fit === 'too-young';
  return html`<section class="guide" part="guide" aria-labelledby="guide-heading">
    <h3 id="guide-heading">${young ? t.tooYoungHeading : t.tooOldHeading}</h3>
    <p>${young ? t.tooYoungText : t.tooOldText}</p>
    <p>${t.changeDate}</p>
    ${renderCrisisBox({
      contacts: ctx.crisisContacts,
      heading: t.crisisHeading,
      headingLevel: 3,
      region: ctx.region,
    })}
  </section>`;
}

/** BørneTelefonen's number: national, free and anonymous, for children (bornetelefonen.dk). */
const CHILD_HELPLINE_PHONE = '116 111';

function contactItem(c: Pick<CrisisContact, 'name' | 'phone' | 'url' | 'description'>) {
  return html`<li>
    <strong>${c.name}</strong>
    ${c.phone ? html` <a href="tel:${c.phone.replace(/[^+0-9]/g, '')}">${c.phone}</a>` : nothing}
    ${c.description ? html`<br /><span>${c.description}</span>` : nothing}
    ${c.url ? html`<br /><a href=${c.url} rel="noopener" target="_blank">${new URL(c.url).host}</a>` : nothing}
  </li>`;
}

/**
 * A child under 15 writing alone: told kindly that an adult with custody must take part
 * before treatment starts, and offered the anonymous routes (BørneTelefonen, and the
 * municipality's anonymous counselling where the host names it). Never a dead end: the
 * form goes on and can be sent.
 */
export function under15Guide(ctx: LaterContext): TemplateResult | typeof nothing {
  const { t, form, age } = ctx;
  if (form.role !== 'young-person' || !age || age.fit !== 'in-range') return nothing;
  if (age.consentBy !== 'custody-holders') return nothing;
  return html`<section class="note under15" id="under15-guide" aria-labelledby="under15-heading">
    <h3 id="under15-heading">${t.under15Heading}</h3>
    <p>${t.under15Text}</p>
    <p>${t.under15Anonymous}</p>
    <ul class="routes">
      ${contactItem({
        name: t.childHelplineName,
        phone: CHILD_HELPLINE_PHONE,
        description: t.childHelplineText,
      })}
      ${crisisContactsFor(ctx.anonymousCounselling, ctx.region).map(contactItem)}
    </ul>
  </section>`;
}

export function childStep(ctx: LaterContext): TemplateResult {
  const { t, form } = ctx;
  const self = form.role === 'young-person';
  return html`${textField(ctx, {
    id: 'childName',
    label: t.childName,
    autocomplete: self ? 'name' : 'off',
    value: form.childName,
    onInput: (childName) => ctx.set({ childName }),
  })}
  ${textField(ctx, {
    id: 'birthDate',
    label: t.birthDate,
    hint: t.birthDateHint,
    inputmode: 'numeric',
    autocomplete: self ? 'bday' : 'off',
    value: form.birthDate,
    onInput: (birthDate) => ctx.set({ birthDate }),
  })}
  ${ageGuide(ctx)} ${under15Guide(ctx)}
  ${
    ctx.age && ctx.age.fit !== 'in-range'
      ? nothing
      : html`${selectField(ctx, {
          id: 'municipality',
          label: t.municipality,
          hint: t.municipalityHint,
          placeholder: t.chooseMunicipality,
          options: byName(),
          value: form.municipality,
          onChange: (municipality) => ctx.set({ municipality }),
        })}
        ${
          ctx.cprEnabled
            ? textField(ctx, {
                id: 'cpr',
                label: t.cpr,
                hint: t.cprHint,
                optional: true,
                inputmode: 'numeric',
                autocomplete: 'off',
                maxlength: 11,
                value: ctx.cpr,
                onInput: (cpr) => ctx.setCpr(cpr),
              })
            : nothing
        }`
  }`;
}

export function hardStep(ctx: LaterContext): TemplateResult {
  const { t, form, locale } = ctx;
  return html`${checkboxGroup(ctx, {
    id: 'hard',
    legend: t.hardLegend,
    hint: t.hardHint,
    options: CONCERNS.map((c) => ({ value: c.id, label: c[locale] })),
    values: form.concerns,
    onChange: (concerns) => ctx.set({ concerns }),
    // Self-harm ticked: the crisis help comes forward at once, right under the list.
    after: mentionsSelfHarm(form)
      ? renderCrisisBox({
          contacts: ctx.crisisContacts,
          heading: t.crisisHeading,
          intro: t.crisisIntro,
          headingLevel: 3,
          region: ctx.region,
        })
      : nothing,
  })}
  ${textField(ctx, {
    id: 'ownWords',
    label: t.ownWords,
    hint: t.ownWordsHint,
    multiline: true,
    maxlength: 10_000,
    value: form.ownWords,
    onInput: (ownWords) => ctx.set({ ownWords }),
  })}`;
}
