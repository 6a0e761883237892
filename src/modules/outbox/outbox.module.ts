// SPDX-License-Identifier: EUPL-1.2
import { Global, Module } from '@nestjs/common';
import { OutboxRelay } from 'src/modules/outbox/outbox-relay';
import { OutboxService } from 'src/modules/outbox/outbox.service';

@Global()
@Module({
  providers: [OutboxService, OutboxRelay],
  exports: [OutboxService, OutboxRelay],
})
export class OutboxModule {}
