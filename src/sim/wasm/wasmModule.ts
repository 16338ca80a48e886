import type { Code, ValueType } from './Code.ts';
import { name, section, u32, vec } from './encode.ts';
import { EXPORT_FUNC, FUNC_TYPE, IMPORT_MEMORY, SECTION } from './opcodes.ts';
import { OP } from './opcodes.ts';

export interface WasmFunction {
  readonly name: string;
  readonly params: readonly ValueType[];
  readonly results: readonly ValueType[];
  readonly code: Code;
}

/** The bytes of a module that imports its memory as `env.memory` and exports `functions` by name. */
export function wasmModule(functions: readonly WasmFunction[]): Uint8Array<ArrayBuffer> {
  const types = functions.map((f) => [FUNC_TYPE, ...vec(f.params.map((t) => [t])), ...vec(f.results.map((t) => [t]))]);
  const memory = [...name('env'), ...name('memory'), IMPORT_MEMORY, 0x00, ...u32(1)];
  const bodies = functions.map((f) => {
    const body = [...f.code.localsHeader(), ...f.code.bytes, OP.end];
    return [...u32(body.length), ...body];
  });
  return Uint8Array.from([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(SECTION.type, vec(types)),
    ...section(SECTION.import, vec([memory])),
    ...section(SECTION.function, vec(functions.map((_, k) => u32(k)))),
    ...section(SECTION.export, vec(functions.map((f, k) => [...name(f.name), EXPORT_FUNC, ...u32(k)]))),
    ...section(SECTION.code, vec(bodies)),
  ]);
}
