// Stops early, in plain words, when a script runs on a Node.js older than Astro 7 needs.
// Written for old Node too: no syntax newer than ES2018.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `\nFel: Node.js ${process.versions.node} är för gammal (behöver 22.12 eller senare, projektet använder 24).\n` +
      'Kör skripten med "npm run …" så används projektets egen Node 24 från node_modules,\n' +
      'eller kör "npm install" först om node_modules saknas.\n',
  );
  process.exit(1);
}
