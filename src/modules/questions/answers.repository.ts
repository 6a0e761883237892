// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { In, IsNull, Not } from 'typeorm';
import { TransactionHost } from 'src/database/transaction-host';
import { AnswerVoteEntity } from 'src/modules/questions/answer-vote.entity';
import { AnswerEntity } from 'src/modules/questions/answer.entity';
import { AnswerStatus } from 'src/modules/questions/question-enums';

@Injectable()
export class AnswersRepository {
  constructor(private readonly tx: TransactionHost) {}

  findById(id: string, options: { lock?: boolean } = {}): Promise<AnswerEntity | null> {
    return this.tx.manager.findOne(AnswerEntity, {
      where: { id },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  findByIds(ids: readonly string[]): Promise<AnswerEntity[]> {
    return ids.length
      ? this.tx.manager.findBy(AnswerEntity, { id: In([...ids]) })
      : Promise.resolve([]);
  }

  /** Every answer of these questions, oldest first: one query for a whole page of questions. */
  ofQuestions(questionIds: readonly string[]): Promise<AnswerEntity[]> {
    return questionIds.length
      ? this.tx.manager.find(AnswerEntity, {
          where: { questionId: In([...questionIds]) },
          order: { createdAt: 'ASC', id: 'ASC' },
        })
      : Promise.resolve([]);
  }

  insert(row: Partial<AnswerEntity>): Promise<AnswerEntity> {
    return this.tx.manager.save(AnswerEntity, this.tx.manager.create(AnswerEntity, row));
  }

  /** Items whose author asked for a new review after one kept them hidden, oldest first. */
  awaitingReview(): Promise<Pick<AnswerEntity, 'id' | 'reviewRequestedAt'>[]> {
    return this.tx.manager.find(AnswerEntity, {
      select: { id: true, reviewRequestedAt: true },
      where: { reviewRequestedAt: Not(IsNull()) },
      order: { reviewRequestedAt: 'ASC', id: 'ASC' },
    });
  }

  async update(id: string, changes: Partial<AnswerEntity>): Promise<void> {
    await this.tx.manager.update(AnswerEntity, { id }, { ...changes, updatedAt: new Date() });
  }

  /** Publishes a question's answers still waiting for a moderator; returns their ids. */
  async publishPendingOf(questionId: string): Promise<string[]> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
    const [rows] = await this.tx.manager.query<[{ id: string }[], number]>(
      `UPDATE answer SET status = 'PUBLISHED', published_at = now(), updated_at = now()
        WHERE question_id = $1 AND status = 'PENDING_REVIEW' RETURNING id`,
      [questionId],
    );
    return rows.map((r) => r.id);
  }

  pendingReview(): Promise<Pick<AnswerEntity, 'id' | 'createdAt'>[]> {
    // Answers wait for review only on community questions (DOMAIN §7).
    return this.tx.manager
      .createQueryBuilder(AnswerEntity, 'a')
      .select(['a.id', 'a.createdAt'])
      .innerJoin('question', 'q', 'q.id = a.question_id')
      .where('a.status = :status', { status: AnswerStatus.PENDING_REVIEW })
      .andWhere(`q.sharing_level IN ('CLEAR', 'GREEN')`)
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  /** Sets a member's vote; true when it changed anything. Safe under concurrent calls. */
  async setVote(answerId: string, memberId: string, helpful: boolean): Promise<boolean> {
    if (helpful) {
      const inserted: unknown[] = await this.tx.manager.query(
        `INSERT INTO answer_vote (answer_id, member_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING answer_id`,
        [answerId, memberId],
      );
      return inserted.length > 0;
    }
    const result = await this.tx.manager.delete(AnswerVoteEntity, { answerId, memberId });
    return (result.affected ?? 0) > 0;
  }

  async hasVoted(answerId: string, memberId: string): Promise<boolean> {
    return this.tx.manager.existsBy(AnswerVoteEntity, { answerId, memberId });
  }

  async voteCounts(answerIds: readonly string[]): Promise<Map<string, number>> {
    if (answerIds.length === 0) return new Map();
    const rows: { answer_id: string; n: number }[] = await this.tx.manager.query(
      `SELECT answer_id, count(*)::int AS n FROM answer_vote WHERE answer_id = ANY($1::uuid[]) GROUP BY answer_id`,
      [answerIds],
    );
    return new Map(rows.map((r) => [r.answer_id, r.n]));
  }

  async votedBy(memberId: string, answerIds: readonly string[]): Promise<Set<string>> {
    if (answerIds.length === 0) return new Set();
    const rows: { answer_id: string }[] = await this.tx.manager.query(
      `SELECT answer_id FROM answer_vote WHERE member_id = $1 AND answer_id = ANY($2::uuid[])`,
      [memberId, answerIds],
    );
    return new Set(rows.map((r) => r.answer_id));
  }
}
