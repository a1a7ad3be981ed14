<?php
/*
 * Webhook deliveries as Cal.com sends them: when a booking is created, rescheduled, cancelled,
 * confirmed or declined, every active webhook subscribed to the trigger gets
 *   POST subscriberUrl
 *   Content-Type: application/json
 *   X-Cal-Signature-256: hex HMAC-SHA256(secret, body), or "no-secret-provided"
 *   X-Cal-Webhook-Version: 2021-10-20
 *   {"triggerEvent":"BOOKING_CREATED","createdAt":"...","payload":{...}}
 * The body is compact JSON with unescaped slashes and Unicode, as JavaScript's JSON.stringify
 * writes it. The application only builds the deliveries; the transport sends them after the
 * response to the request that caused them (server.php; router.php before it returns) and records
 * each result with recordDelivery().
 */

declare(strict_types=1);

namespace CalbookEmulator;

trait WebhookDelivery
{
    /** @var list<array{webhook_id:int,trigger:string,url:string,headers:array<string,string>,body:string}> */
    private array $pendingDeliveries = [];

    /** Queues the deliveries of one trigger for a booking ($extra: trigger-specific payload fields). */
    private function queueWebhooks(string $trigger, array $b, array $extra = []): void
    {
        $hooks = array_filter($this->store->data['webhooks'] ?? [], static fn ($w) => $w['active'] && in_array($trigger, $w['triggers'], true));
        if ($hooks === []) {
            return;
        }
        $body = json_encode([
            'triggerEvent' => $trigger,
            'createdAt' => self::iso(microtime(true), true),
            'payload' => array_merge($this->webhookPayload($b), $extra),
        ], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE);
        foreach ($hooks as $w) {
            $secret = $w['secret'] ?? null;
            $this->pendingDeliveries[] = [
                'webhook_id' => $w['id'],
                'trigger' => $trigger,
                'url' => $w['subscriberUrl'],
                'headers' => [
                    'Content-Type' => 'application/json',
                    'X-Cal-Signature-256' => $secret !== null && $secret !== '' ? hash_hmac('sha256', $body, $secret) : 'no-secret-provided',
                    'X-Cal-Webhook-Version' => '2021-10-20',
                ],
                'body' => $body,
                'timeout_ms' => (int) ($this->store->meta['config']['webhook_timeout_ms'] ?? 2000),
            ];
        }
    }

    /** @return list<array> the deliveries queued by the last request (and forgets them) */
    public function takeDeliveries(): array
    {
        $d = $this->pendingDeliveries;
        $this->pendingDeliveries = [];
        return $d;
    }

    private static function utcOffsetMinutes(int $t, string $tz): int
    {
        return intdiv((new \DateTimeImmutable('@' . $t))->setTimezone(new \DateTimeZone($tz))->getOffset(), 60);
    }

    /** The v2021-10-20 booking payload: the CalendarEvent plus booking fields. */
    private function webhookPayload(array $b): array
    {
        $et = $this->store->data['event_types'][$b['eventTypeId']] ?? null;
        $host = $this->user($b['userId']) ?? ['id' => 0, 'name' => 'unknown', 'email' => 'unknown', 'username' => 'unknown', 'timeZone' => 'UTC', 'locale' => 'en'];
        $attendees = array_map(function (array $a) use ($b): array {
            $parts = explode(' ', $a['name'], 2);
            $out = [
                'email' => $a['email'] ?? '',
                'name' => $a['name'],
                'firstName' => $parts[0],
                'lastName' => $parts[1] ?? '',
                'timeZone' => $a['timeZone'],
                'language' => ['locale' => $a['language'] ?? 'en'],
                'utcOffset' => self::utcOffsetMinutes($b['start'], $a['timeZone']),
            ];
            if (isset($a['phoneNumber'])) {
                $out['phoneNumber'] = $a['phoneNumber'];
            }
            return $out;
        }, $b['attendees']);
        $responses = [];
        foreach ($b['bookingFieldsResponses'] as $k => $v) {
            $responses[$k] = ['label' => $k, 'value' => $v, 'isHidden' => false];
        }
        $payload = [
            'bookingId' => $b['id'],
            'uid' => $b['uid'],
            'type' => $et['slug'] ?? 'unknown',
            'title' => $b['title'],
            'description' => $b['description'],
            'additionalNotes' => $b['description'],
            'customInputs' => new \stdClass(),
            'startTime' => self::iso($b['start']),
            'endTime' => self::iso($b['end']),
            'location' => $b['location'],
            'organizer' => [
                'id' => $host['id'],
                'name' => $host['name'],
                'email' => $host['email'],
                'username' => $host['username'],
                'timeZone' => $host['timeZone'],
                'timeFormat' => 'HH:mm',
                'language' => ['locale' => $host['locale'] ?? 'en'],
                'utcOffset' => self::utcOffsetMinutes($b['start'], $host['timeZone']),
            ],
            'attendees' => $attendees,
            'responses' => $responses === [] ? new \stdClass() : $responses,
            'userFieldsResponses' => new \stdClass(),
            'eventTypeId' => $b['eventTypeId'],
            'eventTitle' => $et['title'] ?? null,
            'eventDescription' => $et['description'] ?? null,
            'price' => 0,
            'currency' => 'usd',
            'length' => intdiv($b['end'] - $b['start'], 60),
            'requiresConfirmation' => !empty($et['requiresConfirmation']),
            'metadata' => $b['metadata'] === [] ? new \stdClass() : $b['metadata'],
            'iCalUID' => $b['icsUid'],
            'iCalSequence' => 0,
            'status' => strtoupper($b['status']),
        ];
        if ($et !== null && $et['teamId'] !== null) {
            $team = $this->store->data['team'];
            $payload['team'] = [
                'id' => $team['id'],
                'name' => $team['name'],
                'members' => array_values(array_map(function (array $h): array {
                    $u = $this->user((int) $h['userId']);
                    return ['id' => $u['id'] ?? $h['userId'], 'name' => $u['name'] ?? '', 'email' => $u['email'] ?? '', 'timeZone' => $u['timeZone'] ?? 'UTC', 'language' => ['locale' => $u['locale'] ?? 'en']];
                }, $et['hosts'])),
            ];
        }
        return $payload;
    }

    /** Records the outcome of one delivery (the transport calls this). */
    public function recordDelivery(array $delivery, ?int $status, ?string $error): void
    {
        $this->store->transaction(static function (Store $s) use ($delivery, $status, $error): void {
            $s->appendLog([
                'webhook_id' => $delivery['webhook_id'],
                'trigger' => $delivery['trigger'],
                'url' => $delivery['url'],
                'status' => $status,
                'error' => $error,
                'body_bytes' => strlen($delivery['body']),
                'time' => round(microtime(true), 3),
            ], 'deliveries');
        });
    }

    /**
     * Sends one delivery with plain streams (http:// on loopback only), waiting at most timeout_ms for the
     * answer, and records the outcome.
     */
    public function deliver(array $d): void
    {
        $timeoutMs = (int) ($d['timeout_ms'] ?? 2000);
        $parts = parse_url($d['url']);
        if (($parts['scheme'] ?? '') !== 'http' || !in_array($parts['host'] ?? '', ['127.0.0.1', 'localhost', '[::1]'], true)) {
            // Never leave the machine (and never wait for DNS): other subscribers are only recorded.
            $this->recordDelivery($d, null, 'not delivered: the emulator delivers to http://127.0.0.1 or http://localhost only');
            return;
        }
        $timeout = max(0.05, $timeoutMs / 1000);
        $sock = @stream_socket_client('tcp://' . $parts['host'] . ':' . ($parts['port'] ?? 80), $errno, $errstr, $timeout);
        if ($sock === false) {
            $this->recordDelivery($d, null, 'connect: ' . $errstr);
            return;
        }
        stream_set_timeout($sock, (int) $timeout, (int) (($timeout - floor($timeout)) * 1e6));
        $path = ($parts['path'] ?? '/') . (isset($parts['query']) ? '?' . $parts['query'] : '');
        $head = "POST $path HTTP/1.1\r\nHost: {$parts['host']}" . (isset($parts['port']) ? ':' . $parts['port'] : '') . "\r\n"
            . "User-Agent: calbook-emulator\r\n";
        foreach ($d['headers'] as $n => $v) {
            $head .= "$n: $v\r\n";
        }
        $head .= 'Content-Length: ' . strlen($d['body']) . "\r\nConnection: close\r\n\r\n";
        $status = null;
        $error = null;
        if (@fwrite($sock, $head . $d['body']) === false) {
            $error = 'write failed';
        } else {
            $line = fgets($sock, 1024);
            if ($line !== false && preg_match('#^HTTP/1\.[01] (\d{3})#', $line, $m)) {
                $status = (int) $m[1];
            } else {
                $error = stream_get_meta_data($sock)['timed_out'] ? 'timed out' : 'no HTTP answer';
            }
        }
        fclose($sock);
        $this->recordDelivery($d, $status, $error);
    }
}
