import { css } from 'lit';

/**
 * The styles of the panel's details only (the timeline, the facts, the SDQ chart and table):
 * adopted with their chunk (details.ts), beside the element's own, before any of them renders.
 */
export const detailStyles = css`
  .timeline li {
    display: grid;
    grid-template-columns: 16px 1fr;
    column-gap: 8px;
  }
  .timeline .dot {
    grid-row: span 2;
    inline-size: 12px;
    block-size: 12px;
    margin-top: 5px;
    border-radius: 50%;
    border: 2px solid var(--_lt-border);
  }
  .timeline .done .dot {
    background: var(--_lt-success);
    border-color: var(--_lt-success);
  }
  .timeline .current .dot {
    background: var(--_lt-primary);
    border-color: var(--_lt-primary);
  }
  .timeline .skipped .dot {
    border-style: dashed;
  }
  .timeline .when {
    color: var(--_lt-muted);
  }
  h4 {
    font-size: 0.9375rem;
    margin: var(--_lt-space) 0 4px;
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 2px 8px;
    margin: 0;
  }
  .facts dt {
    color: var(--_lt-muted);
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .facts .missing,
  .facts .raised,
  .gp-consent.missing {
    font-weight: 700;
    color: var(--_lt-error);
  }
  .chart .bar {
    fill: var(--_lt-primary);
  }
  .chart .label {
    font-size: 10px;
    fill: var(--_lt-text);
  }
  .chart .axis {
    stroke: var(--_lt-border);
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.8125rem;
  }
  th,
  td {
    padding: 2px 6px;
    text-align: start;
    border-bottom: 1px solid var(--_lt-border);
  }
`;
