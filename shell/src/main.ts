import { start, navigateToUrl, type LifeCycles } from 'single-spa';
import {
  DEMO_APPS,
  type DemoApp,
  handOver,
  isActive,
  onRoute,
  registerDemoApps,
  routeQuery,
} from './apps.js';
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
 * The demo backend (msw and its handlers) is most of the shell's code and work, so it starts
 * only when a route needs it: at once (in parallel with the app's code) on a route
 * whose widget or host reads from it on arrival, else on the page's first call to it (the
 * referral forms call only when sent). Either way every call to /api/ waits for it: the
 * first one cannot reach the static server instead of the service worker.
 */
let backend: Promise<void> | undefined;
function startBackend(): Promise<void> {
  if (!backend) {
    // The handlers download beside msw's worker code (browser.js imports them on its start).
    void import('./mocks/handlers.js').catch(() => undefined);
    backend = import('./mocks/browser.js').then((m) => m.startDemoBackend());
  }
  return backend;
}

const nativeFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith('/api/'))
    return nativeFetch(input, init);
  // The demo backend keeps no cookies and its calls carry none: msw then reads neither
  // document.cookie nor its cookie store for each handler it tries on the call. A backend
  // that cannot start (no service worker): the call fails as a real one would.
  const go = () => nativeFetch(input, { ...init, credentials: 'omit' });
  return startBackend().then(go, go);
};

/** The routes whose widget or host reads from the backend as the route opens. */
const READS_ON_ARRIVAL = new Set([
  'municipal-finder',
  'portal-finder',
  'sdq-form',
  'offer-overview',
  'journal-panel',
]);

const hosts: { fagsystem?: Promise<FagsystemHost>; editor?: Promise<FeedEditorHost> } = {};

/** The fagsystem's host, loaded and made on the first visit to its route. */
function fagsystemHost(): Promise<FagsystemHost> {
  hosts.fagsystem ??= import('./hosts/fagsystem.js').then(
    ({ FagsystemHost }) => new FagsystemHost(byId('fagsystem-host'), byId('app-journal-panel')),
  );
  return hosts.fagsystem;
}

/** The feed editor's host, loaded and made on the first visit to its route. */
function editorHost(): Promise<FeedEditorHost> {
  hosts.editor ??= import('./hosts/feed-editor.js').then(
    async ({ FeedEditorHost, loadFeedChecks }) => {
      await loadFeedChecks();
      return new FeedEditorHost(
        byId('feed-editor-host'),
        byId('app-feed-editor'),
        byId('feed-preview-status'),
      );
    },
  );
  return hosts.editor;
}

/** A pause of one task: the browser may paint and answer input between two long steps. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * An app's code, from the import map. The journal panel asks its host for the case as it
 * mounts, so it mounts once the fagsystem host listens.
 */
function loadApp(specifier: string, app?: DemoApp): Promise<LifeCycles> {
  const code =
    app?.name === 'journal-panel'
      ? Promise.all([load(specifier), fagsystemHost()]).then(([lifecycles]) => lifecycles)
      : load(specifier);
  // The app's code is evaluated in one task and its element's first render done in the next,
  // not both in one long task.
  return code.then((lifecycles) => ({
    ...lifecycles,
    mount: [breathe, ...[lifecycles.mount].flat()],
  }));
}

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
  // The route's host, loaded on its first visit.
  if (inFagsystem)
    void fagsystemHost().then((host) => host.show(routeQuery(window.location).get('sag')));
  if (active?.name === 'feed-editor') void editorHost().then((editor) => editor.show());
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
  void hosts.fagsystem?.then((host) => host.panelMounted());
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
  void startBackend()
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
// The route's section at once; its app's code and, when it reads on arrival, the backend
// downloading in parallel (single-spa's own load of the app later gets the same module).
for (const app of DEMO_APPS)
  if (isActive(app, window.location)) {
    load(app.specifier).catch(() => undefined);
    if (READS_ON_ARRIVAL.has(app.name)) void startBackend();
  }
if (onRoute('#/fagsystem', window.location)) void startBackend();
// The home page holds only the demo's controls: the backend starts once the page is idle.
else if (!DEMO_APPS.some((app) => isActive(app, window.location)))
  ('requestIdleCallback' in window ? requestIdleCallback : setTimeout)(() => void startBackend());
showRoute();
registerDemoApps(loadApp, outlet);
start({ urlRerouteOnly: true });
