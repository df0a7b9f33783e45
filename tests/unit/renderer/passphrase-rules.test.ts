import { describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_LENGTH, checkPassphrasePolicy } from '../../../shared/passphrase-policy';
import { MIN_STRENGTH_SCORE, passphraseProblem } from '../../../renderer/src/strength/passphrase-rules';

describe('first-run passphrase rule', () => {
  const strong = 'lantern orchard velvet quarry';

  it('asks for a passphrase first', () => {
    expect(passphraseProblem('', '', null)).toEqual({ kind: 'empty' });
  });

  it('applies the shared policy before the strength score', () => {
    expect(passphraseProblem('short words', 'short words', 4)).toEqual({ kind: 'tooShort', min: MIN_PASSPHRASE_LENGTH });
    expect(passphraseProblem('abababababababab', 'abababababababab', 4)).toEqual({ kind: 'tooRepetitive' });
    // Length is counted in characters, not UTF-16 units: eleven Cyrillic letters are too short.
    expect(passphraseProblem('ѓѓѓќќќжжшшч', '', 4)).toEqual({ kind: 'tooShort', min: MIN_PASSPHRASE_LENGTH });
  });

  it('waits for the estimate, then requires a score of at least 3', () => {
    expect(MIN_STRENGTH_SCORE).toBe(3);
    expect(passphraseProblem(strong, strong, null)).toEqual({ kind: 'checking' });
    expect(passphraseProblem(strong, strong, 2)).toEqual({ kind: 'tooWeak' });
    expect(passphraseProblem(strong, strong, 3)).toBeNull();
    expect(passphraseProblem(strong, strong, 4)).toBeNull();
  });

  it('requires both fields to be the same', () => {
    expect(passphraseProblem(strong, '', 4)).toEqual({ kind: 'mismatch' });
    expect(passphraseProblem(strong, `${strong} `, 4)).toEqual({ kind: 'mismatch' });
  });

  it('never accepts what the shared policy refuses', () => {
    for (const candidate of ['', 'a', 'aaaaaaaaaaaaaaaa', 'abcdabcdabcd', 'twelve chars', strong, 'Ѓорѓе Петров 1987']) {
      if (checkPassphrasePolicy(candidate) !== null) expect(passphraseProblem(candidate, candidate, 4)).not.toBeNull();
    }
  });
});
