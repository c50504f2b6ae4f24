import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An error a client can act on. `code` is stable for programs; the message is looked up by code in the
 * caller's language when the response is written, so services never deal with languages.
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: ContentfulStatusCode;
  readonly fields?: Record<string, string>;

  constructor(code: string, status: ContentfulStatusCode, fields?: Record<string, string>) {
    super(code);
    this.code = code;
    this.status = status;
    this.fields = fields;
  }
}
