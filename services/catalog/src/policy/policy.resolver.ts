import { Query, Resolver } from '@fupin/kit/graphql';
import { policy } from '@fupin/reference';
import { Policy } from './policy.type.js';

@Resolver(() => Policy)
export class PolicyResolver {
  // The document does not change: it is served from the copy in src/data, not the database.
  @Query(() => Policy, { description: '本文件及其目标任务 / The document and its targets' })
  policy(): Policy {
    return policy;
  }
}
