// SPDX-License-Identifier: EUPL-1.2
import type { INestApplicationContext } from '@nestjs/common';
import { TransactionHost } from 'src/database/transaction-host';
import { DigestJob } from 'src/modules/digests/digest-jobs';
import { DigestPlanner } from 'src/modules/digests/digest-planner';
import { DigestsRepository } from 'src/modules/digests/digests.repository';
import { FollowsService } from 'src/modules/follows/follows.service';
import { JobRegistry } from 'src/modules/jobs/job-registry';
import { MailTransport } from 'src/modules/mail/mail-transport';
import { MembersService } from 'src/modules/members/members.service';
import { UnsubscribeTokens } from 'src/modules/notifications/email/unsubscribe-token';
import { NotificationsService } from 'src/modules/notifications/notifications.service';
import { table } from 'test/bench/bench-stats';

interface Stage {
  calls: number;
  ms: number;
}

type AnyMethod = (...args: unknown[]) => unknown;

/**
 * Where a digest run spends its time: the collaborators of `DigestBatchProcessor` are the
 * app's singletons, so each method it calls is wrapped on its instance (the processor holds
 * the same objects) with a timer. The wrappers cost about a microsecond per call against
 * milliseconds of work; BENCH_PROFILE=0 leaves the app untouched.
 */
export class DigestStageProfile {
  private readonly stages = new Map<string, Stage>();
  private recording = false;

  constructor(app: INestApplicationContext) {
    const get = <T>(type: abstract new (...args: never[]) => T) => app.get(type, { strict: false });
    const repository = get(DigestsRepository);
    this.wrap('batch: load members', get(MembersService), 'findByIds');
    this.wrap('batch: load follows', get(FollowsService), 'followsOf');
    this.wrap('batch: e-mail preferences', get(NotificationsService), 'emailRecipients');
    this.wrap('batch: window items query', repository, 'windowCandidates');
    this.wrap('batch: plan (queries + matching)', get(DigestPlanner), 'plan');
    this.wrap('batch: claim (one INSERT)', repository, 'claim');
    this.wrap('member: send transaction (all below)', get(TransactionHost), 'run');
    this.wrap('  lock claim (FOR UPDATE NOWAIT)', repository, 'lockClaim');
    this.wrap('  sign unsubscribe token', get(UnsubscribeTokens), 'sign');
    this.wrap('  MailTransport.send (SMTP)', get(MailTransport), 'send');
    this.wrap('  mark sent (UPDATE)', repository, 'markSent');
    const batch = get(JobRegistry).handlerFor(DigestJob.Batch);
    if (batch) this.wrap('batch job (whole handler)', batch, 'handler');
  }

  start(): void {
    for (const stage of this.stages.values()) Object.assign(stage, { calls: 0, ms: 0 });
    this.recording = true;
  }

  stop(): void {
    this.recording = false;
  }

  /**
   * A table of every stage: calls, total, mean per call, and its share of the worker time
   * available (`wallMs` × concurrency, i.e. busy job slots). The remainder of the send
   * transaction is BEGIN, COMMIT and rendering the mail.
   */
  report(wallMs: number, concurrency: number): string {
    const ms = (name: string) => this.stages.get(name)?.ms ?? 0;
    const rows = [...this.stages.entries()];
    const inner = [...this.stages.keys()].filter((k) => k.startsWith('  '));
    const rest = ms('member: send transaction (all below)') - inner.reduce((s, k) => s + ms(k), 0);
    const sends = this.stages.get('  MailTransport.send (SMTP)')?.calls ?? 0;
    rows.push(['  BEGIN, COMMIT, render (remainder)', { calls: sends, ms: rest }]);
    const slots = wallMs * concurrency;
    return table(
      ['stage', 'calls', 'total s', 'ms/call', 'share of job slots'],
      rows.map(([name, s]) => [
        name,
        String(s.calls),
        (s.ms / 1000).toFixed(2),
        s.calls ? (s.ms / s.calls).toFixed(3) : '—',
        `${((100 * s.ms) / slots).toFixed(1)} %`,
      ]),
    );
  }

  private wrap<T extends object>(name: string, target: T, method: keyof T & string): void {
    const original = target[method] as unknown as AnyMethod;
    const stage: Stage = { calls: 0, ms: 0 };
    this.stages.set(name, stage);
    const record = (started: bigint) => {
      if (!this.recording) return;
      stage.calls += 1;
      stage.ms += Number(process.hrtime.bigint() - started) / 1e6;
    };
    const wrapped = function (this: unknown, ...args: unknown[]): unknown {
      const started = process.hrtime.bigint();
      const result = original.apply(this, args);
      if (result instanceof Promise) return result.finally(() => record(started));
      record(started);
      return result;
    };
    Object.defineProperty(target, method, { value: wrapped, writable: true, configurable: true });
  }
}
