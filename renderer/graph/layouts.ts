import type { LayoutOptions } from 'cytoscape';
import { assertNever } from '../../core/util/result';
import type { LayoutName } from '../state/appState';

export const LAYOUT_LABELS: Readonly<Record<LayoutName, string>> = {
  fcose: 'Force-directed (fCoSE)',
  concentric: 'Concentric (by degree)',
  breadthfirst: 'Hierarchy (breadth-first)',
  grid: 'Grid',
  circle: 'Circle',
};

/** Layout options; deterministic where the algorithm allows so views and screenshots repeat. */
export function layoutOptions(name: LayoutName, animate: boolean): LayoutOptions {
  const common = { animate, animationDuration: 300, fit: true, padding: 40 };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        randomize: true,
        quality: 'proof',
        nodeRepulsion: () => 16000,
        idealEdgeLength: () => 110,
        nodeSeparation: 90,
        packComponents: true,
      } as LayoutOptions;
    case 'concentric':
      return { name: 'concentric', ...common, minNodeSpacing: 30, concentric: (n) => n.degree(false), levelWidth: () => 2 } as LayoutOptions;
    case 'breadthfirst':
      return { name: 'breadthfirst', ...common, directed: false, spacingFactor: 1.1 };
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true };
    case 'circle':
      return { name: 'circle', ...common, avoidOverlap: true };
    default:
      return assertNever(name);
  }
}
