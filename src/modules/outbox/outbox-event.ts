// SPDX-License-Identifier: EUPL-1.2
import type {
  IsEmpty,
  NoPayload,
  OutboxTopic,
  OutboxTopics,
} from 'src/modules/outbox/outbox-topics';

export type { OutboxTopic, OutboxTopics } from 'src/modules/outbox/outbox-topics';

/**
 * What a job handler fed by the outbox receives as its data: for a handler of several topics a
 * union that `switch (job.topic)` narrows, so each branch reads its own payload's fields.
 */
export type OutboxEventJob<T extends OutboxTopic = OutboxTopic> = {
  [K in T]: {
    outboxId: string;
    topic: K;
    aggregate: { type: string; id: string };
    payload: OutboxTopics[K];
    occurredAt: string;
  };
}[T];

/** An event to record; `payload` may be left out only for topics that carry none. */
export type NewOutboxEvent<T extends OutboxTopic = OutboxTopic> = {
  [K in T]: {
    topic: K;
    aggregate: { type: string; id: string };
  } & (IsEmpty<OutboxTopics[K]> extends true
    ? { payload?: NoPayload }
    : { payload: OutboxTopics[K] });
}[T];
