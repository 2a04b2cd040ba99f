// Hand-written constants the public API needs and no spec in specs/ defines (yet). Values are
// libcurl's (include/curl/curl.h). runtime/index.ts exports them by name, which shadows any
// generated constant of the same name; test/runtime/constants.test.ts checks that both agree.

/** curl_sockopt_callback return values. */
export const CURL_SOCKOPT_OK = 0;
export const CURL_SOCKOPT_ERROR = 1;
export const CURL_SOCKOPT_ALREADY_CONNECTED = 2;

/** curlsocktype: the purpose argument of the open-socket and sockopt callbacks. */
export const CURLSOCKTYPE_IPCXN = 0;
export const CURLSOCKTYPE_ACCEPT = 1;
export const CURLSOCKTYPE_LAST = 2;

/** curl_infotype: the type argument of the debug callback. */
export const CURLINFO_TEXT = 0;
export const CURLINFO_HEADER_IN = 1;
export const CURLINFO_HEADER_OUT = 2;
export const CURLINFO_DATA_IN = 3;
export const CURLINFO_DATA_OUT = 4;
export const CURLINFO_SSL_DATA_IN = 5;
export const CURLINFO_SSL_DATA_OUT = 6;
export const CURLINFO_END = 7;

/** curl_proxytype (CURLOPT_PROXYTYPE). Only HTTP and HTTP_1_0 are built in. */
export const CURLPROXY_HTTP = 0;
export const CURLPROXY_HTTP_1_0 = 1;
export const CURLPROXY_HTTPS = 2;
export const CURLPROXY_HTTPS2 = 3;
export const CURLPROXY_SOCKS4 = 4;
export const CURLPROXY_SOCKS5 = 5;
export const CURLPROXY_SOCKS4A = 6;
export const CURLPROXY_SOCKS5_HOSTNAME = 7;

/** CURLAUTH_* bits (CURLOPT_PROXYAUTH). Only Basic and Digest are built in. Unsigned 32-bit. */
export const CURLAUTH_NONE = 0;
export const CURLAUTH_BASIC = 1;
export const CURLAUTH_DIGEST = 2;
export const CURLAUTH_NEGOTIATE = 4;
export const CURLAUTH_GSSNEGOTIATE = 4;
export const CURLAUTH_NTLM = 8;
export const CURLAUTH_DIGEST_IE = 16;
export const CURLAUTH_BEARER = 64;
export const CURLAUTH_AWS_SIGV4 = 128;
export const CURLAUTH_ONLY = 0x80000000;
export const CURLAUTH_ANY = ~CURLAUTH_DIGEST_IE >>> 0;
export const CURLAUTH_ANYSAFE = ~(CURLAUTH_BASIC | CURLAUTH_DIGEST_IE) >>> 0;

/** CURLOPT_IPRESOLVE values. */
export const CURL_IPRESOLVE_WHATEVER = 0;
export const CURL_IPRESOLVE_V4 = 1;
export const CURL_IPRESOLVE_V6 = 2;
