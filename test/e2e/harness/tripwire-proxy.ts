// A local HTTP proxy that every browser under test is pointed at. Nothing is ever forwarded:
// each request (plain HTTP or an HTTPS CONNECT tunnel) is recorded and refused. Requests the test
// serves itself (fixture pages, the sites' endpoints) are answered inside the browser before they
// reach the network stack, so anything that arrives here is a request that really tried to leave
// the machine — from a page, a content script, the service worker, the offscreen document or the
// Firefox background page alike. This is what makes "the extension sends nothing" countable.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface LeakedRequest {
  /** 'CONNECT' for HTTPS tunnels (only host:port is visible), else the HTTP method */
  method: string;
  /** host:port for CONNECT, the absolute URL otherwise */
  target: string;
  at: number;
}

export interface TripwireProxy {
  port: number;
  /** everything that tried to leave, in arrival order */
  readonly leaks: LeakedRequest[];
  close(): Promise<void>;
}

export async function startTripwireProxy(): Promise<TripwireProxy> {
  const leaks: LeakedRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    leaks.push({ method: req.method ?? '?', target: req.url ?? '?', at: Date.now() });
    res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' }).end('blocked by e2e tripwire');
  });
  server.on('connect', (req, socket) => {
    // a tunnel socket is ours once 'connect' fires: a browser that resets it (on quit, say) must
    // not become an uncaught ECONNRESET in the test run
    socket.on('error', () => {});
    leaks.push({ method: 'CONNECT', target: req.url ?? '?', at: Date.now() });
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('error', () => {}); // a reset by the browser is not a test failure; 'close' follows
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    leaks,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
