// SPDX-License-Identifier: EUPL-1.2
import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACTED_PATHS, serializeRequest } from 'src/common/logging.module';

describe('log redaction', () => {
  it('removes tokens, passwords and mail bodies from logged objects', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _enc, done) => void (lines.push(String(chunk)), done()),
    });
    const sut = pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink);
    sut.info({
      req: { headers: { authorization: 'Bearer secret-jwt', cookie: 'sid=1' } },
      input: { password: 'hunter2-hunter2', refreshToken: 'rt-secret' },
      mail: { subject: 'Invitation', text: 'token=abc', html: '<a>token=abc</a>' },
    });
    const output = lines.join('');
    for (const secret of ['secret-jwt', 'sid=1', 'hunter2', 'rt-secret', 'token=abc'])
      expect(output).not.toContain(secret);
    expect(output).toContain('Invitation');
  });
});

describe('request lines', () => {
  it('never carry a token from the query string', () => {
    const line = serializeRequest({
      id: 'r1',
      method: 'POST',
      url: '/unsubscribe?token=eyJhbGciOiJIUzI1NiJ9.payload.signature&x=1',
    });
    expect(line).toEqual({ id: 'r1', method: 'POST', url: '/unsubscribe?token=[redacted]&x=1' });
    expect(serializeRequest({ id: 'r2', method: 'GET', url: '/health' }).url).toBe('/health');
  });
});
