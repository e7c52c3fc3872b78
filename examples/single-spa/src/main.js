import { mountRootParcel } from 'single-spa';
import * as journalPanel from '@lettilbud/journal-panel';

// Demo data, not real children: the host's backend would answer with the cases it holds.
const cases = {
  'demo-1': { name: 'Demo Barn (eksempel)', birthDate: '2013-04-02' },
  'demo-2': { name: 'Andet Demo Barn (eksempel)', birthDate: '2011-09-15' },
};
const log = (line) => {
  const li = document.createElement('li');
  li.textContent = line;
  document.querySelector('ul').append(li);
};
document.addEventListener('lt-journal-request', (event) => {
  log(`asked for ${event.detail.caseId}`);
  const child = cases[event.detail.caseId];
  event.detail.respondWith(
    Promise.resolve({ contractVersion: '1.0.0', id: event.detail.caseId, child }),
  );
});
document.addEventListener('lt-journal-action', (event) => log(`action ${event.detail.action}`));

// The package entry is a parcel config: bootstrap, mount, update and unmount.
const domElement = document.getElementById('panel');
const parcel = mountRootParcel(journalPanel, {
  domElement,
  attributes: { 'case-id': 'demo-1', today: '2026-11-25' },
});
document
  .getElementById('next')
  .addEventListener('click', () =>
    parcel.update({ domElement, attributes: { 'case-id': 'demo-2', today: '2026-11-25' } }),
  );
