// SPDX-License-Identifier: EUPL-1.2
import { graphql } from '../../graphql';

export const GuidelinesQuery = graphql(`
  query Guidelines {
    guidelines {
      id
      slug
      kind
      latestVersion {
        id
        number
        titleSv
        titleEn
        publishedAt
      }
      draft {
        id
        number
        titleSv
        titleEn
      }
      changedSinceLastRead
    }
  }
`);

export const GuidelineQuery = graphql(`
  query Guideline($ref: String!) {
    guideline(ref: $ref) {
      id
      slug
      kind
      lastReadVersionNumber
      changedSinceLastRead
      versions {
        id
        number
        status
        publishedAt
      }
      latestVersion {
        id
        number
      }
    }
  }
`);

export const GuidelineVersionQuery = graphql(`
  query GuidelineVersionText($ref: String!, $number: Int!) {
    guideline(ref: $ref) {
      id
      version(number: $number) {
        id
        number
        status
        titleSv
        titleEn
        changeNoteSv
        changeNoteEn
        publishedAt
        sections {
          key
          headingSv
          headingEn
          bodySv {
            html
          }
          bodyEn {
            html
          }
          questions {
            key
            textSv
            textEn
          }
        }
      }
    }
  }
`);

export const MarkGuidelineReadMutation = graphql(`
  mutation MarkGuidelineRead($input: MarkGuidelineReadInput!) {
    markGuidelineRead(input: $input) {
      id
      lastReadVersionNumber
      changedSinceLastRead
    }
  }
`);

export const GuidelineDiffQuery = graphql(`
  query GuidelineDiff($id: ID!, $from: Int!, $to: Int!) {
    guidelineDiff(guidelineId: $id, from: $from, to: $to) {
      from {
        number
      }
      to {
        number
      }
      sections {
        key
        change
        headingSv
        headingEn
        bodySvParts {
          kind
          text
        }
        bodyEnParts {
          kind
          text
        }
      }
    }
  }
`);

export const GuidelineDraftQuery = graphql(`
  query GuidelineDraft($ref: String!) {
    guideline(ref: $ref) {
      id
      slug
      latestVersion {
        number
      }
      draft {
        id
        number
        titleSv
        titleEn
        changeNoteSv
        changeNoteEn
        updatedAt
        sections {
          key
          headingSv
          headingEn
          bodySv {
            markdown
          }
          bodyEn {
            markdown
          }
          questions {
            key
            textSv
            textEn
          }
        }
      }
    }
  }
`);

export const CreateGuidelineMutation = graphql(`
  mutation CreateGuideline($input: CreateGuidelineInput!) {
    createGuideline(input: $input) {
      id
      slug
    }
  }
`);

export const StartGuidelineDraftMutation = graphql(`
  mutation StartGuidelineDraft($id: ID!) {
    startGuidelineDraft(guidelineId: $id) {
      id
      number
    }
  }
`);

export const UpdateGuidelineDraftMutation = graphql(`
  mutation UpdateGuidelineDraft($input: UpdateGuidelineDraftInput!) {
    updateGuidelineDraft(input: $input) {
      id
      updatedAt
    }
  }
`);

export const PublishGuidelineVersionMutation = graphql(`
  mutation PublishGuidelineVersion($id: ID!) {
    publishGuidelineVersion(versionId: $id) {
      id
      number
      status
    }
  }
`);
