// SPDX-License-Identifier: EUPL-1.2
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from 'src/config/app-config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
}

/**
 * SMTP settings that apply unless SMTP_URL's query sets them (`?pool=false`,
 * `?maxConnections=8`): a digest run sends thousands of messages, and a new connection (and
 * TLS handshake) per message costs more than the message. Connections are recycled after
 * `maxMessages` so a server that limits messages per connection is not surprised.
 */
export const SMTP_DEFAULTS = { pool: true, maxConnections: 4, maxMessages: 1000 } as const;

/**
 * Message defaults. Nodemailer otherwise scans every text part character by character to
 * choose between quoted-printable and base64; our mail is mostly Latin text, for which
 * quoted-printable is the readable and smaller choice.
 */
export const MESSAGE_DEFAULTS = { textEncoding: 'quoted-printable' } as const;

/**
 * Sends mail over SMTP when SMTP_URL is set, through a small pool of reused connections.
 * Without it (the embedded default) each message is written as an .eml file under
 * `<DATA_DIR>/mail/` so a developer can open it; only the file name and subject are logged,
 * never the body, which may hold a sign-in link.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter;
  private readonly captureDir?: string;

  constructor(private readonly config: AppConfig) {
    if (config.env.SMTP_URL) {
      // The URL's own settings win over the defaults (nodemailer merges them that way).
      this.transporter = createTransport(
        { ...SMTP_DEFAULTS, url: config.env.SMTP_URL },
        MESSAGE_DEFAULTS,
      );
    } else {
      this.transporter = createTransport(
        { streamTransport: true, buffer: true, newline: 'unix' },
        MESSAGE_DEFAULTS,
      );
      this.captureDir = resolve(config.env.DATA_DIR, 'mail');
    }
  }

  async send(mail: OutgoingMail): Promise<string> {
    const info = (await this.transporter
      .sendMail({ from: this.config.env.MAIL_FROM, ...mail })
      .catch((error: unknown) => {
        throw withoutAddresses(error);
      })) as {
      messageId: string;
      message?: Buffer;
    };
    if (this.captureDir && info.message) {
      await mkdir(this.captureDir, { recursive: true });
      const file = join(
        this.captureDir,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^\w.-]/g, '')}.eml`,
      );
      await writeFile(file, info.message);
      this.logger.log({ file, subject: mail.subject }, 'Mail captured (no SMTP_URL)');
    }
    return info.messageId;
  }

  /**
   * Whether the SMTP server answers and accepts our greeting (and credentials): a connection
   * of its own, closed at once (nodemailer's `verify`). Null without SMTP_URL (mail goes to
   * files). Callers bound the wait; see ReadinessService.
   */
  async smtpReachable(): Promise<boolean | null> {
    if (this.captureDir) return null;
    return this.transporter.verify().then(
      () => true,
      () => false,
    );
  }

  /** Pooled connections would otherwise hold the process open after shutdown. */
  onApplicationShutdown(): void {
    this.transporter.close();
  }
}

const ADDRESS = /[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+/g;

/**
 * SMTP replies often quote the recipient ("550 <name@host>: user unknown"), and a failed job's
 * message is logged and kept in the queue. The recipient may be an anonymous author (a reveal
 * notice), so addresses are cut from the message; the SMTP codes stay for diagnosis.
 */
function withoutAddresses(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const safe = new Error(message.replace(ADDRESS, '[address]'));
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  return Object.assign(safe, { code, responseCode });
}
