// Test helpers for WebSocket frames: server frames (unmasked) built from the client encoder.
import { encodeFrame } from '../../runtime/protocols/ws/frame-encoder.js';

/** Turns a masked client frame into the same frame unmasked (what a server would send). */
export function unmask(frame: Uint8Array): Uint8Array {
  const len7 = frame[1] & 0x7f;
  const lenBytes = len7 === 126 ? 2 : len7 === 127 ? 8 : 0;
  const maskAt = 2 + lenBytes;
  const mask = frame.subarray(maskAt, maskAt + 4);
  const payload = frame.subarray(maskAt + 4);
  const out = new Uint8Array(frame.length - 4);
  out.set(frame.subarray(0, maskAt));
  out[1] &= 0x7f;
  for (let i = 0; i < payload.length; i++) out[maskAt + i] = payload[i] ^ mask[i & 3];
  return out;
}

/** A server frame for a first byte (FIN and opcode) and payload. */
export function serverFrame(firstByte: number, payload: Uint8Array): Uint8Array {
  const mask = Uint8Array.of(0x5a, 0xa5, 0x3c, 0xc3);
  return unmask(encodeFrame(firstByte & 0x0f, (firstByte & 0x80) !== 0, payload, mask));
}
