// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT = resolve(__dirname, 'spdx-headers.mjs');
const LINE = '// SPDX-License-Identifier: EUPL-1.2';

/** Runs the script in a throw-away git repository holding `files`. */
function run(files: Record<string, string>, ...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'samrad-spdx-'));
  try {
    const git = (...a: string[]) => spawnSync('git', a, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    for (const [name, text] of Object.entries(files)) {
      spawnSync('mkdir', ['-p', join(dir, name, '..')]);
      writeFileSync(join(dir, name), text);
    }
    git('add', '.');
    const result = spawnSync('node', [SCRIPT, ...args], { cwd: dir, encoding: 'utf8' });
    const after = Object.fromEntries(
      Object.keys(files).map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
    );
    return { status: result.status, output: result.stdout + result.stderr, after };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('scripts/spdx-headers.mjs', () => {
  const files = {
    'src/a.ts': `${LINE}\nexport const a = 1;\n`,
    'src/b.ts': 'export const b = 2;\n',
    'bin/c.mjs': '#!/usr/bin/env node\nconsole.log(1);\n',
    'web/src/graphql/gql.ts': 'export {};\n',
    'README.md': '# x\n',
  };

  it('fails naming each source file without the identifier, skipping generated ones', () => {
    const sut = run(files);
    expect(sut.status).toBe(1);
    expect(sut.output).toContain('src/b.ts');
    expect(sut.output).toContain('bin/c.mjs');
    expect(sut.output).not.toContain('src/a.ts');
    expect(sut.output).not.toContain('gql.ts');
    expect(sut.output).not.toContain('README.md');
  });

  it('--fix adds the line (after a shebang) and leaves correct files as they were', () => {
    const sut = run(files, '--fix');
    expect(sut.status).toBe(0);
    expect(sut.after['src/a.ts']).toBe(files['src/a.ts']);
    expect(sut.after['src/b.ts']).toBe(`${LINE}\nexport const b = 2;\n`);
    expect(sut.after['bin/c.mjs']).toBe(`#!/usr/bin/env node\n${LINE}\nconsole.log(1);\n`);
    expect(sut.after['web/src/graphql/gql.ts']).toBe('export {};\n');
  });

  it('passes when every source file carries it', () => {
    expect(run({ 'src/a.ts': files['src/a.ts'] }).status).toBe(0);
  });
});
