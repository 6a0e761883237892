// SPDX-License-Identifier: EUPL-1.2
import { Global, Module } from '@nestjs/common';
import { ContentRegistry } from 'src/modules/content/content-registry';
import { ContentResolver } from 'src/modules/content/content.resolver';

@Global()
@Module({ providers: [ContentRegistry, ContentResolver], exports: [ContentRegistry] })
export class ContentModule {}
