import type { tableEn } from './table.en';

export const tableMk: typeof tableEn = {
  placeholder: 'placeholder',
};
