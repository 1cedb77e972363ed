/** For the tests of the interface's strings: how two language resources differ, and their strings. */
export type Tree = { readonly [key: string]: unknown };

/** Each difference between two resources, by its path ("library.count: …"). */
export function differences(a: Tree, b: Tree, path = ''): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((key) => {
    const at = path ? `${path}.${key}` : key;
    const [x, y] = [a[key], b[key]];
    if (x === undefined || y === undefined)
      return [`${at}: missing in ${x === undefined ? 'the first' : 'the second'}`];
    if (typeof x !== typeof y) return [`${at}: ${typeof x} and ${typeof y}`];
    if (typeof x === 'function' && (x as () => string).length !== (y as () => string).length)
      return [`${at}: takes ${(x as () => string).length} and ${(y as () => string).length} arguments`];
    if (typeof x === 'object' && x !== null) return differences(x as Tree, y as Tree, at);
    return [];
  });
}

/** Every string leaf, by its path. */
export function leaves(tree: Tree, path = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'string') return [[at, value] as [string, string]];
    return typeof value === 'object' && value !== null ? leaves(value as Tree, at) : [];
  });
}
