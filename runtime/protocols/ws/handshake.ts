// The opening handshake's two values (RFC 6455 section 4.1): the client's Sec-WebSocket-Key and
// the Sec-WebSocket-Accept the server must answer with it (manbind's decision 2 checks it).
import { createHash, randomBytes } from 'node:crypto';

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** A Sec-WebSocket-Key: 16 random bytes, base64. */
export function makeKey(): string {
  return randomBytes(16).toString('base64');
}

/** The Sec-WebSocket-Accept a server must answer for `key`: base64(SHA-1(key + GUID)). */
export function expectedAccept(key: string): string {
  return createHash('sha1').update(key + WS_GUID).digest('base64');
}
