// PLACEHOLDER written by hand until manbind's generator emits this file from specs/; do not edit
// by hand beyond keeping the runtime compiling. It carries no runtime logic.
import type { CloseSocketFn, DebugFn, OpenSocketFn, SockoptFn } from '../runtime/options.js';
import type { ErrorBuffer, TextSink } from '../runtime/types.js';

export const CURLOPT = {
  CAINFO: 'CAINFO',
  CAPATH: 'CAPATH',
  CLOSESOCKETDATA: 'CLOSESOCKETDATA',
  CLOSESOCKETFUNCTION: 'CLOSESOCKETFUNCTION',
  CONNECTTIMEOUT: 'CONNECTTIMEOUT',
  CONNECTTIMEOUT_MS: 'CONNECTTIMEOUT_MS',
  CONNECT_ONLY: 'CONNECT_ONLY',
  CONNECT_TO: 'CONNECT_TO',
  DEBUGDATA: 'DEBUGDATA',
  DEBUGFUNCTION: 'DEBUGFUNCTION',
  ERRORBUFFER: 'ERRORBUFFER',
  HAPPY_EYEBALLS_TIMEOUT_MS: 'HAPPY_EYEBALLS_TIMEOUT_MS',
  HEADERDATA: 'HEADERDATA',
  HEADERFUNCTION: 'HEADERFUNCTION',
  HTTPPROXYTUNNEL: 'HTTPPROXYTUNNEL',
  IPRESOLVE: 'IPRESOLVE',
  KEYPASSWD: 'KEYPASSWD',
  LOCALPORT: 'LOCALPORT',
  LOCALPORTRANGE: 'LOCALPORTRANGE',
  NOPROXY: 'NOPROXY',
  OPENSOCKETDATA: 'OPENSOCKETDATA',
  OPENSOCKETFUNCTION: 'OPENSOCKETFUNCTION',
  PORT: 'PORT',
  PRIVATE: 'PRIVATE',
  PROXY: 'PROXY',
  PROXYAUTH: 'PROXYAUTH',
  PROXYHEADER: 'PROXYHEADER',
  PROXYPASSWORD: 'PROXYPASSWORD',
  PROXYPORT: 'PROXYPORT',
  PROXYTYPE: 'PROXYTYPE',
  PROXYUSERNAME: 'PROXYUSERNAME',
  PROXYUSERPWD: 'PROXYUSERPWD',
  RESOLVE: 'RESOLVE',
  SOCKOPTDATA: 'SOCKOPTDATA',
  SOCKOPTFUNCTION: 'SOCKOPTFUNCTION',
  SSLCERT: 'SSLCERT',
  SSLKEY: 'SSLKEY',
  SSL_VERIFYHOST: 'SSL_VERIFYHOST',
  SSL_VERIFYPEER: 'SSL_VERIFYPEER',
  STDERR: 'STDERR',
  SUPPRESS_CONNECT_HEADERS: 'SUPPRESS_CONNECT_HEADERS',
  TCP_KEEPALIVE: 'TCP_KEEPALIVE',
  TCP_KEEPIDLE: 'TCP_KEEPIDLE',
  TCP_KEEPINTVL: 'TCP_KEEPINTVL',
  TCP_NODELAY: 'TCP_NODELAY',
  TIMEOUT: 'TIMEOUT',
  TIMEOUT_MS: 'TIMEOUT_MS',
  URL: 'URL',
  USERAGENT: 'USERAGENT',
  VERBOSE: 'VERBOSE',
  WRITEDATA: 'WRITEDATA',
  WRITEFUNCTION: 'WRITEFUNCTION',
} as const;

export interface Setopt {
  setopt(option: typeof CURLOPT.CAINFO, value: unknown): number;
  setopt(option: typeof CURLOPT.CAPATH, value: unknown): number;
  setopt(option: typeof CURLOPT.CLOSESOCKETDATA, value: unknown): number;
  setopt(option: typeof CURLOPT.CLOSESOCKETFUNCTION, value: CloseSocketFn | null): number;
  setopt(option: typeof CURLOPT.CONNECTTIMEOUT, value: unknown): number;
  setopt(option: typeof CURLOPT.CONNECTTIMEOUT_MS, value: unknown): number;
  setopt(option: typeof CURLOPT.CONNECT_ONLY, value: 0 | 1 | 2): number;
  setopt(option: typeof CURLOPT.CONNECT_TO, value: readonly string[] | null): number;
  setopt(option: typeof CURLOPT.DEBUGDATA, value: unknown): number;
  setopt(option: typeof CURLOPT.DEBUGFUNCTION, value: DebugFn | null): number;
  setopt(option: typeof CURLOPT.ERRORBUFFER, value: ErrorBuffer | null): number;
  setopt(option: typeof CURLOPT.HAPPY_EYEBALLS_TIMEOUT_MS, value: unknown): number;
  setopt(option: typeof CURLOPT.HEADERDATA, value: unknown): number;
  setopt(option: typeof CURLOPT.HEADERFUNCTION, value: unknown): number;
  setopt(option: typeof CURLOPT.HTTPPROXYTUNNEL, value: unknown): number;
  setopt(option: typeof CURLOPT.IPRESOLVE, value: unknown): number;
  setopt(option: typeof CURLOPT.KEYPASSWD, value: unknown): number;
  setopt(option: typeof CURLOPT.LOCALPORT, value: unknown): number;
  setopt(option: typeof CURLOPT.LOCALPORTRANGE, value: unknown): number;
  setopt(option: typeof CURLOPT.NOPROXY, value: unknown): number;
  setopt(option: typeof CURLOPT.OPENSOCKETDATA, value: unknown): number;
  setopt(option: typeof CURLOPT.OPENSOCKETFUNCTION, value: OpenSocketFn | null): number;
  setopt(option: typeof CURLOPT.PORT, value: number): number;
  setopt(option: typeof CURLOPT.PRIVATE, value: unknown): number;
  setopt(option: typeof CURLOPT.PROXY, value: unknown): number;
  setopt(option: typeof CURLOPT.PROXYAUTH, value: unknown): number;
  setopt(option: typeof CURLOPT.PROXYHEADER, value: readonly string[] | null): number;
  setopt(option: typeof CURLOPT.PROXYPASSWORD, value: unknown): number;
  setopt(option: typeof CURLOPT.PROXYPORT, value: unknown): number;
  setopt(option: typeof CURLOPT.PROXYTYPE, value: unknown): number;
  setopt(option: typeof CURLOPT.PROXYUSERNAME, value: unknown): number;
  setopt(option: typeof CURLOPT.PROXYUSERPWD, value: unknown): number;
  setopt(option: typeof CURLOPT.RESOLVE, value: readonly string[] | null): number;
  setopt(option: typeof CURLOPT.SOCKOPTDATA, value: unknown): number;
  setopt(option: typeof CURLOPT.SOCKOPTFUNCTION, value: SockoptFn | null): number;
  setopt(option: typeof CURLOPT.SSLCERT, value: unknown): number;
  setopt(option: typeof CURLOPT.SSLKEY, value: unknown): number;
  setopt(option: typeof CURLOPT.SSL_VERIFYHOST, value: unknown): number;
  setopt(option: typeof CURLOPT.SSL_VERIFYPEER, value: unknown): number;
  setopt(option: typeof CURLOPT.STDERR, value: TextSink | null): number;
  setopt(option: typeof CURLOPT.SUPPRESS_CONNECT_HEADERS, value: unknown): number;
  setopt(option: typeof CURLOPT.TCP_KEEPALIVE, value: unknown): number;
  setopt(option: typeof CURLOPT.TCP_KEEPIDLE, value: unknown): number;
  setopt(option: typeof CURLOPT.TCP_KEEPINTVL, value: unknown): number;
  setopt(option: typeof CURLOPT.TCP_NODELAY, value: unknown): number;
  setopt(option: typeof CURLOPT.TIMEOUT, value: unknown): number;
  setopt(option: typeof CURLOPT.TIMEOUT_MS, value: unknown): number;
  setopt(option: typeof CURLOPT.URL, value: string | null): number;
  setopt(option: typeof CURLOPT.USERAGENT, value: unknown): number;
  setopt(option: typeof CURLOPT.VERBOSE, value: boolean | number): number;
  setopt(option: typeof CURLOPT.WRITEDATA, value: unknown): number;
  setopt(option: typeof CURLOPT.WRITEFUNCTION, value: unknown): number;
}
