// What setopt and the easy handle do with a Mime (lib/setopt.c setopt_mimepost, lib/url.c
// Curl_mime_cleanpart at reset and cleanup, lib/easy.c Curl_mime_duppart at duphandle), apart
// from api/mime.ts so that the package's declarations of the public classes stay small.
import type { MimePostPart } from '../base/mime-options.js';
import {
  cleanupPartContent,
  KIND_CALLBACK,
  KIND_DATA,
  KIND_FILE,
  KIND_MULTIPART,
  MIME_NODES,
  MimeNode,
  PartNode,
  setData,
  setDataCb,
  setFiledata,
  setSubparts,
} from '../http/mime.js';
import { rewindMime } from '../http/mime-reader.js';

/** The tree behind a Mime given to setopt, or undefined for anything else. */
export function mimeNodeOf(value: unknown): MimeNode | undefined {
  return typeof value === 'object' && value !== null ? MIME_NODES.get(value) : undefined;
}

/** setopt_mimepost: the easy handle's top part takes `mime` as its content (not owned). */
export function setMimePost(top: MimePostPart | null, mime: MimeNode | null): { top: MimePostPart; code: number } {
  const part = (top as PartNode | null) ?? new PartNode(null);
  return { top: part, code: setSubparts(part, mime, false, rewindMime) };
}

/** Curl_mime_cleanpart of an easy handle's top part (reset, cleanup): its mime is unbound. */
export function releaseMimePost(top: MimePostPart | null): void {
  if (top !== null) cleanupPartContent(top as PartNode);
}

/** curl_easy_duphandle: the copy gets a copy of the whole tree (Curl_mime_duppart), with new
 * boundaries; a file that cannot be looked at any more is copied as a part without content. */
export function dupMimePost(top: MimePostPart | null): MimePostPart | null {
  if (top === null) return null;
  const dst = new PartNode(null);
  dupPart(dst, top as PartNode);
  return dst;
}

function dupPart(dst: PartNode, src: PartNode): void {
  switch (src.kind) {
    case KIND_DATA:
      setData(dst, src.data, src.datasize);
      break;
    case KIND_FILE:
      setFiledata(dst, src.path);
      break;
    case KIND_CALLBACK:
      setDataCb(dst, src.datasize, src.readFn, src.seekFn, src.freeFn, src.arg);
      break;
    case KIND_MULTIPART: {
      const mime = new MimeNode();
      setSubparts(dst, mime, true, rewindMime);
      for (const s of src.sub!.parts) dupPart(mime.addPart(), s);
      break;
    }
    default:
      break;
  }
  if (src.userHeaders !== null) dst.userHeaders = [...src.userHeaders];
  dst.encoder = src.encoder;
  dst.mimetype = src.mimetype;
  dst.name = src.name;
  dst.filename = src.filename;
}
