// SPDX-License-Identifier: EUPL-1.2
import { GraphQLLocalDate } from 'graphql-scalars';

/**
 * Calendar dates without a time zone (`YYYY-MM-DD`), for PostgreSQL `date` columns, which
 * TypeORM reads and writes as the same string. graphql-scalars' LocalDate refuses anything that
 * is not a real calendar day (`2026-02-30`, `2026-1-5`), on input before a resolver runs, so a
 * bad date is a request error (BAD_USER_INPUT), never a failed cast in the database.
 */
export const LocalDateScalar = GraphQLLocalDate;
