// The channel names of the IPC contract, without their schemas: the preload imports only this
// list (it validates nothing; main does) and stays a few dozen lines (DESIGN.md "Layout").

export const CHANNELS = [
  'vault:status',
  'vault:create',
  'vault:unlock',
  'vault:lock',
  'vault:change-passphrase',
  'vault:pick-location',
  'settings:get',
  'settings:set',
  'codebook:get',
  'codebook:current',
  'codebook:change',
  'review:overview',
  'review:table',
  'cases:list',
  'cases:get',
  'cases:create',
  'cases:update',
  'cases:delete',
  'persons:list',
  'persons:reveal',
  'persons:create',
  'persons:update',
  'persons:delete',
  'codings:list',
  'codings:set',
  'codings:clear',
  'codings:history',
  'documents:list',
  'documents:get',
  'documents:add-text',
  'documents:delete',
  'documents:import',
  'documents:replace',
  'documents:original',
  'annotations:list',
  'annotations:list-for-case',
  'annotations:create',
  'annotations:update',
  'annotations:delete',
  'annotations:restore',
  'memos:list',
  'memos:create',
  'memos:update',
  'memos:delete',
  'search:query',
  'search:passages',
  'search:code-matrix',
  'audit:list',
  'audit:verify',
  'clipboard:write-text',
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Events main sends to the renderer: a fixed list, nothing else can be subscribed to. */
export const EVENTS = ['vault:locked', 'vault:unlocked', 'cases:changed'] as const;
export type EventName = (typeof EVENTS)[number];

/** `cases:list` → ['cases', 'list']; `documents:add-text` → ['documents', 'addText']. */
export function splitChannel(channel: string): [string, string] {
  const [domain = '', verb = ''] = channel.split(':');
  return [domain, verb.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())];
}
