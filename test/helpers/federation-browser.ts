// SPDX-License-Identifier: EUPL-1.2
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from 'test/helpers/free-port';

/**
 * A browser as far as a federated sign-in needs one: follows no redirect by itself, keeps
 * cookies per host:port (paths ignored), so a test can step through every hop, and tamper.
 */
export class FederationBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  async request(
    url: string,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<Response> {
    const target = new URL(url);
    // The test app links to itself as localhost (its PUBLIC_URL) but listens on 127.0.0.1.
    if (target.hostname === 'localhost') target.hostname = '127.0.0.1';
    const jar = this.jar(target.host);
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(target, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      redirect: 'manual',
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', ...value] = pair.trim().split('=');
      const expired = attributes.some((a) => /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (expired || value.join('=') === '') jar.delete(name);
      else jar.set(name, value.join('='));
    }
    return response;
  }

  /** Follows redirects until one leads to `stopAt` (a URL prefix); returns that location. */
  async followUntil(url: string, stopAt: string, limit = 10): Promise<string> {
    let next = url;
    for (let hop = 0; hop < limit; hop += 1) {
      if (next.startsWith(stopAt)) return next;
      const response = await this.request(next);
      const location = response.headers.get('location');
      if (!location) throw new Error(`No redirect from ${next}: ${response.status}`);
      next = new URL(location, next).href;
    }
    throw new Error(`Too many redirects from ${url}`);
  }

  /** Cookies by host:port as requested (127.0.0.1 for the app). */
  cookie(host: string, name: string): string | undefined {
    return this.jar(host).get(name);
  }

  setCookie(host: string, name: string, value: string): void {
    this.jar(host).set(name, value);
  }

  dropCookie(host: string, name: string): void {
    this.jar(host).delete(name);
  }

  private jar(host: string): Map<string, string> {
    let jar = this.jars.get(host);
    if (!jar) this.jars.set(host, (jar = new Map()));
    return jar;
  }
}

export interface OidcTestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

/** Starts test/helpers/oidc-test-provider.mjs (a real oidc-provider) on a free loopback port. */
export async function startOidcTestProvider(): Promise<OidcTestProvider> {
  const port = await freePort();
  const clientId = 'samrad-test';
  const clientSecret = 'test-client-secret-0123456789abcdef';
  const child: ChildProcess = spawn(
    process.execPath,
    [join(__dirname, 'oidc-test-provider.mjs'), String(port), clientId, clientSecret],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const issuer = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready (\S+)/.exec(output);
      if (ready?.[1]) resolve(ready[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`OIDC provider exited ${code}: ${output}`)));
  });
  return {
    issuer,
    clientId,
    clientSecret,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
