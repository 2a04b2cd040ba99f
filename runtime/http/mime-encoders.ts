// The Content-Transfer-Encoding encoders of a mime part (lib/mime.c encoders[]: binary, 8bit,
// 7bit, base64, quoted-printable), byte for byte as libcurl 8.22 writes them. Each one encodes
// what sits in the part's input buffer into an output buffer and may hold bytes back until it
// sees more (quoted-printable looks ahead for CRLF); RFC 2045 sections 6.7 and 6.8.

/** lib/mime.c READ_ERROR and STOP_FILLING: (size_t)-1 and -2 there. */
export const READ_ERROR = -1;
export const STOP_FILLING = -2;

/** lib/mime.h MAX_ENCODED_LINE_LENGTH and ENCODING_BUFFER_SIZE. */
const MAX_LINE = 76;
export const ENCODING_BUFFER_SIZE = 256;

/** struct mime_encoder_state: the position on the output line and the input buffer. */
export interface EncoderState {
  pos: number;
  bufbeg: number;
  bufend: number;
  buf: Uint8Array;
}

export function encoderState(): EncoderState {
  return { pos: 0, bufbeg: 0, bufend: 0, buf: new Uint8Array(ENCODING_BUFFER_SIZE) };
}

/** cleanup_encoder_state */
export function resetEncoder(st: EncoderState): void {
  st.pos = 0;
  st.bufbeg = 0;
  st.bufend = 0;
}

export interface MimeEncoder {
  readonly name: string;
  /** Encodes into out[off, off + size); returns bytes written, 0, READ_ERROR or STOP_FILLING. */
  encode(out: Uint8Array, off: number, size: number, ateof: boolean, st: EncoderState): number;
  /** The encoded size of `datasize` input bytes; -1 when it cannot be known in advance. */
  size(datasize: number): number;
}

/** encoder_nop_read: binary and 8bit pass bytes through. */
function nopRead(out: Uint8Array, off: number, size: number, _ateof: boolean, st: EncoderState): number {
  const insize = st.bufend - st.bufbeg;
  if (size === 0) return STOP_FILLING;
  if (size > insize) size = insize;
  if (size > 0) out.set(st.buf.subarray(st.bufbeg, st.bufbeg + size), off);
  st.bufbeg += size;
  return size;
}

/** encoder_7bit_read: a validity check, a byte with the high bit set is a read error. */
function sevenBitRead(out: Uint8Array, off: number, size: number, _ateof: boolean, st: EncoderState): number {
  let cursize = st.bufend - st.bufbeg;
  if (size === 0) return STOP_FILLING;
  if (size > cursize) size = cursize;
  for (cursize = 0; cursize < size; cursize++) {
    const b = st.buf[st.bufbeg]!;
    out[off++] = b;
    if (b & 0x80) return cursize > 0 ? cursize : READ_ERROR;
    st.bufbeg++;
  }
  return cursize;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_CODES = Uint8Array.from(B64, (c) => c.charCodeAt(0));
const EQ = 0x3d;
const CR = 0x0d;
const LF = 0x0a;

/** encoder_base64_read: groups of 4 characters, CRLF after each 76 (lines of 72 + 4 at most). */
function base64Read(out: Uint8Array, off: number, size: number, ateof: boolean, st: EncoderState): number {
  let cursize = 0;
  const buf = st.buf;
  while (st.bufbeg < st.bufend) {
    // line full: the CRLF needs 2 bytes
    if (st.pos > MAX_LINE - 4) {
      if (size < 2) {
        if (cursize === 0) return STOP_FILLING;
        break;
      }
      out[off++] = CR;
      out[off++] = LF;
      st.pos = 0;
      cursize += 2;
      size -= 2;
    }
    if (size < 4) {
      if (cursize === 0) return STOP_FILLING;
      break;
    }
    if (st.bufend - st.bufbeg < 3) break;
    const i = (buf[st.bufbeg]! << 16) | (buf[st.bufbeg + 1]! << 8) | buf[st.bufbeg + 2]!;
    st.bufbeg += 3;
    out[off++] = B64_CODES[(i >> 18) & 0x3f]!;
    out[off++] = B64_CODES[(i >> 12) & 0x3f]!;
    out[off++] = B64_CODES[(i >> 6) & 0x3f]!;
    out[off++] = B64_CODES[i & 0x3f]!;
    cursize += 4;
    st.pos += 4;
    size -= 4;
  }
  // at the end, the 1 or 2 bytes left go out padded with '='
  if (ateof) {
    if (size < 4) {
      if (cursize === 0) return STOP_FILLING;
    } else {
      out[off + 2] = EQ;
      out[off + 3] = EQ;
      if (st.bufend !== st.bufbeg) {
        let i = 0;
        if (st.bufend - st.bufbeg === 2) i = buf[st.bufbeg + 1]! << 8;
        i |= buf[st.bufbeg]! << 16;
        out[off] = B64_CODES[(i >> 18) & 0x3f]!;
        out[off + 1] = B64_CODES[(i >> 12) & 0x3f]!;
        if (++st.bufbeg !== st.bufend) {
          out[off + 2] = B64_CODES[(i >> 6) & 0x3f]!;
          st.bufbeg++;
        }
        cursize += 4;
        st.pos += 4;
      }
    }
  }
  return cursize;
}

/** encoder_base64_size: 4 characters per 3 bytes, plus a CRLF per full line. */
function base64Size(datasize: number): number {
  if (datasize <= 0) return datasize;
  const size = 4 * (1 + Math.floor((datasize - 1) / 3));
  return size + 2 * Math.floor((size - 1) / MAX_LINE);
}

/** lib/mime.c qp_class: 1 QP_OK, 2 QP_SP (space, tab), 3 QP_CR, 4 QP_LF, 0 escaped. */
const QP_OK = 1;
const QP_SP = 2;
const QP_CR = 3;
const QP_LF = 4;
const QP_CLASS = new Uint8Array(256);
for (let c = 0x21; c <= 0x7e; c++) QP_CLASS[c] = c === EQ ? 0 : QP_OK;
QP_CLASS[0x09] = QP_SP;
QP_CLASS[0x20] = QP_SP;
QP_CLASS[CR] = QP_CR;
QP_CLASS[LF] = QP_LF;
const HEX = Uint8Array.from('0123456789ABCDEF', (c) => c.charCodeAt(0));

/** qp_lookahead_eol: 1 when a CRLF or the end of data is at bufbeg + n, 0 when not, -1 when
 * more input is needed to tell. */
function qpLookaheadEol(st: EncoderState, ateof: boolean, n: number): number {
  n += st.bufbeg;
  if (n >= st.bufend && ateof) return 1;
  if (n + 2 > st.bufend) return ateof ? 0 : -1;
  if (QP_CLASS[st.buf[n]!] === QP_CR && QP_CLASS[st.buf[n + 1]!] === QP_LF) return 1;
  return 0;
}

/** encoder_qp_read */
function qpRead(out: Uint8Array, off: number, size: number, ateof: boolean, st: EncoderState): number {
  let cursize = 0;
  const enc = new Uint8Array(4);
  while (st.bufbeg < st.bufend) {
    let len = 1;
    let consumed = 1;
    const i = st.buf[st.bufbeg]!;
    enc[0] = i;
    enc[1] = HEX[(i >> 4) & 0xf]!;
    enc[2] = HEX[i & 0xf]!;
    switch (QP_CLASS[i]) {
      case QP_OK:
        break;
      case QP_SP: {
        // a space or tab before a line end must be escaped
        const r = qpLookaheadEol(st, ateof, 1);
        if (r === -1) return cursize;
        if (r !== 0) {
          enc[0] = EQ;
          len = 3;
        }
        break;
      }
      case QP_CR: {
        // CRLF goes as it is, a lone CR is escaped
        const r = qpLookaheadEol(st, ateof, 0);
        if (r === -1) return cursize;
        if (r === 1) {
          enc[len++] = LF;
          consumed = 2;
        } else {
          enc[0] = EQ;
          len = 3;
        }
        break;
      }
      default:
        enc[0] = EQ;
        len = 3;
        break;
    }
    // the encoded character must fit the line: else a soft line break "=\r\n" goes first
    if (enc[len - 1] !== LF) {
      let soft = st.pos + len > MAX_LINE;
      if (!soft && st.pos + len === MAX_LINE) {
        // the line may be filled only when the data ends or a CRLF follows
        const r = qpLookaheadEol(st, ateof, consumed);
        if (r === -1) return cursize;
        if (r === 0) soft = true;
      }
      if (soft) {
        enc[0] = EQ;
        enc[1] = CR;
        enc[2] = LF;
        len = 3;
        consumed = 0;
      }
    }
    if (len > size) {
      if (cursize === 0) return STOP_FILLING;
      break;
    }
    out.set(enc.subarray(0, len), off);
    off += len;
    cursize += len;
    size -= len;
    st.pos += len;
    if (enc[len - 1] === LF) st.pos = 0;
    st.bufbeg += consumed;
  }
  return cursize;
}

const nopSize = (datasize: number): number => datasize;

/** lib/mime.c encoders[], looked up by name without regard to case (curl_mime_encoder). */
export const ENCODERS: readonly MimeEncoder[] = [
  { name: 'binary', encode: nopRead, size: nopSize },
  { name: '8bit', encode: nopRead, size: nopSize },
  { name: '7bit', encode: sevenBitRead, size: nopSize },
  { name: 'base64', encode: base64Read, size: base64Size },
  // the size is only known by encoding: unknown unless there is no data
  { name: 'quoted-printable', encode: qpRead, size: (d) => (d !== 0 ? -1 : 0) },
];
