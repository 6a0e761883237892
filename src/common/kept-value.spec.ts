// SPDX-License-Identifier: EUPL-1.2
import { KeptValue } from 'src/common/kept-value';

describe('KeptValue', () => {
  afterEach(() => jest.useRealTimers());

  it('shares one read between concurrent asks and keeps it until it is too old', async () => {
    jest.useFakeTimers({ now: 0 });
    let reads = 0;
    const kept = new KeptValue(async () => ++reads, { maxAgeMs: 1000 });
    expect(await Promise.all([kept.get(), kept.get()])).toEqual([1, 1]);
    jest.setSystemTime(1000);
    expect(await kept.get()).toBe(1);
    jest.setSystemTime(1001);
    expect(await kept.get()).toBe(2);
    expect(reads).toBe(2);
  });

  it('reads again after forget or refresh', async () => {
    let reads = 0;
    const kept = new KeptValue(async () => ++reads, { maxAgeMs: 60_000 });
    expect(await kept.get()).toBe(1);
    kept.forget();
    expect(await kept.get()).toBe(2);
    expect(await kept.refresh()).toBe(3);
    expect(await kept.get()).toBe(3);
  });

  it('keeps a value it is given until it is too old, in place of a read under way', async () => {
    jest.useFakeTimers({ now: 0 });
    let reads = 0;
    let finish: (value: number) => void = () => undefined;
    const kept = new KeptValue(
      () => {
        reads++;
        return new Promise<number>((resolve) => (finish = resolve));
      },
      { maxAgeMs: 1000 },
    );
    const reading = kept.get();
    kept.set(42);
    finish(1);
    expect(await reading).toBe(1);
    expect(await kept.get()).toBe(42);
    jest.setSystemTime(1000);
    expect(await kept.get()).toBe(42);
    expect(reads).toBe(1);
    jest.setSystemTime(1001);
    void kept.get();
    expect(reads).toBe(2);
  });

  it('keeps neither a failed read nor one `keep` refuses', async () => {
    const answers: (() => Promise<number[]>)[] = [
      () => Promise.reject(new Error('down')),
      () => Promise.resolve([]),
      () => Promise.resolve([7]),
    ];
    let reads = 0;
    const kept = new KeptValue(() => answers[reads++]!(), {
      maxAgeMs: 60_000,
      keep: (value) => value.length > 0,
    });
    await expect(kept.get()).rejects.toThrow('down');
    expect(await kept.get()).toEqual([]);
    expect(await kept.get()).toEqual([7]);
    expect(await kept.get()).toEqual([7]);
    expect(reads).toBe(3);
  });
});
