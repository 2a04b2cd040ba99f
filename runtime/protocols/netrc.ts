// The .netrc file as libcurl 8.22 reads it (lib/netrc.c): whitespace-separated tokens, `"quoted"`
// literals with \n, \r and \t escapes, the keywords machine, default, login, password, account
// and macdef (any case; a macdef runs to the next empty line), lines whose first non-blank is '#'
// dropped when the file is loaded, anything else skipped. The first entry for the host (or a
// `default` entry) with a login, or only a password, wins; when a user is already known only an
// entry with that login and a password counts.
import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';

export type NetrcResult =
  | { code: 'ok'; user: string | null; password: string | null }
  | { code: 'missing' | 'no-match' | 'syntax' };

/** Curl_netrc_strerror */
export const netrcText = { missing: 'no such file', 'no-match': 'no matching entry', syntax: 'syntax error' } as const;

const KEYWORDS = new Set(['machine', 'default', 'account', 'login', 'password', 'macdef']);

/** file2memory: the file with its comment lines dropped, or null when it cannot be read. */
export function loadNetrc(file: string): string | null {
  let text: string;
  try {
    if (statSync(file).isDirectory()) return null;
    text = readFileSync(file, 'latin1');
  } catch {
    return null;
  }
  // Curl_get_line: every line ends with a newline
  const lines = text.split(/(?<=\n)/).map((l) => (l.endsWith('\n') ? l : `${l}\n`));
  return lines.filter((l) => !/^[ \t]*#/.test(l)).join('');
}

/** Curl_netrc_scan's file: NETRC_FILE, else $NETRC, else ~/.netrc ($HOME, else the account's). */
export function netrcPath(netrcFile: string | null): string {
  if (netrcFile !== null) return netrcFile;
  const env = process.env.NETRC;
  if (env !== undefined) return env;
  return `${process.env.HOME ?? homedir()}/.netrc`;
}

/** netrc_scan: the credentials for `host` (compared without case), for `user` when given. */
export function scanNetrc(content: string, host: string, user: string | null): NetrcResult {
  const want = user !== null && user !== '' ? user : null;
  let pos = 0;
  let literal = '';
  let pushed: string | null = null;

  const skipBlanks = (): void => {
    while (pos < content.length && /[ \t\r\n]/.test(content[pos]!)) pos++;
  };
  /** The next token: a keyword (lower case) or 'junk', 'literal' (in `literal`), 'eof'; null on a
   * syntax error. With `wantLiteral` an unquoted word is a literal whatever it says. */
  const next = (wantLiteral: boolean): string | null => {
    if (pushed !== null) {
      const t = pushed;
      pushed = null;
      return t;
    }
    literal = '';
    skipBlanks();
    if (pos >= content.length) return 'eof';
    if (content[pos] === '"') {
      pos++;
      let escape = false;
      while (pos < content.length) {
        let c = content[pos]!;
        pos++;
        if (escape) {
          escape = false;
          c = c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : c;
        } else if (c === '\\') {
          escape = true;
          continue;
        } else if (c === '"') {
          return 'literal';
        }
        literal += c;
      }
      return null; // no closing quote
    }
    const start = pos;
    while (pos < content.length && !/[ \t\r\n]/.test(content[pos]!)) pos++;
    const word = content.slice(start, pos);
    if (wantLiteral) {
      literal = word;
      return 'literal';
    }
    const lower = word.toLowerCase();
    return KEYWORDS.has(lower) ? lower : 'junk';
  };

  let matches = false;
  let login: string | null = null;
  let password: string | null = null;
  /** netrc_scan_end_entry: whether the entry just ended is the one. */
  const endEntry = (): NetrcResult | null => {
    let found: NetrcResult | null = null;
    if (matches) {
      if (login !== null) {
        if (want === null) found = { code: 'ok', user: login, password };
        else if (want === login && password !== null) found = { code: 'ok', user: want, password };
      } else if (password !== null) {
        found = { code: 'ok', user: want, password };
      }
    }
    matches = false;
    login = null;
    password = null;
    return found;
  };

  for (;;) {
    const tok = next(false);
    if (tok === null) return { code: 'syntax' };
    if (tok === 'eof' || tok === 'machine' || tok === 'default' || tok === 'macdef') {
      const found = endEntry();
      if (found !== null) return found;
    }
    if (tok === 'eof') return { code: 'no-match' };
    if (tok === 'machine') {
      const t = next(true);
      if (t === null) return { code: 'syntax' };
      matches = t === 'literal' && literal.toLowerCase() === host.toLowerCase();
    } else if (tok === 'default') {
      matches = true;
    } else if (tok === 'account' || tok === 'login' || tok === 'password') {
      const t = next(true);
      if (t === null) return { code: 'syntax' };
      if (t !== 'literal') pushed = t;
      else if (matches && tok === 'login') login = literal;
      else if (matches && tok === 'password') password = literal;
    } else if (tok === 'macdef') {
      // netrc_skip_to_empty_line
      const m = /\n\r*\n/.exec(content.slice(pos));
      pos = m === null ? content.length : pos + m.index + m[0].length;
    }
  }
}
