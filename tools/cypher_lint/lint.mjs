#!/usr/bin/env node
// Lint Cypher with Neo4j's own parser/linter (@neo4j-cypher/language-support).
//
// stdin:  a JSON array of Cypher strings.
// stdout: a JSON array with one entry per input query, each a list of
//         {severity, message, line, column, endLine, endColumn}.
//
// severity follows LSP: 1 = error, 2 = warning, 3 = information, 4 = hint.
// line/column are 1-based (LSP ranges are 0-based; humans and pytest output
// count from 1).
//
// No database schema is passed, so the linter cannot warn about unknown
// labels, relationship types or properties: it checks syntax and semantics
// (undefined variables, type errors, ...) only. Parameters are never
// "declared" without a schema, so the linter's "Parameter $x is not defined."
// errors are dropped with the package's own isNotParamError filter: our
// queries always receive their parameters from the driver.
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function fail(message) {
  process.stderr.write(`lint.mjs: ${message}\n`);
  process.exit(2);
}

const raw = await readStdin();
let queries;
try {
  queries = JSON.parse(raw);
} catch (err) {
  fail(`stdin is not JSON: ${err.message}`);
}
if (!Array.isArray(queries) || !queries.every((q) => typeof q === 'string')) {
  fail('stdin must be a JSON array of strings');
}

// An empty schema: no labels/relationshipTypes/propertyKeys means those
// checks are skipped rather than flagging every name as unknown.
const dbSchema = {};

const results = queries.map((query) => {
  // consoleCommandsEnabled: false, so ":param"-style browser commands are
  // reported as errors; our queries go to a driver, not to cypher-shell.
  const { diagnostics } = lintCypherQuery(query, dbSchema, {
    consoleCommandsEnabled: false,
  });
  return diagnostics.filter(isNotParamError).map((d) => ({
    severity: d.severity ?? 1,
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  }));
});

process.stdout.write(JSON.stringify(results) + '\n');
