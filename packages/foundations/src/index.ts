/**
 * @lettilbud/foundations: what the Lettilbud widgets share in the browser and hosts do not
 * need: the `LtElement` base class with its single-spa lifecycles, the one ask/answer
 * mechanism and the `SubmissionController`, drafts, i18n, tokens and base styles,
 * accessibility helpers and the crisis box. The data and event contract itself is
 * `@lettilbud/contract`.
 */
export * from './events/lt-event.js';

export * from './ask/ask-error.js';
export * from './ask/ask.js';
export * from './ask/submission.js';
export * from './ask/load-json.js';
export * from './draft/draft-store.js';
export * from './draft/open-draft-store.js';
export * from './i18n/locale.js';
export * from './i18n/format.js';

export * from './ui/tokens.js';
export * from './ui/field-styles.js';
export * from './ui/a11y.js';
export * from './ui/crisis.js';
export * from './ui/problems.js';
export * from './element/lt-element.js';
export * from './element/prefetch.js';
export * from './element/lifecycles.js';
