// Usage of the generated setopt overloads (generated/options.ts) type-checked by
// test/codegen/types.test.ts: every `@ts-expect-error` line must fail to compile, every other
// line must compile. An unused `@ts-expect-error` is itself an error, so loosened types fail too.
import { CURLOPT, CURLPROXY_HTTP_1_0, CURLSOCKTYPE_IPCXN, validateOption, type Setopt } from '../../generated/index.js';
import type { CurlSocket } from '../../runtime/types.js';
import { Mime } from '../../runtime/api/mime.js';

declare const easy: Setopt;

// CONNECT_ONLY takes exactly 0, 1 or 2.
easy.setopt(CURLOPT.CONNECT_ONLY, 0);
easy.setopt(CURLOPT.CONNECT_ONLY, 1);
easy.setopt(CURLOPT.CONNECT_ONLY, 2);
// @ts-expect-error 3 is not a CONNECT_ONLY mode
easy.setopt(CURLOPT.CONNECT_ONLY, 3);
// @ts-expect-error -1 is not a CONNECT_ONLY mode
easy.setopt(CURLOPT.CONNECT_ONLY, -1);
// @ts-expect-error a string for a long
easy.setopt(CURLOPT.CONNECT_ONLY, '1');
// @ts-expect-error a string for a long
easy.setopt(CURLOPT.PORT, '8080');

// Strings take a string or NULL.
easy.setopt(CURLOPT.URL, 'https://example.com/');
easy.setopt(CURLOPT.URL, null);
// @ts-expect-error a number for URL
easy.setopt(CURLOPT.URL, 1);

// Booleans take a boolean or any long.
easy.setopt(CURLOPT.VERBOSE, true);
easy.setopt(CURLOPT.VERBOSE, 1);
// @ts-expect-error a string for a boolean
easy.setopt(CURLOPT.VERBOSE, 'yes');

// A closed set of named values.
easy.setopt(CURLOPT.PROXYTYPE, CURLPROXY_HTTP_1_0);
// @ts-expect-error 42 is not a proxy type
easy.setopt(CURLOPT.PROXYTYPE, 42);

// String lists.
easy.setopt(CURLOPT.PROXYHEADER, ['X-A: 1']);
// @ts-expect-error a string for a list
easy.setopt(CURLOPT.PROXYHEADER, 'X-A: 1');

// Callbacks get parameters typed from the prototype.
easy.setopt(CURLOPT.OPENSOCKETFUNCTION, (clientp, purpose, address): CurlSocket => {
  const p: number = purpose;
  const host: string = address.addr.address;
  const port: number = address.addr.port;
  void [clientp, p, host, port, CURLSOCKTYPE_IPCXN];
  return -1;
});
easy.setopt(CURLOPT.OPENSOCKETFUNCTION, null);
// @ts-expect-error a callback must return a socket
easy.setopt(CURLOPT.OPENSOCKETFUNCTION, () => 'no socket');

// Runtime types from overrides: an error buffer object, a text sink.
easy.setopt(CURLOPT.ERRORBUFFER, { text: '' });
easy.setopt(CURLOPT.STDERR, process.stderr);
// @ts-expect-error a string is not an error buffer
easy.setopt(CURLOPT.ERRORBUFFER, 'buffer');
// MIMEPOST takes a Mime (curl_mime_init) or null.
easy.setopt(CURLOPT.MIMEPOST, new Mime());
easy.setopt(CURLOPT.MIMEPOST, null);
// @ts-expect-error a string is not a mime
easy.setopt(CURLOPT.MIMEPOST, 'field=value');

// Data pointers take anything.
easy.setopt(CURLOPT.PRIVATE, { any: 'thing' });

// Unknown option names do not compile.
// @ts-expect-error no such option
easy.setopt(CURLOPT.NO_SUCH_OPTION, 1);
// @ts-expect-error a string that names no option
easy.setopt('NOPE', 1);
// CURLOPT.URL is the string 'URL', so the base name works as well.
easy.setopt('URL', 'https://example.com/');

// An option's curl.h number (CURLOPTTYPE_LONG + 141) is typed as its name is.
easy.setopt(141, 2);
easy.setopt(10002, 'https://example.com/');
// @ts-expect-error 3 is not a CONNECT_ONLY mode, by number either
easy.setopt(141, 3);
// @ts-expect-error no option has this number
easy.setopt(99999, 1);

// The run-time check returns CURLcode numbers.
const code: number = validateOption('CONNECT_ONLY', 3);
void code;
