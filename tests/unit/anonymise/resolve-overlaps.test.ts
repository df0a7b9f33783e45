import { describe, expect, it } from 'vitest';
import { outermost, resolveOverlaps } from '../../../shared/anonymise/resolve-overlaps';
import type { Detection } from '../../../shared/anonymise';

const d = (kind: Detection['kind'], start: number, end: number, personId: string | null = null): Detection =>
  ({ kind, start, end, personId, detector: personId ? 'vault-name' : 'phone', confidence: personId ? 'high' : 'low' });

describe('overlapping detections', () => {
  it('takes the longest span first', () => {
    expect(resolveOverlaps([d('phone', 5, 10), d('iban', 0, 20), d('id', 25, 30)]).map((x) => x.kind)).toEqual(['iban', 'id']);
  });

  it('joins overlapping spans of one kind, keeping the vault’s person', () => {
    expect(resolveOverlaps([d('address', 0, 10), d('address', 5, 20, 'V1')])).toEqual([{ ...d('address', 0, 20, 'V1'), confidence: 'high' }]);
  });

  it('keeps two different persons side by side apart and prefers the vault at equal length', () => {
    expect(resolveOverlaps([d('person', 0, 5, 'V1'), d('person', 0, 5), d('person', 6, 10, 'D1')]).map((x) => x.personId)).toEqual(['V1', 'D1']);
  });

  it('drops spans inside another', () => {
    expect(outermost([d('id', 2, 4), d('id', 0, 10), d('id', 10, 12)]).map((x) => [x.start, x.end])).toEqual([[0, 10], [10, 12]]);
  });
});
