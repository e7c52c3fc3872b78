import type { TemplateResult } from 'lit';
import type { ReferralForm, StepId } from '../logic/form.js';
import type { StepContext } from './context.js';
import { reviewStep } from './review.js';
import { childStep, hardStep, safetyStep, whoStep } from './steps-first.js';
import { consentStep, contactStep, moreStep } from './steps-second.js';

export interface StepHandlers {
  readonly onSafety: (value: ReferralForm['safety']) => void;
  readonly stepTitle: (step: StepId) => string;
  readonly goTo: (step: StepId) => void;
  readonly failure: Parameters<typeof reviewStep>[1]['failure'];
}

/** The body of one step. */
export function renderStep(step: StepId, ctx: StepContext, h: StepHandlers): TemplateResult {
  switch (step) {
    case 'who':
      return whoStep(ctx);
    case 'child':
      return childStep(ctx);
    case 'hard':
      return hardStep(ctx);
    case 'safety':
      return safetyStep(ctx, h.onSafety);
    case 'contact':
      return contactStep(ctx);
    case 'more':
      return moreStep(ctx);
    case 'consent':
      return consentStep(ctx);
    case 'review':
      return reviewStep(ctx, h);
  }
}
