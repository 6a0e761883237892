// SPDX-License-Identifier: EUPL-1.2
import type { InvalidUnsubscribeTokenReason } from 'src/modules/notifications/email/unsubscribe-token';

/** What the caller is told about a bad unsubscribe link, by reason (GraphQL and the web page). */
export const UNSUBSCRIBE_TOKEN_MESSAGES: Record<InvalidUnsubscribeTokenReason, string> = {
  FORGED: 'This unsubscribe link is not valid. Change your e-mail settings in Samråd instead.',
  EXPIRED:
    'This unsubscribe link has expired (links work for 60 days). Change your e-mail settings in Samråd instead.',
  MALFORMED: 'This is not an unsubscribe link. Copy the whole link from the e-mail.',
};
