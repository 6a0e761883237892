// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { DataExportController } from 'src/modules/data-export/data-export.controller';
import { DataExportProcessor } from 'src/modules/data-export/data-export.processor';
import { DataExportRepository } from 'src/modules/data-export/data-export.repository';
import { DataExportResolver } from 'src/modules/data-export/data-export.resolver';
import { DataExportService } from 'src/modules/data-export/data-export.service';
import { MemberDataCollector } from 'src/modules/data-export/member-data.collector';
import { AuthModule } from 'src/modules/auth/auth.module';
import { MembersModule } from 'src/modules/members/members.module';

/** Members' data exports (GDPR Art. 15/20); see DataExportService. */
@Module({
  imports: [AuthModule, MembersModule],
  controllers: [DataExportController],
  providers: [
    DataExportRepository,
    MemberDataCollector,
    DataExportService,
    DataExportProcessor,
    DataExportResolver,
  ],
  exports: [DataExportService],
})
export class DataExportModule {}
