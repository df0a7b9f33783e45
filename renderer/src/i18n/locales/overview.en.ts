// English strings of the review overview heat map (issue 4 §4).
export const overviewEn = {
  placeholder: 'placeholder',
};
