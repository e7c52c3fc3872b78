import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  SDQ_SCORE_ORDER,
  bandSdq,
  contractSchemas,
  missingScores,
  scoreSdq,
  sdqScoringAnswers,
  sdqSubmit,
  type BandTable,
  type SdqBands,
  type SdqInformant,
  type SdqQuestion,
  type SdqReceipt,
  type SdqResult,
  type SdqScores,
} from '@lettilbud/contract';
import {
  LazyCatalogs,
  SubmissionController,
  failureMessage,
  type Locale,
} from '@lettilbud/foundations';
import { daFinish } from './i18n/da-finish.js';
import type { FirstStrings, SdqStrings } from './i18n/index.js';
import { keptAnswers, unanswered } from './logic/form.js';
import type { ResultInput } from './logic/result.js';
const loadEnglishFinish = () => import('./i18n/en-finish.js').then((m) => m.enFinish);

/**
 * The end of the form: the review before sending, the thank-you, and the scores for
 * professional hosts, with the scoring and band modules they need. Its own chunk: a
 * respondent's first screen is the questions, so this loads on the first focus or touch.
 */

/** What the end of the form reads from the element at each render. */
export interface EndContext {
  /** The element's strings (the questions' part), for its locale with the host's overrides. */
  first: FirstStrings;
  locale: Locale;
  overrides: Partial<SdqStrings> | null;
  visible: readonly SdqQuestion[];
  answers: ReadonlyMap<number, number>;
  informant: SdqInformant;
  showScores: boolean;
  bandTables: { three: BandTable; four: BandTable } | null;
}

/**
 * The end of one form: sending (once per press, one idempotency key per submission, kept
 * across a reload through `onKey`), the review and the thank-you with their strings.
 */
export class FormEnd {
  readonly send: SubmissionController<{ result: SdqResult }, SdqReceipt>;
  readonly #catalogs: LazyCatalogs<typeof daFinish>;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    options: {
      endpoint: () => string | null;
      timeoutMs: () => number;
      onKey: () => void;
      /** The key of a send that failed before a reload. */
      key: string | undefined;
    },
  ) {
    this.send = new SubmissionController(host, {
      event: sdqSubmit.name,
      response: (schemas) => schemas.SdqReceipt,
      endpoint: options.endpoint,
      timeoutMs: options.timeoutMs,
      onKey: options.onKey,
    });
    this.send.key = options.key;
    this.#catalogs = new LazyCatalogs(host, daFinish, loadEnglishFinish);
  }

  /** Every string, the review's included. */
  strings(c: Pick<EndContext, 'first' | 'locale' | 'overrides'>): SdqStrings {
    return { ...c.first, ...this.#catalogs.strings(c.locale, c.overrides) };
  }

  /** What went wrong with the last send, in the respondent's words. */
  failure(c: Pick<EndContext, 'first' | 'locale' | 'overrides'>): {
    message: string;
    retryable: boolean;
  } {
    const state = this.send.state;
    return failureMessage(this.strings(c), state.kind === 'failed' ? state.error : null);
  }

  /** Scores, builds and validates the result, then sends it; the receipt, or null. */
  submit(input: ResultInput): Promise<SdqReceipt | null> {
    return this.send.send(async () => {
      const [{ buildSdqResult }, schemas] = await Promise.all([
        import('./logic/result.js'),
        contractSchemas.load(),
      ]);
      const result = buildSdqResult(input, schemas);
      return result.ok ? { result: result.value } : null;
    });
  }

  review(c: EndContext, on: { send: () => void; back: (item?: number) => void }): TemplateResult {
    const failed = this.send.state.kind === 'failed';
    return reviewView(
      this.strings(c),
      {
        missing: unanswered(c.visible, c.answers),
        cannot: unscorable(
          sdqScoringAnswers(c.visible, keptAnswers(c.visible, c.answers)),
          c.informant,
        ),
        failed: failed ? this.failure(c) : null,
        sending: this.send.sending,
        total: c.visible.length,
      },
      on,
    );
  }

  sent(c: EndContext): TemplateResult {
    const state = this.send.state;
    return sentView(
      this.strings(c),
      state.kind === 'done' ? state.receipt.reference : null,
      c.showScores
        ? scored(
            sdqScoringAnswers(c.visible, keptAnswers(c.visible, c.answers)),
            c.informant,
            c.bandTables,
          )
        : null,
    );
  }
}

/** Scores these answers (as the scoring reads them) cannot give (too many unanswered items). */
export function unscorable(
  answers: ReadonlyMap<number, number>,
  informant: SdqInformant,
): (keyof SdqScores)[] {
  return missingScores(scoreSdq(answers, informant));
}

/** Scores and bands of answers as the scoring reads them (host's band tables, else UK). */
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
