import { UNKNOWN_VALUE } from '../../../../../shared/codebook/validate-value';

/** The selection after ticking or unticking one option; null when nothing is left. */
export function nextSelection(current: readonly string[], optionId: string, checked: boolean, order: readonly string[]): string[] | null {
  let next = checked ? [...current, optionId] : current.filter((id) => id !== optionId);
  if (checked) next = optionId === UNKNOWN_VALUE ? [UNKNOWN_VALUE] : next.filter((id) => id !== UNKNOWN_VALUE);
  // Kept in the codebook's order, so the same choice is always the same stored list.
  next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return next.length === 0 ? null : next;
}
