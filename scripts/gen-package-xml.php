<?php
// Writes package.xml (PECL package 2.0) listing every file the package ships, from git.
// Usage: php scripts/gen-package-xml.php [--check]   (--check: exit 1 when package.xml is stale)
declare(strict_types=1);

$root = dirname(__DIR__);
chdir($root);
$check = in_array('--check', $argv, true);

exec('git ls-files --cached --others --exclude-standard', $files, $rc);
if ($rc !== 0) {
    fwrite(STDERR, "gen-package-xml: git ls-files failed\n");
    exit(1);
}
$files = array_filter($files, fn($f) => is_file($f));
$role = function (string $f): ?string {
    if (preg_match('#^(examples|bench|fuzz|\.ci|docs/HACKING\.md|tests/budget/)#', $f)) return null;
    if (in_array($f, ['package.xml', '.gitignore', 'composer.json', '.clang-format'], true)) return null;
    if (preg_match('#^tests/#', $f)) return 'test';
    if (preg_match('#^(README\.md|LICENSE|docs/.*\.md)$#', $f)) return 'doc';
    if (preg_match('#^(config\.m4|php_calbook\.[ch]|src/.*\.(c|h|php))$#', $f)) return 'src';
    if (preg_match('#^scripts/.*\.c$#', $f)) return 'test';
    return null;
};
$entries = [];
foreach ($files as $f) {
    if (($r = $role($f)) !== null) $entries[$f] = $r;
}
ksort($entries, SORT_STRING);

$version = null;
if (preg_match('/#define PHP_CALBOOK_VERSION "([^"]+)"/', file_get_contents('php_calbook.h'), $m)) $version = $m[1];
if (!$version) { fwrite(STDERR, "gen-package-xml: no PHP_CALBOOK_VERSION\n"); exit(1); }

$x = fn(string $s) => htmlspecialchars($s, ENT_XML1 | ENT_QUOTES);
$contents = '';
foreach ($entries as $f => $r) {
    $contents .= sprintf("   <file name=\"%s\" role=\"%s\"/>\n", $x($f), $r);
}
$xml = <<<XML
<?xml version="1.0" encoding="UTF-8"?>
<package packagerversion="1.10.13" version="2.0" xmlns="http://pear.php.net/dtd/package-2.0" xmlns:tasks="http://pear.php.net/dtd/tasks-1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://pear.php.net/dtd/tasks-1.0 http://pear.php.net/dtd/tasks-1.0.xsd http://pear.php.net/dtd/package-2.0 http://pear.php.net/dtd/package-2.0.xsd">
 <name>calbook</name>
 <channel>pecl.php.net</channel>
 <summary>Native Cal.com API v2 client and booking-host mapper</summary>
 <description>calbook gives PHP and Laravel applications a native client for the Cal.com v2 booking API (per-family API versions, host data guaranteed on created bookings, kept-alive connections, retries that never double-book, typed exceptions, parallel fetches) and a native mapper from a booking's Cal.com host to the application's staff records, plus webhook signature verification.</description>
 <lead>
  <name>calbook maintainers</name>
  <user>calbook</user>
  <email>maintainers@calbook.invalid</email>
  <active>yes</active>
 </lead>
 <date>2026-11-24</date>
 <version>
  <release>{$version}</release>
  <api>{$version}</api>
 </version>
 <stability>
  <release>beta</release>
  <api>beta</api>
 </stability>
 <license uri="https://opensource.org/licenses/MIT">MIT</license>
 <notes>
See README.md.
 </notes>
 <contents>
  <dir name="/">
{$contents}  </dir>
 </contents>
 <dependencies>
  <required>
   <php>
    <min>8.2.0</min>
   </php>
   <pearinstaller>
    <min>1.10.0</min>
   </pearinstaller>
  </required>
 </dependencies>
 <providesextension>calbook</providesextension>
 <extsrcrelease>
  <configureoption name="enable-calbook-dev" default="no" prompt="Build with -Wall -Wextra -Werror?"/>
 </extsrcrelease>
</package>

XML;

if ($check) {
    $old = is_file('package.xml') ? file_get_contents('package.xml') : '';
    if ($old !== $xml) {
        fwrite(STDERR, "package.xml is stale: run php scripts/gen-package-xml.php\n");
        $listed = preg_match_all('/<file name="([^"]+)"/', $old, $mm) ? $mm[1] : [];
        foreach (array_diff(array_keys($entries), $listed) as $f) fwrite(STDERR, "  not listed: $f\n");
        foreach (array_diff($listed, array_keys($entries)) as $f) fwrite(STDERR, "  listed but absent: $f\n");
        exit(1);
    }
    echo "package.xml lists all " . count($entries) . " files\n";
    exit(0);
}
file_put_contents('package.xml', $xml);
echo "package.xml: " . count($entries) . " files\n";
