// Unix domain sockets as the first hop (CURLOPT_UNIX_SOCKET_PATH, CURLOPT_ABSTRACT_UNIX_SOCKET):
// the address the socket attempt connects to and the open-socket callback sees
// (lib/curl_addrinfo.c Curl_unix2addr), and how libcurl prints it (lib/cf-socket.c
// sockaddr2string). No name is resolved: the path is the only address (lib/vdns/hostip.c
// resolv_unix).
//
// Node pads an abstract name with NUL bytes to the whole sun_path (108 bytes) when it connects,
// where libcurl passes the name's exact length: the kernel treats those as two different names,
// so an abstract socket is reached only when its server pads the same way (a Node server does;
// one that binds the exact length, as libcurl's own peers and systemd do, is not). See the
// README's departures from libcurl.
import type { SockAddr } from '../base/options.js';

/** Linux AF_UNIX (AF_LOCAL), as struct curl_sockaddr reports it. */
export const AF_UNIX = 1;
/** sizeof(struct sockaddr_un.sun_path) on Linux. */
const SUN_PATH = 108;
/** offsetof(struct sockaddr_un, sun_path). */
const SUN_PATH_OFFSET = 2;
/** lib/urldata.h MAX_IPADR_LEN: room for the text getinfo and the verbose lines show. */
const MAX_IPADR_LEN = 46;

/** Where a Unix socket attempt connects. */
export interface UnixTarget {
  /** The path or abstract name as the option gave it (no leading NUL byte). */
  path: string;
  abstract: boolean;
}

/** The path as Node's net.connect({ path }) takes it: an abstract name starts with a NUL. */
export function nodePath(t: UnixTarget): string {
  return t.abstract ? `\0${t.path}` : t.path;
}

/** Curl_unix2addr: the path and its NUL must fit sun_path; false when it is too long (the
 * perform then fails with 6, "Unix socket path too long"). */
export function fitsSunPath(t: UnixTarget): boolean {
  return Buffer.byteLength(t.path) + 1 <= SUN_PATH;
}

/** struct curl_sockaddr for the open-socket callback: family AF_UNIX, protocol 0, the address
 * length libcurl passes to connect() (sun_path's offset, the name, one byte more: the NUL after a
 * path, the NUL before an abstract name), and `addr.address` the sun_path text ("\0name" for an
 * abstract socket), port 0. */
export function unixSockAddr(t: UnixTarget, socktype: number): SockAddr {
  return {
    family: AF_UNIX,
    socktype,
    protocol: 0,
    addrlen: SUN_PATH_OFFSET + Buffer.byteLength(t.path) + 1,
    addr: { address: nodePath(t), port: 0 },
  };
}

/** sockaddr2string for AF_UNIX: sun_path as a C string cut to MAX_IPADR_LEN - 1 bytes, so an
 * abstract name (leading NUL) shows as "". This is PRIMARY_IP and the verbose lines' address. */
export function unixAddressText(sunPath: string): string {
  if (sunPath.startsWith('\0')) return '';
  const bytes = Buffer.from(sunPath);
  return bytes.length < MAX_IPADR_LEN ? sunPath : bytes.subarray(0, MAX_IPADR_LEN - 1).toString();
}
