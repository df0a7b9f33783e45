// English strings of the coding forms (issue 4 §1-3, §6).
export const codingEn = {
  placeholder: 'placeholder',
};
