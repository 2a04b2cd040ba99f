// Filter state traces, like curl_global_trace(): MANBIND_TRACE=all or a comma list of filter
// names (happy-eyeballs, socket, chain, proxy, tls, ...) prints "[NAME] state -> state" TEXT
// lines in verbose output. Off by default, since libcurl prints none of these without it.

function traceConfig(): Set<string> {
  const v = (typeof process !== 'undefined' ? process.env['MANBIND_TRACE'] : undefined) ?? '';
  return new Set(v.toLowerCase().split(/[\s,]+/).map((s) => s.trim()).filter((s) => s !== ''));
}

/** The traced filter names (lower case), read once at start-up. */
export const traced: ReadonlySet<string> = traceConfig();

/** Whether any filter is traced: callers skip building trace texts when not. */
export const tracing = traced.size > 0;

/** Whether MANBIND_TRACE names one of `names` (or "all"). */
export function isTraced(...names: string[]): boolean {
  return tracing && (traced.has('all') || names.some((n) => traced.has(n)));
}
