// A published table cell. Promise (issue 6 item 4; research/anonymisation.md §1.4): a true zero,
// an "unknown" category and a suppressed cell are three different things and never look alike.
// A zero is { status: "value", value: 0 }; "unknown" is a category label (cross-tabulate.ts);
// a suppressed cell has no value at all, so it cannot leak one.

export type ProtectedCell = { status: 'value'; value: number } | { status: 'suppressed'; reason: 'primary' | 'secondary' };

export function toProtectedCell(value: number, suppressed: boolean, primary: boolean): ProtectedCell {
  if (!suppressed) return { status: 'value', value };
  return { status: 'suppressed', reason: primary ? 'primary' : 'secondary' };
}
