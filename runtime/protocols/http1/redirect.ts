// What a followed redirect changes in the next HTTP request (lib/http.c Curl_http_follow,
// http_switch_to_get): POST may become GET after 301, 302 and 303 (CURLOPT_POSTREDIR keeps it),
// CURLFOLLOW_OBEYCODE and CURLFOLLOW_FIRSTONLY decide what happens to CURLOPT_CUSTOMREQUEST, and an
// HTTP/1.0 answer makes the following requests HTTP/1.0.
import { CURLFOLLOW_FIRSTONLY, CURLFOLLOW_OBEYCODE } from '../../base/constants.js';
import type { TransferContext } from '../../base/context.js';
import type { RequestState } from '../../http/request.js';

/** The request state after following a `status` answer given in HTTP `version`. */
export function redirectState(ctx: TransferContext, state: RequestState, status: number, version: '1.0' | '1.1'): RequestState {
  const { opts } = ctx;
  const s: RequestState = {
    ...state,
    isFollow: true,
    peerHttp10: state.peerHttp10 || version === '1.0',
  };
  if (opts.followLocation === CURLFOLLOW_FIRSTONLY && opts.customRequest !== null && !s.ignoreCustom) {
    s.ignoreCustom = true;
    ctx.infof('Drop custom request method for next request');
  }
  const switchToGet = (code: number): void => {
    // lib/http.c http_switch_to_get
    const custom = opts.customRequest;
    if ((custom !== null || s.httpReq !== 'GET') && opts.followLocation === CURLFOLLOW_OBEYCODE) {
      ctx.infof(`Switch to GET because of ${code} response`);
      s.ignoreCustom = true;
    } else if (custom !== null && opts.followLocation !== CURLFOLLOW_FIRSTONLY) {
      ctx.infof(`Stick to ${custom} instead of GET`);
    }
    s.httpReq = 'GET';
  };
  const keep = opts.postRedir;
  switch (status) {
    case 301:
      if (s.httpReq === 'POST' && !(keep & 1)) switchToGet(301);
      break;
    case 302:
      if (s.httpReq === 'POST' && !(keep & 2)) switchToGet(302);
      break;
    case 303:
      if (s.httpReq !== 'GET' && (s.httpReq !== 'POST' || !(keep & 4))) switchToGet(303);
      break;
    default:
      // 300, 304, 305, 306, 307, 308: method and body stay
      break;
  }
  return s;
}
