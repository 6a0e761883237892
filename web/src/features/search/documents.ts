// SPDX-License-Identifier: EUPL-1.2
import { graphql } from '../../graphql';

/** One search page: hits with the API's highlights, facet counts, "did you mean", paging. */
export const SearchQuery = graphql(`
  query Search(
    $query: String!
    $filter: SearchFilterInput
    $sort: SearchSort
    $first: Int
    $after: String
  ) {
    search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      totalCountIsExact
      facetCountsAreExact
      didYouMean
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        types {
          value
          count
        }
        riskAreas {
          count
          topic {
            id
            name
          }
        }
        collaborationTypes {
          count
          topic {
            id
            name
          }
        }
        technologyAreas {
          count
          topic {
            id
            name
          }
        }
        researchFields {
          count
          topic {
            id
            name
          }
        }
        countries {
          count
          country {
            code
            name
          }
        }
        outcomes {
          value
          count
        }
        years {
          value
          count
        }
        sharingLevels {
          value
          count
        }
      }
      edges {
        cursor
        node {
          titleHighlight
          snippet
          item {
            __typename
            ... on Case {
              id
              authorLabel
              sharingLevel
              year
              outcome
            }
            ... on Question {
              id
              authorLabel
              sharingLevel
              status
              openedAt
            }
          }
        }
      }
    }
  }
`);
