import { setupWorker, type SetupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

/**
 * Starts one msw worker for a test file (the test runner serves it at
 * /mockServiceWorker.js). Handlers are swapped per test with `worker.use()`.
 */
let worker: SetupWorker | undefined;

export async function startMockServer(...handlers: RequestHandler[]): Promise<SetupWorker> {
  if (!worker) {
    worker = setupWorker(...handlers);
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true });
  } else {
    worker.resetHandlers(...handlers);
  }
  return worker;
}
