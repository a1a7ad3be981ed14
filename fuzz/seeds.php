<?php
/* Builds the fuzzers' seed corpus from the repository's own test data.
 *   php fuzz/seeds.php OUTDIR
 * OUTDIR/json/    every file under tests/fixtures/ and every JSON document written as a string
 *                 literal in the tests (phpt --FILE-- sections, tests' .inc/.php support files)
 * OUTDIR/strings/ every string value found inside those documents (names, emails, uids, ...),
 *                 and every short string literal of the tests, for the text harnesses
 * Prints "seeds: N json, N strings". */
declare(strict_types=1);

$root = dirname(__DIR__);
$out = $argv[1] ?? '';
if ($out === '') {
	fwrite(STDERR, "usage: php fuzz/seeds.php OUTDIR\n");
	exit(2);
}
foreach (['json', 'strings'] as $d) {
	if (!is_dir("$out/$d") && !mkdir("$out/$d", 0777, true)) {
		fwrite(STDERR, "seeds: cannot create $out/$d\n");
		exit(1);
	}
}
$json = [];
$strings = [];

function files_under(string $dir): array
{
	if (!is_dir($dir)) {
		return [];
	}
	$list = [];
	$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS));
	foreach ($it as $f) {
		if ($f->isFile()) {
			$list[] = $f->getPathname();
		}
	}
	sort($list);
	return $list;
}

function leaf_strings($v, array &$strings): void
{
	if (is_array($v)) {
		foreach ($v as $k => $x) {
			if (is_string($k)) {
				$strings[$k] = true;
			}
			leaf_strings($x, $strings);
		}
	} elseif (is_string($v) && $v !== '') {
		$strings[$v] = true;
	}
}

function add_document(string $text, array &$json, array &$strings): void
{
	$doc = json_decode($text, true, 100000);
	if (json_last_error() !== JSON_ERROR_NONE || !is_array($doc)) {
		return;
	}
	$json[$text] = true;
	leaf_strings($doc, $strings);
}

/* The value of a PHP string literal token, for the escapes tests use. */
function literal_value(string $tok): ?string
{
	$q = $tok[0];
	$body = substr($tok, 1, -1);
	if ($q === "'") {
		return strtr($body, ["\\\\" => "\\", "\\'" => "'"]);
	}
	if ($q === '"') {
		if (strpos($body, '$') !== false) {
			return null; /* interpolated */
		}
		return stripcslashes($body);
	}
	return null;
}

/* The string literal tokens of PHP code (a regex when the tokenizer is not loaded). */
function string_literals(string $src): array
{
	if (function_exists('token_get_all')) {
		$list = [];
		foreach (@token_get_all($src) as $t) {
			if (is_array($t) && $t[0] === T_CONSTANT_ENCAPSED_STRING) {
				$list[] = $t[1];
			}
		}
		return $list;
	}
	preg_match_all('/\'(?:[^\'\\\\]|\\\\.)*\'|"(?:[^"\\\\]|\\\\.)*"/s', $src, $m);
	return $m[0];
}

function php_sources_of(string $file): array
{
	$text = file_get_contents($file);
	if (substr($file, -5) !== '.phpt') {
		return [$text];
	}
	$parts = [];
	if (preg_match_all('/^--(FILE|SKIPIF|CLEAN|EXPECT|EXPECTF)--\n(.*?)(?=^--[A-Z_]+--$|\z)/ms', $text, $m, PREG_SET_ORDER)) {
		foreach ($m as $sec) {
			if ($sec[1] === 'EXPECT' || $sec[1] === 'EXPECTF') {
				continue;
			}
			$parts[] = $sec[2];
		}
	}
	return $parts;
}

foreach (files_under("$root/tests/fixtures") as $f) {
	$text = file_get_contents($f);
	$json[$text] = true;
	add_document($text, $json, $strings);
}
foreach (files_under("$root/tests") as $f) {
	if (!preg_match('/\.(phpt|inc|php)$/', $f) || strpos($f, '/fixtures/') !== false) {
		continue;
	}
	foreach (php_sources_of($f) as $src) {
		foreach (string_literals($src) as $lit) {
			$v = literal_value($lit);
			if ($v === null || $v === '') {
				continue;
			}
			$c = $v[0];
			if ($c === '{' || $c === '[') {
				add_document($v, $json, $strings);
			} elseif (strlen($v) <= 200) {
				$strings[$v] = true;
			}
		}
	}
}
foreach (['json' => $json, 'strings' => $strings] as $kind => $set) {
	foreach (array_keys($set) as $s) {
		$s = (string) $s;
		file_put_contents("$out/$kind/" . substr(hash('sha1', $s), 0, 16), $s);
	}
}
printf("seeds: %d json, %d strings\n", count($json), count($strings));
