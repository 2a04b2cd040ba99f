// `npm run bench`: every benchmark, one after another (run from dist/ after the build).
// Add a bench here as `await benchX();` with its import.
import { benchCodegen } from './codegen.js';
import { benchH2Tls } from './h2-tls.js';
import { benchHttpWs } from './http-ws.js';
import { benchRuntime } from './runtime.js';
import { benchTransfer } from './transfer.js';

await benchCodegen();
await benchRuntime();
await benchHttpWs();
await benchH2Tls();
await benchTransfer();
