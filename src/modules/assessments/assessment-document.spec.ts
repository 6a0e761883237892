// SPDX-License-Identifier: EUPL-1.2
import { canReadAssessment, isAssessmentOwner } from 'src/modules/access-policy/assessment-access';
import { Role } from 'src/graph/auth/role.enum';
import type { Viewer } from 'src/graph/auth/viewer';
import { assessmentSections, highestRisk } from 'src/modules/assessments/assessment-document';
import {
  AssessmentAnswerValue,
  AssessmentExcerptPart,
  AssessmentStatus,
  RiskRating,
} from 'src/modules/assessments/assessment-enums';
import { assessmentHtml, assessmentMarkdown } from 'src/modules/assessments/assessment-export';
import { buildExcerpt } from 'src/modules/assessments/assessment-excerpt.service';

const VERSION = '00000000-0000-4000-8000-000000000001';
const parts = {
  sections: [
    {
      id: 's1',
      versionId: VERSION,
      key: 'partner',
      position: 0,
      headingSv: 'Partner',
      headingEn: 'Partner',
      bodySv: '',
      bodyEn: '',
    },
    {
      id: 's2',
      versionId: VERSION,
      key: 'empty',
      position: 1,
      headingSv: 'Tom',
      headingEn: 'Empty',
      bodySv: '',
      bodyEn: '',
    },
    {
      id: 's3',
      versionId: VERSION,
      key: 'deal',
      position: 2,
      headingSv: 'Avtal',
      headingEn: 'Deal',
      bodySv: '',
      bodyEn: '',
    },
  ],
  questions: [
    {
      id: 'q2',
      versionId: VERSION,
      sectionKey: 'partner',
      key: 'sanctions',
      position: 1,
      textSv: 'Sanktioner?',
      textEn: 'Sanctions?',
    },
    {
      id: 'q1',
      versionId: VERSION,
      sectionKey: 'partner',
      key: 'owner',
      position: 0,
      textSv: 'Ägare?',
      textEn: 'Owner?',
    },
    {
      id: 'q3',
      versionId: VERSION,
      sectionKey: 'deal',
      key: 'exit',
      position: 0,
      textSv: 'Utträde?',
      textEn: 'Exit?',
    },
  ],
  items: [
    {
      assessmentId: 'a',
      questionKey: 'owner',
      answer: AssessmentAnswerValue.UNSURE,
      note: 'Oklart <b>ägande</b>',
      risk: RiskRating.HIGH,
    },
    {
      assessmentId: 'a',
      questionKey: 'exit',
      answer: AssessmentAnswerValue.NO,
      note: 'Hemligt',
      risk: RiskRating.LOW,
    },
  ],
  mitigations: [
    {
      id: 'm1',
      assessmentId: 'a',
      questionKey: 'owner',
      position: 0,
      description: 'Kolla registret',
      owner: 'Forskningsstöd',
      dueOn: '2030-01-01',
    },
  ],
};

describe('assessmentSections', () => {
  const sut = assessmentSections;

  it('fills the version’s template in order and leaves out sections without questions', () => {
    const sections = sut(parts);
    expect(sections.map((s) => [s.sectionKey, s.items.map((i) => i.questionKey)])).toEqual([
      ['partner', ['owner', 'sanctions']],
      ['deal', ['exit']],
    ]);
    expect(sections[0]!.items[1]).toMatchObject({
      answer: null,
      note: null,
      risk: null,
      mitigations: [],
    });
    expect(sections[0]!.items[0]!.mitigations).toEqual([
      { id: 'm1', description: 'Kolla registret', owner: 'Forskningsstöd', dueOn: '2030-01-01' },
    ]);
  });

  it('names the highest risk, or none', () => {
    expect(highestRisk(parts.items)).toBe(RiskRating.HIGH);
    expect(highestRisk([])).toBeNull();
  });
});

describe('buildExcerpt', () => {
  const sut = buildExcerpt;
  const sections = assessmentSections(parts);

  it('carries only the chosen questions and parts, citing their sections', () => {
    const excerpt = sut(
      sections,
      new Set(['owner']),
      new Set([AssessmentExcerptPart.RISK]),
      null,
      VERSION,
      'EN',
    );
    expect(excerpt.title).toBe('Owner?');
    expect(excerpt.citations).toEqual([{ versionId: VERSION, sectionKey: 'partner' }]);
    expect(excerpt.markdown).toContain('Risk: High');
    for (const unchosen of [
      'Unsure',
      'ägande',
      'Kolla',
      'Forskningsstöd',
      'Sanctions',
      'Exit',
      'Hemligt',
    ])
      expect(excerpt.markdown).not.toContain(unchosen);
  });

  it('keeps personal data in notes as written, so screening finds it', () => {
    const withPnr = assessmentSections({
      ...parts,
      items: [{ ...parts.items[0]!, note: 'personnummer 811218-9876, a_b@example.org' }],
    });
    const excerpt = sut(
      withPnr,
      new Set(['owner']),
      new Set([AssessmentExcerptPart.NOTE]),
      null,
      VERSION,
      'SV',
    );
    expect(excerpt.markdown).toContain('811218-9876, a_b@example.org');
  });
});

describe('assessment exports', () => {
  const doc = {
    locale: 'EN' as const,
    organisationName: 'KTH <Royal>',
    title: 'Lab & <script>alert(1)</script>',
    collaborationSummary: 'A **joint** lab <img src=x onerror=alert(1)>',
    guidelineTitle: 'Checklist',
    versionNumber: 2,
    status: AssessmentStatus.DRAFT,
    decision: null,
    decisionReason: null,
    decidedAt: null,
    reviewOn: null,
    sections: assessmentSections(parts),
    history: [
      { at: new Date('2026-01-01T10:00:00Z'), actorName: 'Olga', summary: 'Assessment started' },
    ],
    exportedAt: new Date('2026-01-02T10:00:00Z'),
  };

  it('renders a standalone print-ready HTML document with every user text escaped', () => {
    const html = assessmentHtml(doc);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('Confidential: for KTH &lt;Royal&gt;&#39;s decision file');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<strong>joint</strong>');
    expect(html).toContain('Oklart &lt;b&gt;ägande&lt;/b&gt;');
    expect(html).toContain('Not decided yet');
  });

  it('renders Markdown with a heading per section and question', () => {
    const md = assessmentMarkdown({ ...doc, locale: 'SV' });
    expect(md).toContain('# Lab & \\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('## Partner\n\n### Ägare?\n\n- Svar: Osäker\n- Risk: Hög');
    expect(md).toContain('  - Kolla registret (ansvarig: Forskningsstöd, senast 2030-01-01)');
    expect(md).toContain('## Historik');
  });
});

describe('canReadAssessment', () => {
  const facts = { organisationId: 'kth', ownerId: 'owner', sharedMemberIds: ['colleague'] };
  const viewer = (
    memberId: string,
    organisationId = 'kth',
    roles: Role[] = [Role.MEMBER],
  ): Viewer => ({
    memberId,
    organisationId,
    roles,
    sessionId: 's',
    locale: 'SV',
  });

  it.each([
    ['the owner', viewer('owner'), true],
    ['a shared colleague', viewer('colleague'), true],
    ['another member of the organisation', viewer('other'), false],
    ['its contact', viewer('contact', 'kth', [Role.ORG_CONTACT]), false],
    ['an admin of the organisation', viewer('admin', 'kth', [Role.ADMIN]), false],
    ['a moderator', viewer('mod', 'uhr', [Role.MODERATOR]), false],
    ['the owner after moving organisation', viewer('owner', 'chalmers'), false],
    ['a shared colleague after moving', viewer('colleague', 'chalmers'), false],
  ])('%s: %s', (_, who, expected) => {
    expect(canReadAssessment(who, facts)).toBe(expected);
  });

  it('reads nothing for visitors, and only the owner is the owner', () => {
    expect(canReadAssessment(null, facts)).toBe(false);
    expect(isAssessmentOwner(viewer('owner'), facts)).toBe(true);
    expect(isAssessmentOwner(viewer('colleague'), facts)).toBe(false);
  });
});
