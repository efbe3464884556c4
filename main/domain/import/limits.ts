/**
 * Every bound the importer enforces, in one place, so that a hostile or
 * mistaken file ends with a clear message in bounded time and memory.
 * Pure values: the renderer shows MAX_FILE_BYTES, the HTTP host derives its body cap from it.
 */
export const IMPORT_LIMITS = {
  /** Largest file accepted (bytes). A 100,000-row figures CSV is about 10 MB. */
  maxFileBytes: 40 * 1024 * 1024,
  /** Data rows per file (header excluded). */
  maxRows: 250_000,
  /** Columns per row. */
  maxColumns: 200,
  /** Characters per cell. */
  maxCellLength: 2_000,
  /** Sum of uncompressed entry sizes in an XLSX (zip) counted on the bytes actually inflated, whatever the headers declare. */
  maxUncompressedBytes: 400 * 1024 * 1024,
  /** Distinct texts in an XLSX's shared string table, and their characters together (held in memory while the sheet is read). */
  maxSharedStrings: 1_000_000,
  maxSharedStringChars: 32_000_000,
  /** Uncompressed / compressed, per zip entry: beyond this it is a zip bomb, not a spreadsheet. */
  maxCompressionRatio: 200,
  /** Errors kept in full; beyond this only counted. */
  maxErrorsKept: 100_000,
  /** Errors returned in one preview answer. */
  maxErrorsShown: 1_000,
  /** Rows between two yields to the event loop while parsing. */
  yieldEveryRows: 2_000,
  /** Previews held in memory at once; the oldest is dropped. */
  maxOpenPreviews: 4,
} as const;

/** The HTTP body cap: the base64 of the largest file, plus room for the JSON around it. */
export const MAX_IMPORT_BODY_BYTES = Math.ceil((IMPORT_LIMITS.maxFileBytes * 4) / 3) + 1024 * 1024;
