// The TLS filter: a TLS client over the stream below (a socket, or the proxy tunnel), with
// libcurl 8.22's checks, codes and texts for its OpenSSL backend (lib/vtls/openssl.c
// `ossl_connect_step2`, `Curl_ossl_check_peer_cert`, `ossl_verifyhost`, `ossl_load_trust_anchors`,
// `cert_stuff`; lib/vtls/hostcheck.c `Curl_cert_hostcheck`).
//
// ALPN offers http/1.1 only, so a connect-only stream never becomes HTTP/2. Chain verification
// is Node's (the same OpenSSL verifier, so the same error strings); the host name check is done
// here, after the handshake, with libcurl's rules: subjectAltName entries of the target's kind
// decide when there are any, the last subject CN only when there are none (RFC 6125 section 6).
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import * as tls from 'node:tls';
import { CURLE } from '../base/codes.js';
import { CurlError } from '../base/error.js';
import { isTraced } from '../base/trace.js';
import type { TransferContext } from '../base/context.js';
import {
  loadClientCert,
  loadTrustAnchors,
  nameLine,
  osslErrorString,
  signatureName,
  verifyHost,
  VERIFY_NUMBERS,
  VERIFY_TEXTS,
} from './tls-certs.js';
import { ConnFilter, type ConnectBelow, type FilterFacts, type FilterQuery } from './filter.js';

enum TlsState {
  INIT = 'init',
  HANDSHAKE = 'handshake',
  VERIFY = 'verify',
  DONE = 'done',
  FAILED = 'failed',
}


/** The TLS filter. The peer name is the URL's host (not a CONNECT_TO host or a proxy). */
export class TlsFilter extends ConnFilter {
  readonly name = 'tls';
  #socket: tls.TLSSocket | null = null;

  async connect(ctx: TransferContext, below: ConnectBelow): Promise<Duplex> {
    const socket = await runTls(ctx, below);
    this.#socket = socket;
    this.stream = socket;
    return socket;
  }

  override query<K extends FilterQuery>(what: K): FilterFacts[K] | undefined {
    const s = this.#socket;
    if (s !== null && what === 'alpn') return (s.alpnProtocol || null) as FilterFacts[K];
    if (s !== null && what === 'tls') return s as FilterFacts[K];
    return super.query(what);
  }

  override close(): void {
    this.#socket = null;
    super.close();
  }
}

async function runTls(ctx: TransferContext, below: ConnectBelow): Promise<tls.TLSSocket> {
  const trace = isTraced('tls', 'ssl');
  // The handshake runs in Node's TLS stack; the states are traced for the filter's phases.
  const goState = (next: TlsState): void => {
    if (trace) ctx.infof(`[SSL] new state '${next}'`);
  };
  goState(TlsState.INIT);

  const host = ctx.target.host.replace(/^\[|\]$/g, '');
  const port = ctx.target.port;
  const opts = ctx.opts;

  // libcurl connects the filters below first, then sets up its SSL_CTX: the client certificate,
  // the ALPN offer, and (loaded when the handshake needs them) the trust anchors.
  const raw = await below();
  const client = loadClientCert(ctx);
  ctx.infof('ALPN: curl offers http/1.1');
  const anchors = loadTrustAnchors(ctx);

  // SNI (RFC 6066 section 3) carries names only, never IP literals; no trailing dot.
  const servername = isIP(host) === 0 ? host.replace(/\.$/, '') : undefined;
  goState(TlsState.HANDSHAKE);

  const socket = tls.connect({
    socket: raw,
    servername,
    ALPNProtocols: ['http/1.1'],
    rejectUnauthorized: opts.sslVerifyPeer,
    // The name check is libcurl's (verifyHost below), also when VERIFYPEER is off.
    checkServerIdentity: () => undefined,
    ca: anchors.ca,
    cert: client.cert,
    key: client.key,
    passphrase: client.passphrase,
  });

  try {
    await handshake(ctx, socket, host, port);
    goState(TlsState.VERIFY);

    const protocol = socket.getProtocol();
    const cipher = socket.getCipher();
    const group = socket.getEphemeralKeyInfo();
    const peer = socket.getPeerCertificate(false);
    const groupName = group && 'name' in group && group.name ? group.name : '[blank]';
    ctx.infof(
      `SSL connection using ${protocol ?? 'unknown'} / ${cipher?.standardName ?? cipher?.name ?? '[blank]'} / ` +
        `${groupName} / ${peer && peer.raw ? signatureName(peer, protocol) : 'UNDEF'}`,
    );
    if (socket.alpnProtocol) ctx.infof(`ALPN: server accepted ${socket.alpnProtocol}`);
    else ctx.infof('ALPN: server did not agree on a protocol. Uses default.');

    if (!peer || !peer.raw) throw ctx.failf(CURLE.PEER_FAILED_VERIFICATION, "SSL: couldn't get peer certificate");
    ctx.infof('Server certificate:');
    ctx.infof(` subject: ${nameLine(peer.subject)}`);
    ctx.infof(` start date: ${peer.valid_from}`);
    ctx.infof(` expire date: ${peer.valid_to}`);
    if (opts.sslVerifyHost) verifyHost(ctx, host, peer);
    ctx.infof(` issuer: ${nameLine(peer.issuer)}`);
    if (socket.authorized) ctx.infof(' SSL certificate verify ok.');
    else {
      const code = String(socket.authorizationError ?? '');
      const text = VERIFY_TEXTS[code] ?? code;
      ctx.infof(` SSL certificate verify result: ${text} (${VERIFY_NUMBERS[code] ?? 0}), continuing anyway.`);
    }
    ctx.info.appconnectTime = ctx.elapsed() / 1000;
    goState(TlsState.DONE);
    return socket;
  } catch (err) {
    goState(TlsState.FAILED);
    // The connection is unusable; late errors of the TLS layer must not go unhandled.
    socket.on('error', () => {});
    socket.destroy();
    throw err;
  }
}

/** Waits for the handshake; maps its failures to libcurl's codes and texts. */
function handshake(ctx: TransferContext, socket: tls.TLSSocket, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let unhook: () => void = () => {};
    let settled = false;
    const done = (err?: unknown): void => {
      if (settled) return;
      settled = true;
      socket.off('secureConnect', onSecure);
      socket.off('error', onError);
      socket.off('close', onClose);
      unhook();
      if (err === undefined) resolve();
      else reject(err);
    };
    const onSecure = (): void => done();
    const onError = (err: Error & { code?: string }): void => done(mapHandshakeError(ctx, err, host, port));
    const onClose = (): void => done(mapHandshakeError(ctx, null, host, port));
    const onAbort = (): void => {
      done(ctx.abortReason ?? ctx.failf(CURLE.OPERATION_TIMEDOUT, 'SSL connection timeout'));
    };
    socket.once('secureConnect', onSecure);
    socket.once('error', onError);
    socket.once('close', onClose);
    unhook = ctx.onAbort(onAbort);
    if (settled) unhook();
  });
}

function mapHandshakeError(
  ctx: TransferContext,
  err: (Error & { code?: string }) | null,
  host: string,
  port: number,
): CurlError {
  const code = err?.code ?? '';
  if (code in VERIFY_NUMBERS) {
    // OpenSSL's verifier failed the chain (SSL_R_CERTIFICATE_VERIFY_FAILED).
    return ctx.failf(CURLE.PEER_FAILED_VERIFICATION, `SSL certificate problem: ${err!.message || VERIFY_TEXTS[code] || code}`);
  }
  if (code === 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED') {
    return ctx.failf(CURLE.SSL_CLIENTCERT, `TLS cert problem: ${osslErrorString(err)}`);
  }
  if (code === 'ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED') {
    return ctx.failf(CURLE.PEER_FAILED_VERIFICATION, 'SSL certificate verification failed');
  }
  if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_OSSL_')) {
    return ctx.failf(CURLE.SSL_CONNECT_ERROR, `TLS connect error: ${osslErrorString(err)}`);
  }
  // The peer reset or closed the connection during the handshake: OpenSSL has no error in its
  // queue and libcurl says so twice, the second time with the socket's errno (SSL_ERROR_SYSCALL).
  const first = ctx.failf(CURLE.SSL_CONNECT_ERROR, 'TLS connect error: error:00000000:lib(0)::reason(0)');
  const reset = code === 'ECONNRESET' && !/disconnected before secure TLS/.test(err?.message ?? '');
  const why = reset ? 'Connection reset by peer' : code === 'EPIPE' ? 'Broken pipe' : 'SSL_ERROR_SYSCALL';
  ctx.failf(CURLE.SSL_CONNECT_ERROR, `OpenSSL SSL_connect: ${why} in connection to ${host}:${port} `);
  return first;
}
