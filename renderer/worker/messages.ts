import type { FileImport } from '../../core/formats/importFile';
import type { CsvInspection, CsvTablesInput } from '../../core/formats/csv';
import type { CsvKind, CsvMapping } from '../../core/formats/csv/mapping';
import type { ImportResult } from '../../core/formats/finalizeImport';
import type { FormatId } from '../../core/formats/formatIds';
import type { ExportFile, WriteOptions } from '../../core/formats/formatModule';
import type { GraphFile } from '../../core/model/schema';
import type { GraphSlice } from './graphSlices';
import type { GraphRef, NodePositions } from './heldGraph';
import type { FileBytes } from './fileBytes';
import type { Result } from '../../core/util/result';
import type { Workspace } from '../../core/workspace/workspace';
import type { ArticleInput, ExtractionResult } from '../../core/extraction/types';

export interface CsvFileView {
  readonly text: string;
  readonly inspection: CsvInspection;
  readonly guess: CsvMapping;
}

/** A written file as UTF-8 bytes: encoded in the worker and moved to the page, not copied. */
export interface EncodedFile extends Omit<ExportFile, 'text'> {
  readonly bytes: Uint8Array<ArrayBuffer>;
}

export interface ExportOutput {
  readonly files: readonly EncodedFile[];
  readonly losses: readonly string[];
}

/** Every call the worker answers: its arguments and its result (typed request/reply map). */
export interface WorkerCalls {
  /** Any supported file: detect, decode, parse, validate, report. */
  'import-file': { args: { bytes: FileBytes; fileName: string; hold: number }; result: FileImport };
  /** The bundled graph's text: strict native parse. */
  'parse-native': { args: { text: string }; result: Result<GraphFile, string[]> };
  'export': { args: { graph: GraphRef; positions: NodePositions | null; format: FormatId; options: WriteOptions }; result: Result<ExportOutput> };
  'losses': { args: { graph: GraphRef; format: FormatId }; result: readonly string[] };
  /** A CSV file for the mapping step: its text, columns, sample rows and the guessed mapping. */
  'inspect-csv': { args: { bytes: FileBytes; kind: CsvKind | null }; result: Result<CsvFileView> };
  'read-csv': { args: CsvTablesInput; result: ImportResult };
  /** The session as a .kgw.json file's UTF-8 bytes, written off the page's thread (the graph is most of it). */
  'write-workspace': { args: { workspace: Omit<Workspace, 'graph'>; graph: GraphRef }; result: { readonly bytes: Uint8Array<ArrayBuffer> } };
  /** A .kgw.json workspace: the graph and the session around it, validated. */
  /** The workspace's graph comes back with the saved positions on its actors, and the worker holds it under `hold`. */
  'parse-workspace': { args: { bytes: FileBytes; hold: number }; result: Result<Workspace, string[]> };
  /** A pasted or opened article (.txt, .html, .md): boilerplate stripped, title and page date read. */
  'read-article': { args: { fileName: string; content: string }; result: ArticleInput };
  /** readArticle, then candidate actors and relations; `published` (the analyst's date) overrides the page's. */
  'extract': { args: { fileName: string; content: string; published: string | null }; result: Result<ExtractionResult> };
}

export type WorkerCall = keyof WorkerCalls;

export type WorkerRequest = {
  [K in WorkerCall]: { readonly id: number; readonly call: K; readonly args: WorkerCalls[K]['args'] };
}[WorkerCall];

export interface WorkerResponse {
  readonly id: number;
  /** Part of the answer's graph, sent ahead of the answer (see graphSlices.ts). */
  readonly slice?: GraphSlice;
  /** How far a long call is, in whole percents, sent ahead of the answer. */
  readonly progress?: number;
  readonly result?: unknown;
  /** An exception inside the worker: a bug, reported rather than lost. */
  readonly crash?: string;
}
