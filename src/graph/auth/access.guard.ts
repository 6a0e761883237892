// SPDX-License-Identifier: EUPL-1.2
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import {
  ACCESS_RULE,
  MFA_EXEMPT,
  STEP_UP,
  type AccessRule,
} from 'src/graph/auth/access.decorators';
import { secondFactorBlock, STEP_UP_WINDOW_MS } from 'src/graph/auth/mfa-rules';
import type { RequestContext } from 'src/graph/auth/request-context';
import { ViewerSource } from 'src/graph/auth/viewer-source';
import type { Viewer } from 'src/graph/auth/viewer';
import { AppError, Errors } from 'src/graph/errors/app-error';
import { ErrorCode } from 'src/graph/errors/error-code';

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
        this.assertSecondFactor(context, viewer);
        return true;
      case 'roles':
        if (!viewer) throw Errors.unauthenticated();
        if (!rule.roles.some((role) => viewer.roles.includes(role))) throw Errors.forbidden();
        this.assertSecondFactor(context, viewer);
        return true;
    }
  }

  /** DOMAIN §2: no action before a required second factor exists; step-up for sensitive ones. */
  private assertSecondFactor(context: ExecutionContext, viewer: Viewer): void {
    const flag = (key: string) =>
      this.reflector.getAllAndOverride<boolean | undefined>(key, [
        context.getHandler(),
        context.getClass(),
      ]) === true;
    const block = secondFactorBlock(viewer.mfa, {
      exempt: flag(MFA_EXEMPT),
      stepUp: flag(STEP_UP),
    });
    if (block === 'MFA_REQUIRED')
      throw new AppError(
        ErrorCode.MFA_REQUIRED,
        'Set up a second factor (an authenticator app or a passkey) before you continue',
      );
    if (block === 'STEP_UP_REQUIRED')
      throw new AppError(ErrorCode.STEP_UP_REQUIRED, 'Confirm it is you with your second factor', {
        stepUpWindowSeconds: STEP_UP_WINDOW_MS / 1000,
      });
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
