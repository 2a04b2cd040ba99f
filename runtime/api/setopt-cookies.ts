// The cookie options (lib/setopt.c cookiefile, cookielist, CURLOPT_COOKIEJAR). Unlike the other
// handlers these reach the handle's cookie engine: libcurl turns the engine on or off, clears the
// jar or adds a cookie at once, so CURLINFO_COOKIELIST sees it before any perform.
import { CURLE } from '../base/codes.js';
import type { EasyOptions } from '../base/options.js';
import type { CookieEngine } from '../http/cookie-engine.js';

/** What the cookie handlers use besides the options (part of setopt.ts SetoptEnv). */
export interface CookieEnv {
  infof(text: string): void;
  /** The handle's cookie engine; absent where a handler is run on its own. */
  readonly cookies?: CookieEngine;
}

type CookieHandler = (opts: EasyOptions, value: unknown, env: CookieEnv) => number;

/** lib/urldata.h CURL_MAX_INPUT_LENGTH */
const CURL_MAX_INPUT_LENGTH = 8_000_000;
const BAD = CURLE.BAD_FUNCTION_ARGUMENT;

const isString = (v: unknown): v is string => typeof v === 'string';

export const cookieHandlers: Readonly<Record<string, CookieHandler>> = {
  COOKIE: (opts, value) => {
    if (value === null || value === undefined) opts.cookie = null;
    else if (!isString(value) || value.length > CURL_MAX_INPUT_LENGTH) return BAD;
    else opts.cookie = value;
    return CURLE.OK;
  },
  // a name adds a file to read at each perform; NULL forgets the files, drops every cookie and
  // stops the engine
  COOKIEFILE: (opts, value, env) => {
    if (value === null || value === undefined) {
      opts.cookieFiles = [];
      env.cookies?.discard();
      return CURLE.OK;
    }
    if (!isString(value) || value.length > CURL_MAX_INPUT_LENGTH) return BAD;
    opts.cookieFiles = [...opts.cookieFiles, value];
    return CURLE.OK;
  },
  // setting a jar file (not NULL) turns the engine on
  COOKIEJAR: (opts, value, env) => {
    if (value === null || value === undefined) {
      opts.cookieJar = null;
      return CURLE.OK;
    }
    if (!isString(value) || value.length > CURL_MAX_INPUT_LENGTH) return BAD;
    opts.cookieJar = value;
    env.cookies?.enable();
    return CURLE.OK;
  },
  // "ALL", "SESS", "FLUSH", "RELOAD", or a cookie line (Netscape or "Set-Cookie:"); NULL does
  // nothing
  COOKIELIST: (opts, value, env) => {
    if (value === null || value === undefined) return CURLE.OK;
    if (!isString(value)) return BAD;
    const engine = env.cookies;
    if (engine === undefined) return CURLE.OK;
    return engine.command(value, opts.cookieFiles, opts.cookieSession, opts.cookieJar, (t) => env.infof(t));
  },
};
