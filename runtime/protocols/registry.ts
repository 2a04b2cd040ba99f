// The URL schemes libcurl knows, with their default ports, whether TLS runs on the connection, and
// whether this runtime can do a connect-only transfer for them (decision 10: only schemes whose
// libcurl connect phase is plain TCP, TLS and proxy work).

export interface Scheme {
  name: string;
  port: number;
  tls: boolean;
  /** The connect phase is TCP (+ TLS, + proxy) only, so CONNECT_ONLY=1 is served. */
  connectOnly: boolean;
}

function s(name: string, port: number, tls: boolean, connectOnly: boolean): Scheme {
  return { name, port, tls, connectOnly };
}

const table: readonly Scheme[] = [
  s('http', 80, false, true),
  s('https', 443, true, true),
  s('ws', 80, false, true),
  s('wss', 443, true, true),
  s('telnet', 23, false, true),
  s('dict', 2628, false, true),
  s('gopher', 70, false, true),
  s('gophers', 70, true, true),
  s('rtsp', 554, false, true),
  // connect phases that log in or negotiate (lib/ftp.c, imap.c, pop3.c, smtp.c, ldap.c, smb.c,
  // mqtt.c, vssh/): not implemented, perform returns CURLE_UNSUPPORTED_PROTOCOL.
  s('ftp', 21, false, false),
  s('ftps', 990, true, false),
  s('imap', 143, false, false),
  s('imaps', 993, true, false),
  s('pop3', 110, false, false),
  s('pop3s', 995, true, false),
  s('smtp', 25, false, false),
  s('smtps', 465, true, false),
  s('ldap', 389, false, false),
  s('ldaps', 636, true, false),
  s('smb', 445, false, false),
  s('smbs', 445, true, false),
  s('mqtt', 1883, false, false),
  s('scp', 22, false, false),
  s('sftp', 22, false, false),
  s('tftp', 69, false, false),
  s('file', 0, false, false),
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
