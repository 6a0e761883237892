// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { ScreeningResolver } from 'src/modules/screening/screening.resolver';
import { ScreeningService } from 'src/modules/screening/screening.service';

/** Cases, questions and answers import this to screen text before it is shared (DOMAIN §4). */
@Module({
  providers: [ScreeningService, ScreeningResolver],
  exports: [ScreeningService],
})
export class ScreeningModule {}
