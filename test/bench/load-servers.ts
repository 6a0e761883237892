// SPDX-License-Identifier: EUPL-1.2
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** A server in a child process of its own, so the load generator does not share its CPU time. */
export interface ChildServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * `node dist/src/main.js` as `npm start` runs it, with the given environment (production
 * settings from the caller); resolves once /graphql answers. `nodeOptions` (e.g. --cpu-prof)
 * go before the script.
 */
export async function startApi(
  env: Record<string, string>,
  nodeOptions: readonly string[] = [],
): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeOptions, resolve('dist/src/main.js')], {
    env: { ...process.env, ...env, PORT: String(port) },
    // An IPC channel for the CPU profile's start and stop (load-cpu-profile.ts).
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode}`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error('The API did not start within 90 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, process: child, stop: () => stop(child) };
}

/** Sends the API a message for its CPU profiler and waits for the answer. */
export function tellProfiler(server: ChildServer, message: 'start' | 'stop'): Promise<void> {
  const answer = message === 'start' ? 'profiling' : 'profiled';
  return new Promise((done) => {
    const listener = (reply: unknown) => {
      if (reply !== answer) return;
      server.process.off('message', listener);
      done();
    };
    server.process.on('message', listener);
    server.process.send(message);
  });
}

/** The baseline (load-baseline.ts), resolved once it prints its URL. */
export async function startBaseline(env: Record<string, string>): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [resolve('dist/test/bench/load-baseline.js')], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((done, fail) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /BASELINE_URL (\S+)/.exec(output);
      if (found) done(found[1]!);
    });
    child.once('exit', (code) => fail(new Error(`The baseline exited with ${code}`)));
  });
  return { url, process: child, stop: () => stop(child) };
}

/** SIGTERM, then waits for the exit (the API closes its pools and writes --cpu-prof output). */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}
