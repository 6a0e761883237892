import { randomInt } from 'node:crypto';
import { test } from '@playwright/test';
import { DEMO } from '../e2e/support/fixtures';
import { startServer } from '../e2e/support/server';

test('trace', async ({ browser }) => {
  test.setTimeout(600_000);
  const server = process.env.BENCH_SERVER_URL
    ? { url: process.env.BENCH_SERVER_URL, stop: async () => {} }
    : await startServer();
  try {
    for (const path of (process.env.TRACE_PATHS ?? '/cases,/search?q=exportkontroll').split(',')) {
      for (let run = 0; run < Number(process.env.TRACE_RUNS ?? 2); run++) {
        const context = await browser.newContext({
          baseURL: server.url, locale: 'sv-SE', viewport: { width: 1280, height: 800 },
          extraHTTPHeaders: { 'X-Forwarded-For': `10.${randomInt(256)}.${randomInt(256)}.1` },
        });
        const page = await context.newPage();
        await page.goto('/health');
        await page.evaluate(async ({ email, password }) => {
          await fetch('/graphql', { method: 'POST', credentials: 'same-origin',
            headers: { 'content-type': 'application/json', 'X-Samrad-Session': 'cookie' },
            body: JSON.stringify({ query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', variables: { input: { email, password } } }) });
        }, { email: DEMO.officer, password: DEMO.password });
        await page.addInitScript(() => {
          const w = window as any; w.__lt = []; w.__lcp = [];
          new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
          new PerformanceObserver((l) => { for (const e of l.getEntries() as any[]) w.__lcp.push([Math.round(e.startTime), e.element?.tagName + '.' + (e.element?.className ?? ''), e.size]); }).observe({ type: 'largest-contentful-paint', buffered: true });
        });
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
        await page.goto(path, { waitUntil: 'load' });
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500);
        const out = await page.evaluate(() => {
          const w = window as any;
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const res = performance.getEntriesByType('resource').map((r: any) => `${Math.round(r.startTime)}→${Math.round(r.responseEnd)} ${r.name.replace(location.origin, '')} ${r.encodedBodySize}`);
          const paints = performance.getEntriesByType('paint').map((p) => `${p.name} ${Math.round(p.startTime)}`);
          const marks = performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`).join(' ');
          return { marks, nav: `resp ${Math.round(nav.responseEnd)} dcl ${Math.round(nav.domContentLoadedEventEnd)} load ${Math.round(nav.loadEventEnd)}`, res, paints, lt: w.__lt, lcp: w.__lcp };
        });
        const { profile } = (await cdp.send('Profiler.stop')) as any;
        const self = new Map<string, number>();
        const fn = new Map<string, number>();
        const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
        const dt: number[] = profile.timeDeltas;
        profile.samples.forEach((id: number, i: number) => {
          const n = byId.get(id); const d = (dt[i + 1] ?? 0) / 1000;
          const url = (n.callFrame.url || '(' + n.callFrame.functionName + ')').replace(/.*\/assets\//, '');
          self.set(url, (self.get(url) ?? 0) + d);
          const f = `${url}:${n.callFrame.functionName}:${n.callFrame.lineNumber}`;
          fn.set(f, (fn.get(f) ?? 0) + d);
        });
        const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([u, t]) => `${Math.round(t)}ms ${u}`).join('\n');
        console.log(`--- self time by script\n${top(self, 25)}\n--- by function\n${top(fn, 30)}`);
        console.log(`\n=== ${path} run ${run}\n${out.nav}\n${out.marks}\n${out.paints.join(' | ')}\nLCP ${JSON.stringify(out.lcp)}\nlongtasks ${JSON.stringify(out.lt)}\n${out.res.join('\n')}`);
        await context.close();
      }
    }
  } finally { await server.stop(); }
});
