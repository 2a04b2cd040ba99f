// generated from specs by manbind; do not edit
import type { CurlSocket } from '../runtime/types.js';

declare const unsupported: unique symbol;

/**
 * A C type the manbind runtime does not support (the C type is the parameter): nothing has this type, so only `null` fits.
 *
 * @see specs (generated; do not edit)
 */
export type Unsupported<CType extends string> = { readonly [unsupported]: CType };

/**
 * A value of enum CURLHcode.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_header.html | curl_easy_header} from curl_easy_header.md (generated; do not edit)
 */
export const CURLHE_OK = 0;

/**
 * A value of enum CURLHcode.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_header.html | curl_easy_header} from curl_easy_header.md (generated; do not edit)
 */
export const CURLHE_BADINDEX = 1;

/**
 * A value of enum CURLHcode.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_header.html | curl_easy_header} from curl_easy_header.md (generated; do not edit)
 */
export const CURLHE_MISSING = 2;

/**
 * A value of enum CURLHcode.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_header.html | curl_easy_header} from curl_easy_header.md (generated; do not edit)
 */
export const CURLHE_NOHEADERS = 3;

/**
 * A value of enum CURLHcode.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_header.html | curl_easy_header} from curl_easy_header.md (generated; do not edit)
 */
export const CURLHE_NOREQUEST = 4;

/**
 * A value of enum CURLHcode.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_header.html | curl_easy_header} from curl_easy_header.md (generated; do not edit)
 */
export const CURLHE_OUT_OF_MEMORY = 5;

/**
 * A value of enum CURLHcode.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_header.html | curl_easy_header} from curl_easy_header.md (generated; do not edit)
 */
export const CURLHE_BAD_ARGUMENT = 6;

/**
 * A value of enum CURLHcode.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_header.html | curl_easy_header} from curl_easy_header.md (generated; do not edit)
 */
export const CURLHE_NOT_BUILT_IN = 7;

/**
 * C: `enum CURLHcode`
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_header.html | curl_easy_header} from curl_easy_header.md (generated; do not edit)
 */
export type CURLHcode =
  | typeof CURLHE_OK
  | typeof CURLHE_BADINDEX
  | typeof CURLHE_MISSING
  | typeof CURLHE_NOHEADERS
  | typeof CURLHE_NOREQUEST
  | typeof CURLHE_OUT_OF_MEMORY
  | typeof CURLHE_BAD_ARGUMENT
  | typeof CURLHE_NOT_BUILT_IN;

/**
 * A value of enum CURLMSG.
 *
 * @see {@link https://curl.se/libcurl/c/curl_multi_info_read.html | curl_multi_info_read} from curl_multi_info_read.md (generated; do not edit)
 */
export const CURLMSG_NONE = 0;

/**
 * A value of enum CURLMSG.
 *
 * @see {@link https://curl.se/libcurl/c/curl_multi_info_read.html | curl_multi_info_read} from curl_multi_info_read.md (generated; do not edit)
 */
export const CURLMSG_DONE = 1;

/**
 * A value of enum CURLMSG.
 *
 * @see {@link https://curl.se/libcurl/c/curl_multi_info_read.html | curl_multi_info_read} from curl_multi_info_read.md (generated; do not edit)
 */
export const CURLMSG_LAST = 2;

/**
 * C: `enum CURLMSG`
 *
 * @see {@link https://curl.se/libcurl/c/curl_multi_info_read.html | curl_multi_info_read} from curl_multi_info_read.md (generated; do not edit)
 */
export type CURLMSG = typeof CURLMSG_NONE | typeof CURLMSG_DONE | typeof CURLMSG_LAST;

/**
 * A value of enum CURL_NETRC_OPTION.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_NETRC.html | CURLOPT_NETRC} from CURLOPT_NETRC.md (generated; do not edit)
 */
export const CURL_NETRC_IGNORED = 0;

/**
 * A value of enum CURL_NETRC_OPTION.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_NETRC.html | CURLOPT_NETRC} from CURLOPT_NETRC.md (generated; do not edit)
 */
export const CURL_NETRC_OPTIONAL = 1;

/**
 * A value of enum CURL_NETRC_OPTION.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_NETRC.html | CURLOPT_NETRC} from CURLOPT_NETRC.md (generated; do not edit)
 */
export const CURL_NETRC_REQUIRED = 2;

/**
 * C: `enum CURL_NETRC_OPTION`
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_NETRC.html | CURLOPT_NETRC} from CURLOPT_NETRC.md (generated; do not edit)
 */
export type CURL_NETRC_OPTION = typeof CURL_NETRC_IGNORED | typeof CURL_NETRC_OPTIONAL | typeof CURL_NETRC_REQUIRED;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_OK = 0;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_BAD_ADDRESS_TYPE = 1;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_BAD_VERSION = 2;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_CLOSED = 3;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_GSSAPI = 4;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_GSSAPI_PERMSG = 5;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_GSSAPI_PROTECTION = 6;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_IDENTD = 7;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_IDENTD_DIFFER = 8;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_LONG_HOSTNAME = 9;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_LONG_PASSWD = 10;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_LONG_USER = 11;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_NO_AUTH = 12;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_RECV_ADDRESS = 13;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_RECV_AUTH = 14;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_RECV_CONNECT = 15;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_RECV_REQACK = 16;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_REPLY_ADDRESS_TYPE_NOT_SUPPORTED = 17;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_REPLY_COMMAND_NOT_SUPPORTED = 18;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_REPLY_CONNECTION_REFUSED = 19;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_REPLY_GENERAL_SERVER_FAILURE = 20;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_REPLY_HOST_UNREACHABLE = 21;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_REPLY_NETWORK_UNREACHABLE = 22;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_REPLY_NOT_ALLOWED = 23;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_REPLY_TTL_EXPIRED = 24;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_REPLY_UNASSIGNED = 25;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_REQUEST_FAILED = 26;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_RESOLVE_HOST = 27;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_SEND_AUTH = 28;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_SEND_CONNECT = 29;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_SEND_REQUEST = 30;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_UNKNOWN_FAIL = 31;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_UNKNOWN_MODE = 32;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_USER_REJECTED = 33;

/**
 * A value of enum CURLproxycode.
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export const CURLPX_LAST = 34;

/**
 * C: `enum CURLproxycode`
 *
 * @see {@link https://curl.se/libcurl/c/CURLINFO_PROXY_ERROR.html | CURLINFO_PROXY_ERROR} from CURLINFO_PROXY_ERROR.md (generated; do not edit)
 */
export type CURLproxycode =
  | typeof CURLPX_OK
  | typeof CURLPX_BAD_ADDRESS_TYPE
  | typeof CURLPX_BAD_VERSION
  | typeof CURLPX_CLOSED
  | typeof CURLPX_GSSAPI
  | typeof CURLPX_GSSAPI_PERMSG
  | typeof CURLPX_GSSAPI_PROTECTION
  | typeof CURLPX_IDENTD
  | typeof CURLPX_IDENTD_DIFFER
  | typeof CURLPX_LONG_HOSTNAME
  | typeof CURLPX_LONG_PASSWD
  | typeof CURLPX_LONG_USER
  | typeof CURLPX_NO_AUTH
  | typeof CURLPX_RECV_ADDRESS
  | typeof CURLPX_RECV_AUTH
  | typeof CURLPX_RECV_CONNECT
  | typeof CURLPX_RECV_REQACK
  | typeof CURLPX_REPLY_ADDRESS_TYPE_NOT_SUPPORTED
  | typeof CURLPX_REPLY_COMMAND_NOT_SUPPORTED
  | typeof CURLPX_REPLY_CONNECTION_REFUSED
  | typeof CURLPX_REPLY_GENERAL_SERVER_FAILURE
  | typeof CURLPX_REPLY_HOST_UNREACHABLE
  | typeof CURLPX_REPLY_NETWORK_UNREACHABLE
  | typeof CURLPX_REPLY_NOT_ALLOWED
  | typeof CURLPX_REPLY_TTL_EXPIRED
  | typeof CURLPX_REPLY_UNASSIGNED
  | typeof CURLPX_REQUEST_FAILED
  | typeof CURLPX_RESOLVE_HOST
  | typeof CURLPX_SEND_AUTH
  | typeof CURLPX_SEND_CONNECT
  | typeof CURLPX_SEND_REQUEST
  | typeof CURLPX_UNKNOWN_FAIL
  | typeof CURLPX_UNKNOWN_MODE
  | typeof CURLPX_USER_REJECTED
  | typeof CURLPX_LAST;

/**
 * A value of enum curl_infotype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_DEBUGFUNCTION.html | CURLOPT_DEBUGFUNCTION} from CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export const CURLINFO_TEXT = 0;

/**
 * A value of enum curl_infotype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_DEBUGFUNCTION.html | CURLOPT_DEBUGFUNCTION} from CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export const CURLINFO_HEADER_IN = 1;

/**
 * A value of enum curl_infotype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_DEBUGFUNCTION.html | CURLOPT_DEBUGFUNCTION} from CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export const CURLINFO_HEADER_OUT = 2;

/**
 * A value of enum curl_infotype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_DEBUGFUNCTION.html | CURLOPT_DEBUGFUNCTION} from CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export const CURLINFO_DATA_IN = 3;

/**
 * A value of enum curl_infotype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_DEBUGFUNCTION.html | CURLOPT_DEBUGFUNCTION} from CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export const CURLINFO_DATA_OUT = 4;

/**
 * A value of enum curl_infotype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_DEBUGFUNCTION.html | CURLOPT_DEBUGFUNCTION} from CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export const CURLINFO_SSL_DATA_IN = 5;

/**
 * A value of enum curl_infotype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_DEBUGFUNCTION.html | CURLOPT_DEBUGFUNCTION} from CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export const CURLINFO_SSL_DATA_OUT = 6;

/**
 * A value of enum curl_infotype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_DEBUGFUNCTION.html | CURLOPT_DEBUGFUNCTION} from CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export const CURLINFO_END = 7;

/**
 * C: `enum curl_infotype`
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_DEBUGFUNCTION.html | CURLOPT_DEBUGFUNCTION} from CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export type curl_infotype =
  | typeof CURLINFO_TEXT
  | typeof CURLINFO_HEADER_IN
  | typeof CURLINFO_HEADER_OUT
  | typeof CURLINFO_DATA_IN
  | typeof CURLINFO_DATA_OUT
  | typeof CURLINFO_SSL_DATA_IN
  | typeof CURLINFO_SSL_DATA_OUT
  | typeof CURLINFO_END;

/**
 * A value of enum curl_proxytype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYTYPE.html | CURLOPT_PROXYTYPE} from CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export const CURLPROXY_HTTP = 0;

/**
 * A value of enum curl_proxytype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYTYPE.html | CURLOPT_PROXYTYPE} from CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export const CURLPROXY_HTTP_1_0 = 1;

/**
 * A value of enum curl_proxytype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYTYPE.html | CURLOPT_PROXYTYPE} from CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export const CURLPROXY_HTTPS = 2;

/**
 * A value of enum curl_proxytype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYTYPE.html | CURLOPT_PROXYTYPE} from CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export const CURLPROXY_HTTPS2 = 3;

/**
 * A value of enum curl_proxytype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYTYPE.html | CURLOPT_PROXYTYPE} from CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export const CURLPROXY_SOCKS4 = 4;

/**
 * A value of enum curl_proxytype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYTYPE.html | CURLOPT_PROXYTYPE} from CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export const CURLPROXY_SOCKS5 = 5;

/**
 * A value of enum curl_proxytype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYTYPE.html | CURLOPT_PROXYTYPE} from CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export const CURLPROXY_SOCKS4A = 6;

/**
 * A value of enum curl_proxytype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYTYPE.html | CURLOPT_PROXYTYPE} from CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export const CURLPROXY_SOCKS5_HOSTNAME = 7;

/**
 * A value of enum curl_proxytype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYTYPE.html | CURLOPT_PROXYTYPE} from CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export const CURLPROXY_HTTPS3 = 8;

/**
 * C: `enum curl_proxytype`
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_PROXYTYPE.html | CURLOPT_PROXYTYPE} from CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export type curl_proxytype =
  | typeof CURLPROXY_HTTP
  | typeof CURLPROXY_HTTP_1_0
  | typeof CURLPROXY_HTTPS
  | typeof CURLPROXY_HTTPS2
  | typeof CURLPROXY_SOCKS4
  | typeof CURLPROXY_SOCKS5
  | typeof CURLPROXY_SOCKS4A
  | typeof CURLPROXY_SOCKS5_HOSTNAME
  | typeof CURLPROXY_HTTPS3;

/**
 * A value of enum curlsocktype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_OPENSOCKETFUNCTION.html | CURLOPT_OPENSOCKETFUNCTION} from CURLOPT_OPENSOCKETFUNCTION.md (generated; do not edit)
 */
export const CURLSOCKTYPE_IPCXN = 0;

/**
 * A value of enum curlsocktype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_OPENSOCKETFUNCTION.html | CURLOPT_OPENSOCKETFUNCTION} from CURLOPT_OPENSOCKETFUNCTION.md (generated; do not edit)
 */
export const CURLSOCKTYPE_ACCEPT = 1;

/**
 * A value of enum curlsocktype.
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_OPENSOCKETFUNCTION.html | CURLOPT_OPENSOCKETFUNCTION} from CURLOPT_OPENSOCKETFUNCTION.md (generated; do not edit)
 */
export const CURLSOCKTYPE_LAST = 2;

/**
 * C: `enum curlsocktype`
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_OPENSOCKETFUNCTION.html | CURLOPT_OPENSOCKETFUNCTION} from CURLOPT_OPENSOCKETFUNCTION.md (generated; do not edit)
 */
export type curlsocktype = typeof CURLSOCKTYPE_IPCXN | typeof CURLSOCKTYPE_ACCEPT | typeof CURLSOCKTYPE_LAST;

/**
 * A value of curl_easy_header.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_header.html | curl_easy_header} from curl_easy_header.md (generated; do not edit)
 */
export const CURLH_1XX = 8;

/**
 * A value of curl_easy_header.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_header.html | curl_easy_header} from curl_easy_header.md (generated; do not edit)
 */
export const CURLH_CONNECT = 4;

/**
 * A value of curl_easy_header.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_header.html | curl_easy_header} from curl_easy_header.md (generated; do not edit)
 */
export const CURLH_HEADER = 1;

/**
 * A value of curl_easy_header.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_header.html | curl_easy_header} from curl_easy_header.md (generated; do not edit)
 */
export const CURLH_PSEUDO = 16;

/**
 * A value of curl_easy_header.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_header.html | curl_easy_header} from curl_easy_header.md (generated; do not edit)
 */
export const CURLH_TRAILER = 2;

/**
 * A value of curl_easy_pause.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_pause.html | curl_easy_pause} from curl_easy_pause.md (generated; do not edit)
 */
export const CURLPAUSE_ALL = 5;

/**
 * A value of curl_easy_pause.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_pause.html | curl_easy_pause} from curl_easy_pause.md (generated; do not edit)
 */
export const CURLPAUSE_CONT = 0;

/**
 * A value of curl_easy_pause.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_pause.html | curl_easy_pause} from curl_easy_pause.md (generated; do not edit)
 */
export const CURLPAUSE_RECV = 1;

/**
 * A value of curl_easy_pause.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_pause.html | curl_easy_pause} from curl_easy_pause.md (generated; do not edit)
 */
export const CURLPAUSE_RECV_CONT = 0;

/**
 * A value of curl_easy_pause.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_pause.html | curl_easy_pause} from curl_easy_pause.md (generated; do not edit)
 */
export const CURLPAUSE_SEND = 4;

/**
 * A value of curl_easy_pause.
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_pause.html | curl_easy_pause} from curl_easy_pause.md (generated; do not edit)
 */
export const CURLPAUSE_SEND_CONT = 0;

/**
 * A value of curl_ws_send.
 *
 * @see {@link https://curl.se/libcurl/c/curl_ws_send.html | curl_ws_send} from curl_ws_send.md (generated; do not edit)
 */
export const CURLWS_BINARY = 2;

/**
 * A value of curl_ws_send.
 *
 * @see {@link https://curl.se/libcurl/c/curl_ws_send.html | curl_ws_send} from curl_ws_send.md (generated; do not edit)
 */
export const CURLWS_CLOSE = 8;

/**
 * A value of curl_ws_send.
 *
 * @see {@link https://curl.se/libcurl/c/curl_ws_send.html | curl_ws_send} from curl_ws_send.md (generated; do not edit)
 */
export const CURLWS_CONT = 4;

/**
 * A value of curl_ws_send.
 *
 * @see {@link https://curl.se/libcurl/c/curl_ws_send.html | curl_ws_send} from curl_ws_send.md (generated; do not edit)
 */
export const CURLWS_OFFSET = 32;

/**
 * A value of curl_ws_send.
 *
 * @see {@link https://curl.se/libcurl/c/curl_ws_send.html | curl_ws_send} from curl_ws_send.md (generated; do not edit)
 */
export const CURLWS_PING = 16;

/**
 * A value of curl_ws_send.
 *
 * @see {@link https://curl.se/libcurl/c/curl_ws_send.html | curl_ws_send} from curl_ws_send.md (generated; do not edit)
 */
export const CURLWS_PONG = 64;

/**
 * A value of curl_ws_send.
 *
 * @see {@link https://curl.se/libcurl/c/curl_ws_send.html | curl_ws_send} from curl_ws_send.md (generated; do not edit)
 */
export const CURLWS_TEXT = 1;

/**
 * A value of curl_mime_data.
 *
 * @see {@link https://curl.se/libcurl/c/curl_mime_data.html | curl_mime_data} from curl_mime_data.md (generated; do not edit)
 */
export const CURL_ZERO_TERMINATED = -1;

/**
 * C: `struct CURLMsg`
 *
 * @see {@link https://curl.se/libcurl/c/curl_multi_info_read.html | curl_multi_info_read} from curl_multi_info_read.md (generated; do not edit)
 */
export interface CURLMsg {
  msg: CURLMSG;
  easy_handle: unknown;
  data: CURLMsg_data;
}

/**
 * C: `struct CURLMsg_data`
 *
 * @see {@link https://curl.se/libcurl/c/curl_multi_info_read.html | curl_multi_info_read} from curl_multi_info_read.md (generated; do not edit)
 */
export interface CURLMsg_data {
  whatever: unknown;
  result: number;
}

/**
 * C: `struct curl_header`
 *
 * @see {@link https://curl.se/libcurl/c/curl_easy_header.html | curl_easy_header} from curl_easy_header.md (generated; do not edit)
 */
export interface curl_header {
  name: string;
  value: string;
  amount: number;
  index: number;
  origin: number;
  anchor: unknown;
}

/**
 * C: `struct curl_sockaddr`
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_OPENSOCKETFUNCTION.html | CURLOPT_OPENSOCKETFUNCTION} from CURLOPT_OPENSOCKETFUNCTION.md (generated; do not edit)
 */
export interface curl_sockaddr {
  family: number;
  socktype: number;
  protocol: number;
  addrlen: number;
  addr: { address: string; port: number };
}

/**
 * C: `struct curl_ws_frame`
 *
 * @see {@link https://curl.se/libcurl/c/curl_ws_recv.html | curl_ws_recv} from curl_ws_recv.md (generated; do not edit)
 */
export interface curl_ws_frame {
  age: number;
  flags: number;
  offset: number | bigint;
  bytesleft: number | bigint;
  len: number;
}

/**
 * C: `int closesocket_callback(void *clientp, curl_socket_t item)`
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_CLOSESOCKETFUNCTION.html | CURLOPT_CLOSESOCKETFUNCTION} from CURLOPT_CLOSESOCKETFUNCTION.md (generated; do not edit)
 */
export type closesocket_callback = (clientp: unknown, item: CurlSocket) => number;

/**
 * C: `int curl_trailer_callback(struct curl_slist **list, void *userdata)`
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_TRAILERFUNCTION.html | CURLOPT_TRAILERFUNCTION} from CURLOPT_TRAILERFUNCTION.md (generated; do not edit)
 */
export type curl_trailer_callback = (list: string[] | null, userdata: unknown) => number;

/**
 * C: `int debug_callback(CURL *handle, curl_infotype type, char *data, size_t size, void *clientp)`
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_DEBUGFUNCTION.html | CURLOPT_DEBUGFUNCTION} from CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export type debug_callback = (
  handle: unknown,
  type: curl_infotype,
  data: Uint8Array,
  size: number,
  clientp: unknown,
) => number;

/**
 * C: `void freefunc(void *arg)`
 *
 * @see {@link https://curl.se/libcurl/c/curl_mime_data_cb.html | curl_mime_data_cb} from curl_mime_data_cb.md (generated; do not edit)
 */
export type freefunc = (arg: unknown) => void;

/**
 * C: `size_t header_callback(char *buffer, size_t size, size_t nitems, void *userdata)`
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_HEADERFUNCTION.html | CURLOPT_HEADERFUNCTION} from CURLOPT_HEADERFUNCTION.md (generated; do not edit)
 */
export type header_callback = (buffer: Uint8Array, size: number, nitems: number, userdata: unknown) => number;

/**
 * C: `curl_socket_t opensocket_callback(void *clientp, curlsocktype purpose, struct curl_sockaddr *address)`
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_OPENSOCKETFUNCTION.html | CURLOPT_OPENSOCKETFUNCTION} from CURLOPT_OPENSOCKETFUNCTION.md (generated; do not edit)
 */
export type opensocket_callback = (clientp: unknown, purpose: curlsocktype, address: curl_sockaddr) => CurlSocket;

/**
 * C: `int prereq_callback(void *clientp, char *conn_primary_ip, char *conn_local_ip, int conn_primary_port, int conn_local_port)`
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_PREREQFUNCTION.html | CURLOPT_PREREQFUNCTION} from CURLOPT_PREREQFUNCTION.md (generated; do not edit)
 */
export type prereq_callback = (
  clientp: unknown,
  conn_primary_ip: string,
  conn_local_ip: string,
  conn_primary_port: number,
  conn_local_port: number,
) => number;

/**
 * C: `int progress_callback(void *clientp, double dltotal, double dlnow, double ultotal, double ulnow)`
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_PROGRESSFUNCTION.html | CURLOPT_PROGRESSFUNCTION} from CURLOPT_PROGRESSFUNCTION.md (generated; do not edit)
 */
export type progress_callback = (
  clientp: unknown,
  dltotal: number,
  dlnow: number,
  ultotal: number,
  ulnow: number,
) => number;

/**
 * C: `int progress_callback_XFERINFOFUNCTION(void *clientp, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow)`
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_XFERINFOFUNCTION.html | CURLOPT_XFERINFOFUNCTION} from CURLOPT_XFERINFOFUNCTION.md (generated; do not edit)
 */
export type progress_callback_XFERINFOFUNCTION = (
  clientp: unknown,
  dltotal: number | bigint,
  dlnow: number | bigint,
  ultotal: number | bigint,
  ulnow: number | bigint,
) => number;

/**
 * C: `size_t read_callback(char *buffer, size_t size, size_t nitems, void *userdata)`
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_READFUNCTION.html | CURLOPT_READFUNCTION} from CURLOPT_READFUNCTION.md (generated; do not edit)
 */
export type read_callback = (buffer: Uint8Array, size: number, nitems: number, userdata: unknown) => number;

/**
 * C: `size_t readfunc(char *buffer, size_t size, size_t nitems, void *arg)`
 *
 * @see {@link https://curl.se/libcurl/c/curl_mime_data_cb.html | curl_mime_data_cb} from curl_mime_data_cb.md (generated; do not edit)
 */
export type readfunc = (buffer: Uint8Array, size: number, nitems: number, arg: unknown) => number;

/**
 * C: `int seek_callback(void *clientp, curl_off_t offset, int origin)`
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SEEKFUNCTION.html | CURLOPT_SEEKFUNCTION} from CURLOPT_SEEKFUNCTION.md (generated; do not edit)
 */
export type seek_callback = (clientp: unknown, offset: number | bigint, origin: number) => number;

/**
 * C: `int seekfunc(void *arg, curl_off_t offset, int origin)`
 *
 * @see {@link https://curl.se/libcurl/c/curl_mime_data_cb.html | curl_mime_data_cb} from curl_mime_data_cb.md (generated; do not edit)
 */
export type seekfunc = (arg: unknown, offset: number | bigint, origin: number) => number;

/**
 * C: `int sockopt_callback(void *clientp, curl_socket_t curlfd, curlsocktype purpose)`
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_SOCKOPTFUNCTION.html | CURLOPT_SOCKOPTFUNCTION} from CURLOPT_SOCKOPTFUNCTION.md (generated; do not edit)
 */
export type sockopt_callback = (clientp: unknown, curlfd: CurlSocket, purpose: curlsocktype) => number;

/**
 * C: `size_t write_callback(char *ptr, size_t size, size_t nmemb, void *userdata)`
 *
 * @see {@link https://curl.se/libcurl/c/CURLOPT_WRITEFUNCTION.html | CURLOPT_WRITEFUNCTION} from CURLOPT_WRITEFUNCTION.md (generated; do not edit)
 */
export type write_callback = (ptr: Uint8Array, size: number, nmemb: number, userdata: unknown) => number;
