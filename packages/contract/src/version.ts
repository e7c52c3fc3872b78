/**
 * The contract's version (semver). Every document a widget accepts or emits carries it as
 * `contractVersion`; a host can refuse a major version it does not know. 2.0.0 changed the
 * referral's consent record (see `Referral`); every 1.x document is still accepted.
 */
export const CONTRACT_VERSION = '2.0.0';
