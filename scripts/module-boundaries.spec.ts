// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// Each run starts ESLint afresh: slow on a busy machine.
jest.setTimeout(120_000);

const SCRIPT = join(__dirname, 'module-boundaries.mjs');

/** The `samrad/module-boundaries` rule exactly as eslint.config.mjs configures it. */
function boundaries(stdin?: { path: string; text: string }) {
  const result = spawnSync(process.execPath, stdin ? [SCRIPT, '--stdin', stdin.path] : [SCRIPT], {
    encoding: 'utf8',
    input: stdin?.text,
    cwd: join(__dirname, '..'),
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { file: string; line: number; message: string });
}

describe('samrad/module-boundaries (a feature folder owns its tables)', () => {
  it('finds no module reading another module’s repository or entity anywhere in src/modules', () => {
    expect(boundaries()).toEqual([]);
  });

  // The four files that crossed before their reads moved behind the owning module's service:
  // none of them may import the entity as a value again (no allow-list remains).
  it.each([
    ['src/modules/auth/sessions.repository.ts', 'MemberEntity', 'members/member.entity'],
    [
      'src/modules/notifications/notification-recipients.ts',
      'MemberEntity',
      'members/member.entity',
    ],
    [
      'src/modules/maintenance/notifications-retention.processor.ts',
      'NotificationEntity',
      'notifications/notification.entity',
    ],
    ['src/modules/search/search-document.builder.ts', 'CaseEntity', 'cases/case.entity'],
    [
      'src/modules/search/search-document.builder.ts',
      'QuestionEntity',
      'questions/question.entity',
    ],
    ['src/modules/search/search-document.builder.ts', 'AnswerEntity', 'questions/answer.entity'],
  ])('reports %s importing %s', (path, name, entity) => {
    const text = `import { ${name} } from 'src/modules/${entity}';\nexport const table = ${name};\n`;
    expect(boundaries({ path, text })).toEqual([expect.objectContaining({ file: path, line: 1 })]);
  });

  it('still lets a file import another module’s entity as a type', () => {
    const text = `import type { MemberEntity } from 'src/modules/members/member.entity';\nexport type M = MemberEntity;\n`;
    expect(boundaries({ path: 'src/modules/auth/sessions.repository.ts', text })).toEqual([]);
  });
});
