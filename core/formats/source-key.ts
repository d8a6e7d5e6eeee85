// Two addresses of one story rarely look alike: a colleague's copy came from a newsletter
// (?utm_source=…), a social post (?fbclid=…), the http:// or www. form, with a #comments fragment
// or a trailing slash. An imported annotation names its story by such an address, so the library
// compares addresses by this key, never as written. Only stored addresses are compared; nothing is
// fetched.

/** Query parameters that track where a reader came from and never choose the story. */
const TRACKING = /^(?:utm_.*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|_ga|_gl|ocid|cmpid|ns_mchannel|ns_campaign|ns_source|ns_linkname|at_medium|at_campaign|at_custom\d*|ito|ref|ref_src|ref_url|smid|s_cid|share|amp)$/i;

/**
 * The key two addresses of one story share, or null for anything but an http(s) URL: host without
 * "www." (lower case, no default port), path without a trailing slash, the query without tracking
 * parameters and sorted; scheme and fragment are dropped.
 */
export function sourceKey(url: string | undefined | null): string | null {
  if (!url || !URL.canParse(url.trim())) return null;
  const parsed = new URL(url.trim());
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  const path = parsed.pathname.replace(/\/+$/, '') || '/';
  const params = [...parsed.searchParams.entries()].filter(([key]) => !TRACKING.test(key)).sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${parsed.port ? `:${parsed.port}` : ''}${path}${query}`;
}
