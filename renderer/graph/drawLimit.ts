import { createValueStore, useValueStore } from '../state/valueStore';

/**
 * How many visible relations the canvas draws on its own (see drawsAutomatically): a preference of
 * this machine, like the theme, remembered in localStorage. Actors count too, at half the number.
 */
export const DRAW_LIMIT_CHOICES = ['2000', '10000', '50000', 'any'] as const;
export type DrawLimitChoice = (typeof DRAW_LIMIT_CHOICES)[number];
export const DEFAULT_DRAW_LIMIT: DrawLimitChoice = '10000';
export const DRAW_LIMIT_STORAGE_KEY = 'kg-explorer.draw-limit';

export interface DrawLimit {
  readonly actors: number;
  readonly relations: number;
}

export function drawLimitOf(choice: DrawLimitChoice): DrawLimit {
  if (choice === 'any') return { actors: Number.POSITIVE_INFINITY, relations: Number.POSITIVE_INFINITY };
  const relations = Number(choice);
  return { actors: relations / 2, relations };
}

export function parseDrawLimitChoice(stored: string | null): DrawLimitChoice {
  return DRAW_LIMIT_CHOICES.find((c) => c === stored) ?? DEFAULT_DRAW_LIMIT;
}

function readStored(): DrawLimitChoice {
  try {
    return parseDrawLimitChoice(window.localStorage.getItem(DRAW_LIMIT_STORAGE_KEY));
  } catch {
    return DEFAULT_DRAW_LIMIT; // no storage (unit tests in Node, an opaque origin): the default
  }
}

const choice = createValueStore<DrawLimitChoice>(typeof window === 'undefined' ? DEFAULT_DRAW_LIMIT : readStored());

export const getDrawLimitChoice = (): DrawLimitChoice => choice.get();

export const currentDrawLimit = (): DrawLimit => drawLimitOf(choice.get());

export function setDrawLimitChoice(next: DrawLimitChoice): void {
  try {
    if (next === DEFAULT_DRAW_LIMIT) window.localStorage.removeItem(DRAW_LIMIT_STORAGE_KEY);
    else window.localStorage.setItem(DRAW_LIMIT_STORAGE_KEY, next);
  } catch {
    // Not remembered, but used for this session.
  }
  choice.set(next);
}

export const useDrawLimitChoice = (): DrawLimitChoice => useValueStore(choice);
