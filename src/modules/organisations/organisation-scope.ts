// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import { hasRole, type Viewer } from 'src/graph/auth/viewer';
import { Errors } from 'src/graph/errors/app-error';

/**
 * Whose members and invitations a viewer manages: admins any organisation (their own when none
 * is named), organisation contacts only their own. Asking for another organisation as a contact
 * is FORBIDDEN: which organisations exist is no secret, their members are.
 */
export function managedOrganisationId(viewer: Viewer, requested?: string | null): string {
  if (hasRole(viewer, Role.ADMIN)) return requested ?? viewer.organisationId;
  if (hasRole(viewer, Role.ORG_CONTACT) && (!requested || requested === viewer.organisationId))
    return viewer.organisationId;
  throw Errors.forbidden('Organisation contacts manage their own organisation only');
}

/** Whether the viewer manages members and invitations of this organisation. */
export function managesOrganisation(viewer: Viewer, organisationId: string): boolean {
  return (
    hasRole(viewer, Role.ADMIN) ||
    (hasRole(viewer, Role.ORG_CONTACT) && viewer.organisationId === organisationId)
  );
}
