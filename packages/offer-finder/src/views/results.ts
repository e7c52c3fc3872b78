import { html } from 'lit';
import {
  ageFit,
  municipalityByCode,
  municipalityDisplayName,
  type Course,
  type Offer,
} from '@lettilbud/contract';
import { type Locale } from '@lettilbud/foundations';
import type { FinderStrings } from '../i18n/index.js';
import { matchingCourses, offersFor, type Filters } from '../logic/match.js';
import { catalogueView, offerView, targetsView, type Select } from './offer.js';

export interface ResultsInput {
  readonly code: string;
  readonly offers: readonly Offer[];
  readonly catalogue: readonly Course[];
  readonly filters: Filters;
  readonly now: Date;
  readonly select: Select;
  /** Moves to the crisis box (a link beside the waiting-time targets). */
  readonly toCrisis: (e: Event) => void;
}

/**
 * The results for one municipality, loaded as its own chunk together with the data (a first
 * render shows only the chooser and the filters): a kind guide when the age is outside the target group;
 * "we have no details" (inventing none) when no offer serves it; else each offer with its
 * contact block and the courses that fit.
 */
export function resultsView(t: FinderStrings, locale: Locale, r: ResultsInput) {
  const m = municipalityByCode(r.code)!;
  const name = municipalityDisplayName(m);
  const fit = r.filters.age === null ? 'in-range' : ageFit(r.filters.age);
  const heading = html`<h3 id="results-heading" tabindex="-1" class="lt-visually-hidden">
    ${name}
  </h3>`;
  if (fit !== 'in-range') {
    const young = fit === 'too-young';
    return html`${heading}
      <section class="notice" part="age-guide" aria-labelledby="age-guide">
        <h3 id="age-guide">${young ? t.tooYoungTitle : t.tooOldTitle}</h3>
        <p>${young ? t.tooYoung : t.tooOld}</p>
      </section>`;
  }
  const offers = offersFor(r.code, r.offers);
  if (!offers.length) {
    return html`<section class="offer" part="offer no-details" aria-labelledby="results-heading">
      <h3 id="results-heading" tabindex="-1">${name}</h3>
      <p><strong>${t.noDetails(name)}</strong></p>
      <p>${t.noDetailsHint}</p>
      <p><a href="https://www.borger.dk" rel="noopener">${t.borgerDk}</a></p>
      ${targetsView(t, r.toCrisis)}
      ${catalogueView(t, locale, matchingCourses(r.catalogue, r.filters))}
    </section>`;
  }
  return html`${heading}${offers.map((o) =>
    offerView(t, locale, o, matchingCourses(o.courses, r.filters), r.now, r.select, r.toCrisis),
  )}`;
}
