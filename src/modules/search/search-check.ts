// SPDX-License-Identifier: EUPL-1.2
import { Inject, Injectable } from '@nestjs/common';
import {
  SEARCH_ENGINE,
  documentFingerprint,
  type SearchEngine,
} from 'src/modules/search/engine/search-engine';
import { SearchDocumentBuilder } from 'src/modules/search/search-document.builder';

export interface SearchCheckReport {
  checked: number;
  /** Searchable in PostgreSQL, absent from the index. */
  missing: string[];
  /** In the index, no longer searchable in PostgreSQL (a leak if left). */
  extra: string[];
  /** In both, with different content or access keys. */
  stale: string[];
}

/** Compares the index with PostgreSQL, document by document (`npm run search:check`). */
@Injectable()
export class SearchCheck {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly builder: SearchDocumentBuilder,
  ) {}

  async run(): Promise<SearchCheckReport> {
    const indexed = await this.engine.fingerprints();
    const keys = await this.builder.allKeys();
    const report: SearchCheckReport = { checked: keys.length, missing: [], extra: [], stale: [] };
    for (let i = 0; i < keys.length; i += 200) {
      const documents = await this.builder.buildMany(keys.slice(i, i + 200));
      for (const [key, document] of documents) {
        const fingerprint = indexed.get(key);
        if (fingerprint === undefined) report.missing.push(key);
        else if (fingerprint !== documentFingerprint(document)) report.stale.push(key);
      }
    }
    const searchable = new Set(keys);
    for (const key of indexed.keys()) if (!searchable.has(key)) report.extra.push(key);
    return report;
  }
}
