/**
 * The contract's version (semver). Every document a widget accepts or emits carries it as
 * `contractVersion`; a host can refuse a major version it does not know.
 */
export const CONTRACT_VERSION = '1.0.0';
