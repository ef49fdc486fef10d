import type { GraphQLAnswer } from './stack.js';

/** One kind of request in a load mix, and the subgraphs its query plan calls. */
export interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Every subgraph the query reaches (root fields' and entities' owners, `@requires` included). */
  touches: readonly string[];
}

export interface Outcome {
  operation: Operation;
  /** Its place in the run, and when it was sent and answered (ms since the run began). */
  index: number;
  sentAt: number;
  answeredAt: number;
  /** The answer, or why there was none (a refused or reset connection to the gateway, a timeout). */
  answer?: GraphQLAnswer;
  failure?: string;
}

/**
 * A bounded load: `clients` loops, each sending the next of `requests` requests (picked by
 * `pick`) as soon as its previous one is answered. `onAnswered` sees each outcome as it comes
 * (e.g. to kill a process after the first third).
 */
export async function runLoad(options: {
  clients: number;
  requests: number;
  pick: (index: number) => Operation;
  send: (operation: Operation) => Promise<GraphQLAnswer>;
  onAnswered?: (outcome: Outcome, answered: number) => void | Promise<void>;
}): Promise<Outcome[]> {
  const started = performance.now();
  const outcomes: Outcome[] = [];
  let next = 0;
  const client = async () => {
    while (next < options.requests) {
      const index = next++;
      const operation = options.pick(index);
      const sentAt = performance.now() - started;
      const outcome: Outcome = { operation, index, sentAt, answeredAt: 0 };
      try {
        outcome.answer = await options.send(operation);
      } catch (error) {
        outcome.failure = (error as Error).message;
      }
      outcome.answeredAt = performance.now() - started;
      outcomes.push(outcome);
      await options.onAnswered?.(outcome, outcomes.length);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  return outcomes.sort((a, b) => a.index - b.index);
}

/** A line per outcome that is not a clean answer, for a failure message. */
export function describeOutcomes(outcomes: readonly Outcome[], limit = 20): string {
  return outcomes
    .slice(0, limit)
    .map(
      (o) =>
        `#${o.index} ${o.operation.name} at ${Math.round(o.sentAt)} ms: ` +
        (o.failure ?? `${o.answer!.status} ${JSON.stringify(o.answer!.body.errors ?? []).slice(0, 400)}`),
    )
    .join('\n');
}
