import { describe, expect, it } from 'vitest';
import { createValueStore } from './valueStore';

describe('a value store', () => {
  it('gives its value, tells each listener of a change until it unsubscribes', () => {
    const store = createValueStore<number | null>(null);
    const heard: (number | null)[] = [];
    const stop = store.subscribe(() => heard.push(store.get()));
    store.set(3);
    store.set(null);
    stop();
    store.set(7);
    expect(heard).toEqual([3, null]);
    expect(store.get()).toBe(7);
  });
});
