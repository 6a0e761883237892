// SPDX-License-Identifier: EUPL-1.2
import type {
  AssessmentAnswerValue,
  AssessmentFullFragment,
  AssessmentItemInput,
  RiskRating,
  UpdateAssessmentInput,
} from '../../graphql/graphql';

export const ANSWERS: readonly AssessmentAnswerValue[] = ['YES', 'NO', 'UNSURE', 'NOT_APPLICABLE'];
export const RISKS: readonly RiskRating[] = ['LOW', 'MEDIUM', 'HIGH', 'UNACCEPTABLE'];

/** Limits the API applies (DOMAIN §15), checked here so the member hears of them at the field. */
export const LIMITS = { title: 200, note: 4000, mitigations: 10 } as const;

export interface MitigationForm {
  /** A key for the list only (the API gives each saved mitigation a new id on every save). */
  key: string;
  description: string;
  owner: string;
  /** yyyy-mm-dd or ''. */
  dueOn: string;
}

export interface ItemForm {
  answer: AssessmentAnswerValue | '';
  note: string;
  risk: RiskRating | '';
  mitigations: MitigationForm[];
}

/** What the member edits: the texts and each question's answer, by question key. */
export interface AssessmentForm {
  title: string;
  collaborationSummary: string;
  items: Record<string, ItemForm>;
}

/**
 * The editor's state as kept in the tab's storage: the member's edits and the saved assessment
 * they started from. The base is what makes a save merge-friendly: only what differs from it is
 * sent, so a colleague's answers to other questions are not overwritten.
 */
export interface AssessmentDraft {
  mine: AssessmentForm;
  base: AssessmentForm;
}

let keys = 0;
export const newMitigationKey = () => `m${Date.now().toString(36)}${(keys++).toString(36)}`;

export const emptyMitigation = (): MitigationForm => ({
  key: newMitigationKey(),
  description: '',
  owner: '',
  dueOn: '',
});

export function formFromAssessment(assessment: AssessmentFullFragment): AssessmentForm {
  const items: Record<string, ItemForm> = {};
  for (const section of assessment.sections)
    for (const item of section.items)
      items[item.questionKey] = {
        answer: item.answer ?? '',
        note: item.note ?? '',
        risk: item.risk ?? '',
        mitigations: item.mitigations.map((m) => ({
          key: m.id,
          description: m.description,
          owner: m.owner,
          dueOn: m.dueOn ?? '',
        })),
      };
  return {
    title: assessment.title,
    collaborationSummary: assessment.collaborationSummary,
    items,
  };
}

const emptyItem = (): ItemForm => ({ answer: '', note: '', risk: '', mitigations: [] });

/** Two answers are the same when every field is (mitigation keys do not count). */
export function sameItem(a: ItemForm | undefined, b: ItemForm | undefined): boolean {
  const x = a ?? emptyItem();
  const y = b ?? emptyItem();
  if (x.answer !== y.answer || x.note !== y.note || x.risk !== y.risk) return false;
  if (x.mitigations.length !== y.mitigations.length) return false;
  return x.mitigations.every((m, i) => {
    const n = y.mitigations[i];
    return (
      n !== undefined &&
      m.description === n.description &&
      m.owner === n.owner &&
      m.dueOn === n.dueOn
    );
  });
}

/** The question keys whose answer the member changed since the base. */
export function changedKeys(draft: AssessmentDraft): string[] {
  return Object.keys(draft.mine.items).filter(
    (key) => !sameItem(draft.mine.items[key], draft.base.items[key]),
  );
}

export function hasChanges(draft: AssessmentDraft): boolean {
  return (
    draft.mine.title !== draft.base.title ||
    draft.mine.collaborationSummary !== draft.base.collaborationSummary ||
    changedKeys(draft).length > 0
  );
}

function toItemInput(questionKey: string, item: ItemForm): AssessmentItemInput {
  return {
    questionKey,
    answer: item.answer || null,
    note: item.note.trim() ? item.note : null,
    risk: item.risk || null,
    // A mitigation belongs to a rated risk; without a rating there is nothing to mitigate.
    mitigations: item.risk
      ? item.mitigations
          .filter((m) => m.description.trim() || m.owner.trim())
          .map((m) => ({
            description: m.description.trim(),
            owner: m.owner.trim(),
            dueOn: m.dueOn || null,
          }))
      : [],
  };
}

/** The update for what changed since the base (only those items: the API replaces just them). */
export function toUpdateInput(
  id: string,
  expectedUpdatedAt: string,
  draft: AssessmentDraft,
): UpdateAssessmentInput {
  const { mine, base } = draft;
  return {
    id,
    expectedUpdatedAt,
    ...(mine.title !== base.title ? { title: mine.title.trim() } : {}),
    ...(mine.collaborationSummary !== base.collaborationSummary
      ? { collaborationSummary: mine.collaborationSummary }
      : {}),
    items: changedKeys(draft).map((key) => toItemInput(key, mine.items[key] ?? emptyItem())),
  };
}

/**
 * The member's edits moved onto a newer saved assessment: what they changed stays theirs, what
 * they did not touch becomes the newer saved value (a colleague's answers, a new decision).
 */
export function rebase(draft: AssessmentDraft, server: AssessmentForm): AssessmentDraft {
  const { mine, base } = draft;
  const items: Record<string, ItemForm> = {};
  for (const key of Object.keys(server.items)) {
    const changed = !sameItem(mine.items[key], base.items[key]);
    items[key] = (changed ? mine.items[key] : server.items[key]) ?? emptyItem();
  }
  return {
    base: server,
    mine: {
      title: mine.title !== base.title ? mine.title : server.title,
      collaborationSummary:
        mine.collaborationSummary !== base.collaborationSummary
          ? mine.collaborationSummary
          : server.collaborationSummary,
      items,
    },
  };
}

/** A problem to fix before saving: the field's name (for the error summary) and an i18n key. */
export interface FormProblem {
  field: string;
  key: string;
  values?: Record<string, unknown>;
}

export const itemField = (questionKey: string, part: string) => `items.${questionKey}.${part}`;

export function formProblems(form: AssessmentForm): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!form.title.trim()) problems.push({ field: 'title', key: 'assessments.missing.title' });
  else if (form.title.trim().length > LIMITS.title)
    problems.push({ field: 'title', key: 'assessments.tooLong', values: { max: LIMITS.title } });
  for (const [key, item] of Object.entries(form.items)) {
    if (item.note.length > LIMITS.note)
      problems.push({
        field: itemField(key, 'note'),
        key: 'assessments.tooLong',
        values: { max: LIMITS.note },
      });
    if (item.mitigations.length > LIMITS.mitigations)
      problems.push({
        field: itemField(key, 'mitigations'),
        key: 'assessments.tooManyMitigations',
        values: { max: LIMITS.mitigations },
      });
    item.mitigations.forEach((m, index) => {
      const started = m.description.trim() || m.owner.trim() || m.dueOn;
      if (started && !m.description.trim())
        problems.push({
          field: itemField(key, `mitigations.${index}.description`),
          key: 'assessments.missing.mitigationDescription',
        });
      if (started && !m.owner.trim())
        problems.push({
          field: itemField(key, `mitigations.${index}.owner`),
          key: 'assessments.missing.mitigationOwner',
        });
    });
  }
  return problems;
}
