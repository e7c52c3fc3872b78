/**
 * KL's national terminology for the easy-access offer (LTT), as published in
 * kl.dk.fhir.term 2.3.0, CodeSystem version 20250530. Credit: Kommunernes Landsforening (KL).
 * Key on codes, never on displays: "Andet" is both a theme and a referral destination.
 */
export const LTT_SYSTEM = 'http://fhir.kl.dk/term/CodeSystem/LTT';
export const LTT_VERSION = '20250530';

/** The stages a child passes through, as KL Gateway encounter types. */
export const LTT_STAGE = {
  contact: 'ac1057da-a510-4bab-a2b1-d96efa464bdc',
  preTalk: 'e2eee938-a58c-42d0-a514-dc91779b1243',
  screening: '404665f4-3488-4225-953e-3f1c5a061829',
  treatment: 'b7f9217c-2315-4d6f-bba5-5117e202302c',
  closingTalk: 'afd9445a-7ca5-42f8-8011-c3802db3f30b',
  closed: '3b1d8884-5a1d-43cf-aabb-8c1035148c46',
} as const;

export { LTT_THEME } from './ltt-theme.js';

/** Where a child may be referred on ("Henvisning"). */
export const LTT_REFERRAL = {
  other: 'e961ba32-9e1e-4bfd-82aa-d73c8653d170',
  otherMunicipalOffer: '59721d6a-71c7-4cae-954c-5997cbebd387',
  offerInOtherMunicipality: 'e648f06e-8a17-47af-95ff-babeb3e7543c',
  gp: '0cdc1b09-f53f-41c4-80d3-a2c59ff98287',
  childPsychiatry: '42b97e5a-7584-4b07-a7c7-d441ccb331b2',
  civilSociety: 'f3d5cb7b-e059-4fbc-9514-a53299c2e3cf',
} as const;

/** How a treatment contact is organised ("Organisering af behandlingskontakt"). */
export const LTT_ORGANISATION = {
  groupWithChild: '8742dc92-2878-4074-b128-b0384c4989c9',
  groupCaregiversOnly: 'dadb1540-9542-46d1-a784-0559d94e0b9a',
  individualWithChild: 'ca52f015-193e-4d31-9471-7385717dfa44',
  individualCaregiversOnly: 'c86b5c04-7e13-488b-87fd-fb1e30309bb8',
} as const;
