// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  currentCursor,
  firstPage,
  hasPreviousPage,
  invitationActions,
  mayChangeStatus,
  nextPage,
  previousPage,
} from './member-actions';

const contact = { id: 'c', roles: ['MEMBER', 'ORG_CONTACT'] as const };
const member = (roles: string[], id = 'm') =>
  ({ id, roles, status: 'ACTIVE' }) as Parameters<typeof mayChangeStatus>[1];

describe(mayChangeStatus.name, () => {
  it('lets a contact suspend plain members and experts, not admins, moderators or themselves', () => {
    expect(mayChangeStatus(contact, member(['MEMBER']))).toBe(true);
    expect(mayChangeStatus(contact, member(['MEMBER', 'EXPERT']))).toBe(true);
    expect(mayChangeStatus(contact, member(['MEMBER', 'ADMIN']))).toBe(false);
    expect(mayChangeStatus(contact, member(['MEMBER', 'MODERATOR']))).toBe(false);
    expect(mayChangeStatus(contact, member(['MEMBER', 'ORG_CONTACT'], 'c'))).toBe(false);
  });

  it('lets an admin change anyone but themselves, and a plain member no one', () => {
    const admin = { id: 'a', roles: ['MEMBER', 'ADMIN'] as const };
    expect(mayChangeStatus(admin, member(['MEMBER', 'MODERATOR']))).toBe(true);
    expect(mayChangeStatus(admin, member(['ADMIN'], 'a'))).toBe(false);
    expect(mayChangeStatus({ id: 'p', roles: ['MEMBER'] }, member(['MEMBER']))).toBe(false);
  });
});

describe(invitationActions.name, () => {
  it('resends open and expired invitations and revokes only open ones', () => {
    expect(invitationActions('PENDING')).toEqual({ resend: true, revoke: true });
    expect(invitationActions('EXPIRED')).toEqual({ resend: true, revoke: false });
    expect(invitationActions('ACCEPTED')).toEqual({ resend: false, revoke: false });
    expect(invitationActions('REVOKED')).toEqual({ resend: false, revoke: false });
  });
});

describe('cursor trail', () => {
  it('goes forward by end cursors and back to the first page, not beyond', () => {
    let sut = firstPage();
    expect(currentCursor(sut)).toBeNull();
    expect(hasPreviousPage(sut)).toBe(false);
    sut = nextPage(nextPage(sut, 'a'), 'b');
    expect(currentCursor(sut)).toBe('b');
    sut = previousPage(sut);
    expect(currentCursor(sut)).toBe('a');
    sut = previousPage(previousPage(sut));
    expect(currentCursor(sut)).toBeNull();
    expect(hasPreviousPage(sut)).toBe(false);
  });
});
