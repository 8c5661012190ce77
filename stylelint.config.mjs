/** Stylelint: the standard config, reading the <style> blocks of .astro files too. */
export default {
  extends: ['stylelint-config-standard', 'stylelint-config-html/astro'],
  rules: {
    // Flat, component-prefixed class names: block, block__element, block--modifier.
    'selector-class-pattern': [
      '^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)?(--[a-z0-9]+(-[a-z0-9]+)*)?$',
      { message: 'Expected a flat, BEM-style class name such as block__element--modifier' },
    ],
    // Design tokens carry the project's prefix.
    'custom-property-pattern': [
      '^hr-[a-z0-9]+(-[a-z0-9]+)*$',
      { message: 'Expected a design token prefixed hr-, such as --hr-color-text' },
    ],
    // Rules are ordered by reading (base state, then hover, then focus), and cascade layers
    // decide between files; this rule's source-order heuristic would fight both.
    'no-descending-specificity': null,
  },
};
