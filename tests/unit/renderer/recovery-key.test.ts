import { describe, expect, it } from 'vitest';
import { lastRecoveryGroup, matchesLastGroup, recoveryKeyGroups } from '../../../renderer/src/format/recovery-key';

const KEY = 'CF3C-A1B8-8E93-3B57-3542-5C49-D8BD-94FA-E74E-D89C-CD89-D062-CA66-FEBC-7C5C-DF16';

describe('recovery key display and confirmation', () => {
  it('shows the key in its sixteen groups of four', () => {
    const groups = recoveryKeyGroups(KEY);
    expect(groups).toHaveLength(16);
    expect(groups.every((g) => g.length === 4)).toBe(true);
    expect(recoveryKeyGroups(KEY.replace(/-/g, ''))).toEqual(groups);
  });

  it('accepts the last group in any case, with stray spaces', () => {
    expect(lastRecoveryGroup(KEY)).toBe('DF16');
    expect(matchesLastGroup(KEY, 'df16')).toBe(true);
    expect(matchesLastGroup(KEY, ' DF 16 ')).toBe(true);
  });

  it('refuses any other group, a partial one and an empty one', () => {
    expect(matchesLastGroup(KEY, 'CF3C')).toBe(false);
    expect(matchesLastGroup(KEY, 'DF1')).toBe(false);
    expect(matchesLastGroup(KEY, '')).toBe(false);
    expect(matchesLastGroup('', '')).toBe(false);
  });
});
