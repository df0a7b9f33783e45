// English strings of the cross-case table (issue 4 §5).
export const tableEn = {
  placeholder: 'placeholder',
};
