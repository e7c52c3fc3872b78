import * as z from 'zod/mini';
import { CONTRACT_VERSION } from '../version.js';
import { CONCERN_IDS } from '../vocab/concerns.js';
import { EMAIL_PATTERN, PHONE_PATTERN } from './constants.js';
export { EMAIL_PATTERN, PHONE_PATTERN };

/**
 * Building blocks shared by every schema. Written with `zod/mini` (see the README's
 * architecture section for the size measurement behind that choice). Every field carries a
 * description: it feeds the JSON Schema and docs/contract.md.
 */

/** The contract version a document was written against (semver, major 1 or 2). */
export const ContractVersion = z
  .string()
  .check(
    z.regex(
      /^[12]\.\d+\.\d+$/,
      `Expected contractVersion "1.x.y" or "2.x.y" (this package speaks ${CONTRACT_VERSION})`,
    ),
    z.describe(
      'Contract version (semver) the document was written against; major 1 or 2. 2.0.0 changed only the referral (its consent record), so 1.x feeds, cases and results stay valid.',
    ),
  );

export const MunicipalityCode = z
  .string()
  .check(
    z.regex(/^\d{3}$/, 'Expected a 3-digit municipality code, e.g. "101"'),
    z.describe('Official 3-digit kommunekode, e.g. "101" for København.'),
  );

/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.iso.date({ error: 'Expected a date as YYYY-MM-DD' });

/** A moment in time with an offset, e.g. 2026-11-23T09:30:00+01:00. */
export const IsoDateTime = z.iso.datetime({
  offset: true,
  error: 'Expected a date and time with offset, e.g. 2026-11-23T09:30:00+01:00',
});

/** Text from people or feeds; bounded so a hostile feed cannot flood the page. */
export const Text = (max = 500) =>
  z.string().check(z.maxLength(max, `Expected at most ${max} characters`));

export const RequiredText = (max = 500) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Expected a non-empty text'),
      z.maxLength(max, `Expected at most ${max} characters`),
    );

/** A web address the widgets may link to: http(s) only, never `javascript:`. */
export const WebUrl = z.url({
  protocol: /^https?$/,
  error: 'Expected an http:// or https:// address',
});

/** A Danish or international phone number as written for people: digits, spaces, + and -. */
export const Phone = z
  .string()
  .check(z.regex(PHONE_PATTERN, 'Expected a phone number, e.g. "70 201 201" or "+45 33 17 33 17"'));

export const Email = z.email({ pattern: EMAIL_PATTERN, error: 'Expected an e-mail address' });

export const ConcernId = z.enum(CONCERN_IDS, {
  error: `Expected one of the concern ids: ${CONCERN_IDS.join(', ')}`,
});

export type ConcernId = (typeof CONCERN_IDS)[number];

/** An opaque id chosen by the publisher of a feed or record. */
export const Id = z
  .string()
  .check(
    z.regex(
      /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/,
      'Expected an id of letters, digits, ".", "_", ":" or "-"',
    ),
  );

/** A crisis or help line, shown wherever a child may be in acute danger. */
export const CrisisContact = z.object({
  name: RequiredText(120).check(z.describe('Who answers, e.g. "Livslinien".')),
  phone: z.optional(Phone.check(z.describe('Number to call.'))),
  url: z.optional(WebUrl.check(z.describe('Web page or chat.'))),
  description: z.optional(Text(300).check(z.describe('When to call and when it is open.'))),
  regions: z.optional(
    z
      .array(z.number().check(z.int(), z.gte(1000), z.lte(9999)))
      .check(
        z.minLength(1),
        z.describe(
          'DAGI region codes (e.g. 1084) this contact serves. Shown only to a family whose municipality lies in one of them; never to one elsewhere or unknown.',
        ),
      ),
  ),
});
export type CrisisContact = z.infer<typeof CrisisContact>;

/** A host's replacement crisis list: at least one contact, so the box is never empty. */
export const CrisisContactList = z.array(CrisisContact).check(z.minLength(1));
