import { Global, Module } from '@nestjs/common';
import { ContentRegistry } from 'src/modules/content/content-registry';

@Global()
@Module({ providers: [ContentRegistry], exports: [ContentRegistry] })
export class ContentModule {}
