// SPDX-License-Identifier: EUPL-1.2
import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import pino from 'pino';

/**
 * One-off commands (migrate, seed, search, admin creation) log as the API does: one JSON object
 * per line on standard output, with the command's name, so a log collector reads a run in the
 * container the same way as the services' logs.
 */
export function cliLogger(command: string) {
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
