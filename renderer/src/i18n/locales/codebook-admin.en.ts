// English strings of codebook management and the codebook language (issue 4 §7-8).
export const codebookAdminEn = {
  placeholder: 'placeholder',
};
