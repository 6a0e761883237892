// SPDX-License-Identifier: EUPL-1.2
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export interface OidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

/**
 * The API tests' OpenID provider (test/helpers/oidc-test-provider.mjs, a real oidc-provider)
 * on a free loopback port: its sign-in page asks for an e-mail and a "second factor" box.
 */
export async function startOidcProvider(port: number): Promise<OidcProvider> {
  const clientId = 'samrad-browser';
  const clientSecret = 'browser-test-client-secret-0123456789';
  const child = spawn(
    process.execPath,
    ['test/helpers/oidc-test-provider.mjs', String(port), clientId, clientSecret],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const issuer = await new Promise<string>((done, fail) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready (\S+)/.exec(output);
      if (ready?.[1]) done(ready[1]);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`OIDC provider exited ${code}: ${output}`)));
  });
  return {
    issuer,
    clientId,
    clientSecret,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
