// One handler per multi option the runtime implements, keyed by base name (lib/multi.c
// curl_multi_setopt), given the value once it is a count. A handler sets a Multi's limits
// through MultiLimits, so this table (and runtime/api/served.ts, which lists its names) loads
// without the engine.
import { CURLMOPT } from '../../generated/multi-options.js';

/** CURLMcode (include/curl/multi.h). */
export const CURLM = {
  CALL_MULTI_PERFORM: -1,
  OK: 0,
  BAD_HANDLE: 1,
  BAD_EASY_HANDLE: 2,
  OUT_OF_MEMORY: 3,
  INTERNAL_ERROR: 4,
  BAD_SOCKET: 5,
  UNKNOWN_OPTION: 6,
  ADDED_ALREADY: 7,
  RECURSIVE_API_CALL: 8,
  WAKEUP_FAILURE: 9,
  BAD_FUNCTION_ARGUMENT: 10,
  ABORTED_BY_CALLBACK: 11,
  UNRECOVERABLE_POLL: 12,
} as const;

/** The settings of one Multi that its options change. */
export interface MultiLimits {
  /** CURLMOPT_MAXCONNECTS; 0 is four connections for each handle added. */
  maxConnects: number;
  /** CURLMOPT_MAX_HOST_CONNECTIONS; 0 is no limit. */
  maxHostConnections: number;
  /** Starts the waiting transfers a raised host limit lets run. */
  hostLimitChanged(): void;
  /** CURLMOPT_PIPELINING's CURLPIPE_MULTIPLEX bit, and CURLMOPT_MAX_CONCURRENT_STREAMS: the
   * connection cache's sharing rules. */
  multiplex(on: boolean): void;
  maxStreams(n: number): void;
}

export const multiOptionHandlers: Readonly<Record<string, (limits: MultiLimits, value: number) => number>> = {
  [CURLMOPT.MAXCONNECTS]: (limits, v) => {
    limits.maxConnects = v;
    return CURLM.OK;
  },
  [CURLMOPT.PIPELINING]: (limits, v) => {
    // lib/multi.c: only CURLPIPE_MULTIPLEX (2) is looked at
    limits.multiplex((v & 2) !== 0);
    return CURLM.OK;
  },
  [CURLMOPT.MAX_CONCURRENT_STREAMS]: (limits, v) => {
    // lib/multi.c: below 1 (or above INT_MAX) is the default, 100
    limits.maxStreams(v < 1 || v > 0x7fffffff ? 100 : v);
    return CURLM.OK;
  },
  [CURLMOPT.MAX_HOST_CONNECTIONS]: (limits, v) => {
    limits.maxHostConnections = v;
    limits.hostLimitChanged();
    return CURLM.OK;
  },
};
