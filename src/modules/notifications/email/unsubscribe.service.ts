// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { MembersService } from 'src/modules/members/members.service';
import {
  UnsubscribeTokens,
  type UnsubscribeClaims,
} from 'src/modules/notifications/email/unsubscribe-token';
import { NotificationsService } from 'src/modules/notifications/notifications.service';

/**
 * Turns e-mail off for the (member, kind) an unsubscribe link names. The signed token is the
 * credential, so no sign-in is needed; it can only switch one kind off for one member, which is
 * not a privileged action and is not audited. Running it again changes nothing.
 */
@Injectable()
export class UnsubscribeService {
  constructor(
    private readonly tokens: UnsubscribeTokens,
    private readonly notifications: NotificationsService,
    private readonly members: MembersService,
  ) {}

  /** What the link would switch off, without switching it (the confirmation page). */
  check(token: string): Promise<UnsubscribeClaims> {
    return this.tokens.verify(token);
  }

  /** Throws InvalidUnsubscribeTokenError (and changes nothing) for a bad token. */
  async unsubscribe(token: string): Promise<UnsubscribeClaims> {
    const claims = await this.tokens.verify(token);
    // A member whose row is gone gets no mail anyway; there is nothing to switch off.
    const [member] = await this.members.findByIds([claims.memberId]);
    if (member) await this.notifications.setPreference(member.id, claims.kind, false);
    return claims;
  }
}
