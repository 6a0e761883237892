// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { Role } from 'src/graph/auth/role.enum';
import { MemberDataCollector } from 'src/modules/data-export/member-data.collector';
import { DigestPlanner } from 'src/modules/digests/digest-planner';
import { AssessmentRemindersProcessor } from 'src/modules/assessments/jobs/assessment-reminders.processor';
import { stockholmDate } from 'src/modules/questions/working-days';
import { signedInMember, type SignedInMember } from 'test/factories/member.factory';
import { questionInput } from 'test/factories/question.factory';
import { createCase } from 'test/factories/case.factory';
import { SEARCH_QUERY } from 'test/helpers/search-client';
import { startTestApp, type TestApp } from 'test/helpers/test-app';

const FIELDS = `id title collaborationSummary status decision decisionReason decidedAt reviewOn
  reviewDue updatedAt viewerIsOwner highestRisk openMitigationCount
  owner { id displayName } sharedWith { id displayName }
  guideline { versionId guidelineSlug versionNumber latestVersionNumber newerVersionExists }
  sections { sectionKey headingSv items { questionKey textSv answer note risk
    mitigations { id description owner dueOn } } }
  history(first: 50) { totalCount edges { node { kind summary actorName } } }`;
const START = `mutation($input: StartAssessmentInput!) { startAssessment(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateAssessmentInput!) { updateAssessment(input: $input) { ${FIELDS} } }`;
const SHARE = `mutation($input: ShareAssessmentInput!) { shareAssessment(input: $input) { ${FIELDS} } }`;
const DECIDE = `mutation($input: DecideAssessmentInput!) { decideAssessment(input: $input) { ${FIELDS} } }`;
const REOPEN = `mutation($id: ID!, $at: DateTime!) { reopenAssessment(id: $id, expectedUpdatedAt: $at) { ${FIELDS} } }`;
const REVIEW = `mutation($id: ID!, $on: LocalDate) { setAssessmentReviewDate(id: $id, reviewOn: $on) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteAssessment(id: $id) }`;
const ONE = `query($id: ID!) { assessment(id: $id) { ${FIELDS} } }`;
const LIST = `{ assessments(first: 100) { totalCount edges { node { id title } } } }`;
const EXPORT = `query($id: ID!, $format: AssessmentExportFormat!) {
  assessmentExport(id: $id, format: $format) { filename mediaType content } }`;
const EXCERPT = `query($input: AssessmentExcerptInput!) {
  assessmentExcerpt(input: $input) { title markdown citations { versionId sectionKey } } }`;
const NOTIFICATIONS = `{ notifications(first: 100) { edges { node { kind contentType contentId title text } } } }`;
const AUDIT = `{ auditLog(first: 100) { edges { node { action targetId targetType details reason } } } }`;
const INSIGHT = `query($input: InsightTableInput!) { insightTable(input: $input) {
  columns rows { key counts total } columnTotals grandTotal } }`;

/** A word no other test writes, so search, digests and logs can be searched for it. */
const SECRET = `zirkonvalv${randomBytes(3).toString('hex')}`;
const NOTE_WORD = `kvartsbrygga${randomBytes(3).toString('hex')}`;

const question = (key: string, text: string) => ({
  key,
  textSv: `${text}?`,
  textEn: `${text} (en)?`,
});
const SECTIONS = [
  {
    key: 'know-your-partner',
    headingSv: 'Känn din partner',
    headingEn: 'Know your partner',
    bodySv: 'Vem äger partnern?',
    bodyEn: 'Who owns the partner?',
    questions: [
      question('ownership-known', 'Vet ni vem som äger partnern'),
      question('sanctions-checked', 'Är sanktionslistor kontrollerade'),
    ],
  },
  {
    key: 'agreements',
    headingSv: 'Avtal',
    headingEn: 'Agreements',
    bodySv: 'Skriv avtal.',
    bodyEn: 'Write agreements.',
    questions: [question('exit-clause', 'Går det att avsluta samarbetet')],
  },
  {
    key: 'no-questions',
    headingSv: 'Bakgrund',
    headingEn: 'Background',
    bodySv: 'Ingen fråga här.',
    bodyEn: 'No question here.',
  },
];

type Persona =
  | 'owner'
  | 'colleague'
  | 'sameOrg'
  | 'orgContact'
  | 'otherOrg'
  | 'moderator'
  | 'admin'
  | 'expert'
  | 'editor'
  | 'visitor';
const READERS: readonly Persona[] = ['owner', 'colleague'];

/**
 * Self-assessments (DOMAIN §15) through GraphQL with the real workers: a template from a
 * guideline version, the access matrix over every read path (only the owner and the colleague
 * it is shared with read it), the write rules, reminders, exports, and excerpts that carry only
 * what was chosen and are screened where they are used.
 */
describe('Self-assessments (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  const who = {} as Record<Exclude<Persona, 'visitor'>, SignedInMember>;
  const token = (p: Persona) => (p === 'visitor' ? undefined : who[p].accessToken);
  let versionId: string;
  let guidelineId: string;
  let assessment: { id: string; updatedAt: string };

  const gql = (query: string, variables: Record<string, unknown>, p: Persona) =>
    t.gql<any>(query, variables, token(p));
  const ok = async (query: string, variables: Record<string, unknown>, p: Persona) => {
    const result = await gql(query, variables, p);
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, any>;
  };
  const code = async (query: string, variables: Record<string, unknown>, p: Persona) =>
    (await gql(query, variables, p)).errors?.[0]?.extensions?.code;
  const snapshot = async (id: string) =>
    JSON.stringify(
      await db.query(
        `SELECT a.*, (SELECT count(*) FROM assessment_change c WHERE c.assessment_id = a.id) AS changes,
                (SELECT json_agg(s.member_id ORDER BY s.member_id) FROM assessment_share s WHERE s.assessment_id = a.id) AS shares,
                (SELECT json_agg(i ORDER BY i.question_key) FROM assessment_item i WHERE i.assessment_id = a.id) AS items
           FROM assessment a WHERE a.id = $1`,
        [id],
      ),
    );

  beforeAll(async () => {
    t = await startTestApp({ worker: true });
    db = t.app.get(DataSource);
    who.owner = await signedInMember(t, { displayName: 'Olga Ägare' });
    who.colleague = await signedInMember(t, { displayName: 'Kim Kollega' });
    who.sameOrg = await signedInMember(t);
    who.orgContact = await signedInMember(t, { roles: [Role.ORG_CONTACT] });
    who.otherOrg = await signedInMember(t, { organisationSlug: 'chalmers' });
    who.moderator = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.MODERATOR],
    });
    who.admin = await signedInMember(t, {
      organisationSlug: 'universitets-och-hogskoleradet',
      roles: [Role.ADMIN],
    });
    who.expert = await signedInMember(t, {
      organisationSlug: 'inspektionen-for-strategiska-produkter',
      roles: [Role.EXPERT],
    });
    who.editor = await signedInMember(t, {
      organisationSlug: 'vetenskapsradet',
      roles: [Role.EDITOR],
    });
    const created = await ok(
      `mutation($input: CreateGuidelineInput!) { createGuideline(input: $input) {
        id draft { id sections { key questions { key textSv textEn } } } } }`,
      {
        input: {
          slug: `assess-${randomBytes(3).toString('hex')}`,
          kind: 'CHECKLIST',
          titleSv: 'Checklista',
          titleEn: 'Checklist',
          sections: SECTIONS,
        },
      },
      'editor',
    );
    guidelineId = created.createGuideline.id;
    versionId = created.createGuideline.draft.id;
    expect(
      created.createGuideline.draft.sections[0].questions.map((q: { key: string }) => q.key),
    ).toEqual(['ownership-known', 'sanctions-checked']);
    await ok(
      `mutation($id: ID!) { publishGuidelineVersion(versionId: $id) { id } }`,
      { id: versionId },
      'editor',
    );
  });

  afterAll(() => t.close());

  it('keeps question keys unique in a version and a published version’s questions final', async () => {
    const duplicate = await gql(
      `mutation($input: CreateGuidelineInput!) { createGuideline(input: $input) { id } }`,
      {
        input: {
          slug: `dup-${randomBytes(3).toString('hex')}`,
          kind: 'CHECKLIST',
          titleSv: 'x',
          titleEn: 'x',
          sections: [
            SECTIONS[0],
            { ...SECTIONS[1], questions: [question('ownership-known', 'Igen')] },
          ],
        },
      },
      'editor',
    );
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(duplicate.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'sections.1.questions.0.key' }),
    ]);
    for (const statement of [
      `UPDATE guideline_section_question SET text_sv = 'x' WHERE version_id = $1`,
      `DELETE FROM guideline_section_question WHERE version_id = $1`,
      `INSERT INTO guideline_section_question (version_id, section_key, key, position, text_sv, text_en)
         VALUES ($1, 'agreements', 'extra', 9, 'x', 'x')`,
    ])
      await expect(db.query(statement, [versionId])).rejects.toThrow(/published/);
    // A new draft starts with the published version's questions.
    const draft = await ok(
      `mutation($id: ID!) { startGuidelineDraft(guidelineId: $id) { sections { key questions { key } } } }`,
      { id: guidelineId },
      'editor',
    );
    expect(draft.startGuidelineDraft.sections[1].questions).toEqual([{ key: 'exit-clause' }]);
  });

  it('starts an assessment as a template of the version’s questions, per section', async () => {
    const started = (
      await ok(
        START,
        {
          input: {
            guidelineVersionId: versionId,
            title: `Partnerskap ${SECRET}`,
            collaborationSummary: 'Ett **gemensamt** labb.',
          },
        },
        'owner',
      )
    ).startAssessment;
    assessment = started;
    expect(started).toMatchObject({
      status: 'DRAFT',
      viewerIsOwner: true,
      highestRisk: null,
      openMitigationCount: 0,
      owner: { id: who.owner.id, displayName: 'Olga Ägare' },
      sharedWith: [],
      guideline: { versionId, versionNumber: 1, newerVersionExists: false },
    });
    expect(
      started.sections.map((s: { sectionKey: string; items: { questionKey: string }[] }) => [
        s.sectionKey,
        s.items.map((i) => i.questionKey),
      ]),
    ).toEqual([
      ['know-your-partner', ['ownership-known', 'sanctions-checked']],
      ['agreements', ['exit-clause']],
    ]);
    expect(started.history.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual([
      'CREATED',
    ]);
    expect(
      await code(
        START,
        { input: { guidelineVersionId: 'x', title: 't', collaborationSummary: '' } },
        'owner',
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('validates answers: unknown question keys, lengths and stale saves', async () => {
    const base = { id: assessment.id, expectedUpdatedAt: assessment.updatedAt };
    const unknown = await gql(
      UPDATE,
      { input: { ...base, items: [{ questionKey: 'nope' }] } },
      'owner',
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'items.0.questionKey' })],
    });
    expect(await code(UPDATE, { input: { ...base, title: 'x'.repeat(201) } }, 'owner')).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      await code(
        UPDATE,
        { input: { ...base, items: [{ questionKey: 'exit-clause', note: 'x'.repeat(4001) }] } },
        'owner',
      ),
    ).toBe('BAD_USER_INPUT');
    const eleven = Array.from({ length: 11 }, (_, i) => ({ description: `d${i}`, owner: 'o' }));
    expect(
      await code(
        UPDATE,
        { input: { ...base, items: [{ questionKey: 'exit-clause', mitigations: eleven }] } },
        'owner',
      ),
    ).toBe('BAD_USER_INPUT');

    const saved = (
      await ok(
        UPDATE,
        {
          input: {
            ...base,
            items: [
              {
                questionKey: 'ownership-known',
                answer: 'UNSURE',
                note: `Ägarskap oklart ${NOTE_WORD} <script>alert(1)</script>`,
                risk: 'UNACCEPTABLE',
                mitigations: [
                  {
                    description: 'Kontrollera registret',
                    owner: 'Forskningsstöd',
                    dueOn: '2030-01-31',
                  },
                ],
              },
              {
                questionKey: 'sanctions-checked',
                answer: 'YES',
                note: 'Ej valt: hemlig anteckning',
                risk: 'LOW',
              },
            ],
          },
        },
        'owner',
      )
    ).updateAssessment;
    expect(saved.highestRisk).toBe('UNACCEPTABLE');
    expect(saved.openMitigationCount).toBe(1);
    expect(saved.history.edges[0].node).toMatchObject({
      kind: 'UPDATED',
      summary: '2 answers changed',
      actorName: 'Olga Ägare',
    });
    // The history never quotes the content.
    expect(JSON.stringify(saved.history)).not.toContain(NOTE_WORD);
    // A save from the old copy is a conflict and changes nothing.
    const before = await snapshot(assessment.id);
    expect(await code(UPDATE, { input: { ...base, title: 'Stale' } }, 'owner')).toBe('CONFLICT');
    expect(await snapshot(assessment.id)).toBe(before);
    assessment = saved;
  });

  it('shares only with active members of the organisation, and only the owner shares or deletes', async () => {
    expect(
      await code(SHARE, { input: { id: assessment.id, memberIds: [who.otherOrg.id] } }, 'owner'),
    ).toBe('BAD_USER_INPUT');
    const shared = (
      await ok(SHARE, { input: { id: assessment.id, memberIds: [who.colleague.id] } }, 'owner')
    ).shareAssessment;
    expect(shared.sharedWith).toEqual([{ id: who.colleague.id, displayName: 'Kim Kollega' }]);
    expect(shared.history.edges[0].node).toMatchObject({
      kind: 'SHARED',
      summary: 'Shared with 1 member',
    });
    assessment = shared;
    const before = await snapshot(assessment.id);
    expect(await code(SHARE, { input: { id: assessment.id, memberIds: [] } }, 'colleague')).toBe(
      'FORBIDDEN',
    );
    expect(await code(DELETE, { id: assessment.id }, 'colleague')).toBe('FORBIDDEN');
    expect(await snapshot(assessment.id)).toBe(before);
    // The colleague reads and edits.
    const edited = (
      await ok(
        UPDATE,
        {
          input: {
            id: assessment.id,
            expectedUpdatedAt: assessment.updatedAt,
            items: [{ questionKey: 'exit-clause', answer: 'NO', risk: 'MEDIUM' }],
          },
        },
        'colleague',
      )
    ).updateAssessment;
    expect(edited.viewerIsOwner).toBe(false);
    expect(edited.history.edges[0].node).toMatchObject({
      summary: '1 answer changed',
      actorName: 'Kim Kollega',
    });
    assessment = edited;
  });

  it('answers NOT_FOUND to every mutation by a non-reader and writes nothing', async () => {
    const before = await snapshot(assessment.id);
    const id = assessment.id;
    const at = assessment.updatedAt;
    for (const p of [
      'sameOrg',
      'orgContact',
      'otherOrg',
      'moderator',
      'admin',
      'expert',
      'editor',
    ] as const) {
      for (const [query, variables] of [
        [UPDATE, { input: { id, expectedUpdatedAt: at, title: 'Hijack' } }],
        [SHARE, { input: { id, memberIds: [who[p].id] } }],
        [DECIDE, { input: { id, expectedUpdatedAt: at, decision: 'DO_NOT_PROCEED', reason: 'x' } }],
        [REOPEN, { id, at }],
        [REVIEW, { id, on: null }],
        [DELETE, { id }],
      ] as const)
        expect([p, await code(query, variables, p)]).toEqual([p, 'NOT_FOUND']);
    }
    expect(await code(DELETE, { id }, 'visitor')).toBe('UNAUTHENTICATED');
    expect(await snapshot(id)).toBe(before);
  });

  it('decides by the rules: no PROCEED over an unacceptable risk, no past review date, once', async () => {
    const base = { id: assessment.id, expectedUpdatedAt: assessment.updatedAt, reason: 'Avvägt' };
    expect(await code(DECIDE, { input: { ...base, decision: 'PROCEED' } }, 'owner')).toBe(
      'INVALID_STATE',
    );
    const past = await gql(
      DECIDE,
      { input: { ...base, decision: 'DO_NOT_PROCEED', reviewOn: '2020-01-01' } },
      'owner',
    );
    expect(past.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'reviewOn' })],
    });
    const reviewOn = DateTime.fromISO(stockholmDate(new Date())).plus({ days: 30 }).toISODate()!;
    const decided = (
      await ok(
        DECIDE,
        { input: { ...base, decision: 'PROCEED_WITH_MITIGATIONS', reviewOn } },
        'colleague',
      )
    ).decideAssessment;
    expect(decided).toMatchObject({
      status: 'DECIDED',
      decision: 'PROCEED_WITH_MITIGATIONS',
      decisionReason: 'Avvägt',
      reviewOn,
      reviewDue: false,
    });
    expect(
      await code(
        DECIDE,
        { input: { ...base, expectedUpdatedAt: decided.updatedAt, decision: 'DO_NOT_PROCEED' } },
        'owner',
      ),
    ).toBe('INVALID_STATE');
    expect(
      await code(
        UPDATE,
        { input: { id: assessment.id, expectedUpdatedAt: decided.updatedAt, title: 'x' } },
        'owner',
      ),
    ).toBe('INVALID_STATE');
    const reopened = (await ok(REOPEN, { id: assessment.id, at: decided.updatedAt }, 'owner'))
      .reopenAssessment;
    expect(reopened).toMatchObject({ status: 'DRAFT', decision: null });
    expect(reopened.history.edges[0].node.summary).toBe(
      'Reopened; the last decision was: proceed with mitigations',
    );
    const again = (
      await ok(
        DECIDE,
        {
          input: {
            ...base,
            expectedUpdatedAt: reopened.updatedAt,
            decision: 'PROCEED_WITH_MITIGATIONS',
            reviewOn,
          },
        },
        'owner',
      )
    ).decideAssessment;
    expect(again.status).toBe('DECIDED');
    const pastReview = await gql(REVIEW, { id: assessment.id, on: '2020-01-01' }, 'owner');
    expect(pastReview.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'reviewOn' })],
    });
    const moved = DateTime.fromISO(reviewOn).plus({ days: 1 }).toISODate()!;
    const rescheduled = (await ok(REVIEW, { id: assessment.id, on: moved }, 'colleague'))
      .setAssessmentReviewDate;
    expect(rescheduled.reviewOn).toBe(moved);
    expect(rescheduled.history.edges[0].node).toMatchObject({
      kind: 'REVIEW_DATE_CHANGED',
      summary: `Review date set to ${moved}`,
    });
    assessment = rescheduled;
  });

  it('renders exports for readers only: escaped HTML with print CSS, structured Markdown', async () => {
    const html = (await ok(EXPORT, { id: assessment.id, format: 'HTML' }, 'owner'))
      .assessmentExport;
    expect(html).toMatchObject({
      mediaType: 'text/html; charset=utf-8',
      filename: expect.stringMatching(/\.html$/),
    });
    expect(html.content).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(html.content).toContain('@page');
    expect(html.content).toContain('Konfidentiellt: för Kungl. Tekniska högskolan');
    expect(html.content).not.toContain('<script>');
    expect(html.content).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.content).toContain('<strong>gemensamt</strong>');
    expect(html.content).toContain('<h2>Känn din partner</h2>');
    expect(html.content).toContain('<th scope="col">Risk</th>');
    expect(html.content).toContain('Gå vidare med åtgärder');
    const md = (await ok(EXPORT, { id: assessment.id, format: 'MARKDOWN' }, 'colleague'))
      .assessmentExport;
    expect(md.mediaType).toBe('text/markdown; charset=utf-8');
    expect(md.content).toContain(`# Partnerskap ${SECRET}`);
    expect(md.content).toContain('## Känn din partner');
    expect(md.content).toContain('### Vet ni vem som äger partnern?');
    expect(md.content).toContain('- Risk: Oacceptabel');
    expect(md.content).toContain('## Historik');
  });

  it('gives readers an excerpt of only what they chose, with citations at the version', async () => {
    const excerpt = (
      await ok(
        EXCERPT,
        {
          input: {
            assessmentId: assessment.id,
            questionKeys: ['ownership-known'],
            parts: ['ANSWER', 'RISK'],
          },
        },
        'colleague',
      )
    ).assessmentExcerpt;
    expect(excerpt.citations).toEqual([{ versionId, sectionKey: 'know-your-partner' }]);
    expect(excerpt.title).toBe('Vet ni vem som äger partnern?');
    expect(excerpt.markdown).toContain('Svar: Osäker');
    expect(excerpt.markdown).toContain('Risk: Oacceptabel');
    for (const unchosen of [
      NOTE_WORD,
      'hemlig anteckning',
      'Forskningsstöd',
      'Kontrollera registret',
      SECRET,
      'gemensamt',
      'Olga',
      'Kungl',
      'sanktionslistor',
      'avsluta',
    ])
      expect([
        unchosen,
        excerpt.markdown.includes(unchosen) || excerpt.title.includes(unchosen),
      ]).toEqual([unchosen, false]);
    const withNote = (
      await ok(
        EXCERPT,
        {
          input: {
            assessmentId: assessment.id,
            questionKeys: ['ownership-known'],
            parts: ['NOTE', 'MITIGATIONS'],
            includeCollaborationSummary: true,
          },
        },
        'owner',
      )
    ).assessmentExcerpt;
    expect(withNote.markdown).toContain(NOTE_WORD);
    expect(withNote.markdown).toContain('Kontrollera registret');
    expect(withNote.markdown).toContain('Ett **gemensamt** labb.');
    expect(withNote.markdown).not.toContain('Svar:');
    expect(withNote.markdown).not.toContain('Forskningsstöd');
    expect(
      await code(
        EXCERPT,
        { input: { assessmentId: assessment.id, questionKeys: ['nope'], parts: [] } },
        'owner',
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('sends an excerpt through screening like any question or case', async () => {
    // The owner writes a personnummer into a note (fictional: a printed example number).
    const current = (await ok(REOPEN, { id: assessment.id, at: assessment.updatedAt }, 'owner'))
      .reopenAssessment;
    const withPii = (
      await ok(
        UPDATE,
        {
          input: {
            id: assessment.id,
            expectedUpdatedAt: current.updatedAt,
            items: [
              {
                questionKey: 'exit-clause',
                answer: 'NO',
                note: 'Kontakt: personnummer 811218-9876.',
              },
            ],
          },
        },
        'owner',
      )
    ).updateAssessment;
    assessment = withPii;
    const chosen = (
      await ok(
        EXCERPT,
        {
          input: {
            assessmentId: assessment.id,
            questionKeys: ['exit-clause'],
            parts: ['ANSWER', 'NOTE'],
          },
        },
        'owner',
      )
    ).assessmentExcerpt;
    expect(chosen.markdown).toContain('811218');
    const body = `${chosen.markdown}\nHur har andra gjort?`;
    const asked = await gql(
      `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }`,
      { input: await questionInput(t, { title: chosen.title, body, citations: chosen.citations }) },
      'owner',
    );
    expect(asked.errors?.[0]?.extensions?.code).toBe('PII_UNRESOLVED');
    const screened = await ok(
      `query($text: String!) { screenText(text: $text) { kind } }`,
      { text: body },
      'owner',
    );
    expect(screened.screenText.map((f: { kind: string }) => f.kind)).toContain(
      'PERSONAL_IDENTITY_NUMBER',
    );
    const draft = await createCase(t, who.owner, {
      summary: 'Från en egenbedömning.',
      whatHappened: body,
      citations: chosen.citations,
    });
    const submitted = await gql(
      `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id } }`,
      { input: { id: draft.id } },
      'owner',
    );
    expect(submitted.errors?.[0]?.extensions?.code).toBe('PII_UNRESOLVED');
    // Without the note the same excerpt is a question like any other, citing the section.
    const clean = (
      await ok(
        EXCERPT,
        {
          input: { assessmentId: assessment.id, questionKeys: ['exit-clause'], parts: ['ANSWER'] },
        },
        'owner',
      )
    ).assessmentExcerpt;
    const ok2 = await gql(
      `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id citations { sectionKey versionNumber } } }`,
      {
        input: await questionInput(t, {
          title: clean.title,
          body: `${clean.markdown}\nHur har andra gjort?`,
          citations: clean.citations,
        }),
      },
      'owner',
    );
    expect(ok2.errors).toBeUndefined();
    expect(ok2.data!.askQuestion.citations).toEqual([
      { sectionKey: 'agreements', versionNumber: 1 },
    ]);
  });

  it('reminds readers only, 14 days before and on the day, once each however often it runs', async () => {
    const reviewOn = DateTime.fromISO(stockholmDate(new Date())).plus({ days: 20 }).toISODate()!;
    const current = (await ok(ONE, { id: assessment.id }, 'owner')).assessment;
    const decided = (
      await ok(
        DECIDE,
        {
          input: {
            id: assessment.id,
            expectedUpdatedAt: current.updatedAt,
            decision: 'DO_NOT_PROCEED',
            reason: 'Nej',
            reviewOn,
          },
        },
        'owner',
      )
    ).decideAssessment;
    assessment = decided;
    const reminders = t.app.get(AssessmentRemindersProcessor);
    const day = (offset: number) => DateTime.fromISO(reviewOn).plus({ days: offset }).toISODate()!;
    expect(await reminders.send({ today: day(-15) })).toEqual({ notified: 0 });
    expect(await reminders.send({ today: day(-14) })).toEqual({ notified: 2 });
    expect(await reminders.send({ today: day(-14) })).toEqual({ notified: 0 });
    expect(await reminders.send({ today: day(-3) })).toEqual({ notified: 0 });
    expect(await reminders.send({ today: day(0) })).toEqual({ notified: 2 });
    expect(await reminders.send({ today: day(1) })).toEqual({ notified: 0 });
    const rows: { member_id: string; n: number }[] = await db.query(
      `SELECT member_id, count(*)::int AS n FROM notification
        WHERE content_id = $1 AND kind = 'ASSESSMENT_REVIEW_DUE' GROUP BY member_id ORDER BY member_id`,
      [assessment.id],
    );
    expect(rows).toEqual(
      [who.owner.id, who.colleague.id].sort().map((member_id) => ({ member_id, n: 2 })),
    );
    const payloads: { payload: unknown }[] = await db.query(
      `SELECT payload FROM notification WHERE content_id = $1`,
      [assessment.id],
    );
    expect(JSON.stringify(payloads)).not.toContain(SECRET);
  });

  it('lets only the owner and the shared colleague read it, on every read path', async () => {
    const personas: Persona[] = [
      'owner',
      'colleague',
      'sameOrg',
      'orgContact',
      'otherOrg',
      'moderator',
      'admin',
      'expert',
      'editor',
      'visitor',
    ];
    const members = personas.filter((p): p is Exclude<Persona, 'visitor'> => p !== 'visitor');
    // Digests: everyone follows the guideline daily, so each gets a digest with its new version.
    for (const p of members)
      await ok(
        `mutation($input: FollowInput!) { follow(input: $input) { id } }`,
        { input: { targetType: 'GUIDELINE', targetId: guidelineId, frequency: 'DAILY' } },
        p,
      );
    await ok(
      `mutation($id: ID!) { publishGuidelineVersion(versionId: $id) { id } }`,
      {
        id: (
          await db.query(
            `SELECT id FROM guideline_version WHERE guideline_id = $1 AND status = 'DRAFT'`,
            [guidelineId],
          )
        )[0].id,
      },
      'editor',
    );
    const window = {
      period: 'DAILY' as const,
      key: 'DAILY:test',
      start: new Date(Date.now() - 3600_000),
      end: new Date(Date.now() + 60_000),
    };
    const plan = await t.app.get(DigestPlanner).plan(
      window,
      members.map((p) => who[p].id),
    );

    const matrix: Record<string, Record<string, string>> = {};
    for (const p of personas) {
      const row: Record<string, string> = {};
      const single = await gql(ONE, { id: assessment.id }, p);
      const read = single.data?.assessment as { id: string } | null | undefined;
      row.assessment =
        read?.id === assessment.id
          ? 'reads'
          : (single.errors?.[0]?.extensions?.code ?? (read === null ? 'null' : '?'));
      const list = await gql(LIST, {}, p);
      row.assessments = list.errors
        ? (list.errors[0]?.extensions?.code ?? '?')
        : list.data!.assessments.edges.some(
              (e: { node: { id: string } }) => e.node.id === assessment.id,
            )
          ? 'reads'
          : 'absent';
      for (const format of ['HTML', 'MARKDOWN']) {
        const exported = await gql(EXPORT, { id: assessment.id, format }, p);
        row[`export ${format}`] = exported.data?.assessmentExport?.content.includes(SECRET)
          ? 'reads'
          : (exported.errors?.[0]?.extensions?.code ?? '?');
      }
      const excerpt = await gql(
        EXCERPT,
        {
          input: {
            assessmentId: assessment.id,
            questionKeys: ['ownership-known'],
            parts: ['NOTE'],
          },
        },
        p,
      );
      row.excerpt = excerpt.data?.assessmentExcerpt?.markdown.includes(NOTE_WORD)
        ? 'reads'
        : (excerpt.errors?.[0]?.extensions?.code ?? '?');
      for (const word of [SECRET, NOTE_WORD]) {
        const found = await gql(SEARCH_QUERY, { query: word, first: 20 }, p);
        const text = JSON.stringify(found.data ?? found.errors);
        row[`search ${word === SECRET ? 'title' : 'note'}`] =
          found.data &&
          found.data.search.totalCount === 0 &&
          !text.includes(word) &&
          !text.includes(assessment.id)
            ? 'absent'
            : p === 'visitor' && !found.data
              ? (found.errors?.[0]?.extensions?.code ?? '?')
              : 'LEAK';
      }
      if (p !== 'visitor') {
        const notes = await gql(NOTIFICATIONS, {}, p);
        const mine = notes.data!.notifications.edges.filter(
          (e: any) => e.node.contentId === assessment.id,
        );
        row.notifications =
          mine.length === 0
            ? 'absent'
            : mine.every((e: { node: { title: string | null } }) => e.node.title?.includes(SECRET))
              ? 'reads'
              : 'LEAK';
        const digest = plan.digests.find((d) => d.member.id === who[p].id);
        // Each member's digest exists (the guideline's new version) and holds nothing of it.
        row.digest = !digest
          ? 'none'
          : JSON.stringify(digest.items).includes(SECRET) ||
              JSON.stringify(digest.items).includes(assessment.id)
            ? 'LEAK'
            : 'absent';
      }
      matrix[p] = row;
    }
    const readerRow = {
      assessment: 'reads',
      assessments: 'reads',
      'export HTML': 'reads',
      'export MARKDOWN': 'reads',
      excerpt: 'reads',
      'search title': 'absent',
      'search note': 'absent',
      notifications: 'reads',
      digest: 'absent',
    };
    const otherRow = {
      assessment: 'null',
      assessments: 'absent',
      'export HTML': 'NOT_FOUND',
      'export MARKDOWN': 'NOT_FOUND',
      excerpt: 'NOT_FOUND',
      'search title': 'absent',
      'search note': 'absent',
      notifications: 'absent',
      digest: 'absent',
    };
    const visitorRow = {
      assessment: 'UNAUTHENTICATED',
      assessments: 'UNAUTHENTICATED',
      'export HTML': 'UNAUTHENTICATED',
      'export MARKDOWN': 'UNAUTHENTICATED',
      excerpt: 'UNAUTHENTICATED',
      'search title': 'absent',
      'search note': 'absent',
    };
    for (const p of personas) {
      // The editor published the new version: no digest tells them of their own work.
      const expected = READERS.includes(p)
        ? readerRow
        : p === 'visitor'
          ? visitorRow
          : p === 'editor'
            ? { ...otherRow, digest: 'none' }
            : otherRow;
      expect({
        [p]: p === 'visitor' ? pick(matrix[p]!, Object.keys(visitorRow)) : matrix[p],
      }).toEqual({ [p]: expected });
    }
    expect(plan.digests.length).toBe(members.length - 1);

    // The audit log, read by an admin, has nothing of it.
    const audit = await ok(AUDIT, {}, 'admin');
    const auditText = JSON.stringify(audit);
    expect(auditText).not.toContain(assessment.id);
    expect(auditText).not.toContain(SECRET);
    // Nor the outbox.
    const outbox: unknown[] = await db.query(
      `SELECT 1 FROM outbox WHERE payload::text LIKE '%' || $1 || '%' OR aggregate_id::text = $1`,
      [assessment.id],
    );
    expect(outbox).toEqual([]);
    console.log(`Access matrix:\n${JSON.stringify(matrix, null, 1)}`);
  });

  it('leaves insight figures unchanged by a new assessment', async () => {
    const year = new Date().getFullYear();
    const input = {
      from: `${year}-01-01`,
      to: `${year + 1}-01-01`,
      dimension: 'TOPIC',
      period: 'YEAR',
    };
    const before = await ok(INSIGHT, { input }, 'admin');
    await ok(
      START,
      {
        input: { guidelineVersionId: versionId, title: `Ny ${SECRET}`, collaborationSummary: 'x' },
      },
      'owner',
    );
    expect(await ok(INSIGHT, { input }, 'admin')).toEqual(before);
  });

  it('keeps a deleted member’s assessments for the organisation and drops them from share lists', async () => {
    const leaving = await signedInMember(t, { displayName: 'Lea Lämnar' });
    const own = (
      await ok(
        START,
        {
          input: { guidelineVersionId: versionId, title: 'Lämnas kvar', collaborationSummary: 'x' },
        },
        'owner',
      )
    ).startAssessment;
    await ok(SHARE, { input: { id: own.id, memberIds: [who.colleague.id, leaving.id] } }, 'owner');
    const hers = (
      await t.gql<any>(
        START,
        { input: { guidelineVersionId: versionId, title: 'Hennes', collaborationSummary: 'x' } },
        leaving.accessToken,
      )
    ).data!.startAssessment;
    await t.gql(
      SHARE,
      { input: { id: hers.id, memberIds: [who.colleague.id] } },
      leaving.accessToken,
    );
    await t.gql(
      UPDATE,
      {
        input: {
          id: hers.id,
          expectedUpdatedAt: (await t.gql<any>(ONE, { id: hers.id }, leaving.accessToken)).data!
            .assessment.updatedAt,
          items: [
            {
              questionKey: 'exit-clause',
              mitigations: [{ description: 'Följ upp', owner: 'Lea Lämnar' }],
            },
          ],
        },
      },
      leaving.accessToken,
    );
    const deleted = await t.gql(
      `mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }`,
      { input: { currentPassword: 'Correct-horse-battery-staple-42' } },
      leaving.accessToken,
    );
    expect(deleted.errors).toBeUndefined();
    const sharedNow = (await ok(ONE, { id: own.id }, 'owner')).assessment.sharedWith.map(
      (m: { id: string }) => m.id,
    );
    expect(sharedNow).toEqual([who.colleague.id]);
    const kept = (await ok(ONE, { id: hers.id }, 'colleague')).assessment;
    expect(kept.owner.displayName).toBe('Tidigare medlem');
    expect(kept.sections[1].items[0].mitigations[0].owner).toBe('[erased]');
  });

  it('puts the assessments a member owns, with their answers, in their data export', async () => {
    const sections = await t.app.get(MemberDataCollector).collect(who.owner.id);
    const exported = sections.find((s) => s.file === 'assessments.json')!.rows as any[];
    const mine = exported.find((a) => a.id === assessment.id);
    expect(mine.title).toBe(`Partnerskap ${SECRET}`);
    expect(JSON.stringify(mine.items)).toContain(NOTE_WORD);
    // Other members (the colleague it is shared with) stay out of it.
    expect(JSON.stringify(exported)).not.toContain(who.colleague.id);
    const theirs = await t.app.get(MemberDataCollector).collect(who.colleague.id);
    expect(theirs.find((s) => s.file === 'assessments.json')!.rows).toEqual([]);
  });

  it('lets the owner delete it', async () => {
    expect((await ok(DELETE, { id: assessment.id }, 'owner')).deleteAssessment).toBe(true);
    expect((await ok(ONE, { id: assessment.id }, 'owner')).assessment).toBeNull();
    expect(await code(DELETE, { id: assessment.id }, 'owner')).toBe('NOT_FOUND');
  });
});

function pick(row: Record<string, string>, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, row[k]!]));
}
