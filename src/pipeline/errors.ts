/** An input problem that stops one document. The message names file and line. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'IngestError';
  }
}
