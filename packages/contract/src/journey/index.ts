/**
 * The data journey, from a family's first contact to KL's report, as pure functions for
 * hosts and backends (never in a widget's first render): a referral becomes a journal case,
 * an SDQ result joins it, and the case becomes a KL Gateway LTT delivery report, which
 * `fhirToCase` reads back.
 */
export * from './error.js';
export * from './cpr.js';
export * from './ltt-profile.js';
export * from './ltt-view.js';
export * from './fhir-to-case.js';
export * from './case-to-ltt.js';
export * from './case-from-referral.js';
export * from './case-with-sdq.js';
export * from './reader.js';
