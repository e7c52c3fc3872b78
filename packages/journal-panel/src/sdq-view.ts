import { html, nothing, svg, type TemplateResult } from 'lit';
import type { CaseQuestionnaire } from '@lettilbud/contract';
import type { JournalStrings } from './i18n/index.js';
import { SDQ_COLUMNS, sdqChanges, sdqSeries } from './logic/sdq-series.js';

type Fmt = (date: string) => string;

const signed = (n: number | null) => (n === null ? '–' : `${n > 0 ? '+' : ''}${n}`);

/**
 * SDQ over time: a chart of total difficulties with one labelled series per informant, the
 * table (every score, impact included) as its text alternative, and one change row per
 * informant, baseline → follow-up of the same informant.
 */
export function sdqView(
  t: JournalStrings,
  list: readonly CaseQuestionnaire[],
  fmt: Fmt,
): TemplateResult {
  if (!list.length) return html`<p>${t.sdqNone}</p>`;
  const series = sdqSeries(list);
  const changes = sdqChanges(list);
  const summary = series
    .map(
      (s) =>
        `${t[s.informant]}: ${s.results.map((q) => `${fmt(q.date)} ${q.scores.totalDifficulties ?? '–'}`).join(', ')}`,
    )
    .join('; ');
  const w = 280;
  const rowH = 100;
  const most = Math.max(...series.map((s) => s.results.length));
  const barW = Math.max(12, Math.min(48, w / most - 8));
  return html`<svg
      class="chart"
      role="img"
      aria-label=${t.sdqChart(summary)}
      viewBox="0 0 ${w} ${rowH * series.length}"
      width="100%"
    >
      ${series.map((s, row) => {
        const base = row * rowH + 90;
        return svg`<text x="4" y=${row * rowH + 12} class="label series" data-informant=${s.informant}>${t[s.informant]}</text>
          ${s.results.map((q, i) => {
            const v = q.scores.totalDifficulties ?? 0;
            const h = (v / 40) * 60;
            const x = 4 + i * (barW + 8);
            return svg`<rect x=${x} y=${base - h} width=${barW} height=${h} class="bar ${s.informant}"></rect><text x=${x + barW / 2} y=${base - h - 4} text-anchor="middle" class="label">${q.scores.totalDifficulties ?? '–'}</text>`;
          })}
          <line x1="0" y1=${base} x2=${w} y2=${base} class="axis"></line>`;
      })}
    </svg>
    <div class="scroll" tabindex="0" role="region" aria-label=${t.sdq}>
      <table part="sdq-table">
        <thead>
          <tr>
            <th scope="col">${t.date}</th>
            <th scope="col">${t.informant}</th>
            ${SDQ_COLUMNS.map((k) => html`<th scope="col">${t[k]}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${series.flatMap((s) =>
            s.results.map(
              (q) =>
                html`<tr data-informant=${q.informant}>
                  <th scope="row">${fmt(q.date)}</th>
                  <td>${t[q.informant]}</td>
                  ${SDQ_COLUMNS.map((k) => html`<td>${q.scores[k] ?? '–'}</td>`)}
                </tr>`,
            ),
          )}
          ${changes.map(
            (c) =>
              html`<tr class="change" data-informant=${c.informant}>
                <th scope="row">${t.change}</th>
                <td>${t[c.informant]}: ${fmt(c.from.date)} → ${fmt(c.to.date)}</td>
                ${SDQ_COLUMNS.map((k) => html`<td>${signed(c.delta[k])}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${list.some((q) => q.informant === 'unknown') ? html`<p class="note">${t.sdqUnknownNote}</p>` : nothing}`;
}
