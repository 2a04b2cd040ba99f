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
 * A value of enum CURLMSG.
 *
 * @see specs/curl_multi_info_read.md (generated; do not edit)
 */
export const CURLMSG_NONE = 0;

/**
 * A value of enum CURLMSG.
 *
 * @see specs/curl_multi_info_read.md (generated; do not edit)
 */
export const CURLMSG_DONE = 1;

/**
 * A value of enum CURLMSG.
 *
 * @see specs/curl_multi_info_read.md (generated; do not edit)
 */
export const CURLMSG_LAST = 2;

/**
 * C: `enum CURLMSG`
 *
 * @see specs/curl_multi_info_read.md (generated; do not edit)
 */
export type CURLMSG = typeof CURLMSG_NONE | typeof CURLMSG_DONE | typeof CURLMSG_LAST;

/**
 * A value of enum curl_infotype.
 *
 * @see specs/CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export const CURLINFO_TEXT = 0;

/**
 * A value of enum curl_infotype.
 *
 * @see specs/CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export const CURLINFO_HEADER_IN = 1;

/**
 * A value of enum curl_infotype.
 *
 * @see specs/CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export const CURLINFO_HEADER_OUT = 2;

/**
 * A value of enum curl_infotype.
 *
 * @see specs/CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export const CURLINFO_DATA_IN = 3;

/**
 * A value of enum curl_infotype.
 *
 * @see specs/CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export const CURLINFO_DATA_OUT = 4;

/**
 * A value of enum curl_infotype.
 *
 * @see specs/CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export const CURLINFO_SSL_DATA_IN = 5;

/**
 * A value of enum curl_infotype.
 *
 * @see specs/CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export const CURLINFO_SSL_DATA_OUT = 6;

/**
 * A value of enum curl_infotype.
 *
 * @see specs/CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export const CURLINFO_END = 7;

/**
 * C: `enum curl_infotype`
 *
 * @see specs/CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
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
 * @see specs/CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export const CURLPROXY_HTTP = 0;

/**
 * A value of enum curl_proxytype.
 *
 * @see specs/CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export const CURLPROXY_HTTP_1_0 = 1;

/**
 * A value of enum curl_proxytype.
 *
 * @see specs/CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export const CURLPROXY_HTTPS = 2;

/**
 * A value of enum curl_proxytype.
 *
 * @see specs/CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export const CURLPROXY_HTTPS2 = 3;

/**
 * A value of enum curl_proxytype.
 *
 * @see specs/CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export const CURLPROXY_SOCKS4 = 4;

/**
 * A value of enum curl_proxytype.
 *
 * @see specs/CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export const CURLPROXY_SOCKS5 = 5;

/**
 * A value of enum curl_proxytype.
 *
 * @see specs/CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export const CURLPROXY_SOCKS4A = 6;

/**
 * A value of enum curl_proxytype.
 *
 * @see specs/CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export const CURLPROXY_SOCKS5_HOSTNAME = 7;

/**
 * A value of enum curl_proxytype.
 *
 * @see specs/CURLOPT_PROXYTYPE.md (generated; do not edit)
 */
export const CURLPROXY_HTTPS3 = 8;

/**
 * C: `enum curl_proxytype`
 *
 * @see specs/CURLOPT_PROXYTYPE.md (generated; do not edit)
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
 * @see specs/CURLOPT_OPENSOCKETFUNCTION.md (generated; do not edit)
 */
export const CURLSOCKTYPE_IPCXN = 0;

/**
 * A value of enum curlsocktype.
 *
 * @see specs/CURLOPT_OPENSOCKETFUNCTION.md (generated; do not edit)
 */
export const CURLSOCKTYPE_ACCEPT = 1;

/**
 * A value of enum curlsocktype.
 *
 * @see specs/CURLOPT_OPENSOCKETFUNCTION.md (generated; do not edit)
 */
export const CURLSOCKTYPE_LAST = 2;

/**
 * C: `enum curlsocktype`
 *
 * @see specs/CURLOPT_OPENSOCKETFUNCTION.md (generated; do not edit)
 */
export type curlsocktype = typeof CURLSOCKTYPE_IPCXN | typeof CURLSOCKTYPE_ACCEPT | typeof CURLSOCKTYPE_LAST;

/**
 * A value of curl_ws_send.
 *
 * @see specs/curl_ws_send.md (generated; do not edit)
 */
export const CURLWS_BINARY = 2;

/**
 * A value of curl_ws_send.
 *
 * @see specs/curl_ws_send.md (generated; do not edit)
 */
export const CURLWS_CLOSE = 8;

/**
 * A value of curl_ws_send.
 *
 * @see specs/curl_ws_send.md (generated; do not edit)
 */
export const CURLWS_CONT = 4;

/**
 * A value of curl_ws_send.
 *
 * @see specs/curl_ws_send.md (generated; do not edit)
 */
export const CURLWS_OFFSET = 32;

/**
 * A value of curl_ws_send.
 *
 * @see specs/curl_ws_send.md (generated; do not edit)
 */
export const CURLWS_PING = 16;

/**
 * A value of curl_ws_send.
 *
 * @see specs/curl_ws_send.md (generated; do not edit)
 */
export const CURLWS_PONG = 64;

/**
 * A value of curl_ws_send.
 *
 * @see specs/curl_ws_send.md (generated; do not edit)
 */
export const CURLWS_TEXT = 1;

/**
 * C: `struct CURLMsg`
 *
 * @see specs/curl_multi_info_read.md (generated; do not edit)
 */
export interface CURLMsg {
  msg: CURLMSG;
  easy_handle: unknown;
  data: CURLMsg_data;
}

/**
 * C: `struct CURLMsg_data`
 *
 * @see specs/curl_multi_info_read.md (generated; do not edit)
 */
export interface CURLMsg_data {
  whatever: unknown;
  result: number;
}

/**
 * C: `struct curl_sockaddr`
 *
 * @see specs/CURLOPT_OPENSOCKETFUNCTION.md (generated; do not edit)
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
 * @see specs/curl_ws_recv.md (generated; do not edit)
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
 * @see specs/CURLOPT_CLOSESOCKETFUNCTION.md (generated; do not edit)
 */
export type closesocket_callback = (clientp: unknown, item: CurlSocket) => number;

/**
 * C: `int debug_callback(CURL *handle, curl_infotype type, char *data, size_t size, void *clientp)`
 *
 * @see specs/CURLOPT_DEBUGFUNCTION.md (generated; do not edit)
 */
export type debug_callback = (
  handle: unknown,
  type: curl_infotype,
  data: Uint8Array,
  size: number,
  clientp: unknown,
) => number;

/**
 * C: `size_t header_callback(char *buffer, size_t size, size_t nitems, void *userdata)`
 *
 * @see specs/CURLOPT_HEADERFUNCTION.md (generated; do not edit)
 */
export type header_callback = (buffer: Uint8Array, size: number, nitems: number, userdata: unknown) => number;

/**
 * C: `curl_socket_t opensocket_callback(void *clientp, curlsocktype purpose, struct curl_sockaddr *address)`
 *
 * @see specs/CURLOPT_OPENSOCKETFUNCTION.md (generated; do not edit)
 */
export type opensocket_callback = (clientp: unknown, purpose: curlsocktype, address: curl_sockaddr) => CurlSocket;

/**
 * C: `int sockopt_callback(void *clientp, curl_socket_t curlfd, curlsocktype purpose)`
 *
 * @see specs/CURLOPT_SOCKOPTFUNCTION.md (generated; do not edit)
 */
export type sockopt_callback = (clientp: unknown, curlfd: CurlSocket, purpose: curlsocktype) => number;

/**
 * C: `size_t write_callback(char *ptr, size_t size, size_t nmemb, void *userdata)`
 *
 * @see specs/CURLOPT_WRITEFUNCTION.md (generated; do not edit)
 */
export type write_callback = (ptr: Uint8Array, size: number, nmemb: number, userdata: unknown) => number;
