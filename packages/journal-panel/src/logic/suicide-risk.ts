import type { JournalCase } from '@lettilbud/contract';

type Screening = NonNullable<JournalCase['screening']>;
export type SuicideRisk = NonNullable<Screening['suicideRisk']>;

/**
 * The screening's suicide-risk result as the case records it. 1.x cases carry only the
 * deprecated tick `suicideRiskAssessed`: a tick says an assessment happened, not its result.
 */
export type RiskReading = SuicideRisk | 'assessed-no-result' | 'not-recorded';

export function riskReading(s: Screening | undefined): RiskReading {
  if (s?.suicideRisk) return s.suicideRisk;
  return s?.suicideRiskAssessed === true ? 'assessed-no-result' : 'not-recorded';
}

/** Raised or acute: out of the offer's target group, needs a crisis plan and psychiatry. */
export function riskRaised(r: RiskReading): boolean {
  return r === 'raised' || r === 'acute';
}

/** What a raised or acute risk still lacks: a crisis plan, contact with psychiatry. */
export function riskMissing(s: Screening | undefined): ('crisis-plan' | 'psychiatry')[] {
  if (!riskRaised(riskReading(s))) return [];
  const missing: ('crisis-plan' | 'psychiatry')[] = [];
  if (s?.crisisPlan !== true) missing.push('crisis-plan');
  if (!s?.psychiatryContact) missing.push('psychiatry');
  return missing;
}
