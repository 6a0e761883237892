// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { trustProxySchema } from 'src/config/trust-proxy';
import { databaseUrl } from 'src/config/database-url';
import { identityProvidersSchema } from 'src/modules/federation/identity-provider.config';

/**
 * Secrets that ship in the repository for development and tests. Production refuses them, so a
 * deployment that forgot to set its own secrets never starts.
 */
export const DEVELOPMENT_SECRETS = {
  ACCESS_TOKEN_SECRET: 'dev-access-token-secret-change-me-0123456789',
  REFRESH_TOKEN_SECRET: 'dev-refresh-token-secret-change-me-0123456789',
  DATA_ENCRYPTION_KEY: 'dev-data-encryption-key-change-me-0123456789',
  UNSUBSCRIBE_TOKEN_SECRET: 'dev-unsubscribe-token-secret-change-me-01234',
  SCREENING_FINGERPRINT_KEY: 'dev-screening-fingerprint-key-change-me-0123',
  DATA_EXPORT_LINK_SECRET: 'dev-data-export-link-secret-change-me-012345',
} as const;

const secret = (name: keyof typeof DEVELOPMENT_SECRETS) =>
  z.string().min(32, `${name} must be at least 32 characters`).default(DEVELOPMENT_SECRETS[name]);

const optionalUrl = (protocols: readonly string[]) =>
  z
    .url()
    .refine((value) => protocols.some((p) => value.startsWith(`${p}:`)), {
      message: `must start with ${protocols.map((p) => `${p}:`).join(' or ')}`,
    })
    .optional();

/** A comma list of origins (`https://idp.example.org`), each normalised to its origin. */
const originList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z
        .url()
        .refine((value) => /^https?:\/\/[^/]+\/?$/.test(value), {
          message: 'must be an origin: http(s)://host[:port], no path',
        })
        .transform((value) => new URL(value).origin),
    ),
  );

/** Empty strings count as unset, as shells and compose files often export `VAR=`. */
const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    /** Base of links in e-mail; unset, the URL the server listens on (AppConfig.publicUrl). */
    PUBLIC_URL: z.preprocess(blankToUndefined, z.url().optional()),
    DATABASE_URL: z.preprocess(blankToUndefined, optionalUrl(['postgres', 'postgresql'])),
    /**
     * The connection in parts, each overriding DATABASE_URL's (or enough on their own, with
     * DATABASE_HOST): a password from a secret store is used as it is, `/` and all.
     */
    DATABASE_HOST: z.preprocess(blankToUndefined, z.string().optional()),
    DATABASE_PORT: z.preprocess(
      blankToUndefined,
      z.coerce.number().int().min(1).max(65535).optional(),
    ),
    DATABASE_USER: z.preprocess(blankToUndefined, z.string().optional()),
    DATABASE_PASSWORD: z.preprocess(blankToUndefined, z.string().optional()),
    DATABASE_NAME: z.preprocess(blankToUndefined, z.string().optional()),
    REDIS_URL: z.preprocess(blankToUndefined, optionalUrl(['redis', 'rediss'])),
    MEILI_URL: z.preprocess(blankToUndefined, optionalUrl(['http', 'https'])),
    MEILI_API_KEY: z.preprocess(blankToUndefined, z.string().optional()),
    /**
     * How many readable matches a search counts exactly (DOMAIN §10): past it `totalCount` is this
     * number with `totalCountIsExact: false` ("more than N"), and on PostgreSQL the page is ranked,
     * and the facets counted, within the N newest readable matches, so a query's cost grows with
     * N, not with how common its words are.
     */
    SEARCH_COUNT_CAP: z.coerce.number().int().min(1).max(100_000).default(1000),
    /** Each HTTP request to Meilisearch gives up after this long (a search, a write, a task poll). */
    MEILI_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
    SMTP_URL: z.preprocess(blankToUndefined, optionalUrl(['smtp', 'smtps'])),
    MAIL_FROM: z.string().default('Samråd <no-reply@samrad.example>'),
    /** Where the embedded defaults keep their files (PostgreSQL data, captured e-mail). */
    DATA_DIR: z.string().default('.data'),
    ACCESS_TOKEN_SECRET: secret('ACCESS_TOKEN_SECRET'),
    REFRESH_TOKEN_SECRET: secret('REFRESH_TOKEN_SECRET'),
    DATA_ENCRYPTION_KEY: secret('DATA_ENCRYPTION_KEY'),
    UNSUBSCRIBE_TOKEN_SECRET: secret('UNSUBSCRIBE_TOKEN_SECRET'),
    /**
     * Keys the fingerprints of screening findings (HMAC-SHA-256): without it a stored or returned
     * fingerprint cannot be matched against enumerated personal identity numbers or names.
     * Changing it invalidates every stored acknowledgement (authors acknowledge again).
     */
    SCREENING_FINGERPRINT_KEY: secret('SCREENING_FINGERPRINT_KEY'),
    /** Signs the download links of data exports (HMAC-SHA-256 over the export id and expiry). */
    DATA_EXPORT_LINK_SECRET: secret('DATA_EXPORT_LINK_SECRET'),
    /**
     * How long a ready data export can be downloaded (default 24 hours); after that the archive
     * is deleted. As little as 1 s so tests can watch a link expire.
     */
    DATA_EXPORT_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .max(7 * 86_400)
      .default(86_400),
    /**
     * Insight hides every count from 1 to this minus one, and whatever would let a reader work
     * one out from the totals (DOMAIN §14). Below 3 it protects nothing; 5 is the usual choice.
     */
    INSIGHT_MINIMUM_COUNT: z.coerce.number().int().min(3).max(100).default(5),
    /** At most 15 minutes; as little as 5 s so browser tests can watch a token expire. */
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(5).max(900).default(900),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
    /**
     * Seconds after a refresh token was rotated in which presenting it again is taken for two
     * tabs refreshing at once or a retry after a lost response, and answered with a fresh pair
     * for the same session instead of ending it. Later reuse still ends the session. 0 turns the
     * grace off; at most a minute, since a thief who replays within it is not caught.
     */
    REFRESH_REUSE_GRACE_SECONDS: z.coerce.number().int().min(0).max(60).default(20),
    /**
     * Which proxies may tell the client's address in X-Forwarded-For (Express `trust proxy`):
     * sign-in throttling and the audit log see that address.
     */
    TRUST_PROXY: z.preprocess(blankToUndefined, trustProxySchema.default(['loopback'])),
    /** Largest accepted HTTP request body. */
    REQUEST_BODY_LIMIT: z
      .string()
      .regex(/^\d+(kb|mb)$/)
      .default('256kb'),
    /**
     * Connections the app's main PostgreSQL pool may open. With several processes, keep their
     * sum (plus the queue pools below) under the server's max_connections.
     */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(100).default(10),
    /**
     * PostgreSQL `statement_timeout` of the API process's pool: a statement still running after
     * this long is cancelled and the request answers `TIMEOUT`, so one expensive query cannot hold
     * a connection (and the pool) indefinitely. 0 turns it off. Migrations, the worker process and
     * the command-line tools do not use it (their jobs may need longer); jobs run inside the API
     * (RUN_WORKER_IN_API, `npm run dev`) do.
     */
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    /**
     * The API-wide request budget (GraphQL, /auth, /exports, /unsubscribe) per window of
     * API_RATE_LIMIT_WINDOW_SECONDS: a signed-in request counts against its member, any other
     * against its client address (see TRUST_PROXY). Past it: RATE_LIMITED with
     * retryAfterSeconds (HTTP 429, Retry-After). 0 turns that budget off.
     */
    API_RATE_LIMIT_MEMBER_POINTS: z.coerce.number().int().min(0).default(600),
    API_RATE_LIMIT_ADDRESS_POINTS: z.coerce.number().int().min(0).default(1200),
    API_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    /**
     * Connections each BullMQ queue and worker may open on the PostgreSQL queue backend (there
     * are one of each per queue, and each worker also keeps one LISTEN connection). Unused with
     * REDIS_URL.
     */
    QUEUE_POOL_SIZE: z.coerce.number().int().min(1).max(20).default(4),
    /**
     * Prefix of every queue key (Redis) and of the live-notification channel and sign-in limiter
     * keys: processes that should share work (API and workers of one installation) use the same
     * one, and two installations sharing a Redis server use different ones.
     */
    QUEUE_NAMESPACE: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, 'lowercase letters, digits and _, starting with a letter')
      .default('bullmq'),
    /**
     * The built web client the API serves at `/` (relative to the working directory); empty
     * serves none. Nothing is served when the directory holds no index.html.
     */
    WEB_DIST_DIR: z.string().default('web/dist'),
    /**
     * Roles that must use a second factor before they can act (DOMAIN §2). On by default:
     * security by default. An explicitly empty value turns the role rule off (the test harness
     * and the demo do, see README); an organisation's `requireMfa` still applies.
     */
    MFA_REQUIRED_ROLES: z
      .string()
      .default('MODERATOR,ADMIN,EXPERT')
      .transform((value) =>
        value
          .split(',')
          .map((role) => role.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.enum(['MEMBER', 'EXPERT', 'MODERATOR', 'ADMIN', 'ORG_CONTACT']))),
    /**
     * The WebAuthn relying party id (a registrable domain); unset, the host name of PUBLIC_URL.
     * Passkeys are bound to it: changing it orphans every registered passkey.
     */
    WEBAUTHN_RP_ID: z.preprocess(blankToUndefined, z.string().min(1).optional()),
    /**
     * Origins (scheme://host[:port]) other sites may call the API from with credentials; empty
     * (the default) sends no CORS headers at all: the web client is served from the API's origin.
     */
    CORS_ORIGINS: z.preprocess(blankToUndefined, originList.default([])),
    /**
     * Origins the web client's forms and the redirects after them may go to besides its own
     * (Content-Security-Policy `form-action`), e.g. an identity provider's sign-in page.
     */
    CSP_FORM_ACTION_ORIGINS: z.preprocess(blankToUndefined, originList.default([])),
    /**
     * Bearer token that opens `/metrics`. Unset, only requests that reach the app directly from
     * a loopback or private address (no proxy in between: no X-Forwarded-For) may scrape.
     */
    METRICS_TOKEN: z.preprocess(
      blankToUndefined,
      z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
    ),
    /**
     * `otlp` exports OpenTelemetry traces (src/observability/tracing.ts, which reads it before
     * the configuration is parsed, as instrumentation must load first); `off` loads nothing.
     */
    TRACING: z.enum(['off', 'otlp']).default('off'),
    /** Port on which the worker serves its own /metrics (its job and delivery counters); unset: none. */
    WORKER_METRICS_PORT: z.preprocess(
      blankToUndefined,
      z.coerce.number().int().min(1).max(65535).optional(),
    ),
    /**
     * Federated sign-in (OIDC and SAML identity providers): a JSON array, see README
     * "Federated sign-in". Unset, none: the password sign-in alone.
     */
    IDENTITY_PROVIDERS: z.preprocess(blankToUndefined, identityProvidersSchema),
    /** Run the outbox relay and job workers inside the API process (the embedded default). */
    RUN_WORKER_IN_API: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    for (const name of Object.keys(DEVELOPMENT_SECRETS) as (keyof typeof DEVELOPMENT_SECRETS)[]) {
      if (env[name] === DEVELOPMENT_SECRETS[name]) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: 'production refuses the development secret',
        });
      }
    }
    if (!env.DATABASE_URL && !env.DATABASE_HOST) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'is required in production (or DATABASE_HOST with the other DATABASE_* parts)',
      });
    }
  })
  // From here on DATABASE_URL is the one connection string, whichever way it was given.
  .transform((env) => ({ ...env, DATABASE_URL: databaseUrl(env) }));

export type Env = z.infer<typeof envSchema>;
