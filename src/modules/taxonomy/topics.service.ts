// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { KeptValue } from 'src/common/kept-value';
import { TransactionHost } from 'src/database/transaction-host';
import { Errors, type FieldProblem } from 'src/graph/errors/app-error';
import {
  TOPIC_CATALOGUE,
  type TopicCatalogueEntry,
} from 'src/modules/taxonomy/topic-catalogue.data';
import { TopicKind } from 'src/modules/taxonomy/topic-kind.enum';
import type { TopicEntity } from 'src/modules/taxonomy/topic.entity';
import {
  TopicsRepository,
  type TopicParentLink,
  type TopicRow,
} from 'src/modules/taxonomy/topics.repository';
import { FieldProblemReason } from 'src/graph/errors/field-problem-reason';

const KIND_ORDER: readonly TopicKind[] = Object.values(TopicKind);

/** How an error message names a topic of each kind. */
const KIND_LABEL: Readonly<Record<TopicKind, string>> = {
  [TopicKind.RISK_AREA]: 'risk area',
  [TopicKind.COLLABORATION_TYPE]: 'collaboration type',
  [TopicKind.TECHNOLOGY_AREA]: 'technology area',
  [TopicKind.RESEARCH_FIELD]: 'research field',
};

/** Every topic, indexed; immutable once built, replaced as a whole on refresh. */
class TopicSnapshot {
  readonly ordered: readonly TopicEntity[];
  private readonly byId: ReadonlyMap<string, TopicEntity>;
  private readonly bySlug: ReadonlyMap<string, TopicEntity>;

  constructor(topics: readonly TopicEntity[]) {
    this.ordered = [...topics].sort(
      (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.position - b.position,
    );
    this.byId = new Map(topics.map((topic) => [topic.id, topic]));
    this.bySlug = new Map(topics.map((topic) => [topic.slug, topic]));
  }

  /** Ids are compared as PostgreSQL compares uuids, ignoring case; anything else is unknown. */
  get(id: string): TopicEntity | null {
    return this.byId.get(id.toLowerCase()) ?? null;
  }

  getBySlug(slug: string): TopicEntity | null {
    return this.bySlug.get(slug) ?? null;
  }
}

/**
 * The taxonomy is ~50 fixed rows read by nearly every content request, so it is loaded once,
 * lazily, and served from memory: no query per request and no way for a malformed id to reach SQL.
 * Only `seedCatalogue` changes the rows, and it refreshes the copy; other processes (a seed run
 * from the command line) are picked up on restart, which is how reference data ships anyway.
 */
@Injectable()
export class TopicsService {
  /**
   * One read for everyone (concurrent first calls share a single query), kept for the life of
   * the process; a failed read is not kept, so the next call tries again.
   */
  private readonly snapshot: KeptValue<TopicSnapshot>;

  constructor(
    private readonly repository: TopicsRepository,
    private readonly tx: TransactionHost,
  ) {
    this.snapshot = new KeptValue(
      async () => new TopicSnapshot(await this.repository.findAllCommitted()),
      { maxAgeMs: Number.POSITIVE_INFINITY },
    );
  }

  /** By kind (in `TopicKind` order), then in catalogue order within the kind. */
  async list(kind?: TopicKind): Promise<TopicEntity[]> {
    const { ordered } = await this.load();
    return kind ? ordered.filter((topic) => topic.kind === kind) : [...ordered];
  }

  /** Many at once, in the order asked (for DataLoaders and parents); unknown ids give null. */
  async byIds(ids: readonly string[]): Promise<(TopicEntity | null)[]> {
    const snapshot = await this.load();
    return ids.map((id) => snapshot.get(id));
  }

  async bySlug(slug: string): Promise<TopicEntity | null> {
    return (await this.load()).getBySlug(slug);
  }

  /**
   * The topics for ids a member submitted for `field`, each once, in the order given. Every id
   * must be a topic of `kind`; otherwise one BAD_USER_INPUT naming each offending value.
   */
  async requireOfKind(
    ids: readonly string[],
    kind: TopicKind,
    field: string,
  ): Promise<TopicEntity[]> {
    const snapshot = await this.load();
    const topics = new Map<string, TopicEntity>();
    const problems: FieldProblem[] = [];
    for (const id of ids) {
      const topic = snapshot.get(id);
      if (topic?.kind === kind) topics.set(topic.id, topic);
      else
        problems.push({
          field,
          message: `${quote(id)} is not a ${KIND_LABEL[kind]}`,
          reason: FieldProblemReason.UNKNOWN,
        });
    }
    if (problems.length) {
      throw Errors.badInput(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
    }
    return [...topics.values()];
  }

  /**
   * Reference data (DOMAIN §5): upserts the catalogue by slug, idempotently, in the caller's
   * transaction if there is one. Positions number the topics within their kind in catalogue
   * order. The in-memory copy is replaced by what this transaction now sees, so it is right at
   * once for this process; should the caller's transaction roll back instead, the next seed or a
   * restart corrects it.
   */
  async seedCatalogue(): Promise<void> {
    const topics = await this.tx.run(async () => {
      await this.repository.upsertBySlug(catalogueRows(TOPIC_CATALOGUE));
      const idBySlug = new Map((await this.repository.findAll()).map((t) => [t.slug, t.id]));
      await this.repository.setParents(parentLinks(TOPIC_CATALOGUE, idBySlug));
      return this.repository.findAll();
    });
    this.snapshot.set(new TopicSnapshot(topics));
  }

  private load(): Promise<TopicSnapshot> {
    return this.snapshot.get();
  }
}

function catalogueRows(entries: readonly TopicCatalogueEntry[]): TopicRow[] {
  const nextPosition = new Map<TopicKind, number>();
  return entries.map((entry) => {
    const kind = TopicKind[entry.kind];
    const position = nextPosition.get(kind) ?? 0;
    nextPosition.set(kind, position + 1);
    return { slug: entry.slug, kind, nameSv: entry.nameSv, nameEn: entry.nameEn, position };
  });
}

function parentLinks(
  entries: readonly TopicCatalogueEntry[],
  idBySlug: ReadonlyMap<string, string>,
): TopicParentLink[] {
  const idOf = (slug: string): string => {
    const id = idBySlug.get(slug);
    if (!id) throw new Error(`Topic ${slug} is not in the catalogue`);
    return id;
  };
  return entries.map((entry) => ({
    id: idOf(entry.slug),
    parentId: entry.parentSlug === undefined ? null : idOf(entry.parentSlug),
  }));
}

/** The submitted value, quoted and cut short so a long one cannot bloat the error. */
function quote(value: string): string {
  return JSON.stringify(value.length > 64 ? `${value.slice(0, 64)}…` : value);
}
