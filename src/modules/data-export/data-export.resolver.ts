// SPDX-License-Identifier: EUPL-1.2
import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Members } from 'src/graph/auth/access.decorators';
import { CurrentViewer } from 'src/graph/auth/current-viewer.decorator';
import type { Viewer } from 'src/graph/auth/viewer';
import type { DataExportEntity } from 'src/modules/data-export/data-export.entity';
import { DataExportService } from 'src/modules/data-export/data-export.service';
import { DataExportType } from 'src/modules/data-export/dto/data-export.type';

/** The member's own data export: request it and follow it until it is downloaded. */
@Resolver(() => DataExportType)
export class DataExportResolver {
  constructor(private readonly exports: DataExportService) {}

  @Mutation(() => DataExportType, {
    description:
      'Asks for an export of everything stored about me and everything I wrote. A job builds ' +
      'it; myDataExport shows when it is ready, and I am told by e-mail. One at a time ' +
      '(CONFLICT while one is being prepared); a new one replaces a ready one not yet downloaded.',
  })
  @Members()
  async exportMyData(@CurrentViewer() viewer: Viewer): Promise<DataExportType> {
    return this.toType(await this.exports.request(viewer));
  }

  @Query(() => DataExportType, {
    nullable: true,
    description: 'My latest data export, if I asked for one.',
  })
  @Members()
  async myDataExport(@CurrentViewer() viewer: Viewer): Promise<DataExportType | null> {
    const latest = await this.exports.latest(viewer);
    return latest ? this.toType(latest) : null;
  }

  private toType(entity: DataExportEntity): DataExportType {
    return {
      id: entity.id,
      status: entity.status,
      requestedAt: entity.requestedAt,
      readyAt: entity.readyAt,
      expiresAt: entity.expiresAt,
      downloadedAt: entity.downloadedAt,
      byteSize: entity.byteSize,
      downloadPath: this.exports.downloadPath(entity),
    };
  }
}
