// KL's LTT "Tema" codes in a module of their own: the concerns list (concerns.ts), which many
// first screens show, needs them and none of the rest of the terminology (ltt.ts).

/** The eight "Tema" codes: what the child comes with. */
export const LTT_THEME = {
  behaviour: 'dcf2c302-09b9-4bf1-9865-d08a5876700c',
  worry: '95c5e9fc-33b7-4d85-9417-64fc3164eb4c',
  bodyAndFood: 'bf4df811-805a-4309-8394-7d9ea31b8af7',
  selfHarm: '5cea8eb2-5374-45f7-a985-cef1f577f0a1',
  sadness: '9b82f4cd-bc63-4187-a2f0-ff2d74f63bd8',
  compulsions: 'c8887ec0-e529-48d9-914c-317e000c2036',
  restlessness: '2644b5af-73cc-41a5-b588-f244b813179d',
  other: 'cc829c98-5904-45da-b777-2af5693e78e9',
} as const;
