import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * The two data-problem states every widget that loads something shows the same way: a
 * source that could not be loaded (with a retry), and a document that breaks the contract
 * (naming what is wrong). Both are alerts, so screen readers hear them when they appear.
 */
export const problemStyles = css`
  .lt-problem {
    border-inline-start: 6px solid var(--_lt-error);
    background: var(--_lt-surface);
    padding: var(--_lt-space) calc(var(--_lt-space) * 2);
    margin-block: calc(var(--_lt-space) * 2);
  }
  @media (forced-colors: active) {
    .lt-problem {
      border-color: CanvasText;
    }
  }
`;

export function renderLoadFailed(
  message: string,
  retry: { label: string; onRetry: () => void },
): TemplateResult {
  return html`<div class="lt-problem problem" role="alert" part="problem"><p>${message}</p></div>
    <button class="lt-button secondary" @click=${retry.onRetry}>${retry.label}</button>`;
}

export function renderInvalid(
  title: string,
  text: string,
  items: readonly (string | TemplateResult)[],
): TemplateResult {
  return html`<div class="lt-problem problem" role="alert" part="problem">
    <h2>${title}</h2>
    <p>${text}</p>
    ${
      items.length
        ? html`<ul>
            ${items.map((i) => html`<li>${i}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}
