// SPDX-License-Identifier: EUPL-1.2
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** What the sink has seen since its last reset. */
export interface SinkStats {
  messages: number;
  /** Message bytes as sent (headers and body, after DATA). */
  bytes: number;
  /** SMTP connections opened: one per message unless the client pools. */
  connections: number;
  /** Most SMTP sessions open at once. */
  peakSessions: number;
}

export type SinkRequest =
  { id: number; op: 'reset' | 'stats' | 'stop' } | { id: number; op: 'wait'; target: number };

export type SinkReply = { id: number; port: number } | { id: number; stats: SinkStats };

/**
 * The bench's side of the SMTP sink (`digest-sink-process.ts`, forked into its own process):
 * its `smtp://` URL, and asks over IPC for counts or for a wake-up once N messages arrived.
 */
export class SmtpSink {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: SinkReply) => void>();

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    child.on('message', (reply: SinkReply) => {
      const resolve = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      resolve?.(reply);
    });
  }

  static async start(): Promise<SmtpSink> {
    const child = fork(join(__dirname, 'digest-sink-process.js'), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const port = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`SMTP sink exited (${code})`)));
      child.once('message', (reply: SinkReply) => {
        if ('port' in reply) resolve(reply.port);
      });
    });
    return new SmtpSink(child, `smtp://127.0.0.1:${port}`);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  reset(): Promise<SinkStats> {
    return this.request({ op: 'reset' });
  }

  stats(): Promise<SinkStats> {
    return this.request({ op: 'stats' });
  }

  /** Resolves when the sink has counted `target` messages since the reset. */
  waitFor(target: number): Promise<SinkStats> {
    return this.request({ op: 'wait', target });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.send({ id: 0, op: 'stop' } satisfies SinkRequest);
    await exited;
  }

  private request(request: { op: 'reset' | 'stats' } | { op: 'wait'; target: number }) {
    const id = this.nextId++;
    return new Promise<SinkStats>((resolve) => {
      this.pending.set(id, (reply) => {
        if ('stats' in reply) resolve(reply.stats);
      });
      const message: SinkRequest = { id, ...request };
      this.child.send(message);
    });
  }
}
