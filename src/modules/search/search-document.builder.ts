// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { CaseStatus } from 'src/modules/cases/case-enums';
import { CasesService } from 'src/modules/cases/cases.service';
import { markdownToPlainText } from 'src/modules/markdown/markdown';
import { AnswersService } from 'src/modules/questions/answers.service';
import { AnswerStatus } from 'src/modules/questions/question-enums';
import { answerStage, questionStage } from 'src/modules/questions/question-workflow';
import { QuestionsService } from 'src/modules/questions/questions.service';
import type { SearchDocument, SearchableType } from 'src/modules/search/engine/search-engine';

export const documentKey = (type: SearchableType, id: string) => `${type}:${id}`;

export function parseDocumentKey(key: string): { type: SearchableType; id: string } | null {
  const [type, id] = key.split(':');
  return (type === 'CASE' || type === 'QUESTION') && id ? { type, id } : null;
}

/**
 * Builds search documents from PostgreSQL, the source of truth: only what is LIVE for its
 * audience (a published, visible case; an open, answered or closed visible question with its
 * published, visible answers). `null` means "not searchable": the indexer removes it.
 * Documents carry the author's id as an access key only; see SearchDocument.
 */
@Injectable()
export class SearchDocumentBuilder {
  constructor(
    private readonly cases: CasesService,
    private readonly questions: QuestionsService,
    private readonly answers: AnswersService,
  ) {}

  async build(key: string): Promise<SearchDocument | null> {
    const parsed = parseDocumentKey(key);
    if (!parsed) return null;
    const [document] =
      parsed.type === 'CASE'
        ? await this.caseDocuments([parsed.id])
        : await this.questionDocuments([parsed.id]);
    return document ?? null;
  }

  /** Every searchable document's key, for a full reindex or a check. */
  async allKeys(): Promise<string[]> {
    const cases = await this.cases.searchableIds();
    const questions = await this.questions.searchableIds();
    return [
      ...cases.map((id) => documentKey('CASE', id)),
      ...questions.map((id) => documentKey('QUESTION', id)),
    ];
  }

  /** Documents for many keys at once (a reindex batch): two or three queries per batch. */
  async buildMany(keys: readonly string[]): Promise<Map<string, SearchDocument>> {
    const parsed = keys.map(parseDocumentKey).filter((k) => k !== null);
    const documents = [
      ...(await this.caseDocuments(parsed.filter((k) => k.type === 'CASE').map((k) => k.id))),
      ...(await this.questionDocuments(
        parsed.filter((k) => k.type === 'QUESTION').map((k) => k.id),
      )),
    ];
    return new Map(documents.map((d) => [d.key, d]));
  }

  private async caseDocuments(ids: readonly string[]): Promise<SearchDocument[]> {
    if (ids.length === 0) return [];
    const rows = await this.cases.findManyUnchecked(ids);
    return rows
      .filter((row) => row.status === CaseStatus.PUBLISHED && row.hiddenAt === null)
      .map((row) => ({
        key: documentKey('CASE', row.id),
        type: 'CASE' as const,
        id: row.id,
        language: row.language,
        title: row.title,
        summary: row.summary,
        body: [row.context, row.whatHappened, row.assessment, row.mitigations, row.lessonsLearned]
          .filter((text): text is string => text !== null)
          .map(markdownToPlainText)
          .join('\n'),
        answers: '',
        topicIds: [...row.topicIds].sort(),
        countryCodes: [...row.countryCodes].sort(),
        outcome: row.outcome,
        year: row.year,
        publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
        sharingLevel: row.sharingLevel,
        authorId: row.authorId,
        authorOrganisationId: row.authorOrganisationId,
        recipientOrganisationIds: [...row.recipientOrganisationIds].sort(),
        recipientMemberIds: [...row.recipientMemberIds].sort(),
        directedToIds: [],
      }));
  }

  private async questionDocuments(ids: readonly string[]): Promise<SearchDocument[]> {
    if (ids.length === 0) return [];
    const rows = (await this.questions.findManyUnchecked(ids)).filter(
      (row) => questionStage(row.status, row.hiddenAt) === 'LIVE',
    );
    const answers =
      rows.length === 0
        ? []
        : (await this.answers.ofQuestionsUnchecked(rows.map((r) => r.id))).filter(
            (a) => a.status === AnswerStatus.PUBLISHED,
          );
    return rows.map((row) => ({
      key: documentKey('QUESTION', row.id),
      type: 'QUESTION' as const,
      id: row.id,
      language: row.language,
      title: row.title,
      summary: '',
      body: markdownToPlainText(row.body),
      answers: answers
        .filter((a) => a.questionId === row.id && answerStage(a.status, a.hiddenAt) === 'LIVE')
        .map((a) => markdownToPlainText(a.body))
        .join('\n'),
      topicIds: [...row.topicIds].sort(),
      countryCodes: [...row.countryCodes].sort(),
      outcome: null,
      year: (row.openedAt ?? row.createdAt).getUTCFullYear(),
      publishedAt: (row.openedAt ?? row.createdAt).toISOString(),
      sharingLevel: row.sharingLevel,
      authorId: row.authorId,
      authorOrganisationId: row.authorOrganisationId,
      recipientOrganisationIds: [...row.recipientOrganisationIds].sort(),
      recipientMemberIds: [...row.recipientMemberIds].sort(),
      directedToIds: [...row.directedToIds].sort(),
    }));
  }
}
