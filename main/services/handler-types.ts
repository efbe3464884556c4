import type { OperationName, ValidatedInput } from '../api/contract';
import type { ServiceContext } from './context';

/** The shape of the handlers for a group of operations: one per name, taking that operation's validated input. */
export type HandlerMap<K extends OperationName> = { [N in K]: (ctx: ServiceContext, input: ValidatedInput<N>) => Promise<unknown> };
