// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from 'src/config/app-config';

/**
 * Structured JSON logs (pino) with a request id on every line. Secrets and mail bodies are
 * redacted wherever they appear in a logged object; request bodies are never logged, so
 * GraphQL variables (passwords, content) stay out of the logs.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.sealedToken',
  '*.text',
  '*.html',
  '*.body',
];

/** What a request log line says about the request: no headers, body or query secrets. */
export function serializeRequest(req: { id: string; method: string; url: string }) {
  return {
    id: req.id,
    method: req.method,
    // Unsubscribe links (and any other link) carry a signed token in the query; never log it.
    url: req.url.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]'),
  };
}

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.env.LOG_LEVEL,
          genReqId: (req: IncomingMessage) => {
            const incoming = req.headers['x-request-id'];
            return typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming)
              ? incoming
              : randomUUID();
          },
          redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
          autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
          serializers: { req: serializeRequest },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
