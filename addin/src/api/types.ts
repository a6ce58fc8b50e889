// The server's shapes, generated from docs/openapi.json into schema.d.ts (npm run generate:api; npm run check:api
// fails when they are stale). The modules beside this one name the shapes they use from here.
import type { components } from "./schema";

export type Schemas = components["schemas"];

/** The one shape of every error answer (application/problem+json). */
export type ApiProblem = Schemas["ApiProblem"];
