// SPDX-License-Identifier: EUPL-1.2
import { Logger } from '@nestjs/common';
import { CloseCode, type Context } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
import type { RequestContext } from 'src/graph/auth/request-context';
import type { Viewer } from 'src/graph/auth/viewer';
import type { ViewerSource } from 'src/graph/auth/viewer-source';

/** The graphql-ws connection context as our hooks see it (ws adapter: socket and upgrade request). */
export type WebSocketContext = Context<Record<string, unknown> | undefined, unknown>;

interface Connection {
  token: string;
  expiryTimer: NodeJS.Timeout;
}

/**
 * Authenticates graphql-ws connections the way the guard authenticates HTTP requests. The client
 * sends `connectionParams: { authorization: 'Bearer <access token>' }`; the connection is
 * accepted only if the token resolves to a viewer (signature, expiry, live session, active
 * member), otherwise it is closed with 4403. After that:
 * - each operation resolves the viewer again (the context's `viewerLookup`, which the guard and
 *   `@CurrentViewer()` read), so a revoked session cannot start a subscription;
 * - `stillSignedIn` is checked before each event is sent, so nothing reaches a socket whose
 *   session has ended;
 * - the socket is closed (4403, which graphql-ws clients retry with fresh `connectionParams`)
 *   when its access token expires, so a connection lives no longer than its token.
 * Headers of the upgrade request are ignored: credentials come only from connectionParams, so
 * there is no ambient credential a cross-site page could use.
 */
export class WebSocketAuth {
  private readonly logger = new Logger(WebSocketAuth.name);
  private readonly connections = new WeakMap<WebSocketContext, Connection>();

  constructor(private readonly viewers: ViewerSource) {}

  async onConnect(ctx: WebSocketContext): Promise<boolean> {
    const token = bearerToken(ctx.connectionParams?.authorization);
    if (!token || !(await this.viewerFor(token))) return false;
    const expiresInMs = tokenExpiry(token) - Date.now();
    const expiryTimer = setTimeout(
      () => this.end(ctx, 'Access token expired'),
      Math.max(0, expiresInMs),
    );
    expiryTimer.unref();
    this.connections.set(ctx, { token, expiryTimer });
    return true;
  }

  onClose(ctx: WebSocketContext): void {
    clearTimeout(this.connections.get(ctx)?.expiryTimer);
    this.connections.delete(ctx);
  }

  /** The GraphQL context of one operation on the connection (see RequestContext). */
  context(ctx: WebSocketContext): RequestContext {
    const token = this.connections.get(ctx)?.token;
    const request = (ctx.extra as Partial<Extra>).request;
    // Only subscriptions run over the socket (checked in onSubscribe), and they read the viewer
    // and the loaders, so this stands in for the Express request with what they may use.
    const req = {
      headers: {},
      ip: request?.socket.remoteAddress,
      socket: request?.socket,
      viewerLookup: token ? this.viewerFor(token) : Promise.resolve(null),
    } as unknown as RequestContext['req'];
    return { req, loaders: new Map() };
  }

  /** Whether the connection's session still stands; if not, closes the socket. */
  async stillSignedIn(ctx: WebSocketContext): Promise<boolean> {
    const token = this.connections.get(ctx)?.token;
    if (token && (await this.viewerFor(token))) return true;
    this.end(ctx, 'Session ended');
    return false;
  }

  private end(ctx: WebSocketContext, reason: string): void {
    this.onClose(ctx);
    (ctx.extra as Partial<Extra>).socket?.close(CloseCode.Forbidden, reason);
  }

  private async viewerFor(token: string): Promise<Viewer | null> {
    try {
      return await this.viewers.viewerFromToken(token);
    } catch (error) {
      this.logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'WebSocket viewer lookup failed',
      );
      return null;
    }
  }
}

function bearerToken(value: unknown): string | undefined {
  return typeof value === 'string' ? /^Bearer (\S+)$/i.exec(value)?.[1] : undefined;
}

/** Expiry of a token already verified by the viewer source, in epoch milliseconds. */
function tokenExpiry(token: string): number {
  const { exp } = decodeJwt(token);
  return typeof exp === 'number' ? exp * 1000 : Date.now();
}
