// A connection: its number, the filter chain's streams bottom to top, and closing them (the chain,
// not the filters, drives close: docs/internals/CONNECTION-FILTERS.md). Connect-only connections
// are closed "aborted" (H3): no TLS close_notify, no draining; streams above the bottom are
// destroyed, the bottom socket goes through the close-socket callback copied at creation (G1).
import type { Duplex } from 'node:stream';
import type { ConnectedSocket } from '../filters/socket.js';
import { closeSocket, type SocketCloser } from '../filters/socket-close.js';
import { StreamIO } from '../io/stream-io.js';

export class Connection {
  /** The connection number; -1 until the connection is counted (after URL, proxy and
   * CONNECT_TO were accepted, as lib/url.c adds it to the pool). */
  id: number;
  readonly closer: SocketCloser;
  /** The connected bottom socket; null before happy eyeballs won and after close. */
  bottom: ConnectedSocket | null = null;
  /** The stream each filter level returned; level 0 is the bottom socket's stream. */
  readonly layers: (Duplex | null)[] = [];
  /** The top stream once the connection is established (what ACTIVESOCKET returns). */
  top: Duplex | null = null;
  /** The send/recv adapter over the top stream, made at the first send, recv or wait. */
  #io: StreamIO | null = null;
  /** "Connection #N to host HOST:PORT left intact" names this. */
  displayHost = '';
  displayPort = 0;
  closed = false;

  constructor(id: number, closer: SocketCloser) {
    this.id = id;
    this.closer = closer;
  }

  /** The send/recv adapter (null before the connection is established or after close). */
  io(): StreamIO | null {
    if (this.#io === null && this.top !== null && !this.closed) {
      const b = this.bottom;
      // the application starts using the connection: keep the local address while it exists
      b?.local();
      // a socket read with onread hands its inbox over
      this.#io = new StreamIO(this.top, b !== null && b.stream === this.top ? b.inbox : undefined);
    }
    return this.#io;
  }

  /** Takes a new bottom socket; one left from an earlier connect of this connection is closed. */
  adoptBottom(socket: ConnectedSocket): void {
    if (this.closed) {
      closeSocket(this.closer, socket.item, socket.stream);
      return;
    }
    if (this.bottom !== null) this.#closeBottom();
    this.bottom = socket;
  }

  /** Records what filter `level` returned; after close it is destroyed at once. */
  setLayer(level: number, stream: Duplex): void {
    if (this.closed) {
      if (stream !== this.bottom?.stream) stream.destroy();
      return;
    }
    this.layers[level] = stream;
  }

  /** Closes everything below filter `level` ("Connect me again please": the filter at `level`
   * connects anew over a fresh lower chain). */
  closeBelow(level: number): void {
    for (let i = level - 1; i >= 1; i--) this.#destroyLayer(i);
    this.layers[0] = null;
    this.#closeBottom();
  }

  #destroyLayer(i: number): void {
    const s = this.layers[i];
    this.layers[i] = null;
    if (s && s !== this.bottom?.stream && !this.layers.includes(s)) s.destroy();
  }

  #closeBottom(): void {
    const b = this.bottom;
    this.bottom = null;
    if (b !== null) closeSocket(this.closer, b.item, b.stream);
  }

  /** Closes the whole connection (idempotent). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.#io?.detach();
    for (let i = this.layers.length - 1; i >= 1; i--) this.#destroyLayer(i);
    this.layers.length = 0;
    this.#closeBottom();
  }
}
