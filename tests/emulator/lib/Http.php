<?php
/*
 * The request and response values passed between a transport (server.php, router.php) and the
 * application (App).
 */

declare(strict_types=1);

namespace CalbookEmulator;

final class Request
{
    /** @var array<string,string> lower-case name => value (repeated headers joined with ", ") */
    public array $headers = [];
    public string $path = '/';
    public string $query = '';
    /** @var array<string,mixed> */
    public array $params = [];

    public function __construct(
        public string $method,
        public string $target,
        array $headers,
        public string $body = '',
        public string $remoteIp = '127.0.0.1',
        public int $connectionId = 0,
        public bool $firstOnConnection = true,
    ) {
        foreach ($headers as $name => $value) {
            $name = strtolower((string) $name);
            $this->headers[$name] = isset($this->headers[$name]) ? $this->headers[$name] . ', ' . $value : (string) $value;
        }
        $q = strpos($target, '?');
        $this->path = $q === false ? $target : substr($target, 0, $q);
        $this->query = $q === false ? '' : substr($target, $q + 1);
        $this->params = self::parseQuery($this->query);
        $this->path = rawurldecode($this->path);
    }

    public function header(string $name): ?string
    {
        return $this->headers[strtolower($name)] ?? null;
    }

    /** Query parsing that keeps dots and repeated keys ("a=1&a=2" gives "1,2"). */
    public static function parseQuery(string $query): array
    {
        $out = [];
        if ($query === '') {
            return $out;
        }
        foreach (explode('&', $query) as $pair) {
            if ($pair === '') {
                continue;
            }
            $eq = strpos($pair, '=');
            $k = urldecode($eq === false ? $pair : substr($pair, 0, $eq));
            $v = $eq === false ? '' : urldecode(substr($pair, $eq + 1));
            if (str_ends_with($k, '[]')) {
                $k = substr($k, 0, -2);
            }
            $out[$k] = isset($out[$k]) ? $out[$k] . ',' . $v : $v;
        }
        return $out;
    }
}

final class Response
{
    /** @var list<array{0:string,1:string}> */
    public array $headers = [];
    /** Milliseconds to wait before the first byte of the response. */
    public int $delayMs = 0;
    /** 'normal', 'close' (close without answering), 'truncate' (send part, then close). */
    public string $mode = 'normal';
    /** With slow bodies: milliseconds between chunks and the chunk size. */
    public int $chunkDelayMs = 0;
    public int $chunkBytes = 0;
    /** Close the connection after this response. */
    public bool $close = false;
    /** Stop the server after this response (control endpoint). */
    public bool $stopServer = false;

    public function __construct(public int $status, public string $body = '', string $contentType = 'application/json; charset=utf-8')
    {
        if ($contentType !== '') {
            $this->headers[] = ['Content-Type', $contentType];
        }
    }

    public function header(string $name, string $value): self
    {
        $this->headers[] = [$name, $value];
        return $this;
    }

    public function setHeader(string $name, string $value): self
    {
        $this->headers = array_values(array_filter($this->headers, static fn ($h) => strcasecmp($h[0], $name) !== 0));
        $this->headers[] = [$name, $value];
        return $this;
    }

    public static function json(int $status, mixed $payload): self
    {
        return new self($status, json_encode($payload, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE | JSON_PRESERVE_ZERO_FRACTION));
    }

    public static function reason(int $status): string
    {
        return [
            200 => 'OK', 201 => 'Created', 204 => 'No Content', 400 => 'Bad Request', 401 => 'Unauthorized',
            403 => 'Forbidden', 404 => 'Not Found', 405 => 'Method Not Allowed', 408 => 'Request Timeout',
            409 => 'Conflict', 413 => 'Payload Too Large', 422 => 'Unprocessable Entity', 429 => 'Too Many Requests',
            500 => 'Internal Server Error', 501 => 'Not Implemented', 502 => 'Bad Gateway', 503 => 'Service Unavailable',
            504 => 'Gateway Timeout',
        ][$status] ?? 'Status ' . $status;
    }

    /** The status line and headers, Content-Length included (unless $contentLength is null). */
    public function head(?int $contentLength, bool $keepAlive): string
    {
        $out = 'HTTP/1.1 ' . $this->status . ' ' . self::reason($this->status) . "\r\n";
        $out .= 'Date: ' . gmdate('D, d M Y H:i:s') . " GMT\r\n";
        foreach ($this->headers as [$name, $value]) {
            $out .= $name . ': ' . $value . "\r\n";
        }
        if ($contentLength !== null) {
            $out .= 'Content-Length: ' . $contentLength . "\r\n";
        }
        $out .= 'Connection: ' . ($keepAlive ? 'keep-alive' : 'close') . "\r\n\r\n";
        return $out;
    }
}

/** A non-empty string of ASCII digits (ext/ctype is not loaded under php -n). */
function is_digits(mixed $v): bool
{
    return is_string($v) && preg_match('/^\d{1,18}$/', $v) === 1;
}
