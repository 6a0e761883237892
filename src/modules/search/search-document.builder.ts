import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import { CaseStatus } from 'src/modules/cases/case-enums';
import { CaseEntity } from 'src/modules/cases/case.entity';
import { markdownToPlainText } from 'src/modules/markdown/markdown';
import { AnswerEntity } from 'src/modules/questions/answer.entity';
import { AnswerStatus } from 'src/modules/questions/question-enums';
import { answerStage, questionStage } from 'src/modules/questions/question-workflow';
import { QuestionEntity } from 'src/modules/questions/question.entity';
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
  constructor(private readonly tx: TransactionHost) {}

  async build(key: string): Promise<SearchDocument | null> {
    const parsed = parseDocumentKey(key);
    if (!parsed) return null;
    const [document] =
      parsed.type === 'CASE' ? await this.cases([parsed.id]) : await this.questions([parsed.id]);
    return document ?? null;
  }

  /** Every searchable document's key, for a full reindex or a check. */
  async allKeys(): Promise<string[]> {
    const cases: { id: string }[] = await this.tx.manager.query(
      `SELECT id FROM case_study WHERE status = 'PUBLISHED' AND hidden_at IS NULL ORDER BY id`,
    );
    const questions: { id: string }[] = await this.tx.manager.query(
      `SELECT id FROM question WHERE status IN ('OPEN', 'ANSWERED', 'CLOSED') AND hidden_at IS NULL ORDER BY id`,
    );
    return [
      ...cases.map((r) => documentKey('CASE', r.id)),
      ...questions.map((r) => documentKey('QUESTION', r.id)),
    ];
  }

  /** Documents for many keys at once (a reindex batch): two or three queries per batch. */
  async buildMany(keys: readonly string[]): Promise<Map<string, SearchDocument>> {
    const parsed = keys.map(parseDocumentKey).filter((k) => k !== null);
    const documents = [
      ...(await this.cases(parsed.filter((k) => k.type === 'CASE').map((k) => k.id))),
      ...(await this.questions(parsed.filter((k) => k.type === 'QUESTION').map((k) => k.id))),
    ];
    return new Map(documents.map((d) => [d.key, d]));
  }

  private async cases(ids: readonly string[]): Promise<SearchDocument[]> {
    if (ids.length === 0) return [];
    const rows = await this.tx.manager.findBy(CaseEntity, { id: In([...ids]) });
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

  private async questions(ids: readonly string[]): Promise<SearchDocument[]> {
    if (ids.length === 0) return [];
    const rows = (await this.tx.manager.findBy(QuestionEntity, { id: In([...ids]) })).filter(
      (row) => questionStage(row.status, row.hiddenAt) === 'LIVE',
    );
    const answers =
      rows.length === 0
        ? []
        : await this.tx.manager.find(AnswerEntity, {
            where: { questionId: In(rows.map((r) => r.id)), status: AnswerStatus.PUBLISHED },
            order: { createdAt: 'ASC', id: 'ASC' },
          });
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
