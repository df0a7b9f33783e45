// Age hierarchies. Every band level splits at 18, so no band mixes children and adults: the
// Palermo Protocol treats anyone under 18 as a child whatever the means used, and UNODC's
// SDG 16.2.2 and Eurostat's crim_thb cut by child/adult (research/anonymisation.md §1.4, §2).
// That is why the "5-year" level has the short bands 15-17 and 18-19.
import { intervalHierarchy } from './interval-hierarchy';

const CHILD_ADULT = { name: 'child/adult', lowerBounds: [0, 18], labels: ['child', 'adult'] } as const;
const OLDEST_PLAUSIBLE_AGE = 120;

/** years → 5-year bands → {0-17, 18-24, 25-34, 35-49, 50+} → child/adult → *. */
export const AGE_HIERARCHY = intervalHierarchy({
  id: 'age-5y-bands',
  exactLevel: 'years',
  valueNoun: 'an age in years',
  maximum: OLDEST_PLAUSIBLE_AGE,
  bandLevels: [
    { name: '5-year bands', lowerBounds: [0, 5, 10, 15, 18, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80] },
    { name: 'age groups', lowerBounds: [0, 18, 25, 35, 50] },
    CHILD_ADULT,
  ],
});

/** Victims, CTDC's bands (domain.md §4): years → CTDC bands → child/adult → *. */
export const CTDC_VICTIM_AGE_HIERARCHY = intervalHierarchy({
  id: 'age-ctdc-bands',
  exactLevel: 'years',
  valueNoun: 'an age in years',
  maximum: OLDEST_PLAUSIBLE_AGE,
  bandLevels: [{ name: 'CTDC bands', lowerBounds: [0, 9, 18, 21, 24, 27, 30, 39, 48] }, CHILD_ADULT],
});

/** Defendants, 10-year bands (domain.md §4): years → 10-year bands → minor/adult → *. */
export const DEFENDANT_AGE_HIERARCHY = intervalHierarchy({
  id: 'age-10y-bands',
  exactLevel: 'years',
  valueNoun: 'an age in years',
  maximum: OLDEST_PLAUSIBLE_AGE,
  bandLevels: [
    { name: '10-year bands', lowerBounds: [0, 18, 30, 40, 50, 60] },
    { name: 'minor/adult', lowerBounds: [0, 18], labels: ['minor', 'adult'] },
  ],
});
