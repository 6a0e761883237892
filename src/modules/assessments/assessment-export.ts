// SPDX-License-Identifier: EUPL-1.2
import { escapeHtml } from 'src/common/escape-html';
import { EXPORT_WORDS } from 'src/modules/assessments/assessment-export-text';
import type {
  AssessmentStatus,
  AssessmentDecision,
} from 'src/modules/assessments/assessment-enums';
import type { AssessmentSectionType } from 'src/modules/assessments/dto/assessment.types';
import { renderMarkdown } from 'src/modules/markdown/markdown';

/** Everything an exported document shows, already read under the access policy. */
export interface AssessmentDocument {
  locale: 'SV' | 'EN';
  organisationName: string;
  title: string;
  collaborationSummary: string;
  guidelineTitle: string;
  versionNumber: number;
  status: AssessmentStatus;
  decision: AssessmentDecision | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  reviewOn: string | null;
  sections: readonly AssessmentSectionType[];
  history: readonly { at: Date; actorName: string; summary: string }[];
  exportedAt: Date;
}

const dateTime = (at: Date) => at.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

/**
 * Plain text made inert in Markdown: the characters that open markup (HTML, code, emphasis,
 * links, tables) are escaped, line breaks kept. Digits, hyphens, dots, `@` and `_` stay as
 * written, so screening downstream still sees a personnummer, phone number or address in an
 * excerpt exactly as it would in the note (`811218\-9876` would slip past it).
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*[\]<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, '  \n');
}

/** The assessment as Markdown, for a decision file kept as text. */
export function assessmentMarkdown(doc: AssessmentDocument): string {
  const w = EXPORT_WORDS[doc.locale];
  const sv = doc.locale === 'SV';
  const lines: string[] = [
    `> ${markdownText(w.confidential(doc.organisationName))}`,
    '',
    `# ${markdownText(doc.title)}`,
    '',
    `- ${w.guideline}: ${markdownText(doc.guidelineTitle)}, ${w.version} ${doc.versionNumber}`,
    `- ${w.status}: ${w.statuses[doc.status]}`,
    `- ${w.decision}: ${doc.decision ? w.decisions[doc.decision] : w.notDecided}`,
  ];
  if (doc.decisionReason) lines.push(`- ${w.reason}: ${markdownText(doc.decisionReason)}`);
  if (doc.decidedAt) lines.push(`- ${w.decidedAt}: ${dateTime(doc.decidedAt)}`);
  if (doc.reviewOn) lines.push(`- ${w.reviewOn}: ${doc.reviewOn}`);
  lines.push('', `## ${w.collaboration}`, '', doc.collaborationSummary.trim() || w.none, '');
  for (const section of doc.sections) {
    lines.push(`## ${markdownText(sv ? section.headingSv : section.headingEn)}`, '');
    for (const item of section.items) {
      lines.push(`### ${markdownText(sv ? item.textSv : item.textEn)}`, '');
      lines.push(`- ${w.answer}: ${item.answer ? w.answers[item.answer] : w.none}`);
      lines.push(`- ${w.risk}: ${item.risk ? w.risks[item.risk] : w.none}`);
      if (item.note) lines.push(`- ${w.note}: ${markdownText(item.note)}`);
      if (item.mitigations.length) {
        lines.push(`- ${w.mitigations}:`);
        for (const m of item.mitigations)
          lines.push(
            `  - ${markdownText(m.description)} (${w.owner}: ${markdownText(m.owner)}${m.dueOn ? `, ${w.due} ${m.dueOn}` : ''})`,
          );
      }
      lines.push('');
    }
  }
  lines.push(`## ${w.history}`, '');
  for (const h of doc.history)
    lines.push(`- ${dateTime(h.at)}, ${markdownText(h.actorName)}: ${markdownText(h.summary)}`);
  lines.push('', `_${w.exportedAt} ${dateTime(doc.exportedAt)}_`, '');
  return lines.join('\n');
}

const PRINT_CSS = `
  body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; color: #111; margin: 2cm; }
  header.confidential { border: 2px solid #111; padding: .4em .8em; font-weight: bold; }
  h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 1.6em; break-after: avoid; }
  table { border-collapse: collapse; width: 100%; margin: .6em 0; }
  th, td { border: 1px solid #555; padding: .3em .5em; text-align: left; vertical-align: top; }
  th { background: #eee; } tr { break-inside: avoid; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; }
  dl.facts dt { font-weight: bold; } dl.facts dd { margin: 0; }
  @page { size: A4; margin: 2cm; }
  @media print { body { margin: 0; } }
`;

/** Escaped plain text with its line breaks. */
const text = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>');

/** The assessment as one standalone, print-ready HTML document (print to PDF from a browser). */
export function assessmentHtml(doc: AssessmentDocument): string {
  const w = EXPORT_WORDS[doc.locale];
  const sv = doc.locale === 'SV';
  const facts: [string, string][] = [
    [w.guideline, `${text(doc.guidelineTitle)}, ${w.version} ${doc.versionNumber}`],
    [w.status, w.statuses[doc.status]],
    [w.decision, doc.decision ? w.decisions[doc.decision] : w.notDecided],
  ];
  if (doc.decisionReason) facts.push([w.reason, text(doc.decisionReason)]);
  if (doc.decidedAt) facts.push([w.decidedAt, dateTime(doc.decidedAt)]);
  if (doc.reviewOn) facts.push([w.reviewOn, doc.reviewOn]);
  const sections = doc.sections.map((section) => {
    const rows = section.items.map((item) => {
      const mitigations = item.mitigations.length
        ? `<ul>${item.mitigations
            .map(
              (m) =>
                `<li>${text(m.description)} (${w.owner}: ${text(m.owner)}${m.dueOn ? `, ${w.due} ${m.dueOn}` : ''})</li>`,
            )
            .join('')}</ul>`
        : w.none;
      return `<tr><td>${text(sv ? item.textSv : item.textEn)}</td><td>${item.answer ? w.answers[item.answer] : w.none}</td><td>${item.note ? text(item.note) : w.none}</td><td>${item.risk ? w.risks[item.risk] : w.none}</td><td>${mitigations}</td></tr>`;
    });
    return `<section><h2>${text(sv ? section.headingSv : section.headingEn)}</h2>
<table><thead><tr><th scope="col">${w.question}</th><th scope="col">${w.answer}</th><th scope="col">${w.note}</th><th scope="col">${w.risk}</th><th scope="col">${w.mitigations}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
  });
  const history = doc.history
    .map((h) => `<li>${dateTime(h.at)}, ${text(h.actorName)}: ${text(h.summary)}</li>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${sv ? 'sv' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(doc.title)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<header class="confidential">${text(w.confidential(doc.organisationName))}</header>
<main>
<h1>${text(doc.title)}</h1>
<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
<h2>${w.collaboration}</h2>
<div class="summary">${renderMarkdown(doc.collaborationSummary)}</div>
${sections.join('\n')}
<h2>${w.history}</h2>
<ul>${history}</ul>
<p><small>${w.exportedAt} ${dateTime(doc.exportedAt)}</small></p>
</main>
</body>
</html>
`;
}
