import type { ConcernId, Course, Offer } from '@lettilbud/contract';

export interface Filters {
  readonly age: number | null;
  readonly concerns: readonly ConcernId[];
  readonly format: 'individual' | 'group' | 'parents' | null;
}

/** The offers serving a municipality (an offer may serve several). */
export function offersFor(municipality: string, offers: readonly Offer[]): Offer[] {
  return offers.filter((o) => o.municipalities.includes(municipality));
}

/** Courses that fit the child's age, any of the named concerns, and the format. */
export function matchingCourses(courses: readonly Course[], f: Filters): Course[] {
  return courses.filter(
    (c) =>
      (f.age === null || (f.age >= c.ages.min && f.age <= c.ages.max)) &&
      (!f.concerns.length || f.concerns.some((x) => c.concerns.includes(x))) &&
      (!f.format || c.formats.includes(f.format)),
  );
}

/** How many courses match, over every offer serving the municipality (for the live region). */
export function countMatches(code: string, offers: readonly Offer[], f: Filters): number {
  return offersFor(code, offers).reduce((n, o) => n + matchingCourses(o.courses, f).length, 0);
}
