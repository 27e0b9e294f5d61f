import { z } from 'zod';
import { ConfigSchema } from '../../schemas/config.js';
import { exportSchemas, stringify } from '../export/bundle.js';

/** JSON Schemas generated from the zod schemas: the export files' and the config file's. */
export function renderJsonSchemas(): Record<string, string> {
  const schemas = { ...exportSchemas, config: ConfigSchema };
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, stringify(z.toJSONSchema(schema))]));
}
