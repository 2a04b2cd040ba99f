// Usage of the issue-14 API: the progress and prereq callbacks as the generated bindings type
// them, the header API, pause, curl_ws_meta and the promise convenience `curly`.
import {
  CURL_PROGRESSFUNC_CONTINUE,
  CURL_WRITEFUNC_PAUSE,
  CURLH_HEADER,
  CURLHE_OK,
  CURLOPT,
  CURLPAUSE_CONT,
  curly,
  CurlyError,
  Easy,
  type CurlHeader,
  type CurlyResult,
} from '../../runtime/index.js';

const easy = new Easy();
easy.setopt(CURLOPT.NOPROGRESS, 0);
easy.setopt(CURLOPT.XFERINFOFUNCTION, (_clientp, dltotal, dlnow) => (dlnow === dltotal ? CURL_PROGRESSFUNC_CONTINUE : 0));
easy.setopt(CURLOPT.PREREQFUNCTION, (_clientp, ip: string, _local: string, port: number) => (ip === '' || port < 0 ? 1 : 0));
easy.setopt(CURLOPT.MAX_RECV_SPEED_LARGE, 10_000n);
easy.setopt(CURLOPT.WRITEFUNCTION, () => CURL_WRITEFUNC_PAUSE);
// @ts-expect-error a progress callback returns a number
easy.setopt(CURLOPT.XFERINFOFUNCTION, () => 'go on');
// @ts-expect-error LOW_SPEED_TIME takes a number
easy.setopt(CURLOPT.LOW_SPEED_TIME, '10');

const found: { code: number; header: CurlHeader | null } = easy.header('content-type', 0, CURLH_HEADER, -1);
const value: string | undefined = found.code === CURLHE_OK ? found.header?.value : undefined;
const next: CurlHeader | null = easy.nextHeader(CURLH_HEADER, -1, found.header);
// @ts-expect-error the name is a string
easy.header(1, 0, CURLH_HEADER, -1);
const paused: number = easy.pause(CURLPAUSE_CONT);
const flags: number | undefined = easy.wsMeta()?.flags;
const started: number = easy.wsStartFrame(1, 10);

async function fetchIt(): Promise<string> {
  try {
    const r: CurlyResult = await curly('http://example.com/', { FOLLOWLOCATION: 1 });
    return `${r.statusCode} ${r.headers['content-type'] ?? ''} ${r.data.length}`;
  } catch (err) {
    return err instanceof CurlyError ? `failed with ${err.code}` : 'other';
  }
}
void [value, next, paused, flags, started, fetchIt];
