import type { ReferralStrings } from '../i18n/index.js';
import type { ErrorCode, FieldError } from '../logic/validators.js';

/** What an error says: with the step checks and their strings, in the later steps' chunk. */
export function errorText(t: ReferralStrings, error: FieldError): string {
  const messages: Record<ErrorCode, string> = {
    required: t.errRequired,
    'too-long': t.errTooLong(error.max ?? 0),
    'role-required': t.errRoleRequired,
    'agree-required': t.errAgreeRequired,
    'date-invalid': t.errDateInvalid,
    'date-future': t.errDateFuture,
    'age-out-of-range': t.errAgeOutOfRange,
    'municipality-required': t.errMunicipalityRequired,
    'cpr-format': t.errCprFormat,
    'cpr-date': t.errCprDate,
    'cpr-mismatch': t.errCprMismatch,
    'hard-required': t.errHardRequired,
    'safety-required': t.errSafetyRequired,
    'reach-required': t.errReachRequired,
    'phone-invalid': t.errPhoneInvalid,
    'email-invalid': t.errEmailInvalid,
    'holder-name-required': t.errHolderNameRequired,
  };
  return messages[error.code];
}
