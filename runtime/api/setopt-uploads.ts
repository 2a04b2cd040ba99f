// The upload options of issue 13 (lib/setopt.c). Like the rest of the table they only store
// values; runtime/http/upload.ts and http/request.ts act on them.
import { Buffer } from 'node:buffer';
import { CURLE } from '../base/codes.js';
import type { EasyOptions } from '../base/options.js';
import { UPLOADBUFFER_MAX, UPLOADBUFFER_MIN } from '../base/upload-options.js';
import { optionIds } from '../../generated/easy-options.js';

type UploadHandler = (opts: EasyOptions, value: unknown, env: { infof(text: string): void }) => number;

/** lib/urldata.h CURL_MAX_INPUT_LENGTH */
const CURL_MAX_INPUT_LENGTH = 8_000_000;
const BAD = CURLE.BAD_FUNCTION_ARGUMENT;
const OK = CURLE.OK;

function asLong(value: unknown): number | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'bigint' && value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)) {
    return Number(value);
  }
  return null;
}

/** A size where -1 means unknown and anything lower is 43 (INFILESIZE, POSTFIELDSIZE_LARGE). */
function size(field: 'inFileSize' | 'postFieldSize'): UploadHandler {
  return (opts, value) => {
    const v = asLong(value);
    if (v === null || v < -1) return BAD;
    opts[field] = v;
    return OK;
  };
}

/** A callback, or null to unset it. */
function fn(field: 'readFunction' | 'seekFunction' | 'trailerFunction'): UploadHandler {
  return (opts, value) => {
    if (value === null || value === undefined) {
      opts[field] = null;
      return OK;
    }
    if (typeof value !== 'function') return BAD;
    (opts as unknown as Record<string, unknown>)[field] = value;
    return OK;
  };
}

/** A void * handed back to a callback unchanged: anything goes. */
function data(field: 'readData' | 'seekData' | 'trailerData'): UploadHandler {
  return (opts, value) => {
    opts[field] = value === undefined ? null : value;
    return OK;
  };
}

export const uploadHandlers: Readonly<Record<string, UploadHandler>> = {
  // lib/setopt.c CURLOPT_UPLOAD: on makes the request a PUT (and clears NOBODY), off a GET
  UPLOAD: (opts, value, env) => {
    const v = typeof value === 'boolean' ? (value ? 1 : 0) : asLong(value);
    if (v === null) return BAD;
    if (v !== 0 && v !== 1) env.infof(`boolean setopt(${optionIds.UPLOAD}) got unsupported argument ${v}, treated as 1`);
    opts.upload = v !== 0;
    if (opts.upload) opts.nobody = false;
    return OK;
  },
  READFUNCTION: fn('readFunction'),
  READDATA: data('readData'),
  SEEKFUNCTION: fn('seekFunction'),
  SEEKDATA: data('seekData'),
  TRAILERFUNCTION: fn('trailerFunction'),
  TRAILERDATA: data('trailerData'),
  // lib/setopt.c: below CURL_REDIR_GET_ALL (0) is 43; the three CURL_REDIR_POST_* bits are kept
  POSTREDIR: (opts, value) => {
    const v = asLong(value);
    if (v === null || v < 0) return BAD;
    opts.postRedir = Number(BigInt(v) & 7n);
    return OK;
  },
  // value_range(&arg, 0, 0, 0xffff): negative is 43, more than 65535 is clamped
  EXPECT_100_TIMEOUT_MS: (opts, value) => {
    const v = asLong(value);
    if (v === null || v < 0) return BAD;
    opts.expect100TimeoutMs = Math.min(v, 0xffff);
    return OK;
  },
  INFILESIZE: size('inFileSize'),
  INFILESIZE_LARGE: size('inFileSize'),
  POSTFIELDSIZE_LARGE: size('postFieldSize'),
  // value_range(&arg, 0, UPLOADBUFFER_MIN, UPLOADBUFFER_MAX): negative is 43, the rest clamped
  UPLOAD_BUFFERSIZE: (opts, value) => {
    const v = asLong(value);
    if (v === null || v < 0) return BAD;
    opts.uploadBufferSize = Math.min(Math.max(v, UPLOADBUFFER_MIN), UPLOADBUFFER_MAX);
    return OK;
  },
  // setopt_copypostfields: a copy of the data (UTF-8) (POSTFIELDSIZE bytes of it when that is set), and
  // the request becomes a POST; null clears it
  COPYPOSTFIELDS: (opts, value) => {
    if (value === null || value === undefined) {
      opts.postFields = null;
      return OK;
    }
    // a char *: the generated check lets only strings through
    if (typeof value !== 'string' || value.length > CURL_MAX_INPUT_LENGTH) return BAD;
    const bytes = Buffer.from(value, 'utf8');
    const n = opts.postFieldSize;
    // libcurl copies POSTFIELDSIZE bytes from the pointer; past the end of the data there is
    // nothing to copy here
    if (n > bytes.length) return BAD;
    opts.postFields = n >= 0 ? Uint8Array.from(bytes.subarray(0, n)) : Uint8Array.from(bytes);
    return OK;
  },
};
