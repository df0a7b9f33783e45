import { createHash, createHmac, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPseudonymiser, createRecipientKey, keyIdOf, pseudonym } from '../../../../electron/core/anonymise/sdc/pseudonyms';
import { errorCodeOf } from '../../../helpers/error-code';

const ids = Array.from({ length: 2_000 }, () => randomUUID());
const TOKEN = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

describe('keyed pseudonyms', () => {
  it('gives the same readable token for the same recipient and id, every time', () => {
    const { key } = createRecipientKey();
    const first = ids.slice(0, 50).map((id) => pseudonym(key, 'person', id));
    const again = ids.slice(0, 50).map((id) => pseudonym(Buffer.from(key), 'person', id));
    expect(again).toEqual(first);
    for (const token of first) expect(token).toMatch(TOKEN);
  });

  it('gives two recipients unlinkable pseudonyms: no token in common over 2,000 people', () => {
    const a = createRecipientKey();
    const b = createRecipientKey();
    const listA = ids.map((id) => pseudonym(a.key, 'person', id));
    const tokensA = new Set(listA);
    const tokensB = ids.map((id) => pseudonym(b.key, 'person', id));
    expect(tokensA.size).toBe(ids.length);
    expect(tokensB.filter((t) => tokensA.has(t))).toEqual([]);
    // The same recipient, asked again, links up: only the key makes the difference.
    expect(ids.map((id) => pseudonym(a.key, 'person', id))).toEqual(listA);
  });

  it('is never an unkeyed hash of the id, which anyone holding the id could recompute', () => {
    const { key } = createRecipientKey();
    const id = ids[0] as string;
    const token = pseudonym(key, 'person', id).replaceAll('-', '');
    const unkeyed = [createHash('sha256').update(id).digest(), createHash('sha256').update(`person\0${id}`).digest()];
    for (const digest of unkeyed) {
      expect(token).not.toBe(digest.subarray(0, 10).toString('hex').toUpperCase().slice(0, 16));
    }
    // It is the HMAC of the id under the recipient's key, as promised to auditors.
    const mac = createHmac('sha256', key).update(`person\0${id}`).digest();
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let bits = '';
    for (const byte of mac.subarray(0, 10)) bits += byte.toString(2).padStart(8, '0');
    const expected = (bits.match(/.{5}/g) ?? []).map((b) => alphabet[parseInt(b, 2)]).join('');
    expect(token).toBe(expected);
  });

  it('keeps kinds apart: a case and a person with the same id get different tokens', () => {
    const { key } = createRecipientKey();
    expect(pseudonym(key, 'case', 'abc')).not.toBe(pseudonym(key, 'person', 'abc'));
  });

  it('names a key by an id that is stable, distinct per key and not the key itself', () => {
    const a = createRecipientKey();
    const b = createRecipientKey();
    expect(a.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(keyIdOf(a.key)).toBe(a.keyId);
    expect(a.keyId).not.toBe(b.keyId);
    expect(a.key.toString('hex')).not.toContain(a.keyId);
    expect(a.keyId).not.toBe(createHash('sha256').update(a.key).digest('hex').slice(0, 16));
  });

  it('refuses a key that is not 32 bytes, an empty id and a malformed kind', () => {
    const { key } = createRecipientKey();
    expect(errorCodeOf(() => pseudonym(Buffer.alloc(16), 'person', 'x'))).toBe('VALIDATION');
    expect(errorCodeOf(() => pseudonym(key, 'person', '   '))).toBe('VALIDATION');
    expect(errorCodeOf(() => pseudonym(key, 'Person Id', 'x'))).toBe('VALIDATION');
    expect(errorCodeOf(() => keyIdOf(new Uint8Array(31)))).toBe('VALIDATION');
  });

  it('pseudonymises a whole export consistently', () => {
    const { key } = createRecipientKey();
    const toToken = createPseudonymiser(key, 'case');
    expect(toToken('case-1')).toBe(toToken(' case-1 '));
    expect(toToken('case-1')).not.toBe(toToken('case-2'));
  });
});
