/** A layout the renderer cannot draw: a programming or data error, not the clerk's. */
export class LayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LayoutError';
  }
}
