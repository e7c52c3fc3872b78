import { css } from 'lit';

export const styles = css`
  .item {
    border: 0;
    margin: 0 0 calc(var(--_lt-space) * 3);
    padding: 0;
    min-inline-size: 0;
  }
  .item legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: var(--_lt-space);
  }
  .num {
    color: var(--_lt-muted);
    margin-inline-end: 0.25em;
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: var(--_lt-space);
  }
  .option {
    display: flex;
    align-items: center;
    gap: calc(var(--_lt-space) * 1.5);
    min-height: 48px;
    padding: var(--_lt-space) calc(var(--_lt-space) * 1.5);
    border: 1px solid var(--_lt-border);
    border-radius: var(--_lt-radius);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border: 2px solid var(--_lt-primary);
    background: var(--_lt-surface);
  }
  .option input {
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    flex: none;
    accent-color: var(--_lt-primary);
  }
  .bar {
    display: block;
    inline-size: 100%;
    block-size: 8px;
    box-sizing: border-box;
    background: var(--_lt-surface);
    border: 1px solid var(--_lt-border);
    border-radius: 4px;
    overflow: hidden;
  }
  .bar rect {
    fill: var(--_lt-primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lt-space);
    margin-block: calc(var(--_lt-space) * 2);
  }
  .notice,
  .problem {
    border-inline-start: 6px solid var(--_lt-primary);
    background: var(--_lt-surface);
    padding: var(--_lt-space) calc(var(--_lt-space) * 2);
    margin-block: calc(var(--_lt-space) * 2);
  }
  .problem {
    border-color: var(--_lt-error);
  }
  .linklike {
    background: none;
    border: 0;
    padding: 0;
    color: var(--_lt-primary);
    text-decoration: underline;
    cursor: pointer;
    min-height: 44px;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 4px 8px;
    border-bottom: 1px solid var(--_lt-border);
  }
  .crisis-help {
    margin-block-end: var(--_lt-space);
  }
  .crisis-help > summary {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    color: var(--_lt-error);
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  .age-input {
    max-width: 6em;
  }
  .footer {
    color: var(--_lt-muted);
    border-top: 1px solid var(--_lt-border);
    margin-top: calc(var(--_lt-space) * 3);
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      border-color: Highlight;
    }
    .bar rect {
      fill: Highlight;
    }
  }
`;
