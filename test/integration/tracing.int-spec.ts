// SPDX-License-Identifier: EUPL-1.2
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { transformFileSync } from '@swc/core';
import { TEST_DATABASE_URL } from 'test/setup/test-env';

const ROOT = resolve(__dirname, '../..');

/**
 * What a process traced with TRACING=otlp sends: src/observability/tracing.ts runs in a child
 * Node process (instrumentation patches Node's own `require`, which Jest replaces), started
 * before express, graphql and pg are loaded, as the entry points do; the child serves one
 * GraphQL request whose resolver queries PostgreSQL, and the spans reach an OTLP/HTTP collector
 * stand-in.
 */
describe('OpenTelemetry tracing (child process, OTLP/HTTP)', () => {
  let dir: string;
  let collector: Server;
  let endpoint: string;
  const exports: unknown[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samrad-tracing-'));
    // tracing.ts imports nothing of ours: compiled alone, it runs as it does in dist/.
    const { code } = transformFileSync(join(ROOT, 'src/observability/tracing.ts'), {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    writeFileSync(join(dir, 'tracing.js'), code);
    writeFileSync(join(dir, 'driver.js'), DRIVER);
    collector = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        if (req.url === '/v1/traces') exports.push(JSON.parse(body));
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((done) => collector.listen(0, '127.0.0.1', done));
    endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((done) => collector.close(() => done()));
    rmSync(dir, { recursive: true, force: true });
  });

  const runDriver = (env: Record<string, string>) =>
    new Promise<{ code: number | null; output: string }>((done) => {
      const child = spawn(process.execPath, [join(dir, 'driver.js')], {
        env: {
          PATH: process.env.PATH,
          NODE_PATH: join(ROOT, 'node_modules'),
          DATABASE_URL: TEST_DATABASE_URL,
          OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
          OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
          ...env,
        },
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('close', (code) => done({ code, output }));
    });

  interface ExportedSpan {
    name: string;
    traceId: string;
    kind: number;
  }
  const spans = (): ExportedSpan[] =>
    exports.flatMap((e) =>
      (e as { resourceSpans: { scopeSpans: { spans: ExportedSpan[] }[] }[] }).resourceSpans.flatMap(
        (r) => r.scopeSpans.flatMap((s) => s.spans),
      ),
    );
  const serviceNames = () =>
    exports.flatMap((e) =>
      (
        e as {
          resourceSpans: {
            resource: { attributes: { key: string; value: { stringValue: string } }[] };
          }[];
        }
      ).resourceSpans.map(
        (r) => r.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue,
      ),
    );

  it('switched off (the default), loads no OpenTelemetry code and exports nothing', async () => {
    const { code, output } = await runDriver({});
    expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining('"otel":false') });
    expect(output).toContain('"answer":1');
    expect(exports).toEqual([]);
  }, 60_000);

  it('TRACING=otlp exports HTTP, Express, GraphQL and PostgreSQL spans of one trace', async () => {
    const { code, output } = await runDriver({ TRACING: 'otlp' });
    expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining('"otel":true') });
    const names = spans().map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'graphql.parse',
        'graphql.validate',
        'query Probe',
        'graphql.resolve answer',
        expect.stringMatching(/^pg\.query:SELECT/),
        expect.stringMatching(/^request handler/),
      ]),
    );
    // The incoming request is the server span (kind 2) of the same trace as the statement.
    const serverSpan = spans().find((s) => s.kind === 2);
    const pgSpan = spans().find((s) => s.name.startsWith('pg.query'));
    expect(serverSpan?.name).toMatch(/^POST/);
    expect(pgSpan?.traceId).toBe(serverSpan?.traceId);
    expect(serviceNames()).toContain('samrad-tracing-test');
  }, 60_000);
});

/** The child: tracing first, then the instrumented libraries, one request, flush, exit. */
const DRIVER = `
const { startTracing } = require('./tracing.js');
const tracing = startTracing('samrad-tracing-test');
const express = require('express');
const { graphql, buildSchema } = require('graphql');
const { Pool } = require('pg');
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
const schema = buildSchema('type Query { answer: Int }');
const root = { answer: async () => (await pool.query('SELECT 1 AS answer')).rows[0].answer };
const app = express();
app.use(express.json());
app.post('/graphql', async (req, res) => {
  res.json(await graphql({ schema, source: req.body.query, rootValue: root }));
});
const server = app.listen(0, '127.0.0.1', async () => {
  const url = 'http://127.0.0.1:' + server.address().port + '/graphql';
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query Probe { answer }' }),
  });
  const body = await response.json();
  const otel = Object.keys(require.cache).some((file) => file.includes('@opentelemetry'));
  console.log(JSON.stringify({ answer: body.data && body.data.answer, otel }));
  server.close();
  await pool.end();
  if (tracing) await tracing.shutdown();
});
`;
