// SPDX-License-Identifier: EUPL-1.2
import { AppError } from 'src/graph/errors/app-error';
import { decodeCursor, encodeCursor } from 'src/graph/pagination/cursor';

function rejection(cursor: string, arity: number): AppError {
  try {
    decodeCursor(cursor, arity);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`accepted ${cursor}`);
}

const asCursor = (json: string) => Buffer.from(json, 'utf8').toString('base64url');

describe('keyset cursors', () => {
  it('decodes what it encoded, strings and numbers alike, in order', () => {
    const values = ['2026-01-05T06:00:00.000Z', 42, 'å/ä+ö=', 0];
    expect(decodeCursor(encodeCursor(values), 4)).toEqual(values);
  });

  it('is base64url JSON, safe in a URL without escaping', () => {
    const cursor = encodeCursor(['??>>~~', 1]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(cursor, 'base64url').toString('utf8')).toBe('["??>>~~",1]');
  });

  it.each([
    ['fewer values than the sort has keys', asCursor('["a"]'), 2],
    ['more values than the sort has keys', asCursor('["a",1,2]'), 2],
    ['a value that is neither string nor number', asCursor('["a",null]'), 2],
    ['an object value', asCursor('[{"id":1}]'), 1],
    ['a boolean value', asCursor('[true]'), 1],
    ['JSON that is not a list', asCursor('{"0":"a","length":1}'), 1],
    ['a string of the right length', asCursor('"ab"'), 2],
    ['text that is not JSON', asCursor('not json'), 1],
    ['an empty cursor', '', 1],
  ])('rejects %s as a typed bad input on `after`', (_case, cursor, arity) => {
    const error = rejection(cursor, arity);
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after', message: 'is not a cursor from this list' }],
    });
    expect(error.message).toBe('Invalid cursor');
  });
});
