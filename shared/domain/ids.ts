import { z } from 'zod';

/** Every entity has a stable UUID from the moment it is created (DESIGN.md "The vault"). */
export const Uuid = z.uuid();
export type Uuid = z.infer<typeof Uuid>;

/** Bounded strings: the renderer is untrusted, so nothing unbounded reaches core. */
export const ShortText = z.string().max(500);
export const LongText = z.string().max(5_000_000);
