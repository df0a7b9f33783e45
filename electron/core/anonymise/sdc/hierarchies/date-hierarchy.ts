// Partial dates ("YYYY", "YYYY-MM", "YYYY-MM-DD", shared/text/partial-date.ts) generalised
// day → month → quarter → year → * (research/anonymisation.md §2, "Dates"). A date known only to
// a coarser precision keeps that precision at the finer levels ("2019" stays "2019" at the month
// level): it is already less precise than asked, and inventing a month would be false data.
import { DossierError } from '../../../../../shared/errors';
import { isValidPartialDate } from '../../../../../shared/text/partial-date';
import { isUnknownValue, UNKNOWN, WITHHELD } from '../cell-value';
import { checkLevel, type Hierarchy } from './hierarchy';

const LEVEL_DATE = 0;
const LEVEL_MONTH = 1;
const LEVEL_QUARTER = 2;
const LEVEL_YEAR = 3;

function quarterOf(month: string): number {
  return Math.floor((Number(month) - 1) / 3) + 1;
}

export const DATE_HIERARCHY: Hierarchy = {
  id: 'date-month-quarter-year',
  levels: ['date', 'month', 'quarter', 'year', WITHHELD],
  generalise(value, level) {
    checkLevel(DATE_HIERARCHY, level);
    if (isUnknownValue(value)) return UNKNOWN;
    const text = String(value).trim();
    if (!isValidPartialDate(text)) {
      throw new DossierError('VALIDATION', `"${text}" is not a date: YYYY, YYYY-MM or YYYY-MM-DD is expected.`);
    }
    const [year, month] = text.split('-') as [string, string | undefined];
    switch (level) {
      case LEVEL_DATE:
        return text;
      case LEVEL_MONTH:
        return text.slice(0, 7);
      case LEVEL_QUARTER:
        return month === undefined ? year : `${year}-Q${quarterOf(month)}`;
      case LEVEL_YEAR:
        return year;
      default:
        return WITHHELD;
    }
  },
};
