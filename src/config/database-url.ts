// SPDX-License-Identifier: EUPL-1.2
/** The parts of a PostgreSQL connection that may be given as separate variables. */
export interface DatabaseParts {
  DATABASE_URL?: string;
  DATABASE_HOST?: string;
  DATABASE_PORT?: number;
  DATABASE_USER?: string;
  DATABASE_PASSWORD?: string;
  DATABASE_NAME?: string;
}

/**
 * The connection URL from DATABASE_URL and/or the separate variables: each separate one
 * overrides the URL's part, and a URL is built from them alone when DATABASE_URL is unset (it
 * needs DATABASE_HOST then). The user and password are percent-encoded here, so a generated
 * secret with `/`, `+`, `@` or `:` works without the operator encoding it by hand.
 * Undefined when nothing is configured (`npm run dev` then starts embedded PostgreSQL).
 */
export function databaseUrl(parts: DatabaseParts): string | undefined {
  const separate = [
    parts.DATABASE_HOST,
    parts.DATABASE_PORT,
    parts.DATABASE_USER,
    parts.DATABASE_PASSWORD,
    parts.DATABASE_NAME,
  ].some((part) => part !== undefined);
  if (!separate) return parts.DATABASE_URL;
  if (!parts.DATABASE_URL && !parts.DATABASE_HOST) return undefined;
  const url = new URL(parts.DATABASE_URL ?? 'postgres://localhost:5432/samrad');
  if (parts.DATABASE_HOST) url.hostname = parts.DATABASE_HOST;
  if (parts.DATABASE_PORT) url.port = String(parts.DATABASE_PORT);
  if (parts.DATABASE_USER) url.username = encodeURIComponent(parts.DATABASE_USER);
  if (parts.DATABASE_PASSWORD) url.password = encodeURIComponent(parts.DATABASE_PASSWORD);
  if (parts.DATABASE_NAME) url.pathname = `/${encodeURIComponent(parts.DATABASE_NAME)}`;
  return url.toString();
}
