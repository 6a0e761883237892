// SPDX-License-Identifier: EUPL-1.2
import type { InvitationStatus, MemberStatus, Role } from '../../graphql/graphql';

interface Viewer {
  id: string;
  roles?: readonly Role[] | null;
}
interface ListedMember {
  id: string;
  roles?: readonly Role[] | null;
  status: MemberStatus;
}

/**
 * The API's rule for organisation contacts (members.service): they suspend and reinstate their
 * own organisation's members, but not themselves, admins or moderators; admins may all but
 * themselves. The screen offers only what the API will do.
 */
export function mayChangeStatus(viewer: Viewer, member: ListedMember): boolean {
  if (viewer.id === member.id) return false;
  if (viewer.roles?.includes('ADMIN')) return true;
  if (!viewer.roles?.includes('ORG_CONTACT')) return false;
  return !member.roles?.some((role) => role === 'ADMIN' || role === 'MODERATOR');
}

/** An invitation nobody accepted can be sent again (a new link) and, while open, withdrawn. */
export function invitationActions(status: InvitationStatus): { resend: boolean; revoke: boolean } {
  return {
    resend: status === 'PENDING' || status === 'EXPIRED',
    revoke: status === 'PENDING',
  };
}

/** Cursor paging back and forth: the cursors of the pages before this one, newest last. */
export interface CursorTrail {
  trail: readonly (string | null)[];
}
export const firstPage = (): CursorTrail => ({ trail: [null] });
export const currentCursor = (pages: CursorTrail): string | null =>
  pages.trail[pages.trail.length - 1] ?? null;
export const nextPage = (pages: CursorTrail, endCursor: string): CursorTrail => ({
  trail: [...pages.trail, endCursor],
});
export const previousPage = (pages: CursorTrail): CursorTrail => ({
  trail: pages.trail.length > 1 ? pages.trail.slice(0, -1) : pages.trail,
});
export const hasPreviousPage = (pages: CursorTrail): boolean => pages.trail.length > 1;
