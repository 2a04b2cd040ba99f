// The URL schemes libcurl knows (lib/protocol.c), each with its default port, whether TLS runs on
// the connection, whether TLS offers ALPN, and the handler that serves it here. A scheme without a handler is
// known but not served: its URL gives CURLE_UNSUPPORTED_PROTOCOL (decision 10: the login protocols
// IMAP, POP3, SMTP and FTP serve connect-only transfers; ldap, smb, mqtt, ssh and the rest nothing
// yet). Adding a protocol is a handler module and a line.
import type { ProtocolHandler } from './handler.js';
import { ftp } from './ftp/handler.js';
import { http1 } from './http1/handler.js';
import { imap } from './imap/handler.js';
import { plain } from './plain.js';
import { pop3 } from './pop3/handler.js';
import { smtp } from './smtp/handler.js';
import { websocket } from './ws/handler.js';

export interface Scheme {
  name: string;
  port: number;
  tls: boolean;
  /** TLS to the server offers ALPN (libcurl's PROTOPT_ALPN, lib/url.c): https alone, not wss,
   * gophers or the login protocols. */
  alpn: boolean;
  /** What serves the scheme; null: known to libcurl, not served by this runtime. */
  handler: ProtocolHandler | null;
}

function s(name: string, port: number, tls: boolean, handler: ProtocolHandler | null, alpn = false): Scheme {
  return { name, port, tls, alpn, handler };
}

const table: readonly Scheme[] = [
  s('http', 80, false, http1),
  s('https', 443, true, http1, true),
  s('ws', 80, false, websocket),
  s('wss', 443, true, websocket),
  // connect phases that are the chain alone: served for connect-only transfers
  s('telnet', 23, false, plain),
  s('dict', 2628, false, plain),
  s('gopher', 70, false, plain),
  s('gophers', 70, true, plain),
  s('rtsp', 554, false, plain),
  // connect phases that log in (lib/ftp.c, imap.c, pop3.c, smtp.c): served for connect-only
  // transfers
  s('ftp', 21, false, ftp),
  s('ftps', 990, true, ftp),
  s('imap', 143, false, imap),
  s('imaps', 993, true, imap),
  s('pop3', 110, false, pop3),
  s('pop3s', 995, true, pop3),
  s('smtp', 25, false, smtp),
  s('smtps', 465, true, smtp),
  // connect phases that log in or negotiate (lib/ldap.c, smb.c, mqtt.c, vssh/): not served yet
  s('ldap', 389, false, null),
  s('ldaps', 636, true, null),
  s('smb', 445, false, null),
  s('smbs', 445, true, null),
  s('mqtt', 1883, false, null),
  s('scp', 22, false, null),
  s('sftp', 22, false, null),
  s('tftp', 69, false, null),
  s('file', 0, false, null),
];

const byName = new Map(table.map((x) => [x.name, x]));

export function schemeInfo(name: string): Scheme | undefined {
  return byName.get(name.toLowerCase());
}

/** libcurl's scheme guess for a URL without one (lib/urlapi.c, guess_scheme): by host prefix. */
export function guessScheme(host: string): string {
  const h = host.toLowerCase();
  for (const p of ['ftp', 'dict', 'ldap', 'imap', 'smtp', 'pop3']) {
    if (h.startsWith(`${p}.`)) return p;
  }
  return 'http';
}
