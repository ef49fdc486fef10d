import { Directive, Field, ID, ObjectType } from '@fupin/kit/graphql';

@Directive('@key(fields: "id")')
@ObjectType({ description: '省直单位(文件中的牵头单位或责任单位) / A provincial unit named by the document' })
export class Department {
  @Field(() => ID, { description: '稳定标识, 如 finance、transport: stable id' })
  id: string;

  @Field(() => String, { description: '单位名称(按文件原文, 2018年7月): name as in the document' })
  name: string;

  @Field(() => String, { description: '英文名称 / English name' })
  nameEn: string;

  // Resolved from the departments artefact (`DepartmentResolver.subgraph`), not stored: which
  // subgraph publishes a unit's figures is the departments' code, not the document's data.
  @Field(() => String, {
    nullable: true,
    description: '发布该单位数据的子图名称; 无子图则为空: the subgraph that publishes its data, if any',
  })
  subgraph: string | null;
}
