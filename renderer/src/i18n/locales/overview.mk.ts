import type { overviewEn } from './overview.en';

export const overviewMk: typeof overviewEn = {
  placeholder: 'placeholder',
};
