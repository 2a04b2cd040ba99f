// The body and header options of issue 13 (lib/setopt.c). Like the rest of the table they only
// store values; runtime/http/body-headers.ts, content-decoding.ts and
// protocols/http1/body-rules.ts act on them.
import { CURLE } from '../base/codes.js';
import type { BodyOptions } from '../base/body-options.js';
import type { EasyOptions } from '../base/options.js';
import { REDIR_DEFAULT } from '../base/body-options.js';
import { SUPPORTED_ENCODINGS } from '../http/content-decoding.js';
import { schemeInfo } from '../protocols/registry.js';
import { optionIds } from '../../generated/easy-options.js';

type BodyHandler = (opts: EasyOptions, value: unknown, env: { infof(text: string): void; forgetReferer(): void }) => number;

/** lib/urldata.h CURL_MAX_INPUT_LENGTH */
const CURL_MAX_INPUT_LENGTH = 8_000_000;
const BAD = CURLE.BAD_FUNCTION_ARGUMENT;
const OK = CURLE.OK;

type Fields<T> = { [K in keyof BodyOptions]: BodyOptions[K] extends T ? K : never }[keyof BodyOptions];

function asLong(value: unknown): number | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'bigint' && value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)) {
    return Number(value);
  }
  return null;
}

/** setopt_long_bool: any non-zero value is on, with libcurl's note for one that is not 1. */
function bool(field: Fields<boolean>, name: string): BodyHandler {
  return (opts, value, env) => {
    const v = typeof value === 'boolean' ? (value ? 1 : 0) : asLong(value);
    if (v === null) return BAD;
    if (v !== 0 && v !== 1) env.infof(`boolean setopt(${optionIds[name]}) got unsupported argument ${v}, treated as 1`);
    opts[field] = v !== 0;
    return OK;
  };
}

/** A char * option, copied; null clears it. */
function str(field: Fields<string | null>): BodyHandler {
  return (opts, value) => {
    if (value === null || value === undefined) {
      opts[field] = null;
      return OK;
    }
    if (typeof value !== 'string' || value.length > CURL_MAX_INPUT_LENGTH) return BAD;
    opts[field] = value;
    return OK;
  };
}

/** A long stored as it is. */
function long(field: 'timeCondition' | 'timeValue'): BodyHandler {
  return (opts, value) => {
    const v = asLong(value);
    if (v === null) return BAD;
    opts[field] = v;
    return OK;
  };
}

/** setopt_set_timeout_sec: seconds kept as milliseconds; negative is 43. */
function seconds(field: 'maxAgeConnMs' | 'maxLifetimeConnMs'): BodyHandler {
  return (opts, value) => {
    const v = asLong(value);
    if (v === null || v < 0) return BAD;
    opts[field] = Math.min(v * 1000, Number.MAX_SAFE_INTEGER);
    return OK;
  };
}

/** A size or offset with libcurl's lower bound (RESUME_FROM: -1, MAXFILESIZE: 0). */
function atLeast(field: 'resumeFrom' | 'maxFileSize', min: number): BodyHandler {
  return (opts, value) => {
    const v = asLong(value);
    if (v === null || v < min) return BAD;
    opts[field] = v;
    return OK;
  };
}

/** protocol2num: "all", or scheme names joined by commas (empty ones skipped), each one this
 * runtime has a handler for (else 1); none at all is 43. */
function protocolList(value: string): ReadonlySet<string> | null | number {
  if (value.toLowerCase() === 'all') return null;
  const names = new Set<string>();
  for (const token of value.split(',')) {
    if (token === '') continue;
    const scheme = schemeInfo(token);
    if (scheme === undefined || scheme.handler === null) return CURLE.UNSUPPORTED_PROTOCOL;
    names.add(token.toLowerCase());
  }
  return names.size === 0 ? BAD : names;
}

/** PROTOCOLS_STR and REDIR_PROTOCOLS_STR: null goes back to the default. */
function protocols(field: 'allowedProtocols' | 'redirProtocols', reset: ReadonlySet<string> | null): BodyHandler {
  return (opts, value) => {
    if (value === null || value === undefined) {
      opts[field] = reset;
      return OK;
    }
    if (typeof value !== 'string' || value.length > CURL_MAX_INPUT_LENGTH) return BAD;
    const list = protocolList(value);
    if (typeof list === 'number') return list;
    opts[field] = list;
    return OK;
  };
}

export const bodyHandlers: Readonly<Record<string, BodyHandler>> = {
  // "" stores the list of the codings this runtime decodes (Curl_get_content_encodings)
  ACCEPT_ENCODING: (opts, value, env) => {
    if (value === '') {
      opts.acceptEncoding = SUPPORTED_ENCODINGS;
      return OK;
    }
    return str('acceptEncoding')(opts, value, env);
  },
  HTTP_CONTENT_DECODING: bool('httpContentDecoding', 'HTTP_CONTENT_DECODING'),
  FAILONERROR: bool('failOnError', 'FAILONERROR'),
  RANGE: str('range'),
  RESUME_FROM: atLeast('resumeFrom', -1),
  RESUME_FROM_LARGE: atLeast('resumeFrom', -1),
  MAXFILESIZE: atLeast('maxFileSize', 0),
  MAXFILESIZE_LARGE: atLeast('maxFileSize', 0),
  // lib/setopt.c frees the referer CURLINFO_REFERER reports before it stores the new string
  REFERER: (opts, value, env) => {
    env.forgetReferer();
    return str('referer')(opts, value, env);
  },
  AUTOREFERER: bool('autoReferer', 'AUTOREFERER'),
  HTTP_TRANSFER_DECODING: bool('httpTransferDecoding', 'HTTP_TRANSFER_DECODING'),
  TRANSFER_ENCODING: bool('transferEncoding', 'TRANSFER_ENCODING'),
  IGNORE_CONTENT_LENGTH: bool('ignoreContentLength', 'IGNORE_CONTENT_LENGTH'),
  REQUEST_TARGET: str('requestTarget'),
  PROTOCOLS_STR: protocols('allowedProtocols', null),
  REDIR_PROTOCOLS_STR: protocols('redirProtocols', REDIR_DEFAULT),
  DEFAULT_PROTOCOL: str('defaultProtocol'),
  PATH_AS_IS: bool('pathAsIs', 'PATH_AS_IS'),
  // the generated check keeps TIMECONDITION within CURL_TIMECOND_NONE..LASTMOD
  TIMECONDITION: long('timeCondition'),
  TIMEVALUE: long('timeValue'),
  TIMEVALUE_LARGE: long('timeValue'),
  MAXAGE_CONN: seconds('maxAgeConnMs'),
  MAXLIFETIME_CONN: seconds('maxLifetimeConnMs'),
  // a struct curl_slist *: an array of strings (copied) or null for none
  HTTP200ALIASES: (opts, value) => {
    if (value === null || value === undefined) {
      opts.http200Aliases = [];
      return OK;
    }
    if (!Array.isArray(value) || !value.every((s) => typeof s === 'string')) return BAD;
    opts.http200Aliases = [...(value as string[])];
    return OK;
  },
  // lib/setopt.c: sep_headers = !!(arg & CURLHEADER_SEPARATE)
  HEADEROPT: (opts, value) => {
    const v = asLong(value);
    if (v === null) return BAD;
    opts.sepHeaders = (BigInt(v) & 1n) !== 0n;
    return OK;
  },
  // the interval of curl_easy_upkeep's HTTP/2 PING (Easy.upkeep)
  UPKEEP_INTERVAL_MS: (opts, value) => {
    const v = asLong(value);
    if (v === null || v < 0) return BAD;
    opts.upkeepIntervalMs = v;
    return OK;
  },
  // stored only: Node installs no SIGALRM or SIGPIPE handler for a transfer to suppress
  NOSIGNAL: bool('noSignal', 'NOSIGNAL'),
};
