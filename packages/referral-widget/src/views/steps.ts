import type { TemplateResult } from 'lit';
import type { ReferralForm, StepId } from '../logic/form.js';
import type { LaterContext, StepContext } from './context.js';
import { childStep, hardStep, safetyStep, whoStep } from './steps-first.js';

/** The later steps' module (see later.ts). */
export type LaterViews = typeof import('./later.js');

export interface StepHandlers {
  readonly onSafety: (value: ReferralForm['safety']) => void;
  readonly stepTitle: (step: StepId) => string;
  readonly goTo: (step: StepId) => void;
  readonly failure: TemplateResult | typeof import('lit').nothing;
}

/** Steps whose views are in the first render; the others come with later.ts. */
export const FIRST_STEPS: readonly StepId[] = ['who', 'child', 'hard', 'safety'];

/** The body of one step; a later step needs its module and strings (null while they load). */
export function renderStep(
  step: StepId,
  ctx: StepContext,
  h: StepHandlers,
  late: { views: LaterViews; ctx: LaterContext } | null,
): TemplateResult | null {
  switch (step) {
    case 'who':
      return whoStep(ctx);
    case 'child':
      return childStep(ctx);
    case 'hard':
      return hardStep(ctx);
    case 'safety':
      return safetyStep(ctx, h.onSafety);
  }
  if (!late) return null;
  const { views } = late;
  switch (step) {
    case 'contact':
      return views.contactStep(late.ctx);
    case 'more':
      return views.moreStep(late.ctx);
    case 'consent':
      return views.consentStep(late.ctx);
    case 'review':
      return views.reviewStep(late.ctx, h);
  }
}
