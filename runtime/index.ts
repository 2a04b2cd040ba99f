// manbind's public API: the Easy handle, CURLcodes and their texts, and the constants the
// callbacks and options use. Names and values follow libcurl's curl.h.
//
// Constants come from the generated bindings (generated/, from specs/) where a spec defines them;
// runtime/constants.ts holds the ones no spec defines. Its names are exported explicitly here,
// which takes precedence over the generated star exports when both define a name.
export { Easy, type IoReturn } from './easy.js';
export { CURLE, strerror } from './codes.js';
export { CURL_SOCKET_BAD } from './types.js';
export type { CurlData, CurlSocket, ErrorBuffer, TextSink } from './types.js';
export type { CloseSocketFn, DebugFn, HeaderFn, OpenSocketFn, SockAddr, SockoptFn, WriteFn } from './options.js';
export {
  CURL_SOCKOPT_OK,
  CURL_SOCKOPT_ERROR,
  CURL_SOCKOPT_ALREADY_CONNECTED,
  CURLSOCKTYPE_IPCXN,
  CURLSOCKTYPE_ACCEPT,
  CURLSOCKTYPE_LAST,
  CURLINFO_TEXT,
  CURLINFO_HEADER_IN,
  CURLINFO_HEADER_OUT,
  CURLINFO_DATA_IN,
  CURLINFO_DATA_OUT,
  CURLINFO_SSL_DATA_IN,
  CURLINFO_SSL_DATA_OUT,
  CURLINFO_END,
  CURLPROXY_HTTP,
  CURLPROXY_HTTP_1_0,
  CURLPROXY_HTTPS,
  CURLPROXY_HTTPS2,
  CURLPROXY_SOCKS4,
  CURLPROXY_SOCKS5,
  CURLPROXY_SOCKS4A,
  CURLPROXY_SOCKS5_HOSTNAME,
  CURLAUTH_NONE,
  CURLAUTH_BASIC,
  CURLAUTH_DIGEST,
  CURLAUTH_NEGOTIATE,
  CURLAUTH_GSSNEGOTIATE,
  CURLAUTH_NTLM,
  CURLAUTH_DIGEST_IE,
  CURLAUTH_BEARER,
  CURLAUTH_AWS_SIGV4,
  CURLAUTH_ONLY,
  CURLAUTH_ANY,
  CURLAUTH_ANYSAFE,
  CURL_IPRESOLVE_WHATEVER,
  CURL_IPRESOLVE_V4,
  CURL_IPRESOLVE_V6,
} from './constants.js';
export * from '../generated/options.js';
export * from '../generated/info.js';
