import { describe, expect, it } from 'vitest';
import {
  CASE_LIST_LIMIT,
  DEFAULT_FILTERS,
  hasActiveFilter,
  moveActive,
  toListRequest,
  toggleSort,
} from '../../../renderer/src/screens/case-list/case-list-query';

describe('case list query', () => {
  it('asks for the whole list in one call, sending only the filters in use', () => {
    expect(CASE_LIST_LIMIT).toBe(10_000);
    expect(toListRequest(DEFAULT_FILTERS)).toEqual({ sort: 'ref', direction: 'asc', limit: 10_000 });
    expect(toListRequest({ ...DEFAULT_FILTERS, text: '  Скопје ', statuses: ['coded'], countries: ['mk', 'al'] })).toEqual({
      text: 'Скопје',
      status: ['coded'],
      country: ['mk', 'al'],
      sort: 'ref',
      direction: 'asc',
      limit: 10_000,
    });
  });

  it('knows when a filter is active', () => {
    expect(hasActiveFilter(DEFAULT_FILTERS)).toBe(false);
    expect(hasActiveFilter({ ...DEFAULT_FILTERS, text: '   ' })).toBe(false);
    expect(hasActiveFilter({ ...DEFAULT_FILTERS, countries: ['me'] })).toBe(true);
  });

  it('reverses the sorted column and starts a new one ascending, dates newest first', () => {
    const byTitle = toggleSort(DEFAULT_FILTERS, 'title');
    expect([byTitle.sort, byTitle.direction]).toEqual(['title', 'asc']);
    expect(toggleSort(byTitle, 'title').direction).toBe('desc');
    expect(toggleSort(byTitle, 'updatedAt').direction).toBe('desc');
  });

  it('moves the active row by key, clamped to the list', () => {
    expect(moveActive(0, 'ArrowUp', 100, 20)).toBe(0);
    expect(moveActive(0, 'ArrowDown', 100, 20)).toBe(1);
    expect(moveActive(5, 'PageDown', 100, 20)).toBe(25);
    expect(moveActive(95, 'PageDown', 100, 20)).toBe(99);
    expect(moveActive(10, 'PageUp', 100, 20)).toBe(0);
    expect(moveActive(50, 'Home', 100, 20)).toBe(0);
    expect(moveActive(50, 'End', 100, 20)).toBe(99);
    expect(moveActive(500, 'ArrowDown', 100, 20)).toBe(99);
    expect(moveActive(0, 'End', 0, 20)).toBeNull();
  });
});
