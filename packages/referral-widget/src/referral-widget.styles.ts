import { css } from 'lit';

/** The referral form's own look; private `--_lt-*` tokens only. Works at 320 px and 200 % zoom. */
export const styles = css`
  .base {
    max-width: 40em;
  }
  h2 {
    font-size: 1.5rem;
    line-height: 1.25;
    margin-block: calc(var(--_lt-space) * 2) var(--_lt-space);
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_lt-focus);
  }
  .caption {
    display: block;
    font-size: 1rem;
    font-weight: 400;
    color: var(--_lt-muted);
  }
  h3 {
    font-size: 1.125rem;
    margin-block: calc(var(--_lt-space) * 2) var(--_lt-space);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_lt-space) / 2) var(--_lt-space);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
    color: var(--_lt-muted);
    counter-reset: step;
  }
  .progress li {
    counter-increment: step;
    padding: 2px var(--_lt-space);
    border: 1px solid var(--_lt-border);
    border-radius: var(--_lt-radius);
  }
  .progress li::before {
    content: counter(step) '. ';
  }
  .progress li.current {
    color: var(--_lt-on-primary);
    background: var(--_lt-primary);
    border-color: var(--_lt-primary);
    font-weight: 600;
  }
  .progress li.done {
    color: var(--_lt-text);
  }
  fieldset.group {
    border: 0;
    padding: 0;
    margin-inline: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  .has-error {
    border-inline-start: 4px solid var(--_lt-error);
    padding-inline-start: calc(var(--_lt-space) * 1.5);
  }
  .choices {
    display: grid;
    gap: var(--_lt-space);
    margin-top: var(--_lt-space);
  }
  .inline .choices {
    grid-template-columns: repeat(auto-fill, minmax(8em, 1fr));
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_lt-space);
  }
  .choice input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.1rem 0 0;
    accent-color: var(--_lt-primary);
  }
  .choice label {
    cursor: pointer;
  }
  textarea.lt-input {
    resize: vertical;
  }
  .optional {
    font-weight: 400;
    color: var(--_lt-muted);
  }
  .note,
  .notice {
    padding: var(--_lt-space) calc(var(--_lt-space) * 1.5);
    border-inline-start: 4px solid var(--_lt-primary);
    background: var(--_lt-surface);
  }
  .help-now {
    margin-block: 0 var(--_lt-space);
  }
  .help-now .lt-crisis {
    margin-top: var(--_lt-space);
  }
  .error-summary {
    padding: calc(var(--_lt-space) * 2);
    border: 4px solid var(--_lt-error);
    margin-block: calc(var(--_lt-space) * 2);
  }
  .error-summary:focus {
    outline: 3px solid var(--_lt-focus);
    outline-offset: 2px;
  }
  .error-summary h3 {
    margin-top: 0;
  }
  .error-summary a {
    color: var(--_lt-error);
    font-weight: 600;
  }
  .failure {
    padding: calc(var(--_lt-space) * 2);
    border: 3px solid var(--_lt-error);
    margin-block: calc(var(--_lt-space) * 2);
  }
  .failure h3 {
    margin-top: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    flex-direction: row-reverse;
    justify-content: flex-end;
    gap: var(--_lt-space);
    margin-block: calc(var(--_lt-space) * 3);
  }
  .delete {
    margin-top: calc(var(--_lt-space) * 3);
    padding-top: calc(var(--_lt-space) * 2);
    border-top: 1px solid var(--_lt-border);
  }
  .delete .lt-button {
    margin-inline-end: var(--_lt-space);
  }
  .lt-button.danger {
    background: var(--_lt-error);
    border-color: var(--_lt-error);
  }
  .link-button {
    min-height: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_lt-primary);
    text-decoration: underline;
    cursor: pointer;
  }
  input,
  textarea {
    unicode-bidi: plaintext;
  }
  @media (forced-colors: active) {
    .progress li.current {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .has-error,
    .error-summary,
    .failure {
      border-color: Mark;
    }
    .link-button {
      color: LinkText;
    }
  }
`;
