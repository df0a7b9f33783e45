import { describe, expect, it, vi } from 'vitest';
import { UnlockThrottle } from '../../../electron/main/lock/unlock-throttle';
import { IdleMonitor, IDLE_POLL_MS, type PowerMonitorLike } from '../../../electron/main/lock/idle-monitor';
import { ClipboardGuard, CLIPBOARD_CLEAR_MS } from '../../../electron/main/lock/clipboard-guard';
import type { LockReason } from '../../../shared/domain/vault-status';
import { EventEmitter } from 'node:events';

describe('unlock throttle', () => {
  it('lets three attempts through, then waits 2, 4, 8 … seconds, up to five minutes', () => {
    let now = 0;
    const throttle = new UnlockThrottle(() => now);
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      throttle.recordFailure();
      waits.push(throttle.retryAfterSeconds());
    }
    expect(waits).toEqual([0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
    now += 299_000;
    expect(throttle.retryAfterSeconds()).toBe(1);
    now += 1_000;
    expect(throttle.retryAfterSeconds()).toBe(0);
    throttle.recordSuccess();
    throttle.recordFailure();
    expect(throttle.retryAfterSeconds()).toBe(0);
  });
});

class FakePower extends EventEmitter implements PowerMonitorLike {
  idle = 0;
  state: 'active' | 'idle' | 'locked' | 'unknown' = 'active';
  getSystemIdleTime(): number {
    return this.idle;
  }
  getSystemIdleState(): 'active' | 'idle' | 'locked' | 'unknown' {
    return this.state;
  }
}

describe('auto-lock', () => {
  function setup(unlocked = true) {
    vi.useFakeTimers();
    const power = new FakePower();
    const locks: LockReason[] = [];
    const monitor = new IdleMonitor({ power, timers: { setInterval, clearInterval }, idleMinutes: 10, lock: (r) => locks.push(r), isUnlocked: () => unlocked });
    monitor.start();
    return { power, locks, monitor };
  }

  it('locks after the configured idle minutes, not before', () => {
    const { power, locks } = setup();
    power.idle = 599;
    vi.advanceTimersByTime(IDLE_POLL_MS);
    expect(locks).toEqual([]);
    power.idle = 600;
    vi.advanceTimersByTime(IDLE_POLL_MS);
    expect(locks).toEqual(['idle']);
    vi.useRealTimers();
  });

  it('follows a changed idle setting', () => {
    const { power, locks, monitor } = setup();
    monitor.setIdleMinutes(2);
    power.idle = 121;
    vi.advanceTimersByTime(IDLE_POLL_MS);
    expect(locks).toEqual(['idle']);
    vi.useRealTimers();
  });

  it('locks on suspend, on screen lock, and when the system reports a locked screen', () => {
    const { power, locks } = setup();
    power.emit('suspend');
    power.emit('lock-screen');
    power.state = 'locked';
    vi.advanceTimersByTime(IDLE_POLL_MS);
    expect(locks).toEqual(['suspend', 'screen-lock', 'screen-lock']);
    vi.useRealTimers();
  });

  it('does nothing while already locked', () => {
    const { power, locks } = setup(false);
    power.idle = 10_000;
    power.emit('suspend');
    vi.advanceTimersByTime(IDLE_POLL_MS * 3);
    expect(locks).toEqual([]);
    vi.useRealTimers();
  });
});

describe('clipboard clearing', () => {
  function fakeClipboard() {
    const state = { text: '', clears: 0 };
    return { state, clipboard: { writeText: (t: string) => void (state.text = t), readText: () => state.text, clear: () => void ((state.text = ''), state.clears++) } };
  }

  it('clears our text after 30 seconds', async () => {
    vi.useFakeTimers();
    const { state, clipboard } = fakeClipboard();
    const guard = new ClipboardGuard(clipboard);
    await guard.write('V1 statement');
    await vi.advanceTimersByTimeAsync(CLIPBOARD_CLEAR_MS - 1);
    expect(state.text).toBe('V1 statement');
    await vi.advanceTimersByTimeAsync(1);
    expect(state.text).toBe('');
    vi.useRealTimers();
  });

  it('leaves alone what the user copied elsewhere meanwhile', async () => {
    vi.useFakeTimers();
    const { state, clipboard } = fakeClipboard();
    const guard = new ClipboardGuard(clipboard);
    await guard.write('from dossier');
    state.text = 'from another program';
    await vi.advanceTimersByTimeAsync(CLIPBOARD_CLEAR_MS);
    expect(state.text).toBe('from another program');
    expect(state.clears).toBe(0);
    vi.useRealTimers();
  });

  it('clears at once on lock', async () => {
    const { state, clipboard } = fakeClipboard();
    const guard = new ClipboardGuard(clipboard);
    await guard.write('a name');
    await guard.clearIfUnchanged();
    expect(state.text).toBe('');
  });
});
