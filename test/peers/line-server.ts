// A scripted line server for the login protocols (IMAP, POP3, SMTP, FTP): it sends a greeting,
// records every CRLF line the client sends and answers each as the test's script says, following
// the protocol's RFC for the parts the test exercises (SASL mechanisms no Debian server here
// offers: XOAUTH2, OAUTHBEARER, EXTERNAL; refusing greetings; silence; hang-ups).
import type * as net from 'node:net';
import { listen } from '../runtime/helpers.js';

export interface LineServer {
  port: number;
  /** Lines each connection sent, without CRLF, by connection. */
  lines: string[][];
  readonly connections: number;
  close(): Promise<void>;
}

/** What the script does with one line: bytes to write, 'close' to hang up, null for nothing. */
export type Answer = string | 'close' | null;

export async function startLineServer(greeting: string | null, answer: (line: string, index: number, socket: net.Socket) => Answer): Promise<LineServer> {
  const lines: string[][] = [];
  const peer = await listen((s) => {
    const mine: string[] = [];
    lines.push(mine);
    if (greeting !== null) s.write(greeting);
    let buf = '';
    s.on('data', (d: Buffer) => {
      buf += d.toString('utf8');
      for (;;) {
        const nl = buf.indexOf('\r\n');
        if (nl < 0) return;
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 2);
        mine.push(line);
        const a = answer(line, mine.length - 1, s);
        if (a === 'close') {
          s.destroy();
          return;
        }
        if (a !== null) s.write(a);
      }
    });
  });
  return {
    port: peer.port,
    lines,
    get connections() {
      return lines.length;
    },
    close: () => peer.close(),
  };
}
