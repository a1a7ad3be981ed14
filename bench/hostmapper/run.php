<?php
/**
 * HostMapper against the PHP service's mapping (PhpHostMapping.php): the same 1,000 staff and
 * 100,000 hosts, resolved by each in alternating rounds. Prints resolutions per second (wall
 * clock and CPU time), the median, min and max of the rounds, and the ratio.
 *
 *   php -d extension=modules/calbook.so bench/hostmapper/run.php [--hosts=100000] [--rounds=5] [--staff=1000]
 *       [--instr]          also count instructions (valgrind callgrind) per resolution, per
 *                          construction and per request (construction + one resolution)
 *
 * --only=WORKLOAD (used by --instr) runs one workload once and prints nothing: none (the data
 * only), native, php (resolve every host), native-build, php-build (--builds=N constructions),
 * native-request, php-request (--builds=N times: construct, then resolve one host).
 */
declare(strict_types=1);
require __DIR__ . '/PhpHostMapping.php';

if (!extension_loaded('calbook')) {
    fwrite(STDERR, "calbook is not loaded: php -d extension=modules/calbook.so bench/hostmapper/run.php\n");
    exit(1);
}
$opt = getopt('', ['hosts::', 'rounds::', 'staff::', 'instr', 'only:', 'builds::']);
$nHosts = (int)($opt['hosts'] ?? 100000);
$rounds = max(1, (int)($opt['rounds'] ?? 5));
$nStaff = (int)($opt['staff'] ?? 1000);
$only = $opt['only'] ?? null;
$builds = max(1, (int)($opt['builds'] ?? 100));

// ---- deterministic data ----
mt_srand(20300108);
$first = ['Anna', 'Jürgen', 'Fabian', 'Lena', 'Sophie', 'Lukas', 'Jonas', 'Marie', 'Özlem', 'Paul', 'Björn', 'Käthe',
    'Leonie', 'Maximilian', 'Emma', 'Felix', 'Mia', 'Ben', 'Hannah', 'Elias', 'Sören', 'Jörg', 'Ute', 'Günther', 'Zoë'];
$last = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
    'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun',
    'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Krause', 'Meier', 'Lehmann', 'Weiß', 'Groß', 'Köhler'];
$ascii = fn(string $s) => strtr($s, ['ä' => 'ae', 'ö' => 'oe', 'ü' => 'ue', 'Ä' => 'Ae', 'Ö' => 'Oe', 'Ü' => 'Ue', 'ß' => 'ss', 'ë' => 'e']);
$staff = [];
$used = [];
for ($i = 1; $i <= $nStaff; $i++) {
    do {
        $f = $first[mt_rand(0, count($first) - 1)];
        $l = $last[mt_rand(0, count($last) - 1)] . ($i > 800 ? '-' . $last[mt_rand(0, count($last) - 1)] : '');
        $key = "$f $l";
    } while (isset($used[$key]) && count($used) < count($first) * count($last));
    $used[$key] = true;
    $row = [
        'id' => $i, 'first_name' => $f, 'last_name' => $l,
        'email' => strtolower($ascii($f)) . '.' . strtolower($ascii(str_replace('-', '', $l))) . $i . '@salon.test',
        'company_id' => $i % 10 === 0 ? 2 : 1, 'is_active' => $i % 20 !== 7,
    ];
    if ($i % 7 === 0) {
        $row['aliases'] = [strtolower($ascii($f)) . $i . '@privat.test', "$l, $f"];
    }
    $staff[] = $row;
}
$mappings = [];
for ($i = 1; $i <= $nStaff; $i += 5) {
    $mappings[] = ['calcom_host_id' => 10000 + $i, 'staff_id' => $i, 'company_id' => $staff[$i - 1]['company_id'], 'is_active' => true];
}
$hosts = [];
$kinds = ['mapping' => 0, 'email' => 0, 'email_case' => 0, 'name' => 0, 'name_ascii' => 0, 'miss' => 0];
for ($h = 0; $h < $nHosts; $h++) {
    $s = $staff[mt_rand(0, $nStaff - 1)];
    $r = mt_rand(0, 99);
    $id = 20000 + mt_rand(0, 5000);
    if ($r < 20) {
        $i = 1 + 5 * mt_rand(0, intdiv($nStaff - 1, 5));
        $hosts[] = ['id' => 10000 + $i, 'email' => "host$i@cal.test", 'name' => 'Cal User', 'username' => "u$i", 'timeZone' => 'Europe/Berlin'];
        $kinds['mapping']++;
    } elseif ($r < 45) {
        $hosts[] = ['id' => $id, 'email' => $s['email'], 'name' => $s['first_name'] . ' ' . $s['last_name'], 'username' => 'x', 'timeZone' => 'Europe/Berlin'];
        $kinds['email']++;
    } elseif ($r < 55) {
        $hosts[] = ['id' => $id, 'email' => ' ' . strtoupper($s['email']), 'name' => 'Unbekannt', 'username' => 'x', 'timeZone' => 'Europe/Berlin'];
        $kinds['email_case']++;
    } elseif ($r < 70) {
        $hosts[] = ['id' => $id, 'email' => "other$h@cal.test", 'name' => $s['first_name'] . ' ' . $s['last_name'], 'username' => 'x', 'timeZone' => 'Europe/Berlin'];
        $kinds['name']++;
    } elseif ($r < 80) {
        $hosts[] = ['id' => $id, 'email' => "other$h@cal.test", 'name' => $ascii($s['first_name'] . ' ' . $s['last_name']), 'username' => 'x', 'timeZone' => 'Europe/Berlin'];
        $kinds['name_ascii']++;
    } else {
        $hosts[] = ['id' => $id, 'email' => "nobody$h@cal.test", 'name' => 'Niemand Bekannt' . $h, 'username' => 'x', 'timeZone' => 'Europe/Berlin'];
        $kinds['miss']++;
    }
}
$company = 1;

// ---- one workload, for the instruction counts (see instr() below) ----
if ($only !== null) {
    $opts = ['company_id' => $company];
    $n = 0;
    switch ($only) {
        case 'none':
            break;
        case 'native':
            $m = new Calbook\HostMapper($staff, $mappings, $opts);
            $one = fn(array $h) => $m->resolve($h);
            foreach ($hosts as $h) { $n += $one($h) !== null ? 1 : 0; }
            break;
        case 'php':
            $m = new PhpHostMapping($staff, $mappings);
            $one = fn(array $h) => $m->resolve($h, $company);
            foreach ($hosts as $h) { $n += $one($h) !== null ? 1 : 0; }
            break;
        case 'native-build':
            for ($i = 0; $i < $builds; $i++) { $m = new Calbook\HostMapper($staff, $mappings, $opts); }
            break;
        case 'php-build':
            for ($i = 0; $i < $builds; $i++) { $m = new PhpHostMapping($staff, $mappings); }
            break;
        case 'native-request':
            for ($i = 0; $i < $builds; $i++) {
                $m = new Calbook\HostMapper($staff, $mappings, $opts);
                $n += $m->resolve($hosts[$i % count($hosts)]) !== null ? 1 : 0;
            }
            break;
        case 'php-request':
            for ($i = 0; $i < $builds; $i++) {
                $m = new PhpHostMapping($staff, $mappings);
                $n += $m->resolve($hosts[$i % count($hosts)], $company) !== null ? 1 : 0;
            }
            break;
        default:
            fwrite(STDERR, "unknown --only=$only\n");
            exit(2);
    }
    exit($n >= 0 ? 0 : 1);
}

// ---- the two implementations ----
$t0 = hrtime(true);
$native = new Calbook\HostMapper($staff, $mappings, ['company_id' => $company]);
$buildMs = (hrtime(true) - $t0) / 1e6;
// The email and name indexes are built by the first resolutions that need them.
$t0 = hrtime(true);
$native->resolve(['email' => 'nobody@index.test', 'name' => 'Nobody Index']);
$indexMs = (hrtime(true) - $t0) / 1e6;
$php = new PhpHostMapping($staff, $mappings);

$cpu = function (): float {
    $u = getrusage();
    return $u['ru_utime.tv_sec'] + $u['ru_utime.tv_usec'] / 1e6 + $u['ru_stime.tv_sec'] + $u['ru_stime.tv_usec'] / 1e6;
};
$run = function (callable $one) use ($hosts, $cpu): array {
    $matched = 0;
    $c0 = $cpu();
    $t0 = hrtime(true);
    foreach ($hosts as $h) {
        if ($one($h) !== null) {
            $matched++;
        }
    }
    $wall = (hrtime(true) - $t0) / 1e9;
    $c = $cpu() - $c0;
    return [count($hosts) / $wall, count($hosts) / max($c, 1e-9), $matched];
};
$nativeOne = fn(array $h) => $native->resolve($h);
$phpOne = fn(array $h) => $php->resolve($h, $company);

printf("HostMapper benchmark: %d staff (%d mappings), %d hosts, %d rounds, PHP %s\n", $nStaff, count($mappings), $nHosts, $rounds, PHP_VERSION);
printf("hosts: %s\n", implode(', ', array_map(fn($k, $v) => "$k $v", array_keys($kinds), $kinds)));
printf("HostMapper construction (%d staff rows read, ids indexed): %.2f ms; first resolution (builds the email and name indexes): %.2f ms\n\n", $nStaff, $buildMs, $indexMs);

$res = ['native' => [], 'php' => []];
$run($nativeOne); // warm-up
for ($r = 0; $r < $rounds; $r++) {
    foreach (($r % 2 === 0 ? ['native', 'php'] : ['php', 'native']) as $which) {
        $res[$which][] = $run($which === 'native' ? $nativeOne : $phpOne);
    }
}
$median = function (array $xs): float { sort($xs); $n = count($xs); return $n % 2 ? $xs[intdiv($n, 2)] : ($xs[$n / 2 - 1] + $xs[$n / 2]) / 2; };
foreach ([0 => 'wall clock', 1 => 'CPU time'] as $k => $label) {
    $n = array_column($res['native'], $k);
    $p = array_column($res['php'], $k);
    $ratios = array_map(fn($a, $b) => $a / $b, $n, $p);
    printf("resolutions per second (%s):\n", $label);
    printf("  Calbook\\HostMapper  median %12s  min %12s  max %12s\n", number_format($median($n)), number_format(min($n)), number_format(max($n)));
    printf("  PhpHostMapping      median %12s  min %12s  max %12s\n", number_format($median($p)), number_format(min($p)), number_format(max($p)));
    printf("  ratio               median %11.1fx  min %11.1fx  max %11.1fx\n\n", $median($ratios), min($ratios), max($ratios));
}
printf("matched: Calbook\\HostMapper %d of %d, PhpHostMapping %d of %d\n", $res['native'][0][2], $nHosts, $res['php'][0][2], $nHosts);
printf("  (HostMapper also folds upper-case/whitespace emails, ASCII spellings of umlauts and aliases; both refuse inactive staff and company 2)\n");

// ---- instruction counts (valgrind callgrind: repeatable where CPU time is not) ----
/* The calbook.so this process runs: $CALBOOK_SO, else the one mapped into this process. */
function calbook_so(): string
{
    $so = getenv('CALBOOK_SO');
    if ($so) {
        return $so;
    }
    foreach (file('/proc/self/maps') ?: [] as $line) {
        if (preg_match('~\s(/\S*calbook[^/\s]*\.so)$~', trim($line), $m)) {
            return $m[1];
        }
    }
    return 'calbook.so';
}

if (isset($opt['instr'])) {
    /* Instructions of one run of this script with --only=$what, or null. */
    $count = function (string $what, int $hosts, int $builds) use ($nStaff): ?float {
        $cmd = ['valgrind', '--tool=callgrind', '--callgrind-out-file=/dev/null', PHP_BINARY, '-n',
            '-d', 'extension=' . calbook_so(), __FILE__, "--staff=$nStaff", "--hosts=$hosts", "--builds=$builds", "--only=$what"];
        $out = shell_exec(implode(' ', array_map('escapeshellarg', $cmd)) . ' 2>&1');
        return preg_match('/Collected : ([0-9]+)/', (string)$out, $m) ? (float)$m[1] : null;
    };
    $lo = 1000; $hi = 6000; $blo = 20; $bhi = 120;
    $per = function (string $what) use ($count, $lo, $hi): ?float {
        $a = $count($what, $lo, 1); $b = $count($what, $hi, 1);
        $na = $count('none', $lo, 1); $nb = $count('none', $hi, 1);
        return ($a === null || $b === null || $na === null || $nb === null) ? null : (($b - $a) - ($nb - $na)) / ($hi - $lo);
    };
    $perBuild = function (string $what) use ($count, $lo, $blo, $bhi): ?float {
        $a = $count($what, $lo, $blo); $b = $count($what, $lo, $bhi);
        return ($a === null || $b === null) ? null : ($b - $a) / ($bhi - $blo);
    };
    printf("\ninstructions (valgrind callgrind, %d staff; resolutions: a run of %d hosts minus one of %d, data generation subtracted; constructions: %d minus %d):\n",
        $nStaff, $hi, $lo, $bhi, $blo);
    $rows = [
        ['per resolution', $per('native'), $per('php')],
        ['per construction', $perBuild('native-build'), $perBuild('php-build')],
        ['per request (construct + resolve one)', $perBuild('native-request'), $perBuild('php-request')],
    ];
    foreach ($rows as [$label, $n, $p]) {
        if ($n === null || $p === null) {
            printf("  %-40s n/a (valgrind failed or is missing)\n", $label);
            continue;
        }
        printf("  %-40s Calbook\\HostMapper %10s  PhpHostMapping %10s  ratio %6.1fx\n", $label, number_format($n), number_format($p), $p / $n);
    }
}
