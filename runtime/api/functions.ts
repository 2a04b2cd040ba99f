// The libcurl functions Easy and Multi serve, each with the member that serves it (a
// constructor is curl_easy_init / curl_multi_init). They live apart from the classes so that
// runtime/api/served.ts, which the generator loads, lists them without loading the engine;
// test/runtime/served.test.ts keeps each list equal to its class's public methods.
import type { Easy } from './easy.js';
import type { Mime, MimePart } from './mime.js';
import type { Multi } from './multi.js';

/** The libcurl functions Easy serves. */
export const easyFunctions = {
  curl_easy_init: 'constructor',
  curl_easy_setopt: 'setopt',
  curl_easy_getinfo: 'getinfo',
  curl_easy_perform: 'perform',
  curl_easy_send: 'send',
  curl_easy_recv: 'recv',
  curl_ws_send: 'wsSend',
  curl_ws_recv: 'wsRecv',
  curl_ws_meta: 'wsMeta',
  curl_ws_start_frame: 'wsStartFrame',
  curl_easy_reset: 'reset',
  curl_easy_header: 'header',
  curl_easy_nextheader: 'nextHeader',
  curl_easy_pause: 'pause',
  curl_easy_upkeep: 'upkeep',
  curl_easy_duphandle: 'duphandle',
  curl_easy_cleanup: 'cleanup',
} as const satisfies Readonly<Record<string, keyof Easy | 'constructor'>>;

/** The libcurl functions Multi serves. */
export const multiFunctions = {
  curl_multi_init: 'constructor',
  curl_multi_setopt: 'setopt',
  curl_multi_add_handle: 'addHandle',
  curl_multi_remove_handle: 'removeHandle',
  curl_multi_perform: 'perform',
  curl_multi_poll: 'poll',
  curl_multi_wakeup: 'wakeup',
  curl_multi_info_read: 'infoRead',
  curl_multi_cleanup: 'cleanup',
} as const satisfies Readonly<Record<string, keyof Multi | 'constructor'>>;

/** The libcurl functions Mime serves (api/mime.ts; each also exists under its C name). */
export const mimeFunctions = {
  curl_mime_init: 'constructor',
  curl_mime_addpart: 'addPart',
  curl_mime_free: 'free',
} as const satisfies Readonly<Record<string, keyof Mime | 'constructor'>>;

/** The libcurl functions MimePart serves (api/mime.ts; each also exists under its C name). */
export const mimePartFunctions = {
  curl_mime_name: 'name',
  curl_mime_filename: 'filename',
  curl_mime_type: 'type',
  curl_mime_encoder: 'encoder',
  curl_mime_data: 'data',
  curl_mime_filedata: 'filedata',
  curl_mime_data_cb: 'dataCb',
  curl_mime_subparts: 'subparts',
  curl_mime_headers: 'headers',
} as const satisfies Readonly<Record<string, keyof MimePart>>;
