import { setIconOptions } from '@fluentui/react/lib/Styling';

// The views use no icon fonts (they are fetched from a CDN the tests cannot reach); Fluent's
// own MessageBar icons are unregistered here, which is expected, so don't flood the output.
setIconOptions({ disableWarnings: true });
