import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../electron/core/services';
import type { Vault } from '../../../electron/core/vault/vault';
import { isDossierError } from '../../../shared/errors';
import { createTestVault, removeTempDirs } from '../../helpers/temp-vault';

let vault: Vault;
let s: Services;
let caseId: string;

beforeEach(() => {
  vault = createTestVault().vault;
  s = createServices(vault);
  caseId = s.cases.create({ ref: 'MK-2021-07' }).id;
});
afterEach(() => {
  vault.close();
  removeTempDirs();
});

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (isDossierError(err)) return err.code;
    throw err;
  }
  return 'no error';
}

describe('documents', () => {
  it('stores the text normalised (NFC, LF, no BOM) with its hash and code point length', () => {
    const decomposed = '\uFEFFПресуда\r\nSe\u0301rbia 😀\r';
    const doc = s.documents.addText({ caseId, kind: 'first_instance_judgment', title: 'Judgment', language: 'mk', text: decomposed });
    const stored = s.documents.get(doc.id);
    expect(stored.text).toBe('Пресуда\nSérbia 😀\n');
    expect(stored.length).toBe(17); // the emoji is one code point, two UTF-16 units
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(s.documents.list(caseId).map((d) => d.kind)).toEqual(['first_instance_judgment']);
  });

  it('deletes a document with its annotations', () => {
    const doc = s.documents.addText({ caseId, text: 'abc def' });
    s.annotations.create({ documentId: doc.id, start: 0, end: 3, codes: ['consent'] });
    s.documents.delete(doc.id);
    expect(s.annotations.listForCase(caseId)).toEqual([]);
  });
});

describe('annotations', () => {
  const text = `${'x'.repeat(50)}Оштетената 😀 изјави дека обвинетиот ѝ ветил работа${'y'.repeat(50)}`;

  it('anchors by code point offsets with the quote and 32 characters of context', () => {
    const doc = s.documents.addText({ caseId, text });
    const start = 50 + 'Оштетената '.length; // the emoji is one code point
    const a = s.annotations.create({ documentId: doc.id, start, end: start + 8, codes: ['element_means'], memo: 'deception' });
    expect(a.quote).toBe('😀 изјави');
    expect(Array.from(a.prefix)).toHaveLength(32);
    expect(a.prefix.endsWith('Оштетената ')).toBe(true);
    expect(Array.from(a.suffix)).toHaveLength(32);
    expect(a.suffix.startsWith(' дека')).toBe(true);
    expect(a).toMatchObject({ status: 'anchored', coderId: vault.reviewerId, memo: 'deception' });
  });

  it('rejects offsets outside the text, unknown codes and code folders', () => {
    const doc = s.documents.addText({ caseId, text: 'short text' });
    expect(code(() => s.annotations.create({ documentId: doc.id, start: 5, end: 50 }))).toBe('VALIDATION');
    expect(code(() => s.annotations.create({ documentId: doc.id, start: 5, end: 5 }))).toBe('VALIDATION');
    expect(code(() => s.annotations.create({ documentId: doc.id, start: 0, end: 5, codes: ['nope'] }))).toBe('VALIDATION');
    expect(code(() => s.annotations.create({ documentId: doc.id, start: 0, end: 5, codes: ['elements'] }))).toBe('VALIDATION');
  });

  it('edits the span, codes and memo, and deletes', () => {
    const doc = s.documents.addText({ caseId, text });
    const a = s.annotations.create({ documentId: doc.id, start: 0, end: 10, codes: ['consent'] });
    const edited = s.annotations.update({ id: a.id, start: 50, end: 60, codes: ['consent', 'victim_credibility'], memo: null });
    expect(edited).toMatchObject({ start: 50, end: 60, quote: 'Оштетената', codes: ['consent', 'victim_credibility'], memo: null });
    s.annotations.delete(a.id);
    expect(s.annotations.listForDocument(doc.id)).toEqual([]);
  });
});

describe('memos', () => {
  it('creates, edits and deletes memos, optionally about a document of the case', () => {
    const doc = s.documents.addText({ caseId, text: 'text' });
    const m = s.memos.create({ caseId, text: 'Check the appeal.', documentId: doc.id });
    expect(s.memos.update({ id: m.id, text: 'Appeal found.' }).text).toBe('Appeal found.');
    const other = s.cases.create({ ref: 'OTHER' }).id;
    expect(code(() => s.memos.create({ caseId: other, text: 'x', documentId: doc.id }))).toBe('VALIDATION');
    s.memos.delete(m.id);
    expect(s.memos.list(caseId)).toEqual([]);
  });
});
