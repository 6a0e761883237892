// SPDX-License-Identifier: EUPL-1.2
import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import pino, { type Logger } from 'pino';

/**
 * One-off commands (migrate, seed, search, admin creation) log as the API does: one JSON object
 * per line on standard output, with the command's name, so a log collector reads a run in the
 * container the same way as the services' logs.
 */
export function cliLogger(command: string): Logger {
  return pino({
    base: { command },
    level: process.env.LOG_LEVEL ?? 'info',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}

/** Nest's own messages while a command runs (warnings and errors), as JSON lines too. */
export function cliNestLogger(levels: LogLevel[] = ['error', 'warn']): ConsoleLogger {
  return new ConsoleLogger({ json: true, logLevels: levels });
}

/**
 * Runs a command's body and exits with its code; an error (a bad variable, a database that does
 * not answer) becomes one `error` line with its message, never a stack trace on stderr that a
 * log collector would split into lines of plain text.
 */
export function runCommand(log: Logger, body: () => Promise<number | void>): void {
  body().then(
    (code) => {
      log.flush();
      process.exit(code ?? 0);
    },
    (error: unknown) => {
      log.error(error instanceof Error ? error.message : String(error));
      log.flush();
      process.exit(1);
    },
  );
}
