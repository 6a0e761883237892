// SPDX-License-Identifier: EUPL-1.2
import { graphql } from '../../graphql';

export const InsightTableFieldsFragment = graphql(`
  fragment InsightTableFields on InsightTable {
    columns
    rows {
      key
      label
      counts
      total
    }
    columnTotals
    grandTotal
    minimumCount
  }
`);

export const InsightQuery = graphql(`
  query Insight($table: InsightTableInput!, $range: InsightRangeInput!) {
    insightTable(input: $table) {
      ...InsightTableFields
    }
    unansweredByTopic(input: $range) {
      ...InsightTableFields
    }
    authorityResponseFigures(input: $range) {
      organisationId
      name
      directed
      answered
      answeredWithinTarget
      answeredLate
      unanswered
      overdue
      medianWorkingDaysToAnswer
      restrictedDirected
    }
  }
`);

export const InsightCsvQuery = graphql(`
  query InsightCsv($table: InsightTableInput!) {
    insightTableCsv(input: $table)
  }
`);
