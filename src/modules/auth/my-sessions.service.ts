// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { isUuid } from 'src/common/uuid';
import { TransactionHost } from 'src/database/transaction-host';
import { Errors } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import { AuditAction } from 'src/modules/audit/audit-action';
import { AuditService } from 'src/modules/audit/audit.service';
import type { AuthSessionEntity } from 'src/modules/auth/auth-session.entity';
import { SessionsRepository } from 'src/modules/auth/sessions.repository';
import { OutboxService } from 'src/modules/outbox/outbox.service';

/** A member's own signed-in devices: list them, end one, end all but this one. */
@Injectable()
export class MySessionsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  list(viewer: Viewer): Promise<AuthSessionEntity[]> {
    return this.sessions.findLiveSessionsOf(viewer.memberId);
  }

  /** Someone else's session id answers like an unknown one: NOT_FOUND. */
  async revoke(viewer: Viewer, sessionId: string): Promise<boolean> {
    if (!isUuid(sessionId)) throw Errors.notFound('Session');
    return this.tx.run(async () => {
      const revoked = await this.sessions.revokeSessionOf(
        viewer.memberId,
        sessionId,
        'revoked-by-member',
      );
      if (!revoked) throw Errors.notFound('Session');
      await this.recordRevocation(viewer, [sessionId], 'one');
      return true;
    });
  }

  async revokeOthers(viewer: Viewer): Promise<number> {
    return this.tx.run(async () => {
      const count = await this.endOtherSessions(viewer, 'revoked-by-member');
      await this.recordRevocation(viewer, [], 'others', count);
      return count;
    });
  }

  /**
   * Ends every session of the viewer but the one they act from, inside the caller's transaction
   * (a password change uses it).
   */
  endOtherSessions(viewer: Viewer, reason: string): Promise<number> {
    return this.sessions.revokeOtherSessionsOf(viewer.memberId, viewer.sessionId, reason);
  }

  /** Ends every session of a member (password reset: whoever held one may hold the password). */
  async endAllSessions(memberId: string, reason: string): Promise<void> {
    await this.sessions.revokeAllSessionsOf(memberId, reason);
  }

  /**
   * Forgets every session of a deleted member, inside the caller's transaction: the rows go
   * (refresh tokens with them), not just revoked, because a session's device label and times
   * are personal data.
   */
  async forgetAllSessions(memberId: string): Promise<void> {
    await this.sessions.deleteAllSessionsOf(memberId);
  }

  private async recordRevocation(
    viewer: Viewer,
    sessionIds: string[],
    scope: 'one' | 'others',
    count = sessionIds.length,
  ): Promise<void> {
    await this.audit.record({
      actorId: viewer.memberId,
      action: AuditAction.SessionsRevokedByMember,
      target: { type: 'member', id: viewer.memberId },
      details: { scope, count, sessionIds },
    });
    await this.outbox.publish({
      topic: 'member.sessions-revoked',
      aggregate: { type: 'member', id: viewer.memberId },
      payload: { count },
    });
  }
}
