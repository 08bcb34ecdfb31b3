import type { ActorRef } from './actorBook';
import type { TextSpan } from './types';

/** A stretch of a sentence that names an actor. Indices are into the sentence's tokens. */
export interface Mention {
  readonly first: number;
  readonly last: number;
  readonly span: TextSpan;
  readonly actor: ActorRef;
  readonly possessive: boolean;
}

/** A relation the words of a name state by themselves ("Belarusian President X" leads Belarus). */
export interface Fact {
  readonly type: string;
  readonly source: ActorRef;
  readonly target: ActorRef;
  readonly trigger: TextSpan;
}

export interface SentenceReading {
  readonly mentions: Mention[];
  readonly facts: Fact[];
}
