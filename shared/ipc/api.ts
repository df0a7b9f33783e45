// The shape of `window.dossier`, derived from the contract: `dossier.cases.list(req)` for the
// channel `cases:list`, answering `Result<Res<'cases:list'>>`.
import type { Result } from '../result';
import type { Channel, EventName } from './channels';
import type { EventPayload, Req, Res } from './contract';

type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;
type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string> = C extends `${string}:${infer V}` ? CamelCase<V> : never;

export type DossierApi = {
  readonly [D in DomainOf<Channel>]: {
    readonly [C in Channel as DomainOf<C> extends D ? VerbOf<C> : never]: (req: Req<C>) => Promise<Result<Res<C>>>;
  };
} & {
  /** Subscribes to one of the fixed events; returns the unsubscribe function. */
  readonly on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;
};
