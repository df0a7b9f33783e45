/** ISO 8601 UTC timestamp with milliseconds: sortable as text, the form every row stores. */
export function nowIso(): string {
  return new Date().toISOString();
}
