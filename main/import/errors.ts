/** A file that cannot be read as a table at all (as opposed to rows with bad values). */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/** The user cancelled; nothing was written. */
export class ImportCancelled extends Error {
  constructor() {
    super('Import geannuleerd; er is niets gewijzigd.');
    this.name = 'ImportCancelled';
  }
}
