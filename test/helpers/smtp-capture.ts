// SPDX-License-Identifier: EUPL-1.2
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

/** A real SMTP server on loopback that keeps every message it receives, parsed. */
export class SmtpCapture {
  readonly messages: ParsedMail[] = [];
  private readonly server: SMTPServer;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // The app keeps pooled connections open; a stopped server should drop them at once, as
      // a real outage would, rather than wait 30 s for them to finish.
      closeTimeout: 100,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Waits until a message to `to` arrives (the mail job runs asynchronously). */
  /** The first mail to `to` (whose subject contains `subject`, when given). */
  async waitFor(to: string, timeoutMs = 15_000, subject?: string): Promise<ParsedMail> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.messages.find(
        (m) =>
          [m.to].flat().some((a) => a?.text.includes(to)) &&
          (subject === undefined || (m.subject ?? '').includes(subject)),
      );
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`No mail to ${to} within ${timeoutMs} ms`);
  }
}
