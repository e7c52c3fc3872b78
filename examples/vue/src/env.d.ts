// The widget's Vue types (GlobalComponents): properties and `@lt-…` listeners, from its manifest.
import type {} from '@lettilbud/journal-panel/vue';
