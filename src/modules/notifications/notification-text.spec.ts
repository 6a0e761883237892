// SPDX-License-Identifier: EUPL-1.2
import { ContentType } from 'src/modules/content/content-type.enum';
import { ModerationAction } from 'src/modules/content/moderation-action.enum';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';
import { notificationText } from 'src/modules/notifications/notification-text';

const decided = (action: ModerationAction, contentType = ContentType.QUESTION) => ({
  kind: NotificationKind.MODERATION_DECISION,
  contentType,
  payload: { action },
});
const item = (moderationNote: string | null = null) => ({ title: 'Joint lab', moderationNote });

describe(notificationText.name, () => {
  it('says which decision was taken, in Swedish and English', () => {
    const texts = Object.values(ModerationAction).map((action) => [
      notificationText(decided(action), 'SV', item()).split('\n')[0],
      notificationText(decided(action), 'EN', item()).split('\n')[0],
    ]);
    expect(texts).toEqual([
      [
        'Din fråga har godkänts och publicerats: Joint lab',
        'Your question was approved and published: Joint lab',
      ],
      [
        'Din fråga har skickats tillbaka för ändringar: Joint lab',
        'Your question was sent back to you for changes: Joint lab',
      ],
      [
        'Din fråga har avvisats av en moderator: Joint lab',
        'Your question was rejected by a moderator: Joint lab',
      ],
      [
        'Din fråga har dolts i väntan på granskning: Joint lab',
        'Your question was hidden pending review: Joint lab',
      ],
      [
        'Din fråga har återställts och syns igen: Joint lab',
        'Your question was restored and is visible again: Joint lab',
      ],
      [
        'Din fråga har stängts av en moderator: Joint lab',
        'Your question was closed by a moderator: Joint lab',
      ],
      ['Din fråga har öppnats igen: Joint lab', 'Your question was reopened: Joint lab'],
      ['Din fråga har arkiverats: Joint lab', 'Your question was archived: Joint lab'],
    ]);
    // Every decision reads differently: none is the generic "a moderation decision".
    expect(new Set(texts.flat()).size).toBe(texts.length * 2);
  });

  it('gives a rejection its reason and says what the author can do next', () => {
    expect(
      notificationText(
        decided(ModerationAction.REJECT, ContentType.CASE),
        'EN',
        item('Names a person'),
      ),
    ).toBe(
      'Your case study was rejected by a moderator: Joint lab\n' +
        'Reason: Names a person\n' +
        'You can write a new case study that takes the reason into account.',
    );
    expect(
      notificationText(
        decided(ModerationAction.REQUEST_CHANGES, ContentType.CASE),
        'SV',
        item('Ta bort namnet'),
      ),
    ).toBe(
      'Din fallstudie har skickats tillbaka för ändringar: Joint lab\n' +
        'Moderatorns kommentar: Ta bort namnet\n' +
        'Redigera inlägget och skicka in det igen.',
    );
  });

  it('names nothing of the item without one, but still the decision and the next step', () => {
    expect(notificationText(decided(ModerationAction.REJECT), 'EN', null)).toBe(
      'Your question was rejected by a moderator\n' +
        'You can ask a new question that takes the reason into account.',
    );
  });

  it('does not make an accepted answer read like moderation', () => {
    const accepted = {
      kind: NotificationKind.MY_ANSWER_ACCEPTED,
      contentType: ContentType.QUESTION,
      payload: {},
    };
    expect(notificationText(accepted, 'SV', item())).toBe(
      'Frågeställaren markerade ditt svar som accepterat: Joint lab',
    );
    expect(notificationText(accepted, 'EN', item())).toBe(
      'The asker marked your answer as accepted: Joint lab',
    );
  });

  it('falls back to the kind for a decision it does not know', () => {
    expect(
      notificationText({ ...decided(ModerationAction.APPROVE), payload: {} }, 'EN', null),
    ).toBe('A moderator made a decision about your post');
  });
  it("tells the author of flag review: hidden by readers' reports, read by a reviewer", () => {
    const flagEvent = (action: string) => ({
      ...decided(ModerationAction.HIDE),
      payload: { action },
    });
    expect(notificationText(flagEvent('HIDDEN_BY_FLAGS'), 'SV', item())).toBe(
      'Din fråga har dolts efter anmälningar från läsare och väntar på granskning: Joint lab',
    );
    expect(notificationText(flagEvent('INSPECTED'), 'EN', item())).toBe(
      'Your question was read by a reviewer because it was reported: Joint lab',
    );
  });

  it('says a data export is ready and where to fetch it, naming no link', () => {
    const ready = {
      kind: NotificationKind.DATA_EXPORT_READY,
      contentType: ContentType.DATA_EXPORT,
      payload: {},
    };
    expect(notificationText(ready, 'SV', null)).toBe(
      'Din export av dina uppgifter är klar att hämta\nHämta den på sidan Mina uppgifter innan den går ut.',
    );
    expect(notificationText(ready, 'EN', null)).toBe(
      'Your data export is ready to download\nDownload it on the My data page before it expires.',
    );
  });
});
