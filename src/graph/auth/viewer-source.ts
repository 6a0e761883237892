// SPDX-License-Identifier: EUPL-1.2
import type { Viewer } from 'src/graph/auth/viewer';

/**
 * Resolves a bearer access token to the member behind it, or null when the token is missing,
 * invalid, expired or belongs to a revoked session or an inactive member. Implemented by the auth
 * module; the guard only knows this port.
 */
export abstract class ViewerSource {
  abstract viewerFromToken(token: string): Promise<Viewer | null>;
}
