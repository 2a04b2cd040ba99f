// Reading a mime tree as a request body (lib/mime.c readback_part, mime_subparts_read,
// Curl_mime_read, mime_size, mime_part_rewind and the cr_mime client reader): a state machine
// per multipart and per part that writes boundaries, part headers and content into the caller's
// buffer, reading files piecewise with node:fs and data_cb parts through their callbacks, so a
// body is never held whole. The bytes are libcurl 8.22's (RFC 2046 section 5.1.1 framing: the
// first boundary has no leading CRLF, the last one ends in "--\r\n").
//
//   mimeSize(top); rewindPart(top);        // top: an easy handle's MIMEPOST part, prepared
//   const n = mimeRead(top, buf, buf.length);   // bytes, 0 at the end, or a status
// (http/mime-body.ts wraps this as the request body.)
import { Buffer } from 'node:buffer';
import { openSync, readSync } from 'node:fs';
import { CURL_READFUNC_ABORT, CURL_READFUNC_PAUSE } from '../base/constants.js';
import { READ_ERROR, resetEncoder, STOP_FILLING } from './mime-encoders.js';
import {
  closeFile,
  KIND_CALLBACK,
  KIND_DATA,
  KIND_FILE,
  KIND_MULTIPART,
  matchHeader,
  S_BEGIN,
  S_BODY,
  S_BOUNDARY1,
  S_BOUNDARY2,
  S_CONTENT,
  S_CURLHEADERS,
  S_END,
  S_EOH,
  S_USERHEADERS,
  SEEK_CANTSEEK,
  SEEK_FAIL,
  SEEK_OK,
  setState,
  type MimeNode,
  type PartNode,
  type ReadState,
} from './mime.js';

/** lib/mime.c MAX_MIME_LEVELS: deeper nesting is a read error. */
const MAX_LEVELS = 40;
const CRLF = Buffer.from('\r\n', 'latin1');
const DASHES_CRLF = Buffer.from('--\r\n', 'latin1');
const CRLF_DASHES = Buffer.from('\r\n--', 'latin1');
const NONE = Buffer.alloc(0);

/** How application callbacks run while the body is read (the transfer's guard), and what one
 * that threw said. Reads are synchronous, so one slot serves the read in progress. */
interface Caller {
  call<T>(fn: () => T): { ok: true; value: T } | { ok: false; text: string };
  thrown: string | null;
}
let caller: Caller | null = null;

/** Runs `fn` (a read or a rewind) with `call` around the application callbacks it reaches;
 * returns its result and the text of a callback that threw, or null. */
export function withCaller<T>(call: Caller['call'], fn: () => T): { value: T; thrown: string | null } {
  const c: Caller = { call, thrown: null };
  const prev = caller;
  caller = c;
  try {
    return { value: fn(), thrown: c.thrown };
  } finally {
    caller = prev;
  }
}

/** An application callback; one that throws gives `failed` (decision 9). */
function callApp<T>(fn: () => T, failed: T): T {
  if (caller === null) {
    try {
      return fn();
    } catch {
      return failed;
    }
  }
  const r = caller.call(fn);
  if (r.ok) return r.value;
  caller.thrown = r.text;
  return failed;
}

/** readback_bytes: `bytes` then `trail`, from the state's offset. */
function readbackBytes(st: ReadState, out: Uint8Array, off: number, size: number, bytes: Uint8Array, trail: Uint8Array): number {
  let src: Uint8Array;
  if (bytes.length > st.offset) src = bytes.subarray(st.offset);
  else {
    const t = st.offset - bytes.length;
    if (t >= trail.length) return 0;
    src = trail.subarray(t);
  }
  const n = Math.min(src.length, size);
  out.set(src.subarray(0, n), off);
  st.offset += n;
  return n;
}

/** The part's read callback by kind (mime_mem_read, mime_file_read, the application's). */
function readContent(part: PartNode, out: Uint8Array, off: number, n: number): number {
  if (n === 0) return STOP_FILLING;
  switch (part.kind) {
    case KIND_DATA: {
      const data = part.data!;
      const sz = Math.min(part.datasize - part.state.offset, n);
      if (sz > 0) out.set(data.subarray(part.state.offset, part.state.offset + sz), off);
      return sz;
    }
    case KIND_FILE: {
      if (part.fd === null) {
        try {
          part.fd = openSync(part.path!, 'r');
        } catch {
          return READ_ERROR;
        }
      }
      try {
        const got = readSync(part.fd, out, off, n, part.datasize >= 0 ? part.filePos : null);
        part.filePos += got;
        if (got === 0) part.fileEof = true;
        return got;
      } catch {
        return READ_ERROR;
      }
    }
    case KIND_CALLBACK: {
      const fn = part.readFn!;
      const got = callApp(() => fn(out.subarray(off, off + n), 1, n, part.arg), CURL_READFUNC_ABORT);
      if (got === CURL_READFUNC_ABORT || got === CURL_READFUNC_PAUSE) return got;
      // more than asked, or not a count: cr_mime_read's "funny value"
      if (typeof got !== 'number' || !Number.isInteger(got) || got < 0 || got > n) return FUNNY;
      return got;
    }
    default:
      return 0;
  }
}

/** A read callback's answer that is no count of bytes (cr_mime_read: "funny value"). */
export const FUNNY = -3;

function isStatus(sz: number): boolean {
  return sz === READ_ERROR || sz === STOP_FILLING || sz === FUNNY || sz === CURL_READFUNC_ABORT || sz === CURL_READFUNC_PAUSE;
}

/** Reads state for one Curl_mime_read pass: whether a slow read callback ran already. */
interface Pass {
  hasread: boolean;
}

/** read_part_content */
function readPartContent(part: PartNode, out: Uint8Array, off: number, size: number, pass: Pass, depth: number): number {
  if (++depth > MAX_LEVELS) return READ_ERROR;
  const last = part.lastReadStatus;
  if (last === 0 || last === CURL_READFUNC_ABORT || last === CURL_READFUNC_PAUSE || last === READ_ERROR || last === FUNNY) return last;
  let sz = 0;
  if (part.datasize !== -1 && part.state.offset >= part.datasize) {
    // at the end of the data: a read spared
  } else if (part.kind === KIND_MULTIPART) {
    sz = subpartsRead(part.sub!, out, off, size, pass, depth);
  } else if (!(part.kind === KIND_FILE && part.fd !== null && part.fileEof) && part.kind !== 0) {
    // one slow read per pass (files and callbacks), memory data as often as it fits
    if (!part.fastRead) {
      if (pass.hasread) return STOP_FILLING;
      pass.hasread = true;
    }
    sz = readContent(part, out, off, size);
  }
  if (sz === STOP_FILLING) return sz;
  if (sz === 0 || isStatus(sz)) part.lastReadStatus = sz;
  else {
    part.state.offset += sz;
    part.lastReadStatus = sz;
  }
  return sz;
}

/** read_encoded_part_content: input through the part's encoder buffer. */
function readEncodedPartContent(part: PartNode, out: Uint8Array, off: number, size: number, pass: Pass, depth: number): number {
  if (++depth > MAX_LEVELS) return READ_ERROR;
  const st = part.enc;
  let cursize = 0;
  let ateof = false;
  for (;;) {
    if (st.bufbeg < st.bufend || ateof) {
      const sz = part.encoder!.encode(out, off, size, ateof, st);
      if (sz === 0) {
        if (ateof) return cursize;
      } else if (sz === READ_ERROR || sz === STOP_FILLING) {
        return cursize > 0 ? cursize : sz;
      } else {
        cursize += sz;
        off += sz;
        size -= sz;
        continue;
      }
    }
    // more input needed: keep what is left at the start of the buffer
    if (st.bufbeg > 0) {
      const len = st.bufend - st.bufbeg;
      if (len > 0) st.buf.copyWithin(0, st.bufbeg, st.bufend);
      st.bufbeg = 0;
      st.bufend = len;
    }
    if (st.bufend >= st.buf.length) return cursize > 0 ? cursize : READ_ERROR;
    const sz = readPartContent(part, st.buf, st.bufend, st.buf.length - st.bufend, pass, depth);
    if (sz === 0) ateof = true;
    else if (isStatus(sz)) return cursize > 0 ? cursize : sz;
    else st.bufend += sz;
  }
}

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

/** readback_part: curl's headers, the user's (their Content-Type left out, curl's carries it),
 * the blank line, then the content. */
function readbackPart(part: PartNode, out: Uint8Array, off: number, size: number, pass: Pass, depth: number): number {
  if (++depth > MAX_LEVELS) return READ_ERROR;
  let cursize = 0;
  while (size > 0) {
    let sz = 0;
    const st = part.state;
    switch (st.state) {
      case S_BEGIN:
        setState(st, part.bodyOnly ? S_BODY : S_CURLHEADERS, 0);
        break;
      case S_USERHEADERS:
      case S_CURLHEADERS: {
        const list = st.state === S_CURLHEADERS ? part.curlHeaders : (part.userHeaders ?? []);
        const hdr = list[st.ptr];
        if (hdr === undefined) {
          if (st.state === S_CURLHEADERS) setState(st, S_USERHEADERS, 0);
          else setState(st, S_EOH);
          break;
        }
        if (st.state === S_USERHEADERS && st.offset === 0 && matchHeader(hdr, 'Content-Type') !== null) {
          setState(st, S_USERHEADERS, st.ptr + 1);
          break;
        }
        sz = readbackBytes(st, out, off, size, utf8(hdr), CRLF);
        if (sz === 0) setState(st, st.state, st.ptr + 1);
        break;
      }
      case S_EOH:
        sz = readbackBytes(st, out, off, size, CRLF, NONE);
        if (sz === 0) setState(st, S_BODY);
        break;
      case S_BODY:
        resetEncoder(part.enc);
        setState(st, S_CONTENT);
        break;
      case S_CONTENT:
        sz = part.encoder !== null ? readEncodedPartContent(part, out, off, size, pass, depth) : readPartContent(part, out, off, size, pass, depth);
        if (sz === 0) {
          setState(st, S_END);
          // spare open file descriptors
          if (part.kind === KIND_FILE) closeFile(part);
          return cursize;
        }
        if (isStatus(sz)) return cursize > 0 ? cursize : sz;
        break;
      case S_END:
        return cursize;
      default:
        break;
    }
    cursize += sz;
    off += sz;
    size -= sz;
  }
  return cursize;
}

/** mime_subparts_read: each part after its boundary, then the closing boundary. */
function subpartsRead(mime: MimeNode, out: Uint8Array, off: number, size: number, pass: Pass, depth: number): number {
  if (++depth > MAX_LEVELS) return READ_ERROR;
  let cursize = 0;
  const st = mime.state;
  while (size > 0) {
    let sz = 0;
    const part = mime.parts[st.ptr];
    switch (st.state) {
      case S_BEGIN:
      case S_BODY:
        setState(st, S_BOUNDARY1, 0);
        // the first boundary follows the blank line that ends the headers: its CRLF is spared
        st.offset += 2;
        break;
      case S_BOUNDARY1:
        sz = readbackBytes(st, out, off, size, CRLF_DASHES, NONE);
        if (sz === 0) setState(st, S_BOUNDARY2, st.ptr);
        break;
      case S_BOUNDARY2:
        sz = readbackBytes(st, out, off, size, utf8(mime.boundary), part !== undefined ? CRLF : DASHES_CRLF);
        if (sz === 0) setState(st, S_CONTENT, st.ptr);
        break;
      case S_CONTENT:
        if (part === undefined) {
          setState(st, S_END);
          break;
        }
        sz = readbackPart(part, out, off, size, pass, depth);
        if (isStatus(sz)) return cursize > 0 ? cursize : sz;
        if (sz === 0) setState(st, S_BOUNDARY1, st.ptr + 1);
        break;
      case S_END:
        return cursize;
      default:
        break;
    }
    cursize += sz;
    off += sz;
    size -= sz;
  }
  return cursize;
}

/** The part's seek callback back to the start (mime_mem_seek, mime_file_seek, the
 * application's, mime_subparts_seek). */
function seekStart(part: PartNode): number {
  switch (part.kind) {
    case KIND_DATA:
      part.state.offset = 0;
      return SEEK_OK;
    case KIND_FILE:
      // only a regular file (its size known) can be rewound; one not open is at its start
      if (part.datasize < 0) return SEEK_CANTSEEK;
      part.filePos = 0;
      part.fileEof = false;
      return SEEK_OK;
    case KIND_CALLBACK: {
      const fn = part.seekFn;
      if (fn === null) return SEEK_CANTSEEK;
      const r = callApp(() => fn(part.arg, 0, 0), SEEK_FAIL);
      return r === SEEK_OK || r === SEEK_FAIL || r === SEEK_CANTSEEK ? r : r === -1 ? SEEK_CANTSEEK : SEEK_FAIL;
    }
    case KIND_MULTIPART:
      return rewindMime(part.sub!);
    default:
      return SEEK_CANTSEEK;
  }
}

/** mime_part_rewind: nothing to do before any read; else the content goes back to its start. */
export function rewindPart(part: PartNode): number {
  let res = SEEK_OK;
  const target = part.bodyOnly ? S_BODY : S_BEGIN;
  resetEncoder(part.enc);
  if (part.state.state > target) res = seekStart(part);
  if (res === SEEK_OK) setState(part.state, target);
  part.lastReadStatus = 1;
  return res;
}

/** mime_subparts_seek to 0. */
export function rewindMime(mime: MimeNode): number {
  if (mime.state.state === S_BEGIN) return SEEK_OK;
  let rc = SEEK_OK;
  for (const part of mime.parts) {
    const res = rewindPart(part);
    if (res !== SEEK_OK) rc = res;
  }
  if (rc === SEEK_OK) setState(mime.state, S_BEGIN);
  return rc;
}

/** multipart_size: 52 bytes per boundary ("\r\n--", 46, CRLF; the first one's CRLF spared,
 * the last one's "--" added), -1 when a part's size is unknown. */
function multipartSize(mime: MimeNode | null): number {
  if (mime === null) return 0;
  const boundarySize = 4 + mime.boundary.length + 2;
  let size = boundarySize;
  for (const part of mime.parts) {
    const sz = mimeSize(part);
    if (sz < 0) size = sz;
    if (size >= 0) size += boundarySize + sz;
  }
  return size;
}

/** mime_size: the part's bytes on the wire (content after its encoder, its headers and the
 * blank line), -1 unknown. */
export function mimeSize(part: PartNode): number {
  if (part.kind === KIND_MULTIPART) part.datasize = multipartSize(part.sub);
  let size = part.datasize;
  if (part.encoder !== null) size = part.encoder.size(part.datasize);
  if (size >= 0 && !part.bodyOnly) {
    for (const h of part.curlHeaders) size += Buffer.byteLength(h, 'utf8') + 2;
    for (const h of part.userHeaders ?? []) if (matchHeader(h, 'Content-Type') === null) size += Buffer.byteLength(h, 'utf8') + 2;
    size += 2;
  }
  return size;
}

/** mime_unpause: a part paused by its callback may be read again. */
export function unpause(part: PartNode): void {
  if (part.lastReadStatus === CURL_READFUNC_PAUSE) part.lastReadStatus = 1;
  if (part.kind === KIND_MULTIPART) for (const p of part.sub!.parts) unpause(p);
}

/** Curl_mime_read: passes until a read gives something or a status. */
export function mimeRead(top: PartNode, out: Uint8Array, n: number): number {
  for (;;) {
    const ret = readbackPart(top, out, 0, n, { hasread: false }, 0);
    if (ret !== STOP_FILLING) return ret;
  }
}
