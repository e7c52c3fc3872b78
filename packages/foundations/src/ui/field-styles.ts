import { css } from 'lit';

// Its own module, not beside baseStyles: a css`` call on the external 'lit' cannot be
// tree-shaken inside a module that is used, so widgets without fields would carry it.
/** Text fields, labels, hints and inline errors (DKFDS), for the widgets that have fields. */
export const fieldStyles = css`
  .lt-field {
    margin-block: calc(var(--_lt-space) * 2);
  }
  .lt-label {
    display: block;
    font-weight: 600;
  }
  .lt-hint {
    display: block;
    color: var(--_lt-muted);
  }
  .lt-input {
    display: block;
    width: 100%;
    max-width: 32em;
    min-height: 44px;
    padding: var(--_lt-space);
    border: 1px solid var(--_lt-border);
    border-radius: var(--_lt-radius);
    background: var(--_lt-bg);
  }
  .lt-input[aria-invalid='true'] {
    border: 2px solid var(--_lt-error);
  }
  .lt-error-message {
    display: block;
    color: var(--_lt-error);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .lt-input[aria-invalid='true'] {
      border: 3px solid Mark;
    }
  }
`;
