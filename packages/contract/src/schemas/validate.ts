import type * as z from 'zod/mini';

/** One problem found in a document: where (a dotted path) and what was expected. */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

/** Turns zod's path array into the dotted form hosts see: `offers[3].phone.number`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** The issues of a failed parse, with paths. Values are never echoed: they may be personal data. */
export function issuesOf(error: z.core.$ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** One line for logs and error messages: `child.birthDate: Expected a date as YYYY-MM-DD; …`. */
export function formatIssues(error: z.core.$ZodError, max = 5): string {
  const issues = issuesOf(error);
  const shown = issues.slice(0, max).map((i) => `${i.path}: ${i.message}`);
  if (issues.length > max) shown.push(`… and ${issues.length - max} more`);
  return shown.join('; ');
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Validates a document and returns either the value or the issues, never throwing. */
export function validate<T>(schema: z.ZodMiniType<T>, input: unknown): Validated<T> {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: issuesOf(result.error) };
}
