import type { codingEn } from './coding.en';

export const codingMk: typeof codingEn = {
  placeholder: 'placeholder',
};
