import '@lettilbud/journal-panel';
import '@lettilbud/referral-widget';
import { CONTRACT_VERSION, type JournalCase } from '@lettilbud/contract';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

// Demo data, not a real child: the host's backend would answer with the case it holds.
const demoCase: JournalCase = {
  contractVersion: CONTRACT_VERSION,
  id: 'demo-1',
  child: { name: 'Demo Barn (eksempel)', birthDate: '2013-04-02' },
  contact: { date: '2026-11-20', channel: 'digital', by: 'parent' },
};

function App() {
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((l) => [...l, line]);
  return (
    <main>
      <h1>Sagsoverblik (demo)</h1>
      {/* React 19 sets a property the element has (caseId, today) and listens with the exact event name. */}
      <lt-journal-panel
        caseId="demo-1"
        today="2026-11-25"
        onlt-journal-request={(event) => {
          note(`asked for ${event.detail.caseId}`);
          event.detail.respondWith(Promise.resolve(demoCase));
        }}
        onlt-journal-action={(event) => note(`action ${event.detail.action}`)}
      ></lt-journal-panel>
      <lt-referral-widget
        mode="parent"
        onlt-referral-submit={(event) =>
          event.detail.respondWith(Promise.resolve({ reference: 'DEMO-1' }))
        }
      ></lt-referral-widget>
      <ul aria-label="Host log">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
