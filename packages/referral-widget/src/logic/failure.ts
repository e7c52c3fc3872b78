import { failureKind, type LtAskError } from '@lettilbud/contract';
import type { ReferralStrings } from '../i18n/index.js';

/**
 * What to tell the family when sending failed, in plain words, and whether Retry (with the
 * same idempotency key) can help. A refusal by the host or a missing handler is not
 * retryable: the family is told to call instead. Nothing typed is ever dropped.
 */
export function failureMessage(
  t: ReferralStrings,
  error: LtAskError | null,
): { message: string; retryable: boolean } {
  const { kind, retryable } = failureKind(error);
  const message = {
    refused: t.failRefused,
    offline: t.failOffline,
    timeout: t.failTimeout,
    general: t.failGeneral,
  }[kind];
  return { message, retryable };
}
