// The TLS settings one TLS filter works with: the target's (CURLOPT_SSL*, CAINFO, ...) or an HTTPS
// proxy's (CURLOPT_PROXY_*), as libcurl 8.22 fills its `ssl` and `proxy_ssl` configs
// (lib/vtls/vtls_config.c Curl_ssl_easy_config_complete): the proxy has no EC curves option of
// this runtime's, and SSL_SESSIONID_CACHE, SSL_ENABLE_ALPN and CERTINFO are shared. One
// filter class reads whichever set it was made for. Also: libcurl's version, cipher and curve
// settings as Node's tls.connect options, with libcurl's failures (lib/vtls/openssl.c
// ossl_connect_step1, ossl_set_ssl_version_min_max).
import { createSecureContext } from 'node:tls';
import * as tls from 'node:tls';
import { CURLE } from '../base/codes.js';
import { CURLPROXY_HTTPS2 } from '../base/constants.js';
import type { TransferContext } from '../base/context.js';
import type { EasyOptions } from '../base/options.js';

export interface SslConfig {
  /** The proxy's set (verbose "Proxy certificate:", CURLINFO_PROXY_SSL_VERIFYRESULT). */
  readonly proxy: boolean;
  readonly verifyPeer: boolean;
  readonly verifyHost: boolean;
  readonly caInfo: string | null;
  readonly caInfoBlob: Uint8Array | null;
  readonly caPath: string | null;
  readonly cert: string | null;
  readonly certBlob: Uint8Array | null;
  readonly certType: string | null;
  readonly key: string | null;
  readonly keyBlob: Uint8Array | null;
  readonly keyPasswd: string | null;
  readonly pinnedPublicKey: string | null;
  readonly version: number;
  readonly versionMax: number;
  readonly cipherList: string | null;
  readonly tls13Ciphers: string | null;
  readonly curves: string | null;
  readonly issuerCert: string | null;
  readonly issuerCertBlob: Uint8Array | null;
  readonly crlFile: string | null;
  readonly sslOptions: number;
  readonly sessionCache: boolean;
  readonly alpn: boolean;
  /** The ALPN protocols offered when `alpn` is on, in order (alpnOffer). */
  readonly alpnOffer: readonly string[];
  /** CERTINFO (data->set.ssl.certinfo: one setting for both filters). */
  readonly certInfo: boolean;
}

/** lib/vtls/vtls.c alpn_get_spec over the HTTP_VERSION wanted (lib/http.c Curl_http_neg_init):
 * 1_0 offers http/1.0 and http/1.1, 1_1 http/1.1, 2_PRIOR_KNOWLEDGE h2 alone, the rest (NONE,
 * 2_0, 2TLS) h2 then http/1.1. A connect-only transfer offers HTTP/1 only (a departure: libcurl
 * would put its HTTP/2 layer under the application's send and recv, which this runtime does not
 * have), so the stream handed over speaks the HTTP/1.1 the application writes. */
export function alpnOffer(o: Readonly<EasyOptions>): readonly string[] {
  if (o.httpVersion === 1) return ['http/1.0', 'http/1.1'];
  if (o.httpVersion === 2 || o.connectOnly !== 0) return ['http/1.1'];
  return o.httpVersion === 5 ? ['h2'] : ['h2', 'http/1.1'];
}

/** The target's settings. */
export function targetSsl(o: Readonly<EasyOptions>): SslConfig {
  return {
    proxy: false,
    verifyPeer: o.sslVerifyPeer,
    verifyHost: o.sslVerifyHost !== 0,
    caInfo: o.caInfo,
    caInfoBlob: o.caInfoBlob,
    caPath: o.caPath,
    cert: o.sslCert,
    certBlob: o.sslCertBlob,
    certType: o.sslCertType,
    key: o.sslKey,
    keyBlob: o.sslKeyBlob,
    keyPasswd: o.keyPasswd,
    pinnedPublicKey: o.pinnedPublicKey,
    version: o.sslVersion,
    versionMax: o.sslVersionMax,
    cipherList: o.sslCipherList,
    tls13Ciphers: o.tls13Ciphers,
    curves: o.sslEcCurves,
    issuerCert: o.issuerCert,
    issuerCertBlob: o.issuerCertBlob,
    crlFile: o.crlFile,
    sslOptions: o.sslOptions,
    sessionCache: o.sslSessionIdCache,
    alpn: o.sslEnableAlpn,
    alpnOffer: alpnOffer(o),
    certInfo: o.certInfo,
  };
}

/** An HTTPS proxy's settings (the PROXY_* options). */
export function proxySsl(o: Readonly<EasyOptions>): SslConfig {
  return {
    proxy: true,
    verifyPeer: o.proxySslVerifyPeer,
    verifyHost: o.proxySslVerifyHost !== 0,
    caInfo: o.proxyCaInfo,
    caInfoBlob: o.proxyCaInfoBlob,
    caPath: o.proxyCaPath,
    cert: o.proxySslCert,
    certBlob: o.proxySslCertBlob,
    certType: o.proxySslCertType,
    key: o.proxySslKey,
    keyBlob: o.proxySslKeyBlob,
    keyPasswd: o.proxyKeyPasswd,
    pinnedPublicKey: o.proxyPinnedPublicKey,
    version: o.proxySslVersion,
    versionMax: o.proxySslVersionMax,
    cipherList: o.proxySslCipherList,
    tls13Ciphers: o.proxyTls13Ciphers,
    curves: null,
    issuerCert: o.proxyIssuerCert,
    issuerCertBlob: o.proxyIssuerCertBlob,
    crlFile: o.proxyCrlFile,
    sslOptions: o.proxySslOptions,
    sessionCache: o.sslSessionIdCache,
    // lib/vtls/vtls.c cf_ssl_proxy_create: http/1.1, or h2 and http/1.1 for CURLPROXY_HTTPS2,
    // which offers them even when SSL_ENABLE_ALPN is off
    alpn: o.sslEnableAlpn || o.proxyType === CURLPROXY_HTTPS2,
    alpnOffer: o.proxyType === CURLPROXY_HTTPS2 ? ['h2', 'http/1.1'] : ['http/1.1'],
    certInfo: o.certInfo,
  };
}

const blobKey = (b: Uint8Array | null): string => (b === null ? '' : Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64'));

/** What must match for a connection or a TLS session to be used again (lib/vtls/vtls_config.c
 * match_ssl_primary_config); sessions also never cross from the target's set to a proxy's. */
export function sslConfigKey(c: SslConfig): string {
  return [
    c.proxy ? 'P' : 'T',
    c.verifyPeer ? 1 : 0,
    c.verifyHost ? 1 : 0,
    c.caInfo,
    blobKey(c.caInfoBlob),
    c.caPath,
    c.cert,
    blobKey(c.certBlob),
    c.certType,
    c.key,
    blobKey(c.keyBlob),
    c.keyPasswd,
    c.pinnedPublicKey,
    c.version,
    c.versionMax,
    c.cipherList,
    c.tls13Ciphers,
    c.curves,
    c.issuerCert,
    blobKey(c.issuerCertBlob),
    c.crlFile,
    c.sslOptions,
    c.alpn ? c.alpnOffer.join(',') : 0,
  ].join('|');
}

// CURL_SSLVERSION_* (include/curl/curl.h) to Node's names; SSLv2 (2) and SSLv3 (3) are not built
// into any OpenSSL libcurl uses today.
const MIN_NAMES: Readonly<Record<number, tls.SecureVersion>> = {
  1: 'TLSv1',
  4: 'TLSv1',
  5: 'TLSv1.1',
  6: 'TLSv1.2',
  7: 'TLSv1.3',
};
// CURL_SSLVERSION_MAX_* >> 16; NONE (0), DEFAULT (1) and the unnamed 2 and 3: the library's highest
const MAX_NAMES: Readonly<Record<number, tls.SecureVersion>> = {
  4: 'TLSv1',
  5: 'TLSv1.1',
  6: 'TLSv1.2',
  7: 'TLSv1.3',
};

/** The parts of tls.connect's options that come from the version, cipher and curve settings. */
export interface HandshakeTuning {
  minVersion: tls.SecureVersion;
  maxVersion: tls.SecureVersion;
  ciphers?: string;
  ecdhCurve?: string;
  secureOptions?: number;
}

// Node's own defaults, split as OpenSSL keeps them: the TLS 1.2 list and the TLS 1.3 suites.
const DEFAULT_PARTS = tls.DEFAULT_CIPHERS.split(':');
const DEFAULT_LIST = DEFAULT_PARTS.filter((c) => !c.startsWith('TLS_')).join(':');
const DEFAULT_SUITES = DEFAULT_PARTS.filter((c) => c.startsWith('TLS_')).join(':');

/** Lists OpenSSL refused before, and those it took: a failure costs a SecureContext each time. */
const checked = new Map<string, boolean>();

function accepted(kind: 'list' | 'suites' | 'curves', value: string): boolean {
  const key = `${kind}\0${value}`;
  let ok = checked.get(key);
  if (ok === undefined) {
    try {
      // Node hands "TLS_*" names to SSL_CTX_set_ciphersuites and the rest to
      // SSL_CTX_set_cipher_list; each half is tried on its own as libcurl does.
      if (kind === 'list') createSecureContext({ ciphers: `${value}:${DEFAULT_SUITES}` });
      else if (kind === 'suites') ok = value.split(':').every((s) => s.startsWith('TLS_')) && tryContext({ ciphers: `${DEFAULT_LIST}:${value}` });
      else createSecureContext({ ecdhCurve: value });
      if (ok === undefined) ok = true;
    } catch {
      ok = false;
    }
    if (checked.size > 256) checked.clear();
    checked.set(key, ok);
  }
  return ok;
}

function tryContext(o: tls.SecureContextOptions): boolean {
  try {
    createSecureContext(o);
    return true;
  } catch {
    return false;
  }
}

/**
 * SSLVERSION, SSL_CIPHER_LIST, TLS13_CIPHERS and SSL_EC_CURVES (or the proxy's) as libcurl's
 * OpenSSL backend applies them, in its order, with its texts and codes: SSLv2/SSLv3 4, a list
 * OpenSSL refuses 59. The cipher list only applies when TLS 1.2 or lower may be used, the TLS 1.3
 * suites only when TLS 1.3 may be.
 */
export function handshakeTuning(ctx: TransferContext, c: SslConfig): HandshakeTuning {
  const min = MIN_NAMES[c.version];
  if (min === undefined) {
    if (c.version === 2) throw ctx.failf(CURLE.NOT_BUILT_IN, 'No SSLv2 support');
    if (c.version === 3) throw ctx.failf(CURLE.NOT_BUILT_IN, 'No SSLv3 support');
    throw ctx.failf(CURLE.SSL_CONNECT_ERROR, 'Unrecognized parameter passed via CURLOPT_SSLVERSION');
  }
  const maxCode = c.versionMax >>> 16;
  const max = MAX_NAMES[maxCode] ?? 'TLSv1.3';
  const out: HandshakeTuning = { minVersion: min, maxVersion: max };
  let list: string | null = null;
  let suites: string | null = null;
  if (c.cipherList !== null && c.version < 7) {
    if (!accepted('list', c.cipherList)) throw ctx.failf(CURLE.SSL_CIPHER, `failed setting cipher list: ${c.cipherList}`);
    ctx.infof(`Cipher selection: ${c.cipherList}`);
    list = c.cipherList;
  }
  if (c.tls13Ciphers !== null && (maxCode <= 1 || maxCode >= 7)) {
    if (!accepted('suites', c.tls13Ciphers)) {
      throw ctx.failf(CURLE.SSL_CIPHER, `failed setting TLS 1.3 cipher suite: ${c.tls13Ciphers}`);
    }
    ctx.infof(`TLS 1.3 cipher selection: ${c.tls13Ciphers}`);
    suites = c.tls13Ciphers;
  }
  // Node sets both halves from one string: the half not chosen keeps Node's default
  if (list !== null || suites !== null) out.ciphers = `${list ?? DEFAULT_LIST}:${suites ?? DEFAULT_SUITES}`;
  return out;
}

/** SSL_EC_CURVES, checked after the client certificate as libcurl does (59 when refused). */
export function curvesFor(ctx: TransferContext, c: SslConfig): string | undefined {
  if (c.curves === null) return undefined;
  if (!accepted('curves', c.curves)) throw ctx.failf(CURLE.SSL_CIPHER, `failed setting curves list: '${c.curves}'`);
  return c.curves;
}
