// SPDX-License-Identifier: EUPL-1.2
import { envSchema, type Env } from 'src/config/env.schema';

export class InvalidConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = InvalidConfigurationError.name;
  }
}

/**
 * The one typed, validated view of the environment. Everything reads configuration through this
 * class (injected), never through `process.env`, so a bad variable stops start-up with a list of
 * everything that is wrong instead of failing later at first use.
 */
export class AppConfig {
  /** The port the HTTP server actually listens on, once it does (PORT=0 picks one). */
  private listeningPort?: number;

  private constructor(readonly env: Env & { DATABASE_URL: string }) {}

  static parse(source: NodeJS.ProcessEnv, overrides: Partial<Record<keyof Env, string>> = {}): Env {
    const result = envSchema.safeParse({ ...source, ...overrides });
    if (!result.success) {
      throw new InvalidConfigurationError(
        result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`),
      );
    }
    return result.data;
  }

  /** Builds the config once the database URL is known (it may come from embedded PostgreSQL). */
  static from(env: Env): AppConfig {
    if (!env.DATABASE_URL) {
      throw new InvalidConfigurationError(['DATABASE_URL: no database configured or started']);
    }
    return new AppConfig({ ...env, DATABASE_URL: env.DATABASE_URL });
  }

  /**
   * The base of links in e-mail: PUBLIC_URL when set, else this server's own address on the
   * port it really listens on (so `PORT=4000 npm run dev` links to :4000).
   */
  get publicUrl(): string {
    return this.env.PUBLIC_URL ?? `http://localhost:${this.listeningPort ?? this.env.PORT}`;
  }

  /** Called once the server listens, with the port it got. */
  listeningOn(port: number): void {
    this.listeningPort = port;
  }

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }

  get isDevelopment(): boolean {
    return this.env.NODE_ENV === 'development';
  }

  /** Which store BullMQ and the rate limiter use: Redis when configured, else PostgreSQL. */
  get queueBackend(): 'redis' | 'postgres' {
    return this.env.REDIS_URL ? 'redis' : 'postgres';
  }
}
