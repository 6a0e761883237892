// SPDX-License-Identifier: EUPL-1.2
import { graphql } from '../../graphql';

/** What a list row shows of a case: enough to choose it, nothing the API would not give. */
export const CaseSummaryFragment = graphql(`
  fragment CaseSummary on Case {
    id
    title
    summary
    authorLabel
    sharingLevel
    status
    outcome
    year
    publishedAt
    updatedAt
    moderationNote
    countries {
      code
      name
    }
  }
`);

export const CasesQuery = graphql(`
  query Cases($filter: CaseFilterInput, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...CaseSummary
        }
      }
    }
  }
`);

/** The vocabularies the library's filters and the editor's pickers offer. */
export const CaseVocabularyQuery = graphql(`
  query CaseVocabulary {
    topics {
      id
      kind
      name
    }
    countries {
      code
      name
    }
    organisations {
      id
      name
    }
  }
`);

export const CaseRevisionsFragment = graphql(`
  fragment CaseRevisions on Case {
    revisions(first: 20) {
      totalCount
      edges {
        node {
          id
          version
          createdAt
          redactedAt
        }
      }
    }
  }
`);

export const CaseQuery = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      id
      citations {
        ...CitationLink
      }
      title
      summary
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
      attribution
      authorLabel
      authorName
      organisation {
        id
        name
      }
      sharingLevel
      status
      outcome
      year
      quarter
      publishedAt
      updatedAt
      version
      viewerIsAuthor
      moderationNote
      riskAreas {
        id
        name
      }
      collaborationTypes {
        id
        name
      }
      technologyAreas {
        id
        name
      }
      countries {
        code
        name
      }
      recipientOrganisations {
        id
        name
      }
      recipientMembers {
        id
        displayName
      }
      ...CaseRevisions
    }
  }
`);

/** Everything the editor needs to continue a draft where the author left it. */
export const CaseDraftFragment = graphql(`
  fragment CaseDraft on Case {
    id
    version
    status
    moderationNote
    title
    summary
    context {
      markdown
    }
    whatHappened {
      markdown
    }
    lessonsLearned {
      markdown
    }
    outcome
    year
    language
    attribution
    sharingLevel
    acknowledgedFindings
    riskAreas {
      id
    }
    collaborationTypes {
      id
    }
    countries {
      code
    }
    recipientOrganisations {
      id
    }
    recipientMembers {
      id
      displayName
    }
    citations {
      versionId
      sectionKey
      versionNumber
      titleSv
      titleEn
      headingSv
      headingEn
    }
  }
`);

export const CaseDraftQuery = graphql(`
  query CaseDraft($id: ID!) {
    case(id: $id) {
      id
      ...CaseDraft
    }
  }
`);

export const IntakeNoticeQuery = graphql(`
  query IntakeNotice {
    intakeNotice
  }
`);

export const CreateCaseMutation = graphql(`
  mutation CreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      id
      ...CaseDraft
    }
  }
`);

export const UpdateCaseMutation = graphql(`
  mutation UpdateCase($input: UpdateCaseInput!) {
    updateCase(input: $input) {
      id
      ...CaseDraft
    }
  }
`);

export const SubmitCaseMutation = graphql(`
  mutation SubmitCase($input: SubmitCaseInput!) {
    submitCase(input: $input) {
      id
      status
      version
    }
  }
`);

export const DeleteCaseMutation = graphql(`
  mutation DeleteCase($input: DeleteCaseInput!) {
    deleteCase(input: $input) {
      id
    }
  }
`);

export const HomeOverviewQuery = graphql(`
  query HomeOverview {
    unreadNotificationCount
    myFollows {
      id
      targetType
      targetId
    }
    myDrafts: cases(
      filter: { mine: true, statuses: [DRAFT, CHANGES_REQUESTED, REJECTED] }
      first: 5
    ) {
      totalCount
      edges {
        node {
          id
          ...CaseSummary
        }
      }
    }
  }
`);

/** Active members whose name matches, for naming RED recipients (never their e-mail unless shown). */
export const RecipientDirectoryQuery = graphql(`
  query RecipientDirectory($query: String!, $first: Int!, $organisationId: ID) {
    memberDirectory(query: $query, first: $first, organisationId: $organisationId) {
      edges {
        node {
          id
          displayName
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);
