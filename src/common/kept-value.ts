// SPDX-License-Identifier: EUPL-1.2

/**
 * A value read from elsewhere (a table of tens of rows, the planner's statistics) and kept in
 * memory for a while: one read is shared by everyone who asks while it runs, kept for
 * `maxAgeMs`, and never kept when it fails or `keep` refuses it, so that the next ask reads
 * again. The kept value is shared by every caller: read it, never change it.
 */
export class KeptValue<T> {
  private value: Promise<T> | null = null;
  private readAt = 0;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly options: { maxAgeMs: number; keep?: (value: T) => boolean },
  ) {}

  /** The kept value, or a new read when there is none or it is older than `maxAgeMs`. */
  get(): Promise<T> {
    if (!this.value || this.age() > this.options.maxAgeMs) return this.refresh();
    return this.value;
  }

  /** A new read now, which later asks share. */
  refresh(): Promise<T> {
    this.readAt = Date.now();
    const reading = this.read();
    this.value = reading;
    reading.then(
      (value) => {
        if (this.value === reading && this.options.keep && !this.options.keep(value))
          this.value = null;
      },
      () => {
        if (this.value === reading) this.value = null;
      },
    );
    return reading;
  }

  /**
   * Keeps `value`, as of now, in place of any read: what this process has just written and
   * read back itself, so that nobody waits for a read of what it already has.
   */
  set(value: T): void {
    this.readAt = Date.now();
    this.value = Promise.resolve(value);
  }

  /** Read again on the next ask (after a change this process committed). */
  forget(): void {
    this.value = null;
  }

  /** Milliseconds since the last read began. */
  age(): number {
    return Date.now() - this.readAt;
  }
}
