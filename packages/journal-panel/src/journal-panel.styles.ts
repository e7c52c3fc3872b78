import { css } from 'lit';

export const styles = css`
  :host {
    font-size: 0.9375rem;
    max-inline-size: 420px;
  }
  header {
    border-bottom: 2px solid var(--_lt-primary);
    padding-bottom: var(--_lt-space);
  }
  h2 {
    font-size: 1.25rem;
    margin: 0;
  }
  .meta {
    margin: 0;
    color: var(--_lt-muted);
  }
  details {
    border-bottom: 1px solid var(--_lt-border);
    padding-block: var(--_lt-space);
  }
  summary {
    cursor: pointer;
    min-height: 44px;
    display: flex;
    align-items: center;
  }
  summary h3 {
    display: inline;
    font-size: 1rem;
    margin: 0;
  }
  .badge {
    margin-inline-start: auto;
    padding: 0 6px;
    border-radius: 10px;
    background: var(--_lt-error);
    color: var(--_lt-on-primary);
    font-size: 0.8125rem;
  }
  ul,
  ol {
    padding-inline-start: 0;
    list-style: none;
    margin: 0;
  }
  li {
    margin-block: 4px;
  }
  .clock {
    border-inline-start: 6px solid var(--_lt-border);
    padding-inline-start: 8px;
  }
  .clock.met {
    border-color: var(--_lt-success);
  }
  .clock.due-soon {
    border-color: #b26b00;
  }
  .clock.due-today,
  .clock.overdue,
  .clock.late {
    border-color: var(--_lt-error);
  }
  .clock.not-relevant {
    border-style: dashed;
  }
  .urgent {
    border: 3px solid var(--_lt-error);
    border-radius: 4px;
    padding: var(--_lt-space);
    margin-bottom: var(--_lt-space);
  }
  .urgent p {
    margin: 0 0 var(--_lt-space);
  }
  .urgent .clock {
    border: 0;
    padding: 0;
  }
  .gaps li {
    border-inline-start: 6px solid var(--_lt-error);
    padding-inline-start: 8px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lt-space);
    margin-top: var(--_lt-space);
  }
  @media (forced-colors: active) {
    .chart .bar,
    .timeline .done .dot,
    .timeline .current .dot {
      fill: CanvasText;
      background: CanvasText;
    }
    .clock,
    .gaps li,
    .urgent {
      border-color: CanvasText;
    }
  }
  @media print {
    details > *:not(summary) {
      display: block !important;
    }
    .actions {
      display: none;
    }
  }
`;
