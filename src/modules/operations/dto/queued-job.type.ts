// SPDX-License-Identifier: EUPL-1.2
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { QueueName } from 'src/modules/jobs/queue-name';

/** The queues under GraphQL's upper-case names (MAIL → 'mail'); QueueName's keys are PascalCase. */
export const JobQueueName: Record<string, QueueName> = Object.fromEntries(
  Object.entries(QueueName).map(([key, value]) => [key.toUpperCase(), value]),
);
registerEnumType(JobQueueName, { name: 'JobQueueName', description: 'A background job queue.' });

/** The job states an operator acts on: failed for good, or waiting for a later run or retry. */
export enum QueuedJobState {
  FAILED = 'failed',
  DELAYED = 'delayed',
}
registerEnumType(QueuedJobState, { name: 'QueuedJobState' });

@ObjectType('JobQueueSummary', { description: 'How many jobs a queue holds in each state.' })
export class JobQueueSummaryType {
  @Field(() => JobQueueName)
  name!: QueueName;

  @Field(() => Int)
  waiting!: number;

  @Field(() => Int)
  active!: number;

  @Field(() => Int, { description: 'Scheduled runs and retries waiting for their time.' })
  delayed!: number;

  @Field(() => Int, {
    description: 'Failed for good (every attempt used); kept until retried or discarded.',
  })
  failed!: number;
}

@ObjectType('QueuedJob', {
  description:
    'A background job as an operator sees it: what it is and how it failed, never its data (which may quote members).',
})
export class QueuedJobType {
  @Field(() => ID)
  id!: string;

  @Field(() => JobQueueName)
  queue!: QueueName;

  @Field({ description: 'The job kind, e.g. notifications.route.' })
  name!: string;

  @Field(() => QueuedJobState)
  state!: QueuedJobState;

  @Field(() => Int)
  attemptsMade!: number;

  @Field(() => Int)
  maxAttempts!: number;

  @Field({ nullable: true, description: 'The last error, shortened to 500 characters.' })
  failedReason?: string;

  @Field()
  createdAt!: Date;

  @Field({ nullable: true, description: 'When a delayed job runs next.' })
  runsAt?: Date;

  @Field({ nullable: true })
  finishedAt?: Date;
}

@InputType()
export class JobRefInput {
  @Field(() => JobQueueName)
  @IsEnum(QueueName)
  queue!: QueueName;

  @Field(() => ID)
  @IsString()
  // BullMQ ids here are ours (outbox-42, digest-…) or its own counters; nothing else is valid.
  @Matches(/^[A-Za-z0-9:_-]{1,120}$/, { message: 'jobId is not a job id' })
  jobId!: string;

  @Field({ description: 'Why (3–500 characters); kept in the audit log.' })
  @IsString()
  @Length(3, 500)
  reason!: string;
}

@ArgsType()
export class QueuedJobsArgs {
  @Field(() => JobQueueName)
  @IsEnum(QueueName)
  queue!: QueueName;

  @Field(() => QueuedJobState)
  @IsEnum(QueuedJobState)
  state!: QueuedJobState;

  @Field(() => Int, { defaultValue: 20, description: '1–100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first!: number;
}
