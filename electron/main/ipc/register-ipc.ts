// Every channel of the contract is registered through this one wrapper: sender check, zod
// validation, the lock check, then the handler; the answer is always { ok, value } or
// { ok: false, error: { code, message } } without stack or path (DESIGN.md "Data flow").
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { requests, UNLOCKED_NOT_REQUIRED, type ParsedReq, type Res } from '../../../shared/ipc/contract';
import { isDossierError } from '../../../shared/errors';
import { fail, ok, type Result } from '../../../shared/result';
import { isTrustedSender, type SenderEvent } from './sender-check';

export type Handlers = { [C in Channel]: (req: ParsedReq<C>) => Promise<Res<C>> };

export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export interface IpcDeps {
  trustedContentsId: () => number | null;
  isUnlocked: () => boolean;
  /** Records that the user did something (resets the idle timer). */
  onActivity?: () => void;
  log?: (line: string) => void;
}

export function registerIpc(ipcMain: IpcMainLike, handlers: Handlers, deps: IpcDeps): Channel[] {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, ...args) => answer(channel, event, args, handlers, deps));
  }
  return [...CHANNELS];
}

export async function answer(channel: Channel, event: SenderEvent, args: unknown[], handlers: Handlers, deps: IpcDeps): Promise<Result<unknown>> {
  if (!isTrustedSender(event, deps.trustedContentsId())) return fail('FORBIDDEN', 'This request is not allowed.');
  if (args.length !== 1) return fail('BAD_REQUEST', 'The request is malformed.');
  const parsed = requests[channel].safeParse(args[0]);
  // The message names no field, value or path: the renderer is untrusted.
  if (!parsed.success) return fail('BAD_REQUEST', 'The request is malformed.');
  if (!UNLOCKED_NOT_REQUIRED.has(channel) && !deps.isUnlocked()) return fail('LOCKED', 'The vault is locked.');
  deps.onActivity?.();
  try {
    const handler = handlers[channel] as (req: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (err) {
    if (isDossierError(err)) return fail(err.code, err.message, err.problems.length ? [...err.problems] : undefined);
    deps.log?.(`internal error on ${channel}`);
    return fail('INTERNAL', 'Something went wrong; nothing was changed.');
  }
}
