import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';
import type { NotificationEntity } from 'src/modules/notifications/notification.entity';

const TEXT: Record<NotificationKind, { SV: string; EN: string }> = {
  ANSWER_TO_MY_QUESTION: { SV: 'Nytt svar på din fråga', EN: 'New answer to your question' },
  ANSWER_TO_FOLLOWED_QUESTION: {
    SV: 'Nytt svar på en fråga du följer',
    EN: 'New answer to a question you follow',
  },
  MY_ANSWER_ACCEPTED: { SV: 'Ditt svar godkändes', EN: 'Your answer was accepted' },
  QUESTION_DIRECTED_TO_MY_ORGANISATION: {
    SV: 'En fråga till din organisation',
    EN: 'A question to your organisation',
  },
  MODERATION_DECISION: {
    SV: 'Ett modereringsbeslut om ditt inlägg',
    EN: 'A moderation decision on your post',
  },
  ITEM_IN_MODERATION_QUEUE: { SV: 'Nytt i modereringskön', EN: 'New in the moderation queue' },
  IDENTITY_REVEALED: {
    SV: 'En moderator har sett vem du är',
    EN: 'A moderator has been shown who you are',
  },
  NEW_ITEM_IN_FOLLOWED_TOPIC: { SV: 'Nytt inom det du följer', EN: 'New in what you follow' },
  DIGEST: { SV: 'Sammanfattning', EN: 'Digest' },
};

/** MODERATION_DECISION says which one where the generic text would hide what happened. */
const DECISION_TEXT: Record<string, { SV: string; EN: string }> = {
  HIDDEN_BY_FLAGS: {
    SV: 'Ditt inlägg har dolts efter anmälningar från läsare och väntar på granskning',
    EN: 'Your post was hidden after readers reported it and awaits review',
  },
  INSPECTED: {
    SV: 'En granskare har läst ditt anmälda inlägg',
    EN: 'A reviewer has read your reported post',
  },
  RESTORE: { SV: 'Ditt inlägg visas igen', EN: 'Your post is visible again' },
  HIDE: { SV: 'Ditt inlägg är dolt efter granskning', EN: 'Your post is hidden after review' },
};

/** "What happened: title", in the member's language. */
export function notificationText(row: NotificationEntity, locale: 'SV' | 'EN'): string {
  const title = typeof row.payload.title === 'string' ? `: ${row.payload.title}` : '';
  const action = row.kind === NotificationKind.MODERATION_DECISION ? row.payload.action : undefined;
  const decision = typeof action === 'string' ? DECISION_TEXT[action] : undefined;
  return `${(decision ?? TEXT[row.kind])[locale]}${title}`;
}
