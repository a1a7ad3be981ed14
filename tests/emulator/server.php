<?php
/*
 * The Cal.com v2 emulator: a single-process HTTP/1.1 server (keep-alive, Content-Length
 * bodies, Expect: 100-continue) on stream_socket_server + stream_select.
 *
 *   php -n tests/emulator/server.php [--port N] [--host 127.0.0.1] [--config file.json] [--state file]
 *
 * Prints the bound port on the first line of stdout, then serves until POST /__emulator/stop,
 * SIGTERM or SIGINT. Without --state it keeps its state in a temporary file removed at exit.
 * Delays (latency, slow bodies, slow headers) are timers of the event loop: they never block
 * other connections.
 */

declare(strict_types=1);

require __DIR__ . '/lib/bootstrap.php';

use CalbookEmulator\App;
use CalbookEmulator\Request;
use CalbookEmulator\Response;

final class EmulatorConn
{
    public string $buf = '';
    /** 'read' or 'write' */
    public string $state = 'read';
    /** @var list<array{at:float,data:string,off:int}> */
    public array $out = [];
    public bool $closeAfter = false;
    public bool $stopAfter = false;
    public int $requests = 0;
    public bool $continueSent = false;
    /** Webhook deliveries to send once the response is written. */
    public array $deliveries = [];
    public float $lastActive;

    public function __construct(public $sock, public int $id, public string $ip)
    {
        $this->lastActive = microtime(true);
    }
}

const MAX_HEADER_BYTES = 65536;
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const IDLE_TIMEOUT_S = 120.0;

function emulator_args(array $argv): array
{
    $o = ['port' => 0, 'host' => '127.0.0.1', 'config' => null, 'state' => null];
    for ($i = 1; $i < count($argv); $i++) {
        $a = $argv[$i];
        if (preg_match('/^--(port|host|config|state)(?:=(.*))?$/', $a, $m)) {
            $o[$m[1]] = isset($m[2]) ? $m[2] : ($argv[++$i] ?? '');
        } elseif ($a === '--help' || $a === '-h') {
            fwrite(STDOUT, "usage: php server.php [--port N] [--host 127.0.0.1] [--config file.json] [--state file]\n");
            exit(0);
        } else {
            fwrite(STDERR, "server.php: unknown argument $a\n");
            exit(2);
        }
    }
    return $o;
}

$opts = emulator_args($argv);
$ownState = false;
$statePath = $opts['state'];
if ($statePath === null || $statePath === '') {
    $statePath = tempnam(sys_get_temp_dir(), 'calbook-emu-');
    @unlink($statePath);
    $ownState = true;
}
$app = new App($statePath);
if ($opts['config'] !== null) {
    $cfg = json_decode((string) @file_get_contents($opts['config']), true);
    if (!is_array($cfg)) {
        fwrite(STDERR, "server.php: the config file {$opts['config']} is not a JSON object\n");
        exit(2);
    }
    if ($errors = App::configErrors($cfg)) {
        fwrite(STDERR, 'server.php: bad configuration: ' . implode('; ', $errors) . "\n");
        exit(2);
    }
    $app->applyConfig($cfg);
} else {
    $app->applyConfig([]);
}

$server = @stream_socket_server('tcp://' . $opts['host'] . ':' . (int) $opts['port'], $errno, $errstr);
if ($server === false) {
    fwrite(STDERR, "server.php: cannot listen on {$opts['host']}:{$opts['port']}: $errstr\n");
    exit(1);
}
stream_set_blocking($server, false);
$name = stream_socket_get_name($server, false);
$port = (int) substr($name, strrpos($name, ':') + 1);
fwrite(STDOUT, $port . "\n");
fflush(STDOUT);

$running = true;
if (function_exists('pcntl_async_signals')) {
    pcntl_async_signals(true);
    $stopper = static function () use (&$running): void {
        $running = false;
    };
    pcntl_signal(SIGTERM, $stopper);
    pcntl_signal(SIGINT, $stopper);
}

/** @var array<int,EmulatorConn> $conns */
$conns = [];

function emulator_close(array &$conns, EmulatorConn $c): void
{
    @stream_socket_shutdown($c->sock, STREAM_SHUT_RDWR);
    @fclose($c->sock);
    unset($conns[(int) $c->sock]);
}

/** Queues a raw error answer and closes (for requests that cannot be parsed). */
function emulator_reject(EmulatorConn $c, int $status, string $message): void
{
    $r = Response::json($status, ['statusCode' => $status, 'message' => $message]);
    $c->out[] = ['at' => 0.0, 'data' => $r->head(strlen($r->body), false) . $r->body, 'off' => 0];
    $c->closeAfter = true;
    $c->state = 'write';
}

/** Parses one complete request from the buffer and queues its response; false when incomplete. */
function emulator_process(App $app, EmulatorConn $c): bool
{
    $end = strpos($c->buf, "\r\n\r\n");
    if ($end === false) {
        if (strlen($c->buf) > MAX_HEADER_BYTES) {
            emulator_reject($c, 431, 'Request Header Fields Too Large');
        }
        return false;
    }
    $lines = explode("\r\n", substr($c->buf, 0, $end));
    $requestLine = array_shift($lines);
    if (!preg_match('#^([A-Z]+) (\S+) HTTP/(1\.[01])$#', $requestLine, $m)) {
        emulator_reject($c, 400, 'Bad Request');
        return false;
    }
    [, $method, $target, $httpVersion] = $m;
    $headers = [];
    foreach ($lines as $line) {
        $colon = strpos($line, ':');
        if ($colon === false || $colon === 0) {
            emulator_reject($c, 400, 'Bad Request');
            return false;
        }
        $n = strtolower(trim(substr($line, 0, $colon)));
        $v = trim(substr($line, $colon + 1));
        $headers[$n] = isset($headers[$n]) ? $headers[$n] . ', ' . $v : $v;
    }
    if (isset($headers['transfer-encoding'])) {
        emulator_reject($c, 501, 'Chunked request bodies are not supported by the emulator');
        return false;
    }
    $length = 0;
    if (isset($headers['content-length'])) {
        if (!preg_match('/^\d{1,18}$/', $headers['content-length'])) {
            emulator_reject($c, 400, 'Bad Request');
            return false;
        }
        $length = (int) $headers['content-length'];
        if ($length > MAX_BODY_BYTES) {
            emulator_reject($c, 413, 'Payload Too Large');
            return false;
        }
    }
    if (strlen($c->buf) < $end + 4 + $length) {
        if (!$c->continueSent && strcasecmp($headers['expect'] ?? '', '100-continue') === 0) {
            $c->continueSent = true;
            @fwrite($c->sock, "HTTP/1.1 100 Continue\r\n\r\n");
        }
        return false;
    }
    $body = (string) substr($c->buf, $end + 4, $length);
    $c->buf = (string) substr($c->buf, $end + 4 + $length);
    $c->continueSent = false;
    $connection = strtolower($headers['connection'] ?? '');
    $keepAlive = $httpVersion === '1.1' ? !str_contains($connection, 'close') : str_contains($connection, 'keep-alive');

    $req = new Request($method, $target, $headers, $body, $c->ip, $c->id, $c->requests === 0);
    $c->requests++;
    $resp = $app->handle($req);
    $c->deliveries = $app->takeDeliveries();

    $now = microtime(true);
    $at = $now + $resp->delayMs / 1000;
    $keepAlive = $keepAlive && !$resp->close && $resp->mode === 'normal';
    $c->closeAfter = !$keepAlive;
    $c->stopAfter = $resp->stopServer;
    $c->state = 'write';
    $body = $method === 'HEAD' ? '' : $resp->body;
    switch ($resp->mode) {
        case 'close':
            $c->out[] = ['at' => $at, 'data' => '', 'off' => 0];
            break;
        case 'truncate':
            $c->out[] = ['at' => $at, 'data' => $resp->head(strlen($body) + 1, false) . substr($body, 0, intdiv(strlen($body), 2)), 'off' => 0];
            break;
        default:
            if ($resp->chunkDelayMs > 0 && $body !== '') {
                $c->out[] = ['at' => $at, 'data' => $resp->head(strlen($body), $keepAlive), 'off' => 0];
                foreach (str_split($body, $resp->chunkBytes) as $i => $chunk) {
                    $c->out[] = ['at' => $at + ($i + 1) * $resp->chunkDelayMs / 1000, 'data' => $chunk, 'off' => 0];
                }
            } else {
                $c->out[] = ['at' => $at, 'data' => $resp->head(strlen($body), $keepAlive) . $body, 'off' => 0];
            }
    }
    return true;
}

while ($running) {
    $now = microtime(true);
    $read = [$server];
    $write = [];
    $timeout = 1.0;
    foreach ($conns as $c) {
        if ($c->state === 'read') {
            $read[] = $c->sock;
            $timeout = min($timeout, max(0.0, $c->lastActive + IDLE_TIMEOUT_S - $now));
        } elseif ($c->out !== []) {
            $due = $c->out[0]['at'];
            if ($due <= $now) {
                $write[] = $c->sock;
            } else {
                $timeout = min($timeout, $due - $now);
            }
        }
    }
    $except = null;
    $sec = (int) floor($timeout);
    $usec = (int) (($timeout - $sec) * 1e6);
    $n = @stream_select($read, $write, $except, $sec, $usec);
    if ($n === false) {
        continue; // interrupted by a signal
    }
    $now = microtime(true);
    foreach ($read as $sock) {
        if ($sock === $server) {
            while (($client = @stream_socket_accept($server, 0, $peer)) !== false) {
                stream_set_blocking($client, false);
                stream_set_write_buffer($client, 0);
                $ip = $peer !== null && str_contains($peer, ':') ? substr($peer, 0, strrpos($peer, ':')) : '127.0.0.1';
                $c = new EmulatorConn($client, $app->connectionOpened(), $ip);
                $conns[(int) $client] = $c;
            }
            continue;
        }
        $c = $conns[(int) $sock] ?? null;
        if ($c === null) {
            continue;
        }
        $data = @fread($sock, 262144);
        if ($data === false || ($data === '' && feof($sock))) {
            emulator_close($conns, $c);
            continue;
        }
        $c->buf .= $data;
        $c->lastActive = $now;
        if ($c->state === 'read') {
            emulator_process($app, $c);
        }
    }
    foreach ($write as $sock) {
        $c = $conns[(int) $sock] ?? null;
        if ($c === null) {
            continue;
        }
        while ($c->out !== [] && $c->out[0]['at'] <= microtime(true)) {
            $seg = &$c->out[0];
            $left = strlen($seg['data']) - $seg['off'];
            if ($left > 0) {
                $w = @fwrite($sock, substr($seg['data'], $seg['off'], 262144));
                if ($w === false) {
                    emulator_close($conns, $c);
                    unset($seg);
                    continue 2;
                }
                $seg['off'] += $w;
                if ($w === 0 || $seg['off'] < strlen($seg['data'])) {
                    unset($seg);
                    continue 2; // the socket buffer is full: wait for select
                }
            }
            unset($seg);
            array_shift($c->out);
        }
        if ($c->out === []) {
            // The answer is out: now the webhooks it caused (blocking, bounded by webhook_timeout_ms).
            foreach ($c->deliveries as $d) {
                $app->deliver($d);
            }
            $c->deliveries = [];
            $c->lastActive = microtime(true);
            if ($c->stopAfter) {
                emulator_close($conns, $c);
                $running = false;
                break;
            }
            if ($c->closeAfter) {
                emulator_close($conns, $c);
                continue;
            }
            $c->state = 'read';
            // A request that arrived while we were answering.
            if ($c->buf !== '') {
                emulator_process($app, $c);
            }
        }
    }
    foreach ($conns as $c) {
        if ($c->state === 'read' && $c->buf === '' && $now - $c->lastActive > IDLE_TIMEOUT_S) {
            emulator_close($conns, $c);
        }
    }
}

foreach ($conns as $c) {
    emulator_close($conns, $c);
}
fclose($server);
if ($ownState) {
    $app->store()->destroy();
}
exit(0);
