// SPDX-License-Identifier: EUPL-1.2
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { AppConfig } from 'src/config/app-config';
import { MailTransport } from 'src/modules/mail/mail-transport';

/** A real SMTP server on loopback that counts connections and keeps each raw message. */
class CountingSmtpServer {
  connections = 0;
  readonly messages: string[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 100,
    onConnect: (_session, callback) => {
      this.connections += 1;
      callback();
    },
    onData: (stream, _session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        this.messages.push(Buffer.concat(chunks).toString('utf8'));
        callback();
      });
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe(MailTransport.name, () => {
  let smtp: CountingSmtpServer;
  let url: string;

  beforeEach(async () => {
    smtp = new CountingSmtpServer();
    url = await smtp.start();
  });

  afterEach(() => smtp.stop());

  const transportFor = (smtpUrl: string) =>
    new MailTransport(
      AppConfig.from(
        AppConfig.parse({}, { DATABASE_URL: 'postgres://unused/db', SMTP_URL: smtpUrl }),
      ),
    );

  const sendFive = async (transport: MailTransport) => {
    for (let n = 1; n <= 5; n++)
      await transport.send({ to: `reader${n}@example.org`, subject: `Mail ${n}`, text: 'Hej då' });
  };

  it('reuses pooled connections for consecutive messages by default', async () => {
    const transport = transportFor(url);
    await sendFive(transport);
    transport.onApplicationShutdown();
    expect(smtp.messages).toHaveLength(5);
    expect(smtp.connections).toBe(1);
  });

  it('lets SMTP_URL turn the pool off', async () => {
    const transport = transportFor(`${url}?pool=false`);
    await sendFive(transport);
    transport.onApplicationShutdown();
    expect(smtp.messages).toHaveLength(5);
    expect(smtp.connections).toBe(5);
  });

  it('encodes text as quoted-printable, which keeps Swedish text readable in the source', async () => {
    const transport = transportFor(url);
    await transport.send({ to: 'reader@example.org', subject: 'Å', text: 'Hej då, välkommen' });
    transport.onApplicationShutdown();
    expect(smtp.messages[0]).toMatch(/Content-Transfer-Encoding: quoted-printable/i);
    expect(smtp.messages[0]).toContain('Hej d=C3=A5, v=C3=A4lkommen');
  });
});
