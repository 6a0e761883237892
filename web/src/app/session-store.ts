// SPDX-License-Identifier: EUPL-1.2
import { refreshDelayMs } from './session-schedule';

/** An access token and when it stops working (epoch milliseconds). Held in memory only. */
export interface AccessGrant {
  accessToken: string;
  issuedAt: number;
  expiresAt: number;
}

/** Asks the server for a new access token from the refresh cookie; null when there is no session. */
export type RenewAccess = () => Promise<AccessGrant | null>;

export interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The browser's session: the access token lives here (never in storage), the refresh token in
 * an HttpOnly cookie the page cannot read. A timer renews the access token before it expires;
 * concurrent renewals share one request, because the server rotates the refresh token and a
 * second use of the old one would end the session.
 */
export class SessionStore {
  private grant: AccessGrant | null = null;
  private timer: unknown;
  private renewal: Promise<boolean> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly renewAccess: RenewAccess,
    private readonly timers: Timers = realTimers,
  ) {}

  get accessToken(): string | null {
    return this.grant?.accessToken ?? null;
  }

  get signedIn(): boolean {
    return this.grant !== null;
  }

  /** A grant from sign-in, invitation or renewal; schedules the next renewal. */
  start(grant: AccessGrant): void {
    this.grant = grant;
    this.schedule();
    this.emit();
  }

  /** Renews the access token now; false (and signed out) when the session is gone. */
  refresh(): Promise<boolean> {
    this.renewal ??= this.renewAccess()
      .then((grant) => {
        if (grant) this.start(grant);
        else this.end();
        return grant !== null;
      })
      .catch(() => {
        // A network failure is not a sign-out: keep the token until it expires, retry soon.
        this.schedule(5_000);
        return false;
      })
      .finally(() => {
        this.renewal = null;
      });
    return this.renewal;
  }

  /** Forgets the access token and stops renewing (sign-out, or the server ended the session). */
  end(): void {
    this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    const wasSignedIn = this.grant !== null;
    this.grant = null;
    if (wasSignedIn) this.emit();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private schedule(delayMs?: number): void {
    this.timers.clearTimeout(this.timer);
    if (!this.grant) return;
    const { issuedAt, expiresAt } = this.grant;
    const delay = delayMs ?? refreshDelayMs(issuedAt, expiresAt, this.timers.now());
    this.timer = this.timers.setTimeout(() => void this.refresh(), delay);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
