// The mime API (libcurl's curl_mime_* functions, lib/mime.c) as manbind serves it: a Mime (a
// curl_mime) made for an easy handle, its parts (curl_mimepart) set up part by part, and the
// whole given to CURLOPT_MIMEPOST. Each setter returns libcurl's CURLcode; the C names exist as
// plain functions too, so code ported from C reads the same:
//
//   const mime = new Mime(easy);                 // curl_mime_init(easy)
//   const part = mime.addPart();                 // curl_mime_addpart(mime)
//   part.name('file'); part.filedata('./a.png'); // curl_mime_name, curl_mime_filedata
//   easy.setopt(CURLOPT.MIMEPOST, mime);
//   await easy.perform();
//   mime.free();                                 // curl_mime_free
//
// After free() every call on the mime or its parts returns CURLE_BAD_FUNCTION_ARGUMENT (43)
// (libcurl would use freed memory) and addPart() returns null. Mime.from([{ name, data }, ...])
// builds one from a list of fields.
import { Buffer } from 'node:buffer';
import { CURLE } from '../base/codes.js';
import type { ReadFn, SeekFn } from '../base/upload-options.js';
import { freeMime, MIME_NODES, MimeNode, PART_NODES, setData, setDataCb, setEncoder, setFiledata, setSubparts } from '../http/mime.js';
import { rewindMime } from '../http/mime-reader.js';

/** curl_free_callback: called with the data_cb argument when the part lets go of it. */
export type MimeFreeFn = (arg: unknown) => void;

/** curl.h CURL_ZERO_TERMINATED: curl_mime_data takes all of the data. */
export const CURL_ZERO_TERMINATED = -1;

const BAD = CURLE.BAD_FUNCTION_ARGUMENT;
/** How addPart hands a MimePart its node (the constructor is not for applications). */
const MIME_PART_KEY = Symbol('mime part');

/** A string or null, else undefined (a wrong type). */
function text(v: unknown): string | null | undefined {
  return v === null || v === undefined ? null : typeof v === 'string' ? v : undefined;
}

/** A mime part (curl_mimepart). Made by Mime.addPart(). */
export class MimePart {
  /** Made by Mime.addPart() only. */
  constructor(node: unknown) {
    if (typeof node === 'object' && node !== null && MIME_PART_KEY in node) PART_NODES.set(this, node[MIME_PART_KEY] as never);
  }

  /** The node behind the part, or null once its mime was freed. */
  #node() {
    const n = PART_NODES.get(this);
    return n === undefined || n.freed ? null : n;
  }

  /** curl_mime_name: the form field's name; null removes it. */
  name(name: string | null): number {
    const n = this.#node();
    const v = text(name);
    if (n === null || v === undefined) return BAD;
    n.name = v;
    return CURLE.OK;
  }

  /** curl_mime_filename: the remote file name; null removes it. */
  filename(filename: string | null): number {
    const n = this.#node();
    const v = text(filename);
    if (n === null || v === undefined) return BAD;
    n.filename = v;
    return CURLE.OK;
  }

  /** curl_mime_type: the part's Content-Type; null lets libcurl's rules pick it. */
  type(mimetype: string | null): number {
    const n = this.#node();
    const v = text(mimetype);
    if (n === null || v === undefined) return BAD;
    n.mimetype = v;
    return CURLE.OK;
  }

  /** curl_mime_encoder: "binary", "8bit", "7bit", "base64" or "quoted-printable" (any case);
   * another name is 43; null removes the encoder. */
  encoder(encoding: string | null): number {
    const n = this.#node();
    const v = text(encoding);
    if (n === null || v === undefined) return BAD;
    return setEncoder(n, v);
  }

  /** curl_mime_data: a copy of the data (a string goes as UTF-8); `size` bytes of it, or all
   * with CURL_ZERO_TERMINATED (-1). null removes the content. */
  data(data: string | Uint8Array | null, size: number = CURL_ZERO_TERMINATED): number {
    const n = this.#node();
    if (n === null || typeof size !== 'number' || !Number.isInteger(size) || size < -1) return BAD;
    if (data === null || data === undefined) return setData(n, null, size);
    if (typeof data === 'string') return setData(n, Buffer.from(data, 'utf8'), size);
    if (data instanceof Uint8Array) return setData(n, data, size);
    return BAD;
  }

  /** curl_mime_filedata: the content is the file at `path`, read as it is sent; the part's
   * filename becomes its base name. CURLE_READ_ERROR (26) when the file cannot be looked at. */
  filedata(path: string | null): number {
    const n = this.#node();
    const v = text(path);
    if (n === null || v === undefined) return BAD;
    return setFiledata(n, v);
  }

  /** curl_mime_data_cb: the content comes from `read` (as CURLOPT_READFUNCTION's, with `arg` as
   * its userdata), `datasize` bytes (-1: unknown, the body is sent chunked); `seek` rewinds it
   * (offset 0, SEEK_SET) for a second request; `free` runs with `arg` when the part lets go. */
  dataCb(datasize: number | bigint, read: ReadFn | null, seek: SeekFn | null = null, free: MimeFreeFn | null = null, arg: unknown = null): number {
    const n = this.#node();
    const size = typeof datasize === 'bigint' ? Number(datasize) : datasize;
    if (n === null || typeof size !== 'number' || !Number.isSafeInteger(size) || size < -1) return BAD;
    const fn = (f: unknown): boolean => f === null || f === undefined || typeof f === 'function';
    if (!fn(read) || !fn(seek) || !fn(free)) return BAD;
    return setDataCb(n, size, read ?? null, seek ?? null, free ?? null, arg);
  }

  /** curl_mime_subparts: another Mime becomes this part's content (multipart/mixed unless
   * typed), owned by the part from now on; null removes the content. 43 when that Mime is
   * attached elsewhere already or is this part's own root. */
  subparts(subparts: Mime | null): number {
    const n = this.#node();
    if (n === null) return BAD;
    if (subparts === null || subparts === undefined) return setSubparts(n, null, true, rewindMime);
    const sub = MIME_NODES.get(subparts);
    if (sub === undefined || sub.freed) return BAD;
    return setSubparts(n, sub, true, rewindMime);
  }

  /** curl_mime_headers: header lines ("Name: value") for this part. libcurl's take_ownership
   * decides who frees the list; here the list is copied, so it only reads as libcurl's does. */
  headers(headers: readonly string[] | null, takeOwnership: number | boolean = 0): number {
    const n = this.#node();
    if (n === null || (typeof takeOwnership !== 'number' && typeof takeOwnership !== 'boolean')) return BAD;
    if (headers === null || headers === undefined) {
      n.userHeaders = null;
      return CURLE.OK;
    }
    if (!Array.isArray(headers) || !headers.every((h) => typeof h === 'string')) return BAD;
    n.userHeaders = [...headers];
    return CURLE.OK;
  }
}

/** One part for Mime.from: each field is the MimePart setter of that name. */
export interface MimePartSpec {
  name?: string;
  data?: string | Uint8Array;
  /** curl_mime_filedata: a path, read as the body is sent. */
  file?: string;
  filename?: string;
  type?: string;
  encoder?: string;
  headers?: readonly string[];
  subparts?: readonly MimePartSpec[];
}

/** A mime structure (curl_mime): the parts of a multipart body. */
export class Mime {
  /**
   * A mime with `parts` set up in order, for code used to node-libcurl's or pycurl's lists of
   * form fields: `Mime.from([{ name: 'a', data: '1' }, { name: 'f', file: './x.png' }])`. Throws
   * a RangeError naming the part and field whose setter did not return CURLE_OK (a missing file
   * is 26, an unknown encoder 43).
   */
  static from(parts: readonly MimePartSpec[], easy?: unknown): Mime {
    const mime = new Mime(easy);
    parts.forEach((spec, i) => {
      const part = mime.addPart()!;
      const check = (field: string, rc: number): void => {
        if (rc !== CURLE.OK) throw new RangeError(`Mime.from: part ${i} (${spec.name ?? 'unnamed'}): ${field} returned ${rc}`);
      };
      if (spec.name !== undefined) check('name', part.name(spec.name));
      if (spec.data !== undefined) check('data', part.data(spec.data));
      if (spec.file !== undefined) check('file', part.filedata(spec.file));
      if (spec.subparts !== undefined) check('subparts', part.subparts(Mime.from(spec.subparts, easy)));
      if (spec.filename !== undefined) check('filename', part.filename(spec.filename));
      if (spec.type !== undefined) check('type', part.type(spec.type));
      if (spec.encoder !== undefined) check('encoder', part.encoder(spec.encoder));
      if (spec.headers !== undefined) check('headers', part.headers(spec.headers));
    });
    return mime;
  }

  /** curl_mime_init: `easy` is accepted for libcurl's signature (it only seeds the boundary's
   * random characters there). */
  constructor(easy?: unknown) {
    void easy;
    MIME_NODES.set(this, new MimeNode());
  }

  /** curl_mime_addpart: a new part at the end; null once the mime was freed. */
  addPart(): MimePart | null {
    const node = MIME_NODES.get(this);
    if (node === undefined || node.freed) return null;
    return new MimePart({ [MIME_PART_KEY]: node.addPart() });
  }

  /** curl_mime_free: the parts and the subparts they own are released (data_cb free callbacks
   * run); an easy handle using it as MIMEPOST no longer does. */
  free(): void {
    const node = MIME_NODES.get(this);
    if (node !== undefined) freeMime(node);
  }
}

// The C names (curl_mime_*), for code ported from C: a null mime or part is 43, as in libcurl.

export function curl_mime_init(easy?: unknown): Mime {
  return new Mime(easy);
}
export function curl_mime_free(mime: Mime | null): void {
  if (mime instanceof Mime) mime.free();
}
export function curl_mime_addpart(mime: Mime | null): MimePart | null {
  return mime instanceof Mime ? mime.addPart() : null;
}
const onPart = <A extends unknown[]>(fn: (p: MimePart, ...a: A) => number) => (part: MimePart | null, ...a: A): number =>
  part instanceof MimePart ? fn(part, ...a) : BAD;
export const curl_mime_name = onPart((p, name: string | null) => p.name(name));
export const curl_mime_filename = onPart((p, filename: string | null) => p.filename(filename));
export const curl_mime_type = onPart((p, mimetype: string | null) => p.type(mimetype));
export const curl_mime_encoder = onPart((p, encoding: string | null) => p.encoder(encoding));
export const curl_mime_data = onPart((p, data: string | Uint8Array | null, datasize: number = CURL_ZERO_TERMINATED) => p.data(data, datasize));
export const curl_mime_filedata = onPart((p, filename: string | null) => p.filedata(filename));
export const curl_mime_data_cb = onPart(
  (p, datasize: number | bigint, read: ReadFn | null, seek: SeekFn | null = null, free: MimeFreeFn | null = null, arg: unknown = null) =>
    p.dataCb(datasize, read, seek, free, arg),
);
export const curl_mime_subparts = onPart((p, subparts: Mime | null) => p.subparts(subparts));
export const curl_mime_headers = onPart((p, headers: readonly string[] | null, takeOwnership: number | boolean = 0) => p.headers(headers, takeOwnership));
