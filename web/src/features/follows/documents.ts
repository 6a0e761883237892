// SPDX-License-Identifier: EUPL-1.2
import { graphql } from '../../graphql';

export const MyFollowsQuery = graphql(`
  query MyFollows {
    myFollows {
      id
      targetType
      targetId
      title
      frequency
      createdAt
    }
  }
`);

export const FollowMutation = graphql(`
  mutation Follow($input: FollowInput!) {
    follow(input: $input) {
      id
      targetType
      targetId
      frequency
      createdAt
    }
  }
`);

export const UnfollowMutation = graphql(`
  mutation Unfollow($input: UnfollowInput!) {
    unfollow(input: $input)
  }
`);

/** Names for what the follows page lists: topics and countries in the viewer's language. */
export const FollowVocabularyQuery = graphql(`
  query FollowVocabulary {
    topics {
      id
      kind
      name
    }
    countries {
      code
      name
    }
  }
`);
