// Closing a socket the engine opened or was handed (lib/cf-socket.c socket_close): with a
// CLOSESOCKETFUNCTION the application closes it (the engine does not: test 1960 keeps its own
// socket with a no-op callback); without one the engine destroys the stream. The callback and its
// data are the ones copied into the connection when it was created (G1).
import type { Duplex } from 'node:stream';
import type { CallbackGuard } from '../base/callback.js';
import type { CloseSocketFn } from '../base/options.js';
import type { CurlSocket } from '../types.js';

/** What closes sockets for one connection. */
export interface SocketCloser {
  readonly closeFunction: CloseSocketFn | null;
  readonly closeData: unknown;
  readonly guard: CallbackGuard;
  /** Keeps the message of a close callback that threw (decision 9). */
  keepThrown(text: string): void;
}

/**
 * Closes one socket. `item` is what the application's callbacks see (the net.Socket the engine
 * made, or what OPENSOCKETFUNCTION returned); `stream` is the Duplex the engine talks through.
 * When the application returned a file descriptor the engine's wrapper is destroyed first (Node
 * cannot let go of a descriptor without closing it), then the callback is told the number.
 */
export function closeSocket(closer: SocketCloser, item: CurlSocket, stream: Duplex): void {
  const fn = closer.closeFunction;
  if (fn === null) {
    stream.destroy();
    return;
  }
  if (typeof item === 'number') stream.destroy();
  const r = closer.guard.call(() => fn(closer.closeData, item));
  if (!r.ok) closer.keepThrown(r.text);
}
