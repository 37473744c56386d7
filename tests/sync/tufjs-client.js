// Drives tuf-js, an independent TUF client, against a repository that rcpack published (see
// tst_tufjsinterop.cpp): refreshes the metadata, then downloads each named target.
//
//   node tufjs-client.js NODE_MODULES METADATA_URL TARGETS_URL METADATA_DIR TARGET_DIR NAME...
//
// METADATA_DIR must hold the trusted root as root.json. Each target is written to
// TARGET_DIR/<name, percent-encoded>. Prints one line per target and "tuf-js: ok"; exit code 1 with
// the error on any failure.
'use strict';

const path = require('path');

async function main() {
    const [nodeModules, metadataBaseUrl, targetBaseUrl, metadataDir, targetDir, ...names] = process.argv.slice(2);
    if (!targetDir || names.length === 0) {
        throw new Error('usage: node tufjs-client.js NODE_MODULES METADATA_URL TARGETS_URL METADATA_DIR TARGET_DIR NAME...');
    }
    const { Updater } = require(path.join(nodeModules, 'tuf-js'));
    const version = require(path.join(nodeModules, 'tuf-js', 'package.json')).version;
    const updater = new Updater({ metadataBaseUrl, targetBaseUrl, metadataDir, targetDir });
    await updater.refresh();
    for (const name of names) {
        const info = await updater.getTargetInfo(name);
        if (!info) {
            throw new Error(`${name} is not in the targets metadata`);
        }
        const file = path.join(targetDir, encodeURIComponent(name));
        const cached = await updater.findCachedTarget(info, file);
        if (cached) {
            console.log(`cached ${name} ${info.length}`);
            continue;
        }
        await updater.downloadTarget(info, file);
        console.log(`downloaded ${name} ${info.length}`);
    }
    console.log(`tuf-js ${version}: ok`);
}

main().catch((error) => {
    console.error(`tuf-js: ${error && error.constructor ? error.constructor.name : 'Error'}: ${error && error.message}`);
    process.exit(1);
});
