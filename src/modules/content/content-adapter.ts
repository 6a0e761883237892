// SPDX-License-Identifier: EUPL-1.2
import type { Viewer } from 'src/graph/auth/viewer';
import type { ReadableItem } from 'src/modules/access-policy/readable-item';
import type { Attribution } from 'src/modules/attribution/attribution.enum';
import type { ContentType } from 'src/modules/content/content-type.enum';
import type { CloseReason } from 'src/modules/content/close-reason.enum';
import type { ModerationAction } from 'src/modules/content/moderation-action.enum';

/** What generic features (moderation, flags, reveals) know about one item of any type. */
export interface ContentRef extends ReadableItem {
  type: ContentType;
  id: string;
  attribution: Attribution;
  /** For queues and e-mails; shown only to viewers who may read the item. */
  title: string;
  hidden: boolean;
  /** When it was hidden (by a moderator or the flag rule); null while visible. */
  hiddenAt: Date | null;
  /** The type's own workflow status (e.g. PUBLISHED, OPEN), for the moderation queue. */
  status: string;
  /** When the author's edit of an item a review kept hidden asked for a new review. */
  reviewRequestedAt: Date | null;
}

/**
 * The written text of one item, field by field, for a flag reviewer's audited look
 * (`inspectFlaggedContent`). Never the author or their organisation.
 */
export interface ReviewText {
  /** Null for answers, whose title is their question's. */
  title: string | null;
  fields: { name: string; text: string }[];
}

/** A submitted item waiting for a moderator's first decision. */
export interface PendingSubmission {
  type: ContentType;
  id: string;
  submittedAt: Date;
}

/** A moderator's decision as adapters receive it. */
export interface ModerationDecision {
  action: ModerationAction;
  reason: string;
  /** CLOSE only. */
  closeReason?: CloseReason | null;
  /** CLOSE as DUPLICATE only: the original. */
  duplicateOfId?: string | null;
}

/**
 * Implemented once per content type (cases, questions, answers) and registered with the
 * ContentRegistry; moderation, flagging and reveals work through it without knowing the type.
 * Every method runs in the caller's transaction.
 */
export interface ContentAdapter {
  readonly type: ContentType;
  /** Null for an unknown id. `lock` takes a row lock for a state change. */
  findRef(id: string, options?: { lock?: boolean }): Promise<ContentRef | null>;
  findRefs(ids: readonly string[]): Promise<ContentRef[]>;
  /** Community-level submissions waiting for moderation, oldest first. */
  pendingSubmissions(): Promise<PendingSubmission[]>;
  /**
   * Applies a decision; throws INVALID_STATE when it does not fit the item's state and
   * publishes the item's own outbox events (e.g. `case.published`).
   */
  moderate(ref: ContentRef, decision: ModerationDecision, moderator: Viewer): Promise<void>;
  /** Items edited by their author after a review kept them hidden, oldest request first. */
  awaitingReview(): Promise<{ id: string; requestedAt: Date }[]>;
  /** Clears a review request (a reviewer decided); runs after the decision itself. */
  settleReviewRequest(ref: ContentRef): Promise<void>;
  /** Hides a live item (the flag rule); false when it was not live. */
  hideForReview(ref: ContentRef): Promise<boolean>;
  /** The item's own text for an audited look by a flag reviewer. */
  reviewText(ref: ContentRef): Promise<ReviewText>;
  /** Erases one earlier revision's text; NOT_FOUND for a revision of another item. */
  redactRevision(ref: ContentRef, revisionId: string, reason: string): Promise<void>;
}
