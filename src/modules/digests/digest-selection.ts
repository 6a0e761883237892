// SPDX-License-Identifier: EUPL-1.2
import type { Viewer } from 'src/graph/auth/viewer';
import type { ContentAccess } from 'src/modules/access-policy/content-access';
import { ITEM } from 'src/modules/access-policy/content-kinds';
import type {
  DigestCandidate,
  DigestItem,
  FollowedTargets,
} from 'src/modules/digests/digests.repository';

/**
 * The items of one member's digest, from the candidates of the window (in their order): what
 * the member follows reaches, the member did not write, and the member may read now (DOMAIN
 * §2: narrowing applies at once, so the rule is applied at send time, not when the item came).
 */
export function selectDigestItems(
  access: ContentAccess,
  viewer: Viewer,
  follows: FollowedTargets,
  candidates: readonly DigestCandidate[],
): DigestItem[] {
  const topics = new Set(follows.topicIds);
  const countries = new Set(follows.countryCodes);
  const followed = new Set([...follows.questionIds, ...follows.caseIds, ...follows.guidelineIds]);
  const reaches = (candidate: DigestCandidate) =>
    candidate.followedId === null
      ? candidate.topicIds.some((id) => topics.has(id)) ||
        candidate.countryCodes.some((code) => countries.has(code))
      : followed.has(candidate.followedId);
  return candidates
    .filter(
      (candidate) =>
        candidate.itemAuthorId !== viewer.memberId &&
        reaches(candidate) &&
        access.canRead(viewer, ITEM, candidate.access),
    )
    .map((candidate) => candidate.item);
}
