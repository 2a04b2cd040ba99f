// manbind's public API: the Easy handle, CURLcodes and their texts, and the constants the
// callbacks and options use. Names and values follow libcurl's curl.h.
//
// Constants come from the generated bindings (generated/, from specs/) where a spec defines them;
// the few no spec defines are exported from runtime/constants.ts by name.
export { Easy, type HeaderResult, type IoReturn, type WsSendResult, type WsRecvResult } from './api/easy.js';
export type { CurlHeader } from './http/header-store.js';
export { curly, CurlyError, type CurlyOptions, type CurlyResult } from './api/curly.js';
// CURLMOPT and MultiSetopt come with the generated bindings below.
export { Multi, CURLM, type CurlMoption, type MultiMessage } from './api/multi.js';
// the mime API: Mime and MimePart, and the curl_mime_* functions under their C names
export {
  Mime,
  MimePart,
  CURL_ZERO_TERMINATED,
  curl_mime_init,
  curl_mime_free,
  curl_mime_addpart,
  curl_mime_name,
  curl_mime_filename,
  curl_mime_type,
  curl_mime_encoder,
  curl_mime_data,
  curl_mime_filedata,
  curl_mime_data_cb,
  curl_mime_subparts,
  curl_mime_headers,
  type MimeFreeFn,
  type MimePartSpec,
} from './api/mime.js';
export type { WsMeta } from './protocols/ws/frame.js';
export { CURLE, strerror } from './base/codes.js';
export { CURL_SOCKET_BAD } from './types.js';
export type { CurlData, CurlSocket, ErrorBuffer, TextSink } from './types.js';
export type { CloseSocketFn, DebugFn, HeaderFn, OpenSocketFn, PrereqFn, ProgressFn, SockAddr, SockoptFn, WriteFn, XferInfoFn } from './base/callback-types.js';
// CURLOPT, CURLINFO, CURLMOPT, the Setopt/Getinfo/MultiSetopt interfaces, the value constants the specs define
// (CURLPROXY_*, CURLAUTH_*, CURLSOCKTYPE_*, the debug info types CURLINFO_TEXT..., ...), the
// callback and struct types, and the validators.
export * from '../generated/index.js';
export { CURLAUTH_GSSNEGOTIATE } from './base/constants.js';
