// A coded value as text in the codebook language: option ids become labels, "unknown" its
// wording, numbers the interface language's digits grouping.
import type { TFunction } from 'i18next';
import type { CodebookField } from '../../../../../shared/codebook/codebook-schema';
import { UNKNOWN_VALUE, type CodingValue } from '../../../../../shared/codebook/validate-value';
import type { CodebookText } from '../../../codebook/codebook-text';

export function formatValue(t: TFunction, text: CodebookText, field: CodebookField, value: CodingValue | null, lng: string): string {
  if (value === null) return t('coding.empty');
  const option = (id: string) => (field.options ? text.optionLabel(field, id) : id === UNKNOWN_VALUE ? t('coding.unknown') : id);
  if (Array.isArray(value)) return value.map(option).join('; ');
  if (value === UNKNOWN_VALUE) return field.options ? text.optionLabel(field, UNKNOWN_VALUE) : t('coding.unknown');
  if (typeof value === 'number') {
    const unit = text.unit(field);
    return `${new Intl.NumberFormat(lng).format(value)}${unit ? ` ${unit}` : ''}`;
  }
  return field.options ? option(value) : value;
}
