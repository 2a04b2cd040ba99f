// The form options of issue 13 ("Forms") and KEEP_SENDING_ON_ERROR, with libcurl's defaults
// (lib/url.c Curl_init_userdefined). EasyOptions extends this; runtime/api/setopt-mime.ts sets
// them, runtime/http/mime-body.ts and the HTTP/1 exchange read them.

/** The easy handle's MIMEPOST part (runtime/http/mime.ts PartNode), opaque at this level. */
export interface MimePostPart {
  bodyOnly: boolean;
}

export interface MimeOptions {
  /** CURLOPT_MIMEPOST: the part whose content is the application's curl_mime; null: none. A
   * POST sends it (unless POSTFIELDS is set) as multipart/form-data. */
  mimePost: MimePostPart | null;
  /** CURLOPT_MIME_OPTIONS CURLMIMEOPT_FORMESCAPE: names and filenames escaped with backslashes
   * rather than percent-encoded. */
  mimeFormEscape: boolean;
  /** CURLOPT_KEEP_SENDING_ON_ERROR: an answer of 300 or more does not stop the upload. */
  keepSendingOnError: boolean;
}

export function mimeDefaults(): MimeOptions {
  return { mimePost: null, mimeFormEscape: false, keepSendingOnError: false };
}
