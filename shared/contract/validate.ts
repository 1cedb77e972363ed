import { inChinese } from './own-messages.js';
import { z } from 'zod';
import { said } from '../i18n/said.js';
import { contract, isMethod, type Method, type ValidInput } from './api.js';
import { ApiError } from './errors.js';

const zodChinese = z.locales.zhCN().localeError;

/** The single gate every transport passes a request through before it reaches a service. */
export function validateInput<M extends Method>(method: M, payload: unknown): ValidInput<M>;
export function validateInput(method: string, payload: unknown): unknown {
  if (!isMethod(method))
    throw new ApiError(
      'unknown_method',
      said(`There is no request named "${method}".`, `没有名为“${method}”的请求。`),
    );
  const schema = contract[method].input;
  const result = schema.safeParse(payload);
  if (!result.success) {
    // The issues again in Chinese: zod's own Chinese sentences, and the contract's own (own-messages.ts).
    const chinese = schema.safeParse(payload, { error: zodChinese });
    const details = (issues: z.core.$ZodIssue[], separator: string, say = (message: string) => message) =>
      issues.map((issue) => `${issue.path.join('.') || 'input'}: ${say(issue.message)}`).join(separator);
    throw new ApiError(
      'invalid_input',
      said(
        `Invalid input for ${method}: ${details(result.error.issues, '; ')}`,
        `${method} 的输入无效：${details(chinese.success ? [] : chinese.error.issues, '；', inChinese)}`,
      ),
    );
  }
  return result.data;
}
