// The recovery key arrives as 64 hex digits in dash-separated groups of four. It is shown in
// groups so it can be copied by hand, and the user proves they kept it by typing the last one.

export function recoveryKeyGroups(key: string): string[] {
  const parts = key.trim().split(/[\s-]+/).filter((p) => p.length > 0);
  if (parts.length > 1) return parts;
  const compact = parts[0] ?? '';
  return compact.match(/.{1,4}/g) ?? [];
}

export function lastRecoveryGroup(key: string): string {
  return recoveryKeyGroups(key).at(-1) ?? '';
}

/** Case, spaces and dashes do not matter: what is checked is that the group was copied. */
export function matchesLastGroup(key: string, typed: string): boolean {
  const expected = lastRecoveryGroup(key).toUpperCase();
  const given = typed.replace(/[\s-]+/g, '').toUpperCase();
  return expected.length > 0 && given === expected;
}
