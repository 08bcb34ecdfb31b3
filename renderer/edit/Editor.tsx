import { useAppState } from '../state/store';
import { EditEdgeDialog } from './EditEdgeDialog';
import { EditNodeDialog } from './EditNodeDialog';

/** Shows the add/edit dialog the store asks for. */
export function Editor() {
  const editor = useAppState((s) => s.editor);
  const doc = useAppState((s) => s.doc);
  const selection = useAppState((s) => s.selection);
  if (!editor || !doc) return null;
  if (editor.kind === 'node') {
    const node = editor.id ? (doc.index.nodesById.get(editor.id) ?? null) : null;
    return <EditNodeDialog key={editor.id ?? 'new'} doc={doc} node={node} />;
  }
  const edge = editor.id ? (doc.index.edgesById.get(editor.id) ?? null) : null;
  const defaultSource = selection?.kind === 'node' ? selection.id : null;
  return <EditEdgeDialog key={editor.id ?? 'new'} doc={doc} edge={edge} defaultSource={defaultSource} />;
}
