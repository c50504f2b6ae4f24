import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { AppError } from './errors.ts';

/**
 * zod validation at the edge. Each failing field gets a message key and its limits, e.g.
 * `tooShort:10`; onError turns those into sentences in the caller's language.
 */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw invalidInput(result.error, result.data);
  });
}

/** The same rules for bodies that do not arrive as plain JSON (multipart forms). */
export function parseOrThrow<T extends z.ZodType>(schema: T, data: unknown): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) throw invalidInput(result.error, data);
  return result.data;
}

function invalidInput(error: z.core.$ZodError, data: unknown): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_';
    if (fields[field]) continue;
    const value = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)?.[key], data);
    fields[field] = isBlank(value) ? 'required' : fieldProblem(issue);
  }
  return new AppError('invalid_input', 400, fields);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function fieldProblem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return `tooShort:${issue.minimum}`;
    case 'too_big':
      return `tooLong:${issue.maximum}`;
    case 'invalid_value':
      return 'invalidOption';
    default:
      return 'invalid';
  }
}
