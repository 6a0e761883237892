// SPDX-License-Identifier: EUPL-1.2
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Members } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import type { Viewer } from 'src/graph/auth/viewer';
import { AuthSessionType } from 'src/modules/auth/dto/session.type';
import { MySessionsService } from 'src/modules/auth/my-sessions.service';

@Resolver(() => AuthSessionType)
export class MySessionsResolver {
  constructor(private readonly sessions: MySessionsService) {}

  @Query(() => [AuthSessionType], {
    description: 'My live sessions (devices), most recently used first.',
  })
  @Members()
  async mySessions(@CurrentViewer() viewer: Viewer): Promise<AuthSessionType[]> {
    const sessions = await this.sessions.list(viewer);
    return sessions.map((session) => ({
      id: session.id,
      device: session.deviceLabel,
      browser: session.deviceBrowser,
      operatingSystem: session.deviceOs,
      createdAt: session.createdAt,
      lastUsedAt: session.lastUsedAt,
      expiresAt: session.expiresAt,
      current: session.id === viewer.sessionId,
    }));
  }

  @Mutation(() => Boolean, { description: 'Ends one of my sessions (audited).' })
  @Members()
  revokeSession(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.sessions.revoke(viewer, id);
  }

  @Mutation(() => Int, {
    description: 'Ends every session but this one; returns how many ended (audited).',
  })
  @Members()
  revokeOtherSessions(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.sessions.revokeOthers(viewer);
  }
}
