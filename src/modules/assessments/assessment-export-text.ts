// SPDX-License-Identifier: EUPL-1.2
import {
  AssessmentAnswerValue,
  AssessmentDecision,
  AssessmentStatus,
  RiskRating,
} from 'src/modules/assessments/assessment-enums';

/** The words of an exported assessment, in the viewer's language (DOMAIN §15). */
export interface ExportWords {
  confidential: (organisation: string) => string;
  guideline: string;
  version: string;
  status: string;
  statuses: Record<AssessmentStatus, string>;
  collaboration: string;
  question: string;
  answer: string;
  note: string;
  risk: string;
  mitigations: string;
  owner: string;
  due: string;
  none: string;
  answers: Record<AssessmentAnswerValue, string>;
  risks: Record<RiskRating, string>;
  decision: string;
  decisions: Record<AssessmentDecision, string>;
  reason: string;
  decidedAt: string;
  reviewOn: string;
  notDecided: string;
  history: string;
  exportedAt: string;
}

export const EXPORT_WORDS: Record<'SV' | 'EN', ExportWords> = {
  SV: {
    confidential: (org) => `Konfidentiellt: för ${org}s beslutsunderlag`,
    guideline: 'Riktlinje',
    version: 'version',
    status: 'Status',
    statuses: { DRAFT: 'Utkast', DECIDED: 'Beslutad' },
    collaboration: 'Samarbetet',
    question: 'Fråga',
    answer: 'Svar',
    note: 'Anteckning',
    risk: 'Risk',
    mitigations: 'Åtgärder',
    owner: 'ansvarig',
    due: 'senast',
    none: '–',
    answers: { YES: 'Ja', NO: 'Nej', UNSURE: 'Osäker', NOT_APPLICABLE: 'Ej tillämplig' },
    risks: { LOW: 'Låg', MEDIUM: 'Medel', HIGH: 'Hög', UNACCEPTABLE: 'Oacceptabel' },
    decision: 'Beslut',
    decisions: {
      PROCEED: 'Gå vidare',
      PROCEED_WITH_MITIGATIONS: 'Gå vidare med åtgärder',
      DO_NOT_PROCEED: 'Gå inte vidare',
    },
    reason: 'Motivering',
    decidedAt: 'Beslutad',
    reviewOn: 'Omprövas',
    notDecided: 'Inget beslut ännu',
    history: 'Historik',
    exportedAt: 'Exporterad',
  },
  EN: {
    confidential: (org) => `Confidential: for ${org}'s decision file`,
    guideline: 'Guideline',
    version: 'version',
    status: 'Status',
    statuses: { DRAFT: 'Draft', DECIDED: 'Decided' },
    collaboration: 'The collaboration',
    question: 'Question',
    answer: 'Answer',
    note: 'Note',
    risk: 'Risk',
    mitigations: 'Mitigations',
    owner: 'owner',
    due: 'due',
    none: '–',
    answers: { YES: 'Yes', NO: 'No', UNSURE: 'Unsure', NOT_APPLICABLE: 'Not applicable' },
    risks: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', UNACCEPTABLE: 'Unacceptable' },
    decision: 'Decision',
    decisions: {
      PROCEED: 'Proceed',
      PROCEED_WITH_MITIGATIONS: 'Proceed with mitigations',
      DO_NOT_PROCEED: 'Do not proceed',
    },
    reason: 'Reason',
    decidedAt: 'Decided',
    reviewOn: 'To review on',
    notDecided: 'Not decided yet',
    history: 'History',
    exportedAt: 'Exported',
  },
};
