// The WebSocket handler (lib/ws.c): CONNECT_ONLY=2 performs the upgrade and hands over a session
// for wsSend/wsRecv; CONNECT_ONLY=1 stops after the chain, as for http; without CONNECT_ONLY the
// transfer runs in callback mode (callback-transfer.ts).
import { CURLE } from '../../base/codes.js';
import type { ProtocolHandler } from '../handler.js';
import { wsCallbackTransfer } from './callback-transfer.js';
import { WsSession } from './session.js';
import { wsUpgrade } from './upgrade.js';

export const websocket: ProtocolHandler = {
  name: 'WebSocket',
  async connectOnly2(ctx, conn) {
    const upgrade = await wsUpgrade(ctx, conn.stream, { reused: conn.reused });
    // closed before the answer was complete: no WebSocket, wsSend/wsRecv say so (curl test 2304)
    if (!upgrade.upgraded) return { session: null };
    // C14/M2: frames that came with the 101 are the first wsRecv's
    conn.unread(upgrade.leftover);
    const io = conn.io();
    if (io === null) throw ctx.failf(CURLE.RECV_ERROR, 'Connection closed during the WebSocket upgrade');
    const session = new WsSession(io, {
      // M27: read at each call
      wsOptions: () => ctx.current().wsOptions,
      infof: (text) => ctx.infof(text),
      failf: (code, text) => ctx.failf(code, text),
    });
    return { session };
  },
  transfer: wsCallbackTransfer,
};
