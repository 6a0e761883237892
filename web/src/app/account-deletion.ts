// SPDX-License-Identifier: EUPL-1.2
/**
 * Whether the member's own account deletion is under way in this tab. The server ends every
 * session when it deletes the account, so a request in flight (the export status poll) can find
 * the session gone before the deletion's own answer arrives; the sign-in guard then sends the
 * member to the confirmation page, not to sign in as if the session had expired.
 */
let underWay = false;

export const accountDeletion = {
  start: () => void (underWay = true),
  /** The deletion was refused (a wrong password): the session lives on. */
  refused: () => void (underWay = false),
  /** The confirmation page is shown: a later session in this tab is an ordinary one. */
  confirmed: () => void (underWay = false),
  get underWay(): boolean {
    return underWay;
  },
};
