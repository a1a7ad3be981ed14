<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\Webhooks;

use Illuminate\Testing\TestResponse;

/** Builds Cal.com deliveries (Cal.com's envelope and payload) and posts them raw. */
trait Deliveries
{
    /** @param array<string, mixed> $extra payload fields added or replaced */
    protected static function delivery(string $trigger, string $uid, ?int $teamId = 42, int $hostId = 101, array $extra = []): string
    {
        $organizer = [
            101 => ['id' => 101, 'name' => 'Fabian Spitzer', 'email' => 'fabian@salon-demo.test', 'username' => 'fabian'],
            102 => ['id' => 102, 'name' => 'Jürgen Müller', 'email' => 'juergen@salon-demo.test', 'username' => 'juergen'],
            103 => ['id' => 103, 'name' => 'Anna Schmidt', 'email' => 'anna@salon-demo.test', 'username' => 'anna'],
            104 => ['id' => 104, 'name' => 'Nobody Known', 'email' => 'nobody@salon-demo.test', 'username' => 'nobody'],
        ][$hostId] + ['timeZone' => 'Europe/Berlin', 'timeFormat' => 24, 'language' => ['locale' => 'de'], 'utcOffset' => 60];
        $payload = $extra + [
            'bookingId' => 9001,
            'uid' => $uid,
            'type' => 'herrenhaarschnitt',
            'title' => 'Herrenhaarschnitt zwischen Fabian Spitzer und Max Muster',
            'eventTitle' => 'Herrenhaarschnitt',
            'eventTypeId' => 501,
            'startTime' => '2050-09-05T07:00:00.000Z',
            'endTime' => '2050-09-05T07:30:00.000Z',
            'organizer' => $organizer,
            'attendees' => [['email' => 'max@example.org', 'name' => 'Max Muster', 'timeZone' => 'Europe/Berlin',
                'language' => ['locale' => 'de'], 'utcOffset' => 60]],
            'status' => 'ACCEPTED',
        ];
        if ($teamId !== null) {
            $payload['team'] = ['name' => 'Salon', 'id' => $teamId, 'members' => []];
        }
        return json_encode(['triggerEvent' => $trigger, 'createdAt' => '2050-09-01T08:00:00.000Z', 'payload' => $payload],
            JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);
    }

    protected function deliver(string $body, ?string $secret, string $uri = '/calcom/webhook', ?string $signature = null): TestResponse
    {
        $server = ['CONTENT_TYPE' => 'application/json', 'HTTP_X_CAL_WEBHOOK_VERSION' => '2021-10-20'];
        $signature ??= $secret !== null ? hash_hmac('sha256', $body, $secret) : null;
        if ($signature !== null) {
            $server['HTTP_X_CAL_SIGNATURE_256'] = $signature;
        }
        return $this->call('POST', $uri, [], [], [], $server, $body);
    }
}
