// SPDX-License-Identifier: EUPL-1.2
import { ContentType } from 'src/modules/content/content-type.enum';
import { ModerationAction } from 'src/modules/content/moderation-action.enum';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';
import type { NotificationEntity } from 'src/modules/notifications/notification.entity';

type Lang = 'SV' | 'EN';
type Texts = Record<Lang, string>;

/** What a notification row says by itself: its kind, its item's type and the decision. */
export type NotificationFacts = Pick<NotificationEntity, 'kind' | 'contentType' | 'payload'>;

/**
 * The item as it stands when the notification is read, for a reader who may read it; null when
 * nothing of the item may be shown (restricted e-mail). Never a copy made at notify time.
 */
export interface CurrentItem {
  title: string;
  /** The moderator's note on the item (a rejection's reason, requested changes), if any. */
  moderationNote: string | null;
}

/** Per kind: what happened, without the item (subjects, unsubscribe pages, restricted mail). */
const KIND_LABEL: Record<NotificationKind, Texts> = {
  ANSWER_TO_MY_QUESTION: { SV: 'Nytt svar på din fråga', EN: 'New answer to your question' },
  ANSWER_TO_FOLLOWED_QUESTION: {
    SV: 'Nytt svar på en fråga du följer',
    EN: 'New answer to a question you follow',
  },
  // Not moderation: the asker chose this answer as the one that resolved the question.
  MY_ANSWER_ACCEPTED: {
    SV: 'Frågeställaren markerade ditt svar som accepterat',
    EN: 'The asker marked your answer as accepted',
  },
  QUESTION_DIRECTED_TO_MY_ORGANISATION: {
    SV: 'En fråga till din organisation',
    EN: 'A question to your organisation',
  },
  MODERATION_DECISION: {
    SV: 'En moderator har fattat ett beslut om ditt inlägg',
    EN: 'A moderator made a decision about your post',
  },
  ITEM_IN_MODERATION_QUEUE: { SV: 'Nytt i modereringskön', EN: 'New in the moderation queue' },
  IDENTITY_REVEALED: {
    SV: 'En moderator har sett vem du är',
    EN: 'A moderator has been shown who you are',
  },
  DATA_EXPORT_READY: {
    SV: 'Din export av dina uppgifter är klar att hämta',
    EN: 'Your data export is ready to download',
  },
  NEW_ITEM_IN_FOLLOWED_TOPIC: { SV: 'Nytt inom det du följer', EN: 'New in what you follow' },
  NEW_GUIDELINE_VERSION: {
    SV: 'En ny version av en riktlinje du följer',
    EN: 'A new version of a guideline you follow',
  },
  ASSESSMENT_REVIEW_DUE: {
    SV: 'En bedömning ska ses över',
    EN: 'An assessment is due for review',
  },
  DIGEST: { SV: 'Sammanfattning', EN: 'Digest' },
};

const YOUR: Record<ContentType, Texts> = {
  CASE: { SV: 'Din fallstudie', EN: 'Your case study' },
  QUESTION: { SV: 'Din fråga', EN: 'Your question' },
  ANSWER: { SV: 'Ditt svar', EN: 'Your answer' },
  // Never moderated; here for completeness of the map.
  GUIDELINE: { SV: 'Riktlinjen', EN: 'The guideline' },
  ASSESSMENT: { SV: 'Bedömningen', EN: 'The assessment' },
  DATA_EXPORT: { SV: 'Din export', EN: 'Your export' },
};

/** "Your question" + this: the decision, in words an author understands. */
const DECIDED: Record<ModerationAction, Texts> = {
  APPROVE: { SV: 'har godkänts och publicerats', EN: 'was approved and published' },
  REJECT: { SV: 'har avvisats av en moderator', EN: 'was rejected by a moderator' },
  REQUEST_CHANGES: {
    SV: 'har skickats tillbaka för ändringar',
    EN: 'was sent back to you for changes',
  },
  HIDE: { SV: 'har dolts i väntan på granskning', EN: 'was hidden pending review' },
  RESTORE: { SV: 'har återställts och syns igen', EN: 'was restored and is visible again' },
  CLOSE: { SV: 'har stängts av en moderator', EN: 'was closed by a moderator' },
  REOPEN: { SV: 'har öppnats igen', EN: 'was reopened' },
  ARCHIVE: { SV: 'har arkiverats', EN: 'was archived' },
};

/**
 * Flag review's own events (moderation/flag-review): not moderator decisions, but the author
 * must hear of them all the same.
 */
const FLAG_REVIEW: Record<'HIDDEN_BY_FLAGS' | 'INSPECTED', Texts> = {
  HIDDEN_BY_FLAGS: {
    SV: 'har dolts efter anmälningar från läsare och väntar på granskning',
    EN: 'was hidden after readers reported it and awaits review',
  },
  INSPECTED: {
    SV: 'har lästs av en granskare eftersom det anmälts',
    EN: 'was read by a reviewer because it was reported',
  },
};

/** What the author can do next, where there is something to do. */
const NEXT: Partial<Record<ModerationAction, Record<ContentType, Texts>>> = {
  REJECT: {
    CASE: {
      SV: 'Du kan skriva en ny fallstudie som tar hänsyn till motiveringen.',
      EN: 'You can write a new case study that takes the reason into account.',
    },
    QUESTION: {
      SV: 'Du kan ställa en ny fråga som tar hänsyn till motiveringen.',
      EN: 'You can ask a new question that takes the reason into account.',
    },
    ANSWER: {
      SV: 'Du kan skriva ett nytt svar som tar hänsyn till motiveringen.',
      EN: 'You can write a new answer that takes the reason into account.',
    },
    GUIDELINE: { SV: 'Riktlinjer modereras inte.', EN: 'Guidelines are not moderated.' },
    ASSESSMENT: { SV: 'Bedömningar modereras inte.', EN: 'Assessments are not moderated.' },
    DATA_EXPORT: { SV: 'Exporter modereras inte.', EN: 'Exports are not moderated.' },
  },
  REQUEST_CHANGES: sameForEveryType({
    SV: 'Redigera inlägget och skicka in det igen.',
    EN: 'Edit it and submit it again.',
  }),
  HIDE: sameForEveryType({
    SV: 'Du kan fortfarande läsa inlägget; en moderator avgör om det ska visas igen.',
    EN: 'You can still read it; a moderator decides whether it is shown again.',
  }),
};

/**
 * Where to go next for news that is about no readable item. The download link itself never
 * goes into a notification: it is offered on the privacy page, to the signed-in member only.
 */
const WHERE_NEXT: Partial<Record<NotificationKind, Texts>> = {
  DATA_EXPORT_READY: {
    SV: 'Hämta den på sidan Mina uppgifter innan den går ut.',
    EN: 'Download it on the My data page before it expires.',
  },
};

/** Labels for the moderator's note, by the decision it explains. */
const NOTE_LABEL: Partial<Record<ModerationAction, Texts>> = {
  REJECT: { SV: 'Motivering', EN: 'Reason' },
  REQUEST_CHANGES: { SV: 'Moderatorns kommentar', EN: 'The moderator’s note' },
};

/** What kind of news this is, without the item: subjects, the unsubscribe page. */
export function kindText(kind: NotificationKind, lang: Lang): string {
  return KIND_LABEL[kind][lang];
}

/** What happened, without any of the item's content: the first line of every rendering. */
export function notificationHeadline(facts: NotificationFacts, lang: Lang): string {
  const said = decidedWords(facts);
  if (said) return `${YOUR[facts.contentType][lang]} ${said[lang]}`;
  return KIND_LABEL[facts.kind][lang];
}

/**
 * The notification in the reader's language: what happened, the item's current title, and for
 * a moderation decision the moderator's note and what the author can do next. Without `item`
 * (restricted e-mail) only what happened, and what to do next, which names nothing of the item.
 */
export function notificationText(
  facts: NotificationFacts,
  lang: Lang,
  item: CurrentItem | null,
): string {
  const lines = [`${notificationHeadline(facts, lang)}${item ? `: ${item.title}` : ''}`];
  const action = facts.kind === NotificationKind.MODERATION_DECISION ? decision(facts) : null;
  if (action) {
    const noteLabel = NOTE_LABEL[action];
    if (item?.moderationNote && noteLabel) lines.push(`${noteLabel[lang]}: ${item.moderationNote}`);
    const next = NEXT[action]?.[facts.contentType];
    if (next) lines.push(next[lang]);
  }
  const whereNext = WHERE_NEXT[facts.kind];
  if (whereNext) lines.push(whereNext[lang]);
  return lines.join('\n');
}

/** Whether the text would show the moderator's note (so readers load it only when needed). */
export function showsModerationNote(facts: NotificationFacts): boolean {
  const action = facts.kind === NotificationKind.MODERATION_DECISION ? decision(facts) : null;
  return action !== null && NOTE_LABEL[action] !== undefined;
}

/** The words for a moderation decision or a flag-review event, if the row is one. */
function decidedWords(facts: NotificationFacts): Texts | undefined {
  if (facts.kind !== NotificationKind.MODERATION_DECISION) return undefined;
  const action = facts.payload.action;
  if (typeof action === 'string' && Object.hasOwn(FLAG_REVIEW, action))
    return FLAG_REVIEW[action as keyof typeof FLAG_REVIEW];
  const decided = decision(facts);
  return decided ? DECIDED[decided] : undefined;
}

function decision(facts: NotificationFacts): ModerationAction | null {
  const action = facts.payload.action;
  return typeof action === 'string' && action in DECIDED ? (action as ModerationAction) : null;
}

function sameForEveryType(texts: Texts): Record<ContentType, Texts> {
  return {
    CASE: texts,
    QUESTION: texts,
    ANSWER: texts,
    GUIDELINE: texts,
    ASSESSMENT: texts,
    DATA_EXPORT: texts,
  };
}
