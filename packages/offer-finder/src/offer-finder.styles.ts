import { css } from 'lit';

export const styles = css`
  h2 {
    margin-top: 0;
    font-size: 1.5rem;
  }
  h3 {
    font-size: 1.25rem;
    margin-bottom: var(--_lt-space);
  }
  h4 {
    font-size: 1.0625rem;
    margin-block: calc(var(--_lt-space) * 2) var(--_lt-space);
  }
  .skip-crisis {
    display: inline-block;
    margin-bottom: var(--_lt-space);
    font-weight: 600;
  }
  .combo {
    position: relative;
    max-width: 32em;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    max-height: 16em;
    overflow-y: auto;
    margin: 0;
    padding: 0;
    list-style: none;
    background: var(--_lt-bg);
    border: 1px solid var(--_lt-border);
    border-top: 0;
  }
  [role='option'] {
    padding: var(--_lt-space);
    min-height: 44px;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_lt-primary);
    color: var(--_lt-on-primary);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: calc(var(--_lt-space) * 2) 0;
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
  }
  .checks {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
    gap: 4px var(--_lt-space);
  }
  .checks label,
  .choices label {
    display: flex;
    gap: var(--_lt-space);
    align-items: flex-start;
    min-height: 44px;
    padding-block: 4px;
  }
  .checks input,
  .choices input {
    inline-size: 22px;
    block-size: 22px;
    flex: none;
    margin: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_lt-space) * 2);
  }
  .row .lt-field {
    flex: 1 1 12em;
  }
  .offer {
    border: 1px solid var(--_lt-border);
    border-radius: var(--_lt-radius);
    padding: calc(var(--_lt-space) * 2);
    margin-block: calc(var(--_lt-space) * 2);
  }
  .facts,
  .verified,
  .about-data {
    color: var(--_lt-muted);
  }
  .about-data {
    margin-top: calc(var(--_lt-space) * 2);
  }
  .about-data summary {
    cursor: pointer;
    padding-block: 10px;
    inline-size: fit-content;
  }
  .about-data p {
    overflow-wrap: anywhere;
  }
  .crisis-nudge {
    border-color: var(--_lt-error);
    margin-top: var(--_lt-space);
  }
  .crisis-nudge a,
  .targets a {
    display: block;
    margin-top: 4px;
    font-weight: 600;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(7em, max-content) 1fr;
    gap: 4px var(--_lt-space);
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .phone {
    font-size: 1.25rem;
    font-weight: 700;
    margin-inline-end: var(--_lt-space);
  }
  .open-status {
    display: block;
  }
  .courses {
    list-style: none;
    padding: 0;
  }
  .course {
    border-top: 1px solid var(--_lt-border);
    padding-block: var(--_lt-space);
  }
  .course h4 {
    margin-top: 0;
  }
  .note,
  .notice {
    background: var(--_lt-surface);
    border-inline-start: 6px solid var(--_lt-primary);
    padding: var(--_lt-space) calc(var(--_lt-space) * 1.5);
  }
  .notice.error {
    border-color: var(--_lt-error);
  }
  .chosen {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_lt-space);
    align-items: center;
  }
  @media (max-width: 30em) {
    dl {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      background: Highlight;
      color: HighlightText;
    }
    .offer {
      border-color: CanvasText;
    }
  }
`;
