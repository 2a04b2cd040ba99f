// The mime tree behind curl_mime_* (lib/mime.c): a multipart (MimeNode, libcurl's curl_mime)
// holds parts (PartNode, curl_mimepart) whose content is memory data, a named file read as it is
// sent, a read callback or a nested multipart. The setters return libcurl's codes; the part
// headers are prepared before each request as Curl_mime_prepare_headers does (form strategy:
// Content-Disposition: form-data, the Content-Type rules, RFC 7578 and the WHATWG escaping).
// http/mime-reader.ts reads the tree as the request body; api/mime.ts is the public face.
import { randomInt } from 'node:crypto';
import { closeSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { CURLE } from '../base/codes.js';
import type { ReadFn, SeekFn } from '../base/upload-options.js';
import { ENCODERS, encoderState, resetEncoder, type EncoderState, type MimeEncoder } from './mime-encoders.js';

/** enum mimekind */
export const KIND_NONE = 0;
export const KIND_DATA = 1;
export const KIND_FILE = 2;
export const KIND_CALLBACK = 3;
export const KIND_MULTIPART = 4;

/** enum mimestate, in libcurl's order (rewinds compare them). */
export const S_BEGIN = 0;
export const S_CURLHEADERS = 1;
export const S_USERHEADERS = 2;
export const S_EOH = 3;
export const S_BODY = 4;
export const S_BOUNDARY1 = 5;
export const S_BOUNDARY2 = 6;
export const S_CONTENT = 7;
export const S_END = 8;

/** struct mime_state: `ptr` is an index (a header of a list, a part of a multipart). */
export interface ReadState {
  state: number;
  ptr: number;
  offset: number;
}

/** mimesetstate */
export function setState(s: ReadState, state: number, ptr = 0): void {
  s.state = state;
  s.ptr = ptr;
  s.offset = 0;
}

/** curl.h CURL_SEEKFUNC_OK, _FAIL, _CANTSEEK. */
export const SEEK_OK = 0;
export const SEEK_FAIL = 1;
export const SEEK_CANTSEEK = 2;

/** curl_free_callback: called with the data_cb argument when the part lets go of it. */
export type FreeFn = (arg: unknown) => void;

/** lib/mime.h MIME_BOUNDARY_DASHES, MIME_RAND_BOUNDARY_CHARS; lib/rand.c alnum[]. */
const BOUNDARY_DASHES = 24;
const BOUNDARY_RANDOM = 22;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** The trees behind the public Mime and MimePart objects (api/mime.ts), by object. */
export const MIME_NODES = new WeakMap<object, MimeNode>();
export const PART_NODES = new WeakMap<object, PartNode>();

/** A multipart (struct curl_mime). */
export class MimeNode {
  /** 24 dashes and 22 random alphanumerics (curl_mime_init, Curl_rand_alnum). */
  readonly boundary: string;
  readonly parts: PartNode[] = [];
  /** The part this multipart is the content of (a subpart, or an easy handle's MIMEPOST). */
  parent: PartNode | null = null;
  readonly state: ReadState = { state: S_BEGIN, ptr: 0, offset: 0 };
  freed = false;

  constructor() {
    let r = '';
    for (let i = 0; i < BOUNDARY_RANDOM; i++) r += ALNUM[randomInt(ALNUM.length)];
    this.boundary = '-'.repeat(BOUNDARY_DASHES) + r;
  }

  /** curl_mime_addpart */
  addPart(): PartNode {
    const part = new PartNode(this);
    this.parts.push(part);
    return part;
  }
}

/** A part (struct curl_mimepart). */
export class PartNode {
  parent: MimeNode | null;
  kind = KIND_NONE;
  /** MIME_BODY_ONLY: the top part of a MIMEPOST sends no headers of its own. */
  bodyOnly = false;
  /** MIME_FAST_READ: memory data may be read beside other reads in one pass. */
  fastRead = false;
  /** Memory data (KIND_DATA). */
  data: Uint8Array | null = null;
  /** The file's path (KIND_FILE). */
  path: string | null = null;
  fd: number | null = null;
  filePos = 0;
  fileEof = false;
  /** KIND_CALLBACK: the application's callbacks and their argument. */
  readFn: ReadFn | null = null;
  seekFn: SeekFn | null = null;
  freeFn: FreeFn | null = null;
  arg: unknown = null;
  /** KIND_MULTIPART: the subparts, and whether the part owns them (curl_mime_subparts does). */
  sub: MimeNode | null = null;
  ownsSub = false;
  /** Headers libcurl makes (Content-Disposition, Content-Type, ...), prepared per request. */
  curlHeaders: string[] = [];
  /** curl_mime_headers' list. */
  userHeaders: readonly string[] | null = null;
  mimetype: string | null = null;
  filename: string | null = null;
  name: string | null = null;
  /** The content's size; -1 unknown. */
  datasize = 0;
  readonly state: ReadState = { state: S_BEGIN, ptr: 0, offset: 0 };
  encoder: MimeEncoder | null = null;
  readonly enc: EncoderState = encoderState();
  /** The last read's status (1: a successful read; 0 end; READ_ERROR; ABORT; PAUSE). */
  lastReadStatus = 1;
  freed = false;

  constructor(parent: MimeNode | null) {
    this.parent = parent;
  }
}

/** cleanup_part_content: lets go of the content (the free callback runs, a file closes). */
export function cleanupPartContent(part: PartNode): void {
  const free = part.freeFn;
  const arg = part.arg;
  part.freeFn = null;
  if (part.kind === KIND_MULTIPART && part.sub !== null) {
    const sub = part.sub;
    sub.parent = null;
    if (part.ownsSub) freeMime(sub);
  }
  if (part.fd !== null) closeFile(part);
  part.readFn = null;
  part.seekFn = null;
  part.arg = null;
  part.data = null;
  part.path = null;
  part.sub = null;
  part.ownsSub = false;
  part.datasize = 0;
  resetEncoder(part.enc);
  part.kind = KIND_NONE;
  part.fastRead = false;
  part.lastReadStatus = 1;
  part.state.state = S_BEGIN;
  if (free !== null) free(arg);
}

export function closeFile(part: PartNode): void {
  if (part.fd === null) return;
  try {
    closeSync(part.fd);
  } catch {
    // already closed: nothing to release
  }
  part.fd = null;
}

/** curl_mime_free: the parts and, recursively, the subparts they own. A multipart that is an
 * easy handle's MIMEPOST is unbound from it first (mime_subparts_unbind). */
export function freeMime(mime: MimeNode): void {
  if (mime.freed) return;
  mime.freed = true;
  const parent = mime.parent;
  if (parent !== null) {
    parent.ownsSub = false;
    cleanupPartContent(parent);
  }
  for (const part of mime.parts.splice(0)) {
    cleanupPartContent(part);
    part.freed = true;
    part.parent = null;
  }
}

/** curl_mime_data: a copy of `data` (CURL_ZERO_TERMINATED, -1, takes all of it). */
export function setData(part: PartNode, data: Uint8Array | null, size: number): number {
  cleanupPartContent(part);
  if (data === null) return CURLE.OK;
  const n = size < 0 ? data.length : size;
  if (n > data.length) return CURLE.BAD_FUNCTION_ARGUMENT;
  part.data = Uint8Array.from(data.subarray(0, n));
  part.datasize = n;
  part.fastRead = true;
  part.kind = KIND_DATA;
  return CURLE.OK;
}

/** curl_mime_filedata: the file is looked at now (26 when it cannot be), read when sent; its
 * base name becomes the part's filename. */
export function setFiledata(part: PartNode, path: string | null): number {
  cleanupPartContent(part);
  if (path === null) return CURLE.OK;
  let st;
  try {
    st = statSync(path);
  } catch {
    return CURLE.READ_ERROR;
  }
  part.path = path;
  part.datasize = -1;
  // a regular file has a size and can be rewound; a pipe or device is read once, chunked
  if (st.isFile()) part.datasize = st.size;
  part.kind = KIND_FILE;
  // strippath: withdrawn by curl_mime_filename(part, NULL) afterwards
  part.filename = basename(path);
  return CURLE.OK;
}

/** curl_mime_encoder: one of lib/mime.c's encoders by name, any case; null removes it. */
export function setEncoder(part: PartNode, encoding: string | null): number {
  part.encoder = null;
  if (encoding === null) return CURLE.OK;
  const e = ENCODERS.find((m) => m.name === encoding.toLowerCase());
  if (e === undefined) return CURLE.BAD_FUNCTION_ARGUMENT;
  part.encoder = e;
  return CURLE.OK;
}

/** curl_mime_data_cb: the content comes from `read` (size `datasize`, -1 unknown). */
export function setDataCb(part: PartNode, datasize: number, read: ReadFn | null, seek: SeekFn | null, free: FreeFn | null, arg: unknown): number {
  cleanupPartContent(part);
  if (read === null) return CURLE.OK;
  part.readFn = read;
  part.seekFn = seek;
  part.freeFn = free;
  part.arg = arg;
  part.datasize = datasize;
  part.kind = KIND_CALLBACK;
  return CURLE.OK;
}

/** Curl_mime_set_subparts: `sub` becomes the part's content. 43 when it is attached elsewhere
 * already or is the part's own root; 65 when it cannot be rewound. */
export function setSubparts(part: PartNode, sub: MimeNode | null, takeOwnership: boolean, rewind: (m: MimeNode) => number): number {
  if (part.kind === KIND_MULTIPART && part.sub === sub) return CURLE.OK;
  cleanupPartContent(part);
  if (sub === null) return CURLE.OK;
  if (sub.parent !== null) return CURLE.BAD_FUNCTION_ARGUMENT;
  let root = part.parent;
  while (root !== null && root.parent !== null && root.parent.parent !== null) root = root.parent.parent;
  if (root === sub) return CURLE.BAD_FUNCTION_ARGUMENT;
  // used as a MIMEPOST before, it may not be at its start
  if (rewind(sub) !== SEEK_OK) return CURLE.SEND_FAIL_REWIND;
  sub.parent = part;
  part.sub = sub;
  part.ownsSub = takeOwnership;
  part.datasize = -1;
  part.kind = KIND_MULTIPART;
  return CURLE.OK;
}

/** Curl_mime_contenttype: the type a few well-known filename extensions give. */
export function contentTypeFor(filename: string | null): string | null {
  if (filename === null) return null;
  const lower = filename.toLowerCase();
  for (const [ext, type] of CONTENT_TYPES) if (lower.endsWith(ext)) return type;
  return null;
}

const CONTENT_TYPES: readonly (readonly [string, string])[] = [
  ['.gif', 'image/gif'],
  ['.jpg', 'image/jpeg'],
  ['.jpeg', 'image/jpeg'],
  ['.png', 'image/png'],
  ['.svg', 'image/svg+xml'],
  ['.txt', 'text/plain'],
  ['.htm', 'text/html'],
  ['.html', 'text/html'],
  ['.pdf', 'application/pdf'],
  ['.xml', 'application/xml'],
];

/** match_header: the value after "Label:" and its spaces, or null. */
export function matchHeader(line: string, label: string): string | null {
  if (line.length <= label.length || line[label.length] !== ':') return null;
  if (line.slice(0, label.length).toLowerCase() !== label.toLowerCase()) return null;
  let i = label.length + 1;
  while (line[i] === ' ') i++;
  return line.slice(i);
}

/** search_header */
export function searchHeader(list: readonly string[] | null, label: string): string | null {
  for (const line of list ?? []) {
    const v = matchHeader(line, label);
    if (v !== null) return v;
  }
  return null;
}

/** content_type_match: `target` followed by the end, a space, a tab, CR, LF or ';'. */
function contentTypeMatch(contentType: string | null, target: string): boolean {
  if (contentType === null || contentType.slice(0, target.length).toLowerCase() !== target) return false;
  const next = contentType[target.length];
  return next === undefined || next === '\t' || next === '\r' || next === '\n' || next === ' ' || next === ';';
}

/** escape_string: the form strategy percent-encodes '"', CR and LF (WHATWG HTML 4.10.21.8);
 * with CURLMIMEOPT_FORMESCAPE a backslash goes before '\' and '"'. */
function escapeString(s: string, backslash: boolean): string {
  if (backslash) return s.replace(/[\\"]/g, (c) => `\\${c}`);
  return s.replace(/["\r\n]/g, (c) => (c === '"' ? '%22' : c === '\r' ? '%0D' : '%0A'));
}

/** add_content_disposition. Throws 43 when a backslash-escaped name or filename holds CR or LF
 * (it would split the header). */
function addContentDisposition(part: PartNode, disposition: string | null, contentType: string | null, formEscape: boolean): number {
  if (disposition === null && (part.filename !== null || part.name !== null || (contentType !== null && contentType.slice(0, 10).toLowerCase() !== 'multipart/'))) {
    disposition = 'attachment';
  }
  if (disposition !== null && disposition.toLowerCase() === 'attachment' && part.name === null && part.filename === null) disposition = null;
  if (disposition === null) return CURLE.OK;
  if (formEscape && (/[\r\n]/.test(part.name ?? '') || /[\r\n]/.test(part.filename ?? ''))) return CURLE.BAD_FUNCTION_ARGUMENT;
  let line = `Content-Disposition: ${disposition}`;
  if (part.name !== null) line += `; name="${escapeString(part.name, formEscape)}"`;
  if (part.filename !== null) line += `; filename="${escapeString(part.filename, formEscape)}"`;
  part.curlHeaders.push(line);
  return CURLE.OK;
}

/**
 * Curl_mime_prepare_headers with the form strategy: the part's Content-Disposition, Content-Type
 * (its own, a user header's, or the default: multipart/mixed for subparts, by extension for a
 * file else application/octet-stream; text/plain is left out for a part without filename) and
 * Content-Transfer-Encoding, then the same for its subparts. Returns a CURLcode.
 */
export function prepareHeaders(part: PartNode, contentType: string | null, disposition: string | null, formEscape: boolean): number {
  part.curlHeaders = [];
  if (part.state.state === S_CURLHEADERS) setState(part.state, S_CURLHEADERS, 0);
  const customct = part.mimetype ?? searchHeader(part.userHeaders, 'Content-Type');
  if (customct !== null) contentType = customct;
  if (contentType === null) {
    switch (part.kind) {
      case KIND_MULTIPART:
        contentType = 'multipart/mixed';
        break;
      case KIND_FILE:
        contentType = contentTypeFor(part.filename) ?? contentTypeFor(part.path);
        if (contentType === null && part.filename !== null) contentType = 'application/octet-stream';
        break;
      default:
        contentType = contentTypeFor(part.filename);
        break;
    }
  }
  let boundary: string | null = null;
  if (part.kind === KIND_MULTIPART) boundary = part.sub?.boundary ?? null;
  else if (contentType !== null && customct === null && contentTypeMatch(contentType, 'text/plain') && part.filename === null) {
    contentType = null;
  }
  if (searchHeader(part.userHeaders, 'Content-Disposition') === null) {
    const rc = addContentDisposition(part, disposition, contentType, formEscape);
    if (rc !== CURLE.OK) return rc;
  }
  if (contentType !== null) part.curlHeaders.push(`Content-Type: ${contentType}${boundary !== null ? `; boundary=${boundary}` : ''}`);
  if (searchHeader(part.userHeaders, 'Content-Transfer-Encoding') === null && part.encoder !== null) {
    part.curlHeaders.push(`Content-Transfer-Encoding: ${part.encoder.name}`);
  }
  if (part.kind === KIND_MULTIPART && part.sub !== null) {
    const sub = contentTypeMatch(contentType, 'multipart/form-data') ? 'form-data' : null;
    for (const p of part.sub.parts) {
      const rc = prepareHeaders(p, null, sub, formEscape);
      if (rc !== CURLE.OK) return rc;
    }
  }
  return CURLE.OK;
}
