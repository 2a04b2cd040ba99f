// PLACEHOLDER written by hand until manbind's generator emits this file from specs/; do not edit
// by hand beyond keeping the runtime compiling. It carries no runtime logic.
import type { CurlSocket } from '../runtime/types.js';

export const CURLINFO = {
  ACTIVESOCKET: 'ACTIVESOCKET',
  APPCONNECT_TIME: 'APPCONNECT_TIME',
  APPCONNECT_TIME_T: 'APPCONNECT_TIME_T',
  CONNECT_TIME: 'CONNECT_TIME',
  CONNECT_TIME_T: 'CONNECT_TIME_T',
  CONN_ID: 'CONN_ID',
  EFFECTIVE_URL: 'EFFECTIVE_URL',
  HEADER_SIZE: 'HEADER_SIZE',
  HTTP_CONNECTCODE: 'HTTP_CONNECTCODE',
  LASTSOCKET: 'LASTSOCKET',
  LOCAL_IP: 'LOCAL_IP',
  LOCAL_PORT: 'LOCAL_PORT',
  NUM_CONNECTS: 'NUM_CONNECTS',
  OS_ERRNO: 'OS_ERRNO',
  PRIMARY_IP: 'PRIMARY_IP',
  PRIMARY_PORT: 'PRIMARY_PORT',
  PRIVATE: 'PRIVATE',
  PROXYAUTH_AVAIL: 'PROXYAUTH_AVAIL',
  PROXYAUTH_USED: 'PROXYAUTH_USED',
  RESPONSE_CODE: 'RESPONSE_CODE',
  TOTAL_TIME: 'TOTAL_TIME',
  TOTAL_TIME_T: 'TOTAL_TIME_T',
} as const;

export interface Getinfo {
  getinfo(info: typeof CURLINFO.ACTIVESOCKET): { code: number; value: CurlSocket };
  getinfo(info: typeof CURLINFO.APPCONNECT_TIME): { code: number; value: number };
  getinfo(info: typeof CURLINFO.APPCONNECT_TIME_T): { code: number; value: number };
  getinfo(info: typeof CURLINFO.CONNECT_TIME): { code: number; value: number };
  getinfo(info: typeof CURLINFO.CONNECT_TIME_T): { code: number; value: number };
  getinfo(info: typeof CURLINFO.CONN_ID): { code: number; value: number };
  getinfo(info: typeof CURLINFO.EFFECTIVE_URL): { code: number; value: string | null };
  getinfo(info: typeof CURLINFO.HEADER_SIZE): { code: number; value: number };
  getinfo(info: typeof CURLINFO.HTTP_CONNECTCODE): { code: number; value: number };
  getinfo(info: typeof CURLINFO.LASTSOCKET): { code: number; value: number };
  getinfo(info: typeof CURLINFO.LOCAL_IP): { code: number; value: string };
  getinfo(info: typeof CURLINFO.LOCAL_PORT): { code: number; value: number };
  getinfo(info: typeof CURLINFO.NUM_CONNECTS): { code: number; value: number };
  getinfo(info: typeof CURLINFO.OS_ERRNO): { code: number; value: number };
  getinfo(info: typeof CURLINFO.PRIMARY_IP): { code: number; value: string };
  getinfo(info: typeof CURLINFO.PRIMARY_PORT): { code: number; value: number };
  getinfo(info: typeof CURLINFO.PRIVATE): { code: number; value: unknown };
  getinfo(info: typeof CURLINFO.PROXYAUTH_AVAIL): { code: number; value: number };
  getinfo(info: typeof CURLINFO.PROXYAUTH_USED): { code: number; value: number };
  getinfo(info: typeof CURLINFO.RESPONSE_CODE): { code: number; value: number };
  getinfo(info: typeof CURLINFO.TOTAL_TIME): { code: number; value: number };
  getinfo(info: typeof CURLINFO.TOTAL_TIME_T): { code: number; value: number };
}
