// The same representative payload schema (the referral's shape) in classic zod, to measure
// what validation costs in a widget bundle. Paired with zod-mini.ts.
import * as z from 'zod';

const Text = (max: number) => z.string().max(max);
export const Schema = z.object({
  contractVersion: z.string().regex(/^1\.\d+\.\d+$/),
  writer: z.object({
    role: z.enum(['young-person', 'parent', 'professional']),
    name: Text(200).optional(),
  }),
  child: z.object({
    name: z.string().trim().min(1).max(200),
    birthDate: z.iso.date(),
    municipality: z.string().regex(/^\d{3}$/),
  }),
  contact: z.object({
    phone: z
      .string()
      .regex(/^\+?[0-9][0-9 -]{1,18}[0-9]$/)
      .optional(),
    email: z.email().optional(),
  }),
  concerns: z.array(z.enum(['worry', 'sadness', 'other'])),
  ownWords: Text(10_000).optional(),
  safety: z.enum(['no', 'yes', 'unsure']),
  consents: z.record(z.enum(['ppr', 'school']), z.boolean()),
  submittedAt: z.iso.datetime({ offset: true }),
});
