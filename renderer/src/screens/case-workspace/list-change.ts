/** A change to one of the workspace's lists, applied to the latest state (never a stale copy). */
export type ListChange<T> = (change: (items: T[]) => T[]) => void;

export function replaceById<T extends { id: string }>(items: T[], next: T): T[] {
  return items.some((i) => i.id === next.id) ? items.map((i) => (i.id === next.id ? next : i)) : [...items, next];
}

export function removeById<T extends { id: string }>(items: T[], id: string): T[] {
  return items.filter((i) => i.id !== id);
}
