// SPDX-License-Identifier: EUPL-1.2
import type { Viewer } from 'src/graph/auth/viewer';
import { Role } from 'src/graph/auth/role.enum';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import {
  anonymousLabel,
  formerMemberLabel,
  isAuthor,
  visibleAuthorId,
  visibleOrganisationId,
  type AuthoredItem,
} from 'src/modules/attribution/author-presentation';
import { OrganisationKind } from 'src/modules/organisations/organisation-kind.enum';

const viewer = (memberId: string, organisationId = 'org-a'): Viewer => ({
  memberId,
  sessionId: 's',
  organisationId,
  roles: [Role.MEMBER],
  locale: 'SV',
});
const item = (attribution: Attribution): AuthoredItem => ({
  attribution,
  authorId: 'author',
  authorOrganisationId: 'org-a',
});

describe('author presentation', () => {
  it('knows the author by member id only (a colleague in the same organisation is not)', () => {
    expect(isAuthor(viewer('author'), item(Attribution.ANONYMOUS))).toBe(true);
    expect(isAuthor(viewer('colleague', 'org-a'), item(Attribution.ANONYMOUS))).toBe(false);
    expect(isAuthor(null, item(Attribution.NAMED))).toBe(false);
  });

  // Rows: attribution → [author shown to others, organisation shown to others].
  it.each([
    [Attribution.NAMED, 'author', 'org-a'],
    [Attribution.ORGANISATION, null, 'org-a'],
    [Attribution.ANONYMOUS, null, null],
  ])('%s shows author %p and organisation %p to other members and visitors', (a, author, org) => {
    for (const other of [viewer('colleague', 'org-a'), viewer('stranger', 'org-b'), null]) {
      expect(visibleAuthorId(other, item(a))).toBe(author);
      expect(visibleOrganisationId(other, item(a))).toBe(org);
    }
  });

  it.each([Attribution.NAMED, Attribution.ORGANISATION, Attribution.ANONYMOUS])(
    '%s shows the author everything about their own item',
    (a) => {
      expect(visibleAuthorId(viewer('author'), item(a))).toBe('author');
      expect(visibleOrganisationId(viewer('author'), item(a))).toBe('org-a');
    },
  );

  it('labels an anonymous author by kind of organisation only, in both languages', () => {
    expect(anonymousLabel(OrganisationKind.HIGHER_EDUCATION, 'SV')).toBe(
      'ett svenskt universitet eller en högskola',
    );
    expect(anonymousLabel(OrganisationKind.HIGHER_EDUCATION, 'EN')).toBe(
      'a Swedish higher education institution',
    );
    expect(anonymousLabel(OrganisationKind.RESEARCH_FUNDER, 'SV')).toBe(
      'en svensk forskningsfinansiär',
    );
    expect(anonymousLabel(OrganisationKind.RESEARCH_FUNDER, 'EN')).toBe(
      'a Swedish research funder',
    );
    expect(anonymousLabel(OrganisationKind.AUTHORITY, 'SV')).toBe('en svensk myndighet');
    expect(anonymousLabel(OrganisationKind.AUTHORITY, 'EN')).toBe('a Swedish government agency');
    expect(anonymousLabel(OrganisationKind.OTHER, 'SV')).toBe('en svensk organisation');
    expect(anonymousLabel(OrganisationKind.OTHER, 'EN')).toBe('a Swedish organisation');
  });

  it('names a deleted author as a former member', () => {
    expect(formerMemberLabel('SV')).toBe('Tidigare medlem');
    expect(formerMemberLabel('EN')).toBe('Former member');
  });
});
