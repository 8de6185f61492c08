/**
 * `T` with its properties writable: an answer is assembled by plain assignments (one object
 * shape, faster than conditional spreads) and frozen before anyone else sees it.
 *
 * @internal
 */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
