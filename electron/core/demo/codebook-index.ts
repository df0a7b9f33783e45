// Lookup of the codebook the caller passes in. The generator checks every value against it, so
// a later codebook version that drops a field or option yields fewer codings, never invalid ones.

import type { DemoCodebook, DemoCode, DemoCodingValue, DemoField } from './demo-types';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export class CodebookIndex {
  private readonly fields = new Map<string, DemoField>();
  private readonly stageOrder = new Map<string, number>();
  readonly codableCodes = new Set<string>();

  constructor(codebook: DemoCodebook) {
    codebook.stages.forEach((stage, i) => {
      this.stageOrder.set(stage.id, i);
      for (const field of stage.fields) this.fields.set(`${stage.id}/${field.id}`, field);
    });
    const walk = (codes: readonly DemoCode[]): void => {
      for (const c of codes) {
        if (c.codable) this.codableCodes.add(c.id);
        if (c.children !== undefined) walk(c.children);
      }
    };
    walk(codebook.annotation_codes);
  }

  field(stage: string, field: string): DemoField | undefined {
    return this.fields.get(`${stage}/${field}`);
  }

  stageIndex(stage: string): number {
    return this.stageOrder.get(stage) ?? Number.MAX_SAFE_INTEGER;
  }

  /**
   * The value restricted to what the field accepts, or undefined when nothing valid remains.
   * Multi-choice values keep their valid options (deduplicated, in the given order).
   */
  validValue(def: DemoField, value: DemoCodingValue): DemoCodingValue | undefined {
    const options = new Set((def.options ?? []).map((o) => o.id));
    switch (def.type) {
      case 'single_choice':
      case 'yes_no_unknown':
        return typeof value === 'string' && options.has(value) ? value : undefined;
      case 'multi_choice': {
        if (!Array.isArray(value)) return undefined;
        const kept = [...new Set(value.filter((v) => options.has(v)))];
        return kept.length > 0 ? kept : undefined;
      }
      case 'number':
      case 'duration':
        return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
      case 'date':
        return typeof value === 'string' && PARTIAL_DATE.test(value) ? value : undefined;
      case 'free_text':
        return typeof value === 'string' && value.trim() !== '' ? value : undefined;
      default:
        return undefined;
    }
  }
}
