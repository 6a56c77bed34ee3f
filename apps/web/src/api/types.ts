import type { components, operationRoutes, operations } from './schema.gen.ts';

// The API's types come from its OpenAPI document (schema.gen.ts, `npm run api:generate`):
// when the server changes a schema, the web stops type-checking where it relied on the old one.

type Schemas = components['schemas'];
/** A named schema of the API, as the server sends it. */
export type Schema<N extends keyof Schemas> = Schemas[N];

/** An operation's id as the document names it (apps/server/src/http/operation-ids.ts). */
export type OperationId = keyof operations & keyof typeof operationRoutes;
type Operation<O extends OperationId> = operations[O];

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type OrVoid<T> = [T] extends [never] ? void : T;
type SuccessStatus = 200 | 201 | 202 | 204 | 206;

/** What a successful call of the operation answers (`void` for 204). */
export type ResponseOf<O extends OperationId> = OrVoid<
  JsonOf<Operation<O>['responses'][SuccessStatus & keyof Operation<O>['responses']]>
>;
/** The JSON body the operation takes. */
export type BodyOf<O extends OperationId> = JsonOf<NonNullable<Operation<O>['requestBody']>>;
/** The query parameters the operation takes. */
export type QueryOf<O extends OperationId> = NonNullable<Operation<O>['parameters']['query']>;
/** The path parameters the operation takes. */
export type PathOf<O extends OperationId> = NonNullable<Operation<O>['parameters']['path']>;

type PathPart<O extends OperationId> = [PathOf<O>] extends [never]
  ? { readonly path?: undefined }
  : { readonly path: PathOf<O> };
type QueryPart<O extends OperationId> = [QueryOf<O>] extends [never]
  ? { readonly query?: undefined }
  : undefined extends Operation<O>['parameters']['query']
    ? { readonly query?: QueryOf<O> }
    : { readonly query: QueryOf<O> };
type BodyPart<O extends OperationId> = [BodyOf<O>] extends [never]
  ? { readonly body?: undefined }
  : undefined extends Operation<O>['requestBody']
    ? { readonly body?: BodyOf<O> }
    : { readonly body: BodyOf<O> };

/** What `call` needs for the operation: its path and query parameters and its body. */
export type CallOptions<O extends OperationId> = PathPart<O> &
  QueryPart<O> &
  BodyPart<O> & { readonly signal?: AbortSignal };

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

export type Agency = Schema<'Agency'>;
export type Department = Schema<'Department'>;
export type User = Schema<'User'>;
export type Session = Schema<'Session'>;
export type UserWithOneTimePassword = Schema<'UserWithOneTimePassword'>;
