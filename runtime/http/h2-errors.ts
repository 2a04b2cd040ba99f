// HTTP/2's error codes by name (RFC 9113 section 7), for libcurl's texts that name them.

/** nghttp2_http2_strerror: the RFC 9113 section 7 error names. */
const ERROR_NAMES = [
  'NO_ERROR',
  'PROTOCOL_ERROR',
  'INTERNAL_ERROR',
  'FLOW_CONTROL_ERROR',
  'SETTINGS_TIMEOUT',
  'STREAM_CLOSED',
  'FRAME_SIZE_ERROR',
  'REFUSED_STREAM',
  'CANCEL',
  'COMPRESSION_ERROR',
  'CONNECT_ERROR',
  'ENHANCE_YOUR_CALM',
  'INADEQUATE_SECURITY',
  'HTTP_1_1_REQUIRED',
];

export function h2ErrorName(code: number): string {
  return ERROR_NAMES[code] ?? 'unknown';
}

export const REFUSED_STREAM = 7;
export const HTTP_1_1_REQUIRED = 0xd;
