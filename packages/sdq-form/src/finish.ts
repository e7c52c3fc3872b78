import { html, nothing, type TemplateResult } from 'lit';
import {
  SDQ_SCORE_ORDER,
  bandSdq,
  missingScores,
  scoreSdq,
  type BandTable,
  type SdqBands,
  type SdqInformant,
  type SdqQuestion,
  type SdqScores,
} from '@lettilbud/contract';
export { SubmissionController, failureMessage } from '@lettilbud/contract';
export { daFinish } from './i18n/da-finish.js';
export const loadEnglishFinish = () => import('./i18n/en-finish.js').then((m) => m.enFinish);
import type { SdqStrings } from './i18n/index.js';

/**
 * The end of the form: the review before sending, the thank-you, and the scores for
 * professional hosts, with the scoring and band modules they need. Its own chunk: a
 * respondent's first screen is the questions, so this loads on the first focus or touch.
 */

/** Scores these answers cannot give (too many unanswered items in a scale). */
export function unscorable(
  answers: ReadonlyMap<number, number>,
  informant: SdqInformant,
): (keyof SdqScores)[] {
  return missingScores(scoreSdq(answers, informant));
}

/** Scores and bands (the host's band tables, else the published ones). */
export function scored(
  answers: ReadonlyMap<number, number>,
  informant: SdqInformant,
  tables: { three: BandTable; four: BandTable } | null,
): { scores: SdqScores; bands: SdqBands } {
  const scores = scoreSdq(answers, informant);
  return { scores, bands: bandSdq(scores, informant, tables ?? undefined) };
}

/** The scores table, for professional hosts (`show-scores`). */
export function scoresView(t: SdqStrings, scores: SdqScores, bands: SdqBands): TemplateResult {
  return html`<h3>${t.scoresTitle}</h3>
    <table part="scores">
      <thead>
        <tr>
          <th scope="col">${t.scoreCol}</th>
          <th scope="col">${t.valueCol}</th>
          <th scope="col">${t.band4Col}</th>
          <th scope="col">${t.band3Col}</th>
        </tr>
      </thead>
      <tbody>
        ${SDQ_SCORE_ORDER.map((key) => {
          const band = bands[key as keyof SdqBands];
          const score = scores[key];
          return html`<tr>
            <th scope="row">${t[key]}</th>
            <td>${score === null ? t.notScored : score}</td>
            <td>${band ? t[band.four] : nothing}</td>
            <td>${band ? t[band.three] : nothing}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
}

export interface ReviewState {
  /** The visible questions still unanswered. */
  missing: readonly SdqQuestion[];
  /** Scores these answers cannot give. */
  cannot: readonly (keyof SdqScores)[];
  /** The failure of the last send, if any. */
  failed: { message: string; retryable: boolean } | null;
  sending: boolean;
  total: number;
}

/**
 * Before sending: a kind nudge listing the unanswered questions (each a button back to its
 * question: fragment links cannot cross the shadow root), which scores cannot be worked
 * out, a failure with retry, and the send button.
 */
export function reviewView(
  t: SdqStrings,
  s: ReviewState,
  on: { send: () => void; back: (item?: number) => void },
): TemplateResult {
  const missing = s.missing.length > 0;
  const sendLabel = s.sending ? t.sending : s.failed ? t.retry : missing ? t.sendAnyway : t.send;
  return html`<h2>${missing ? t.missingTitle : t.review}</h2>
    ${
      missing
        ? html`<p>${t.missingText}</p>
            <ul>
              ${s.missing.map(
                (q) =>
                  html`<li>
                    <button class="linklike" @click=${() => on.back(q.item)}>
                      ${q.item <= 33 ? t.question(q.item) : q.text}
                    </button>
                  </li>`,
              )}
            </ul>
            ${s.cannot.length ? html`<p>${t.cannotScore} ${s.cannot.map((k) => t[k]).join(', ')}.</p>` : nothing}`
        : html`<p>${t.answeredCount(s.total, s.total)}</p>`
    }
    ${s.failed ? html`<div class="problem" role="alert"><p>${s.failed.message}</p></div>` : nothing}
    <div class="actions">
      ${
        !s.failed || s.failed.retryable
          ? html`<button
              class="lt-button"
              aria-disabled=${s.sending ? 'true' : 'false'}
              @click=${on.send}
            >
              ${sendLabel}
            </button>`
          : nothing
      }
      <button class="lt-button secondary" @click=${() => on.back()}>
        ${missing ? t.goBack : t.back}
      </button>
    </div>`;
}

/** After sending: a calm thank-you, the receipt, and scores only for professional hosts. */
export function sentView(
  t: SdqStrings,
  reference: string | null,
  scores: { scores: SdqScores; bands: SdqBands } | null,
): TemplateResult {
  return html`<h2>${t.thanksTitle}</h2>
    <p>${t.thanksText}</p>
    ${reference ? html`<p>${t.reference(reference)}</p>` : nothing}
    ${scores ? scoresView(t, scores.scores, scores.bands) : nothing}`;
}
