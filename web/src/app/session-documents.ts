// SPDX-License-Identifier: EUPL-1.2
import { graphql } from '../graphql';

/** What the app shell needs to know about the signed-in member. */
export const SessionMemberFragment = graphql(`
  fragment SessionMember on Member {
    id
    displayName
    email
    locale
    roles
    organisation {
      id
      name
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionMember
    }
  }
`);

/** Every sign-in mutation selects this: the access grant and the member. */
export const AuthPayloadFragment = graphql(`
  fragment SessionGrant on AuthPayload {
    accessToken
    accessTokenExpiresAt
    member {
      ...SessionMember
    }
  }
`);
