// Filter state traces, like curl_global_trace(): MANBIND_TRACE=all or a comma list of filter
// names (happy-eyeballs, socket, chain, ...) prints "[NAME] state -> state" TEXT lines in verbose
// output. Off by default, since libcurl prints none of these without it.

function traceConfig(): Set<string> {
  const v = (typeof process !== 'undefined' ? process.env['MANBIND_TRACE'] : undefined) ?? '';
  return new Set(v.toLowerCase().split(',').map((s) => s.trim()).filter((s) => s !== ''));
}

/** The traced filter names (lower case), read once at start-up. */
export const traced: ReadonlySet<string> = traceConfig();

/** Whether any filter is traced: callers skip building trace texts when not. */
export const tracing = traced.size > 0;
