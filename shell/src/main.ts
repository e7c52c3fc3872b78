import { start, navigateToUrl, type LifeCycles } from 'single-spa';
import { DEMO_APPS, handOver, isActive, registerDemoApps } from './apps.js';
import { startDemoBackend } from './mocks/browser.js';

/**
 * The demo site's root config. The apps come from the import map in index.html (each
 * package's Lit-external build, with one shared Lit), loaded by an opaque specifier so the
 * bundler leaves them alone.
 */
const load = (specifier: string) => import(/* @vite-ignore */ specifier) as Promise<LifeCycles>;

function outlet(app: (typeof DEMO_APPS)[number]): HTMLElement {
  return document.getElementById(`app-${app.name}`)!;
}

function showRoute(): void {
  const active = DEMO_APPS.find((app) => isActive(app, window.location));
  for (const app of DEMO_APPS) {
    document.getElementById(`route-${app.name}`)!.hidden = app !== active;
  }
  document.getElementById('route-home')!.hidden = Boolean(active);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    if (link.hash === (active?.route ?? '#/')) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

// The host's side of the contract: a self-referral choice opens the form prefilled.
// (Listening on document: the contract types the event on HTMLElementEventMap.)
document.addEventListener('lt-offer-select', (event) => {
  const { municipality, offerId, courseId, channel } = (
    event as HTMLElementEventMap['lt-offer-select']
  ).detail;
  if (channel !== 'self-referral') return;
  event.preventDefault();
  handOver('referral-widget', { prefill: { municipality, offerId, courseId } });
  navigateToUrl('#/referral');
});

window.addEventListener('hashchange', showRoute);
showRoute();
await startDemoBackend();
registerDemoApps(load, outlet);
start({ urlRerouteOnly: true });
