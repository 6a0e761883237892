// SPDX-License-Identifier: EUPL-1.2
/**
 * Polls `find` until it returns something other than undefined, for what happens
 * asynchronously (jobs, mail, logs); fails after `timeoutMs`.
 */
export async function eventually<T>(
  find: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 20_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Nothing within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
