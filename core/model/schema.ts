import { z } from 'zod';
import { ACTOR_TYPES, STANCES } from './vocabulary';

/**
 * The native graph format, version 2 (see README "Data format").
 * Runtime validators for every field; cross-references (ids, evidence offsets) are checked in
 * `validateGraphFile`, so a file that parses here is fully consistent.
 */
export const GRAPH_FORMAT = 'kg-explorer-graph';
export const GRAPH_FORMAT_VERSION = 2;

/** Longest id accepted. */
export const MAX_ID_LENGTH = 200;
const ID = z.string().min(1, 'must not be empty').max(MAX_ID_LENGTH, 'is longer than 200 characters');

/** The patterns below are shared with the fast path (fastParse.ts) so the two cannot drift apart. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const QID_PATTERN = /^Q[1-9]\d*$/;
export const RELATION_TYPE_PATTERN = /^[a-z][a-z0-9_]*$/;
export const CAMEO_PATTERN = /^\d{2,4}$/;

/** A calendar date at day, month or year precision: "2023-02-28", "2022-09", "2022". */
export const PartialDateSchema = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, 'must be a date like 2023, 2023-02 or 2023-02-28');

export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const TimeSpanSchema = z
  .object({
    start: PartialDateSchema,
    /** Inclusive end of an interval; absent for a single date. */
    end: PartialDateSchema.optional(),
    precision: z.enum(PRECISIONS),
    /** The words of the source that give the time ("September last year"). */
    text: z.string().optional(),
  })
  .strict()
  .superRefine((span, ctx) => {
    const expected = span.precision === 'day' ? 10 : span.precision === 'month' ? 7 : 4;
    for (const key of ['start', 'end'] as const) {
      const value = span[key];
      if (value !== undefined && value.length !== expected) {
        ctx.addIssue({ code: 'custom', path: [key], message: `"${value}" does not match precision "${span.precision}"` });
      }
    }
    if (span.end !== undefined && span.end < span.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'ends before it starts' });
    }
  });

export const PositionSchema = z.object({ x: z.number().finite(), y: z.number().finite() }).strict();

const AttributeValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type AttributeValue = z.infer<typeof AttributeValue>;
/** Never changed in place (readonly): an edit makes a new object, and readers share one empty object among elements without any. */
export type Attributes = Readonly<Record<string, AttributeValue>>;

/**
 * Free-form attributes. Not z.record: it drops a "__proto__" key, and keys such as "__proto__" or
 * "constructor" are plain data here. The result has no prototype, so no key can reach Object.prototype.
 */
const AttributesSchema = z
  .custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'must be an object')
  .transform((input, ctx) => {
    const out: Record<string, AttributeValue> = Object.create(null) as Record<string, AttributeValue>;
    for (const key of Object.keys(input)) {
      const parsed = AttributeValue.safeParse(input[key]);
      if (parsed.success) {
        Object.defineProperty(out, key, { value: parsed.data, enumerable: true, writable: true, configurable: true });
      } else {
        ctx.addIssue({ code: 'custom', path: [key], message: 'must be a string, number, boolean or null' });
      }
    }
    return out as Attributes;
  });

export const SourceSchema = z
  .object({
    id: ID,
    title: z.string().min(1),
    section: z.string().nullable().default(null),
    outlet: z.string().nullable().default(null),
    published: PartialDateSchema.nullable().default(null),
    url: z.string().nullable().default(null),
    /** The full text that evidence offsets point into. */
    text: z.string(),
  })
  .strict();

export const EvidenceSchema = z
  .object({
    sourceId: ID,
    quote: z.string().min(1, 'must not be empty'),
    /** UTF-16 offsets into the source text: text.slice(start, end) === quote. */
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .strict();

export const NodeSchema = z
  .object({
    id: ID,
    label: z.string().min(1, 'must not be empty'),
    type: z.enum(ACTOR_TYPES),
    aliases: z.array(z.string().min(1)).default([]),
    qid: z
      .string()
      .regex(QID_PATTERN, 'must be a Wikidata QID like Q184')
      .nullable()
      .default(null),
    description: z.string().nullable().default(null),
    /** For events: when they happen. */
    time: TimeSpanSchema.nullable().default(null),
    position: PositionSchema.nullable().default(null),
    attributes: AttributesSchema.default({}),
  })
  .strict();

export const EdgeSchema = z
  .object({
    id: ID,
    source: ID,
    target: ID,
    type: z.string().regex(RELATION_TYPE_PATTERN, 'must be a snake_case relation type'),
    directed: z.boolean().default(true),
    cameo: z
      .string()
      .regex(CAMEO_PATTERN, 'must be a CAMEO code of 2 to 4 digits')
      .nullable()
      .default(null),
    goldstein: z.number().min(-10).max(10).nullable().default(null),
    stance: z.enum(STANCES),
    time: TimeSpanSchema.nullable().default(null),
    confidence: z.number().min(0).max(1),
    evidence: z.array(EvidenceSchema).default([]),
    note: z.string().nullable().default(null),
    attributes: AttributesSchema.default({}),
  })
  .strict();

export const GraphFileSchema = z
  .object({
    format: z.literal(GRAPH_FORMAT),
    version: z.literal(GRAPH_FORMAT_VERSION),
    meta: z
      .object({
        title: z.string().min(1),
        description: z.string().nullable().default(null),
      })
      .strict(),
    sources: z.array(SourceSchema).default([]),
    nodes: z.array(NodeSchema),
    edges: z.array(EdgeSchema),
  })
  .strict();

export type TimeSpan = z.infer<typeof TimeSpanSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type GraphNode = z.infer<typeof NodeSchema>;
export type GraphEdge = z.infer<typeof EdgeSchema>;
export type GraphFile = z.infer<typeof GraphFileSchema>;
/** Input shape: what a file may omit (defaults filled in by the schema). */
export type GraphFileInput = z.input<typeof GraphFileSchema>;
