/**
 * What the shell's build gives tough-cookie (msw's cookie store) in place of tldts: a host's
 * registrable domain by the Public Suffix List's default rule ("*": the last label is the
 * public suffix), without the list itself. tldts carries the whole list as a trie, the largest
 * part of the demo backend's code and of its start on every route; the demo backend sets and
 * reads no cookies, so the list decides nothing here. Like tldts: null for an IP address or a
 * single-label host (localhost).
 */
export function getDomain(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!host || host.includes(':') || /^[\d.]+$/.test(host)) return null;
  const labels = host.split('.');
  return labels.length < 2 || labels.some((l) => !l) ? null : labels.slice(-2).join('.');
}
