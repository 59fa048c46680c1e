'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// One bundle, views as chunks (src/webparts/PortalWebPart.ts). Modules that several views share
// become chunks of their own only when they are large enough to be worth a request: smaller ones
// stay inside each view's chunk. Measured with `node tools/page-weight.mjs` (DESIGN §9).
build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    const minSize = Number(process.env.SPLIT_MIN_SIZE || 40000);
    config.optimization = config.optimization || {};
    const split = config.optimization.splitChunks || {};
    config.optimization.splitChunks = {
      ...split,
      chunks: 'async',
      minSize,
      cacheGroups: {
        ...(split.cacheGroups || {}),
        // PnPjs's permission code goes only to the views that check or set permissions (setup, the
        // clerk's tools, the console's start), not with lists and items into every page's shared chunk
        pnpSecurity: { test: /[\\/]@pnp[\\/]sp[\\/]security[\\/]/, name: 'pnp-security', chunks: 'async', enforce: true, priority: 20 },
      },
    };
    // PnPjs brings its own (newer) tslib: one copy of the helpers for everything, instead of two.
    const pnpTslib = require('path').dirname(require.resolve('tslib/package.json', { paths: [require.resolve('@pnp/sp')] }));
    config.resolve = config.resolve || {};
    config.resolve.alias = { ...(config.resolve.alias || {}), tslib$: require('path').join(pnpTslib, 'tslib.es6.mjs') };
    // The font the minutes' PDF embeds (src/data/minutes/render/fonts.ts), emitted beside the bundles so
    // the package carries it in ClientSideAssets: fetched only when a clerk generates, never from the internet.
    config.plugins.push({
      apply(compiler) {
        compiler.hooks.thisCompilation.tap('politikerportal-fonts', (compilation) => {
          compilation.hooks.processAssets.tap(
            { name: 'politikerportal-fonts', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
            () => {
              const dir = require('path').join(require('path').dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
              for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'])
                compilation.emitAsset(
                  `fonts/${file}`,
                  new compiler.webpack.sources.RawSource(require('fs').readFileSync(require('path').join(dir, file))),
                );
            },
          );
        });
      },
    });
    // WRITE_STATS=1 npm run package: webpack's module statistics in temp/stats.json, to see what a chunk holds
    if (process.env.WRITE_STATS) {
      config.plugins.push({
        apply(compiler) {
          compiler.hooks.done.tap('politikerportal-stats', (stats) => {
            const json = stats.toJson({ modules: true, chunks: true, chunkModules: true, assets: false, source: false });
            require('fs').writeFileSync('temp/stats.json', JSON.stringify(json));
          });
        },
      });
    }
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
