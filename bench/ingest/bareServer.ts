// The baseline: a bare Socket.IO server on /training that acks at once, with no validation,
// no storage and no scoring. The ratio to it shows what VocaXR's guarantees cost.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { serveClient: false, maxHttpBufferSize: 4 * 1024 * 1024 });
let sessions = 0;
io.of('/training').on('connection', (socket) => {
  socket.on('session:start', (_payload: unknown, ack: (a: object) => void) => ack({ ok: true, sessionId: `bare-${++sessions}`, startedAt: new Date().toISOString() }));
  socket.on('session:events', (payload: { events: { seq: number }[] }, ack: (a: object) => void) =>
    ack({ ok: true, ackedSeq: payload.events[payload.events.length - 1]?.seq ?? 0 }),
  );
});
http.listen(0, '127.0.0.1', () => {
  const address = http.address();
  console.log(JSON.stringify({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` }));
});
process.on('SIGTERM', () => process.exit(0));
