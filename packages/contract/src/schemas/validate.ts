import type { Checker } from '../validation/program.js';

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

/** A failed parse's error, zod's or a compiled checker's: only the paths and messages are read. */
export interface IssueList {
  readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[];
}

/** The issues of a failed parse, with paths. Values are never echoed: they may be personal data. */
export function issuesOf(error: IssueList): Issue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** One line for logs and error messages: `child.birthDate: Expected a date as YYYY-MM-DD; …`. */
export function formatIssues(error: IssueList, max = 5): string {
  const issues = issuesOf(error);
  const shown = issues.slice(0, max).map((i) => `${i.path}: ${i.message}`);
  if (issues.length > max) shown.push(`… and ${issues.length - max} more`);
  return shown.join('; ');
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Validates a document (with a zod schema or a compiled checker), never throwing. */
export function validate<T>(schema: Checker<T>, input: unknown): Validated<T> {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: issuesOf(result.error) };
}
