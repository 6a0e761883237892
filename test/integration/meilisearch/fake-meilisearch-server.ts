import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small stand-in for a Meilisearch server on loopback, for the engine's unit spec: the real
 * `meilisearch` client talks HTTP to it. It records every request and answers with
 * Meilisearch-shaped JSON: enqueued tasks that report `processing` on the first poll and
 * their outcome on the next, stored settings and documents, and a canned search response.
 * It is not a search engine; the contract against a real server is meilisearch.int-spec.ts.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

interface FakeTask {
  uid: number;
  indexUid: string | null;
  type: string;
  polls: number;
  error: { code: string; message: string } | null;
  apply: () => void;
  meanwhile?: () => void;
}

type Json = Record<string, unknown>;

export class FakeMeilisearchServer {
  readonly requests: RecordedRequest[] = [];
  /** The index's primary key, or null when the index does not exist. */
  primaryKey: string | null = null;
  settings: Json = {};
  documents = new Map<string, Json>();
  searchResponse: Json = { hits: [], totalHits: 0, page: 1, hitsPerPage: 20, totalPages: 0 };
  /**
   * Makes the next task of this type fail with the given Meilisearch error code; `meanwhile`
   * stands for what another client did that made it fail.
   */
  failNext: { type: string; code: string; meanwhile?: () => void } | null = null;
  private readonly tasks = new Map<number, FakeTask>();
  private server: Server | null = null;

  constructor(readonly indexUid: string) {}

  async start(): Promise<string> {
    const server = createServer((req, res) => {
      void this.handle(req, res);
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req);
    const body: unknown = raw ? JSON.parse(raw) : undefined;
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, query: url.searchParams, body });
    const [status, payload] = this.route(method, url, body);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(payload));
  }

  private route(method: string, url: URL, body: unknown): [number, unknown] {
    const index = `/indexes/${this.indexUid}`;
    const path = url.pathname;
    const task = /^\/tasks\/(\d+)$/.exec(path);
    if (method === 'GET' && task) return this.poll(Number(task[1]));
    if (method === 'POST' && path === '/indexes') {
      const { primaryKey } = body as { primaryKey: string };
      return this.enqueue('indexCreation', () => (this.primaryKey = primaryKey));
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
      return this.enqueue('settingsUpdate', () => Object.assign(this.settings, body));
    }
    if (method === 'POST' && path === `${index}/documents`) {
      return this.enqueue('documentAdditionOrUpdate', () => {
        for (const doc of body as Json[]) this.documents.set(String(doc.key), doc);
      });
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
    if (method === 'POST' && path === `${index}/search`) return [200, this.searchResponse];
    return [
      404,
      { message: `no route ${method} ${path}`, code: 'not_found', type: 'invalid_request' },
    ];
  }

  private enqueue(type: string, apply: () => void): [number, unknown] {
    const uid = this.tasks.size + 1;
    const error =
      this.failNext?.type === type ? { code: this.failNext.code, message: 'it failed' } : null;
    const meanwhile = error ? this.failNext?.meanwhile : undefined;
    if (error) this.failNext = null;
    this.tasks.set(uid, { uid, indexUid: this.indexUid, type, polls: 0, error, apply, meanwhile });
    const enqueued = { taskUid: uid, indexUid: this.indexUid, status: 'enqueued', type };
    return [202, { ...enqueued, enqueuedAt: new Date().toISOString() }];
  }

  private poll(uid: number): [number, unknown] {
    const task = this.tasks.get(uid);
    if (!task) return [404, { message: 'task not found', code: 'task_not_found', type: 'x' }];
    task.polls += 1;
    let status = 'processing';
    if (task.polls > 1) status = task.error ? 'failed' : 'succeeded';
    if (task.polls === 2) (task.error ? task.meanwhile : task.apply)?.();
    return [
      200,
      {
        uid,
        batchUid: uid,
        indexUid: task.indexUid,
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

function notFound(indexUid: string): [number, unknown] {
  return [
    404,
    {
      message: `Index \`${indexUid}\` not found.`,
      code: 'index_not_found',
      type: 'invalid_request',
      link: 'https://docs.meilisearch.com/errors#index_not_found',
    },
  ];
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
