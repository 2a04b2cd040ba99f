// The form options of issue 13 (lib/setopt.c CURLOPT_MIMEPOST, CURLOPT_MIME_OPTIONS) and
// CURLOPT_KEEP_SENDING_ON_ERROR. Like the rest of the table they only store values;
// runtime/http/mime-body.ts and the HTTP/1 exchange act on them.
import { CURLE } from '../base/codes.js';
import type { EasyOptions } from '../base/options.js';
import { optionIds } from '../../generated/easy-options.js';
import { mimeNodeOf, setMimePost } from './mime-post.js';

type MimeHandler = (opts: EasyOptions, value: unknown, env: { infof(text: string): void }) => number;

const BAD = CURLE.BAD_FUNCTION_ARGUMENT;
const OK = CURLE.OK;

function asLong(value: unknown): number | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'bigint' && value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)) {
    return Number(value);
  }
  return null;
}

/** curl.h CURLMIMEOPT_FORMESCAPE */
const CURLMIMEOPT_FORMESCAPE = 1;

export const mimeHandlers: Readonly<Record<string, MimeHandler>> = {
  // setopt_mimepost: the handle's top part takes the mime (43 when it is a subpart elsewhere or
  // another handle's MIMEPOST); the request becomes a mime POST and NOBODY is cleared. null
  // leaves a mime POST with no content.
  MIMEPOST: (opts, value) => {
    let node = null;
    if (value !== null && value !== undefined) {
      node = mimeNodeOf(value);
      if (node === undefined || node.freed) return BAD;
    }
    const { top, code } = setMimePost(opts.mimePost, node);
    if (code !== OK) return code;
    opts.mimePost = top;
    opts.nobody = false;
    return OK;
  },
  // only CURLMIMEOPT_FORMESCAPE is looked at; other bits are ignored
  MIME_OPTIONS: (opts, value) => {
    const v = asLong(value);
    if (v === null) return BAD;
    opts.mimeFormEscape = (BigInt(v) & BigInt(CURLMIMEOPT_FORMESCAPE)) !== 0n;
    return OK;
  },
  KEEP_SENDING_ON_ERROR: (opts, value, env) => {
    const v = asLong(value);
    if (v === null) return BAD;
    if (v !== 0 && v !== 1) env.infof(`boolean setopt(${optionIds.KEEP_SENDING_ON_ERROR}) got unsupported argument ${v}, treated as 1`);
    opts.keepSendingOnError = v !== 0;
    return OK;
  },
};
