// The signatures of the application's callbacks as setopt takes them (include/curl/curl.h's
// curl_opensocket_callback, curl_sockopt_callback, curl_closesocket_callback, curl_debug_callback,
// curl_write_callback, curl_xferinfo_callback, curl_prereq_callback), exported by the package.
import type { Duplex } from 'node:stream';

/** struct curl_sockaddr as the open-socket callback sees it; changing it changes the target. */
export interface SockAddr {
  family: number;
  socktype: number;
  protocol: number;
  addrlen: number;
  addr: { address: string; port: number };
}

export type OpenSocketFn = (clientp: unknown, purpose: number, address: SockAddr) => Duplex | number;
export type SockoptFn = (clientp: unknown, curlfd: Duplex | number, purpose: number) => number;
export type CloseSocketFn = (clientp: unknown, item: Duplex | number) => number;
export type DebugFn = (handle: unknown, type: number, data: Uint8Array, size: number, clientp: unknown) => number;
export type HeaderFn = (buffer: Uint8Array, size: number, nitems: number, userdata: unknown) => number;
export type WriteFn = (ptr: Uint8Array, size: number, nmemb: number, userdata: unknown) => number;

export type XferInfoFn = (clientp: unknown, dltotal: number, dlnow: number, ultotal: number, ulnow: number) => number;
export type ProgressFn = XferInfoFn;
export type PrereqFn = (clientp: unknown, primaryIp: string, localIp: string, primaryPort: number, localPort: number) => number;
