// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../src/graphql/graphql';
import { FragmentRegistry, graphqlCalls, inlineGraphqlDocuments } from './inline-graphql-documents';

const sourceRoot = join(import.meta.dirname, '..', 'src');

/** A document's definitions, printed and sorted: the order of appended fragments is not meaning. */
function definitions(document: DocumentNode): string[] {
  return document.definitions.map((definition) => print(definition)).sort();
}

function generatedDocuments(): Map<string, DocumentNode> {
  return new Map(
    Object.entries(generated)
      .filter(([name]) => name.endsWith('Document') || name.endsWith('FragmentDoc'))
      .map(([name, value]) => [name, value as DocumentNode]),
  );
}

function nameOf(document: DocumentNode): string {
  const [first] = document.definitions;
  if (first?.kind === Kind.OPERATION_DEFINITION) return `${first.name?.value}Document`;
  if (first?.kind === Kind.FRAGMENT_DEFINITION) return `${first.name.value}FragmentDoc`;
  throw new Error('a document without a named first definition');
}

function transform(code: string, id: string): string {
  const plugin = inlineGraphqlDocuments({ sourceRoot });
  (plugin.buildStart as () => void).call({});
  const result = (plugin.transform as (code: string, id: string) => { code: string } | null).call(
    {},
    code,
    id,
  );
  return result?.code ?? code;
}

describe('inlining graphql() documents', () => {
  it('inlines, for every document codegen generated, the same definitions codegen emitted', () => {
    const expected = generatedDocuments();
    const gql = readFileSync(join(sourceRoot, 'graphql', 'gql.ts'), 'utf8');
    const sources = [...gql.matchAll(/^ {2}('(?:[^'\\]|\\.)*'): typeof types\./gm)].map(
      (match) => JSON.parse(`"${match[1]!.slice(1, -1).replace(/"/g, '\\"')}"`) as string,
    );
    expect(sources.length).toBe(expected.size);

    for (const source of sources) {
      const code = transform(`const d = graphql(\`${source}\`);`, join(sourceRoot, 'probe.ts'));
      const inlined = JSON.parse(code.slice('const d = ('.length, -');'.length)) as DocumentNode;
      const reference = expected.get(nameOf(inlined));
      expect(reference, nameOf(inlined)).toBeDefined();
      expect(definitions(inlined)).toEqual(definitions(reference!));
    }
  });

  it('leaves generated files, dependencies and code without documents alone', () => {
    const code = 'const d = graphql(`query Me { me { id } }`);';
    expect(transform(code, join(sourceRoot, 'graphql', 'gql.ts'))).toBe(code);
    expect(transform(code, '/x/node_modules/lib/index.ts')).toBe(code);
    expect(transform('const x = 1;', join(sourceRoot, 'probe.ts'))).toBe('const x = 1;');
  });

  it('carries fragments spread through other fragments, once each', () => {
    const registry = new FragmentRegistry();
    registry.update(
      'fragments.ts',
      'graphql(`fragment A on Member { id ...B }`); graphql(`fragment B on Member { displayName }`);',
    );
    const [call] = graphqlCalls('graphql(`query Q { me { ...A ...B } }`)');
    const document = registry.complete(parse(call!.source, { noLocation: true }));
    expect(document.definitions.map((definition) => print(definition).split(' ')[1])).toEqual([
      'Q',
      'A',
      'B',
    ]);
  });

  it('refuses a document that spreads a fragment nobody defines', () => {
    expect(() =>
      transform('const d = graphql(`query Q { me { ...Missing } }`);', join(sourceRoot, 'q.ts')),
    ).toThrow(/Missing is spread but never defined/);
  });
});
