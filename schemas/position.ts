import { z } from 'zod';

/** A unist point: 1-based line and column, 0-based offset into the decoded file (BOM excluded). */
export const PointSchema = z
  .object({
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    offset: z.number().int().min(0),
  })
  .meta({ id: 'Point', description: '1-based line and column, 0-based offset in the original file' });

export const PositionSchema = z
  .object({ start: PointSchema, end: PointSchema })
  .meta({ id: 'Position', description: 'A range of the original file, end exclusive' });

export type Point = z.infer<typeof PointSchema>;
export type Position = z.infer<typeof PositionSchema>;
