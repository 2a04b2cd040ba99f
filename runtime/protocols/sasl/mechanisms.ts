// SASL mechanism names and bits (lib/curl_sasl.h SASL_MECH_*, lib/curl_sasl.c mechtable,
// Curl_sasl_decode_mech, Curl_sasl_parse_url_auth_option): what a server's capability list
// offers and what `AUTH=` login options ask for.
export const MECH = {
  LOGIN: 1 << 0,
  PLAIN: 1 << 1,
  CRAM_MD5: 1 << 2,
  DIGEST_MD5: 1 << 3,
  GSSAPI: 1 << 4,
  EXTERNAL: 1 << 5,
  NTLM: 1 << 6,
  XOAUTH2: 1 << 7,
  OAUTHBEARER: 1 << 8,
  SCRAM_SHA_1: 1 << 9,
  SCRAM_SHA_256: 1 << 10,
} as const;

export const SASL_AUTH_NONE = 0;
export const SASL_AUTH_ANY = 0xffff;
/** Every mechanism but EXTERNAL, which only an explicit AUTH=EXTERNAL enables. */
export const SASL_AUTH_DEFAULT = SASL_AUTH_ANY & ~MECH.EXTERNAL;

const table: readonly [string, number][] = [
  ['LOGIN', MECH.LOGIN],
  ['PLAIN', MECH.PLAIN],
  ['CRAM-MD5', MECH.CRAM_MD5],
  ['DIGEST-MD5', MECH.DIGEST_MD5],
  ['GSSAPI', MECH.GSSAPI],
  ['EXTERNAL', MECH.EXTERNAL],
  ['NTLM', MECH.NTLM],
  ['XOAUTH2', MECH.XOAUTH2],
  ['OAUTHBEARER', MECH.OAUTHBEARER],
  ['SCRAM-SHA-1', MECH.SCRAM_SHA_1],
  ['SCRAM-SHA-256', MECH.SCRAM_SHA_256],
];

/** Curl_sasl_decode_mech: the mechanism `s` starts with (case-insensitive, not followed by a
 * name character) and its length, or null. */
export function decodeMech(s: string): { bit: number; len: number } | null {
  const up = s.toUpperCase();
  for (const [name, bit] of table) {
    if (!up.startsWith(name)) continue;
    if (s.length === name.length) return { bit, len: name.length };
    const c = s[name.length]!;
    if (!/[A-Z0-9_-]/.test(c)) return { bit, len: name.length };
  }
  return null;
}

/** The bit of a whole word naming a mechanism (a capability `AUTH=X` or SASL list entry), 0
 * when it names none. */
export function mechBit(word: string): number {
  const m = decodeMech(word);
  return m !== null && m.len === word.length ? m.bit : 0;
}

/** The name of one mechanism bit. */
export function mechName(bit: number): string {
  return table.find(([, b]) => b === bit)?.[0] ?? '';
}

/** Login option parsing state (sasl->prefmech with resetprefs). */
export interface MechPrefs {
  prefmech: number;
  resetprefs: boolean;
}

/** Curl_sasl_parse_url_auth_option: `*` means the default set, else one mechanism is added
 * (the first AUTH= option replaces the defaults). False: URL_MALFORMAT. */
export function parseAuthOption(prefs: MechPrefs, value: string): boolean {
  if (value.length === 0) return false;
  if (prefs.resetprefs) {
    prefs.resetprefs = false;
    prefs.prefmech = SASL_AUTH_NONE;
  }
  if (value === '*') {
    prefs.prefmech = SASL_AUTH_DEFAULT;
    return true;
  }
  const bit = mechBit(value);
  if (bit === 0) return false;
  prefs.prefmech |= bit;
  return true;
}

/** The end of imap_parse_url_options and pop3_parse_url_options: no login kind when the options
 * dropped every mechanism, `all` (SASL and the protocol's own logins) when they left the
 * defaults, else `sasl` alone. */
export function loginKinds(prefs: MechPrefs, all: number, sasl: number): number {
  if (prefs.prefmech === SASL_AUTH_NONE) return 0;
  return prefs.prefmech === SASL_AUTH_DEFAULT ? all : sasl;
}
