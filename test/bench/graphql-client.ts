// SPDX-License-Identifier: EUPL-1.2
import { since } from 'test/bench/bench-stats';

export interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { accessToken accessTokenExpiresAt refreshToken }
}`;
const REFRESH = `mutation Refresh($input: RefreshSessionInput!) {
  refreshSession(input: $input) { accessToken accessTokenExpiresAt refreshToken }
}`;

interface Tokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

/**
 * A signed-in client over HTTP, as a browser would be: a bearer token, refreshed (outside the
 * timed requests) before its 15 minutes run out.
 */
export class GraphQLClient {
  private tokens: Tokens | null = null;

  constructor(private readonly url: string) {}

  async signIn(email: string, password: string): Promise<void> {
    const answer = await this.post<{ login: Tokens }>(LOGIN, { input: { email, password } });
    this.tokens = required(answer, 'login').login;
  }

  /** Refreshes the session when the access token has less than a minute left. */
  async keepFresh(): Promise<void> {
    if (!this.tokens || Date.parse(this.tokens.accessTokenExpiresAt) - Date.now() > 60_000) return;
    const answer = await this.post<{ refreshSession: Tokens }>(REFRESH, {
      input: { refreshToken: this.tokens.refreshToken },
    });
    this.tokens = required(answer, 'refreshSession').refreshSession;
  }

  /** One request, timed from sending to the parsed JSON answer. */
  async timed<T>(query: string, variables: Record<string, unknown>) {
    const started = process.hrtime.bigint();
    const answer = await this.post<T>(query, variables);
    return { answer, elapsed: since(started) };
  }

  private async post<T>(query: string, variables: Record<string, unknown>) {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.tokens ? { authorization: `Bearer ${this.tokens.accessToken}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLAnswer<T>;
  }
}

export function required<T>(answer: GraphQLAnswer<T>, what: string): T {
  if (answer.errors?.length || !answer.data)
    throw new Error(`${what} failed: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}
