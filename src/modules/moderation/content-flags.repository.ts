// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import type { ContentType } from 'src/modules/content/content-type.enum';
import { ContentFlagEntity } from 'src/modules/moderation/content-flag.entity';
import type { FlagReason } from 'src/modules/moderation/flag-reason.enum';

export interface FlaggedContent {
  contentType: ContentType;
  contentId: string;
  firstFlaggedAt: Date;
}

@Injectable()
export class ContentFlagsRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Null when this reader already has an open flag on the item. */
  async insertIfNew(flag: {
    contentType: ContentType;
    contentId: string;
    flaggerId: string;
    reason: FlagReason;
    text: string | null;
  }): Promise<ContentFlagEntity | null> {
    const rows: ContentFlagEntity[] = await this.tx.manager.query(
      `INSERT INTO content_flag (content_type, content_id, flagger_id, reason, text)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (content_type, content_id, flagger_id) WHERE resolved_at IS NULL DO NOTHING
       RETURNING id`,
      [flag.contentType, flag.contentId, flag.flaggerId, flag.reason, flag.text],
    );
    return rows[0] ?? null;
  }

  openFlags(contentType: ContentType, contentId: string): Promise<ContentFlagEntity[]> {
    return this.tx.manager.find(ContentFlagEntity, {
      where: { contentType, contentId, resolvedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
  }

  openFlagsOf(items: readonly { contentType: ContentType; contentId: string }[]) {
    if (items.length === 0) return Promise.resolve([] as ContentFlagEntity[]);
    return this.tx.manager
      .createQueryBuilder(ContentFlagEntity, 'f')
      .where('f.resolved_at IS NULL')
      .andWhere(
        '(f.content_type::text, f.content_id) IN (SELECT * FROM unnest(CAST(:types AS text[]), CAST(:ids AS uuid[])))',
        { types: items.map((i) => i.contentType), ids: items.map((i) => i.contentId) },
      )
      .orderBy('f.created_at', 'ASC')
      .getMany();
  }

  /** Items with open flags, oldest flag first. */
  async flaggedContent(): Promise<FlaggedContent[]> {
    const rows: { content_type: ContentType; content_id: string; first: Date }[] =
      await this.tx.manager.query(
        `SELECT content_type, content_id, min(created_at) AS first
           FROM content_flag WHERE resolved_at IS NULL
          GROUP BY content_type, content_id ORDER BY first, content_id`,
      );
    return rows.map((r) => ({
      contentType: r.content_type,
      contentId: r.content_id,
      firstFlaggedAt: new Date(r.first),
    }));
  }

  /** Drops every flag of an item that is itself being deleted (a draft). */
  async deleteOf(contentType: ContentType, contentId: string): Promise<void> {
    await this.tx.manager.delete(ContentFlagEntity, { contentType, contentId });
  }

  async resolveOpen(contentType: ContentType, contentId: string): Promise<number> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(ContentFlagEntity)
      .set({ resolvedAt: () => 'now()' })
      .where('content_type = :contentType AND content_id = :contentId AND resolved_at IS NULL', {
        contentType,
        contentId,
      })
      .execute();
    return result.affected ?? 0;
  }
}
