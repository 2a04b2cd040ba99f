// The WebSocket frame (RFC 6455 section 5.2) as manbind's codec sees it: the wire values both
// halves share, and the frame description curl_ws_recv hands back. The codec follows libcurl
// 8.22's semantics, codes and texts (lib/ws.c) and is socket-free: the session pushes received
// bytes in and writes encoded bytes out.
//
//   frame-decoder.ts  FrameDecoder: received bytes -> frame data and WsMeta (curl_ws_recv)
//   frame-encoder.ts  FrameEncoder: curl_ws_send's frames, heads, masking and PONG answers;
//                     flagsToOpcode, encodeFrame, applyMask and the mask pool
//   handshake.ts      makeKey / expectedAccept (RFC 6455 section 4.1)

// RFC 6455 section 5.2
export const OP_CONT = 0x0;
export const OP_TEXT = 0x1;
export const OP_BINARY = 0x2;
export const OP_CLOSE = 0x8;
export const OP_PING = 0x9;
export const OP_PONG = 0xa;
export const FIN = 0x80;
export const RSV_MASK = 0x70;
export const MASK_BIT = 0x80;
/** Control frames carry at most 125 payload bytes (RFC 6455 section 5.5). */
export const WS_MAX_CNTRL_LEN = 125;

/** The frame description curl_ws_recv hands back (struct curl_ws_frame). */
export interface WsMeta {
  age: number;
  flags: number;
  offset: number;
  bytesleft: number;
  len: number;
}

