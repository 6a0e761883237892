// SPDX-License-Identifier: EUPL-1.2
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import MagicString from 'magic-string';
import {
  Kind,
  parse,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
} from 'graphql';
import type { Plugin } from 'vite';

/**
 * Replaces each `graphql(`…`)` call with the document it names, inlined where it is used.
 *
 * Why: graphql-codegen's client preset resolves `graphql()` at run time through one map of every
 * document in the project (src/graphql/gql.ts), so the first page load would download the
 * documents of every lazy page. Codegen's own remedy is a Babel or SWC plugin; Vite 8 builds with
 * Oxc and Rolldown and has neither pipeline, so this does the same rewrite. Types are unchanged:
 * TypeScript still reads the `graphql()` overloads; only the emitted JavaScript differs. Like the
 * generated documents, each inlined document carries the fragments it spreads, transitively.
 */
export function inlineGraphqlDocuments(options: { sourceRoot: string }): Plugin {
  const sourceRoot = resolve(options.sourceRoot);
  const isDocumentSource = (id: string): boolean =>
    id.startsWith(sourceRoot + sep) && /\.(ts|tsx)$/.test(id) && !id.includes('/src/graphql/');
  const fragments = new FragmentRegistry();
  return {
    name: 'samrad:inline-graphql-documents',
    enforce: 'pre',
    buildStart() {
      for (const file of sourceFiles(sourceRoot).filter(isDocumentSource)) {
        fragments.update(file, readFileSync(file, 'utf8'));
      }
    },
    // Only the application's own sources: the generated folder holds copies of their documents.
    transform(code, id) {
      if (!isDocumentSource(id) || !code.includes('graphql(')) return null;
      fragments.update(id, code);
      const output = new MagicString(code);
      for (const call of graphqlCalls(code)) {
        const document = fragments.complete(parse(call.source, { noLocation: true }));
        output.overwrite(call.start, call.end, `(${JSON.stringify(document)})`);
      }
      return output.hasChanged()
        ? { code: output.toString(), map: output.generateMap({ hires: true }) }
        : null;
    },
  };
}

function sourceFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).map((name) => join(root, name));
}

interface GraphqlCall {
  start: number;
  end: number;
  source: string;
}

/** `graphql(` and one template literal without substitutions (`${…}`), as codegen requires. */
export function graphqlCalls(code: string): GraphqlCall[] {
  return [...code.matchAll(/\bgraphql\(\s*`((?:[^`$\\]|\$(?!\{))*)`\s*\)/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    source: match[1] ?? '',
  }));
}

/** Every fragment defined in the sources, by name, so a document can carry the ones it spreads. */
export class FragmentRegistry {
  private readonly byFile = new Map<string, FragmentDefinitionNode[]>();

  update(file: string, code: string): void {
    const definitions = graphqlCalls(code)
      .flatMap((call) => parse(call.source, { noLocation: true }).definitions)
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
    this.byFile.set(file, definitions);
  }

  /** The document followed by each fragment it spreads, directly or through another fragment. */
  complete(document: DocumentNode): DocumentNode {
    const known = new Map(
      [...this.byFile.values()].flat().map((fragment) => [fragment.name.value, fragment]),
    );
    const included = new Set(
      document.definitions.flatMap((definition) =>
        definition.kind === Kind.FRAGMENT_DEFINITION ? [definition.name.value] : [],
      ),
    );
    const definitions: DefinitionNode[] = [...document.definitions];
    for (let index = 0; index < definitions.length; index += 1) {
      for (const name of spreadNames(definitions[index]!)) {
        if (included.has(name)) continue;
        const fragment = known.get(name);
        if (!fragment) throw new Error(`GraphQL fragment ${name} is spread but never defined`);
        included.add(name);
        definitions.push(fragment);
      }
    }
    return { kind: Kind.DOCUMENT, definitions };
  }
}

function spreadNames(definition: DefinitionNode): string[] {
  const names: string[] = [];
  visit(definition, {
    FragmentSpread(node) {
      names.push(node.name.value);
    },
  });
  return names;
}
