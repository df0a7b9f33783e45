// Local structural types for the synthetic demo generator. They are deliberately a subset /
// mirror of the real codebook and case-interchange types so the generator stays a pure module
// that depends on nothing else in the project (the importer validates its output anyway).

/** One annotation code of the codebook tree; only `codable` codes may be used on passages. */
export interface DemoCode {
  id: string;
  codable: boolean;
  // `| undefined` lets callers pass codebook types compiled with exactOptionalPropertyTypes.
  children?: DemoCode[] | undefined;
}

export interface DemoFieldOption {
  id: string;
}

export interface DemoField {
  id: string;
  type: string;
  scope: string;
  unit?: string | undefined;
  options?: DemoFieldOption[] | undefined;
}

export interface DemoStage {
  id: string;
  fields: DemoField[];
}

/** The part of the codebook (tip-case-review.v1.json) the generator needs. */
export interface DemoCodebook {
  id: string;
  version: number;
  stages: DemoStage[];
  annotation_codes: DemoCode[];
}

// ---- case interchange format, version 1 (shared/formats/case-interchange.md) ----

export type DemoCaseStatus = 'not_started' | 'in_progress' | 'coded' | 'verified';

export type DemoPersonRole = 'victim' | 'defendant' | 'witness' | 'other';

export type DemoSex = 'female' | 'male' | 'other' | 'unknown';

export type DemoDocumentKind =
  | 'criminal_complaint'
  | 'official_note'
  | 'statement_record'
  | 'indictment'
  | 'trial_minutes'
  | 'first_instance_judgment'
  | 'appeal_judgment'
  | 'supreme_court_decision'
  | 'other';

export interface DemoPerson {
  key: string;
  role: DemoPersonRole;
  code?: string;
  full_name?: string;
  aliases?: string[];
  date_of_birth?: string;
  sex?: DemoSex;
  citizenship?: string;
  id_numbers?: string[];
  addresses?: string[];
  phones?: string[];
  emails?: string[];
  other_identifiers?: string[];
}

export type DemoCodingValue = string | number | string[];

export interface DemoCoding {
  stage: string;
  field: string;
  person?: string;
  value: DemoCodingValue;
  note?: string;
  evidence?: string[];
}

export interface DemoDocument {
  key: string;
  kind?: DemoDocumentKind;
  title?: string;
  language?: string;
  date?: string;
  text: string;
}

export interface DemoAnnotation {
  id?: string;
  document: string;
  start: number;
  end: number;
  quote?: string;
  codes?: string[];
  memo?: string;
  coder?: string;
}

export interface DemoMemo {
  text: string;
  document?: string;
}

export interface DemoCase {
  ref: string;
  title?: string;
  status?: DemoCaseStatus;
  persons?: DemoPerson[];
  codings?: DemoCoding[];
  documents?: DemoDocument[];
  annotations?: DemoAnnotation[];
  memos?: DemoMemo[];
}

export interface DemoInterchangeFile {
  format: 'case-interchange';
  version: 1;
  codebook: { id: string; version: number };
  cases: DemoCase[];
}
