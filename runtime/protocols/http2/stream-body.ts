// Reading the body of an HTTP/2 stream (exchange.ts): as Node's own client does, each chunk in its
// 'data' event (libcurl too hands each DATA chunk on as nghttp2 gives it, lib/http2.c
// on_data_chunk_recv), the stream paused while the application's writer is blocked; or chunk by
// chunk on demand (nextChunk), where MAX_RECV_SPEED_LARGE or an upload still going needs the reader.
import type { Buffer } from 'node:buffer';
import type { ClientHttp2Stream } from 'node:http2';
import type { TransferContext } from '../../base/context.js';
import type { ClientWriter } from '../../http/client-writer.js';
import { WAIT, type StreamReader } from '../../io/stream-reader.js';

/** The next body bytes, null at the end: at once when the stream holds some, else after one
 * wait, with no async frame per chunk (a download reads tens of thousands). Rejects as read()
 * does. */
export function nextChunk(reader: StreamReader): Buffer | null | Promise<Buffer | null> {
  let resume = (): void => {};
  const wake = (): void => resume();
  const r = reader.readNow(wake);
  if (r !== WAIT) return r;
  return new Promise((resolve, reject) => {
    resume = () => {
      try {
        const again = reader.readNow(wake);
        if (again !== WAIT) resolve(again);
      } catch (err) {
        reject(err);
      }
    };
  });
}

/** The body as Node's own client reads it: each chunk to `take` in its 'data' event (no wake-up,
 * promise or read() per chunk), the stream paused while the writer is blocked (a pause); no
 * StreamReader on it (its 'readable' listener would hold the stream in paused mode). Resolves at the
 * close (where the transfer ends: the stream's place on the connection is free, its trailers are
 * in) with whether the stream ended cleanly before: Node also ends a stream its session took down
 * (an end after the stream was destroyed), which is not the response's end. Rejects with the
 * stream's error (Node emits it before the close), the abort reason, or what `take` threw. */
export function flowBody(
  ctx: TransferContext,
  stream: ClientHttp2Stream,
  take: (chunk: Buffer) => void,
  writer: ClientWriter | undefined,
): Promise<boolean> {
  if (ctx.abortReason !== null) return Promise.reject(ctx.abortReason);
  return new Promise((resolve, reject) => {
    let settled = false;
    let clean = false;
    const finish = (err?: unknown): void => {
      if (settled) return;
      settled = true;
      unhook();
      // after the close no event changes anything (a late one finds `settled`): the listeners go
      // with the stream, no removals per transfer
      if (err === undefined) return resolve(clean);
      stream.off('data', onData);
      stream.off('end', onCleanEnd);
      stream.off('close', onClose);
      stream.off('error', finish);
      stream.pause();
      reject(err);
    };
    const onData = (chunk: Buffer): void => {
      try {
        take(chunk);
      } catch (err) {
        finish(err);
        return;
      }
      if (writer?.blocked && !settled) {
        stream.pause();
        writer.unblocked().then(() => {
          if (!settled) stream.resume();
        }, finish);
      }
    };
    const onClose = (): void => finish();
    const onCleanEnd = (): void => {
      clean = !stream.destroyed;
    };
    const unhook = ctx.onAbort(() => finish(ctx.abortReason));
    if (stream.destroyed) {
      // its close may be out already: it settles once the events of this turn are out (as
      // destroyed, not a clean end)
      queueMicrotask(onClose);
      return;
    }
    if (stream.readableEnded) clean = true;
    stream.on('data', onData);
    stream.on('end', onCleanEnd);
    stream.on('close', onClose);
    stream.on('error', finish);
    stream.resume();
  });
}
