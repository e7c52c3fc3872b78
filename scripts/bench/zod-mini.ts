// The same representative payload schema in zod/mini. Paired with zod-classic.ts.
import * as z from 'zod/mini';

const Text = (max: number) => z.string().check(z.maxLength(max));
export const Schema = z.object({
  contractVersion: z.string().check(z.regex(/^1\.\d+\.\d+$/)),
  writer: z.object({
    role: z.enum(['young-person', 'parent', 'professional']),
    name: z.optional(Text(200)),
  }),
  child: z.object({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    birthDate: z.iso.date(),
    municipality: z.string().check(z.regex(/^\d{3}$/)),
  }),
  contact: z.object({
    phone: z.optional(z.string().check(z.regex(/^\+?[0-9][0-9 -]{1,18}[0-9]$/))),
    email: z.optional(z.email()),
  }),
  concerns: z.array(z.enum(['worry', 'sadness', 'other'])),
  ownWords: z.optional(Text(10_000)),
  safety: z.enum(['no', 'yes', 'unsure']),
  consents: z.record(z.enum(['ppr', 'school']), z.boolean()),
  submittedAt: z.iso.datetime({ offset: true }),
});
