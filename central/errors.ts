/** A refusal the API answers with a status and a clear (Dutch) message; anything else is a 500 without details. */
export class CentralError extends Error {
  constructor(
    readonly status: number,
    readonly code: 'invalid_input' | 'unauthorized' | 'revoked' | 'forbidden' | 'not_found' | 'too_large' | 'conflict',
    message: string,
  ) {
    super(message);
  }
}
