import {
  INITIAL_MACHINE,
  isSettled,
  transition,
  type InterceptEffect,
  type InterceptEvent,
  type InterceptMachine,
} from './intercept-machine';

type RefundStatus = 'PROCESSING' | 'ABNORMAL' | 'SUCCESS' | 'CLOSED';

/**
 * A small honest world around the intercept machine for property tests: WeChat Pay (an order the
 * user may pay, refunds that settle, close or go abnormal), a carrier or staff member, timers and
 * a user, with every answer to an effect delivered later, in any order, possibly twice. It counts
 * money taken and money given back, and fails loudly at the first refund that should not exist.
 */
export class InterceptWorld {
  machine: InterceptMachine = INITIAL_MACHINE;
  private order: 'NONE' | 'OPEN' | 'PAID' | 'CLOSED' = 'NONE';
  private captured = 0;
  private refunded = 0;
  private refunds = new Map<number, RefundStatus>();
  private carrier: 'IDLE' | 'SUBMITTED' | 'ACCEPTED' | 'DONE' = 'IDLE';
  private pending: InterceptEvent[] = [];
  private delivered: InterceptEvent[] = [];
  private timesRefunded = 0;
  readonly log: string[] = [];

  /** One move of the world, chosen by the property's generator. */
  act(kind: number, pick: number): void {
    const openRefund = (...from: RefundStatus[]) => [...this.refunds].filter(([, s]) => from.includes(s)).map(([k]) => k)[pick % 3];
    switch (kind) {
      case 0:
        if (this.order !== 'NONE') return;
        this.order = 'OPEN';
        this.apply({ type: 'ORDER_CREATED' });
        return;
      case 1:
        if (this.order !== 'NONE') return;
        this.order = 'CLOSED';
        this.apply({ type: 'ORDER_FAILED' });
        return;
      case 2:
        if (this.order !== 'OPEN') return;
        this.order = 'PAID';
        this.captured += 1;
        this.pending.push({ type: 'PAYMENT_SUCCEEDED' });
        return;
      case 3:
      case 19:
        if (this.pending.length) this.deliver(kind === 19 ? 0 : pick % this.pending.length);
        return;
      case 4:
        if (this.delivered.length) this.apply(this.delivered[pick % this.delivered.length]);
        return;
      case 5:
        return this.apply({ type: 'CANCEL' });
      case 6:
        return this.apply({ type: 'TIMER' });
      case 7:
        return this.apply({ type: 'PAYMENT_EXPIRED' });
      case 8:
        return this.apply({ type: 'OUTCOME_OVERDUE' });
      case 9:
        if (this.carrier !== 'SUBMITTED') return;
        this.carrier = 'ACCEPTED';
        this.pending.push({ type: 'ACCEPTED' });
        return;
      case 10:
      case 11:
        if (this.carrier === 'SUBMITTED' || this.carrier === 'ACCEPTED') {
          this.carrier = 'DONE';
          this.pending.push({ type: 'OUTCOME', result: kind === 10 ? 'SUCCEEDED' : 'FAILED', source: pick % 2 ? 'CARRIER' : 'STAFF' });
        }
        return;
      case 12:
      case 13:
        return this.apply({ type: 'OUTCOME', result: kind === 13 ? 'SUCCEEDED' : 'FAILED', source: 'TRACKING' });
      case 14: {
        const k = openRefund('PROCESSING', 'ABNORMAL');
        if (k !== undefined) this.settleRefund(k, 'SUCCESS');
        return;
      }
      case 15: {
        const k = openRefund('PROCESSING');
        if (k !== undefined) this.settleRefund(k, 'ABNORMAL');
        return;
      }
      case 16: {
        const k = openRefund('PROCESSING', 'ABNORMAL');
        if (k !== undefined) this.settleRefund(k, 'CLOSED');
        return;
      }
      case 17:
        if (this.carrier !== 'SUBMITTED') return;
        this.carrier = 'DONE';
        this.pending.push({ type: 'SUBMISSION_REJECTED', note: '不支持' });
        return;
      case 18:
        return this.perform({ type: 'QUERY_ORDER' });
      default:
        if (this.pending.length) this.pending.push(this.pending[pick % this.pending.length]);
    }
  }

  /** A fair world from here on: everything in flight arrives, deadlines pass, refunds complete. */
  settle(): void {
    for (let round = 0; round < 50; round += 1) {
      while (this.pending.length) this.deliver(0);
      const refundOpen = [...this.refunds.values()].some((s) => s === 'PROCESSING' || s === 'ABNORMAL');
      if (isSettled(this.machine) && !refundOpen) return;
      if (this.machine.state === 'REQUESTED' || this.machine.state === 'PAYMENT_PENDING') this.apply({ type: 'PAYMENT_EXPIRED' });
      if (this.carrier === 'SUBMITTED' || this.carrier === 'ACCEPTED') this.act(round % 2 ? 10 : 11, round);
      else if (this.machine.state === 'SUBMITTED' || this.machine.state === 'ACCEPTED') this.apply({ type: 'OUTCOME_OVERDUE' });
      for (const [k, s] of this.refunds) if (s === 'PROCESSING' || s === 'ABNORMAL') this.settleRefund(k, 'SUCCESS');
      this.apply({ type: 'TIMER' });
    }
  }

  assertConsistent(): void {
    const fail = (why: string) => {
      throw new Error(`${why}\n${this.log.join('\n')}`);
    };
    if (!isSettled(this.machine)) fail(`not settled: ${JSON.stringify(this.machine)}`);
    if (this.machine.paid !== this.captured > 0) fail('the machine and the bank disagree about the payment');
    if (this.captured > 0 && this.machine.state === 'SUCCEEDED' && this.refunded !== 0) fail('refunded a success');
    if (this.captured > 0 && this.machine.state === 'REFUNDED' && this.refunded !== this.captured) fail('REFUNDED without the money back');
    if (this.captured === 0 && this.refunded !== 0) fail('refunded money never taken');
    if (this.timesRefunded > 1) fail('entered REFUNDED twice');
  }

  private deliver(index: number): void {
    const [e] = this.pending.splice(index, 1);
    this.delivered.push(e);
    this.apply(e);
  }

  private apply(e: InterceptEvent): void {
    const r = transition(this.machine, e);
    this.log.push(`${JSON.stringify(e)} ${this.machine.state} → ${r.machine.state} ${r.outcome} ${JSON.stringify(r.effects)}`);
    if (r.machine.state === 'REFUNDED' && this.machine.state !== 'REFUNDED') this.timesRefunded += 1;
    this.machine = r.machine;
    for (const effect of r.effects) this.perform(effect);
  }

  private perform(effect: InterceptEffect): void {
    switch (effect.type) {
      case 'CLOSE_ORDER':
        if (this.order === 'OPEN' || this.order === 'NONE') this.order = 'CLOSED';
        // WeChat answers ORDERPAID: the caller reads that as a payment.
        else if (this.order === 'PAID') this.pending.push({ type: 'PAYMENT_SUCCEEDED' });
        return;
      case 'QUERY_ORDER':
        if (this.order === 'PAID') this.pending.push({ type: 'PAYMENT_SUCCEEDED' });
        if (this.order === 'CLOSED') this.pending.push({ type: 'PAYMENT_CLOSED' });
        return;
      case 'SUBMIT':
        if (this.carrier === 'IDLE') this.carrier = 'SUBMITTED';
        if (this.carrier !== 'DONE') this.pending.push({ type: 'SUBMITTED', channel: 'STAFF' });
        return;
      case 'CREATE_REFUND':
        return this.createRefund(effect.attempt);
      default:
        return;
    }
  }

  private createRefund(attempt: number): void {
    if (this.captured === 0) throw new Error(`refund of a payment never made\n${this.log.join('\n')}`);
    for (const [k, s] of this.refunds) {
      if (k < attempt && s !== 'CLOSED') throw new Error(`refund ${attempt} while refund ${k} is ${s}\n${this.log.join('\n')}`);
    }
    // One out_refund_no refunds once: asking again answers with the refund's current status.
    const status = this.refunds.get(attempt) ?? 'PROCESSING';
    this.refunds.set(attempt, status);
    const answer = {
      PROCESSING: 'REFUND_ACCEPTED',
      ABNORMAL: 'REFUND_ABNORMAL',
      SUCCESS: 'REFUND_SUCCEEDED',
      CLOSED: 'REFUND_CLOSED',
    } as const;
    this.pending.push({ type: answer[status], attempt });
  }

  private settleRefund(attempt: number, to: 'SUCCESS' | 'ABNORMAL' | 'CLOSED'): void {
    this.refunds.set(attempt, to);
    if (to === 'SUCCESS') this.refunded += 1;
    if (this.refunded > this.captured) throw new Error(`refunded ${this.refunded} of ${this.captured}\n${this.log.join('\n')}`);
    const notice = { SUCCESS: 'REFUND_SUCCEEDED', ABNORMAL: 'REFUND_ABNORMAL', CLOSED: 'REFUND_CLOSED' } as const;
    this.pending.push({ type: notice[to], attempt });
  }
}
