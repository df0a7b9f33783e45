import type { CodebookField } from '../../../shared/codebook/codebook-schema';
import type { CodingValue } from '../../../shared/codebook/validate-value';

/** A valid value for any field, varied by `n`: the benchmark's workload, not training data. */
export function syntheticValue(field: CodebookField, n: number): CodingValue {
  const options = (field.options ?? []).filter((o) => !o.deprecated);
  switch (field.type) {
    case 'single_choice':
    case 'yes_no_unknown':
      return options[n % options.length]!.id;
    case 'multi_choice':
      return options.length > 1 ? [options[n % options.length]!.id, options[(n + 1) % options.length]!.id] : [options[0]!.id];
    case 'number':
    case 'duration':
      return Math.min(field.max ?? 1000, (n % 97) + 1);
    case 'date':
      return `20${String(15 + (n % 9)).padStart(2, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;
    case 'free_text':
      return `Benchmark note ${n}`;
  }
}
