// SPDX-License-Identifier: EUPL-1.2
import type { AccountEventPayloads } from 'src/modules/account/account-events';
import type { AuthorRevealedPayload } from 'src/modules/attribution/author-reveal.service';
import type { AuthEventPayloads } from 'src/modules/auth/auth-events';
import type { CaseEventPayloads } from 'src/modules/cases/case-events';
import type { DataExportEventPayloads } from 'src/modules/data-export/data-export-events';
import type { GuidelineEventPayloads } from 'src/modules/guidelines/guideline-events';
import type { InvitationEventPayloads } from 'src/modules/invitations/invitations.service';
import type { MemberEventPayloads } from 'src/modules/members/members.service';
import type { NotificationEventPayloads } from 'src/modules/notifications/notification-events';
import type { ContentEventPayloads } from 'src/modules/moderation/moderation.service';
import type { OperationsEventPayloads } from 'src/modules/operations/job-operations.service';
import type { OrganisationEventPayloads } from 'src/modules/organisations/organisation-events';
import type { QuestionEventPayloads } from 'src/modules/questions/question-events';

/**
 * Every outbox topic and the payload it carries: what `OutboxService.publish` accepts and what
 * `@OnJob` handlers receive, typed by topic. Each feature declares its own topics' payloads
 * beside its topic names; a new topic is added here, or it cannot be published.
 */
export interface OutboxTopics
  extends
    CaseEventPayloads,
    QuestionEventPayloads,
    ContentEventPayloads,
    MemberEventPayloads,
    InvitationEventPayloads,
    AccountEventPayloads,
    DataExportEventPayloads,
    AuthEventPayloads,
    OrganisationEventPayloads,
    NotificationEventPayloads,
    OperationsEventPayloads,
    GuidelineEventPayloads {
  'content.author-revealed': AuthorRevealedPayload;
}

export type OutboxTopic = keyof OutboxTopics;

/**
 * Topics whose events carry nothing beyond their aggregate (or, for an "extras" map, nothing
 * beyond the feature's common payload). An empty object type, not Record<string, never>: that
 * one, intersected with a common payload, would turn every common field into `never`.
 */
export type NoPayload = Record<never, never>;

/** Whether a payload type has no fields at all. */
export type IsEmpty<P> = [keyof P] extends [never] ? true : false;

/** The trailing argument of a typed publish helper: optional for topics that add nothing. */
export type PayloadArgs<Extra> = IsEmpty<Extra> extends true ? [extra?: NoPayload] : [extra: Extra];
