// SPDX-License-Identifier: EUPL-1.2
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import {
  JobQueueSummaryType,
  JobRefInput,
  QueuedJobType,
  QueuedJobsArgs,
} from 'src/modules/operations/dto/queued-job.type';
import { JobOperationsService } from 'src/modules/operations/job-operations.service';

@Resolver()
export class JobOperationsResolver {
  constructor(private readonly operations: JobOperationsService) {}

  @Query(() => [JobQueueSummaryType], { description: 'Every job queue with its counts (admins).' })
  @Roles(Role.ADMIN)
  jobQueues() {
    return this.operations.summaries();
  }

  @Query(() => [QueuedJobType], {
    description: 'The newest failed or delayed jobs of a queue (admins), at most 100.',
  })
  @Roles(Role.ADMIN)
  queuedJobs(@Args() { queue, state, first }: QueuedJobsArgs) {
    return this.operations.list(queue, state, first);
  }

  @Mutation(() => QueuedJobType, {
    description:
      'Runs a failed job again with fresh attempts (admins; audited). Returns it as it was.',
  })
  @Roles(Role.ADMIN)
  retryJob(@CurrentViewer() viewer: Viewer, @Args('input') input: JobRefInput) {
    return this.operations.retry(viewer.memberId, input.queue, input.jobId, input.reason);
  }

  @Mutation(() => QueuedJobType, {
    description:
      'Removes a failed or delayed job for good (admins; audited). Returns it as it was.',
  })
  @Roles(Role.ADMIN)
  discardJob(@CurrentViewer() viewer: Viewer, @Args('input') input: JobRefInput) {
    return this.operations.discard(viewer.memberId, input.queue, input.jobId, input.reason);
  }
}
