// SPDX-License-Identifier: EUPL-1.2
import { Test } from '@nestjs/testing';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory, Query, Resolver } from '@nestjs/graphql';
import { graphql, printType, type GraphQLNamedType } from 'graphql';
import { renderMarkdown } from 'src/modules/markdown/markdown';
import { RichText, richText } from 'src/modules/markdown/rich-text.type';

jest.mock('src/modules/markdown/markdown', () => {
  const actual = jest.requireActual<typeof import('src/modules/markdown/markdown')>(
    'src/modules/markdown/markdown',
  );
  return { ...actual, renderMarkdown: jest.fn(actual.renderMarkdown) };
});

const render = jest.mocked(renderMarkdown);

describe(RichText.name, () => {
  beforeEach(() => render.mockClear());

  it('keeps the Markdown exactly as written', () => {
    const markdown = '# Rubrik\n\n<script>x</script>  \n';
    expect(richText(markdown).markdown).toBe(markdown);
  });

  it('does not render when only the Markdown is read', () => {
    const sut = richText('**fet**');
    expect(sut.markdown).toBe('**fet**');
    expect(render).not.toHaveBeenCalled();
  });

  it('renders once, on the first read of html', () => {
    const sut = richText('# Rubrik');
    expect(sut.html).toBe('<h3>Rubrik</h3>\n');
    expect(sut.html).toBe('<h3>Rubrik</h3>\n');
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('renders a text once for every body that holds it (other requests, other readers)', () => {
    const text = 'Samma *text* i två svar';
    expect(richText(text).html).toBe('<p>Samma <em>text</em> i två svar</p>\n');
    expect(richText(text).html).toBe('<p>Samma <em>text</em> i två svar</p>\n');
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('renders an edited text anew', () => {
    expect(richText('Före *redigering*').html).toBe('<p>Före <em>redigering</em></p>\n');
    expect(richText('Efter *redigering*').html).toBe('<p>Efter <em>redigering</em></p>\n');
    expect(render).toHaveBeenCalledTimes(2);
  });

  describe('in a code-first schema', () => {
    @Resolver()
    class BodyResolver {
      @Query(() => RichText)
      body(): RichText {
        return richText('**fet**');
      }
    }

    async function execute(source: string) {
      const module = await Test.createTestingModule({
        imports: [GraphQLSchemaBuilderModule],
      }).compile();
      const schema = await module.get(GraphQLSchemaFactory).create([BodyResolver]);
      // The factory builds types only; the root value stands in for the resolver.
      const result = await graphql({ schema, source, rootValue: { body: richText('**fet**') } });
      return { schema, result };
    }

    it('declares markdown and html as non-null strings', async () => {
      const { schema } = await execute('{ body { markdown } }');
      const type = schema.getType('RichText') as GraphQLNamedType;
      expect(printType(type)).toMatch(/markdown: String!/);
      expect(printType(type)).toMatch(/html: String!/);
    });

    it('does not render for a query that selects only markdown', async () => {
      const { result } = await execute('{ body { markdown } }');
      expect(result).toEqual({ data: { body: { markdown: '**fet**' } } });
      expect(render).not.toHaveBeenCalled();
    });

    it('renders for a query that selects html', async () => {
      const { result } = await execute('{ body { markdown html } }');
      expect(result).toEqual({
        data: { body: { markdown: '**fet**', html: '<p><strong>fet</strong></p>\n' } },
      });
      expect(render).toHaveBeenCalledTimes(1);
    });
  });
});
