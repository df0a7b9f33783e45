// Codebook versions stored in the vault. A codebook version is immutable once stored: codings
// record the version they were made under, so the definition they refer to never changes.
import { randomUUID } from 'node:crypto';
import { DossierError } from '../../../shared/errors';
import { Codebook, CodebookIndex } from '../../../shared/codebook/codebook-schema';
import type { Db } from '../vault/native-database';
import defaultCodebookJson from './tip-case-review.v1.json';
import mkJson from './translations/mk.json';
import srLatnJson from './translations/sr-Latn.json';
import sqJson from './translations/sq.json';
import { CodebookTranslation } from '../../../shared/codebook/codebook-schema';
import { serbianLatinToCyrillic } from '../../../shared/text/serbian-script';

export interface StoredCodebook {
  id: string;
  codebook_id: string;
  version: number;
}

/**
 * The default codebook shipped with Dossier, with its translations (issue 4 §8), parsed (and
 * so checked) once. Serbian Cyrillic is the Latin text transliterated: the two scripts are
 * one language, so one translation cannot drift from the other.
 */
export const DEFAULT_CODEBOOK: Codebook = Codebook.parse({
  ...defaultCodebookJson,
  translations: defaultTranslations(),
});

function defaultTranslations(): Record<string, CodebookTranslation> {
  const mk = CodebookTranslation.parse(mkJson);
  const srLatn = CodebookTranslation.parse(srLatnJson);
  const sq = CodebookTranslation.parse(sqJson);
  const srCyrl = transliterateTranslation(srLatn);
  return { mk, 'sr-Latn': srLatn, 'sr-Cyrl': srCyrl, sq };
}

function transliterateTranslation(t: CodebookTranslation): CodebookTranslation {
  // Every string of the translation, keys (ids) untouched.
  const convert = (value: unknown): unknown => {
    if (typeof value === 'string') return serbianLatinToCyrillic(value);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    return value;
  };
  return CodebookTranslation.parse({ ...(convert(t) as object), locale: 'sr-Cyrl' });
}

export function installDefaultCodebook(db: Db, createdAt: string): StoredCodebook {
  return storeCodebook(db, DEFAULT_CODEBOOK, createdAt);
}

export function storeCodebook(db: Db, codebook: Codebook, createdAt: string): StoredCodebook {
  const row: StoredCodebook = { id: randomUUID(), codebook_id: codebook.id, version: codebook.version };
  db.prepare('INSERT INTO codebooks (id, codebook_id, version, title, definition, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    row.id,
    codebook.id,
    codebook.version,
    codebook.title,
    JSON.stringify(codebook),
    createdAt,
  );
  return row;
}

export interface LoadedCodebook extends StoredCodebook {
  definition: Codebook;
  index: CodebookIndex;
}

/**
 * Parsed codebooks are cached per connection: parsing ~130 kB of JSON on every save would
 * cost more than the save itself. Versions are immutable, so the cache never goes stale.
 */
const cache = new WeakMap<Db, Map<string, LoadedCodebook>>();

export function loadCodebookByUuid(db: Db, uuid: string): LoadedCodebook {
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  const hit = perDb.get(uuid);
  if (hit) return hit;
  const row = db.prepare('SELECT id, codebook_id, version, definition FROM codebooks WHERE id = ?').get(uuid) as
    | (StoredCodebook & { definition: string })
    | undefined;
  if (!row) throw new DossierError('NOT_FOUND', 'That codebook is not in the vault.');
  const definition = Codebook.parse(JSON.parse(row.definition));
  const loaded: LoadedCodebook = { id: row.id, codebook_id: row.codebook_id, version: row.version, definition, index: new CodebookIndex(definition) };
  perDb.set(uuid, loaded);
  return loaded;
}

export function findCodebook(db: Db, codebookId: string, version: number): LoadedCodebook | null {
  const row = db.prepare('SELECT id FROM codebooks WHERE codebook_id = ? AND version = ?').get(codebookId, version) as { id: string } | undefined;
  return row ? loadCodebookByUuid(db, row.id) : null;
}

/** The newest version of the newest codebook: what new cases are coded under. */
export function currentCodebook(db: Db): LoadedCodebook {
  const row = db.prepare('SELECT id FROM codebooks ORDER BY created_at DESC, version DESC LIMIT 1').get() as { id: string } | undefined;
  if (!row) throw new DossierError('CORRUPT_VAULT', 'The vault has no codebook.');
  return loadCodebookByUuid(db, row.id);
}

