// type-graphql reads decorator metadata through `Reflect` as each class is decorated, so the
// polyfill must be loaded before any type module: import the decorators from here, never from
// 'type-graphql' directly, and the order is right by construction.
import 'reflect-metadata';

export * from 'type-graphql';
