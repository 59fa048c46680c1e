'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// One bundle, views as chunks (src/webparts/PortalWebPart.ts). Modules that several views share
// become chunks of their own only when they are large enough to be worth a request: smaller ones
// stay inside each view's chunk. Measured with `node tools/page-weight.mjs` (DESIGN §9).
build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    const minSize = Number(process.env.SPLIT_MIN_SIZE || 60000);
    config.optimization = config.optimization || {};
    config.optimization.splitChunks = { ...(config.optimization.splitChunks || {}), chunks: 'async', minSize };
    return config;
  },
});

var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);

  result.set('serve', result.get('serve-deprecated'));

  return result;
};

build.initialize(require('gulp'));
