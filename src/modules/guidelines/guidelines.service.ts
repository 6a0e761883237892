// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { Errors } from 'src/graph/errors/app-error';
import { hasRole, type Viewer } from 'src/graph/auth/viewer';
import { Role } from 'src/graph/auth/role.enum';
import { TransactionHost } from 'src/database/transaction-host';
import {
  diffSections,
  sectionChanged,
  type SectionDiff,
} from 'src/modules/guidelines/guideline-diff';
import { GuidelineVersionStatus, SectionChange } from 'src/modules/guidelines/guideline-enums';
import type {
  GuidelineEntity,
  GuidelineSectionEntity,
  GuidelineSectionQuestionEntity,
  GuidelineVersionEntity,
} from 'src/modules/guidelines/guideline.entity';
import { GuidelinesRepository } from 'src/modules/guidelines/guidelines.repository';

/** Editors and admins read drafts; every member reads published versions (DOMAIN §13). */
export function isGuidelineEditor(viewer: Viewer | null): boolean {
  return hasRole(viewer, Role.EDITOR, Role.ADMIN);
}

/**
 * Reading the guideline library: documents, versions, sections, diffs and what changed since a
 * member last read. Published versions are read by every member; a draft only by editors and
 * admins, and a guideline with no published version only by them too.
 */
@Injectable()
export class GuidelinesService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repository: GuidelinesRepository,
  ) {}

  /** The guidelines the viewer may read: with a published version, or any for editors. */
  async list(viewer: Viewer): Promise<GuidelineEntity[]> {
    const all = await this.repository.all();
    if (isGuidelineEditor(viewer)) return all;
    const latest = await this.repository.latestPublished(all.map((g) => g.id));
    return all.filter((g) => latest.has(g.id));
  }

  /** NOT_FOUND alike for an unknown slug and a guideline the viewer may not read yet. */
  async bySlug(viewer: Viewer, slug: string): Promise<GuidelineEntity> {
    return this.requireReadable(viewer, await this.repository.findBySlug(slug));
  }

  async byId(viewer: Viewer, id: string): Promise<GuidelineEntity> {
    return this.requireReadable(viewer, await this.repository.findById(id));
  }

  /** Whether a guideline exists with a published version (following needs one). */
  async publishedExists(id: string): Promise<boolean> {
    return (await this.repository.latestPublished([id])).has(id);
  }

  private async requireReadable(viewer: Viewer, row: GuidelineEntity | null) {
    if (!row) throw Errors.notFound('Guideline');
    if (isGuidelineEditor(viewer)) return row;
    if (!(await this.repository.latestPublished([row.id])).has(row.id))
      throw Errors.notFound('Guideline');
    return row;
  }

  /** The versions the viewer may read, oldest first: published ones, and the draft for editors. */
  async versions(viewer: Viewer, guidelineIds: readonly string[]) {
    const all = await this.repository.versionsOf(guidelineIds);
    return isGuidelineEditor(viewer)
      ? all
      : all.filter((v) => v.status === GuidelineVersionStatus.PUBLISHED);
  }

  latestPublished(guidelineIds: readonly string[]) {
    return this.repository.latestPublished(guidelineIds);
  }

  /** One version by number, if the viewer may read it; null otherwise. */
  async version(viewer: Viewer, guidelineId: string, number: number) {
    const row = await this.repository.findVersionByNumber(guidelineId, number);
    return row && this.mayReadVersion(viewer, row) ? row : null;
  }

  async versionById(viewer: Viewer, id: string): Promise<GuidelineVersionEntity> {
    const row = await this.repository.findVersion(id);
    if (!row || !this.mayReadVersion(viewer, row)) throw Errors.notFound('Guideline version');
    return row;
  }

  mayReadVersion(viewer: Viewer | null, row: GuidelineVersionEntity): boolean {
    return row.status === GuidelineVersionStatus.PUBLISHED || isGuidelineEditor(viewer);
  }

  /** Sections of versions the caller has already been allowed to read. */
  sectionsOf(versionIds: readonly string[]): Promise<GuidelineSectionEntity[]> {
    return this.repository.sectionsOf(versionIds);
  }

  /** Assessment questions of versions the caller has already been allowed to read, in order. */
  questionsOf(versionIds: readonly string[]): Promise<GuidelineSectionQuestionEntity[]> {
    return this.repository.questionsOf(versionIds);
  }

  /** Versions by id with their guideline, for citing or assessing a version (no access check). */
  async versionsWithGuidelines(
    versionIds: readonly string[],
  ): Promise<{ version: GuidelineVersionEntity; guideline: GuidelineEntity }[]> {
    const versions = await this.repository.findVersionsByIds(versionIds);
    const guidelines = await this.repository.findByIds([
      ...new Set(versions.map((v) => v.guidelineId)),
    ]);
    return versions.flatMap((version) => {
      const guideline = guidelines.find((g) => g.id === version.guidelineId);
      return guideline ? [{ version, guideline }] : [];
    });
  }

  /** The viewer's last read version per guideline (version id), for those they have read. */
  async lastRead(viewer: Viewer, guidelineIds: readonly string[]): Promise<Map<string, string>> {
    const reads = await this.repository.readsOf(viewer.memberId, guidelineIds);
    return new Map(reads.map((r) => [r.guidelineId, r.versionId]));
  }

  /** Records that the viewer has read a published version (the newest they read is kept). */
  async markRead(viewer: Viewer, guidelineId: string, number: number): Promise<GuidelineEntity> {
    return this.tx.run(async () => {
      const guideline = await this.byId(viewer, guidelineId);
      const version = await this.repository.findVersionByNumber(guideline.id, number);
      if (!version || version.status !== GuidelineVersionStatus.PUBLISHED)
        throw Errors.notFound('Guideline version');
      const previous = (await this.lastRead(viewer, [guideline.id])).get(guideline.id);
      const previousVersion = previous ? await this.repository.findVersion(previous) : null;
      // Opening an older version to compare does not undo having read a newer one.
      if (!previousVersion || previousVersion.number < version.number)
        await this.repository.recordRead(viewer.memberId, guideline.id, version.id);
      return guideline;
    });
  }

  /**
   * Keys of the sections of the newest published version that differ from the version the
   * viewer last read (added, changed, or gone from it); null when they have never read it.
   */
  async changedSinceLastRead(viewer: Viewer, guidelineId: string): Promise<string[] | null> {
    const lastId = (await this.lastRead(viewer, [guidelineId])).get(guidelineId);
    const latest = (await this.repository.latestPublished([guidelineId])).get(guidelineId);
    if (!lastId || !latest) return null;
    if (lastId === latest.id) return [];
    const sections = await this.repository.sectionsOf([lastId, latest.id]);
    return diffSections(
      sections.filter((s) => s.versionId === lastId),
      sections.filter((s) => s.versionId === latest.id),
    )
      .filter((d) => d.change !== SectionChange.UNCHANGED)
      .map((d) => d.key);
  }

  /** Section by section, how version `to` differs from version `from` of one guideline. */
  async diff(
    viewer: Viewer,
    guidelineId: string,
    fromNumber: number,
    toNumber: number,
  ): Promise<{
    from: GuidelineVersionEntity;
    to: GuidelineVersionEntity;
    sections: SectionDiff[];
  }> {
    const guideline = await this.byId(viewer, guidelineId);
    const from = await this.version(viewer, guideline.id, fromNumber);
    const to = await this.version(viewer, guideline.id, toNumber);
    if (!from || !to) throw Errors.notFound('Guideline version');
    const sections = await this.repository.sectionsOf([from.id, to.id]);
    return {
      from,
      to,
      sections: diffSections(
        sections.filter((s) => s.versionId === from.id),
        sections.filter((s) => s.versionId === to.id),
      ),
    };
  }

  /** Whether a section reads differently in two versions' section lists. */
  static changedBetween(
    key: string,
    before: readonly GuidelineSectionEntity[],
    after: readonly GuidelineSectionEntity[],
  ): boolean {
    return sectionChanged(
      before.find((s) => s.key === key) ?? null,
      after.find((s) => s.key === key) ?? null,
    );
  }
}
