import { html, nothing, type TemplateResult } from 'lit';
import { optionLabel, type SdqBands, type SdqQuestion, type SdqScores } from '@lettilbud/contract';
import type { SdqStrings } from './i18n/index.js';

/** One SDQ question: a fieldset whose legend is the host's wording, native radios with labels. */
export function questionView(
  q: SdqQuestion,
  answer: number | undefined,
  onAnswer: (item: number, position: number) => void,
): TemplateResult {
  return html`<fieldset class="item" id="q-${q.item}" part="question">
    <legend><span class="num">${q.item <= 33 ? `${q.item}.` : ''}</span>${q.text}</legend>
    <div class="options">
      ${q.options.map(
        (option, i) =>
          html`<label class="option"
            ><input
              type="radio"
              name="q-${q.item}"
              .checked=${answer === i}
              @change=${() => onAnswer(q.item, i)}
            /><span>${optionLabel(option)}</span></label
          >`,
      )}
    </div>
  </fieldset>`;
}

/** Progress for sighted users (a bar) and screen readers (the text). */
export function progressView(label: string, done: number, total: number): TemplateResult {
  const pct = total ? Math.round((done / total) * 100) : 0;
  return html`<div class="progress" part="progress">
    <p>${label}</p>
    <div class="bar" aria-hidden="true"><span style="inline-size: ${pct}%"></span></div>
  </div>`;
}

const ROWS: (keyof SdqScores)[] = [
  'emotional',
  'conduct',
  'hyperactivity',
  'peer',
  'prosocial',
  'totalDifficulties',
  'externalising',
  'internalising',
  'impact',
];

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
        ${ROWS.map((key) => {
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
