// How a stream error becomes a CURLcode and libcurl's text (lib/cf-socket.c cf_socket_send and
// cf_socket_recv): a failed write is CURLE_SEND_ERROR "Send failure: <strerror>", a failed read
// CURLE_RECV_ERROR "Recv failure: <strerror>". Errors that only a write can cause (EPIPE, a
// write after end) count as send failures wherever they surface. Every reader and writer of a
// connection's streams maps through here.
import { CURLE } from '../base/codes.js';
import { errnoOf, strerrorOf } from '../base/errno.js';

const WRITE_ERRORS = new Set(['EPIPE', 'ERR_STREAM_WRITE_AFTER_END', 'ERR_STREAM_DESTROYED', 'ERR_SOCKET_CLOSED']);

export interface StreamFailure {
  code: number;
  text: string;
  /** The OS error number, 0 when the error has none (CURLINFO_OS_ERRNO). */
  errno: number;
}

/** The failure `err` means for a send or a recv; without `direction`, the error decides. */
export function streamFailure(err: unknown, direction?: 'send' | 'recv'): StreamFailure {
  const code = (err as { code?: unknown } | null)?.code;
  const send = direction === 'send' || (direction === undefined && WRITE_ERRORS.has(code as string));
  return send
    ? { code: CURLE.SEND_ERROR, text: `Send failure: ${strerrorOf(err)}`, errno: errnoOf(err) }
    : { code: CURLE.RECV_ERROR, text: `Recv failure: ${strerrorOf(err)}`, errno: errnoOf(err) };
}

/** The failure of a send on a stream that is already closed. */
export const CLOSED_FOR_SEND: StreamFailure = streamFailure({ code: 'EPIPE' }, 'send');
