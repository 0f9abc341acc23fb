import descriptor from '../../../data/datapackage.json';
import type { FieldSchema, ResourceSchema } from '../table-schema';

/**
 * The tables a user's data package may hold, checked by the app's own schema (the built-in
 * data/datapackage.json), never by the schema the package carries: a package that declared `value`
 * a string must not put text where the views expect numbers. The package only says where each
 * table is. Two rules are loosened for a user's data: a figure, target or cluster may come without
 * a source or a quote (it then names its dataset, as an imported file's figures do), and an
 * indicator id may hold a hyphen (the ids of indicators created in the app, `u-…`, and the
 * dataset-scoped ids given to records whose id the loaded data already uses).
 */
const LOOSENED_REQUIRED = new Set(['source_id', 'quote']);

function loosened(resource: string, field: FieldSchema): FieldSchema {
  if (LOOSENED_REQUIRED.has(field.name) && field.constraints?.required) {
    return { ...field, constraints: { ...field.constraints, required: false } };
  }
  if (resource === 'indicators' && field.name === 'id' && field.constraints?.pattern)
    return { ...field, constraints: { ...field.constraints, pattern: '[a-z0-9_-]+' } };
  return field;
}

/** The built-in descriptor's resources (in its order, which the export keeps), with the rules above. */
export const PACKAGE_RESOURCES: readonly ResourceSchema[] = (
  descriptor as unknown as { resources: ResourceSchema[] }
).resources.map((resource) => ({
  ...resource,
  schema: { ...resource.schema, fields: resource.schema.fields.map((f) => loosened(resource.name, f)) },
}));

export const PACKAGE_SCHEMAS: ReadonlyMap<string, ResourceSchema> = new Map(
  PACKAGE_RESOURCES.map((r) => [r.name, r]),
);

/** The descriptor's own description of the built-in package, for an export of the built-in data. */
export const BUILTIN_DESCRIPTION = (descriptor as { description?: string }).description ?? '';
