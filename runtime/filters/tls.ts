// The TLS filter: a TLS client over the stream below (a socket, or the proxy tunnel), with
// libcurl 8.22's checks, codes and texts for its OpenSSL backend (lib/vtls/openssl.c
// `ossl_connect_step2`, `Curl_ossl_check_peer_cert`, `ossl_verifyhost`, `ossl_load_trust_anchors`,
// `cert_stuff`; lib/vtls/hostcheck.c `Curl_cert_hostcheck`).
//
// One class serves the target and an HTTPS proxy (TLS inside TLS when both), each with its own
// option set (tls-options.ts). ALPN offers what HTTP_VERSION asks (tls-options.ts alpnOffer;
// SSL_ENABLE_ALPN=0: nothing); a connect-only stream is offered HTTP/1 only. Chain verification
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
import { certInfoOf, certStackLines, MAX_ALLOWED_CERT_AMOUNT, peerChain } from './tls-certinfo.js';
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
  readonly #alpn: boolean;

  /** `alpn` false: no ALPN offer whatever SSL_ENABLE_ALPN says (lib/url.c sets tls_enable_alpn
   * only for schemes with PROTOPT_ALPN; the login protocols have none). */
  constructor(proxy: TlsPeer | null = null, sessions: SessionCache | null = null, alpn = true) {
    super();
    this.#proxy = proxy;
    this.#sessions = sessions;
    this.#alpn = alpn;
    this.name = proxy === null ? 'tls' : 'tls-proxy';
  }

  async connect(ctx: TransferContext, below: ConnectBelow): Promise<Duplex> {
    const proxy = this.#proxy;
    const ssl = proxy === null ? targetSsl(ctx.opts) : proxySsl(ctx.opts);
    const config = this.#alpn || !ssl.alpn ? ssl : { ...ssl, alpn: false };
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
  // lib/vtls/vtls.c ssl_prefs_check, before each TLS filter's first step; it reads the target's
  // settings (data->set.ssl) also for an HTTPS proxy's filter
  const maxCode = ctx.opts.sslVersionMax >>> 16;
  if (maxCode > 1 && maxCode < ctx.opts.sslVersion) {
    throw ctx.failf(CURLE.SSL_CONNECT_ERROR, 'CURL_SSLVERSION_MAX incompatible with CURL_SSLVERSION');
  }
  const tuning = handshakeTuning(ctx, c);
  const client = loadClientCert(ctx, c);
  const ecdhCurve = curvesFor(ctx, c);

  // SNI (RFC 6066 section 3) carries names only, never IP literals; no trailing dot.
  const servername = isIP(host) === 0 ? host.replace(/\.$/, '') : undefined;
  const sessionKey = sessions !== null && c.sessionCache ? `${host}:${port}|${sslConfigKey(c)}` : null;
  const offered = sessionKey !== null ? offeredSession(ctx, c, sessions!, sessionKey) : undefined;
  // lib/vtls/vtls.h VTLS_INFOF_ALPN_OFFER_1STR
  if (c.alpn) ctx.infof(`ALPN: curl offers ${c.alpnOffer.join(',')}`);
  // libcurl fills the X509 store once the ClientHello is out (Curl_ssl_setup_x509_store); Node
  // takes it with the options, so it is read here and its lines come at the same place.
  const anchors = loadTrustAnchors(ctx, c, sessions);
  goState(TlsState.HANDSHAKE);

  const socket = tls.connect({
    socket: raw,
    servername,
    ALPNProtocols: c.alpn ? (c.alpnOffer as string[]) : undefined,
    // 8.22 lets the handshake complete whatever the chain (SSL_VERIFY_NONE) and judges OpenSSL's
    // verify result afterwards (Curl_ossl_check_peer_cert); so does the name check below.
    rejectUnauthorized: false,
    checkServerIdentity: noIdentityCheck,
    secureContext: secureContextFor({
      ca: anchors.ca,
      crl: anchors.crl,
      cert: client.cert,
      key: client.key,
      pfx: client.pfx,
      passphrase: client.passphrase,
      ...tuning,
      ecdhCurve,
    }),
    session: offered?.session,
  });
  const keylog = watchKeylog(socket);
  let latest: Buffer | null = null;
  if (sessionKey !== null) socket.on('session', (s: Buffer) => (latest = s));

  try {
    await handshake(ctx, socket, host, port, c);
    goState(TlsState.VERIFY);

    // Node's getPeerX509Certificate takes the leaf out of OpenSSL's peer chain on a client, so
    // the chain is read first, and only when CERTINFO or the verbose lines need it
    const detailed = c.certInfo || ctx.verbose ? socket.getPeerCertificate(true) : undefined;
    const x509 = socket.getPeerX509Certificate();
    keepPeerGetters(socket, x509, detailed);
    const reused = socket.isSessionReused();
    let cert = x509 !== undefined ? peerCertView(x509) : undefined;
    if (cert === undefined && offered !== undefined && reused) cert = offered.cert;
    if (ctx.verbose) {
      // Curl_ossl_report_handshake; the peer's signature type is unknown on a resumed session
      const protocol = socket.getProtocol();
      const cipher = socket.getCipher();
      const group = socket.getEphemeralKeyInfo();
      const groupName = group && 'name' in group && group.name ? group.name : '[blank]';
      ctx.infof(
        `SSL connection using ${protocol ?? 'unknown'} / ${cipher?.standardName ?? cipher?.name ?? '[blank]'} / ` +
          `${groupName} / ${x509 !== undefined ? signatureName(x509, protocol) : 'UNDEF'}`,
      );
    }
    if (c.alpn) {
      if (socket.alpnProtocol) ctx.infof(`ALPN: server accepted ${socket.alpnProtocol}`);
      else ctx.infof('ALPN: server did not agree on a protocol. Uses default.');
    }
    const verifyResult = checkPeerCert(ctx, c, socket, detailed, host, x509, cert, reused, anchors.ca);
    // TIMER_APPCONNECT (lib/vtls/vtls.c), summed over a redirect chain's new connections
    if (!c.proxy) {
      if (ctx.meter) ctx.meter.time('appconnect');
      else ctx.info.appconnectTime = ctx.elapsed() / 1000;
    }
    if (sessionKey !== null && cert !== undefined) keepSessions(socket, sessions!, sessionKey, () => latest, cert, verifyResult);
    if (keylog !== null) ctx.infof(`SSLKEYLOGFILE set, all TLS secrets are logged to '${keylog}'`);
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

function noIdentityCheck(): undefined {
  return undefined;
}

/** Secure contexts made before, by what they were made from (see secureContextFor). */
const contexts = new Map<string, tls.SecureContext>();

/**
 * The SecureContext (OpenSSL's SSL_CTX with its X509 store) for these settings. libcurl keeps the
 * store it filled from a CA file and uses it again (lib/vtls/openssl.c ossl_set_cached_x509_store);
 * Node parses the trust anchors into every new context, which costs more than the rest of a
 * loopback handshake's own work, so a context made from the same versions, ciphers, curves and
 * certificates (compared by content: a changed CA file gives a new one) is used again. Contexts
 * hold no client sessions (Node turns OpenSSL's internal session cache off), so sharing one
 * resumes nothing by itself. With a client certificate, key or CRL a new one is made each time.
 */
function secureContextFor(o: tls.SecureContextOptions): tls.SecureContext {
  if (o.crl !== undefined || o.cert !== undefined || o.key !== undefined || o.pfx !== undefined) return tls.createSecureContext(o);
  const ca = o.ca as string[] | undefined;
  // every HandshakeTuning field (tls-options.ts), Node's defaults where one is unset (an
  // application may change them), and the CA list, undefined (Node's roots) apart from an empty
  // list (no anchors)
  const key = `${o.minVersion}|${o.maxVersion}|${o.ciphers ?? tls.DEFAULT_CIPHERS}|${o.ecdhCurve ?? tls.DEFAULT_ECDH_CURVE}|${o.secureOptions ?? ''}|${ca === undefined ? '-' : `${ca.length}:${ca.join('\n')}`}`;
  let context = contexts.get(key);
  if (context === undefined) {
    context = tls.createSecureContext(o);
    if (contexts.size >= 16) contexts.clear();
    contexts.set(key, context);
  }
  return context;
}

/**
 * lib/vtls/openssl.c Curl_ossl_check_peer_cert: the chain for CERTINFO (not on a resumed
 * session, which has none), the certificate's verbose lines, the name (VERIFYHOST), OpenSSL's
 * verify result (VERIFYPEER: 60 unless it is X509_V_OK), ISSUERCERT and PINNEDPUBLICKEY.
 */
function checkPeerCert(
  ctx: TransferContext,
  c: SslConfig,
  socket: tls.TLSSocket,
  detailed: tls.DetailedPeerCertificate | undefined,
  host: string,
  /** The peer certificate: Node's object (none on a resumed session), and the view the checks
   * read (kept with the session when resumed). */
  x509: X509Certificate | undefined,
  cert: tls.PeerCertificate | undefined,
  reused: boolean,
  anchors: string[] | undefined,
): number {
  let chain: X509Certificate[] | null = null;
  if (c.certInfo && !reused) {
    chain = peerChain(detailed, anchors);
    const info = certInfoOf(chain);
    if (info === null) {
      throw ctx.failf(CURLE.SSL_CONNECT_ERROR, `${chain.length} certificates is more than allowed (${MAX_ALLOWED_CERT_AMOUNT})`);
    }
    ctx.info.certInfo = info;
  }
  if (!cert || !cert.raw) {
    // no verification at all: this may be acceptable
    if (!c.verifyPeer && !c.verifyHost) return socket.authorized ? 0 : (VERIFY_NUMBERS[String(socket.authorizationError ?? '')] ?? 0);
    throw ctx.failf(CURLE.PEER_FAILED_VERIFICATION, 'SSL: could not get peer certificate');
  }
  const peer = x509 ?? new X509Certificate(cert.raw);
  const code = socket.authorized ? '' : String(socket.authorizationError ?? '');
  const result = socket.authorized ? 0 : (VERIFY_NUMBERS[code] ?? 0);
  if (ctx.verbose) {
    ctx.infof(c.proxy ? 'Proxy certificate:' : 'Server certificate:');
    ctx.infof(`  subject: ${nameLine(peer.subject)}`);
    ctx.infof(`  start date: ${peer.validFrom}`);
    ctx.infof(`  expire date: ${peer.validTo}`);
    ctx.infof(`  issuer: ${nameLine(peer.issuer)}`);
    // infof_certstack: the verified chain, else the one the server sent; none on a resumed session
    if (!reused || result !== 0) {
      for (const line of certStackLines(peerChain(detailed, result === 0 ? [] : anchors))) ctx.infof(line);
    }
  }
  if (c.verifyHost) verifyHost(ctx, host, cert);
  setVerifyResult(ctx, c, result);
  ctx.infof(`OpenSSL verify result: ${result.toString(16)}`);
  if (result === 0) ctx.infof('SSL certificate verified via OpenSSL.');
  else if (c.verifyPeer) {
    throw ctx.failf(CURLE.PEER_FAILED_VERIFICATION, `SSL certificate OpenSSL verify result: ${VERIFY_TEXTS[code] ?? code} (${result})`);
  } else ctx.infof(' SSL certificate verification failed, continuing anyway!');
  checkIssuer(ctx, c, peer);
  checkPinnedKey(ctx, c, peer);
  return result;
}

/**
 * Node's getPeerX509Certificate takes the leaf out of OpenSSL's peer chain on a client (later
 * calls of either getter find nothing, or the next certificate as if it were the leaf), so the
 * socket the application gets (TLS_SSL_PTR, ACTIVESOCKET) answers both from what was read here;
 * a full chain only when it was read (CERTINFO or verbose), else the certificate alone.
 */
function keepPeerGetters(socket: tls.TLSSocket, x509: X509Certificate | undefined, detailed: tls.DetailedPeerCertificate | undefined): void {
  if (x509 === undefined) return;
  socket.getPeerX509Certificate = () => x509;
  socket.getPeerCertificate = ((full?: boolean) =>
    full === true && detailed !== undefined ? detailed : x509.toLegacyObject()) as typeof socket.getPeerCertificate;
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
      done(ctx.abortReason ?? ctx.failf(CURLE.OPERATION_TIMEDOUT, `Connection timed out after ${Math.round(ctx.elapsed())} milliseconds`));
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
