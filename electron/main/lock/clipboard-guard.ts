// Text copied from Dossier leaves the clipboard after 30 seconds, and on lock and quit, but
// only if the clipboard still holds what we put there (KeePassXC's rule: never erase something
// the user copied from elsewhere meanwhile).

/** Electron 45's clipboard is asynchronous; a synchronous stand-in satisfies this too. */
export interface ClipboardLike {
  writeText(text: string): Promise<void> | void;
  readText(): Promise<string> | string;
  clear(): void;
}

export const CLIPBOARD_CLEAR_MS = 30_000;

type Timers = { setTimeout: (fn: () => void, ms: number) => unknown; clearTimeout: (handle: never) => void };

export class ClipboardGuard {
  private copied: string | null = null;
  private timer: unknown = null;
  private readonly clipboard: ClipboardLike;
  private readonly timers: Timers;

  constructor(clipboard: ClipboardLike, timers: Timers = { setTimeout, clearTimeout }) {
    this.clipboard = clipboard;
    this.timers = timers;
  }

  async write(text: string): Promise<void> {
    await this.clipboard.writeText(text);
    this.copied = text;
    this.cancelTimer();
    this.timer = this.timers.setTimeout(() => void this.clearIfUnchanged(), CLIPBOARD_CLEAR_MS);
  }

  async clearIfUnchanged(): Promise<void> {
    this.cancelTimer();
    const copied = this.copied;
    this.copied = null;
    if (copied !== null && (await this.clipboard.readText()) === copied) this.clipboard.clear();
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer as never);
    this.timer = null;
  }
}
