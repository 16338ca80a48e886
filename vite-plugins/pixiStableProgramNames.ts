import type { Plugin } from 'vite';

const NUMBERING = /if \(nameCache\[name\]\) \{\s*nameCache\[name\]\+\+;\s*name \+= `-\$\{nameCache\[name\]\}`;\s*\} else \{\s*nameCache\[name\] = 1;\s*\}/;

/**
 * Pixi numbers each shader program it builds (graphics-vertex-1, -2, …) into its source and keeps
 * every source it has seen as a key of a module-wide table for good, so each mounted and destroyed
 * map left about 10 KB behind (a hundred mounts: 1 MB, found by the soak's heap snapshots). Without
 * the number, every renderer builds the same sources and the table holds them once; the number only
 * told programs apart in WebGL debuggers.
 */
export function pixiStableProgramNames(): Plugin {
  return {
    name: 'slopes-pixi-stable-program-names',
    transform(code, id) {
      if (!/node_modules[\\/]pixi\.js[\\/].*[\\/]setProgramName\.mjs$/.test(id)) return null;
      if (!NUMBERING.test(code)) {
        this.warn("pixi's setProgramName no longer numbers programs as expected: check the soak's heap growth");
        return null;
      }
      return { code: code.replace(NUMBERING, ''), map: null };
    },
  };
}
