// The one text normalisation of the vault (case-interchange.md: "Text is stored after Unicode
// NFC normalisation with LF line endings and without a byte order mark"). Annotation offsets
// are only stable if every writer normalises the same way, so all of them call this.

export function normaliseText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n').normalize('NFC');
}
