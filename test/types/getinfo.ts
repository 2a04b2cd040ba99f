// Usage of the generated getinfo overloads (generated/info.ts); see setopt.ts.
import { CURLINFO, type Getinfo } from '../../generated/index.js';
import type { CertInfo, CurlSocket } from '../../runtime/types.js';

declare const easy: Getinfo;

const socket: CurlSocket = easy.getinfo(CURLINFO.ACTIVESOCKET).value;
const code: number = easy.getinfo(CURLINFO.ACTIVESOCKET).code;
const url: string | null = easy.getinfo(CURLINFO.EFFECTIVE_URL).value;
const status: number = easy.getinfo(CURLINFO.RESPONSE_CODE).value;
// @ts-expect-error EFFECTIVE_URL may be null
const notNull: string = easy.getinfo(CURLINFO.EFFECTIVE_URL).value;
// @ts-expect-error RESPONSE_CODE is a number
const text: string = easy.getinfo(CURLINFO.RESPONSE_CODE).value;
// CURLINFO_CERTINFO is struct curl_certinfo's shape (a pointer info: null in the type, as all are)
const chain: CertInfo | null = easy.getinfo(CURLINFO.CERTINFO).value;
const firstSubject: string | undefined = easy.getinfo(CURLINFO.CERTINFO).value?.certinfo[0]?.[0];
// @ts-expect-error num_of_certs is a number
const count: string | undefined = easy.getinfo(CURLINFO.CERTINFO).value?.num_of_certs;
// @ts-expect-error no such info
easy.getinfo(CURLINFO.NO_SUCH_INFO);
void [socket, code, url, status, notNull, text, chain, firstSubject, count];
