// SPDX-License-Identifier: EUPL-1.2
import { graphql } from '../../graphql';

/** What a list row shows of a question: enough to choose it, nothing the API would not give. */
export const QuestionSummaryFragment = graphql(`
  fragment QuestionSummary on Question {
    id
    title
    authorLabel
    sharingLevel
    status
    openedAt
    updatedAt
    responseDueOn
    overdue
    directedTo {
      id
      name
    }
    topics {
      id
      name
    }
    answers(first: 1) {
      totalCount
    }
  }
`);

export const QuestionsQuery = graphql(`
  query Questions($filter: QuestionFilterInput, $first: Int, $after: String) {
    questions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...QuestionSummary
        }
      }
    }
  }
`);

/** The vocabularies the list's filters and the question form's pickers offer. */
export const QuestionVocabularyQuery = graphql(`
  query QuestionVocabulary {
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
      acceptsQuestions
    }
  }
`);

/** One answer as its reader may see it. */
export const AnswerFieldsFragment = graphql(`
  fragment AnswerFields on Answer {
    id
    body {
      html
      markdown
    }
    attribution
    authorLabel
    organisation {
      id
      name
    }
    official
    officialNote
    accepted
    helpfulCount
    viewerHasVoted
    viewerIsAuthor
    status
    moderationNote
    publishedAt
    version
    citations {
      ...CitationLink
    }
  }
`);

export const QuestionQuery = graphql(`
  query Question($id: ID!, $first: Int) {
    question(id: $id) {
      id
      citations {
        ...CitationLink
      }
      title
      body {
        html
      }
      attribution
      authorLabel
      organisation {
        id
        name
      }
      sharingLevel
      status
      language
      openedAt
      responseDueOn
      overdue
      closeReason
      moderationNote
      viewerIsAuthor
      version
      directedTo {
        id
        name
      }
      topics {
        id
        name
      }
      countries {
        code
        name
      }
      assignedTo {
        id
        displayName
      }
      answers(first: $first) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...AnswerFields
          }
        }
      }
    }
  }
`);

/** A further page of a question's answers ("show more"). */
export const QuestionAnswersQuery = graphql(`
  query QuestionAnswers($id: ID!, $first: Int, $after: String) {
    question(id: $id) {
      id
      answers(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...AnswerFields
          }
        }
      }
    }
  }
`);

export const AskQuestionMutation = graphql(`
  mutation AskQuestion($input: AskQuestionInput!) {
    askQuestion(input: $input) {
      id
      status
    }
  }
`);

export const AnswerQuestionMutation = graphql(`
  mutation AnswerQuestion($input: AnswerQuestionInput!) {
    answerQuestion(input: $input) {
      id
      status
      ...AnswerFields
    }
  }
`);

export const UpdateAnswerMutation = graphql(`
  mutation UpdateAnswer($input: UpdateAnswerInput!) {
    updateAnswer(input: $input) {
      id
      status
      ...AnswerFields
    }
  }
`);

export const VoteAnswerMutation = graphql(`
  mutation VoteAnswer($input: VoteAnswerInput!) {
    voteAnswer(input: $input) {
      id
      helpfulCount
      viewerHasVoted
    }
  }
`);

export const AcceptAnswerMutation = graphql(`
  mutation AcceptAnswer($input: AcceptAnswerInput!) {
    acceptAnswer(input: $input) {
      id
      status
    }
  }
`);

export const TriageQueueQuery = graphql(`
  query TriageQueue($first: Int, $after: String) {
    triageQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...QuestionSummary
          assignedTo {
            id
            displayName
          }
        }
      }
    }
  }
`);

/** The colleagues a directed question can be handed to (the triage team only). */
export const AssignableExpertsQuery = graphql(`
  query AssignableExperts($id: ID!) {
    question(id: $id) {
      id
      assignableExperts {
        id
        displayName
      }
    }
  }
`);

export const AssignQuestionMutation = graphql(`
  mutation AssignQuestion($input: AssignQuestionInput!) {
    assignQuestion(input: $input) {
      id
      assignedTo {
        id
        displayName
      }
    }
  }
`);

/** What the question editor starts from: the asker's own text and choices, and the version. */
export const QuestionEditableFragment = graphql(`
  fragment QuestionEditable on Question {
    id
    version
    status
    viewerIsAuthor
    moderationNote
    title
    body {
      markdown
    }
    sharingLevel
    attribution
    language
    topics {
      id
    }
    countries {
      code
    }
    directedTo {
      id
    }
    recipientOrganisations {
      id
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

export const QuestionEditQuery = graphql(`
  query QuestionEdit($id: ID!) {
    question(id: $id) {
      id
      ...QuestionEditable
    }
  }
`);

export const UpdateQuestionMutation = graphql(`
  mutation UpdateQuestion($input: UpdateQuestionInput!) {
    updateQuestion(input: $input) {
      id
      status
      ...QuestionEditable
    }
  }
`);
