// SPDX-License-Identifier: EUPL-1.2
import { graphql } from '../../graphql';

export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      ...SessionMember
    }
  }
`);
