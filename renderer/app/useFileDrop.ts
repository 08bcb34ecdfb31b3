import { useEffect, useState } from 'react';
import { MAX_OPEN_FILE_BYTES } from '../../core/host/contract';
import { dispatch } from '../state/store';
import { importBytes } from './loadGraph';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/** Drop a file anywhere on the window to open it; returns whether a file is being dragged over. */
export function useFileDrop(): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      if (file.size > MAX_OPEN_FILE_BYTES) {
        dispatch({ type: 'problems', problems: { title: `${file.name} could not be opened`, items: [`It is larger than the ${MAX_OPEN_FILE_BYTES / 1024 / 1024} MB limit.`] } });
        return;
      }
      // Handed over unread: the worker reads it (see UnreadFile).
      void importBytes(file.name, file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return dragging;
}
