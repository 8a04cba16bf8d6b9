/** Input the engine cannot chart, with a code the UI translates (the message is for the CLI). */
export type SpcInputErrorCode = 'needs-denominator' | 'nonpositive-time' | 'needs-cases';

export class SpcInputError extends RangeError {
  constructor(
    readonly code: SpcInputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SpcInputError';
  }
}
