import { html, nothing, type TemplateResult } from 'lit';
import { renderCrisisBox } from '@lettilbud/foundations';
import type { ReferralForm } from '../logic/form.js';
import type { StepContext } from './context.js';
import { checkbox, radioGroup, textField } from './fields.js';

/**
 * Steps 1 and 4, in the first render: who is writing, and safety. The safety step and its
 * crisis box never wait for a download; steps 2 and 3 (steps-about.ts) come with the later
 * steps' chunk.
 */

export function whoStep(ctx: StepContext): TemplateResult {
  const { t, form } = ctx;
  return html`${radioGroup(ctx, {
    id: 'role',
    legend: t.roleLegend,
    options: [
      { value: 'young-person', label: t.roleYoungPerson },
      { value: 'parent', label: t.roleParent },
      { value: 'foster-carer', label: t.roleFosterCarer },
      { value: 'professional', label: t.roleProfessional },
    ],
    value: form.role,
    onChange: (role) => ctx.set({ role: role as ReferralForm['role'] }),
  })}
  ${
    form.role === 'young-person'
      ? nothing
      : textField(ctx, {
          id: 'writerName',
          label: t.writerName,
          optional: true,
          autocomplete: 'name',
          value: form.writerName,
          onInput: (writerName) => ctx.set({ writerName }),
        })
  }
  ${
    form.role === 'professional'
      ? html`${textField(ctx, {
          id: 'proRole',
          label: t.proRole,
          hint: t.proRoleHint,
          autocomplete: 'organization-title',
          value: form.proRole,
          onInput: (proRole) => ctx.set({ proRole }),
        })}
        ${textField(ctx, {
          id: 'proWorkplace',
          label: t.proWorkplace,
          autocomplete: 'organization',
          value: form.proWorkplace,
          onInput: (proWorkplace) => ctx.set({ proWorkplace }),
        })}
        ${checkbox(ctx, {
          id: 'familyAgrees',
          label: t.familyAgrees,
          checked: form.familyAgrees,
          onChange: (familyAgrees) => ctx.set({ familyAgrees }),
        })}`
      : nothing
  }`;
}

export function safetyStep(
  ctx: StepContext,
  onSafety: (value: ReferralForm['safety']) => void,
): TemplateResult {
  const { t, form } = ctx;
  const urgent = form.safety === 'yes' || form.safety === 'unsure';
  return radioGroup(ctx, {
    id: 'safety',
    legend: t.safetyLegend,
    hint: t.safetyHint,
    options: [
      { value: 'no', label: t.safetyNo },
      { value: 'yes', label: t.safetyYes },
      { value: 'unsure', label: t.safetyUnsure },
    ],
    value: form.safety,
    onChange: (v) => onSafety(v as ReferralForm['safety']),
    after: urgent
      ? renderCrisisBox({
          contacts: ctx.crisisContacts,
          heading: t.crisisHeading,
          intro: t.crisisIntro,
          headingLevel: 3,
          region: ctx.region,
        })
      : nothing,
  });
}
