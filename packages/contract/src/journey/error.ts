import type { Issue } from '../schemas/validate.js';

/**
 * What the journey functions throw when their input breaks the contract: every problem with
 * its dotted path, never the value (it may be personal data). Nothing half-built is returned.
 */
export class LtJourneyError extends Error {
  override readonly name = 'LtJourneyError';
  readonly issues: readonly Issue[];

  constructor(what: string, issues: readonly Issue[]) {
    super(
      `${what}: ${issues
        .slice(0, 5)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; ')}${issues.length > 5 ? `; … and ${issues.length - 5} more` : ''}`,
    );
    this.issues = issues;
  }
}
