// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import type { ContentAdapter } from 'src/modules/content/content-adapter';
import type { ContentType } from 'src/modules/content/content-type.enum';

/** Content types register their adapter at start-up (onModuleInit of their module). */
@Injectable()
export class ContentRegistry {
  private readonly adapters = new Map<ContentType, ContentAdapter>();

  register(adapter: ContentAdapter): void {
    if (this.adapters.has(adapter.type))
      throw new Error(`A content adapter for ${adapter.type} is already registered`);
    this.adapters.set(adapter.type, adapter);
  }

  adapter(type: ContentType): ContentAdapter {
    const adapter = this.adapters.get(type);
    if (!adapter) throw new Error(`No content adapter for ${type}`);
    return adapter;
  }

  all(): ContentAdapter[] {
    return [...this.adapters.values()];
  }
}
