/**
 * Why a package file was refused. The messages reach inspectors, so they are Dutch, name the file (basename) and,
 * where known, the part; `code` is for the program (e.g. to ask for a passphrase on 'passphrase_required').
 */
export type PackageErrorCode =
  | 'not_a_package'
  | 'truncated'
  | 'tampered'
  | 'wrong_passphrase'
  | 'passphrase_required'
  | 'newer_schema'
  | 'invalid_manifest';

export class PackageError extends Error {
  constructor(
    readonly code: PackageErrorCode,
    message: string,
    readonly part?: string,
  ) {
    super(message);
    this.name = 'PackageError';
  }
}

/** The one place where the refusal texts are worded, so reader and writer say the same thing. */
export const packageErrors = {
  notAPackage: (file: string) => new PackageError('not_a_package', `${file} is geen Doorlicht-pakket.`),
  unknownContainer: (file: string, version: number) =>
    new PackageError(
      'not_a_package',
      `${file} is geen Doorlicht-pakket dat deze versie kan lezen (containerversie ${version}). Als het met een nieuwere versie van Doorlicht gemaakt is: werk Doorlicht bij.`,
    ),
  truncated: (file: string, actual: number, expected?: number) =>
    new PackageError(
      'truncated',
      expected === undefined
        ? `${file} is onvolledig: het pakket is afgebroken (${actual} bytes).`
        : `${file} is onvolledig: het pakket is afgebroken (${actual} van ${expected} bytes).`,
    ),
  tampered: (file: string, part?: string) =>
    new PackageError(
      'tampered',
      part === undefined
        ? `${file} is gewijzigd of beschadigd; er is niets ingelezen.`
        : `${file} is gewijzigd of beschadigd (onderdeel ${part}); er is niets ingelezen.`,
      part,
    ),
  trailingBytes: (file: string, extra: number) =>
    new PackageError('tampered', `${file} is gewijzigd of beschadigd (${extra} bytes te veel na het einde); er is niets ingelezen.`),
  passphraseRequired: (file: string) => new PackageError('passphrase_required', `${file} is versleuteld; geef de wachtwoordzin op.`),
  wrongPassphrase: (file: string) => new PackageError('wrong_passphrase', `De wachtwoordzin past niet bij ${file}.`),
  newerSchema: (file: string, schema: number, readable: number) =>
    new PackageError(
      'newer_schema',
      `${file} is gemaakt door een nieuwere versie van Doorlicht (schema ${schema}); deze versie leest tot schema ${readable}. Werk Doorlicht bij.`,
    ),
  invalidManifest: (file: string, field: string, reason: string) =>
    new PackageError('invalid_manifest', `${file} heeft een ongeldige inhoudsopgave (veld ${field}: ${reason}); er is niets ingelezen.`, field),
  missingPart: (file: string, part: string) => new PackageError('invalid_manifest', `${file} bevat geen onderdeel ${part}.`, part),
  invalidPartOnWrite: (file: string, field: string, reason: string) =>
    new PackageError('invalid_manifest', `Het pakket ${file} kan niet gemaakt worden (${field}: ${reason}).`, field),
  partChangedWhileWriting: (file: string, part: string) =>
    new PackageError('tampered', `Het pakket ${file} kan niet gemaakt worden: onderdeel ${part} veranderde tijdens het schrijven.`, part),
};
