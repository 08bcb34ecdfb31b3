// Types of csvLibs.js: the calls core makes, with the options it uses (csv.js.org/parse/options,
// csv.js.org/stringify/options). Why this is not the packages' own types: see csvLibs.js.

export interface CsvParseFieldContext {
  /** Was the field in quotes? */
  readonly quoting: boolean;
}

export interface CsvParseRecordContext {
  /** UTF-8 bytes read so far, up to the end of this record. */
  readonly bytes: number;
}

export declare function parseCsv<Cell>(
  input: string,
  options: {
    readonly delimiter: string;
    readonly record_delimiter: readonly string[];
    readonly relax_column_count: boolean;
    readonly skip_empty_lines: boolean;
    readonly cast: (value: string, context: CsvParseFieldContext) => Cell;
    readonly on_record: (record: Cell[], context: CsvParseRecordContext) => Cell[];
  },
): Cell[][];

export type CsvStringifyValue = string | number | boolean | null | undefined;

export declare function stringifyCsv(
  records: readonly (readonly CsvStringifyValue[])[],
  options: {
    readonly record_delimiter: string;
    readonly quoted_string: boolean;
    readonly escape_formulas: boolean;
    readonly cast: {
      readonly number: (value: number) => string;
      readonly boolean: (value: boolean) => string;
    };
  },
): string;
