// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { AccessPolicy } from 'src/modules/access-policy/access-policy';
import { ContentAccess } from 'src/modules/access-policy/content-access';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { selectDigestItems } from 'src/modules/digests/digest-selection';
import type { DigestCandidate, FollowedTargets } from 'src/modules/digests/digests.repository';

const READER: Viewer = {
  memberId: 'reader',
  organisationId: 'kth',
  roles: [Role.MEMBER],
  locale: 'EN',
  sessionId: 'notification',
};

const FOLLOWS: FollowedTargets = {
  topicIds: ['export-control'],
  countryCodes: ['CN'],
  questionIds: ['followed-question'],
  caseIds: ['followed-case'],
  guidelineIds: ['followed-guideline'],
};

type CandidateOverrides = Partial<Omit<DigestCandidate, 'access'>> & {
  access?: Partial<DigestCandidate['access']>;
};

/** A new case by someone at Lund, on the followed topic, CLEAR unless the test says otherwise. */
function candidate(id: string, overrides: CandidateOverrides = {}): DigestCandidate {
  const { access, ...rest } = overrides;
  return {
    item: {
      kind: 'CASE',
      id,
      linkType: 'CASE',
      linkId: id,
      restricted: false,
      title: id,
      text: null,
      at: new Date('2026-11-29T10:00:00Z'),
    },
    access: {
      sharingLevel: SharingLevel.CLEAR,
      authorId: 'author',
      authorOrganisationId: 'lu',
      recipientOrganisationIds: [],
      recipientMemberIds: [],
      stage: 'LIVE',
      ...access,
    },
    itemAuthorId: 'author',
    topicIds: ['export-control'],
    countryCodes: [],
    followedId: null,
    ...rest,
  };
}

const select = (candidates: DigestCandidate[], viewer = READER, follows = FOLLOWS) =>
  selectDigestItems(new ContentAccess(new AccessPolicy()), viewer, follows, candidates).map(
    (item) => item.id,
  );

describe(selectDigestItems.name, () => {
  it('keeps items reached by a followed topic or country, in the candidates’ order', () => {
    expect(
      select([
        candidate('topic'),
        candidate('country', { topicIds: ['other'], countryCodes: ['CN'] }),
        candidate('neither', { topicIds: ['other'], countryCodes: ['US'] }),
      ]),
    ).toEqual(['topic', 'country']);
  });

  it('needs one followed topic or country among several, and never reaches by having none', () => {
    expect(
      select([
        candidate('one-of-two-topics', { topicIds: ['other', 'export-control'] }),
        candidate('one-of-two-countries', { topicIds: ['other'], countryCodes: ['US', 'CN'] }),
        candidate('no-topic-other-country', { topicIds: [], countryCodes: ['US'] }),
        candidate('other-topic-no-country', { topicIds: ['other'], countryCodes: [] }),
      ]),
    ).toEqual(['one-of-two-topics', 'one-of-two-countries']);
  });

  it('keeps answers and updates only of the questions and cases followed', () => {
    const answer = (id: string, question: string) =>
      candidate(id, { topicIds: [], followedId: question });
    expect(
      select([
        answer('answer-followed', 'followed-question'),
        answer('answer-elsewhere', 'other-question'),
        answer('update-followed', 'followed-case'),
      ]),
    ).toEqual(['answer-followed', 'update-followed']);
  });

  it('leaves out what the member wrote, also an answer to a question they follow', () => {
    expect(
      select([
        candidate('own-case', { itemAuthorId: 'reader' }),
        candidate('own-answer', {
          itemAuthorId: 'reader',
          topicIds: [],
          followedId: 'followed-question',
        }),
      ]),
    ).toEqual([]);
  });

  it('keeps answers to the member’s own question, which they may read whatever its level', () => {
    expect(
      select([
        candidate('answer-to-mine', {
          topicIds: [],
          followedId: 'followed-question',
          access: { sharingLevel: SharingLevel.AMBER_STRICT, authorId: 'reader' },
        }),
      ]),
    ).toEqual(['answer-to-mine']);
  });

  it('applies the access policy: restricted items only for their audience', () => {
    const candidates = [
      candidate('green', { access: { sharingLevel: SharingLevel.GREEN } }),
      candidate('amber-recipient', {
        access: { sharingLevel: SharingLevel.AMBER, recipientOrganisationIds: ['kth'] },
      }),
      candidate('amber-other', {
        access: { sharingLevel: SharingLevel.AMBER, recipientOrganisationIds: ['uu'] },
      }),
      candidate('strict-other', { access: { sharingLevel: SharingLevel.AMBER_STRICT } }),
      candidate('red-recipient', {
        access: { sharingLevel: SharingLevel.RED, recipientMemberIds: ['reader'] },
      }),
      candidate('red-colleague', {
        access: { sharingLevel: SharingLevel.RED, recipientMemberIds: ['colleague'] },
      }),
      candidate('red-directed', {
        access: { sharingLevel: SharingLevel.RED, directedToOrganisationIds: ['kth'] },
      }),
    ];
    expect(select(candidates)).toEqual(['green', 'amber-recipient', 'red-recipient']);
    // An expert of an organisation a RED question is directed to reads it (DOMAIN §2).
    expect(select(candidates, { ...READER, roles: [Role.EXPERT] })).toEqual([
      'green',
      'amber-recipient',
      'red-recipient',
      'red-directed',
    ]);
  });

  it('sends nothing to a member who follows nothing that matches', () => {
    const none: FollowedTargets = {
      topicIds: [],
      countryCodes: [],
      questionIds: [],
      caseIds: [],
      guidelineIds: [],
    };
    expect(select([candidate('topic')], READER, none)).toEqual([]);
  });
});
