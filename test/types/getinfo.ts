// Usage of the generated getinfo overloads (generated/info.ts); see setopt.ts.
import { CURLINFO, type Getinfo } from '../../generated/index.js';
import type { CurlSocket } from '../../runtime/types.js';

declare const easy: Getinfo;

const socket: CurlSocket = easy.getinfo(CURLINFO.ACTIVESOCKET).value;
const code: number = easy.getinfo(CURLINFO.ACTIVESOCKET).code;
const url: string | null = easy.getinfo(CURLINFO.EFFECTIVE_URL).value;
const status: number = easy.getinfo(CURLINFO.RESPONSE_CODE).value;
// @ts-expect-error EFFECTIVE_URL may be null
const notNull: string = easy.getinfo(CURLINFO.EFFECTIVE_URL).value;
// @ts-expect-error RESPONSE_CODE is a number
const text: string = easy.getinfo(CURLINFO.RESPONSE_CODE).value;
// @ts-expect-error no such info
easy.getinfo(CURLINFO.NO_SUCH_INFO);
void [socket, code, url, status, notNull, text];
