// A minimal client for Firefox's DevTools remote protocol (the one about:debugging uses), just
// enough to evaluate code in an add-on's real background page: WebDriver BiDi does not reach
// extension background pages. Packets are `<byte length>:<json>`; replies come back in order per
// actor; packets with a `type` are events.
import { createConnection, createServer, type Socket } from 'node:net';
import { waitUntil } from './wait.ts';

type Packet = Record<string, any> & { from?: string; type?: string };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export class FirefoxDevtools {
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<string, ((p: Packet) => void)[]>();
  private readonly events: Packet[] = [];
  private hello!: (p: Packet) => void;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (d: Buffer) => this.onData(d));
    // Firefox quitting resets this socket; that ends the session, it is not an error of the test
    socket.on('error', () => {});
  }

  static async connect(port: number): Promise<FirefoxDevtools> {
    const socket = await waitUntil(() => new Promise<Socket | null>((resolve) => {
      const s = createConnection({ port, host: '127.0.0.1' }, () => resolve(s));
      s.once('error', () => resolve(null));
    }), `Firefox devtools server on port ${port}`, 15_000, 100);
    const client = new FirefoxDevtools(socket);
    await new Promise<Packet>((r) => { client.hello = r; });
    return client;
  }

  private onData(d: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, d]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString()) as Packet;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      this.dispatch(packet);
    }
  }

  private dispatch(p: Packet): void {
    if (p.from === 'root' && p.applicationType) return this.hello?.(p);
    if (p.type && !p.error) {
      this.events.push(p);
      return;
    }
    const queue = this.pending.get(p.from ?? '');
    queue?.shift()?.(p);
  }

  request(to: string, type: string, extra: Record<string, unknown> = {}): Promise<Packet> {
    return new Promise((resolve, reject) => {
      const queue = this.pending.get(to) ?? [];
      queue.push((p) => (p.error ? reject(new Error(`${to} ${type}: ${p.error} ${p.message ?? ''}`)) : resolve(p)));
      this.pending.set(to, queue);
      const body = JSON.stringify({ to, type, ...extra });
      this.socket.write(`${Buffer.byteLength(body)}:${body}`);
    });
  }

  event(match: (p: Packet) => boolean, what: string, timeoutMs = 15_000): Promise<Packet> {
    return waitUntil(async () => this.events.find(match) ?? null, what, timeoutMs, 10);
  }

  /** The console and memory actors of an add-on's background page, and the OS process it runs in. */
  async backgroundPage(addonId: string): Promise<{ consoleActor: string; memoryActor: string; pid: number }> {
    const { addons } = await this.request('root', 'listAddons');
    const addon = (addons as Packet[]).find((a) => a.id === addonId);
    if (!addon) throw new Error(`add-on ${addonId} not listed by the devtools server`);
    const watcher = await this.request(addon.actor, 'getWatcher');
    await this.request(watcher.actor, 'watchTargets', { targetType: 'frame' });
    const form = await this.event((p) => p.type === 'target-available-form' && String(p.target?.url).startsWith('moz-extension://'), 'the background page target');
    return { consoleActor: form.target.consoleActor as string, memoryActor: form.target.memoryActor as string, pid: Number(form.target.processID) };
  }

  /** Evaluates an expression in that console; returns the value if it is a primitive. */
  async evaluate(consoleActor: string, text: string): Promise<unknown> {
    const { resultID } = await this.request(consoleActor, 'evaluateJSAsync', { text });
    const r = await this.event((p) => p.type === 'evaluationResult' && p.resultID === resultID, 'an evaluation result', 60_000);
    if (r.hasException) throw new Error(`background page: ${r.exceptionMessage ?? JSON.stringify(r.exception)}`);
    const v = r.result;
    if (v && typeof v === 'object' && v.type === 'longString') {
      const { substring } = await this.request(v.actor, 'substring', { start: 0, end: v.length });
      return substring;
    }
    if (v && typeof v === 'object' && v.type === 'undefined') return undefined;
    if (v && typeof v === 'object' && v.type === 'null') return null;
    return v;
  }

  /** Runs an async expression in the console and waits for its JSON-able result. */
  async evaluateAsync<T>(consoleActor: string, asyncExpression: string, timeoutMs = 60_000): Promise<T> {
    const key = `r${Math.random().toString(36).slice(2)}`;
    await this.evaluate(consoleActor, `globalThis.__e2e ??= {}; Promise.resolve().then(async () => ${asyncExpression})
      .then((v) => { __e2e.${key} = JSON.stringify({ ok: true, v }); }, (e) => { __e2e.${key} = JSON.stringify({ ok: false, e: String(e && e.stack || e) }); }); 0`);
    const raw = await waitUntil(async () => (await this.evaluate(consoleActor, `globalThis.__e2e.${key}`)) as string | undefined, 'a background page evaluation', timeoutMs, 25);
    await this.evaluate(consoleActor, `delete globalThis.__e2e.${key}`);
    const out = JSON.parse(raw) as { ok: boolean; v?: T; e?: string };
    if (!out.ok) throw new Error(`background page: ${out.e}`);
    return out.v as T;
  }

  close(): void {
    this.socket.end();
  }
}
