// SPDX-License-Identifier: EUPL-1.2
import { IsOptional, validate } from 'class-validator';
import { IsSafeMarkdown } from 'src/modules/markdown/is-safe-markdown.decorator';

class CaseBodyInput {
  @IsSafeMarkdown()
  context!: unknown;

  @IsOptional()
  @IsSafeMarkdown()
  lessons?: unknown;

  @IsOptional()
  @IsSafeMarkdown({ each: true })
  answers?: unknown[];
}

async function messages(values: Partial<CaseBodyInput>): Promise<string[]> {
  const input = Object.assign(new CaseBodyInput(), { context: 'Bakgrund', ...values });
  const errors = await validate(input);
  return errors.flatMap((error) => Object.values(error.constraints ?? {}));
}

describe(IsSafeMarkdown.name, () => {
  it('accepts safe Markdown', async () => {
    expect(
      await messages({
        context: '## Bakgrund\n\nEn forskare på [KTH](https://www.kth.se), a < b.',
      }),
    ).toEqual([]);
  });

  it('prefixes the first problem with the property name', async () => {
    expect(await messages({ context: '<script>alert(1)</script> [x](javascript:y)' })).toEqual([
      'context must not contain HTML tags (<script>)',
    ]);
    expect(await messages({ lessons: '[x](JaVaScRiPt:alert(1))' })).toEqual([
      'lessons must only contain links that use http, https or mailto',
    ]);
    expect(await messages({ lessons: '![x](https://t.example/p.gif)' })).toEqual([
      'lessons must not contain images',
    ]);
  });

  it('skips null and undefined', async () => {
    expect(await messages({ lessons: undefined })).toEqual([]);
    expect(await messages({ lessons: null })).toEqual([]);
  });

  it('refuses a value that is not a string', async () => {
    expect(await messages({ context: 42 })).toEqual(['context must be a Markdown string']);
  });

  it('checks each item of an array with { each: true }', async () => {
    expect(await messages({ answers: ['ok', 'också ok'] })).toEqual([]);
    expect(await messages({ answers: ['ok', '<iframe src=x>'] })).toEqual([
      'each value in answers must not contain HTML tags (<iframe>)',
    ]);
  });

  it('lets a DTO override the message', async () => {
    class WithMessage {
      @IsSafeMarkdown({ message: 'body is not allowed' })
      body = '<b>x</b>';
    }
    const [error] = await validate(new WithMessage());
    expect(error?.constraints).toEqual({ isSafeMarkdown: 'body is not allowed' });
  });
});
