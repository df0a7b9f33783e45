// Every interface string exists in English and Macedonian, with the same placeholders, and no
// translation is left empty (DESIGN.md "Conventions": every user-visible string through i18n).
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/locales/en';
import { mk } from '../../../renderer/src/i18n/locales/mk';
import { SUGGESTION_KEYS, WARNING_KEYS } from '../../../renderer/src/strength/zxcvbn-keys';
import { translations as zxcvbnEn } from '@zxcvbn-ts/language-en';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  const enLeaves = leaves(en);
  const mkLeaves = leaves(mk);

  it('has the same keys in English and Macedonian', () => {
    expect([...mkLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('leaves no translation empty', () => {
    for (const [key, value] of [...enLeaves, ...mkLeaves]) expect(value.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, value] of enLeaves) expect(placeholders(mkLeaves.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('writes Macedonian in Cyrillic (beyond names, codes and placeholders)', () => {
    // Allowed Latin: the product name, key names and codes such as Ctrl+L, Alt+U, Caps Lock, V3, MK.
    const latinWords = /\b(?!Dossier\b|Ctrl\b|Alt\b|Caps\b|Lock\b|Enter\b|English\b|MK\b|V3\b|clipboard\b|SHERLOC\b)[A-Za-z]{3,}\b/;
    for (const [key, value] of mkLeaves) {
      const text = value.replace(/\{\{\s*\w+\s*\}\}/g, '').replace(/„[^“]*“/g, '');
      if (key === 'settings.languageName.en' || key === 'statusBar.lockShortcut') continue;
      expect(latinWords.test(text), `${key}: ${value}`).toBe(false);
    }
  });

  it('has both plural forms wherever one is given', () => {
    for (const tree of [enLeaves, mkLeaves]) {
      for (const key of tree.keys()) {
        const base = key.replace(/_(one|other)$/, '');
        if (base !== key) {
          expect(tree.has(`${base}_one`), key).toBe(true);
          expect(tree.has(`${base}_other`), key).toBe(true);
        }
      }
    }
  });

  it('translates every feedback key zxcvbn can give', () => {
    expect([...WARNING_KEYS].sort()).toEqual(Object.keys(zxcvbnEn.warnings).sort());
    expect([...SUGGESTION_KEYS].sort()).toEqual(Object.keys(zxcvbnEn.suggestions).sort());
    for (const key of WARNING_KEYS) expect(enLeaves.has(`strength.warning.${key}`)).toBe(true);
    for (const key of SUGGESTION_KEYS) expect(enLeaves.has(`strength.suggestion.${key}`)).toBe(true);
  });
});
