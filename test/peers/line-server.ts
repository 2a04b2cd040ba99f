// A scripted line server for the login protocols (IMAP, POP3, SMTP, FTP): it sends a greeting,
// records every CRLF line the client sends and answers each as the test's script says, following
// the protocol's RFC for the parts the test exercises (SASL mechanisms no Debian server here
// offers: XOAUTH2, OAUTHBEARER, EXTERNAL; refusing greetings; silence; hang-ups).
import * as net from 'node:net';

export interface LineServer {
  port: number;
  /** Lines each connection sent, without CRLF, by connection. */
  lines: string[][];
  connections: number;
  close(): Promise<void>;
}

/** What the script does with one line: bytes to write, 'close' to hang up, null for nothing. */
export type Answer = string | 'close' | null;

export async function startLineServer(greeting: string | null, answer: (line: string, index: number, socket: net.Socket) => Answer): Promise<LineServer> {
  const sockets = new Set<net.Socket>();
  const peer: LineServer = { port: 0, lines: [], connections: 0, close: async () => {} };
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => {});
    const lines: string[] = [];
    peer.lines.push(lines);
    peer.connections++;
    if (greeting !== null) s.write(greeting);
    let buf = '';
    s.on('data', (d: Buffer) => {
      buf += d.toString('utf8');
      for (;;) {
        const nl = buf.indexOf('\r\n');
        if (nl < 0) return;
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 2);
        lines.push(line);
        const a = answer(line, lines.length - 1, s);
        if (a === 'close') {
          s.destroy();
          return;
        }
        if (a !== null) s.write(a);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  peer.port = (server.address() as net.AddressInfo).port;
  peer.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return peer;
}
