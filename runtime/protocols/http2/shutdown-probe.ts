// Noticing that nghttp2 ended an HTTP/2 session by itself. On a connection error it detects in
// what the server sent (a DATA frame on stream 0, a frame over SETTINGS_MAX_FRAME_SIZE, a header
// block HPACK cannot decode) nghttp2 queues GOAWAY and, once it is out, wants neither to read nor
// to write (nghttp2_session_terminate_session). libcurl sees that on its next receive
// (lib/http2.c should_close_session in h2_progress_ingress) and fails the transfer with
// CURLE_HTTP2 after on_frame_send wrote "nghttp2 shuts down connection with error N: NAME".
// Node's binding gives JavaScript no sign of it: it stops reading the socket, and the streams
// wait. So while streams are open and the connection is silent, a PING is queued now and then: a
// session nghttp2 ended never sends it (it stays in the outbound queue with nothing being
// written), a live one sends it at once. The first probe follows 100 ms of silence, the next ones
// twice as far apart, up to 5 s; bytes from the server start over at 100 ms.
//
//   const probe = new ShutdownProbe(session, () => failAll());  // on the first open stream
//   probe.arm();                                                  // whenever a stream opens
//   probe.stop();                                                 // when the session goes
import type { ClientHttp2Session } from 'node:http2';
import type { Duplex } from 'node:stream';

const FIRST_MS = 100;
const MAX_MS = 5000;
/** How long a live session may take to write the PING (Node flushes on its next turn). */
const FLUSH_MS = 20;
/** PINGs left unanswered before probing stops (Node refuses more than 10 outstanding). */
const MAX_UNANSWERED = 5;

interface SocketFacts {
  bytesRead?: number;
  bytesWritten?: number;
  _handle?: { writeQueueSize?: number } | null;
}

export class ShutdownProbe {
  readonly #session: ClientHttp2Session;
  readonly #stream: Duplex;
  readonly #busy: () => boolean;
  readonly #ended: () => void;
  #timer: NodeJS.Timeout | null = null;
  #delay = FIRST_MS;
  #lastRead = -1;
  #unanswered = 0;

  /** `stream`: what the session runs over; `busy`: streams are open and the session may still
   * take them; `ended`: called once when nghttp2 is found to have ended the session. */
  constructor(session: ClientHttp2Session, stream: Duplex, busy: () => boolean, ended: () => void) {
    this.#session = session;
    this.#stream = stream;
    this.#busy = busy;
    this.#ended = ended;
  }

  /** Starts watching, unless it already does. */
  arm(): void {
    if (this.#timer !== null || !this.#busy()) return;
    this.#timer = setTimeout(() => this.#tick(), this.#delay);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #socket(): SocketFacts | null {
    const s = this.#session;
    return s.destroyed ? null : (s.socket as unknown as SocketFacts);
  }

  #tick(): void {
    this.#timer = null;
    const sock = this.#socket();
    if (sock === null || !this.#busy() || this.#session.connecting) {
      if (sock !== null) this.arm();
      return;
    }
    const read = typeof sock.bytesRead === 'number' ? sock.bytesRead : -1;
    if (read !== this.#lastRead && read !== -1) {
      // the server spoke since the last look
      this.#lastRead = read;
      this.#delay = FIRST_MS;
      this.arm();
      return;
    }
    if (this.#unanswered >= MAX_UNANSWERED) return;
    const written = sock.bytesWritten;
    const queued = this.#session.state.outboundQueueSize ?? 0;
    let sent: boolean;
    try {
      sent = this.#session.ping((err) => {
        if (err !== null) return;
        this.#unanswered--;
        // the answer is no sign of life of its own
        const s = this.#socket();
        if (s !== null && typeof s.bytesRead === 'number') this.#lastRead = s.bytesRead;
      });
    } catch {
      return;
    }
    if (!sent) return;
    this.#unanswered++;
    const check = setTimeout(() => {
      const s = this.#socket();
      if (s === null || !this.#busy()) return;
      const state = this.#session.state;
      const pending = (state.outboundQueueSize ?? 0) > queued;
      // a write held back by the peer (a socket's queue, or the chain's stream when Node writes
      // into it from JavaScript) keeps the PING queued in a live session too
      const writing = (s._handle?.writeQueueSize ?? 0) > 0 || s.bytesWritten !== written || this.#stream.writableLength > 0;
      if (pending && !writing) {
        this.#ended();
        return;
      }
      this.#delay = Math.min(this.#delay * 2, MAX_MS);
      this.arm();
    }, FLUSH_MS);
    check.unref();
  }
}
