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
    if (result.success) return;
    const fields: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || '_';
      if (fields[field]) continue;
      const value = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)?.[key], result.data);
      fields[field] = isBlank(value) ? 'required' : fieldProblem(issue);
    }
    throw new AppError('invalid_input', 400, fields);
  });
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
