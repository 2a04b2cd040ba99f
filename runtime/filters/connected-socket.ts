// The connected bottom of a connection: what a socket attempt hands happy eyeballs and the chain
// answers queries from (lib/cf-socket.c ip_quadruple): the stream, the item the callbacks see,
// the remote end and, read when first asked, the local end.
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { ByteQueue } from '../io/byte-queue.js';
import type { CurlSocket } from '../types.js';
import type { BottomSocket } from './filter.js';

/** The connected bottom of a connection. */
export interface ConnectedSocket extends BottomSocket {
  remoteIp: string;
  /** -1 for a Unix socket: its address has no ports, and getinfo reports -1 for both
   * (lib/urldata.h CUR_IP_QUAD_HAS_PORTS). */
  remotePort: number;
  /** The local end, read when first asked (getsockname() is a system call a loopback connect
   * loop notices); reading it once the application uses the connection keeps it for later. */
  local(): { ip: string; port: number };
  /** What the socket's read callback fills (sockets read with `onread`), for StreamIO. */
  inbox?: ByteQueue;
  /** The application handed the socket in as connected (ALREADY_CONNECTED) and it is not. */
  readonly notConnected: boolean;
}

export class Connected implements ConnectedSocket {
  #local: { ip: string; port: number } | null = null;
  constructor(
    readonly item: CurlSocket,
    readonly stream: Duplex,
    readonly remoteIp: string,
    readonly remotePort: number,
    readonly inbox: ByteQueue | undefined,
    /** The local end of a socket that is not connected (getsockname() of an unbound socket),
     * when Node has no handle to ask. */
    readonly unbound: { ip: string; port: number } | null,
  ) {}

  get notConnected(): boolean {
    return this.unbound !== null;
  }

  local(): { ip: string; port: number } {
    if (this.remotePort === -1) return { ip: '', port: -1 };
    if (this.#local === null) {
      const s = this.stream as Partial<Socket>;
      const ip = s.localAddress;
      this.#local = ip === undefined && this.unbound !== null ? this.unbound : { ip: ip ?? '', port: s.localPort ?? 0 };
    }
    return this.#local;
  }
}
