// zxcvbn's feedback keys that the interface translates (strength.warning.* / strength.suggestion.*
// in the locale files). An unknown key from a newer zxcvbn is simply not shown.

export const WARNING_KEYS = [
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'wordByItself',
  'namesByThemselves',
  'commonNames',
  'userInputs',
  'pwned',
] as const;
export type WarningKey = (typeof WARNING_KEYS)[number];

export const SUGGESTION_KEYS = [
  'l33t',
  'reverseWords',
  'allUppercase',
  'capitalization',
  'dates',
  'recentYears',
  'associatedYears',
  'sequences',
  'repeated',
  'longerKeyboardPattern',
  'anotherWord',
  'useWords',
  'noNeed',
  'pwned',
] as const;
export type SuggestionKey = (typeof SUGGESTION_KEYS)[number];

export function isWarningKey(key: string | null): key is WarningKey {
  return key !== null && (WARNING_KEYS as readonly string[]).includes(key);
}

export function isSuggestionKey(key: string): key is SuggestionKey {
  return (SUGGESTION_KEYS as readonly string[]).includes(key);
}
