// Public surface of the text scrubber (issue 6 item 3), for the exporter in core and the export
// wizard's preview in the renderer. Everything here is pure and zod-free.

export { createScrubber, findIdentifiers, type CaseScrubber, type ScrubOptions } from './scrubber';
export { detectLanguage, languageFromTag } from './detect-language';
export { foldKey } from './fold-key';
export { nameForms } from './name-forms';
export { isValidJmbg, jmbgCheckDigit } from './jmbg';
export { isValidIban } from './iban';
export { isWellFormedAlbanianNid } from './personal-numbers';
export { PLACEHOLDER } from './placeholders';
export * from './types';
