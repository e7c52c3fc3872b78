import { type Course, type DirectoryChecks, type Issue, type Offer } from '@lettilbud/contract';

export interface ReadDirectory {
  readonly offers: Offer[];
  readonly catalogue: Course[];
  /** Entries skipped, each with its path. */
  readonly issues: Issue[];
  /** Set when the feed as a whole is unusable (then fall back). */
  readonly fatal: boolean;
  /** Who publishes the feed (its envelope's `publisher`). */
  readonly publisher?: string;
}

/**
 * Reads a directory feed: the envelope must be valid; then each offer and catalogue course
 * is checked on its own, and an invalid one is skipped and reported by its path, so one bad
 * entry never blanks the page and nothing is rendered half-broken.
 */
export function readDirectory(
  input: unknown,
  { OfferDirectory, Offer, Course, issuesOf }: DirectoryChecks,
): ReadDirectory {
  const envelope = OfferDirectory.safeParse(input);
  if (!envelope.success)
    return { offers: [], catalogue: [], issues: issuesOf(envelope.error), fatal: true };
  const issues: Issue[] = [];
  const pick = <T>(
    list: readonly unknown[],
    schema: {
      safeParse(
        x: unknown,
      ): { success: true; data: T } | { success: false; error: Parameters<typeof issuesOf>[0] };
    },
    name: string,
  ): T[] =>
    list.flatMap((entry, i) => {
      const parsed = schema.safeParse(entry);
      if (parsed.success) return [parsed.data];
      for (const issue of issuesOf(parsed.error))
        issues.push({
          path: `${name}[${i}]${issue.path === '(root)' ? '' : issue.path.startsWith('[') ? issue.path : `.${issue.path}`}`,
          message: issue.message,
        });
      return [];
    });
  const offers = pick(envelope.data.offers, Offer, 'offers');
  const catalogue = pick(envelope.data.catalogue ?? [], Course, 'catalogue');
  return { offers, catalogue, issues, fatal: false, publisher: envelope.data.publisher };
}

/**
 * The embedded default, which the tests check against the contract (it reads with no issues
 * and unchanged), taken as it is: a finder without a host feed never loads the schemas.
 */
export function trustedDirectory(directory: {
  offers: readonly unknown[];
  catalogue?: readonly unknown[] | undefined;
}): ReadDirectory {
  return {
    offers: directory.offers as Offer[],
    catalogue: (directory.catalogue ?? []) as Course[],
    issues: [],
    fatal: false,
  };
}
