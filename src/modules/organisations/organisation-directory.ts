// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KeptValue } from 'src/common/kept-value';
import { OrganisationEntity } from 'src/modules/organisations/organisation.entity';

/**
 * Every organisation, held in memory for what content shows of its author's and recipients'
 * organisations (AuthorFields): a page of 20 cases asked for its organisations in a statement of
 * its own on every request, for a table of tens of rows that changes by an administrator's
 * hand. Read again when older than MAX_AGE_MS, at once in this process after an administrator's
 * change (`forget`), and when asked for an id it does not hold (an organisation created since),
 * at most once per MISS_REREAD_MS. Another API process sees a change within MAX_AGE_MS: names
 * and kinds, nothing an access decision reads (those read the database).
 *
 * The entities are shared by every request: read them, never change them.
 */
@Injectable()
export class OrganisationDirectory {
  // On the pool, never in the asking request's transaction: what is kept must be committed.
  private readonly organisations = new KeptValue(
    async () =>
      new Map((await this.dataSource.manager.find(OrganisationEntity)).map((row) => [row.id, row])),
    { maxAgeMs: MAX_AGE_MS },
  );

  constructor(private readonly dataSource: DataSource) {}

  /** The organisations of these ids, in the order asked; unknown ids give null. */
  async byIds(ids: readonly string[]): Promise<(OrganisationEntity | null)[]> {
    let organisations = await this.organisations.get();
    if (ids.some((id) => !organisations.has(id)) && this.organisations.age() > MISS_REREAD_MS)
      organisations = await this.organisations.refresh();
    return ids.map((id) => organisations.get(id) ?? null);
  }

  /** Read them again on the next ask (after a change committed by this process). */
  forget(): void {
    this.organisations.forget();
  }
}

const MAX_AGE_MS = 30_000;
const MISS_REREAD_MS = 1_000;
