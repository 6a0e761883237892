// SPDX-License-Identifier: EUPL-1.2
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { SinkReply, SinkRequest, SinkStats } from 'test/bench/digest-smtp-sink';

/**
 * The SMTP sink's own process (forked by `SmtpSink`): a real `smtp-server` on loopback that
 * accepts every message and counts it without parsing, so the server's cost stays small and
 * off the worker's event loop (a production SMTP relay runs elsewhere too). No STARTTLS, no
 * reverse DNS lookup of the client: both would add the same fixed cost to every connection on
 * both measured sides and hide what the app itself spends.
 *
 * smtp-server also waits 100 ms after accepting a connection before it greets, to catch
 * clients that talk too early. A relay such as Postfix's smtpd greets at once, and the pause
 * alone caps a client that opens one connection per message at 10 messages/s per connection,
 * so the sink greets at once unless BENCH_SMTP_GREETING_PAUSE=1 keeps smtp-server's pause.
 */
if (process.env.BENCH_SMTP_GREETING_PAUSE !== '1') {
  interface Connection {
    _setListeners(ready: () => void): void;
    connectionReady(): void;
  }
  const { SMTPConnection } = createRequire(__filename)('smtp-server/lib/smtp-connection') as {
    SMTPConnection: { prototype: Connection & { init(): void } };
  };
  // The stock init() minus the early-talker timer (the sink sets no client limit to check).
  SMTPConnection.prototype.init = function (this: Connection) {
    this._setListeners(() => this.connectionReady());
  };
}

const stats: SinkStats = { messages: 0, bytes: 0, connections: 0, peakSessions: 0 };
let sessions = 0;
const waiting: { id: number; target: number }[] = [];

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  disableReverseLookup: true,
  logger: false,
  onConnect(_session, callback) {
    stats.connections += 1;
    sessions += 1;
    stats.peakSessions = Math.max(stats.peakSessions, sessions);
    callback();
  },
  onClose() {
    sessions -= 1;
  },
  onData(stream, _session, callback) {
    stream.on('data', (chunk: Buffer) => {
      stats.bytes += chunk.length;
    });
    stream.on('end', () => {
      stats.messages += 1;
      callback();
      settle();
    });
  },
});

function reply(message: SinkReply): void {
  process.send?.(message);
}

function settle(): void {
  for (let i = waiting.length - 1; i >= 0; i--) {
    const wait = waiting[i]!;
    if (stats.messages >= wait.target) {
      waiting.splice(i, 1);
      reply({ id: wait.id, stats: { ...stats } });
    }
  }
}

process.on('message', (request: SinkRequest) => {
  switch (request.op) {
    case 'reset':
      Object.assign(stats, { messages: 0, bytes: 0, connections: 0, peakSessions: sessions });
      reply({ id: request.id, stats: { ...stats } });
      break;
    case 'stats':
      reply({ id: request.id, stats: { ...stats } });
      break;
    case 'wait':
      waiting.push({ id: request.id, target: request.target });
      settle();
      break;
    case 'stop':
      server.close(() => process.exit(0));
      // Pooled clients may keep a connection open; do not wait for them.
      setTimeout(() => process.exit(0), 1000).unref();
      break;
  }
});

// Leaves with the bench, even when the bench dies without a word.
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  const { port } = server.server.address() as AddressInfo;
  reply({ id: 0, port });
});
