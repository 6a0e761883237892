import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ACCESS_RULE, type AccessRule } from 'src/graph/auth/access.decorators';
import type { RequestContext } from 'src/graph/auth/request-context';
import { ViewerSource } from 'src/graph/auth/viewer-source';
import type { Viewer } from 'src/graph/auth/viewer';
import { Errors } from 'src/graph/errors/app-error';

/**
 * The global guard: deny unless the handler's rule allows. It resolves the viewer once per
 * request and leaves it on the request for `@CurrentViewer()`.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly viewers: ViewerSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true; // REST routes guard themselves
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    const { req } = GqlExecutionContext.create(context).getContext<RequestContext>();
    const viewer = await this.resolveViewer(req);
    if (!rule) throw Errors.forbidden();
    switch (rule.kind) {
      case 'public':
        return true;
      case 'member':
        if (!viewer) throw Errors.unauthenticated();
        return true;
      case 'roles':
        if (!viewer) throw Errors.unauthenticated();
        if (!rule.roles.some((role) => viewer.roles.includes(role))) throw Errors.forbidden();
        return true;
    }
  }

  private async resolveViewer(req: RequestContext['req']): Promise<Viewer | null> {
    if (!req.viewerLookup) {
      const header = req.headers.authorization ?? '';
      const token = /^Bearer (\S+)$/i.exec(header)?.[1];
      req.viewerLookup = token ? this.viewers.viewerFromToken(token) : Promise.resolve(null);
    }
    req.viewer = await req.viewerLookup;
    return req.viewer;
  }
}
