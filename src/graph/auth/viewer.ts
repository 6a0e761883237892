import type { Role } from 'src/graph/auth/role.enum';

/** The signed-in member a request acts for. Visitors have no viewer (`null`). */
export interface Viewer {
  memberId: string;
  sessionId: string;
  organisationId: string;
  roles: readonly Role[];
  locale: 'SV' | 'EN';
}

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  return viewer !== null && roles.some((role) => viewer.roles.includes(role));
}
