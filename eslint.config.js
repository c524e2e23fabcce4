// The linter for the web page's modules (browser) and their tests (node): ESLint's recommended rules and a few that
// keep the code as plain as the Java's house style asks. Run by scripts/check-js.sh, which CI runs before Maven.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['target/', 'node_modules/'] },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-shadow': 'error',
      'no-param-reassign': 'error',
      'no-unused-vars': ['error', { args: 'after-used', caughtErrors: 'none' }],
      'no-implicit-coercion': 'error',
      'object-shorthand': 'error'
    }
  },
  { files: ['src/main/resources/static/js/**/*.js'], languageOptions: { globals: globals.browser } },
  { files: ['src/test/js/**/*.js', 'eslint.config.js'], languageOptions: { globals: globals.node } }
];
