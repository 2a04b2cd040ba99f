// The HAProxy PROXY protocol v1 filter (lib/cf-haproxy.c): once everything below is connected
// (the socket, and an HTTP proxy tunnel when there is one), one line goes out before any other
// byte, telling the server which client the connection stands for:
// "PROXY TCP4|TCP6 SOURCE DEST SPORT DPORT\r\n", or "PROXY UNKNOWN\r\n" over a Unix socket.
// The addresses are the bottom socket's (local and remote) unless CURLOPT_HAPROXY_CLIENT_IP
// names one, which then stands for both; the ports are always the socket's. It sits below TLS,
// so the line goes in the clear (lib/cf-setup.c: HAPROXY before SSL).
import { isIPv4 } from 'node:net';
import type { Duplex } from 'node:stream';
import type { TransferContext } from '../base/context.js';
import { tracing } from '../base/trace.js';
import { ConnFilter, type ConnectBelow } from './filter.js';

type HaproxyState = 'init' | 'send' | 'done';

export class HaproxyFilter extends ConnFilter {
  readonly name = 'haproxy';
  state: HaproxyState = 'init';
  readonly #unix: boolean;

  /** `unix`: the first hop is a Unix domain socket. */
  constructor(unix: boolean) {
    super();
    this.#unix = unix;
  }

  #to(ctx: TransferContext, state: HaproxyState): void {
    if (tracing) ctx.trace('HAPROXY', `${this.state} -> ${state}`);
    this.state = state;
  }

  async connect(ctx: TransferContext, below: ConnectBelow): Promise<Duplex> {
    const stream = await below();
    const line = this.#line(ctx);
    this.#to(ctx, 'send');
    // the line is queued before anything the layers above write: the stream keeps the order
    stream.write(line);
    this.#to(ctx, 'done');
    this.stream = stream;
    return stream;
  }

  /** lib/cf-haproxy.c cf_haproxy_date_out_set */
  #line(ctx: TransferContext): string {
    if (this.#unix) return 'PROXY UNKNOWN\r\n';
    const local = this.below?.query('local') ?? { ip: '', port: 0 };
    const remote = this.below?.query('primary') ?? { ip: '', port: 0 };
    const client = ctx.opts.haproxyClientIp;
    let ipv6 = remote.ip.includes(':');
    let source = local.ip;
    let dest = remote.ip;
    if (client !== null) {
      // anything that is not an IPv4 address is announced as TCP6
      ipv6 = !isIPv4(client);
      source = client;
      dest = client;
    }
    return `PROXY ${ipv6 ? 'TCP6' : 'TCP4'} ${source} ${dest} ${local.port} ${remote.port}\r\n`;
  }
}
