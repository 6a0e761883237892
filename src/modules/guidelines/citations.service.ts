// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { Errors } from 'src/graph/errors/app-error';
import { TransactionHost } from 'src/database/transaction-host';
import type { CitationInput } from 'src/modules/guidelines/dto/guideline.inputs';
import type { CitationEntity } from 'src/modules/guidelines/citation.entity';
import { GuidelineVersionStatus } from 'src/modules/guidelines/guideline-enums';
import type {
  GuidelineEntity,
  GuidelineSectionEntity,
  GuidelineVersionEntity,
} from 'src/modules/guidelines/guideline.entity';
import {
  GuidelinesRepository,
  type CitingItem,
} from 'src/modules/guidelines/guidelines.repository';
import { GuidelinesService } from 'src/modules/guidelines/guidelines.service';

export type CitingColumn = 'caseId' | 'questionId' | 'answerId';

/** A citation resolved to the exact text of its version, and how the guideline has moved on. */
export interface ResolvedCitation {
  id: string;
  guideline: GuidelineEntity;
  version: GuidelineVersionEntity;
  sectionKey: string;
  section: GuidelineSectionEntity;
  latestVersionNumber: number;
  newerVersionExists: boolean;
  sectionChangedSince: boolean;
}

/**
 * Citations of a guideline section at a version by cases, questions and answers (DOMAIN §13).
 * Written by the item's own service inside its transaction; read only through the item's field,
 * after the item itself has passed the access policy, so a citation can never be read alone.
 */
@Injectable()
export class CitationsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repository: GuidelinesRepository,
  ) {}

  /**
   * Replaces the item's citations (undefined: leaves them). Each must name a published version
   * and a section of it; BAD_USER_INPUT otherwise, naming the citation.
   */
  async replace(item: CitingItem, citations: readonly CitationInput[] | null | undefined) {
    if (citations === undefined) return;
    this.tx.requireTransaction('CitationsService.replace');
    const list = dedupe(citations ?? []);
    const versions = new Map(
      (await this.repository.findVersionsByIds(list.map((c) => c.versionId))).map((v) => [v.id, v]),
    );
    const sections = await this.repository.sectionsOf([...versions.keys()]);
    for (const [index, citation] of list.entries()) {
      const version = versions.get(citation.versionId);
      const bad = (message: string) =>
        Errors.badInput(message, [{ field: `citations.${index}`, message }]);
      if (!version || version.status !== GuidelineVersionStatus.PUBLISHED)
        throw bad('Cite a published version of a guideline');
      if (!sections.some((s) => s.versionId === version.id && s.key === citation.sectionKey))
        throw bad(`Version ${version.number} has no section "${citation.sectionKey}"`);
    }
    await this.repository.replaceCitations(item, list);
  }

  /** The citations of each item (already readable by the viewer), resolved, keyed by item id. */
  async ofItems(
    column: CitingColumn,
    itemIds: readonly string[],
  ): Promise<Map<string, ResolvedCitation[]>> {
    const rows = await this.repository.citationsOf(column, itemIds);
    const versions = new Map(
      (await this.repository.findVersionsByIds([...new Set(rows.map((r) => r.versionId))])).map(
        (v) => [v.id, v],
      ),
    );
    const guidelineIds = [...new Set([...versions.values()].map((v) => v.guidelineId))];
    const guidelines = new Map(
      (await this.repository.findByIds(guidelineIds)).map((g) => [g.id, g]),
    );
    const latest = await this.repository.latestPublished(guidelineIds);
    const sections = await this.repository.sectionsOf([
      ...new Set([...versions.keys(), ...[...latest.values()].map((v) => v.id)]),
    ]);
    const byItem = new Map<string, ResolvedCitation[]>();
    for (const row of rows) {
      const resolved = this.resolve(row, versions, guidelines, latest, sections);
      const itemId = row[column];
      if (!resolved || !itemId) continue;
      byItem.set(itemId, [...(byItem.get(itemId) ?? []), resolved]);
    }
    return byItem;
  }

  private resolve(
    row: CitationEntity,
    versions: Map<string, GuidelineVersionEntity>,
    guidelines: Map<string, GuidelineEntity>,
    latestByGuideline: Map<string, GuidelineVersionEntity>,
    sections: readonly GuidelineSectionEntity[],
  ): ResolvedCitation | null {
    const version = versions.get(row.versionId);
    const guideline = version && guidelines.get(version.guidelineId);
    const latest = version && latestByGuideline.get(version.guidelineId);
    const of = (versionId: string) => sections.filter((s) => s.versionId === versionId);
    const section = version && of(version.id).find((s) => s.key === row.sectionKey);
    if (!version || !guideline || !latest || !section) return null;
    const newer = latest.number > version.number;
    return {
      id: row.id,
      guideline,
      version,
      sectionKey: row.sectionKey,
      section,
      latestVersionNumber: latest.number,
      newerVersionExists: newer,
      sectionChangedSince:
        newer && GuidelinesService.changedBetween(row.sectionKey, of(version.id), of(latest.id)),
    };
  }
}

function dedupe(citations: readonly CitationInput[]): CitationInput[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.versionId.toLowerCase()}:${c.sectionKey}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
