import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** A real JSON Schema validator for the generated schemas (draft 2020-12, as z.toJSONSchema writes). */
export function compileSchema(schema: object) {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}
