// SPDX-License-Identifier: EUPL-1.2
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { searchStandIn, type Answer } from 'test/integration/meilisearch/stand-in/search';
import { checkSettings, error, type Json } from 'test/integration/meilisearch/stand-in/settings';

/**
 * A STAND-IN FOR MEILISEARCH, NOT MEILISEARCH: a loopback HTTP server that the real
 * `meilisearch` client talks to, strict where the real server is strict (read from its source,
 * v1.14 and later) so that our mistakes fail here as they would there:
 *
 * - settings: unknown keys (top level and nested) are `bad_request`, as serde's
 *   `deny_unknown_fields` makes them; ranking rules and locales are checked;
 * - a body that is not well-formed UTF-8 JSON text (a lone surrogate) is `malformed_payload`;
 * - search: unknown parameters are `bad_request`; a filter the grammar refuses, or on an
 *   attribute that is not filterable, is `invalid_search_filter`; facets and sort need their
 *   settings; `matchingStrategy` is checked;
 * - documents are written by tasks (`processing` on the first poll, the outcome on the next);
 *   writing to a missing index creates it without settings, as Meilisearch does;
 * - search evaluates the filter and `q` (see stand-in/text.ts for how far) and answers hits,
 *   `_formatted` with highlights and crops, exact totals in page mode and facet counts.
 *
 * It is not a search engine: relevance is a rough model, and the contract suite says which of
 * its rows it runs here. The real server's contract is meilisearch.int-spec.ts (MEILI_URL).
 */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

interface StandInTask {
  uid: number;
  type: string;
  polls: number;
  error: { code: string; message: string } | null;
  apply: () => void;
  meanwhile?: () => void;
}

export class MeilisearchStandIn {
  readonly requests: RecordedRequest[] = [];
  /** The index's primary key, or null when the index does not exist. */
  primaryKey: string | null = null;
  settings: Json = {};
  documents = new Map<string, Json>();
  /**
   * Makes the next task of this type fail with the given Meilisearch error code; `meanwhile`
   * stands for what another client did that made it fail.
   */
  failNext: { type: string; code: string; meanwhile?: () => void } | null = null;
  /** Answers every request with 503 until cleared (a server that is down or restarting). */
  down = false;
  /** Never answers requests to these paths (a server that hangs). */
  hangOn: RegExp | null = null;
  /** The base URL, once started. */
  host = '';
  private readonly tasks = new Map<number, StandInTask>();
  private server: Server | null = null;

  constructor(readonly indexUid: string) {}

  async start(): Promise<string> {
    const server = createServer((req, res) => {
      void this.handle(req, res);
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.host;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Requests other than task polls, as `METHOD /path`. */
  calls(): string[] {
    return this.requests
      .filter((r) => !r.path.startsWith('/tasks/'))
      .map((r) => `${r.method} ${r.path}`);
  }

  /** How often the client polled a task. */
  taskPolls(uid: number): number {
    return this.tasks.get(uid)?.polls ?? 0;
  }

  /** Search request bodies, in order. */
  searches(): Json[] {
    return this.requests
      .filter((r) => r.path === `/indexes/${this.indexUid}/search`)
      .map((r) => r.body as Json);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const raw = await readBody(req);
    const method = req.method ?? 'GET';
    let answer: Answer;
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
      if (!wellFormed(body)) throw new Error('lone surrogate');
      this.requests.push({ method, path: url.pathname, query: url.searchParams, body });
      if (this.hangOn?.test(url.pathname)) return;
      answer = this.down
        ? [503, error('unavailable', 'the stand-in is down', 'system')]
        : this.route(method, url, body);
    } catch (e) {
      this.requests.push({ method, path: url.pathname, query: url.searchParams, body: raw });
      const message = `The json payload provided is malformed. ${String(e)}`;
      answer = [400, error('malformed_payload', message)];
    }
    res.writeHead(answer[0], { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer[1]));
  }

  private route(method: string, url: URL, body: unknown): Answer {
    const index = `/indexes/${this.indexUid}`;
    const path = url.pathname;
    const task = /^\/tasks\/(\d+)$/.exec(path);
    if (method === 'GET' && task) return this.poll(Number(task[1]));
    if (method === 'GET' && path === '/health') return [200, { status: 'available' }];
    if (method === 'POST' && path === '/indexes') {
      const { primaryKey } = body as { primaryKey: string };
      return this.enqueue('indexCreation', () => {
        if (this.primaryKey !== null) throw new TaskError('index_already_exists');
        this.primaryKey = primaryKey;
      });
    }
    if (method === 'POST' && path === `${index}/documents`) {
      // Meilisearch creates a missing index on the first write, with default settings.
      const primaryKey = url.searchParams.get('primaryKey') ?? 'id';
      return this.enqueue('documentAdditionOrUpdate', () => {
        this.primaryKey ??= primaryKey;
        for (const doc of body as Json[]) {
          const id = doc[this.primaryKey];
          if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,511}$/.test(id)) {
            throw new TaskError('invalid_document_id');
          }
        }
        for (const doc of body as Json[]) this.documents.set(String(doc[this.primaryKey]), doc);
      });
    }
    if (this.primaryKey === null) return notFound(this.indexUid);
    if (method === 'GET' && path === index) {
      return [
        200,
        { uid: this.indexUid, primaryKey: this.primaryKey, createdAt: '', updatedAt: '' },
      ];
    }
    if (method === 'GET' && path === `${index}/settings`) return [200, this.settings];
    if (method === 'PATCH' && path === `${index}/settings`) {
      const refused = checkSettings(body);
      if (refused) return [400, refused];
      return this.enqueue('settingsUpdate', () => Object.assign(this.settings, body));
    }
    if (method === 'POST' && path === `${index}/documents/delete-batch`) {
      return this.enqueue('documentDeletion', () => {
        for (const key of body as string[]) this.documents.delete(key);
      });
    }
    if (method === 'DELETE' && path === `${index}/documents`) {
      return this.enqueue('documentDeletion', () => this.documents.clear());
    }
    if (method === 'GET' && path === `${index}/documents`) return [200, this.documentPage(url)];
    if (method === 'POST' && path === `${index}/search`)
      return searchStandIn(this.settings, this.documents, body as Json);
    return [404, error('not_found', `no route ${method} ${path}`)];
  }

  private enqueue(type: string, apply: () => void): Answer {
    const uid = this.tasks.size + 1;
    const error =
      this.failNext?.type === type ? { code: this.failNext.code, message: 'it failed' } : null;
    const meanwhile = error ? this.failNext?.meanwhile : undefined;
    if (error) this.failNext = null;
    this.tasks.set(uid, { uid, type, polls: 0, error, apply, meanwhile });
    const enqueued = { taskUid: uid, indexUid: this.indexUid, status: 'enqueued', type };
    return [202, { ...enqueued, enqueuedAt: new Date().toISOString() }];
  }

  private poll(uid: number): Answer {
    const task = this.tasks.get(uid);
    if (!task) return [404, error('task_not_found', 'task not found')];
    task.polls += 1;
    if (task.polls === 2 && !task.error) {
      try {
        task.apply();
      } catch (e) {
        if (!(e instanceof TaskError)) throw e;
        task.error = { code: e.message, message: e.message };
      }
    } else if (task.polls === 2) {
      task.meanwhile?.();
    }
    let status = 'processing';
    if (task.polls > 1) status = task.error ? 'failed' : 'succeeded';
    return [
      200,
      {
        uid,
        batchUid: uid,
        indexUid: this.indexUid,
        status,
        type: task.type,
        canceledBy: null,
        error: status === 'failed' ? { ...task.error, type: 'invalid_request', link: '' } : null,
        duration: null,
        enqueuedAt: '',
        startedAt: null,
        finishedAt: null,
      },
    ];
  }

  private documentPage(url: URL): Json {
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 20);
    const fields = url.searchParams.get('fields')?.split(',');
    const all = [...this.documents.values()];
    const results = all
      .slice(offset, offset + limit)
      .map((doc) => (fields ? Object.fromEntries(fields.map((f) => [f, doc[f]])) : doc));
    return { results, offset, limit, total: all.length };
  }
}

class TaskError extends Error {}

function notFound(indexUid: string): Answer {
  return [404, error('index_not_found', `Index \`${indexUid}\` not found.`)];
}

/** JSON text with a lone surrogate is not UTF-8; Meilisearch's parser refuses it. */
function wellFormed(value: unknown): boolean {
  if (typeof value === 'string') return !/[\uD800-\uDFFF]/u.test(value);
  if (Array.isArray(value)) return value.every(wellFormed);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).every(([k, v]) => wellFormed(k) && wellFormed(v));
  }
  return true;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
