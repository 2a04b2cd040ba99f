// Reading IMAP responses as lib/imap.c does in its connect phase: which line ends a command's
// response (imap_endofresp: the tagged status, the untagged CAPABILITY lines, a continuation
// while authenticating), the capability words that matter (imap_state_capability_resp) and the
// quoting of LOGIN's arguments (imap_atom).
import { mechBit } from '../sasl/mechanisms.js';

/** Response codes (lib/imap.c IMAP_RESP_*, and the untagged and continuation markers). */
export const RESP = {
  OK: 1,
  NOT_OK: 2,
  PREAUTH: 3,
  UNTAGGED: 0x2a, // '*'
  CONTINUE: 0x2b, // '+'
  /** A continuation where none is expected: CURLE_WEIRD_SERVER_REPLY. */
  UNEXPECTED: -1,
} as const;

/**
 * imap_endofresp for the connect phase: `tag` is the tag of the command in flight ("*" for the
 * greeting); `capability`: untagged CAPABILITY lines are wanted; `authenticating`: continuations
 * are. Null for a line the connect phase passes over.
 */
export function imapEndOfResp(line: string, tag: string, capability: boolean, authenticating: boolean): number | null {
  const len = line.length;
  if (len >= tag.length + 1 && line.startsWith(tag) && line[tag.length] === ' ') {
    const rest = line.slice(tag.length + 1);
    if (rest.startsWith('OK')) return RESP.OK;
    if (rest.startsWith('PREAUTH')) return RESP.PREAUTH;
    return RESP.NOT_OK;
  }
  if (line.startsWith('* ')) {
    return capability && matchResp(line, 'CAPABILITY') ? RESP.UNTAGGED : null;
  }
  // RFC 3501 says "+ " and text, some servers send a lone "+" (lib/imap.c)
  if ((len === 3 && line[0] === '+') || line.startsWith('+ ')) {
    return authenticating ? RESP.CONTINUE : RESP.UNEXPECTED;
  }
  return null;
}

/** imap_matchresp: "* CMD ..." or "* <number> CMD ...". */
function matchResp(line: string, cmd: string): boolean {
  let i = 2;
  if (/[0-9]/.test(line[i] ?? '')) {
    while (/[0-9]/.test(line[i] ?? '')) i++;
    if (line[i] !== ' ') return false;
    i++;
  }
  if (line.slice(i, i + cmd.length).toUpperCase() !== cmd) return false;
  return line[i + cmd.length] === ' ' || i + cmd.length + 2 === line.length;
}

export interface ImapCapabilities {
  tls: boolean;
  loginDisabled: boolean;
  saslIr: boolean;
  mechs: number;
}

/** The words of one untagged CAPABILITY line that the connect phase uses. */
export function readCapabilities(line: string, into: ImapCapabilities): void {
  for (const word of line.slice(2).split(/[ \t\r\n]+/)) {
    const w = word.toUpperCase();
    if (w === 'STARTTLS') into.tls = true;
    else if (w === 'LOGINDISABLED') into.loginDisabled = true;
    else if (w === 'SASL-IR') into.saslIr = true;
    else if (w.length > 5 && w.startsWith('AUTH=')) into.mechs |= mechBit(word.slice(5));
  }
}

/** imap_atom: a string with any of `() {%*]\"` is sent quoted, with `\` and `"` escaped. */
export function imapAtom(s: string): string {
  if (!/[() {%*\]\\"]/.test(s)) return s;
  return `"${s.replace(/(["\\])/g, '\\$1')}"`;
}
