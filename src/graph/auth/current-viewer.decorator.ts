// SPDX-License-Identifier: EUPL-1.2
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from 'src/graph/auth/request-context';
import type { Viewer } from 'src/graph/auth/viewer';
import { Errors } from 'src/graph/errors/app-error';

function viewerOf(context: ExecutionContext): Viewer | null {
  const { req } = GqlExecutionContext.create(context).getContext<RequestContext>();
  return req.viewer ?? null;
}

/** The viewer or null (visitor), for `@Public()` fields that show more to members. */
export const OptionalViewer = createParamDecorator((_: unknown, context: ExecutionContext) =>
  viewerOf(context),
);

/** The signed-in viewer; the guard has already refused visitors on such fields. */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const viewer = viewerOf(context);
  if (!viewer) throw Errors.unauthenticated();
  return viewer;
});
