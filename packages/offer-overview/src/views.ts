import { html, nothing, svg } from 'lit';
import type { OverviewStrings } from './i18n/index.js';
import type { Table } from './logic/tables.js';

/**
 * One table in its figure: the caption, the bar chart (an image with a text alternative; the
 * table beside it holds every figure), the table in a keyboard-scrollable region, and its CSV
 * button. A table for a group under 5 says only that it is too small.
 */
export function tableView(
  t: OverviewStrings,
  table: Table,
  percent: (s: number) => string,
  onDownload: (table: Table) => void,
) {
  const id = `t-${table.id}`;
  if (table.tooSmall)
    return html`<figure class="table-box">
      <figcaption id=${id}>${table.caption}</figcaption>
      <p>${t.tooSmallGroup}</p>
    </figure>`;
  if (table.id === 'sdq' && !table.rows.length)
    return html`<figure class="table-box">
      <figcaption id=${id}>${table.caption}</figcaption>
      <p>${t.noSdq}</p>
    </figure>`;
  return html`<figure class="table-box">
    <figcaption id=${id}>${table.caption}</figcaption>
    ${table.chart ? chartView(t, table, percent) : nothing}
    <div class="scroll" tabindex="0" role="region" aria-labelledby=${id}>
      <table part="table">
        <thead>
          <tr>
            ${table.head.map((h) => html`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${table.rows.map(
            (r) =>
              html`<tr>
                <th scope="row">${r.label}</th>
                ${
                  r.note
                    ? html`<td class="note" colspan=${table.head.length - 1}>${r.note}</td>`
                    : r.cells.map((c) => html`<td>${c}</td>`)
                }
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <button class="lt-button secondary csv" @click=${() => onDownload(table)}>
      ${t.downloadShort}<span class="lt-visually-hidden">: ${table.caption}</span>
    </button>
  </figure>`;
}

function chartView(t: OverviewStrings, table: Table, percent: (s: number) => string) {
  const chart = table.chart!;
  const labels = table.rows.map((r) => r.label);
  const row = 34;
  const height = chart.values.length * row;
  return html`<svg
    part="chart"
    class="chart"
    role="img"
    aria-label=${t.chartOf(table.caption)}
    viewBox="0 0 320 ${height}"
    preserveAspectRatio="xMinYMin meet"
  >
    ${chart.values.map((v, i) => {
      const y = i * row;
      const w = v === null ? 0 : Math.max(v > 0 ? 2 : 0, (v / chart.max) * 250);
      const text = v === null ? t.hiddenCell : chart.percent ? percent(v) : String(v);
      return svg`<text x="0" y=${y + 11}>${labels[i]}</text>
        <rect x="0" y=${y + 14} width=${w} height="14" class="bar"></rect>
        <text x=${w + 4} y=${y + 25}>${text}</text>`;
    })}
  </svg>`;
}
