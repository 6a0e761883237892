// SPDX-License-Identifier: EUPL-1.2
import { graphql } from '../../graphql';

/** A queue row: metadata for every item; the title only where the reviewer may read it. */
export const ModerationSummaryFragment = graphql(`
  fragment ModerationSummary on ModerationItem {
    contentType
    contentId
    contentReadable
    title
    sharingLevel
    status
    hidden
    queueReason
    queuedAt
    openFlagCount
    flagReasonCounts {
      reason
      count
    }
  }
`);

export const ModerationQueueQuery = graphql(`
  query ModerationQueue($first: Int, $after: String) {
    moderationQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          contentType
          contentId
          ...ModerationSummary
        }
      }
    }
  }
`);

/** One item: its metadata, flags, and (when readable) the text a decision needs. */
export const ModerationItemQuery = graphql(`
  query ModerationItem($contentType: ContentType!, $contentId: ID!) {
    moderationItem(contentType: $contentType, contentId: $contentId) {
      ...ModerationSummary
      hiddenAt
      openFlags {
        reason
        text
        createdAt
      }
      case {
        id
        title
        summary
        attribution
        authorLabel
        moderationNote
        context {
          html
        }
        whatHappened {
          html
        }
        assessment {
          html
        }
        mitigations {
          html
        }
        lessonsLearned {
          html
        }
        findings {
          field
          kind
          start
          end
          text
          acknowledgeable
        }
        revisions(first: 20) {
          totalCount
          edges {
            node {
              id
              version
              createdAt
              redactedAt
              redactionReason
            }
          }
        }
      }
      question {
        id
        title
        attribution
        authorLabel
        moderationNote
        body {
          html
        }
        findings {
          field
          kind
          start
          end
          text
          acknowledgeable
        }
      }
      answer {
        id
        attribution
        authorLabel
        moderationNote
        body {
          html
        }
        question {
          id
          title
        }
      }
    }
  }
`);

export const ModerateMutation = graphql(`
  mutation Moderate($input: ModerateInput!) {
    moderate(input: $input) {
      contentType
      contentId
      status
      hidden
    }
  }
`);

export const RevealAuthorMutation = graphql(`
  mutation RevealAuthor($input: RevealAuthorInput!) {
    revealAuthor(input: $input) {
      displayName
      email
      organisation {
        id
        name
      }
    }
  }
`);

export const RedactRevisionMutation = graphql(`
  mutation RedactRevision($input: RedactRevisionInput!) {
    redactRevision(input: $input) {
      contentId
    }
  }
`);

export const InspectFlaggedContentMutation = graphql(`
  mutation InspectFlaggedContent($input: InspectFlaggedContentInput!) {
    inspectFlaggedContent(input: $input) {
      title
      fields {
        name
        text
      }
      openFlags {
        reason
        text
        createdAt
      }
    }
  }
`);
