// SPDX-License-Identifier: EUPL-1.2
import type { NoPayload } from 'src/modules/outbox/outbox-topics';

/** A mailed single-use link: the token row and the token itself, sealed while it waits. */
export interface SealedTokenPayload {
  tokenId: string;
  sealedToken: string;
}

/** Account self-service topics (account/) and the payloads they carry. */
export interface AccountEventPayloads {
  'account.password-reset-requested': SealedTokenPayload;
  'account.email-change-requested': SealedTokenPayload;
  /** The previous address travels sealed: it is told of the change. */
  'member.email-changed': { sealedPreviousEmail: string };
  'member.password-changed': NoPayload;
  'member.password-reset': NoPayload;
  'member.admin-created': { organisationId: string };
  /** Deleted by the member themself or by an admin; the payload names no person. */
  'member.deleted': { by: 'self' | 'admin' };
}
