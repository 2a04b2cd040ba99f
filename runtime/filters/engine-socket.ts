// The engine's own net.Socket and what a socket the application handed in is, for the connect
// attempts of socket.ts.
import { Socket, type SocketConstructorOpts } from 'node:net';
import { BLOCK, type ByteQueue, HIGH_WATER } from '../io/byte-queue.js';

/** What connect() would find a net.Socket the application handed in to be. Node makes a
 * socket's handle only when it connects, so one without a handle was never connected; a
 * descriptor that is no TCP socket (a FIFO, a pipe) cannot connect and is used as it is. */
export type SocketKind = 'closed' | 'connecting' | 'connected' | 'unconnected' | 'not-tcp';

export function socketKind(s: Socket): SocketKind {
  if (s.destroyed) return 'closed';
  if (s.connecting) return 'connecting';
  const h = (s as unknown as { _handle?: { getpeername?: (out: object) => number } | null })._handle;
  if (h === null || h === undefined) return 'unconnected';
  if (typeof h.getpeername !== 'function') return 'not-tcp';
  return h.getpeername({}) === 0 ? 'connected' : 'unconnected';
}

/** One read buffer for every socket read with `onread`: the callback copies out of it at once,
 * before any other read can happen. */
let sharedReadBuffer: Buffer | null = null;

/** A new engine socket; with `inbox`, read into it through the shared buffer (no 'data'). It is
 * half-open like a kernel socket: a FIN from the peer does not end the engine's writing side (C8,
 * C11).
 *
 * The options carry the four net.Socket's constructor sets on its copy of them (allowHalfOpen,
 * and emitClose, autoDestroy and decodeStrings with the values it forces): in Node 20 (V8 11.3)
 * adding a property to a spread copy of an object that has any takes a slow path, so an `onread`
 * (or allowHalfOpen) alone made every socket some 15 us slower to make; with all four there, the
 * constructor only overwrites them. */
export function engineSocket(inbox: ByteQueue | undefined): Socket {
  let onread;
  if (inbox !== undefined) {
    sharedReadBuffer ??= Buffer.allocUnsafeSlow(BLOCK);
    onread = {
      buffer: sharedReadBuffer,
      callback: (n: number, buf: Uint8Array): boolean => {
        inbox.copyIn(buf as Buffer, n);
        if (inbox.length < HIGH_WATER) return true;
        inbox.paused = true;
        return false;
      },
    };
  }
  // `onread` is a socket constructor option (net.connect passes it through); @types/node lists
  // it for connect options only
  const options = { allowHalfOpen: true, emitClose: false, autoDestroy: true, decodeStrings: false, onread };
  return new Socket(options as SocketConstructorOpts);
}
