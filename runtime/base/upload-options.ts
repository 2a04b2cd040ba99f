// The upload options of issue 13 ("Uploads"), with libcurl's defaults (lib/url.c
// Curl_init_userdefined). Kept apart from options.ts so that file stays readable; EasyOptions
// extends this.

/** curl_read_callback: fill `buffer` (size * nitems bytes) and return how many bytes were put
 * there, 0 at the end, or CURL_READFUNC_ABORT. */
export type ReadFn = (buffer: Uint8Array, size: number, nitems: number, userdata: unknown) => number;

/** curl_seek_callback: move the body's source to `offset` from `origin` (SEEK_SET 0); returns
 * CURL_SEEKFUNC_OK 0, CURL_SEEKFUNC_FAIL 1 or CURL_SEEKFUNC_CANTSEEK 2. */
export type SeekFn = (userp: unknown, offset: number, origin: number) => number;

/** curl_trailer_callback: push "Name: value" lines onto `list`; CURL_TRAILERFUNC_OK (0) sends
 * them. */
export type TrailerFn = (list: string[] | null, userdata: unknown) => number;

/** lib/urldata.h UPLOADBUFFER_DEFAULT, _MIN (CURL_MAX_WRITE_SIZE) and _MAX. */
export const UPLOADBUFFER_DEFAULT = 65_536;
export const UPLOADBUFFER_MIN = 16_384;
export const UPLOADBUFFER_MAX = 2 * 1024 * 1024;

export interface UploadOptions {
  /** CURLOPT_UPLOAD: an HTTP request is a PUT with a body from the read callback. */
  upload: boolean;
  /** CURLOPT_READFUNCTION; null reads CURLOPT_READDATA as a stream (libcurl's fread). */
  readFunction: ReadFn | null;
  /** CURLOPT_READDATA: the callback's userdata, or without a callback the stream read (a
   * Readable); null: process.stdin, as libcurl reads stdin. */
  readData: unknown;
  /** CURLOPT_INFILESIZE(_LARGE) (set.filesize): the PUT body size; -1 unknown (chunked). */
  inFileSize: number;
  /** CURLOPT_UPLOAD_BUFFERSIZE: the most one read callback call is asked for. */
  uploadBufferSize: number;
  /** CURLOPT_SEEKFUNCTION and SEEKDATA: the rewind a second request of the body needs, and the
   * skip of RESUME_FROM. */
  seekFunction: SeekFn | null;
  seekData: unknown;
  /** CURLOPT_TRAILERFUNCTION and TRAILERDATA: trailers after the last chunk. */
  trailerFunction: TrailerFn | null;
  trailerData: unknown;
}

export function uploadDefaults(): UploadOptions {
  return {
    upload: false,
    readFunction: null,
    readData: null,
    inFileSize: -1,
    uploadBufferSize: UPLOADBUFFER_DEFAULT,
    seekFunction: null,
    seekData: null,
    trailerFunction: null,
    trailerData: null,
  };
}
