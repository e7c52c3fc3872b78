import type { TemplateResult } from 'lit';
import type { ReferralForm, StepId } from '../logic/form.js';
import type { LaterContext, StepContext } from './context.js';
import { safetyStep, whoStep } from './steps-first.js';

/** The later steps' module (see later.ts). */
export type LaterViews = typeof import('./later.js');

export interface StepHandlers {
  readonly onSafety: (value: ReferralForm['safety']) => void;
  readonly stepTitle: (step: StepId) => string;
  readonly goTo: (step: StepId) => void;
  readonly failure: TemplateResult | typeof import('lit').nothing;
}

/**
 * Steps whose views are in the first render: who is writing, and safety (whose crisis box must
 * never wait for a download). The others come with later.ts.
 */
export const FIRST_STEPS: readonly StepId[] = ['who', 'safety'];

/** The body of one step; a later step needs its module and strings (null while they load). */
export function renderStep(
  step: StepId,
  ctx: StepContext,
  h: StepHandlers,
  late: { views: LaterViews; ctx: LaterContext } | null,
): TemplateResult | null {
  switch (step) {
    case 'who':
      return whoStep(late?.ctx ?? ctx);
    case 'safety':
      return safetyStep(late?.ctx ?? ctx, h.onSafety);
  }
  if (!late) return null;
  const { views } = late;
  switch (step) {
    case 'child':
      return views.childStep(late.ctx);
    case 'hard':
      return views.hardStep(late.ctx);
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
