import { css } from 'lit';

/**
 * The styles only the later steps, the review and the receipt use: adopted with their chunk
 * (views/later.ts), beside the element's own styles, before any of them renders.
 */
export const laterStyles = css`
  .note.urgent {
    border-inline-start-color: var(--_lt-text);
  }
  .note h3,
  .note p {
    margin-block: 0 var(--_lt-space);
  }
  .routes {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .routes li + li {
    margin-top: var(--_lt-space);
  }
  .routes a[href^='tel:'] {
    font-weight: 700;
    white-space: nowrap;
  }
  .guide {
    padding: calc(var(--_lt-space) * 2);
    border: 2px solid var(--_lt-border);
    border-radius: var(--_lt-radius);
  }
  .holder {
    padding: var(--_lt-space) calc(var(--_lt-space) * 2);
    margin-block: var(--_lt-space);
    border: 1px solid var(--_lt-border);
    border-radius: var(--_lt-radius);
  }
  .review-section {
    border-top: 1px solid var(--_lt-border);
  }
  .review-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_lt-space);
  }
  dl {
    margin: 0 0 calc(var(--_lt-space) * 2);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 var(--_lt-space);
  }
  .answer {
    white-space: pre-wrap;
    unicode-bidi: plaintext;
  }
  .reference {
    font-size: 1.25rem;
  }
`;
