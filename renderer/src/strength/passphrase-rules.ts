// When the first-run screen lets a passphrase through: the shared policy (the same minimum the
// CLI enforces) AND a zxcvbn score of at least 3 ("safely unguessable"), and both fields equal.
// Pure, so the rule is unit-tested and the screen only renders its answer.
import { MIN_PASSPHRASE_LENGTH, checkPassphrasePolicy } from '../../../shared/passphrase-policy';

export const MIN_STRENGTH_SCORE = 3;

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export type PassphraseProblem =
  | { kind: 'empty' }
  | { kind: 'tooShort'; min: number }
  | { kind: 'tooRepetitive' }
  | { kind: 'checking' }
  | { kind: 'tooWeak' }
  | { kind: 'mismatch' };

/** The first reason the passphrase cannot be used yet, or null when it can. */
export function passphraseProblem(passphrase: string, repeat: string, score: StrengthScore | null): PassphraseProblem | null {
  if (passphrase.length === 0) return { kind: 'empty' };
  // The shared policy is the authority; its English message is only classified here so the
  // reason can be shown in the interface language.
  if (checkPassphrasePolicy(passphrase) !== null) {
    return Array.from(passphrase.normalize('NFC')).length < MIN_PASSPHRASE_LENGTH
      ? { kind: 'tooShort', min: MIN_PASSPHRASE_LENGTH }
      : { kind: 'tooRepetitive' };
  }
  if (score === null) return { kind: 'checking' };
  if (score < MIN_STRENGTH_SCORE) return { kind: 'tooWeak' };
  if (repeat !== passphrase) return { kind: 'mismatch' };
  return null;
}
