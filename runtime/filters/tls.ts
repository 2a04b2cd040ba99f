// The TLS filter: a TLS client over the stream below (a socket, or the proxy tunnel), with
// libcurl 8.22's checks, codes and texts for its OpenSSL backend (lib/vtls/openssl.c
// `ossl_connect_step2`, `Curl_ossl_check_peer_cert`, `ossl_verifyhost`, `ossl_load_trust_anchors`,
// `cert_stuff`; lib/vtls/hostcheck.c `Curl_cert_hostcheck`).
//
// One class serves the target and an HTTPS proxy (TLS inside TLS when both), each with its own
// option set (tls-options.ts). ALPN offers http/1.1 only (SSL_ENABLE_ALPN=0: nothing), so a
// connect-only stream never becomes HTTP/2. Chain verification
// is Node's (the same OpenSSL verifier, so the same error strings); the host name check is done
// here, after the handshake, with libcurl's rules: subjectAltName entries of the target's kind
// decide when there are any, the last subject CN only when there are none (RFC 6125 section 6).
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import * as tls from 'node:tls';
import { CURLE } from '../base/codes.js';
import { CurlError } from '../base/error.js';
import { isTraced } from '../base/trace.js';
import type { TransferContext } from '../base/context.js';
import { loadClientCert } from './tls-client-cert.js';
import { curvesFor, handshakeTuning, proxySsl, sslConfigKey, targetSsl, type SslConfig } from './tls-options.js';
import { checkIssuer, checkPinnedKey } from './tls-pinning.js';
import { type CachedSession, type SessionCache, watchKeylog } from './tls-session.js';
import {
  loadTrustAnchors,
  nameLine,
  osslErrorString,
  peerCertView,
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

/** Where a TLS filter goes: the URL's host (target) or an HTTPS proxy. */
export interface TlsPeer {
  host: string;
  port: number;
}

/**
 * The TLS filter. One class for both of libcurl's SSL filters (lib/vtls/vtls.c Curl_cft_ssl and
 * Curl_cft_ssl_proxy): `proxy` null is TLS to the target (the URL's host, not a CONNECT_TO host
 * or a proxy) with the target's options; a proxy peer is TLS to an HTTPS proxy with the PROXY_*
 * options. `sessions`: where TLS sessions are kept for reuse (SSL_SESSIONID_CACHE).
 */
export class TlsFilter extends ConnFilter {
  readonly name: string;
  #socket: tls.TLSSocket | null = null;
  readonly #proxy: TlsPeer | null;
  readonly #sessions: SessionCache | null;

  constructor(proxy: TlsPeer | null = null, sessions: SessionCache | null = null) {
    super();
    this.#proxy = proxy;
    this.#sessions = sessions;
    this.name = proxy === null ? 'tls' : 'tls-proxy';
  }

  async connect(ctx: TransferContext, below: ConnectBelow): Promise<Duplex> {
    const proxy = this.#proxy;
    const config = proxy === null ? targetSsl(ctx.opts) : proxySsl(ctx.opts);
    const peer = proxy ?? { host: ctx.target.host.replace(/^\[|\]$/g, ''), port: ctx.target.port };
    const socket = await runTls(ctx, below, config, peer, this.#sessions);
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

async function runTls(
  ctx: TransferContext,
  below: ConnectBelow,
  c: SslConfig,
  peer: TlsPeer,
  sessions: SessionCache | null,
): Promise<tls.TLSSocket> {
  const trace = isTraced('tls', 'ssl');
  // The handshake runs in Node's TLS stack; the states are traced for the filter's phases.
  const goState = (next: TlsState): void => {
    if (trace) ctx.infof(`[SSL] new state '${next}'`);
  };
  goState(TlsState.INIT);

  const { host, port } = peer;

  // libcurl connects the filters below first, then sets up its SSL_CTX: versions and ciphers,
  // the client certificate, curves, the ALPN offer, and (loaded when the handshake needs them)
  // the trust anchors (lib/vtls/openssl.c ossl_connect_step1).
  const raw = await below();
  const tuning = handshakeTuning(ctx, c);
  const client = loadClientCert(ctx, c);
  const ecdhCurve = curvesFor(ctx, c);
  if (c.alpn) ctx.infof('ALPN: curl offers http/1.1');
  const anchors = loadTrustAnchors(ctx, c);

  // SNI (RFC 6066 section 3) carries names only, never IP literals; no trailing dot.
  const servername = isIP(host) === 0 ? host.replace(/\.$/, '') : undefined;
  const sessionKey = sessions !== null && c.sessionCache ? `${host}:${port}|${sslConfigKey(c)}` : null;
  const offered = sessionKey !== null ? offeredSession(ctx, c, sessions!, sessionKey) : undefined;
  goState(TlsState.HANDSHAKE);

  const socket = tls.connect({
    socket: raw,
    servername,
    ALPNProtocols: c.alpn ? ['http/1.1'] : undefined,
    rejectUnauthorized: c.verifyPeer,
    // The name check is libcurl's (verifyHost below), also when VERIFYPEER is off.
    checkServerIdentity: () => undefined,
    ca: anchors.ca,
    crl: anchors.crl,
    cert: client.cert,
    key: client.key,
    pfx: client.pfx,
    passphrase: client.passphrase,
    session: offered?.session,
    ...tuning,
    ecdhCurve,
  });
  watchKeylog(socket);
  let latest: Buffer | null = null;
  if (sessionKey !== null) socket.on('session', (s: Buffer) => (latest = s));

  try {
    await handshake(ctx, socket, host, port, c);
    goState(TlsState.VERIFY);

    const x509 = socket.getPeerX509Certificate();
    let cert = x509 !== undefined ? peerCertView(x509) : undefined;
    if (cert === undefined && offered !== undefined && socket.isSessionReused()) cert = offered.cert;
    if (ctx.verbose) {
      // only built when printed: the signature name parses the certificate again
      const protocol = socket.getProtocol();
      const cipher = socket.getCipher();
      const group = socket.getEphemeralKeyInfo();
      const groupName = group && 'name' in group && group.name ? group.name : '[blank]';
      ctx.infof(
        `SSL connection using ${protocol ?? 'unknown'} / ${cipher?.standardName ?? cipher?.name ?? '[blank]'} / ` +
          `${groupName} / ${cert && cert.raw ? signatureName(cert, protocol) : 'UNDEF'}`,
      );
    }
    if (c.alpn) {
      if (socket.alpnProtocol) ctx.infof(`ALPN: server accepted ${socket.alpnProtocol}`);
      else ctx.infof('ALPN: server did not agree on a protocol. Uses default.');
    }

    if (!cert || !cert.raw) throw ctx.failf(CURLE.PEER_FAILED_VERIFICATION, "SSL: couldn't get peer certificate");
    ctx.infof(c.proxy ? 'Proxy certificate:' : 'Server certificate:');
    ctx.infof(` subject: ${nameLine(cert.subject)}`);
    ctx.infof(` start date: ${cert.valid_from}`);
    ctx.infof(` expire date: ${cert.valid_to}`);
    if (c.verifyHost) verifyHost(ctx, host, cert);
    ctx.infof(` issuer: ${nameLine(cert.issuer)}`);
    const code = socket.authorized ? '' : String(socket.authorizationError ?? '');
    setVerifyResult(ctx, c, socket.authorized ? 0 : (VERIFY_NUMBERS[code] ?? 0));
    if (socket.authorized) ctx.infof(' SSL certificate verify ok.');
    else {
      const text = VERIFY_TEXTS[code] ?? code;
      ctx.infof(` SSL certificate verify result: ${text} (${VERIFY_NUMBERS[code] ?? 0}), continuing anyway.`);
    }
    if (c.issuerCert !== null || c.issuerCertBlob !== null || c.pinnedPublicKey !== null) {
      const peer = x509 ?? new X509Certificate(cert.raw);
      checkIssuer(ctx, c, peer);
      checkPinnedKey(ctx, c, peer);
    }
    if (!c.proxy) ctx.info.appconnectTime = ctx.elapsed() / 1000;
    if (sessionKey !== null) keepSessions(socket, sessions!, sessionKey, () => latest, cert, socket.authorized ? 0 : 1);
    goState(TlsState.DONE);
    return socket;
  } catch (err) {
    goState(TlsState.FAILED);
    // lib/vtls/openssl.c ossl_connect_step3: on error, remove sessions we might have in the pool
    if (sessionKey !== null) sessions!.remove(sessionKey);
    // The connection is unusable; late errors of the TLS layer must not go unhandled.
    socket.on('error', () => {});
    socket.destroy();
    throw err;
  }
}

function setVerifyResult(ctx: TransferContext, c: SslConfig, result: number): void {
  if (c.proxy) ctx.info.proxySslVerifyResult = result;
  else ctx.info.sslVerifyResult = result;
}

/** ossl_apply_session: the cached session for this peer, unless it came from a connection whose
 * peer was not verified and this one verifies. */
function offeredSession(ctx: TransferContext, c: SslConfig, sessions: SessionCache, key: string): CachedSession | undefined {
  const cached = sessions.get(key);
  if (cached === undefined) return undefined;
  if (c.verifyPeer && cached.verifyResult !== 0) {
    ctx.infof('SSL session not peer verified, not reusing');
    return undefined;
  }
  ctx.infof(`SSL reusing session with ALPN '${cached.alpn ?? '-'}'`);
  ctx.infof(`SSL verify result: ${cached.verifyResult.toString(16)}`);
  return cached;
}

/** Keeps the newest session the server handed out on this connection (TLS 1.3 tickets arrive
 * after the handshake, so later ones are taken as they come). */
function keepSessions(
  socket: tls.TLSSocket,
  sessions: SessionCache,
  key: string,
  latest: () => Buffer | null,
  cert: tls.PeerCertificate,
  verifyResult: number,
): void {
  const alpn = socket.alpnProtocol || null;
  const put = (session: Buffer): void => sessions.put(key, { session, cert, alpn, verifyResult });
  const first = latest();
  if (first !== null) put(first);
  socket.on('session', put);
}

/** Waits for the handshake; maps its failures to libcurl's codes and texts. */
function handshake(ctx: TransferContext, socket: tls.TLSSocket, host: string, port: number, c: SslConfig): Promise<void> {
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
    const onError = (err: Error & { code?: string }): void => done(mapHandshakeError(ctx, err, host, port, c));
    const onClose = (): void => done(mapHandshakeError(ctx, null, host, port, c));
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
  c: SslConfig,
): CurlError {
  const code = err?.code ?? '';
  if (code in VERIFY_NUMBERS) {
    setVerifyResult(ctx, c, VERIFY_NUMBERS[code]!);
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
