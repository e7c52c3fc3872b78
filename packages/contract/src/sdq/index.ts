export * from './structure.js';
export * from './scoring.js';
export * from './bands.js';
export * from './fhir.js';
export * from './fhir-response.js';
export * from './informant.js';
export * from './read-response.js';
