// SPDX-License-Identifier: EUPL-1.2
import { writeFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import { table } from 'test/bench/bench-stats';

/**
 * A V8 CPU profile of this process over one phase (BENCH_CPU_PROFILE=file): written as a
 * `.cpuprofile` for Chrome DevTools or speedscope, and summarised as self time by package
 * (nodemailer, pg, typeorm, bullmq, markdown-it, the app's own modules, Node internals, GC),
 * which is what decides where a CPU-bound worker's time goes.
 */
export class PhaseCpuProfile {
  private readonly session = new Session();

  async start(): Promise<void> {
    this.session.connect();
    await this.post('Profiler.enable');
    await this.post('Profiler.setSamplingInterval', { interval: 500 });
    await this.post('Profiler.start');
  }

  async stop(file: string): Promise<string> {
    const { profile } = (await this.post('Profiler.stop')) as { profile: Profiler.Profile };
    this.session.disconnect();
    writeFileSync(file, JSON.stringify(profile));
    return summarise(profile);
  }

  private post(method: string, params: object = {}): Promise<unknown> {
    return new Promise((resolve, reject) =>
      this.session.post(method, params, (error, result) =>
        error ? reject(error) : resolve(result),
      ),
    );
  }
}

function summarise(profile: Profiler.Profile): string {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    const us = deltas[i] ?? 0;
    if (!frame || frame.functionName === '(idle)') return;
    total += us;
    const owner = ownerOf(frame.url, frame.functionName);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + us);
    const fn = `${frame.functionName || '(anonymous)'} ${owner}:${frame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  });
  const top = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => [name, (us / 1e6).toFixed(2), `${((100 * us) / total).toFixed(1)} %`]);
  return [
    `busy ${(total / 1e6).toFixed(1)} s of samples (idle left out)`,
    table(['self time by owner', 's', 'share'], top(byOwner, 14)),
    table(['self time by function', 's', 'share'], top(byFunction, 20)),
  ].join('\n\n');
}

function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  const app = /dist\/(src\/modules\/[^/]+|src\/[^/]+|test\/bench)/.exec(url);
  if (app) return app[1]!;
  return url.startsWith('node:') ? 'node' : url;
}
