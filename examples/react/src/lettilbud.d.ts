// The widgets' JSX types: properties and `onlt-…` event props, generated from their manifests.
import type {} from '@lettilbud/journal-panel/react';
import type {} from '@lettilbud/referral-widget/react';
