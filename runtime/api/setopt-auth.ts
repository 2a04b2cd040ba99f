// The auth options that need more than a plain store: the scheme bitmasks (lib/setopt.c httpauth,
// for CURLOPT_HTTPAUTH and CURLOPT_PROXYAUTH), CURLOPT_NETRC's range and NETRC_FILE:
// DIGEST_IE counts as DIGEST, schemes this runtime has not built in are dropped, and a mask with
// nothing left below CURLAUTH_ONLY's bit is CURLE_NOT_BUILT_IN. The value is an unsigned long in
// C, so CURLAUTH_ANY may arrive as a negative 32-bit number.
import { CURLE } from '../base/codes.js';
import {
  CURLAUTH_AWS_SIGV4,
  CURLAUTH_BEARER,
  CURLAUTH_DIGEST,
  CURLAUTH_DIGEST_IE,
  CURLAUTH_NEGOTIATE,
  CURLAUTH_NTLM,
} from '../base/constants.js';
import type { EasyOptions } from '../base/options.js';

/** A6: NTLM, Negotiate, NTLM_WB (32) and AWS SigV4 are not built in; Bearer is, towards servers. */
const NOT_BUILT_IN_SERVER = CURLAUTH_NEGOTIATE | CURLAUTH_NTLM | CURLAUTH_AWS_SIGV4 | 32;
const NOT_BUILT_IN_PROXY = NOT_BUILT_IN_SERVER | CURLAUTH_BEARER;

/** The mask to store, or why it is refused. */
function authMask(value: unknown, notBuiltIn: number): number | 'bad' | 'not-built-in' {
  let v: number;
  if (typeof value === 'number' && Number.isSafeInteger(value)) v = value;
  else if (typeof value === 'bigint' && value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)) v = Number(value);
  else return 'bad';
  v = v < 0 || v > 0xffffffff ? Number(BigInt.asUintN(32, BigInt(v))) : v;
  if (v === 0) return 0;
  if (v & CURLAUTH_DIGEST_IE) v = ((v | CURLAUTH_DIGEST) & ~CURLAUTH_DIGEST_IE) >>> 0;
  v = (v & ~notBuiltIn) >>> 0;
  if ((v & 0x7fffffff) === 0) return 'not-built-in';
  return v;
}

function authHandler(field: 'httpAuth' | 'proxyAuth', notBuiltIn: number) {
  return (opts: EasyOptions, value: unknown): number => {
    const v = authMask(value, notBuiltIn);
    if (v === 'bad') return CURLE.BAD_FUNCTION_ARGUMENT;
    if (v === 'not-built-in') return CURLE.NOT_BUILT_IN;
    opts[field] = v;
    return CURLE.OK;
  };
}

/** lib/urldata.h CURL_MAX_INPUT_LENGTH */
const CURL_MAX_INPUT_LENGTH = 8_000_000;

export const authHandlers = {
  HTTPAUTH: authHandler('httpAuth', NOT_BUILT_IN_SERVER),
  PROXYAUTH: authHandler('proxyAuth', NOT_BUILT_IN_PROXY),
  // lib/setopt.c: CURL_NETRC_IGNORED (0) to CURL_NETRC_REQUIRED (2)
  NETRC: (opts: EasyOptions, value: unknown): number => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > 2) return CURLE.BAD_FUNCTION_ARGUMENT;
    opts.netrc = value;
    return CURLE.OK;
  },
  NETRC_FILE: (opts: EasyOptions, value: unknown): number => {
    if (value === null || value === undefined) opts.netrcFile = null;
    else if (typeof value !== 'string' || value.length > CURL_MAX_INPUT_LENGTH) return CURLE.BAD_FUNCTION_ARGUMENT;
    else opts.netrcFile = value;
    return CURLE.OK;
  },
};
