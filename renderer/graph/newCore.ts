import cytoscape, { type Core, type ElementDefinition, type EventObject } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Position } from '../../core/model/schema';
import type { Selection } from '../state/appState';
import type { CanvasColors } from './palette';
import { buildStylesheet } from './stylesheet';

cytoscape.use(fcose);

export interface NewCoreOptions {
  /** Null: a headless core (unit tests, or a big graph's canvas waiting to be drawn). */
  readonly container: HTMLElement | null;
  readonly elements: ElementDefinition[];
  readonly colors: CanvasColors | undefined;
  /** Level of detail for big graphs (see largeGraph.ts). */
  readonly large: boolean;
  readonly onSelect: (selection: Selection) => void;
  readonly onMoved: (positionsBefore: ReadonlyMap<string, Position>) => void;
}

/** A cytoscape core holding `elements` where they stand (preset), styled, reporting taps and drags. */
export function newCore({ container, elements, colors, large, onSelect, onMoved }: NewCoreOptions): Core {
  const cy = cytoscape({
    container: container ?? undefined,
    headless: container === null,
    elements,
    layout: { name: 'preset', fit: false },
    style: buildStylesheet(colors, { large }),
    autounselectify: true,
    boxSelectionEnabled: false,
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 6,
    // Level of detail for big graphs: while the analyst pans or zooms, a cached texture and no
    // edges (the cytoscape.js performance advice); small graphs keep drawing everything live.
    hideEdgesOnViewport: large,
    textureOnViewport: large,
  });
  // A drag is one undoable step: remember where the grabbed nodes were, report when released.
  let grabbed = new Map<string, Position>();
  cy.on('grab', 'node', (event: EventObject) => {
    const node = event.target as cytoscape.NodeSingular;
    grabbed.set(node.id(), { ...node.position() });
  });
  cy.on('free', 'node', (event: EventObject) => {
    const node = event.target as cytoscape.NodeSingular;
    const before = grabbed.get(node.id());
    grabbed = new Map();
    if (before && (before.x !== node.position().x || before.y !== node.position().y)) onMoved(new Map([[node.id(), before]]));
  });
  cy.on('tap', (event: EventObject) => {
    const target = event.target as Core | cytoscape.SingularElementArgument;
    if (target === cy) onSelect(null);
    else {
      const el = target as cytoscape.SingularElementArgument;
      onSelect({ kind: el.isNode() ? 'node' : 'edge', id: el.id() });
    }
  });
  return cy;
}
