/** What a job handler fed by the outbox receives as its data. */
export interface OutboxEventJob<P extends Record<string, unknown> = Record<string, unknown>> {
  outboxId: string;
  topic: string;
  aggregate: { type: string; id: string };
  payload: P;
  occurredAt: string;
}

export interface NewOutboxEvent {
  topic: string;
  aggregate: { type: string; id: string };
  payload?: Record<string, unknown>;
}
