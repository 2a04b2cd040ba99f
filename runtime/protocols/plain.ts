// Schemes whose libcurl connect phase is the filter chain alone (TCP, proxy, TLS): telnet, dict,
// gopher, rtsp. CONNECT_ONLY 1 and 2 hand the connection over as it is; their transfers are not
// built, so perform without CONNECT_ONLY is refused (decision 10).
import type { ProtocolHandler } from './handler.js';

export const plain: ProtocolHandler = {
  name: 'plain',
};
