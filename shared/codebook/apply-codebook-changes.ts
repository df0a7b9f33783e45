// Turns a reviewer's edits into the next codebook version, and checks that a codebook from
// elsewhere may replace the one in the vault (issue 4 §7). Both keep one promise: every value
// coded under an earlier version stays a valid value under the later one, so nothing a
// coding refers to (a stage, field or option, a field's type, scope or privacy class) may go.
import { DossierError, type Problem } from '../errors';
import { Codebook, type CodebookField, type CodebookStage, type CodebookTranslation } from './codebook-schema';
import type { CodebookChange, LabelTarget } from './codebook-changes';
import { isChoiceType } from './field-kinds';

/** Returns a new codebook, one version later, with `changes` applied in order; the input is left alone. */
export function applyCodebookChanges(codebook: Codebook, changes: readonly CodebookChange[]): Codebook {
  const next = cloneJson(codebook);
  next.version = codebook.version + 1;
  const problems: Problem[] = [];
  changes.forEach((change, i) => {
    const problem = applyOne(next, change);
    if (problem) problems.push({ path: `/changes/${i}`, message: problem });
  });
  if (problems.length > 0) throw new DossierError('VALIDATION', `The codebook change cannot be made: ${problems[0]?.message ?? ''}`, problems);
  return parseCodebook(next, 'The changed codebook is not valid');
}

/** Validates a codebook, reporting every problem with its JSON path. */
export function parseCodebook(input: unknown, summary = 'The codebook is not valid'): Codebook {
  const parsed = Codebook.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => ({ path: `/${issue.path.map(String).join('/')}`, message: issue.message }));
  const first = problems[0];
  throw new DossierError('VALIDATION', first ? `${summary}: ${first.path}: ${first.message}` : `${summary}.`, problems);
}

/** Applies one change to `cb` in place; returns why it cannot be applied, or null. */
function applyOne(cb: Codebook, change: CodebookChange): string | null {
  switch (change.op) {
    case 'add_field': {
      const stage = cb.stages.find((s) => s.id === change.stageId);
      if (!stage) return `there is no stage ${change.stageId}`;
      if (findField(cb, change.field.id)) return `a field ${change.field.id} already exists`;
      if (isChoiceType(change.field.type) && (change.field.options?.length ?? 0) === 0) return `the choice field ${change.field.id} needs options`;
      // since_version tells readers of the codebook which cases could not have coded it yet.
      stage.fields.push({ ...cloneJson(change.field), since_version: cb.version });
      return null;
    }
    case 'add_option': {
      const field = findField(cb, change.fieldId)?.field;
      if (!field) return `there is no field ${change.fieldId}`;
      if (!isChoiceType(field.type)) return `${field.id} is a ${field.type} field and has no options`;
      if (field.options?.some((o) => o.id === change.option.id)) return `${field.id} already has an option ${change.option.id}`;
      field.options = [...(field.options ?? []), { ...change.option }];
      return null;
    }
    case 'relabel':
      return relabel(cb, change.target, change.locale, change.label, change.help);
    case 'deprecate_field': {
      const field = findField(cb, change.fieldId)?.field;
      if (!field) return `there is no field ${change.fieldId}`;
      setDeprecated(field, change.deprecated);
      return null;
    }
    case 'deprecate_option': {
      const field = findField(cb, change.fieldId)?.field;
      if (!field) return `there is no field ${change.fieldId}`;
      const option = field.options?.find((o) => o.id === change.optionId);
      if (!option) return `${field.id} has no option ${change.optionId}`;
      setDeprecated(option, change.deprecated);
      return null;
    }
  }
}

/** Deprecation is a flag, never a deletion; restoring drops the flag so the definition stays as it was. */
function setDeprecated(target: { deprecated?: boolean | undefined }, deprecated: boolean): void {
  if (deprecated) target.deprecated = true;
  else delete target.deprecated;
}

function relabel(cb: Codebook, target: LabelTarget, locale: string, label: string, help: string | undefined): string | null {
  // Check the target first, so a bad id never leaves an empty translation behind.
  let stage: CodebookStage | undefined;
  let field: CodebookField | undefined;
  if (target.kind === 'stage') {
    stage = cb.stages.find((s) => s.id === target.stageId);
    if (!stage) return `there is no stage ${target.stageId}`;
  } else if (target.kind === 'field' || target.kind === 'option') {
    field = findField(cb, target.fieldId)?.field;
    if (!field) return `there is no field ${target.fieldId}`;
    if (target.kind === 'option' && !field.options?.some((o) => o.id === target.optionId)) return `${field.id} has no option ${target.optionId}`;
  }
  // A stage's description is its help text; a title or an option has none.
  if (help !== undefined && (target.kind === 'title' || target.kind === 'option')) return `a ${target.kind} has no help text`;

  if (locale === 'en') {
    if (target.kind === 'title') cb.title = label;
    else if (target.kind === 'stage' && stage) {
      stage.label = label;
      if (help !== undefined) stage.description = help;
    } else if (target.kind === 'field' && field) {
      field.label = label;
      if (help !== undefined) field.help = help;
    } else if (target.kind === 'option' && field) {
      const option = field.options?.find((o) => o.id === target.optionId);
      if (option) option.label = label;
    }
    return null;
  }

  const translations = (cb.translations ??= {});
  const tr: CodebookTranslation = (translations[locale] ??= { locale, title: cb.title, stages: {}, fields: {}, annotation_codes: {} });
  if (target.kind === 'title') tr.title = label;
  else if (target.kind === 'stage') {
    tr.stages[target.stageId] = { ...tr.stages[target.stageId], label, ...(help !== undefined ? { description: help } : {}) };
  } else if (target.kind === 'field') {
    tr.fields[target.fieldId] = { ...tr.fields[target.fieldId], label, ...(help !== undefined ? { help } : {}) };
  } else if (field) {
    // An option's wording lives under its field's entry, which needs a label of its own: until
    // the field is translated too, it keeps the base wording (what the form would show anyway).
    const entry = tr.fields[target.fieldId] ?? { label: field.label };
    tr.fields[target.fieldId] = { ...entry, options: { ...entry.options, [target.optionId]: label } };
  }
  return null;
}

/** A codebook is plain JSON data (it is stored and exported as JSON), so a JSON copy is a deep copy. */
function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function findField(cb: Codebook, fieldId: string): { stage: CodebookStage; field: CodebookField } | undefined {
  for (const stage of cb.stages) {
    const field = stage.fields.find((f) => f.id === fieldId);
    if (field) return { stage, field };
  }
  return undefined;
}

/**
 * Every reason `next` may not replace `previous`: something a coding refers to disappeared or
 * changed meaning, or the version does not move forward. An empty list means it may.
 */
export function checkCodebookUpgrade(previous: Codebook, next: Codebook): Problem[] {
  const problems: Problem[] = [];
  if (next.id !== previous.id) problems.push({ path: '/id', message: `the codebook id ${next.id} is not ${previous.id}` });
  if (next.version <= previous.version) {
    problems.push({ path: '/version', message: `version ${next.version} is not later than version ${previous.version}` });
  }
  const nextFields = new Map<string, { stage: CodebookStage; field: CodebookField; at: string }>();
  next.stages.forEach((stage, si) => stage.fields.forEach((field, fi) => nextFields.set(field.id, { stage, field, at: `/stages/${si}/fields/${fi}` })));

  previous.stages.forEach((stage, psi) => {
    const si = next.stages.findIndex((s) => s.id === stage.id);
    if (si < 0) problems.push({ path: `/stages/${psi}`, message: `the stage ${stage.id} was removed` });
    for (const field of stage.fields) {
      const found = nextFields.get(field.id);
      if (!found) {
        problems.push({ path: si < 0 ? `/stages/${psi}` : `/stages/${si}/fields`, message: `the field ${field.id} (stage ${stage.id}) was removed` });
        continue;
      }
      // Codings are keyed by stage and field: a field moved to another stage would orphan them.
      if (found.stage.id !== stage.id) problems.push({ path: found.at, message: `the field ${field.id} moved from stage ${stage.id} to ${found.stage.id}` });
      for (const key of ['type', 'scope', 'personal', 'sensitive'] as const) {
        if (found.field[key] !== field[key]) {
          problems.push({ path: `${found.at}/${key}`, message: `the ${key} of ${field.id} changed from ${String(field[key])} to ${String(found.field[key])}` });
        }
      }
      for (const option of field.options ?? []) {
        if (!found.field.options?.some((o) => o.id === option.id)) {
          problems.push({ path: `${found.at}/options`, message: `the option ${option.id} of ${field.id} was removed` });
        }
      }
    }
  });
  return problems;
}
