// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
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
  private organisations: Promise<ReadonlyMap<string, OrganisationEntity>> | null = null;
  private readAt = 0;

  constructor(private readonly dataSource: DataSource) {}

  /** The organisations of these ids, in the order asked; unknown ids give null. */
  async byIds(ids: readonly string[]): Promise<(OrganisationEntity | null)[]> {
    let organisations = await this.current();
    if (ids.some((id) => !organisations.has(id)) && Date.now() - this.readAt > MISS_REREAD_MS) {
      organisations = await this.read();
    }
    return ids.map((id) => organisations.get(id) ?? null);
  }

  /** Read them again on the next ask (after a change committed by this process). */
  forget(): void {
    this.organisations = null;
  }

  private current(): Promise<ReadonlyMap<string, OrganisationEntity>> {
    if (!this.organisations || Date.now() - this.readAt > MAX_AGE_MS) return this.read();
    return this.organisations;
  }

  private read(): Promise<ReadonlyMap<string, OrganisationEntity>> {
    this.readAt = Date.now();
    // On the pool, never in the asking request's transaction: what is kept must be committed.
    const reading = this.dataSource.manager
      .find(OrganisationEntity)
      .then((rows) => new Map(rows.map((row) => [row.id, row])));
    // A failed read is not kept: the next ask tries again.
    reading.catch(() => {
      if (this.organisations === reading) this.organisations = null;
    });
    this.organisations = reading;
    return reading;
  }
}

const MAX_AGE_MS = 30_000;
const MISS_REREAD_MS = 1_000;
