// Issue 14: libcurl's own text progress meter, which NOPROGRESS=0 without a progress callback
// prints to CURLOPT_STDERR (lib/progress.c progress_meter, time2str, max6out in 8.22), checked
// against curl's unit test 1636 and a real transfer from a Node http server.
import { describe, expect, it } from 'vitest';
import { CURL_PROGRESSFUNC_CONTINUE, CURLE, Easy } from '../../runtime/index.js';
import { max6out, meterLine, time2str } from '../../runtime/base/progress-meter.js';
import { startHttp } from '../multi/peers.js';
import { cleanupAfterEach, set } from './helpers.js';

cleanupAfterEach();

const HEADER =
  '  % Total    % Received % Xferd  Average Speed  Time    Time    Time   Current\n' +
  '                                 Dload  Upload  Total   Spent   Left   Speed\n';
/** The first status line: nothing moved yet, no time strings. */
const FIRST = '\r  0      0   0      0   0      0      0      0                              0';

/** curl's tests/data/test1636: time2str and max6out of 0, 1, 3, 7 ... (2^i - 1), as far as a
 * double holds the value exactly. */
const TIME2STR = [
  "       ", "  00:01", "  00:03", "  00:07", "  00:15", "  00:31", "  01:03", "  02:07",
  "  04:15", "  08:31", "  17:03", "  34:07", "1:08:15", "2:16:31", "4:33:03", "9:06:07",
  "18h 12m", "36h 24m", "72h 49m", " 6d 01h", "12d 03h", "24d 06h", "48d 13h", "97d 02h",
  "   194d", "   388d", "   776d", "    51m", "   103m", "   207m", "   414m", "   828m",
  "   136y", "   272y", "   544y", "  1089y", "  2179y", "  4358y", "  8716y", " 17432y",
  " 34865y", " 69730y", ">99999y", ">99999y", ">99999y", ">99999y", ">99999y", ">99999y",
  ">99999y", ">99999y", ">99999y", ">99999y", ">99999y",
];
const MAX6OUT = [
  "     0", "     1", "     3", "     7", "    15", "    31", "    63", "   127", "   255",
  "   511", "  1023", "  2047", "  4095", "  8191", " 16383", " 32767", " 65535", "127.9k",
  "255.9k", "511.9k", " 0.99M", " 1.99M", " 3.99M", " 7.99M", "15.99M", "31.99M", "63.99M",
  "127.9M", "255.9M", "511.9M", " 0.99G", " 1.99G", " 3.99G", " 7.99G", "15.99G", "31.99G",
  "63.99G", "127.9G", "255.9G", "511.9G", " 0.99T", " 1.99T", " 3.99T", " 7.99T", "15.99T",
  "31.99T", "63.99T", "127.9T", "255.9T", "511.9T", " 0.99P", " 1.99P", " 3.99P",
];
const MAX6OUT_MORE: [number, string][] = [
  [131072, "128.0k"],
  [12645826, "12.05M"],
  [1073741824, " 1.00G"],
  [12938588979, "12.04G"],
  [1099445657078333, "999.9T"],
];

describe("the meter's fields (curl unit test 1636)", () => {
  it('time2str is seven columns: mm:ss, h:mm:ss, NNh MMm, NNd HHh, days, months, years', () => {
    for (let i = 0, secs = 0; i < TIME2STR.length; i++, secs = secs * 2 + 1) expect(time2str(secs)).toBe(TIME2STR[i]);
  });

  it('max6out is six columns with k, M, G, T, P units of 1024 from 100000 on', () => {
    for (let i = 0, n = 0; i < MAX6OUT.length; i++, n = n * 2 + 1) expect(max6out(n)).toBe(MAX6OUT[i]);
    for (const [n, text] of MAX6OUT_MORE) expect(max6out(n)).toBe(text);
  });

  it('a status line puts percent, amounts, speeds and the three times in their columns', () => {
    // 39% of 3 MiB after 1.4 s at 856 KiB/s: total 3 s, spent 1 s, left 2 s (as libcurl 8.22
    // printed it for the same numbers)
    const line = meterLine({
      dlNow: 1230000,
      dlTotal: 3145728,
      ulNow: 0,
      ulTotal: -1,
      dlSpeed: 876544,
      ulSpeed: 0,
      currentSpeed: 876700,
      spentUs: 1_400_000,
    });
    expect(line).toBe('\r 39  3.00M  39  1.17M   0      0 856.0k      0   00:03   00:01   00:02 856.1k');
  });
});

/** A handle downloading `url` with NOPROGRESS=0 and STDERR collected. */
function metered(url: string): { easy: Easy; err: () => string; sink: { write(s: string): void } } {
  const easy = new Easy();
  let text = '';
  const sink = { write: (s: string): void => void (text += s) };
  set(easy, 'URL', url);
  set(easy, 'NOPROGRESS', 0);
  set(easy, 'STDERR', sink);
  set(easy, 'WRITEFUNCTION', (b: Uint8Array) => b.length);
  return { easy, err: () => text, sink };
}

const body = Buffer.alloc(123456, 0x41);

describe('NOPROGRESS=0 without a progress callback', () => {
  it('prints the title lines, a first line, and a last line at 100% with a newline, to STDERR', async () => {
    const peer = await startHttp((_req, res) => res.end(body));
    const { easy, err } = metered(peer.url('/'));
    expect(await easy.perform()).toBe(CURLE.OK);
    const text = err();
    expect(text.startsWith(HEADER + FIRST + '\r')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(HEADER.length, -1).split('\r').slice(1);
    const last = lines[lines.length - 1]!;
    // 123456 bytes is 120.5k in max6out's units; the average speed varies, the rest does not
    expect(last).toMatch(/^100 120\.5k 100 120\.5k   0      0 [ 0-9.kMG]{6}      0( [ 0-9:]{7}){3} [ 0-9.kMG]{6}$/);
    for (const l of lines) expect(l.length).toBe(77);
    easy.cleanup();
  });

  it('shows the title lines once per handle, again after reset; each request of a redirect chain gets its lines', async () => {
    const peer = await startHttp((req, res) => {
      if (req.url === '/from') {
        res.writeHead(302, { Location: '/to', 'Content-Length': '5' });
        res.end('moved');
      } else res.end(body);
    });
    const { easy, err, sink } = metered(peer.url('/from'));
    set(easy, 'FOLLOWLOCATION', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    const first = err();
    // two requests: each starts with a fresh first line and ends with a newline; the 302's
    // ignored body counts (lib/sendf.c cw_download_write)
    const blocks = first.slice(HEADER.length).split('\n').slice(0, -1);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.startsWith(FIRST)).toBe(true);
    expect(blocks[0]!.slice(blocks[0]!.lastIndexOf('\r'))).toMatch(/^\r100      5 100      5 /);
    expect(blocks[1]!.startsWith(FIRST)).toBe(true);
    expect(blocks[1]!.slice(blocks[1]!.lastIndexOf('\r'))).toMatch(/^\r100 120\.5k 100 120\.5k /);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(err().length).toBeGreaterThan(first.length);
    expect(err().slice(first.length).startsWith(FIRST)).toBe(true);
    easy.reset();
    set(easy, 'URL', peer.url('/to'));
    set(easy, 'NOPROGRESS', 0);
    set(easy, 'STDERR', sink);
    set(easy, 'WRITEFUNCTION', (b: Uint8Array) => b.length);
    const before = err().length;
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(err().slice(before).startsWith(HEADER + FIRST)).toBe(true);
    easy.cleanup();
  });

  it('a progress callback replaces it; one returning CURL_PROGRESSFUNC_CONTINUE keeps it (no last newline)', async () => {
    const peer = await startHttp((_req, res) => res.end(body));
    const { easy, err } = metered(peer.url('/'));
    set(easy, 'XFERINFOFUNCTION', () => 0);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(err()).toBe('');
    set(easy, 'XFERINFOFUNCTION', () => CURL_PROGRESSFUNC_CONTINUE);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(err().startsWith(HEADER + FIRST)).toBe(true);
    expect(err()).toMatch(/\r100 120\.5k 100 120\.5k [^\n]*$/);
    set(easy, 'NOPROGRESS', 1);
    set(easy, 'XFERINFOFUNCTION', null);
    const before = err().length;
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(err().length).toBe(before);
    easy.cleanup();
  });

  it('a connect-only perform prints the title lines, one line and the newline; an aborting callback fails it', async () => {
    // libcurl 8.22 printed exactly this for CONNECT_ONLY=1, and returned 42 "Callback aborted"
    // with the socket closed when its XFERINFOFUNCTION returned 1
    const peer = await startHttp((_req, res) => res.end());
    const { easy, err } = metered(peer.url('/'));
    set(easy, 'CONNECT_ONLY', 1);
    expect(await easy.perform()).toBe(CURLE.OK);
    expect(err()).toBe(`${HEADER}${FIRST}\n`);
    const errors = { text: '' };
    set(easy, 'ERRORBUFFER', errors);
    set(easy, 'XFERINFOFUNCTION', () => 1);
    expect(await easy.perform()).toBe(CURLE.ABORTED_BY_CALLBACK);
    expect(errors.text).toBe('Callback aborted');
    expect(easy.getinfo('ACTIVESOCKET').value).toBe(-1);
    easy.cleanup();
  });

  it('updates its line while the peer is silent (at most once a second)', async () => {
    const peer = await startHttp((_req, res) => {
      res.writeHead(200, { 'Content-Length': '2000' });
      res.write(Buffer.alloc(1000, 0x41));
      setTimeout(() => res.end(Buffer.alloc(1000, 0x41)), 2000);
    });
    const { easy, err } = metered(peer.url('/'));
    expect(await easy.perform()).toBe(CURLE.OK);
    const lines = err().slice(HEADER.length, -1).split('\r').slice(1);
    // half of it, with the time spent and the estimates filled in, before the last line
    expect(lines.some((l) => l.startsWith(' 50   2000  50   1000   0      0 '))).toBe(true);
    expect(lines[lines.length - 1]!.startsWith('100   2000 100   2000 ')).toBe(true);
    easy.cleanup();
  });

  it('a failed transfer still ends its line with the newline (lib/multi.c multi_done)', async () => {
    const peer = await startHttp((_req, res) => {
      res.writeHead(200, { 'Content-Length': '1000' });
      res.write('abc');
      setTimeout(() => res.destroy(), 50);
    });
    const { easy, err } = metered(peer.url('/'));
    expect(await easy.perform()).toBe(CURLE.PARTIAL_FILE);
    // libcurl 8.22 printed exactly this: Curl_pgrsDone forces no line for a request not done
    expect(err()).toBe(`${HEADER}${FIRST}\n`);
    easy.cleanup();
  });
});
