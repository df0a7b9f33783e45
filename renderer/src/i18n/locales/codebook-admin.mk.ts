import type { codebookAdminEn } from './codebook-admin.en';

export const codebookAdminMk: typeof codebookAdminEn = {
  placeholder: 'placeholder',
};
