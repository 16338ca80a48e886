// Type-aware lint: floating promises, misused promises and `any` leaking out of parsers are the bugs that crash a
// demo on a projector, and only rules that see the types can find them.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'test-results/', 'test/golden/', 'docs/', 'presets/'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // As tsc's noUnused* checks: a leading underscore marks a name kept on purpose (a field left out of a rest copy).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Pixi's ticker takes a listener and its context apart (`ticker.remove(app.render, app)`), as Pixi itself does.
    files: ['src/render/createMapApp.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // The browser tests stub a prototype method in the page and call the saved original with `.call(this, …)`.
    files: ['test/e2e/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // The benchmark compiles its assembled loop with `new Function` on purpose; it runs in node, never in the page.
    files: ['src/cli/bench/fusedReference.ts'],
    rules: { '@typescript-eslint/no-implied-eval': 'off' },
  },
  {
    // The few plain-JavaScript launchers and CI scripts are outside the TypeScript program: syntax rules only.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.recommended, tseslint.configs.disableTypeChecked],
  },
);
