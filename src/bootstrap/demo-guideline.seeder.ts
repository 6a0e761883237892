// SPDX-License-Identifier: EUPL-1.2
import type { INestApplicationContext } from '@nestjs/common';
import {
  DEMO_GUIDELINE,
  DEMO_GUIDELINE_QUESTIONS,
  DEMO_GUIDELINE_QUESTIONS_V2,
} from 'src/database/seed/demo-guideline.data';
import { GuidelineEditingService } from 'src/modules/guidelines/guideline-editing.service';
import { GuidelinesService } from 'src/modules/guidelines/guidelines.service';
import { MembersService } from 'src/modules/members/members.service';
import { viewerOf } from 'src/modules/members/member-viewer';

const DEMO_EDITOR = 'editor@vr.example';

/**
 * The demo guideline, written and published through the real services as the demo editor:
 * version 1, then version 2 with three sections and one assessment question reworded. Skipped when it exists.
 */
export async function seedDemoGuideline(app: INestApplicationContext): Promise<boolean> {
  const get = <T>(type: new (...args: never[]) => T) => app.get(type, { strict: false });
  const found = await get(MembersService).findByEmail(DEMO_EDITOR);
  if (!found) throw new Error(`Demo guideline: no account ${DEMO_EDITOR}`);
  const editor = viewerOf(found, 'seed');
  const library = get(GuidelinesService);
  if ((await library.list(editor)).some((g) => g.slug === DEMO_GUIDELINE.slug)) return false;
  const editing = get(GuidelineEditingService);
  const guideline = await editing.create(editor, {
    slug: DEMO_GUIDELINE.slug,
    kind: DEMO_GUIDELINE.kind,
    titleSv: DEMO_GUIDELINE.titleSv,
    titleEn: DEMO_GUIDELINE.titleEn,
    sections: DEMO_GUIDELINE.v1.map((s) => ({ ...s, questions: DEMO_GUIDELINE_QUESTIONS[s.key] })),
  });
  const [first] = await library.versions(editor, [guideline.id]);
  await editing.publish(editor, first!.id);
  const draft = await editing.startDraft(editor, guideline.id);
  await editing.updateDraft(editor, {
    versionId: draft.id,
    expectedUpdatedAt: draft.updatedAt,
    titleSv: DEMO_GUIDELINE.titleSv,
    titleEn: DEMO_GUIDELINE.titleEn,
    changeNoteSv: DEMO_GUIDELINE.changeNoteSv,
    changeNoteEn: DEMO_GUIDELINE.changeNoteEn,
    sections: DEMO_GUIDELINE.v1.map((s) => ({
      ...s,
      ...DEMO_GUIDELINE.v2Changes[s.key],
      questions: DEMO_GUIDELINE_QUESTIONS_V2[s.key],
    })),
  });
  await editing.publish(editor, draft.id);
  return true;
}
