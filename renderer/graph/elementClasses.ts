import type { Core } from 'cytoscape';
import type { VisibleSet } from '../../core/filter/filters';
import type { Selection } from '../state/appState';

/** What the store marks on the elements. */
export interface ElementHighlights {
  readonly pinned: ReadonlySet<string>;
  readonly visible: VisibleSet;
  readonly selection: Selection;
  readonly matches: ReadonlySet<string>;
}

/**
 * The classes and locks the store's highlights put on the core's elements (hidden, pinned, match,
 * selected, incident), and what was last brought in, so that the next call touches only what changed.
 */
export class ElementClasses {
  /** What `apply` last brought in; null after elements were replaced or added, so all is re-applied. */
  private applied: { visible: VisibleSet; matches: ReadonlySet<string>; pinned: ReadonlySet<string>; selectedId: string | null } | null = null;
  /** The elements were just loaded and `apply` has not run on them yet: no class, no lock. */
  private fresh = false;

  /** A new core: its elements carry no class and no lock yet. */
  coreReplaced(): void {
    this.applied = null;
    this.fresh = true;
  }

  /** Elements were added or changed: every class is brought in line again by the next `apply`. */
  stale(): void {
    this.applied = null;
    this.fresh = false;
  }

  /** Has the visible set changed since the last `apply` (or is everything to be brought in line again)? */
  visibleChanged(visible: VisibleSet): boolean {
    return !this.applied || this.applied.visible !== visible;
  }

  /**
   * Brings classes in line with the store, touching only what changed since the last call: a
   * keystroke in search re-marks the old and new matches, a selection two elements, and only a
   * filter change walks every element (the hot paths at 100k relations).
   */
  apply(cy: Core, { visible, selection, matches, pinned }: ElementHighlights): void {
    const before = this.applied;
    // Elements just loaded carry no class and no lock: only what must change is touched (the
    // first apply of a 50k-relation graph would otherwise walk every element before it paints).
    const fresh = this.fresh;
    this.fresh = false;
    cy.batch(() => {
      if (fresh) {
        for (const id of pinned) cy.getElementById(id).lock().addClass('pinned');
      } else if (!before || before.pinned !== pinned) {
        cy.nodes().forEach((node) => {
          // Locked nodes stay where the analyst put them: layouts and drags leave them.
          const pin = pinned.has(node.id());
          if (pin !== node.locked()) {
            if (pin) node.lock();
            else node.unlock();
          }
          node.toggleClass('pinned', pin);
        });
      }
      const everythingVisible = fresh && visible.nodes.size === cy.nodes().length && visible.edges.size === cy.edges().length;
      if (!everythingVisible && (!before || before.visible !== visible)) {
        cy.elements().forEach((el) => {
          // Dyad, meta and group elements stand for visible ones; they are managed by their own setters.
          if (el.hasClass('dyad') || el.hasClass('meta') || el.hasClass('group')) return;
          const id = el.id();
          el.toggleClass('hidden', !(el.isNode() ? visible.nodes.has(id) : visible.edges.has(id)));
        });
      }
      if (!before || before.matches !== matches) {
        if (before) for (const id of before.matches) cy.getElementById(id).removeClass('match');
        else if (!fresh) cy.elements('.match').removeClass('match');
        for (const id of matches) cy.getElementById(id).addClass('match');
      }
      const selectedId = selection?.id ?? null;
      if (!before || before.selectedId !== selectedId) {
        if (!fresh) {
          cy.elements('.selected').removeClass('selected');
          cy.edges('.incident').removeClass('incident');
        }
        if (selectedId !== null) {
          const el = cy.getElementById(selectedId);
          el.addClass('selected');
          if (selection?.kind === 'node') el.connectedEdges().addClass('incident');
        }
      }
    });
    this.applied = { visible, matches, pinned, selectedId: selection?.id ?? null };
  }
}
