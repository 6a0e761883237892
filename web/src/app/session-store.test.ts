// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { refreshDelayMs } from './session-schedule';
import { SessionStore, type AccessGrant, type Timers } from './session-store';

/** Timers the test moves by hand: `advance(ms)` runs whatever falls due. */
function manualTimers() {
  let now = 1_000_000;
  let nextId = 1;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    now: () => now,
    setTimeout(run, ms) {
      const id = nextId++;
      pending.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
  };
  return {
    timers,
    get now() {
      return now;
    },
    pendingCount: () => pending.size,
    async advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...pending]) {
        if (timer.at <= now) {
          pending.delete(id);
          timer.run();
        }
      }
      // Let the renewal's promise chain settle.
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
  };
}

const grant = (issuedAt: number, lifetimeMs: number, token = 't'): AccessGrant => ({
  accessToken: token,
  issuedAt,
  expiresAt: issuedAt + lifetimeMs,
});

describe('refreshDelayMs', () => {
  it('renews a 15-minute token a minute before it expires', () => {
    expect(refreshDelayMs(0, 15 * 60_000, 0)).toBe(14 * 60_000);
  });

  it('renews a short-lived token at 80 % of its lifetime', () => {
    expect(refreshDelayMs(0, 10_000, 0)).toBe(8_000);
  });

  it('never schedules sooner than a second, even for a token already past due', () => {
    expect(refreshDelayMs(0, 10_000, 60_000)).toBe(1_000);
  });
});

describe('SessionStore', () => {
  it('renews the access token before it expires and keeps renewing', async () => {
    const clock = manualTimers();
    let calls = 0;
    const store = new SessionStore(async () => {
      calls += 1;
      return grant(clock.now, 10_000, `t${calls}`);
    }, clock.timers);
    store.start(grant(clock.now, 10_000, 't0'));

    await clock.advance(7_999);
    expect(calls).toBe(0);
    await clock.advance(1);
    expect(calls).toBe(1);
    expect(store.accessToken).toBe('t1');
    await clock.advance(8_000);
    expect(store.accessToken).toBe('t2');
  });

  it('shares one renewal between concurrent callers (the refresh token rotates)', async () => {
    const clock = manualTimers();
    let calls = 0;
    let release: (g: AccessGrant) => void = () => undefined;
    const store = new SessionStore(
      () =>
        new Promise<AccessGrant>((resolve) => {
          calls += 1;
          release = resolve;
        }),
      clock.timers,
    );
    const first = store.refresh();
    const second = store.refresh();
    release(grant(clock.now, 60_000, 'renewed'));
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(calls).toBe(1);
    expect(store.accessToken).toBe('renewed');
  });

  it('signs out and tells listeners when the server has no session', async () => {
    const clock = manualTimers();
    const store = new SessionStore(async () => null, clock.timers);
    store.start(grant(clock.now, 10_000));
    let notified = 0;
    store.subscribe(() => (notified += 1));

    expect(await store.refresh()).toBe(false);
    expect(store.signedIn).toBe(false);
    expect(store.accessToken).toBeNull();
    expect(notified).toBe(1);
    expect(clock.pendingCount()).toBe(0);
  });

  it('keeps the token and retries soon when the network fails', async () => {
    const clock = manualTimers();
    let fail = true;
    const store = new SessionStore(async () => {
      if (fail) throw new TypeError('offline');
      return grant(clock.now, 10_000, 'back');
    }, clock.timers);
    store.start(grant(clock.now, 10_000, 'old'));

    await clock.advance(8_000);
    expect(store.accessToken).toBe('old');
    fail = false;
    await clock.advance(5_000);
    expect(store.accessToken).toBe('back');
  });

  it('stops renewing after sign-out', async () => {
    const clock = manualTimers();
    let calls = 0;
    const store = new SessionStore(async () => {
      calls += 1;
      return grant(clock.now, 10_000);
    }, clock.timers);
    store.start(grant(clock.now, 10_000));
    store.end();
    await clock.advance(60_000);
    expect(calls).toBe(0);
  });
});
