// Our own Node entry points (server.ts, benches, tests) run server code outside React's
// server bundle, where the `server-only` marker would throw; map it to its empty build.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") {
    return { url: new URL("../node_modules/server-only/empty.js", import.meta.url).href, shortCircuit: true, format: "commonjs" };
  }
  return nextResolve(specifier, context);
}
