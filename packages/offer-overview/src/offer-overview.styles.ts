import { css } from 'lit';

export const styles = css`
  :host {
    font-size: 0.9375rem;
    container-type: inline-size;
  }
  header {
    border-bottom: 2px solid var(--_lt-primary);
    padding-bottom: var(--_lt-space);
  }
  h2 {
    font-size: 1.25rem;
    margin: 0;
  }
  h3 {
    font-size: 1.125rem;
    margin: calc(var(--_lt-space) * 2) 0 var(--_lt-space);
  }
  .meta {
    margin: 4px 0;
    color: var(--_lt-muted);
  }
  .tables {
    display: grid;
    gap: calc(var(--_lt-space) * 2);
    grid-template-columns: 1fr;
  }
  @container (min-width: 760px) {
    .tables {
      grid-template-columns: repeat(auto-fill, minmax(340px, 1fr));
    }
  }
  figure.table-box {
    margin: 0;
    min-inline-size: 0;
    border: 1px solid var(--_lt-border);
    border-radius: var(--_lt-radius);
    padding: var(--_lt-space);
  }
  figcaption {
    font-weight: 600;
    margin-bottom: var(--_lt-space);
  }
  .scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: start;
    padding: 4px 6px;
    border-bottom: 1px solid var(--_lt-border);
    vertical-align: top;
  }
  td {
    text-align: end;
  }
  td.note {
    text-align: start;
    font-style: italic;
    color: var(--_lt-muted);
  }
  tbody tr:last-child th,
  tbody tr:last-child td {
    font-weight: 600;
  }
  .chart {
    inline-size: 100%;
    max-inline-size: 480px;
    block-size: auto;
    display: block;
    margin-bottom: var(--_lt-space);
  }
  .chart .bar {
    fill: var(--_lt-primary);
  }
  .chart text {
    font-size: 11px;
    fill: var(--_lt-text);
  }
  .csv {
    margin-top: var(--_lt-space);
  }
  @media (forced-colors: active) {
    .chart .bar {
      fill: CanvasText;
    }
    .chart text {
      fill: CanvasText;
    }
    figure.table-box {
      border-color: CanvasText;
    }
  }
  @media print {
    .csv {
      display: none;
    }
    .scroll {
      overflow: visible;
    }
    figure.table-box {
      break-inside: avoid;
      border-color: #000;
    }
    .tables {
      grid-template-columns: 1fr 1fr;
    }
  }
`;
