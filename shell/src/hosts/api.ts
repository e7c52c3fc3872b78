/** The host's calls to the demo backend; a failure says what happened, in Danish. */
export class BackendError extends Error {
  constructor(
    readonly status: number,
    /** The contract's issues (path and message, never a value) when the backend refused. */
    readonly issues: readonly { path: string; message: string }[] = [],
  ) {
    super(
      status === 503
        ? 'Backend svarer ikke lige nu (demo: backend nede).'
        : issues.length
          ? `Sagen kan ikke bruges endnu: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`
          : `Backend svarede med fejl ${status}.`,
    );
  }
}

export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    });
  } catch {
    throw new BackendError(0);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      issues?: { path: string; message: string }[];
    } | null;
    throw new BackendError(response.status, Array.isArray(body?.issues) ? body.issues : []);
  }
  return (await response.json()) as T;
}
