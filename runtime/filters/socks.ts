// The SOCKS proxy filter: SOCKS4 and SOCKS4a (openssh.com/txt/socks4.protocol, socks4a.protocol),
// SOCKS5 (RFC 1928) with username/password authentication (RFC 1929), after libcurl 8.22
// lib/socks.c. One state enum (libcurl's socks_state_t, same names) and one transition function
// (`goState`, libcurl's socksstate) drive it:
//
//   SOCKS_INIT -> SOCKS4_START -> [SOCKS4_RESOLVING] -> SOCKS4_SEND -> SOCKS4_RECV -> SOCKS_SUCCESS
//   SOCKS_INIT -> SOCKS5_START -> SOCKS5_REQ0_SEND -> SOCKS5_RESP0_RECV
//     -> [SOCKS5_AUTH_INIT -> SOCKS5_AUTH_SEND -> SOCKS5_AUTH_RECV] (or SOCKS5_GSSAPI_INIT: fails)
//     -> SOCKS5_REQ1_INIT -> [SOCKS5_RESOLVING] -> SOCKS5_REQ1_SEND -> SOCKS5_RESP1_RECV -> SOCKS_SUCCESS
//   any state -> SOCKS_FAILED (CURLE_PROXY, with CURLINFO_PROXY_ERROR set to the CURLPX_* code)
//
// The machine runs on the stream's events: a state that needs reply bytes not yet there (or a
// name being resolved) returns, and the next 'readable' event (or the lookup) runs it again. One
// promise per handshake, none per step or read.
//
// Transitions are traced in verbose output when MANBIND_TRACE names "socks" (or "all"), as a
// libcurl debug build traces them for curl_global_trace("socks"). The filter reads exactly the
// reply bytes: anything after them goes back into the stream for the layer above (TLS) or the
// application's first recv.
import { isIPv4 } from 'node:net';
import type { Duplex } from 'node:stream';
import { CURLE, strerror } from '../base/codes.js';
import {
  CURLAUTH_BASIC,
  CURLAUTH_GSSAPI,
  CURLPROXY_SOCKS4,
  CURLPROXY_SOCKS4A,
  CURLPROXY_SOCKS5_HOSTNAME,
  CURLPX_BAD_ADDRESS_TYPE,
  CURLPX_BAD_VERSION,
  CURLPX_GSSAPI_PERMSG,
  CURLPX_IDENTD,
  CURLPX_IDENTD_DIFFER,
  CURLPX_LONG_HOSTNAME,
  CURLPX_LONG_PASSWD,
  CURLPX_LONG_USER,
  CURLPX_NO_AUTH,
  CURLPX_OK,
  CURLPX_RECV_CONNECT,
  CURLPX_REPLY_ADDRESS_TYPE_NOT_SUPPORTED,
  CURLPX_REPLY_COMMAND_NOT_SUPPORTED,
  CURLPX_REPLY_CONNECTION_REFUSED,
  CURLPX_REPLY_GENERAL_SERVER_FAILURE,
  CURLPX_REPLY_HOST_UNREACHABLE,
  CURLPX_REPLY_NETWORK_UNREACHABLE,
  CURLPX_REPLY_NOT_ALLOWED,
  CURLPX_REPLY_TTL_EXPIRED,
  CURLPX_REPLY_UNASSIGNED,
  CURLPX_REQUEST_FAILED,
  CURLPX_SEND_CONNECT,
  CURLPX_UNKNOWN_FAIL,
  CURLPX_UNKNOWN_MODE,
  CURLPX_USER_REJECTED,
} from '../base/constants.js';
import type { TransferContext } from '../base/context.js';
import { CurlError } from '../base/error.js';
import { ipv4Bytes, ipv6Bytes } from '../base/ip.js';
import { isTraced } from '../base/trace.js';
import { readFailure, StreamReader, unread, WAIT } from '../io/stream-reader.js';
import type { Address, DnsCache } from './dns-cache.js';
import { ConnFilter, type ConnectBelow } from './filter.js';
import { socksAddress } from './socks-address.js';

/** No bytes read yet (shared: never written to). */
const NOTHING = Buffer.alloc(0);

export enum SocksState {
  INIT = 'SOCKS_INIT',
  SOCKS4_START = 'SOCKS4_START',
  SOCKS4_RESOLVING = 'SOCKS4_RESOLVING',
  SOCKS4_SEND = 'SOCKS4_SEND',
  SOCKS4_RECV = 'SOCKS4_RECV',
  SOCKS5_START = 'SOCKS5_START',
  SOCKS5_REQ0_SEND = 'SOCKS5_REQ0_SEND',
  SOCKS5_RESP0_RECV = 'SOCKS5_RESP0_RECV',
  SOCKS5_GSSAPI_INIT = 'SOCKS5_GSSAPI_INIT',
  SOCKS5_AUTH_INIT = 'SOCKS5_AUTH_INIT',
  SOCKS5_AUTH_SEND = 'SOCKS5_AUTH_SEND',
  SOCKS5_AUTH_RECV = 'SOCKS5_AUTH_RECV',
  SOCKS5_REQ1_INIT = 'SOCKS5_REQ1_INIT',
  SOCKS5_RESOLVING = 'SOCKS5_RESOLVING',
  SOCKS5_REQ1_SEND = 'SOCKS5_REQ1_SEND',
  SOCKS5_RESP1_RECV = 'SOCKS5_RESP1_RECV',
  SUCCESS = 'SOCKS_SUCCESS',
  FAILED = 'SOCKS_FAILED',
}

/** The SOCKS proxy as the chain's plan names it. */
export interface SocksProxy {
  /** CURLPROXY_SOCKS4, CURLPROXY_SOCKS4A, CURLPROXY_SOCKS5 or CURLPROXY_SOCKS5_HOSTNAME. */
  type: number;
  /** Credentials; both null: none (either set: credentials, the other one empty). */
  user: string | null;
  password: string | null;
}

/** Where the proxy is asked to connect: the target (after CONNECT_TO), or the HTTP proxy. */
export interface SocksDestination {
  host: string;
  port: number;
}

const traced = isTraced('socks');

/** RFC 1928 section 6: REP values 1..8 to CURLPX_* (lib/socks.c socks5_recv_resp1). */
const REPLY_CODES = [
  CURLPX_OK,
  CURLPX_REPLY_GENERAL_SERVER_FAILURE,
  CURLPX_REPLY_NOT_ALLOWED,
  CURLPX_REPLY_NETWORK_UNREACHABLE,
  CURLPX_REPLY_HOST_UNREACHABLE,
  CURLPX_REPLY_CONNECTION_REFUSED,
  CURLPX_REPLY_TTL_EXPIRED,
  CURLPX_REPLY_COMMAND_NOT_SUPPORTED,
  CURLPX_REPLY_ADDRESS_TYPE_NOT_SUPPORTED,
];

/** SOCKS4 CD values 91..93 and the words libcurl adds to its failure text. */
const SOCKS4_REJECTIONS: Readonly<Record<number, [code: number, why: string]>> = {
  91: [CURLPX_REQUEST_FAILED, 'request rejected or failed.'],
  92: [CURLPX_IDENTD, 'request rejected because SOCKS server cannot connect to identd on the client.'],
  93: [CURLPX_IDENTD_DIFFER, 'request rejected because the client program and identd report different user-ids.'],
};

/** The filter that asks a SOCKS proxy for a connection to `dest` over the stream below. */
export class SocksFilter extends ConnFilter {
  readonly name = 'socks';
  readonly #proxy: SocksProxy;
  readonly #dest: SocksDestination;
  readonly #dns: DnsCache;

  constructor(proxy: SocksProxy, dest: SocksDestination, dns: DnsCache) {
    super();
    this.#proxy = proxy;
    this.#dest = dest;
    this.#dns = dns;
  }

  async connect(ctx: TransferContext, below: ConnectBelow): Promise<Duplex> {
    const stream = await below();
    // each connect starts over (the chain may connect again for a proxy above: J6)
    await new Handshake(ctx, stream, this.#proxy, this.#dest, this.#dns).run();
    if (ctx.verbose) {
      const local = this.below?.query('local');
      const remote = this.below?.query('primary');
      ctx.infof(
        local !== undefined && remote !== undefined
          ? // a Unix socket's ports are 0 here (cf-socket.c sockaddr2string), -1 only for getinfo
            `Opened SOCKS connection from ${local.ip} port ${Math.max(local.port, 0)} to ${this.#dest.host} port ${this.#dest.port} ` +
            `(via ${remote.ip} port ${Math.max(remote.port, 0)})`
          : 'Opened SOCKS connection',
      );
    }
    // the proxy relays from now on: the stream below is this filter's stream
    this.stream = stream;
    return stream;
  }
}

/** One handshake over one connection to the proxy (libcurl's struct socks_ctx). */
class Handshake {
  state = SocksState.INIT;
  readonly #ctx: TransferContext;
  readonly #stream: Duplex;
  readonly #reader: StreamReader;
  readonly #type: number;
  readonly #dest: SocksDestination;
  readonly #dns: DnsCache;
  /** Credentials, null when none are to be used (SOCKS5_AUTH without CURLAUTH_BASIC drops
   * them). */
  #creds: { user: string; password: string } | null;
  /** The request being built (sent at the next *_SEND state). */
  #out: number[] = [];
  /** Bytes read and not yet consumed. */
  #in: Buffer = NOTHING;
  /** The destination address once resolved here (SOCKS4, SOCKS5 without _HOSTNAME); a lookup
   * still running is `#lookup`. */
  #address: Address | null = null;
  #lookup: Promise<Address> | null = null;
  #resolveRun!: () => void;
  #rejectRun!: (err: unknown) => void;

  constructor(ctx: TransferContext, stream: Duplex, proxy: SocksProxy, dest: SocksDestination, dns: DnsCache) {
    this.#ctx = ctx;
    this.#stream = stream;
    this.#reader = new StreamReader(stream, ctx);
    this.#type = proxy.type;
    this.#dest = dest;
    this.#dns = dns;
    this.#creds = proxy.user !== null || proxy.password !== null ? { user: proxy.user ?? '', password: proxy.password ?? '' } : null;
  }

  /** The one transition function (lib/socks.c socksstate). */
  #goState(next: SocksState): void {
    if (this.state === next) return;
    if (traced) this.#ctx.trace('SOCKS', `[${this.state}] -> [${next}]`);
    this.state = next;
  }

  /** The handshake failed: CURLE_PROXY with the failf() text, CURLINFO_PROXY_ERROR set to
   * `pxcode` (lib/socks.c socks_failed, socks_proxy_cf_connect). */
  #fail(pxcode: number, text: string | null): CurlError {
    this.#goState(SocksState.FAILED);
    this.#ctx.info.proxyError = pxcode;
    return text !== null ? this.#ctx.failf(CURLE.PROXY, text) : new CurlError(CURLE.PROXY);
  }

  /** Runs the handshake to SOCKS_SUCCESS; rejects with the reported CurlError. */
  run(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#resolveRun = resolve;
      this.#rejectRun = reject;
      this.#advance();
    });
  }

  /** Runs states until one waits (for reply bytes or a lookup) or the handshake ends; called
   * again by the stream's wake-up or the lookup's end. */
  readonly #advance = (): void => {
    try {
      if (!this.#steps()) return;
      // bytes after the reply belong to the layer above
      this.#reader.release();
      unread(this.#stream, this.#in);
    } catch (err) {
      this.#reader.release();
      this.#rejectRun(err);
      return;
    }
    this.#resolveRun();
  };

  /** The states from the current one on: true at SOCKS_SUCCESS, false while waiting. */
  #steps(): boolean {
    const dest = this.#dest;
    const ctx = this.#ctx;
    const socks4 = this.#type === CURLPROXY_SOCKS4 || this.#type === CURLPROXY_SOCKS4A;
    for (;;) {
      switch (this.state) {
        case SocksState.INIT:
          this.#goState(socks4 ? SocksState.SOCKS4_START : SocksState.SOCKS5_START);
          break;

        // --- SOCKS4 and SOCKS4a ---
        case SocksState.SOCKS4_START: {
          const socks4a = this.#type === CURLPROXY_SOCKS4A;
          if (traced) ctx.trace('SOCKS', `SOCKS4${socks4a ? 'a' : ''} connecting to ${dest.host}:${dest.port}`);
          // VN 4, CD 1 (connect), DSTPORT
          this.#out = [4, 1, (dest.port >> 8) & 0xff, dest.port & 0xff];
          if (!socks4a) {
            this.#goState(SocksState.SOCKS4_RESOLVING);
            break;
          }
          // SOCKS4a: the address 0.0.0.1, the user id, then the name for the proxy to resolve
          const name = Buffer.from(dest.host, 'utf8');
          if (name.length + 1 > 255) throw this.#fail(CURLPX_LONG_HOSTNAME, 'SOCKS4: too long hostname');
          this.#out.push(0, 0, 0, 1);
          this.#addUserId();
          this.#out.push(...name, 0);
          this.#goState(SocksState.SOCKS4_SEND);
          break;
        }
        case SocksState.SOCKS4_RESOLVING: {
          const a = this.#resolved(4);
          if (a === null) return false;
          if (traced) ctx.trace('SOCKS', `SOCKS4 connect to IPv4 ${a.address} (locally resolved)`);
          this.#out.push(...ipv4Bytes(a.address)!);
          this.#addUserId();
          this.#goState(SocksState.SOCKS4_SEND);
          break;
        }
        case SocksState.SOCKS4_SEND:
          this.#send();
          this.#goState(SocksState.SOCKS4_RECV);
          break;
        case SocksState.SOCKS4_RECV: {
          const r = this.#recv(8);
          if (r === null) return false;
          if (r[0] !== 0) throw this.#fail(CURLPX_BAD_VERSION, 'SOCKS4 reply has wrong version, version should be 0.');
          const cd = r[1]!;
          if (cd !== 90) {
            const [code, why] = SOCKS4_REJECTIONS[cd] ?? [CURLPX_UNKNOWN_FAIL, 'Unknown.'];
            const to = `${r[4]}.${r[5]}.${r[6]}.${r[7]}:${(r[2]! << 8) | r[3]!}`;
            throw this.#fail(code, `[SOCKS] cannot complete SOCKS4 connection to ${to}. (${cd}), ${why}`);
          }
          if (traced) ctx.trace('SOCKS', `SOCKS4${this.#type === CURLPROXY_SOCKS4A ? 'a' : ''} request granted.`);
          this.#consume(8);
          this.#goState(SocksState.SUCCESS);
          break;
        }

        // --- SOCKS5 ---
        case SocksState.SOCKS5_START: {
          if (traced) ctx.trace('SOCKS', `SOCKS5: connecting to ${dest.host}:${dest.port}`);
          // RFC 1928 section 5: a name for the proxy to resolve is at most 255 bytes
          if (this.#type === CURLPROXY_SOCKS5_HOSTNAME && Buffer.byteLength(dest.host) > 255) {
            throw this.#fail(CURLPX_LONG_HOSTNAME, 'SOCKS5: the destination hostname is too long to be resolved remotely by the proxy.');
          }
          if (!(ctx.opts.socks5Auth & CURLAUTH_BASIC)) this.#creds = null;
          // VER 5, the methods: no authentication, and username/password with credentials (no
          // GSS-API: not built in)
          this.#out = this.#creds !== null ? [5, 2, 0, 2] : [5, 1, 0];
          this.#goState(SocksState.SOCKS5_REQ0_SEND);
          break;
        }
        case SocksState.SOCKS5_REQ0_SEND:
          this.#send();
          this.#goState(SocksState.SOCKS5_RESP0_RECV);
          break;
        case SocksState.SOCKS5_RESP0_RECV: {
          const r = this.#recv(2);
          if (r === null) return false;
          if (r[0] !== 5) throw this.#fail(CURLPX_BAD_VERSION, 'Received invalid version in initial SOCKS5 response.');
          const method = r[1]!;
          this.#consume(2);
          const auth = ctx.opts.socks5Auth;
          if (method === 0) this.#goState(SocksState.SOCKS5_REQ1_INIT);
          else if (method === 1) {
            if (!(auth & CURLAUTH_GSSAPI)) {
              throw this.#fail(CURLPX_GSSAPI_PERMSG, 'SOCKS5 GSSAPI per-message authentication is not enabled.');
            }
            this.#goState(SocksState.SOCKS5_GSSAPI_INIT);
          } else if (method === 2) {
            if (!(auth & CURLAUTH_BASIC)) throw this.#fail(CURLPX_NO_AUTH, 'BASIC authentication proposed but not enabled.');
            this.#goState(SocksState.SOCKS5_AUTH_INIT);
          } else if (method === 255) {
            throw this.#fail(CURLPX_NO_AUTH, 'No authentication method was acceptable.');
          } else {
            throw this.#fail(CURLPX_UNKNOWN_MODE, 'Unknown SOCKS5 mode attempted to be used by server.');
          }
          break;
        }
        case SocksState.SOCKS5_GSSAPI_INIT:
          // a libcurl built without GSS-API
          throw this.#fail(CURLPX_GSSAPI_PERMSG, 'SOCKS5 GSSAPI per-message authentication is not supported.');
        case SocksState.SOCKS5_AUTH_INIT: {
          // RFC 1929: VER 1, ULEN, UNAME, PLEN, PASSWD
          const user = Buffer.from(this.#creds?.user ?? '', 'utf8');
          const password = Buffer.from(this.#creds?.password ?? '', 'utf8');
          if (user.length > 255) throw this.#fail(CURLPX_LONG_USER, 'Excessive username length for proxy auth');
          if (password.length > 255) throw this.#fail(CURLPX_LONG_PASSWD, 'Excessive password length for proxy auth');
          this.#out = [1, user.length, ...user, password.length, ...password];
          this.#goState(SocksState.SOCKS5_AUTH_SEND);
          break;
        }
        case SocksState.SOCKS5_AUTH_SEND:
          this.#send();
          this.#goState(SocksState.SOCKS5_AUTH_RECV);
          break;
        case SocksState.SOCKS5_AUTH_RECV: {
          const r = this.#recv(2);
          if (r === null) return false;
          // the first (VER) byte is not looked at
          if (r[1] !== 0) throw this.#fail(CURLPX_USER_REJECTED, `User was rejected by the SOCKS5 server (${r[0]} ${r[1]}).`);
          this.#consume(2);
          this.#goState(SocksState.SOCKS5_REQ1_INIT);
          break;
        }
        case SocksState.SOCKS5_REQ1_INIT:
          // VER 5, CMD 1 (connect), RSV 0
          this.#out = [5, 1, 0];
          if (this.#type !== CURLPROXY_SOCKS5_HOSTNAME) {
            this.#goState(SocksState.SOCKS5_RESOLVING);
            break;
          }
          // the proxy resolves: an address as an address, else the name
          if (dest.host.includes(':')) {
            const a = ipv6Bytes(dest.host);
            if (a === null) throw this.#fail(CURLPX_BAD_ADDRESS_TYPE, null);
            this.#out.push(4, ...a);
          } else if (isIPv4(dest.host)) {
            this.#out.push(1, ...ipv4Bytes(dest.host)!);
          } else {
            const name = Buffer.from(dest.host, 'utf8');
            this.#out.push(3, name.length, ...name);
          }
          this.#out.push((dest.port >> 8) & 0xff, dest.port & 0xff);
          if (traced) ctx.trace('SOCKS', `SOCKS5 connect to ${dest.host}:${dest.port} (remotely resolved)`);
          this.#goState(SocksState.SOCKS5_REQ1_SEND);
          break;
        case SocksState.SOCKS5_RESOLVING: {
          const a = this.#resolved(5);
          if (a === null) return false;
          if (a.family === 6) this.#out.push(4, ...ipv6Bytes(a.address)!);
          else this.#out.push(1, ...ipv4Bytes(a.address)!);
          this.#out.push((dest.port >> 8) & 0xff, dest.port & 0xff);
          if (traced) {
            const shown = a.family === 6 ? `[${a.address}]` : a.address;
            ctx.trace('SOCKS', `SOCKS5 connect to ${shown}:${dest.port} (locally resolved)`);
          }
          this.#goState(SocksState.SOCKS5_REQ1_SEND);
          break;
        }
        case SocksState.SOCKS5_REQ1_SEND:
          this.#send();
          this.#goState(SocksState.SOCKS5_RESP1_RECV);
          break;
        case SocksState.SOCKS5_RESP1_RECV: {
          // VER, REP, RSV, ATYP, BND.ADDR, BND.PORT: at least 8 bytes, then as ATYP says (run
          // again from here when the rest comes later: nothing is consumed before)
          const r = this.#recv(8);
          if (r === null) return false;
          if (r[0] !== 5) throw this.#fail(CURLPX_BAD_VERSION, 'SOCKS5 reply has wrong version, version should be 5.');
          const rep = r[1]!;
          if (rep !== 0) {
            throw this.#fail(REPLY_CODES[rep] ?? CURLPX_REPLY_UNASSIGNED, `cannot complete SOCKS5 connection to ${dest.host}. (${rep})`);
          }
          let length: number;
          if (r[3] === 1) length = 4 + 4 + 2;
          else if (r[3] === 3) length = 4 + 1 + r[4]! + 2;
          else if (r[3] === 4) length = 4 + 16 + 2;
          else throw this.#fail(CURLPX_BAD_ADDRESS_TYPE, 'SOCKS5 reply has wrong address type.');
          if (this.#recv(length) === null) return false;
          this.#consume(length);
          if (traced) ctx.trace('SOCKS', 'SOCKS5 request granted.');
          this.#goState(SocksState.SUCCESS);
          break;
        }

        case SocksState.SUCCESS:
          return true;
        default:
          throw this.#fail(CURLPX_UNKNOWN_FAIL, null);
      }
    }
  }

  /** The SOCKS4 user id (the proxy username, at most 255 bytes) with its NUL. */
  #addUserId(): void {
    const user = Buffer.from(this.#creds?.user ?? '', 'utf8');
    // not a protocol limit; SOCKS5 has it, and more is a mistake or malice (lib/socks.c)
    if (user.length > 255) throw this.#fail(CURLPX_LONG_USER, 'Too long SOCKS proxy username');
    this.#out.push(...user, 0);
  }

  /** The destination resolved here, null while the lookup runs (#advance runs again when it
   * ends). Throws the lookup's failure. */
  #resolved(version: 4 | 5): Address | null {
    if (this.#address !== null) return this.#address;
    if (this.#lookup !== null) return null;
    const r = socksAddress(this.#ctx, this.#dns, this.#dest, version, (px, text) => this.#fail(px, text));
    if (!(r instanceof Promise)) return (this.#address = r);
    this.#lookup = r.then(
      (a) => {
        this.#address = a;
        this.#advance();
        return a;
      },
      (err: unknown) => {
        this.#reader.release();
        this.#rejectRun(err);
        return null as unknown as Address;
      },
    );
    return null;
  }

  /** Sends the request built so far; a write failure surfaces at the next read. */
  #send(): void {
    this.#reader.write(Buffer.from(this.#out));
    this.#out = [];
  }

  /** At least `n` unconsumed bytes (lib/socks.c socks_recv), or null when they have not all
   * arrived (#advance runs again on the stream's next event). */
  #recv(n: number): Buffer | null {
    while (this.#in.length < n) {
      let chunk: Buffer | null | typeof WAIT;
      try {
        chunk = this.#reader.readNow(this.#advance);
      } catch (err) {
        if (err instanceof CurlError) throw err;
        if (this.#ctx.abortReason !== null) throw this.#ctx.abortReason;
        // the stream's own failure first ("Send failure: ..." or "Recv failure: ..."), then ours
        const f = readFailure(this.#ctx, err);
        if (f.code === CURLE.SEND_ERROR) throw this.#fail(CURLPX_SEND_CONNECT, `Failed to send SOCKS request: ${strerror(f.code)}`);
        throw this.#fail(CURLPX_RECV_CONNECT, `Failed to receive SOCKS response: ${strerror(f.code)}`);
      }
      if (chunk === WAIT) return null;
      if (chunk === null) throw this.#fail(CURLPX_RECV_CONNECT, 'Failed to receive SOCKS response, proxy closed connection');
      this.#in = this.#in.length === 0 ? chunk : Buffer.concat([this.#in, chunk]);
    }
    return this.#in;
  }

  #consume(n: number): void {
    this.#in = this.#in.subarray(n);
  }
}
