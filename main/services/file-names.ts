/** A piece of a file name from free text (a school's or an inspector's name): accents off, safe on every file system. */
export function fileNamePart(text: string, maxLength = 60): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, maxLength) || 'naamloos'
  );
}
