// SPDX-License-Identifier: EUPL-1.2
import { columns } from 'test/bench/bulk-insert';

// The columns the search corpus's bulk INSERTs write, with the type each text value is cast to.
// prettier-ignore
export const CASE_COLUMNS = columns({
  id: 'uuid', author_id: 'uuid', author_organisation_id: 'uuid', attribution: 'attribution',
  sharing_level: 'sharing_level', recipient_organisation_ids: 'uuid[]',
  recipient_member_ids: 'uuid[]', status: 'case_status', title: 'text', summary: 'text',
  context: 'text', what_happened: 'text', assessment: 'text', outcome: 'case_outcome',
  mitigations: 'text', lessons_learned: 'text', topic_ids: 'uuid[]', country_codes: 'char(2)[]',
  phase: 'case_phase', year: 'smallint', quarter: 'smallint', language: 'locale',
  submitted_at: 'timestamptz', published_at: 'timestamptz', created_at: 'timestamptz',
});
// prettier-ignore
export const QUESTION_COLUMNS = columns({
  id: 'uuid', author_id: 'uuid', author_organisation_id: 'uuid', attribution: 'attribution',
  sharing_level: 'sharing_level', recipient_organisation_ids: 'uuid[]',
  recipient_member_ids: 'uuid[]', directed_to_ids: 'uuid[]', status: 'question_status',
  close_reason: 'close_reason', title: 'text', body: 'text', topic_ids: 'uuid[]',
  country_codes: 'char(2)[]', language: 'locale', opened_at: 'timestamptz',
  closed_at: 'timestamptz', created_at: 'timestamptz',
});
// prettier-ignore
export const ANSWER_COLUMNS = columns({
  id: 'uuid', question_id: 'uuid', author_id: 'uuid', author_organisation_id: 'uuid',
  attribution: 'attribution', status: 'answer_status', body: 'text', published_at: 'timestamptz',
  created_at: 'timestamptz',
});
