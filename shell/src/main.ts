import { start, navigateToUrl, type LifeCycles } from 'single-spa';
import { DEMO_APPS, handOver, isActive, onRoute, registerDemoApps, routeQuery } from './apps.js';
import { backendMode, setBackendMode } from './mocks/store.js';
import type { FagsystemHost } from './hosts/fagsystem.js';
import type { FeedEditorHost } from './hosts/feed-editor.js';

/**
 * The demo site's root config. The apps come from the import map in index.html (each
 * package's Lit-external build, with one shared Lit), loaded by an opaque specifier so the
 * bundler leaves them alone.
 */
const load = (specifier: string) => import(/* @vite-ignore */ specifier) as Promise<LifeCycles>;

/**
 * The demo backend (msw with its cookie and URL libraries) and the fagsystem's host are most
 * of the shell's code: they load as chunks of their own, started at once and in parallel with
 * the route's app, instead of before the page can show its route (Lighthouse: main-thread
 * work, LCP). Both are there before any app mounts (the fagsystem host answers the journal
 * panel's requests). The web team's editor (its form checks the feed with the contract at
 * once) loads only on its route.
 */
const backend = import('./mocks/browser.js').then((m) => m.startDemoBackend());
const fagsystemModule = import('./hosts/fagsystem.js');
const hosts: { fagsystem?: FagsystemHost; editor?: Promise<FeedEditorHost> } = {};

/** The feed editor's host, loaded and made on the first visit to its route. */
function editorHost(): Promise<FeedEditorHost> {
  hosts.editor ??= import('./hosts/feed-editor.js').then(
    ({ FeedEditorHost }) =>
      new FeedEditorHost(
        byId('feed-editor-host'),
        byId('app-feed-editor'),
        byId('feed-preview-status'),
      ),
  );
  return hosts.editor;
}
let started = false;

function outlet(app: (typeof DEMO_APPS)[number]): HTMLElement {
  return document.getElementById(`app-${app.name}`)!;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The nav link for a route: the school and portal links, the municipal site for its form. */
const NAV_OF: Record<string, string> = {
  'municipal-finder': '#/kommune',
  'municipal-referral': '#/kommune',
  'school-referral': '#/skole',
  'portal-finder': '#/portal',
  'sdq-form': '#/',
  'offer-overview': '#/ledelse',
  'feed-editor': '#/redaktion',
};

function showRoute(): void {
  const inFagsystem = onRoute('#/fagsystem', window.location);
  const active = inFagsystem ? null : DEMO_APPS.find((app) => isActive(app, window.location));
  for (const app of DEMO_APPS) {
    const section = document.getElementById(`route-${app.name}`);
    if (section) section.hidden = app !== active;
  }
  byId('route-fagsystem').hidden = !inFagsystem;
  byId('route-home').hidden = Boolean(active) || inFagsystem;
  // index.html's inline script hid the home page until this first routing.
  document.documentElement.classList.remove('lt-routed');
  const current = inFagsystem ? '#/fagsystem' : active ? NAV_OF[active.name] : '#/';
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    if (link.hash === current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  // The hosts (they fetch from the demo backend) once they and the backend are there.
  if (inFagsystem) void hosts.fagsystem?.show(routeQuery(window.location).get('sag'));
  if (started && active?.name === 'feed-editor') void editorHost().then((editor) => editor.show());
}

// The host's side of the contract: a self-referral choice opens the form prefilled.
// (Listening on document: the contract types the event on HTMLElementEventMap.)
document.addEventListener('lt-offer-select', (event) => {
  const { municipality, offerId, courseId, channel } = (
    event as HTMLElementEventMap['lt-offer-select']
  ).detail;
  if (channel !== 'self-referral') return;
  event.preventDefault();
  handOver('municipal-referral', { prefill: { municipality, offerId, courseId } });
  navigateToUrl('#/kontakt');
});
window.addEventListener('single-spa:app-change', () => {
  hosts.fagsystem?.panelMounted();
  void hosts.editor?.then((editor) => editor.previewMounted());
});

// The demo backend's controls: down, slow, reset.
const down = byId<HTMLInputElement>('backend-down');
const slow = byId<HTMLInputElement>('backend-slow');
const status = byId('demo-status');
const mode = backendMode();
down.checked = mode.down;
slow.checked = mode.slow;
const setMode = () => {
  setBackendMode({ down: down.checked, slow: slow.checked });
  status.textContent = down.checked
    ? 'Backend er nede: alle kald fejler.'
    : slow.checked
      ? 'Backend er langsom: hvert kald tager 3 sekunder.'
      : 'Backend kører normalt.';
};
down.addEventListener('change', setMode);
slow.addEventListener('change', setMode);
byId('reset-demo').addEventListener('click', () => {
  void backend
    .then(() => import('./mocks/handlers.js'))
    .then(({ resetDemo }) => resetDemo())
    .then(() => {
      for (const k of Object.keys(sessionStorage))
        if (k.startsWith('lettilbud:')) sessionStorage.removeItem(k);
      status.textContent = 'Demoen er nulstillet: kun eksempelsagen er tilbage.';
      showRoute();
    });
});

window.addEventListener('hashchange', showRoute);
// The route's section at once, and its app's code downloading while the backend starts
// (single-spa's own load of it later gets the same module).
showRoute();
for (const app of DEMO_APPS)
  if (isActive(app, window.location)) load(app.specifier).catch(() => undefined);
const [fagsystemHost] = await Promise.all([fagsystemModule, backend]);
hosts.fagsystem = new fagsystemHost.FagsystemHost(
  byId('fagsystem-host'),
  byId('app-journal-panel'),
);
started = true;
showRoute();
registerDemoApps(load, outlet);
start({ urlRerouteOnly: true });
