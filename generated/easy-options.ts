// generated from specs by manbind; do not edit
import { CURLOPT } from './options.js';

/**
 * curl_easytype CURLOT_LONG: long (a range of values).
 *
 * @see specs (generated; do not edit)
 */
export const CURLOT_LONG = 0;
/**
 * curl_easytype CURLOT_VALUES: long (a defined set or bitmask).
 *
 * @see specs (generated; do not edit)
 */
export const CURLOT_VALUES = 1;
/**
 * curl_easytype CURLOT_OFF_T: curl_off_t (a range of values).
 *
 * @see specs (generated; do not edit)
 */
export const CURLOT_OFF_T = 2;
/**
 * curl_easytype CURLOT_OBJECT: pointer (void *).
 *
 * @see specs (generated; do not edit)
 */
export const CURLOT_OBJECT = 3;
/**
 * curl_easytype CURLOT_STRING: char * to a null-terminated string.
 *
 * @see specs (generated; do not edit)
 */
export const CURLOT_STRING = 4;
/**
 * curl_easytype CURLOT_SLIST: struct curl_slist *.
 *
 * @see specs (generated; do not edit)
 */
export const CURLOT_SLIST = 5;
/**
 * curl_easytype CURLOT_CBPTR: void * passed as it is to a callback.
 *
 * @see specs (generated; do not edit)
 */
export const CURLOT_CBPTR = 6;
/**
 * curl_easytype CURLOT_BLOB: struct curl_blob *.
 *
 * @see specs (generated; do not edit)
 */
export const CURLOT_BLOB = 7;
/**
 * curl_easytype CURLOT_FUNCTION: function pointer.
 *
 * @see specs (generated; do not edit)
 */
export const CURLOT_FUNCTION = 8;
/**
 * An old name kept so that old programs still work; another name is preferred.
 *
 * @see specs (generated; do not edit)
 */
export const CURLOT_FLAG_ALIAS = 1;

/**
 * curl_easytype: the kind of value an option takes.
 *
 * @see specs (generated; do not edit)
 */
export type EasyOptionType =
  | typeof CURLOT_LONG
  | typeof CURLOT_VALUES
  | typeof CURLOT_OFF_T
  | typeof CURLOT_OBJECT
  | typeof CURLOT_STRING
  | typeof CURLOT_SLIST
  | typeof CURLOT_CBPTR
  | typeof CURLOT_BLOB
  | typeof CURLOT_FUNCTION;

/**
 * struct curl_easyoption: one option as curl_easy_option_by_name() describes it.
 *
 * @see specs (generated; do not edit)
 */
export interface EasyOption {
  /** The name without the option prefix: `CONNECT_ONLY`. */
  readonly name: string;
  /** The option's number in curl.h (type base + number). */
  readonly id: number;
  readonly type: EasyOptionType;
  /** CURLOT_FLAG_ALIAS or 0. */
  readonly flags: number;
}

// One option a line, sorted by name as libcurl lists them: name, id, CURLOT_* type, ALIAS for an old name.
const table = `
ABSTRACT_UNIX_SOCKET 10264 STRING
ACCEPT_ENCODING 10102 STRING
AUTOREFERER 58 LONG
CAINFO 10065 STRING
CAINFO_BLOB 40309 BLOB
CAPATH 10097 STRING
CERTINFO 172 LONG
CLOSESOCKETDATA 10209 CBPTR
CLOSESOCKETFUNCTION 20208 FUNCTION
CONNECTTIMEOUT 78 LONG
CONNECTTIMEOUT_MS 156 LONG
CONNECT_ONLY 141 LONG
CONNECT_TO 10243 SLIST
COOKIE 10022 STRING
COOKIEFILE 10031 STRING
COOKIEJAR 10082 STRING
COOKIELIST 10135 STRING
COOKIESESSION 96 LONG
COPYPOSTFIELDS 10165 OBJECT
CRLFILE 10169 STRING
CUSTOMREQUEST 10036 STRING
DEBUGDATA 10095 CBPTR
DEBUGFUNCTION 20094 FUNCTION
DEFAULT_PROTOCOL 10238 STRING
DNS_CACHE_TIMEOUT 92 LONG
DNS_LOCAL_IP4 10222 STRING
DNS_LOCAL_IP6 10223 STRING
DNS_SERVERS 10211 STRING
DNS_SHUFFLE_ADDRESSES 275 LONG
ENCODING 10102 STRING ALIAS
ERRORBUFFER 10010 OBJECT
EXPECT_100_TIMEOUT_MS 227 LONG
FAILONERROR 45 LONG
FILE 10001 CBPTR ALIAS
FILETIME 69 LONG
FOLLOWLOCATION 52 LONG
FORBID_REUSE 75 LONG
FRESH_CONNECT 74 LONG
FTPSSLAUTH 129 VALUES
FTP_ACCOUNT 10134 STRING
FTP_ALTERNATIVE_TO_USER 10147 STRING
FTP_SSL 119 VALUES ALIAS
HAPPY_EYEBALLS_TIMEOUT_MS 271 LONG
HAPROXYPROTOCOL 274 LONG
HAPROXY_CLIENT_IP 10323 STRING
HEADER 42 LONG
HEADERDATA 10029 CBPTR
HEADERFUNCTION 20079 FUNCTION
HEADEROPT 229 VALUES
HTTP200ALIASES 10104 SLIST
HTTPAUTH 107 VALUES
HTTPHEADER 10023 SLIST
HTTPPROXYTUNNEL 61 LONG
HTTP_CONTENT_DECODING 158 LONG
HTTP_TRANSFER_DECODING 157 LONG
HTTP_VERSION 84 VALUES
IGNORE_CONTENT_LENGTH 136 LONG
INFILE 10009 CBPTR ALIAS
INFILESIZE 14 LONG
INFILESIZE_LARGE 30115 OFF_T
INTERFACE 10062 STRING
IPRESOLVE 113 VALUES
ISSUERCERT 10170 STRING
ISSUERCERT_BLOB 40295 BLOB
KEEP_SENDING_ON_ERROR 245 LONG
KEYPASSWD 10026 STRING
LOCALPORT 139 LONG
LOCALPORTRANGE 140 LONG
LOGIN_OPTIONS 10224 STRING
LOW_SPEED_LIMIT 19 LONG
LOW_SPEED_TIME 20 LONG
MAXAGE_CONN 288 LONG
MAXCONNECTS 71 LONG
MAXFILESIZE 114 LONG
MAXFILESIZE_LARGE 30117 OFF_T
MAXLIFETIME_CONN 314 LONG
MAXREDIRS 68 LONG
MAX_RECV_SPEED_LARGE 30146 OFF_T
MAX_SEND_SPEED_LARGE 30145 OFF_T
MIMEPOST 10269 OBJECT
MIME_OPTIONS 315 LONG
NETRC 51 VALUES
NETRC_FILE 10118 STRING
NOBODY 44 LONG
NOPROGRESS 43 LONG
NOPROXY 10177 STRING
NOSIGNAL 99 LONG
OPENSOCKETDATA 10164 CBPTR
OPENSOCKETFUNCTION 20163 FUNCTION
PASSWORD 10174 STRING
PATH_AS_IS 234 LONG
PINNEDPUBLICKEY 10230 STRING
PIPEWAIT 237 LONG
PORT 3 LONG
POST 47 LONG
POST301 161 VALUES ALIAS
POSTFIELDS 10015 OBJECT
POSTFIELDSIZE 60 LONG
POSTFIELDSIZE_LARGE 30120 OFF_T
POSTREDIR 161 VALUES
PREREQDATA 10313 CBPTR
PREREQFUNCTION 20312 FUNCTION
PRE_PROXY 10262 STRING
PRIVATE 10103 OBJECT
PROGRESSDATA 10057 CBPTR ALIAS
PROGRESSFUNCTION 20056 FUNCTION
PROTOCOLS_STR 10318 STRING
PROXY 10004 STRING
PROXYAUTH 111 VALUES
PROXYHEADER 10228 SLIST
PROXYPASSWORD 10176 STRING
PROXYPORT 59 LONG
PROXYTYPE 101 VALUES
PROXYUSERNAME 10175 STRING
PROXYUSERPWD 10006 STRING
PROXY_CAINFO 10246 STRING
PROXY_CAINFO_BLOB 40310 BLOB
PROXY_CAPATH 10247 STRING
PROXY_CRLFILE 10260 STRING
PROXY_ISSUERCERT 10296 STRING
PROXY_ISSUERCERT_BLOB 40297 BLOB
PROXY_KEYPASSWD 10258 STRING
PROXY_PINNEDPUBLICKEY 10263 STRING
PROXY_SSLCERT 10254 STRING
PROXY_SSLCERTTYPE 10255 STRING
PROXY_SSLCERT_BLOB 40293 BLOB
PROXY_SSLKEY 10256 STRING
PROXY_SSLKEY_BLOB 40294 BLOB
PROXY_SSLVERSION 250 VALUES
PROXY_SSL_CIPHER_LIST 10259 STRING
PROXY_SSL_OPTIONS 261 LONG
PROXY_SSL_VERIFYHOST 249 LONG
PROXY_SSL_VERIFYPEER 248 LONG
PROXY_TLS13_CIPHERS 10277 STRING
RANGE 10007 STRING
READDATA 10009 CBPTR
READFUNCTION 20012 FUNCTION
REDIR_PROTOCOLS_STR 10319 STRING
REFERER 10016 STRING
REQUEST_TARGET 10266 STRING
RESOLVE 10203 SLIST
RESUME_FROM 21 LONG
RESUME_FROM_LARGE 30116 OFF_T
RTSPHEADER 10023 SLIST ALIAS
SASL_AUTHZID 10289 STRING
SASL_IR 218 LONG
SEEKDATA 10168 CBPTR
SEEKFUNCTION 20167 FUNCTION
SOCKOPTDATA 10149 CBPTR
SOCKOPTFUNCTION 20148 FUNCTION
SOCKS5_AUTH 267 LONG
SSLCERT 10025 STRING
SSLCERTPASSWD 10026 STRING ALIAS
SSLCERTTYPE 10086 STRING
SSLCERT_BLOB 40291 BLOB
SSLKEY 10087 STRING
SSLKEYPASSWD 10026 STRING ALIAS
SSLKEY_BLOB 40292 BLOB
SSLVERSION 32 VALUES
SSL_CIPHER_LIST 10083 STRING
SSL_EC_CURVES 10298 STRING
SSL_ENABLE_ALPN 226 LONG
SSL_OPTIONS 216 VALUES
SSL_SESSIONID_CACHE 150 LONG
SSL_VERIFYHOST 81 LONG
SSL_VERIFYPEER 64 LONG
STDERR 10037 OBJECT
SUPPRESS_CONNECT_HEADERS 265 LONG
TCP_KEEPALIVE 213 LONG
TCP_KEEPIDLE 214 LONG
TCP_KEEPINTVL 215 LONG
TCP_NODELAY 121 LONG
TIMECONDITION 33 VALUES
TIMEOUT 13 LONG
TIMEOUT_MS 155 LONG
TIMEVALUE 34 LONG
TIMEVALUE_LARGE 30270 OFF_T
TLS13_CIPHERS 10276 STRING
TRAILERDATA 10284 CBPTR
TRAILERFUNCTION 20283 FUNCTION
TRANSFER_ENCODING 207 LONG
UNIX_SOCKET_PATH 10231 STRING
UNRESTRICTED_AUTH 105 LONG
UPKEEP_INTERVAL_MS 281 LONG
UPLOAD 46 LONG
UPLOAD_BUFFERSIZE 280 LONG
URL 10002 STRING
USERAGENT 10018 STRING
USERNAME 10173 STRING
USERPWD 10005 STRING
USE_SSL 119 VALUES
VERBOSE 41 LONG
WRITEDATA 10001 CBPTR
WRITEFUNCTION 20011 FUNCTION
WRITEHEADER 10029 CBPTR ALIAS
WS_OPTIONS 320 LONG
XFERINFODATA 10057 CBPTR
XFERINFOFUNCTION 20219 FUNCTION
XOAUTH2_BEARER 10220 STRING
`;
const types: Readonly<Record<string, EasyOptionType>> = {
  LONG: CURLOT_LONG,
  VALUES: CURLOT_VALUES,
  OFF_T: CURLOT_OFF_T,
  OBJECT: CURLOT_OBJECT,
  STRING: CURLOT_STRING,
  SLIST: CURLOT_SLIST,
  CBPTR: CURLOT_CBPTR,
  BLOB: CURLOT_BLOB,
  FUNCTION: CURLOT_FUNCTION,
};

// Names compare as libcurl's curl_strequal does: ASCII letters in any case, nothing else folded.
const upper = (name: string): string => name.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 32));
const rows: EasyOption[] = [];
const ids: Record<string, number> = {};
const byName: Record<string, number> = {};
const byId: Record<number, EasyOption> = {};
for (const line of table.split('\n')) {
  if (line === '') continue;
  const [name = '', id = '', type = '', alias] = line.split(' ');
  const flags = alias === undefined ? 0 : CURLOT_FLAG_ALIAS;
  const option: EasyOption = Object.freeze({ name, id: Number(id), type: types[type]!, flags });
  byName[name] = rows.length;
  rows.push(option);
  if (alias === undefined) byId[option.id] = option;
  if (Object.hasOwn(CURLOPT, name)) ids[name] = option.id;
}

/**
 * Every documented option libcurl numbers, and its old names, sorted by name as libcurl lists them.
 *
 * @see specs (generated; do not edit)
 */
export const easyOptions: readonly EasyOption[] = Object.freeze(rows);

/**
 * Option ids by base name, for every option of CURLOPT that libcurl numbers.
 *
 * @see specs (generated; do not edit)
 */
export const optionIds: Readonly<Record<string, number>> = Object.freeze(ids);

/**
 * curl_easy_option_by_name: the option with this name in any case (an alias too), or null.
 *
 * @see specs (generated; do not edit)
 */
export function optionByName(name: string): EasyOption | null {
  const key = typeof name === 'string' ? upper(name) : '';
  return Object.hasOwn(byName, key) ? rows[byName[key]!]! : null;
}

/**
 * curl_easy_option_by_id: the option with this id (never an alias), or null.
 *
 * @see specs (generated; do not edit)
 */
export function optionById(id: number): EasyOption | null {
  return Object.hasOwn(byId, id) ? byId[id]! : null;
}

/**
 * curl_easy_option_next: the first option when `prev` is null or left out, else the one
 * after `prev`; null after the last.
 *
 * @see specs (generated; do not edit)
 */
export function nextOption(prev?: EasyOption | null): EasyOption | null {
  if (prev === undefined || prev === null) return rows[0] ?? null;
  const i = Object.hasOwn(byName, prev.name) ? byName[prev.name]! : rows.length;
  return rows[i + 1] ?? null;
}
