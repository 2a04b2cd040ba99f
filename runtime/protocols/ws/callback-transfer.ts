// A WebSocket transfer without CONNECT_ONLY: libcurl 8.22's callback mode (lib/ws.c Curl_ws_accept
// and the ws-decode client writer ws_cw_write / ws_cw_dec_next). After the upgrade every frame's
// payload goes to the write callback as it arrives, in pieces of at most CURL_MAX_WRITE_SIZE, with
// curl_ws_meta describing the piece while the callback runs; PINGs are answered (unless
// CURLWS_NOAUTOPONG) and not handed over; zero-length frames make one call with no data. With
// CURLWS_RAW_MODE the callback gets the bytes as they came, frames undecoded. The callbacks may
// send with curl_ws_send (easy.wsSend) and pause. The transfer ends when the server closes the
// connection; a CLOSE frame is handed to the callback like any other (libcurl sends no answer of
// its own, the application may). A close in the middle of a frame ends it well too, the piece so
// far delivered: libcurl's decoder keeps no undecoded bytes then, so ws_cw_write's "[WS] decode
// ending with N frame bytes remaining" (56) does not fire (lib/ws.c). A failed upgrade fails as
// the connect-only one does (22 for a final status, curl test 2303). MAX_RECV_SPEED_LARGE counts
// the bytes on the wire.
import { CURLE } from '../../base/codes.js';
import { CURLWS_RAW_MODE } from '../../base/constants.js';
import type { Target, TransferContext } from '../../base/context.js';
import type { CurlError } from '../../base/error.js';
import { recvAllowance } from '../../base/progress.js';
import { CURL_MAX_WRITE_SIZE, clientWriter } from '../../http/client-writer.js';
import type { ExchangeOutcome, ProtocolConnection, ProtocolTransfer } from '../handler.js';
import { WsSession, type WsIo } from './session.js';
import { wsUpgrade } from './upgrade.js';

/** The session of each running callback-mode transfer, for easy.wsSend and easy.wsMeta. */
const sessions = new WeakMap<TransferContext, WsSession>();

/** The callback-mode session of a running transfer, if it is one. */
export function callbackSession(ctx: TransferContext): WsSession | undefined {
  return sessions.get(ctx);
}

/** The transport as the session sees it, counting what arrives (SIZE_DOWNLOAD_T counts the bytes
 * on the wire, as lib/sendf.c's download writer sits before the ws decoder). */
function counted(io: WsIo, ctx: TransferContext): WsIo {
  const count = (n: number): void => {
    ctx.info.sizeDownload += n;
    ctx.meter?.download(n);
  };
  return {
    recv(buf) {
      const r = io.recv(buf);
      if (r.code === CURLE.OK) count(r.n);
      return r;
    },
    send: (data) => io.send(data),
    wait: (direction, timeoutMs) => io.wait(direction, timeoutMs),
    takeChunk:
      io.takeChunk === undefined
        ? undefined
        : () => {
            const c = io.takeChunk!();
            if (c !== null) count(c.length);
            return c;
          },
  };
}

/** Waits for `p` or the transfer's abort, whichever comes first; throws the abort reason. */
async function orAbort(ctx: TransferContext, p: Promise<unknown>): Promise<void> {
  let unhook = (): void => {};
  await Promise.race([p, new Promise<void>((resolve) => (unhook = ctx.onAbort(resolve)))]);
  unhook();
  if (ctx.abortReason !== null) throw ctx.abortReason;
}

class WsCallbackTransfer implements ProtocolTransfer {
  async exchange(ctx: TransferContext, conn: ProtocolConnection): Promise<ExchangeOutcome> {
    // the first progress callback comes once the connection is up (lib/multi.c multi_runsingle)
    ctx.meter?.check();
    const upgrade = await wsUpgrade(ctx, conn.stream, { reused: conn.reused });
    // the server closed before a whole answer: an ordinary transfer has its "Empty reply" check
    if (!upgrade.upgraded) throw ctx.failf(CURLE.GOT_NOTHING, 'Empty reply from server');
    conn.unread(upgrade.leftover);
    const base = conn.io();
    if (base === null) throw ctx.failf(CURLE.RECV_ERROR, 'Connection closed during the WebSocket upgrade');
    const io = counted(base, ctx);
    let failure: CurlError | null = null;
    const session = new WsSession(io, {
      wsOptions: () => ctx.current().wsOptions,
      infof: (text) => ctx.infof(text),
      failf: (code, text) => (failure = ctx.failf(code, text)),
      quietEof: true,
    });
    sessions.set(ctx, session);
    try {
      if ((ctx.opts.wsOptions & CURLWS_RAW_MODE) !== 0) await raw(ctx, base, io);
      else await frames(ctx, session, () => failure);
    } finally {
      sessions.delete(ctx);
    }
    return { keepAlive: false, retry: false, status: 101, location: null, contentLength: -1 };
  }

  follow(_ctx: TransferContext, _next: Target, _outcome: ExchangeOutcome): void {
    // a 3xx answer to an upgrade fails it (22): nothing is followed
  }
}

/** Frame mode: decoded payload with its meta, one piece per write callback call. */
async function frames(ctx: TransferContext, session: WsSession, failure: () => CurlError | null): Promise<void> {
  const writer = clientWriter(ctx);
  const buf = new Uint8Array(CURL_MAX_WRITE_SIZE);
  const meter = ctx.meter ?? null;
  for (;;) {
    if (ctx.abortReason !== null) throw ctx.abortReason;
    // MAX_RECV_SPEED_LARGE: no reading while the step's bytes are spent
    if (meter !== null && meter.recvAvailable() <= 0) await recvAllowance(ctx, meter);
    const r = session.recv(buf);
    if (r.code === CURLE.OK) {
      session.recvFrame = r.meta;
      writer.writeFrame(buf.subarray(0, r.n));
      meter?.check();
      if (writer.blocked) await writer.unblocked();
      continue;
    }
    // the server closed the connection: the transfer is over
    if (r.code === CURLE.GOT_NOTHING) return;
    if (r.code === CURLE.AGAIN) {
      meter?.check();
      await orAbort(ctx, session.wait('recv'));
      continue;
    }
    throw failure() ?? ctx.failf(r.code, '[WS] decode payload error');
  }
}

/** CURLWS_RAW_MODE: the bytes as they arrive. */
async function raw(ctx: TransferContext, base: WsIo, io: WsIo): Promise<void> {
  const writer = clientWriter(ctx);
  const buf = new Uint8Array(CURL_MAX_WRITE_SIZE);
  const meter = ctx.meter ?? null;
  for (;;) {
    if (ctx.abortReason !== null) throw ctx.abortReason;
    if (meter !== null && meter.recvAvailable() <= 0) await recvAllowance(ctx, meter);
    const r = io.recv(buf);
    if (r.code === CURLE.OK && r.n === 0) return;
    if (r.code === CURLE.OK) {
      writer.write(buf.subarray(0, r.n));
      meter?.check();
      if (writer.blocked) await writer.unblocked();
      continue;
    }
    if (r.code === CURLE.AGAIN) {
      meter?.check();
      await orAbort(ctx, base.wait('recv'));
      continue;
    }
    throw ctx.failf(r.code, r.text ?? 'Recv failure');
  }
}

export function wsCallbackTransfer(_ctx: TransferContext): ProtocolTransfer {
  return new WsCallbackTransfer();
}
