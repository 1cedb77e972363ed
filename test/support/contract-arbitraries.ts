/**
 * fast-check arbitraries for the contract's requests, derived from each input schema through zod's
 * JSON-schema export: payloads the schema allows (refinements aside, which JSON schema cannot say) and
 * payloads one mutation away from them, or nothing like them.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { contract, type Method } from '../../shared/contract/api.js';

type JsonSchema = {
  type?: string;
  format?: string;
  pattern?: string;
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
};

/** Words of the fuzzed library, so that valid payloads also hit real tags, titles and text. */
const WORDS = ['rivers', 'China', '长江', '黄河', 'valley', 'note', 'later', '地理', 'a', ' '];
/** Values that have broken parsers and stores before: wrong types, edges, hostile strings. */
const HOSTILE: unknown[] = [
  null,
  undefined,
  -1,
  0,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  -(2 ** 31),
  '',
  ' ',
  '\u0000',
  '\uD800',
  'a\tb\nc',
  '‮rtl',
  '%E0%A4%A',
  '../../etc/passwd',
  '"; DROP TABLE articles; --',
  'x'.repeat(5000),
  [],
  [null],
  {},
  { __proto__: { polluted: true } },
  new Uint8Array([0xff, 0xfe, 0x00]),
  true,
];

/** Small positive integers name the rows the test library holds; any other is a miss. */
function integerOf(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum ?? -(2 ** 31)) + 1;
  const max = Math.min(schema.maximum ?? 2 ** 31, Number.MAX_SAFE_INTEGER);
  const near = fc.integer({ min, max: Math.min(max, min + 30) });
  return fc.oneof({ arbitrary: near, weight: 4 }, { arbitrary: fc.integer({ min, max }), weight: 1 });
}

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.format === 'date')
    return fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 200, 200);
  if (schema.pattern !== undefined) {
    return fc
      .stringMatching(new RegExp(schema.pattern, 'u'))
      .filter((s) => s.length >= minLength && s.length <= maxLength);
  }
  const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(''));
  const any = fc.string({ unit: 'grapheme', minLength, maxLength: Math.min(maxLength, 40) });
  return fc
    .oneof(words, any)
    .map((s) => s.slice(0, maxLength))
    .filter((s) => s.length >= minLength);
}

/** A file's bytes: text (Markdown or not, any script) or noise. */
const fileBytes = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => `# ${s}\n\n${s} ${WORDS.join(' ')}\n`),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.uint8Array({ maxLength: 300 }),
  )
  .map((value) => (typeof value === 'string' ? new TextEncoder().encode(value) : value));

function arbitraryOf(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.format === 'binary') return fileBytes;
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map(arbitraryOf));
  switch (schema.type) {
    case 'object': {
      const properties = schema.properties ?? {};
      const shape = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, arbitraryOf(v)]));
      return fc.record(shape, { requiredKeys: schema.required ?? [] });
    }
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 5, 5));
      return fc.array(arbitraryOf(schema.items ?? {}), { minLength, maxLength });
    }
    case 'string':
      return stringOf(schema);
    case 'integer':
      return integerOf(schema);
    case 'number':
      return fc.double();
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.anything();
  }
}

/** Replaces or removes one value somewhere inside `value` (or `value` itself). */
function mutated(value: unknown): fc.Arbitrary<unknown> {
  const replacement = fc.oneof(fc.constantFrom(...HOSTILE), fc.anything());
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const record = value as Record<string, unknown>;
  const withKey = (key: string, change: (copy: Record<string, unknown>) => void) => {
    const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...record }) as Record<
      string,
      unknown
    >;
    change(copy);
    return copy;
  };
  return fc.tuple(fc.constantFrom(...keys), fc.integer({ min: 0, max: 3 })).chain(([key, how]) => {
    if (how === 0) return fc.constant(withKey(key, (copy) => delete copy[key]));
    const inner = how === 1 ? replacement : mutated(record[key]);
    return inner.map((changed) => withKey(key, (copy) => (copy[key] = changed)));
  });
}

/** Payloads that `method`'s schema describes, and payloads near them or nothing like them. */
export function payloadsOf(method: Method): { valid: fc.Arbitrary<unknown>; invalid: fc.Arbitrary<unknown> } {
  const schema = z.toJSONSchema(contract[method].input, {
    io: 'input',
    unrepresentable: 'any',
    // z.instanceof(Uint8Array) has no JSON form: marked, so that it gets file bytes.
    override: (context) => {
      if (context.zodSchema._zod.def.type === 'custom') context.jsonSchema.format = 'binary';
    },
  }) as JsonSchema;
  const valid = arbitraryOf(schema);
  return { valid, invalid: fc.oneof(valid.chain(mutated), fc.anything()) };
}
