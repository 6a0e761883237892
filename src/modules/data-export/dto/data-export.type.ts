// SPDX-License-Identifier: EUPL-1.2
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DataExportStatus } from 'src/modules/data-export/data-export-status.enum';

@ObjectType('DataExport', {
  description:
    'An export of my data: a zip of JSON files, built by a job and downloadable once, signed in ' +
    'as me, through `downloadPath` until `expiresAt`; then the archive is deleted.',
})
export class DataExportType {
  @Field(() => ID)
  id!: string;

  @Field(() => DataExportStatus)
  status!: DataExportStatus;

  @Field()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  readyAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when a ready export can be downloaded.',
  })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  downloadedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Size of the archive in bytes, once ready.' })
  byteSize!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'While READY and unexpired: the signed path under the API origin (GET it with my access ' +
      'token as `Authorization: Bearer`). It works once; null otherwise.',
  })
  downloadPath!: string | null;
}
