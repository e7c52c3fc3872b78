import { widgetConfig } from '../../scripts/vite-widget.mjs';

// Every real use gives the panel a case, which it checks before it shows it: the standalone
// panel carries the journal case's checks and their interpreter (3.8 kB gz), so it is usable
// one round trip sooner (issue 17).
export default widgetConfig({
  name: 'journal-panel',
  standaloneWith: ['validation/program.ts', 'validation/generated/journal.ts'],
});
