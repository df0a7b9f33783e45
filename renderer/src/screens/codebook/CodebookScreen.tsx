export function CodebookScreen() {
  return <main />;
}
