// Auto-lock (DESIGN.md "Security promises"): after N minutes without input, on suspend and on
// screen lock. Idle time comes from the operating system (powerMonitor.getSystemIdleTime), so
// typing in any window counts as activity; Linux has no lock-screen event, so a system idle
// state of "locked" is polled as well.
import type { LockReason } from '../../../shared/domain/vault-status';

export interface PowerMonitorLike {
  on(event: 'suspend' | 'lock-screen', listener: () => void): unknown;
  getSystemIdleTime(): number;
  getSystemIdleState(thresholdSeconds: number): 'active' | 'idle' | 'locked' | 'unknown';
}

export interface TimerApi {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export const IDLE_POLL_MS = 15_000;

export class IdleMonitor {
  private handle: unknown = null;
  private idleMinutes: number;
  private readonly power: PowerMonitorLike;
  private readonly timers: TimerApi;
  private readonly lock: (reason: LockReason) => void;
  private readonly isUnlocked: () => boolean;

  constructor(options: { power: PowerMonitorLike; timers: TimerApi; idleMinutes: number; lock: (reason: LockReason) => void; isUnlocked: () => boolean }) {
    this.power = options.power;
    this.timers = options.timers;
    this.idleMinutes = options.idleMinutes;
    this.lock = options.lock;
    this.isUnlocked = options.isUnlocked;
    this.power.on('suspend', () => this.lockIfOpen('suspend'));
    this.power.on('lock-screen', () => this.lockIfOpen('screen-lock'));
  }

  start(): void {
    if (this.handle !== null) return;
    this.handle = this.timers.setInterval(() => this.poll(), IDLE_POLL_MS);
  }

  stop(): void {
    if (this.handle === null) return;
    this.timers.clearInterval(this.handle);
    this.handle = null;
  }

  setIdleMinutes(minutes: number): void {
    this.idleMinutes = minutes;
  }

  /** One check; public so tests and the harness can run it without waiting. */
  poll(): void {
    if (!this.isUnlocked()) return;
    if (this.power.getSystemIdleState(this.idleMinutes * 60) === 'locked') {
      this.lock('screen-lock');
      return;
    }
    if (this.power.getSystemIdleTime() >= this.idleMinutes * 60) this.lock('idle');
  }

  private lockIfOpen(reason: LockReason): void {
    if (this.isUnlocked()) this.lock(reason);
  }
}
