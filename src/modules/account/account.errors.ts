// SPDX-License-Identifier: EUPL-1.2
import { Errors } from 'src/graph/errors/app-error';

/**
 * Forged tokens answer alike; an expired or used link says so, so its owner asks for a new one.
 * Nothing here ever says whether an e-mail address belongs to a member.
 */
export const AccountErrors = {
  invalidToken: () =>
    Errors.badInput('This link is not valid', [{ field: 'token', message: 'is not a valid link' }]),
  expiredToken: () => Errors.invalidState('This link has expired; ask for a new one'),
  usedToken: () => Errors.invalidState('This link has already been used'),
  wrongCurrentPassword: () =>
    Errors.badInput('The current password is wrong', [
      { field: 'currentPassword', message: 'is wrong' },
    ]),
  sameEmail: () =>
    Errors.badInput('This is already your e-mail address', [
      { field: 'newEmail', message: 'is your current address' },
    ]),
  emailTaken: () =>
    Errors.conflict('This address now belongs to another account; ask for a new change'),
};
