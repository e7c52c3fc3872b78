import { css } from 'lit';

/**
 * Design tokens. Hosts theme a widget by setting the public `--lt-*` custom properties on
 * the element or any ancestor; the defaults follow the Danish public design system
 * (DKFDS, borger.dk theme). Components read only the private `--_lt-*` copies, so a token
 * set on `body` reaches them and a missing one falls back here, once.
 *
 * | token | default | used for |
 * |---|---|---|
 * | --lt-font-family | "IBM Plex Sans", system-ui, sans-serif | all text |
 * | --lt-font-size | 1rem | body text (scales with the page's zoom) |
 * | --lt-color-text | #1a1a1a | text |
 * | --lt-color-muted | #545454 | secondary text (4.5:1 on white) |
 * | --lt-color-background | #ffffff | surfaces |
 * | --lt-color-surface | #f5f5f5 | panels, cards |
 * | --lt-color-border | #747474 | field and card borders (3:1) |
 * | --lt-color-primary | #0059b3 | buttons, links, focus |
 * | --lt-color-primary-dark | #003e7d | hover and active |
 * | --lt-color-on-primary | #ffffff | text on primary |
 * | --lt-color-error | #b51d09 | errors |
 * | --lt-color-success | #358000 | confirmations |
 * | --lt-color-warning-surface | #fff1cc | the crisis box and notices |
 * | --lt-color-focus | #0059b3 | focus ring |
 * | --lt-radius | 4px | corners |
 * | --lt-space | 8px | the spacing unit |
 */
export const tokens = css`
  :host {
    --_lt-font: var(
      --lt-font-family,
      'IBM Plex Sans',
      system-ui,
      -apple-system,
      'Segoe UI',
      Arial,
      sans-serif
    );
    --_lt-size: var(--lt-font-size, 1rem);
    --_lt-text: var(--lt-color-text, #1a1a1a);
    --_lt-muted: var(--lt-color-muted, #545454);
    --_lt-bg: var(--lt-color-background, #ffffff);
    --_lt-surface: var(--lt-color-surface, #f5f5f5);
    --_lt-border: var(--lt-color-border, #747474);
    --_lt-primary: var(--lt-color-primary, #0059b3);
    --_lt-primary-dark: var(--lt-color-primary-dark, #003e7d);
    --_lt-on-primary: var(--lt-color-on-primary, #ffffff);
    --_lt-error: var(--lt-color-error, #b51d09);
    --_lt-success: var(--lt-color-success, #358000);
    --_lt-warning-surface: var(--lt-color-warning-surface, #fff1cc);
    --_lt-focus: var(--lt-color-focus, #0059b3);
    --_lt-radius: var(--lt-radius, 4px);
    --_lt-space: var(--lt-space, 8px);
    display: block;
    font-family: var(--_lt-font);
    font-size: var(--_lt-size);
    line-height: 1.5;
    color: var(--_lt-text);
    background: var(--_lt-bg);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
`;

/** Base look shared by every widget: focus ring, buttons, fields, links, error texts. */
export const baseStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_lt-focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_lt-primary);
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--_lt-primary-dark);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .lt-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_lt-space);
    min-height: 44px;
    min-width: 44px;
    padding: calc(var(--_lt-space) * 1) calc(var(--_lt-space) * 2);
    border: 2px solid var(--_lt-primary);
    border-radius: var(--_lt-radius);
    background: var(--_lt-primary);
    color: var(--_lt-on-primary);
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .lt-button:hover {
    background: var(--_lt-primary-dark);
    border-color: var(--_lt-primary-dark);
    color: var(--_lt-on-primary);
  }
  .lt-button.secondary {
    background: var(--_lt-bg);
    color: var(--_lt-primary);
  }
  .lt-button.secondary:hover {
    color: var(--_lt-primary-dark);
  }
  .lt-button[disabled],
  .lt-button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .lt-visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  @media (forced-colors: active) {
    .lt-button {
      border: 2px solid ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
