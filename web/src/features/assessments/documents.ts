// SPDX-License-Identifier: EUPL-1.2
import { graphql } from '../../graphql';

/** One row of "Egenbedömningar": enough to decide which one to open, no answers. */
export const AssessmentSummaryFragment = graphql(`
  fragment AssessmentSummary on Assessment {
    id
    title
    status
    decision
    reviewOn
    reviewDue
    highestRisk
    openMitigationCount
    updatedAt
    viewerIsOwner
    guideline {
      versionId
      titleSv
      titleEn
      versionNumber
    }
  }
`);

export const AssessmentsQuery = graphql(`
  query Assessments($first: Int!, $after: String, $status: AssessmentStatus) {
    assessments(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...AssessmentSummary
        }
      }
    }
  }
`);

/** The editor's whole assessment: every section's questions and the answers given so far. */
export const AssessmentFragment = graphql(`
  fragment AssessmentFull on Assessment {
    id
    title
    collaborationSummary
    status
    decision
    decisionReason
    decidedAt
    reviewOn
    reviewDue
    highestRisk
    openMitigationCount
    createdAt
    updatedAt
    viewerIsOwner
    guideline {
      versionId
      guidelineSlug
      titleSv
      titleEn
      versionNumber
      latestVersionNumber
      newerVersionExists
    }
    owner {
      id
      displayName
    }
    sharedWith {
      id
      displayName
    }
    sections {
      sectionKey
      headingSv
      headingEn
      items {
        questionKey
        textSv
        textEn
        answer
        note
        risk
        mitigations {
          id
          description
          owner
          dueOn
        }
      }
    }
  }
`);

export const AssessmentQuery = graphql(`
  query Assessment($id: ID!) {
    assessment(id: $id) {
      id
      ...AssessmentFull
    }
  }
`);

export const AssessmentHistoryQuery = graphql(`
  query AssessmentHistory($id: ID!, $first: Int!, $after: String) {
    assessment(id: $id) {
      id
      history(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            at
            actorName
            kind
            summary
          }
        }
      }
    }
  }
`);

export const AssessmentExportQuery = graphql(`
  query AssessmentExport($id: ID!, $format: AssessmentExportFormat!) {
    assessmentExport(id: $id, format: $format) {
      filename
      mediaType
      content
    }
  }
`);

export const AssessmentExcerptQuery = graphql(`
  query AssessmentExcerpt($input: AssessmentExcerptInput!) {
    assessmentExcerpt(input: $input) {
      title
      markdown
      citations {
        versionId
        sectionKey
      }
    }
  }
`);

/** The guidelines an assessment can start from: each one's newest published version. */
export const AssessableGuidelinesQuery = graphql(`
  query AssessableGuidelines {
    guidelines {
      id
      slug
      kind
      latestVersion {
        id
        number
        titleSv
        titleEn
      }
    }
  }
`);

export const StartAssessmentMutation = graphql(`
  mutation StartAssessment($input: StartAssessmentInput!) {
    startAssessment(input: $input) {
      id
    }
  }
`);

export const UpdateAssessmentMutation = graphql(`
  mutation UpdateAssessment($input: UpdateAssessmentInput!) {
    updateAssessment(input: $input) {
      id
      ...AssessmentFull
    }
  }
`);

export const ShareAssessmentMutation = graphql(`
  mutation ShareAssessment($input: ShareAssessmentInput!) {
    shareAssessment(input: $input) {
      id
      ...AssessmentFull
    }
  }
`);

export const DecideAssessmentMutation = graphql(`
  mutation DecideAssessment($input: DecideAssessmentInput!) {
    decideAssessment(input: $input) {
      id
      ...AssessmentFull
    }
  }
`);

export const ReopenAssessmentMutation = graphql(`
  mutation ReopenAssessment($id: ID!, $expectedUpdatedAt: DateTime!) {
    reopenAssessment(id: $id, expectedUpdatedAt: $expectedUpdatedAt) {
      id
      ...AssessmentFull
    }
  }
`);

export const SetAssessmentReviewDateMutation = graphql(`
  mutation SetAssessmentReviewDate($id: ID!, $reviewOn: LocalDate) {
    setAssessmentReviewDate(id: $id, reviewOn: $reviewOn) {
      id
      ...AssessmentFull
    }
  }
`);

export const DeleteAssessmentMutation = graphql(`
  mutation DeleteAssessment($id: ID!) {
    deleteAssessment(id: $id)
  }
`);
