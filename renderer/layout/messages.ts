/** What the page and the layout worker say to each other. */
export interface LayoutRequest {
  readonly nodeCount: number;
  readonly edges: Uint32Array;
  readonly positions: Float64Array | null;
}

export type LayoutReply =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly positions: Float64Array }
  | { readonly kind: 'crash'; readonly message: string };
