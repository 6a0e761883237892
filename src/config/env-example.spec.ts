// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { envSchema } from 'src/config/env.schema';

/** `.env.example` names every variable the configuration reads, and nothing it does not. */
describe('.env.example', () => {
  const text = readFileSync(join(__dirname, '../../.env.example'), 'utf8');
  const listed = [...text.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!);
  const schema = envSchema.in as unknown as { shape: Record<string, unknown> };
  const read = Object.keys(schema.shape);

  it('lists every variable of src/config/env.schema.ts', () => {
    expect(read.length).toBeGreaterThan(30);
    expect(read.filter((name) => !listed.includes(name))).toEqual([]);
  });

  it('lists no variable the application does not read (OTEL_* go to OpenTelemetry)', () => {
    expect(listed.filter((name) => !read.includes(name) && !name.startsWith('OTEL_'))).toEqual([]);
  });
});
