// Keyed pseudonyms for exported case and person ids (issue 6 item 2; research/anonymisation.md
// T5). Promises:
// - a pseudonym is HMAC-SHA-256(recipient key, kind + entity id), never an unkeyed hash: an
//   unkeyed hash of an id can be recomputed by anyone who has the id (§4, "Never export an
//   unkeyed hash of a JMBG");
// - one random 256-bit key per recipient, so two recipients' files cannot be joined on ids;
// - the same key and id always give the same token, so a recipient's later exports link up;
// - what the report may show is the key id (a hash of the key), never the key.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { DossierError } from '../../../../shared/errors';

export const RECIPIENT_KEY_BYTES = 32;
/** 80 bits: collisions stay below one in a billion up to ~50,000 entities per recipient. */
const TOKEN_BYTES = 10;
/** Crockford's base 32: no I, L, O or U, so a token read aloud or retyped is not misread. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_ID_DOMAIN = 'dossier/pseudonym-key-id/v1\0';

export interface RecipientKey {
  /** The secret: kept encrypted in the vault, never written to an export or a report. */
  key: Buffer;
  /** Safe to print: identifies the key in the verification report. */
  keyId: string;
}

const EntityId = z.string().trim().min(1, 'An entity id is needed.').max(200);
const Kind = z.string().regex(/^[a-z][a-z_]{0,30}$/, 'A kind is a short lower-case word, such as "case" or "person".');

function checkKey(key: Uint8Array): void {
  if (!(key instanceof Uint8Array) || key.length !== RECIPIENT_KEY_BYTES) {
    throw new DossierError('VALIDATION', `A recipient key is ${RECIPIENT_KEY_BYTES} random bytes.`);
  }
}

/** A hash of the key under its own domain: names the key without revealing it (a 256-bit key cannot be guessed from it). */
export function keyIdOf(key: Uint8Array): string {
  checkKey(key);
  return createHash('sha256').update(KEY_ID_DOMAIN).update(key).digest('hex').slice(0, 16);
}

export function createRecipientKey(): RecipientKey {
  const key = randomBytes(RECIPIENT_KEY_BYTES);
  return { key, keyId: keyIdOf(key) };
}

function base32(bytes: Uint8Array): string {
  let bits = 0;
  let buffer = 0;
  let out = '';
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

/**
 * The recipient's pseudonym for one entity, e.g. "7KQ2-M9XD-3FZA-0PWR". `kind` separates id
 * spaces, so a case and a person that happened to share an id would still get different tokens.
 */
export function pseudonym(key: Uint8Array, kind: string, entityId: string): string {
  checkKey(key);
  const parsedKind = Kind.safeParse(kind);
  if (!parsedKind.success) throw new DossierError('VALIDATION', parsedKind.error.issues[0]?.message ?? 'Bad kind.');
  const parsedId = EntityId.safeParse(entityId);
  if (!parsedId.success) throw new DossierError('VALIDATION', parsedId.error.issues[0]?.message ?? 'Bad entity id.');
  const mac = createHmac('sha256', key).update(`${parsedKind.data}\0${parsedId.data}`, 'utf8').digest();
  const token = base32(mac.subarray(0, TOKEN_BYTES));
  return token.match(/.{4}/g)?.join('-') ?? token;
}

/**
 * Pseudonyms for a whole export: the same id maps to the same token, and two ids that collided
 * on one token (astronomically unlikely) stop the export rather than merge two people silently.
 */
export function createPseudonymiser(key: Uint8Array, kind: string): (entityId: string) => string {
  checkKey(key);
  const byToken = new Map<string, string>();
  return (entityId) => {
    const token = pseudonym(key, kind, entityId);
    const owner = byToken.get(token);
    if (owner !== undefined && owner !== entityId.trim()) {
      throw new DossierError('INTERNAL', 'Two records received the same pseudonym; create a new recipient key and export again.');
    }
    byToken.set(token, entityId.trim());
    return token;
  };
}
