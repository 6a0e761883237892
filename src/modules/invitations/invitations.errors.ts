// SPDX-License-Identifier: EUPL-1.2
import { Errors } from 'src/graph/errors/app-error';

/**
 * Forged, expired and used tokens answer alike except for the reason a legitimate invitee needs:
 * an expired or used link tells them to ask for a new one.
 */
export const InvitationErrors = {
  invalidToken: () =>
    Errors.badInput('This invitation link is not valid', [
      { field: 'token', message: 'is not a valid invitation' },
    ]),
  expired: () => Errors.invalidState('This invitation has expired; ask for a new one'),
  used: () => Errors.invalidState('This invitation has already been used'),
  revoked: () => Errors.invalidState('This invitation has been withdrawn'),
  alreadyMember: () => Errors.conflict('There is already a member with this e-mail address'),
  alreadyInvited: () => Errors.conflict('An invitation to this e-mail address is still open'),
  notYourOrganisation: () =>
    Errors.forbidden('Organisation contacts can invite members of their own organisation only'),
  roleNotGrantable: () => Errors.forbidden('Only admins can grant roles other than MEMBER'),
};
